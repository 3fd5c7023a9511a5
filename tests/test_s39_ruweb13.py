"""Phrasings found in session 39 on the tuned pages of the blind set ruweb13 and on stored trade news pages, each a
rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields, ru_fields


def test_a_dollar_cut_to_dol_and_glued_to_its_scale_is_read():
    """Rows "дол. США", "дол" of vocab/ru/currencies.csv, the abbreviation's dot read with no space after it
    (figures.currencies) and "дол. США" as one abbreviation (vocab/ru/abbreviations.txt, text.sentences) and no place
    (vocab/ru/places.csv; facts.places_local keys a name by its letters): zak-kor.net writes '85,1 млн.дол. США и 85,6
    млн. дол.', both amounts in dollars, and США is the currency's, no partner."""
    text = ("За январь 2015 года объемы экспорта и импорта товаров составили соответственно 85,1 млн.дол. США и "
            "85,6 млн. дол.\n")
    got = fields(text, "value", "currency", "partner", pub_year=2015, lang="ru")
    assert got == [("85,1 млн.дол. США", 85.1e6, "USD", "world"), ("85,6 млн. дол", 85.6e6, "USD", "world")]


def test_millions_of_dollars_glued_to_the_scales_dot():
    """The scale's dot with no space before the currency (figures.currencies; data/ruweb13 tuned page am03, mykharkov):
    '606,7 млн.долл. США, импорт – 803,7 млн.долл.': both amounts read, one sentence, no partner from США."""
    text = ("В первые шесть месяцев 2018 года экспорт товаров из Харьковской области составил 606,7 млн.долл. США, "
            "импорт – 803,7 млн.долл. Об этом рассказали в областном управлении статистики.\n")
    got = [g[:5] for g in ru_fields(text, pub_year=2018)]
    assert got == [("606,7 млн.долл. США", "money", "exports", "Kharkiv Oblast", "world"),
                   ("803,7 млн.долл", "money", "imports", "Kharkiv Oblast", "world")]


def test_dol_usa_after_a_scale_is_a_currency_not_a_partner():
    """Rows "дол. США" (data/ruweb13 tuned page am12, 057.ua): 'экспортные поставки составили 1181,1 млн. дол. США, что
    на 32,8% больше ...': the amount is read in dollars and the rates that follow keep the world partner."""
    text = ("По его оценкам, экспортные поставки составили 1181,1 млн. дол. США, что на 32,8% больше, чем за аналогичный "
            "период прошлого года, импортные поступления увеличились на 29,1% и составили 1425,3 млн. дол. США.\n")
    got = fields(text, "value", "currency", "measure", "partner", pub_year=2011, lang="ru")
    assert got == [("1181,1 млн. дол. США", 1181.1e6, "USD", "exports", "world"),
                   ("32,8%", 32.8, None, "exports", "world"),
                   ("29,1%", 29.1, None, "imports", "world"),
                   ("1425,3 млн. дол. США", 1425.3e6, "USD", "imports", "world")]


def test_an_ukrainian_oblast_written_region_is_the_oblast():
    """Rows of Ukraine's oblasts in vocab/en/places.csv (kharkivobserver.com): 'exports of goods from the Kharkiv region
    amounted to $ 764.3 million' are Kharkiv Oblast's, the name the Russian gazetteer gives "Харьковская область"
    (data/ruweb13 tuned pages am03, am12, whose gold writes "Kharkiv Region"); the evaluation reads both as one region."""
    from tradeflows.facts.places import lookup
    text = ("Reference: For the period from January to August 2017, exports of goods from the Kharkiv region amounted to "
            "$ 764.3 million.\n")
    assert fields(text, "measure", "reporter", "reporter_iso3", "partner", pub_year=2018) == [
        ("$ 764.3 million", "exports", "Kharkiv Oblast", "UKR", "world")]
    assert lookup("Kharkiv Region").name == lookup("Kharkiv Oblast").name == "Kharkiv Oblast"


def test_an_amount_written_down_to_its_units_is_one_amount():
    """Rule compound_units (figures.ranges; data/ruweb13 tuned page am05, openmarket.ru): '2 млрд 688 млн 360 тыс 900
    долларов' is 2 688 360 900 dollars, and 'импорта - 1 млрд 695 млн 962 тыс 600.' (its currency the sentence's) is
    1 695 962 600: the units after the thousands close the amount, before the currency or the clause's end."""
    text = ("Товарооборот России и Белоруссии в первом квартале нынешнего года увеличился по сравнению с тем же периодом "
            "2002 года на 658 млн 41 тыс 300 долларов США и составил 2 млрд 688 млн 360 тыс 900 долларов.\n"
            "Как сообщили в посольстве Белоруссии в Москве, в указанный период из общего объема внешнеторговых операций "
            "на долю эспорта пришлось 992 млн 398 тыс 300 долларов, импорта - 1 млрд 695 млн 962 тыс 600. При этом "
            "сальдо торгового баланса сложилось отрицательным и составило 703 млн 654 тыс 300 долларов.\n")
    got = fields(text, "value", "currency", pub_year=2003, lang="ru")
    assert got == [("658 млн 41 тыс 300 долларов США", 658041300.0, "USD"),
                   ("2 млрд 688 млн 360 тыс 900 долларов", 2688360900.0, "USD"),
                   ("992 млн 398 тыс 300 долларов", 992398300.0, "USD"),
                   ("1 млрд 695 млн 962 тыс 600", 1695962600.0, "USD"),
                   ("703 млн 654 тыс 300 долларов", 703654300.0, "USD")]


