"""Session 53, figM: an amount printed with its currency but no scale word takes the scale of its sentence's parallel
amounts (rule money_shared_scale; tuned cases on web10, web13, web17, web18, web23, web25)."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def figs(text: str):
    return [(f.figure, f.value, f.currency, f.rule) for f in figures_of_text(text, fmt="web", relate=False,
                                                                             pub_year=None)]


def test_from_amount_without_scale_takes_the_billion_before_it():
    # https://www.industryweek.com/global-economy/us-imports-exports-and-trade-deficit-rise
    got = figs("The U.S. trade deficit deepened in April to $56.963 billion from $53.562 in March, but was not a "
               "monthly record for the year.")
    assert got[0][:3] == ("$56.963 billion", 56963000000.0, "USD")
    assert got[1] == ("$53.562", 53562000000.0, "USD", "money_symbol_before:money_shared_scale")


def test_prices_without_a_scaled_amount_in_the_sentence_stay_as_printed():
    # odd case: https://www.latimes.com/archives/la-xpm-1987-05-28-mn-3295-story.html - no amount with a scale word
    # in the sentence, so a price per barrel keeps its printed value
    got = figs("The average price per barrel of imported oil rose to $15.63 from $12.74, but the average number of "
               "barrels imported daily declined by 11.7% to 6.09 million barrels.")
    assert ("$12.74", 12.74, "USD", "money_symbol_before") in got


def test_other_currency_lends_no_scale():
    # industryweek.com's sentence above with its first sign changed to euros (an altered real sentence): the scale is
    # shared only within one currency
    got = figs("The U.S. trade deficit deepened in April to €56.963 billion from $53.562 in March.")
    assert ("$53.562", 53.562, "USD", "money_symbol_before") in got


def test_amount_of_unlike_size_keeps_its_printed_value():
    # worldatlas.com (countries-with-the-largest-decreases-in-relative-export-values-since-2000) with its import value
    # rewritten in full dollars (an altered real sentence): $21,300 beside $1.9 million is no 21,300 million
    got = figs("Northern Mariana Islands export value was $ 1.9 million while import value was $21,300.")
    assert ("$21,300", 21300.0, "USD", "money_symbol_before") in got
    got = figs("Northern Mariana Islands export value was $ 1.9 million while import value was $21.3.")
    assert ("$21.3", 21300000.0, "USD", "money_symbol_before:money_shared_scale") in got


def test_dollar_billion_with_one_comma_group_is_a_decimal_comma():
    # steelorbis.com (argentinas-trade-balance-reaches-surplus-in-march) with its "$2.059 billion" written with the
    # decimal comma of Spanish-language outlets in English (an altered real sentence; the phrasing of data/web22 ai09,
    # web24 al10, external d78): rule dollar_comma_billion
    got = figs("Argentina's trade balance totaled a $2,059 billion surplus in March, according to INDEC.")
    assert got == [("$2,059 billion", 2059000000.0, "USD", "money_symbol_before:dollar_comma_billion")]


def test_decimals_or_other_signs_keep_the_thousands_comma():
    # odd cases, rejectfreetrade.com's "Goods imports rose in 2024 to a record level of $3.295 trillion" rewritten in
    # billions (altered real sentences): with decimals, or in rupees, the comma stays a thousands comma
    got = figs("Goods imports rose in 2024 to a record level of $3,295.1 billion, up 6% on the previous year.")
    assert got[0][:2] == ("$3,295.1 billion", 3295100000000.0)
    got = figs("Goods imports rose in 2024 to a record level of Rs 3,295 billion, up 6% on the previous year.")
    assert got[0][:2] == ("Rs 3,295 billion", 3295000000000.0)


def test_multiple_of_a_forecast_is_no_growth():
    # https://chinaeconomicreview.com/march-sees-china-exports-resurgence/ : rule multiple_of_benchmark
    got = figs("Those flows produced a trade surplus of $23.9bn after February saw the first deficit in three years, "
               "coming close to double a forecast calling for a surplus of $12.5bn.")
    assert [g[0] for g in got] == ["$23.9bn", "$12.5bn"]


def test_multiple_of_an_earlier_value_stays_growth():
    # odd case: a multiple to a record level is still a change; the sentence of the same page's kind written with
    # "doubled" (an altered real sentence, chinaeconomicreview.com's surplus)
    got = figs("The trade surplus doubled to a record $23.9bn in March.")
    assert ("doubled", 100.0, None, "growth_multiple") in got


def test_a_page_with_a_thousands_comma_keeps_it():
    # odd case: industryweek.com's sentence with a thousands comma written beside (an altered real sentence)
    got = figs("The value of U.S. imports rose to $1,163.382 million in April while the deficit was $1,056 billion.")
    assert got[1][:2] == ("$1,056 billion", 1056000000000.0)
