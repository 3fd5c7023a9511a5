"""The blind28ru sample (29 stored Russian pages: China with Russia and the US; Kazakhstan, Kyrgyzstan, Tajikistan,
Uzbekistan, Armenia, Azerbaijan, Belarus, Iran, India and Turkey with their partners; undated pages, relative years,
partial periods; 6 set aside by hash): each test a phrasing of a tuning page that dated, paired or admitted a figure
wrongly, with the page's real sentence."""
from __future__ import annotations

from tradeflows.dataset.series import IN, series_status

from phrasing import one_figure, row, rule


fig = one_figure


# -- "за три первых квартала 2021 года": a count before "первых" counts quarters from January (vocab/ru/periods.csv),
#    not the first quarter --------------------------------------------------------------------------------------

def test_three_first_quarters_are_january_to_september():
    # silkbridge.info: China-US trade of January-September 2021 had been dated January-March
    text = ("К сравнению, за три первых квартала 2021 года китайско-американская торговля увеличилась по сравнению с"
            " показателями января-сентября 2020 года на 35,4% до $543,1 млрд, сообщает таможня КНР.\n")
    f = fig(text, "$543,1 млрд")
    assert (f.year, f.period_start, f.period_end) == (2021, "2021-01", "2021-09")
    assert (f.reporter_iso3, f.partner_iso3) == ("CHN", "USA")


# -- "С другими странами ... до 26,2 миллиарда долларов": the rest of the world after a bloc's figures is a group no
#    registry place is (unnamed_group row of vocab/ru/patterns.csv), not the world ----------------------------------

_UZ_CIS = ("По итогам 2021 года внешнеторговый оборот Узбекистана со странами СНГ вырос на 34,1 процента по сравнению с"
           " 2020 годом (11,8 миллиарда долларов) - до 15,8 миллиарда долларов, передает в четверг Trend со ссылкой на"
           " узбекский Госкомстат.\nС другими странами за аналогичный период внешнеторговый оборот вырос на 7,2 процента"
           " по сравнению с 2020 годом (24,4 миллиарда долларов) - до 26,2 миллиарда долларов.\n")


def test_other_countries_are_no_world():
    # cis.minsk.by: Uzbekistan's trade with the non-CIS countries of 2020 had entered the panel as its world total
    # (session 36: the other countries after the CIS paragraph are now named, the non-CIS countries, rule
    # others_than_group in facts/world.py; still no world)
    for figure, year in (("24,4 миллиарда долларов", 2020), ("26,2 миллиарда долларов", 2021)):
        f = fig(_UZ_CIS, figure)
        assert (f.reporter_iso3, f.partner, f.year, rule(f, "partner")) == ("UZB", "non-CIS countries", year,
                                                                            "others_than_group")
        # (a series of the non-CIS countries, as the CIS figure's is of the CIS; never the world's)
        assert row(f)["partner"] != "world" and series_status(row(f), 0) == IN
    f = fig(_UZ_CIS, "15,8 миллиарда долларов")
    assert (f.partner, f.year) == ("CIS", 2021)


def test_other_countries_of_a_named_bloc_stay_that_bloc():
    # data/ruweb r09 (kursiv.kz): "с другими странами Центральной Азии" names the bloc, no unnamed group
    text = ("Президент Казахстана Касым-Жомарт Токаев заявил, что товарооборот Казахстана со странами Центральной Азии"
            " желательно довести до $15 млрд.\nПрезидент отметил, что за последние пять лет товарооборот Казахстана с"
            " другими странами Центральной Азии вырос на 42%, достигнув $6,3 млрд.\n")
    f = fig(text, "$6,3 млрд", pub_year=2022)
    assert rule(f, "partner") != "unnamed_group" and f.partner is not None


# -- "выразил надежду на ... достижение", "к концу года составит": a hope and a future "составит" are a goal's and a
#    forecast's words (vocab/ru/status.csv) ------------------------------------------------------------------------

def test_hope_is_a_target():
    # onyxmedia.ru: the hoped-for 14-16 billion had been an actual result of January-June 2024
    text = ("В первом полугодии 2024 года товарооборот между Россией и Арменией превысил отметку в 8,3 миллиарда"
            " долларов, превышая показатели за весь прошлый год - 7,4 миллиарда долларов. Посол выразил надежду на"
            " сохранение этого роста и достижение рекордных показателей в размере 14-16 миллиардов долларов.\n")
    f = fig(text, "14-16 миллиардов долларов", pub_year=2024, pub_month=11)
    assert (f.status, rule(f, "status")) == ("target", "cue:надежду")
    assert fig(text, "8,3 миллиарда долларов", pub_year=2024, pub_month=11).status == "actual"


