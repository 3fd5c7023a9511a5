"""Session 61, helper testX61: REAL outside sentences (the `search` tool, corpus "pages"; each address cited) for rules
whose tests were constructed or joined (tests/test_s61_openR39.py, tests/test_s61_openW50.py) or that had no outside
test (session 60's list). Each passing test names, in its docstring, the rule that turned off makes it fail; a real case
the code gets wrong is a strict xfail with its reason. Where no real sentence with a rule's phrasing was found, the
rule keeps its old test (the searches tried are in the helper's report)."""
import pytest

from tradeflows.facts import partners_sentence
from tradeflows.pipeline import figures_of_text


def _figures(text: str, pub_year: int, **kw) -> list:
    return figures_of_text(text, "page", "web", pub_year=pub_year, **kw)


def _row(f) -> tuple:
    return (f.figure, f.value, f.measure, f.reporter, f.partner, f.year, f.period_start, f.period_end)


def _rule(f, field: str) -> str:
    return next(x for x in f.fact_rules.split(";") if x.startswith(field + ":")).split(":", 1)[1]


# -- item 1, ruweb39's Russian phrasings (since_month_change, counterparts_group) ---------------------------------------

# https://silkway.news/ru/v-ssha-zafiksirovali-pyatikratnoe-310741 (the store's excerpt, its first two paragraphs)
SILKWAY = ("Поставки товаров из США в России в марте 2022 года упали в пять раз на фоне очередных антироссийских "
           "санкций. Об этом пишет РБК, ссылаясь на данные внешнеторговой статистики Бюро переписей США (Census Bureau, "
           "американский аналог Росстата).\n"
           "Экспорт товаров США в России в марте 2022 года сократился в пять раз, до $101,1 млн. В феврале же он "
           "составлял $497,5 млн. При этом показатель поставки товаров за март стал самым минимальным за месяц в "
           "истории российско-американской торговли, с момента появления ежемесячных данных Census Bureau в 2002 "
           "году.\n")


def test_a_month_after_v_before_a_change_is_the_figures_own_month():
    """Odd case beside since_month_change: "в марте 2022 года упали в пять раз", a month after "в" (not "с") right
    before a change's verb, is the change's own month, not where it is counted from. Fails when the month branch of
    facts/periods_local.py drops its guard `_SINCE_S_BEFORE.search(before)` (checked by a local edit, reverted):
    the month is then set aside (since_month_change) and the figure has no period."""
    f = _figures(SILKWAY, 2022)[0]
    assert _row(f) == ("в пять раз", -80.0, "exports", "United States", "Russia", 2022, "2022-03", "2022-03")
    assert (_rule(f, "reporter"), _rule(f, "partner"), _rule(f, "year")) == ("frame", "frame", "explicit")


def test_exports_of_the_us_in_russia_are_the_us_exports_to_russia():
    """'Экспорт товаров США в России' (a misprint of 'в Россию'): the owner named after the flow word, then 'в' and a
    place, is where the owner's goods went (ru cue locus_owner_before: rule locus_flow does not read Russia as the
    flow's locus). Was a strict xfail (Russia reporter, the United States partner)."""
    f = next(x for x in _figures(SILKWAY, 2022) if x.figure == "$101,1 млн")
    assert (f.reporter, f.partner) == ("United States", "Russia")
    assert _rule(f, "reporter") != "locus_flow"


# http://logder.ru/p1809.htm (the store's excerpt; some Cyrillic o's of the page are Greek omicrons, kept as stored)
LOGDER = ("В январе-марте экспорт товаров превысил 505 млн долларов или вырос на 6,7% по сравнению с аналοгичным "
          "периодом прошлοгο гοда. Экспорт в Евросοюз сοставил околο 253 млн долларов или полοвину от общегο торгοвοгο "
          "объёма. В СНГ мы поставили почти 40% товаров на сумму бοлее 200 млн долларов.\n"
          "Таκим образом, в гοсударства ЕС Молдова экспортировала в основном текстиль, электрообοрудование, продукты "
          "растительногο происхождения, а также живοтные и растительные жиры. В страны же Содружества мы поставляли "
          "продукты питания, алкогοльные напитκи, табачные изделия, а также товары живοтногο происхождения и текстиль.\n"
          "В прошлом году экспорт в Евросоюз составил 1 млрд 87 млн долларов, тогда как в страны СНГ — около 920 млн "
          "долларов.\n")


