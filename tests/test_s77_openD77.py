"""Session 77 (openD77): the periods and qualifiers of ruweb48 (Russian retrospective and historical trade figures) and
ruweb49 (Russian pages on trade in services), studied on two thirds of their tuned pages (the first third by SHA-256 of
the file name set aside unread).

- mean_run_span (facts/period_mean_run.py, rows mean_run_near and mean_run_years of vocab/ru/patterns.csv; written after
  the period's rule): "Среднегодовой прирост торговли за 1961-1988 гг. составил 12,2%": a mean over a written run of
  years is of the whole run, January of its first year to December of its last (Russian rows only; the English rule
  mean_over_years keeps the last year with no months).
- decade_start (facts/periods_local._decade): "к началу 70-х годов" is the year 1970 with no months.
- "превышал", "превышала", ... (vocab/ru/cues.csv): the past imperfective of "превышать" is more_than, as "превысил";
  "не превышал" less_than.
- since_year_opening (row since_when_opening of vocab/ru/patterns.csv, facts/periods_local.py; the list item's dash in the
  since_before row of vocab/ru/periods.csv): "- С 1972 года, когда турецкие подрядчики начали работать за границей,
  общий объем выполненных проектов достиг 515,1 миллиарда долларов": a sentence or a list's item opening on "С" and a
  year that a when-clause follows counts its main clause's total from that year, no period of its figure.

Where a sentence is marked CONSTRUCTED, no page outside the development sets with its phrasing was found with the
`search` tool (corpus "pages": "среднегодовой прирост товарооборота за 2000-2010 гг. составил", "среднегодовые темпы
прироста внешней торговли СССР в 1951-1960 гг. составили", "товарооборот в 80-х годах превышал млрд. руб.", "С 1991 года,
когда компании начали работать за рубежом, общий объем контрактов достиг"); the others quote the development page named
above them (studied pages of ruweb48 and ruweb49). Each firing test fails without its rule.
"""
from phrasing import page, rules_of as _rules, web_figures


def _figs(text: str, lang: str = "ru", pub_year: int | None = None) -> dict:
    return web_figures(text, lang=lang, pub_year=pub_year)


# data/ruweb48 de01 (nipponhistory: a history of Soviet-Japanese trade, dated 1988 by its table)
USSR_JAPAN = page("nipponhistory-ussr-japan.txt")


# -- a mean over a written run of years ---------------------------------------------------------------------------------
def test_a_mean_over_a_run_of_years_is_of_the_whole_run():
    # (read as of 1989: on a page of 1988 the year is not over and has no months, rule year_not_over)
    f = _figs(USSR_JAPAN, pub_year=1989)
    for fig in ("12,2%", "9,5%"):
        c = f[fig]
        assert (c.kind, c.year, c.period_start, c.period_end, c.year_basis) == ("growth", 1988, "1961-01", "1988-12",
                                                                               "explicit")
        assert _rules(c)["year"] == "explicit+mean_run_span"
    assert (f["12,2%"].partner_iso3, f["9,5%"].partner) == ("JPN", "world")


def test_a_mean_over_a_run_written_with_a_long_dash_is_of_the_whole_run():
    # CONSTRUCTED
    f = _figs("Торговля Казахстана и Китая.\nСреднегодовой прирост экспорта Казахстана в Китай в 2010—2015 годах составил "
              "8,4%.\n", pub_year=2016)
    c = f["8,4%"]
    assert (c.year, c.period_start, c.period_end) == (2015, "2010-01", "2015-12")
    assert _rules(c)["year"] == "run_of_years+mean_run_span"


def test_a_change_over_a_run_with_no_mean_word_stays_the_last_years():
    # CONSTRUCTED: no mean's word, the rule does not fire (run_of_years: the last year, no months)
    f = _figs("Советско-японская торговля.\nТоварооборот СССР и Японии в 1961—1988 годах вырос в 3 раза.\n", pub_year=1988)
    c = f["в 3 раза"]
    assert (c.year, c.period_start, c.period_end) == (1988, None, None)
    assert _rules(c)["year"] == "run_of_years"


