"""Session 54, openR31: phrasings found opening data/ruweb31's tuned pages (Russian reference and profile pages on a
country's foreign trade), each tested on real sentences of pages outside the development sets."""
from __future__ import annotations

from tradeflows.facts.places import find_places
from tradeflows.vocab import using_language


def _places(text: str, lang: str = "ru") -> list[tuple[str, str]]:
    with using_language(lang):
        return [(text[p.start:p.end], p.name) for p in find_places(text)]


def test_a_bloc_inside_a_broadcasters_latin_name_is_no_place():
    """Rule quoted_outlet, row 'TV' (cue outlet_name_before, vocab/ru/patterns.csv): the TV BRICS network's name is a
    broadcaster's, no bloc of a flow (data/ruweb31's Chile page credits 'El Ciudadano, партнер сети TV BRICS' and its
    exports were read as Chile's to BRICS). news.by, 2025-12-10: the bloc named in Russian stays a place."""
    text = ("Государства - партнеры БРИКС развивают информационный обмен и налаживают взаимные коммуникации через "
            "медиасеть TV BRICS.")
    assert _places(text) == [("БРИКС", "BRICS")]


def test_a_network_credit_names_no_place():
    """interaffairs.ru/news/show/49751 (2025-01-16): 'с TV BRICS ... сотрудничают более 80 медиа из 25 государств'
    names no place at all."""
    text = "Сегодня с TV BRICS на регулярной основе сотрудничают более 80 медиа из 25 государств."
    assert _places(text) == []


def test_an_english_page_keeps_the_bloc_it_credits():
    """Odd case: the row is Russian; an English page (depimedia.com, 'This is reported by Toda Palavra, partner of the
    TV BRICS') still reads BRICS as a place, there the very bloc the figure is about."""
    text = "This is reported by Toda Palavra, partner of the TV BRICS."
    assert _places(text, "en") == [("BRICS", "BRICS")]
