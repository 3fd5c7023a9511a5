"""Phrasings found in session 37 on stored Russian trade news pages, each a rule or a vocabulary row, tested on its
page's own sentences."""
from __future__ import annotations

from phrasing import ru_fields


TOP10 = ("Обнародован список ТОП-10 ведущих стран, включенных в структуру экспорта РУз\n\n"
         "Узбекистан продолжает развивать свои экономические связи с мировыми партнерами, и в январе-июле 2023 года "
         "были названы страны, которые наибольшим образом внесли вклад в структуру экспорта Узбекистана.\n\n"
         "На данный момент Россия занимает лидирующее положение, импортируя товары и услуги из Узбекистана на сумму "
         "1,6 миллиарда долларов США. Это подтверждает тесные экономические связи между Узбекистаном и Россией.\n\n"
         "Следом за Россией идет Китай, который импортировал 1,5 миллиарда долларов узбекской продукции. Это указывает "
         "на важное партнерство в сфере торговли между Узбекистаном и Китаем.\n\n"
         "В Топ-10 также входят Турция (842 миллиона долларов), Казахстан (808 миллионов долларов), Афганистан (467 "
         "миллионов долларов).\n")


def test_now_stands_at_the_running_period_in_force():
    """Rule now_running_period (tafsilar.info, August 2023, the lead left by session 36): 'На данный момент Россия
    занимает лидирующее положение, ... на сумму 1,6 миллиарда долларов' under 'в январе-июле 2023 года были названы
    страны' is of January-July 2023, the running part of the year the page speaks from, not of 2023 with no months."""
    got = ru_fields(TOP10, pub_year=2023, pub_month=8)
    assert got[0] == ("1,6 миллиарда долларов США", "money", "exports", "Uzbekistan", "Russia", 2023, "2023-01",
                      "2023-07", "actual")


def test_a_paragraph_going_on_with_also_takes_the_flow_before():
    """Russian row of cue continued_paragraph (tafsilar.info): 'В Топ-10 также входят Турция (842 миллиона
    долларов), ...' after the paragraph 'Китай, который импортировал 1,5 миллиарда долларов узбекской продукции' goes
    on with its flow: the page's exports, not other."""
    got = ru_fields(TOP10, pub_year=2023, pub_month=8)
    assert [g[:5] for g in got[2:]] == [("842 миллиона долларов", "money", "exports", "Uzbekistan", "Turkey"),
                                        ("808 миллионов долларов", "money", "exports", "Uzbekistan", "Kazakhstan"),
                                        ("467 миллионов долларов", "money", "exports", "Uzbekistan", "Afghanistan")]


def test_a_bracketed_percent_after_a_change_in_words_restates_it():
    """Rule ru_growth_bracket_restated (islamnews.ru, August 2022, on Turkey's exports to Russia): in 'нарастила
    поставки своей продукции в РФ почти вполовину (46%)' the percent restates the change said in words, a growth,
    not a share."""
    text = ("Турция бьет рекорды по экспорту в РФ\n\n"
            "В Турции озвучили статистические данные по экспорту отечественной продукции в Россию.\n\n"
            "По сведениям Турецкого института статистики, республика нарастила поставки своей продукции в РФ почти "
            "вполовину (46%) по сравнению с прошлогодними показателями.\n")
    got = ru_fields(text, pub_year=2022, pub_month=8)
    assert [g[:5] for g in got] == [("46%", "growth", "exports", "Turkey", "Russia")]


def test_declarations_and_citizens_counted_are_no_money():
    """Rows декларац and граждан of vocab/ru/quantity_units.txt (ampravda.ru, December 2012, the Amur customs'
    year): 'более 13,6 тысячи деклараций' and 'более 1 миллиона граждан' near a dollar amount are counts, which take
    no implied currency; the dollar amounts and the rubles stay."""
    text = ("Стоимость грузовых отправок достигла показателя 819,4 миллиона долларов — на 311 миллионов больше, чем за "
            "11 месяцев 2011 года. Таможенными постами оформлено более 13,6 тысячи деклараций на товары, причем 99% "
            "предоставлены по интернету.\n\n"
            "Через границу пропустили более 1 миллиона граждан. Таможня перечислила в федеральный бюджет более 6,7 "
            "миллиарда рублей, что на 2,7 миллиарда больше по сравнению с соответствующим периодом 2011 года.\n")
    got = [(g[0], g[1]) for g in ru_fields(text, pub_year=2012, pub_month=12)]
    assert got == [("819,4 миллиона долларов", "money"), ("311 миллионов", "money"), ("99%", "share"),
                   ("более 6,7 миллиарда рублей", "money"), ("2,7 миллиарда", "money")]


