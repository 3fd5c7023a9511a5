"""Session 63, speedB63: speed changes that must read as the code they replace (no rule of their own)."""
from tradeflows.facts import places as P


def _brute(text, found):
    """The places _groups_outside read in English before _outside_candidates: every one with a "-" in the 3
    characters before it, or "than" or "outside" in the 40 before it."""
    out = []
    for i, p in enumerate(found):
        before = text[max(0, p.start - P._OUTSIDE_REACH):p.start]
        if ("-" in before and before.rfind("-") >= len(before) - 3) or "than" in before or "outside" in before:
            out.append(i)
    return out


def test_outside_candidates_hold_every_place_read():
    # constructed text: the words at the edges of the windows (a "-" 1 to 4 characters before, "than" 4 and 41 back)
    text = ("non-EU countries and non - ASEAN states, trade with countries other than the United States, "
            "markets outside China and India; exports to x-Japan, y- Korea, z-  Chad, than France and then "
            "far away from it all after a long pause than                                    Germany.")
    found = P.find_places(text)
    cands = P._outside_candidates(text, P._registry().find(text, 0, len(text)))
    raw = P._registry().find(text, 0, len(text))
    assert cands == _brute(text, raw)
    assert len(cands) >= 5
    names = {p.name for p in found}
    assert "non-EU countries" in names and "countries other than the United States" in names
