"""Session 67, speedR67 (cost, byte-identical): items.item_subject asks first whether the figure's item names the page's
country, and reads the digest's story subjects (a subject_scores reading per item) only for an item that does not.
The texts are test_s58_digestR's (real sentences from latimes.com and csmonitor.com, numbered as smart-lab.ru numbers
its digest's stories; the China sentence from ghytradelines.blogspot.com)."""
import tradeflows.facts.items as items
from tradeflows.pipeline import figures_of_text

from test_s58_digestR import NUMBERED   # (the same numbered digest)

NAMES_HOME = NUMBERED.rstrip("\n") + " The trade gap with China reached its highest level in nearly a year.\n"


def _fig(figs, figure):
    return next(f for f in figs if f.figure == figure)


def _counting(monkeypatch):
    calls = []
    real = items.story_subjects

    def counted(d):
        calls.append(d)
        return real(d)
    monkeypatch.setattr(items, "story_subjects", counted)
    return calls


def test_items_naming_the_page_country_read_no_story_subjects(monkeypatch):
    # (both stories name China, the page's country: no item is another story, whatever their leads' subjects)
    calls = _counting(monkeypatch)
    f = _fig(figures_of_text(NAMES_HOME, "t", "txt"), "$26.3 billion")
    assert calls == []
    assert f.reporter == "China"
    assert "reporter:item_subject" not in f.fact_rules.split(";")


def test_item_not_naming_the_page_country_reads_story_subjects(monkeypatch):
    # (the US story names no China: its subject is read from the digest's story subjects, as before)
    calls = _counting(monkeypatch)
    f = _fig(figures_of_text(NUMBERED, "t", "txt"), "$26.3 billion")
    assert calls
    assert (f.reporter, f.measure, f.value) == ("United States", "balance", 26_300_000_000)
    assert "reporter:item_subject" in f.fact_rules.split(";")


def test_page_with_one_item_reads_no_story_subjects(monkeypatch):
    # ("1." then "3.": no numbered digest, one item; the figure takes the page's country)
    calls = _counting(monkeypatch)
    f = _fig(figures_of_text(NUMBERED.replace("2. The US", "3. The US"), "t", "txt"), "$26.3 billion")
    assert calls == []
    assert f.reporter == "China"
