"""Session 62 (openW51): rules written on the tuned pages of data/web51 (transcripts and question-and-answer records:
a speech, parliamentary replies, a minister's remarks), each for a phrasing.

- saying_no_vote (facts/subject.py): a demonym naming where a saying comes from ("An old African saying") votes for no
  subject.
- agreement_name_after (facts/partners_candidates.py, facts/carry.py): a place opening an agreement's name ("the North
  American Free Trade Agreement") is no counterpart and carries none; not a side of a hyphened pair.
- list_whole in right_after (facts/partners_item.py): "12% to Brazil, Russia, India and China combined": the list.
- residual_after (facts/partners_residual.py): "38% to the rest of the world": the residual group as written.
- currencies (vocab/en/currencies.csv): "US Dollars" before the amount, "UShs" glued to it.
- financial_bare (vocab/en/patterns.csv period_fiscal): "recorded in Financial 2005/06" is the financial year.
- change_restated (facts/period_choice.py): "This represents a growth of 297.56%." after a change told in levels is of
  the last level's period.
- reverse_flow (facts/partners_carried.py): "On the other hand, Uganda's imports increased ..." after "Uganda's exports
  to Kenya ..." is with Kenya.
- headline_inset (facts/partners_carried.py pair_continued): a headline of another story set into the text carries no
  pair.
- current_account_other (vocab/en/measures.csv): a current account surplus is no trade balance.
"""
from phrasing import owned_facts, rule, year_spans
from tradeflows.facts.subject import document_subject
from tradeflows.pipeline import figures_of_text


def _facts(text: str, **kw) -> list[tuple]:
    """(figure, measure, reporter, partner, year, partner rule) of every figure of a web text."""
    return [(f.figure, f.measure, f.reporter, f.partner, f.year, rule(f, "partner"))
            for f in figures_of_text(text, "page", "web", **kw)]


# -- saying_no_vote ----------------------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of web51's tuned page cn03 (a speech opening on "An old African saying states that ..."):
# the `search` tool (corpus pages; "an old African saying" trade speech, "as the old Chinese proverb says" exports,
# "there is a Chinese saying" bilateral trade) found speeches with proverbs, none whose demonym changed a head's vote.
def test_a_saying_votes_for_no_subject():
    head = ("An old African saying states that there are two ideal moments to plant a tree. Forty years ago, business "
            "people established the US-Mexico Chamber of Commerce.")
    assert document_subject(head)[0] != "Africa"


def test_a_demonym_before_another_noun_still_votes():
    # odd case: "African exports" is a flow the demonym owns: it votes as before
    head = "African exports rose sharply last year. Exports reached a record as demand held."
    assert document_subject(head)[0] == "Africa"


# -- agreement_name_after ----------------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of web51's tuned page cn03 ("the North American Free Trade Agreement launched with a
# bilateral trade of 81 billion dollars"); real pages that name NAFTA (conamp.org, econintersect.com, ustr.gov) name the
# pair too, so no real sentence gives a figure whose only candidate is the agreement's place.
def test_an_agreements_place_is_no_counterpart():
    text = ("Trade between Mexico and the United States has flourished. Almost twenty years ago, the North American "
            "Free Trade Agreement launched with a bilateral trade of 81 billion dollars.\n")
    got = _facts(text, title="Mexico and the United States")
    assert [(g[0], g[3]) for g in got] == [("81 billion dollars", "United States")]
    assert got[0][5] != "sentence"


def test_a_hyphened_pair_before_an_agreement_stays_a_pair():
    # odd case: the sides of "the Korea-US Free Trade Agreement" are the trade's own; the rule leaves them candidates
    from tradeflows.facts.partners_candidates import agreement_name
    from tradeflows.facts.places import find_places
    text = "Exports rose 5% under the Korea-US Free Trade Agreement and the North American Free Trade Agreement."
    named = {p.surface: agreement_name(text, p) for p in find_places(text)}
    assert named == {"Korea": False, "US": False, "North American": True}


