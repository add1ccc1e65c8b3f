#!/usr/bin/env python3
"""Build the shiftwatch evaluation set north-korea-singapore-2018.

Holds the articles and labels as data, writes articles/NNN.json, feeds/<outlet>.xml and
labels.json next to this script, and validates the result (see README.md). Standard library only.
Run: python3 build.py
"""

import datetime
import email.utils
import json
import os
import re
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "lantern-wire": "Lantern Wire",
    "kestrel-post": "Kestrel Post",
    "tideway-herald": "Tideway Herald",
    "crossroads-report": "Crossroads Report",
    "morning-anchor": "Morning Anchor",
}

# Each article: id, published (UTC), outlet slug, url slug, title, paragraphs.
ARTICLES = [
    {
        "id": "001", "published": "2018-01-01T03:40:00Z", "outlet": "lantern-wire",
        "slug": "kim-nuclear-button-olympic-offer",
        "title": "Kim says nuclear button is on his desk, offers Olympic delegation",
        "paras": [
            "SEOUL, Jan 1 (Lantern Wire) - North Korean leader Kim Jong Un used his New Year address on Monday to declare his country's nuclear force complete, while holding out an unexpected offer to send a delegation to next month's Winter Olympics in the South.",
            "Speaking on state television, Kim said the entire United States mainland was within range of his missiles and that a nuclear launch button was always on his desk. He ordered the mass production of nuclear warheads and ballistic missiles for deployment this year.",
            "In the same speech he struck a softer note toward Seoul, saying the two Koreas should ease military tension and that officials from both sides could meet soon to discuss North Korean participation in the Pyeongchang Games.",
            "The speech came after a year in which the North tested its most powerful nuclear device and three intercontinental ballistic missiles.",
            "South Korea's presidential office welcomed the Olympic gesture and said it was willing to hold talks with the North regardless of time or place. Analysts in Seoul said Kim might be trying to drive a wedge between the allies.",
        ],
    },
    {
        "id": "002", "published": "2018-01-09T10:20:00Z", "outlet": "kestrel-post",
        "slug": "north-korea-olympic-team-rejects-nuclear-talk",
        "title": "North Korea agrees to send Olympic team, rejects talk of its nuclear arms",
        "paras": [
            "PANMUNJOM, South Korea, Jan 9 (Kestrel Post) - North Korea agreed on Tuesday to send athletes, cheerleaders and a high-level delegation to the Winter Olympics, after the first formal talks between the two Koreas in more than two years.",
            "The meeting, held in the Peace House on the southern side of the border village, lasted most of the day. The two sides also agreed to reopen a military hotline and to hold talks between their armed forces.",
            "The mood soured briefly near the end. The North's chief delegate, Ri Son Gwon, complained that the South had raised the nuclear issue, saying his country's atomic weapons were aimed only at the United States and were not a matter for discussion with Seoul.",
            "South Korea's unification minister, Cho Myoung-gyon, told reporters that the South had proposed separate talks aimed at ending the North's nuclear programme and that Seoul's goal had not changed. He said the North had not accepted the proposal.",
            "The U.S. State Department said it would consult closely with Seoul on the outcome of the talks.",
        ],
    },
    {
        "id": "003", "published": "2018-01-17T00:10:00Z", "outlet": "tideway-herald",
        "slug": "allies-vancouver-keep-squeezing-north-korea",
        "title": "Allies in Vancouver vow to keep squeezing North Korea",
        "paras": [
            "VANCOUVER, Jan 16 (Tideway Herald) - Foreign ministers from some 20 countries that fought on the South's side in the Korean War met on Tuesday to discuss North Korea, despite the warming between Pyongyang and Seoul.",
            "U.S. Secretary of State Rex Tillerson, who co-hosted the meeting with Canada, said the pressure campaign would continue until the North took decisive steps toward giving up its weapons. He said talks would only be possible once Pyongyang showed it was serious.",
            "Japan's foreign minister, Taro Kono, warned the gathering not to be naive about what he called the North's charm offensive. He said it was not the time to relax pressure or to reward Pyongyang simply for agreeing to talk.",
            "China and Russia, the North's main partners, were not invited. In Beijing, a foreign ministry spokesman said the meeting reflected a Cold War mindset and would only divide the international community.",
            "South Korea's foreign minister, Kang Kyung-wha, said the inter-Korean talks were a first step and thanked the allies for their support.",
        ],
    },
    {
        "id": "004", "published": "2018-03-06T11:30:00Z", "outlet": "crossroads-report",
        "slug": "north-korea-open-to-nuclear-talks-seoul-envoy",
        "title": "North Korea open to nuclear talks with US, Seoul's envoy says",
        "paras": [
            "SEOUL, March 6 (Crossroads Report) - North Korea is willing to discuss its nuclear weapons with the United States, South Korea's national security adviser said on Tuesday after returning from a two-day visit to Pyongyang.",
            "Chung Eui-yong, who led a ten-member delegation that dined with Kim Jong Un, told a briefing that the North had made clear it would have no reason to keep nuclear arms if military threats against it were removed and the safety of its government was guaranteed.",
            "He said the North had also promised not to carry out nuclear or missile tests while talks continued, and that the two Koreas would hold a summit at the end of April in the border village of Panmunjom.",
            "Chung said Seoul's goal remained the complete denuclearisation of the peninsula and that the South would keep working closely with Washington. He is due to fly to the United States later this week to brief officials there.",
            "In Washington, President Donald Trump wrote on Twitter that there had been possible progress but that it might be false hope, and said the United States was ready to go hard in either direction.",
        ],
    },
    {
        "id": "005", "published": "2018-03-09T01:30:00Z", "outlet": "morning-anchor",
        "slug": "trump-accepts-invitation-to-meet-kim",
        "title": "Trump accepts invitation to meet Kim Jong Un",
        "paras": [
            "WASHINGTON, March 8 (Morning Anchor) - President Donald Trump has agreed to meet North Korean leader Kim Jong Un by May, South Korea's national security adviser announced outside the White House on Thursday evening, a step no sitting U.S. president has taken.",
            "Chung Eui-yong, who had briefed Trump in the Oval Office, said Kim had expressed his eagerness to meet the president as soon as possible and had committed to refrain from further nuclear and missile tests. Trump accepted the invitation on the spot, Chung said.",
            "The White House confirmed the plan. Press secretary Sarah Sanders said Trump would accept the invitation to meet Kim at a place and time still to be settled.",
            "Trump later wrote on Twitter that great progress was being made but that sanctions would stay in place until an agreement was reached.",
            "No venue has been proposed. Officials said the Demilitarized Zone, Beijing and a European capital were among the options being floated by diplomats.",
        ],
    },
    {
        "id": "006", "published": "2018-03-09T07:45:00Z", "outlet": "kestrel-post",
        "slug": "abe-welcomes-trump-kim-meeting-pressure-must-hold",
        "title": "Abe welcomes planned Trump-Kim meeting, says pressure must hold",
        "paras": [
            "TOKYO, March 9 (Kestrel Post) - Japanese Prime Minister Shinzo Abe said on Friday that he highly valued President Donald Trump's decision to meet Kim Jong Un, after the two leaders spoke by telephone.",
            "Abe told reporters that the North's change of attitude was the result of pressure by Japan, the United States and South Korea working together. He said Tokyo would not ease that pressure until Pyongyang took concrete action toward giving up its nuclear and missile programmes, and that he planned to visit Washington in April.",
            "Chief Cabinet Secretary Yoshihide Suga said Japan would keep pressing the North on the fate of Japanese citizens abducted in the 1970s and 1980s.",
            "In Beijing, foreign ministry spokesman Lu Kang said China welcomed the positive signals from both Washington and Pyongyang and supported direct contact between them, including a meeting of their leaders. He urged all sides to show political courage.",
            "Some officials in Tokyo privately worried that Japan could be sidelined if Washington and Pyongyang struck a deal over its head.",
        ],
    },
    {
        "id": "007", "published": "2018-03-19T21:00:00Z", "outlet": "tideway-herald",
        "slug": "us-south-korean-drills-to-resume-april-1",
        "title": "US and South Korean drills to resume April 1, Pentagon says",
        "paras": [
            "WASHINGTON, March 19 (Tideway Herald) - Annual military exercises by U.S. and South Korean forces that were postponed because of the Winter Olympics will begin on April 1, the Pentagon said on Monday.",
            "A Pentagon spokesman said the drills, known as Foal Eagle and Key Resolve, would go ahead on a scale similar to previous years and that North Korea had been told of the schedule. He described them as defensive in nature.",
            "Pyongyang had not publicly reacted by Monday evening.",
            "A spokeswoman for South Korea's defence ministry declined to say whether American strategic bombers or aircraft carriers would take part this year.",
            "Diplomats in Seoul said the absence of a protest from the North might reflect its interest in keeping the planned summits on track. Kim Jong Un is due to meet South Korean President Moon Jae-in at the end of April.",
        ],
    },
    {
        "id": "008", "published": "2018-03-28T06:20:00Z", "outlet": "lantern-wire",
        "slug": "kim-secret-visit-beijing-china-confirms",
        "title": "Kim Jong Un made secret visit to Beijing, China confirms",
        "paras": [
            "BEIJING, March 28 (Lantern Wire) - North Korean leader Kim Jong Un made an unannounced visit to Beijing this week and held talks with President Xi Jinping, Chinese and North Korean state media confirmed on Wednesday, his first known trip abroad since taking power.",
            "According to the Xinhua news agency, Kim told Xi that the issue of denuclearising the peninsula could be resolved if South Korea and the United States responded to his efforts with goodwill and took \"progressive and synchronous measures\" toward peace.",
            "Xi said China remained committed to a nuclear-free peninsula and backed the North's planned meetings with Seoul and Washington. He accepted an invitation to visit Pyongyang.",
            "The North's own news agency, KCNA, described the talks as warm and friendly but did not mention nuclear weapons.",
            "The trip, made in a heavily guarded green train, had prompted days of speculation after the train arrived in Beijing on Monday.",
        ],
    },
    {
        "id": "009", "published": "2018-04-18T23:50:00Z", "outlet": "crossroads-report",
        "slug": "trump-confirms-pompeo-met-kim",
        "title": "Trump confirms Pompeo met Kim, says pressure stays for now",
        "paras": [
            "PALM BEACH, Florida, April 18 (Crossroads Report) - President Donald Trump confirmed on Wednesday that CIA Director Mike Pompeo, his nominee for secretary of state, met Kim Jong Un in Pyongyang over the Easter weekend, and said the meeting had gone smoothly.",
            "Speaking alongside Japanese Prime Minister Shinzo Abe at his Mar-a-Lago resort, Trump said plans for his own summit with Kim were moving ahead and that five possible locations were under review. He said the maximum pressure campaign would continue for now.",
            "Abe, who spent two days with Trump, said Japan and the United States were fully united. He said there would be no reward for dialogue alone and that Tokyo sought the complete, verifiable and irreversible dismantling of the North's weapons of mass destruction.",
            "Abe also thanked Trump for promising to raise the fate of Japanese citizens abducted by the North decades ago.",
            "Pompeo's secret trip, first reported by a U.S. newspaper, made him the most senior American official to meet a North Korean leader since 2000.",
        ],
    },
    {
        "id": "010", "published": "2018-04-21T02:15:00Z", "outlet": "morning-anchor",
        "slug": "kim-shelves-nuclear-programme-shuts-test-site",
        "title": "Kim shelves nuclear programme, shuts test site",
        "paras": [
            "SEOUL, April 21 (Morning Anchor) - North Korea said on Saturday it would stop nuclear tests and intercontinental ballistic missile launches and close its nuclear test site, days before its leader Kim Jong Un is due to meet South Korean President Moon Jae-in.",
            "The decision was adopted at a meeting of the ruling party's central committee on Friday, the official KCNA news agency said. Kim told the meeting that the North had completed the development of its weapons and so no longer needed to test them, according to the agency.",
            "The statement said nothing about the warheads and missiles the North already holds. The party said it would instead shift its focus to building up the economy.",
            "President Donald Trump called the announcement very good news on Twitter.",
            "Analysts in Seoul said the move cost Pyongyang little, since its Punggye-ri test site may have been damaged by earlier blasts. Others said it could still help set a positive tone for the summits ahead. Officials at the Blue House said they would study the announcement.",
        ],
    },
    {
        "id": "011", "published": "2018-04-27T12:40:00Z", "outlet": "lantern-wire",
        "slug": "koreas-pledge-formal-end-to-war",
        "title": "Koreas pledge to seek formal end to war this year",
        "paras": [
            "PANMUNJOM, South Korea, April 27 (Lantern Wire) - The leaders of North and South Korea agreed on Friday to work this year toward declaring a formal end to the Korean War, which stopped in 1953 with an armistice rather than a peace treaty.",
            "Kim Jong Un, the first North Korean leader to set foot in the South since the war, signed the declaration with President Moon Jae-in at the Peace House in the border village after a day of talks and a stroll along a footbridge.",
            "In the document, the two sides said they would seek talks with the United States, and possibly China, to declare the end of the war and turn the armistice into a permanent peace arrangement. They also promised to stop hostile acts along the border.",
            "The text's single line on nuclear weapons was vague and set no timetable, analysts said, adding that the real test would come when Kim meets Trump.",
            "Moon said he would do everything he could to make the planned Trump-Kim meeting a success.",
            "In Washington, Trump said on Twitter that good things were happening but that only time would tell.",
        ],
    },
    {
        "id": "012", "published": "2018-05-04T06:30:00Z", "outlet": "kestrel-post",
        "slug": "white-house-denies-troop-cut-report",
        "title": "White House denies troop-cut report as Seoul says US forces will stay",
        "paras": [
            "SEOUL, May 4 (Kestrel Post) - The White House on Friday denied a report that President Donald Trump had ordered the Pentagon to draw up options for cutting the number of American troops in South Korea, as Seoul moved to end a debate over their future.",
            "National security adviser John Bolton called the report \"utter nonsense\" in a brief statement. A Pentagon spokesman said the U.S. commitment to the South and its force posture had not changed.",
            "The debate began when Moon Chung-in, a special adviser to President Moon Jae-in, wrote in a U.S. journal that it would be hard to justify keeping U.S. forces in the South after a peace treaty.",
            "Presidential spokesman Kim Eui-kyeom said this week that the 28,500 American troops were a matter for the alliance and had nothing to do with any peace treaty, and that they would stay even if one were signed. The adviser said he had written as an academic.",
            "North Korea has long demanded the withdrawal of the American forces, though it has said little on the subject this year.",
        ],
    },
    {
        "id": "013", "published": "2018-05-10T20:30:00Z", "outlet": "tideway-herald",
        "slug": "trump-sets-june-12-singapore-summit",
        "title": "Trump sets June 12 Singapore date for Kim summit",
        "paras": [
            "WASHINGTON, May 10 (Tideway Herald) - President Donald Trump said on Thursday he would meet North Korean leader Kim Jong Un in Singapore on June 12, hours after welcoming home three Americans freed by Pyongyang.",
            "Trump announced the date and venue on Twitter, saying both sides would try to make it a landmark for world peace. Overnight he had greeted the three former detainees on the tarmac at Joint Base Andrews.",
            "Asked whether Kim had promised to give up his arsenal, Trump told reporters only that everyone would soon find out.",
            "A White House spokeswoman said the maximum pressure campaign would stay in place in the meantime. Secretary of State Mike Pompeo brought the men home from his second trip to Pyongyang in less than six weeks.",
            "Singapore was chosen over the Demilitarized Zone, which Trump had floated a few days earlier. The city-state has ties with both countries and in 2015 hosted a meeting between the leaders of China and Taiwan.",
            "North Korean state media had not reported the date by Thursday evening.",
        ],
    },
    {
        "id": "014", "published": "2018-05-13T18:40:00Z", "outlet": "crossroads-report",
        "slug": "pompeo-prosperity-bolton-libya-model",
        "title": "Pompeo dangles prosperity, Bolton cites Libya as model for North Korea",
        "paras": [
            "WASHINGTON, May 13 (Crossroads Report) - Secretary of State Mike Pompeo said on Sunday that the United States would help North Korea become as prosperous as its southern neighbour, but only after Kim Jong Un gave up his nuclear arsenal.",
            "In television interviews, Pompeo said American private investment could flow into the North to build its power grid and farms if Kim made the strategic choice to disarm. Sanctions would stay in force, he said, until the dismantling was done.",
            "National security adviser John Bolton went further, saying the North's weapons and nuclear fuel should be shipped out of the country, possibly to the U.S. facility at Oak Ridge, Tennessee, as happened with Libya's programme in 2004.",
            "The reference to Libya is likely to irritate Pyongyang. Libyan leader Muammar Gaddafi was overthrown and killed in 2011, several years after giving up his weapons.",
            "North Korea said on Saturday it would dismantle its nuclear test site in a ceremony later this month to which foreign journalists would be invited.",
        ],
    },
    {
        "id": "015", "published": "2018-05-16T05:30:00Z", "outlet": "morning-anchor",
        "slug": "north-korea-threatens-to-rethink-trump-summit",
        "title": "North Korea threatens to rethink Trump summit, cancels talks with Seoul",
        "paras": [
            "SEOUL, May 16 (Morning Anchor) - North Korea threatened on Wednesday to reconsider next month's summit with President Donald Trump, saying it would not be pushed into one-sided disarmament.",
            "First Vice Foreign Minister Kim Kye Gwan said in a statement carried by KCNA that the North would have to reconsider whether to attend the meeting if the United States tried to drive it into a corner. He singled out national security adviser John Bolton, voicing open distaste for his comments about Libya.",
            "Kim Kye Gwan said the North had already signalled that it was prepared to denuclearise, but only if Washington first ended its hostile policy and nuclear threats.",
            "Hours earlier, Pyongyang called off high-level talks with Seoul scheduled for Wednesday, citing the Max Thunder air drills by U.S. and South Korean warplanes, which KCNA called a deliberate provocation.",
            "In Washington, White House press secretary Sarah Sanders said the administration was still hopeful that the meeting would take place and would keep preparing for it.",
        ],
    },
    {
        "id": "016", "published": "2018-05-22T19:10:00Z", "outlet": "lantern-wire",
        "slug": "trump-says-kim-summit-may-not-happen-in-june",
        "title": "Trump says Kim summit may not happen in June",
        "paras": [
            "WASHINGTON, May 22 (Lantern Wire) - President Donald Trump said on Tuesday that his planned summit with Kim Jong Un might not take place on June 12, and that it would go ahead only if certain conditions the United States wanted were met.",
            "Sitting beside South Korean President Moon Jae-in in the Oval Office, Trump told reporters there was a substantial chance the meeting would not work out as scheduled. If it did not happen then, he said, it might happen later.",
            "Trump did not spell out his conditions. He repeated that the North must give up its nuclear weapons, and said Kim would be safe and his country would prosper if it did.",
            "He also suggested that Kim's attitude had changed after the North Korean leader's second meeting with Chinese President Xi Jinping this month, without offering evidence.",
            "Moon, on a brief working visit, said he had no doubt the summit would succeed and that he would support Trump's efforts to make it happen.",
        ],
    },
    {
        "id": "017", "published": "2018-05-24T15:20:00Z", "outlet": "kestrel-post",
        "slug": "trump-calls-off-singapore-summit",
        "title": "Trump calls off Singapore summit with Kim",
        "paras": [
            "WASHINGTON, May 24 (Kestrel Post) - President Donald Trump on Thursday cancelled his June 12 summit with North Korean leader Kim Jong Un, blaming what he called the \"tremendous anger and open hostility\" in a recent statement from Pyongyang.",
            "In a letter to Kim released by the White House, Trump wrote that it would be inappropriate to hold the long-planned meeting at this time. He said the world had lost a great opportunity for lasting peace and warned that the U.S. nuclear arsenal was far more powerful than the North's.",
            "The letter came hours after Choe Son Hui, a North Korean vice foreign minister, called Vice President Mike Pence a \"political dummy\" and said it was up to Washington whether the two sides met in a meeting room or at a nuclear showdown. She said she would advise Kim to reconsider the summit if the U.S. did not change course.",
            "In Seoul, presidential spokesman Kim Eui-kyeom said President Moon Jae-in was perplexed and deeply regretted the decision. Moon urged the two leaders to talk directly.",
            "The cancellation came the same day the North blew up tunnels at its nuclear test site in front of foreign journalists.",
        ],
    },
    {
        "id": "018", "published": "2018-05-24T17:05:00Z", "outlet": "tideway-herald",
        "slug": "trump-cancels-june-summit-citing-hostility",
        "title": "Trump cancels June summit with Kim, citing hostility",
        "paras": [
            "WASHINGTON, May 24 (Tideway Herald) - U.S. President Donald Trump cancelled his June 12 summit with North Korean leader Kim Jong Un on Thursday, citing the \"tremendous anger and open hostility\" of a recent North Korean statement.",
            "In a letter addressed to Kim and made public by the White House, Trump said it would be inappropriate to go ahead with the meeting now. The world, he wrote, had lost a great opportunity for lasting peace, and he reminded Kim that American nuclear capabilities dwarfed the North's.",
            "Earlier on Thursday, North Korean Vice Foreign Minister Choe Son Hui had described Vice President Mike Pence as a \"political dummy\" and said it was for Washington to decide whether the countries met in a meeting room or at a nuclear showdown. She would advise Kim to reconsider the summit if the U.S. did not change course, she said.",
            "South Korean President Moon Jae-in was perplexed and deeply regretted the decision, his spokesman Kim Eui-kyeom said in Seoul. Moon urged the two leaders to talk directly.",
            "Hours before the letter, the North demolished tunnels at its nuclear test site with foreign reporters watching.",
        ],
    },
    {
        "id": "019", "published": "2018-05-25T02:30:00Z", "outlet": "crossroads-report",
        "slug": "north-korea-still-willing-to-meet-trump",
        "title": "North Korea says it is still willing to meet Trump at any time",
        "paras": [
            "SEOUL, May 25 (Crossroads Report) - North Korea said on Friday it remained willing to sit down with the United States \"at any time, in any format\", in a conciliatory response to President Donald Trump's cancellation of their planned summit.",
            "First Vice Foreign Minister Kim Kye Gwan said in a statement carried by KCNA that Trump's decision was unexpected and very regrettable. He said Kim Jong Un had not given up on the meeting, had made every effort to prepare for it and was ready to give Washington time and opportunity.",
            "The statement avoided the harsh language that Choe Son Hui, another vice foreign minister, had used about Vice President Mike Pence a day earlier.",
            "In Beijing, China's foreign ministry urged both sides to show patience and said it hoped the leaders would still meet.",
            "Diplomats in Seoul said the tone of the statement suggested Pyongyang was keen to salvage the meeting. Some analysts cautioned that the North might use the episode to portray Washington as the side that walked away.",
        ],
    },
    {
        "id": "020", "published": "2018-05-27T03:00:00Z", "outlet": "morning-anchor",
        "slug": "moon-says-kim-still-wants-trump-summit",
        "title": "Moon says Kim still wants Trump summit after surprise border meeting",
        "paras": [
            "SEOUL, May 27 (Morning Anchor) - South Korean President Moon Jae-in said on Sunday that Kim Jong Un still wanted to meet Donald Trump, a day after the two Korean leaders held a surprise second meeting at their border.",
            "Moon told a televised news conference that Kim had expressed a firm will to hold the summit with Trump. Kim's worry, Moon said, was whether he could rely on Washington to end hostile relations with his country.",
            "The two leaders spent two hours on Saturday at Tongilgak, a building on the northern side of Panmunjom, in a meeting arranged at a day's notice. Moon said they had agreed to hold high-level talks between the Koreas on June 1.",
            "Moon said he would do his utmost to see the Singapore meeting take place and succeed.",
            "Separately, a U.S. delegation led by Sung Kim, the American ambassador to the Philippines and a veteran negotiator with the North, crossed into the northern side of the truce village on Sunday for talks with North Korean officials. The State Department declined to say what was discussed.",
        ],
    },
    {
        "id": "021", "published": "2018-05-31T11:00:00Z", "outlet": "lantern-wire",
        "slug": "lavrov-pyongyang-sanctions-should-ease",
        "title": "Lavrov in Pyongyang says sanctions should ease as disarmament proceeds",
        "paras": [
            "PYONGYANG, May 31 (Lantern Wire) - Russian Foreign Minister Sergei Lavrov said on Thursday that North Korea could not be expected to give up its nuclear weapons in one go, and that sanctions should begin to be eased as the process moved forward.",
            "Lavrov, the most senior Russian official to visit Pyongyang in years, met Kim Jong Un and handed him an invitation from President Vladimir Putin to visit Russia.",
            "He told reporters that denuclearisation would have to proceed in stages, with each step by the North answered by steps from the other side, and that the lifting of sanctions had to be part of any settlement.",
            "Kim told Lavrov that the North's position on the peninsula remained unchanged, KCNA reported, without giving details.",
            "In New York, Secretary of State Mike Pompeo was meeting Kim Yong Chol, a senior North Korean official, for a second day. The two had dinner together on Wednesday evening.",
        ],
    },
    {
        "id": "022", "published": "2018-06-01T21:30:00Z", "outlet": "kestrel-post",
        "slug": "trump-says-singapore-summit-back-on",
        "title": "Trump says Singapore summit is back on after meeting Kim's envoy",
        "paras": [
            "WASHINGTON, June 1 (Kestrel Post) - President Donald Trump said on Friday that his summit with Kim Jong Un would go ahead in Singapore on June 12 after all, following an unusual Oval Office meeting with a senior North Korean envoy.",
            "Kim Yong Chol, a former spy chief and one of Kim's closest aides, handed Trump a letter from the North Korean leader. Trump described it as a very nice letter but told reporters he had not yet opened it.",
            "Trump said the meeting would be the start of a process and that a deal might take more than one session. He said sanctions would remain in force, although he no longer wanted to use the phrase maximum pressure and would hold off on new penalties while talks continued.",
            "Asked about a formal end to the Korean War, Trump said it was something that could come out of the summit, though he gave no details.",
            "Only a week ago Trump had cancelled the meeting, citing hostile remarks from Pyongyang.",
        ],
    },
    {
        "id": "023", "published": "2018-06-11T13:00:00Z", "outlet": "tideway-herald",
        "slug": "singapore-locks-down-sentosa",
        "title": "Singapore locks down Sentosa as Trump and Kim arrive",
        "paras": [
            "SINGAPORE, June 11 (Tideway Herald) - Singapore sealed off parts of the resort island of Sentosa on Monday as final preparations got under way for Tuesday's meeting between Donald Trump and Kim Jong Un at the Capella hotel.",
            "Kim arrived on Sunday aboard an Air China jet and was driven to the St Regis hotel in a motorcade that drew crowds along the route. Trump landed at Paya Lebar air base later that evening and went to the Shangri-La.",
            "On Monday Trump lunched with Prime Minister Lee Hsien Loong, while Kim toured the waterfront around Marina Bay late at night, posing for photographs with Singapore's foreign minister.",
            "Officials from both sides, led by Sung Kim of the United States and Choe Son Hui of North Korea, met at the Ritz-Carlton hotel to work on a draft text. Neither delegation commented as they left.",
            "Singapore says hosting the event will cost about 20 million Singapore dollars, half of it for security. About 2,500 journalists have registered to cover it.",
        ],
    },
    {
        "id": "024", "published": "2018-06-12T10:30:00Z", "outlet": "lantern-wire",
        "slug": "trump-kim-sign-pledge-halt-war-games",
        "title": "Trump and Kim sign pledge; Trump says he will halt war games",
        "paras": [
            "SINGAPORE, June 12 (Lantern Wire) - Donald Trump and Kim Jong Un signed a brief joint statement on Tuesday at the first meeting between leaders of their two countries, after which Trump said he would stop U.S. military exercises with South Korea.",
            "In the statement, Trump committed to provide security guarantees to the North, and in return Kim reaffirmed his commitment to work toward complete denuclearisation of the Korean peninsula. The text gave no timetable and did not mention verification.",
            "At a news conference, Trump called the \"war games\" very provocative and expensive and said they would be halted while negotiations went on. He said sanctions would stay in place until the nuclear weapons were no longer a factor.",
            "Trump said the 28,500 American troops in South Korea were not part of the discussion for now, though he would like to bring them home at some point.",
            "In Seoul, the presidential office said it needed to understand the precise meaning and intent of Trump's remark on the drills. The Pentagon said it had received no new guidance.",
        ],
    },
    {
        "id": "025", "published": "2018-06-13T04:00:00Z", "outlet": "crossroads-report",
        "slug": "north-korean-media-step-by-step",
        "title": "North Korean media say Trump agreed to step-by-step approach",
        "paras": [
            "SEOUL, June 13 (Crossroads Report) - North Korea's state media said on Wednesday that Kim Jong Un and Donald Trump had agreed in Singapore that peace and denuclearisation should be pursued through step-by-step, simultaneous actions.",
            "KCNA said Kim told Trump that the two sides should build trust by making mutual concessions in stages, and that the joint military exercises with South Korea, which he called provocative, should stop. According to the agency, Trump said he was willing to lift sanctions on the North as relations improved.",
            "The White House did not immediately respond to the North's account, and no sanctions pledge appears in the signed text.",
            "In Beijing, foreign ministry spokesman Geng Shuang said on Tuesday that Security Council resolutions allowed sanctions to be adjusted, including eased, and that China believed the council should now consider doing so.",
            "The agency's report was accompanied by dozens of photographs of Kim in Singapore, including images of him shaking hands with Trump.",
        ],
    },
    {
        "id": "026", "published": "2018-06-14T09:20:00Z", "outlet": "morning-anchor",
        "slug": "pompeo-no-sanctions-relief-moon-open-to-easing-pressure",
        "title": "Pompeo rules out early sanctions relief; Moon open to easing military pressure",
        "paras": [
            "SEOUL, June 14 (Morning Anchor) - Secretary of State Mike Pompeo said on Thursday that sanctions on North Korea would not be lifted until it had completely denuclearised, pushing back against Pyongyang's account of the Singapore summit.",
            "Pompeo spoke after meeting South Korean Foreign Minister Kang Kyung-wha and Japanese Foreign Minister Taro Kono in Seoul. He said the three allies remained united.",
            "Kono said Japan would keep enforcing sanctions in full and would offer no economic help before the nuclear issue was settled.",
            "Earlier, President Moon Jae-in told his national security council that Seoul could consider flexible changes to military pressure on the North, provided Pyongyang faithfully carried out denuclearisation steps and sincere dialogue continued. Officials said he was referring to the joint drills with U.S. forces.",
            "A spokeswoman for the South's defence ministry said the allies were still discussing the August exercise and that no decision had been made.",
        ],
    },
    {
        "id": "027", "published": "2018-06-19T03:10:00Z", "outlet": "kestrel-post",
        "slug": "seoul-washington-suspend-august-drills",
        "title": "Seoul and Washington suspend August military drills",
        "paras": [
            "SEOUL, June 19 (Kestrel Post) - South Korea and the United States have suspended planning for a large joint military exercise scheduled for August, the two governments said on Tuesday, following through on Donald Trump's pledge in Singapore.",
            "South Korea's defence ministry said all planning for the Ulchi Freedom Guardian drill had been halted. The Pentagon confirmed the suspension in a separate statement and said no decision had been taken about other exercises.",
            "The annual command-post exercise usually involves about 50,000 South Korean troops and some 17,500 Americans, much of it run on computer simulations.",
            "It is the first concrete step taken by the allies since the summit. Members of Seoul's conservative opposition said the government had given away leverage without getting anything in return, while the ruling party said the move would help keep diplomacy alive.",
            "North Korean state media did not immediately comment.",
        ],
    },
    {
        "id": "028", "published": "2018-07-07T13:30:00Z", "outlet": "tideway-herald",
        "slug": "north-korea-calls-us-demands-gangster-like",
        "title": "North Korea calls US demands 'gangster-like' after Pompeo visit",
        "paras": [
            "SEOUL, July 7 (Tideway Herald) - North Korea accused the United States on Saturday of making \"gangster-like\" demands for its unilateral disarmament, hours after Secretary of State Mike Pompeo left Pyongyang saying the talks had made progress.",
            "A foreign ministry spokesman, in a statement carried by KCNA, said the American delegation had come with a one-sided list of demands and that the North had been naive to expect anything else. He said the North would take steps only in stages and in step with Washington.",
            "The spokesman said the North had proposed declaring an end to the Korean War on the anniversary of the armistice later this month, and that its commitment to the Singapore statement could waver if the demands continued.",
            "Pompeo, speaking before he flew on to Tokyo, said the two sides had made progress on almost all of the central issues and that sanctions would remain in place until final denuclearisation. He did not meet Kim Jong Un during the trip.",
        ],
    },
    {
        "id": "029", "published": "2018-07-07T15:10:00Z", "outlet": "lantern-wire",
        "slug": "pyongyang-accuses-washington-gangster-like-demands",
        "title": "Pyongyang accuses Washington of 'gangster-like' demands",
        "paras": [
            "SEOUL, July 7 (Lantern Wire) - North Korea on Saturday accused Washington of \"gangster-like\" demands for its unilateral disarmament, only hours after U.S. Secretary of State Mike Pompeo left Pyongyang describing the talks as productive.",
            "In a statement carried by KCNA, a foreign ministry spokesman said the U.S. side had brought a one-sided list of demands and that the North had been naive to hope for more. He said the North would take steps only in stages and in step with Washington.",
            "According to the spokesman, the North had proposed declaring an end to the Korean War on the anniversary of the armistice this month. He warned that its commitment to the Singapore statement could waver if the demands continued.",
            "Before flying on to Tokyo, Pompeo told reporters the two sides had made progress on almost all of the central issues and that sanctions would remain in place until final denuclearisation. He did not see Kim Jong Un while in Pyongyang.",
        ],
    },
    {
        "id": "030", "published": "2018-08-02T00:30:00Z", "outlet": "crossroads-report",
        "slug": "korean-war-remains-arrive-hawaii",
        "title": "Remains of Korean War soldiers arrive in Hawaii",
        "paras": [
            "HONOLULU, Aug 1 (Crossroads Report) - Fifty-five cases believed to hold the remains of American soldiers killed in the Korean War arrived in Hawaii on Wednesday, handed over by North Korea under an agreement reached in Singapore.",
            "Vice President Mike Pence received the flag-draped cases at Joint Base Pearl Harbor-Hickam in a solemn ceremony attended by veterans and relatives of the missing. His own father served in the war.",
            "Forensic experts at a military laboratory in Hawaii will now try to identify the remains, a process that can take months or years. Officials said only one military identification tag had been found with the cases so far.",
            "The U.S. military flew the remains out of the North Korean port city of Wonsan on July 27, the 65th anniversary of the armistice, and held a ceremony at Osan air base in South Korea before the flight to Hawaii.",
            "About 7,700 U.S. service members remain unaccounted for from the war, around 5,300 of them believed to have died in what is now North Korea.",
        ],
    },
    {
        "id": "031", "published": "2018-09-19T07:30:00Z", "outlet": "morning-anchor",
        "slug": "kim-offers-to-close-yongbyon-if-us-reciprocates",
        "title": "Kim offers to close missile site, Yongbyon if US reciprocates",
        "paras": [
            "PYONGYANG, Sept 19 (Morning Anchor) - North Korean leader Kim Jong Un agreed on Wednesday to permanently dismantle a key missile engine test site in the presence of foreign experts, and said he was willing to close the Yongbyon nuclear complex if the United States took corresponding measures.",
            "The commitments were part of a joint declaration Kim signed with South Korean President Moon Jae-in on the second day of their summit in Pyongyang, their third meeting this year.",
            "Moon told reporters that Kim hoped to meet President Donald Trump again soon. Moon said he would press in New York next week for a declaration ending the Korean War, which he described as a political statement that would not affect the U.S. troop presence.",
            "The two leaders also signed a military agreement to reduce tension along the border, including a no-fly zone near the frontier and the removal of some guard posts.",
            "The declaration did not say what measures the North expected from Washington in return.",
        ],
    },
    {
        "id": "032", "published": "2018-09-27T19:00:00Z", "outlet": "kestrel-post",
        "slug": "pompeo-clashes-russia-china-sanctions-un",
        "title": "Pompeo clashes with Russia, China over North Korea sanctions at UN",
        "paras": [
            "UNITED NATIONS, Sept 27 (Kestrel Post) - Secretary of State Mike Pompeo told the U.N. Security Council on Thursday that sanctions on North Korea must be strictly enforced until its denuclearisation was final and fully verified, while Russia and China argued for rewarding the steps Pyongyang had taken.",
            "Pompeo, who chaired the session, accused some countries of helping the North evade limits on oil imports through ship-to-ship transfers, a charge aimed largely at Moscow.",
            "Russian Foreign Minister Sergei Lavrov said the council should consider easing sanctions to encourage the North, arguing that constant pressure would only harden its position.",
            "China's foreign minister, Wang Yi, said the council should consider adjusting its measures in light of the positive steps Pyongyang had taken, adding that sanctions were not an end in themselves.",
            "Japanese Foreign Minister Taro Kono sided with Pompeo, saying the pressure must not be relaxed now.",
            "Pompeo is due to travel to Pyongyang next month.",
        ],
    },
    {
        "id": "033", "published": "2018-09-29T18:30:00Z", "outlet": "tideway-herald",
        "slug": "north-korea-will-not-disarm-first-without-trust",
        "title": "North Korea says no way it will disarm first without trust",
        "paras": [
            "UNITED NATIONS, Sept 29 (Tideway Herald) - North Korea's foreign minister told the U.N. General Assembly on Saturday that his country would not disarm first unless it could trust the United States, and accused Washington of relying on sanctions instead of building confidence.",
            "Ri Yong Ho said the continued pressure was deepening the North's mistrust. Without trust in the United States, he said, the North could have no confidence in its own security, and in those conditions there was no way it would give up its weapons unilaterally.",
            "Ri called for sanctions to be eased in step with the goodwill measures the North had already taken, pointing to its halt to nuclear and missile tests and the demolition of its test site.",
            "He also said the North had received no corresponding response from Washington for those steps.",
            "Ri did not meet Pompeo in New York, but U.S. officials said preparations for the secretary's next trip to Pyongyang were continuing.",
        ],
    },
    {
        "id": "034", "published": "2018-10-15T17:40:00Z", "outlet": "lantern-wire",
        "slug": "moon-asks-europe-to-consider-easing-sanctions",
        "title": "Moon asks Europe to consider easing North Korea sanctions",
        "paras": [
            "PARIS, Oct 15 (Lantern Wire) - South Korean President Moon Jae-in said on Monday that the international community should consider easing sanctions on North Korea once its denuclearisation had reached an irreversible stage, as he sought French support during a visit to Paris.",
            "Speaking after talks with President Emmanuel Macron, Moon said relief at that point would encourage Pyongyang to move faster. He said Seoul's aim was still the complete removal of the North's nuclear weapons.",
            "Macron said France would keep sanctions in place until the North took concrete and verifiable steps, and indicated he was not ready to back an early easing.",
            "Moon, on a nine-day tour of Europe, is due to meet Pope Francis at the Vatican later this week and to pass on an invitation from Kim Jong Un for the pontiff to visit Pyongyang.",
            "Diplomats in Paris said European governments were likely to follow Washington's lead on sanctions. Some said they expected Moon to raise the issue again at a meeting of Asian and European leaders in Brussels on Thursday.",
        ],
    },
]

