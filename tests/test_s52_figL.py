"""Session 52, figL: the kind and sign of a percent (figures/kinds.py's change verbs, vocab/en/cues.csv)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from phrasing import one_figure  # noqa: E402


def test_skidded_is_a_fall():
    # maeeshat (data/web40 br05, a tuned page): "skidded" was no change verb, the percent read +11.3
    f = one_figure("Exports skidded 11.3 per cent year-on-year to 5.09 billion yen ($4 billion) in May, according to "
                   "data released by the Ministry of Finance.", "11.3 per cent")
    assert (f.kind, f.value) == ("growth", -11.3)


def test_tanked_is_a_fall_without_another_verb_before():
    # after "non-oil exports tanked by 24.9 per cent" (timesofoman, data/web4 z08) with no other change verb in the
    # clause: the sign is the fall's
    f = one_figure("Non-oil exports tanked by 24.9 per cent to OMR985.3 million.", "24.9 per cent")
    assert (f.kind, f.value) == ("growth", -24.9)


def test_nosedived_and_sagged_are_falls():
    f = one_figure("Imports nosedived 18.2 percent in April.", "18.2 percent")
    assert (f.kind, f.value) == ("growth", -18.2)
    f = one_figure("Shipments sagged 4.1 percent from a year earlier.", "4.1 percent")
    assert (f.kind, f.value) == ("growth", -4.1)
