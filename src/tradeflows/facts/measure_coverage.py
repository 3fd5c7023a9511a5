"""A share that is a coverage ratio of exports to imports, not a share of one flow (rules coverage_ratio,
coverage_ratio_anaphor; GUIDELINES: measure other). facts/measure.py and facts/world.py ask."""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import NEVER, cue
from tradeflows.vocab.skip import skip_compile

# "import coverage", "imports coverage by total exports", "coverage of import with export", "the export-import ratio",
# "the export– import ratio", "ratio of exports to imports", "Export of goods as percent of imports", "percentage of the
# export covering of import" (rule coverage_ratio; the ratio forms session 49, web11, web13, web14, web17, web32)
_COVERAGE_BEFORE = skip_compile(r"\b(?:(?:imports?|exports?)(?:[-\s]+to[-\s]+(?:imports?|exports?))?[-\s]+coverage|"
                              r"coverage\s+(?:ratio|rate|of\s+(?:imports?|exports?))|covered\s+by\s+(?:exports|imports)|"
                              r"(?:exports?(?:\s*[-\u2013\u2014/]\s*|[-\s]+to[-\s]+)imports?|imports?(?:\s*[-\u2013\u2014/]\s*|[-\s]+to[-\s]+)exports?)\s+ratio|"
                              r"ratio\s+of\s+(?:the\s+)?(?:exports?\s+to\s+imports?|imports?\s+to\s+exports?)|"
                              r"exports?\s+(?:of\s+goods\s+)?as\s+(?:a\s+)?percent(?:age)?\s+of\s+imports?|exports?\s+covering)\b",
                              re.I)
_COVERAGE_AFTER = skip_compile(r"\s+of\s+(?:the\s+)?(?:imports|exports)\s+(?:were|was|is|are|being)\s+covered\s+by\b", re.I)


def covered(text: str, f) -> bool:
    """Whether a share is a coverage ratio ("Import coverage by exports reached 78.7 percent"): a coverage cue
    earlier in its sentence or "of imports were covered by" right after it (rule coverage_ratio; the language's rows of
    cues coverage_before and coverage_after: "Соотношение экспорта и импорта Турции ... составило 57,8%"). "В январе
    2019 года этот показатель увеличился до 84%": the indicator named back to, right after a sentence whose coverage
    ratio it is, is one too (rule coverage_ratio_anaphor; cue coverage_anaphor)."""
    lo = max(text.rfind(". ", 0, f.clean_start) + 1, text.rfind("\n", 0, f.clean_start) + 1, f.clean_start - 300)
    before = cue("coverage_before", _COVERAGE_BEFORE)
    if before.search(text, lo, f.clean_start) or cue("coverage_after", _COVERAGE_AFTER).match(text, f.clean_end):
        return True
    if lo > 1 and text[lo - 1] == "." and cue("coverage_anaphor", NEVER).search(text, lo, f.clean_start):
        prev = max(text.rfind(". ", 0, lo - 1) + 1, text.rfind("\n", 0, lo - 1) + 1, lo - 300)
        return bool(before.search(text, prev, lo))
    return False
