"""Session 46, speed of the clean stage (2): the cheaper paths give exactly what the patterns they stand for give.

citations._title_end stands for _TITLE_END.search(body).start(); join_citation_lines folds spaces with str.split
where the regex sub did; parse_citation skips the imprint year (_imprint_year) where none of its words is, and reads the first year
with search instead of findall (the dump of every eval set's predictions was byte-identical before and after)."""
import random
import re
from pathlib import Path

import pytest

from tradeflows.text import citations as C
from tradeflows.text.layout import classify

ROOT = Path(__file__).resolve().parent.parent

# (http://globalauthorid.com/WebPortal/ArticleView?wd=16593623221064C0F8E0EA10DB876E4700A6CE25EF259F1FB3E4E76B08793617)
_REFERENCE = ("4. Emelianchenko Ya.V., Voronkova A.V., 2014. Razvitie vneshney torgovli Respubliki Belarus so stranami "
              "Azii i Afriki [Development of Foreign Trade of the Republic of Belarus with the Countries of Asia and "
              "Africa]. Shadurskiy V.G. et al., eds. Belarus v sovremennom mire: materialy XIII Mezhdunar. konf., "
              "30 okt. 2014 g. Minsk, Izdatelskiy tsentr BGU, pp. 197-199.")

_ODD = [
    "", " ", "a", "Title", "Title // Journal. - 2019. - P. 4", "Title  /  A. Author", "Title\u00a0/\u00a0A. B.",
    "Title / A. B.", "Title/ A", "Title -  2019", "Title - – 2019", "Title -\t2019", "Title -2019", "x -  1999 y",
    "Trade [Electronic resource]. - URL: https://x.by/a-b/c - 2020", "Trade. - Minsk, 2019.", "a . - b",
    "a.  -  b", "a.-b", "  lead // x", "//x", "x//", " / ", "\u2003/\u2003x", "Name.\n- x", "BelTA. - 19.09.2019",
    "A - 20 19", "A -\u00a0– 2021", "Publishing house LTD, 2008", "Biznesofset,\n2005", "LTD. 2001, x",
]


def _old_title_end(body):
    m = C._TITLE_END.search(body)
    return m.start() if m else None


def _as_always_folded(lines):
    """join_citation_lines as before the shortcut, which folded every citation by _SPACES: folding is idempotent, so
    the shortcut is exact where folding its result changes nothing (no copy of the joining loop kept here)."""
    return C._SPACES.sub(" ", C.join_citation_lines(lines))


def _old_year(body, title, url):
    year = None
    for pattern in (C._YEAR_AFTER_DASH, C._imprint_year()[1]):
        y = pattern.search(body)
        if y:
            year = int(y.group(1))
            break
    if year is None and url:
        y = C._URL_YEAR.search(url)
        year = int(y.group(1)) if y else None
    if year is None:
        years = C._ANY_YEAR.findall(body[len(title):])
        year = int(years[0]) if years else None
    return year


def _fuzz(n=3000, seed=46):
    rnd = random.Random(seed)
    alphabet = ["a", "T", " ", "  ", "/", "//", "-", "–", ".", ",", "\u00a0", "\t", "19", "20", "2019", "5", "[",
                "[Electronic", "LTD", "Minsk", "Publishing", "\n", "\u2003"]
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


def _bench_citations():
    out = []
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        lines = path.read_text(errors="replace").split("\n")
        out.extend(classify(lines, "pdf").citations.values())
    return out


@pytest.mark.parametrize("body", _ODD + [_REFERENCE])
def test_title_end_is_the_pattern_start(body):
    assert C._title_end(body) == _old_title_end(body)


def test_title_end_fuzz():
    for body in _fuzz():
        assert C._title_end(body) == _old_title_end(body), repr(body)


@pytest.mark.parametrize("lines", [
    ["1 Title  here", "and  there"], ["a", "", "b"], ["", "a  b"], ["a  b", ""], ["a\t b", "c"], ["a\u00a0\u00a0b"],
    ["x -", "y  z"], ["http://a/", "b  c"], [" a ", " b "], ["a", "   ", "b  c"], [_REFERENCE],
    _REFERENCE.split(", "),
])
def test_join_citation_lines_folds_as_the_regex(lines):
    assert C.join_citation_lines(lines) == _as_always_folded(lines)


def test_join_citation_lines_fuzz():
    rnd = random.Random(7)
    pieces = _fuzz(600, seed=8)
    for _ in range(2000):
        lines = [rnd.choice(pieces) for _ in range(rnd.randint(1, 4))]
        assert C.join_citation_lines(lines) == _as_always_folded(lines), repr(lines)


def test_citation_years_as_before():
    cits = _bench_citations()
    assert len(cits) > 800
    for cit in cits + [C.parse_citation(4, [_REFERENCE], 0, 0)]:
        body = C._LEADING_NUMBER.sub("", cit.text, count=1)
        assert cit.year == _old_year(body, cit.title, cit.url)
        assert cit.title == (body[:_old_title_end(body)] if _old_title_end(body) is not None
                             else body).strip(" .-–")
    ref = C.parse_citation(4, [_REFERENCE], 0, 0)
    # (no dash before its year, no comma after "Minsk" before one, the title runs to its end: undated, as before)
    assert ref.year is None and ref.title == _REFERENCE[3:].rstrip(".")


