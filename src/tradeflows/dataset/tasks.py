"""The unit of work an engine runs: one document read, parsed through the per-document cache
and shaped into typed rows, on a worker.

`parse_task` takes plain data (a _Task: the path, its sources.csv row, the cache's place, the
panel's threshold) and returns a DocResult: the documents row, figure and citation rows as
tuples in their schema's column order, and the figures the panel may use. Figure rows get
their id, their US dollar value (tradeflows.dataset.rates) and their series_status here, so
the driver only writes. An unreadable or failing document is an error row, never an exception.
"""
from __future__ import annotations

import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, NamedTuple

from tradeflows.dataset import schema
from tradeflows.dataset.cache import DocumentCache
from tradeflows.dataset.plausible import mark_implausible
from tradeflows.dataset.rates import to_usd
from tradeflows.dataset.rows import CandidateRow
from tradeflows.dataset.corroborate import corroborate
from tradeflows.dataset.series import admission, share_evidence
from tradeflows.errors import DocumentError
from tradeflows.ingest.document import read_document
from tradeflows.ingest.location import as_path
from tradeflows.records import Figure


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
    stems: dict[str, str] = {}     # a document's rows share its name: one Path each
    for r in rows:
        doc = r["doc"]
        stem = stems.get(doc)
        if stem is None:
            stem = stems[doc] = Path(doc).stem
        base = f"{stem}:{r['char_start']}-{r['char_end']}"
        seen[base] = seen.get(base, 0) + 1
        r["figure_id"] = base if seen[base] == 1 else f"{base}.{seen[base]}"
        r["value_usd"], r["value_usd_high"], r["usd_rate"], r["usd_note"] = to_usd(
            r.get("kind"), r.get("value"), r.get("value_high"), r.get("currency"), r.get("year"),
            r.get("period_start"), r.get("period_end"))
        mark_implausible(r)
    return rows


def say_line(msg: str) -> None:
    """A message line on stderr, written around the progress bar when one is shown
    (without tqdm imported there is no bar: the line as tqdm.write would write it)."""
    if "tqdm" not in sys.modules:
        print(msg, file=sys.stderr)
        return
    from tqdm import tqdm
    tqdm.write(msg, file=sys.stderr)


def sha256_of(path: Path) -> str | None:
    import hashlib
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


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


class Task(NamedTuple):
    """What a worker needs to parse one document: plain data, cheap to send."""
    path: str
    meta: dict | None          # its sources.csv row
    cache_root: str
    cache_version: str
    cache_read: bool
    min_confidence: float      # the panel's admission threshold (series_status)
    strict: bool = False       # a figure's warning fails its document
    parse: Callable[[Any], dict] | None = None   # the per-document parse (build's `parse`)


class DocResult(NamedTuple):
    """One document's rows as they come back from a worker, ready to write."""
    row: dict                  # the documents row
    figures: list[tuple]       # figure rows as tuples in the figures schema's column order
    citations: list[tuple]     # citation rows likewise
    candidates: list[CandidateRow]   # figures admitted to the panel or the entities' table
    shares: list[dict]         # shares of a partner country in a flow (for the checks)
    messages: list[str]        # errors to print, in order
    outcome: str | None        # "parsed" | "reused" | None (not read)
    cache_keys: tuple[str, ...]   # every cache entry the worker used (the parse, an extraction)


def sha256_batch(paths: list[str]) -> list[str | None]:
    return [sha256_of(as_path(p)) for p in paths]


def parse_batch(tasks: list[Task]) -> list[DocResult]:
    """parse_task over a batch of documents (the message an engine sends a worker)."""
    return [parse_task(t) for t in tasks]


def parse_task(task: Task) -> DocResult:
    """Read, parse (or take from the cache) and shape one document: the unit of work an
    engine maps over the corpus. Runs in a worker; touches only its own cache entry."""
    path = as_path(task.path)
    sources = {path.name: task.meta} if task.meta is not None else {}
    cache = DocumentCache(task.cache_root, task.cache_version, read=task.cache_read)
    cache.counter = Counter()     # the driver counts the outcome (cache.count)
    messages: list[str] = []
    row, figs, cits = _build_one(path, sources, cache, task.parse, messages.append, task.strict)
    outcome = None
    if cache.parsed or cache.reused:
        outcome = "parsed" if cache.parsed else "reused"
    rows = figure_rows(figs)
    candidates, shares = [], []
    mc = task.min_confidence
    admitted = [admission(r, mc) for r in rows]
    for i in corroborate(rows, [status for status, _ in admitted], mc):
        admitted[i] = admission(rows[i], mc)     # (now in: dataset/corroborate.py)
    for r, (status, ekind) in zip(rows, admitted):
        r["series_status"] = status
        if r["series_status"] == "in" or ekind is not None:
            candidates.append(CandidateRow.of(r, r["series_status"], ekind))
        elif share_evidence(r, mc):
            shares.append(CandidateRow.of(r))
    cits = sorted(cits, key=lambda r: r["number"])
    return DocResult(row, _tuples("figures", rows), _tuples("citations", cits), candidates,
                     shares, messages, outcome, tuple(sorted(cache.used)))


def _tuples(name: str, rows: list[dict]) -> list[tuple]:
    cols = _columns(name)
    return [tuple(map(r.get, cols)) for r in rows]


@lru_cache(maxsize=None)
def _columns(name: str) -> tuple[str, ...]:
    return tuple(schema.schema(name).names)


def _build_one(path: Path, sources: dict, cache, parse, say=None,
               strict: bool = False) -> tuple[dict, list[dict], list[dict]]:
    """(documents row, figure dicts, citation rows) of one input file; errors are rows
    (their messages go to `say`), and so are warnings: a figure dropped by a rule that
    threw (an error of the document under strict)."""
    say = say or say_line
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
        row.update(doc_id=sha256_of(path), status="error", error=exc.reason,
                   format=meta.get("format") or None, published=meta.get("published") or None)
        say(f"tradeflows: error: {exc}")
        return row, [], []
    row.update(doc_id=d.sha256, published=d.published, published_source=d.published_source,
               format=d.format, encoding=d.encoding, reporter=d.reporter, n_chars=len(d.raw),
               title=d.meta.get("title") or None, outlet=d.meta.get("outlet") or None,
               input_type=d.input_type, n_pages=len(d.pages) or None)
    row["language"], row["language_source"] = d.language_and_source
    params = {"doc": d.doc, "format": d.format, "reporter": d.reporter, "pub_year": d.pub_year,
              "title": d.title, "language": row["language"]}
    try:
        parsed = cache.get_or_parse(d.sha256, params, lambda d=d: parse(d))
    except Exception as exc:  # one broken document must not stop the batch
        msg = f"pipeline error: {type(exc).__name__}: {exc}"
        row.update(status="error", error=msg)
        say(f"tradeflows: error: {path}: {msg}")
        return row, [], []
    warns = parsed.get("warnings") or []
    kind = "error" if strict else "warning"
    for w in warns:
        say(f"tradeflows: {kind}: {path}: {w}")
    row.update(warnings=len(warns), warning=warns[0] if warns else None)
    if strict and warns:
        row.update(status="error", error=f"{len(warns)} warning(s) under --strict: {warns[0]}")
        return row, [], []
    figs = [dict(f, doc=path.name) for f in parsed["figures"]]
    row.update(status="ok", error=None, n_figures=len(figs), decimal_mark=parsed.get("decimal_mark"))
    return row, figs, [{"doc": path.name, **c} for c in parsed["citations"]]
