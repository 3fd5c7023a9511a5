"""Session 69 (openI69): retrospective pages (ruweb48, web48; studied on two thirds of their tuned pages, the first
third by SHA-256 of the file name set aside unread).

- historic_country: the states ISO 3166-3 withdrew (the USSR, the GDR, Czechoslovakia, Yugoslavia: pycountry's
  historic_countries, facts/places_historic.py) are countries of the place registry, with the codes they were withdrawn
  under (SUN, DDR, CSK, YUG) and their old numeric codes; their prose names, demonyms and the groups of their era are
  vocab rows (vocab/en/places.csv, vocab/ru/places.csv). A name a current country has stays its own.
- withdrawn euro currencies: the currencies the euro replaced (IEP, DEM, FRF, ...) are read as ISO 4217 codes
  (vocab/en/currencies_withdrawn.csv), and the Irish pound's sign "I£" / "IR£" (vocab/en/currencies.csv).

Each sentence quotes the page named above it (found with the `search` tool, corpus "pages"); each firing test fails
without its rule (checked on 79a32d83).
"""
import pytest

from tradeflows.facts.places import country, find_places, lookup, m49
from tradeflows.pipeline import figures_of_text
from tradeflows.vocab import using_language


def _places(text: str, lang: str = "en") -> list[tuple[str, str, str | None, str]]:
    with using_language(lang):
        return [(p.surface, p.name, p.iso3, p.kind) for p in find_places(text)]


def _figs(text: str) -> dict:
    return {f.figure: f for f in figures_of_text(text, "page", "web")}


# -- historic_country: English -----------------------------------------------------------------------------------------
# http://www.country-data.com/cgi-bin/query/r-12797.html (Japan, Library of Congress country study)
JAPAN_USSR = ("In 1985 trade with the Soviet Union accounted for 1.6 percent of Japanese exports and 1 percent of "
              "Japanese imports; Japan was the Soviet Union's fourth most important Western trading partner.")


def test_the_soviet_union_is_a_partner_under_its_iso_3166_3_code():
    f = _figs(JAPAN_USSR)
    assert (f["1.6 percent"].measure, f["1.6 percent"].reporter_iso3, f["1.6 percent"].partner,
            f["1.6 percent"].partner_iso3, f["1.6 percent"].year) == ("exports", "JPN", "USSR", "SUN", 1985)
    assert (f["1 percent"].measure, f["1 percent"].partner_iso3) == ("imports", "SUN")


# http://www.country-data.com/cgi-bin/query/r-7234.html
JAPAN_IMPORTS = ("Imports from the Soviet Union declined during the first half of the 1980s, from nearly US$1.9 billion "
                 "to less than US$1.5 billion, and then recovered to almost US$3.4 billion by 1990, representing modest "
                 "growth for the entire period.")


def test_imports_from_the_soviet_union():
    f = _figs(JAPAN_IMPORTS)["almost US$3.4 billion"]
    assert (f.measure, f.partner, f.partner_iso3, f.year) == ("imports", "USSR", "SUN", 1990)


# https://en.wikipedia.org/wiki/Foreign_trade_of_the_Soviet_Union
def test_soviet_demonym_and_comecon_bloc():
    text = ("Other foreign economic activity included economic aid programs, which primarily benefited the less "
            "developed Council for Mutual Economic Assistance (COMECON) countries of Cuba, Mongolia, and Vietnam.")
    assert ("Council for Mutual Economic Assistance", "CMEA", None, "bloc") in _places(text)
    text = "In 1988, Soviet trade with socialist countries amounted to 62 percent of total Soviet foreign trade."
    assert _places(text)[0] == ("Soviet", "USSR", "SUN", "demonym")


# http://reference.allrefer.com/country-guide-study/germany-east/germany-east88.html
def test_east_germany_is_the_gdr_not_germany():
    text = ("One difficulty stems from the fact that East Germany separates its external economic activity from its "
            "domestic system, placing each in a relatively distinct compartment.")
    assert _places(text) == [("East Germany", "East Germany", "DDR", "country")]
    assert lookup("GDR").iso3 == lookup("German Democratic Republic").iso3 == "DDR"


def test_historic_codes_have_names_and_numeric_codes():
    assert (country("SUN"), m49("SUN")) == ("USSR", 810)
    assert (country("DDR"), m49("DDR")) == ("East Germany", 278)
    assert lookup("Czechoslovakia").iso3 == "CSK" and lookup("Yugoslavia").iso3 == "YUG"


def test_prose_names_of_pycountry_index_forms():
    from tradeflows.facts.places_historic import prose_names
    assert prose_names("USSR, Union of Soviet Socialist Republics") == ["USSR", "Union of Soviet Socialist Republics"]
    assert prose_names("Upper Volta, Republic of") == ["Upper Volta", "Republic of Upper Volta"]
    assert prose_names("Yugoslavia, (Socialist) Federal Republic of") == [
        "Yugoslavia", "Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia"]
    assert prose_names("Pacific Islands (trust territory)") == []   # (a comment in brackets: no prose name)


