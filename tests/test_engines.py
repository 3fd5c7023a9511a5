"""Engines: a build gives the same tables whichever engine and however many workers."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tradeflows.cli import main
from tradeflows.dataset import build as dataset
from tradeflows.dataset import cache, engines, schema
from tradeflows.pipeline import parse_document, warm

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
# the small web pages and the 100 KB PDF book: every table gets rows, a series too
DOCS = ["000_523d8aef60cdafc4.txt", "002_d6a3e8bd91e997c9.txt", "003_af7687762862a3f2.txt",
        "004_affdc64c0251bbca.txt"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Four real documents, two more copies of the PDF book (each with its own last line)
    and a binary file."""
    src = tmp_path_factory.mktemp("in")
    lines = (RAW / "sources.csv").read_text(encoding="utf-8").splitlines()
    rows = [lines[0]]
    for name in DOCS:
        shutil.copyfile(RAW / name, src / name)
        rows += [ln for ln in lines[1:] if ln.split(",", 1)[0] == name]
    book = next(ln for ln in lines[1:] if ln.startswith("003_"))
    for copy in ("005_copy.txt", "006_copy.txt"):
        (src / copy).write_bytes((RAW / DOCS[2]).read_bytes() + f"\n{copy}\n".encode())
        rows.append(copy + book[book.index(","):])
    (src / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (src / "bad.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return src


@pytest.fixture(scope="module")
def serial_build(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("serial")
    assert dataset.build(corpus, out, jobs=1, parse=parse_document) == 1       # bad.bin fails, the rest is built
    return out


def table_bytes(out: Path) -> dict[str, bytes]:
    return {t.file: (out / t.file).read_bytes() for t in schema.TABLES.values()}


def test_process_pool_writes_the_same_bytes(corpus, serial_build, tmp_path):
    out = tmp_path / "out"
    before = dict(cache.COUNTER)
    assert main(["build", str(corpus), "-o", str(out), "--jobs", "2"]) == 1
    assert cache.COUNTER["parsed"] - before.get("parsed", 0) == 6   # counted from the workers
    assert table_bytes(out) == table_bytes(serial_build)
    figs = pq.read_table(out / "figures.parquet")
    assert figs.num_rows > 0
    assert pq.read_table(out / "series.parquet").num_rows > 0
    docs = figs.column("doc").to_pylist()          # in document order, as listed
    assert docs == sorted(docs) and {"005_copy.txt", "006_copy.txt"} <= set(docs)

    # a second build on two workers takes every document from the cache
    before = dict(cache.COUNTER)
    assert dataset.build(corpus, out, jobs=2, parse=parse_document, warm=warm) == 1
    assert (cache.COUNTER["parsed"] - before.get("parsed", 0),
            cache.COUNTER["reused"] - before.get("reused", 0)) == (0, 6)
    assert table_bytes(out) == table_bytes(serial_build)
    assert len(list((out / ".cache").glob("*.pkl"))) == 6


def test_bad_engine_options_are_usage_errors(corpus, tmp_path, capsys):
    assert main(["build", str(corpus), "-o", str(tmp_path), "--jobs", "0"]) == 2
    assert "--jobs must be >= 1" in capsys.readouterr().err
    assert main(["build", str(corpus), "-o", str(tmp_path), "--scheduler", "tcp://x:1"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_engines_keep_input_order_past_the_window():
    items = [5, -3, 8, -1, 0, 7, -2, 9, -6, 4]
    want = [abs(x) for x in items]
    assert list(engines.SerialEngine().map(abs, items)) == want
    eng = engines.ProcessEngine(2, window=3)
    try:
        assert list(eng.map(abs, items)) == want
    finally:
        eng.close()


@pytest.mark.dask
def test_dask_local_cluster_builds_the_same_tables(corpus, serial_build, tmp_path):
    pytest.importorskip("distributed")
    out = tmp_path / "out"
    assert dataset.build(corpus, out, jobs=2, engine="dask", parse=parse_document, warm=warm) == 1
    for t in schema.TABLES.values():
        got, want = pq.read_table(out / t.file), pq.read_table(serial_build / t.file)
        assert got.equals(want, check_metadata=True), t.file
    assert table_bytes(out) == table_bytes(serial_build)


@pytest.mark.dask
def test_dask_logs_are_only_shortened():
    """distributed's in-memory logs are lowered for a build (they kept every task's
    arguments of a 1 GB build alive in the driver), never raised or capped when unlimited."""
    pytest.importorskip("distributed")
    import dask
    low, mon = "distributed.admin.low-level-log-length", "distributed.admin.system-monitor.log-length"
    with dask.config.set({low: 1000, mon: 7200}):
        assert engines._short_logs() == {low: engines.LOW_LEVEL_LOG, mon: engines.MONITOR_LOG}
    with dask.config.set({low: None, mon: 10}):
        assert engines._short_logs() == {}


def test_batches_shrink_as_the_corpus_runs_out():
    """Guided scheduling: every document once, in order; each batch a 2*workers-th of what is
    left (at most the engine's cap), so the last batches are single documents."""
    docs = list(range(50))
    sizes = [len(b) for b in dataset._batches(docs, 16, 2)]
    assert sizes == [13, 10, 7, 5, 4, 3, 2, 2, 1, 1, 1, 1]
    assert [d for b in dataset._batches(docs, 16, 2) for d in b] == docs
    assert [len(b) for b in dataset._batches(docs, 4, 2)] == [4] * 10 + [3, 2, 2, 1, 1, 1]
    assert [len(b) for b in dataset._batches(docs, 1, 1)] == [1] * 50
    assert dataset._batches([], 16, 2) == []


def test_an_fsspec_address_builds_the_same_bytes(corpus, serial_build, tmp_path):
    # file:// goes through fsspec as s3:// or gs:// would; workers get the address, not bytes
    out = tmp_path / "out"
    assert main(["build", corpus.as_uri(), "-o", str(out), "--jobs", "2", "--no-report"]) == 1
    assert table_bytes(out) == table_bytes(serial_build)


def test_an_in_memory_fsspec_folder_is_read_like_a_local_one(corpus, tmp_path):
    import fsspec
    fs = fsspec.filesystem("memory")
    for p in corpus.iterdir():
        fs.pipe(f"/tf-corpus/{p.name}", p.read_bytes())
    from tradeflows.ingest.document import list_documents, load_sources, read_document
    names = [p.name for p in list_documents("memory://tf-corpus")]
    assert names == sorted(p.name for p in corpus.iterdir() if p.name != "sources.csv")
    d = read_document("memory://tf-corpus/003_af7687762862a3f2.txt", load_sources("memory://tf-corpus"))
    local = read_document(corpus / "003_af7687762862a3f2.txt", load_sources(corpus))
    assert (d.doc, d.sha256, d.published, d.meta) == (local.doc, local.sha256, local.published, local.meta)
    assert d.path == "memory://tf-corpus/003_af7687762862a3f2.txt"


def test_an_address_fsspec_cannot_open_is_a_usage_error_naming_it(tmp_path, capsys):
    assert main(["build", "nosuchprotocol://bucket/corpus", "-o", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "cannot read input nosuchprotocol://bucket/corpus" in err


def test_hash_chunks_are_one_per_worker_in_order():
    docs = list(range(7))
    assert dataset._chunks(docs, 2) == [[0, 1, 2, 3], [4, 5, 6]]
    assert dataset._chunks(docs, 1) == [docs]
    assert dataset._chunks(docs, 10) == [[d] for d in docs]
    assert dataset._chunks([], 2) == []
