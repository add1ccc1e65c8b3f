#!/usr/bin/env python3
"""Build the colombia-eln-talks-2023 eval set: articles, feeds, labels, and validate them.

Self-contained: run `python3 build.py` from this folder. Written blind (no reader code consulted).
"""
import json
import os
import re
import subprocess
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "cordillera-wire": "Cordillera Wire",
    "southern-ledger": "Southern Ledger",
    "isthmus-herald": "Isthmus Herald",
    "plaza-report": "Plaza Report",
    "riverbank-monitor": "Riverbank Monitor",
}

# Each article: (published, outlet-slug, slug, title, dateline, paragraphs, claims)
# claims: (actor, issue, stance, quote, attributed)
A = []


def art(published, outlet, slug, title, dateline, paras, claims, key=None):
    A.append(dict(published=published, outlet=outlet, slug=slug, title=title,
                  dateline=dateline, paras=paras, claims=claims, key=key))


GOV, ELN, CD, AG, CUBA, VEN, UN = ("colombia-government", "eln", "centro-democratico",
                                   "attorney-general", "cuba", "venezuela", "un-mission")
CF, KID, PART, FUND, SUSP = ("bilateral-ceasefire", "eln-renounces-kidnapping",
                             "national-participation", "eln-funding", "suspend-talks")
S, O, C = "support", "oppose", "conditional"

art("2022-11-21T22:10:00Z", "cordillera-wire", "colombia-eln-resume-talks-caracas",
    "Colombia and ELN rebels resume peace talks in Caracas after four-year break",
    "CARACAS, Nov 21", [
        "Colombia's government and the National Liberation Army (ELN) formally resumed peace negotiations in Caracas on Monday, more than four years after the last attempt at talks collapsed.",
        "The government delegation is led by Otty Patino, a former M-19 guerrilla, while veteran commander Pablo Beltran heads the rebel team. Venezuela, Cuba and Norway are acting as guarantor countries.",
        "Beltran told the opening ceremony that any agreement had to be built together with ordinary Colombians, and that the group would insist on a broad process of participation by social organisations before any question of laying down arms was discussed. Patino said the government wanted the talks to give regions hit by the conflict a direct voice in the changes the country needed.",
        "The ELN, founded in 1964 by radical students and Catholic priests, is active along the border with Venezuela. Its previous negotiation ended in 2019 after a car bomb at a police academy in Bogota killed more than 20 people.",
        "No date has been set for a first partial agreement.",
    ], [
        (ELN, PART, S, "the group would insist on a broad process of participation by social organisations", True),
        (GOV, PART, S, "the government wanted the talks to give regions hit by the conflict a direct voice", True),
    ])

art("2022-12-12T20:30:00Z", "southern-ledger", "first-round-ends-humanitarian-deal",
    "First round of ELN talks ends with humanitarian deal; rebels refuse kidnapping precondition",
    "CARACAS, Dec 12", [
        "The first round of renewed peace talks between Colombia's government and the ELN ended in Caracas on Monday with a limited agreement on humanitarian relief for Indigenous and Afro-Colombian communities in Choco and Valle del Cauca, and a plan to meet again in Mexico.",
        "Chief government negotiator Otty Patino said holding people for ransom was incompatible with a peace process and that the practice had to end if the talks were to win public support.",
        "Pablo Beltran rejected that demand. The ELN would not give up what it calls economic retentions as a precondition for negotiating, he told reporters, adding that the group's finances were a matter for the agenda and not something the government could settle in advance.",
        "Colombian authorities attribute dozens of kidnappings a year to the group, which also finances itself through extortion and illegal mining.",
    ], [
        (GOV, KID, S, "holding people for ransom was incompatible with a peace process", True),
        (ELN, KID, O, "The ELN would not give up what it calls economic retentions as a precondition", True),
    ])

art("2023-01-01T14:00:00Z", "isthmus-herald", "petro-announces-ceasefire-five-groups",
    "Petro announces six-month ceasefire with ELN and four other armed groups",
    "BOGOTA, Jan 1", [
        "President Gustavo Petro announced a six-month bilateral ceasefire with the ELN and four other armed groups, saying in a late-night message on New Year's Eve that the truce would run until June 30 and could be extended depending on progress in negotiations.",
        "Petro called the truce a bold step towards what he calls total peace and said both the armed forces and the groups would halt offensive operations. Decrees covering each group were expected in the coming days.",
        "The opposition Democratic Center party said the announcement handed the armed groups time to regroup. Senator Paloma Valencia said a ceasefire with groups that kept kidnapping and extorting was a gift to criminals, not a step towards peace.",
        "The ELN did not immediately comment. The other groups named were the Gulf Clan, Colombia's largest drug trafficking organisation, two dissident factions of the former FARC rebels and a smaller armed group in the Sierra Nevada de Santa Marta.",
    ], [
        (GOV, CF, S, "Petro called the truce a bold step towards what he calls total peace", True),
        (CD, CF, O, "a ceasefire with groups that kept kidnapping and extorting was a gift to criminals", True),
    ])

