"""Phrasings found in session 38 (Russian round) on stored Russian trade news pages (outlets no development set
holds), each a rule or a vocabulary row, tested on its page's own sentences."""
from __future__ import annotations

from phrasing import ru_fields


A42 = ("Кузбасс сохранил первое место во внешнеторговой деятельности регионов Сибири\n\n"
       "Уже шесть лет подряд Кузбасс сохраняет лидирующие позиции во внешней торговле среди регионов СФО. Торговые "
       "операции наша область осуществляет с партнёрами из 87 стран.\n\n"
       "Как сообщили в областной администрации, товарооборот области вырос почти на 47% и составил 3,5 миллиарда "
       "долларов.  Из них 3,4 миллиарда приходится на долю экспорта, который увеличился на 51%.\n")


def test_the_area_a_region_is_ranked_among_does_not_vote():
    """Rule ranked_among_regions (Russian rows of cue among_regions_before, facts/subject.py; gazeta.a42.ru, Kemerovo
    Oblast): in 'Кузбасс сохраняет лидирующие позиции во внешней торговле среди регионов СФО' the Siberian Federal
    District is the area the region is ranked in, no second region of the page: the figures stay Kuzbass's, where
    two regions' votes had made them Russia's."""
    got = [(r[0], r[3], r[4]) for r in ru_fields(A42)]
    assert got == [("почти на 47%", "Kemerovo Oblast", "world"), ("3,5 миллиарда долларов", "Kemerovo Oblast", "world"),
                   ("3,4 миллиарда", "Kemerovo Oblast", "world"), ("51%", "Kemerovo Oblast", "world")]


PRICOM = ("В 2 РАЗА ВЫРОСЛА ТОРГОВЛЯ МЕЖДУ ПАВЛОДАРСКОЙ ОБЛАСТЬЮ И РФ\n\n"
          "Объем торговли между Павлодарской областью и Россией вырос в два раза. Об этом в ходе брифинга в Службе "
          "центральных коммуникаций при Президенте РК на тему «Вопросы международного взаимодействия в рамках "
          "евразийской интеграции» сообщил первый заместитель акима Павлодарской области Дуйсенбай Турганов,\n\n"
          "— Мы больше продаем в Россию и Беларусь, чем покупаем оттуда. Основным нашим партнером является Россия. "
          "Объем торговли с ней за три года вырос в два раза. В прошлом году объем торговли составил порядка 3 млрд "
          "долларов, — сказал Дуйсенбай Турганов.\n")


def test_a_name_in_capitals_is_read():
    """Rule caps_name (facts/places_local.py; pricom.kz, Pavlodar Region): the headline 'В 2 РАЗА ВЫРОСЛА ТОРГОВЛЯ
    МЕЖДУ ПАВЛОДАРСКОЙ ОБЛАСТЬЮ И РФ' names the region in capitals; it is read as Pavlodar Region, the side of
    the headline's change, which had been Russia's with the world."""
    got = ru_fields(PRICOM)
    assert got[0][:5] == ("В 2 РАЗА", "growth", "turnover", "Pavlodar Region", "Russia")


def test_the_place_a_partner_role_names_is_a_counterpart():
    """Rule role_noun_counterpart (Russian row of cue counterpart, facts/subject.py; pricom.kz): 'Основным нашим
    партнером является Россия' names Russia as the region's partner, a counterpart's vote; it had outvoted the
    region, and the quote's figures were Russia's own trade with Belarus."""
    got = [(r[0], r[3], r[4]) for r in ru_fields(PRICOM)]
    assert got[2:] == [("в два раза", "Pavlodar Region", "Russia"),
                       ("порядка 3 млрд долларов", "Pavlodar Region", "Russia")]


CTV = ("Главным стратегическим партнером для республики по-прежнему остается Россия: ее доля в объеме экспорта почти "
       "74 %, сообщили в программе Новости «24 часа» на СТВ.\n\n"
       "Белорусские предприятия работают как по прямым контрактам, так и через товаропроводящие сети. География "
       "поставок включает в себя 73 российских региона. В последнее время набирают обороты поставки в Сибирь, "
       "Дальневосточный и Уральский округа, Алтайский, Приморский, Ставропольский, Забайкальский края, Ростовскую, "
       "Мурманскую, Томскую, Новосибирскую области. За первое полугодие из Беларуси было экспортировано "
       "сельхозпродукции и сырья на более чем 3,5 миллиарда долларов.\n")


def test_the_last_region_of_a_list_sharing_its_noun_is_not_carried():
    """Rule shared_noun_list (facts/carry.py, Russian rows of cue shared_noun_list_before; ctv.by, Belarus): in
    'поставки в ..., Ростовскую, Мурманскую, Томскую, Новосибирскую области' only the last region is read as a place,
    but it closes a list of regions that share its noun; it is carried to no figure after it. The 3,5 billion of the
    next sentence had Novosibirsk Oblast as its partner; it keeps the partner the page carried before the list. (The
    title is the page's address spelt in Cyrillic: '.../belarus-narashivaet-eksport-prodovolstviya-glavnym-partnyorom-
    ostayotsya-rossiya'.)"""
    title = "Беларусь наращивает экспорт продовольствия, главным партнёром остаётся Россия"
    got = [(r[0], r[2], r[3], r[4]) for r in ru_fields(CTV, title=title)]
    assert got == [("почти 74 %", "exports", "Belarus", "Russia"),
                   ("более чем 3,5 миллиарда долларов", "exports", "Belarus", "Russia")]


