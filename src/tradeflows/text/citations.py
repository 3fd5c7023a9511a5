"""Citations: a footnote's number, title, year and URL.

The year matters downstream: a quote that says "last year" is dated by the
year of the source its footnote marker points to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from tradeflows.vocab.skip import skip_compile

_TITLE_END = skip_compile(r"\s*(?:\[Electronic|//|\s/\s|\.\s+-\s|\s-\s+–?\s*(?:19|20)\d\d)")
_YEAR_AFTER_DASH = re.compile(r"-\s*–?\s*((?:19|20)\d\d)\s*\.")
_YEAR_PUBLISHER = re.compile(r"(?:Publishing|Minsk|Biznesofset|LTD)[^.]*?,\s*((?:19|20)\d\d)")
_URL_YEAR = re.compile(r"-((?:19|20)\d\d)/?$")
_URL_START = re.compile(r"https?\s*:\s*/\s*/")
_ANY_YEAR = skip_compile(r"\b((?:19|20)\d\d)\b")
_LEADING_NUMBER = re.compile(r"^\s*\d+\s?(?:[\\.]\s+)?")


@dataclass(frozen=True)
class Citation:
    number: int
    title: str
    year: int | None
    url: str | None
    text: str          # the citation as one string
    line_start: int    # 1-based raw lines
    line_end: int


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
    return _SPACES.sub(" ", out) if "  " in out or not out.isprintable() else out


_SPACES = skip_compile(r"\s{2,}")


def parse_citation(number: int, lines: list[str], first: int, last: int) -> Citation:
    text = join_citation_lines(lines)
    body = _LEADING_NUMBER.sub("", text, count=1)
    m = _TITLE_END.search(body)
    title = (body[: m.start()] if m else body).strip(" .-–")
    url = None
    u = _URL_START.search(body)
    if u:
        url = "".join(body[u.start():].split()).rstrip(".")   # (re.sub(r"\s+", ""): str.split reads \s's spaces)
    year = None
    for pattern in (_YEAR_AFTER_DASH, _YEAR_PUBLISHER):
        y = pattern.search(body)
        if y:
            year = int(y.group(1))
            break
    if year is None and url:
        y = _URL_YEAR.search(url)
        year = int(y.group(1)) if y else None
    if year is None:
        years = _ANY_YEAR.findall(body[len(title):])
        year = int(years[0]) if years else None
    return Citation(number=number, title=title, year=year, url=url, text=text,
                    line_start=first + 1, line_end=last + 1)
