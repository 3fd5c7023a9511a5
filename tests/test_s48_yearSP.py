"""Years of figures that name no time of their own, carried from an earlier paragraph (session 48, yearSP): a share
said in the present tense in a later paragraph is of the page's own period, not of an older year a paragraph between
carried (rule present_share_head). Real sentences of stored pages outside the development sets, exact values."""
from phrasing import holding, year_spans as spans


# iasgatewayy.com, "Pharma exports rose to 11% in 2018-19" (bullets, each its own paragraph)
PHARMA_2018_19 = (
    "Pharma exports rose to 11% in 2018-19\n"
    "The country's pharmaceutical exports rose by 11% to USD 19.2 billion in 2018-19, mainly driven by higher demand "
    "in regions such as North America and Europe.\n"
    "The pharma exports in 2017-18 stood at USD 17.3 billion and USD 16.7 billion in the previous fiscal.\n"
    "North America constitutes about 30% of Indian pharma exports, followed by Africa and the European Union with "
    "19% and 16% share.\n")


def test_a_present_tense_share_after_an_older_year_is_of_the_pages_period():
    got = spans(PHARMA_2018_19)
    assert holding(got, "USD 19.2 billion")[:3] == (2019, "2018-04", "2019-03")
    assert holding(got, "USD 17.3 billion")[:3] == (2018, "2017-04", "2018-03")
    # "constitutes about 30%": the fiscal year the page opened with, not 2017-18 carried from the bullet before
    assert holding(got, "about 30%") == (2019, "2018-04", "2019-03", "present_share_head")


def test_a_past_tense_share_keeps_the_year_carried():
    # the contrast: "constituted" tells of the year in force, the older one (rule section_period)
    got = spans(PHARMA_2018_19.replace("North America constitutes", "North America constituted"))
    assert holding(got, "about 30%")[:3] == (2018, "2017-04", "2018-03")
