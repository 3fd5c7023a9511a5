"""Session 44 (recall of the national panel): a total the clause names is the world by a strong rule, not
the weak default; the checks that had hidden behind the weak default (a part of a year, a fiscal span, a
change restated in brackets). Each on a real sentence of an outlet in no data set."""
from __future__ import annotations

from phrasing import one_figure, row

from tradeflows.dataset.cues_measure import difference_cue
from tradeflows.dataset.cues_period import fiscal_span_relative, part_year_cue
from tradeflows.dataset.series import series_status


def _partner_rule(f) -> str:
    return next(x for x in f.fact_rules.split(";") if x.startswith("partner:"))


def test_an_owner_named_flow_of_a_sentence_naming_no_other_place_is_the_world_by_a_strong_rule():
    """Rule owner_own_flow: 'Kenya's exports jumped ... to register at Ksh613 billion in 2018'
    (businesstoday.co.ke/exports-earn-kenya-sh613-billion-as-focus-shifts) names the flow's owner and no other
    place: the world by the clause's words; before, default_world (weak) kept it out of the panel."""
    text = "Kenya’s exports jumped by 3.2% year on year to register at Ksh613 billion in 2018.\n"
    f = one_figure(text, "Ksh613 billion", pub_year=2019)
    assert (f.reporter, f.partner, f.measure, f.year) == ("Kenya", "world", "exports", 2018)
    assert _partner_rule(f) == "partner:owner_own_flow"
    assert series_status(row(f)) == "in"


def test_a_total_named_in_the_clause_is_the_world_by_a_strong_rule():
    """Rule total_named: 'Total imports decreased by 11.8% from P99.90 billion in 2022 to P88.12 billion in 2023'
    (econsult.co.bw, 'International trade records a deficit in 2023', on Botswana) names a total and no place."""
    text = ("International trade records a deficit in 2023\n\nBotswana's international trade activity slowed during the "
            "year to December 2023. Total imports decreased by 11.8% from P99.90 billion in 2022 to P88.12 billion in 2023.\n")
    f = one_figure(text, "P88.12 billion", pub_year=2024)
    assert (f.partner, f.measure, f.year) == ("world", "imports", 2023)
    assert _partner_rule(f) == "partner:total_named"


def test_a_total_named_as_the_whole_of_a_share_is_no_total_named():
    """'Mineral fuels ... comprising 11.5% of the total imports, and increasing ... to $5.106 billion' (web18's
    rappler page): the total is the whole of a share, the figure a part; total_named leaves it (world_weak, weak)."""
    text = ("Mineral fuels, lubricants, and related materials ranked 2nd, comprising 11.5% of the total imports, and "
            "increasing by 30.6% to $5.106 billion in the 1st semester of 2017 from $3.909 billion in the same period in 2016.\n")
    f = one_figure(text, "$5.106 billion", pub_year=2017)
    assert _partner_rule(f) != "partner:total_named"
    assert (f.period_start, f.period_end) == ("2017-01", "2017-06")   # "1st semester" (vocab periods.csv)


def test_a_tertile_is_four_months():
    """vocab periods.csv 'first tertile': 'Jordan's trade deficit ... in the first tertile of 2023 slightly dropped
    by 2.7 percent to JD2.94 billion' (web31's ammonnews page; Jordan's statistics department reports by tertile)."""
    text = ("Jordan's trade deficit, which is the difference between the value of imports and total exports, in the first "
            "tertile of 2023 slightly dropped by 2.7 percent to JD2.94 billion, according to official figures.\n")
    f = one_figure(text, "JD2.94 billion", pub_year=2023)
    assert (f.year, f.period_start, f.period_end) == (2023, "2023-01", "2023-04")


def test_roman_month_range_is_a_part_of_a_year():
    """Check roman_months (part_year_cue): 'Poland exported goods worth PLN 279.1 billion in I-V 2014' (web7's wbj.pl
    page): months I to V of 2014, no full year."""
    r = {"kind": "money", "sentence": "Poland exported goods worth PLN 279.1 billion in I-V 2014, according to Central "
         "Statistical Office data.", "figure": "PLN 279.1 billion"}
    assert part_year_cue(r)
    r2 = dict(r, sentence=r["sentence"].replace("I-V 2014", "I-XII 2014"))
    assert not part_year_cue(r2)


def test_a_yearless_part_of_a_year_makes_its_base_a_part_too():
    """Check part_base_yearless: 'Total exports for January to July dropped by 8.3 percent to 31.505 billion U.S.
    dollars from 34.372 billion U.S. dollars in 2015.' (web30's egypttoday page): the base is January-July 2015."""
    s = ("Total exports for January to July dropped by 8.3 percent to 31.505 billion U.S. dollars from 34.372 billion "
         "U.S. dollars in 2015.")
    assert part_year_cue({"kind": "money", "sentence": s, "figure": "34.372 billion U.S. dollars", "year": 2015})


def test_a_year_counted_from_a_fiscal_span_is_fiscal():
    """Check fiscal_span_relative: 'dropped from 5.3 billion dollars in 2002-03 to 4.5 billion dollars in 2003-04 and
    only to bounce back to 4.9 billion dollars the following year' (web17's eastday page on Myanmar)."""
    s = ("Myanmar's foreign trade volume dropped from 5.3 billion dollars in 2002-03 to 4.5 billion dollars in 2003-04 "
         "and only to bounce back to 4.9 billion dollars the following year.")
    assert fiscal_span_relative({"sentence": s, "fact_rules": "year:following_year"})
    assert not fiscal_span_relative({"sentence": s, "fact_rules": "year:explicit"})
    assert not fiscal_span_relative({"sentence": "Exports rose in 2020-2025 and the year after.", "fact_rules": ""})


def test_an_amount_in_brackets_after_a_rate_of_change_is_the_change():
    """Check change_rate_bracket (difference_cue): 'The U.S. deficit in its foreign trade in goods and services rose
    12.2% in 2022 over the previous year ($103 billion)' (elamerican.com, a fresh panel page): the change, not
    2021's level; a converted level after a rate and "to" stays a level."""
    s = ("The U.S. deficit in its foreign trade in goods and services rose 12.2% in 2022 over the previous year "
         "($103 billion), amid the strength of the dollar.")
    assert difference_cue({"kind": "money", "sentence": s, "figure": "$103 billion"})
    s2 = "Government data released Thursday showed Japan’s exports fell 5.6% in 2019, to 76.9 trillion yen ($701.6 billion)."
    assert not difference_cue({"kind": "money", "sentence": s2, "figure": "$701.6 billion"})
