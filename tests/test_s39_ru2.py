"""Phrasings found in session 39 (second Russian round) on tuned Russian pages that the tuned rules missed, each a
vocabulary row or a rule, tested on its page's own sentences."""
from __future__ import annotations

from phrasing import ru_fields


OVERCLOCKERS = ("За нынешний год товарообращение Китайской Народной Республикой с Российской Федерацией увеличилось "
                "до $153,938 миллиардов.\n")


def test_goods_circulation_is_turnover():
    """Rows товарообращение (vocab/ru/measures.csv, all case forms; overclockers.ru, ruweb8 i04): 'товарообращение
    Китайской Народной Республикой с Российской Федерацией увеличилось до $153,938 миллиардов' names the two
    countries' turnover in the rarer synonym of 'товарооборот'; the figure's measure had been the default other."""
    got = [(r[0], r[1], r[2], r[3], r[4]) for r in ru_fields(OVERCLOCKERS, pub_year=2021)]
    assert got == [("$153,938 миллиардов", "money", "turnover", "China", "Russia")]
