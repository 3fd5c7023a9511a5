"""Phrasings found in session 39 on the tuned pages of the blind set web24 (English pages of bilateral trade) and on
stored trade news pages, each a rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import figs


def test_the_preceding_financial_year_is_the_year_before():
    """Rule year_before_financial (thetruthinternational.com, data/web24 tuned page al01): in 'In FY20, Pakistan's
    exports to the land-locked neighboring country have dropped to $888 million after nearly a decade, from $1.20 billion
    in the preceding financial year' the base is FY19 (July 2018 - June 2019), as 'the preceding fiscal year' is."""
    text = ("ISLAMABAD: For example, in FY20 (from July 2019 to June 2020), bilateral trade between Pakistan and "
            "Afghanistan has further decreased, falling to around $1 billion. In FY20, Pakistan’s exports to the "
            "land-locked neighboring country have dropped to $888 million after nearly a decade, from $1.20 billion in "
            "the preceding financial year.\n")
    got = {f.figure: (f.measure, f.reporter, f.partner, f.year, f.period_start, f.period_end)
           for f in figs(text, pub_year=2020, lang="en")}
    assert got["$888 million"] == ("exports", "Pakistan", "Afghanistan", 2020, "2019-07", "2020-06")
    assert got["$1.20 billion"] == ("exports", "Pakistan", "Afghanistan", 2019, "2018-07", "2019-06")


def test_last_year_right_after_the_flow_it_dates_sets_the_year():
    """Rule relative_period_flow (caixinglobal.com; data/web24 tuned page al05 'An Absa analysis of South Africa's
    global trade last year showed that R12.2 billion ...'): in 'Machinery products accounted for 52% of China's total
    exports last year' the relative year dates the flow before it and goes on, as a written year does, to the next
    paragraph's 'about 20%' on a page of April 2019: 2018, not the page's year."""
    text = ("Machinery is the biggest catalogue of China’s foreign trade, covering a wide range of products including "
            "mechanical and electronic products. Machinery products accounted for 52% of China’s total exports last year "
            "and 59% of total imports.\n\nThe U.S. is the biggest customer for China’s machinery exports with about 20%, "
            "followed by the European Union, official data showed.\n")
    got = {f.figure: (f.measure, f.partner, f.year, f.period_start, f.period_end)
           for f in figs(text, pub_year=2019, pub_month=4, lang="en")}
    assert got["52%"] == ("exports", "world", 2018, "2018-01", "2018-12")
    assert got["about 20%"] == ("exports", "United States", 2018, "2018-01", "2018-12")
    absa = ("Johannesburg - China's evolution to a hi-tech high-value exporter is reflected in its trade with South Africa. "
            "An Absa analysis of South Africa's global trade last year showed that R12.2 billion worth of electrical and "
            "other machinery and equipment was imported from China.\n\nJacques du Toit, a senior economist at Absa group "
            "economic research, said these categories represented 38.7 percent of total Chinese imports worth R31.5 "
            "billion.\n")
    got = {f.figure: (f.measure, f.reporter, f.partner, f.year) for f in figs(absa, pub_year=2006, pub_month=9, lang="en")}
    assert got["38.7 percent"] == ("imports", "South Africa", "China", 2005)
    assert got["R31.5 billion"] == ("imports", "South Africa", "China", 2005)


POLAND = ("Rzeczpospolita indicates that Polish exports to Ukraine are growing year by year.\n\n"
          "In 2020, it only slightly exceeded 23 billion zlotys, a year later it increased to almost 29 billion zlotys. In "
          "2022, when the full-scale war began, exports had already reached 45.6 billion zlotys, and in 2023 they had grown "
          "to 51.7 billion.\n")


