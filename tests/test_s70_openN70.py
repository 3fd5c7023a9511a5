"""Session 70 (openN70): the years of web58 (pages in currencies other than the dollar) and web43 (officials'
statements), studied on two thirds of their tuned pages (the first third by SHA-256 of the file name set aside unread).

- event_time_year: a year named as the time of a past event recalled ("agreed – at the time of the president's visit
  ... in 2013 – on increasing trade") dates that event: no time an undated page speaks from (ingest/page_year.text_year)
  and no period in force for the sentences after it (facts/period_context.record_year), so the page's "last year" and
  "this year" are not counted from it; row event_time_before of vocab/en/patterns.csv, read by
  ingest/event_time.event_start only from the last "time" (the row's own word, vocab.pattern_word) within 130
  characters before the year.
- after_base (fiscal start): a fiscal period in force (year, m1 > m2) begins in the calendar year before its year
  (facts/fiscal.span_begins), so a base inside it ("July-March FY22" under "financial year 2021-22") is no base it
  comes after: the change is of the same months a year on ("doubled from $30 million in July-March FY22 to ...": July
  2022-March 2023), not the fiscal year in force.
- flow_data_not_flow (rows partners_carried_pair_flow_exports / _imports): a flow word naming a source's data ("based
  on import data from ...", "export statistics") tells no flow, so a pair's sentence citing it is no sentence on one way
  of the pair's trade, and the possessive flows after it go on with the pair (rule pair_continued) instead of the
  reporter's whole trade (rule one_way_then_both).
- statistics_of_owner (row data_owner_before): a statistics office's title "Statistics of <country>" names whose data
  it is, as "data from <country>" does; an opening citing both sides' statistics ("Trade Statistics of Japan ... and the
  China Customs Statistics") names no one side (reporters_cited.data_owner), and rule opening_data_side leaves the pair's
  turnover to the page's subject.

Where a sentence is marked CONSTRUCTED, no page outside the development sets with its phrasing was found with the
`search` tool (corpus "pages", five queries each); the others quote the page named above them. Each firing test fails
without its rule.
"""
from tradeflows.facts.fiscal import span_begins
from tradeflows.ingest.event_time import event_start
from tradeflows.ingest.page_year import text_year
from tradeflows.facts.reporters_cited import data_owner
from tradeflows.facts.places import find_places
from tradeflows.pipeline import figures_of_text


def _figs(text: str, year: int | None) -> dict:
    """figure -> the figure (year None: an undated page)."""
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=year)}


# -- event_time_year -------------------------------------------------------------------------------------------------
# CONSTRUCTED (after the phrasing of a government statement of an undated page: a recalled visit's year, then "Last
# year" and "this year")
RECALLED = ("The minister reminded that the two countries agreed \u2013 at the time of the president's visit to Nairobi "
            "in 2013 \u2013 on increasing bilateral trade. Last year trade in goods grew by 26 percent to USD 2.6 "
            "billion, while in the first eight months of this year a 7.4% increase was registered.\n")


def test_a_recalled_event_year_is_no_year_an_undated_page_speaks_from():
    assert text_year(RECALLED) is None
    figs = _figs(RECALLED, None)
    for fig in ("26 percent", "USD 2.6 billion", "7.4%"):
        assert (figs[fig].year, figs[fig].period_start, figs[fig].period_end) == (None, None, None), fig
    # (before the rule: 2012 for "last year" and January-August 2013 for "this year", counted from the visit's 2013)


def test_a_figure_beside_the_event_keeps_the_year_and_a_dated_page_is_unchanged():
    # CONSTRUCTED: the year still dates a figure after it in its own clause, and a dated page reads its own "last year"
    t = "At the time of the signing in 2013, bilateral trade stood at $2.1 billion.\n"
    f = _figs(t, None)["$2.1 billion"]
    assert (f.year, f.period_start, f.period_end) == (2013, "2013-01", "2013-12")
    f = _figs(RECALLED, 2014)["26 percent"]
    assert (f.year, f.period_start, f.period_end) == (2013, "2013-01", "2013-12")


