"""Session 45, helper speedB: relate's per-figure work made cheaper, every output byte-identical.

The sentences are from anews.com.tr (https://www.anews.com.tr/world/2025/09/08/china-export-growth-slows-as-us-shipments-tumble-33),
an outlet in no data/*/raw/sources.csv."""
from tradeflows.facts import partners_candidates as PC
from tradeflows.facts.places import find_places
from tradeflows.facts.relate import relate_figures
from tradeflows.figures.extract import extract_figures
from tradeflows.text.clean import clean_text

ANEWS = ("China's export growth slowed sharply in August as shipments to the United States plunged by a third, "
         "underlining the toll of ongoing trade tensions between the world's two largest economies.\n\n"
         "Exports to other regions held up better. Shipments to the European Union grew more than 10%, while exports "
         "to Germany climbed 7.5%.\n")


def _related(text, reporter="CHN"):
    c = clean_text(text, "txt", "anews.txt")
    return relate_figures(c, extract_figures(c, "anews.txt"), reporter=reporter, pub_year=2025, pub_month=9)


def test_candidates_found_once_per_clause_are_the_fresh_ones(monkeypatch):
    """partners_candidates.candidates answers every rule of a clause from Clause.candidates: each answer is the list a
    fresh reading gives, and each figure's partner is the one its own flow frame names (rule frame)."""
    asked, fresh = [], PC._find_candidates
    real = PC.candidates

    def checked(cl, parts=False):
        got = real(cl, parts)
        asked.append((got, fresh(cl, parts)[0]))   # (the fresh list, without the names of the filters that dropped places)
        return got
    for mod in ("tradeflows.facts.partners_item", "tradeflows.facts.partners_sentence",
                "tradeflows.facts.partners_carried", "tradeflows.facts.partners"):
        monkeypatch.setattr(f"{mod}.candidates", checked, raising=False)
    figs = _related(ANEWS)
    assert asked and all(got == new for got, new in asked)
    by_figure = {f.figure: (f.partner, f.partner_iso3, f.fact_rules.split(";")[2]) for f in figs}
    assert by_figure["more than 10%"] == ("European Union", None, "partner:frame")
    assert by_figure["7.5%"] == ("Germany", "DEU", "partner:frame")


def test_candidates_keyed_by_what_they_read():
    """A clause whose reporter changes (the reporter sieve runs before the partner sieve) gets its own list: the memo's
    key holds the reporter, so the reporter's own country is left out only once it is the reporter."""
    from tradeflows.facts.context import Clause, Doc, State, cue_vocab
    c = clean_text(ANEWS, "txt", "anews.txt")
    f = [x for x in extract_figures(c, "anews.txt") if x.figure == "7.5%"][0]
    d = Doc(c, 2025, 9)
    si = d.sentence_index(f.clean_start)
    s, e = c.sentences[si]
    cl = Clause(d, State(), f, si, d.para_index(f.clean_start), s, e, cue_vocab(), ("Germany", "DEU"), "sources",
                d.frames(si, s, e))
    before = [p.name for p in PC.candidates(cl)]
    cl.rep, cl.rep_iso = "Germany", "DEU"
    after = [p.name for p in PC.candidates(cl)]
    assert before == ["European Union", "Germany"]
    assert after == ["European Union"]
    assert PC.candidates(cl) is PC.candidates(cl)   # (read once)


def test_place_token_inside_a_word_is_no_place():
    """A capitalised token glued to letters or digits before it ("iGermany", "3China") opens no place, as before the
    token's bucket was looked up first; the places around it are found as written."""
    text = "Shipments to the European Union grew, while iGermany and 3China did not; exports to Germany climbed 7.5%."
    found = [(p.surface, p.name, p.start) for p in find_places(text)]
    assert found == [("European Union", "European Union", 17), ("Germany", "Germany", text.index("Germany climbed"))]
