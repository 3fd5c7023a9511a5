"""Weak rules a cue of the figure's own sentence confirms (session 64, panelQ64): dataset/series.py CONFIRMATIONS,
written in fact_rules by dataset/corroborate.py. `base_year_confirms` (dataset/cues_period.py): a year counted from
"last year" whose clause compares it with the written year before it; `pair_word_turnover` (dataset/cues_partner.py):
a turnover whose carried counterpart its clause calls the pair's ("two-way trade", "между двумя государствами")."""
from __future__ import annotations

from tradeflows.dataset.corroborate import corroborate
from tradeflows.dataset.cues_partner import pair_word_turnover
from tradeflows.dataset.cues_period import base_year_confirms
from tradeflows.dataset.series import CONFIRMATIONS, IN, series_status, weak_rules_of
from tradeflows.dataset.tasks import figure_rows
from tradeflows.pipeline import figures_of_text

from phrasing import one_figure, row

# en.vietnamplus.vn/vietnam-bangladesh-target-2-billion-usd-in-twoway-trade/166262.vnp (2019-12-27): the sentence is
# the page's; its title is the page's, the opening paragraph shortened from the page's
_VN_SENTENCE = "Statistics showed that two-way trade neared 810 million USD last year, down about 10 percent from 2017.\n"
_VN_TITLE = "Vietnam, Bangladesh target 2 billion USD in two-way trade\n\n"
# constructed head (the page's own names both countries, which makes the counterpart strong, bilateral_head): a
# title and opening on the same talks that name one side only, so "two-way trade" resolves to the pair carried
_VN_HEAD = ("Bangladesh trade talks held in Hanoi\n\nVietnamese Deputy Minister of Industry and Trade Cao Quoc Hung and"
            " Deputy Secretary of the Bangladeshi Ministry of Commerce Jafar Uddin met in Hanoi.\n\n")
# en.news-front.su/2019/03/06/us-trade-deficit-surges-to-10-year-high-in-2018-at-621b
_NEWSFRONT = ("US trade deficit surges to 10-year high in 2018 at $621B\n\nAmerican exports of goods and services also"
              " rose, but not enough to chip away at the imbalance. Exports increased 6.3 percent to $2.5 trillion last"
              " year, also their highest levels ever.\n")
# scoop.co.nz/stories/PO1909/S00236/business-welcomes-ardern-trump-bilateral.htm (2019-09-17)
_SCOOP = ("The $18 billion of annual trade currently split evenly between both countries is a platform on which both"
          " countries can build, said Auckland Business Chamber head Michael Barnett.\n")


def _admitted(text: str, figure: str, **kw) -> dict:
    """The row of one figure after the page's confirmations and corroborations (as a build's worker runs them)."""
    rows = figure_rows(figures_of_text(text, "page", "web", **kw))
    corroborate(rows, [series_status(r) for r in rows])
    hits = [r for r in rows if r["figure"] == figure]
    assert len(hits) == 1, [r["figure"] for r in rows]
    return hits[0]


def test_the_confirmations_are_named_and_cover_weak_rules_only():
    names = [name for name, _, _ in CONFIRMATIONS]
    assert names == ["series:base_year_confirms", "series:pair_word_turnover"]
    from tradeflows.vocab import weak_rules
    assert all(covers <= weak_rules() for _, covers, _ in CONFIRMATIONS)


def test_last_year_compared_with_the_year_before_it_is_that_year():
    f = one_figure(_VN_TITLE + _VN_SENTENCE, "810 million USD", pub_year=2019, pub_month=12)
    assert (f.value, f.measure, f.year, f.period_start, f.period_end) == (810e6, "turnover", 2018, "2018-01", "2018-12")
    assert "year:relative_doc_date" in f.fact_rules
    assert base_year_confirms(row(f))
    assert series_status(row(f)) == "low confidence"        # before the confirmation is written
    r = _admitted(_VN_TITLE + _VN_SENTENCE, "810 million USD", pub_year=2019, pub_month=12)
    assert r["fact_rules"].endswith(";series:base_year_confirms")
    assert weak_rules_of(r) == [] and series_status(r) == IN
    assert (r["reporter_iso3"], r["partner_iso3"], r["year"]) in (("BGD", "VNM", 2018), ("VNM", "BGD", 2018))


