"""Export the built tables: XLSX workbook, one CSV per table and a Frictionless datapackage.json.

`export_all(output_dir)` reads the Parquet tables `tradeflows build` wrote and
writes, next to them:

- ``tradeflows.xlsx``: sheets series (long), one wide sheet per flow (partner rows x
  year columns, value in USD), series_entities, figures, documents, citations and dictionary (every
  column of every table with its type, unit and description); numbers are numeric
  cells, the header row is frozen and filtered;
- ``documents.csv``, ``figures.csv``, ``citations.csv``, ``series.csv``,
  ``series_entities.csv``, ``checks.csv`` (UTF-8, empty cell = missing, list cells joined
  with ";");
- ``series_comtrade.csv``: exports and imports of the series in the columns of a UN
  Comtrade download (`comtrade_rows`), for joining our panel with Comtrade's;
- ``datapackage.json``: a Frictionless Tabular Data Package describing the CSVs
  (path, fields with name, type, description and unit), written as plain JSON.

Every file goes to a temporary file first and is renamed into place.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq

from tradeflows import __version__
from tradeflows.dataset import dictionary, schema
from tradeflows.dataset.build import EXIT_OK, EXIT_USAGE, atomic_path, m49

XLSX_FILE = "tradeflows.xlsx"
DATAPACKAGE_FILE = "datapackage.json"
SHEET_ORDER = ("series", *schema.FLOWS, "series_entities", "figures", "documents", "citations",
               "checks", "dictionary")
COMTRADE_FILE = "series_comtrade.csv"
COMTRADE_COLUMNS = ("typeCode", "freqCode", "refYear", "reporterCode", "reporterISO",
                    "partnerCode", "partnerISO", "flowCode", "primaryValue", "qualifier")
COMTRADE_FLOWS = {"exports": "X", "imports": "M"}        # Comtrade has no turnover or balance
COMTRADE_TYPES = {None: "C", "goods": "C", "services": "S"}  # C = goods, S = services
WIDE_KEYS = ("reporter_iso3", "partner_iso3", "partner", "scope")


def _rows(path: Path) -> list[dict]:
    return pq.read_table(path).to_pylist()


def list_cell(v) -> str | None:
    """A list cell as CSV and XLSX show it: items joined with ';'."""
    return None if v is None else ";".join(str(x) for x in v)


def _csv_value(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return list_cell(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def write_csv(table: schema.Table, rows: list[dict], target: Path) -> None:
    with atomic_path(target) as tmp:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(table.names)
            for r in rows:
                w.writerow([_csv_value(r.get(c)) for c in table.names])


def wide_rows(series: list[dict], flow: str) -> tuple[list[str], list[list]]:
    """Header and rows of a flow's wide sheet: one row per reporter/partner/scope, one
    column per year, cells = value_usd."""
    rows = [r for r in series if r["flow"] == flow]
    years = sorted({r["year"] for r in rows})
    cells: dict[tuple, dict[int, float | None]] = {}
    for r in rows:  # series rows are already in a stable partner order
        cells.setdefault(tuple(r[k] for k in WIDE_KEYS), {})[r["year"]] = r["value_usd"]
    header = [*WIDE_KEYS, *[str(y) for y in years]]
    return header, [[*k, *(v.get(y) for y in years)] for k, v in cells.items()]


def comtrade_rows(series: list[dict]) -> list[dict]:
    """Exports and imports of the series as rows of a UN Comtrade download: partner a
    country (partnerCode = M49) or the world (W00, 0); blocs, turnover and balance are
    left out, as Comtrade has no such partners or flows. A cell without scope counts as
    goods (typeCode C) unless the same cell exists with scope goods. The last column,
    qualifier, is ours: a more_than / less_than value is a bound, not a level."""
    out: dict[tuple, tuple[int, dict]] = {}
    for r in series:
        flow, type_code = COMTRADE_FLOWS.get(r["flow"]), COMTRADE_TYPES.get(r["scope"])
        if flow is None or type_code is None or r.get("value_usd") is None:
            continue
        if r["partner_iso3"]:
            p_code, p_iso = r["partner_m49"], r["partner_iso3"]
        elif r["partner"].casefold() == "world":
            p_code, p_iso = 0, "W00"
        else:
            continue
        row = {"typeCode": type_code, "freqCode": "A", "refYear": r["year"],
               "reporterCode": m49(r["reporter_iso3"]), "reporterISO": r["reporter_iso3"],
               "partnerCode": p_code, "partnerISO": p_iso, "flowCode": flow,
               "primaryValue": round(r["value_usd"], 2), "qualifier": r["qualifier"]}
        key = (type_code, r["year"], r["reporter_iso3"], p_iso, flow)
        rank = 0 if r["scope"] else 1           # an explicit goods cell wins
        if key not in out or rank < out[key][0]:
            out[key] = (rank, row)
    return [row for _, row in sorted(out.values(), key=lambda x: (
        x[1]["reporterISO"], x[1]["partnerCode"], x[1]["flowCode"], x[1]["typeCode"],
        x[1]["refYear"]))]


def write_comtrade(series: list[dict], target: Path) -> int:
    rows = comtrade_rows(series)
    with atomic_path(target) as tmp:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(COMTRADE_COLUMNS)
            for r in rows:
                w.writerow([_csv_value(r[c]) for c in COMTRADE_COLUMNS])
    return len(rows)


def datapackage(tables: list[schema.Table]) -> dict:
    resources = []
    for t in tables:
        fields = []
        for c in t.columns:
            f = {"name": c.name, "type": dictionary.frictionless_type(c.type),
                 "description": c.description, "unit": c.unit}
            if not c.nullable:
                f["constraints"] = {"required": True}
            fields.append(f)
        res_schema: dict = {"fields": fields, "missingValues": [""]}
        if t.name in ("documents", "figures", "citations"):
            res_schema["primaryKey"] = list(t.key)
        if t.name in ("figures", "citations"):
            res_schema["foreignKeys"] = [{"fields": "doc",
                                          "reference": {"resource": "documents", "fields": "doc"}}]
        resources.append({
            "name": t.name, "path": f"{t.name}.csv", "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "description": t.description, "schema": res_schema,
        })
    return {
        "profile": "tabular-data-package",
        "name": "tradeflows",
        "title": "Trade statistics extracted from texts about foreign trade",
        "version": __version__,
        "description": "Money amounts, growth rates and shares found in texts about foreign "
                       "trade, tied to flow, reporter, partner and period, with an annual "
                       "panel of trade flows in US dollars. Built by tradeflows.",
        "resources": resources,
    }


def _sheet(wb, title: str, header: list[str], rows: list[list], table: schema.Table | None):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    ws.append(header)
    formula_like = []
    for i, row in enumerate(rows, start=2):
        out = []
        for j, v in enumerate(row, start=1):
            if isinstance(v, (list, tuple)):
                v = list_cell(v)
            if isinstance(v, str):
                v = ILLEGAL_CHARACTERS_RE.sub("", v)[:32767]
                if v.startswith("="):
                    formula_like.append((i, j))
            out.append(v)
        ws.append(out)
    for i, j in formula_like:       # text, never a formula
        ws.cell(i, j).data_type = "s"
    for j, name in enumerate(header, start=1):
        unit = table.column(name).unit if table is not None and name in table.names else None
        letter = get_column_letter(j)
        if unit == "USD" or (table is None and name.isdigit()):
            for (cell,) in ws.iter_rows(min_row=2, min_col=j, max_col=j):
                cell.number_format = "#,##0"
        width = max([len(str(name))] + [len(str(r[j - 1])) for r in rows[:200] if r[j - 1] is not None])
        ws.column_dimensions[letter].width = min(max(width + 2, 8), 60)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    return ws


def write_xlsx(tables: dict[str, list[dict]], target: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    series = tables["series"]
    _sheet(wb, "series", schema.SERIES.names,
           [[r.get(c) for c in schema.SERIES.names] for r in series], schema.SERIES)
    for flow in schema.FLOWS:
        header, rows = wide_rows(series, flow)
        _sheet(wb, flow, header, rows, None)
    for name in ("series_entities", "figures", "documents", "citations", "checks"):
        t = schema.TABLES[name]
        _sheet(wb, name, t.names, [[r.get(c) for c in t.names] for r in tables[name]], t)
    dict_header = ["table", "column", "type", "unit", "description"]
    _sheet(wb, "dictionary", dict_header,
           [[d[k] for k in dict_header] for d in dictionary.dictionary_rows()], None)
    with atomic_path(target) as tmp:
        wb.save(tmp)


def export_all(output_dir: str | Path) -> int:
    """Write the XLSX, CSVs and datapackage.json from the tables in output_dir; exit code."""
    out = Path(output_dir)
    if not schema.tables_built(out):
        return EXIT_USAGE
    tables = {name: _rows(out / t.file) for name, t in schema.TABLES.items()}
    for name, t in schema.TABLES.items():
        write_csv(t, tables[name], out / f"{name}.csv")
    write_xlsx(tables, out / XLSX_FILE)
    write_comtrade(tables["series"], out / COMTRADE_FILE)
    with atomic_path(out / DATAPACKAGE_FILE) as tmp:
        tmp.write_text(json.dumps(datapackage(list(schema.TABLES.values())), indent=2,
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"tradeflows: wrote {XLSX_FILE}, {len(tables)} CSV files, {COMTRADE_FILE} and "
          f"{DATAPACKAGE_FILE} "
          f"-> {out}/", file=sys.stderr)
    return EXIT_OK
