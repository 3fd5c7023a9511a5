"""The scope of a figure's measure: goods, services or both, as written next to its cue (facts/relate.py asks)."""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import EnglishCue, cue
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


# "Total service exports for August amounted to $4.1bn" (pinchaslandau.com), "software exports": the singular "service"
# or a service sold abroad (software, tourism, outsourcing) right before the flow word, or inside its cue ("service
# receipts"), is a services flow where no goods word is near (rule service_before; rows scope_service_before and
# scope_service_in_cue of vocab/en/patterns.csv)
_service_before = EnglishCue("scope_service_before", re.I)
_service_in_cue = EnglishCue("scope_service_in_cue", re.I)


def scope_of(text: str, s_start: int, s_end: int, cue_span: tuple[int, int] | None,
             mrule: str | None) -> tuple[str | None, str | None]:
    """(scope, the rule that decided it, None for the words next to the cue): a services flow read from earnings
    (rules services_earnings, visitor_spending), else the words next to the cue, else a service named right before or inside the cue."""
    if mrule == "services_earnings" or mrule == "visitor_spending":
        return "services", mrule
    scope = goods_scope(text, s_start, s_end, cue_span)
    if scope is None and cue_span and (_service_in_cue().search(text, cue_span[0], cue_span[1])
                                       or _service_before().search(text, max(s_start, cue_span[0] - 20), cue_span[0])):
        return "services", "service_before"
    return scope, None

