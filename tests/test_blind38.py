"""Phrasings found in session 38 on the tuned pages of the blind sets web23 and ruweb12 and on stored trade news
pages, each a rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import figs, ru_fields


APPLES = ("Icma.az, со ссылкой на сайт Media az, информирует.\n"
          "В январе-ноябре прошлого года из Азербайджана за рубеж было экспортировано 93 тыс. 881 тонна яблок на сумму "
          "65,9 млн долларов.\n"
          "За отчетный период в Россию было поставлено 77 тыс. 165 тонн яблок (+6%) на сумму 52,8 млн долларов, что на "
          "14% больше показателя годом ранее. В Турцию экспортировано 4 тыс. 122 тонны на 4,1 млн долларов.\n"
          "В Объединенные Арабские Эмираты было отправлено 3 тыс. 335 тонн яблок (-9%) стоимостью 2,9 млн долларов, что "
          "на 21% больше в стоимостном выражении.\n")


def test_goods_supplied_or_sent_to_a_place_are_exports():
    """Rows поставлено/отправлено/отгружено of vocab/ru/measures.csv (icma.az, data/ruweb12 tuned page ak07): 'в Россию
    было поставлено ... на сумму 52,8 млн долларов', 'В ... Эмираты было отправлено ... стоимостью 2,9 млн долларов':
    the passive of a supplying verb is the page's exports to that place, not a measure left as other."""
    got = {g[0]: g[2:5] for g in ru_fields(APPLES, pub_year=2025, pub_month=1)}
    assert got["52,8 млн долларов"] == ("exports", "Azerbaijan", "Russia")
    assert got["2,9 млн долларов"] == ("exports", "Azerbaijan", "UAE")


def test_a_count_running_on_past_its_thousands_is_no_amount():
    """Rule implied_not_counted_on (icma.az): in '77 тыс. 165 тонн яблок' and '3 тыс. 335 тонн' the thousands run on into
    a count of tonnes; no money figure in the currency of the sentence before ('65,9 млн долларов')."""
    got = [g[0] for g in ru_fields(APPLES, pub_year=2025, pub_month=1)]
    assert not any("тыс" in g for g in got), got
    assert "4,1 млн долларов" in got


PEACHES = ("Азербайджан активно наращивает поставки персиков в Россию, Украину, Беларусь и Казахстан, а также впервые "
           "экспортировал партии в Румынию и Гонконг, согласно данным Государственного комитета статистики республики.\n\n"
           "С января по июль текущего года страна экспортировала 54,28 тысячи тонн персиков и нектаринов на сумму "
           "$65,7 млн, что на 72% больше по стоимости и на 76% — по объему по сравнению с аналогичным периодом прошлого "
           "года.\n")


def test_an_office_a_source_phrase_brings_in_is_not_the_place_before_it():
    """Rule agency_source_clause (haqqin.az, data/ruweb12 tuned page ak08): in '... в Румынию и Гонконг, согласно данным
    Государственного комитета статистики республики' the office is where the figures come from; Hong Kong, a
    destination, does not own it and is not the page's side: Azerbaijan exports to the world."""
    got = ru_fields(PEACHES, pub_year=2025, pub_month=9)
    assert got[0] == ("$65,7 млн", "money", "exports", "Azerbaijan", "world", 2025, "2025-01", "2025-07", "actual")


WINES = ("Экспорт молдавской алкогольной продукции в страны ЕС в I квартале 2018 г., в сравнении с тем же периодом 2017 г. "
         "вырос на 25,5%, составив $16,55 млн.\n\n"
         "Как сообщили в Нацбанке Молдовы, при этом, основным покупателем молдавских вин и коньяков среди стран ЕС была "
         "Румыния, которая увеличила их закупки на 53,4% – с $2,83 млн. в I квартале 2017 г. до $4,34 млн. в I квартале "
         "2018 г.\n")