def test_year_fuzz():
    for body in _fuzz():
        cit = C.parse_citation(1, [body], 0, 0)
        b = C._LEADING_NUMBER.sub("", cit.text, count=1)
        assert cit.year == _old_year(b, cit.title, cit.url), repr(body)


# --- markers._digit_runs stands for _DIGIT_RUN.finditer (\d+) ----------------------------------------------------

from tradeflows.text import markers as M  # noqa: E402


def _old_runs(text):
    return [m.span() for m in M._DIGIT_RUN.finditer(text)]


@pytest.mark.parametrize("text", [
    "", "1", "a", "?", "1?", "?1", "a1b22c333", "12 345,6 and 7.5%", "x“2019”y", "é1é22", "٣4", "4٣", "a ١٢ b",
    "１２ full-width", "12\n3\t4\u00a05", "\ud800 3 surrogate", "𝟘 7 math digit", "¹²³ superscripts 4", "end 9",
    # (https://vdocument.in/2019-international-trade-statistics-yearbook-11-bln-us-while-its-imports-of-services.html)
    "2019 international trade statistics yearbook1.1 bln us$, while its imports of services increased\n\n396\n"
    "  • ST/ESA/STAT/SER.G/68 (Vol. I)",
    # (https://docslib.org/doc/5533128/world-trade-statistical-review-2019)
    "A message from Director-General Roberto Azevêdo 5\n\nII. Highlights of world trade 6 World merchandise trade "
    "in 2018 8",
])
def test_digit_runs_are_the_pattern_runs(text):
    assert M._digit_runs(text) == _old_runs(text)


def test_digit_runs_fuzz_and_many_far_characters():
    rnd = random.Random(46)
    alphabet = ["1", "23", "a", " ", "?", "“", "é", "٣", "１", "\n", ".", "€", "ё"]
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20)))
        assert M._digit_runs(text) == _old_runs(text), repr(text)
    cyrillic = "экспорт вырос на 12,5% до 3 млрд долларов " * 300     # past _FAR_READ: read with \d+
    assert M._digit_runs(cyrillic) == _old_runs(cyrillic)
    assert M._digit_runs(cyrillic + "٣") == _old_runs(cyrillic + "٣")


def test_digit_runs_on_the_bench_corpus():
    from tradeflows.text.clean import clean_text
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        text = clean_text(path.read_text(errors="replace"), "pdf").text
        assert M._digit_runs(text) == _old_runs(text)


# --- sentences.split_sentences: the per-boundary reads made once (old code kept below as the reference) ----------

from tradeflows.text import sentences as S  # noqa: E402


