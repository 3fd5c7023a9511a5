"""Session 71 (openO71): fact-checks and explainers of trade claims (web61, opened now) and one commodity's exports
(web56); studied on two thirds of their tuned pages, the first third by SHA-256 of the file name set aside unread.

- billlion: the misspelt scale word is a billion (vocab/en/units.txt, as "billon").
- range_span_from: "anywhere from $69 billion to a $100 billion" is one range, not a change's two levels, though each
  end has its scale word; an article may stand before the high end (figures/ranges.py; vocab/en/patterns.csv rows
  ranges_span_from, ranges_span_article).
- money_trade_level (a row more): a verb of the flow right before a bare scaled amount ("Berlin imported goods worth
  170.600 billion and exported only 81.300 billion") on a page of one currency is in it (vocab/en/patterns.csv row
  extract_trade_level_before).
- capital_flow: a capital right before a verb of its flow ("Berlin imported") on a page naming its country in full and
  not naming the capital in its title stands for the country (facts/places.py page_aliases, _with_page_aliases).
- page_abbreviation_flow: a page's abbreviation right before a verb of its flow ("In 2022, SA exported about
  R275-billion") is the country, not only after a preposition or at a sentence's start (facts/places.py).
- head_rank_contest: a title that disputes, with a contrast word, which of two counterparts holds a rank ("China is
  our biggest export market but the gov't says it is the US") names no page counterpart (facts/carry.py
  page_head_partner); first written without the contrast word, it broke tests/test_blind31.py ("Poland overtakes Great
  Britain as Germany's fifth largest trading partner" is about Poland).
- output_share_anaphor: "Those exports amount to 7.7% of GDP" after a flow to the EU keeps the flow's counterpart
  (facts/world.py share_of_output).
- owner_whole (a wider flow noun): "46% of the UK's total of £370 billion worth of goods exports" is the world total
  (facts/reporters.py OF_FLOW_AFTER).
- its_not_own_partner: "China has purchased ... . Its export to China has risen by 14 percent": "its" is not the
  country the figure's own sentence names as the other side (facts/reporters.py its_flow).
- pounds_weight: "export volume has been 539 million pounds", "95.07 million pounds of large shrimp worth $277
  million" are weights, no money (figures/extract.py).
- head_flow_driver: a title whose flow to a counterpart drives the subject's growth ("Exports to U.S. Drive Japanese Auto
  Industry Growth") gives that counterpart to no turnover (facts/carry.py page_head_partner, partners_carried.head;
  first written for any one-way title flow, it then cost one partner on external's opened pages, so it was narrowed).
- in previous years: "in previous/earlier/prior/past years" is a span of years, no one year (vocab/en/patterns.csv row
  period_span_years).
- base_value ("which was only"): "compared to the same period last year which was only $1.12 billion" is the base's
  value (facts/period_bases.py _BASE_WHEN).
- event_since_year: "since its handover in 1971" dates an event, no period in force (ingest/event_time.py, row
  event_since_before).
- range_span_from (a second row): "has been consistent in recent years, from $67 billion to $69 billion" is a range.
- bloc_anaphor ("this region"), dropped: "Ecuador has exported 62 percent of its large shrimps to this region" after
  "Asia is the main market" is Asia, but "exports to this region" on data/raw 001 is Pakistan; a strict xfail keeps it.
- on_period_from ("year on year to $X from $Y"): the base after the new level is of the year before, also where the
  change is dated by its year alone (facts/period_choice.py; row period_choice_on_from).

Each firing test quotes the page named above it (or says CONSTRUCTED and what was searched) and fails without its rule.
"""
import pytest

from tradeflows.pipeline import figures_of_text


def _figs(text: str, year: int | None, title: str | None = None) -> dict:
    """figure -> the figure."""
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=year, title=title)}


def _all(text: str, year: int | None, title: str | None = None) -> list:
    return figures_of_text(text, "page", "web", pub_year=year, title=title)


# -- billlion ----------------------------------------------------------------------------------------------------------
# https://www.wardsauto.com (data/web56 cx13, a tuned page); the spelling is common in code and prose the `find_string`
# index holds ("1 Billlion", "2 billlion years"); no news page with it was found by the `search` tool
def test_billlion_is_a_billion():
    text = ("Unchanged from the past, the U.S. was the leading export market at ¥3,745.9 billlion ($36.5 billion), up 20% "
            "over 2012 levels.\n")
    f = _figs(text, 2013)["¥3,745.9 billlion"]
    assert (f.kind, f.value, f.currency) == ("money", 3745.9e9, "JPY")


