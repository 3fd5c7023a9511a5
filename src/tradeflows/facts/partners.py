"""Partner rules: a figure's counterpart, each rule one small function tested alone.

A rule returns (name, iso3) to decide (NONE for "decided: no counterpart") or None to pass
the figure on; facts/sieves.py keeps their order. A partner named in the figure's own list
item or frame beats one named elsewhere in the sentence, which beats one carried from
earlier sentences, the page's title and opening, and last the world.

The rules live in three modules by how far from the figure they read, over one shared
reading of the window's places (partners_candidates); this module gathers them under one
name, so that the sieve and the modules that share their constants import them from here:
  partners_item      the figure's own item: list_item, respectively, respectively_after, right_after, shares
  partners_sentence  its sentence: frame, intra_bloc, extra_bloc, bloc_anaphor, region_anaphor, anaphor_dest,
                     demonym_origin, those_of, sentence
  partners_carried   beyond it: previous_counterpart, mirror_flow, frame_carried, carried, pair_continued, section_goal,
                     head
  partners_list      beyond it: list_anaphor ("these countries" after a list of places)
  partners_residual  its item: residual_item ("and other countries with 20.89 percent"), residual_after, residual_pair
                     ("the deficit between Canada and all other countries")
  partners_pair      its item: pair_item ("Chile and Bolivia, 4% each")
"""
from __future__ import annotations

from tradeflows.facts.partners_candidates import (  # noqa: F401
    ANAPHOR_DET, ANAPHOR_NOUN, ANAPHORIC, CARRY_SENTENCES, DESCRIPTOR_BEFORE, EVENT_NAME_AFTER,
    EVENT_PLACE_BEFORE, FLOW_MEASURES, HEAD_REACH, NONE, PART_BEFORE, RANKED_AHEAD_BEFORE,
    LIST_SEP, OWN_FIGURE_AFTER)
from tradeflows.facts.partners_item import (  # noqa: F401
    bracket_part, change_in_flow_to, exporter_counterpart, flow_owner, list_item, member_counterpart, origin_item_counterpart,
    possessive_share, ranked_with,
    respectively, respectively_after, paired_places,
    respectively_followed, respectively_previous,
    right_after, share_of_bloc_flow, share_of_flow_to, share_owner, share_subject, share_to_trade)
from tradeflows.facts.partners_sentence import (  # noqa: F401
    NEXT_ITEM_COST, anaphor_dest, displaced_market, bloc_anaphor, demonym_origin, frame, those_of, intra_bloc, intra_regional, bloc_mutual_partner, extra_bloc, place_cost, region_anaphor_dest, region_name_anaphor_dest, sentence,
    with_it)
from tradeflows.facts.partners_carried import (  # noqa: F401
    BILATERAL, OWN_FLOW_RULES, carried, previous_counterpart, frame_carried, head, mirror_flow, reverse_flow, pair_continued, pair_part, ranked_before,
    section_goal, share_in_total)
from tradeflows.facts.partners_list import list_anaphor  # noqa: F401
from tradeflows.facts.partners_pair import pair_item  # noqa: F401
from tradeflows.facts.partners_residual import residual_after, residual_item, residual_pair  # noqa: F401
