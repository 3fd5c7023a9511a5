"""The one-way pipeline for one document: clean -> extract -> relate.

Pure functions from text to records; registries and parsers are built once
per process by the stage modules, never per document. parse_document is the unit
the dataset build maps over a corpus: the caller on top (cli) passes it down to
tradeflows.dataset.build.build, which does not import the stages itself.
"""
from __future__ import annotations

import gc
import sys
import threading
from contextlib import contextmanager

from tradeflows.text.clean import CleanText, clean_text
from tradeflows.ingest.document import Document
from tradeflows.errors import Warnings
from tradeflows.records import Figure
# (YOUNG: allocations between collections of the young generation while a document is read, the build's collector's
# own setting: most of a document's objects are freed by their reference counts before then)
from tradeflows.dataset.engines import YOUNG, raise_young
from tradeflows.vocab import sre_cache


class _Collector:
    """The young threshold raised for the calls of the pipeline in progress (quiet_collector): the first call in
    sets it, the last one out puts back what it found, under a lock, so nested calls and threads leave it as it was."""

    def __init__(self):
        self.lock = threading.Lock()
        self.depth = 0
        self.saved: tuple[int, ...] | None = None


_COLLECTOR = _Collector()


@contextmanager
def quiet_collector():
    """The young generation collected every YOUNG allocations (at least) while the block runs (dataset/engines.py
    raise_young, the build's own setting), and the collector's thresholds put back after it, whatever it raises;
    nothing is frozen (the build's _QuietGC also freezes the heap)."""
    c = _COLLECTOR
    with c.lock:
        if c.depth == 0:
            c.saved = raise_young()
        c.depth += 1
    try:
        yield
    finally:
        with c.lock:
            c.depth -= 1
            if c.depth == 0:
                gc.set_threshold(*c.saved)


def country_codes(text: str) -> list[str]:
    """ISO 3166 alpha-3 of every country, region or demonym a text names: the context
    in which extract reads ambiguous currency signs ("$", "R", "pesos")."""
    from tradeflows.facts.places import find_places
    return [p.iso3 for p in find_places(text) if p.iso3]


def figures_of_clean(c: CleanText, doc: str, reporter: str | None = None,
                     pub_year: int | None = None, relate: bool = True,
                     title: str | None = None, lang: str | None = None,
                     warnings: Warnings | None = None, pub_month: int | None = None,
                     outlet: str | None = None) -> list[Figure]:
    """Figures of a cleaned text. reporter: the document's (sources.csv); None lets relate
    infer the document's subject from its title and opening, else leave it empty.
    lang: the document's language (None: detected from the text); every stage reads
    that language's vocabulary, and a language with its own figure rules
    (figures/lang_<lang>.py) runs them after the shared ones.

    A rule that throws drops one figure (a message in `warnings`), never the document."""
    with quiet_collector():
        return _figures_of_clean(c, doc, reporter, pub_year, relate, title, lang, warnings, pub_month, outlet)


def _figures_of_clean(c: CleanText, doc: str, reporter: str | None, pub_year: int | None, relate: bool,
                      title: str | None, lang: str | None, warnings: Warnings | None, pub_month: int | None,
                      outlet: str | None) -> list[Figure]:
    """figures_of_clean, under quiet_collector."""
    from tradeflows.figures.extract import extract_figures
    from tradeflows.vocab import using_language
    w = Warnings() if warnings is None else warnings
    if lang is None:
        from tradeflows.ingest.language import detect_language
        lang = detect_language(c.text)
    with using_language(lang):
        figs = w.isolate("extract", None, extract_figures, c, doc, country_codes, w, outlet, default=[])
        # a fault in a language's own figure rules keeps the shared engine's figures
        figs = w.isolate("extract", None, _language_figures, lang, c, figs, doc, default=figs)
        if relate:
            from tradeflows.facts.relate import relate_figures
            # a fault in the document-wide part of relate keeps the figures, without facts
            related = w.isolate("relate", None, relate_figures, c, figs, reporter, pub_year, title, w, pub_month,
                                outlet)
            figs = figs if related is None else related
    return figs


