"""Session 71, helper openR71: the partner of Russian lists of trading partners and of a part told in a total
(ruweb47 and ruweb46, studied on two thirds of their tuned pages, the first third by SHA-256 of the file name set
aside unread).

- joint_item (facts/partners_joint.py, row joint_item_gap of vocab/ru/patterns.csv): a list item of two or more places
  joined by list separators before one dash and figure ("Иран, Куба и Сирия — 19%", "Хорватия и Армения — в 1,5
  раза") is the list's, written as the list, not its last place's (rule list_item).
- clause_total (vocab/ru/patterns.csv row clause_total): a total behind "в" ("но в общем обороте снизила объём на
  14,4%") is the whole a part is told in, not the figure's own total; the clause's place stays the partner.
- "евразийский экономический союз" written in lower case is the EAEU (vocab/ru/places.csv).
- split_not_carried (facts/partners_carried.py, in rule carried): a sentence whose flows go to two counterparts, one
  each ("нарастили экспорт ... в страны Европейского союза, сократив при этом поставки в Российскую Федерацию"),
  carries neither to the next sentence of its paragraph; two blocs (a whole and its part) still carry.

The stored pages were searched for outside sentences with each phrasing ("Иран, Турция и Египет — 19%, Китай — 13%",
"Германия, Нидерланды и Италия — 21%", "но в общем товарообороте снизила объем", "экспорт в страны евразийского
экономического союза", "увеличили экспорт в страны Евросоюза, сократив при этом поставки в Россию"); only the pair form of joint_item was found (finance.rambler.ru); the others are CONSTRUCTED.
"""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def _facts(text: str, year: int = 2023) -> dict:
    """figure -> (measure, reporter, partner, partner rule) of every figure of a Russian web text."""
    out = {}
    for f in figures_of_text(text, "page", "web", pub_year=year):
        rules = dict(r.split(":", 1) for r in f.fact_rules.split(";"))
        out[f.figure] = (f.measure, f.reporter, f.partner, rules["partner"])
    return out


# -- joint_item -------------------------------------------------------------------------------------------------------

def test_three_places_before_one_dash_hold_its_share_together():
    """Rule joint_item. CONSTRUCTED sentence after the phrasing of the studied page budennovskportal.ru (data/ruweb47
    dc02, "заняли Иран, Куба и Сирия — 19%, Саудовская Аравия — 14%"): the three places before the first dash share
    its figure; the next items keep their own (list_item)."""
    got = _facts("Экспорт Ставропольского края в прошлом году вырос\n"
                 "Основными направлениями экспорта края стали Египет, Ливан и Иордания — 22%, Турция — 15%, "
                 "Китай — 9%.\n")
    assert got["22%"] == ("exports", "Stavropol Krai", "Egypt, Lebanon and Jordan", "joint_item")
    assert got["15%"] == ("exports", "Stavropol Krai", "Turkey", "list_item")
    assert got["9%"] == ("exports", "Stavropol Krai", "China", "list_item")


def test_a_pair_before_one_dash_holds_its_change():
    """Rule joint_item, a pair: real sentence of
    https://finance.rambler.ru/business/52554444-nazvany-strany-kotorye-rezko-uvelichili-postavki-odezhdy-v-rossiyu/
    ("Хорватия и Армения — в 1,5 раза, Турция и Болгария — в 1,4 раза": each pair's one rate). Only the partner is
    asserted: the page's reporter (Russia, the buyer) is left to the reporter rules."""
    text = ("Названы страны, которые резко увеличили поставки одежды в Россию\n"
            "Сильнее всего экспорт в Россию нарастили такие крупные поставщики, как Казахстан — в 3,5 раза, Мьянма — в "
            "3,2 раза, Румыния — в 1,9 раза, Хорватия и Армения — в 1,5 раза, Турция и Болгария — в 1,4 раза, и Южная "
            "Корея — в 1,3 раза.\n")
    got = _facts(text)
    assert got["в 1,5 раза"][2:] == ("Croatia and Armenia", "joint_item")
    assert got["в 1,4 раза"][2:] == ("Turkey and Bulgaria", "joint_item")
    assert got["в 1,9 раза"][2:] == ("Romania", "list_item")
    assert got["в 1,3 раза"][2:] == ("South Korea", "list_item")


# -- clause_total: a total behind "в" ---------------------------------------------------------------------------------

def test_a_part_told_in_the_total_keeps_its_place():
    """Row clause_total, its "в" look-behind. CONSTRUCTED sentence after the phrasing of the studied page nurnews.kz
    (data/ruweb46 da07, "Россия хоть и занимает в этом показателе второе место, но в общем обороте снизила объём на
    14,4% (7,4 млрд долл.)"): the change and the amount are Kazakhstan's part of the turnover, not the world's."""
    got = _facts("Товарооборот Узбекистана за полгода составил 30 млрд долларов.\n"
                 "Первое место в этом обороте занял Китай – 6 млрд долларов. Казахстан хоть и остается вторым "
                 "партнером, но в общем обороте сократил объём на 8,1% (2,2 млрд долл.).\n")
    assert got["8,1%"][:3] == ("turnover", "Uzbekistan", "Kazakhstan")
    assert got["2,2 млрд долл"][:3] == ("turnover", "Uzbekistan", "Kazakhstan")


