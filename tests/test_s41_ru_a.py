"""Russian phrasings of years, periods and reporters found in session 41 by probing stored news pages on the foreign
trade of Russia's regions and of the countries around it, each a rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields

SAMARA = ("Внешнеторговый оборот Самарской области в январе-июне 2009 года уменьшился на 49,7% по сравнению с "
          "аналогичным периодом прошлого года – до $2 млрд 932,7 млн.\n"
          "Экспортные поставки снизились на 49,7% и составили $2 млрд 484,5 млн, импортные закупки – на 50%, до $448,2 "
          "млн. Падение региональных показателей выше, чем в целом по России, сообщается в отчете территориального органа "
          "Росстата по Самарской области. Внешнеторговый оборот России в первом полугодии 2009 года сократился на 44,1% по "
          "сравнению с аналогичным прошлогодним периодом и составил $208,3 млрд.\n")


def test_a_paragraph_opening_on_an_unowned_flow_after_a_regions_paragraph_is_still_the_regions():
    """Rule region_next_paragraph (time-samara.ru, probed in session 41): 'Экспортные поставки снизились на 49,7% и
    составили $2 млрд 484,5 млн, импортные закупки – на 50%, до $448,2 млн' opens the paragraph right after the one on
    the Samara region's foreign trade; the page names Russia as a whole more often (its subject), but the flows that
    name no owner are still the region's."""
    got = fields(SAMARA, "measure", "reporter", "partner", "year", "period_end", pub_year=2009, lang="ru")
    assert got[2:6] == [("49,7%", "exports", "Samara Oblast", "world", 2009, "2009-06"),
                        ("$2 млрд 484,5 млн", "exports", "Samara Oblast", "world", 2009, "2009-06"),
                        ("50%", "imports", "Samara Oblast", "world", 2009, "2009-06"),
                        ("$448,2 млн", "imports", "Samara Oblast", "world", 2009, "2009-06")]
    # the country's own figures, named in the same paragraph, stay the country's
    assert got[6][:3] == ("44,1%", "turnover", "Russia")


def test_last_month_is_the_month_before_the_pages_own():
    """Rows of kind last_month (vocab/ru/periods.csv; facts/periods_local.py, resolved by period_choice's rule
    last_month as English 'last month' is; ru.apa.az, probed in session 41): on a page of July 2009 'в прошлом месяце'
    is June 2009, not the page's year with no months; 'в июне' in the next sentence is the same month."""
    text = ("Баку. Айнур Алиева - АПА-Экономикс. Из провинции Сакария (Турция) в прошлом месяце в Азербайджан, включая и "
            "Нахчыван, были экспортированы товары на 3,194 млн. долларов.\n"
            "Как передает АПА-Экономикс со ссылкой на отчет Совета экспортеров Турции, по объему экспорта Сакария занимает "
            "9-е место среди других экономических зон страны. Так, общий объем экспорта провинции в июне составил 212 млн. "
            "57 тыс. долларов.\n")
    got = fields(text, "measure", "year", "period_start", "period_end", pub_year=2009, pub_month=7, lang="ru")
    assert got == [("3,194 млн. долларов", "exports", 2009, "2009-06", "2009-06"),
                   ("212 млн. 57 тыс. долларов", "exports", 2009, "2009-06", "2009-06")]


def test_a_place_inside_a_broadcasters_quoted_name_is_no_reporter():
    """Rule quoted_outlet (cue outlet_name_before, vocab/ru/patterns.csv; facts/places.py; tvspb.ru, probed in session
    41, whose pages close on 'Ранее телеканал «Санкт-Петербург» рассказывал, что ...'): the city in the broadcaster's
    name is no place of the flow told after it, so the turnover of Russia and Kazakhstan stays the pair's, not St.
    Petersburg's (rule home_region took the city before)."""
    text = ("Премьер-министр Михаил Мишустин посетил российско-узбекский бизнес-форум в Самарканде. Председатель "
            "правительства заявил, что у РФ и Узбекистана фиксируется хорошая динамика в торговом обороте в текущем году.\n"
            "Премьер-министр добавил, что хорошая динамика наблюдается и в текущем году.\n"
            "Ранее телеканал «Санкт-Петербург» рассказывал, что товарооборот России и Казахстана достиг 22 миллиардов "
            "долларов по итогам 10 месяцев 2022 года. При этом по сравнению с 2021 годом, он вырос на 10%.\n")
    got = fields(text, "measure", "reporter", "partner", "year", "period_end", pub_year=2022, pub_month=12, lang="ru")
    assert got == [("22 миллиардов долларов", "turnover", "Russia", "Kazakhstan", 2022, "2022-10"),
                   ("10%", "turnover", "Russia", "Kazakhstan", 2022, "2022-10")]


