"""Build the dataset tables from a folder of documents.

`build(input_dir, output_dir)` streams the documents one at a time (read ->
clean -> figures, through the per-document cache), collects the small figure
rows, converts money to US dollars, derives the annual series panel, and writes
documents, figures, citations, series and checks (tradeflows.dataset.checks) as typed Parquet tables (see
tradeflows.dataset.schema), each to a temporary file renamed into place.

Exit codes: 0 ok, 1 some documents failed, 2 usage error.
"""
from __future__ import annotations

import json
import math
import os
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

import pyarrow as pa
import pyarrow.parquet as pq

from tradeflows.facts import places
from tradeflows.dataset import checks, schema
from tradeflows.dataset.cache import CACHE_DIR, DocumentCache, code_digest, tool_version
from tradeflows.errors import DocumentError
from tradeflows.ingest.document import list_documents, load_sources, read_document
from tradeflows.pipeline import clean_document_text, figures_of_clean, set_pages
from tradeflows.dataset.plausible import mark_implausible
from tradeflows.dataset.rates import to_usd
from tradeflows.figures.notation import decimal_mark
from tradeflows.records import Figure

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE = 0, 1, 2
FLOWS = schema.FLOWS
# Choice order of the figures of a series cell: exact, approx, range, then bounds.
QUALIFIER_RANK = {"exact": 0, "approx": 1, "range": 2, "more_than": 3, "less_than": 3}
EXACT_TOLERANCE = 0.01     # two exact values differing by more than 1% conflict
APPROX_TOLERANCE = 0.10    # "about X" allows X +-10%


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


def _as_str_list(v) -> list[str]:
    if isinstance(v, str):
        return [x for x in v.split(";") if x]
    return [str(x) for x in v]


def _coercer(t: pa.DataType):
    if pa.types.is_list(t):
        return _as_str_list
    if pa.types.is_integer(t):
        return int
    if pa.types.is_floating(t):
        return float
    if pa.types.is_boolean(t):
        return bool
    return str


def make_table(name: str, rows: list[dict] | list[tuple],
               metadata: dict[str, str] | None = None) -> pa.Table:
    """A table of the schema `name` from row dicts (missing keys are nulls) or row tuples
    (in the schema's column order). Values are coerced to the column type (a Decimal or
    numpy number from a stage is fine); a value that cannot be raises ValueError naming
    the table, column and row."""
    sch = schema.schema(name, metadata)
    if rows and isinstance(rows[0], tuple):
        columns = list(zip(*rows))
    else:
        columns = [[r.get(n) for r in rows] for n in sch.names]
    if not rows:
        columns = [[] for _ in sch.names]
    cols = {}
    for f, vals in zip(sch, columns):
        conv = _coercer(f.type.value_type if pa.types.is_dictionary(f.type) else f.type)
        if conv is _as_str_list:
            cols[f.name] = [None if v is None else _as_str_list(v) for v in vals]
            continue
        if conv is float:
            ok = all(v is None or (type(v) is float and v == v) for v in vals)
        else:
            ok = all(v is None or isinstance(v, conv) for v in vals)
        cols[f.name] = vals if ok else _coerced(name, f.name, conv, vals)
    return pa.Table.from_pydict(cols, schema=sch)


def _coerced(table: str, column: str, conv, vals) -> list:
    out = []
    for i, v in enumerate(vals):
        if v is not None and not isinstance(v, conv):
            try:
                v = conv(v)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"{table}.{column}: row {i}: cannot store {v!r}") from exc
        if isinstance(v, float) and math.isnan(v):
            v = None
        out.append(v)
    return out


# ------------------------------------------------------------------ countries

