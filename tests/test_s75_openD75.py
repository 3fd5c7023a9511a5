"""Session 75 (openD75): amounts and partners of English pages (web37, web19; studied on two thirds of their tuned
pages, the first third by SHA-256 of the file name set aside unread).

- money_implied_abbreviation: a bare two-letter scale abbreviation ("-1.1 bn") counts only after a currency sign or
  before a currency word; right after an amount that wrote the same abbreviation with its currency ("2.5 bn euro"),
  up to three sentences back (a line-wrapped text splits a sentence in pieces), it is that amount's scale and the
  amount borrows its currency (figures/extract.py, _abbreviation_carried; figures/ranges.py range_and_scale).

Each firing test quotes the page named above it and fails without its rule.
"""
from tradeflows.pipeline import figures_of_text


def _figs(text: str, year: int | None, month: int | None = None) -> list:
    return figures_of_text(text, "page", "web", pub_year=year, pub_month=month)


def _money(text: str, year: int | None) -> dict:
    """figure -> (value, currency, rule) of the money figures."""
    return {f.figure: (f.value, f.currency, f.rule) for f in _figs(text, year) if f.kind == "money"}


# -- money_implied_abbreviation ---------------------------------------------------------------------------------------
# http://europe.123jump.com//economy-story/Euro-Area-Trade-Surplus-in-February/27341/ (Eurostat's release, 2008)
JUMP = ("The first estimate for the euro area1 (EA15) trade balance with the rest of the world in February 2008 gave a "
        "0.8 bn euro surplus, compared with -1.6 bn in February 2007. The January 20082 balance was -11.0 bn, compared "
        "with -7.3 bn in January 2007.")


def test_implied_abbreviation_123jump():
    got = _money(JUMP, 2008)
    assert got == {"0.8 bn euro": (800000000.0, "EUR", "money_word_after"),
                   "1.6 bn": (1600000000.0, "EUR", "money_implied_abbreviation"),
                   "11.0 bn": (11000000000.0, "EUR", "money_implied_abbreviation"),
                   "7.3 bn": (7300000000.0, "EUR", "money_implied_abbreviation")}


# the same page: the bracketed amounts of a partner's balance
JUMP_PARTNERS = ("The EU27 trade surplus fell with the USA (+4.5 bn euro in January 2008 compared with +5.1 bn in "
                 "January 2007) but rose with Switzerland (+1.5 bn compared with +1.2 bn).")


def test_implied_abbreviation_brackets_123jump():
    got = _money(JUMP_PARTNERS, 2008)
    assert got == {"4.5 bn euro": (4500000000.0, "EUR", "money_word_after"),
                   "5.1 bn": (5100000000.0, "EUR", "money_implied_abbreviation"),
                   "1.5 bn": (1500000000.0, "EUR", "money_implied_abbreviation"),
                   "1.2 bn": (1200000000.0, "EUR", "money_implied_abbreviation")}


# web37's studied page bl03 (pdfind.com, Eurostat's release of 16 February 2007): a line-wrapped text, the amount
# before stands two sentence pieces back
BL03 = ("The first estimate for December 2006 extra-EU251 trade was a deficit of 7.3 bn euro, compared with -9.6 bn in\n"
        "December 2005. In November 20062, the balance was -10.5 bn, compared with -14.8 bn in November 2005.")


def test_implied_abbreviation_wrapped_bl03():
    got = _money(BL03, 2007)
    assert got["10.5 bn"] == (10500000000.0, "EUR", "money_implied_abbreviation")
    assert got["14.8 bn"] == (14800000000.0, "EUR", "money_implied_abbreviation")


# CONSTRUCTED (no page found with the phrasing): the amount before wrote "billion", not the abbreviation: "bn" alone
# stays no scale word
def test_abbreviation_not_written_before():
    got = _money("Exports reached 2.5 billion euros in 2006. The rest, 1.1 bn, went to the region.", 2007)
    assert "1.1 bn" not in got


# CONSTRUCTED: an abbreviation with no money amount before it stays no scale word
def test_abbreviation_no_amount_before():
    got = _money("The page has 1.1 bn readers in 2006.", 2007)
    assert got == {}


