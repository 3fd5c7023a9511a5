"""Partner rule group_member_counterpart: the counterpart of a figure whose listed owner reporter rule
group_member_item gave ("из семи европейских государств экспорт в Россию превысил февральские значения: Словения- 37%":
Russia, not the item listed before Slovenia); see facts/reporters_group_item.py."""
from __future__ import annotations

from tradeflows.facts.reporters_group_item import group_item_and_counterpart


def group_member_counterpart(cl):
    """The counterpart the list's head names behind a preposition ("экспорт в Россию", "из России ... импорт"), for a
    figure whose reporter rule group_member_item decided (rule group_member_counterpart), else None."""
    if cl.reporter_rule != "group_member_item":
        return None
    found = group_item_and_counterpart(cl)
    return (found[1].name, found[1].iso3) if found is not None else None
