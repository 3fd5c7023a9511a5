"""Build the dataset tables from a folder of documents.

`build(input_dir, output_dir)` streams the documents one at a time (read ->
clean -> figures, through the per-document cache), collects the small figure
rows, converts money to US dollars, decides each figure's series_status and derives
the annual panel and the entities' flows (tradeflows.dataset.series), and writes
documents, figures, citations, series and series_entities as typed Parquet tables
(see tradeflows.dataset.schema), each to a temporary file renamed into place.

Exit codes: 0 ok, 1 some documents failed, 2 usage error.
"""
from __future__ import annotations

import json
import math
import os
import sys
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from tradeflows.dataset import schema
from tradeflows.dataset.series import (DEFAULT_MIN_CONFIDENCE, ENTITY_REASONS,  # noqa: F401
                                       SERIES_FIELDS, country_label,
                                       disagree, entity_kind, entity_rows, is_country_itself,
                                       m49, series_rows, series_status)
from tradeflows.dataset.cache import CACHE_DIR, DocumentCache, code_digest, tool_version
from tradeflows.text.clean import clean_text
from tradeflows.errors import DocumentError
from tradeflows.ingest.document import list_documents, load_sources, read_document
from tradeflows.pipeline import figures_of_clean
from tradeflows.dataset.rates import to_usd
from tradeflows.records import Figure

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE = 0, 1, 2
FLOWS = schema.FLOWS


# ------------------------------------------------------------------ safe writing

