"""HTML pages and PDF files: the same figures as the .txt of the same text, dates and pages
from what the file knows, and a clear error for every file that cannot be read.

The pages and PDFs are built here from the corpus and the external dev texts
(tests/pagemaker.py); held-out texts are never opened.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pagemaker as pm  # noqa: E402

from tradeflows.cli import main  # noqa: E402
from tradeflows.dataset.build import build  # noqa: E402
from tradeflows.errors import DocumentError  # noqa: E402
from tradeflows.ingest import document as ingest  # noqa: E402
from tradeflows.ingest.document import list_documents, load_sources, read_document  # noqa: E402
from tradeflows.ingest.sniff import sniff  # noqa: E402
from tradeflows.pipeline import figures_of_document, figures_of_text  # noqa: E402
from tradeflows.pipeline import parse_document  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
EXT = ROOT / "data" / "external" / "raw"
BOOK_003 = RAW / "003_af7687762862a3f2.txt"
HEAD_003 = "Belarus: building on development new export markets"
DATE_STYLES = ("meta", "json-ld", "time", "url", "none")
SOURCE_OF = {"meta": "html:meta", "json-ld": "html:json-ld", "time": "html:time", "url": "html:url"}


def key(f):
    return (f.kind, round(f.value, 6), f.value_high, f.currency)


def web_texts() -> list[Path]:
    held = set((ROOT / "data" / "external" / "heldout.txt").read_text().split())
    docs = [p for p in sorted(EXT.glob("d*.txt")) if p.name not in held]
    return docs + [RAW / n for n in ("000_523d8aef60cdafc4.txt", "002_d6a3e8bd91e997c9.txt",
                                     "004_affdc64c0251bbca.txt")]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """(txt path, html path, published date put in the page, date style) per dev text."""
    folder = tmp_path_factory.mktemp("pages")
    out = []
    for i, p in enumerate(web_texts()):
        src = load_sources(p.parent).get(p.name, {})
        pub = src.get("published") or f"20{10 + i % 15}-0{1 + i % 9}-1{i % 10}"
        style = DATE_STYLES[i % len(DATE_STYLES)]
        page = pm.news_page(pm.body_paragraphs(p), src.get("title") or p.stem,
                            src.get("outlet") or "Example News", pub, style,
                            "https://news.example.com/economy")
        h = folder / f"{p.stem}.html"
        h.write_text(page, encoding="utf-8")
        out.append((p, h, pub, style))
    return out


# --- HTML ---

def test_html_pages_give_the_figures_of_the_txt(pages):
    base = found = extra = 0
    for txt, html, _, _ in pages:
        a = Counter(map(key, figures_of_document(read_document(txt), relate=False)))
        b = Counter(map(key, figures_of_document(read_document(html), relate=False)))
        base += sum(a.values())
        found += sum((a & b).values())
        extra += sum((b - a).values())
    assert len(pages) == 33 and base > 400
    assert found / base >= 0.95, (found, base)
    assert extra / base <= 0.05, (extra, base)


def test_html_extra_figures_come_only_from_the_headline(pages):
    """No number of the menus, ticker, sidebar, scripts or footer reaches the figures;
    the page's <h1> is article text (the founding gold annotates headlines)."""
    for txt, html, _, _ in pages:
        d = read_document(html)
        a = Counter(map(key, figures_of_document(read_document(txt), relate=False)))
        b = Counter(map(key, figures_of_document(d, relate=False)))
        headline = Counter(map(key, figures_of_text(d.meta["title"], fmt="web", relate=False)))
        assert not (b - a) - headline, html.name


def test_html_publication_date_from_the_metadata(pages):
    for _, html, pub, style in pages:
        d = read_document(html)
        if style == "none":
            assert not (d.published_source or "").startswith("html:"), html.name
        else:
            assert (d.published, d.published_source) == (pub, SOURCE_OF[style]), html.name


def test_html_title_site_and_paragraphs(pages):
    txt, html, _, _ = pages[0]          # d41, cbw.ge: three paragraphs
    d = read_document(html)
    assert (txt.name, d.input_type, d.format, d.encoding) == (
        "d41_cbw-georgia-eu-2019.txt", "html", "web", "utf-8")
    assert d.meta["title"] == "d41_cbw-georgia-eu-2019" and d.meta["outlet"] == "cbw.ge"
    paras = d.raw.split("\n\n")
    assert len(paras) == 4                # the headline and the three paragraphs
    assert paras[1].startswith("Georgia’s exports to the EU countries amounted to $ 360.9 million")
    assert paras[3].rstrip().endswith("its share in total negative trade balance made 10.0 percent.")


