"""Phrasings found in session 38 (Russian leads round) on stored Russian trade news pages (outlets no development
set holds), following leads the session's Russian helpers left; each a rule or a vocabulary row, tested on its
page's own sentences."""
from __future__ import annotations

from phrasing import figs, ru_fields


JILIN = ("МОСКВА, 21 авг - ПРАЙМ. Общий объем товарооборота провинции Цзилинь и России с января по июль этого года "
         "составил более 12,7 миллиарда юаней (около 1,7 миллиарда долларов США), что на 16,1% меньше по сравнению с "
         "аналогичным периодом прошлого года, следует из данных таможни города Чанчунь (административный центр "
         "провинции), изученных РИА Новости. Провинция Цзилинь находится в центральной части Северо-Восточного Китая "
         "и граничит с Приморским краем России, а также с КНДР. В провинции проживает около 24 миллионов человек. "
         "По данным генконсульства России в Шэньяне, Цзилинь является ключевым партнером России в развитии "
         "международного транспортного коридора \"Приморье-2\". Экспорт в Россию за семь месяцев составил 9,1 "
         "миллиарда юаней (около 1,2 миллиарда долларов США), сократившись на 14,3%, а импорт из России - 3,6 "
         "миллиарда (около 500 миллионов долларов), сократившись на 20,3%, сообщает таможня. По данным таможни, "
         "общий объем товарооборота провинции за первые семь месяцев этого года составил 88,3 миллиарда юаней "
         "(около 12,3 миллиарда долларов), что на 12,2% меньше по сравнению с аналогичным периодом прошлого года.\n")


def test_a_total_owned_by_a_unit_noun_is_the_world():
    """Rule unit_total (Russian row of cue world_strong, facts/world.py world_cue; 1prime.ru, Jilin): in 'По данным
    таможни, общий объем товарооборота провинции за первые семь месяцев этого года составил 88,3 миллиарда юаней'
    the total is the province's own, its trade with the world; the three figures had kept the Jilin-Russia pair
    carried from the paragraph's opening, whose own figures stay the pair's."""
    got = [(r[0], r[2], r[4], r[5], r[6], r[7]) for r in ru_fields(JILIN, pub_year=2025, pub_month=8)]
    assert got[0][:3] == ("более 12,7 миллиарда юаней", "turnover", "Jilin Province")
    assert got[-3:] == [("88,3 миллиарда юаней", "turnover", "world", 2025, "2025-01", "2025-07"),
                        ("около 12,3 миллиарда долларов", "turnover", "world", 2025, "2025-01", "2025-07"),
                        ("12,2%", "turnover", "world", 2025, "2025-01", "2025-07")]



SPECA = ("Товарооборот Туркмении со странами СПЕКА превысил два миллиарда долларов\n\n"
         "АШХАБАД, 21 янв – ПРАЙМ. В прошлом году товарооборот Туркмении со странами-участниками Специальной программы "
         "ООН для стран Центральной Азии (СПЕКА) превысил 2,2 миллиарда долларов, заявил заместитель министра финансов "
         "и экономики республики Бабанияз Ялаков.\n")


def test_a_headline_rounding_the_body_figure_takes_its_year():
    """Rule headline_rounded (facts/restated.py; 1prime.ru, Turkmenistan): the headline's 'превысил два миллиарда
    долларов' names no time and rounds the body's 'В прошлом году ... превысил 2,2 миллиарда долларов', the first
    body figure of its flow: it is that fact, of 2025, where it had been dated by the page's year, 2026."""
    got = [(r[0], r[2], r[4], r[5], r[6], r[7]) for r in ru_fields(SPECA, pub_year=2026, pub_month=1)]
    assert got == [("превысил два миллиарда долларов", "turnover", "SPECA", 2025, "2025-01", "2025-12"),
                   ("превысил 2,2 миллиарда долларов", "turnover", "SPECA", 2025, "2025-01", "2025-12")]


VESTI = ("Россия и Армения намерены нарастить товарооборот\n\n"
         "Вице-премьер РФ Алексей Оверчук на встрече с замглавы правительства Армении Мгером Григоряном в Ереване "
         "сообщил, что товарооборот между странами может быть увеличен.\n\n"
         "Он отметил, что объем внешней торговли между Россией и Арменией в этом году может достигнуть $16 млрд, что в 6 "
         "раз выше аналогичного показателя за 2020 год.\n\n"
         "Оверчук подчеркнул, что за первые 6 месяцев этого года товарооборот составил $8,4 млрд, а в 2023 году он "
         "увеличился почти на 56% - до $7,4 млрд.\n")


