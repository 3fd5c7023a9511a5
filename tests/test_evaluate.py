"""The scoring rule of tradeflows.evaluate, on small hand-made gold and predictions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tradeflows.evaluate import Gold, load_gold, score

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "gold"
DOC = "d.txt"


def fig(line=10, kind="money", value=1_000_000, currency="USD", doc=DOC, **facts) -> dict:
    if kind != "money" and currency == "USD":
        currency = None
    return {"doc": doc, "line": line, "kind": kind, "value": value, "currency": currency,
            "figure": f"{value}", **facts}


def gold_of(*figures, docs=(DOC,), footnotes=None, covers=None) -> Gold:
    return Gold(list(figures), footnotes or {}, covers or {}, frozenset(docs))


def counts(result, key="overall"):
    s = result[key] if key in ("overall", "facts") else result["kinds"][key]
    return s["tp"], s["fp"], s["fn"]


def test_line_tolerance_is_one():
    gold = gold_of(fig(10), fig(20), fig(30))
    r = score([fig(9), fig(21), fig(32)], gold)
    assert counts(r) == (2, 1, 1)
    assert [g["line"] for g in r["misses"]] == [30]
    assert [p["line"] for p in r["false_positives"]] == [32]


def test_money_half_percent_boundary():
    gold = gold_of(fig(10, value=1_000_000), fig(20, value=1_000_000), fig(30, value=1_000_000))
    r = score([fig(10, value=1_005_000), fig(20, value=994_999), fig(30, value=995_000)], gold)
    assert counts(r, "money") == (2, 1, 1)
    assert r["overall"]["precision"] == pytest.approx(2 / 3)


def test_growth_and_share_absolute_tolerance():
    gold = gold_of(fig(10, "growth", 7.9), fig(20, "growth", 7.9), fig(30, "share", 49))
    r = score([fig(10, "growth", 8.01), fig(20, "growth", 8.02), fig(30, "share", 48.89)], gold)
    assert counts(r, "growth") == (1, 1, 1)
    assert counts(r, "share") == (1, 0, 0)


def test_kind_must_agree():
    r = score([fig(10, "share", 25)], gold_of(fig(10, "growth", 25)))
    assert counts(r) == (0, 1, 1)


def test_currency_mismatch_is_no_match():
    r = score([fig(10, currency="EUR")], gold_of(fig(10, currency="USD")))
    assert counts(r, "money") == (0, 1, 1)
    assert r["overall"]["f1"] == 0.0


def test_one_to_one_duplicate_prediction_is_a_false_positive():
    r = score([fig(10), fig(11)], gold_of(fig(10)))
    assert counts(r) == (1, 1, 0)
    assert r["overall"]["precision"] == 0.5 and r["overall"]["recall"] == 1.0
    assert r["false_positives"][0]["line"] == 11   # the closer one is kept


def test_one_to_one_matching_is_optimal_not_greedy():
    # Greedy on (line distance, value error) would pair 11 with gold 12
    # (exact value) and leave 13 without a partner; the optimum pairs both.
    gold = gold_of(fig(10, "growth", 100.0), fig(12, "growth", 100.05))
    r = score([fig(11, "growth", 100.05), fig(13, "growth", 100.05)], gold)
    assert counts(r) == (2, 0, 0)


def test_footnote_zone_predictions_are_ignored():
    gold = gold_of(fig(10), footnotes={DOC: [(50, 60)]})
    r = score([fig(10), fig(50, value=7), fig(55), fig(60, kind="share", value=3)], gold)
    assert counts(r) == (1, 0, 0)
    assert r["ignored"] == {"not_scored": 0, "footnotes": 3}


def test_coverage_ranges_apply_to_predictions_and_gold():
    gold = gold_of(fig(10), fig(150), fig(210), covers={DOC: [(1, 100), (200, 300)]})
    r = score([fig(150), fig(250), fig(301), fig(10)], gold)
    # gold 150 is outside the ranges: not a miss; pred 150 and 301 not scored
    assert counts(r) == (1, 1, 1)
    assert [g["line"] for g in r["misses"]] == [210]
    assert [p["line"] for p in r["false_positives"]] == [250]
    assert r["ignored"]["not_scored"] == 2


def test_documents_outside_the_gold_are_ignored():
    r = score([fig(10, doc="other.txt")], gold_of(fig(10)))
    assert counts(r) == (0, 0, 1)
    assert r["ignored"]["not_scored"] == 1


def _write_gold(folder: Path, manifest: str) -> None:
    records = [fig(10, doc="a.txt"), {"doc": "a.txt", "footnotes": [40, 45]},
               {"doc": "p.txt", "covers": [1, 100]}]
    (folder / "x.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    (folder / "manifest.csv").write_text(manifest)


def test_manifest_whole_document_without_figures_is_scored(tmp_path):
    _write_gold(tmp_path, "file,doc,covers\nx.jsonl,a.txt,whole\n"
                          "x.jsonl,empty.txt,whole\nx.jsonl,p.txt,1-100\nx.jsonl,p.txt,300-310\n")
    gold = load_gold(tmp_path)
    assert gold.docs == {"a.txt", "empty.txt", "p.txt"}
    assert gold.covers == {"p.txt": [(1, 100), (300, 310)]}
    preds = [fig(10, doc="a.txt"), fig(5, doc="empty.txt"), fig(7, "share", 3, doc="empty.txt"),
             fig(42, doc="a.txt"), fig(200, doc="p.txt"), fig(305, doc="p.txt"),
             fig(1, doc="unknown.txt")]
    r = score(preds, gold)
    assert counts(r) == (1, 3, 0)
    assert [(p["doc"], p["line"]) for p in r["false_positives"]] == [
        ("empty.txt", 5), ("empty.txt", 7), ("p.txt", 305)]
    assert r["ignored"] == {"not_scored": 2, "footnotes": 1}


def test_manifest_whole_and_ranges_for_one_document_is_an_error(tmp_path):
    _write_gold(tmp_path, "file,doc,covers\nx.jsonl,p.txt,whole\n")
    with pytest.raises(ValueError, match="whole and in part"):
        load_gold(tmp_path)


def test_manifest_bad_covers_is_an_error(tmp_path):
    _write_gold(tmp_path, "file,doc,covers\nx.jsonl,a.txt,all\n")
    with pytest.raises(ValueError, match="covers must be"):
        load_gold(tmp_path)


TURNOVER = dict(measure="turnover", reporter="Belarus", reporter_iso3="BLR",
                partner="Kursk Oblast", partner_iso3="RUS", year=2017)


def test_trade_fact_turnover_either_way_round():
    gold = gold_of(fig(10, **TURNOVER), fig(20, **TURNOVER), fig(30, **TURNOVER),
                   fig(40, **TURNOVER), fig(50, **{**TURNOVER, "measure": "exports"}),
                   fig(60, "growth", 5, measure="gdp", year=2017))
    swapped = dict(reporter="Russia", reporter_iso3="RUS", partner="Belarus", partner_iso3="BLR")
    preds = [fig(10, **TURNOVER),                                   # found
             fig(20, **{**TURNOVER, **swapped}),                    # found: either way round
             fig(30, **{**TURNOVER, "year": 2016}),                 # wrong year
             fig(40, **{**TURNOVER, "measure": "exports"}),         # wrong measure
             fig(50, **{**TURNOVER, **swapped, "measure": "exports"}),  # exports: no swap
             fig(60, "growth", 5, measure="gdp", year=2017),        # not a trade fact
             fig(70, **TURNOVER)]                                   # unmatched figure
    f = score(preds, gold)["facts"]
    assert (f["gold"], f["found"], f["pred"], f["pred_tp"]) == (5, 2, 6, 2)
    assert f["recall"] == pytest.approx(2 / 5)
    assert f["precision"] == pytest.approx(2 / 6)
    assert f["f1"] == pytest.approx(2 * (2 / 6) * (2 / 5) / (2 / 6 + 2 / 5))


def test_trade_fact_partner_by_name_without_iso():
    gold = gold_of(fig(10, measure="exports", partner="European Union", partner_iso3=None, year=2022),
                   fig(20, measure="exports", partner="world", partner_iso3=None, year=2022))
    preds = [fig(10, measure="exports", partner="european union", year=2022),
             fig(20, measure="exports", partner="EAEU", year=2022)]
    f = score(preds, gold)["facts"]
    assert (f["found"], f["gold"], f["pred_tp"], f["pred"]) == (1, 2, 1, 2)


def test_field_accuracy_and_missing_fields():
    gold = gold_of(fig(10, measure="exports", partner="Kursk Oblast", partner_iso3="RUS",
                       year=2017, qualifier="approx"),
                   fig(20, measure="imports", partner="China", partner_iso3="CHN",
                       year=2018, qualifier="exact"))
    preds = [fig(10, measure="Exports", partner="Russia", partner_iso3="RUS", year=2017.0,
                 qualifier="exact"),
             fig(20, measure="imports", partner="China", partner_iso3="CHN", year=2019,
                 qualifier="exact")]
    fields = score(preds, gold)["fields"]
    assert fields["measure"] == {"correct": 2, "total": 2, "accuracy": 1.0}
    assert fields["partner"]["correct"] == 2           # by ISO code, not the name
    assert fields["year"]["correct"] == 1
    assert fields["qualifier"]["accuracy"] == 0.5
    assert fields["status"] == {"correct": None, "total": 2, "accuracy": None}


def test_real_gold_counts():
    gold = load_gold(GOLD_DIR)
    assert len(gold.figures) == 442
    assert sum(len(r) for r in gold.footnotes.values()) == 260
    assert sum(len(r) for r in gold.covers.values()) == 3
    assert "000_523d8aef60cdafc4.txt" in gold.docs and "004_affdc64c0251bbca.txt" in gold.docs


def test_real_gold_scored_against_itself_is_perfect():
    gold = load_gold(GOLD_DIR)
    r = score([dict(g) for g in gold.figures], gold)
    assert counts(r) == (442, 0, 0)
    assert r["facts"]["found"] == r["facts"]["gold"] == r["facts"]["pred"]
    assert all(f["accuracy"] == 1.0 for f in r["fields"].values())
    # the gold's own national full-year figures, through the panel's admission rule, give
    # exactly the gold's national cells
    pn = r["panel"]
    assert (pn["precision"], pn["recall"]) == (1.0, 1.0)
    assert pn["found"] == pn["gold"] == 19
    assert pn["tp"] == pn["cells"] == 20     # one gold cell holds goods and goods-and-services rows


def test_panel_cells_need_the_gold_value_and_a_national_reporter():
    from tradeflows.evaluate import panel_score
    gold = [g for g in load_gold(GOLD_DIR).figures
            if g["doc"] == "003_af7687762862a3f2.txt" and g["line"] in (2074, 755)
            and g["kind"] == "money"]
    # 2074: "In 2020, the trade turnover between the countries amounted to $52.2 million"
    # (Belarus-Pakistan); 755: "Sakhalin Region's foreign trade turnover in 2020 was $12.2
    # million" (a region: no national cell)
    assert sorted(g["line"] for g in gold) == [755, 2074]
    pn = panel_score([dict(g) for g in gold], gold, {})
    assert (pn["cells"], pn["gold"], pn["tp"]) == (1, 1, 1)
    wrong = [dict(g, value=g["value"] * 1.01) for g in gold]   # 1% off: beyond the 0.5% tolerance
    pn = panel_score(wrong, gold, {})
    assert (pn["cells"], pn["tp"], pn["found"], pn["precision"]) == (1, 0, 0, 0.0)


def test_run_eval_prints_a_short_table(tmp_path, monkeypatch, capsys):
    import tradeflows.pipeline
    from tradeflows.evaluate import run_eval
    from tradeflows.records import Figure

    gold_dir, raw_dir = tmp_path / "gold", tmp_path / "raw"
    gold_dir.mkdir(), raw_dir.mkdir()
    (gold_dir / "g.jsonl").write_text(json.dumps(fig(2, doc="a.txt")) + "\n")
    (gold_dir / "manifest.csv").write_text("file,doc,covers\ng.jsonl,a.txt,whole\n"
                                           "g.jsonl,empty.txt,whole\n")
    for name in ("a.txt", "empty.txt", "other.txt"):
        (raw_dir / name).write_text("Some text.\nIt was $1 million.\n")

    def fake(doc, relate=True):
        return [Figure(doc=doc.doc, char_start=0, char_end=1, line=2, figure="$1 million",
                       kind="money", value=1e6, currency="USD", rule="test")]
    monkeypatch.setattr(tradeflows.pipeline, "figures_of_document", fake)

    assert run_eval(gold_dir, raw_dir) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) <= 15
    assert any(line.split()[:7] == ["overall", "0.500", "1.000", "0.667", "1", "1", "0"]
               for line in out)
    assert run_eval(gold_dir, raw_dir, verbose=True) == 0
    out = capsys.readouterr().out
    assert "empty.txt:2" in out and "[test]" in out


def test_publication_dates_are_scored_with_the_sources_csv_date_hidden(tmp_path):
    from tradeflows.evaluate.dates import date_outcomes, summary
    (tmp_path / "a.txt").write_text(" date 2022-12-02 Exports of Vietnam rose 10% in 2022.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Exports of Vietnam rose 10% in 2022.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(" date 2021-05 Exports rose.\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("No date in sources.csv for this one.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "doc,title,outlet,published,format,language,reporter,url\n"
        "a.txt,,,2022-12-02,web,en,,\n"
        "b.txt,,,2022-12-03,web,en,,https://example.org/news/2022/12/03/x\n"
        "c.txt,,,2021-06-01,web,en,,\n"
        "d.txt,,,,web,en,,\n", encoding="utf-8")
    got = date_outcomes(tmp_path, ["a.txt", "b.txt", "c.txt", "d.txt"])
    # b: the address in sources.csv still counts (only its date cell is hidden)
    assert got == {"a.txt": "right", "b.txt": "right", "c.txt": "wrong"}
    assert summary(got) == {"pages": 3, "right": 2, "wrong": 1, "none": 0, "accuracy": 2 / 3}


def test_reporter_is_right_by_name_or_by_country_never_an_entity_by_its_country():
    from tradeflows.evaluate.metrics import reporter_ok
    uae = {"reporter": "United Arab Emirates", "reporter_iso3": "ARE"}
    assert reporter_ok({"reporter": "UAE", "reporter_iso3": "ARE"}, uae)
    assert not reporter_ok({"reporter": "Saudi Arabia", "reporter_iso3": "SAU"}, uae)
    # an exchange of Belarus is not Belarus, though both carry BLR
    buce = {"reporter": "BUCE", "reporter_iso3": "BLR"}
    assert not reporter_ok({"reporter": "Belarus", "reporter_iso3": "BLR"}, buce)
    assert reporter_ok({"reporter": "BUCE", "reporter_iso3": "BLR"}, buce)


def test_a_region_is_right_by_any_of_its_gazetteer_names_never_by_another_region_or_its_country():
    """Annotators write "Astrakhan Region" (data/ruweb12) and "Kursk Oblast" (GUIDELINES), "Heilongjiang"
    where the gazetteer says "Heilongjiang Province": the same region either way."""
    from tradeflows.evaluate.metrics import reporter_ok
    astrakhan = {"reporter": "Astrakhan Region", "reporter_iso3": "RUS"}
    assert reporter_ok({"reporter": "Astrakhan Oblast", "reporter_iso3": "RUS"}, astrakhan)
    assert reporter_ok({"reporter": "Heilongjiang Province", "reporter_iso3": "CHN"},
                       {"reporter": "Heilongjiang", "reporter_iso3": "CHN"})
    assert not reporter_ok({"reporter": "Irkutsk Oblast", "reporter_iso3": "RUS"}, astrakhan)
    assert not reporter_ok({"reporter": "Russia", "reporter_iso3": "RUS"}, astrakhan)
    # the city is not its region: "Irkutsk" stays apart from "Irkutsk Region"
    assert not reporter_ok({"reporter": "Irkutsk", "reporter_iso3": "RUS"},
                           {"reporter": "Irkutsk Region", "reporter_iso3": "RUS"})


def test_a_listed_partner_is_right_by_the_same_places_however_punctuated():
    """GUIDELINES write a listed partner as the text names it; annotators wrote the list's
    punctuation and articles their own way (external d45, publika.md: "Ukraine, the United States, Japan, Greece and
    Slovakia" against "Ukraine, United States, Japan, Greece, Slovakia"). The same places are the same
    partner; one place more or less, or one place against another, is not."""
    from tradeflows.evaluate.metrics import partner_ok
    gold = {"partner": "Ukraine, United States, Japan, Greece, Slovakia", "partner_iso3": None}
    assert partner_ok({"partner": "Ukraine, the United States, Japan, Greece and Slovakia"}, gold)
    assert not partner_ok({"partner": "Ukraine, the United States, Japan and Greece"}, gold)
    assert partner_ok({"partner": "Россия и Китай"}, {"partner": "Россия, Китай"})
    assert not partner_ok({"partner": "Russia"}, {"partner": "Russia, China"})
    # one place keeps the exact comparison: an article is not dropped from a single name
    assert not partner_ok({"partner": "the Americas"}, {"partner": "Americas"})


def test_verbose_eval_lists_no_held_out_document(capsys):
    """`eval -v` lists the misses of the tuned documents only; a held-out document's lines, figures and
    gold cells stay unseen unless asked for (session 31: an unfiltered listing showed held-out gold cells)."""
    from tradeflows.evaluate.sets import SETS_FILE, load_sets, run_sets
    (web6,) = [s for s in load_sets(SETS_FILE) if s.name == "web6"]
    held = sorted(d[:3] for d in web6.heldout)
    assert held == ["t02", "t07", "t10"]
    run_sets(SETS_FILE, only="web6", verbose=True)
    out = capsys.readouterr().out
    assert "held-out documents withheld" in out
    assert not any(f"{h}_" in out for h in held)
    assert "t09_" in out   # a tuned document's miss is listed (the damaged "+MAD 10, 1")
    run_sets(SETS_FILE, only="web6", verbose=True, show_held_out=True)
    assert any(f"{h}_" in capsys.readouterr().out for h in held)


def test_all_sets_pool_their_tuned_and_never_opened_held_out_parts(tmp_path, monkeypatch):
    """evaluate_sets ends on "all", then the tuned parts of every set pooled and the held-out parts never
    studied pooled (an opened part in neither): the one row that says whether rules carry to unseen text."""
    import tradeflows.pipeline
    from tradeflows.evaluate.sets import EvalSet, evaluate_sets
    from tradeflows.records import Figure

    def make(name, docs):
        gold_dir, raw_dir = tmp_path / name / "gold", tmp_path / name / "raw"
        gold_dir.mkdir(parents=True), raw_dir.mkdir()
        (gold_dir / "g.jsonl").write_text("".join(json.dumps(fig(2, doc=d)) + "\n" for d in docs))
        (gold_dir / "manifest.csv").write_text("file,doc,covers\n" + "".join(f"g.jsonl,{d},whole\n" for d in docs))
        for d in docs:
            (raw_dir / d).write_text("Some text.\nIt was $1 million.\n")
        return raw_dir, gold_dir

    def fake(doc, relate=True):   # right on the "a" documents only
        value = 1e6 if doc.doc.startswith("a") else 5e6
        return [Figure(doc=doc.doc, char_start=0, char_end=1, line=2, figure="$1 million",
                       kind="money", value=value, currency="USD", rule="test")]
    monkeypatch.setattr(tradeflows.pipeline, "figures_of_document", fake)
    one = EvalSet("one", *make("one", ["a1.txt", "b1.txt"]), heldout=frozenset({"b1.txt"}))
    two = EvalSet("two", *make("two", ["a2.txt", "b2.txt"]), heldout=frozenset({"b2.txt"}), opened=True)
    rows = evaluate_sets([one, two])
    labels = [(label, n) for label, n, _ in rows]
    assert labels[-3:] == [("all", 4), ("  tuned", 2), ("  held-out", 1)]
    assert [counts(r) for _, _, r in rows[-2:]] == [(2, 0, 0), (0, 1, 1)]


def test_a_gold_money_difference_is_no_panel_cell():
    # web12 h08 (Statistics Iceland), line 4: exports in 2018 were "ISK 82.5 billion higher than in 2017": a
    # money difference (GUIDELINES: "(difference)" in its note) of ISL's world exports, full year 2018; the panel
    # takes no change of a level, so the gold's national panel does not either
    from tradeflows.evaluate.panel import gold_cells
    gold = [g for g in load_gold(GOLD_DIR.parent / "web12" / "gold").figures
            if g["doc"] == "h08_statice-iceland-world-2018.txt" and g["line"] == 4 and g["kind"] == "money"
            and "(difference)" in (g.get("note") or "")]
    assert [(g["value"], g["currency"], g["measure"], g["reporter_iso3"], g["year"]) for g in gold] == \
        [(82500000000, "ISK", "exports", "ISL", 2018)]
    assert gold_cells(gold) == {}
    level = [dict(g, note="") for g in gold]   # the same record read as a level is a cell
    assert list(gold_cells(level)) == [("ISL", "world", "exports", 2018)]
