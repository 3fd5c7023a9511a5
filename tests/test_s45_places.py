"""Session 45, places that are two things (practice pages of /tmp/s45/places_pages, outlets in no data set).

Rule listed_region (facts/places.py, vocab/en/listed_regions.csv): a name that is a country, a capital or no place
alone ("Georgia", "Washington", "Victoria") is a region of a country where it stands in a list beside that country's
other regions: "Ohio ($50.5 billion); Georgia ($37.6 billion); Tennessee" is the US state. Each test quotes a real
page's text as the search tool stored it, with the figures' exact reporters and partners."""
from __future__ import annotations

import pytest

from tradeflows.facts.places import find_places
from tradeflows.pipeline import figures_of_text


def facts_of(text: str, **kw) -> dict[str, tuple]:
    """{figure: (reporter, reporter_iso3, partner, reporter rule)} of a web text's figures, the first of each."""
    out: dict[str, tuple] = {}
    for f in figures_of_text(text, "page", "web", **kw):
        rule = next(x.split(":", 1)[1] for x in f.fact_rules.split(";") if x.startswith("reporter:"))
        out.setdefault(f.figure, (f.reporter, f.reporter_iso3, f.partner, rule))
    return out


def places_of(text: str) -> list[tuple]:
    return [(p.surface, p.name, p.iso3, p.kind) for p in find_places(text)]


# vbjusa.com/?p=7392
VBJ = ("The 16 states that set new records for exports in 2013 include: Texas ($279.7 billion); California ($168.1 "
       "billion); Washington ($81.9 billion); Louisiana ($63.1 billion); Michigan ($58.5 billion); Ohio ($50.5 billion); "
       "Georgia ($37.6 billion); Tennessee ($32.4 billion); North Carolina ($29.3 billion); South Carolina ($26.1 "
       "billion); Kentucky ($25.3 billion); Connecticut ($16.5 billion); Mississippi ($12.4 billion); Maryland ($11.8 "
       "billion); Colorado ($8.7 billion); and Oklahoma ($6.9 billion).\n")

# dfat.gov.au/news/news/Pages/australias-trade-by-state-and-territory-040516
DFAT = ("Demand for Australian goods and services was strong in 2014-15, with export volumes increasing in Western "
        "Australia (up 8.3 per cent), Queensland (up 5.5 per cent), Victoria (up 3.2 per cent) and the Australian "
        "Capital Territory (up 3 per cent), according to Australia's Trade by State and Territory 2014-15 report "
        "released today.\n")


def test_georgia_and_washington_in_a_list_of_states():
    """vbjusa.com: before, Georgia (the country) was the partner of the ten states after it and Washington no place
    (its $81.9 billion California's)."""
    got = facts_of(VBJ, pub_year=2014, lang="en")
    assert got["$81.9 billion"] == ("Washington State", "USA", "world", "home_region+listed_region")
    assert got["$37.6 billion"] == ("State of Georgia", "USA", "world", "home_region+listed_region")
    assert got["$32.4 billion"] == ("Tennessee", "USA", "world", "home_region")
    assert got["$6.9 billion"][2] == "world"


def test_victoria_in_a_list_of_australian_states():
    """dfat.gov.au: 'Victoria (up 3.2 per cent)' was Queensland's before (Victoria alone is no place)."""
    got = facts_of(DFAT, pub_year=2016, lang="en")
    assert got["3.2 per cent"][:2] == ("Victoria", "AUS")
    assert got["3 per cent"][:2] == ("Australian Capital Territory", "AUS")


def test_second_page_same_phrasing():
    """dfat.gov.au/news/media/Pages/australias-trade-by-state-and-territory0207-4100 (another release):
    'followed by New South Wales (22.8 per cent), Queensland (20.1 per cent) and Victoria (13.7 per cent)'."""
    text = ("In 2015-16, Western Australia continued to be Australia's major exporter, accounting for 35.2 per cent of "
            "Australia's total exports (valued at $110 billion), followed by New South Wales (22.8 per cent), "
            "Queensland (20.1 per cent) and Victoria (13.7 per cent).")
    assert ("Victoria", "Victoria", "AUS", "region") in places_of(text)


