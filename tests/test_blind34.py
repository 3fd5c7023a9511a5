"""Phrasings found in session 34 on the tuned pages of the blind sets and on stored trade news pages,
each a rule or a vocabulary row, tested on its sentence and, where one was found, on another text's.
"""
from __future__ import annotations

from tradeflows.facts.periods import find_times
from tradeflows.pipeline import figures_of_text


def times(text: str):
    return [(text[t.start:t.end], t.kind, t.year, t.m1, t.m2) for t in find_times(text)]


def periods(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.year, f.period_start, f.period_end)
            for f in figures_of_text(text, fmt="web", **kw)]


def test_four_quarters_to_the_end_of_a_quarter_are_a_rolling_year():
    """Rule rolling_quarters: 'the four quarters to the end of Q2 2024' are July 2023 to June 2024, not Q2
    (a quarter's row of vocab/en/periods.csv ends them); to the end of Q4, the calendar year."""
    text = ("The UK Trade and Investment office's just released trading figures revealed that in the four quarters "
            "to the end of Q2 2024, the UK had a trade in goods surplus of £28 million with Sierra Leone, compared "
            "to a trade in goods surplus of £32 million in the four quarters to the end of Q2 2023.")
    assert times(text) == [("four quarters to the end of Q2 2024", "month_range", 2024, 7, 6),
                           ("four quarters to the end of Q2 2023", "month_range", 2023, 7, 6)]
    assert periods(text) == [("£28 million", 2024, "2023-07", "2024-06"),
                             ("£32 million", 2023, "2022-07", "2023-06")]
    assert times("four quarters to the end of Quarter 2 of 2023") == [
        ("four quarters to the end of Quarter 2 of 2023", "month_range", 2023, 7, 6)]
    assert times("in the four quarters ending the second quarter of 2023") == [
        ("four quarters ending the second quarter of 2023", "month_range", 2023, 7, 6)]
    assert times("in the four quarters to the end of Q4 2023") == [
        ("four quarters to the end of Q4 2023", "year", 2023, 1, 12)]
    # a quarter alone stays the quarter
    assert times("in Q2 2024 the surplus was") == [("Q2 2024", "quarter", 2024, 4, 6)]


def test_a_one_year_period_to_a_month_is_a_rolling_year():
    """Rule rolling_year: 'the one-year accounting period to June 2024', 'the 12-month period ending March
    2023' are twelve months ending in the month named."""
    assert times("The country's deficit jumped 6 million pounds in its trade relations with Great Britain in the "
                 "one-year accounting period to June 2024.") == [
        ("one-year accounting period to June 2024", "month_range", 2024, 7, 6)]
    assert times("in the 12-month period ending March 2023 exports rose") == [
        ("12-month period ending March 2023", "month_range", 2023, 4, 3)]
    # a month alone, and "a one-year period" with no month, stay what they were
    assert times("in the one-year period, exports in June 2024 rose") == [("June 2024", "month", 2024, 6, 6)]


def test_a_rolling_year_after_a_sentence_adverb_opens_the_sentence():
    """Rule rolling_year: 'Meanwhile, in the four quarters to ...' opens its sentence, so its period goes on
    to 'the review period' of the next paragraph (web13 f05)."""
    text = ("Meanwhile, in the four quarters to the end of Q2 2024 the UK reported a trade in services surplus of "
            "£13 million with Sierra Leone.\n"
            "Total trade in goods and services (exports plus imports) between the UK and Sierra Leone was £77 "
            "million during the review period.\n")
    assert periods(text) == [("£13 million", 2024, "2023-07", "2024-06"),
                             ("£77 million", 2024, "2023-07", "2024-06")]


def test_a_quarter_glossed_by_its_months_keeps_its_year():
    """Rule part_months_gloss: 'Quarter 2 (April to June) 2016', 'quarter 1 January to March 2015': the
    quarter's months written after it are read past to its year (UK ONS releases and the news quoting them)."""
    text = ("Between Quarter 2 (April to June) 2016 and Quarter 3 (July to September) 2016, the total trade deficit "
            "for goods and services narrowed by £1.6 billion to £11.0 billion.")
    assert times(text) == [("Quarter 2 (April to June) 2016", "quarter", 2016, 4, 6),
                           ("Quarter 3 (July to September) 2016", "quarter", 2016, 7, 9)]
    assert periods(text) == [("£1.6 billion", 2016, "2016-07", "2016-09"),
                             ("£11.0 billion", 2016, "2016-07", "2016-09")]
    text = ("In quarter 1 January to March 2015, the UK's deficit on trade in goods and services was estimated to "
            "have been £7.5 billion; widening by £1.5 billion from the previous quarter.")
    assert periods(text) == [("£7.5 billion", 2015, "2015-01", "2015-03"),
                             ("£1.5 billion", 2015, "2015-01", "2015-03")]
    assert times("in Quarter 2 (Apr to June) 2020, when compared with Quarter 2 2019.")[0] == (
        "Quarter 2 (Apr to June) 2020", "quarter", 2020, 4, 6)
    assert times("in the second quarter (April-June) of 2023 exports") == [
        ("the second quarter (April-June) of 2023", "quarter", 2023, 4, 6)]


def ru_facts(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.measure, f.partner, f.year, f.period_start, f.period_end)
            for f in figures_of_text(text, fmt="web", lang="ru", **kw)]


def test_ru_this_same_period_is_a_base():
    """vocab/ru/periods.csv same row: 'по сравнению с этим же периодом 2025 года' is the same period a year
    before, a base, like 'тем же периодом'; the month the page opened with stays (ruweb7 b03)."""
    text = ("В Национальном комитете по статистике рассказали о главных показателях внешнего торгового оборота "
            "Узбекистана по итогам января 2026 года. По сравнению с этим же периодом 2025 года этот показатель "
            "увеличился на $1,3 млрд, или на 29,2 % и составил $5,8 млрд.\n")
    assert [g[0] + " " + str(g[3:]) for g in ru_facts(text)] == [
        "$1,3 млрд (2026, '2026-01', '2026-01')", "29,2 % (2026, '2026-01', '2026-01')",
        "$5,8 млрд (2026, '2026-01', '2026-01')"]
    # another page: "тем же месяцем прошлого года" (dv.ee, 2025)
    text = ("По данным Департамента статистики, в сентябре экспорт товаров увеличился на 4%, а импорт – на 6% по "
            "сравнению с тем же месяцем прошлого года.\n")
    assert ru_facts(text, pub_year=2025) == [("4%", "exports", "world", 2025, "2025-09", "2025-09"),
                                             ("6%", "imports", "world", 2025, "2025-09", "2025-09")]


