"""Session 52, helper ruK: Russian analysis pages (data/ruweb29): Greek look-alike letters typed inside Cyrillic
words, and the current account / capital taken out read as no trade balance nor exports (measure other).

Sentences from pages of outlets in no data/*/raw/sources.csv of the studied sets (page store), each named.
"""
from __future__ import annotations


from tradeflows.pipeline import figures_of_text
from tradeflows.text.clean import cyrillic_homoglyphs


def measures(text: str):
    return [(f.figure, f.measure) for f in figures_of_text(text, "page", "txt")]


def test_greek_omicron_and_kappa_inside_cyrillic_words_read_as_cyrillic():
    """littlewood.ru/listotve475.htm (data/ruweb29 bs01) prints Greek omicron and kappa for о and к against copying;
    data/ruweb16 as05 (blagovmeste) does the same. Read as Cyrillic, one letter for one, so offsets stay."""
    raw = "Полοжительное сальдο тοрговοго баланса скорреκтировано незначительно"
    got = cyrillic_homoglyphs(raw)
    assert got == "Положительное сальдо торгового баланса скорректировано незначительно"
    assert len(got) == len(raw)
    # Greek words and a Greek letter standing alone are left as they are
    assert cyrillic_homoglyphs("α-токоферол, Σ и ο; ακρόπολη") == "α-токоферол, Σ и ο; ακρόπολη"


def test_trade_balance_with_greek_letters_is_a_balance():
    """The same page's trade balance: found as a balance once its letters read as Cyrillic (was: measure other,
    carried from the sentence before)."""
    got = measures("В III квартале сальдο тοрговοго баланса составилο $43,2 млрд.")
    assert got == [("$43,2 млрд", "balance")]


# banki.ru/news/bankpress/?id=10518768 (2018): the current account's balance, no trade balance
BANKI = ("Впрочем, аналитики Райффайзенбанка отмечают, что в мае сальдо счета текущих операций составило всего "
         "$8,9 млрд против $12,2 млрд в апреле 2018 года и $13,5 млрд в мае 2017-го, что «необычно».")


def test_current_account_balance_is_no_trade_balance():
    got = measures(BANKI)
    assert got == [("$8,9 млрд", "other"), ("$12,2 млрд", "other"), ("$13,5 млрд", "other")]


# audit-it.ru/news/finance/915278.html (2017): a deficit of the current account
AUDIT_IT = ("Согласно оценке ЦБ, во втором квартале 2017 года дефицит счета текущих операций платежного баланса РФ "
            "составил $0,3 млрд.")


def test_current_account_deficit_is_no_trade_deficit():
    assert measures(AUDIT_IT) == [("$0,3 млрд", "other")]


def test_trade_balance_beside_the_current_account_stays_a_balance():
    """A trade balance named in its own sentence after the current account keeps its measure (audit-it.ru's
    neighbour sentence pattern; the rows are whole phrases, not 'сальдо' alone)."""
    got = measures("Сальдо счета текущих операций составило $23 млрд в 2017 году. Сальдо торгового баланса составило "
                   "$51 млрд в 2017 году.")
    assert got == [("$23 млрд", "other"), ("$51 млрд", "balance")]


def test_capital_taken_out_is_no_export():
    """'нелегального вывоза капитала' (littlewood.ru, ruweb29 bs01): capital flight, not goods exported."""
    got = measures("По статье «чистые ошибки и пропуски», в которой может отражаться сумма нелегального вывоза "
                   "капитала, ЦБ в январе-сентябре 2013 г. учел минус $10,2 млрд.")
    assert got == [("минус $10,2 млрд", "other")] or got == [("$10,2 млрд", "other")]
