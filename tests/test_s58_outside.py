"""Session 58, helper testT: real sentences of pages outside the development sets for rules whose tests had none (a
review finding of session 57). Each page's address is in the comment above its text; a 45-character run of each text
was grepped over data/ (the sets that may be read, their held-out pages left out) and tests/ with no hit. A rule that
does not fire, or gives a wrong field, on a real outside sentence is a strict xfail whose reason says what a fix needs.
"""
from __future__ import annotations

import pytest

from phrasing import one_figure, rule


# --- "to achieve" (vocab/en/status.csv, s56 statusS): an infinitive of reaching before a goal's figure -------------

# https://www.byscoop.com/india-russia-to-boost-ties-to-achieve-30-billion-bilateral-trade-by-2025/ (August 2019)
BYSCOOP = ("India, Russia to boost ties to achieve $30 billion bilateral trade by 2025\n\n"
           "Goyal underlined the need to diversify and deepen trade links in priority sectors, in order to meet the "
           "trade target of USD 30 billion by 2025.\n")


def test_to_achieve_before_a_goal_with_its_year():
    f = one_figure(BYSCOOP, "$30 billion", pub_year=2019, pub_month=8)
    assert (f.value, f.measure, f.reporter, f.partner, f.status, f.year) == (
        30e9, "turnover", "India", "Russia", "target", 2025)
    assert rule(f, "status") == "cue:to achieve"


# https://crestcontainers-us.com/daily-news/turkiye-pakistan-aim-for-5-billion-trade-volume (February 2025)
CREST = ("Turkish President Recep Tayyip Erdogan announced Thursday that he and Pakistani Prime Minister Shehbaz Sharif "
         "have agreed to intensify efforts to achieve a bilateral trade volume of $5 billion.\n")


def test_to_achieve_a_volume_with_no_year():
    """Odd case: the goal names no year; "to achieve" still makes it a target (a bare noun phrase between)."""
    f = one_figure(CREST, "$5 billion", pub_year=2025, pub_month=2)
    assert (f.value, f.measure, f.reporter, f.partner, f.status) == (5e9, "turnover", "Turkey", "Pakistan", "target")
    assert rule(f, "status") == "cue:to achieve"


# https://www.khaleejtimes.com/ml/business/uae-non-oil-foreign-trade-hits-all-time-high-of-over-dh1-3-trillion-in-first-half-of-2024
# (25 August 2024)
KHALEEJ = ("\"Our foreign trade is nearing Dh1.4 trillion in these six months, with a 25 per cent growth in non-oil exports. "
           "Our target is to achieve Dh 3 trillion in non-oil foreign trade by the end of this year.\"\n")


def test_to_achieve_by_the_end_of_this_year():
    """"to achieve" is the nearest cue (after "target"); the goal is the whole page year, the half-year level before it
    stays an actual."""
    f = one_figure(KHALEEJ, "Dh 3 trillion", pub_year=2024, pub_month=8)
    assert (f.value, f.currency, f.measure, f.partner, f.status, f.year, f.period_end) == (
        3e12, "AED", "turnover", "world", "target", 2024, "2024-12")
    assert rule(f, "status") == "cue:to achieve"
    assert one_figure(KHALEEJ, "Dh1.4 trillion", pub_year=2024, pub_month=8).status == "actual"


# --- the widened "to reach" (vocab/en/patterns.csv changed_to_reach): a past change before "to reach" is a result ---

# https://anba.com.br/en/imports-grow-at-a-higher-rate-than-exports (Agência Brasil, September 2007)
ANBA = ("Brasília – The Brazilian Ministry of Development, Industry and Foreign Trade disclosed today (3rd) the balance of "
        "trade figures for the month of August, and for the first eight months of the year.\n"
        "In the first eight months of the year, exports rose by 15.9%, to stand at US$ 102.4 billion. Imports, on the other "
        "hand, grew by 27.8%, to reach US$ 74.9 billion.\n")


def test_grew_by_a_rate_comma_to_reach_is_the_result():
    """Without the pattern the cue "to reach" makes the level a target of the whole year (2007-12)."""
    f = one_figure(ANBA, "US$ 74.9 billion", pub_year=2007, pub_month=9)
    assert (f.value, f.measure, f.reporter, f.partner, f.status, f.period_start, f.period_end) == (
        74.9e9, "imports", "Brazil", "world", "actual", "2007-01", "2007-08")
    assert rule(f, "status") == "default_actual"


