"""Russian phrasings found in session 40 on the tuned pages of data/ruweb14 (Russian news on trade outside the former
USSR), each a vocabulary row or a named rule, tested on the pages' real sentences."""
from __future__ import annotations

from phrasing import fields


def test_two_sides_that_traded_goods_for_an_amount_is_their_turnover():
    """vocab/ru/measures.csv rows торговали/торговала/торговал/торговало (svodkaplus, data/ruweb14 tuned page ao08):
    'Иран и Китай торговали товарами на сумму 11,16 млрд. долларов' is the two sides' turnover, and so are the rate and
    the base amount after it, not a measure left as other."""
    text = ("Согласно упомянутым данным, за упомянутые восемь месяцев Иран и Китай торговали товарами на сумму 11,16 млрд. "
            "долларов, что на 19 % больше, чем 9,344 млрд. долларов за тот же период в 2021 году.\n")
    assert fields(text, "measure", "year", pub_year=2022, lang="ru") == [
        ("11,16 млрд. долларов", "turnover", 2022), ("19 %", "turnover", 2022),
        ("больше, чем 9,344 млрд. долларов", "turnover", 2021)]


def test_the_volume_of_trade_and_economic_cooperation_is_turnover_and_this_year_elided_before_a_forecast():
    """vocab/ru/measures.csv rows 'торгово-экономического сотрудничества' and vocab/ru/periods.csv row of 'в нынешнем'
    before a modal or future verb (evrazesnews, data/ruweb14 tuned page ao11): 'Объем торгово-экономического
    сотрудничества между Россией и ОАЭ в прошлом году составил порядка 5,4 млрд долларов' is Russia's turnover with the
    UAE in 2021, and 'а в нынешнем может вырасти еще на 10%' ('году' left out) is its forecast rise in 2022."""
    text = ("Объем торгово-экономического сотрудничества между Россией и Объединенными Арабскими Эмиратами в прошлом году "
            "составил порядка 5,4 млрд долларов, а в нынешнем может вырасти еще на 10%.\n")
    assert fields(text, "measure", "reporter", "year", "status", pub_year=2022, lang="ru") == [
        ("порядка 5,4 млрд долларов", "turnover", "Russia", 2021, "actual"), ("10%", "turnover", "Russia", 2022, "target")]


def test_less_than_one_percent_in_words():
    """vocab/ru/numbers.csv row 'один' and vocab/ru/cues.csv rows 'менее чем', 'меньше чем' (svodkaplus, data/ruweb14
    tuned page ao08): 'снизился менее чем на один процент' is a fall of less than 1%, qualifier and all."""
    text = "Объем торговли между двумя странами в предыдущем году снизился менее чем на один процент.\n"
    assert fields(text, "kind", "value", "qualifier", "measure", pub_year=2022, lang="ru") == [
        ("менее чем на один процент", "growth", -1.0, "less_than", "turnover")]


def test_the_percent_word_put_before_its_number_is_an_approximate_rate():
    """Rule ru_growth_inverted_approx (evrazesnews, data/ruweb14 tuned page ao11): in 'мы объективно ожидаем рост
    показателей процентов на 10' the inverted order says about ten percent, a rise by the change word before it; a
    percent word after a number of its own ('5 процентов на 10 лет') is no such rate."""
    text = ("«Наш товарооборот достиг цифры в 5,4 млрд долларов. Более того, несмотря на все обстоятельства, этот заданный "
            "темп в текущем году продолжает оставаться, и мы объективно ожидаем рост показателей процентов на 10», — "
            "предположил он.\n")
    assert fields(text, "kind", "value", "qualifier", "measure", pub_year=2022, lang="ru")[1:] == [
        ("процентов на 10", "growth", 10.0, "approx", "turnover")]
    assert [f[0] for f in fields("Кредит выдан под 5 процентов на 10 лет.\n", pub_year=2022, lang="ru")] == [
        "5 процентов"]


