"""Session 65 (openV65): macroeconomic reviews in which trade figures sit among GDP, prices and budget figures.

- the Moroccan dirham's sign "Dh" is read by the page's country as "dirhams" is (vocab/en/currencies.csv rows
  Dh/Dhs with country MAR and ARE; rule: the alias's country rows, figures/currencies.py RESOLVE_SIEVE);
- prices named after "at"/"in" and a valuation basis ("at comparable prices", "in constant prices") are no subject of
  a price change: the flow named before them changed (row prices_changed of vocab/en/patterns.csv; rule price_change
  not taken);
- a measure cue inside an aside opened by a comma and an indefinite article describes the noun before it, not what
  the figure measures (appositive_cue, facts/aside_cues.py, row appositive_aside_open);
- a hedge between a change's "by" or adverb and its rate ("down by a modest 0.2%", "up by only 0.6%", "edged up a
  slight 0.2 percent") keeps the rate a change with the adverb's sign (row by_hedge in kinds_by, kinds_updown_by,
  kinds_adj_change; rules growth_percent_by, growth_percent_signed);
- a signed percent of GDP is a share, its sign the level's (share_of_gdp_signed, figures/percent_gdp.py);
- prices as the subject of "ticked up/down", "advanced", "dipped", "rose another", and "fell by −2.4 percent" are a
  price change (row prices_changed; rule price_change);
- on a page with no country of its own, a flow's owner ("the U.S. trade deficit increased") is carried as the reporter
  of the paragraph's flows that name none (owner_in_force, reporter sieve before sources) and not as their partner
  (owner_not_carried, a carry filter of facts/carry.py; both in facts/owner_carry.py);
- remittances and private transfers as the subject right before a figure are no flow (transfers, a row of
  measure_nontrade.NON_TRADE_RULES, facts/nontrade_transfers.py, row nontrade_transfers_before), nor is the share of a
  deficit something financed (financed_share, the next row; rows nontrade_finance_before, nontrade_deficit_after);
- a bare surplus or deficit after a cue of the current account in its clause is that account's, measure other
  (account_balance_subject, facts/aside_cues.py).

Where a sentence below is marked CONSTRUCTED, no page outside the development sets with its phrasing was found with
the `search` tool (corpus "pages": queries on Moroccan trade in "Dh", on exports "at comparable/constant prices", on
"imports of X, a key ingredient in ...", on "down by a modest", on a signed percent "of GDP" in prose, on "private
transfers" with a figure); it is modelled
on the phrasing of the studied pages. The others quote the page named above them. Each firing test fails without its
rule (checked against bd434456).
"""
from tradeflows.pipeline import figures_of_text


def _rows(text: str, year: int) -> list[tuple]:
    """(figure, kind, currency, measure, measure rule) of each figure of a web text."""
    out = []
    for f in figures_of_text(text, "page", "web", pub_year=year):
        rule = next((r.split(":", 1)[1] for r in f.fact_rules.split(";") if r.startswith("measure:")), "")
        out.append((f.figure, f.kind, f.currency, f.measure, rule))
    return out


# -- Dh on Morocco's pages --------------------------------------------------------------------------------------------
# CONSTRUCTED
MOROCCO = ("Morocco's trade deficit narrowed in 2023, the foreign exchange office said. "
           "Imports of wheat fell by 20% to Dh15.1 billion.\n")
# CONSTRUCTED
DUBAI = "Dubai's non-oil foreign trade rose by 14% to Dh2.1 trillion in 2023, the emirate's government said.\n"


def test_dh_on_moroccan_page_is_mad():
    got = _rows(MOROCCO, 2024)
    assert ("Dh15.1 billion", "money", "MAD", "imports", "cue_before") in got


def test_dh_on_emirates_page_stays_aed():
    got = _rows(DUBAI, 2024)
    assert [g[2] for g in got if g[1] == "money"] == ["AED"]


# -- prices after a valuation basis -----------------------------------------------------------------------------------
# CONSTRUCTED
COMPARABLE = "Exports of goods at comparable prices decreased by 2.3% in the 1st quarter of 2023.\n"
# CONSTRUCTED: the prices themselves changed
PRICES = "Export prices decreased by 2.3% in the 1st quarter of 2023.\n"


