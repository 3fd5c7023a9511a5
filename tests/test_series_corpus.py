"""The series built from the embedded corpus: Belarus's flows with its partners, each
cell leading back to sentences that state it."""
from pathlib import Path

import pandas as pd
import pytest

from tradeflows.dataset import build as dataset
from tradeflows.pipeline import parse_document

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    assert dataset.build(ROOT / "data" / "raw", out, parse=parse_document) == 0
    return (pd.read_parquet(out / "series.parquet"),
            pd.read_parquet(out / "figures.parquet").set_index("figure_id"))


@pytest.mark.parametrize("partner,flow,year,usd", [
    ("IRN", "turnover", 2021, 33.3e6),    # 001: "amounted to $33.3 million"
    ("IRN", "turnover", 2022, 100e6),     # 001: "in 2022, Belarus and Iran traded $100 million"
    ("CHN", "turnover", 2020, 4.5e9),     # 003: "exceeded $4.5 billion"
    ("PAK", "turnover", 2020, 52.2e6),    # 003: "$52.2 million, which is 4% more than in 2019"
    ("VNM", "turnover", 2022, 180e6),     # 001: "last [2022] year ... $180 million"
])
def test_belarus_partner_cells(built, partner, flow, year, usd):
    series, figures = built
    cell = series[(series.reporter_iso3 == "BLR") & (series.partner_iso3 == partner)
                  & (series.flow == flow) & (series.year == year)]
    assert len(cell) >= 1
    assert any(abs(v - usd) <= 0.01 * usd for v in cell.value_usd)
    for ids in cell.figure_ids:
        for fid in ids:
            fig = figures.loc[fid]
            # the way back: the figure's surface text stands in the sentence it came from
            assert fig.figure.split()[-1] in fig.sentence
            assert fig.reporter_iso3 == "BLR" and fig.partner_iso3 == partner and fig.year == year


def test_series_is_country_level_only(built):
    # regions', companies' and exchanges' flows stay in figures.parquet
    series, figures = built
    for row in series.itertuples():
        for fid in row.figure_ids:
            assert dataset.is_country_itself(figures.loc[fid].reporter, row.reporter_iso3)


# ------------------------------------------------------------------ known leaks

BOOK, NEWS = "001_f541c9b7c73f1bbf.txt", "003_af7687762862a3f2.txt"


@pytest.fixture(scope="module")
def built_all(tmp_path_factory):
    out = tmp_path_factory.mktemp("out_all")
    assert dataset.build(ROOT / "data" / "raw", out, parse=parse_document) == 0
    figures = pd.read_parquet(out / "figures.parquet")
    figures["doc"] = figures["doc"].astype(str)
    return (pd.read_parquet(out / "series.parquet"), figures,
            pd.read_parquet(out / "series_entities.parquet"))


def _figure(figures, doc, line, surface):
    rows = figures[(figures.doc == doc) & (figures.line == line) & (figures.figure == surface)]
    assert len(rows) == 1, (doc, line, surface)
    return rows.iloc[0]


def _in_national_panel(series, figure_id) -> bool:
    return any(figure_id in list(ids) for ids in series.figure_ids)


# Real sentences of the founding corpus whose figures are not the country's own,
# full-year, actual trade. Each must stay out of series.parquet, for the reason given.
LEAKS = [
    # the commodity exchange's deals, not Belarus's trade with the partner
    (BOOK, 12555, "just over $ 1 million", "organization"),   # "the amount of transactions ... in 2022"
    (BOOK, 12556, "almost $ 18 million", "organization"),     # ... "to almost $ 18 million in 2023"
    (BOOK, 12624, "$5.2 million", "organization"),            # "transactions of Uzbek participants"
    (BOOK, 14496, "$9.6 million", "organization"),            # "the turnover of Turkish traders doubled"
    (BOOK, 14496, "$20.8 million", "organization"),
    (BOOK, 14821, "$ 28 million", "organization"),            # Singapore: "transactions they concluded"
    (BOOK, 13582, "about 135 million dollars", "organization"),  # "transactions of Chinese traders"
    # a region's trade
    (BOOK, 1497, "exceeded two billion dollars", "subnational reporter"),  # "the Belarusian capital region"
    (NEWS, 1160, "exceeded 17 million dollars", "subnational reporter"),   # "the Belarusian region"
    (NEWS, 757, "ESTIMATED AT USD 12.2 MILLION", "subnational reporter"),  # "THE REGION'S FOREIGN TRADE"
    # a quarter of the exchange's trade
    (BOOK, 12960, "$56.3 million", "organization"),           # "first quarter [of 2024] ... to $56.3 million"
    # a target: "every chance of exceeding $1 billion in exports to Africa by next year [2025]"
    (BOOK, 9059, "exceeding $1 billion", "target"),
    # another country's statistics
    (BOOK, 14998, "$106 million", "another country"),         # Senegal: "this country imported"
    # Algeria's dairy imports "annually": the paragraph's "in 2024" (whole, after a meeting's single month) and
    # weak rules keep it out
    (BOOK, 9213, "tens of billions of dollars", "low confidence"),
    # a product's trade with a carried partner and a year dated by the footnote:
    # "Last year, these exports exceeded more than 500 million dollars" (food exports to China)
    (BOOK, 751, "more than 500 million dollars", "low confidence"),
    # "the first quarter" in force from the sentence before: "The export of Belarusian goods
    # during this period rose by 37.4% to $58.7 million"
    (NEWS, 1232, "$58.7 million", "partial year"),
    # the tractor plant's imports, in a quote dated by its footnote: "Another area is related
    # to the supply of components from China. Last year, imports from China amounted to $ 1.8 million"
    (BOOK, 725, "$ 1.8 million", "low confidence"),
    # one product's exports: "deliveries of dairy products (skimmed and whole milk powder
    # worth $347.6 thousand, whey worth $18.8 thousand), potash fertilizers ($328.5 thousand)"
    (BOOK, 419, "$347.6 thousand", "product"),
    (BOOK, 419, "$18.8 thousand", "product"),
    # (session 47: "And the value of exports of goods and services from Belarus last year amounted to almost fifty
    # billion dollars", the world total as the gold has it, enters by partner rule value_of_flow: no leak any more)
    # equipment only, and the measure comes from the sentence before: "the Mongolian partners
    # received "Belarusian equipment in 2020 for about 12 million euros"
    (BOOK, 4757, "about 12 million euros", "not a flow"),   # the sentence before's figure is a contract
]


