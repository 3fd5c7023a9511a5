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


BBLV = ("За десять месяцев Латвия импортировала из Украины пипаркукас на сумму 959 306 евро. В свою очередь, в Литву "
        "пряники были экспортированы на сумму 1 296 461 евро.\n"
        "Также в этом году пипаркукас были импортированы из Польши на сумму 531 619 евро, а из Эстонии — на 275 561 евро.\n"
        "Одновременно с января по октябрь этого года в Эстонию были экспортированы пряники на сумму 317 112 евро, а в "
        "Германию — на 305 486 евро.\n")


def test_the_short_passive_participle_names_the_flow():
    """Rows экспортированы/экспортирована/экспортирован and импортированы/импортирована/импортирован
    (vocab/ru/measures.csv; bb.lv, ruweb7 b07): in 'в Литву пряники были экспортированы на сумму 1 296 461 евро' the
    short passive participle names exports, as экспортировано did; the first figure had carried the sentence before's
    imports, and the last two, with no cue read, the default other."""
    got = [(r[0], r[2], r[3], r[4]) for r in ru_fields(BBLV, pub_year=2025)]
    assert got == [("959 306 евро", "imports", "Latvia", "Ukraine"), ("1 296 461 евро", "exports", "Latvia", "Lithuania"),
                   ("531 619 евро", "imports", "Latvia", "Poland"), ("275 561 евро", "imports", "Latvia", "Estonia"),
                   ("317 112 евро", "exports", "Latvia", "Estonia"), ("305 486 евро", "exports", "Latvia", "Germany")]
