"""The percent sieve (figures/percent.py), each rule alone and in its order.

Every sentence is real (tests/data/phrasings.tsv or a dev-set page, as noted). For each
rule, the Percent that extract builds for the figure is caught, then the rule is run on
it alone: it gives the expected (kind, value, rule), and every rule before it in
PERCENT_RULES gives nothing, which is what makes the order the one that decides.
"""
import pytest

from tradeflows.figures import extract, percent
from tradeflows.figures.percent import PERCENT_RULES, Percent

CASES = [
    # (sieve key, sentence, figure, (kind, value, rule))
    ("sign", "Meanwhile, merchandise imports declined 7.9% on an annual basis in March (February: -8.2% yoy).",
     "8.2%", ("growth", -8.2, "growth_percent_sign")),
    ("signed", "Exports of potash fertilizers were down 3.2% year-on-year.",
     "3.2%", ("growth", -3.2, "growth_percent_signed")),
    ("adjacent", "The share of machinery was 40%, a decline of 5% from 2023.",
     "5%", ("growth", -5.0, "growth_percent_change_of")),
    ("adjacent", "Trade with Uzbekistan showed a 15% increase in 2023.",
     "15%", ("growth", 15.0, "growth_percent_change_after")),
    ("adjacent", "The total deficit worsened 8%, to $41.8 billion.",
     "8%", ("growth", 8.0, "growth_percent_verb")),
    ("comparative", "Raw materials export was 32.70 billion-naira, 13.62% lower than Q4 2017 exports, which were "
     "7.85 billion naira.", "13.62% lower", ("growth", -13.62, "growth_percent_comparative")),
    ("index", "The growth rate was 134% compared to January 2022.",
     "134%", ("growth", 34.0, "growth_index")),
    ("by", 'At the same time, "exports of goods increased by 24.9% to $8.023 billion.',
     "24.9%", ("growth", 24.9, "growth_percent_by")),
    # web2 (a Ghanaian trade report): bracketed sizes of the changes a plural change noun lists
    ("listed_change", "Significant reductions were also recorded in the categories for 'base metals and "
     "articles' (22 per cent), mineral products (17.5 per cent).", "22 per cent",
     ("growth", -22.0, "growth_listed_change")),
    ("or_restated", "In the year to the end of November, goods exported were valued at 4.5 billion NZ dollars, "
     "up 647 million NZ dollars, or 17 percent on last year.", "17 percent",
     ("growth", 17.0, "growth_percent_or")),
    ("share_cue", "All in all, over 70% of the output is exported.",
     "over 70%", ("share", 70.0, "share_percent")),
    ("clause_change", '"In 2021, the bilateral trade turnover of the two countries amounted to $33.3 million, '
     "exceeding last year's figure by 34.7%, including Belarusian exports of $14 million, the growth rate was "
     '10.2%.', "10.2%", ("growth", 10.2, "growth_percent_clause")),
    # just-style.com (session 50): the second rate's verb left out
    ("gapped", "He said that imports were up 19.2 per cent in the first half of 2000 and 11 per cent in the second "
     "half.", "11 per cent", ("growth", 11.0, "growth_percent_gapped")),
]


def _percent_of(sentence: str, figure: str, monkeypatch) -> tuple[Percent, object]:
    """The Percent extract builds for `figure` in `sentence`, and the figure it made."""
    from tradeflows.pipeline import figures_of_text
    seen: list[Percent] = []

    def catch(p: Percent):
        seen.append(p)
        return percent.read_percent(p)

    monkeypatch.setattr(extract, "read_percent", catch)
    figs = figures_of_text(sentence, "t", "web", relate=False)
    found = [(p, f) for p, f in zip(seen, [f for f in figs if f.kind in ("growth", "share")
                                         and not f.rule.startswith(("growth_multiple", "growth_fraction",
                                                                    "share_fraction", "share_points"))])
             if f.figure == figure]
    assert len(found) == 1, [f.figure for f in figs]
    return found[0]


@pytest.mark.parametrize("key,sentence,figure,expected", CASES, ids=[c[2] + ":" + c[3][2] for c in CASES])
def test_each_percent_rule_alone_and_in_its_place(key, sentence, figure, expected, monkeypatch):
    p, fig = _percent_of(sentence, figure, monkeypatch)
    rules = dict(PERCENT_RULES)
    kind, value, _high, rule, _end = rules[key](p)
    assert (kind, value, rule) == expected
    assert (fig.kind, fig.value, fig.rule) == expected
    earlier = [k for k, _ in PERCENT_RULES[:[k for k, _ in PERCENT_RULES].index(key)]]
    assert [k for k in earlier if rules[k](p) is not None] == []


def test_a_percent_no_rule_claims_is_a_share(monkeypatch):
    # phrasings.tsv (founding corpus): "33% to the EEU", a part of the exports named before it
    p, fig = _percent_of('In this, "enterprises of the region exported 39% of the goods to the European Union, '
                         '33% to the EEU and 21% of all exports <...>.', "33%", monkeypatch)
    assert [k for k, rule in PERCENT_RULES if rule(p) is not None] == []
    assert (fig.kind, fig.value, fig.rule) == ("share", 33.0, "share_percent")


def test_the_sieve_order_is_the_documented_one():
    assert [k for k, _ in PERCENT_RULES] == ["signed_share_of_gdp", "sign", "signed", "adjacent", "change_after_pair", "comparative", "updown_bracket", "index",
                                             "growth_rate_of", "of_gdp_by", "by",
                                             "rate_of", "listed_change", "or_restated", "amount_restated", "listed_respectively", "share_cue",
                                             "followed_with", "bracket_list_verb", "bracket_list_followed", "composition", "clause_change", "gapped",
                                             "list_announced", "signed_sibling"]
