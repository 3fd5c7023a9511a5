"""English phrasings found in session 39 on the tuned pages the fact rows score lowest on, each a rule or a vocabulary
row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_the_difference_between_what_is_spent_on_imports_and_earned_on_exports_is_the_balance():
    """Rule difference_between_flows (radiojamaica, data/web23 tuned page aj08; courthousenews.com, data/web8 tuned page
    n06): the difference between a buying and a selling side, each said in words of its own, is the trade balance, not
    the flow named last before the figure nor a measure left as other."""
    text = ("The Statistical Institute of Jamaica (STATIN) says the difference between what was spent on imports and the "
            "sum earned on exports was valued at US$532.4 million.\n")
    assert fields(text, "measure", "partner", pub_year=2024, lang="en") == [("US$532.4 million", "balance", "world")]
    text = ("The difference between the goods and services the United States sells and buys from other countries "
            "dropped 1.7% last year to $616.8 billion, the first decrease since 2013.\n")
    assert fields(text, "measure", "reporter", "partner", pub_year=2020, lang="en") == [
        ("1.7%", "balance", "United States", "world"), ("$616.8 billion", "balance", "United States", "world")]
