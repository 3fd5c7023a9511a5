"""Extract on real phrasings: every way the corpus writes a money amount, a growth
rate or a share, and the numbers that are not figures.

The phrasing table is data: tests/data/phrasings.tsv, one sentence a row with the
exact figures expected from it, in order, as [kind, value, value_high, currency,
qualifier] (the fields the gold annotations score; see
/work/shared/gold/GUIDELINES.md and data/gold/README.md). Real rows are sentences
of data/raw, joined into one line the way the clean text has them; a row under a
"# synthetic" comment is a made-up news sentence for a phrasing the corpus lacks; a
"# web: <outlet, date>" comment a real sentence of another outlet's page.
A row under "# xfail: <reason>" is one the extractor gets wrong today: its expected
value is still the correct one, and the test is a strict xfail, so a fix shows up
as an XPASS that asks for the mark to go.

Besides the table: raw offsets of every figure on the whole corpus (the way back
to the source), PDF excerpts with glued footnote markers and their 1-based raw
lines, and linear running time on adversarial input.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from tradeflows.text.clean import CleanText, clean_document, clean_text
from tradeflows.ingest.document import load_sources, read_document
from tradeflows.text.layout import BLANK, BODY
from tradeflows.pipeline import figures_of_clean, figures_of_text
from tradeflows.records import Figure

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
TABLE = Path(__file__).resolve().parent / "data" / "phrasings.tsv"
DOCS = {
    "000": "000_523d8aef60cdafc4.txt",  # web page, BelTA
    "001": "001_f541c9b7c73f1bbf.txt",  # PDF book, ~790 footnotes
    "002": "002_d6a3e8bd91e997c9.txt",  # web page, BelTA
    "003": "003_af7687762862a3f2.txt",  # double-spaced PDF with footnotes
    "004": "004_affdc64c0251bbca.txt",  # web page, TCA
}


# --- the phrasing table ---------------------------------------------------------

class Row:
    def __init__(self, lineno: int, sentence: str, expected: list, synthetic: bool, xfail: str | None):
        self.lineno, self.sentence, self.expected = lineno, sentence, expected
        self.synthetic, self.xfail = synthetic, xfail


def load_table(path: Path = TABLE) -> list[Row]:
    """Rows of the TSV; '# synthetic' and '# xfail: <reason>' comments apply to the next row."""
    rows: list[Row] = []
    synthetic, xfail, header_seen = False, None, False
    for lineno, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            note = line[1:].strip()
            if note.startswith(("synthetic", "web:")):
                synthetic = True  # not in data/raw: made up, or a real sentence of another outlet
            elif note.startswith("xfail:"):
                xfail = note[len("xfail:"):].strip()
                assert xfail, f"line {lineno}: an xfail needs a reason"
            continue
        sentence, sep, expected = line.partition("\t")
        assert sep, f"line {lineno}: no tab"
        if not header_seen:
            assert (sentence, expected) == ("sentence", "expected"), f"line {lineno}: header expected"
            header_seen = True
            continue
        rows.append(Row(lineno, sentence, json.loads(expected), synthetic, xfail))
        synthetic, xfail = False, None
    return rows


ROWS = load_table()


def _num(x):
    return None if x is None else float(f"{float(x):.10g}")


def as_rows(figs: list[Figure]) -> list[list]:
    return [[f.kind, _num(f.value), _num(f.value_high), f.currency, f.qualifier] for f in figs]


def norm_expected(expected: list) -> list[list]:
    return [[k, _num(v), _num(h), c, q] for k, v, h, c, q in expected]


def _param(row: Row):
    marks = [pytest.mark.xfail(reason=row.xfail, strict=True)] if row.xfail else []
    tag = "syn" if row.synthetic else "real"
    return pytest.param(row.sentence, row.expected, id=f"L{row.lineno}-{tag}-{row.sentence[:40]}", marks=marks)


@pytest.mark.parametrize("sentence,expected", [_param(r) for r in ROWS])
def test_phrasing(sentence, expected):
    figs = figures_of_text(sentence, doc="t", fmt="web", relate=False)
    assert as_rows(figs) == norm_expected(expected)


def test_table_shape():
    assert len(ROWS) > 100
    real = [r for r in ROWS if not r.synthetic]
    synthetic = [r for r in ROWS if r.synthetic]
    assert len(synthetic) < len(real)
    kinds = {"money", "growth", "share"}
    quals = {"exact", "approx", "more_than", "less_than", "range"}
    for r in ROWS:
        for fig in r.expected:
            kind, value, high, currency, qual = fig
            assert kind in kinds and qual in quals, r.lineno
            assert isinstance(value, (int, float)), r.lineno
            assert (currency is not None) == (kind == "money"), r.lineno
            assert (high is not None) == (qual == "range"), r.lineno
    assert len({r.sentence for r in ROWS}) == len(ROWS), "a sentence is listed twice"


# Every phrasing the table must cover, as it stands in some sentence of it.
PHRASINGS = [
    "$", "US$", "USD 1.5 billion", "108.5 million USD", "€", "EUR 500 million", "Br 646.2 million",
    "Br967 million", "BYN", " dollars", "US dollars", "U.S. dollars", "euros", "Chinese yuan",
    " yuan", "Belarusian rubles", "Russian rubles", "tenge",
    "thousand", "million", "billion", "trillion", "$850k", "$250m", " mn ", "$1.2bn", " mln", " bln",
    "$5.9tn",
    "almost fifty billion dollars", "one and a half billion Chinese yuan", "half a billion dollars",
    "four and a half million euros", "tens of millions of dollars", "hundreds of millions of dollars",
    "one Belarusian ruble", "$ 1.3 billion", "$786.29 billion", "USD 575,000", "$ 51,190.5 thousand",
    "250-300 million dollars", "between 50 and 65 million dollars", "from 60 to 80 percent",
    "from $30.4 million in 2022 to $80.6 million in 2023",
    "almost ", "about ", "nearly ", "around ", "approaching ", "close to ", "over ", "more than ",
    "exceeded ", "exceeding ", "at least ", "just over ", "less than ", "up to ", "under ",
    "$200 million more than a year earlier",
    "increased by 24.9%", "fell by 6.7%", "plus 13 percent", "down 3.2%", "rose 12 percent",
    "a 15% increase", "10.7% more than in 2021", "1.6 times", "by 3.1 times", "1.5-fold",
    "a 2.9-fold increase", "threefold", "fivefold", "increased 37 times", "doubled", "tripled",
    "almost double", "ten times more", "almost twice", "an order of magnitude more",
    "by more than a third", "by another quarter", "increased by almost half", "decreased 2 times",
    "a growth rate of 102.2% compared to", "amounted to 107.9% compared to",
    "at least 120% compared to last year", "(120%)", "the growth rate was 10.2%",
    "49% of the turnover", "over 70% of the output is exported",
    "almost half of the region's industrial production", "about a quarter of transactions",
    "one third of export", "the share of which was almost 81%",
    "in 2022", "5 December", "161 countries", "more than 127 million people", "students",
    "thousand tons", "thousand cubic meters", "16th meeting", "15 th", "P. 3.", "first half of 2024",
    "double taxation", "half of the 50 fastest growing countries", "https://www.belta.by/",
    "-441081-2021/",
]


@pytest.mark.parametrize("phrase", PHRASINGS)
def test_table_covers_phrasing(phrase):
    assert any(phrase in r.sentence for r in ROWS), phrase


@lru_cache(maxsize=None)
def doc(key: str) -> CleanText:
    return clean_document(read_document(RAW / DOCS[key], load_sources(RAW)))


@lru_cache(maxsize=1)
def _corpus_squeezed() -> tuple[str, str]:
    """(clean text, raw text) of every document with all whitespace removed."""
    clean = "".join(doc(k).text for k in DOCS)
    raw = "".join(doc(k).raw for k in DOCS)
    return re.sub(r"\s+", "", clean), re.sub(r"\s+", "", raw)


@pytest.mark.parametrize("row", [r for r in ROWS if not r.synthetic], ids=lambda r: f"L{r.lineno}")
def test_real_rows_come_from_the_corpus(row):
    """A real row is in the clean text (markers removed, words joined), or, for
    citation lines that the clean text lifts out, in the raw text."""
    clean, raw = _corpus_squeezed()
    s = re.sub(r"\s+", "", row.sentence)
    assert s in clean or s in raw, row.sentence


# --- raw offsets on the whole corpus ---------------------------------------------

@lru_cache(maxsize=None)
def corpus_figures(key: str) -> list[Figure]:
    return figures_of_clean(doc(key), DOCS[key], relate=False)


def raw_surface(c: CleanText, start: int, end: int) -> str:
    """raw[start:end] as the figure's surface: lines lifted out of the body (footnote
    blocks, page numbers, URL leftovers) and removed footnote markers dropped,
    line-break hyphens joined, whitespace collapsed."""
    kinds = c.layout.kinds
    parts = []
    for ln in range(c.line_of(start), c.line_of(end - 1) + 1):
        if kinds[ln - 1] not in (BODY, BLANK):
            continue
        ls = c.line_starts[ln - 1]
        le = c.line_starts[ln] - 1 if ln < len(c.line_starts) else len(c.raw)
        a, b = max(start, ls), min(end, le)
        seg = c.raw[a:b]
        for m in c.markers:
            if a <= m.raw_start < b:
                seg = seg[:m.raw_start - a] + " " * (m.raw_end - m.raw_start) + seg[m.raw_end - a:]
        parts.append(seg)
    text = re.sub(r"(?<=[A-Za-z])-[ \t]*\n\s*(?=[a-z])", "", "\n".join(parts))
    return " ".join(text.split())


def test_raw_offsets_give_the_surface_on_the_whole_corpus():
    bad, n = [], 0
    for key in DOCS:
        c = doc(key)
        for f in corpus_figures(key):
            n += 1
            raw = c.raw[f.char_start:f.char_end]
            if raw_surface(c, f.char_start, f.char_end) != f.figure or raw[:1] != f.figure[:1] \
                    or c.line_of(f.char_start) > f.line:
                bad.append((key, f.line, f.figure, raw[:80]))
    assert n > 400
    assert bad == []


# (doc, line, figure surface, raw[char_start:char_end] exactly)
RAW_SAMPLES = [
    ("001", 79, "around $500 million", "around \n$500 million"),
    ("001", 420, "$57.7 thousand", "$57.7 \nthousand"),
    ("001", 751, "more than 500 million dollars", "more \nthan 500 million dollars"),
    ("001", 752, "3.1 times", "3.1 \ntimes"),
    ("001", 2042, "almost twice as much", "almost \ntwice as much"),
    ("001", 4125, "more than one and a half million dollars", "more than one and a half million \ndollars"),
    ("001", 6516, "41.8-fold increase", "41.8-fold \nincrease"),
    ("001", 6735, "$ 6,880.7 thousand", "$\n6,880.7 thousand"),
    ("001", 6734, "$ 51,190.5 thousand", "$ 51,190.5 thousand"),
    ("001", 1531, "Br 646.2 million", "Br 646.2 million"),
    ("001", 13702, "exceeded Br967 million", "exceeded Br967 million"),
    ("001", 12296, "estimated at hundreds of millions of dollars",
     "estimated at \nhundreds of millions of dollars"),
    ("002", 14, "up to $250m", "up to $250m"),
    ("002", 32, "40.5% up", "40.5% up"),
    ("003", 11, "up to $50 billion", "up to $50 \n\nbillion"),
    ("003", 185, "more than 17 percent", "more \n\nthan 17 percent"),
    ("003", 227, "one third", "one \n\nthird"),
    ("003", 2295, "USD 2.1 million", "USD \n\n2.1 million"),
    ("003", 41, "$25 million", "$25 million"),          # raw: "previous year3$25 million"
    ("003", 25, "$2.287 billion", "$2.287 billion"),    # raw: "$2.287 billion2."
]


@pytest.mark.parametrize("key,line,figure,raw", RAW_SAMPLES, ids=lambda v: str(v)[:30])
def test_raw_offsets_samples(key, line, figure, raw):
    c = doc(key)
    figs = [f for f in corpus_figures(key) if f.line == line and f.figure == figure]
    assert figs, (line, figure)
    f = figs[0]
    assert c.raw[f.char_start:f.char_end] == raw
    assert c.line_of(f.char_start) <= line


# --- PDF excerpts: glued footnote markers, raw lines ------------------------------

def _excerpt(key: str, first: int, last: int) -> str:
    return "\n".join(doc(key).raw.split("\n")[first - 1:last])


# 003 lines 15-58: "billion2.", "year3$25 million" and the footnote block 1-3
# (lines 50-57) with its own "$10.3 billion" and "195-do-103-mlrd-441081-2021" URL.
# (kind, value, value_high, currency, qualifier, raw line in the file)
EXCERPT_15_58 = [
    ("growth", 17, None, None, "more_than", 19),        # increased by / more than 17%
    ("money", 20e9, None, "USD", "approx", 19),          # coming close to $20 billion
    ("money", 828e6, None, "USD", "exact", 21),
    ("growth", 24.9, None, None, "exact", 23),
    ("money", 8.023e9, None, "USD", "exact", 23),
    ("growth", 3.8, None, None, "exact", 25),
    ("money", 2.287e9, None, "USD", "exact", 25),        # "$2.287 billion2."
    ("money", 745e6, None, "USD", "exact", 33),
    ("money", 200e6, None, "USD", "exact", 33),          # "$200 million more than a year earlier"
    ("share", 39, None, None, "exact", 35),
    ("share", 33, None, None, "exact", 37),
    ("share", 21, None, None, "exact", 37),
    ("money", 20e6, None, "USD", "exact", 39),
    ("money", 25e6, None, "USD", "exact", 41),           # "previous year3$25 million"
    ("money", 10e6, None, "USD", "more_than", 45),
    ("growth", 100, None, None, "approx", 47),           # "almost twice" ... block ... "as much"
]


def _check_excerpt(raw: str, first: int, figs: list[Figure], expected: list[tuple]):
    assert as_rows(figs) == norm_expected([e[:5] for e in expected])
    assert [f.line + first - 1 for f in figs] == [e[5] for e in expected]
    for f in figs:
        span = raw[f.char_start:f.char_end]
        assert span[:1] == f.figure[:1], (f.figure, span)
        assert span[:1] in "$" or span[:1].isdigit() or span.split()[0].isalpha()
        assert raw.count("\n", 0, f.char_start) + 1 <= f.line  # a qualifier may stand a line earlier


def test_pdf_excerpt_with_footnote_block():
    raw = _excerpt("003", 15, 58)
    figs = figures_of_text(raw, doc="t", fmt="pdf", relate=False)
    _check_excerpt(raw, 15, figs, EXCERPT_15_58)
    by_value = {f.value: f for f in figs}
    # the marker glued in front of "$25" and the one glued after "billion" stay outside the spans
    f25 = by_value[25e6]
    assert raw[f25.char_start - 5:f25.char_end] == "year3$25 million"
    f2287 = by_value[2.287e9]
    assert raw[f2287.char_start:f2287.char_end + 2] == "$2.287 billion2."
    assert all(f.line + 14 < 50 for f in figs), "a figure from the footnote block"


def test_pdf_excerpt_without_footnote_block():
    """Lines 17-25: the marker '2' of "$2.287 billion2." has no footnote in the excerpt."""
    raw = _excerpt("003", 17, 25)
    figs = figures_of_text(raw, doc="t", fmt="pdf", relate=False)
    _check_excerpt(raw, 17, figs[:6], EXCERPT_15_58[:6])


def test_pdf_marker_glued_to_scale_word_without_its_footnote():
    raw = _excerpt("003", 17, 25)
    figs = figures_of_text(raw, doc="t", fmt="pdf", relate=False)
    _check_excerpt(raw, 17, figs, EXCERPT_15_58[:7])


# Linear running time on adversarial input ("1111...", "$$$...") is a timing: `make fuzz`
# checks it (tests/fuzzing.py, ADVERSARIAL), as no unit test may time the code.


def test_double_digits_is_no_multiple():
    # english.hani.co.kr, 2023-01-03: "grew by double digits — 14.5%": a count of digits, not a doubling
    from tradeflows.pipeline import figures_of_text
    figs = figures_of_text("Exports to the United States, on the other hand, grew by double digits — 14.5% — surpassing"
                           " US$100 billion for the first time ever.", "page", "web")
    assert [f.figure for f in figs] == ["14.5%", "surpassing US$100 billion"]


@pytest.mark.parametrize("sentence, expected", [
    # fractions beyond half, third and quarter (vocab/en/numbers.csv): "three-fourths of", "by a fifth"
    # (ft.lk, 9 May 2013: "Exports drop 8.1% in 1Q")
    ("The latest external performance data by the Central Bank showed yesterday that earnings from exports "
     "declined by 2.8% year-on-year in March 2013, as earnings from industrial exports, which account for "
     "about three-fourths of total export earnings, declined.",
     [("growth", "2.8%", -2.8), ("share", "about three-fourths", 75.0)]),
    # (a quoted press statement in a public test suite)
    ("The issuer stated that shipments rose by a fifth over the reporting period.", [("growth", "a fifth", 20.0)]),
])
def test_fractions_in_words(sentence, expected):
    got = [(f.kind, f.figure, f.value) for f in figures_of_text(sentence, "t.txt", fmt="web", relate=False)]
    assert got == expected
