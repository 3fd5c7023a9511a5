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
    assert (f.reporter_iso3, f.measure, rule(f, "reporter")) == ("UKR", "exports", "demonym_flow")


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
