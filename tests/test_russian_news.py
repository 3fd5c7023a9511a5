"""Russian trade facts on sentences of Russian news outside the development sets (stored pages
of the search tool): the phrasings the rules were generalised to, each with exact fields."""
from tradeflows.pipeline import figures_of_text


def facts(text: str, pub_year: int | None = None):
    return [(f.figure, f.measure, f.reporter_iso3, f.partner_iso3 or f.partner, f.year)
            for f in figures_of_text(text, fmt="web", lang="ru", pub_year=pub_year, relate=True)]


def test_exports_out_of_a_country_are_that_countrys():
    # regnum.ru: "экспорт из X" names the exporter (frame exports_out_of), not a partner
    assert facts("Экспорт товаров из Южной Кореи в период с 1 по 10 января составил $11,2 млрд, что на 15,4% "
                 "меньше по сравнению с аналогичным периодом прошлого года.", 2020) == [
        ("$11,2 млрд", "exports", "KOR", "world", 2020), ("15,4%", "exports", "KOR", "world", 2020)]


def test_imports_into_a_country_are_that_countrys():
    # regnum.ru: "импорт в X" names the importer (frame imports_into)
    assert facts("Импорт товаров в Южную Корею за аналогичный период времени сократился на 22,9%, до $11,8 млрд.") == [
        ("22,9%", "imports", "KOR", "world", None), ("$11,8 млрд", "imports", "KOR", "world", None)]


def test_imports_from_far_abroad_into_russia():
    # m24.ru 2015-08-07: "страны дальнего зарубежья" in the genitive plural, importer after "в"
    assert facts("За первое полугодие текущего года импорт товаров из стран дальнего зарубежья в Россию "
                 "сократился и составил в денежном эквиваленте порядка 90,5 миллиарда долларов.", 2015) == [
        ("порядка 90,5 миллиарда долларов", "imports", "RUS", "non-CIS countries", 2015)]


def test_korea_alone_is_the_republic_of_korea():
    # gazeta.ru 2017-02-13: "с Кореей" after "товарооборот России"
    got = facts("«При введении экономических санкций со стороны США в прошлом году американо-российский товарооборот "
                "снизился лишь на 5%, в то время как товарооборот России с Кореей – на 17,5%, более чем в три раза», "
                "— сказал Бондаренко.", 2017)
    assert got[1] == ("17,5%", "turnover", "RUS", "KOR", 2016)


def test_the_year_a_record_is_counted_from_is_no_period():
    # newdaynews.ru: "достиг пика с 2014 года" is where the record is counted from; the figures are 2022's
    got = figures_of_text("Товарооборот между Россией и Евросоюзом в 2022 году достиг максимума за восемь лет, хотя "
                          "поставки европейских товаров уменьшились на 38,1%.\nОбщий товарооборот составил 258,6 млрд "
                          "евро, увеличившись на 2,3% за год, и достиг пика с 2014 года.", fmt="web", lang="ru")
    assert [(f.figure, f.measure, f.year) for f in got if f.line == 2] == [
        ("258,6 млрд евро", "turnover", 2022), ("2,3%", "turnover", 2022)]
