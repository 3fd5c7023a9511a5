"""Session 72 (openA72): Kazakh and Kyrgyz outlets writing in Russian on their own countries' trade (ruweb51, opened
now) and Russian pages on trade in services (ruweb49); studied on two thirds of their tuned pages, the first third by
SHA-256 of the file name set aside unread.

- physical_change (six rows more, vocab/ru/patterns.csv, figures/lang_ru.py): a change followed by the quantities it ran
  from and to ("в 2,2 раза (с 32 тыс. тонн до 73 тыс. тонн)", row from_to_quantity); "на 17% за год в объеме и на 26%
  в деньгах" (row volume_then_money); "в физическом выражении (тоннах) – на 100%" (row physical_terms_bracket); "4,6
  тыс. тонн медикаментов — на 16,6% меньше" (row quantity_goods_dash); "физический объем 2025 года превышает рекорд
  трехлетней давности на 12%" (row physical_volume_exceeds); a share "от общего веса поставок" (row share_of_weight,
  cue physical_share_after).
- head_part_title: a title that names its counterpart as the main supplier ("Главный поставщик фармпродукции – Россия")
  or as where most of the goods come from ("Большинство импортных лекарств в Казахстан завозят из России и Беларуси")
  gives no page pair: the total imports below are with the world (facts/carry.py page_head_partner,
  partners_carried.head; row head_part_title).
- output words: "выпуск продукции", "объём выпуска" are output (vocab/ru/measures.csv).
- people nouns: "россияне", "белорусы" as demonyms, so visitors who spend name the partner of tourism receipts
  (vocab/ru/places.csv).

Each firing test quotes the page named above it (or says CONSTRUCTED and what was searched) and fails without its rule.
"""
from tradeflows.pipeline import figures_of_text


def _all(text: str, pub_year: int | None = None, title: str | None = None) -> list:
    return figures_of_text(text, "page", "web", lang="ru", pub_year=pub_year, title=title)


def _figs(text: str, pub_year: int | None = None, title: str | None = None) -> dict:
    return {f.figure: f for f in _all(text, pub_year, title)}


# -- physical_change, row from_to_quantity -----------------------------------------------------------------------------
# https://www.inform.kz/ru/kazahstan-eksportiroval-26-mln-tonn-zerna-novogo-urozhaya-1b71ef (found by the `search` tool,
# corpus pages, "экспорт увеличился в раз, с до тонн")
def test_from_to_quantity_bracket():
    figs = _all("Наиболее значительное увеличение поставок отмечено в Узбекистан — на 41% (с 872 тыс. тонн до 1 232 тыс. "
                "тонн), в Кыргызстан — в 2,2 раза (с 32 тыс. тонн до 73 тыс. тонн), в Азербайджан — на 30% (с 50 тыс. "
                "тонн до 65 тыс. тонн).", 2025)
    assert [f for f in figs if f.kind == "growth"] == []


# data/ruweb51 dk05 (365info.kz), a studied page
def test_from_to_quantity_comma():
    figs = _all("Также, по его данным, экспорт свинины увеличился в 17 раз, с 60 до 1 024 тонн, мяса птицы — в два раза, "
                "с 2 620 до 5 292 тонн.", 2014)
    assert [f for f in figs if f.kind == "growth"] == []


# -- physical_change, row volume_then_money ----------------------------------------------------------------------------
# data/ruweb51 dk02 (matritca.kz), a studied page; the `search` tool (corpus pages, "импорт вырос в объеме и на % в
# деньгах") found no other page with "в деньгах" set against "в объеме"
def test_volume_then_money():
    figs = _figs("Импорт медикаментов вырос на 17% за год в объеме и на 26% в деньгах, сообщает energyprom.kz", 2022)
    assert "17%" not in figs
    assert figs["26%"].kind == "growth" and figs["26%"].value == 26 and figs["26%"].measure == "imports"


# -- physical_change, rows physical_terms_bracket and physical_volume_exceeds; share_of_weight --------------------------
# data/ruweb51 dk04 (zakon.kz), a studied page; the `search` tool (corpus pages, "в физическом выражении (тоннах) на %;
# в денежном выражении на %", "пришлось % от общего веса поставок") found no other page with these phrasings
ZAKON = ("Общая стоимость импорта составила 10,7 млн долларов.\n\nПо сравнению с аналогичным периодом 2024 года "
         "показатели выросли внушительно:\n\nв физическом выражении (тоннах) – на 100%;\n\nв денежном выражении – на "
         "119%.\n\nНынешние объемы стали самыми высокими как минимум за последние 10 лет. Предыдущий максимум был "
         "зафиксирован в 2022 году, но даже тогда цифры были ниже текущих: физический объем 2025 года превышает рекорд "
         "трехлетней давности на 12%, а денежный – на 17%.\n\nГлавным поставщиком конины на столы казахстанцев в "
         "прошлом году стала Монголия. На эту страну пришлось 60% от общего веса поставок.")


def test_physical_terms_bracket():
    figs = _figs(ZAKON, 2026)
    assert "100%" not in figs
    assert figs["119%"].kind == "growth" and figs["119%"].value == 119