def test_it_opening_a_paragraph_with_adverbs_before_its_verb_goes_on_with_the_flow():
    """Rule anaphor_adverbs (babel.ua, data/web24 tuned page al07): 'In 2020, it only slightly exceeded 23 billion
    zlotys' opening a paragraph after '... Polish exports to Ukraine are growing year by year.' speaks of those
    exports, across the paragraph break, as 'it already reached' does; not a measure left as other."""
    got = {f.figure: (f.measure, f.reporter, f.partner) for f in figs(POLAND, pub_year=2024, pub_month=3, lang="en")}
    assert got["exceeded 23 billion zlotys"] == ("exports", "Poland", "Ukraine")
    assert got["almost 29 billion zlotys"] == ("exports", "Poland", "Ukraine")


def test_a_year_later_is_the_year_after_the_one_before_it():
    """Rules year_later and clause_year_opening (babel.ua, data/web24 tuned page al07): in 'In 2020, it only slightly
    exceeded 23 billion zlotys, a year later it increased to almost 29 billion zlotys' the second amount is of 2021,
    the year after 2020, as 'the following year' is; the first keeps the year that opens its sentence."""
    got = {f.figure: (f.year, f.period_start, f.period_end) for f in figs(POLAND, pub_year=2024, pub_month=3, lang="en")}
    assert got["exceeded 23 billion zlotys"] == (2020, "2020-01", "2020-12")
    assert got["almost 29 billion zlotys"] == (2021, "2021-01", "2021-12")
    assert got["45.6 billion zlotys"] == (2022, "2022-01", "2022-12")


BANGLADESH = ("Dhaka, Bangladesh (BBN)– Bangladesh’s bilateral merchandise trade with China crossed US$10 billion mark in the "
              "fiscal year (FY) 2015-16 with balance heavily tilted to the Asian largest economy.\n"
              "The bilateral trade rose to $10.45 billion in the FY 16 from $9.01 billion a year ago, according to the "
              "official statistics of the state-run Export Promotion Bureau (EPB) and the Bangladesh Bank (BB), the "
              "country’s central bank.\n"
              "As import from China increased hugely in the FY 16, the overall import payments stood at $9.64 billion from "
              "$8.22 billion in the FY15, the BB data showed.\n"
              "Thus, import from China registered more than 17 per cent growth in the last fiscal year which was around "
              "one-fourth of the annual import payments of Bangladesh.\n")


def test_a_regions_demonym_before_a_largest_economy_stands_for_the_country_named():
    """Rule region_anaphor_economy (businessnews-bd.net, data/web24 tuned page al06): 'with balance heavily tilted to
    the Asian largest economy' names China again, as 'the Asian giant' does; the next line's bilateral trade is with
    China, not with Asia."""
    got = {f.figure: (f.measure, f.reporter, f.partner) for f in figs(BANGLADESH, lang="en")}
    assert got["$10.45 billion"] == ("turnover", "Bangladesh", "China")
    assert got["$9.01 billion"] == ("turnover", "Bangladesh", "China")


def test_an_undated_pages_last_fiscal_year_is_the_one_in_force():
    """Rule relative_latest_fiscal (businessnews-bd.net, data/web24 tuned page al06): on an undated page whose
    latest year, FY16 (July 2015 - June 2016), is in force, 'import from China registered more than 17 per cent growth
    in the last fiscal year' looks back to FY16, as an undated page's 'last year' does (rule relative_latest)."""
    got = {f.figure: (f.year, f.period_start, f.period_end) for f in figs(BANGLADESH, lang="en")}
    assert got["more than 17 per cent"] == (2016, "2015-07", "2016-06")
    assert got["around one-fourth"] == (2016, "2015-07", "2016-06")


