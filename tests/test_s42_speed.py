"""Session 42, speed: what relate reads several times is read once; each cache gives the answer the uncached
reading gives (every prediction of every development document byte-identical, dump of all 8636)."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text
from tradeflows.vocab import using_language

# data/russian/raw/u05_apostrophe-belarus-russia-2016.txt (apostrophe.ua), its opening
APOSTROPHE = ("Товарооборот между Беларусью и Россией в 2016 году упал на 5,2% по сравнению с 2015 годом, до $26,1 млрд.\n"
              "Об этом сообщает РБК со ссылкой на данные Национального статистического комитета Беларуси.\n"
              "Это самый низкий показатель товарооборота с 2009 года, когда он составил $23,3 млрд.\n"
              "По данным статистики, белорусский экспорт в РФ в 2016 году составил $10,8 млрд, российский в Беларусь — "
              "$15,3 млрд.\n")
# data/russian/raw/u02_moyby-belarus-world-2012.txt (moyby.com), its opening
MOYBY = ("По данным Белстата, сальдо внешней торговли товарами в июле упало практически до нуля.\n"
         "Сальдо внешней торговли товарами в июле составило всего $23,2 млн, снизившись по сравнению с июнем примерно "
         "в 18,5 раза. Такие данные содержатся в пресс-релизе Белстата о торговом балансе Беларуси в январе — июле "
         "2012 год, пишет onliner.by.\n")


def test_subject_scores_memo_gives_the_fresh_scores_and_sets():
    """subject.subject_scores(memo=): the head's scores read once for the document's subject and the head's
    counterpart; the scores, and the strong and destination sets, those of a fresh reading in either order."""
    from tradeflows.facts.carry import page_head_partner
    from tradeflows.facts.subject import _subject_scores, document_subject, subject_scores
    with using_language("ru"):
        for head in (APOSTROPHE, MOYBY):
            fresh_strong, fresh_dest = set(), set()
            fresh = _subject_scores(head, 0, fresh_strong, fresh_dest)
            assert fresh
            memo: dict = {}
            assert subject_scores(head, 0, memo=memo) == fresh   # first without the sets ...
            strong, dest = set(), set()
            assert subject_scores(head, 0, strong, dest, memo) == fresh   # ... then with them: read again
            assert (strong, dest) == (fresh_strong, fresh_dest)
            again_strong, again_dest = set(), set()
            assert subject_scores(head, 0, again_strong, again_dest, memo) == fresh
            assert (again_strong, again_dest) == (fresh_strong, fresh_dest)
            scores = subject_scores(head, 0, memo=memo)
            scores.clear()   # a caller's copy: the memo keeps its own
            assert subject_scores(head, 0, memo=memo) == fresh
            memo = {}
            assert document_subject(head, memo=memo) == document_subject(head)
            assert page_head_partner(head, None, document_subject(head)[:2], memo) == \
                page_head_partner(head, None, document_subject(head)[:2])


def test_local_places_keys_are_the_buckets_of_each_length():
    """places_local._Local._keys: the buckets a word start tries, read once per start, are those the lookup of each
    length finds, longest first; the places found are the page's own."""
    from tradeflows.facts.places_local import _local
    loc = _local("ru")
    for text in (APOSTROPHE, MOYBY):
        for word in text.split():
            low = word[:4].lower().replace("ё", "е")
            assert loc._keys(word[:4]) == tuple(low[:n] for n in loc.lengths if len(low) >= n and low[:n] in loc.buckets)
    names = [(p.surface, p.iso3) for p in loc.find(APOSTROPHE, 0, len(APOSTROPHE))]
    assert ("Беларусью", "BLR") in names and ("Россией", "RUS") in names and ("РФ", "RUS") in names


def test_written_list_is_read_once_per_figure_and_is_the_fresh_reading():
    """facts/respectively.written_list_of: the measure (rule written_list) and the partner rule paired_places ask the
    figure's written list of the same window; it is read once per document and figure, the list written_list reads
    ('The EU and ASEAN followed with 16.1 billion USD and 11.5 billion USD', haiphongnews.gov.vn), and the pairs
    paired_places makes of it are as before (tests/test_blind38_en_reporters.py)."""
    from tradeflows.facts.context import Doc
    from tradeflows.facts.respectively import unmarked_list, written_list, written_list_of
    from tradeflows.text.clean import clean_text
    text = ("China came second with 20.1 billion USD, up 26 percent. The EU and ASEAN followed with 16.1 billion USD "
            "and 11.5 billion USD, increasing by 20.8 and 23.7 percent.\n")
    c = clean_text(text, "web")
    d = Doc(c, 2021)
    s, e = c.sentences[1]
    for figure in ("16.1 billion USD", "11.5 billion USD"):
        start = c.text.index(figure)
        first = written_list_of(d, s, e, start, figure)
        assert first == written_list(c.text, s, e, start, figure) and first is not None
        assert written_list_of(d, s, e, start, figure) is first
        assert unmarked_list(c.text, s, e, start, figure, d) == unmarked_list(c.text, s, e, start, figure)
    figs = figures_of_text(text, "page", "web", pub_year=2021, pub_month=6)
    assert [f.partner for f in figs if f.figure in ("16.1 billion USD", "11.5 billion USD")] == ["European Union", "ASEAN"]


def test_cue_of_another_language_is_the_combined_pattern():
    """vocab.patterns.cue: the lookup of the combined pattern inlined; the same pattern _combined makes."""
    from tradeflows.facts.partners_candidates import PART_BEFORE
    from tradeflows.vocab.patterns import _combined, cue
    with using_language("ru"):
        first = cue("part_before", PART_BEFORE)
        assert cue("part_before", PART_BEFORE) is first is _combined("ru", "part_before", PART_BEFORE)
    assert cue("part_before", PART_BEFORE) is PART_BEFORE


def _ungated_local_times(lang, text, start, end):
    """facts/periods_local.find_local_times as it was: every pattern run over the stretch."""
    from tradeflows.facts import periods_local as pl
    g = pl._grammar(lang)
    taken, out = [], []
    for kind, rx in g["patterns"]:
        if rx is None:
            continue
        for m in rx.finditer(text, start, end):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            t = pl._build(g, kind, m, text, lang)
            if t is not None:
                taken.append((s, e))
                out.append(t)
    out.sort(key=lambda t: t.start)
    return out


def test_local_times_gated_on_their_pieces_are_the_ungated_ones():
    """facts/periods_local.find_local_times: a pattern runs only on a stretch that holds the pieces every match of it
    holds (vocab.required), tested on the lower-cased stretch; the same times as running every pattern, on real pages
    and on a stretch with a character re.I equates with another whose lower() differs ("ᲀ" with "в": not gated)."""
    from tradeflows.facts.periods_local import find_local_times
    # ("ᲀ прошлом месяце": the pattern's "в" matches "ᲀ" case-blind, and the stretch holds no "в" nor "за")
    exotic = "ᲀ прошлом месяце экспорт упал на 5%."
    with using_language("ru"):
        for text in (APOSTROPHE, MOYBY, exotic):
            for s in range(0, len(text), 37):
                for e in (len(text), min(len(text), s + 90)):
                    assert find_local_times("ru", text, s, e) == _ungated_local_times("ru", text, s, e)
        assert [t.year for t in find_local_times("ru", APOSTROPHE, 0, len(APOSTROPHE))][:2] == [2016, 2015]
        assert find_local_times("ru", exotic, 0, len(exotic)) == _ungated_local_times("ru", exotic, 0, len(exotic))
        assert [t.kind for t in find_local_times("ru", exotic, 0, len(exotic))] == ["last_month"]