def test_this_year_on_an_undated_page_that_names_a_later_year_than_its_base():
    """Rule now_after_named_year (facts/period_relative.py; vestikavkaza.ru, an undated page): 'в этом году может
    достигнуть $16 млрд, что в 6 раз выше аналогичного показателя за 2020 год' is no year after its base when the
    page goes on 'в 2023 году он увеличился почти на 56%': the goal is of the page's latest year, 2024, as the
    'первые 6 месяцев этого года' after it, where it had been dated 2021."""
    got = [(r[0], r[5], r[6], r[7], r[8]) for r in ru_fields(VESTI)]
    assert got[:3] == [("$16 млрд", 2024, "2024-01", "2024-12", "target"),
                       ("в 6 раз выше", 2024, "2024-01", "2024-12", "target"),
                       ("$8,4 млрд", 2024, "2024-01", "2024-06", "actual")]


KURGAN = ("Курганская область увеличила экспорт товаров почти в два раза\n\n"
          "Экспорт товаров из Курганской области увеличился почти вдвое по сравнению с показателями прошлого года, заявил "
          "директор департамента экономического развития при правительстве региона Владимир Ковалев 24 июля ТАСС.\n\n"
          "«У нас в 1,8 раза объем экспорта за четыре месяца по сравнению с аналогичным периодом предыдущего года "
          "увеличился», — сказал Ковалев.\n\n"
          "По словам чиновника, в области также вырос объем поставок товаров в дружественные страны. В частности, в "
          "экспорт в СНГ вырос на 75%.\n\n"
          "Как пояснил Ковалев, предприятия области переориентировались на поставки продукции в дружественные страны. "
          "Сейчас экспорт в страны СНГ составляет 55% от всей экспортируемой регионом продукции.\n")


def test_a_bare_export_after_one_out_of_its_owner_is_the_total():
    """Rule owner_out_sentence (facts/partners_carried.py owner_only_sentence, read by prior_world; essent.press, Kurgan
    Oblast): 'Экспорт товаров из Курганской области увеличился почти вдвое' names the region's exports with no
    destination, a sentence on its totals; the quote after it, '«У нас в 1,8 раза объем экспорта за четыре месяца ...
    увеличился»', is that total too, where it had taken the CIS of the page's later 'экспорт в СНГ вырос на 75%'."""
    got = [(r[0], r[3], r[4]) for r in ru_fields(KURGAN, pub_year=2023, pub_month=7)]
    assert got[2] == ("в 1,8 раза", "Kurgan Oblast", "world")
    assert got[3:] == [("75%", "Kurgan Oblast", "CIS"), ("55%", "Kurgan Oblast", "CIS")]


def test_a_change_verb_right_after_its_figure_signs_it():
    """Rule ru_verb_after (figures/lang_ru.py verb_after, read by ru_growth_by, ru_growth_fraction and
    ru_growth_multiple; interfax-russia.ru): in the headline 'Мировой экономический кризис на треть сократил
    товарооборот Дальнего Востока с приграничными территориями соседних стран' the change verb stands after its
    figure: a fall of a third, where it had been read as a rise (no verb before it)."""
    text = ("Мировой экономический кризис на треть сократил товарооборот Дальнего Востока с приграничными территориями "
            "соседних стран\n")
    got = [(f.figure, f.kind, f.value) for f in figs(text, lang="ru", pub_year=2010)]
    assert got == [("на треть", "growth", -33.33)]


FAR_EAST = ("Дальний Восток / Новости 20 января 2010 г. 04:53\n\n"
            "Мировой экономический кризис на треть сократил товарооборот Дальнего Востока с приграничными территориями "
            "соседних стран\n\n"
            "Владивосток. 20 января. ИНТЕРФАКС - ДАЛЬНИЙ ВОСТОК - Товарооборот через таможни Дальнего Востока в 2009 году "
            "составил $22,1 млрд, что на 32% меньше показателя 2008 года.\n")


def test_a_headline_change_rounding_the_body_one_on_a_january_page():
    """Rule headline_rounded, on a headline dated by year_not_over (facts/restated.py; interfax-russia.ru, January
    2010): 'на треть сократил товарооборот Дальнего Востока' rounds the body's 'в 2009 году ... на 32% меньше': it is
    the change of 2009, where it had been dated 2010 with no months."""
    got = [(r[0], r[1], r[5], r[6], r[7]) for r in ru_fields(FAR_EAST, pub_year=2010, pub_month=1)]
    assert got[0] == ("на треть", "growth", 2009, "2009-01", "2009-12")
    assert got[2] == ("32%", "growth", 2009, "2009-01", "2009-12")