def test_a_buyer_that_raised_its_purchases_of_the_pages_goods_takes_its_exports():
    """Russian rows of cues buying and buyer_which, rule foreign_buyer (locals.md, data/ruweb12 tuned page ak01):
    'основным покупателем молдавских вин ... была Румыния, которая увеличила их закупки на 53,4% – с $2,83 млн ... до
    $4,34 млн': Romania's purchases are Moldova's exports to Romania, not Moldova's imports."""
    got = ru_fields(WINES, pub_year=2018, pub_month=7)
    assert [g[:5] for g in got[2:]] == [("53,4%", "growth", "exports", "Moldova", "Romania"),
                                        ("$2,83 млн", "money", "exports", "Moldova", "Romania"),
                                        ("$4,34 млн", "money", "exports", "Moldova", "Romania")]


def test_a_sentence_opened_by_thats_goes_on_with_the_figure_before():
    """Rule anaphor_contracted (radiojamaicanewsonline.com, data/web23 tuned page aj08): 'That's 16.4 per cent higher
    than the US$592.3 million spend ...' after 'total spending on imports was valued at US$689.5 million' speaks of the
    imports, as 'That is' does; not a measure left as other."""
    text = ("For the month of January, total spending on imports was valued at US$689.5 million.\n"
            "That's 16.4 per cent higher than the US$592.3 million spend to bring in goods in January 2023.\n")
    got = {f.figure: (f.measure, f.partner, f.year) for f in figs(text, pub_year=2024, lang="en")}
    assert got["16.4 per cent higher"] == ("imports", "world", 2024)
    assert got["US$592.3 million"] == ("imports", "world", 2023)


def test_than_a_year_ago_is_a_base_not_the_figures_year():
    """Row 'чем' of base_before, rule base_than (haqqin.az, data/ruweb12 tuned page ak08): in 'в Казахстан отправлено
    246,2 тонны, что на 47% больше, чем год назад, на сумму $165,4 тыс.' the year before is what the change is measured
    against; the figures stay in January-July of the page's year that the paragraph gives."""
    text = PEACHES + ("\nВ ОАЭ объем экспорта вырос на 86% — до 180 тонн на сумму $245 тыс., в Казахстан отправлено 246,2 "
                      "тонны, что на 47% больше, чем год назад, на сумму $165,4 тыс. — рост на 65%.\n")
    got = {g[0]: g[5:8] for g in ru_fields(text, pub_year=2025, pub_month=9)}
    # (s40: "тонны, что на 47% больше" is the tonnage's change, no figure: rule physical_change, tests/test_s40_ru2.py)
    assert "47%" not in got
    assert got["$165,4 тыс"] == (2025, "2025-01", "2025-07")


def test_bracketed_items_that_followed_a_ranked_rise_are_rises():
    """Rule growth_bracket_list_followed (mexicobusiness.news, data/web23 tuned page aj10): 'Mining products (6.3 percent),
    machinery and special equipment (5.9 percent), and automotive products (2.7 percent) followed.' after 'The highest
    increase in exports were in food ... a rise of 9.6 percent' are rates of increase, not shares."""
    text = ("The highest increase in exports were in food, beverages and tobacco products which offered a rise of 9.6 "
            "percent. Mining products (6.3 percent), machinery and special equipment (5.9 percent), and automotive "
            "products (2.7 percent) followed.\n")
    got = [(f.figure, f.kind, f.value, f.measure) for f in figs(text, pub_year=2020, lang="en")]
    assert got == [("9.6 percent", "growth", 9.6, "exports"), ("6.3 percent", "growth", 6.3, "exports"),
                   ("5.9 percent", "growth", 5.9, "exports"), ("2.7 percent", "growth", 2.7, "exports")]
    # a list that follows a share stays shares
    shares = ("Food accounted for 9.6 percent of exports. Mining products (6.3 percent) and automotive products "
              "(2.7 percent) followed.\n")
    assert [f.kind for f in figs(shares, pub_year=2020, lang="en")] == ["share", "share", "share"]


