"""A figure of a sentence that opens on an infinitive of raising: a goal (rule infinitive_goal).

"Нарастить товарооборот в два раза" (a subheading of trtrussian.com, data/ruweb55 ds05): a sentence or heading that
opens on the infinitive of a verb of raising a flow names what is to be done, a goal with no time of its own, not a
result; the words are the rows goal_infinitive_opening of vocab/<lang>/patterns.csv (Russian rows only: an English
headline's bare verb, "Boost trade", is no infinitive). facts/status.py reads it for the figure's status; the goal's
period is then the period rules' (on an undated page none: rule undated_page_goal).
"""
from __future__ import annotations

from tradeflows.facts.context import Doc
from tradeflows.records import Figure
from tradeflows.vocab.patterns import NEVER, cue

# how far before the figure its sentence's opening infinitive is read (a heading or the opening clause)
INFINITIVE_REACH = 80


def infinitive_goal(d: Doc, f: Figure) -> bool:
    """The figure's sentence opens, within INFINITIVE_REACH characters before the figure, on an infinitive of
    raising (row goal_infinitive_opening)."""
    # (the sentence's reach first: most figures stand further into their sentence, and status asks this of every one)
    s = d.sent_starts[d.sentence_index(f.clean_start)]
    if f.clean_start - s > INFINITIVE_REACH:
        return False
    rx = cue("goal_infinitive_opening", NEVER)
    return rx is not NEVER and rx.match(d.text, s, f.clean_start) is not None
