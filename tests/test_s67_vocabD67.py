"""s67 vocabD67: the dataset and publish stages hold no vocabulary as code literals.

Word sets that the product cues, the passed-mark gate, the partner and source cues and the Russian margin rule
read are rows of vocab/en/ and vocab/ru/ files (function_words.txt, flow_words.txt, goods_verbs.txt,
not_product_in.txt, mark_tails.txt, source_place_links.txt, import_noun_stems.txt, ru/change_by.csv), read
lazily at first use. The scan below fails when a module of dataset/ or publish/ holds a literal word set again: a
frozenset/set/tuple/list of three or more word strings, a "...".split() of three or more words, or a regular
expression literal that spells a word. Non-vocabulary literals (names of measures, tables, place kinds, reasons,
columns) are allowed by name below, each with why.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import tradeflows
from tradeflows.dataset import schema, series
from tradeflows.publish import export

SRC = Path(tradeflows.__file__).parent
MODULES = sorted(SRC.glob("dataset/*.py")) + sorted(SRC.glob("publish/*.py"))

_WORD = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")          # a word, or words joined by single spaces
_LETTERS = re.compile(r"[^\W\d_]{2,}")                  # a run of two or more letters in a regex's text
_REGEXISH = re.compile(r"\(\?|\\[bswdBSWD]|\[\^")       # text that is a regular expression

# Collections of word strings that are no vocabulary: values of the tables' own columns and of the code's labels,
# matched as a whole collection being a subset of one of these (never words read in a text).
ALLOWED_NAMES = {
    # the measures (figures.measure, series.flow): schema values, not words read in a sentence
    "measures": frozenset(schema.FLOWS) | {"exports", "imports", "turnover", "balance"},
    # the tables the build writes (build.py, export.py): file and sheet names
    "tables": frozenset(t.name for t in (schema.DOCUMENTS, schema.FIGURES, schema.CITATIONS, schema.SERIES,
                                         schema.CHECKS, schema.SERIES_ENTITIES)),
    # the kinds of the place registry (facts/places: Place.kind) a cue compares
    "place kinds": frozenset({"country", "demonym", "bloc", "region"}),
    # the exclusion reasons of series.py (REASONS, and the entity kinds ENTITY_REASONS gives them): labels written to
    # the figures' series_reason column, read by nothing in a text
    "reasons": frozenset(series.REASONS) | frozenset(series.ENTITY_REASONS.values()),
    # the columns of the dictionary sheet of the XLSX export (publish/export.py)
    "dictionary columns": frozenset({"table", "column", "type", "unit", "description"}),
    # the columns of the UN Comtrade-shaped CSV (publish/export.py COMTRADE_COLUMNS): Comtrade's own field names
    "comtrade columns": frozenset(export.COMTRADE_COLUMNS),
}

# Regular expression literals whose letters spell no word of a language (module file name, the letters allowed)
ALLOWED_REGEX_LETTERS = {
    # roman month numbers of a period ("in I-V 2014"), dataset/cues_period.py _ROMAN_MONTHS: numerals, not words
    ("cues_period.py", frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"})),
    # the US dollar's sign "US$" before an amount, dataset/cues_clause.py _AMOUNT_AFTER: a currency sign, as "$"
    ("cues_clause.py", frozenset({"US"})),
}


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for n in ast.walk(tree):
        if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.body \
                and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant):
            out.add(id(n.body[0].value))
    return out


def _slots(tree: ast.AST) -> set[int]:
    """Tuples assigned to __slots__: attribute names."""
    return {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__slots__" for t in n.targets)}


def _allowed(words: list[str]) -> bool:
    return any(set(words) <= names for names in ALLOWED_NAMES.values())


def _regex_letters(text: str) -> set[str]:
    """The letter runs of a regular expression's text, its escapes, ranges, group names and counts left out."""
    text = re.sub(r"\(\?P<\w+>|\(\?P=\w+\)|\(\?<\w+>", "", text)
    text = re.sub(r"\\[pPN]\{[^}]*\}|\\.", " ", text)
    text = re.sub(r"(?s).-.(?=[^\[]*\])", " ", text)   # ranges inside a class, "A-Z", "а-я"
    return set(_LETTERS.findall(text))


