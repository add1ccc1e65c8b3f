#!/usr/bin/env python3
"""Build and validate the colombia-farc-2016 eval set (self-contained)."""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "andean-wire": "Andean Wire",
    "ridgeline-post": "Ridgeline Post",
    "coastal-herald": "Coastal Herald",
    "plaza-report": "Plaza Report",
}

# (id, published, outlet, slug, title, text, claims)
# claim = (actor, issue, stance, quote, attributed)
A = []
def art(i, pub, outlet, slug, title, text, claims):
    A.append(dict(id=i, published=pub, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

G, F, U, C, N, UN = "colombia-government", "farc", "no-campaign", "cuba", "norway", "un"
PL, PR, PA, RE, CF, CA = "plebiscite-approval", "farc-prison-time", "farc-political-party", "renegotiate-accord", "bilateral-ceasefire", "constituent-assembly-dropped"

art("001", "2016-01-19T21:40:00Z", "andean-wire", "government-farc-ask-un-to-monitor-ceasefire",
"Colombia and FARC ask UN to monitor an eventual ceasefire",
"""HAVANA, Jan 19 (Andean Wire) - Colombia's government and the FARC rebels on Tuesday asked the United Nations to send a political mission to monitor and verify a definitive bilateral ceasefire and the laying down of weapons, once a final peace accord is signed.

The request was announced in a joint statement read at the Havana conference centre where the two delegations have negotiated for more than three years.

Chief government negotiator Humberto de la Calle said the government would agree to a definitive bilateral ceasefire only once a final accord had been signed, and called the request a sign that the talks were in their last stretch.

Rebel negotiator Ivan Marquez said the FARC had long pressed for a bilateral truce and welcomed international verification. He said the mission should be made up of unarmed observers from Latin American countries.

Diplomats in New York said the Security Council could take up the request within days.""",
[(G, CF, "conditional", "would agree to a definitive bilateral ceasefire only once a final accord had been signed", True),
 (F, CF, "support", "the FARC had long pressed for a bilateral truce", True)])

art("002", "2016-01-25T20:15:00Z", "ridgeline-post", "security-council-approves-colombia-mission",
"Security Council unanimously backs UN mission for Colombia truce",
"""NEW YORK, Jan 25 (Ridgeline Post) - The UN Security Council on Monday unanimously approved a political mission to monitor a future ceasefire between Colombia's government and the FARC guerrillas, answering a joint request made in Havana last week.

The resolution, drafted by Britain, creates a 12-month mission of unarmed observers that will verify a definitive bilateral ceasefire and the handover of weapons once a final agreement is reached. The Council said it stood ready to support the end of hostilities.

Colombian Foreign Minister Maria Angela Holguin thanked the Council and said the vote showed the world was behind the talks.

It was the first time the Council had acted on the five-decade conflict. Negotiators have set a March 23 target for a final accord, although several analysts said that date was likely to slip.""",
[(UN, CF, "support", "The Council said it stood ready to support the end of hostilities", True)])

art("003", "2016-02-19T16:05:00Z", "coastal-herald", "santos-suspends-farc-visits-after-conejo",
"Santos halts rebel political visits after armed FARC rally",
"""BOGOTA, Feb 19 (Coastal Herald) - President Juan Manuel Santos on Thursday suspended visits by FARC negotiators to rebel camps, after photographs showed armed guerrillas mingling with residents at a gathering in the village of El Conejo in La Guajira.

The visits had been authorised so that commanders could explain the talks to their fighters. Santos said on Twitter that the rebels had broken the rules agreed for the trips and that no one could do politics while carrying weapons.

Former president Alvaro Uribe, the fiercest critic of the process, posted the photographs and called the rally proof of armed intimidation ahead of any vote.

The FARC said its delegates had gone to El Conejo to talk about peace and that the weapons carried by their escorts had not been used. Government officials declined to say when the visits might resume.""",
[])

art("004", "2016-02-23T18:30:00Z", "plaza-report", "timochenko-repeats-call-for-constituent-assembly",
"FARC chief repeats call for constituent assembly, rules out prison",
"""HAVANA, Feb 23 (Plaza Report) - FARC commander Rodrigo Londono, known as Timochenko, on Tuesday repeated the group's call for a national constituent assembly to seal any peace deal, saying a one-day plebiscite could not give the accords the legal strength they needed.

In a letter published on the rebels' website, he said the guerrillas would not hand in their weapons only to see the accords undone by the next government. He said the FARC's leaders had not negotiated for three years in order to end up in a cell, and that prison terms for commanders were out of the question.

In Bogota, government negotiator Humberto de la Calle rejected the assembly idea again. He told reporters that a constituent assembly would open every article of the constitution to change and that the government would never accept it as a path for the accords.

Talks resumed in the Cuban capital on Monday after a short recess.""",
[(F, CA, "oppose", "repeated the group's call for a national constituent assembly", True),
 (F, PR, "oppose", "prison terms for commanders were out of the question", True),
 (G, CA, "support", "de la Calle rejected the assembly idea again", True)])

art("005", "2016-03-21T22:50:00Z", "andean-wire", "kerry-meets-colombian-negotiators-in-havana",
"Kerry meets Colombian negotiators during Obama's Cuba trip",
"""HAVANA, March 21 (Andean Wire) - US Secretary of State John Kerry met separately on Monday with the government and FARC negotiating teams in Havana, on the sidelines of President Barack Obama's historic visit to Cuba.

The meetings came two days before the March 23 deadline the sides had set for a final accord, a date both delegations now privately acknowledge will not be met. Sticking points include where rebel fighters would gather and how their weapons would be handed over.

Cuban Foreign Minister Bruno Rodriguez attended a reception for the negotiators at the Hotel Nacional. Analysts in Bogota said US attention might push the parties towards a deal by the middle of the year, but said the timing was far from certain.

Kerry told reporters the United States would remain a partner to Colombia after any agreement. He declined to say whether Washington would remove the FARC from its list of terrorist organisations.""",
[])

art("006", "2016-03-23T19:20:00Z", "ridgeline-post", "deadline-passes-without-deal",
"Colombia peace deadline passes without final accord",
"""BOGOTA, March 23 (Ridgeline Post) - The target date for a final peace accord between Colombia's government and the FARC passed on Wednesday with no agreement, as the sides remained divided over the terms of a definitive ceasefire.

Humberto de la Calle, the government's chief negotiator, said the government would sign a definitive bilateral ceasefire only when the rebels agreed to gather their fighters in a limited number of zones. "We will not sign a bad agreement," he said.

President Juan Manuel Santos had set the deadline himself in September, during a handshake with FARC commander Timochenko in Havana. He said on Wednesday that a good accord mattered more than a quick one.

The FARC's negotiators said in a statement that deadlines should not dictate the pace of the talks. Pollsters said public confidence in the process had fallen since January.""",
[(G, CF, "conditional", "would sign a definitive bilateral ceasefire only when the rebels agreed", True)])

art("007", "2016-04-02T21:00:00Z", "coastal-herald", "uribe-leads-marches-against-havana-talks",
"Uribe leads marches against Havana talks in Medellin and Bogota",
"""MEDELLIN, April 2 (Coastal Herald) - Thousands of people marched in Medellin, Bogota and other cities on Saturday at the call of former president Alvaro Uribe, protesting against the peace talks with the FARC.

Speaking to supporters in Medellin, Uribe said guerrilla leaders responsible for massacres and kidnappings must serve their sentences in prison. He said he would never accept that those same commanders be handed seats in Congress without having paid for their crimes.

Uribe's Democratic Center party organised the marches, which also targeted the government's handling of the economy. Some marchers carried signs against President Juan Manuel Santos.

Government officials said the turnout was smaller than organisers had hoped. In Medellin, police estimated that about 20,000 people took part.""",
[(U, PR, "support", "guerrilla leaders responsible for massacres and kidnappings must serve their sentences in prison", True),
 (U, PA, "oppose", "he would never accept that those same commanders be handed seats in Congress", True)])

art("008", "2016-05-12T23:10:00Z", "plaza-report", "negotiators-agree-legal-shield-for-accord",
"Negotiators agree legal shield for Colombia peace accord",
"""HAVANA, May 12 (Plaza Report) - Colombia's government and the FARC agreed on Thursday on a mechanism to shield the final peace accord from future legal challenges, treating it as a special agreement under the Geneva Conventions.

Under the deal, the accord would be incorporated into the constitution once it had been approved by voters and by Congress.

FARC negotiator Ivan Marquez called it a decisive step. He said the rebels were prepared to set aside their demand for a constituent assembly if the accord was written into the constitution as agreed on Thursday.

Government negotiator Humberto de la Calle said the mechanism did not replace the popular vote promised by President Juan Manuel Santos. He said the government still intended to submit the accord to a plebiscite and would campaign for its approval.

Critics in Bogota said the procedure was unusual. Legal scholars were divided over whether the special agreement route had any precedent.""",
[(F, CA, "conditional", "prepared to set aside their demand for a constituent assembly if the accord", True),
 (G, PL, "support", "would campaign for its approval", True)])

art("009", "2016-05-18T15:45:00Z", "andean-wire", "uribe-calls-for-civil-resistance",
"Uribe calls for 'civil resistance' against peace deal mechanism",
"""BOGOTA, May 18 (Andean Wire) - Former president Alvaro Uribe on Wednesday called on Colombians to join a campaign of civil resistance against the peace accords, saying the legal mechanism agreed in Havana last week amounted to a blow against the constitution.

Uribe said his Democratic Center party would ask voters to reject the accords in any plebiscite. He said Colombians had not been told the truth about what was being negotiated.

The government said the mechanism protected the agreements and did not weaken the constitution. Interior Minister Juan Fernando Cristo called the campaign irresponsible.

Political analysts said the No side might struggle to turn Uribe's personal popularity into votes, but added that turnout would be decisive. The Constitutional Court is still reviewing the law that would allow the plebiscite to go ahead.""",
[(U, PL, "oppose", "would ask voters to reject the accords in any plebiscite", True)])

CEASEFIRE_A = """HAVANA, June 23 (Ridgeline Post) - Colombia's government and the FARC signed an agreement on Thursday for a definitive bilateral ceasefire and the laying down of the rebels' weapons, the last major step before a final peace accord.

President Juan Manuel Santos and FARC commander Timochenko shook hands after the signing, watched by UN Secretary-General Ban Ki-moon and Cuban President Raul Castro, the host. Santos said the government was committed to a definitive end to hostilities and called it the last day of the war. Timochenko said the FARC would keep its word.

Under the deal, rebel fighters will gather in 23 zones and eight camps, and hand their weapons to a UN mission within 180 days of a final accord. Ban said the United Nations was ready to verify the ceasefire.

Norwegian Foreign Minister Borge Brende, whose country is a guarantor with Cuba, said Norway would back the ceasefire and the mission. Former president Alvaro Uribe did not attend."""
CEASEFIRE_B = """HAVANA, June 23 (Coastal Herald) - Colombia's government and the FARC rebels on Thursday signed a deal for a definitive bilateral ceasefire and for the guerrillas to give up their weapons, clearing the way for a final peace accord.

Cuban President Raul Castro hosted the ceremony, which was attended by UN Secretary-General Ban Ki-moon. President Juan Manuel Santos said the government was committed to a definitive end to hostilities, describing it as the last day of the war, and FARC commander Timochenko said the FARC would keep its word.

Fighters are to gather in 23 zones and eight camps and to hand their arms to a UN mission within six months of a final agreement. Ban said the United Nations was ready to verify the ceasefire.

Norwegian Foreign Minister Borge Brende said Norway would back the ceasefire and the mission. Norway and Cuba are guarantors of the talks. Former president Alvaro Uribe stayed away."""
CF_CLAIMS = [(G, CF, "support", "the government was committed to a definitive end to hostilities", True),
 (F, CF, "support", "Timochenko said the FARC would keep its word", True),
 (UN, CF, "support", "the United Nations was ready to verify the ceasefire", True),
 (N, CF, "support", "Norway would back the ceasefire and the mission", True)]
art("010", "2016-06-23T19:30:00Z", "ridgeline-post", "government-farc-sign-definitive-ceasefire",
"Colombia and FARC sign definitive ceasefire in Havana", CEASEFIRE_A, CF_CLAIMS)
art("011", "2016-06-23T22:05:00Z", "coastal-herald", "ceasefire-deal-signed-havana",
"Santos and Timochenko seal ceasefire deal in Havana", CEASEFIRE_B, CF_CLAIMS)

art("012", "2016-06-24T14:20:00Z", "plaza-report", "uribe-says-peace-wounded",
"Uribe says ceasefire terms leave peace 'wounded'",
"""BOGOTA, June 24 (Plaza Report) - Former president Alvaro Uribe said on Friday that the ceasefire deal signed in Havana left the word peace wounded, because it would let armed rebels gather in zones without handing over their weapons first.

Uribe said he would accept an end to hostilities only if FARC fighters were concentrated in a few remote places and barred from political campaigning while they disarmed. He repeated that commanders responsible for atrocities belonged in prison.

Some members of his Democratic Center party went further. Senator Paloma Valencia said the zones would become rebel enclaves and that the deal should be torn up.

Government officials said the zones would be small and monitored by the United Nations. Analysts said Uribe's tone suggested the No campaign would focus on justice rather than on the ceasefire itself.""",
[(U, CF, "conditional", "he would accept an end to hostilities only if FARC fighters were concentrated", True),
 (U, PR, "support", "commanders responsible for atrocities belonged in prison", True)])

art("013", "2016-07-18T22:40:00Z", "andean-wire", "court-clears-plebiscite",
"Colombia's top court clears plebiscite on peace accord",
"""BOGOTA, July 18 (Andean Wire) - Colombia's Constitutional Court on Monday cleared the way for a plebiscite on a final peace deal with the FARC, ruling that the vote would bind only the president and would be valid if Yes votes exceeded 13 percent of the electorate.

President Juan Manuel Santos welcomed the ruling. He said he would ask Colombians to endorse the accord at the polls as soon as it was concluded.

The FARC did not comment immediately on the ruling. Asked whether the rebels would now drop their long-standing call for a constituent assembly, a FARC spokesman in Havana declined to say.

Former president Alvaro Uribe said the low threshold was designed to favour the government. His allies said they would challenge the rules for campaign spending.""",
[(G, PL, "support", "he would ask Colombians to endorse the accord at the polls", True)])

art("014", "2016-08-24T23:55:00Z", "ridgeline-post", "final-accord-reached-havana",
"Colombia and FARC reach final peace accord; vote set for Oct 2",
"""HAVANA, Aug 24 (Ridgeline Post) - Colombia's government and the FARC announced a final peace accord on Wednesday night, ending nearly four years of talks in the Cuban capital and more than half a century of war.

The 297-page text gives the party the rebels will form five seats in the Senate and five in the lower house for two legislative terms. Both delegations signed a joint statement endorsing the full text, including that guarantee.

FARC chief negotiator Ivan Marquez said the rebels would ask Colombians to vote Yes. He said the FARC no longer insisted on a constituent assembly and would put its trust in the people's verdict.

In Bogota, President Juan Manuel Santos said he would send the accord to Congress and that the plebiscite would be held on Oct. 2. "The decision is in your hands," he told Colombians in a televised address, adding that he would vote Yes.""",
[(G, PA, "support", "Both delegations signed a joint statement endorsing the full text", True),
 (F, PA, "support", "Both delegations signed a joint statement endorsing the full text", True),
 (F, PL, "support", "the rebels would ask Colombians to vote Yes", True),
 (F, CA, "support", "the FARC no longer insisted on a constituent assembly", True),
 (G, PL, "support", "adding that he would vote Yes", True)])

art("015", "2016-08-25T18:10:00Z", "coastal-herald", "uribe-launches-no-campaign",
"Uribe launches No campaign, says rejection would bring better deal",
"""RIONEGRO, Aug 25 (Coastal Herald) - Former president Alvaro Uribe on Thursday launched his campaign against the peace accord, urging Colombians to vote No in the Oct. 2 plebiscite.

Uribe told supporters that a No vote would not mean war but would force the government to go back to the table and negotiate a better accord. He said the text agreed in Havana gave guerrilla leaders guaranteed seats in Congress without any democratic effort, which he rejected.

He also said that the accord's special tribunal let war criminals avoid prison, and that Colombians should not accept justice without jail.

The No campaign includes Uribe's Democratic Center and former inspector general Alejandro Ordonez, who has campaigned separately among evangelical voters. A poll published this week put the Yes side well ahead.""",
[(U, PL, "oppose", "urging Colombians to vote No in the Oct. 2 plebiscite", True),
 (U, RE, "support", "negotiate a better accord", True),
 (U, PA, "oppose", "guaranteed seats in Congress without any democratic effort, which he rejected", True),
 (U, PR, "support", "Colombians should not accept justice without jail", True)])

art("016", "2016-08-29T05:30:00Z", "plaza-report", "definitive-ceasefire-takes-effect",
"Definitive ceasefire takes effect between Colombia and FARC",
"""BOGOTA, Aug 29 (Plaza Report) - A definitive bilateral ceasefire between Colombia's armed forces and the FARC took effect at midnight on Monday, after more than 50 years of conflict.

FARC commander Timochenko ordered his fighters on Sunday to cease fire against the state, saying in Havana that the rebels would never again fire a shot as enemies. President Juan Manuel Santos had ordered the military to halt offensive operations against the group from the same hour.

The ceasefire will be monitored by a UN mission together with government and rebel delegates. Dag Nylander, Norway's envoy to the talks, declined to say how long it would take for the monitors to reach every zone.

A smaller group, the ELN, is not covered by the ceasefire and continues to fight.""",
[(F, CF, "support", "Timochenko ordered his fighters on Sunday to cease fire against the state", True),
 (G, CF, "support", "Santos had ordered the military to halt offensive operations", True)])

art("017", "2016-09-13T20:00:00Z", "andean-wire", "security-council-endorses-mission-details",
"UN Council endorses size and mandate of Colombia monitoring mission",
"""NEW YORK, Sept 13 (Andean Wire) - The UN Security Council on Tuesday unanimously endorsed the size and operational details of its mission to monitor Colombia's ceasefire, a step that lets about 450 unarmed observers deploy.

In its resolution the Council welcomed the definitive ceasefire and called on both sides to respect it fully. The observers will work from the zones where rebel fighters are gathering.

The Council did not take any position on the Oct. 2 plebiscite, and several members stressed that the vote was a matter for Colombians alone.

Colombia's UN ambassador Maria Emma Mejia said the vote showed the world's confidence in the process. The first observers, most of them from Latin American countries, are already in Bogota and in several regional offices.""",
[(UN, CF, "support", "the Council welcomed the definitive ceasefire and called on both sides to respect it", True)])

art("018", "2016-09-23T21:30:00Z", "ridgeline-post", "farc-conference-ratifies-accord",
"FARC delegates unanimously ratify peace accord at jungle conference",
"""LLANOS DEL YARI, Sept 23 (Ridgeline Post) - The FARC's delegates on Friday unanimously ratified the peace accord at the group's final conference as an armed force, held in a remote savannah in southern Colombia.

Commander Timochenko said the vote opened the way for the FARC to become a legal political party and urged Colombians to back the accord on Oct. 2. "War is over," he told a crowd of fighters and journalists.

The conference did not resolve the situation of one front in Guaviare province, whose commanders said in July they would not disarm. The leadership has since expelled several of them, and their position is not that of the group.

The final text will be signed in Cartagena on Monday.""",
[(F, PA, "support", "the vote opened the way for the FARC to become a legal political party", True),
 (F, PL, "support", "urged Colombians to back the accord on Oct. 2", True)])

art("019", "2016-09-26T23:20:00Z", "coastal-herald", "accord-signed-cartagena",
"Santos and Timochenko sign peace accord in Cartagena",
"""CARTAGENA, Sept 26 (Coastal Herald) - President Juan Manuel Santos and FARC leader Timochenko signed the peace accord on Monday before 2,500 guests dressed in white, using a pen made from a bullet.

Timochenko asked forgiveness from the victims of the conflict for the pain the FARC had caused. UN Secretary-General Ban Ki-moon, Cuban President Raul Castro and US Secretary of State John Kerry attended.

Santos told guests there was no plan B, and that the accord would not be reopened if voters rejected it. Several blocks away, Alvaro Uribe led a small rally of No supporters, saying the accord rewarded terrorism and urging Colombians to reject it next Sunday.

A low pass by an air force jet briefly startled Timochenko during his speech.""",
[(G, RE, "oppose", "the accord would not be reopened if voters rejected it", True),
 (U, PL, "oppose", "urging Colombians to reject it next Sunday", True)])

art("020", "2016-09-28T16:00:00Z", "plaza-report", "santos-warns-no-vote",
"Santos warns a No vote would mean returning to war",
"""BOGOTA, Sept 28 (Plaza Report) - President Juan Manuel Santos said on Wednesday that there would be no renegotiation if Colombians voted No on Sunday, warning that the alternative to the accord was a return to war.

"There is no way to renegotiate," he said in an interview with a local radio station. He said the FARC had told him they would not go back to the table.

Chief negotiator Humberto de la Calle declined to speculate about what would happen in the event of a No victory.

Polls show Yes ahead by a wide margin. Analysts said low turnout, and heavy rain on the Caribbean coast forecast by Colombia's weather service, could still narrow the gap. The No campaign said the president was trying to frighten voters.""",
[(G, RE, "oppose", "there would be no renegotiation if Colombians voted No", True),
 (F, RE, "oppose", "the FARC had told him they would not go back to the table", False)])

NOVOTE_A = """BOGOTA, Oct 2 (Andean Wire) - Colombians narrowly rejected the peace accord with the FARC in a plebiscite on Sunday, with 50.2 percent voting No and 49.8 percent Yes. Turnout was under 38 percent.

President Juan Manuel Santos said he accepted the result and that the bilateral ceasefire remained in force. He said he would call all political forces, especially those who voted No, to find a way forward.

Former president Alvaro Uribe, who led the No campaign, said his side wanted to help build a national pact and that the accord had to be corrected. He called for adjustments to the text.

In Havana, FARC commander Timochenko said the group maintained its will for peace and would use only words as weapons to build the future. Markets fell on Monday morning in Asia."""
NOVOTE_B = """BOGOTA, Oct 2 (Ridgeline Post) - Colombian voters on Sunday narrowly turned down the peace accord with the FARC, with No winning 50.2 percent to 49.8 percent on a turnout below 38 percent.

President Juan Manuel Santos accepted the result and said the bilateral ceasefire remained in force. He promised to call on all political forces, especially those who voted No, to find a way forward.

Alvaro Uribe, the former president who led the No campaign, said the accord had to be corrected and offered to help build a national pact. He called for adjustments to the text.

From Havana, FARC commander Timochenko said the rebels maintained their will for peace and would use only words as weapons. Few analysts had predicted the outcome."""
NOVOTE_CLAIMS = [(G, CF, "support", "the bilateral ceasefire remained in force", True),
 (U, RE, "support", "He called for adjustments to the text", True)]
art("021", "2016-10-03T03:10:00Z", "andean-wire", "colombians-reject-peace-accord",
"Colombians narrowly reject peace accord with FARC", NOVOTE_A, NOVOTE_CLAIMS)
art("022", "2016-10-03T05:45:00Z", "ridgeline-post", "voters-turn-down-farc-deal",
"Voters turn down FARC deal in shock plebiscite result", NOVOTE_B, NOVOTE_CLAIMS)

art("023", "2016-10-03T22:30:00Z", "coastal-herald", "santos-sends-negotiators-back-to-havana",
"Santos sends negotiators back to Havana; FARC says accord is binding",
"""BOGOTA, Oct 3 (Coastal Herald) - President Juan Manuel Santos on Monday sent his chief negotiator back to Havana and said he was ready to adjust the peace accord to take account of the No vote, a day after voters rejected it.

Santos said he would listen to all sides, including the opponents of the deal, and that the changes they proposed could be negotiated with the FARC. Humberto de la Calle had offered his resignation in the morning; Santos refused it.

In Havana, FARC negotiator Ivan Marquez said the accord signed in Cartagena was legally valid and had been deposited with the Swiss Federal Council in Bern. He said the FARC would not renegotiate what had already been agreed.

Only a week ago Santos had said there was no plan B.""",
[(G, RE, "support", "ready to adjust the peace accord to take account of the No vote", True),
 (F, RE, "oppose", "the FARC would not renegotiate what had already been agreed", True)])

art("024", "2016-10-05T21:15:00Z", "plaza-report", "santos-and-uribe-meet",
"Santos and Uribe meet for first time in six years",
"""BOGOTA, Oct 5 (Plaza Report) - President Juan Manuel Santos and former president Alvaro Uribe met at the Casa de Narino presidential palace on Wednesday, their first face-to-face talks in six years, to discuss how to rescue the peace process.

After the four-hour meeting, Uribe said his side would present written proposals within days. He repeated that those responsible for serious crimes could not avoid jail time.

Santos told reporters he had told Uribe that sending FARC commanders to prison was not on the table, because no guerrilla army signs a peace deal to go to jail. He also said the ceasefire would be extended until Oct. 31.

Asked whether Uribe would accept any political role at all for former rebels, an aide to the former president declined to say. Thousands of students marched in Bogota in the evening, calling for an agreement now.""",
[(U, PR, "support", "those responsible for serious crimes could not avoid jail time", True),
 (G, PR, "oppose", "sending FARC commanders to prison was not on the table", True),
 (G, CF, "support", "the ceasefire would be extended until Oct. 31", True)])

art("025", "2016-10-07T12:40:00Z", "andean-wire", "santos-wins-nobel",
"Santos wins Nobel Peace Prize days after referendum defeat",
"""OSLO, Oct 7 (Andean Wire) - Colombian President Juan Manuel Santos was awarded the Nobel Peace Prize on Friday for his efforts to end the war with the FARC, five days after voters rejected the accord he negotiated.

The Norwegian Nobel Committee said the prize should encourage all parties not to give up. The committee is independent of the Norwegian government, which has served as a guarantor of the talks.

Santos said he accepted the prize in the name of the victims, and that he would keep working to reach a new accord with the rebels as quickly as possible.

FARC commander Timochenko congratulated Santos on Twitter. Oslo will host the award ceremony on Dec. 10. Analysts in Bogota said the prize could add pressure on both sides to settle quickly.""",
[(G, RE, "support", "keep working to reach a new accord with the rebels", True)])

art("026", "2016-10-08T01:25:00Z", "ridgeline-post", "government-farc-agree-to-hear-proposals",
"Government and FARC agree to hear proposals for changes to accord",
"""HAVANA, Oct 7 (Ridgeline Post) - Colombia's government and the FARC said on Friday they would listen to proposals from those who voted No and discuss possible adjustments to the peace accord.

In a joint statement read by the diplomats of Cuba and Norway, the two delegations said the ceasefire would hold and that proposals would be examined quickly.

FARC negotiator Ivan Marquez said the rebels were willing to consider changes and clarifications, provided the heart of the agreement was not dismantled. He said the group would not start from zero.

Government negotiator Humberto de la Calle said the process would be brief and that the government would seek a new agreement, not a new negotiation of everything.

Only four days ago Marquez said the FARC would not renegotiate.""",
[(G, CF, "support", "the ceasefire would hold", True),
 (F, CF, "support", "the ceasefire would hold", True),
 (F, RE, "conditional", "willing to consider changes and clarifications, provided the heart of the agreement", True),
 (G, RE, "support", "the government would seek a new agreement", True)])

art("027", "2016-10-13T23:00:00Z", "coastal-herald", "ceasefire-extended-to-year-end",
"Santos extends FARC ceasefire to year end",
"""BOGOTA, Oct 13 (Coastal Herald) - President Juan Manuel Santos on Thursday extended the bilateral ceasefire with the FARC until Dec. 31, easing fears that fighting could resume at the end of the month.

FARC commander Pastor Alape said the rebels would respect the truce and stay at the points where their fighters had gathered. He said no one wanted to return to war.

Jean Arnault, the head of the UN mission in Colombia, said the monitors would keep working under the extended timetable.

The Democratic Center said the extension did not change its objections to the accord, and repeated its complaint that the rebels had not yet said where they would hand over their weapons. A Uribe spokesman declined to say whether the party would join formal talks with the rebels.""",
[(G, CF, "support", "extended the bilateral ceasefire with the FARC until Dec. 31", True),
 (F, CF, "support", "the rebels would respect the truce", True),
 (UN, CF, "support", "the monitors would keep working under the extended timetable", True)])

art("028", "2016-10-22T19:50:00Z", "plaza-report", "uribe-party-submits-proposals",
"Uribe's party delivers proposals, softens line on rebel politics",
"""BOGOTA, Oct 22 (Plaza Report) - Former president Alvaro Uribe's Democratic Center on Saturday handed the government its proposals for changing the peace accord, including a shift in its position on politics for the rebels.

In the document, the party said former guerrillas could run for office, but only those not convicted of crimes against humanity, and only after they had served their sentences. It said commanders responsible for atrocities should serve at least five years in prison or on agricultural colonies.

Until now Uribe had rejected any guaranteed seats for the FARC. Senator Alfredo Rangel, a party hardliner, told reporters he still believed the rebels deserved no seats at all.

Government negotiators said they would study all 400 proposals received from different groups before returning to Havana.""",
[(U, PA, "conditional", "former guerrillas could run for office, but only those not convicted", True),
 (U, PR, "support", "commanders responsible for atrocities should serve at least five years in prison", True)])

art("029", "2016-10-27T17:30:00Z", "andean-wire", "marquez-rejects-prison-demand",
"FARC rejects No camp's demand that commanders go to prison",
"""HAVANA, Oct 27 (Andean Wire) - FARC negotiator Ivan Marquez on Thursday rejected the No campaign's demand that rebel commanders serve time in prison, saying the group would not sign any accord that put its leaders behind bars.

"Not one of us will go to jail," Marquez told reporters at the Havana talks venue. He said restrictions on liberty under the special peace tribunal were as far as the FARC would go.

He said, however, that the rebels could discuss the size and location of the zones where such restrictions would be served.

Delegations from both sides have met almost daily since mid-October. De la Calle declined to comment on Marquez's remarks. Victims' groups have asked to be heard before the revised text is closed, and some have travelled to Havana to do so.""",
[(F, PR, "oppose", "rejected the No campaign's demand that rebel commanders serve time in prison", True),
 (U, PR, "support", "the No campaign's demand that rebel commanders serve time in prison", False)])

art("030", "2016-11-12T23:40:00Z", "ridgeline-post", "new-peace-accord-announced",
"Colombia and FARC announce new peace accord after No vote",
"""HAVANA, Nov 12 (Ridgeline Post) - Colombia's government and the FARC announced a new peace accord on Saturday, revised after voters rejected the first version last month.

In a joint statement the delegations said they had renegotiated the text and incorporated most of the proposals made by the No campaign and other groups. The rebels agreed to declare and hand over their assets to compensate victims, and the special tribunal will have a fixed lifespan.

Government negotiator Humberto de la Calle said the new text did not send rebel commanders to prison, though it now specified where their restrictions on liberty would be served. The guaranteed seats for the FARC's future party in Congress remain.

FARC negotiator Ivan Marquez said the new accord was better and more complete. He said the group backed every line of it.

Havana, which hosted the talks, welcomed the renegotiated accord, Cuban Foreign Minister Bruno Rodriguez said in a statement.""",
[(G, RE, "support", "the delegations said they had renegotiated the text", True),
 (F, RE, "support", "the delegations said they had renegotiated the text", True),
 (G, PR, "oppose", "the new text did not send rebel commanders to prison", True),
 (C, RE, "support", "Havana, which hosted the talks, welcomed the renegotiated accord", True)])

art("031", "2016-11-14T18:15:00Z", "coastal-herald", "uribe-rejects-new-accord",
"Uribe rejects new accord, says changes are cosmetic",
"""RIONEGRO, Nov 14 (Coastal Herald) - Former president Alvaro Uribe on Monday rejected the revised peace accord, saying the changes were cosmetic and that the text should not be treated as final.

Uribe said the new accord still let FARC commanders responsible for atrocities take seats in Congress, and that he now opposed giving the group any guaranteed seats. Three weeks ago his party had said some former rebels could run for office under conditions.

He also said that commanders would still avoid prison, and he asked the government to reopen the talks to include his party's remaining proposals.

Interior Minister Juan Fernando Cristo said the government would decide in the coming days how the new text would be ratified. Santos is under pressure from Yes supporters to move quickly.""",
[(U, PA, "oppose", "he now opposed giving the group any guaranteed seats", True),
 (U, PR, "support", "commanders would still avoid prison", True),
 (U, RE, "support", "asked the government to reopen the talks", True)])

art("032", "2016-11-24T19:00:00Z", "plaza-report", "new-accord-signed-teatro-colon",
"Santos and Timochenko sign revised accord in low-key Bogota ceremony",
"""BOGOTA, Nov 24 (Plaza Report) - President Juan Manuel Santos and FARC commander Timochenko signed the revised peace accord on Thursday at the Teatro Colon in Bogota, in a ceremony far smaller than the one in Cartagena in September.

Santos said the accord would be submitted to Congress rather than to a second plebiscite. Timochenko said the FARC would begin to turn itself into a political party as soon as the accord took effect.

Cuban and Norwegian diplomats sat in the front row. The signing in Bogota was watched by a few hundred guests.

Democratic Center lawmakers did not attend. The party has said it will not take part in the congressional vote. Outside the theatre, a few dozen protesters waved flags and demanded a new popular vote.""",
[(F, PA, "support", "the FARC would begin to turn itself into a political party", True)])

art("033", "2016-11-30T23:50:00Z", "andean-wire", "congress-ratifies-accord",
"Colombia's Congress ratifies revised FARC accord",
"""BOGOTA, Nov 30 (Andean Wire) - Colombia's Congress on Wednesday ratified the revised peace accord with the FARC, after the House of Representatives voted 130-0 following the Senate's approval a day earlier.

Democratic Center lawmakers walked out before the vote. In a statement, the party said giving the FARC seats in Congress without punishment for its leaders was an affront to the victims, and that it would keep fighting both measures.

The ratification starts the clock on the FARC's move into the zones and its handover of weapons to the UN mission. Jean Arnault, the mission's chief, said the UN was ready to begin the verification.

President Juan Manuel Santos said the vote marked the beginning of the end of the conflict.""",
[(U, PA, "oppose", "giving the FARC seats in Congress without punishment for its leaders was an affront", True),
 (U, PR, "support", "giving the FARC seats in Congress without punishment for its leaders", True)])

SHIFTS = [
 (F, CA, "oppose", "conditional", "008", "Marquez says the FARC is prepared to set aside its constituent-assembly demand if the accord is written into the constitution; in 004 Timochenko repeated the call for an assembly."),
 (G, CF, "conditional", "support", "010", "Santos signs the definitive bilateral ceasefire and says the government is committed to ending hostilities; in 001 and 006 it would agree only after a final accord or once zones were agreed."),
 (F, CA, "conditional", "support", "014", "Marquez says the FARC no longer insists on a constituent assembly and will trust the plebiscite; in 008 that was only conditional."),
 (G, RE, "oppose", "support", "023", "After the No vote Santos says he is ready to adjust the accord and negotiate changes with the FARC; in 019 and 020 he said there would be no renegotiation."),
 (F, RE, "oppose", "conditional", "026", "Marquez says the FARC will consider changes provided the heart of the accord is not dismantled; in 023 he said it would not renegotiate."),
 (U, PA, "oppose", "conditional", "028", "The Democratic Center's proposals accept that former guerrillas not convicted of crimes against humanity may run for office after serving sentences; earlier (007, 015) Uribe rejected any seats."),
 (F, RE, "conditional", "support", "030", "The FARC signs a joint statement saying the text was renegotiated, and Marquez backs every line; in 026 it only accepted conditional adjustments."),
 (U, PA, "conditional", "oppose", "031", "Uribe says he now opposes any guaranteed seats for the FARC, reversing the conditional opening of 028."),
]

WATCHLIST = """# shiftwatch eval set colombia-farc-2016: tracked actors and issues.
# An issue is a proposition under negotiation; a stance is an actor's position on that proposition
# (support | oppose | conditional). Aliases include people, capitals and institutions used as metonyms.
# Capitals and buildings are also used as plain locations ("talks in Havana"); such mentions carry no stance.

actors:
  - id: colombia-government
    name: Colombian government (President Santos and his negotiators)
    aliases: [Colombian government, Colombia's government, government of Colombia, Bogota, Casa de Narino, Juan Manuel Santos, Santos, President Santos, Humberto de la Calle, De la Calle, Maria Angela Holguin, Holguin, Sergio Jaramillo, Jaramillo, Juan Fernando Cristo, Cristo]
  - id: farc
    name: FARC (Revolutionary Armed Forces of Colombia)
    aliases: [FARC, FARC-EP, Revolutionary Armed Forces of Colombia, the rebels, the guerrillas, Timochenko, Rodrigo Londono, Londono, Ivan Marquez, Marquez, Pastor Alape, Alape, Jesus Santrich, Santrich]
  - id: no-campaign
    name: The No campaign led by Alvaro Uribe and his Democratic Center party
    aliases: [No campaign, the No side, Alvaro Uribe, Uribe, Democratic Center, Centro Democratico, Uribistas]
  - id: cuba
    name: Cuba (host and guarantor of the talks)
    aliases: [Cuba, Cuban government, Havana, Raul Castro, Castro, Bruno Rodriguez]
  - id: norway
    name: Norway (guarantor of the talks)
    aliases: [Norway, Norwegian government, Oslo, Borge Brende, Brende, Dag Nylander, Nylander, Erna Solberg, Solberg]
  - id: un
    name: United Nations (Security Council, secretary-general and the Colombia mission)
    aliases: [United Nations, UN, U.N., UN Security Council, Security Council, Ban Ki-moon, Ban, Jean Arnault, Arnault, UN mission]

issues:
  - id: plebiscite-approval
    name: Colombian voters approve the peace accord in a plebiscite
    description: The final government-FARC accord is endorsed by voters in the national plebiscite (held Oct 2, 2016).
    terms: [plebiscite, referendum, vote Yes, approve the accord, popular vote, ballot]
  - id: farc-prison-time
    name: FARC leaders responsible for grave crimes serve time in prison
    description: Rebel commanders responsible for war crimes or crimes against humanity are jailed rather than given alternative sanctions.
    terms: [prison, jail, behind bars, prison terms, serve sentences, impunity]
  - id: farc-political-party
    name: The FARC becomes a political party with guaranteed seats in Congress
    description: The demobilised FARC forms a legal party and is guaranteed seats in the Senate and House, and its leaders may run for office.
    terms: [political party, guaranteed seats, seats in Congress, political participation, run for office, eligibility]
  - id: renegotiate-accord
    name: The peace accord is renegotiated after the No vote
    description: Government and FARC reopen and revise the signed accord to take account of the plebiscite result and opponents' proposals.
    terms: [renegotiate, renegotiation, new accord, adjustments, changes to the accord, back to the table]
  - id: bilateral-ceasefire
    name: A definitive bilateral ceasefire between the government and the FARC takes effect
    description: Both sides stop hostilities under a definitive, bilateral and verified ceasefire.
    terms: [bilateral ceasefire, ceasefire, truce, end of hostilities, cessation of hostilities]
  - id: constituent-assembly-dropped
    name: The FARC drops its demand for a constituent assembly
    description: The rebels give up their call for a national constituent assembly to ratify the accord and accept another ratification route.
    terms: [constituent assembly, national constituent assembly, ratification mechanism, constitutional assembly]

# Known starting positions before the first article (none implies a shift).
baseline:
  - {actor: colombia-government, issue: plebiscite-approval, stance: support}
  - {actor: no-campaign, issue: plebiscite-approval, stance: oppose}
  - {actor: colombia-government, issue: farc-prison-time, stance: oppose}
  - {actor: farc, issue: farc-prison-time, stance: oppose}
  - {actor: no-campaign, issue: farc-prison-time, stance: support}
  - {actor: colombia-government, issue: farc-political-party, stance: support}
  - {actor: farc, issue: farc-political-party, stance: support}
  - {actor: no-campaign, issue: farc-political-party, stance: oppose}
  - {actor: colombia-government, issue: bilateral-ceasefire, stance: conditional}
  - {actor: farc, issue: bilateral-ceasefire, stance: support}
  - {actor: farc, issue: constituent-assembly-dropped, stance: oppose}
  - {actor: colombia-government, issue: constituent-assembly-dropped, stance: support}
"""

def parse_watchlist(text):
    actors = re.findall(r"^  - id: (\S+)\n    name:", text.split("issues:")[0], re.M)
    issues = re.findall(r"^  - id: (\S+)\n    name:", text.split("issues:")[1].split("baseline:")[0], re.M)
    base = re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\S+)\}", text)
    return actors, issues, base

