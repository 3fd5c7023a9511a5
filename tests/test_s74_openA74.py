"""Session 74 (openA74): English outlets of Southeast Asia, East Asia, Oceania, Latin America and the Caribbean on their
own countries' trade (web64, session 73's blind set, opened now) and web29; studied on two thirds of their tuned pages,
the first third by SHA-256 of the file name set aside unread.

- published_weekday (ingest/dates.py _byline_date, row byline_weekday): "Published:Wednesday | January 11, 2012 | 1:43 AM"
  under the site's banner "Fri | Sep 22, 2017" dates the page by the byline, the weekday between label and date.

Each firing test quotes the page named above it (or says CONSTRUCTED and what was searched) and fails without its rule.
"""
import pytest

from devdocs import DevSet
from tradeflows.ingest.dates import publication_date
from tradeflows.pipeline import figures_of_text


WEB29 = DevSet("web29")


def _all(text: str, pub_year: int | None = None, title: str | None = None) -> list:
    return figures_of_text(text, "page", "web", pub_year=pub_year, title=title)


def _figs(text: str, pub_year: int | None = None, title: str | None = None) -> dict:
    return {f.figure: f for f in _all(text, pub_year, title)}


# -- published_weekday -------------------------------------------------------------------------------------------------
# http://jamaica-gleaner.com/article/letters/20190914/gleaner-nations-newspaper (the `search` tool, corpus pages,
# "Gleaner Published:Monday |"); data/web64 dn06 (the same outlet) is a studied page
def test_published_weekday():
    head = ("Fri | Sep 18, 2020\n\nThe Gleaner is the nation’s newspaper\n\nPublished:Saturday | September 14, 2019 | "
            "12:08 AM\n\n\nHappy 185th anniversary to the nation’s newspaper. The Gleaner is a respected household name.")
    assert publication_date(head) == ("2019-09-14", "text:byline")


def test_published_weekday_comma():
    # CONSTRUCTED (the same byline with a comma after the weekday, as "Published: Wednesday, January 11, 2012")
    head = "Fri | Sep 22, 2017\n\nJamaica’s trade deficit widens\n\nPublished: Wednesday, January 11, 2012\n\nNew data."
    assert publication_date(head) == ("2012-01-11", "text:byline")


# -- importation (rows of vocab/en/measures.csv) ------------------------------------------------------------------------
# data/web64 dn01 (panaynews.net), a studied page; the `search` tool (corpus pages, "importation of cereals percent PSA")
# found "the importation of agricultural commodities like wheat, corn, and rice has helped ease inflation"
# (bworldonline.com/phl-is-top-destination-for-wheat-soybean), with no figure
def test_importation_is_imports():
    figs = _figs("This comes as exports during the month fell by 1.7 percent to a total value of $5.28 billion.\n\nGrowth was recorded "
                 "in the importation of cereals and cereal preparations (82.5 percent); transport equipment (33.6 percent).",
                 2019)
    assert figs["82.5 percent"].measure == "imports"
    assert figs["33.6 percent"].measure == "imports"


# -- half year (rows half year, half-year of vocab/en/periods.csv) -----------------------------------------------------
# data/web64 dn04 (kaieteurnewsonline.com, 2023-09-27), a studied page; CONSTRUCTED variants were not needed. The
# `search` tool (corpus pages, "half year performance export receipts") found only this page
def test_half_year_bare():
    figs = _figs("With respect to its review of the economy’s half year performance, Central Bank was keen to note that "
                 "export receipts grew by 39.2 percent or US$1.7 billion, bringing the total to US$6.1 billion.", 2023)
    f = figs["US$6.1 billion"]
    assert (f.measure, f.year, f.period_start, f.period_end) == ("exports", 2023, "2023-01", "2023-06")


# -- span_average (facts/period_relative.py, row past_span_average) ----------------------------------------------------
# data/web64 dn09 (guardian.co.tt, a statement of Trinidad and Tobago's trade ministry), a studied page; the `search`
# tool (corpus pages, "over the past five years exports averaged billion annually") found no other page with the phrasing
def test_span_average():
    figs = _figs("“For the past three years, T&T’s average annual exports to the US were valued at TT$22.3 billion while "
                 "imports averaged TT$14 billion.", 2023)
    for fig in ("TT$22.3 billion", "TT$14 billion"):
        f = figs[fig]
        assert (f.year, f.period_start, f.period_end) == (None, None, None)
        assert "year:span_average" in f.fact_rules


