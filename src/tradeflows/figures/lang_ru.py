"""Russian figure rules, run after the shared engine (figures/extract.py) on a Russian text.

The shared engine already finds the money amounts (scale words and currency names of
vocab/ru join its registries) and every percent; what it cannot know is Russian
phrasing. These rules, each named in the figure's rule, read it from vocab/ru
(cues.csv, numbers.csv, quantity_units.txt):
  (a percent is "%" or the word: "на 5,2 процента", "на 37,7 проц")
  ru_growth_by        "на 5,2%", "почти на 20%": a change; its sign from the
                      change verb nearest before ("упал на 5,2%") or a comparative
                      after ("на 3% меньше");
  ru_growth_signed    "(+2,2%)": a signed percent is a change;
  ru_growth_adjective "58%-ый рост", "25%-ное снижение": a percent as the adjective of a change noun;
  ru_growth_index     "107,9% к уровню", "темп роста 107,9%": an index (100 = no
                      change), +7.9;
  ru_growth_index_base "66,8% от объемов ... в аналогичном периоде", "61% по сравнению с показателями
                      аналогичного периода": a percent against a base period, below 100 too, -33,2;
  ru_growth_range_ot_do "темпы роста ... в диапазоне от 4 до 9%": a range of percents after "от" in a clause of
                      change, a range of rates;
  ru_share_percent    "доля ... 11%", "26,6% общего объема", else any other percent;
  ru_growth_clause    a percent after a change verb of its clause ("рост 5%");
  ru_growth_colon_head "падение ускоряется: в 2022-м оно составляло 19,3%": a change noun heading
                      the words before a colon, the percents after it its rates;
  ru_share_change     "доля стран ЕС ... снизилась на 18%": a share's change by a percent, signed;
  ru_share_points     "доля снизилась на 1,5 п.п.": the engine's change of a share in
                      percentage points (its share_points), signed by the Russian change
                      verb nearest before it;
  ru_growth_points_rate "на 1,5 процентного пункта выше, чем темпы роста": points above or
                      below a growth rate, a difference of growth rates (growth, signed);
  ru_growth_multiple  "в 1,6 раза", "в два раза", "вдвое", "удвоил": a multiple,
                      (n - 1) * 100, or (1/n - 1) * 100 after a fall;
  ru_growth_fraction  "на треть", "почти на четверть";
  ru_growth_inverted_approx "рост показателей процентов на 10": the percent word before
                      "на" and its number, about that rate;
  ru_share_fraction   "2/3 от всех поставок";
  ru_share_fraction_word "одна треть всего экспорта", "половина товарооборота";
  ru_share_fraction_after_share "доля ... достигла почти половины", "приходится свыше половины";
  ru_money_scale_word "превысит миллиард долларов": a scale word alone is one of it;
  ru_money_suffixed_count "5-ти миллиардов долларов": a count in digits with a case ending
                      before the scale word (figures/lang_ru_extra.py);
  ru_money_implied    "до 5 миллиардов к 2020 году": a scaled number without currency
                      near a money figure takes its currency;
and four repairs of the engine's money figures: a compound amount ("1 миллиард 860,6
миллиона долларов", rule suffix ":compound"), a code after a scale's dot ("200 тыс.
BYN", rule ru_money_code_after_dot), spaced thousands ("12 571,1 миллиона",
rule suffix ":spaced_thousands") and a Russian qualifier before the amount ("свыше
$823 млн", "почти на $3 млрд").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate

from tradeflows.figures.currencies import Context as CurrencyContext, resolve
from tradeflows.figures.physical_respectively import physical_respectively
from tradeflows.figures.physical_title import physical_title
from tradeflows.figures.ru_base_head import HEAD_WINDOW, base_head_sign
from tradeflows.records import Figure
from tradeflows.text.clean import CleanText
from tradeflows.vocab import alternation, read_csv, read_lines
from tradeflows.vocab.patterns import NEVER, cue_in
from tradeflows.vocab.skip import skip_ahead

LANG = "ru"
# "12 с лишним", "5 с небольшим": a bit more than the number, the words between it and its unit (rule ru_percent_odd)
_ODD = r"(?:\s+с\s+(?:лишним|небольшим))"
LEFT_WINDOW = 150   # characters before a number read for its change verb or share word
# "..., древесины и изделий из нее - на 42,1%": an item of a list of changes, its verb further before
_LIST_ITEM_BY = re.compile(r"[-–—]\s*на\s+(?:\w+\s+)?$")
IMPLIED_SENTENCES = 2  # how many sentences back a money figure lends its currency


@lru_cache(maxsize=1)
def _vocab() -> dict:
    cues: dict[str, list[str]] = {}
    for r in read_csv("cues.csv", LANG):
        cues.setdefault(r["category"], []).append(r["cue"])
    words = {r["word"]: (Decimal(r["value"]), r["kind"]) for r in read_csv("numbers.csv", LANG)}
    by_kind = lambda k: [w for w, (_, kind) in words.items() if kind == k]  # noqa: E731
    # "более, чем": a comma may stand inside a qualifier
    qual = "|".join(f"(?P<{cat}>{_commas(alternation(cues[cat]))})" for cat in ("approx", "more_than", "less_than"))
    qual_plain = "|".join(_commas(alternation(cues[cat])) for cat in ("approx", "more_than", "less_than"))
    stems = lambda cat: alternation(cues[cat])  # noqa: E731
    units = "|".join(sorted(map(re.escape, by_kind("unit")), key=len, reverse=True))
    scale = r"(?:миллиард\w*|миллион\w*|триллион\w*|тысяч\w*|млрд|млн|трлн|тыс)"
    count_units = read_lines("quantity_units.txt", LANG)
    restated = cue_in(LANG, "restated_comparative", NEVER).pattern
    count_adj = cue_in(LANG, "count_unit_adjective", NEVER).pattern
    # skip_ahead: most of these open on a look-behind, which leaves sre no prefilter (the whole-page
    # scans of new_figures entered every position); the same matches
    return {k: skip_ahead(x) if isinstance(x, re.Pattern) else x for k, x in {
        "words": words,
        # the qualifier words of cues.csv as one alternation, for rules that read a gap a qualifier may stand in
        "qual_plain": qual_plain,
        # ("вырастет на порядка 25%" (novoye-vremya.com citing TASS): "на" before the qualifier too, group byq; rule
        # ru_growth_by)
        "left": re.compile(rf"(?:(?<![\w-])(?P<byq>на)\s+(?=(?:{qual_plain})[\s,]))?"
                           rf"(?:(?<![\w-])(?:{qual})[\s,]+)?(?:(?<![\w-])(?P<by>(?:еще\s+|ещё\s+|сразу\s+|всего\s+|лишь\s+)?на)\s+)?"
                           rf"(?P<sign>\+\s?|(?<![\w\d])[\-−]|(?<=\()[\-−–]\s?|[↑↓▲▼]\s?)?$", re.I),  # a minus only glued
        # ("Китай - 19,8%" lists), or right after a bracket ("Мальта (- 97% до 3,8 тыс. евро)"); an arrow ("▲ 9,2%")
        "up": re.compile(rf"(?<![\w-])(?:{stems('up')})(?!ов)\w*", re.I),
        "down": re.compile(rf"(?<![\w-])(?:{stems('down')})\w*", re.I),
        # ("что на 17 процентов (51,6 млн долларов) меньше", agroinform.tj; "на 5 процентов или на 3,2 миллиона долларов
        # больше"): the amount restating the percent may stand before its comparative, as English's _RESTATED (cue
        # restated_comparative of vocab/ru/patterns.csv; rules ru_growth_by, ru_growth_comparative)
        "up_right": re.compile(rf"(?:{restated})?\s*(?:{stems('up_right')})\b", re.I),
        "down_right": re.compile(rf"(?:{restated})?\s*(?:{stems('down_right')})\b", re.I),
        "share": re.compile(rf"(?<![\w-])(?:{stems('share')})\w*", re.I),
        "share_right": re.compile(rf"\s*(?:{stems('share_right')})\b", re.I),
        "index_right": re.compile(rf"\s*(?:{stems('index_right')})\b", re.I),
        "index": re.compile(rf"(?<![\w-])(?:{stems('index')})\b", re.I),
        "index_base_right": re.compile(rf"\s*(?:{stems('index_base_right')})\b", re.I),
        # ("на 15. 3%": a decimal mark the page spaced, as the engine read it; rule spaced_decimal)
        "percent": re.compile(rf"(\+\s?|[\-−])?(\d[\d\s\u00a0]*(?:[.,][ \u00a0]?\d+)?)(?:\s?%|{_ODD}?\s(?:процент(?:а|ов)?|проц)(?!\w)\.?)"),
        # "5,2 процента": the word the shared engine does not read; "на 12 с лишним процентов" (123ru.net): "с лишним"
        # ("odd") between the number and the word, more than the number (rule ru_percent_odd)
        # ("Экспорт вырос на 13.0 процента в сентябре": a decimal point too, as "%" reads it; rule ru_percent_word)
        # ("рост экспорта российских товаров в Латвию составил 12–13 процентов" (polit.info, data/ruweb40 co13): a dash
        # between two numbers before the word, group lo, is a range, its low end no larger than its high; rule
        # ru_percent_word:range)
        "pct_word": re.compile(rf"(?<![\w\d.,])(?:(?P<lo>\d+(?:[.,]\d+)?)\s?[-–—]\s?)?(\d+(?:[.,]\d+)?){_ODD}?\s"
                               rf"(?:процент(?:а|ов)?|проц)(?!\w)"),
        "odd": re.compile(rf"\d{_ODD}\s", re.I),
        # "на десять процентов": a count word before the percent word
        "pct_number_word": re.compile(rf"(?<![\w-])(?P<w>{units})\s+процент(?:а|ов)?(?!\w)", re.I),
        # "ожидаем рост показателей процентов на 10" (evrazesnews): the percent word put before "на" and its number, an
        # approximate rate, not after a number of its own ("5 процентов на 10 лет"), ending its clause (rule
        # ru_growth_inverted_approx, figures/lang_ru_extra.py)
        "pct_inverted": re.compile(rf"(?<![\w\d.,%-])(?<!\d\s)процент(?:ов|а)?\s+на\s+(?P<n>\d+(?:,\d+)?|{units})"
                                   r"(?=\s*(?:[.,;:!?»\")]|$))", re.I),
        # the core of each phrase; a qualifier before it is read by _qual_before
        # "в рекордные 3,3 раза": an adjective (cues.csv, multiple_adjective stems) may stand between "в" and the
        # number; "в 1.7 раза": a decimal point too (economist.kg)
        # ("в 2-3 раза больше вин", mybusiness.md: a range of multiples, its high end n2, rule ru_growth_multiple)
        "multiple": re.compile(rf"(?<![\w-])в\s+(?:(?:{stems('multiple_adjective')})\w*\s+)?(?P<n>\d+(?:[,.]\d+)?|{units})"
                               rf"(?:\s?[-–]\s?(?P<n2>\d+(?:[,.]\d+)?))?(?P<extra>\s+с\s+лишним)?\s+раза?\b", re.I),
        "multiple_word": re.compile(
            rf"(?<![\w-])(?:(?P<w>{alternation(by_kind('multiple'))})\b"
            rf"|(?P<v>{alternation(by_kind('stem_multiple'))})\w*)", re.I),
        # ("Наполовину увеличились поставки в Китай", bel-news.by: "на половину" written as one word, rule
        # ru_growth_fraction)
        "fraction": re.compile(rf"(?<![\w-])(?:(?:еще|ещё|сразу)\s+)?(?:на\s+|на(?=половину\b))"
                               rf"(?P<f>{alternation(by_kind('fraction'))})\b", re.I),
        # "одна треть всего экспорта", "половина товарооборота": a fraction word before the flow it is a part of
        # (not "на треть", a change: "fraction" above; rule ru_share_fraction_word); "более половины всех объёмов экспорта"
        # (etosibir): the volume word may stand before the flow
        # "почти половину приднестровского импорта", "более четверти общереспубликанского экспорта", "половина
        # казахстанской внешней торговли", "около трети от общего объёма торговли" (rule ru_share_fraction_word): any
        # adjective in the genitive (-ого/-его/-ой/-ей/-ых/-их) may stand before the flow, and "от" before them; not
        # "первую половину" of a year
        # (s50: "почти треть продукции промышленности – 28,4% суждено на российском рынке", glavpost.com.ua; "Более
        # половины произведенной продукции поставляется на внешние рынки", narovlya.by: a part of the goods made or sold,
        # "продукции", "товаров", as of a flow)
        # (s74 openB74: "Более половины контрактов, заключенных с января по август, пришлись на 10 стран", relocationtr,
        # ruweb49 dg09: a part of the contracts signed, "контрактов", "договоров"; "Это составило почти половину от общей
        # суммы, полученной республикой от иностранных путешественников", lada.kz, ruweb49 dg06: a part of "общей суммы",
        # the whole sum a flow brought, not of any "суммы"; rule ru_share_fraction_word)
        "fraction_share": re.compile(rf"(?<![\w-])(?<!на\s)(?<!первую\s)(?<!первой\s)(?<!вторую\s)(?<!второй\s)"
                                     rf"(?:одна\s+|одну\s+)?(?P<f>{alternation(by_kind('fraction'))})"
                                     rf"(?=\s+(?:от\s+)?(?:(?:всего|всей|всех|[а-яё]+(?:ого|его|ой|ей|ых|их)|объ[её]м\w*)\s+){{0,3}}"
                                     rf"(?:товарооборот|экспорт|импорт|торгов|поставок|оборот|продукци|товар|контракт|договор"
                                     rf"|(?<=общей\s)сумм)\w*)", re.I),
        # "доля торговли двух стран в нацвалютах достигла почти половины" (portofranko.ru), "на рубли приходится свыше
        # половины": a fraction word as what a share reached or what falls to a part, no flow word after it (rule
        # ru_share_fraction_after_share); its qualifier read by _qual_before
        "fraction_after_share": re.compile(
            rf"(?<![\w-])(?:(?:доля|долю)\s[^,;.%\d]{{0,100}}?(?:достигл|составил|составля|составит|превысил|превыша)\w*"
            rf"|приходится|пришлось|пришлась|приходилось|придется|придётся)\s+(?:(?:{qual_plain})[\s,]+)?"
            rf"(?P<f>{alternation(by_kind('fraction'))})(?![\w-])", re.I),
        "slash": re.compile(r"(?<![\d/.,])([1-9])/([1-9])(?![\d/])(?=\s+(?:от|всех|всего|общего|общей)\b)"),
        "scale_word": re.compile(r"(?<![\w\d.,])(?P<s>миллиард|миллион|триллион)(?:а|ов)?\b", re.I),
        # "три миллиарда", "более четырех миллиардов": a count word right before the scale word; "двухсот пятидесяти
        # миллионов": a run of up to three (hundreds, tens, units), summed by count_words_value
        "count_before": re.compile(rf"(?<![\w-])(?P<w>(?:{units})(?:\s+(?:{units})){{0,2}})\s+$", re.I),
        "scaled": re.compile(rf"(?<![\w\d.,])(?P<n>\d+(?:,\d+)?)\s(?P<s>{scale})\.?(?![\w])", re.I),
        # (a stem matches at a word's start, as Russian words inflect; an abbreviation of one or two letters, "т",
        # "кг", "кв", only as a whole word: "1,4 млрд товарооборота" is no count of tonnes, rule count_unit_abbr;
        # an adjective of the counted unit may stand between, "325,8 тыс. легковых автомобилей", rule
        # count_unit_adjective)
        "count_unit": re.compile(rf"\.?\s*(?:{count_adj})?(?:{alternation(u for u in count_units if len(u) > 2)}|"
                                 rf"(?:{alternation(u for u in count_units if len(u) <= 2)})(?![^\W\d_]))", re.I),
        # ("Поставки по этой товарной группе выросли на 36%, почти до $555 млн" (portofranko-vl.ru): the "до" of a level
        # reached may stand between the qualifier and the amount, as "на" of a sum does; so may the "в" of an estimate,
        # "этот показатель оценивался примерно в $9 млрд" (item.eu.com); rule suffix ":qual_prep")
        "qual_only": re.compile(rf"(?<![\w-])(?:{qual})[\s,]+(?:на\s+|(?P<prep>до|в)\s+)?$", re.I),
        # the first part of a compound amount, right before the engine's figure ("до $2 млрд 932,7 млн": with the
        # sign before it, the whole amount, not "$2 млрд" beside it; time-samara.ru); "составил 1млрд. 72 млн. долларов
        # США" (kabar.kg): the first part's scale glued to its number (rule suffix ":compound")
        # ("более чем на миллиард 300 миллионов долларов", publika.md: a scale word with no number of its own is one
        # of it, as "превысит миллиард долларов" is; rule suffix ":compound")
        "compound": re.compile(rf"(?<![\w\d.,$€])(?:[$€]\s?)?(?:(?P<n>\d+(?:,\d+)?)\s?)?(?P<s>{scale})\.?\s+$", re.I),
        # ("1 296 461 евро": the groups before the last one, each of three digits after the first)
        "spaced": re.compile(r"(?<![\d.,])(?<![\d.,][ \u00a0\u202f])(\d{1,3}(?:[ \u00a0\u202f]\d{3}){0,2})[ \u00a0\u202f]$"),
    }.items()}


def count_words_value(run: str, words: dict) -> tuple[Decimal, bool]:
    """(value, compound) of a run of count words: "двухсот пятидесяти" -> 250, a compound; a run not falling from
    hundreds to tens to units ("два три") is read by its last word alone."""
    vals = [words[w.lower()][0] for w in run.split()]
    rank = lambda x: 2 if x >= 100 else 1 if x >= 20 else 0  # noqa: E731
    if len(vals) > 1 and all(rank(a) > rank(b) for a, b in zip(vals, vals[1:])):
        return sum(vals, Decimal(0)), True
    return vals[-1], False


def _commas(alt: str) -> str:
    return alt.replace(r"\s+", r"[\s,]+")


_SCALES = {"тыс": 1e3, "тысяч": 1e3, "млн": 1e6, "миллион": 1e6, "млрд": 1e9, "миллиард": 1e9,
           "трлн": 1e12, "триллион": 1e12}


# the stems longest first (a stem before the shorter ones it begins: "тысяч" before "тыс"), sorted once, not per call
_SCALES_LONGEST_FIRST = tuple(sorted(_SCALES.items(), key=lambda kv: -len(kv[0])))


def scale_of(word: str) -> float:
    w = word.lower()
    for stem, v in _SCALES_LONGEST_FIRST:
        if w.startswith(stem):
            return v
    return 1.0


_NUMBER_SPACES = re.compile(r"[\s\u00a0]")


def ru_number(s: str) -> Decimal:
    return Decimal(_NUMBER_SPACES.sub("", s).replace(",", "."))


def ru_pct(x) -> float:
    return round(float(x), 2)


class Doc:
    def __init__(self, c: CleanText, doc: str, places):
        self.c, self.doc, self.text = c, doc, c.text
        self.starts = [s for s, _ in c.sentences]
        self.para_starts = [s for s, _ in c.paragraphs]   # (lang_ru_extra reads a list's paragraphs by them)
        self.currency = CurrencyContext(c.text, places)
        self.prev_pct: tuple[int, int, str, float] | None = None  # (sentence, end, rule, value) of the last percent

    def sentence(self, pos: int) -> tuple[int, int, int]:
        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return -1, 0, len(self.text)
        return (i,) + tuple(self.c.sentences[i])

    def make(self, start, end, kind, value, qual, rule, anchor, currency=None) -> Figure:
        c = self.c
        s_raw, e_raw = c.raw_span(start, end)
        _, ss, se = self.sentence(anchor)
        return Figure(doc=self.doc, char_start=s_raw, char_end=e_raw, line=c.line_of(c.offsets[anchor]),
                      figure=" ".join(self.text[start:end].split()), kind=kind, value=float(value),
                      currency=currency if kind == "money" else None, qualifier=qual or "exact",
                      rule=rule, clean_start=start, clean_end=end, sentence=self.text[ss:se])


def qualifier_of(m: re.Match | None) -> str | None:
    if m is None:
        return None
    for cat in ("approx", "more_than", "less_than"):
        if m.group(cat):
            return cat
    return None


def direction(v: dict, clause: str) -> str | None:
    up = [m.end() for m in v["up"].finditer(clause)]
    down = [m.end() for m in v["down"].finditer(clause)]
    if not up and not down:
        return None
    return "down" if down and (not up or down[-1] > up[-1]) else "up"


# a finite past verb's ending ("сократился", "снизилась", "упали", "вырос"): the change verb written right after its figure
_PAST_VERB_END = re.compile(r"\w*(?:л|ла|ло|ли|лся|лась|лось|лись)(?![\w-])", re.I)
_GAP = re.compile(r"\s+")


def verb_after(v: dict, text: str, end: int) -> str | None:
    """"Экспорт в 2020 году на 15% сократился", "Мировой экономический кризис на треть сократил товарооборот"
    (interfax-russia.ru): the change verb, in the past, right after the figure (only spaces between) is its own,
    the sign before any verb of the clause before it (rule ru_verb_after); "up", "down" or None."""
    g = _GAP.match(text, end)
    if g is None:
        return None
    for way in ("down", "up"):
        m = v[way].match(text, g.end())
        if m is not None and _PAST_VERB_END.fullmatch(text, m.start(), m.end()):
            return way
    return None


class _Spans:
    """Spans (start, end) sorted by start, with the greatest end up to each, so that whether one of them overlaps a
    stretch or holds it is a bisection, not a test of every span (a document's figures against each other)."""

    __slots__ = ("starts", "reach", "end_at")

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))   # the greatest end among spans[:i + 1]
        self.end_at: dict[int, int] = {}                            # the greatest end of the spans starting at s
        for s, e in spans:
            self.end_at[s] = max(e, self.end_at.get(s, e))

    def overlaps(self, start: int, end: int) -> bool:
        """Some span (s, e) has s < end and start < e."""
        i = bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start

    def within_other(self, start: int, end: int) -> bool:
        """Some span other than (start, end) itself holds it: s <= start and end <= e, (s, e) != (start, end)."""
        i = bisect_left(self.starts, start)
        return (i > 0 and self.reach[i - 1] >= end) or self.end_at.get(start, end) > end


