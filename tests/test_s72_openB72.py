"""Session 72 (openB72): Chinese outlets in English on China's, its provinces' and cities' trade (web62, opened now) and
opinion pieces arguing with trade figures (web50); studied on two thirds of their tuned pages, the first third by
SHA-256 of the file name set aside unread.

- region_locator: the province named right after a city to locate it ("Yiwu city in East China's Zhejiang province",
  "Xiamen – the port city in East China's Fujian province –", "Yiwu, a county-level city in Jinhua, Zhejiang province,")
  is where the city lies; the city owns the flow (facts/reporters.py home_region; row region_locator_between).
- city noun (a row of reporters_anaphor_region_noun): "the city's exports", "The city saw robust growth" name again the
  city the text made the reporter (rules entity_anaphor, region_noun_subject).
- office_not_listed: a city that names the office citing the figures ("Urumqi Customs said") is no region of a list of
  regions in the paragraph before (facts/reporters.py region_next_paragraph, condition several_regions_before).
- growth_percent_listed: "with a yearly increase of 136.14%, 106.74%, and 97.64%, respectively" after "accounted for":
  the items of the list go on with the change (figures/percent.py; rows percent_list_join, percent_list_respectively).
- growth_fraction_frequency: "grew over a third year on year", "up about a third year on year" (figures/multiples.py).
- Belt and Road group: "countries and territories along the Belt and Road" (vocab/en/places.csv).
- gdp_share_bracket: "$618 billion (5.3 percent of GDP), which reflected an increase of more than $500 billion ... from
  its 1997 level of $108 billion (1.2 percent of GDP)": the GDP word of a bracketed share names no other figure of the
  clause (facts/measure.py; row measure_gdp_share_bracket).
- bracketed_share: the share in brackets right after an amount is of that amount's period (facts/restated.py).
- month_past_semicolon: a bare month takes no year from a clause behind a semicolon (facts/period_time.py).
- prior_own_trade_flow: an export or import right after a sentence on the reporter's own two-way trade is a part of that
  total, not of the head's counterpart (facts/world.py prior_world).
- shared_unit_before: "down 35.2 and 34.7 percent, respectively": the number that shares the unit after it is the
  percent before the next one (figures/extract.py).
- status cues "need to grow", "may rise" (vocab/en/status.csv) and rate_year_to: "14 per cent a year to 2030" is a
  yearly rate up to a year, not a rolling "year to" (facts/periods_place.py).

Each firing test quotes the page named above it (or says CONSTRUCTED and what was searched) and fails without its rule.
"""
import pytest

from tradeflows.pipeline import figures_of_text


def _figs(text: str, year: int | None, title: str | None = None) -> dict:
    """figure -> the figure (the first of a repeated figure)."""
    out = {}
    for f in figures_of_text(text, "page", "web", pub_year=year, title=title):
        out.setdefault(f.figure, f)
    return out


def _rule(f, field: str) -> str:
    return next(r.split(":", 1)[1] for r in f.fact_rules.split(";") if r.startswith(field + ":"))


# -- region_locator ------------------------------------------------------------------------------------------------------
# https://buyfromyiwu.com/n1865216/Yiwu's-exporting-soars-71-in-April.htm
YIWU_APRIL = ("Yiwu city in East China's Zhejiang province reported a foreign trade volume of 27.01 billion yuan ($4.19 "
              "billion) in April, up 71.4 percent from the previous year, and accounting for 8.1 percent of the provincial "
              "aggregate, according to the latest statistics from the Yiwu customs office.\n")


def test_city_in_a_province_owns_its_flow():
    figs = _figs(YIWU_APRIL, 2021, title="Yiwu's exporting soars 71% in April")
    for name in ("27.01 billion yuan", "$4.19 billion", "71.4 percent"):
        f = figs[name]
        assert (f.reporter, f.reporter_iso3) == ("Yiwu", "CHN"), name
        assert _rule(f, "reporter") == "home_region+region_locator"


# http://ezhejiang.gov.cn/jinhua/BeltAndRoadJinHubTrade.html: a prefecture named between the city and its province
YIWU_JINHUA = ("In the first 11 months of this year, Yiwu, a county-level city in Jinhua, Zhejiang province, has seen its "
               "foreign trade hit 613.99 billion yuan ($84.13 billion), a substantial 17.6 percent increase year-on-year, "
               "surpassing last year's total of 566.05 billion yuan.\n")


