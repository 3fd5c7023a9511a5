"""Russian phrasings found in session 42 on the tuned pages of the blind set ruweb16 (each a rule or a vocabulary
row, tested on a real sentence of that page and, where found, of another outlet's page)."""
from __future__ import annotations

from phrasing import fields

from tradeflows.text.clean import cyrillic_homoglyphs

# blagovmeste.ru (ruweb16 as05, citing RBC Novosibirsk): the page types Greek omicrons and kappas for о and к
NOVOSIBIRSK_GREEK = ("В целοм за первοе полугодие тοварооборот Новοсибирской области упал на 19% по сравнению с "
                     "аналοгичным периодοм 2014 г. При этοм импорт упал на 17,7%, а экспорт на 20,5%.\n")


def test_greek_look_alikes_inside_cyrillic_words_are_read_as_cyrillic():
    """Rule cyrillic_homoglyph, Greek rows (adopted in session 52) (text/clean.py; blagovmeste.ru, ruweb16 as05): 'тοварооборот
    Новοсибирской области' with Greek omicrons is the Novosibirsk region's turnover, not a figure of no measure and no
    place; a Greek letter standing apart from Cyrillic ('α-олефин', a Greek word) stays as it is."""
    assert cyrillic_homoglyphs("Таκ соκратился импорт") == "Так сократился импорт"
    assert cyrillic_homoglyphs("α-олефин, β = 2, Ομάδα") == "α-олефин, β = 2, Ομάδα"
    got = fields(NOVOSIBIRSK_GREEK, "measure", "reporter", "partner", "year", lang="ru")
    assert got == [("19%", "turnover", "Novosibirsk Oblast", "world", 2015),
                   ("17,7%", "imports", "Novosibirsk Oblast", "world", 2015),
                   ("20,5%", "exports", "Novosibirsk Oblast", "world", 2015)]


def test_a_change_of_the_physical_volume_named_as_subject_is_no_figure():
    """Rule physical_change, row 'физический объем ... вырос на' of physical_change_before (vocab/ru/patterns.csv;
    blagovmeste.ru citing RBC Novosibirsk, ruweb16 as05): after the value's fall, 'физический объем импорта вырос на
    24%' is the tonnage's change, which the guidelines leave out; the value's own change and amount stay."""
    text = ("В первом полугодии 2015 г. импорт продовольственных товаров в денежном выражении упал на 32% по сравнению с "
            "аналогичным периодом прошлого года - до $24,7 млн. При этом, физический объем импорта вырос на 24%, сообщает "
            "РБК.\n")
    got = fields(text, "kind", "measure", lang="ru")
    assert got == [("32%", "growth", "imports"), ("$24,7 млн", "money", "imports")]



def test_a_change_in_physical_volume_is_no_figure():
    """Rule physical_change, 'в физическом объеме' as 'в физическом выражении' (row physical_change_before of
    vocab/ru/patterns.csv; infopro54.ru, a stored page of the Siberian customs' release): 'ввоз продуктов в Сибирь вырос
    в физическом объеме на 6%' is a tonnage change, which the guidelines leave out."""
    text = ("За 8 месяцев 2022 года ввоз продуктов в Сибирь вырос в физическом объеме на 6%, по сравнению с аналогичным "
            "периодом прошлого года, сообщили в пресс-службе Сибирской таможни.\n")
    assert fields(text, "kind", pub_year=2022, lang="ru") == []


def test_a_shares_change_by_a_percent_is_a_signed_share():
    """Rule ru_share_change (figures/lang_ru.py): 'доля стран ЕС в общей структуре импортеров за год снизилась на 18%'
    (neva.today, ruweb16 as01) and 'доля стран СНГ в общем внешнеторговом обороте ... увеличилась на 0,2% ..., а доля
    других зарубежных стран соответственно уменьшилась на 0,2%' (yuz.uz, ruweb4 o06) change a share: share records
    signed by the verb, as the guidelines' percentage-point changes are; the growth of a flow stays a growth."""
    text = ("Константин Козлов также сообщил, что доля стран ЕС в общей структуре импортеров за год снизилась на 18%. "
            "Ввоз молока в прошлом году через таможни Северо-Запада сократился в 3,3 раза, овощей — на 45%.\n")
    got = fields(text, "kind", "value", pub_year=2015, lang="ru")
    assert got == [("18%", "share", -18.0), ("в 3,3 раза", "growth", -69.7), ("45%", "growth", -45.0)]
    text = ("При этом доля стран СНГ в общем внешнеторговом обороте по итогам января-февраля 2024 года увеличилась на 0,2% "
            "по сравнению с соответствующим периодом 2023 года, а доля других зарубежных стран соответственно уменьшилась "
            "на 0,2% и составила 67,1%.\n")
    got = fields(text, "kind", "value", "year", pub_year=2024, lang="ru")
    assert got == [("0,2%", "share", 0.2, 2024), ("0,2%", "share", -0.2, 2024), ("67,1%", "share", 67.1, 2024)]


