"""Session 51, helper ruJ: Russian status cues of quoted officials (a goal said in the first person, a level a figure
"must" come to) and the clause "..., и мы ожидаем" after a figure that keeps it actual.

Sentences from pages of outlets in no data/*/raw/sources.csv (page store), each named.
"""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def status_of(text: str, figure: str):
    return [(f.status, f.fact_rules) for f in figures_of_text(text, "page", "txt") if f.figure == figure]


# belnovosti.by/politika/belarus-i-moldova-planiruyut-uvelichivat-tovarooborot-kazhdyy-god (2018): "можем ... прирастать"
BELNOVOSTI = ("Те контракты и наработки, которых мы уже достигли за это время, позволяют говорить о том, что в ближайшие "
              "годы можем на 20-25% ежегодно прирастать.")


def test_first_person_can_is_a_goal():
    (status, rules), = status_of(BELNOVOSTI, "20-25%")
    assert status == "target"
    assert "status:cue:можем" in rules


# ru.delfi.lt/news/economy/agentstvo-versli-lietuva-uluchshaet-prognozy-eksporta-litvy (2017): "должна составить"
DELFI = "Стоимость реэкспорта товаров должна составить 10,7 млрд. евро - на 25,8% больше, чем в 2016 году."


def test_must_amount_to_is_a_goal():
    (status, rules), = status_of(DELFI, "10,7 млрд. евро")
    assert status == "target"
    assert "status:cue:должна составить" in rules


def test_reported_amount_stays_actual():
    (status, rules), = status_of("Стоимость реэкспорта товаров составила 10,7 млрд. евро.", "10,7 млрд. евро")
    assert status == "actual"


# the clause after the figure: the shape of mfd.ru's quote (data/ruweb13 am07, a tuned page; the page store gave no
# other outlet's ", и мы ожидаем" after a figure); a second cue farther on ("будет") is that clause's too, a known miss
def test_expectation_clause_after_figure_keeps_it_actual():
    text = "Товарооборот вырос на 12% и превысил 3 млрд долларов, и мы ожидаем, что в этом году цифры окажутся еще больше."
    for fig in ("12%", "превысил 3 млрд долларов"):
        (status, rules), = status_of(text, fig)
        assert status == "actual"


def test_expectation_clause_without_the_row_is_a_goal():
    # "и" joining a clause of another speaker's cue: only "и мы"/"и они" open the speakers' own clause
    text = "Товарооборот превысил 3 млрд долларов и может вырасти еще."
    (status, rules), = status_of(text, "превысил 3 млрд долларов")
    assert status == "target"


def test_expectation_before_figure_is_a_goal():
    text = "Мы объективно ожидаем рост товарооборота на 10% в этом году."
    (status, rules), = status_of(text, "10%")
    assert status == "target"
