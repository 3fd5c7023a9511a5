"""Ingest: read one document and its metadata.

A document is read as UTF-8; other encodings (cp1251, latin-1) are a fallback
that the Document records, because silently guessing an encoding corrupts
figures. Binary and empty files raise DocumentError naming the file, so a
batch can list them and go on.
"""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from tradeflows.errors import DocumentError
from tradeflows.ingest.dates import publication_date

SOURCES_FILE = "sources.csv"
SOURCE_FIELDS = ("title", "outlet", "published", "format", "language", "reporter", "url")
DEFAULT_REPORTER = "Belarus"

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FALLBACK_ENCODINGS = ("cp1251", "latin-1")


@dataclass(frozen=True)
class Document:
    doc: str                      # file name: the document id
    path: str
    raw: str                      # decoded raw text, offsets in every later stage refer to it
    sha256: str                   # of the raw bytes
    encoding: str
    meta: dict = field(default_factory=dict)
    published: str | None = None  # ISO date (or year) of publication
    published_source: str | None = None  # "sources.csv" | "text:<rule>" (ingest.dates) | None

    @property
    def reporter(self) -> str:
        return self.meta.get("reporter") or DEFAULT_REPORTER

    @property
    def format(self) -> str:
        return self.meta.get("format") or guess_format(self.raw)

    @property
    def pub_year(self) -> int | None:
        m = _YEAR.match(self.published or "")
        return int(m.group()) if m else None


def load_sources(folder: str | Path) -> dict[str, dict]:
    """Metadata per document file name from folder/sources.csv (empty if absent)."""
    path = Path(folder) / SOURCES_FILE
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if rows and "doc" not in rows[0]:
        raise DocumentError(path, "sources.csv has no 'doc' column")
    return {r["doc"]: {k: (r.get(k) or "").strip() for k in SOURCE_FIELDS} for r in rows}


def list_documents(folder: str | Path) -> list[Path]:
    """The documents of a folder: every file but metadata and hidden files, sorted."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DocumentError(folder, "not a folder")
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.startswith(".")
                  and p.name != SOURCES_FILE and p.suffix.lower() not in {".md", ".csv"})


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Text and the encoding used; raise DocumentError on binary or empty input."""
    if not data.strip():
        raise DocumentError(path, "empty file")
    head = data[:8192]
    if b"\x00" in head:
        raise DocumentError(path, "binary file (NUL bytes), not text")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls > len(head) * 0.05:
        raise DocumentError(path, "binary file (control bytes), not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1251", errors="replace")
    letters = sum(ch.isalpha() for ch in text) or 1
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in text)
    # cp1251 maps high bytes to Cyrillic; text that is mostly Latin with a few
    # accented letters reads better as latin-1.
    if cyrillic / letters > 0.3 and "\ufffd" not in text:
        return text, "cp1251"
    return data.decode("latin-1"), "latin-1"


def guess_format(raw: str) -> str:
    """'pdf' for page-broken text with citation blocks, else 'web'."""
    lines = raw.count("\n") + 1
    return "pdf" if lines > 200 and "[Electronic resource]" in raw else "web"


def date_from_text(raw: str) -> str | None:
    """Publication date written on the page, as ISO (see ingest.dates for the rules)."""
    return publication_date(raw)[0]


# what a sources.csv 'published' cell must look like: a year, year-month or ISO date
_PUBLISHED_CELL = re.compile(r"^(?:19|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?$")


def read_document(path: str | Path, sources: dict[str, dict] | None = None) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read: {exc.strerror or exc}") from exc
    raw, encoding = decode(data, path)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    meta = dict((sources or {}).get(path.name, {}))
    published, source = meta.get("published") or None, "sources.csv"
    if published and not _PUBLISHED_CELL.match(published):
        published = None  # a cell shifted by an unquoted comma is no date: read the page
    if not published:
        published, source = publication_date(raw, meta.get("url"))
    return Document(doc=path.name, path=str(path), raw=raw,
                    sha256=hashlib.sha256(data).hexdigest(), encoding=encoding,
                    meta=meta, published=published, published_source=source)
