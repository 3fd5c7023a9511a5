"""The order of the reporter and partner rules: one table per field, most precise first.

As in a multi-pass sieve (Stanford's deterministic coreference), each rule is tried in turn
and the first that decides names itself in Figure.fact_rules ("reporter:pair"). Reordering
is an edit of these tables; each rule lives in facts/reporters.py, facts/world.py or a
facts/partners_*.py module (gathered by facts/partners.py, hence P.<rule>).
"""
from __future__ import annotations

from tradeflows.facts import partners as P
from tradeflows.facts import reporters as R
from tradeflows.facts import reporters_anaphor as RA
from tradeflows.facts import reporters_apposition as RP
from tradeflows.facts import reporters_cited as RC
from tradeflows.facts import reporters_entity as RN
from tradeflows.facts import reporters_exporter as RE
from tradeflows.facts import reporters_gdp as RG
from tradeflows.facts import reporters_importer as RI
from tradeflows.facts import reporters_list as RL
from tradeflows.facts import reporters_owner as RO
from tradeflows.facts import reporters_section as RS
from tradeflows.facts import reporters_world as RW
from tradeflows.facts import reporters_whose as RH
from tradeflows.facts.reporters_bloc_mutual import bloc_mutual_trade
from tradeflows.facts.reporters_national import national_figure
from tradeflows.facts.reporters_entity_share import entity_share
from tradeflows.facts import world as W
from tradeflows.facts.partners_breakdown import group_breakdown
from tradeflows.facts.partners_group_item import group_member_counterpart
from tradeflows.facts.partners_joint import joint_item
from tradeflows.facts.partners_mutual import mutual_trade
from tradeflows.facts import partners_pair as PP
from tradeflows.facts.reporters_group_item import group_member_item
from tradeflows.facts.reporters_region_noun import region_noun_subject
from tradeflows.facts.reporters_region_owner import region_noun_flow
from tradeflows.facts.reporters_speaker_named import pair_speaker_named
from tradeflows.records import add_via

