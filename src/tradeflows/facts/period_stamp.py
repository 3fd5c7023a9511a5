"""A page's date stamp: a sentence that is a day's full date, or opens on one with the clock time after it ("17 March,
2026, 7:43 am", "Thursday, Dec 20, 2018 18:28", "24/08/2025"), is when the page was written, printed or read, no
period of the figures after it (rule date_stamp: it leaves no period in force)."""
from __future__ import annotations


from tradeflows.facts.context import Doc
from tradeflows.vocab.patterns import EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

# a weekday or a month as any word of letters, so that a stamp in another language reads too ("Lunes 2 de Octubre 2023"
# atop latinvex.com's story of 2016, "Воскресенье, 7 июня 2020, 12:56"); the English month names and abbreviations are
# words of letters as well (vocab/en/months.csv)
# (capitalised, or in lower-case Cyrillic as Russian writes its months: "Exports 12 billion 2016" is no stamp)
_WORD = r"(?:[A-ZÀ-ÞА-ЯЁ][^\W\d_]{2,}\.?|[а-яё]{3,}\.?)"
_WEEKDAY = rf"(?:{_WORD}\s?,?\s+)"   # ("Sunday , June 13 2021", uneath.com)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_PARTICLE = r"(?:[^\W\d_]{1,2}\s+)?"   # a short word between: "2 de Octubre de 2023"
_DATE = rf"(?:{_DAY}\s+{_PARTICLE}{_WORD},?\s+{_PARTICLE}{_YEAR}|{_WORD}\s+{_DAY},?\s+{_YEAR}|\d{{1,2}}[./-]\d{{1,2}}[./-]{_YEAR})"
_CLOCK = r"[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?)?"
_OPENING = rf"[^\w\n]*{_WEEKDAY}?{_DATE}"
# the date alone, or the clock right after it (whatever the line says after that: the site's weather, a time zone);
# or the clock before the date, after a wire's credit: "(Xinhua) 10:51, July 13, 2023" (en.people.cn), "Xinhua) 11:20, May
# 24, 2024" (its bracket lost), a line of nothing else (rule date_stamp, branch clock_first)
_CREDIT = r"(?:[A-Z][\w .&-]{1,30}\)\s*)?"
_STAMP = skip_compile(rf"{_OPENING}(?:[^\w\n]*$|[\s,|-]+(?:at\s+)?{_CLOCK}\b)"
                      rf"|[^\w\n]*{_CREDIT}{_CLOCK},?\s+{_WEEKDAY}?{_DATE}[^\w\n]*$")


def is_stamp(sentence: str) -> bool:
    """Whether a sentence's text is a page's date stamp (rule date_stamp)."""
    return _STAMP.match(sentence.rstrip()) is not None


def date_stamp(d: Doc, si: int) -> bool:
    """Whether sentence si of d is a page's date stamp (rule date_stamp)."""
    s, e = d.c.sentences[si]
    text = d.text
    while e > s and text[e - 1].isspace():
        e -= 1   # (is_stamp's rstrip, read in place: _STAMP matched within [s, e) of the text, no copy of the sentence)
    return _STAMP.match(text, s, e) is not None


# "Kenyan President Uhuru Kenyatta (l) meets with Chinese Premier Li Keqiang (r) at the Great Hall of the People on
# August 20, 2013, in Beijing, China. Photo: Getty Images." (tuko.co.ke, data/web63 tuned page dl05): a line closed by
# a picture's credit is a caption; the day the picture was taken is no period of the figures after it (rule
# caption_credit_line; row caption_credit_end, searched in the sentence's line)
_caption_credit_end = EnglishCue("caption_credit_end")
CREDIT_TAIL = 64   # characters at a line's end a credit fits in ("Photo: " or "Picture credit: ", 40 of its own, the stop)


def caption_line(d: Doc, si: int) -> bool:
    """Whether sentence si of d stands on a line closed by a picture's credit (rule caption_credit_line)."""
    s, e = d.c.sentences[si]
    text = d.text
    hi = text.find("\n", e)
    hi = len(text) if hi < 0 else hi
    # (the credit closes the line: only its last CREDIT_TAIL characters are searched, not a paragraph-long line; a
    # line holds no colon there, no credit)
    lo = max(text.rfind("\n", 0, s) + 1, hi - CREDIT_TAIL)
    if text.find(":", lo, hi) < 0:
        return False
    return cue("caption_credit_end", _caption_credit_end()).search(text, lo, hi) is not None
