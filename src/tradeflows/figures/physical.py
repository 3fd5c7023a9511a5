"""English changes and shares of a physical quantity, which the guidelines leave out (rule physical_change).

GUIDELINES, texts from other outlets: "Physical quantities (tonnes, barrels) and their growth are not
annotated". A commodity page states its tonnes or bags beside its value and gives each a rate:

- physical_after_quantity: the rate follows a quantity in its clause, no amount of money between
  ("35.5 million bags, an increase of 8.4%", "4.9 million bags exported (+24.3%)", "by 170,600 tonnes or
  12 per cent", "2.2 million units, up 11.7 percent", "49,801 bags, a market share of 12.52%");
- physical_to_quantity: the rate runs from or to a quantity ("increased by 13% from about 64,000 metric
  tonnes", "increased 23.3% in November to 210,400 mt");
- physical_volume_words: volume words govern the rate ("an increase in volume of 7 per cent", "a volume
  9.4% higher", "the volume grew by 1.8 percent", "rose 5% in volume") and the sentence or the one before
  states a quantity. Without a quantity near, "export volumes rose 3.5 per cent" is the real (volume) change
  of a flow that statistics offices publish, which the gold keeps;
- physical_count_subject: a count is the changing subject ("The number of China-Europe freight trains passing
  through the port increased by 60 percent"): the change of a count of things, no value (s64; the Russian twin
  is lang_ru's physical_clause_before, "число ... составов ... увеличилось более чем на 60 процентов").

The Russian twin is figures/lang_ru.py's physical_change. Patterns are compiled once at import; each figure
looks only at a window of its own and the previous sentence.
"""
from __future__ import annotations

import re

from tradeflows.records import Figure
from tradeflows.vocab.patterns import EnglishCue

RULE = "physical_change"
# a number and a physical unit: "409,916 60-kilo bags", "44.5 million bags", "64,000 metric tonnes", "2,153.2
# million kilograms"; not a price ("per tonne")
_QTY = (r"(?<![\w$€£¥.,])\d[\d,.]*(?:\s+(?:million|billion|thousand|mln|mn|bn)\b)?\s+(?:metric\s+)?"
        r"(?:\d+[-\s](?:kilo|kg|kilogram)s?\s+)?"
        r"(?:tonnes|tons|mt|bags|barrels|bales|kilograms|kilos|kg|units|pieces|carats|ounces|oz|litres|liters|"
        r"cubic\s+met(?:re|er)s|head\s+of\s+cattle|bottles|vehicles)\b")
# ("the volume of exports increased by 5.6% to almost 558 million bottles", itv.com on Scotch whisky, data/web56 tuned
# page cx05: bottles; "Japan exported 5,843,807 vehicles", wardsauto.com: vehicles; rule physical_to_quantity)
QUANTITY = re.compile(_QTY, re.I)
_CHANGE_NOUN_OF = r"(?:increase|rise|growth|upturn|decline|decrease|drop|fall|gain|jump|surge)\s+of\s+"
# a quantity ending right before the gap to the rate: the gap has no digit (no amount between), no sentence end, no
# value word and no contrast ("worth $50.44 million, an increase of", "while earnings rose")
_VALUE_WORDS = re.compile(r"\b(?:worth|valued?|values|earn\w*|revenues?|receipts?|income|proceeds|prices?|"
                          r"dollars?|euros?|while|whereas|but|compared|than)\b", re.I)
# ... and the gap is a few words and the change's own opener: "bags, an increase of", "bags were green coffee,
# representing an increase of", "bags exported (+", "tonnes or", "units, up", "bags, a market share of"
_QTY_BEFORE = re.compile(_QTY + r"(?:\s*\([^()\d]{0,20}\))?(?:\s+[a-z-]+){0,4}?\s*,?\s*"
                         r"(?:(?:representing|marking|which\s+is|which\s+was|an?)\s+)*"
                         rf"(?:{_CHANGE_NOUN_OF}|up\s+|down\s+|\(\s*[+\-\u2212]?\s*|or\s+|(?:market\s+)?share\s+of\s+)$",
                         re.I)
# ... a few words may stand between: "increased 23.3% in November to 210,400 mt", "increased by 14% from the previous
# year to 328,284 tons", "an increase of 52.72 percent by going up from 5716,154 metric tons"
# ("fell by 11% at the end of February 2023 to stand at 422,205 tons", data/web47 tuned page cf05: a year among the
# words, "to stand at"; "increased by 63% and exceeded 24 million liters", data/web33 tuned page bd08: the level the
# rate's verb reached; a dash alone is no word: "decreased by 31.6% in January 2016 - down to 311.4 thousand tons",
# euroradio.fm in tests/test_s45_mend.py, opens an aside)
_TO_QTY = re.compile(r"\s*\)?(?:\s+(?:-*[a-z][a-z-]*|(?:19|20)\d\d)){0,6}?\s*,?\s*"
                     r"(?:(?:from|to)(?:\s+stand\s+at)?|(?:and\s+)?(?:exceeded|reached|totall?ed|stood\s+at|amounted\s+to))\s+"
                     r"(?:(?:about|around|nearly|some|almost|over|just\s+over)\s+)?" + _QTY, re.I)