ELN_DENIAL_CLAIMS = [
    (ELN, CF, C, "would study a ceasefire only when it was put to them at the negotiating table", True),
    (GOV, CF, S, "still wanted a bilateral truce with the group", True),
]
art("2023-01-03T21:00:00Z", "plaza-report", "eln-denies-agreeing-ceasefire",
    "ELN says it never agreed to Petro's ceasefire; government suspends decree",
    "BOGOTA, Jan 3", [
        "The ELN said on Tuesday it had never agreed to the bilateral ceasefire announced by President Gustavo Petro, a public rebuff that raised questions about the government's peace strategy.",
        "In a statement, the rebels' negotiating delegation said it had not discussed any ceasefire proposal with the government and that a decision taken by one side could not be presented as an agreement. The rebels said they would study a ceasefire only when it was put to them at the negotiating table and agreed by both delegations.",
        "Interior Minister Alfonso Prada said later that the government would suspend the decree covering the ELN but still wanted a bilateral truce with the group, and would put a proposal to the rebels at the next round of talks in Mexico.",
        "The ceasefires announced with the other four armed groups remain in force, Prada said.",
    ], ELN_DENIAL_CLAIMS)

art("2023-01-03T23:25:00Z", "riverbank-monitor", "eln-rebuffs-petro-ceasefire-announcement",
    "ELN rebuffs Petro's ceasefire announcement, says nothing was agreed",
    "BOGOTA, Jan 3", [
        "The ELN said on Tuesday that it had never agreed to the bilateral ceasefire President Gustavo Petro announced on New Year's Eve, a public rebuff that cast doubt on the government's peace strategy.",
        "The rebels' negotiating delegation said in a statement that no ceasefire proposal had been discussed with the government and that a decision taken by one side could not be called an agreement. The group said it would study a ceasefire only when it was put to them at the negotiating table and agreed by both delegations.",
        "Interior Minister Alfonso Prada later said the government would suspend the decree covering the ELN. He said the government still wanted a bilateral truce with the group and would put a proposal to the rebels at the next round of talks in Mexico.",
        "Ceasefires with the other four armed groups remain in force, Prada added.",
    ], ELN_DENIAL_CLAIMS)

art("2023-01-20T16:45:00Z", "cordillera-wire", "second-round-mexico-city-february",
    "Second round of Colombia-ELN talks set for Mexico City in February",
    "BOGOTA, Jan 20", [
        "The second round of talks between the Colombian government and the ELN will open in Mexico City in mid-February, the two delegations said on Friday, after a tense start to the year over the disputed ceasefire.",
        "Analysts in Bogota said the round would show whether the rebel leadership was ready to make gestures on kidnapping, the issue most Colombians associate with the group. One security researcher at a Bogota university said the ELN might offer a temporary halt to win concessions but was unlikely to renounce the practice outright.",
        "A spokesman for the peace commissioner's office declined to say whether a ceasefire protocol would be ready in time for the round. Mexico's foreign ministry said it was honoured to host the delegations.",
    ], [])

art("2023-02-13T18:00:00Z", "southern-ledger", "second-round-opens-mexico-city",
    "Colombia and ELN open second round of talks in Mexico City",
    "MEXICO CITY, Feb 13", [
        "Colombian government and ELN negotiators opened a second round of peace talks in Mexico City on Monday, with both sides saying they hoped to agree the framework for the participation of civil society in the process.",
        "Pablo Beltran, head of the rebel delegation, said the ELN would not sign a final agreement that had not first been discussed with communities, unions and social movements across the country. He said such a process was the heart of the agenda agreed in 2016 and could not be reduced to a consultation.",
        "Government negotiator Otty Patino said his delegation had come to Mexico with proposals on a ceasefire and on humanitarian relief. He declined to say whether the government would accept the ELN's request to pull troops back from some regions.",
    ], [
        (ELN, PART, S, "would not sign a final agreement that had not first been discussed with communities", True),
        (GOV, PART, S, "both sides saying they hoped to agree the framework for the participation of civil society", True),
        (GOV, CF, S, "his delegation had come to Mexico with proposals on a ceasefire", True),
    ])

art("2023-03-10T21:30:00Z", "isthmus-herald", "mexico-agreement-agenda-signed",
    "Colombia and ELN sign 'Mexico Agreement' putting public participation first",
    "MEXICO CITY, March 10", [
        "The Colombian government and the ELN signed a six-point agenda for their negotiations on Friday, closing a four-week round in Mexico City with what both delegations called the most important agreement since talks resumed.",
        "The document, which the two sides named the Mexico Agreement, puts the participation of society in building peace at the top of the agenda and commits both delegations to design a national participation process within months. Government negotiator Otty Patino said the text gave Colombians a real say in the changes the talks would discuss.",
        "The two sides said a ceasefire remained under discussion but gave no date. The next round is due to take place in Cuba.",
        "The agreement was signed in the presence of representatives of the guarantor countries, including Mexico, Cuba, Venezuela and Norway.",
    ], [
        (ELN, PART, S, "commits both delegations to design a national participation process within months", True),
        (GOV, PART, S, "the text gave Colombians a real say in the changes the talks would discuss", True),
    ])