def revise_figures(c: CleanText, figs: list[Figure], doc: str = "", places=None) -> list[Figure]:
    """The shared engine's figures of a Russian text, retyped and repaired, plus the
    figures only Russian phrasing makes; in text order."""
    d = Doc(c, doc, places)
    v = _vocab()
    out = [revise(d, v, f) for f in figs]
    # a compound amount took in the figure of its first part ("1 миллиард" of "1 миллиард
    # 860,6 миллиона долларов"): the part goes
    inside = _Spans([(f.clean_start, f.clean_end) for f in out])
    out = [f for f in out if not inside.within_other(f.clean_start, f.clean_end)]
    taken = _Spans([(f.clean_start, f.clean_end) for f in out])
    from tradeflows.figures.lang_ru_extra import new_figures   # (it reads this module's helpers)
    out += [f for f in new_figures(d, v, out) if not taken.overlaps(f.clean_start, f.clean_end)]
    out.sort(key=lambda f: f.clean_start)
    # "на 11% – в количественном", "в физическом выражении 40,1%", "выросли на 65% — до 50,28 тыс. тонн", "77 тыс. 165 тонн
    # яблок (+6%)": the change of a physical quantity, which the guidelines leave out (rule physical_change; cues
    # physical_change_before / physical_change_after of vocab/ru/patterns.csv)
    physical = [_physical_change(d, f) for f in out]
    # "Всего Узбекистан отправил за рубеж 1,1 млн тонн плодоовощной продукции с начала года. По сравнению с тем же периодом
    # прошлого года показатель вырос на 22,4%": the indicator or the volumes that change, after a sentence that states only
    # a quantity, no amount of money in either sentence, are that quantity (rule physical_change, cues
    # physical_anaphor_before and physical_quantity)
    money_at = [f.clean_start for f in out if f.kind == "money"]
    physical = [p or _physical_anaphor(d, f, money_at) for f, p in zip(out, physical)]
    # "импортировано 39 643 автомобилей ... на сумму 397,6 млн долларов ... это соответственно на 69,3% и 37,1% больше": a
    # "соответственно" list's change paired with a count (rule physical_change, figures/physical_respectively.py)
    paired = physical_respectively(d, out, _vocab()["qual_plain"])
    physical = [p or i in paired for i, p in enumerate(physical)]
    # "Импорт пшеницы вырос почти в два раза" (a title) over "495 тыс. 611,5 тонн пшеницы, что примерно в два раза
    # превышает": a title's change the body restates as a quantity's (rule physical_change, figures/physical_title.py)
    titled = physical_title(d, out, physical)
    physical = [p or i in titled for i, p in enumerate(physical)]
    # "ввоз товаров из Белоруссии ... вырос на 43% до 55,4 тыс. тонн, в том числе рыбы — на 48%, овощей — на 78%, а
    # фруктов в 2,2 раза" (neva.today): the items of a physical change's "в том числе" list, their verb left out, are
    # physical changes too (rule physical_item)
    chained = False
    # ("Отгрузки ... в натуральном выражении сократились на 23,5%, а наливом — на 39,4%": the next change with its verb
    # left out behind a dash is of the same terms, rule physical_item; cue physical_ellipsis)
    elided = cue_in(LANG, "physical_ellipsis", NEVER)
    for i in range(1, len(out)):
        f, g = out[i], out[i - 1]
        if f.kind != "growth" or not (physical[i - 1] or chained) or d.sentence(f.clean_start)[0] != d.sentence(g.clean_start)[0]:
            chained = False
            continue
        gap = d.text[g.clean_end:f.clean_start]
        valued = _VALUE_WORDS.search(gap) is not None
        opened = (_PHYSICAL_ITEMS_OPEN.fullmatch(gap) or elided.fullmatch(gap)) \
            if physical[i - 1] and not chained and not valued else None
        if opened or (chained and not valued and _PHYSICAL_ITEM_NEXT.fullmatch(gap)):
            physical[i] = chained = True
        else:
            chained = False
    return [f for f, phys in zip(out, physical) if not phys]


