"""Session 44, speed2: cheaper ways to the same answers. Each change keeps every prediction of every development
document byte-identical (a dump of all of them compared with cmp); these tests hold the pieces to their plain,
slower definitions."""
import random

from tradeflows.figures.lang_ru import _Spans
from tradeflows.pipeline import figures_of_text


def test_spans_answer_as_the_test_of_every_span():
    """revise_figures drops a figure another one holds and a new figure that overlaps a taken one: by bisection over
    spans sorted by start (_Spans), as the test of every span against every figure did."""
    rng = random.Random(44)
    for _ in range(3000):
        spans = [(a, a + rng.randint(0, 6)) for a in (rng.randint(0, 20) for _ in range(rng.randint(0, 10)))]
        s = _Spans(spans)
        for a in range(-1, 24):
            for b in range(a, a + 7):
                assert s.overlaps(a, b) == any(x < b and a < y for x, y in spans)
        for a, b in spans + [(rng.randint(0, 20), rng.randint(0, 26))]:
            assert s.within_other(a, b) == any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans)


def test_russian_figures_of_a_compound_amount_and_a_list():
    """Real sentences: gfaclaims.com (a compound amount whose first part goes) and utrk.kg/ru/news/s/64861 (a list
    of changes, figures of the Russian rules beside the shared engine's)."""
    text = ("Товарооборот Белоруссии и России в 2011 году вырос по сравнению с предыдущим годом на 37,7 проц и "
            "составил 38 млрд 607,6 млн долларов. По данным ведомства, объем импортных поступлений в январе-августе "
            "увеличился на 41%. Это обусловлено ростом объемов ввоза предметов одежды и принадлежностей к ней в 4 "
            "раза, обуви — на 36%, оборудования и механических устройств — на 34%, подсолнечного масла так же на 34%.")
    got = [(f.figure, f.kind, f.value, f.rule) for f in figures_of_text(text)]
    assert got == [("37,7 проц", "growth", 37.7, "ru_growth_by"),
                   ("38 млрд 607,6 млн долларов", "money", 38607.6e6, "money_word_after:compound"),
                   ("41%", "growth", 41.0, "ru_growth_by"),
                   ("в 4 раза", "growth", 300.0, "ru_growth_multiple"),
                   ("36%", "growth", 36.0, "ru_growth_by"),
                   ("34%", "growth", 34.0, "ru_growth_by"),
                   ("34%", "growth", 34.0, "ru_growth_by")]
