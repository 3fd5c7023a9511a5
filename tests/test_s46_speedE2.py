"""Session 46, speed of the extract stage (second pass): each cheaper path gives exactly what it stands for.

vocab/skip.py grouped_alternation / cased_first: the re.I alternations matched right after every number (the scale
words of kinds.kind_patterns()["scale"], the currency names of currencies.patterns()'s after) open each group of
alternatives on a case-sensitive class of what its first letter matches under re.I, so that sre skips a group on one
test; extract._definitions stands for _DEFINITION.finditer (the dump of every eval set's predictions was byte-identical
before and after)."""
import re
from pathlib import Path

import pytest

from tradeflows.figures import currencies
from tradeflows.figures.extract import _DEFINITION, _definitions
from tradeflows.figures.kinds import kind_patterns
from tradeflows.figures.units import scale_words
from tradeflows.vocab import alternation
from tradeflows.vocab.skip import _ACTIVE, cased_first, grouped_alternation

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = [
    # (https://www.middleeastmonitor.com/20220413-tunisias-trade-deficit-up-40-in-the-first-quarter-of-2022/)
    "Official data showed that Tunisia's trade deficit has ballooned, reaching 4.3 billion dinars ($1.42 billion) "
    "during the first quarter of 2022, an increase of 40.2 per cent on an annual basis.",
    # (https://ins-cameroun.cm/en/statistique/cameroons-foreign-trade-in-2023)
    "In 2023, the trade balance deficit is 2,004 billion CFA francs against 1,428 billion CFA francs in 2022. It thus "
    "recorded an increase of 576 billion CFA francs, or 40.3% compared to the previous year.",
    # odd cases: the long s, the Kelvin sign, a dotted capital I, Cyrillic forms sre pairs with "т", brackets, hyphens
    "3 ſ 5 MILLION 5 MİLLİON 4 \u1c84ыс 3 \u212a 3 kr 3 DOLLARS 3 ſhekels 3 İsk 3-bn 3 [bn] 3.billion 7 Tn 2 lakh  crore",
    "12 USD billion, 4 of US dollars, 5 млн. долларов, 2.4 bln.USD, 9 тыс. рублей, 70tri/-, 8 -dollars",
]


def _all_matches(rx, text):
    return [(i, m.span(), m.groups()) for i in range(len(text) + 1) for m in [rx.match(text, i)] if m]


def _plain_scale():
    scales = alternation(scale_words())
    return re.compile(rf"(?:\s?\[(?:{scales})\]|(?:\s?|-|\.(?=[a-z]))(?:{scales}))"
                      rf"(?:(?![A-Za-z])|(?=(?:during|against)\b))", re.I)


def _plain_after(monkeypatch):
    monkeypatch.setattr(currencies, "_head", lambda first, fold: re.escape(first))
    currencies.patterns.cache_clear()
    try:
        return currencies.patterns()[1]
    finally:
        monkeypatch.undo()
        currencies.patterns.cache_clear()


@pytest.mark.skipif(not _ACTIVE, reason="the grouping is active on the verified CPython versions only")
def test_cased_first_holds_every_case_re_pairs():
    assert cased_first("m") == "(?-i:[Mm])"
    for ch, other in (("s", "\u017f"), ("k", "\u212a"), ("i", "\u0130"), ("т", "\u1c84")):
        cls = re.compile(cased_first(ch))
        assert cls.fullmatch(other) and cls.fullmatch(ch.upper())
        assert re.fullmatch(ch, other, re.I)     # what the class stands for
    assert cased_first("ab") is None


def test_grouped_alternation_is_the_alternation():
    words = ["million", "mln", "m", "Billion", "bn", "ſtuff", "lakh crore", "тыс", "k"]
    plain = re.compile(f"(?:{alternation(words)})", re.I)
    grouped = re.compile(f"(?:{grouped_alternation(words)})", re.I)
    text = " ".join(SENTENCES) + " MLN Mln LAKH\ncrore STUFF stuff K \u212a"
    assert _all_matches(grouped, text) == _all_matches(plain, text)
    assert grouped_alternation(["", "a"]) == alternation(["", "a"])   # an empty phrase: as written