def test_html_sidebar_time_is_not_the_page_date(tmp_path):
    page = pm.news_page(["Georgia’s exports to the EU countries amounted to $ 360.9 million."],
                        "Georgia exports", "cbw.ge", None, "none", "https://cbw.ge/economy")
    p = tmp_path / "page.htm"
    p.write_text(page, encoding="utf-8")
    d = read_document(p)
    assert (d.published, d.published_source) == (None, None)


# --- file type by content ---

def test_sniff_by_content_where_the_extension_lies(tmp_path, pages):
    html_bytes = pages[0][1].read_bytes()
    pdf_bytes = pm.hand_pdf([[(11, 760, "Exports rose 3.5% to $1.2 billion.")]])
    assert sniff(html_bytes, "page.txt") == "html"
    assert sniff(pdf_bytes, "report.html") == "pdf"
    assert sniff(b"Exports rose 3.5% to $1.2 billion.\n", "notes.html") == "text"
    assert sniff(b"\xef\xbb\xbf<!-- saved -->\n<HTML><body>x</body></HTML>", "a") == "html"
    (tmp_path / "page.txt").write_bytes(html_bytes)
    d = read_document(tmp_path / "page.txt")
    assert d.input_type == "html" and "<p>" not in d.raw and "dataLayer" not in d.raw


def test_list_documents_picks_up_html_htm_and_pdf(tmp_path):
    for name in ("a.html", "b.htm", "c.pdf", "d.txt", "sources.csv", "notes.md", ".hidden.pdf"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in list_documents(tmp_path)] == ["a.html", "b.htm", "c.pdf", "d.txt"]


# --- PDF ---

@pytest.fixture(scope="module")
def book(tmp_path_factory):
    folder = tmp_path_factory.mktemp("book")
    path = folder / "003_book.pdf"
    pm.book_pdf(pm.book_pages(BOOK_003), path, HEAD_003)
    return read_document(path)


def test_pdf_gives_the_figures_of_the_txt_and_none_from_footnotes(book):
    txt = Counter(map(key, figures_of_document(read_document(BOOK_003), relate=False)))
    figs = figures_of_document(book, relate=False)
    got = Counter(map(key, figs))
    assert sum(txt.values()) > 100
    assert sum((txt & got).values()) / sum(txt.values()) >= 0.95
    assert sum((got - txt).values()) == 0
    lines = book.raw.split("\n")
    for f in figs:
        assert book.line_hints[f.line - 1] is None, (f.figure, lines[f.line - 1])
        assert f.page is not None and 1 <= f.page <= len(book.pages)
        assert book.raw.count("\n", 0, f.char_start) + 1 <= f.line <= book.raw.count(
            "\n", 0, f.char_end) + 1
        assert book.raw[f.char_start:f.char_start + 2].lower() == f.figure[:2].lower()


def test_pdf_pages_footnotes_and_running_heads(book):
    lines = book.raw.split("\n")
    hints = dict(zip(range(len(lines)), book.line_hints))
    kinds = Counter(book.line_hints)
    assert len(book.pages) == 54 and kinds["page_number"] == 54 and kinds["boilerplate"] == 54
    assert {lines[i] for i, h in hints.items() if h == "boilerplate"} == {HEAD_003}
    assert [lines[i] for i, h in hints.items() if h == "page_number"][:3] == ["1", "2", "3"]
    # footnote 2 quotes "$10.3 billion" in its title: in the footnotes, not a figure
    note2 = next(i for i, ln in enumerate(lines) if ln.startswith("2 Belarus increased exports"))
    assert hints[note2] == "footnote"
    first = figures_of_document(book, relate=False)[0]
    assert (first.figure, first.page, first.line) == ("up to $50 billion", 1, 8)
    assert lines[7] == "exports, which should secure increase of Belarus' supplies up to $50"


def test_pdf_citations_come_from_the_footnote_lines(book):
    from tradeflows.text.clean import clean_document
    c = clean_document(book)
    txt = clean_document(read_document(BOOK_003))
    assert len(c.citations) == len(txt.citations) == 87
    assert c.citations[2].year == 2021
    assert c.citations[2].url.startswith("https://www.belta.by/economics/view/belarus-")


