"""English phrasings found in session 40 (helper en_a) on the tuned pages of web12, web22, web7, web2, web20 and
web14, each a rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_a_sentence_opening_on_its_currency_declares_its_bare_amounts():
    """Rule money_declared_currency (figures/extract.py; Total Croatia News, data/web14 tuned page a06): 'Expressed in
    euros, ... went up 15% on the year to 12.8 billion' gives its bare amounts in euros, not in the kuna of the
    sentence before; 'In EUR terms, ...' (bbj.hu) is the same opener."""
    text = ("In the said period, Croatia exported 95.49 billion kuna worth of goods, while importing 149.8 billion kuna, "
            "putting the foreign trade deficit at 54.3 billion kuna and the export-import ratio at 63.7%.\n"
            "Expressed in euros, Croatia’s export of goods in the first 11 months of 2017 went up 15% on the year to "
            "12.8 billion, while imports went up 12.2% to 20.1 billion. The foreign trade deficit was 7.3 billion euro.\n")
    got = fields(text, "kind", "value", "currency", "measure", pub_year=2018, lang="en")
    assert got[4:] == [("15%", "growth", 15.0, None, "exports"),
                       ("12.8 billion", "money", 12.8e9, "EUR", "exports"),
                       ("12.2%", "growth", 12.2, None, "imports"),
                       ("20.1 billion", "money", 20.1e9, "EUR", "imports"),
                       ("7.3 billion euro", "money", 7.3e9, "EUR", "balance")]


def test_a_total_named_in_the_when_clause_of_a_base_is_the_base_value():
    """Rule base_value (facts/period_bases.py _BASE_WHEN; teleSUR English, data/web14 tuned page a02): in 'a figure
    2.75 billion dollars higher than that recorded in the similar period of 2020, when a total of 4.21 billion dollars
    was reached' the total after 'when' is the value of January-August 2020, the base, not of 2021."""
    text = ('"From January to August 2021, national exports reached 6.99 billion dollars, a figure 2.75 billion dollars '
            'higher than that recorded in the similar period of 2020, when a total of 4.21 billion dollars was reached, '
            'representing an increase of 65.4%," the INE said in its report.\n')
    got = fields(text, "measure", "year", "period_start", "period_end", pub_year=2021, lang="en")
    assert got[0] == ("6.99 billion dollars", "exports", 2021, "2021-01", "2021-08")
    assert got[2:] == [("4.21 billion dollars", "exports", 2020, "2020-01", "2020-08"),
                       ("65.4%", "exports", 2021, "2021-01", "2021-08")]


def test_a_part_of_the_past_year_is_a_part_of_last_year():
    """Rule part_of_past_year (facts/periods_grammar.py _YEARPART; ksaplayers.com, data/web12 tuned page h02): in
    'after it was near TND8628 million during the first nine months of the past year' the past year is the year before
    the page's, as 'last year' is: January-September 2017 on a page of 2018, not of 2018."""
    text = ("The total trade deficit was estimated by the end of July at around TND9946.5 million (around USD3.683 "
            "billion) after it was near TND8628 million during the first nine months of the past year.\n")
    got = fields(text, "year", "period_start", "period_end", pub_year=2018, lang="en")
    assert got[-1] == ("TND8628 million", 2017, "2017-01", "2017-09")


def test_a_base_that_recorded_a_flow_worth_a_value_dates_that_value():
    """Rule base_value (facts/period_bases.py _BASE_WHEN; welcomeqatar.com, data/web7 tuned page s11): in 'compared to
    the same quarter of last year that recorded Total exports worth 63.7 billion riyals' the value is the base's, the
    third quarter of 2019, not the page's quarter of 2020."""
    text = ("A statement by the Planning and Statistics Authority, issued today, showed that the total Qatari exports "
            "(including exports of domestic goods and re-exports) amounted to 41.1 billion riyals during the third "
            "quarter of this year, recording a decrease of 35.5 percent compared to the same quarter of last year that "
            "recorded Total exports worth 63.7 billion riyals, but exports recorded an increase of 3.3 billion riyals, "
            "equivalent to 8.6 percent, compared to the second quarter of 2020.\n")
    got = fields(text, "measure", "year", "period_start", "period_end", pub_year=2020, lang="en")
    assert got[:4] == [("41.1 billion riyals", "exports", 2020, "2020-07", "2020-09"),
                       ("35.5 percent", "exports", 2020, "2020-07", "2020-09"),
                       ("63.7 billion riyals", "exports", 2019, "2019-07", "2019-09"),
                       ("3.3 billion riyals", "exports", 2020, "2020-07", "2020-09")]


