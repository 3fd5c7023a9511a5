"""Session 44, panel precision on fresh pages: 31 trade news pages of outlets in no data/*/raw/sources.csv (28 after
dropping pages whose sentences tests or data sets already hold, plus 3 more), built and every series cell read
against its sentence. 33 of 35 cells were right; the wrong ones (and one wrong figure inside a right cell) are
kept here as strict known misses: each cause was seen on one page only, so no check was added for it."""
from __future__ import annotations

from phrasing import one_figure, row
from tradeflows.dataset.series import series_status

# avto.vesti.ru/finance/article/3269311 (no date on the page; its January figure is compared with "аналогичным
# месяцем 2022 года", so the page is of 2023 and "в прошлом году" is 2022)
VESTI = ("Товарооборот России и Белоруссии в январе вырос на 29%\n\n"
         "Товарооборот РФ и Белоруссии увеличился на 29,2% в январе по сравнению с аналогичным месяцем 2022 года до "
         "$3 млрд, сообщила пресс-служба правительства накануне запланированного на понедельник заседания совета "
         "министров Союзного государства.\n\n"
         "Россия поставила Белоруссии товаров на $1,8 млрд, а Белоруссия в РФ – на $1,2 млрд. По итогам 2022 года доля "
         "РФ в белорусском товарообороте составила почти 60%, а доля Белоруссии во внешнеторговом обороте России – около "
         "5%. В прошлом году товарооборот между двумя странами вырос на 13% до $43,4 млрд. Российские поставки снизились "
         "на 7,7% до $21,3 млрд, а поставки из Белоруссии в РФ выросли на 41,2% до $22 млрд.\n\n"
         "В понедельник, 27 марта, в Москве глава российского правительства Михаил Мишустин проведет совместно с "
         "премьер-министром Белоруссии Романом Головченко заседание совета министров Союзного государства. Планируется "
         "обсудить выполнение основных положений договора о создании Союзного государства на 2021–2023 годы и 28 "
         "союзных программ.\n")


# (a strict xfail until session 74: openD74's base_of_to_come keeps the page's year at the year it names as to come,
# "на 2021–2023 годы", instead of moving it a year past the base "аналогичным месяцем 2022 года")
def test_last_year_on_an_undated_page_about_january_is_the_year_before():
    """avto.vesti.ru (undated): 'Российские поставки снизились на 7,7% до $21,3 млрд, а поставки из Белоруссии в РФ
    выросли на 41,2% до $22 млрд' follows 'В прошлом году товарооборот ... до $43,4 млрд' on a page about January
    compared with January 2022: both cells (RUS->BLR and BLR->RUS exports) are of 2022; the build files them in 2023."""
    for fig in ("$21,3 млрд", "$22 млрд"):
        r = row(one_figure(VESTI, fig, lang="ru"))
        assert (r["year"], series_status(r)) == (2022, "in")


# defence.pk/pdf/threads/bilateral-trade-between-india-and-china-crossed-125-billion-usd-in-2021.733196/
DEFENCE_PK = ("In pre-pandemic times in 2019, the bilateral trade was 92.8 billion USD and both countries were aspiring "
              "to touch the mark of 100 billion USD.\n")


def test_the_level_before_an_aspiration_stays_actual():
    """The 2019 level of the sentence is actual and enters the panel (reporter carried from the page's pair)."""
    r = row(one_figure(DEFENCE_PK, "92.8 billion USD", pub_year=2022))
    assert (r["status"], r["year"]) == ("actual", 2019)


def test_an_amount_countries_aspire_to_is_a_target():
    """defence.pk: 'both countries were aspiring to touch the mark of 100 billion USD' is a goal, not a 2019 level:
    the build admits it as a second figure of the right 2019 India-China turnover cell."""
    r = row(one_figure(DEFENCE_PK, "100 billion USD", pub_year=2022))
    assert r["status"] == "target"
