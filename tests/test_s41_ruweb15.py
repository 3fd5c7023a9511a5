"""Russian phrasings of product and commodity trade found in session 41 on the tuned pages of the blind set ruweb15,
each a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields, one_figure, row
from tradeflows.dataset.cues_measure import product_rule
from tradeflows.dataset.series import series_status

NUZ = ("Согласно данным Государственного комитета по статистике Республики Узбекистан, китайские "
       "автопроизводители продолжают укреплять свои позиции на автомобильном рынке страны. В период с января по "
       "март 2025 года в Узбекистан было импортировано 6,9 тысяч легковых автомобилей на общую сумму 115,1 "
       "миллиона долларов США. Примечательно, что подавляющее большинство импорта – 5 235 автомобилей – "
       "приходится на Китай, что составляет приблизительно 75% от общего объема.\n"
       "Южная Корея занимает второе место по объемам поставок, экспортировав в Узбекистан 1 425 автомобилей. "
       "Индия значительно отстает, поставив всего 144 автомобиля.\n"
       "Эти цифры подтверждают тенденцию, наметившуюся еще в 2024 году. По итогам прошлого года в Узбекистан было"
       " импортировано 74,7 тысячи легковых автомобилей на сумму 1,28 миллиарда долларов. При этом более 80% "
       "импорта пришлось на китайские бренды.\n"
       "- Доминирование китайских автопроизводителей может быть связано с несколькими факторами, включая "
       "конкурентоспособные цены, широкий ассортимент моделей, адаптированных к местным условиям, и активную "
       "маркетинговую политику китайских бренд\n")


def test_the_place_a_passive_import_verb_brings_goods_into_imports_them():
    """Frame imported_into (vocab/ru/frames.csv; nuz.uz, data/ruweb15 tuned page aq08): in 'в Узбекистан было
    импортировано 74,7 тысячи легковых автомобилей на сумму 1,28 миллиарда долларов' Uzbekistan imports, its total
    from the world; the Chinese carmakers the page opens and goes on about are no reporter."""
    got = fields(NUZ, "measure", "reporter", "year", lang="ru", pub_year=2025)
    assert [got[0], got[2]] == [("115,1 миллиона долларов США", "imports", "Uzbekistan", 2025),
                                ("1,28 миллиарда долларов", "imports", "Uzbekistan", 2024)]
    assert fields(NUZ, "partner", lang="ru", pub_year=2025)[2] == ("1,28 миллиарда долларов", "world")


def test_the_value_of_a_count_or_weight_of_goods_is_one_products_trade():
    """product_flow row of a quantity of goods (vocab/ru/product_flow.txt; nuz.uz, data/ruweb15 tuned page aq08;
    kgnews.asia): '74,7 тысячи легковых автомобилей на сумму 1,28 миллиарда долларов', '51 969,9 тонн цитрусовых
    фруктов на сумму 35,6 миллионов долларов': the value of a count of cars or a weight of fruit is that product's,
    not the country's imports in the national panel."""
    cars = row(one_figure(NUZ, "1,28 миллиарда долларов", lang="ru", pub_year=2025))
    assert product_rule(cars) == "product_flow"
    assert series_status(cars) == "product"
    kg = ("Сообщается, что за первые десять месяцев в страну завезли 51 969,9 тонн цитрусовых фруктов на сумму 35,6 "
          "миллионов долларов.\n"
          "«Мандарины – это атрибут новогодних праздников. Данный вид цитрусовых фруктов за 10 месяцев 2023 года "
          "импортировали в Казахстан весом 44 356,7 тонны на сумму 30,4 миллиона долларов».\n")
    for fig in ("35,6 миллионов долларов", "30,4 миллиона долларов"):
        assert product_rule(row(one_figure(kg, fig, lang="ru", pub_year=2023))) == "product_flow"


def test_seafood_and_a_genitive_of_goods_before_a_passive_flow_verb_are_products():
    """product_flow rows 'морепродукт' and a genitive of goods before a passive flow verb (vocab/ru/product_flow.txt;
    portofranko-vl.ru, data/ruweb15 tuned page aq02): 'поставки морепродуктов из России в Китай увеличились на 48,2%,
    до $2,75 млрд' and 'минтая было поставлено на $750 млн' are one product's trade, not Russia's exports to China in
    the national panel; 'товаров было поставлено на' stays all goods."""
    text = ("В 2022 году поставки морепродуктов из России в Китай увеличились на 48,2%, до $2,75 млрд, сообщил торговый "
            "представитель РФ в КНР Алексей Дахновский.\n"
            "Как рассказал торгпред, из товаров «холодовой цепи» Китай в прошлом году в основном импортировал из России "
            "морепродукты. «В том числе минтая было поставлено на $750 млн, крабов — почти на $710 млн»,— сообщил "
            "дипломат.\n")
    for fig in ("$2,75 млрд", "$750 млн"):
        r = row(one_figure(text, fig, lang="ru", pub_year=2023))
        assert (product_rule(r), series_status(r)) == ("product_flow", "product")
    total = "В 2022 году товаров было поставлено на $750 млн из России в Китай.\n"
    assert product_rule(row(one_figure(total, "$750 млн", lang="ru", pub_year=2023))) is None


