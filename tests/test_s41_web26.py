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


def test_a_column_heading_opened_by_a_flow_gives_the_list_under_it_that_flow():
    """Rule list_heading_measure (Malaysia's trade ministry release on cryptoexchangesbest.org, data/web26 tuned page
    ap01): after 'Below are the figures for Malaysia's trade with its five largest export and import trading partners
    in August:', the heading 'Exports Value (MYR Millions) % Change YoY' gives the items under it exports and
    'Imports Value ...' gives its items imports, not the last flow of the line that introduced both lists."""
    text = ("KUALA LUMPUR, Malaysia--Malaysia's trade surplus widened in August from the previous month.\n\n"
            "Below are the figures for Malaysia's trade with its five largest export and import trading partners in "
            "August:\n\n"
            "Exports Value (MYR Millions) % Change YoY\n\n"
            "  • Singapore: 16,807 (-19%)\n"
            "  • China: 14,719 (-20%)\n\n"
            "Imports Value (MYR Millions) % Change YoY\n\n"
            "  • China: 20,935 (-18%)\n"
            "  • USA: 7,162 (-25%)\n")
    assert fields(text, "kind", "measure", "partner", pub_year=2023, lang="en") == [
        ("19%", "growth", "exports", "Singapore"), ("20%", "growth", "exports", "China"),
        ("18%", "growth", "imports", "China"), ("25%", "growth", "imports", "United States")]


def test_years_a_forecast_is_likely_to_reach_are_no_year_an_undated_page_speaks_from():
    """Rule likely_to_year (Federal Statistics Office story on thewestonforum.com, data/web26 tuned page ap03): on an
    undated page, 'It is likely to stagnate in 2024 and increase significantly again in 2025' names years to come; the
    page speaks from December 2023, the month its statisticians name, so the bare 'in December' is of 2023, not 2025."""
    text = ("German exporters' business with important clients abroad such as the United States and China declined "
            "significantly in December. Exports to countries outside the European Union fell by 4.0 percent in December "
            "after calendar and season adjustments compared to the previous month to 57.2 billion euros, the Federal "
            "Statistics Office announced on Monday.\n\n"
            "\u201cThe United States was also the most important trading partner for German exporters in December "
            "2023,\u201d the statisticians explained.\n\n"
            "According to the Kiel Institute for the World Economy (IfW), total German exports fell by 1.4 percent last "
            "year. It is likely to stagnate in 2024 and increase significantly again in 2025.\n")
    got = first_fields(text, "measure", "year", "period_start", "period_end", lang="en")
    assert got["57.2 billion euros"] == ("exports", 2023, "2023-12", "2023-12")
    assert got["4.0 percent"] == ("exports", 2023, "2023-12", "2023-12")


def test_the_places_whose_trade_a_total_is_inclusive_of_are_no_partner():
    """Rule trade_with_scope (SA Revenue Service story in The Star via zinioapps, data/web26 tuned page ap02): in 'This
    surplus was attributable to exports of R169.5bn and imports of R159.1bn, inclusive of trade with Botswana, Eswatini,
    Lesotho and Namibia' the listed places name what the world totals count in, not the counterpart of the amounts."""
    text = ("SOUTH Africa recorded an improved pre- liminary trade balance surplus of R10.5 bil- lion in April, the SA "
            "Revenue Service (Sars) said on Friday. This surplus was attributable to exports of R169.5bn and imports of "
            "R159.1bn, inclusive of trade with Botswana, Eswatini, Lesotho and Namibia. The result was ahead of consensus "
            "(Bloomberg) of an R8.1bn surplus.\n")
    got = first_fields(text, "measure", "reporter", "partner", pub_year=2024, lang="en")
    assert got["R169.5bn"] == ("exports", "South Africa", "world")
    assert got["R159.1bn"] == ("imports", "South Africa", "world")


def test_the_flow_after_a_change_noun_and_in_before_by_and_a_rate_is_the_flow_that_changed():
    """Rule change_in_by (Statistics Indonesia story on tradecouncil.org, data/web26 tuned page ap10): in 'The increase
    in oil imports by 19% in June impacted the trade surplus' the rate is of imports, the flow between 'increase in'
    and 'by', not of the trade surplus the change acted on after it."""
    text = ("Indonesia continued its streak of trade surpluses last month. Exports totaled US$20.84 billion, surpassing "
            "imports at US$18.45 billion, resulting in a surplus of US$2.39 billion.\n"
            "The increase in oil imports by 19% in June impacted the trade surplus.\n")
    got = first_fields(text, "kind", "measure", "partner", lang="en")
    assert got["19%"] == ("growth", "imports", "world")


def test_a_bare_month_measured_against_the_same_period_of_a_written_year_is_of_the_year_after():
    """Rule month_after_same_base (Korea Times / Yonhap text on totosite.pro, data/web26 tuned page ap09): in a paragraph
    whose photo caption is dated 'June 21, 2023', 'total exports in May totaled $58.15 billion, up 11.7 percent from the
    same period in 2023' is of May 2024, the year after the same period it is compared with, not of the caption's
    year."""
    text = ("China surpasses US to become top export market for Korea\n\n"
            "Containers are being unloaded at Busan Port, June 21, 2023. The Ministry of Trade, Industry and Energy said "
            "Saturday that total exports in May totaled $58.15 billion, up 11.7 percent from the same period in 2023, "
            "with China again becoming Korea's largest export destination, surpassing the United States. Yonhap\n")
    assert fields(text, "measure", "year", "period_start", "period_end", lang="en") == [
        ("$58.15 billion", "exports", 2024, "2024-05", "2024-05"),
        ("11.7 percent", "exports", 2024, "2024-05", "2024-05")]


def test_a_share_accounted_for_in_a_while_clause_is_that_clauses_subjects():
    """Rule share_while_subject (Central Statistics Office story on wtcdublin.ie, data/web26 tuned page ap04): in 'The
    EU accounted for €3.86 billion (52 per cent) of total exports in August, while the United States was the main
    non-EU destination, accounting for 20 per cent of total exports in the month' the 20 per cent is the share of the
    United States, the subject of the 'while' clause, not of the EU that opens the sentence."""
    text = ("Irish exports increased by 23 per cent in August (to €7.97 billion) from July, figures from the Central "
            "Statistics Office have shown.\n"
            "The EU accounted for €3.86 billion (52 per cent) of total exports in August, while the United States was the "
            "main non-EU destination, accounting for 20 per cent of total exports in the month.\n")
    got = first_fields(text, "kind", "measure", "reporter", "partner", pub_year=2014, lang="en")
    assert got["52 per cent"] == ("share", "exports", "Ireland", "European Union")
    assert got["20 per cent"] == ("share", "exports", "Ireland", "United States")