def test_the_second_figure_of_a_dash_list_item_is_that_items():
    """Rule list_item_second (vocab/ru/patterns.csv list_item_second): 'Казахстан — $80,7 млн (12,0%)',
    'Пакистан — 14,6%, а точнее 98,4 млн': the item's second figure is its place's, not the next item's."""
    text = ("За первые семь месяцев этого года Узбекистан экспортировал фруктов и овощей на $672,9 млн.\n"
            "Затем следуют Пакистан — 14,6%, а точнее 98,4 млн, Казахстан — $80,7 млн (12,0%) и Кыргызстан — "
            "61,1 млн (9,1%).\n")
    assert [(g[0], g[2]) for g in ru_facts(text)][1:] == [
        ("14,6%", "Pakistan"), ("98,4 млн", "Pakistan"), ("$80,7 млн", "Kazakhstan"),
        ("12,0%", "Kazakhstan"), ("61,1 млн", "Kyrgyzstan"), ("9,1%", "Kyrgyzstan")]
    # in English, behind a dash
    got = [(f.figure, f.partner) for f in figures_of_text(
        "Brazil's main export markets in 2019 were China – $63.4 billion (28.1%), the United States – $29.7 "
        "billion (13.2%) and Argentina – $9.8 billion (4.3%).", fmt="web")]
    assert got == [("$63.4 billion", "China"), ("28.1%", "China"), ("$29.7 billion", "United States"),
                   ("13.2%", "United States"), ("$9.8 billion", "Argentina"), ("4.3%", "Argentina")]


def test_a_listed_place_with_its_figure():
    """Rule list_item: 'Pakistan with 14.6%, Kazakhstan with $80.7 million': the figure after 'with' is the
    listed place's own, not the next item's."""
    text = ("Uzbekistan exported fruit and vegetables worth $672.9 million in seven months. Next come Pakistan "
            "with 14.6%, Kazakhstan with $80.7 million and Kyrgyzstan with $61.1 million.")
    assert [(f.figure, f.partner, f.fact_rules.split(";")[2]) for f in figures_of_text(text, fmt="web")][1:] == [
        ("14.6%", "Pakistan", "partner:list_item"), ("$80.7 million", "Kazakhstan", "partner:list_item"),
        ("$61.1 million", "Kyrgyzstan", "partner:list_item")]


def test_a_column_name_opening_the_title_is_no_counterpart():
    """Rule title_rubric (vocab/en/title_rubrics.txt): 'Asia Pacific Economics – ...' names the outlet's
    column; the page on the Solomon Islands' deficit has the world as counterpart, not Asia-Pacific."""
    from tradeflows.facts.subject import without_rubric
    title = "Asia Pacific Economics – Solomon Islands trade deficit hits $298 million"
    text = ("SOLOMON Islands (SI) international merchandise trade deficit more than doubled in the 2018 final "
            "quarter as imports rose led by machinery and transport equipment.\n"
            "Despite that, deficit narrowed by 10.8 per cent from $334m over the last (same) quarter of 2017, says "
            "the Solomon Islands National Statistics Office (SINSO).\n")
    got = [(f.figure, f.reporter, f.partner) for f in figures_of_text(text, fmt="web", title=title, pub_year=2019)]
    assert got == [("more than doubled", "Solomon Islands", "world"), ("10.8 per cent", "Solomon Islands", "world"),
                   ("$334m", "Solomon Islands", "world")]
    assert without_rubric("Africa Business: Kenya's exports to Uganda rise") == " " * 17 + "Kenya's exports to Uganda rise"
    # a title with no column name, or a dash inside the headline, is left as it is
    assert without_rubric("Kenyan exports to Uganda rise as crisis hits EU") == "Kenyan exports to Uganda rise as crisis hits EU"
    assert without_rubric("Vietnam-China trade – exports up 5%") == "Vietnam-China trade – exports up 5%"


def test_the_same_part_of_two_years_is_the_later_years():
    """Rule parts_of_two_years: 'between the first quarters of 2019 and 2020' compares Q1 2019 with Q1 2020: the
    figure is of Q1 2020 (Minnesota's state export releases; 'the third quarters of 2018 and 2019', 'the first
    nine months of 2018 and 2019')."""
    assert times("increasing 5% between the first quarters of 2019 and 2020.") == [
        ("the first quarters of 2019 and 2020", "quarter", 2020, 1, 3)]
    assert times("Between the first nine months of 2018 and 2019, Minnesota exports shrank 1.8 percent") == [
        ("the first nine months of 2018 and 2019", "months", 2019, 1, 9)]
    assert times("between the first halves of 2021 and 2022") == [("the first halves of 2021 and 2022", "half", 2022, 1, 6)]
    text = ("Minnesota exports (including agricultural, mining and manufactured products) were valued at $5.6 billion, "
            "increasing 5% (or about $278 million) between the first quarters of 2019 and 2020. U.S. exports of goods "
            "slid 3% during this period.")
    got = [(f.figure, f.reporter, f.year, f.period_start, f.period_end)
           for f in figures_of_text(text, fmt="web", pub_year=2020)]
    assert got == [("$5.6 billion", "Minnesota", 2020, "2020-01", "2020-03"),
                   ("5%", "Minnesota", 2020, "2020-01", "2020-03"),
                   ("about $278 million", "Minnesota", 2020, "2020-01", "2020-03"),
                   # rule carried_part: the country's own flow, named by its demonym, is not the region's
                   ("3%", "United States", 2020, "2020-01", "2020-03")]


