"""Session 55, helper openR33 (opening ruweb33's tuned pages): a bracketed bare number after a bracketed percent in a
list of places (rule bracket_list_unit, figures/bracket_list.py, cue bracket_list_percent); the comparative of a Russian
percent read past the amount that restates it (cue restated_comparative); ", тогда как" / ", в то время как" as a
contrast that ends a figure's clause for a time after it (cue clause_break, ru); the lats's sign "Ls".

No page outside the development sets with these phrasings was found in the stored pages: the sentences are the tuned
development pages' own (data/ruweb33, data/ruweb5; their files named at each test), and two real outside sentences
check that a neighbouring phrasing reads as before."""
from tradeflows.pipeline import figures_of_text


def _figs(text, lang="ru"):
    return [(f.figure, f.kind, float(f.value), f.currency, f.rule)
            for f in figures_of_text(text, "t.txt", fmt="web", relate=False, lang=lang)]


def _growth(text, lang="ru"):
    return [(f.kind, float(f.value), f.rule) for f in figures_of_text(text, "t.txt", fmt="web", relate=False, lang=lang)
            if f.kind == "growth"]


# --- rule bracket_list_unit ---------------------------------------------------------------------------------------

def test_bracket_list_shares_the_first_items_percent():
    # data/ruweb33/raw/ca03_gorodlv-latvia-world-undated.txt: the percent printed once, in the list's first bracket
    s = ("Основными странами, которые закупают товары у Латвии, по данным ЦСУ, являются Литва (куда идет 14,8% от всего "
         "экспорта), Германия (11,8), Эстония (11,5), Россия (10,3), Великобритания (8), Швеция (5,8), Дания (5,4) и "
         "Финляндия (2,4).")
    got = [(v, k, r) for _, k, v, _, r in _figs(s)]
    assert got == [(14.8, "share", "ru_share_percent")] + [(v, "share", "bracket_list_unit")
                                                          for v in (11.8, 11.5, 10.3, 8.0, 5.8, 5.4, 2.4)]


def test_bracket_list_last_item_drops_the_percent():
    # data/ruweb5/raw/g05_ng-georgia-russia-2018.txt: each item its percent but the last
    s = ("В первой десятке основных торговых партнеров Грузии также Китай (8,5%), Азербайджан (8,3%), Украина (5,5%), "
         "Армения (5,1%), США (4,1%), Германия (3,8%), Болгария (3,6%), Франция (2,3).")
    got = _figs(s)
    assert [(v, k) for _, k, v, _, _ in got] == [(8.5, "share"), (8.3, "share"), (5.5, "share"), (5.1, "share"),
                                                 (4.1, "share"), (3.8, "share"), (3.6, "share"), (2.3, "share")]
    assert got[-1][4] == "bracket_list_unit" and got[-2][4] == "ru_share_percent"


def test_every_item_with_its_percent_is_no_bracket_list_unit():
    # http://sweet211.ru/more/362174 (RIA Novosti): every bracket prints its percent; no number is a shared one
    s = ("Эстония, главным образом, экспортировала свои товары в Финляндию (17% от всего экспорта), Швецию (13%) "
         "и Латвию (10%).")
    got = _figs(s)
    assert [(v, k) for _, k, v, _, _ in got] == [(17.0, "share"), (13.0, "share"), (10.0, "share")]
    assert all(r != "bracket_list_unit" for *_, r in got)


# --- cue restated_comparative (ru) -------------------------------------------------------------------------------

def test_bracketed_amount_before_comparative_signs_the_change():
    # data/ruweb33/raw/ca02_agroinform-tajikistan-world-2017.txt: "на N процентов (X млн долларов) меньше"
    s = ("В январе 2017 года внешнеторговый оборот Таджикистана составил 252,3 миллиона долларов, что на 17 процентов "
         "(51,6 млн долларов) меньше по сравнению с аналогичным периодом 2016 года, сообщили «АП» в Агентстве по "
         "статистике при президенте РТ.")
    assert _growth(s) == [("growth", -17.0, "ru_growth_by")]


def test_or_amount_before_comparative_signs_the_change():
    # data/ruweb33/raw/ca02_agroinform-tajikistan-world-2017.txt: "или на X миллиона долларов больше"
    s = ("Объем экспорт товаров в январе этого года составил 76 миллионов долларов, что на 5 процентов или на 3,2 "
         "миллиона долларов больше января прошлого года.")
    assert _growth(s) == [("growth", 5.0, "ru_growth_by")]


def test_plain_comparative_still_read():
    # https://censor.net/biz/news/3207816 : the comparative right after the percent, nothing between
    s = "Экспорт товаров из Украины за январь-июнь составил $22,915 млрд, что на 6% меньше, чем за аналогичный период прошлого года."
    assert _growth(s) == [("growth", -6.0, "ru_growth_by")]


# --- cue clause_break (ru): "тогда как" ------------------------------------------------------------------------------

def _years(text, pub_year):
    return [(f.figure, f.year) for f in figures_of_text(text, "t.txt", fmt="web", lang="ru", pub_year=pub_year)
            if f.kind == "money"]


def test_year_after_togda_kak_is_the_other_clauses():
    # data/ruweb33/raw/ca06_ghn-georgia-world-2010.txt, on a page of 2010 ("191.5 долларов США" is scaled as the amount
    # before it, money_shared_scale, where the set's gold keeps it as printed)
    s = ("Положительный баланс с 22 странами составляет 133.6 миллионов долларов США, тогда как в 2009 году эта цифра "
         "составляла 191.5 долларов США.")
    got = dict(_years(s, 2010))
    assert got["133.6 миллионов долларов США"] == 2010
    assert got["191.5 долларов США"] == 2009


# --- the lats's sign ------------------------------------------------------------------------------------------------

def test_lats_sign_after_the_amount():
    # data/ruweb33/raw/ca03_gorodlv-latvia-world-undated.txt
    s = "За прошедшие 10 месяцев общий оборот внешней торговли увеличился на 23,7% и составил 7,73 млрд. Ls."
    assert [(v, c) for _, k, v, c, _ in _figs(s) if k == "money"] == [(7_730_000_000.0, "LVL")]
