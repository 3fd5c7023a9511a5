"""Partner rule `sentence` (facts/partners_sentence.py), session 48: a place after the figure that opens the next
item (its own figure right after it) is never the figure's counterpart. Russian items set their figure off with a
dash and "на" ("Китай — на 6,66 миллиарда") or with "с" ("за ней следует Китай с 1,9 млрд"), forms the English
OWN_FIGURE_AFTER does not read (rule own_figure_ru); and when the only places of the sentence near the figure are such
next items, no place of it is the counterpart (rule only_next_items): the later rules decide."""
from __future__ import annotations

from tradeflows.facts.partners_candidates import OWN_FIGURE_AFTER_RU
from phrasing import owned_facts


def facts(text: str, lang: str, pub_year: int, title: str | None = None) -> list[tuple]:
    """(figure, measure, reporter, partner, partner rule) of every figure of a web text."""
    return owned_facts(text, ("partner",), "web", lang=lang, pub_year=pub_year, title=title)


# focus.ua/economics/91792 ("Китай стал крупнейшим мировым экспортером по итогам года", 2010), an outlet of no data set
FOCUS = ("Китай стал крупнейшим мировым экспортером по итогам года\n"
         "Согласно статистике Всемирной торговой организации, Китай впервые сумел обойти по объему экспорта Германию в "
         "первом полугодии 2009 года. КНР вывезла товаров в январе-июне на 521,7 млрд. долл, а Германия - на 521,6 млрд.\n")


def test_own_figure_ru_reads_a_dash_and_na_item_of_another_outlet():
    """'а Германия - на 521,6 млрд': the place opens the next item (its own amount behind a dash and "на"); China's
    521.7 billion is its total exports, to the world, never to Germany."""
    at = FOCUS.index("Германия - на") + len("Германия")
    assert OWN_FIGURE_AFTER_RU.match(FOCUS, at)
    got = {g[0]: g for g in facts(FOCUS, "ru", 2010)}
    assert got["521,7 млрд. долл"][2:4] == ("China", "world")


def test_dash_na_item_after_the_figure_is_not_its_counterpart():
    """lentamirror (data/ruweb19 tuned page ay02): 'Швейцария ... обеспечила поставки на 7,86 миллиарда долларов,
    Китай — на 6,66 миллиарда': the 7.86 billion are Switzerland's, the place before it; China after it, with its own
    amount, was taken (rule sentence, nearest place after the figure)."""
    text = ("Импорт Турции\n"
            "С января по февраль Россия поставила Турции товаров и услуг на 9,26 миллиарда долларов. Швейцария за это же "
            "время обеспечила поставки на 7,86 миллиарда долларов, Китай — на 6,66 миллиарда, а Германия и США — на "
            "3,88 и 2,29 миллиарда долларов соответственно.\n")
    got = {g[0]: g for g in facts(text, "ru", 2024)}
    assert got["7,86 миллиарда долларов"][3:] == ("Switzerland", "sentence")
    assert got["6,66 миллиарда"][3:] == ("China", "sentence")


def test_s_item_after_the_figure_is_not_its_counterpart():
    """checkpoint (data/ruweb23 tuned page bg04): 'импортировав товаров на сумму около 4 млрд долларов, за ней следует
    Китай с 1,9 млрд долларов': Russia's 4 billion, not China's (its own 1.9 billion behind "с")."""
    text = ("Экспорт Узбекистана\n"
            "Россия осталась крупнейшим экспортным рынком Узбекистана в течение этого периода, импортировав товаров на "
            "сумму около 4 млрд долларов, за ней следует Китай с 1,9 млрд долларов, сообщил комитет.\n")
    got = {g[0]: g for g in facts(text, "ru", 2024)}
    assert got["около 4 млрд долларов"][3] == "Russia"
    assert got["1,9 млрд долларов"][3] == "China"


def test_only_next_items_after_the_figure_give_no_counterpart():
    """newsmir (data/ruweb11 tuned page ah03): 'упал лишь на 12,8% или $5,45 млрд (из стран ЕС - на 1,9% или до $2,45
    млрд)': the EU owns the bracket's figures; the total before it has no place of its sentence (rule only_next_items),
    and falls to the world."""
    text = ("Внешняя торговля Украины\n"
            "Объем импорта товаров при этом упал лишь на 12,8% или $5,45 млрд (из стран ЕС - на 1,9% или до $2,45 млрд).\n")
    got = {g[0]: g for g in facts(text, "ru", 2024)}
    assert got["12,8%"][3] == got["$5,45 млрд"][3] == "world"
    assert got["1,9%"][3] == got["$2,45 млрд"][3] == "European Union"


def test_own_figure_ru_forms():
    for text, place in [("поставки на 7,86 миллиарда долларов, Китай — на 6,66 миллиарда", "Китай"),
                        ("за ней следует Китай с 1,9 млрд долларов", "Китай"),
                        ("(из стран ЕС - на 1,9% или до $2,45 млрд)", "ЕС")]:
        assert OWN_FIGURE_AFTER_RU.match(text, text.index(place) + len(place))
    # a place followed by a dash clause with no figure, or by a verb, opens no item
    for text, place in [("торговля с Китаем — на уровне прошлого года", "Китаем"),
                        ("товарооборот России с Китаем вырос", "России")]:
        assert not OWN_FIGURE_AFTER_RU.match(text, text.index(place) + len(place))