def test_comparable_prices_flow_change():
    assert _rows(COMPARABLE, 2023) == [("2.3%", "growth", None, "exports", "cue_before")]


def test_prices_subject_still_price_change():
    assert _rows(PRICES, 2023) == [("2.3%", "growth", None, "other", "price_change")]


# -- appositive_cue -----------------------------------------------------------------------------------------------------
# CONSTRUCTED
APPOSITIVE = ("Morocco's imports of ammonia, a key ingredient in fertilizer production, fell by 58% to 8.8 billion "
              "dirhams in 2023.\n")
# CONSTRUCTED: no closing comma, so no aside: the cue right before the rate is its own
NO_ASIDE = "Morocco's imports fell by 3% in 2023, a drop that cut production by 1%.\n"


def test_cue_inside_aside_dropped():
    got = _rows(APPOSITIVE, 2024)
    assert [(g[0], g[3], g[4]) for g in got] == [("58%", "imports", "cue_before"),
                                                  ("8.8 billion dirhams", "imports", "cue_before")]


def test_no_closing_comma_no_aside():
    got = _rows(NO_ASIDE, 2024)
    assert [(g[0], g[3]) for g in got] == [("3%", "imports"), ("1%", "output")]


# -- by_hedge -------------------------------------------------------------------------------------------------------------
# https://accesswdun.com/print/2010/10/233027 (The Associated Press)
AP_DEFICIT = ("The Commerce Department says the deficit in August increased 8.8 percent to $46.3 billion. Exports edged "
              "up a slight 0.2 percent but this increase was swamped by a 2.1 percent jump in imports.\n")
# CONSTRUCTED
HEDGED_BY = ("Manufacturing exports were down by a modest 0.2% in 2022, while non-EU exports are up by only 0.6% on a "
             "year ago.\n")
# CONSTRUCTED: "only" with no "by" and no adverb of change: a share stays a share
ONLY_SHARE = "Exports to the region account for only 3% of the total in 2022.\n"


def test_hedge_after_adverb():
    got = _rows(AP_DEFICIT, 2010)
    assert ("0.2 percent", "growth", None, "exports", "cue_before") in got


def test_hedge_after_by():
    got = [(f.figure, f.kind, float(f.value), f.rule) for f in figures_of_text(HEDGED_BY, "page", "web", pub_year=2023)]
    assert got == [("0.2%", "growth", -0.2, "growth_percent_by"), ("0.6%", "growth", 0.6, "growth_percent_by")]


def test_only_without_by_stays_share():
    got = [(f.figure, f.kind) for f in figures_of_text(ONLY_SHARE, "page", "web", pub_year=2023)]
    assert got == [("3%", "share")]


# -- share_of_gdp_signed --------------------------------------------------------------------------------------------------
# CONSTRUCTED
SIGNED_GDP = "This year in the 1st quarter, the export-import balance in actual prices was -5.5% of GDP.\n"
# CONSTRUCTED: a signed rate with no "of GDP" stays a change
SIGNED_RATE = "In the 1st quarter of 2023, exports changed by -5.5% year on year.\n"


def test_signed_share_of_gdp():
    got = [(f.figure, f.kind, float(f.value), f.rule, f.measure)
           for f in figures_of_text(SIGNED_GDP, "page", "web", pub_year=2023)]
    assert got == [("5.5%", "share", 5.5, "share_of_gdp_signed", "balance")]


def test_signed_rate_stays_growth():
    got = [(f.kind, float(f.value)) for f in figures_of_text(SIGNED_RATE, "page", "web", pub_year=2023)]
    assert got == [("growth", -5.5)]


# -- prices as the subject ------------------------------------------------------------------------------------------------
# https://www.manufacturing.net/operations/news/13060562/import-prices-up-in-june-but-at-slower-rate
BLS_JUNE = ("Export prices, meanwhile, rose 0.8 percent in June, the largest one-month increase since September 2005. "
            "Both agricultural and nonagricultural export prices contributed to the overall increase, the Labor "
            "Department said. Agricultural prices advanced 2.4 percent, the largest monthly increase for the index "
            "since March 2005. Higher prices for wheat, corn, and vegetables all impacted the increase. Despite the "
            "June rise, agricultural prices ticked down 0.2 percent over the past year.\n")
