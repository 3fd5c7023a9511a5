"""Phrasings found in session 35 on stored trade news pages and the tuned pages of the blind sets, each a
rule or a vocabulary row, tested on its sentence and, where one was found, on another text's.
"""
from __future__ import annotations

from phrasing import facts, times

from tradeflows.pipeline import figures_of_text




def test_the_first_days_of_a_month_are_the_month():
    """Rule bare_month: 'in the first 20 days of March' is March of the year in force, as 'the first week of
    October' is (GUIDELINES: a month's first days are annotated as the month); with a year, that year's."""
    text = ("Exports increased about five percent in the first 20 days of March on strong exports of "
            "semiconductors and ships.")
    assert facts(text, pub_year=2019) == [("about five percent", "world", 2019, "2019-03", "2019-03")]
    assert times("in the first 20 days of March 2018 exports rose") == [
        ("March 2018", "month", 2018, 3, 3)]


def test_a_day_range_from_the_first_of_a_month_is_the_month():
    """Rule month_days: 'the April 1-20 period', 'during Sept. 1-20', 'the Dec. 1-20 period' (Korea's customs
    data, as Yonhap and Reuters write them) are that month; a range of dates with its year is not read so."""
    assert facts("Outbound shipments reached $40.3 billion in the Dec. 1-20 period.", pub_year=2024) == [
        ("$40.3 billion", "world", 2024, "2024-12", "2024-12")]
    assert facts("Exports expanded 3.6% from a year earlier during Sept. 1-20.", pub_year=2020) == [
        ("3.6%", "world", 2020, "2020-09", "2020-09")]
    assert times("Exports fell 2% on May 1-3, 2024 amid holidays.") == [("2024", "year", 2024, 1, 12)]
    assert times("in the April 11-20 period") == []


def test_a_base_value_tallied_a_year_earlier():
    """vocab.patterns.RECORDED: 'compared with $32.25 billion tallied a year earlier' (as 'recorded') is the
    base's value, a year before the figure's month (rule base_value)."""
    text = ("Outbound shipments reached $35.82 billion in the April 1-20 period, compared with $32.25 billion "
            "tallied a year earlier.")
    assert facts(text, pub_year=2024) == [("$35.82 billion", "world", 2024, "2024-04", "2024-04"),
                                          ("$32.25 billion", "world", 2023, "2023-04", "2023-04")]


def test_two_counterparts_named_alike_after_the_lead_make_no_head_partner():
    """Rule head_tie: a one-paragraph wire story whose lead names no partner and whose later sentence names the
    United States and China alike is about the country's totals, not trade with the first named."""
    text = ("Exports increased about five percent in the first 20 days of March on strong exports of semiconductors "
            "and ships. According to preliminary data from the Korea Customs Service on Friday, the country’s "
            "outbound shipments reached 35-point-five billion U.S. dollars during the cited period. Exports to the "
            "United States increased two-point-five percent, while shipments to China decreased three-point-eight "
            "percent.")
    assert [(f, p) for f, p, *_ in facts(text, pub_year=2019)] == [
        ("about five percent", "world"), ("35-point-five billion U.S. dollars", "world"),
        ("two-point-five percent", "United States"), ("three-point-eight percent", "China")]
    # the lead naming one of two tied counterparts keeps the page's pair (web w11: the United States, home
    # Mexico's neighbour, not Canada named alike after it)
    text = ("In 2022, Mexico ranked as the second trading partner of the United States, measured by the value of the "
            "sum of exports and imports between the two nations, being slightly below Canada, reveal data from the "
            "Census Bureau of the US Department of Commerce.\n\n"
            "Exports of goods and services from Mexico to the neighboring nation were located at 454 thousand 900 "
            "million dollars, an increase of 18.2 percent compared to 384 thousand 648 million dollars in 2021.\n")
    assert [(f, p) for f, p, *_ in facts(text)] == [("454 thousand 900 million dollars", "United States"),
                                                   ("18.2 percent", "United States"),
                                                   ("384 thousand 648 million dollars", "United States")]


