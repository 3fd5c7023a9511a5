"""The disk cache of compiled regex code (vocab/sre_cache.py): every pattern read from it is the one compiled
afresh, a damaged, foreign or missing cache is no cache, and the file is written atomically where it belongs."""
import marshal
import re
import sys

import pytest

from tradeflows.vocab import skip, sre_cache
from test_skip import _found, _module_patterns, _texts

pytestmark = pytest.mark.skipif(not skip._ACTIVE, reason="the cache serves skip_compile's own compiler only")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh, empty cache in tmp_path (this process's memory of it emptied, restored after)."""
    monkeypatch.setenv("TRADEFLOWS_CACHE_DIR", str(tmp_path))
    for name, value in (("_ENTRIES", None), ("_NEW", {}), ("_USED", {})):
        monkeypatch.setattr(sre_cache, name, value)
    return tmp_path


def _reload():
    """As a new process would: forget what is in memory, read the file again."""
    sre_cache._ENTRIES, sre_cache._NEW, sre_cache._USED = None, {}, {}


def test_patterns_from_the_cache_are_the_fresh_ones(cache):
    fresh, patterns = {}, _module_patterns()
    for (pattern, flags), rx in patterns.items():
        user = flags & ~re.UNICODE
        fresh[(pattern, user)] = skip.skip_compile(pattern, user)       # compiled, put in the cache
        fresh[("ahead", pattern, flags)] = skip.skip_ahead(rx)
    sre_cache.save()
    files = list(cache.glob("sre-*.marshal"))
    assert len(files) == 1 and not list(cache.glob("*.tmp"))
    _reload()
    assert sre_cache._entries(), "the saved file is read back"
    texts = _texts()
    for key, new in fresh.items():
        if key[0] == "ahead":
            rx = patterns[key[1:]]
            got = skip.skip_ahead(rx)
            assert (got is rx) == (new is rx)
        else:
            got = skip.skip_compile(*key)
        assert (got.pattern, got.flags, got.groupindex) == (new.pattern, new.flags, new.groupindex)
        assert got == new                       # (sre compares the code too)
        for text, _ in texts[::3]:
            assert _found(got.search(text)) == _found(new.search(text))
    assert not sre_cache._NEW, "every pattern was read from the cache"


def test_hit_skips_the_parser(cache, monkeypatch):
    # data/external/raw/d41_cbw-georgia-eu-2019.txt, line 1
    text = "Georgia’s exports to the EU countries amounted to $ 360.9 million in January-May 2019"
    pattern = r"\b(?:(?P<pre>record|peak)\s+)?(?P<what>exports|imports)\b"
    first = skip.skip_compile(pattern, re.I)
    sre_cache.save()
    _reload()
    monkeypatch.setattr(skip._P, "parse", lambda *a: pytest.fail("parsed again"))
    again = skip.skip_compile(pattern, re.I)
    assert again == first and again.search(text).group("what") == "exports"


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps(("another tag", {})),
                                     marshal.dumps(("TAG", {("compile", "a", 0): (0, b"\x01", 0, {}, ())})),
                                     marshal.dumps(("TAG", {("compile", "a", 0): (0, [1, 2], 0, {}, ())})),
                                     marshal.dumps(("TAG", {("compile", "a", 0): (0, b"\xff" * 8, 0, {}, (None,))}))])
def test_damaged_or_foreign_file_is_no_cache(cache, content):
    path = cache / f"sre-{sre_cache.tag()}.marshal"
    path.write_bytes(content.replace(b"TAG", sre_cache.tag().encode()))
    rx = skip.skip_compile(r"exports?\s+to", re.I)        # (a bad code list: _sre.compile refuses it, compiled afresh)
    assert rx.search("Exports to the EU").span() == (0, 10)
    rx = skip.skip_compile("a")
    assert rx == re.compile("a") and rx.match("a")


def test_no_directory_is_no_cache(tmp_path, monkeypatch, cache):
    target = tmp_path / "file"
    target.write_text("")
    monkeypatch.setenv("TRADEFLOWS_CACHE_DIR", str(target / "sub"))     # under a file: cannot be made
    assert skip.skip_compile(r"\d+\s+tonnes").search("120 tonnes")
    sre_cache.save()                                                       # no error
    monkeypatch.setenv("TRADEFLOWS_CACHE_DIR", "")                         # empty: no cache at all
    assert sre_cache.cache_dir() is None
    assert skip.skip_compile(r"\d+\s+barrels").search("5 barrels")
    sre_cache.save()


def test_key_is_the_exact_text_and_flags(cache):
    a = skip.skip_compile("exports", re.I)
    b = skip.skip_compile("exports")
    sre_cache.save()
    _reload()
    assert skip.skip_compile("exports", re.I) == a and skip.skip_compile("exports") == b and a != b
    assert not skip.skip_compile("exports", re.I).match("EXPORTS") is None
    assert skip.skip_compile("exports").match("EXPORTS") is None