# -- list_whole in right_after, residual_after -------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of web51's tuned page cn03 (the `search` tool, corpus pages, "per cent to the rest of
# the world" destination shares, found shares by destination but none behind "to the rest of the world" or a list
# "combined" right after its figure).
SHARES = ("In 2012 the US exported 17% to the European Union, and 12% to Brazil, Russia, India and China (BRIC "
          "countries) combined, and 38% to the rest of the world.\n")


def test_a_list_right_after_the_figure_is_the_whole_list():
    got = {g[0]: (g[3], g[5]) for g in _facts(SHARES)}
    assert got["12%"] == ("Brazil, Russia, India and China", "list_whole")
    assert got["17%"] == ("European Union", "right_after")


def test_the_rest_of_the_world_after_the_figure_is_the_residual_group():
    got = {g[0]: (g[3], g[5]) for g in _facts(SHARES)}
    assert got["38%"] == ("rest of the world", "residual_after")


def test_the_rest_of_the_world_alone_is_the_world():
    # odd case: the group is the sentence's only counterpart, the reporter's trade with the world (world rules)
    got = _facts("In 2012 Kenya exported 38% of its tea to the rest of the world.\n")
    assert got[0][3] == "world" and got[0][5] != "residual_after"


# -- currencies, financial_bare, change_restated, reverse_flow ---------------------------------------------------------
# CONSTRUCTED on the phrasing of web51's tuned page cn11 (a Ugandan minister's remarks); the `search` tool (corpus
# pages, "exports UShs billion Uganda shillings trade with Kenya") found Ugandan pages writing "Shs1.9trillion", "Ush1.5
# trillion" and "1.3 billion US Dollars" after the amount, none "UShs" glued or "US Dollars" before it, nor "Financial"
# alone before a fiscal span, nor "This represents a growth of" after a change in levels.
UGANDA = ("Uganda's Minister of Trade has revealed that since the start of the EAC Customs Union in 2005, Uganda's "
          "exports to Kenya have increased from US dollars 155.28million (UShs547.7bn) recorded in Financial "
          "2005/06 to over US Dollars 617.34Million (UShs2.17 trillion) by 2020/21.\nThis represents a growth of "
          "297.56%.\nOn the other hand, Uganda's imports increased from US Dollars 422.76Million recorded in "
          "Financial Year 2005/06 to over US Dollars 848.26 Million by 2020/21.\n")


def test_us_dollars_capitalised_and_ushs_are_read():
    figs = {f.figure: f.currency for f in figures_of_text(UGANDA, "page", "web")}
    assert figs["UShs547.7bn"] == "UGX" and figs["UShs2.17 trillion"] == "UGX"
    assert figs["US Dollars 422.76Million"] == "USD" and figs["over US Dollars 848.26 Million"] == "USD"


def test_financial_alone_before_a_span_is_the_financial_year():
    got = year_spans(UGANDA)
    assert got["US dollars 155.28million"] == (2006, "2005-07", "2006-06", "explicit")  # (Uganda's fiscal year)


def test_financial_before_a_single_year_is_no_fiscal_year():
    # odd case: "the global financial 2008 crisis" names no financial year (the row asks for a span of two years)
    from tradeflows.facts.periods import find_times
    text = "the global financial 2008 crisis hit exports"
    assert [(text[t.start:t.end], t.fiscal) for t in find_times(text)] == [("2008", None)]


def test_a_rate_restating_a_change_is_of_its_last_level():
    got = year_spans(UGANDA)
    assert got["297.56%"][0] == 2021 and got["297.56%"][3] == "change_restated"


def test_a_rate_of_its_own_is_no_restatement():
    # odd case: "This is an increase of 5% on 2019" names its own time: the rule does not fire
    got = year_spans("Exports rose from $2 million in 2019 to $3 million in 2020. This is an increase of 5% in 2021.\n")
    assert got["5%"][3] != "change_restated"


def test_on_the_other_hand_the_owners_other_flow_is_with_the_same_counterpart():
    got = {g[0]: (g[3], g[5]) for g in _facts(UGANDA)}
    assert got["US Dollars 422.76Million"] == ("Kenya", "reverse_flow")


