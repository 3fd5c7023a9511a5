"""Session 55, helper openR33 (opening ruweb33's tuned pages): a bracketed bare number after a bracketed percent in a
list of places (rule bracket_list_unit, figures/bracket_list.py, cue bracket_list_percent); the comparative of a Russian
percent read past the amount that restates it (cue restated_comparative); ", тогда как" / ", в то время как" as a
contrast that ends a figure's clause for a time after it (cue clause_break, ru); the lats's sign "Ls".

Sentences marked "composed on the phrasing" were written for this file in the shape of the development pages'
sentences (no page outside the sets with that phrasing was found in the stored pages); the others are real."""
import pytest

from tradeflows.pipeline import figures_of_text


def _figs(text, lang="ru"):
    return [(f.figure, f.kind, float(f.value), f.currency, f.rule)
            for f in figures_of_text(text, "t.txt", fmt="web", relate=False, lang=lang)]


def _growth(text, lang="ru"):
    return [(f.kind, float(f.value), f.rule) for f in figures_of_text(text, "t.txt", fmt="web", relate=False, lang=lang)
            if f.kind == "growth"]


# --- rule bracket_list_unit ---------------------------------------------------------------------------------------

def test_bracket_list_shares_the_first_items_percent():
    # composed on the phrasing (the percent printed once, in the list's first bracket)
    s = ("Основными покупателями являются Финляндия (куда идет 16,2% от всего экспорта), Швеция (11,4), "
         "Латвия (9) и Германия (5,3).")
    got = [(v, k, r) for _, k, v, _, r in _figs(s)]
    assert got == [(16.2, "share", got[0][2]), (11.4, "share", "bracket_list_unit"), (9.0, "share", "bracket_list_unit"),
                   (5.3, "share", "bracket_list_unit")]


def test_bracket_list_last_item_drops_the_percent_english():
    # composed on the phrasing (each item its percent but the last)
    s = "The main markets were Germany (12.5%), France (8.1%), Italy (6.3%) and Spain (4.2)."
    got = _figs(s, "en")
    assert got[-1][:3] == ("4.2", "share", 4.2) and got[-1][4] == "bracket_list_unit"


def test_every_item_with_its_percent_is_no_bracket_list_unit():
    # http://sweet211.ru/more/362174 (RIA Novosti): every bracket prints its percent; no number is a shared one
    s = ("Эстония, главным образом, экспортировала свои товары в Финляндию (17% от всего экспорта), Швецию (13%) "
         "и Латвию (10%).")
    got = _figs(s)
    assert [(v, k) for _, k, v, _, _ in got] == [(17.0, "share"), (13.0, "share"), (10.0, "share")]
    assert all(r != "bracket_list_unit" for *_, r in got)


def test_years_in_brackets_after_places_stay_counts():
    # odd case, composed on the phrasing: bracketed years after places with no percent before them
    s = "Соглашения подписаны с провинциями Сычуань (2011), Цзянсу (2016) и Шаньдун (2004)."
    assert _figs(s) == []


# --- cue restated_comparative (ru) -------------------------------------------------------------------------------

def test_bracketed_amount_before_comparative_signs_the_change():
    # composed on the phrasing (agroinform.tj's shape: "на N процентов (X млн долларов) меньше")
    s = ("В январе внешнеторговый оборот составил 410,5 миллиона долларов, что на 12 процентов "
         "(56,2 млн долларов) меньше по сравнению с аналогичным периодом прошлого года.")
    assert _growth(s) == [("growth", -12.0, "ru_growth_by")]


def test_or_amount_before_comparative_signs_the_change():
    # composed on the phrasing ("или на X миллиона долларов меньше")
    s = ("Экспорт составил 88 миллионов долларов, что на 4 процента или на 3,7 миллиона долларов меньше "
         "января прошлого года.")
    assert _growth(s) == [("growth", -4.0, "ru_growth_by")]


def test_plain_comparative_still_read():
    # https://censor.net/biz/news/3207816 : the comparative right after the percent, nothing between
    s = "Экспорт товаров из Украины за январь-июнь составил $22,915 млрд, что на 6% меньше, чем за аналогичный период прошлого года."
    assert _growth(s) == [("growth", -6.0, "ru_growth_by")]


# --- cue clause_break (ru): "тогда как" ------------------------------------------------------------------------------

def _years(text, pub_year):
    return [(f.figure, f.year) for f in figures_of_text(text, "t.txt", fmt="web", lang="ru", pub_year=pub_year)
            if f.kind == "money"]


def test_year_after_togda_kak_is_the_other_clauses():
    # composed on the phrasing (ghn.ge's shape); the page's year is the first figure's
    s = ("В январе-сентябре 2010 года экспорт Грузии составил 1,1 млрд долларов. Положительный баланс с 20 странами "
         "составляет 140,2 миллиона долларов США, тогда как в 2009 году эта цифра составляла 95,3 миллиона долларов США.")
    got = dict(_years(s, 2010))
    assert got["140,2 миллиона долларов США"] == 2010
    assert got["95,3 миллиона долларов США"] == 2009


# --- the lats's sign ------------------------------------------------------------------------------------------------

def test_lats_sign_after_the_amount():
    # composed on the phrasing (gorodlv.lv's "7,73 млрд. Ls")
    s = "Общий оборот внешней торговли увеличился на 23,7% и составил 7,73 млрд. Ls."
    assert [(v, c) for _, k, v, c, _ in _figs(s) if k == "money"] == [(7_730_000_000.0, "LVL")]
