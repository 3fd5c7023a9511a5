"""Number notation: which mark is decimal, and digits in every grouping news uses.

Outlets differ: "26,6 billion euros" and "$152,1 million" write a decimal comma,
"1,246.7 million" a thousands comma. A number like "1,858" is ambiguous on its
own, so the decimal mark is decided once per document from its unambiguous
numbers next to a scale word or "%" (a comma or point followed by one or two
digits; a full "1,234.5" or "1.234,5"), the majority winning, a tie reading
the point as decimal. Unambiguous numbers are read as written whatever the
document decided. Indian and Pakistani outlets group lakhs and crores
("Rs. 1,74,559.49 Crore", "12,95,935.38"): read as one number with a decimal point.
Spaced thousands ("$ 1 246.7 million", also with no-break
or narrow no-break spaces) are read only right after a currency sign, where a
space cannot separate two numbers.
"""
from __future__ import annotations

import re
from decimal import Decimal

POINT, COMMA = ".", ","

_SCALE_OR_PCT = (r"(?=\s?(?:%|per\s?cent|[mbtr]illion|bn|mn|mln|bln|tn|trn|trln|thousand|crore|lakh"
                 r"|млн|млрд|трлн|тыс|миллион|миллиард|триллион)(?![a-z]))")
# anchored on the mark itself (a rare character), so one scan of a document is cheap
# Russian typography groups thousands with spaces, so any comma before a Russian scale
# word ("1,205 миллиарда") is a decimal comma
_COMMA_EVIDENCE = re.compile(rf",(?<=\d,)(?:\d{{1,2}}{_SCALE_OR_PCT}|(?<=\d\.\d{{3}},)\d"
                             r"|\d+(?=\s?(?:млн|млрд|трлн|тыс|миллион|миллиард|триллион))"
                             # "10, 2 млрд. долларов", "+19, 3%": a decimal comma a page's typography spaced (rule
                             # spaced_decimal; inside the group, so the search still starts only at a comma)
                             r"|(?<!\d\d\d\d,) \d{1,3}(?:%|\s?(?:млн|млрд|трлн|тыс)))", re.I)
_POINT_EVIDENCE = re.compile(rf"\.(?<=\d\.)(?:\d{{1,2}}{_SCALE_OR_PCT}|(?<=\d,\d{{3}}\.)\d)", re.I)

_SPACE = "[ \u00a0\u202f\u2009]"
_SPACED = re.compile(rf"\d{{1,3}}(?:{_SPACE}\d{{3}})+(?!\d)(?:[.,]\d+)?")
_POINT_READ = re.compile(
    r"(?P<tc>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)"  # 1,74,559.49 (Indian lakh grouping)
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d))"             # 1,246.7 (thousands comma)
    r"|(?P<dc>\d+,\d{1,2})(?![\d]|,\d)"                  # 26,6 (a decimal comma, unambiguous)
    r"|(?P<pt>\d+(?:\.\d+)?)")
_COMMA_READ = re.compile(
    r"(?P<td>\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?!\d)|\d{1,3}\.\d{3},\d+)"  # 1.246.700 / 1.246,7
    r"|(?P<tc>\d{1,3}(?:,\d{3})+\.\d+)"                 # 1,246.7 is unambiguous anywhere
    r"|(?P<dc>\d+,\d+)"                                  # 1,858 -> 1.858 in a decimal-comma text
    r"|(?P<pt>\d+(?:\.\d+)?)")


def decimal_mark(text: str) -> str:
    """The document's decimal mark: "," when its unambiguous numbers mostly say so, else "."."""
    if "," not in text:
        return POINT
    commas = sum(1 for _ in _COMMA_EVIDENCE.finditer(text))
    if not commas:
        return POINT
    points = sum(1 for _ in _POINT_EVIDENCE.finditer(text))
    return COMMA if commas > points else POINT


def read_digits(text: str, pos: int, mark: str = POINT, spaced: bool = False) -> tuple[Decimal, int]:
    """(value, end) of the number written in digits at pos, in the document's notation."""
    if spaced:
        m = _SPACED.match(text, pos)
        if m:
            s = re.sub(_SPACE, "", m.group())
            return Decimal(s.replace(",", ".")), m.end()
    m = (_COMMA_READ if mark == COMMA else _POINT_READ).match(text, pos)
    g = m.lastgroup
    s = m.group()
    if g == "tc":
        s = s.replace(",", "")
    elif g == "td":
        s = s.replace(".", "").replace(",", ".")
    elif g == "dc":
        s = s.replace(",", ".")
    return Decimal(s), m.end()
