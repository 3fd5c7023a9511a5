"""The same page as a browser prints it to PDF or saves it as HTML, and a page's copyright notice.

A browser's print ("Save as PDF", headless chromium --print-to-pdf) sets the time of printing
and the page's title at the top of every page, the page's address and "1/2" at the bottom:
the time is no date of the page, the address is the page's own (its date), and none of it is
text. A footer's "Copyright © 2011-2022" names no year the page speaks of. Sentences: the
Astana Times page of data/web2 (x04) and real copyright footers.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pagemaker as pm  # noqa: E402

from tradeflows.ingest.document import load_sources, read_document  # noqa: E402
from tradeflows.ingest.page_year import text_year  # noqa: E402
from tradeflows.pipeline import figures_of_document  # noqa: E402
from tradeflows.text.layout import BOILERPLATE, BODY, classify_web  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
X04 = ROOT / "data" / "web2" / "raw" / "x04_astanatimes-uzbekistan-kazakhstan-2023.txt"
URL = "https://astanatimes.com/2023/07/kazakhstan-emerges-as-uzbekistans-third-largest-trade-partner/"
BODY_LINES = [
    "ASTANA – Kazakhstan ranks as Uzbekistan’s third leading foreign trade partner with a turnover",
    "of $ 2.19 billion (7.5%) among 183 countries worldwide during the first half of the year, reported",
    "the Uzbek Agency of Statistics on July 20.",
    "Uzbekistan exported goods worth $699.3 million to Kazakhstan, while imports reached $1,496.2",
    "million. The previous year, the bilateral trade between the two states was nearly $5 billion.",
]


def facts(doc):
    return [(f.figure, f.measure, f.reporter_iso3, f.partner, f.year, f.period_start, f.period_end)
            for f in figures_of_document(doc)]


# --- copyright notices ---

def test_copyright_years_are_no_time_of_the_page():
    sentence = "The previous year, the bilateral trade between the two states was nearly $5 billion."
    assert text_year(sentence + "\n\nCopyright ©2026Datazip. All rights reserved.") is None
    assert text_year(sentence + "\nEqra Tech Company. All rights reserved. Copyright © 2011-2022") is None
    assert text_year("Exports rose in 2021.\nAll rights reserved. Copyright © 2011-2022") == 2021
    # (a year after a span's dash stays a span's end, copyright or not)
    assert text_year("In 2019 exports rose. (c) 2005-2007 Example") == 2019


def test_a_copyright_line_is_web_boilerplate():
    lines = ["Uzbekistan exported goods worth $699.3 million to Kazakhstan.",
             "Copyright ©2026Datazip. All rights reserved.", "© Fourth Estate® — All Rights Reserved."]
    assert classify_web(lines).kinds == [BODY, BOILERPLATE, BOILERPLATE]


# --- a browser's print ---

def printed(tmp_path, url: str | None = URL, stamp: str = "12/3/26, 12:03 AM") -> Path:
    """x04's sentences as a browser prints them: 8 pt margins above and below, 11 pt body."""
    top = [(8, 815, stamp)] if stamp else []
    top.append((8, 803, "Kazakhstan Emerges as Uzbekistan’s Third Largest Trade Partner - The Astana Times"))
    body = [(11, 760 - 14 * i, ln) for i, ln in enumerate(BODY_LINES)]
    bottom = ([(8, 20, url)] if url else []) + [(8, 8, "1/1")]
    p = tmp_path / "printed.pdf"
    p.write_bytes(pm.hand_pdf([top + body + bottom]))
    return p


def test_printed_page_margins_are_not_text_and_the_address_dates_the_page(tmp_path):
    d = read_document(printed(tmp_path))
    lines = d.raw.split("\n")
    hinted = {lines[i]: h for i, h in enumerate(d.line_hints) if h}
    assert hinted["12/3/26, 12:03 AM"] == "boilerplate" and hinted[URL] == "boilerplate"
    assert hinted["1/1"] == "page_number"
    assert d.meta["url"] == URL
    assert (d.published, d.published_source) == ("2023-07", "pdf:url")
    got = facts(d)
    assert ("$ 2.19 billion", "turnover", "UZB", "Kazakhstan", 2023, "2023-01", "2023-06") in got
    assert ("nearly $5 billion", "turnover", "UZB", "Kazakhstan", 2022, "2022-01", "2022-12") in got


