"""The value of the goods that went through a port or a border crossing is its turnover (rule entity_cargo_value).

A page on a crossing or a port gives its throughput in tonnes and then what the goods were worth: "В первом квартале 2016
года через КПП Алашанькоу ... прошло 158 международных грузовых железнодорожных составов ... . За этот отрезок времени
было перевезено 53,5 тыс тонн грузов стоимостью 965 млн долл США", "через данный КПП прошло 26,6 млн. тонн, что в
стоимостном выражении достигло $3,5 млрд". The amount names no flow word, so the measure rules leave it "other"; it is
the entity's trade both ways (GUIDELINES: a port's or crossing's figures are its own; the goods crossing it, turnover).
Asked only where no rule gave the figure a measure, and only on a money figure right after the row's words
(cargo_value_before: "грузов стоимостью", "в стоимостном выражении достигло", "goods worth"), whose sentence or the
sentence before names an entity (reporters_entity's scan) or a demonstrative of one ("данный КПП").
"""
from __future__ import annotations

import re

from tradeflows.facts.reporters_entity import REACH, demonstrative_before, entities
from tradeflows.vocab.patterns import EnglishCue, cue

VALUE_REACH = 60   # how far before the amount the row's words may start

_value_before = EnglishCue("cargo_value_before", re.I)


def entity_cargo_value(d, f, si: int, s_start: int) -> bool:
    """The money figure f is the value of the goods through an entity its sentence or the one before names."""
    if f.kind != "money":
        return False
    fs = f.clean_start
    if cue("cargo_value_before", _value_before()).search(d.text, max(s_start, fs - VALUE_REACH), fs) is None:
        return False
    if any(e.end <= fs for e in entities(d, si)[1]) or (si > 0 and entities(d, si - 1)[1]):
        return True
    return demonstrative_before(d, max(s_start, fs - REACH), fs) is not None
