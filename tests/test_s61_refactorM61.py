"""Session 61, helper refactorM61: four rules that decided inside an older rule and wrote that rule's name now write
their own to fact_rules, after the name of the rule that decides the field (records.VIA):

- possessive_frame_total (facts/partners_carried.py head): "экспорт Литвы" on a page headed by a pair passes head on,
  default_world decides: "partner:default_world+possessive_frame_total";
- bilateral_share (facts/world.py no_counterpart): a share of the pair's mutual settlements passes no_counterpart on,
  bilateral_head or bilateral_carried decides: "partner:bilateral_head+bilateral_share";
- parts_bracket (facts/partners_sentence.py sentence): the places of a breakdown bracket after the figure are set aside,
  the sentence's other place decides: "partner:sentence+parts_bracket";
- region_outvotes_country (facts/subject.py): the head's region made the page's subject in its country's stead;
  rule subject decides the reporter: "reporter:subject+region_outvotes_country".

Only the names change (the dump of the 88 sets differs from session 60's in fact_rules alone)."""
from __future__ import annotations

from tradeflows.facts.subject import document_subject
from tradeflows.pipeline import figures_of_text
from tradeflows.vocab import using_language
from tests.test_s59_openR37 import LITHUANIA
from tests.test_s60_partnerP60 import USHAKOV
from tests.test_s60_repZ60 import HEILONGJIANG


def _all(text: str, figure: str, lang: str | None = None, pub_year: int | None = None) -> list:
    return [f for f in figures_of_text(text, "t", "txt", lang=lang, pub_year=pub_year) if f.figure == figure]


def _rule(f, field: str) -> str:
    return next(r for r in f.fact_rules.split(";") if r.startswith(field + ":"))


def test_possessive_frame_total_names_itself():
    """'экспорт литовского происхождения ... снизился на 0,4%' after 'показатели экспорта Литвы' on a page headed
    'Экспорт Литвы в Россию и СНГ рухнул на 41%' (the sentence of test_s59_openR37): head passes the owner's own flow on
    and default_world decides; the name of the rule that passed it shows after."""
    f = _all(LITHUANIA, "0,4%", "ru", 2015)[0]
    assert (f.value, f.measure, f.reporter, f.partner) == (-0.4, "exports", "Lithuania", "world")
    assert _rule(f, "partner") == "partner:default_world+possessive_frame_total"


def test_a_flow_with_the_pair_named_keeps_its_rule_alone():
    """Odd case: the title's own figure ('рухнул на 41%') names its pair; possessive_frame_total decides nothing there."""
    f = _all(LITHUANIA, "41%", "ru", 2015)[0]
    assert _rule(f, "partner") == "partner:conjoined_pair"


def test_bilateral_share_names_itself():
    """tass.ru/ekonomika/25714245: the quoted 'доля рубля в взаимных расчетах достигла 97%' (no place named) is the
    pair's; no_counterpart passes it on (bilateral_share) and bilateral_head decides."""
    f = _all(USHAKOV, "97%")[-1]
    assert (f.value, f.measure, f.reporter_iso3, f.partner_iso3) == (97.0, "other", "RUS", "KGZ")
    assert _rule(f, "partner") == "partner:bilateral_head+bilateral_share"


def test_a_share_naming_the_pair_keeps_the_sentence_rule_alone():
    """Odd case: the opening's 'Доля рубля во взаимных расчетах России и Киргизии достигла 97%' names both; the
    sentence rule decides before no_counterpart is asked, so no bilateral_share."""
    f = _all(USHAKOV, "97%")[0]
    assert _rule(f, "partner") == "partner:sentence"


# The rule's own example (facts/partners_sentence.py; ruweb38 ck01, a development page: no page outside the development
# sets with a breakdown bracket was found in the stored pages this session)
EU_BRACKET = ("Евросоюз стал крупнейшим торговым партнером РФ с оборотом в 59,9 миллиарда долларов (из них на Нидерланды "
              "приходится 11,3 миллиарда, на Германию - 11,2).\n")


def test_parts_bracket_names_itself():
    """The places in '(из них на Нидерланды ..., на Германию ...)' are the parts'; the sentence's other place, the EU,
    is the whole's counterpart, and the name of the rule that set the bracket aside shows after sentence's."""
    f = _all(EU_BRACKET, "59,9 миллиарда долларов", "ru")[0]
    assert (f.value, f.reporter, f.partner) == (59.9e9, "Russia", "European Union")
    assert _rule(f, "partner") == "partner:sentence+parts_bracket"


def test_a_figure_inside_the_bracket_is_its_parts():
    """Odd case: '11,3 миллиарда' stands in the bracket, after no opening of its own: its place is the Netherlands, and
    parts_bracket, which reads the bracket after a figure, is not named."""
    f = _all(EU_BRACKET, "11,3 миллиарда", "ru")[0]
    assert (f.partner, _rule(f, "partner")) == ("Netherlands", "partner:sentence")


def test_region_outvotes_country_is_named_where_it_decides():
    """e.my399.com (chinadaily.com.cn, the page of test_s60_repZ60): Heilongjiang outvotes China in the head;
    document_subject gives the rule's name to the caller, which fact_rules writes after subject's."""
    made_by: list = []
    assert document_subject(HEILONGJIANG, made_by=made_by) == ("Heilongjiang Province", "CHN", "head")
    assert made_by == ["region_outvotes_country"]


def test_a_country_named_in_the_head_is_no_outvote():
    """Odd case: the Ushakov page (tass.ru) is Russia's by the head's vote of a country itself: no region rule named."""
    made_by: list = []
    with using_language("ru"):
        assert document_subject(USHAKOV, made_by=made_by)[1:] == ("RUS", "head")
    assert made_by == []


# https://www.businessnews.com.au/article/Trade-surplus-WA-exports-smash-ceiling (6 August 2019; the title and the
# paragraphs of the page up to the Asian powerhouse, the subscription notice and the repeated lead left out)
WA_CEILING = ("Trade surplus, WA exports smash ceiling\n\n"
              "Western Australia’s exports surpassed $161 billion in the year to June, as Australia recorded its largest "
              "ever trade surplus in the month.\n\n"
              "The national trade surplus is now at a record $8 billion.\n\n"
              "For WA, merchandise exports were the highest for any 12-month period since records began.\n\n"
              "The acceleration has been rapid.\n\n"
              "WA exports were about 34 per cent higher than the year to June 2017, when merchandise exports were $120.4 "
              "billion.\n\n"
              "China has continued to play a massive role in the state’s trade.\n\n"
              "In June alone, WA exported about $9.3 billion of merchandise to the Asian powerhouse.\n")


def test_region_outvotes_country_names_itself_after_subject():
    """Western Australia (and "WA") outvotes Australia in the head: the page is the state's, and a figure whose reporter
    the page's subject decides writes the rule that made the state the subject after subject's name."""
    made_by: list = []
    assert document_subject(WA_CEILING, made_by=made_by) == ("Western Australia", "AUS", "head")
    assert made_by == ["region_outvotes_country"]
    f = _all(WA_CEILING, "$120.4 billion")[0]
    assert (f.value, f.measure, f.reporter, f.partner) == (120.4e9, "exports", "Western Australia", "world")
    assert _rule(f, "reporter") == "reporter:subject+region_outvotes_country"


def test_a_region_named_in_the_sentence_keeps_its_rule_alone():
    """Odd case: the lead names "Western Australia’s exports": rule home_region decides from the sentence, not from the
    page's subject, so no region_outvotes_country."""
    f = _all(WA_CEILING, "surpassed $161 billion")[0]
    assert _rule(f, "reporter") == "reporter:home_region"