art("2023-03-30T13:20:00Z", "plaza-report", "catatumbo-attack-nine-soldiers",
    "Nine soldiers killed in ELN attack; Petro calls it a blow to peace",
    "BOGOTA, March 30", [
        "Nine soldiers were killed and several wounded when ELN fighters attacked a military base in El Carmen, in the northeastern Catatumbo region, on Wednesday, the army said, the deadliest attack on the security forces since Gustavo Petro took office.",
        "Petro called the attack a serious blow to peace and said the ELN had to decide whether it wanted to negotiate or to go on killing. Defence Minister Ivan Velasquez said the government was not breaking off the talks, but expected the rebel delegation to explain whether its commanders on the ground backed the process.",
        "The opposition Democratic Center demanded an end to the negotiations. Former President Alvaro Uribe, the party's founder, said the government should suspend the talks until the ELN released its hostages and stopped its attacks.",
        "Members of the ELN's leadership living in Havana did not immediately respond to requests for comment.",
    ], [
        (GOV, SUSP, O, "the government was not breaking off the talks", True),
        (CD, SUSP, S, "the government should suspend the talks until the ELN released its hostages", True),
    ])

art("2023-04-13T17:00:00Z", "cordillera-wire", "un-urges-eln-ceasefire-security-council",
    "UN mission urges Colombia and ELN to agree ceasefire, end kidnapping",
    "UNITED NATIONS, April 13", [
        "The head of the UN Verification Mission in Colombia urged the government and the ELN on Thursday to agree a bilateral ceasefire at their next round of talks, saying the attack that killed nine soldiers in Catatumbo showed the cost of delay.",
        "Carlos Ruiz Massieu told the Security Council that the mission was ready to help verify a truce if both parties asked for it. He also called on the ELN to release everyone it was holding and to stop taking hostages, saying kidnapping caused deep suffering to families and eroded trust in the process.",
        "Several council members welcomed the agenda agreed in Mexico last month. Russia's envoy said the council should respect Colombia's right to choose its own path to peace.",
        "The mission was created after the 2016 agreement with the FARC and verifies the reintegration of former fighters.",
    ], [
        (UN, CF, S, "urged the government and the ELN on Thursday to agree a bilateral ceasefire", True),
        (UN, KID, S, "called on the ELN to release everyone it was holding and to stop taking hostages", True),
    ])

art("2023-05-02T19:15:00Z", "southern-ledger", "third-round-opens-havana",
    "Colombia-ELN talks move to Havana with ceasefire at top of agenda",
    "HAVANA, May 2", [
        "A third round of peace talks between the Colombian government and the ELN opened in Havana on Tuesday, with a bilateral ceasefire at the top of the government's list.",
        "Cuban Foreign Minister Bruno Rodriguez told the opening session that Havana would do everything in its power to help the parties reach a ceasefire that saved lives. Cuba also hosted talks with the ELN under the previous Colombian government, until they broke down in 2019.",
        "In a message read at the opening, ELN commander Antonio Garcia said the rebels were ready to discuss a truce but would accept one only if it came with an end to military offensives against them and protection for social leaders in the regions. Otty Patino said the government delegation had brought a detailed ceasefire proposal.",
        "The round is scheduled to last about three weeks.",
    ], [
        (CUBA, CF, S, "Havana would do everything in its power to help the parties reach a ceasefire", True),
        (ELN, CF, C, "would accept one only if it came with an end to military offensives", True),
        (GOV, CF, S, "the government delegation had brought a detailed ceasefire proposal", True),
    ])

SIGNING_CLAIMS = [
    (GOV, CF, S, "signed an agreement in Havana on Friday for a bilateral, national and temporary ceasefire", True),
    (ELN, CF, S, "Garcia said the ELN was committed to the ceasefire", True),
    (CUBA, CF, S, "Cuba welcomed the truce", True),
    (GOV, PART, S, "The two sides also agreed to launch a national participation committee", True),
    (ELN, PART, S, "The two sides also agreed to launch a national participation committee", True),
]
art("2023-06-09T20:00:00Z", "isthmus-herald", "government-eln-sign-bilateral-ceasefire",
    "Colombia and ELN sign first bilateral ceasefire in Havana",
    "HAVANA, June 9", [
        "The Colombian government and the ELN signed an agreement in Havana on Friday for a bilateral, national and temporary ceasefire, the first of its kind in nearly six decades of conflict with the rebel group.",
        "President Gustavo Petro and ELN commander Antonio Garcia shook hands at the ceremony, which was attended by Cuban President Miguel Diaz-Canel. Under the deal the truce will be phased in and take full effect on Aug 3 for an initial 180 days, with the UN mission and the Catholic Church verifying compliance.",
        "Garcia said the ELN was committed to the ceasefire and would order its units to observe it. Petro said the agreement showed that peace with the ELN was possible. Diaz-Canel said Cuba welcomed the truce and would keep supporting the process as a guarantor for as long as the parties needed.",
        "The two sides also agreed to launch a national participation committee in early August.",
    ], SIGNING_CLAIMS, key="signing")

