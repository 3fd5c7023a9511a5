"""Session 64 (openC53): rules written on the tuned pages of data/web53 (reference and country-profile pages: a
country study, an export-promotion portal's trade release, a factbook-style country profile), each for a phrasing.

- from_period_to_level (facts/periods_place.py, period_adjacent.py, period_bases.py; row from_period_to_level):
  "increased by 0.6 percentage points from January-May last year to 27 percent": a time read with its own "from", a
  level right after it behind "to", is the base the change is counted from; the change and the level are of the
  period in force, never the base's value.
- share_next_item (facts/measure.py; rows share_next_item_contrast, share_next_item_own_figure): a flow word after a
  share, behind ", while" or opening its own figure behind a clause's break ("85.8 percent (including EU 79.4 percent),
  in imports 66.8 percent"), is the next item's, not the whole the share is of.
- label_block_flow (facts/measure_context.py; row measure_flow_label_after): a country profile's statistics block,
  "Exports : $182.4 billion f.o.b. (2004 est.)" over "Commodities :", the goods and "US 87.6%, Canada 1.8%": a line of
  figures naming no flow takes the flow of the line labelled by a flow above it.
- bracketed_time with delivery terms and an estimate's mark (facts/period_adjacent.py; rows bracketed_time_terms,
  bracketed_time_mark; "f.o.b", "c.i.f" in vocab/en/abbreviations.txt): "$182.4 billion f.o.b. (2004 est.)" is of 2004.

No page outside the dev sets with these phrasings was found with the search tool (queries on the pages corpus for
"percentage points from ... last year to", "(est.)" profile lines, "f.o.b. (2005 est.)", "share of developed countries
in total exports"; the only English hit was the dev page itself), so the sentences below are CONSTRUCTED, written
after the phrasings, with other countries, figures and years.
"""
from tradeflows.pipeline import figures_of_text


def _fields(text: str, pub_year: int | None = None, pub_month: int | None = None) -> dict:
    """figure -> (kind, value, measure, partner, year, period_start, period_end, fact_rules) of a web text."""
    return {f.figure: (f.kind, f.value, f.measure, f.partner, f.year, f.period_start, f.period_end, f.fact_rules)
            for f in figures_of_text(text, "page", "web", pub_year=pub_year, pub_month=pub_month)}


# -- from_period_to_level ----------------------------------------------------------------------------------------------
# CONSTRUCTED after a trade release's phrasing (a change told from a base with "from ... last year" to its new level)
FROM_TO = ("Hungarian exports to Austria rose 4.1 percent year-on-year to EUR 3.2 billion in January-June this year. "
           "Austria's share of Hungarian exports increased by 0.4 percentage points from January-June last year to "
           "5.2 percent.")


def test_change_from_base_to_level_is_of_the_period_in_force():
    got = _fields(FROM_TO, 2016, 9)
    for figure in ("0.4 percentage points", "5.2 percent"):
        kind, _, measure, partner, year, start, end, rules = got[figure]
        assert (measure, partner, year, start, end) == ("exports", "Austria", 2016, "2016-01", "2016-06")
        assert "from_period_to_level" in rules


# CONSTRUCTED odd case: "from <months> to <months>" is a run of months, no base; the amount is of that run
def test_from_months_to_months_is_no_base():
    got = _fields("Exports rose to EUR 3.2 billion from January-June 2015 to December 2015.", 2016, 9)
    assert "from_period_to_level" not in got["EUR 3.2 billion"][7]


# CONSTRUCTED odd case: a level that is a written year after "to" is no level ("from 2010 to 2015")
def test_from_year_to_year_is_no_base():
    got = _fields("Exports of wine grew by 40 percent from January-May 2010 to 2015.", 2016)
    assert "from_period_to_level" not in got["40 percent"][7]


# -- share_next_item ---------------------------------------------------------------------------------------------------
# CONSTRUCTED after a trade release's phrasing: the share's whole is named before it, the next item's flow after it
CONTRAST = ("Romania's share of Bulgarian exports increased by 0.3 percentage points to 8.1 percent, while imports "
            "increased by 0.2 percentage points to 6.4 percent.")


def test_share_before_a_contrasting_clause_keeps_its_own_whole():
    got = _fields(CONTRAST, 2016)
    assert got["8.1 percent"][2] == "exports" and "measure:share_next_item" in got["8.1 percent"][7]
    assert got["6.4 percent"][2] == "imports"


OWN_ITEM = ("The share of EU countries in total exports amounted to 74.2 percent, in imports 61.5 percent.")


def test_flow_opening_its_own_figure_is_the_next_item():
    got = _fields(OWN_ITEM, 2016)
    assert got["74.2 percent"][2] == "exports" and "measure:share_next_item" in got["74.2 percent"][7]
    assert got["61.5 percent"][2] == "imports"


