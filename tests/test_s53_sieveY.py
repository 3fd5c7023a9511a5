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
    from tradeflows.facts.period_not_over import part_in_force_not_over
    st = State()
    st.period, st.first_period = (2019, 9, 9), (2019, 1, 9)
    assert part_in_force_not_over(st, 2020) is None
    st.first_period = (2020, 1, 9)
    assert part_in_force_not_over(st, 2020) == (1, 9)
    st.period = (2020, 1, 12)
    assert part_in_force_not_over(st, 2020) == (1, 9)


# bbj.hu, "Trade surplus amounts to EUR 913 mln in May" (7 July 2017)
JAN_MAY = ("The trade surplus reached EUR 4.271 bln for the January-May period, up EUR 10 mln from the corresponding five "
           "months of 2016.\n\n")
JAN_MAY_NEXT = "Imports rose 12.3% to EUR 37.829 bln, while exports were up 10.9% to EUR 42.099 bln.\n"
# ksg.co.kr, "Exports Break the Monthly Record for 5 months in a Row" (15 June 2000)
SAME_MONTH = "Exports rose 28.7 percent to $14.7 billion over the same month of last year, breaking a declining phase that started in March.\n"
MAY_HEAD = "Exports in May reached $14.7 billion, having continuously broken the monthly record for 5 months in a row.\n\n"


def test_a_change_on_the_same_month_a_year_before_is_the_month_ending_the_running_total():
    """Rule same_month_base: after a January-May total, a figure set against "the same month of last year" is May's."""
    got = _periods(JAN_MAY + SAME_MONTH, pub_year=2017)
    assert got[2:] == [("28.7 percent", 2017, "2017-05", "2017-05", "same_month_base+carried_doc_date"),
                       ("$14.7 billion", 2017, "2017-05", "2017-05", "same_month_base")]


def test_a_running_total_without_the_cue_goes_on():
    """Odd case: the running total's next sentence, with no same-month base, keeps January-May (section_period)."""
    got = _periods(JAN_MAY + JAN_MAY_NEXT, pub_year=2017)
    assert [g[2:] for g in got[2:]] == [("2017-01", "2017-05", "section_period+carried_doc_date")] * 4


def test_a_single_month_in_force_is_left_to_its_rule():
    """With one month in force (no running total) the same-month base changes nothing: still May, by the carried rule."""
    got = _periods(MAY_HEAD + SAME_MONTH, pub_year=2000)
    assert [g[2:4] for g in got[-2:]] == [("2000-05", "2000-05")] * 2
    assert all(g[4] != "same_month_base" for g in got)
