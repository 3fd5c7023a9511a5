"""Fiscal-year pages of session 28 (Nepal, Pakistan, Iran, Bangladesh). Fiscal years written in a country's own calendar (vocab calendars.csv, rule local_calendar: Nepal's Bikram
Sambat "2063-64 BS", "FY 2080/081"), a relative fiscal year restated by its own year in brackets ("the current
fiscal year (FY 2080/081)", rule fiscal_restated) and a half or quarter of a written fiscal year ("the first
quarter of the financial year 2023-24", rule fiscal_part_written); on the same pages, the value of a base given by
"which saw <flow> at" and a second amount joined by "and" inside a base's "when" clause (rule base_value). Real
sentences of stored pages, exact values."""
from __future__ import annotations

from phrasing import one_figure, period, rule
from tradeflows.facts.fiscal import gregorian_year




# thehimalayantimes.com, "Trade with India decreases" (Birgunj, August 13; fiscal year 2063-64 BS = July 2006-July 2007)
_HT = ("Trade with India decreases\n\nTrade with India through Birgunj customs point has decreased by 7.31 per cent last"
       " year in comparison to the previous year. Nepal’s trade with India — the largest trading partner — stood at Rs"
       " 16,37,33,66,000 in the fiscal year 2063-64 BS. The figure was Rs 17,66,61,00,000 in 2062-63 BS.\n\nGoods worth"
       " Rs 6,16,11,00,000 were exported to the overseas countries in the last fiscal year, the customs office said."
       " Nepal was able to export goods worth only Rs 3,94,55,37,000 in 2062-63 fiscal year.\n")

# nep123.com, "Nepal's Foreign Trade Sees Decline in Current Fiscal Year" (FY 2080/81 = July 2023-July 2024)
_NEP123 = ("Nepal’s Foreign Trade Sees Decline in Current Fiscal Year\n\nNepal’s foreign trade in the first nine months of"
           " the current fiscal year (FY 2080/081) has amounted to Rs 1.281 trillion, as per the Central Bureau of"
           " Statistics.\n")
_NEP123_BASES = (_NEP123 + "\nCompared to the same period last year, which saw foreign trade at Rs 1.319 trillion, this"
                 " year’s trade volume has decreased by 3 percent, equivalent to Rs 38 billion.\n\nThe department also"
                 " notes a decrease in Nepal’s trade deficit, which reduced by Rs 105.42 billion compared to the"
                 " corresponding period last year when imports totaled Rs 1.215 trillion and exports were Rs 118.27"
                 " billion.\n")

# dailytimes.com.pk (2023-10-20), PBS data for July-September 2023
_DT_Q1 = ("Food exports increase 18.88%, import decreases 32% in first quarter of FY 2023-24\n\nThe country’s food group"
          " exports during the first quarter of the financial year 2023-24 increased by 18.88 percent compared to the"
          " exports of the corresponding period of the previous year. From July to September 2023, food commodities worth"
          " $1.280 billion were exported, compared to $1.077 billion in the same period last year, according to the data"
          " of the Pakistan Bureau of Statistics.\n")


def test_bikram_sambat_span_is_the_gregorian_fiscal_year_it_ends_in():
    f = one_figure(_HT, "Rs 16,37,33,66,000", pub_year=2007)
    assert (f.reporter, f.partner, f.measure) == ("Nepal", "India", "turnover")
    assert period(f) == (2007, "2006-07", "2007-06")
    assert rule(f, "year") == "local_calendar"


def test_bikram_sambat_span_written_before_fiscal_year():
    f = one_figure(_HT, "Rs 3,94,55,37,000", pub_year=2007)
    assert period(f) == (2006, "2005-07", "2006-06")
    assert rule(f, "year") == "local_calendar"


def test_bikram_sambat_base_sentence_after():
    f = one_figure(_HT, "Rs 17,66,61,00,000", pub_year=2007)
    assert period(f) == (2006, "2005-07", "2006-06")


