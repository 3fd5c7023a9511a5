"""A capitalised word inside a body's name: "the Ministry of Industry and Trade", "the Japan External
Trade Organization", "the Foreign Trade Ministry". Such a word is no cue of a measure, a status or
the world (rules cue_in_name, body_name); the body nouns are vocab/en/body_nouns.txt."""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.vocab import alternation, read_lines

NAME_REACH = 60   # characters before a word that the "<Body> of ..." reading looks back over


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    bodies = alternation(read_lines("body_nouns.txt"))
    # "Ministry of Development, Industry and Foreign <word>"
    before = re.compile(rf"\b(?:{bodies})\s+(?:of|for)\s+(?:[A-Z][\w’'-]*,?\s+(?:and\s+|&\s+)?){{0,4}}$")
    # "<word> Organization", "<word> Promotion Council", "<word>-Import Bank", "<word> and Energy Committee"
    after = re.compile(rf"(?:[\s-]+(?:and\s+|&\s+)?[A-Z][\w-]*){{0,2}}[\s-]+(?:{bodies})\b")
    return before, after


def in_body_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at text[start:end] stands inside a body's name."""
    if not text[start:start + 1].isupper():
        return False
    before, after = _patterns()
    return bool(before.search(text, max(0, start - NAME_REACH), start) or after.match(text, end))