def test_pdf_with_footnotes_in_body_size_falls_back_to_text_cues(tmp_path):
    """Where font size does not tell footnotes apart, the layout stage's text cues do, as
    for a .txt; page numbers and running heads are still known from their position."""
    path = tmp_path / "same_size.pdf"
    pm.book_pdf(pm.book_pages(BOOK_003), path, HEAD_003, note_size=10)
    d = read_document(path)
    assert "footnote" not in d.line_hints and d.line_hints.count("page_number") == 54
    txt = Counter(map(key, figures_of_document(read_document(BOOK_003), relate=False)))
    got = Counter(map(key, figures_of_document(d, relate=False)))
    assert sum((txt & got).values()) / sum(txt.values()) >= 0.95
    assert sum((got - txt).values()) == 0


def test_pdf_written_by_hand_not_by_a_library(tmp_path):
    """A PDF from another writer: raw content streams, one text object per line, a
    footnote in 8 pt, page numbers; the footnote's year dates nothing in the body."""
    first = [(11, 760, "Trade with Kursk Oblast"),
             (11, 740, "In January-September 2017 Belarus' trade with Kursk Oblast totaled $96.3 million,1"),
             (11, 726, "40.5% up from the same period of last year."),
             (8, 80, "1 Belarus eager to restore trade [Electronic resource]. - 2017. - URL: https://www.belta.by/x"),
             (11, 40, "7")]
    second = [(11, 760, "Belarus' exports rose 3.5% to $1.2 billion in 2018."), (11, 40, "8")]
    p = tmp_path / "hand.pdf"
    p.write_bytes(pm.hand_pdf([first, second]))
    d = read_document(p)
    figs = figures_of_document(d, relate=False)
    assert [(f.figure, f.page, f.line) for f in figs] == [
        ("$96.3 million", 1, 3), ("40.5% up", 1, 4), ("3.5%", 2, 10), ("$1.2 billion", 2, 10)]
    assert d.line_hints[5] == "footnote" and d.line_hints[7] == "page_number"


@pytest.mark.skipif(not Path("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf").exists(),
                    reason="Debian's shared-mime-info documentation is not installed")
def test_pdf_from_the_wild_reads_page_by_page():
    d = read_document("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf")
    assert d.input_type == "pdf" and len(d.pages) > 5
    assert d.raw.startswith("Shared MIME-info Database\n")
    assert d.line_hints.count("page_number") == len(d.pages)   # DocBook prints one a page


# --- files that cannot be read: a clear error, the batch goes on ---

