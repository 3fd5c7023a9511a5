"""English phrasings of months, parts of years and fiscal years found in session 43 by probing stored news pages on the
trade of South Asian, African, European and Middle Eastern reporters, each a rule tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_a_month_abbreviation_with_its_year_after_a_space_is_that_month():
    """Rule abbr_month_year (pakobserver.net, Pakistan's trade, January 2022): 'during Dec 2021', 'in Nov 2021' and 'in
    Dec 2020' are those months; they were read as the whole years, and the December figure as of the base's year."""
    text = ('"Pakistan imports during Dec 2021 decreased to USD 6.9 billion as compared to USD 7.9 billion in Nov 2021. '
            'This is a decrease of USD 1 billion," the PM\'s aide said.\n'
            "Turning to exports, he said Pakistan's exports increased by 16.7% to USD 2.761 billion as compared to USD "
            "2.366 in Dec 2020.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2022, lang="en") == [
        ("USD 6.9 billion", 2021, "2021-12", "2021-12"), ("USD 7.9 billion", 2021, "2021-11", "2021-11"),
        ("USD 1 billion", 2021, "2021-12", "2021-12"), ("16.7%", 2021, "2021-12", "2021-12"),
        ("USD 2.761 billion", 2021, "2021-12", "2021-12"), ("USD 2.366", 2020, "2020-12", "2020-12")]


def test_month_abbreviations_joined_by_to_are_a_range():
    """Rule abbr_range_to (lankabusinessonline.com, Sri Lanka's exports, 2014): 'in the months of Jan to Oct' is January
    to October of the year in force, as 'Jan-Oct' is; it was no period at all."""
    text = ("US continues to remain as the largest export market for Sri Lanka with 2.2 billion dollars exports which "
            "accounts for 73 percent of the total exports in the months of Jan to Oct.\n"
            "For the month of October 2014 alone our provisional exports were at 900 million dollars.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2014, lang="en") == [
        ("2.2 billion dollars", 2014, "2014-01", "2014-10"), ("73 percent", 2014, "2014-01", "2014-10"),
        ("900 million dollars", 2014, "2014-10", "2014-10")]
