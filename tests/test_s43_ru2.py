"""Russian periods, ranges and statuses found in session 43 (helper ru2) by probing stored Russian-language trade
news pages of Russian, Belarusian and Kazakh outlets, each tested on a real sentence."""
from __future__ import annotations

from phrasing import fields

CAPITAL = ("При этом объем украинского импорта в ЕС в период с ноября 2017 по октябрь 2018 несколько снизился по "
           "сравнению с аналогичным периодом 2016-2017 годов — с 5,39 млрд евро к 5,12 млрд евро, с абсолютным "
           "показателем уменьшения объемов сельскохозяйственных поставок в ЕС на сумму в 226 миллиона евро (-4,9%).\n")


def test_the_same_period_of_a_span_of_years_is_one_base():
    """Rule same_period_year_span (facts/periods_local.py) and a base_of row of vocab/ru/patterns.csv (rule base_value;
    capital.ua citing Ukrinform, ruweb17 tuned au03): in 'с ноября 2017 по октябрь 2018 несколько снизился по сравнению
    с аналогичным периодом 2016-2017 годов — с 5,39 млрд евро к 5,12 млрд евро' the same period of 2016-2017 is one base
    (November 2016 to October 2017), and 5,39 billion, the amount the fall starts from after the dash, is its value; the
    amount it came to, the difference and the rate are of November 2017 to October 2018 (before, the span's last year,
    '2017 годов', was read as a year of its own: every figure of the sentence got 2017, January to December)."""
    got = fields(CAPITAL, "year", "period_start", "period_end", pub_year=2018, pub_month=12, lang="ru")
    assert got == [("5,39 млрд евро", 2017, "2016-11", "2017-10"),
                   ("5,12 млрд евро", 2018, "2017-11", "2018-10"),
                   ("226 миллиона евро", 2018, "2017-11", "2018-10"),
                   ("-4,9%", 2018, "2017-11", "2018-10")]
