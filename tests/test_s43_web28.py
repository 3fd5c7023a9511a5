"""English phrasings found in session 43 on the tuned pages of data/web28 (monthly, quarterly and year-to-date trade
releases of East Asia, Oceania and the Americas; blind set), each rule tested on a web28 sentence."""
from __future__ import annotations

from phrasing import year_spans


def test_a_promise_to_exceed_is_a_goal_whose_year_is_not_carried():
    """status.csv rows 'promise to exceed', 'pledge to exceed', 'vow to exceed' (status cue): a minister's 'We promise
    to exceed USD 600 billion again in 2019' is a goal for 2019, the whole year, and its year is no period the next
    paragraphs go on with: 'last year's record-breaking growth ... USD 126.7 billion' stays 2018 (Global Korean Post,
    data/web28 at03, a page of 10 January 2019)."""
    text = ("Exports in 2018 reached USD 605.5 billion, up 5.5 percent from the previous year.\n\n"
            "Trade Minister Sung Yun-mo said, \u201cThese results are thanks to the determination and hard work of our "
            "businesses even in the face of many challenges. We promise to exceed USD 600 billion again in 2019 for the "
            "second consecutive year.\u201d\n\n"
            "Overseas shipments of semiconductors, general machinery and petrochemicals played a key role in last "
            "year\u2019s record-breaking growth. The export figure for memory chips hit USD 126.7 billion and that of "
            "petrochemicals USD 50.1 billion, both record highs for the respective industries.\n")
    got = year_spans(text, pub_year=2019, pub_month=1)
    assert got["USD 600 billion"][:3] == (2019, "2019-01", "2019-12")
    assert got["USD 126.7 billion"][:3] == (2018, "2018-01", "2018-12")
    assert got["USD 50.1 billion"][:3] == (2018, "2018-01", "2018-12")


def test_the_level_a_change_started_from_before_an_iso_code_amount():
    """Rule from_value, the level reached written with an ISO currency code ('to USD 535 billion'): 'surged 11.8
    percent during the same period from USD 478.5 billion to USD 535 billion', 'a 14.2-percent surge in Korean
    exports from USD 142.1 billion to USD 162.2 billion over the period': the first amount is the year before's
    (Global Korean Post, data/web28 at03)."""
    text = ("Exports in 2018 reached USD 605.5 billion, up 5.5 percent. Import volume also surged 11.8 percent during "
            "the same period from USD 478.5 billion to USD 535 billion.\n\n"
            "China, Korea\u2019s biggest market, saw a 14.2-percent surge in Korean exports from USD 142.1 billion to "
            "USD 162.2 billion over the period.\n")
    got = year_spans(text, pub_year=2019, pub_month=1)
    assert got["USD 478.5 billion"] == (2017, "2017-01", "2017-12", "from_value")
    assert got["USD 535 billion"][:3] == (2018, "2018-01", "2018-12")
    assert got["USD 142.1 billion"] == (2017, "2017-01", "2017-12", "from_value")
    assert got["USD 162.2 billion"][:3] == (2018, "2018-01", "2018-12")


def test_the_previous_years_amount_with_a_curly_apostrophe():
    """Rule base_value, the base's possessive written with a curly apostrophe: 'up 5.5 percent from the previous
    year\u2019s USD 573.7 billion' is 2017's amount, as 'the previous year's' with a straight one is (Global Korean
    Post, data/web28 at03)."""
    text = ("Exports in 2018 reached USD 605.5 billion, up 5.5 percent from the previous year\u2019s USD 573.7 "
            "billion.\n")
    got = year_spans(text, pub_year=2019, pub_month=1)
    assert got["USD 573.7 billion"] == (2017, "2017-01", "2017-12", "base_value")
    assert got["USD 605.5 billion"][:3] == (2018, "2018-01", "2018-12")


_COLOMBIA = ("Sunday , June 13 2021\n\n"
             "Imports grew 8.4% in September.\n\n"
             "Economic writing\n\n"
             "In September 2018, Colombia's trade deficit reached $ 391.2 million. In September 2017, the deficit was "
             "$ 186.2 million.\n\n"
             "According to the National Statistical Office (DANE) National Statistical Office, imports rose 8.4% YoY "
             "in September. During this period, overseas purchases increased from $ 3,732 million to $ 4,047 million.\n\n"
             "According to the ministry, the move is largely due to an increase in income from organizations that "
             "account for 78.8 percent of total overseas purchases. This was $ 3.11 billion, up 11.3 percent from "
             "September 2017.\n\n"
             "The participation rate was 13.4% in agriculture, food and beverage group. Changes in these purchases have "
             "rebounded by 2.4% in value terms. Finally, the extraction industry's fuel and product groups were down "
             "7.6%, but down 6.1% from September last year.\n")


