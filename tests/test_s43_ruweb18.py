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
