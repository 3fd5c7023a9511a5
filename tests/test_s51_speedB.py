"""Session 51, speedB: shortcuts of the panel admission and of relate that must answer as the plain calls do."""
from __future__ import annotations

from pathlib import Path

import pytest

from tradeflows.dataset.series import _language_of, _no_other_script
from tradeflows.ingest.language import detect_language
from tradeflows.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def _raw_sentences(limit: int = 4000) -> list[str]:
    out: list[str] = []
    for p in sorted((ROOT / "data" / "raw").glob("*.txt")):
        text = p.read_text(encoding="utf-8", errors="ignore")
        out += [text[s:e] for s, e in split_sentences(text)]
    return out[:limit]


# -- series.sentence_language: a sentence with no letter of another language's script is English at once --------------

@pytest.mark.parametrize("sentence, lang", [
    # English with typographic quotes, dashes and a currency sign (no Cyrillic letter): the default at once
    ("Kenya’s exports to Uganda rose 12% – to $1.2 billion – in 2023, the Kenya National Bureau of Statistics said.", "en"),
    ("São Paulo, 5 – The Brazilian agricultural sector had a 17.5% increase in exports", "en"),
    # a Russian sentence still goes to detect_language
    ("Товарооборот между Россией и Китаем в 2023 году вырос на 26% и составил $240 млрд.", "ru"),
    # one Cyrillic word among English ones: read by detect_language (its share of letters decides: English)
    ("The company Газпром exported gas worth $10 billion to Europe in 2019 according to the ministry.", "en"),
    ("", "en"),
])
def test_language_of_sentences(sentence, lang):
    assert _language_of(sentence) == lang
    assert _language_of(sentence) == (detect_language(sentence) if sentence else "en")


def test_no_other_script_answers_as_detect_language_on_real_sentences():
    sentences = _raw_sentences()
    assert len(sentences) > 500
    fast = 0
    for s in sentences:
        if _no_other_script(s):
            fast += 1
            assert detect_language(s) == "en", s
        assert _language_of(s) == detect_language(s), s
    assert fast > len(sentences) // 2
