"""Session 61's review: the page-level subject rules read where a page's title and opening name no place
(facts/relate.py PLACELESS_SUBJECT: currency_country, then unplaced_later) are rows of one ordered table, as the
sieves' rules are. The order, and each row's own work (the row turned off, its page falls to the rules after it)."""
from tradeflows.facts import relate
from tradeflows.pipeline import figures_of_clean
from tradeflows.text.clean import clean_text
from tests.test_s44_xrurep import OBSERVER24   # observer24.com.na: a page naming no place, its amounts in N$


def _money(text: str):
    figs = figures_of_clean(clean_text(text, "web", "t"), "t", None, 2023, True, None, "en", None)
    return [f for f in figs if f.kind == "money"]


def test_the_currency_is_read_before_the_owner_further_on():
    assert [(rule, replaces) for rule, replaces, _ in relate.PLACELESS_SUBJECT] == [
        ("currency_country", ("outlet", "none")), ("unplaced_later", ("none",))]


def test_the_currency_row_alone_makes_the_placeless_page_its_countrys(monkeypatch):
    assert {(f.reporter_iso3, f.fact_rules.split(";")[1]) for f in _money(OBSERVER24)} == {
        ("NAM", "reporter:currency_country")}
    monkeypatch.setattr(relate, "PLACELESS_SUBJECT", tuple(r for r in relate.PLACELESS_SUBJECT
                                                           if r[0] != "currency_country"))
    assert {f.reporter_iso3 for f in _money(OBSERVER24)} == {None}