def test_a_countrys_flow_after_its_region_is_the_countrys():
    """Rule carried_part: 'On a national basis, Canadian export sales declined by 12.2 percent' after a sentence
    on Saskatchewan is Canada's figure (web14 a08)."""
    text = ("Saskatchewan was the only Canadian province that saw its export business grow in 2020. On a national "
            "basis, Canadian export sales declined by 12.2 percent.")
    assert [(f.figure, f.reporter) for f in figures_of_text(text, fmt="web", pub_year=2021)] == [
        ("12.2 percent", "Canada")]


def test_a_day_in_a_dateline_closed_by_a_dash_dates_no_figure():
    """Rule dateline: 'ZAGREB, February 8, 2018 – ...' is the day the story was filed; 'In the said period' goes
    on with the first 11 months of 2017 (web14 a06)."""
    text = ("ZAGREB, February 8, 2018 – Croatia's export of goods in the first 11 months of 2017 went up 13.9% on the "
            "year, while imports went up 11%, the national statistical office said on Thursday.\n"
            "In the said period, Croatia exported 95.49 billion kuna worth of goods, while importing 149.8 billion kuna.\n")
    assert periods(text, pub_year=2018) == [
        ("13.9%", 2017, "2017-01", "2017-11"), ("11%", 2017, "2017-01", "2017-11"),
        ("95.49 billion kuna", 2017, "2017-01", "2017-11"), ("149.8 billion kuna", 2017, "2017-01", "2017-11")]
    assert times("ZAGREB, February 8, 2018 – Croatia's export") == []
    # a year after a day inside a sentence is still read
    assert times("exports rose on February 8, 2018 - the ministry said") == [("2018", "year", 2018, 1, 12)]


def test_the_demonyms_of_australian_and_canadian_regions():
    """vocab/en/places.csv: 'West Australian merchandise exports' are Western Australia's, not Australia's."""
    from tradeflows.facts.places import find_places
    text = "West Australian merchandise exports hit a record high. Albertan exports rose; the Northern Territory's fell."
    assert [(p.name, p.iso3, p.kind) for p in find_places(text)] == [
        ("Western Australia", "AUS", "region"), ("Alberta", "CAN", "region"), ("Northern Territory", "AUS", "region")]


def test_mexican_states_are_regions_of_mexico():
    """vocab/en/places.csv: Mexico's states; 'Baja California' is no longer read as California (web14 a03)."""
    text = ("The states that had the greatest contribution to national exports were: Chihuahua , with 16.922 million "
            "dollars, which represented 14.30% of the national total, followed by Coahuila with 13.917 million dollars "
            "(11.76%), Baja California with 12.161 million ( 10.28%), Nuevo León with 11,290 million dollars (9.54%) and "
            "Tamaulipas with 8,029 million (6.79%), according to Inegi data for the first quarter of 2022.")
    got = [(f.figure, f.reporter, f.year, f.period_end) for f in figures_of_text(text, fmt="web", pub_year=2022)]
    assert [g[:2] for g in got] == [
        ("16.922 million dollars", "Chihuahua"), ("14.30%", "Chihuahua"), ("13.917 million dollars", "Coahuila"),
        ("11.76%", "Coahuila"), ("12.161 million", "Baja California"), ("10.28%", "Baja California"),
        ("11,290 million dollars", "Nuevo León"), ("9.54%", "Nuevo León"), ("8,029 million", "Tamaulipas"),
        ("6.79%", "Tamaulipas")]
    assert {g[2:] for g in got} == {(2022, "2022-03")}
    from tradeflows.facts.places import find_places
    assert [(p.name, p.iso3) for p in find_places("Sao Paulo, Parana and Rio Grande do Sul")] == [
        ("Sao Paulo", "BRA"), ("Paraná", "BRA"), ("Rio Grande do Sul", "BRA")]


def test_the_euro_area_is_a_bloc_and_extra_eu_trade_is_with_the_world():
    """vocab/en/places.csv: 'euro area', 'eurozone' (a bloc, no ISO code); rule extra_bloc: 'extra-EU28 exports'
    are the EU's exports to the rest of the world (reporter by rule demonym_flow, which now reads a bloc after
    'extra-' or 'intra-'); 'Intra-EU28 trade' stays the bloc's trade inside itself (web14 a04, Eurostat)."""
    text = ("The first estimate for extra-EU28 exports of goods in May 2018 was EUR 160.9 bln, down by 2.7% compared "
            "with May 2017 (EUR 165.4 bln). Intra-EU28 trade rose to EUR 294.7 bln in May 2018, +1.6% compared with "
            "May 2017.")
    got = [(f.figure, f.reporter, f.partner, f.fact_rules.split(";")[2])
           for f in figures_of_text(text, fmt="web", pub_year=2018)]
    assert got == [("EUR 160.9 bln", "European Union", "world", "partner:extra_bloc"),
                   ("2.7%", "European Union", "world", "partner:extra_bloc"),
                   ("EUR 165.4 bln", "European Union", "world", "partner:extra_bloc"),
                   ("EUR 294.7 bln", "European Union", "European Union", "partner:intra_bloc"),
                   ("1.6%", "European Union", "European Union", "partner:intra_bloc")]
    text = ("As a result, the euro area recorded a EUR 16.5 bln surplus in trade in goods with the rest of the world in "
            "May 2018, compared with +EUR 19.3 bln in May 2017.")
    got = [(f.figure, f.reporter, f.partner, f.year) for f in figures_of_text(text, fmt="web", pub_year=2018)]
    assert got == [("EUR 16.5 bln", "euro area", "world", 2018), ("EUR 19.3 bln", "euro area", "world", 2017)]
    from tradeflows.facts.places import find_places
    assert [p.name for p in find_places("Eurozone exports rose; the euro zone's surplus")] == ["euro area", "euro area"]


