"""Session 53, openW41: a dollar sign after the amount (currency_sign_after) and "X percent or more" as the
figure's bound, not a comparative (or_more_bound). Real sentences from pages outside the development sets."""
import pytest

from tradeflows.pipeline import figures_of_text


def _figs(text):
    return [f.to_dict() | {"rule": f.rule} for f in figures_of_text(text)]


def test_currency_sign_after_u_dollar():
    # https://www.voltairenet.org/article122056.html
    figs = _figs("Imports this quarter were 3,928 million U$, an 88.7% increase compared to the same quarter last year.")
    money = [f for f in figs if f["kind"] == "money"]
    assert len(money) == 1
    m = money[0]
    assert (m["figure"], m["value"], m["currency"], m["measure"]) == ("3,928 million U$", 3928000000.0, "USD", "imports")
    assert m["rule"] == "money_word_after:currency_sign_after"


def test_currency_sign_after_each_amount_of_a_sentence():
    # https://www.voltairenet.org/article122056.html
    figs = _figs("The results of this last quarter derived from a 224 million U$ surplus in the balance of trade; "
                 "international reserves were at 23,132 million U$, of which 704 million U$ belong to the "
                 "Macroeconomic Stabilization Fund (FEM).")
    money = [(f["figure"], f["value"], f["currency"]) for f in figs if f["kind"] == "money"]
    assert money[0] == ("224 million U$", 224000000.0, "USD")
    assert figs[0]["measure"] == "balance"
    assert [m[2] for m in money] == ["USD", "USD", "USD"]


def test_sign_before_a_number_stays_that_numbers():
    # odd case: the sign before the amount is read as before, not after anything
    # https://www.eyeontaiwan.com/wto-2018-global-trade-figures-at-record-high
    figs = _figs("2018 was a record-breaking year for Taiwan's exports as well. "
                 "Taiwanese exports last year were worth US$ 335 billion.")
    money = [(f["figure"], f["value"], f["currency"], f["rule"]) for f in figs if f["kind"] == "money"]
    assert money == [("US$ 335 billion", 335000000000.0, "USD", "money_symbol_before")]


def test_or_more_bound_is_a_share_not_growth():
    # https://www.piie.com/blogs/trade-and-investment-policy-watch/how-dependent-are-us-consumers-imports-china
    figs = _figs("There are also 83 products where 90 percent or more of US imports come from China; together these "
                 "accounted for a total of $56 billion in 2015.")
    f = figs[0]
    assert (f["figure"], f["kind"], f["value"], f["qualifier"], f["measure"]) == \
        ("90 percent or more", "share", 90.0, "more_than", "imports")
    assert f["rule"] == "share_percent"


def test_next_years_horizon_from_the_page_year():
    # https://www.upi.com/Business_News/2010/12/16/China-India-set-new-target-for-trade/83321292512173/ (Dec. 16, 2010)
    figs = figures_of_text("NEW DELHI, Dec. 16 (UPI) -- Leaders of China and India said Thursday they would move to "
                           "increase bilateral trade 66 percent in the next five years.", pub_year=2010)
    f = figs[0]
    assert (f.figure, f.kind, f.value, f.status, f.year, f.period_start, f.period_end) == \
        ("66 percent", "growth", 66.0, "target", 2015, "2015-01", "2015-12")
    assert "year:next_years_horizon" in f.fact_rules


@pytest.mark.xfail(strict=True, reason="a span without 'next' ('in three years') is not read as a horizon")
def test_horizon_without_next_is_a_known_miss():
    # https://twocircles.net/?p=384713 (Xi Jinping's visit to Pakistan, April 2015)
    figs = figures_of_text("Islamabad: China and Pakistan on Monday agreed to work towards raising bilateral trade to "
                           "$20 billion in three years.", pub_year=2015)
    assert figs[0].year == 2018
