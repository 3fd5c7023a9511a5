"""report.html: the series as a person reads it, every cell with its evidence.

`write_report(output_dir)` reads the tables `tradeflows build` wrote (documents,
figures, series, checks; eval.json from `tradeflows eval --json` when present) and
writes one self-contained page: no network fetch, styles inlined, charts as inline SVG,
no script needed. A cell's evidence opens by its URL fragment (``report.html#cell-...``,
CSS ``:target``), so a link to a cell can be shared and works without JavaScript.

Libraries: Jinja2 (BSD) renders the templates in ``publish/templates/``; the charts are
SVG written by ``publish/chart.py`` (a few lines of geometry), not by a plotting library:
pygal (LGPL) took a third of the report's time to import and draw 14 small line charts,
and the report must take a small fraction of the build's time (issue 12: under 10%).
"""
from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path

import pyarrow.parquet as pq

from tradeflows.dataset import schema
from tradeflows.dataset.checks import fmt_usd
from tradeflows.publish.chart import line_chart

EXIT_OK, EXIT_USAGE = 0, 2   # as tradeflows.dataset.build (not imported: it loads the pipeline)

REPORT_FILE = "report.html"
EVAL_FILE = "eval.json"
FLOW_COLORS = {"exports": "#1b7837", "imports": "#c2410c", "turnover": "#2563eb",
               "balance": "#7c3aed"}
_FIGURE_COLUMNS = ("figure_id", "doc", "line", "figure", "kind", "value", "currency",
                   "qualifier", "rule", "sentence", "measure", "reporter", "partner", "year",
                   "period_start", "period_end", "year_basis", "status", "confidence",
                   "fact_rules", "value_usd", "usd_note", "page")


def _bytecode_cache():
    """Jinja's cache of compiled templates in the user's temporary folder (keyed by the
    templates' source, so an edited template compiles again): compiling them was a tenth
    of the report's time. None where no safe folder is available."""
    from jinja2 import FileSystemBytecodeCache
    try:
        return FileSystemBytecodeCache()
    except (OSError, RuntimeError):
        return None


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape
    env = Environment(loader=PackageLoader("tradeflows.publish", "templates"),
                      autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True, bytecode_cache=_bytecode_cache())
    env.filters["usd"] = lambda v: "" if v is None else fmt_usd(v)
    env.filters["pct"] = lambda v: "" if v is None else f"{v:+,.1f}%"
    return env


def slug(*parts) -> str:
    """A fragment id from a cell's key: cell-BLR-IRN-turnover-2021."""
    s = "-".join(str(p) for p in parts if p not in (None, ""))
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", s)


def highlight(sentence: str | None, figure: str | None) -> tuple[str, str, str]:
    """(before, figure, after) of a sentence split at the figure's first occurrence; the
    whole sentence before when the figure is not in it as written."""
    sentence, figure = sentence or "", figure or ""
    i = sentence.find(figure) if figure else -1
    if i < 0:
        return sentence, "", ""
    return sentence[:i], figure, sentence[i + len(figure):]


def _read(out: Path, name: str, columns=None) -> list[dict]:
    path = out / schema.TABLES[name].file
    if columns is not None:
        have = set(pq.ParquetFile(path).schema_arrow.names)
        columns = [c for c in columns if c in have]
    return pq.ParquetFile(path).read(columns=columns).to_pylist()


def chart_svg(cells: list[dict], n: int) -> str:
    """Line chart of a partner's flows by year (US$ million), as inline SVG: chart-<n>."""
    years = list(range(min(c["year"] for c in cells), max(c["year"] for c in cells) + 1))
    lines: dict[tuple, dict[int, tuple[float, str]]] = {}
    for c in cells:
        key = (schema.FLOWS.index(c["flow"]), c["flow"], c["scope"] or "")
        label = f"{c['flow']} ({c['scope']})" if c["scope"] else c["flow"]
        lines.setdefault(key, {})[c["year"]] = (c["value_usd"] / 1e6,
                                                f"{label} {c['year']}: {fmt_usd(c['value_usd'])}")
    first = cells[0]
    title = (f"{first['reporter_iso3']} - {first['partner']}: "
             f"{', '.join(dict.fromkeys(c['flow'] for c in cells))} by year, US$ million")
    return line_chart([(f"{flow} ({scope})" if scope else flow, FLOW_COLORS[flow], lines[key],
                        bool(scope)) for key in sorted(lines) for _, flow, scope in [key]],
                      years, f"chart-{n}", title)


