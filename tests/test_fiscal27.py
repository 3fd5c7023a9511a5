"""Fiscal-year pages, the fiscal27 blind sample (APP/SBP reports of Pakistan's trade by fiscal year, stored pages of
trendinginsocial.com, Daily Times, The Nation, Business Recorder, APP): whose fiscal year a page means (the flow's
owner, rule fiscal_owner), "last year" / "the first month" / a bare "against" base inside a fiscal year in force
(rules fiscal_relative, fiscal_in_force, fiscal_part, fiscal_against_base), and the partner of an "X against Y" pair
in a list joined by "whereas" / "while" (frames: contrast_clause_after). Real sentences, exact values."""
from __future__ import annotations

import pytest

from phrasing import one_figure, page, period, rule

fig = one_figure




# trendinginsocial.com (undated), SBP data for July-June 2022-23
_PAK23 = page("trendinginsocial_pakistan_2023.txt")

# dailytimes.com.pk (2023-02-24), SBP data for July-January 2022-23
_PAK7M = ("The United States (US) remained the top export destination of Pakistani products during the seven months of the"
          " current fiscal year (2022-23), followed by China and the United Kingdom (UK).\n\nTotal exports to the US during"
          " July-January (2022-23) were recorded at US$ 3567.699 million against the exports of US$ 3862.370 million during"
          " July- January (2021-22), showing a decline of 7.62 percent, according to the State Bank of Pakistan (SBP). This"
          " was followed by China, wherein Pakistan exported goods worth US$ 1194.606 million against the exports of US$"
          " 1589.211 million last year, showing a decrease of 24.83 percent.\n\nUK was the third top export destination,"
          " where Pakistan exported goods worth US$ 1163.736 million during the months under review against the exports of"
          " US$ 1309.990 million during last year, showing a decline of 11.16 percent, SBP data revealed. Among other"
          " countries, Pakistani exports to Germany stood at US$ 101.323 million against US$ 992.295 million last year,"
          " showing an increase of 1.81 percent while the exports to UAE were recorded at US$ 821.303 million against US$"
          " 997.191 million last year.\n\nDuring July- January (2022-23), the exports to Holland were recorded at US$"
          " 862.817 million against US$ 805.293 million whereas the exports to Afghanistan stood at US$ 285.177 million"
          " against US$257.888 million.\n")

# dailytimes.com.pk (2022-08-29), SBP data for July 2022
_PAK_JULY = ("The United States of America (USA) remained the top exports destination of the Pakistani products during the"
             " first month of current fiscal year, followed by China and United Kingdom (UK).\n\nTotal exports to the US"
             " during July 2022 were recorded at US $499.686 million against the exports of US $503.118 million during July"
             " 2021, showing decline of 0.68 percent, according to State Bank of Pakistan (SBP).\n\nThis was followed by"
             " China, wherein Pakistan exported goods worth US $174.076 million against the exports of US $165.787 million"
             " last year, showing an increase of 4.99 percent.\n\nPakistan’s exports to Spain were recorded at $92.327"
             " million against the exports of US $70.001 million while the exports to Afghanistan were recorded $31.757"
             " million against $ 38.613 million last year.\n")

# nation.com.pk (2019-09-02), SBP data for July 2019
_PAK_JULY19 = ("ISLAMABAD - The United States of America (USA) remained among the top exports destinations of the Pakistani"
               " products followed by China and United Kingdom during first month of current financial year 2019-20 as"
               " compared to the corresponding month of last year.\n\nDuring the month of July, 2019, the total exports to"
               " the USA were recorded at $373.514million against the exports of $328.090 million, showing an increase of"
               " 13.84percent during the period under review, according to the data issued by State Bank of Pakistan"
               " (SBP).\n\nAmong other countries, Pakistani exports to Germany stood at $116.041million against"
               " $116.064million during last year, showing decline of 0.01percent while the exports to Afghanistan were"
               " recorded at $108.642 million against $127.475 million last year, the data revealed.\n\nThe exports to"
               " Netherlands (Holland) were recorded at $85.398million against $80.424 million whereas the exports to Spain"
               " were recorded at $81.468million against $74.632million last year.\n")


# -- whose fiscal year: "The United States (US) remained the top export destination of Pakistani products during the
#    fiscal year (2022-23)": the flow's owner (Pakistani products), not the first country named (rule fiscal_owner;
#    the US year, October-September, had dated the July 2022 page's "last year" as the calendar year 2021) ----------

def test_the_fiscal_year_is_the_owners_not_the_first_named():
    text = _PAK23.split("\n\nTotal")[0] + "\n\n" + _PAK23.split("\n\n")[4]   # the opening, then the UK sentence
    f = fig(text, "US$ 1966.357 million")
    assert period(f) == (2023, "2022-07", "2023-06")