def test_a_figure_with_no_time_on_a_page_of_january_is_of_the_year_just_over():
    """Rule january_past_year (facts/period_fallback.py; kn.md, data/ruweb13 tuned page am06; vz.ru, probed in session
    41): on a page of 30 January 2020, 'На Кишинев приходится 37,6% совокупного экспорта Левобережья' names no time and
    none is in force: a year barely begun has no results yet, so the shares are of 2019, the year the next paragraph
    names ('Всего в 2019 году'), not of 2020 with no months; on a page of 20 January 2026 Lavrov's record turnover of
    Armenia and Russia is 2025's."""
    text = ("Левобережье Днестра в два раза больше покупает, чем продает.\n\n"
            "Больше всего Приднестровье отправляет товаров, произведенных в регионе, на правый берег Днестра. Об этом "
            "свидетельствуют данные, опубликованные местным статистическим ведомством.\n\n"
            "На Кишинев приходится 37,6% совокупного экспорта Левобережья. Большая часть – это электроэнергия. Объемы "
            "поставок из года в год увеличиваются. Второй по объему рынок для товаров из Приднестровья – Украина с 19,1%, "
            "и только на третьем месте Российская Федерация – 13,2%.\n")
    got = fields(text, "measure", "partner", "year", "period_start", "period_end", pub_year=2020, pub_month=1, lang="ru")
    assert got[1:] == [("37,6%", "exports", "world", 2019, "2019-01", "2019-12"),
                       ("19,1%", "exports", "Ukraine", 2019, "2019-01", "2019-12"),
                       ("13,2%", "exports", "Russia", 2019, "2019-01", "2019-12")]
    text = ("По словам Лаврова, товарооборот между Арменией и Россией достиг рекордных 14 млрд долларов, передает ТАСС.\n\n"
            "Министр отметил, что такого уровня торговли ранее не удавалось достичь.\n")
    assert fields(text, "measure", "year", "period_start", "period_end", pub_year=2026, pub_month=1, lang="ru") == [
        ("14 млрд долларов", "turnover", 2025, "2025-01", "2025-12")]
    # later in the year the page's own year stays, months unknown
    assert fields(text, "year", "period_start", pub_year=2026, pub_month=3, lang="ru") == [
        ("14 млрд долларов", 2026, None)]


def test_a_year_after_a_clock_time_is_a_pages_time_stamp():
    """Rule clock_stamp (facts/periods_local.py; kn.md, data/ruweb13 tuned page am06): '30 января\\n10:20 2020' under
    the title stamps the page; its year is no period in force for the paragraphs after it, so the shares of the page of
    January that name no time of their own are of 2019, the year just over (rule january_past_year), not of 2020."""
    text = ("Для Приднестровья Румыния важна не меньше России\n\n"
            "30 января\n10:20 2020\n\n"
            "Левобережье Днестра в два раза больше покупает, чем продает.\n\n"
            "Больше всего Приднестровье отправляет товаров, произведенных в регионе, на правый берег Днестра. Об этом "
            "свидетельствуют данные, опубликованные местным статистическим ведомством.\n\n"
            "На Кишинев приходится 37,6% совокупного экспорта Левобережья. Большая часть – это электроэнергия.\n")
    got = fields(text, "year", "period_start", "period_end", pub_year=2020, pub_month=1, lang="ru")
    assert got[-1] == ("37,6%", 2019, "2019-01", "2019-12")