def money(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.value, f.currency) for f in figures_of_text(text, fmt="web", relate=False, **kw)]


def test_a_currency_code_declared_as_the_unit_reads_the_bare_dollar():
    """Rule declared_currency: a statistics office's release that heads its table 'Imports (FJD Millions)' and
    never writes "US$" means its own dollar by a bare "$", though it never names its country (statsfiji.gov.fj,
    March 2015 release)."""
    text = ("INTERNATIONAL MERCHANDISE TRADE STATISTICS - March 2015\n\n"
            "Provisional data put the value of goods imported in March 2015 at $345.4 million while the value of total "
            "exports was $148.2 million.\n\n"
            "Table 1: Major contributors to Imports (FJD Millions)\n")
    assert money(text) == [("$345.4 million", 345400000.0, "FJD"), ("$148.2 million", 148200000.0, "FJD")]
    # a page that also writes "US$" keeps the bare "$" the US dollar; a code before a number declares nothing
    assert money(text + "Imports of fuel cost US$80 million.\n")[0] == ("$345.4 million", 345400000.0, "USD")
    assert money("Exports were $148.2 million, or FJD 300 million.\n")[0] == ("$148.2 million", 148200000.0, "USD")


def test_mauritian_and_jordanian_currency_marks():
    """vocab/en/currencies.csv: 'Rs.' on a Mauritian page is the Mauritian rupee (as 'Rs' was); 'JD.' with a dot
    is the Jordanian dinar (dos.gov.jo writes 'JD.3673.0 million')."""
    assert money("Mauritius: total exports for the third quarter of 2015 summed up to Rs. 24.8 billion.") == [
        ("Rs. 24.8 billion", 24800000000.0, "MUR")]
    assert money("Jordan's imports amounted to JD.3673.0 million during the first ten months of 2017.") == [
        ("JD.3673.0 million", 3673000000.0, "JOD")]


def test_a_decimal_point_spaced_by_a_page_copy():
    """Rule spaced_decimal: 'N7. 1billion', 'P5. 925 billion' (stored copies of Nigerian and Botswanan pages)
    are 7.1 and 5.925 billion, as '10, 2 млрд' is 10.2; not a quarter's number ending a sentence, nor a list
    item's number."""
    assert money("Nigeria exported raw cocoa beans to the Netherlands in values worth N7. 1billion.") == [
        ("N7. 1billion", 7100000000.0, "NGN")]
    assert money("Botswana's total exports were P5. 925 billion in November 2020.") == [
        ("P5. 925 billion", 5925000000.0, "BWP")]
    assert [f.figure for f in figures_of_text("Exports rose in Q2. 95% of them went to China.", fmt="web")] == ["95%"]
    assert [f.figure for f in figures_of_text("Exports:\n2. 15 percent went to China.", fmt="web")] == ["15 percent"]


def test_a_page_written_a_sentence_to_a_line_carries_its_flow():
    """Rule carried_line: a line with no flow word of its own after a line on exports goes on with exports
    (a Bangladesh export page: 'Earnings from footwear stood at ...'); a balance is not carried."""
    text = ("Apart from apparel items, exports of leather and leather goods increased 2.69 percent year-on-year to "
            "$1.16 billion last fiscal year.\n"
            "Earnings from footwear stood at $219.18 million, up 15.69 percent year-on-year.\n")
    assert [(f.figure, f.measure) for f in figures_of_text(text, fmt="web", pub_year=2016)] == [
        ("2.69 percent", "exports"), ("$1.16 billion", "exports"), ("$219.18 million", "exports"),
        ("15.69 percent", "exports")]
    text = ("The deficit in the trade account narrowed to about $5.2 billion in 2022.\n\n"
            "Workers’ remittances in 2022 amounted to about $3.8 billion.\n")
    assert [(f.figure, f.measure) for f in figures_of_text(text, fmt="web")] == [
        ("about $5.2 billion", "balance"), ("about $3.8 billion", "other")]