@pytest.mark.parametrize("text, figure, pub, want, how", [
    (_PAK_JULY, "US $165.787 million", (2022, 8), (2021, "2021-07", "2021-07"), "fiscal_relative"),
    # ("against $127.475 million last year": since session 31 the compared amount right before "last year" is the
    # base's value, rule base_value_relative, which dates it the same)
    (_PAK_JULY19, "$127.475 million", (2019, 9), (2018, "2018-07", "2018-07"), "base_value"),
])
def test_last_year_of_a_fiscal_month_page_is_that_month_a_year_before(text, figure, pub, want, how):
    f = fig(text, figure, pub_year=pub[0], pub_month=pub[1])
    assert period(f) == want and rule(f, "year") == how


# -- "compared to the exports of US$ 2783.059 million last year" while July-June (2022-23) is in force: the fiscal
#    year before, not the calendar year 2022, and no calendar year carried to the next paragraphs (rule
#    fiscal_relative; "the year under review" after it is the fiscal year in force) -----------------------------------

@pytest.mark.parametrize("text, figure, want", [
    (_PAK23, "US$ 2783.059 million", (2022, "2021-07", "2022-06")),
    (_PAK23, "US$ 1751.423 million", (2022, "2021-07", "2022-06")),
    (_PAK7M, "US$ 1589.211 million", (2022, "2021-07", "2022-01")),
    (_PAK7M, "US$ 992.295 million", (2022, "2021-07", "2022-01")),
])
def test_last_year_inside_a_fiscal_year_in_force(text, figure, want):
    f = fig(text, figure)
    # ("against US$ 1751.423 million last year": since session 31 a compared amount right before "last year" is a
    # base's value, rule base_value_relative, which dates it the same fiscal months)
    assert period(f) == want and rule(f, "year") in ("fiscal_relative", "base_value")


@pytest.mark.parametrize("text, figure, want", [
    (_PAK23, "US$ 1966.357 million", (2023, "2022-07", "2023-06")),
    (_PAK23, "US$ 1600.172 million", (2023, "2022-07", "2023-06")),
    (_PAK7M, "US$ 1163.736 million", (2023, "2022-07", "2023-01")),
    (_PAK7M, "US$ 101.323 million", (2023, "2022-07", "2023-01")),
])
def test_a_last_year_comparison_carries_no_calendar_year(text, figure, want):
    assert period(fig(text, figure)) == want


# -- "US$ 1475.809 million opposed US$ 1848.991 million last year": the "last year" after another amount is the
#    base's; the level is of the months in force (rule fiscal_in_force) ---------------------------------------------

@pytest.mark.parametrize("text, level, base, want_level, want_base", [
    (_PAK23, "US$ 1475.809 million", "US$ 1848.991 million", (2023, "2022-07", "2023-06"), (2022, "2021-07", "2022-06")),
    (_PAK7M, "US$ 821.303 million", "US$ 997.191 million", (2023, "2022-07", "2023-01"), (2022, "2021-07", "2022-01")),
])
def test_last_year_after_the_base_is_the_bases(text, level, base, want_level, want_base):
    f = fig(text, level)
    # (the base read by base_value_relative since session 31, the level takes the fiscal months in force from
    # its section: section_period)
    assert period(f) == want_level and rule(f, "year") in ("fiscal_in_force", "section_period")
    assert period(fig(text, base)) == want_base


# -- "the exports to Holland were recorded at US$ 1446.927 million against US$ 1499.671 million whereas the exports to
#    Afghanistan ...": a bare base after "against" is the level's fiscal months a year before (rule
#    fiscal_against_base), and its partner is the level's, not the next item's (contrast_clause_after) --------------

@pytest.mark.parametrize("text, figure, want, partner", [
    (_PAK23, "US$ 1499.671 million", (2022, "2021-07", "2022-06"), "NLD"),
    (_PAK23, "US$ 522.781 million", (2022, "2021-07", "2022-06"), "AFG"),
    (_PAK7M, "US$ 805.293 million", (2022, "2021-07", "2022-01"), "NLD"),
    (_PAK7M, "US$257.888 million", (2022, "2021-07", "2022-01"), "AFG"),
])
def test_a_bare_base_after_against(text, figure, want, partner):
    f = fig(text, figure)
    assert period(f) == want and rule(f, "year") == "fiscal_against_base" and f.partner_iso3 == partner