def test_goods_sent_beyond_a_named_countrys_borders_go_to_the_world():
    """world_strong row 'за пределы <страны>' (vocab/ru/patterns.csv; news.tut.by via dairynews.ru, data/ruweb15 tuned page
    aq05): 'поставки за пределы Беларуси молока и молочных продуктов ... выросли на 42,4%, до 525,1 млн долларов' are
    Belarus' exports to the world, and so is the total of the opening; Russia, named as the main market after it and
    in the opening's aside, is the counterpart only of the figure the text gives for it."""
    text = ("Что вытянуло белорусский экспорт: \"молочка\" обгоняет признанных лидеров\n"
            "\n"
            "Источник: news.tut.by\n"
            "Заметный, почти на четверть, рост экспорта товаров в первом квартале обеспечили сразу несколько "
            "товарных позиций. Самые внушительные результаты, несмотря на периодические обострения проблем с "
            "Россией, показали молокопереработчики, уже заметно перекрывающие объемы экспорта оружия.\n"
            "Как сообщает Белстат, поставки за пределы Беларуси молока и молочных продуктов в первом квартале "
            "выросли на 42,4%, до 525,1 млн долларов. И хотя основным рынком сбыта по-прежнему остается Россия "
            "(экспорт сюда составил 491,6 млн долларов), растут эти поставки медленнее — плюс 38,4% за квартал. "
            "Среди стран, куда Беларусь экспортировала «молочки» более чем на 1 млн долларов, по итогам января-"
            "марта оказались Грузия (2 млн долларов), Китай, и Турция.\n")
    got = fields(text, "measure", "reporter", "partner", lang="ru", pub_year=2016)
    assert got[:4] == [("почти на четверть", "exports", "Belarus", "world"), ("42,4%", "exports", "Belarus", "world"),
                       ("525,1 млн долларов", "exports", "Belarus", "world"),
                       ("491,6 млн долларов", "exports", "Belarus", "Russia")]


def test_a_buyer_of_a_countrys_goods_and_export_earnings_are_exports():
    """measures.csv rows 'покупатель' and 'экспортные доходы' (vocab/ru/measures.csv; upl.uz and centralasia.media,
    data/ruweb15 tuned pages aq03, aq10): 'Среди ведущих покупателей узбекского текстиля Россия занимает лидирующие
    позиции, на ее долю приходится значительная доля в размере 626,4 млн. долларов' is Uzbekistan's exports to Russia,
    and 'прогнозируемый объем экспортных доходов от кашемира в стране составит около $700 млн' Mongolia's exports, not
    a measure left as other."""
    text = ("Текстильная промышленность Узбекистана пережила значительный подъем в своей экономике, получив "
            "значительный доход от экспорта текстиля в размере около 1,3 миллиарда долларов. Агентство статистики"
            " страны сообщает, что в период с января по май этого года Узбекистан успешно экспортировал "
            "текстильную продукцию на сумму 1,27 миллиарда долларов, что отражает заметный рост на 6,5% по "
            "сравнению с аналогичным периодом прошлого года.\n"
            "Среди ведущих покупателей узбекского текстиля Россия занимает лидирующие позиции, на ее долю "
            "приходится значительная доля в размере 626,4 млн. долларов. Турция и Кыргызстан следуют этому "
            "примеру, импорт текстиля в которых составил 179,2 миллиона долларов и 136 миллионов долларов "
            "соответственно.\n")
    got = fields(text, "measure", "reporter", "partner", lang="ru")
    assert got[3] == ("626,4 млн. долларов", "exports", "Uzbekistan", "Russia")
    text = ("Экспорт чесаного кашемира из Монголии вырос на 28.7% в 2025 году\n"
            "CentralAsia (MNG) - Согласно официальным данным, опубликованным во вторник Главным таможенным "
            "управлением Монголии, в 2025 году страна экспортировала 4000 тонн чесаного кашемира на сумму $330.6 "
            "млн.\n"
            "По данным Министерства продовольствия, сельского хозяйства и легкой промышленности Монголии, "
            "прогнозируемый объем экспортных доходов от кашемира в стране составит около $700 млн.\n")
    got = fields(text, "measure", "reporter", "partner", "status", lang="ru", pub_year=2026)
    assert got[-1] == ("около $700 млн", "exports", "Mongolia", "world", "target")
