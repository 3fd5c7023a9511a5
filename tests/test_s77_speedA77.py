"""Session 77, helper speedA77 (a census of regex calls): exact gates before scans that mostly find nothing, each checked
against the scan it skips: places._word_in (a page holding none of a row's cue words), measure._former_latter (a window
with neither "former" nor "latter"), the dash aside of measure._before_cues (a clause with none of its dashes), and the
status cues of a sentence scanned once for all its figures (status.clause_status, DocMemo.status_cues)."""
import re
from pathlib import Path

import pytest

from tradeflows.facts import context as C
from tradeflows.facts import measure as M
from tradeflows.facts import places as P
from tradeflows.pipeline import figures_of_text
from tradeflows.vocab import holds, pattern_needs

ROOT = Path(__file__).resolve().parents[1]
PAGES = [p.read_text() for p in sorted((ROOT / "data/raw").glob("*.txt"))]


def _old_word_in(rx, text):
    """places._word_in before the gate: every match of rx read."""
    return any(m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._")
               for m in rx.finditer(text))


def test_word_in_same_as_scan():
    """The gate answers as the scan on the rows' cue and rival patterns, over real pages and edge cases (a word after a
    letter or a dot, one at the text's start, one glued to a letter after it, none at all), both answers seen."""
    rows = [rx for row in P._page_regions() for rx in row[3:] if rx is not None]
    assert rows
    georgia = next(row[3] for row in P._page_regions() if row[0] == "Georgia")
    assert pattern_needs(georgia) == (("state of Georgia", "State of Georgia", "Georgia state", "Ga.", "Savannah",
                                       "Atlanta"),)
    odd = ["Savannah's port", "XSavannah", "in Atlanta.", ".Atlanta", "Atlantans", "", "Exports to Ga. rose"]
    seen = set()
    for rx in rows:
        for text in odd + [p[:50000] for p in PAGES]:
            old = _old_word_in(rx, text)
            assert P._word_in(rx, text) == old
            seen.add(old)
    assert seen == {True, False}
    assert P._word_in(georgia, "Savannah's port") and not P._word_in(georgia, "XSavannah")
    assert not holds("no such words", pattern_needs(georgia))


def test_former_latter_gate_exact():
    """Every window (as _former_latter reads it: 70 characters before a number) that lacks the words of
    measure_former_latter has no match of it; a window holding one may match ("the former growing by")."""
    rx = M._former_latter_cue()
    needs = pattern_needs(rx)
    assert needs and needs[0] == ("former", "latter")
    text = "with the former growing by 10.68% and the latter by 3.8% while The Latter's share rose"
    for page in PAGES[:6] + [text]:
        low = page.lower()
        assert len(low) == len(page)
        for m in re.finditer(r"\d", page):
            lo = max(0, m.start() - 70)
            if not holds(low[lo:m.start()], needs):
                assert rx.search(page, lo, m.start()) is None
    assert rx.search(text, 0, 40) is not None and holds(text.lower()[0:40], needs)


def test_dash_aside_dashes():
    """The gate's dashes are the pattern's (both its dash classes), so a clause holding none of them holds no match."""
    from re import _parser
    parsed = _parser.parse(M._DASH_ASIDE.pattern)
    classes = [av for op, av in parsed.data if op is _parser.IN and all(o is _parser.LITERAL for o, _ in av)]
    assert len(classes) == 2   # (the opening and the closing dash; \s and the negated class are not these)
    for cls in classes:
        assert {chr(c) for _, c in cls} == set(M.ASIDE_DASHES)
    clause = "total trade \u2013 imports and exports, excluding diamonds \u2013 was "
    assert M._DASH_ASIDE.search(clause) is not None and M._holds_dash(clause, 0, len(clause))
    assert not M._holds_dash("total trade - imports and exports - was", 0, 40)
    assert not M._holds_dash(clause, 13, 20)   # (only the span asked)


class _Forgetful(dict):
    """A memo that keeps nothing: every figure's sentence scanned afresh, as before status_cues; counts the stores."""
    stores = 0

    def __setitem__(self, key, value):
        _Forgetful.stores += 1


@pytest.mark.parametrize("prefix", ["001_", "003_"])
def test_status_cues_memo_same_answers(monkeypatch, prefix):
    """A page's figures get the same status with the sentence's cue matches kept (DocMemo.status_cues) as scanned for
    each figure, and the memo is read again: some sentence holds two figures."""
    path = next((ROOT / "data/raw").glob(prefix + "*.txt"))
    raw, name = path.read_text(), path.name
    kept = [repr(f) for f in figures_of_text(raw, name)]
    docs = []
    init = C.Doc.__init__

    def fresh(self, *a, **k):
        init(self, *a, **k)
        self.memo.status_cues = _Forgetful()
        docs.append(self)
    monkeypatch.setattr(C.Doc, "__init__", fresh)
    _Forgetful.stores = 0
    again = [repr(f) for f in figures_of_text(raw, name)]
    assert again == kept and docs
    monkeypatch.undo()
    memo = []
    init = C.Doc.__init__

    def noted(self, *a, **k):
        init(self, *a, **k)
        memo.append(self.memo)
    monkeypatch.setattr(C.Doc, "__init__", noted)
    figures_of_text(raw, name)
    assert 0 < sum(len(m.status_cues) for m in memo) < _Forgetful.stores


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_cue_around_needs_exact(lang):
    """Each not-carried cue before a place is searched only where its window holds the words of its lower-cased copy:
    on windows of real pages (every 7th character's 80 before it) a window lacking them holds no match, and some
    window holds a match, so the gate is passed where it must be."""
    from tradeflows.facts import carry
    from tradeflows.vocab import using_language
    with using_language(lang):
        _, before = carry._not_carried_cues(lang)
    assert before and all(len(b) == 5 for b in before)
    pages = PAGES[:4] if lang == "en" else [p.read_text()[:30000] for p in
                                            sorted((ROOT / "data/russian").rglob("*.txt"))[:6]]
    odd = ["the two are both members of the WTO and trade with China; talks in Beijing; a summit in Riga",
           "заявил журналистам на полях саммита ОДКБ в Бишкеке посол России в Казахстане"]
    found = 0
    for rx, lc, reach, rule, needs in before:
        if lc is None:
            assert needs == ()
            continue
        assert not lc.flags & re.I and needs == pattern_needs(lc)
        for page, step in [(p, 7) for p in pages] + [(p, 1) for p in odd]:
            low = page.lower()
            for s in range(0, len(low), step):
                a = max(0, s - reach)
                hit = lc.search(low, a, s)
                if not holds(low[a:s], needs):
                    assert hit is None
                found += hit is not None
    assert found
