"""Phrasings of the ruweb20 set's tuned pages (Russian pages on the foreign trade of one region: Russian oblasts and
republics, Belarusian and Kazakh oblasts), session 44: a region's figures take the region as reporter only when the
gazetteer knows the name the page writes (its official name, its abbreviation)."""
from __future__ import annotations

from phrasing import fields
from tradeflows.facts.places import find_places, page_aliases, using_page_aliases
from tradeflows.vocab import using_language

# mkam.business-gazeta.ru/article/570805 (2022): "РТ" is the Republic of Tatarstan on a page naming Tatarstan
GAZETA = ("Татарстан является единственным регионом России, который не жалуется на пандемию, а использует негативные "
          "факторы для развития экономики. Об этом на брифинге в кабмине заявил вице-премьер РТ — министр "
          "промышленности и торговли РТ Олег Коробченко.\n\nПо объемам экспорта РТ занимает первое место среди "
          "регионов ПФО и пятое — по всей России.\n")


def _places(text: str) -> list[tuple]:
    with using_language("ru"):
        with using_page_aliases(page_aliases(text, None, None)):
            return [(p.surface, p.name, p.iso3, p.kind) for p in find_places(text) if p.surface == "РТ"]


def test_rt_is_tatarstan_on_a_page_naming_tatarstan():
    """Rule page_abbreviation_region (vocab/ru/page_abbreviations.csv): "вице-премьер РТ", "РТ занимает первое место"
    name the region the page names in full; "РТ" was no place, so a page naming Tatarstan only as a counterpart of its
    pair ("между Татарстаном и Голландией", tatcenter.ru, ruweb20 tuned page) gave its turnover to the Netherlands."""
    assert _places(GAZETA) == [("РТ", "Tatarstan", "RUS", "region")] * 3


def test_rt_is_tajikistan_on_a_page_naming_tajikistan_and_none_where_both_are_named():
    """The same letters stand for the Republic of Tajikistan on a Tajik page ("Таможенной службы при Правительстве РТ",
    khovar.tj); a page naming both reads neither."""
    tajik = "Внешнеторговый оборот Таджикистана вырос на 5%, сообщили в Таможенной службе при Правительстве РТ."
    assert _places(tajik) == [("РТ", "Tajikistan", "TJK", "country")]
    assert _places(GAZETA + "Товарооборот Татарстана и Таджикистана вырос.") == []
    assert _places("Экспорт РТ вырос на 5%.") == []


def test_the_official_names_of_republics_and_kazakh_regions_are_regions():
    """vocab/ru/places.csv rows: the official names ("Удмуртской Республики", "Республики Коми", "Ямало-Ненецкого
    автономного округа") and Kazakhstan's regions of 2022 were no place, so their figures had no regional reporter."""
    text = ("Общий объем экспорта компаний Удмуртской Республики за прошлый год составил 600 млн долларов США. "
            "Республики Коми, Ямало-Ненецкого автономного округа, Абайской области, Жетысуской области, "
            "Южно-Казахстанской области, Свердловщины.")
    with using_language("ru"):
        got = [(p.name, p.iso3, p.kind) for p in find_places(text)]
    assert got == [("Udmurtia", "RUS", "region"), ("Komi", "RUS", "region"),
                   ("Yamalo-Nenets Autonomous Okrug", "RUS", "region"), ("Abai Region", "KAZ", "region"),
                   ("Zhetysu Region", "KAZ", "region"), ("Turkistan Region", "KAZ", "region"),
                   ("Sverdlovsk Oblast", "RUS", "region")]


# www3.interfax-russia.ru/volga/main/predpriyatiya-udmurtii-v-2021g-uvelichili-eksport-na-20-5 (2022), its quote alone
INTERFAX = ("\"Общий объем экспорта компаний Удмуртской Республики за прошлый год составил 600 млн долларов США. Это на "
            "102 млн (долларов - ИФ) больше, чем за 2020 год\", - сказал Сунцов.\n")

# komiinform.ru/news/9388: "Коми" alone, the republic
KOMI = ("Как сообщила заместитель начальника Сыктывкарской таможни Марина Александрова, по оперативным данным, "
        "внешнеторговый оборот Коми составил в первом квартале более 113 миллионов долларов США.\n")


def test_a_republic_named_by_its_official_name_reports_its_exports():
    got = fields(INTERFAX, "measure", "reporter", "reporter_iso3", pub_year=2022, lang="ru")
    assert got[0] == ("600 млн долларов США", "exports", "Udmurtia", "RUS")


def test_komi_alone_reports_its_turnover():
    got = fields(KOMI, "measure", "reporter", "reporter_iso3", pub_year=2008, lang="ru")
    assert got == [("более 113 миллионов долларов США", "turnover", "Komi", "RUS")]
