"""A statistics office's name matched across any whitespace is looked up by the same folded key (vocab.fold).

`make fuzz` (session 60) found a KeyError in rule _agency_votes: the agency pattern matches "Stats NZ" across any run
of whitespace (vocab.alternation), but the table was keyed by the name case-folded only, so a narrow no-break space
("Stats\u202fNZ") or a line break between its words missed the key and dropped the page's figures with a warning."""
from tradeflows.errors import Warnings
from tradeflows.pipeline import figures_of_text

# http://usa.chinadaily.com.cn/business/2017-07/27/content_30266043.htm (the space inside "Stats NZ" replaced, as the
# fuzzer's mutation did, by U+202F; and, in the second case, by a line break)
TEXT = ("WELLINGTON — New Zealand dairy exports to China were up 102 percent in value to reach NZ$373 million ($277 "
        "million) in June, and up 63 percent in quantity, which boosts the country's exports, its statistics department "
        "Stats{sep}NZ said on Wednesday.\n")


def _read(sep: str):
    warnings = Warnings()
    figs = figures_of_text(TEXT.format(sep=sep), "page", "web", pub_year=2017, warnings=warnings)
    return warnings, {f.figure: f for f in figs}


def test_an_office_name_with_a_narrow_no_break_space_is_its_key():
    warnings, figs = _read("\u202f")
    assert list(warnings) == []
    f = figs["NZ$373 million"]
    assert (f.value, f.currency, f.reporter, f.partner) == (373e6, "NZD", "New Zealand", "China")


def test_an_office_name_broken_across_lines_reads_as_written_whole():
    """Odd case: the same figure and fields whichever whitespace the name holds."""
    a = _read(" ")[1]["NZ$373 million"]
    b = _read("\n")[1]["NZ$373 million"]
    assert list(_read("\n")[0]) == []
    assert (a.value, a.reporter, a.partner, a.year) == (b.value, b.reporter, b.partner, b.year)
