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


AVESTA = ("За указанный период хлопок-волокно экспортировалось в объеме 34,9 тыс.\n"
          "тонн на сумму $60,2 млн. За шесть месяцев прошлого года экспорт хлопка-волокна\n"
          "составил 67,8 тыс. тонн на сумму $111,8 млн.\n")


def test_a_line_ending_on_an_abbreviation_before_lower_case_is_wrapped():
    """Rule wrapped_after_abbreviation (text/clean.py, with text/sentences.py ends_on_abbreviation; avesta.tj, ruweb11
    ah09): a web page wrapped by hand breaks 'экспортировалось в объеме 34,9 тыс.' / 'тонн на сумму $60,2 млн.'; the
    line ends on a scale's abbreviation and the next goes on in lower case, so it is one sentence, and the $60,2 млн
    keep the verb's exports (they had been a sentence of their own with no cue, the default other)."""
    got = [(r[0], r[2], r[4]) for r in ru_fields(AVESTA, pub_year=2014)]
    assert got == [("$60,2 млн", "exports", "world"), ("$111,8 млн", "exports", "world")]


FINANCETIMES = ("До того, как США и Израиль ударили по Ирану, нарушив тем самым мировую торговлю, рост экспорта товаров из "
                "Китая в январе и феврале составил внушительные 22% по сравнению с аналогичным периодом прошлого года.\n"
                "При этом эксперты прогнозировали менее значительный рост - не более 7,2%.\n")


def test_a_line_telling_a_change_goes_on_with_the_flow_of_the_line_before():
    """Russian row of cue line_change (vocab/ru/patterns.csv, read by rule carried_line of facts/measure.py;
    financetimes, ruweb3 p07): 'При этом эксперты прогнозировали менее значительный рост - не более 7,2%', a line of its
    own after a one-line paragraph on China's exports, tells a change ('рост') and goes on with that flow, as the
    English 'up', 'growth' did; it had no measure (the default other)."""
    got = [(r[0], r[2], r[8]) for r in ru_fields(FINANCETIMES, pub_year=2026)]
    assert got == [("22%", "exports", "actual"), ("не более 7,2%", "exports", "target")]


CAPOST = ("Побит рекорд товарооборота России с Азербайджаном\n\n"
          "9 Июня 2023, 11:00\n"
          "Елена Панкова\n"
          "Речь идёт о почти 300 млрд рублей.\n")


def test_a_sentence_about_what_was_just_spoken_of_takes_its_measure():
    """Russian row of cue anaphor_measure (vocab/ru/patterns.csv, read by facts/measure_context.py previous_cue;
    capost.media, ruweb2 q09): 'Речь идёт о почти 300 млрд рублей' under the headline 'Побит рекорд товарооборота
    России с Азербайджаном' (a date and a byline between) names the amount of what was just spoken of, the turnover;
    it reaches back past the date and the byline as 'показатель' does, where it had been the default other."""
    got = [(r[0], r[2], r[3], r[4]) for r in ru_fields(CAPOST, pub_year=2023)]
    assert got == [("почти 300 млрд рублей", "turnover", "Russia", "Azerbaijan")]


KHOVAR = ("Объем торговли с государствами-членами СНГ составляет 981,8 млн. долларов или же 49%. Из этой суммы 116,1 млн. "
          "долларов приходится на экспорт, а 865,7 млн. долларов — на импорт.\n")


def test_a_dash_for_the_verb_left_out_joins_the_part_to_its_flow():
    """Russian row of cue part_joined_after (vocab/ru/patterns.csv, rule cue_joined_after of facts/measure.py;
    khovar.tj, ruweb6 e01): in '116,1 млн. долларов приходится на экспорт, а 865,7 млн. долларов — на импорт' the
    second clause writes a dash for the verb 'приходится' it leaves out; its amount is the imports after it, where it
    had taken the exports before it."""
    got = [(r[0], r[2]) for r in ru_fields(KHOVAR, pub_year=2015)]
    assert got[-2:] == [("116,1 млн. долларов", "exports"), ("865,7 млн. долларов", "imports")]
