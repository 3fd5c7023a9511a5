"""Session 48, speed003: frames._frames_open, the frames a sentence's clause bits open, picked once per set of bits.

find_frames tested each frame's clause bits against the sentence's (`sat & need != need: continue`) one by one for
every sentence naming a place; _frames_open(lang, sat) gives the same frames, in the same order, with their
lower-cased patterns, once per (language, bits). Checked against the old loop on every bit set the sentences of
data/raw reach, on no bits, on all bits (-1: no lower-cased copy) and on each single clause bit, in both languages."""
from __future__ import annotations

import pytest

from tradeflows.facts import frames as F
from tradeflows.vocab.lowercase import lower_text

from devdocs import ROOT


def _old_loop(lang: str, sat: int) -> list:
    """The loop find_frames ran before: every frame, in order, passed on where the bits lack one of its clauses."""
    needs = F._frames_need_of(lang)[0]
    out = []
    for order, (fr, lc, need) in enumerate(zip(F._frames_of(lang), F._frames_lc_of(lang), needs)):
        if sat & need != need:
            continue
        out.append((order, fr, lc))
    return out


def _sats(lang: str) -> set[int]:
    """The clause bits of every line of data/raw (as find_frames reads a masked sentence), with the odd cases."""
    _, longest, satisfies = F._frames_need_of(lang)
    out = {0, -1}
    bits = 0
    for need in F._frames_need_of(lang)[0]:
        bits |= need
    out.update(1 << i for i in range(bits.bit_length()))
    if longest is None:
        return out
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        for line in path.read_text("utf-8", errors="replace").splitlines():
            low = lower_text(line)
            if low is None:
                continue
            sat = 0
            for w in set(longest.findall(low)):
                sat |= satisfies[w]
            out.add(sat)
    return out


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_frames_open_is_the_old_loop(lang):
    sats = _sats(lang)
    assert len(sats) > 3
    for sat in sats:
        assert list(F._frames_open(lang, sat)) == _old_loop(lang, sat)


def test_all_bits_open_every_frame():
    # (no lower-cased copy of a sentence: sat -1, every frame runs, as before)
    assert [o for o, _, _ in F._frames_open("en", -1)] == list(range(len(F._frames_of("en"))))


def test_find_frames_on_a_sentence():
    # "Georgia's exports to the EU" (README's example of a frame): both frames found, in text order, through the
    # frames the sentence's bits pick
    from tradeflows.facts.places import find_places
    text = "In 2023, Georgia's exports to the EU rose 12% to $1.1 billion."
    found = [(fr.name, fr.start, fr.end, fr.reporter and fr.reporter.name, fr.partner and fr.partner.name)
             for fr in F.find_frames(text, 0, len(text), find_places(text))]
    assert found == [("possessive_flow_to", 9, 36, "Georgia", "European Union"),
                     ("exports_to", 19, 36, None, "European Union")]