def test_a_bare_month_the_text_opened_a_sentence_with_is_of_that_year():
    """Rule month_in_force: 'In September 2018, Colombia's trade deficit reached ... In September 2017, the deficit
    was ...' then, a paragraph on, 'imports rose 8.4% YoY in September': the month the text named with its year
    opening a sentence, the latest such year, not the year the page's date line (June 2021) would give; the
    paragraph goes on with it ('overseas purchases increased from $ 3,732 million to $ 4,047 million'), and 'from
    September last year' is a year before that month (rule after_base_month_in_force) (uneath.com, data/web28 at09)."""
    got = year_spans(_COLOMBIA, pub_year=2021, pub_month=6)
    assert got["8.4%"][:3] == (2020, "2020-09", "2020-09")     # the headline, before any month named: the page's date
    spans = {}
    from tradeflows.pipeline import figures_of_text
    for f in figures_of_text(_COLOMBIA, fmt="web", lang="en", pub_year=2021, pub_month=6):
        spans.setdefault((f.line, f.figure), (f.year, f.period_start, f.fact_rules.split("year:")[-1].split(";")[0]))
    assert spans[(9, "8.4%")] == (2018, "2018-09", "month_in_force")
    assert spans[(9, "$ 3,732 million")] == (2017, "2017-09", "from_value")
    assert spans[(9, "$ 4,047 million")] == (2018, "2018-09", "paragraph_period")
    assert spans[(13, "6.1%")] == (2018, "2018-09", "after_base_month_in_force")


def test_a_month_the_text_named_only_as_a_base_stays_the_pages():
    """month_in_force reads only a month and year opening a sentence: 'from $1.77 billion in February 2017' (a base
    the time flags do not mark) leaves the next paragraph's 'in February' to the page's date (BusinessWorld,
    bworldonline.com, data/web4 z04: February 2018)."""
    text = ("The country\u2019s balance of trade in goods widened to a $3.06 billion deficit in February from $1.77 "
            "billion in February 2017 as imports grew by double-digits.\n\n"
            "So far, 2018 saw a 14.7% merchandise import growth, surpassing the 10% target set for the year.\n\n"
            "The United States is the Philippines\u2019 top export market in February with a 15.1% market share at "
            "$705.2 million followed by Japan\u2019s 14.6% ($680.76 million) and Hong Kong\u2019s 13.7% ($636.04 "
            "million) market shares.\n")
    got = year_spans(text, pub_year=2018, pub_month=4)
    assert got["15.1%"][:3] == (2018, "2018-02", "2018-02")
    assert got["$705.2 million"][:3] == (2018, "2018-02", "2018-02")


def test_overseas_purchases_are_imports():
    """measures.csv rows 'overseas purchases', 'foreign purchases', 'external purchases' (imports, priority 3): 'an
    increase in income from organizations that account for 78.8 percent of total overseas purchases' (uneath.com,
    data/web28 at09; Colombia Reports writes 'foreign purchases in September amounted to $2.6 million' for DANE's
    imports)."""
    from tradeflows.pipeline import figures_of_text
    got = {f.figure: (f.measure, f.partner) for f in figures_of_text(_COLOMBIA, fmt="web", lang="en", pub_year=2021,
                                                                       pub_month=6)}
    assert got["78.8 percent"] == ("imports", "world")
    assert got["$ 3.11 billion"][0] == "imports"


def test_this_year_against_the_year_before_written_out_in_a_part_of_the_year():
    """Rule years_pair_in_part, the year before written out ('in 2015') against 'this year' while a part of the year
    is in force ('From January to February, ... in comparison with 2015'): the amounts of each side are those months
    of their year, and the change told before the pair is the current year's months, not the whole year not yet over
    (The News, thenews.mx, data/web28 at08, a page of March 2016)."""
    text = ("From January to February, oil, non-oil, mining, manufacturing and non-automotive exports showed negative "
            "numbers in comparison with 2015, according to the Trade Balance of Mexican Goods.\n"
            "Shipments of Mexican products to the world fell 4.8 percent, $2.7 billion less, from $56.3 billion in 2015, "
            "to $53.6 billion this year.\n")
    got = year_spans(text, pub_year=2016, pub_month=3)
    assert got["$56.3 billion"] == (2015, "2015-01", "2015-02", "years_pair_in_part")
    assert got["$53.6 billion"] == (2016, "2016-01", "2016-02", "years_pair_in_part")
    assert got["4.8 percent"] == (2016, "2016-01", "2016-02", "years_pair_in_part")
    assert got["$2.7 billion"] == (2016, "2016-01", "2016-02", "years_pair_in_part")


