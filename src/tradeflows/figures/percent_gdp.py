"""A signed percent of GDP is a level told as a share of the economy, its sign the level's (a deficit), no rate of
change (rule share_of_gdp_signed): "the export-import balance in actual prices was -5.5% of GDP". figures/percent.py
asks first in its sieve, only where " of " follows the percent."""
from __future__ import annotations

import re

from tradeflows.figures.kinds import round_pct, sign_before
from tradeflows.vocab.patterns import EnglishCue

# right after a percent, the economy it is a share of ("of GDP", "of the country's GDP"; the row share_of_gdp_by reads)
_of_gdp_after = EnglishCue("percent_of_gdp_after", re.I)


def signed_share_of_gdp(p) -> tuple | None:
    """("share", |value|, |high|, rule, end) of a percent written with a sign and followed by "of GDP", else None."""
    if p.text[p.end:p.end + 4] != " of " or _of_gdp_after().match(p.text, p.end) is None:
        return None
    if sign_before().search(p.text, max(p.s_start, p.pos - 3), p.pos) is None:
        return None
    return ("share", round_pct(p.value), round_pct(p.high) if p.high is not None else None, "share_of_gdp_signed",
            p.end)
