"""Layout: sort the raw lines of a document into body and non-body.

PDF-extracted books interleave the body with footnote blocks, page numbers and
URL leftovers; web pages wrap the article in menus and calendars. This module
decides, line by line, what belongs to the body, and lifts out the footnote
blocks with their citations. It only classifies; joining lines is clean.py's job.

Footnote blocks are found by three cues that hold across PDF extractions: a
block follows a blank or separator line, opens with the next citation number
in sequence (footnotes are numbered through the document), and carries citation
features (URL, "[Electronic resource]", publisher). A block runs until the
next page starts: a line that begins with a space, or body text after the page
number and URL leftovers.

A file that knows its layout says so in line hints (ingest: a PDF's footnotes by
font size, its page numbers and running heads by position); they replace the
guessing wherever they are given.
"""
from __future__ import annotations

import operator
import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress, count
from dataclasses import dataclass, field

from tradeflows.text.citations import Citation, parse_citation
from tradeflows.vocab.boilerplate import STORY_WORDS, boilerplate
from tradeflows.vocab import read_lines

BODY, BLANK, FOOTNOTE, PAGE_NO, URL_LEFTOVER, BOILERPLATE, SEPARATOR = (
    "body", "blank", "footnote", "page_number", "url", "boilerplate", "separator")

# A citation line opens with its number, glued or spaced: "2Belarus and Iran",
# "10 Minsk is", "773Uzbek". Not a figure: no %, decimal, or unit after it.
_CITE_START = re.compile(r"^\s?(\d{1,4})\s{0,2}(?:[\\.]\s+)?(?=[A-Z“\"«(\[])")
# A citation line's features: "[Electronic resource]", "URL:", an address, ".html", "Publishing", "//", " / A.", "P. 12",
# "- 2019. -", a publisher's city before its colon ("Minsk :", vocab/en/citation_imprint_cities.txt), "in Russian", a
# line opening on "Ibid". _cite_literal holds the alternatives that open on a literal (the \b of "P. 12" and "in
# Russian" read behind the letter), the spaced slash and the "Ibid" that opens a line are patterns of their own, so
# that sre can skip ahead in each (it runs on most PDF lines); a line has a feature when one of them finds it
# (_cite_feature asks only whether one is found, not where: "resource]", "http://", "https://" and "www." are found at
# their rarer "]", ":" or ".", read behind it, so that the pattern is not entered at every "r", "h" and "w" of a line
# of prose; "in Russian" apart, searched only in a line with "Russian")
@lru_cache(maxsize=1)
def _cite_literal() -> re.Pattern:
    """The literal-opening features of a citation line, the imprint cities read once per process."""
    cities = "".join(rf"|{re.escape(c)}\s*:" for c in read_lines("citation_imprint_cities.txt"))
    return re.compile(
        r"\[Electronic|\](?<=resource\])|URL\s*:|:(?<=http:)//|:(?<=https:)//|\.(?<=www\.)|\.html|Publishing|//\s|"
        + "|".join(rf"{c}(?<=\b{c})\.\s*\d+" for c in "PСC\ufffd")
        + r"|-\s*–?\s*(?:19|20)\d\d\s*\.\s*-" + cities)


_CITE_IN_RUSSIAN = re.compile(r"i(?<=\bi)n\s+Russian\b")
_CITE_SLASH = re.compile(r"\s/\s[A-Z]\.")
_CITE_IBID = re.compile(r"\s?\d{1,4}\s?Ibid")


def _cite_feature(line: str) -> bool:
    """Whether the line holds a citation's feature (see _cite_literal). (_CITE_SLASH is searched only in a line with a
    "/": it enters the pattern at every space of a line, where str's own search reads the line for one character.)"""
    return (_cite_literal().search(line) is not None or ("/" in line and _CITE_SLASH.search(line) is not None)
            or _CITE_IBID.match(line) is not None
            or ("Russian" in line and _CITE_IN_RUSSIAN.search(line) is not None))


