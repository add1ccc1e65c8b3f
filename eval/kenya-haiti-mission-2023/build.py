#!/usr/bin/env python3
"""Build the shiftwatch evaluation set kenya-haiti-mission-2023.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, and
validates the set (quotes, ids, dateline, word counts, watchlist ids, shifts
recomputed from the baseline, no_alert_articles, duplicates, xmllint).

Run:  python3 build.py
"""

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "equator-wire": "Equator Wire",
    "tidewater-herald": "Tidewater Herald",
    "crossroads-bulletin": "Crossroads Bulletin",
    "atlas-newsdesk": "Atlas Newsdesk",
    "kestrel-report": "Kestrel Report",
}

S, O, C = "support", "oppose", "conditional"


def P(*paras):
    return "\n\n".join(paras)


# Each article: outlet, published (UTC), slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        outlet="equator-wire", published="2022-10-07T21:00:00Z",
        slug="haiti-asks-partners-for-armed-force",
        title="Haiti asks foreign partners for armed force to break gang blockade",
        text=P(
            "PORT-AU-PRINCE, Oct 7 (Equator Wire) - Haiti's government has formally asked its international partners to send a specialised armed force to help restore order, as a gang blockade of the country's main fuel terminal entered its fourth week.",
            "A decree published on Friday authorised Prime Minister Ariel Henry to request the immediate deployment of foreign troops to end what the cabinet described as a humanitarian crisis caused by armed groups. Henry has said he wants the United Nations to help assemble the force, and aides said the request would be sent to Secretary-General Antonio Guterres within days.",
            "The blockade of the Varreux terminal is led by the G9 coalition of former police officer Jimmy Cherizier, known as Barbecue. In a video posted on social media, Cherizier said his fighters would resist any foreign soldiers sent to Haiti and repeated his demand that Henry leave office.",
            "Hospitals have begun to close for lack of fuel, and a cholera outbreak has been reported in the capital. Opposition groups and some civil society leaders criticised the request, saying past foreign interventions had left the country worse off.",
            "The government did not say how large a force it had in mind or which countries it had approached.",
        ),
        claims=[
            ("haiti-government", "un-authorises-mission", S, "Henry has said he wants the United Nations to help assemble the force", True),
            ("gangs", "un-authorises-mission", O, "his fighters would resist any foreign soldiers sent to Haiti", True),
            ("gangs", "henry-steps-down", S, "repeated his demand that Henry leave office", True),
        ],
    ),
    # 002
    dict(
        outlet="tidewater-herald", published="2022-10-10T16:30:00Z",
        slug="guterres-proposes-rapid-action-force",
        title="Guterres proposes rapid action force for Haiti",
        text=P(
            "UNITED NATIONS, Oct 10 (Tidewater Herald) - UN Secretary-General Antonio Guterres has asked the Security Council to consider sending a rapid action force to Haiti to help the national police retake the fuel terminal held by gangs, according to a letter seen by reporters.",
            "In the letter, dated Sunday, Guterres said one or more member states could deploy the force, which would not be a United Nations peacekeeping mission. He wrote that the security situation had become untenable and asked the 15-member council to move quickly.",
            "His spokesman, Stephane Dujarric, told reporters the secretary-general believed that the council should authorise a force of this kind without delay. He did not say which countries might take part.",
            "No government has yet offered to lead such a force. Diplomats said the United States and Canada were among those being sounded out, but both have been cautious about sending their own personnel to a country where earlier missions left a mixed legacy.",
            "The council is due to discuss Haiti later this month. A separate draft resolution that would impose sanctions on gang leaders is also being prepared.",
        ),
        claims=[
            ("un", "un-authorises-mission", S, "the secretary-general believed that the council should authorise a force of this kind", True),
        ],
    ),
    # 003
    dict(
        outlet="crossroads-bulletin", published="2022-10-17T22:00:00Z",
        slug="us-drafts-resolution-non-un-force-haiti",
        title="US drafts UN resolution backing non-UN force for Haiti",
        text=P(
            "UNITED NATIONS, Oct 17 (Crossroads Bulletin) - The United States has begun circulating a draft Security Council resolution that would encourage a non-UN multinational force to deploy to Haiti, US Ambassador Linda Thomas-Greenfield said on Monday.",
            "Thomas-Greenfield told the council that the force would be limited in scope and time and would work with the Haitian police to reopen the Varreux fuel terminal. She said the United States and Mexico would put the text forward jointly.",
            "A second US-Mexican draft would impose an assets freeze, a travel ban and an arms embargo on Cherizier and other gang leaders.",
            "Officials said the United States would not put its own troops at the head of the force, and it was not clear which country would volunteer. Russia's envoy said Moscow would need to study any proposal carefully, while China's ambassador questioned whether outside forces could solve Haiti's problems without a legitimate government.",
            "Haiti's foreign minister, Jean Victor Geneus, told the meeting that his country's request was urgent and that every day of delay cost lives.",
        ),
        claims=[
            ("usa", "un-authorises-mission", S, "The United States has begun circulating a draft Security Council resolution", True),
            ("haiti-government", "un-authorises-mission", S, "his country's request was urgent and that every day of delay cost lives", True),
        ],
    ),
    # 004  (no claims)
    dict(
        outlet="atlas-newsdesk", published="2023-03-24T20:00:00Z",
        slug="canada-declines-to-lead-haiti-force",
        title="Canada declines to lead Haiti force as Biden visits Ottawa",
        text=P(
            "OTTAWA, March 24 (Atlas Newsdesk) - Canada will not lead a multinational force in Haiti, Prime Minister Justin Trudeau signalled on Friday during a visit by US President Joe Biden, pledging money and equipment for Haiti's police instead.",
            "Trudeau announced about C$100 million in new assistance for the Haitian National Police and said lasting stability had to come from Haitians themselves. Canada has flown surveillance aircraft over Port-au-Prince and delivered armoured vehicles in recent months.",
            "Biden, speaking at a joint news conference in the Canadian parliament, praised Canada's contribution but declined to say whether Washington had found another country willing to take the lead. Asked whether US troops could be involved, he said only that talks with partners were continuing.",
            "Five months on, no country has come forward to lead. Analysts in Ottawa and Washington said the search for a lead nation could drag on for many more months, and some suggested the idea might be quietly shelved if no volunteer emerged.",
            "Gang violence has spread beyond the capital into the Artibonite region, and UN officials say hundreds of people were killed in the first months of the year.",
        ),
        claims=[],
    ),
    # 005
    dict(
        outlet="kestrel-report", published="2023-07-30T09:00:00Z",
        slug="kenya-offers-to-lead-haiti-force",
        title="Kenya offers to lead multinational force in Haiti",
        text=P(
            "NAIROBI, July 30 (Kestrel Report) - Kenya has offered to lead a multinational force in Haiti and to send 1,000 police officers to help train and assist the Haitian police in restoring order, Foreign Affairs Minister Alfred Mutua said in a statement late on Saturday.",
            "The offer is subject to a mandate from the UN Security Council and to the approval of Kenya's own institutions, Mutua said, adding that a Kenyan assessment team would travel to Haiti in the coming weeks. The deployment would only proceed once those conditions had been met, he said.",
            "Mutua said Kenya stood with people of African descent across the world and that its police had experience of peacekeeping in other countries.",
            "Haiti's foreign minister, Jean Victor Geneus, welcomed the offer in a message on social media, calling it a sign of solidarity and saying his government was eager to see the officers arrive.",
            "Kenyan police have been accused by rights groups of using excessive force against protesters at home, and some opposition politicians in Nairobi questioned why the country should take on a mission so far away.",
        ),
        claims=[
            ("kenya", "kenya-deploys-police", C, "The deployment would only proceed once those conditions had been met", True),
            ("kenya", "un-authorises-mission", S, "The offer is subject to a mandate from the UN Security Council", True),
            ("haiti-government", "kenya-deploys-police", S, "his government was eager to see the officers arrive", True),
        ],
    ),
    # 006
    dict(
        outlet="equator-wire", published="2023-08-01T18:00:00Z",
        slug="washington-welcomes-kenya-haiti-offer",
        title="Washington welcomes Kenya's Haiti offer, promises to seek funding",
        text=P(
            "WASHINGTON, Aug 1 (Equator Wire) - The United States welcomed Kenya's offer to lead a multinational force in Haiti and will work to find the money and resources to support it, Secretary of State Antony Blinken said on Tuesday.",
            "Blinken said in a statement that Washington would introduce a Security Council resolution to authorise the mission. The State Department said US troops would not be part of the force.",
            "At the United Nations, a spokesman for Secretary-General Antonio Guterres said he welcomed Kenya's readiness to consider leading the force and hoped other countries would join it.",
            "US officials said the administration would need to ask Congress for the money, and several Republican lawmakers have already raised questions about the cost and the absence of a clear exit plan. The White House did not give a figure.",
            "A Kenyan assessment team is expected in Port-au-Prince later this month. Gangs now control most of the capital, and the UN says kidnappings have more than doubled since last year.",
        ),
        claims=[
            ("usa", "kenya-deploys-police", S, "The United States welcomed Kenya's offer to lead a multinational force in Haiti", True),
            ("usa", "us-funds-mission", S, "will work to find the money and resources to support it", True),
            ("usa", "un-authorises-mission", S, "Washington would introduce a Security Council resolution to authorise the mission", True),
            ("un", "kenya-deploys-police", S, "he welcomed Kenya's readiness to consider leading the force", True),
        ],
    ),
    # 007  (no claims)
    dict(
        outlet="tidewater-herald", published="2023-08-22T15:00:00Z",
        slug="kenyan-assessment-team-arrives",
        title="Kenyan assessment team arrives in Port-au-Prince",
        text=P(
            "PORT-AU-PRINCE, Aug 22 (Tidewater Herald) - A team of Kenyan police and foreign ministry officials arrived in Haiti on Monday to assess conditions ahead of a possible multinational mission, the first visit of its kind.",
            "The delegation, led by a senior police commander, is expected to spend about a week in the country, meeting Haitian National Police officers, UN staff and diplomats and touring neighbourhoods held by armed groups. Members of the team were driven from the airport in armoured vehicles under heavy escort.",
            "A Kenyan official travelling with the group declined to say when any officers might deploy or how many would come in the first wave. He said the team's report would go to ministers in Nairobi first.",
            "Security analysts said the visit would show the visitors how little of the capital remains under state control, and some predicted the findings could push the size of the planned force well beyond 1,000. Others said the team might conclude that the job needed soldiers rather than police.",
            "Kidnappings in Port-au-Prince have risen sharply this year, according to UN figures.",
        ),
        claims=[],
    ),
    # 008
    dict(
        outlet="atlas-newsdesk", published="2023-09-06T12:00:00Z",
        slug="kenya-says-partners-must-pay-haiti-mission",
        title="Kenya says partners must pay for Haiti mission",
        text=P(
            "NAIROBI, Sept 6 (Atlas Newsdesk) - Kenya will not send police officers to Haiti unless the mission is paid for by its partners, Foreign Affairs Minister Alfred Mutua said on Wednesday, after an assessment team returned from Port-au-Prince.",
            "Mutua told reporters that Kenyan taxpayers would not carry the cost and that the United States and other countries had to cover salaries, equipment and transport. He said the team had found the situation serious but manageable.",
            "He added that the United States had assured Nairobi it would provide funding and logistics, though he declined to say how much had been promised.",
            "Kenyan opposition leader Raila Odinga has criticised the plan, arguing that the country's police are overstretched at home. Rights groups have urged parliament to examine the mission closely.",
            "Jamaica and the Bahamas have offered personnel for the force, which the Caribbean Community wants on the ground as quickly as possible. Diplomats in New York said a vote on a resolution could come before the end of the month.",
        ),
        claims=[
            ("kenya", "kenya-deploys-police", C, "Kenya will not send police officers to Haiti unless the mission is paid for", True),
            ("kenya", "us-funds-mission", S, "the United States and other countries had to cover salaries, equipment and transport", True),
            ("usa", "us-funds-mission", S, "the United States had assured Nairobi it would provide funding and logistics", False),
            ("caricom", "kenya-deploys-police", S, "which the Caribbean Community wants on the ground as quickly as possible", False),
        ],
    ),
    # 009
    dict(
        outlet="kestrel-report", published="2023-09-22T23:00:00Z",
        slug="us-pledges-100-million-kenyan-led-mission",
        title="US pledges $100 million for Kenyan-led Haiti mission",
        text=P(
            "UNITED NATIONS, Sept 22 (Kestrel Report) - The United States will provide $100 million to support a Kenyan-led security mission in Haiti, plus up to another $100 million in logistics, intelligence and medical help from the Pentagon, Secretary of State Antony Blinken said on Friday.",
            "Speaking at a ministerial meeting on Haiti on the sidelines of the General Assembly, Blinken said the administration would work with Congress to make the money available, and he urged other countries to contribute to a fund for the mission.",
            "Kenyan President William Ruto told the assembly a day earlier that Kenya would lead the force as soon as the council gave it a mandate, and that his country would not turn its back on Haiti.",
            "Haiti's prime minister, Ariel Henry, thanked Kenya and the United States and said his government wanted the mission on the ground without further delay.",
            "Some members of Congress have said they want more detail about the mission's rules of engagement before approving any money. The State Department said it would brief lawmakers in the coming days.",
        ),
        claims=[
            ("usa", "us-funds-mission", S, "The United States will provide $100 million to support a Kenyan-led security mission", True),
            ("kenya", "kenya-deploys-police", C, "Kenya would lead the force as soon as the council gave it a mandate", True),
            ("haiti-government", "kenya-deploys-police", S, "his government wanted the mission on the ground without further delay", True),
        ],
    ),
    # 010
    dict(
        outlet="crossroads-bulletin", published="2023-09-25T14:00:00Z",
        slug="us-kenya-sign-defence-pact",
        title="US and Kenya sign defence pact ahead of Haiti vote",
        text=P(
            "NAIROBI, Sept 25 (Crossroads Bulletin) - The United States and Kenya signed a five-year defence cooperation agreement on Monday during a visit by US Defense Secretary Lloyd Austin, who also discussed the proposed security mission in Haiti with Kenyan officials.",
            "Austin said the United States would back the Kenyan-led force with funding and logistical support. His Kenyan counterpart, Defence Minister Aden Duale, said the agreement covered counterterrorism and maritime security as well as training.",
            "Duale said Kenyan officers would not deploy until the Security Council had voted and parliament had given its approval. He declined to say when the first officers might leave.",
            "The signing took place at the defence ministry in Nairobi. Austin was due to travel on to Djibouti and Angola later in the week.",
            "Diplomats at the United Nations said a resolution was likely to be adopted within days, although Russia and China had not said whether they would let it pass. The draft would authorise the force for a year.",
        ),
        claims=[
            ("usa", "us-funds-mission", S, "the United States would back the Kenyan-led force with funding and logistical support", True),
            ("kenya", "kenya-deploys-police", C, "Kenyan officers would not deploy until the Security Council had voted", True),
        ],
    ),
    # 011  (shift: kenya kenya-deploys-police conditional -> support)
    dict(
        outlet="equator-wire", published="2023-10-02T21:30:00Z",
        slug="security-council-authorises-kenyan-led-force",
        title="Security Council authorises Kenyan-led force for Haiti",
        text=P(
            "UNITED NATIONS, Oct 2 (Equator Wire) - The UN Security Council on Monday authorised a multinational security mission led by Kenya to help Haiti's police fight armed gangs, a year after Haitian leaders first asked for foreign help.",
            "The resolution passed with 13 votes in favour. Russia and China abstained, with their envoys saying the council should not rush into sending armed personnel without a clearer plan. The mission is authorised for an initial twelve months, is not a UN operation and will be funded by voluntary contributions.",
            "Haiti's foreign minister, Jean Victor Geneus, called the resolution an expression of solidarity with a people in distress.",
            "In Nairobi, Foreign Affairs Minister Alfred Mutua said Kenya would now send its officers and that the government expected the first contingent to be on the ground within months.",
            "The resolution also calls on the mission to respect human rights and to guard against sexual abuse, a concern raised by many Haitians after the cholera outbreak and abuse scandals linked to the last UN peacekeeping mission.",
        ),
        claims=[
            ("un", "un-authorises-mission", S, "The UN Security Council on Monday authorised a multinational security mission", True),
            ("haiti-government", "un-authorises-mission", S, "called the resolution an expression of solidarity with a people in distress", True),
            ("kenya", "kenya-deploys-police", S, "Kenya would now send its officers", True),
        ],
    ),
    # 012
    dict(
        outlet="tidewater-herald", published="2023-10-04T17:00:00Z",
        slug="gang-leader-vows-to-fight-kenyan-led-force",
        title="Haiti gang leader vows to fight Kenyan-led force",
        text=P(
            "PORT-AU-PRINCE, Oct 4 (Tidewater Herald) - Jimmy Cherizier, the former police officer who leads the G9 gang coalition, said on Wednesday his fighters would treat the Kenyan-led mission as an invading force and would resist it with their weapons.",
            "In a video circulated on social media, Cherizier, known as Barbecue, said the Security Council had no right to send foreign police into Haiti's poor neighbourhoods and that his men would not hand over their guns to anyone. He accused the Haitian government of inviting foreigners to protect a corrupt elite.",
            "It was the first reaction from Haiti's most prominent gang leader since the council vote on Monday. Cherizier has been under UN sanctions since last year.",
            "Rights groups in Port-au-Prince said they feared a confrontation between the mission and the gangs could put civilians in the crossfire. Some residents of areas controlled by the G9 said they would welcome any officers who brought security.",
            "The Haitian government did not respond to requests for comment.",
        ),
        claims=[
            ("gangs", "kenya-deploys-police", O, "his fighters would treat the Kenyan-led mission as an invading force", True),
            ("gangs", "un-authorises-mission", O, "the Security Council had no right to send foreign police", True),
            ("gangs", "gangs-disarm-for-deal", O, "his men would not hand over their guns to anyone", True),
            ("haiti-government", "kenya-deploys-police", S, "accused the Haitian government of inviting foreigners to protect a corrupt elite", False),
        ],
    ),
    # 013
    dict(
        outlet="kestrel-report", published="2023-10-09T15:30:00Z",
        slug="kenyan-court-blocks-haiti-deployment",
        title="Kenyan court blocks Haiti police deployment",
        text=P(
            "NAIROBI, Oct 9 (Kestrel Report) - Kenya's High Court on Monday temporarily barred the government from deploying police officers to Haiti, a week after the vote in New York.",
            "Justice Enock Chacha Mwita issued the order until Oct 24 after a petition by Ekuru Aukot, leader of the Thirdway Alliance party, who argues that the deployment is unconstitutional because no Kenyan law allows police to serve abroad. Aukot asked the court to halt the mission for good, saying Kenya's officers were needed at home.",
            "Interior Minister Kithure Kindiki said the government would obey the order but would defend the deployment in court, adding that preparations would carry on in the meantime. He said the officers were ready but gave no date.",
            "The order does not affect the council's resolution, but no other country has offered to lead the force, and diplomats in New York said any delay in Nairobi could stall the whole mission.",
            "Kenya's parliament has yet to vote on the deployment. Opposition lawmakers have said they will vote against it.",
        ),
        claims=[
            ("aukot", "kenya-deploys-police", O, "who argues that the deployment is unconstitutional", True),
            ("aukot", "kenya-suspends-deployment", S, "Aukot asked the court to halt the mission for good", True),
            ("kenya", "kenya-deploys-police", S, "would defend the deployment in court", True),
        ],
    ),
    # 014
    dict(
        outlet="atlas-newsdesk", published="2023-10-13T16:00:00Z",
        slug="kenyan-cabinet-approves-haiti-deployment",
        title="Kenyan cabinet approves Haiti deployment, sends plan to parliament",
        text=P(
            "NAIROBI, Oct 13 (Atlas Newsdesk) - Kenya's cabinet on Friday approved the deployment of 1,000 police officers to Haiti and sent the plan to parliament for a vote, even though a court order still bars the officers from leaving.",
            "A statement from State House said the cabinet had endorsed the mission as part of Kenya's obligations to the international community and would seek the approval of lawmakers within the time the law allows.",
            "The cabinet met at State House under the chairmanship of President William Ruto. It was the first meeting since a reshuffle last week in which Musalia Mudavadi took over the foreign affairs portfolio from Alfred Mutua.",
            "Ekuru Aukot, whose petition led to the court order, said the cabinet decision showed contempt for the judiciary and that he would fight the deployment to the end. The High Court is due to hear the case again on Oct 24.",
            "Police chiefs have begun selecting officers from specialised units, according to local media reports.",
        ),
        claims=[
            ("kenya", "kenya-deploys-police", S, "approved the deployment of 1,000 police officers to Haiti", True),
            ("aukot", "kenya-deploys-police", O, "he would fight the deployment to the end", True),
        ],
    ),
    # 015
    dict(
        outlet="crossroads-bulletin", published="2023-11-16T18:30:00Z",
        slug="kenyan-lawmakers-approve-haiti-deployment",
        title="Kenyan lawmakers approve sending 1,000 police to Haiti",
        text=P(
            "NAIROBI, Nov 16 (Crossroads Bulletin) - Kenya's National Assembly voted on Thursday to approve the deployment of 1,000 police officers to Haiti, clearing a domestic hurdle for the Kenyan-led mission, though a court order barring the deployment remains in force.",
            "The motion passed after a heated debate in which opposition lawmakers said the government had not explained how the mission would be paid for or what would happen if officers were killed. Members of the ruling coalition said Kenya had a duty to help.",
            "Interior Minister Kithure Kindiki told a parliamentary committee this week that the United States would pay for the mission's main costs and that no Kenyan money would be spent. He said the government was determined to send the officers.",
            "The High Court is expected to rule on Ekuru Aukot's petition early next year. Aukot said after the vote that parliament could not make an unconstitutional deployment lawful.",
            "The mission has also struggled to attract money from other countries. A UN trust fund for the mission had received only a few million dollars in pledges by the end of October, according to UN figures.",
        ),
        claims=[
            ("kenya", "kenya-deploys-police", S, "voted on Thursday to approve the deployment of 1,000 police officers to Haiti", True),
            ("usa", "us-funds-mission", S, "the United States would pay for the mission's main costs", False),
            ("aukot", "kenya-deploys-police", O, "parliament could not make an unconstitutional deployment lawful", True),
        ],
    ),
    # 016  (duplicate pair 016/017, no shift)
    dict(
        outlet="equator-wire", published="2024-01-26T12:00:00Z",
        slug="kenyan-court-rules-haiti-deployment-unconstitutional",
        title="Kenyan court rules Haiti police deployment unconstitutional",
        text=P(
            "NAIROBI, Jan 26 (Equator Wire) - Kenya's High Court ruled on Friday that the government's plan to send police officers to Haiti was unconstitutional, dealing a heavy blow to the multinational mission.",
            "Justice Enock Chacha Mwita said Kenya's National Security Council had no power to deploy police outside the country, and that such a deployment could only happen under a reciprocal arrangement with the host government. No such agreement with Haiti exists.",
            "Government spokesman Isaac Mwaura said the government would appeal and that it had no intention of putting the mission on hold while it did so.",
            "Ekuru Aukot, who brought the case, told reporters outside the court that Kenyan police had no business going to Haiti and that the government should accept the judgment and call off the mission.",
            "The United States said it was reviewing the decision. There was no immediate comment from Port-au-Prince.",
            "Haiti's capital has seen a surge in killings and kidnappings since October, and UN figures show more than 8,000 people were killed or injured there last year.",
        ),
        claims=[
            ("kenya", "kenya-deploys-police", S, "the government would appeal", True),
            ("kenya", "kenya-suspends-deployment", O, "it had no intention of putting the mission on hold", True),
            ("aukot", "kenya-deploys-police", O, "Kenyan police had no business going to Haiti", True),
            ("aukot", "kenya-suspends-deployment", S, "the government should accept the judgment and call off the mission", True),
        ],
    ),
    # 017  (duplicate of 016)
    dict(
        outlet="kestrel-report", published="2024-01-26T14:45:00Z",
        slug="court-says-haiti-police-mission-unconstitutional",
        title="Court says Kenya's Haiti police mission breaks constitution",
        text=P(
            "NAIROBI, Jan 26 (Kestrel Report) - A Kenyan High Court judge ruled on Friday that the government's plan to deploy police officers to Haiti violated the constitution, a serious setback for the multinational mission.",
            "Justice Enock Chacha Mwita found that Kenya's National Security Council lacked the power to send police abroad, and that officers could only be deployed under a reciprocal arrangement with the receiving country. Kenya has no such agreement with Haiti.",
            "Government spokesman Isaac Mwaura said the government would appeal, adding that it had no intention of putting the mission on hold in the meantime.",
            "Ekuru Aukot, the opposition politician who filed the case, said outside the courtroom that Kenyan police had no business going to Haiti and that the government should accept the judgment and call off the mission.",
            "Washington said it was studying the ruling. Haitian officials did not comment.",
            "Killings and kidnappings have surged in Port-au-Prince since October, and UN figures show more than 8,000 people were killed or injured in the country last year.",
        ),
        claims=[
            ("kenya", "kenya-deploys-police", S, "the government would appeal", True),
            ("kenya", "kenya-suspends-deployment", O, "it had no intention of putting the mission on hold", True),
            ("aukot", "kenya-deploys-police", O, "Kenyan police had no business going to Haiti", True),
            ("aukot", "kenya-suspends-deployment", S, "the government should accept the judgment and call off the mission", True),
        ],
    ),
    # 018
    dict(
        outlet="tidewater-herald", published="2024-02-08T16:00:00Z",
        slug="henry-refuses-to-quit-as-deadline-passes",
        title="Henry refuses to quit as transition deadline passes",
        text=P(
            "PORT-AU-PRINCE, Feb 8 (Tidewater Herald) - Prime Minister Ariel Henry said on Wednesday he would stay in office until elections could be held, rejecting demands that he step down on the date opposition groups say marked the end of his mandate.",
            "In a televised address, Henry said handing power to an unelected group would only deepen the crisis, and that his government's priority was to restore security so that Haitians could vote. He called for calm after days of protests in which several people were killed.",
            "Former rebel leader Guy Philippe, who returned to Haiti last year after serving a prison sentence in the United States, has urged Haitians to rise up and remove Henry. Gang leader Jimmy Cherizier has also repeated his call for the prime minister to go.",
            "A political agreement signed in December 2022 had set Feb 7 as the date for new leaders to take office. Henry's opponents say he has no legitimacy left; his supporters argue that elections are impossible while gangs control much of the capital.",
            "The Kenyan-led mission, which Henry has said is needed before any vote can take place, remains blocked by a court in Nairobi.",
        ),
        claims=[
            ("haiti-government", "henry-steps-down", O, "he would stay in office until elections could be held", True),
            ("gangs", "henry-steps-down", S, "has also repeated his call for the prime minister to go", True),
            ("haiti-government", "kenya-deploys-police", S, "which Henry has said is needed before any vote can take place", True),
        ],
    ),
    # 019
    dict(
        outlet="atlas-newsdesk", published="2024-02-21T19:00:00Z",
        slug="haiti-mission-money-held-up-in-congress",
        title="Haiti mission money held up in Congress, State Department says",
        text=P(
            "WASHINGTON, Feb 21 (Atlas Newsdesk) - The Biden administration is still committed to paying for the multinational mission in Haiti, but part of the money is being held up by Republican lawmakers, the State Department said on Wednesday.",
            "Spokesman Matthew Miller said the United States had promised $200 million in money and support and intended to deliver it. He urged Congress to release $40 million that the department wants to send to a UN fund for the mission.",
            "Two senior Republicans, House Foreign Affairs Committee chairman Michael McCaul and Senator Jim Risch, have placed a hold on the funds, saying the administration has not explained the mission's goals, costs or exit plan. Their offices said the hold would stay until they received answers.",
            "Miller did not comment on the Kenyan court case, saying only that it was a matter for Kenya's judiciary.",
            "Brian Nichols, the top US diplomat for the Western Hemisphere, was due in Port-au-Prince later this week for talks with Henry's government.",
        ),
        claims=[
            ("usa", "us-funds-mission", S, "had promised $200 million in money and support and intended to deliver it", True),
        ],
    ),
    # 020
    dict(
        outlet="crossroads-bulletin", published="2024-03-01T13:00:00Z",
        slug="kenya-haiti-sign-deal-to-unblock-mission",
        title="Kenya and Haiti sign deal to unblock police mission",
        text=P(
            "NAIROBI, March 1 (Crossroads Bulletin) - Kenya and Haiti signed a reciprocal agreement on Friday that officials say removes the legal obstacle raised by the High Court and opens the way for Kenyan police officers to deploy to Port-au-Prince.",
            "President William Ruto and Haitian Prime Minister Ariel Henry witnessed the signing at State House in Nairobi. Ruto said afterwards that the two leaders had discussed the next steps to fast-track the deployment, and that Kenya would honour its commitment to Haiti.",
            "Henry said the Kenyan officers were badly needed and thanked Kenya for standing by his country. He is expected to travel on to other capitals before returning home.",
            "The signing came as gunmen in Port-au-Prince attacked police stations and fired on the international airport for a second day. Residents said several neighbourhoods had emptied as families fled the shooting.",
            "The High Court ruling in January had found that police could only be sent abroad under such an agreement.",
        ),
        claims=[
            ("kenya", "kenya-deploys-police", S, "Kenya would honour its commitment to Haiti", True),
            ("haiti-government", "kenya-deploys-police", S, "Henry said the Kenyan officers were badly needed", True),
        ],
    ),
    # 021
    dict(
        outlet="equator-wire", published="2024-03-05T19:00:00Z",
        slug="gang-leader-warns-civil-war-unless-henry-resigns",
        title="Gang leader warns of civil war unless Henry resigns",
        text=P(
            "SAN JUAN, March 5 (Equator Wire) - Haitian Prime Minister Ariel Henry landed in Puerto Rico on Tuesday after he was unable to fly home to Port-au-Prince, where armed gangs have attacked the airport, police stations and two prisons in the past five days.",
            "In Port-au-Prince, gang leader Jimmy Cherizier warned that Haiti would slide into civil war if Henry did not resign and foreign countries kept backing him. He said his coalition, which now calls itself Viv Ansanm, would keep fighting until the prime minister was gone.",
            "At the State Department, spokesman Matthew Miller declined to say whether Washington wanted Henry to step down, saying only that the United States wanted elections as soon as conditions allowed. Some analysts in Washington said Henry's days in office were probably numbered.",
            "Henry made no public statement in San Juan. His office denied reports that he had agreed to resign.",
            "More than 15,000 people have fled their homes in the capital since the attacks began, according to the International Organization for Migration.",
        ),
        claims=[
            ("gangs", "henry-steps-down", S, "would keep fighting until the prime minister was gone", True),
            ("haiti-government", "henry-steps-down", O, "denied reports that he had agreed to resign", True),
        ],
    ),
    # 022  (no claims)
    dict(
        outlet="kestrel-report", published="2024-03-07T15:00:00Z",
        slug="haiti-extends-state-of-emergency",
        title="Haiti extends state of emergency as airport stays shut",
        text=P(
            "PORT-AU-PRINCE, March 7 (Kestrel Report) - Haiti's government extended a state of emergency in the region around the capital by a month on Thursday, as the main international airport remained closed and fuel ran short in several neighbourhoods.",
            "The decree, signed by acting prime minister Michel Patrick Boisvert, extends a night-time curfew and gives police wider powers to search vehicles. Henry remained in Puerto Rico, and officials would not say when he might return.",
            "Schools and many banks in Port-au-Prince have been closed since the weekend. Aid groups said hospitals were running out of supplies and that containers at the main port had been looted.",
            "Diplomats in the Dominican Republic and Jamaica said regional leaders were discussing an emergency meeting, and some speculated that the prime minister might come under pressure to hand over power. Neither the Caribbean Community nor the United States commented on the reports.",
            "No foreign police have arrived. A UN spokesman said the world body had no timetable for the multinational mission.",
        ),
        claims=[],
    ),
    # 023  (shift: haiti-government henry-steps-down oppose -> conditional)
    dict(
        outlet="atlas-newsdesk", published="2024-03-12T06:00:00Z",
        slug="henry-agrees-to-resign-transitional-council",
        title="Haiti's Henry agrees to resign, clearing way for transitional council",
        text=P(
            "SAN JUAN, March 12 (Atlas Newsdesk) - Haitian Prime Minister Ariel Henry said early on Tuesday that his government would step down, hours after Caribbean leaders meeting in Jamaica announced a plan for a transitional presidential council to run the country.",
            "In a video recorded in Puerto Rico, Henry said his government would resign only after the council had been installed and had named an interim prime minister. He asked Haitians to stay calm.",
            "Guyana's president, Mohamed Irfaan Ali, who chairs the Caribbean Community, told reporters in Kingston that CARICOM welcomed the resignation and would help Haitian political groups choose the council's seven voting members.",
            "US Secretary of State Antony Blinken, who attended the talks, said the United States backed the transition plan and would add $100 million to its funding for the multinational mission, bringing the total US commitment to $300 million.",
            "The announcement does not set a date for the council to take office. Gang leaders have yet to react, and analysts warned that they could still try to derail the transition.",
        ),
        claims=[
            ("haiti-government", "henry-steps-down", C, "his government would resign only after the council had been installed", True),
            ("caricom", "henry-steps-down", S, "CARICOM welcomed the resignation", True),
            ("usa", "henry-steps-down", S, "the United States backed the transition plan", True),
            ("usa", "us-funds-mission", S, "would add $100 million to its funding for the multinational mission", True),
        ],
    ),
    # 024  (shifts: kenya deploys support -> conditional; kenya suspends oppose -> support; duplicate pair 024/025)
    dict(
        outlet="equator-wire", published="2024-03-12T10:30:00Z",
        slug="kenya-puts-haiti-deployment-on-hold",
        title="Kenya puts Haiti police deployment on hold as Haitian government collapses",
        text=P(
            "NAIROBI, March 12 (Equator Wire) - Kenya has put on hold its plan to send police officers to Haiti until a new government is in place in Port-au-Prince, a senior foreign ministry official said on Tuesday.",
            "Korir Sing'oei, the principal secretary for foreign affairs, said the upheaval in Haiti amounted to a fundamental change in circumstances and that, without a political administration there, a police deployment had nothing to anchor on. Kenya would wait for a new constitutional authority to be installed before taking further decisions, he said.",
            "Sing'oei said Kenya remained ready to lead the mission once that authority was in place.",
            "Only a day earlier, Interior Minister Kithure Kindiki had told reporters that the mission was in its pre-deployment phase and that the court dispute had been settled.",
            "The decision caught some diplomats by surprise. A State Department official said Washington had been told in advance. There was no immediate comment from Haitian officials.",
        ),
        claims=[
            ("kenya", "kenya-suspends-deployment", S, "Kenya has put on hold its plan to send police officers to Haiti", True),
            ("kenya", "kenya-deploys-police", C, "Kenya remained ready to lead the mission once that authority was in place", True),
        ],
    ),
    # 025  (duplicate of 024)
    dict(
        outlet="tidewater-herald", published="2024-03-12T13:10:00Z",
        slug="kenya-pauses-haiti-mission",
        title="Kenya pauses Haiti mission until new government installed",
        text=P(
            "NAIROBI, March 12 (Tidewater Herald) - Kenya has put on hold its plan to send police officers to Haiti and will wait until a new government takes office in Port-au-Prince, a senior foreign ministry official said on Tuesday.",
            "Foreign affairs principal secretary Korir Sing'oei said the turmoil in Haiti was a fundamental change in circumstances, and that without a political administration in the country a police deployment would have no anchor. Kenya would take further decisions only after a new constitutional authority had been installed, he said.",
            "He added that Kenya remained ready to lead the mission once that authority was in place.",
            "On Monday, Interior Minister Kithure Kindiki had said the mission was at the pre-deployment stage and that the legal dispute was over.",
            "Some diplomats said they had not expected the move. Washington had been informed beforehand, a State Department official said. Haitian officials did not immediately comment.",
        ),
        claims=[
            ("kenya", "kenya-suspends-deployment", S, "Kenya has put on hold its plan to send police officers to Haiti", True),
            ("kenya", "kenya-deploys-police", C, "Kenya remained ready to lead the mission once that authority was in place", True),
        ],
    ),
    # 026
    dict(
        outlet="crossroads-bulletin", published="2024-03-14T16:00:00Z",
        slug="ruto-kenya-will-lead-once-council-sworn-in",
        title="Ruto says Kenya will lead Haiti force once council is sworn in",
        text=P(
            "NAIROBI, March 14 (Crossroads Bulletin) - President William Ruto said on Thursday that Kenya would still lead the multinational force in Haiti, but only once the transitional council agreed in Jamaica this week had been sworn in.",
            "Ruto said he had spoken by phone with US Secretary of State Antony Blinken, who had assured him that the funding for the mission was secure. Kenya would not send officers into a political vacuum, Ruto said, and the pause announced on Tuesday would stay in place until Haiti had a government to work with.",
            "In Port-au-Prince, gang leader Jimmy Cherizier said his coalition would not lay down its weapons. He did not say whether the gangs would fight the Kenyan officers if they came.",
            "Haiti's political parties and civil groups have until the end of the week to submit names for the council. Several have complained that the process is being steered from abroad.",
            "The airport in Port-au-Prince remained closed on Thursday.",
        ),
        claims=[
            ("kenya", "kenya-deploys-police", C, "but only once the transitional council agreed in Jamaica this week had been sworn in", True),
            ("kenya", "kenya-suspends-deployment", S, "the pause announced on Tuesday would stay in place", True),
            ("usa", "us-funds-mission", S, "who had assured him that the funding for the mission was secure", False),
            ("gangs", "gangs-disarm-for-deal", O, "his coalition would not lay down its weapons", True),
        ],
    ),
    # 027
    dict(
        outlet="kestrel-report", published="2024-04-12T20:00:00Z",
        slug="haiti-formally-creates-transitional-council",
        title="Haiti formally creates transitional council",
        text=P(
            "PORT-AU-PRINCE, April 12 (Kestrel Report) - Haiti's government on Friday published a decree formally creating the transitional presidential council that is to take over from Prime Minister Ariel Henry, a month after the regional summit in Jamaica.",
            "The decree, published in the official gazette, sets out the council's make-up: nine members, seven of whom will have voting rights. Henry's cabinet said in a statement that he would hand in his resignation once the council was sworn in and had chosen a new prime minister.",
            "The council's members are drawn from political parties, the private sector and civil society.",
            "In Nairobi, Foreign Affairs Minister Musalia Mudavadi said Kenya was following events closely and would be ready to deploy as soon as the council took office. He said the March pause remained in force for now.",
            "Gangs attacked several neighbourhoods near the National Palace overnight. The council is expected to be sworn in there, but no date has been set for the ceremony.",
        ),
        claims=[
            ("haiti-government", "henry-steps-down", C, "he would hand in his resignation once the council was sworn in", True),
            ("kenya", "kenya-deploys-police", C, "would be ready to deploy as soon as the council took office", True),
            ("kenya", "kenya-suspends-deployment", S, "the March pause remained in force for now", True),
        ],
    ),
    # 028  (shift: haiti-government henry-steps-down conditional -> support)
    dict(
        outlet="atlas-newsdesk", published="2024-04-25T18:00:00Z",
        slug="henry-resigns-council-sworn-in",
        title="Henry resigns as Haiti's transitional council is sworn in",
        text=P(
            "PORT-AU-PRINCE, April 25 (Atlas Newsdesk) - Ariel Henry formally resigned as Haiti's prime minister on Thursday, as a transitional presidential council was sworn in at a ceremony held under tight security in the capital.",
            "In a letter signed in Los Angeles and dated Wednesday, Henry said he was submitting his government's resignation and wished the council success. Finance Minister Michel Patrick Boisvert was named interim prime minister until the council chooses a successor.",
            "The ceremony had been planned for the National Palace but was moved to a government guest house after gunfire was heard nearby. Council members called for unity and promised to restore order.",
            "CARICOM said in a statement that the swearing-in was a crucial step and thanked Henry for stepping aside. The United States said it looked forward to working with the council to speed up the deployment of the multinational mission.",
            "Kenya had no immediate comment. Gang attacks continued in several districts after the ceremony.",
        ),
        claims=[
            ("haiti-government", "henry-steps-down", S, "Henry said he was submitting his government's resignation", True),
            ("caricom", "henry-steps-down", S, "thanked Henry for stepping aside", True),
            ("usa", "kenya-deploys-police", S, "looked forward to working with the council to speed up the deployment", True),
        ],
    ),
    # 029  (no claims)
    dict(
        outlet="tidewater-herald", published="2024-04-30T17:00:00Z",
        slug="haiti-council-picks-leblanc-fils",
        title="Haiti council picks Leblanc Fils as president amid infighting",
        text=P(
            "PORT-AU-PRINCE, April 30 (Tidewater Herald) - Haiti's transitional presidential council chose Edgard Leblanc Fils, a former Senate president, to lead the body on Tuesday, in a vote that exposed divisions among its members.",
            "Four of the seven voting members also announced that they would back Fritz Belizaire, a former sports minister, as interim prime minister, angering other members who said they had not been consulted. The council met at the National Palace, where gunfire could be heard in the distance.",
            "Leblanc Fils did not take questions from reporters. A council spokesperson declined to say when a prime minister would be formally named or whether the Belizaire nomination would stand.",
            "Diplomats in Port-au-Prince said the dispute could delay the arrival of foreign police. Analysts said the council's members might need weeks to settle their differences, and some questioned whether the body could survive until elections.",
            "The council's mandate runs until Feb 7, 2026.",
        ),
        claims=[],
    ),
    # 030  (shifts: kenya deploys conditional -> support; kenya suspends support -> oppose)
    dict(
        outlet="crossroads-bulletin", published="2024-05-23T20:30:00Z",
        slug="ruto-haiti-deployment-back-on-track",
        title="Ruto says Haiti deployment back on track after White House talks",
        text=P(
            "WASHINGTON, May 23 (Crossroads Bulletin) - Kenyan President William Ruto said on Thursday that his police officers would deploy to Haiti within weeks and that the pause Kenya imposed in March was over now that Haiti had a transitional government.",
            "Speaking at the White House alongside President Joe Biden during the first state visit by an African leader in 15 years, Ruto said advance teams had already inspected the officers' base in Port-au-Prince.",
            "Biden said the United States would keep funding the mission and providing logistics, but ruled out sending American troops, saying that given the history of US interventions in Haiti their presence could easily be misrepresented. He also said Washington would designate Kenya a major non-NATO ally.",
            "The Republican chairman of the House Foreign Affairs Committee, Michael McCaul, said he still had concerns about the mission's plans and would keep part of the funding on hold until they were answered.",
            "Haiti's council has yet to name a prime minister.",
        ),
        claims=[
            ("kenya", "kenya-deploys-police", S, "his police officers would deploy to Haiti within weeks", True),
            ("kenya", "kenya-suspends-deployment", O, "the pause Kenya imposed in March was over", True),
            ("usa", "us-funds-mission", S, "the United States would keep funding the mission and providing logistics", True),
        ],
    ),
    # 031
    dict(
        outlet="kestrel-report", published="2024-06-03T18:00:00Z",
        slug="conille-sworn-in-as-haiti-prime-minister",
        title="Conille sworn in as Haiti's prime minister, calls for foreign police",
        text=P(
            "PORT-AU-PRINCE, June 3 (Kestrel Report) - Garry Conille, a former UN development official, was sworn in as Haiti's interim prime minister on Monday, promising to restore security and to prepare the country for elections.",
            "Conille told officials at the ceremony that his government would work closely with the multinational mission, which he said Haiti needed on the ground as quickly as possible. He said the police alone could not retake the neighbourhoods held by armed groups.",
            "The council picked Conille last week after weeks of disagreement among its members. He briefly served as prime minister in 2011 and 2012 and more recently worked for the UN children's agency in Latin America.",
            "Contractors are finishing a base for the foreign officers near the airport in Port-au-Prince, which reopened to commercial flights last month after a closure of nearly three months.",
            "Conille is expected to name his cabinet in the coming days.",
        ),
        claims=[
            ("haiti-government", "kenya-deploys-police", S, "which he said Haiti needed on the ground as quickly as possible", True),
        ],
    ),
    # 032
    dict(
        outlet="equator-wire", published="2024-06-24T17:00:00Z",
        slug="kenya-sends-police-to-haiti",
        title="Kenya sends 1,000 police to Haiti",
        text=P(
            "NAIROBI, June 24 (Equator Wire) - President William Ruto on Monday bade farewell to the first group of about 400 Kenyan police officers bound for Haiti, calling the mission one of the most important in the country's history.",
            "At a ceremony at a police training college on the outskirts of Nairobi, Ruto told the officers they were going to bring hope to a people in despair and that Kenya would not let Haiti down. The officers are expected to leave on Tuesday on a chartered flight, with the rest of the 1,000 officers following in later groups.",
            "Ekuru Aukot, whose latest petition is still before the High Court, said he would keep fighting the deployment.",
            "Gang leader Jimmy Cherizier has said in recent videos that his fighters will resist any foreign force that enters their neighbourhoods.",
            "Officials declined to say when the remaining officers would travel or how long the mission would last.",
        ),
        claims=[
            ("kenya", "kenya-deploys-police", S, "Kenya would not let Haiti down", True),
            ("aukot", "kenya-deploys-police", O, "he would keep fighting the deployment", True),
            ("gangs", "kenya-deploys-police", O, "his fighters will resist any foreign force that enters their neighbourhoods", True),
        ],
    ),
    # 033
    dict(
        outlet="tidewater-herald", published="2024-06-25T22:00:00Z",
        slug="first-kenyan-police-land-in-haiti",
        title="First Kenyan police land in Haiti",
        text=P(
            "PORT-AU-PRINCE, June 25 (Tidewater Herald) - The first Kenyan police officers of the multinational security mission landed in Port-au-Prince on Tuesday, almost two years after Haitian leaders first asked for foreign help against the gangs.",
            "Prime Minister Garry Conille welcomed the officers at the airport and later told reporters that his government had waited a long time for this day. Asked whether he would talk to the gangs, Conille said the armed groups must lay down their weapons and recognise the authority of the state before any talks could be considered.",
            "In Washington, President Joe Biden said in a statement that the United States would continue to support the mission financially.",
            "The officers are expected to begin joint patrols with Haitian police within days. Their base near the airport was still being finished.",
            "Several gang leaders have called for dialogue with the authorities in recent days, but none has said what they would be willing to give up.",
        ),
        claims=[
            ("kenya", "kenya-deploys-police", S, "The first Kenyan police officers of the multinational security mission landed in Port-au-Prince", True),
            ("haiti-government", "kenya-deploys-police", S, "his government had waited a long time for this day", True),
            ("haiti-government", "gangs-disarm-for-deal", C, "must lay down their weapons and recognise the authority of the state before any talks", True),
            ("usa", "us-funds-mission", S, "the United States would continue to support the mission financially", True),
        ],
    ),
    # 034  (shift: gangs gangs-disarm-for-deal oppose -> conditional)
    dict(
        outlet="atlas-newsdesk", published="2024-07-06T14:00:00Z",
        slug="gang-boss-offers-to-lay-down-arms",
        title="Haiti gang boss offers to lay down arms for national dialogue",
        text=P(
            "PORT-AU-PRINCE, July 6 (Atlas Newsdesk) - Gang leader Jimmy Cherizier said his Viv Ansanm coalition was prepared to lay down its weapons as part of a national dialogue with the government, in a video released late on Friday.",
            "Cherizier, wearing a jacket and glasses instead of his usual combat gear, said the gangs would give up their arms if the authorities agreed to open talks in which every Haitian could take part. He proposed that a respected figure from the Haitian diaspora act as mediator, but did not say whether his men would expect protection from prosecution in return.",
            "The offer marks a change of tone from the spring, when Cherizier said his fighters would never disarm and threatened a civil war.",
            "Prime Minister Garry Conille's office said the government's position had not changed: the gangs must first hand over their weapons, after which dialogue could be considered.",
            "Foreign police began patrols in parts of the capital this week. Analysts said the gangs might be testing the new government, or trying to avoid a confrontation with the officers.",
        ),
        claims=[
            ("gangs", "gangs-disarm-for-deal", C, "the gangs would give up their arms if the authorities agreed to open talks", True),
            ("haiti-government", "gangs-disarm-for-deal", C, "the gangs must first hand over their weapons, after which dialogue could be considered", True),
        ],
    ),
]

