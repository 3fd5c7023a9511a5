"""Years of trade money figures on stored English pages that print no publication date (the blind29undated round):
the year must come from the text, and none is given where the text does not tell it. Each test is a tuning page's
real sentences, exact values, the rule that decided it."""
from phrasing import holding, year_spans as spans
from tradeflows.ingest.page_year import text_year


SMARTBRIEF_MARCH = (
    "The trade deficit in March widened by 2.5% to $40.4 billion, according to today's report by the Commerce "
    "Department. This was a larger increase than expected and was attributed in part to increasing oil prices. During "
    "the recession, the U.S. was able to narrow its trade deficit. From July 2008 through May 2009, the monthly deficit "
    "shrank from $64.9 billion to $25.7 billion -- a level not seen since 1999.\n")


def test_a_closed_span_of_years_is_not_the_pages_year():
    # smartbrief.com (undated): a span closed between two years is looked back on; "in March" gets no year from it
    # (rule closed_span, page_year)
    assert text_year(SMARTBRIEF_MARCH) is None
    got = spans(SMARTBRIEF_MARCH)
    assert holding(got, "$40.4 billion")[:3] == (None, None, None)
    assert holding(got, "$25.7 billion")[0] == 2009


BRAZZIL_2008 = (
    "The Brazilian trade surplus – exports minus imports – in the first week of August, with five business days, "
    "reached US$ 295 million. Exports totaled US$ 4.553 billion and imports reached US$ 4.258 billion. The figures "
    "were disclosed September 8 by the Brazilian Ministry of Development, Industry and Foreign Trade.\nIn the "
    "accumulated result for the year so far, the trade surplus is US$ 17.202 billion, a much lower figure than "
    "recorded in the same period of 2007, which was US$ 28.665 billion. From January until the first week of "
    "September, exports reached US$ 135.3 billion, and imports, US$ 118.1 billion.\n")


def test_than_recorded_in_the_same_period_of_a_year_is_a_base():
    # brazzil.com (undated): "than recorded in the same period of 2007" is the base; the page speaks from 2008
    # (rule than_recorded_base, page_year)
    assert text_year(BRAZZIL_2008) == 2008
    got = spans(BRAZZIL_2008)
    assert holding(got, "US$ 295 million")[:3] == (2008, "2008-08", "2008-08")
    assert holding(got, "US$ 17.202 billion")[0] == 2008
    assert holding(got, "US$ 28.665 billion")[0] == 2007
    assert holding(got, "US$ 135.3 billion")[0] == 2008


PAK_UZB = (
    "He said that the implementation of the Preferential Trade Agreement (PTA) between Pakistan and Uzbekistan and the "
    "recently signed nine Memorandum of Understanding (MoUs), would further increase trade volume to $1 billion between "
    "both countries. Explaining the trade turnover between Uzbekistan and Pakistan, the Ambassador said that the trade "
    "volume in 2014 was amounted to $36 million, in 2018 it became $ 98 million, in 2020 amounted around $120 million "
    "and in 2021 it reached $180 million and now in 2022, it reached to $250 million, he added.\n")


def test_a_year_after_a_comma_opening_the_next_item_is_not_the_figures():
    # dailytimes.com.pk (undated): "in 2014 was amounted to $36 million, in 2018 it became $ 98 million": each amount
    # is of the year its own clause wrote before it (rule clause_year_before)
    got = spans(PAK_UZB)
    assert holding(got, "$36 million") == (2014, "2014-01", "2014-12", "clause_year_before")
    assert holding(got, "$ 98 million") == (2018, "2018-01", "2018-12", "clause_year_before")
    assert holding(got, "$120 million")[:3] == (2020, "2020-01", "2020-12")
    assert holding(got, "$250 million")[0] == 2022


def test_a_goal_on_an_undated_page_gets_no_guessed_year():
    # the same page: "would further increase trade volume to $1 billion" names no time; the latest year the undated
    # page names is no goal's year (rule undated_page_goal)
    assert holding(spans(PAK_UZB), "$1 billion") == (None, None, None, "undated_page_goal")