def test_county_level_city_in_a_prefecture_and_province_owns_its_flow():
    figs = _figs(YIWU_JINHUA, 2023)
    assert figs["613.99 billion yuan"].reporter == "Yiwu"
    assert figs["17.6 percent"].reporter == "Yiwu"


# https://chinaservicesinfo.com/s/202008/20/WS5f460867498ed1e2f3408d50/... (data/web62 dj09, a tuned page): the province
# in an aside between dashes, then "the city's exports" in the next paragraph (the city noun)
XIAMEN_DASH = ("The value of foreign trade in the first seven months in Xiamen – the port city in East China's Fujian "
               "province – expanded to 370 billion yuan ($53.46 billion), up 5.4 percent year-on-year, according to local "
               "officials who said the growth rate was 7.1 percentage points higher than the national average.\n\n"
               "Statistics showed that the city's exports were down by 4.8 percent year-on-year to 189.2 billion yuan in "
               "the period, but imports surged to 180.9 billion yuan, growing by 18.7 percent year-on-year.\n")


def test_city_before_a_dashed_province_aside_and_the_citys_exports():
    figs = _figs(XIAMEN_DASH, 2020)
    for name in ("370 billion yuan", "5.4 percent", "4.8 percent", "189.2 billion yuan", "180.9 billion yuan"):
        assert figs[name].reporter == "Xiamen", name
    assert _rule(figs["4.8 percent"], "reporter") == "entity_anaphor"


# -- the city noun -------------------------------------------------------------------------------------------------------
# https://govt.chinadaily.com.cn/s/202104/01/WS606bf726498e7a02c6f6a7a0/xiamen-ranks-10th-nationwide-in-foreign-trade-
# volume-in-2020.html: a city named once in an opening with no figure, then only "the city's"
XIAMEN_CITY = ("The coastal city of Xiamen in East China's Fujian province witnessed strong growth in foreign trade last "
               "year, with its total foreign trade volume ranking 10th nationwide, according to a report released by "
               "Chinese financial news outlet Yicai on March 29.\n\n"
               "Official data shows that the city's foreign trade expanded 7.8 percent year-on-year to 691.58 billion "
               "yuan ($106.92 billion) in 2020, the highest in history.\n\n"
               "The city's exports grew 1.2 percent year-on-year to 357.29 billion yuan last year, while its imports "
               "surged 16 percent year-on-year to 334.29 billion yuan.\n")


def test_the_citys_trade_is_the_city_named_before():
    figs = _figs(XIAMEN_CITY, 2021, title="Xiamen ranks 10th nationwide in foreign trade volume in 2020")
    for name in ("7.8 percent", "691.58 billion yuan", "357.29 billion yuan", "334.29 billion yuan"):
        assert (figs[name].reporter, figs[name].reporter_iso3) == ("Xiamen", "CHN"), name
    assert _rule(figs["691.58 billion yuan"], "reporter") == "region_noun_subject"


# -- office_not_listed ---------------------------------------------------------------------------------------------------
# http://en.chinaxinjiang.cn/01/201707/t20170731_556051.htm (data/web62 dj04, a tuned page). No page outside the
# development sets was found where the paragraph before names both the region and the customs office's city (query
# "Xinjiang foreign trade volume first half year on year Urumqi Customs said exports imports"); the 2019 page of the same
# outlet below names only the office's city there, and passes without the rule
XINJIANG_H1 = ("Rising demand from neighboring central Asian countries helped push up Xinjiang's trade volume to 9 billion "
               "U.S. dollars in H1, up 34 percent year on year, Urumqi Customs said\n\n"
               "Exported goods, mainly mechanics, textiles and shoes, were 7.7 billion dollars, up 34.8 percent year on "
               "year. Imports, including farm produce, copper ore and paper pulp, reached 1.2 billion dollars, an "
               "increase of 29.3 percent.\n")


def test_customs_city_is_no_second_region_of_the_paragraph_before():
    figs = _figs(XINJIANG_H1, 2017, title="Xinjiang H1 foreign trade up 34 pct")
    f = figs["7.7 billion dollars"]
    assert (f.reporter, f.reporter_iso3) == ("Xinjiang", "CHN")
    assert _rule(f, "reporter") == "region_next_paragraph+office_not_listed"
    assert figs["1.2 billion dollars"].reporter == "Xinjiang"


