"""The same pages as text, as saved HTML and as PDF printed by a browser: trade-fact F1 of each.

Every news page of the development sets (the founding books are no web pages) is written as a
saved news page (tests/pagemaker.py: menus, cookie banner, ticker, sidebar, footer; its date in
the byline where sources.csv gives one, else none) and printed to PDF by headless chromium with
its default print margins (the time of printing, the page's title, its address, "1/2"), the page
served at its own address so that the margin shows it. The HTML and the PDF are read with no
sources.csv, as a user's folder of saved pages would be. Each version's figures are scored
against the gold with lines ignored (a figure's line differs between formats): matched by kind,
value and currency within the document, as `make eval` matches them otherwise.

Held-out documents are scored (their row is printed) but never listed.
Usage: .venv/bin/python scripts/format_fidelity.py [--show] [--keep DIR] [SET ...]   (needs chromium)
"""
from __future__ import annotations

import argparse
import http.server
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import pagemaker as pm  # noqa: E402

from tradeflows.evaluate.gold import load_gold  # noqa: E402
from tradeflows.evaluate.matching import match  # noqa: E402
from tradeflows.evaluate.metrics import FACT_MEASURES, fact_ok, prf  # noqa: E402
from tradeflows.evaluate.sets import load_sets  # noqa: E402
from tradeflows.ingest.document import list_documents, load_sources, read_document  # noqa: E402
from tradeflows.pipeline import figures_of_document  # noqa: E402

FORMATS = ("txt", "html", "pdf")


class _Pages(http.server.BaseHTTPRequestHandler):
    routes: dict[str, Path] = {}

    def do_GET(self):  # noqa: N802 - the handler's name
        key = self.headers.get("Host", "").split(":")[0] + urllib.parse.unquote(self.path)
        f = self.routes.get(key)
        if f is None:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(f.read_bytes())

    def log_message(self, *args):
        pass


def page_of(txt: Path, row: dict) -> tuple[str, str | None]:
    """(the saved page's HTML, its address) of a .txt page and its sources.csv row."""
    lines = txt.read_text(encoding="utf-8").split("\n")
    first = re.sub(r"\s*date \d{4}-\d\d-\d\d\s*", " ", lines[0]).strip()
    paras = pm.body_paragraphs(txt)
    if not row.get("title") and paras and paras[0].strip() == first:
        paras = paras[1:]   # (the first line is the headline: it becomes the page's <h1>)
    pub = (row.get("published") or "")[:10]
    url = row.get("url") or None
    html = pm.news_page(paras, row.get("title") or first, row.get("outlet") or "News",
                        pub or None, "time" if len(pub) == 10 else "none", url or "https://news.example.com/")
    return html, url


def print_pdf(chromium: str, html: Path, pdf: Path, url: str | None, port: int) -> None:
    target = html.as_uri()
    if url:
        u = urllib.parse.urlsplit(url)
        _Pages.routes[(u.hostname or "") + (u.path or "/") + (f"?{u.query}" if u.query else "")] = html
        target = urllib.parse.urlunsplit(("http", u.hostname, u.path or "/", u.query, ""))
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                    f"--host-resolver-rules=MAP * 127.0.0.1:{port}", f"--print-to-pdf={pdf}", target],
                   capture_output=True, timeout=180, check=False)


def facts_f1(preds: list[dict], golds: list[dict], doc: str) -> tuple[int, int, int]:
    """(found gold facts, predicted facts, gold facts) of one page, with lines ignored."""
    p1 = [{**p, "line": 1, "doc": doc} for p in preds]
    g1 = [{**g, "line": 1} for g in golds]
    found = sum(1 for i, j in match(p1, g1) if g1[j].get("measure") in FACT_MEASURES and fact_ok(p1[i], g1[j]))
    return (found, sum(1 for p in preds if p.get("measure") in FACT_MEASURES),
            sum(1 for g in golds if g.get("measure") in FACT_MEASURES))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="development sets (default: all but the founding books)")
    ap.add_argument("--show", action="store_true", help="list the tuned pages whose facts differ by format")
    ap.add_argument("--keep", help="keep the written pages and PDFs in this folder")
    args = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("format_fidelity: needs chromium (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="tf-formats-"))
    work.mkdir(parents=True, exist_ok=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sets = [s for s in load_sets() if s.name != "founding" and (not args.sets or s.name in args.sets)]
    jobs, pages = [], []
    for s in sets:
        gold, sources = load_gold(s.raw.parent / "gold" if not s.gold else s.gold), load_sources(s.raw)
        for txt in list_documents(s.raw):
            if txt.name not in gold.docs:
                continue
            html, url = page_of(txt, sources.get(txt.name, {}))
            h, p = work / f"{s.name}__{txt.stem}.html", work / f"{s.name}__{txt.stem}.pdf"
            h.write_text(html, encoding="utf-8")
            jobs.append((h, p, url))
            pages.append((s, gold, sources, txt, h, p))
    with ThreadPoolExecutor(2) as ex:
        list(ex.map(lambda j: print_pdf(chromium, *j, server.server_address[1]), jobs))
    server.shutdown()

    print(f"{'set':<10} {'part':<9} {'docs':>4} " + " ".join(f"{f + ' F1':>8}" for f in FORMATS)
          + "   pdf pages dated / txt dated")
    totals: dict = {}
    rows: dict = {}
    for s, gold, sources, txt, h, p in pages:
        part = "held-out" if txt.name in s.heldout else "tuned"
        golds = [g for g in gold.figures if g["doc"] == txt.name]
        versions = {"txt": read_document(txt, sources), "html": read_document(h)}
        if p.exists():
            versions["pdf"] = read_document(p)
        r = rows.setdefault((s.name, part), {"docs": 0, "dated": [0, 0], **{f: [0, 0, 0] for f in FORMATS}})
        r["docs"] += 1
        r["dated"][0] += bool(versions.get("pdf") and versions["pdf"].published)
        r["dated"][1] += bool(versions["txt"].published)
        found = {}
        for fmt, d in versions.items():
            preds = [f.to_dict() for f in figures_of_document(d)]
            found[fmt] = facts_f1(preds, golds, txt.name)
            r[fmt] = [a + b for a, b in zip(r[fmt], found[fmt])]
        if args.show and part == "tuned" and len({v[0] for v in found.values()}) > 1:
            print(f"  {s.name}/{txt.name}: facts found " + ", ".join(f"{k} {v[0]}/{v[2]}" for k, v in found.items()))
    for (name, part), r in rows.items():
        t = totals.setdefault(part, {"docs": 0, "dated": [0, 0], **{f: [0, 0, 0] for f in FORMATS}})
        t["docs"] += r["docs"]
        t["dated"] = [a + b for a, b in zip(t["dated"], r["dated"])]
        for f in FORMATS:
            t[f] = [a + b for a, b in zip(t[f], r[f])]
        print(_row(name, part, r))
    for part, t in totals.items():
        print(_row("all", part, t))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _row(name: str, part: str, r: dict) -> str:
    cells = " ".join(f"{prf(*r[f])['f1']:8.3f}" for f in FORMATS)
    return f"{name:<10} {part:<9} {r['docs']:>4} {cells}   {r['dated'][0]}/{r['dated'][1]}"


if __name__ == "__main__":
    sys.exit(main())