def test_a_goal_on_a_dated_page_keeps_the_page_year():
    # the contrast: with a publication date the rule does not fire
    assert holding(spans(PAK_UZB, 2023), "$1 billion")[3] != "undated_page_goal"


GTREVIEW_BRAZIL = (
    "Brazilian agribusiness exports exceeded US$50bn in the last 12 months, for the first time in history, according "
    "to the Brazilian agriculture ministry.\n\n\nIn the 12 months ending in January 2007, such exports totalled "
    "US$50.3bn, 14.4% more than in the same period one year earlier.\n\n\nIndustries that contributed the most were "
    "sugar and alcohol, forestry, coffee, juices, leather and cereals and flour.\n\n\nImports were 31% higher, at "
    "US$6.8bn. As a result, the trade surplus equalled US$43.5bn\n")


def test_twelve_months_ending_in_a_month():
    # gtreview.com (undated): "In the 12 months ending in January 2007" is February 2006 to January 2007 (rule
    # rolling_year, "ending in"), and the paragraphs after it go on with it
    got = spans(GTREVIEW_BRAZIL)
    assert holding(got, "US$50.3bn") == (2007, "2006-02", "2007-01", "explicit")
    assert holding(got, "US$43.5bn")[:3] == (2007, "2006-02", "2007-01")


INDIA_FY16 = (
    "New Delhi– India’s merchandise exports in April were valued at $20.57 billion — down 6.74 percent in dollar terms "
    "against $22.05 billion in the like month of last year, signalling a decline for the 17th straight month.\n"
    "Cumulative imports for 2015-16 were worth more than $379.59 billion, which was a 15.28 percent fall from $448.03 "
    "billion worth recorded for 2014-15.\n")


def test_an_amount_worth_recorded_for_a_fiscal_year():
    # indusbusinessjournal.com (undated, India): "from $448.03 billion worth recorded for 2014-15" is FY2014-15's
    # (cue adjacent_gap: "worth" before the participle)
    got = spans(INDIA_FY16)
    assert holding(got, "$448.03 billion") == (2015, "2014-04", "2015-03", "explicit")
    assert holding(got, "$379.59 billion")[:3] == (2016, "2015-04", "2016-03")


HIPIPO_UGANDA = (
    "From January to end of May 2018, Uganda exported more goods to Kenya, than it imported. This was the first time "
    "this has happened since the Central Bank of Kenya (CBK) started making trade figures public.\n\nAs reported by "
    "both Business Daily Africa and Daily Monitor, “Central Bank of Kenya (CBK) put the value of goods Uganda exported "
    "at Shs1.1 trillion (Ksh30.21b) in the period to May compared with imports of Shs965b (Ksh26.08b), resulting in a "
    "‘trade surplus for Uganda’, deficit for Kenya of about Shs153b (Ksh4.13b).”\n")


def test_the_period_to_a_month():
    # money.hipipo.com (undated): "in the period to May" is January to May of the year in force (rule
    # period_to_month, a month_ending row)
    got = spans(HIPIPO_UGANDA)
    assert holding(got, "Shs1.1 trillion")[:3] == (2018, "2018-01", "2018-05")
    assert holding(got, "Shs965b")[:3] == (2018, "2018-01", "2018-05")


TODAY_AZ_TURKEY = (
    "Zafer Caglayan said Turkey earned 25 billion USD from its exports between January 1 and March 15, 2011, with a "
    "23.4 percent rise over the same period of 2010.\nCaglayan said Turkey's exports in the first half of March "
    "totalled 5.3 billion USD, which indicated a year-on-year rise of 23.1%.\n")


def test_the_first_half_of_a_month_is_that_month():
    # today.az (undated): "in the first half of March" is a part of March, not the first half of the year (rule
    # half_of_month: the part row reads "half of March" as the month, as "in March")
    got = spans(TODAY_AZ_TURKEY)
    assert holding(got, "5.3 billion USD") == (2011, "2011-03", "2011-03", "bare_month")


