"""Session 44, data/web31 (English pages of South Asian, Middle Eastern and North African outlets on their countries'
trade): a fiscal year that begins past the middle of its first month (vocab fiscal_years.csv start_day: Nepal about
16 July, Iran 21 March) ends its first N months in the month after (rule fiscal_mid_month, named in fact_rules as
"period:fiscal_mid_month"), as the gold of web7, web12, web15, web23, web31 and external counts them. Real sentences
of stored pages whose outlets are in no data set, exact values."""
from __future__ import annotations

from phrasing import one_figure, period, rule, year_spans

# m.ru24.net/english/270144563 (a repost of a Himalayan Times item): Nepal's first five months of FY 2020/21, mid-July
# to mid-December 2020
_RU24 = ("Exports increase five percent in first five months of current FY\nKATHMANDU: Exports have increased five"
         " percent in the first five months of current fiscal year 2020/21 as compared to the previous fy 2019/20 data,"
         " Department of Customs showed.\nExport of Rs 50.5 billion have been made in this period, which is a 5.12"
         " percent increase as compared to the previous FY’s Rs 47.61 billion.\nSimilarly, import has decreased by"
         " approximately 10 percent as opposed to the same period in the previous FY.\nThis is in figure Rs 525.49"
         " billion of import in the first five months of the current FY, a 9.59 percent decrease. In the previous FY"
         " import was Rs 581.25 billion, according to data.\n")

# tehrantimes.com/news/454152: the first seven months of the Iranian year, March 20-October 21
_TT7 = ("TEHRAN - Iran exported 65.5 million tons of non-oil commodities worth $18.2 billion during the first seven months"
        " of the current Iranian calendar year, registering a 17.5-percent fall in terms of weight, compared to the"
        " figure for the previous year’s same period.\n")

# tehrantimes.com/news/470549: "the first 11 months of the current Iranian calendar year (March 21, 2021-February 19,
# 2022)"
_TT11 = ("TEHRAN - The value of Iran’s non-oil trade rose 38 percent during the first 11 months of the current Iranian"
         " calendar year (March 21, 2021-February 19, 2022), as compared to the same period of time in the past year, a"
         " senior official with the Islamic Republic of Iran Customs Administration (IRICA) announced.\n")


def test_nepals_first_five_months_end_in_december():
    f = one_figure(_RU24, "Rs 525.49 billion", pub_year=2020, pub_month=12)
    assert (f.reporter, f.measure) == ("Nepal", "imports")
    assert period(f) == (2020, "2020-07", "2020-12")
    assert rule(f, "year") == "relative_fiscal+fiscal_mid_month"
    assert "year:relative_fiscal+fiscal_mid_month" in f.fact_rules


def test_a_mid_month_part_ending_in_december_on_a_page_with_no_month_is_of_the_pages_year():
    # (whole months would end in November; a part just ended in mid-December is reported that month, not the
    # January after, as a part ending on 31 December is)
    got = year_spans(_RU24, pub_year=2020)
    assert got["Rs 525.49 billion"] == (2020, "2020-07", "2020-12", "relative_fiscal+fiscal_mid_month")
    assert got["Rs 581.25 billion"][:3] == (2019, "2019-07", "2019-12")


def test_irans_first_seven_months_end_in_october():
    f = one_figure(_TT7, "$18.2 billion", pub_year=2020)
    assert (f.reporter, f.measure) == ("Iran", "exports")
    assert period(f) == (2020, "2020-03", "2020-10")
    assert "year:relative_fiscal+fiscal_mid_month" in f.fact_rules


def test_irans_first_eleven_months_end_in_february_of_the_year_after():
    f = one_figure(_TT11, "38 percent", pub_year=2022)
    assert period(f) == (2022, "2021-03", "2022-02")


def test_a_country_whose_year_starts_on_the_first_keeps_whole_months():
    # Pakistan's July-June year: "the first four months of the current financial year" is July-October
    text = ("Pakistan's exports rose to $9.6 billion in the first four months of the current financial year, the"
            " Pakistan Bureau of Statistics said.\n")
    f = one_figure(text, "$9.6 billion", pub_year=2021, pub_month=11)
    assert period(f) == (2021, "2021-07", "2021-10")
    assert "fiscal_mid_month" not in f.fact_rules


# jamiiforums.com/threads/ushuru-wa-bmw-x5.323401: engine sizes glued to "cc" are no years (rule unit_not_year)
_JF = ("Vehicles with more than 1000cc but not exceeding 2000cc rate is 5% Excise duty, and those with more than 2000cc"
       " rate is 10%\n")


def test_a_year_shaped_number_glued_to_a_unit_is_no_year():
    from phrasing import times
    assert [t for t in times(_JF) if t[2] == 2000] == []
    assert times("Imports of vehicles rose in 2000, to $3 billion.")[0][1:3] == ("year", 2000)


def test_engine_sizes_leave_the_period_in_force_to_a_list_of_imports():
    # irandaily.com's sentence shape (data/web31 tuned page az09): "vehicles with engine displacement of 1500cc to 2000cc"
    text = ("Iran's imports reached $37.57 billion in 2017. Imports mainly included auto parts ($1.24 billion) and"
            " vehicles with engine displacement of 1500cc to 2000cc ($660 million).\n")
    got = year_spans(text, pub_year=2018)
    assert got["$1.24 billion"][0] == 2017