REPORTER_SIEVE = (
    ("member_list", R.member_list),      # "EU Member States ... Germany (€8.3 billion)"
    ("exporter_named", RE.exporter_named),  # "Major exporting countries ... were South Africa (20%), Algeria (14%)"
    ("origins_listed", RE.origins_listed),  # "exports from Guatemala (-1.4%), Honduras (-4.3%) and Nicaragua (-5.8%)"
    ("origin_item", RE.origin_item_reporter),  # "$25.3m exports from Fiji, $7.9m from PNG": PNG's
    ("world_rank_item", RE.world_rank_item),  # "... на 24-е место в мире. Лидирующие позиции ... занимают Франция (11 млрд долларов)"
    ("entity_share", entity_share),      # "QIZ products made up 37% of Egypt’s total exports to the U.S.": Egypt QIZs
    ("flow_after", R.flow_after),        # "3.2 billion dollars of Saudi exports to Egypt"
    ("respectively_subject", RL.respectively_subject),  # "Taiwan and Vietnam ... at 18.9% and 13%, respectively"
    ("while_subject", RL.while_subject),  # "..., while Indonesia chalked up a trade surplus of 21.74 billion USD"
    ("list_owner", RL.list_owner),       # "China's exports ... contracted by 7.5%, Malaysia's were down by 6.1%"
    ("owner_list", RL.owner_list),       # "Латвия ... экспортировала ... 4,404 млрд евро, Литва - на 10,35 млрд евро"
    ("group_member_item", group_member_item),  # "из семи европейских государств экспорт в Россию превысил ...: Словения- 37%"
    ("balance_for", R.balance_for),      # "leading to a US$ 7 billion trade surplus for India"
    ("share_of_country_total", RA.share_of_country_total),  # "Japan's exports totalled $823.27 million or a 13.2 percent share of the country's total" (the Philippines')
    ("entity_designated", RN.entity_designated),  # "Trade at Port Laredo for the month of April increased 21.71 percent"
    ("entity_demonstrative", RN.entity_demonstrative),  # "через КПП Маньчжоули ... . Так, ... через данный КПП прошло ... $3,5 млрд"
    ("entity_sentence_before", RN.entity_sentence_before),  # "... завод (БелАЗ) установил рекорд экспорта ... . Так, ... составлял 41%"
    ("entity_subject", RN.entity_subject),  # "The Port of Laredo is the number 1 inland port ... with $248.5 billion in total trade"
    ("whose_flow", RH.whose_flow),       # "below Australia whose export value of coal has reached $6.51 billion"
    ("possessive", R.possessive),        # "Kazakhstan's exports", "China's imports from Africa"
    ("gdp_owner", RG.gdp_owner),         # "ВВП Беларуси снизится на 2,3%", "Vietnam's gross domestic product grew 5.03 percent"
    ("locus_flow", R.locus_flow),        # "In Germany exports increased by 0.5% and imports decreased by 1.3%"
    ("flow_by", R.flow_by),              # "imports made by Mexico ... were 21 thousand 46 million dollars"
    ("world_trade", RW.world_trade),     # "Объем международной торговли снизился в 2020 г. на 9 %": the world's
    ("carried_part", R.carried_part),    # a frame naming the country of the organization carried
    ("pair_part", R.pair_part),          # "оборот ЕАЭС с Ираном ... . При этом экспорт вырос": the pair before
    ("frame", R.flow_frame),             # "exports from Russia to China", "Brazil exported ... to China"
    ("bloc_mutual_trade", bloc_mutual_trade),  # "Объем взаимной торговли в ЕАЭС достиг почти $100 млрд": the bloc's
    ("demonym_flow", R.demonym_flow),    # "Russian exports", "EU imports"
    ("demonym_importer", RI.demonym_importer),  # "Spanish imports of Moroccan products rose to €1,841 million"
    ("anaphor_flow", R.anaphor_flow),    # "this country imported ... worth $106 million"
    ("its_flow", R.its_flow),            # "China emerged ... . Its exports in 2013 were valued at $2.21 trillion"
    ("country_anaphor", RA.country_anaphor),  # "Vietnam exported ... . The country's trade deficit ... slipped by 19.5%"
    ("locus", R.locus),                  # "in Vietnam, GDP growth was"
    ("organization", R.organization),    # "BelAZ exports"
    ("company_named", R.company_named),  # "Rogachev Milk Canning Plant signed ... for 500 thousand dollars"
    ("transactions_of_org", R.transactions_of_org),  # "... exchange trading sessions ... the amount of transactions"
    ("home_region", R.home_region),      # "Minsk Region" of the document's country
    ("region_named_again", RA.region_named_again),
    ("region_noun_flow", region_noun_flow),  # "... Гродненской области ... свыше 50% экспортных поставок области"  # "... in the Gomel region. In 2020, the trade turnover of the Belarusian region"
    ("list_heading", R.list_heading),    # "странами-импортерами из Узбекистана стали:\nКитай — $ 6,5 млрд."
    ("market_for", RP.market_for),      # "the largest export market for Uzbekistan (USD 1.63 billion)"
    ("partner_apposition", RP.partner_apposition),  # "Shipments to China, South Korea's biggest trading partner, dropped 20 percent"
    ("cited_flow", RC.cited_flow),       # "Exports ... fell 20 percent ..., data from the Korea Customs Service showed"
    ("cited_again", RC.cited_again),     # "Semiconductor sales ... declined 29 percent, ..., the data showed"
    ("pair_data", RC.pair_data),         # "trade between Africa and China ..., according to figures released by Chinese leaders"
    ("pair_speaker", RC.pair_speaker),  # "Товарооборот между Молдовой и Украиной ..." where "сказал премьер-министр Украины"
    ("pair_speaker_named", pair_speaker_named),  # "Пашинян ответил, что торговый оборот России и Армении достиг $4 млрд"
    ("pair", R.pair),                    # "trade between A and B", "Sino-Russian trade"
    ("national_figure", national_figure),  # "The national average is 38.2 percent for exports" after a port's: the country's
    ("carried", R.carried),              # an organization or region named in the paragraph
    ("pair_named_before", R.pair_named_before),  # "между Казахстаном и Россией ... товарооборот между странами"
    ("entity_anaphor", RA.entity_anaphor),  # "The province's trade with countries along the Belt and Road reached ..."
    ("region_noun_subject", region_noun_subject),  # "volume of the province" where the head made its country the subject
    ("section_owner", RS.section_owner),  # "Chinese exports still powering ahead" (a subheading) ... "Exports jumped 45.7%"
    ("counterpart_region", R.counterpart_region),  # "Экономика Гродненской области ... Товарооборот с Россией" on a page about Russia
    ("counterpart_of_subject", R.counterpart_of_subject),  # "exports to Russia" on a page about Russia
    ("frame_carried", R.frame_carried),  # "Vietnam's exports to the U.S. ... . Articles of apparel ... 2.5 billion USD"
    ("opening_data_side", RC.opening_data_side),  # "The trade balance between India and Oman ..., data from an Indian government website"
    ("region_next_paragraph", R.region_next_paragraph),  # "... оборот Самарской области ... . || Экспортные поставки снизились на 49,7%"
    ("item_subject", R.item_subject),  # "Pound Sterling - UK Markets" / "... the UK" after a story on German exports
    ("entity_carried", RN.entity_carried),  # "Trade at Port Laredo ... increased" ... || "Breaking it down, exports increased 10.04 percent"
    ("owner_in_force", RO.owner_in_force),  # "the US trade deficit expanded ... . ... driven by a −1.1 percent decrease in exports"
    ("sources", R.sources),              # the reporter sources.csv gives
    ("role_owner_clause", RP.role_owner_clause),  # "The largest export and import partner for Africa is the EU-27 with 31 % of exports"
    ("role_owner_continued", RP.role_owner_continued),  # "In exports it was followed by other African countries (16 %)" after "... partner for Africa is the EU-27"
    ("subject", R.subject),              # the page's subject, from its title and opening
    ("subject_later", R.subject_later),  # an opening naming only destinations: the flow's owner further on
    ("currency_country", R.currency_country),  # a page naming no place: its amounts' own currency ("507,3 млн латов")
    ("unplaced_later", R.unplaced_later),  # a page naming no place in its opening: the flow's owner further on
    ("outlet", R.outlet),                # a page naming no place: its outlet's web domain (.kg, .co.kr)
)