def test_the_row_reads_at_the_time_of_only():
    # http://rediff.com/news/report/dr-singh-china-pm-review-bilateral-ties/20121119.htm?print=true: "during the first
    # visit in 2005" is no "at the time of" (the row is left narrow: a visit's year is often the figure's own)
    t = ("During the first visit in 2005, the two countries established a Strategic and Cooperative Partnership while "
         "the second visit in 2010 marked the 60th anniversary")
    assert event_start(t, t.index("2005"), t.lower()) is None
    # CONSTRUCTED: the time of writing is the page's own time, no past event
    t = "At the time of writing in 2019, exports had reached $4 billion."
    assert event_start(t, t.index("2019"), t.lower()) is None
    assert text_year(t) == 2019
    t = RECALLED
    assert event_start(t, t.index("2013"), t.lower()) == t.index("time of")


# -- after_base: a fiscal period in force begins the year before -------------------------------------------------------
# CONSTRUCTED (after the phrasing of a Pakistani trade report: a fiscal year's totals, then a change from the July-March
# part of that fiscal year to the same months of the next)
FISCAL = ("Pakistan's trade with Kenya rose to $91 million in financial year 2021-22, with exports amounting to $57 "
          "million.\nPakistan\u2019s exports to Kenya doubled from $30 million in July-March FY22 to $61 million in "
          "the same period of financial year 2022-23.\n")


def test_a_change_from_a_part_of_the_fiscal_year_in_force_is_of_the_same_part_a_year_on():
    figs = _figs(FISCAL, 2023)
    f = figs["doubled"]
    assert (f.year, f.period_start, f.period_end) == (2023, "2022-07", "2023-03")   # (was July 2021-June 2022)
    f = figs["$61 million"]
    assert (f.year, f.period_start, f.period_end) == (2023, "2022-07", "2023-03")   # (was July 2022-June 2023)
    f = figs["$30 million"]
    assert (f.year, f.period_start, f.period_end) == (2022, "2021-07", "2022-03")


def test_a_fiscal_year_after_its_base_is_still_the_period_in_force():
    assert span_begins((2022, 7, 6)) == (2021, 7)
    assert span_begins((2022, 1, 12)) == (2022, 1)
    assert span_begins((2022, None, None)) == (2022, 1)
    # https://www.nation.com.pk/02-Aug-2024/pakistan-s-exports-to-china-increase-by-33-67pc-in-fy-2023-24: the fiscal
    # year 2023-24 in force begins (July 2023) after its June 2023 base: the change is still read in it
    t = ("ISLAMABAD - Pakistan\u2019s export of goods and services to China witnessed an increase of 33.67 percent "
         "during the twelve months of the fiscal year (2023-24) as compared to the exports of the corresponding period "
         "of last year, State Bank of Pakistan (SBP) reported. The overall exports to China were recorded at $2.707 "
         "billion during July-June (2023-24) against exports of $2.025 billion during July-June (2022-23), SBP data "
         "revealed. On a year-to-year basis, the exports to China also surged by 12.59 percent from $136.546 million "
         "in June 2023, against the exports of $153.745 million in June 2024.\n")
    f = _figs(t, 2024)["12.59 percent"]
    assert f.year == 2024 and "year:after_base_paragraph" in f.fact_rules


# -- flow_data_not_flow ----------------------------------------------------------------------------------------------
# CONSTRUCTED (after the phrasing of an analysis of two countries' trade from each side's import statistics)
PAIR_DATA = ("News\n\nAccording to an analysis by the Kenya National Chamber of Commerce on Kenya-Uganda trade in 2019, "
             "based on import data from the \"Economic Survey\" of Kenya and the \"Uganda Revenue Authority Statistics,\" "
             "total trade decreased by 5.2% to $903 million.\n\nKenya's exports decreased by 4.1% to $601 million and "
             "imports also declined by 7.3% to $302 million.\n")


