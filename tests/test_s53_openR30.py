"""Session 53 (openR30): supplies into the country whose statistics the page cites, the supplier named by its country
('поставки из России в КНР' on Chinese customs data: China's imports, rule stats_owner_imports); and an office's country
read only from a place that can be the office's genitive (rule agency_genitive of opening_statistics_owner)."""
from __future__ import annotations

from phrasing import figs, ru_fields

# segodnia.ru, http://www.segodnia.ru/news/223308
SEGODNIA = ("В Китае заявили о повышении товарооборота с Россией до $110,75 млрд\n\n"
            "Товарооборот между Россией и Китаем за 2019 год вырос до рекордных $110,75 млрд, что на 3,4% больше "
            "показателя 2018 года.\n\n"
            "Об этом свидетельствуют данные главного таможенного управления КНР, передаёт RT.\n\n"
            "Отмечается, что китайский экспорт в Россию в 2019 году вырос в годовом соотношении на 3,6% и составил "
            "$49,7 млрд, при этом поставки из России в КНР выросли на 3,2% — до $61,05 млрд.\n")


def test_supplies_from_a_country_into_the_owner_of_the_statistics_are_its_imports():
    """'поставки из России в КНР выросли на 3,2% — до $61,05 млрд' after 'данные главного таможенного управления КНР':
    China's imports from Russia (rule stats_owner_imports, the supplier named by its country, not only its adjective)."""
    got = {f.figure: f for f in figs(SEGODNIA, pub_year=2020, lang="ru")}
    f = got["$61,05 млрд"]
    assert (f.measure, f.reporter, f.partner, f.year, f.value) == ("imports", "China", "Russia", 2019, 61.05e9)
    assert "measure:stats_owner_imports" in f.fact_rules and "reporter:stats_owner_imports" in f.fact_rules
    assert got["3,2%"].measure == "imports" and got["3,2%"].reporter == "China"


def test_the_owners_own_exports_stay_its_exports():
    """Odd case: 'китайский экспорт в Россию ... составил $49,7 млрд' on the same page is China's own flow, no supplies
    into the owner: exports of China to Russia."""
    got = {g[0]: g[2:6] for g in ru_fields(SEGODNIA, pub_year=2020)}
    assert got["$49,7 млрд"] == ("exports", "China", "Russia", 2019)


def test_exports_not_supplies_into_the_owner_stay_the_suppliers():
    """'Сентябрьский российский экспорт в КНР достиг $6,86 млрд' on a page 'по данным китайской таможенной статистики'
    (silkbridge.info, https://silkbridge.info/tovarooborot-mezhdu-knr-i-rf-za-devjat-mesjacev-2021-goda-vyros-pochti-na-30):
    'экспорт' names the supplier's own flow, which the rule leaves alone."""
    text = ("С января по сентябрь 2021 года товарооборот между Китаем и Россией, по данным китайской таможенной "
            "статистики, вырос в годовом исчислении на 29,8%, превысив $102,5 млрд, передает «Интерфакс».\n"
            "Экспорт из Китая в Россию в этот период вырос на 32,4% в годовом выражении и достиг $47,4 млрд. "
            "Сентябрьский российский экспорт в КНР достиг $6,86 млрд, из КНР в Россию — $6,6 млрд, месячный "
            "товарооборот превысил $13,46 млрд.\n")
    got = {g[0]: g[2:5] for g in ru_fields(text, pub_year=2021)}
    assert got["$6,86 млрд"] == ("exports", "Russia", "China")


def test_a_country_after_the_office_in_no_genitive_is_not_its_country():
    """Rule agency_genitive: 'Согласно данным китайской таможни, в мае нынешнего года Россия экспортировала в Китай'
    (riamo.ru, https://riamo.ru/news/obschestvo/kitaj-uvelichil-import-rossijskoj-nefti-do-rekordnogo-urovnya-xl):
    'Россия' after 'таможни' is the verb's subject, no genitive; the office's country is the adjective before it."""
    import re
    from tradeflows.facts.places import find_places
    from tradeflows.facts.reporters import _object_after_office, opening_statistics_owner
    from tradeflows.vocab import using_language
    text = ("Китай увеличил импорт российской нефти до рекордного уровня\n"
            "РИАМО - 20 июн. Согласно данным китайской таможни, в мае нынешнего года Россия экспортировала в Китай "
            "рекордный объем нефти.")
    office = re.search("таможни", text)
    with using_language("ru"):
        after = [p for p in find_places(text, office.end(), len(text)) if p.iso3 == "RUS"]
        assert _object_after_office(after[0], office.end())
        assert opening_statistics_owner(None, text).iso3 == "CHN"


