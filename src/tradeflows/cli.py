"""The `tradeflows` command: clean, extract, eval, build, export, report."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tradeflows import __version__
from tradeflows.errors import DocumentError

# Exit codes (also in the README)
EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE = 0, 1, 2


def _read(path: str):
    from tradeflows.ingest.document import load_sources, read_document
    p = Path(path)
    return read_document(p, load_sources(p.parent))


def cmd_clean(args) -> int:
    from tradeflows.text.clean import clean_document
    d = _read(args.file)
    listing = args.citations or args.sentences
    if args.raw or (d.input_type != "text" and not args.body and not listing):
        # the extracted text of an HTML page or a PDF: figures' line and offsets refer to it
        sys.stdout.write(d.raw if d.raw.endswith("\n") else d.raw + "\n")
        return EXIT_OK
    c = clean_document(d)
    if args.citations:
        for n in sorted(c.citations):
            cit = c.citations[n]
            print(json.dumps({"number": n, "title": cit.title, "year": cit.year, "url": cit.url,
                              "lines": [cit.line_start, cit.line_end]}, ensure_ascii=False))
        return EXIT_OK
    if args.sentences:
        for s, e in c.sentences:
            print(f"{c.line_of(c.offsets[s]):>6}  {c.text[s:e]}")
        return EXIT_OK
    print(c.text)
    return EXIT_OK


def cmd_extract(args) -> int:
    from tradeflows.errors import Warnings
    from tradeflows.pipeline import figures_of_document
    warnings = Warnings()
    figs = figures_of_document(_read(args.file), relate=not args.figures_only, warnings=warnings)
    for w in warnings:
        print(f"tradeflows: warning: {args.file}: {w}", file=sys.stderr)
    if args.json:
        for f in figs:
            print(json.dumps(f.to_dict(), ensure_ascii=False, default=str))
        return EXIT_OK
    cols = ["line", "kind", "value", "value_high", "currency", "qualifier", "measure",
            "partner_iso3", "year", "rule", "figure"]
    if any(f.page is not None for f in figs):
        cols.insert(0, "page")
    print("\t".join(cols))
    for f in figs:
        d = f.to_dict()
        print("\t".join("" if d[c] is None else str(d[c]) for c in cols))
    return EXIT_OK


def cmd_eval(args) -> int:
    from tradeflows.evaluate import run_eval, run_sets
    if args.gold or args.raw:
        return run_eval(args.gold or "data/gold", args.raw or "data/raw", verbose=args.verbose)
    return run_sets(args.sets, only=args.set, verbose=args.verbose, json_path=args.json,
                    min_confidence=args.min_confidence, show_held_out=args.show_held_out)


def _unit_interval(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= v <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {v}")
    return v


def cmd_build(args) -> int:
    if args.own_process:
        pyarrow_without_numpy()
    from tradeflows.dataset.build import build
    from tradeflows.dataset.series import DEFAULT_MIN_CONFIDENCE
    from tradeflows.pipeline import parse_document, warm
    conf = DEFAULT_MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence
    # the per-document parse comes from up here: the dataset layer does not import the stages
    code = build(args.input, args.output, force=args.force, jobs=args.jobs, strict=args.strict,
                 engine=args.engine, scheduler=args.scheduler, min_confidence=conf,
                 parse=parse_document, warm=warm)
    if code in (EXIT_OK, EXIT_DOC_ERRORS) and not args.no_report:
        _report_after_build(args.output)
    return code


def _report_after_build(output: str) -> None:
    """Every build ends with its report.html, written in the build's process: the tables
    and pyarrow are already there, so the page costs its rendering only (issue 12: the
    report in under 10% of the build's time). A report that cannot be written (no Jinja2)
    is a warning: the tables, the build's product, are written already."""
    import time
    started = time.perf_counter()
    from tradeflows.publish.report import write_report
    try:
        if write_report(output, started=started) != EXIT_OK:
            print("tradeflows: warning: report.html not written (see above)", file=sys.stderr)
    except Exception as exc:        # noqa: BLE001 - never lose a finished build to its page
        print(f"tradeflows: warning: report.html not written: {type(exc).__name__}: {exc}",
              file=sys.stderr)


def pyarrow_without_numpy() -> None:
    """Load pyarrow in its NumPy-free mode (supported since pyarrow 18), for a process that
    is only `tradeflows report` or `tradeflows build`.

    The report turns four small tables into Python lists and never needs NumPy (nor
    cloudpickle), but pyarrow imports both when it can, and that was half the report's time
    (issue 12: the report must take under 10% of the build's). The build makes its tables
    from Python lists too, and a pyarrow with NumPy asks, for each list it converts,
    whether it is a pandas object: that imported pandas, 0.14 s of every build (issue 11).
    Without NumPy support pyarrow never asks (the build still imports NumPy for its own
    arrays, and passes none to pyarrow). The process keeps a pyarrow without NumPy
    support, so only a command run as its own program does this: a program calling
    main([...]) and then pandas keeps the ordinary import."""
    optional = ("numpy", "cloudpickle")             # cloudpickle: pyarrow's pickler when
    if any(m in sys.modules for m in ("pyarrow",) + optional):      # present (the dask
        return                                      # extra installs it); stdlib pickle else
    for name in optional:
        sys.modules[name] = None                    # `import numpy` raises ImportError
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        pass                                        # then the ordinary import, later
    finally:
        for name in optional:
            del sys.modules[name]


def cmd_report(args) -> int:
    if args.own_process:
        pyarrow_without_numpy()
    from tradeflows.publish.report import write_report
    return write_report(args.output, eval_json=args.eval)


def cmd_export(args) -> int:
    from tradeflows.publish.export import export_all
    return export_all(args.output)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="tradeflows", description=__doc__)
    ap.add_argument("--version", action="version", version=f"tradeflows {__version__}")
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("clean", help="print what the parsers read of a document: for an HTML page "
                                     "or a PDF its extracted text (what figures' line and offsets "
                                     "refer to), for a text file its clean body")
    p.add_argument("file")
    p.add_argument("--citations", action="store_true", help="print the parsed citations instead")
    p.add_argument("--sentences", action="store_true", help="one sentence a line, with its raw line")
    p.add_argument("--raw", action="store_true",
                   help="print the raw text (for HTML and PDF: the extracted text that figures' "
                        "line and offsets refer to) instead of the clean body")
    p.add_argument("--body", action="store_true",
                   help="print the clean body (footnotes, running heads and line-break hyphens "
                        "removed) also for an HTML page or a PDF")
    p.set_defaults(func=cmd_clean)

    p = sub.add_parser("extract", help="print the figures of one document")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    p.add_argument("--figures-only", action="store_true", help="skip the relate stage")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score extraction against the gold annotations")
    p.add_argument("--sets", default="data/eval_sets.csv",
                   help="CSV of development sets (name, raw, gold, heldout)")
    p.add_argument("--set", help="score only this set (founding, external, russian)")
    p.add_argument("--gold", help="score one gold folder instead of the sets")
    p.add_argument("--raw", help="raw folder for --gold")
    p.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    p.add_argument("--show-held-out", action="store_true",
                   help="with -v, also list the held-out documents' misses, false positives and gold cells")
    p.add_argument("--json", metavar="FILE", help="also write the overview as JSON (for the report)")
    p.add_argument("--min-confidence", type=_unit_interval, default=None,
                   help="the series panel's confidence threshold to score (as in build)")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("build", help="build the dataset tables")
    p.add_argument("input", nargs="?", default="data/raw")
    p.add_argument("-o", "--output", default="outputs")
    p.add_argument("--force", action="store_true", help="ignore the cache, re-parse everything")
    p.add_argument("--jobs", "-j", type=int, default=None,
                   help="worker processes (default: one per core; 1 parses in this process; "
                        "with --engine dask, the LocalCluster's workers)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local (this machine) or dask (pip install 'tradeflows[dask]')")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address (tcp://host:8786); default: a LocalCluster")
    p.add_argument("--min-confidence", type=_unit_interval, default=None,
                   help="lowest confidence at which a figure decided by a weak rule (a default "
                        "partner, a carried period) enters the series panel (default: "
                        "tradeflows.dataset.series.DEFAULT_MIN_CONFIDENCE)")
    p.add_argument("--no-report", action="store_true",
                   help="do not write report.html after the tables (`tradeflows report` "
                        "writes it later)")
    p.add_argument("--strict", action="store_true",
                   help="a rule that throws on one figure fails its document (for development); "
                        "by default the figure is dropped with a warning and the document is ok")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("export", help="write XLSX, CSV and datapackage.json from built tables")
    p.add_argument("-o", "--output", default="outputs")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("report", help="write report.html (series with evidence, checks, charts)")
    p.add_argument("-o", "--output", default="outputs", help="folder of the built tables")
    p.add_argument("--eval", metavar="FILE",
                   help="eval overview JSON to show (default: OUTPUT/eval.json when present)")
    p.set_defaults(func=cmd_report)

    args = ap.parse_args(argv)
    args.own_process = argv is None                 # run as the `tradeflows` program
    try:
        return args.func(args)
    except DocumentError as exc:
        print(f"tradeflows: error: {exc}", file=sys.stderr)
        return EXIT_DOC_ERRORS
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