S, O, C = "support", "oppose", "conditional"
US, NK, SK, CN, JP, RU = "usa", "north-korea", "south-korea", "china", "japan", "russia"
SUMMIT, NUKES, SANCTIONS, ENDWAR, DRILLS, TROOPS = (
    "trump-kim-summit", "nk-abandons-nukes", "early-sanctions-relief",
    "end-of-war-declaration", "suspend-joint-drills", "usfk-withdrawal")


def c(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


CLAIMS = {
    "001": [
        c(NK, NUKES, O, "He ordered the mass production of nuclear warheads and ballistic missiles for deployment"),
    ],
    "002": [
        c(NK, NUKES, O, "were not a matter for discussion with Seoul"),
        c(SK, NUKES, S, "proposed separate talks aimed at ending the North's nuclear programme"),
    ],
    "003": [
        c(US, SANCTIONS, O, "the pressure campaign would continue until the North took decisive steps"),
        c(JP, SANCTIONS, O, "it was not the time to relax pressure or to reward Pyongyang"),
    ],
    "004": [
        c(NK, NUKES, C, "would have no reason to keep nuclear arms if military threats against it were removed", False),
        c(SK, NUKES, S, "Seoul's goal remained the complete denuclearisation of the peninsula"),
    ],
    "005": [
        c(US, SUMMIT, S, "Sanders said Trump would accept the invitation to meet Kim"),
        c(NK, SUMMIT, S, "Kim had expressed his eagerness to meet the president as soon as possible", False),
        c(US, SANCTIONS, O, "sanctions would stay in place until an agreement was reached"),
    ],
    "006": [
        c(JP, SUMMIT, S, "he highly valued President Donald Trump's decision to meet Kim Jong Un"),
        c(JP, SANCTIONS, O, "Tokyo would not ease that pressure until Pyongyang took concrete action"),
        c(CN, SUMMIT, S, "supported direct contact between them, including a meeting of their leaders"),
    ],
    "007": [
        c(US, DRILLS, O, "the drills, known as Foal Eagle and Key Resolve, would go ahead"),
    ],
    "008": [
        c(NK, NUKES, C, "could be resolved if South Korea and the United States responded to his efforts", False),
        c(CN, NUKES, S, "China remained committed to a nuclear-free peninsula"),
        c(CN, SUMMIT, S, "backed the North's planned meetings with Seoul and Washington"),
    ],
    "009": [
        c(US, SUMMIT, S, "plans for his own summit with Kim were moving ahead"),
        c(US, SANCTIONS, O, "the maximum pressure campaign would continue for now"),
        c(JP, SANCTIONS, O, "there would be no reward for dialogue alone"),
        c(JP, NUKES, S, "sought the complete, verifiable and irreversible dismantling of the North's weapons"),
    ],
    "010": [],
    "011": [
        c(NK, ENDWAR, S, "work this year toward declaring a formal end to the Korean War"),
        c(SK, ENDWAR, S, "to declare the end of the war and turn the armistice into a permanent peace"),
        c(SK, SUMMIT, S, "do everything he could to make the planned Trump-Kim meeting a success"),
    ],
    "012": [
        c(US, TROOPS, O, "the U.S. commitment to the South and its force posture had not changed"),
        c(SK, TROOPS, O, "they would stay even if one were signed"),
        c(NK, TROOPS, S, "North Korea has long demanded the withdrawal of the American forces", False),
    ],
    "013": [
        c(US, SUMMIT, S, "he would meet North Korean leader Kim Jong Un in Singapore on June 12"),
        c(US, SANCTIONS, O, "the maximum pressure campaign would stay in place in the meantime"),
    ],
    "014": [
        c(US, SANCTIONS, O, "Sanctions would stay in force, he said, until the dismantling was done"),
        c(US, NUKES, S, "the North's weapons and nuclear fuel should be shipped out of the country"),
    ],
    "015": [
        c(NK, SUMMIT, C, "would have to reconsider whether to attend the meeting if the United States tried"),
        c(NK, NUKES, C, "prepared to denuclearise, but only if Washington first ended its hostile policy"),
        c(NK, DRILLS, S, "which KCNA called a deliberate provocation"),
        c(US, SUMMIT, S, "still hopeful that the meeting would take place and would keep preparing"),
    ],
    "016": [
        c(US, SUMMIT, C, "it would go ahead only if certain conditions the United States wanted were met"),
        c(US, NUKES, S, "He repeated that the North must give up its nuclear weapons"),
        c(SK, SUMMIT, S, "he would support Trump's efforts to make it happen"),
    ],
    "017": [
        c(US, SUMMIT, O, "cancelled his June 12 summit with North Korean leader Kim Jong Un"),
        c(NK, SUMMIT, C, "would advise Kim to reconsider the summit if the U.S. did not change course"),
        c(SK, SUMMIT, S, "was perplexed and deeply regretted the decision"),
    ],
    "018": [
        c(US, SUMMIT, O, "cancelled his June 12 summit with North Korean leader Kim Jong Un"),
        c(NK, SUMMIT, C, "would advise Kim to reconsider the summit if the U.S. did not change course"),
        c(SK, SUMMIT, S, "was perplexed and deeply regretted the decision"),
    ],
    "019": [
        c(NK, SUMMIT, S, "it remained willing to sit down with the United States"),
        c(CN, SUMMIT, S, "hoped the leaders would still meet"),
    ],
    "020": [
        c(NK, SUMMIT, S, "Kim had expressed a firm will to hold the summit with Trump", False),
        c(SK, SUMMIT, S, "he would do his utmost to see the Singapore meeting take place"),
    ],
    "021": [
        c(RU, SANCTIONS, S, "sanctions should begin to be eased as the process moved forward"),
        c(RU, NUKES, C, "could not be expected to give up its nuclear weapons in one go"),
    ],
    "022": [
        c(US, SUMMIT, S, "his summit with Kim Jong Un would go ahead in Singapore on June 12"),
        c(US, SANCTIONS, O, "He said sanctions would remain in force"),
        c(US, ENDWAR, C, "it was something that could come out of the summit"),
    ],
    "023": [],
    "024": [
        c(US, SUMMIT, S, "Donald Trump and Kim Jong Un signed a brief joint statement on Tuesday"),
        c(NK, SUMMIT, S, "Donald Trump and Kim Jong Un signed a brief joint statement on Tuesday"),
        c(NK, NUKES, C, "in return Kim reaffirmed his commitment to work toward complete denuclearisation"),
        c(US, DRILLS, S, "Trump said he would stop U.S. military exercises with South Korea"),
        c(US, SANCTIONS, O, "sanctions would stay in place until the nuclear weapons were no longer a factor"),
        c(US, TROOPS, O, "the 28,500 American troops in South Korea were not part of the discussion for now"),
    ],
    "025": [
        c(NK, NUKES, C, "build trust by making mutual concessions in stages"),
        c(NK, DRILLS, S, "the joint military exercises with South Korea, which he called provocative, should stop"),
        c(US, SANCTIONS, C, "Trump said he was willing to lift sanctions on the North as relations improved", False),
        c(CN, SANCTIONS, S, "China believed the council should now consider doing so"),
    ],
    "026": [
        c(US, SANCTIONS, O, "sanctions on North Korea would not be lifted until it had completely denuclearised"),
        c(JP, SANCTIONS, O, "would keep enforcing sanctions in full"),
        c(SK, DRILLS, C, "could consider flexible changes to military pressure on the North, provided Pyongyang faithfully carried out"),
    ],
    "027": [
        c(SK, DRILLS, S, "all planning for the Ulchi Freedom Guardian drill had been halted"),
        c(US, DRILLS, S, "The Pentagon confirmed the suspension in a separate statement"),
    ],
    "028": [
        c(NK, NUKES, C, "would take steps only in stages and in step with Washington"),
        c(NK, ENDWAR, S, "had proposed declaring an end to the Korean War on the anniversary"),
        c(US, SANCTIONS, O, "sanctions would remain in place until final denuclearisation"),
        c(US, NUKES, S, "\"gangster-like\" demands for its unilateral disarmament", False),
    ],
    "029": [
        c(NK, NUKES, C, "would take steps only in stages and in step with Washington"),
        c(NK, ENDWAR, S, "had proposed declaring an end to the Korean War on the anniversary"),
        c(US, SANCTIONS, O, "sanctions would remain in place until final denuclearisation"),
        c(US, NUKES, S, "\"gangster-like\" demands for its unilateral disarmament", False),
    ],
    "030": [],
    "031": [
        c(NK, NUKES, C, "willing to close the Yongbyon nuclear complex if the United States took corresponding measures"),
        c(NK, SUMMIT, S, "Kim hoped to meet President Donald Trump again soon", False),
        c(SK, ENDWAR, S, "he would press in New York next week for a declaration ending the Korean War"),
        c(SK, TROOPS, O, "would not affect the U.S. troop presence"),
    ],
    "032": [
        c(US, SANCTIONS, O, "must be strictly enforced until its denuclearisation was final and fully verified"),
        c(RU, SANCTIONS, S, "the council should consider easing sanctions to encourage the North"),
        c(CN, SANCTIONS, S, "the council should consider adjusting its measures in light of the positive steps"),
        c(JP, SANCTIONS, O, "the pressure must not be relaxed now"),
    ],
    "033": [
        c(NK, NUKES, C, "would not disarm first unless it could trust the United States"),
        c(NK, SANCTIONS, S, "called for sanctions to be eased in step with the goodwill measures"),
    ],
    "034": [
        c(SK, SANCTIONS, C, "should consider easing sanctions on North Korea once its denuclearisation had reached an irreversible stage"),
        c(SK, NUKES, S, "Seoul's aim was still the complete removal of the North's nuclear weapons"),
    ],
}

SHIFTS = [
    {"actor": NK, "issue": NUKES, "from": O, "to": C, "article": "015",
     "why": "Kim Kye Gwan says in the North's own statement that it is prepared to denuclearise, but only if Washington first ends its hostile policy; in 001 and 002 the North mass-produced warheads and refused to discuss its weapons. The earlier conditional offers (004, 008) were only relayed by Seoul's envoy and by Xinhua."},
    {"actor": US, "issue": SUMMIT, "from": S, "to": C, "article": "016",
     "why": "Trump says the June 12 meeting will go ahead only if certain US conditions are met and may slip; since 005 he had simply accepted and prepared for it."},
    {"actor": US, "issue": SUMMIT, "from": C, "to": O, "article": "017",
     "why": "Trump cancels the Singapore summit in a letter to Kim."},
    {"actor": NK, "issue": SUMMIT, "from": C, "to": S, "article": "019",
     "why": "Kim Kye Gwan says the North remains willing to meet the US at any time and that Kim has not given up on the summit; in 015 and 017 the North threatened to reconsider it."},
    {"actor": US, "issue": SUMMIT, "from": O, "to": S, "article": "022",
     "why": "After receiving Kim Yong Chol, Trump says the summit will go ahead on June 12 after all, a week after cancelling it (017)."},
    {"actor": US, "issue": DRILLS, "from": O, "to": S, "article": "024",
     "why": "Trump says in Singapore that he will stop the war games with South Korea; in 007 the Pentagon said the spring drills would go ahead."},
    {"actor": SK, "issue": DRILLS, "from": C, "to": S, "article": "027",
     "why": "Seoul's defence ministry halts all planning for Ulchi Freedom Guardian; in 026 Moon only said flexible changes could be considered if the North carried out denuclearisation steps."},
]

DUPLICATES = [("017", "018"), ("028", "029")]


# ----------------------------------------------------------------------------------------------
def read_watchlist(path):
    """Minimal reader for this set's watchlist.yaml (ids and baseline only)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if re.match(r"^(actors|issues|baseline):", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)", line)
            if m and section == "actors":
                actors.append(m.group(1))
            elif m and section == "issues":
                issues.append(m.group(1))
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
          "Aug": 8, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def main():
    errors = []
    actors, issues, baseline = read_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append(f"watchlist has {len(actors)} actors")
    if not 5 <= len(issues) <= 7:
        errors.append(f"watchlist has {len(issues)} issues")

    # --- articles
    docs = []
    prev_pub = None
    for n, a in enumerate(ARTICLES, 1):
        aid = a["id"]
        if aid != f"{n:03d}":
            errors.append(f"id {aid} out of sequence (expected {n:03d})")
        pub = datetime.datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
        if prev_pub and pub <= prev_pub:
            errors.append(f"{aid}: published not after previous article")
        prev_pub = pub
        source = OUTLETS[a["outlet"]]
        text = "\n\n".join(a["paras"])
        m = re.match(r"^([A-Z][A-Z .'-]*)(, [A-Z][A-Za-z .]*)?, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \((.+?)\) - ", text)
        if not m:
            errors.append(f"{aid}: bad dateline")
        else:
            if m.group(5) != source:
                errors.append(f"{aid}: dateline outlet {m.group(5)} != {source}")
            local = datetime.date(pub.year, MONTHS[m.group(3)], int(m.group(4)))
            if abs((local - pub.date()).days) > 1:
                errors.append(f"{aid}: dateline date {local} far from published {pub.date()}")
        words = len(text.split())
        if not 120 <= words <= 260:
            errors.append(f"{aid}: {words} words")
        if '"' in text:
            # short direct quotations only
            for q in re.findall(r'"([^"]*)"', text):
                if len(q.split()) > 6:
                    errors.append(f"{aid}: direct quotation too long: {q}")
        local_date = local if m else pub.date()
        url = f"https://example.org/{a['outlet']}/{local_date:%Y/%m/%d}/{a['slug']}"
        docs.append({"id": aid, "published": a["published"], "source": source, "url": url,
                     "title": a["title"], "text": text, "_outlet": a["outlet"], "_pub": pub})
    by_id = {d["id"]: d for d in docs}
    if not 30 <= len(docs) <= 34:
        errors.append(f"{len(docs)} articles")

    # --- claims
    if set(CLAIMS) != set(by_id):
        errors.append("CLAIMS keys differ from article ids")
    for aid, cl in CLAIMS.items():
        seen = set()
        for x in cl:
            if x["actor"] not in actors:
                errors.append(f"{aid}: unknown actor {x['actor']}")
            if x["issue"] not in issues:
                errors.append(f"{aid}: unknown issue {x['issue']}")
            if x["stance"] not in (S, O, C):
                errors.append(f"{aid}: bad stance {x['stance']}")
            if x["quote"] not in by_id[aid]["text"]:
                errors.append(f"{aid}: quote not in text: {x['quote']}")
            if len(x["quote"].split()) > 15:
                errors.append(f"{aid}: quote over 15 words: {x['quote']}")
            key = (x["actor"], x["issue"])
            if key in seen:
                errors.append(f"{aid}: two claims for {key}")
            seen.add(key)
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in (S, O, C):
            errors.append(f"bad baseline entry {b}")
    for a1, a2 in DUPLICATES:
        strip = lambda cl: sorted((x["actor"], x["issue"], x["stance"], x["attributed"]) for x in cl)
        if strip(CLAIMS[a1]) != strip(CLAIMS[a2]):
            errors.append(f"duplicates {a1}/{a2} carry different claims")
        if by_id[a1]["_pub"].date() != by_id[a2]["_pub"].date() or by_id[a1]["source"] == by_id[a2]["source"]:
            errors.append(f"duplicates {a1}/{a2} not same day from different outlets")

    # --- shifts recomputed from baseline + attributed claims in article order
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    computed = []
    for d in docs:
        for x in CLAIMS[d["id"]]:
            if not x["attributed"]:
                continue
            key = (x["actor"], x["issue"])
            old = prevailing.get(key)
            if old is not None and old != x["stance"]:
                computed.append((x["actor"], x["issue"], old, x["stance"], d["id"]))
            prevailing[key] = x["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(computed) != sorted(labelled):
        errors.append(f"shift mismatch:\n  computed {sorted(computed)}\n  labelled {sorted(labelled)}")
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [d["id"] for d in docs if d["id"] not in shift_articles]

    # --- write outputs
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for d in docs:
        out = {k: d[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", f"{d['id']}.json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    labels = {"claims": {aid: CLAIMS[aid] for aid in sorted(CLAIMS)}, "shifts": SHIFTS,
              "no_alert_articles": no_alert}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    feed_paths = []
    for slug, name in OUTLETS.items():
        items = sorted((d for d in docs if d["_outlet"] == slug), key=lambda d: d["_pub"], reverse=True)
        if not items:
            errors.append(f"outlet {slug} has no articles")
            continue
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 f"    <title>{escape(name)}</title>",
                 f"    <link>https://example.org/{slug}/</link>",
                 f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set north-korea-singapore-2018</description>",
                 "    <language>en</language>",
                 f"    <lastBuildDate>{email.utils.format_datetime(items[0]['_pub'], usegmt=True)}</lastBuildDate>"]
        for d in items:
            lines += ["    <item>",
                      f"      <title>{escape(d['title'])}</title>",
                      f"      <link>{escape(d['url'])}</link>",
                      f"      <guid isPermaLink=\"true\">{escape(d['url'])}</guid>",
                      f"      <pubDate>{email.utils.format_datetime(d['_pub'], usegmt=True)}</pubDate>",
                      f"      <description>{escape(d['text'])}</description>",
                      "    </item>"]
        lines += ["  </channel>", "</rss>"]
        path = os.path.join(HERE, "feeds", f"{slug}.xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        feed_paths.append(path)
    for path in feed_paths:
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"xmllint failed on {path}: {r.stderr.strip()}")

    # --- set-level targets from the brief
    allc = [x for cl in CLAIMS.values() for x in cl]
    by_stance = {st: sum(1 for x in allc if x["stance"] == st) for st in (S, O, C)}
    if not 60 <= len(allc) <= 90:
        errors.append(f"{len(allc)} claims")
    if by_stance[C] < 6 or by_stance[S] == 0 or by_stance[O] == 0:
        errors.append(f"stance mix {by_stance}")
    if not 5 <= len(SHIFTS) <= 8:
        errors.append(f"{len(SHIFTS)} shifts")
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {S, O})
    if reversals > 2 or not any(C in (s["from"], s["to"]) for s in SHIFTS):
        errors.append(f"shift mix: {reversals} reversals")
    empty = [aid for aid in sorted(CLAIMS) if not CLAIMS[aid]]
    if not 3 <= len(empty) <= 4:
        errors.append(f"no-claim articles {empty}")
    if not any(d in shift_articles for pair in DUPLICATES for d in pair[:1]):
        errors.append("no duplicate pair has a shift article as original")

    print(f"articles: {len(docs)}  claims: {len(allc)} {by_stance}  "
          f"attributed false: {sum(1 for x in allc if not x['attributed'])}")
    print(f"shifts: {len(SHIFTS)} in {shift_articles}  reversals: {reversals}  no-claim: {empty}")
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
