"""Russian phrasings of the trade of third countries found in session 71 on the tuned pages of ruweb50 (helper
openP71): pages on Japan and Korea, Tajikistan and its partners, the UK and the EU, where neither side is Russia. Each
rule or vocabulary row is tested on a real sentence, of another outlet's page where one was found."""
from __future__ import annotations

import pytest

from phrasing import fields

from tradeflows.facts.places import find_places, page_aliases, using_page_aliases
from tradeflows.vocab import using_language


# --- rule page_abbreviation_cue and the РК row for Korea (vocab/ru/page_abbreviations.csv; facts/places.py) ---

NEO_TITLE = "Обострение в корейско-японских отношениях: бойкот японских товаров и другие последствия"
NEO_TEXT = ("Продолжая наблюдать за торговой войной Японии и РК, обратим внимание на экономический аспект противостояния, "
            "начав с того, как идет бойкот японских товаров.\n\n"
            "Начнем с товара, который начал войну. В сентябре японский экспорт в РК фтористого водорода, являющегося "
            "ключевым сырьём в производстве полупроводников, сократился на 99,4% в годовом исчислении, составив примерно "
            "35 тыс. долларов.\n")


def test_rk_is_korea_on_a_page_whose_korean_adjective_names_it():
    """Rule page_abbreviation_cue, row РК,KOR of vocab/ru/page_abbreviations.csv with page_cues 'Корейск'
    (journal-neo.su, ruweb50 di01): on a page titled on 'корейско-японских отношениях' that never writes Korea's name
    in full, 'японский экспорт в РК' is Japan's export to South Korea, not Japan's total; the place carries the rule's
    name into fact_rules."""
    got = fields(NEO_TEXT, "measure", "reporter", "partner", "fact_rules", title=NEO_TITLE, lang="ru", pub_year=2019)
    assert [g[:4] for g in got] == [("99,4%", "exports", "Japan", "South Korea"),
                                    ("примерно 35 тыс. долларов", "exports", "Japan", "South Korea")]
    assert all("partner:frame+page_abbreviation_cue" in g[4] for g in got)


def test_rk_on_a_page_naming_the_republic_of_korea():
    """Row РК,KOR (page_abbreviation by the name in full; russian.dbw.cn/system/2019/11/29/001349957.shtml, a stored page
    of Heilongjiang Daily's Russian service): 'общий объем экспорта в РК в октябре сократился на 23,1 проц' after
    'Экспорт Японии в Республику Корея /РК/' is the export to South Korea."""
    text = ("Экспорт Японии в Республику Корея /РК/ в октябре резко сократился в связи с тем, что спор между двумя странами "
            "по поводу принудительного труда южнокорейцев в годы войны перерос в торговый конфликт.\n"
            "По данным японского Министерства финансов, общий объем экспорта в РК в октябре сократился на 23,1 проц по "
            "сравнению с октябрем прошлого года.\n")
    with using_language("ru"):
        with using_page_aliases(page_aliases(text)):
            places = [(p.surface, p.name) for p in find_places(text) if p.surface == "РК"]
    assert places == [("РК", "South Korea"), ("РК", "South Korea")]


def test_rk_is_no_korea_on_a_page_naming_kazakhstan():
    """The row's rivals (CONSTRUCTED from the kapital.kz title of ruweb40 co05, 'Доля тюркоязычных стран в торговле с РК',
    with a Korean adjective added; searched the stored pages for 'РК' on Kazakh pages): a page naming Kazakhstan reads no
    'РК' as Korea, whatever Korean word it holds."""
    text = ("Доля тюркоязычных стран в торговле с РК не более 6%. Такие данные озвучил президент Казахстана; корейские "
            "инвесторы тоже интересуются регионом.\n")
    with using_language("ru"):
        with using_page_aliases(page_aliases(text)):
            assert not any(p.surface == "РК" for p in find_places(text))


