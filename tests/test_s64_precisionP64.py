"""Session 64 (precisionP64): figures of the whole economy that are no trade flow (facts/measure_nontrade.py).

Pages that review a whole economy (a central bank's statement, a monthly review, a ministry's report) put a currency's
value, inflation, interest rates and the budget beside exports and imports; the flow named or carried just before
claimed them. GUIDELINES: measure "other" ("taxes, credit lines, aid, anything else"). Each rule is anchored on a
figure already found and reads a window of its own clause; the words are rows nontrade_* of vocab/<lang>/patterns.csv.

- currency_value: a rate that is a currency's change of value ("the dollar had appreciated 18.8 percent against the
  Mexican peso", "доллар по отношению к рублю вырос на 13%");
- economy_rate: a percent whose subject right before it is a rate of the economy ("inflation which has declined ...
  to 0.9%", "raised its key interest rate to 20% from 9.5%");
- reserves: an amount or change of a country's reserves ("gross official reserves remained at US dollars 7.5 billion
  ..., which were sufficient to cover 4.5 months of imports");
- non_trade_whole: a share of the budget, government revenue, the workforce, the population ("nearly 75 percent of
  government revenues");
- budget_balance: a bare surplus or deficit that a budget's words qualify ("ran a budget deficit of $68 billion",
  "Дефицит бюджета ... составил около 1,6% ВВП").

Every sentence below is from a page outside the development sets, found with the `search` tool (corpus "pages"); each
test fails without its rule (checked against the code of dc2aba78).
"""
from tradeflows.pipeline import figures_of_text


def _measures(text: str, year: int, lang: str | None = None) -> list[tuple]:
    """(line, figure, kind, measure, measure rule) of each figure of a web text."""
    out = []
    for f in figures_of_text(text, "page", "web", lang=lang, pub_year=year):
        rule = next((r.split(":", 1)[1] for r in f.fact_rules.split(";") if r.startswith("measure:")), "")
        out.append((f.line, f.figure, f.kind, f.measure, rule))
    return out


# -- currency_value -------------------------------------------------------------------------------------------------
# https://flchamber.com/u-s-trade-gap-narrowed-in-august/?amp=1
FLCHAMBER = (
    "Imports decreased 0.1% in August, and exports increased 0.4% from July. August exports of goods and services "
    "reached the highest level since December 2014, and exports of services were the highest on record, not adjusted "
    "for inflation.\n"
    "In 2016, the U.S. dollar appreciated 1.1 percent against a major foreign currencies, including against some of "
    "our main trading partners. By the end of 2016, the dollar had appreciated 18.8 percent against the Mexican peso "
    "and 6.3 percent against the Chinese yuan. The dollar depreciated, however, against the Canadian dollar (by 4.0 "
    "percent), the Japanese yen (by 1.8 percent), and the euro (by 1.8 percent).\n"
    "Agricultural products were the only goods sector to experience a trade surplus in 2016, with $9.3 billion more "
    "in exports than imports.\n")


def test_currency_value_is_no_flow():
    got = _measures(FLCHAMBER, 2017)
    assert [g for g in got if g[0] == 2] == [
        (2, "1.1 percent", "growth", "other", "currency_value"),
        (2, "18.8 percent", "growth", "other", "currency_value"),
        (2, "6.3 percent", "growth", "other", "currency_value"),
        (2, "4.0 percent", "growth", "other", "currency_value"),
        (2, "1.8 percent", "growth", "other", "currency_value"),
        (2, "1.8 percent", "growth", "other", "currency_value")]
    # the flows around keep theirs
    assert (1, "0.1%", "growth", "imports", "cue_before") in got
    assert (3, "$9.3 billion", "money", "balance", "cue_before") in got


# https://archives1.sundayobserver.lk/node/32005 (a central bank's monetary policy review)
SUNDAYOBSERVER = (
    "Performance on the trade front continued to improve during the first ten months of 2019 with imports contracting "
    "considerably and merchandise exports recording a modest growth, thereby leading to a cumulative contraction in "
    "the deficit in the trade account, a media release by the Central Bank on its final Monetary Policy Review for the "
    "year noted.\n"
    "Workers’ remittances were somewhat low, while outflows of foreign investment were observed from the Government "
    "securities market and the equity market during the year. Nevertheless, the Sri Lankan rupee appreciated against "
    "the US dollar by 0.7 per cent thus far during 2019, with mixed movements being recorded throughout the year, "
    "according to the bank’s communiqué. Meanwhile, gross official reserves remained at US dollars 7.5 billion by end "
    "November 2019, which were sufficient to cover 4.5 months of imports.\n")


def test_currency_appreciated_against_the_dollar_by():
    assert (2, "0.7 per cent", "growth", "other", "currency_value") in _measures(SUNDAYOBSERVER, 2019)


def test_flow_in_a_currency_is_not_its_value():
    # odd case (CONSTRUCTED: no outside sentence of a flow "strengthened" in a currency's terms was found): a flow's
    # change in dollar terms and a flow to the euro area stay the flow's
    got = _measures("Exports in dollar terms strengthened by 5% in 2020. Exports to the euro area strengthened by 3% "
                    "in 2020.\n", 2021)
    assert [g[3] for g in got] == ["exports", "exports"]


# https://beta.business-gazeta.ru/article/589778
BUSINESS_GAZETA = (
    "Ослабление курса рубля вызвано тем, что в настоящее время Россия проходит «нижнюю точку» в поступлении экспортной "
    "выручки из-за ее проседания в начале года. Об этом заявил зампред ЦБ РФ Алексей Заботкин на заседании рабочей "
    "группы в Госдуме.\n"
    "С начала 2023 года доллар по отношению к рублю вырос на 13%.\n")


