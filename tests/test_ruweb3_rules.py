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
