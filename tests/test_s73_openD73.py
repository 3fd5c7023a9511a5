"""Session 73 (openD73): rules written on the studied tuned pages of data/ruweb39 and data/ruweb38 (Russian pages).

- counterparts_group_outlet (facts/subject.py, reporters.outlet): a head naming only groups of destinations is the
  page of its outlet's country when the outlet's web domain names one (else still no reporter, counterparts_group).
- ru_change_noun (dataset/cues_measure.py, roles change_noun / amounts_to of vocab/ru/change_by.csv): an amount after a
  noun of change and its flow, by "на" or a verb of amounting, is a change, no panel level (reason difference).
- purchases_in (vocab/ru/frames.csv): "закупки России в ЕС": the genitive after the purchase noun imports from where the
  purchases are made; "АТЭС" is the APEC bloc (vocab/ru/places.csv).
- ru re-exports (vocab/ru/measures.csv): "реэкспорт" is exports, as the English "re-exports".
- locative_place (facts/frames.py, Russian cues frame_direction_before / frame_locative_place): a flow frame does not
  bind a place in the locative after "в" ("в Грузии": where the flow is counted), only a direction ("в Грузию").
- ru_loss (dataset/cues_measure.py, role loss_stem of vocab/ru/change_by.csv): the amount a verb of losing takes, up to
  five words of its cause between, is what was lost, a change (reason difference).
- comparison_sentence (facts/carry.py, Russian cue comparison_opening): a sentence opened "Для сравнения" sets an
  earlier time beside the one in force, which stays in force for the sentences after it.

Searches of the `search` tool (corpus pages) for pages outside the development sets with these phrasings: "падение
экспорта составило млн долларов", "снижение экспорта в Россию составило млн долларов", "прирост экспорта составил
миллионов долларов по сравнению", "закупки России в ЕС сократились", "реэкспорт из Грузии составил млн долларов",
"объем реэкспорта составил млн долларов", "реэкспорт в Грузии приходится на Азербайджан", "Для сравнения — в 2014 году
экспорт вырос. товарооборот сократился", "экспортеры потеряли млн долларов из-за санкций экспорт сократился". They found the development
pages themselves (pr-post.com, speedme.ru) and pages with neighbouring phrasings only, so the sentences below are
CONSTRUCTED on the tuned pages' phrasings (each says which), except where an address is named.
"""
import pytest

from phrasing import figs, one_figure, row, rule_item
from tradeflows.dataset.cues import difference_cue
from tradeflows.dataset.series import IN, series_status
from tradeflows.facts.subject import document_subject
from tradeflows.vocab import using_language


# -- counterparts_group_outlet ---------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb39 cm05 (an economist's post on komsomol.md that never names its country)
GROUPS = ("Сюрприза не произошло: экспорт в январе сократился на 11%. Причем сократился по всем направлениям – в СНГ на "
          "20%, в ЕС — на 15%.\n")


def test_destination_groups_on_an_outlet_of_a_country_are_its_trade():
    with using_language("ru"):
        assert document_subject(GROUPS, outlet="MDA") == ("Moldova", "MDA", "outlet")
    got = [(f.figure, f.reporter, f.partner, rule_item(f, "reporter")) for f in figs(GROUPS, lang="ru", outlet="MDA")]
    assert got == [("11%", "Moldova", "world", "reporter:outlet+counterparts_group_outlet"),
                   ("20%", "Moldova", "CIS", "reporter:outlet+counterparts_group_outlet"),
                   ("15%", "Moldova", "European Union", "reporter:outlet+counterparts_group_outlet")]


def test_destination_groups_with_no_outlet_country_stay_without_reporter():
    # odd case: a generic domain gives no country, so counterparts_group still decides (no reporter)
    with using_language("ru"):
        assert document_subject(GROUPS) == (None, None, "counterparts_group")


# -- ru_change_noun --------------------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb38 ck11 (pr-post.com, Lithuania's exports to the CIS in January-April 2015)
CHANGE_NOUN = ("Экспорт Литвы в страны СНГ в 2015 году составил 1,2 млрд евро. Из падения экспорта на 126,5 млн евро в "
               "регион СНГ падение экспорта в Россию составляет 120 млн евро.")


@pytest.mark.parametrize("figure", ["126,5 млн евро", "120 млн евро"])
def test_an_amount_after_a_noun_of_change_is_a_change(figure):
    f = one_figure(CHANGE_NOUN, figure, lang="ru", pub_year=2016)
    assert f.measure == "exports"
    assert difference_cue(row(f)) is True
    assert series_status(row(f), min_confidence=0.0) == "difference"


def test_the_level_before_the_change_is_still_a_level():
    f = one_figure(CHANGE_NOUN, "1,2 млрд евро", lang="ru", pub_year=2016)
    assert difference_cue(row(f)) is False


