"""Years and periods of a seventh blind practice sample of English trade news (stored pages: Zawya, SGGP,
Business Standard, Devdiscourse, domain-b, Scroll, Cyprus Digest, NNN-NHK, Morocco24, Voxy, Turkish Press,
The Northlines, CanIndia, BEA), each sentence as the page prints it, asserted as (year, period_start,
period_end, year_basis, status, year rule): the rule named in the output's trace is asserted too."""
from __future__ import annotations

import pytest

from tradeflows.facts.periods import find_times
from tradeflows.pipeline import figures_of_text


def period_at(text: str, figure: str, pub_year: int | None = None, pub_month: int | None = None) -> tuple:
    kw = {k: v for k, v in (("pub_year", pub_year), ("pub_month", pub_month)) if v is not None}
    figs = figures_of_text(text, "news", "web", **kw)
    hits = [f for f in figs if f.figure == figure]
    assert len(hits) == 1, [f.figure for f in figs]
    f = hits[0]
    rule = next((r[5:] for r in (f.fact_rules or "").split(";") if r.startswith("year:")), None)
    return f.year, f.period_start, f.period_end, f.year_basis, f.status, rule


ZAWYA = ("September exports fell 6.3% from August to $30.68 billion and imports dropped 2.9% to $28.48 billion, the "
         "department said.")
BEA = ("July exports were $3.6 billion more than June exports of $134.1 billion. July imports were $3.4 billion more "
       "than June imports of $193.5 billion.")
SGGP = ("Vietnam's import and export turnover from the beginning of the year to now is more than US$230 billion, a "
        "decrease of 15.4 percent or $42.1 billion over the same period last year. Of which, export turnover reached "
        "$118.58 billion, down 12.8 percent.")
SGGPNEWS = ("From the beginning of the year until now, the total export turnover of city-based enterprises through the "
            "national border gate was estimated at US$16.96 billion, up 6.3 percent over the same period last year while "
            "it increased by 7.2 percent last year.")
BUSINESS_STANDARD = ("India and Africa should look at doubling bilateral trade by 2030 from the current level of $ 82 "
                     "billion, Commerce and Industry Minister Piyush Goyal said on Friday.")
DEVDISCOURSE = ("India is looking to double its bilateral trade with Africa by 2030, up from the current USD 82 billion, "
                "according to Commerce and Industry Minister Piyush Goyal.")
DOMAIN_B = ("India and Pakistan today agreed to more than double bilateral trade within three years, from current levels "
            "of $2.7 billion to about $6 billion, even as commerce and industry minister Anand Sharma noted with "
            "satisfaction.")
SCROLL = ("India's exports to the UK stood at $8.15 billion (over Rs 60,000 crore) in 2020-'21 while the imports were "
          "worth $4.95 billion (over Rs 36,000 crore), according to PTI.\n\nTrevelyan reiterated at the event that India "
          "and UK aimed to double their trade by the end of this decade, ANI reported.")
CYPRUS = ("In particular, the first estimates show exports of goods from the eurozone countries to the rest of the world "
          "worth 221.6 billion euros in August 2023, indicating a decrease of 3.9% compared to August 2022 (when it stood "
          "at 230.6 billion euros). Imports from the rest of the world amounted to €214.9 billion, down 24.6% compared to "
          "August 2022 (€285.0 billion).")
NNN = ("TOKYO, Apr 18 (NNN-NHK) – Japan's trade deficit in fiscal 2023, shrank around 70 percent from a year earlier to "
       "5.89 trillion yen (about 38 billion U.S. dollars), government data showed, yesterday.\nAutomobile exports, which "
       "account for about 17 percent of Japan's total, grew 30.2 percent to 17.88 trillion yen, eclipsing the previous "
       "record of 14.67 trillion yen in fiscal 2007.\nIn contrast, imports dived 10.3 percent to 108.79 trillion yen, "
       "falling for the first time in three years, chiefly reflecting falls in imports of coal and liquefied natural gas.")
ZAWYA_GDP = ("It reported gross domestic product growth of 5.33% in the third quarter this year, much slower than the "
             "low-base growth of 13.71% in the same period of 2022, short of the full-year target of 6.5%.")
MOROCCO = ("For their part, imports of goods, in value, would have shown a growth of 37%, instead of 2.6% during the same "
           "period of 2021, notes the HCP.")
VOXY = ("The annual trade deficit for the year ended March 2017 was $3.7 billion, compared with a $3.8 billion shortfall "
        "in the year ended February 2017.")
TURKISHPRESS = ("European Union's foreign trade balance ran a €11.3 billion ($13.2 billion) surplus in August compared to "
                "the same period last year, the bloc's statistical office revealed on Friday.")
NORTHLINES = ("India's merchandise exports dipped marginally in March to $41.69 billion, and by 3.11 per cent during the "
              "last fiscal year to $437.06 billion mainly due to continued geopolitical turmoil, and depressed global "
              "trade.\n\nImports, too, declined in March as well during the entire 2023-24. Trade deficit, or the gap "
              "between imports and exports, narrowed 17.74 per cent in March to $15.6 billion and came down 9.33 per cent "
              "to $240.17 billion in FY24.")
