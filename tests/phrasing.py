"""What the phrasing tests share: the one figure a real sentence gives for a string, its row as the
dataset stage writes it (the panel's admission reads that), the rule a field was decided by, and the
(figure, measure, reporter, partner) of a Russian passage."""
from __future__ import annotations

from pathlib import Path

from tradeflows.dataset.tasks import figure_rows
from tradeflows.pipeline import figures_of_text
from tradeflows.records import Figure


def one_figure(text: str, figure: str, *, exact: bool = True, doc: str = "page", **kw) -> Figure:
    """The single figure of a web text written `figure` (exact=False: whose text holds it); keyword
    arguments go to figures_of_text (pub_year, lang, title)."""
    figs = figures_of_text(text, doc, "web", **kw)
    hits = [f for f in figs if (f.figure == figure if exact else figure in f.figure)]
    assert len(hits) == 1, [f.figure for f in figs]
    return hits[0]


def row(f: Figure) -> dict:
    """The figure's row of figures.parquet (what series_status and the cues read)."""
    return figure_rows([f])[0]


def period(f: Figure) -> tuple:
    """(year, period_start, period_end) of a figure."""
    return f.year, f.period_start, f.period_end


def year_spans(text: str, pub_year: int | None = None, pub_month: int | None = None, lang: str = "en") -> dict:
    """{figure: (year, period_start, period_end, year rule)} of a web text's figures, the first of each string."""
    out = {}
    for f in figures_of_text(text, fmt="web", lang=lang, pub_year=pub_year, pub_month=pub_month):
        out.setdefault(f.figure, (f.year, f.period_start, f.period_end, f.fact_rules.split("year:")[-1].split(";")[0]))
    return out


def holding(got: dict, figure: str) -> tuple:
    """The one value of year_spans' output whose figure string holds `figure`."""
    hits = [v for k, v in got.items() if figure in k]
    assert len(hits) == 1, list(got)
    return hits[0]


def rules_of(f: Figure) -> dict[str, str]:
    """{field: the rule that decided it} of the figure's fact_rules ("year": "explicit+mean_run_span")."""
    return dict(r.split(":", 1) for r in f.fact_rules.split(";"))


def rule(f: Figure, key: str) -> str:
    """The rule that decided a field ("measure", "partner", "year", ...) of the figure."""
    return rules_of(f)[key]


def web_figures(text: str, **kw) -> dict[str, Figure]:
    """{figure: Figure} of a web page's figures (a string written twice: its last figure); keyword arguments go to
    figures_of_text (lang, pub_year, title)."""
    return {f.figure: f for f in figures_of_text(text, "page", "web", **kw)}


def owned_facts(text: str, rules: tuple[str, ...] = ("reporter",), fmt: str = "txt", **kw) -> list[tuple]:
    """(figure, measure, reporter, partner, then the deciding rule of each field named in `rules`) of every figure
    of a text; keyword arguments go to figures_of_text (pub_year, lang, title)."""
    return [(f.figure, f.measure, f.reporter, f.partner, *(rule_item(f, k).split(":", 1)[1] for k in rules))
            for f in figures_of_text(text, "page", fmt, **kw)]


def rule_item(f: Figure, field: str) -> str:
    """The figure's first fact_rules item of a field, "field:rule" with the rules that rewrote it ("partner:x+y")."""
    return next(x for x in f.fact_rules.split(";") if x.startswith(field + ":"))


def ru_facts(text: str, year: int, title: str | None = None) -> list[tuple]:
    """(figure, measure, reporter, partner) of every figure of a Russian news passage."""
    return [(f.figure, f.measure, f.reporter, f.partner)
            for f in figures_of_text(text, fmt="web", pub_year=year, title=title)]


def figure_holding(text: str, figure: str, pub_year: int, title: str | None = None) -> Figure:
    """The single figure of a web text whose text holds `figure`, on a page of pub_year."""
    return one_figure(text, figure, exact=False, doc="t", pub_year=pub_year, title=title)


PAGES = Path(__file__).parent / "data" / "pages"


def page(name: str, paragraphs: int | None = None) -> str:
    """A stored page's text from tests/data/pages (one copy for every test that reads it); with
    `paragraphs`, only its first n paragraphs, closed by a newline."""
    text = (PAGES / name).read_text(encoding="utf-8")
    if paragraphs is None:
        return text
    return "\n\n".join(text.split("\n\n")[:paragraphs]) + "\n"


def ru_spans(text: str, pub_year: int | None = None, pub_month: int | None = None) -> list[tuple]:
    """(figure, year, period_start, period_end, the fact_rules after "year:") of every figure of a Russian
    web text."""
    return [(f.figure, f.year, f.period_start, f.period_end, f.fact_rules.split("year:")[-1])
            for f in figures_of_text(text, fmt="web", lang="ru", pub_year=pub_year, pub_month=pub_month)]


def times(text: str) -> list[tuple]:
    """(text, kind, year, m1, m2) of each time expression the period grammar finds in text."""
    from tradeflows.facts.periods import find_times
    return [(text[t.start:t.end], t.kind, t.year, t.m1, t.m2) for t in find_times(text)]


def figs(text: str, **kw) -> list[Figure]:
    """The figures of a web text (pub_year None unless given; keyword arguments go to figures_of_text)."""
    kw.setdefault("pub_year", None)
    return list(figures_of_text(text, fmt="web", **kw))


def facts(text: str, **kw) -> list[tuple]:
    """(figure, partner, year, period_start, period_end) of each figure of a web text."""
    return [(f.figure, f.partner, f.year, f.period_start, f.period_end) for f in figs(text, **kw)]


def ru_fields(text: str, **kw) -> list[tuple]:
    """(figure, kind, measure, reporter, partner, year, period_start, period_end, status) of each figure of a
    Russian web text."""
    kw.setdefault("lang", "ru")
    return [(f.figure, f.kind, f.measure, f.reporter, f.partner, f.year, f.period_start, f.period_end, f.status)
            for f in figs(text, **kw)]


def reporters(text: str, pub_year: int, lang: str) -> list[tuple]:
    """(figure, reporter, reporter_iso3, partner) of each figure of a web text in a language."""
    return [(f.figure, f.reporter, f.reporter_iso3, f.partner) for f in figs(text, pub_year=pub_year, lang=lang)]


def fields(text: str, *names: str, **kw) -> list[tuple]:
    """(figure, and the named fields) of each figure of a web text."""
    return [(f.figure, *(getattr(f, n) for n in names)) for f in figs(text, **kw)]


def first_fields(text: str, *names: str, **kw) -> dict:
    """{figure: (the named fields)} of a web text's figures, the first figure of each string."""
    out: dict = {}
    for f in figs(text, **kw):
        out.setdefault(f.figure, tuple(getattr(f, n) for n in names))
    return out


def periods_of(text: str, **kw) -> dict[str, tuple]:
    """{figure: (year, period_start, period_end, fact_rules)} of a web text's figures, the first of each string."""
    out: dict[str, tuple] = {}
    for f in figures_of_text(text, "page", "web", **kw):
        out.setdefault(f.figure, (f.year, f.period_start, f.period_end, f.fact_rules))
    return out


def by_figure(text: str, **kw) -> dict[str, Figure]:
    """{figure: Figure} of a plain text's figures (a string written twice: its last figure); keyword arguments go to
    figures_of_text."""
    return {f.figure: f for f in figures_of_text(text, "t", "txt", **kw)}