# http://en.chinaxinjiang.cn/01/201907/t20190701_577666.htm
XINJIANG_2019 = ("Import trade in Xinjiang Uygur Autonomous Region grew robustly by 49.1 percent in the first five months "
                 "of this year, according to local customs authorities.\n\n"
                 "The region's import trade volume reached 13.8 billion yuan ($2 billion) from January to May, Urumqi "
                 "customs said.\n\n"
                 "Exports grew marginally by 1.4 percent to reach 38.5 billion yuan, it said.\n")


def test_region_next_paragraph_with_only_the_office_city_before():
    figs = _figs(XINJIANG_2019, 2019, title="Foreign trade in Xinjiang sees booming growth: customs")
    assert figs["38.5 billion yuan"].reporter == "Xinjiang"


# -- growth_percent_listed -----------------------------------------------------------------------------------------------
# http://english.jinhua.gov.cn/bari/201804/t20180408_2193881.html (data/web62 dj06, a tuned page). No page outside the
# development sets with a list of rates after a change noun in a clause holding "accounted for" was found (queries
# "accounted for the largest increase, with year-on-year growth of ... respectively", "trade with India, Brazil and Egypt
# accounted for the largest increase, with increases of percent respectively")
YIWU_LIST = ("According to Yiwu Customs, among these export-trading partners, in January and February, India, Brazil, and "
             "Egypt accounted for the largest increase in trade volume, with a yearly increase of 136.14%, 106.74%, and "
             "97.64%, respectively.\n")


def test_rates_listed_after_a_change_up_to_respectively_are_changes():
    figs = _figs(YIWU_LIST, 2018)
    assert [(figs[n].kind, figs[n].value) for n in ("136.14%", "106.74%", "97.64%")] == \
        [("growth", 136.14), ("growth", 106.74), ("growth", 97.64)]
    assert figs["106.74%"].rule == "growth_percent_listed"


# http://m.ynhybx.com/a/201801/06/WS5a5095a2a31008cf16da5800.html: the same list with "and" (a change before it already)
YIWU_AND = ("The customs said India is the largest importer, with trade volume exceeding 13 billion yuan, while Hungary "
            "and Angola registered the highest year-on-year growth of 232 percent and 101 percent, respectively.\n")


def test_two_rates_joined_by_and_stay_changes():
    figs = _figs(YIWU_AND, 2018)
    assert (figs["101 percent"].kind, figs["101 percent"].value) == ("growth", 101.0)


# https://buyfromyiwu.com/n1865216/Yiwu's-exporting-soars-71-in-April.htm: a year-on-year span closes the list before
# "respectively"
def test_rates_listed_after_up_with_a_span_before_respectively_are_changes():
    text = ("In April, trade volume between Yiwu and Africa, ASEAN, and the European Union was 5.46 billion yuan, 3.57 "
            "billion yuan, and 2.89 billion yuan, up 40.8 percent, 90.7 percent, and 96 percent year-on-year "
            "respectively.\n")
    figs = _figs(text, 2021)
    assert [(figs[n].kind, figs[n].value) for n in ("40.8 percent", "90.7 percent", "96 percent")] == \
        [("growth", 40.8), ("growth", 90.7), ("growth", 96.0)]


# https://www.ecns.cn/business/2013/07-18/73670.shtml (ecns.cn): the first rate shares the unit written after the second
# (rule shared_unit_before: the number that shares the unit is the percent before the one it shares it with)
def test_rates_sharing_one_unit_before_respectively_are_both_falls():
    text = ("The foreign trade volume to the United States and Russia were 280 million and 220 million U.S. dollars, down "
            "35.2 and 34.7 percent, respectively.\n")
    figs = _figs(text, 2013)
    assert (figs["35.2"].kind, figs["35.2"].value) == ("growth", -35.2)
    assert (figs["34.7 percent"].kind, figs["34.7 percent"].value) == ("growth", -34.7)


# CONSTRUCTED: a share after a change, joined by a comma but with no "respectively" after it, stays a share
def test_a_share_after_a_change_without_respectively_stays_a_share():
    figs = _figs("Exports rose by 12%, accounting for 40% of the total.\n", 2018)
    assert figs["40%"].kind == "share"


