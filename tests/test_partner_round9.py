"""Partner rules of the ninth partner round, each on the real sentence of a tuned development page and, where one
was found, a second real sentence of another page with the same phrasing (held-out pages are never read)."""
from __future__ import annotations

from pathlib import Path

from tradeflows.pipeline import figures_of_text

DATA = Path(__file__).resolve().parent.parent / "data"


def _lines(path: str, first: int, last: int) -> str:
    """Lines first..last (1-based) of a development page."""
    return "\n".join((DATA / path).read_text("utf-8").splitlines()[first - 1:last])


def _figure(text: str, figure: str, year: int, title: str | None = None):
    hits = [f for f in figures_of_text(text, "t", "web", pub_year=year, title=title) if f.figure == figure]
    assert len(hits) == 1, [f.figure for f in figures_of_text(text, "t", "web", pub_year=year, title=title)]
    return hits[0]


def _rule(f) -> str:
    return dict(r.split(":", 1) for r in f.fact_rules.split(";"))["partner"]


def test_a_demonyms_imports_on_another_countrys_page_name_the_goods_origin():
    # macaonews (the external set's tuned page d67, on Brazil's trade with China): "Chinese imports experienced an
    # overall decline of 13.5 percent" are Brazil's imports from China (rule demonym_origin), not its total
    text = _lines("external/raw/d67_macaonews-brazil-china-2023.txt", 1, 7)
    f = [x for x in figures_of_text(text, "t", "web", pub_year=2023) if x.figure == "13.5 percent"][-1]
    assert (f.reporter_iso3, f.partner_iso3, f.measure) == ("BRA", "CHN", "imports")
    assert _rule(f) == "demonym_origin"


def test_chinese_imports_to_india_are_indias_imports_from_china():
    # businesstoday.in ("India's imports from China grew by 8% from 2014", 2022-02-03), its first paragraph
    text = ("Chinese imports to India have increased by 7.94 per cent from $60.41 billion in 2014-15 to $65.21 billion "
            "in 2020-21, according to the Lok Sabha reply by the commerce minister based on data by the Directorate "
            "General of Commercial Intelligence and Statistics(DGCI).")
    f = _figure(text, "$65.21 billion", 2022, title="India's imports from China grew by 8% from 2014")
    assert (f.reporter_iso3, f.partner_iso3, f.measure) == ("IND", "CHN", "imports")
    assert _rule(f) == "demonym_origin"


def test_a_demonyms_imports_on_its_own_countrys_page_stay_its_total():
    # statista.com ("Import of goods to China 2012-2022"): "Chinese imports" on a page about China are China's own
    # (reporter demonym_flow), so demonym_origin keeps out and the figure is China's total
    text = ("In 2015, Chinese imports went down by 13.2 percent due to the global uncertainty following several "
            "geopolitical conflicts, disease outbreaks, and terrorism, according to the commerce minister of China.")
    f = _figure(text, "13.2 percent", 2022, title="Import of goods to China 2012-2022")
    assert (f.reporter_iso3, f.partner) == ("CHN", "world")
    assert _rule(f) != "demonym_origin"


def test_places_after_those_of_own_the_same_flow_to_the_frames_counterpart():
    # indonesiatribune (ANTARA; the external set's tuned page d56): "Last year, Indonesia's exports to China were below
    # those of Vietnam, at US$69.5 billion; Malaysia, US $66.7 billion; and Thailand, US$43.billion." (rule those_of)
    text = _lines("external/raw/d56_indonesiatribune-indonesia-china-2020.txt", 1, 9)
    for figure in ("US$69.5 billion", "US $66.7 billion", "US$43.billion"):
        f = _figure(text, figure, 2021)
        assert f.partner_iso3 == "CHN", figure
        assert _rule(f) == "those_of"


def test_a_bare_flow_split_by_counterpart_in_the_next_sentence_is_the_total():
    # publika.md (the external set's tuned page d45, titled on Moldova and the EU): "Imports grew by 20 percent and
    # reached 4.8 billion dollars. The value of goods brought from the EU was $ 2.4 billion, and ... were imported from
    # the CIS.": the whole the parts split is Moldova's total, not the page's pair (rule whole_before_parts)
    text = _lines("external/raw/d45_publika-moldova-eu-2017.txt", 1, 11)
    for figure in ("20 percent", "4.8 billion dollars"):
        f = [x for x in figures_of_text(text, "t", "web", pub_year=2018) if x.figure == figure][-1]
        assert (f.reporter_iso3, f.partner, f.measure) == ("MDA", "world", "imports"), figure
        assert _rule(f) == "whole_before_parts"
    # its parts keep their counterparts
    f = _figure(text, "$ 2.4 billion", 2018)
    assert f.partner == "European Union"


def test_two_places_joined_by_and_carry_neither():
    # japantimes (the external set's tuned page d54): "... with sales to the U.S. and EU nearly flat. Japan had a goods
    # trade surplus of ¥797.3 billion for the month.": the surplus is Japan's total, not with the EU named last (carry
    # rule pair_list_not_carried; the figure falls to default_world)
    text = _lines("external/raw/d54_japantimes-japan-us-china-2018.txt", 1, 22)
    f = _figure(text, "¥797.3 billion", 2018)
    assert (f.reporter_iso3, f.partner) == ("JPN", "world")

