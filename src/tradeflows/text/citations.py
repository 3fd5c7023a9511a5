"""Citations: a footnote's number, title, year and URL.

The year matters downstream: a quote that says "last year" is dated by the
year of the source its footnote marker points to.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.vocab import read_lines
from tradeflows.vocab.skip import skip_compile

_TITLE_END = skip_compile(r"\s*(?:\[Electronic|//|\s/\s|\.\s+-\s|\s-\s+–?\s*(?:19|20)\d\d)")
# _TITLE_END's alternatives each opened by its literal (the whitespace before "/" and "-" read behind it): sre
# skips ahead to "[", "/", "." or "-" instead of entering the pattern at every space (see _title_end)
_TITLE_END_AT = skip_compile(r"\[Electronic|//|/(?<=\s/)(?=\s)|\.\s+-\s|-(?<=\s-)\s+–?\s*(?:19|20)\d\d")
_YEAR_AFTER_DASH = skip_compile(r"-\s*–?\s*((?:19|20)\d\d)\s*\.")


@lru_cache(maxsize=1)
def _imprint_year() -> tuple[tuple[str, ...], re.Pattern]:
    """The words that open a publisher's imprint (vocab/en/citation_imprints.txt) and the pattern of the year after
    them: a citation holding none of the words has no publisher's year."""
    words = tuple(read_lines("citation_imprints.txt"))
    return words, skip_compile(r"(?:" + "|".join(map(re.escape, words)) + r")[^.]*?,\s*((?:19|20)\d\d)")


_URL_YEAR = skip_compile(r"-((?:19|20)\d\d)/?$")
_URL_START = skip_compile(r"https?\s*:\s*/\s*/")
_ANY_YEAR = skip_compile(r"\b((?:19|20)\d\d)\b")
_LEADING_NUMBER = skip_compile(r"^\s*\d+\s?(?:[\\.]\s+)?")


class Citation:
    """A footnote's citation: its number and raw lines (1-based) at once, its text, title, year and URL parsed from
    its lines when first read (`_parse`). Clean makes one per footnote of a book (some 800), but a pass of the
    pipeline reads the year of a few only, those of the markers near a quote (facts/context.py `Doc.source_year`):
    parsed all at once they were a third of the layout stage (about 1.5% of a pass on data/raw). Compared, hashed and
    shown by all seven fields, as the NamedTuple it was."""
    __slots__ = ("number", "line_start", "line_end", "_lines", "_parsed")
    _FIELDS = ("number", "title", "year", "url", "text", "line_start", "line_end")

    def __init__(self, number: int, lines: list[str], line_start: int, line_end: int):
        self.number, self.line_start, self.line_end = number, line_start, line_end
        self._lines = lines
        self._parsed: tuple[str, str, int | None, str | None] | None = None

    def _parse(self) -> tuple[str, str, int | None, str | None]:
        """(text, title, year, url), read once."""
        if self._parsed is None:
            self._parsed = _parse_lines(self._lines)
        return self._parsed

    @property
    def text(self) -> str:
        """The citation as one string."""
        return self._parse()[0]

    @property
    def title(self) -> str:
        return self._parse()[1]

    @property
    def year(self) -> int | None:
        return self._parse()[2]

    @property
    def url(self) -> str | None:
        return self._parse()[3]

    def _astuple(self) -> tuple:
        return tuple(getattr(self, f) for f in self._FIELDS)

    def __eq__(self, other):
        return self._astuple() == other._astuple() if isinstance(other, Citation) else NotImplemented

    def __hash__(self):
        return hash(self._astuple())

    def __repr__(self):
        return "Citation(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self._FIELDS) + ")"

    def __getstate__(self):
        return self._astuple()

    def __setstate__(self, state):
        number, title, year, url, text, self.line_start, self.line_end = state
        self.number, self._lines, self._parsed = number, None, (text, title, year, url)


def join_citation_lines(lines: list[str]) -> str:
    out = ""
    for ln in lines:
        ln = ln.strip()
        if not out:
            out = ln
        elif out.endswith("-") and not out.endswith(" -"):
            out += ln          # word or URL broken at a hyphen
        elif out.endswith("/") and not out.endswith(" /"):
            out += ln          # an URL broken after a slash
        else:
            out += " " + ln
    # (no two spaces and every character printable: no whitespace but single spaces, nothing for
    # _SPACES to fold; every whitespace character but the space is unprintable, so the test is exact)
    if out.isprintable():
        # (its whitespace all spaces: _SPACES's matches are its runs of two or more, each folded to one space by
        # halving them until none is left; str.replace reads the text at memchr speed, the regex at a tenth of it)
        while "  " in out:
            out = out.replace("  ", " ")
        return out
    return _SPACES.sub(" ", out)


_SPACES = skip_compile(r"\s{2,}")


def _title_end(body: str) -> int | None:
    r"""_TITLE_END.search(body).start(), or None: where the title ends. Exact and cheaper: _TITLE_END is
    \s* before its alternatives, so its leftmost match starts where the whitespace run before the leftmost
    match of the alternatives starts (a match of "\s/\s" or "\s-\s..." at q is _TITLE_END_AT's at q + 1, with the
    same run before it); rstrip() strips what \s matches."""
    m = _TITLE_END_AT.search(body)
    return None if m is None else len(body[:m.start()].rstrip())


def parse_citation(number: int, lines: list[str], first: int, last: int) -> Citation:
    """The citation numbered `number` on the raw lines first..last (0-based), `lines` their text; parsed when read."""
    return Citation(number, lines, first + 1, last + 1)


def _parse_lines(lines: list[str]) -> tuple[str, str, int | None, str | None]:
    """(text, title, year, url) of a citation's lines."""
    text = join_citation_lines(lines)
    lead = _LEADING_NUMBER.match(text)      # (its sub, count=1: "^" matches at the start only)
    body = text[lead.end():] if lead else text
    end = _title_end(body)
    title = (body[:end] if end is not None else body).strip(" .-–")
    url = None
    u = _URL_START.search(body)
    if u:
        url = "".join(body[u.start():].split()).rstrip(".")   # (re.sub(r"\s+", ""): str.split reads \s's spaces)
    year = None
    y = _YEAR_AFTER_DASH.search(body)
    if y is None:
        words, year_after = _imprint_year()
        if any(w in body for w in words):   # (no word of them: no match)
            y = year_after.search(body)
    if y:
        year = int(y.group(1))
    if year is None and url:
        y = _URL_YEAR.search(url)
        year = int(y.group(1)) if y else None
    if year is None:
        y = _ANY_YEAR.search(body[len(title):])   # (the first one)
        year = int(y.group(1)) if y else None
    return text, title, year, url
