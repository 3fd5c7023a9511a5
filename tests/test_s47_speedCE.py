"""Session 47, speed of extract and clean: the cheaper paths give exactly what the patterns they stand for give.

currencies.patterns()' after_re (a currency name after a number, matched after every number) nests the names of a
first letter by their shared beginnings (_trie) and looks their first characters ahead: each position must give the
same match, span and group as the flat alternation it stands for (the dump of every eval set's predictions was
byte-identical before and after)."""
import re

import pytest

from tradeflows.figures import currencies as C

# (https://stat.gov.az/source/myxs/foreign_trade_indices/?lang=en)
_STAT_AZ = ("In January-March 2024, investments at 3809,2 million manats were directed to fixed assets.In January-February "
            "2024 gross domestic product in amount of 18576,9 million manats was produced. The foreign trade turnover of "
            "the country in January-March 2023 made 12269,3 million USD.")
# (https://azerbaijannewsgazette.com/azerbaijans-export-to-turkey-increased-by-more-than-2-times/)
_AZ_GAZETTE = ("the volume of the export from Azerbaijan to Turkey has made up 739,386 mln dollars, and this is 2,1 times "
               "more in comparison to the same period of 2020.")
_ODD = ("12 US  dollars 5 \u017fom 7 DOLLARS 8 Dollars 9 usd 10 of  euros 11-dollars 12.USD 13. долларов 14 \u0130NR "
        "15 \u0131nr 16 kzt 17 Angolan kwanza 18 angolan kwanzas 19 AZERBAIJANI MANAT 20 azerbaijan manats 21 dollarsX "
        "22 US\u00a0dollars 23 US\ndollars 24 US dollar 25 bond markets unit european unit of account 9 (e.u.a.-9)")


def _flat_after() -> re.Pattern:
    """after_re as it was: each first letter's names one flat alternation, no look-ahead."""
    a = C.aliases()
    after = set(a.after) | set(a.local_after)
    trie, C._trie = C._trie, (lambda first, rest: None)
    try:
        return re.compile(rf"(?:\.\s?(?=[а-яё])|\.(?=[A-Z]{{3}}\b)|\s?|-)(?:of\s+)?\b({C._grouped(after, fold=True)})\b",
                          re.I)
    finally:
        C._trie = trie


def _all_matches(rx, text):
    out = []
    for j in range(len(text) + 1):
        m = rx.match(text, j)
        out.append(None if m is None else (m.span(), m.group(1)))
    return out


@pytest.mark.parametrize("text", [_STAT_AZ, _AZ_GAZETTE, _ODD])
def test_after_re_same_matches_as_flat(text):
    flat, new = _flat_after(), C.patterns()[1]
    assert _all_matches(new, text) == _all_matches(flat, text)
    assert any(_all_matches(new, text))


def test_after_re_reads_names():
    after = C.patterns()[1]
    t = _AZ_GAZETTE
    assert after.match(t, t.index(" mln") + 4).group(1) == "dollars"
    assert after.match(_ODD, _ODD.index("17") + 2).group(1) == "Angolan kwanza"
    assert after.match(_ODD, _ODD.index("18") + 2).group(1) == "angolan kwanzas"
    assert after.match(_ODD, _ODD.index("21") + 2) is None


def test_trie_nests_shared_beginnings():
    rx = C._trie("a", ["ngolan kwanzas", "ngolan kwanza", "fghani"])
    assert rx is not None and rx.count("golan") == 1
    assert re.fullmatch(f"a(?:{rx})", "Angolan  Kwanzas", re.I)
    # whitespace other than single spaces between words: no nesting (the flat alternation)
    assert C._trie("a", ["b  c", "bd"]) is None
    assert C._trie("a", ["b\u00a0c", "bd"]) is None
    assert C._trie("a", ["bc ", "bd"]) is None


# --- sentences._boundaries: _BOUNDARY.finditer found from the stops -------------------------------------------------

from tradeflows.text import sentences as S  # noqa: E402

_STOPS_ODD = ["", ".", "!?", "...", "a. B", "a.B", "Yes! No? Maybe. ", "U.S. Exports rose.China grew", "x.\" In addition",
              "end. ", "1.5 percent. The", "(BLNS) The R12-billion", "?!. A", "в 2014 г. Рост", "a !B", "Wow!! Then?  Ok."]


@pytest.mark.parametrize("text", [_STAT_AZ, _AZ_GAZETTE, _ODD] + _STOPS_ODD)
def test_boundaries_same_as_finditer(text):
    for start in range(0, len(text) + 1, max(1, len(text) // 7)):
        for end in (len(text), max(start, len(text) - 3)):
            assert [m.span() for m in S._boundaries(text, start, end)] == \
                   [m.span() for m in S._BOUNDARY.finditer(text, start, end)]


def test_split_sentences_glued_stop():
    # (stat.gov.az: "...fixed assets.In January-February 2024 ...": a page that lost the space after the full stop)
    spans = S.split_sentences(_STAT_AZ)
    assert [_STAT_AZ[s:e].split()[0] for s, e in spans] == ["In", "In", "The"]
