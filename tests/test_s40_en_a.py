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
