"""English phrasings the first-round helpers of session 41 saw on stored pages and left (ranked lists, comparison
places, a bilateral page's own totals, fiscal-year spans), each a rule tested on real sentences."""
from __future__ import annotations

from phrasing import fields

SEENEWS = ("Egypt-African Countries Trade Exchange Rises by 23 % in 2018\n"
           "The value of exports to Africa rose to $4.7 billion in 2018, compared to $3.7 billion in 2017, up by 26.9 "
           "percent, CAPMAS added .\n"
           "Algeria topped the list of African countries importing from Egypt, with Egyptian exports worth $977.2 million, "
           "followed by Libya with total exports of $632.6 million, Morocco with $ 499.3 million, Tunisia with $496.6 "
           "million, Sudan with $396.6 million, while Guinea-Bissau came last with $0.1 million.\n")


def test_a_ranked_list_of_importers_names_the_counterparts_of_the_page_country():
    """Rules ranked_list_counterpart (facts/reporters_list.py) and list_field (facts/partners_sentence.py) (seenews.com):
    in 'Algeria topped the list of African countries importing from Egypt, with Egyptian exports worth $977.2 million,
    followed by Libya ..., Morocco with $ 499.3 million, Tunisia with $496.6 million' every amount is Egypt's exports
    to the country ranked with it: Algeria, the place that topped the list, not the list's field (African countries),
    and the bare items 'Morocco with $...' are ranked counterparts, not reporters of their own exports."""
    got = fields(SEENEWS, "measure", "reporter", "partner", pub_year=2019, lang="en")
    assert got[4:] == [("$977.2 million", "exports", "Egypt", "Algeria"), ("$632.6 million", "exports", "Egypt", "Libya"),
                       ("$ 499.3 million", "exports", "Egypt", "Morocco"), ("$496.6 million", "exports", "Egypt", "Tunisia"),
                       ("$396.6 million", "exports", "Egypt", "Sudan"), ("$0.1 million", "exports", "Egypt", "Guinea-Bissau")]


def test_two_way_trade_with_all_countries_is_the_world():
    """Rule all_countries (facts/world.py; pakistantoday.com.pk, AFP on Australia's trade): 'two-way trade with all
    countries' is Australia's trade with the world, not with Asia carried from the sentence before ('our key Asian
    markets'), nor with Japan named after the figure."""
    text = ("Australia’s export volumes grew 5.3 percent but their value fell 10.6 percent to $254.2 billion due to a "
            "“sharp drop in prices in the first half of 2009-10 as demand from our key Asian markets softened,” the "
            "office said.\n"
            "The value of two-way trade with all countries fell 8.7 percent to $512.2 billion in 2009-10. Japan was "
            "Australia’s second-largest trading partner, accounting for 11.5 percent of total trade worth $58.9 billion.\n")
    got = fields(text, "measure", "reporter", "partner", pub_year=2010, lang="en")
    assert got[3:5] == [("8.7 percent", "turnover", "Australia", "world"), ("$512.2 billion", "turnover", "Australia", "world")]


def test_the_period_of_two_years_one_apart_is_a_fiscal_year():
    """Rule period_years_to (facts/periods_grammar.py; thenigeriandiplomat.com, India's High Commissioner on trade with
    Nigeria): 'during the period 2016 to 2017 as against ... during the period 2015 to 2016' names India's fiscal years
    2016-17 and 2015-16 (April to March), of the years they end in, not the calendar years 2016 and 2015."""
    text = ("Nigeria And India Bilateral Trade Value Reaches $9.4 Billion In 2017\n"
            "India's imports, however, declined significantly by 23 percent to 7.65 billion dollars during the period 2016 "
            "to 2017 as against 9.94 billion dollars registered during the period 2015 to 2016 due to the fall in crude "
            "oil prices in the international market.\n")
    got = fields(text, "measure", "reporter", "year", "period_start", "period_end", pub_year=2018, lang="en")
    assert got[1:] == [("23 percent", "imports", "India", 2017, "2016-04", "2017-03"),
                       ("7.65 billion dollars", "imports", "India", 2017, "2016-04", "2017-03"),
                       ("9.94 billion dollars", "imports", "India", 2016, "2015-04", "2016-03")]


def test_places_an_amount_is_compared_with_are_no_counterparts():
    """Rule comparison_participle (facts/partners_sentence.py, later_clause; andina.pe on Peru's trade with China): in
    'the export value reached US$470 million, considerably exceeding exports to countries like Mexico, Argentina or
    Australia' the places after the participle are those the amount is measured against, not its counterpart."""
    text = ("As for non-traditional exports, Peru experienced a 3.6% decline last year. Nevertheless, the export value "
            "reached US$470 million, considerably exceeding exports to countries like Mexico, Argentina or Australia.\n")
    got = fields(text, "measure", "reporter", "partner", pub_year=2019, lang="en")
    assert got[1] == ("US$470 million", "exports", "Peru", "world")


