"""Test fixtures: real corpus texts laid out as the files users have.

`news_page` wraps a text's body paragraphs in a realistic saved news page: a
navigation bar, a cookie banner, a "most read" sidebar whose headlines carry
numbers of their own, inline scripts full of numbers, a footer, and the
publication date in one of the places sites put it. `book_pdf` sets the pages of
a PDF-extracted book (data/raw/003) again as a PDF with reportlab: body in
10 pt, footnotes in 7.5 pt at the foot of each page, a running head and page
numbers. Both keep the text's own lines, so a build of the file can be compared
with the .txt build of the same lines.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

from tradeflows.ingest.document import read_document
from tradeflows.text.clean import clean_text
from tradeflows.text.layout import BODY, FOOTNOTE, PAGE_NO

# Headlines of other stories, with numbers of their own (none of them is in any corpus text).
SIDEBAR = [
    "Oil prices climb 3.2% as OPEC+ extends cuts",
    "Central bank holds key rate at 9.5 percent",
    "Tech giant posts $4.7 billion quarterly profit",
    "Wheat harvest seen 12% below last year",
    "Airline orders 40 jets worth $6 billion",
]
NAV = ["Home", "World", "Business", "Markets", "Economy", "Opinion", "Sport", "Video"]
SCRIPT = ("window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'article',"
          "'articleId':884512,'revenue':'$12.5 million','share':'45%'});"
          "var ads={slot:'top_728x90',refresh:30000,price:2.35};")


def body_paragraphs(path: Path) -> list[str]:
    """The lines of a .txt that its web layout keeps as body (page chrome of the .txt dropped)."""
    d = read_document(path)
    c = clean_text(d.raw, "web", d.doc)
    return [ln.strip() for ln, k in zip(d.raw.split("\n"), c.layout.kinds) if k == BODY]


def news_page(paragraphs: list[str], title: str, site: str, published: str | None,
              date_style: str, url: str) -> str:
    """A saved news page; `date_style`: meta, json-ld, time, url or none."""
    esc = html.escape
    head = [f"<meta charset=\"utf-8\">", f"<title>{esc(title)} | {esc(site)}</title>",
            f"<meta property=\"og:site_name\" content=\"{esc(site)}\">",
            f"<meta property=\"og:title\" content=\"{esc(title)}\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"]
    page_url = url
    if date_style == "meta":
        head.append(f"<meta property=\"article:published_time\" content=\"{published}T08:30:00+03:00\">")
    elif date_style == "json-ld":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": f"{published}T10:15:00Z", "publisher": {"@type": "Organization", "name": site}}
        head.append(f"<script type=\"application/ld+json\">{json.dumps(ld)}</script>")
    elif date_style == "url":
        y, m, d = published.split("-")
        page_url = url.rstrip("/") + f"/{y}/{m}/{d}/story.html"
    head.append(f"<link rel=\"canonical\" href=\"{esc(page_url)}\">")
    head.append(f"<script>{SCRIPT}</script>")
    time_tag = (f"<time datetime=\"{published}\">{published}</time>" if date_style == "time" else "")
    nav = "".join(f"<li><a href=\"/{n.lower()}\">{n}</a></li>" for n in NAV)
    side = "".join(f"<li><a href=\"/story/{i}\">{esc(h)}</a> <time datetime=\"2011-0{i + 1}-0{i + 1}\">"
                   f"{i + 2} hours ago</time></li>" for i, h in enumerate(SIDEBAR))
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
{chr(10).join(head)}
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept all 3 categories</button></div>
<header class="site-header"><a class="logo" href="/">{esc(site)}</a>
<nav class="main-nav"><ul>{nav}</ul></nav>
<div class="ticker">USD/EUR 0.92 | Brent $81.40 | Gold $2,315</div></header>
<main>
<article class="story">
<h1>{esc(title)}</h1>
<div class="byline">By Staff Reporter {time_tag}</div>
<div class="story-body">
{paras}
</div>
<div class="share">Share on Facebook | Twitter | 1,204 comments</div>
</article>
<aside class="sidebar"><h3>Most read</h3><ol>{side}</ol></aside>
</main>
<script>{SCRIPT.replace('884512', '884513')}</script>
<footer class="site-footer"><p>&copy; 2008-2025 {esc(site)}. All rights reserved.</p>
<p>Registered office: 25 Market Street, 4th floor. Tel. +1 202 555 0147</p>
<ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li></ul></footer>
</body></html>
"""


def book_pages(path: Path) -> list[tuple[list[str], list[str]]]:
    """(body lines, footnote lines) per page of a PDF-extracted book text: a page ends
    where a footnote block ends, as the book's extraction laid them out."""
    d = read_document(path)
    c = clean_text(d.raw, "pdf", d.doc)
    pages, body, notes = [], [], []
    for ln, k in zip(d.raw.split("\n"), c.layout.kinds):
        s = ln.strip()
        if k == BODY:
            if notes:
                pages.append((body, notes))
                body, notes = [], []
            body.append(s)
        elif k == FOOTNOTE:
            notes.append(s)
    if body or notes:
        pages.append((body, notes))
    # a long run of body (where the extraction lost a page's footnotes) fills several pages
    out = []
    for body, notes in pages:
        while len(body) > MAX_BODY_LINES:
            out.append((body[:MAX_BODY_LINES], []))
            body = body[MAX_BODY_LINES:]
        out.append((body, notes))
    return out


MAX_BODY_LINES = 40


def book_pdf(pages: list[tuple[list[str], list[str]]], target: Path, head: str,
             note_size: float = 7.5) -> None:
    """A PDF: 10 pt body, 7.5 pt footnotes under a rule, a running head and page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    cv = canvas.Canvas(str(target), pagesize=A4)
    cv.setTitle(head)
    for n, (body, notes) in enumerate(pages, 1):
        cv.setFont("Times-Italic", 9)
        cv.drawString(72, h - 40, head)
        cv.setFont("Times-Roman", 10)
        y = h - 72
        for line in body:
            cv.drawString(72, y, line)
            y -= 13
        y = 60 + 9 * len(notes)
        cv.line(72, y + 8, 200, y + 8)
        cv.setFont("Times-Roman", note_size)
        for line in notes:
            cv.drawString(72, y, line)
            y -= 9
        cv.setFont("Times-Roman", 10)
        cv.drawCentredString(w / 2, 30, str(n))
        cv.showPage()
    cv.save()


def hand_pdf(pages: list[list[tuple[float, float, str]]]) -> bytes:
    """A PDF written by hand, not by a PDF library: each page a list of (font size, y, text)
    lines in Helvetica, each line its own text object, with a correct xref table."""
    def esc(t: str) -> str:
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        ops = "".join(f"BT /F1 {size:g} Tf 1 0 0 1 72 {y:g} Tm ({esc(text)}) Tj ET\n"
                      for size, y, text in lines).encode("cp1252")
        objs.append(f"<< /Length {len(ops)} >>\nstream\n".encode() + ops + b"endstream")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    f"/Resources << /Font << /F1 3 0 R >> >> /Contents {len(objs)} 0 R >>")
        kids.append(len(objs))
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + (o if isinstance(o, bytes) else o.encode()) + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
