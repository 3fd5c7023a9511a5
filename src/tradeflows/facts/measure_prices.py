"""A rate that is the change of prices, not of a flow's value (rule price_change; GUIDELINES: measure other): prices
as the subject right before the rate, a change "in" prices right after it, or a flow cue before it that only names
which prices (flow_price). facts/measure.py and facts/world.py ask."""
from __future__ import annotations

import re

from tradeflows.records import Figure
from tradeflows.vocab.patterns import EnglishCue, cue

# the prices as the subject of the change right before a rate: "prices declined 0.5 per cent", "prices were up 1.0%",
# "export prices are up 34%" (rule price_change)
# ("Prices of exports were 4.5% higher", "prices of exports were up 4.7%, whilst prices of imports are 3.9% higher", Hong
# Kong Business: the prices of a flow named after "of", a copula alone right before the rate, rule price_change; not "at
# current prices was 19.2% more", lsm.lv, the value's change)
_prices_changed = EnglishCue("prices_changed", re.I)


# a price index's subject named with what it is of ("general prices for export commodities on average increased by",
# "prices for imported commodities increased by", "the Import Price Index rose by"; timesgh.com, newsrebeat, session 49)
_prices_of_changed = EnglishCue("prices_of_changed", re.I)
# a change noun right after the rate and "in" the prices: "a 7.2% drop in international prices for the exported goods",
# "a 13.6% uptick in gold prices" (cepal.org, norvanreports; session 49)
_change_in_prices = EnglishCue("measure_prices_change_in_prices", re.I)


# a flow word that only names which prices the rate is of: "Import prices from mainland China (+5.3%), the US (+2.6%)",
# "export prices to all main destinations increased: India (7.5%), ...", "Prices for imports from Canada increased 1.4
# percent, from the European Union 0.3 percent" (bls.gov): the flow cue a rate takes before it qualifies the prices, so
# every item of the list is a price change, not only the one next to "prices"; so is a flow cue a few words after
# "prices to" ("export prices to all main destinations", hongkongbusiness.hk) (rule price_change, flow_price form)
_flow_then_prices = EnglishCue("flow_then_prices", re.I)
_prices_then_flow = EnglishCue("prices_then_flow", re.I)


# the volumes named between those prices and the rate: the rate is theirs ("export prices decreased 2.4% and volumes
# were down 1.4%", Statistics Canada)
_volumes = EnglishCue("measure_prices_volumes", re.I)


def flow_price(text: str, f: Figure, cue_span) -> bool:
    """Whether the flow cue before a rate names the prices it is of: "import prices", "prices for imports"."""
    return f.kind == "growth" and cue_span is not None and (
        cue("flow_then_prices", _flow_then_prices()).match(text, cue_span[1]) is not None
        or cue("prices_then_flow", _prices_then_flow()).search(text, max(0, cue_span[0] - 50), cue_span[0]) is not None) \
        and _volumes().search(text, cue_span[1], f.clean_start) is None


def price_change(text: str, f: Figure, s_start: int) -> bool:
    """A rate whose subject right before it is the prices: "while prices declined 0.5 per cent", "prices for imported
    commodities increased by 11.5 per cent", or a change "in" the prices right after it: "a 13.6% uptick in gold prices"
    (rule price_change)."""
    if f.kind != "growth":
        return False
    lo = max(s_start, f.clean_start - 60)
    return (_prices_changed().search(text, lo, f.clean_start) is not None
            or _prices_of_changed().search(text, max(s_start, f.clean_start - 90), f.clean_start) is not None
            or _change_in_prices().match(text, f.clean_end) is not None)
