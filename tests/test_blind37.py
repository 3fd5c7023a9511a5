"""Phrasings found in session 37 on stored trade news pages (outlets no development set holds), each a rule or
a vocabulary row, tested on its sentence and, where one was found, on another text's.
"""
from __future__ import annotations

from phrasing import reporters, year_spans


def test_a_dated_base_then_its_value_with_only_a_space_or_of_between():
    """Rule bare_base_value: 'a 20.95 percent increase from the figure in Q4, 2017 N1.798 trillion' and 'growth of
    20.02 percent over Q4, 2017 of N3.910 trillion' (today.ng, Nigeria Q1 2018): the amount right after a dated
    base is that base's value, not of the quarter the sentence reports."""
    text = ("Nigeria's external trade rises to N7.211 trillion\n\n"
            "The report explained that trade balance in Q1, 2018 was a surplus of N2.175 trillion, which is a 20.95 "
            "percent increase from the figure in Q4, 2017 N1.798 trillion and a 221.08 percent increase from the "
            "figure of N677.42 billion recorded in Q1, 2017.\n\n"
            "Total export value amounted to N 4.693 trillion in Q1, 2018, representing a significant growth of 20.02 "
            "percent over Q4, 2017 of N3.910 trillion and 56.01 percent over Q1, 2017 figure of N3.008 trillion.")
    got = year_spans(text, pub_year=2018, pub_month=5)
    assert got["N1.798 trillion"] == (2017, "2017-10", "2017-12", "base_value")
    assert got["N3.910 trillion"] == (2017, "2017-10", "2017-12", "base_value")
    assert got["N2.175 trillion"][:3] == (2018, "2018-01", "2018-03")
    assert got["N 4.693 trillion"][:3] == (2018, "2018-01", "2018-03")
    assert got["N3.008 trillion"][:3] == (2017, "2017-01", "2017-03")


def test_a_base_then_at_its_value():
    """Rule base_value ("at"): 'compared to the amount recorded in Q3 2022 at N5,934.15 billion and Q4 2021 at
    N5,766.62 billion, respectively' (Vanguard, Nigeria Q4 2022; rifnote.com writes the same): each value after
    'at' is its base's; after 'than' ('14.8 percent more exports than last year at $34.06 billion', a
    Vietnamese page of web6) the amount is the figure's own level."""
    text = ("Nigeria's total trade for Q4 2022 stood at N11,722bn – NBS\n\n"
            "It said total exports increased in Q4 2022 by 7.17 per cent and 10.28 per cent when compared to the "
            "amount recorded in Q3 2022 at N5,934.15 billion and Q4 2021 at N5,766.62 billion, respectively.\n\n"
            "The report, however, said total imports declined by 15.46 per cent in Q4 2022 compared to the value "
            "recorded in Q3 2022 at N6,343.53 billion.")
    got = year_spans(text, pub_year=2023, pub_month=3)
    assert got["N5,934.15 billion"] == (2022, "2022-07", "2022-09", "base_value")
    assert got["N5,766.62 billion"][:3] == (2021, "2021-10", "2021-12")
    assert got["N6,343.53 billion"] == (2022, "2022-07", "2022-09", "base_value")
    assert got["15.46 per cent"][:3] == (2022, "2022-10", "2022-12")
    text = ("Nigeria’s total trade for Q4 2022 stood at N11.722 billion: NBS\n\n"
            "It said total exports increased in Q4 2022 by 7.17 per cent and 10.28 per cent compared to the amount "
            "recorded in Q3 2022 at N5.934 billion and Q4 2021 at N5.766 billion, respectively.")
    assert year_spans(text, pub_year=2023)["N5.934 billion"] == (2022, "2022-07", "2022-09", "base_value")
    text = ("In the first quarter of 2022, Vietnam's exports rose 12.9 percent. March alone saw 14.8 percent more "
            "exports than last year at $34.06 billion and 14.6 percent more imports at $32.67 billion.")
    year, _, _, rule = year_spans(text, pub_year=2022)["$34.06 billion"]
    assert (year, rule) == (2022, "paragraph_period")


