"""A subheading that names a flow's owner makes its section that owner's.

"German exports dropped by 6.3% ... \\nChinese exports still powering ahead\\nEarlier figures showed
... Exports jumped 45.7% in February": a page on one country's trade often adds a section on
another's under a subheading. A figure whose sentence names no place, below such a heading (a
short line with no closing stop, not the page's first line), is reported by the one country the
heading's flow belongs to (rule section_owner), before the page's subject is taken.
"""
from __future__ import annotations

import re

from tradeflows.facts.places import find_places
from tradeflows.facts.reporters import POSSESSIVE, DEMONYM_FLOW

HEADING_CHARS = 90  # a longer line is prose, not a subheading
HEADING_LINES_BACK = 8  # lines walked back from the figure's paragraph to its heading
_CLOSED = re.compile(r"[.!?:;,\"”’)]\s*$")


def _heading_owner(text: str, start: int, end: int, places=None) -> tuple[str, str | None] | None:
    """The one country owning a flow in text[start:end] ("Chinese exports", "Japan's imports"); places(start, end): the
    span's find_places (Doc.span_places), read alone when not given."""
    found = find_places(text, start, end) if places is None else places(start, end)
    owners = {(p.name, p.iso3) for p in found if p.iso3 and p.kind in ("country", "demonym")
              and (POSSESSIVE.match(text, p.end) or (p.kind == "demonym" and DEMONYM_FLOW.match(text, p.end)))}
    return next(iter(owners)) if len(owners) == 1 else None


def section_owner(cl):
    """'Chinese exports still powering ahead' (a subheading) ... 'Exports jumped 45.7% in February': the
    heading's flow owner reports a figure of its section whose sentence names no place."""
    if any(p.kind in ("country", "demonym", "bloc", "region") for p in cl.places):
        return None
    return section_owner_of(cl)


_DIGIT = re.compile(r"\d")


def _section_heading_owner(text: str, end: int, places=None) -> tuple[str, str | None] | None:
    """The flow owner of the subheading the lines before `end` (the end of the text before a paragraph) open on
    (places: as _heading_owner's)."""
    span = _section_heading(text, end)
    return None if span is None else _heading_owner(text, span[0], span[1], places)


def _section_heading(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the subheading the lines before `end` open on, else None."""
    first_line_end = text.find("\n", len(text) - len(text.lstrip()))  # the page's first line is its title
    for _ in range(HEADING_LINES_BACK):
        if end <= 0 or end <= first_line_end:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and len(line) <= HEADING_CHARS and not _CLOSED.search(line) and not _DIGIT.search(line):
            return start, end
        end = start - 1
    return None


def own_flow_section(cl) -> bool:
    """The figure's paragraph stands under a subheading that names the reporter's own flow and no other place: "Kenyan
    exports register growth" (tuko.co.ke, data/web63 tuned page dl05, on a page titled on Kenya's trade with China) ...
    "The Central Bank of Kenya (CBK) said exports from the two sectors increased by 18.9%": a section on the reporter's
    totals, into which the title's counterpart is not carried (rule own_flow_section, partners_carried.head)."""
    d = cl.d
    if cl.rep_iso is None or section_owner_of(cl) != (cl.rep, cl.rep_iso):
        return False
    end = d.para_starts[cl.pi] - 1 if cl.pi < len(d.para_starts) else cl.f.clean_start
    span = _section_heading(d.text, end)
    return span is not None and len(d.span_places(span[0], span[1])) == 1


def section_owner_of(cl) -> tuple[str, str | None] | None:
    """The flow owner of the subheading above the figure's paragraph, whatever places its sentence names."""
    d = cl.d
    end = d.para_starts[cl.pi] - 1 if cl.pi < len(d.para_starts) else cl.f.clean_start
    kept = d.memo.section_owners   # (the heading read back from `end` is the same for every figure of a paragraph)
    if end not in kept:
        kept[end] = _section_heading_owner(d.text, end, d.span_places)
    return kept[end]
