"""English phrasings found in session 42 on the tuned pages of data/web27 (commodity trade pages, blind set), each
rule tested on a web27 sentence and on the same phrasing of an older set's tuned page."""
from __future__ import annotations

from phrasing import fields


def test_a_rate_after_a_quantity_in_its_clause_is_physical():
    """Rule physical_change / physical_after_quantity (GUIDELINES, other outlets: physical quantities and their growth
    are not annotated): a percent that follows a quantity of tonnes or bags in its clause, only a few words and the
    change's opener between ('bags, an increase of', 'bags exported (+', 'tonnes or', 'bags, a market share of'), is
    the quantity's rate. Globe Live Media (data/web27 ar10, Brazil coffee), Norway Today (ar02), ugbusiness (ar01);
    latin-american.news (data/web19 ad06: 'tons (23.94%) ... for US$ 1,368 million (-11.56%)', the money's rate
    kept) and JCK (data/web23 aj03: '2.2 million units, up 11.7 percent')."""
    text = ("Of the total volume of grain shipped in 2020, 40.4 million bags were green coffee, representing an "
            "increase of 10.2% compared to 2019.\n"
            "Among the types of green coffee, Arabica continues to lead foreign sales with 35.5 million bags, an "
            "increase of 8.4%, compared to 2019, and a historical mark for this type of bean.\n"
            "They were followed by robusta and soluble coffee, respectively, and both broke records in 2020. Robusta "
            "with 4.9 million bags exported (+24.3%) and soluble with 4.1 million bags sold.\n")
    assert fields(text, "kind", pub_year=2021, lang="en") == []
    text = ("Norway exported 1.6 million tonnes of seafood from fishing worth NOK 26.8 billion in 2017. This is an "
            "increase in value of NOK 628 million or 2.4 per cent, while the volume increased by 170,600 tonnes or "
            "12 per cent from 2016.\n")
    assert [f for f, _ in fields(text, "kind", pub_year=2018, lang="en")] == [
        "NOK 26.8 billion", "NOK 628 million", "2.4 per cent"]
    text = ("The majority of exports, 58.28%, was to the European Union, followed by Sudan with 18% and Morocco with "
            "6.04%. Total exports to African countries were 49,801 bags, a market share of 12.52%.\n")
    assert [f for f, _ in fields(text, "kind", pub_year=2017, lang="en")] == ["58.28%", "18%", "6.04%"]
    text = ("In that month, exports of copper minerals and their concentrates stood out, of which 784,847 tons "
            "(23.94%) were sent for US$ 1,368 million (-11.56%); followed by gold bars, 43 tons (31.95%) for US$ 626 "
            "million (-4.98%).\n")
    assert fields(text, "kind", "value", pub_year=2022, lang="en") == [
        ("US$ 1,368 million", "money", 1368000000.0), ("11.56%", "growth", -11.56),
        ("US$ 626 million", "money", 626000000.0), ("4.98%", "growth", -4.98)]
    text = ("Timepieces costing less than 200 francs export price\u2014increased to 2.2 million units, up 11.7 percent "
            "from 2011.\n")
    assert fields(text, "kind", pub_year=2012, lang="en") == []


def test_a_multiple_after_a_quantity_is_kept():
    """physical_after_quantity reads percents only: the founding set counts the exchange's physical multiples ('501
    thousand cubic meters of sawn timber on the exchange platform, which is 4 times more than in 2022', data/raw
    001_f541c9b7c73f1bbf)."""
    text = ("In 2023, Chinese companies purchased 501 thousand cubic meters of sawn timber on the exchange platform, "
            "which is 4 times more than in 2022.\n")
    assert [f for f, _ in fields(text, "kind", pub_year=2024, lang="en")] == ["4 times more"]


def test_a_rate_to_or_from_a_quantity_is_physical():
    """Rule physical_change / physical_to_quantity: 'increased by 13% from about 64,000 metric tonnes' (Zambian
    Business Times, data/web18 ab12, refined copper); a few words may stand between: 'increased 23.3% in November to
    210,400 mt' (cphibiz.com, a stored page on Peru's metal exports: the revenue's rates stay), 'by 32 percent
    year-on-year to almost 1.7 million units' (The Nation, nation.com.pk, data/web2 x11), 'an increase of 52.72 percent by going up
    from 5716,154 metric tons' (APP, app.com.pk, Pakistan's cement)."""
    text = ("Copper shipments increased 23.3% in November to 210,400 mt from 170,600 mt a year earlier, while the "
            "revenue from the exports rose 24.2% year on year to $923 million and prices were little changed at "
            "$1.99/lb, the bank said.\n"
            "Gold exports rose 10% to 470,000 oz from 427,100 oz a year ago, while the revenue from those shipments "
            "rose 24.3% to $581 million as prices increased 13.8% to $1,236/oz from $1,086/oz, the bank said.\n")
    assert [f for f, _ in fields(text, "kind", pub_year=2013, lang="en")] == [
        "24.2%", "$923 million", "$1.99", "24.3%", "$581 million", "13.8%", "$1,236", "$1,086"]
    text = ("According to the German Association of the Automotive Industry (VDA), the country\u2019s carmakers "
            "increased their H1 exports by 32 percent year-on-year to almost 1.7 million units.\n")
    assert fields(text, "kind", pub_year=2021, lang="en") == []
    text = ("In terms of quantity, the exports of cement witnessed an increase of 52.72 percent by going up from "
            "5716,154 metric tons to 3742,963 metric tons, according to the data.\n")
    assert fields(text, "kind", pub_year=2019, lang="en") == []
    text = ("And exports of copper by volume and the London Metal Exchange \u2013 LME prices for March 2020 and February "
            "2020 indicate that the volume of refined copper exported in March 2020 increased by 13% from about 64,000 "
            "metric tonnes in February 2020 to about 72,000 metric tonnes.\n")
    assert fields(text, "kind", pub_year=2020, lang="en") == []