# -- range_span_from ---------------------------------------------------------------------------------------------------
# https://www.politifact.com (data/web61 dh03, a tuned page): Trump's claim quoted
def test_anywhere_from_x_to_a_y_is_one_range():
    text = ('"The United States has a massive trade deficit with Japan. It\'s anywhere from $69 billion to a $100 billion '
            'a year."\n')
    figs = _all(text, 2018)
    money = [f for f in figs if f.kind == "money"]
    assert [(f.value, f.value_high, f.qualifier) for f in money] == [(69e9, 100e9, "range")]


def test_a_level_consistent_from_x_to_y_is_one_range():
    """The same page: a level held steady over recent years, "from $67 billion to $69 billion", is a range."""
    text = ("U.S. Census Bureau data shows that the U.S. deficit with Japan in goods has been consistent in recent years, "
            "from $67 billion to $69 billion. In 2017, it was $68.8 billion.\n")
    money = [(f.value, f.value_high, f.year) for f in _all(text, 2018) if f.kind == "money"]
    assert money == [(67e9, 69e9, None), (68.8e9, None, 2017)]


def test_ranging_from_is_a_range_and_rose_from_stays_two_levels():
    """CONSTRUCTED (the `search` tool, corpus pages, gave no page with "ranging from $X billion to $Y billion" of a
    trade flow): "ranging from" opens a range; "rose from $2 billion to $3 billion" stays a change's two levels."""
    text = ("Exports to China were ranging from $2 billion to $5 billion per year.\n"
            "Exports to Japan rose from $2 billion to $3 billion in 2019.\n")
    money = [(f.line, f.value, f.value_high) for f in _all(text, 2019) if f.kind == "money"]
    assert money == [(1, 2e9, 5e9), (2, 2e9, None), (2, 3e9, None)]


# -- money_trade_level, capital_flow -----------------------------------------------------------------------------------
# https://www.mundoamerica.com/news/2026/02/27 (data/web61 dh11, a tuned page)
BERLIN = ("Merz traveled accompanied by heavyweights of the German industry - Volkswagen, BMW, Mercedes-Benz - because the "
          "relationship with Beijing is, above all, economic. In 2025, Germany and China traded a volume of 251.000 "
          "billion euros, 2.2% more than the previous year. China surpassed the United States last year as Germany's top "
          "trading partner for the first time. But the data hides a growing asymmetry: Berlin imported goods worth "
          "170.600 billion and exported only 81.300 billion.\n")
BERLIN_TITLE = "Germany's trade deficit with China forces it to make a move"


def test_a_flow_verb_before_a_bare_amount_reads_the_page_currency():
    figs = _figs(BERLIN, 2026, BERLIN_TITLE)
    f = figs["170.600 billion"]
    assert (f.kind, f.value, f.currency, f.measure, f.rule) == ("money", 170.6e9, "EUR", "imports", "money_trade_level")
    assert (figs["81.300 billion"].value, figs["81.300 billion"].currency) == (81.3e9, "EUR")


def test_a_capital_before_its_flow_verb_is_its_country():
    f = _figs(BERLIN, 2026, BERLIN_TITLE)["170.600 billion"]
    assert (f.reporter, f.reporter_iso3, f.partner) == ("Germany", "DEU", "China")
    assert "capital_flow" in f.fact_rules


# https://finanz.dk/beijings-foreign-trade-down-18-7/ (via China Daily)
BEIJING = ("BEIJING – Beijing's foreign trade dropped 18.7 percent year-on-year to 1.32 trillion yuan ($192 billion) in "
           "the first seven months of 2020, local customs said Friday.\n"
           "In terms of major imports, Beijing imported 389.97 billion yuan worth of crude oil, down 32.2 percent, 82.54 "
           "billion yuan worth of natural gas, down 20 percent.\n")


def test_a_capital_the_title_names_keeps_its_own_trade():
    """The city's own imports on a page titled on the city (rule capital_flow does not fire)."""
    f = _figs(BEIJING, 2020, "Beijing's foreign trade down 18.7%")["389.97 billion yuan"]
    assert "capital_flow" not in f.fact_rules
    assert f.reporter != "China"


# -- page_abbreviation_flow --------------------------------------------------------------------------------------------
# https://www.farmingportal.co.za (data/web61 dh09, a tuned page)
AGOA = ("South Africa stands to lose up to R60-billion a year in exports to the US if it forfeits its privileged access "
        "to the US market under the African Growth and Opportunity Act (Agoa).\n"
        "In 2022, SA exported about R275-billion in goods to the US, of which about 21.6% – or R59.59-billion – entered "
        "the US under Agoa.\n")


def test_a_page_abbreviation_before_its_flow_verb_is_the_country():
    f = _figs(AGOA, 2023)["about R275-billion"]
    assert (f.reporter, f.partner, f.year) == ("South Africa", "United States", 2022)
    assert "page_abbreviation_flow" in f.fact_rules


