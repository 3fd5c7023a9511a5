"""Session 72, speedA72 (first built by speedG71 in session 71, not merged there: -2M on the Russian pages alone).

Part 1: a cue with a case-sensitive row keeps the lower-cased scan of its case-blind rows.

The Russian row of world_strong "(?-i:(?<![\\w-])Всего)(?=...)" (openS71) left the whole cue without a lower-cased copy
(vocab/lowercase.py lower_source refuses "(?-i"), so facts/world.py _strong_cue read every window case-blind on the
text as written (ru +3M instructions a pass). vocab.patterns._combined now records such a cue as its case-blind rows
and its case-sensitive ones (vocab.lowercase.CASED_SPLITS), and isearch/islice_search ask the first on the lower-cased
text, the second as written: the same answer, since the cue is their alternation.
"""
import re
from types import SimpleNamespace

from tradeflows.facts import world
from tradeflows.facts.context import isearch, islice_search
from tradeflows.vocab import using_language
from tradeflows.vocab.lowercase import CASED_SPLITS, lower_copy, lower_text, split_cased
from tradeflows.vocab.patterns import CASED, NEVER, _local_rows, cue_in


def _doc(text):
    return SimpleNamespace(text=text, low=lower_text(text))


def _world_strong():
    return cue_in("ru", "world_strong", world._world_strong())


def test_world_strong_has_no_lower_copy_but_a_split():
    rx = _world_strong()
    assert lower_copy(rx) is None
    combined, blind, cased = CASED_SPLITS[id(rx)]
    assert combined is rx
    assert not blind.flags & re.I                      # the lower-cased copy of the case-blind rows
    assert cased.flags & re.I and CASED in cased.pattern


def test_split_follows_the_rows():
    """The case-sensitive part holds exactly the cue's rows that hold "(?-i", read off vocab/ru/patterns.csv (an edit
    of a row moves it), and the case-blind part none of them."""
    rows = _local_rows("ru")
    for name, its in rows.items():
        cased_rows = [r for r in its if CASED in r]
        if not cased_rows or len(cased_rows) == len(its):
            continue
        rx = cue_in("ru", name, NEVER)
        _, blind, cased = CASED_SPLITS[id(rx)]
        for r in its:
            assert (r in cased.pattern) == (CASED in r), (name, r)
        assert CASED not in blind.pattern, name


def test_split_follows_an_edit_of_the_rows(monkeypatch):
    """A row made case-sensitive moves to the cased part; made case-blind again, the cue has a lower copy and no
    split."""
    from tradeflows.vocab import patterns as P
    rows = {"cue_s71g": ("(?<![\\w-])итого", "(?-i:(?<![\\w-])Всего)\\s+в")}
    monkeypatch.setattr(P, "_local_rows", lambda lang: rows)
    monkeypatch.setattr(P, "_local", lambda lang: {k: P._joined(v) for k, v in rows.items()})
    rx = P._combined("xx", "cue_s71g", NEVER)
    _, blind, cased = CASED_SPLITS[id(rx)]
    assert blind.pattern.endswith("(?:(?<![\\w-])итого)") and cased.pattern.endswith("(?:(?-i:(?<![\\w-])Всего)\\s+в)")
    assert isearch(_doc("Всего в"), rx, 0, 7) is True and isearch(_doc("всего в"), rx, 0, 7) is False
    rows["cue_s71g"] = ("(?<![\\w-])итого", "(?<![\\w-])всего\\s+в")
    P._COMBINED.pop(("xx", "cue_s71g", id(NEVER)))
    rx2 = P._combined("xx", "cue_s71g", NEVER)
    assert id(rx2) not in CASED_SPLITS and lower_copy(rx2) is not None
    assert isearch(_doc("всего в"), rx2, 0, 7) is True
    P._COMBINED.pop(("xx", "cue_s71g", id(NEVER)))


def test_cased_row_read_as_written():
    rx = _world_strong()
    with using_language("ru"):
        for text, want in [("Всего в первом полугодии экспорт вырос", True),    # the capitalised row
                           ("всего в первом полугодии экспорт вырос", False),   # "only": no row
                           ("ВСЕГО в первом полугодии экспорт вырос", False),
                           ("Всего 5% пришлось на Китай", False),               # no time or flow after it
                           ("Внешнеторговый оборот вырос", True),              # a case-blind row, capitalised
                           ("внешнеторговый оборот вырос", True)]:
            d = _doc(text)
            assert bool(rx.search(text)) is want, text
            assert islice_search(d, rx, 0, len(text)) is want, text
            assert isearch(d, rx, 0, len(text)) is want, text


def test_split_matches_the_whole_on_every_window():
    rx = _world_strong()
    text = ("Всего в 2020 году экспорт вырос. Торговля в целом, всего за год. Внешний товарооборот страны, "
            "экспорт за рубеж и Всего по итогам года")
    d = _doc(text)
    for lo in range(0, len(text), 3):
        for hi in range(lo, len(text) + 1, 5):
            want = rx.search(text[lo:hi]) is not None
            assert islice_search(d, rx, lo, hi) is want, (lo, hi)
            assert isearch(d, rx, lo, hi) is (rx.search(text, lo, hi) is not None), (lo, hi)


