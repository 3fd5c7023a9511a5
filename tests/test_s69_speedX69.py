"""Session 69, speedX69 (cost, byte-identical): places_local._Local.find keeps the scan of a whole text and slices the
places of a span of it (a sentence, the opening) from that scan where the slice is exact (_Scan.span), instead of
reading the span's words again: a Russian page's words were read for places about four times (its currencies'
countries, the subject's votes, the title and opening, each sentence).

The text is a real page (m.islam-today.ru/novosti/2021/12/10/tovarooborot-rossii-i-kazahstana-mozet-dostignut-
rekordnyh-znacenij), its first paragraphs."""
from tradeflows.facts import places_local as PL
from tradeflows.facts.places import find_places
from tradeflows.pipeline import figures_of_text
from tradeflows.text.sentences import split_sentences
from tradeflows.vocab import using_language

# https://m.islam-today.ru/novosti/2021/12/10/tovarooborot-rossii-i-kazahstana-mozet-dostignut-rekordnyh-znacenij
PAGE = ("Товарооборот России и Казахстана может достигнуть рекордных значений\n\n"
        "Товарооборот России и Казахстана по итогам 2021 года может достигнуть рекордного показателя в 23 млрд "
        "долларов. Об этом в интервью телеканалу «Хабар 24» заявил посол России в Казахстане Алексей Бородавкин.\n\n"
        "По словам Бородавкина, страны очень успешно сотрудничают в международных организациях, в первую очередь в "
        "ЕАЭС, ОДКБ, СНГ, ШОС, а также в рамках Совещания по взаимодействию и мерам доверия в Азии.\n")


def _alone(text, s, e):
    """The places of text[s:e] read alone (the loop itself, no kept scan)."""
    return [p for _, _, p in PL._local("ru")._scan(text, s, e) if p is not None]


def _spans(text):
    out = []
    start = 0
    for para in text.split("\n"):
        out += split_sentences(text, start, start + len(para))
        start += len(para) + 1
    return out


def test_sentences_sliced_from_the_whole_scan_equal_their_own_reading():
    loc = PL._local("ru")
    loc.scans.clear()
    whole = loc.find(PAGE, 0, len(PAGE))
    assert [p.surface for p in whole][:4] == ["России", "Казахстана", "России", "Казахстана"]
    assert PAGE in loc.scans
    spans = _spans(PAGE)
    assert len(spans) >= 4
    for s, e in spans:
        assert loc.scans[PAGE].span(PAGE, s, e) is not None   # (a sentence ends before a space: sliced)
        assert loc.find(PAGE, s, e) == _alone(PAGE, s, e)


def test_span_cut_inside_a_word_or_a_name_is_read_alone():
    loc = PL._local("ru")
    loc.scans.clear()
    loc.find(PAGE, 0, len(PAGE))
    scan = loc.scans[PAGE]
    i = PAGE.index("Казахстана")
    # (the span ends inside "Казахстана": a letter follows its end, so the slice may differ: read alone)
    assert scan.span(PAGE, 0, i + 4) is None
    assert loc.find(PAGE, 0, i + 4) == _alone(PAGE, 0, i + 4)
    # (the span starts inside a place of the scan: read alone, as its first word follows a letter)
    assert scan.span(PAGE, i + 2, len(PAGE)) is None
    assert loc.find(PAGE, i + 2, len(PAGE)) == _alone(PAGE, i + 2, len(PAGE))
    # (a span of another text is never sliced from this one's scan)
    other = PAGE.replace("Казахстана", "Узбекистана")
    assert loc.find(other, 0, 60) == _alone(other, 0, 60)


def test_kept_scans_stay_bounded():
    loc = PL._local("ru")
    loc.scans.clear()
    for k in range(PL._SCANS_KEPT + 3):
        text = f"{k} Экспорт в Казахстан вырос."
        loc.find(text, 0, len(text))
    assert len(loc.scans) <= PL._SCANS_KEPT


def test_page_figures_the_same_with_and_without_kept_scans(monkeypatch):
    PL._local("ru").scans.clear()
    kept = [(f.figure, f.reporter, f.partner, f.measure, f.fact_rules) for f in figures_of_text(PAGE, "t", "txt")]
    monkeypatch.setattr(PL, "_SCANS_KEPT", 0)   # (every whole text's scan dropped at once: each span read alone)

    class NoScans(dict):
        def __setitem__(self, key, value):
            pass
    monkeypatch.setattr(PL._local("ru"), "scans", NoScans())
    alone = [(f.figure, f.reporter, f.partner, f.measure, f.fact_rules) for f in figures_of_text(PAGE, "t", "txt")]
    assert kept == alone
    assert kept and kept[0][:2] == ("23 млрд долларов", "Russia")


def test_find_places_of_a_sentence_unchanged():
    with using_language("ru"):
        s, e = _spans(PAGE)[1]
        PL._local("ru").scans.clear()
        before = find_places(PAGE, s, e)
        find_places(PAGE)
        assert find_places(PAGE, s, e) == before
