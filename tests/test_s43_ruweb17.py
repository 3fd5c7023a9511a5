"""Russian phrasings found in session 43 on the tuned pages of the blind set ruweb17 (Russian-language press of
Ukraine, Georgia, Kazakhstan, Uzbekistan, Moldova and Azerbaijan): each a rule or a vocabulary row, tested on a real
sentence of that page and, where found, of another outlet's page."""
from __future__ import annotations

import pytest
from phrasing import fields

from tradeflows.ingest.dates import publication_date

# latifundist.com (ruweb17 au01)
LATIFUNDIST_LIST = ("В денежном выражении экспорт украинского подсолнечного масла составил $2,64 млрд, что на 14,8% "
                    "больше показателя за январь-май 2020 года ($2,3 млрд).\n"
                    "Основными импортерами украинского подсолнечного масла в отчетном периоде были:\n"
                    "- Индия — $802,4 млн (или 30,3% от общей стоимости);\n"
                    "- Китай — $415,27 млн (15,7%);\n"
                    "- Нидерланды — $275,17 млн (10,4%);\n")


def test_a_list_of_the_importers_of_a_countrys_goods_is_its_exports():
    """Rule list_intro_importers (facts/measure_context.py, cue importers_of of vocab/ru/patterns.csv; latifundist.com,
    ruweb17 au01): 'Основными импортерами украинского подсолнечного масла ... были:' over '- Индия — $802,4 млн (или
    30,3% ...)': the buyers of Ukrainian oil take Ukraine's exports, each item's country the partner."""
    got = fields(LATIFUNDIST_LIST, "measure", "reporter", "partner", pub_year=2021, lang="ru")[3:]
    assert got == [("$802,4 млн", "exports", "Ukraine", "India"), ("30,3%", "exports", "Ukraine", "India"),
                   ("$415,27 млн", "exports", "Ukraine", "China"), ("15,7%", "exports", "Ukraine", "China"),
                   ("$275,17 млн", "exports", "Ukraine", "Netherlands"), ("10,4%", "exports", "Ukraine", "Netherlands")]


def test_importers_with_no_demonym_after_give_the_list_no_flow():
    """Rule list_intro_importers holds only for a demonym after the role noun: 'Основными импортерами в отчетном
    периоде были:' (the latifundist.com list without its 'украинского подсолнечного масла') names whose goods are
    bought by no word, so its items get no exports from it (the bare 'Основными импортерами являются Китай (21%)' of
    neva.today's import structure, ruweb16 as01, means the sources of imports)."""
    text = LATIFUNDIST_LIST.replace(" украинского подсолнечного масла в отчетном периоде", "")
    got = fields(text, "measure", pub_year=2021, lang="ru")[3:]
    assert [m for _, m in got] == ["other"] * 6


def test_a_year_before_a_dash_and_an_amount_is_no_range():
    """Rule range_year_dash (figures/ranges.py; allbanks.kz, ruweb17 au07): 'а в 2011 – 50 миллиардов долларов' with
    the noun left out is the year of the amount after the dash, not a range '2011 – 50 миллиардов'."""
    text = ("В 2012 году товарооборот Казахстана и ЕС составил 53 миллиардов долларов, а в 2011 – 50 миллиардов "
            "долларов.\n")
    got = fields(text, "value", "value_high", "measure", "partner", "year", pub_year=2013, lang="ru")
    assert got == [("53 миллиардов долларов", 53e9, None, "turnover", "European Union", 2012),
                   ("50 миллиардов долларов", 50e9, None, "turnover", "European Union", 2011)]


def test_a_russian_page_dated_in_ukrainian_is_read():
    """Rule date_other_language (ingest/dates.py, row date_languages of vocab/ru/language.csv and the Ukrainian months
    of wordy_date; latifundist.com, ruweb17 au01): a Russian text under the site's Ukrainian stamp '16 червня 2021,
    14:06' is dated 2021-06-16."""
    head = ("Украина с начала года экспортировала более 2,2 млн т подсолнечного масла\n16 червня 2021, 14:06\n"
            "В январе-мае 2021 года из Украины было экспортировано 2,24 млн т подсолнечного масла.\n")
    assert publication_date(head, lang="ru")[0] == "2021-06-16"


