"""Session 77 (openB77): Russian pages on the trade of or with regional blocs (ruweb56, session 76's blind set, opened
now) and Kazakh and Kyrgyz outlets writing in Russian on their countries' trade (ruweb51); studied on two thirds of
their tuned pages, the first third by SHA-256 of the file name set aside unread.

- bloc_mutual_trade / bloc_mutual_partner (facts/reporters_bloc_mutual.py, rows bloc_mutual_before and
  bloc_mutual_paired_after of vocab/ru/patterns.csv): "Объем взаимной торговли в ЕАЭС достиг почти $100 млрд",
  "Объем товарооборота между странами СНГ ... достиг $ 75 млрд": a bloc's mutual trade is the bloc's, with itself.
- stats_owner_imports reads a bloc owner by its name (facts/relate.py _supplies_into): "Поставки российских товаров в ЕС"
  on a page citing Eurostat are the EU's imports from Russia.
- demonym_import_into (vocab/ru/frames.csv): "15% белорусского импорта в ЕС" is the EU's import from Belarus.
- {GOODS} (vocab/ru/frame_slots.csv) and product_flow (vocab/ru/product_flow.txt): a goods word may open on a Latin code
  and a hyphen ("Экспорт NPK-удобрений из Белоруссии в ЕС").
- product_flow: an industry's goods ("экспорт легкой промышленности", "экспорт продукции обрабатывающей
  промышленности") are one sector's trade, no total for the panel.
- currency_share_anaphor (facts/measure_currency.py): "этот показатель" after a sentence naming a currency's share of the
  payments is that share (measure other).
- physical_change_before (vocab/ru/patterns.csv): "а грузооборот - на 18%", the verb left out after a dash.
- span (vocab/ru/periods.csv): "в последние два года" is a run of years, no one year.
- places (vocab/ru/places.csv): Шымкент and Алматы, Kazakhstan's cities of republican status, are regions of their own.

Each firing test quotes the page named above it (or says CONSTRUCTED and what was searched) and fails without its rule.
"""
from tradeflows.dataset.cues_measure import product_rule
from tradeflows.pipeline import figures_of_text

from phrasing import one_figure, row


def _figs(text: str, pub_year: int | None = None, title: str | None = None) -> dict:
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=pub_year, title=title)}


def _facts(f) -> tuple:
    return f.measure, f.reporter, f.partner, f.year


# -- bloc_mutual_trade ---------------------------------------------------------------------------------------------------
# https://finance.rambler.ru/economics/55802820-zhaparov-vzaimnaya-torgovlya-v-eaes-dostigla-pochti-100-mlrd/
RAMBLER = ("Объем взаимной торговли в ЕАЭС достиг почти $100 млрд, что является показателем доверия, поддержки и интереса "
           "стран союза друг к другу.\n"
           "Об этом заявил президент Киргизии Садыр Жапаров на заседании Высшего Евразийского экономического совета в "
           "расширенном составе.\n")
# https://eadaily.com./ru/news/2017/10/11/putin-ekonomicheskaya-aktivnost-mezhdu-stranami-sng-vosstanavlivaetsya
EADAILY = ("Объем товарооборота между странами СНГ с начала 2017 года вырос на 25% и достиг $ 75 млрд. Об этом сегодня, 11 "
           "октября, в Сочи заявил президент РФ Владимир Путин на заседании Совета глав СНГ в расширенном составе.\n")
# https://logi-art.ru/tpost/a80vd8ceu1-v-mid-rossii-soobschili-chto-vneshnyaya
LOGIART = ("Согласно данным Евразийской экономической комиссии, в январе-декабре 2020 года объем взаимной торговли внутри "
           "государств-членов ЕАЭС составил 55 миллиардов долларов, объем внешней торговли со странами вне ЕАЭС — 624,6 "
           "миллиарда долларов.\n")