# http://gs.asiams.net/public/index.php/article_details/s-korea-passes-uk-in-export-volume (December 2011)
ASIAMS = ("S. Korea Passes UK, Italy, Netherlands in Export Volume\n"
          "S. Korea’s total goods export volume soared 20.5% during the first 11 months of 2011 to reach $508.7 "
          "billion, becoming the world’s eighth nation to pass the $500 billion level for annual exports.\n")


def test_soared_over_a_dated_span_to_reach_is_a_result():
    f = one_figure(ASIAMS, "$508.7 billion", pub_year=2011, pub_month=12)
    assert (f.value, f.measure, f.reporter, f.year, f.period_end) == (508.7e9, "exports", "South Korea", 2011, "2011-11")
    assert f.status == "actual"


def test_soared_names_the_change_of_the_dated_span():
    """The same sentence's growth: the change itself is read (an actual of January-November 2011)."""
    f = one_figure(ASIAMS, "20.5%", pub_year=2011, pub_month=12)
    assert (f.kind, f.value, f.measure, f.status, f.period_start, f.period_end) == (
        "growth", 20.5, "exports", "actual", "2011-01", "2011-11")


# --- next_years_horizon (facts/period_horizon.py): a goal's span of years counted from the page's year ------------

# https://newsworldmedia.news/pakistan-iran-agree-to-boost-bilateral-trade-volume-to-10b-in-next-five-years (April 2024)
IRAN_PK = ("Iran and Pakistan agreed on Monday to enhance the bilateral trade volume to $10 billion in the next five "
           "years, as Ebrahim Raisi commenced a three-day visit to the country amid tight security in Islamabad.\n"
           "“Both sides agreed to increase the volume of bilateral trade to 10 billion US dollars in the next five "
           "years,” PM Sharif’s office said in a statement after a joint news briefing.\n")


def test_increase_to_a_level_in_the_next_five_years():
    f = one_figure(IRAN_PK, "10 billion US dollars", pub_year=2024, pub_month=4)
    assert (f.value, f.measure, f.reporter, f.status, f.year) == (10e9, "turnover", "Iran", "target", 2029)
    assert rule(f, "year") == "next_years_horizon"


def test_enhance_to_a_level_in_the_next_five_years_is_a_goal():
    f = one_figure(IRAN_PK, "$10 billion", pub_year=2024, pub_month=4)
    assert (f.status, f.year) == ("target", 2029)


def test_a_city_is_no_bilateral_counterpart():
    f = one_figure(IRAN_PK, "10 billion US dollars", pub_year=2024, pub_month=4)
    assert f.partner == "Pakistan"


# --- Russian goal_clause (vocab/ru/patterns.csv): a goal's cue in a later contrasting clause is that clause's -------

# https://daytimenews.ru/tovarooborot-rf-i-uzbekistana-prevysil-10-mlrd-3774678.html (RIA Novosti, February 2025)
UZ = ("Товарооборот РФ и Узбекистана превысил $10 млрд\n\n"
      "«Товарооборот РФ и Узбекистана за 6 лет вырос практически в два раза, при этом лидеры стран поставили достаточно "
      "амбициозную задачу довести объем нашей взаимной торговли до $30 млрд к 2030 году», — сказал он.\n")


def test_the_goal_of_the_later_clause_keeps_its_own_year():
    f = one_figure(UZ, "$30 млрд", pub_year=2025, pub_month=2)
    assert (f.value, f.measure, f.reporter, f.partner, f.status, f.year) == (
        30e9, "turnover", "Russia", "Uzbekistan", "target", 2030)


def test_a_doubling_before_при_этом_and_a_goal_stays_actual():
    f = one_figure(UZ, "практически в два раза", pub_year=2025, pub_month=2)
    assert (f.kind, f.value, f.status) == ("growth", 100.0, "actual")


# --- suffix ":compound" (figures/lang_ru.py revise): a scaled part before the engine's figure is the same amount -----

# http://akubookapa.ru/kitaj-stal-glavnym-torgovym-partnerom-ukrainy-spustiv-rossiyu-na-2-mesto (РБК-Украина, 16 May
# 2019; the quarter is written with the Cyrillic letter І, as the page prints it)
AKUBOOKAPA = ("Китай стал главным торговым партнером Украины, спустив Россию на 2 место\n\n"
              "За І квартал 2019 года общий товарооборот Украины (экспорт и импорт товаров) составил $26 млрд 2,8 млн. Об "
              "сообщает \"РБК-Украина\" со ссылкой на данные Государственной службы статистики.\n")


