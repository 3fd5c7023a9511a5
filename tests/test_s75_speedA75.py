"""Session 75, speedA75: the gap carrier (facts/carry.py carry_gap) reads each sentence of a page at most once.

carry_gap runs the period half over the sentences between two figures in order and the partner half backward from the
last of them; relate hands it the gaps [last figure's sentence, this figure's sentence), which do not overlap, so no
sentence's period (_read_period, context_period) nor its partner half (_partner_half) is read twice for one page, and
a figure that looks back reads what the carrier left in State, not the sentences again. speedA75 measured this on
data/raw (no re-reading to spare: the carrier's cost is one reading of each sentence) and these tests keep it so: a
change that made the carrier read a sentence again for each later figure would cost a pass of a book many times over.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from tradeflows.facts import carry as CA
from tradeflows.facts.relate import relate_figures
from tradeflows.figures.extract import extract_figures
from tradeflows.text.clean import clean_text

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

# a passage in the manner of a trade agency's release (written for this test): figures in three sentences of a run,
# with dated and undated sentences between them
RUN = ("Kenya's exports to Uganda rose to KSh 52.3 billion in 2023. The ministry said trade with the region was "
       "growing. In the first quarter of 2024, imports from China reached KSh 120.4 billion. Shipments of tea "
       "increased. Exports to Tanzania stood at KSh 30.1 billion. In March, the deficit narrowed to KSh 21.7 billion.")


def _counted(monkeypatch, names):
    """Calls of carry's functions `names` per (page, first argument after the Doc: the sentence)."""
    seen: Counter = Counter()
    for name in names:
        real = getattr(CA, name)

        def counting(d, *args, _real=real, _name=name, **kw):
            si = args[1] if _name in ("_partner_half", "_read_period") else args[0]
            seen[_name, id(d), si] += 1
            return _real(d, *args, **kw)
        monkeypatch.setattr(CA, name, counting)
    return seen


def _relate(text: str, fmt: str, name: str) -> list:
    c = clean_text(text, fmt, name)
    return relate_figures(c, extract_figures(c, name), pub_year=2024)


def test_a_run_of_figures_reads_each_sentence_once(monkeypatch):
    seen = _counted(monkeypatch, ("_partner_half", "_read_period", "context_period"))
    figures = _relate(RUN, "web", "run.txt")
    assert len(figures) == 4
    # the gaps before the 2nd, 3rd and 4th figures' sentences: sentences 0-1, 2-3 and 4; the last figure's own
    # sentence (5) is in no gap. The period half reads the dated ones (0 and 2); the partner half reads each gap
    # backward past the sentences that name no place (1, 3) to the one that does (0, 2), and sentence 4 alone
    assert sorted(si for (name, _, si) in seen if name == "_read_period") == [0, 2]
    assert sorted(si for (name, _, si) in seen if name == "_partner_half") == [0, 1, 2, 3, 4]
    assert max(seen.values()) == 1


def test_every_page_of_data_raw_reads_each_sentence_once(monkeypatch):
    seen = _counted(monkeypatch, ("_partner_half", "_read_period", "context_period"))
    for p in sorted(RAW.glob("*.txt")):
        _relate(p.read_text(encoding="utf-8"), "txt", p.name)
    per = Counter(name for name, _, _ in seen)
    assert per["_read_period"] > 1000 and per["_partner_half"] > 500 and per["context_period"] == per["_read_period"]
    assert max(seen.values()) == 1, [k for k, n in seen.items() if n > 1][:5]
