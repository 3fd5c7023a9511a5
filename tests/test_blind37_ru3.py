"""Phrasings found in session 37 (third Russian round) on stored Russian trade news pages (outlets no development
set holds), each a rule or a vocabulary row, tested on its page's own sentences."""
from __future__ import annotations

from phrasing import ru_fields


AZATUTYUN = ("Внешнеторговый оборот Армении пока не достиг уровня 2012 года\n\n"
             "Несмотря на заметное в предыдущие месяцы оживление внешней торговли внешнеторговый оборот Армении пока "
             "не достиг уровня 2012 года.\n\n"
             "По данным Национальной статистической службы (НСС) Армении, за первые три месяца этого года внешняя "
             "торговля страны составила 1 млрд 246 млн долларов, в то время как пять лет назад она была больше - 1 млрд "
             "303 млн долларов.\n")


def test_years_ago_is_that_year_in_the_months_named_before():
    """Rows of kind relative '... лет назад' (vocab/ru/periods.csv) and rule years_ago_months (rus.azatutyun.am,
    Armenia, May 2017): in 'за первые три месяца этого года внешняя торговля страны составила 1 млрд 246 млн
    долларов, в то время как пять лет назад она была больше - 1 млрд 303 млн долларов' the second amount is of the
    first quarter five years before (2012), not of 2017."""
    got = [(r[0], r[5], r[6], r[7]) for r in ru_fields(AZATUTYUN, pub_year=2017, pub_month=5)]
    assert got == [("1 млрд 246 млн долларов", 2017, "2017-01", "2017-03"),
                   ("1 млрд 303 млн долларов", 2012, "2012-01", "2012-03")]
