"""Partners and reporters of session 29: a list of countries in a page's opening names no single counterpart
(rule head_list), and "statistics ... with Botswana" is no statistics office of Botswana (subject's agency vote).

South Africa's revenue service writes every monthly release with "These statistics include trade data with
Botswana, Eswatini, Lesotho and Namibia (BELN)": a note on what the figures cover. Before, the first of the list
took the "with" and the "statistics" before it as an office's name, and became the page's counterpart (2020) or
even its reporter (2022). Real sentences of stored pages, exact fields."""
from __future__ import annotations

from phrasing import one_figure, rule

# sars.gov.za, 30 October 2020, "Trade statistics for September 2020"
_SARS = ("Trade statistics for September 2020 \n\nPretoria, 30 October 2020 – The South African Revenue Service (SARS)"
         " today releases trade statistics for September 2020 recording a trade surplus of R33.51 billion. These"
         " statistics include trade data with Botswana, Eswatini, Lesotho and Namibia (BELN). The year-to-date (01"
         " January to 30 September 2020) trade surplus of R167.45 billion is an improvement from the R0.48 billion"
         " surplus for the comparable period in 2019.\n")

# sanews.gov.za (October 2022), "SARS records R19.70bn trade balance surplus"
_SANEWS = ("SARS records R19.70bn trade balance surplus\n\nThe South African Revenue Service’s (SARS) trade statistics for"
           " September 2022 recorded a preliminary trade balance surplus of R19.70 billion.\n\nThese statistics include"
           " trade data with Botswana, Eswatini, Lesotho and Namibia (BELN), SARS said in a statement.\n\nSARS said the"
           " R19.70 billion preliminary trade balance surplus for September 2022 was attributable to exports of R191.56"
           " billion and imports of R171.86 billion.\n")


def test_a_list_of_countries_in_the_opening_is_no_counterpart_of_the_page():
    f = one_figure(_SARS, "R167.45 billion", pub_year=2020, pub_month=10)
    assert (f.reporter, f.partner, rule(f, "partner")) == ("South Africa", "world", "default_world")


def test_statistics_with_a_country_is_no_office_of_that_country():
    f = one_figure(_SANEWS, "R191.56 billion", pub_year=2022, pub_month=10)
    assert (f.reporter, f.partner, f.measure) == ("South Africa", "world", "exports")
    assert rule(f, "reporter") == "subject"
