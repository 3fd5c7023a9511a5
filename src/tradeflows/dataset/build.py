"""Build the dataset tables from a folder of documents.

`build(input_dir, output_dir)` streams the documents one at a time (read ->
clean -> figures, through the per-document cache), collects the small figure
rows, converts money to US dollars, decides each figure's series_status and derives
the annual panel and the entities' flows (tradeflows.dataset.series) and the arithmetic
checks between cells (tradeflows.dataset.checks), and writes documents, figures,
citations, series, series_entities and checks as typed Parquet tables (see
tradeflows.dataset.schema), each to a temporary file renamed into place
(tradeflows.dataset.parquet_io). The per-document work an engine maps over the corpus (read,
parse through the cache, shape the rows) is tradeflows.dataset.tasks.

Exit codes: 0 ok, 1 some documents failed, 2 usage error.
"""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import Any, Callable

import pyarrow.parquet as pq

from tradeflows.dataset import checks, schema
from tradeflows.dataset.cues import country_label, is_country_itself, m49  # noqa: F401
from tradeflows.dataset.series import (DEFAULT_MIN_CONFIDENCE, ENTITY_REASONS,  # noqa: F401
                                       SERIES_FIELDS, admission, disagree, entity_kind,
                                       series_status, share_evidence)
from tradeflows.dataset.cells import (entity_cells, entity_rows, entity_table,  # noqa: F401
                                      national_cells, series_rows, series_table)
from tradeflows.dataset.cache import CACHE_DIR, DocumentCache, code_digest, tool_version
from tradeflows.errors import DocumentError
from tradeflows.ingest.document import SOURCE_FIELDS, list_documents, load_sources
from tradeflows.ingest.location import as_path
from tradeflows.vocab import sre_cache
from tradeflows.dataset.parquet_io import (StreamedTable, file_mode, temp_in, atomic_path,  # noqa: F401
                                           make_table, write_parquet)
from tradeflows.dataset.tasks import (DocResult, Task, figure_rows, parse_batch, parse_task,  # noqa: F401
                                      say_line, sha256_batch)

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE = 0, 1, 2
FLOWS = schema.FLOWS


# ------------------------------------------------------------------ build

def _progress(items, **kw):
    """A tqdm bar on a terminal; elsewhere (CI, a log, a pipe) a silent counter, so a
    build that shows no bar does not import tqdm (a fixed cost of every build)."""
    quiet = bool(os.environ.get("CI")) or not sys.stderr.isatty()
    if quiet:
        return _NoBar()
    from tqdm import tqdm
    return tqdm(items, file=sys.stderr, unit="doc", **kw)


