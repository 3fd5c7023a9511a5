"""English phrasings of official trade releases of non-USD countries found in session 41 on the tuned pages of the
blind set web26, each a rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields, first_fields


def test_a_trade_balance_surplus_for_the_comparable_period_in_a_year_is_that_years():
    """Rule trade_balance_noun_gap (SA Revenue Service story in The Star via zinioapps, data/web26 tuned page ap02):
    in 'an improvement from the R6.7bn trade balance surplus for the comparable period in 2023' the amount is the
    base's value, of January-April 2023, not of the year-to-date 2024 the sentence opens with: 'trade balance
    surplus' is the figure's own noun between it and its period, as 'trade surplus' is."""
    text = ("SOUTH Africa recorded an improved pre- liminary trade balance surplus of R10.5 bil- lion in April, the SA "
            "Revenue Service (Sars) said on Friday. This surplus was attributable to exports of R169.5bn and imports of "
            "R159.1bn, inclusive of trade with Botswana, Eswatini, Lesotho and Namibia. The result was ahead of consensus "
            "(Bloomberg) of an R8.1bn surplus. The year-to-date preliminary trade balance surplus of R26.6bn was an "
            "improvement from the R6.7bn trade balance surplus for the comparable period in 2023, Sars said.\n")
    got = first_fields(text, "measure", "year", "period_start", "period_end", pub_year=2024, lang="en")
    assert got["R26.6bn"] == ("balance", 2024, "2024-01", "2024-04")
    assert got["R6.7bn"] == ("balance", 2023, "2023-01", "2023-04")


def test_the_month_of_an_amount_compared_with_is_no_period_for_what_follows():
    """Rule compared_value_time (Malaysia's trade ministry release on cryptoexchangesbest.org, data/web26 tuned page
    ap01): 'a trade surplus of 17.31 billion ringgit ($3.70 billion), compared with MYR17.09 billion in July' dates the
    amount compared with, July; the month the page is on, August, stays in force, so the ministry's rates 'compared to
    July 2023' are of August 2023 (month on month), not of July 2024 (a year after the base)."""
    text = ("KUALA LUMPUR, Malaysia--Malaysia's trade surplus widened in August from the previous month, but exports and "
            "imports were lower than a year earlier, driven by a decline in shipments of electrical and petroleum "
            "products.\n\n"
            "The Southeast Asian nation reported a trade surplus of 17.31 billion ringgit ($3.70 billion), compared with "
            "MYR17.09 billion in July.\n\n"
            "\"Compared to July 2023, trade, exports, imports and trade surplus contracted by 1.5%, 1.4%, 1.6% and 0.3%, "
            "respectively,\" the Ministry of Investment, Trade and Industry said Tuesday.\n")
    assert fields(text, "measure", "year", "period_start", "period_end", lang="en") == [
        ("17.31 billion ringgit", "balance", 2023, "2023-08", "2023-08"),
        ("$3.70 billion", "balance", 2023, "2023-08", "2023-08"),
        ("MYR17.09 billion", "balance", 2023, "2023-07", "2023-07"),
        ("1.5%", "turnover", 2023, "2023-08", "2023-08"),
        ("1.4%", "exports", 2023, "2023-08", "2023-08"),
        ("1.6%", "imports", 2023, "2023-08", "2023-08"),
        ("0.3%", "balance", 2023, "2023-08", "2023-08")]