def _norm(name: str) -> str:
    """A name as a cell key: accents, case, spacing and a leading "the" do not count."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"\s+", " ", s.replace("\u2019", "'").casefold().strip().strip("."))
    return s[4:] if s.startswith("the ") else s


def is_country_itself(name: str | None, iso3: str | None) -> bool:
    """True when `name` is the country `iso3` itself, not a region, city or company of it
    (the place registry decides, the same one the relate stage names places with)."""
    if not iso3:
        return False
    if name is None or not name.strip():
        return True
    name = " ".join(name.split())
    place = places.lookup(name[4:] if name.lower().startswith("the ") else name)
    return place is not None and place.kind == "country" and place.iso3 == iso3.upper()


def country_label(iso3: str) -> str:
    """The short name economists use ("Russia", "Iran"), from the place registry."""
    try:
        return places.country(iso3)
    except KeyError:
        return iso3


m49 = places.m49


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
        mark_implausible(r)
    return rows


# ------------------------------------------------------------------ series

def _full_year(r: dict) -> bool:
    y = r.get("year")
    return (y is not None and r.get("period_start") == f"{int(y):04d}-01"
            and r.get("period_end") == f"{int(y):04d}-12")


def _cell_key(r: dict, kind: str) -> tuple | None:
    """The series cell of a figure, or None when it does not belong in the series."""
    if r.get("kind") != kind or r.get("status") != "actual" or r.get("measure") not in FLOWS:
        return None
    if not _full_year(r) or r.get("product"):
        return None
    if kind == "money" and r.get("value_usd") is None:
        return None
    if "implausible" in (r.get("warnings") or ""):
        return None
    rep = r.get("reporter_iso3")
    if not rep or not is_country_itself(r.get("reporter"), rep):
        return None
    piso, pname = r.get("partner_iso3"), r.get("partner")
    if piso:
        if not is_country_itself(pname, piso):
            return None
        partner = ("iso", piso.upper())
    elif pname and pname.strip():
        partner = ("name", _norm(pname))
    else:
        return None
    return (rep.upper(), partner, r["measure"], r.get("scope") or None, int(r["year"]))


def _choice_order(rows: list[dict], published: dict[str, str | None]) -> list[dict]:
    """Exact before approx before range before bounds; then the most recently published
    document first; then the first in the text."""
    out = sorted(rows, key=lambda r: (r["doc"], r["char_start"], r["char_end"]))
    out.sort(key=lambda r: published.get(r["doc"]) or "", reverse=True)   # stable
    out.sort(key=lambda r: QUALIFIER_RANK.get(r.get("qualifier"), 4))
    return out


def _interval(r: dict) -> tuple[float, float]:
    v, vh, q = r["value_usd"], r.get("value_usd_high"), r.get("qualifier")
    if q == "approx":
        a, b = v * (1 - APPROX_TOLERANCE), v * (1 + APPROX_TOLERANCE)
        return min(a, b), max(a, b)
    if q == "more_than":
        return v, math.inf
    if q == "less_than":
        return -math.inf, v
    if q == "range" and vh is not None:
        return min(v, vh), max(v, vh)
    return v, v


def disagree(a: dict, b: dict) -> bool:
    """True when two figures of a cell cannot both hold given their qualifiers."""
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    gap = max(alo, blo) - min(ahi, bhi)
    scale = max(abs(a["value_usd"]), abs(b["value_usd"]))
    if a.get("qualifier") == "exact" and b.get("qualifier") == "exact":
        return gap > EXACT_TOLERANCE * scale
    return gap > 1e-9 * scale


def series_rows(fig_rows: list[dict], published: dict[str, str | None]) -> list[dict]:
    """The annual panel: one row per (reporter, partner, flow, scope, year) cell."""
    cells: dict[tuple, list[dict]] = {}
    growth: dict[tuple, list[dict]] = {}
    for r in fig_rows:
        k = _cell_key(r, "money")
        if k is not None:
            cells.setdefault(k, []).append(r)
            continue
        k = _cell_key(r, "growth")
        if k is not None:
            growth.setdefault(k, []).append(r)
    out = []
    for key, rows in cells.items():
        rep, (ptype, pval), flow, scope, year = key
        ordered = _choice_order(rows, published)
        best = ordered[0]
        value = best["value_usd"]
        if best.get("qualifier") == "range" and best.get("value_usd_high") is not None:
            value = (best["value_usd"] + best["value_usd_high"]) / 2
        lows = [r["value_usd"] for r in rows]
        highs = [r["value_usd_high"] if r.get("value_usd_high") is not None else r["value_usd"]
                 for r in rows]
        conflict = any(disagree(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:])
        g = _choice_order(growth[key], published)[0] if key in growth else None
        out.append({
            "reporter_iso3": rep,
            "partner_iso3": pval if ptype == "iso" else None,
            "partner_m49": m49(pval) if ptype == "iso" else None,
            "partner": country_label(pval) if ptype == "iso" else best["partner"].strip(),
            "flow": flow,
            "scope": scope,
            "year": year,
            "value_usd": value,
            "qualifier": best.get("qualifier") or "exact",
            "value_usd_low": min(lows + highs),
            "value_usd_high": max(lows + highs),
            "growth_pct": g["value"] if g else None,
            "n_figures": len(rows),
            "figure_ids": [r["figure_id"] for r in ordered],
            "growth_figure_id": g["figure_id"] if g else None,
            "conflict": conflict,
        })
    out.sort(key=lambda s: (s["reporter_iso3"], s["partner_iso3"] is None, s["partner"].casefold(),
                            FLOWS.index(s["flow"]), s["scope"] or "", s["year"]))
    return out


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
    c = clean_document_text(d)
    try:
        figs = figures_of_clean(c, d.doc, d.reporter, d.pub_year, title=d.title)
    except ModuleNotFoundError as exc:
        if exc.name != "tradeflows.facts.relate":
            raise
        if "relate" not in _WARNED:
            _WARNED.add("relate")
            _say("tradeflows: warning: the relate stage (tradeflows.facts.relate) is missing: "
                 "figures have no trade facts and the series is empty")
        figs = figures_of_clean(c, d.doc, d.reporter, d.pub_year, relate=False)
    set_pages(figs, d)
    cits = [{"number": int(n), "title": cit.title, "year": cit.year, "url": cit.url}
            for n, cit in sorted(c.citations.items())]
    return {"figures": [f.to_dict() for f in figs], "citations": cits,
            "decimal_mark": decimal_mark(c.text)}


def _sha256_of(path: Path) -> str | None:
    import hashlib
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


# what the series step reads of a figure: only these are kept in memory during a build
_SERIES_FIELDS = ("doc", "char_start", "char_end", "figure_id", "kind", "measure", "status",
                  "partner", "partner_iso3", "reporter", "reporter_iso3", "scope", "product",
                  "period_start", "period_end", "year", "qualifier", "value", "value_usd",
                  "value_usd_high", "figure", "value_high")
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
          jobs: int | None = 1, engine: str = "local", scheduler: str | None = None) -> int:
    """Build documents, figures, citations, series and checks into output_dir; the exit code.

    Documents are streamed through an engine (tradeflows.dataset.engines): `jobs=1` parses
    in this process, `jobs=N` in a pool of N processes (None: one per core), `engine="dask"`
    on a Dask cluster (`scheduler` address, or a LocalCluster). Results come back in
    document order and their rows are written as they come, so the tables are the same
    whatever ran them and memory does not grow with the corpus; only the figures that can
    enter the series are kept. All four tables are written to temporary files and renamed
    into place together at the end, so an interrupted or failed build leaves the previous
    set whole."""
    from tradeflows.dataset.engines import make_engine
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
    try:
        eng = make_engine(engine, jobs, scheduler)
    except (ValueError, RuntimeError, OSError) as exc:
        print(f"tradeflows: error: {exc}", file=sys.stderr)
        return EXIT_USAGE

    try:
        return _build_with(eng, input_dir, out, sources, paths, force)
    finally:
        eng.close()


def _build_with(eng, input_dir: Path, out: Path, sources: dict, paths: list[Path],
                force: bool) -> int:
    # documents go to the workers in batches (fewer, larger messages), small enough
    # that every worker gets several
    size = max(1, min(eng.batch, len(paths) // (4 * eng.workers)))
    batches = [paths[i:i + size] for i in range(0, len(paths), size)]
    # the input hashes go into every table's metadata, so they are taken first (on the
    # workers too: at scale reading the corpus is real work)
    hashes = {}
    for batch, digests in zip(batches, eng.map(_sha256_batch, [[str(p) for p in b]
                                                                for b in batches])):
        hashes.update(zip((p.name for p in batch), digests))
    meta = {"input_hashes": json.dumps(hashes, sort_keys=True),
            "pipeline_digest": code_digest(), "cache_version": tool_version()}
    cache = DocumentCache(out / CACHE_DIR, tool_version(), read=not force)
    streamed = {name: _StreamedTable(name, _temp_in(out, schema.TABLES[name].file), meta)
                for name in ("documents", "figures", "citations")}
    series_tmp = _temp_in(out, schema.TABLES["series"].file)
    checks_tmp = _temp_in(out, schema.TABLES["checks"].file)
    candidates: list[dict] = []          # figures that can enter the series
    shares: list[dict] = []              # shares of a partner country in a flow (checks)
    published: dict[str, str | None] = {}
    failed = 0
    tasks = ([_Task(str(p), sources.get(p.name), str(cache.root), cache.version, cache.read)
              for p in batch] for batch in batches)
    bar = _progress(None, total=len(paths), desc="build")
    try:
        for res in (r for rs in eng.map(parse_batch, tasks) for r in rs):
            bar.update(1)
            for msg in res.messages:
                _say(msg)
            if res.outcome is not None:
                cache.count(res.outcome, None)
            cache.used.update(res.cache_keys)
            failed += res.row["status"] == "error"
            candidates.extend(res.candidates)
            shares.extend(res.shares)
            if res.candidates:
                published[res.row["doc"]] = res.row.get("published")
            streamed["figures"].add(res.figures)
            streamed["citations"].add(res.citations)
            streamed["documents"].add([res.row])
        bar.close()
        for t in streamed.values():
            t.close()
        ser_rows = series_rows(candidates, published)
        chk_rows = checks.check_rows(ser_rows, {r["figure_id"]: r for r in candidates}, shares)
        checks.mark_series(ser_rows, chk_rows)
        pq.write_table(make_table("series", ser_rows, meta), series_tmp, compression="zstd")
        pq.write_table(make_table("checks", chk_rows, meta), checks_tmp, compression="zstd")
        for name, t in streamed.items():
            os.chmod(t.tmp, _file_mode())
            os.replace(t.tmp, out / schema.TABLES[name].file)
        os.chmod(series_tmp, _file_mode())
        os.replace(series_tmp, out / schema.TABLES["series"].file)
        os.chmod(checks_tmp, _file_mode())
        os.replace(checks_tmp, out / schema.TABLES["checks"].file)
    except BaseException:
        for t in streamed.values():
            if t.writer is not None:
                try:
                    t.writer.close()
                except Exception:  # noqa: BLE001 - cleaning up after the real error
                    pass
            t.tmp.unlink(missing_ok=True)
        series_tmp.unlink(missing_ok=True)
        checks_tmp.unlink(missing_ok=True)
        raise
    cache.prune()

    print(f"tradeflows: {streamed['documents'].count} documents ({cache.parsed} parsed, "
          f"{cache.reused} from cache, {failed} failed), {streamed['figures'].count} figures, "
          f"{len(ser_rows)} series rows, {len(chk_rows)} checks "
          f"({sum(not c['ok'] for c in chk_rows)} failed) -> {out}/", file=sys.stderr)
    return EXIT_DOC_ERRORS if failed else EXIT_OK


def _cached_extractor(cache):
    """extract(), with the HTML and PDF extraction (the slow part of reading them) kept in
    the per-document cache under the file's bytes, so an unchanged PDF is not read again."""
    import hashlib

    from tradeflows.ingest.document import extract
    from tradeflows.ingest.sniff import sniff

    def run(data: bytes, path):
        if not hasattr(cache, "load") or sniff(data, path) == "text":
            return extract(data, path)
        key = hashlib.sha256(data).hexdigest() + "-extract"
        cache.used.add(cache.key(key))
        ex = cache.load(key, {})
        if ex is None:
            ex = extract(data, path)
            try:
                cache.store(key, {}, ex)
            except OSError:
                pass  # a cache that cannot be written only costs time
        return ex
    return run


