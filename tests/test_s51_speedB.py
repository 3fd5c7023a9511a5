"""Session 51, speedB: detect_language answers English at once for a text with no letter of another language's
script, and that shortcut answers as the full reading by shares of letters and words does."""
from __future__ import annotations

from pathlib import Path

import pytest

from tradeflows.dataset.series import _language_of
from tradeflows.ingest.language import SAMPLE, _by_shares, detect_language
from tradeflows.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def _sentences(folder: str, limit: int = 4000) -> list[str]:
    out: list[str] = []
    for p in sorted((ROOT / folder).glob("*.txt")):
        text = p.read_text(encoding="utf-8", errors="ignore")
        out += [text[s:e] for s, e in split_sentences(text)]
    return out[:limit]


@pytest.mark.parametrize("sentence, lang", [
    # English with typographic quotes, dashes and a currency sign (no Cyrillic letter): the shortcut
    ("Kenya’s exports to Uganda rose 12% – to $1.2 billion – in 2023, the Kenya National Bureau of Statistics said.", "en"),
    ("São Paulo, 5 – The Brazilian agricultural sector had a 17.5% increase in exports", "en"),
    # a Russian sentence is read by shares
    ("Товарооборот между Россией и Китаем в 2023 году вырос на 26% и составил $240 млрд.", "ru"),
    # one Cyrillic word among English ones: read by shares, and the share of its letters says English
    ("The company Газпром exported gas worth $10 billion to Europe in 2019 according to the ministry.", "en"),
    ("", "en"),
])
def test_language_of_sentences(sentence, lang):
    assert detect_language(sentence) == lang
    assert _language_of(sentence) == lang
    assert _by_shares(sentence[:SAMPLE]) == lang


@pytest.mark.parametrize("folder", ["data/raw", "data/russian/raw"])
def test_shortcut_answers_as_the_reading_by_shares_on_real_sentences(folder):
    sentences = _sentences(folder)
    assert len(sentences) > 150
    for s in sentences:
        assert detect_language(s) == _by_shares(s[:SAMPLE]), s
