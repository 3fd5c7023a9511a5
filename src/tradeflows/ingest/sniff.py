"""File type by content: an extension can lie (a PDF saved as .html, a page saved as .txt)."""
from __future__ import annotations

import re
from pathlib import Path

_HTML_HEAD = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                        re.I | re.S)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def sniff(data: bytes, path: str | Path = "") -> str:
    """'pdf', 'html' or 'text': magic bytes first, the extension only where content is silent."""
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    body = head.removeprefix(b"\xef\xbb\xbf")
    if _HTML_HEAD.match(body):
        return "html"
    suffix = Path(str(path)).suffix.lower()
    if suffix == ".pdf":
        return "pdf"     # no %PDF- header: the PDF reader says what is wrong with it
    if suffix in _HTML_SUFFIXES and b"<" in head:
        return "html"
    return "text"