def _cite_start(line: str) -> re.Match | None:
    """_CITE_START.match(line), asked only where its digits may stand: the line's first character, or its second after
    a space (isdigit holds for every character \\d matches); most lines of a footnote block go on a citation in words."""
    return _CITE_START.match(line) if line[:1].isdigit() or line[1:2].isdigit() else None


# How far the numbering may jump where a citation was lost in extraction.
_MAX_SKIP = 30
# An URL fragment left on its own line: no spaces inside, slug-like.
_URL_ONLY = re.compile(r"^\s*(?:https?://\S+|[\w.%~-]*[a-z0-9]-[\w.%~/-]*/?)\s*$")
_UNNUMBERED_START = re.compile(r"^[“\"«]?\s?[A-Z]")
_PAGE_NO = re.compile(r"^\s*\d{1,4}\s*$")
_SEPARATOR = re.compile(r"^ {20,}$")
_TWENTY_SPACES = " " * 20
_NAME_LINE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2}$")
_OUTLET_LINE = re.compile(r"^[A-Z]{2,10}$")


@dataclass
class Layout:
    kinds: list[str]                       # one per raw line
    citations: dict[int, Citation] = field(default_factory=dict)
    blocks: list[tuple[int, int]] = field(default_factory=list)  # 0-based line ranges, inclusive
    double_spaced: bool = False


_boilerplate = boilerplate   # (vocab/boilerplate.py; the PDF reader uses it too)


def is_double_spaced(lines: list[str]) -> bool:
    """True where a blank line follows nearly every text line (PDF double spacing)."""
    text_lines = [i for i, ln in enumerate(lines[:-1]) if ln.strip()]
    if len(text_lines) < 20:
        return False
    followed = sum(1 for i in text_lines if not lines[i + 1].strip())
    return followed / len(text_lines) > 0.7


def _has_features(lines: list[str], start: int, n: int = 4) -> bool:
    return any(_cite_feature(lines[j]) for j in range(start, min(start + n, len(lines))))


def _with_citations(lay: Layout, lines: list[str],
                    cite_lines: list[tuple[int, list[int]]]) -> Layout:
    """lay with each numbered citation parsed from its lines (the first of a number wins)."""
    for number, idx in cite_lines:
        cit = parse_citation(number, [lines[j] for j in idx], idx[0], idx[-1])
        lay.citations.setdefault(number, cit)
    return lay


def _double_spaced(nonblank: list[bool]) -> bool:
    """is_double_spaced read off the lines' non-blank flags: text lines (the last line aside) and those
    of them a blank line follows (a > b of two bools: a and not b), counted in C."""
    text_lines = sum(nonblank[:-1])
    if text_lines < 20:
        return False
    return sum(map(operator.gt, nonblank[:-1], nonblank[1:])) / text_lines > 0.7


_KIND_OF_NONBLANK = {False: BLANK, True: BODY}


