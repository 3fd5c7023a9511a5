"""Session 75 (openC75): reporters, partners, years and qualifiers of two Russian sets (ruweb32, ruweb15); studied on two
thirds of their tuned pages, the first third by SHA-256 of the file name set aside unread.

- pair_mirror: a sentence that opens as a part of the one before ("В том числе ...") and tells the other way than that
  sentence's flow frame ("Китай ... импортировал из России морепродукты. «В том числе минтая было поставлено на $750
  млн»": a supply after an import) has the frame's sides the other way round (facts/reporters.py previous_pair, read by
  the reporter's and the partner's pair_part; vocab/ru/patterns.csv rows frame_export_words, frame_import_words); not
  on a page citing the frame's reporter's own statistics (China's customs on China's imports: the sides kept).
- qualifier before "до" (figure rule suffix ":qual_prep"): "выросли на 36%, почти до $555 млн": the qualifier of a money
  amount may stand before the "до" of the level reached, as before the "на" of a sum (figures/lang_ru.py qual_only).
- relative_same_months: on an undated page, "В январе прошлого года" set beside "В январе 2026 г." is January of the
  year before the latest year the page names, not of that year (facts/period_relative.py, before relative_latest).
- pair_speaker_named: a pair's turnover an official named by surname states ("Пашинян ответил, что торговый оборот России
  и Армении достиг $4 млрд") is reported by the side the page names that surname as an official of ("премьер-министр
  Армении Никол Пашинян") (facts/reporters_speaker_named.py; vocab/ru/patterns.csv rows speaker_surname_verb,
  speaker_post_before), before rule pair.
- qualifier before "в" (the same suffix ":qual_prep"): "оценивался примерно в $9 млрд".

Each firing test quotes the page named above it (or says CONSTRUCTED and what was searched) and fails without its rule.
"""
import pytest

from tradeflows.pipeline import figures_of_text


def _figs(text: str, pub_year: int | None = None, lang: str = "ru") -> dict:
    """figure -> the figure."""
    return {f.figure: f for f in figures_of_text(text, "page", "web", lang=lang, pub_year=pub_year)}


# -- pair_mirror --------------------------------------------------------------------------------------------------------
# https://portofranko-vl.ru/?p=125021 (data/ruweb15 tuned page aq02, studied; the `search` tool, corpus pages, found no
# other page with an import frame followed by a supply part: "Китай импортировал из России. В том числе поставлено на")
PORTOFRANKO = (
    "В 2022 году поставки морепродуктов из России в Китай увеличились на 48,2%, до $2,75 млрд, сообщил торговый "
    "представитель РФ в КНР Алексей Дахновский.\n"
    "Как рассказал торгпред, из товаров «холодовой цепи» Китай в прошлом году в основном импортировал из России "
    "морепродукты. «В том числе минтая было поставлено на $750 млн, крабов — почти на $710 млн, других ракообразных — на "
    "$180 млн, трески — на $483 млн»,— сообщил дипломат.\n")


def test_pair_mirror_supply_after_import_frame():
    figs = _figs(PORTOFRANKO)
    for fig in ("$750 млн", "почти на $710 млн", "$483 млн"):
        f = figs[fig]
        assert (f.measure, f.reporter, f.partner, f.year) == ("exports", "Russia", "China", 2022)
        assert "reporter:pair_part+pair_mirror" in f.fact_rules
        assert "partner:pair_part+pair_mirror" in f.fact_rules


# CONSTRUCTED (the same way round: an import part after an import frame keeps the sides; searched as above)
def test_pair_part_same_way_keeps_sides():
    text = ("Китай в прошлом году импортировал из России товаров на $114 млрд. В том числе импорт нефти составил "
            "$58 млрд.")
    f = _figs(text, 2022)["$58 млрд"]
    assert (f.measure, f.reporter, f.partner) == ("imports", "China", "Russia")
    assert "pair_mirror" not in f.fact_rules


# https://reform.news (data/ruweb4 tuned page o10, "данные китайской таможенной статистики"): China's customs on China's
# imports, so "поставки" there are the imports it recorded; the frame's sides kept (its gold: China's imports)
def test_pair_mirror_not_on_the_frame_reporters_own_statistics():
    text = ("Стоимость поставок беларусского калия в Китай выросла в августе в сравнении с июлем. На это указывают свежие "
            "данные китайской таможенной статистики.\n"
            "Согласно им, в августе КНР импортировала беларусского калия на 57 млн долларов, что всего на 6% меньше, чем в "
            "прошлом году за аналогичный месяц. При этом поставки за январь-август были на 50,6% меньше, чем в прошлом "
            "году и составили 585,7 млн долларов.\n")
    f = _figs(text)["585,7 млн долларов"]
    assert (f.reporter, f.partner) == ("China", "Belarus")
    assert "pair_mirror" not in f.fact_rules


# -- qualifier before "до" ------------------------------------------------------------------------------------------------
# https://portofranko-vl.ru/?p=125021 (data/ruweb15 tuned page aq02, studied; the `search` tool, corpus pages, "почти до
# млн долларов поставки выросли" found no other page with the phrasing)
def test_qualifier_before_do_of_level_reached():
    text = ("Господин Дахновский уточнил, что второй по популярности была мясная продукция, в частности говядина и курица. "
            "Поставки по этой товарной группе выросли на 36%, почти до $555 млн. «Объем экспорта курицы вырос более чем "
            "на 50%, почти до $403 млн, говядины — на 8%, почти до $147 млн»,— уточнил он.")
    figs = _figs(text, 2022)
    for fig, value in (("почти до $555 млн", 555e6), ("почти до $403 млн", 403e6), ("почти до $147 млн", 147e6)):
        f = figs[fig]
        assert (f.qualifier, f.value, f.currency) == ("approx", value, "USD")
        assert f.rule.endswith(":qual_prep")