# the opening of a list of parts after a physical change (rule physical_item): the quantity it changed to, "в том числе",
# the part's name and "на"; never a value's words ("а в стоимостном — на 15%" is the value's change)
_PHYSICAL_ITEMS_OPEN = re.compile(r"(?:\s*[-–—]?\s*до\s+\d[\d\s,.]*\s*(?:тыс\.?|млн\.?|тысяч\w*|"
                                  r"миллион\w*)?\s*(?:тонн|баррел|кубометр|штук)\w*)?\s*,\s*(?:в\s+том\s+числе|включая|из\s+"
                                  r"них)\s+(?:[а-яё]+\s+){0,2}?[а-яё]+\s*(?:[-–—]\s*)?(?:на\s+)?", re.I | re.S)
# the next part of that list: ", овощей — на", ", а фруктов"
_PHYSICAL_ITEM_NEXT = re.compile(r"\s*,\s*(?:а\s+|и\s+)?(?:[а-яё]+\s+){0,2}?[а-яё]+\s*(?:[-–—]\s*)?"
                                 r"(?:на\s+)?", re.I | re.S)
# a value's words in the gap ("а в стоимостном — на 15%"): no part of a physical list (tested on the gap apart, not as
# a look-ahead opening the patterns, which a search would try at every position)
_VALUE_WORDS = re.compile(r"стоимост|денежн", re.I)