PARTNER_SIEVE = (
    ("world_trade", W.world_trade_none),  # the world's own trade (reporter world_trade): no counterpart
    ("gdp_no_counterpart", W.gdp_none),  # "рост ВВП Литвы ... во всем Евросоюзе ... 3,6%": a GDP figure has none
    ("indicator_no_counterpart", W.indicator_none),  # "the NIS strengthened compared the US Dollar by 1.5%": none
    ("bloc_mutual_partner", P.bloc_mutual_partner),  # "товарооборота между странами СНГ" (reporter bloc_mutual_trade): the bloc
    ("intra_bloc", P.intra_bloc),        # "Intra-Mercosur trade reached US$ 41 billion": the bloc itself
    ("intra_regional", P.intra_regional),  # "intra-regional exports increased 3.4%" of a bloc: the bloc itself
    ("mutual_trade", mutual_trade),  # "The volume of mutual trade between the countries of the EAEU has doubled": the bloc
    ("extra_bloc", P.extra_bloc),        # "extra-EU28 exports of goods ... EUR 160.9 bln": the rest of the world
    ("group_member_counterpart", group_member_counterpart),  # "... экспорт в Россию превысил ...: Словения- 37%": Russia
    ("member_counterpart", P.member_counterpart),  # a bloc member's figure: the bloc page's counterpart
    ("origin_item_counterpart", P.origin_item_counterpart),  # "$25.3m exports from Fiji, $7.9m from PNG": Fiji
    ("exporter_counterpart", P.exporter_counterpart),  # a country ranked as exporter: the page's counterpart, else the world
    ("flow_owner", P.flow_owner),        # "India's imports ... constituted 7.8 per cent of Sri Lanka's total exports"
    ("owners_counterpart", W.owners_counterpart),  # "Экспорт Литвы в ЕС составил 59% ..., Эстонии - 72%": EU, not Latvia
    ("respectively_after", P.respectively_after),  # "a 12.9 percent and 24.2 percent hike in the UK and France, respectively"
    ("respectively", P.respectively),    # "China and the US grew by 14.1% and 10.1% respectively"
    ("respectively_followed", P.respectively_followed),  # "Oman and Kuwait followed Saudi Arabia with 19 per cent and 16 per cent, respectively"
    ("respectively_previous", P.respectively_previous),  # "... were A, B and C, with ... respectively. The growth rates were 5%, 9% and 13%, respectively"
    ("share_to_trade", P.share_to_trade),  # "21 per cent of that sum was due to trade with South Africa"
    ("residual_item", P.residual_item),  # "CEFTA countries with 13.36 percent, and other countries with 20.89 percent"
    ("residual_after", P.residual_after),  # "12% to Brazil, Russia, India and China, and 38% to the rest of the world"
    ("residual_pair", P.residual_pair),  # "... with the United States ... . The deficit between Canada and all other countries"
    ("pair_item", P.pair_item),          # "Chile and Bolivia, 4% each", "China and the United States account for 52%"
    ("pair_subject_each", PP.pair_subject_each),  # "Syria and the United Arab Emirates come second ... $34 million for each country"
    ("right_after", P.right_after),      # "50.2% to the USA, 13.2% to the United Kingdom"
    ("paired_places", P.paired_places),  # "The EU and ASEAN followed with 16.1 billion USD and 11.5 billion USD"
    ("share_owner", P.share_owner),      # "доля Китая ... составляет 61%, а доля России -- 16%"
    ("possessive_share", P.possessive_share),  # "Russia's trade turnover share amounted to 18.6%"
    ("world_named", W.world_named),      # "$494 billion with the world as a whole"
    ("owner_whole", W.owner_whole),      # "15.6% of the United States' $2.98 trillion import market"
    ("owner_whole_bracket", W.owner_whole_bracket),  # "New Zealand's total goods exports ($70.4 billion)"
    ("share_whole_amount", W.share_whole_amount),  # "14.83 percent of the total exports amounting to $12510.845 million"
    ("clause_total", W.clause_total),    # "..., while that of the country's total imports climbed to 93.8 billion euros"
    ("share_of_bloc_flow", P.share_of_bloc_flow),  # "Uganda was the largest export destination ..., accounting for 29.3% of total exports to Africa"
    ("share_of_flow_to", P.share_of_flow_to),  # "80.6 percent of exports to South Korea"
    ("change_in_flow_to", P.change_in_flow_to),  # "a 5.3% increase was recorded in exports to Italy"
    ("ranked_with", P.ranked_with),      # "Poland is second with only 5.2 percent, Ukraine is third with 4.1 percent"
    ("bracket_part", P.bracket_part),    # "85.8 percent (including EU 79.4 percent)": the part the bracket names
    ("joint_item", joint_item),        # "заняли Иран, Куба и Сирия — 19%, Саудовская Аравия — 14%": the three together
    ("list_item", P.list_item),          # "Egypt ($41.6 million), Angola (up to $31 million)"
    ("those_of", P.those_of),            # "Indonesia's exports to China were below those of Vietnam, at US$69.5 billion"
    ("others_item", W.others_item),     # "в страны СНГ ... 75% всех товаров, в другие страны - 25%": outside the bloc
    ("frame", P.frame),                  # "Georgia's exports to the EU", "trade between A and B"
    ("with_it", P.with_it),              # "Kazakhstan remained ...: trade turnover with it ... $26 billion"
    ("bloc_anaphor", P.bloc_anaphor),    # "Vietnam's trade with the bloc": the bloc named last
    ("share_subject", P.share_subject),  # "Kazakhstan ranked second ..., accounting for 13.8% of overall trade turnover"
    ("region_name_anaphor", P.region_name_anaphor_dest),  # "exports to the East Asia nation": the country named last
    ("region_anaphor", P.region_anaphor_dest),  # "Mexican exports to the Asian country": the country named last
    ("anaphor_dest", P.anaphor_dest),    # "Spanish exports to the Kingdom": the page's counterpart
    ("demonym_origin", P.demonym_origin),  # "Chinese imports experienced an overall decline of 13.5 percent" (Brazil's)
    ("world_whole", W.world_whole),      # "the global trade of the US, which amounted to $X"
    ("world_rank", W.world_rank),        # "the United States whose exports were valued at $X" in a world ranking
    ("listed_owners", W.listed_owners),  # "a contraction of 6.0% in Thailand, 4.1% in Singapore": each one's total
    ("top_group", W.top_group),          # "The top 10 countries accounted for 48.0 percent of total exports"
    ("group_breakdown", group_breakdown),  # "... top ten trading partners ... $41.570 billion. This comprised a total export receipt of $20.241 billion"
    ("owner_frame_total", W.owner_frame_total),  # "Ukraine reduced exports to $36 billion in 2023": its total
    ("displaced_market", P.displaced_market),  # "The Chinese mainland dislodged Japan as the Philippines' third export market ..., with the amount hitting $761.40 million"
    ("world_examples", W.world_examples),  # "to overseas clients, especially to the Middle East and the African region"
    ("sentence", P.sentence),            # the place of the sentence nearest the figure
    ("list_anaphor", P.list_anaphor),  # "... Bangladesh, China, India and Thailand. Exports to these four countries ...": the list
    ("ranked_before", P.ranked_before),  # "Нидерланды занимали 3 место среди стран-торговых партнеров РТ. ... оборот увеличился в 4,36 раза"
    ("unnamed_group", W.unnamed_group),  # "trade volume with neighboring countries": none carried
    ("share_of_output", W.share_of_output),  # "we export over 70% of our GDP": the world
    ("previous_counterpart", P.previous_counterpart),  # "... a Korean firm ... . Its investment reached $19.2 million": the one before
    ("no_counterpart", W.no_counterpart),  # investment, output: only a named counterpart
    ("own_trade", W.own_trade),          # "New Zealand's two-way trade ...", "Azerbaijan's trade turnover": its total
    ("share_in_total", P.share_in_total),  # "The share in India's total exports declined from 2.16 per cent": carried
    ("world_cue", W.world_cue),          # "to 161 countries", "foreign markets"
    ("whole_of_which", W.whole_of_which),  # "$48 billion of goods were exported ..., of which $10 billion worth went to China"
    ("mirror_flow", P.mirror_flow),      # "China's exports to India ... . However, India's exports ... $13.97 billion"
    ("reverse_flow", P.reverse_flow),    # "Uganda's exports to Kenya ... . On the other hand, Uganda's imports rose"
    ("pair_part", P.pair_part),          # "оборот ЕАЭС с Ираном ... . При этом экспорт вырос": the pair before
    ("frame_carried", P.frame_carried),  # the other side of the flow frame a place-less sentence continues
    ("carried", P.carried),              # named in the last sentences of the paragraph
    ("total_named", W.total_named),      # "total export earnings amounted to $78.84 billion", "the country's trade deficit"
    ("world_weak", W.world_weak),        # "total exports", "foreign trade"
    ("section_goal", P.section_goal),    # a goal of the relation the section is about
    ("prior_world", W.prior_world),  # "Globally, the deficit ... . Imports were $X": the world
    ("whole_before_parts", W.whole_before_parts),  # "Imports ... reached 4.8 billion dollars. The value of goods brought from the EU was"
    ("pair_continued", P.pair_continued),  # "... between Vietnam and Japan ... \n\nVietnamese exports brought in $X"
    ("head", P.head),                    # the counterpart of the page's title and opening
    ("owner_own_flow", W.owner_own_flow),  # "Turkey's exports amounted to $254.17 billion": the owner's total
    ("bare_flow_year", W.bare_flow_year),  # "Exports totaled 542.41 billion U.S. dollars in 2019" on a one-country page
    ("value_of_flow", W.value_of_flow),  # "the value of exports rose to €165.2 billion in 2021": the reporter's total
    ("one_country_paragraph", W.one_country_paragraph),  # a flow on a page and in a paragraph naming no other side
    ("default_world", W.default_world),  # a flow with no counterpart: the reporter's total
)


def run(sieve, clause):
    """(value, rule name) of the first rule that decides, else (None, 'none')."""
    for name, rule in sieve:
        found = rule(clause)
        if found is not None:
            return found, name
    return None, "none"


def run_partner(sieve, clause):
    """run, for the partner sieve: the names of the filters that dropped places of the candidates a rule read
    (Clause.read_via, partners_candidates.candidates) reach fact_rules (Clause.via, records.VIA) only after the rule
    that decides, not after a later rule that read no candidates ('partner:bilateral_carried' once wrote a name the
    rule before it had read)."""
    for name, rule in sieve:
        clause.read_via = ""
        found = rule(clause)
        if found is not None:
            if clause.read_via:
                clause.via = add_via(clause.via, clause.read_via)
            return found, name
    return None, "none"