# --- frame imports_of_demonym in Russian (vocab/ru/frames.csv; facts/reporters.py _ORIGIN_FRAMES) ---

def test_an_import_word_and_a_demonym_adjective_name_the_goods_origin():
    """Russian row of frame imports_of_demonym, no reporter of possessive_flow over its demonym (rule
    origin_not_reporter; lenta.ru/news/2026/02/04/ssha-ne-smogli-izbavitsya-ot-kitayskoy-stali/, a stored page): in
    'Статслужба США: Импорт китайской стали упал почти на 30 процентов' the steel comes from China, the partner; the US,
    whose statistics office speaks, imports it (not China importing from the US)."""
    got = fields("Статслужба США: Импорт китайской стали упал почти на 30 процентов\n", "measure", "reporter", "partner",
                 lang="ru", pub_year=2026)
    assert got == [("почти на 30 процентов", "imports", "United States", "China")]


def test_imports_of_japanese_beer_are_koreas_imports_from_japan():
    """The same frame on journal-neo.su (ruweb50 di01): 'По данным Таможенного управления РК, импорт японского пива
    сократился ... на 99,9%', 'Импорт японских сигарет сократился ... на 92,7%': South Korea's imports from Japan, not
    Japan's own imports from the world."""
    text = ("По данным Таможенного управления РК, импорт японского пива сократился за первые 10 дней сентября на 99,9% по "
            "сравнению с тем же периодом прошлого года. Импорт японских сигарет сократился за тот же период на 92,7%.\n")
    got = fields(text, "measure", "reporter", "partner", title=NEO_TITLE, lang="ru", pub_year=2019)
    assert got == [("99,9%", "imports", "South Korea", "Japan"), ("92,7%", "imports", "South Korea", "Japan")]


# --- frame flows_pair_to (vocab/ru/frames.csv; facts/reporters.py _ORIGIN_FRAMES) ---

def test_imports_and_exports_to_a_bloc_are_trade_with_it():
    """Frame flows_pair_to (europeantimes.news, ruweb50 di07): under 'Управление национальной статистики сообщило о
    большом падении торговли с ЕС в первом квартале 2021 года', 'импорт и экспорт в ЕС упали на 23.1%' is the UK's
    trade with the EU, not the EU's imports (imports_into read 'импорт и экспорт в ЕС' as an import into the EU)."""
    text = ("Великобритания: управление национальной статистики сообщило о большом падении торговли с ЕС в первом "
            "квартале 2021 года.\nКоманда Daily Mail сообщила, что импорт и экспорт в ЕС упали на 23.1% по сравнению с "
            "первым кварталом 2018 года.\n")
    got = fields(text, "measure", "reporter", "partner", lang="ru", pub_year=2021)
    assert got == [("23.1%", "turnover", "United Kingdom", "European Union")]


def test_exports_and_imports_from_a_country_are_trade_with_it():
    """Frame flows_pair_to, its other order (CONSTRUCTED; searched the stored pages for 'экспорт и импорт из' and 'импорт
    и экспорт в' with a figure and found none outside ruweb50): 'экспорт и импорт из Китая' is trade with China, not
    China's export (exports_out_of)."""
    text = "Казахстан: экспорт и импорт из Китая в 2023 году снизились на 5%.\n"
    got = fields(text, "reporter", "partner", lang="ru", pub_year=2024)
    assert got == [("5%", "Kazakhstan", "China")]


# --- subject votes: counterpart_past_office, flow_share_counterpart, central_bank_office (facts/subject.py; rows of
# vocab/ru/patterns.csv) ---

NMTJ = ("Основными партнерами Таджикистана по экспорту товаров являются Казахстан, Турция, Люксембург, Афганистан и "
        "Швейцария.\n"
        "По данным Агентства по статистике, в экспорте товаров на долю Казахстана приходится 27,1% от общего объема "
        "экспорта.\n"
        "Всего, в прошлом году сумма экспорта товаров в Казахстан составила более $324,3 млн.\n")


