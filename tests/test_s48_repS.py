"""Session 48, helper repS: the votes for a page's subject (facts/subject.py, subject_scores), which decide the
reporter rule `subject`. Places named only as another's counterpart vote as counterparts (weight 0.3), not as
mentions (1.0) that can outvote the page's own side. Sentences from stored pages of outlets no development set holds.
"""
from __future__ import annotations

from tradeflows.facts.subject import WEIGHTS, subject_scores

# fbcnews.com.fj, "Imports and exports dropped in October trading" (2019-12-23)
FIJI_TITLE = "Imports and exports dropped in October trading"
FIJI = (FIJI_TITLE + "\n"
        "Fiji imported goods worth $454 million in October compared to $182.7 million worth of exports. "
        "Compared to October 2018, imports dropped by just over $98 million or 17% while exports decreased by "
        "$18.3 million or 9.1%. The trade deficit amounted to $271.4 million compared to $298.9 million a month "
        "earlier. Mineral products, Machinery, and Vehicles topped the list of imports. Imports from major markets "
        "such as Singapore, China, New Zealand, and Australia all dropped in the month of October. Exports to "
        "Australia, New Zealand, Netherlands, and Samoa increased in the same month.")


def _score(head: str, title_end: int = 0) -> dict[str, float]:
    return {k[0]: round(v, 2) for k, v in subject_scores(head, title_end).items()}


def test_every_item_of_a_list_of_origins_or_destinations_is_a_counterpart():
    """Rule counterpart_list: 'Imports from major markets such as Singapore, China, New Zealand, and Australia',
    'Exports to Australia, New Zealand, Netherlands, and Samoa': the items after the first, not only the one after
    'and', vote as counterparts (each had a mention's 1.0: on a Tongan statistics page, 'Imports were mainly from NZ,
    US, China and Fiji, while the exports were mainly to NZ, USA, Korea and Australia' made the US the subject)."""
    got = _score(FIJI, len(FIJI_TITLE))
    assert next(iter(got)) == "Fiji"
    assert got["Singapore"] == got["China"] == got["Netherlands"] == WEIGHTS["counterpart"]
    assert got["New Zealand"] == 2 * WEIGHTS["counterpart"]


def test_a_place_after_a_comma_that_lists_nothing_still_votes():
    """counterpart_list reads a list only: the place must be followed by a comma or 'and' ('Compared with the US,
    Mexico ran a surplus' names Mexico as its sentence's subject), and a possessive owner after a comma keeps its
    votes."""
    got = _score("Compared with the US, Mexico ran a surplus of $5 billion. Exports went to the US, the Netherlands "
                 "and Spain.")
    assert next(iter(got)) == "Mexico"
    assert got["Mexico"] > 2.0
    assert got["Netherlands"] == WEIGHTS["counterpart"]
    got = _score("In addition to China, Vietnam's exports rose 5 percent.")
    assert got["Vietnam"] > 2.0 and got["China"] == WEIGHTS["counterpart"]


def test_the_trading_partner_of_a_place_is_its_counterpart():
    """Rule partner_of_counterpart (ROLE_COUNTERPART_AFTER): 'Japan remained the third largest trade partner of
    China and the bilateral trade volume rose 13 percent year on year to hit 266.78 billion U.S. dollars last year'
    (china.org.cn, 2009-02-06): Japan is China's counterpart, though it opens the sentence (it had a mention and a
    sentence subject's vote, 2.0); China owns the relation (ROLE_OWNER_BEFORE)."""
    got = _score("Japan remained the third largest trade partner of China and the bilateral trade volume rose 13 "
                 "percent year on year to hit 266.78 billion U.S. dollars last year.")
    assert got["Japan"] == WEIGHTS["counterpart"]
    assert next(iter(got)) == "China"
    # with "also" before the rank, and "for" after the partner (a German statistics release, data/web26)
    got = _score("The United States was also the most important trading partner for Germany in December 2023.")
    assert got["United States"] == WEIGHTS["counterpart"]
    # a partner that is nobody's stays a mention
    got = _score("China is a major trading partner and exports rose 5 percent.")
    assert got["China"] > WEIGHTS["counterpart"]


def test_clients_abroad_named_by_example_are_counterparts():
    """Rule markets_such_as: 'German exporters' business with important clients abroad such as the United States and
    China declined significantly in December' (data/web26): markets, partners, clients or customers named by example
    vote as counterparts, and every item of their list (counterpart_list)."""
    got = _score("German exporters' business with important clients abroad such as the United States and China "
                 "declined significantly in December.")
    assert got["United States"] == WEIGHTS["counterpart"]
    got = _score("Sales to customers like Japan, Korea and Taiwan fell 4 percent.")
    assert got["Japan"] == got["South Korea"] == got["Taiwan"] == WEIGHTS["counterpart"]


def test_a_place_opening_a_bodys_name_is_its_country_not_a_counterpart():
    """Rule body_country: 'According to the Viet Nam Textile and Apparel Association, the country benefits from free
    trade agreements' (texprocess-blog.com) and, on a Bangladeshi page (data/web18), 'said Siddiqur Rahman, president
    of Bangladesh Garment Manufacturers and Exporters Association': the preposition before the place belongs to the
    body, whose country the place names; a mention, not a counterpart's 0.3 (the Bangladeshi page, naming no other
    place in its opening, had been given to China, named later as where work orders come from)."""
    got = _score("According to the Viet Nam Textile and Apparel Association, exports rose 15 per cent in 2014 to "
                 "around US$ 25 billion.")
    assert got["Vietnam"] == WEIGHTS["mention"]
    got = _score("\"We expect even higher exports in the current fiscal year as we are receiving work orders aplenty,\" "
                 "said Siddiqur Rahman, president of Bangladesh Garment Manufacturers and Exporters Association.")
    assert got["Bangladesh"] == WEIGHTS["mention"]
    # a destination that no body's name follows stays a counterpart
    got = _score("Exports to Bangladesh rose 5 percent.")
    assert got["Bangladesh"] == WEIGHTS["counterpart"]
