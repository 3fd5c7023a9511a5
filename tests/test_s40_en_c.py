"""English phrasings found in session 40 (helper en_c) on the tuned pages of web5, web21, web16, web10, web3, web23 and
the opened part of external, each a rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_a_percent_restating_a_drop_of_an_amount_after_or_is_its_fall():
    """Rule growth_percent_or, pattern change_of_or (naftemporiki.gr, data/web16 tuned page l11): in 'recorded a drop of
    371.4 million euros or 14.3%' the percent restates the drop's amount as a rate, a change of -14.3%, not a share;
    the noun 'drop' (like 'reduction', 'contraction', 'dip') is no change verb, so the noun before the amount's 'of'
    gives the sign."""
    text = ("Greek exports recorded a new decline in August, while imports also moved on a downward trajectory, with the "
            "trade deficit shrinking to 2.746 billion euros.\n"
            "The corresponding value excluding oil products recorded in August 2023 a drop of 371.4 million euros or "
            "14.3% and the corresponding value excluding oil products and ships in August 2023 recorded a drop of 370.6 "
            "million euros or 14.3%, in comparison with August 2022.\n")
    got = fields(text, "kind", "value", "year", pub_year=2023, lang="en")
    assert [g for g in got if g[1] != "money"] == [("14.3%", "growth", -14.3, 2023), ("14.3%", "growth", -14.3, 2023)]