@pytest.mark.parametrize("text, figure, partner, pub", [
    (_PAK23, "US$ 1087.434 million", "ITA", None),
    (_PAK_JULY, "US $70.001 million", "ESP", (2022, 8)),
    (_PAK_JULY19, "$80.424 million", "NLD", (2019, 9)),
])
def test_the_partner_of_a_base_before_whereas_or_while(text, figure, partner, pub):
    kw = {"pub_year": pub[0], "pub_month": pub[1]} if pub else {}
    f = fig(text, figure, **kw)
    assert f.partner_iso3 == partner and rule(f, "partner") == "frame"


# -- "Pakistan's overall exports showed an increase of 2.68 percent in the first month, from $2235.039 million to
#    $2295.027 million" in the first month of fiscal 2022-23: July, not January (rule fiscal_part) -----------------

# brecorder.com (2022-09-01)
_BR_JULY = ("Pakistan’s goods and services trade with the United States (US) witnessed a surplus of 23.21 percent during"
            " the first month of the current financial year (2022-23) as compared to the corresponding period of the last"
            " fiscal year, APP reported, citing data from the State Bank of Pakistan (SBP).\n\nThe exports to the US were"
            " recorded at $499.686 million during July this year against $503.118 million during the same month last"
            " year, showing a nominal decline of 0.68 percent, SBP said.\n\nHowever, Pakistan’s overall exports showed an"
            " increase of 2.68 percent in the first month, from $2235.039 million to $2295.027 million, the data"
            " showed.\n")
# app.com.pk (2023-08-31)
_APP_JULY = ("ISLAMABAD, Aug 31 (APP):Pakistan’s export of goods and services to Afghanistan witnessed an increase of 32.79"
             " per cent during the first month of the current financial year (2023-24) as compared to the exports of the"
             " corresponding month of last year, State Bank of Pakistan (SBP) reported.\nThe overall exports to"
             " Afghanistan were recorded at US $42.173 million during July 2023 against exports of US $31.757 million"
             " during 2022, showing growth of 32.79 per cent, SBP data revealed.\nOverall Pakistan’s exports to other"
             " countries witnessed a decrease of 4.55 per cent in the first month, from US $ 2217.049 million to US $"
             " 2116.030 million, the SBP data revealed.\n")


@pytest.mark.parametrize("text, figure, pub, want", [
    (_BR_JULY, "$2295.027 million", (2022, 9), (2022, "2022-07", "2022-07")),
    (_BR_JULY, "$2235.039 million", (2022, 9), (2021, "2021-07", "2021-07")),
    (_APP_JULY, "US $ 2116.030 million", (2023, 8), (2023, "2023-07", "2023-07")),
])
def test_the_first_month_of_a_fiscal_year(text, figure, pub, want):
    assert period(fig(text, figure, pub_year=pub[0], pub_month=pub[1])) == want


@pytest.mark.xfail(strict=True, reason="'from US $ 2217.049 million to US $ ...': the from_value rule does not read a"
                                       " 'from' level written 'US $', so the level the change started from keeps the"
                                       " month of the one it came to")
def test_the_from_level_written_us_dollar_is_a_year_before():
    f = fig(_APP_JULY, "US $ 2217.049 million", pub_year=2023, pub_month=8)
    assert period(f) == (2022, "2022-07", "2022-07")


# -- a page that never speaks of fiscal years keeps the calendar: "the fourth quarter" on a Thai page starts in
#    October, Thailand's fiscal month, but "this year" there is the calendar year (data/web3, nationthailand.com) ---

def test_a_calendar_page_of_a_fiscal_country_keeps_the_calendar():
    text = ("Poonpong said his office expects exports to continue growing in the fourth quarter, resulting in a 2% growth"
            " at the end of the year.\n“If the exports earn some $22.55 billion a month over the last three months,"
            " Thailand’s export value for this year will be $290 billion, marking a growth of 2%,” Poonpong said.\n")
    f = fig(text, "$290 billion", pub_year=2024, pub_month=10)
    assert (f.year, f.period_start) == (2024, "2024-01")


# -- "in the first quarter (July–September) of the current fiscal year FY2024–25": the fiscal year written right after
#    "the current fiscal year" dates its months, not the latest year an undated page names (rule fiscal_months_named;
#    it was July-September 2025). One stored page only (themoulvibazartoday.com, EPB data for Bangladesh). ----------

def test_months_of_the_current_fiscal_year_named_after_it():
    text = ("Bangladesh exports grow to $3.5bn in September\n\nAccording to the Export Promotion Bureau (EPB), Bangladesh’s"
            " revenue from merchandise exports increased positively by 5.04% year over year to $11.37 billion in the first"
            " quarter (July–September) of the current fiscal year FY2024–25, driven mostly by the export of ready-made"
            " garments.\n")
    f = fig(text, "$11.37 billion")
    assert period(f) == (2024, "2024-07", "2024-09") and rule(f, "year") == "fiscal_months_named"
