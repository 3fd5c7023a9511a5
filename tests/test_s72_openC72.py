"""Session 72 (openC72): Russian economic reviews whose trade figures sit among GDP, remittances and debt (ruweb44) and
Russian pages on free economic zones, checkpoints and companies (ruweb43); studied on two thirds of their tuned pages,
the first third by SHA-256 of the file name set aside unread.

- debt and transfers rows: a country's external or public debt and the money migrants send home are measure other
  (vocab/ru/measures.csv), as the English rows debt ... remittances.
- pronoun_clause: a clause opened on a pronoun and its verb (also after a year: "В 1981 г. он достиг") passes a cue past
  the comma after its figure, the next clause's subject; the flow the sentence before named decides (facts/measure.py;
  row pronoun_subject of vocab/ru/patterns.csv).
- later_clause (a participle of cause): ", во многом отражая ..." / ", reflecting ..." after a figure opens the cause's
  clause; its place is no counterpart (rows later_clause).
- owner_named_total: a one-way flow named again with its owner in the genitive right after the flow's word ("дефицит
  США"), the owner the clause's only place, after a remark on a pair that gave no figure, is the owner's total
  (facts/partners_carried.py carried).
- flow_by_gap: the flow named right before "на" and its change ("увеличением импорта на 7,7%"), and the level bracketed
  after that change, not a weightier cue further back (facts/measure.py _cue_before; row flow_by_gap).
- month_earlier_after past an abbreviation's dot ("с $35,9 млрд. месяцем ранее"): the month before (row).
- head_transfers_only: a counterpart the head names only beside migrants' money transfers is no pair of the page
  (facts/carry.py page_head_partner, partners_carried.head; rows head_transfers).

Each firing test quotes the page named above it, or says CONSTRUCTED and what was searched; each fails without its rule.
"""
import pytest

from tradeflows.pipeline import figures_of_text


def _figs(text: str, year: int | None, title: str | None = None, month: int | None = None) -> dict:
    """figure -> the figure."""
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=year, title=title, pub_month=month)}


# -- debt rows ---------------------------------------------------------------------------------------------------------
# https://charter97.org/ru/news/2007/12/31/2741 ("Совокупный внешний долг Беларуси на 1 октября 2007 года составлял 9676.3
# млн долларов"); the sentence on the trade balance before it CONSTRUCTED (the `search` tool, corpus pages, "отрицательное
# сальдо внешней торговли ... внешний долг вырос до", found the debt page alone)
DEBT = ("Отрицательное сальдо внешней торговли Беларуси в 2007 году составило 2,9 млрд долларов. Совокупный внешний "
        "долг Беларуси на 1 октября 2007 года составлял 9676.3 млн долларов.")


def test_external_debt_is_other():
    f = _figs(DEBT, 2007)["9676.3 млн долларов"]
    assert (f.measure, f.partner) == ("other", None)
    assert "measure:cue_before" in f.fact_rules


# -- transfers rows ----------------------------------------------------------------------------------------------------
# CONSTRUCTED after https://rus.ozodi.org/a/migrants_send_3_mlrd_dollar/24458123.html ("в 2011 году граждане Таджикистана
# выслали в поддержку семей и родных 2,96 миллиарда долларов", "доля денежных переводов таджикских трудовых мигрантов")
# and a trade sentence before it; the search "денежные переводы трудовых мигрантов из России в Таджикистан составили"
# found no sentence with both
TRANSFERS = ("Экспорт Таджикистана в 2011 году составил 1,26 млрд долларов. Денежные переводы мигрантов в 2011 году "
             "составили 2,96 миллиарда долларов.")


def test_migrants_transfers_are_other():
    f = _figs(TRANSFERS, 2012)["2,96 миллиарда долларов"]
    assert f.measure == "other"


# -- pronoun_clause ----------------------------------------------------------------------------------------------------
# CONSTRUCTED after a review of Turkey's trade (data/ruweb44, a tuned page: "Кроме того, резко вырос внешнеторговый
# дефицит. В 1981 г. он достиг 4 млрд. долл., внешние же долги выросли до 20 млрд. долл."); the search "отрицательное
# сальдо ... достигло ..., внешний долг вырос до" found none with a pronoun
PRONOUN = ("Импорт нефти обошелся стране в 3,2 млрд. долл. Кроме того, резко вырос внешнеторговый дефицит. В 1985 г. он "
           "достиг 4 млрд. долл., внешние же долги выросли до 20 млрд. долл.")


def test_pronoun_clause_keeps_its_flow():
    figs = _figs(PRONOUN, 1986)
    f = figs["4 млрд. долл"]
    assert (f.measure, f.year) == ("balance", 1985)
    assert "measure:pronoun_clause" in f.fact_rules
    assert figs["20 млрд. долл"].measure == "other"


# -- later_clause: a participle of cause -------------------------------------------------------------------------------
# CONSTRUCTED after etfunds.ru (data/ruweb44, a tuned page: "Дефицит торгового баланса США вырос на 7,1% ... до 43,8 млрд в
# июне, во многом отражая более высокие объема импорта автомобилей и лекарств из стран Европейского Союза"); the search
# "дефицит торгового баланса вырос до млрд, отражая рост импорта из" found none other
REFLECT_RU = ("Дефицит торгового баланса США в июне вырос на 7,1% до $43,8 млрд, во многом отражая рост импорта "
              "автомобилей из стран Европейского Союза.")