def test_an_office_with_its_country_in_the_genitive_owns_the_page():
    """'Министерство торговли Китая заявило, что Китай продолжит ...' (silkway.news,
    https://silkway.news/ru/ru/kitay-ne-nameren-menyat-harakter-271381): 'Китая' can be a genitive, the office's country."""
    from tradeflows.facts.reporters import opening_statistics_owner
    from tradeflows.vocab import using_language
    text = ("Министерство торговли Китая заявило, что Китай продолжит торгово-экономическое сотрудничество как с "
            "Россией, так и с Украиной на основе равенства, взаимной выгоды и взаимного уважения.")
    with using_language("ru"):
        owner = opening_statistics_owner(None, text)
    assert (owner.name, owner.iso3, owner.via) == ("China", "CHN", "")


def test_the_passive_participle_of_supply_is_a_supplies_word():
    """Cue supplies_word (vocab/ru/patterns.csv) reads the passive participle, goods supplied ('В натуральном выражении
    было поставлено 27 тысяч тонн этой продукции', rosng.ru, https://rosng.ru/post/v-2025-godu-rossiya-narastila-eksport-
    syrov-i-tvoroga-na-13), not the supplier's active verb ('В целом Россия поставляла эту продукцию более чем в 65
    стран', the same page), which tells the supplier's own flow."""
    from tradeflows.vocab import using_language
    from tradeflows.vocab.patterns import NEVER, cue
    with using_language("ru"):
        words = cue("supplies_word", NEVER)
        assert [m.group() for m in words.finditer("В натуральном выражении было поставлено 27 тысяч тонн этой продукции.")] \
            == ["поставлено"]
        assert words.search("В целом Россия поставляла эту продукцию более чем в 65 стран") is None


def test_abkhazia_is_a_place_the_trade_between_names():
    """Rows Абхазия / Abkhazia of vocab/ru/places.csv and vocab/en/places.csv (a region of Georgia, as Transnistria of
    Moldova): 'Объем торговли между Россией и Абхазией вырос в 1,5 раза с допандемийных времен, ... сообщил глава МИД
    РФ Сергей Лавров' (buzzinside.ru, https://buzzinside.ru/obem-torgovli-mejdy-rossiei-i-abhaziei-vyros-v-15-raza):
    the pair Russia and Abkhazia, not Russia and the world."""
    text = ("Объем торговли между Россией и Абхазией вырос в 1,5 раза\n\n"
            "МОСКВА, 4 окт — РИА Новости. Объем торговли между Россией и Абхазией вырос в 1,5 раза с допандемийных "
            "времен, это очень хороший результат, сообщил глава МИД РФ Сергей Лавров.\n")
    got = [(f.figure, f.measure, f.reporter, f.partner, f.value) for f in figs(text, pub_year=2023, lang="ru")]
    assert ("в 1,5 раза", "turnover", "Russia", "Abkhazia", 50.0) in got


def test_a_span_runs_to_the_last_year_its_sentence_writes():
    """Rule span_end_year: 'товарооборот с этой страной увеличился за последние 5 лет более чем в 200 раз - с 6 миллионов
    долларов в 2006 году до 1,3 миллиарда долларов в 2011-м': the rise over the span is of 2011, its end, no one period.
    The studied page (data/ruweb30 tuned bu08, apteka.rin.ru): no outside page with the phrasing was found."""
    text = ("Венесуэла - самый крупный политический и торгово-экономический партнер Белоруссии в латиноамериканском "
            "регионе. По свидетельству белорусских властей, товарооборот с этой страной увеличился за последние 5 лет "
            "более чем в 200 раз - с 6 миллионов долларов в 2006 году до 1,3 миллиарда долларов в 2011-м.\n")
    got = {f.figure: f for f in figs(text, pub_year=2012, lang="ru")}
    f = got["более чем в 200 раз"]
    assert (f.year, f.period_start, f.period_end) == (2011, None, None)
    assert "year:span_end_year" in f.fact_rules
    assert got["6 миллионов долларов"].year == 2006


def test_a_span_with_no_written_year_after_it_keeps_no_year():
    """Odd case of rule span_end_year: 'за 10 лет отечественный аграрный экспорт увеличился в 2,6 раза и составил $43,5
    млрд по итогам прошлого года против $17,1 млрд в 2013-м' (ru24.net, https://ru24.net/mix/385115744?nomobile=1):
    'прошлого года' dates the rise (2023 on a 2024 page), never the compared 2013."""
    text = ("Там также отметили, что за 10 лет отечественный аграрный экспорт увеличился в 2,6 раза и составил $43,5 млрд "
            "по итогам прошлого года против $17,1 млрд в 2013-м.\n")
    got = {f.figure: f.year for f in figs(text, pub_year=2024, lang="ru")}
    assert got["в 2,6 раза"] == 2023 and got["$17,1 млрд"] == 2013
