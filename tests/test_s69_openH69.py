"""Session 69 (openH69): the period of figures on English period-heavy trade pages (web59, with web28 and web17 as
more study pages; studied on two thirds of their tuned pages, the first third by SHA-256 of the file name set aside
unread).

- figures_shown: "the January-September 2015 figures reveal that ..." names the period's own figures, which the
  sentence reports, no base of comparison ("the 2021 level" stays a base; facts/periods_bases.shown_figures,
  facts/period_figures_show.py, patterns.csv row figures_shown_after).
- monthly_head: on a page that opened with one month, a sentence about "the monthly numbers", "for the month" or
  "month-on-month" after a year-to-date span holding that month is of the month, not of the span carried
  (facts/period_monthly.py, patterns.csv row monthly_words).

Where a sentence is marked CONSTRUCTED, no page outside the development sets with its phrasing was found with the
`search` tool (corpus "pages"); the others quote the page named above them. Each firing test fails without its rule.
"""
from tradeflows.pipeline import figures_of_text


def _figs(text: str, year: int | None) -> dict:
    """figure -> the figure."""
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=year)}


# -- figures_shown ---------------------------------------------------------------------------------------------------
# CONSTRUCTED (searches for "<period> figures reveal/show that" found no page outside the sets): a quarter in force,
# then a sentence whose own year-to-date figures a verb of showing reports
SHOWN = ("Total exports for the third quarter of 2019 summed up to Rs 20.1 billion.\n\n"
         "An analysis of the January-September 2019 figures reveals that the main export markets were France "
         "(12.5%) and Italy (6.1%).\n")


def test_period_figures_that_reveal_are_the_sentence_s_own_period():
    f = _figs(SHOWN, 2019)["12.5%"]
    assert (f.year, f.period_start, f.period_end) == (2019, "2019-01", "2019-09")
    assert "figures_shown" in f.fact_rules


# CONSTRUCTED: a comparison cue before the period keeps it a base ("higher than the 2018 figures showed")
BASE_KEPT = ("Exports rose to $4.2 billion in 2019, higher than the 2018 figures showed.\n")


def test_a_compared_period_s_figures_stay_a_base():
    f = _figs(BASE_KEPT, 2020)["$4.2 billion"]
    assert f.year == 2019 and "figures_shown" not in f.fact_rules


# -- monthly_head ----------------------------------------------------------------------------------------------------
# https://www.irishexaminer.com/business/arid-20249750.html: "The decline came about due to a 5% (€364m) drop in the
# value of monthly exports to €7.31bn, while import value decreased by 6% to €4.12bn." (its headline and a
# year-to-date paragraph before it CONSTRUCTED, in the shape of such pages: the page's month, then the span)
MONTHLY = ("Trade surplus dips 3% as exports fall in September\n\n"
           "Exports in the January to September period were worth €70.1bn, up 2% on the same period last year.\n\n"
           "The decline came about due to a 5% (€364m) drop in the value of monthly exports to €7.31bn, while import "
           "value decreased by 6% to €4.12bn.\n")


def test_monthly_figures_after_a_year_to_date_span_are_the_page_s_month():
    f = _figs(MONTHLY, 2015)["€7.31bn"]
    assert (f.year, f.period_start, f.period_end) == (2015, "2015-09", "2015-09")
    assert "year:monthly_head" in f.fact_rules


# CONSTRUCTED: the same page without a word of the month's figures keeps the span carried
NO_MONTHLY = MONTHLY.replace("the value of monthly exports", "the value of exports of chemicals")


def test_a_sentence_without_monthly_words_keeps_the_span():
    f = _figs(NO_MONTHLY, 2015)["€7.31bn"]
    assert "monthly_head" not in f.fact_rules


# -- relative_description: a place inside an apposition opening on "one of" ----------------------------------------
# CONSTRUCTED after web28's phrasing (no outside page with it was found with the `search` tool): a group named in the
# apposition describing the country before it is no partner of the figure
APPOSITION = ("Korean exports rose 5.5 percent to USD 605 billion in 2018. Vietnam, one of ASEAN's largest markets, "
              "saw Korean exports increase 1.8 percent.\n")


def test_a_group_inside_a_one_of_apposition_is_no_partner():
    f = _figs(APPOSITION, 2019)["1.8 percent"]
    assert f.partner_iso3 == "VNM" and "relative_description" in f.fact_rules


# CONSTRUCTED: "one of" with no comma before it opens no apposition; the group stays the partner
NO_APPOSITION = "Korean exports to ASEAN rose 1.8 percent in 2018, one of the largest rises.\n"


def test_without_an_apposition_the_group_stays():
    f = _figs(NO_APPOSITION, 2019)["1.8 percent"]
    assert f.partner == "ASEAN" and "relative_description" not in f.fact_rules


# -- later_clause_time -----------------------------------------------------------------------------------------------
# CONSTRUCTED after web59's phrasing (no outside page with a figure, ", while in <period>," and another figure was
# found with the `search` tool): the time opening the later clause dates that clause's own rate, not the one before
LATER = ("In the third quarter of 2023, the country's total trade was N18.80 trillion.\n"
         "In comparison to Q2 2023, total imports climbed by 47.70%, while in Q3 2022, they increased by 33.33%.\n")


def test_a_time_opening_a_later_clause_with_its_own_figure_is_not_the_earlier_figure_s():
    f = _figs(LATER, 2023)["47.70%"]
    assert (f.year, f.period_start, f.period_end) == (2023, "2023-07", "2023-09")
    assert "later_clause_time" in f.fact_rules
    g = _figs(LATER, 2023)["33.33%"]
    assert g.year == 2022 and "later_clause_time" not in g.fact_rules


# CONSTRUCTED: a later clause with no figure of its own leaves its year to the figure before it
NO_OWN_FIGURE = "Exports climbed by 8.5%, while in 2022 demand abroad stayed weak.\n"


def test_a_later_clause_without_a_figure_keeps_its_time_for_the_figure():
    f = _figs(NO_OWN_FIGURE, 2023)["8.5%"]
    assert f.year == 2022 and "later_clause_time" not in f.fact_rules