def test_groups_of_destinations_then_the_country_named_keep_the_country():
    """Odd case beside counterparts_group: an opening that breaks exports down by groups (the EU, the CIS) and names
    its country in the next paragraph ("Молдова экспортировала") is that country's (no rule counterparts_group: the
    head names a country). The CIS share is the CIS's; the year before's EU figure is 2012's. Fails when
    counterparts_group loses its guards (`if len(scores) > 1:` for `if not strong and len(scores) > 1 and all(...)` in
    facts/subject.document_subject, a local edit, reverted): no reporter."""
    got = {f.figure: f for f in _figures(LOGDER, 2013)}
    assert _row(got["почти 40%"]) == ("почти 40%", 40.0, "exports", "Moldova", "CIS", 2013, "2013-01", "2013-03")
    assert _row(got["1 млрд 87 млн долларов"]) == ("1 млрд 87 млн долларов", 1087e6, "exports", "Moldova",
                                                   "European Union", 2012, "2012-01", "2012-12")
    assert _rule(got["почти 40%"], "reporter") == "subject"


@pytest.mark.xfail(strict=True, reason="known miss: the total 'экспорт товаров превысил 505 млн долларов' takes the "
                                       "European Union of the breakdown after it (rule head_flow), not the world")
def test_the_total_before_a_breakdown_by_groups_is_the_worlds():
    f = _figures(LOGDER, 2013)[0]
    assert (f.figure, f.partner) == ("превысил 505 млн долларов", "world")


# -- item 2, unplaced_later: an editorial naming no place in its title and opening ---------------------------------------

# https://newnation.io/undesirable-export-earnings-fall (an editorial; the store's excerpt. Its opening names the EU and
# the US as destinations; its owner, Bangladesh, once further on)
NEWNATION = ("EXPORT earnings’ growth of the country in 2016-17 fiscal hit a 15-year low at 1.69 percent as the earnings "
             "from readymade garment products witnessed a sluggish growth in the major destinations including the "
             "European Union and the United States. Available data showed that export earnings in FY17 stood at $34.83 "
             "billion with a shortfall of more than $2 billion from the government-set target of $37 billion. Despite "
             "the prevailing comparatively stable political environment and infrastructural development, the failure to "
             "meet the export targets exposes the fact that a dark cloud is gathering over the economy while the "
             "government is untiringly propagating its economic success. Almost all the macro-economic variables of the "
             "economy is shrinking when the government claims its success to ensure re-election.\n"
             "Available data showed that the earnings’ growth was the lowest since the FY 2001-02 when it was negative "
             "7.43 percent. The export earnings from goods in FY17 fell short of target by 5.85 percent. Officials said "
             "that export earnings from goods in FY17 stood at nearly $35 billion with about 2 per cent growth. Export "
             "earnings in June 2017 stood at $3.04 billion with a 15.27-percent negative growth against $3.59 billion in "
             "the same month of FY16. There were both external and internal factors, including, shrinking global demand "
             "for apparel products and devaluation of currencies, behind the undesirable export earnings growth. Worried "
             "exporters said that the negative growth has sent a signal to Bangladesh that the country is losing its "
             "competitive edge while other competitors are doing well. Experts suggested that the nation should go for "
             "productivity-driven growth, diversification of markets and products and cut the cost of doing business.\n")


@pytest.mark.xfail(strict=True, reason="known miss: an editorial whose opening names only destinations and whose owner "
                                       "is named once, further on ('a signal to Bangladesh that the country'), gives no "
                                       "reporter (unplaced_later wants the owner named twice), and FY17 is then read "
                                       "as October 2016-September 2017")
def test_an_editorial_naming_its_owner_once_further_on():
    f = next(x for x in _figures(NEWNATION, 2017) if x.figure == "$34.83 billion")
    assert (f.reporter, f.period_start, f.period_end) == ("Bangladesh", "2016-07", "2017-06")


