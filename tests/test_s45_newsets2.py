"""Session 45 (newsets2): the leads the first newsets helper left on the session's two new sets (data/web33,
data/ruweb22), each rule with the tuned page's sentence and a sentence of another outlet."""
from __future__ import annotations


from phrasing import figs, rule


def _by_figure(text: str, **kw) -> dict:
    out: dict = {}
    for f in figs(text, **kw):
        out.setdefault(f.figure, f)
    return out


# --- reporters ---------------------------------------------------------------------------------------------------------

def test_goods_exported_from_a_country_are_its_exports_on_a_page_of_another_countrys_customs():
    """vocab/en/frames.csv row exported_from: "35.6 million liters of wine worth $103.5 million were exported from
    Georgia" (data/web33 tuned page bd08, gbc.ge) on a page citing Russia's customs and led by Russia's imports is
    Georgia's export to the world, not Russia's (before: reporter subject, Russia; partner Georgia)."""
    got = _by_figure(
        "Tbilisi (GBC) - In the last 5 months of 2023, Georgia is leading in terms of supplying still wines to Russia. "
        "In this indicator, Georgia surpassed Italy.\n\n"
        "The Russian publication \"Kommersant\" disseminates information about this, based on the customs authorities "
        "of Russia.\n\n"
        "The import of Georgian wine to Russia increased by 63% and exceeded 24 million liters. At the same time, 23.4 "
        "million liters of Italian wine were imported into Russia - supply has increased by 31%. Imports from other "
        "countries have also increased - Spain, France and Portugal.\n\n"
        "In January-May, 35.6 million liters of wine worth $103.5 million were exported from Georgia, which was 29.7% "
        "more in monetary terms, and 31.4% more in quantity than the same period of the previous year.\n", pub_year=2023)
    f = got["$103.5 million"]
    assert (f.reporter, f.partner, f.measure) == ("Georgia", "world", "exports")
    assert rule(f, "reporter") == "frame"
    g = next(f for k, f in got.items() if k.startswith("29.7%"))
    assert (g.kind, g.value, g.reporter, g.partner) == ("growth", 29.7, "Georgia", "world")


def test_cigarettes_exported_from_a_country_name_the_exporter():
    """The same row on tobaccoreporter.com ("Armenia's exports increased", 2019): "Cigarettes with a customs value of
    $266.2 million were exported from Armenia during 2018"."""
    got = _by_figure("Cigarettes with a customs value of $266.2 million were exported from Armenia during 2018, 9.3 "
                     "percent up on the value of cigarette exports the previous year, according to an Arka News Agency "
                     "story quoting the State Revenue Committee.", pub_year=2019)
    f = got["$266.2 million"]
    assert (f.reporter, f.partner, f.measure, f.year) == ("Armenia", "world", "exports", 2018)
    assert rule(f, "reporter") == "frame"
