"""Session 74 (openC74): reporters and periods of English pages (web47, web51; studied on two thirds of their tuned
pages, the first third by SHA-256 of the file name set aside unread).

- bank_name_no_vote: a region right after "Bank of" closes a bank's name ("after Royal Bank of Scotland posted a GBP1bn
  loss"): it votes for no subject (a named filter of facts/subject.py, row bank_name_before), so a story on UK prices
  is the United Kingdom's, not Scotland's; the filter names itself after item_subject (items.item_via).
- vague_in_after: "Laos' exports to Vietnam recorded US$723.5 million in transactions": a vague "transactions" after
  the amount says only that it is a value; the flow named right before it stands (facts/measure.py _cue_of_after).
- "expansion" is a change noun of the gap between a figure and its own time ("a 4.7% expansion in October",
  vocab/patterns.py CHANGE_NOUNS, read by facts/period_adjacent.py).

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
