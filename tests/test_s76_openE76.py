"""Session 76 (openE76): web38 (two countries' trade, English) and web56 (trade in services and commodities, English),
studied on two thirds of their tuned pages, the first third by SHA-256 of the file name set aside unread; the task:
years and periods.

- fiscal_years_range (facts/period_fiscal_range.py, row fiscal_years_range of vocab/en/patterns.csv): "from fiscal
  2017-2018 to fiscal 2019-2020", "In the fiscal years 2021-22 to 2023-24": a figure of a run of fiscal years is of the
  whole run, from the first fiscal year's first month to the last one's end (its year the last one's).
- as_of_end_month (row period_to_month): "as of End of August 2017" (a headline's case, no "the") is the year's months
  to the end of August, as "as of the end of" was.
- stale_clock_banner (ingest/page_year.py stale_banners, row page_clock_banner_line; ingest/dates.py weekday_clock):
  "Tuesday, 20 April 2021 | 17:18 WIB" alone on a line over a story of 2017 is the site's clock of the day the page was
  read, no date of the page, and its year no year the text speaks of.

Each firing test says where its sentence comes from (CONSTRUCTED in a studied page's phrasing where the `search` tool,
corpus pages, found no other page with it) and fails without its rule.
"""
from tradeflows.ingest.dates import publication_date
from tradeflows.ingest.page_year import stale_banners
from tradeflows.pipeline import figures_of_text


def _figs(text: str, pub_year: int | None = None, title: str | None = None) -> dict:
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=pub_year, title=title)}


def _period(f) -> tuple:
    return f.year, f.period_start, f.period_end, f.year_basis


# -- fiscal_years_range -------------------------------------------------------------------------------------------------
# data/web38 bn06 (theprint.in), a studied page; CONSTRUCTED as quoted from it (the `search` tool, corpus pages, "trade
# surplus fiscal years 2019-20 to 2022-23 billion India" and "from fiscal 2014-15 to fiscal 2018-19 exports", found
# single fiscal years only)
def test_fiscal_years_range_from_to():
    f = _figs("India’s trade surplus with the US from fiscal 2017-2018 to fiscal 2019-2020 was roughly $18.46 billion.",
              pub_year=2024)["roughly $18.46 billion"]
    assert _period(f) == (2020, "2017-04", "2020-03", "explicit")
    assert "year:fiscal_years_range" in f.fact_rules


def test_fiscal_years_range_in_the_fiscal_years():
    f = _figs("In the fiscal years 2021-22 to 2023-24, India maintained a trade surplus of $31.95 billion on average "
              "with the US.", pub_year=2024)["$31.95 billion"]
    assert _period(f) == (2024, "2021-04", "2024-03", "explicit")
    assert "year:fiscal_years_range" in f.fact_rules


# CONSTRUCTED: a figure of one fiscal year in a sentence that names a run ending with another keeps its own year
def test_fiscal_years_range_not_another_run():
    f = _figs("India's exports to the US rose to $77.5 billion in 2023-24, after averaging less from fiscal 2017-18 to "
              "fiscal 2019-20.", pub_year=2024)["$77.5 billion"]
    assert (f.year, f.period_start, f.period_end) == (2024, "2023-04", "2024-03")
    assert "fiscal_years_range" not in f.fact_rules


# CONSTRUCTED: two spans with no fiscal word are left as they were (a run of calendar spans is not read)
def test_fiscal_years_range_needs_a_fiscal_word():
    f = _figs("India's exports to the US from 2015-16 to 2019-20 totaled $250 billion.", pub_year=2021)["$250 billion"]
    assert "fiscal_years_range" not in f.fact_rules


# CONSTRUCTED: a change between the run's ends is the last year's (row fiscal_years_range_change)
def test_fiscal_years_range_not_a_change():
    figs = _figs("India's exports to the US grew 20% from fiscal 2017-18 to fiscal 2019-20.\n\n"
                 "India's exports to the US rose to $60 billion from fiscal 2017-18 to fiscal 2019-20.", pub_year=2021)
    for name in ("20%", "$60 billion"):
        assert (figs[name].year, figs[name].period_start, figs[name].period_end) == (2020, "2019-04", "2020-03")