def classify_pdf(lines: list[str], stripped: list[str] | None = None) -> Layout:
    """`stripped`: the lines stripped (clean_text strips them once for this and the join)."""
    if stripped is None:
        stripped = [ln.strip() for ln in lines]
    nonblank = list(map(bool, stripped))    # (s != "" of each, in C)
    # (a dict's __getitem__ is a plain builtin, where the tuple's is a slot wrapper called through its descriptor)
    kinds = list(map(_KIND_OF_NONBLANK.__getitem__, nonblank))
    blanks = list(compress(count(), map(operator.not_, nonblank)))   # the blank lines' indexes
    lay = Layout(kinds=kinds, double_spaced=_double_spaced(nonblank))
    expected = 1
    i, n = 0, len(lines)
    # a separator is a blank line: only blank lines are read for one
    is_sep = [False] * n
    seps = [k for k in blanks if lines[k][:20] == _TWENTY_SPACES and _SEPARATOR.match(lines[k]) is not None]
    for k in seps:
        is_sep[k] = True
    # The lines the loop below reads for a block: a separator, a line after one (two lines on) or, single
    # spaced, the first line and a line after a blank one (prev_gap below). Every other line is only
    # tested for a page number, so the loop jumps from one such line to the next (`gaps`) and marks the
    # page numbers it passes (`pages`: _PAGE_NO holds; those lines are non-blank, so still BODY there:
    # no line at or past the loop's i has been given a kind yet).
    gaps = {j for k in seps for j in (k, k + 1, k + 2) if j < n}
    if not lay.double_spaced:
        gaps.update(k + 1 for k in blanks if k < n - 1)
        if n:
            gaps.add(0)
    gaps = sorted(gaps)
    pages = [k for k in compress(count(), map(str.isdecimal, stripped)) if _PAGE_NO.match(lines[k])]
    cite_lines: list[tuple[int, list[int]]] = []  # (number, line indexes)
    while i < n:
        nxt = gaps[bisect_left(gaps, i)] if gaps and gaps[-1] >= i else n
        if nxt > i:   # no block starts or goes on right after a text line: page numbers only
            for k in pages[bisect_left(pages, i): bisect_left(pages, nxt)]:
                kinds[k] = PAGE_NO
            i = nxt
            if i >= n:
                break
        line = lines[i]
        if is_sep[i]:
            kinds[i] = SEPARATOR
            i += 1
            continue
        after_separator = (i >= 1 and is_sep[i - 1]) or (i >= 2 and is_sep[i - 2])
        m = _cite_start(line)
        starts = (m is not None and expected <= int(m.group(1)) <= expected + _MAX_SKIP
                  and (after_separator or _has_features(lines, i)))
        next_line = lines[i + 1] if i + 1 < n else ""
        continues = (not starts and bool(cite_lines) and not line.startswith(" ")
                     and (_cite_feature(line) or _URL_ONLY.match(line) is not None
                          or (next_line.strip() and _cite_feature(next_line))))
        if not (starts or continues):
            if kinds[i] == BODY and stripped[i].isdecimal() and _PAGE_NO.match(line):
                kinds[i] = PAGE_NO
            i += 1
            continue
        # A footnote block: runs to the start of the next page.
        block_start = i
        tail = False  # past the page number: only URL leftovers and blanks remain
        after_blank = False
        while i < n:
            line, content = lines[i], stripped[i]
            if not content:   # (a separator is blank too)
                kinds[i] = BLANK
                after_blank = not lay.double_spaced
                i += 1
                continue
            m = _cite_start(line)
            is_cite = m is not None and expected <= int(m.group(1)) <= expected + _MAX_SKIP
            # (exact prefilters on the stripped line: _URL_ONLY's match is the stripped line, no space inside;
            # _PAGE_NO's is decimal digits alone; each read once here)
            url_only = " " not in content and _URL_ONLY.match(line) is not None
            page_no = content.isdecimal() and _PAGE_NO.match(line) is not None
            if line.startswith(" ") and not (is_cite and line[1:2].isdigit()) and not url_only:
                break
            if (after_blank and not (is_cite or url_only or page_no
                                     or _cite_feature(line))):
                break  # body resumes after a blank line
            after_blank = False
            if page_no:
                kinds[i] = PAGE_NO
                tail = True
            elif tail:
                if not url_only:
                    break
                kinds[i] = URL_LEFTOVER
            elif is_cite and not url_only:
                number = int(m.group(1))
                cite_lines.append((number, [i]))
                expected = number + 1
                kinds[i] = FOOTNOTE
            elif i == block_start and _UNNUMBERED_START.match(line):
                # a citation that lost its number in extraction: numbering is sequential
                cite_lines.append((expected, [i]))
                expected += 1
                kinds[i] = FOOTNOTE
            else:
                if cite_lines:
                    cite_lines[-1][1].append(i)
                kinds[i] = FOOTNOTE
            i += 1
        end = i - 1
        while end > block_start and kinds[end] == BLANK:
            end -= 1
        lay.blocks.append((block_start, end))
    return _with_citations(lay, lines, cite_lines)


