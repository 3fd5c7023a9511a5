"""Phrasings found in session 39 by the lead on the tuned pages of older sets and on stored trade news pages, each a
rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import facts


def test_a_second_rate_over_an_earlier_base_keeps_the_sentences_own_month():
    """Rule compared_amount_time, with "over" after a rate (financialexpress.com, 1 November 2021; the phrasing of
    data/web15 tuned page c10): in '... was $35.47 billion, an increase of 42.33 per cent over $24.92 billion in October
    2020 and an increase of 35.21 per cent over $26.23 billion in October 2019', October 2020 is the first base's
    month: the second rate is of October 2021 too, over a base of October 2019."""
    text = ("“India’s merchandise exports in October 2021 was $35.47 billion, an increase of 42.33 per cent over $24.92 "
            "billion in October 2020 and an increase of 35.21 per cent over $26.23 billion in October 2019,” as per an "
            "official statement.")
    got = facts(text, pub_year=2021)
    assert [g[0] for g in got] == ["$35.47 billion", "42.33 per cent", "$24.92 billion", "35.21 per cent", "$26.23 billion"]
    assert [g[2:] for g in got] == [(2021, "2021-10", "2021-10"), (2021, "2021-10", "2021-10"),
                                    (2020, "2020-10", "2020-10"), (2021, "2021-10", "2021-10"),
                                    (2019, "2019-10", "2019-10")]
