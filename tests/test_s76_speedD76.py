"""Session 76 (speedD76): the Russian rows of this session gated on their own words.

- vocab.pattern_branch_needs / holds_one: the words each alternative of a top-level alternation holds, so a rule asks
  whether a window holds one alternative's all; facts/measure_nontrade.py domestic_trade reads it, where pattern_needs'
  one joined group ("торговл", "оборот", ... "общественного") stood before nearly every figure of a Russian trade page.
  The same matches: a window lacking every alternative's words holds no match.
"""
import re
from pathlib import Path

from tradeflows.facts import measure_nontrade as N
from tradeflows.pipeline import figures_of_text
from tradeflows.vocab import holds_one, pattern_branch_needs, using_language
from tradeflows.vocab.patterns import cue

ROOT = Path(__file__).resolve().parent.parent


def test_branch_needs_of_plain_and_nested_alternations():
    assert pattern_branch_needs(re.compile(r"abc(?:de|fg)")) == ((("abc",), ("de", "fg")),)
    assert pattern_branch_needs(re.compile(r"(?<!x)(?:ab\w+|cd)", re.I)) == ((("ab",),), (("cd",),))
    assert pattern_branch_needs(re.compile(r"(?:Xy|(?:zw|uv\d))", re.I)) == ((("xy",),), (("zw",),), (("uv",),))
    # (a group turning case-blindness on in a case-sensitive pattern gives no word: any window may hold it)
    assert pattern_branch_needs(re.compile(r"(?i:ab|cd)")) == ((),)


def test_holds_one_needs_one_alternative_whole():
    alts = pattern_branch_needs(re.compile(r"(?:розничн|оптов)\w*\s+(?:торговл|оборот)\w*|общественного\s+питания"))
    assert alts == ((("розничн", "оптов"), ("торговл", "оборот")), (("общественного",), ("питания",)))
    assert not holds_one("оборот торговли вырос на", alts)   # (the joined group's words alone)
    assert not holds_one("общественного мнения", alts)
    assert holds_one("оборот розничной торговли вырос на", alts)
    assert holds_one("оборот общественного питания", alts)


def test_domestic_cue_alternatives_in_russian():
    with using_language("ru"):
        alts = pattern_branch_needs(cue("nontrade_domestic_before", N._domestic_before()))
    assert (("розничн", "оптов"), ("торговл", "товарооборот", "продаж", "оборот")) in alts
    assert (("общественного",), ("питания",)) in alts
    assert all(alt and "торговл" not in alt[0] for alt in alts)


def test_domestic_gate_keeps_every_match_of_the_russian_pages():
    """Every match of the Russian cue on the Russian sets' pages holds one alternative's words (lower-cased, as the
    rule's window is): the gate skips no window the scan would find a match in."""
    with using_language("ru"):
        rx = cue("nontrade_domestic_before", N._domestic_before())
        alts = pattern_branch_needs(rx)
    n = 0
    for path in sorted((ROOT / "data").glob("ru*/raw/*.txt")) + sorted((ROOT / "data" / "russian" / "raw").glob("*.txt")):
        for m in rx.finditer(path.read_text("utf-8", errors="replace")):
            assert holds_one(m.group().lower(), alts), (path.name, m.group())
            n += 1
    assert n >= 1   # (data/ruweb44 cw02 at least)


def test_domestic_trade_still_fires_and_skips():
    retail = ("Оборот розничной торговли в России в январе-ноябре увеличился на 12,8% по сравнению с таким же периодом "
              "2005 года.")
    f = {g.figure: g for g in figures_of_text(retail, "page", "web", lang="ru", pub_year=None)}
    assert "measure:domestic_trade" in f["12,8%"].fact_rules
    flow = "Оборот внешней торговли России в январе-ноябре увеличился на 12,8% по сравнению с таким же периодом 2005 года."
    f = {g.figure: g for g in figures_of_text(flow, "page", "web", lang="ru", pub_year=None)}
    assert "domestic_trade" not in f["12,8%"].fact_rules


# -- exports_into_owner: read once per exporter, sentences lacking an import word skipped -------------------------------
# gxpnews.net (data/ruweb55, the openB76 test's page): the opening tells Russia's goods as the United States' imports
_DC07 = ("Поставки в Россию товаров из США в марте, в том числе лекарств, упали в разы. Ввоз товаров из России, наоборот, "
         "вырос, следует из внешнеторговой статистики Бюро переписи населения США (Census Bureau, американский аналог "
         "Росстата), которую приводит РБК.\n\n"
         "Общий экспорт России в США в марте увеличился на 6,5% к февралю – до $2,75 млрд.")


def _doc(text: str):
    from tradeflows.facts.context import Doc
    from tradeflows.text.clean import clean_text
    return Doc(clean_text(text, "txt", "t.txt"), 2022)