def test_table_rows_of_states():
    """progressivepolicy.org/ppis-trade-fact-of-the-week-louisiana-is-the-u-s-top-exporting-state/ (a table's rows)
    and census.gov/foreign-trade/statistics/state/zip/2008/01/zipstate.txt (cells on one line)."""
    assert ("Washington", "Washington State", "USA", "region") in places_of(
        "Indiana | 9.9% |\nWashington | 8.4% |\nWisconsin | 6.8% |\n")
    assert ("Georgia", "State of Georgia", "USA", "region") in places_of(
        "Delaware 424.5 424.5 0.6% Florida 2,627.3 2,627.3 3.5% Georgia 1,557.9 1,557.9 2.1% Hawaii 16.2 16.2 (X)")


def test_bullets_chain_of_listed_names():
    """fredblog.stlouisfed.org/2026/01/page/2: 'The largest exporting states ... are - Texas - California - New York
    - Washington* - Illinois': each listed name counts as the next one's neighbour once read."""
    got = places_of("- Texas\n- California\n- New York\n- Washington*\n- Illinois\n")
    assert [g[1] for g in got] == ["Texas", "California", "New York State", "Washington State", "Illinois"]


def test_alone_it_stays_the_country_or_no_place():
    assert places_of("Exports to Georgia and Armenia rose.") == [
        ("Georgia", "Georgia", "GEO", "country"), ("Armenia", "Armenia", "ARM", "country")]
    assert places_of("Washington imposed new tariffs on China.") == [("China", "China", "CHN", "country")]
    # a country's list: its neighbours are countries, not US states
    assert places_of("Azerbaijan ($2.1 billion), Georgia ($1.4 billion) and Armenia")[1][2] == "GEO"


def test_page_about_the_state_names_it_alone():
    """gpb.org/news/2011/02/23/georgia-sets-export-record: 'Georgia exports last year rose to more than $28 billion'
    on a page naming Savannah (rule page_region); before, the country Georgia."""
    got = facts_of("Georgia Sets Export Record\n\nGeorgia exports last year rose to more than $28 billion, an "
                   "all-time high.\n\nThe US Census Bureau now ranks Georgia 12th among exporting states.\n\n"
                   "Jeff Miller, a spokesman for Savannah's Gulfstream, says Brazil, Russia, India and China continue "
                   "to be strong buyers of business jets.\n", pub_year=2011, lang="en")
    assert got["more than $28 billion"][:3] == ("State of Georgia", "USA", "world")


def test_second_page_about_the_state():
    """savannahnow.com/exchange/2011-02-26/georgia-exports-set-new-record-2010: before, 'Canada alone accounted for
    17 percent of Georgia's exports' was the country Georgia's."""
    got = facts_of("Georgia exported more than $28.7 billion in goods last year, a 20.8 percent increase from 2009 and "
                   "the most the state has exported in a single year.\n\nThose numbers rank Georgia 12th among U.S. "
                   "states in dollar value of exports and provide a convincing case for the Savannah harbor deepening "
                   "project.\n\nCanada alone accounted for 17 percent of Georgia's exports.\n", pub_year=2011, lang="en")
    assert got["more than $28.7 billion"][:2] == ("State of Georgia", "USA")
    assert got["17 percent"][:3] == ("State of Georgia", "USA", "Canada")


def test_country_page_with_a_rival_stays_the_country():
    """A page naming Tbilisi (a rival) keeps the country, even beside a cue word."""
    got = facts_of("Georgia's exports rose to $5.6 billion in 2023, the statistics office in Tbilisi said; a shipping "
                   "line to Savannah opened.\n", pub_year=2024, lang="en")
    assert got["$5.6 billion"][:2] == ("Georgia", "GEO")
