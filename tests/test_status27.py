"""Forecast words that make a figure a target (vocab/en/status.csv rows): "might", "is set to", "should rise",
"moving swiftly towards". Each from a real page, where the figure had been read as an actual level and, with a
year, had entered the panel."""
from __future__ import annotations

from tradeflows.dataset.cues import listed_subject
from tradeflows.dataset.series import series_status

from phrasing import one_figure, row, rule


def test_might_top_is_a_forecast():
    # bitcoinethereumnews.com ("In 2022, U.S. Exports Could Top $2,000,000,000,000 For First Time")
    f = one_figure("U.S. exports might top $2 trillion for the first time this year, though the total won't be"
                   " revealed until early February.", "$2 trillion", pub_year=2022)
    assert (f.status, rule(f, "status")) == ("target", "cue:might")
    assert series_status(row(f)) == "target"
    # thefreedictionary.com (bilateral trade): "might surpass $100 billion in 2018"
    g = one_figure("The Chinese Commerce Ministry said in May that bilateral trade with Russia might surpass $100"
                   " billion in 2018.", "$100 billion", pub_year=2018)
    assert (g.status, g.year) == ("target", 2018)


def test_is_set_to_is_a_forecast():
    # financialdigest.top (projecting 2024 trade figures)
    f = one_figure("Mexico is set to overtake China and Canada to become the U.S.'s top trade partner, with a"
                   " historic total of $800 billion in exports and imports.", "$800 billion", pub_year=2025)
    assert (f.status, rule(f, "status")) == ("target", "cue:is set to")


def test_should_rise_is_a_forecast():
    # thepacker.com (USDA outlook for 2008)
    f = one_figure("Based on current market conditions, bulk grains, oilseeds and cotton exports should rise $13.2"
                   " billion and account for 70 percent of the overall increase in export value for 2008.",
                   "$13.2 billion", pub_year=2008)
    assert (f.status, rule(f, "status")) == ("target", "cue:should rise")


def test_moving_towards_a_mark_is_no_level():
    # brecorder.com (India-China trade, 2004): the 10 billion dollar mark is where trade is heading, not where it
    # stood in 2003 (it had been read as India-China turnover of 2003 and entered the panel)
    text = ("Chinese Premier Zhu Ronji's visit to New Delhi in 2002 has resulted in Sino-Indian trade flourishing to"
            " touch 7.6 billion dollars in 2003, he said. \"India-China trade is moving swiftly towards the historic"
            " 10 billion dollar mark,\" the minister told the conference.")
    f = one_figure(text, "10 billion dollar", pub_year=2004)
    assert (f.status, rule(f, "status")) == ("target", "cue:moving swiftly towards")
    assert series_status(row(f)) == "target"
    assert one_figure(text, "7.6 billion dollars", pub_year=2004).status == "actual"


# -- reporter_as_counterpart: the country a list's flow comes from, named besides only as the owner of the source,
#    is no reporter of the list's figures ----------------------------------------------------------------------

_TECHECONOMY = ("Nigeria's imports from China rose by 183.91 percent from N530.98 billion in the first quarter of 2018 to"
                " N1.51 trillion in Q1 2022. According to data from China's customs agency, the top five African"
                " countries that imported the most goods from China in 2021 were Nigeria $23 billion or 16 percent,"
                " South Africa $21 billion or 14 percent, Egypt $18 billion or 12 percent, Ghana $8 billion or 5"
                " percent, and Kenya $7 billion.")


def test_a_list_of_importers_from_the_source_country_stays_out():
    # techeconomy.ng (2022): read as Nigeria's imports from South Africa, Egypt, Ghana and Kenya (the page's
    # subject as reporter, each item as partner), or with a title-less copy as China's imports from them
    for figure in ("$23 billion", "$21 billion", "$18 billion", "$8 billion", "$7 billion"):
        f = one_figure(_TECHECONOMY, figure, pub_year=2022)
        assert (f.measure, f.year) == ("imports", 2021), figure
        assert listed_subject(row(f)) or f.partner_iso3 == "CHN", figure
        assert series_status(row(f)) == "another country", figure
    alone = _TECHECONOMY[_TECHECONOMY.index("According"):]
    for figure in ("$23 billion", "$7 billion"):
        f = one_figure(alone, figure, pub_year=2022)
        assert (f.reporter_iso3, f.measure) == ("CHN", "imports"), figure
        assert series_status(row(f)) == "another country", figure