def test_restated_relative_fiscal_year_with_three_digit_end():
    f = one_figure(_NEP123, "Rs 1.281 trillion", pub_year=2024)
    assert (f.reporter, f.measure) == ("Nepal", "turnover")
    # mid-July to mid-April: a count of months of a fiscal year that begins mid-month ends one calendar month later
    # (vocab fiscal_years.csv start_day; session 44, the gold of five sets)
    assert period(f) == (2024, "2023-07", "2024-04")


def test_quarter_of_written_fiscal_span():
    f = one_figure(_DT_Q1, "18.88 percent", pub_year=2023)
    assert (f.reporter, f.value) == ("Pakistan", 18.88)
    assert period(f) == (2023, "2023-07", "2023-09")
    assert f.status == "actual"


def test_gregorian_years_of_a_calendar_country_stay():
    # "fiscal year 2022/23" on a Nepali page is Gregorian; a country with no row keeps its year
    assert gregorian_year(2023, "NPL") == 2023
    assert gregorian_year(2080, "NPL") == 2023
    assert gregorian_year(1401, "IRN") == 2023   # the row the Solar Hijri pattern reads
    assert gregorian_year(2080, "IND") == 2080
    assert gregorian_year(None, "NPL") is None


def test_which_saw_value_is_the_base_periods():
    f = one_figure(_NEP123_BASES, "Rs 1.319 trillion", pub_year=2024)
    assert period(f) == (2023, "2022-07", "2023-04")
    assert rule(f, "year") == "base_value"
    # the change after it is of the current nine months
    assert period(one_figure(_NEP123_BASES, "3 percent", pub_year=2024)) == (2024, "2023-07", "2024-04")


def test_second_amount_of_a_base_when_clause_is_the_bases():
    imports = one_figure(_NEP123_BASES, "Rs 1.215 trillion", pub_year=2024)
    exports = one_figure(_NEP123_BASES, "Rs 118.27 billion", pub_year=2024)
    assert (imports.measure, exports.measure) == ("imports", "exports")
    assert period(imports) == period(exports) == (2023, "2022-07", "2023-04")
    assert rule(exports, "year") == "base_value"


# irannewsdaily.com (2023-08), IRICA data for the first four months of the Iranian year 1402 (March 21-July 22, 2023)
_IRAN4 = ("Iran’s 4-month non-oil trade stands at $35.445b\n\nTEHRAN (Iran News) –The value of Iran’s non-oil trade"
          " reached $35.445 billion in the first four months of the current Iranian calendar year (March 21-July 22),"
          " according to the data released by the Islamic Republic of Iran Customs Administration (IRICA).\n\nBased on"
          " the mentioned data, Iran exported 45.758 million tons of non-oil commodities worth $15.906 billion in the"
          " mentioned four months, IRIB reported.\n")


def test_part_of_the_current_fiscal_year_on_a_page_with_no_month_is_of_its_year():
    f = one_figure(_IRAN4, "$35.445 billion", pub_year=2023)
    assert (f.reporter, f.measure) == ("Iran", "turnover")
    assert period(f) == (2023, "2023-03", "2023-07")   # March 21-July 22, as the page writes it
    assert rule(f, "year") == "relative_fiscal+fiscal_mid_month"


def test_the_mentioned_months_are_the_period_in_force_not_the_years_first():
    f = one_figure(_IRAN4, "$15.906 billion", pub_year=2023)
    assert f.measure == "exports"
    assert f.year == 2023 and f.period_start == "2023-03"   # not January-April
    assert rule(f, "year") == "section_period+carried_doc_date"


# india-aware.com (Xinhua, January 2020): EPB data for July-December 2019
_BD_HALF = ("Bangladesh’s total exports in the first half of the current 2019-20 fiscal year (July 2019-June 2020) reached"
            " over $19 billion, down 5.84 per cent year on year, official data revealed on Monday.\n\nAccording to the"
            " country’s Export Promotion Bureau (EPB) data, Bangladesh fetched $19,302.16 million from exports in the"
            " first six months of the current fiscal year, reports Xinhua news agency.\n")

