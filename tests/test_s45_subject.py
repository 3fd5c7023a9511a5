"""Session 45, reporter and subject on fresh pages (practice pages of /tmp/s45/subject_pages, outlets in no data set).

Rule region_next_paragraph gives a paragraph that opens naming no place the region whose own figures the paragraph
before told. A paragraph that named several of the country's regions told a list of regions' figures, no one region's
own: the next paragraph's flow is the page's subject's, the country's (condition several_regions_before). Each test is
a real page's text, excerpted as the search tool stored it, and the figures' exact reporters."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def reporters_of(text: str, **kw) -> dict[str, tuple[str | None, str]]:
    """{figure: (reporter, reporter rule)} of a web text's figures, the first of each string."""
    out: dict[str, tuple[str | None, str]] = {}
    for f in figures_of_text(text, "page", "web", **kw):
        rule = next(x.split(":", 1)[1] for x in f.fact_rules.split(";") if x.startswith("reporter:"))
        out.setdefault(f.figure, (f.reporter, rule))
    return out


# knowledgecenter.csg.org/kc/content/snapshot-state-trade-canada-and-mexico (Council of State Governments)
CSG = ("Snapshot: State Trade with Canada and Mexico\n\n"
       "With the North American Free Trade Agreement (NAFTA) back in the news, the important trade relationship between "
       "Canada, Mexico and the states is in the spotlight. For 30 out of the 50 States, Canada or Mexico rank as the "
       "first or second largest export market. Here are some quick stats about state exports to these two trading "
       "partners and the jobs that rely on that trade relationship.\n\n\n"
       "  Download State-by-State: Merchandise Exports to Canada, 2012-2016\n\n"
       "  • According to data from the International Trade Association, total U.S. goods exports to Canada in 2016 "
       "were nearly $266 billion – more than $820 for every man, woman and child in the country.\n"
       "  • Three states – Michigan, Ohio and Texas – made up almost a fourth of all exports: $62 billion "
       "altogether.\n"
       "  • Of the 6.7 million jobs supported by goods exports in 2015, 18.5 percent – or 1.2 million – were "
       "supported by exports to Canada.\n\n\n"
       "  Download State-by-State: Merchandise Exports to Mexico, 2012-2016\n\n"
       "  • U.S. goods exports to Mexico in 2016 totaled $231 billion in 2016, or $713 per capita.\n"
       "  • Texas ($92.7 billion), California ($25.3 billion) and Michigan ($12 billion) were the top exporting "
       "states to Mexico in 2016.\n"
       "  • Of the 6.7 million jobs supported by goods exports in 2015, 14.4 percent – or 968,000 – were supported by "
       "exports to Mexico.\n")

# reedconstructiondata.com/market-intelligence/articles/which-provinces-are-punching-above-their-weight-in-export-sales/
REED = ("Which Provinces are Punching Above Their Weight in Export Sales?\n\n"
        "05/14/2013 by Alex Carrick\n\n"
        "While Canada has a vibrant and growing services sector, the nation's economic success is still closely "
        "aligned with export sales of both raw materials and manufactured goods.\n\n"
        "That leaves Alberta and Saskatchewan as the heavyweight and middleweight champions respectively. Both are "
        "taking export slices that are more than double their population proportions.\n\n"
        "In Alberta's case, it's 23.7% versus 11.2% and in Saskatchewan's, 8.1% compared with 3.1%.\n\n"
        "Of course, our various provinces and regions have varying degrees of success in different export product "
        "categories. In what follows, keep in mind that energy exports are most important (26.5% of the total), "
        "followed by metals and minerals (16.6%), vehic\n")

def test_share_after_a_list_of_states_is_the_countrys():
    """csg.org: the bullet after 'Three states – Michigan, Ohio and Texas – made up almost a fourth of all exports'
    tells the jobs the United States' exports to Canada support; before, rule region_next_paragraph gave it Texas, the
    last of the three states."""
    got = reporters_of(CSG, pub_year=2017, lang="en")
    # (the head's "supported by exports to Canada" takes Canada's vote away: the subject names that filter, session 63's
    # NO_VOTE_FILTERS)
    assert got["$62 billion"] == ("Texas", "home_region")
    assert got["18.5 percent"] == ("United States", "subject+cause_clause_head")
    assert got["1.2 million"] == ("United States", "subject+cause_clause_head")


def test_share_after_a_bracketed_list_of_states_is_the_countrys():
    """csg.org: after 'Texas ($92.7 billion), California ($25.3 billion) and Michigan ($12 billion) were the top
    exporting states to Mexico', each state keeps its own amount, and the next bullet's 14.4 percent is the United
    States' (before: Michigan, by rule region_next_paragraph)."""
    got = reporters_of(CSG, pub_year=2017, lang="en")
    assert got["$92.7 billion"] == ("Texas", "home_region")
    assert got["$12 billion"] == ("Michigan", "home_region")
    assert got["14.4 percent"] == ("United States", "subject+cause_clause_head")


def test_national_share_after_two_provinces_is_the_countrys():
    """reedconstructiondata.com (a second page, another country): after a paragraph giving Alberta's and
    Saskatchewan's shares, 'energy exports are most important (26.5% of the total)' is Canada's (before:
    Saskatchewan, by rule region_next_paragraph, and 16.6% after it by rule carried)."""
    got = reporters_of(REED, pub_year=2013, lang="en")
    assert got["23.7%"] == ("Alberta", "home_region")
    assert got["8.1%"] == ("Saskatchewan", "home_region")
    assert got["26.5%"] == ("Canada", "subject")
    assert got["16.6%"] == ("Canada", "subject")