# -- a decade's start ----------------------------------------------------------------------------------------------------
def test_the_start_of_a_decade_is_its_first_year_with_no_months():
    f = _figs(USSR_JAPAN, pub_year=1988)
    c = f["650 млн. руб"]
    assert (c.year, c.period_start, c.period_end, c.year_basis) == (1970, None, None, "explicit")
    assert _rules(c)["year"] == "explicit+decade_start"


# -- "превышал" ----------------------------------------------------------------------------------------------------------
def test_the_past_imperfective_of_exceeding_is_more_than():
    f = _figs(USSR_JAPAN, pub_year=1988)
    c = f["превышал 3 млрд. руб"]
    assert (c.kind, c.value, c.qualifier, c.currency, c.year) == ("money", 3e9, "more_than", "RUB", None)


def test_not_exceeding_in_the_past_is_less_than():
    # CONSTRUCTED
    f = _figs("Советско-финская торговля.\nВ 1950-х годах товарооборот СССР и Финляндии не превышал 300 млн. руб.\n",
              pub_year=1988)
    c = f["не превышал 300 млн. руб"]
    assert (c.value, c.qualifier) == (3e8, "less_than")


# -- a total counted from a year that opens its sentence -----------------------------------------------------------------
# data/ruweb49 dg09 (relocationtr.com: Turkish contractors abroad, 2024)
CONTRACTORS = ("Общий объем работ, выполненных турецкими подрядчиками за рубежом в период с января по август 2024 года, "
               "составил 11,2 миллиарда долларов.\n- В аналогичный период прошлого года объем заключенных контрактов был на "
               "уровне 11 миллиардов долларов.\n- С 1972 года, когда турецкие подрядчики начали работать за границей, "
               "общий объем выполненных проектов достиг 515,1 миллиарда долларов, а их количество превысило 12 277.\n")


def test_a_total_counted_from_a_year_opening_a_list_item_is_not_that_years():
    f = _figs(CONTRACTORS, pub_year=2024)
    c = f["515,1 миллиарда долларов"]
    assert c.year == 2024
    assert c.year_basis == "context"


def test_a_record_counted_from_a_year_with_its_own_when_clause_keeps_the_year():
    # CONSTRUCTED: "с" inside the sentence, the when-clause's own figure: that year's (rule since_when_clause, kept)
    f = _figs("Товарооборот России и Украины.\nВ 2023 году товарооборот стал самым низким с 2009 года, когда он составил "
              "$23,3 млрд.\n", pub_year=2024)
    assert f["$23,3 млрд"].year == 2009


# -- a converted amount's qualifier ---------------------------------------------------------------------------------------
# data/ruweb49 dg05 (caderus.com: China's trade in services, 2016)
CHINA_SERVICES = ("Объем торговли услугами Китая превысил 5,25 трлн юаней ($766 млрд) в 2016 году, сообщает «Синьхуа» со "
                  "ссылкой на министерство коммерции Китая.\n")


def test_a_converted_amount_in_brackets_takes_the_bound_of_the_amount_it_converts():
    f = _figs(CHINA_SERVICES, pub_year=2017)
    c = f["$766 млрд"]
    assert (c.value, c.currency, c.qualifier, c.year) == (766e9, "USD", "more_than", 2016)
    assert _rules(c)["qualifier"] == "conversion"
    assert f["превысил 5,25 трлн юаней"].qualifier == "more_than"


def test_a_converted_amount_of_an_exact_amount_stays_exact():
    # CONSTRUCTED
    f = _figs(CHINA_SERVICES.replace("превысил", "составил"), pub_year=2017)
    assert f["$766 млрд"].qualifier == "exact"
    assert "qualifier" not in _rules(f["$766 млрд"])
