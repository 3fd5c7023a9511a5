"""English phrasings of years, periods and partners found in session 41 by probing stored news pages on the trade of
African, Middle Eastern and Latin American countries, each a rule tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_the_region_a_partners_rank_is_counted_in_is_no_counterpart():
    """Rule rank_scope (thenigeriandiplomat.com; the same wording on therainbowonline.net): in 'Nigeria is the largest
    trading partner of India in Africa with bilateral trade of 9.4 billion dollars' Africa is where Nigeria's rank is
    counted, not India's counterpart; the partner is Nigeria. 'China is the largest trading partner in Africa', no
    owner of the rank named, keeps Africa."""
    text = ("Nigeria And India Bilateral Trade Value Reaches $9.4 Billion In 2017\n"
            "\u201cIndia is now the largest trading partner of Nigeria globally and Nigeria is the largest trading "
            "partner of India in Africa with bilateral trade of 9.4 billion dollars last year.\n")
    assert fields(text, "measure", "reporter", "partner", "year", pub_year=2018, lang="en") == [
        ("$9.4 Billion", "turnover", "India", "Nigeria", 2017),
        ("9.4 billion dollars", "turnover", "India", "Nigeria", 2017)]
    text = "Nigeria is India's largest trading partner in Africa, with bilateral trade of $16.98 billion in 2013-14.\n"
    assert fields(text, "partner", pub_year=2014, lang="en") == [("$16.98 billion", "Nigeria")]
