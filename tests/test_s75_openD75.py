"""Session 75 (openD75): amounts and partners of English pages (web37, web19; studied on two thirds of their tuned
pages, the first third by SHA-256 of the file name set aside unread).

- money_implied_abbreviation: a bare two-letter scale abbreviation ("-1.1 bn") counts only after a currency sign or
  before a currency word; right after an amount that wrote the same abbreviation with its currency ("2.5 bn euro"),
  up to three sentences back (a line-wrapped text splits a sentence in pieces), it is that amount's scale and the
  amount borrows its currency (figures/extract.py, _abbreviation_carried; figures/ranges.py range_and_scale).

Each firing test quotes the page named above it and fails without its rule.
"""
from tradeflows.pipeline import figures_of_text


def _figs(text: str, year: int | None, month: int | None = None) -> list:
    return figures_of_text(text, "page", "web", pub_year=year, pub_month=month)


def _money(text: str, year: int | None) -> dict:
    """figure -> (value, currency, rule) of the money figures."""
    return {f.figure: (f.value, f.currency, f.rule) for f in _figs(text, year) if f.kind == "money"}


# -- money_implied_abbreviation ---------------------------------------------------------------------------------------
# http://europe.123jump.com//economy-story/Euro-Area-Trade-Surplus-in-February/27341/ (Eurostat's release, 2008)
JUMP = ("The first estimate for the euro area1 (EA15) trade balance with the rest of the world in February 2008 gave a "
        "0.8 bn euro surplus, compared with -1.6 bn in February 2007. The January 20082 balance was -11.0 bn, compared "
        "with -7.3 bn in January 2007.")


def test_implied_abbreviation_123jump():
    got = _money(JUMP, 2008)
    assert got == {"0.8 bn euro": (800000000.0, "EUR", "money_word_after"),
                   "1.6 bn": (1600000000.0, "EUR", "money_implied_abbreviation"),
                   "11.0 bn": (11000000000.0, "EUR", "money_implied_abbreviation"),
                   "7.3 bn": (7300000000.0, "EUR", "money_implied_abbreviation")}


# the same page: the bracketed amounts of a partner's balance
JUMP_PARTNERS = ("The EU27 trade surplus fell with the USA (+4.5 bn euro in January 2008 compared with +5.1 bn in "
                 "January 2007) but rose with Switzerland (+1.5 bn compared with +1.2 bn).")


def test_implied_abbreviation_brackets_123jump():
    got = _money(JUMP_PARTNERS, 2008)
    assert got == {"4.5 bn euro": (4500000000.0, "EUR", "money_word_after"),
                   "5.1 bn": (5100000000.0, "EUR", "money_implied_abbreviation"),
                   "1.5 bn": (1500000000.0, "EUR", "money_implied_abbreviation"),
                   "1.2 bn": (1200000000.0, "EUR", "money_implied_abbreviation")}


# web37's studied page bl03 (pdfind.com, Eurostat's release of 16 February 2007): a line-wrapped text, the amount
# before stands two sentence pieces back
BL03 = ("The first estimate for December 2006 extra-EU251 trade was a deficit of 7.3 bn euro, compared with -9.6 bn in\n"
        "December 2005. In November 20062, the balance was -10.5 bn, compared with -14.8 bn in November 2005.")


def test_implied_abbreviation_wrapped_bl03():
    got = _money(BL03, 2007)
    assert got["10.5 bn"] == (10500000000.0, "EUR", "money_implied_abbreviation")
    assert got["14.8 bn"] == (14800000000.0, "EUR", "money_implied_abbreviation")


# CONSTRUCTED (no page found with the phrasing): the amount before wrote "billion", not the abbreviation: "bn" alone
# stays no scale word
def test_abbreviation_not_written_before():
    got = _money("Exports reached 2.5 billion euros in 2006. The rest, 1.1 bn, went to the region.", 2007)
    assert "1.1 bn" not in got


# CONSTRUCTED: an abbreviation with no money amount before it stays no scale word
def test_abbreviation_no_amount_before():
    got = _money("The page has 1.1 bn readers in 2006.", 2007)
    assert got == {}
