"""Session 60, helper refactorK60: three refactors that change no output, each pinned here.

- facts/asides.py examples_of: one reading of "a place given as an example" by a cue right before it, for the focus
  adverbs (cue focus_example_before: rules head_focus_example, focus_aside, focus_not_carried) and for markets named by
  example (cue markets_such_as: rule head_example, facts/carry.py).
- figures/currencies.py RESOLVE_SIEVE: the readings of an ambiguous currency alias by its context as an ordered table
  of named rules; each rule is tried alone here on a sentence, and the order decides where two rules would both read.
- dataset/engines.py raise_young: the one collector setting of a build (_QuietGC) and of a document read
  (pipeline.quiet_collector); its test sits with the collector's others, in tests/test_s59_collector.py.
"""
from __future__ import annotations

import pytest

from tradeflows.facts import asides, carry
from tradeflows.facts.partners_candidates import LIST_SEP
from tradeflows.facts.places import find_places
from tradeflows.facts.subject import LIST_GAP, MARKETS_REACH, MARKETS_SUCH_AS
from tradeflows.figures import currencies as C
from tradeflows.pipeline import country_codes
from tradeflows.vocab import using_language
from tradeflows.vocab.patterns import cue


# --- examples_of ----------------------------------------------------------------------------------------------------

def _marked(text: str, name: str, english, reach: int, sep) -> list[str]:
    return [p.name for p, example in asides.examples_of(find_places(text), text, name, english, reach, sep) if example]


def test_markets_named_by_example_and_the_list_they_open():
    """Rule head_example's reading: the place after "markets such as" and the list it opens."""
    text = "Exports fell on weak demand in traditional markets such as Europe and the US, while China bought more."
    assert _marked(text, "markets_such_as", MARKETS_SUCH_AS, MARKETS_REACH, LIST_GAP) == ["Europe", "United States"]


def test_focus_adverb_through_the_same_reading():
    """focus_examples is examples_of with the focus cue: the same places, English and Russian rows."""
    text = "Exports grew by 5%, especially to the US and Canada, while Japan bought less."
    places = find_places(text)
    assert {p.name for p in places if p.start in asides.focus_examples(places, text, LIST_SEP)} \
        == set(_marked(text, "focus_example_before", asides._focus_before(), asides.FOCUS_REACH, LIST_SEP)) \
        == {"United States", "Canada"}
    ru = "Экспорт вырос в страны дальнего зарубежья, прежде всего, в Индию и Китай, а в Японию упал."
    with using_language("ru"):
        places = find_places(ru)
        sep = cue("list_sep", LIST_SEP)   # (as the callers pass it: "и" joins a Russian list)
        assert {p.name for p in places if p.start in asides.focus_examples(places, ru, sep)} == {"India", "China"}


def test_both_callers_share_the_reading(monkeypatch):
    """carry's head_example and asides' focus_examples both read through examples_of (one mechanism)."""
    assert carry.examples_of is asides.examples_of
    calls = []
    real = asides.examples_of

    def spy(*args):
        calls.append(args[2])
        return real(*args)

    monkeypatch.setattr(asides, "examples_of", spy)
    text = "Exports grew, especially to the US."
    asides.focus_examples(find_places(text), text, LIST_SEP)
    assert calls == ["focus_example_before"]


# --- RESOLVE_SIEVE ---------------------------------------------------------------------------------------------------

