"""The sentence cues of the panel's admission rule: what a figure's own sentence says about it.

Pure functions of a figure row (its sentence, figure text, fields), used by dataset/series.py:
whether the reporter is the country itself or an entity (names, organizations vocabulary, entity
cues), whether the figure is one product's trade, a change of a level, a part of a year or a
fiscal year, a balance or the other flow by the words at it, and whether its partner is a
country, a bloc or the world (not a part of a country, an altered bloc or another flow's). Each
returns the name of the cue that holds, so a reason can be traced to its words.

The cues live in modules by what they are about, over one reading of where the figure stands
(cues_text); this module gathers them under one name for series.py, build.py and evaluate:
  cues_names     what kind of thing a name is (country, organization, region)
  cues_reporter  whose figure: an entity, a group of countries, another country's balance
  cues_measure   one product's trade, a change, a balance, the other flow
  cues_period    a part of a year, a fiscal year
  cues_partner   a partner that is no country, bloc or world as the row says
The cue modules compile their patterns with vocab.skip.skip_compile: re.compile's own code with a
first-character prefilter when sre gives it none (a pattern opening on \b or a look-behind), so a search over a
figure's window tries the pattern only where a match can start; every span and group is re.compile's
(tests/test_s48_speedA.py).
"""
from __future__ import annotations

from tradeflows.dataset.cues_text import CUE_WINDOW, number_tail  # noqa: F401
from tradeflows.dataset.cues_names import (  # noqa: F401
    country_label, entity_of, is_country_itself, m49, norm_name, reporter_class)
from tradeflows.dataset.cues_reporter import (  # noqa: F401
    CUE_REASON, balance_owner, company_subject, compared_owner, entity_cue, group_subject, own_balance, own_total, partner_source, rank_frame,
    balance_noun_owner, listed_subject, region_owner, reporter_as_counterpart, share_of_other, with_owner, world_subject)
from tradeflows.dataset.cues_measure import (  # noqa: F401
    balance_cue, conversion_cue, difference_cue, flow_cue, local_dollar, not_trade_rule, product_cue, product_rule,
    support_cue)
from tradeflows.dataset.cues_period import (  # noqa: F401
    base_year_confirms, fiscal_cue, multi_year_cue, multi_year_total, part_year_cue, per_year_cue, twelve_months_across, undated_base,
    years_ago_level)
from tradeflows.dataset.cues_partner import (  # noqa: F401
    group_partner_rule, joint_partner, other_flow_partner, pair_word_turnover, part_partner, partner_reason)
