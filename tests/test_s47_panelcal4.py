"""Session 47, panelcal4: a numbered list glued into one line (text/sentences.py rule list_number) and the ABS name
"Korea, Republic of (South)" (vocab/en/places.csv)."""
from __future__ import annotations

from tradeflows.text.sentences import split_sentences

# web8 tuned (abs.gov.au, International Trade: Supplementary Information, Calendar Year 2022): the page's list as its
# clean text has it, items 1-4 glued into one line
_GLUED = ("1. China, down $4,332m (-2%) to $184,721m 2. Japan, up $54,648m (84%) to $119,733m 3. Korea, Republic of "
          "(South), up $16,022m (42%) to $53,875m 4. India, up $10,270m (42%) to $34,847m")


def _parts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_glued_list_each_item_its_own_sentence():
    """Each next number of the list ends the item before it and stands alone, as the line's opening "1." does."""
    assert _parts(_GLUED) == ["1.", "China, down $4,332m (-2%) to $184,721m", "2.", "Japan, up $54,648m (84%) to $119,733m",
                              "3.", "Korea, Republic of (South), up $16,022m (42%) to $53,875m", "4.",
                              "India, up $10,270m (42%) to $34,847m"]


def test_number_not_next_of_a_list_stays():
    """A number after a space whose sentence did not follow the list's number before it is no item: "rose 2. Japan" in
    running text, a number after a full stop, a number out of sequence keep the old split (after the number)."""
    assert _parts("Exports rose to $5 billion 2. Japan was second.") == ["Exports rose to $5 billion 2.", "Japan was second."]
    assert _parts("1. China, down $4,332m to $184,721m 3. Japan, up $54,648m") == [
        "1.", "China, down $4,332m to $184,721m 3.", "Japan, up $54,648m"]
    assert _parts("Exports were $5 billion in 2019. 2. Imports") == ["Exports were $5 billion in 2019.", "2.", "Imports"]


_ABS_TITLE = "International Trade: Supplementary Information, Calendar Year"
_ABS = ("International Trade: Supplementary Information, Calendar Year\n\nReference period\n2022\n\n"
        "The top 5 exporting partners for Australia are:\n\n" + _GLUED + "\n\n"
        "These five countries make up 63% of Australia’s total international trade in exports.\n")


def test_glued_list_items_take_the_list_measure_tuned_sentence():
    """web8 tuned: Japan's and Korea's items, glued after China's, had taken the weak previous_sentence / carried from
    the item before and stayed out of the panel; each now its own sentence after its number, they take the list's
    measure from its opening line (list_intro, strong) and enter the panel."""
    from tradeflows.dataset.series import series_status
    from phrasing import figs, row, rule
    got = {f.figure: (f.measure, f.partner, rule(f, "measure"), series_status(row(f)))
           for f in figs(_ABS, pub_year=2023, title=_ABS_TITLE) if f.kind == "money"}
    assert got["$54,648m"][:3] == ("exports", "Japan", "list_intro")
    assert got["$119,733m"] == ("exports", "Japan", "sentence_figure", "in")
    assert got["$53,875m"] == ("exports", "South Korea", "sentence_figure", "in")
    assert got["$34,847m"] == ("exports", "India", "sentence_figure", "in")


def test_abs_korea_name_is_the_country():
    """ABS's standard name "Korea, Republic of (South)" is South Korea itself (the place registry, read by the panel's
    check that a gold partner is a country)."""
    from tradeflows.dataset.cues_names import is_country_itself
    from tradeflows.facts.places import lookup
    p = lookup("Korea, Republic of (South)")
    assert (p.name, p.iso3, p.kind, p.surface) == ("South Korea", "KOR", "country", "Korea, Republic of (South)")
    assert is_country_itself("Korea, Republic of (South)", "KOR")