def measures(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.measure, f.year, f.period_start) for f in figures_of_text(text, fmt="web", **kw)]


def test_places_abbreviated_without_their_last_dot():
    """vocab/en/places.csv: 'U.A.E (15.3%), U.K (13.1%), U.S.A (10.4%)' name the UAE, the UK and the US."""
    from tradeflows.facts.places import find_places
    text = "our main export markets were as follows: U.A.E (15.3%), U.K (13.1%), U.S.A (10.4%), France (9.0%)"
    assert [p.name for p in find_places(text)] == ["UAE", "United Kingdom", "United States", "France"]
    assert [p.name for p in find_places("the U.K. and the U.S.A. agreed")] == ["United Kingdom", "United States"]


def test_respectively_lists_of_modified_flows_and_of_numbers_sharing_pct():
    """Rule list_item_modifier: 'total imports and total exports ... $44.3 million (10.5 per cent) and $3.0 million
    (1.7 per cent) respectively' (Fiji Sun) pairs in order; 'by 17 and 15 pct, respectively' shares 'pct'."""
    text = ("Compared to June 2016, total imports and total exports decreased by $44.3 million (10.5 per cent) and "
            "$3.0 million (1.7 per cent) respectively.")
    assert [(f, m) for f, m, *_ in measures(text)] == [
        ("$44.3 million", "imports"), ("10.5 per cent", "imports"), ("$3.0 million", "exports"),
        ("1.7 per cent", "exports")]
    text = ("Over the course of January–May 2010, the volume of exports and imports increased by 17 and 15 pct, "
            "respectively, compared to the same period of the previous year.")
    assert measures(text) == [("17", "exports", 2010, "2010-01"), ("15 pct", "imports", 2010, "2010-01")]


def test_a_respectively_list_with_no_flow_follows_the_flows_before():
    """Rule respectively_before: 'the increases were 35.1% and 36.8%, in the same order', 'the year-on-year growth
    rates were +18.0% and +36.8%, respectively' (Statistics Portugal) pair with the flows of the nearest sentence
    before that names them; 'Vis-à-vis the 2nd quarter of 2019' is a base, not the figures' period."""
    text = ("In the 2nd quarter of 2022, exports and imports of goods increased by 31.2% and 39.4%, respectively, "
            "compared to the same period of the previous year. Compared to the 2nd quarter of 2020, exports grew by "
            "95.5% and imports by 108.3%. Vis-à-vis the 2nd quarter of 2019, the increases were 35.1% and 36.8%, in "
            "the same order.\n\n"
            "In the 1st quarter of 2022, the year-on-year growth rates were +18.0% and +36.8%, respectively.\n")
    assert measures(text, pub_year=2022)[4:] == [
        ("35.1%", "exports", 2022, "2022-04"), ("36.8%", "imports", 2022, "2022-04"),
        ("18.0%", "exports", 2022, "2022-01"), ("36.8%", "imports", 2022, "2022-01")]


def test_the_authors_line_dates_a_page_over_the_sites_date_of_the_day():
    """Rule byline_by: a site's header prints the day it was read ('Friday, September 18th, 2020'); the line
    'by <author> <date>' below it dates the story (web11 j12, singaporenewstribe.com: it was read as 2020 and its
    'June this year' as June 2020). A page with only the header's date keeps it."""
    from tradeflows.ingest.dates import publication_date
    head = ("Skip to Content\n\nFriday, September 18th, 2020\n\n"
            "FIJI'S trade deficit amounted to $172.1 million for the month of June this year. more…\n\n"
            "by November 9, 2016 General\n\n"
            "FIJI’S trade deficit amounted to $172.1 million for the month of June this year.\n")
    assert publication_date(head) == ("2016-11-09", "text:byline")
    assert publication_date(head.replace("by November 9, 2016 General", "General")) == ("2020-09-18", "text:byline")


