"""The shape of the paragraphs before a figure whose sentence names no flow, that lets it go on with the flow before:
a run of paragraphs of one shape, each an item and its change (parallel_paragraphs, rule parallel_paragraph), a ranking
told a paragraph an item (ranked_run, rule ranked_paragraph), a sentence that is a paragraph of its own
(one_sentence_paragraph, rule carried_line). facts/measure.py's measure_of asks."""
from __future__ import annotations

import re

from tradeflows.facts.context import Doc
from tradeflows.vocab.patterns import EnglishCue
from tradeflows.vocab.skip import skip_compile


# a sentence that opens on its subject and a change verb: "Base metals and articles thereof decreased by"
_item_change = EnglishCue("item_change")


def parallel_paragraphs(d: Doc, si: int) -> bool:
    """Sentence si and the one before, each opening its own paragraph, both open on a subject and a change verb."""
    if si == 0:
        return False
    text = d.text
    a, b = d.c.sentences[si - 1][0], d.c.sentences[si][0]
    return d.para_index(a) != d.para_index(b) and d.c.paragraphs[d.para_index(a)][0] == a \
        and _item_change().match(text, a) is not None and _item_change().match(text, b) is not None


# a place in a ranking ("ranked 2nd", "placed third", "came in fourth"): the items of a ranked list, one a paragraph
_RANK_WORD = r"(?:ranked|placed|came(?:\s+in)?)\s+(?:the\s+)?(?:[2-9](?:st|nd|rd|th)|1st|first|second|third|fourth|fifth|" \
             r"sixth|seventh|eighth|ninth|tenth)\b"
_RANK_ANY = skip_compile(rf"\b{_RANK_WORD}", re.I)
# a paragraph opening on an item and its rank ("Transport equipment, meanwhile, ranked 3rd with a 10.5% share")
_RANK_OPEN = skip_compile(rf"[A-Z][^.;:!?\n\d]{{2,90}}?\b{_RANK_WORD}")


def ranked_run(d: Doc, si: int) -> bool:
    """Sentence si opens its paragraph on an item's rank, and the sentence before, the last of the paragraph
    before, tells an item's rank as well (rule ranked_paragraph)."""
    if si == 0:
        return False
    text = d.text
    a, b = d.c.sentences[si - 1], d.c.sentences[si]
    # ("Coahuila ranked second, with exports of $17,719.4 million ... . Like Chihuahua, ... . Transportation equipment
    # manufacturing alone totaled $11,665.9 million, ..." then "Nuevo León placed third with $14,735.4 million (9.7% of
    # the national total)" (pesomxn.com, data/web25 tuned page an10): the paragraph before opens on its item's rank and
    # tells more of that item after it, rule ranked_paragraph_opening)
    return d.para_index(a[0]) != d.para_index(b[0]) and d.c.paragraphs[d.para_index(b[0])][0] == b[0] \
        and _RANK_OPEN.match(text, b[0]) is not None \
        and (_RANK_ANY.search(text, a[0], a[1]) is not None
             or _RANK_OPEN.match(text, d.c.paragraphs[d.para_index(a[0])][0]) is not None)


def one_sentence_paragraph(d: Doc, si: int) -> bool:
    """Sentence si is a paragraph of its own."""
    s, e = d.c.sentences[si]
    a, b = d.c.paragraphs[d.para_index(s)]
    return a == s and d.text[e:b].strip() == ""