def test_past_span_not_average():
    # CONSTRUCTED: a level over the span with no average stays the span's last year (rule past_span)
    figs = _figs("Exports rose to TT$22.3 billion in the past three years.", 2023)
    assert "year:past_span" in figs["TT$22.3 billion"].fact_rules


# data/web48 ch06 (bdnews24, a tuned page of another set, which the bare row first misread as January-June): a half
# year after "past" is a run of six months (rule half_year_run, row period_half_run_before)
def test_half_year_run():
    text = ("A report of the Export Promotion Bureau shows the country exported goods worth $18,243 million during "
            "July-April of the current 2010-11 fiscal.\n\n'With high cost of raw materials raising the price of finished "
            "garments, shipment in terms of value increased sharply in the past half year,' he told New Age.\n\n"
            "The EPB report says knitwear sector earned $7.13 billion, which is a 45.89 percent rise from the same period "
            "in the previous year.")
    f = _figs(text, 2011)["$7.13 billion"]
    assert (f.period_start, f.period_end) != ("2010-07", "2010-12")
    assert f.period_end == "2011-04"


# -- rolling_aside (facts/period_monthly.py rolling_head, facts/period_fallback.py) ------------------------------------
# data/web64 dn05 (miningnews.net), a studied page; the `search` tool (corpus pages, "Australia monthly trade surplus
# September three months to seasonally adjusted") found ABS reports that go back to the month after a quarter's sum
# (jamesfostermacro.blogspot.com/2025/11/australias-trade-surplus-rebounds-in.html: "On a quarterly basis, the goods
# surplus increased to $11.4bn ... To the monthly figures and exports rose at pace in September"), each naming the month
_DN05 = ("AUSTRALIA posted its largest monthly trade surplus in 11 years in September, increasing to $A1.46 billion.\n\n"
         "The sum of the seasonally adjusted balances for the three months to September 2008 was a surplus of $2.15 "
         "billion, a turnaround of $3.2 billion on the deficit of $1.09 billion for the three months to June 2008.\n\n"
         "The value of exports rose by 8% to $26.5 billion and imports jumped 7% to $25 billion.")


def test_rolling_aside():
    figs = _figs(_DN05, 2008)
    f = figs["$26.5 billion"]
    assert (f.year, f.period_start, f.period_end) == (2008, "2008-09", "2008-09")
    assert "year:rolling_aside" in f.fact_rules
    assert (figs["$2.15 billion"].period_start, figs["$2.15 billion"].period_end) == ("2008-07", "2008-09")


def test_year_to_date_not_rolling():
    # CONSTRUCTED: a span from January is the year to date, carried on as before (rule section_period)
    text = _DN05.replace("three months to September 2008", "January to September 2008")
    f = _figs(text, 2008)["$26.5 billion"]
    assert "year:rolling_aside" not in f.fact_rules


# -- or_amount_comparative with above/below (row kinds_or_amount) ------------------------------------------------------
# data/web64 dn04 (kaieteurnewsonline.com), a studied page; the `search` tool (corpus pages, "per cent or million above the
# level exports earnings Central Bank") found no other page with the phrasing
def test_or_amount_above():
    figs = _figs("With respect to sugar export earnings, Central Bank said this amounted to US$6.8 million, 6.1 percent "
                 "or US$0.4 million above the level at the end of June 2022.", 2023)
    f = figs["6.1 percent"]
    assert (f.kind, f.value) == ("growth", 6.1)


# -- annualised_rate (facts/period_choice.py _written_year, row growth_annualised_before) -------------------------------
# data/web64 dn09 (guardian.co.tt quoting the Observatory of Economic Complexity), a studied page; the `search` tool
# (corpus pages, "exports increased at an annualized rate of from 2017 to 2022 OEC") found no other page with it
def test_annualised_rate():
    figs = _figs("“Over the past five years, the exports of T&T to the United States have increased at an annualised rate "
                 "of 7.13 per cent, from US$3.48 billion in 2017 to US$4.91 billion in 2022.", 2023)
    f = figs["7.13 per cent"]
    assert (f.year, f.period_start, f.period_end) == (2022, None, None)
    assert "year:annualised_rate" in f.fact_rules
    assert figs["US$4.91 billion"].period_start == "2022-01"


def test_one_year_change_not_annualised():
    # CONSTRUCTED: a change of one year with its base's year stays that year's
    f = _figs("Exports rose 7.1 per cent in 2022, from US$3.48 billion in 2021.", 2023)["7.1 per cent"]
    assert (f.period_start, f.period_end) == ("2022-01", "2022-12")


