"""Session 52, helper repL: the reporter of a Russian figure whose sentence has a place as the subject of
"экспортировал(а)" and no destination (vocab/ru/frames.csv row subject_flowed): that place's own exports, not the page's
subject (the fallback `subject` gave them to the page's country before).

ru.trend.az (2025-08-24) is an outlet in no sources.csv of the development sets; the Georgian apposition is the
shape of a tuned page (data/ruweb25, mybusiness.md).
"""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def facts(text: str, figure: str):
    return [(f.reporter, f.measure, f.fact_rules) for f in figures_of_text(text, "page", "txt") if f.figure == figure]


# ru.trend.az/casia/uzbekistan/4083383.html (2025): the country as the subject of "экспортировал", a time phrase before it
TREND = ("С января по июль 2025 года Узбекистан экспортировал 1,3 млн тонн плодоовощной продукции на сумму свыше "
         "1 млрд долларов США, сообщает Национальное агентство по статистике, передает Trend.")
# a page about another country: before the row the figure went to that page's subject (rule subject)
KAZAKH_PAGE = "Экспорт Казахстана в Россию вырос\n\nЭкспорт Казахстана в Россию в 2024 году вырос на 5%.\n\n" + TREND


def test_subject_of_export_verb_owns_the_figure():
    (rep, measure, rules), = facts(TREND, "свыше 1 млрд долларов США")
    assert (rep, measure) == ("Uzbekistan", "exports")
    assert "reporter:frame" in rules


def test_subject_of_export_verb_beats_the_page_subject():
    (rep, measure, rules), = facts(KAZAKH_PAGE, "свыше 1 млрд долларов США")
    assert (rep, measure) == ("Uzbekistan", "exports")
    assert "reporter:frame" in rules and "reporter:subject" not in rules


GEORGIA = ("Экспорт вина из Молдовы снизился\n\nВ 2019 году Молдова экспортировала вина на сумму 97,7 миллиона долларов. "
           "Грузия, пострадавшая от российского эмбарго, экспортировала в 2019 году вина на сумму около 223 миллионов "
           "долларов, что в 2,3 раза больше, чем Молдова.")


def test_apposition_between_subject_and_verb():
    (rep, _, rules), = facts(GEORGIA, "около 223 миллионов долларов")
    assert rep == "Georgia" and "reporter:frame" in rules
    (rep, _, _), = facts(GEORGIA, "97,7 миллиона долларов")
    assert rep == "Moldova"


def test_places_after_preposition_are_destinations():
    # "в Россию, Беларусь и Казахстан Молдова экспортировала": the list after "в" names where, the subject is Moldova
    text = ("Экспорт вина из Молдовы вырос\n\nВ 2019 году в Россию, Беларусь и Казахстан Молдова экспортировала вина на "
            "сумму 50 млн долларов.")
    (rep, _, rules), = facts(text, "50 млн долларов")
    assert rep == "Moldova" and "reporter:frame" in rules


def test_destination_after_the_verb_is_the_frame_with_a_partner():
    text = "Узбекистан в 2024 году экспортировал в Россию фруктов на сумму 500 млн долларов."
    (rep, _, _), = facts(text, "500 млн долларов")
    assert rep == "Uzbekistan"
    partner = [f.partner for f in figures_of_text(text, "page", "txt") if f.figure == "500 млн долларов"]
    assert partner == ["Russia"]


def test_import_verb_is_left_to_the_page():
    # a buyer's "импортировала" on a page of another country's exports: the gold reads it as that country's export,
    # so no row reads "импортировал" (the fallback keeps the page's subject)
    text = ("Экспорт Турции вырос\n\nТурция в феврале экспортировала товаров на 20 млрд долларов. "
            "Россия за этот период импортировала продукции и услуг на 2,55 миллиарда долларов.")
    (rep, _, rules), = facts(text, "2,55 миллиарда долларов")
    assert "reporter:frame" not in rules or rep != "Russia"


# rule member_bloc_flow (facts/reporters.py demonym_flow): "EU exports" on a page about a member's own trade are the
# member's exports to the bloc. Sentences of tuned pages (data/web26 sharecast.com, data/web20 thelocal.se): the page
# store gave no other outlet's "EU exports" on a member's page (its UK and German pages write "exports to EU countries").
UK_PAGE = ("UK trade deficit narrows as exports rise\n\nThe UK's trade deficit narrowed in June, the Office for National "
           "Statistics said. Non-European Union exports rose 14.4% in the quarter compared to the same period last year, "
           "with EU exports down 9.8%, which if the trend continued could see the UK begin posting monthly trade "
           "surpluses.")
SWEDEN_PAGE = ("Sweden's trade surplus grows\n\nSweden's exports of goods rose in March, Statistics Sweden said. Trade with "
               "countries outside the EU resulted in a surplus of 13.4 billion kronor, while EU trade resulted in a surplus "
               "of 2.0 billion.")


def reporter_of(text: str, figure: str):
    return [(f.reporter, f.fact_rules) for f in figures_of_text(text, "page", "txt") if f.figure == figure]


def test_bloc_flow_on_member_page_is_the_members():
    (rep, rules), = reporter_of(UK_PAGE, "9.8%")
    assert rep == "United Kingdom"
    assert "member_bloc_flow" in rules and "reporter:demonym_flow" not in rules
    (rep, rules), = reporter_of(SWEDEN_PAGE, "2.0 billion")
    assert rep == "Sweden" and "member_bloc_flow" in rules


def test_bloc_flow_on_bloc_page_stays_the_blocs():
    text = ("EU trade surplus with the US widens\n\nThe EU's trade surplus with the United States grew in 2018, "
            "Eurostat said. EU exports rose 9.8% to 406 billion euros.")
    (rep, rules), = reporter_of(text, "9.8%")
    assert rep == "European Union" and "reporter:demonym_flow" in rules


def test_bloc_flow_on_non_member_page_stays_the_blocs():
    # Norway is in no bloc of bloc_members.csv: "EU exports" there are the bloc's own
    text = ("Norway's salmon exports rise\n\nNorway's exports of salmon rose in May, Statistics Norway said. "
            "EU exports of salmon fell 9.8% in the same month.")
    (rep, rules), = reporter_of(text, "9.8%")
    assert rep == "European Union" and "reporter:demonym_flow" in rules