# CONSTRUCTED odd case: the flow right after "of" is the share's own whole (rule share_of, no next item)
def test_share_of_flow_after_is_its_whole():
    got = _fields("Germany accounted for 27 percent of exports, while France took 9 percent.", 2016)
    assert got["27 percent"][2] == "exports" and "share_next_item" not in got["27 percent"][7]


# -- label_block_flow --------------------------------------------------------------------------------------------------
# CONSTRUCTED after a factbook-style country profile's statistics block (lines, no sentences)
PROFILE = ("Peru - Country Profile\n\nEconomic Statistics\nExports : $17.4 billion f.o.b. (2005 est.)\nCommodities :\n"
           "copper, gold, zinc, crude petroleum, coffee\nUS 30.7%, China 11.5%, Chile 6.5% (2005)\n"
           "Imports $12.1 billion f.o.b. (2005 est.)\nCommodities :\npetroleum, machinery, chemicals\nPartners :\n"
           "US 16.4%, China 10.2%, Brazil 9.7% (2005)\n")


def test_partner_shares_take_the_flow_of_the_label_above():
    got = _fields(PROFILE)
    for figure, measure, partner in (("30.7%", "exports", "United States"), ("11.5%", "exports", "China"),
                                     ("16.4%", "imports", "United States"), ("9.7%", "imports", "Brazil")):
        assert got[figure][2:4] == (measure, partner)
    assert "measure:label_block_flow" in got["30.7%"][7] and "measure:label_block_flow" in got["16.4%"][7]


def test_profile_amount_dated_by_its_estimate_bracket():
    got = _fields(PROFILE)
    assert got["$17.4 billion"][2] == "exports" and got["$17.4 billion"][4:7] == (2005, "2005-01", "2005-12")
    assert "year:bracketed_time" in got["$17.4 billion"][7]
    assert got["$12.1 billion"][2] == "imports" and got["$12.1 billion"][4] == 2005


# CONSTRUCTED odd case: a line with a figure of its own between the label and the list stops the block ("GDP ...")
def test_label_block_stops_at_a_line_with_a_figure():
    got = _fields("Exports : $17.4 billion (2005 est.)\nPopulation : 28 million\nUS 30.7%, China 11.5% (2005)\n")
    assert "label_block_flow" not in got["30.7%"][7]


# -- decade_span -------------------------------------------------------------------------------------------------------
# https://www.theatlantic.com/business/archive/2010/12/27-key-facts-about-us-exports/67832/
ATLANTIC = "Exports account for 12 percent of GDP when you count services, up from 3 percent in 1930s."


def test_decade_names_no_one_year():
    got = _fields(ATLANTIC, 2010, 12)
    assert got["3 percent"][4:7] == (None, None, None) and "year:span+decade_span" in got["3 percent"][7]
    # (the decade is the other figure's: the present share keeps the page's year)
    assert got["12 percent"][4] == 2010 and "decade_span" not in got["12 percent"][7]


# http://www.country-data.com/cgi-bin/query/r-8757.html (odd case: the amounts have years of their own)
COUNTRY_DATA = ("The mid-1980s decline in world petroleum prices caused the value of Mexico's exports to fall from US$24 "
                "billion in 1984 to US$16 billion in 1986, reflecting the country's continued heavy dependence on "
                "petroleum export revenue.")


def test_decade_before_leaves_written_years():
    got = _fields(COUNTRY_DATA)
    assert got["US$24 billion"][4] == 1984 and got["US$16 billion"][4] == 1986


# -- bracket_part and the bloc "developed countries" -------------------------------------------------------------------
# CONSTRUCTED after a statistics office's release as a trade-promotion portal translates it
BRACKET = ("Czech exports rose 4.0 percent year-on-year in January-June. The share of developed countries in total exports amounted to 81.3 percent (including EU 72.5 percent), in "
           "imports 63.9 percent (including EU 57.0 percent).")


def test_breakdown_bracket_names_its_part():
    got = _fields(BRACKET, 2016)
    assert got["81.3 percent"][2:4] == ("exports", "developed countries")
    assert got["72.5 percent"][2:4] == ("exports", "European Union") and "partner:bracket_part" in got["72.5 percent"][7]
    assert got["63.9 percent"][2:4] == ("imports", "developed countries")
    assert got["57.0 percent"][2:4] == ("imports", "European Union")


# CONSTRUCTED odd case: a bracket that restates the figure in another unit names no part
def test_restating_bracket_is_no_part():
    got = _fields("Exports to Germany amounted to EUR 19.4 billion (including about EUR 2 billion of cars).", 2016)
    assert "bracket_part" not in got["about EUR 2 billion"][7]