def test_a_base_year_two_years_back_confirms_nothing():
    # the same real sentence on a page dated 2021 (constructed date: a republished page): "last year" is then 2020,
    # and "from 2017" is no year-on-year base of it
    r = _admitted(_VN_TITLE + _VN_SENTENCE, "810 million USD", pub_year=2021, pub_month=12)
    assert r["year"] == 2020 and not base_year_confirms(r)
    assert "series:" not in r["fact_rules"] and series_status(r) == "low confidence"


def test_last_year_with_no_base_year_is_not_confirmed():
    f = one_figure(_NEWSFRONT, "$2.5 trillion", pub_year=2019, pub_month=3)
    assert (f.measure, f.year) == ("exports", 2018)
    assert not base_year_confirms(row(f))


def test_a_pair_word_confirms_a_carried_counterpart_of_a_turnover():
    text = _VN_HEAD + _VN_SENTENCE
    f = one_figure(text, "810 million USD", pub_year=2019, pub_month=12)
    assert (f.measure, f.year) == ("turnover", 2018)
    assert "partner:bilateral_carried" in f.fact_rules and "year:relative_doc_date" in f.fact_rules
    assert pair_word_turnover(row(f))
    r = _admitted(text, "810 million USD", pub_year=2019, pub_month=12)
    assert r["fact_rules"].endswith(";series:base_year_confirms;series:pair_word_turnover")
    assert {r["reporter_iso3"], r["partner_iso3"]} == {"VNM", "BGD"}
    assert series_status(r) == IN


def test_a_pair_word_confirms_no_export_and_none_after_the_figure():
    f = one_figure(_VN_HEAD + _VN_SENTENCE, "810 million USD", pub_year=2019, pub_month=12)
    # constructed: the same row as an export (a flow of one side: "The countries comprised an important market for
    # U.S. goods exports" names a group, not the pair)
    assert not pair_word_turnover({**row(f), "measure": "exports"})
    # real: the pair word after the figure is no name of the figure's trade
    s = one_figure(_SCOOP, "$18 billion", pub_year=2019, pub_month=9)
    assert not pair_word_turnover({**row(s), "measure": "turnover", "partner_iso3": "USA"})


def test_a_confirmation_that_covers_only_some_weak_rules_admits_nothing():
    # the real sentence, its counterpart carried (weak) and its year counted on a page of 2021 (weak, unconfirmed):
    # the pair word covers the partner, not the year
    r = _admitted(_VN_HEAD + _VN_SENTENCE, "810 million USD", pub_year=2021, pub_month=12)
    assert set(weak_rules_of(r)) == {"partner:bilateral_carried", "year:relative_doc_date"}
    assert "series:" not in r["fact_rules"] and series_status(r) == "low confidence"


# sport-interfax.ru/IceHockey2021/724441 (Interfax, 2020-09-03)
_INTERFAX = ("Товарооборот РФ и Белоруссии упал в первом полугодии на 20%\n\nМишустин напомнил, что в 2019 году товарооборот"
             " между двумя странами превысил 35,5 млрд долларов, однако за январь - июнь объем взаимной торговли снизился"
             " на 21%.\n")


def test_the_russian_pair_words_are_read_in_russian():
    from tradeflows.vocab import using_language
    f = one_figure(_INTERFAX, "превысил 35,5 млрд долларов", pub_year=2020, pub_month=9)
    assert (f.measure, f.reporter_iso3, f.partner_iso3, f.year) == ("turnover", "RUS", "BLR", 2019)
    with using_language("ru"):
        assert pair_word_turnover(row(f))          # "между двумя странами" before the figure
        # "объем взаимной торговли" stands after the figure, in the next clause: no name of it
        assert not pair_word_turnover({**row(f), "sentence": f.sentence.replace("между двумя странами ", "")})
