"""Searches that skip ahead (vocab/skip.py): the same spans, and a first-character class sre lacked."""
import inspect
import pkgutil
import random
import re
from importlib import import_module

import pytest

import tradeflows
from re import _compiler as C, _parser as P
from tradeflows.facts.period_context import RECORD_YEAR, THAN_CLAUSE
from tradeflows.facts.periods import _plan
from tradeflows.text.clean import clean_text
from tradeflows.vocab.lowercase import lower_text
from tradeflows.vocab.skip import cases, skip_ahead
from devdocs import DevSet

# data/external/raw/d41_cbw-georgia-eu-2019.txt, line 1
SENTENCE = ("Georgia’s exports to the EU countries amounted to $ 360.9 million in January-May 2019 which is "
            "22.1 percent more than in the previous year and makes 24.6 percent of the country's total exports, "
            "the National Statistical Office reports.")


def _prefilter(rx):
    p = P.parse(rx.pattern, rx.flags)
    return bool(C._get_literal_prefix(p, rx.flags)[0] or C._get_charset_prefix(p, rx.flags))


def _built(v):
    """The patterns in what a module-level cached builder gives (a pattern, or tuples and lists holding some)."""
    if isinstance(v, re.Pattern):
        yield v
    elif isinstance(v, (tuple, list)):
        for x in v:
            yield from _built(x)


def _module_patterns():
    out = {}
    for m in pkgutil.walk_packages(tradeflows.__path__, "tradeflows."):
        for v in vars(import_module(m.name)).values():
            # (a pattern built on first use, so that no vocabulary file is read at import: its builder's answer)
            found = _built(v() if hasattr(v, "cache_info") and getattr(v, "__module__", None) == m.name
                           and not inspect.signature(v).parameters else v)
            for x in found:
                if isinstance(x.pattern, str):
                    out[(x.pattern, x.flags)] = x
    for row in _plan():
        out.update({(x.pattern, x.flags): x for x in row if isinstance(x, re.Pattern)})
    return out


def _texts():
    out = []
    for name, prefix in (("founding", "003"), ("external", "d41"), ("russian", "u02")):
        path = DevSet(name).doc(prefix)
        c = clean_text(path.read_text(encoding="utf-8"), "txt", path.name)
        out += [(c.text, c.sentences), (lower_text(c.text) or c.text, c.sentences)]
    rnd = random.Random(7)
    for _ in range(200):
        s = "".join(rnd.choice("aAtThHeEsSſkKKıİi 1.,-’\nйЙ$") for _ in range(rnd.randint(0, 40)))
        out.append((s, [(0, len(s))]))
    return out


def _found(m):
    return m and (m.span(), m.groups())


def test_same_spans_on_real_pages_and_random_strings():
    texts = _texts()
    pairs = [(rx, skip_ahead(rx)) for rx in _module_patterns().values()]
    pairs = [(re.compile(rx.pattern, rx.flags), new) for rx, new in pairs if new is not rx]
    assert len(pairs) > 300
    for old, new in pairs:
        assert (new.pattern, new.flags, new.groups, new.groupindex) == (old.pattern, old.flags, old.groups, old.groupindex)
        for text, sentences in texts:
            assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], old.pattern
            for s, e in sentences[::7]:
                for a, b in ((s, e), (s + 1, e), (max(0, s - 3), e - 1)):
                    assert _found(old.search(text, a, b)) == _found(new.search(text, a, b)), old.pattern
                    assert _found(old.match(text, a, b)) == _found(new.match(text, a, b)), old.pattern


def test_hot_patterns_had_no_prefilter_and_keep_their_matches():
    for rx in (RECORD_YEAR, THAN_CLAUSE):
        assert not _prefilter(rx) and skip_ahead(rx) is not rx
    plain = [(kind, re.compile(rx.pattern, rx.flags)) for kind, rx, *_ in _plan()]   # as re.compile makes them
    assert [(kind, m.group()) for kind, rx, *_ in _plan() if (m := rx.search(SENTENCE))] == \
        [(kind, m.group()) for kind, rx in plain if (m := rx.search(SENTENCE))] == [
        ("month_range", "January-May 2019"), ("month", "May 2019"), ("bare_month", "in January"),
        ("relative", "previous year"), ("year", "2019")]
    assert skip_ahead(re.compile(r"exports")).pattern == "exports"
    lit = re.compile(r"exports|imports")                # sre's own prefilter: kept as it is
    assert skip_ahead(lit) is lit
    empty = re.compile(r"\b(?:a|)")                     # a match may be empty: nothing to skip to
    assert skip_ahead(empty) is empty


def test_every_case_re_i_matches_is_in_the_class():
    cased = [x for x in range(0x110000) if chr(x).lower() != chr(x) or chr(x).upper() != chr(x)]
    for c in "aeikstyйё":
        allowed = {av for _, av in cases(ord(c), True)}
        assert {x for x in cased if re.fullmatch(c, chr(x), re.I)} <= allowed | {ord(c)}
    assert {0x17F, ord("S")} <= {av for _, av in cases(ord("s"), True)}      # ſ, S
    assert {0x212A, ord("K")} <= {av for _, av in cases(ord("k"), True)}     # the Kelvin sign


def test_no_code_point_past_the_cased_planes_has_a_lower_case():
    # _lowered_from reads code points below CASED_END only: none past it lowers to another
    import _sre
    from tradeflows.vocab.skip import CASED_END
    assert all(_sre.unicode_tolower(x) == x for x in range(CASED_END, 0x110000))
    assert _sre.unicode_tolower(0x1E900) == 0x1E922                         # Adlam, the last cased script


def test_off_the_verified_versions_a_pattern_is_left_as_compiled(monkeypatch):
    # the compiled code's layout is CPython's private one: elsewhere the pattern is returned untouched
    from tradeflows.vocab import skip
    rx = re.compile(r"\b(?:record|peak)\s+high\b", re.I)
    assert skip.skip_ahead(rx) is not rx        # 3.11, where it was checked: a copy with a prefilter
    monkeypatch.setattr(skip, "_ACTIVE", False)
    assert skip.skip_ahead(rx) is rx


def test_skip_compile_makes_the_pattern_skip_ahead_of_re_compile_makes():
    # one parse instead of two, the same code: Pattern == compares the pattern, its flags and its compiled code
    from tradeflows.vocab.skip import skip_compile
    assert re.compile(r"\bfoo") != skip_ahead(re.compile(r"\bfoo"))       # (== reads the code: a prefilter differs)
    pats = list(_module_patterns().values())
    assert len(pats) > 500
    for rx in pats:
        made = skip_compile(rx.pattern, rx.flags)
        want = skip_ahead(re.compile(rx.pattern, rx.flags))
        assert made == want and made.groupindex == want.groupindex and made.groups == want.groups, rx.pattern
    for src, flags in ((r"exports|imports", 0), (r"\b(?:a|)", 0), (r"(?i:ſ)\w+", 0), (r"\bfoo", re.I | re.M)):
        assert skip_compile(src, flags) == skip_ahead(re.compile(src, flags))   # no prefilter to add: re.compile's
    with pytest.raises(re.error):
        skip_compile(r"(unclosed")