def test_a_rate_after_a_tonnage_and_its_goods_is_no_figure():
    """Rule physical_change, row of physical_change_before 'N млн т <goods>, что на' (vocab/ru/patterns.csv; latifundist.com,
    ruweb17 au01; censor.net, a stored page of the Ukrainian grain trade): the rate after a quantity in tonnes is the
    tonnage's change, which the guidelines leave out; the value's own change in the next sentence stays."""
    text = ("В январе-мае 2021 года из Украины было экспортировано 2,24 млн т подсолнечного масла, что на 29% ниже "
            "показателя аналогичного периода 2020 года (3,17 млн т).\nВ денежном выражении экспорт украинского "
            "подсолнечного масла составил $2,64 млрд, что на 14,8% больше показателя за январь-май 2020 года ($2,3 млрд).\n")
    assert fields(text, "kind", "measure", pub_year=2021, lang="ru") == [
        ("$2,64 млрд", "money", "exports"), ("14,8%", "growth", "exports"), ("$2,3 млрд", "money", "exports")]
    text = ("Как сообщалось, Украина в 2019/2020 МГ экспортировала рекордные 57,2 млн тонн зерновых, зернобобовых и "
            "муки, что на 13,5% превышает показатель предыдущего МГ.\n")
    assert fields(text, "kind", pub_year=2020, lang="ru") == []
    text = "Грузия в 2021 году экспортировала вина на $234 млн, что на 12% больше, чем годом ранее.\n"
    assert fields(text, "kind", pub_year=2022, lang="ru") == [("$234 млн", "money"), ("12%", "growth")]


def test_bottles_are_a_quantity_not_money():
    """Row 'бутыл' of vocab/ru/quantity_units.txt (open4business.com.ua, ruweb17 au05): '(107 млн бутылок)' after the
    wine's value is a count of bottles, no money with the currency of the '$234 млн' before it."""
    text = ("Грузия в 2021 году экспортировала вина на $234 млн (107 млн бутылок), что является для страны историческим "
            "рекордом.\n")
    assert fields(text, "kind", "value", "currency", pub_year=2022, lang="ru") == [("$234 млн", "money", 234e6, "USD")]


def test_months_each_with_its_year_across_the_turn_of_a_year_are_one_period():
    """Rule month_span of the Russian period grammar (facts/periods_local.py; capital.ua citing Ukrinform, ruweb17 au03):
    'за период 12 месяцев с ноября 2017 по октябрь 2018' is November 2017 to October 2018, of the year 2018, as the
    English 'from November 2017 to October 2018' is; months of one year stay a month range."""
    text = ("«Сельскохозяйственный импорт из третьих стран за период 12 месяцев с ноября 2017 по октябрь 2018 "
            "зарегистрировано на уровне 115,2 млрд евро...\n")
    assert fields(text, "measure", "year", "period_start", "period_end", lang="ru") == [
        ("115,2 млрд евро", "imports", 2018, "2017-11", "2018-10")]
    text = "Экспорт за период с января 2018 года по сентябрь 2018 года составил 1,2 млрд долларов.\n"
    assert fields(text, "year", "period_start", "period_end", lang="ru") == [("1,2 млрд долларов", 2018, "2018-01", "2018-09")]


def test_the_items_of_a_share_breakdown_each_take_the_flow_before_them():
    """Rule share_next_item, row ', в том числе в <flow> - N' / ', в <flow> - N' (vocab/ru/patterns.csv; bizzone.info,
    ruweb17 au06): in 'страны ЕС занимают 32%, в том числе в экспорте - 51%, в импорте - 25%' the 32% is of the foreign
    trade named before it and each item's share the flow right before its dash, not the next item's."""
    text = "Во внешнеторговом обороте Грузии страны ЕС занимают 32%, в том числе в экспорте - 51%, в импорте - 25%.\n"
    assert fields(text, "measure", "partner", pub_year=2012, lang="ru") == [
        ("32%", "turnover", "European Union"), ("51%", "exports", "European Union"), ("25%", "imports", "European Union")]


BIZZONE_SHARES = ("Во внешнеторговом обороте Грузии страны ЕС занимают 32%, в том числе в экспорте - 51%, в импорте - 25% "
                  "( в январе 2011 года соответственно 33, 36 и 32%).\nНа страны ЕС приходилось 14% торгового дефицита (в "
                  "январе 2011 года - 30%).\n")


