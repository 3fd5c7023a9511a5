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
