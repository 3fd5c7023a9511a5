"""Phrasings found in session 40 (Russian round) on tuned Russian pages that the tuned rules missed, each a
vocabulary row or a rule, tested on real sentences of Russian outlets."""
from __future__ import annotations

from phrasing import ru_fields


HUBS = ("За первую половину 2016 года украинский экспорт в Китай упал на 25% по сравнению с первым полугодием 2015 года, — "
        "сообщает пресс-служба Министерства экономического развития и торговли. В первом полугодии 2015 года поставки "
        "продукции из Украины составили $1,46 млрд, тогда как за полгода 2016 года — лишь $1,09 млрд.\n")


def test_supplies_out_of_a_country_are_that_countrys_exports():
    """Frame exports_out_of (vocab/ru/frames.csv) now takes supplies too (hubs.ua, ruweb8 i01): 'поставки продукции из
    Украины составили $1,46 млрд' with no destination named are Ukraine's exports; frame imports_from had made Ukraine
    the partner of an export, and the reporter the page's other country, China."""
    got = [(r[0], r[2], r[3], r[4], r[5]) for r in ru_fields(HUBS, pub_year=2016)]
    assert got == [("25%", "exports", "Ukraine", "China", 2016), ("$1,46 млрд", "exports", "Ukraine", "China", 2015),
                   ("$1,09 млрд", "exports", "Ukraine", "China", 2016)]