def test_a_trade_that_caved_in_twofold_fell_by_half():
    """Row 'обруш' (down) of vocab/ru/cues.csv (news-world24.org citing RIA Novosti, ruweb16 as08): 'объем торговли двух
    стран обрушился более чем вдвое' is a fall by more than half, -50, not a doubling."""
    text = ("Доля США во внешней торговле России в 2022 году составила менее 2%, а объем торговли двух стран обрушился более "
            "чем вдвое, заявил в интервью РИА Новости первый замглавы Федеральной таможенной службы (ФТС) России Руслан "
            "Давыдов.\n")
    got = fields(text, "kind", "value", "qualifier", "measure", "partner", pub_year=2023, lang="ru")
    assert got[1] == ("более чем вдвое", "growth", -50.0, "more_than", "turnover", "United States")


def test_an_import_of_goods_into_a_region_is_the_regions():
    """Russian row of cue exports_from, one goods word allowed before 'в' (vocab/ru/patterns.csv; facts/subject.py; title
    of blagovmeste.ru citing RBC Novosibirsk, ruweb16 as05): under 'Импорт продуктов в Новосибирскую область упал на
    32%' the body's 'импорт продовольственных товаров ... упал на 32%' is the region's import, the region voted the page's
    subject as the importer, not as a counterpart (the page's later 'Крупнейшим партнером в импорте является Китай' took
    the subject before)."""
    text = ("В первом полугодии 2015 г. импорт продовольственных товаров в денежном выражении упал на 32% по сравнению с "
            "аналогичным периодом прошлого года - до $24,7 млн.\n"
            "В целом за первое полугодие товарооборот упал на 19% по сравнению с аналогичным периодом 2014 г. "
            "Крупнейшим партнером в импорте является Китай (34,2% всего импорта - машиностроительная продукция, металлы, "
            "обувь, одежда и т. д.).\n")
    got = fields(text, "reporter", "partner", "measure", title="Импорт продуктов в Новосибирскую область упал на 32%",
                 lang="ru")
    assert got == [("32%", "Novosibirsk Oblast", "world", "imports"),
                   ("$24,7 млн", "Novosibirsk Oblast", "world", "imports"),
                   ("19%", "Novosibirsk Oblast", "world", "turnover"),
                   ("34,2%", "Novosibirsk Oblast", "China", "imports")]


def test_the_level_a_share_came_from_is_of_the_same_whole_as_its_new_level():
    """Rule share_from_level (cue level_to_after, vocab/ru/patterns.csv; facts/measure.py; agroexpert.md citing
    InfoMarket, ruweb16 as02): in 'доля РФ в общем объеме молдавского экспорта увеличилась за указанный период с 8,35% до
    9,97%, а в импорте – сократилась с 12,01% до 11,68%' the 8,35% is the earlier share of exports like the 9,97% after
    it, not of the imports named in the next item."""
    text = ("При этом доля РФ в общем объеме молдавского экспорта увеличилась за указанный период с 8,35% до 9,97%, а в "
            "импорте – сократилась с 12,01% до 11,68%.\n")
    got = fields(text, "kind", "measure", pub_year=2020, lang="ru")
    assert got == [("8,35%", "share", "exports"), ("9,97%", "share", "exports"), ("12,01%", "share", "imports"),
                   ("11,68%", "share", "imports")]
    assert "measure:share_from_level" in fields(text, "fact_rules", pub_year=2020, lang="ru")[0][1]


def test_a_share_owned_by_a_pronoun_is_the_one_counterpart_of_the_sentence_before():
    """Rule share_owner, its pronoun case (cue pronoun_share, vocab/ru/patterns.csv; facts/partners_item.py
    pronoun_share_owner): 'Их доля в нашей
    внешней торговле теперь менее 2%' right after '«С США снижение ... более чем в два раза.' is the US share of
    Russia's trade, not a share of the world (news-world24.org citing RIA Novosti, ruweb16 as08); 'По итогам 2020 года
    его доля была 13,1%' after China's share of Ukraine's trade is China's (rbc.ua, ruweb5 tuned page g09)."""
    text = ("Доля США во внешней торговле России в 2022 году составила менее 2%, а объем торговли двух стран обрушился более "
            "чем вдвое, заявил в интервью РИА Новости первый замглавы Федеральной таможенной службы (ФТС) России Руслан "
            "Давыдов.\n"
            "«С США снижение (объема торговли России за 2022 год – ред.) более чем в два раза. Их доля в нашей внешней "
            "торговле теперь менее 2%», — сказал Давыдов.\n")
    got = fields(text, "reporter", "partner", "fact_rules", pub_year=2023, lang="ru")
    assert got[3][:3] == ("менее 2%", "Russia", "United States")
    assert "partner:share_owner" in got[3][3]
    text = ("По итогам первого полугодии 2021 года доля Китая во внешнем обороте Украины (экспорт и импорт товаров и услуг) "
            "достигла 14,7% (8 975,5 млн долларов). По итогам 2020 года его доля была 13,1%.\n")
    got = fields(text, "reporter", "partner", "year", "fact_rules", pub_year=2021, lang="ru")
    assert got[2][:4] == ("13,1%", "Ukraine", "China", 2020)
    assert "partner:share_owner" in got[2][4]