def test_a_company_suffix_before_a_flow_verb_stays_a_company():
    """CONSTRUCTED: "Nestle SA exported" (a capitalized word before the abbreviation) is no country."""
    text = AGOA.replace("In 2022, SA exported", "In 2022, Nestle SA exported")
    f = _figs(text, 2023)["about R275-billion"]
    assert "page_abbreviation_flow" not in f.fact_rules


# -- head_rank_contest -------------------------------------------------------------------------------------------------
# https://opinyon.net/opinion/china-is-our-biggest-export-market-but-the-gov-t-says-it-is-the-us (data/web61 dh07)
RANK_TITLE = "China is our biggest export market but the gov't says it is the US"
RANK = (RANK_TITLE + "\n\n"
        "The government, through the Philippine Statistics Authority (PSA), has recently released figures showing our "
        "nation's exports of products to various countries.\n\n"
        "The PSA said exports scaled up by 19.4 percent year on year to $7.39 billion from $6.19 billion.\n\n"
        "The Authority claimed that the United States with a 15.7-percent share or $1.16 billion, is the biggest export "
        "market for the Philippines.\n")


def test_a_title_contesting_two_counterparts_names_none():
    f = _figs(RANK, 2025, RANK_TITLE)["$7.39 billion"]
    assert (f.reporter, f.partner, f.measure) == ("Philippines", "world", "exports")


# -- output_share_anaphor, owner_whole ---------------------------------------------------------------------------------
# https://fullfact.org (data/web61 dh02, a tuned page)
def test_those_exports_as_a_share_of_gdp_keep_their_counterpart():
    text = ("Incorrect. 46% of UK goods exports go to the EU, according to the latest data for 2019. Those exports amount "
            "to 7.7% of GDP.\n")
    f = _figs(text, 2020)["7.7%"]
    assert (f.measure, f.partner, f.year) == ("exports", "European Union", 2019)
    assert "output_share_anaphor" in f.fact_rules


def test_a_share_of_gdp_exported_is_still_the_total():
    """CONSTRUCTED (the neighbour rule share_of_output, unchanged): no demonstrative, the world."""
    text = "We export over 70% of our gross domestic product, the minister said of Malta in 2019.\n"
    f = _figs(text, 2019)["over 70%"]
    assert f.partner == "world"


def test_the_owner_total_worth_of_goods_exports_is_the_world():
    text = ("Goods exports to the EU were worth £170 billion in 2019, 46% of the UK’s total of £370 billion worth of goods "
            "exports.\n")
    f = _figs(text, 2020)["£370 billion"]
    assert (f.reporter, f.partner, f.year) == ("United Kingdom", "world", 2019)


# -- its_not_own_partner, pounds_weight --------------------------------------------------------------------------------
# http://www.chinaseafoodexpo.com (data/web56 cx02, a tuned page)
SHRIMP = ("According to Ecuador’s media, the country’s export value of large shrimps has reached $1.59 billion USD during "
          "the first half of 2018, while its export volume has been 539 million pounds. China has purchased 95.07 million "
          "pounds of large shrimp worth $277 million USD. Its export to China has risen by 14 percent compared with the "
          "same period last year and it has constituted 18 percent of the country’s total export.\n")


def test_its_flow_to_the_country_named_before_is_not_that_country():
    f = _figs(SHRIMP, 2018)["14 percent"]
    assert (f.reporter, f.partner) == ("Ecuador", "China")
    assert "its_not_own_partner" in f.fact_rules


def test_pounds_of_a_volume_or_of_goods_given_a_value_are_weights():
    figs = _figs(SHRIMP, 2018)
    assert "539 million pounds" not in figs and "95.07 million pounds" not in figs
    assert figs["$277 million"].value == 277e6


def test_a_trade_volume_in_pounds_stays_money():
    """CONSTRUCTED: a trade volume is a value ("bilateral trade volume reached 5 billion pounds")."""
    text = "The bilateral trade volume between Britain and Italy reached 5 billion pounds in 2019.\n"
    f = _figs(text, 2020)["5 billion pounds"]
    assert (f.kind, f.value) == ("money", 5e9)


# -- head_flow_driver ------------------------------------------------------------------------------------------------
# https://wardsauto.com/industry/exports-to-u-s-drive-japanese-auto-i... (data/web56 cx13, a tuned page)
WARDS_TITLE = "Exports to U.S. Drive Japanese Auto Industry Growth"
WARDS = ("Exports to U.S. Drive Japanese Auto Industry Growth\n"
         "Japanese exports to Europe were down 10%, while shipments to the U.S. and Asia were relatively flat.\n"
         "February 26, 2014\n"
         "TOKYO – Japan’s automotive trade grew 13% in 2013 on the strength of surging exports to the U.S.\n")


