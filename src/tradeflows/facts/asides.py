"""Asides set off by a pair of dashes: "Tanzania— which has been consistent in the recent past as second top export
destination after Uganda — has also been dislodged to the seventh position after recording marginal drop of Sh5.25
billion", "Exports to the now-20 member eurozone – Croatia officially joined in January – grew the fastest, up 28pc",
"the prime Hong Kong market – from which many timepieces are routed to China – collapsing by half". A place inside the
aside, when the sentence named another before it, describes that one and is not the figure's counterpart
(partners_sentence.sentence, rule dash_aside).

A dash here is a dash character with a space on at least one side ("2019–2020" is a range), or a spaced hyphen. An
aside holds no figure: "Еврейскую Республику - 99 тыс 500 долларов, Камчатскую область - 66 тыс 300" is a list whose
dashes set off each item's figure; nor a semicolon: "Russia – more than one billion USD; and China – 885 million USD"
closes one item and opens the next.
"""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import NEVER, EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

_DASH = skip_compile(r"\s[–—]\s?|[–—]\s|\s-\s")
_NOT_ASIDE = re.compile(r"[\d;]")   # a figure or an item's end: "Russia – more than one billion USD; and China – 885 million"
_ASIDE_REACH = 160   # characters an aside spans at most


def _dashes_around(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the aside around text[start:end] opens (the end of the last dash before it, after lo) and closes (the
    start of the first dash after it, before hi), within _ASIDE_REACH of the opening; None without both dashes."""
    opening = None
    for m in _DASH.finditer(text, max(lo, start - _ASIDE_REACH), start):
        opening = m
    if opening is None:
        return None
    closing = _DASH.search(text, end, min(hi, opening.end() + _ASIDE_REACH))
    return None if closing is None else (opening.end(), closing.start())


def in_dash_aside(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether text[start:end] (a place) stands inside a dash-set aside that opens after lo and closes before hi (the
    figure), the aside holding no digit nor semicolon."""
    dashes = _dashes_around(text, start, end, lo, hi)
    return dashes is not None and _NOT_ASIDE.search(text, dashes[0], dashes[1]) is None


def time_in_dash_aside(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether a time expression text[start:end] stands inside a dash-set aside that opens after lo and closes before
    hi (the figure), as in_dash_aside, the digits of the time itself allowed: "The two countries agreed – at the time of
    Erdogan’s visit to Budapest in his capacity as head of state in 2013 – on increasing bilateral trade to USD five
    billion annually" (kormany.hu)."""
    dashes = _dashes_around(text, start, end, lo, hi)
    return dashes is not None and _NOT_ASIDE.search(text, dashes[0], start) is None \
        and _NOT_ASIDE.search(text, end, dashes[1]) is None


# a place given as an example by a cue right before it: "exports grew, especially to the US", "в страны дальнего
# зарубежья, прежде всего, в Индию и Китай" (a focus adverb and the flow's preposition, vocab/<lang>/patterns.csv
# focus_example_before: rules head_focus_example, focus_aside, focus_not_carried), "weak demand in traditional markets
# such as Europe and the US" (markets named by example, facts/subject.py MARKETS_SUCH_AS, cue markets_such_as: rule
# head_example); the places of the list the example opens are examples too
_focus_before = EnglishCue("focus_example_before", re.I)
FOCUS_REACH = 60   # characters before a place read for the focus adverb
_goes_on = EnglishCue("focus_list_goes_on", re.I)   # "Japan, key European countries and to China" (rule focus_not_carried)


def examples_of(places, text: str, name: str, english: re.Pattern, reach: int, list_sep: re.Pattern,
                goes_on: re.Pattern = NEVER):
    """Each place of places (in the order given, text order) and whether it is named as an example: cue(name, english)
    (the English pattern and the current language's rows of that name) ends within reach characters before it, or the
    example right before it opens a list that goes on to it (list_sep or goes_on fullmatches the gap between)."""
    before = cue(name, english)
    after = -1   # the end of the place before, if an example
    for p in places:
        example = before.search(text, max(0, p.start - reach), p.start) is not None \
            or (0 <= after <= p.start and (list_sep.fullmatch(text, after, p.start) is not None
                                           or goes_on.fullmatch(text, after, p.start) is not None))
        yield p, example
        after = p.end if example else -1


def focus_examples(places, text: str, list_sep: re.Pattern) -> set[int]:
    """The starts of the places named after a focus adverb, with the places that go on the list it opens ("прежде
    всего, в Индию и Китай": both; "particularly to the United States, Japan, key European countries and to China":
    all three, cue focus_list_goes_on)."""
    return {p.start for p, example in examples_of(sorted(places, key=lambda q: q.start), text, "focus_example_before",
                                                   _focus_before(), FOCUS_REACH, list_sep,
                                                   cue("focus_list_goes_on", _goes_on())) if example}
