"""Plain text files: UTF-8 first, cp1251 or latin-1 as a recorded fallback.

Silently guessing an encoding corrupts figures, so the encoding used travels
with the document; binary and empty files raise DocumentError naming the file.
"""
from __future__ import annotations

from pathlib import Path

from tradeflows.errors import DocumentError
from tradeflows.ingest.extracted import Extracted


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


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def extract_text(data: bytes, path: str | Path) -> Extracted:
    raw, encoding = decode(data, path)
    return Extracted(raw=normalize_newlines(raw), input_type="text", encoding=encoding)