def test_a_date_before_the_title_on_the_first_line_dates_the_page():
    """Rule lead_title (ingest.dates; data/ruweb13 tuned page am05, openmarket.ru): '09.06.2003  Товарооборот России и
    Белоруссии ...': a date opening the page's first line, a gap of spaces before its title, is the page's date; a
    date inside the first sentence of a page is not ("12.05.2020 года товарооборот ..." is no title)."""
    from tradeflows.ingest.dates import publication_date
    head = ("09.06.2003  Товарооборот России и Белоруссии в первом квартале 2003 года составил более 2 млрд долларов "
            "США\n\n   Товарооборот России и Белоруссии в первом квартале нынешнего года увеличился по сравнению с тем "
            "же периодом 2002 года на 658 млн 41 тыс 300 долларов США.\n")
    assert publication_date(head, lang="ru") == ("2003-06-09", "text:lead")
    assert publication_date(head.replace("09.06.2003  ", "09.06.2003 года "), lang="ru") == (None, None)


KHARKIV_2011 = ("C начала этого года предприятия и организации Харьковской области экспортировали продукцию в 103 страны "
                "мира, а импортные товары поступили на предприятия также из 103 стран.\n"
                "Наблюдается рост экспорта товаров в страны СНГ. В январе - августе в страны СНГ экспортировано 75% всех "
                "товаров, в другие страны - 25%. Экспорт товаров в страны СНГ с начала 2011 года составлял 885,9 млн. дол., "
                "в другие страны мира - 295,2 млн. дол. Импортные поступления составили 630,6 млн. дол. и 794,7 млн. дол. "
                "соответственно.\n")


def test_the_other_countries_of_an_item_after_a_bloc_are_outside_it():
    """Rule others_item (facts/world.py; data/ruweb13 tuned page am12, 057.ua): 'в страны СНГ экспортировано 75% всех
    товаров, в другие страны - 25%', '... 885,9 млн. дол., в другие страны мира - 295,2 млн. дол.': the other countries
    that open a figure's item after the CIS are the non-CIS countries; the CIS items keep the CIS."""
    got = {g[0]: g[1] for g in fields(KHARKIV_2011, "partner", pub_year=2011, lang="ru")}
    assert got["75%"] == got["885,9 млн. дол"] == "CIS"
    assert got["25%"] == got["295,2 млн. дол"] == "non-CIS countries"


def test_a_year_with_unknown_months_in_force_breaks_no_later_figure():
    """period_choice._same_period_clause (data/ruweb13 tuned page am12): after 'с начала 2011 года' (a year whose months
    the text leaves open) the amounts of the next sentence, '630,6 млн. дол. и 794,7 млн. дол. соответственно', are
    related, not dropped by a comparison of unknown months."""
    got = {g[0]: g[1:] for g in fields(KHARKIV_2011, "measure", "year", pub_year=2011, lang="ru")}
    assert got["630,6 млн. дол"] == got["794,7 млн. дол"] == ("imports", 2011)


def test_by_half_written_as_one_word_is_a_change_of_fifty_percent():
    """Row "половину" of vocab/ru/numbers.csv read glued to "на" (figures/lang_ru.py "fraction", rule
    ru_growth_fraction; data/ruweb13 tuned page am10, bel-news.by): 'Наполовину увеличились поставки в Китай' is a rise
    of 50% of exports to China."""
    text = ("Беларусь за январь – август экспортировала продукции на $4,1 млрд.\n\n"
            "В частности, по словам министра, на 40% выросли поставки продовольствия в Украину. На рынок Европейского "
            "союза Беларусь также стала отгружать на 40% больше продукции. Наполовину увеличились поставки в Китай.\n")
    got = ru_fields(text, pub_year=None)
    assert got[-1][:5] == ("Наполовину", "growth", "exports", "Belarus", "China")
    assert fields(text, "value", lang="ru")[-1] == ("Наполовину", 50.0)


def test_the_dniesters_left_bank_is_transnistria():
    """Rows "Левобережье", "левого берега Днестра", ... of vocab/ru/places.csv (data/ruweb13 tuned page am06, knmd.md;
    rupor.md writes "Продажи товаров с левого берега Днестра"): in 'На Кишинев приходится 37,6% совокупного экспорта
    Левобережья' the exports are Transnistria's, not Chisinau's, the destination."""
    text = ("Для Приднестровья Румыния важна не меньше России\n\n"
            "На Кишинев приходится 37,6% совокупного экспорта Левобережья. Большая часть – это электроэнергия.\n")
    got = ru_fields(text, pub_year=2020)
    assert got[0][:4] == ("37,6%", "share", "exports", "Transnistria")


def test_a_share_in_brackets_after_a_flow_word_is_that_flows():
    """Rule share_bracket_flow (facts/measure.py; data/ruweb13 tuned page am01, mogilevnews.by): in 'Основной удельный
    вес экспорта (62%) и импорта (56,1%) товаров области приходился на Российскую Федерацию' the 62% opens a bracket
    right after "экспорта": a share of exports, not of the imports named after it."""
    text = ("Экспорт товаров в страны СНГ в январе – октябре 2018 г. составил 1 309,4 млн. долларов США. Это 75,7% "
            "экспорта товаров Могилевской области. Их импорт –62,4%. Основной удельный вес экспорта (62%) и импорта "
            "(56,1%) товаров области приходился на Российскую Федерацию.\n")
    got = {g[0]: g[1] for g in fields(text, "measure", pub_year=2018, lang="ru")}
    assert (got["62%"], got["56,1%"]) == ("exports", "imports")