PHYSICAL_REACH = 60   # how far before a change its quantity's words may stand


def _physical_change(d: Doc, f: Figure) -> bool:
    """A growth figure of a physical quantity: its volume words, or the quantity it changes to, right after it, or the
    volume words or the bracket after a quantity right before it; a share right after physical terms."""
    text, lo = d.text, max(0, f.clean_start - PHYSICAL_REACH)
    if f.kind == "share":
        # "что в весовом выражении составило 60%, а в стоимостном выражении — 50% от общего объема торговли" (irantpprf):
        # a share said in physical terms, which the guidelines leave out as they leave out its change (rule
        # physical_change, cue physical_share_before)
        # ("На эту страну пришлось 60% от общего веса поставок": a share of the whole's weight, cue physical_share_after)
        return bool(cue_in(LANG, "physical_share_before", NEVER).search(text, lo, f.clean_start)
                    or cue_in(LANG, "physical_share_after", NEVER).match(text, f.clean_end))
    if f.kind != "growth":
        return False
    signed = f.figure[:1] in "+-−–" or text[max(0, f.clean_start - 1):f.clean_start] in ("+", "-", "−", "–")
    return bool(cue_in(LANG, "physical_change_after", NEVER).match(text, f.clean_end)
                or cue_in(LANG, "physical_change_before", NEVER).search(text, lo, f.clean_start)
                or (signed and cue_in(LANG, "physical_bracket_before", NEVER).search(text, lo, f.clean_start))
                or _physical_clause(d, f))