def test_the_time_of_printing_is_never_the_page_date(tmp_path):
    d = read_document(printed(tmp_path, url="file:///home/user/Downloads/astana.html",
                              stamp="03.12.2026, 00:03"))
    assert (d.published, d.meta.get("url")) == (None, None)
    assert d.line_hints[d.raw.split("\n").index("03.12.2026, 00:03")] == "boilerplate"
    assert {y for *_, y, _, _ in facts(d)} == {None}   # the page names no year, and printing gives none


def test_a_pdf_that_is_no_browser_print_keeps_its_edges(tmp_path):
    """A report whose first line is a date and time of a meeting is no print: nothing is dropped."""
    p = tmp_path / "report.pdf"
    p.write_bytes(pm.hand_pdf([[(11, 790, "Exports of Uzbekistan rose 7.5% in 2023."),
                                (11, 770, "The meeting is set for 20 July at 10:00 in Tashkent.")]]))
    d = read_document(p)
    assert d.meta.get("url") is None and not any(d.line_hints)
    assert [f.figure for f in figures_of_document(d, relate=False)] == ["7.5%"]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium (Debian: apt-get install chromium; .ci/run installs it)")
def test_a_page_printed_by_chromium_gives_the_facts_of_its_text(tmp_path):
    """The x04 page saved as HTML (menus, cookie banner, sidebar, footer) and printed by headless
    chromium with its default margins: the same trade facts as the .txt with its sources.csv row,
    whose date (July 2023) the printed page gives only in its address."""
    src = load_sources(X04.parent)[X04.name]
    html = tmp_path / "page.html"
    paras = pm.body_paragraphs(X04)
    html.write_text(pm.news_page(paras[1:], paras[0], src["outlet"], None, "none", URL), encoding="utf-8")
    pdf = tmp_path / "page.pdf"
    # the page is served as itself: its address in the print margin is the page's own
    script = tmp_path / "serve.py"
    script.write_text(
        "import http.server, sys\n"
        "body = open(sys.argv[1], 'rb').read()\n"
        "class H(http.server.BaseHTTPRequestHandler):\n"
        "    def do_GET(self):\n"
        "        self.send_response(200); self.send_header('Content-Type', 'text/html; charset=utf-8')\n"
        "        self.end_headers(); self.wfile.write(body)\n"
        "    def log_message(self, *a): pass\n"
        "s = http.server.HTTPServer(('127.0.0.1', 0), H); print(s.server_port, flush=True); s.serve_forever()\n")
    server = subprocess.Popen([sys.executable, str(script), str(html)], stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline())
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                        f"--host-resolver-rules=MAP astanatimes.com 127.0.0.1:{port}",
                        f"--print-to-pdf={pdf}", URL.replace("https://", "http://")],
                       capture_output=True, timeout=120, check=False)
    finally:
        server.kill()
    assert pdf.exists(), "chromium wrote no PDF"
    d = read_document(pdf)
    assert d.meta["url"] == URL.replace("https://", "http://") and d.published == "2023-07"
    want = facts(read_document(X04, load_sources(X04.parent)))
    got = facts(d)
    assert len(want) == 12 and all(f in got for f in want), sorted(set(want) - set(got))


def test_a_printed_page_menu_is_no_head(tmp_path):
    """The site's menu printed above the story ("Home", "World", "Business", ...): boilerplate, so that
    its "World" does not make the page's head speak of world totals (rule printed_menu)."""
    menu = ["Home", "World", "Business", "Markets", "Economy"]
    lines = [(8, 815, "12/3/26, 12:21 AM")] + [(11, 780 - 14 * i, w) for i, w in enumerate(menu)]
    lines += [(11, 690 - 14 * i, ln) for i, ln in enumerate(BODY_LINES)] + [(8, 20, URL), (8, 8, "1/1")]
    p = tmp_path / "menu.pdf"
    p.write_bytes(pm.hand_pdf([lines]))
    d = read_document(p)
    raw = d.raw.split("\n")
    assert [d.line_hints[raw.index(w)] for w in menu] == ["boilerplate"] * 5
    assert d.line_hints[raw.index(BODY_LINES[2])] is None