def _old_split(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of text[start:end], in text coordinates."""
    end = len(text) if end is None else end
    abbrev = S.abbreviations()
    joined = S._joined()
    spans, s = [], start
    runs = [m for m in S._HEADING_RUN.finditer(text, start, end)] if ") The" in text[start:end] else []
    for m in (sorted(list(S._BOUNDARY.finditer(text, start, end)) + runs, key=lambda m: m.start()) if runs
              else S._BOUNDARY.finditer(text, start, end)):
        if m.re is S._HEADING_RUN:
            if m.start(1) > s:
                spans.append((s, m.start(1)))
                s = m.end(1)
            continue
        head = text[max(s, m.start() - 40): m.start() + 1]
        # the token is the stretch's last whitespace-free chunk (read alone: the same match, fast)
        chunk = text[max(s, m.start() - 40): m.start() + len(m.group().split()[0])].rsplit(None, 1)
        tok = S._TOKEN_BEFORE.search(chunk[-1]) if chunk else None
        word = tok.group(1) if tok else ""
        word = word.lstrip("(\"“«[")
        if word not in joined and word.rpartition(".")[2] in joined:
            word = word.rpartition(".")[2]   # "85,1 млн.дол. США": the abbreviation glued to a scale's dot
        elif word[:1].isdigit() and word not in joined and S._GLUED_COUNT.sub("", word) in joined:
            # "составил 1млрд. 72 млн. долларов США" (kabar.kg): the scale's abbreviation glued to its count is the
            # abbreviation, one amount with the part after it (rule glued_scale_count)
            word = S._GLUED_COUNT.sub("", word)
        glued = not m.group(1)[:1].isspace()
        if (word in abbrev and not (glued and word.lower() in S._SCALE_ABBREVIATIONS
                                    and not (word in joined and text.startswith(joined[word], m.end(1))))) \
                or S._INITIALS.match(word):
            # (a scale's abbreviation glued to a capitalised word ends its sentence: "вырос на 20,6%, до $34,129
            # млрд.Отмечается, что ...", a page that lost the space after the full stop)
            continue
        if word in joined and (text.startswith(joined[word], m.end(1))
                               or ("#" in joined[word] and text[m.end(1):m.end(1) + 1].isdecimal())):
            continue   # ("долл. США"; "#": a digit, "2 млрд. 342 млн. долларов")
        if head.endswith("<...") or text[m.start() - 1: m.start()] == "<":
            continue
        spans.append((s, m.start(1)))
        s = m.end(1)
    if s < end and text[s:end].strip():
        spans.append((s, end))
    return spans


_SENTENCES = [
    # (https://www.vrt.be/vrtnws/en/2020/11/16/recovery-in-foreign-trade-underway/)
    "Figures for September were still down compared with a year ago, but only by 7.4%. Imports too remain lower "
    "than a year ago but here too the three-month average is showing a recovery.",
    "Exports rose 5 p.c. to U.S. buyers. The rest (BLNS) The R12-billion surplus <...> went on. Then <x. Also.",
    "вырос на 20,6%, до $34,129 млрд.Отмечается, что рост. составил 1млрд. 72 млн. долларов США. Далее 5 млрд. 342 "
    "млн. долларов. Итог.",
    "V.I.Kozlov said. No. 1 is here. Jan. 5 it was. A.B. Smith. “Yes.” And ... “Then.” End!", ". A", "x.A b",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_split_sentences_as_before(text):
    assert S.split_sentences(text) == _old_split(text)
    assert S.split_sentences(text, 3, len(text) - 2) == _old_split(text, 3, len(text) - 2)


def test_split_sentences_fuzz():
    rnd = random.Random(46)
    pieces = [" ", "  ", ".", ". ", "!", "?", "”", "\"", ")", "(", "<", "<...", "Rs", "млрд", "долл", "США", "A",
              "B.", "The", "trade", "1", "2019", "bn", "x", "\n", "\u00a0", "Jan", "No", "U.S", "Отмечается", "5млрд"]
    for _ in range(6000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        assert S.split_sentences(text) == _old_split(text), repr(text)


def test_split_sentences_of_the_bench_corpus():
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        c = CL.clean_text(path.read_text(errors="replace"), "pdf")
        for s, e in c.paragraphs:
            assert S.split_sentences(c.text, s, e) == _old_split(c.text, s, e)


# --- clean._join_body joins ordinary PDF lines without _paragraph_ends ------------------------------------------

from tradeflows.text import clean as CL  # noqa: E402


def _ordinary(prev, nxt, width):
    """The shortcut's test in _join_body (a body line right after a body line)."""
    return (len(prev) >= 0.8 * width and prev[-1:] != "-" and prev[:1] not in CL._BULLET_CHARS
            and nxt[:1] not in CL._BULLET_CHARS)


def test_ordinary_lines_end_no_paragraph_fuzz():
    rnd = random.Random(46)
    words = ["trade", "Exports", "rose.", "by", "5%", "-", "co-", "“Belarus", "•", "* x", "(", "etc.", "2019", ",",
             "A", "in", "the", "of", "US$1", ":", "?"]
    checked = 0
    for _ in range(20000):
        width = rnd.choice([20, 40, 65, 80])
        prev, nxt = (" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 14))) for _ in "ab")
        if _ordinary(prev, nxt, width):
            checked += 1
            assert not CL._paragraph_ends(prev, nxt, width, False, "pdf"), (prev, nxt, width)
            assert not CL._ends_word_break(prev)
    assert checked > 3000


def test_ordinary_lines_of_the_bench_corpus_end_no_paragraph():
    checked = 0
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        lines = path.read_text(errors="replace").split("\n")
        stripped = [ln.strip() for ln in lines]
        lay = classify(lines, "pdf", None, stripped)
        width = CL._typical_width(stripped, lay.kinds)
        for i in range(1, len(lines)):
            if lay.kinds[i - 1] == lay.kinds[i] == "body" and _ordinary(stripped[i - 1], stripped[i], width):
                checked += 1
                assert not CL._paragraph_ends(stripped[i - 1], stripped[i], width, False, "pdf")
    assert checked > 5000


def test_join_of_a_wrapped_page():
    # (https://www.vrt.be/vrtnws/en/2020/11/16/recovery-in-foreign-trade-underway/, wrapped as a PDF's lines)
    raw = ("Figures for September were still down compared with a year ago, but\n"
           "only by 7.4%. Imports too remain lower than a year ago but here too\n"
           "the three-month average is showing a recovery.\n")
    c = CL.clean_text(raw, "pdf")
    assert c.text == ("Figures for September were still down compared with a year ago, but only by 7.4%. Imports "
                      "too remain lower than a year ago but here too the three-month average is showing a recovery.")
    # every character maps to itself in the raw text, a joining space to the raw line break
    assert all(raw[c.offsets[i]] == ch or (ch == " " and raw[c.offsets[i]] == "\n") for i, ch in enumerate(c.text))
    assert [raw[c.offsets[i]] for i, ch in enumerate(c.text) if ch == " "].count("\n") == 2
