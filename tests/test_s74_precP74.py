"""Session 74 (precP74): a precision audit of the sieves' rules over the tuned pages of every development set.

- owner_out_no_head (facts/partners_carried.py _OWNER_OUT_FRAMES): the Russian frames of a flow out of its owner with
  no destination (vocab/ru/frames.csv exports_out_of "экспорт ... из X", exported_out_of "из X ... экспортировано")
  join the English exports_from / exported_from: such a flow on a page whose head names a counterpart is the owner's
  total, not the head's pair (head_flow was wrong on ruweb41 cq12 and ruweb52 dm04).

Searches of the `search` tool (corpus pages) for pages outside the development sets with these phrasings: "экспорт
продукции АПК из области составил миллиарда долларов Китай". They found pages with neighbouring phrasings only (the
flows there name their destination), so the sentences below are CONSTRUCTED on the tuned pages' phrasings (each says
which).
"""
from phrasing import figs, rule_item


# -- owner_out_no_head (Russian frames) -------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb52 dm04 (apsny.ge: "Экспорт мандаринов из Грузии обвалился на 54%", a title, and
# "около 75% всего экспорта грузинских мандаринов пришлось на Россию" below it)
OWNER_OUT = ("Экспорт вина из Молдовы сократился на 30%\n\n"
             "По данным Национального бюро статистики, в январе–сентябре 2024 года экспорт молдавского вина сократился "
             "на 30%.\n\n"
             "Около 60% всего экспорта молдавского вина пришлось на Польшу, что указывает на высокую зависимость отрасли "
             "от одного рынка.\n")


def test_russian_exports_out_of_the_owner_naming_no_destination_are_its_total():
    got = [(f.figure, f.reporter, f.partner, rule_item(f, "partner")) for f in figs(OWNER_OUT, lang="ru", pub_year=2024)]
    assert got[0] == ("30%", "Moldova", "world", "partner:default_world")


def test_the_share_of_the_named_market_keeps_its_counterpart():
    # odd case: the sentence naming the market is the frame's, not the head's
    got = [(f.figure, f.reporter, f.partner, rule_item(f, "partner")) for f in figs(OWNER_OUT, lang="ru", pub_year=2024)]
    assert got[2] == ("Около 60%", "Moldova", "Poland", "partner:frame")