def report_context(out: Path, eval_json: Path | None = None) -> dict:
    """Everything the template shows, from the built tables."""
    documents = _read(out, "documents")
    series = _read(out, "series")
    checks = _read(out, "checks")
    wanted = {i for s in series for i in s["figure_ids"]}
    wanted |= {s["growth_figure_id"] for s in series if s.get("growth_figure_id")}
    wanted |= {i for c in checks for i in c["figure_ids"]}
    fig_file = pq.ParquetFile(out / schema.TABLES["figures"].file)
    fig_table = fig_file.read(columns=[c for c in _FIGURE_COLUMNS
                                       if c in fig_file.schema_arrow.names])
    n_figures = fig_table.num_rows
    kinds: dict[str, int] = {}
    for k in fig_table.column("kind").to_pylist():
        kinds[k] = kinds.get(k, 0) + 1
    ids = fig_table.column("figure_id").to_pylist()     # a few of many: convert just those
    figures = {ids[i]: fig_table.slice(i, 1).to_pylist()[0]
               for i in range(len(ids)) if ids[i] in wanted}
    docs = {d["doc"]: d for d in documents}
    for f in figures.values():
        f["parts"] = highlight(f.get("sentence"), f.get("figure"))
        f["document"] = docs.get(f["doc"], {})

    # cells, grouped by reporter and partner, with their anchors and checks
    for s in series:
        s["anchor"] = "cell-" + slug(s["reporter_iso3"], s["partner_iso3"] or s["partner"],
                                     s["flow"], s["scope"], s["year"])
        s["evidence"] = [figures[i] for i in s["figure_ids"] if i in figures]
        s["growth_evidence"] = figures.get(s.get("growth_figure_id") or "")
        s["checks"] = []
    cell_of = {}
    for s in series:
        for i in s["figure_ids"]:
            cell_of.setdefault(i, s["anchor"])
        if s.get("growth_figure_id"):
            cell_of.setdefault(s["growth_figure_id"], s["anchor"])
    cell_by_anchor = {s["anchor"]: s for s in series}
    for n, c in enumerate(checks, start=1):
        c["anchor"] = f"check-{n}"
        c["links"] = [(i, cell_of.get(i)) for i in c["figure_ids"]]
        for anchor in dict.fromkeys(cell_of[i] for i in c["figure_ids"] if i in cell_of):
            cell_by_anchor[anchor]["checks"].append(c)
    partners: list[dict] = []
    index: dict[tuple, dict] = {}
    for s in series:
        key = (s["reporter_iso3"], s["partner_iso3"], s["partner"])
        if key not in index:
            index[key] = {"reporter": s["reporter_iso3"], "partner": s["partner"],
                          "iso3": s["partner_iso3"], "cells": [],
                          "anchor": "partner-" + slug(s["reporter_iso3"],
                                                      s["partner_iso3"] or s["partner"])}
            partners.append(index[key])
        index[key]["cells"].append(s)
    for n, p in enumerate(partners, start=1):
        p["chart"] = chart_svg(p["cells"], n)
        p["conflicts"] = sum(c["conflict"] for c in p["cells"])
        p["failed"] = sum(bool(c["checks_failed"]) for c in p["cells"])

    eval_path = eval_json or out / EVAL_FILE
    evaluation = None
    if eval_path and Path(eval_path).is_file():
        try:
            evaluation = json.loads(Path(eval_path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"tradeflows: warning: {eval_path}: unreadable eval overview ({exc})",
                  file=sys.stderr)
    meta = pq.ParquetFile(out / schema.TABLES["series"].file).schema_arrow.metadata or {}
    return {
        "version": meta.get(b"tradeflows_version", b"").decode(),
        "n_documents": len(documents),
        "n_failed_documents": sum(d["status"] != "ok" for d in documents),
        "n_figures": n_figures, "kinds": kinds,
        "n_cells": len(series), "n_conflicts": sum(s["conflict"] for s in series),
        "n_checks": len(checks), "failed_checks": [c for c in checks if not c["ok"]],
        "n_cells_failed": sum(bool(s["checks_failed"]) for s in series),
        "partners": partners, "checks": checks, "evaluation": evaluation,
        "documents": documents,
    }


def render(out: Path, eval_json: Path | None = None) -> str:
    ctx = report_context(out, eval_json)
    from markupsafe import Markup
    for p in ctx["partners"]:
        p["chart"] = Markup(p["chart"])
    return _env().get_template("report.html.j2").render(**ctx)


def write_report(output_dir: str | Path, eval_json: str | Path | None = None,
                 started: float | None = None) -> int:
    """Write report.html into output_dir from its built tables; the exit code. The
    message gives the seconds since `started` (a time.perf_counter() value taken before
    this module was imported, so imports count), else since this call."""
    t0 = time.perf_counter() if started is None else started
    out = Path(output_dir)
    if not schema.tables_built(out):
        return EXIT_USAGE
    try:
        import jinja2  # noqa: F401
    except ModuleNotFoundError as exc:
        print(f"tradeflows: error: the report needs {exc.name}: pip install 'tradeflows[report]'",
              file=sys.stderr)
        return EXIT_USAGE
    html = render(out, Path(eval_json) if eval_json else None)
    fd, tmp = tempfile.mkstemp(prefix=f".{REPORT_FILE}.", suffix=".tmp", dir=out)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out / REPORT_FILE)      # a reader never sees half a page
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    print(f"tradeflows: wrote {REPORT_FILE} ({len(html.encode()) / 1e6:.2f} MB) in "
          f"{time.perf_counter() - t0:.3f} s -> {out}/", file=sys.stderr)
    return EXIT_OK
