"""The scope of a figure's measure: goods, services or both, as written next to its cue (facts/relate.py asks)."""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import cue
from tradeflows.vocab.skip import skip_compile

_GOODS_SERVICES = skip_compile(r"goods\s+and\s+services", re.I)
_GOODS = skip_compile(r"\b(?=[gcm])(?:goods|commodit(?:y|ies)|merchandise)\b", re.I)
_SERVICES = skip_compile(r"\bservices\b", re.I)


def goods_scope(text: str, s_start: int, s_end: int, cue_span: tuple[int, int] | None) -> str | None:
    """Goods, services or both, as written next to the measure's cue."""
    scope = None
    if cue_span:
        win = text[max(s_start, cue_span[0] - 30):min(s_end, cue_span[1] + 30)]
        if cue("goods_and_services", _GOODS_SERVICES).search(win):
            scope = "goods_and_services"
        elif cue("goods", _GOODS).search(win):
            scope = "goods"
        elif cue("services", _SERVICES).search(win):
            scope = "services"
    return scope
