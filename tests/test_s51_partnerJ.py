"""Session 51, partnerJ: the world cue and the empty partner, from the fresh evidence of web39 and ruweb28."""
from __future__ import annotations

from phrasing import figs

from tradeflows.facts.bodies import in_body_name
from tradeflows.facts.world import _WORLD_POSSESSIVE, _world_strong


def _got(text, year):
    return [(f.figure, f.reporter, f.partner, f.fact_rules.split("partner:")[1].split(";")[0])
            for f in figs(text, pub_year=year)]


# mymotherlode.com (AP, 14 April 2025): "the world's second largest economy" is the reporter's epithet, no counterpart
AP = ("China's exports jump\n\nChina’s exports jumped 12.4% in March from a year earlier as companies rushed to beat "
      "increases in U.S. tariffs, the government said Monday.\n\nImports fell 4.3%, the customs administration reported.\n\n"
      "It said exports from the world’s second largest economy rose 5.8% in the first three months of the year from a "
      "year earlier while imports sank 7%.\n")


def test_the_worlds_epithet_is_no_world_cue():
    """A possessive "world's" (the world's largest, second largest ...) names a place by its rank, no counterpart: rule
    world_cue leaves it (on web39 it called Kenya's tea sold "to the world's largest tea market", China, the world's);
    the total here is still the world's, by the rule that reads a flow with no counterpart in its paragraph."""
    got = _got(AP, 2025)
    assert ("7%", "China", "world", "default_world") in got
    assert all(g[3] != "world_cue" for g in got)


def test_world_inside_a_body_name_is_no_world_cue():
    """wtocenter.vn (La Prensa Latina): "... citing national statistics as well as data from the World Trade
    Organization": "World" inside a body's name (facts/bodies.py, as world_words reads it) is no cue; the plain
    cue words stay."""
    s = "The agency said these were record figures for China, citing national statistics as well as data from the World Trade Organization."
    i = s.index("World")
    assert in_body_name(s, i, i + 5)
    assert _world_strong().search(s).group() == "World"   # the pattern alone still matches: world_cue skips it
    for plain in ("exports to the world rose", "sold worldwide", "trade with the world"):
        m = _world_strong().search(plain)
        assert m is not None and not _WORLD_POSSESSIVE.match(plain, m.end())
    t = "to the world’s largest tea market"
    assert _WORLD_POSSESSIVE.match(t, _world_strong().search(t).end())


def test_non_european_union_spelled_out_is_the_non_eu_group():
    """theguardian.com (September 2012, ONS figures): "Exports to non-European Union countries increased by £1.3bn to
    £13.2bn in July": the group outside the EU spelled out is the gazetteer's "non-EU countries" (places.csv rows
    non-European Union [countries]), as the gold names it on five sets, not a name of its own; as on web26's "Non-European
    Union exports rose 14.4% in the quarter", whose counterpart was the EU itself. theargus.co.uk's "non-EU exports"
    keeps its group."""
    text = ("UK trade deficit drops after sharp rise in exports outside EU\n\nExports to non-European Union countries "
            "increased by £1.3bn to £13.2bn in July, the Office for National Statistics says.\n")
    assert [g[2] for g in _got(text, 2012)] == ["non-EU countries", "non-EU countries"]
    argus = ("Surprise as trade deficit widens\n\nDisappointing business with countries outside the European Union lay "
             "behind the increase with the value of non-EU exports down 13 per cent during the period.\n")
    assert [g[2] for g in _got(argus, 2010)] == ["non-EU countries"]
