"""PDF files: text page by page, with what the PDF knows and plain text loses.

pdfminer.six (MIT) reads the text layer with each character's font size and
position. From them, and not from guessing at the text: lines set smaller than
the body font are footnotes; a lone number at the top or bottom of a page is
its page number; a line that repeats at the top or bottom of most pages is a
running header or footer. These become line hints for the layout stage; the
lines stay in the raw text so that offsets and lines point at what the PDF says
(`tradeflows clean FILE` prints it). Each page starts at a known offset,
so every figure gets its page.

A news page printed from a browser ("Save as PDF", headless chromium's --print-to-pdf) is told
by the margins the browser adds to every page: the time of printing at the top, the page's
address and "1/3" at the bottom. Those lines are boilerplate (the time of printing is no date
of the page); the address is the page's own (its date and outlet, as a sources.csv url would
give them); and the page's menus, banners and share bars, printed with it, are dropped by the
web boilerplate vocabulary (vocab/<lang>/boilerplate.txt), as a saved text page's are.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tradeflows.errors import DocumentError
from tradeflows.ingest.extracted import HINT_BOILERPLATE, HINT_FOOTNOTE, HINT_PAGE_NO, Extracted
from tradeflows.vocab.boilerplate import STORY_WORDS, boilerplate

# A line set below this share of the body font size is a footnote (7.5 / 10 pt = 0.75;
# superscript markers sit inside body lines and do not move a line's typical size).
FOOTNOTE_RATIO = 0.88
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$", re.I)
_DIGITS = re.compile(r"\d+")
EDGE_LINES = 2     # lines at the top and at the bottom of a page where running heads stand
# a browser's print margins: the time of printing ("12/3/26, 12:03 AM", "03.12.2026, 00:03", "2026-12-03
# 00:03"), with the page's title after it where the two share a line; the page's address, with "1/3" after it
_PRINT_TIME = re.compile(r"^\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d),?\s+\d{1,2}:\d\d(?::\d\d)?"
                         r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\S.*)?$")
_PRINT_URL = re.compile(r"^\s*((?:https?|file)://\S+)(?:\s+\d{1,4}\s*/\s*\d{1,4})?\s*$", re.I)


@dataclass
class _Line:
    text: str
    size: float
    top: float


def _line_size(line) -> float:
    from pdfminer.layout import LTChar
    sizes = Counter(round(ch.size, 1) for ch in line if isinstance(ch, LTChar) and ch.get_text().strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _read_pages(data: bytes, path) -> tuple[list[list[list[_Line]]], dict]:
    """(pages -> text boxes -> lines, in pdfminer's reading order; the document information
    dictionary), from one parse of the file (pdfminer.high_level.extract_pages, spelled out so
    that its document's information is at hand)."""
    import io

    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLine
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError
    from pdfminer.psparser import PSEOF, PSException

    pages = []
    info: dict = {}
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        info = doc.info[0] if doc.info else {}
        resources = PDFResourceManager()
        device = PDFPageAggregator(resources, laparams=LAParams())
        interpreter = PDFPageInterpreter(resources, device)
        for pdf_page in PDFPage.create_pages(doc):
            interpreter.process_page(pdf_page)
            page = device.get_result()
            boxes = []
            for box in page:
                if not isinstance(box, LTTextContainer):
                    continue
                lines = [_Line(ln.get_text().rstrip("\n").rstrip(), _line_size(ln), ln.y1)
                         for ln in box if isinstance(ln, LTTextLine)]
                lines = [ln for ln in lines if ln.text.strip()]
                if lines:
                    boxes.append(lines)
            pages.append(boxes)
    except PDFPasswordIncorrect:
        raise DocumentError(path, "encrypted PDF: it needs a password to open; "
                                  "save an unencrypted copy") from None
    except PDFEncryptionError as exc:
        raise DocumentError(path, f"encrypted PDF with an unsupported scheme ({exc})") from None
    except (PDFSyntaxError, PSEOF, PSException) as exc:
        raise DocumentError(path, f"damaged or truncated PDF: {type(exc).__name__}: {exc}") from None
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, AssertionError) as exc:
        raise DocumentError(path, f"damaged PDF, the reader failed: {type(exc).__name__}: {exc}") from None
    return pages, info


