"""Text and JSON forms of score results: the per-set table, the details
(misses, false positives) and the one-line-a-set overview.

Kept apart from the numbers so that the wording of the output can change without
touching the scoring rule (a hook reads only the last 15 lines).
"""
from __future__ import annotations

from tradeflows.records import KINDS


def _row(name: str, s: dict) -> str:
    return (f"{name:<8} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"
            f" {s['tp']:5d} {s['fp']:5d} {s['fn']:5d}")


def format_summary(result: dict) -> list[str]:
    """The compact table (<= 15 lines): a hook shows only the last 15."""
    lines = [f"{'kind':<8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    lines += [_row(k, result["kinds"][k]) for k in KINDS]
    lines.append(_row("overall", result["overall"]))
    fields = result["fields"]
    n = next(iter(fields.values()))["total"] if fields else 0
    cells = [f"{name}={'n/a' if f['accuracy'] is None else format(f['accuracy'], '.2f')}"
             for name, f in fields.items()]
    lines.append(f"field accuracy on {n} matched pairs:")
    lines += ["  " + " ".join(cells[k:k + 6]) for k in range(0, len(cells), 6)]
    f = result["facts"]
    lines.append(f"trade facts: P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f}"
                 f"  (found {f['found']}/{f['gold']} gold, {f['pred_tp']}/{f['pred']} predicted)")
    pn = result.get("panel")
    if pn is not None:
        lines.append(f"series panel: P {pn['precision']:.3f} R {pn['recall']:.3f}"
                     f"  ({pn['tp']}/{pn['cells']} cells right, {pn['found']}/{pn['gold']}"
                     f" gold national full-year cells found)")
    return lines


def format_details(result: dict) -> list[str]:
    """Every miss and false positive, one a line, by document and line."""
    out = [f"misses ({len(result['misses'])}):"]
    out += [f"  {g['doc']}:{g['line']:<6} {g['kind']:<6} {g['value']!s:>14}"
            f" {g.get('currency') or '':<3}  {g.get('figure', '')}" for g in result["misses"]]
    out.append(f"false positives ({len(result['false_positives'])}):")
    out += [f"  {p['doc']}:{p['line']:<6} {p.get('kind', ''):<6} {p.get('value')!s:>14}"
            f" {p.get('currency') or '':<3}  {p.get('figure', '')}  [{p.get('rule', '')}]"
            for p in result["false_positives"]]
    off = result.get("magnitude_off") or []
    out.append(f"off in magnitude ({len(off)}):")
    out += [f"  {g['doc']}:{g['line']:<6} gold {g['value']!s:>14} found {p.get('value')!s:>14}"
            f"  {p.get('figure', '')}  [{p.get('rule', '')}]" for p, g in off]
    pn = result.get("panel")
    if pn is not None:
        out.append(f"panel cells not in the gold ({len(pn['wrong'])}):")
        out += [f"  {r['reporter_iso3']} {r['partner']:<16} {r['flow']:<9} {r['year']}"
                f" {r['value_usd']:>16,.0f}  {r['figure_ids']}" for r in pn["wrong"]]
        out.append(f"gold national cells missed ({len(pn['missed'])}):")
        out += [f"  {' '.join(map(str, k))}" for k in pn["missed"]]
    return out


def _acc(result: dict, name: str) -> str:
    f = result["fields"].get(name)
    return "  n/a" if not f or f["accuracy"] is None else f"{f['accuracy']:5.2f}"


OVERVIEW_HEAD = (f"{'set':<12} {'docs':>4} {'gold':>5} {'figF1':>6} {'money':>6} {'growth':>6}"
                 f" {'share':>6} {'factF1':>6} {'year':>5} {'partnr':>6} {'reprtr':>6}"
                 f" {'magoff':>6} {'usd%':>5} {'panelP':>6} {'panelR':>6} {'cells':>5}")


def overview_row(name: str, n_docs: int, result: dict) -> str:
    k, f = result["kinds"], result["facts"]
    n_gold = sum(s["tp"] + s["fn"] for s in k.values())
    return (f"{name:<12} {n_docs:>4} {n_gold:>5} {result['overall']['f1']:6.3f}"
            f" {k['money']['f1']:6.3f} {k['growth']['f1']:6.3f} {k['share']['f1']:6.3f}"
            f" {f['f1']:6.3f} {_acc(result, 'year')} {_acc(result, 'partner'):>6}"
            f" {_acc(result, 'reporter'):>6} {len(result['magnitude_off']):>6}"
            f" {'  n/a' if result['usd']['share'] is None else format(100 * result['usd']['share'], '5.1f')}"
            f"{_panel_cols(result.get('panel'))}")


def _panel_cols(pn: dict | None) -> str:
    if pn is None:
        return ""
    prec = f"{pn['precision']:6.3f}" if pn["cells"] else "   n/a"
    rec = f"{pn['recall']:6.3f}" if pn["gold"] else "   n/a"
    return f" {prec} {rec} {pn['tp']:>2}/{pn['cells']:<2}"


def overview_dict(rows: list[tuple[str, int, dict]]) -> dict:
    """The overview table as data (what `eval --json` writes and the report shows)."""
    out, current = [], ""
    for label, n_docs, result in rows:
        part = label.strip() if label.startswith(" ") else "all"
        current = current if label.startswith(" ") else label
        k, f = result["kinds"], result["facts"]
        out.append({"set": current, "part": part, "docs": n_docs,
                    "gold": sum(s["tp"] + s["fn"] for s in k.values()),
                    "figure_f1": result["overall"]["f1"],
                    **{f"{kind}_f1": k[kind]["f1"] for kind in ("money", "growth", "share")},
                    "fact_f1": f["f1"]})
    return {"rows": out}