# -- as_of_end_month ----------------------------------------------------------------------------------------------------
# data/web56 cx14 (en.netralnews.com), a studied page's headline (the `search` tool, corpus pages, "as of end of June
# exports billion coal Indonesia", found the story retold by indonesia-investments.com without the headline)
def test_as_of_end_month_headline():
    f = _figs("Coal Export to China Reaches $1.68 Bln as of End of August 2017\n\nCoal Mining.\n")["$1.68 Bln"]
    assert (f.year, f.period_start, f.period_end) == (2017, "2017-01", "2017-08")


# CONSTRUCTED: lower case, no "the"
def test_as_of_end_month_lower():
    f = _figs("Indonesia's coal exports to China reached $1.68 billion as of end of August 2017.")["$1.68 billion"]
    assert (f.year, f.period_start, f.period_end) == (2017, "2017-01", "2017-08")


# -- stale_clock_banner -------------------------------------------------------------------------------------------------
# data/web56 cx14 (en.netralnews.com), a studied page's head, shortened
_NETRAL = ("Tuesday, 20 April 2021 | 17:18 WIB\n\n"
           "Coal Export to China Reaches $1.68 Bln as of End of August 2017\n\n"
           "Coal Mining.\n\n"
           "BEIJING, NETRALNEWS.COM - As of August 2017, Indonesia's coal export value to China amounted to $1.68 "
           "billion.\n\n"
           "However, Indonesia's coal export figure to China during January-August this year remains below Australia "
           "whose export value of coal has reached $6.51 billion.\n")


def test_stale_clock_banner_no_page_date():
    assert "20 April 2021" in stale_banners(_NETRAL)
    assert publication_date(_NETRAL)[0] is None


def test_stale_clock_banner_this_year_of_the_story():
    f = _figs(_NETRAL)["$6.51 billion"]
    assert (f.year, f.period_start, f.period_end) == (2017, "2017-01", "2017-08")


# "Trade Vietnam reports US$4 billion in trade surplus in Q1 The Saigon Times Monday, Apr 20, 2020,14:42 (GMT+7)"
# (dates.py's own example of weekday_clock): a story's stamp of its own year stays the page's date
def test_clock_stamp_of_the_story_kept():
    text = "Monday, Apr 20, 2020, 14:42 (GMT+7)\n\nVietnam reports US$4 billion in trade surplus in Q1 of 2020.\n"
    assert publication_date(text)[0] == "2020-04-20"


# -- event_year ---------------------------------------------------------------------------------------------------------
# data/web56 cx14 (en.netralnews.com), a studied page, shortened: the share is of the period in force, not of the
# expo's year
def test_event_year_expo_acronym():
    f = _figs("As of August 2017, Indonesia's coal export value to China amounted to $1.68 billion.\n\n"
              "\"We are in the second position of China's coal import partners with a share of 17.87 percent,\" said "
              "Trade Attaché of Indonesian Embassy in Beijing Dandy Satria Iswara at the China Coal and Mining Expo "
              "(CCME) 2017 in Beijing.\n")["17.87 percent"]
    assert (f.year, f.period_start, f.period_end) == (2017, "2017-01", "2017-08")


# "... said Maharashtra Governor Ramesh Bais while inaugurating the 4th World Trade Expo 2023 on Tuesday."
# (freepressjournal.in, 2023-10-03, found by the `search` tool, corpus pages): the expo's year is no time of the text
def test_event_year_no_time():
    from tradeflows.facts.periods import find_times
    text = ("The World Trade Expo should not be a mere two-day event, said Maharashtra Governor Ramesh Bais while "
            "inaugurating the 4th World Trade Expo 2023 on Tuesday.")
    assert [t for t in find_times(text) if t.year == 2023] == []


# data/web24 al02 (bizhub.vn), a tuned page of another set, shortened: a clock's line over a story that names its year
# only as "this year" (the years it names, 2014, 2015 and a goal's 2020, on one line) is the story's own stamp
def test_clock_stamp_over_this_year_kept():
    text = ("Viet Nam the Republic of Korea’s fourth largest trading partner this year\n\n"
            "Thursday, Dec 20, 2018 18:28\n\n"
            "Viet Nam’s trade with the Republic of Korea (RoK) increased 7 per cent in the first 11 months of this year.\n\n"
            "Viet Nam was RoK’s eighth-largest trade partner in 2014 but trade between the two countries has grown "
            "strongly since then thanks to a bilateral trade agreement that went into effect in 2015.\n")
    assert stale_banners(text) == set()
    assert publication_date(text)[0] == "2018-12-20"
