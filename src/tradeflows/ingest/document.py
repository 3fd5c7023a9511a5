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

SOURCES_FILE = "sources.csv"
SOURCE_FIELDS = ("title", "outlet", "published", "format", "language", "reporter")

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
           r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# "20 Nov 2025", "5 December 2017", "November 20, 2025"
_FULL_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+{_MONTHS},?\s+(?:19|20)\d\d|{_MONTHS}\s+\d{{1,2}},\s+(?:19|20)\d\d)\b")
# "MINSK, 5 December (BelTA)": a wire dateline whose year comes from the page
_DATELINE = re.compile(rf"^[A-Z][A-Z .'-]+,\s+(\d{{1,2}}\s+{_MONTHS})\s*\(", re.M)
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
    published_source: str | None = None  # "sources.csv" | "text" | None

    @property
    def reporter(self) -> str | None:
        """The reporter sources.csv gives; None lets relate infer it (no country is assumed)."""
        return self.meta.get("reporter") or None

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
    """Publication date written on the page, as ISO, parsed with dateparser."""
    import dateparser  # imported on use: heavy, and only needed for undated docs

    head = raw[:5000]
    m = _FULL_DATE.search(head)
    if m:
        d = dateparser.parse(m.group(), languages=["en"])
        if d:
            return d.date().isoformat()
    m = _DATELINE.search(head)
    if m:
        years = _YEAR.findall(head)
        if years:
            d = dateparser.parse(f"{m.group(1)} {years[0]}", languages=["en"])
            if d:
                return d.date().isoformat()
    return None


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
    if not published:
        published, source = date_from_text(raw), "text"
        if published is None:
            source = None
    return Document(doc=path.name, path=str(path), raw=raw,
                    sha256=hashlib.sha256(data).hexdigest(), encoding=encoding,
                    meta=meta, published=published, published_source=source)