def classify_web(lines: list[str], stripped: list[str] | None = None) -> Layout:
    """`stripped`: the lines stripped (clean_text strips them once for this and the join)."""
    drop, stop = _boilerplate()
    if stripped is None:
        stripped = [ln.strip() for ln in lines]
    kinds = [BODY if s else BLANK for s in stripped]
    stopped = story = False
    for i, s in enumerate(stripped):
        if not s:
            continue
        if stopped or (story and stop.fullmatch(s)):
            kinds[i] = BOILERPLATE
            stopped = True
        elif drop.fullmatch(s) or _is_date_only(s) or stop.fullmatch(s):
            # (a stop line above the story's first sentence is dropped alone: a "Most read" list above an article)
            kinds[i] = BOILERPLATE
        elif _NAME_LINE.match(s) and _next_text(lines, i, _OUTLET_LINE):
            kinds[i] = BOILERPLATE  # author byline: the rest is bio and links
            stopped = True
        elif len(s.split()) >= STORY_WORDS:
            story = True
    return Layout(kinds=kinds)



def _next_text(lines: list[str], i: int, pattern: re.Pattern) -> bool:
    for j in range(i + 1, min(i + 4, len(lines))):
        if lines[j].strip():
            return pattern.match(lines[j].strip()) is not None
    return False


_DATE_ONLY = re.compile(r"^\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}$|^[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$")


def _is_date_only(s: str) -> bool:
    return _DATE_ONLY.match(s) is not None


def classify_hinted(lines: list[str], hints) -> Layout:
    """Layout of a PDF whose reader marked the footnote lines (by font size): no guessing
    from the text; footnote runs are the blocks, a line opening with a number starts a
    citation and the lines after it continue it."""
    kinds = [BLANK if not ln.strip() else (hints[i] or BODY) for i, ln in enumerate(lines)]
    body = [ln if k == BODY else "" for ln, k in zip(lines, kinds)]
    lay = Layout(kinds=kinds, double_spaced=is_double_spaced(body))
    cite_lines: list[tuple[int, list[int]]] = []
    block_start = None
    expected = 1
    for i, kind in enumerate(kinds + [BODY]):
        if kind == FOOTNOTE:
            if block_start is None:
                block_start = i
            m = _CITE_START.match(lines[i])
            if m and (not cite_lines or int(m.group(1)) >= expected):
                cite_lines.append((int(m.group(1)), [i]))
                expected = int(m.group(1)) + 1
            elif cite_lines:
                cite_lines[-1][1].append(i)
        elif kind not in (BLANK,) and block_start is not None:
            end = i - 1
            while end > block_start and kinds[end] != FOOTNOTE:
                end -= 1
            lay.blocks.append((block_start, end))
            block_start = None
    return _with_citations(lay, lines, cite_lines)


def classify(raw_lines: list[str], fmt: str, hints=None, stripped: list[str] | None = None) -> Layout:
    """Kinds of the raw lines. `hints` (per line: None or a kind) come from what the file
    itself knows (a PDF's font sizes and page positions) and override guessing: with
    footnote hints the PDF layout is read from them alone; other hints (page numbers,
    running heads) mark their lines and leave the rest to the text cues."""
    if hints and len(hints) == len(raw_lines):
        if fmt == "pdf" and FOOTNOTE in hints:
            return classify_hinted(raw_lines, hints)
        lay = classify_pdf(raw_lines, stripped) if fmt == "pdf" else classify_web(raw_lines, stripped)
        for i, h in enumerate(hints):
            if h and raw_lines[i].strip():
                lay.kinds[i] = h
        return lay
    return classify_pdf(raw_lines, stripped) if fmt == "pdf" else classify_web(raw_lines, stripped)