class _NoBar:
    """What the build asks of a progress bar that is not shown."""

    disable = True

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def build(input_dir: str | Path, output_dir: str | Path, force: bool = False,
          jobs: int | None = 1, engine: str = "local", scheduler: str | None = None,
          min_confidence: float = DEFAULT_MIN_CONFIDENCE, strict: bool = False, *,
          parse: Callable[[Any], dict], warm: Callable[[], Any] | None = None) -> int:
    """Build documents, figures, citations, series, series_entities and checks into
    output_dir; the exit code.

    `parse` turns one read document (ingest.document.Document) into what the cache stores
    (figure dicts, citations, decimal mark, warnings): tradeflows.pipeline.parse_document,
    passed down by the caller on top (cli, pipeline) so that this module never imports the
    stages above it. It must be picklable (a module-level function): it goes to the
    workers. `warm` (optional, e.g. tradeflows.pipeline.warm) builds the stages'
    registries once before an engine forks its workers.

    Documents are streamed through an engine (tradeflows.dataset.engines): `jobs=1` parses
    in this process, `jobs=N` in a pool of N processes (None: one per core), `engine="dask"`
    on a Dask cluster (`scheduler` address, or a LocalCluster). Results come back in
    document order and their rows are written as they come, so the tables are the same
    whatever ran them and memory does not grow with the corpus: the figures admitted to
    the series or the entities' table (tradeflows.dataset.series) are gathered into their
    cells as they come (tradeflows.dataset.cells keeps a cell's best figure and a small entry
    per other figure), and every figure row gets its series_status. All tables are written to temporary files and
    renamed into place together at the end, so an interrupted or failed build leaves the
    previous set whole.

    A rule that throws on one figure drops that figure: the document stays `ok`, its
    `warnings` count and first `warning` go into documents.parquet and stderr names the
    file, line and rule. strict=True makes such a document `error` (for development)."""
    from tradeflows.dataset.engines import make_engine
    input_dir, out = as_path(input_dir), Path(output_dir)
    try:
        is_dir = input_dir.is_dir()
    except (OSError, ImportError, ValueError) as exc:  # an address fsspec cannot open
        print(f"tradeflows: error: cannot read input {input_dir}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not is_dir:
        print(f"tradeflows: error: input folder {input_dir} not found", file=sys.stderr)
        return EXIT_USAGE
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"tradeflows: error: cannot create output folder {out}: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_USAGE
    try:
        sources = load_sources(input_dir)
        paths = list_documents(input_dir)
    except DocumentError as exc:
        print(f"tradeflows: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    # what the build keeps of each input through the build: its address and name (a Path
    # is some 400 bytes), and its sources.csv row as a tuple (_source_rows)
    files, names = [str(p) for p in paths], [p.name for p in paths]
    sources, paths = _source_rows(sources, names), None
    try:
        # engines whose workers are forked from this process run warm() here first: the
        # registries are built once, not once per worker
        eng = make_engine(engine, jobs, scheduler, warm=warm)
    except (ValueError, RuntimeError, OSError) as exc:
        print(f"tradeflows: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return _build_with(eng, out, sources, files, names, force, min_confidence, strict,
                           parse)
    finally:
        eng.close()
        # the patterns this process first compiled while parsing (built on first use by rules warm()'s text does not
        # reach) kept for the next process, as warm() keeps the others (vocab/sre_cache.py; nothing new: no write)
        sre_cache.save()


def inputs_digest(hashes: dict[str, str]) -> str:
    """SHA-256 of the input files' names and SHA-256s, one `name<TAB>sha256` line per file
    in name order: the same inputs, the same digest (documents.parquet holds each file's)."""
    h = hashlib.sha256()
    for name in sorted(hashes):
        h.update(f"{name}\t{hashes[name]}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def _batches(paths, cap: int, workers: int) -> list:
    """The documents in batches, one batch per message to a worker (fewer, larger messages),
    shrinking as the corpus runs out (guided scheduling): each takes a 2*workers-th of what
    is left, at most `cap`, so the last ones are single documents and no worker finishes
    a whole batch after the others went idle (with equal batches of 6, two workers split 50
    documents 30/20 at worst)."""
    out, i = [], 0
    while i < len(paths):
        size = max(1, min(cap, -(-(len(paths) - i) // (2 * workers))))
        out.append(paths[i:i + size])
        i += size
    return out


def _chunks(paths, n: int) -> list:
    """paths in n contiguous parts of near-equal size (fewer when there are fewer paths)."""
    size = -(-len(paths) // max(n, 1)) or 1
    return [paths[i:i + size] for i in range(0, len(paths), size)]


def _source_rows(sources: dict[str, dict], names: list[str]) -> dict[str, tuple]:
    """The sources.csv rows of the listed files as tuples of SOURCE_FIELDS, equal values one
    string (a row as a dict of new strings is some 800 bytes: 3.9 MB at 5,000 files);
    _source_meta gives the dict back."""
    shared: dict[str, str] = {}
    return {n: tuple(shared.setdefault(v, v) for v in map(sources[n].get, SOURCE_FIELDS))
            for n in names if n in sources}


def _source_meta(row: tuple | None) -> dict | None:
    return None if row is None else dict(zip(SOURCE_FIELDS, row))


def _inputs_meta(eng, files: list[str], names: list[str], min_confidence: float) -> dict[str, str]:
    """Every table's metadata. It names the inputs by one digest of the input files' names and
    SHA-256 (each file's own is its documents.parquet doc_id), so they are taken first (on
    the workers too: at scale reading the corpus is real work), in one message per worker:
    a hash is cheap beside a message's round trip. (A map of every file's hash in every
    table's footer grew the driver and the files with the corpus: 1.2 MB a table at 5,000
    files, past Parquet's 100 MB footer-string limit at a few million.)"""
    hashes = {}
    chunks = _chunks(range(len(files)), eng.workers)
    for chunk, digests in zip(chunks, eng.map(sha256_batch, [[files[i] for i in c] for c in chunks])):
        hashes.update(zip((names[i] for i in chunk), digests))
    return {"inputs_sha256": inputs_digest(hashes), "n_inputs": str(len(hashes)),
            "pipeline_digest": code_digest(), "cache_version": tool_version(),
            "min_confidence": str(min_confidence)}


def _build_with(eng, out: Path, sources: dict[str, tuple], files: list[str], names: list[str],
                force: bool, min_confidence: float, strict: bool, parse) -> int:
    batches = _batches(range(len(files)), eng.batch, eng.workers)
    meta = _inputs_meta(eng, files, names, min_confidence)
    cache = DocumentCache(out / CACHE_DIR, tool_version(), read=not force)
    streamed = {name: StreamedTable(name, temp_in(out, schema.TABLES[name].file), meta)
                for name in ("documents", "figures", "citations")}
    panel_tmp = {name: temp_in(out, schema.TABLES[name].file)
                 for name in ("series", "series_entities", "checks")}
    # the cells of the panel and of the entities' table, gathered figure by figure
    national, entities = national_cells(min_confidence), entity_cells(min_confidence)
    shares: list = []                    # CandidateRow of the shares of a partner country in a flow (checks)
    failed = 0
    tasks = ([Task(files[i], _source_meta(sources.get(names[i])), str(cache.root), cache.version,
                   cache.read, min_confidence, strict, parse)
              for i in batch] for batch in batches)
    bar = _progress(None, total=len(files), desc="build")
    try:
        for res in (r for rs in eng.map(parse_batch, tasks) for r in rs):
            bar.update(1)
            for msg in res.messages:
                say_line(msg)
            if res.outcome is not None:
                cache.count(res.outcome, None)
            cache.used.update(res.cache_keys)
            failed += res.row["status"] == "error"
            published = res.row.get("published")
            for r in res.candidates:
                national.add(r, published)
                entities.add(r, published)
            shares.extend(r.shared() for r in res.shares)
            streamed["figures"].add(res.figures)
            streamed["citations"].add(res.citations)
            streamed["documents"].add([res.row])
        # every document is back: the engine lets its workers go while the panel is written
        eng.release()
        bar.close()
        for t in streamed.values():
            t.close()
        ser_rows, ent_rows = series_table(national), entity_table(entities)
        chk_rows = checks.check_rows(ser_rows, national.chosen(), shares)
        checks.mark_series(ser_rows, chk_rows)
        for name, rows in (("series", ser_rows), ("series_entities", ent_rows),
                           ("checks", chk_rows)):
            pq.write_table(make_table(name, rows, meta), panel_tmp[name], compression="zstd")
        for name, t in streamed.items():
            os.chmod(t.tmp, file_mode())
            os.replace(t.tmp, out / schema.TABLES[name].file)
        for name, tmp in panel_tmp.items():
            os.chmod(tmp, file_mode())
            os.replace(tmp, out / schema.TABLES[name].file)
    except BaseException:
        for t in streamed.values():
            if t.writer is not None:
                try:
                    t.writer.close()
                except Exception:  # noqa: BLE001 - cleaning up after the real error
                    pass
            t.tmp.unlink(missing_ok=True)
        for tmp in panel_tmp.values():
            tmp.unlink(missing_ok=True)
        raise
    cache.prune()

    print(f"tradeflows: {streamed['documents'].count} documents ({cache.parsed} parsed, "
          f"{cache.reused} from cache, {failed} failed), {streamed['figures'].count} figures, "
          f"{len(ser_rows)} series rows, {len(ent_rows)} entity rows, {len(chk_rows)} checks "
          f"({sum(not c['ok'] for c in chk_rows)} failed) -> {out}/", file=sys.stderr)
    return EXIT_DOC_ERRORS if failed else EXIT_OK
