"""Session 68 (openF68): the facts of English pages whose trade figures are in a currency other than the US dollar
(web58, with web26 as more study pages; studied on two thirds of their tuned pages, the first third by SHA-256 of the
file name set aside unread).

- december_reported: an undated page that reports the figures of a year's last month with the year written
  ("in December 2023") was written after that year ended (monthly figures come out weeks after their month); its
  "last year" is that year, not the year before it (ingest/last_month.py, read by facts/period_relative.py for a
  figure dated "last year" on a page that never says "this year"; month names from vocab/en/months.csv).

Where a sentence is marked CONSTRUCTED, no page outside the development sets with its phrasing was found with the
`search` tool (corpus "pages"); the others quote the page named above them. Each firing test fails without its rule.
"""
from tradeflows.ingest.last_month import reports_last_month
from tradeflows.pipeline import figures_of_text


def _figs(text: str, year: int | None) -> dict:
    """figure -> the figure (year None: an undated page)."""
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=year)}


# -- december_reported -----------------------------------------------------------------------------------------------
# https://www.socialpost.news/exports-to-the-us-and-china-fell-in-december/ (its sentences, without the page's
# "As of" stamp: the page read as undated; its next sentence, "They will stagnate in 2024 ...", left out: the page
# reads that forecast's year as its latest, another miss)
DECEMBER = ("“The US was also the most important trading partner for German exporters in December 2023,” the "
            "statisticians explained. Compared to the same month last year, exports to the United States fell 9.9 "
            "percent to 11.2 billion euros.\n"
            "Total German exports fell 1.4 percent last year, according to calculations by the Kiel Institute for the "
            "World Economy (IfW).\n")


def test_last_year_on_an_undated_page_reporting_december_is_that_december_s_year():
    f = _figs(DECEMBER, None)["1.4 percent"]
    assert (f.year, f.period_start, f.period_end) == (2023, "2023-01", "2023-12")
    assert "year:december_reported" in f.fact_rules
    # (the month's own figure keeps its December)
    g = _figs(DECEMBER, None)["11.2 billion euros"]
    assert (g.year, g.period_start, g.period_end) == (2023, "2023-12", "2023-12")


def test_a_dated_page_keeps_its_own_last_year():
    # (the page's date counts: "last year" on a page of 2025 is 2024, the rule reads only undated pages)
    f = _figs(DECEMBER, 2025)["1.4 percent"]
    assert f.year == 2024 and "december_reported" not in f.fact_rules


# https://business.inquirer.net/442020/german-exports-to-us-china-fell-sharply-in-december/amp: December is written
# only as a base ("Compared with December 2022"), no December of the page's latest year reported
INQUIRER = ("In December, exports to countries outside the European Union fell 4 percent compared with November, on a "
            "calendar and seasonally adjusted basis, to 57.2 billion euros ($62.27 billion), it said. Compared with "
            "December 2022, there was an even steeper decline in exports to non-EU countries of 9.2 percent, it added.")


def test_a_december_of_another_year_or_a_span_reports_no_last_month():
    assert not reports_last_month(INQUIRER, 2023)
    assert reports_last_month(INQUIRER, 2022)   # (the base's own year: the month is written with it)
    # CONSTRUCTED: a span going on from December is no month reported; another month is none either
    assert not reports_last_month("the season December 2023-24 and November 2023", 2023)
    # https://www.thedailystar.net/business/news/export-earnings-fall-slightly-dec-3508996: "December of 2023"
    assert reports_last_month("declined by 1.06 percent year-on-year to $5.3 billion in December of 2023", 2023)