# straitstimes.com (Reuters), Japan's March 2014 trade (21 April 2014)
_JAPAN_MOF = (
    "TOKYO (REUTERS) - Japan's exports rose 1.8 per cent in March from a year earlier, Ministry of Finance (MOF) data "
    "showed on Monday, suggesting that sluggish external demand could put a drag on the economy already hit by the "
    "April 1 sales tax hike.\n\n"
    "The rise in exports compared with a 6.3 per cent gain seen by economists in a Reuters poll. It followed an annual "
    "9.8 per cent increase in February.\n\n"
    "Imports grew 18.1 per cent in the year to March, compared with a 16.2 per cent gain expected, and following a 9.0 "
    "per cent rise in the previous month.\n\n"
    "The country's trade balance stood at a deficit of 1.446 trillion yen (S$17.7 billion) in March, against a "
    "shortfall of 1.070 trillion yen expected, after logging a record trade gap of 2.79 trillion yen in January.\n\n"
    "For the last fiscal year that ended in March, Japan logged a record trade deficit of 13.75 trillion yen.\n")


def test_a_status_cue_belongs_to_the_figure_it_follows():
    """Rule cue_of_figure: 'a 16.2 per cent gain expected', 'a shortfall of 1.070 trillion yen expected' make those
    figures forecasts, not the sentence's actual figures before or after them; a poll's expectation ('seen by
    economists in a Reuters poll') is a forecast; a modal in a comment after the figure (', suggesting that ... could
    put a drag') is none of it."""
    got = {f.figure: f.status for f in figures_of_text(_JAPAN_MOF, fmt="web", pub_year=2014)}
    assert got == {"1.8 per cent": "actual", "6.3 per cent": "target", "9.8 per cent": "actual",
                   "18.1 per cent": "actual", "16.2 per cent": "target", "9.0 per cent": "actual",
                   "1.446 trillion yen": "actual", "S$17.7 billion": "actual", "1.070 trillion yen": "target",
                   "2.79 trillion yen": "actual", "13.75 trillion yen": "actual"}


def test_a_year_that_ended_in_a_month():
    """Rule rolling_year: 'the last fiscal year that ended in March' is the twelve months to that March, as 'the
    fiscal year ended in March' is."""
    got = [(f.figure, f.year, f.period_start, f.period_end) for f in figures_of_text(_JAPAN_MOF, fmt="web", pub_year=2014)]
    assert got[-1] == ("13.75 trillion yen", 2014, "2013-04", "2014-03")


def test_a_rubric_repeated_in_a_printed_pages_text_names_no_counterpart():
    """Rule title_rubric: a page printed to PDF repeats its title under the site's name; 'Asia Pacific Economics –'
    opening that line is the column's name there too, so the Solomon Islands' deficit is with the world (make
    formats' print of web14 a12 found 0 of its 38 facts, all with partner Asia-Pacific)."""
    title = "Asia Pacific Economics – Solomon Islands trade deficit hits $298 million"
    text = ("Fifth Estate (efangin.fifthestate.nz)\n" + title + "\nBy Staff Reporter 2019-04-10\n" + title +
            " Source: Solomon Islands National Statistics Office\n"
            "SOLOMON Islands (SI) international merchandise trade deficit more than doubled in the 2018 final quarter "
            "as imports rose led by machinery and transport equipment.\n")
    got = [(f.figure, f.reporter, f.partner) for f in figures_of_text(text, fmt="web", title=title, pub_year=2019)]
    assert got == [("$298 million", "Solomon Islands", "world"), ("$298 million", "Solomon Islands", "world"),
                   ("more than doubled", "Solomon Islands", "world")]


# aa.com.tr, the euro area's September trade (Eurostat)
_EUROZONE = (
    "Eurozone foreign trade surplus jumps to $22.5B in September\n"
    "Euro area exports down 4.7% in September, imports slide 3.8% year-on-year\n"
    "ISTANBUL\n"
    "The eurozone posted a €19.4 billion ($22.5 billion) foreign trade surplus in September, Eurostat reported Friday, "
    "a sharp increase from an upwardly revised €1.9 billion ($2.2 billion) surplus in August.\n"
    "The EU27, which includes all member states, recorded a €16.3 billion ($18.9 billion) surplus in September. The US "
    "remained the bloc’s largest export destination, receiving €53.1 billion ($61.5 billion) worth of goods, up 15.4% "
    "from a year earlier.\n")