art("2023-06-09T22:40:00Z", "riverbank-monitor", "havana-ceasefire-deal-eln",
    "Petro and ELN commander seal ceasefire deal in Havana",
    "HAVANA, June 9", [
        "Colombia's government and the ELN signed an agreement in Havana on Friday for a bilateral, national and temporary ceasefire, the first such deal in almost 60 years of conflict with the rebels.",
        "President Gustavo Petro shook hands with ELN commander Antonio Garcia at a ceremony attended by Cuban President Miguel Diaz-Canel. The truce will be phased in and take full effect on Aug 3 for an initial 180 days, and the UN mission and the Catholic Church will verify compliance.",
        "Garcia said the ELN was committed to the ceasefire and would instruct its units to respect it. Petro said the deal showed that peace with the ELN was possible, while Diaz-Canel said Cuba welcomed the truce and would stay on as a guarantor for as long as it was needed.",
        "The two sides also agreed to launch a national participation committee at the start of August.",
    ], SIGNING_CLAIMS)

art("2023-06-10T15:30:00Z", "plaza-report", "opposition-attorney-general-criticise-truce",
    "Opposition and attorney general say ELN truce ignores kidnapping",
    "BOGOTA, June 10", [
        "Opposition politicians and the attorney general criticised the ceasefire agreed with the ELN in Havana, saying it did nothing to stop the rebels' kidnappings and extortion.",
        "Democratic Center senator Paloma Valencia said the truce tied the hands of the army while leaving the ELN free to keep hostages and finance itself. The party would ask Congress to scrutinise the agreement, she said.",
        "Attorney General Francisco Barbosa said no ceasefire could be used as a shield for kidnapping, and that the ELN had to free all its captives and stop taking new ones if it wanted to be taken seriously. His office would keep investigating such cases, he said.",
        "Inspector General Margarita Cabello, who oversees public officials, said her office would monitor how the security forces applied the truce. Peace Commissioner Danilo Rueda said the government would keep pressing the rebels at the table to end kidnapping.",
    ], [
        (CD, CF, O, "the truce tied the hands of the army while leaving the ELN free", True),
        (AG, KID, S, "the ELN had to free all its captives and stop taking new ones", True),
        (GOV, KID, S, "the government would keep pressing the rebels at the table to end kidnapping", True),
    ])

art("2023-07-18T11:00:00Z", "cordillera-wire", "beltran-retentions-will-continue",
    "ELN negotiator says 'retentions' will continue during ceasefire",
    "BOGOTA, July 18", [
        "The ELN will not stop what it calls economic retentions when the ceasefire takes effect next month, the group's chief negotiator Pablo Beltran said in an interview published on Tuesday, because the truce does not cover the rebels' finances.",
        "Beltran said the group had no other way to sustain its fighters during the talks and demanded that the government find resources to keep the organisation going while the negotiations lasted.",
        "Government negotiator Otty Patino rejected the demand. The state would not pay an armed group to stop committing crimes, he told a radio station, and kidnapping had to end because it was wrong, not because someone had paid for it.",
        "Families of hostages have asked both delegations to put the issue at the top of the agenda for the next round.",
    ], [
        (ELN, KID, O, "The ELN will not stop what it calls economic retentions", True),
        (ELN, FUND, S, "demanded that the government find resources to keep the organisation going", True),
        (GOV, FUND, O, "The state would not pay an armed group to stop committing crimes", True),
        (GOV, KID, S, "kidnapping had to end because it was wrong", True),
    ])

art("2023-08-03T23:00:00Z", "southern-ledger", "ceasefire-takes-effect-participation-committee",
    "ELN ceasefire takes full effect as participation committee is installed",
    "BOGOTA, Aug 3", [
        "A six-month bilateral ceasefire between Colombia's government and the ELN came into full effect on Thursday, as the two sides installed a national committee in Bogota to organise the participation of civil society in the peace talks.",
        "President Gustavo Petro told the ceremony that the committee would let farmers, workers, women and Indigenous peoples shape the agenda, and that the truce had to be the beginning of the end of the war with the ELN. In a recorded message, ELN commander Antonio Garcia said the rebels would respect the ceasefire and called the committee the centre of the process.",
        "The UN Security Council voted unanimously this week to let the UN Verification Mission monitor the truce. The mission said its observers were ready to begin work in the regions.",
        "The committee brings together representatives of dozens of sectors, from business groups to the churches.",
    ], [
        (GOV, PART, S, "the committee would let farmers, workers, women and Indigenous peoples shape the agenda", True),
        (GOV, CF, S, "the truce had to be the beginning of the end of the war", True),
        (ELN, CF, S, "the rebels would respect the ceasefire", True),
        (ELN, PART, S, "called the committee the centre of the process", True),
        (UN, CF, S, "its observers were ready to begin work in the regions", True),
    ])

art("2023-08-14T17:40:00Z", "riverbank-monitor", "fourth-round-opens-caracas",
    "Fourth round of ELN talks opens in Caracas as truce holds",
    "CARACAS, Aug 14", [
        "Negotiators for the Colombian government and the ELN opened a fourth round of talks in Caracas on Monday, with the ceasefire less than two weeks old and largely holding, according to both delegations.",
        "Venezuelan Foreign Minister Yvan Gil welcomed the delegations and said Venezuela backed the truce and would help keep it in place along the shared border, where the ELN has long operated.",
        "The round is expected to focus on the rules of the national participation process and on the ELN's finances, a subject both sides have avoided discussing in public in recent weeks. A government spokesman declined to say whether kidnapping would be raised formally.",
        "The ELN, which has insisted since the talks began that civil society must help set the agenda, sent a delegation of about a dozen members. Colombian officials say members of the group's leadership have lived in Venezuela for years.",
    ], [
        (ELN, PART, S, "which has insisted since the talks began that civil society must help set the agenda", False),
        (VEN, CF, S, "Venezuela backed the truce and would help keep it in place", True),
    ])

