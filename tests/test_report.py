"""report.html as a person sees it: every series cell of the embedded corpus opens its
sentences, the page needs no network, and in a real browser (headless Chromium) the
charts are drawn and a cell's link shows its evidence. Also the readers' data model:
list columns in Parquet, joined in CSV, and the Comtrade-style CSV."""
import csv
import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from markupsafe import escape

from tradeflows.cli import main as cli
from tradeflows.dataset import build as dataset
from tradeflows.publish import export, report
from tradeflows.pipeline import parse_document

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    assert dataset.build(ROOT / "data" / "raw", out, parse=parse_document) == 0
    (out / "eval.json").write_text(json.dumps({"date": "2026-12-01", "rows": [
        {"set": "founding", "part": "all", "docs": 5, "gold": 442, "figure_f1": 0.997,
         "money_f1": 1.0, "growth_f1": 0.994, "share_f1": 0.991, "fact_f1": 0.808}]}))
    assert report.write_report(out) == 0
    return out


def page(out: Path) -> str:
    return (out / "report.html").read_text(encoding="utf-8")


def evidence_block(text: str, anchor: str) -> str:
    m = re.search(rf'<tr class="evidence" id="{re.escape(anchor)}">(.*?)</tr>', text, re.S)
    assert m, f"no evidence row for {anchor}"
    return m.group(1)


def test_every_cell_opens_its_sentences(built):
    text = page(built)
    series = pq.read_table(built / "series.parquet").to_pylist()
    figures = {f["figure_id"]: f for f in pq.read_table(built / "figures.parquet").to_pylist()}
    # session 47: "the value of exports of goods and services from Belarus last year" (value_of_flow); session 56: "have
    # gone from annual trade of $158 million in the early 2000s to $553 million in 2020" (status own_year: BLR-Africa 2020);
    # session 64: a turnover its clause calls the pair's, its counterpart carried ("the volume of bilateral trade", BLR-Brazil
    # 2021, series:pair_word_turnover)
    assert len(series) == text.count('<tr class="evidence"') == 39
    for s in series:
        anchor = "cell-" + report.slug(s["reporter_iso3"], s["partner_iso3"] or s["partner"],
                                       s["flow"], s["scope"], s["year"])
        assert f'href="#{anchor}"' in text
        block = evidence_block(text, anchor)
        for fid in s["figure_ids"]:
            f = figures[fid]
            before, marked, after = report.highlight(f["sentence"], f["figure"])
            assert marked == f["figure"], fid           # the figure stands in its sentence
            assert (f"<blockquote>{escape(before)}<mark>{escape(marked)}</mark>"
                    f"{escape(after)}</blockquote>") in block
            assert f"line {f['line']}" in block and f"<code>{f['rule']}</code>" in block
            assert f["doc"] in block


def test_overview_conflicts_and_failed_checks_are_marked(built):
    text = page(built)
    assert re.search(r"<dt>series cells</dt><dd>39</dd>", text)
    assert re.search(r"<dt>failed checks</dt><dd>0</dd>", text)
    assert 'id="accuracy"' in text and "0.997" in text          # from eval.json
    # the failed check is listed, and both its cells carry it
    # the corpus's one failed check (a quarter's surplus read as the year's) is gone since
    # the first quarter is no longer carried as a full year: no cell is marked
    assert 'title="failed check"' not in text
    iran = evidence_block(text, "cell-BLR-IRN-turnover-2021")
    assert "<mark>$33.3 million</mark>" in iran and "growth=value/previous-1" in iran
    # two conflicts (Iran 2021, Mongolia 2023); Africa 2021 is none since "in the three years following
    # the first Belarus-Africa Forum ... more than USD 1.8 billion" on a page of 2021 is no longer the year 2021
    # (period rule year_not_over): the cell keeps its one figure, $500 million
    assert text.count('title="the cell\'s figures disagree">conflict</span>') == 2


