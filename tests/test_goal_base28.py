"""The value a goal is measured against: "a trade target of $100 billion by 2015 compared to last year's record figure
of $74 billion" (thehindubusinessline.com, 2012; a blind28panel tuning page). The base's "last year" is the page's,
not the year before the deadline (rule base_value, "record figure of" read as the base's value), and a base over
before the page is a result (rule goal_base)."""
from __future__ import annotations

from phrasing import one_figure, row, rule
from tradeflows.dataset.series import series_status

_KRISHNA = ("India-China trade set to hit $100 b by 2015: S.M. Krishna\n\nIndia and China have set an ambitious bilateral"
            " trade target of $100 billion by 2015 compared to last year's record figure of $74 billion, the External"
            " Affairs Minister, Mr S.M. Krishna, has said.\n")


def test_last_years_record_figure_beside_a_goal_is_the_pages_last_year():
    f = one_figure(_KRISHNA, "$74 billion", pub_year=2012)
    assert (f.year, f.period_start, f.period_end) == (2011, "2011-01", "2011-12")
    assert rule(f, "year") == "base_value"
    assert (f.status, rule(f, "status")) == ("actual", "goal_base")
    assert series_status(row(f)) == "in"


def test_the_goal_itself_stays_a_target():
    f = one_figure(_KRISHNA, "$100 billion", pub_year=2012)
    assert (f.status, f.year) == ("target", 2015)
