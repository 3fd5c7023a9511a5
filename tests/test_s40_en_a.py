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
