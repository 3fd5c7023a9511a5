"""Session 75 (openB75): Russian regional outlets on their region's foreign trade (ruweb54, session 74's blind set, opened
now) and ruweb19; studied on two thirds of their tuned pages, the first third by SHA-256 of the file name set aside unread.

- buyer_subject (facts/measure_foreign.py, facts/relate.py): a buying verb whose subject is a country other than the
  reporter ("Россия за этот период импортировала продукции и услуг на 2,55 миллиарда долларов" on a page of Turkey's
  trade): what it buys is the reporter's exports, seller_subject's mirror.
- list_scale_after (figures/extract.py _list_scale_after, cue shared_scale_list of vocab/ru/patterns.csv): "на 3,88 и 2,29
  миллиарда долларов" reads the bare 3,88 as 3.88 billion dollars; facts/respectively.py pairs it with the first place
  of the list ("Германия и США ... соответственно").

Each firing test quotes the page named above it (or says CONSTRUCTED and what was searched) and fails without its rule.
"""
import pytest

from tradeflows.pipeline import figures_of_text


def _figs(text: str, pub_year: int | None = None, title: str | None = None) -> dict:
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=pub_year, title=title)}


# data/ruweb19 ay02 (lenta.ru mirror, a studied page; the `search` tool, corpus pages, "импортировала ... на ... миллиарда
# долларов" on a page of another country's trade, found none outside the sets)
AY02 = ("Россия стала лидером по экспорту в Турцию\n\n"
        "С начала 2023 года Россия стала лидером по объемам экспорта в Турцию, обогнав Китай и Швейцарию. Об этом "
        "сообщает Институт статистики Турции.\n\n"
        "Главным покупателем турецких товаров и услуг за январь-февраль стала Германия — экспорт в ФРГ составил 3,52 "
        "миллиарда долларов. Второе место по объему закупок заняли США с показателями в 2,69 миллиарда долларов. Россия "
        "за этот период импортировала продукции и услуг на 2,55 миллиарда долларов. Четвертое и пятое место заняли "
        "Италия и Великобритания с показателем в 2,34 и 1,8 миллиарда долларов соответственно.")


# -- buyer_subject -----------------------------------------------------------------------------------------------------
def test_buyer_subject():
    f = _figs(AY02, 2023)["2,55 миллиарда долларов"]
    assert (f.measure, f.reporter, f.partner) == ("exports", "Turkey", "Russia")
    assert "measure:buyer_subject" in f.fact_rules


def test_buyer_subject_not_the_reporter():
    # CONSTRUCTED (the reporter itself the buying verb's subject: its own imports, no rule)
    f = _figs("Турция за этот период импортировала из России продукции на 2,55 миллиарда долларов.", 2023)[
        "2,55 миллиарда долларов"]
    assert f.measure == "imports"
    assert "buyer_subject" not in f.fact_rules


# -- list_scale_after --------------------------------------------------------------------------------------------------
def test_list_scale_after():
    figs = _figs(AY02, 2023)
    f = figs["2,34"]
    assert (f.kind, f.value, f.currency) == ("money", 2340000000.0, "USD")
    assert "list_scale_after" in f.rule
    assert (f.measure, f.reporter, f.partner) == ("exports", "Turkey", "Italy")
    assert figs["1,8 миллиарда долларов"].partner == "United Kingdom"


def test_list_scale_after_dash():
    # data/ruweb19 ay02, line 9 (the same page)
    text = ("Швейцария за это же время обеспечила поставки на 7,86 миллиарда долларов, Китай — на 6,66 миллиарда, а "
            "Германия и США — на 3,88 и 2,29 миллиарда долларов соответственно.")
    figs = _figs(text, 2023)
    assert (figs["3,88"].value, figs["3,88"].currency, figs["3,88"].partner) == (3880000000.0, "USD", "Germany")
    assert figs["2,29 миллиарда долларов"].partner == "United States"


def test_list_scale_after_unlike_size():
    # CONSTRUCTED (a count before the list's amount, of another size: no shared scale)
    figs = _figs("Регион отправил 2024 и 1,5 миллиарда долларов.", 2024)
    assert "2024" not in figs
    figs = _figs("В список вошли 500 и 1,5 миллиарда долларов.", 2024)
    assert "500" not in figs


