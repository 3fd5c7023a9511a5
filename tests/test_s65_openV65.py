"""Session 65 (openV65): macroeconomic reviews in which trade figures sit among GDP, prices and budget figures.

- the Moroccan dirham's sign "Dh" is read by the page's country as "dirhams" is (vocab/en/currencies.csv rows
  Dh/Dhs with country MAR and ARE; rule: the alias's country rows, figures/currencies.py RESOLVE_SIEVE);
- prices named after "at"/"in" and a valuation basis ("at comparable prices", "in constant prices") are no subject of
  a price change: the flow named before them changed (row prices_changed of vocab/en/patterns.csv; rule price_change
  not taken);
- a measure cue inside an aside opened by a comma and an indefinite article describes the noun before it, not what
  the figure measures (appositive_cue, facts/aside_cues.py, row appositive_aside_open).

No page outside the development sets with these phrasings was found with the `search` tool (corpus "pages": queries on
Moroccan trade in "Dh", on exports "at comparable/constant prices", on "imports of X, a key ingredient in ...");
every sentence below is CONSTRUCTED, modelled on the phrasing of the studied pages; each firing test fails without its
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