# Labelled shifts (checked against a recomputation from baseline + attributed claims).
SHIFTS = [
    dict(actor="kenya", issue="kenya-deploys-police", **{"from": C}, to=S, article="011",
         why="After the Security Council vote Mutua says Kenya will now send its officers; in 005, 008, 009 and 010 Kenya would deploy only once the mandate, funding and approvals were in place."),
    dict(actor="haiti-government", issue="henry-steps-down", **{"from": O}, to=C, article="023",
         why="Henry says his government will resign only after the council is installed and has named an interim prime minister; in 018 and 021 he refused to step down before elections."),
    dict(actor="kenya", issue="kenya-deploys-police", **{"from": S}, to=C, article="024",
         why="Sing'oei says Kenya will lead the mission only once a new constitutional authority is installed in Haiti; since 011 Kenya had committed to deploy (020: it would honour its commitment)."),
    dict(actor="kenya", issue="kenya-suspends-deployment", **{"from": O}, to=S, article="024",
         why="Kenya puts the deployment on hold (give-up framing: support); in 016/017 the government had no intention of putting the mission on hold."),
    dict(actor="kenya", issue="kenya-deploys-police", **{"from": C}, to=S, article="030",
         why="Ruto says the officers will deploy within weeks now that Haiti has a transitional government; in 024-027 deployment was conditional on the council taking office."),
    dict(actor="kenya", issue="kenya-suspends-deployment", **{"from": S}, to=O, article="030",
         why="Ruto says the pause imposed in March is over; in 024-027 the pause stayed in force."),
    dict(actor="haiti-government", issue="henry-steps-down", **{"from": C}, to=S, article="028",
         why="Henry submits his government's resignation as the council is sworn in; in 023 and 027 he would resign only once the council was installed."),
    dict(actor="gangs", issue="gangs-disarm-for-deal", **{"from": O}, to=C, article="034",
         why="Cherizier says the gangs would give up their arms if the authorities open a national dialogue; in 012 and 026 he said his men would not hand over or lay down their weapons."),
]