class _Task(NamedTuple):
    """What a worker needs to parse one document: plain data, cheap to send."""
    path: str
    meta: dict | None          # its sources.csv row
    cache_root: str
    cache_version: str
    cache_read: bool


class DocResult(NamedTuple):
    """One document's rows as they come back from a worker, ready to write."""
    row: dict                  # the documents row
    figures: list[tuple]       # figure rows as tuples in the figures schema's column order
    citations: list[tuple]     # citation rows likewise
    candidates: list[dict]     # the figures that can enter the series (_SERIES_FIELDS)
    shares: list[dict]         # shares of a partner country in a flow (for the checks)
    messages: list[str]        # errors to print, in order
    outcome: str | None        # "parsed" | "reused" | None (not read)
    cache_keys: tuple[str, ...]   # every cache entry the worker used (the parse, an extraction)


def _sha256_batch(paths: list[str]) -> list[str | None]:
    return [_sha256_of(Path(p)) for p in paths]


def parse_batch(tasks: list[_Task]) -> list[DocResult]:
    """parse_task over a batch of documents (the message an engine sends a worker)."""
    return [parse_task(t) for t in tasks]


def parse_task(task: _Task) -> DocResult:
    """Read, parse (or take from the cache) and shape one document: the unit of work an
    engine maps over the corpus. Runs in a worker; touches only its own cache entry."""
    path = Path(task.path)
    sources = {path.name: task.meta} if task.meta is not None else {}
    cache = DocumentCache(task.cache_root, task.cache_version, read=task.cache_read)
    cache.counter = Counter()     # the driver counts the outcome (cache.count)
    messages: list[str] = []
    row, figs, cits = _build_one(path, sources, cache, messages.append)
    outcome = None
    if cache.parsed or cache.reused:
        outcome = "parsed" if cache.parsed else "reused"
    rows = figure_rows(figs)
    candidates, shares = [], []
    for r in rows:
        if _cell_key(r, "money") is not None or _cell_key(r, "growth") is not None:
            candidates.append({k: r.get(k) for k in _SERIES_FIELDS})
        elif _cell_key(r, "share") is not None and r.get("partner_iso3"):
            shares.append({k: r.get(k) for k in _SERIES_FIELDS})
    cits = sorted(cits, key=lambda r: r["number"])
    return DocResult(row, _tuples("figures", rows), _tuples("citations", cits), candidates,
                     shares, messages, outcome, tuple(sorted(cache.used)))


