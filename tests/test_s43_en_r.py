"""English reporters and partners found in session 43 by probing stored trade news of Oceanian, Gulf, African,
Southeast Asian and Canadian outlets whose reporter or partner is not written beside each figure: each a rule tested
on a real sentence."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text
from phrasing import owned_facts


def facts(text: str, pub_year: int, title: str | None = None) -> list[tuple]:
    """(figure, measure, reporter, partner, partner rule) of every figure of an English web text."""
    return owned_facts(text, ("partner",), "web", lang="en", pub_year=pub_year, title=title)


def test_a_whole_split_of_which_to_named_places_is_the_total():
    """Rule whole_of_which (radionz.co.nz, 'China now NZ's biggest export market', January 2014): 'more than $48
    billion of goods were exported in 2013, of which $10 billion worth went to China': the whole the clause splits
    behind 'of which' is New Zealand's total, the world; it took China, the title's counterpart (rule head_flow)."""
    text = ("China now NZ's biggest export market\n\n"
            "Record sales of milk powder to China helped make the country New Zealand's largest export market.\n\n"
            "Statistics New Zealand says more than $48 billion of goods were exported in 2013, of which $10 billion "
            "worth went to China.\n")
    assert facts(text, 2014)[:2] == [
        ("more than $48 billion", "exports", "New Zealand", "world", "whole_of_which"),
        ("$10 billion", "exports", "New Zealand", "China", "sentence")]


def test_of_which_after_a_counterpart_keeps_it():
    """Rule whole_of_which stays out when the whole's own counterpart stands before it (radionz.co.nz's sentence,
    its whole named to China): 'exports to China were $10 billion, of which $4 billion went to Shanghai'."""
    text = ("New Zealand's exports to China were $10 billion in 2013, of which $4 billion went to Shanghai.\n")
    got = facts(text, 2014)
    assert got[0][:4] == ("$10 billion", "exports", "New Zealand", "China") and got[0][4] != "whole_of_which"


def test_a_list_before_a_verb_of_rank_pairs_with_the_respective_figures():
    """Rule respectively_followed (expolinkfairs.com citing the Dubai Chamber, 2016): 'Oman and Kuwait followed Saudi
    Arabia with 19 per cent and 16 per cent, respectively': the list before 'followed' pairs with the figures, not
    Saudi Arabia, the place the verb names (19 per cent was read as Saudi Arabia's, rule list_item)."""
    text = ("Saudi Arabia is Dubai's top GCC destination for non-oil trade\n"
            "Dubai: Saudi Arabia accounted for 45 per cent of Dubai's total trade in the region in 2015, the Dubai "
            "Chamber of Commerce and Industry said in a report on Monday.\n"
            "The kingdom's trade with Dubai is \"witnessing [a] higher pace of growth,\" the chamber said. Oman and "
            "Kuwait followed Saudi Arabia with 19 per cent and 16 per cent, respectively.\n")
    got = facts(text, 2016)
    assert [g[:4] for g in got[1:]] == [("19 per cent", "turnover", "Dubai", "Oman"),
                                        ("16 per cent", "turnover", "Dubai", "Kuwait")]
    assert got[1][4] == "respectively_followed"


def test_a_possessive_non_oil_trade_is_the_reporters_total():
    """Rule own_trade, branch own_non_oil_trade (expolinkfairs.com, 2016, a page whose title names Saudi Arabia):
    "Dubai's non-oil trade grew 16 per cent in 2012 to Dh1.23 trillion" is Dubai's trade with all partners, the
    world; it took Saudi Arabia, the title's counterpart (rule head_first_line)."""
    text = ("Saudi Arabia is Dubai's top GCC destination for non-oil trade\n"
            "Dubai: Saudi Arabia accounted for 45 per cent of Dubai's total trade in the region in 2015, the Dubai "
            "Chamber of Commerce and Industry said in a report on Monday.\n"
            "In 2014, Dubai's trade with the Gulf Cooperation Council (GCC) countries registered a growth of 3 per cent "
            "to touch Dh117.5 billion, amid a decline in oil prices.\n"
            "Dubai's non-oil trade grew 16 per cent in 2012 to Dh1.23 trillion.\n")
    got = facts(text, 2016)
    assert [g[:4] for g in got[-2:]] == [("16 per cent", "turnover", "Dubai", "world"),
                                         ("Dh1.23 trillion", "turnover", "Dubai", "world")]
    assert got[-1][4] == "own_trade"


def test_the_abbreviation_b_c_is_british_columbia():
    """Vocabulary row 'B.C.' of vocab/en/places.csv (theglobeandmail.com, 'Chinese trade: a provincial divide of
    exports', 2014): 'The growth of shipments from B.C. to the surging economies of East and Southeast Asia - at a
    value approaching $15-billion' is British Columbia's, a sub-national reporter; it was read as Canada's (rule
    subject)."""
    text = ("Canadian exports to Asia are increasing, with resource-rich Western Canada far ahead of the battered "
            "manufacturing heartland further east.\n"
            "The growth of shipments from B.C. to the surging economies of East and Southeast Asia \u2013 at a value "
            "approaching $15-billion \u2013 are now nearly on par with the province's shipments south of the border to "
            "the United States.\n")
    got = figures_of_text(text, "page", "web", lang="en", pub_year=2014)
    assert [(f.figure, f.measure, f.reporter, f.reporter_iso3) for f in got] == [
        ("approaching $15-billion", "exports", "British Columbia", "CAN")]


def test_the_place_that_dislodged_another_as_a_market_owns_the_figures():
    """Rule displaced_market (chemnet.com citing the Global Times, July 2018): 'The Chinese mainland dislodged Japan as
    the Philippines' third export market destination in May, with the amount hitting $761.40 million or 13.2 percent
    of the country's total recorded export receipt': the Philippines' exports to China, not to Japan, the displaced
    place named nearer the figures (rule sentence)."""
    text = ("Mainland overtakes Japan as Philippines' 3rd export market\n"
            "The Chinese mainland dislodged Japan as the Philippines' third export market destination in May, with the "
            "amount hitting $761.40 million or 13.2 percent of the country's total recorded export receipt, government "
            "data showed on Tuesday.\n")
    assert facts(text, 2018) == [
        ("$761.40 million", "exports", "Philippines", "China", "displaced_market"),
        ("13.2 percent", "exports", "Philippines", "China", "displaced_market")]


def test_a_countrys_share_of_the_flow_to_its_continent_is_its_own():
    """Rule share_of_bloc_flow (kenyanwallstreet.com on the Kenya National Bureau of Statistics' Economic Survey 2021):
    'Uganda was the largest export destination for Kenyan goods to the EAC, accounting for 29.3% of total exports to
    Africa': Kenya's exports to Uganda, a part of its exports to Africa; it was read as Africa (rule
    share_of_flow_to)."""
    text = ("Kenya's 2020 exports to EAC hit $1.44 billion\n"
            "According to data from the Kenya National Bureau of Statistics' Economic Survey 2021, Uganda was the "
            "largest export destination for Kenyan goods to the EAC, accounting for 29.3% of total exports to Africa.\n")
    assert facts(text, 2021)[1:] == [("29.3%", "exports", "Kenya", "Uganda", "share_of_bloc_flow")]


def test_a_bare_trade_figure_after_the_reporters_own_total_goes_on_with_it():
    """Rule prior_world, branch prior_own_trade (expolinkfairs.com, 2016, a page whose title names Saudi Arabia):
    "Dubai's non-oil trade grew 16 per cent in 2012 to Dh1.23 trillion. Growth, however, slowed to 8 per cent to touch
    Dh1.33 trillion in 2013.": the second sentence's figures are Dubai's total trade too, not its trade with Saudi
    Arabia (rule head_first_line)."""
    text = ("Saudi Arabia is Dubai's top GCC destination for non-oil trade\n"
            "Dubai: Saudi Arabia accounted for 45 per cent of Dubai's total trade in the region in 2015, the Dubai "
            "Chamber of Commerce and Industry said in a report on Monday.\n"
            "Dubai's non-oil trade grew 16 per cent in 2012 to Dh1.23 trillion. Growth, however, slowed to 8 per cent "
            "to touch Dh1.33 trillion in 2013.\n")
    got = facts(text, 2016)
    assert got[-2:] == [("8 per cent", "turnover", "Dubai", "world", "prior_world"),
                        ("Dh1.33 trillion", "turnover", "Dubai", "world", "prior_world")]


def test_niger_republic_and_benin_republic_are_the_countries():
    """Vocabulary rows 'Niger Republic' and 'Benin Republic' of vocab/en/places.csv (apanews.net citing Nigeria's
    National Bureau of Statistics, December 2024): in '... Togo (N15.80bn), Niger Republic (N3.59bn) and Benin
    Republic (N1.61bn)' each amount is its own country's; both were read as Togo's, the last place found."""
    text = ("Nigeria's exports to ECOWAS member countries peak at N1.54tn\n"
            "On the import side, Nigeria's imports from ECOWAS countries totalled N82.05bn.\n"
            "\"Nigeria's major trading import partner within ECOWAS was Ivory Coast (N29.50bn), followed by Ghana "
            "(N20.84bn), Togo (N15.80bn), Niger Republic (N3.59bn) and Benin Republic (N1.61bn), representing 86.95 per "
            "cent of total imports from the ECOWAS region.\"\n")
    got = {f.figure: (f.partner, f.partner_iso3) for f in
           figures_of_text(text, "page", "web", lang="en", pub_year=2024)}
    assert (got["N15.80bn"], got["N3.59bn"], got["N1.61bn"]) == (("Togo", "TGO"), ("Niger", "NER"), ("Benin", "BEN"))


def test_industrial_countries_are_a_counterpart_named_by_kind():
    """Rule unnamed_group_named, kinds industrial/industrialised/developed (island.lk, 'Sri Lanka's principal export
    markets in the last 10 years', 2002): 'In 1991 Sri Lanka exported two-thirds or 67 per cent of its exports to
    industrial countries' is the share of the industrial countries, not of the world (rule default_world)."""
    text = ("Sri Lanka's principal export markets in the last 10 years\n"
            "In 1991 Sri Lanka exported two-thirds or 67 per cent of its exports to industrial countries but in 2001 its "
            "exports to industrial countries amounted to three-fourths or 76 per cent.\n")
    assert [g for g in facts(text, 2002) if "per cent" in g[0]] == [
        ("67 per cent", "exports", "Sri Lanka", "industrial countries", "unnamed_group_named"),
        ("76 per cent", "exports", "Sri Lanka", "industrial countries", "unnamed_group_named")]


def test_a_share_behind_accounting_for_is_the_clause_subjects():
    """Rule share_clause_subject (island.lk, 2002): 'In the European Union, the United Kingdom is the largest country
    market accounting for 6.5 per cent of Sri Lanka's total exports in 1991': the share of the country opening the
    clause after the lead-in, the United Kingdom, not the European Union (rule sentence)."""
    text = ("Sri Lanka's principal export markets in the last 10 years\n"
            "In the European Union, the United Kingdom is the largest country market accounting for 6.5 per cent of Sri "
            "Lanka's total exports in 1991 and 12.4 per cent in 2001.\n")
    assert facts(text, 2002)[0] == ("6.5 per cent", "exports", "Sri Lanka", "United Kingdom", "share_clause_subject")


def test_a_paragraph_opened_on_the_next_item_of_a_ranking_takes_its_flow():
    """Rule followed_paragraph of the measure (apanews.net citing Nigeria's NBS, December 2024; lite.poandpo.com citing
    the UAE's Federal Customs Authority, 2015): 'Togo followed with N574.93bn' and 'Next come Europe at 25%, ...', each
    a paragraph of its own after one that ends on the ranking's first item, are that item's flow (exports; the share of
    total trade), not 'other' (rule default_other)."""
    nigeria = ("Nigeria's exports to ECOWAS member countries peak at N1.54tn\n"
               "The report added that Nigeria's main trading partner within the ECOWAS region was Ivory Coast, which "
               "imported N662.71bn worth of goods.\n"
               "Togo followed with N574.93bn, and together, the two countries accounted for 97.60 per cent of Nigeria's "
               "total exports to ECOWAS countries in Q3 2024.\n")
    uae = ("UAE's non-oil trade increases to $145.4 billion\n"
           "According to FCA, countries in Asia, Oceania and the Pacific are the UAE's primary non-oil trading partners, "
           "retaining a combined 42% share of total trade.\n"
           "Next come Europe at 25%, the Middle East and Africa at 17%, the Americas at 10%.\n")
    got = {f.figure: (f.measure, f.fact_rules.split(";")[0]) for f in
           figures_of_text(nigeria, "page", "web", lang="en", pub_year=2024)}
    assert got["N574.93bn"] == ("exports", "measure:followed_paragraph")
    got = [(f.figure, f.measure, f.partner) for f in figures_of_text(uae, "page", "web", lang="en", pub_year=2015)]
    assert got[-3:] == [("25%", "turnover", "Europe"), ("17%", "turnover", "Africa"), ("10%", "turnover", "Americas")]
