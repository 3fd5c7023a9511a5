"""speedW69 (cost, byte-identical): find_times reads a stretch's capitalised month stems once
(TriggerIndex.capital_stems) and tries its first month name and the month keys (two_months, abbr, abbr_word,
abbr_range's places, abbr_month_year) at those places only, instead of searching the stretch for each. These tests
compare the answers at the stems with the searches (the path taken without an index) on constructed sentences
(labelled: no rule is added, so no outside sentence is needed) and on random strings of month-like pieces."""
import random

import tradeflows.facts.periods as P
from tradeflows.vocab.lowercase import lower_text

# constructed sentences: month names, abbreviations, lower-case stems ("market", "may", "decline"), capitals that
# open no month ("MAR", "Mayor"), ranges and years
SENTENCES = [
    "Exports rose in March 2023 and fell in the market in May; the decline from Jan-Mar 2022 was 5%.",
    "In the Jul-Mar period of FY23, imports stood at $5 billion, against Dec 2021 figures (Sept. 2020: $4bn).",
    "From January to October 2019, trade grew, but the Mayor said MAR and DEC data differ from Nov 1 to Nov 20.",
    "the quarter to June, Aug/Sep 2021, Oct through Dec, Feb 2018-Apr 2019 and JanFeb glued.",
    "No month here, only 2020 and 1999 figures of $3.5 billion.",
]


def _stretch(text: str, start: int, end: int, indexed: bool) -> P._Stretch:
    low = lower_text(text)
    places = P.TriggerIndex(low).capital_stems(text, start, end) if indexed else None
    stretch = text[start:end]
    stems = bool(places) if indexed else P._month_name_re().search(stretch) is not None or \
        P._ABBR_NAME_RE.search(stretch) is not None
    name = P._first_month_name(stretch, start, places) if stems else None
    return P._Stretch(text, start, end, stretch, low[start:end], True, True, stems, name, places)


def _answers(s: P._Stretch) -> tuple:
    name = s.month_name
    return (None if name is None else name.span(), name is not None and s.two_months, s.abbr, s.abbr_word,
            P._abbr_range_key(s.stretch, s.abbr_places()), s.abbr_month_year(P._KEYS["abbr_month_year"]))


def _check(text: str, start: int, end: int) -> None:
    fast, searched = _stretch(text, start, end, True), _stretch(text, start, end, False)
    if not fast.stems:
        # (no capitalised stem: find_times asks none of these keys, and the search finds no name or abbreviation)
        assert searched.month_name is None and P._ABBR_NAME_RE.search(text[start:end]) is None
        return
    assert _answers(fast) == _answers(searched), (text, start, end)


def test_stem_places_answer_as_the_searches():
    for text in SENTENCES:
        for start in range(0, len(text), 7):
            for end in range(start + 1, len(text) + 1, 11):
                _check(text, start, end)
            _check(text, start, len(text))


def test_stem_places_on_random_pieces():
    rng = random.Random(69)
    pieces = ["Jan", "January", "Mar", "March", "May", "Sept", "Sep.", "Dec", "Oct", "market", "may", "MAR", "-", "–",
              "/", " to ", " through ", " ", "2021", "19", "5", ", ", ".", "x", "Feb", "June", "Jul"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        start = rng.randint(0, len(text) - 1)
        _check(text, start, rng.randint(start + 1, len(text)))


def test_first_month_name_is_the_searched_one():
    text = "The market in May rose; in MARCH and March 2020 it fell."
    low = lower_text(text)
    places = P.TriggerIndex(low).capital_stems(text, 0, len(text))
    assert P._first_month_name(text, 0, places).group() == "May"
    assert P._first_month_name(text, 0, places).span() == P._month_name_re().search(text).span()
    # a name cut by the stretch's end is no name in it
    cut = text.index("March ") + 3
    sub = [p for p in places if p < cut - 2]
    assert P._first_month_name(text[:cut], 0, sub).group() == "May"