def _language_figures(lang: str, c: CleanText, figs: list[Figure], doc: str) -> list[Figure]:
    """The figure rules of a language beyond the shared engine (figures/lang_<lang>.py), if any."""
    if lang == "en":
        # changes and shares of tonnes, bags, barrels: not annotated (rule physical_change)
        from tradeflows.figures.physical import drop_physical
        return drop_physical(c.text, figs)
    import importlib
    try:
        mod = importlib.import_module(f"tradeflows.figures.lang_{lang}")
    except ModuleNotFoundError:
        return figs
    return mod.revise_figures(c, figs, doc, places=country_codes)


def figures_of_text(raw: str, doc: str = "", fmt: str = "pdf", reporter: str | None = None,
                    pub_year: int | None = None, relate: bool = True,
                    title: str | None = None, lang: str | None = None,
                    warnings: Warnings | None = None, pub_month: int | None = None,
                    outlet: str | None = None) -> list[Figure]:
    """figures_of_clean of a raw text (outlet: the ISO code of the page's web domain, ingest.outlet)."""
    with quiet_collector():
        return figures_of_clean(clean_text(raw, fmt, doc), doc, reporter, pub_year, relate, title, lang,
                                warnings, pub_month=pub_month, outlet=outlet)


# a sentence of data/external/raw/d41_cbw-georgia-eu-2019.txt: money, share, place, period
WARM_TEXT = ("Georgia’s exports to the EU countries amounted to $ 360.9 million in January-May 2019 "
             "which is 22.1 percent more than in the previous year.")


def warm() -> None:
    """Build every stage's registries in this process, as its first document would: a process
    pool forked afterwards starts with them instead of building them in each worker (the
    dataset build's USD rates too: every worker's figure rows read them); then writes the patterns compiled afresh
    to the disk cache of compiled regexes, the one write it makes."""
    from tradeflows.dataset.rates import imf_annual, load_rates
    figures_of_text(WARM_TEXT, "warm", "web")
    load_rates()
    imf_annual()
    sre_cache.save()   # the compiled code of the patterns compiled afresh, for the next process (vocab/sre_cache.py)


def set_pages(figs: list[Figure], d: Document) -> list[Figure]:
    """Give each figure the PDF page its first character stands on (None without pages)."""
    if d.pages:
        for f in figs:
            f.page = d.page_of(f.char_start)
    return figs


def clean_document_text(d: Document) -> CleanText:
    return clean_text(d.raw, d.format, d.doc, d.line_hints or None)


def figures_of_document(d: Document, relate: bool = True,
                        warnings: Warnings | None = None) -> list[Figure]:
    figs = figures_of_clean(clean_document_text(d), d.doc, d.reporter, d.pub_year, relate, d.title,
                            d.language, warnings, pub_month=d.pub_month, outlet=d.outlet_iso3)
    return set_pages(figs, d)


_WARNED: set[str] = set()


def parse_document(d: Document) -> dict:
    """The parse of one document (what the build's cache stores): figure dicts, citations,
    the decimal mark and the warnings. Module-level, so an engine can send it to workers.

    While the relate stage is not installed the figures are built without trade facts
    (a warning says so once); the cache key covers the pipeline's code, so they are
    parsed again when it arrives."""
    from tradeflows.figures.notation import decimal_mark
    c = clean_document_text(d)
    warnings = Warnings()
    try:
        figs = figures_of_clean(c, d.doc, d.reporter, d.pub_year, title=d.title, lang=d.language,
                                warnings=warnings, pub_month=d.pub_month, outlet=d.outlet_iso3)
    except ModuleNotFoundError as exc:
        if exc.name != "tradeflows.facts.relate":
            raise
        if "relate" not in _WARNED:
            _WARNED.add("relate")
            from tqdm import tqdm
            tqdm.write("tradeflows: warning: the relate stage (tradeflows.facts.relate) is missing: "
                       "figures have no trade facts and the series is empty", file=sys.stderr)
        figs = figures_of_clean(c, d.doc, d.reporter, d.pub_year, relate=False, lang=d.language,
                                warnings=warnings)
    set_pages(figs, d)
    cits = [{"number": int(n), "title": cit.title, "year": cit.year, "url": cit.url}
            for n, cit in sorted(c.citations.items())]
    return {"figures": [f.to_dict() for f in figs], "citations": cits,
            "decimal_mark": decimal_mark(c.text), "warnings": list(warnings)}

