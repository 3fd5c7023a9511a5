"""Session 69 (openJ69): leftovers of session 68 on the English pages in currencies other than the dollar (web58,
web26; studied on two thirds of their tuned pages, the first third by SHA-256 of the file name set aside unread).

- record_series_year: the year a record series starts in ("the lowest since records began in 1997", "since the
  beginning of the time series in 1990", "since the series was first published in 1984") is where a record is counted
  from: no time an undated page speaks from (ingest/page_year.text_year), no period a figure or the sentences after it
  take (facts/period_context.record_year); row record_series_before of vocab/en/patterns.csv, read by
  ingest/record_series.series_start only from the last "since" (the word the row opens on, vocab.pattern_needs) within
  50 characters before the year.
- event_place (English rows of openF68): tried behind a gate of the rows' own words (a GatedCue searching a window
  only where it holds a conflict word) and left out: it cost +9M instructions a pass on data/raw (+0.25%; the ungated
  rows +0.2%), the per-place call itself, not the regex, being the cost (839 calls a pass).

Where a sentence is marked CONSTRUCTED, no page outside the development sets with its phrasing was found with the
`search` tool (corpus "pages"); the others quote the page named above them. Each firing test fails without its rule.
"""
from tradeflows.ingest.page_year import text_year
from tradeflows.ingest.record_series import series_start
from tradeflows.pipeline import figures_of_text


def _figs(text: str, year: int | None, month: int | None = None) -> dict:
    """figure -> the figure (year None: an undated page)."""
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=year, pub_month=month)}


# -- record_series_year ----------------------------------------------------------------------------------------------
# http://www.wallpaperswave.com/economic-development/uk-exports-fall-lowest-level-20097775.amp (an undated copy of an ONS
# report; the page's mangled name of the country, mojibake, written "UK" here)
ONS = ("New figures from the Office for National Statistics (ONS) shows that exports of goods from the UK fell by 19.3% "
       "in January, driven by a 40.7% reduction in exports to the EU.\nImports into the UK also fell, with both figures "
       "the largest reductions since records began in 1997. That led to the country's trade deficit more than doubling "
       "to £12.8bn.\n")
# https://www.cbs.nl/en-gb/news/2009/13/exports-nosedive-in-january (its title and two sentences; the sentence that
# names "January 2009" left out: the page read as undated)
CBS = ("Exports nosedive in January\n\nA decline of this magnitude has not occurred since the beginning of the time "
       "series in 1990.\n\nThe value of goods exports was 24.4 billion euro, i.e. a 21 percent drop relative to one "
       "year previously.\n")


def test_a_record_series_start_is_no_year_an_undated_page_speaks_from():
    assert text_year(ONS) is None
    for fig in ("19.3%", "40.7%", "£12.8bn"):
        f = _figs(ONS, None)[fig]
        assert (f.year, f.period_start) == (None, None), fig   # (not January 1997)


def test_a_record_series_start_is_no_period_in_force_after_it():
    for fig in ("24.4 billion euro", "21 percent"):
        f = _figs(CBS, None)[fig]
        assert (f.year, f.period_start, f.measure) == (None, None, "exports"), fig   # (not January 1990)


def test_the_series_phrasings_and_a_plain_since_year():
    # https://www.uschamber.com/international/trade-agreements/the-year-in-trade-diving-into-the-2021-numbers
    t = "the largest calendar-year increase since the series was first published in 1984."
    assert series_start(t, t.index("1984"), t.lower()) == t.index("since")
    # https://defence.pk/pdf/threads/new-2021-trade-data-u-s-on-record-pace-fueled-by-imports.713763/: a plain
    # "since 2008" is a record's floor of another rule (not_now), not a series' start
    t = "China's percentage of U.S. trade for the first four months was 11.22%, the lowest total since 2008, when"
    assert series_start(t, t.index("2008"), t.lower()) is None
    # (the row opens on "since": a text with no "since" before the year is not searched)
    t = "records began in 1997"
    assert series_start(t, t.index("1997"), t.lower()) is None


def test_a_dated_page_keeps_its_own_month():
    # CONSTRUCTED on the phrasing of ONS above, on a page of March 2021: January is of the page's year
    f = _figs("Trade fell to £30bn in January, the lowest since records began in 1997.", 2021, 3)["£30bn"]
    assert (f.year, f.period_start) == (2021, "2021-01")


def test_pattern_word_is_the_rows_own_word():
    """vocab.pattern_word (review mend of git diff 7d4454e9): the one word every match of a row holds on its own, read
    off the row, shared by reporters_whose (whose_flow, whose_owner) and record_series (record_series_year)."""
    import re
    from tradeflows.vocab import pattern_word
    from tradeflows.vocab.patterns import cue
    from tradeflows.facts import reporters_whose
    from tradeflows.ingest import record_series
    assert pattern_word(cue("record_series_before", record_series._SERIES_BEFORE())) == "since"
    assert pattern_word(cue("whose_flow", reporters_whose._WHOSE_FLOW())) == "whose"
    assert pattern_word(re.compile(r"\b(?:up|down)\s+\d")) is None
