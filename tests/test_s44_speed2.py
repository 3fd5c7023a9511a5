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


def _windows():
    """The lower-cased 60 characters before every 5th position of the development sentences fuzzing.py reads."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    import fuzzing
    for s in fuzzing.sentences()[::3]:
        low = s.lower()
        for i in range(0, len(low) + 1, 5):
            yield low[max(0, i - 60):i]


def test_base_gate_lets_every_base_cue_through():
    """_may_end_base is false only where _BASE_BEFORE_LC cannot match (base_target tests it before the pattern's
    search): over the words before every 5th position of the development sentences and base cues of real pages."""
    from tradeflows.facts.periods_bases import _BASE_BEFORE_LC, _may_end_base
    cues = [  # irishtimes.com, cso.ie, sarajevotimes.com, and the cue words of BASE_BEFORE's branches
        "ahead of the €19.94 billion surplus recorded during the same nine-month period in ",
        "imports of machinery increased by 4% compared with the same period of ",
        "import is almost on the same level as in ", "a 50.8 percent rise over that of ",
        "an increase of €1,990 million (+3.9%) on the ", "the exports grew 29.3% over ",
        "us$ 5.7 billion (an increase by 14% to ", "a declining phase that started in ",
        "17.9% above the result of ", "rose 5 per cent over the value recorded in ", "vis-à-vis the ",
        "the highest since comparable data became available in ", "exports in 2021 were higher than in "]
    seen = 0
    for low in [c for c in cues] + list(_windows()):
        if _BASE_BEFORE_LC.search(low):
            seen += 1
            assert _may_end_base(low), low
    assert seen > 150
    assert not _may_end_base("exports rose by 12% in the first half of ")
    assert not _may_end_base("the trade turnover amounted to $5 billion in ")


def test_trigger_index_finds_every_trigger_word_where_it_stands():
    """TriggerIndex scans a text for each root ("j", "q", "[", a trigger word inside others, or the word) and matches
    the root's words at each place once per offset: the same keys as a scan for every word (English development
    sentences, a Russian one, and trigger words glued together)."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    import fuzzing
    from tradeflows.facts.periods import _INDEX_BASE, TriggerIndex, _index_words
    words, _ = _index_words()
    for low in (" ".join(fuzzing.sentences()[::4]).lower(),
                "товарооборот в первом квартале 2023 года (q1) вырос на 5% год к году",
                "q1q2 1q2q year-on-yearyears yoy-o-y jan jul jun hijri [like existing preceding quarterly halves"):
        want = set()
        for wi, w in enumerate(words):
            at = low.find(w)
            while at >= 0:
                want.add(at * _INDEX_BASE + wi)
                at = low.find(w, at + 1)
        assert TriggerIndex(low)._built() == sorted(want)
