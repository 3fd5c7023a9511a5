"""Phrasings of the ruweb19 set's tuned pages (Russian pages on Russia's trade with China, Turkey, Brazil, Iran, the
UAE, India and the EU), session 43: whose statistics office a page's opening cites."""
from __future__ import annotations

from phrasing import fields
from tradeflows.facts.reporters import StatsOwner, opening_statistics_owner
from tradeflows.vocab import using_language

ARTGARBAGE = ("Объем торговли России и Турции сократился на треть в 2016 году\n\n"
              "Объем взаимной торговли между Россией и Турцией в 2016 году снизился на треть. Об этом в четверг "
              "сообщили в Минэкономразвития со ссылкой на данные ФТС. \n\n"
              "За прошлый год российско-турецкий товарооборот сократился на 32,1% по сравнению с 20165 годом. Он "
              "составил $15,84 млрд.\n\n"
              "Экспорт упал на 29% до $13,69 млрд, импорт –  на 47%, до $2,14 млрд. «Это связано как с падением "
              "мировых цен на углеводороды и металлы, так и значительным снижением курса российской национальной "
              "валюты. Причиной снижения импорта из Турции стали введенные Россией в конце 2015 года ограничительные "
              "меры», — пояснили в министерстве. Доля Турции в общем российском внешнеторговом обороте составила в "
              "прошлом году 3,4%.\n")

SAMOA = ("Samoa records $81 million trade deficit\n"
         "Samoa recorded a trade deficit of WST$81.5 million in July this year with merchandise imports totalling "
         "$92.4 million to exceed exports valued at $10.9 million.\n"
         "Data on the country's trade was released by the Samoa Bureau of Statistics (S.B.S.) recently with the bureau "
         "adding that the trade deficit has increased by 38 per cent when compared to the balance in the corresponding "
         "period last year.\n"
         "The Oceania region had the largest share of 50.1 per cent of total merchandise imports, despite a reduction "
         "of 5.3 per cent from the previous month according to the bureau.\n"
         "Imports from Australia, Singapore and China all went up by $8.5 million, $19.3 million and $2.8 million "
         "respectively.\n")

MIZZIMA = ("Myanmar-China bilateral trade hits US$6.3 bn in first 7 months of FY\n\n"
           "Villagers wheel the bicycles past the Chinese customs house at the China-Myanmar border town of Jiegao, in "
           "China's southwestern province of Yunnan. Photo: AFP\n\n"
           "The value of Myanmar’s trade with its main trade partner China, as of October this fiscal year, reached "
           "US$6.3 billion, consisting of $2.83 billion in exports and $3.5 billion in imports, according to figures "
           "released by the Commerce Ministry on January 3.\n"
           "Meanwhile, Myanmar’s regional trade with ASEAN countries was the highest.\n")


def test_a_country_after_the_sentence_of_an_office_does_not_own_it():
    """Rule agency_sentence (opening_statistics_owner, facts/reporters.py; art-garbage.ru, ruweb19 tuned page): in
    '— пояснили в министерстве. Доля Турции в общем российском внешнеторговом обороте' Turkey opens the next sentence
    and owns no ministry; the page's pair figures ('Объем торговли России и Турции сократился на треть') are then the
    first-named side's, Russia's (the reporter was Turkey, whose statistics the page seemed to cite)."""
    got = fields(ARTGARBAGE, "measure", "reporter", "partner", "year", pub_year=2017, lang="ru")
    assert got[:3] == [("на треть", "turnover", "Russia", "Turkey", 2016),
                       ("на треть", "turnover", "Russia", "Turkey", 2016),
                       ("32,1%", "turnover", "Russia", "Turkey", 2016)]


def test_a_country_opening_the_sentence_after_the_bureau_is_not_a_second_owner():
    """Rule agency_sentence on an English page (samoaobserver.ws, web13 tuned page): '... according to the
    bureau.\\nImports from Australia, Singapore and China' names no Australian bureau, so the opening cites one
    office, the Samoa Bureau of Statistics (two owners, hence none, before)."""
    with using_language("en"):
        # (the owner names the rule that made it one: StatsOwner.via, session 44)
        assert opening_statistics_owner(None, SAMOA) == StatsOwner("Samoa", "WSM", "agency_sentence")


def test_a_customs_house_is_a_building_not_a_source():
    """Rule agency_building (facts/reporters.py; mizzima.com, web13 tuned page): a photo caption's 'past the Chinese
    customs house at the China-Myanmar border town' cites no Chinese customs data: the page's source is the Commerce
    Ministry, whose country its sentence does not name (a guard of rule agency_sentence, which would otherwise leave
    China as the one owner)."""
    with using_language("en"):
        # (no owner, and the rule that set the next sentence's Myanmar aside named: StatsOwner.via, session 44)
        assert opening_statistics_owner(None, MIZZIMA) == StatsOwner(None, None, "agency_sentence")


RNK = ("Россия впервые вошла в пятерку стран-экспортеров зерна в Бразилию — в период с января по июль этого года "
       "Бразилиа закупила у Москвы зерновых на сумму в 108,5 млн долларов. Об этом сообщает РИА Новости со ссылкой на "
       "данные бразильской статистической службы.\n"
       "За первые семь месяцев 2023 года Бразилия импортировала из России 380 тыс. тонн меслина и пшеницы.\n")


def test_a_capital_buying_from_another_capital_is_one_country_buying_from_another():
    """Rule capital_partner (facts/frames.py, frame subject_bought_from, with rule capital_subject and the row
    'Бразилиа' of vocab/ru/places.csv and capitals.txt; r-nk.com, ruweb19 tuned page): in 'Бразилиа закупила у Москвы
    зерновых на сумму в 108,5 млн долларов' both capitals are their governments: Brazil's imports from Russia (the
    reporter was the region Moscow, the partner Brazil)."""
    got = fields(RNK, "measure", "reporter", "partner", "year", pub_year=2023, lang="ru")
    assert got[0] == ("108,5 млн долларов", "imports", "Brazil", "Russia", 2023)