def test_import_data_cited_is_no_one_way_flow_of_the_pair():
    figs = _figs(PAIR_DATA, None)
    for fig in ("4.1%", "$601 million", "7.3%", "$302 million"):
        f = figs[fig]
        assert (f.reporter_iso3, f.partner_iso3) == ("KEN", "UGA"), fig   # (was the world: one_way_then_both)
        # (the first figure continues the pair; since session 72 the figures after it in its sentence read the pair
        # that sentence keeps in force as carried: rule pair_continued_chain, facts/relate.py)
        assert ("partner:pair_continued" if fig == "4.1%" else "partner:carried") in f.fact_rules, fig


def test_a_pair_sentence_on_one_way_still_leaves_both_ways_to_the_whole():
    # CONSTRUCTED, after the intellinews.com example of rule one_way_then_both: "imports from" is a flow told
    t = ("Hungary's imports from China rose by more than a fifth to \u20ac9.5bn in 2018.\n\nExports last year increased "
         "by 3.9% to \u20ac108.9bn and imports climbed 4.8% to \u20ac104.1bn.\n")
    f = _figs(t, 2019)["3.9%"]
    assert f.partner_iso3 is None and "partner:one_way_then_both" in f.fact_rules


# -- statistics_of_owner ---------------------------------------------------------------------------------------------
# CONSTRUCTED (after the phrasing of an analysis citing both sides' import statistics by their titles)
BOTH_STATS = ("News\n\nAccording to an analysis by the Japan External Trade Organization on Japan-Vietnam trade in 2019, "
              "based on import data from \"Trade Statistics of Japan\" by the Ministry of Finance and the \"Vietnam "
              "Customs Statistics,\" total trade increased by 5.2% to $40.3 billion.\n\nJapan's exports rose by 4.1% to "
              "$20.1 billion and imports also rose by 6.3% to $20.2 billion.\n")


def test_both_sides_statistics_name_no_data_side():
    f = _figs(BOTH_STATS, None)["$40.3 billion"]
    assert (f.reporter_iso3, f.partner_iso3) == ("JPN", "VNM")   # (was Vietnam's, rule opening_data_side)
    t = 'based on import data from "Trade Statistics of Japan" by the Ministry of Finance'
    assert data_owner(t, find_places(t)) == ("Japan", "JPN")


def test_a_department_of_a_country_is_no_statistics_title():
    # https://vccinews.com/news/29801/.html: "Department of Vietnam" is no statistics' title (the office is left to the
    # rules that read offices, statistics_owner)
    t = ("Total trade turnover between Vietnam and Japan over the first eleven months this year reached more than US$22.9 "
         "billion, a year-on-year rise of 1.7 percent, according to the General Department of Vietnam Customs.")
    assert data_owner(t, find_places(t)) is None
    t = "the statistics of trade between Vietnam and Japan"
    assert data_owner(t, find_places(t)) is None


def test_search_from_word_is_shared_by_both_back_readers():
    # ingest/event_time.py and ingest/record_series.py read their rows back from the row's one word the same way
    # (vocab.search_from_word); no word in the span: no search at all
    import re
    from tradeflows.vocab import pattern_word, search_from_word
    rx = re.compile(r"\bsince\s+(?:records|data)\s+(?:began|started)\s+in\s+$", re.I)
    assert pattern_word(rx) == "since"   # (the word every match opens on: the search starts at its last place)
    text = "It was the lowest since records began in 1997."
    at = text.index("1997")
    assert search_from_word(rx, text, 0, at, text.lower()).start() == text.index("since")
    assert search_from_word(rx, "It fell in 1997.", 0, 11, "it fell in 1997.") is None
    # a row that is not case-blind is searched over the whole span (its word as written may be capitalised)
    assert search_from_word(re.compile(r"Since records began in $"), "Since records began in 1997", 0, 23,
                            "since records began in 1997").start() == 0