def test_a_title_flow_driving_the_subject_gives_no_counterpart_to_its_whole_trade():
    f = _figs(WARDS, 2014, WARDS_TITLE)["13%"]
    assert (f.reporter, f.measure, f.partner, f.year) == ("Japan", "turnover", "world", 2013)
    assert "head_flow_driver" in f.fact_rules


def test_a_title_pair_still_gives_the_turnover_its_counterpart():
    """CONSTRUCTED (the neighbour rule head, unchanged): a title naming the pair's trade, no one-way flow."""
    text = "Japan-US trade grows\nTOKYO – Japan’s automotive trade grew 13% in 2013, the ministry said.\n"
    f = _figs(text, 2014, "Japan-US trade grows")["13%"]
    assert "head_flow_driver" not in f.fact_rules


# -- in previous years (period_span_years) -----------------------------------------------------------------------------
# https://fullfact.org (data/web61 dh02, a tuned page)
def test_in_previous_years_names_no_one_year():
    text = ("Goods exports to the EU were worth £170 billion in 2019. The 46% figure is lower than in previous years, when "
            "around half of the UK’s goods exports normally went to the EU.\n")
    f = _figs(text, 2020)["around half"]
    assert (f.partner, f.year) == ("European Union", None)


# -- base_value ("which was only") -------------------------------------------------------------------------------------
# https://www.en.netralnews.com/news/business/read/13799 (data/web56 cx14, a tuned page); the `search` tool (corpus
# pages) gave no other page with "the same period last year which was only"
def test_the_base_which_was_only_a_value_is_the_year_before():
    text = ("As for the light coal type, Indonesia's export value to China during January-August 2017 has reached $2.12 "
            "billion, up 88.7 percent compared to the same period last year which was only $1.12 billion.\n")
    f = _figs(text, 2017)["$1.12 billion"]
    assert (f.year, f.period_start, f.period_end) == (2016, "2016-01", "2016-08")
    assert "year:base_value" in f.fact_rules


# -- event_since_year --------------------------------------------------------------------------------------------------
# https://opinyon.net/opinion/china-is-our-biggest-export-market-but-the-gov-t-says-it-is-the-us (data/web61 dh07)
def test_the_year_of_an_event_a_state_holds_since_is_no_period_in_force():
    text = ("It should be made clear that Hong Kong is a special administrative region (SAR) of People's Republic of "
            "China, operating under the \"one country, two systems\" principle since its handover in 1971.\n\n"
            "If we add the total exports of Hong Kong and China, it will amount to $1.832 billion which is higher than the "
            "United States' $1.16 billion.\n")
    f = _figs(text, 2025)["$1.832 billion"]
    assert f.year == 2025


def test_since_an_event_noun_only():
    """CONSTRUCTED: "since their peak in 2014" names no event of the row (a level, not a state's start)."""
    from tradeflows.ingest.event_time import event_start
    for text, fires in (("operating under the principle since its handover in 1971", True),
                        ("Exports have fallen since their peak in 2014", False)):
        at = text.index("19" if fires else "2014")
        assert (event_start(text, at) is not None) == fires


# -- bloc_anaphor ("this region"), a known miss ------------------------------------------------------------------------
# http://www.chinaseafoodexpo.com (data/web56 cx02, a tuned page); the `search` tool (corpus pages) gave no other page
# with "exported ... to this region"
@pytest.mark.xfail(strict=True, reason="tried as a row of bloc_anaphor and dropped: \"the growth rate of exports to this "
                   "region exceeded 180%\" on data/raw 001 means Pakistan, a country; and its gate (\"region\") cost "
                   "about 1% of the instructions on data/raw")
def test_this_region_is_the_region_named_before():
    text = ("As statistics from the country’s aquaculture association show, Asia is the main market of Ecuador’s large "
            "shrimp. In the first half of this year, Ecuador has exported 62 percent of its large shrimps to this region "
            "and Vietnam is the largest importer.\n")
    f = _figs(text, 2018)["62 percent"]
    assert (f.reporter, f.partner) == ("Ecuador", "Asia")
    assert "partner:bloc_anaphor" in f.fact_rules


# -- on_period_from ("year on year to $X from $Y") ---------------------------------------------------------------------
# https://opinyon.net/opinion/china-is-our-biggest-export-market-but-the-gov-t-says-it-is-the-us (data/web61 dh07)
def test_year_on_year_to_a_level_from_a_base_dates_the_base_a_year_before():
    text = ("The PSA said exports scaled up by 19.4 percent year on year to $7.39 billion from $6.19 billion, rebounding "
            "from a 5.0-percent drop a year ago.\n")
    figs = _figs(text, 2025)
    assert (figs["$7.39 billion"].year, figs["$6.19 billion"].year) == (2025, 2024)
    assert "year:on_period_from" in figs["$6.19 billion"].fact_rules