_APPROX = r"(?:(?:about|around|nearly|some|almost|over|roughly)\s+)?"
_VOL = r"(?:volumes?|quantity|quantities|tonnage)"
_CHANGE_NOUN = r"(?:increase|rise|growth|upturn|uptick|decline|decrease|drop|fall|gain|jump|surge)s?"
_CHANGE_VERB = (r"(?:grew|rose|increased|fell|declined|dropped|decreased|jumped|climbed|expanded|slipped|"
                r"went\s+up|went\s+down|was\s+up|was\s+down|were\s+up|were\s+down)")
_VOL_BEFORE = re.compile(
    # "an increase in volume of 7 per cent", "a year-on-year rise in volume of 10.22%", "an upturn in volumes of"
    rf"(?:\b{_CHANGE_NOUN}\s+in\s+(?:export\s+|import\s+)?{_VOL}\s+of\s+{_APPROX}"
    # "a volume 9.4% higher", "the volume grew by 1.8 percent", "export volume rose 4%"
    rf"|\b(?:a|the|its|their|export|import)\s+{_VOL}\s+(?:{_CHANGE_VERB}\s+(?:by\s+)?)?{_APPROX})$", re.I)
_VOL_AFTER = re.compile(rf"(?:\s+in\s+{_VOL}(?:\s+terms)?\b(?!\s+and\b)"
                        rf"|\s+{_CHANGE_NOUN}\s+in\s+(?:[a-z]+\s+){{0,3}}?{_VOL}\b)", re.I)
# a sentence ends at ". " before a capital or a quote, or at a line break
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“‘'(])|\n")
# a rate written as a percent; a multiple ("4 times more than in 2022" after "501 thousand cubic meters") is kept: the
# founding set's annotators count the exchange's physical multiples (data/gold, 001_f541c9b7c73f1bbf)
_PERCENT = re.compile(r"%|per\s?cent|percent|\bpc\b|\bpct\b", re.I)
REACH = 400   # how far back the figure's own and the previous sentence are looked for


def _sentence_starts(text: str, pos: int) -> tuple[int, int]:
    """Where the figure's sentence and the one before it start (within REACH characters)."""
    lo = max(0, pos - REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    own = ends[-1] if ends else lo
    prev = ends[-2] if len(ends) > 1 else lo
    return own, prev


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos, min(len(text), pos + REACH))
    return m.start() if m else min(len(text), pos + REACH)


def physical_rule(text: str, f: Figure, moneys: list[tuple[int, int]]) -> str | None:
    """The physical_change sub-rule that makes f a change or share of a physical quantity, or None."""
    if f.kind not in ("growth", "share") or not _PERCENT.search(f.figure):
        return None
    start, end = f.clean_start, f.clean_end
    own, prev = _sentence_starts(text, start)
    q = _QTY_BEFORE.search(text, max(own, start - 120), start)
    if q is not None and not _VALUE_WORDS.search(text, q.end(), start) \
            and not any(q.end() <= s < start for s, _ in moneys):
        return "physical_after_quantity"
    if f.kind != "growth":
        return None
    if _TO_QTY.match(text, end):
        return "physical_to_quantity"
    if _VOL_BEFORE.search(text, max(own, start - 80), start) or _VOL_AFTER.match(text, end):
        if QUANTITY.search(text, prev, _sentence_end(text, end)):
            return "physical_volume_words"
    lo = max(own, start - 160)
    if "umber of" in text[lo:start].lower() and _count_subject().search(text, lo, start):
        # (the pattern opens on \b, no prefilter: "umber of" looked for first in the window's lower-cased copy, as the
        # pattern is read in any case: "THE NUMBER OF ..." too)
        return "physical_count_subject"
    return None


# "The number of China-Europe freight trains ... increased by 60 percent": a count as the subject of the change, read
# back in the figure's sentence (row physical_count_subject of vocab/en/patterns.csv; rule physical_count_subject)
_count_subject = EnglishCue("physical_count_subject", re.I)


def drop_physical(text: str, figs: list[Figure]) -> list[Figure]:
    """The figures less the changes and shares of a physical quantity (rule physical_change)."""
    moneys = [(f.clean_start, f.clean_end) for f in figs if f.kind == "money"]
    return [f for f in figs if physical_rule(text, f, moneys) is None]
