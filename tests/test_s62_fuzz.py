"""Session 62: `make fuzz` (tests/fuzzing.py, seed 0) stopped at its 27,865th mutated sentence: text/sentences.py's
list-number test asked str.isdigit() of the word before a dot, which holds for "7²", and int("7²") threw, failing
the whole document in clean. The test is str.isdecimal() (what int() reads)."""
from __future__ import annotations

from tradeflows.ingest.document import Document
from tradeflows.pipeline import figures_of_clean
from tradeflows.text.clean import clean_text
from tradeflows.text.sentences import split_sentences

# the fuzzer's mutant of a real sentence (tests/fuzzing.py, seed 0): a superscript digit before a sentence's dot
MUTANT = 'from theAİ 7²." In April of this year,‑BUCE agreed to establish'


def test_a_superscript_before_a_dot_is_no_list_number():
    spans = split_sentences(MUTANT, 0, len(MUTANT))
    assert spans and spans[0][0] == 0 and spans[-1][1] <= len(MUTANT)


def test_the_mutant_goes_through_clean_and_relate():
    c = clean_text(MUTANT, "web", "fuzz.txt")
    assert figures_of_clean(c, "fuzz.txt") == []


def test_a_list_number_still_splits():
    """"1. China, down $4,332m (-2%) to $184,721m 2. Japan, up $54,648m (84%) to $119,733m" (abs.gov.au, the rule's
    own example): the "2." after item 1 still opens a sentence of its own."""
    text = "1. China, down $4,332m (-2%) to $184,721m 2. Japan, up $54,648m (84%) to $119,733m"
    starts = [s for s, _ in split_sentences(text, 0, len(text))]
    assert text.index("2. Japan") in starts


def test_a_published_month_in_other_digits_is_no_month():
    """sources.csv's published "2023-0²" (a typo of a superscript) gives no month rather than an error."""
    d = Document(doc="x.txt", path="x.txt", raw="", sha256="", encoding="utf-8", published="2023-0²")
    assert (d.pub_year, d.pub_month) == (2023, None)
