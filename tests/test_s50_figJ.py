"""Session 50, figJ: a number a page's copy spaced right after a currency sign.

No page outside the data sets with this typography was found in the stored pages (the one found, sundaystandard.info,
is an outlet of data/web22), so the sentences are the tuned pages' own (data/web17 aa01, data/web30 ax01, data/web31
az06), with made-up negatives."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def money(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.value, f.currency) for f in figures_of_text(text, fmt="web", relate=False, **kw)
            if f.kind == "money"]


def test_a_thousands_comma_spaced_after_a_currency_sign():
    """Rule sign_spaced_thousands: 'P1, 290.1 million' (a thousands comma, a space, three digits and a decimal
    before a scale word) right after a sign is 1,290.1 million, not 'P1' and '290.1 million'."""
    assert money("Botswana's imports fell. Statistics Botswana says the decrease in imports of Diamonds of 36.4 "
                 "percent (P1, 290.1 million) had a significant impact on the overall reduction in total imports' "
                 "value.") == [("P1, 290.1 million", 1290100000.0, "BWP")]
    assert money("According to the Central Statistical Office, since January 2011 Zambia has had monthly trade "
                 "surpluses with the highest valued at K1, 484.5 billion registered in January 2011.") == [
        ("K1, 484.5 billion", 1484500000000.0, "ZMW")]
    # no sign before it: a comma may part two numbers
    assert money("Exports rose in Q1, 290.1 million tonnes were shipped.") == []


def test_a_spaced_decimal_point_after_a_sign_with_four_whole_digits():
    """Rule spaced_decimal after a currency sign reads a whole part of four digits too ('Rs 1279. 12 billion');
    without a sign a year may end its sentence ('2020. 15 billion')."""
    assert money("Foreign trade has increased by 46.43% in Nepal. The country witnessed transactions of over "
                 "Rs 1279. 12 billion against Rs 873 billion during the corresponding period of the previous "
                 "year.") == [("over Rs 1279. 12 billion", 1279120000000.0, "NPR"),
                              ("Rs 873 billion", 873000000000.0, "NPR")]
    assert [f.figure for f in figures_of_text("Exports grew in 2020. 15 billion dollars went to China.",
                                              fmt="web", relate=False)] == ["15 billion dollars"]


def kinds(text: str):
    return [(f.figure, f.kind, f.value, f.rule) for f in figures_of_text(text, fmt="web", relate=False, pub_year=None)
            if f.kind in ("growth", "share")]


def test_a_percent_gapped_after_a_change_is_that_change():
    """Rule growth_percent_gapped: a bare percent joined by 'and'/'while'/'against' to the change before it, its
    verb left out, is a change of the same sign (just-style.com; universitylogistics.net for the share that stays)."""
    assert kinds("He said that imports were up 19.2 per cent in the first half of 2000 and 11 per cent in the "
                 "second half.") == [("19.2 per cent", "growth", 19.2, "growth_percent_signed"),
                                     ("11 per cent", "growth", 11.0, "growth_percent_gapped")]
    # the tuned pages' phrasings (data/web18 ab04, web28 at04, web30 ax07, web19 ad10)
    assert kinds("Exports of bed-wear edged up by 5.4pc while those of towels 15.8pc during the month.")[1] == (
        "15.8pc", "growth", 15.8, "growth_percent_gapped")
    assert kinds("Imports are also down by 3.2% in March compared to a year ago, and 15.7% in the first "
                 "quarter.")[1] == ("15.7%", "growth", -15.7, "growth_percent_gapped")
    assert kinds("Exports of metal products meanwhile were down 29 percent, while the corresponding figure for "
                 "forestry products was 27 percent.")[1] == ("27 percent", "growth", -27.0, "growth_percent_gapped")
    assert kinds("The slowdown in exports to the United States (+4.3%), the European Union (-0.2%) and Mexico "
                 "(1.9%) is a contrast.")[2] == ("1.9%", "growth", 1.9, "growth_percent_gapped")


def test_a_percent_with_its_own_share_words_after_a_change_stays_a_share():
    assert kinds("Apparel and textile imports were down 1.8 per cent in May compared with last year, and 30 per "
                 "cent of them came from China.")[1] == ("30 per cent", "share", 30.0, "share_percent")
    assert kinds("Exports rose 5% in 2019, and China took 30% of them.")[1][1] == "share"
    assert kinds("Exports rose 5% in 2019, while imports accounted for 30% of the total.")[1][1] == "share"