def test_a_change_on_an_earlier_quarter_of_the_year_in_force():
    """Rule growth_after_base_value, and compared_amount_time with a letter sign: in 'total imports stood at N5.93
    trillion, 10.1% increase compared to N5.38 trillion recorded in Q3 2020, while total export rose by 6.72% from
    N2.99 trillion to N3.19 trillion' after 'the fourth quarter (Q4) of 2020' (Hallmark News, Nigeria), the change
    and the level reached are of the fourth quarter in force, later in the base's own year, not of the third
    quarter a year on; only N5.38 trillion is of Q3 2020."""
    text = ("Nigeria’s foreign trade rises to N9.12tn in Q4 2020\n\n"
            "Nigeria’s total foreign trade for the fourth quarter (Q4) of 2020 rose to N9.12 trillion, representing "
            "an increase of 8.88% compared to N8.38 trillion recorded in the previous quarter.\n\n"
            "The report said total imports stood at N5.93 trillion, 10.1% increase compared to N5.38 trillion "
            "recorded in Q3 2020, while total export rose by 6.72% from N2.99 trillion to N3.19 trillion.")
    got = year_spans(text, pub_year=2021, pub_month=2)
    # (with the naira value's base flagged, rule letter_sign_base_value of session 38, after_base decides the same)
    assert got["10.1%"][:3] == (2020, "2020-10", "2020-12")
    assert got["10.1%"][3] in ("growth_after_base_value", "after_base")
    assert got["6.72%"][:3] == (2020, "2020-10", "2020-12")
    assert got["6.72%"][3] in ("growth_after_base_value", "after_base")
    assert got["N5.38 trillion"][:3] == (2020, "2020-07", "2020-09")
    assert got["N3.19 trillion"][:3] == (2020, "2020-10", "2020-12")
    assert got["N5.93 trillion"][:3] == (2020, "2020-10", "2020-12")


def test_transnistria_is_a_region_of_moldova_that_reports_its_own_trade():
    """Vocabulary rows (vocab/en and vocab/ru places.csv): Transnistria, 'Приднестровье', 'Приднестровская
    Молдавская Республика', 'ПМР' and the stem 'приднестровск-' name a region of Moldova (MDA) whose customs report
    its own trade; before them the Russian pages' reporter was the Russia their partners named (dnestr.tv; bne's
    'Transnistria's exports go mainly to Romania'; point.md of ruweb11's tuned part)."""
    text = ("Внешнеторговый оборот Приднестровской Молдавской Республики за одиннадцать месяцев 2019 года составил "
            "немногим более 1 млрд. 692 млн. долларов США. По сравнению с аналогичным периодом 2018 года "
            "внешнеторговый оборот снизился на 3,1%. При этом импорт товаров в Приднестровье сократился на 0,4%, а "
            "экспорт из ПМР – на 8%.")
    assert reporters(text, 2019, "ru") == [
        ("более 1 млрд. 692 млн. долларов США", "Transnistria", "MDA", "world"),
        ("3,1%", "Transnistria", "MDA", "world"), ("0,4%", "Transnistria", "MDA", "world"),
        ("8%", "Transnistria", "MDA", "world")]
    text = ("Within the EU, Transnistria's exports go mainly to Romania ($29.8mn, or 16.3% of the total) and Poland "
            "($22mn, or 12% of the total).")
    assert reporters(text, 2019, "en") == [
        ("$29.8mn", "Transnistria", "MDA", "Romania"), ("16.3%", "Transnistria", "MDA", "Romania"),
        ("$22mn", "Transnistria", "MDA", "Poland"), ("12%", "Transnistria", "MDA", "Poland")]


def test_a_belarusian_region_by_its_colloquial_name():
    """Vocabulary rows: 'Витебщина', 'Гомельщина', 'Брестчина' ... (and Russian 'Брянщина', 'Белгородчина',
    'Приамурье') are the regions Russian news also writes as '... область': 'внешнеторговый оборот Витебщины с
    Российской Федерацией' is the Vitebsk Region's trade with Russia (nspaper.by, ruweb11's tuned part)."""
    text = ("Около 6 млрд. долларов составил в прошлом году внешнеторговый оборот Витебщины с Российской Федерацией, "
            "по сравнению с 2011-м он увеличился почти на 22%.")
    assert reporters(text, 2013, "ru") == [("Около 6 млрд. долларов", "Vitebsk Region", "BLR", "Russia"),
                                            ("почти на 22%", "Vitebsk Region", "BLR", "Russia")]
    from tradeflows.facts.places import find_places
    from tradeflows.vocab import using_language
    with using_language("ru"):
        assert [(p.name, p.iso3) for p in find_places("экспорт Гомельщины и Брянщины, импорт Приамурья")] == [
            ("Gomel Region", "BLR"), ("Bryansk Oblast", "RUS"), ("Amur Oblast", "RUS")]