# -- base_level_from (row base_level_before) ---------------------------------------------------------------------------
# data/web64 dn06 (jamaica-gleaner.com, January 2012), a studied page; the `search` tool (corpus pages, "more than the
# deficit recorded January to trade deficit widened billion") found no other page with the phrasing
def test_base_level_from_months():
    text = ("According to the Jamaica Information Service (JIS), from January to August last year, Jamaica spent more on "
            "imports than it earned through exports.\n\nThis is a difference of US$3.2 billion or almost US$1 billion more "
            "than the deficit which was recorded from January to August, 2010.")
    f = _figs(text, 2012)["almost US$1 billion"]
    assert (f.year, f.period_start, f.period_end) == (2011, "2011-01", "2011-08")


# -- multiple_of_flow (figures/multiples.py, row multiple_flows_compared) ----------------------------------------------
# data/web64 dn06 (jamaica-gleaner.com), a studied page; the `search` tool (corpus pages, "times more on imports than it
# earned through exports") found only this page
def test_multiple_of_flow():
    figs = _figs("According to the Jamaica Information Service (JIS), from January to August last year, Jamaica spent "
                 "three times more on imports than it earned through exports.", 2012)
    assert "three times more" not in figs


def test_multiple_change_kept():
    # CONSTRUCTED: a multiple of change with no second flow after "than" stays a change
    figs = _figs("Exports to China grew three times more than in 2021.", 2023)
    assert figs["three times more"].kind == "growth"


# -- quote_opened (facts/period_choice.py, row period_choice_quote_opened) ---------------------------------------------
# data/web29 av10 (dunya.com.pk, no date), a studied page; the `search` tool (corpus pages, 'said, "Current trade volume
# between the two countries is $ billion"') found quotes of the present after the verb ('"The current trade volume between
# Iran and Iraq is $13 billion ...," he said', ilna.news) but none with a year before the verb
_AV10 = ("Reiterating that Turkey and the Netherlands celebrated the 400th anniversary of their diplomatic relations in "
         "2012, Erdogan said, \"Current trade volume between Turkey and the Netherlands is $7 billion.")


def test_quote_opened():
    f = _figs(_AV10)["$7 billion"]
    assert (f.period_start, f.period_end) == (None, None)
    assert "year:explicit" not in f.fact_rules and "+quote_opened" in f.fact_rules


def test_quote_opened_past_keeps_year():
    # CONSTRUCTED: a quote in the past tense keeps the year before the verb
    f = _figs(_AV10.replace("Current trade volume between Turkey and the Netherlands is", "Trade reached"))["$7 billion"]
    assert (f.year, f.period_start) == (2012, "2012-01")


# -- tied_first_named (figures/currencies.py, RESOLVE_SIEVE) -----------------------------------------------------------
# https://www.weeklyvoice.com/trudeau-speaks-with-australia-pm/ (the `search` tool, corpus pages, "Canada Australia two-way
# trade worth $ billion high commissioner bilateral"): Canada and Australia named as often, each with its own dollar
_WEEKLYVOICE = ("Trudeau Speaks With Australia PM\n\n\nOTTAWA: Prime Minister Justin Trudeau spoke with the Prime Minister "
                "of Australia, Scott Morrison on July 22.\n\nThe two leaders discussed the health, social, and economic "
                "impacts of COVID-19, and the need to safely restart economies while protecting the health of all "
                "citizens.\n\nPrime Minister Trudeau and Prime Minister Morrison looked forward to continuing to deepen "
                "the Canada–Australia relationship, and to working closely together to advance economic prosperity and "
                "strengthen international peace and security.\n\nCanada’s commercial relationship with Australia is "
                "strong and diversified. In 2018, two-way trade between Canada and Australia remained stable at $4.1 "
                "billion.\n\nCanadian exports were valued at $2.0 billion and composed of value-added products such as "
                "machinery, aircraft and parts.")


def test_tied_first_named_sentence():
    f = _figs(_WEEKLYVOICE, 2020)["$4.1 billion"]
    assert (f.currency, f.rule) == ("CAD", "money_symbol_before:tied_first_named")


