"""Session 74 (openC74): reporters and periods of English pages (web47, web51; studied on two thirds of their tuned
pages, the first third by SHA-256 of the file name set aside unread).

- bank_name_no_vote: a region right after "Bank of" closes a bank's name ("after Royal Bank of Scotland posted a GBP1bn
  loss"): it votes for no subject (a named filter of facts/subject.py, row bank_name_before), so a story on UK prices
  is the United Kingdom's, not Scotland's; the filter names itself after item_subject (items.item_via).
- vague_in_after: "Laos' exports to Vietnam recorded US$723.5 million in transactions": a vague "transactions" after
  the amount says only that it is a value; the flow named right before it stands (facts/measure.py _cue_of_after).
- "expansion" is a change noun of the gap between a figure and its own time ("a 4.7% expansion in October",
  vocab/patterns.py CHANGE_NOUNS, read by facts/period_adjacent.py).
- unit_price_gap: a price's unit between the price and its own time ("from $450 per kilogram in 2008", "$111.8 per
  barrel in June of 2014"; vocab/en/period_gap.csv role unit_price, read by facts/period_adjacent.py).
- mean_over_years: a mean over a run of years is of its last year, no one year's months ("an average annual increase
  during 2002-2008 of 11.2 per cent", "For the average period 2018 to 2020, ...", "growing 10% annually", "the 6
  percent yearly average between 1990 and 2008"; facts/period_choice.py, rows mean_over_years_near,
  mean_over_years_frame, mean_rate_after), written after the period's rule.

Each firing test quotes the page named above it and fails without its rule.
"""
import pytest

from tradeflows.facts.subject import subject_scores
from tradeflows.pipeline import figures_of_text


def _figs(text: str, year: int | None, month: int | None = None) -> dict:
    """figure -> the figure."""
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=year, pub_month=month)}


# -- bank_name_no_vote -----------------------------------------------------------------------------------------------
# https://www.dailymail.co.uk/money/markets/article-6707985/ (2019-02-15, FTSE live): the bank's name holds a region of
# the United Kingdom, no vote for the page's subject
DAILYMAIL = ("The Royal Bank of Scotland has unveiled its second successive year in the black and a £1.6billion final "
             "dividend, resulting in a near £1billion windfall for the taxpayer.")


def test_bank_name_no_vote_dailymail():
    unvoted: dict = {}
    subject_scores(DAILYMAIL, 0, unvoted=unvoted)
    assert unvoted == {("United Kingdom", "GBR"): "bank_name_no_vote"}


# a country's own bank keeps its vote ("Bank of Japan" is no region)
def test_bank_of_country_votes():
    unvoted: dict = {}
    scores = subject_scores("The Bank of Japan said exports rose 5% in May.", 0, unvoted=unvoted)
    assert ("Japan", "JPN") in scores and not unvoted


# web47's studied page cf01 (currencysolutions, 2009): a digest of market stories; the sterling story's lead names the
# bank, its figures are the United Kingdom's
CF01 = ("German exports jumped 7.0% month on month in June, widening trade surplus figures from EUR10.2bn to EUR11bn. "
        "The encouraging data suggests that demand for German goods is improving, especially from other eurozone "
        "countries.\n\n"
        "Pound Sterling - UK Markets\n\n"
        "Sterling slipped this morning, hitting a one-week low against the euro after Royal Bank of Scotland posted a "
        "GBP1bn loss for the first half of 2009. The bank also said its results would continue to be poor for the next "
        "two years.\n\n"
        "The announcement follows yesterday's statement from the Bank of England that a further GBP50bn will be pumped "
        "into the banking system. The pound fell away from a 9 1/2 month high against the US dollar and brought an end "
        "to the broad gains sterling had made earlier in the week.\n\n"
        "Elsewhere, UK factory-gate prices rose by more than expected in July, the Office for National Statistics has "
        "said. However, while monthly producer prices rose 0.3% in July from June, wholesale prices were 1.3% lower on "
        "the year. A 0.2% rise had been forecast.\n\n"
        "Euro - European Markets\n\n"
        "Italy's recession eased in the second quarter of the year, with gross domestic product contracting less than "
        "expected, preliminary data from Istat has shown.\n")


def test_bank_name_no_vote_digest_story():
    f = _figs(CF01, 2009)["0.3%"]
    assert (f.reporter, f.reporter_iso3, f.period_start) == ("United Kingdom", "GBR", "2009-07")
    assert "reporter:item_subject+bank_name_no_vote" in f.fact_rules


# -- vague_in_after --------------------------------------------------------------------------------------------------
# web47's studied page cf09 (Mekong Monitor, 13 February 2019). Searched (corpus pages): "exports ... recorded ...
# million in transactions", "exports amounted to million in transactions": no other page writes it.
CF09 = ("(13 February 2019) Trade between Laos and Vietnam reached US$1.28 billion in 2018, according to the Vientiane "
        "Times. Of the sum, Laos’ exports to Vietnam recorded US$723.5 million in transactions, while it imported "
        "US$552.2 worth of goods.\n")


def test_vague_in_after_mekong():
    figs = _figs(CF09, 2019)
    f = figs["US$723.5 million"]
    assert (f.measure, f.reporter, f.partner, f.year) == ("exports", "Laos", "Vietnam", 2018)
    assert "measure:vague_in_after" in f.fact_rules
    assert figs["US$1.28 billion"].measure == "turnover"


