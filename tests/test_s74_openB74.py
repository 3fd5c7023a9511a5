"""Session 74 (openB74): Russian-language outlets of Moldova, Latvia, Ukraine, Belarus and Israel on their own countries'
trade (ruweb53, session 73's blind set, opened now) and ruweb49; studied on two thirds of their tuned pages, the first
third by SHA-256 of the file name set aside unread.

- counterpart_region (facts/reporters.py, REPORTER_SIEVE right before counterpart_of_subject): a flow to the page's
  subject, which counterpart_of_subject gives to the head's other country, is that country's region named before the
  figure in its paragraph ("Экономика Гродненской области ... Товарооборот с Россией за 2021 год составил ...").
- region_noun_flow (facts/reporters_region_owner.py, row region_noun_flow of vocab/ru/patterns.csv): "N% экспортных
  поставок области": the region named last before it in its paragraph, else on a page that named none, the next one.
- subject_sold_dative (vocab/ru/frames.csv): "Украина продала Германии товаров ... почти 228 млн евро".
- physical_change (row physical_change_before): "69,6 млн литров поступило наливом, объем которого уменьшился на 21,1 %".
- ru_share_fraction_word (figures/lang_ru.py fraction_share): "Более половины контрактов", "почти половину от общей суммы".
- share_of_previous (facts/partners_carried.py, rows share_of_previous): "Это составило почти половину от общей суммы"
  after a sentence of the flow to Russia: Russia's share.
- Belarus High-Tech Park (vocab/ru/organizations.csv) and joint_item_gap row for a bracket ("страны ЕС и США (более 90%)").
- year_to_date (row of vocab/ru/periods.csv: "за минувший период 2024 года") and year_to_date_whole_year
  (facts/period_time.py): a whole year in force sets no months of the year so far.

Each firing test quotes the page named above it (or says CONSTRUCTED and what was searched) and fails without its rule.
"""
import pytest

from tradeflows.pipeline import figures_of_text


def _all(text: str, pub_year: int | None = None, title: str | None = None, lang: str = "ru") -> list:
    return figures_of_text(text, "page", "web", lang=lang, pub_year=pub_year, title=title)


def _figs(text: str, pub_year: int | None = None, title: str | None = None, lang: str = "ru") -> dict:
    return {f.figure: f for f in _all(text, pub_year, title, lang)}


# -- counterpart_region, region_noun_flow --------------------------------------------------------------------------------
# data/ruweb53 do04 (grodno-region.gov.by), a studied page; the `search` tool (corpus pages, "на долю России приходится
# экспортных поставок области") found no other page with the region's noun after the flow
DO04 = ('На долю России приходится свыше 50% экспортных поставок области.\n'
        'Экономика Гродненской области\n'
        'характеризуется высокой степенью открытости: торгово-экономические\n'
        'отношения поддерживаются почти со 120 странами мира. Но основной рынок –\n'
        'это рынок Российской Федерации, на долю которого приходится свыше 50%\n'
        'экспортных поставок области. Товарооборот с Россией за 2021 год составил\n'
        'около ста пятидесяти миллиардов российских рублей.\n'
        'Продукция наших предприятий известна от Калининграда до Владивостока.\n'
        'Товарные позиции обширны: от продукции нефтехимии до продуктов питания.\n'
        'Многие предприятия Гродненщины активно задействованы в\n'
        'российско-белорусских производственных цепочках. Так, в Россию\n'
        'экспортирует карданные валы гродненский «Белкард», автомобильные\n'
        'генераторы – «Радиоволна», токарные патроны – «БелТАПАЗ», электропровода\n'
        '– Щучинский завод «Автопровод». В Гродненской области осуществляют\n'
        'деятельность порядка ста девяноста организаций с участием российского\n'
        'капитала, которые специализируются в различных сферах: производстве\n'
        'мебели, столярных изделий, упаковки, технолог\n')


def test_counterpart_region_turnover():
    f = _figs(DO04)["около ста пятидесяти миллиардов российских рублей"]
    assert (f.measure, f.reporter, f.reporter_iso3, f.partner, f.year) == ("turnover", "Grodno Region", "BLR", "Russia", 2021)
    assert "reporter:counterpart_region" in f.fact_rules


def test_region_noun_flow_shares():
    shares = [f for f in _all(DO04) if f.kind == "share"]
    assert len(shares) == 2
    for f in shares:
        assert (f.value, f.qualifier, f.measure, f.reporter, f.partner) == (50, "more_than", "exports", "Grodno Region", "Russia")
        assert "reporter:region_noun_flow" in f.fact_rules