def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    with open(os.path.join(HERE, "watchlist.yaml"), "w") as f:
        f.write(WATCHLIST)
    claims, items = {}, {o: [] for o in OUTLETS}
    for a in A:
        d = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        url = f"https://example.org/{a['outlet']}/{d:%Y/%m/%d}/{a['slug']}"
        doc = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]], "url": url,
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w") as f:
            json.dump(doc, f, indent=2, ensure_ascii=False); f.write("\n")
        claims[a["id"]] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["claims"]]
        items[a["outlet"]].append((d, doc))
    shift_ids = {s[4] for s in SHIFTS}
    labels = {"claims": claims,
              "shifts": [dict(actor=s[0], issue=s[1], **{"from": s[2]}, to=s[3], article=s[4], why=s[5]) for s in SHIFTS],
              "no_alert_articles": [a["id"] for a in A if a["id"] not in shift_ids]}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False); f.write("\n")
    for o, name in OUTLETS.items():
        its = sorted(items[o], key=lambda x: x[0], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{o}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch colombia-farc-2016 eval set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{format_datetime(its[0][0], usegmt=True)}</lastBuildDate>']
        for d, doc in its:
            out += ['    <item>', f'      <title>{escape(doc["title"])}</title>', f'      <link>{escape(doc["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(doc["url"])}</guid>',
                    f'      <pubDate>{format_datetime(d, usegmt=True)}</pubDate>',
                    f'      <description>{escape(doc["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", o + ".xml"), "w") as f:
            f.write("\n".join(out))

def validate():
    errs = []
    actors, issues, base = parse_watchlist(open(os.path.join(HERE, "watchlist.yaml")).read())
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    arts = {i: json.load(open(os.path.join(HERE, "articles", i + ".json"))) for i in files}
    if sorted(labels["claims"]) != files: errs.append("claims keys != article files")
    pubs = [arts[i]["published"] for i in files]
    if pubs != sorted(pubs): errs.append("ids not in publication order")
    for i, cl in labels["claims"].items():
        t = arts[i]["text"]
        wc = len(t.split())
        if not 120 <= wc <= 260: errs.append(f"{i}: {wc} words")
        for c in cl:
            if c["quote"] not in t: errs.append(f"{i}: quote not in text: {c['quote']}")
            if len(c["quote"].split()) > 15: errs.append(f"{i}: quote > 15 words")
            if c["actor"] not in actors: errs.append(f"{i}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errs.append(f"{i}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"): errs.append(f"{i}: bad stance")
    for a, i, s in base:
        if a not in actors or i not in issues: errs.append(f"baseline {a} {i}")
    # replay prevailing stance and check shifts
    prev = {(a, i): s for a, i, s in base}
    derived = []
    for i in files:
        for c in labels["claims"][i]:
            if not c["attributed"]: continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"]:
                if not any(d[:2] == k and d[3] == c["stance"] and d[4] == i for d in derived):
                    derived.append((k[0], k[1], prev[k], c["stance"], i))
            prev[k] = c["stance"]
    want = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(want): errs.append(f"shift replay mismatch:\n derived {sorted(derived)}\n labels  {sorted(want)}")
    shift_arts = {s["article"] for s in labels["shifts"]}
    if sorted(labels["no_alert_articles"]) != sorted(set(files) - shift_arts): errs.append("no_alert_articles wrong")
    for o in OUTLETS:
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", o + ".xml")], capture_output=True, text=True)
        if r.returncode: errs.append(f"xmllint {o}: {r.stderr}")
    n = sum(len(v) for v in labels["claims"].values())
    by = {}
    for v in labels["claims"].values():
        for c in v: by[c["stance"]] = by.get(c["stance"], 0) + 1
    print(f"articles={len(files)} claims={n} {by} unattributed={sum(1 for v in labels['claims'].values() for c in v if not c['attributed'])} shifts={len(labels['shifts'])} in {len(shift_arts)} articles")
    print("empty:", [i for i in files if not labels["claims"][i]])
    for e in errs: print("ERROR", e)
    return not errs

if __name__ == "__main__":
    build()
    sys.exit(0 if validate() else 1)