def test_ru_a_long_list_of_falls_keeps_its_sign():
    """Rule ru_growth_by: an item '- на 42,1%' of a list of changes further than LEFT_WINDOW from its verb
    ('сократился') takes that verb's sign in its sentence (ruweb7 b08, a page wrapped at its line ends)."""
    text = ("Импорт из других стран ЕС транспортных средств сократился на 67,1%, "
            "механизмов, механических устройств и электрооборудования - на 47,7%, "
            "обычных металлов и изделий из них - на 46,8%, древесины и изделий из нее "
            "- на 42,1%, минеральных продуктов - на 38,3%.\n")
    got = [f.value for f in figures_of_text(text, fmt="web", lang="ru", pub_year=2010)]
    assert got == [-67.1, -47.7, -46.8, -42.1, -38.3]
    # a list after a rise keeps the rise
    text = ("Экспорт продовольствия вырос на 12,5%, напитков и табака - на 8,1%, химической продукции и изделий "
            "из пластмасс и каучука - на 6,4%, текстиля - на 3,3%, древесины - на 2,9%, металлов - на 1,1%.\n")
    assert [f.value for f in figures_of_text(text, fmt="web", lang="ru", pub_year=2010)] == [
        12.5, 8.1, 6.4, 3.3, 2.9, 1.1]


def test_ru_spaced_thousands_of_three_groups():
    """The Russian spaced thousands: '1 296 461 евро' is 1,296,461 euros, not 461 (ruweb7 b07)."""
    text = ("За десять месяцев Латвия импортировала из Украины пипаркукас на сумму 959 306 евро. В свою очередь, в "
            "Литву пряники были экспортированы на сумму 1 296 461 евро.\n")
    got = [(f.figure, f.value, f.currency) for f in figures_of_text(text, fmt="web", lang="ru", pub_year=2025)]
    assert got == [("959 306 евро", 959306.0, "EUR"), ("1 296 461 евро", 1296461.0, "EUR")]


def test_ru_two_thirds_and_a_total_export():
    """vocab/ru/numbers.csv 'две трети' (a growth of 66.67%); vocab/ru/patterns.csv world: 'Суммарный экспорт
    вина из Грузии' is the world total after sentences on Russia (ruweb7 b06)."""
    text = ("Поставки вина из Грузии в Россию за февраль этого года увеличились на две трети.\n"
            "Суммарный экспорт вина из Грузии в феврале достиг 19,97 миллиона долларов, увеличившись в месячном "
            "выражении на 64%.\n")
    got = [(f.figure, round(f.value, 2), f.partner) for f in figures_of_text(text, fmt="web", lang="ru", pub_year=2020)]
    assert got == [("на две трети", 66.67, "Russia"), ("19,97 миллиона долларов", 19970000.0, "world"),
                   ("64%", 64.0, "world")]


CHINA_OCTOBER = (
    "China Trade Surplus Smallest in 8 Months\n"
    "China’s trade surplus came in at USD 90.07 billion in October, smaller than expectations of USD 95.6 billion "
    "and below the USD 95.72 billion recorded in the same month last year. It marked the smallest trade surplus since "
    "February, as exports unexpectedly fell while imports rose. Exports fell 1.1% yoy, missing forecasts for a 3% gain "
    "and reversing an 8.3% growth in September, as overseas orders tapered off following months of front-loading to "
    "beat new US tariffs. The Golden Week holiday, along with a high base effect from last year, also contributed to "
    "the drop. Imports climbed by 1.0%, below expectations for a 3.2% rise and well under the 7.4% gain in September — "
    "marking the weakest import growth since May, when purchases fell by 3.4%. China’s trade surplus with the US rose "
    "to USD 24.76 billion in October, up from USD 22.82 billion in September. Year-to-date, China posted a total trade "
    "surplus of USD 964.8 billion, with exports rising 5.3% while imports fell 0.9%.\n")   # todaymarkets.ae, 2025


def test_a_wire_report_on_a_month_keeps_its_month_past_the_figures_compared_with():
    """A month's report that names the months of the figures it is compared with (todaymarkets.ae, 2025):
    rule compared_year_after ('reversing an 8.3% growth in September' is the 8.3%'s month, not the 1.1%'s; a rate
    counts as the compared amount), rule compared_figure_time (nor the period the next sentences go on with), rule
    forecast_own_figure ('missing forecasts for a 3% gain' makes the 3% a forecast, not the 1.1%), 'new US
    tariffs' is no counterpart carried (cue economy_after), and 'a total trade surplus' is with the world."""
    got = {f.figure: (f.partner, f.status, f.period_start, f.period_end)
           for f in figures_of_text(CHINA_OCTOBER, fmt="web", pub_year=2025)}
    assert got["1.1%"] == ("world", "actual", "2025-10", "2025-10")
    assert got["3%"][1] == "target"
    assert got["8.3%"][2:] == ("2025-09", "2025-09")
    assert got["1.0%"] == ("world", "actual", "2025-10", "2025-10")
    assert got["USD 24.76 billion"] == ("United States", "actual", "2025-10", "2025-10")
    assert got["USD 964.8 billion"] == ("world", "actual", "2025-01", "2025-10")
    assert got["5.3%"][0] == got["0.9%"][0] == "world"
    # a figure and a period shared by a list keep it: both October
    got = [(f.figure, f.period_start) for f in figures_of_text(
        "Exports rose 5% and imports fell 3% in October, the customs agency said.", fmt="web", pub_year=2025)]
    assert got == [("5%", "2025-10"), ("3%", "2025-10")]


def test_the_level_a_flow_changed_to_is_that_flows():
    """Rule cue_before (change_to_level): 'the largest trade surplus since July, as exports declined 0.9%
    year-on-year to US$212.93 billion': the amount is the exports' level, not the surplus (yosefardi.com, 2019)."""
    text = ("China’s trade surplus widened to US$42.81 billion in October of 2019 from US$32.97 billion in the same "
            "month a year earlier. This was the largest trade surplus since July, as exports declined 0.9% "
            "year-on-year to US$212.93 billion, while imports dropped at a faster 6.4% to US$170.12 billion.")
    got = [(f.figure, f.measure, f.year, f.period_start) for f in figures_of_text(text, fmt="web", pub_year=2019)]
    assert got == [("US$42.81 billion", "balance", 2019, "2019-10"), ("US$32.97 billion", "balance", 2018, "2018-10"),
                   ("0.9%", "exports", 2019, "2019-10"), ("US$212.93 billion", "exports", 2019, "2019-10"),
                   ("6.4%", "imports", 2019, "2019-10"), ("US$170.12 billion", "imports", 2019, "2019-10")]