# https://accesswdun.com/print/2010/10/233027 (The Associated Press)
AP_WHOLESALE = ("The U.S. trade deficit widened sharply in August, reflecting a surge in imports of consumer products as "
                "businesses restocked their shelves in hopes of a pickup in consumer demand. And, wholesale prices rose "
                "another 0.4 percent in August.\n")


def test_prices_ticked_and_advanced():
    got = _rows(BLS_JUNE, 2007)
    assert [(g[0], g[3], g[4]) for g in got] == [("0.8 percent", "other", "price_change"),
                                                  ("2.4 percent", "other", "price_change"),
                                                  ("0.2 percent", "other", "price_change")]


def test_prices_rose_another():
    got = _rows(AP_WHOLESALE, 2010)
    assert ("0.4 percent", "growth", None, "other", "price_change") in got


# -- owner_in_force, owner_not_carried ------------------------------------------------------------------------------------
# a page of real sentences from three pages set under CONSTRUCTED headings (a digest of data releases that names no
# country of its own before the trade paragraph)
OWNER_PAGE = (
    "Data releases\n\n"
    "Import Prices\n\n"
    # https://reliableplant.com/Read/16985/chart-import-prices-over-past-13-months
    "Import prices increased in March for the first time since July, advancing 0.5 percent after edging down 0.1 "
    "percent in February. The March advance was led by a 10.5-percent rise in petroleum prices. The price index for "
    "petroleum increased for the second consecutive month after falling 69.2 percent from July through January. In "
    "contrast, nonpetroleum prices decreased for the eighth consecutive month, falling 0.7 percent in March. For the "
    "year ended in March, petroleum prices fell 52.0 percent and prices for nonpetroleum imports declined 3.7 "
    "percent.\n\n"
    "Export Prices\n\n"
    + BLS_JUNE + "\n"
    "International Trade\n\n"
    # https://www.msci.org/this-weeks-top-economic-data-points-u-s-trade-deficit-expands/
    "The U.S. trade deficit increased to $48.5 billion in January 2017 from $44.3 billion in December 2016. The "
    "value of exports and imports both increased, by $1.1 billion and $5.3 billion, respectively. The deficit was up "
    "11.8 percent from January 2016 to January 2017.\n")
# CONSTRUCTED: the same trade paragraph on a page whose opening names the country: its subject, as before
OWNER_HEAD = "U.S. trade\n\n" + OWNER_PAGE.split("International Trade\n\n")[1]


def _owner_rows(text: str) -> list[tuple]:
    out = []
    for f in figures_of_text(text, "page", "web", pub_year=2017):
        if f.kind == "money" or f.measure == "balance":
            rules = dict(r.split(":", 1) for r in f.fact_rules.split(";"))
            out.append((f.figure, f.reporter_iso3, f.partner, rules["reporter"], rules["partner"]))
    return out


def test_owner_in_force_not_partner():
    assert _owner_rows(OWNER_PAGE) == [
        ("$48.5 billion", "USA", "world", "demonym_flow", "owner_own_flow"),
        ("$44.3 billion", "USA", "world", "demonym_flow", "owner_own_flow"),
        ("$1.1 billion", "USA", "world", "owner_in_force", "value_of_flow"),
        ("$5.3 billion", "USA", "world", "owner_in_force", "value_of_flow"),
        ("11.8 percent", "USA", "world", "owner_in_force", "default_world")]


def test_owner_page_of_its_own_unchanged():
    got = _owner_rows(OWNER_HEAD)
    assert [g[3] for g in got[2:]] == ["subject", "subject", "subject"]


# -- transfers ------------------------------------------------------------------------------------------------------------
# CONSTRUCTED
TRANSFERS = ("Exports rose 5% to $2.1 billion in 2022. Private transfers received through the banking system from "
             "January to June 2022 rose 6.4 percent to US$8.3 billion.\n")
# CONSTRUCTED: a flow cue between the transfers and the figure takes it back
TRANSFERS_CUE = "Exports rose 5% to $2.1 billion in 2022. Private transfers helped exports rise 4% in the first half.\n"


def test_private_transfers_no_flow():
    got = _rows(TRANSFERS, 2023)
    assert [(g[0], g[3], g[4]) for g in got[2:]] == [("6.4 percent", "other", "transfers"),
                                                      ("US$8.3 billion", "other", "transfers")]