def test_physical_volume_exceeds():
    figs = _figs(ZAKON, 2026)
    assert "12%" not in figs
    assert figs["17%"].kind == "growth" and figs["17%"].value == 17


def test_share_of_weight():
    assert "60%" not in _figs(ZAKON, 2026)


# -- physical_change, row quantity_goods_dash --------------------------------------------------------------------------
# data/ruweb51 dk02 (matritca.kz), a studied page; dk01 (liter.kz) says it as "5,2 тыс. тонн, что на 15,4% меньше", which
# an older row reads
def test_quantity_goods_dash():
    figs = _figs("Из стран СНГ завезли 6,2 тыс. тонн медикаментов на сумму 101,3 млн долл. США. Здесь основной объём "
                 "импорта в РК пришёлся на Россию: 4,6 тыс. тонн медикаментов — на 16,6% меньше, чем годом ранее.", 2022)
    assert "16,6%" not in figs
    assert figs["101,3 млн долл. США"].value == 101_300_000


# -- head_part_title ---------------------------------------------------------------------------------------------------
# data/ruweb51 dk01 (liter.kz; no title in sources.csv, its first line read as one) and dk02 (matritca.kz), studied pages
LITER = ("Главный поставщик фармпродукции – Россия.\nВ Казахстане сократилось производство фармацевтической продукции. "
         "Вместе с тем импорт вырос сразу на четверть, передает Liter.kz со ссылкой на Energyprom.kz.\nТакже по итогам "
         "января–октября текущего года Казахстан завез 20,9 тыс. тонн медикаментов на сумму 1,1 млрд долларов.")


def test_head_part_title_main_supplier():
    f = _figs(LITER, 2022)["1,1 млрд долларов"]
    assert (f.measure, f.reporter, f.partner) == ("imports", "Kazakhstan", "world")
    assert "partner:default_world+head_part_title" in f.fact_rules


def test_head_part_title_most_from():
    text = ("Здравоохранение\n\nИмпорт медикаментов вырос на 26% в деньгах, сообщает energyprom.kz\n\nПо итогам "
            "января–сентября текущего года в страну завезли 18,7 тыс. тонн медикаментов на сумму 1 млрд долл. США.")
    f = _figs(text, 2022, title="Большинство импортных лекарств в Казахстан завозят из России и Беларуси")["1 млрд долл. США"]
    assert (f.measure, f.reporter, f.partner) == ("imports", "Kazakhstan", "world")


# CONSTRUCTED (the `search` tool found no page titled on a main trading partner whose figures below were a total): a
# main trading partner is a pair, no part, and stays the page's counterpart
def test_head_main_trading_partner_stays():
    text = ("Россия – главный торговый партнер Казахстана\nТоварооборот вырос на 10% и составил 26 млрд долларов в 2023 "
            "году.")
    f = _figs(text, 2024)["26 млрд долларов"]
    assert f.partner == "Russia"


# -- output words ------------------------------------------------------------------------------------------------------
# data/ruweb51 dk01 (liter.kz) and dk02 (matritca.kz), studied pages
def test_output_of_products():
    f = _figs(LITER + "\nБольше всего выпуск продукции пришелся на Шымкент – 46,4 млрд тенге.", 2022)["46,4 млрд тенге"]
    assert f.measure == "output"


def test_volume_of_output():
    text = ("Импорт медикаментов вырос на 26% в деньгах.\n\nПроизводство тем временем сократилось\n\nВ региональном "
            "разрезе наибольший объём выпуска пришёлся на Шымкент: 46 млрд тг, плюс 10,3% за год.")
    figs = _figs(text, 2022)
    assert figs["46 млрд тг"].measure == "output" and figs["10,3%"].measure == "output"


# -- people nouns ------------------------------------------------------------------------------------------------------
# data/ruweb49 dg02 (madloba.info), a studied page
MADLOBA = ("Согласно статистике Национального банка Грузии в августе страна получила от туризма доход в размере 523 млн. "
           "долларов.\n\nЛидерами, по прежнему, являются россияне, в этом месяце они принесли казне Грузии 133 млн $.\n\n"
           "Всего же доход Грузии от туризма за 8 месяцев текущего года составил 2,1 миллиарда долларов. И, по прежнему, "
           "лидерами в тратах являются россияне (467 млн $), вслед за ними идут белорусы (189 млн $) и только затем "
           "жители стран Евросоюза (216 млн $).")


def test_people_noun_visitors():
    figs = _figs(MADLOBA, 2022, title="Августовские туристы принесли в доход Грузии 523 млн. долларов")
    assert figs["133 млн"].partner == "Russia"
    assert figs["467 млн"].partner == "Russia"
    assert figs["189 млн"].partner == "Belarus"
    assert figs["216 млн"].partner == "European Union"
    assert figs["133 млн"].reporter == "Georgia"


# -- people_counterpart ------------------------------------------------------------------------------------------------
# data/ruweb49 dg06 (lada.kz), a studied page: with "россияне" a demonym, its title first made Russia the page's side
LADA = ("Россияне лидируют по расходам в Казахстане в 2024 году\nЗа минувший период 2024 года российские туристы оставили "
        "в Казахстане 1,8 млрд тенге, сообщает Zakon.kz.\nЗамыкают тройку лидеров по этому показателю путешественники "
        "из Узбекистана и Турции. Так, туристы из Узбекистана внесли в экономику Казахстана 392,8 млн тенге.")