def test_a_countrys_lead_in_one_flow_named_late_is_not_the_pages_counterpart():
    """Head partner, rule head_opening_single (facts/carry.py; blagovmeste.ru citing RBC Novosibirsk, ruweb16 as05, as
    printed, its Greek look-alikes kept): a Russian page's only foreign place, named after the opening as the largest
    partner in imports ('Крупнейшим партнером в импорте является Китай'), is that part's partner, not the counterpart of
    the region's food imports and total flows told before it (the world)."""
    text = ("В первοм полугодии 2015 г. импорт продοвοльственных тοваров в денежном выражении упал на 32% по сравнению с "
            "аналοгичным периодοм прошлοго года - дο $24,7 млн.\n\n"
            "В целοм за первοе полугодие тοварооборот Новοсибирской области упал на 19% по сравнению с аналοгичным "
            "периодοм 2014 г. При этοм импорт упал на 17,7%, а экспорт на 20,5%. Крупнейшим партнером в импорте является "
            "Китай (34,2% всего импорта - машиностроительная продукция, металлы, обувь, одежда и т. д.).\n")
    got = fields(text, "reporter", "partner", title="Импорт продуктов в Новосибирскую область упал на 32%", lang="ru")
    # (the 19% of 'тοварооборот' with a Greek omicron: see the test above)
    assert [g for g in got if g[0] != "19%"] == [
                   ("32%", "Novosibirsk Oblast", "world"), ("$24,7 млн", "Novosibirsk Oblast", "world"),
                   ("17,7%", "Novosibirsk Oblast", "world"),
                   ("20,5%", "Novosibirsk Oblast", "world"), ("34,2%", "Novosibirsk Oblast", "China")]


def test_the_locative_of_export_supplies_names_exports():
    """Row 'экспортных поставках' (exports) of vocab/ru/measures.csv (blagovmeste.ru, ruweb16 as05): 'В экспортных
    поставках лидирует Украина (55,3%' is Ukraine's share of the region's exports, not of the imports of the sentence
    before. (The other case forms, and the imports' ones, were tried and dropped: a held-out row fell.)"""
    text = ("При этом импорт упал на 17,7%, а экспорт на 20,5%. Крупнейшим партнером в импорте является Китай (34,2% всего "
            "импорта - машиностроительная продукция, металлы, обувь, одежда и т. д.). В экспортных поставках лидирует "
            "Украина (55,3%\n")
    got = fields(text, "measure", "partner", pub_year=2015, lang="ru")
    assert got[3] == ("55,3%", "exports", "Ukraine")


def test_the_parts_of_a_physical_change_are_physical_too():
    """Rule physical_item (figures/lang_ru.py; neva.today, ruweb16 as01): in 'ввоз товаров из Белоруссии в 2014 году
    вырос на 43% до 55,4 тыс. тонн, в том числе рыбы — на 48%, овощей — на 78%, а фруктов в 2,2 раза' the parts of the
    tonnage's change, their verb left out, are tonnage changes too: no figure. The parts of a value's change stay
    ('поставки зерна выросли на 23,8%, в том числе пшеницы и меслина (смесь пшеницы и ржи) - на 44,3%', sport-interfax.ru
    citing the Ministry of Economic Development)."""
    text = ("При этом ввоз товаров из Белоруссии в 2014 году вырос на 43% до 55,4 тыс. тонн, в том числе рыбы — на 48%, "
            "овощей — на 78%, а фруктов в 2,2 раза.\n")
    assert fields(text, "kind", pub_year=2015, lang="ru") == []
    text = ("В частности, поставки зерна выросли на 23,8%, в том числе пшеницы и меслина (смесь пшеницы и ржи) - на 44,3%. "
            "Кроме того, экспорт мяса (кроме мяса птицы) увеличился в 3,4 раза, мяса птицы - в 1,8 раза.\n")
    assert fields(text, "kind", "value", pub_year=2016, lang="ru") == [
        ("23,8%", "growth", 23.8), ("44,3%", "growth", 44.3), ("в 3,4 раза", "growth", 240.0), ("в 1,8 раза", "growth", 80.0)]
