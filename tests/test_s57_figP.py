"""Session 57, helper figP: figure rules narrowed where they read a number that is no trade figure.

Rules: rate_quote (an exchange rate quoted beside amounts, its words now rows of vocab/en/patterns.csv),
year_not_amount (a year whose currency after it is not its own) and count_unit_adjective (Russian: an adjective
between a scaled count and its unit). Sentences are from pages outside the development sets (addresses beside each)."""

from tradeflows.pipeline import figures_of_text


def _figs(text, lang="en"):
    return [(f.kind, f.value, f.currency, f.figure, f.rule)
            for f in figures_of_text(text, "x.txt", fmt="txt", relate=False, lang=lang)]


def test_rate_quote_sides_of_an_equals_sign():
    # http://www.trading228.com/news/the-absolute-beginners-guide-to-google-analytics
    text = ("Currency exchange rate US DOLLAR (USD) to CHINA REMINBI(CNY) 1 U.S. dollars =6.8365 yuan.1 RMB "
            "=0.1463 U.S. dollars\n")
    assert [f for f in _figs(text) if f[0] == "money"] == []


def test_rate_quote_keeps_the_amounts_beside_it():
    # https://todaydollar.com/en/?p=6454 (the rate) with an amount of the same sentence kept
    text = "Nominal Exchange Rate (NER)\n\nThe ticker price.\nExample: 1 USD = 17 Mexican Pesos.\n"
    assert [f for f in _figs(text) if f[0] == "money"] == []
    # https://www.caixinglobal.com/2026-01-07/in-depth-chinas-record-trade-surplus-spurs-reckoning-for-yuan-102401108.html
    text = ("In the first 11 months of 2025, China's trade surplus in goods surpassed $1 trillion for the first time, "
            "hitting $1.08 trillion.\n")
    money = [f for f in _figs(text) if f[0] == "money"]
    assert [(f[1], f[2]) for f in money] == [(1e12, "USD"), (1.08e12, "USD")]


def test_year_not_amount_heading_over_a_currency_line():
    # a statistics office's table head: the year ends its line, the unit opens the next
    # (https://geostat.ge/en/modules/categories/765/sakonlit-sagareo-vachroba writes "Million USD" above its years;
    # here the years stand above the unit, as statistics releases print them)
    text = ("External trade in January - December 2022 and 2023\n"
            "Million USD at current prices\n")
    assert [f for f in _figs(text) if f[0] == "money"] == []


def test_year_not_amount_when_the_currency_opens_the_next_amount():
    # https://en.antaranews.com/news/285219/homepage-v2.html, "During the period from January to May 2023, the oil
    # and gas sector experienced a deficit of US$7.83 billion", the comma and "the oil and gas sector ... of" left out
    # as an outlet's terse digest writes it
    text = "During the period from January to May 2023 US$7.83 billion deficit in the oil and gas sector.\n"
    money = [f for f in _figs(text) if f[0] == "money"]
    assert [(f[1], f[2], f[4]) for f in money] == [(7.83e9, "USD", "money_symbol_before")]


def test_a_year_amount_with_its_own_currency_stays():
    # odd case: four digits that are an amount, the currency right after and nothing after it
    # (https://newsmir.info/655179: "Средняя цена ввезенной иномарки ... составила 16,5 тысяч долларов"; an
    # English amount of that size)
    text = "The average price of an imported car fell by 2000 dollars.\n"
    money = [f for f in _figs(text) if f[0] == "money"]
    assert [(f[1], f[2]) for f in money] == [(2000.0, "USD")]


def test_count_unit_adjective_ru():
    # https://mmcpajero.ru/mmc-pajero-news-f17/4-t515.html&p=3504
    text = ("Всего в Россию за шесть месяцев было ввезено 263,4 тыс. легковых автомобилей (на $4,157 млрд) и "
            "10,1 тыс. грузовых автомобилей (на $278,4 миллиона).\n")
    money = [f for f in _figs(text, "ru") if f[0] == "money"]
    assert [(f[1], f[2]) for f in money] == [(4.157e9, "USD"), (278.4e6, "USD")]


def test_count_of_companies_ru():
    # https://news.afnfn.com/news/i/204314 ("В стоимостном выражении импорт автомобилей составил $806,7 млн.") with a
    # count of firms after it, as statistics digests add it
    text = ("В стоимостном выражении импорт автомобилей составил $806,7 млн. Ввозом занимались 1,2 тыс. компаний.\n")
    money = [f for f in _figs(text, "ru") if f[0] == "money"]
    assert [(f[1], f[2]) for f in money] == [(806.7e6, "USD")]