def test_two_amounts_compared_with_share_the_time_after_the_second():
    """Rule compared_pair_time (facts/period_adjacent.py; latinnews.com, data/web7 tuned page s01): in 'mining exports
    were worth US$5.3bn in May 2021, ..., compared with US$3.2bn and US$2.9bn in May 2020' both amounts compared with
    are of May 2020, the first too, not of May 2021 written before it."""
    text = ("The high international price of copper sustained the growth in exports this year: mining exports were "
            "worth US$5.3bn in May 2021, of which US$4.97bn were copper, compared with US$3.2bn and US$2.9bn in May "
            "2020.\n")
    got = fields(text, "year", "period_start", "period_end", pub_year=2021, lang="en")
    assert got == [("US$5.3bn", 2021, "2021-05", "2021-05"), ("US$4.97bn", 2021, "2021-05", "2021-05"),
                   ("US$3.2bn", 2020, "2020-05", "2020-05"), ("US$2.9bn", 2020, "2020-05", "2020-05")]


def test_countries_other_than_the_united_states_are_one_counterpart_group():
    """Vocabulary rows of vocab/en/places.csv and counterpart_groups.txt (Statistics Canada's group, in
    madisonsreport.com, data/web12 tuned page h09): 'Exports to countries other than the United States', 'Canada's
    trade deficit with countries other than the United States' have that group as partner, as 'countries outside the
    EU' are non-EU countries, not the United States named inside it."""
    text = ("Exports to countries other than the United States declined 7.8 per cent in April to $11.6 billion, "
            "partially offsetting the gain in exports to the United States.\n"
            "As a result, Canada’s trade deficit with countries other than the United States widened from $4.4 billion "
            "in March to $5.3 billion in April.\n")
    got = fields(text, "measure", "partner", pub_year=2017, lang="en")
    assert got == [("7.8 per cent", "exports", "countries other than the United States"),
                   ("$11.6 billion", "exports", "countries other than the United States"),
                   ("$4.4 billion", "balance", "countries other than the United States"),
                   ("$5.3 billion", "balance", "countries other than the United States")]


def test_the_bric_countries_are_a_bloc_of_their_own():
    """Vocabulary rows of vocab/en/places.csv (The Copenhagen Post, data/web20 tuned page ae12): 'Exports to the BRIC
    countries rose by 49 percent' go to the four BRIC countries, a group named apart from BRICS (which adds South
    Africa), not to the world."""
    text = ("Exports to the BRIC countries rose by 49 percent, with China accounting for almost half that growth. "
            "Exports to the US increased by 31 percent.\n")
    got = fields(text, "measure", "partner", pub_year=2013, lang="en")
    assert got == [("49 percent", "exports", "BRIC countries"), ("31 percent", "exports", "United States")]


def test_south_and_central_america_is_one_region_not_central_america():
    """Vocabulary row of vocab/en/places.csv (the Census Bureau's region in its monthly release, as FreightWaves
    writes it, data/web14 tuned page a07): 'goods surpluses with ..., South and Central America ($2.2 billion)' has the
    whole region as partner, not Central America, the end of its name."""
    text = ("The U.S. goods and services deficit was $43.5 billion in September, the Commerce Department said.\n"
            "The September figures show goods surpluses with Hong Kong ($2.7 billion), South and Central America ($2.2 "
            "billion), Brazil ($800 million), United Kingdom ($700 million) and Canada ($100 million).\n")
    got = fields(text, "measure", "reporter", "partner", pub_year=2017, lang="en")
    assert got[2] == ("$2.2 billion", "balance", "United States", "South and Central America")


def test_a_figure_of_a_whole_list_of_places_has_the_list_as_partner():
    """Rule list_whole (facts/partners_sentence.py _list_name; gulfindustryonline, data/web2 tuned page x12; Sunday
    Standard, data/web22 tuned page ai03): a figure that a list of three or more places owns as a whole has the list,
    as the text writes it, as its counterpart, not none."""
    text = ("Four countries — the UAE, Saudi Arabia, India and China — account for a more than half of all Omani origin "
            "non-oil exports, added the report.\n")
    assert fields(text, "measure", "partner", pub_year=2016, lang="en") == [
        ("more than half", "exports", "UAE, Saudi Arabia, India and China")]
    text = ("Botswana's exports to Zimbabwe were valued at P155.7 million while those received by China were valued "
            "at P116.1 million. On the other hand, the combined total of goods exported to France, Germany, Belgium, "
            "Greece, Netherlands, Sweden and Portugal came to P71.3 million.\n")
    assert fields(text, "measure", "partner", pub_year=2008, lang="en")[-1] == (
        "P71.3 million", "exports", "France, Germany, Belgium, Greece, Netherlands, Sweden and Portugal")