def _running_heads(pages: list[list[list[_Line]]]) -> set[str]:
    """Lines (digits masked) that stand at the top or bottom of most pages."""
    if len(pages) < 2:
        return set()
    seen: Counter = Counter()
    for boxes in pages:
        lines = sorted((ln for b in boxes for ln in b), key=lambda ln: -ln.top)
        edge = lines[:EDGE_LINES] + lines[-EDGE_LINES:]
        seen.update({_DIGITS.sub("#", ln.text.strip().lower()) for ln in edge})
    need = max(2, (len(pages) + 1) // 2)
    return {k for k, n in seen.items() if n >= need and k.strip("# ")}


def extract_pdf(data: bytes, path: str | Path) -> Extracted:
    tail = data[-2048:]
    if b"%%EOF" not in tail:
        raise DocumentError(path, "truncated PDF: no %%EOF end marker (the file was cut off "
                                  "while downloading or saving)")
    pages, info = _read_pages(data, path)
    if not pages:
        raise DocumentError(path, "PDF has no pages")
    all_lines = [ln for boxes in pages for b in boxes for ln in b]
    chars = sum(len(ln.text.strip()) for ln in all_lines)
    if chars == 0:
        raise DocumentError(path, f"scanned, no text layer ({len(pages)} page{'s' if len(pages) > 1 else ''} of images); "
                                  "OCR is out of scope: run OCR first (e.g. ocrmypdf) and give the result")
    if sum(ln.text.count("(cid:") for ln in all_lines) * 6 > chars / 2:
        raise DocumentError(path, "PDF text layer has no character map (glyph ids only); "
                                  "the text cannot be read without OCR")
    title, creator = _info(info)
    printed, url = _printed_page(pages)
    # (a browser writes its name as the PDF's creator: "HeadlessChrome", "Mozilla/5.0 ... Firefox")
    printed = printed or bool(_BROWSER.search(creator))
    drop, stop = boilerplate() if printed else (None, None)
    story = stopped = False   # a printed page's story begun; a list of other stories after it begun (text/layout.py)
    sizes: Counter = Counter()
    for ln in all_lines:
        sizes[ln.size] += len(ln.text)
    body = sizes.most_common(1)[0][0]
    heads = _running_heads(pages)

    out: list[str] = []
    hints: list = []
    page_starts: list[int] = []
    offset = 0

    def emit(text: str, hint) -> None:
        nonlocal offset
        out.append(text)
        hints.append(hint)
        offset += len(text) + 1

    for boxes in pages:
        page_starts.append(offset)
        ordered = sorted((ln for b in boxes for ln in b), key=lambda ln: -ln.top)
        edges = {id(ln) for ln in ordered[:EDGE_LINES] + ordered[-EDGE_LINES:]}
        first_edge = {id(ordered[0]), id(ordered[-1])} if ordered else set()
        for bi, box in enumerate(boxes):
            if bi:
                emit("", None)  # a text box ends a paragraph (or a block)
            for ln in box:
                text = ln.text
                if id(ln) in first_edge and _PAGE_NUMBER.match(text):
                    hint = HINT_PAGE_NO
                elif printed and id(ln) in edges and _margin(text):
                    hint = HINT_BOILERPLATE
                elif drop is not None and drop.fullmatch(text.strip()):
                    hint = HINT_BOILERPLATE   # a printed page's banner or share bar
                elif stop is not None and (stopped or (story and stop.fullmatch(text.strip()))):
                    hint, stopped = HINT_BOILERPLATE, True   # "Most read" after the story: the site's other stories
                elif id(ln) in edges and _DIGITS.sub("#", text.strip().lower()) in heads:
                    hint = HINT_BOILERPLATE
                elif body and ln.size and ln.size < FOOTNOTE_RATIO * body:
                    hint = HINT_FOOTNOTE
                else:
                    hint = None
                    story = story or (printed and len(text.split()) >= STORY_WORDS)
                emit(text, hint)
        emit("", None)  # a page ends a paragraph
    if printed:
        _menus(out, hints)
    raw = "\n".join(out)
    return Extracted(raw=raw, input_type="pdf", encoding=None, layout="pdf",
                     pages=tuple(page_starts), line_hints=tuple(hints), url=url,
                     title=title[0] if title else None, site=title[1] if title else None,
                     notes={"n_pages": len(pages), "body_size": body, "printed_page": printed})


_BROWSER = re.compile(r"\b(?:HeadlessChrome|Chrome|Chromium|Firefox|Safari|Mozilla)/\d")
# a title that is no title: a file's name, a word processor's default, a placeholder
_NO_TITLE = re.compile(r"(?:^(?:microsoft\s+(?:word|powerpoint|excel)\s*-\s*|untitled|document\d*$|title$|slide\s*\d+$)"
                       r"|\.(?:docx?|pdf|xlsx?|pptx?|html?|txt|rtf|indd|odt|tex)$)", re.I)
# "Vietnam-Japan trade reaches over US$20 billion in first half | cand.com.vn (VOV)": a page's title with its
# site's name after the last separator
_SITE_AFTER = re.compile(r"^(?P<title>.{20,}?)\s+(?:\||-|–|—|::)\s+(?P<site>[^|–—]{2,40})$")
TITLE_MIN = 8


def _info(info: dict) -> tuple[tuple[str, str | None] | None, str]:
    """((title, site) from the PDF's document information, or None; its creator): a browser's
    print takes the page's <title> ("... | site"), a report its own title; a file's name or a
    word processor's placeholder is no title (rule pdf_info_title)."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    def text(v) -> str:
        v = resolve1(v)
        return " ".join((decode_text(v) if isinstance(v, bytes) else str(v or "")).split())
    try:
        title, creator = text(info.get("Title")), text(info.get("Creator"))
    except Exception:  # noqa: BLE001 - the information dictionary is optional: the text is read anyway
        return None, ""
    if len(title) < TITLE_MIN or _NO_TITLE.search(title):
        return None, creator
    m = _SITE_AFTER.match(title)
    return ((m.group("title"), m.group("site").strip()) if m else (title, None)), creator


# a printed page's menu: a run of MENU_RUN or more lines of one to three short words each, no digit and
# no sentence's end ("Home", "World", "Business", "Markets", ...)
_MENU_ITEM = re.compile(r"^\s*[^\W\d_][^\d.!?:;,]{0,24}$")
MENU_RUN = 4
# the separators of a bar of items (a ticker, a share bar) on a printed page: a PDF's text has no other use for
# them (rule printed_bar)
_BAR = re.compile(r"\s\|\s")


def _menus(lines: list[str], hints: list) -> None:
    """Mark the menus and bars of a page printed from a browser as boilerplate (rules printed_menu,
    printed_bar): a menu's words ("World", "Business") would be read as the page's head, a ticker's
    prices as figures of the story."""
    def item(i: int) -> bool:
        t = lines[i]
        return hints[i] in (None, HINT_BOILERPLATE) and _MENU_ITEM.match(t) is not None and len(t.split()) <= 3
    for i, t in enumerate(lines):
        if hints[i] is None and len(_BAR.findall(t)) >= 2:
            hints[i] = HINT_BOILERPLATE   # "USD/EUR 0.92 | Brent $81.40 | Gold $2,315": a ticker or share bar
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (item(j) or (not lines[j].strip() and j > i and j + 1 < len(lines) and item(j + 1))):
            j += 1
        if sum(1 for k in range(i, j) if lines[k].strip()) >= MENU_RUN:
            for k in range(i, j):
                if lines[k].strip():
                    hints[k] = HINT_BOILERPLATE
        i = max(j, i + 1)


def _margin(text: str) -> re.Match | None:
    """The match of a browser's print margin line: the time of printing, or the page's address (group 1)."""
    text = unicodedata.normalize("NFKC", text)   # (pdfminer gives "ﬁle://" with its ligature)
    return _PRINT_TIME.match(text) or _PRINT_URL.match(text)


def _printed_page(pages: list[list[list[_Line]]]) -> tuple[bool, str | None]:
    """(whether the PDF is a page printed from a browser, the page's web address): the first
    page's top edge holds the time of printing or its bottom edge an address (rule printed_page)."""
    if not pages:
        return False, None
    lines = sorted((ln for b in pages[0] for ln in b), key=lambda ln: -ln.top)
    found = [m for ln in lines[-EDGE_LINES:] + lines[:EDGE_LINES] if (m := _margin(ln.text))]
    if not found:
        return False, None
    url = next((m.group(1) for m in found if m.re is _PRINT_URL), None)
    return True, url if url and url.lower().startswith("http") else None
