"""What one flow exceeds the other by: "Spain exported 21.4% more than it imported", "Total exports outweighed imports
by 112 billion euros" is the balance, not the flow named before it (rule flow_difference; facts/measure.py asks)."""
from __future__ import annotations

import re

from tradeflows.records import Figure
from tradeflows.vocab.patterns import EnglishCue, cue


# right after a figure: "more than it imported", "less than they exported" (the figure may end on "more" itself:
# "21.4% more"); Russian rows in vocab/ru/patterns.csv ("больше товаров, чем экспортировал")
_more_than_flow = EnglishCue("more_than_flow", re.I)
# right before a figure: "exports outweighed imports by", "imports exceeded exports by"
_flow_exceeds = EnglishCue("measure_difference_flow_exceeds", re.I)
_flow_verb_before = EnglishCue("flow_verb_before", re.I)
# the other flow the difference is with, imports or not, and the comparative the phrase holds (other languages' words:
# rows difference_import and more_less of vocab/<lang>/patterns.csv)
_import_stem = EnglishCue("difference_import", re.I)
_more_less = EnglishCue("more_less", re.I)


def flow_difference(text: str, f: Figure, s_start: int, measure: str) -> bool:
    """The figure is what one flow exceeds the other by: "more/less than" and the other flow right after it, or "X
    outweighed/exceeded Y by" right before it (rule flow_difference)."""
    m = cue("more_than_flow", _more_than_flow()).match(text, f.clean_end)
    if m is not None and cue("more_less", _more_less()).search(f.figure + m.group(0)) and (f.kind != "growth" or cue(
            "flow_verb_before", _flow_verb_before()).search(text, max(s_start, f.clean_start - 40), f.clean_start)):
        # (a rate only after a flow verb, "Spain exported 21.4% more than it imported"; not "exports rose 10% more
        # than imports", a difference of two rates)
        other = "imports" if cue("difference_import", _import_stem()).search(m.group(0)) else "exports"
        return other != measure
    if text.find(" by ", max(s_start, f.clean_start - 6), f.clean_start) >= 0:
        return _flow_exceeds().search(text, max(s_start, f.clean_start - 60), f.clean_start) is not None
    return False