# CONSTRUCTED ("до" with no qualifier before it stays exact; searched as above)
def test_do_without_qualifier_stays_exact():
    f = _figs("В 2022 году экспорт вырос на 12%, до $2,75 млрд.", 2022)["$2,75 млрд"]
    assert f.qualifier == "exact"
    assert ":qual_prep" not in f.rule


# -- relative_same_months -----------------------------------------------------------------------------------------------
# https://ukragroconsult.com/ru/news/import-psheniczy-v-azerbajdzhan-rezko-vozros-v-yanvare (data/ruweb15 tuned page aq11,
# studied, undated; the `search` tool, corpus pages, "В январе прошлого года импортировал тонн на сумму" found
# piter.tv's "В январе 2025 года показатель составил 4,8 млн", which writes the year out)
AZ_WHEAT = (
    "Импорт пшеницы в Азербайджан резко возрос в январе\n"
    "В январе 2026 г. Азербайджан импортировал 129,9 тыс. тонн пшеницы на сумму $28,9 млн, свидетельствуют данные "
    "Государственного таможенного комитета страны. Об этом сообщают местные СМИ.\n"
    "По сравнению с аналогичным периодом 2025 года, объемы импорта существенно выросли. В январе прошлого года страна "
    "закупила 86,7 тыс. тонн пшеницы на $18,7 млн.\n"
    "Эксперты отмечают, что рост импорта в 2026 г. может быть связан с изменением внутреннего баланса зерна, колебаниями "
    "урожая и потребностью пополнения запасов на фоне роста потребления.\n")


def test_january_of_last_year_beside_january_of_latest_year():
    figs = _figs(AZ_WHEAT)
    f = figs["$18,7 млн"]
    assert (f.year, f.period_start, f.period_end) == (2025, "2025-01", "2025-01")
    assert "year:relative_same_months" in f.fact_rules
    assert (figs["$28,9 млн"].year, figs["$28,9 млн"].period_start) == (2026, "2026-01")


# CONSTRUCTED (a whole "last year" on an undated page keeps relative_latest: the rule reads months only; searched as above)
def test_whole_last_year_keeps_relative_latest():
    text = ("В январе 2026 г. Азербайджан импортировал пшеницы на сумму $28,9 млн. В прошлом году страна закупила пшеницы "
            "на $210 млн. Эксперты отмечают, что рост импорта в 2026 г. может быть связан с изменением баланса зерна.")
    f = _figs(text)["$210 млн"]
    assert (f.year, f.period_start, f.period_end) == (2026, "2026-01", "2026-12")
    assert "year:relative_latest" in f.fact_rules


# -- pair_speaker_named -------------------------------------------------------------------------------------------------
# https://item.eu.com/putin-i-pashinyan-posporili-ob-obemah-rossiysko-armyanskoy-torgovli.html (data/ruweb32 tuned page
# by04, studied; the `search` tool, corpus pages, "премьер-министр ответил, что товарооборот между странами достиг" found
# officials quoted by post or pronoun, none by surname before a pair)
ITEM_EU = (
    "Президент России Владимир Путин и премьер-министр Армении Никол Пашинян по-разному оценили объем торговли между "
    "двумя государствами. Как сообщил ТАСС, спор лидеров произошел во время саммита СНГ в Таджикистане.\n\n"
    "«У нас с Арменией сколько сейчас товарооборот выскочил?» – спросил Путин о показателях текущего года.\n\n"
    "Пашинян ответил, что торговый оборот России и Армении достиг $4 млрд.\n\n"
    "Пашинян добавил, что в 2024 году этот показатель оценивался примерно в $9 млрд.\n\n"
    "Согласно российской статистике, объем российско-армянской торговли в 2024 году достиг рекорда и составил $11,7 "
    "млрд.\n")


def test_pair_speaker_named_by_surname():
    figs = _figs(ITEM_EU, 2025)
    f = figs["$4 млрд"]
    assert (f.measure, f.reporter, f.partner) == ("turnover", "Armenia", "Russia")
    assert "reporter:pair_speaker_named" in f.fact_rules
    g = figs["примерно в $9 млрд"]
    assert (g.qualifier, g.value, g.year) == ("approx", 9e9, 2024)
    assert g.rule.endswith(":qual_prep")


# CONSTRUCTED after http://glavcom.ua/news/15663-putin-uvidel-rezkij-rost.html (Azarov, Ukraine's premier, quoted there
# by post; searched as above): the other side's official, the other side
def test_pair_speaker_named_other_side():
    text = ("Премьер-министр Украины Николай Азаров встретился в Москве с президентом России. Азаров сказал, что "
            "товарооборот России и Украины за первые четыре месяца 2010 года составил 7,9 млрд долларов.")
    f = _figs(text, 2010)["7,9 млрд долларов"]
    assert (f.reporter, f.partner) == ("Ukraine", "Russia")
    assert "reporter:pair_speaker_named" in f.fact_rules


# CONSTRUCTED (a surname the page names after no post: rule pair decides; searched as above)
def test_surname_without_post_leaves_pair():
    text = "Иванов сказал, что товарооборот России и Украины за первые четыре месяца 2010 года составил 7,9 млрд долларов."
    f = _figs(text, 2010)["7,9 млрд долларов"]
    assert "pair_speaker_named" not in f.fact_rules