def test_three_short_lines_of_a_report_are_no_menu(tmp_path):
    """Not printed from a browser, a PDF's short lines stay text, menu-like or not."""
    lines = [(11, 780 - 14 * i, w) for i, w in enumerate(["Exports", "Imports", "Balance", "Turnover"])]
    lines.append((11, 700, "Exports of Uzbekistan rose 7.5% in 2023."))
    p = tmp_path / "report.pdf"
    p.write_bytes(pm.hand_pdf([lines]))
    assert not any(read_document(p).line_hints)


def info_pdf(path: Path, title: str, creator: str) -> Path:
    from reportlab.pdfgen import canvas
    cv = canvas.Canvas(str(path))
    cv.setTitle(title)
    cv.setCreator(creator)
    cv.setFont("Times-Roman", 11)
    for i, ln in enumerate(BODY_LINES):
        cv.drawString(72, 760 - 14 * i, ln)
    cv.showPage()
    cv.save()
    return path


def test_the_pdf_title_and_site_from_its_information(tmp_path):
    """A browser writes the page's <title> as the PDF's title: the story's title, and the site after
    the last separator (rule pdf_info_title); its creator names the browser, so it is a print."""
    chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36"
    d = read_document(info_pdf(tmp_path / "a.pdf",
                               "Vietnam-Japan trade reaches over US$20 billion in first half | cand.com.vn (VOV)", chrome))
    assert (d.meta["title"], d.meta["outlet"]) == ("Vietnam-Japan trade reaches over US$20 billion in first half",
                                                   "cand.com.vn (VOV)")
    assert d.outlet_iso3 == "VNM"


def test_a_file_name_is_no_pdf_title(tmp_path):
    for i, junk in enumerate(["Microsoft Word - Trade_Review_2023_final.docx", "untitled", "Trade review.pdf"]):
        d = read_document(info_pdf(tmp_path / f"{i}.pdf", junk, "Microsoft® Word 2016"))
        assert d.meta.get("title") is None and d.meta.get("outlet") is None, junk


def test_a_printed_page_bar_of_items_is_no_text(tmp_path):
    """A ticker or a share bar printed with the page (items between pipes): boilerplate (rule
    printed_bar), so its prices are no figures of the story. (A .txt page keeps such a line.)"""
    bar = "USD/EUR 0.92 | Brent $81.40 | Gold $2,315"
    lines = [(8, 815, "12/3/26, 12:21 AM"), (11, 780, bar)]
    lines += [(11, 750 - 14 * i, ln) for i, ln in enumerate(BODY_LINES)] + [(8, 20, URL), (8, 8, "1/1")]
    p = tmp_path / "bar.pdf"
    p.write_bytes(pm.hand_pdf([lines]))
    d = read_document(p)
    assert d.line_hints[d.raw.split("\n").index(bar)] == "boilerplate"
    assert "$81.40" not in [f.figure for f in figures_of_document(d, relate=False)]


def test_a_list_whose_items_are_paragraphs_takes_the_measure_of_its_opening():
    """A saved page writes each list item as a paragraph of its own (<li> or <p>): every item, not only
    the first, takes the measure of the line that opens the list (rule list_intro_items). Lines of the
    ABS page of data/web8 (n11), as its HTML has them."""
    from tradeflows.pipeline import figures_of_text
    text = ("The top 5 importing partners for Australia are:\n\n"
            "1. China, up $20,951m (22%) to $114,244m\n\n"
            "2. United States of America, up $12,612m (29%) to $56,662m\n\n"
            "3. Singapore, up $11,388m (65%) to $28,891m\n\n"
            "Services credits rose in 2022.\n\n"
            "4. Japan, up $15,578m (131%) to $27,431m\n")
    got = [(f.figure, f.measure, f.partner)
           for f in figures_of_text(text, fmt="web", pub_year=2023, reporter="Australia")]
    assert got[:9] == [("$20,951m", "imports", "China"), ("22%", "imports", "China"), ("$114,244m", "imports", "China"),
                       ("$12,612m", "imports", "United States"), ("29%", "imports", "United States"),
                       ("$56,662m", "imports", "United States"),
                       ("$11,388m", "imports", "Singapore"), ("65%", "imports", "Singapore"), ("$28,891m", "imports", "Singapore")]
    # (a paragraph of prose ends the list: the item after it has no opening line to take a measure from)
    assert got[9][:2] == ("$15,578m", "other")