# -- item 3, rules with no outside test ----------------------------------------------------------------------------------

# https://www.startribune.com/minnesota-s-exports-grow-despite-global-troubles/206690311/ (the store's excerpt)
STARTRIBUNE = ("Minnesota exports grew 1.2 percent in 2012, as steady growth in Canada, China and a surging Mexico helped "
               "offset broader global economic weakness.\n"
               "The figures, released Wednesday by the Department of Employment and Economic Development, were good "
               "enough to set another record for the state, even though exports were barely better than flat in Europe "
               "and fell by 3.3 percent in Asia.\n"
               "Considering the state of the world economy, any export gains are hard won. China's growth slowed in "
               "2012, and with it the rest of Asia. Europe remains stagnant, with unemployment over 25 percent in Spain "
               "and Greece.\n")


def test_two_places_listed_after_a_figure_are_none_of_its_counterparts():
    """Rule list_after with two places (facts/partners_sentence.py _list_after): "unemployment over 25 percent in Spain
    and Greece", two places joined by "and" after the figure with no flow preposition before them, name where the whole
    stands; neither is its counterpart. Fails with _list_after returning False (monkeypatched): partner Spain."""
    f = next(x for x in _figures(STARTRIBUNE, 2013) if x.figure == "over 25 percent")
    assert _row(f) == ("over 25 percent", 25.0, "other", "Minnesota", None, 2012, "2012-01", "2012-12")
    assert _rule(f, "partner") == "no_counterpart"


def test_two_places_listed_after_a_figure_fail_with_the_rule_off(monkeypatch):
    """The same sentence with rule list_after off: the first item (Spain) is taken, which the test above forbids."""
    monkeypatch.setattr(partners_sentence, "_list_after", lambda *a, **k: False)
    f = next(x for x in _figures(STARTRIBUNE, 2013) if x.figure == "over 25 percent")
    assert f.partner == "Spain"


# https://www.rough-polished.com/en/news/115783.html (the store's excerpt)
ROUGH = ("On the back of ongoing anti-government protests in the Hong Kong, exports of Swiss timepieces in top luxury "
         "watch market Hong Kong took a hit in October, as per a report in jewellerynet.com\n"
         "Data from the revealed that shipments to Hong Kong – a traditionally strong export market for Swiss "
         "watchmakers – plunged 30 percent in October, hindering overall growth.\n"
         "All other major markets exhibited strong results, with China registering a 17.6 percent uptick and toppling "
         "Hong Kong as the second strongest Swiss watch export market after the US.\n"
         "\"Swiss watch exports passed the CHF2 billion (around US$2.02 billion) mark last month, thanks to growth of 1.5 "
         "percent compared with October 2018.Overall growth was hindered by the very marked decline in Hong Kong while "
         "the rest of the world generally saw an upturn of 6.5 percent.\"\n"
         "According to the federation, weakening exports in Hong Kong were more in line with the actual situation in the "
         "local market and had a significant impact on global growth, reducing it by five points.\n"
         "Shipments to the US were up 9.5 percent, followed by China and Japan (11.3 percent growth). Europe saw an 8.3 "
         "percent rise in exports, which can be traced to a 12.9 percent and 24.2 percent hike in the UK and France, "
         "respectively.\n")


def test_two_figures_and_two_places_respectively():
    """Rule respectively_after: 'a 12.9 percent and 24.2 percent hike in the UK and France, respectively', the places
    named after the figures right before 'respectively', pair with them in order. Was a strict xfail (both world)."""
    got = {f.figure: f for f in _figures(ROUGH, 2019)}
    assert (got["12.9 percent"].partner, got["24.2 percent"].partner) == ("United Kingdom", "France")
    assert _rule(got["24.2 percent"], "partner") == "respectively_after"


