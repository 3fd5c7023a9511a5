"""Ingest: decoding (UTF-8, cp1251, latin-1), unreadable files, metadata and
publication dates, on the real corpus and on small files written to tmp_path."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tradeflows.cli import main
from tradeflows.errors import DocumentError
from tradeflows.ingest.document import (date_from_text, decode, guess_format, list_documents,
                               load_sources, read_document)

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
WEB_000 = RAW / "000_523d8aef60cdafc4.txt"
BOOK_001 = RAW / "001_f541c9b7c73f1bbf.txt"
WEB_002 = RAW / "002_d6a3e8bd91e997c9.txt"
PDF_003 = RAW / "003_af7687762862a3f2.txt"
WEB_004 = RAW / "004_affdc64c0251bbca.txt"

# 000 line 21, with its accented "Garanké"
NIAMEY = ("A meeting was held between Mayor of Niamey, Colonel Boubacar Soumana Garanké and "
          "Belarusian Deputy Industry Minister Denis Bakey.")
# The first line of the Russian original of 002 (BelTA)
KURSK_RU = ("МИНСК, 5 декабря (БЕЛТА) – Беларусь заинтересована в восстановлении объемов "
            "торговли с Курской областью России до $250 млн.\n")


# --- decoding: UTF-8 first, then cp1251 or latin-1, recorded on the Document ---

def test_corpus_is_read_as_utf8():
    d = read_document(BOOK_001)
    data = BOOK_001.read_bytes()
    assert d.encoding == "utf-8"
    assert d.raw == data.decode("utf-8")
    assert d.sha256 == hashlib.sha256(data).hexdigest()
    assert d.doc == BOOK_001.name
    assert "the framework of which “an agreement on cooperation was signed" in d.raw


def test_utf8_bom_is_dropped_and_crlf_normalised(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + (NIAMEY + "\r\nSecond line\rThird\r\n").encode("utf-8"))
    d = read_document(p)
    assert (d.encoding, d.raw) == ("utf-8", NIAMEY + "\nSecond line\nThird\n")


def test_cp1251_file_is_decoded_and_reported(tmp_path):
    p = tmp_path / "kursk_ru.txt"
    p.write_bytes(KURSK_RU.encode("cp1251"))
    with pytest.raises(UnicodeDecodeError):
        p.read_bytes().decode("utf-8")
    d = read_document(p)
    assert (d.encoding, d.raw) == ("cp1251", KURSK_RU)


def test_latin1_fallback_for_mostly_latin_text(tmp_path):
    p = tmp_path / "niamey.txt"
    p.write_bytes(NIAMEY.encode("latin-1"))
    d = read_document(p)
    assert (d.encoding, d.raw) == ("latin-1", NIAMEY)


def test_decode_returns_text_and_encoding():
    assert decode(NIAMEY.encode("utf-8")) == (NIAMEY, "utf-8")
    assert decode(KURSK_RU.encode("cp1251")) == (KURSK_RU, "cp1251")
    assert decode(NIAMEY.encode("latin-1")) == (NIAMEY, "latin-1")


# --- unreadable files: DocumentError naming the file ---

@pytest.mark.parametrize("name, data, reason", [
    ("scan.pdf", b"%PDF-1.7\n\x00\x01\x02binary\x00stream", "truncated PDF"),
    ("image.txt", bytes(range(1, 9)) * 64, "binary"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n\t \n", "empty"),
])
def test_unreadable_file_raises_document_error_naming_it(tmp_path, name, data, reason):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(DocumentError) as exc:
        read_document(p)
    assert exc.value.path == str(p)
    assert str(exc.value).startswith(f"{p}: ")
    assert reason in exc.value.reason


def test_missing_file_raises_document_error(tmp_path):
    p = tmp_path / "missing.txt"
    with pytest.raises(DocumentError) as exc:
        read_document(p)
    assert exc.value.path == str(p) and "cannot read" in str(exc.value)


def test_cli_reports_binary_file_and_exits_1(tmp_path, capsys):
    p = tmp_path / "scan.txt"
    p.write_bytes(b"\x00\x00\x00\x01binary")
    assert main(["clean", str(p)]) == 1
    err = capsys.readouterr().err
    assert err == f"tradeflows: error: {p}: binary file (NUL bytes), not text\n"


# --- metadata: sources.csv, the document list, the format ---

def test_sources_csv_metadata():
    sources = load_sources(RAW)
    assert sorted(sources) == sorted(p.name for p in (WEB_000, BOOK_001, WEB_002, PDF_003,
                                                       WEB_004))
    assert sources[BOOK_001.name] == {
        "title": 'Belarus\'s cooperation with the countries of the "far arc" (Asia, Africa, '
                 'Latin America)',
        "outlet": "B. Zalessky", "published": "2025", "format": "pdf", "language": "en",
        "reporter": "Belarus", "url": ""}
    assert sources[WEB_004.name]["published"] == ""


def test_sources_csv_without_doc_column_is_an_error(tmp_path):
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2020\n", encoding="utf-8")
    with pytest.raises(DocumentError) as exc:
        load_sources(tmp_path)
    assert "sources.csv" in str(exc.value)


def test_no_sources_csv_means_no_metadata(tmp_path):
    assert load_sources(tmp_path) == {}


def test_list_documents_skips_metadata():
    assert [p.name for p in list_documents(RAW)] == [
        WEB_000.name, BOOK_001.name, WEB_002.name, PDF_003.name, WEB_004.name]


@pytest.mark.parametrize("path, fmt", [
    (WEB_000, "web"), (BOOK_001, "pdf"), (WEB_002, "web"), (PDF_003, "pdf"), (WEB_004, "web")])
def test_guess_format_of_corpus(path, fmt):
    assert guess_format(path.read_text(encoding="utf-8")) == fmt


# --- publication date: sources.csv first, else written on the page ---

@pytest.mark.parametrize("path, published, year", [
    (WEB_000, "2025-11-20", 2025),
    (BOOK_001, "2025", 2025),
    (WEB_002, "2017-12-05", 2017),
    (PDF_003, "2021", 2021),
])
def test_publication_date_from_sources_csv(path, published, year):
    d = read_document(path, load_sources(RAW))
    assert (d.published, d.published_source, d.pub_year) == (published, "sources.csv", year)


@pytest.mark.parametrize("path, published", [
    (WEB_000, "2025-11-20"),  # line 12 "20 Nov 2025"
    (WEB_002, "2017-12-05"),  # line 12 "5 Dec 2017", line 18 "MINSK, 5 December (BelTA)"
])
def test_publication_date_from_text_when_sources_csv_has_none(tmp_path, path, published):
    shutil.copy(path, tmp_path / path.name)
    (tmp_path / "sources.csv").write_text(
        f"doc,title,outlet,published,format,language,reporter\n{path.name},T,BelTA,,web,en,\n",
        encoding="utf-8")
    d = read_document(tmp_path / path.name, load_sources(tmp_path))
    # the byline date line ("20 Nov 2025", "5 Dec 2017") names its rule
    assert (d.published, d.published_source, d.pub_year) == (published, "text:byline", int(published[:4]))
    assert d.reporter is None  # no country is assumed: relate infers it from the page


def test_no_publication_date_anywhere():
    # 004: empty in sources.csv, and the page has "August 13" and "March 1999" only
    d = read_document(WEB_004, load_sources(RAW))
    assert (d.published, d.published_source, d.pub_year) == (None, None, None)


def test_date_from_text_full_date():
    head = "\n".join(WEB_000.read_text(encoding="utf-8").split("\n")[:19])
    assert "20 Nov 2025" in head
    assert date_from_text(head) == "2025-11-20"


def test_date_from_text_dateline_takes_year_from_page():
    # 002 without its "5 Dec 2017" line: the dateline "MINSK, 5 December (BelTA)" and the
    # year the page mentions ("In January-September 2017", line 32).
    lines = WEB_002.read_text(encoding="utf-8").split("\n")
    page = "\n".join(line for line in lines if line != "5 Dec 2017")
    assert "MINSK, 5 December (BelTA)" in page
    assert date_from_text(page) == "2017-12-05"


@pytest.mark.parametrize("text, iso", [
    ("Business news\n\n20 Nov 2025\n\nBelarus, Niger seek to expand cooperation", "2025-11-20"),
    ("Published November 20, 2025 by BelTA", "2025-11-20"),
    ("MINSK, 5 December (BelTA) – no year on this page at all.", None),
    ("ASTANA (TCA) — Kobyakov said on August 13 at the opening of the forum", None),
])
def test_date_from_text_small(text, iso):
    assert date_from_text(text) == iso
