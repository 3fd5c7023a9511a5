"""Session 52, partnerM: partners of frames and carried figures, from the fresh evidence of web40 and ruweb29."""
from __future__ import annotations

from phrasing import figs

from tradeflows.facts.places_local import find_local_places


def _got(text, year):
    return [(f.figure, f.reporter, f.partner, f.fact_rules.split("partner:")[1].split(";")[0])
            for f in figs(text, pub_year=year)]


def test_island_countries_by_their_written_russian_names():
    """CLDR shortens "острова" to "о-ва" ("Сейшельские о-ва"), which no text writes, so the Seychelles were no place
    and ruweb29's "украинский экспорт на Сейшелы" carried the Philippines of the sentence before (places.csv rows, s52).
    wiki-org.ru ("Российско-сейшельские отношения"): "Сейшельские острова имеют представительство в России через своё
    посольство в Париже" and "Дипломатические отношения между СССР и Сейшельскими островами были установлены 30 июня
    1976 года"."""
    s = "Сейшельские острова имеют представительство в России через своё посольство в Париже (Франция)."
    assert [(p.surface, p.iso3) for p in find_local_places("ru", s)] == [
        ("Сейшельские острова", "SYC"), ("России", "RUS"), ("Париже", "FRA"), ("Франция", "FRA")]
    s2 = "Дипломатические отношения между СССР и Сейшельскими островами были установлены 30 июня 1976 года."
    assert "SYC" in [p.iso3 for p in find_local_places("ru", s2)]
    for written, iso3 in (("на Сейшелы", "SYC"), ("с Маршалловых Островов", "MHL"), ("в Соломоновы острова", "SLB"),
                          ("на Фарерские острова", "FRO"), ("с острова Мэн", "IMN")):
        assert [p.iso3 for p in find_local_places("ru", "Экспорт " + written + " вырос.")] == [iso3], written
    # "Виргинские острова" alone names two territories (British and US): no place
    assert find_local_places("ru", "Экспорт на Виргинские острова вырос.") == []


def test_seychelles_export_takes_its_own_partner():
    """ruweb29 (e-riu.ru)'s sentence, reduced: the export to the Seychelles is to the Seychelles, not to the place of
    the sentence before."""
    text = ("Экспорт Украины\n\nЭкспорт Украины на Филиппины вырос в 10 раз. Но все познается в сравнении: украинский "
            "экспорт на Сейшелы за январь нынешнего года составил $135,7 тыс.\n")
    got = _got(text, 2015)
    assert ("$135,7 тыс", "Ukraine", "Seychelles", "frame") in got
