"""Session 68, speedT68: cost cuts of the partner rules, byte-identical (no prediction moves).

- partners_list.list_anaphor reads its cues within the figure's window (cl.lo to cl.hi), not its whole sentence for
  each figure: a run-on "sentence" (the fuzzer's 256 copies of one sentence the splitter does not end) is linear.
"""
from __future__ import annotations

from tradeflows.facts import partners_list
from tradeflows.facts.context import WINDOW
from tradeflows.pipeline import figures_of_text

class _Recorder:
    """A cue pattern that notes the span of the text each search reads."""

    def __init__(self, rx, spans):
        self.rx, self.spans = rx, spans

    def search(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        self.spans.append(endpos - pos)
        return self.rx.search(text, pos, endpos)


def test_list_anaphor_reads_the_figure_window_of_a_run_on_sentence(monkeypatch):
    """Constructed, the fuzzer's shape (README, fuzz): a sentence ending in "Mr." that the splitter does not end, copied
    into one run-on sentence after a list of places (the list_anaphor docstring's Myanmar list). Each figure is still
    the list's (rule list_anaphor), and each search reads the figure's window, not the whole sentence."""
    anaphor, each = partners_list._english_cues()
    spans: list[int] = []
    monkeypatch.setattr(partners_list, "_english_cues", lambda: (_Recorder(anaphor, spans), _Recorder(each, spans)))
    head = "Myanmar shares borders with Bangladesh, China, India and Thailand. "
    unit = "Exports to these four countries rose by 5 percent to $1.5 billion, said Mr. "
    figs = figures_of_text(head + unit * 40 + "end.", fmt="html", pub_year=2020)
    assert len(figs) == 80
    assert all("partner:list_anaphor" in f.fact_rules for f in figs)
    assert {f.partner for f in figs} == {figs[0].partner} and "Thailand" in figs[0].partner
    assert spans and max(spans) <= 2 * WINDOW + 20


def test_list_anaphor_not_after_another_paragraph():
    """Constructed: the list closes the paragraph before; the anaphor's sentence opens a new one, so it is not read as
    that list (the rule's paragraph test, now its first)."""
    text = ("Myanmar shares borders with Bangladesh, China, India and Thailand.\n\n"
            "Exports to these four countries rose by 5 percent to $1.5 billion.")
    figs = figures_of_text(text, fmt="html", pub_year=2020)
    assert figs and not any("partner:list_anaphor" in f.fact_rules for f in figs)