def literal_word_sets(path: Path) -> list[str]:
    """Every literal word set, word split or word regex of a module: "line: what" (empty when none)."""
    tree = ast.parse(path.read_text("utf-8"))
    skip = _docstrings(tree) | _slots(tree)
    found = []
    for n in ast.walk(tree):
        if id(n) in skip:
            continue
        if isinstance(n, (ast.Set, ast.Tuple, ast.List)):
            strs = [e.value for e in n.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(strs) >= 3 and len(strs) == len(n.elts) and all(_WORD.fullmatch(s) for s in strs) \
                    and not _allowed(strs):
                found.append(f"{n.lineno}: {type(n).__name__.lower()} of words {strs[:6]}")
        elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "split" \
                and isinstance(n.func.value, ast.Constant) and isinstance(n.func.value.value, str):
            words = n.func.value.value.split()
            if len(words) >= 3 and sum(bool(_WORD.fullmatch(w)) for w in words) >= 3:
                found.append(f"{n.lineno}: split of words {words[:6]}")
        elif isinstance(n, ast.Constant) and isinstance(n.value, str) and _REGEXISH.search(n.value):
            letters = _regex_letters(n.value)
            if letters and not any(path.name == name and letters <= ok for name, ok in ALLOWED_REGEX_LETTERS):
                found.append(f"{n.lineno}: regex spells {sorted(letters)[:6]}")
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_literal_word_set(path):
    assert literal_word_sets(path) == []


# the scan itself: it finds each kind of literal it is for (constructed modules), and lets the allowed ones by

@pytest.mark.parametrize("code", [
    '_VERBS = frozenset("sold bought sent sells".split())',
    '_TAILS = ("the", "surpass", "cross")',
    '_W = {"favour", "favor", "real"}',
    'if w in ["a", "an", "the"]: pass',
    '_RX = skip_compile(r"\\b(?:вырос|упал)\\w*\\s+на\\s+$")',
    '_Q = r"(?:примерно|почти)\\s+"',
])
def test_scan_finds_word_literals(tmp_path, code):
    p = tmp_path / "mod.py"
    p.write_text(code + "\n", "utf-8")
    assert literal_word_sets(p)


@pytest.mark.parametrize("code", [
    'if m in ("exports", "imports", "turnover"): pass',
    'KINDS = ("country", "demonym", "bloc")',
    '_N = re.compile(r"\\d(?:[\\d,]*\\d)?(?:\\.(\\d+))?")',
    '_D = re.compile(r"(?<![A-Za-z.$])\\$")',
    'class C:\n    __slots__ = ("index", "rows", "last")',
    'def f():\n    """A docstring (?: names "the words" \\b) is no literal."""',
    'x = " ".join(name.split())',
])
def test_scan_lets_non_vocabulary_by(tmp_path, code):
    p = tmp_path / "mod.py"
    p.write_text(code + "\n", "utf-8")
    assert literal_word_sets(p) == []


# the moved word sets read as the literals did (sentences quoted in the rules' own comments in cues_measure.py and
# cues_reporter.py; they come from the development pages those rules were written on, no new outside sentence: the
# change moves data and adds no rule)

def test_russian_margin_reads_its_words_from_vocab():
    from tradeflows.dataset.cues_measure import _ru_change_by
    for before, changed in [("Товарооборот вырос на ", True), ("увеличился на 8,3% или на ", True),
                            ("203,4 млрд евро, что лишь на ", True),
                            ("об опережении показателя прошлого года примерно на ", True),
                            ("экспортировал в Россию товаров на ", False),
                            ("С Казахстаном — на ", False)]:
        assert _ru_change_by(before + "2 млрд долларов", len(before), "2 млрд долларов") is changed, before


def test_english_word_sets_are_vocab_rows():
    from tradeflows.dataset import cues_measure as M, cues_partner as P, cues_reporter as R
    assert {"the", "billion", "was"} <= M._function_words() and "machinery" not in M._function_words()
    assert {"exports", "it", "balance"} <= M._flow_words()
    assert "sold" in M._verbs_of_goods() and "favour" in M._not_product_in() and "fy" in M._not_product_in()
    assert "surpassed the".endswith(M._mark_tails()) and not "reached".endswith(M._mark_tails())
    assert "purchases".startswith(P._import_noun_stems()) and not "shipments".startswith(P._import_noun_stems())
    assert "of the" in R._source_place_links()
    assert R._clause_between().search(" rose, while") and R._clause_between().search(" but it")
    assert R._clause_between().search(" butter") is None