# -- year_period_carried ------------------------------------------------------------------------------------------------
# https://newiaj.iaj-online.com/jamaicas-trade-deficit-with-caricom-widens-to-us350-million (the CMC story of web19's
# studied page ad02, its second sentence longer): "in 2018 ... above the similar 2017 period" keeps January to October
# for the sentences after it (an undated page, as ad02's sources.csv row: "last year" is read from the text alone)
IAJ = ("KINGSTON, Jamaica (CMC) – Jamaica’s trade deficit with the Caribbean Community (CARICOM) increased to US$351.2 "
       "million during the period January to October last year, according to the figures released by the Statistical "
       "Institute of Jamaica (Statin).\n"
       "In its International Merchandise Trade (IMT) Statistical Bulletin, Statin said that the 2018 figure is up from "
       "the US$276.3 million recorded for the similar period in 2017.\n"
       "Statin said total imports were valued at US$414.1 million in 2018, 20.7 per cent above the similar 2017 period, "
       "due mainly to increases in the commodity groups, namely, mineral fuels, etcetera (US$226.1 million), chemicals "
       "(US$21.9 million) and food (US$117.6 million).\n"
       "It said total exports to Caricom decreased by 5.9 per cent to US$62.9 million when compared to the US$66.8 "
       "million recorded in 2017.\n"
       "Earnings from domestic exports amounted to US$53.6 million, down from US$57.6 million in the 2017 period. Lower "
       "exports of food (US$26.4 million) and manufactured goods (US$2.0 million) contributed to the decrease.\n")


def test_year_period_carried_iaj():
    got = {f.figure: (f.period_start, f.period_end) for f in _figs(IAJ, None)}
    assert got["US$414.1 million"] == ("2018-01", "2018-10")
    assert got["5.9 per cent"] == ("2018-01", "2018-10")
    assert got["US$62.9 million"] == ("2018-01", "2018-10")
    assert got["US$66.8 million"] == ("2017-01", "2017-10")
    assert got["US$53.6 million"] == ("2018-01", "2018-10")
    assert got["US$57.6 million"] == ("2017-01", "2017-10")
    assert got["US$26.4 million"] == ("2018-01", "2018-10")


def test_year_period_carried_named():
    rules = {f.figure: f.fact_rules for f in _figs(IAJ, None)}
    assert "year_period_carried" in rules["US$26.4 million"]


# CONSTRUCTED (searched "pages" for "the similar 2017 period" stories: only this one's copies): no year called a
# period, the whole year stays the period in force
def test_year_without_period_word_stays_whole():
    text = ("Exports rose to US$351.2 million during the period January to October last year. Imports were valued at "
            "US$414.1 million in 2018. Exports of food reached US$26.4 million.")
    got = {f.figure: (f.period_start, f.period_end) for f in _figs(text, 2019, 1)}
    assert got["US$414.1 million"] == ("2018-01", "2018-12")


# -- growth_list_announced ----------------------------------------------------------------------------------------------
# CONSTRUCTED from web19's studied page ad06 (latin-american.news, Peru's exports in October 2022; searched "pages" for
# "those that showed an increase ... These were:" on other pages, none found): a list announced as the ones that rose
ANNOUNCED = ("Idexcam maintained that, among the 10 main destinations, five were those that showed an increase compared "
             "to October 2021. These were: the United States with US$ 799 million (7.38%); Canada, US$283 million "
             "(5.44%); and Ecuador, US$ 122 million (46.44%).")


def test_list_announced_growth():
    got = {f.figure: (f.kind, f.value, f.rule) for f in _figs(ANNOUNCED, 2022, 11) if f.figure.endswith("%")}
    assert got == {"7.38%": ("growth", 7.38, "growth_list_announced"),
                   "5.44%": ("growth", 5.44, "growth_list_announced"),
                   "46.44%": ("growth", 46.44, "growth_list_announced")}


def test_list_announced_fall():
    text = ANNOUNCED.replace("showed an increase", "registered a decline")
    got = {f.figure: (f.kind, f.value) for f in _figs(text, 2022, 11) if f.figure.endswith("%")}
    assert got["7.38%"] == ("growth", -7.38)


# CONSTRUCTED: the bracketed percents of a list no change announces stay shares
def test_list_not_announced_share():
    text = ("The main destinations were these: the United States with US$ 799 million (27.38%); Canada, US$283 million "
            "(5.44%).")
    got = {f.figure: f.kind for f in _figs(text, 2022, 11) if f.figure.endswith("%")}
    assert got == {"27.38%": "share", "5.44%": "share"}


