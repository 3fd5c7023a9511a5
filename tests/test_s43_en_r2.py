"""English reporters, partners and clause scope found in session 43 by probing stored news pages (Philippine, Nigerian,
Gulf, South African and New Zealand trade), each a rule tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_a_countrys_flow_that_is_a_share_of_the_countrys_total_is_the_subjects_flow_to_it():
    """Rule share_of_country_total (reporter) with partner rule flow_owner (manila-shimbun.com citing the Philippine
    Statistics Authority, June 2024): on a page about the Philippines' export markets, "Japan's exports totalled
    $823.27 million or a 13.2 percent share of the country's total" are the Philippines' exports to Japan, not
    Japan's exports to the world."""
    text = ("Japan was the third highest export market in April from from fourth in March, the Philippine Statistics "
            "Authority (PSA) said.\n\n"
            "According to PSA data released Tuesday, Japan's exports totalled $823.27 million or a 13.2 percent share "
            "of the country’s total in April.\n\n"
            "The PSA said that the Philippines’ total exports amounted to $6.22 billion in April.\n")
    assert fields(text, "measure", "reporter", "partner", pub_year=2024, lang="en",
                  title="Japan is third top export market for Philippines") == [
        ("$823.27 million", "exports", "Philippines", "Japan"), ("13.2 percent", "exports", "Philippines", "Japan"),
        ("$6.22 billion", "exports", "Philippines", "world")]


def test_the_amount_of_an_import_partner_is_the_import_from_it():
    """Rule partner_role_flow (apanews.net citing Nigeria's National Bureau of Statistics, Q3 2024): in "Nigeria's major
    trading import partner within ECOWAS was Ivory Coast (N29.50bn), followed by Ghana (N20.84bn), ..." the amounts
    are Nigeria's imports from each; the "import" of the role was dropped as a cue before "partner" and the first
    four were `other`."""
    text = ("On the import side, Nigeria’s imports from ECOWAS countries totalled N82.05bn.\n"
            "“Nigeria’s major trading import partner within ECOWAS was Ivory Coast (N29.50bn), followed by Ghana "
            "(N20.84bn), Togo (N15.80bn), Niger Republic (N3.59bn) and Benin Republic (N1.61bn), representing 86.95 per "
            "cent of total imports from the ECOWAS region.”\n")
    assert fields(text, "measure", "reporter", "partner", pub_year=2024, lang="en")[1:6] == [
        ("N29.50bn", "imports", "Nigeria", "Côte d'Ivoire"), ("N20.84bn", "imports", "Nigeria", "Ghana"),
        ("N15.80bn", "imports", "Nigeria", "Togo"), ("N3.59bn", "imports", "Nigeria", "Niger"),
        ("N1.61bn", "imports", "Nigeria", "Benin")]


def test_an_opening_while_clause_keeps_its_year_and_places_to_its_own_figure():
    """Rule concessive_clause_scope (thejerusalemconnection.us printing a Reuters report, September 2021): in "While the
    figure ... is tiny compared to UAE exports of $24 billion in 2019 to its top destination Saudi Arabia, the Israeli
    government sees trade with the UAE rising to $1 billion by year-end" the opening clause ends at the comma after its
    own figure: the $1 billion goal is Israel's trade with the UAE by the end of 2021, not the UAE's with Saudi
    Arabia in 2019."""
    text = ("Israel and the United Arab Emirates, which normalised relations a year ago, are looking to Dubai’s Expo "
            "world fair in October to boost bilateral trade, which now stands at around $712 million.\n"
            "While the figure, contained in Israeli data, is tiny compared to UAE exports of $24 billion in 2019 to its "
            "top destination Saudi Arabia, the Israeli government sees trade with the UAE rising to $1 billion by "
            "year-end.\n")
    got = fields(text, "reporter", "partner", "year", "period_start", "period_end", pub_year=2021, lang="en",
                 title="Dubai Expo in focus as UAE racks up $700 million of trade with Israel since normalisation")
    assert got[-1] == ("$1 billion", "Israel", "UAE", 2021, "2021-01", "2021-12")
