"""The series built from the embedded corpus: Belarus's flows with its partners, each
cell leading back to sentences that state it."""
from pathlib import Path

import pandas as pd
import pytest

from tradeflows.dataset import build as dataset

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    assert dataset.build(ROOT / "data" / "raw", out) == 0
    return (pd.read_parquet(out / "series.parquet"),
            pd.read_parquet(out / "figures.parquet").set_index("figure_id"))


@pytest.mark.parametrize("partner,flow,year,usd", [
    ("IRN", "turnover", 2021, 33.3e6),    # 001: "amounted to $33.3 million"
    ("IRN", "turnover", 2022, 100e6),     # 001: "in 2022, Belarus and Iran traded $100 million"
    ("CHN", "turnover", 2020, 4.5e9),     # 003: "exceeded $4.5 billion"
    ("MNG", "exports", 2020, 12e6 * 1.141),  # 001: "for about 12 million euros", EUR 2020 at 1.141 USD
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