CANINDIA = ("India's exports rose 6 per cent to $447 billion in 2022-23 as against $422 billion in 2021-22 on account of "
            "healthy growth in the outbound shipments of sectors such as petroleum, pharma and chemicals and marine products.")


@pytest.mark.parametrize("text, figure, pub, expected", [
    # rule month_noun (grammar bare_month): "September exports fell": the month named as the flow's attribute
    pytest.param(ZAWYA, "$30.68 billion", (2023, 10), (2023, "2023-09", "2023-09", "doc_date", "actual", "bare_month"),
                 id="zawya-september-exports"),
    pytest.param(BEA, "$3.6 billion", (2007, 9), (2007, "2007-07", "2007-07", "doc_date", "actual", "bare_month"),
                 id="bea-july-exports"),
    # ... and "more than June exports of $134.1 billion": the base month's own value (rule base_value)
    pytest.param(BEA, "$134.1 billion", (2007, 9), (2007, "2007-06", "2007-06", "doc_date", "actual", "base_value"),
                 id="bea-june-exports-of"),
    # rule year_to_date (year_to_now): "from the beginning of the year to now"
    pytest.param(SGGP, "more than US$230 billion", (2023, 5), (2023, None, None, "doc_date", "actual", "year_to_date"),
                 id="sggp-beginning-of-year-to-now"),
    pytest.param(SGGPNEWS, "estimated at US$16.96 billion", (2020, 6), (2020, None, None, "doc_date", "actual", "year_to_date"),
                 id="sggpnews-beginning-of-year-until-now"),
    # rule difference_or: "15.4 percent or $42.1 billion over the same period last year" is the change, not the base's value
    pytest.param(SGGP, "$42.1 billion", (2023, 5), (2023, None, None, "doc_date", "actual", "year_to_date"),
                 id="sggp-percent-or-amount"),
    # rule now (and status current_level): the level a goal starts from
    pytest.param(BUSINESS_STANDARD, "$ 82 billion", (2025, 8), (2025, None, None, "doc_date", "actual", "now"),
                 id="business-standard-current-level"),
    pytest.param(BUSINESS_STANDARD, "doubling", (2025, 8), (2030, "2030-01", "2030-12", "explicit", "target", "explicit"),
                 id="business-standard-goal-by-2030"),
    pytest.param(DEVDISCOURSE, "USD 82 billion", (2025, 8), (2025, None, None, "doc_date", "actual", "now"),
                 id="devdiscourse-up-from-the-current"),
    pytest.param(DOMAIN_B, "$2.7 billion", (2011, 9), (2011, None, None, "doc_date", "actual", "now"),
                 id="domain-b-current-levels-of"),
    # rule decade_end: "by the end of this decade" on a page of 2022
    pytest.param(SCROLL, "double", (2022, 1), (2030, "2030-01", "2030-12", "doc_date", "target", "decade_end"),
                 id="scroll-end-of-this-decade"),
    # rule base_value: "compared to August 2022 (when it stood at 230.6 billion euros)"
    pytest.param(CYPRUS, "230.6 billion euros", (None, None), (2022, "2022-08", "2022-08", "explicit", "actual", "base_value"),
                 id="cyprus-when-it-stood-at"),
    pytest.param(CYPRUS, "€285.0 billion", (None, None), (2022, "2022-08", "2022-08", "explicit", "actual", "base_value"),
                 id="cyprus-base-in-brackets"),
    # rule previous_record_year: "the previous record of 14.67 trillion yen in fiscal 2007" sets no period for what follows
    pytest.param(NNN, "108.79 trillion yen", (2024, 4), (2024, "2023-04", "2024-03", "context", "actual", "section_period"),
                 id="nnn-previous-record-not-carried"),
    pytest.param(NNN, "14.67 trillion yen", (2024, 4), (2008, "2007-04", "2008-03", "explicit", "actual", "explicit"),
                 id="nnn-previous-record-own-year"),
    # rule same_period_own: "growth of 13.71% in the same period of 2022"
    pytest.param(ZAWYA_GDP, "13.71%", (2023, 10), (2022, "2022-07", "2022-09", "explicit", "actual", "same_period_own"),
                 id="zawya-in-the-same-period-of-2022"),
    pytest.param(MOROCCO, "2.6%", (2022, 4), (2021, None, None, "explicit", "actual", "same_period_own"),
                 id="morocco-during-the-same-period-of-2021"),
    # rule balance_noun_gap: "a $3.8 billion shortfall in the year ended February 2017"
    pytest.param(VOXY, "$3.8 billion", (2017, 4), (2017, "2016-03", "2017-02", "explicit", "actual", "explicit"),
                 id="voxy-shortfall-in-the-year-ended"),
    pytest.param(VOXY, "$3.7 billion", (2017, 4), (2017, "2016-04", "2017-03", "explicit", "actual", "explicit"),
                 id="voxy-year-ended-march"),
    pytest.param(TURKISHPRESS, "€11.3 billion", (2020, 10), (2020, "2020-08", "2020-08", "doc_date", "actual", "bare_month"),
                 id="turkishpress-surplus-in-august"),
    # rule growth_to_amount: "came down 9.33 per cent to $240.17 billion in FY24" (not "in March" before it)
    pytest.param(NORTHLINES, "9.33 per cent", (2024, 4), (2024, "2023-04", "2024-03", "explicit", "actual", "growth_to_amount"),
                 id="northlines-growth-to-amount-in-fy24"),
    pytest.param(NORTHLINES, "17.74 per cent", (2024, 4), (2024, "2024-03", "2024-03", "doc_date", "actual",
                                                                "bare_month+carried_doc_date"),
                 id="northlines-in-march"),
    pytest.param(CANINDIA, "6 per cent", (2023, 4), (2023, "2022-04", "2023-03", "explicit", "actual", "growth_to_amount"),
                 id="canindia-rose-to-amount-in-2022-23"),
])
def test_seventh_sample_period_of_a_figure(text, figure, pub, expected):
    assert period_at(text, figure, *pub) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("September exports fell 6.3% from August", [("month", None, 0, 9, 9, False)], id="month-noun"),
    pytest.param("In September exports fell", [("month", None, 0, 9, 9, False)], id="in-month-not-twice"),
    pytest.param("January-September exports rose", [("month_range", None, None, 1, 9, False)], id="range-before-flow"),
    pytest.param("the current account deficit of 5%", [], id="current-account-is-no-time"),
    pytest.param("aimed to double their trade by the end of this decade", [("decade_end", None, 0, 1, 12, False)],
                 id="decade-end"),
    pytest.param("from the beginning of the year to now", [("year_to_date", None, 0, 1, 12, False)], id="year-to-now"),
])
def test_seventh_sample_grammar(text, expected):
    assert [(t.kind, t.year, t.rel, t.m1, t.m2, t.base) for t in find_times(text)] == expected