# -- vocabulary rows ----------------------------------------------------------------------------------------------------
# web37's studied page bl01 (thecitizen.co.tz, 2019; "pages" searched for other pages writing "Southern Africa
# Development Community", none found): the bloc's name as papers often misspell it pairs with its amount under
# "respectively" (places.csv row "Southern Africa Development Community")
BL01 = ("Total EAC exports decreased by 4.7 per cent, to $14.0 billion, in 2018 from $14.7 billion in 2017 - of which "
        "intra-EAC share of total exports stood at 22 per cent. Exports to the Southern Africa Development Community "
        "(Sadc) and the European Union (EU) in 2018 amounted to $1.9 billion and $2.5 billion respectively.")


def test_sadc_misspelt_bl01():
    got = {f.figure: (f.partner, f.fact_rules.split("partner:")[1].split(";")[0]) for f in _figs(BL01, 2019)}
    assert got["$1.9 billion"] == ("SADC", "respectively")
    assert got["$2.5 billion"] == ("European Union", "respectively")


# web37's studied page bl06 (asiasociety.org, 2023; "pages" searched for "billion invested in 2019", none found): money
# "invested" in a year, the participle between the amount and its year (period_gap.csv row invested, role spent)
BL06 = ("Additionally, China's investments in ASEAN surged in 2022 to $15.4 billion, up markedly from the $9 billion "
        "invested in 2019 prior to the pandemic.")


def test_invested_year_bl06():
    got = {f.figure: (f.year, f.period_start, f.period_end) for f in _figs(BL06, None)}
    assert got["$9 billion"] == (2019, "2019-01", "2019-12")
    assert got["$15.4 billion"] == (2022, "2022-01", "2022-12")


# web37's studied page bl03 (pdfind.com, Eurostat's release of 2007): the EU's code of 2004-2006 (places.csv row EU25)
def test_eu25_bl03():
    text = "The EU25 recorded a deficit of 172.6 bn euro in 2006, compared with -111.8 bn in 2005."
    got = {f.figure: f.reporter for f in _figs(text, 2007)}
    assert got == {"172.6 bn euro": "European Union", "111.8 bn": "European Union"}


# -- pair_subject_each --------------------------------------------------------------------------------------------------
# web19's studied page ad09 (marhabalebanon.com, Lebanon's exports in 2020; "pages" searched for "reached $N million for
# each country" on other pages, none found): the pair that opens the sentence, "for each country" after the figure
AD09 = ("Lebanon's exports of industrial and agricultural goods reached $3 billion in 2020. The top export destination of "
        "industrial and agricultural goods is Saudi Arabia with $56 million. Syria and the United Arab Emirates come "
        "second in terms of real exports which reached $34 million for each country. Exports to Syria mainly consist of "
        "vegetables.")


def test_pair_subject_each_ad09():
    got = {f.figure: (f.partner, f.fact_rules.split("partner:")[1].split(";")[0]) for f in _figs(AD09, 2021)}
    assert got["$34 million"] == ("Syria and the United Arab Emirates", "pair_subject_each")
    assert got["$56 million"][0] == "Saudi Arabia"


# CONSTRUCTED: no "each" after the figure, the pair is no one item
def test_pair_subject_no_each():
    text = AD09.replace(" for each country", "")
    got = {f.figure: f.fact_rules for f in _figs(text, 2021)}
    assert "pair_subject_each" not in got["$34 million"]


# -- possessive over a hyphenated word -----------------------------------------------------------------------------------
# https://gulfnews.com/business/uaes-non-oil-foreign-trade-crosses-dh1-trillion-in-first-half-of-2022-1.90060967: "the
# UAE's non-oil foreign trade": the owner's possessive, a hyphenated word before the flow (facts/reporters.py
# POSSESSIVE); on web19's studied page ad04 the possessive wins over the ruler's city before it ("The Dubai ruler also
# projected an increase in the UAE's non-oil foreign trade to 2.5 trillion dirhams")
GULFNEWS = ("Dubai: For the first time in UAE’s history, the country’s non-oil foreign trade has crossed the Dh1 trillion "
            "mark in the first half of a year.\n\n"
            "The UAE’s non-oil foreign trade in the first quarter of 2022 was close to Dh500 billion for the first time in "
            "the country's history, totalling Dh499.7 billion, a growth of 20.5 per cent compared to Dh414.6 billion "
            "recorded in the same period of 2021, according to the Federal Competitiveness and Statistics Centre.\n")


def test_possessive_hyphenated_gulfnews():
    got = {f.figure: (f.reporter, f.fact_rules.split("reporter:")[1].split(";")[0]) for f in _figs(GULFNEWS, 2022, 8)}
    assert got["Dh499.7 billion"] == ("UAE", "possessive")


