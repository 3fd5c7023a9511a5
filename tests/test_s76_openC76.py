"""Session 76 (openC76): ruweb44 (Russian macroeconomic reviews where trade figures sit among other figures) and
ruweb50 (the trade of third countries written in Russian), studied on two thirds of their tuned pages, the first third
by SHA-256 of the file name set aside unread.

- domestic_trade (facts/measure_nontrade.py, rows nontrade_domestic_before of vocab/ru and vocab/en patterns.csv):
  "Оборот розничной торговли ... увеличился на 12,8%", "Retail sales grew": the home trade of shops, wholesalers and
  caterers is no foreign trade (GUIDELINES: measure other); its own "оборот", "торговли", "sales" were read as the
  cues of a turnover or an export.

Each firing test says where its sentence comes from (CONSTRUCTED where the `search` tool, corpus pages, found no other
page with the phrasing) and fails without its rule.
"""
from tradeflows.pipeline import figures_of_text


def _figs(text: str, pub_year: int | None = None, lang: str = "ru") -> dict:
    return {f.figure: f for f in figures_of_text(text, "page", "web", lang=lang, pub_year=pub_year)}


# -- domestic_trade ------------------------------------------------------------------------------------------------------
# https://www.svoboda.org/amp/368990.html (Rosstat's retail turnover; found by the `search` tool, corpus pages)
_RETAIL = ("Оборот розничной торговли в России в январе-ноябре увеличился на 12,8% по сравнению с таким же периодом 2005 "
           "года и составил примерно 7 триллионов 680 миллиардов рублей, говорится в материалах Федеральной службы "
           "статистики.")


def test_domestic_trade_retail_turnover():
    f = _figs(_RETAIL, 2006)
    assert f["12,8%"].measure == "other"
    assert "measure:domestic_trade" in f["12,8%"].fact_rules


# https://1prime.ru/20120820/762560312.html (found by the `search` tool, corpus pages)
_RETAIL2 = ("В июле 2012 года оборот розничной торговли в России составил 1,781 триллиона рублей, увеличившись на 5,1% по "
            "сравнению с июлем 2011 года и на 1,6% по сравнению с июнем 2012 года.")


def test_domestic_trade_amount_and_rates():
    f = _figs(_RETAIL2, 2012)
    assert {f[k].measure for k in ("1,781 триллиона рублей", "5,1%", "1,6%")} == {"other"}


# a flow's cue after the home trade's words keeps its figure the flow's; CONSTRUCTED
def test_domestic_trade_flow_after_kept():
    f = _figs("Оборот розничной торговли вырос на 6,4%, а экспорт товаров увеличился на 5,2%.", 2024)
    assert f["6,4%"].measure == "other"
    assert f["5,2%"].measure == "exports"


# https://echelonwealthstrategies.blogspot.com/2018/08/a-strong-july-for-retail.html (found by the `search` tool, corpus
# pages)
_RETAIL_EN = ("U.S. retail sales rose a healthy 0.5 percent in July, the Commerce Department reported yesterday. On the "
              "other hand, retail sales have increased 6.4 percent over the past 12 months, close to the long-run average "
              "since 1980.")


def test_domestic_trade_retail_sales_english():
    f = _figs(_RETAIL_EN, 2018, lang="en")
    assert f["0.5 percent"].measure == "other"
    assert f["6.4 percent"].measure == "other"