def test_future_amounts_to_is_a_target():
    # kuban24.tv: the ambassador's forecast for the year's end had been an actual level
    text = ("Посол Турции: товарооборот с РФ к концу года составит 20 млрд долларов\n\nДипломат добавил, что за первые"
            " полгода товарооборот составил 8 млрд долларов.\n")
    f = fig(text, "20 млрд долларов")
    assert (f.status, rule(f, "status")) == ("target", "cue:составит")
    assert fig(text, "8 млрд долларов").status == "actual"


# -- "увеличился по сравнению с аналогичным периодом прошлого года на 136,5 миллиона": "на" right after a base is the
#    change, of the figure's own period (base_of takes "на" only after a bracket or a dash) -------------------------

def test_change_by_after_a_same_period_base_is_of_its_own_year():
    # ru.trend.az: the increase of January-October 2025 had been dated January-October 2024, the base's months
    text = ("БАКУ /Trend/ - За январь-октябрь текущего года товарооборот Азербайджана со странами-членами Организации"
            " тюркоязычных государств (ОТГ) составил 5,909 миллиарда долларов США.\n\nСогласно расчетам Trend,"
            " проведенным на основе отчета Государственного таможенного комитета, этот показатель увеличился по"
            " сравнению с аналогичным периодом прошлого года на 136,5 миллиона долларов США, или на 2,4%.\n")
    f = fig(text, "136,5 миллиона долларов США", pub_year=2025, pub_month=11)
    assert (f.year, f.period_start, f.period_end) == (2025, "2025-01", "2025-10")
    assert rule(f, "year") != "base_value"


# -- "Туда входят также Китай и Казахстан": two countries joined by "и" carry neither to the next sentence
#    (rule pair_list_not_carried, cues and_sep / between_before) ---------------------------------------------------

def test_two_listed_partners_are_not_carried():
    # ria.ru: Kyrgyzstan's 2023 trade with Russia had entered the panel as its trade with China
    text = ("КАЗАНЬ, 17 мая - РИА Новости. Киргизия и Россия нацелены на наращивание взаимного товарооборота до 5"
            " миллиардов долларов, заявил первый заместитель председателя кабинета министров Киргизии Адылбек"
            " Касымалиев.\n\"Россия на сегодняшний день занимает второе место в тройке торговых партнеров Кыргызстана."
            " Туда входят также Китай и Казахстан... За 2023 год объем товарооборота достиг значительных показателей,"
            " составил 2,9 миллиарда долларов США.\n")
    f = fig(text, "2,9 миллиарда долларов США", pub_year=2024, pub_month=5)
    assert (f.reporter_iso3, f.partner_iso3, f.year) == ("KGZ", "RUS", 2023)
    # an aim with no time of its own has no year (goal_word "нацелены": undated_aim), not the page's
    g = fig(text, "5 миллиардов долларов", pub_year=2024, pub_month=5)
    assert (g.status, g.year, rule(g, "year")) == ("target", None, "undated_aim")


def test_agreed_increase_has_no_year():
    # ruinformer.com: "договорились увеличить ... до 10 миллиардов" had been dated the page's year
    text = ("«Иран и Россия договорились увеличить объем торговли до 10 миллиардов долларов, но есть возможности"
            " удвоить это число», — сказал Резаи журналистам агентства IRNA.\n")
    f = fig(text, "10 миллиардов долларов", pub_year=2022, pub_month=7)
    assert (f.status, f.year, rule(f, "year")) == ("target", None, "undated_aim")


# -- "5-ти миллиардов долларов": a count in digits with a case ending is the scale word's count (rule
#    ru_money_suffixed_count, figures/lang_ru_extra.py), not one billion ---------------------------------------------

def test_suffixed_digit_count_before_a_scale_word():
    # qazaqtv.com: the 5 billion of January-April had been read as "миллиардов долларов", one billion
    text = ("5 млрд долларов составил товарооборот между Казахстаном и Китаем\n\n5-ти миллиардов долларов достиг"
            " товарооборот между Казахстаном и Китаем. И это только за первые 4 месяца.\n")
    f = fig(text, "5-ти миллиардов долларов")
    assert (f.value, f.currency, f.rule, f.measure) == (5e9, "USD", "ru_money_suffixed_count", "turnover")


# -- "хотят поднять товарооборот ... до ежегодной отметки в 5 миллиардов долларов": a want is a goal's word ----------

def test_want_is_a_target():
    # news.myseldon.com: the 5 billion Ankara and Tbilisi want had been an actual level
    text = ("Анкара и Тбилиси хотят поднять товарооборот друг с другом до ежегодной отметки в 5 миллиардов долларов."
            " Такое заявление сделал президент Турции Реджеп Тайип Эрдоган, выступая после переговоров в Анкаре с"
            " грузинским премьер-министром Ираклием Кобахидзе.\n")
    f = fig(text, "5 миллиардов долларов")
    assert (f.status, rule(f, "status")) == ("target", "cue:хотят")