# (rule of the table, page text, alias, position, outlet's country, sentence, what the rule reads)
CASES = [
    ("declared_currency", "Table 1: Major contributors to Imports FJD [Millions]. Fiji imported goods from Australia "
     "worth $200 million.", "$", "before", None, "", ("FJD", "declared_currency")),
    ("lead_country", "Nepal's trade deficit has widened by 1.6 percent to Rs. 849.33 billion. Imports from India rose; "
     "India supplied fuel.", "Rs.", "before", None, "", ("NPR", "lead_country")),
    ("marked_local", "New Zealand and Australia traded. New Zealand's exports rose to NZ$2.2 billion ($2 billion). New "
     "Zealand sold dairy.", "$", "before", None, "", ("USD", "marked_local")),
    ("subject_country", "The U.S. trade deficit narrowed slightly in December. For the whole year, the deficit rose "
     "0.4% to $502.3 billion. The United States bought more from Canada.", "$", "before", "CAN", "",
     ("USD", "subject_country")),
    ("outlet_country", "China received 27 percent of exports. China bought logs. China bought milk, and New Zealand "
     "sold it for $70.4 billion.", "$", "before", "NZL", "", ("NZD", "outlet_country")),
    ("near_dollar_country", "In 2013, major exports included coal ($13.7 billion). Japan bought coal from Australia. "
     "Japan and Australia signed a deal; Japan met.", "$", "before", None, "", ("AUD", "near_dollar_country")),
    ("document_country", "Canada and Mexico traded. Canada's exports rose to $5 billion. Canada sold oil.", "$",
     "before", None, "", ("CAD", "document_country")),
    ("marked_local_tie", "Trade rose. Australia and China traded A$5 billion ($3.5 billion) of goods.", "$", "before",
     "AUS", "", ("USD", "marked_local")),
    ("outlet_tie", "Trade rose. Australia-China Business Council: Australia and China trade was worth $299 billion.",
     "$", "before", "AUS", "", ("AUD", "outlet_country")),
    ("tied_dollar_country", "In recent weeks trade grew. Australia's goods exports to China were valued at around "
     "$135bn; Australia and China.", "$", "before", None, "", ("AUD", "tied_dollar_country")),
    ("tied_first_named", "Trade grew. In 2018, two-way trade between Canada and Australia remained stable at $4.1 "
     "billion.", "$", "before", None, "In 2018, two-way trade between Canada and Australia remained stable at $4.1 "
     "billion.", ("CAD", "tied_first_named")),
    ("document_country_only", "Trade grew. South Africa's exports rose to R5 billion. South Africa sold gold.", "R",
     "before", None, "", ("ZAR", "document_country")),
    ("lead_country_only", "Tunisia's trade deficit widened to 8.16 billion dinars. Algeria and China were partners, "
     "and Tunisia sold olive oil to Algeria.", "dinars", "after", None, "", ("TND", "lead_country")),
    ("sentence_country", "Tunisia and Algeria traded oil.", "dinars", "after", None,
     "Algeria sold gas worth 5 billion dinars", ("DZD", "sentence_country")),
]


def _ask(text, alias, position, prefer, sentence) -> C.Ask:
    a = C.aliases()
    table, local = (a.before, a.local_before) if position == "before" else (a.after, a.local_after)
    key = alias if alias in local else alias.rstrip(".")   # ("Rs." as resolve reads it)
    return C.Ask(key, position, local[key], table.get(key), C.Context(text, country_codes, prefer), sentence)


def test_the_table_order():
    """The order is an edit of this one table (a new reading is a row)."""
    assert [name for name, _ in C.RESOLVE_SIEVE] == [case[0] for case in CASES]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_each_rule_alone_on_its_sentence(case):
    name, text, alias, position, prefer, sentence, expected = case
    rule = dict(C.RESOLVE_SIEVE)[name]
    assert rule(_ask(text, alias, position, prefer, sentence)) == expected
    # and the whole table reads the alias so: no rule before it decides
    assert C.resolve(alias, position, C.Context(text, country_codes, prefer), sentence) == expected


def test_an_earlier_rule_wins():
    """Where two rules both read, the earlier one decides: the page opens on Nepal (lead_country) though it names
    India most (document_country would keep the rupee's default, India's); the New Zealand page marks its own dollar
    apart (marked_local) though New Zealand is the most-named country (document_country: NZD)."""
    rules = dict(C.RESOLVE_SIEVE)
    nepal = next(c for c in CASES if c[0] == "lead_country")
    assert rules["document_country"](_ask(*nepal[1:6])) == ("INR", "")
    nz = next(c for c in CASES if c[0] == "marked_local")
    assert rules["document_country"](_ask(*nz[1:6])) == ("NZD", "document_country")