_HONG_KONG = ("Hong Kong exports fall 20.9% in Q1\n"
              "Prices of exports were 4.5% higher, however.\n"
              "Hong Kong exports fell 5% year-on-year in March, according to data from Hong Kong\u2019s Census and "
              "Statistics Department (C&SD).\n"
              "Total export volumes for the Q1 quarter is down by 20.9% compared to the same quarter in 2022.\n"
              "Imports are also down by 3.2% in March compared to a year ago, and 15.7% in the first quarter.\n"
              "Exports and imports of goods are also lower by 0.2% and 2.6%, respectively, compared to Q4 2022.\n"
              "Whilst the volume fell, the prices of exports and imports rose over the month and the quarter.\n"
              "Prices of total exports of goods are 4.5% higher in March compared to prices in March 2022.\n"
              "On a quarterly basis, prices of exports were up 4.7%, whilst prices of imports are 3.9% higher.\n")


def test_a_change_against_a_quarter_is_of_the_quarter_after_it():
    """Rule after_base_quarter: 'Exports and imports of goods are also lower by 0.2% and 2.6%, respectively, compared
    to Q4 2022' after a sentence on March and the first quarter: the quarter after the base, January to March 2023,
    not the month in force (Hong Kong Business, hongkongbusiness.hk, data/web28 at04)."""
    got = year_spans(_HONG_KONG, pub_year=2023, pub_month=4)
    assert got["0.2%"] == (2023, "2023-01", "2023-03", "after_base_quarter")
    assert got["2.6%"] == (2023, "2023-01", "2023-03", "after_base_quarter")


def test_the_prices_of_a_flow_named_after_of_are_a_price_change():
    """Rule price_change, the prices of a flow written 'prices of exports' and a copula alone before the rate: 'Prices of
    exports were 4.5% higher', 'prices of exports were up 4.7%, whilst prices of imports are 3.9% higher' are price
    indices (measure other; their counterpart kept, the world) (Hong Kong Business, data/web28 at04); 'at current
    prices was 19.2% more' stays the turnover's change (LSM, lsm.lv, data/web20 ae04)."""
    from tradeflows.pipeline import figures_of_text
    got = [(f.figure, f.measure, f.partner) for f in figures_of_text(_HONG_KONG, fmt="web", lang="en", pub_year=2023,
                                                                      pub_month=4) if f.line in (2, 8, 9)]
    assert got == [("4.5% higher", "other", "world"), ("4.5% higher", "other", "world"), ("4.7%", "other", "world"),
                   ("3.9% higher", "other", "world")]
    text = ("In June 2017 Latvian foreign trade turnover amounted to \u20ac2.15 billion, which at current prices was 19.2% "
            "more than in June 2016, of which the exports and imports values of goods were 12.2% and 25.1% higher, "
            "respectively.\n")
    got = {f.figure: f.measure for f in figures_of_text(text, fmt="web", lang="en", pub_year=2017)}
    assert got["19.2% more"] == "turnover"


def test_a_rate_to_a_record_level_in_a_bare_month():
    """Rule growth_to_amount, the level reached written 'a record' and its bare month holding its own 'in': 'Total
    exports rose 4.6 percent to a record 53.1 billion Canadian dollars in May' after a sentence on April is May's
    change (Xinhua, data/web28 at11, a page of July 2019)."""
    text = ("OTTAWA, July 3 (Xinhua) -- Canada saw a trade surplus of 762 million Canadian dollars (about 582 million U.S. "
            "dollars) in May, the second surplus since December 2016, according to Statistics Canada on Wednesday.\n"
            "The unexpected surplus came after a trade deficit of 1.1 billion Canadian dollars in April.\n"
            "Total exports rose 4.6 percent to a record 53.1 billion Canadian dollars in May, with nine of 11 product "
            "sections posting increases.\n")
    got = year_spans(text, pub_year=2019, pub_month=7)
    assert got["4.6 percent"][:3] == (2019, "2019-05", "2019-05")   # (the amount's bare month, read as the change's)
