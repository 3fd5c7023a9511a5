"""Session 65, speed of clean and extract (speedI65): the cheaper paths give exactly what they stand for.

text/scan.py makes a text's scan copy once (clean's Cyrillic test, the footnote markers' digit runs, extract's
anchors), remove_markers cuts it and the offsets alongside the text (_typical_width kept as it was: a Counter measured no cut),
_join_body reads line ends by index. No rule changed: the dump of every eval set's predictions was byte-identical
before and after. The texts below are constructed (odd cases of the code, no page's phrasing is read here)."""
import random
from array import array
from itertools import compress

import pytest

from tradeflows.figures.numbers import anchor_pattern, anchors
from tradeflows.text import clean as C
from tradeflows.text import markers as M
from tradeflows.text import scan as S
from tradeflows.text.layout import BLANK, BODY, FOOTNOTE


def _fresh(text):
    return text.encode("ascii", "replace").translate(S.SCAN_TABLE)


# --- the scan copy --------------------------------------------------------------------------------------------------

def test_scan_copy_is_the_encoded_translation_and_kept_by_identity():
    text = "Exports “rose” 12.5% to $3 Billion_x?ё"
    t = S.scan_copy(text)
    assert t == _fresh(text) == b"exports ?rose? 00 0  to  0 billion_x??"
    assert S.kept(text) is t and S.scan_copy(text) is t
    other = "".join(["Exports", " ", "“rose” 12.5% to $3 Billion_x?ё"])   # equal, another object
    assert other == text and S.kept(other) is None
    assert S.scan_copy(other) == t and S.kept(text) is None   # (one entry: the last text asked)


def test_cut_is_the_copy_of_the_pieces():
    text = "abc1 de2 f"
    t = _fresh(text)
    assert S.cut(t, [(0, 3), None, (5, 7), (8, 10)]) == _fresh("abc de f")


# --- clean's Cyrillic test ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "", "plain ascii", "“quotes” — and dashes", "Citroën и Škoda", "α-олефин, β = 2", "Ομάδα only", "Ѐ Ђ ѐ ђ ѓ",
    "é" * 5000 + " ё", "é" * 5000 + " x", "“" * 3000 + "Ё", "? ? ?", "ü" * 2500 + "?" * 10 + "я", "?" * 5000 + "я",
    "?" * 4096 + "я", "?" * 4095 + "я", "?" * 5000,
])
def test_has_cyrillic_is_the_search(text):
    assert C._has_cyrillic(text) == (C._CYRILLIC.search(text) is not None)


def test_homoglyphs_unchanged_text_is_the_same_object():
    text = "x " * 1500 + "“Minsk” ë"   # (no Cyrillic past the probe: read off the scan copy)
    assert C.cyrillic_homoglyphs(text) is text
    assert C.cyrillic_homoglyphs("é" * 3000 + " отчëтный") == "é" * 3000 + " отчётный"


def test_has_cyrillic_fuzz():
    rnd = random.Random(65)
    alphabet = ["a", " ", "?", "“", "é", "ё", "Ѐ", "ѐ", "я", "Ω", "1", "\u0400", "\u0452"]
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert C._has_cyrillic(text) == (C._CYRILLIC.search(text) is not None), repr(text)


# --- remove_markers: offsets joined once, the scan copy cut alongside -----------------------------------------------

def _old_remove(text, offs, spans):
    """remove_markers' offsets as they were built before (extended view by view)."""
    new_offs = array("q")
    pos = 0
    for s, e, n in spans:
        cut_s, replace = s, False
        before = text[s - 1] if s else " "
        after = text[e] if e < len(text) else " "
        if before == " " and (after in " .,;:”\"’»)\n" or e == len(text)):
            cut_s = s - 1
        elif before not in " \n" and (after.isalnum() or after in "$€"):
            replace = True
        new_offs.extend(offs[pos:cut_s])
        if replace:
            new_offs.append(offs[s])
        pos = e
    new_offs.extend(offs[pos:])
    return new_offs


def test_remove_markers_offsets_and_copy():
    text = "trade grew1 in the year3$25 and direction 1. Then “x”2 y 7"
    offs = array("q", range(100, 100 + len(text)))
    spans = [(text.index("1 in"), text.index("1 in") + 1, 1), (text.index("3$"), text.index("3$") + 1, 3),
             (text.index("1."), text.index("1.") + 1, 4), (text.index("2 y"), text.index("2 y") + 1, 5),
             (len(text) - 1, len(text), 7)]
    S.scan_copy(text)
    out, new_offs, positions = M.remove_markers(text, offs, spans)
    assert new_offs == _old_remove(text, offs, spans) and len(new_offs) == len(out)
    assert out == "trade grew in the year $25 and direction. Then “x” y"
    assert S.kept(out) == _fresh(out)
    offs.append(0)   # (no view of offs is left exported: the array may grow again)


def test_remove_markers_without_kept_copy_keeps_none():
    text, offs = "a1 b", array("q", range(4))
    S.keep("other", b"other")
    out, new_offs, _ = M.remove_markers(text, offs, [(1, 2, 1)])
    assert out == "a b" and list(new_offs) == [0, 2, 3]
    assert S.kept(out) is None


def test_clean_text_hands_extract_the_copy_of_its_text():
    raw = ("Exports rose 12 percent in 2019 to reach $5 billion, the ministry said1. Imports fell.\n\n"
           + "Body text line that is long enough to be read as a line of the body here.\n" * 3
           + "\n1 Ministry of Trade. Annual report [Electronic resource]. - URL: http://x.by - 2020.\n")
    c = C.clean_text(raw, "pdf")
    assert S.kept(c.text) == _fresh(c.text)
    assert list(anchors(c.text)) == [m.span() for m in anchor_pattern().finditer(c.text)]


# --- _typical_width and _join_body ----------------------------------------------------------------------------------

def _old_width(stripped, kinds):
    widths = sorted(map(len, compress(stripped, map(BODY.__eq__, kinds))))
    return widths[len(widths) * 3 // 4] if widths else 80


def test_typical_width_is_the_sorted_percentile():
    rnd = random.Random(65)
    assert C._typical_width([], []) == 80 == C._typical_width(["x"], [BLANK])
    for _ in range(500):
        n = rnd.randint(0, 40)
        stripped = ["x" * rnd.randint(1, 12) for _ in range(n)]
        kinds = [rnd.choice([BODY, BLANK, FOOTNOTE, "body"]) for _ in range(n)]
        assert C._typical_width(stripped, kinds) == _old_width(stripped, kinds)


def test_join_body_offsets_with_leading_spaces():
    raw = ("  Indented opening line of the body that runs long enough to be joined -\n"
           "next line goes on here and is also fairly long for the width test\n"
           "\tTabbed line that follows it, of the same kind of length as before.\n"
           " • A bulleted line\n• Another bullet")
    c = C.clean_text(raw, "pdf")
    for i, ch in enumerate(c.text):
        if not ch.isspace():
            assert raw[c.offsets[i]] == ch