def test_a_level_after_a_noun_of_growth_and_a_rate_is_a_level():
    # CONSTRUCTED odd case: the rate stands between the noun of change and the verb, so the amount is the level
    f = one_figure("Экспорт Литвы в Россию при росте на 5% составил 3,2 млрд евро.", "3,2 млрд евро", lang="ru",
                   pub_year=2015)
    assert difference_cue(row(f)) is False


# -- purchases_in, APEC ----------------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb38 ck06 (netgazeta.ru on Russia's food imports in January-June 2015)
def test_purchases_of_a_place_in_another_are_its_imports_from_it():
    got = [(f.figure, f.measure, f.reporter, f.partner, rule_item(f, "reporter"))
           for f in figs("В целом, с января по июнь закупки России в ЕС упали на 45 процента, в странах АТЭС — на 35,1 "
                         "процента.", lang="ru", pub_year=2015)]
    assert got == [("45 процента", "imports", "Russia", "European Union", "reporter:frame"),
                   ("35,1 процента", "imports", "Russia", "APEC", "reporter:subject")]


# -- re-exports ------------------------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb38 ck10 (speedme.ru on Georgia's re-exports)
def test_re_exports_are_exports():
    f = one_figure("За первые семь месяцев года объем реэкспорта Грузии составил 1,855 млрд долларов.",
                   "1,855 млрд долларов", lang="ru", pub_year=2023)
    assert (f.measure, f.reporter) == ("exports", "Georgia")


# -- locative_place --------------------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb38 ck10 (speedme.ru): "в Грузии" is where the re-exports are counted
def test_a_place_in_the_locative_is_no_destination():
    got = [(f.figure, f.measure, f.reporter, rule_item(f, "reporter"))
           for f in figs("Грузия за семь месяцев нарастила реэкспорт. Около 50% реэкспорта продукции в Грузии приходится "
                         "на Азербайджан, Армению и Россию.", lang="ru", pub_year=2023)]
    assert [g[:3] for g in got] == [("Около 50%", "exports", "Georgia")]
    assert got[0][3] != "reporter:frame"


def test_a_place_in_the_accusative_is_still_a_destination():
    # odd case beside locative_place: "в Грузию" is the direction of the flow, the frame binds it
    got = [(f.figure, f.reporter, f.partner, rule_item(f, "partner"))
           for f in figs("Экспорт Армении в Грузию вырос на 12%.", lang="ru", pub_year=2023)]
    assert got == [("12%", "Armenia", "Georgia", "partner:frame")]


# -- ru_loss ---------------------------------------------------------------------------------------------------------
# dsnews.ua (ukrainskiy-eksport-poteryal-ot-okkupatsii-donbassa-i-kryma-28032017153500), its title: the amount export lost
DSNEWS = "Украинский экспорт потерял от оккупации Донбасса и Крыма почти $13 млрд"


def test_an_amount_a_verb_of_losing_takes_is_a_change():
    f = one_figure(DSNEWS, "почти $13 млрд", lang="ru", pub_year=2018)
    assert (f.measure, f.reporter) == ("exports", "Ukraine")
    assert difference_cue(row(f)) is True


def test_an_amount_a_verb_of_losing_takes_right_after_it_is_a_change():
    # CONSTRUCTED on the phrasing of ruweb38 ck11 (pr-post.com)
    f = one_figure("По сравнению с прошлым годом экспортеры Литвы в 2015 году потеряли 126,5 млн евро.", "126,5 млн евро",
                   lang="ru", pub_year=2016)
    assert difference_cue(row(f)) is True


# -- comparison_sentence ---------------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb38 ck11 (pr-post.com): the year of a sentence set "for comparison" does not go on
COMPARISON = ("За первые четыре месяца 2015 года экспорт Литвы снизился на 0,4%.\n\nВ этом году экспорт Литвы сократился "
              "на 12,2 млн евро. Для сравнения — в начале 2014 года экспорт Литвы вырос на 2%. При этом экспорт на рынки "
              "СНГ упал на 41%.")


def test_a_sentence_for_comparison_leaves_the_time_in_force():
    got = {f.figure: (f.year, rule_item(f, "year")) for f in figs(COMPARISON, lang="ru", pub_year=2015)}
    assert got["2%"] == (2014, "year:explicit")
    assert got["41%"] == (2015, "year:paragraph_period")


def test_a_sentence_with_its_own_time_after_a_comparison_keeps_it():
    # odd case beside comparison_sentence: the sentence after names its own year
    got = {f.figure: f.year for f in figs("В 2015 году экспорт Литвы сократился на 5%. Для сравнения, в 2014 году он "
                                          "вырос на 2%. В 2013 году экспорт вырос на 7%.", lang="ru", pub_year=2016)}
    assert got == {"5%": 2015, "2%": 2014, "7%": 2013}