art("2023-08-29T15:10:00Z", "isthmus-herald", "eln-ready-stop-kidnapping-if-fund",
    "ELN says it could stop kidnapping if a fund covers its fighters' needs",
    "CARACAS, Aug 29", [
        "The ELN is prepared to stop kidnapping for ransom if a fund is set up to cover the needs of its fighters during the peace process, the group's chief negotiator Pablo Beltran said on Tuesday, in the first sign that the rebels might give up a practice they have long defended.",
        "Speaking to reporters on the sidelines of the talks in Caracas, Beltran said the group would halt what it calls economic retentions once its members had another way to support themselves, and proposed that the money come from the state and from foreign donors.",
        "Government negotiator Otty Patino said kidnapping should end regardless of any fund, and that the state would not put money in the rebels' hands.",
    ], [
        (ELN, KID, C, "prepared to stop kidnapping for ransom if a fund is set up", True),
        (ELN, FUND, S, "proposed that the money come from the state and from foreign donors", True),
        (GOV, KID, S, "kidnapping should end regardless of any fund", True),
        (GOV, FUND, O, "the state would not put money in the rebels' hands", True),
    ], key="kid-conditional")

art("2023-09-04T21:50:00Z", "plaza-report", "caracas-round-ends-no-deal-finances",
    "Caracas round ends without deal on ELN finances or kidnapping",
    "CARACAS, Sept 4", [
        "The fourth round of talks between the Colombian government and the ELN ended in Caracas on Monday with an agreement to hold the next round in Mexico, but no announcement on the rebels' finances or on kidnapping.",
        "A joint statement said the delegations had reviewed the first month of the ceasefire and the work of the participation committee. It did not mention the ELN's proposal for a fund.",
        "Diplomats from the guarantor countries said privately that a compromise on financing could emerge by the end of the year, possibly involving international donors rather than the Colombian budget. Peace Commissioner Danilo Rueda declined to say whether the government would contribute.",
        "Relatives' groups say the rebels are still holding dozens of people.",
    ], [])

art("2023-10-30T12:30:00Z", "cordillera-wire", "luis-diaz-father-kidnapped",
    "Government says ELN kidnapped father of Liverpool's Luis Diaz",
    "BOGOTA, Oct 30", [
        "Colombia's government said on Monday that a unit of the ELN had kidnapped Luis Manuel Diaz, the father of Liverpool forward Luis Diaz, and demanded that the group release him immediately.",
        "Gunmen on motorcycles seized Diaz and his wife at a petrol station in Barrancas, in the northern department of La Guajira, on Saturday. Police freed the mother within hours, but the father was taken towards the mountains near the border with Venezuela.",
        "The government's negotiating delegation said the abduction was a serious violation of the spirit of the talks and that kidnapping had no place in a peace process. The army has deployed hundreds of troops to the area.",
        "Liverpool said the club was in contact with the player and his family.",
    ], [
        (GOV, KID, S, "kidnapping had no place in a peace process", True),
    ])

art("2023-11-02T19:00:00Z", "southern-ledger", "eln-acknowledges-diaz-kidnapping",
    "ELN admits seizing footballer's father; opposition demands halt to talks",
    "BOGOTA, Nov 2", [
        "The ELN acknowledged on Thursday that one of its units had kidnapped the father of footballer Luis Diaz and said it would release him as soon as security conditions allowed.",
        "In a statement, the rebels described the abduction as part of their financial operations. Economic retentions would remain one of the group's sources of funding as long as no alternative existed, the statement said.",
        "President Gustavo Petro said he would not break off the negotiations over the case, but that kidnapping had to end. The opposition Democratic Center called on the government to suspend the talks until every hostage was free.",
        "The case has drawn international attention to a practice that has long shaped Colombians' view of the rebels.",
    ], [
        (ELN, KID, C, "would remain one of the group's sources of funding as long as no alternative existed", True),
        (GOV, SUSP, O, "he would not break off the negotiations over the case", True),
        (GOV, KID, S, "kidnapping had to end", True),
        (CD, SUSP, S, "called on the government to suspend the talks until every hostage was free", True),
    ])

art("2023-11-09T22:15:00Z", "isthmus-herald", "luis-manuel-diaz-released",
    "ELN frees father of footballer Luis Diaz after 12 days",
    "BARRANCAS, Colombia, Nov 9", [
        "The ELN released Luis Manuel Diaz on Thursday, 12 days after he was taken, handing him over to a humanitarian commission of UN and Catholic Church representatives in the Serrania del Perija mountains.",
        "The UN Verification Mission, which took part in the handover, said it welcomed the release and urged the ELN to free everyone else it was holding. Its head, Carlos Ruiz Massieu, said ending kidnapping would be decisive for public trust in the talks.",
        "Asked whether the government would now seek a formal commitment on kidnapping at the next round, officials declined to say. Luis Diaz thanked everyone who had worked for his father's release in a message on social media.",
    ], [
        (UN, KID, S, "ending kidnapping would be decisive for public trust in the talks", True),
    ])

