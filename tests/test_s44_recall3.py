"""Session 44 (recall of the national panel, third pass): a "last year" dated by the page's date is strong when the
page's opening or the figure's own paragraph names that year as a time of events (relative_doc_named), so the date
is no stale stamp; and the check that had hidden behind the weak year on a tuned Russian page (a rival named after
its title and a dash, rival_before). Real sentences of outlets in no data set."""
from __future__ import annotations

from phrasing import one_figure, row, rule_item

from tradeflows.dataset.series import series_status
from tradeflows.facts.subject import RIVAL_BEFORE
from tradeflows.vocab import using_language
from tradeflows.vocab.patterns import cue


# www.laht.com/article.asp?ArticleId=2450428 (Latin American Herald Tribune, Wednesday February 7, 2018), a fresh page
# of the session's panel_pages2 sample
LAHT_2018 = ("US Trade Deficit Grows 12% in 2017\n\n"
             "WASHINGTON – The US trade deficit rose to $566.6 billion in 2017, up 12.1 percent from 2016 and the highest "
             "level in nine years, Commerce Department said Tuesday.\n\n"
             "In December, the deficit increased by 5.3 percent to $53.1 billion and was higher than economists’ forecasts "
             "of $52 billion.\n\n"
             "Last year, exports grew 5.5 percent, while imports rose 6.7 percent.\n\n"
             "Over the past year, the US trade deficit with China hit a record $375 billion, while the trade deficit with "
             "Mexico increased to $71 billion.\n")


def test_last_year_agreeing_with_the_year_the_page_opens_with_is_strong():
    """Rule relative_doc_named: 'Over the past year, the US trade deficit with China hit a record $375 billion' on a
    page of February 2018 whose title and opening sentence name 2017 ('Grows 12% in 2017', 'rose to $566.6 billion in
    2017'): the page's date and its own words agree, the year is 2017 by a strong rule and the cell enters the panel
    (before: relative_doc_date, weak)."""
    f = one_figure(LAHT_2018, "$375 billion", pub_year=2018, pub_month=2)
    assert (f.reporter, f.partner, f.measure, f.year, f.period_start, f.period_end) == \
        ("United States", "China", "balance", 2017, "2017-01", "2017-12")
    assert rule_item(f, "year") == "year:relative_doc_named"
    assert series_status(row(f)) == "in"
    g = one_figure(LAHT_2018, "$71 billion", pub_year=2018, pub_month=2)
    assert (g.partner, g.year, rule_item(g, "year")) == ("Mexico", 2017, "year:relative_doc_named")


def test_last_year_on_a_page_that_never_names_that_year_stays_weak():
    """The same sentence on a page whose text names no 2017 (only its date says when it was written): the date alone
    dates 'the past year' (relative_doc_date, weak), and the cell stays out at the default threshold."""
    text = ("Over the past year, the US trade deficit with China hit a record $375 billion, while the trade deficit with "
            "Mexico increased to $71 billion.\n")
    f = one_figure(text, "$375 billion", pub_year=2018, pub_month=2)
    assert f.year == 2017
    assert rule_item(f, "year") == "year:relative_doc_date"
    assert series_status(row(f)) != "in"


def test_a_year_named_only_in_a_later_paragraph_is_no_check():
    """'In 2017, ...' only further down the page (past the opening and outside the figure's paragraph) does not make
    the date's 'last year' strong: a page's later paragraphs may look back on any year."""
    text = ("Over the past year, the US trade deficit with China hit a record $375 billion, while the trade deficit with "
            "Mexico increased to $71 billion.\n\n"
            "President Donald Trump, both in his 2016 campaign and since taking office, has accused China and Mexico of "
            "engaging in unfair trade practices and vowed to trim the deficit by imposing protectionist measures. The "
            "United States is renegotiating the North American Free Trade Agreement (NAFTA), which took effect in 1994, "
            "with Mexico and Canada. Analysts say the trade deficit is a result of the US economy’s good performance, "
            "since in times of prosperity American consumers tend to increase their demand for foreign products.\n\n"
            "The US trade deficit rose to $566.6 billion in 2017.\n")
    f = one_figure(text, "$375 billion", pub_year=2018, pub_month=2)
    assert rule_item(f, "year") == "year:relative_doc_date"


