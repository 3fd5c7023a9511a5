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
