#!/usr/bin/env python3
"""Build the shiftwatch blind evaluation set india-china-border-2020.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script,
and validates the result (see validate()). Exits non-zero on any failure.

All articles are original paraphrase written for this set. The events are
real and public; the outlets are fictional. Not a source of facts.
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
    "ridgeline-wire": "Ridgeline Wire",
    "monsoon-courier": "Monsoon Courier",
    "tidewater-bulletin": "Tidewater Bulletin",
    "harbourlight-post": "Harbourlight Post",
    "summit-dispatch": "Summit Dispatch",
}

MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

S, O, C = "support", "oppose", "conditional"


def A(published, outlet, slug, title, paragraphs, claims):
    return {
        "published": published,
        "outlet": outlet,
        "slug": slug,
        "title": title,
        "text": "\n\n".join(paragraphs),
        "claims": [
            {"actor": a, "issue": i, "stance": s, "quote": q, "attributed": t}
            for (a, i, s, q, t) in claims
        ],
    }


ARTICLES = [
    # 001
    A("2020-05-22T11:30:00Z", "ridgeline-wire", "india-says-chinese-troops-block-patrols",
      "India says Chinese troops are blocking its patrols in Ladakh and Sikkim",
      [
          "NEW DELHI, May 22 (Ridgeline Wire) - India accused China on Thursday of obstructing the normal patrolling of Indian troops along the disputed frontier in Ladakh and Sikkim, and rejected Beijing's charge that Indian soldiers had crossed into Chinese-held territory.",
          "Foreign ministry spokesman Anurag Srivastava told reporters that all Indian activity, including in the Galwan area, took place entirely on India's side of the Line of Actual Control. He said New Delhi expected its patrols to be able to use the routes they had followed for years, and that India remained committed to safeguarding its sovereignty and security.",
          "Earlier in the week the Chinese foreign ministry said Indian troops had built defence facilities on Chinese territory in the Galwan Valley, and that Chinese frontier units had been forced to respond.",
          "The two armies have been facing off at several points since early May, when soldiers scuffled on the shores of Pangong Tso lake. A number of soldiers on both sides were hurt in that brawl and in a second one at Naku La in Sikkim.",
          "Military analysts in New Delhi said the build-up on the Chinese side looked larger than in earlier standoffs, and some predicted it would take months to unwind.",
      ],
      [
          ("india", "galwan-china-side", O, "including in the Galwan area, took place entirely on India's side", True),
          ("india", "status-quo-ante", S, "expected its patrols to be able to use the routes they had followed for years", True),
          ("china", "galwan-china-side", S, "Indian troops had built defence facilities on Chinese territory in the Galwan Valley", True),
      ]),
    # 002
    A("2020-05-28T14:00:00Z", "monsoon-courier", "trump-offers-to-mediate-india-china",
      "Trump offers to mediate in India-China border row; neither side bites",
      [
          "WASHINGTON, May 28 (Monsoon Courier) - President Donald Trump offered on Wednesday to mediate between India and China over their border dispute, writing on Twitter that the United States was ready, willing and able to help the two neighbours.",
          "Neither side took up the offer. In New Delhi, the foreign ministry said India was in touch with China through the established military and diplomatic channels to settle the matter peacefully. In Beijing, foreign ministry spokesman Zhao Lijian said the two countries did not need a third party to step in and could resolve their differences through dialogue. He described the situation along the border as generally stable and under control.",
          "Trump's message did not say which side he held responsible for the tension, and the White House gave no further details when asked.",
          "Thousands of troops from both armies remain deployed in eastern Ladakh, according to satellite images reviewed by independent analysts. Some of those analysts said they expected local commanders to meet within days, although no date has been announced.",
      ],
      []),
    # 003
    A("2020-06-07T12:00:00Z", "tidewater-bulletin", "generals-meet-at-moldo-agree-peaceful-resolution",
      "Indian and Chinese generals meet at the border, agree to settle standoff peacefully",
      [
          "NEW DELHI, June 7 (Tidewater Bulletin) - Senior Indian and Chinese military commanders agreed on Saturday to settle the month-long standoff in eastern Ladakh peacefully and in line with existing bilateral agreements, India's foreign ministry said on Sunday.",
          "The meeting between Lieutenant General Harinder Singh, who commands the Indian Army's corps in Leh, and Major General Liu Lin of the South Xinjiang military district was held at Moldo, on the Chinese side of the Chushul-Moldo border meeting point.",
          "According to two Indian officials briefed on the talks, the Indian side asked for Chinese troops to go back to the positions they held in April, before the build-up began. The officials said both delegations agreed in principle to a gradual pullback of troops at some of the face-off sites.",
          "In Beijing, foreign ministry spokeswoman Hua Chunying said the two sides had reached a positive consensus and would pull forces back step by step to ease the situation. She gave no details.",
          "The statement from New Delhi noted that this year marks seventy years of diplomatic relations between the two countries, and said an early resolution would help ties develop.",
      ],
      [
          ("india", "status-quo-ante", S, "asked for Chinese troops to go back to the positions they held in April", True),
          ("india", "disengagement", S, "both delegations agreed in principle to a gradual pullback of troops", True),
          ("china", "disengagement", S, "would pull forces back step by step to ease the situation", True),
      ]),
    # 004
    A("2020-06-16T16:30:00Z", "ridgeline-wire", "twenty-indian-soldiers-killed-in-galwan-clash",
      "Twenty Indian soldiers killed in clash with Chinese troops in Galwan Valley",
      [
          "NEW DELHI, June 16 (Ridgeline Wire) - Twenty Indian soldiers were killed in a violent face-off with Chinese troops in the Galwan Valley of eastern Ladakh on Monday night, the Indian Army said, the first deadly clash on the disputed border in more than four decades.",
          "The army said the two sides had since pulled apart at the site of the clash, in which no shots were fired. Soldiers fought with stones and clubs in the dark at high altitude, officials said.",
          "India's foreign ministry said the violence was the result of an attempt by the Chinese side to change the status quo unilaterally. Spokesman Anurag Srivastava said the casualties could have been avoided if Beijing had stuck to the understanding reached by senior commanders.",
          "China gave no casualty figures. A spokesman for the People's Liberation Army's Western Theatre Command said China had always held sovereignty over the Galwan Valley, and accused Indian troops of crossing the line and provoking the attack. In Beijing, foreign ministry spokesman Zhao Lijian urged India not to take unilateral action or stir up trouble.",
          "The valley, through which a river flows west from the Aksai Chin plateau, had been quiet for decades before this year.",
      ],
      [
          ("india", "status-quo-ante", S, "an attempt by the Chinese side to change the status quo unilaterally", True),
          ("china", "galwan-china-side", S, "China had always held sovereignty over the Galwan Valley", True),
      ]),
    # 005
    A("2020-06-17T15:30:00Z", "harbourlight-post", "jaishankar-tells-wang-yi-clash-was-planned",
      "Jaishankar tells Wang Yi the Galwan clash was planned, asks Beijing for corrective steps",
      [
          "NEW DELHI, June 17 (Harbourlight Post) - External Affairs Minister S. Jaishankar told his Chinese counterpart Wang Yi on Wednesday that the deadly clash in the Galwan Valley had been planned in advance by Chinese troops, and that Beijing needed to reassess its actions and take corrective steps.",
          "In a telephone call, the first contact between the two ministers since Monday's violence, Jaishankar described the incident as unprecedented, according to an Indian readout. Indian officials said the corrective steps New Delhi had in mind meant Chinese troops returning to where they were in April.",
          "A Chinese statement said Wang told Jaishankar that India should hold those responsible to account and should not underestimate China's resolve to defend its territory.",
          "Both ministers agreed that the situation would be handled in a responsible manner and that each side would carry out the June 6 disengagement understanding sincerely, the two readouts said.",
          "Earlier on Wednesday, Prime Minister Narendra Modi said India wanted peace but would give a fitting reply if provoked. He said the sacrifice of the soldiers would not be in vain.",
      ],
      [
          ("india", "status-quo-ante", S, "meant Chinese troops returning to where they were in April", True),
          ("india", "disengagement", S, "each side would carry out the June 6 disengagement understanding sincerely", True),
          ("china", "disengagement", S, "each side would carry out the June 6 disengagement understanding sincerely", True),
      ]),
    # 006
    A("2020-06-19T10:00:00Z", "tidewater-bulletin", "china-claims-galwan-valley-congress-presses-modi",
      "China claims Galwan Valley as Congress presses Modi to respond",
      [
          "BEIJING, June 19 (Tidewater Bulletin) - China said on Friday that the Galwan Valley lies on its side of the Line of Actual Control, asserting a claim to the area where twenty Indian soldiers were killed this week.",
          "Foreign ministry spokesman Zhao Lijian said the valley is located on the Chinese side of the western sector of the boundary, and that Chinese border troops had patrolled there for many years. He accused Indian troops of building roads and bridges in the area since April and of crossing the line in May.",
          "Zhao said China did not want to see further clashes and that the two sides were in touch through diplomatic and military channels.",
          "In New Delhi, the opposition Congress party demanded that the government reject the claim without delay. Rahul Gandhi, the party's former president, said the valley was Indian land and that the government owed the country a clear account of how the soldiers had died. Party spokesman Randeep Surjewala asked whether Chinese troops were still sitting on Indian territory.",
          "Prime Minister Narendra Modi was due to chair a meeting of party leaders later on Friday.",
      ],
      [
          ("china", "galwan-china-side", S, "the valley is located on the Chinese side of the western sector", True),
          ("congress", "galwan-china-side", O, "said the valley was Indian land", True),
      ]),
    # 007
    A("2020-06-20T13:00:00Z", "monsoon-courier", "india-calls-china-galwan-claim-untenable",
      "India calls China's Galwan claim untenable; PM's office clarifies remarks",
      [
          "NEW DELHI, June 20 (Monsoon Courier) - India on Saturday rejected Beijing's claim to the Galwan Valley as exaggerated and untenable, saying its position on the area had always been clear and was borne out by history.",
          "Foreign ministry spokesman Anurag Srivastava said Indian troops had patrolled the valley for a long time without any incident, and that attempts by China to advance such claims were not acceptable.",
          "Separately, the Prime Minister's Office issued a clarification of remarks Narendra Modi made at Friday's all-party meeting, where he had said that nobody had intruded into Indian territory and no post had been taken. The office said the comment described the position after Indian soldiers, through their bravery, had stopped Chinese troops from putting up structures near the line, and it accused critics of giving the words a mischievous twist.",
          "The Congress party had seized on the remarks. Its leaders said the prime minister's words amounted to surrendering Indian land to China, and the party repeated that it would not accept any Chinese claim on the valley.",
          "Some retired army officers also questioned the wording, though others said the row distracted from the military talks under way.",
      ],
      [
          ("india", "galwan-china-side", O, "rejected Beijing's claim to the Galwan Valley as exaggerated and untenable", True),
          ("congress", "galwan-china-side", O, "it would not accept any Chinese claim on the valley", True),
      ]),
    # 008
    A("2020-06-23T16:00:00Z", "summit-dispatch", "lavrov-says-india-china-need-no-outside-help",
      "Lavrov says India and China need no outside help as commanders agree to pull back",
      [
          "MOSCOW, June 23 (Summit Dispatch) - Russian Foreign Minister Sergei Lavrov said on Tuesday that India and China were capable of resolving their border dispute on their own and did not need help from anyone else.",
          "Lavrov spoke after a video conference of the foreign ministers of Russia, India and China, which Moscow hosted. He said Russia welcomed the commitment the two sides had made to pull their troops back from the points of confrontation in Ladakh.",
          "Indian External Affairs Minister S. Jaishankar did not refer to China by name during the call. He said that leading nations should respect international law and the legitimate interests of their partners.",
          "The video call came a day after a second meeting of the two army corps commanders, held at Moldo. The Indian Army said on Tuesday that the meeting took place in a cordial atmosphere and that there was mutual consensus to disengage. According to the army, the two sides discussed how to pull back from all the friction points and would keep talking.",
          "Chinese officials did not say whether any Chinese units had started moving back.",
      ],
      [
          ("russia", "disengagement", S, "Russia welcomed the commitment the two sides had made to pull their troops back", True),
          ("india", "disengagement", S, "there was mutual consensus to disengage", True),
          ("china", "disengagement", S, "there was mutual consensus to disengage", False),
      ]),
    # 009
    A("2020-06-30T07:00:00Z", "harbourlight-post", "india-bans-tiktok-and-58-other-chinese-apps",
      "India bans TikTok and 58 other Chinese apps",
      [
          "NEW DELHI, June 30 (Harbourlight Post) - India has blocked 59 mobile applications developed by Chinese companies, including TikTok, WeChat and UC Browser, saying they threatened the country's sovereignty, defence and public order.",
          "The information technology ministry announced the ban late on Monday under a section of the IT Act that lets the government block online content. It said it had received complaints that the apps were sending users' data to servers outside India without authorisation. The order did not mention China or the border.",
          "The move comes two weeks after the Galwan Valley clash and is the most significant economic step New Delhi has taken since it tightened the rules for investment from neighbouring countries in April.",
          "China's foreign ministry said on Tuesday that it was strongly concerned and was checking the situation. Ji Rong, a spokeswoman for the Chinese embassy in New Delhi, said the measure singled out Chinese apps on vague grounds, ran against fair competition, and urged India to correct the discriminatory practice.",
          "TikTok, which had about 200 million users in India, said it complied with Indian law and had been invited to meet government officials.",
      ],
      [
          ("india", "india-scraps-curbs", O, "India has blocked 59 mobile applications developed by Chinese companies", True),
          ("china", "india-scraps-curbs", S, "urged India to correct the discriminatory practice", True),
      ]),
    # 010
    A("2020-07-01T19:00:00Z", "summit-dispatch", "pompeo-welcomes-india-app-ban",
      "Pompeo welcomes India's ban on Chinese apps",
      [
          "WASHINGTON, July 1 (Summit Dispatch) - US Secretary of State Mike Pompeo on Wednesday praised India's decision to block dozens of Chinese mobile apps, saying the step would strengthen India's sovereignty and its national security.",
          "Pompeo told reporters at the State Department that keeping such apps off Indian networks was an approach the United States welcomed and one other countries might consider. He said the apps could serve as tools of surveillance by the Chinese Communist Party.",
          "Beijing, which has called the ban discriminatory and demanded that India reverse it, did not immediately respond to Pompeo's remarks.",
          "In the US Congress, lawmakers from both parties have pressed for action against TikTok over data security, and several have written to the administration about the app.",
          "Pompeo, who last week accused China's army of escalating tensions with India, again criticised what he called aggressive conduct by Chinese troops along the border, describing it as part of a pattern of behaviour by Beijing in the region. He did not say whether Washington had offered India any military help.",
      ],
      [
          ("usa", "india-scraps-curbs", O, "praised India's decision to block dozens of Chinese mobile apps", True),
          ("china", "india-scraps-curbs", S, "has called the ban discriminatory and demanded that India reverse it", False),
      ]),
    # 011
    A("2020-07-03T12:30:00Z", "monsoon-courier", "modi-visits-ladakh-front",
      "Modi tells China to pull back as he visits troops on Ladakh front",
      [
          "LEH, July 3 (Monsoon Courier) - Prime Minister Narendra Modi made an unannounced trip to a forward army post in Ladakh on Friday and told soldiers that the age of expansionism was over, in remarks widely seen as aimed at China.",
          "Modi, who was accompanied by Chief of Defence Staff General Bipin Rawat and Army chief General M.M. Naravane, addressed troops at Nimu, on the banks of the Indus. He praised the soldiers who died in the Galwan Valley and said the world had seen India's strength. He did not name China in his address and did not refer to the talks between commanders.",
          "Modi also visited soldiers wounded in the June 15 clash at a military hospital in Leh.",
          "Responding in Beijing, foreign ministry spokesman Zhao Lijian said both countries were in touch through military and diplomatic channels and that neither side should take actions that could complicate the situation. The Chinese embassy in New Delhi said it was groundless to call China expansionist, noting that it had settled its land boundaries with most of its neighbours.",
          "A defence ministry official declined to say whether the trip signalled any change in India's negotiating position.",
      ],
      []),
    # 012
    A("2020-07-06T09:00:00Z", "tidewater-bulletin", "doval-wang-yi-agree-speedy-disengagement",
      "Doval and Wang Yi agree on speedy disengagement along the border",
      [
          "NEW DELHI, July 6 (Tidewater Bulletin) - India's National Security Adviser Ajit Doval and Chinese Foreign Minister Wang Yi agreed in a telephone call on Sunday to complete the disengagement of troops along the Line of Actual Control as quickly as possible, India's foreign ministry said on Monday.",
          "The two men, who are their countries' special representatives for boundary talks, agreed that the pullback should be carried out in a phased and step-by-step way and that both sides should strictly respect the line, the Indian statement said.",
          "A Chinese foreign ministry statement said Wang told Doval that the rights and wrongs of what happened in the Galwan Valley were very clear, and that China would keep firmly defending its territorial sovereignty as well as peace in the border region.",
          "Indian officials said on Monday that Chinese soldiers had begun removing tents and moving back from the site of last month's clash. The officials said the pullback would be verified on the ground.",
          "The call was the highest-level contact between the two governments on the border since the June 15 clash.",
      ],
      [
          ("india", "disengagement", S, "to complete the disengagement of troops along the Line of Actual Control", True),
          ("china", "disengagement", S, "to complete the disengagement of troops along the Line of Actual Control", True),
      ]),
    # 013 (duplicate of 012)
    A("2020-07-06T13:45:00Z", "ridgeline-wire", "india-china-agree-to-finish-pullback-quickly",
      "India, China agree to finish border pullback quickly after Doval-Wang call",
      [
          "NEW DELHI, July 6 (Ridgeline Wire) - India's national security adviser Ajit Doval and China's foreign minister Wang Yi agreed during a phone call on Sunday to complete the disengagement of troops along the Line of Actual Control at the earliest, the Indian foreign ministry said on Monday.",
          "Doval and Wang, the special representatives for the boundary question, agreed the pullback should be done in a phased and step-by-step manner and that both sides should strictly respect and observe the line, according to the Indian statement.",
          "In its own account of the call, the Chinese foreign ministry said Wang told Doval that the rights and wrongs of the Galwan Valley incident were very clear and that China would keep firmly defending its territorial sovereignty, along with peace in the border areas.",
          "Chinese soldiers had started taking down tents and pulling back from the clash site, Indian officials said on Monday, adding that the move would be checked on the ground.",
          "It was the most senior contact between the two sides on the border since the clash on June 15.",
      ],
      [
          ("india", "disengagement", S, "to complete the disengagement of troops along the Line of Actual Control", True),
          ("china", "disengagement", S, "to complete the disengagement of troops along the Line of Actual Control", True),
      ]),
    # 014
    A("2020-07-30T12:00:00Z", "harbourlight-post", "india-says-pullback-incomplete",
      "India says border pullback incomplete after China claims most troops have moved",
      [
          "NEW DELHI, July 30 (Harbourlight Post) - India said on Thursday that the disengagement of troops in eastern Ladakh was not yet complete, two days after China said front-line forces had pulled apart at most locations.",
          "Foreign ministry spokesman Anurag Srivastava said some progress had been made but that New Delhi expected the Chinese side to work sincerely with it for complete disengagement at all friction points. Indian officials said separately that New Delhi's aim remained a return to the positions that existed before the standoff.",
          "On Tuesday, Chinese foreign ministry spokesman Wang Wenbin said border troops had completed disengagement in most areas and that the situation was easing. He said China hoped India would meet it halfway and keep working on the remaining pullback.",
          "Indian officials say Chinese troops are still on the ridges north of Pangong Tso, between the spurs known as Finger 4 and Finger 8, and at Depsang further north.",
          "Senior commanders held a fourth round of talks on July 14 that lasted about fifteen hours. No date has been set for a fifth.",
      ],
      [
          ("india", "disengagement", S, "expected the Chinese side to work sincerely with it for complete disengagement", True),
          ("india", "status-quo-ante", S, "New Delhi's aim remained a return to the positions that existed before the standoff", True),
          ("china", "disengagement", S, "hoped India would meet it halfway and keep working on the remaining pullback", True),
      ]),
    # 015
    A("2020-08-31T14:00:00Z", "ridgeline-wire", "india-thwarts-chinese-move-pangong-south-bank",
      "India says it thwarted Chinese move on Pangong south bank",
      [
          "NEW DELHI, Aug 31 (Ridgeline Wire) - The Indian Army said on Monday that its troops had foiled an attempt by the Chinese army to grab ground on the southern bank of Pangong Tso lake over the weekend, and that Indian soldiers had moved to strengthen their positions on the heights there.",
          "In a statement, army spokesman Colonel Aman Anand said Chinese troops carried out provocative military movements on the night of Aug 29-30 and Indian soldiers pre-empted them. Indian officials said the troops would stay on the Kailash Range heights they now held, overlooking Chinese camps.",
          "China's Western Theatre Command said on Monday that Indian troops had crossed the Line of Actual Control near the lake and near the Reqin pass in a flagrant provocation. Its spokesman, Senior Colonel Zhang Shuili, demanded that India immediately pull back the troops that had crossed the line.",
          "The army statement said India was committed to keeping the peace through dialogue but was equally determined to protect its territorial integrity.",
          "Analysts said the move gave India leverage in the stalled talks for the first time since May.",
      ],
      [
          ("india", "india-withdraws-kailash", O, "the troops would stay on the Kailash Range heights they now held", True),
          ("china", "india-withdraws-kailash", S, "demanded that India immediately pull back the troops that had crossed the line", True),
      ]),
    # 016
    A("2020-09-11T06:00:00Z", "harbourlight-post", "india-china-five-point-plan-moscow",
      "India and China agree five-point plan to ease border tensions at Moscow meeting",
      [
          "MOSCOW, Sept 11 (Harbourlight Post) - The foreign ministers of India and China agreed in Moscow late on Thursday that their troops should quickly disengage, keep a proper distance from each other and ease tensions along the disputed border, according to a joint statement.",
          "S. Jaishankar and Wang Yi met for more than two hours on the sidelines of a Shanghai Cooperation Organisation meeting hosted by Russia. The five-point statement said both sides would abide by existing agreements and avoid any action that could escalate matters.",
          "According to Indian officials, Jaishankar told Wang that the massing of Chinese troops broke past agreements and that relations could not develop normally unless peace at the border was restored.",
          "A Chinese readout said Wang called for India to move back the personnel and equipment that had crossed the line, a reference to the Pangong heights. It said the boundary issue should be kept in its proper place in the overall relationship.",
          "Russian Foreign Minister Sergei Lavrov had the two ministers to lunch earlier in the day. Russia's foreign ministry said on Friday that Moscow welcomed the agreement.",
      ],
      [
          ("india", "disengagement", S, "agreed in Moscow late on Thursday that their troops should quickly disengage", True),
          ("china", "disengagement", S, "agreed in Moscow late on Thursday that their troops should quickly disengage", True),
          ("india", "delink-ties", O, "relations could not develop normally unless peace at the border was restored", True),
          ("china", "india-withdraws-kailash", S, "called for India to move back the personnel and equipment that had crossed", True),
          ("china", "delink-ties", S, "the boundary issue should be kept in its proper place in the overall relationship", True),
          ("russia", "disengagement", S, "Moscow welcomed the agreement", True),
      ]),
    # 017
    A("2020-09-16T10:00:00Z", "summit-dispatch", "rajnath-tells-parliament-ready-for-all-contingencies",
      "Rajnath tells parliament India is ready for all contingencies in Ladakh",
      [
          "NEW DELHI, Sept 16 (Summit Dispatch) - Defence Minister Rajnath Singh told parliament on Tuesday that China had gathered a large number of troops and weapons along the Line of Actual Control in eastern Ladakh, and that Indian forces were ready to deal with any situation.",
          "He said India wanted the standoff resolved through talks and would not accept any settlement that failed to return the border to the situation before April. He added that no power could stop Indian soldiers from patrolling.",
          "The opposition Congress party walked out after being denied a debate. Party leaders said the government had kept parliament in the dark and demanded that it secure the restoration of the April positions in full.",
          "Jagat Prakash Nadda, president of the ruling Bharatiya Janata Party, accused Rahul Gandhi of undermining the armed forces and said the opposition should stand with the government at such a time.",
          "Rajnath said China did not accept the customary alignment of the boundary and held about 38,000 square kilometres of Indian land in Ladakh, a reference to territory China has controlled since the 1950s and 1960s.",
      ],
      [
          ("india", "status-quo-ante", S, "any settlement that failed to return the border to the situation before April", True),
          ("congress", "status-quo-ante", S, "demanded that it secure the restoration of the April positions in full", True),
      ]),
    # 018
    A("2020-10-14T10:30:00Z", "tidewater-bulletin", "china-says-india-must-leave-pangong-heights-first",
      "China says India must leave Pangong heights before wider pullback",
      [
          "BEIJING, Oct 14 (Tidewater Bulletin) - China said any further disengagement of troops on its border with India could go ahead only once Indian forces had withdrawn from the positions they seized south of Pangong Tso in late August.",
          "Foreign ministry spokesman Zhao Lijian told a regular briefing on Tuesday that India had caused the latest tension by illegally crossing the line, and that the Indian side must pull back those troops first. Once that happened, he said, China would be ready to move on to the pullback at other points.",
          "Zhao also repeated that China did not recognise the Union Territory of Ladakh, which India created last year, and said Beijing opposed Indian road building in the area.",
          "His remarks followed a seventh round of talks between corps commanders at Chushul on Monday. A joint statement afterwards described the talks as sincere and constructive and said both sides had agreed to keep up the dialogue.",
          "Indian officials said New Delhi's position had not changed: Chinese troops must return to where they stood in April at every friction point, including the north bank of the lake.",
      ],
      [
          ("china", "disengagement", C, "could go ahead only once Indian forces had withdrawn from the positions they seized", True),
          ("china", "india-withdraws-kailash", S, "the Indian side must pull back those troops first", True),
          ("india", "status-quo-ante", S, "Chinese troops must return to where they stood in April at every friction point", True),
      ]),
    # 019
    A("2020-10-27T13:00:00Z", "summit-dispatch", "pompeo-in-new-delhi-stands-with-india",
      "Pompeo, in New Delhi, says US will stand with India against threats to its sovereignty",
      [
          "NEW DELHI, Oct 27 (Summit Dispatch) - US Secretary of State Mike Pompeo said on Tuesday that the United States would stand with India as it confronted threats to its sovereignty, after talks with Indian ministers that ended with the signing of a military data-sharing pact.",
          "Pompeo and Defence Secretary Mark Esper held the annual two-plus-two dialogue in New Delhi with Rajnath Singh and S. Jaishankar. Earlier in the day, Pompeo laid a wreath at the National War Memorial and paid tribute to the Indian soldiers killed in the Galwan Valley in June.",
          "The two sides signed the Basic Exchange and Cooperation Agreement, which gives India access to US geospatial data. Jaishankar said the talks had covered security in the Indo-Pacific but did not go into detail on the border.",
          "In Beijing, foreign ministry spokesman Wang Wenbin said the border question was a bilateral matter between China and India and that there was no room for a third party to interfere. He accused Pompeo of sowing discord among countries in the region.",
          "Pompeo flew on to Sri Lanka, while Esper returned to Washington.",
      ],
      []),
    # 020
    A("2020-11-07T09:00:00Z", "harbourlight-post", "eighth-round-talks-end-without-announcement",
      "Eighth round of India-China military talks ends without announcement",
      [
          "LEH, Nov 7 (Harbourlight Post) - Indian and Chinese corps commanders met for an eighth round of talks on Friday at Chushul, on the Indian side of the border in eastern Ladakh, but neither army said anything afterwards about the outcome.",
          "The meeting lasted most of the day, according to a person familiar with the arrangements. The Indian delegation was led by Lieutenant General P.G.K. Menon, who took command of the Leh-based corps last month. An Indian Army spokesman declined to say whether any proposal had been put on the table, and the Chinese defence ministry did not respond to questions.",
          "Some analysts in New Delhi speculated that the two sides were discussing a step-by-step plan that would start on the north bank of Pangong Tso, while others said winter would make any pullback harder to verify. Neither government has confirmed such a plan.",
          "Tens of thousands of soldiers on each side are preparing to stay through the winter, when temperatures in the area fall well below minus thirty degrees Celsius.",
          "A further round is expected in the coming weeks, the person said.",
      ],
      []),
    # 021
    A("2020-11-25T09:00:00Z", "ridgeline-wire", "india-blocks-43-more-apps-china-objects",
      "India blocks 43 more apps, including AliExpress; China objects",
      [
          "NEW DELHI, Nov 25 (Ridgeline Wire) - India has blocked another 43 mobile apps, most of them linked to Chinese companies, including Alibaba's AliExpress shopping platform, the information technology ministry said on Tuesday.",
          "It is the fourth round of app bans since June, when New Delhi blocked TikTok and 58 other Chinese apps after the deadly border clash in Ladakh. The ministry cited threats to India's sovereignty and security, the same grounds it gave before.",
          "The Chinese embassy in New Delhi said on Wednesday that it firmly opposed the move and denied that Chinese companies posed any threat to India's security. Spokeswoman Ji Rong said Beijing hoped India would offer a fair, non-discriminatory environment and correct its discriminatory practices.",
          "Two Indian officials said there was no plan to lift the earlier bans, and that the rule requiring government approval for investment from countries sharing a land border with India would stay in place. One of them declined to say whether any of the roughly 150 pending Chinese investment proposals would be approved soon.",
          "Indian companies that rely on Chinese funding have complained about delays since the approval rule took effect in April.",
      ],
      [
          ("india", "india-scraps-curbs", O, "there was no plan to lift the earlier bans", True),
          ("china", "india-scraps-curbs", S, "non-discriminatory environment and correct its discriminatory practices", True),
      ]),
    # 022
    A("2021-01-12T11:00:00Z", "monsoon-courier", "army-chief-says-troops-will-hold-ground",
      "Army chief says troops will hold ground in Ladakh, open to a mutual pullback",
      [
          "NEW DELHI, Jan 12 (Monsoon Courier) - India's Army chief, General Manoj Mukund Naravane, said on Tuesday that Indian troops were prepared to hold their positions in eastern Ladakh for as long as it took, but that India would pull back from the heights it occupied south of Pangong Tso only as part of a mutual and equal disengagement.",
          "Speaking at the army's annual news conference, Naravane said any arrangement would have to rest on the principle of mutual and equal security, and that the heights would not be given up unilaterally. He said talks with China had made some headway and that he hoped a solution would be found.",
          "Beijing has insisted that India vacate the Kailash Range positions before any wider pullback can take place, a demand Indian officials have described as one-sided.",
          "Naravane also said the troops deployed in Ladakh were well stocked for the winter and that the army was ready for a long deployment if needed.",
          "The ninth round of commander-level talks has not yet been scheduled, officials said.",
      ],
      [
          ("india", "india-withdraws-kailash", C, "only as part of a mutual and equal disengagement", True),
          ("china", "india-withdraws-kailash", S, "Beijing has insisted that India vacate the Kailash Range positions", False),
          ("china", "disengagement", C, "India vacate the Kailash Range positions before any wider pullback can take place", False),
      ]),
    # 023
    A("2021-02-10T08:30:00Z", "summit-dispatch", "china-says-pangong-pullback-has-begun",
      "China says troops have begun pulling back at Pangong lake",
      [
          "BEIJING, Feb 10 (Summit Dispatch) - Chinese and Indian front-line troops on the southern and northern banks of Pangong Tso began a synchronised and organised disengagement on Wednesday, China's defence ministry said, the first sign of a breakthrough in the nine-month standoff.",
          "Ministry spokesman Senior Colonel Wu Qian said in a brief statement that the pullback followed the consensus reached at the ninth round of commander-level talks in January. China was ready to carry out the agreement together with India, he said, and both sides would pull back in a planned way.",
          "The statement did not say how far each side would withdraw, or whether Indian troops would leave the Kailash Range heights.",
          "India's defence ministry declined to say on Wednesday whether the movement had begun, and said the government would make a statement in parliament. Several retired Indian generals welcomed the news cautiously, saying verification would be critical.",
          "Hu Xijin, editor of the state-run Global Times, wrote that the deal showed the two countries could solve problems through talks, and that India should not be misled by outside powers.",
      ],
      [
          ("china", "disengagement", S, "China was ready to carry out the agreement together with India", True),
      ]),
    # 024
    A("2021-02-11T09:00:00Z", "ridgeline-wire", "rajnath-india-china-agree-pangong-pullback",
      "India and China agree to pull back from Pangong lake, Rajnath tells parliament",
      [
          "NEW DELHI, Feb 11 (Ridgeline Wire) - India and China have agreed to pull their troops back from the northern and southern banks of Pangong Tso in a phased, coordinated and verifiable way, Defence Minister Rajnath Singh told parliament on Thursday.",
          "Under the agreement, China will keep its troops east of Finger 8 on the north bank, while Indian troops will be based at their permanent post near Finger 3, Rajnath said. He said Indian troops would also come down from the heights they hold on the south bank of the lake, with the Chinese side carrying out a matching withdrawal there.",
          "India would accept a temporary halt to patrols in the area between the two sides' positions, he said, but only until patrolling is settled through further military and diplomatic talks.",
          "Rajnath said India had not conceded anything in the negotiations. He said the remaining issues at other points, including Depsang, Gogra and Hot Springs, would be taken up within 48 hours of the Pangong pullback, and that India's goal was still to restore the situation as it stood before April.",
          "He told the upper house that structures built on both banks since April would also be removed.",
      ],
      [
          ("india", "india-withdraws-kailash", S, "Indian troops would also come down from the heights they hold on the south bank", True),
          ("india", "disengagement", S, "have agreed to pull their troops back from the northern and southern banks", True),
          ("china", "disengagement", S, "China will keep its troops east of Finger 8 on the north bank", False),
          ("india", "buffer-zones", C, "but only until patrolling is settled through further military and diplomatic talks", True),
          ("india", "status-quo-ante", S, "India's goal was still to restore the situation as it stood before April", True),
      ]),
    # 025 (duplicate of 024)
    A("2021-02-11T12:30:00Z", "harbourlight-post", "rajnath-china-to-stay-east-of-finger-8",
      "Rajnath: China to stay east of Finger 8 as Pangong pullback begins",
      [
          "NEW DELHI, Feb 11 (Harbourlight Post) - India and China have agreed to pull their troops back from both banks of Pangong Tso in a phased, coordinated and verified manner, Defence Minister Rajnath Singh told the upper house of parliament on Thursday.",
          "Rajnath said China would keep its troops east of Finger 8 on the north bank, and Indian troops would be stationed at their permanent base near Finger 3. Indian troops would also come down from the heights they hold on the south bank of the lake, he said, with a matching Chinese withdrawal there.",
          "India would accept a temporary halt to patrols in the zone between the two sides, but only until patrolling is settled through further military and diplomatic talks, he said.",
          "The minister told lawmakers that India had conceded nothing. Outstanding issues at other points, among them Depsang, Gogra and Hot Springs, would be raised within 48 hours of the Pangong pullback being completed, he said, adding that India's goal was still to restore the situation as it stood before April.",
          "Structures put up on both banks since April will also be taken down, Rajnath said.",
      ],
      [
          ("india", "india-withdraws-kailash", S, "Indian troops would also come down from the heights they hold on the south bank", True),
          ("india", "disengagement", S, "have agreed to pull their troops back from both banks of Pangong Tso", True),
          ("china", "disengagement", S, "China would keep its troops east of Finger 8 on the north bank", False),
          ("india", "buffer-zones", C, "but only until patrolling is settled through further military and diplomatic talks", True),
          ("india", "status-quo-ante", S, "India's goal was still to restore the situation as it stood before April", True),
      ]),
    # 026
    A("2021-02-15T10:00:00Z", "monsoon-courier", "rahul-gandhi-says-modi-gave-up-land",
      "Rahul Gandhi says Modi gave up Indian land; defence ministry says nothing conceded",
      [
          "NEW DELHI, Feb 15 (Monsoon Courier) - Congress leader Rahul Gandhi has accused Prime Minister Narendra Modi of handing Indian territory to China under the Pangong Tso agreement, and said the government should never have agreed to pull troops off the Kailash Range heights.",
          "At a news conference on Friday, Gandhi asked why Indian soldiers were moving back to Finger 3, and said the Kailash heights had been India's main source of leverage in the talks. He said the Congress would welcome a pullback only if it restored the April 2020 positions everywhere, including Depsang.",
          "Former defence minister A.K. Antony said on Sunday that a buffer zone on land India had always patrolled amounted to a surrender of Indian rights.",
          "The defence ministry rejected the charges in a statement on Friday. It said India's territory ran to Finger 8 according to Indian maps, that the government had not ceded any land, and that the disengagement agreement had prevented any unilateral change on the ground. It said it was wrong to say India had given up anything by coming down from the heights.",
          "The ruling Bharatiya Janata Party said Gandhi was insulting the armed forces.",
      ],
      [
          ("congress", "india-withdraws-kailash", O, "the government should never have agreed to pull troops off the Kailash Range heights", True),
          ("congress", "disengagement", C, "would welcome a pullback only if it restored the April 2020 positions everywhere", True),
          ("congress", "status-quo-ante", S, "restored the April 2020 positions everywhere, including Depsang", True),
          ("congress", "buffer-zones", O, "a buffer zone on land India had always patrolled amounted to a surrender", True),
          ("india", "disengagement", S, "the disengagement agreement had prevented any unilateral change on the ground", True),
          ("india", "india-withdraws-kailash", S, "wrong to say India had given up anything by coming down from the heights", True),
      ]),
    # 027
    A("2021-02-21T10:00:00Z", "tidewater-bulletin", "china-names-four-soldiers-killed-in-galwan",
      "China names four soldiers killed in Galwan clash as commanders hold tenth round",
      [
          "BEIJING, Feb 21 (Tidewater Bulletin) - China has acknowledged for the first time that four of its soldiers died in last June's clash with Indian troops in the Galwan Valley, eight months after the fighting.",
          "The official PLA Daily reported on Friday that the Central Military Commission had posthumously honoured the four men, along with a regimental commander who was badly hurt. The report said Indian troops had crossed into Chinese territory in the Galwan Valley and that the soldiers had died defending China's sovereignty.",
          "India's foreign ministry has said repeatedly that the valley lies on the Indian side of the line, and it made no immediate comment on the report.",
          "Separately, the corps commanders met at Moldo on Saturday for a tenth round of talks, two days after the pullback at Pangong Tso was completed. A joint statement said both sides viewed the Pangong disengagement positively and agreed to push for a mutually acceptable solution on the remaining issues in a steady and orderly way.",
          "The talks lasted about sixteen hours, according to an Indian official.",
      ],
      [
          ("china", "galwan-china-side", S, "Indian troops had crossed into Chinese territory in the Galwan Valley", True),
          ("india", "galwan-china-side", O, "the valley lies on the Indian side of the line", False),
          ("india", "disengagement", S, "both sides viewed the Pangong disengagement positively", True),
          ("china", "disengagement", S, "both sides viewed the Pangong disengagement positively", True),
      ]),
    # 028
    A("2021-02-26T06:00:00Z", "summit-dispatch", "jaishankar-wang-yi-agree-hotline-us-welcomes-pullback",
      "Jaishankar and Wang Yi agree on hotline; US welcomes pullback",
      [
          "NEW DELHI, Feb 26 (Summit Dispatch) - External Affairs Minister S. Jaishankar told China's Wang Yi on Thursday that once troops had disengaged at all the friction points the two sides could consider a wider de-escalation, and that peace on the border was the basis for the rest of the relationship.",
          "In a telephone call that lasted about 75 minutes, the ministers agreed to set up a hotline, according to India's foreign ministry. Jaishankar urged an early pullback at the remaining points, saying a long stalemate was in neither country's interest, and said ties could not be normal while the border remained unsettled.",
          "China's foreign ministry said Wang told Jaishankar that China was willing to consolidate the results of the disengagement. He said the boundary question should be placed appropriately in the relationship and should not define it, and that the two countries should be partners rather than rivals.",
          "In Washington, State Department spokesman Ned Price said the United States welcomed the ongoing efforts to disengage and de-escalate and was following the situation closely. He said Washington would continue to stand with its friends and allies.",
          "The two ministers last met in Moscow in September.",
      ],
      [
          ("india", "disengagement", S, "urged an early pullback at the remaining points", True),
          ("india", "delink-ties", O, "ties could not be normal while the border remained unsettled", True),
          ("china", "disengagement", S, "China was willing to consolidate the results of the disengagement", True),
          ("china", "delink-ties", S, "the boundary question should be placed appropriately in the relationship and should not define it", True),
          ("usa", "disengagement", S, "the United States welcomed the ongoing efforts to disengage and de-escalate", True),
      ]),
    # 029
    A("2021-04-12T12:00:00Z", "ridgeline-wire", "eleventh-round-ends-without-progress",
      "Eleventh round of India-China talks ends with no progress on Gogra, Hot Springs",
      [
          "NEW DELHI, April 12 (Ridgeline Wire) - The eleventh round of talks between Indian and Chinese military commanders ended without agreement on pulling back troops from the remaining friction points in eastern Ladakh, the Indian Army said on Saturday.",
          "In a statement, the army said it had stressed during the 13-hour meeting at Chushul that completing the pullback at Gogra, Hot Springs and Depsang would open the way for de-escalation and restore peace. The two sides agreed to keep in touch to find a quick solution, it said.",
          "Two Indian officials briefed on the talks said the Chinese delegation had shown no flexibility and had suggested that India should be satisfied with the Pangong deal. The Chinese side has not commented publicly on the meeting.",
          "Some analysts said Beijing might be waiting to see how India's ties with the United States develop before moving further, though they offered no evidence for that view.",
          "The Pangong disengagement, completed in February, was the only significant pullback since the one at Galwan last July.",
      ],
      [
          ("india", "disengagement", S, "completing the pullback at Gogra, Hot Springs and Depsang would open the way for de-escalation", True),
          ("china", "disengagement", O, "suggested that India should be satisfied with the Pangong deal", False),
      ]),
    # 030
    A("2021-08-07T09:30:00Z", "harbourlight-post", "troops-pull-back-from-gogra",
      "Indian and Chinese troops pull back from Gogra in Ladakh",
      [
          "NEW DELHI, Aug 7 (Harbourlight Post) - Indian and Chinese troops have pulled back from Gogra, one of the remaining face-off points in eastern Ladakh, the Indian Army said on Friday, after more than a year in which the two sides stood within a few hundred metres of each other there.",
          "According to the army, both sides stopped forward deployments in the area in a phased, coordinated and verified way on Wednesday and Thursday, and troops went back to their permanent bases. Temporary structures were dismantled and the landform restored to how it was before the standoff, the army said.",
          "The army said India was committed to resolving the remaining issues through talks. The Chinese defence ministry did not comment.",
          "The pullback followed a twelfth round of commander-level talks on July 31. It leaves Hot Springs and Depsang unresolved.",
          "Late last month US Secretary of State Antony Blinken visited New Delhi, where his public remarks focused on the pandemic, Afghanistan and the Indo-Pacific.",
      ],
      [
          ("india", "disengagement", S, "both sides stopped forward deployments in the area in a phased, coordinated and verified way", True),
          ("china", "disengagement", S, "both sides stopped forward deployments in the area in a phased, coordinated and verified way", False),
      ]),
    # 031
    A("2021-10-11T10:00:00Z", "monsoon-courier", "china-rejects-india-demands-13th-round-fails",
      "China calls India's demands unreasonable as 13th round of border talks fails",
      [
          "NEW DELHI, Oct 11 (Monsoon Courier) - The thirteenth round of military talks between India and China ended in deadlock on Sunday, with each side blaming the other for the failure to agree on the remaining friction points in Ladakh.",
          "The Indian Army said in a statement on Monday that it had made constructive suggestions for pulling troops back from the remaining areas, but the Chinese side did not agree and offered no forward-looking proposals of its own. India wanted patrolling restored at its traditional points at Hot Springs and in Depsang, officials said.",
          "China's Western Theatre Command said India had insisted on unreasonable and unrealistic demands. Its spokesman, Senior Colonel Long Shaohua, said China's determination to defend its sovereignty was firm, and that India should cherish the situation that had been achieved and not misjudge it.",
          "Both sides did agree to stay in communication and to keep the situation on the ground stable, the Indian statement said.",
          "Analysts said the failure showed that the easier pullbacks had already been done.",
      ],
      [
          ("china", "disengagement", O, "India had insisted on unreasonable and unrealistic demands", True),
          ("china", "status-quo-ante", O, "India had insisted on unreasonable and unrealistic demands", True),
          ("india", "status-quo-ante", S, "India wanted patrolling restored at its traditional points at Hot Springs and in Depsang", True),
          ("india", "disengagement", S, "made constructive suggestions for pulling troops back from the remaining areas", True),
      ]),
    # 032
    A("2022-03-26T08:00:00Z", "tidewater-bulletin", "jaishankar-tells-wang-yi-ties-not-normal",
      "Jaishankar tells visiting Wang Yi that ties are not normal",
      [
          "NEW DELHI, March 26 (Tidewater Bulletin) - Chinese Foreign Minister Wang Yi made an unannounced visit to New Delhi on Friday, the most senior Chinese official to come to India since the border clashes of 2020, and was told that relations could not return to normal while large numbers of troops remained on the frontier.",
          "S. Jaishankar said after three hours of talks that the relationship was not normal and that restoring peace on the border was the precondition for normal ties. He said the two sides needed to complete the pullback at the remaining friction points.",
          "National Security Adviser Ajit Doval also met Wang and asked for the disengagement to be finished quickly, according to an Indian statement.",
          "A Chinese statement said Wang told his hosts that the border question should not define the overall relationship and that the two countries should look at ties from a long-term perspective. It said China did not seek a unipolar Asia.",
          "An Indian official said Wang had not committed to any timetable for the remaining pullbacks. India's foreign ministry declined to say whether Prime Minister Narendra Modi would attend a BRICS summit that Beijing is hosting this year.",
      ],
      [
          ("india", "delink-ties", O, "restoring peace on the border was the precondition for normal ties", True),
          ("india", "disengagement", S, "the two sides needed to complete the pullback at the remaining friction points", True),
          ("china", "delink-ties", S, "the border question should not define the overall relationship", True),
      ]),
    # 033
    A("2022-09-09T07:00:00Z", "ridgeline-wire", "india-china-begin-disengagement-gogra-hot-springs",
      "India and China begin disengagement at Gogra-Hot Springs",
      [
          "NEW DELHI, Sept 9 (Ridgeline Wire) - Indian and Chinese troops began pulling back from the Gogra-Hot Springs area of eastern Ladakh on Thursday, the two countries said in a joint statement, more than two years after the standoff there began.",
          "The statement said the disengagement was being carried out in a coordinated and planned way, in line with a consensus reached at the sixteenth round of commander-level talks in July, and that it would help peace and tranquillity in the border areas.",
          "China's defence ministry said separately that front-line troops at the site, which Beijing calls Jianan Daban, had started the pullback and that China would work with India to carry it out.",
          "India's foreign ministry spokesman Arindam Bagchi said on Friday that the process would be completed by Monday, with temporary structures on both sides dismantled and the landform restored.",
          "The announcement came a week before a summit of the Shanghai Cooperation Organisation in Samarkand, Uzbekistan, that both Prime Minister Narendra Modi and President Xi Jinping are expected to attend. Officials in both capitals declined to say whether the two leaders would meet there.",
      ],
      [
          ("china", "disengagement", S, "China would work with India to carry it out", True),
          ("india", "disengagement", S, "the disengagement was being carried out in a coordinated and planned way", True),
      ]),
    # 034
    A("2022-09-13T11:00:00Z", "summit-dispatch", "congress-says-buffer-zones-cede-indian-land",
      "Congress says buffer zones cede Indian land as Gogra-Hot Springs pullback ends",
      [
          "NEW DELHI, Sept 13 (Summit Dispatch) - The opposition Congress party said on Tuesday that the buffer zones created in eastern Ladakh meant India had given up patrolling rights on its own land, as the army confirmed that the pullback at Gogra-Hot Springs had been completed.",
          "Jairam Ramesh, the party's communications chief, said the no-patrol zones should be rejected and that the government should insist on a return to the April 2020 status quo, including access to the patrolling points in Depsang and Demchok.",
          "Indian defence officials said both armies had moved back to positions on either side, and acknowledged that neither would patrol the area between them for now. They said India accepted the zone only as a temporary measure that would be reviewed in future rounds of talks.",
          "China, which regards the area as its territory, has not commented on the zones.",
          "An army spokesman declined to say how wide the zone was or how long it would stay in place.",
      ],
      [
          ("congress", "buffer-zones", O, "the no-patrol zones should be rejected", True),
          ("congress", "status-quo-ante", S, "the government should insist on a return to the April 2020 status quo", True),
          ("india", "buffer-zones", C, "India accepted the zone only as a temporary measure", True),
      ]),
]

# Same story, same day, second outlet, identical claims: (original, copy).
DUPLICATES = [("012", "013"), ("024", "025")]

SHIFTS = [
    {"actor": "china", "issue": "disengagement", "from": "support", "to": "conditional", "article": "018",
     "why": "Zhao Lijian says further disengagement can go ahead only once India has pulled its troops back from the Pangong south bank; until then China had agreed to pull back without preconditions (003, 005, 012, 014, and the Moscow statement in 016)."},
    {"actor": "india", "issue": "india-withdraws-kailash", "from": "oppose", "to": "conditional", "article": "022",
     "why": "Army chief Naravane says India would come down from the south-bank heights only as part of a mutual and equal disengagement; in 015 officials said the troops would stay on the heights."},
    {"actor": "china", "issue": "disengagement", "from": "conditional", "to": "support", "article": "023",
     "why": "China's defence ministry announces a synchronised pullback on both banks of Pangong Tso and says China is ready to carry out the agreement with India, with no condition stated; in 018 further disengagement waited on India leaving the heights first (restated by others in 022)."},
    {"actor": "india", "issue": "india-withdraws-kailash", "from": "conditional", "to": "support", "article": "024",
     "why": "Rajnath Singh tells parliament that Indian troops will come down from the south-bank heights under the agreed plan; in 022 this was only on offer as part of a mutual disengagement. 025 is the same story and must not alert again."},
    {"actor": "china", "issue": "disengagement", "from": "support", "to": "oppose", "article": "031",
     "why": "After the 13th round China's Western Theatre Command rejects India's proposals for pulling back at the remaining points as unreasonable and unrealistic; in 027 and 028 China backed the disengagement and said it wanted to consolidate it (029 only reported Chinese reluctance through Indian officials, attributed false)."},
    {"actor": "china", "issue": "disengagement", "from": "oppose", "to": "support", "article": "033",
     "why": "China joins a joint statement and says it will work with India to carry out the pullback at Gogra-Hot Springs; in 031 it rejected India's demands for further pullbacks."},
]

STANCES = {"support", "oppose", "conditional"}
GIVE_UP_VERBS = ("drops", "abandons", "withdraws", "scraps", "suspends", "gives up", "lifts", "renounces")


def read_watchlist(path):
    """Minimal reader for the watchlist.yaml layout used by shiftwatch eval sets."""
    actors, issues, baseline = {}, {}, []
    section, current = None, None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.split(":")[0]
                continue
            if section in ("actors", "issues"):
                m = re.match(r"^  - id: (\S+)\s*$", line)
                if m:
                    current = {"id": m.group(1)}
                    (actors if section == "actors" else issues)[current["id"]] = current
                    continue
                m = re.match(r"^    ([a-z_]+): (.*)$", line)
                if m and current is not None:
                    key, val = m.group(1), m.group(2).strip()
                    if val.startswith("[") and val.endswith("]"):
                        val = [v.strip() for v in val[1:-1].split(",")]
                    current[key] = val
                    continue
                raise ValueError("unparsed watchlist line: %r" % line)
            if section == "baseline":
                m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
                if not m:
                    raise ValueError("unparsed baseline line: %r" % line)
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
    return actors, issues, baseline


def article_records():
    recs = []
    for n, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % n
        dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ")
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], dt.year, dt.month, dt.day, a["slug"])
        recs.append({
            "id": aid,
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url,
            "title": a["title"],
            "text": a["text"],
            "_outlet": a["outlet"],
            "_dt": dt.replace(tzinfo=timezone.utc),
            "_claims": a["claims"],
        })
    return recs


def write_outputs(recs):
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for r in recs:
        out = {k: r[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, r["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted([r for r in recs if r["_outlet"] == slug], key=lambda r: r["_dt"], reverse=True)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % slug,
            "    <description>%s: fictional outlet for the shiftwatch blind evaluation set india-china-border-2020</description>" % escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(items[0]["_dt"], usegmt=True),
        ]
        for r in items:
            lines += [
                "    <item>",
                "      <title>%s</title>" % escape(r["title"]),
                "      <link>%s</link>" % escape(r["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                "      <pubDate>%s</pubDate>" % format_datetime(r["_dt"], usegmt=True),
                "      <description>%s</description>" % escape(r["text"]),
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
    shift_ids = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {r["id"]: r["_claims"] for r in recs},
        "shifts": SHIFTS,
        "no_alert_articles": [r["id"] for r in recs if r["id"] not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return labels


def recompute_shifts(recs, baseline):
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    shifts = []
    for r in recs:
        for c in r["_claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            prev = prevailing.get(key)
            if prev is not None and prev != c["stance"]:
                shifts.append({"actor": c["actor"], "issue": c["issue"], "from": prev, "to": c["stance"], "article": r["id"]})
            prevailing[key] = c["stance"]
    return shifts


def validate(recs, labels):
    errors = []
    err = errors.append
    actors, issues, baseline = read_watchlist(os.path.join(HERE, "watchlist.yaml"))

    # watchlist shape
    if not 5 <= len(actors) <= 8:
        err("watchlist: %d actors, want 5-8" % len(actors))
    if not 5 <= len(issues) <= 7:
        err("watchlist: %d issues, want 5-7" % len(issues))
    for a in actors.values():
        if set(a) != {"id", "name", "aliases"}:
            err("actor %s has fields %s" % (a["id"], sorted(a)))
    for i in issues.values():
        if set(i) != {"id", "name", "description", "terms"}:
            err("issue %s has fields %s" % (i["id"], sorted(i)))
    if not any(any(v in i["name"] for v in GIVE_UP_VERBS) for i in issues.values()):
        err("no issue phrased with a give-up verb")
    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues or b["stance"] not in STANCES:
            err("bad baseline entry %s" % b)

    # articles
    if not 30 <= len(recs) <= 34:
        err("%d articles, want 30-34" % len(recs))
    urls = set()
    for n, r in enumerate(recs, start=1):
        if r["id"] != "%03d" % n:
            err("id order broken at %s" % r["id"])
        if n > 1 and r["_dt"] <= recs[n - 2]["_dt"]:
            err("%s is not after %s" % (r["id"], recs[n - 2]["id"]))
        if r["url"] in urls:
            err("duplicate url %s" % r["url"])
        urls.add(r["url"])
        words = len(r["text"].split())
        if not 120 <= words <= 260:
            err("%s has %d words" % (r["id"], words))
        m = re.match(r"^([A-Z][A-Z .'-]*[A-Z]), ([A-Z][a-z]+) (\d{1,2}) \(([^)]+)\) - \S", r["text"])
        if not m:
            err("%s: no dateline" % r["id"])
        else:
            month, day, outlet = m.group(2), int(m.group(3)), m.group(4)
            if month != MONTHS[r["_dt"].month - 1] or day != r["_dt"].day:
                err("%s: dateline date %s %d does not match %s" % (r["id"], month, day, r["published"]))
            if outlet != r["source"]:
                err("%s: dateline outlet %s is not %s" % (r["id"], outlet, r["source"]))
        if '"' in r["text"] or '"' in r["title"] or re.search(r"(^|\s)'|'(\s|$)", r["title"]):
            err("%s: contains a quotation mark; keep wording as paraphrase" % r["id"])

    # claims
    total = 0
    stance_counts = {s: 0 for s in STANCES}
    unattributed = 0
    for r in recs:
        seen = set()
        for c in r["_claims"]:
            total += 1
            if set(c) != {"actor", "issue", "stance", "quote", "attributed"}:
                err("%s: claim fields %s" % (r["id"], sorted(c)))
            if c["actor"] not in actors:
                err("%s: unknown actor %s" % (r["id"], c["actor"]))
            if c["issue"] not in issues:
                err("%s: unknown issue %s" % (r["id"], c["issue"]))
            if c["stance"] not in STANCES:
                err("%s: bad stance %s" % (r["id"], c["stance"]))
            else:
                stance_counts[c["stance"]] += 1
            if not isinstance(c["attributed"], bool):
                err("%s: attributed must be a bool" % r["id"])
            elif not c["attributed"]:
                unattributed += 1
            if c["quote"] not in r["text"]:
                err("%s: quote not in text: %r" % (r["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                err("%s: quote over 15 words: %r" % (r["id"], c["quote"]))
            key = (c["actor"], c["issue"])
            if key in seen:
                err("%s: two claims for %s" % (r["id"], key))
            seen.add(key)
    if not 60 <= total <= 90:
        err("%d claims, want 60-90" % total)
    if stance_counts["conditional"] < 6:
        err("only %d conditional claims" % stance_counts["conditional"])
    if min(stance_counts.values()) == 0:
        err("a stance is missing: %s" % stance_counts)
    if unattributed == 0:
        err("no attributed:false claims")
    empty = [r["id"] for r in recs if not r["_claims"]]
    if not 3 <= len(empty) <= 4:
        err("%d articles with no claims, want 3-4" % len(empty))

    # duplicates
    byid = {r["id"]: r for r in recs}
    shift_ids = {s["article"] for s in SHIFTS}
    for a, b in DUPLICATES:
        ra, rb = byid[a], byid[b]
        ta = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in ra["_claims"])
        tb = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in rb["_claims"])
        if ta != tb:
            err("duplicate %s/%s claims differ" % (a, b))
        if ra["_dt"].date() != rb["_dt"].date() or ra["_outlet"] == rb["_outlet"] or rb["_dt"] <= ra["_dt"]:
            err("duplicate %s/%s must be same day, other outlet, later" % (a, b))
        if b in shift_ids:
            err("duplicate copy %s must not be a shift article" % b)
    if not any(a in shift_ids for a, _ in DUPLICATES):
        err("no duplicate pair includes a shift article")

    # shifts
    recomputed = recompute_shifts(recs, baseline)
    labelled = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in SHIFTS]
    if recomputed != labelled:
        err("recomputed shifts differ from labelled shifts:\n  recomputed=%s\n  labelled=%s" % (recomputed, labelled))
    if not 5 <= len(SHIFTS) <= 8:
        err("%d shifts, want 5-8" % len(SHIFTS))
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {"support", "oppose"})
    if reversals > 2:
        err("%d straight support/oppose reversals, want at most 2" % reversals)
    if not any("conditional" in (s["from"], s["to"]) for s in SHIFTS):
        err("no shift to or from conditional")
    for s in SHIFTS:
        if not s.get("why"):
            err("shift without why: %s" % s)
    # baseline must never imply a shift by itself: first observation of each baselined pair matches it
    base = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    firsts = {}
    for r in recs:
        for c in r["_claims"]:
            if c["attributed"]:
                firsts.setdefault((c["actor"], c["issue"]), (c["stance"], r["id"]))
    for key, stance in base.items():
        if key in firsts and firsts[key][0] != stance:
            err("baseline %s=%s contradicted by first observation in %s" % (key, stance, firsts[key][1]))

    # labels file
    expected_no_alert = [r["id"] for r in recs if r["id"] not in shift_ids]
    if labels["no_alert_articles"] != expected_no_alert:
        err("no_alert_articles mismatch")
    if sorted(labels["claims"]) != [r["id"] for r in recs]:
        err("labels.claims does not cover every article")

    # feeds
    feed_dir = os.path.join(HERE, "feeds")
    n_items = 0
    for slug in OUTLETS:
        path = os.path.join(feed_dir, slug + ".xml")
        res = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if res.returncode != 0:
            err("xmllint failed on %s: %s" % (path, res.stderr.strip()))
        with open(path, encoding="utf-8") as fh:
            n_items += fh.read().count("<item>")
    if n_items != len(recs):
        err("feeds hold %d items, want %d" % (n_items, len(recs)))
    if not 4 <= len({r["_outlet"] for r in recs}) <= 5:
        err("want 4-5 outlets")

    stats = {
        "articles": len(recs),
        "claims": total,
        "by_stance": stance_counts,
        "attributed_false": unattributed,
        "shifts": len(SHIFTS),
        "no_claim_articles": empty,
        "words_min_max": (min(len(r["text"].split()) for r in recs), max(len(r["text"].split()) for r in recs)),
        "per_outlet": {s: sum(1 for r in recs if r["_outlet"] == s) for s in OUTLETS},
    }
    return errors, stats


def main():
    recs = article_records()
    labels = write_outputs(recs)
    errors, stats = validate(recs, labels)
    print(json.dumps(stats, indent=1))
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