def test_possessive_hyphenated_ad04():
    text = ("The Dubai ruler also projected an increase in the UAE's non-oil foreign trade to 2.5 trillion dirhams, "
            "stating: \"Our non-oil foreign trade will exceed 2.5 trillion this year.\"")
    got = {f.figure: f.reporter for f in _figs(text, 2023, 7)}
    assert got["2.5 trillion dirhams"] == "UAE"


# -- hard-wrapped web pages (text/clean.py _hard_wrapped) ---------------------------------------------------------------
# web37's studied page bl03 (pdfind.com, Eurostat's release of 16 February 2007): a PDF's text pasted as a web page,
# its lines wrapped at 109 characters (over the old bound of 100), most stopping on a word that wants more before a
# capital ("... compared with -9.6 bn in" / "December 2005."): its lines are joined as a PDF's (rule wrapped_wants_more)
BL03_WRAPPED = 'The first estimate for the euro area (EA12)1 trade balance with the rest of the world in December 2006 gave a 2.5\nbn euro surplus compared with -1.1 bn in December 2005. The November 20062 balance was +5.1 bn, compared\nwith -2.1 bn in November 2005. In December 2006 compared with November 2006, exports, seasonally adjusted,\nrose by 3.3% and imports by 6.7%.\nThe first estimate for December 2006 extra-EU251 trade was a deficit of 7.3 bn euro, compared with -9.6 bn in\nDecember 2005. In November 20062, the balance was -10.5 bn, compared with -14.8 bn in November 2005. In\nDecember 2006 compared with November 2006, exports, seasonally adjusted, rose by 2.3% and imports by 2.7%.\nDuring 2006, euro area trade recorded a deficit of 8.2 bn euro, compared to a surplus of 16.2 bn in 2005. The\nEU25 recorded a deficit of 172.6 bn in 2006, compared with -111.8 bn in 2005.\n'


def test_wrapped_wants_more_bl03():
    figs = _figs(BL03_WRAPPED, 2007, 2)
    got = {f.figure: (f.period_start, f.period_end, f.measure) for f in figs}
    assert got["9.6 bn"] == ("2005-12", "2005-12", "balance")
    assert got["3.3%"][2] == "exports"


# data/web42's tuned page bv08 (sundaytimes.lk, 2006-08-13): a page wrapped at some 65 characters, now joined (the open-ended
# lines counted against the full-width lines); the years pair of a sentence that names its own part of the year is of
# that part's months, not of the month in force before it (rule years_pair_in_part)
BV08 = 'Export earnings up in June\nExport earnings in June 2006 grew significantly\nby 22.9 percent to $632 million, reaching the highest ever value\nrecorded in a single month, the Central Bank said last week.\nIn a statement on monthly data, the Bank said\nindustrial exports, the largest contributor for this growth, increased\nby 24.8 percent in June 2006 reflecting a robust performance in\ntextiles and garments, food and beverages and petroleum products.\nAgricultural exports continued to grow with higher\nperformance of tea and rubber.\nCumulative exports in the first half of 2006 grew\nby 8.8 percent from $2,906 million in 2005 to $3,162 million this\nyear.\nImports grew by 15.3 percent to $940 million in\nJune 2006 reflecting the increases in intermediate and investment\ngoods, which grew by 10.5 per cent and 38 per cent, respectively.\n'


def test_years_pair_own_part_bv08():
    got = {f.figure: (f.period_start, f.period_end, f.fact_rules.split("year:")[1].split(";")[0])
           for f in _figs(BV08, 2006, 8)}
    assert got["8.8 percent"][:2] == ("2006-01", "2006-06")
    assert got["$2,906 million"][:2] == ("2005-01", "2005-06")
    assert got["$3,162 million"] == ("2006-01", "2006-06", "years_pair_in_part")


# data/web12's tuned page h11 (spotlightnepal.com, 2021-04-17): a part of a fiscal year, no year written, is no part of
# the sentence's own; the years pair keeps the fiscal months in force (July to March)
H11 = ("Nepal's trade deficit has widened by 1.6 percent in the first eight months of the current fiscal year.\n\n"
       "Trade deficit in the first eight months of the previous fiscal year was Rs. 849.33 billion while it is Rs. 863.2 "
       "billion this year.\n")


def test_years_pair_fiscal_part_h11():
    got = {f.figure: (f.period_start, f.period_end) for f in _figs(H11, 2021, 4)}
    assert got["Rs. 863.2 billion"] == ("2020-07", "2021-03")
