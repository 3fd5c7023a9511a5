"""Session 64 (openS42): rules written on the tuned pages of data/ruweb42 (reference and profile pages: encyclopedic
articles, country notes) and data/ruweb43 (free zones, border crossings, companies).

- physical_clause_before (vocab/ru/patterns.csv, read by figures/lang_ru.py _physical_clause; rule physical_change): a
  change whose subject, up to 160 characters back in its sentence, is a count ("число ... составов увеличилось на"),
  the cargo ("объем ... грузов вырос на") or physical terms before "составил" is no trade figure; physical_change_after
  "... на 5% и составит ориентировочно 28 млн. тонн". English twin: physical_count_subject (figures/physical.py).
- bracket_reference (text/markers.py, text/clean.py): an encyclopedia's "[2]" glued between an amount and its currency
  ("47 млрд[2] долл.") is removed like a footnote marker.
- own_trade, branch own_trade_genitive (facts/world.py _owns_trade; rows own_trade_owner_before, own_trade_pair_after):
  "объем товарооборота КНР" names China's own total, as English "China's trade turnover"; prior_world's turnover branch
  reads a place that is the reporter itself as no counterpart and also runs on a page whose head names the totals.
- bracket_figure_scope (facts/period_choice.py): a figure inside brackets that open after a time takes that time, not
  one after the bracket closes; vocab/ru/abbreviations.txt "г. (": the year's abbreviation before a bracket ends no
  sentence (year_abbreviation_bracket); vocab/ru/periods.csv "от уровня" is a base.
- index_right "по отношению к аналогичному" (vocab/ru/cues.csv; rule ru_growth_index): "рост в 114% по отношению к
  аналогичному показателю" is +14.
- measures "произведено", "произвели", ... output (vocab/ru/measures.csv).
- places "кыргызск" (vocab/ru/places.csv): the Kyrgyz demonym in its current spelling.
"""
from tradeflows.facts.places import find_places
from tradeflows.pipeline import figures_of_text
from tradeflows.text.clean import clean_text
from tradeflows.vocab import using_language


def _figs(text: str, year: int | None, lang: str = "ru"):
    return figures_of_text(text, "page", "web", lang=lang, pub_year=year)


def _facts(text: str, year: int | None, lang: str = "ru") -> list[tuple]:
    """(figure, kind, value, measure, reporter, partner, year, period_start, period_end) of each figure."""
    return [(f.figure, f.kind, f.value, f.measure, f.reporter, f.partner, f.year, f.period_start, f.period_end)
            for f in _figs(text, year, lang)]


# -- physical_clause_before: count_subject -------------------------------------------------------------------------
# https://d-kvadrat.ru/novosti/34757 (the count of loaded containers, in TEU)
def test_count_of_containers_as_subject_is_no_figure():
    text = ("Количество груженых контейнеров, отправленных во всех видах сообщения, выросло на 18,7%, "
            "достигнув 19,9 тыс. TEU.\n")
    assert [f.figure for f in _figs(text, 2024)] == []


# CONSTRUCTED (no outside page found with a count and a value word joined as the subject: queries "количество и
# стоимость сделок выросли на", "число и объем контрактов увеличились на"): a value word in the gap keeps the figure
def test_count_with_value_word_keeps_the_change():
    text = "Количество и стоимость экспортных контрактов увеличились на 12%.\n"
    assert [(f.figure, f.kind, f.value) for f in _figs(text, 2024)] == [("12%", "growth", 12.0)]


# -- physical_clause_before: cargo_subject ---------------------------------------------------------------------------
# https://seanews.ru/2021/02/09/ru-tranzit-kontejnerov-iz-kitaja-v-evropu-cherez-kaliningrad-vyros-v-10-raz
def test_cargo_volume_multiple_is_no_figure():
    text = ("В январе 2021 года по инфраструктуре Калининградской железной дороги между Китаем и Европой было перевезено "
            "8,5 тыс. TEU. В сравнении с январем прошлого года объем перевозок контейнерных грузов увеличился в 10 раз, "
            "сообщает пресс-служба Калининградской железной дороги.\n")
    assert [f.figure for f in _figs(text, 2021)] == []


# CONSTRUCTED (the cargo's value as the subject; queries "стоимость перевезенных грузов выросла на", "стоимость
# экспортных грузов увеличилась на" found only levels, no change): the value of the cargo is a trade figure
def test_cargo_value_keeps_the_change():
    text = "Стоимость экспортных грузов выросла на 15% и составила 2 млрд долларов.\n"
    assert [f.figure for f in _figs(text, 2024)] == ["15%", "2 млрд долларов"]