def _bad_files(folder: Path, book_pdf: Path) -> dict[str, str]:
    from PIL import Image
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    cv = canvas.Canvas(str(folder / "locked.pdf"), encrypt=pdfencrypt.StandardEncryption("secret"))
    cv.drawString(72, 700, "Exports grew by 12.5% to $3.2 billion in 2020.")
    cv.showPage()
    cv.save()
    Image.new("RGB", (600, 800), "white").save(folder / "scan.pdf")
    data = book_pdf.read_bytes()
    (folder / "cut.pdf").write_bytes(data[: len(data) // 2])
    (folder / "menu.html").write_text(
        "<html><head><title>Menu</title><script>var x = 42;</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/b'>Business</a></nav></body></html>")
    filler = "<div class='x'>Most read: Oil up 3.2%</div>\n" * 1_200_000
    (folder / "huge.html").write_text(f"<html><body>{filler}</body></html>")
    return {"locked.pdf": "encrypted PDF", "scan.pdf": "scanned, no text layer",
            "cut.pdf": "truncated PDF", "menu.html": "no article text",
            "huge.html": "over the 20 MB limit"}


def test_bad_files_are_errors_and_the_batch_goes_on(tmp_path, book, capsys):
    inp = tmp_path / "in"
    inp.mkdir()
    expected = _bad_files(inp, Path(book.path))
    (inp / "002.txt").write_bytes((RAW / "002_d6a3e8bd91e997c9.txt").read_bytes())
    assert (inp / "huge.html").stat().st_size > 50_000_000
    assert build(inp, tmp_path / "out", parse=parse_document) == 1
    rows = {r["doc"]: r for r in pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()}
    err = capsys.readouterr().err
    for name, reason in expected.items():
        assert rows[name]["status"] == "error" and reason in rows[name]["error"], rows[name]
        assert f"{inp / name}: " in err
    assert rows["scan.pdf"]["error"].endswith("OCR is out of scope: run OCR first "
                                              "(e.g. ocrmypdf) and give the result")
    assert rows["002.txt"]["status"] == "ok" and rows["002.txt"]["n_figures"] > 0
    assert rows["locked.pdf"]["input_type"] == "pdf" and rows["huge.html"]["input_type"] == "html"


def test_a_file_that_takes_too_long_is_given_up(tmp_path, monkeypatch):
    import time as _time

    def slow(data, path):
        _time.sleep(5)
        raise AssertionError("not stopped")

    monkeypatch.setitem(ingest.EXTRACTORS, "html", "tests_slow:slow")
    mod = type(sys)("tests_slow")
    mod.slow = slow
    monkeypatch.setitem(sys.modules, "tests_slow", mod)
    monkeypatch.setenv("TRADEFLOWS_INGEST_TIMEOUT", "0.2")
    p = tmp_path / "slow.html"
    p.write_text("<html><body><p>Exports rose 3.5%.</p></body></html>")
    with pytest.raises(DocumentError) as exc:
        read_document(p)
    assert "took longer than 0.2 s" in exc.value.reason and exc.value.path == str(p)


# --- the build: documents and figures tables ---

def test_build_of_html_and_pdf_fills_pages_dates_and_titles(tmp_path, book, pages, monkeypatch):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "book.pdf").write_bytes(Path(book.path).read_bytes())
    _, html, pub, style = pages[1]           # d42, json-ld date
    (inp / "page.html").write_bytes(html.read_bytes())
    (inp / "002.txt").write_bytes((RAW / "002_d6a3e8bd91e997c9.txt").read_bytes())
    assert build(inp, tmp_path / "out", parse=parse_document) == 0
    docs = {r["doc"]: r for r in pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()}
    assert (docs["book.pdf"]["input_type"], docs["book.pdf"]["format"], docs["book.pdf"]["n_pages"]) == (
        "pdf", "pdf", 54)
    assert (docs["page.html"]["published"], docs["page.html"]["published_source"],
            docs["page.html"]["outlet"]) == (pub, "html:json-ld", "bm.ge")
    assert (docs["002.txt"]["input_type"], docs["002.txt"]["n_pages"]) == ("text", None)
    figs = pq.read_table(tmp_path / "out" / "figures.parquet").to_pylist()
    by_doc = Counter((f["doc"], f["page"] is None) for f in figs)
    assert by_doc[("book.pdf", True)] == 0 and by_doc[("book.pdf", False)] > 100
    assert by_doc[("page.html", False)] == 0 and by_doc[("002.txt", False)] == 0
    # a second build reads the PDF and the page from the cache, not with the extractors
    import tradeflows.ingest.html
    import tradeflows.ingest.pdf

    def not_again(data, path):
        raise AssertionError(f"{path} extracted again")

    monkeypatch.setattr(tradeflows.ingest.pdf, "extract_pdf", not_again)
    monkeypatch.setattr(tradeflows.ingest.html, "extract_html", not_again)
    assert build(inp, tmp_path / "out", parse=parse_document) == 0
    assert pq.read_table(tmp_path / "out" / "figures.parquet").to_pylist() == figs


def test_cli_clean_prints_the_text_lines_refer_to(tmp_path, capsys):
    p = tmp_path / "hand.pdf"
    p.write_bytes(pm.hand_pdf([[(11, 760, "Belarus' exports rose 3.5% to $1.2 billion in 2018."),
                                (11, 40, "1")]]))
    for args in (["clean", str(p)], ["clean", "--raw", str(p)]):
        assert main(args) == 0
        out = capsys.readouterr().out.split("\n")
        assert out[:3] == ["Belarus' exports rose 3.5% to $1.2 billion in 2018.", "", "1"]
    assert main(["clean", "--body", str(p)]) == 0
    assert capsys.readouterr().out == "Belarus' exports rose 3.5% to $1.2 billion in 2018.\n"
    assert main(["extract", str(p)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("page\tline\tkind") and table[1].startswith("1\t1\tgrowth\t3.5")
