"""Session 46, speedC3: the clean stage cheaper, its output the same (text/sentences.py, text/clean.py).

split_sentences reads the token before a boundary by two rstrips instead of _TOKEN_BEFORE's lazy search, and the
punctuation's end from group 1's start instead of m.group().split(); _join_body reads a line's content at its start
by startswith before str.find. The spans below are those the code before the change gave (checked on both)."""

import pytest

from tradeflows.text.clean import clean_text
from tradeflows.text.sentences import _TOKEN_BEFORE, split_sentences

# https://www.actionforex.com/live-comments/447646-us-exports-of-goods-and-services-rose-3-5-mom-in-apr-imports-dropped-3-4-mom/
ACTIONFOREX = ("US exports of goods and services rose 3.5% mom to USD 252.6B in April. Imports dropped -3.4% mom to "
               "USD 339.7B. Trade deficit narrowed from USD 107.7B to USD 87.1B, versus expectation of USD 89.3B.")


@pytest.mark.parametrize("text, spans", [
    (ACTIONFOREX, [(0, 70), (71, 111), (112, 197)]),
    # a closing quote glued to the stop
    ('Exports rose 5.1 percent." The deficit with Mexico was $3.6 billion.', [(0, 26), (27, 68)]),
    # an orphan quote after the space; a bracket closing after the stop; a token of stops alone ("...")
    ('Exports rose 5.1 percent. " The deficit narrowed (see below).) Imports fell ... ?! "Next" came.',
     [(0, 27), (28, 62), (63, 82), (83, 95)]),
    ("The goods deficit with Japan rose to $6.1 billion (Exhibit 3). The deficit with Canada fell. ... ?) Then more.",
     [(0, 62), (63, 99), (100, 110)]),
    # initials and an abbreviation end no sentence; glued full stops do
    ("Trade with the E.U. grew. Mr. J.K. Smith said so.Trade was up 3.2% in 2016.According to the bureau, it rose.",
     [(0, 25), (26, 49), (49, 75), (75, 108)]),
])
def test_split_sentences_spans(text, spans):
    assert split_sentences(text) == spans


@pytest.mark.parametrize("token", ["billion.", "U.S.", 'percent."', "below).)", "...", "?!", ").", "a.)", "млн.»",
                                   "x?)."])
def test_two_rstrips_read_the_token_as_the_lazy_search(token):
    rstripped = token.rstrip("\"”’»)").rstrip(".!?")
    m = _TOKEN_BEFORE.search(token)
    if rstripped:
        assert rstripped == m.group(1)
    else:   # stops and closers alone: left to the regex
        assert m.group(1) == token[:1]


def test_join_offsets_of_indented_lines():
    # http://eot.us.archive.org/eot/20170218043053/http://globalreach.blogs.census.gov/ (2016 summary), as two indented PDF lines: offsets from the content's start
    raw = ("  For 2016, the goods and services deficit was $502.3 billion, up $1.9 billion from $500.4 billion in\n"
           "\t2015. Exports were $2,209.4 billion in 2016, down $51.7 billion from 2015.\n")
    ct = clean_text(raw, "pdf")
    assert ct.text.startswith("For 2016, the goods") and ct.text.endswith("from 2015.")
    assert list(ct.offsets[:3]) == [2, 3, 4]
    assert ct.offsets[ct.text.index("2015. Exports")] == raw.index("2015. Exports")
    assert ct.offsets[len(ct.text) - 1] == 176
    assert ct.sentences == [(0, 105), (106, 174)]


def test_footnote_block_url_and_page_number_lines():
    # a footnote block whose citation runs onto an URL line, then the page number and an URL leftover
    from tradeflows.text.layout import FOOTNOTE, PAGE_NO, URL_LEFTOVER, classify_pdf
    lines = ["Exports to the EU rose, as the bureau said.1", " " * 24,
             "1 U.S. Census Bureau [Electronic resource]. URL: ",
             "https://www.census.gov/foreign-trade/statistics/",
             "12", "trade-balance-report.html", " The next page opens here."]
    lay = classify_pdf(lines)
    assert lay.kinds[2:6] == [FOOTNOTE, FOOTNOTE, PAGE_NO, URL_LEFTOVER]
    assert lay.kinds[6] == "body" and lay.blocks == [(2, 5)]
    assert lay.citations[1].line_start == 3
