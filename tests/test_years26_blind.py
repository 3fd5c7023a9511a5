"""Years and periods of trade figures on undated stored pages outside the development sets (the years26
blind round: no publication date, the text alone places the figures): each test is a page's real
sentence, exact values, the rule that decided it."""
import pytest

from tradeflows.errors import Warnings
from tradeflows.pipeline import figures_of_text

from phrasing import year_spans as spans


NEPAL_GAZETTE = (
    "The country has witnessed a trade deficit of Rs 1577 billion in the first 11 months of the current fiscal year, "
    "which is 25 per cent more compared to the last fiscal year, according to the Customs Department. The country's "
    "trade deficit was Rs 1262.11 billion in the same period in the last fiscal year.\n\nDuring the review period, "
    "country's foreign trade stood at Rs 1949 billion, which is 29.5 per cent more than the previous fiscal year. In "
    "the first 11 months of the current fiscal year, the country imported goods worth Rs 1763.22 billion against Rs "
    "1383.36 billion of the last fiscal year.")


def test_a_year_shaped_amount_before_a_scale_word_is_no_year():
    # nepalnewsgazette.com (undated): "foreign trade stood at Rs 1949 billion" read as the year 1949 gave the
    # whole undated page 1948-1949 (rule amount_not_year); the page names no year, so none is given
    got = spans(NEPAL_GAZETTE)
    assert got["Rs 1949 billion"][:3] == (None, None, None)
    assert got["Rs 1577 billion"][:3] == (None, None, None)
    assert got["Rs 1383.36 billion"][:3] == (None, None, None)


def test_a_year_shaped_amount_does_not_date_a_dated_page_either():
    # the same sentence on a page of 2022: the fiscal year in force, not 1949
    got = spans(NEPAL_GAZETTE, 2022, 6)
    assert got["Rs 1949 billion"][0] != 1949


AAJ_JULY = (
    "ISLAMABAD: Textile groups exports from the country during first month of current financial year was recorded "
    "at US$ 1.002 billion as against the exports of US$ 1.008 billion in the corresponding month of last year.\n\n"
    "During the month of July, 2018 exports of textile products registered of 0.49 percent as against the exports "
    "of the same month of last year, said the latest data released by the Pakistan Bureau of Statistics.\n\n"
    "In July, 2018, about 9,195 thousand dozens of knitwear worth US$ 208.880 million exported as against the "
    "exports of 7,529 thousand downs valuing US$ 193.802 million of same period of last year.")


def test_a_comma_between_a_month_and_its_year():
    # aaj.tv (Pakistan, undated): "During the month of July, 2018", "In July, 2018," (rule month_comma_year)
    got = spans(AAJ_JULY)
    assert got["0.49 percent"][:3] == (2018, "2018-07", "2018-07")
    assert got["US$ 208.880 million"][:3] == (2018, "2018-07", "2018-07")
    assert got["US$ 193.802 million"][:3] == (2017, "2017-07", "2017-07")


PAK_MEAT = (
    "During the month of December, 2016 about 4,125 metric tons of meat and meat products exported as compared to "
    "7,212 metric tons of meat and meat preparations exported in same month of last financial year. The country "
    "earned $18.124 million by exporting the meat and its products as against the earning of $ 23.765 million of "
    "same month of last financial year.")


def test_a_comma_between_a_month_and_its_year_second_page():
    # pakobserver.net (Pakistan): "During the month of December, 2016 ..." sets the month the next sentence's
    # figures are of (rule month_comma_year)
    got = spans(PAK_MEAT)
    assert got["$18.124 million"][:3] == (2016, "2016-12", "2016-12")
    assert got["$ 23.765 million"][:3] == (2015, "2015-12", "2015-12")


ALISON = (
    "Ethiopia earns $2.4B from exports\n\nEthiopia earned more than $2.48 billion from exports in the first quarter "
    "of the current Ethiopian fiscal year, Trade and Regional Integration Minister Kassahun Gofe said. The figure "
    "marks a 65% increase from the same period last year and represents 117% of the quarterly target.")


