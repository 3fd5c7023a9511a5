"""Session 61, helper xfailY61: odd cases and rule-off checks beside the strict xfails lifted in tests/test_s61_testX61.py
(respectively_after, goal_dash_aside, ru locus_owner_before, en focus_list_goes_on). Real sentences from pages outside
the development sets (the `search` tool, corpus "pages"; each address cited)."""
from tradeflows.facts import relate
from tradeflows.facts.sieves import PARTNER_SIEVE
from tradeflows.pipeline import figures_of_text


def _rule(f, field: str) -> str:
    return next(x for x in f.fact_rules.split(";") if x.startswith(field + ":")).split(":", 1)[1]


# https://www.rough-polished.com/en/news/115783.html (the store's excerpt, as in tests/test_s61_testX61.py: its last
# sentence pairs the UK and France with the two figures; an excerpt of that paragraph alone makes Europe the reporter and
# leaves its members out of the candidates)
ROUGH = ("On the back of ongoing anti-government protests in the Hong Kong, exports of Swiss timepieces in top luxury "
         "watch market Hong Kong took a hit in October, as per a report in jewellerynet.com\n"
         "Data from the revealed that shipments to Hong Kong – a traditionally strong export market for Swiss "
         "watchmakers – plunged 30 percent in October, hindering overall growth.\n"
         "All other major markets exhibited strong results, with China registering a 17.6 percent uptick and toppling "
         "Hong Kong as the second strongest Swiss watch export market after the US.\n"
         "\"Swiss watch exports passed the CHF2 billion (around US$2.02 billion) mark last month, thanks to growth of 1.5 "
         "percent compared with October 2018.Overall growth was hindered by the very marked decline in Hong Kong while "
         "the rest of the world generally saw an upturn of 6.5 percent.\"\n"
         "According to the federation, weakening exports in Hong Kong were more in line with the actual situation in the "
         "local market and had a significant impact on global growth, reducing it by five points.\n"
         "Shipments to the US were up 9.5 percent, followed by China and Japan (11.3 percent growth). Europe saw an 8.3 "
         "percent rise in exports, which can be traced to a 12.9 percent and 24.2 percent hike in the UK and France, "
         "respectively.\n")


def test_respectively_after_turned_off_leaves_the_pair_unread(monkeypatch):
    """The sentence with rule respectively_after off (its sieve entry answering None): the two figures go to no place of
    the list after them, which the lifted test in test_s61_testX61.py forbids."""
    i = next(k for k, (name, _) in enumerate(PARTNER_SIEVE) if name == "respectively_after")
    monkeypatch.setattr(relate, "PARTNER_SIEVE",
                        PARTNER_SIEVE[:i] + (("respectively_after", lambda cl: None),) + PARTNER_SIEVE[i + 1:])
    got = {f.figure: f for f in figures_of_text(ROUGH, "page", "web", pub_year=2019)}
    assert (got["12.9 percent"].partner, got["24.2 percent"].partner) != ("United Kingdom", "France")


def test_respectively_after_is_in_the_sieve_before_respectively():
    names = [n for n, _ in PARTNER_SIEVE]
    assert names.index("respectively_after") + 1 == names.index("respectively")


# https://rus.postimees.ee/7087651/evrostat-v-etom-godu-eksport-sokrashchalsya-vo-vseh-baltiyskih-stranah (its first
# sentence): odd case beside locus_owner_before, the flow word with no owner named before "в Литве" keeps the locus
POSTIMEES = ("В январе-сентябре этого года, по сравнению с тем же периодом прошлого года объемы экспорта в Литве снизились "
             "на 7% до 18 млрд евро, в Эстонии – также на 7% до 8,9 млрд евро, Латвии – на 4% до 8,7 млрд евро, "
             "показывают обнародованные в пятницу данные статистической службы ЕС.\n")


def test_a_flow_with_no_owner_before_the_locative_keeps_the_locus():
    f = figures_of_text(POSTIMEES, "page", "web", pub_year=2019, lang="ru")[0]
    assert (f.figure, f.reporter, f.partner, _rule(f, "reporter")) == ("7%", "Lithuania", "world", "locus_flow")