def test_a_currency_abbreviated_in_brackets_is_read_after_the_numbers_that_follow():
    """Rule money_defined_unit: '8,164.9 million dinars (MD)' defines MD, so 'China (-2,569.8 MD)' is 2,569.8 million
    dinars; the dinar of the page's own country (rule lead_country, for an alias with no default reading), not
    Algeria's, named in the same sentence (web15 c05, tmomag.com, Tunisia)."""
    text = ("Tunisia’s trade deficit at current prices worsened during the 1st quarter of 2018 to 8.16 billion dinars "
            "(BD), announced Monday, the National Institute of Statistics (INS).\n"
            "The trade balance shows a deficit of 8,164.9 million dinars (MD), following the deficit recorded with "
            "certain countries, namely China (-2,569.8 MD), Italy (-1,329.2 MD), Turkey (-1,031.0 MD), Russia "
            "(-621.6 MD) and Algeria (-608.1 MD).\n")
    got = [(f.figure, f.value, f.currency, f.partner) for f in figures_of_text(text, fmt="web", pub_year=2018)]
    assert got == [("8.16 billion dinars", 8.16e9, "TND", "world"),
                   ("8,164.9 million dinars", 8164.9e6, "TND", "world"),
                   ("2,569.8 MD", 2569.8e6, "TND", "China"), ("1,329.2 MD", 1329.2e6, "TND", "Italy"),
                   ("1,031.0 MD", 1031.0e6, "TND", "Turkey"), ("621.6 MD", 621.6e6, "TND", "Russia"),
                   ("608.1 MD", 608.1e6, "TND", "Algeria")]
    # an abbreviation never defined is no unit
    assert [f.figure for f in figures_of_text("Exports to France reached 1,729.5 MD in March.", fmt="web")] == []


def test_the_hong_kong_dollar_and_the_nepali_rupee_as_written_at_home():
    """vocab/en/currencies.csv: '$' on a page of Hong Kong's statistics department is HKD; 'NRs' is NPR (web15 c01,
    c12)."""
    text = ("In May 2020, the values of Hong Kong’s total exports and imports of goods both decreased. In May 2020, the "
            "value of total exports of goods decreased by 7.4% over a year earlier to $317.6 billion.")
    assert [(f.figure, f.currency) for f in figures_of_text(text, fmt="web", pub_year=2020) if f.kind == "money"] == [
        ("$317.6 billion", "HKD")]
    text = ("Kathmandu – Based on statistics published by the Department of Customs, Nepal’s exports rose by 57.20 "
            "percent, reaching NRs 158.17 billion within the first eight months of this fiscal year.")
    assert [(f.figure, f.value, f.currency) for f in figures_of_text(text, fmt="web", pub_year=2025)
            if f.kind == "money"] == [("NRs 158.17 billion", 158.17e9, "NPR")]


def test_a_page_opening_on_furniture_takes_its_country_from_the_first_sentence_naming_one():
    """Rule lead_country: the page's own country is the one of its first sentence that names a country, past a
    page's furniture and heading ('image_pdfimage_print Author Archives: hksar gov ...'), so its '$' is HKD on a
    page naming Hong Kong, Singapore, Korea and Taiwan once each (web15 c01); rule growth_listed_change: 'recorded
    year-on-year decreases, at 7.4% and 12.3% respectively' are two falls."""
    text = ("image_pdfimage_print\n\nAuthor Archives: hksar gov\n\nExternal Merchandise Trade Statistics for May 2020\n\n"
            "The Census and Statistics Department (C&SD) released today (June 29) the external merchandise trade "
            "statistics for May 2020. In May 2020, the values of Hong Kong’s total exports and imports of goods both "
            "recorded year-on-year decreases, at 7.4% and 12.3% respectively.\n\n"
            "In May 2020, the value of total exports of goods decreased by 7.4% over a year earlier to $317.6 billion.\n\n"
            "Exports to Singapore, Korea and Taiwan rose.\n")
    got = [(f.figure, f.kind, f.value, f.currency) for f in figures_of_text(text, fmt="web", pub_year=2020)]
    assert got == [("7.4%", "growth", -7.4, None), ("12.3%", "growth", -12.3, None), ("7.4%", "growth", -7.4, None),
                   ("$317.6 billion", "money", 317.6e9, "HKD")]


OECD_Q2_2014 = (
    "International trade statistics: trends in second quarter 2014\n"
    "Total merchandise trade of the G7 and BRIICS economies combined was broadly stable in the second quarter of 2014, "
    "with exports rising 1.5% and imports falling 0.8% compared with the previous quarter.\n"
    "By contrast, in Japan, merchandise trade declined, with both imports and exports contracting (by 7.8% and 0.5% "
    "respectively) as the effects of the April's increase in the consumption tax unwound.\n"
    "Among the major EU countries, in Germany exports increased by 0.5% and imports decreased by 1.3%. In France both "
    "exports and imports fell (by 0.6% and 0.2%, respectively). In Italy exports remained broadly flat while imports "
    "rose (by 1.4%).\n"
    "In China, exports rose by 2.9% and imports contracted by 4.1%, partly reflecting lower commodity prices.\n")


def test_a_summary_of_many_reporters_gives_each_its_own_flows():
    """Rule locus_flow: 'In Germany exports increased by 0.5%', 'In China, exports rose by 2.9%': the country the
    clause opens on behind 'In', a flow right after it, is the reporter, with the world as counterpart; neither it
    nor the group the reporters are drawn from ('Among the major EU countries', rule among_scope) is carried as a
    counterpart; 'the April's increase in the consumption tax' is an event's month, no period (OECD, 2014)."""
    got = [(f.figure, f.reporter, f.partner, f.period_start, f.period_end)
           for f in figures_of_text(OECD_Q2_2014, fmt="web", pub_year=2014)][4:]
    assert got == [("0.5%", "Germany", "world", "2014-04", "2014-06"), ("1.3%", "Germany", "world", "2014-04", "2014-06"),
                   ("0.6%", "France", "world", "2014-04", "2014-06"), ("0.2%", "France", "world", "2014-04", "2014-06"),
                   ("1.4%", "Italy", "world", "2014-04", "2014-06"),
                   ("2.9%", "China", "world", "2014-04", "2014-06"), ("4.1%", "China", "world", "2014-04", "2014-06")]