art("2023-11-21T18:20:00Z", "plaza-report", "fifth-round-opens-grabe-kidnapping",
    "New government negotiator makes kidnapping her priority as Mexico round opens",
    "MEXICO CITY, Nov 21", [
        "The Colombian government and the ELN opened a fifth round of talks in Mexico City on Tuesday under a new government chief negotiator, Vera Grabe, who said ending kidnapping would be her first priority.",
        "Grabe, a former M-19 guerrilla who took over the delegation after Otty Patino was named peace commissioner, said the government would not accept a process in which kidnapping did not stop. She said the Diaz case had shown that the practice was poisoning public support for the talks.",
        "ELN negotiator Pablo Beltran said the group was willing to discuss a suspension of retentions, provided the talks agreed how its fighters would be supported in the meantime.",
        "Some analysts expect an announcement before the round ends in December.",
    ], [
        (GOV, KID, S, "the government would not accept a process in which kidnapping did not stop", True),
        (ELN, KID, C, "willing to discuss a suspension of retentions, provided the talks agreed", True),
        (ELN, FUND, S, "provided the talks agreed how its fighters would be supported in the meantime", True),
    ])

art("2023-12-11T22:45:00Z", "cordillera-wire", "eln-commits-suspend-kidnapping-mexico",
    "ELN commits to suspend kidnapping; government backs donor fund",
    "MEXICO CITY, Dec 11", [
        "The ELN committed on Monday to suspend kidnapping for ransom, in an agreement that closed the fifth round of peace talks with the Colombian government in Mexico City.",
        "In a joint statement read out by both delegations, the rebels said they would suspend economic retentions as part of the ceasefire, which the two sides will negotiate extending when it expires at the end of January.",
        "The government said it would back a multi-donor fund for the process only if the kidnappings stopped, with money from other countries and private contributors. Chief negotiator Vera Grabe said none of the money would pay for weapons or war.",
        "ELN negotiator Pablo Beltran called the fund a way for the organisation to sustain itself without retentions. The government has said for months that kidnapping must end.",
    ], [
        (ELN, KID, S, "the rebels said they would suspend economic retentions as part of the ceasefire", True),
        (GOV, FUND, C, "it would back a multi-donor fund for the process only if the kidnappings stopped", True),
        (ELN, FUND, S, "called the fund a way for the organisation to sustain itself without retentions", True),
        (GOV, KID, S, "The government has said for months that kidnapping must end.", False),
    ], key="mexico-dec")

art("2023-12-12T14:10:00Z", "southern-ledger", "opposition-attacks-eln-fund",
    "Opposition says ELN fund amounts to paying ransom",
    "BOGOTA, Dec 12", [
        "Opposition lawmakers attacked the fund agreed in Mexico to finance the peace process with the ELN, saying it amounted to paying the rebels not to commit crimes.",
        "Democratic Center senator Maria Fernanda Cabal said Colombians would in effect be paying a ransom to the ELN, and that her party would oppose any public money going into the scheme. Alvaro Uribe wrote on social media that the government had given in to blackmail.",
        "Attorney General Francisco Barbosa said a suspension was not enough, because kidnapping was a crime that the group had to abandon permanently. Investigations into past abductions would continue, he said.",
        "Peace Commissioner Otty Patino said the fund's rules would be public and that no money would be handed over while retentions continued.",
    ], [
        (CD, FUND, O, "her party would oppose any public money going into the scheme", True),
        (AG, KID, S, "kidnapping was a crime that the group had to abandon permanently", True),
        (GOV, FUND, C, "no money would be handed over while retentions continued", True),
    ])

art("2024-01-16T16:00:00Z", "isthmus-herald", "garcia-conditions-ceasefire-extension",
    "ELN commander ties ceasefire extension to government's Mexico commitments",
    "BOGOTA, Jan 16", [
        "ELN commander Antonio Garcia said on Tuesday that the rebels would agree to extend the bilateral ceasefire, which expires on Jan 29, only if the government honoured the commitments it made in Mexico, including the fund.",
        "Writing in the group's online magazine, Garcia accused the government of dragging its feet on the agreements. He said the ELN would not prolong the truce on the strength of promises alone.",
        "Government negotiator Vera Grabe said the government wanted the ceasefire extended and was confident it would be. Analysts said Garcia's warning looked like a negotiating tactic ahead of the next round, due to open in Havana later this month.",
        "The ceasefire has held largely intact since August, according to the UN mission, although both sides have accused each other of violations. Relatives of hostages say some captives have still not been freed despite the December commitment.",
    ], [
        (ELN, CF, C, "would agree to extend the bilateral ceasefire, which expires on Jan 29, only if", True),
        (GOV, CF, S, "the government wanted the ceasefire extended", True),
    ], key="cf-conditional")

