"""Session 53, sieveY: a figure of the page's own year, not over (relate's year_not_over), takes the months of the part
of that year the text set in force (rule part_in_force_not_over) instead of none."""
from __future__ import annotations

from phrasing import figs

# hurriyetdailynews.com, "Exports reach $16.13 bln in September" (2 October 2020)
HEAD = "Exports reach $16.13 bln in September\n\n"
RECORD = ("Turkey saw the all-time high September export figure this year - $16.13 billion -, Turkish trade minister "
          "announced on Oct. 2.\n\n")
NINE_MONTHS = "In the first nine months of this year, Turkey's exports were $118.35 billion and imports $156.24 billion, Pekcan added.\n"


def _periods(text, pub_year=2020):
    return [(f.figure, f.year, f.period_start, f.period_end, f.fact_rules.split("year:")[1].split(";")[0])
            for f in figs(text, pub_year=pub_year)]


def test_this_year_takes_the_month_the_headline_set_in_force():
    """"... the all-time high September export figure this year - $16.13 billion" under a headline of September: the
    year not over is read as the month in force (the headline's September), not as a year of unknown months."""
    got = _periods(HEAD + RECORD + NINE_MONTHS)
    assert got[1] == ("$16.13 billion", 2020, "2020-09", "2020-09", "part_in_force_not_over")


def test_the_written_part_of_the_year_is_untouched():
    """The figures that name their own part ("In the first nine months of this year") keep it (rule relative_doc_date)."""
    got = _periods(HEAD + RECORD + NINE_MONTHS)
    assert got[2:] == [("$118.35 billion", 2020, "2020-01", "2020-09", "relative_doc_date"),
                       ("$156.24 billion", 2020, "2020-01", "2020-09", "relative_doc_date")]


def test_no_part_in_force_leaves_the_months_unknown():
    """Odd case: with no part of the year set before it (no headline, the sentence alone), the figure of the page's own
    year keeps no months (rule year_not_over), as before."""
    got = _periods(RECORD)
    assert got == [("$16.13 billion", 2020, None, None, "year_not_over")]


def test_a_part_of_another_year_is_not_taken():
    """Only a part of the figure's own year is taken: the period in force first, else the page's first period; a
    part of another year, or a whole year in force, gives none."""
    from tradeflows.facts.context import State
    from tradeflows.facts.period_choice import part_in_force_not_over
    st = State()
    st.period, st.first_period = (2019, 9, 9), (2019, 1, 9)
    assert part_in_force_not_over(st, 2020) is None
    st.first_period = (2020, 1, 9)
    assert part_in_force_not_over(st, 2020) == (1, 9)
    st.period = (2020, 1, 12)
    assert part_in_force_not_over(st, 2020) == (1, 9)