# -- historic_country: what must not change ---------------------------------------------------------------------------
def test_a_current_country_keeps_its_names():
    # CONSTRUCTED (names only): "Burma" and "East Timor" are current names of Myanmar and Timor-Leste, "Serbia and
    # Montenegro" two current countries on a page after 2006, though ISO 3166-3 lists BUR, TMP and SCG
    assert lookup("Burma").iso3 == "MMR"
    assert lookup("East Timor").iso3 == "TLS"
    assert [p[2] for p in _places("exports to Serbia and Montenegro rose")] == ["SRB", "MNE"]
    assert lookup("France").iso3 == "FRA" and lookup("Yemen").iso3 == "YEM"


# https://cyberleninka.ru/article/n/sssr-i-frg-v-gody-razryadki-ot-vynuzhdennogo-vzaimodeystviya-k-pragmatichnomu-partnerstvu
def test_west_germany_kept_germany_s_code():
    text = "Статья посвящена анализу отношений СССР и ФРГ в конце 1950 - первой половине 1970-х годов."
    assert [p[2] for p in _places(text, "ru")] == ["SUN", "DEU"]


# -- historic_country: Russian -----------------------------------------------------------------------------------------
# https://cyberleninka.ru/article/n/deyatelnost-sssr-po-ukrepleniyu-torgovo-ekonomicheskih-otnosheniy-s-germanskoy-demokraticheskoy-respublikoy-i-evropeyskim
def test_russian_ussr_gdr_and_cmea():
    text = ("В данном контексте история СЭВ - это важный исторический опыт дипломатической и хозяйственной "
            "деятельности СССР по преодолению «изоляции» Германской Демократической Республики (ГДР) на международной "
            "арене в рамках взаимодействия со странами Европейского экономического союза.")
    got = [(p[1], p[2]) for p in _places(text, "ru")]
    assert got[:4] == [("CMEA", None), ("USSR", "SUN"), ("East Germany", "DDR"), ("East Germany", "DDR")]


# https://litmir.club/br/?b=106264&p=77 (the Great Soviet Encyclopedia's article on the USSR's foreign trade)
def test_russian_soviet_adjective_and_socialist_countries():
    text = "Торговля с социалистическими странами. Во внешней торговле СССР социалистические страны занимают"
    got = [(p[0], p[1], p[2]) for p in _places(text, "ru")]
    assert got == [("социалистическими странами", "socialist countries", None), ("СССР", "USSR", "SUN"),
                   ("социалистические страны", "socialist countries", None)]
    text = ("Рост экономического потенциала страны и экспортных возможностей позволяет всё шире использовать внешнюю "
            "торговлю для неуклонного повышения жизненного уровня советского народа.")
    assert [(p[1], p[2], p[3]) for p in _places(text, "ru")] == [("USSR", "SUN", "demonym")]


def test_russian_post_soviet_is_no_ussr():
    # CONSTRUCTED: "на постсоветском пространстве" (the prefixed adjective is one word in Russian, so its "советск"
    # stem does not start a name)
    assert _places("Товарооборот на постсоветском пространстве вырос", "ru") == []


@pytest.mark.xfail(strict=True, reason="English 'post-Soviet' reads its 'Soviet' as the USSR (the registry reads a "
                   "demonym after a hyphen, as 'anti-American'); a lower-case 'post-Soviet ...' group alias would add "
                   "a head to every place scan (cost)")
def test_english_post_soviet_states_are_no_ussr():
    # CONSTRUCTED
    assert all(p[2] != "SUN" for p in _places("Trade among post-Soviet states rose 5% in 2019."))


# -- withdrawn euro currencies -----------------------------------------------------------------------------------------
# https://www.oireachtas.ie/en/debates/debate/dail/1990-02-15/60/
EFTA = ("In the first 11 months of 1989 total trade was £1,187.5 million compared to IR£992.2 million in the same "
        "period in 1988.")


def test_irish_pound_sign():
    f = _figs(EFTA)["IR£992.2 million"]
    assert (f.value, f.currency) == (992_200_000, "IEP")
    # (the bare pound sign stays the pound sterling's reading: the page's country does not change it here)
    assert _figs(EFTA)["£1,187.5 million"].currency == "GBP"


# https://www.zeit.de/1967/47/moskau-dominiert has "Milliarden Mark"; CONSTRUCTED English with the ISO code
def test_withdrawn_mark_code():
    f = _figs("West German exports to the Soviet Union reached DEM 15.2 billion in 1988.")["DEM 15.2 billion"]
    assert (f.currency, f.value, f.partner_iso3) == ("DEM", 15_200_000_000, "SUN")