@pytest.mark.parametrize("doc,line,surface,reason", LEAKS)
def test_known_leaks_stay_out_of_the_panel(built_all, doc, line, surface, reason):
    series, figures, _ = built_all
    fig = _figure(figures, doc, line, surface)
    assert fig.series_status == reason
    assert not _in_national_panel(series, fig.figure_id)


def test_another_countrys_world_turnover_is_never_belarus(built_all):
    # "in 2024 in Vietnam, ... The total import and export turnover of goods reached $786.29
    # billion": Vietnam's statistics; if it enters the panel, it is as Vietnam's
    series, figures, _ = built_all
    fig = _figure(figures, BOOK, 5562, "$786.29 billion")
    assert fig.reporter_iso3 == "VNM"
    for row in series.itertuples():
        if fig.figure_id in list(row.figure_ids):
            assert row.reporter_iso3 == "VNM"


@pytest.mark.parametrize("doc,line,surface", [
    # "The total amount is $20 million": a contract, not the 2023 turnover with Mongolia
    pytest.param(BOOK, 4721, "$20 million", marks=pytest.mark.xfail(strict=True)),
])
def test_known_misses_still_in_the_panel(built_all, doc, line, surface):
    series, figures, _ = built_all
    fig = _figure(figures, doc, line, surface)
    assert fig.series_status != "in" and not _in_national_panel(series, fig.figure_id)


def test_entities_have_their_own_table(built_all):
    # "... while the export of the Minsk region amounted to almost one billion."
    series, figures, entities = built_all
    fig = _figure(figures, BOOK, 1498, "almost one billion")
    assert fig.series_status == "subnational reporter"
    row = entities[entities.figure_ids.map(lambda ids: fig.figure_id in list(ids))]
    assert len(row) == 1
    r = row.iloc[0]
    assert (r.reporter_iso3, r.entity, r.entity_kind, r.partner_iso3, r.flow, r.year, r.value_usd) == (
        "BLR", "Minsk Region", "region", "CHN", "exports", 2022, 1e9)
    assert not _in_national_panel(series, fig.figure_id)
    # "Sakhalin Region's foreign trade turnover in 2020 was $12.2 million": a Russian
    # region's own total, filed under Russia whatever the page's reporter
    fig = _figure(figures, NEWS, 755, "$12.2 million")
    row = entities[entities.figure_ids.map(lambda ids: fig.figure_id in list(ids))].iloc[0]
    assert (row.reporter_iso3, row.entity, row.partner, row.flow, row.year) == (
        "RUS", "Sakhalin Oblast", "world", "turnover", 2020)
    # no figure of the entities' table is in the national panel
    for ids in entities.figure_ids:
        assert not any(_in_national_panel(series, fid) for fid in ids)


def test_every_figure_has_one_series_status(built_all):
    from tradeflows.dataset.series import IN, REASONS
    _, figures, _ = built_all
    assert set(figures.series_status) <= {IN, *REASONS}
    series, _, _ = built_all
    admitted = set(figures.figure_id[(figures.series_status == IN) & (figures.kind == "money")])
    in_cells = {fid for ids in series.figure_ids for fid in ids}
    assert in_cells == admitted


def test_min_confidence_admits_weak_rules_that_clear_it(built_all):
    # "Last year, imports from China amounted to $ 1.8 million": the year is dated by the
    # quote's footnote (a weak rule), confidence 0.93 (its basis the context's since session 40's rule
    # footnote_year_in_context: the period the text set just before names that year too)
    from tradeflows.dataset.series import DEFAULT_MIN_CONFIDENCE, series_status, weak_rules_of
    _, figures, _ = built_all
    fig = {k: None if isinstance(v, float) and v != v else v      # NaN (pandas) -> None
           for k, v in _figure(figures, BOOK, 725, "$ 1.8 million").to_dict().items()}
    assert weak_rules_of(fig) == ["year:relative_footnote"] and fig["confidence"] == 0.93
    assert series_status(fig, DEFAULT_MIN_CONFIDENCE) == "low confidence"
    assert series_status(fig, 0.93) == "in"
