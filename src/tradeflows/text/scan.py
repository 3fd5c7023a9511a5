"""The scan copy of a text: one byte a character, read by str.find-speed scans instead of regex class tests.

text.encode("ascii", "replace") translated by SCAN_TABLE: ASCII letters lower-cased, every ASCII digit "0", "_" and
"?" kept (a "?" is a character outside ASCII or a question mark: its place is the character's place), any other
character a space. Clean reads its digit runs for footnote markers and its characters outside ASCII for Cyrillic;
extract's anchors read its digit runs and number words. Each copy costs two passes over the whole text (an encoding
and a translation, some 16M instructions for a book of 660,000 characters): made once for the text clean ends with,
cut alongside the text where markers are removed (`cut`), and handed to extract through the last copy kept
(`scan_copy` of the same text object), where each stage made its own before.
"""
from __future__ import annotations

SCAN_TABLE = bytes(c + 32 if 65 <= c <= 90 else 48 if 48 <= c <= 57 else c if (97 <= c <= 122 or c in (95, 63))
                   else 32 for c in range(256))

# (text, its scan copy) of the last text asked or kept: a text is immutable and held here, so its identity names it
# while it is kept; one entry, replaced whole (a tuple), so a reader never pairs one text with another's copy
_LAST: tuple[str | None, bytes] = (None, b"")


def scan_copy(text: str) -> bytes:
    """The scan copy of text (see above), the one kept when it is of this very text object."""
    last = _LAST
    if last[0] is text:
        return last[1]
    t = text.encode("ascii", "replace").translate(SCAN_TABLE)
    keep(text, t)
    return t


def keep(text: str, t: bytes) -> None:
    """Keep t as the scan copy of text (its length; made by `cut` or scan_copy), for the next stage to ask."""
    global _LAST
    _LAST = (text, t)


def cut(t: bytes, pieces: list[tuple[int, int] | None]) -> bytes:
    """The scan copy of a text made of a text's pieces: (start, end) slices of the text whose copy is t, None for a
    space put in (a removed marker's place): the copy of each piece is the same slice of t (one byte a character)."""
    return b"".join(b" " if p is None else t[p[0]:p[1]] for p in pieces)


def kept(text: str) -> bytes | None:
    """The scan copy kept for this very text object, else None (none is made)."""
    last = _LAST
    return last[1] if last[0] is text else None