def test_an_undated_page_naming_no_year_has_no_fiscal_year_in_force():
    # alisonnews.com (undated, no year named): "the first quarter of the current Ethiopian fiscal year" set a
    # fiscal part in force from a year that is unknown, and the context rule failed (TypeError) on it
    warnings = Warnings()
    figs = figures_of_text(ALISON, fmt="web", lang="en", warnings=warnings)
    assert {f.figure: f.year for f in figs}["more than $2.48 billion"] is None
    assert list(warnings) == []


NAVVA = (
    "Ethiopia has made a total of $ 1.1 billion from commodity exports during the first four months of the current "
    "fiscal year that began July 8, 2020.\n\nInformation from the Department of Commerce and Industry shows that "
    "although the government's four-month plan was to generate $ 1.7 billion from commodity exports, it managed to "
    "get $ 1.1 billion in to get. About $ 213 million of total revenue was secured as of fourth month (October) "
    "exports.")


def test_a_fiscal_year_dated_by_its_start():
    # navva.org (New Business Ethiopia, undated): "the first four months of the current fiscal year that began
    # July 8, 2020" is July-October 2020 (rule fiscal_started, now shared with context_period)
    got = spans(NAVVA)
    assert got["$ 1.1 billion"] == (2020, "2020-07", "2020-10", "fiscal_started")
    assert got["$ 1.7 billion"][:3] == (None, None, None)   # a plan with no time of its own: undated_aim


@pytest.mark.xfail(strict=True, reason="'as of fourth month (October)': the month in brackets is not read as the figure's")
def test_the_fourth_month_in_brackets():
    assert spans(NAVVA)["$ 213 million"][:3] == (2020, "2020-10", "2020-10")


JDC_HALF = (
    "Ethiopia has earned $1.33 billion in revenue from export business over in the first half of this fiscal year "
    "which began in July 8, 2019.The earning represents 80 percent of the target set for the first half budget "
    "year, Wondimu Filate, Director at the Ministry of Trade and Industry (MoTI)\n\nAccording to officer, the revenue "
    "has seen a 10 percent increment of $1.21 billion compared to same period the previous year.")


def test_the_first_half_budget_year_is_the_fiscal_half_in_force():
    # journalducameroun.com (undated): after "the first half of this fiscal year which began in July 8, 2019",
    # "the first half budget year" is July-December 2019, not January-June (rule fiscal_part_in_force)
    got = spans(JDC_HALF)
    assert got["$1.33 billion"][:3] == (2019, "2019-07", "2019-12")
    assert got["10 percent"][:3] == (2019, "2019-07", "2019-12")


NEWSGHANA_ETH = (
    "The Ethiopian Ministry of Trade and Regional Integration (MoTRI) disclosed the country earned 959 million U.S. "
    "dollars in export revenue during the first quarter of the Ethiopian 2022/2023 fiscal year, which started on "
    "July 8.\n\nThe revenue fell short of a target of 1.12 billion U.S. dollars for the quarter, state-affiliated Fana "
    "Broadcasting Corporate (FBC) reported, citing MoTRI officials.\n\nDuring the previous fiscal year that ended on "
    "July 7, the East African country earned 4.12 billion U.S. dollars in export revenue, according to the ministry "
    "figures. Enditem")


def test_the_previous_fiscal_year_after_the_page_dated_the_current_one():
    # newsghana.com.gh (Xinhua): the page dates the current fiscal year ("the Ethiopian 2022/2023 fiscal year,
    # which started on July 8"); a sentence opening "During the previous fiscal year" is the one before it,
    # July 2021-June 2022 (rules fiscal_anchor, fiscal_anchor_previous)
    got = spans(NEWSGHANA_ETH)
    assert got["4.12 billion U.S. dollars"] == (2022, "2021-07", "2022-06", "fiscal_anchor_previous")


def test_the_previous_fiscal_year_with_no_anchor_stays_a_comparison():
    # with no fiscal year the page dates by its start, an undated page does not say which one is current
    got = spans("During the previous fiscal year, the East African country earned 4.12 billion U.S. dollars in "
                "export revenue, according to the ministry figures.")
    assert got["4.12 billion U.S. dollars"][3] != "fiscal_anchor_previous"


