"""Partner rule `sentence` (facts/partners_sentence.py) narrowed in session 46: the classes of its wrong cases on the
tuned pages (scripts/rule_accuracy.py --cases partner:sentence), each fixed by a cue or a named branch, tested on a
tuned page's sentence and, where one was found, a sentence of another stored page."""
from __future__ import annotations

from phrasing import owned_facts


def facts(text: str, pub_year: int, title: str | None = None) -> list[tuple]:
    """(figure, measure, reporter, partner, partner rule) of every figure of an English web text."""
    return owned_facts(text, ("partner",), "web", lang="en", pub_year=pub_year, title=title)


# --- conjoined_pair: "to Argentina and Brazil" is one counterpart, written as the text writes it

def test_two_places_behind_a_flow_preposition_are_one_counterpart():
    """Rule conjoined_pair (telesurenglish.net, Bolivia's exports, 2021): 'Sales of natural gas to Argentina and
    Brazil ... reached a value of $1.472 billion, or a 21% share': both figures are the sales to the two together;
    the nearest place, Brazil, was taken (rule sentence)."""
    text = ("Bolivia exports grow in 2021\n"
            "Bolivia's exports reached $6.9 billion in the first eight months of 2021.\n"
            "Sales of natural gas to Argentina and Brazil, on the other hand, reached a value of $1.472 billion, or a "
            "21% share, with a slight absolute increase compared to the first eight months of 2020.\n")
    got = [g for g in facts(text, 2021) if g[0] in ("$1.472 billion", "21%")]
    assert [g[3:] for g in got] == [("Argentina and Brazil", "conjoined_pair")] * 2


def test_a_pair_after_with_of_a_turnover():
    """Rule conjoined_pair on another page (insidelogistics.ca, 'Canada's surface trade with US rises in June', 2011):
    'the value of US surface transportation trade with Canada and Mexico rose 52.7 percent in two years' (the page's
    title, naming Canada, left out: it makes Canada the reporter, a reporter rule's matter)."""
    text = ("Surface trade rises in June\n"
            "BTS reported that the value of US surface transportation trade with Canada and Mexico rose 52.7 percent "
            "in two years from June 2009, but has still only risen 4.6 percent above the level of June 2008.\n")
    got = [g for g in facts(text, 2011) if g[0] == "52.7 percent"]
    assert got and got[0][3:] == ("Canada and Mexico", "conjoined_pair")


def test_a_pair_behind_those_to():
    """Rule conjoined_pair (timesrecordnews.com, Texas, 2011): '... while those to Brazil and the Netherlands have
    doubled, and those to China tripled': the text's own 'the' is kept, as the gold writes the pair."""
    text = ("Texas exports\n"
            "\"In recent years, exports to Mexico and Canada have fallen while those to Brazil and the Netherlands have "
            "doubled, and those to China tripled,\" Torres said.\n")
    got = [g for g in facts(text, 2011) if g[0] == "doubled"]
    assert got and got[0][3:] == ("Brazil and the Netherlands", "conjoined_pair")


def test_respectively_keeps_the_pair_apart():
    """No conjoined_pair where 'respectively' pairs the places with figures one by one (err.ee, Baltic trade, 2016):
    'Estonia shipped nine and six percent of its exports to Latvia and Lithuania, respectively'."""
    text = ("Baltic trade\n"
            "Meanwhile, Estonia shipped nine and six percent of its exports to Latvia and Lithuania, respectively.\n")
    got = facts(text, 2016)
    assert all(g[4] != "conjoined_pair" for g in got)


def test_a_three_place_list_is_no_pair():
    """A list of three places is left to rules list_whole/list_after: no conjoined_pair for its last two."""
    text = ("Trade\n"
            "Exports to Chile, Argentina and Brazil reached $2 billion in 2021.\n")
    got = facts(text, 2022)
    assert all(g[4] != "conjoined_pair" for g in got)


# --- cause participles: ", supported by expansion in trade with ASEAN, China, ..." is a cause, its places no counterpart

def test_places_behind_supported_by_are_a_cause():
    """_later_clause()'s cause participles (vocab.patterns.cause_verbs('participle')) with 'supported' (clvdevelopment.org,
    Malaysia, undated): 'Total trade surged by 22.5 percent to 139.18 billion ringgit (32.76 billion USD) compared
    with the year before, supported by expansion in trade with ASEAN, China, ...': Malaysia's total, the world; it
    took ASEAN (rule sentence)."""
    text = ("Malaysia's trade\n"
            "Malaysia's total trade surged by 22.5 percent to 139.18 billion ringgit (32.76 billion USD) compared with "
            "the year before, supported by expansion in trade with ASEAN, China, Japan, India, the European Union and "
            "the US.\n")
    got = facts(text, 2022)
    assert [g[3] for g in got] == ["world"] * 3


# --- own_from_after: "..., and China, from 557 million U.S. dollars to ..." opens the next item, with its own figures

def test_a_place_with_its_own_change_from_a_base_is_the_next_item():
    """partners_candidates.OWN_FIGURE_AFTER, branch own_from_after (egypttoday.com, the Philippines' exports, 2016):
    'Same with the United States, from 811.19 million U.S. dollars, down by 16.6 percent to 777.30 million U.S.
    dollars, and China, from 557 million U.S. dollars to 520.93 million U.S. dollars': 777.30 million is the United
    States'; China, nearer after it, opens the next item with its own amounts (it was taken, rule sentence)."""
    text = ("Philippine exports\n"
            "Same with the United States, from 811.19 million U.S. dollars, down by 16.6 percent to 777.30 million "
            "U.S. dollars, and China, from 557 million U.S. dollars to 520.93 million U.S. dollars.\n")
    got = {g[0]: g[3] for g in facts(text, 2016)}
    assert got["777.30 million U.S. dollars"] == "United States"
    assert got["520.93 million U.S. dollars"] == "China"
