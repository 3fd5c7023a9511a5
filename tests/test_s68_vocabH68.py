"""s68 vocabH68: the dataset and publish stages gate no scan with a literal copy of its pattern's words.

A cue's scan was skipped unless the sentence held a literal that mirrored the words of the pattern it guarded
("export " / "import " / "shipment " before cues_measure_product_flow_one, "produc" / "manufactur" before
cues_measure_producers_of, "period" / "период" before the same-period rows, ...): a word edited in the row left the gate
stale. Each gate now reads the guarded pattern itself (dataset.cues_text.may_match: the words every match holds,
vocab.required of the pattern's parse). The scan below (test_s67_vocabD67's idea, for substring tests) fails when a
module of dataset/ or publish/ tests a literal word against a text again: `"word" in sentence`, `"word" not in
text[lo:pos]`. Literals that are no vocabulary (rule names of fact_rules, a module name, ...) are allowed by name below,
each with why.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import tradeflows
from tradeflows.dataset import cues_measure, cues_period, cues_reporter
from tradeflows.dataset.cues_text import may_match

SRC = Path(tradeflows.__file__).parent
MODULES = sorted(SRC.glob("dataset/*.py")) + sorted(SRC.glob("publish/*.py"))

_LETTERS = re.compile(r"[^\W\d_]{2,}")    # a literal with a run of two or more letters may be a word (or a piece of one)

# Literals tested with `in` that are no vocabulary: names the code itself writes, never words read in a text
ALLOWED = {
    # fact_rules names (records.decided_rules of a figure): labels the figures stage writes, not words of a sentence
    "year:explicit": "rule name", "partner:sentence": "rule name", "partner:carried": "rule name",
    "amount:restatement": "rule name",
    # part of the rule names of reporter rules ("reporter:..._country"): the `rule` column, not a text
    "_country": "rule name part",
    # a warning label of the figures' `warnings` column (series.py)
    "implausible": "warning label",
    # a start method of multiprocessing (engines.py) and a module name of sys.modules (tasks.py)
    "fork": "multiprocessing start method", "tqdm": "module name",
}


def literal_word_gates(path: Path) -> list[str]:
    """Every `"literal" in <expression>` / `not in` of a module whose literal holds letters and is not allowed, the
    right side no literal collection: "line: what" (empty when none)."""
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for n in ast.walk(tree):
        if not isinstance(n, ast.Compare):
            continue
        left = n.left
        for op, right in zip(n.ops, n.comparators):
            if isinstance(op, (ast.In, ast.NotIn)) and isinstance(left, ast.Constant) and isinstance(left.value, str) \
                    and _LETTERS.search(left.value) and left.value not in ALLOWED \
                    and not isinstance(right, (ast.Constant, ast.Set, ast.List, ast.Tuple, ast.Dict)):
                found.append(f"{n.lineno}: {left.value!r} {'not in' if isinstance(op, ast.NotIn) else 'in'} "
                             f"{ast.unparse(right)}")
            left = right
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_literal_word_gate(path):
    assert literal_word_gates(path) == []


# the scan itself (constructed modules): it finds each form of gate it is for and lets the rest by

@pytest.mark.parametrize("code", [
    'if "export " in sentence or "shipment " in sentence:\n    pass',
    'ok = "trade" in sentence[lo:pos] and rx.search(sentence, lo, pos)',
    'if y is None or ("as of" not in sentence and "As of" not in sentence):\n    pass',
    'hit = "период" in text.lower()',
    'hit = lo < pos and " in " in s',
])
def test_scan_finds_a_word_gate(tmp_path, code):
    p = tmp_path / "m.py"
    p.write_text(code + "\n", "utf-8")
    assert literal_word_gates(p)


@pytest.mark.parametrize("code", [
    'hit = ")" in sentence',                                    # punctuation, no word
    'hit = "year:explicit" in decided_rules(r.get("fact_rules"))',   # a rule name (allowed)
    'hit = "b" in ("a", "b")',                                  # a literal collection (test_s67_vocabD67's)
    'hit = w in words',                                         # no literal
    'hit = may_match(rx, sentence)',
])
def test_scan_lets_by(tmp_path, code):
    p = tmp_path / "m.py"
    p.write_text(code + "\n", "utf-8")
    assert literal_word_gates(p) == []


# may_match: the words a match holds, read off the pattern, never hiding one of its matches

# Real sentences of pages outside the development sets, each with the cue whose scan its gate guards
REAL = [
    # https://www.app.com.pk/textile-exports-increase-by-7-66pc/
    (cues_period._same_period_any, "ISLAMABAD, Dec 22 (APP):The textile exports of the country have increased by "
     "7.66 percent during the first five months of current fiscal year as compared to the exports of textile goods "
     "for the corresponding period of the last year."),
    # https://euro.dayfr.com/business/2125226.html
    (cues_measure._product_sector, "In addition, the electronics and electricity sector improved its exports by 5% to "
     "6 billion dirhams, with an increase in sales of devices for cutting or connecting electrical circuits (+40.2%) "
     "and wires and cables (19. 4%)."),
    # https://www.japantimes.co.jp/news/2017/02/08/business/japan-racked-second-largest-trade-deficit-u-s-2016/
    (cues_measure._balance_in_rx, "The U.S. trade deficit in goods with Japan was its second-largest in 2016, totaling "
     "$68.94 billion, according to new U.S. government data."),
]


@pytest.mark.parametrize("reader, sentence", REAL, ids=lambda x: getattr(x, "name", "sentence"))
def test_gate_passes_a_real_match(reader, sentence):
    rx = reader()
    assert rx.search(sentence) is not None
    assert may_match(rx, sentence)


# https://www.japantoday.com/category/business/view/japan-ranks-as-2nd-biggest-country-for-u-s-trade-deficit-in-2016
# (no "same period", "as of", "out of" nor sector words: each gate skips its scan)
NONE_OF_THEM = ("The U.S. goods trade deficit with Japan totaled $68.94 billion in 2016, outranking Germany for the "
                "second-largest figure among countries with which the United States generated a trade deficit, "
                "government data showed Tuesday.")


@pytest.mark.parametrize("reader", [cues_period._same_period_any, cues_period._same_period_year,
                                    cues_measure._out_of_total, cues_measure._product_sector,
                                    cues_measure._product_non_after, cues_reporter._partners_owned],
                         ids=lambda r: getattr(r, "name", getattr(r, "__name__", "?")))
def test_gate_skips_a_sentence_without_the_words(reader):
    assert reader().search(NONE_OF_THEM) is None
    assert not may_match(reader(), NONE_OF_THEM)


def test_gate_reads_the_pattern_not_a_copy():
    """Constructed: a word added to a row is gated on at once; a case-blind row's words count capitalised too."""
    rx = re.compile(r"\b(?:producers|makers)\s+of\s+[a-z]+", re.I)
    assert may_match(rx, "the makers of steel")
    assert may_match(rx, "Chief Makers of steel")
    assert not may_match(rx, "the producer's share")
    assert may_match(re.compile(r"[Dd]eficits?\s+in\s+"), "Deficit in autos")   # (a class gives no piece)


