"""The IMF's annual official rates (data/usd_imf_rates.csv): real sentences in currencies the ECB does
not quote get an exact value_usd; every ECB and parity rate stays what it was; a year the table does
not hold, or a year left out because the currency was redenominated in it, gets no rate, said so."""
from __future__ import annotations

from pathlib import Path

from tradeflows.dataset import rates

from phrasing import figure_holding, one_figure, row

ROOT = Path(__file__).resolve().parents[1]
IMF = "rate: IMF International Financial Statistics, official rate, period average"


def test_naira_exports_of_a_year_convert_at_that_years_imf_rate():
    # nairametrics.com, 15 March 2022 (the NBS foreign trade report for 2021)
    text = ("According to the report, Nigeria imported goods worth N20.84 trillion in the review period, "
            "which is 64% higher than the N12.7 trillion recorded in the previous year, while export value "
            "increased by 51% year-on-year to N18.91 trillion.")
    r = row(one_figure("Nigeria recorded foreign trade of N39.8 trillion in 2021, representing a 58% surge "
                       "compared to N25.22 trillion recorded in 2020.\n\n" + text, "N18.91 trillion",
                       pub_year=2022))
    assert (r["currency"], r["year"], r["usd_rate"]) == ("NGN", 2021, 401.152029220779)
    assert round(r["value_usd"]) == 47_139_235_558 and r["usd_note"].startswith(IMF)


def test_kenyan_shillings_agree_with_the_dollars_the_page_gives_beside_them():
    # trtafrika.com on the KNBS Economic Survey: "Ksh873.1 billion ($7.4 billion)"
    text = ("Kenya exports most of its goods and services to Africa than any other continent, a survey "
            "conducted by the country's bureau of statistics, KNBS, shows.\n\nIn 2022, the East African "
            "nation exported a total of Ksh873.1 billion ($7.4 billion) globally.")
    r = row(one_figure(text, "Ksh873.1 billion", pub_year=2023))
    assert (r["currency"], r["year"], r["usd_rate"]) == ("KES", 2022, 117.865989201683)
    assert round(r["value_usd"]) == 7_407_565_201


def test_roubles_after_the_ecb_stopped_quoting_them():
    # ruweb r11 (rambler, 2023): Russia-Armenia turnover "last year" = 2022, no ECB rate since March 2022
    text = ("7 июня премьер-министр РФ Михаил Мишустин заявил, что товарооборот России и Армении в прошлом "
            "году увеличился на 96% и составил 140 млрд рублей.")
    r = row(figure_holding(text, "140 млрд рублей", 2023))
    assert (r["currency"], r["year"], r["usd_rate"]) == ("RUB", 2022, 68.4849416666667)
    assert round(r["value_usd"]) == 2_044_245_006 and r["usd_note"].startswith(IMF)


def test_ecb_and_parity_rates_are_untouched():
    primary = rates.load_rates()
    imf = rates.imf_annual()
    assert imf and not set(imf) & set(primary)           # the IMF table never shadows them
    for (cur, year), (rate, source) in primary.items():
        assert rates.rate(cur, year) == rate and rates.source(cur, year) == source
    usd, _, rate, note = rates.to_usd("money", 1e9, None, "INR", 2023)   # ECB-quoted: the ECB's mean
    assert rate == rates.ecb_annual()[("INR", 2023)] and note.startswith("rate: European Central Bank")
    assert rates.to_usd("money", 1e9, None, "SAR", 2016)[2] == 3.75
    # the ECB's rouble for 2021, the IMF's for 2022 (the ECB stopped quoting it in March 2022)
    assert rates.source("RUB", 2021).startswith("European Central Bank")
    assert rates.source("RUB", 2022).startswith("IMF")


def test_known_rates_of_the_table():
    assert rates.rate("KZT", 2023) == 456.165
    assert rates.rate("PKR", 2023) == 280.356111655149
    assert rates.rate("NGN", 2022) == 425.979158066857
    assert rates.rate("CNY", 2005) == 8.19431666666667       # before the ECB quoted the yuan (2006)
    assert rates.rate("BYN", 2017) == 1.93234166666667


def test_years_without_a_rate_say_so():
    assert rates.to_usd("money", 1e9, None, "NGN", 2023)[3] == "no rate for NGN 2023"   # not in the table yet
    assert rates.to_usd("money", 1e9, None, "KES", 2024)[3] == "no rate for KES 2024"   # the running years
    assert rates.to_usd("money", 1e9, None, "KZT", 1998)[3] == "no rate for KZT 1998"   # before the table
    # years before a redenomination are left out: the text's figure would be in the old unit
    for cur, year in (("BYN", 2016), ("GHS", 2007), ("ZMW", 2012), ("MRU", 2017), ("AZN", 2005)):
        assert rates.rate(cur, year) is None, (cur, year)
    assert all(rates.rate(c, y) for c, y in (("GHS", 2008), ("ZMW", 2013), ("MRU", 2018), ("AZN", 2006)))


def test_the_table_cites_its_source_and_licence():
    text = (ROOT / "src" / "tradeflows" / "data" / "usd_imf_rates.csv").read_text(encoding="utf-8")
    head = " ".join(ln.lstrip("# ") for ln in text.splitlines() if ln.startswith("#"))
    assert "International Financial Statistics" in head and "PA.NUS.FCRF" in head
    assert "Source: International Monetary Fund" in head and "redenomination" in head