def test_the_first_half_of_a_year_stays_a_half():
    got = spans(TODAY_AZ_TURKEY.replace("the first half of March", "the first half of 2011"))
    assert holding(got, "5.3 billion USD")[:3] == (2011, "2011-01", "2011-06")


KBC_KENYA_2015 = (
    "Kenya exported goods worth 580 billion shillings (about 5.7 billion US dollars) in 2015, driven by strong demand "
    "from Uganda, Pakistan, the United States and the African market.\n\nThe Kenya National Bureau of Statistics "
    "reported Monday that neighbouring Uganda remained Kenya’s biggest export market, importing more than 60 billion "
    "shillings in 2015, up from 48 billion shillings in 2014.\n\nIn 2014, Kenyan exports totalled about 537 billion "
    "shillings.\n\nTea, coffee, and chemicals topped Kenya’s export basket.\n\nExports to the United States, which "
    "comprised mainly textiles and coffee, rose by 2.0 billion shillings to 40.3 billion shillings while exports to "
    "Britain rose by 4.0 billion shillings to 40 billion shillings.\n")


def test_a_sentence_opened_by_the_base_year_looks_back():
    # knowledgebylanes.co.ke (undated): "In 2014," right after 2014 was named as the base of 2015 is a look back;
    # the exports after it are of 2015, the year in force (rule look_back_base_year)
    got = spans(KBC_KENYA_2015)
    assert holding(got, "537 billion shillings")[:3] == (2014, "2014-01", "2014-12")
    assert holding(got, "40.3 billion shillings") == (2015, "2015-01", "2015-12", "head_year")
    assert got["40 billion shillings"][:3] == (2015, "2015-01", "2015-12")


def test_a_sentence_opened_by_a_year_not_named_as_base_still_sets_it():
    # the contrast: without "up from ... in 2014" before it, "In 2014," sets the year for what follows (as before)
    got = spans(KBC_KENYA_2015.replace(", up from 48 billion shillings in 2014", ""))
    assert holding(got, "40.3 billion shillings")[:3] == (2014, "2014-01", "2014-12")


INDIA_DEFICIT_FY16 = (
    "New Delhi– India’s merchandise exports in April were valued at $20.57 billion — down 6.74 percent in dollar terms "
    "against $22.05 billion in the like month of last year, signalling a decline for the 17th straight month.\n"
    "The ministry said that taking merchandise and services, the overall trade deficit for 2015-16, too narrowed to "
    "$48.87 billion, while the corresponding figure for the previous year was more than $61.11 billion.\n")


def test_the_figure_for_the_previous_year_was():
    # indusbusinessjournal.com (undated, India): "the corresponding figure for the previous year was more than $61.11
    # billion" is the base's value, FY2014-15 (rule figure_for_base, decided as base_value)
    got = spans(INDIA_DEFICIT_FY16)
    assert holding(got, "$61.11 billion") == (2015, "2014-04", "2015-03", "base_value")
    assert holding(got, "$48.87 billion")[:3] == (2016, "2015-04", "2016-03")


GREAT_STONE = (
    "In 2024, the China-Belarus Industrial Park “Great Stone” ensured growth in all key performance indicators of its "
    "residents, including goods exports - by almost 14 percent, production volumes - by 1.2 times, and investments in "
    "fixed assets - by more than seven percent. At the same time, as of the second half of February 2025, there were "
    "“ 144 residents with a declared investment volume of $1.5 billion and plans to create more than 15.5 thousand "
    "jobs.\n")


def test_the_half_of_a_month_with_its_year_is_that_month():
    # data/raw 001 (founding set, tuned): "as of the second half of February 2025" stays February 2025 (the month and
    # its year; half_of_month reads only a month written without a year)
    assert holding(spans(GREAT_STONE, 2025), "$1.5 billion")[:3] == (2025, "2025-02", "2025-02")
