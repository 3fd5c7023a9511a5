"""Session 73 (openC73): the year and period of figures on English pages (web57, web44; studied on two thirds of their
tuned pages, the first third by SHA-256 of the file name set aside unread).

- month_pair: two months joined by "and" and followed by one level's verb of being or amounting ("in January and
  February was $1.6 billion", "Exports in January and February were worth HRK 12.3 billion") are one span of the two
  months, not the first month alone (vocab/en/patterns.csv row period_month_pair_verb, read by facts/periods_grammar.py's
  month_range and named by facts/periods_build.py's _month_range: year:<rule>+month_pair).

Each firing test quotes the page named above it and fails without its rule.
"""
import pytest

from tradeflows.pipeline import figures_of_text


def _figs(text: str, year: int | None) -> dict:
    """figure -> the figure."""
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=year)}


# -- month_pair ------------------------------------------------------------------------------------------------------
# https://hina.hr/news/8652009 (HINA on Croatia's statistics office, DZS)
HINA = ("Exports in January and February were worth HRK 12.3 billion, up 5.8% over the same time last year, while imports "
        "rose by 2.1% to HRK 19.7 billion.\n")


def test_month_pair_hina():
    f = _figs(HINA, 2019)["HRK 12.3 billion"]
    assert (f.measure, f.year, f.period_start, f.period_end) == ("exports", 2019, "2019-01", "2019-02")
    assert "month_pair" in f.fact_rules.split("year:")[1].split(";")[0]


# web57's tuned page cz09 (embajadaisrael, 2000)
def test_month_pair_deficit():
    text = ("Foreign trade deficit excluding diamonds in January and February was $1.6 billion.\n")
    f = _figs(text, 2000)["$1.6 billion"]
    assert (f.measure, f.year, f.period_start, f.period_end) == ("balance", 2000, "2000-01", "2000-02")


def test_month_pair_not_a_change():
    # CONSTRUCTED (a change verb after the months is left to the month rules): each month's own rate
    text = "Exports rose 5% and 3% in January and February respectively.\n"
    figs = _figs(text, 2019)
    assert all("month_pair" not in f.fact_rules for f in figs.values())
