"""Figures with a year written beside them that are still no calendar year's level: a rate per month or day,
an average over a span, an amount "so far in 2026"; and a month whose year its own sentence
named before it. Each cue is tested alone on a real sentence, with a sentence it must leave alone."""
from __future__ import annotations

from tradeflows.dataset.cues import multi_year_total, part_year_cue, per_year_cue

from phrasing import one_figure, rule


def _money(sentence: str, figure: str, **kw) -> dict:
    return {"sentence": sentence, "figure": figure, "kind": "money", **kw}


# -- sub_year_rate: a rate per month, week or day is no year's level even with its year written ----------------

_JRKAPZ = ("The largest part of our deficit continued to come from trade with China. It accounted for $27.831 billion"
           " of the monthly total and improved month-over-month by $204 million.")
_MYPIVOTS = "In 1992 the trade deficit was 1 to 4 billion dollars each month."
_PENTAGON = ("By the end of that first week, the Pentagon had spent $11.3 billion — roughly $1.88 billion a day, or"
             " $21,800 every second.")


def test_a_monthly_total_is_no_years_level_even_with_its_year():
    # jrkapz.com (2010-11): China's part of the US deficit "of the monthly total"
    assert per_year_cue(_money(_JRKAPZ, "$27.831 billion", year_basis="explicit"))
    # mypivots.com: "In 1992 ... each month": the year is written, the amount is a month's
    assert per_year_cue(_money(_MYPIVOTS, "1 to 4 billion dollars", year_basis="explicit"))


def test_the_rate_after_the_next_amount_is_that_amounts():
    # the week's total is no rate; "a day" belongs to the amount right before it
    assert not per_year_cue(_money(_PENTAGON, "$11.3 billion", year_basis="explicit"))
    assert per_year_cue(_money(_PENTAGON, "roughly $1.88 billion", year_basis="explicit"))


def test_monthly_before_the_figure():
    # bazaartimes (Turkey-Germany, a tuned web page): "Turkey's monthly exports to Germany ... $1 billion 832 million"
    s = "Turkey’s monthly exports to Germany in April reached an all-time high of $1 billion 832 million."
    assert per_year_cue(_money(s, "$1 billion 832 million", year_basis="explicit"))
    # (a year's total stays: no rate word before or after it; trend.az, a tuned web page)
    s2 = ("Kyrgyzstan's imports from Kazakhstan in 2023 totaled $862.182 million, which is an 11.9 percent increase"
          " compared to the 2022 figures ($770.215 million).")
    assert not per_year_cue(_money(s2, "$862.182 million", year_basis="explicit"))


# -- multi_year_total: an average a year over a span of years ---------------------------------------------------

def test_an_average_a_year_between_two_years_is_no_years_level():
    # a Pacific climate-finance page: "an average of about US$0.9 billion a year between 2021 and 2023"
    s = ("Looking specifically at adaptation finance, Pacific Island Countries received an average of about US$0.9"
         " billion a year between 2021 and 2023, against projected annual adaptation needs of about US$3.3 billion.")
    assert multi_year_total(_money(s, "about US$0.9 billion"))
    # (a level of the year before stays a level: "a year earlier" is no rate)
    assert not multi_year_total(_money("Exports rose to $56.2 billion from $52.5 billion in goods a year earlier.",
                                       "$52.5 billion"))


# -- so_far: "so far in 2026", "in 2023 so far", "year-to-date": the year is not over ---------------------------

_TRACXN = ("The numbers support the thesis. Indian deeptech startups have raised $1.23 billion so far in 2026,"
           " according to Tracxn data, already approaching last year's full-year total of $1.5 billion.")


def test_so_far_in_a_year_is_part_of_it_and_only_for_the_amount_it_follows():
    full = {"year": 2026, "year_basis": "explicit", "period_start": "2026-01", "period_end": "2026-12"}
    assert part_year_cue(_money(_TRACXN, "$1.23 billion", **full))
    assert not part_year_cue(_money(_TRACXN, "$1.5 billion", **full))


def test_so_far_without_a_year_of_its_own_is_not_this_rule():
    # (a bare "so far" speaks of the record, not of a year under way: only "so far in/this" counts)
    # (hcicolombo.gov.lk, a tuned web page)
    s = "According to the Central bank of Sri Lanka, the total FDI from India so far exceeds US$ 2.2 billion."
    assert not part_year_cue(_money(s, "US$ 2.2 billion", year=2021, year_basis="explicit",
                                    period_start="2021-01", period_end="2021-12"))


# -- month_of_sentence_year: a month with no year is of the year its own sentence named before it ---------------

def test_a_month_of_the_year_its_sentence_opened_with():
    # founding corpus (Belarus-Iran page): "In 2025, ... $9.6 million in January of this year versus ..."
    s = ("In 2025, there has already been an almost twofold increase in trade turnover: $9.6 million in January of"
         " this year versus $5.2 million in January 2024.")
    f = one_figure(s, "$9.6 million", pub_year=2025)
    assert (f.year, f.period_start, f.period_end, rule(f, "year")) == (2025, "2025-01", "2025-01",
                                                                        "month_of_sentence_year")