def test_money_spent_in_the_base_period_is_the_bases():
    """Rule spent_gap (adjacent_gap()): 'GH¢65.4 billion spent in the corresponding period of 2022' is of H1 2022, and
    'Sh878.86 billion spent on foreign goods over the same period last year' of H1 2019 (theindependentghana.com,
    2023; newszetu.com, 2020)."""
    text = ("As per the data outlined in Ghana’s 2023 Mid-Year Trade Report, the country’s expenditure on imports "
            "increased to GH¢85 billion from January to June 2023, in comparison to GH¢65.4 billion spent in the "
            "corresponding period of 2022.")
    assert [(f.figure, f.year, f.period_start, f.period_end) for f in figures_of_text(text, fmt="web", pub_year=2023)] == [
        ("GH¢85 billion", 2023, "2023-01", "2023-06"), ("GH¢65.4 billion", 2022, "2022-01", "2022-06")]
    text = ("Kenya’s half-year trade deficit fell by 20 percent in the first half of the year compared to the "
            "corresponding period in 2019.\n"
            "In the six-month period the import bill fell by Sh102.3 billion or 11.6 percent to Sh776.5 billion from "
            "Sh878.86 billion spent on foreign goods over the same period last year.\n")
    got = {f.figure: (f.year, f.period_start) for f in figures_of_text(text, fmt="web", pub_year=2020)}
    assert got["Sh776.5 billion"] == (2020, "2020-01") and got["Sh878.86 billion"] == (2019, "2019-01")


def test_bare_numbers_sharing_the_unit_of_a_respectively_list():
    """Rule respectively: 'falling by 52 and 49 percent respectively' pairs 52 with the UAE and 49 with Saudi
    Arabia, the 52 written without the unit it shares (newszetu.com, 2020)."""
    text = ("Kenya's imports fell. Imports from the United Arab Emirates and Saudi Arabia recorded the biggest slump in "
            "the period falling by 52 and 49 percent respectively.")
    got = [(f.figure, f.value, f.partner) for f in figures_of_text(text, fmt="web", pub_year=2020)]
    assert got == [("52", -52.0, "UAE"), ("49 percent", -49.0, "Saudi Arabia")]


def test_a_press_conferences_city_is_no_reporter_and_trade_revenue_is_turnover():
    """Rule home_region leaves out a venue ('At a press conference in Hanoi', EVENT_PLACE_BEFORE); 'total trade
    revenue' is turnover (vocab/en/measures.csv); the 'foreign-invested sector' names a kind of firm, no investment
    (rule hyphened_invested) (VNA via english.vov.vn, 2020)."""
    text = ("Vietnam maintained its upwards trend in exports, according to the General Statistics Office (GSO).\n"
            "At a press conference in Hanoi on September 29, GSO General Director Nguyen Thi Huong said total trade "
            "revenue reached US$388.73 billion between January and September, up 1.8% year-on-year.\n"
            "Meanwhile, imports declined 0.8% year-on-year in the first nine months to US$185.87 billion, including "
            "US$82.3 billion imported by the domestic sector (up 4.7%) and US$103.5 billion by the foreign-invested "
            "sector (down 4.8%).\n")
    got = {f.figure: (f.reporter, f.measure) for f in figures_of_text(text, fmt="web", pub_year=2020)}
    assert got["US$388.73 billion"] == ("Vietnam", "turnover") and got["1.8%"] == ("Vietnam", "turnover")
    assert got["4.8%"] == ("Vietnam", "imports")


def test_a_monthly_release_compared_in_comparison_to_a_year_before():
    """BASE_BEFORE 'in comparison to': 'exports rose 2.1% in comparison to June 2017' is of June 2018, the year
    compared with a base; 'exports surpassed imports in USD 5.882 billion' is a balance (vocab/en/measures.csv); 'The
    MDIC's expecting a surplus of USD 50 billion this year' is a goal (vocab/en/status.csv) (ANBA, 2018)."""
    text = ("In June, Brazil’s exports surpassed imports in USD 5.882 billion, the result of USD 20.202 billion in exports "
            "and USD 14.31 billion in imports. By the business day average, exports rose 2.1% in comparison to June 2017, "
            "and imports went up 13.7%.\n"
            "The MDIC’s expecting a surplus of USD 50 billion this year.\n")
    got = [(f.figure, f.measure, f.period_start, f.status) for f in figures_of_text(text, fmt="web", pub_year=2018)]
    assert got == [("USD 5.882 billion", "balance", "2018-06", "actual"), ("USD 20.202 billion", "exports", "2018-06", "actual"),
                   ("USD 14.31 billion", "imports", "2018-06", "actual"), ("2.1%", "exports", "2018-06", "actual"),
                   ("13.7%", "imports", "2018-06", "actual"), ("USD 50 billion", "balance", "2018-01", "target")]


def test_mid_month_is_a_point_in_time_not_a_half_year():
    """vocab/en/periods.csv 'as of mid' is the first half ('as of mid-2023'), but 'as of mid-February' is a day of
    February: no half of the year, so the fiscal months in force stay (web7 s06, Nepal)."""
    assert times("exports totaling Rs 86 billion 831 million were recorded as of mid-February (end of the Nepali "
                 "month Magh).") == []
    assert times("as of mid-2023 the deficit stood at") == [("as of mid-2023", "half", 2023, 1, 6)]


