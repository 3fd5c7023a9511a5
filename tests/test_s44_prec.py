"""Session 44 (precision of the national panel): wrong cells of tuned, opened and fresh pages whose cause is a
phrasing, each with a real sentence of an outlet in no data set (its address named)."""
from __future__ import annotations

from phrasing import one_figure, row, rule

from tradeflows.dataset.series import series_status

# avto.vesti.ru/finance/article/3269311 (no date on the page; of March 2023): the year 2022 in January 2023 terms
VESTI_BY = ("Товарооборот России и Белоруссии в январе вырос на 29%\n\n"
            "Товарооборот РФ и Белоруссии увеличился на 29,2% в январе по сравнению с аналогичным месяцем 2022 года до "
            "$3 млрд, сообщила пресс-служба правительства накануне запланированного на понедельник заседания совета "
            "министров Союзного государства.\n\n"
            "Россия поставила Белоруссии товаров на $1,8 млрд, а Белоруссия в РФ – на $1,2 млрд. По итогам 2022 года доля "
            "РФ в белорусском товарообороте составила почти 60%, а доля Белоруссии во внешнеторговом обороте России – "
            "около 5%. В прошлом году товарооборот между двумя странами вырос на 13% до $43,4 млрд. Российские поставки "
            "снизились на 7,7% до $21,3 млрд, а поставки из Белоруссии в РФ выросли на 41,2% до $22 млрд.\n")


def test_a_guessed_last_year_carried_in_its_paragraph_stays_a_guess():
    """Rule paragraph_guess (weak): 'В прошлом году ... $43,4 млрд' on a page with no date is dated by the latest year
    the page is read to speak from (relative_context, weak: here wrongly 2023); 'Российские поставки снизились ... до
    $21,3 млрд', the next sentence, had taken that year by the strong paragraph_period and entered the panel as 2023."""
    for fig in ("$21,3 млрд", "$22 млрд"):
        f = one_figure(VESTI_BY, fig, lang="ru")
        assert rule(f, "year") == "paragraph_guess"
        assert series_status(row(f)) == "low confidence"



# kopyl.gov.by/en/news/region-news/item/7041-belarus-foreign-trade-expected-to-continue-growing-2362.html (BelTA, 2009)
KOPYL_BY = ("MINSK, 25 August (BelTA) – The National Statistics Committee of Belarus expects the country’s foreign trade to "
            "continue growing in January-July 2009. The relevant statement was made by Viktor Mikhno, Deputy Chairman of the "
            "National Statistics Committee of Belarus, at a press conference on 25 August.")


def test_an_office_name_several_countries_bear_is_the_named_countrys():
    """Rule agency_country_named (vocab/en/agencies.csv rows of one alias, each a country): 'the National Statistics
    Committee' is Kyrgyzstan's and Belarus's office's name; the text around it says which (the office of a page of
    trade 'between China and Kyrgyzstan' reports Kyrgyzstan's figures, not China's); a text naming neither leaves
    no owner."""
    from tradeflows.facts.subject import agency_owner
    assert agency_owner(KOPYL_BY, 0, len(KOPYL_BY)) == ("Belarus", "BLR")
