"""Session 59, openW48: rules written from web48's tuned pages (real sentences from pages outside the development sets)."""
import pytest

from tradeflows.pipeline import figures_of_text


def _money(text):
    return {f.figure: (f.currency, f.rule) for f in figures_of_text(text, "t.txt", fmt="web", relate=False)
            if f.kind == "money"}


# --- rule near_dollar_country (figures/currencies.py) ---------------------------------------------------------------
def test_near_dollar_country():
    # https://openaustralia.org.au/debates/?id=2006-05-09.9.1 (Hansard, 2006): Japan named more often than Australia
    # (with Queensland), no US-dollar country, no "US$": the bare "$" is the Australian dollar
    text = ("Would the Deputy Prime Minister inform the House on how Australia's economic relationship with Japan is "
            "improving our exports, creating jobs and keeping our economy strong? I thank the honourable member for "
            "Hinkler for his question. He represents an electorate on the coast of Queensland and would recognise the "
            "significant importance of the close relationship between Australia and Japan, given that the services "
            "sector is our largest export earner and that inbound tourism from Japan is a very important component of "
            "the earnings in the electorate of Hinkler. Japan is the largest economy in Asia and our largest trading "
            "partner, and in 2005 that trading relationship was worth a record $50.7 billion. It is the most "
            "significant trading relationship we have. Exports to Japan alone rose by 24 per cent in 2005, to stand "
            "at $31.5 billion.")
    got = _money(text)
    assert got["$50.7 billion"] == ("AUD", "money_symbol_before:near_dollar_country")
    assert got["$31.5 billion"] == ("AUD", "money_symbol_before:near_dollar_country")


def test_near_dollar_country_not_where_a_us_dollar_country_is_named():
    # https://newsbite.mooo.com/www.theaustralian.com.au/business/japan-overtakes-us-to-become-australias-second-biggest-
    # trading-partner/news-story/7e2801fe39b3d04976a67a1fb4483ff3: the US is named, so the bare "$" keeps its default
    text = ("Japan overtakes US to become Australia's second biggest trading partner. Two-way trade with Japan jumped "
            "13 per cent in the last financial year, to $69 billion, just ahead of the US at $66bn. Japan has "
            "leapfrogged the US to reclaim the second slot among Australia's trading partners, new figures reveal.")
    assert _money(text)["$69 billion"] == ("USD", "money_symbol_before")


# --- rule url_anniversary (ingest/dates.py) ---------------------------------------------------------------------------
# the opening line is real (http://www.nftc.org/?id=292, "This Week in Trade History"); that page's address has no date,
# so the addresses below are of the form a dated weekly post would carry (written for the test)
_NFTC = ("December 15, 1993: The Uruguay Round of trade negotiations under the General Agreement on Tariffs and Trade "
         "(GATT) concluded after seven years, resulting in an agreement among 117 countries (including the United States) "
         "to reduce trade barriers and to create more comprehensive and enforceable world trade rules.\n")


def test_url_anniversary():
    from tradeflows.ingest.dates import publication_date
    assert publication_date(_NFTC, "https://www.nftc.org/2014/12/15/this-week-in-trade-history/") == \
        ("2014-12-15", "sources.csv:url_anniversary")


def test_url_anniversary_not_for_another_day():
    # an address dated another day (a later crawl, a repost) keeps the date the page opens on
    from tradeflows.ingest.dates import publication_date
    assert publication_date(_NFTC, "https://www.nftc.org/2014/12/19/this-week-in-trade-history/") == \
        ("1993-12-15", "text:lead")


def test_near_dollar_country_not_for_one_passing_mention():
    # the odd case tests/test_money.py keeps (one passing mention of a dollar country): the US dollar stays
    got = _money("Georgia's exports to the EU reached $ 360.9 million; Georgia also sells to Canada.")
    assert got["$ 360.9 million"] == ("USD", "money_symbol_before")