def test_more_than_half_of_all_volumes_of_exports_is_a_share():
    """Rule ru_share_fraction_word, a volume word before the flow (etosibir, data/ruweb14 tuned page ao06): 'Иркутская
    область реализует более половины всех объёмов экспорта Сибирского Федерального Округа' is a share of more than
    50% of exports."""
    text = "Иркутская область реализует более половины всех объёмов экспорта Сибирского Федерального Округа.\n"
    assert fields(text, "kind", "value", "qualifier", "measure", "reporter", pub_year=2017, lang="ru") == [
        ("более половины", "share", 50.0, "more_than", "exports", "Irkutsk Oblast")]


def test_the_region_a_country_leads_is_no_partner_carried():
    """vocab/ru/patterns.csv row ranking_scope_before, rule ranking_scope_not_carried (evrazesnews, data/ruweb14 tuned
    page ao11): in 'Эмираты в прошлом году стали ведущей страной Ближнего Востока по объему торгово-экономического
    сотрудничества [с Россией]' the Middle East is the scope the UAE ranks first in; Russia's turnover of the next
    sentence, and its expected rise, are with the UAE, not with the Middle East."""
    text = ("Товарооборот между Россией и ОАЭ в этом году может вырасти на 10%\n\n"
            "Объем торгово-экономического сотрудничества между Россией и Объединенными Арабскими Эмиратами в прошлом "
            "году составил порядка 5,4 млрд долларов, а в нынешнем может вырасти еще на 10%. Об этом сегодня на "
            "конференции Росконгресса «Ценности и возможности многополярного мира», которая прошла в кампусе "
            "Университета «Синергия» в Дубае, рассказал торговый представитель Российской Федерации в ОАЭ Андрей "
            "Терехин.\n\n"
            " «Эмираты в прошлом году стали ведущей страной Ближнего Востока по объему торгово-экономического "
            "сотрудничества [с Россией]. Наш товарооборот достиг цифры в 5,4 млрд долларов. Более того, несмотря на все "
            "обстоятельства, этот заданный темп в текущем году продолжает оставаться, и мы объективно ожидаем рост "
            "показателей процентов на 10», — предположил он.\n")
    title = "Товарооборот между Россией и ОАЭ в этом году может вырасти на 10%"
    assert fields(text, "measure", "reporter", "partner", "year", pub_year=2022, lang="ru", title=title)[3:] == [
        ("5,4 млрд долларов", "turnover", "Russia", "UAE", 2021), ("процентов на 10", "turnover", "Russia", "UAE", 2022)]


def test_the_celestial_empire_is_china():
    """vocab/ru/places.csv row Поднебесная (svodkaplus, data/ruweb14 tuned page ao08): in the headline 'Экспорт из
    исламской республики в Поднебесную вырос на 14%' China is where the exports go, the partner, and Iran, whose
    exports the body names, the reporter, as of the body's figures."""
    text = ("Экспорт из исламской республики в Поднебесную вырос на 14% за восемь месяцев в годовом исчислении\n\n"
            "Согласно данным, опубликованным Таможенной администрацией Китая, стоимость ненефтяного экспорта Ирана в "
            "Китай за первые восемь месяцев 2022 года достигла 4,946 миллиарда долларов, увеличившись на 14 процентов в "
            "годовом исчислении.\n")
    assert fields(text, "measure", "reporter", "partner", pub_year=2022, lang="ru") == [
        ("14%", "exports", "Iran", "China"), ("4,946 миллиарда долларов", "exports", "Iran", "China"),
        ("14 процентов", "exports", "Iran", "China")]


def test_the_ratio_of_exports_to_imports_is_a_coverage_ratio():
    """Rules coverage_ratio and coverage_ratio_anaphor, vocab/ru/patterns.csv rows coverage_before and coverage_anaphor
    (rusturkey, data/ruweb14 tuned page ao03): 'Соотношение экспорта и импорта Турции в январе 2018 года составило
    57,8%' is the coverage of imports by exports (measure other, Turkey's trade with the world), not a share of the
    turnover that 'экспорта и импорта' names elsewhere; so is 'этот показатель' of the next sentence."""
    text = ("Соотношение экспорта и импорта Турции в январе 2018 года составило 57,8%. В январе 2019 года этот показатель "
            "увеличился до 84%.\n")
    assert fields(text, "kind", "measure", "reporter", "partner", "year", pub_year=2019, lang="ru") == [
        ("57,8%", "share", "other", "Turkey", "world", 2018), ("84%", "share", "other", "Turkey", "world", 2019)]


