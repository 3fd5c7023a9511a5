"""Session 68, speedS68: cost work on the period finder and the period fallback, byte-identical (the dump of every
development set's predictions is the same before and after)."""
from __future__ import annotations

from tradeflows.facts import period_fallback as PF
from tradeflows.pipeline import figures_of_text


def _facts(text: str, year: int, month: int) -> list:
    return figures_of_text(text, "page", "txt", pub_year=year, pub_month=month)


def _rule(f, field: str) -> str:
    return next((r[len(field) + 1:] for r in (f.fact_rules or "").split(";") if r.startswith(field + ":")), "")


# https://thewrapbw.com/p373-million-trade-surplus-recorded-in-july-2021/ (Statistics Botswana, August 2021): the page
# of tests/test_s59_xfailX.py, imported from it
from test_s59_xfailX import WRAPBW  # noqa: E402


def _counting(monkeypatch) -> list:
    """Every sentence _report_month_of reads, in order."""
    read, inner = [], PF._report_month_of

    def counted(d, si, s, e):
        read.append(si)
        return inner(d, si, s, e)
    monkeypatch.setattr(PF, "_report_month_of", counted)
    return read


def test_the_month_under_review_is_read_once_for_the_figures_of_its_sentence(monkeypatch):
    # rule report_month: the three shares of one sentence share one reading of it (DocMemo.report_months)
    read = _counting(monkeypatch)
    got = {f.figure: f for f in _facts(WRAPBW, 2021, 8)}
    for fig in ("91.2 percent", "2.2 percent", "1.3 percent"):
        f = got[fig]
        assert (f.year, f.period_start, f.period_end, _rule(f, "year")) == (2021, "2021-07", "2021-07", "report_month")
    assert len(read) == len(set(read)) >= 1


def test_a_run_on_sentence_is_read_once_not_per_figure(monkeypatch):
    # odd case (constructed: the fuzzer's shape, one sentence of the tests repeated with no sentence stop, so that the
    # copies are one sentence): its many figures with no time of their own read it once, not once each (linear)
    read = _counting(monkeypatch)
    unit = "Diamonds contributed 91.2 percent to total exports during the month under review, "
    figures = _facts(unit * 40 + "respectively.\n", 2021, 8)
    assert len(figures) >= 40
    assert len(read) == len(set(read)) == 1