# -- weekday_bracket (ingest/dates.py, row weekday_bracket_date) -------------------------------------------------------
# data/web43 bx01 (wapresri.go.id, 2022-10-11), a tuned page of another set whose date was none; the `search` tool
# (corpus pages, "Indonesia exports trade balance surplus said on Monday (15/") found no other page with the form
def test_weekday_bracket():
    head = ("Jakarta, wapresri.go.id – Vice President K.H. Ma’ruf Amin received the Ambassador of the United States (US) "
            "to Indonesia Sung Kim at the Vice Presidential Palace, Jl. Merdeka Selatan No.6, Jakarta, Tuesday "
            "(11/10/2022).\n\nStarting the meeting, the Vice President expressed his appreciation.")
    assert publication_date(head) == ("2022-10-11", "text:weekday_bracket")


# -- month_first_ru (a row wordy_date of vocab/ru/patterns.csv) --------------------------------------------------------
# data/ruweb44 cw09 (etfunds.ru, 2015-08-05), a tuned page of another set whose date was none; the `search` tool (corpus
# pages, "etfunds дефицит торговли Автор swens Июль 2015") found no other page with the form
def test_month_first_ru():
    head = ("Skip to main content\n\nДефицит торговли США вырос выше ожиданий в июне\n\nАвгуст 5, 2015 Автор: swens\n\n"
            "Дефицит торгового баланса США вырос на 7,1% с учетом сезонных колебаний до 43,8 млрд долларов.")
    assert publication_date(head, lang="ru")[0] == "2015-08-05"


# -- dateline_site (a row dateline of vocab/en/patterns.csv) -----------------------------------------------------------
# data/web49 cj09 (abc.az, 2022-09-30), a tuned page of another set whose date was none; the `search` tool was not asked
# (the form is the outlet's own: "<month> <day>, Fineko/abc.az.")
def test_dateline_site():
    head = ("Turkey has increased exports to Russia\n\n\nSeptember 30, Fineko/abc.az. In August 2022, Turkey sent goods for "
            "$949 million to Russia.\n\nABC.AZ reports that this is 2.1-fold more than in August 2021 ($451 million).")
    assert publication_date(head) == ("2022-09-30", "text:dateline")


# -- known misses ----------------------------------------------------------------------------------------------------
# data/web29 av06 (diplomatonline.com), a studied page: the other country of a pair, exporting in the next sentence, sells
# to the first; the partner carried is the reporter itself and falls to the world (rule own_total)
@pytest.mark.xfail(strict=True, reason="mirror flow of a pair: partner read as the world")
def test_pair_mirror_partner():
    f = WEB29.at("av06", 11, "$303 million")
    assert (f.reporter, f.partner) == ("Canada", "New Zealand")


# data/web29 av11 (mkarimu), a studied page: a country's name glued to the next word ("Tanzaniain") is not read
@pytest.mark.xfail(strict=True, reason="a place glued to the word after it")
def test_glued_place():
    text = "For example, Kenya only exported goods worth Kshs 11.2 billion to Tanzaniain the first five months ."
    assert _figs(text, 2019)["Kshs 11.2 billion"].partner == "Tanzania"


# data/web4 z02 (katadata.co.id, no date in sources.csv), a tuned page of another set, quoting Antara: the rule dates
# the page 2023-10-16, and "last month" then reads September 2023
def test_weekday_bracket_second_page():
    head = ("The Central Statistics Agency (BPS) reported that Indonesia's trade balance in September 2023 recorded a "
            "surplus of US$3.42 billion, up 9.6% month-on-month (mom).\n\"Thus, the trade balance has recorded a surplus "
            "for 41 consecutive months since May 2020,\" said the Acting Head of BPS, Amalia Adininggar Widyasanti, as "
            "reported by Antara on Monday (16/10/2023).\n")
    assert publication_date(head) == ("2023-10-16", "text:weekday_bracket")


# data/web26 ap05 (sharecast, UK ONS figures), a tuned page of another set the first rolling_aside misread: a sentence
# naming "the quarter" goes on with the three months carried
def test_rolling_aside_not_on_a_quarter_sentence():
    text = ("The UK's deficit on trade in goods and services increased to £1.6bn in June compared to £0.9bn May.\n"
            "Total exports in the three months to the end of June increased by £3.1bn to £74.5bn.\n"
            "Notable data on non-UK trading partners included a narrowing deficit with China in the quarter by £2.0bn to "
            "£4.8bn, while the surplus with the USA increased by £1.2bn to £4.7bn.\n")
    f = _figs(text, 2015)["£4.8bn"]
    assert (f.period_start, f.period_end) == ("2015-04", "2015-06")
