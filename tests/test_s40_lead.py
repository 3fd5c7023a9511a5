"""Phrasings and faults found in session 40 by the lead, each a rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields, one_figure, row
from tradeflows.dataset.cues_measure import product_rule
from tradeflows.dataset.series import series_status


def test_an_abbreviated_unit_is_a_whole_word_not_the_start_of_one():
    """Rule count_unit_abbr (investkz, data/russian tuned page u12): '5 млрд товарооборота' is money in the currency
    of the amounts around it; the tonne's abbreviation "т" counts only as a word of its own ("1,2 млн т"), not as the
    first letter of "товарооборота"."""
    text = ("Торговый оборот между Казахстаном и Россией в 2006 году составил $13 млрд\n"
            "«Развитие российско-казахстанских отношений находится на очень высоком уровне, - отметил сопредседатель "
            "межправкомиссии с российской стороны В. Христенко. – Если несколько лет назад мы мечтали о 5 млрд "
            "товарооборота, то в прошлом году он достиг $13 млрд». Напомним, что в 2005 году этот показатель составлял "
            "$9,5 млрд.")
    got = fields(text, "kind", "value", "currency", lang="ru", pub_year=2007)
    assert got == [("$13 млрд", "money", 13e9, "USD"), ("5 млрд", "money", 5e9, "USD"), ("$13 млрд", "money", 13e9, "USD"),
                   ("$9,5 млрд", "money", 9.5e9, "USD")]


def test_a_tonne_written_short_still_makes_a_quantity():
    """Rule count_unit_abbr keeps the abbreviation as a word: '1,2 млн т' after an amount in dollars is tonnes (no
    money), and '300 млн долларов' after it is money."""
    text = "Экспорт пшеницы в Египет за год составил 1,2 млн т на сумму 300 млн долларов."
    assert fields(text, "kind", "value", "currency", lang="ru", pub_year=2023) == [
        ("300 млн долларов", "money", 3e8, "USD")]


def test_vehicles_counted_by_a_customs_office_are_no_money():
    """Vocabulary row транспортн (gorodnabire.ru, data/ruweb10 tuned page af10): '7,2 тысячи транспортных средств'
    is a count of vehicles beside the office's money figures, not an amount in their currency."""
    text = ("Общий объём товарооборота составил 80,1 млн долларов США. За 9 месяцев 2013 года Биробиджанской таможней "
            "выпущено свыше двух тысяч деклараций на товары, оформлено 7,2 тысячи транспортных средств и 92,2 тысячи "
            "пассажиров.")
    assert [g[0] for g in fields(text, "kind", lang="ru", pub_year=2013)] == ["80,1 млн долларов США"]


def test_russian_trade_less_oil_is_no_total_of_the_flow():
    """Vocabulary row of vocab/ru/product_flow.txt, the Russian of rule product_non (svodkaplus, data/ruweb14 tuned page
    ao08): 'ненефтяная торговля между Ираном и Китаем составила 14,8 миллиарда долларов' is trade less oil, no total
    of the two countries' trade, so it stays out of the series panel; the turnover before it is a total."""
    text = ("По данным таможенного управления Китая, в 2021 году ненефтяная торговля между Ираном и Китаем составила "
            "14,8 миллиарда долларов.\n\n"
            "Товарооборот между Ираном и Китаем в 2021 году составил 16 миллиардов долларов.\n")
    non_oil = row(one_figure(text, "14,8 миллиарда долларов", lang="ru", pub_year=2022))
    total = row(one_figure(text, "16 миллиардов долларов", lang="ru", pub_year=2022))
    assert (non_oil["measure"], non_oil["year"]) == ("turnover", 2021)
    assert product_rule(non_oil) == "product_flow"
    assert series_status(non_oil) == "product"
    assert product_rule(total) is None


def test_a_date_written_without_zeros_or_with_dashes_dates_the_page():
    """Rules iso_unpadded and numeric_dashed (rodina.news and evrazesnews.com, data/ruweb14 tuned pages ao05, ao11):
    '2020-6-9 10:55 |' opening the page and an author's line 'Герман Напольский 20-11-2022 23:10:00' are the pages'
    stamps; a month and day of an ISO date may lack their zeros, and a day-first date may be written with dashes."""
    from tradeflows.ingest.dates import publication_date
    rodina = ("2020-6-9 10:55 |\n"
              "Экспорт и импорт Германии в апреле продемонстрировали максимальное снижение с начала сбора данных в 1990 "
              "году, поскольку коронавирусный кризис резко снизил спрос.\n")
    evrazes = ("Размер текста: - o +\n\n"
               "Товарооборот между Россией и ОАЭ в этом году может вырасти на 10%\n\n"
               "Герман Напольский 20-11-2022 23:10:00\n\n"
               "Объем торгово-экономического сотрудничества между Россией и Объединенными Арабскими Эмиратами в прошлом "
               "году составил порядка 5,4 млрд долларов\n")
    assert publication_date(rodina, lang="ru") == ("2020-06-09", "text:byline")
    assert publication_date(evrazes, lang="ru") == ("2022-11-20", "text:byline")
    # a fiscal year's span is no date
    assert publication_date("Exports in 2021-22 rose by 5%.\n") == (None, None)


def test_the_region_a_country_ranks_first_in_is_not_carried():
    """Rule rank_scope_not_carried (evrazesnews.com, data/ruweb14 tuned page ao11): in 'Эмираты в прошлом году стали
    ведущей страной Ближнего Востока по объему торгово-экономического сотрудничества [с Россией]. Наш товарооборот
    достиг цифры в 5,4 млрд долларов' the Middle East is the scope of the Emirates' rank; the turnover after it is
    Russia's with the UAE, the pair the page opened on."""
    text = ("Товарооборот между Россией и ОАЭ в этом году может вырасти на 10%\n\n"
            "Объем торгово-экономического сотрудничества между Россией и Объединенными Арабскими Эмиратами в прошлом "
            "году составил порядка 5,4 млрд долларов, а в нынешнем может вырасти еще на 10%.\n\n"
            " «Эмираты в прошлом году стали ведущей страной Ближнего Востока по объему торгово-экономического "
            "сотрудничества [с Россией]. Наш товарооборот достиг цифры в 5,4 млрд долларов.\n")
    got = fields(text, "reporter", "partner", lang="ru", pub_year=2022)
    assert got[-1][0] == "5,4 млрд долларов" and set(got[-1][1:]) == {"Russia", "UAE"}
    # the same in English; "the largest trading partner of X" names the rank's owner, not its scope
    en = ("Trade between Russia and the UAE may grow by 10% this year. Last year the Emirates became the leading country "
          "of the Middle East in terms of trade and economic cooperation with Russia. Our trade turnover reached $5.4 "
          "billion.")
    assert fields(en, "partner", pub_year=2022)[-1] == ("$5.4 billion", "UAE")
    from tradeflows.facts.carry import _RANK_SCOPE_BEFORE
    assert _RANK_SCOPE_BEFORE.search("China became the largest trading partner of ") is None