def test_volume_words_by_a_quantity_make_a_rate_physical():
    """Rule physical_change / physical_volume_words: 'an increase in volume of 7 per cent' after '2.6 million tonnes'
    (Norway Today, data/web27 ar02), 'a volume 9.4% higher' after '44.5 million bags' (Globe Live Media, ar10), 'the
    volume grew by 1.8 percent with 2,153.2 million kilograms' (LatAm Reports, data/web13 f10). The value's rates
    stay; without a quantity near, 'export volumes rose 3.5 per cent' (Statistics Canada's real change, data/web10
    k11) stays too."""
    text = ("Norway exported 2.6 million tonnes of seafood worth NOK 94.5 billion in 2017. This is an increase in "
            "value of 3 per cent, or NOK 3 billion, and an increase in volume of 7 per cent from the record year of "
            "2016.\n")
    assert fields(text, "kind", "value", pub_year=2018, lang="en") == [
        ("NOK 94.5 billion", "money", 94500000000.0), ("3 per cent", "growth", 3.0),
        ("NOK 3 billion", "money", 3000000000.0)]
    text = ("Rio de Janeiro \u2013 Brazil, the world\u2019s leading producer and supplier of coffee, exported 44.5 "
            "million bags (60 kilos) of the bean last year, a volume 9.4% higher than that of 2019 and a record number "
            "for the country, despite the pandemic, business sources reported Monday.\n")
    assert fields(text, "kind", pub_year=2021, lang="en") == []
    text = ("From January to July,$3,783.8 million were exported,equivalent to $224.2 million less (5.6 per cent) over "
            "the same period of 2023. However, the volume grew by 1.8 percent with 2,153.2 million kilograms "
            "accumulated, which means that companies have exported more goods, but at a lower price.\n")
    assert [f for f, _ in fields(text, "kind", pub_year=2024, lang="en")] == [
        "$3,783.8 million", "$224.2 million", "5.6 per cent"]
    text = ("Import volumes increased 2.8 per cent, while prices declined 0.5 per cent. Meanwhile, export volumes rose "
            "3.5 per cent, while prices declined 1.9 per cent.\n")
    assert [f for f, _ in fields(text, "kind", pub_year=2015, lang="en")] == [
        "2.8 per cent", "0.5 per cent", "3.5 per cent", "1.9 per cent"]


def test_an_advance_of_is_a_rise():
    """Rule advance_of (vocab/en/cues.csv, up_of): 'an advance of 8.26% compared to 2019' is a change, not a share
    (expomin.cl, data/web27 ar04, Chilean copper; a Latin American page's 'un avance de')."""
    text = ("In the year, it accumulated shipments for US $36.337 billion, an advance of 8.26% compared to 2019.\n")
    assert fields(text, "kind", "value", pub_year=2021, lang="en") == [
        ("US $36.337 billion", "money", 36337000000.0), ("8.26%", "growth", 8.26)]


def test_a_bare_plunge_before_a_percent_is_a_fall():
    """Rule growth_percent_verb with the bare verb 'plunge' (vocab/en/cues.csv down): a headline's 'Cocoa Export
    Receipts Plunge 47.4% in First Half of 2024' (norvanreports.com, data/web27 ar11) and 'saw its exports plunge
    nearly 30 percent in April' (manufacturing.net, an AP story on German exports) are falls, not shares."""
    text = "Cocoa Export Receipts Plunge 47.4% in First Half of 2024 Amid Sector Challenges\n"
    assert fields(text, "kind", "value", pub_year=2024, lang="en") == [("47.4%", "growth", -47.4)]
    text = ("BERLIN (AP) -- Germany, Europe's largest economy, saw its exports plunge nearly 30 percent in April as the "
            "global economic crisis continued to hurt demand for its products, the Federal Statistical Office "
            "reported Tuesday.\n")
    assert fields(text, "kind", "value", pub_year=2009, lang="en") == [("nearly 30 percent", "growth", -30.0)]


def test_listed_export_markets_and_a_share_of_anothers_exports_are_counterparts():
    """Rules markets_are_list and share_of_owner_counterpart (facts/subject.py): 'The top five export markets, for the
    sector during the last fiscal, are the US, the UK, ...' lists counterparts (no colon), and 'The US accounts for
    over 31 per cent of India's total pharma exports' names the US as a share of India's flow; neither votes the US
    the page's side, so a 'New Delhi:' page on 'the country's' pharma exports is India's (newsdrum.in, data/web27
    ar06)."""
    text = ("New Delhi: The country's drugs and pharmaceuticals exports increased 9.67 per cent year-on-year to USD "
            "27.9 billion in 2023-24, even as the total exports dipped by 3 per cent in the last fiscal.\n"
            "According to the commerce ministry data, pharma exports in March grew by 12.73 per cent to USD 2.8 "
            "billion.\n"
            "The top five export markets, for the sector during the last fiscal, are the US, the UK, the Netherlands, "
            "the United Kingdom, South Africa and Brazil.\n"
            "The US accounts for over 31 per cent of India's total pharma exports, followed by the UK and Netherlands "
            "(about 3 per cent each).\n"
            "An industry expert said that increasing market opportunities and healthy demand in countries like the US "
            "are helping exports to record healthy growth rates month after month.\n")
    got = fields(text, "reporter", pub_year=2024, lang="en")
    assert got[:4] == [("9.67 per cent", "India"), ("USD 27.9 billion", "India"), ("3 per cent", "India"),
                       ("12.73 per cent", "India")]