def test_flow_cue_after_transfers():
    assert _rows(TRANSFERS_CUE, 2023)[2][3:] == ("exports", "cue_before")


# -- financed_share, remittances' share -----------------------------------------------------------------------------------
# http://sundaytimes.lk/070819/FinancialTimes/ft326.html
FINANCED = ("Remittances from migrant workers, the second highest foreign exchange earners to the country, have financed "
            "80 percent of Sri Lanka’s trade deficit in the first half of the year, the Central Bank said.\n")
# https://dr1.com/news/2017/07/18/remittances-in-2016-us5-2-billion
REPRESENTED = "Alemany said that remittances represented 70% of the trade deficit in 2016.\n"
# CONSTRUCTED: a flow's share of the deficit, no financing verb: the balance's, as before
FLOW_SHARE = "Exports to China accounted for 80 per cent of the trade deficit in 2007.\n"
# CONSTRUCTED (modelled on a dev page's "Net receipts from travel services offset 0.7% of the goods deficit"): a flow
# that financed the deficit keeps the share the trade's
FLOW_FINANCED = "Net receipts from travel services offset 0.7% of the goods deficit in 2018.\n"


def test_financed_share():
    assert _rows(FINANCED, 2007) == [("80 percent", "share", None, "other", "financed_share")]


def test_remittances_share_of_deficit():
    assert _rows(REPRESENTED, 2017) == [("70%", "share", None, "other", "transfers")]


def test_flow_share_of_deficit_unchanged():
    assert _rows(FLOW_SHARE, 2008)[0][3] == "balance"
    assert _rows(FLOW_FINANCED, 2019)[0][3] == "balance"


# -- account_balance_subject ----------------------------------------------------------------------------------------------
# http://europa.eu/rapid/press-release_STAT-18-5988_en.htm
EUROSTAT = ("The EU28 seasonally adjusted current account of the balance of payments recorded a surplus of €62.0 "
            "billion (1.6% of GDP) in the second quarter of 2018.\n")
# https://business.inquirer.net/66803/current-account-surplus-down-8-in-first-3-months
INQUIRER = ("The Bangko Sentral ng Pilipinas said the country’s current account came in at a surplus of $882 million in "
            "the first quarter.\n")
# https://philstar.com/business/2014/12/21/1404880/current-account-surplus-climbs-15-3-b-q3
PHILSTAR = ("The services account during the period, meanwhile, summed up to a surplus of $1.5 billion in the third "
            "quarter, lower than the $2.3 billion seen in the same period last year.\n")


def test_account_bare_surplus():
    assert _rows(EUROSTAT, 2018)[0] == ("€62.0 billion", "money", "EUR", "other", "cue_before")
    assert _rows(INQUIRER, 2013)[0][3] == "other"


def test_services_account_surplus_stays_balance():
    assert _rows(PHILSTAR, 2014)[0][3] == "balance"


# -- known misses left ----------------------------------------------------------------------------------------------------
import pytest  # noqa: E402

# http://europa.eu/rapid/press-release_STAT-18-5988_en.htm
EUROSTAT_BASE = ("The EU28 seasonally adjusted current account of the balance of payments recorded a surplus of €62.0 "
                 "billion (1.6% of GDP) in the second quarter of 2018, down from a surplus of €68.2 billion (1.7% of GDP) "
                 "in the first quarter of 2018.\n")
# https://philstar.com/business/2014/12/21/1404880/current-account-surplus-climbs-15-3-b-q3
PHILSTAR_BOP = ("The figure brought the balance of payments position to a deficit of $3.4 billion as of September, a "
                "reversal of the $3.8-billion surplus in the same period last year.\n")


@pytest.mark.xfail(strict=True, reason="account_balance_subject reads one clause: the base after ', down from' keeps the "
                                       "bare surplus's balance")
def test_account_surplus_base_after_comma():
    assert _rows(EUROSTAT_BASE, 2018)[2][3] == "other"


@pytest.mark.xfail(strict=True, reason="'balance of payments' is no cue (web15 c07 calls the trade gap so): a deficit "
                                       "of the balance of payments stays a trade balance")
def test_balance_of_payments_deficit():
    assert _rows(PHILSTAR_BOP, 2015)[0][3] == "other"
