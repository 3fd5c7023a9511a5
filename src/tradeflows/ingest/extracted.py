"""What an extractor hands to ingest: the text and what the file knew about it.

Every format (text, HTML, PDF) is reduced to one raw text; offsets and lines in
every later stage refer to it. `pages` and `line_hints` carry what plain text
loses: where each PDF page starts, and lines the file itself marks as
footnotes, page numbers or running headers (by font size and position).
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Line hints, spelled as the layout stage's kinds (text/layout.py) without importing it.
HINT_FOOTNOTE, HINT_PAGE_NO, HINT_BOILERPLATE = "footnote", "page_number", "boilerplate"


@dataclass(frozen=True)
class Extracted:
    raw: str
    input_type: str                      # "text" | "html" | "pdf"
    encoding: str | None = None
    layout: str | None = None            # "web" | "pdf" when the format decides it
    title: str | None = None
    site: str | None = None
    published: str | None = None
    published_source: str | None = None  # e.g. "html:meta", "html:json-ld"
    url: str | None = None               # the page's web address, where the file prints it (a browser's print)
    pages: tuple[int, ...] = ()          # raw offset where each page starts (PDF)
    line_hints: tuple = ()               # per raw line: None or a HINT_* kind
    notes: dict = field(default_factory=dict)
