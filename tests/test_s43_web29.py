"""English phrasings of the blind set web29's tuned pages (embassies, chambers and business councils on two
countries' bilateral trade over several years), each a rule tested on a real sentence."""
from __future__ import annotations

from phrasing import fields


def test_a_past_span_opening_the_figures_own_clause_beats_an_earlier_clauses_year():
    """Rule past_span_own_clause (news.az on Azerbaijan-Mexico trade, September 2018): in 'in the period from 1992 to
    2014, the annual trade turnover ... averaged as little as $1.2 million, and over the past three years, this figure
    has increased to $9.6 million' the written years date the first amount's clause; the $9.6 million is of the past
    three years, which end with 2017 (rule past_span), not 2014."""
    text = ("He noted that in the period from 1992 to 2014, the annual trade turnover between the two countries averaged "
            "as little as $1.2 million, and over the past three years, this figure has increased to $9.6 million.\n")
    assert fields(text, "year", pub_year=2018, pub_month=9, lang="en") == [("$1.2 million", 2014), ("$9.6 million", 2017)]

