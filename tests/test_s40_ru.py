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



BUSINESSTM = ("По итогам 9 месяцев текущего года товарооборот Туркменистана со странами СПЕКА уже превысил 1 миллиард "
              "долларов.\n\n"
              "Товарооборот, если в 2016 году составил 886 миллионов долларов США, то в 2017-ом – 982 миллиона долларов, "
              "увеличившись на 11%.\n\n"
              "В 2018 году рост составил 13,3%, дойдя до показателя в 1 миллиард 113 миллионов долларов США.\n\n"
              "В 2019 году Туркменистан выступил председательствующей страной в Специальной программе ООН для экономик "
              "Центральной Азии (СПЕКА).\n")


def test_a_year_whose_clause_tells_no_figure_is_no_result_done():
    """Row done_year of 'в 2019 году' and a past verb (vocab/ru/patterns.csv) now needs a figure in its clause (rule
    done_year_figure; business.com.tm, ruweb6 e02): on an undated page 'В 2019 году Туркменистан выступил
    председательствующей страной' tells an event of 2019, no whole year's result, so the page's 'текущего года' is 2019
    (the latest year it names), not the year after; the first figure's year had been 2020."""
    got = [(r[0], r[2], r[5]) for r in ru_fields(BUSINESSTM)]
    assert got[0] == ("превысил 1 миллиард долларов", "turnover", 2019)
    assert [r[2] for r in got[1:]] == [2016, 2017, 2017, 2018, 2018]