def test_split_cased_needs_a_lower_copy():
    rx = re.compile(r"(?:(?-i:Ab)c)|(?:xyz)", re.I)
    assert split_cased(rx, re.compile(r"xyz", re.I), re.compile(r"(?-i:Ab)c", re.I)) is True
    assert CASED_SPLITS[id(rx)][1].pattern == "xyz" and not CASED_SPLITS[id(rx)][1].flags & re.I
    other = re.compile(r"(?:(?-i:Ab)c)|(?:(?-i:X)yz)", re.I)
    assert split_cased(other, re.compile(r"(?-i:X)yz", re.I), re.compile(r"(?-i:Ab)c", re.I)) is False
    assert id(other) not in CASED_SPLITS
    d = _doc("abc xYZ")
    assert isearch(d, rx, 0, 3) is False and isearch(d, rx, 4, 7) is True
    assert isearch(_doc("Abc"), rx, 0, 3) is True


# Part 2: demonstrative_before and the designator scan (facts/reporters_entity.py _scan) search once before they
# iterate; where the first match fails the left-edge test (a word's tail), the matches after it are still read.

from tradeflows.facts import reporters_entity as RN  # noqa: E402


def _edoc(text):
    return SimpleNamespace(text=text, low=lower_text(text))


def test_demonstrative_before_none_and_last():
    with using_language("en"):
        text = "Trade at this port and that zone rose; tariffs of this airport fell by 5 percent"
        d = _edoc(text)
        assert RN.demonstrative_before(d, 0, len(text)) == (text.index("this airport"), text.index(" fell"))
        assert RN.demonstrative_before(d, 0, text.index("that")) == (9, 18)      # "this port", the last before it
        assert RN.demonstrative_before(d, 18, text.index("; tariffs")) == (23, 32)  # "that zone"
        assert RN.demonstrative_before(d, 0, 8) is None


def test_demonstrative_before_skips_a_word_tail_first():
    """The first match is the tail of a word ("Southat port": no demonstrative); the one after it is read."""
    with using_language("en"):
        text = "Southat port traffic; this port handled 5 percent more"
        d = _edoc(text)
        assert RN.demonstrative_before(d, 0, len(text)) == (22, 31)
        assert RN.demonstrative_before(d, 0, 20) is None


def test_scan_none_and_after_a_word_tail():
    """No designator: no entities; "Transport" (a word's tail "port") then "Port Laredo": the port alone."""
    assert RN._scan("Exports rose by 5 percent in May.", "en") == ([], [])
    text = "Transport costs fell. Trade at Port Laredo rose by 5 percent."
    starts, found = RN._scan(text, "en")
    assert [(e.start, e.end, e.name) for e in found] == [(31, 42, "Port Laredo")] and starts == [31]
    assert RN._scan(text, "en", 0, 21) == ([], [])


# Part 3: demonstrative_before searches the row's widened copy on the lower-cased text first
# (vocab.lowercase.widened_copy), which must find a match wherever the row does.

from tradeflows.vocab.lowercase import _blind_widens, widened_copy  # noqa: E402


def test_widened_copy_of_the_english_row():
    rx = RN._demonstrative()
    assert not rx.flags & re.I
    wide = widened_copy(rx)
    assert wide is not None and not wide.flags & re.I and wide.pattern.startswith("(?:[tt]his|[tt]hat)")
    for text in ("Trade through this port rose", "THIS PORT", "That Zone", "through this airport-", "this portal"):
        assert (wide.search(lower_text(text)) is not None) >= (rx.search(text) is not None), text
    assert wide.search("through this port rose") and rx.search("THIS PORT") is None and wide.search("this port")


def test_widened_copy_of_a_case_blind_row_is_its_lower_copy():
    rx = re.compile(r"данн(?:ый|ого)\s+КПП", re.I)
    assert widened_copy(rx).pattern == r"данн(?:ый|ого)\s+кпп"


def test_blind_widens_refuses_what_case_could_narrow():
    for p, want in [(r"(?![\w-])x", True), (r"[Tt]his(?=\s)", True), (r"(?!(?!A))b", True),
                    (r"(?![A-Z])x", False), (r"[^a]b", False), (r"(?!\s+with)x", False), (r"(?<!a)b", False),
                    (r"(a)?(?(1)b|c)", False), (r"(a)\1", False), (r"[^0-9]x", True)]:
        assert _blind_widens(re.compile(p)) is want, p
    assert widened_copy(re.compile(r"(?!\s+with)this")) is None


def test_demonstrative_before_where_the_copy_finds_none_or_more():
    """"THIS PORT" the copy finds and the row does not (case-sensitive): the row's answer stands; a window with neither:
    None; a page with no lower-cased copy (a dotted İ) is searched as written."""
    with using_language("en"):
        d = _edoc("THIS PORT and this port handled 5 percent more")
        assert RN.demonstrative_before(d, 0, 10) is None
        assert RN.demonstrative_before(d, 0, 24) == (14, 23)
        d2 = _edoc("İzmir: this port handled 5 percent more")
        assert d2.low is None and RN.demonstrative_before(d2, 0, 17) == (7, 16)