@pytest.mark.parametrize("text", SENTENCES)
def test_scale_pattern_matches_as_the_plain_one(text):
    assert _all_matches(kind_patterns()["scale"], text) == _all_matches(_plain_scale(), text)


@pytest.mark.parametrize("text", SENTENCES)
def test_currency_after_matches_as_the_plain_one(text, monkeypatch):
    plain = _plain_after(monkeypatch)
    assert _all_matches(currencies.patterns()[1], text) == _all_matches(plain, text)


def test_scale_and_currency_on_the_bench_corpus(monkeypatch):
    plain_after, plain_scale = _plain_after(monkeypatch), _plain_scale()
    after, scale = currencies.patterns()[1], kind_patterns()["scale"]
    files = sorted((ROOT / "data" / "raw").glob("*.txt"))
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8")
        # after every digit, where the figure rules ask them (and one position on, past a space)
        for i in {m.end() + k for m in re.finditer(r"\d+", text) for k in (0, 1)}:
            for new, old in ((after, plain_after), (scale, plain_scale)):
                a, b = new.match(text, i), old.match(text, i)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (f.name, i)


@pytest.mark.parametrize("text", SENTENCES + [
    "a deficit of 8,164.9 million dinars (MD), ... namely China (-2,569.8 MD)",
    "multimillion dinars (MD), trillion US dollars (USD) and thousand( X ) billion billion euro (EUR)",
    "a thousand rupees ( Rs ) in million",
])
def test_definitions_are_the_pattern_matches(text):
    assert [(m.span(), m.groupdict()) for m in _definitions(text)] == \
        [(m.span(), m.groupdict()) for m in _DEFINITION.finditer(text)]


# --- numbers.anchors(): the scan copy (one ASCII byte a character) and its finds stand for anchor_pattern().finditer

from tradeflows.figures.numbers import anchor_pattern, anchors  # noqa: E402


@pytest.mark.parametrize("text", [
    # (https://www.middleeastmonitor.com/20220413-tunisias-trade-deficit-up-40-in-the-first-quarter-of-2022/)
    "The value of the Tunisian dinar has deteriorated against the US dollar, where the value of the dollar exceeded "
    "three Tunisian dinars, negatively affecting Tunisia's hard currency reserves.",
    # a text mostly of another script (http://ru.knoema.com/atlas/, a table of imports): read from its lower case
    "Импорт товаров и услуг состоит из покупок, бартера, или получений подарков.\nДата | Значение | Изменение , % |\n"
    "2023 | 27 828 428 674 | 4,76% |\n2022 | 26 562 802 780 | -1,73% |",
    # places after characters outside ASCII: quotes, dashes, a no-break or thin space before an article's fraction
    "“One” rose—two fell; a\u00a0third\u2009and an\u2009order of magnitude; «Four»? ?five éleven é one",
    # words in capitals and mixed case, glued to digits or "_", at the text's start and end
    "Two of THREE, tWo, 3one, one_two, _one, x-ray one", "one", "a third", "A", "", "?", "5", "an order",
    # a decimal digit outside ASCII: the digits' runs are the pattern's own
    "٣ exports ١٢ and 4٥ then one; ３２ full-width", "a dotted İ before one two",
])
def test_anchors_are_the_pattern_matches_s46(text):
    assert list(anchors(text)) == [m.span() for m in anchor_pattern().finditer(text)]


def test_anchors_on_the_russian_tuned_pages():
    held = {ln.strip() for ln in (ROOT / "data" / "russian" / "heldout.txt").read_text().splitlines()
            if ln.strip() and not ln.startswith("#")}
    files = [f for f in sorted((ROOT / "data" / "russian" / "raw").glob("*.txt")) if f.name not in held]
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert list(anchors(text)) == [m.span() for m in anchor_pattern().finditer(text)], f.name