def test_report_is_offline_small_and_deterministic(built):
    text = page(built)
    assert len(text.encode()) < 5_000_000
    assert "<script" not in text and "<link" not in text and "<img" not in text
    assert not re.search(r'(src|href)="(https?:)?//', text)
    assert "@import" not in text and "url(" not in text
    assert len(re.findall(r'<svg [^>]*id="chart-\d+"', text)) == 16   # one per partner (session 47: BLR with the world, value_of_flow; session 64: BLR-Brazil)
    first = text
    assert report.write_report(built) == 0
    assert page(built) == first


def test_report_command_loads_no_numpy_and_writes_the_same_page(built):
    """`tradeflows report` as its own program runs pyarrow without NumPy (half the
    report's time was NumPy's import); the page is byte for byte the in-process one."""
    import sys
    first = page(built)
    code = ("import sys; from tradeflows.cli import main; "
            f"sys.argv = ['tradeflows', 'report', '-o', {str(built)!r}]; "
            "rc = main(); print(rc, 'numpy' in sys.modules, 'pandas' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.stdout.split() == ["0", "False", "False"], done.stderr[-2000:]
    assert page(built) == first


def test_chart_axis_gaps_and_scopes():
    """The chart's round ticks take in zero and a negative balance; a year without a
    figure breaks the line instead of joining over it; a scope is dashed."""
    from tradeflows.publish.chart import nice_ticks
    assert nice_ticks(-80, 320) == [-100, 0, 100, 200, 300, 400]
    assert nice_ticks(0, 136) == [0, 50, 100, 150]
    cells = [{"reporter_iso3": "BLR", "partner": "Iran", "flow": f, "scope": sc, "year": y,
              "value_usd": v * 1e6} for f, sc, y, v in [
        ("exports", None, 2015, 120), ("exports", None, 2016, 150), ("exports", None, 2018, 90),
        ("balance", None, 2015, -80), ("exports", "goods", 2017, 40)]]
    svg = report.chart_svg(cells, 7)
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" id="chart-7"')
    paths = re.findall(r'<g class="serie serie-\d( dashed)?"[^>]*><path class="line" '
                       r'fill="none" d="([^"]*)"', svg)
    assert [(dashed, d.count("M"), d.count("L")) for dashed, d in paths] == [
        ("", 2, 1), (" dashed", 1, 0), ("", 1, 0)]     # exports 2015-16 | 2018; goods; balance
    assert "<title>exports 2018: $90 million</title>" in svg
    assert ">-100</text>" in svg and "<title>BLR - Iran: exports, balance by year" in svg


def test_report_without_tables_is_a_usage_error(tmp_path, capsys):
    assert cli(["report", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert str(tmp_path) in err and "missing" in err and "tradeflows build" in err


def test_list_columns_and_comtrade_csv(built):
    import duckdb
    ids = duckdb.sql(f"SELECT unnest(figure_ids) AS id FROM '{built}/series.parquet' "
                     "WHERE partner = 'Iran' AND flow = 'turnover' AND year = 2021").fetchall()
    assert [i for (i,) in ids] == ["001_f541c9b7c73f1bbf:376825-376838",
                                   "001_f541c9b7c73f1bbf:382505-382520",
                                   "001_f541c9b7c73f1bbf:391872-391892"]
    assert export.export_all(built) == 0
    with (built / "series.csv").open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh)
                   if (r["partner"], r["flow"], r["year"]) == ("Iran", "turnover", "2021"))
    assert row["figure_ids"] == ";".join(i for (i,) in ids) and row["checks_failed"] == ""
    with (built / "series_comtrade.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [*export.COMTRADE_COLUMNS]
    assert {r["flowCode"] for r in rows} <= {"X", "M"} and "X" in {r["flowCode"] for r in rows}
    iran = [r for r in rows if r["partnerISO"] == "IRN"]
    assert [(r["typeCode"], r["refYear"], r["reporterCode"], r["partnerCode"], r["flowCode"],
             float(r["primaryValue"])) for r in iran] == [
        ("C", "2021", "112", "364", "X", 14e6)]
    # the corpus panel has no world cell now: a synthetic one shows the world's codes
    world = export.comtrade_rows([{
        "reporter_iso3": "BLR", "partner_iso3": None, "partner_m49": None, "partner": "world",
        "flow": "imports", "scope": None, "year": 2021, "value_usd": 5e9, "qualifier": "exact"}])
    assert [(r["partnerISO"], r["partnerCode"], r["flowCode"]) for r in world] == [("W00", 0, "M")]
    assert not any(r["partnerISO"] == "" for r in rows)          # blocs are left out


# ------------------------------------------------------------------ in a browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# Appended to a copy of the page: reads what the browser shows into a body attribute
# that --dump-dom prints. The report itself has no script.
PROBE = """<script>
window.addEventListener("load", function () {
  function shown(el) { return !!el && getComputedStyle(el).display !== "none"
                              && el.getBoundingClientRect().height > 0; }
  var out = {};
  var target = document.getElementById(location.hash.slice(1));
  out.target_shown = shown(target);
  out.target_mark = target ? target.querySelector("mark").textContent : null;
  var rows = Array.from(document.querySelectorAll("tr.evidence"));
  out.evidence_rows = rows.length;
  out.shown_rows = rows.filter(shown).length;
  var charts = Array.from(document.querySelectorAll(".chart svg"));
  out.charts = charts.length;
  out.charts_drawn = charts.filter(function (c) {
    var b = c.getBoundingClientRect(); return b.width > 300 && b.height > 100; }).length;
  out.chart_lines = document.querySelectorAll(".chart svg .line").length;
  var link = document.querySelector('a.open[href="#cell-BLR-PAK-turnover-2021"]');
  link.click();
  var clicked = document.getElementById("cell-BLR-PAK-turnover-2021");
  out.clicked_shown = shown(clicked);
  out.clicked_text = clicked.querySelector("blockquote").textContent;
  out.first_hidden_after_click = !shown(target);
  document.body.setAttribute("data-probe", JSON.stringify(out));
});
</script></body>"""


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed "
                    "(Debian: apt-get install chromium; .ci/run installs it)")
def test_report_in_headless_chromium(built, tmp_path):
    probe = tmp_path / "report_probe.html"
    probe.write_text(page(built).replace("</body>", PROBE), encoding="utf-8")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
           "--window-size=1200,900", "--virtual-time-budget=5000", "--dump-dom",
           probe.as_uri() + "#cell-BLR-IRN-turnover-2021"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    m = re.search(r'data-probe="([^"]*)"', done.stdout)
    assert m, f"no probe result; chromium said: {done.stderr[-2000:]}"
    seen = json.loads(html.unescape(m.group(1)))
    assert seen["target_shown"] and seen["target_mark"] == "$33.3 million"
    assert seen["evidence_rows"] == 39
    assert seen["charts"] == seen["charts_drawn"] == 16
    assert seen["chart_lines"] >= 15
    # following another cell's link shows its sentence and closes the first
    assert seen["clicked_shown"] and seen["first_hidden_after_click"]
    assert "exceeded 92 million dollars" in seen["clicked_text"]
    assert seen["shown_rows"] == 1


def test_build_ends_with_its_report_unless_told_not_to(tmp_path, capsys):
    """The command a user runs writes the page with the tables (in the build's process,
    so it costs the rendering only); --no-report leaves it to `tradeflows report`."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(ROOT / "data" / "raw" / "003_af7687762862a3f2.txt", corpus)
    assert cli(["build", str(corpus), "-o", str(tmp_path / "a"), "-j", "1"]) == 0
    err = capsys.readouterr().err
    assert re.search(r"wrote report\.html \([\d.]+ MB\) in [\d.]+ s", err), err
    assert "<svg" in page(tmp_path / "a")
    assert cli(["build", str(corpus), "-o", str(tmp_path / "b"), "-j", "1", "--no-report"]) == 0
    assert not (tmp_path / "b" / "report.html").exists()
    assert "report.html" not in capsys.readouterr().err
