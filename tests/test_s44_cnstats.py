"""Session 44 (cnstats): figures a page attributes to another country's statistics. GUIDELINES: the reporter of a trade
between two countries is the country whose statistics it is; supplies into the country whose customs the page cites
are that country's imports (rule stats_owner_imports)."""
from __future__ import annotations

from phrasing import ru_fields


def test_the_genitive_plural_of_supplies_opens_a_supplier_adjective_frame():
    """Slot {EXPORT} of vocab/ru/frame_slots.csv: "поставок", the genitive plural of "поставки" (no "поставк-" in it),
    opens frame demonym_goods_to as the other case forms do: 'за счет увеличения поставок российских энергоресурсов в
    Китай' (cyberleninka.ru, https://cyberleninka.ru./article/n/sotrudnichestvo-rossii-i-kitaya-v-novyh-usloviyah-
    nekotorye-ekonomicheskie-itogi-2023-g)."""
    from tradeflows.facts.frames import find_frames
    from tradeflows.facts.places import find_places
    from tradeflows.vocab import using_language
    text = ("2022 и 2023 годы характеризуются существенным ростом взаимного товарооборота, в первую очередь за счет "
            "увеличения поставок российских энергоресурсов в Китай.")
    with using_language("ru"):
        frames = [(fr.name, fr.reporter.name, fr.partner.name) for fr in find_frames(text, 0, len(text), find_places(text))
                  if fr.kind == "flow"]
    assert ("demonym_goods_to", "Russia", "China") in frames


def test_an_office_whose_countrys_long_name_runs_past_the_reach_owns_the_page():
    """facts/reporters.py opening_statistics_owner: a place that starts within reach of the office is read whole
    ('Главное таможенное управление Китайской Народной Республики опубликовало данные', data/ruweb21 tuned page bc03,
    atavatan): the window that ended inside "Китайской Народной Республики" found no owner; with the owner, the
    supplies of the supplier's gas into China told after it are China's imports (rule stats_owner_imports, also where
    another rule made China the reporter)."""
    text = ("Туркменистан за январь–декабрь 2022 года экспортировал в Китай природный газ на сумму 10 миллиардов 250 "
            "миллионов долларов.\n"
            "Главное таможенное управление Китайской Народной Республики опубликовало данные по импорту газа в 2022 году. "
            "Так, стоимость поставок туркменского трубопроводного газа в Китай в 2022 году составила 10,25 миллиардов "
            "долларов, увеличившись на 51%, сообщило информационное агентство России ТАСС.\n")
    got = {g[0]: g[2:5] for g in ru_fields(text, pub_year=2023)}
    assert got["10,25 миллиардов долларов"] == ("imports", "China", "Turkmenistan")
    assert got["51%"] == ("imports", "China", "Turkmenistan")


def test_tatar_inform_supplies_of_coal_into_china_on_chinese_customs_data():
    """'Поставки российского каменного угля в Китай в 2025 году выросли в 1,4 раза ... Об этом сообщает «РИА Новости»,
    приводя данные китайской таможни' (tatar-inform.ru, https://www.tatar-inform.ru/news/rossiya-uvelicila-postavki-uglya-
    v-kitai-na-42-v-2025-godu-6011007): China's imports from Russia."""
    text = ("Поставки российского каменного угля в Китай в 2025 году выросли в 1,4 раза, а в ноябре увеличились на 25%. "
            "Об этом сообщает «РИА Новости», приводя данные китайской таможни.\n")
    got = {g[0]: g[2:5] for g in ru_fields(text, pub_year=2025)}
    assert got["в 1,4 раза"] == ("imports", "China", "Russia")
