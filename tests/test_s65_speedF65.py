"""Session 65, helper speedF65: find_frames reads the clauses a sentence satisfies from its whitespace-free runs, each
read once (frames._token_clauses), not from a look-ahead at every position of the sentence; compared with what it
replaced on real pages (data/raw's sentences, masked as find_frames masks them) and odd strings."""
from pathlib import Path

import pytest

from tradeflows.facts import frames as F
from tradeflows.facts.places import find_places
from tradeflows.text.sentences import split_sentences
from tradeflows.vocab import using_language
from tradeflows.vocab.lowercase import lower_text

ROOT = Path(__file__).resolve().parents[1]
ODD = ("\x000\x00, \x001\x00 and \x002\x00 exports\u00a0to\tthe\x003\x00 ", "tradeturnover\x000\x00,from", "",
       "   ", "importing\x000\x00, exported" * 3, "экспорт в \x000\x00 из \x001\x00, товарооборот с \x002\x00")


def _whole_sentence(low: str, lang: str) -> int:
    """The clauses of a lower-cased masked sentence as find_frames read them before session 65: the longest word at
    each position of the whole sentence."""
    _, longest, satisfies = F._frames_need_of(lang)
    sat = 0
    for w in set(longest.findall(low)):
        sat |= satisfies[w]
    return sat


def _by_runs(low: str, lang: str) -> int:
    sat = 0
    for token in low.split():
        sat |= F._token_clauses(lang, token)
    return sat


def _masked_sentences(limit: int = 400):
    """The lower-cased masked sentences of data/raw's pages that name a place (the first `limit` of each page)."""
    for path in sorted((ROOT / "data/raw").glob("*.txt")):
        text = path.read_text()[:200000]
        n = 0
        for s, e in split_sentences(text):
            places = find_places(text, s, e)
            masked, _, _ = F.mask(text, s, e, places)
            low = lower_text(masked)
            if low is not None and F._MARK in masked:
                yield low
                n += 1
                if n >= limit:
                    break


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_words_hold_no_whitespace(lang):
    with using_language(lang):
        assert F._words_in_tokens(lang)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_runs_give_the_whole_sentences_clauses(lang):
    lows = list(_masked_sentences()) + [lower_text(s) or s for s in ODD]
    assert len(lows) > 100
    with using_language(lang):
        for low in lows:
            assert _by_runs(low, lang) == _whole_sentence(low, lang), low


def test_find_frames_reads_a_frame_across_runs():
    # constructed sentence
    text = "Kazakhstan's exports to China rose by 5% in 2020."
    frames = F.find_frames(text, 0, len(text), find_places(text))
    assert [(fr.name, fr.reporter and fr.reporter.name, fr.partner.name) for fr in frames] == [
        ("possessive_flow_to", "Kazakhstan", "China"), ("exports_to", None, "China")]