# -- growth_fraction_frequency -------------------------------------------------------------------------------------------
# http://en.chinaxinjiang.cn/01/201707/t20170731_556051.htm (data/web62 dj04); the form "up about a third year on year"
# stands in a file the `find_string` index holds ("its market ... is reported at C$4.04 billion in revenue for calendar
# 2025, up about a third year on year"); no news page with it was found by the `search` tool ("exports grew nearly a
# third year on year")
def test_a_third_before_year_on_year_is_a_change():
    text = ("The foreign trade volume of northwest China's Xinjiang Uygur Autonomous Region from January to June grew "
            "over a third year on year, custom authorities said.\n")
    f = _figs(text, 2017, title="Xinjiang H1 foreign trade up 34 pct")["over a third"]
    assert (f.kind, f.value, f.qualifier, f.rule) == ("growth", 33.3, "more_than", "growth_fraction_frequency")


def test_up_about_a_third_year_on_year_is_a_rise():
    text = "Its market is reported at C$4.04 billion in revenue for calendar 2025, up about a third year on year.\n"
    f = _figs(text, 2026)["about a third"]
    assert (f.kind, f.value) == ("growth", 33.3)


# -- Belt and Road group -------------------------------------------------------------------------------------------------
# http://english.jinhua.gov.cn/bari/201804/t20180408_2193881.html (data/web62 dj06)
def test_countries_and_territories_along_the_belt_and_road():
    text = ("According to statistics from Yiwu Customs, on March 29, Yiwu's exports to countries and territories along the "
            "Belt and Road (B&R) in January and February reached 26.17 bn RMB, a yearly increase of 63.1%.\n")
    f = _figs(text, 2018)["26.17 bn RMB"]
    assert (f.partner, f.partner_iso3) == ("Belt and Road Initiative countries", None)


# https://govt.chinadaily.com.cn/s/202008/11/WS5f3a41f0498ed1e2f3408a26/xiamens-foreign-trade-volume-rises-3-9-to-308b-
# yuan-in-h1.html
def test_countries_and_regions_involved_in_the_belt_and_road_initiative():
    text = ("Xiamen has also made great efforts to explore new export markets and has seen robust growth in its foreign "
            "trade with countries and regions involved in the Belt and Road Initiative, with the trade volume rising by "
            "5.1 percent year-on-year to 97.78 billion yuan from January to June.\n")
    f = _figs(text, 2020)["97.78 billion yuan"]
    assert f.partner == "Belt and Road Initiative countries"


# -- gdp_share_bracket, bracketed_share, month_past_semicolon ------------------------------------------------------------
# https://www.washingtontimes.com/news/2005/nov/18/20051118-084901-3240r/ (data/web50 cl01, a tuned page). No page
# outside the development sets with an amount and its share of GDP in brackets, then a second such pair, was found by the
# `search` tool (query "trade deficit totaled billion (5.3 percent of GDP) up from billion (percent of GDP) in") or the
# `find_string` index ("percent of GDP), up from")
WT = ("The U.S. trade deficit has steadily increased in recent years. In 2004 it totaled $618 billion (5.3 percent of "
      "GDP), which reflected an increase of more than $500 billion per year from its 1997 level of $108 billion (1.2 "
      "percent of GDP). Throughout this period, observers have become accustomed to record-breaking figures.\n\n"
      "The trade deficit in September reached the once-unfathomable level of $66.1 billion. Yes, oil prices soared that "
      "month, and America imports a lot of petroleum. But consider this: Oil prices were high in 1979, 1980 and 1981; "
      "yet, for that entire three-year period, America's cumulative trade deficit was $6 billion less than September's "
      "$66.1 billion deficit.\n")


def _all(text: str, year: int | None) -> list:
    return figures_of_text(text, "page", "web", pub_year=year)


def test_gdp_in_a_bracketed_share_is_no_cue_of_the_amounts_after():
    figs = _figs(WT, 2005)
    assert figs["more than $500 billion"].measure == "balance"
    assert (figs["$108 billion"].measure, figs["$108 billion"].year) == ("balance", 1997)
    assert figs["5.3 percent"].measure == "gdp"


def test_share_in_brackets_is_of_the_amounts_period():
    f = _figs(WT, 2005)["1.2 percent"]
    assert (f.year, f.period_start, f.period_end) == (1997, "1997-01", "1997-12")
    assert _rule(f, "year") == "bracketed_share"