# CONSTRUCTED, the English wording of the same
REFLECT_EN = ("The US trade deficit widened 7.1% to $43.8 billion in June, largely reflecting higher imports of cars "
              "from the European Union.")


def test_reflecting_clause_ru():
    f = _figs(REFLECT_RU, 2015, month=8)["$43,8 млрд"]
    assert (f.measure, f.reporter, f.partner) == ("balance", "United States", "world")


def test_reflecting_clause_en():
    f = _figs(REFLECT_EN, 2015, month=8)["$43.8 billion"]
    assert (f.measure, f.reporter, f.partner) == ("balance", "United States", "world")


# -- owner_named_total -------------------------------------------------------------------------------------------------
# CONSTRUCTED after etfunds.ru (data/ruweb44: "Дефицит торговли с ЕС достиг рекордно высокого уровня. Экономисты,
# опрошенные MarketWatch по прогнозировали дефицит США достигнет $42,8 млрд"); the search found no other page
OWNER = ("Дефицит торгового баланса США в июне вырос до $43,8 млрд. Дефицит торговли с ЕС достиг рекордно высокого "
         "уровня. Экономисты прогнозировали, что дефицит США достигнет $42,8 млрд.")


def test_owner_named_total():
    f = _figs(OWNER, 2015, month=8)["$42,8 млрд"]
    assert (f.measure, f.partner) == ("balance", "world")
    assert "partner:owner_named_total" in f.fact_rules


# a pair's sentence with a figure goes on (the narrowing): the pair is carried
OWNER_PAIR = ("Дефицит торговли США с ЕС в июне достиг $15,2 млрд. Экономисты прогнозировали, что дефицит США достигнет "
              "$16 млрд.")


def test_owner_named_after_pair_figure_carried():
    f = _figs(OWNER_PAIR, 2015, month=8)["$16 млрд"]
    assert "owner_named_total" not in f.fact_rules


# -- flow_by_gap -------------------------------------------------------------------------------------------------------
# CONSTRUCTED after saminvestor.ru (data/ruweb44, a tuned page: "В Министерстве торговли объяснили рост отрицательного
# сальдо увеличением импорта на 7,7% ($239,2 млрд.)"); the searches "рост дефицита объясняется увеличением импорта на %"
# and "сальдо ухудшилось из-за увеличения импорта на %" found that page alone
FLOW_BY = "В марте министерство объяснило рост отрицательного сальдо увеличением импорта на 7,7% ($239,2 млрд.)."


def test_flow_by_gap():
    figs = _figs(FLOW_BY, 2015, month=5)
    assert figs["7,7%"].measure == "imports"
    assert figs["$239,2 млрд"].measure == "imports"
    assert "measure:flow_by_gap" in figs["7,7%"].fact_rules


def test_flow_by_gap_not_second_word_of_compound():
    """"сальдо торговли на": the compound's head, the balance, names the change."""
    f = _figs("В марте сальдо торговли выросло на 5,1%.", 2015, month=5)["5,1%"]
    assert f.measure == "balance"


# -- month_earlier_after past a dot ------------------------------------------------------------------------------------
# CONSTRUCTED after saminvestor.ru (data/ruweb44: "о росте дефицита торгового баланса до $51,4 млрд. с $35,9 млрд.
# месяцем ранее"); no other page with the abbreviated scale word was found
MONTH_EARLIER = "В марте дефицит торгового баланса США вырос до $51,4 млрд. с $35,9 млрд. месяцем ранее."


def test_month_earlier_after_dot():
    f = _figs(MONTH_EARLIER, 2015, month=5)["$35,9 млрд"]
    assert (f.year, f.period_start, f.period_end) == (2015, "2015-02", "2015-02")


# -- head_transfers_only -----------------------------------------------------------------------------------------------
# CONSTRUCTED after tjinform.com (data/ruweb44, a tuned page titled "В Таджикистане денежные переводы мигрантов превысили
# экспорт драгметаллов"); https://adamashek.livejournal.com/867540.html tells the transfers "из России в Таджикистан" too
TRANSFERS_TITLE = "В Таджикистане денежные переводы мигрантов превысили экспорт драгметаллов"
TRANSFERS_PAGE = ("Объем денежных переводов физических лиц из России в Таджикистан за 9 месяцев составил 1,3 млрд "
                  "долларов.\n\nЭкспорт драгоценных металлов за 11 месяцев сложился на общую сумму почти 709 млн "
                  "долларов.")


def test_head_transfers_only():
    f = _figs(TRANSFERS_PAGE, 2022, title=TRANSFERS_TITLE, month=1)["почти 709 млн долларов"]
    assert (f.measure, f.reporter, f.partner) == ("exports", "Tajikistan", "world")
    assert "head_transfers_only" in f.fact_rules


# -- spaced_decimal before a scale word written out --------------------------------------------------------------------
# CONSTRUCTED after chinalogist.ru (data/ruweb43, a tuned page: "превысил отметку в 400 миллионов юаней, что эквивалентно
# примерно 4, 5 миллиарда рублей"); find_string ", 5 миллиарда" found no other page
SPACED = ("За 2025 год товарооборот превысил отметку в 400 миллионов юаней, что эквивалентно примерно 4, 5 миллиарда "
          "рублей. Экспорт вырос на 2,7%.")


def test_spaced_decimal_scale_word():
    figs = _figs(SPACED, 2026, month=1)
    f = figs["примерно 4, 5 миллиарда рублей"]
    assert (f.value, f.currency, f.qualifier) == (4.5e9, "RUB", "approx")
    assert "5 миллиарда рублей" not in figs