def test_contracts_signed_are_contracts():
    """Russian rows контракт... of vocab/ru/measures.csv (astanatv.kz, 2023): 'Мы заключили контрактов на 75,2 млн
    долларов' is the worth of contracts, not the GDP named in the sentence before."""
    text = ("Сегодня ВВП Сычуань превышает 900 млрд долларов США - это, на минуточку, практически ВВП Российской "
            "Федерации. Мы заключили контрактов на 75,2 млн долларов.\n")
    got = ru_fields(text, pub_year=2023)
    assert [(g[0], g[2]) for g in got] == [("превышает 900 млрд долларов США", "gdp"), ("75,2 млн долларов", "contracts")]


def test_a_target_indicator_is_a_target():
    """Russian rows целевой... of vocab/ru/status.csv (sia.ru, August 2025): 'на 2025 год целевой показатель по
    объему экспорта для региона составляет 49,3 млн долларов' is a goal for the whole of 2025; what the region
    'уже экспортировала' is a result."""
    text = ("«В соответствии с паспортом регионального проекта на 2025 год целевой показатель по объему экспорта для "
            "региона составляет 49,3 млн долларов. Итоги семи месяцев показывают выполнение плана на 100,6%», – "
            "пояснили в правительстве Приангарья.\n\n"
            "Предприятия региона уже экспортировали продукцию на сумму 49,6 млн долларов.\n")
    got = ru_fields(text, pub_year=2025, pub_month=8)
    assert (got[0][0], got[0][5:]) == ("49,3 млн долларов", (2025, "2025-01", "2025-12", "target"))
    assert (got[-1][0], got[-1][5:]) == ("49,6 млн долларов", (2025, "2025-01", "2025-07", "actual"))


def test_a_foreign_trade_partners_amount_is_turnover():
    """Russian rows внешнеторговых партнеров... of vocab/ru/measures.csv (mir24.tv, April 2022, on Tajikistan's
    trade with the CIS): 'в число основных внешнеторговых партнеров Таджикистана вошли Россия ($364,9 млн), ...' are
    the two sides' turnovers, not other."""
    text = ("Объем товарооборота Таджикистана со странами СНГ в январе – марте текущего года возрос на 43% по сравнению "
            "с аналогичным периодом 2021-го. Об этом во вторник сообщили в Агентстве по статистике при президенте "
            "республики.\nВ ведомстве уточнили, что в число основных внешнеторговых партнеров Таджикистана вошли Россия "
            "($364,9 млн), Казахстан ($353,9 млн) и Узбекистан ($138,1 млн).\n")
    got = ru_fields(text, pub_year=2022, pub_month=4)
    assert [g[:5] for g in got[1:]] == [("$364,9 млн", "money", "turnover", "Tajikistan", "Russia"),
                                        ("$353,9 млн", "money", "turnover", "Tajikistan", "Kazakhstan"),
                                        ("$138,1 млн", "money", "turnover", "Tajikistan", "Uzbekistan")]


def test_a_ranking_under_a_heading_takes_its_flow():
    """Rule ranking_heading, Russian rows of cue ranking_list (govoritmoskva.ru, August 2024): under the heading 'В
    Минсельхозе назвали лидеров по объёму импорта российской сельхозпродукции', 'В первую пятёрку вошли Китай ($7,6
    млрд), ...' ranks the buyers of Russia's goods: Russia's exports, not other."""
    text = ("В Минсельхозе назвали лидеров по объёму импорта российской сельхозпродукции\n\n"
            "В первую пятёрку вошли Китай ($7,6 млрд), Турция ($5 млрд), Казахстан ($3,3 млрд), Белоруссия ($2,8 млрд) "
            "и Египет ($2,5 млрд).\n")
    got = ru_fields(text, pub_year=2024, pub_month=8)
    assert [g[2:5] for g in got] == [("exports", "Russia", "China"), ("exports", "Russia", "Turkey"),
                                     ("exports", "Russia", "Kazakhstan"), ("exports", "Russia", "Belarus"),
                                     ("exports", "Russia", "Egypt")]