def test_without_a_contrast_the_owners_flow_is_its_total():
    # odd case: no contrast opens the sentence: the reporter's total, as before
    text = UGANDA.replace("On the other hand, Uganda's", "Uganda's")
    got = {g[0]: (g[3], g[5]) for g in _facts(text)}
    assert got["US Dollars 422.76Million"][0] == "world"


# -- headline_inset ----------------------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of web51's tuned page cn06 (latestly.com, whose pages set other stories' headlines into
# the prose); the `search` tool (corpus pages, "latestly.com exports trade news India China, Also Read headline") found
# "Also Read | ..." lines, none a bare headline inside a paragraph before a place-less figure.
def test_a_headline_inset_carries_no_pair():
    from tradeflows.facts.partners_carried import headline_inset
    line = "No Infiltration Reported Along India-China Border in Past Six Months, Says MHA Amid Tensions in Ladakh."
    assert headline_inset(line, 0, len(line))


def test_a_sentence_is_no_headline():
    # odd case: prose, even with names in capitals, is no headline
    from tradeflows.facts.partners_carried import headline_inset
    line = "Trade between India and China dipped to USD 16.55 billion during the first three months of 2020-21."
    assert not headline_inset(line, 0, len(line))


# -- current_account_other ---------------------------------------------------------------------------------------------
# koreaherald.com/view.php?ud=20190508000112
KOREA = ("The country's current account surplus came to $4.8 billion in March, down from $5.1 billion a year earlier, "
         "according to the preliminary data from the Bank of Korea.\n")


def test_a_current_account_surplus_is_no_trade_balance():
    got = owned_facts(KOREA, ("measure",), fmt="web", title="South Korea's current account surplus narrows")
    assert [(g[0], g[1]) for g in got] == [("$4.8 billion", "other"), ("$5.1 billion", "other")]


def test_a_trade_surplus_is_still_a_balance():
    # odd case, koreaherald.com/view.php?ud=20190508000112 goes on (m-en.yna.co.kr/view/AEN20200206000500320):
    # "South Korea posted a goods account surplus of $5.03 billion in the month"; a trade surplus stays a balance
    got = owned_facts("South Korea posted a trade surplus of $5.03 billion in the month, compared with a current "
                      "account surplus of $4.33 billion.\n", ("measure",), fmt="web")
    assert [(g[0], g[1]) for g in got] == [("$5.03 billion", "balance"), ("$4.33 billion", "other")]


# -- habitual_day (vocab/en/patterns.csv period_fallback_habitual_after) -----------------------------------------------
# CONSTRUCTED on the phrasing of web51's tuned page cn03 ("trade between Mexico and the US amounts to USD $ 1.3 billion
# each day"); the real page the `search` tool found on it (blogs.reuters.com/great-debate/tag/toluca) writes "$1.2
# billion of daily trade between Mexico and the U.S." in a list with no verb.
def test_a_rate_each_day_is_of_no_one_period():
    got = year_spans("In 2012, bilateral trade grew to 494 billion dollars. Most of you know that trade between Mexico "
                     "and the US amounts to USD 1.3 billion each day.\n")
    assert got["USD 1.3 billion"] == (None, None, None, "habitual")
    assert got["494 billion dollars"][0] == 2012


def test_a_day_earlier_is_no_rate():
    # odd case: "a day earlier" compares; only "per", "every" or "each" before "day" makes a rate
    got = year_spans("In 2012, exports grew to 494 billion dollars. Shipments rose to USD 1.3 billion, from USD 1.1 "
                     "billion a day earlier.\n")
    assert got["USD 1.3 billion"][3] != "habitual"


# -- known misses left (CONSTRUCTED on the phrasing of web51's tuned page cn03) ---------------------------------------
import pytest  # noqa: E402


@pytest.mark.xfail(strict=True, reason="a bloc's partners ('its NAFTA partners') behind 'exported to' before the share "
                   "are read as the world (world_cue: 'of its exports')")
def test_a_blocs_partners_before_the_share_are_the_counterpart():
    got = {g[0]: g[3] for g in _facts("In 2012 the US exported to its NAFTA partners 33% of its exports.\n")}
    assert got["33%"] == "NAFTA partners"