def test_the_same_period_of_a_fiscal_year_named_by_fy():
    """Rule same_period: 'the US $ 2.84 billion earned in the same month of the FY 2015' and 'US $ 22.92 billion
    achieved in the same period of the FY 2015' (Apparel Resources, Bangladesh): the fiscal year's name between
    'of' and the year keeps the base a same period of that year, so the amounts are of May 2015 and of the fiscal
    months July 2014 - May 2015, not of the page's fiscal year; '$313,695M in the same period of FY2025' reads so
    too."""
    from phrasing import times
    assert times("$364,357M vs. $313,695M in the same period of FY2025") == [
        ("same period of FY2025", "same_period", 2025, 1, 12)]
    text = ("Riding high on apparel exports, Bangladesh registered an 8.95 per cent increase in export earnings, "
            "raking in US $ 30.66 billion in the July-May period of the current fiscal year 2015-2016 as compared to "
            "the corresponding period of the previous fiscal year.\n"
            "As per the provincial data released by the Export Promotion Bureau (EPB), export earnings in May stood "
            "at US $ 3.02 billion, which is 6.50 per cent higher than the US $ 2.84 billion earned in the same month "
            "of the FY 2015. The EPB data further underlines that earnings from the RMG exports in the 11 months of "
            "FY 2016 amounted to US $ 25.08 billion, which is about 9.47 per cent higher than the US $ 22.92 billion "
            "achieved in the same period of the FY 2015.")
    got = year_spans(text)
    assert got["US $ 2.84 billion"] == (2015, "2015-05", "2015-05", "base_value")
    assert got["US $ 22.92 billion"] == (2015, "2014-07", "2015-05", "base_value")
    assert got["US $ 3.02 billion"][:3] == (2016, "2016-05", "2016-05")


def test_an_also_read_link_is_no_part_of_the_story():
    """Boilerplate row 'also read': 'Also Read – Textile and garment exports from Pakistan drop', a link to another
    story between two paragraphs (Apparel Resources), is dropped with its places: the Bangladeshi figures after
    it keep Bangladesh as reporter and the world as partner, not Pakistan and Bangladesh."""
    text = ("Riding high on apparel exports, Bangladesh registered an 8.95 per cent increase in export earnings, "
            "raking in US $ 30.66 billion in the July-May period of the current fiscal year 2015-2016.\n"
            "Export earnings from the woven sector in the July- May period stood at US $ 13.16 billion, marking a "
            "growth of 12 per cent increase.\n"
            "Also Read – Textile and garment exports from Pakistan drop\n"
            "As per the provincial data released by the Export Promotion Bureau (EPB), export earnings in May stood "
            "at US $ 3.02 billion.")
    assert reporters(text, 2016, "en") == [
        ("8.95 per cent", "Bangladesh", "BGD", "world"), ("US $ 30.66 billion", "Bangladesh", "BGD", "world"),
        ("US $ 13.16 billion", "Bangladesh", "BGD", "world"), ("12 per cent", "Bangladesh", "BGD", "world"),
        ("US $ 3.02 billion", "Bangladesh", "BGD", "world")]