def test_a_level_changed_from_on_a_month_on_month_page_is_the_month_befores():
    """Rule from_value_month: in a paragraph (or the one after it) that tells a month against the prior month, 'from
    $258.93 billion' is the month before's level, not the same month a year before (spglobal.com, 2018)."""
    text = ("Exports declined to $211.08 billion in July from $213.20 billion in the prior month, while imports "
            "increased to $261.16 billion from $258.93 billion.\n"
            "The U.S. trade gap with China ticked up to $34.14 billion from $32.45 billion on a seasonally adjusted "
            "basis.\n")
    got = {f.figure: (f.year, f.period_start) for f in figures_of_text(text, fmt="web", pub_year=2018)}
    assert got["$258.93 billion"] == (2018, "2018-06") and got["$32.45 billion"] == (2018, "2018-06")
    # with no month-on-month comparison near, the level a change started from is the year before's (rule from_value)
    got = {f.figure: (f.year, f.period_start) for f in figures_of_text(
        "Exports declined to $211.08 billion in July, while imports increased to $261.16 billion from $258.93 billion.",
        fmt="web", pub_year=2018)}
    assert got["$258.93 billion"] == (2017, "2017-07")


def test_among_these_are_parts_of_the_month_just_named():
    """PART_OF_PREVIOUS 'Among these': after 'In June alone, China-Africa trade totaled ...', the exports and imports
    of the next sentence are June's, not the half year's in force (Xinhua, 2018)."""
    text = ("BEIJING, July 25 (Xinhua) -- Trade between China and Africa reached 99.84 billion U.S. dollars in the first "
            "half of this year, up 17.3 percent year on year.\n"
            "In June alone, China-Africa trade totaled 16.82 billion U.S. dollars, an increase of 15.0 percent from a year "
            "earlier. Among these, Chinese exports to Africa increased 8 percent year on year to 9.3 billion U.S. dollars, "
            "while imports amounted to 7.52 billion U.S. dollars, up 24.4 percent year on year.\n")
    got = [(f.figure, f.period_start, f.period_end) for f in figures_of_text(text, fmt="web", pub_year=2018)]
    assert got[-4:] == [("8 percent", "2018-06", "2018-06"), ("9.3 billion U.S. dollars", "2018-06", "2018-06"),
                        ("7.52 billion U.S. dollars", "2018-06", "2018-06"), ("24.4 percent", "2018-06", "2018-06")]


def test_ru_the_difference_between_imports_and_exports_is_a_balance():
    """vocab/ru/measures.csv: 'Разница между объемами импорта и экспорта составляет $3,1 млрд' is the balance (ТАСС,
    2018), as 'the deficit between imports and exports' is in English."""
    text = ("Импорт товаров из РФ на Украину за январь-сентябрь в денежном выражении составил $5,8 млрд, что на 21% "
            "больше, чем за аналогичный период 2017 года. Таким образом, Украина сохраняет отрицательное сальдо торговли "
            "с РФ. Разница между объемами импорта и экспорта составляет $3,1 млрд.\n")
    got = [(f.figure, f.measure) for f in figures_of_text(text, fmt="web", lang="ru", pub_year=2018)]
    assert got == [("$5,8 млрд", "imports"), ("21%", "imports"), ("$3,1 млрд", "balance")]


def test_the_time_of_an_amount_compared_with_is_not_the_change_after_it():
    """Rule compared_amount_time: 'amounted to 3,637.5 million euros in August in comparison with 4,816.8 million euros
    in August 2022, recording a drop of 24.5%': the drop is August 2023's, the month of the amount compared with
    stays that amount's (naftemporiki.gr, ELSTAT, 2023)."""
    text = ("According to the Hellenic Statistical Authority (ELSTAT), the total value of exports amounted to 3,637.5 "
            "million euros in August in comparison with 4,816.8 million euros in August 2022, recording a drop of 24.5%.")
    got = [(f.figure, f.year, f.period_start) for f in figures_of_text(text, fmt="web", pub_year=2023)]
    assert got == [("3,637.5 million euros", 2023, "2023-08"), ("4,816.8 million euros", 2022, "2022-08"),
                   ("24.5%", 2023, "2023-08")]


def test_ru_a_purchase_is_an_import():
    """vocab/ru/measures.csv: every case of 'закупка' ('нарастила закупку продукции из РФ в 3,9 раза') is imports
    (ruweb8 i02)."""
    text = "Индия нарастила закупку продукции из РФ в 3,9 раза, до 26,5 миллиарда долларов.\n"
    got = [(f.figure, f.measure) for f in figures_of_text(text, fmt="web", lang="ru", pub_year=2023)]
    assert got == [("в 3,9 раза", "imports"), ("26,5 миллиарда долларов", "imports")]


def test_the_first_months_of_a_named_fiscal_year():
    """Rule fiscal_part_named: 'during the first two months (July-August) of current the fiscal year (FY23) and stood
    at $6.269 billion' is July-August 2022, a result, not the whole fiscal year 2022-23 as a goal; the same period of
    the last fiscal year is July-August 2021 (propakistani.pk, 2022)."""
    text = ("Pakistan’s trade deficit narrowed by 17.13 percent during the first two months (July-August) of current the "
            "fiscal year (FY23) and stood at $6.269 billion compared to $7.565 billion during the same period of last "
            "fiscal year, says Pakistan Bureau of Statistics (PBS).")
    got = [(f.figure, f.year, f.period_start, f.period_end, f.status)
           for f in figures_of_text(text, fmt="web", pub_year=2022)]
    assert got == [("17.13 percent", 2022, "2022-07", "2022-08", "actual"),
                   ("$6.269 billion", 2022, "2022-07", "2022-08", "actual"),
                   ("$7.565 billion", 2021, "2021-07", "2021-08", "actual")]


def test_the_n_months_of_a_named_fiscal_year():
    """Rule fiscal_part_named with 'the' before a count of months: 'in the 11 months of the fiscal year 2021-22' is
    July 2021 to May 2022 (arynews.tv, 2022)."""
    text = ("Pakistan’s trade deficit in the 11 months of the fiscal year 2021-22 has increased up to $43.33 billion, which "
            "was $27.44 billion in the first 11 months of the fiscal year 2020-21.")
    got = [(f.figure, f.year, f.period_start, f.period_end) for f in figures_of_text(text, fmt="web", pub_year=2022)]
    assert got == [("up to $43.33 billion", 2022, "2021-07", "2022-05"), ("$27.44 billion", 2021, "2020-07", "2021-05")]