GUARDED = [cues_measure._product_flow_one, cues_measure._out_of_total, cues_measure._product_non_after,
           cues_measure._product_trade, cues_measure._producers_of, cues_measure._product_sector,
           cues_measure._balance_in_rx, cues_period._same_period_any, cues_period._same_period_year,
           cues_period._as_of_year_rx, cues_reporter._partners_owned]


@pytest.mark.parametrize("reader", GUARDED, ids=lambda r: getattr(r, "name", getattr(r, "__name__", "?")))
def test_gate_never_hides_a_match_of_real_sentences(reader):
    """Every guarded pattern: where it matches a real sentence above (or the sentence capitalised), its gate passes."""
    rx = reader()
    for _, s in REAL + [(None, NONE_OF_THEM)]:
        for text in (s, s[:1].upper() + s[1:]):
            if rx.search(text) is not None:
                assert may_match(rx, text)


# group_subject's "as opposed to" (vocab/en/group_contrast_tails.txt, moved from the code's literal "opposed to "):
# no outside sentence with "as opposed to" before a counted group and an amount was found; both sentences constructed
AS_OPPOSED = "Exports to the region rose, as opposed to developing countries with $2.1 trillion in 2020."
TO_GROUP = "Exports to developing countries rose to $2.1 trillion in 2020."


def test_group_contrast_is_a_vocab_row(monkeypatch):
    assert cues_reporter._contrast_tails() == ("opposed to ",)
    assert cues_reporter.group_subject({"sentence": AS_OPPOSED, "figure": "$2.1 trillion"})
    monkeypatch.setattr(cues_reporter, "_contrast_tails", lambda: ())
    assert not cues_reporter.group_subject({"sentence": AS_OPPOSED, "figure": "$2.1 trillion"})


def test_group_after_to_is_a_counterpart():
    assert not cues_reporter.group_subject({"sentence": TO_GROUP, "figure": "$2.1 trillion"})


# vocab.pattern_needs_as_written, shared by dataset/cues_text.may_match and facts/counterpart_roles (review of
# git diff 2b61af5c: each had written it)

def test_needs_as_written_capitalises_a_case_blind_patterns_words():
    from tradeflows.vocab import holds, pattern_needs_as_written
    rx = re.compile(r"\btrading\s+partners?\b", re.I)
    assert pattern_needs_as_written(rx) == (("trading", "Trading"), ("partner", "Partner"))
    # "Trading Partners of Kenya" as a head writes it: found without a lower-cased copy
    assert holds("Top Trading Partners of Kenya", pattern_needs_as_written(rx))
    # an all-capitals head is not looked for (the rows' words stand in lower case in running text)
    assert not holds("TOP TRADING PARTNERS", pattern_needs_as_written(rx))


def test_needs_as_written_keeps_a_case_sensitive_patterns_words():
    from tradeflows.vocab import pattern_needs, pattern_needs_as_written
    rx = re.compile(r"\btrading\s+partners?\b")
    assert pattern_needs_as_written(rx) == pattern_needs(rx) == (("trading",), ("partner",))
