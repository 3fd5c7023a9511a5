"""English phrasings of agency and business-press news on the trade of the CIS and EAEU countries, found in session 41
by probing stored pages (helper en_d), each a rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_a_percent_before_a_change_noun_like_upsurge_is_growth():
    """Rule change_noun_after_percent (vocab/en/cues.csv; bnnbreaking.com on Armenia's trade with the EAEU in 2023):
    'exports from Armenia witnessed a 40.8% upsurge' is a rise of exports by 40.8%, not a share of imports; so are the
    other change nouns a percent comes before ('a 12% uptick', 'a 9% slump' a fall)."""
    text = ("In 2023, a substantial increase of 39% was observed in the trade turnover between Armenia and its Eurasian "
            "Economic Union (EEU) member counterparts, reaching a staggering $7.8 billion.\n\n"
            "During his address, Pashinyan underscored that exports from Armenia witnessed a 40.8% upsurge, while imports "
            "swelled by 37.5%.\n")
    got = fields(text, "kind", "value", "measure", "reporter", "year", pub_year=2024, lang="en")
    assert got[2:] == [("40.8%", "growth", 40.8, "exports", "Armenia", 2023),
                       ("37.5%", "growth", 37.5, "imports", "Armenia", 2023)]


def test_months_or_a_half_glued_to_a_short_year_are_that_period():
    """Rule glued_year_part (facts/periods_grammar.py; intellinews.com on Uzbekistan, nh-logistics.com reprinting Trend
    on Azerbaijan): '5M23' is January-May 2023, '2M2021' January-February 2021, the business-press shorthand of the
    first N months (a half '1H17', a quarter '3Q22') with its year glued on; before, the figure had no period and the
    four-digit form was read as the whole year 2021."""
    text = ("Uzbekistan's 5M23 foreign trade turnover expanded by 25.4% y/y to $25.81bn, according to the country's "
            "national statistical agency.\n")
    assert fields(text, "measure", "reporter", "year", "period_start", "period_end", pub_year=2023, lang="en") == [
        ("25.4%", "turnover", "Uzbekistan", 2023, "2023-01", "2023-05"),
        ("$25.81bn", "turnover", "Uzbekistan", 2023, "2023-01", "2023-05")]
    text = ("Azerbaijan’s foreign trade turnover grows in 2M2021\n\n"
            "Meanwhile, Azerbaijan’s imports rose by $361 million (18.27 percent), from $1.6 billion (recorded in 2M2021) "
            "to $1.9 billion.\n")
    got = fields(text, "measure", "year", "period_start", "period_end", pub_year=2022, lang="en")
    assert got[-1] == ("$1.9 billion", "imports", 2022, "2022-01", "2022-02")


def test_a_month_ending_the_running_total_leaves_the_total_in_force_for_the_next_paragraph():
    """Rule month_of_total, opened to English pages (today.az reprinting Azernews/Kabar on Uzbekistan's trade in
    January-July 2023): 'the supply of gold in July increased significantly' is a detail of the January-July total the
    paragraph opened with; the next paragraph's partners ('recorded with China ... USD 6.89 billion') are of
    January-July, not of July alone."""
    text = ("In January-July, the volume of foreign trade of Uzbekistan reached USD 34.97 billion. It should be noted that "
            "the proceeds from the supply of gold in July increased significantly - up to USD 5.63 billion. The export of "
            "the precious metal is almost twice as high as in 2022.\n\n"
            "The largest volume of foreign trade turnover was recorded with China, trade with which amounted to USD 6.89 "
            "billion or 19.7% of the total foreign trade turnover.\n")
    got = fields(text, "partner", "year", "period_start", "period_end", pub_year=2023, lang="en")
    assert got[1] == ("up to USD 5.63 billion", "world", 2023, "2023-07", "2023-07")
    assert got[2:] == [("USD 6.89 billion", "China", 2023, "2023-01", "2023-07"),
                       ("19.7%", "China", 2023, "2023-01", "2023-07")]


def test_a_surplus_in_the_trade_with_a_partner_is_the_balance():
    """Rule balance_in_the_trade (vocab/en/measures.csv; euroradio.fm reporting BelaPAN on Belarus in January-September
    2013): in 'There is still a trade surplus in the trade with Kazakhstan (576.8 million dollars) and EU member states
    ($665.8 million dollars)' both figures are balances, not the turnover 'trade with' alone names."""
    text = ("The balance of foreign trade totalled minus 3 billion 263.4 million dollars in January-September 2013.\n\n"
            "There is still a trade surplus in the trade with Kazakhstan (576.8 million dollars) and EU member states "
            "($665.8 million dollars).\n")
    got = fields(text, "measure", "reporter", "partner", pub_year=2013, title="Belarus’ negative balance of foreign trade "
                 "increased by $500 million", lang="en")
    assert got[1:] == [("576.8 million dollars", "balance", "Belarus", "Kazakhstan"),
                       ("$665.8 million", "balance", "Belarus", "European Union")]


def test_a_percent_alone_in_brackets_after_an_amount_is_that_amounts_flow():
    """Rule share_bracket_amount (facts/measure.py; BelTA's report on Belarus in January-June 2009 on kopyl.gov.by):
    in 'Belarus’ export reached $9 billion (52.3%), import — $12.9 billion' the bracket restates the export amount
    (as a percent of the year before's level); it is of exports, not of the import item the comma opens. A flow named
    right after the bracket in the same item ('$27 billion (38.9%) in exports') stays the share's."""
    text = ("The official remarked that in January-June 2009 Belarus’ merchandise trade totalled $21.9 billion, 59.9% as "
            "against the same period of last year. Belarus’ export reached $9 billion (52.3%), import — $12.9 billion.\n")
    got = fields(text, "measure", "reporter", "year", "period_end", pub_year=2009, lang="en")
    assert got[2:] == [("$9 billion", "exports", "Belarus", 2009, "2009-06"), ("52.3%", "exports", "Belarus", 2009, "2009-06"),
                       ("$12.9 billion", "imports", "Belarus", 2009, "2009-06")]


def test_the_deficit_of_the_merchandise_trade_is_the_balance():
    """Rule balance_of_trade_words (vocab/en/measures.csv; BelTA's report on Belarus in January-June 2009 on
    kopyl.gov.by): in 'The deficit of the merchandise trade increased by 80% ... to a total of $3.9 billion' both the
    rate and the amount are of the balance, as after 'balance of foreign trade', not of the turnover 'merchandise trade'
    names alone."""
    text = ("The official remarked that in January-June 2009 Belarus’ merchandise trade totalled $21.9 billion. "
            "The deficit of the merchandise trade increased by 80% in comparison with the same period of last year to a "
            "total of $3.9 billion.\n")
    got = fields(text, "measure", "reporter", "year", "period_end", pub_year=2009, lang="en")
    assert got[1:] == [("80%", "balance", "Belarus", 2009, "2009-06"), ("$3.9 billion", "balance", "Belarus", 2009, "2009-06")]