PHYSICAL_CLAUSE_REACH = 160   # how far back in its sentence a change's counted subject may open


def _physical_clause(d: Doc, f: Figure) -> bool:
    """A change whose subject, further back in its clause than PHYSICAL_REACH, is a count or physical terms ("число
    международных грузовых железнодорожных составов на КПП ... увеличилось более чем на 60 процентов", "рост этого
    показателя в натуральном выражении по отношению к предыдущему году составил 45,8%"): read from the sentence's start
    at most PHYSICAL_CLAUSE_REACH back (rule physical_change, cue physical_clause_before)."""
    _, ss, _ = d.sentence(f.clean_start)
    lo = max(ss, f.clean_start - PHYSICAL_CLAUSE_REACH)
    return cue_in(LANG, "physical_clause_before", NEVER).search(d.text, lo, f.clean_start) is not None


def _physical_anaphor(d: Doc, f: Figure, money_at: list[int]) -> bool:
    """A growth figure whose subject is an indicator or volumes ("показатель вырос на", "объемы экспорта снизились на")
    when the sentence before states a quantity and neither sentence holds a money figure."""
    if f.kind != "growth":
        return False
    text = d.text
    i, ss, se = d.sentence(f.clean_start)
    if i < 1 or not cue_in(LANG, "physical_anaphor_before", NEVER).search(text, max(ss, f.clean_start - 80), f.clean_start):
        return False
    _, ps, _ = d.sentence(ss - 1)
    if bisect_left(money_at, ps) != bisect_left(money_at, se):
        return False
    return bool(cue_in(LANG, "physical_quantity", NEVER).search(text, ps, ss))


# a number's digits with a decimal comma ("860,6"), and a group of exactly three digits (revise)
_DIGIT_GROUPS = re.compile(r"\d+(?:,\d+)?")
_THREE_DIGITS = re.compile(r"\d{3}(?!\d)")