@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """A temporary path in the target's folder, renamed onto the target when the block
    succeeds and removed when it fails, so the target is either the old or the new file."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, _file_mode())   # mkstemp makes 0600; give the file the usual mode
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@lru_cache(maxsize=1)
def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_parquet(table: pa.Table, target: str | Path) -> None:
    with atomic_path(target) as tmp:
        pq.write_table(table, tmp, compression="zstd")


def _coercer(t: pa.DataType):
    if pa.types.is_integer(t):
        return int
    if pa.types.is_floating(t):
        return float
    if pa.types.is_boolean(t):
        return bool
    return str


def make_table(name: str, rows: list[dict], metadata: dict[str, str] | None = None) -> pa.Table:
    """A table of the schema `name` from row dicts (missing keys are nulls). Values are
    coerced to the column type (a Decimal or numpy number from a stage is fine); a value
    that cannot be raises ValueError naming the table, column and row."""
    sch = schema.schema(name, metadata)
    cols = {}
    for f in sch:
        conv = _coercer(f.type.value_type if pa.types.is_dictionary(f.type) else f.type)
        vals = []
        for i, r in enumerate(rows):
            v = r.get(f.name)
            if v is not None and not isinstance(v, conv):
                try:
                    v = conv(v)
                except (TypeError, ValueError) as exc:
                    raise ValueError(f"{name}.{f.name}: row {i}: cannot store {v!r}") from exc
            if isinstance(v, float) and math.isnan(v):
                v = None
            vals.append(v)
        cols[f.name] = vals
    return pa.Table.from_pydict(cols, schema=sch)


# ------------------------------------------------------------------ figures

def figure_rows(figs: Iterable[dict | Figure]) -> list[dict]:
    """Figure rows sorted by doc and char_start, with figure_id and the USD conversion."""
    rows = []
    for f in figs:
        d = f.to_dict() if isinstance(f, Figure) else dict(f)
        d.pop("extra", None)
        rows.append(d)
    rows.sort(key=lambda r: (r["doc"], r["char_start"], r["char_end"]))
    seen: dict[str, int] = {}
    for r in rows:
        base = f"{Path(r['doc']).stem}:{r['char_start']}-{r['char_end']}"
        seen[base] = seen.get(base, 0) + 1
        r["figure_id"] = base if seen[base] == 1 else f"{base}.{seen[base]}"
        r["value_usd"], r["value_usd_high"], r["usd_rate"], r["usd_note"] = to_usd(
            r.get("kind"), r.get("value"), r.get("value_high"), r.get("currency"), r.get("year"))
    return rows


# ------------------------------------------------------------------ build

def _progress(items, **kw):
    from tqdm import tqdm
    quiet = bool(os.environ.get("CI")) or not sys.stderr.isatty()
    return tqdm(items, disable=quiet, file=sys.stderr, unit="doc", **kw)


def _say(msg: str) -> None:
    from tqdm import tqdm
    tqdm.write(msg, file=sys.stderr)


_WARNED: set[str] = set()


def parse_document(d) -> dict:
    """The parse of one document (what the cache stores): figure dicts and citations.

    While the relate stage is not installed the figures are built without trade facts
    (a warning says so once); the cache key covers the pipeline's code, so they are
    parsed again when it arrives."""
    c = clean_text(d.raw, d.format, d.doc)
    try:
        figs = figures_of_clean(c, d.doc, d.reporter, d.pub_year)
    except ModuleNotFoundError as exc:
        if exc.name != "tradeflows.facts.relate":
            raise
        if "relate" not in _WARNED:
            _WARNED.add("relate")
            _say("tradeflows: warning: the relate stage (tradeflows.facts.relate) is missing: "
                 "figures have no trade facts and the series is empty")
        figs = figures_of_clean(c, d.doc, d.reporter, d.pub_year, relate=False)
    cits = [{"number": int(n), "title": cit.title, "year": cit.year, "url": cit.url}
            for n, cit in sorted(c.citations.items())]
    return {"figures": [f.to_dict() for f in figs], "citations": cits}


def _sha256_of(path: Path) -> str | None:
    import hashlib
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


FLUSH_ROWS = 2_000  # rows buffered per table before a Parquet row group is written


class _StreamedTable:
    """Rows of one table written in row groups to a temporary file as they come, so a
    build holds one document's rows at a time, not the corpus's."""

    def __init__(self, name: str, tmp: Path, metadata: dict[str, str]):
        self.name, self.tmp, self.metadata = name, tmp, metadata
        self.rows: list[dict] = []
        self.writer: pq.ParquetWriter | None = None
        self.count = 0

    def add(self, rows: list[dict]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows or self.writer is None:
            table = make_table(self.name, self.rows, self.metadata)
            if self.writer is None:
                self.writer = pq.ParquetWriter(self.tmp, table.schema, compression="zstd")
            self.writer.write_table(table)
            self.count += len(self.rows)
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def _temp_in(folder: Path, name: str) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    return Path(tmp)


def build(input_dir: str | Path, output_dir: str | Path, force: bool = False,
          min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> int:
    """Build documents, figures, citations, series and series_entities into output_dir;
    the exit code.

    Documents are streamed: each is read, parsed (or taken from the cache) and its rows
    written before the next is read, so memory does not grow with the corpus; only the
    figures admitted to the series (tradeflows.dataset.series) are kept. Every figure row
    gets its series_status. All tables are written to temporary files and renamed into
    place together at the end, so an interrupted or failed build leaves the previous set
    whole."""
    input_dir, out = Path(input_dir), Path(output_dir)
    if not input_dir.is_dir():
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

    # the input hashes go into every table's metadata, so they are taken first
    hashes = {p.name: _sha256_of(p) for p in paths}
    meta = {"input_hashes": json.dumps(hashes, sort_keys=True),
            "pipeline_digest": code_digest(), "cache_version": tool_version(),
            "min_confidence": str(min_confidence)}
    cache = DocumentCache(out / CACHE_DIR, tool_version(), read=not force)
    streamed = {name: _StreamedTable(name, _temp_in(out, schema.TABLES[name].file), meta)
                for name in ("documents", "figures", "citations")}
    panel_tmp = {name: _temp_in(out, schema.TABLES[name].file)
                 for name in ("series", "series_entities")}
    candidates: list[dict] = []          # figures admitted to the panel or the entities' table
    published: dict[str, str | None] = {}
    failed = 0
    try:
        for path in _progress(paths, desc="build"):
            row, figs, cits = _build_one(path, sources, cache)
            failed += row["status"] == "error"
            rows = figure_rows(figs)
            for r in rows:
                r["series_status"] = series_status(r, min_confidence)
                if r["series_status"] == "in" or (r["series_status"] in ENTITY_REASONS
                                                  and entity_kind(r, min_confidence) is not None):
                    candidates.append({k: r.get(k) for k in SERIES_FIELDS})
                    published[r["doc"]] = row.get("published")
            streamed["figures"].add(rows)
            streamed["citations"].add(sorted(cits, key=lambda r: r["number"]))
            streamed["documents"].add([row])
        for t in streamed.values():
            t.close()
        ser_rows = series_rows(candidates, published, min_confidence)
        ent_rows = entity_rows(candidates, published, min_confidence)
        pq.write_table(make_table("series", ser_rows, meta), panel_tmp["series"],
                       compression="zstd")
        pq.write_table(make_table("series_entities", ent_rows, meta),
                       panel_tmp["series_entities"], compression="zstd")
        for name, t in streamed.items():
            os.chmod(t.tmp, _file_mode())
            os.replace(t.tmp, out / schema.TABLES[name].file)
        for name, tmp in panel_tmp.items():
            os.chmod(tmp, _file_mode())
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
          f"{len(ser_rows)} series rows, {len(ent_rows)} entity rows -> {out}/", file=sys.stderr)
    return EXIT_DOC_ERRORS if failed else EXIT_OK


def _build_one(path: Path, sources: dict, cache) -> tuple[dict, list[dict], list[dict]]:
    """(documents row, figure dicts, citation rows) of one input file; errors are rows."""
    meta = sources.get(path.name, {})
    row = {"doc": path.name, "title": meta.get("title") or None,
           "outlet": meta.get("outlet") or None, "language": meta.get("language") or None,
           "reporter": meta.get("reporter") or None, "n_figures": 0}
    try:
        d = read_document(path, sources)
    except DocumentError as exc:
        row.update(doc_id=_sha256_of(path), status="error", error=exc.reason,
                   format=meta.get("format") or None, published=meta.get("published") or None)
        _say(f"tradeflows: error: {exc}")
        return row, [], []
    row.update(doc_id=d.sha256, published=d.published, published_source=d.published_source,
               format=d.format, encoding=d.encoding, reporter=d.reporter, n_chars=len(d.raw))
    params = {"doc": d.doc, "format": d.format, "reporter": d.reporter, "pub_year": d.pub_year}
    try:
        parsed = cache.get_or_parse(d.sha256, params, lambda d=d: parse_document(d))
    except Exception as exc:  # one broken document must not stop the batch
        msg = f"pipeline error: {type(exc).__name__}: {exc}"
        row.update(status="error", error=msg)
        _say(f"tradeflows: error: {path}: {msg}")
        return row, [], []
    figs = [dict(f, doc=path.name) for f in parsed["figures"]]
    row.update(status="ok", error=None, n_figures=len(figs))
    return row, figs, [{"doc": path.name, **c} for c in parsed["citations"]]