def test_the_same_as_in_a_year_compares_with_that_year():
    """Rule same_as_base (en.thepage.ua, data/web24 tuned page al08): in '"This figure [$7.36 billion—ed. The Page] is
    almost the same as in 2019: the decrease in mutual trade turnover is only 0.58%' 2019 is what 2020's turnover is
    compared with: the decrease is of 2020, the year in force, and the goal after it ('This is possible in 2-3 years')
    takes no year from 2019."""
    text = ("Poland has overtaken Russia, becoming one of the three largest trade partners of Ukraine in the world. At the "
            "end of 2020, the total trade turnover between the countries amounted to $7.36 billion.\n\n"
            "Quote\"This figure [$7.36 billion—ed. The Page] is almost the same as in 2019: the decrease in mutual trade "
            "turnover is only 0.58%. This shows that we have saved our trade with Poland, despite a difficult \"covid\" "
            "year. Our ambitious goal is to achieve the volume of bilateral trade with Poland at $10 billion. This is "
            "possible in 2-3 years, and I hope that we will be able to do this,\" Baranetsky said.\n")
    got = {f.figure: (f.measure, f.year, f.period_start, f.period_end, f.status) for f in figs(text, pub_year=2021, lang="en")}
    assert got["0.58%"] == ("turnover", 2020, "2020-01", "2020-12", "actual")
    assert got["$10 billion"] == ("turnover", None, None, None, "target")


def test_a_rival_the_titles_country_overtook_is_not_the_pages_counterpart():
    """Rule rival_no_vote (en.thepage.ua, data/web24 tuned page al08): under the title 'Poland has overtaken Russia in
    trade with Ukraine. Top countries by trade turnover' Russia is the rival Poland passed, no counterpart of the page:
    '"This figure [$7.36 billion—ed. The Page] is almost the same as in 2019' is Ukraine's turnover with Poland."""
    text = ("Poland has overtaken Russia, becoming one of the three largest trade partners of Ukraine in the world. At the "
            "end of 2020, the total trade turnover between the countries amounted to $7.36 billion.\n\n"
            "As the Adviser and the Head of the Department for Economic Affairs the Embassy of Ukraine in the Republic of "
            "Poland, Ihor Baranetsky, said in a comment to the agency Ukrinform, Poland has become one position higher, "
            "losing first and second places to China and Germany (less by $48 million), respectively.\n\n"
            "Quote\"This figure [$7.36 billion—ed. The Page] is almost the same as in 2019: the decrease in mutual trade "
            "turnover is only 0.58%.\n")
    got = [(f.figure, f.measure, {f.reporter, f.partner}) for f in figs(text, pub_year=2021, lang="en",
                                                                         title="Poland has overtaken Russia in trade with "
                                                                               "Ukraine. Top countries by trade turnover")]
    assert got[2] == ("$7.36 billion", "turnover", {"Ukraine", "Poland"})   # a turnover's pair, unordered


def test_a_rate_glued_to_the_article_before_it_is_read():
    """Rule glued_article (modernghana.com, data/web24 tuned page al10): in 'Trade volume between China and Ghana as at
    the end of 2015 was $6.604 billion, representing an18.2 per cent increase from the previous year.' the page lost
    the space after 'an'; the rate is a figure, not a token like 'B2B' or 'f2023' (which stay unread)."""
    text = ("Accra, Oct. 13, GNA - Trade volume between China and Ghana as at the end of 2015 was $6.604 billion, "
            "representing an18.2 per cent increase from the previous year.\n")
    got = [(f.figure, f.kind, f.value, f.measure, f.year) for f in figs(text, pub_year=2016, lang="en")]
    assert got == [("$6.604 billion", "money", 6604000000.0, "turnover", 2015),
                   ("18.2 per cent", "growth", 18.2, "turnover", 2015)]
    assert [f.figure for f in figs("Its B2B sales and the f2023 plan grew.\n", pub_year=2016, lang="en")] == []


def test_a_place_that_invested_owns_the_investment():
    """Frame row subject_invested of vocab/en/frames.csv (sme.asia, data/web24 tuned page al04): in 'MITI said in 2016,
    China invested RM4.8 billion in the manufacturing sector compared with RM1.9 billion in 2015' on a Malaysian page
    the investment is China's, not the page's own country's."""
    text = ("Bilateral trade between Malaysia and China increased 4.4 per cent to RM240.91 billion in 2016.\n\n"
            "MITI said in 2016, China invested RM4.8 billion in the manufacturing sector compared with RM1.9 billion in "
            "2015.\n")
    got = {f.figure: (f.measure, f.reporter, f.year) for f in figs(text, pub_year=2017, lang="en")}
    assert got["RM4.8 billion"] == ("investment", "China", 2016)
    assert got["RM1.9 billion"] == ("investment", "China", 2015)


