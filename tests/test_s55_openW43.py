"""Session 55, helper openW43 (web43 opened: officials' statements at visits and meetings): a page's date stamp sets
no period (facts/period_stamp.py, rule date_stamp), "by" opens the time written right after a figure
(vocab/en/period_gap.csv), "PNG" is Papua New Guinea (vocab/en/places.csv). Real sentences of pages outside the
development sets, their addresses in the comments."""
from __future__ import annotations

import pytest

from phrasing import one_figure, rule
from tradeflows.facts.period_stamp import is_stamp


# --- rule date_stamp ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Thursday, 11 March 2004, 20:30 IST",   # siliconindia.com, China-India trade could touch $10 bn
    "Wednesday, 22 May 2019|",              # dosm.gov.my, glossary page head
    "13 Mar 2009",                          # radionz.co.nz, Australian economist says PNG important market
    "June 5, 2015",                         # en.chinagate.cn (the date of "Xinhua, June 5, 2015" alone)
])
def test_a_days_date_alone_or_with_its_clock_is_a_stamp(line):
    """Rule date_stamp: a day's full date on its own line, or with the clock time right after it."""
    assert is_stamp(line)


@pytest.mark.parametrize("line", [
    # pdfcoke.com, Report On International Trade: a month heading alone is a period, no day's stamp
    "July 2020",
    # rediff.com 2007: a sentence that names a day inside it
    "Trade between India and Pakistan has shown enormous buoyancy and is expected to cross $1.5 billion in 2006-07.",
])
def test_a_month_or_a_sentence_is_no_stamp(line):
    assert not is_stamp(line)


def test_a_stamp_opened_by_a_credit_and_the_clock():
    """en.people.cn 2023-07-13: '(Xinhua) 10:51, July 13, 2023' above China's first half."""
    assert is_stamp("(Xinhua) 10:51, July 13, 2023")


# siliconindia.com, 2004: the stamp atop the story is no period; the figures keep their own times
SILICON_2004 = (
    "China-India trade could touch $10 bn: minister\n\n"
    "Thursday, 11 March 2004, 20:30 IST\n"
    "Printer Print Email Email\n"
    "BEIJING: Trade between China and India could surge to $10 billion this year as Beijing is keen on further "
    "strengthening economic ties with neighbouring countries and regions, Commerce Minister Bo Xilai said Wednesday. "
    "Bo told Indian ambassador Nalin Surie that Sino-Indian economic and trade cooperation had developed very quickly, "
    "with bilateral trade increasing from $5 billion in 2002 to $7.5 billion last year, Xinhua reports.\n")


def test_the_stamp_above_a_story_leaves_its_own_times():
    f = one_figure(SILICON_2004, "$7.5 billion")
    assert (f.year, f.period_start, f.period_end, rule(f, "year")) == (2003, "2003-01", "2003-12", "relative_context")
    f = one_figure(SILICON_2004, "$5 billion")
    assert (f.year, rule(f, "year")) == (2002, "explicit")


# --- period_gap "by" ----------------------------------------------------------------------------------------------

def test_by_a_year_right_after_a_goal_is_its_year():
    """china.org.cn 2003-08-23: 'to about US$10 billion by 2005' (the time right after the figure, cue adjacent_gap)."""
    f = one_figure("India and China are aiming to double their bilateral trade to about US$10 billion by 2005, the "
                   "Indian commerce minister said Friday.", "about US$10 billion", pub_year=2003)
    assert (f.value, f.year, f.period_start, f.period_end, f.status) == (10_000_000_000, 2005, "2005-01", "2005-12",
                                                                         "target")
    assert rule(f, "year") == "explicit"


def test_by_a_month_right_after_a_forecast():
    """newsbytesapp.com 2016-12-14: 'is estimated to exceed $65 billion by December 2016'."""
    f = one_figure("The bilateral trade volume between the two countries stood at $52.14 billion from January to "
                   "September, and is estimated to exceed $65 billion by December 2016.", "$65 billion", pub_year=2016)
    assert (f.year, f.period_start, f.period_end) == (2016, "2016-12", "2016-12")


# --- places: PNG --------------------------------------------------------------------------------------------------

def test_png_is_papua_new_guinea():
    """exportfinance.gov.au, Papua New Guinea country profile: 'Total goods and services exports to PNG totalled
    roughly $2.4 billion in 2020'."""
    f = one_figure("Total goods and services exports to PNG totalled roughly $2.4 billion in 2020, down about "
                   "US$700 million from 2019.", "roughly $2.4 billion", pub_year=2022)
    assert (f.measure, f.partner, f.partner_iso3, f.year) == ("exports", "Papua New Guinea", "PNG", 2020)
    assert rule(f, "partner") == "frame"


def test_png_as_the_subject_of_its_exports():
    """pngbusinessnews.com 2023-05-18: "PNG's exports to Australia are gold and other precious metals, which comprise
    over 98% of total exports" (the share's reporter is PNG, its partner Australia)."""
    f = one_figure("PNG’s exports to Australia are gold and other precious metals, which comprise over 98% of total "
                   "exports.", "over 98%", pub_year=2023)
    assert (f.reporter, f.partner) == ("Papua New Guinea", "Australia")
