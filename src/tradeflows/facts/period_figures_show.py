"""A period's own figures that a page reads ("the January-September 2015 figures reveal that"), no base.

periods_bases reads "the 2021 level", "last year's figure" as a base of comparison (_BASE_AFTER). When a verb of
showing follows the noun ("the January-September 2015 figures reveal(s) that ...", "last year's figures showed ..."),
the expression names the figures the sentence reports, the period of its own figures (rule figures_shown; vocab/en
patterns.csv row figures_shown_after). Read only where _BASE_AFTER matched, one anchored match at the noun's end.
"""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import EnglishCue

_SHOWN_AFTER = EnglishCue("figures_shown_after", re.I)


def figures_shown(text: str, noun_end: int) -> bool:
    """Whether a verb of showing follows the base noun ending at noun_end: the period's own figures, no base."""
    return _SHOWN_AFTER().match(text, noun_end) is not None


_VALUE_AFTER = EnglishCue("figure_is_value_after")


def figure_is_value(text: str, noun_end: int) -> bool:
    """Whether a copula and an amount follow the base noun ending at noun_end ("The 2017 figure is, therefore, $1.95
    billion more"): the noun is the subject, the amount its value, of the period's own (rule figure_is_value)."""
    return _VALUE_AFTER().match(text, noun_end) is not None