def test_imported_more_than_it_exported_is_the_balance():
    """Rule flow_more_than_other, vocab/ru/patterns.csv row flow_more_than_other (espreso, data/ruweb14 tuned page ao02):
    'Евросоюз импортировал на 181 млрд евро больше товаров, чем экспортировал' is the EU's deficit with China, a
    balance, not its imports; 'экспортировала на 10 млрд долларов больше, чем в прошлом году', with no second flow, stays
    a change of exports."""
    text = ("В прошлом году Евросоюз экспортировал в Китай товаров на 202, 5 млрд евро, а импортировал - на 383, 5 млрд. "
            "Суммарный товарооборот составил 586 млрд евро. Евросоюз импортировал на 181 млрд евро больше товаров, чем "
            "экспортировал.\n")
    assert fields(text, "measure", "reporter", "partner", "year", pub_year=2021, lang="ru") == [
        ("202, 5 млрд евро", "exports", "European Union", "China", 2020),
        ("383, 5 млрд", "imports", "European Union", "China", 2020),
        ("586 млрд евро", "turnover", "European Union", "China", 2020),
        ("181 млрд евро", "balance", "European Union", "China", 2020)]
    assert fields("Россия экспортировала на 10 млрд долларов больше, чем в прошлом году.\n", "measure", pub_year=2021,
                  lang="ru") == [("10 млрд долларов", "exports")]


def test_dirhams_and_shekels_by_their_russian_names():
    """vocab/ru/currencies.csv rows дирхамов/дирхемов (AED; MAD on a page about Morocco) and шекелей (ILS): Russian
    news on the trade of the UAE names its amounts in dirhams ('в 2023 году объем товаров и услуг составил 3,5 триллиона
    дирхамов', ru.arabianbusiness.com; 'превысил 1 миллиарда дирхемов ОАЭ (890 млн шекелей)', newsru.co.il), which
    were read as no money at all."""
    text = ("ОАЭ достигли значительной вехи в секторе внешней ненефтяной торговли: в 2023 году объем товаров и услуг "
            "составил 3,5 триллиона дирхамов.\n")
    assert fields(text, "kind", "value", "currency", pub_year=2024, lang="ru") == [
        ("3,5 триллиона дирхамов", "money", 3.5e12, "AED")]
    text = ("С момента подписания соглашений о нормализации отношений между Израилем и Объединенными Арабскими Эмиратами в "
            "августе 2020 года торговый оборот между странами превысил 1 миллиарда дирхемов ОАЭ (890 млн шекелей).\n")
    assert fields(text, "kind", "value", "currency", "measure", pub_year=2021, lang="ru") == [
        ("превысил 1 миллиарда дирхемов", "money", 1e9, "AED", "turnover"),
        ("890 млн шекелей", "money", 8.9e8, "ILS", "turnover")]


def test_goods_brought_in_are_imports():
    """vocab/ru/measures.csv rows завезено/завезли/завезла/завез (etosibir, data/ruweb14 tuned page ao06): in 'в Китай
    было отправлено ... на 4,5 миллиарда долларов, в то время как продукции было завезено на 1,7 миллиарда' the second
    amount is what was brought in, imports, not exports as the verb of the first clause."""
    text = ("Данные сибирского таможенного управления указывают на то, что за девять месяцев 2017 года из регионов "
            "Сибирского Федерального Округа в Китай было отправлено продовольствия, леса, угля и руды на 4,5 миллиарда "
            "долларов, в то время как продукции было завезено на 1,7 миллиарда.\n")
    assert fields(text, "measure", "year", "period_end", pub_year=2017, lang="ru") == [
        ("4,5 миллиарда долларов", "exports", 2017, "2017-09"), ("1,7 миллиарда", "imports", 2017, "2017-09")]
