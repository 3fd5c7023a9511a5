"""Session 47, speedS: the exact shortcuts of relate's reporter and partner sieves.

Each shortcut skips work whose answer it knows: a pattern that cannot match in a window lacking every word it needs
(context.lacks), a pattern tried only where the text ends as its match must (respectively._bare_before), a search on
the lower-cased window (context.islice_search), lists read once per clause or per document (Clause.places,
DocMemo.candidates, DocMemo.frame_stop, DocMemo.section_owners). The tests check each against the long way on real
text: the pages of data/raw (the bench corpus, none held out) and sentences quoted from news pages.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from tradeflows.facts import partners_sentence as PS
from tradeflows.facts import reporters as R
from tradeflows.facts import reporters_anaphor as RA
from tradeflows.facts import reporters_cited as RC
from tradeflows.facts import reporters_section as RSec
from tradeflows.facts import respectively as RS
from tradeflows.facts import world as W
from tradeflows.facts.context import Clause, Doc, State, cue_vocab, islice_search, lacks
from tradeflows.facts.partners_item import _ranked_with, RANKED_WITH_WORDS
from tradeflows.facts.relate import relate_figures
from tradeflows.figures.extract import extract_figures
from tradeflows.text.clean import clean_text
from tradeflows.vocab.lowercase import lower_text

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


@lru_cache(maxsize=1)
def _raw_texts() -> tuple[str, ...]:
    return tuple(clean_text(p.read_text(encoding="utf-8"), "txt", p.name).text for p in sorted(RAW.glob("*.txt")))


@lru_cache(maxsize=1)
def _docs() -> tuple[Doc, ...]:
    """Docs of the raw pages' first 60,000 characters (a book's opening chapters) and of the quoted sentences."""
    return tuple(Doc(clean_text(text[:60000], "txt", "t.txt"), 2024) for text in _raw_texts() + tuple(QUOTED))


# every pattern a rule now skips when its window lacks all of these words (lower-case: context.lacks)
NEEDED = [
    (W._clause_total(), W.CLAUSE_TOTAL_WORDS),
    (W._world_all(), W.WORLD_ALL_WORDS),
    (W._world_before(), W.WORLD_BEFORE_WORDS),
    (W._whole_before(), W.WHOLE_BEFORE_WORDS),
    (W._OTHERS_ITEM, W.OTHERS_ITEM_WORDS),
    (W._unnamed_group(), W.UNNAMED_GROUP_WORDS),
    (W._top_group(), W.TOP_GROUP_WORDS),
    (W._world_rank(), W.WORLD_RANK_WORDS),
    (W._rank_verb(), W.WORLD_RANK_WORDS),
    (_ranked_with(), RANKED_WITH_WORDS),
    (R._FLOW_BY, R.FLOW_BY_WORDS),
    (R._PASSIVE_FLOW_BY, R.FLOW_BY_WORDS),
    (R._GDP, R.GDP_WORDS),
    (R._ANAPHOR_FLOW, R.ANAPHOR_FLOW_WORDS),
    (RA.THE_COUNTRY_FLOW, RA.THE_COUNTRY_FLOW_WORDS),
    (RA.DEMONYM_REGION, RA.DEMONYM_REGION_WORDS),
    (PS._bloc_anaphor(), PS.BLOC_ANAPHOR_WORDS),
    (PS._anaphor_dest(), PS.ANAPHOR_DEST_WORDS),
    (RC._DATA_AGAIN, RC.DATA_AGAIN_WORDS),
]

# sentences of news pages, each holding a match of one of the patterns, in capitals too (re.I reads them alike)
QUOTED = [
    # pakistantoday.com.pk
    "The value of two-way trade with all countries fell 8.7 percent to $512.2 billion in 2009-10.",
    # turkishminute.com
    "The top 10 countries accounted for 48.0 percent of total exports.",
    # customstoday.com.pk
    "Vietnam has never recorded a trade surplus with the bloc since joining.",
    # 057.ua
    "Экспорт товаров в страны СНГ составлял 885,9 млн. дол., в другие страны мира - 295,2 млн. дол.",
    # the Korea Customs Service's figures as reported: "the data showed"
    "Semiconductor sales declined 29 percent, THE DATA SHOWED.",
    "EXPORTS TO ALL COUNTRIES ROSE 3 PERCENT, AND THE COUNTRY'S TRADE DEFICIT NARROWED.",
]


@pytest.mark.parametrize("rx,words", NEEDED, ids=[rx.pattern[:30] for rx, _ in NEEDED])
def test_every_match_holds_one_of_the_words_its_shortcut_looks_for(rx, words):
    for text in _raw_texts() + tuple(QUOTED):
        for m in rx.finditer(text):
            assert any(w in m.group().lower() for w in words), m.group()
    # (patterns that end with "$" match only in a window cut before a figure: the windows are read below too)


def test_the_quoted_sentences_match_in_capitals_too():
    assert W._world_all().search(QUOTED[0]) and W._world_all().search(QUOTED[5])
    assert W._top_group().search(QUOTED[1]) and PS._bloc_anaphor().search(QUOTED[2])
    assert W._OTHERS_ITEM.search(QUOTED[3], 0, QUOTED[3].index("295,2")) and RC._DATA_AGAIN.search(QUOTED[4])
    assert RA.THE_COUNTRY_FLOW.search(QUOTED[5])


def test_lacks_reads_the_window_in_any_case_and_only_the_window():
    c = clean_text(QUOTED[5], "txt", "caps.txt")
    d = Doc(c, 2024)
    end = len(d.text)
    assert not lacks(d, ("all",), 0, end)                     # "ALL COUNTRIES"
    assert lacks(d, ("all",), d.text.index("COUNTRIES"), end)  # the window starts after it
    assert not lacks(d, ("country",), -50, end)               # (a window reaching before the text starts at 0)
    assert lacks(d, ("gdp", "gross"), 0, end)


def test_lacks_answers_no_where_the_text_has_no_lower_cased_copy():
    # a dotted capital I lower-cases to two characters: no lower-cased copy, so lacks claims nothing
    c = clean_text("İstanbul's exports grew 5%.", "txt", "tr.txt")
    d = Doc(c, 2024)
    assert d.low is None
    assert not lacks(d, ("zzz",), 0, len(d.text))


@pytest.mark.parametrize("rx,words", NEEDED, ids=[rx.pattern[:30] for rx, _ in NEEDED])
def test_a_window_lacking_the_words_holds_no_match(rx, words):
    for d in _docs():
        t = d.text
        # windows anywhere, and windows ending at a number, where a figure's window before it ends
        windows = [(lo, min(len(t), lo + 400)) for lo in range(0, len(t), 97)]
        windows += [(max(0, m.start() - 400), m.start()) for m in list(re.finditer(r"(?<!\d)\d", t))[::7]]
        for lo, hi in windows:
            if lacks(d, words, lo, hi):
                assert rx.search(t, lo, hi) is None


def test_bare_before_is_the_search_it_shortcuts():
    texts = [t[:60000] for t in _raw_texts()] + ["falling by 52 and 49 percent respectively", "5, 7 and 9 per cent", "3,\n4 and\n", "12 И 14",
                            "grew 5 AND 7 percent", "up 3 & 4 percent"]
    for text in texts:
        for m in re.finditer(r"\d", text):
            pos = m.start()
            for s in (0, max(0, pos - 120)):
                want = RS._BARE_BEFORE.search(text, s, pos)
                got = RS._bare_before(text, s, pos)
                assert (want and want.span()) == (got and got.span()), (text[max(0, pos - 30):pos], pos)


def test_says_respectively_on_the_documents_lower_cased_text_is_the_sentence_copys():
    for text in list(_raw_texts()) + ["Exports and imports reached 4.7 billion USD and 3.8 billion USD RESPECTIVELY."]:
        c = clean_text(text, "txt", "t.txt")
        low = lower_text(c.text)
        for s, e in c.sentences:
            assert RS._says_respectively(c.text, s, e, low) == RS._says_respectively(c.text, s, e)


def test_islice_search_reads_the_window_as_a_string_of_its_own():
    text = ("Exports abroad grew 5%, while the two countries traded more. Overall, TOTAL EXPORTS rose; "
            "BILATERAL trade fell.")
    d = Doc(clean_text(text, "txt", "t.txt"), 2024)
    t = d.text
    for rx in (W._world_strong(), W._own_total(), W.BILATERAL):
        for lo in range(0, len(t)):
            for hi in (lo + 12, lo + 40, len(t)):
                assert islice_search(d, rx, lo, hi) == (rx.search(t[lo:hi]) is not None), (rx.pattern[:20], lo, hi)
    # a window that cuts a word: "broad" is no "abroad" read as a string of its own
    cut = t.index("abroad") + 1
    assert not islice_search(d, W._world_strong(), cut, cut + 5)


def test_the_clause_holds_the_places_of_its_window():
    # rte.ie, 2010-03-10
    text = ("German exports dropped by an unexpectedly sharp 6.3% in January from the previous month, while exports "
            "to China rose 7.5%.")
    c = clean_text(text, "txt", "rte.txt")
    f = [x for x in extract_figures(c, "rte.txt") if x.figure == "7.5%"][0]
    d = Doc(c, 2010)
    si = d.sentence_index(f.clean_start)
    s, e = c.sentences[si]
    cl = Clause(d, State(), f, si, d.para_index(f.clean_start), s + 10, e, cue_vocab(), ("Germany", "DEU"), "sources",
                d.frames(si, s, e))
    assert [p.name for p in cl.places] == [p.name for p in d.places(si, s + 10, e)] == ["China"]


def test_a_subheading_is_read_once_for_the_figures_of_its_paragraph(monkeypatch):
    # rte.ie, 2010-03-10: a page on Germany's trade with a section on China's under a subheading
    text = ("German exports dropped by an unexpectedly sharp 6.3% in January from the previous month, official statistics "
            "showed today.\n"
            "Chinese exports still powering ahead\n"
            "Exports jumped 45.7% in February from a year earlier, following a 21% rise in January, while imports surged "
            "44.7% after record growth of 85.5% in January, the General Administration of Customs said.")
    calls = []
    real = RSec._section_heading_owner

    def counted(text, end, *places):   # (session 48: section_owner passes Doc.span_places as the heading's places)
        calls.append(end)
        return real(text, end, *places)
    monkeypatch.setattr(RSec, "_section_heading_owner", counted)
    c = clean_text(text, "txt", "rte.txt")
    figs = relate_figures(c, extract_figures(c, "rte.txt"), reporter="DEU", pub_year=2010)
    owned = [f for f in figs if "reporter:section_owner" in f.fact_rules]
    assert sorted(f.figure for f in owned) == ["21%", "44.7%", "45.7%", "85.5%"]
    assert {f.reporter_iso3 for f in owned} == {"CHN"}
    assert len(calls) == len(set(calls)) == 1