def test_russian_currency_against_the_ruble():
    assert (2, "13%", "growth", "other", "currency_value") in _measures(BUSINESS_GAZETA, 2023, "ru")


# -- economy_rate ---------------------------------------------------------------------------------------------------
# https://www.kaohooninternational.com/economics/508393/
KAOHOON = (
    "Russian Central Bank Raises Key Rate to 20% after Rouble Plunged Record Low\n"
    "Central Bank of Russia raised its key interest rate to 20% from 9.5% on Monday in an emergency move and author "
    "authorities told export-focused companies to sell foreign currency as the rouble tumbled to record lows.\n"
    "In another move the central bank and the finance ministry collarborately asked Russian exporting companies to "
    "sell 80% of their foreign currency revenues on the market.\n")


def test_interest_rate_is_no_share_of_exports():
    got = _measures(KAOHOON, 2022)
    assert got[:3] == [(1, "20%", "share", "other", "economy_rate"), (2, "20%", "share", "other", "economy_rate"),
                       (2, "9.5%", "share", "other", "economy_rate")]


def test_inflation_adjusted_flow_keeps_its_flow():
    # odd case (CONSTRUCTED on the phrasing "not adjusted for inflation" of flchamber.com above): a value adjusted
    # for inflation is the flow's, not the rate of inflation
    assert _measures("Exports, adjusted for inflation, rose 3% in 2020.\n", 2021) == [
        (1, "3%", "growth", "exports", "cue_before")]


def test_a_flow_between_the_rate_word_and_the_figure_decides():
    # odd case (CONSTRUCTED): "inflation" opens the clause but "exports" stands nearer the figure
    got = _measures("Imports rose 12% in 2020, as inflation hit exports, which fell 5%.\n", 2021)
    assert [(g[1], g[3]) for g in got] == [("12%", "imports"), ("5%", "exports")]


# -- reserves -------------------------------------------------------------------------------------------------------
def test_reserves_covering_months_of_imports_are_no_imports():
    # sundayobserver.lk above: the reserves' amount, whatever flow the clause names after it ("4.5 months of
    # imports"; right after the page's trade sentence the code of dc2aba78 read it as imports, rule cue_later)
    assert (2, "US dollars 7.5 billion", "money", "other", "reserves") in _measures(SUNDAYOBSERVER, 2019)


def test_oil_reserves_are_not_the_reserves():
    # odd case (CONSTRUCTED): a physical stock named "reserves" has no qualifier of a country's reserves
    got = _measures("Proven oil reserves rose 3% in 2020 while exports of oil rose 5%.\n", 2021)
    assert all(g[4] != "reserves" for g in got)


# -- non_trade_whole ------------------------------------------------------------------------------------------------
# https://www.thepicky.com/general/saudi-arabia-oil-reserve/
THEPICKY = (
    "Saudi Arabia is the world’s leading petroleum exporter. Oil accounts for more than 90 percent of exports and "
    "nearly 75 percent of government revenues.\n"
    "Saudi Arabia’s economy is Petroleum-based; roughly 75% of budget revenues and 90% of export earnings come from "
    "the oil industry.\n")


def test_share_of_government_revenues_is_other():
    got = _measures(THEPICKY, 2020)
    assert got == [(1, "more than 90 percent", "share", "exports", "share_of"),
                   (1, "nearly 75 percent", "share", "other", "non_trade_whole"),
                   (2, "roughly 75%", "share", "other", "non_trade_whole"),
                   (2, "90%", "share", "exports", "share_of")]


# -- budget_balance -------------------------------------------------------------------------------------------------
# https://www.thinkadvisor.com/2010/07/13/u-s-trade-gap-widens-in-may-budget-deficit-shrinks-in-june-but-still-above-1-trillion/
THINKADVISOR = (
    "U.S. economic reports released Tuesday, July 13, showed that the trade deficit grew in May to more than $42 "
    "billion and the federal government ran a budget deficit of $68 billion in June.\n"
    "The trade deficit, at its widest gap in nearly two years, rose on higher imports of consumer goods. The budget "
    "deficit, while still massive at a little more than $1 trillion for the first nine months of fiscal 2010, stood at "
    "$68 billion in June, 27% less than the same time a year ago.\n")


def test_budget_deficit_is_no_trade_balance():
    got = _measures(THINKADVISOR, 2010)
    assert got == [(1, "more than $42 billion", "money", "balance", "cue_before"),
                   (1, "$68 billion", "money", "other", "budget_balance"),
                   (2, "more than $1 trillion", "money", "other", "budget_balance"),
                   (2, "$68 billion", "money", "other", "budget_balance"),
                   (2, "27% less", "growth", "other", "budget_balance")]


# https://prouvelichenie.ru/walls/stabilizacionnyi-fond-rossiiskoi-federacii-summa-rezervnyi-fond-rf-sp--.html
PROUVELICHENIE = (
    "Резервный фонд обнулился еще 22 декабря, когда на финансирование бюджетного дефицита были потрачены последние 54 "
    "млрд руб., показывает статистика казначейства. В январе—ноябре 2017 года Резервный фонд оставался нетронутым. "
    "Дефицит бюджета в 2017 году, по оценкам Минфина, составил около 1,6% ВВП (1,5 трлн руб.\n")


def test_russian_budget_deficit_and_its_share_of_gdp():
    got = _measures(PROUVELICHENIE, 2018, "ru")
    assert (1, "54 млрд руб", "money", "other", "budget_balance") in got
    assert (1, "около 1,6%", "share", "other", "budget_balance") in got