# https://swissinfo.ch/eng/business/civil-unrest_swiss-watch-sales-plummet-in-hong-kong/45378182 (the store's excerpt)
SWISSINFO = ("Civil unrest in Hong Kong threatens to bring its economy into recession.\n"
             "Exports of Swiss watches to Hong Kong fell nearly 30% in October as unrest in the Asian territory continues "
             "to intensify. Hong Kong is the most valuable global market for Swiss watchmakers as a staging post to "
             "wealthy buyers on the Chinese mainland.\n"
             "However, sales to most other international markets have risen so far this year, particularly to the United "
             "States, Japan, key European countries and to China. As a result, total global sales between January and "
             "the end of October have picked up 2.7% to nearly CHF18 billion ($18.2 billion).\n")


def test_total_global_sales_after_a_focus_list_are_the_worlds():
    """Rule focus_not_carried over a list that goes on (en row focus_list_goes_on): 'particularly to the United States,
    Japan, key European countries and to China' names four examples; none is carried to 'total global sales ... 2.7%'.
    Was a strict xfail (China carried)."""
    f = next(x for x in _figures(SWISSINFO, 2019) if x.figure == "2.7%")
    assert (f.partner, _rule(f, "partner")) == ("world", "default_world")


# https://www.ndtvprofit.com/business/indias-gold-imports-reach-4554-billion-in-2023-24 (the store's excerpt)
NDTV = ("India's gold imports, which have a bearing on the country's current account deficit, surged by 30% to $45.54 "
        "billion during 2023-24 due to strong domestic demand, according to government data.\n"
        "The imports stood at $35 billion in 2022-23.\n"
        "In March this year, however, the imports of the precious metal contracted by 53.56% to $1.53 billion, as per the "
        "data released by the commerce ministry.\n"
        "Despite the increase in gold imports, the country's trade deficit (difference between imports and exports) "
        "narrowed to $240.18 billion in the last fiscal as against $265 billion in 2022-23.\n")


def test_a_fiscal_year_written_alone_is_indias():
    """Odd case beside fiscal_year_in_force: "during 2023-24" on an Indian page is April 2023-March 2024 (the reporter's
    fiscal year), and "in 2022-23" the year before. Fails without the row IND of vocab/en/fiscal_years.csv (a local
    edit, reverted): 2023-24 is then read as a calendar span."""
    got = {f.figure: f for f in _figures(NDTV, 2024)}
    assert _row(got["$45.54 billion"]) == ("$45.54 billion", 45.54e9, "imports", "India", "world", 2024, "2023-04",
                                           "2024-03")
    assert _row(got["$35 billion"])[5:] == (2023, "2022-04", "2023-03")


@pytest.mark.xfail(strict=True, reason="known miss: 'in the last fiscal' after the March of the sentence before reads "
                                       "the month in force (after_base), not the fiscal year 2023-24 the page named")
def test_the_last_fiscal_after_a_fiscal_year_named_is_that_year():
    f = next(x for x in _figures(NDTV, 2024) if x.figure == "$240.18 billion")
    assert (f.period_start, f.period_end) == ("2023-04", "2024-03")


# https://www.pennews.net/international/2019/03/08/russia-china-trade-up-by-17-pc-year-on-year-in-jan-feb-to-16-bln
# (the store's excerpt, one paragraph): a goal set off by dashes between a level passed and the amount reached
PENNEWS = ("In 2018, the bilateral trade for the first time ever exceeded $100 billion — the goal set by the leaders of "
           "the two countries — and amounted to $108.3 billion, a 24.5 percent growth in comparison to the volume "
           "reached in 2017, according to the Russian Federal Customs Service.\n")


def test_a_goal_in_a_dash_aside_leaves_the_amount_reached_actual():
    """Rule goal_dash_aside: 'exceeded $100 billion — the goal set by the leaders of the two countries — and amounted
    to $108.3 billion': the goal inside the dash-set aside is the aside's; the amount after it is actual (the bound
    before it stays the goal's mark). Was a strict xfail (status cue:goal)."""
    got = {f.figure: f for f in _figures(PENNEWS, 2019)}
    assert (got["$108.3 billion"].status, _rule(got["$108.3 billion"], "status")) == ("actual", "goal_dash_aside")
    assert got["exceeded $100 billion"].status == "target"
