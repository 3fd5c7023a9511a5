"""The page's topic product: a page whose title or opening is about one product's trade ("Japan's automotive trade grew
13% in 2013", "Kenya's flower exports may stall", "the second largest flower exporter in the world").

Read once per document from its head, not per figure. A flow owned by a product word (vocab/en/product_trade.txt
before a flow noun, patterns.csv page_topic_flow_after; or after "exports of" / "trade in", page_topic_flow_of) names the
topic: the title's first, unless the title also names a flow as a place's own or the whole one ("Japanese exports to
Europe", "total exports", "trade surplus": page_topic_place_flow, page_topic_national), which makes the page national
("China's exports rose 5% as oil exports slumped", "Rising Energy, Farm Exports Drive Canada's Trade Surplus Wider"); a
title that names neither leaves it to the opening (OPENING_CHARS), which names the topic only when none of its lines
names a national flow. A product named in passing with no flow noun
("Exports rose 5% as oil prices climbed") is no topic. The figure record keeps the word (Figure.page_topic); the panel's
rule page_product (dataset/cues_measure.py) reads it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.facts.places import find_places
from tradeflows.records import Figure
from tradeflows.vocab import alternation, read_lines
from tradeflows.vocab.patterns import EnglishCue, english_cue
from tradeflows.vocab.skip import skip_compile

# the opening read after the title: its dateline and first paragraph (a whole HEAD_CHARS head reaches later
# paragraphs, where a national page names its products)
OPENING_CHARS = 400

_national = EnglishCue("page_topic_national", re.I)
_place_flow = EnglishCue("page_topic_place_flow", re.I)   # (matched right at a place's end only)


@lru_cache(maxsize=1)
def _product_mention() -> re.Pattern:
    """A product word before a flow noun (group p), or after a flow noun's "of" / "in" (group q)."""
    words = alternation(w.lower() for w in read_lines("product_trade.txt"))
    return skip_compile(rf"{english_cue('page_topic_product_lead').pattern}(?P<p>{words})"
                        rf"{english_cue('page_topic_flow_after').pattern}"
                        rf"|{english_cue('page_topic_flow_of').pattern}(?P<q>{words})s?\b", re.I)


def page_topic(title: str | None, text: str) -> str | None:
    """The head's product word, lowercased: the title's, when the title names a product's flow and no national flow;
    None when it names a national flow ("Rising Energy, Farm Exports Drive Canada's Trade Surplus Wider"); a title that
    names neither leaves it to the opening, whose first product's flow names the topic when no line of it names a
    national flow ("A 40% growth was seen in exports of petroleum products" then "The overall trade in fiscal year
    2022-23 has jumped to $770 billion": national)."""
    if title:
        m = _product_in(title, branch=True)
        if _national_flow(title if m is None else title[:m.start()] + " " + title[m.end():]):
            return None
        if m is not None:
            return (m.group("p") or m.group("q")).lower()
    opening = text[:OPENING_CHARS]
    m = _product_in(opening, branch=False)
    if m is None or any(_national_flow(line) for line in opening.split("\n")):
        return None
    return (m.group("p") or m.group("q")).lower()


def _product_in(text: str, branch: bool) -> re.Match | None:
    """The first product's flow of the text; a branch noun ("Japanese Auto Industry Growth") only where branch is
    true (the title)."""
    for m in _product_mention().finditer(text):
        if branch or m.group("b") is None:
            return m
    return None


def _national_flow(line: str) -> bool:
    """The line names a flow as a place's own ("Japanese exports to Europe", "China's trade surplus") or the whole one
    ("total exports", "merchandise trade")."""
    if _national().search(line) is not None:
        return True
    for p in find_places(line) if line else ():
        m = _place_flow().match(line, p.end)
        if m is not None and not (m.group("w") and _product_mention().search(m.group(0))):
            return True      # ("Japan's automotive trade": the product's flow, read by the caller)
    return False


def with_page_topic(figures: list[Figure], title: str | None, text: str) -> list[Figure]:
    """The figures, each with the page's topic product written on it (Figure.page_topic) when the head names one."""
    topic = page_topic(title, text)
    if topic is not None:
        for f in figures:
            f.page_topic = topic
    return figures
