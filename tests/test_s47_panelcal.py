"""Session 47, panelcal: scripts/panel_cases.py (why panel cells are wrong or missed, over the tuned pages of every
set) and the rule changes its counts led to."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("panel_cases", ROOT / "scripts" / "panel_cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def web8_cases():
    pc = _script()
    s = next(x for x in pc.load_sets(ROOT / pc.SETS_FILE) if x.name == "web8")
    panel, cases = pc.set_cases(s)
    return s, panel, cases


def test_panel_cases_explain_every_wrong_and_missed_cell(web8_cases):
    """One tuned set: one case per wrong predicted cell and per missed gold cell, as `tradeflows eval` scores them,
    each with a cause; no held-out document is read."""
    s, panel, cases = web8_cases
    wrong = [c for c in cases if c["what"] == "wrong"]
    missed = [c for c in cases if c["what"] == "missed"]
    assert len(wrong) == panel["cells"] - panel["tp"]
    assert len(missed) == panel["gold"] - panel["found"] > 0
    assert all(c["cause"] for c in cases)
    assert not {c["doc"] for c in cases} & s.heldout


def test_panel_cases_name_the_weak_rule(web8_cases):
    """A right figure left out as `low confidence` names the weak rule that kept it out: "The 2018 deficit of about
    $628 billion marked a 10-year high." (web8 tuned, courthousenews.com) has no counterpart named: partner
    default_world."""
    _, _, cases = web8_cases
    hit = [c for c in cases if c["cell"] == "USA world balance 2018"]
    assert [c["cause"] for c in hit] == ["panel: low confidence [partner:default_world]"]
