"""English reporters, partners and clause scope found in session 43 by probing stored news pages (Philippine, Nigerian,
Gulf, South African and New Zealand trade), each a rule tested on real sentences."""
from __future__ import annotations

from phrasing import fields

from tradeflows.pipeline import figures_of_clean
from tradeflows.text.clean import clean_text


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


def _outlet_fields(text: str, title: str, pub_year: int, outlet: str | None) -> list[tuple]:
    """(figure, measure, reporter, partner) of a web text from an outlet whose domain is of `outlet`."""
    return [(f.figure, f.measure, f.reporter, f.partner) for f in figures_of_clean(
        clean_text(text, "web", "t"), "t", None, pub_year, True, title, "en", outlet=outlet)]


EPROP = ("SA has diversified towards more value-added items, writes David Jackson\n\n"
         "SA's trade with Africa, particularly exports, has surged dramatically in the post-isolation years, with average "
         "annual export growth greater than with traditional trading partners.\n\n"
         "Last year almost 20% of SA's exports worth about R44,2bn went into Africa. The percentage share of SA's exports "
         "to the continent has more than doubled from 9% in the late 1980s and early 1990s, and represents about 19% of "
         "SA's total export basket.\n\n"
         "In 1988, of SA's total exports to the rest of the world gold comprised 44%.\n")


def test_sa_on_a_south_african_outlets_page_is_south_africa():
    """Rule page_abbreviation (vocab page_abbreviations.csv; eprop.co.za, September 2003): on a page of a South African
    outlet, or one naming South Africa, "SA's exports" are South Africa's; the page named no place but Africa, which
    became the reporter of every figure."""
    assert _outlet_fields(EPROP, "Exports spearhead dramatic growth in trade with Africa", 2003, "ZAF") == [
        ("almost 20%", "exports", "South Africa", "Africa"), ("more than doubled", "exports", "South Africa", "Africa"),
        ("9%", "exports", "South Africa", "Africa"), ("about 19%", "exports", "South Africa", "Africa"),
        ("44%", "exports", "South Africa", "world")]


def test_sa_is_no_country_on_a_page_naming_saudi_arabia_or_as_a_company_suffix():
    """Rule page_abbreviation, its limits: a page naming a rival reading of "SA" (Saudi Arabia, South Australia) reads
    none, whatever its outlet; "Nestle SA" is a company's suffix, not South Africa, on a page naming South Africa."""
    from tradeflows.facts.places import find_places, page_aliases, using_page_aliases
    saudi = "SA's exports to Saudi Arabia rose 5% in 2003."
    assert page_aliases(saudi, None, "ZAF") == ()
    text = "Nestle SA said South Africa's exports rose 5% in 2003, and exports to SA from Kenya fell."
    with using_page_aliases(page_aliases(text, None, None)):
        assert [(p.surface, p.name) for p in find_places(text)] == [
            ("South Africa", "South Africa"), ("SA", "South Africa"), ("Kenya", "Kenya")]


def test_the_economic_community_of_west_africa_is_ecowas_not_west_africa():
    """Vocabulary rows of places.csv (newtelegraphng.com citing Nigeria's NBS, December 2025): "Economic Community of
    West Africa (ECOWAS) member states", the bloc's name with "Africa" for "African", is ECOWAS; it was read as the
    region West Africa."""
    text = ("Nigeria exported commodities valued at N6.14 trillion to Economic Community of West Africa (ECOWAS) member "
            "states in the first nine months of 2025, findings by New Telegraph show.\n")
    assert fields(text, "measure", "reporter", "partner", pub_year=2025, lang="en") == [
        ("N6.14 trillion", "exports", "Nigeria", "ECOWAS")]


def test_an_improvement_of_the_figure_before_goes_on_with_its_counterpart():
    """Rule part_carried, cue change_of_previous (manila-shimbun.com, June 2024): "This was an improvement of 12.9
    percent from March's $790.02 million", a paragraph of its own after the Philippines' exports to Japan, is the change
    of those exports, to Japan; "improvement" was not read as a change of the figure before, and both went to the
    world (the page's head partner is not given where its opening tells the Philippines' totals)."""
    text = ("Japan was the third highest export market in April from from fourth in March, the Philippine Statistics "
            "Authority (PSA) said.\n\n"
            "According to PSA data released Tuesday, Japan's exports totalled $823.27 million or a 13.2 percent share "
            "of the country’s total in April.\n\n"
            "This was an improvement of 12.9 percent from March’s $790.02 million.\n\n"
            "The trade deficit for April went down by 1.5 percent to $4.76 billion.\n\n"
            "The PSA said that the Philippines’ total exports amounted to $6.22 billion in April, which showed that it had "
            "a 2.64 percent increase from the $4.92 billion in April 2023.\n")
    assert fields(text, "measure", "reporter", "partner", pub_year=2024, lang="en",
                  title="Japan is third top export market for Philippines")[2:4] == [
        ("12.9 percent", "exports", "Philippines", "Japan"), ("$790.02 million", "exports", "Philippines", "Japan")]
