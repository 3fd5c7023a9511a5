"""Ingest: read one document and its metadata, whatever its file type.

One extractor per format (ingest/text.py, html.py, pdf.py), chosen by content
(ingest/sniff.py) where the extension lies, each reducing the file to one raw
text; `read_document` turns that into the same Document for every format, so
the pipeline after ingest does not know where a text came from. Files that
cannot be read raise DocumentError naming the file, so a batch can list them
and go on; HTML and PDF parsing runs under a size cap and a time limit.
"""
from __future__ import annotations

import csv
import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from tradeflows.errors import DocumentError
from tradeflows.ingest.dates import publication_date
from tradeflows.ingest.extracted import HINT_BOILERPLATE, HINT_PAGE_NO, Extracted
from tradeflows.ingest.language import document_language
from tradeflows.ingest.limits import check_size, time_limit, timeout_seconds
from tradeflows.ingest.location import as_path
from tradeflows.ingest.sniff import sniff
from tradeflows.ingest.text import decode, extract_text  # noqa: F401 - decode is public here

SOURCES_FILE = "sources.csv"
SOURCE_FIELDS = ("title", "outlet", "published", "format", "language", "reporter", "url")

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Document:
    doc: str                      # file name: the document id
    path: str
    raw: str                      # decoded raw text, offsets in every later stage refer to it
    sha256: str                   # of the raw bytes
    encoding: str | None           # None for a PDF (its text layer is not encoded text)
    meta: dict = field(default_factory=dict)
    published: str | None = None  # ISO date (or year) of publication
    published_source: str | None = None  # "sources.csv" | "text:<rule>" (ingest.dates) | "html:meta" ... | None
    input_type: str = "text"      # what the file was: text, html or pdf
    pages: tuple[int, ...] = ()   # raw offset where each PDF page starts (empty otherwise)
    line_hints: tuple = ()        # per raw line: None or a layout kind the file itself marks
    # the (language, source) of the text, the one place it is kept: read_document's when it detected it to read the date
    # (the same meta and story), else language_and_source's at the first question (None until then)
    language_read: tuple[str, str] | None = field(default=None, compare=False, repr=False)

    def page_of(self, raw_offset: int) -> int | None:
        """1-based page of a raw offset (None for a document without pages)."""
        if not self.pages:
            return None
        return max(bisect_right(self.pages, raw_offset), 1)

    @property
    def reporter(self) -> str | None:
        """The reporter sources.csv gives; None lets relate infer it (no country is assumed)."""
        return self.meta.get("reporter") or None

    @property
    def language(self) -> str:
        """ISO 639-1 code: sources.csv's, else detected from the text (ingest.language)."""
        return self.language_and_source[0]

    @property
    def language_and_source(self) -> tuple[str, str]:
        """(language, where it came from), read once per Document and kept in language_read: a build asks for it for
        the documents row and again for the pipeline, and each detection reads the opening of the text
        (ingest.language)."""
        if self.language_read is None:
            # (a PDF's page furniture, a printed page's menus and banners, says nothing of the story's language; the
            # field is set on the frozen Document as a cached_property would be: it is no part of its equality)
            object.__setattr__(self, "language_read",
                               document_language(self.meta.get("language"), _without_margins(self.raw, self.line_hints)))
        return self.language_read

    @property
    def outlet_iso3(self) -> str | None:
        """The country of the outlet's web domain (ingest.outlet), a weak hint of the subject."""
        from tradeflows.ingest.outlet import outlet_country
        return outlet_country(self.meta.get("url"), self.meta.get("outlet"))

    @property
    def title(self) -> str | None:
        return self.meta.get("title") or None

    @property
    def format(self) -> str:
        return self.meta.get("format") or guess_format(self.raw)

    @property
    def pub_year(self) -> int | None:
        m = _YEAR.match(self.published or "")
        return int(m.group()) if m else None

    @property
    def pub_month(self) -> int | None:
        """The month of the publication date, when it has one ("2023-04-28" -> 4)."""
        p = self.published or ""
        return int(p[5:7]) if _YEAR.match(p) and len(p) >= 7 and p[4] == "-" and p[5:7].isdecimal() else None