DUPLICATES = [("016", "017"), ("024", "025")]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June",
          7: "July", 8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}
DATELINE = re.compile(r"^([A-Z][A-Z .'\-]+), (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \(([^)]+)\) - ")
STANCES = {S, O, C}


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def read_watchlist():
    path = os.path.join(HERE, "watchlist.yaml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    section = None
    actors, issues, baseline = set(), set(), []
    for line in text.splitlines():
        if re.match(r"^actors:\s*$", line):
            section = "actors"
        elif re.match(r"^issues:\s*$", line):
            section = "issues"
        elif re.match(r"^baseline:\s*$", line):
            section = "baseline"
        m = re.match(r"^  - id: (\S+)\s*$", line)
        if m and section == "actors":
            actors.add(m.group(1))
        elif m and section == "issues":
            issues.add(m.group(1))
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
        if m and section == "baseline":
            baseline.append(m.groups())
    return actors, issues, baseline


def main():
    errors = []

    def err(msg):
        errors.append(msg)

    actors, issues, baseline = read_watchlist()
    if not 5 <= len(actors) <= 8:
        err(f"watchlist has {len(actors)} actors, expected 5-8")
    if not 5 <= len(issues) <= 7:
        err(f"watchlist has {len(issues)} issues, expected 5-7")
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            err(f"bad baseline entry {a} {i} {s}")

    # Assign ids in publication order.
    prev = None
    for n, art in enumerate(ARTICLES, 1):
        art["id"] = f"{n:03d}"
        dt = parse_dt(art["published"])
        if prev is not None and dt <= prev:
            err(f"{art['id']}: not in publication order")
        prev = dt
        art["dt"] = dt
        art["source"] = OUTLETS[art["outlet"]]
        art["url"] = f"https://example.org/{art['outlet']}/{dt:%Y/%m/%d}/{art['slug']}"

    if not 30 <= len(ARTICLES) <= 34:
        err(f"{len(ARTICLES)} articles, expected 30-34")
    urls = [a["url"] for a in ARTICLES]
    if len(set(urls)) != len(urls):
        err("duplicate urls")

    for art in ARTICLES:
        aid, text = art["id"], art["text"]
        words = len(text.split())
        art["words"] = words
        if not 120 <= words <= 260:
            err(f"{aid}: {words} words")
        m = DATELINE.match(text)
        if not m:
            err(f"{aid}: bad dateline")
        else:
            if m.group(4) != art["source"]:
                err(f"{aid}: dateline outlet {m.group(4)} != {art['source']}")
            if m.group(2) != MONTHS[art["dt"].month] or int(m.group(3)) != art["dt"].day:
                err(f"{aid}: dateline date {m.group(2)} {m.group(3)} != published {art['published']}")
        if '"' in text or "\u201c" in text:
            pass  # short quotations are allowed; none are used in this set
        seen = {}
        for (actor, issue, stance, quote, attributed) in art["claims"]:
            if actor not in actors:
                err(f"{aid}: unknown actor {actor}")
            if issue not in issues:
                err(f"{aid}: unknown issue {issue}")
            if stance not in STANCES:
                err(f"{aid}: bad stance {stance}")
            if quote not in text:
                err(f"{aid}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                err(f"{aid}: quote longer than 15 words: {quote!r}")
            if not isinstance(attributed, bool):
                err(f"{aid}: attributed must be bool")
            if (actor, issue) in seen:
                err(f"{aid}: two claims for {actor}/{issue}")
            seen[(actor, issue)] = stance

    # Duplicates carry identical claims.
    by_id = {a["id"]: a for a in ARTICLES}
    for a, b in DUPLICATES:
        ca = sorted((c[0], c[1], c[2], c[4]) for c in by_id[a]["claims"])
        cb = sorted((c[0], c[1], c[2], c[4]) for c in by_id[b]["claims"])
        if ca != cb:
            err(f"duplicates {a}/{b} differ in claims")
        if by_id[a]["source"] == by_id[b]["source"]:
            err(f"duplicates {a}/{b} from the same outlet")
        if by_id[a]["dt"].date() != by_id[b]["dt"].date() or by_id[a]["dt"] >= by_id[b]["dt"]:
            err(f"duplicates {a}/{b}: copy must be later the same day")

    # Recompute shifts: prevailing stance = last attributed labelled stance, from baseline.
    prevailing = {(a, i): s for a, i, s in baseline}
    computed = []
    for art in ARTICLES:
        for (actor, issue, stance, quote, attributed) in art["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            if key in prevailing and prevailing[key] != stance:
                computed.append((actor, issue, prevailing[key], stance, art["id"]))
            prevailing[key] = stance
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(computed) != sorted(labelled):
        err("shifts mismatch:\n  computed=" + repr(sorted(computed)) + "\n  labelled=" + repr(sorted(labelled)))
    if len(set(labelled)) != len(labelled):
        err("repeated shift")
    shift_articles = sorted({s["article"] for s in SHIFTS})
    # Claim statistics relative to the prevailing stance at the time of the claim.
    prev2 = {(a, i): s for a, i, s in baseline}
    stats = {"restatement": 0, "first": 0, "shift": 0, "unattributed-different": 0}
    restate_articles = set()
    for art in ARTICLES:
        for (actor, issue, stance, quote, attributed) in art["claims"]:
            key = (actor, issue)
            if key not in prev2:
                stats["first"] += 1
            elif prev2[key] == stance:
                stats["restatement"] += 1
                restate_articles.add(art["id"])
            elif attributed:
                stats["shift"] += 1
            else:
                stats["unattributed-different"] += 1
            if attributed:
                prev2[key] = stance
    no_alert = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]

    # Composition checks from the brief.
    all_claims = [c for a in ARTICLES for c in a["claims"]]
    n_claims = len(all_claims)
    by_stance = {st: sum(1 for c in all_claims if c[2] == st) for st in (S, O, C)}
    n_false = sum(1 for c in all_claims if not c[4])
    no_claim = [a["id"] for a in ARTICLES if not a["claims"]]
    reversals = [s for s in SHIFTS if {s["from"], s["to"]} == {S, O}]
    if not 60 <= n_claims <= 90:
        err(f"{n_claims} claims, expected 60-90")
    if by_stance[C] < 6:
        err("fewer than 6 conditional claims")
    if not 5 <= len(SHIFTS) <= 8:
        err(f"{len(SHIFTS)} shifts, expected 5-8")
    if len(reversals) > 2:
        err(f"{len(reversals)} straight support/oppose reversals, at most 2 allowed")
    if not any(C in (s["from"], s["to"]) for s in SHIFTS):
        err("no shift to or from conditional")
    if not 3 <= len(no_claim) <= 4:
        err(f"{len(no_claim)} no-claim articles, expected 3-4")
    if not any(a in shift_articles for a, b in DUPLICATES):
        err("no duplicate pair contains a shift article")
    if n_false == 0:
        err("no attributed:false claims")

    # Write outputs.
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for art in ARTICLES:
        obj = {"id": art["id"], "published": art["published"], "source": art["source"],
               "url": art["url"], "title": art["title"], "text": art["text"]}
        with open(os.path.join(art_dir, art["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False)
            f.write("\n")

    labels = {
        "claims": {a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in a["claims"]] for a in ARTICLES},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["from"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted((a for a in ARTICLES if a["outlet"] == slug), key=lambda a: a["dt"], reverse=True)
        if not items:
            err(f"outlet {slug} has no articles")
            continue
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 f"    <title>{escape(name)}</title>",
                 f"    <link>https://example.org/{slug}/</link>",
                 f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set kenya-haiti-mission-2023</description>",
                 "    <language>en</language>",
                 f"    <lastBuildDate>{format_datetime(items[0]['dt'], usegmt=True)}</lastBuildDate>"]
        for a in items:
            lines += ["    <item>",
                      f"      <title>{escape(a['title'])}</title>",
                      f"      <link>{escape(a['url'])}</link>",
                      f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                      f"      <pubDate>{format_datetime(a['dt'], usegmt=True)}</pubDate>",
                      f"      <description>{escape(a['text'])}</description>",
                      "    </item>"]
        lines += ["  </channel>", "</rss>"]
        path = os.path.join(feed_dir, slug + ".xml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        if shutil.which("xmllint") is None:
            err("xmllint not found")
        else:
            r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
            if r.returncode != 0:
                err(f"xmllint failed on {path}: {r.stderr.strip()}")

    # Summary.
    print(f"articles: {len(ARTICLES)} (words {min(a['words'] for a in ARTICLES)}-{max(a['words'] for a in ARTICLES)})")
    print(f"claims: {n_claims} ({by_stance[S]} support, {by_stance[O]} oppose, {by_stance[C]} conditional; {n_false} attributed false)")
    print(f"shifts: {len(SHIFTS)} in articles {', '.join(shift_articles)}; straight reversals: {len(reversals)}")
    print(f"no-claim articles: {', '.join(no_claim)}; duplicates: {DUPLICATES}")
    print(f"no_alert_articles: {len(no_alert)}")
    print(f"claim kinds: {stats}; restatements spread over {len(restate_articles)} articles")
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