def test_a_place_after_driven_by_in_a_title_is_a_cause_not_the_partner():
    """Rule cause_clause_bare (mexicobusiness.news, data/web23 tuned page aj10): in the title 'Mexico's Exports Up 2.3
    Percent Driven by US Trade' the US trade is what drove the rise; the 2.3% is of Mexico's exports to the world, as
    the body says ('Mexico's exports grew 2.3 percent in December 2019')."""
    got = [(f.figure, f.reporter, f.partner) for f in figs("Mexico's Exports Up 2.3 Percent Driven by US Trade\n",
                                                          pub_year=2020, lang="en")]
    assert got == [("2.3 Percent", "Mexico", "world")]


def test_an_address_with_day_month_and_year_as_path_segments_dates_the_page():
    """URL rule slashed_dmy (The Peninsula Qatar, data/web9 tuned page m09): '/article/01/07/2023/qatars-trade-surplus-
    exceeds-qr102bn' is 1 July 2023, day first as the outlet writes it; a year-first path keeps its rule, and a
    month-first path ('/11/17/2019/', no month 17) is no date."""
    from tradeflows.ingest.dates import date_of_url
    assert date_of_url("https://s.thepeninsula.qa/article/01/07/2023/qatars-trade-surplus-exceeds-qr102bn") == "2023-07-01"
    assert date_of_url("https://www.example.com/news/2019/11/17/trade") == "2019-11-17"
    assert date_of_url("https://www.example.com/news/11/17/2019/trade") is None


def test_months_joined_by_a_slash_are_one_range():
    """Rule month_range_slash (republicamericas.com, data/web22 tuned page ai07): 'a 16% increase over Jan/August
    2021' names January-August 2021, the base of the change, not August; 'in the Jan/August period' and 'January/June
    2023' are ranges too."""
    from tradeflows.facts.periods import find_times
    def spans(t):
        return [(x.m1, x.m2, x.year, x.base) for x in find_times(t, 0, len(t), t.lower())]
    assert spans("the statistics show a 16% increase over Jan/August 2021.") == [(1, 8, 2021, True)]
    assert spans("Exports in January/June 2023 rose.") == [(1, 6, 2023, False)]
    assert [(x.m1, x.m2) for x in find_times("in the Jan/August period, year to year", 0, 38,
                                            "in the jan/august period, year to year")] == [(1, 8)]


def test_the_first_time_in_years_is_no_period_of_the_figure():
    """Rule first_time_in_years (icma.az, data/ruweb12 tuned page ak07): in 'в прошлом году впервые за последние 14 лет
    были осуществлены поставки яблок на Кипр – 19,3 тонны на сумму 14,2 тыс. долларов' the fourteen years are the
    record's reach; the amount is of last year, not of a span with no year."""
    got = {g[0]: g[5] for g in ru_fields("Надо отметить, что в прошлом году впервые за последние 14 лет были "
                                         "осуществлены поставки яблок на Кипр – 19,3 тонны на сумму 14,2 тыс. долларов.\n",
                                         pub_year=2026, pub_month=1)}
    assert got == {"14,2 тыс. долларов": 2025}


def test_a_total_between_the_two_countries_is_the_pairs():
    """Rule clause_total_pair (caviral.ru, data/ruweb12 tuned page ak09): in '..., а общий товарооборот между двумя
    странами за это время равен 1 миллиарду 911 миллионов долларов' the total is the pair's turnover, not the world's,
    as English 'total trade between the two countries' is."""
    text = ("Экспорт Туркменистана в Турцию за 11 месяцев 2021 года увеличился на 50%, составив более 49 миллионов "
            "долларов.\n\nЭкспорт Турции в Туркменистан за этот период увеличился на 27,2%, а общий товарооборот между "
            "двумя странами за это время равен 1 миллиарду 911 миллионов долларов.\n")
    got = {g[0]: g[2:5] for g in ru_fields(text, pub_year=2021, pub_month=12)}
    assert got["1 миллиарду 911 миллионов долларов"][0] == "turnover"
    assert "world" not in got["1 миллиарду 911 миллионов долларов"][1:]