def load_sources(folder: str | Path) -> dict[str, dict]:
    """Metadata per document file name from folder/sources.csv (empty if absent)."""
    path = as_path(folder) / SOURCES_FILE
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if rows and "doc" not in rows[0]:
        raise DocumentError(path, "sources.csv has no 'doc' column")
    return {r["doc"]: {k: (r.get(k) or "").strip() for k in SOURCE_FIELDS} for r in rows}


def list_documents(folder: str | Path) -> list[Path]:
    """The documents of a folder (a local one, or an fsspec address: ingest.location): every
    file but metadata and hidden files, sorted."""
    folder = as_path(folder)
    if not folder.is_dir():
        raise DocumentError(folder, "not a folder")
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.startswith(".")
                  and p.name != SOURCES_FILE and p.suffix.lower() not in {".md", ".csv"})


def guess_format(raw: str) -> str:
    """'pdf' for page-broken text with citation blocks, else 'web'."""
    lines = raw.count("\n") + 1
    return "pdf" if lines > 200 and "[Electronic resource]" in raw else "web"


def date_from_text(raw: str) -> str | None:
    """Publication date written on the page, as ISO (see ingest.dates for the rules)."""
    return publication_date(raw)[0]


# what a sources.csv 'published' cell must look like: a year, year-month or ISO date
_PUBLISHED_CELL = re.compile(r"^(?:19|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?$")


EXTRACTORS = {"text": "tradeflows.ingest.text:extract_text",
              "html": "tradeflows.ingest.html:extract_html",
              "pdf": "tradeflows.ingest.pdf:extract_pdf"}


def _without_margins(raw: str, hints: tuple) -> str:
    """The raw text without the lines its file marks as page furniture (a PDF's page numbers,
    running heads, a browser's print margins): "03.12.2026, 00:03", the time a page was printed,
    is no date of the page (rule print_time_no_date)."""
    if not any(h in (HINT_BOILERPLATE, HINT_PAGE_NO) for h in hints):
        return raw
    return "\n".join("" if h in (HINT_BOILERPLATE, HINT_PAGE_NO) else ln for ln, h in zip(raw.split("\n"), hints))


def extract(data: bytes, path: str | Path) -> Extracted:
    """The raw text and metadata of a file's bytes, by the extractor of its type."""
    import importlib

    kind = sniff(data, path)
    check_size(kind, data, path)
    module, func = EXTRACTORS[kind].split(":")
    extractor = getattr(importlib.import_module(module), func)
    if kind == "text":
        return extractor(data, path)
    with time_limit(timeout_seconds(), path, f"reading the {kind.upper()} file"):
        return extractor(data, path)


def read_document(path: str | Path, sources: dict[str, dict] | None = None,
                  extractor=None) -> Document:
    """The Document of a file (a local path or an fsspec address). `extractor(data, path)`
    replaces `extract` (a build passes one that caches the slow HTML and PDF extraction by
    the file's bytes)."""
    path = as_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read: {exc.strerror or exc}") from exc
    ex = (extractor or extract)(data, path)
    raw = ex.raw
    meta = dict((sources or {}).get(path.name, {}))
    # what the file says fills what sources.csv leaves empty
    for key, value in (("title", ex.title), ("outlet", ex.site), ("format", ex.layout), ("url", ex.url)):
        if value and not meta.get(key):
            meta[key] = value
    published, source = meta.get("published") or None, "sources.csv"
    if published and not _PUBLISHED_CELL.match(published):
        published = None  # a cell shifted by an unquoted comma is no date: read the page
    if not published and ex.published:
        published, source = ex.published, ex.published_source
    language = None
    if not published:
        story = _without_margins(raw, ex.line_hints)
        language = document_language(meta.get("language"), story)
        published, source = publication_date(story, meta.get("url"), language[0])
        if source == "sources.csv:url" and ex.url and not (sources or {}).get(path.name, {}).get("url"):
            source = f"{ex.input_type}:url"   # the address the file prints (a browser's print margin)
    return Document(doc=path.name, path=str(path), raw=raw,
                    sha256=hashlib.sha256(data).hexdigest(), encoding=ex.encoding,
                    meta=meta, published=published, published_source=source,
                    input_type=ex.input_type, pages=ex.pages, line_hints=ex.line_hints, language_read=language)
