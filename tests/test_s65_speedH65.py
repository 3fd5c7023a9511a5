"""Session 65, speedH65: prefilters derived from the vocabulary's rows (vocab.required) and scans skipped where a page
holds none of the words their matches need. Speed work: every prediction stays the same, so each test compares the
prefiltered answer with the plain one (the pattern run everywhere) rather than failing without the change.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tradeflows.facts import measure_nontrade, respectively
from tradeflows.facts.respectively import RESPECTIVELY, _closer_pieces, may_hold_closer
from tradeflows.figures import lang_ru_extra
from tradeflows.pipeline import figures_of_text
from tradeflows.text.clean import clean_text
from tradeflows.vocab import languages, required, text_low, using_language
from tradeflows.vocab.patterns import cue_in

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

# ukr-today.com/economics/488186-ukrainskij-jeksport-v-jetom-godu-vyros-bolee-chem-na-chetvert-shmygal.html: a
# change spelled as a fraction ("на четверть"), no percent word anywhere
UKR = ("Украинский экспорт в этом году вырос более чем на четверть — Шмыгаль\n\n"
       "С января по май 2021 года украинский экспорт вырос более чем на 25%, или почти на $ 5 млрд.")
# dzen.ru/a/Y33aOMYT93qWyc0l: a multiple ("увеличился в 2 раза")
DZEN = ("По его данным, экспорт товаров в Китай в сравнении с прошлым годом увеличился в 2 раза и составил за 9 месяцев "
        "текущего года 1,3 миллиарда долларов.")


def _plain_scan(d, rx):
    return rx.finditer(d.text)


def _keys(figs):
    return [(f.clean_start, f.clean_end, f.kind, f.value, f.rule) for f in figs]


@pytest.mark.parametrize("text", [UKR, DZEN])
def test_ru_scans_same_figures(text, monkeypatch):
    """The Russian page scans skipped where the page lacks their words find what the plain scans find."""
    gated = figures_of_text(text, "page", "web", lang="ru", relate=False)
    monkeypatch.setattr(lang_ru_extra, "_scan", _plain_scan)
    plain = figures_of_text(text, "page", "web", lang="ru", relate=False)
    assert _keys(gated) == _keys(plain)
    rules = {f.rule for f in gated}
    assert ("ru_growth_fraction" in rules) if text is UKR else ("ru_growth_multiple" in rules)


def test_ru_scan_skipped_without_its_words():
    """No percent word on the page: the percent-word pattern is not run; a fraction word: its pattern is."""
    from tradeflows.figures.lang_ru import _vocab

    class D:
        text = UKR
    v = _vocab()
    assert lang_ru_extra._scan(D, v["pct_number_word"]) == ()
    assert [m.group("f") for m in lang_ru_extra._scan(D, v["fraction"])] == ["четверть"]


def test_closer_words_from_every_language():
    """The respectively prefilter's words are those every match of each language's cue holds (vocab.required)."""
    words = {forms[0] for forms, _ in _closer_pieces()}
    for lang in languages():
        rx = cue_in(lang, "respectively", RESPECTIVELY)
        assert set(required(rx.pattern, rx.flags)[0]) <= words
    assert {"respectively", "each", "соответственно"} <= words


def test_closer_prefilter_never_misses():
    """Every sentence of data/raw where the cue matches passes the prefilter; constructed: a capitalised "Each" that the
    former literal " each" missed passes too, and "reached" alone does not."""
    n = 0
    for path in sorted(RAW.glob("*.txt")):
        c = clean_text(path.read_text(encoding="utf-8"), "web", path.stem)
        for s, e in c.sentences:
            if RESPECTIVELY.search(c.text, s, e):
                n += 1
                assert may_hold_closer(c.text, s, e)
    assert n > 0
    text = "Exports and imports rose 5% and 7%. Each grew. Trade reached $5 billion."   # constructed
    assert may_hold_closer(text, 0, 35) is False
    assert may_hold_closer(text, 36, 46) is True
    assert may_hold_closer(text, 47, len(text)) is False


def test_says_respectively_same_order():
    """The phrase "in the same order" is the cue's too (its word "order" among the prefilter's)."""
    text = "the increases were 35.1% and 36.8%, in the same order."   # constructed (the cue's comment)
    assert respectively._says_respectively(text, 0, len(text)) is True
    assert respectively._says_respectively(text, 0, len(text), text.lower()) is True


def test_required_scoped_case():
    """A group that turns re.IGNORECASE on inside a case-sensitive pattern gives no piece (tested as written, its words
    could be missed in another case); in a case-blind pattern every piece is lower-cased."""
    assert required(r"ab(?i:Cd)ef") == (("ab",), ("ef",))
    assert required(r"ab(?i:Cd)ef", re.I) == (("ab",), ("cd",), ("ef",))


def test_nontrade_gate_only_with_a_lowered_copy():
    """measure_nontrade reads every rule where no lowered copy of the page was made, and only the rules whose cues'
    words the page holds where one was."""
    text = "Экспорт вырос на 10%. Импорт сократился на 5%."   # constructed
    with using_language("ru"):
        measure_nontrade._MAY.clear()
        assert measure_nontrade._may_fire(text) == frozenset(n for n, _ in measure_nontrade.NON_TRADE_RULES)
        measure_nontrade._MAY.clear()
        assert text_low(text) is not None
        assert measure_nontrade._may_fire(text) == frozenset()
        rate = "Инфляция замедлилась до 5%."   # constructed
        text_low(rate)
        assert "economy_rate" in measure_nontrade._may_fire(rate)
    measure_nontrade._MAY.clear()