def test_a_month_base_right_before_the_month_in_force_is_month_on_month():
    """Rule after_base_month: after 'January to November 2019', 'compared to October 2019, Malaysia's imports logged a
    growth of 1.4 per cent' is November 2019's change, not October 2020's; 'total trade' is one item of the list of
    flows paired 'respectively' (vocab/en/measures.csv) (malaymail.com, Miti, 2020)."""
    text = ("KUALA LUMPUR, Jan 3 — Malaysia’s trade surplus in January to November 2019 expanded by 10.6 per cent to "
            "RM124.74 billion compared to RM112.82 billion registered for the same period of 2018, the Ministry of "
            "International Trade and Industry said.\n"
            "However, compared to October 2019, Malaysia’s imports logged a growth of 1.4 per cent while exports, total "
            "trade and trade surplus declined by 10.8 per cent, 5.4 per cent and 62.3 per cent, respectively.\n")
    got = [(f.figure, f.measure, f.period_start, f.period_end) for f in figures_of_text(text, fmt="web", pub_year=2020)][3:]
    assert got == [("1.4 per cent", "imports", "2019-11", "2019-11"), ("10.8 per cent", "exports", "2019-11", "2019-11"),
                   ("5.4 per cent", "turnover", "2019-11", "2019-11"), ("62.3 per cent", "balance", "2019-11", "2019-11")]


def test_ru_an_undated_page_that_compares_last_year_with_a_year_speaks_from_the_year_after():
    """ingest/page_year.py rule last_year_base: an undated page saying 'По итогам прошлого года товарооборот ...
    увеличился на 2,2% по сравнению с 2015 годом' beside 'по итогам нынешнего года' speaks from 2017: last year is
    2016, the first five months and this year's goal 2017 (abnews.ru)."""
    text = (
        "Товарооборот между Китаем и Россией по итогам нынешнего года может превысить $80 млрд.\n"
        "По данным Шоувэня, за первые пять месяцев товарооборот между странами вырос на 26,1%.\n"
        "По итогам прошлого года, товарооборот между РФ и КНР увеличился на 2,2% по сравнению с 2015 годом и достиг "
        "$69,52 млрд. Китайский экспорт за прошлый год вырос на 7,3%, а импорт из России упал на 3,1%.\n")
    got = [(f.figure, f.year) for f in figures_of_text(text, fmt="web", lang="ru")]
    assert got == [("превысить $80 млрд", 2017), ("26,1%", 2017), ("2,2%", 2016), ("$69,52 млрд", 2016),
                   ("7,3%", 2016), ("3,1%", 2016)]
    # in English: last year compared with 2016 is 2017, the page speaks from 2018
    from tradeflows.ingest.page_year import text_year
    assert text_year("Last year, exports rose 12% compared with 2016 to $5 billion.") == 2018
    # a base year named apart from "last year" is no clue to it ("...2024 года. ... прошлого года ...": 2025)
    assert text_year("Exports this year fell 19% against the same period of 2024. Last year the figure was $146.9 "
                     "million.") == 2025


def test_analysts_forecast_of_the_month_is_of_that_month():
    """Rule analysts_forecast: 'Economists had expected a surplus of $1.64 billion' after March's surplus is a forecast
    of March, not a goal for the whole year (dpa-AFX / RTT News via finanznachrichten.de, 2021)."""
    text = ("JAKARTA (dpa-AFX) - Indonesia's trade surplus increased in March, figures from Statistics Indonesia showed.\n"
            "The trade surplus rose to $1.56 billion in March from $715.7 million a year ago. Economists had expected a "
            "surplus of $1.64 billion.\n")
    got = {f.figure: (f.status, f.period_start, f.period_end) for f in figures_of_text(text, fmt="web", pub_year=2021)}
    assert got["$1.64 billion"] == ("target", "2021-03", "2021-03")
    assert got["$1.56 billion"] == ("actual", "2021-03", "2021-03")


def test_balances_in_trade_with_listed_countries():
    """Rule balance_in_trade_with: 'surpluses were recorded in trade with the United States reaching US$2.26 billion'
    are balances, not turnover; frame_for: a frame after a semicolon ('; and deficits were recorded in trade with
    China') is another clause's, so 'the Netherlands US$678 million' keeps the Netherlands (ANTARA, 2018)."""
    text = ("Indonesia reported a surplus of US$1.09 billion in March 2018.\n"
            "He said in March 2018, surpluses were recorded in trade with the United States reaching US$2.26 billion, "
            "India US$2.09 billion and the Netherlands US$678 million; and deficits were recorded in trade with China "
            "US$3.81 billion , Thailand US$1.1 billion and Australia US$602 million.\n")
    got = [(f.figure, f.measure, f.partner) for f in figures_of_text(text, fmt="web", pub_year=2018)][1:]
    assert got == [("US$2.26 billion", "balance", "United States"), ("US$2.09 billion", "balance", "India"),
                   ("US$678 million", "balance", "Netherlands"), ("US$3.81 billion", "balance", "China"),
                   ("US$1.1 billion", "balance", "Thailand"), ("US$602 million", "balance", "Australia")]


def test_the_nine_month_period_and_an_annual_hike():
    """Rule month_period: 'In the nine-month period, exports totaled $123.04 billion' is January-September; 'an annual
    hike of 7 percent' is growth (vocab/en/cues.csv 'hike') (dailysabah.com, 2018)."""
    text = ("Turkey's foreign trade deficit saw an annual fall of 77.1 percent in September, the country's statistical "
            "authority announced yesterday.\n"
            "In the nine-month period, exports totaled $123.04 billion with an annual hike of 7 percent, and imports were "
            "$174.16 billion, up 3.1 percent over the same period.\n")
    got = [(f.figure, f.kind, f.period_start, f.period_end) for f in figures_of_text(text, fmt="web", pub_year=2018)][1:]
    assert got == [("$123.04 billion", "money", "2018-01", "2018-09"), ("7 percent", "growth", "2018-01", "2018-09"),
                   ("$174.16 billion", "money", "2018-01", "2018-09"), ("3.1 percent", "growth", "2018-01", "2018-09")]
    assert times("over a 12-month period") == []