def test_a_sign_and_scale_word_before_the_number():
    """Rule money_sign_scale_before: 'reported as US$ million 11,411.23', 'US$ Mn 19,514.78', 'US$ Million -7522.85'
    (Embassy of Sri Lanka; a statistics table's column head written into prose) are amounts in dollars, scaled and
    signed (a balance's value its magnitude, rule balance_magnitude); 'compared to 2016 with US$ million 10,217.28 export value' is 2016's value (rule bare_base_value). Rule
    role_counterpart: 'The USA was the largest buyer of Sri Lankan products' names the USA as a counterpart and Sri
    Lanka (after 'buyer of') as the side whose exports they are; the page is Sri Lanka's."""
    from phrasing import figs
    text = ("The total value of exports in 2017 was reported as US$ million 11,411.23 which was a 11.69 percent "
            "increase compared to 2016 with US$ million 10,217.28 export value. The total value of exports has been "
            "fluctuating during the last three years and recorded the highest value in 2017. The USA was the largest "
            "buyer of Sri Lankan products in 2017, which had a share of 25.5 percent of total export value followed by "
            "UK, India, Germany and Italy.\n\n"
            "Balance of Trade in Sri Lanka has recorded an average of US$ Million -7522.85 in the period from 2008 to "
            "2017, which reached to a low value of US$ Million -9,912.54 in 2017.")
    got = [(f.figure, f.value, f.currency, f.reporter, f.year) for f in figs(text, pub_year=2018) if f.kind == "money"]
    assert got == [("US$ million 11,411.23", 11411230000.0, "USD", "Sri Lanka", 2017),
                   ("US$ million 10,217.28", 10217280000.0, "USD", "Sri Lanka", 2016),
                   ("US$ Million -7522.85", 7522850000.0, "USD", "Sri Lanka", 2017),
                   ("US$ Million -9,912.54", 9912540000.0, "USD", "Sri Lanka", 2017)]
    assert [f.rule for f in figs("Imports were US$ Mn 19,514.78 in 2016.")] == ["money_sign_scale_before"]
    # a scale word already after the number leaves no reading
    assert [f.figure for f in figs("exports of US$ million 5 billion")] == []


def test_bracketed_rates_of_a_list_whose_change_verb_comes_after():
    """Rule growth_bracket_list_verb: 'Exports of biotech and health products (8.5 percent), rechargeable batteries
    (2.7 percent), and agricultural and fishery foods (4.4 percent) also increased' (BusinessKorea, South Korea
    2019): each bracketed percent is that item's growth, signed by the verb after the list; they were shares."""
    from phrasing import figs
    text = ("By item, semiconductors, which account for a large share of Korea’s exports, dropped 25.9 percent from "
            "2018. Exports of biotech and health products (8.5 percent), rechargeable batteries (2.7 percent), and "
            "agricultural and fishery foods (4.4 percent) also increased.")
    assert [(f.figure, f.kind, f.value, f.rule) for f in figs(text, pub_year=2020)][1:] == [
        ("8.5 percent", "growth", 8.5, "growth_bracket_list_verb"),
        ("2.7 percent", "growth", 2.7, "growth_bracket_list_verb"),
        ("4.4 percent", "growth", 4.4, "growth_bracket_list_verb")]


def test_russian_one_flow_exceeding_the_other_by_an_amount_is_the_balance():
    """Vocabulary rows (vocab/ru/measures.csv): 'Импорт товаров в Украину ... превысил экспорт на $2 млрд' (LB.ua,
    May 2013) and 'объем импорта превысил экспортные поставки на $1,56 млрд' (LB.ua, September 2013; ruweb11's
    tuned part) give the balance, as English 'imports exceeded exports by'; they were read as exports."""
    from phrasing import ru_fields
    text = ("Импорт товаров в Украину превысил экспорт на $2 млрд\n\n"
            "Импорт товаров в Украину за три месяца текущего года превысил экспорт на $2 млрд, сообщили сегодня в "
            "Государственной службе статистики. Импорт товаров в Украину в 2012 году превысил экспорт на "
            "$15,848 млрд.")
    assert [(f[0], f[2], f[3], f[5]) for f in ru_fields(text, pub_year=2013)] == [
        ("$2 млрд", "balance", "Ukraine", 2013), ("$2 млрд", "balance", "Ukraine", 2013),
        ("$15,848 млрд", "balance", "Ukraine", 2012)]
    text = ("Дефицит торгового баланса Украины в июле стал рекордным в этом году. По предварительным данным "
            "Государственной службы статистики, объем импорта превысил экспортные поставки на $1,56 млрд.")
    assert [(f[0], f[2]) for f in ru_fields(text, pub_year=2013)] == [("$1,56 млрд", "balance")]


