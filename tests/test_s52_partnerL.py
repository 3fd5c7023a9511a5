"""Session 52, helper partnerL: a place the page's head names in another role than the page's counterpart (a driver of
the subject's own totals; a title read twice as the lead) gives no head partner (facts/carry.py, page_head_partner)."""
from __future__ import annotations

from phrasing import fields

# rte.ie, Germany's exports in 2012 (the lead names Europe as where the demand came from, not as the counterpart)
GERMANY_2012 = (
    "German exports up 3.4% in 2012 to record high\n"
    "Strong demand from outside Europe pushed exports from Germany, Europe's biggest economy, to a record high last "
    "year.\n\n"
    "This offset the effects of the economic troubles of its neighbours, official data showed today.\n\n"
    "Germany exported goods and services worth €1.097 trillion in 2012, up 3.4% on the year before, the Federal "
    "Statistical Office said.\n")

# lincolndailynews.com, a Reuters item on the US trade deficit in January 2019: the title is the text's first line too
US_JANUARY_2019 = (
    "U.S. trade deficit narrows sharply as exports rebound\n"
    "The U.S. trade deficit dropped more than expected in January likely as China boosted purchases of soybeans, "
    "leading to a rebound in exports after three straight monthly declines.\n\n"
    "The Commerce Department said on Wednesday the trade deficit declined 14.6 percent, the largest decline since "
    "March 2018, to $51.1 billion also as softening domestic demand and lower oil prices curbed the import bill.\n")


def _head(text: str):
    from tradeflows.facts.carry import page_head_partner
    from tradeflows.facts.subject import document_subject
    title, body = text.split("\n", 1)
    memo: dict = {}
    name, iso3, _ = document_subject(title + "\n" + body, title, None, None, memo)
    return name, page_head_partner(title + "\n" + body, title, (name, iso3), memo)


def test_a_place_that_drove_the_subjects_exports_is_no_head_partner():
    """Rule head_driver: 'Strong demand from outside Europe pushed exports from Germany ... to a record high': Europe
    is where the demand came from, the page is on Germany's total exports (rte.ie)."""
    assert _head(GERMANY_2012) == ("Germany", None)
    got = fields(GERMANY_2012, "reporter", "partner", "measure")
    assert ("€1.097 trillion", "Germany", "world", "exports") in got
    assert ("3.4%", "Germany", "world", "exports") in got


def test_a_place_driving_the_owners_total_written_after_it():
    """Rule head_driver, the owner's whole after the place ('Asian markets spurred Malaysia’s total trade', the
    phrasing of a wire item of data/web40): no head partner."""
    text = ("Total trade breaches the mark\n"
            "Asian markets spurred Malaysia’s total trade between January and October, the ministry said.\n")
    assert _head(text) == ("Malaysia", None)


def test_the_lead_after_a_title_repeated_as_the_first_line():
    """Rule lead_after_title (with head_whole_first): the title is also the text's first line, so the lead is the
    sentence after it, 'The U.S. trade deficit dropped ... likely as China boosted purchases of soybeans': the
    subject's own total before China, no head partner (lincolndailynews.com, Reuters)."""
    assert _head(US_JANUARY_2019) == ("United States", None)
    got = fields(US_JANUARY_2019, "reporter", "partner")
    assert ("$51.1 billion", "United States", "world") in got
    assert ("14.6 percent", "United States", "world") in got
