"""Session 66, speedJ66: the matches of the month patterns (month, bare_month) found at each capitalised month stem of
the document's TriggerIndex (periods._month_matches), the same as the patterns' scans of the stretch."""
import pytest

from tradeflows.facts import periods as P
from tradeflows.vocab.lowercase import lower_text

# real sentences (addresses quoted) and constructed odd cases (labelled)
SENTENCES = [
    # https://forextv.com/forex-analysis/italy-trade-surplus-increases-in-march/
    "Exports grew 28.1 percent year-on-year in March, after a 4.4 percent fall in February.",
    # https://www.rte.ie/news/business/2013/0516/450650-exports-imports/
    "March saw a 9% fall in exports of medical and pharmaceutical products from the same month in 2012.",
    # https://upnewsinfo.com/2021/04/12/china-march-exports-rise-30-6-year-on-year-lag-forecast-imports-jump-better-than-expected-38-1-by-reuters/
    "Analysts in a Reuters poll had forecast year-on-year exports growth of 35.5% after shipments surged 154.9% in February.",
    # https://business-standard.com/amp/article/pti-stories/exports-up-6-9-pc-in-mar-declines-1-7-pc-in-2012-13-113041800189_1.html
    "Imports dipped by 2.87 per cent to USD 41.16 billion in March, leaving a trade deficit of USD 10.31 billion from "
    "USD 13.5 billion in March last year. In January, it had widened to USD 20 billion.",
    # constructed: the words bare_month's first branch writes before a month, spaced oddly
    "For the month of  May exports rose; during\tJune they fell, and in the week of\nJuly, days in August 2021.",
    # constructed: a stem written with a capital letter that opens no month name, a name inside a word
    "The Market for Mayor elections: Holidays in May, withinMarch, (December: 5), June's tax, June's exports.",
]


def _both(text: str, kind: str):
    low = lower_text(text)
    index = P.TriggerIndex(low)
    pat = dict((x[0], x[1]) for x in P._plan())[kind]
    name = P._month_name_re().search(text)
    at = P._month_scan_start(kind, text, 0, name)
    scanned = [(m.span(), m.groupdict()) for m in pat.finditer(text, at, len(text))]
    anchored = [(m.span(), m.groupdict()) for m in P._month_matches(kind, pat, text, at, len(text), name.start(), index)]
    return scanned, anchored


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("kind", ["month", "bare_month"])
def test_month_matches_as_scan(text, kind):
    scanned, anchored = _both(text, kind)
    assert anchored == scanned


def test_bare_month_found_at_its_words():
    scanned, anchored = _both(SENTENCES[4], "bare_month")
    assert [s for s, _ in anchored] == [s for s, _ in scanned]
    text = SENTENCES[4]   # ("days in August 2021" has its year: no bare month)
    assert [text[s:e] for (s, e), _ in anchored] == ["the month of  May", "during\tJune", "week of\nJuly"]


def test_stem_in_a_word_and_possessive():
    scanned, anchored = _both(SENTENCES[5], "bare_month")
    text = SENTENCES[5]   # (the first "June's", before "tax", is no month's figures: bare_month's look-ahead)
    assert [text[s:e] for (s, e), _ in anchored] == ["in May", "December: ", "June's "] == [text[s:e] for (s, e), _ in scanned]


def test_lower_case_stem_opens_no_month():
    # constructed: "market", "decline", "may" in lower case hold the stems, and no month name
    text = "Exports may decline in the market by 2021."
    index = P.TriggerIndex(lower_text(text))
    assert index.capital_stems(text, 0, len(text)) == []


def test_find_times_same_with_and_without_index():
    for text in SENTENCES:
        low = lower_text(text)
        with_index = P.find_times(text, 0, len(text), low, P.TriggerIndex(low))
        without = P.find_times(text, 0, len(text), low)
        assert with_index == without


# --- review mend: _bare_month_starts mirrors the words of bare_month's first branch (periods_grammar); a grammar whose
# bare_month opens otherwise turns the anchored matching off (its matches found by the scan, as before)

def _bare_month_pattern():
    from tradeflows.facts.periods_grammar import time_patterns
    return next(p for k, p in time_patterns() if k == "bare_month")


def test_shipped_bare_month_is_read_at_its_words():
    assert P._bare_lead_known(_bare_month_pattern()) is True


@pytest.mark.parametrize("old, new", [
    ("[Dd]uring|", "[Dd]uring|[Tt]hroughout|"),          # a new word before the month: _bare_month_starts lacks it
    ("(?=[IiFfDdTtw", "(?=[IiFfDdTtwx"),                  # a new branch's first letter in the head
    ("(?:week|days)", "(?:week|days|months)"),            # a new word before "of" / "in"
])
def test_another_bare_month_grammar_is_scanned(old, new):
    import re
    src = _bare_month_pattern().pattern
    assert old in src
    assert P._bare_lead_known(re.compile(src.replace(old, new, 1))) is False