def test_a_share_of_a_partner_after_an_office_is_no_vote_of_the_office():
    """Rules counterpart_past_office (cue subject_agency_clause_break, Russian row) and flow_share_counterpart (Russian
    row of cue counterpart) (nm.tj, ruweb50 di05): after 'По данным Агентства по статистике,', Kazakhstan named as the
    holder of a share of Tajikistan's exports ('в экспорте товаров на долю Казахстана') is a counterpart, not the owner of
    the office: the page is Tajikistan's, its share and export to Kazakhstan Tajikistan's."""
    got = fields(NMTJ, "measure", "reporter", "partner", lang="ru", pub_year=2020)
    assert got == [("27,1%", "exports", "Tajikistan", "Kazakhstan"),
                   ("более $324,3 млн", "exports", "Tajikistan", "Kazakhstan")]


PAK = ("По данным Государственного банка Пакистана (SBP), общий объем импорта товаров из Китая в июле-ноябре 2020 года "
       "составил 4,52 миллиарда долларов США по сравнению с 4,02 миллиарда в аналогичный период 2019 года.\n"
       "Затем следуют ОАЭ, откуда Пакистан импортировал в июле-ноябре 2020 года товаров на 2,7 миллиарда долларов США, на "
       "третьем месте в этом списке Сингапур с 1,11 миллиарда долларов США соответственно.\n"
       "Пакистанский импорт из Саудовской Аравии в указанный период составил 802,4 миллиона долларов, замыкают первую "
       "пятерку экспортеров в Пакистан в июле-ноябре 2020 года США с 793,2 миллионами долларов.\n"
       "Согласно российской статистике, экспорт России в Пакистан с января по ноябрь 2020 года вырос на 168,1 % по "
       "сравнению с аналогичным периодом прошлого года, и составил 412,9 миллиона долларов США, двусторонний "
       "товарооборот соответственно увеличился на 35,9 % и составил 681,1 миллиона долларов США. Комментируя эти цифры, "
       "Торгпред России в Пакистане Михаил Кораблин отметил, что “мы с удовлетворением констатируем значительный рост "
       "российского экспорта в Пакистан и увеличение двусторонней торговли по сравнению с 2019 годом”.\n")


def test_a_central_bank_owns_the_trade_figures_it_publishes():
    """Rule central_bank_office, Russian row of cue agency (pak.minpromtorg.gov.ru, ruweb31 bw01): 'По данным
    Государственного банка Пакистана (SBP), общий объем импорта товаров из Китая ... составил 4,52 миллиарда' is
    Pakistan's import, the bank Pakistan's office as English 'State Bank of' is; the Russian figures after it stay
    Russia's."""
    got = fields(PAK, "measure", "reporter", "partner", lang="ru", pub_year=2020)
    assert got[0] == ("4,52 миллиарда долларов США", "imports", "Pakistan", "China")
    assert got[2] == ("2,7 миллиарда долларов США", "imports", "Pakistan", "UAE")


# --- Russian row of cue world_world_after (rule world_named; facts/world.py) ---

def test_a_place_and_the_rest_of_the_world_together_are_the_world():
    """Russian row of world_world_after, read by world_named (europeantimes.news, ruweb50 di07; searched the stored pages
    for 'как с ЕС, так и с остальным миром' and found it nowhere else): 'Brexit сократил общий объем торговли
    Великобритании на 11% (как с ЕС, так и с остальным миром)' is the UK's trade with the world, not with the EU named
    in the bracket."""
    text = ("Это согласуется с моей оценкой - Brexit сократил общий объем торговли Великобритании на 11% (как с ЕС, так и "
            "с остальным миром).\n")
    got = fields(text, "measure", "reporter", "partner", lang="ru", pub_year=2021)
    assert got == [("11%", "turnover", "United Kingdom", "world")]
