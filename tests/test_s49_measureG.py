"""Session 49, helper measureG, rule price_change: a flow word that only says which prices a rate is of ("Import prices
from mainland China (+5.3%), the US (+2.6%)", "Prices for imports from Canada increased 1.4 percent, from the European
Union 0.3 percent") makes every rate of the list a price change (measure other), not only the one next to "prices";
and "prices of X decreased the most, by 8.3%"."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def measures(text: str) -> list[tuple]:
    return [(f.figure, f.measure, f.fact_rules.split(";")[0]) for f in figures_of_text(text, "t", "txt")]


def test_prices_for_imports_from_a_list_of_origins():
    """U.S. Bureau of Labor Statistics, The Economics Daily (https://www.bls.gov/opub/ted/2016/import-prices-from-china-
    decrease-1-point-9-percent-over-the-year-ending-in-april-2016.htm): the second and third rates had the flow cue
    'imports' (before: imports by cue_before)."""
    text = ("Import prices.\n\nIn contrast to the lower prices for imports from China, the price indexes for imports from "
            "Canada, the European Union, and Mexico all rose in April, led by higher prices for fuel and metals. Prices "
            "for imports from Canada increased 1.4 percent, from the European Union 0.3 percent, and from Mexico 0.2 "
            "percent.\n")
    assert measures(text) == [("1.4 percent", "other", "measure:price_change"),
                              ("0.3 percent", "other", "measure:price_change"),
                              ("0.2 percent", "other", "measure:price_change")]


def test_import_prices_from_a_country():
    """BLS, The Economics Daily (https://www.bls.gov/opub/ted/2017/import-prices-from-china-decrease-1-point-7-percent-
    over-the-year-ending-january-2017.htm): 'Import prices from Japan declined 0.3 percent in January' (before: imports)."""
    text = "Import prices.\n\nImport prices from Japan declined 0.3 percent in January.\n"
    assert measures(text) == [("0.3 percent", "other", "measure:price_change")]


def test_a_list_of_rates_after_flow_prices():
    """data/web28 tuned page at04 (hongkongbusiness.hk; gold other for every item): 'Import prices from mainland China
    (+5.3%), the US (+2.6%), ...' and 'the total export prices to all main destinations increased: India (7.5%), ...'
    (the cue there is 'destinations', a few words after 'prices to')."""
    text = ("Hong Kong prices.\n\nImport prices from mainland China (+5.3%), the US (+2.6%), Taiwan (+2.1%), and Japan "
            "(+1.1%) all increased in March compared to March 2022. Over the same period of comparison, the total export "
            "prices to all main destinations increased: India (7.5%), the Mainland (5.1%), the USA (4.8%).\n")
    assert [m for _, m, _ in measures(text)] == ["other"] * 7


def test_flows_next_to_prices_stay_flows():
    """A flow whose own cue stands before the rate keeps it, prices named elsewhere in the sentence (oilprice.com,
    https://oilprice.com/Latest-Energy-News/World-News/US-Fuel-Import-Prices-Drop-The-Most-On-Record.amp.html, 'U.S.
    import prices fell by 2.6 percent in April' is a price; a money figure after 'import prices' is not a rate)."""
    text = ("Trade.\n\nU.S. import prices fell by 2.6 percent in April, while imports of goods rose 3.1 percent to "
            "$250 billion.\n")
    got = measures(text)
    assert got[0] == ("2.6 percent", "other", "measure:price_change")
    assert got[1][:2] == ("3.1 percent", "imports")
    assert got[2][:2] == ("$250 billion", "imports")


def test_volumes_after_flow_prices_keep_the_flow():
    """Statistics Canada (tests/test_s40_en_c.py): 'export prices decreased 2.4% and volumes were down 1.4%': the
    volumes named between the prices and the second rate make it the flow's."""
    text = ("Total exports were down 3.8% to $46.3 billion in December. Overall, export prices decreased 2.4% and volumes "
            "were down 1.4%.\n")
    got = measures(text)
    assert got[-2:] == [("2.4%", "other", "measure:price_change"), ("1.4%", "exports", "measure:cue_before")]