# urdupoint.com (APP, 2024-01-03): EPB data for July-December 2023
_BD_APP = ("Bangladesh Earns 27.54 Bln USD From Exports In First Half Of 2023-24 Fiscal Year\n\nDHAKA, (APP - UrduPoint /"
           " Pakistan Point News - 3rd Jan, 2024) -- Bangladesh’s total exports in the first half of the current 2023-24"
           " fiscal year (July 2023-June 2024) grew by 0.84 percent year on year to 27.54 billion U.S. dollars, according to"
           " the latest official data.\n\nThe Export Promotion Bureau (EPB) data posted on its website showed that"
           " Bangladesh earned 27,540.37 million Dollars from exports in the July-December period, compared to 27,311.26"
           " million dollars a year earlier.\n")


def test_half_of_the_current_written_fiscal_year_restated_in_months():
    # "current" before the written year and the year restated in brackets do not hide the half (rule fiscal_restated)
    f = one_figure(_BD_HALF, "over $19 billion", pub_year=2020)
    assert (f.reporter, f.measure) == ("Bangladesh", "exports")
    assert period(f) == (2019, "2019-07", "2019-12")


def test_first_six_months_of_the_current_fiscal_year_ending_in_december_on_an_undated_month():
    # reported in the month after it ends: on a page of 2020, July-December 2019 (rule relative_fiscal)
    f = one_figure(_BD_HALF, "$19,302.16 million", pub_year=2020)
    assert period(f) == (2019, "2019-07", "2019-12")
    assert rule(f, "year") == "relative_fiscal"


def test_months_from_the_fiscal_start_are_of_the_fiscal_year_in_force():
    f = one_figure(_BD_APP, "27,540.37 million Dollars", pub_year=2024)
    assert period(f) == (2023, "2023-07", "2023-12")
    assert rule(f, "year") == "fiscal_part"
    assert period(one_figure(_BD_APP, "27,311.26 million dollars", pub_year=2024)) == (2022, "2022-07", "2022-12")


def test_a_newspapers_name_in_the_dateline_is_no_partner():
    f = one_figure(_BD_APP, "27.54 billion U.S. dollars", pub_year=2024)
    assert (f.reporter, f.partner) == ("Bangladesh", "world")
    assert period(f) == (2023, "2023-07", "2023-12")


# coptsunited.com (Daily News Egypt reprint, 2017): CBE data for October-December 2016, Q2 of fiscal 2016/17 (July-June)
_EG_Q2 = ("Egypt s exports totalled $5.1 billion in the second quarter of the fiscal year 2016/17, an increase on the $4.3"
          " billion recorded during the same period of 2015/16, according to a Central Bank of Egypt (CBE) report published"
          " on Sunday.\n\nThe only recorded decrease in Egyptian exports was to Russia and the Commonwealth of Independent"
          " States, dropping from $52 million in Q2 of 2015/16 to $22.6 million in Q2 of 2016/17.\n")


def test_quarter_of_a_fiscal_span_is_counted_from_its_start():
    f = one_figure(_EG_Q2, "$5.1 billion", pub_year=2017)
    assert (f.reporter, f.measure) == ("Egypt", "exports")
    assert period(f) == (2016, "2016-10", "2016-12")
    assert period(one_figure(_EG_Q2, "$22.6 million", pub_year=2017)) == (2016, "2016-10", "2016-12")
    assert period(one_figure(_EG_Q2, "$52 million", pub_year=2017)) == (2015, "2015-10", "2015-12")


def test_same_period_of_the_previous_fiscal_span_is_a_year_before():
    f = one_figure(_EG_Q2, "$4.3 billion", pub_year=2017)
    assert period(f) == (2015, "2015-10", "2015-12")
    assert rule(f, "year") == "base_value"