def test_a_month_past_a_semicolon_takes_no_year_of_the_clause_before():
    later = [f for f in _all(WT, 2005) if f.figure == "$66.1 billion"][-1]
    assert (later.year, later.period_start) == (2005, "2005-09")


# CONSTRUCTED (from the sentence above): a share in brackets that names its own year keeps it
def test_a_bracketed_share_with_its_own_year_keeps_it():
    text = "In 2004 the deficit totaled $618 billion (1.2 percent of GDP in 1997).\n"
    f = _figs(text, 2005)["1.2 percent"]
    assert f.year == 1997 and _rule(f, "year") != "bracketed_share"


# -- status cues and rate_year_to ------------------------------------------------------------------------------------------
# https://mobile.nation.co.ke/blogs/A-more-competitive-strategy-is-needed-to-grow-the-export-sector-/1949942-4135166-b77fkgz
# (data/web50 cl05, a tuned page). Searched "exports need to grow at per cent a year to reach target": the pages found
# ("exports from the country have to grow at a compound average annual growth of 26.7 per cent", domain-b.com) name a
# target besides
def test_exports_need_to_grow_a_year_to_2030_is_a_target_of_2030():
    text = ("Exports need to grow at 14 per cent a year to 2030 for a better balance to be achieved, according to Mr "
            "Jaswinder Bedi, the chairman of the Export Promotion Council.\n")
    f = _figs(text, 2017)["14 per cent"]
    assert (f.kind, f.status, f.year) == ("growth", "target", 2030)


# https://invest.pk/view-news/45 (data/web50 cl06, a tuned page)
def test_exports_may_rise_is_a_target():
    text = ("Exports fell again to $21.39 billion in the following year but climbed to the record high of $25.3 billion in "
            "2020-21. Now, it seems that exports may rise further to another all-time high of more than $30 billion in "
            "the current fiscal year.\n")
    assert _figs(text, 2022)["more than $30 billion"].status == "target"


# CONSTRUCTED: the rolling year "the year to March 2022" stays no calendar year
def test_the_year_to_a_month_stays_a_rolling_year():
    f = _figs("Exports rose 5% to $3 billion in the year to March 2022.\n", 2022)["$3 billion"]
    assert (f.period_start, f.period_end) == ("2021-04", "2022-03")


# -- prior_own_trade_flow --------------------------------------------------------------------------------------------------
# https://uaetimes.ae/?p=38178 (data/web50 cl11, a tuned page): a head that compares the UAE with Nigeria throughout. No
# page outside the development sets was found whose head names a counterpart before a paragraph on the subject's own
# trade and its parts (queries "UAE's non-oil foreign trade reached trillion first half; non-oil exports rose re-exports
# imports grew percent": the pages found name no counterpart in their head)
UAE = ("The United Arab Emirates (UAE) is currently giving a perfect illustration of what could happen if Nigeria is able "
       "to reap the economic gains in a row. Like Nigeria, the Middle Eastern country is an oil producer and a member of "
       "the 15-member Organization of the Petroleum Exporting Countries (OPEC). At the same time, like Nigeria, the UAE "
       "is largely a monocultural economy, dependent on oil export revenue.\n\n"
       "Judging by the data available, this determination is starting to pay dividends, as the UAE's non-oil trade "
       "crossed the AED1 trillion (the country's currency) mark for the first time in the first half of 2022. Over the "
       "same period, non-oil trade imports rose 19%, while re-exports rose 20%.\n")


def test_flows_after_a_sentence_on_own_trade_are_its_parts():
    figs = _figs(UAE, 2022, title="UAE's expanding non-oil trade")
    assert (figs["19%"].measure, figs["19%"].partner) == ("imports", "world")
    assert (figs["20%"].measure, figs["20%"].partner) == ("exports", "world")
    assert _rule(figs["19%"], "partner") == "prior_world"


# CONSTRUCTED: a sentence before on the pair's trade, not the subject's own, leaves the head's counterpart
def test_flows_after_a_sentence_on_the_pairs_trade_keep_the_head():
    text = ("Nigeria's trade with the UAE is growing fast, officials in Abuja said on Monday.\n\n"
            "Trade between Nigeria and the UAE crossed $5 billion in 2022. Over the same period, imports rose 19%.\n")
    figs = _figs(text, 2022, title="Nigeria-UAE trade booms")
    assert figs["19%"].partner != "world"
