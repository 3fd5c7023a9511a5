"""Session 51, helper yearJ: an exact count of years (or decades) back, "two years ago", "a decade ago", is a relative
year counted from when the text speaks (rule years_ago, facts/periods_grammar.py), and no period the sentences after it
go on with (rule years_ago_no_carry, facts/period_context.py). Before, English read no time in it: the figure took
its sentence's other year or the year in force (data/web39 bp02, data/web38 bn04 tuned pages), and a look back with
no figure left nothing behind. Tested on a page no set holds."""
from phrasing import holding, year_spans as spans

# https://www.domain-b.com/economy/trade/20070127_target.html (27 January 2007)
DOMAIN_B = (
    "Bilateral trade between China and India recorded an all-time high of $24.9 billion in 2006, achieving the target "
    "two years ahead of schedule, the Chinese ministry of commerce announced in Beijing today.\n"
    "India emerged China's 10th largest trade partner in 2006, while China was India's second largest trade partner "
    "after the US. A decade ago trade between the two was around $250 million, which in 2000 surged to $2.91 billion "
    "and by 2005 had soared to $18.7 billion.\n")


def test_a_decade_ago_is_ten_years_before_the_page():
    got = spans(DOMAIN_B, pub_year=2007, pub_month=1)
    assert holding(got, "$250 million") == (1997, "1997-01", "1997-12", "relative_doc_date+years_ago")
    # the years written after it in the sentence keep their own figures
    assert holding(got, "$2.91 billion")[:3] == (2000, "2000-01", "2000-12")
    assert holding(got, "$18.7 billion")[:3] == (2005, "2005-01", "2005-12")
    assert holding(got, "$24.9 billion")[:3] == (2006, "2006-01", "2006-12")


def test_two_years_ago_base_against_months_of_the_sentence():
    # the phrasing of data/web39 bp02 (bnpparibas), in words of its own: the value two years back of months named
    # before it in the sentence is of those months then (rule years_ago_months, as Russian "пять лет назад")
    s = ("German deficits widened during January-July 2023 in electrical equipment (EUR -11.2 bn compared with "
         "EUR -4 bn two years ago).\n")
    got = spans(s, pub_year=2023, pub_month=9)
    assert holding(got, "-4 bn") == (2021, "2021-01", "2021-07", "years_ago_months+years_ago")
    assert holding(got, "-11.2 bn")[:3] == (2023, "2023-01", "2023-07")


def test_a_look_back_leaves_the_period_in_force():
    # "since ... two years ago" (data/web11 j08's phrasing): the next paragraph's figure keeps the year in force
    s = ("In the first four months of 2014, exports to the United States fell by 15.5% to $2.1 billion.\n"
         "Trade has suffered since the implementation of the Free Trade Agreement two years ago.\n"
         "Exports of fuels fell by $650 million.\n")
    got = spans(s, pub_year=2014, pub_month=6)
    assert holding(got, "$650 million")[0] == 2014


def test_rough_count_stays_a_span():
    # "about six years ago" (data/web24 al01's phrasing) is no one year (rule years_ago_rough, a span): unchanged
    s = "Exports to Afghanistan surged to $1.43 billion in 2015-16, from nearly half a billion dollars about six years ago.\n"
    got = spans(s, pub_year=2020, pub_month=3)
    assert holding(got, "half a billion dollars") == (None, None, None, "span")


def test_a_year_ago_stays_a_base():
    # "a year ago" (data/web18 ab02's phrasing) is the base's year before (year_before), not this rule's
    s = "In 2015-16, jute and jute goods fetched $919.58 million, up 5.88 percent from a year ago.\n"
    got = spans(s, pub_year=2016, pub_month=7)
    assert holding(got, "$919.58 million")[0] == 2016
