"""Russian place names in their case forms from the morphological analyser (facts/inflect.py,
pymorphy3), the stem path when it is absent, and no analyser in an English-only run.
Sentences are real Russian news (stored pages of the search tool), none from a development set."""
import subprocess
import sys

import pytest

from tradeflows.facts import places_local
from tradeflows.facts.places import find_places
from tradeflows.vocab import using_language

pytest.importorskip("pymorphy3")


def places(text):
    with using_language("ru"):
        return [(p.surface, p.iso3 or p.name, p.kind) for p in find_places(text)]


def test_irregular_case_forms_come_from_the_dictionary():
    # news.ati.su 2024-02-05: "Египтом" drops the "е" of "Египет", which no stem catches
    assert places("Товарооборот между Россией и Египтом в 2023 году вырос на 20%") == [
        ("Россией", "RUS", "country"), ("Египтом", "EGY", "country")]
    # regnum.ru: an adjective-noun name in the accusative and the genitive
    assert places("Импорт товаров в Южную Корею за аналогичный период времени сократился на 22,9%, "
                  "до $11,8 млрд.") == [("Южную Корею", "KOR", "country")]
    assert places("Экспорт товаров из Южной Кореи в период с 1 по 10 января составил $11,2 млрд") == [
        ("Южной Кореи", "KOR", "country")]
    # kv.com.ua: the instrumental after "между ... и"
    assert places("Товарооборот между Украиной и Республикой Кореей по итогам первого полугодия 2017 года "
                  "вырос на 22%") == [("Украиной", "UKR", "country"), ("Республикой Кореей", "KOR", "country")]


def test_demonyms_and_a_country_in_a_longer_word():
    # fruit-inform.com: "Египетский" (a demonym row), not the country "Египет" inside a longer word
    assert places("Египетский экспорт в Россию в 2017 г. вырос на 35%.") == [
        ("Египетский", "EGY", "demonym"), ("Россию", "RUS", "country")]
    # lenta.ru 2025-11-19
    assert places("Путин: Российско-египетский товарооборот вырос в 2024 году на треть") == [
        ("Российско", "RUS", "demonym"), ("египетский", "EGY", "demonym")]


def test_without_the_analyser_names_decline_by_stem(monkeypatch):
    monkeypatch.setattr(places_local, "forms", lambda word, lang: None)
    local = places_local._Local("ru")
    text = "Товарооборот между Беларусью и Россией, экспорт в Южную Корею"
    assert [(p.surface, p.iso3) for p in local.find(text, 0, len(text))] == [
        ("Беларусью", "BLR"), ("Россией", "RUS"), ("Южную Корею", "KOR")]


def test_an_english_only_run_never_loads_the_dictionary():
    code = ("import sys\n"
            "from tradeflows.pipeline import figures_of_text\n"
            "figures_of_text('In 2023, exports to Egypt rose 20% to $7.2 billion.', fmt='web', relate=True)\n"
            "assert 'pymorphy3' not in sys.modules, 'loaded'\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_analyser_is_built_once_per_process():
    from tradeflows.facts.inflect import analyser
    places("с Египтом")
    assert analyser("ru") is analyser("ru")
    assert places_local._local("ru") is places_local._local("ru")


def test_without_pymorphy3_installed_there_is_no_analyser(monkeypatch):
    from tradeflows.facts import inflect
    monkeypatch.setitem(sys.modules, "pymorphy3", None)  # import pymorphy3 -> ImportError
    inflect.analyser.cache_clear()
    inflect.forms.cache_clear()
    try:
        assert inflect.analyser("ru") is None
        assert inflect.forms("Египет", "ru") is None
    finally:
        inflect.analyser.cache_clear()
        inflect.forms.cache_clear()