art("2024-01-25T13:00:00Z", "riverbank-monitor", "delegations-arrive-havana-sixth-round",
    "Negotiators arrive in Havana days before ELN truce expires",
    "HAVANA, Jan 25", [
        "Negotiators for the Colombian government and the ELN arrived in Havana on Thursday for a sixth round of talks, four days before their ceasefire is due to expire.",
        "Officials in Bogota said the delegation had travelled with a draft text on extending the truce, but would not discuss its contents. Norway's special envoy to the process said Oslo hoped the parties would find a way to keep the ceasefire in place.",
        "A Cuban foreign ministry official said the venue was ready and that the talks would begin on Monday. Neither delegation spoke to reporters at the airport.",
        "The ELN team is again led by Pablo Beltran, who declined to say whether the conditions set out by the rebels' commander earlier this month had been met. Relatives of hostages held a vigil outside the Colombian embassy.",
    ], [])

art("2024-02-06T20:30:00Z", "cordillera-wire", "ceasefire-extended-180-days-havana",
    "Colombia and ELN extend ceasefire for 180 days; kidnapping suspension in force",
    "HAVANA, Feb 6", [
        "The Colombian government and the ELN agreed in Havana on Tuesday to extend their bilateral ceasefire by 180 days, ending a week of uncertainty after the original truce lapsed.",
        "ELN negotiator Pablo Beltran said the group accepted the extension and would keep its units out of offensive action. The rebels also said their suspension of kidnapping for economic purposes was now in force across all their fronts.",
        "Vera Grabe called the extension proof that the process was moving forward. Cuban Foreign Minister Bruno Rodriguez said Havana was proud to host the agreement and would continue to stand behind the truce.",
        "The two sides also agreed to continue the work of the national participation committee, which is drafting proposals for the agenda of the talks.",
    ], [
        (GOV, PART, S, "agreed to continue the work of the national participation committee", True),
        (ELN, PART, S, "agreed to continue the work of the national participation committee", True),
        (GOV, CF, S, "agreed in Havana on Tuesday to extend their bilateral ceasefire by 180 days", True),
        (ELN, CF, S, "the group accepted the extension", True),
        (ELN, KID, S, "their suspension of kidnapping for economic purposes was now in force", True),
        (CUBA, CF, S, "would continue to stand behind the truce", True),
    ], key="cf-extended")

art("2024-04-11T18:40:00Z", "southern-ledger", "un-says-truce-reduced-clashes",
    "UN says ELN truce has cut clashes, urges both sides to keep it",
    "UNITED NATIONS, April 11", [
        "The UN Verification Mission in Colombia said on Thursday that the ceasefire with the ELN had sharply reduced clashes between the rebels and the army, and urged both sides to keep it in place.",
        "Mission chief Carlos Ruiz Massieu told the Security Council that the truce had saved lives in regions such as Arauca and Catatumbo. He welcomed the ELN's suspension of kidnapping but said reports of new abductions in some areas had to be cleared up.",
        "In the southern department of Narino, a group of ELN fighters calling itself Comuneros del Sur has said it wants a separate local negotiation with the government and has promised to stop kidnapping in its area. The ELN's leadership has dismissed the group as deserters.",
    ], [
        (UN, CF, S, "urged both sides to keep it in place", True),
        (UN, KID, S, "He welcomed the ELN's suspension of kidnapping", True),
    ])

art("2024-04-17T21:05:00Z", "isthmus-herald", "eln-resumes-kidnapping-blames-fund",
    "ELN says it will resume kidnapping, blames government over fund",
    "BOGOTA, April 17", [
        "The ELN said on Wednesday it would resume kidnapping for ransom, ending the suspension it agreed in December, and blamed the government for failing to set up the fund promised in Mexico.",
        "In a statement signed by its central command, the group said it was lifting the suspension of economic retentions because the government had broken its word, and that it would again hold people to finance itself. It said the ceasefire itself remained in force.",
        "Peace Commissioner Otty Patino said the decision was a grave setback and that kidnapping could never be justified, whatever the disagreements over the fund. He said the government would not suspend the talks, but called on the ELN's leaders to reconsider.",
        "The Democratic Center renewed its call for the government to end the negotiations.",
    ], [
        (ELN, KID, O, "it was lifting the suspension of economic retentions", True),
        (ELN, CF, S, "It said the ceasefire itself remained in force.", True),
        (GOV, KID, S, "kidnapping could never be justified", True),
        (GOV, SUSP, O, "the government would not suspend the talks", True),
        (CD, SUSP, S, "renewed its call for the government to end the negotiations", True),
    ], key="kid-resumed")

