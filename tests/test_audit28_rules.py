"""Rules written from pages of the session-28 audit sample, after it was scored. A change from one amount to another
over a written run of years ("From 2000 to 2023, ... increased from less than 100 billion yuan (about 14.08 billion
U.S. dollars) to 1.98 trillion yuan"): the first amount and its restatement are of the run's first year (rule
from_run_start), the second of its last; and a rate averaged over years ("with an average annual growth rate of
17.2 percent", "CAGR") is no one year's change (panel reason `not year on year`). Real sentence of
beijingherald.com (undated; a page of the session-28 audit sample, measured before these rules were written); and a
dateline city followed by its date ("Pretoria, 30 October 2020 –") is no region reporting (home_region)."""
from __future__ import annotations

from phrasing import one_figure, row, rule
from tradeflows.dataset.series import series_status

_CN_AF = ("China-Africa trade shows rapid growth\n\nFrom 2000 to 2023, China-Africa trade increased from less than 100"
          " billion yuan (about 14.08 billion U.S. dollars) to 1.98 trillion yuan, with an average annual growth rate of"
          " 17.2 percent, according to the General Administration of Customs (GAC).\n")


def test_from_amount_of_a_written_run_is_of_its_first_year():
    f = one_figure(_CN_AF, "less than 100 billion yuan", pub_year=2024)
    assert (f.year, f.period_start, f.period_end) == (2000, "2000-01", "2000-12")
    assert rule(f, "year") == "from_run_start"
    usd = one_figure(_CN_AF, "about 14.08 billion U.S. dollars", pub_year=2024)
    assert usd.year == 2000


def test_to_amount_of_a_written_run_is_of_its_last_year():
    f = one_figure(_CN_AF, "1.98 trillion yuan", pub_year=2024)
    assert (f.year, f.measure, {f.reporter, f.partner}) == (2023, "turnover", {"China", "Africa"})


def test_average_annual_growth_rate_is_no_year_on_year_change():
    f = one_figure(_CN_AF, "17.2 percent", pub_year=2024)
    assert f.kind == "growth"
    # (session 56: a change over the written run "From 2000 to 2023" has no one period, rule run_of_years_words; the
    # reason it stays out of the panel is still that it is no year-on-year change, not a part of a year)
    assert (f.year, f.period_start, f.period_end) == (2023, None, None)
    assert series_status(row(f)) == "not year on year"


# sars.gov.za (2020-10-30), a page of the session-28 audit sample (scored before this rule)
_SARS = ("Trade statistics for September 2020 \n\nPretoria, 30 October 2020 – The South African Revenue Service (SARS)"
         " today releases trade statistics for September 2020 recording a trade surplus of R33.51 billion.\n")


def test_a_dateline_city_with_its_date_is_no_reporter():
    # "Pretoria, 30 October 2020 –": where the release was filed, not a region reporting (home_region skips it)
    f = one_figure(_SARS, "R33.51 billion", pub_year=2020, pub_month=10)
    assert (f.reporter, f.measure) == ("South Africa", "balance")
    assert (f.year, f.period_start, f.period_end) == (2020, "2020-09", "2020-09")