# -- physical_clause_before: physical_terms_amounted; physical_change_after: physical_and_reaches -----------------------
# CONSTRUCTED on the phrasing of ruweb43 cu03 (queries "рост в натуральном выражении по отношению к прошлому году
# составил", "превысит прошлогодний на 5% и составит млн тонн" found no outside page)
def test_physical_terms_before_amounted_is_no_figure():
    text = ("Экспорт угля вырос в 2011 году: рост этого показателя в натуральном выражении по отношению к предыдущему "
            "году составил 45,8%, а в стоимостном — 30,2%.\n")
    assert [f.figure for f in _figs(text, 2012)] == ["30,2%"]


def test_change_that_reaches_a_tonnage_is_no_figure():
    text = ("По прогнозам, годовой объем товаров, пересекающий границу, превысит прошлогодний не менее чем на 5% и "
            "составит ориентировочно 28 млн. тонн.\n")
    assert [f.figure for f in _figs(text, 2012)] == []


# -- physical_count_subject (English) ----------------------------------------------------------------------------------
# https://www.urdupoint.com/en/miscellaneous/china-europe-freight-train-services-expand-in-1714150.html
def test_english_number_of_trains_is_no_figure():
    text = ("China-Europe freight train services saw solid growth from January to May this year.\n\n"
            "The number of China-Europe freight train services increased by 16 percent year on year to 7,126 trips in "
            "the first five months of the year, according to the China State Railway Group Co., Ltd.\n\n"
            "In May alone, the number of China-Europe freight train trips increased 13 percent year on year to 1,515.\n")
    assert [f.figure for f in _figs(text, 2023, "en")] == []


# CONSTRUCTED (no outside page found with a count clause before a value's change in one sentence; queries "the number
# of China-Europe freight trains increased by percent year on year port"): the value's change after it stays
def test_english_value_after_number_clause_stays():
    text = "The number of trains grew, and the value of goods carried by them rose 25 percent to $5 billion.\n"
    assert [f.figure for f in _figs(text, 2023, "en")] == ["25 percent", "$5 billion"]


# -- bracket_reference ---------------------------------------------------------------------------------------------
# CONSTRUCTED on the infobox of ruweb42 cs03 (the `search` tool's pages hold no encyclopedia copy with its "[2]"
# between an amount and its currency: queries "ВВП (ППС) Итого млрд[1] долл. на душу населения", "Economy of ...
# $ billion[3]"; find_string "млрд[1] долл", "billion[2] dollars": no hit)
def test_bracket_reference_between_amount_and_currency():
    text = "ВВП (номинал)\n • Итого (2020) 13,3 млрд[4] долл. (130-й)\n • На душу населения 4007[4] долл. (120-й)\n"
    assert [(f.figure, f.value, f.currency) for f in _figs(text, None)] == [
        ("13,3 млрд долл", 13.3e9, "USD"), ("4007 долл", 4007.0, "USD")]


def test_bracket_reference_not_glued_stays():
    # a list number in brackets after a space, or a bracket that holds words, is no reference
    c = clean_text("Список [1] стран и годы [см. ниже]\n", "txt")
    assert c.text.strip() == "Список [1] стран и годы [см. ниже]"
    c = clean_text("Экономика выросла на 12,6 %[11], самый большой рост с 2019 года[12].\n", "txt")
    assert c.text.strip() == "Экономика выросла на 12,6 %, самый большой рост с 2019 года."


# -- own_trade_genitive ------------------------------------------------------------------------------------------------
# https://www.kommersant.ru/doc/978804: Japan's own turnover, on a page whose first line names China and Japan
def test_genitive_owner_turnover_is_its_total():
    text = ("Китай займет 3-е место среди крупнейших торговых держав\n"
            "Обойдя Японию, Китай выйдет по итогам нынешнего года на 3-е место среди крупнейших торговых держав мира с "
            "товарооборотом свыше $1 триллиона.\n"
            "По китайским данным, за первые восемь месяцев текущего года объем внешнеторгового товарооборота КНР "
            "увеличился на 38% , составив $722 млрд. В то же время за этот же период товарооборот Японии возрос на 20% "
            "до $658 млрд.\n")
    got = {f.figure: (f.reporter, f.partner, f.fact_rules.split(";")[2]) for f in _figs(text, 2004)}
    assert got["20%"] == ("Japan", "world", "partner:own_trade")
    assert got["$658 млрд"] == ("Japan", "world", "partner:own_trade")
    assert got["$722 млрд"] == ("China", "world", "partner:own_trade")