def test_a_pairs_balance_is_the_side_whose_data_the_opening_cites():
    """Rule opening_data_side (Times of Oman via pressreader.com, data/web24 tuned page al12): on an Omani page whose
    opening says 'The trade balance between India and Oman has increased over $50,000 in favour of the Sultanate, data
    from an Indian government website has revealed' the balances and the turnover are India's statistics: India
    reports them, Oman is the counterpart (GUIDELINES: the country whose statistics it is)."""
    text = ("TIMES NEWS SERVICE\n\n"
            "MUSCAT: The trade balance between India and Oman has increased over $50,000 in favour of the Sultanate, data "
            "from an Indian government website has revealed.\n\n"
            "Compared to the previous financial year, the trade balance swelled by $53,698.21 in Oman’s favour. For the "
            "financial year, 2017-2018, the trade balance is $162,202.06, compared to $108,503.85 for 20162017 in Oman’s "
            "favour.\n\n"
            "According to the Indian embassy, bilateral trade between the two countries rose 3.6 per cent from $3.8 "
            "billion in 2015-16 to $4 billion in 2016-17.\n")
    got = [(f.figure, f.measure, f.reporter, f.partner)
           for f in figs(text, pub_year=2018, pub_month=6, lang="en",
                         title="India-Oman trade balance rises by over $50,000 in Sultanate’s favour")]
    assert [g for g in got if g[1] == "balance"] == [
        ("over $50,000", "balance", "India", "Oman"), ("$53,698.21", "balance", "India", "Oman"),
        ("$162,202.06", "balance", "India", "Oman"), ("$108,503.85", "balance", "India", "Oman")]
    assert [g[2:] for g in got if g[1] == "turnover"] == [("India", "Oman")] * 3


def test_an_amount_in_one_sides_favour_is_a_balance():
    """Rows 'in favour of' and 'favour' of vocab/en/measures.csv (Times of Oman via pressreader.com, data/web24 tuned page
    al12): in '... India's exports to Oman include minerals, ... coffee etc. $137,694.93 and for 2015-2016, it had been
    $118,716.50 in the Sultanate's favour' the amount in one side's favour is the balance, not the exports named before
    it; a turnover that a later clause calls tilted in one side's favour stays a turnover."""
    text = ("Oman’s major exports to India are oil, it’s derivatives and fertilisers. India’s exports to Oman include "
            "minerals, machinery, textiles, spices, tea, coffee etc. $137,694.93 and for 2015-2016, it had been "
            "$118,716.50 in the Sultanate’s favour.\n")
    got = {f.figure: (f.measure, f.year) for f in figs(text, pub_year=2018, lang="en")}
    assert got["$118,716.50"] == ("balance", 2016)
    tilted = "Bilateral trade between India and China grew to $90 billion in 2021, heavily tilted in favour of China.\n"
    assert [f.measure for f in figs(tilted, pub_year=2022, lang="en")] == ["turnover"]


def test_years_counted_back_roughly_name_no_year():
    """Rule years_ago_rough (thetruthinternational.com, data/web24 tuned page al01): in '..., in 2015-16, for the first
    time exports from Pakistan to Afghanistan surged to $1.43 billion, from nearly half a billion dollars about six years
    ago' the base's time is counted roughly back from an unsaid year: no one year, not FY16 of the figure before it."""
    text = ("According to the State Bank of Pakistan (SBP) data about two countries bilateral trade, in 2015-16, for the "
            "first time exports from Pakistan to Afghanistan surged to $1.43 billion, from nearly half a billion dollars "
            "about six years ago.\n")
    got = {f.figure: (f.measure, f.year, f.period_start, f.period_end) for f in figs(text, pub_year=2020, lang="en")}
    assert got["$1.43 billion"] == ("exports", 2016, "2015-07", "2016-06")
    assert got["nearly half a billion dollars"] == ("exports", None, None, None)