# CONSTRUCTED (the same search): a flow of "the region" with no region named anywhere near stays with the page's side
def test_region_noun_flow_needs_a_region():
    f = _figs("В 2021 году на долю Китая пришлось 12% экспорта области.")["12%"]
    assert "region_noun_flow" not in f.fact_rules


# -- subject_sold_dative -------------------------------------------------------------------------------------------------
# data/ruweb53 do08 (sud.ua), a studied page; the `search` tool (corpus pages, "продала Германии товаров на сумму млн
# евро") found no other page with a selling verb and its buyer in the dative
def test_sold_dative():
    figs = _figs("Товарооборот между Германией и Украиной в I полугодии 2016 года вырос на 20% до 2,6 млрд евро.\n"
                 "Так, наибольший рост экспорта из ФРГ в Украине показали автомобили и детали к ним — на 60% до 217,7 млн "
                 "евро. В этой категории Украина продала Германии товаров на большую сумму — почти 228 млн евро — из-за "
                 "выработки деталей для немецкого автопрома в Украине.")
    f = figs["почти 228 млн евро"]
    assert (f.measure, f.reporter, f.partner, f.qualifier) == ("exports", "Ukraine", "Germany", "approx")
    assert "reporter:frame" in f.fact_rules


# -- physical_change, row physical_change_before (a quantity's relative clause) -----------------------------------------
# data/ruweb53 do01 (esp.md citing realitatea.md), a studied page
def test_volume_relative_clause_is_physical():
    figs = _figs("Согласно отчету, в 2021 году было экспортировано 120,7 млн литров, из них 51,2 млн литров бутилированного "
                 "вина, что составляет 69,3 млн бутылок, и еще 69,6 млн литров поступило наливом, объем которого "
                 "уменьшился на 21,1 % по сравнению с предыдущим годом.\n"
                 "Также в 2021 году цена литра экспортируемого вина выросла, увеличившись на 14%.")
    assert "21,1 %" not in figs
    assert figs["14%"].measure == "other"


# a money figure's relative clause stays a change (CONSTRUCTED)
def test_value_relative_clause_stays():
    figs = _figs("В 2021 году экспорт вина составил 2,99 млрд леев, объем которого уменьшился на 5% по сравнению с "
                 "предыдущим годом.")
    assert figs["5%"].kind == "growth"


# -- ru_share_fraction_word: contracts, "от общей суммы" -----------------------------------------------------------------
# data/ruweb49 dg09 (relocationtr.com), a studied page
def test_fraction_of_contracts():
    f = _figs("В 2024 году турецкие компании заключили контракты на сумму свыше 1 миллиарда долларов в Казахстане.\n"
              "Более половины контрактов, заключенных с января по август, пришлись на 10 стран, где Турция традиционно "
              "занимает ведущие позиции.", 2024)["Более половины"]
    assert (f.kind, f.value, f.qualifier, f.measure) == ("share", 50, "more_than", "contracts")


# data/ruweb49 dg06 (lada.kz), a studied page; the `search` tool (corpus pages, "составило почти половину от общей суммы",
# "половину от общей суммы туристы") found no other page with the phrasing
DG06 = ('Россияне лидируют по расходам в Казахстане в 2024 году\n'
        'За минувший период 2024 года российские туристы оставили в Казахстане 1,8 млрд тенге, сообщает Zakon.kz.\n'
        'Это составило почти половину от общей суммы, полученной республикой от иностранных путешественников. Данные обнародовал 4 ноября аналитический портал Finprom.kz.\n'
        'Траты россиян в Казахстане выросли на 8,6% по сравнению с аналогичным периодом прошлого года. Путешественники из России стали основным источником дохода туристического сектора Казахстана, на которых пришлось 43,8% от общей суммы, оставленной иностранцами в стране.\n'
        'Замыкают тройку лидеров по этому показателю путешественники из Узбекистана и Турции. Так, туристы из Узбекистана внесли в экономику Казахстана 392,8 млн тенге. Это на 20% меньше, чем в прошлом году. Расходы путешественников из Турции составили 299,7 млн тенге.\n')


def test_fraction_of_whole_sum_of_previous():
    f = _figs(DG06)["почти половину"]
    assert (f.kind, f.value, f.qualifier, f.measure, f.reporter, f.partner, f.year) == \
        ("share", 50, "approx", "exports", "Kazakhstan", "Russia", 2024)
    assert "partner:share_of_previous" in f.fact_rules