# https://islam-today.ru/novosti/2023/01/25/tovarooborot-rossii-i-kazahstana-mozet-dostic-30-mlrd: a counterpart
# behind "с" keeps the pair
def test_genitive_owner_with_counterpart_stays_pair():
    text = ("Товарооборот России и Казахстана может достичь $30 млрд\n"
            "Товарооборот Казахстана с Россией в ближайшие годы может достичь отметки в $30 млрд.\n")
    assert [(f.reporter, f.partner, f.fact_rules.split(";")[2]) for f in _figs(text, 2023)][1] == (
        "Kazakhstan", "Russia", "partner:frame")


# data/ruweb26 bm07 (tuned) phrasing, CONSTRUCTED here: "с другими государствами - членами" is a counterpart
def test_genitive_owner_with_member_states_is_no_total():
    text = ("Торговля Китая со странами ШОС\n"
            "Объем торговли КНР с другими государствами - членами объединения достиг 2,75 трлн юаней.\n")
    assert all(f.fact_rules.split(";")[2] != "partner:own_trade" for f in _figs(text, 2025))


# -- bracket_figure_scope, year_abbreviation_bracket, "от уровня" base ---------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb42 cs09 (queries "ВВП сократился в 1995 г. (% от уровня 1990 г.), рост начался",
# "экспорт составил млн долл. в 2005 г. (% к 2004 г.), в 2006 г." found no outside page)
def test_bracketed_index_takes_the_year_before_the_bracket():
    text = ("Экономика Армении в 1990-е годы\n"
            "Максимальное падение ВВП было отмечено в 1994 г. (53,1% от уровня 1990 года), с 1995 г. началось "
            "постепенное восстановление экономики.\n")
    got = [(f.figure, f.year, f.fact_rules.split(";")[-1]) for f in _figs(text, 2010)]
    assert got == [("53,1%", 1994, "year:explicit+bracket_figure_scope")]


def test_bracket_after_year_abbreviation_is_one_sentence():
    c = clean_text("Падение было отмечено в 1994 г. (53,1% от уровня 1990 года), с 1995 г. начался рост.\n", "txt")
    assert len(c.sentences) == 1


# -- index_right "по отношению к аналогичному" ------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb43 cu01 (queries "рост в 112% по отношению к аналогичному периоду прошлого года
# экспорт составил" found no outside page)
def test_index_against_same_period():
    text = "Экспорт продукции составил 283 млн долларов, рост в 114% по отношению к аналогичному показателю 2021 года.\n"
    got = [(f.figure, f.kind, f.value) for f in _figs(text, 2022) if f.kind == "growth"]
    assert got == [("114%", "growth", 14.0)]


# CONSTRUCTED (the same queries): a percent after "на" stays a change, its base after it
def test_change_by_against_same_period_stays_a_rate():
    text = "Экспорт вырос на 14% по отношению к аналогичному периоду 2021 года.\n"
    assert [(f.figure, f.value) for f in _figs(text, 2022)] == [("14%", 14.0)]


# -- output verbs ------------------------------------------------------------------------------------------------------
# https://avesta.tj/2021/01/15/subekty-sez-tadzhikistana-proizveli-produktsiyu-na-summu-17-6-mln/
def test_produced_is_output():
    text = ("Субъекты СЭЗ Таджикистана произвели продукцию на сумму 17,6 млн долларов\n"
            "Субъекты свободных экономических зон Таджикистана в прошлом году произвели продукцию на сумму свыше 199,7 "
            "млн. сомони ($17,6 млн. по официальному курсу НБТ).\n"
            "Субъекты СЭЗ «Сугд» за этот период произвели продукцию на сумму более 165,2 млн. сомони.\n")
    assert [(f.figure, f.measure) for f in _figs(text, 2021)] == [
        ("17,6 млн долларов", "output"), ("свыше 199,7 млн. сомони", "output"), ("$17,6 млн", "output"),
        ("более 165,2 млн. сомони", "output")]


# CONSTRUCTED on ruweb43 cu01's phrasing: what was exported after what was produced stays exports
def test_exported_after_produced_stays_exports():
    text = ("Предприятиями зоны было произведено продукции на сумму 1,2 трлн сумов и экспортировано продукции на "
            "83,1 млн долларов.\n")
    assert [(f.figure, f.measure) for f in _figs(text, 2023)] == [("1,2 трлн сумов", "output"),
                                                                   ("83,1 млн долларов", "exports")]


# -- кыргызск -----------------------------------------------------------------------------------------------------
# https://24.kg/vlast/349086_eksport_zamorojennyih_fruktov_izkyirgyizstana_vyiros_vchetyire_raza/
def test_kyrgyz_demonym_current_spelling():
    with using_language("ru"):
        got = [(p.name, p.iso3) for p in find_places(
            "Главными импортерами кыргызской продукции остаются государства Евразийского экономического союза")]
    assert ("Kyrgyzstan", "KGZ") in got
