"""Years of figures on pages with no date (session 55, helper yearU): a forecast that names no time of its own
keeps the year the page is guessed to speak from (rule undated_page_forecast), where a goal naming no time has
none (rule undated_page_goal). Real sentences from pages outside the development sets, read with no date."""
from phrasing import holding, year_spans as spans
from tradeflows.ingest.page_year import text_year

# farmprogress.com/farm-business/u-s-ag-exports-could-drop-by-800-million-in-2018 (USDA's trade outlook), read undated
FARM_OUTLOOK = (
    "Corn exports are forecast down $1.6 billion to $8.0 billion because of lower volumes and value.\n"
    "That leaves an expected surplus of $23.5 billion for 2018, which is nearly identical to 2017’s projection of "
    "$23.6 billion and up from 2016’s total of $16.6 billion.\n")


def test_a_forecast_with_no_time_keeps_the_undated_pages_year():
    # "are forecast ... to $8.0 billion", no time of its own, before any period is in force: the year the page
    # speaks from (2018, the latest it names), not none (rule undated_page_forecast)
    assert text_year(FARM_OUTLOOK) == 2018
    got = spans(FARM_OUTLOOK)
    assert holding(got, "$8.0 billion") == (2018, None, None, "undated_page_forecast")
    assert holding(got, "$23.5 billion")[:3] == (2018, "2018-01", "2018-12")
    assert holding(got, "$16.6 billion")[0] == 2016


def test_a_dated_pages_forecast_is_not_read_by_the_undated_rule():
    # the same sentences on a page dated 2017: the page's own date decides, never the undated page's guess
    got = spans(FARM_OUTLOOK, 2017)
    assert holding(got, "$8.0 billion")[3] != "undated_page_forecast"


# asiaone.com/world/india-canada-aim-seal-trade-pact-year (Reuters), read undated: a pact's effect said with "could",
# no forecast's word ("estimates" is a source, not "estimated to"), then a year named later
ASIAONE_PACT = (
    "The proposed comprehensive trade pact could boost bilateral trade by up to US$6.5 billion (S$8.6 billion), "
    "according to Indian government estimates.\n"
    "Bilateral goods trade between Canada and India rose to $8.2 billion in 2022, up 25 per cent from a year earlier.\n")


def test_a_goal_without_a_forecasts_word_still_gets_no_year():
    got = spans(ASIAONE_PACT)
    assert holding(got, "US$6.5 billion") == (None, None, None, "undated_page_goal")
    assert holding(got, "$8.2 billion")[:3] == (2022, "2022-01", "2022-12")
