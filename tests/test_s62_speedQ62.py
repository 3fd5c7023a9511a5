"""Session 62, speedQ62: find_local_times scans a pattern of two joined months (month_range, month_span, month_pair) only
where its joint and the month after it are found (grammar_of's "keys"): the same times as running every pattern."""
from __future__ import annotations

import pytest

from tradeflows.facts import periods_local as pl
from tradeflows.vocab import using_language
from tests.test_s42_speed import _ungated_local_times   # every pattern run over the stretch (no keys)

# https://bigness.ru/news/2009-07-09/oborot/91471
BIGNESS = ("Согласно материалам ЦБ, в январе-мае текущего года внешнеторговый оборот России составил $166,8 млрд (55% к "
           "январю-маю 2008 г.), в том числе экспорт - $99,98 млрд (51,8%), импорт - $66,8 млрд (60,7%). Импорт в мае "
           "составил $13,9млрд, или в 56,7% к январю - маю 2008 года.")
# https://censor.net/biz/news/3207816/obem_vneshneyi_torgovli_tovarami_za_polgoda_upal_na_10_tamojennaya_slujba
CENSOR = ("В январе-июне текущего года объем внешней торговли товарами сократился на 9,5%, до $47,2 млрд по сравнению с "
          "аналогичным периодом прошлого года ($52,2 млрд).")
# https://news.zerkalo.io/economics/45077.html: a month and a dash, but no month joined after it
ZERKALO = ("Импорт продолжает увеличивать разрыв с экспортом, в результате внешнеторговое сальдо в июне увеличилось до 1 "
           "млрд 607 млн долларов. Прирост составил 23,4% — до 13 млрд 544 млн долларов.")
# constructed: a span across the turn of a year ("по"), two months joined by "и", a stem inside a word ("сумма")
CONSTRUCTED = ("За период с ноября 2017 по октябрь 2018 года сумма экспорта выросла, а в январе и феврале 2024 года "
               "импорт упал - до 5 млрд.")


@pytest.mark.parametrize("text", [BIGNESS, CENSOR, ZERKALO, CONSTRUCTED])
def test_keyed_local_times_are_the_ungated_ones(text):
    with using_language("ru"):
        for s in range(0, len(text), 23):
            for e in (len(text), min(len(text), s + 70)):
                assert pl.find_local_times("ru", text, s, e) == _ungated_local_times("ru", text, s, e)


def test_joint_key_finds_the_joined_month_only():
    keys = pl._grammar("ru")["keys"]
    assert keys["month_range"] is keys["month_span"]
    assert keys["month_range"].search(CENSOR).group() == "-июне"
    assert keys["month_range"].search(ZERKALO) is None      # "— до 13 млрд": a dash, no month after it
    assert keys["month_pair"].search(ZERKALO) is None
    assert keys["month_pair"].search(CONSTRUCTED).group() == " и феврале"


def test_keyed_ranges_read_as_before():
    with using_language("ru"):
        got = [(t.kind, t.m1, t.m2, t.year) for t in pl.find_local_times("ru", BIGNESS, 0, len(BIGNESS))]
        assert ("month_range", 1, 5, 2008) in got
        got = [(t.kind, t.m1, t.m2, t.year) for t in pl.find_local_times("ru", CONSTRUCTED, 0, len(CONSTRUCTED))]
        assert got[0][:3] == ("month_range", 11, 10)
        assert ("month_range", 1, 2, 2024) in got