def test_both_ways_after_a_pair_sentence_on_one_way_are_the_reporters_totals():
    """Rule one_way_then_both (facts/partners_carried.py, in pair_continued; intellinews.com on Hungary's trade): after
    'Hungary's imports from China rose by more than a fifth', the next paragraph 'Exports last year increased by 3.9% to
    €108.9bn ... and imports climbed 4.8% to €104.1bn ... The country's trade surplus ... came to €4.85bn' gives both
    ways of Hungary's trade with no place: its totals with the world, not its trade with China."""
    text = ("China became Hungary's second largest import partner before pandemic struck\n\n"
            "Hungary's imports from China rose by more than a fifth in forint terms in 2019, making China Hungary's "
            "second-biggest import partner, according to figures from the Central Statistics Office (KSH) on August 18.\n\n"
            "Exports last year increased by 3.9% to €108.9bn to an all-time high and imports climbed 4.8% to €104.1bn, "
            "which is also the highest level on record. The country’s trade surplus for the full year came to €4.85bn, "
            "narrowing by €665mn from 2018 and down €3.2bn from its peak of €8bn in 2017.\n")
    got = fields(text, "measure", "reporter", "partner", pub_year=2020, lang="en")
    assert got[0] == ("more than a fifth", "imports", "Hungary", "China")
    assert got[1:6] == [("3.9%", "exports", "Hungary", "world"), ("€108.9bn", "exports", "Hungary", "world"),
                        ("4.8%", "imports", "Hungary", "world"), ("€104.1bn", "imports", "Hungary", "world"),
                        ("€4.85bn", "balance", "Hungary", "world")]


def test_the_government_that_commissioned_the_source_is_no_counterpart():
    """Rule source_government (facts/partners_candidates.py; tradeworldnews.com, the same report cited on
    kenyanwallstreet.com): in 'This figure is lower than the 2021 peak of $4.22 billion, according to the 'Overview of
    Kenya's Trade Landscape, 2023' report commissioned by the UK government' the UK commissioned the source; the peak is
    of Kenya's trade with China, the sentence before's counterpart."""
    text = ("Kenya imported goods and services worth $3.481 billion from China in 2023, making it the country's largest "
            "trading partner. This figure is lower than the 2021 peak of $4.22 billion, according to the 'Overview of "
            "Kenya's Trade Landscape, 2023' report commissioned by the UK government.\n")
    got = fields(text, "reporter", "partner", "year", pub_year=2024, lang="en")
    assert got == [("$3.481 billion", "Kenya", "China", 2023), ("$4.22 billion", "Kenya", "China", 2021)]


def test_the_country_a_market_is_for_reports_the_bracketed_amount():
    """Rule market_for (facts/reporters_apposition.py; today.az citing Uzbekistan's statistics agency): in 'In second
    place is Russia with USD 5.27 billion, while it remains the largest export market for Uzbekistan (USD 1.63
    billion)' Uzbekistan exports USD 1.63 billion to Russia; on this page opened on Kyrgyzstan's trade with Uzbekistan
    the amount was read as Kyrgyzstan's exports to Uzbekistan."""
    text = (
            'In January-July of this year, the volume of foreign trade turnover between Kyrgyzstan and Uzbekistan reached USD 623.2 million, according to data of the Agency on Statistics under the President of the Republic of Uzbekistan, Azernews reports, citing Kabar.\n'
            '\n'
            'Export from Kyrgyzstan to Uzbekistan amounted to USD 159.5 million, Import from Uzbekistan to the Kyrgyz Republic - at the level of USD 463.7 million.\n'
            '\n'
            'Kyrgyzstan and Uzbekistan intend to increase the volume of mutual trade up to USD 2 billion. This was emphasized at the recent Kyrgyz-Uzbek intergovernmental commission in Cholpon-Ata.\n'
            '\n'
            'In January-July, the volume of foreign trade of Uzbekistan reached USD 34.97 billion. It should be noted that the proceeds from the supply of gold in July increased significantly - up to USD 5.63 billion.\n'
            '\n'
            'The largest volume of foreign trade turnover was recorded with China, trade with which amounted to USD 6.89 billion or 19.7% of the total foreign trade turnover. In particular, Chinese imports accounted for USD 5.36 billion.\n'
            '\n'
            'In second place is Russia with USD 5.27 billion, while it remains the largest export market for Uzbekistan (USD 1.63 billion).\n'
    )
    got = fields(text, "measure", "reporter", "partner", pub_year=2024, lang="en")
    assert got[-1] == ("USD 1.63 billion", "exports", "Uzbekistan", "Russia")


def test_the_first_ten_partners_are_a_ranked_group():
    """Rule top_group, branch first_group (facts/world.py; intellinews.com on Hungary's trade): 'The first ten
    represented 70% of all imports', after 'The first ten import partners were the same as in 2018', is Hungary's
    imports from that ranked group, as top_group reads 'the top 10 countries', not its imports from the world."""
    text = ("China became Hungary's second largest import partner before pandemic struck\n\n"
            "With a 6.1% share in Hungary's total import, China became the second behind Germany, traditionally "
            "Hungary's biggest foreign trade partner with a 25.3% share in imports last year.\n\n"
            "The first ten import partners were the same as in 2018, and all but two - China and Russia - were EU "
            "members. The first ten represented 70% of all imports.\n")
    assert fields(text, "measure", "reporter", "partner", pub_year=2020, lang="en")[-1] == (
        "70%", "imports", "Hungary", "first ten")
