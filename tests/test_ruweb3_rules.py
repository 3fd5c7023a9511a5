"""The ruweb3 sample (10 stored Russian pages: Ukraine with the EU, Kyrgyzstan with the EAEU, Uzbekistan, Tajikistan,
Kazakhstan, China and India with their partners; 3 set aside by hash): each test a phrasing of a tuning page that
paired a figure wrongly, checked on a real sentence of another Russian page."""
from __future__ import annotations

from phrasing import one_figure, rule


fig = one_figure


# -- "украинский экспорт", "украинского экспорта": a demonym adjective agreeing with the export word after it owns the
#    flow (cue demonym_flow_after, vocab/ru/patterns.csv; facts/reporters.py demonym_flow, and a vote for the page's
#    subject in facts/subject.py) --------------------------------------------------------------------------------

def test_demonym_adjective_owns_the_export():
    # eurointegration.com.ua (2017-12-01): Ukraine's exports named by their adjective alone
    text = ("Украинский экспорт в страны Европейского Союза в 2017 году вырос на 30%, а их доля в структуре внешней"
            " торговли достигла 43%.\n")
    f = fig(text, "30%", pub_year=2017)
    # (s58 openR36: "Европейского Союза" capitalised is now a place, vocab/ru/places.csv: the flow frame "Украинский
    # экспорт в страны ЕС" names both sides and decides the reporter before demonym_flow; tests/test_panel_rules.py
    # keeps a demonym_flow case)
    assert (f.reporter_iso3, f.partner, f.measure, rule(f, "reporter")) == ("UKR", "European Union", "exports", "frame")


def test_elided_export_word_after_a_demonym():
    # apostrophe.ua (data/russian u05, another set): "российский в Беларусь" leaves "экспорт" out; the $15.3 billion
    # is Russia's exports to Belarus, not Belarus's own
    text = ("По данным статистики, белорусский экспорт в РФ в 2016 году составил $10,8 млрд, российский в Беларусь —"
            " $15,3 млрд.\n")
    f = fig(text, "$15,3 млрд", pub_year=2017)
    assert (f.reporter_iso3, f.partner_iso3, f.measure, f.year) == ("RUS", "BLR", "exports", 2016)
    assert rule(f, "reporter") == "demonym_flow"
    g = fig(text, "$10,8 млрд", pub_year=2017)
    assert (g.reporter_iso3, g.partner_iso3) == ("BLR", "RUS")


def test_pair_adjective_owns_no_flow():
    # snob.ru (data/russian u19, another set): "российско-иранский товарооборот" is the pair's, not Iran's
    from tradeflows.facts.subject import document_subject
    from tradeflows.vocab import using_language
    text = ("По данным МИД России, за первую половину текущего года российско-иранский товарооборот вырос на 42,5% —"
            " до 2,7 млрд долларов.\n")
    with using_language("ru"):
        assert document_subject(text)[:2] == ("Russia", "RUS")


# -- "таможенный союз": a customs union is a bloc, not a statistics office; no agency's vote for the places before it
#    (cue agency, vocab/ru/patterns.csv; rule customs_union_no_agency; the word is read whole past the reach's edge) -

def test_customs_union_is_no_agency():
    # elvisti.com (2014-10-21): "к Таможенному союзу и Евразийскому экономическому союзу" gave the EAEU an office's
    # vote (and on a page of India's talks, "Канаду, ЕС, Россию и Южноафриканский таможенный союз" made Canada its
    # subject)
    from tradeflows.facts.subject import WEIGHTS, subject_scores
    from tradeflows.vocab import using_language
    text = ("Власти Киргизии заявили о намерении присоединиться к Таможенному союзу и Евразийскому экономическому союзу с"
            " 1 января 2015 года.\n29 мая Россия, Белоруссия и Казахстан подписали в Астане договор ЕАЭС.\n")
    with using_language("ru"):
        scores = subject_scores(text)
    assert scores[("EAEU", None)] < WEIGHTS["agency"]


# -- "половина товарооборота", "одна треть всего экспорта", "Четверть поставок": a fraction word before the flow it
#    is a part of is a share (figures/lang_ru.py "fraction_share", rule ru_share_fraction_word; "на треть" stays a
#    change) ----------------------------------------------------------------------------------------------------

def test_fraction_word_before_a_flow_is_a_share():
    # zol.ru (Moldova's exports, January-April): a quarter of the supplies are grains
    text = ("В товарной структуре роста экспорта на первом месте электроприборы - 45%. Четверть поставок приходится на"
            " зерновые.\n")
    f = fig(text, "Четверть", pub_year=2019)
    assert (f.kind, f.value, f.rule) == ("share", 25.0, "ru_share_fraction_word")


def test_one_third_of_all_exports():
    # 24.kg (data/ruweb2 q10, another set): "одна треть всего экспорта" had been no figure at all
    text = ("Россия традиционно экспортирует в Кыргызстан энергоресурсы — одна треть всего экспорта приходится на нефть"
            " и нефтепродукты.\n")
    f = fig(text, "одна треть", pub_year=2025)
    assert (f.kind, f.value, f.measure, f.reporter_iso3) == ("share", 33.33, "exports", "RUS")


def test_fraction_after_na_stays_a_change():
    # profile.ru: "вырос на треть" is read by ru_growth_fraction, not as a share
    text = ("\"Наш товарооборот еще до всяких событий в рамках специальной военной операции в 2021 году вырос на треть и"
            " достиг $38,5 млрд. Это очень хороший и значимый показатель\", – сказал глава РФ.\n")
    f = fig(text, "на треть", pub_year=2022)
    assert (f.kind, f.rule) == ("growth", "ru_growth_fraction")


# -- "Россия традиционно экспортирует ...": what a country does by tradition is of no one period, not the period of the
#    paragraphs before (cue habitual, vocab/ru/patterns.csv; facts/period_fallback.py rule habitual) --------------------

def test_traditionally_is_of_no_period():
    # 24.kg (data/ruweb2 q10, another set): the third of Russia's exports to Kyrgyzstan had taken the first half of
    # 2025 from the paragraph before
    text = ("«Если говорить непосредственно о показателях, то за прошлый год товарооборот вырос на 13 процентов, а за"
            " первые полгода этого года уже на 14 процентов», — отметил он.\n\nРоссия традиционно экспортирует в"
            " Кыргызстан энергоресурсы — одна треть всего экспорта приходится на нефть и нефтепродукты.\n")
    f = fig(text, "одна треть", pub_year=2025)
    assert (f.year, f.period_start, rule(f, "year")) == (None, None, "habitual")


# -- "прогнозировали", "прогнозировался": a forecast's verb in the past tense is a forecast's word too (vocab/ru/
#    status.csv had only "прогнозирует", "прогнозируется") -----------------------------------------------------------

def test_past_forecast_verb_is_a_target():
    # ru.delfi.lt (2017-09, Lithuania's export forecast): the spring forecast of 6.5% had been an actual change
    text = "Весной прогнозировался рост 6,5% - до 11,6 млн. евро.\n"
    f = fig(text, "6,5%", pub_year=2017)
    assert (f.status, rule(f, "status")) == ("target", "cue:прогнозировался")
