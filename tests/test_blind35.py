"""Phrasings found in session 35 on stored trade news pages and the tuned pages of the blind sets, each a
rule or a vocabulary row, tested on its sentence and, where one was found, on another text's.
"""
from __future__ import annotations

from tradeflows.facts.periods import find_times
from tradeflows.pipeline import figures_of_text


def times(text: str):
    return [(text[t.start:t.end], t.kind, t.year, t.m1, t.m2) for t in find_times(text)]


def facts(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.partner, f.year, f.period_start, f.period_end)
            for f in figures_of_text(text, fmt="web", **kw)]


def test_the_first_days_of_a_month_are_the_month():
    """Rule bare_month: 'in the first 20 days of March' is March of the year in force, as 'the first week of
    October' is (GUIDELINES: a month's first days are annotated as the month); with a year, that year's."""
    text = ("Exports increased about five percent in the first 20 days of March on strong exports of "
            "semiconductors and ships.")
    assert facts(text, pub_year=2019) == [("about five percent", "world", 2019, "2019-03", "2019-03")]
    assert times("in the first 20 days of March 2018 exports rose") == [
        ("March 2018", "month", 2018, 3, 3)]


def test_a_day_range_from_the_first_of_a_month_is_the_month():
    """Rule month_days: 'the April 1-20 period', 'during Sept. 1-20', 'the Dec. 1-20 period' (Korea's customs
    data, as Yonhap and Reuters write them) are that month; a range of dates with its year is not read so."""
    assert facts("Outbound shipments reached $40.3 billion in the Dec. 1-20 period.", pub_year=2024) == [
        ("$40.3 billion", "world", 2024, "2024-12", "2024-12")]
    assert facts("Exports expanded 3.6% from a year earlier during Sept. 1-20.", pub_year=2020) == [
        ("3.6%", "world", 2020, "2020-09", "2020-09")]
    assert times("Exports fell 2% on May 1-3, 2024 amid holidays.") == [("2024", "year", 2024, 1, 12)]
    assert times("in the April 11-20 period") == []


def test_a_base_value_tallied_a_year_earlier():
    """vocab.patterns.RECORDED: 'compared with $32.25 billion tallied a year earlier' (as 'recorded') is the
    base's value, a year before the figure's month (rule base_value)."""
    text = ("Outbound shipments reached $35.82 billion in the April 1-20 period, compared with $32.25 billion "
            "tallied a year earlier.")
    assert facts(text, pub_year=2024) == [("$35.82 billion", "world", 2024, "2024-04", "2024-04"),
                                          ("$32.25 billion", "world", 2023, "2023-04", "2023-04")]


def test_two_counterparts_named_alike_after_the_lead_make_no_head_partner():
    """Rule head_tie: a one-paragraph wire story whose lead names no partner and whose later sentence names the
    United States and China alike is about the country's totals, not trade with the first named."""
    text = ("Exports increased about five percent in the first 20 days of March on strong exports of semiconductors "
            "and ships. According to preliminary data from the Korea Customs Service on Friday, the country’s "
            "outbound shipments reached 35-point-five billion U.S. dollars during the cited period. Exports to the "
            "United States increased two-point-five percent, while shipments to China decreased three-point-eight "
            "percent.")
    assert [(f, p) for f, p, *_ in facts(text, pub_year=2019)] == [
        ("about five percent", "world"), ("35-point-five billion U.S. dollars", "world"),
        ("two-point-five percent", "United States"), ("three-point-eight percent", "China")]
    # the lead naming one of two tied counterparts keeps the page's pair (web w11: the United States, home
    # Mexico's neighbour, not Canada named alike after it)
    text = ("In 2022, Mexico ranked as the second trading partner of the United States, measured by the value of the "
            "sum of exports and imports between the two nations, being slightly below Canada, reveal data from the "
            "Census Bureau of the US Department of Commerce.\n\n"
            "Exports of goods and services from Mexico to the neighboring nation were located at 454 thousand 900 "
            "million dollars, an increase of 18.2 percent compared to 384 thousand 648 million dollars in 2021.\n")
    assert [(f, p) for f, p, *_ in facts(text)] == [("454 thousand 900 million dollars", "United States"),
                                                   ("18.2 percent", "United States"),
                                                   ("384 thousand 648 million dollars", "United States")]