def test_a_place_recording_a_balance_after_an_apposition_owns_it():
    """Frame balance_owned (vocab/en/frames.csv): 'The EU27, which includes all member states, recorded a €16.3
    billion ($18.9 billion) surplus' is the EU's balance with the world, not the euro area's with the EU (an
    apposition after the owner, an amount before the balance); vocab/en/measures.csv: 'a ... foreign trade surplus'
    is a balance, not the turnover 'foreign trade' names."""
    got = {f.figure: (f.measure, f.reporter, f.partner) for f in figures_of_text(_EUROZONE, fmt="web", pub_year=2025)}
    assert got["€19.4 billion"] == ("balance", "euro area", "world")
    assert got["€16.3 billion"] == ("balance", "European Union", "world")


def test_a_saved_pages_canonical_address_is_its_url(tmp_path):
    """ingest/html.py: the address a saved page names (<link rel="canonical">) is its url, as a printed page's
    margin address is: it dates a page with no other date and names the outlet's country (it was read and dropped)."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    import pagemaker as pm
    from tradeflows.ingest.document import read_document
    page = pm.news_page(["Uzbekistan's foreign trade turnover with the CIS countries grew by 10.9% to $3.3 billion in "
                         "January-February."], "Trade with the CIS", "Yangi O'zbekiston", "2024-03-20", "url",
                        "https://yuz.uz/ru/news")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    d = read_document(path)
    assert d.meta["url"] == "https://yuz.uz/ru/news/2024/03/20/story.html"
    assert (d.published, d.published_source) == ("2024-03-20", "html:url")
    assert d.outlet_iso3 == "UZB"


def test_a_list_of_the_sites_other_stories_after_the_article_is_no_text_of_it():
    """vocab/en/boilerplate.txt: 'Most read', 'Trending Stories', 'Related Articles' after the story's first
    sentence end it (their headlines' numbers are no figures of the page, their places no counterparts); above the
    story the line alone is dropped; 'READ ALSO: ...' inside it is dropped."""
    story = ("Russia's trade turnover with Belarus grew by a third in 2021 and reached $38.5 billion, the president "
             "said.\n")
    sidebar = "Most read\n1. Oil prices climb 3.2% as OPEC+ extends cuts 2 hours ago\n"
    assert [f.figure for f in figures_of_text(story + sidebar, fmt="web", pub_year=2022)] == [
        "a third", "$38.5 billion"]
    assert [f.figure for f in figures_of_text(sidebar.split("\n")[0] + "\n" + story, fmt="web", pub_year=2022)] == [
        "a third", "$38.5 billion"]
    assert [f.figure for f in figures_of_text(story + "READ ALSO: Airline orders 40 jets worth $6 billion\n",
                                              fmt="web", pub_year=2022)] == ["a third", "$38.5 billion"]


def test_a_value_passed_as_achieved_a_year_before_is_that_years_exact_base():
    """vocab.patterns.RECORDED ('achieved'), rule passed_value: 'surpassing the RM46.5 billion achieved for the same
    period last year' is January-May of the year before, and exactly that value (web18 ab05); 'exports surpassing
    $5 billion' stays a floor."""
    text = ("The value of Malaysia’s commodity- based exports rose 27.1% to RM59.1 billion for the January to May 2017 "
            "period, surpassing the RM46.5 billion achieved for the same period last year.")
    got = [(f.value, f.qualifier, f.year, f.period_start, f.period_end)
           for f in figures_of_text(text, fmt="web", pub_year=2017)]
    assert got[1:] == [(59.1e9, "exact", 2017, "2017-01", "2017-05"), (46.5e9, "exact", 2016, "2016-01", "2016-05")]
    assert [(f.value, f.qualifier) for f in figures_of_text("Exports surpassing $5 billion are expected.", fmt="web")] == [
        (5e9, "more_than")]


def test_a_currency_sign_written_with_a_period_ends_no_sentence():
    """text/sentences.py: every currency sign of currencies.csv written with a period before its amount ('JD.
    4351.1 million', 'NRs. 158.17 billion') is an abbreviation, as 'Rs.' was by a line of its own."""
    from tradeflows.text.sentences import split_sentences
    text = "Jordan: national exports reached JD. 4351.1 million during the first ten months of 2017."
    assert split_sentences(text) == [(0, len(text))]
    assert money(text) == [("JD. 4351.1 million", 4351100000.0, "JOD")]
    assert money("Nepal's exports reached NRs. 158.17 billion in the last fiscal year.") == [
        ("NRs. 158.17 billion", 158170000000.0, "NPR")]


def test_a_relative_clause_between_commas_names_no_measure():
    """Rule dash_aside: 'The deficit in the trade balance, which is calculated by deducting the value of imports from
    the value of total exports, has reached JD.7550.6 million' is the balance (dos.gov.jo)."""
    text = ("The deficit in the trade balance, which is calculated by deducting the value of imports from the value of "
            "total exports, has reached JD.7550.6 million.")
    assert [(f.figure, f.measure) for f in figures_of_text(text, fmt="web")] == [("JD.7550.6 million", "balance")]


def test_two_destinations_each_of_its_own_flow_carry_no_partner():
    """Rule pair_list_not_carried: 'Exports to the United States increased ..., while shipments to China decreased
    ...' names two destinations alike; the imports of the next sentence are the country's total (KBS World, Korea's
    first 20 days of March)."""
    text = ("Exports increased about five percent in the first 20 days of March on strong exports of semiconductors "
            "and ships. According to preliminary data from the Korea Customs Service on Friday, the country’s outbound "
            "shipments reached 35-point-five billion U.S. dollars during the cited period. "
            "Exports to the United States increased two-point-five percent, while shipments to China "
            "decreased three-point-eight percent. Imports dropped one-point-four percent year-on-year to 34-point-four "
            "billion dollars during the 20-day period, resulting in a trade surplus of one-point-one billion dollars.")
    got = [(f.figure, f.partner) for f in figures_of_text(text, fmt="web", pub_year=2019)]
    assert got[2:] == [("two-point-five percent", "United States"), ("three-point-eight percent", "China"),
                       ("one-point-four percent", "world"), ("34-point-four billion dollars", "world"),
                       ("one-point-one billion dollars", "world")]


def test_a_statistics_method_names_no_flow_and_a_destination_is_an_export():
    """measure_cues.TRADE_THING_AFTER: 'according to the general trade system' names a method, not the turnover;
    vocab/en/measures.csv: 'The top destination for Turkish goods ... was Germany with $1.4 million' is an export
    (dailysabah.com, Turkey's October 2019 trade)."""
    text = ("Turkey's exports amounted to $16.336 billion in October according to the general trade system, the "
            "country's trade minister said Saturday.\n\n"
            "The top destination for Turkish goods last month was Germany with $1.4 million, followed by the U.K. with "
            "$982 million and Iraq with $978 million.\n")
    got = [(f.figure, f.measure, f.partner) for f in figures_of_text(text, fmt="web", pub_year=2019, pub_month=11)]
    assert got == [("$16.336 billion", "exports", "world"), ("$1.4 million", "exports", "Germany"),
                   ("$982 million", "exports", "United Kingdom"), ("$978 million", "exports", "Iraq")]


def test_a_demonstrative_naming_the_last_figure_takes_its_flow():
    """Rule figure_anaphor: 'these revenues represented a 5.3% increase' after the exports' total, across a sentence
    on 'the national economy', is the exports' growth (web18 ab10, en.yabiladi.com); with no flow figure before it
    the demonstrative names none."""
    text = ("Moroccan exports maintained their upward trajectory, reaching an estimated total value of 331 billion "
            "dirhams by the end of September 2024.\n"
            "Speaking at the monthly oral question session on the theme of the centrality of the foreign trade sector "
            "in the development of the national economy. Akhannouch stated that these revenues represented a 5.3% "
            "increase in value compared to the same period in 2023.\n")
    assert [(f.figure, f.measure) for f in figures_of_text(text, fmt="web", pub_year=2024)] == [
        ("331 billion dirhams", "exports"), ("5.3%", "exports")]
    assert [f.measure for f in figures_of_text("The minister said these revenues represented a 5.3% increase.",
                                               fmt="web", pub_year=2024)] == ["other"]


def test_by_the_end_of_a_month_is_the_years_months_to_it():
    """Rule to_month: 'by the end of February, exports were estimated at $ 33.62 billion' (Vietnam customs, as a
    logistics site printed it) is January-February, as 'until the end of' is; a year's end stays the year."""
    got = [(f.figure, f.year, f.period_start, f.period_end) for f in figures_of_text(
        "By the end of February, exports were estimated at $ 33.62 billion, up 22.9%.", fmt="web", pub_year=2018)]
    assert got == [("estimated at $ 33.62 billion", 2018, "2018-01", "2018-02"), ("22.9%", 2018, "2018-01", "2018-02")]
    assert times("reaching 331 billion dirhams (MMDH) by the end of September 2024") == [
        ("by the end of September 2024", "to_month", 2024, 1, 9)]


def test_last_year_against_this_year_in_a_part_of_the_year_in_force():
    """Rule years_pair_in_part: after 'the first seven months of this year', 'from $843 million last year to $1.1
    billion this year' are January-July of each year, not a whole year and a year not over; Russian 'в этом' with
    'году' elided after 'в прошлом году' is this year (vocab/ru/periods.csv; rcc.ru)."""
    text = ("In January-July 2021, Brazil imported $2.6 billion of goods from Russia. In the first seven months of this "
            "year, imports rose to $5.1 billion. Brazilian exports to Russia also rose, from $843 million last year to "
            "$1.1 billion this year.\n")
    got = [(f.figure, f.year, f.period_start, f.period_end) for f in figures_of_text(text, fmt="web", pub_year=2022, pub_month=9)]
    assert got[2:] == [("$843 million", 2021, "2021-01", "2021-07"), ("$1.1 billion", 2022, "2022-01", "2022-07")]
    text = ("В январе-июле 2021 года Бразилия импортировала у России товаров на 2,6 млрд долларов. В первые же семь "
            "месяцев этого года объем импорта вырос до 5,1 млрд долларов. Увеличился и бразильский экспорт в Россию: с "
            "843 млн долларов в прошлом году до 1,1 млрд в этом.\n")
    got = [(f.figure, f.year, f.period_start, f.period_end)
           for f in figures_of_text(text, fmt="web", pub_year=2022, pub_month=9, lang="ru")]
    assert got[2:] == [("843 млн долларов", 2021, "2021-01", "2021-07"), ("1,1 млрд", 2022, "2022-01", "2022-07")]
    # a lone "last year" after months in force stays the whole year
    got = [(f.figure, f.year, f.period_start, f.period_end) for f in figures_of_text(
        "In the first seven months of this year, imports rose to $5.1 billion. Last year exports reached $9 billion.",
        fmt="web", pub_year=2022, pub_month=9)]
    assert got[1] == ("$9 billion", 2021, "2021-01", "2021-12")


def test_credits_and_debits_of_goods_and_services_are_exports_and_imports():
    """vocab/en/measures.csv: the balance of payments' 'goods and services credits' are exports and 'debits' imports
    (ABS's December 2019 release); rule change_in_after reads past the rate in brackets ('a $54.7b (12%) increase in
    goods and services credits')."""
    text = ("In seasonally adjusted terms, goods and services credits rose $557m (1%) to $41,293m. Services credits "
            "fell $62m (1%).\n"
            "In seasonally adjusted terms, goods and services debits rose $853m (2%) to $36,070m.\n"
            "The balance on goods and services for 2019 was a surplus of $67.6b, resulting from a $54.7b (12%) increase "
            "in goods and services credits and a $10.0b (2%) increase in goods and services debits.\n")
    got = [(f.figure, f.measure) for f in figures_of_text(text, fmt="web", pub_year=2020)]
    assert got == [("$557m", "exports"), ("1%", "exports"), ("$41,293m", "exports"), ("$62m", "exports"),
                   ("1%", "exports"), ("$853m", "imports"), ("2%", "imports"), ("$36,070m", "imports"),
                   ("$67.6b", "balance"), ("$54.7b", "exports"), ("12%", "exports"), ("$10.0b", "imports"),
                   ("2%", "imports")]
    # "credits" alone are loans, no flow
    assert [f.measure for f in figures_of_text("Russia extended credits of $10 billion to Belarus.", fmt="web")] == [
        "other"]


def test_a_day_written_in_figures_is_no_period():
    """Rule numeric_date: 'Released 6/02/2020' under 'Reference period December 2019' (ABS) dates the release; the
    key statistics after it stay December 2019's; a fiscal year '2019/20' is still read."""
    text = ("International Trade in Goods and Services, Australia\n\nReference period\nDecember 2019\nReleased\n"
            "6/02/2020\n\nKey statistics\n\n  • Goods and services credits rose 1% to $41,293m.\n")
    got = [(f.figure, f.year, f.period_start, f.period_end) for f in figures_of_text(text, fmt="web")]
    assert got == [("1%", 2019, "2019-12", "2019-12"), ("$41,293m", 2019, "2019-12", "2019-12")]
    assert times("Released 6/02/2020") == [] and times("By Staff Reporter 2019-04-10") == []
    assert [t[1] for t in times("exports in 2019/20 rose")] != []


def test_a_level_from_which_a_change_started_previously_is_the_period_before():
    """Rule from_previously: 'having risen to $3,987.3 million in the year ending July 2019, from $3,898.5 million
    previously' (web17 aa04, a Tanzanian release) is the twelve months before; after a month, the month before."""
    text = ("Foreign exchange earnings from exports of services, accounted for 46.2 per cent of total exports, having "
            "risen to $3,987.3 million in the year ending July 2019, from $3,898.5 million previously.")
    got = [(f.figure, f.year, f.period_start, f.period_end) for f in figures_of_text(text, fmt="web", pub_year=2019)]
    assert got[1:] == [("$3,987.3 million", 2019, "2018-08", "2019-07"), ("$3,898.5 million", 2018, "2017-08", "2018-07")]
    got = [(f.figure, f.year, f.period_start) for f in figures_of_text(
        "Exports rose to $5.2 billion in March, from $4.9 billion previously.", fmt="web", pub_year=2019)]
    assert got == [("$5.2 billion", 2019, "2019-03"), ("$4.9 billion", 2019, "2019-02")]


def test_last_month_on_a_dated_page_goes_on_as_the_period_in_force():
    """Rule last_month_in_force: after 'In the first 10 months of 2019 ...', 'The top destination for Turkish goods
    last month was Germany ...' makes October the period of the next sentence's 'Russia with goods worth $1.8
    billion' (dailysabah.com, 2 November 2019); on an undated page 'last month' sets nothing."""
    text = ("In the first 10 months of 2019, the imports have reached $172.71 billion, Pekcan said.\n\n"
            "The top destination for Turkish goods last month was Germany with $1.4 million.\n\n"
            "The biggest source of Turkish imports was Russia with goods worth $1.8 billion.\n")
    got = [(f.figure, f.year, f.period_start, f.period_end)
           for f in figures_of_text(text, fmt="web", pub_year=2019, pub_month=11)]
    assert got == [("$172.71 billion", 2019, "2019-01", "2019-10"), ("$1.4 million", 2019, "2019-10", "2019-10"),
                   ("$1.8 billion", 2019, "2019-10", "2019-10")]
    got = [(f.figure, f.period_start) for f in figures_of_text(text, fmt="web", pub_year=2019)]
    assert got[2] == ("$1.8 billion", "2019-01")