def test_the_end_of_the_running_year_is_no_year_an_undated_page_speaks_from():
    """Rule current_year_ending (Tasnim, data/web23 tuned page aj06): on an undated page, 'the current Iranian year
    (which started on March 20, 2013)' and 'in the current Iranian year (ending March 2014)' speak from 2013: the
    running year's end is a year to come, not the page's."""
    from tradeflows.ingest.page_year import text_year
    text = ("The Iranian Customs Administration (ICA) reported today that the country’s non-oil exports saw an 18.5 percent "
            "growth during the first four months of the current Iranian year (which started on March 20, 2013) compared "
            "to the same period last year.\n\nIn related news, Iran’s Trade Development Organization announced Sunday "
            "that the country’s foreign trade will exceed USD 59 billion in the current Iranian year (ending March "
            "2014).\n")
    assert text_year(text) == 2013
    assert text_year("Exports are seen at $450 billion in the current fiscal year, which ends in March 2024, after "
                     "$422 billion in 2022-23.") == 2023


def test_the_running_fiscal_year_named_by_the_month_it_ends_in_is_that_years():
    """Rule fiscal_ending_named (Tasnim, data/web23 tuned page aj06): 'in the current Iranian year (ending March 2014)' is
    Iran's fiscal year 2014 (March 2013 - February 2014, named by the year it ends in, as GUIDELINES name India's), on a
    page of any date."""
    text = ("In related news, Iran’s Trade Development Organization announced Sunday that the country’s foreign trade "
            "will exceed USD 59 billion in the current Iranian year (ending March 2014).\n")
    for year in (None, 2013):
        f = figs(text, pub_year=year, lang="en")[0]
        assert (f.figure, f.year, f.period_start, f.period_end, f.status) == (
            "USD 59 billion", 2014, "2013-03", "2014-02", "target")


BALTIC = ("Евростат: в этом году экспорт сокращался во всех Балтийских странах\n\n"
          "В январе-сентябре этого года, по сравнению с тем же периодом прошлого года объемы экспорта в Литве снизились "
          "на 7% до 18 млрд евро, в Эстонии – также на 7% до 8,9 млрд евро, Латвии – на 4% до 8,7 млрд евро, показывают "
          "обнародованные в пятницу данные статистической службы ЕС.\n")


def test_a_later_item_of_a_list_of_loci_is_its_own_reporter():
    """Rule locus_list_item (postimees.ee, data/ruweb10 tuned page af09): in '... экспорта в Литве снизились на 7% ..., в
    Эстонии – также на 7% до 8,9 млрд евро, Латвии – на 4% до 8,7 млрд евро' Latvia, its preposition left out, is the
    third item's reporter like the two before it, not a counterpart of the others."""
    got = [(f.figure, f.reporter, f.partner) for f in figs(BALTIC, pub_year=2015, lang="ru")]
    assert got == [("7%", "Lithuania", "world"), ("18 млрд евро", "Lithuania", "world"),
                   ("7%", "Estonia", "world"), ("8,9 млрд евро", "Estonia", "world"),
                   ("4%", "Latvia", "world"), ("8,7 млрд евро", "Latvia", "world")]


def test_the_place_an_office_belongs_to_is_no_counterpart():
    """Rule office_owner_after (postimees.ee): 'данные статистической службы ЕС' names where the figures come from; the
    EU is no counterpart of Latvia's 4% (the world, its total exports)."""
    got = {(f.figure, f.reporter): f.partner for f in figs(BALTIC, pub_year=2015, lang="ru")}
    assert got[("4%", "Latvia")] == "world"