# -- respectively_opens and respectively_flows -------------------------------------------------------------------------
# CONSTRUCTED after the same release: "respectively" written before the list it opens, the flows named before it
AGAINST = ("Czech exports rose 4.0 percent year-on-year in January-June. The share of developed countries in total exports amounted to 81.3 percent, in imports 63.9 percent, against "
           "- respectively - 80.1 percent and 65.2 percent in the corresponding period of the previous year.")


def test_respectively_opening_a_list_pairs_with_the_flows_before():
    got = _fields(AGAINST, 2016)
    assert got["80.1 percent"][2] == "exports" and "measure:respectively_flows" in got["80.1 percent"][7]
    assert got["65.2 percent"][2] == "imports"


COMPARED = ("Czech exports rose 4.0 percent year-on-year in January-June. Trade with the ten largest partners accounted for 64.2 percent of total exports and 63.0 percent of total "
            "imports (compared with 63.5 percent and 64.1 percent, respectively, last year).")


def test_compared_list_pairs_with_the_flows_of_the_figures_before():
    got = _fields(COMPARED, 2016)
    assert got["63.5 percent"][2] == "exports" and "measure:respectively_flows" in got["63.5 percent"][7]
    assert got["64.1 percent"][2] == "imports"


# CONSTRUCTED odd case: flows written as one list before the figures keep rule respectively
def test_flows_written_as_a_list_keep_respectively():
    got = _fields("Exports and imports rose 5.1 percent and 3.2 percent, respectively.", 2016)
    assert "measure:respectively;" in got["5.1 percent"][7]


# CONSTRUCTED after the same release: parts in the brackets of a list that "respectively" opens, a base time after it
PARTS_AGAINST = ("Czech exports rose 4.0 percent year-on-year in January-June 2016. The share of developed countries in "
                 "total exports amounted to 81.3 percent (including EU 72.5 percent), in imports 63.9 percent (including "
                 "EU 57.0 percent), against - respectively - 80.1 percent (including EU 71.0 percent) and 65.2 percent "
                 "(including EU 58.3 percent) in the corresponding period of the previous year.")


def test_parts_and_list_share_the_time_after_the_list():
    got = _fields(PARTS_AGAINST, 2016, 9)
    for figure, measure, partner, year in (("81.3 percent", "exports", "developed countries", 2016),
                                           ("72.5 percent", "exports", "European Union", 2016),
                                           ("57.0 percent", "imports", "European Union", 2016),
                                           ("80.1 percent", "exports", "developed countries", 2015),
                                           ("71.0 percent", "exports", "European Union", 2015),
                                           ("65.2 percent", "imports", "developed countries", 2015),
                                           ("58.3 percent", "imports", "European Union", 2015)):
        assert (got[figure][2], got[figure][3], got[figure][4]) == (measure, partner, year), figure
    assert "measure:bracket_part" in got["71.0 percent"][7] and "year:bracket_part" in got["71.0 percent"][7]


# -- flow_difference: the participle after the first flow's amount -----------------------------------------------------
# CONSTRUCTED after a country profile (no outside page found with "exceeding imports by")
def test_exceeding_imports_by_is_the_balance():
    got = _fields("In 2012, goods exports are estimated at US$78 billion, exceeding imports by US$9 billion.")
    assert got["US$9 billion"][2] == "balance" and "measure:flow_difference" in got["US$9 billion"][7]
    assert got["estimated at US$78 billion"][2] == "exports"


# CONSTRUCTED odd case: exceeding a target is no balance
def test_exceeding_a_target_is_no_balance():
    got = _fields("In 2012, goods exports reached US$78 billion, exceeding the target by US$9 billion.")
    assert got["US$9 billion"][2] != "balance"


# -- share_of_gdp_by and share_of_gdp_time -----------------------------------------------------------------------------
# CONSTRUCTED after a trade-promotion country profile (no outside page found with "negative by N% of GDP")
GDP_BY = ("Korea traditionally has a trade surplus; however, in recent years the balance narrowed and it was negative by "
          "1.4% of GDP in 2022 (World Bank).")


def test_percent_of_gdp_after_by_is_a_share_dated_past_gdp():
    got = _fields(GDP_BY)
    kind, value, measure, _, year, start, end, rules = got["1.4%"]
    assert (kind, value, measure, year, start, end) == ("share", 1.4, "balance", 2022, "2022-01", "2022-12")
    assert "year:explicit+share_of_gdp_time" in rules


# CONSTRUCTED odd case: a change "by N%" of a flow stays a growth rate
def test_change_by_percent_of_a_flow_stays_growth():
    got = _fields("Exports fell by 1.4% of their value in 2022.")
    assert got["1.4%"][0] == "growth"