def test_russian_base_then_a_relative_clause_with_its_value():
    """Russian rows of cue base_when: 'почти в три раза больше аналогичного показателя 2015 года, который составил
    $255 млн' (newsmir.info, Ukraine; ruweb11's tuned part): the base's value in a 'который составил' clause is of
    the base's months of 2015, not of January-February 2016 (rule base_value)."""
    from phrasing import ru_fields
    text = ("Отрицательное сальдо внешней торговли Украины товарами в январе-феврале 2016 года составило $731 млн, что "
            "почти в три раза больше аналогичного показателя 2015 года, который составил $255 млн.")
    assert [(f[0], f[5], f[6], f[7]) for f in ru_fields(text, pub_year=2016)] == [
        ("$731 млн", 2016, "2016-01", "2016-02"), ("почти в три раза больше", 2016, "2016-01", "2016-02"),
        ("$255 млн", 2015, "2015-01", "2015-02")]


def test_a_flow_in_the_same_period_of_last_year_as_its_subject():
    """Rule year_before_open: 'Imports in the same period of last year amounted to US$17.3 billion' (qazaqtv.com,
    Kazakhstan January-June 2020): a flow noun, then the same period a year before as the sentence's own time, is
    of the months in force a year earlier (January-June 2019), though no comparison word introduces it."""
    text = ("Kazakh Trade and Integration Minister advocates increase in foreign trade turnover\n\n"
            "“From January to June in 2020, foreign trade turnover amounted to US$42.5 billion. Compared to the same "
            "period last year, it decreased by US$3.4 billion or 7.4 percent. The country’s exports in the first half "
            "of 2020 declined by 9.1 percent to US$26 billion. Compared to 2019, imports fell by 4.6 percent to "
            "US$16.5 billion. Imports in the same period of last year amounted to US$17.3 billion,” Sultanov "
            "concluded.")
    got = year_spans(text, pub_year=2020, pub_month=8)
    assert got["US$17.3 billion"] == (2019, "2019-01", "2019-06", "year_before_open")
    assert got["US$16.5 billion"][:3] == (2020, "2020-01", "2020-06")


def test_a_level_reached_from_an_amount_of_last_year():
    """Rule base_value_relative: 'Malaysian exports decreased to RM63.6 billion from RM63.9 billion last year' (New
    Straits Times, a page of 2015): 'last year' right after the amount a change started from dates that amount
    (2014), a base; the level reached and the figures after it keep the page's year, not 2014."""
    text = ("KUALA LUMPUR: Malaysian exports decreased to RM63.6 billion from RM63.9 billion last year, coming in "
            "below market expectations.\n\n"
            "The International Trade and Industry Ministry said while exports remained high at RM63.6 billion, total "
            "imports were lower by 5.3 per cent to RM54.59 billion.")
    from phrasing import figs
    assert [(f.figure, f.year) for f in figs(text, pub_year=2015)] == [
        ("RM63.6 billion", 2015), ("RM63.9 billion", 2014), ("RM63.6 billion", 2015), ("5.3 per cent", 2015),
        ("RM54.59 billion", 2015)]


def test_a_bracketed_also_read_link_is_dropped_too():
    """Boilerplate row 'also read' with an opening bracket: '(Also read: Colombia is losing valuable opportunities to
    export exotic fruits)' between two paragraphs of a Colombian export report (Urban Hero Magazine) is dropped, so the
    paragraph after it goes on with the exports before it ('As for the Manufacturing group, they were 831.4 million
    dollars')."""
    from tradeflows.vocab.boilerplate import boilerplate
    drop, _ = boilerplate()
    assert drop.fullmatch("(Also read: Colombia is losing valuable opportunities to export exotic fruits)")
    assert drop.fullmatch("Also Read – Textile and garment exports from Pakistan drop")
    assert not drop.fullmatch("Exports also read higher in March, at $5 billion.")


def test_a_balance_printed_with_a_minus_is_its_magnitude_a_change_keeps_the_sign():
    """Rule balance_magnitude: GUIDELINES 'Balances and deficits: value is the magnitude': 'the deficit was $-50.8bn'
    and 'Balance of Trade ... an average of US$ Million -7522.85' (Embassy of Sri Lanka) are 50.8 billion and 7,522.85
    million with the minus kept in the figure's text, as 23 balances of the gold sets with a printed minus are; 'The
    balance moved by -€13 billion' is a difference, signed as written (issue 8)."""
    from phrasing import figs
    got = [(f.figure, f.value, f.measure) for f in figs("The balance moved by -€13 billion, and the deficit was $-50.8bn "
                                                          "in 2020.", pub_year=2020)]
    assert got == [("-€13 billion", -13e9, "balance"), ("$-50.8bn", 50.8e9, "balance")]
    f = figs("Balance of Trade in Sri Lanka has recorded an average of US$ Million -7522.85 in the period from 2008 "
             "to 2017.", pub_year=2018)[0]
    assert (f.value, f.fact_rules.split(";")[-1]) == (7522850000.0, "value:balance_magnitude")