def test_a_total_of_its_own_after_the_break_stays_the_worlds():
    """Not the look-behind: a total that is the clause's own flow ("а в целом Турция уменьшила совокупный импорт",
    the row's own example, tests/test_russian_facts3.py; "но общий импорт Турции вырос", CONSTRUCTED) stays the
    world's (rule clause_total)."""
    got = _facts("Турция сократила закупки российского зерна.\n"
                 "Сокращение закупок затронуло не только Россию, а в целом Турция уменьшила совокупный импорт на 17,5%.\n"
                 "Экспорт Турции в Россию, а также суммарный экспорт упал, но общий импорт Турции вырос на 3,1%.\n")
    assert got["17,5%"] == ("imports", "Turkey", "world", "clause_total")
    assert got["3,1%"] == ("imports", "Turkey", "world", "clause_total")


# -- the EAEU in lower case -------------------------------------------------------------------------------------------

def test_the_eurasian_union_in_lower_case_is_the_eaeu():
    """Row "евразийский экономический союз" of vocab/ru/places.csv. CONSTRUCTED sentence after miassgid.ru (data/ruweb46
    da05, "в страны евразийского экономического союза экспорт составляет 61%")."""
    got = _facts("Экспорт Челябинской области в страны евразийского экономического союза составил 1,2 млрд долларов.\n")
    assert got["1,2 млрд долларов"][:3] == ("exports", "Chelyabinsk Oblast", "EAEU")


# -- split_not_carried ------------------------------------------------------------------------------------------------

def test_two_counterparts_of_one_sentence_carry_neither():
    """Rule split_not_carried. CONSTRUCTED passage after the phrasing of the studied page kakrabota (data/ruweb46 da02,
    "нарастили экспорт своей продукции в страны Европейского союза, сократив при этом поставки в Российскую Федерацию.
    ..., регион по-прежнему является лидером в Украине по объемам экспорта - 12,4 млрд долларов"): the region's
    exports in the next sentence are its total, not its exports to Belarus."""
    got = _facts("Статистика внешней торговли области\n"
                 "В 2019 году предприятия Львовской области нарастили экспорт своей продукции в страны Европейского "
                 "союза, сократив при этом поставки в Беларусь. По данным управления статистики, область остается "
                 "одним из лидеров по объемам экспорта - 2,1 млрд долларов США за прошлый год.\n", year=2020)
    assert got["2,1 млрд долларов США"] == ("exports", "Lviv Oblast", "world", "default_world+split_not_carried")


def test_a_whole_and_its_part_still_carry():
    """Not split_not_carried: two blocs, a whole and its part ("Exports to Africa ..., out of which goods exported to
    ECOWAS countries", after data/web44 bz05's phrasing, CONSTRUCTED): the part named last goes on."""
    got = _facts("Ghana's exports rise\n"
                 "Exports to Africa stood at $3.41 billion, out of which goods exported to ECOWAS countries were valued "
                 "at $1.81 billion. Such exports rose by 12 percent.\n", year=2020)
    assert got["12 percent"] == ("exports", "Ghana", "ECOWAS", "carried")


# -- Asia's countries as one counterpart ------------------------------------------------------------------------------

def test_asian_countries_are_asia():
    """Rows "азиатские страны", "азиатские государства" of vocab/ru/places.csv, beside "европейские страны" (Europe).
    CONSTRUCTED sentence (the stored pages searched for "товарооборот с азиатскими странами" gave none): no longer the
    world."""
    got = _facts("Внешняя торговля Свердловской области\n"
                 "Товарооборот Свердловской области с азиатскими странами составил 3,4 млрд долларов.\n")
    assert got["3,4 млрд долларов"] == ("turnover", "Sverdlovsk Oblast", "Asia", "frame")


# -- a place behind "без" is left out ---------------------------------------------------------------------------------

def test_a_place_behind_bez_is_no_counterpart():
    """Row part_before of vocab/ru/patterns.csv, its "без". CONSTRUCTED sentence after the phrasing of the studied page
    kakrabota (data/ruweb46 da02, "страны Европы (без СНГ) ... увеличили импорт на 4,8%"; the stored pages searched for
    "экспорт в страны Европы (без СНГ)" gave none): Europe, not the CIS left out; "без учета России" stays rule
    scope_not_counterpart's."""
    got = _facts("Внешняя торговля Харьковской области\n"
                 "Экспорт Харьковской области в страны Европы (без СНГ) вырос на 4,8% - до 3,2 млрд долларов.\n"
                 "Экспорт Харьковской области в страны СНГ без учета России составил 1,1 млрд долларов.\n", year=2014)
    assert got["4,8%"] == ("exports", "Kharkiv Oblast", "Europe", "sentence+part_before")
    assert got["3,2 млрд долларов"] == ("exports", "Kharkiv Oblast", "Europe", "sentence+part_before")
    assert got["1,1 млрд долларов"] == ("exports", "Kharkiv Oblast", "CIS", "sentence+scope_not_counterpart")