# -- seller_subject: a verb of providing before the supplies noun; seller_elided: the items listed after it ------------
def test_seller_supply_verb_and_elided_items():
    # data/ruweb19 ay02, line 9 (lenta.ru mirror, a studied page)
    text = ("Россия стала лидером по экспорту в Турцию\n\n"
            "С начала 2023 года Россия стала лидером по объемам экспорта в Турцию, обогнав Китай и Швейцарию. Об этом "
            "сообщает Институт статистики Турции.\n\n"
            "С января по февраль Россия поставила Турции товаров и услуг на 9,26 миллиарда долларов. Швейцария за это же "
            "время обеспечила поставки на 7,86 миллиарда долларов, Китай — на 6,66 миллиарда, а Германия и США — на 3,88 и "
            "2,29 миллиарда долларов соответственно.")
    figs = _figs(text, 2023)
    f = figs["7,86 миллиарда долларов"]
    assert (f.measure, f.reporter, f.partner) == ("imports", "Turkey", "Switzerland")
    assert "measure:seller_subject" in f.fact_rules
    for fig, partner in (("6,66 миллиарда", "China"), ("3,88", "Germany"), ("2,29 миллиарда долларов", "United States")):
        g = figs[fig]
        assert (g.measure, g.reporter, g.partner) == ("imports", "Turkey", partner), fig
        assert "measure:seller_elided" in g.fact_rules


def test_seller_elided_reporter_item():
    # CONSTRUCTED (the reporter itself the listed item: its own supplies, no seller's; searched the `search` tool, corpus
    # pages, "обеспечила поставки на ... , Китай — на", none found)
    text = ("Экспорт Турции\n\nШвейцария за это же время обеспечила поставки в Турцию на 7,86 миллиарда долларов, а Турция — "
            "на 6,66 миллиарда долларов.")
    f = _figs(text, 2023)["6,66 миллиарда долларов"]
    assert "seller_elided" not in f.fact_rules


# -- implied_cut_unit --------------------------------------------------------------------------------------------------
def test_implied_cut_unit():
    # data/ruweb19 ay08 (credit67.ru, a studied page), its stored text ending inside "баррелей"
    text = ("К сентябрю товарооборот прибавил по сравнению с аналогичным периодом прошлого года более 130 процентов, "
            "практически достигнув отметки в 17 миллиардов долларов.\n\nВ октябре Россия вышла на первое место среди экспортеров нефти в Индию. Российские компании "
            "отправили в Индию 946 тысяч б")
    assert "946 тысяч" not in _figs(text, 2022)


def test_implied_cut_unit_not_mid_text():
    # CONSTRUCTED (an amount of the currency before, a word of two letters after it mid-text: still money)
    text = "Экспорт составил 30 миллиардов долларов, импорт — 12 миллиардов за год до этого."
    figs = _figs(text, 2022)
    assert figs["12 миллиардов"].currency == "USD"


# -- measure row: экспортно-импортных операций --------------------------------------------------------------------------
def test_export_import_operations_turnover():
    # data/ruweb19 ay10 (iarex.ru, a studied page)
    text = ("Россия наторговала с ЕС в 2018 году на 254 млрд евро, что составило 6,4% от экспортно-импортных операций "
            "этого союза стран с нашей страной.")
    assert _figs(text, 2019)["6,4%"].measure == "turnover"


# -- period row: за последние годы -------------------------------------------------------------------------------------
def test_recent_years_span():
    # data/ruweb19 ay10 (iarex.ru, a studied page)
    text = ("Россия входит в пятёрку крупнейших торговых партнёров Евросоюза и по итогам 2018 года заняла четвёртую "
            "позицию.\n\nЗа последние годы доля России во внешней торговле Евросоюза сократилась почти на треть.")
    f = _figs(text, 2019)["почти на треть"]
    assert (f.year, f.period_start) == (None, None)


# -- goal_clause row: ", и вскоре страны достигнут цели" ---------------------------------------------------------------
def test_goal_clause_countries():
    # data/ruweb19 ay08 (credit67.ru citing lenta.ru, a studied page)
    text = ("8 ноября 2022\n\nТоварооборот России и Индии подскочил более чем в два раза, и вскоре страны достигнут цели "
            "довести его до 30 миллиардов долларов, заявил глава МИД России Сергей Лавров.")
    figs = _figs(text, 2022)
    assert figs["более чем в два раза"].status == "actual"
    assert figs["30 миллиардов долларов"].status == "target"


# -- range_comma_high --------------------------------------------------------------------------------------------------
def test_range_comma_high():
    # data/ruweb19 ay05 (nationnews, a studied page), the currency written in the sentence before here; the page names it
    # two sentences further back, beyond the implied currency's reach (its gold figure stays a miss)
    text = ("Доля турецких товаров в сентябре составила 1,1 млрд долларов. Между тем объем немецких поставок в Россию за "
            "май-август стабилизировался на уровне 1,1-1,2 млрд.")
    f = _figs(text, 2022)["1,1-1,2 млрд"]
    assert (f.value, f.value_high, f.currency) == (1100000000.0, 1200000000.0, "USD")


def test_range_comma_high_with_currency():
    # CONSTRUCTED (searched the `search` tool, corpus pages, "от 4,4-5,5 млрд долларов"; the stored ranges found were
    # written "от ... до")
    f = _figs("Экспорт в прошлом году составил 4,4-5,5 млрд долларов.", 2022)["4,4-5,5 млрд долларов"]
    assert (f.value, f.value_high) == (4400000000.0, 5500000000.0)