def revise(d: Doc, v: dict, f: Figure) -> Figure:
    text = d.text
    _, ss, _ = d.sentence(f.clean_start)
    if f.kind == "money":
        num_at = next((i for i in range(f.clean_start, f.clean_end) if text[i].isdigit()), None)
        comp = v["compound"].search(text, max(ss, f.clean_start - 30), f.clean_start) if num_at == f.clean_start else None
        if comp is not None and f.value_high is None:
            digits = _DIGIT_GROUPS.match(text, num_at).group()
            big, small = scale_of(comp.group("s")), float(Decimal(repr(f.value)) / ru_number(digits))
            if big > small:  # "1 миллиард 860,6 миллиона долларов", "21 млрд 14 млн долларов"
                f.value = float(ru_number(comp.group("n") or "1") * Decimal(repr(big)) + Decimal(repr(f.value)))
                f.clean_start = comp.start()
                f.rule += ":compound"
                num_at = None
        if num_at is not None:
            sp = v["spaced"].search(text, max(ss, num_at - 13), num_at)
            # (three digits read only after a spaced group before them: the number's own window, as a slice of four)
            if sp and f.value_high is None and num_at == f.clean_start and _THREE_DIGITS.match(text, num_at, num_at + 4):
                digits = _DIGIT_GROUPS.match(text, num_at).group()
                num = ru_number(digits)
                # "около 200 000 евро": a group of zeros gives no scale to divide out; read the word
                sw = _SCALE_AFTER.match(text, num_at + len(digits))
                scale = Decimal(repr(f.value)) / num if num else Decimal(repr(scale_of(sw.group(1)) if sw else 1.0))
                f.value = float((int(re.sub(r"\D", "", sp.group(1))) * 1000 + num) * scale)
                f.clean_start = sp.start()
                f.rule += ":spaced_thousands"
        code = _code_after_dot(d, f.clean_end)
        if code is not None:  # "200 тыс. BYN": a code after an abbreviation's dot
            f.currency, f.clean_end = code
            f.rule = "ru_money_code_after_dot"
        if f.qualifier == "exact":
            q = v["qual_only"].search(text, max(ss, f.clean_start - 40), f.clean_start)
            if q:
                f.qualifier, f.clean_start = qualifier_of(q), q.start()
                if q.group("prep"):
                    f.rule += ":qual_prep"
        _respan(d, f)
        return f
    if f.rule == "share_points":
        rate = cue_in(LANG, "points_rate_after", NEVER).match(text, f.clean_end)
        if rate is not None:
            # "темп роста экспорта ... составил 117%, что на 1,5 процентного пункта выше, чем темпы роста экспорта с
            # Россией", "на 24,2 п. п. выше темпов роста внешней торговли всей страны": points above or below a growth
            # rate are a difference of growth rates, growth (GUIDELINES: only a share's change stays a share), signed by
            # the comparative (rule ru_growth_points_rate)
            f.kind, f.rule = "growth", "ru_growth_points_rate"
            f.value = -abs(f.value) if rate.group("way").lower() in ("ниже", "меньше") else abs(f.value)
            return f
        # "Доля Китая ... снизилась на 1,5 п.п.": the engine read the points, English verbs gave no sign
        left = text[max(ss, f.clean_start - LEFT_WINDOW):f.clean_start]
        if direction(v, left) == "down" and f.value > 0:
            f.value = -f.value
        f.rule = "ru_share_points"
        return f
    if f.kind == "share" and f.value_high is not None and f.qualifier == "range" and f.value_high >= f.value:
        # "Экспорт сельхозотрасли России будет прирастать на 7-10% в год" (zol.ru): a range of percents after "на" is a
        # range of a change, as a single percent after it is (rule ru_growth_by_range; not a share's "доля ...
        # увеличилась на 1-2%")
        left = text[max(ss, f.clean_start - LEFT_WINDOW):f.clean_start]
        lm = v["left"].search(left)
        if ((lm.group("by") or lm.group("byq")) and not cue_in(LANG, "share_change_before", NEVER).search(left)
                and not v["share"].search(left)):
            if direction(v, left) == "down":
                f.value, f.value_high = -f.value, -f.value_high
            f.kind, f.rule = "growth", "ru_growth_by_range"
            return f
        if cue_in(LANG, "range_ot_before", NEVER).search(left) and not v["share"].search(left):
            # "темпы экономического роста государств-членов варьировались в диапазоне от 4 до 9%" (zonakz): a range of
            # percents after "от" in a clause of change is a range of rates, signed by that change (rule
            # ru_growth_range_ot_do; the engine's range_ot_do reads its ends)
            k = max(left.rfind(ch) for ch in ",;:(")
            way = direction(v, left[k + 1:] if k >= 0 else left)
            if way is not None:
                if way == "down":
                    f.value, f.value_high = -f.value, -f.value_high
                f.kind, f.rule = "growth", "ru_growth_range_ot_do"
                return f
        clause = clause_over_list(left)
        if not v["share"].search(clause) and (way := direction(v, clause)) is not None:
            # "рост экспорта российских товаров в Латвию составил 12–13 процентов" (polit.info): a range of percents a
            # change noun or verb of its clause states, no share word there, is a range of rates, as a single percent
            # there is (ru_growth_clause; rule ru_growth_clause_range)
            if way == "down":
                f.value, f.value_high = -f.value, -f.value_high   # as ru_growth_by_range writes a fall's ends
            f.kind, f.rule = "growth", "ru_growth_clause_range"
            return f
    pm = v["percent"].match(text, f.clean_start)
    shared_end = None
    if pm is None and f.rule.endswith(":shared_unit") and f.kind in ("growth", "share"):
        # "обвалились и общие данные по внешней торговле — на 31 и 33 процента соответственно" (eriu): a number of a
        # list sharing the percent after its last one (the engine's shared_unit, cue shared_percent) is read as that
        # percent would be, its "на" and change verb before it, the words after the shared percent after it (suffix
        # ":shared_unit"; the engine's English sieve read it a share)
        pm = _SHARED_NUMBER.match(text, f.clean_start)
        tail = cue_in(LANG, "shared_percent", NEVER).match(text, pm.end()) if pm is not None else None
        if tail is None:
            return f
        shared_end = tail.end()
    if f.kind not in ("growth", "share") or not pm or pm.end() > f.clean_end + 1 or f.value_high is not None:
        return f
    value = ru_number(pm.group(2))
    j = pm.end() if shared_end is None else shared_end
    left = text[max(ss, f.clean_start - LEFT_WINDOW):f.clean_start]
    lm = v["left"].search(left)
    qual = qualifier_of(lm)
    # (the figure opens on its qualifier, not on a "на" before it: "на порядка 25%" is "порядка 25%")
    start = f.clean_start - (len(left) - (lm.end("byq") if lm.group("byq") else lm.start())) if qual else f.clean_start
    if not qual and v["odd"].search(text, pm.start(2), pm.end()):
        qual = "more_than"  # "на 12 с лишним процентов": more than 12 (rule ru_percent_odd)
    clause_start = max(left.rfind(ch) for ch in ",;:(")
    clause = left[clause_start + 1:] if clause_start >= 0 else left
    after = text[j:j + 40]
    signed = pm.group(1) or lm.group("sign")
    if signed:
        sign = -1 if signed.strip() in ("-", "−", "–", "↓", "▼") else 1
        kind, val, rule = "growth", sign * value, "ru_growth_signed"
    elif lm.group("by") or lm.group("byq") or cue_in(LANG, "shared_last_by", NEVER).search(left):
        # ("сократились и экспорт, и импорт — на 12 и 15 процентов": the last number of a list after "на" is a change
        # as the first is; cue shared_last_by of vocab/ru/patterns.csv; rule ru_growth_by)
        right = verb_after(v, text, j)
        down = v["down_right"].match(after) or (not v["up_right"].match(after) and (
            right == "down" if right else direction(v, left) == "down"))
        if not down and not v["up_right"].match(after) and direction(v, left) is None and _LIST_ITEM_BY.search(left):
            # "Импорт ... сократился на 67,1%, механизмов ... - на 47,7%, ..., древесины и изделий из нее - на 42,1%": an
            # item of a list of changes further than LEFT_WINDOW from its verb takes the verb's sign in its sentence
            down = direction(v, text[ss:f.clean_start]) == "down"
        kind, val, rule = "growth", (-value if down else value), "ru_growth_by"
        if cue_in(LANG, "share_change_before", NEVER).search(left):
            # "доля стран ЕС в общей структуре импортеров за год снизилась на 18%" (neva.today), "доля стран СНГ в общем
            # внешнеторговом обороте ... увеличилась на 0,2%" (yuz.uz): a share's change, a signed share (rule
            # ru_share_change, as ru_share_points)
            kind, rule = "share", "ru_share_change"
    elif v["up_right"].match(after) or v["down_right"].match(after):
        kind, val, rule = "growth", (-value if v["down_right"].match(after) else value), "ru_growth_comparative"
    elif (adj := cue_in(LANG, "percent_adjective_after", NEVER).match(after)) is not None and (
            v["up_right"].match(after, adj.end()) or v["down_right"].match(after, adj.end())):
        # "был зафисирован 58% -ый рост экспорта абрикосов" (finport.am), "зафиксировала 25%-ное снижение": a percent
        # made the adjective of a change noun is that change, as English "a 58% rise" (rule ru_growth_adjective; cue
        # percent_adjective_after of vocab/ru/patterns.csv)
        kind, val, rule = "growth", (-value if v["down_right"].match(after, adj.end()) else value), "ru_growth_adjective"
    elif cue_in(LANG, "wordy_change_bracket_before", NEVER).search(left) and direction(v, left):
        # "республика нарастила поставки своей продукции в РФ почти вполовину (46%) по сравнению с прошлогодними
        # показателями": a percent in brackets after a change said in words restates that change (rule
        # ru_growth_bracket_restated; islamnews.ru)
        kind, val, rule = "growth", (-value if direction(v, left) == "down" else value), "ru_growth_bracket_restated"
    elif _AMOUNT_CHANGE_BRACKET.search(left) and direction(v, left):
        # "Экспорт в апреле этого года увеличился на 156 миллионов долларов [70%] по сравнению с апрелем 2020 года": a
        # percent in brackets right after the amount of a change restates that change as a rate (rule
        # ru_growth_bracket_amount; jnews.ge)
        kind, val, rule = "growth", (-value if direction(v, left) == "down" else value), "ru_growth_bracket_amount"
    elif (compared := _compared_after(d, f, start)) is not None:
        # "Среднегодовой прирост торговли за 1961-1988 гг. составил 12,2% против, 9,5% для всей советской внешней
        # торговли": the percent a change is set against ("против") is the same indicator's, a change as the one before
        # it (rule ru_growth_compared)
        kind, val, rule = "growth", (value - 100 if compared.startswith("ru_growth_index") else value), "ru_growth_compared"
    elif value >= 100 and (v["index_right"].match(after) or v["index"].search(left[-40:])
                           or (v["index"].search(clause)
                               and cue_in(LANG, "index_amounted_before", NEVER).search(left[-20:]))):
        # "темп роста внешней торговли товарами и услугами составил 162,8%": the cue opens the clause
        kind, val, rule = "growth", value - 100, "ru_growth_index"
    elif ((v["index_right"].match(after) or v["index_base_right"].match(after)
           or cue_in(LANG, "index_from_base_after", NEVER).match(text, j, j + 110))
          and not direction(v, clause) and not v["share"].search(clause)):
        # "составил всего лишь 66,8% от объемов, продемонстрированных в аналогичном периоде" (lsm.lv), "что составляет 61%
        # по сравнению с показателями аналогичного периода 2008 года" (regnum.ru), "113% уровня аналогичного периода":
        # a percent set against a base period is an index (100 = no change) below 100 too, a fall; not when a change
        # word or a share word of its clause makes it a rate or a part ("прирост составил 16,8 процента к июлю") (rule
        # ru_growth_index_base)
        kind, val, rule = "growth", value - 100, "ru_growth_index_base"
    elif v["share_right"].match(after) or v["share"].search(clause):
        kind, val, rule = "share", value, "ru_share_percent"
    elif _RU_OR_RESTATED.search(left) and direction(v, left):
        # "Импорт сократился на 2 млрд долларов, или 5%", "Чистый прирост экспорта составил 8,4 млрд долларов, или
        # 3,9%": the rate that restates an amount of a change, signed by its verb (rule ru_growth_or, as English
        # growth_percent_or)
        kind, val, rule = "growth", (-value if direction(v, left) == "down" else value), "ru_growth_or"
    elif (listed := _listed_after(d, f, start)) is not None:
        # "составил 162,8%, в том числе экспорта - 172,3%, импорта - 154,3%": an item of a list goes
        # the way of the percent before it
        prev_rule, prev_value = listed
        if prev_rule.startswith("ru_growth_index"):
            kind, val, rule = "growth", value - 100, "ru_growth_index:listed"
        elif prev_rule.startswith("ru_growth"):
            kind, val, rule = "growth", (-value if prev_value < 0 else value), "ru_growth_listed"
        else:
            kind, val, rule = "share", value, "ru_share_listed"
    elif _RU_LEVEL.search(left) and direction(v, left):
        # "увеличилась с 41% до 57%", "инфляция снизилась до 5,2%": the levels a change came from and went
        # to; a rate's (инфляция, темп, рост) keep their own sign, any other is a share
        rate = cue_in(LANG, "level_rate_before", NEVER).search(left[-LEFT_WINDOW:]) is not None
        kind, val, rule = ("growth", value, "ru_growth_level") if rate else ("share", value, "ru_share_level")
    elif direction(v, clause):
        kind, val, rule = "growth", (-value if direction(v, clause) == "down" else value), "ru_growth_clause"
    elif _LISTED.search(left) and direction(v, left) and not v["share"].search(left):
        # "рост товарооборота с Азербайджаном (в 2,8 раза), с Молдовой (15%)": an item of a list of changes
        kind, val, rule = "growth", (-value if direction(v, left) == "down" else value), "ru_growth_listed"
    elif (wide := clause_over_list(left)) != clause and direction(v, wide) and not v["share"].search(wide):
        # "рост экспорта латвийского шоколада, детского питания, лекарств и алкоголя в РФ превысил 30 процентов"
        # (polit.info): the commas of a list of goods, its last item joined by "и", do not close the clause; the change
        # noun before the list states the percent (rule ru_growth_clause:over_list)
        kind, val, rule = "growth", (-value if direction(v, wide) == "down" else value), "ru_growth_clause:over_list"
    elif (head := _colon_head(left)) is not None and direction(v, head) and not v["share"].search(head):
        # "При этом падение ускоряется: в 2022-м оно составляло 19,3% год к году" (osnmedia.ru), "индексы турецкого
        # экспортного роста не могут не впечатлять: 2010 г. – 11,5%" (iimes.ru): a change noun heading the clause
        # before a colon, the percents after it its rates, signed by the change words of that head (rule
        # ru_growth_colon_head)
        kind, val, rule = "growth", (-value if direction(v, head) == "down" else value), "ru_growth_colon_head"
    elif (base_sign := base_head_sign(left)) is not None and not v["share"].search(left[-HEAD_WINDOW - 40:]):
        # "экспорт в Россию превысил февральские значения: Словения- 37%" (teleport2001.ru): a head above (below) a
        # base level, the percents after its colon changes against it (rule ru_growth_base_head, figures/ru_base_head.py)
        kind, val, rule = "growth", base_sign * value, "ru_growth_base_head"
    else:
        kind, val, rule = "share", value, "ru_share_percent"
    f.kind, f.value, f.rule = kind, ru_pct(val), (rule if shared_end is None else rule + ":shared_unit")
    d.prev_pct = (d.sentence(f.clean_start)[0], f.clean_end, rule, f.value)
    f.qualifier = qual or "exact"
    if lm.group("sign") and not qual:
        start = f.clean_start - (len(left) - lm.start("sign"))
    f.clean_start = start if qual or lm.group("sign") else (f.clean_start if pm.group(1) else pm.start(2))
    _respan(d, f)
    return f




