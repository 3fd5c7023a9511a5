"""vocab/lowercase.py makes no lower-cased copy of a pattern that holds a scoped flag group: "(?-i:[A-Z]{2,3})" is a
case-sensitive part of a re.I pattern (vocab/en/patterns.csv rows to_value, share_in_total; Russian rows with
"(?-i:[А-ЯЁ])"), and lower-cased it would match any letters (speedT, session 59)."""
import re

from tradeflows.vocab.lowercase import lower_copy, lower_source


def test_a_scoped_case_sensitive_group_gets_no_lower_copy():
    rx = re.compile(r"\bexports to (?-i:[A-Z]{2,3})\b", re.I)
    assert lower_source(rx) is None
    assert lower_copy(rx) is None
    # what a copy would have done: "exports to the" is no country code, yet the lowered pattern takes it
    assert re.compile(r"\bexports to (?-i:[a-z]{2,3})\b").search("exports to the") is not None
    assert rx.search("Exports to the") is None


def test_a_plain_re_i_pattern_still_gets_one():
    rx = re.compile(r"\bexports to (?P<c>[A-Z]\w+)", re.I)
    assert lower_source(rx) == r"\bexports to (?P<c>[a-z]\w+)"
    assert lower_copy(rx).search("exports to china").group("c") == "china"