def _plain_opening(d, exporter: str) -> bool:
    """exports_into_owner's opening test as openB76 wrote it: every sentence's places, no gate."""
    from tradeflows.facts import measure_foreign as MF
    from tradeflows.facts.reporters import OPENING_OWNER_CHARS
    rx = cue("import_from_before", MF.NEVER)
    si = 0
    while si < len(d.c.sentences) and d.c.sentences[si][0] < OPENING_OWNER_CHARS:
        for p in d.places(si):
            if p.iso3 == exporter and p.start < OPENING_OWNER_CHARS \
                    and rx.search(d.text, max(0, p.start - MF.IMPORT_FROM_REACH), p.start) \
                    and cue("agency", MF._agency()).search(d.text, *d.c.sentences[si]):
                return True
        si += 1
    return False


def test_import_from_opening_memo_and_answers():
    from tradeflows.facts import measure_foreign as MF
    with using_language("ru"):
        d = _doc(_DC07)
        rx = cue("import_from_before", MF.NEVER)
        assert MF._import_from_opening(d, rx, "RUS") is True
        assert MF._import_from_opening(d, rx, "USA") is False   # ("из США" stands in no sentence citing the office)
        no_import = _doc(_DC07.replace("Ввоз товаров из России, наоборот, вырос, следует", "Это следует"))
        assert MF._import_from_opening(no_import, rx, "RUS") is False
        figs = {g.figure: g for g in figures_of_text(_DC07, "page", "web", lang="ru", pub_year=2022)}
        f = next(v for k, v in figs.items() if k.endswith("$2,75 млрд"))
        assert (f.measure, f.reporter, f.partner) == ("imports", "United States", "Russia")


def test_import_from_opening_gate_equals_plain_reading_on_russian_pages():
    """The sentence gate (an import word within reach) answers as the plain reading for every country of the openings
    of the Russian sets' pages."""
    from tradeflows.facts import measure_foreign as MF
    n = 0
    paths = sorted((ROOT / "data").glob("ru*/raw/*.txt")) + sorted((ROOT / "data" / "russian" / "raw").glob("*.txt"))
    with using_language("ru"):
        rx = cue("import_from_before", MF.NEVER)
        for path in paths:
            text = path.read_text("utf-8", errors="replace")[:4000]
            d = _doc(text)
            isos = {p.iso3 for si in range(min(len(d.c.sentences), 12)) for p in d.places(si) if p.iso3}
            for iso in sorted(isos):
                got = MF._import_from_opening(d, rx, iso)
                assert got == _plain_opening(d, iso), (path.name, iso)
                n += got
    assert n >= 1


# -- stale_banners: a head lacking the rows' words is not scanned ------------------------------------------------------
def test_stale_banners_gate_keeps_banners_and_skips_russian_heads():
    from tradeflows.ingest.page_year import stale_banners
    clock = ("Tuesday, 20 April 2021 | 17:18 WIB\nCoal Export to China Reaches $1.68 Bln as of End of August 2017\n"
             "Exports rose in 2017 to 2017 levels.\nThe 2017 figure was announced.")
    assert stale_banners(clock) == {"20 April 2021"}
    banner = ("Thursday, December 7, 2023 | Back issues\nThe overall U.S. trade deficit shrank in 2019, and dropped "
              "1.7% last year.")
    assert stale_banners(banner) == {"December 7, 2023"}
    assert stale_banners("Экспорт России в 2019 году вырос на 5%.\nВторник, 20 апреля 2021") == set()


def test_banner_rows_need_their_words():
    """Every banner match of the tuned pages' heads holds the rows' words (the gate is exact)."""
    from tradeflows.ingest import page_year as P
    from tradeflows.vocab import holds, pattern_needs
    n = 0
    for path in sorted((ROOT / "data").glob("*/raw/*.txt"))[:4000]:
        head = path.read_text("utf-8", errors="replace")[:P.BANNER_HEAD]
        for rx in (P._banner_line(), P._clock_banner_line()):
            for m in rx.finditer(head):
                assert holds(m.group(), pattern_needs(rx)), (path.name, m.group())
                n += 1
    assert n >= 1


# -- infinitive_goal: the reach read first -----------------------------------------------------------------------------
def test_infinitive_goal_reach_and_opening():
    near = {g.figure: g for g in figures_of_text("Нарастить товарооборот в два раза, до 10 млрд долларов.", "page", "web",
                                                 lang="ru", pub_year=2023)}
    assert any("infinitive_goal" in g.fact_rules for g in near.values())
    far = ("Нарастить товарооборот между странами и расширить поставки продовольствия, машин, оборудования и удобрений "
           "стороны договорились до 10 млрд долларов.")
    figs = figures_of_text(far, "page", "web", lang="ru", pub_year=2023)
    assert figs and not any("infinitive_goal" in g.fact_rules for g in figs)
