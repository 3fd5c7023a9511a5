"""Session 76, helper speedC76: _has_unit_near asks the three list cues only where the language has one of them (English
has none: NEVER) and calls bracket_listed only where a ")" or whitespace follows the number; classify_pdf reads a
footnote block's numbered lines with _cite_start inlined. Each checked against the old formulation."""
from pathlib import Path

import pytest

from tradeflows.figures import extract as E
from tradeflows.figures.currencies import patterns as currency_patterns
from tradeflows.figures.kinds import kind_patterns
from tradeflows.text import layout as L
from tradeflows.vocab import using_language
from tradeflows.vocab.patterns import NEVER, cue

ROOT = Path(__file__).resolve().parents[1]
PAGES = [p.read_text()[:20000] for p in sorted((ROOT / "data/raw").glob("*.txt"))] + \
        [p.read_text()[:20000] for p in sorted((ROOT / "data/russian").rglob("*.txt"))[:2]]
ODD = ("Болгария (3,6%), Франция (2,3), Германия ( 4 ) и Литва (5\n) 6) 7 ) на их долю пришлось 16, 15 и 11 процентов "
       "всего экспорта; на 3,88 и 2,29 миллиарда долларов; 4,4-5,5 млрд долларов; Sichuan (2011), (12)\u00a0) 13")


def _old_has_unit_near(text, pos, end):
    """_has_unit_near as session 75 wrote it: every cue asked at every number."""
    before_re, right, shared_percent, respectively, shared_scale, comma_high, _ = E._unit_tests()
    if before_re.search(text, max(0, pos - E._BEFORE_WINDOW), pos) or (
            E._scale_word_end_before(text, pos) and E._sign_scale_before().search(text, max(0, pos - 24), pos)):
        return True
    if text[end:end + 1] not in E.NO_UNIT_START and right.match(text, end) is not None:
        return True
    if shared_percent.match(text, end) is not None and not respectively.search(text, max(0, pos - 40), pos):
        return True
    if shared_scale.match(text, end) is not None or comma_high.match(text, end) is not None:
        return True
    return E.bracket_listed(text, pos, end, 0)


def test_list_cues_flag():
    """English has none of the three list cues (each NEVER, so `lists` is False); Russian has them."""
    with using_language("en"):
        tests = E._unit_tests()
        assert tests[2] is NEVER and tests[4] is NEVER and tests[5] is NEVER and tests[-1] is False
    with using_language("ru"):
        tests = E._unit_tests()
        assert cue("shared_percent", NEVER) is not NEVER and tests[-1] is True


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_has_unit_near_same_as_before(lang):
    """The same answer at every digit run of real pages and of odd lists (brackets spaced, a line break and a no-break
    space before ")"), with both answers seen."""
    import re
    with using_language(lang):
        tests = E._unit_tests()
        seen = set()
        for text in PAGES + [ODD]:
            for m in re.finditer(r"\d+", text):
                old = _old_has_unit_near(text, m.start(), m.end())
                assert E._has_unit_near(text, m.start(), m.end(), tests) == old
                seen.add(old)
        assert seen == {True, False}


def test_bracket_listed_gate_answers():
    """The bracketed list items ("Франция (2,3)") still read as having a unit; "(2011)" after a name with no percent
    before it does not."""
    with using_language("ru"):
        tests = E._unit_tests()
        text = "Болгария (3,6%), Франция (2,3), Италия ( 4 ) и Sichuan (2011)"
        at = text.index("2,3")
        assert E._has_unit_near(text, at, at + 1, tests) is False   # (the "2" of "2,3": a comma, no bracket, follows)
        at = text.index("4 )")
        assert E._has_unit_near(text, at, at + 1, tests) is True     # (a space, then the bracket)
    with using_language("en"):
        text = "Sichuan (2011) and Hubei (2012)"
        at = text.index("2011")
        assert E._has_unit_near(text, at, at + 4, E._unit_tests()) is False


def test_classify_pdf_footnote_block():
    """A page's footnote block after a separator: its numbered lines, a citation going on over a line, a page number
    and an URL leftover, then the body of the next page; exact kinds and citation numbers."""
    lines = ["Body text that cites a source 1. And goes on 2.", " " * 24, "1 Ivanov A. Trade. - Minsk : Belarus, 2019. -",
             "P. 12.", "2 Petrov B. Exports [Electronic resource]. URL: http://x.by/a.html", "17",
             "http://x.by/b-c-d", " The next page opens here."]
    lay = L.classify_pdf(lines)
    assert lay.kinds == ["body", "separator", "footnote", "footnote", "footnote", "page_number", "url", "body"]
    assert sorted(lay.citations) == [1, 2]
    assert (lay.citations[1].line_start, lay.citations[1].line_end) == (3, 4)   # (1-based raw lines)