# a transactions figure with no flow before it stays the turnover (CONSTRUCTED; the rule's other side)
def test_vague_in_after_needs_flow():
    f = _figs("The commodity exchange recorded $5.2 million in transactions in 2018.\n", 2019)["$5.2 million"]
    assert f.measure == "turnover" and "vague_in_after" not in f.fact_rules


# -- "expansion" in the period gap -----------------------------------------------------------------------------------
# https://www.oann.com/china-november-exports-rise-21-1-year-on-year-imports-up-4-5-year-on-year/ (Reuters, 7 December
# 2020)
OANN = ("BEIJING (Reuters) – China’s exports in November rose 21.1% from a year earlier, after 11.4% growth in October, "
        "while imports grew 4.5% last month, from a 4.7% expansion in October, customs data showed on Monday.\n")


def test_expansion_gap_oann():
    f = _figs(OANN, 2020, 12)["4.7%"]
    assert (f.measure, f.year, f.period_start, f.period_end) == ("imports", 2020, "2020-10", "2020-10")


# web47's studied page cf02 (atlantafed, 2005-04-12, quoting the Wall Street Journal): a revised December figure on a
# page of April is the year before's
CF02 = ("Japan's current-account surplus contracted slightly in February, the Ministry of Finance said, narrowing for "
        "the second-straight month as weak export growth was outpaced by a surge in imports.\n\n"
        "The February number followed a 28.2% contraction in January and a revised 34.6% expansion in December.\n")


def test_expansion_gap_revised_december():
    figs = _figs(CF02, 2005, 4)
    assert (figs["28.2%"].period_start, figs["34.6%"].year, figs["34.6%"].period_start) == ("2005-01", 2004, "2004-12")


# -- unit_price_gap --------------------------------------------------------------------------------------------------
# https://www.david-cook.org/what-was-the-crude-oil-price-in-2014/: a price's unit between the price and its own time
DAVIDCOOK = ("The oil price for Brent crude oils in July was $106.77 per barrel while the price was $111.8 per barrel in "
             "June of 2014.\n")


def test_unit_price_gap_barrel():
    f = _figs(DAVIDCOOK, 2022)["$111.8"]
    assert (f.year, f.period_start, f.period_end) == (2014, "2014-06", "2014-06")


# web47's studied page cf04 (TLA Times, 2019)
CF04 = ("Mining businesses in Chile hope to use more solar power in the near future, BNAmericas reports. The price of "
        "silicon has dropped dramatically in the past decade, from $450 per kilogram in 2008 to less than $10 in 2017.\n")


def test_unit_price_gap_kilogram():
    figs = _figs(CF04, 2019)
    assert (figs["$450"].year, figs["$450"].period_start) == (2008, "2008-01")
    assert figs["less than $10"].year == 2017


# -- mean_over_years -------------------------------------------------------------------------------------------------
# http://en.shippingchina.com/sailingnews/...index/detail/type/Trade/id/23594.html (2011): the mean's words before the
# figure; the single year's decline before it keeps its months
SHIPPINGCHINA = ("THE volume of exports of products and services from the United States grew 16.6 per cent in 2010 year "
                 "on year to US$1.83 trillion, representing the biggest percentage gain in 20 years.\n"
                 "The increase of exports trumped the 2009 decline of 14.6 per cent and an average annual increase "
                 "during 2002-2008 of 11.2 per cent, according to latest figures from US Commerce Department's US "
                 "International Trade in Goods and Services report.\n")


def test_mean_over_years_average_annual():
    figs = _figs(SHIPPINGCHINA, 2011)
    f = figs["11.2 per cent"]
    assert (f.year, f.period_start, f.period_end) == (2008, None, None)
    assert "+mean_over_years" in f.fact_rules
    assert (figs["14.6 per cent"].year, figs["14.6 per cent"].period_start) == (2009, "2009-01")


# https://townhall.com/news/business/2011/04/07/global-exports-grew-record-145-percent-in-2010-n1069852 (AP): "yearly
# average" right after the figure
TOWNHALL = ("Based on a 3.1 percent rise in gross domestic product worldwide, it predicts exports will grow a further "
            "6.5 percent this year, slightly above the 6 percent yearly average between 1990 and 2008.\n")


def test_mean_over_years_yearly_average_after():
    figs = _figs(TOWNHALL, 2011)
    f = next(v for k, v in figs.items() if k.endswith("6 percent") and "6.5" not in k)
    assert (f.period_start, f.period_end) == (None, None)
    assert figs["6.5 percent"].period_start == "2011-01"


# web51's studied page cn11 (businessfocus.co.ug, 2021): a sentence opened on "For the average period"
CN11 = ("For the average period 2018 to 2020, the Minister revealed Uganda major imports were mainly dominated by "
        "manufactured items of; flat rolled products of iron /non- alloy steel (USD 39.8Million), petroleum oils (USD "
        "33.13Million), salts (USD 26.54Million).\n")


def test_mean_over_years_average_period():
    f = _figs(CN11, 2021)["USD 33.13Million"]
    assert (f.measure, f.reporter, f.year, f.period_start, f.period_end) == ("imports", "Uganda", 2020, None, None)


# web51's studied page cn03 (embamex, 2012): a rate right followed by "annually"
CN03 = ("Let me fast forward to 1994. Almost twenty years ago, the North American Free Trade Agreement launched with a "
        "bilateral trade of 81 billion dollars. In 2012, bilateral trade grew to 494 billion dollars - a 510% growth. "
        "This means that trade between Mexico and the U.S. has sextupled, growing 10% annually.\n")


def test_mean_over_years_annually():
    f = _figs(CN03, 2013)["10%"]
    assert (f.year, f.period_start, f.period_end) == (2012, None, None)