# an earlier item of a list of nouns: one to three words, no digit, no bracket (" детского питания"); its last item, joined
# by a conjunction, is cue noun_list_last of vocab/ru/patterns.csv
_NOUN_LIST_ITEM = re.compile(r"\s*[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*")
_CLAUSE_MARK = re.compile(r"[,;:(]")
_DASH = re.compile(r"\s[-–—]\s")


def clause_over_list(left: str) -> str:
    """The clause a figure closes, read back over the commas of a list of nouns: the words after the last clause mark
    of left, or, when those open on the last item of a list ("лекарств и алкоголя ...") after one item or more of one to
    three words, the words from the comma before the list's first item (the head of the list, "рост экспорта латвийского
    шоколада, детского питания, лекарств и алкоголя в РФ превысил "); a semicolon, colon or bracket ends the list."""
    parts = _CLAUSE_MARK.split(left)
    if len(parts) < 2 or not cue_in(LANG, "noun_list_last", NEVER).match(parts[-1]):
        return parts[-1]
    i = len(parts) - 2
    while i > 0 and _NOUN_LIST_ITEM.fullmatch(parts[i]):
        i -= 1
    marks = _CLAUSE_MARK.findall(left)
    # (three items at least, one between the head and the last: "увеличивается в объеме, но и диверсифицируется - 80%
    # ее экспорта" joins two clauses, no list; a dash after the last item ends the clause)
    if i == len(parts) - 2 or _DASH.search(parts[-1]) or not all(ch == "," for ch in marks[i:]):
        return parts[-1]
    return ",".join(parts[i:])