def test_billions_then_millions_with_a_decimal_are_one_amount():
    f = one_figure(AKUBOOKAPA, "$26 млрд 2,8 млн", pub_year=2019, pub_month=5, lang="ru")
    assert (f.value, f.measure, f.reporter, f.partner, f.rule) == (
        26_002_800_000.0, "turnover", "Ukraine", "world", "money_implied_currency:compound")


def test_a_quarter_written_with_cyrillic_i_is_the_first_quarter():
    f = one_figure(AKUBOOKAPA, "$26 млрд 2,8 млн", pub_year=2019, pub_month=5, lang="ru")
    assert (f.year, f.period_start, f.period_end) == (2019, "2019-01", "2019-03")


# --- rankings of exporters (session 57's dropped listed_after_cue read places listed after a ranking cue): what the
# code gives on outside ranking sentences; none of these reads changes with that diff applied (its cases are carried
# partners; these are sentence and list partners) -----------------------------------------------------------------

# http://rki.kbs.co.kr/service/news_view.htm?Seq_Code=126878&lang=e (KBS, WTO figures for January-February 2011)
KBS = ("South Korea’s exports reached 83-point-five billion dollars during the period, up 15-point-seven percent "
       "on-year and posting the largest growth among the world's ten largest exporters.\n"
       "China’s exports posted 302-point-eight billion dollars during the cited period, up four percent on-year, while "
       "the figure for the world’s second largest exporter, the United States, increased by six-point-nine percent to "
       "237-point-three billion dollars.\n"
       "Germany came in third, followed by Japan and the Netherlands.\n")


def test_a_ranked_exporters_own_figure_keeps_its_spelled_decimal():
    f = one_figure(KBS, "302-point-eight billion dollars", pub_year=2011, pub_month=3)
    assert (f.value, f.measure, f.reporter, f.partner) == (302.8e9, "exports", "China", "world")


@pytest.mark.xfail(strict=True, reason="known miss: 'the figure for the world's second largest exporter, the United "
                                       "States' names the owner of the figure in apposition to a ranking noun; the "
                                       "code keeps the clause before's owner (China, possessive) and makes the United "
                                       "States its counterpart (rule sentence); a fix: a place in apposition to "
                                       "'exporter'/'importer' after 'the figure for' is the reporter, the world the "
                                       "counterpart")
def test_the_figure_for_a_ranked_exporter_is_that_exporters():
    f = one_figure(KBS, "237-point-three billion dollars", pub_year=2011, pub_month=3)
    assert (f.reporter, f.partner) == ("United States", "world")


# http://www.godutch.com/newspaper/index.php?id=1625 (WTO ranking of 2008, published 2009)
GODUTCH = ("While the Netherlands’ economy is about 15th in the world, certainly an impressive size, its ranking as "
           "exporter is still more remarkable: with $634 billion it stands fifth on the list, behind Germany ($1465 "
           "billion), China ($1428 billion), the U.S. ($1301 billion) and Japan ($702 billion). France came in sixth "
           "with $609 billion, Belgium eight, the U.K. tenth and Canada eleventh.\n")


@pytest.mark.xfail(strict=True, reason="known miss: the first item of a bracketed ranking after 'behind' is read as the "
                                       "subject's counterpart (Netherlands -> Germany, rule list_item) while the items "
                                       "after it get their own exporters (exporter_named); a fix: exporter_named for "
                                       "the first bracketed item of a list after a ranking word ('behind', 'after')")
def test_the_first_exporter_behind_which_a_country_ranks_owns_its_bracket():
    f = one_figure(GODUTCH, "$1465 billion", pub_year=2009)
    assert (f.reporter, f.partner) == ("Germany", "world")


# --- "СРВ" (vocab/ru/places.csv): the Socialist Republic of Vietnam's short form, as КНР is China's ----------------

# https://samovar-news.com/2024/07/10/sotrudnichestvo-razvitie-mnogovektornost-vetnamskaya-bambukovaya-diplomatiya-prodolzhaet-demonstrirovat-udivitelnuyu-gibkost
# (July 2024; no trade figure stands beside the short form on the stored page)
SAMOVAR = ("С предложением российскому лидеру посетить СРВ ещё в ходе телефонного разговора 26 марта выступил "
           "генеральный секретарь ЦК КПВ Нгуен Фу Чонг.")


def test_srv_is_vietnam_on_an_outside_page():
    from tradeflows.facts.places import find_places
    from tradeflows.vocab import using_language
    with using_language("ru"):
        got = [(SAMOVAR[p.start:p.end], p.iso3, p.kind) for p in find_places(SAMOVAR)]
    assert got == [("российскому", "RUS", "demonym"), ("СРВ", "VNM", "country")]
