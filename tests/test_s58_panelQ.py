"""Panel cells dated by a year of another clause (session 58, panelQ): dataset/cues_clause.py, reason
`year of another clause`. Each test reads a real sentence of a stored page whose outlet is in no development set."""
from __future__ import annotations

from tradeflows.dataset.cues_clause import year_of_other_clause
from tradeflows.dataset.series import IN, REASONS, series_status

from phrasing import one_figure, row

# gazetesivilinisiyatif.com/online/trade-volume-with-africa-up-to-50-billion-by-2015/
_GABON = ("However, he noted that in 2011, trade between Turkey and Gabon started to develop and said, “In the first 11"
          " months of 2012, the trade volume was $41 million. When December’s figures come in, we can say that 2012’s"
          " figures will be over 2007’s.”\n")
# albawaba.com/business/turkey-us-bilateral-trade-volume-reach-100-billion-1307801 (2019)
_ALBAWABA = ("In 2018 Turkish-U.S. trade was around $20.6 billion -- including $8.3 billion in exports from Turkey --"
             " according to TurkStat, the Turkish Statistical Institute.\n")
# en.people.cn/n3/2023/0208/c90000-10204845.html
_PEOPLE = ("The goods and services deficit was 948.1 billion U.S. dollars in 2022, up from 845 billion dollars in"
           " 2021.\n")
# profile.ru/news/economy/putin-ozhidaet-novyj-rekord-v-tovarooborote-rossii-i-belorussii-v-2022-godu-1225252
_PROFILE = ("\"Наш товарооборот еще до всяких событий в рамках специальной военной операции в 2021 году вырос на треть"
            " и достиг $38,5 млрд. Это очень хороший и значимый показатель\", – сказал глава РФ.\n")


def test_the_reason_is_named():
    assert "year of another clause" in REASONS
    assert REASONS.index("partial year") < REASONS.index("year of another clause") < REASONS.index("product")


def test_a_year_before_the_quotation_is_not_the_quoted_figures():
    f = one_figure(_GABON, "$41 million")
    assert (f.value, f.measure, f.reporter_iso3, f.partner_iso3, f.year) == (41e6, "turnover", "TUR", "GAB", 2012)
    assert "year:explicit" in f.fact_rules
    r = row(f)
    assert not year_of_other_clause(r)          # 2012 stands inside the quotation with the figure
    assert series_status(r, 0.0) == "partial year"
    # dated by the speaker's "in 2011" outside the quotation (as "in 2012, Erdogan said, "Current trade volume ...
    # is $7 billion" was, data/web29): that year is not the quoted figure's
    outside = {**r, "year": 2011, "period_start": "2011-01", "period_end": "2011-12"}
    assert year_of_other_clause(outside)
    assert series_status(outside, 0.0) == "year of another clause"


def test_a_figure_inside_a_dashed_aside_keeps_the_year_before_it():
    f = one_figure(_ALBAWABA, "$8.3 billion")
    assert (f.measure, f.reporter_iso3, f.year) == ("exports", "TUR", 2018)
    assert not year_of_other_clause(row(f))
    assert series_status(row(f), 0.0) == IN


def test_a_year_right_after_its_figure_is_its_own():
    f = one_figure(_PEOPLE, "845 billion dollars")
    assert (f.value, f.measure, f.year) == (845e9, "balance", 2021)   # (the page names the reporter elsewhere)
    assert not year_of_other_clause(row(f))
    g = one_figure(_PEOPLE, "948.1 billion U.S. dollars")
    assert g.year == 2022 and not year_of_other_clause(row(g))
    # a later clause's year that no amount follows sets nothing apart
    assert not year_of_other_clause({**row(g), "year": 2021})


def test_a_russian_quotation_holding_its_year():
    f = one_figure(_PROFILE, "$38,5 млрд", lang="ru")
    assert (f.value, f.measure, f.year) == (38.5e9, "turnover", 2021)
    assert not year_of_other_clause(row(f))