# https://tass.ru/ekonomika/25232273 (a country's mutual trade with the bloc: no mutual trade of the bloc)
TASS = ("ЖЕНЕВА, 2 октября. /ТАСС/. Оборот взаимной торговли России со странами Евразийского экономического союза (ЕАЭС) "
        "в период с 2015 года по 2024 год увеличился более чем в два раза.\n")


def test_mutual_trade_in_the_bloc():               # fails without bloc_mutual_trade (Kyrgyzstan's, the speaker's)
    f = _figs(RAMBLER, pub_year=2025)["почти $100 млрд"]
    assert (f.measure, f.reporter, f.partner) == ("turnover", "EAEU", "EAEU")
    assert "reporter:bloc_mutual_trade" in f.fact_rules and "partner:bloc_mutual_partner" in f.fact_rules


def test_trade_between_the_blocs_members():        # fails without bloc_mutual_trade (Russia's, the speaker's)
    figs = _figs(EADAILY, pub_year=2017)
    for fig in ("25%", "$ 75 млрд"):
        assert (figs[fig].measure, figs[fig].reporter, figs[fig].partner) == ("turnover", "CIS", "CIS")


def test_mutual_trade_inside_the_members():        # fails without bloc_mutual_trade (partner world by own_total)
    figs = _figs(LOGIART, pub_year=2021)
    assert _facts(figs["55 миллиардов долларов"]) == ("turnover", "EAEU", "EAEU", 2020)
    assert "reporter:bloc_mutual_trade" in figs["55 миллиардов долларов"].fact_rules
    # the second amount goes with the bloc named last, "вне ЕАЭС": not mutual trade
    assert "bloc_mutual" not in figs["624,6 миллиарда долларов"].fact_rules


def test_a_countrys_mutual_trade_with_the_bloc_stays_its_own():
    f = _figs(TASS, pub_year=2025)["более чем в два раза"]
    assert (f.reporter, f.partner) == ("Russia", "EAEU")


def test_the_bloc_paired_with_another_side_is_no_mutual_trade():
    # CONSTRUCTED (the `search` tool, corpus pages, "торговля между странами ЕАЭС и Китаем составила" found no page
    # with an amount): the bloc joined to another side right after it
    f = _figs("В 2023 году торговля между странами ЕАЭС и Китаем составила 300 млрд долларов.\n", pub_year=2024)[
        "300 млрд долларов"]
    assert "bloc_mutual" not in f.fact_rules


# -- stats_owner_imports of a bloc ---------------------------------------------------------------------------------------
# http://mirperemen.net/?p=150559
MIRPEREMEN = ("Товарооборот России и ЕС в июне упал ниже €5 млрд\n"
              "Товарооборот России и Евросоюза по итогам июня текущего года опустился ниже 5 миллиардов евро - впервые с "
              "осени 1999 года. Об этом сообщает РИА Новости со ссылкой на данные Евростата.\n"
              "Поставки российских товаров в ЕС в начале лета просели на 14% в месячном выражении, до 2,5 миллиарда евро - "
              "минимума с февраля 1999 года.\n")
# https://news.mail.ru/politics/68569489/
MAILRU = ("За первые восемь месяцев этого года Евросоюз увеличил импорт сладостей из России — до 14 миллионов евро. Об этом "
          "сообщают РИА Новости со ссылкой на данные Евростата.\n"
          "Уточняется, что за январь-август поставки сладостей из России в ЕС выросли на 6% по сравнению с прошлым годом, "
          "достигнув 13,5 миллиона евро.\n")


def test_supplies_into_the_bloc_on_eurostats_data():  # fails without the bloc owner of stats_owner_imports
    figs = _figs(MIRPEREMEN, pub_year=2023)
    for fig in ("14%", "2,5 миллиарда евро"):
        assert (figs[fig].measure, figs[fig].reporter, figs[fig].partner) == ("imports", "European Union", "Russia")
        assert "reporter:stats_owner_imports" in figs[fig].fact_rules


