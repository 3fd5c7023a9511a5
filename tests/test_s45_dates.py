"""Session 45, page dates on fresh pages (ingest/dates.py): real page heads from outlets in no development set."""
import pytest

from tradeflows.ingest.dates import publication_date

# 1economic.ru/lib/115163: a journal article of the issue "Октябрь-декабрь 2022"; the citation counter under it says when
# it was counted (rule as_of_date, cue as_of_before of vocab/ru/patterns.csv)
ECONOMIC_115163 = (
    "Прогноз значений основных показателей внешней торговли в условиях формирования ограниченно открытой экономики "
    "России\n\nАфанасьев А.А.1\n1 МИРЭА – Российский технологический университет, Россия, Москва\n\nСтатья в журнале\n\n"
    "Экономические отношения (РИНЦ, ВАК)\nопубликовать статью | оформить подписку\n\nТом 12, Номер 4 (Октябрь-декабрь "
    "2022)\n\nЦитировать:\nАфанасьев А.А. Прогноз значений основных показателей внешней торговли в условиях формирования "
    "ограниченно открытой экономики России // Экономические отношения. – 2022. – Том 12. – № 4. – С. 635-650. – doi: "
    "10.18334/eo.12.4.115163.\n\nЭта статья проиндексирована РИНЦ, см. https://elibrary.ru/item.asp?id=50087761\n"
    "Цитирований: 10 по состоянию на 07.12.2023\n\nАннотация:\nВ статье приводятся данные и дается характеристика "
    "внешнеэкономической деятельности России на начало эскалации санкционного давления со стороны стран Запада.\n")
# 1economic.ru/lib/115093, another article (issue "Июль-сентябрь 2022"), counted on another day
ECONOMIC_115093 = (
    "Перспективы несырьевого неэнергетического экспорта Российской Федерации в условиях санкционных ограничений\n\n"
    "Рожкова Л.В.1, Кафтулина Ю.А.1, Коса С.С.1, Сальникова О.В.1\n1 Пензенский государственный университет, Россия, "
    "Пенза\n\nСтатья в журнале\n\nЭкономические отношения (РИНЦ, ВАК)\nопубликовать статью | оформить подписку\n\n"
    "Том 12, Номер 3 (Июль-сентябрь 2022)\n\nЦитировать эту статью:\n\nЭта статья проиндексирована РИНЦ, см. "
    "https://elibrary.ru/item.asp?id=49845655\nЦитирований: 4 по состоянию на 30.01.2024\n\nАннотация:\nВ работе "
    "анализируется современные аспекты несырьевого неэнергетического экспорта Российской Федерации.\n")


@pytest.mark.parametrize("head", [ECONOMIC_115163, ECONOMIC_115093], ids=["1economic-115163", "1economic-115093"])
def test_a_count_taken_as_of_a_date_dates_no_page(head):
    """'Цитирований: 10 по состоянию на 07.12.2023' is the day the counter was read, a year after the article: no date
    of the page (it had been read as the byline, 2023-12-07); the page prints no day of its own, so none."""
    assert publication_date(head, None, "ru") == (None, None)


def test_a_dated_line_after_as_of_still_dates_when_it_is_a_stamp():
    """The rule reads only the words right before a date: a stamp on the first line of a Russian page stays its date
    (stolica58.ru/news/ekonomika/iz-penzenskoj-oblasti-vyvezli-produktov-na-60-millionov-dollarov)."""
    head = ("13 декабря 2018, 08:43\n\nИз Пензенской области вывезли продуктов на 60 миллионов долларов\n\nО небывалом "
            "росте пензенского экспорта рассказал региональный минсельхоз. Согласно озвученным данным, за 9 месяцев этого "
            "года значительно вырос экспорт мяса.\n")
    assert publication_date(head, None, "ru")[0] == "2018-12-13"


def test_published_wins_over_received_above_it():
    """aurora-journals.com/library_read_article.php?id=26017: 'Received: 13-04-2018' stands above 'Published:
    17-10-2018', each label on a line of its own over its date; the published one dates the page (rule byline)."""
    head = ("Restructuring of Foreign Trade Turnover Based on the Example of the Northwestern Federal District\n\n"
            "DOI:\n\n10.25136/2409-7802.2018.3.26017\n\nReceived:\n\n13-04-2018\n\n\nPublished:\n\n17-10-2018\n\n\n"
            "Abstract: The subject of the research is the external trade of the Northwestern Federal District.\n")
    assert publication_date(head, None, "en") == ("2018-10-17", "text:byline")


def test_a_day_glued_to_its_year():
    """lankadweepa.com/record-trade-deficit-in-december-despite-higher-exports/115613: 'Feb 222018' is Feb 22, 2018."""
    head = ("Feb 222018\nThe notable increase Sri Lanka saw in export earnings was offset by racing imports in December "
            "2017 to record the highest trade deficit for the first time in 5 years.\n")
    assert publication_date(head, None, "en")[0] == "2018-02-22"