SHIFTS = [
    (ELN, CF, C, S, "signing", "The ELN signs the bilateral ceasefire in Havana and Garcia says it is committed to it; in 004 and 011 it would only study or accept a truce under conditions."),
    (ELN, KID, O, C, "kid-conditional", "Beltran says the ELN is prepared to stop kidnapping if a fund is set up; in 002 and 015 it refused to give up 'retentions'."),
    (ELN, KID, C, S, "mexico-dec", "The ELN commits in a joint statement to suspend economic retentions; before, it offered to stop only if a fund existed (018, 021, 023)."),
    (GOV, FUND, O, C, "mexico-dec", "The government backs a multi-donor fund provided kidnappings stop; in 015 and 018 it said the state would not pay or fund the rebels."),
    (ELN, CF, S, C, "cf-conditional", "Garcia says the ELN will extend the truce only if the government honours the Mexico commitments; since 012 it backed the ceasefire unconditionally."),
    (ELN, CF, C, S, "cf-extended", "The ELN accepts the 180-day extension in Havana, dropping the January condition (026)."),
    (ELN, KID, S, O, "kid-resumed", "The ELN's central command lifts the kidnapping suspension agreed in 024 and confirmed in 028: a reversal back to refusing."),
]


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    arts, claims, keymap = [], {}, {}
    for i, a in enumerate(A, 1):
        aid = "%03d" % i
        outlet_name = OUTLETS[a["outlet"]]
        d = a["published"][:10].replace("-", "/")
        text = a["dateline"] + " (" + outlet_name + ") - " + "\n\n".join(a["paras"])
        doc = {"id": aid, "published": a["published"], "source": outlet_name,
               "url": "https://example.org/%s/%s/%s" % (a["outlet"], d, a["slug"]),
               "title": a["title"], "text": text}
        arts.append((a["outlet"], doc))
        with open(os.path.join(HERE, "articles", aid + ".json"), "w") as f:
            json.dump(doc, f, indent=2, ensure_ascii=False)
            f.write("\n")
        claims[aid] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4])
                       for c in a["claims"]]
        if a["key"]:
            keymap[a["key"]] = aid
    shifts = [dict(actor=s[0], issue=s[1], **{"from": s[2]}, to=s[3], article=keymap[s[4]], why=s[5])
              for s in SHIFTS]
    shift_ids = {s["article"] for s in shifts}
    labels = {"claims": claims, "shifts": shifts,
              "no_alert_articles": [d["id"] for _, d in arts if d["id"] not in shift_ids]}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted([d for o, d in arts if o == slug], key=lambda d: d["published"], reverse=True)

        def rfc(p):
            return format_datetime(datetime.strptime(p, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch colombia-eln-talks-2023 eval set</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % rfc(items[0]["published"])]
        for d in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(d["title"]),
                    "      <link>%s</link>" % escape(d["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(d["url"]),
                    "      <pubDate>%s</pubDate>" % rfc(d["published"]),
                    "      <description>%s</description>" % escape(d["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w") as f:
            f.write("\n".join(out))
    return arts, labels


def validate(arts, labels):
    import yaml  # noqa: only used if available; fall back to a regex read of ids
    errs = []
    wl = yaml.safe_load(open(os.path.join(HERE, "watchlist.yaml")))
    actors = {a["id"] for a in wl["actors"]}
    issues = {i["id"] for i in wl["issues"]}
    for b in wl["baseline"]:
        if b["actor"] not in actors or b["issue"] not in issues:
            errs.append("baseline bad %r" % b)
    ids = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    if ids != sorted(labels["claims"]):
        errs.append("ids mismatch")
    texts = {}
    prev = ""
    for aid in ids:
        d = json.load(open(os.path.join(HERE, "articles", aid + ".json")))
        assert d["id"] == aid
        if d["published"] < prev:
            errs.append("order " + aid)
        prev = d["published"]
        texts[aid] = d["text"]
        n = len(d["text"].split())
        if not 120 <= n <= 260:
            errs.append("%s word count %d" % (aid, n))
    for aid, cl in labels["claims"].items():
        seen = set()
        for c in cl:
            if c["quote"] not in texts[aid]:
                errs.append("%s quote not found: %s" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                errs.append("%s quote too long: %s" % (aid, c["quote"]))
            if c["actor"] not in actors or c["issue"] not in issues:
                errs.append("%s unknown actor/issue %r" % (aid, c))
            if c["stance"] not in ("support", "oppose", "conditional"):
                errs.append("%s bad stance" % aid)
            t = (c["actor"], c["issue"])
            if t in seen:
                errs.append("%s duplicate tuple %r" % (aid, t))
            seen.add(t)
    # replay prevailing stances from baseline; shifts must match exactly
    prev = {(b["actor"], b["issue"]): b["stance"] for b in wl["baseline"]}
    derived = []
    for aid in ids:
        for c in labels["claims"][aid]:
            k = (c["actor"], c["issue"])
            if not c["attributed"]:
                continue
            if k in prev and prev[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], prev[k], c["stance"], aid))
            prev[k] = c["stance"]
    got = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(got):
        errs.append("shift replay mismatch:\n derived %r\n labelled %r" % (derived, got))
    for slug in OUTLETS:
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", slug + ".xml")],
                           capture_output=True, text=True)
        if r.returncode:
            errs.append("xmllint %s: %s" % (slug, r.stderr))
    return errs


if __name__ == "__main__":
    arts, labels = build()
    errs = validate(arts, labels)
    n = sum(len(v) for v in labels["claims"].values())
    by = {}
    for v in labels["claims"].values():
        for c in v:
            by[c["stance"]] = by.get(c["stance"], 0) + 1
    print("articles", len(arts), "claims", n, by, "unattributed",
          sum(1 for v in labels["claims"].values() for c in v if not c["attributed"]),
          "shifts", len(labels["shifts"]), "shift articles", sorted({s["article"] for s in labels["shifts"]}),
          "empty", [k for k, v in labels["claims"].items() if not v])
    for e in errs:
        print("ERROR", e)
    raise SystemExit(1 if errs else 0)