def _colon_head(left: str) -> str | None:
    """The words before the last colon of left, when a change noun stands among them and no sentence mark or semicolon
    stands between the colon and the figure; else None."""
    k = left.rfind(":")
    if k < 0 or ";" in left[k:]:
        return None
    head = left[max(0, k - 80):k]
    # a change noun ("рост", "падение", "снижение", ...) among them: cue colon_head_change of vocab/ru/patterns.csv
    return head if cue_in(LANG, "colon_head_change", NEVER).search(head) else None


# an amount with its scale, a comma and "или" right before a percent: the rate restating it
_RU_OR_RESTATED = re.compile(r"\d[\d\s,.]*\s?(?:тыс|млн|млрд|трлн|миллион|миллиард|триллион)[^,;%]{0,30},\s+или\s+"
                             r"(?:на\s+)?(?:около\s+|почти\s+|примерно\s+)?$")
# the amount of a change right before an opening bracket: "увеличился на 156 миллионов долларов [", "упал на $495 млн (или"
_AMOUNT_CHANGE_BRACKET = re.compile(r"(?<![\w-])на\s+\$?\d[\d\s,.]*\s?(?:тыс|млн|млрд|трлн|миллион\w*|миллиард\w*|"
                                    r"триллион\w*)\.?\s*(?:(?:долл\w*|евро|руб\w*|США)\.?\s*){0,2}[\[(]\s*(?:или\s+)?$", re.I)
# the number of a list item that shares the percent after the list's last number (lang_ru.revise, suffix ":shared_unit")
_SHARED_NUMBER = re.compile(r"()(\d+(?:[.,]\d+)?)")
_RU_LEVEL = re.compile(r"(?<![\w-])(?:до|с|со)\s+$", re.I)
_LISTED = re.compile(r"[,;]\s*[^,;()]{1,40}\(\s*$")   # ", с Молдовой (" before a bracketed percent
_SCALE_AFTER = re.compile(r"\s?(миллиард|миллион|триллион|тысяч|млрд|млн|трлн|тыс)", re.I)
_DOT_CODE = re.compile(r"\.\s?([A-Z]{3})\b")


def _code_after_dot(d: Doc, end: int) -> tuple[str, int] | None:
    m = _DOT_CODE.match(d.text, end)
    if m is None:
        return None
    _, ss, se = d.sentence(end)
    code = resolve(m.group(1), "after", d.currency, d.text[ss:se])[0]
    return (code, m.end()) if code else None


def _respan(d: Doc, f: Figure) -> None:
    f.char_start, f.char_end = d.c.raw_span(f.clean_start, f.clean_end)
    f.figure = " ".join(d.text[f.clean_start:f.clean_end].split())


def _compared_after(d: Doc, f: Figure, start: int) -> str | None:
    """The rule of the change percent before f in its sentence when f is what it is set against ("12,2% против 9,5%";
    the gap a row compared_percent_gap of vocab/ru/patterns.csv); start is where f opens on its qualifier."""
    if d.prev_pct is None:
        return None
    si, end, rule, _value = d.prev_pct
    if not rule.startswith("ru_growth") or si != d.sentence(f.clean_start)[0] or end > start:
        return None
    return rule if cue_in(LANG, "compared_percent_gap", NEVER).fullmatch(d.text, end, start) else None


def _listed_after(d: Doc, f: Figure, start: int) -> tuple[str, float] | None:
    """(rule, value) of the percent before f when f is the next item of its list (", экспорта - 172,3%"); start is
    where f opens on its qualifier (", а за первые месяцы текущего года - более 17%", polinsight: the item's qualifier
    stands after its dash), else f's own start."""
    if d.prev_pct is None:
        return None
    si, end, rule, value = d.prev_pct
    if si != d.sentence(f.clean_start)[0] or end > start:
        return None
    if _LIST_ITEM.fullmatch(d.text, end, start) or _LIST_ITEM_BRACKET.fullmatch(d.text, end, start):
        return rule, value
    return None


# between two items of a list: ", в том числе экспорта - ", ", импорта – ", " и Турцию – "
_LIST_ITEM = re.compile(r"\s*(?:[,;]|\s+и)\s+(?:в\s+том\s+числе\s+)?[^\W\d][^,;.()%\d]{0,40}?\s[-–—]\s*")
# "экспорт молока ... составил 489,6 тыс. тонн (106,5% к уровню января-сентября 2010 года), мяса и мясопродуктов - 176,9
# тыс. тонн (120%)" (21.by, Belarus): the next item's bracketed percent after its own amount goes the way of the bracketed
# percent before (rule ru_growth_index:listed, bracketed items)
# ("(134,5% к аналогичному периоду 2002 г.), в том числе экспорт – $793,4 млн. (139,3%)", urbc.ru: the amount's sign before it)
_LIST_ITEM_BRACKET = re.compile(r"[^()%\n]{0,60}\)\s*[,;]\s+(?:и\s+)?[^\W\d][^,;.()%\d]{0,40}?\s[-–—]\s*(?:[$€]\s?)?\d[\d\s.,]*"
                                r"(?:[^\W\d]+\.?\s*){0,3}\(\s*")