def test_supplies_from_russia_into_the_bloc():      # fails without the bloc owner of stats_owner_imports
    f = _figs(MAILRU, pub_year=2025)["13,5 миллиона евро"]
    assert (f.measure, f.reporter, f.partner, f.year) == ("imports", "European Union", "Russia", 2025)


# -- demonym_import_into, {GOODS} and product_flow with a code, "в последние два года" ----------------------------------
# data/ruweb56 du04 (rbc.ru via employmentcenter.ru; a studied page: the `search` tool, corpus pages, "белорусского
# импорта в ЕС" and "в последние два года импорт составил" found no page outside the sets)
DU04 = ("Экспорт NPK-удобрений из Белоруссии в ЕС в 2020 году составил €102 млн, их экспортируют «Беларуськалий» и "
        "Гомельский химический завод.\n"
        "РБК тогда подсчитал, что ЕС вывел из-под санкций примерно половину белорусского калия: подпавший под эмбарго "
        "импорт из Белоруссии в Евросоюз составил €447–789 млн в последние два года — это в среднем 15% белорусского "
        "импорта в ЕС. Ввоз калийных удобрений, избежавших ограничений, достигал €140–190 млн.\n")


def test_exports_of_a_coded_good_from_to():         # fails without the code of {GOODS}
    f = _figs(DU04)["€102 млн"]
    assert _facts(f) == ("exports", "Belarus", "European Union", 2020)
    assert "reporter:frame" in f.fact_rules


def test_exports_of_a_coded_good_are_a_product():   # fails without the code of product_flow
    assert product_rule(row(one_figure(DU04, "€102 млн", lang="ru"))) == "product_flow"


def test_in_the_last_two_years_is_no_one_year():    # fails without the span row of "в последние N лет"
    figs = _figs(DU04)
    for fig in ("€447–789 млн", "15%"):
        assert figs[fig].year is None
        assert "year:span" in figs[fig].fact_rules


def test_demonym_import_into_the_bloc():            # fails without demonym_import_into (Belarus's, frame carried)
    f = _figs(DU04)["€140–190 млн"]
    assert (f.measure, f.reporter, f.partner) == ("imports", "European Union", "Belarus")


# -- product_flow: an industry's goods -----------------------------------------------------------------------------------
# https://rus.baq.kz/almatinskaya-oblast-uskoryaetsya-tokaev-oboznachil-novye-prioritety-dlya-akima_300028234/
BAQ = ("По данным акима, за последние три года валовый региональный продукт области вырос в 1,8 раза — с 3,4 до 6 трлн "
       "тенге. За девять месяцев экспорт продукции обрабатывающей промышленности увеличился на 28,5%, достигнув 618,5 млн "
       "долларов, при этом 90% объема приходится на продукцию с высокой степенью переработки.\n")
# data/ruweb51 dk09 (life.ru, a studied page)
DK09 = ("В Кыргызстане функционирует около 3 тысяч швейных производств. В 2022 году экспорт легкой промышленности в Россию "
        "вырос вдвое и составил в общей сложности 200 млн долларов.\n")


def test_manufacturing_exports_are_a_product():     # fails without the industry row of product_flow
    assert product_rule(row(one_figure(BAQ, "618,5 млн долларов", pub_year=2025, lang="ru"))) == "product_flow"


def test_light_industry_exports_are_a_product():    # fails without the industry row of product_flow
    r = row(one_figure(DK09, "200 млн долларов", pub_year=2024, lang="ru"))
    assert product_rule(r) == "product_flow"
    assert (r["reporter"], r["partner"]) == ("Kyrgyzstan", "Russia")


def test_all_goods_exports_are_no_product():
    # CONSTRUCTED (the industry row's "продукции" before an adjective of industry, not alone)
    r = row(one_figure("В 2022 году экспорт продукции из Кыргызстана в Россию составил 200 млн долларов.\n",
                       "200 млн долларов", pub_year=2023, lang="ru"))
    assert product_rule(r) is None


