"""Session 44 (xen): phrasings that fail in three or more English development sets, read across sets.

A count of the first months of a fiscal year that begins mid-month (Nepal: 1 Shrawan, mid-July; Iran: 1
Farvardin, 21 March) ends one calendar month after the whole-month count: "the first eight months of the current
fiscal year" in Nepal runs mid-July to mid-March, so July-March (vocab/en/fiscal_years.csv start_day,
fiscal.first_months_end). The gold of five sets reads it so (web7, web12, web15 Nepal; external, web23 Iran).
"""
from tradeflows.facts.fiscal import first_months_end, mid_month_start
from tradeflows.pipeline import figures_of_text


def _fig(text, figure, pub_year):
    got = [f for f in figures_of_text(text, fmt="web", pub_year=pub_year) if f.figure == figure]
    assert len(got) == 1, [f.figure for f in figures_of_text(text, fmt="web", pub_year=pub_year)]
    return got[0]


def _period(f):
    return f.year, f.period_start, f.period_end


def test_the_table_knows_mid_month_starts():
    assert mid_month_start("NPL") and mid_month_start("IRN")
    assert not mid_month_start("ETH")       # 8 July: most of each fiscal month is its calendar month
    assert not mid_month_start("PAK") and not mid_month_start(None)
    assert first_months_end(7, 8, "NPL") == 3
    assert first_months_end(7, 8, "PAK") == 2
    assert first_months_end(3, 5, "IRN") == 8
    # halves, quarters and whole years keep whole months
    assert first_months_end(7, 6, "NPL", counted=False) == 12
    assert first_months_end(7, 12, "NPL") == 6


# m.ru24.net/english/270144563 (a repost of The Himalayan Times, December 2020; the outlet is in no data set)
_RU24 = ("Exports increase five percent in first five months of current FY\n"
         "KATHMANDU: Exports have increased five percent in the first five months of current fiscal year 2020/21 as"
         " compared to the previous fy 2019/20 data, Department of Customs showed.\n"
         "Export of Rs 50.5 billion have been made in this period, which is a 5.12 percent increase as compared to the"
         " previous FY’s Rs 47.61 billion.\n"
         "Similarly, import has decreased by approximately 10 percent as opposed to the same period in the previous FY.\n"
         "This is in figure Rs 525.49 billion of import in the first five months of the current FY, a 9.59 percent"
         " decrease. In the previous FY import was Rs 581.25 billion, according to data.")


def test_first_five_months_of_a_written_nepali_fiscal_year():
    f = _fig(_RU24, "Rs 50.5 billion", 2020)
    assert (f.reporter, f.measure) == ("Nepal", "exports")
    assert _period(f) == (2020, "2020-07", "2020-12")    # mid-July to mid-December


def test_first_five_months_of_the_current_fy_on_a_page_with_no_month():
    # the part ends mid-December and is reported in December: the page's own year, not the year before
    f = _fig(_RU24, "Rs 525.49 billion", 2020)
    assert (f.reporter, f.measure) == ("Nepal", "imports")
    assert _period(f) == (2020, "2020-07", "2020-12")


# web15 c12 (taksarnews.com, March 2025), the phrasing that fails in web7, web12 and web15
_TAKSAR = ("Nepal Sees 57 percent Surge in Exports, 11 percent Growth in Imports\n\nKathmandu – Based on statistics"
           " published by the Department of Customs, Nepal’s exports rose by 57.20 percent, reaching NRs 158.17 billion"
           " within the first eight months of this fiscal year.\n")


def test_first_eight_months_of_this_fiscal_year_in_nepal():
    f = _fig(_TAKSAR, "NRs 158.17 billion", 2025)
    assert _period(f) == (2025, "2024-07", "2025-03")


# external d74 (shafaq.com, 2024-09): the Iranian year from 21 March
_SHAFAQ = ("Iran has exported goods worth over $4.5 billion to Iraq in the first five months of the current Iranian year"
           " (starting March 21), marking a 21% increase compared to the same period last year.")


def test_first_five_months_of_the_iranian_year():
    f = _fig(_SHAFAQ, "over $4.5 billion", 2024)
    assert f.reporter == "Iran"
    assert _period(f) == (2024, "2024-03", "2024-08")


def test_a_quarter_of_a_mid_month_fiscal_year_keeps_whole_months():
    text = ("Products worth over Rs 39.5 billion were exported from Nepal in the first quarter of the current fiscal"
            " year, customs said.")
    f = _fig(text, "over Rs 39.5 billion", 2021)
    assert (f.period_start, f.period_end) == ("2021-07", "2021-09")
