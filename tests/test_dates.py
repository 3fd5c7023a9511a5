"""ingest.dates and ingest.page_year: the date printed on a page, and the year an undated page speaks from.

Lines are real heads of the external development texts (tuned part only: data/external/raw,
never the documents listed in heldout.txt) or of the founding corpus, kept as the store has them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tradeflows.ingest.dates import date_of_url, publication_date, url_date
from tradeflows.ingest.page_year import done_years, text_year
from tradeflows.ingest.document import load_sources, read_document

EXT = Path(__file__).resolve().parents[1] / "data" / "external" / "raw"


@pytest.mark.parametrize("head, expected", [
    # d72 line 1: the store's stamp, year and month only
    pytest.param(" date 2021-04 The trade volume between the two allies increased by 6% to reach $1.6 billion "
                 "last year.", ("2021-04", "text:stamp"), id="d72-stamp-month"),
    # d43 line 1
    pytest.param(" date 2021-12-29 By Ayya Lmahamad\n\nAzerbaijan increased the trade turnover with Turkey and "
                 "Russia in January-November 2021", ("2021-12-29", "text:stamp"), id="d43-stamp"),
    # d53 line 2: a byline with an ordinal day
    pytest.param("UrduPoint.com\nFaizan Hashmi 2 minutes ago Tue 14th July 2020 | 03:42 PM\n",
                 ("2020-07-14", "text:byline"), id="d53-byline-ordinal"),
    # founding 000 line 12: a date alone on its line
    pytest.param("Business news\n\n20 Nov 2025\n\nBelarus, Niger seek to expand cooperation",
                 ("2025-11-20", "text:byline"), id="000-date-line"),
    pytest.param("Published: 02.12.2022\nTrade between the two countries", ("2022-12-02", "text:byline"),
                 id="published-dotted-day-first"),
    pytest.param("Updated December 2, 2022 10:15 am\nMoscow", ("2022-12-02", "text:byline"), id="updated"),
    # d60 line 3: a wire dateline; the year comes from elsewhere on the page
    pytest.param("KUALA LUMPUR, April 3 — Malaysia’s trade with major partners China and the United States "
                 "declined in February 2020.", ("2020-04-03", "text:dateline"), id="d60-dateline"),
    pytest.param("MOSCOW, December 2. /TASS/. Trade between Russia and China grew 30% in the first nine months "
                 "of 2022.", ("2022-12-02", "text:dateline"), id="tass-dateline"),
    # Xinhua's dateline abbreviates September with four letters and a dot (vocab/en/months.csv)
    pytest.param("BEIJING, Sept. 12 (Xinhua) -- China's foreign trade rose 0.6 percent year on year "
                 "in the first eight months of 2023.", ("2023-09-12", "text:dateline"), id="sept-dateline"),
    pytest.param("Source: https://www.example.com/news/2022/12/02/trade-up/ ...",
                 ("2022-12-02", "text:url"), id="url-in-text"),
])
def test_publication_date_forms(head, expected):
    assert publication_date(head) == expected


@pytest.mark.parametrize("head", [
    # d73 line 3: a date inside a running sentence dates an event (the trade agreement), not the page
    "PHOTO\nTrade between India and the UAE has grown significantly after the implementation of the trade "
    "agreement on May 1, 2022, he said.",
    # d76 line 9: an event of the week the page reports on
    "On the occasion of the sixth EU-South Africa summit, which will be held on 18 July 2013 in Pretoria, "
    "Eurostat, the statistical office of the European Union, has released data on trade",
    # a dateline with no year anywhere on the page
    "MINSK, 5 December (BelTA) – no year on this page at all.",
])
def test_no_publication_date_from_event_dates(head):
    assert publication_date(head) == (None, None)


def test_url_of_sources_csv_counts_when_the_page_prints_nothing():
    url = "https://www.japantimes.co.jp/news/2018/04/18/business/economy-business/japan-logs/"
    assert publication_date("• Kyodo, Bloomberg\n\nThe nation posted a goods trade surplus", url) == \
        ("2018-04-18", "sources.csv:url")
    assert url_date("see https://example.org/2018/13/40/x") is None


def test_sources_csv_cell_that_is_no_date_is_ignored(tmp_path):
    # d62: an outlet name shifted into the 'published' column must not become a date
    page = tmp_path / "p.txt"
    page.write_text("Updated December 2, 2022\nTrade grew.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("doc,title,outlet,published,format,language,reporter,url\n"
                                          "p.txt,T,X,OPPORTIMES,web,en,,\n", encoding="utf-8")
    d = read_document(page, load_sources(tmp_path))
    assert (d.published, d.published_source, d.pub_year) == ("2022-12-02", "text:byline", 2022)


def test_stamp_of_a_development_text():
    d = read_document(EXT / "d72_dohanews-qatar-turkey-2021.txt", load_sources(EXT))
    assert (d.published, d.published_source, d.pub_year) == ("2021-04", "text:stamp", 2021)


@pytest.mark.parametrize("text, year", [
    # d42 lines 2 and 7: no date printed; the latest year named is the page's
    ("Last year, the trade turnover reached $7.4 billion. ... trade with Russia in the first eight months of 2024",
     2024),
    # d45 line 3: a year named as a base of comparison means the page speaks from a later year; "last year, compared
    # with 2016" makes last year 2017 (its gold's year) and the page's own 2018 (rule last_year_base, session 34)
    ("Moldova's export rose by over 18 per cent last year, compared with 2016 and valued $2.4 billion", 2018),
    # d67 line 1
    ("Brazil is set to reach a record trade surplus of over US$50 billion with China this year, nearly double "
     "that of 2022", 2023),
    # a goal and the far end of a span are not the time a page speaks from
    ("Turnover reached $2 billion in 2021 and should reach $5 billion by 2030 under the 2021-2025 programme", 2021),
])
def test_text_year(text, year):
    assert text_year(text) == year


@pytest.mark.parametrize("head, lang, expected", [
    # web: sars.gov.za media release, 30 October 2020: a full date opening the first line
    pytest.param("Pretoria, 30 October 2020 – The South African Revenue Service (SARS) today releases trade "
                 "statistics for September 2020 recording a trade surplus of R33.51 billion.", None,
                 ("2020-10-30", "text:lead"), id="sars-lead-date"),
    # web: malaymail.com, 2020-01-03 (a date and a bar before the story)
    pytest.param("Jan 3, 2020 | Malaysia's trade surplus in January to November 2019 expanded by 10.6 per cent.",
                 None, ("2020-01-03", "text:lead"), id="lead-abbreviated-month"),
    # web: m24.ru, 2025-10-13: a Russian date alone on its line
    pytest.param("13 октября 2025\n\nТоварооборот России и Китая в январе – сентябре этого года сократился.",
                 "ru", ("2025-10-13", "text:byline"), id="ru-date-line"),
    pytest.param("Опубликовано: 2 декабря 2022 г.\nТоварооборот вырос", "ru", ("2022-12-02", "text:byline"),
                 id="ru-published"),
    # web: regnum.ru, 2012-08-22: a Russian dateline under the title, a comma before the year
    pytest.param("За 5 месяцев 2012 года товарооборот между Киргизией и Казахстаном вырос почти на 60%\n"
                 "Киргизия, 22 августа, 2012, 12:08 — ИА Регнум. Товарооборот между Киргизией и Казахстаном "
                 "по итогам пяти месяцев в 2012 года составил $374 млн", "ru", ("2012-08-22", "text:lead"),
                 id="ru-dateline-under-title"),
    # web: ru.trend.az (2012): a country before the city of a wire dateline, its year from the months reported
    pytest.param("Грузия, Тбилиси, 24 декабря /корр. Trend Н.Кирцхалиа/\nВнешнеторговый оборот Грузии со странами ЕС "
                 "составил 2,549 миллиарда долларов в январе-ноябре 2012 года, что на 16 процентов превышает показатель "
                 "аналогичного периода прошлого года.", "ru", ("2012-12-24", "text:dateline"), id="ru-country-city-dateline"),
    # a date later in the first line is an event's, not the page's
    pytest.param("Belarus and China signed the agreement of May 1, 2022 on trade in services, which entered "
                 "into force.", None, (None, None), id="event-date-not-lead"),
])
def test_publication_date_lead_and_other_languages(head, lang, expected):
    assert publication_date(head, lang=lang) == expected


@pytest.mark.parametrize("head, expected", [
    # web: Xinhua, 2024-01-13: January dateline over a whole year's figures -> the year after
    pytest.param("BEIJING, Jan. 13 (Xinhua) -- China's foreign trade in goods hit a record high of 41.76 trillion "
                 "yuan (about 5.94 trillion U.S. dollars) in 2023, up 0.2 percent year on year.",
                 ("2024-01-13", "text:dateline"), id="xinhua-january-whole-year"),
    # web: malaymail.com, 2020-01-03: "January to November 2019" is published after November
    pytest.param("KUALA LUMPUR, Jan 3 — Malaysia's trade surplus in January to November 2019 expanded by 10.6 "
                 "per cent to RM124.74 billion.", ("2020-01-03", "text:dateline"), id="malaymail-jan-nov"),
    # a forecast for the year is no report of it: the dateline keeps the year
    pytest.param("MOSCOW, February 2. /TASS/. Trade between Russia and China is expected to grow 30% in 2022.",
                 ("2022-02-02", "text:dateline"), id="forecast-keeps-year"),
])
def test_dateline_year_after_the_reported_period(head, expected):
    assert publication_date(head) == expected


@pytest.mark.parametrize("word, number", [("January", 1), ("Sept.", 9), ("sep", 9), ("MAY", 5),
                                          ("Dec.", 12)])
def test_month_table_names_and_abbreviations(word, number):
    from tradeflows.vocab.months import month_number
    assert month_number(word) == number


def test_month_table_has_no_stray_word():
    from tradeflows.vocab.months import month_number
    with pytest.raises(KeyError):
        month_number("Mai")


@pytest.mark.parametrize("url, expected", [
    # real addresses of stored trade-news pages, one per form of URL_DATE_RULES
    ("http://english.www.gov.cn/archive/statistics/2017/04/13/content_281475625480638.htm", "2017-04-13"),
    ("https://kz.kursiv.media/2022-07-21/tokaev-hochet-uvelichit-tovarooborot-kazahstana-so-stranami-ca-do-15-mlrd/amp",
     "2022-07-21"),
    ("http://overseas.fjsen.com/2022-04/15/content_31009240.htm", "2022-04-15"),
    ("http://en.chinagate.cn/2017-04/13/content_40615671.htm", "2017-04-13"),
    ("http://global.chinadaily.com.cn/a/202104/13/WS6074fc59a31024ad0bab51df.html", "2021-04-13"),
    ("http://en.people.cn/n3/2021/0413/c90000-9838540.html", "2021-04-13"),
    ("https://1prime.ru/20250909/tovarooborot-862008199.html", "2025-09-09"),
    # no date: a query string, an article number, an impossible day, the host
    ("https://www.marketscreener.com/news/latest/Official-average-exchange-rate--32324047/?utm_content=20210201",
     None),
    ("https://news.mail.ru/economics/59092641", None),
    ("https://example.org/news/20170231/x", None),
    ("https://2021.example.org/a", None),
])
def test_date_of_url_reads_each_address_form(url, expected):
    assert date_of_url(url) == expected


def test_a_dashed_url_date_of_sources_csv_dates_a_page_that_prints_none():
    url = "https://kz.kursiv.media/2022-07-21/tokaev-hochet-uvelichit-tovarooborot-kazahstana-so-stranami-ca-do-15-mlrd/amp"
    page = ("Президент Казахстана Касым-Жомарт Токаев заявил, что товарооборот Казахстана со странами "
            "Центральной Азии желательно довести до $15 млрд.")
    assert publication_date(page, url, "ru") == ("2022-07-21", "sources.csv:url")


def test_the_year_a_change_starts_from_is_done():
    # newsday.co.tt, 2024-01-04 ("Trade Ministry: 54% increase in exports for 2023"): "from $15.6 billion in
    # 2022 to $17.9 billion this year" on a page read without its date: 2022 is done, "this year" is 2023
    # (English rows of cue done_year)
    text = "Non-energy exports increased 15 per cent, from $15.6 billion in 2022 to $17.9 billion this year."
    assert done_years(text) == {2022}
    assert text_year(text) == 2023


def test_a_change_from_a_year_to_last_year_dates_the_page():
    # en.otaghiranonline.ir (undated): "from $1.5 billion in 2022 to more than $2 billion last year": "last
    # year" is 2023, so the page speaks from 2024
    text = ("According to the available statistics, Iran-Pakistan trade increased from $1.5 billion in 2022 to more "
            "than $2 billion last year, meaning a growth of 38 percent in terms of value and 23 percent in terms of "
            "volume between the two countries.")
    assert text_year(text) == 2024


def test_a_year_that_saw_or_ended_with_a_total_is_done():
    # dailysabah.com, 2023-01-02: "Exports had ended 2021 at a record $225.4 billion"; on a page that
    # speaks of "this year", the page's year is the one after
    text = ("Exports this year rose 12.9%. Exports had ended 2021 at a record $225.4 billion, a figure that "
            "government and economists expected to reach $250 billion in the next year.")
    assert done_years(text) == {2021}
    assert text_year(text) == 2022
    # web3 y03 (The Nation, undated): "a new high after 2023 saw a record-breaking $287 billion worth of
    # exports" beside "a 2% growth for this year": the page speaks from 2024
    text = ("The agency also predicted a 2% growth for this year. “If this is the case, it will be a new high "
            "after 2023 saw a record-breaking $287 billion worth of exports.”")
    assert (done_years(text), text_year(text)) == ({2023}, 2024)
    # a year that "saw" no result is no done year ("2030 saw" is not written; "by 2030" is a goal)
    assert done_years("Exports should reach $300 billion by 2030, after the year saw a slowdown.") == set()