# -- currency_share_anaphor ------------------------------------------------------------------------------------------------
# data/ruweb56 du07 (5-tv.ru, a studied page: the `search` tool, corpus pages, "доля национальных валют этот показатель
# превышает" found only SWIFT currency shares with no anaphor)
DU07 = ("Россия за пару лет нарастила товарооборот со странами ШОС почти в два раза. На данный момент он уже превышает "
        "400 миллиардов долларов.\n"
        "«В коммерческих операциях между участниками организации последовательно увеличивается доля национальных валют. "
        "Например, в торговле нашей страны с партнерами по ШОС этот показатель уже превышает 97%.\n")


def test_this_indicator_after_a_currency_share():  # fails without currency_share_anaphor (turnover by indicator_anaphor)
    f = _figs(DU07, pub_year=2025)["превышает 97%"]
    assert f.measure == "other"
    assert "measure:currency_share_anaphor" in f.fact_rules


def test_this_indicator_after_a_flow_stays_the_flow():
    # caravan.kz, the quote of row indicator_anaphor (vocab/ru/patterns.csv)
    f = _figs("Внешнеторговый оборот между Астаной и Кыргызстаном составил более 26,5 млн долларов. За аналогичный "
              "период 2010 года данный показатель составил 13,6 млн. долларов США.\n", pub_year=2011)["13,6 млн. долларов США"]
    assert f.measure == "turnover"


# -- physical_change_before: cargo turnover after a dash ------------------------------------------------------------------
# data/ruweb56 du10 (tass.ru via rambler.ru, a studied page: the `search` tool, corpus pages, "а грузооборот - на" found
# no other page)
DU10 = ("На заседании совета врио руководителя ФТС сообщил, что объем взаимной торговли стран СНГ в этом году вырос более "
        "чем на 10% в стоимостном выражении, а грузооборот - на 18%.\n")


def test_cargo_turnover_after_a_dash_is_physical():  # fails without the dash row of physical_change_before
    figs = _figs(DU10)
    assert "18%" not in figs
    assert figs["более чем на 10%"].measure == "turnover"


# -- places: Шымкент, Алматы ---------------------------------------------------------------------------------------------
# https://adyrna.kz/ru/post/93422
ADYRNA = ("С начала года фермеры Шымкента экспортировали сельхозпродукцию на 73,6 миллиона долларов США в 11 стран мира.\n"
          "Это свидетельствует об увеличении экспорта сельскохозяйственной продукции по сравнению с аналогичным периодом "
          "прошлого года, передает корреспондент Казинформа.\n")
# data/ruweb51 dk01 (liter.kz, a studied page)
DK01 = ("За 10 месяцев текущего года производство фармацевтических продуктов в Казахстане составило 130,2 млрд тенге, "
        "сократившись сразу на 26,2% по сравнению с аналогичным периодом прошлого года.\n"
        "Больше всего выпуск продукции пришелся на Шымкент – 46,4 млрд тенге. Также в тройке оказались Алматинская "
        "область – 35,1 млрд тенге и Алматы – 17,6 млрд тенге.\n")


def test_shymkent_exports():                        # fails without Шымкент (no reporter)
    f = _figs(ADYRNA, pub_year=2023)["73,6 миллиона долларов США"]
    assert (f.measure, f.reporter, f.reporter_iso3) == ("exports", "Shymkent", "KAZ")


def test_almaty_city_beside_its_region():           # fails without Алматы (the region named before carried)
    figs = _figs(DK01, pub_year=2022)
    assert [figs[x].reporter for x in ("46,4 млрд тенге", "35,1 млрд тенге", "17,6 млрд тенге")] == [
        "Shymkent", "Almaty Region", "Almaty"]
