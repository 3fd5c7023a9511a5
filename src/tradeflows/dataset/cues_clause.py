"""Whose year: an explicit year of a figure's sentence that belongs to another clause than the figure's.

A figure dated by the one year its sentence names (year:explicit) takes that year even when the
year sits in a clause the figure is not part of; the panel then shows a cell for a year the
sentence never gave the figure (s58, panelQ, tuned pages of web29, web39, web43):
  quote    the figure inside a quotation the year stands before: "... celebrated the 400th anniversary
           of their diplomatic relations in 2012, Erdogan said, "Current trade volume ... is $7 billion."
  aside    the year inside an aside set off by two dashes that the figure is not in: "The two countries
           agreed – at the time of Erdogan's visit ... in 2013 – on increasing bilateral trade to USD five billion"
  another  the year after the figure in a later clause, joined by one short word to another amount: "a trade
           deficit with China of 58.4 billion euros, after reaching the second highest value ever in 2022 at 86.1 billion euros"
  (a quotation opened after a comma or a colon on a capital; two like en or em dashes; no amount between the figure
  and the year, whose clause has words of its own before it, and the amount after the year no percentage)
Each is punctuation and position only (no words), so it holds in every language the pipeline reads. It is checked
after the year checks of the admission (a part of a year keeps its reason `partial year`); on the tuned pages of the
84 sets it refuses those three figures and no other.
A year the sentence names twice is the figure's when any of its mentions is not set apart so.
"""
from __future__ import annotations

from tradeflows.dataset.cues_text import figure_end, figure_pos
from tradeflows.records import decided_rules
from tradeflows.vocab.skip import skip_compile

_YEAR = skip_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_QUOTE = skip_compile(r"[\"“”«»„]")
# the opening of a quoted sentence: a comma or a colon right before its quotation mark
_SPEECH_OPEN = skip_compile(r"[,:]\s*[\"“«„]$")
_OPENS = "“«„"
_CLOSES = "”»"
# a dash standing between words (an en or em dash: a spaced hyphen also joins a range, "январь - ноябрь 2025 года")
_DASH = skip_compile(r"\s[–—]\s")
_AMOUNT_AFTER = skip_compile(r"\s+\w{1,4}\s+(?:[$€£¥]\s?|(?:US\$|[A-Z]{3})\s?)?\d[\d.,]*(?![\d.,]*\s*%)")
_DIGIT = skip_compile(r"\d")
# a clause between the figure and a later year, with words of its own before the year: a year right after the figure
# is its own ("$25 billion in 2023 to $30 billion by next year"), and so is a quarter's ("N22.81 trillion in Q3, 2025")
_CLAUSE_BREAK = skip_compile(r"[,;:]\s")
# words at least between an aside's closing dash and the figure: a dash right before the figure
# joins the year to it ("в 2021-м — $40 млрд"), it sets nothing apart
_WORD = skip_compile(r"[^\W\d_]{2,}")


def _in_quote(sentence: str, pos: int) -> int | None:
    """Where the quotation the figure at pos stands in opens, or None. Only a quoted sentence of its own counts: one
    opened after a comma or a colon on a capital ("Erdogan said, "Current trade volume ..."); a quote that carries on
    the sentence's own words ("in 2024 "increased by 4.6% and amounted to $50.3 million", "in 2020, Oman received
    "deliveries of ...", "As for other results of 2021, "the turnover ...") keeps the year before it."""
    opened = None
    for m in _QUOTE.finditer(sentence, 0, pos):
        c = m.group()
        if c in _OPENS:
            opened = m.start()
        elif c in _CLOSES:
            opened = None
        else:                     # a straight quote opens and closes in turn
            opened = m.start() if opened is None else None
    if opened is None or not _SPEECH_OPEN.search(sentence, 0, opened + 1) \
            or not sentence[opened + 1:opened + 2].isupper():
        return None
    return opened


def _aside(dashes: list[int], at: int, pos: int, end: int, sentence: str) -> bool:
    """at lies between two like dashes the figure is outside of, with words between the aside and the figure."""
    for a, b in zip(dashes, dashes[1:]):
        if a < at < b and not a < pos < b and sentence[a + 1] == sentence[b + 1]:
            gap = sentence[b:pos] if b < pos else sentence[end:a]
            return _WORD.search(gap) is not None
    return False


def _set_apart(sentence: str, at: int, length: int, pos: int, end: int, dashes: list[int]) -> bool:
    if at < pos:
        q = _in_quote(sentence, pos)
        if q is not None and at < q:
            return True
    if _aside(dashes, at, pos, end, sentence):
        return True
    if at < end or _DIGIT.search(sentence, end, at):
        return False      # an amount between them takes the year ("amounting to USD 121.93 million in 2016 from ...")
    breaks = list(_CLAUSE_BREAK.finditer(sentence, end, at))
    return (bool(breaks) and _WORD.search(sentence, breaks[-1].end(), at) is not None
            and _AMOUNT_AFTER.match(sentence, at + length) is not None)


def year_of_other_clause(r: dict) -> bool:
    """The figure's year is explicit and every mention of it in the sentence is set apart from the figure."""
    if r.get("year") is None or "year:explicit" not in decided_rules(r.get("fact_rules")):
        return False
    pos = figure_pos(r)
    if pos is None:
        return False
    sentence = r["sentence"]
    end = figure_end(r, pos)
    year = str(int(r["year"]))
    mentions = [m.start() for m in _YEAR.finditer(sentence) if m.group() == year]
    if not mentions:
        return False
    dashes = [m.start() for m in _DASH.finditer(sentence)]
    return all(_set_apart(sentence, at, len(year), pos, end, dashes) for at in mentions)
