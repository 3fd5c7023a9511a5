"""Russian phrasings found in session 43 on the tuned pages of the blind set ruweb18 (embassies, ministers and
chambers on two countries' trade), each checked on another stored page where one was found."""
from __future__ import annotations

from phrasing import fields

# ruweb18 aw03 (ehonews.kz): Belarus's prime minister in Astana on Belarus-Kazakhstan trade, amounts in words
EHONEWS = ("Республика Казахстан и Республика Беларусь показывают хорошую динамику взаимной торговли, объем которой за "
           "семь месяцев достиг порядка семисот миллионов долларов.\n"
           "Роман Головченко сообщил о том, что в 2021 году товарооборот между двумя государствами был более одного "
           "миллиарда долларов. При этом данное значение постепенно увеличивается, к примеру, за семь месяцев текущего "
           "года, товарооборот между нашими странами составил уже семьсот миллионов долларов.\n")


def test_hundreds_and_one_in_words_before_a_scale_word():
    """Rows of hundreds, tens, teens and 'одного' (kind unit, vocab/ru/numbers.csv) read by ru_money_count_word
    (figures/lang_ru_extra.py; ehonews.kz, ruweb18 aw03): 'порядка семисот миллионов долларов' and 'семьсот миллионов
    долларов' are 700 million (before: the scale word alone, 1 million, rule ru_money_scale_word), and 'более одного
    миллиарда долларов' keeps its 'более' (before: 'миллиарда долларов', exact)."""
    got = fields(EHONEWS, "value", "qualifier", "rule", lang="ru", pub_year=None)
    assert got == [("порядка семисот миллионов долларов", 700e6, "approx", "ru_money_count_word"),
                   ("более одного миллиарда долларов", 1e9, "more_than", "ru_money_count_word"),
                   ("семьсот миллионов долларов", 700e6, "exact", "ru_money_count_word")]


def test_hundreds_in_words_in_a_headline_of_another_outlet():
    """The same rows on volga.news (citing mosregtoday.ru, Russia's ambassador in China; probed in session 43):
    'Товарооборот между Россией и Китаем превысил двести миллиардов долларов' is 200 billion, more than (before: 1
    billion from 'миллиардов долларов' alone)."""
    text = "Товарооборот между Россией и Китаем превысил двести миллиардов долларов\n"
    assert fields(text, "value", "qualifier", "measure", lang="ru", pub_year=2023) == [
        ("превысил двести миллиардов долларов", 200e9, "more_than", "turnover")]


def test_a_run_of_count_words_is_summed():
    """Rule ru_money_count_words (count_words_value, figures/lang_ru.py): a run falling from hundreds to tens to units
    before the scale word is one number, 'двухсот пятидесяти миллионов долларов' 250 million; a run that does not fall
    so is read by its last word. (Phrasing as in ehonews.kz's amounts in words; a constructed sentence.)"""
    text = "Товарооборот составил около двухсот пятидесяти миллионов долларов.\n"
    assert fields(text, "value", "qualifier", "rule", lang="ru", pub_year=2021) == [
        ("около двухсот пятидесяти миллионов долларов", 250e6, "approx", "ru_money_count_words")]


# ruweb18 aw07 (news.samaratoday.ru, citing TRK Terra): Ukraine's trade mission in Samara on the oblast's trade
SAMARATODAY = ("По итогам первого полугодия Украина обошла США и Германию и вышла на 1 место среди стран дальнего и "
               "ближнего зарубежья по объему торговли с Самарской областью. Этот показатель составил почти 206 "
               "миллионов долларов, или 9% от общего внешнеторгового оборота области.\n")


def test_a_total_that_is_the_next_share_s_whole_is_no_world_cue():
    """Rule share_whole_not_world (row share_whole_after, vocab/ru/patterns.csv; facts/world.py; news.samaratoday.ru,
    ruweb18 aw07): in 'Этот показатель составил почти 206 миллионов долларов, или 9% от общего внешнеторгового оборота
    области' the oblast's total foreign trade is the whole of the 9%, not the counterpart of the 206 million, which is
    the trade of Ukraine and Samara Oblast named in the sentence before (before: partner world, rule world_cue). The
    share itself is still read as the world's (a known miss: gold Samara Oblast / Ukraine). Session 74 (openB74, rule
    region_noun_flow): "оборота области" right after the flow names the oblast named before, which owns the trade, as
    the gold has it (Samara Oblast / Ukraine; before: Ukraine / Samara Oblast, the pair's first side)."""
    got = fields(SAMARATODAY, "measure", "reporter", "partner", lang="ru", pub_year=None)
    assert got[0] == ("почти 206 миллионов долларов", "turnover", "Samara Oblast", "Ukraine")
    assert got[1][0] == "9%"


def test_a_total_before_the_figure_is_still_the_world():
    """Rule share_whole_not_world reads the cue only past the figure: 'Внешнеторговый оборот области составил 2 млрд
    долларов, или 3% от общего оборота страны' is still the oblast's total with the world (constructed on the
    phrasing of news.samaratoday.ru)."""
    text = "Внешнеторговый оборот Самарской области составил 2 млрд долларов, или 3% от общего оборота страны.\n"
    got = fields(text, "partner", lang="ru", pub_year=2020)
    assert got[0] == ("2 млрд долларов", "world")