def test_the_first_quarter_of_a_written_fiscal_year_that_started_in_july():
    # "the first quarter of the Ethiopian 2022/2023 fiscal year": the quarter's months counted from the fiscal
    # year's start (Ethiopia, July), not a calendar quarter (rule fiscal_part_written; a strict xfail until session 28)
    assert spans(NEWSGHANA_ETH)["959 million U.S. dollars"][:3] == (2022, "2022-07", "2022-09")


MERKATO_NINE = (
    "Ethiopia has Earned close to USD 2.2 billion from export during the past nine months of the current Ethiopian "
    "Fiscal year. The figure showed a 2.8 percent increment compared to the same period during the past year.")


def test_the_past_months_of_the_current_fiscal_year_are_its_first():
    # 2merkato.com (news/trading/2292, Fortune): "the past nine months of the current Ethiopian Fiscal year" are
    # the first nine months of it (rule fiscal_part_past); on a page of April 2017 (Ethiopia's fiscal year
    # starts in July): July 2016-March 2017
    got = spans(MERKATO_NINE + " Ethiopia has targeted to earn USD 4.5 million from exports in the current budget "
                "year.", 2017, 4)
    assert got["close to USD 2.2 billion"][:3] == (2017, "2016-07", "2017-03")


TZ_INVEST = (
    "Tanzania exports year end March 2022\n\nThe Bank of Tanzania (BOT) Monthly Economic Review-April 2022 reveals "
    "that the country's exports of goods and services increased to USD 10,214.6 million during the year ending March "
    "2022.\n\nThis is +20.14% higher than USD 8,502.1 million in a similar period in 2021.\n\nOn a monthly basis, "
    "traditional exports rose to USD 32.8 million from USD 22.4 million in March 2021, thanks to an increase in the "
    "export values of coffee, cotton, cloves, and tobacco.")


def test_a_review_named_by_its_month_is_no_period_of_the_figures():
    # tanzaniainvest.com (undated): "Monthly Economic Review-April 2022" names the publication; the monthly
    # figures after it are of March 2022, not April (rule report_date)
    got = spans(TZ_INVEST)
    assert got["USD 10,214.6 million"][:3] == (2022, "2021-04", "2022-03")
    assert got["USD 32.8 million"][:3] == (2022, "2022-03", "2022-03")


TZ_INFRA = (
    "The value of export of goods and services in the country has increased to $7.99 billion compared to $7.05 "
    "billion recorded during the year ending June 2011 as import increases.\nThe monthly economic review report for "
    "July released to East African Business Week in Dar es Salaam by the central bank said the improvement was "
    "largely on account of increase in gold exports and travel receipts. The central bank economic review said that "
    "traditional exports amounted to $761.1m, which is 9.2% higher than the level exported in the corresponding "
    "period of 2011. \"This development was mainly attributable to an increase in both export volumes and prices of "
    "cotton, tea, cloves and cashewnuts,\" the BoT report said. However the exports value of tobacco declined by 5.9% "
    "to $271.9m mainly due to decrease in the world market prices. The value of non-traditional exports was $4.11bn, "
    "compared to $3.56bn recorded during the year ending June 2011, dominated by gold and manufactured goods.")


def test_a_review_report_for_a_month_is_no_period_of_the_figures():
    # infrastructurenews.co.za (a page of August 2012): "The monthly economic review report for July" dates the
    # report; "$4.11bn, compared to $3.56bn recorded during the year ending June 2011" is the year to June 2012,
    # not July 2012 (rule report_date)
    got = spans(TZ_INFRA, 2012, 8)
    assert got["$4.11bn"][:3] == (2012, "2011-07", "2012-06")
    assert got["$3.56bn"][:3] == (2011, "2010-07", "2011-06")


@pytest.mark.xfail(strict=True, reason="'in the corresponding period of 2011' after a year ending June: the "
                   "period is not carried to the rate's own year")
def test_the_corresponding_period_of_a_year_ending_june():
    assert spans(TZ_INFRA, 2012, 8)["$761.1m"][:3] == (2012, "2011-07", "2012-06")