def test_the_fiscal_year_ended_march_is_the_fiscal_year_reported():
    # the months of "the fiscal year ended March" begin at the fiscal year's start while fiscal 2023 (Japan, April-March)
    # is in force: that fiscal year, April 2023-March 2024 (rule fiscal_part; a strict xfail until session 28)
    text = ("TOKYO, Apr 18 (NNN-NHK) – Japan's trade deficit in fiscal 2023, shrank around 70 percent from a year earlier "
            "to 5.89 trillion yen (about 38 billion U.S. dollars), government data showed, yesterday.\nIn the fiscal year "
            "ended March, exports expanded 3.7 percent to 102.90 trillion yen, topping 100 trillion yen for the first time.")
    assert period_at(text, "102.90 trillion yen")[:3] == (2024, "2023-04", "2024-03")


# (a strict xfail until session 59: rule fiscal_year_in_force, the latest whole fiscal year named before)
def test_during_the_fiscal_year_is_the_fiscal_year_in_force():
    text = NORTHLINES + ("\n\nGold imports, which surged 30 per cent during the fiscal year to $45.54 billion, was one of "
                         "the major contributors to trade deficit.")
    assert period_at(text, "$45.54 billion", 2024, 4)[:3] == (2024, "2023-04", "2024-03")


CNA = ("Japan's exports rose 48.6per cent in June from a year earlier, Ministry of Finance data showed on Wednesday.\n\nThe "
       "rise compared with a 46.2per cent increase expected by economists in a Reuters poll. It followed a 49.6per cent "
       "growth in May, the sharpest monthly increase since April 1980.\n\nImports rose 32.7per cent in the year to June, "
       "versus the median estimate for a 29.0per cent increase.\n\nThe trade balance came to a surplus of 383.2 billion yen "
       "(US$3.49 billion), versus the median estimate for a 460.0 billion yen surplus.")
MALAYMAIL = ("TOKYO, July 20 — Japan's exports rose 9.7 per cent in June from a year earlier, marking a seventh straight "
             "month of gains, Ministry of Finance data showed this morning, in a sign external demand was driving an "
             "export-led economic recovery.\n\nThe result compared with the median estimate of a 9.5 per cent increase in "
             "a Reuters poll of economists.\n\nIt followed a 14.9 per cent rise in the previous month.")


@pytest.mark.parametrize("text, figure, pub, expected", [
    # rule followed_change (the prior-change opener): "It followed a 49.6per cent growth in May" is that change's month,
    # no period for the sentences after it
    pytest.param(CNA, "49.6per cent", (2021, 7), (2021, "2021-05", "2021-05", "doc_date", "actual", "bare_month"),
                 id="cna-it-followed-growth-in-may"),
    pytest.param(CNA, "383.2 billion yen", (2021, 7), (2021, "2021-06", "2021-06", "context", "actual", "section_period"),
                 id="cna-may-not-carried"),
    # "It followed a 14.9 per cent rise in the previous month": the month before the one in force (prior_change_month)
    pytest.param(MALAYMAIL, "14.9 per cent", (2017, 7), (2017, "2017-05", "2017-05", "doc_date", "actual",
                                                                  "prior_change_month+carried_doc_date"),
                 id="malaymail-it-followed-previous-month"),
])
def test_seventh_sample_it_followed(text, figure, pub, expected):
    assert period_at(text, figure, *pub) == expected
