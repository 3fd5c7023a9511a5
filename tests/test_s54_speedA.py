"""Session 54, speedA: text_year reads a whole undated page faster, with the same answers (ingest/page_year.py).

The patterns text_year runs over the whole text that open on a word (_closed_span(), _FROM_YEAR_TO_LAST, _LAST_YEAR_FROM,
_LAST_YEAR_BASE; _DONE_YEAR's branches) are tried only where the lower-cased text has that word (_led_finditer,
_done_year_starts: str.find, where sre would enter them at every "f", "l", "e", "i" or digit), and the re.I patterns it
searches before each year run as their lower-cased copies (_on_low). The tests check every match against the
patterns' own finditer on the pages of data/raw and on sentences that hold each branch, and text_year and done_years
against the same reading with the lower-cased text switched off.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tradeflows.ingest import page_year as Y
from tradeflows.vocab.lowercase import lower_text

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

SENTENCES = [
    "Trade rose from $1.5 billion in 2022 to more than $2 billion last year.",
    "FROM $15.6 billion in 2022 to $17.9 billion this year, exports grew.",
    "It will be a new high after 2023 saw a record-breaking $287 billion worth of exports.",
    "2023  \n saw the total rise; 1999 saw nothing; 2019saw none.",
    "Exports had ended 2021 at a record $225.4 billion. ENDED 2020 with a surplus.",
    "In 2023, Brazil had a surplus of around US$6 billion, while this year the result was more balanced.",
    "In 2024, the China-Central Asia trade turnover was more than three times of the 2014 figure.",
    "... for decades; in 2012, total trade between the two countries was $19.4 billion.\nIn 2011, trade hit $3 billion.",
    "From July 2008 through May 2009, the monthly deficit shrank. from 2010 to 2012 it grew.",
    "Last year, imports from Kenya fell to Shs2.28 trillion from Shs2.3 trillion in 2016.",
    "Last year, exports rose 12% compared with 2016. LAST  YEAR trade grew over the year 2015.",
    "Trade grew from about $3 billion in 2019 to $4 billion last year, and from 2020 on.",
    "Copyright © 2011-2022. The target is to reach $10 billion by 2025 compared to 2021.",
    "fromfrom 2010 to 2011 lastlast year endedended 2012 at",
]


def _pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))]


def _texts() -> list[str]:
    return _pages() + SENTENCES + [" ".join(SENTENCES)]


@pytest.mark.parametrize("rx,leads", [(Y._closed_span(), ("from",)), (Y._FROM_YEAR_TO_LAST, ("from",)),
                                      (Y._LAST_YEAR_FROM, ("last",)), (Y._LAST_YEAR_BASE, ("last",))])
def test_led_finditer_is_finditer(rx, leads):
    for text in _texts():
        low = lower_text(text)
        for start, end in ((0, len(text)), (3, len(text) // 2)):
            want = [(m.span(), m.groups()) for m in rx.finditer(text, start, end)]
            got = [(m.span(), m.groups()) for m in Y._led_finditer(rx, leads, text, low, start, end)]
            assert got == want


def test_done_year_starts_hold_every_match():
    for text in _texts():
        low = lower_text(text)
        for start, end in ((0, len(text)), (5, len(text) - 3)):
            want = [(m.span(), m.groups()) for m in Y._DONE_YEAR.finditer(text, start, end)]
            got = [(m.span(), m.groups()) for m in
                   Y._tried_at(Y._DONE_YEAR, Y._done_year_starts(low, start, end), text, start, end)]
            assert got == want
    # every branch is read in the sentences
    assert {2021, 2022, 2023, 2024} <= Y.done_years(" ".join(SENTENCES), low=lower_text(" ".join(SENTENCES)))


def test_text_year_as_without_the_lower_cased_text(monkeypatch):
    texts = _texts()
    fast = [(Y.text_year(t), Y.done_years(t, low=lower_text(t))) for t in texts]
    monkeypatch.setattr(Y, "lower_text", lambda text: None)
    slow = [(Y.text_year(t), Y.done_years(t)) for t in texts]
    assert fast == slow


def test_doc_text_year_reads_the_docs_lower_cased_text():
    from tradeflows.facts.context import Doc
    from tradeflows.text.clean import clean_text
    for page in _pages():
        c = clean_text(page, "web", "doc")
        d = Doc(c, None)
        assert d.text_year == Y.text_year(Y.without_stale_banners(c.text))


# context_period (facts/period_context.py) looks for the words every match of RECORD_YEAR and THAN_CLAUSE holds before
# searching the pattern: the same answers
RECORD_SENTENCES = [
    "Exports came just under the record set in 2018, at $5 billion.",
    "The deficit was the biggest on record after the $419.4bn shortfall in 2018.",
    "It eclipsed the previous record of 14.67 trillion yen in fiscal 2007.",
    "Imports were still lower than the PEAK in 2021, and above its all-time High in 2019.",
    "The decline was however lower than the steep 27.2 per cent fall in exports registered in 2015.",
    "Exports rose 6.2 percent more than the July year to date balance in 2017.",
    "Trade was higher in 2020 than expected in 2019, and thanked in 2018.",
]


def test_record_year_and_than_clause_words():
    from tradeflows.facts import period_context as PC
    from tradeflows.facts.periods import find_times
    for text in RECORD_SENTENCES + [p for p in _pages() if len(p) < 200_000]:
        low = lower_text(text)
        for t in find_times(text):
            assert PC.record_year(text, t, low) == PC.record_year(text, t)
            start = max(0, t.start - 120)
            if PC.THAN_CLAUSE.search(text, start, t.start):
                assert low.find("than", start, t.start) >= 0


PRIOR_SENTENCES = [
    "Exports fell 5%, following an 11.1% drop in December.",
    "Exports fell 1.1% yoy, reversing an 8.3% growth in September.",
    "It followed a 14.9 per cent rise in the previous month, after falling 11.1% in May.",
    "Imports rose, well under the 7.4% gain in September and above $3 BN in August.",
    "In FY22, the annual trade had stood at $676 billion. The figure stood at $310.30 in 2014-15.",
    "Tokyo was once Seoul's top export destination, with its share reaching 38.5 percent in 1973.",
]


def test_context_period_words_before_searches():
    from tradeflows.facts import period_context as PC
    from tradeflows.facts.periods import find_times
    for text in PRIOR_SENTENCES + [" ".join(PRIOR_SENTENCES)] + [p for p in _pages() if len(p) < 200_000]:
        low = lower_text(text)
        if PC._PLUPERFECT.search(text):
            assert PC._holds_any(text, PC.PLUPERFECT_WORDS, 0, len(text))
        for t in find_times(text):
            lo = max(0, t.start - 90)
            if PC._PRIOR_CLAUSE.search(text, lo, t.start):
                assert PC._holds_any(text, PC.PRIOR_OPENER_WORDS, lo, t.start)
            lo = max(0, t.start - 70)
            if PC._compared_figure_before().search(text, lo, t.start):
                assert any(low.find(w, lo, t.start) >= 0 for w in PC.COMPARED_FIGURE_WORDS)
    # the sentences hold a match of each
    assert PC._PLUPERFECT.search(" ".join(PRIOR_SENTENCES))
    assert PC._PRIOR_CLAUSE.search("Exports fell 5%, following an 11.1% drop in ")
    assert PC._compared_figure_before().search("Exports fell 1.1% yoy, reversing an 8.3% growth in ")