PEOPLE = ("В январе-марте объем торговли между провинцией Хэйлунцзян и Россией достиг 5,1 млрд долл США\n\n"
          "По последним данным харбинской таможни, в первые три месяца нынешнего года внешнеторговый оборот между "
          "провинцией Хэйлунцзян /Северо-Восточный Китай/ и Россией достиг 5,1 млрд долл США. При этом на долю провинции "
          "пришлась почти четверть общего объема двусторонней торговли между Китаем и Россией и по этому показателю "
          "провинция вышла на первое место в стране.\n\n"
          "Согласно данным, в январе-марте этого года объем экспорта из провинции в Россию составил 1,21 млрд долл США, "
          "увеличившись на 27,4 проц по сравнению с тем же периодом прошлого года, а объем импорта из России -- 3,89 млрд "
          "долл США, что на 9,6 проц. меньше, чем в минувшем году.\n")


def test_the_province_named_again_by_its_noun_stays_the_reporter():
    """Russian row of cue region_noun (facts/reporters_anaphor.py entity_anaphor; russian.people.com.cn, Heilongjiang,
    2013): after 'внешнеторговый оборот между провинцией Хэйлунцзян ... и Россией', the next paragraph's 'объем экспорта
    из провинции в Россию составил 1,21 млрд долл США' is still the province's: its flows were China's."""
    got = [(r[0], r[2], r[3], r[4]) for r in ru_fields(PEOPLE, pub_year=2013, pub_month=4)][2:]
    # "на долю провинции пришлась почти четверть общего объема двусторонней торговли": a share since session 44 (rule
    # ru_share_fraction_word reads adjectives between the fraction word and its flow; tests/test_s44_xru.py)
    assert got[0] == ("почти четверть", "turnover", "Heilongjiang Province", "Russia")
    got = got[1:]
    assert got == [("1,21 млрд долл США", "exports", "Heilongjiang Province", "Russia"),
                   ("27,4 проц", "exports", "Heilongjiang Province", "Russia"),
                   ("3,89 млрд долл США", "imports", "Heilongjiang Province", "Russia"),
                   ("9,6 проц", "imports", "Heilongjiang Province", "Russia")]


URBC = ("По данным Уральского таможенного управления в январе – апреле 2003 г. внешнеторговый оборот Челябинской "
        "области составил $1.022,4 млн. (134,5% к аналогичному периоду 2002 г.), в том числе экспорт – $793,4 млн. "
        "(139,3%), импорт – $229 млн. (120,1%).\n")


def test_a_bracket_after_a_scale_abbreviation_stays_in_its_sentence():
    """Rule scale_bracket (vocab/ru/abbreviations.txt 'млн. (') and the amount's sign in _LIST_ITEM_BRACKET
    (figures/lang_ru.py; archive.urbc.ru, Chelyabinsk Oblast, June 2003): in '$1.022,4 млн. (134,5% к аналогичному
    периоду 2002 г.), в том числе экспорт – $793,4 млн. (139,3%), импорт – $229 млн. (120,1%)' no sentence ends at
    'млн.', so the bracketed percents of the items are indices as the first (+39,3% exports, +20,1% imports); they
    were shares, the first of imports."""
    from phrasing import figs
    got = [(f.figure, f.kind, round(f.value, 1), f.measure) for f in figs(URBC, lang="ru", pub_year=2003) if "%" in f.figure]
    assert got == [("134,5%", "growth", 34.5, "turnover"), ("139,3%", "growth", 39.3, "exports"),
                   ("120,1%", "growth", 20.1, "imports")]


def test_the_next_items_flow_before_its_share_is_what_it_measures():
    """Rule share_owner_item (facts/measure.py; archive.urbc.ru, Chelyabinsk Oblast, June 2003): in 'доля экспорта во
    внешнеторговом обороте составила 77,6%, импорта – 22,4%' the second share is the imports' share, the flow named
    right before it with a dash; it had taken the exports of 'доля экспорта'."""
    text = ("В январе – апреле 2003 года внешнеторговый оборот Челябинской области составил $1.022,4 млн.\n\n"
            "Как сообщает Комитет по экономике области, доля экспорта во внешнеторговом обороте составила 77,6%, "
            "импорта – 22,4%. Сальдо торгового баланса сложилось положительное –$137,7 млн.\n")
    got = [(r[0], r[1], r[2]) for r in ru_fields(text, pub_year=2003, pub_month=6) if "%" in r[0]]
    assert got == [("77,6%", "share", "exports"), ("22,4%", "share", "imports")]


def test_collapsed_is_a_fall():
    """Row 'рухн' of vocab/ru/cues.csv (down; udf.name, Belarus, August 2016): in 'по итогам первых шести месяцев
    нынешнего года товарооборот с Китаем рухнул на 31,5% и составил 966,6 млн долларов' the change is a fall of
    31,5%; it was read as a rise."""
    text = ("Как свидетельствуют данные Национального статистического комитета Беларуси, по итогам первых шести месяцев "
            "нынешнего года товарооборот с Китаем рухнул на 31,5% и составил 966,6 млн долларов.\n")
    from phrasing import figs
    got = [(f.figure, f.kind, f.value, f.measure, f.partner) for f in figs(text, lang="ru", pub_year=2016)]
    assert got[0] == ("31,5%", "growth", -31.5, "turnover", "China")