def test_now_opening_the_next_clause_is_not_the_goals_time():
    """Rule now_next_clause (astanatv.kz, 2023): in 'поставлена краткосрочная задача - увеличить взаимный товарооборот
    до 40 млрд долларов, сейчас этот показатель составляет 31,5 миллиард' the 'сейчас' after the comma dates the
    31,5 billion of its own clause; the 40 billion stays a goal with no time, not a current level."""
    text = ("В минторговли Казахстана заявили, что китайская сторона также заинтересована в импорте напитков и "
            "кондитерских изделий из нашей страны. Лидерами Казахстана и Китая поставлена краткосрочная задача - "
            "увеличить взаимный товарооборот до 40 млрд долларов, сейчас этот показатель составляет 31,5 миллиард.\n")
    got = ru_fields(text, pub_year=2023)
    assert [(g[0], g[2], g[5], g[8]) for g in got] == [("40 млрд долларов", "turnover", None, "target"),
                                                       ("31,5 миллиард", "turnover", 2023, "actual")]


def test_a_regions_other_name_is_the_reporter():
    """Row Брянщина of vocab/ru/places.csv (navlya-gazeta.ru, July 2021): 'Экспорт продтоваров и сырья на Брянщине в
    2020 году составил 46,9 млн долларов США' is the Bryansk Region's, a page that names it by no other word."""
    text = ("На рост внешнеторгового оборота Брянщины пандемия не повлияла\n"
            "Экспорт продтоваров и сырья на Брянщине в 2020 году составил 46,9 млн долларов США, что на 17% больше "
            "предыдущего года.\n")
    got = ru_fields(text, pub_year=2021, pub_month=7)
    assert [g[:5] for g in got] == [("46,9 млн долларов США", "money", "exports", "Bryansk Oblast", "world"),
                                    ("17%", "growth", "exports", "Bryansk Oblast", "world")]


def test_goods_sent_abroad_are_exports():
    """Rows экспортировало and 'за рубеж' of vocab/ru/measures.csv (mosregtoday.ru, 2020, on the Moscow Region's
    agricultural exports of 2019): 'за рубеж было поставлено сельхозпродукции ... на 25,5 миллиарда долларов' and
    'Подмосковье экспортировало продукции АПК на 961,8 миллиона долларов' are exports, not other."""
    text = ("«По итогам прошлого года за рубеж было поставлено сельхозпродукции и продовольствия на 25,5 миллиарда "
            "долларов при плане в 24 миллиарда долларов.»\n\n"
            "Глава регионального Минсельхоза Андрей Разин напомнил, что за прошлый год Подмосковье экспортировало "
            "продукции АПК на 961,8 миллиона долларов при плане в 915-930 миллионов.\n")
    got = ru_fields(text, pub_year=2020, pub_month=2)
    assert [(g[0], g[2]) for g in got] == [("25,5 миллиарда долларов", "exports"), ("24 миллиарда долларов", "exports"),
                                           ("961,8 миллиона долларов", "exports"), ("915-930 миллионов", "exports")]
    assert got[2][3] == "Moscow Oblast"


def test_mutual_trade_inside_a_union_is_the_union_with_itself():
    """Russian rows of cue intra_regional (novostipmr.com, December 2015, on the EAEU): 'Объемы взаимной торговли
    внутри союза снизились на 25%' is the union's trade inside itself, the EAEU its own counterpart; its trade 'с
    третьими странами' stays with the world."""
    text = ("Объем внешней торговли ЕАЭС в 2015 году упал на 34%\n\n"
            "Товарооборот Евразийского экономического союза (ЕАЭС) с третьими странами в 2015 году упал на 34%. "
            "Объемы взаимной торговли внутри союза снизились на 25%. Об этом сообщил председатель коллегии Евразийской "
            "экономической комиссии Виктор Христенко.\n")
    got = ru_fields(text, pub_year=2015, pub_month=12)
    assert [(g[0], g[3], g[4]) for g in got] == [("34%", "EAEU", "world"), ("34%", "EAEU", "world"),
                                                 ("25%", "EAEU", "EAEU")]


def test_the_time_after_the_amount_a_change_started_from_is_that_amounts():
    """Rule from_amount_time (russian.people.com.cn, April 2013, on Heilongjiang's trade with Russia): in 'в прошлом
    году объем торговли между провинцией и Россией увеличился с 18,99 млрд долл США в 2011 году до 21,31 млрд долл
    США' the 2011 is the starting amount's, a base; the amount reached is of last year, 2012."""
    text = ("Напомним, что по данным администрации провинции Хэйлунцзян, в прошлом году объем торговли между провинцией "
            "и Россией увеличился с 18,99 млрд долл США в 2011 году до 21,31 млрд долл США.\n")
    got = ru_fields(text, pub_year=2013, pub_month=4)
    assert [(g[0], g[2], g[5], g[6], g[7]) for g in got] == [
        ("18,99 млрд долл США", "turnover", 2011, "2011-01", "2011-12"),
        ("21,31 млрд долл США", "turnover", 2012, "2012-01", "2012-12")]
