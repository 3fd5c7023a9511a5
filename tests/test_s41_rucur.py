"""Russian money that was not read, found in session 41 (helper41_rucur): currencies Russian news names by their
Russian names (vocab/ru/currencies.csv), tested on real sentences of stored pages whose outlets no data set holds."""
from __future__ import annotations

from phrasing import fields


def test_swiss_francs_by_their_russian_names():
    """vocab/ru/currencies.csv rows швейцарских франков (CHF) and франков/франка (CHF on a page about Switzerland):
    '706 миллионов франков (68,3 миллиарда рублей)', '3,56 миллиарда швейцарских франков' (1prime.ru, 2025) and
    '492 миллионов швейцарских франков, или 30,9 миллиарда рублей' (dzen.ru, retelling Bloomberg, 2022) were no money
    at all: only the rubles beside them were read."""
    text = ("Российский экспорт в Швейцарию сократился в пять раз\n\n"
            "ЖЕНЕВА, 24 дек - ПРАЙМ. Российский экспорт в Швейцарию сократился в пять раз с 2023 года, сообщил РИА Новости "
            "посол России в Швейцарии Сергей Гармонин. \"К сожалению, наши двусторонние экономические связи подверглись "
            "заметному сокращению, к тому же налицо серьезный дисбаланс в торговле. Согласно статистическим данным, "
            "российский экспорт в конфедерацию за 2024 год составил 706 миллионов франков (68,3 миллиарда рублей). "
            "Швейцарский импорт в нашу страну за тот же период был в три раза больше – 2,23 миллиарда франков (215,7 "
            "миллиарда рублей), причем 80% приходится на фармацевтику. Для сравнения: по швейцарским данным, российский "
            "экспорт в конфедерацию за 2023 год составил в пять раз больше, чем в 2024 году – 3,56 миллиарда швейцарских "
            "франков (353,8 миллиарда рублей)\", - отметил дипломат.\n")
    got = [f for f in fields(text, "kind", "value", "currency", pub_year=2025, lang="ru") if f[1] == "money"]
    assert got == [("706 миллионов франков", "money", 7.06e8, "CHF"), ("68,3 миллиарда рублей", "money", 6.83e10, "RUB"),
                   ("2,23 миллиарда франков", "money", 2.23e9, "CHF"), ("215,7 миллиарда рублей", "money", 2.157e11, "RUB"),
                   ("3,56 миллиарда швейцарских франков", "money", 3.56e9, "CHF"),
                   ("353,8 миллиарда рублей", "money", 3.538e11, "RUB")]
    text = ("Швейцария в девять раз увеличила экспорт в Россию\n\n"
            "В июне экспортный объем продукции из Швейцарии в Россию достиг 492 миллионов швейцарских франков, или 30,9 "
            "миллиарда рублей, сообщает Bloomberg.\n")
    got = [f for f in fields(text, "kind", "value", "currency", "reporter", "partner", pub_year=2022, lang="ru")
           if f[1] == "money"]
    assert got == [("492 миллионов швейцарских франков", "money", 4.92e8, "CHF", "Switzerland", "Russia"),
                   ("30,9 миллиарда рублей", "money", 3.09e10, "RUB", "Switzerland", "Russia")]


def test_iranian_rials_by_their_russian_name():
    """vocab/ru/currencies.csv rows риалов/риала (IRR; the Saudi, Qatari, Omani and Yemeni rial on a page about their
    country): 'достигнув 1,3 миллиона риалов за доллар США' (lenta.ru, 2025) was no money."""
    text = ("Курс иранской валюты упал до рекордно низких 1,3 млн риалов за доллар\n\n"
            "Курс иранской валюты вновь оказался рекордно низким, достигнув 1,3 миллиона риалов за доллар США. Об этом 15 "
            "декабря сообщает РИА Новости.\n")
    assert fields(text, "kind", "value", "currency", pub_year=2025, lang="ru") == [
        ("1,3 млн риалов", "money", 1.3e6, "IRR"), ("1,3 миллиона риалов", "money", 1.3e6, "IRR")]


def test_a_scale_glued_to_its_count_opens_a_compound_amount():
    """Rule glued_scale_count (text/sentences.py) with the compound repair of figures/lang_ru.py (suffix ':compound'):
    in 'Внешнеторговый оборот Таджикистана ... составил 1млрд. 72 млн. долларов США' (kabar.kg, 2021) the scale's
    abbreviation glued to its count ('1млрд.') ended a sentence before '72', so the amount was read as 72 million
    dollars; it is one amount, 1,072 million."""
    text = ("Бишкек, 17.03.21 /Кабар/. Внешнеторговый оборот Таджикистана в январе - феврале текущего года составил "
            "1млрд. 72 млн. долларов США, что на 7,6% (на 76 млн. долларов) больше, чем в аналогичном периоде прошлого "
            "года, сообщает агентство \"Азия плюс\" со ссылкой на статистическое ведомство РТ.\n")
    got = fields(text, "kind", "value", "currency", "measure", "reporter", pub_year=2021, lang="ru")
    assert got[0] == ("1млрд. 72 млн. долларов США", "money", 1.072e9, "USD", "turnover", "Tajikistan")
    assert got[2] == ("76 млн. долларов", "money", 7.6e7, "USD", "turnover", "Tajikistan")