# a known miss: a country's people as a noun ("Траты россиян в Казахстане выросли на 8,6%") as the visitors whose
# spending rose. Tried as rule people_visitors (facts/visitor_spending.py reading cue people_noun) and dropped: it made
# a national full-year cell the gold does not have on a set-aside page of ruweb49 and on a held-out one
@pytest.mark.xfail(strict=True)
def test_people_visitors_spending():
    f = _figs(DG06)["8,6%"]
    assert (f.kind, f.value, f.measure, f.reporter, f.partner) == ("growth", 8.6, "exports", "Kazakhstan", "Russia")
    assert "measure:visitor_spending" in f.fact_rules


# a people noun without a visitors' page spends at home: no flow (CONSTRUCTED)
def test_people_without_visitors_page():
    f = _figs("Траты россиян на продукты выросли на 8,6% в 2024 году.", 2024)["8,6%"]
    assert "visitor_spending" not in f.fact_rules


# any "суммы" is no whole: "половину суммы" of a payment is no share (CONSTRUCTED)
def test_fraction_of_a_sum_is_no_share():
    assert [f for f in _all("Покупатель выплатил половину суммы контракта в 2023 году.", 2023) if f.kind == "share"] == []


# -- share_of_previous, English row (CONSTRUCTED; the `search` tool, corpus pages, "exports to China were worth billion.
# This accounted for percent of total exports", found no such pair of paragraphs) ---------------------------------------
def test_share_of_previous_english():
    f = _figs("Exports to China reached $5 billion in 2022.\n\nThis accounted for 45% of total exports.\n", lang="en")["45%"]
    assert (f.partner, f.partner_iso3) == ("China", "CHN")
    assert "partner:share_of_previous" in f.fact_rules


# -- year_to_date: "за минувший период N года"; year_to_date_whole_year ---------------------------------------------------
def test_elapsed_period_of_year():
    f = _figs(DG06)["1,8 млрд тенге"]
    assert (f.year, f.period_start, f.period_end) == (2024, None, None)
    assert "year:year_to_date_whole_year" in f.fact_rules


# CONSTRUCTED: the months in force still close the year so far ("С января по август ... с начала года")
def test_year_to_date_context_kept():
    figs = _figs("В январе-августе 2024 года экспорт Казахстана вырос на 5%. За истекший период 2024 года экспорт "
                 "составил 50 млрд долларов.", 2024)
    f = figs["50 млрд долларов"]
    assert (f.year, f.period_start, f.period_end) == (2024, "2024-01", "2024-08")


# data/web49 cj02 (culture.ru mirror of Reuters), a tuned page of another set: a capital speaking for its country is no
# region owning the flow the country's demonym names (counterpart_region's condition)
CJ02 = ("Russian exports to China dropped in July, the first time since steadily rising in the months following Moscow’s "
        "invasion of Ukraine in February 2022, Reuters reported Tuesday, citing Chinese customs data.\n"
        "China’s July 2023 imports from Russia declined by 8% compared to July 2022, totaling $9.2 billion. China’s overall "
        "monthly imports shrank 12.4%.\n"
        "Chinese-Russian trade value dropped from a wartime high of $20.83 billion in June to $19.49 billion last month, "
        "according to Reuters.\n"
        "Moscow expects Russian energy deliveries to China to grow by 40% in 2023.\n")


def test_counterpart_region_not_a_speaking_capital():
    f = _figs(CJ02, lang="en")["40%"]
    assert (f.reporter, f.partner) == ("Russia", "China")


# -- organizations.csv (Belarus High-Tech Park), joint_item_gap (a bracket after a list) ------------------------------------
# data/ruweb49 dg08 (yelsk.by citing BelTA), a studied page
DG08 = ("Экспорт Парка высоких технологий за 2018 год вырос на 38% по сравнению с 2017 годом и составил $1 млрд 414 млн, "
        "сообщили БЕЛТА в ПВТ.\n"
        "По прогнозам мировых аудиторов, парк должен был приблизиться к этим показателям лишь в 2020 году. Основными "
        "потребителями продуктов ПВТ являются страны ЕС и США (более 90%).\n")


def test_high_tech_park_exports():
    figs = _figs(DG08)
    for k in ("38%", "$1 млрд 414 млн", "более 90%"):
        assert (figs[k].reporter, figs[k].reporter_iso3) == ("Belarus High-Tech Park", "BLR")
        assert "reporter:organization" in figs[k].fact_rules


def test_joint_bracket_after_list():
    f = _figs(DG08)["более 90%"]
    assert (f.partner, f.partner_iso3, f.qualifier) == ("European Union and United States", None, "more_than")
    assert "partner:joint_item" in f.fact_rules
