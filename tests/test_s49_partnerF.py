"""Session 49, partnerF: partners on pages nobody studied (web36, web37, ruweb25, ruweb26 opened this session)."""
from __future__ import annotations

from phrasing import figs

from tradeflows.facts.places import is_bloc_name


def test_a_blocs_intra_trade_is_the_bloc_with_itself():
    """Rule intra_regional, branch intra_trade_words (aseanstrategic.com, August 2011): 'Regarding intra-trade between
    ASEAN countries, ... at about 25.4% in 2010, up from 24.5% in 2009' on a page led by 'ASEAN intra-trade' is the
    bloc's trade inside itself, both figures (the default would have given the world)."""
    text = ("ASEAN intra-trade is \"going in the right direction\"\n\n"
            "Regarding intra-trade between ASEAN countries, Mr Pitsuwan states that it is \"going in the right "
            "direction\" at about 25.4% in 2010, up from 24.5% in 2009.\n")
    got = [(f.figure, f.reporter, f.partner) for f in figs(text, pub_year=2011)]
    assert got == [("about 25.4%", "ASEAN", "ASEAN"), ("24.5%", "ASEAN", "ASEAN")]


def test_intra_trade_words_read_only_before_the_figure():
    """'Total EAC exports decreased by 4.7 per cent ... - of which intra-EAC share of total exports stood at 22 per
    cent' (data/web37 tuned page bl01, thecitizen.co.tz): the total before 'of which' is the world's, the intra share
    after it the bloc's."""
    text = ("EAC intra-trade rose by 5.6 per cent in 2018, figures say\n\nTotal EAC exports decreased by 4.7 per cent, "
            "to $14.0 billion, in 2018 from $14.7 billion in 2017 - of which intra-EAC share of total exports stood at "
            "22 per cent.\n")
    got = {f.figure: f.partner for f in figs(text, pub_year=2019)}
    assert got["4.7 per cent"] == "world" and got["22 per cent"] == "EAC"


def test_a_bloc_known_only_by_its_local_name_is_a_bloc():
    """Rule intra_regional is read for a bloc reporter; 'Customs Union' is a bloc's canonical name only in
    vocab/ru/places.csv ('Таможенный союз'), so a Russian page's reporter needs is_bloc_name, not the English
    registry."""
    assert is_bloc_name("Customs Union") and is_bloc_name("EAC") and is_bloc_name("Mercosur")
    assert not is_bloc_name("Russia") and not is_bloc_name("Kazan")


TRALAC = ("EU-Africa trading relationship\n\n"
          "In 2016, Africa’s exports to the European Union stood at US$132.88 billion, registering a 11.85% decline from "
          "previous year’s total of US$150.75 billion.\n\n"
          "Major exporting countries in 2016 were South Africa, accounting for (20%), Algeria (14%), Morocco (12%), "
          "Nigeria (9%), Tunisia (8%), Egypt (6%), Cote d’Ivoire (4%), Libya (4%), and Angola (3%).\n")


def test_a_member_of_the_reporters_own_group_is_no_counterpart():
    """Rule member_not_counterpart (facts/partners_candidates.py; data/web36 tuned page bj08, tralac.org): on Africa's
    page, the listed exporters are Africa's own members, each the owner of its share; none is Africa's market, so list_item
    and sentence pass them by and the page's counterpart, the EU, stands (the reporter is repF's field)."""
    got = [(f.figure, f.partner) for f in figs(TRALAC, pub_year=2017) if f.figure.endswith("%)") or f.figure[-1] == "%"]
    got = [g for g in got if g[0] not in ("11.85%",)]
    assert len(got) == 9 and {p for _, p in got} == {"European Union"}


def test_a_member_of_the_partners_group_stays_a_counterpart():
    """europe.xorte.com (Eurostat release, EU27 trade with Africa, 2006): 'Among the African countries, South Africa (20
    bn euro, or 22% of the total) was the leading destination for EU27 exports' is the EU's trade with South Africa:
    an African country is no member of the EU, the reporter, and stays the counterpart."""
    text = ("An EU27 Trade Deficit of 35 bn Euro in 2006 with Africa\n\n"
            "South Africa, Algeria and Libya are main African trade partners of the EU\n"
            "Among the African countries, South Africa (20 bn euro, or 22% of the total) was the leading destination for "
            "EU27 exports in 2006, followed by Morocco and Algeria (both 10 bn or 11%). The leading source of EU27 "
            "imports from Africa was Libya (26 bn or 21%), followed by Algeria (24 bn or 19%) and South Africa (19 bn or "
            "15%).\n")
    got = [(f.figure, f.reporter, f.partner) for f in figs(text, pub_year=2007) if f.figure in ("22%", "21%", "15%")]
    assert got == [("22%", "European Union", "South Africa"), ("21%", "European Union", "Libya"),
                   ("15%", "European Union", "South Africa")]