def _tuples(name: str, rows: list[dict]) -> list[tuple]:
    cols = _columns(name)
    return [tuple(r.get(c) for c in cols) for r in rows]


@lru_cache(maxsize=None)
def _columns(name: str) -> tuple[str, ...]:
    return tuple(schema.schema(name).names)


def _build_one(path: Path, sources: dict, cache, say=None) -> tuple[dict, list[dict], list[dict]]:
    """(documents row, figure dicts, citation rows) of one input file; errors are rows
    (their messages go to `say`)."""
    say = say or _say
    meta = sources.get(path.name, {})
    row = {"doc": path.name, "title": meta.get("title") or None,
           "outlet": meta.get("outlet") or None, "language": meta.get("language") or None,
           "reporter": meta.get("reporter") or None, "n_figures": 0}
    try:
        d = read_document(path, sources, extractor=_cached_extractor(cache))
    except DocumentError as exc:
        from tradeflows.ingest.sniff import sniff
        try:
            with path.open("rb") as fh:
                row["input_type"] = sniff(fh.read(2048), path)
        except OSError:
            pass
        row.update(doc_id=_sha256_of(path), status="error", error=exc.reason,
                   format=meta.get("format") or None, published=meta.get("published") or None)
        say(f"tradeflows: error: {exc}")
        return row, [], []
    row.update(doc_id=d.sha256, published=d.published, published_source=d.published_source,
               format=d.format, encoding=d.encoding, reporter=d.reporter, n_chars=len(d.raw),
               title=d.meta.get("title") or None, outlet=d.meta.get("outlet") or None,
               input_type=d.input_type, n_pages=len(d.pages) or None)
    params = {"doc": d.doc, "format": d.format, "reporter": d.reporter, "pub_year": d.pub_year,
              "title": d.title}
    try:
        parsed = cache.get_or_parse(d.sha256, params, lambda d=d: parse_document(d))
    except Exception as exc:  # one broken document must not stop the batch
        msg = f"pipeline error: {type(exc).__name__}: {exc}"
        row.update(status="error", error=msg)
        say(f"tradeflows: error: {path}: {msg}")
        return row, [], []
    figs = [dict(f, doc=path.name) for f in parsed["figures"]]
    row.update(status="ok", error=None, n_figures=len(figs), decimal_mark=parsed.get("decimal_mark"))
    return row, figs, [{"doc": path.name, **c} for c in parsed["citations"]]
