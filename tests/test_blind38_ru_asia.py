"""Phrasings found in session 38 (Russian round on Central Asia, the Caucasus and Russian regions) on stored Russian
trade news pages (outlets no development set holds), each a rule or a vocabulary row, tested on its page's own
sentences."""
from __future__ import annotations

from phrasing import ru_fields


NEWSROSTOV = ("В Ростовской области экспорт промышленных товаров с января по июль 2024 года превысил прошлогодний "
              "показатель на 40%. Об этом сообщили в региональном правительстве.\n\n"
              "Более чем в два раза увеличились отгрузки металлоконструкций и промышленного оборудования. Среди "
              "приоритетных направлений экспорта - Беларусь, Казахстан, Узбекистан, а также Ближний Восток, Азия и "
              "Африка.\n")


def test_a_region_in_the_locative_opening_its_sentence_before_a_flow_is_the_subject():
    """Rule locus_opening (facts/subject.py, Russian rows of cues locus_opening_before and locus_opening_after;
    newsrostov.ru, Rostov Oblast, September 2024): 'В Ростовской области экспорт промышленных товаров ... превысил
    прошлогодний показатель на 40%' names the region whose exports the page reports; its "В" had made it a
    counterpart's vote, and the list of export destinations after it made the 40% Belarus's, with Rostov Oblast as
    its partner."""
    got = ru_fields(NEWSROSTOV, pub_year=2024, pub_month=9)
    assert got[0] == ("40%", "growth", "exports", "Rostov Oblast", "world", 2024, "2024-01", "2024-07", "actual")


def test_the_genitive_of_one_and_a_half_is_a_count():
    """Row 'полутора' of vocab/ru/numbers.csv (egopax.com, RIA Novosti on Russia and Tajikistan): in 'В прошлом году
    товарооборот увеличился на 18,3%, достиг почти полутора миллиардов долларов' the amount is about 1,5 billion
    dollars; it was read as 'миллиардов долларов', one billion."""
    text = ("«Россия традиционно является одним из крупнейших торговых партнеров Таджикистана. В прошлом году "
            "товарооборот увеличился на 18,3%, достиг почти полутора миллиардов долларов.»\n")
    from phrasing import figs
    got = [(f.figure, f.kind, f.value, f.qualifier) for f in figs(text, lang="ru", pub_year=2019)]
    assert ("почти полутора миллиардов долларов", "money", 1.5e9, "approx") in got


KG24 = ("Россия является вторым крупнейшим торговым партнером Кыргызстана с долей в товарообороте страны 20 процентов, "
        "а темпы роста торговли растут.\n\n"
        "«Если говорить о показателях товарооборота, то за последние пять лет они значительно выросли. Видим темпы "
        "порядка 2,5 раза роста», — сказал он.\n")


def test_a_multiple_without_its_preposition_before_growth():
    """Rule ru_growth_multiple, its bare form (figures/lang_ru_extra.py _MULTIPLE_BARE; data/ruweb2 tuned page q10,
    24kg.org, and the same interview on 360.ru): 'Видим темпы порядка 2,5 раза роста' and 'рост составил 2,5 раза'
    give a multiple with no 'в' before it, a rise of 150%; neither was read. (360.ru's page repeats q10's quote, so it
    is no fresh page: its own lead sentence is used here only for the 'составил' form.)"""
    from phrasing import figs
    got = [(f.figure, f.value, f.qualifier) for f in figs(KG24, lang="ru", pub_year=2025, pub_month=9)]
    assert ("порядка 2,5 раза", 150.0, "approx") in got
    text = ("Директор Департамента экономического сотрудничества со странами СНГ Алексей Михайлов сообщил в беседе с RT "
            "о значительном увеличении товарооборота между Россией и Киргизией за последние пять лет — рост составил "
            "2,5 раза.\n")
    got = [(f.figure, f.value, f.measure, f.reporter, f.partner, f.year) for f in figs(text, lang="ru", pub_year=2025)]
    assert got == [("2,5 раза", 150.0, "turnover", "Russia", "Kyrgyzstan", None)]


def test_a_change_right_after_a_span_of_years_has_no_one_year():
    """Rule span_before (facts/period_fallback.py; data/ruweb2 tuned page q10, 24kg.org): 'за последние пять лет они
    значительно выросли. Видим темпы порядка 2,5 раза роста' is the rise over those five years, of no one year; the
    page's 2025 had been given it."""
    from phrasing import figs
    got = [(f.figure, f.year, f.period_start) for f in figs(KG24, lang="ru", pub_year=2025, pub_month=9)]
    assert ("порядка 2,5 раза", None, None) in got


def test_speca_is_a_group_of_countries():
    """Row 'СПЕКА' of vocab/ru/places.csv (1prime.ru, Turkmenistan, January 2026): in 'объем торговли Туркменистана со
    странами СПЕКА увеличился с большинством государств и составил в целом свыше 2,2 миллиарда долларов США' the UN
    programme's members are the partner; unknown as a place, the world had been read from 'в целом'."""
    text = ("\"Отрадно, что по итогам 2025 года объем торговли Туркменистана со странами СПЕКА увеличился с большинством "
            "государств и составил в целом свыше 2,2 миллиарда долларов США, что на 15% больше по сравнению с 2024 годом\", "
            "– сказал замминистра на экономическом форуме в Ашхабаде.\n")
    got = [(r[0], r[3], r[4], r[5]) for r in ru_fields(text, pub_year=2026, pub_month=1)]
    assert got == [("свыше 2,2 миллиарда долларов США", "Turkmenistan", "SPECA", 2025),
                   ("15%", "Turkmenistan", "SPECA", 2025)]


def test_economic_activity_and_industrial_output_after_trade_figures():
    """Rows 'показатель экономической активности' (other) and 'производство промышленной продукции' (output) of
    vocab/ru/measures.csv (1prime.ru, Armenia, February 2026): after the month's exports and imports, 'показатель
    экономической активности в январе 2026 года вырос на 7,6%, производство промышленной продукции увеличилось на
    10,6%' are no trade; both had been read as imports."""
    text = ("\"Внешнеторговый оборот в январе составил чуть более 1,27 миллиарда долларов, сократившись в годовом выражении "
            "на 12%. Экспорт составил почти 464 миллиона долларов (спад - 13,5%), импорт - порядка 812 миллионов долларов "
            "(спад - 11,2%). По данным статкомитета, показатель экономической активности в январе 2026 года вырос на 7,6%, "
            "производство промышленной продукции увеличилось на 10,6%.\n")
    got = [(r[0], r[2]) for r in ru_fields(text, pub_year=2026, pub_month=2)]
    assert got[-2:] == [("7,6%", "other"), ("10,6%", "output")]
    assert got[3:5] == [("13,5%", "exports"), ("порядка 812 миллионов долларов", "imports")]

