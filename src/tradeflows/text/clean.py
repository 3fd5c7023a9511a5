"""Clean: the body of a document as clean text, with a map back to the raw text.

Every character of the clean text carries the offset of the raw character it
came from (joins map to the raw line break, a space left by a removed marker
maps to the marker), so any span found later maps back to the raw file and
its line. Footnote reference markers are removed from the body and linked to
their citations, which date quotes for later stages.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, count, compress
from operator import add

from tradeflows.text.citations import Citation
from tradeflows.text.layout import BLANK, BODY, Layout, classify
from tradeflows.text.markers import find_bracket_references, find_markers, remove_markers
from tradeflows.text.scan import scan_copy
from tradeflows.text.sentences import ends_on_abbreviation, split_sentences
from tradeflows.vocab import read_lines
from tradeflows.vocab.skip import skip_compile

_SPACES = skip_compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")
# Line-end tests on stripped lines: read the last characters instead of a regex
# search, which would scan the whole line.
_TERMINAL_CHARS = frozenset('.!?:;"”»')
_WORD_BREAK_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя")


def _ends_terminal(s: str) -> bool:
    """The line ends with sentence or clause punctuation (trailing spaces aside)."""
    return s.rstrip()[-1:] in _TERMINAL_CHARS


def _ends_word_break(s: str) -> bool:
    """The line ends with a hyphen right after a letter ("coopera-")."""
    return len(s) >= 2 and s[-1] == "-" and s[-2] in _WORD_BREAK_LETTERS
_LAST_TOKEN = skip_compile(r"(\S+)$")
_SUSPENDED = skip_compile(r"(?:and|or)\b")


@lru_cache(maxsize=1)
def hyphen_prefixes() -> frozenset[str]:
    """Prefixes that keep their hyphen at a line end (vocab/hyphen_prefixes.txt)."""
    return frozenset(read_lines("hyphen_prefixes.txt"))


@dataclass(frozen=True)
class Marker:
    number: int
    clean_pos: int          # where it stood in the clean text (after removal)
    raw_start: int
    raw_end: int
    citation: Citation | None


@dataclass
class CleanText:
    doc: str
    raw: str
    text: str
    offsets: array                       # raw offset of every clean character
    line_starts: list[int]               # raw offset of every raw line
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    citations: dict[int, Citation] = field(default_factory=dict)
    markers: list[Marker] = field(default_factory=list)
    layout: Layout | None = None

    def raw_offset(self, pos: int) -> int:
        return self.offsets[pos]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets[start], self.offsets[end - 1] + 1

    def line_of(self, raw_offset: int) -> int:
        """1-based raw line of a raw offset."""
        return bisect_right(self.line_starts, raw_offset)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right([s for s, _ in self.sentences], pos) - 1
        return self.sentences[max(i, 0)] if self.sentences else (0, len(self.text))

    def markers_between(self, start: int, end: int) -> list[Marker]:
        pos = [m.clean_pos for m in self.markers]
        return self.markers[bisect_left(pos, start): bisect_right(pos, end)]

    def zones(self) -> list[tuple[int, int]]:
        """1-based raw line ranges lifted out of the body (footnotes, page numbers, boilerplate)."""
        out, start = [], None
        kinds = self.layout.kinds if self.layout else []
        for i, k in enumerate(kinds + [BODY]):
            off = k not in (BODY, BLANK)
            if off and start is None:
                start = i
            elif not off and k != BLANK and start is not None:
                out.append((start + 1, i))
                start = None
        return out


def _line_starts(raw: str, lines: list[str] | None = None) -> list[int]:
    if lines is not None:   # raw.split("\n"): each line starts past the one before and its break
        # (line i starts at the lengths of the lines before it plus their i breaks: summed and added in C)
        return list(map(add, accumulate(map(len, lines[:-1]), initial=0), count()))
    starts = [0]
    find = raw.find
    i = find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


class _Builder:
    """Appends raw slices to the clean text while recording their raw offsets: a run
    (raw start, length) per slice, spread to one offset per character once at the end
    (`offs`, numpy); extending an array per character was a third of the clean stage. The runs are one flat list,
    raw start then length (`runs += (start, length)`): a pair kept per run was a tuple per line that the garbage
    collector walked over and over."""

    def __init__(self):
        self.parts: list[str] = []
        self.runs: list[int] = []   # raw start, length, raw start, length, ...
        self.size = 0

    def add(self, s: str, raw_start: int) -> None:
        self.parts.append(s)
        if s:
            self.runs += (raw_start, len(s))
        self.size += len(s)

    def add_char(self, ch: str, raw_off: int) -> None:
        self.parts.append(ch)
        self.runs += (raw_off, 1)
        self.size += 1

    def pop_offset(self) -> None:
        """Drop the offset of the last character (the runs' array.pop)."""
        if self.runs[-1] == 1:
            del self.runs[-2:]
        else:
            self.runs[-1] -= 1

    @property
    def offs(self) -> array:
        """The offsets, written in place into the array returned: every character's offset is the one before it
        plus 1, except at the start of a run (none is empty), where it is the run's raw start: ones with each run's
        step at its first character, summed up (numpy's cumsum over a view of the array itself). One array of the
        text's length is made, where a repeat, a range and their sum were three more, each written in full."""
        import numpy as np
        if not self.runs:
            return array("q")
        pairs = np.fromiter(self.runs, np.int64, len(self.runs))
        starts, lens = pairs[0::2], pairs[1::2]
        firsts = np.cumsum(lens) - lens            # where each run starts in the clean text
        steps = starts.copy()
        steps[1:] -= starts[:-1] + lens[:-1] - 1   # from the last offset of the run before
        out = array("q", [1]) * int(firsts[-1] + lens[-1])
        flat = np.frombuffer(out, dtype=np.int64)  # (a view: int64 in the machine's order, as array("q"))
        flat[firsts] = steps
        np.cumsum(flat, out=flat)
        del flat   # (the view released: the array may grow again, as remove_markers' copies do not need)
        return out

    def add_line(self, line: str, raw_start: int) -> None:
        """A line with whitespace runs folded to one space."""
        if "  " not in line and "\t" not in line and "\u00a0" not in line:
            self.add(line, raw_start)       # most lines: nothing to fold
            return
        pos = 0
        for m in _SPACES.finditer(line):
            self.add(line[pos:m.start()], raw_start + pos)
            self.add_char(" ", raw_start + m.start())
            pos = m.end()
        self.add(line[pos:], raw_start + pos)

    def text(self) -> str:
        return "".join(self.parts)


def _typical_width(stripped: list[str], kinds: list[str]) -> int:
    widths = sorted(map(len, compress(stripped, map(BODY.__eq__, kinds))))   # (the body lines' lengths, in C)
    return widths[len(widths) * 3 // 4] if widths else 80


_BULLET = skip_compile(r"[*•▪‣●]\s+\S")
# a list item's opening, as the stages after clean read it ("1. China", "• Japan", "- India", "– Россия"): a
# paragraph of its own per item (facts/measure_context.py, figures/lang_ru_extra.py)
LIST_ITEM = skip_compile(r"[ \t]*(?:\d{1,2}[.)]|[•▪‣●◦*–—-])\s")
LIST_REACH = 30   # list items, each a paragraph of its own, walked back over to the line that opens the list
_BULLET_CHARS = "*•▪‣●"   # what _BULLET's match opens with: tested first, as this runs for every line


# a line ending on a word that cannot end a sentence: the text goes on past a blank line
_WANTS_MORE = skip_compile(r"\b(?:the|a|an|of|and|or|to|in|for|with|by|from|at|on|as|than|its|their|is|are|was|were|"
                         r"и|в|с|на|по|из|к|от|для)$", re.I)


# a line's last token is a number: "$23,2", "246.3", "2002", "(42.8" (rule wrapped_after_number)
_NUMBER_END = skip_compile(r"(?:^|[\s(])[$€£¥]?\d[\d.,]*$")


def _paragraph_ends(prev: str, nxt: str, width: int, blank_between: bool, fmt: str) -> bool:
    if fmt != "pdf":
        # a web page's lines are its paragraphs, except a line that stops mid-sentence before
        # one that goes on in lower case ("экспорта снизился на 24% ... и вырос на" / "20% по
        # сравнению с августом"): a wrapped line
        # (a long line that ends in a lower-case letter; the next goes on in lower case or digits)
        # Rule wrapped_after_abbreviation: a long line that ends on an abbreviation's dot before a line that goes
        # on in lower case ("хлопок-волокно экспортировалось в объеме 34,9 тыс." / "тонн на сумму $60,2 млн.",
        # avesta.tj) is wrapped too: no sentence opens in lower case
        # Rule wrapped_after_number: a long line that ends on a number before a line that goes on in lower case
        # ("... в январе-мае 2002" / "г. увеличилось ... на $23,2" / "млн. и составило", press.try.md; "grew by 20.3" /
        # "per cent to $4,955 million", sundaytimes.lk): the number's unit or year word opens the next line; a number
        # glued to a word or a dash before it ("...-2023", a link's) ends no wrapped line
        return not (len(prev) >= 40 and not blank_between and (nxt[:1].islower() or nxt[:1].isdigit())
                    and (prev[-1:].islower() or (nxt[:1].islower() and (
                        ends_on_abbreviation(prev) or (prev[-1:].isdigit() and _NUMBER_END.search(prev, len(prev) - 30))))))
    short = len(prev) < 0.8 * width
    # "* Canada exports down 0.6 percent" / "* Trade surplus with United States falls to C$3.40 billion" /
    # "OTTAWA, April 5 Lower exports": a bulleted line opens a paragraph, and a bullet is closed by the
    # next bullet or a capitalised line (a wire story's summary bullets are no one sentence)
    if (nxt[:1] in _BULLET_CHARS and nxt[:1] and _BULLET.match(nxt)) or (
            prev[:1] in _BULLET_CHARS and prev[:1] and _BULLET.match(prev) and (blank_between or nxt[:1].isupper())):
        return True
    if blank_between:  # a blank line inside a sentence is double spacing, not a break
        # ("LOOK: Social conflicts have generated losses of more than US$1 billion" / blank / "Idexcam maintained
        # that": a capital after a blank line, the line before short of the width and ending on no word that wants
        # more, opens a paragraph)
        return _ends_terminal(prev) or len(prev) < 0.6 * width or (
            len(prev) < 0.8 * width and nxt[:1].isupper() and not prev.endswith((",", "-", ":", "("))
            and not _WANTS_MORE.search(prev))
    if _ends_terminal(prev):
        return short and (nxt[:1].isupper() or nxt[:1] in "\"“«")
    # a heading: a short line without final punctuation, followed by a capital
    return len(prev) < 0.6 * width and nxt[:1].isupper() and not prev.endswith(("-", ","))


# "- US-China bilateral goods trade totaled USD 690 billion in 2022, down 4% from 2021 peak": a list item, a
# line of its own whatever its width
_LIST_ITEM = skip_compile(r"(?:[-–*•▪‣●]|\d{1,2}[.)])\s+\S")


WRAPPED_MIN_LINES = 5   # open-ended full-width lines (and lines going on after them) a hard-wrapped page has at least
# the widest a wrapped page's lines are (a PDF's text pasted as a web page: "The first estimate for December 2006
# extra-EU251 trade was a deficit of 7.3 bn euro, compared with -9.6 bn in", 109 characters, pdfind.com, data/web37
# bl03; session 75 raised it from 100)
WRAPPED_MAX_WIDTH = 115


def _hard_wrapped(stripped: list[str], kinds: list[str], width: int) -> bool:
    """A web page whose body lines are wrapped at a fixed width, as in a PDF ("the bilateral trade
    turnover increased by 34" / "percent and reached ..."): most full-width lines end mid-sentence.
    List items (a bullet, a dash or a number opens the line) are lines of their own and do not count. Five
    (WRAPPED_MIN_LINES) of the open-ended lines must go on in lower case or digits on the next line (rule
    wrapped_goes_on): a profile's records ("Экспорт (товары) – 60,6 млрд. дол. США (2018, в текущих ценах, ЮНКТАД)"
    / "Импорт (товары) – 43 млрд. ...", westafrica.com.ua) end open on a bracket but each opens on a capital: lines
    of their own, not one wrapped one.
    """
    if width > WRAPPED_MAX_WIDTH:
        return False
    body_at = [i for i, k in enumerate(kinds) if k == BODY]
    body = [i for i in body_at if len(stripped[i]) > 20 and not _LIST_ITEM.match(stripped[i])]
    full = [i for i in body if 0.75 * width <= len(stripped[i]) <= width + 5]
    open_ends = [i for i in full if not _ends_terminal(stripped[i])]
    if len(open_ends) < WRAPPED_MIN_LINES or len(open_ends) < 0.6 * len(full):
        return False
    after = dict(zip(body_at, body_at[1:]))
    # (a line that goes on with the one before opens on a lower-case letter or a digit)
    # (or the open-ended line stops on a word that wants more, "... compared with -9.6 bn in" / "December 2005.": a
    # capital after it goes on the same sentence, rule wrapped_wants_more)
    goes_on = sum(1 for i in open_ends if i in after and (stripped[after[i]][:1].islower()
                                                           or stripped[after[i]][:1].isdigit()
                                                           or _WANTS_MORE.search(stripped[i]) is not None))
    return goes_on >= WRAPPED_MIN_LINES


def _join_body(raw: str, lines: list[str], starts: list[int], lay: Layout, fmt: str,
               stripped: list[str] | None = None) -> _Builder:
    """`stripped`: the lines stripped (clean_text strips them once for the layout and this)."""
    b = _Builder()
    kinds = lay.kinds
    if stripped is None:
        stripped = [ln.strip() for ln in lines]
    width = _typical_width(stripped, kinds)
    if fmt != "pdf" and _hard_wrapped(stripped, kinds, width):
        fmt = "pdf"  # its lines are not its paragraphs: join them as a PDF's
    # _Builder.add_char and add_line inlined: this loop runs once per line of every document
    parts, runs = b.parts, b.runs
    prev = None          # stripped text of the previous body line
    # the kinds of the lines since the previous body line: only blank ones (and some)?
    gap_any, gap_other = False, False
    double = lay.double_spaced
    # Ordinary PDF lines read without _paragraph_ends (exact): a body line right after a body line (no line between,
    # so no blank between), the one before at least 0.8 of the width (not short, nor under 0.6: no paragraph end at
    # a terminal nor a heading), neither opened by a bullet's character and the one before ending on no hyphen: no
    # paragraph end, no word break, a space joins them
    pdf, full = fmt == "pdf", 0.8 * width
    # (the lines are raw's: one holds a tab or a no-break space only if raw does, looked for once here)
    tab, nbsp = "\t" in raw, "\u00a0" in raw
    prev_line = None     # the raw line of prev
    for line, kind, content, start in zip(lines, kinds, stripped, starts):
        if kind != BODY:
            gap_any = True
            if kind != BLANK:
                gap_other = True
            continue
        # (content: the stripped line, never empty on a body line (layout gives a blank line no other kind); where
        # it starts: its first character, no space, cannot start inside the spaces before it)
        # (a line that opens on its content, most of them: its first character is the content's, as no space is;
        # two index reads, where startswith's argument parsing and a slice cost some fivefold)
        # (most lines hold nothing to fold: no double space, tab or no-break space; asked once per line)
        plain = "  " not in content and not (tab and "\t" in content) and not (nbsp and "\u00a0" in content)
        if prev is not None:
            newline_off = start - 1
            # (prev and content are body lines' contents, never empty: their ends read by index, no slice made)
            if (pdf and not gap_any and len(prev) >= full and prev[-1] != "-" and prev[0] not in _BULLET_CHARS
                    and content[0] not in _BULLET_CHARS):
                if plain and line[0] == content[0]:
                    # most lines of a PDF: opening on their content, nothing to fold; the joining space stands at
                    # the raw line break right before the line, so the two are one offset run, and one with the
                    # run before where that ends at the break (no spaces after the line before): the same offsets
                    parts += (" ", content)
                    if runs[-2] + runs[-1] == newline_off:
                        runs[-1] += 1 + len(content)
                    else:
                        runs += (newline_off, 1 + len(content))
                    prev, prev_line = content, line
                    continue
                parts.append(" ")
                runs += (newline_off, 1)
            elif _paragraph_ends(prev, content, width, gap_any and not gap_other and not double, fmt):
                parts.append("\n")
                runs += (newline_off, 1)
            elif len(prev) >= 2 and prev[-1] == "-" and prev[-2] in _WORD_BREAK_LETTERS:   # _ends_word_break
                word = _LAST_TOKEN.search(prev).group(1)
                raw_line = prev_line
                if _SUSPENDED.match(content):
                    parts.append(" ")  # "bio- and medical": a suspended hyphen
                    runs += (newline_off, 1)
                elif (content[:1].islower() and "-" not in word[:-1] and not raw_line.endswith(" ")
                      and word[:-1].lower() not in hyphen_prefixes()):
                    # "coopera-" + "tion": drop the hyphen, keep one word
                    parts[-1] = parts[-1][:-1] if parts[-1] else parts[-1]
                    b.pop_offset()
            else:
                parts.append(" ")
                runs += (newline_off, 1)
        raw_start = start if line[0] == content[0] else start + line.find(content)
        if plain:
            parts.append(content)       # most lines: nothing to fold (_Builder.add_line)
            runs += (raw_start, len(content))   # (a body line's content is never empty)
        else:
            b.add_line(content, raw_start)
        prev, gap_any, gap_other, prev_line = content, False, False, line
    b.size = sum(map(len, parts))
    return b


# --- footnote markers -------------------------------------------------------

# Latin letters that look like Cyrillic ones, typed inside a Cyrillic word ("отчëтный" with the
# Latin ë of a keyboard layout, "Cоюз" with a Latin C): read as the Cyrillic letter, one for one,
# so offsets stay (rule cyrillic_homoglyph)
# Greek look-alikes too ("Полοжительное сальдο тοрговοго баланса", "Таκ соκратился импорт": Greek omicron and kappa
# typed for о and к, as some outlets print them against copying; ruweb16, ruweb29)
_LOOK_ALIKES, _AS_CYRILLIC = "aceopxyëABCEHKMOPTXËοκαερΟΑΒΕΚΜΗΡΤΧ", "асеорхуёАВСЕНКМОРТХЁокаерОАВЕКМНРТХ"
_HOMOGLYPHS = str.maketrans(_LOOK_ALIKES, _AS_CYRILLIC)
# a look-alike with no Latin letter beside it and a Cyrillic one on either side
_LOOK_ALIKE_IN_CYRILLIC = skip_compile(rf"(?<![A-Za-z\u00c0-\u024f])[{_LOOK_ALIKES}](?![A-Za-z\u00c0-\u024f])"
                                       rf"(?:(?<=[а-яёА-ЯЁ][{_LOOK_ALIKES}])|(?=[а-яёА-ЯЁ]))")


_CYRILLIC = skip_compile(r"[а-яёА-ЯЁ]")
_CYRILLIC_PROBE = 2000   # characters of a text's opening searched for a Cyrillic letter first
_FAR_READ = 4096   # characters past ASCII (or "?") read one by one at most (then _CYRILLIC searches the rest)


def _has_cyrillic(text: str) -> bool:
    """_CYRILLIC.search(text) is not None, read off the text's scan copy (text/scan.py, kept for the footnote markers
    and extract's anchors, which read it next): only the characters past ASCII (a "?" in the copy, a few hundred
    quotes and dashes on an English page) can be Cyrillic, each looked at until one in the Cyrillic letters' range
    (U+0401..U+0451) is met, from which _CYRILLIC searches; after _FAR_READ of them it searches from the next. Exact:
    every character before the place it searches from is no Cyrillic letter."""
    t = scan_copy(text)
    q = t.find(b"?")
    for _ in range(_FAR_READ):
        if q < 0:
            return False
        if "\u0401" <= text[q] <= "\u0451":
            break
        q = t.find(b"?", q + 1)
    return q >= 0 and _CYRILLIC.search(text, q) is not None


def cyrillic_homoglyphs(text: str) -> str:
    """text with the Latin and Greek look-alikes inside Cyrillic words read as Cyrillic (same length); a text
    with no Cyrillic letter is returned as it is, unread (a plain scan, some four times faster).
    First cheaper tests, exact: an ASCII text holds none; a Russian page shows one in its opening (_CYRILLIC_PROBE
    characters searched); any other text is read off its scan copy (_has_cyrillic), which the footnote markers and
    extract's anchors read too, where a UTF-8 encoding of the whole text was made for this test alone."""
    if text.isascii():
        return text
    if _CYRILLIC.search(text, 0, _CYRILLIC_PROBE) is None and not _has_cyrillic(text):
        return text
    return _LOOK_ALIKE_IN_CYRILLIC.sub(lambda m: m.group().translate(_HOMOGLYPHS), text)


def clean_text(raw: str, fmt: str = "pdf", doc: str = "", hints=None) -> CleanText:
    """The clean body of a raw text; `hints` are per-line layout kinds the file itself
    marked (a PDF's footnotes by font size), passed on to the layout stage."""
    lines = raw.split("\n")
    starts = _line_starts(raw, lines)
    stripped = list(map(str.strip, lines))   # (raw.split's lines are str: the same as ln.strip() for each)
    lay = classify(lines, fmt, hints, stripped)
    b = _join_body(raw, lines, starts, lay, fmt, stripped)
    text, offs = b.text(), b.offs
    text = cyrillic_homoglyphs(text)
    markers: list[Marker] = []
    if lay.citations:
        spans = find_markers(text, offs, lay, starts)
        text, offs, positions = remove_markers(text, offs, spans)
        markers = [Marker(n, p, rs, re_, lay.citations.get(n)) for p, n, rs, re_ in positions]
    references = find_bracket_references(text)
    if references:
        # "47 млрд[2] долл.": an encyclopedia's bracketed reference between an amount and its currency, removed with
        # the offsets kept (rule bracket_reference; no citation is linked: the page kept none for it)
        text, offs, _ = remove_markers(text, offs, references)
    paragraphs, sentences = [], []
    s = 0
    while True:   # each line of the text (str.find: a regex "\n|$" tries every position)
        nl = text.find("\n", s)
        e = len(text) if nl < 0 else nl
        if text[s:e].strip():
            paragraphs.append((s, e))
            sentences.extend(split_sentences(text, s, e))
        if nl < 0:
            break
        s = nl + 1
    return CleanText(doc=doc, raw=raw, text=text, offsets=offs, line_starts=starts,
                     paragraphs=paragraphs, sentences=sentences,
                     citations=dict(lay.citations), markers=markers, layout=lay)


def clean_document(document) -> CleanText:
    return clean_text(document.raw, document.format, document.doc,
                      getattr(document, "line_hints", None))