def test_people_noun_title_is_counterpart():
    figs = _figs(LADA, 2024, title="Россияне лидируют по расходам в Казахстане в 2024 году")
    f = figs["1,8 млрд тенге"]
    assert (f.measure, f.reporter, f.partner) == ("exports", "Kazakhstan", "Russia")
    g = figs["392,8 млн тенге"]
    assert (g.reporter, g.partner) == ("Kazakhstan", "Uzbekistan")


# -- part_partner, row among_all_partners; share_change_before, row share_reached_more ---------------------------------
# data/ruweb49 dg05 (caderus.com; no title in sources.csv, its first line read as one), a studied page; the `search` tool
# (corpus pages, "самым высоким показателем среди всех торговых партнеров", "доля достигла %, что на % больше, чем в
# прошлом году") found no other page with these phrasings
CADERUS = ("Объем торговли услугами Китая превысил 5,25 трлн юаней ($766 млрд) в 2016 году, сообщает «Синьхуа» со ссылкой "
           "на министерство коммерции Китая.\nСогласно данным министерства, прирост китайского экспорта и импорта "
           "составил 14,2%. Доля торговли услугами во внешней торговле страны достигла 18%, что на 2% больше, чем в 2015 "
           "году.\nОтмечается, что отрицательное сальдо Китая в торговле услугами с США достигло $52,3 млрд, что стало "
           "самым высоким показателем среди всех торговых партнеров Китая.")


def test_among_all_partners_no_page_pair():
    figs = _figs(CADERUS, 2017)
    assert (figs["$766 млрд"].reporter, figs["$766 млрд"].partner) == ("China", "world")
    assert figs["14,2%"].partner == "world"
    assert (figs["$52,3 млрд"].measure, figs["$52,3 млрд"].partner) == ("balance", "United States")


def test_share_reached_more():
    f = _figs(CADERUS, 2017)["2%"]
    assert (f.kind, f.value, f.rule) == ("share", 2, "ru_share_change")


# -- expected_only_year; output words (объем производства) -------------------------------------------------------------
# data/ruweb49 dg08 (yelsk.by citing BELTA, 2019-03), a studied page; the `search` tool (corpus pages, "должен был
# приблизиться к этим показателям лишь в 2020 году") found no other page with the phrasing
YELSK = ("Экспорт Парка высоких технологий за 2018 год вырос на 38% по сравнению с 2017 годом и составил $1 млрд 414 млн, "
         "сообщили БЕЛТА в ПВТ.\nПо прогнозам мировых аудиторов, парк должен был приблизиться к этим показателям лишь в "
         "2020 году. Основными потребителями продуктов ПВТ являются страны ЕС и США (более 90%).\nОбщий объем "
         "производства ПВТ составил Br3 млрд 202 млн, рост по сравнению с 2017 годом — 47%.")


def test_expected_only_year_not_carried():
    figs = _figs(YELSK, 2019)
    f = figs["более 90%"]
    assert (f.year, f.status) == (2018, "actual")


def test_volume_of_production_output():
    f = _figs(YELSK, 2019)["Br3 млрд 202 млн"]
    assert (f.measure, f.year, f.status) == ("output", 2018, "actual")


# -- contractors' work as contracts; event_place row event_between ------------------------------------------------------
# data/ruweb49 dg09 (relocationtr.com), a studied page
RELOCATION = ("Общий объем работ, выполненных турецкими подрядчиками за рубежом в период с января по август 2024 года, "
              "составил 11,2 миллиарда долларов.\nПо данным Министерства торговли Турции:\n- Несмотря на внешние "
              "факторы, такие как конфликт между Россией и Украиной, в 2023 году было подписано контрактов на 28 "
              "миллиардов долларов, что оценивается положительно.")


def test_contractors_work_is_contracts():
    f = _figs(RELOCATION, 2024)["11,2 миллиарда долларов"]
    assert (f.measure, f.reporter, f.partner) == ("contracts", "Turkey", "world")


def test_event_between_no_counterpart():
    f = _figs(RELOCATION, 2024)["28 миллиардов долларов"]
    assert f.measure == "contracts" and f.partner not in ("Ukraine", "Russia")


# -- year_before_open behind "в" ---------------------------------------------------------------------------------------
# data/ruweb49 dg09 (relocationtr.com), a studied page
def test_same_period_last_year_opener_in():
    text = ("Общий объем работ, выполненных турецкими подрядчиками за рубежом в период с января по август 2024 года, "
            "составил 11,2 миллиарда долларов.\n- В аналогичный период прошлого года объем заключенных контрактов был на "
            "уровне 11 миллиардов долларов.")
    f = _figs(text, 2024)["11 миллиардов долларов"]
    assert (f.year, f.period_start, f.period_end) == (2023, "2023-01", "2023-08")
    assert "year:year_before_open" in f.fact_rules