# livemint.com (2022-11-22, ANI): India-UAE trade, April-August of FY 2022-23
_MINT = ("India-UAE bilateral trade to surpass $88 billion in FY 2022-23: Report\n\nBetween April and August of the FY"
         " 2022-23, the bilateral trade stands at $36.82 billion.\n")


def test_months_joined_by_and_before_a_written_fiscal_year():
    # "Between April and August of the FY 2022-23": those months of it, not the whole fiscal year (nor a target
    # for being of a fiscal year that ends after the page)
    f = one_figure(_MINT, "$36.82 billion", pub_year=2022)
    assert {f.reporter, f.partner} == {"India", "UAE"} and f.measure == "turnover"
    assert period(f) == (2022, "2022-04", "2022-08")
    assert f.status == "actual"


def test_a_past_fiscal_years_figure_a_goal_is_measured_against_is_a_result():
    from tradeflows.pipeline import figures_of_text
    text = ("After the United States and China, UAE is India's third largest trading partner. As per projection, the"
            " bilateral trade of $88 billion for current financial year may surpass FY 2021-22's figures of $73 billion.\n")
    got = {f.figure: f for f in figures_of_text(text, "livemint", "web", pub_year=2022, pub_month=11)}
    assert got["$88 billion"].status == "target"
    base = got["$73 billion"]
    assert (base.status, period(base)) == ("actual", (2022, "2021-04", "2022-03"))
    assert rule(base, "status") == "goal_base"


def test_months_to_december_of_this_fiscal_year_on_a_page_with_no_month():
    # arynews.tv (2023-01-05, read with its year only): July-December 2022, reported in the January after
    text = ("From July to December this fiscal year, exports were declined by 5.79 percent, while in December exports"
            " dropped 16.64 percent on yearly basis.\n\nAccording to the report issued by the Pakistan Bureau of Statistics"
            " (PBS), Pakistan’s exports in September 2022 amounted to $2.38 billion.\n")
    f = one_figure(text, "5.79 percent", pub_year=2023)
    assert period(f) == (2022, "2022-07", "2022-12")
    assert rule(f, "year") == "fiscal_months"


# canindia.com (Xinhua, 2023-04-02): EPB data for July 2022-March 2023 (a blind28en tuning page)
_BD_CAN = ("Bangladesh exports dip by 2.49% in March\n\nBangladesh's exports fell to $4.64 billion in March, down 2.49 per"
           " cent from the same month a year earlier and 7.5 per cent below target, government data showed.\n\nBut for"
           " July-March, the first three quarters of the 2022-23 financial year (July 2022-June 2023), exports rose 8.07"
           " per cent to $41.72 billion, according to data released by the Export Promotion Bureau (EPB) under the"
           " Ministry of Commerce on Sunday.\n")


def test_months_restated_as_a_part_of_a_written_fiscal_year():
    # "July-March, the first three quarters of the 2022-23 financial year (July 2022-June 2023)": those months of it
    f = one_figure(_BD_CAN, "$41.72 billion", pub_year=2023, pub_month=4)
    assert (f.reporter, f.measure) == ("Bangladesh", "exports")
    assert period(f) == (2023, "2022-07", "2023-03")


# tehrantimes.com (2022-04-15): IRICA data for the Iranian year 1400 (21 March 2021 - 20 March 2022)
_TT_1400 = ("Annual export from Mazandaran province increases 55%\n\nAs previously announced by the head of Islamic Republic of"
            " Iran’s Customs Administration (IRICA), the value of Iran’s non-oil trade rose 38 percent in the past Iranian"
            " calendar year 1400, as compared to its previous year.\n")


def test_solar_hijri_year_is_irans_fiscal_year_it_ends_in():
    # "the past Iranian calendar year 1400": March 2021-February 2022 (whole months), year 2022, by its written year
    # rather than from the page's date (rule local_calendar)
    f = one_figure(_TT_1400, "38 percent", pub_year=2022)
    assert (f.reporter, f.measure) == ("Iran", "turnover")
    assert period(f) == (2022, "2021-03", "2022-02")
    assert rule(f, "year") == "local_calendar"