def test_a_market_of_the_reporter_that_buys_is_the_reporters_exports():
    """Rule foreign_buyer: 'The U.S. remained the biggest market for Cambodia, importing $4.23 billion worth of
    products, ..., followed by Vietnam which imported $1.42 billion of Cambodian products' (web22's tuned Cambodian
    page) and 'Ivory Coast was the largest recipient of Nigerian goods, importing N662.71 billion' (a Nigerian page a
    helper probed): another country's buying, named as the reporter's market, is the reporter's exports; 'Russia was
    the main source of imports with USD 58.85 billion' (web8's tuned gercekne page) stays imports."""
    from phrasing import figs
    text = ("Cambodia exports rise\n\nThe U.S. remained the biggest market for Cambodia, importing $4.23 billion worth "
            "of products, a year-on-year decline of 8.9 percent, followed by Vietnam which imported $1.42 billion of "
            "Cambodian products, up 21.7 percent.")
    assert [(f.figure, f.measure, f.partner) for f in figs(text, pub_year=2023)] == [
        ("$4.23 billion", "exports", "United States"), ("8.9 percent", "exports", "United States"),
        ("$1.42 billion", "exports", "Vietnam"), ("21.7 percent", "exports", "Vietnam")]
    text = ("Nigeria trade\n\nIvory Coast was the largest recipient of Nigerian goods, importing N662.71 billion worth "
            "of products in the quarter.")
    assert [(f.measure, f.reporter) for f in figs(text, pub_year=2023)] == [("exports", "Nigeria")]
    text = ("Germany was the main destination of Turkey's exports in 2022 with USD 21.14 billion, while Russia was the "
            "main source of imports with USD 58.85 billion.")
    assert [f.measure for f in figs(text, pub_year=2023)] == ["exports", "imports"]


def test_the_belt_and_road_countries_are_a_group_counterpart():
    """Vocabulary rows (places.csv, bloc): 'Trade with countries participating in the Belt and Road Initiative totaled
    3.49 trillion yuan, up 9 percent year on year' (China Plus, China January-May 2019; ajupress.com in web21 writes
    the same) has the initiative's countries as partner, not the world."""
    from phrasing import figs
    text = ("China's foreign trade up 4.1% in the first five months\n\n"
            "Trade with countries participating in the Belt and Road Initiative totaled 3.49 trillion yuan, up 9 percent "
            "year on year, 4.9 percentage points higher than the overall pace, the GAC said.")
    got = [(f.figure, f.partner, f.partner_iso3) for f in figs(text, pub_year=2019)][1:3]
    assert got == [("3.49 trillion yuan", "Belt and Road Initiative countries", None),
                   ("9 percent", "Belt and Road Initiative countries", None)]


def test_a_place_opening_the_next_item_of_a_list_is_that_items():
    """Rule next_item_after: in 'followed by the ASEAN, up 9.4 percent to 1.63 trillion yuan, and the United States,
    down 9.6 percent to 1.42 trillion yuan' (China Plus, China January-May 2019) the amount reached is ASEAN's, not
    the United States', which opens the next item with its own change."""
    from phrasing import figs
    text = ("China's foreign trade up 4.1% in the first five months\n\n"
            "The European Union was China's largest trading partner in the period, with bilateral trade volume up 11.7 "
            "percent from one year earlier to 1.9 trillion yuan, followed by the ASEAN, up 9.4 percent to 1.63 trillion "
            "yuan, and the United States, down 9.6 percent to 1.42 trillion yuan.")
    got = [(f.figure, f.partner) for f in figs(text, pub_year=2019)][1:]
    assert got == [("11.7 percent", "European Union"), ("1.9 trillion yuan", "European Union"),
                   ("9.4 percent", "ASEAN"), ("1.63 trillion yuan", "ASEAN"), ("9.6 percent", "United States"),
                   ("1.42 trillion yuan", "United States")]