def _rival_before(prefix: str) -> bool:
    with using_language("ru"):
        return cue("rival_before", RIVAL_BEFORE).search(prefix) is not None


def test_a_rival_after_its_title_and_a_dash_is_no_counterpart():
    """rival_before (vocab/ru/patterns.csv): 'Россия стала основным покупателем китайской клубники, потеснив лидера
    последних нескольких месяцев — Вьетнам' (rftoday.ru/archive/336898351.html, RIA Novosti, 12 May 2025): the place
    after the passed leader's title and the dash is the rival, as right after 'обогнав' (a tuned page's 'обогнав
    предыдущего лидера – Китай' had given China as Egypt's counterpart of its imports from Russia)."""
    sentence = ("В результате Россия стала основным покупателем китайской клубники, потеснив лидера последних нескольких "
                "месяцев — ")
    assert _rival_before(sentence)
    assert _rival_before("Китай, обогнав ")     # svo.business-gazeta.ru/article/320170: the plain rival, as before


def test_a_counterpart_after_from_is_no_rival():
    """The counterpart of a purchase is not a rival: 'импортировала из нашей страны товаров на $1,739 миллиардов' and
    'потеснив лидера' without the dash before a place do not read as rival_before."""
    assert not _rival_before("Арабская Республика импортировала из ")
    assert not _rival_before("потеснив лидера рынка ")


# elamerican.com/trade-deficit-increased-2022/ (El American, EFE, February 2023): the US trade of 2022, a page whose title
# and opening name no counterpart
ELAMERICAN_2022 = ("Trade Deficit Increased by 12.2 % in 2022\n\n"
                   "The U.S. deficit in its foreign trade in goods and services rose 12.2% in 2022 over the previous year "
                   "($103 billion), amid the strength of the dollar and fears of a possible recession.\n\n"
                   "Thus the country’s trade deficit stood at $948.1 billion in 2022 compared to $845 billion in 2021, the "
                   "Bureau of Economic Analysis (BEA) reported Tuesday.\n\n"
                   "In 2022, both exports and imports grew compared to 2021, but the latter remained higher than the "
                   "former.\n\n"
                   "This increase was driven by growth in foreign sales of industrial products and supplies such as crude "
                   "oil (up $47.5 billion), gasoline ($28.1 billion) and natural gas ($22.9 billion).\n\n"
                   "Imports also increased in 2022, up 16.3% ($556.1 billion) to $3,957.8 billion, with increases in "
                   "purchases of industrial materials, capital goods, consumer goods, automotive parts, and food and "
                   "beverages.\n")


def test_a_sentence_opening_on_the_bare_flow_with_a_year_is_the_world():
    """Partner rule bare_flow_year: 'Imports also increased in 2022, up 16.3% ($556.1 billion) to $3,957.8 billion'
    names no place and opens on the bare flow, on a page that names no counterpart: the US imports from the world by a
    strong rule, so the cell enters the panel (before: default_world, weak)."""
    f = one_figure(ELAMERICAN_2022, "$3,957.8 billion", pub_year=2023)
    assert (f.reporter, f.partner, f.measure, f.year) == ("United States", "world", "imports", 2022)
    assert rule_item(f, "partner") == "partner:bare_flow_year"
    assert series_status(row(f)) == "in"


def test_a_flow_opening_on_its_counterpart_or_a_pair_page_is_no_bare_flow():
    """A page whose title pairs two countries gives its counterpart (head): the same elamerican sentence under a title
    naming Mexico as the counterpart ('U.S. trade with Mexico rose in 2022') is not read as the world by this rule."""
    paired = "U.S. trade with Mexico rose in 2022\n\n" + ELAMERICAN_2022.split("\n\n", 1)[1]
    f = one_figure(paired, "$3,957.8 billion", pub_year=2023)
    assert rule_item(f, "partner") != "partner:bare_flow_year"