def test_a_time_opening_a_bracket_of_compared_values_is_a_base():
    """Rules bracket_compared_time (facts/periods_local.py) and base_of row 'соответственно 33, 36 и' (vocab/ru/patterns.csv;
    bizzone.info, ruweb17 au06): '14% торгового дефицита (в январе 2011 года - 30%)' and '( в январе 2011 года
    соответственно 33, 36 и 32%)' give January 2011 to the values inside the brackets only; the shares outside them are
    of the page's own year (2012), not of the compared month."""
    got = fields(BIZZONE_SHARES, "measure", "year", pub_year=2012, lang="ru")
    assert got == [("32%", "turnover", 2012), ("51%", "exports", 2012), ("25%", "imports", 2012), ("32%", "imports", 2011),
                   ("14%", "balance", 2012), ("30%", "balance", 2011)]


def test_the_year_of_a_level_passed_with_words_between_is_a_base():
    """Row base_before '(превосход|превыша|уступа)... [adjective] показатель [two words]' (vocab/ru/periods.csv;
    open4business.com.ua, ruweb17 au05): in 'он вдвое превосходит рекордный показатель поставок во Францию 2018 года'
    the 2018 is the record compared with; the doubling is of the ten months of 2022 named before."""
    text = ("Эта страна за 10 месяцев 2022 года приобрела грузинского вина почти на $985 тыс. Этот результат выглядит "
            "скромно по сравнению с объемами поставок на традиционные для Грузии рынки, но он вдвое превосходит "
            "рекордный показатель поставок во Францию 2018 года.\n")
    got = fields(text, "kind", "year", "period_start", "period_end", pub_year=2022, lang="ru")
    assert got[-1] == ("вдвое", "growth", 2022, "2022-01", "2022-10")


def test_a_range_from_to_in_russian_is_one_figure():
    """Fixed in session 49 (rule range_ot_do, helper ruG: the same figure F1 gain, the same one new pair with its
    partner and reporter wrong; kept as a figure fix, the lead to judge). Was: proposed rule range_local (figures/ranges.py, cues range_opener 'от' / range_word 'до'; capital.ua citing
    Ukrinform, ruweb17 au03): 'на каждую из этих стран приходится от 4,4 до 5,5 млрд евро' is one range figure, 4.4 to
    5.5 billion euros, not the high end alone."""
    text = "на каждую из этих стран приходится от 4,4 до 5,5 млрд евро», — говорится в документе.\n"
    assert fields(text, "kind", "value", "value_high", "currency", pub_year=2018, lang="ru") == [
        ("4,4 до 5,5 млрд евро", "money", 4.4e9, 5.5e9, "EUR")]


def test_a_list_of_numbers_shares_the_percent_after_its_last():
    """Rule shared_unit, cue shared_percent of vocab/ru/patterns.csv (figures/extract.py; prosvet.ee, ruweb5 g07, a tuned
    page of an older set): 'на их долю пришлось 16, 15 и 11 процентов всего экспорта соответственно' is three shares of
    exports, each of the country named in the same place of the list before."""
    text = ("В первую тройку экспортных партнеров Эстонии в октябре 2012 года входили Швеция, Финляндия и Россия — на их "
            "долю пришлось 16, 15 и 11 процентов всего экспорта соответственно.\n")
    got = fields(text, "kind", "value", "measure", "partner", "year", pub_year=2012, lang="ru")
    assert got == [("16", "share", 16.0, "exports", "Sweden", 2012), ("15", "share", 15.0, "exports", "Finland", 2012),
                   ("11 процентов", "share", 11.0, "exports", "Russia", 2012)]


@pytest.mark.xfail(strict=True, reason="a list opened by 'соответственно' pairs with the flows of the figures before it, "
                   "which the measure rules do not read: found alone, 33 and 36 took the imports of the last cue and "
                   "ruweb17 fact F1 fell 0.741 -> 0.730, so such lists are left out (cue respectively_list_before)")
def test_a_respectively_list_in_a_bracket_pairs_with_the_flows_before():
    """Known miss (bizzone.info, ruweb17 au06): in '32%, в том числе в экспорте - 51%, в импорте - 25% ( в январе 2011 года
    соответственно 33, 36 и 32%)' the 33 and 36 are the January 2011 shares of the trade and of the exports."""
    got = fields(BIZZONE_SHARES, "measure", "year", pub_year=2012, lang="ru")
    assert got[3:6] == [("33", "turnover", 2011), ("36", "exports", 2011), ("32%", "imports", 2011)]
