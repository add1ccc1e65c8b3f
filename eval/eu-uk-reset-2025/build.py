#!/usr/bin/env python3
"""Build the shiftwatch blind evaluation set eu-uk-reset-2025.

Holds the articles and labels as data, writes articles/NNN.json, feeds/<outlet>.xml and
labels.json next to this script, then validates the whole set. Standard library only.
Run: python3 build.py   (exit status 0 means every check passed)
"""

import datetime as dt
import email.utils
import json
import os
import re
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SET_NAME = "eu-uk-reset-2025"

OUTLETS = {
    "channel-wire": "Channel Wire",
    "tidewater-post": "Tidewater Post",
    "continental-ledger": "Continental Ledger",
    "marlow-bulletin": "Marlow Bulletin",
    "beacon-dispatch": "Beacon Dispatch",
}

S, O, C = "support", "oppose", "conditional"


def claim(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: published (UTC), outlet slug, title, text, claims.
# Ids are assigned from list order, which must be publication order.
ARTICLES = [
    # 001
    dict(
        published="2024-07-05T16:20:00Z",
        outlet="channel-wire",
        title="Starmer's new government promises to reset ties with Europe",
        text=(
            "LONDON, July 5 (Channel Wire) - Keir Starmer became Britain's prime minister on Friday after Labour's "
            "landslide election win, and his team moved quickly to signal a warmer tone towards the European Union.\n\n"
            "David Lammy, named foreign secretary, said the government wanted to negotiate an ambitious security pact "
            "with the EU covering defence, energy and climate, and that he would travel to European capitals within "
            "days to make the case. He said a new partnership on security was the most urgent piece of a wider reset.\n\n"
            "Starmer told reporters outside Downing Street that his government would also seek a veterinary agreement "
            "with the bloc to ease checks on food exports, an idea Labour campaigned on through the election.\n\n"
            "The party's manifesto ruled out rejoining the single market or the customs union and ruled out a return "
            "to free movement. European officials have welcomed the change of tone but say the details will matter "
            "more than the mood music, and that Brussels will bring its own list of priorities to any talks.\n\n"
            "The Conservatives, reduced to their smallest number of seats in modern history, are expected to begin a "
            "leadership contest in the coming weeks."
        ),
        claims=[
            claim("uk-government", "security-defence-pact", S,
                  "the government wanted to negotiate an ambitious security pact with the EU"),
            claim("uk-government", "sps-dynamic-alignment", S,
                  "would also seek a veterinary agreement with the bloc to ease checks on food exports"),
        ],
    ),
    # 002
    dict(
        published="2024-07-18T17:45:00Z",
        outlet="marlow-bulletin",
        title="Blenheim Palace hosts European leaders as Starmer makes summit debut",
        text=(
            "WOODSTOCK, July 18 (Marlow Bulletin) - More than 40 European leaders gathered at Blenheim Palace on "
            "Thursday for a meeting of the European Political Community, the first international summit hosted by "
            "Keir Starmer since he took office two weeks ago.\n\n"
            "The agenda was dominated by migration and by support for Ukraine, whose president addressed the "
            "gathering. Leaders walked through the palace gardens between sessions, and security around the estate "
            "in Oxfordshire was tight.\n\n"
            "Ursula von der Leyen, the president of the European Commission, held a brief bilateral meeting with "
            "Starmer on the sidelines. Neither side gave details of what was discussed. Asked whether a youth "
            "mobility scheme had come up, a Downing Street spokesman declined to say.\n\n"
            "Some diplomats in the room guessed that Brussels would use the warm atmosphere to press its own wish "
            "list in the months ahead, from fishing to student exchanges, while others expected the first formal "
            "talks only in the new year.\n\n"
            "The next meeting of the group is scheduled to take place in Hungary in the autumn."
        ),
        claims=[],
    ),
    # 003
    dict(
        published="2024-08-28T15:30:00Z",
        outlet="continental-ledger",
        title="Starmer rules out youth mobility scheme on Berlin visit",
        text=(
            "BERLIN, Aug 28 (Continental Ledger) - Keir Starmer said on Wednesday that Britain had no plans for a "
            "youth mobility scheme with the European Union, pouring cold water on hopes in Berlin that a visa deal "
            "for young people could be an early win of his reset with Europe.\n\n"
            "Speaking at a news conference with Chancellor Olaf Scholz, the British prime minister said his "
            "government wanted a closer relationship with its neighbours but would not reopen the questions settled "
            "by Brexit. He said free movement would not return.\n\n"
            "The two leaders announced work on a bilateral treaty covering defence, trade and migration, to be "
            "concluded by the end of the year.\n\n"
            "German officials have been among the most vocal supporters of an arrangement for under-30s. The bloc, "
            "which wants young people to be able to live and work on either side of the Channel for several years, "
            "has kept its offer on the table since the spring. Scholz said the decision was one for London and "
            "Brussels.\n\n"
            "Starmer is due to travel to Paris on Thursday to watch the Paralympic Games and meet President "
            "Emmanuel Macron."
        ),
        claims=[
            claim("uk-government", "youth-mobility-scheme", O,
                  "Britain had no plans for a youth mobility scheme with the European Union"),
            claim("eu", "youth-mobility-scheme", S,
                  "which wants young people to be able to live and work on either side", False),
        ],
    ),
    # 004
    dict(
        published="2024-10-02T16:00:00Z",
        outlet="beacon-dispatch",
        title="Starmer and von der Leyen agree to regular summits, keep youth scheme at arm's length",
        text=(
            "BRUSSELS, Oct 2 (Beacon Dispatch) - Keir Starmer and European Commission President Ursula von der "
            "Leyen agreed on Wednesday to hold regular EU-UK summits, the first concrete step in the reset the "
            "British leader has promised since July.\n\n"
            "After talks at the Berlaymont, the Commission's headquarters, von der Leyen said Russia's war in "
            "Ukraine made closer ties between the two sides more urgent. She also listed a "
            "scheme for young people among the areas where the Commission wanted progress, saying the bloc's offer "
            "remained on the table.\n\n"
            "Starmer told reporters that the reset was about a more grown-up relationship, not about reversing "
            "Brexit. He repeated that Britain had no plans for a youth mobility scheme and said his red lines on the "
            "single market, the customs union and free movement had not moved.\n\n"
            "He said the two sides would set out a joint agenda before the first summit.\n\n"
            "Diplomats said the date and venue of that summit had not been set, and neither side would say whether "
            "fishing, an issue due to return when current arrangements expire in 2026, had been discussed."
        ),
        claims=[
            claim("eu", "youth-mobility-scheme", S,
                  "listed a scheme for young people among the areas where the Commission wanted progress"),
            claim("uk-government", "youth-mobility-scheme", O,
                  "Britain had no plans for a youth mobility scheme"),
        ],
    ),
    # 005
    dict(
        published="2024-10-22T11:40:00Z",
        outlet="tidewater-post",
        title="EU relations minister says no return to Erasmus, food deal a priority",
        text=(
            "LONDON, Oct 22 (Tidewater Post) - Britain has no plans to rejoin the European Union's Erasmus+ student "
            "exchange programme, Nick Thomas-Symonds, the minister for EU relations, told a parliamentary committee "
            "on Tuesday.\n\n"
            "Thomas-Symonds said the government's priority was an agreement on sanitary and phytosanitary rules, "
            "which would cut the paperwork and physical checks that have slowed exports of meat, cheese and plants "
            "since Brexit. He described such a deal as the biggest prize for British farmers and food exporters.\n\n"
            "Pressed by Liberal Democrat members, who want Britain back in Erasmus and in a youth scheme, he said he "
            "would not give a running commentary on the talks.\n\n"
            "The Turing scheme, the Conservative government's replacement for Erasmus, funds British students to "
            "study abroad but does not bring European students to Britain. University leaders have called for that "
            "gap to be closed.\n\n"
            "Thomas-Symonds declined to say whether London would accept a role for the European Court of Justice in "
            "policing a food agreement, saying he would not negotiate in public."
        ),
        claims=[
            claim("uk-government", "uk-rejoins-erasmus", O,
                  "Britain has no plans to rejoin the European Union's Erasmus+ student exchange programme"),
            claim("uk-government", "sps-dynamic-alignment", S,
                  "the government's priority was an agreement on sanitary and phytosanitary rules"),
        ],
    ),
    # 006
    dict(
        published="2024-12-02T14:00:00Z",
        outlet="marlow-bulletin",
        title="Sefcovic takes charge of EU's UK file as new Commission starts work",
        text=(
            "BRUSSELS, Dec 2 (Marlow Bulletin) - Maros Sefcovic began his new term on Monday as the European "
            "commissioner in charge of trade and of relations with the United Kingdom, taking over a file he knows "
            "well from years of wrangling over Northern Ireland.\n\n"
            "His spokesperson said Sefcovic had spoken by phone with Nick Thomas-Symonds, Britain's minister for EU "
            "relations, and that the two had agreed to meet early in the new year. No agenda was published.\n\n"
            "Kaja Kallas, the former Estonian prime minister, also started work as the bloc's foreign policy chief, "
            "a post that puts her in charge of any security talks with London.\n\n"
            "Officials on both sides expect the first EU-UK summit to take place in the first half of 2025, though no "
            "date has been fixed. Several diplomats suggested that fishing rights could become a bargaining chip, and "
            "one said it was far from clear whether member states would agree to keep the issues separate.\n\n"
            "Asked what the Commission hoped to achieve, a spokesperson said it was too early to say."
        ),
        claims=[],
    ),
    # 007
    dict(
        published="2025-01-14T12:30:00Z",
        outlet="channel-wire",
        title="Downing Street denies it is preparing to accept EU youth scheme",
        text=(
            "LONDON, Jan 14 (Channel Wire) - Downing Street denied on Tuesday that it was preparing to sign up to a "
            "youth mobility scheme with the European Union, after a newspaper reported that ministers were drawing "
            "up plans for a capped visa route for young Europeans.\n\n"
            "A spokesman for Keir Starmer said there was no change in the government's position and described the "
            "reports as speculation.\n\n"
            "Conservative leader Kemi Badenoch said any scheme would amount to free movement by the back door and "
            "that her party would fight it. Her spokesman added that the Conservatives would hold the government to "
            "its manifesto.\n\n"
            "In Brussels, a Commission spokesperson said the bloc's proposal for young people remained available and "
            "that the EU still hoped to see it agreed as part of a broader package.\n\n"
            "Some Labour backbenchers and the Liberal Democrats have urged the government to accept a scheme, "
            "arguing that it would help the hospitality and arts sectors. Business groups said the government should "
            "at least say what conditions it would attach.\n\n"
            "The newspaper report, which cited unnamed officials, said any British version might be capped at a few "
            "tens of thousands of places a year."
        ),
        claims=[
            claim("uk-government", "youth-mobility-scheme", O,
                  "denied on Tuesday that it was preparing to sign up to a youth mobility scheme"),
            claim("conservatives", "youth-mobility-scheme", O,
                  "any scheme would amount to free movement by the back door"),
            claim("eu", "youth-mobility-scheme", S,
                  "the EU still hoped to see it agreed as part of a broader package"),
        ],
    ),
    # 008
    dict(
        published="2025-01-28T15:10:00Z",
        outlet="beacon-dispatch",
        title="EU wants long-term fishing deal folded into reset, Sefcovic says",
        text=(
            "LONDON, Jan 28 (Beacon Dispatch) - The European Union wants long-term access for its fishing fleets to "
            "British waters settled as part of any reset with London, Maros Sefcovic said on Tuesday after a meeting "
            "with Nick Thomas-Symonds.\n\n"
            "The current arrangements under the 2020 trade agreement expire in June 2026, after which access would "
            "have to be negotiated every year. Sefcovic said the bloc saw no reason to return to annual haggling that "
            "left fishermen on both sides uncertain. He also said a veterinary deal would require Britain to follow "
            "EU food rules as they evolve.\n\n"
            "Thomas-Symonds said the government would not give away long-term access to its waters, and that fishing "
            "would be dealt with on its own timetable rather than traded for other gains.\n\n"
            "Both men described the talks as constructive. They agreed that officials would begin scoping work in "
            "February, and that the first summit would take place in London, though a date has yet to be set.\n\n"
            "Britain's fishing industry has warned ministers not to use its waters as a bargaining chip."
        ),
        claims=[
            claim("eu", "uk-abandons-annual-fish-talks", S,
                  "The European Union wants long-term access for its fishing fleets to British waters"),
            claim("eu", "sps-dynamic-alignment", S,
                  "a veterinary deal would require Britain to follow EU food rules as they evolve"),
            claim("uk-government", "uk-abandons-annual-fish-talks", O,
                  "the government would not give away long-term access to its waters"),
        ],
    ),
    # 009 (duplicate pair with 010)
    dict(
        published="2025-02-03T18:20:00Z",
        outlet="channel-wire",
        title="Starmer joins EU leaders' retreat, urges defence pact",
        text=(
            "BRUSSELS, Feb 3 (Channel Wire) - Keir Starmer on Monday became the first British prime minister to sit "
            "down with European Union leaders since Brexit, using an informal dinner at the Egmont Palace to press "
            "for a new security and defence partnership.\n\n"
            "Starmer told leaders that Europe needed to spend more and work together more closely on defence, and "
            "that a pact between Britain and the EU should be agreed quickly. He said the threat from Russia did not "
            "respect the old divisions of the Brexit years.\n\n"
            "Antonio Costa, the president of the European Council, who invited him, said afterwards that the EU "
            "wanted an ambitious security partnership with the UK and that work on it should speed up.\n\n"
            "Asked on his way out whether the EU would expect concessions in return, Starmer told reporters that a "
            "youth mobility scheme was not on the table. Several leaders raised other topics over dinner, according "
            "to a diplomat present, but none was discussed in detail.\n\n"
            "The retreat, held in a 16th-century palace rather than the EU's usual buildings, was also attended by "
            "NATO Secretary-General Mark Rutte."
        ),
        claims=[
            claim("uk-government", "security-defence-pact", S,
                  "a pact between Britain and the EU should be agreed quickly"),
            claim("eu", "security-defence-pact", S,
                  "the EU wanted an ambitious security partnership with the UK"),
            claim("uk-government", "youth-mobility-scheme", O,
                  "a youth mobility scheme was not on the table"),
        ],
    ),
    # 010 (copy of 009)
    dict(
        published="2025-02-03T19:05:00Z",
        outlet="continental-ledger",
        title="Starmer makes case for EU defence pact at leaders' dinner",
        text=(
            "BRUSSELS, Feb 3 (Continental Ledger) - Keir Starmer became on Monday the first British prime minister "
            "since Brexit to meet European Union leaders around their own table, arguing at an informal dinner at the "
            "Egmont Palace for a new security and defence partnership.\n\n"
            "The British leader told the EU's heads of government that Europe had to spend more and cooperate more "
            "closely on defence, and that a pact between Britain and the EU should be agreed quickly. The danger "
            "posed by Russia, he said, cut across the divisions of the Brexit years.\n\n"
            "European Council President Antonio Costa, who had invited him, said after the dinner that the EU wanted "
            "an ambitious security partnership with the UK and that the work should accelerate.\n\n"
            "Asked by reporters whether the bloc would expect something in return, Starmer said a youth mobility "
            "scheme was not on the table. Other topics came up over dinner, a diplomat who attended said, but none "
            "was discussed in detail.\n\n"
            "NATO Secretary-General Mark Rutte also took part in the retreat, held in a 16th-century palace rather "
            "than in the EU's usual meeting rooms."
        ),
        claims=("copy-of-009", {}),
    ),
    # 011
    dict(
        published="2025-03-19T13:30:00Z",
        outlet="tidewater-post",
        title="EU unveils 150 billion euro defence loan fund, sets terms for Britain",
        text=(
            "BRUSSELS, March 19 (Tidewater Post) - The European Commission on Wednesday proposed a 150 billion euro "
            "loan instrument to help member states buy weapons together, and said countries outside the bloc such as "
            "Britain could take part only after signing a separate agreement with the EU.\n\n"
            "Commission President Ursula von der Leyen said the fund, called Security Action for Europe, or SAFE, "
            "was open to close partners, but that participation would have to be negotiated and would come with "
            "obligations. Most of the money would go to equipment made largely in Europe.\n\n"
            "France has long argued for a strong European preference in defence spending. Foreign Minister "
            "Jean-Noel Barrot said on Wednesday that Paris would welcome British industry in joint projects as long "
            "as the rules kept the benefits mainly in Europe.\n\n"
            "In London, Downing Street said Britain wanted its defence companies to be able to take part in the "
            "scheme and would discuss how with Brussels. A spokesman said the government was studying the details.\n\n"
            "The proposal needs the approval of member states. Diplomats expect negotiations on the rules for "
            "non-EU participants to be difficult."
        ),
        claims=[
            claim("eu", "uk-joins-safe", C,
                  "could take part only after signing a separate agreement with the EU"),
            claim("france", "uk-joins-safe", C,
                  "Paris would welcome British industry in joint projects as long as the rules"),
            claim("uk-government", "uk-joins-safe", S,
                  "Britain wanted its defence companies to be able to take part in the scheme"),
        ],
    ),
    # 012
    dict(
        published="2025-03-27T10:15:00Z",
        outlet="marlow-bulletin",
        title="France blocks Britain's defence pact until fishing deal is done",
        text=(
            "PARIS, March 27 (Marlow Bulletin) - France will back a security and defence pact between the European "
            "Union and Britain only if London first agrees long-term access for European fishing boats to its "
            "waters, Foreign Minister Jean-Noel Barrot said on Thursday.\n\n"
            "In an interview with a French radio station, Barrot said fishing and defence had to move forward "
            "together. French fishermen, many of them from Brittany and the Channel ports, needed certainty beyond "
            "2026, he said, and Paris wanted access guaranteed for many years rather than haggled over each "
            "winter.\n\n"
            "The French position has irritated some other capitals, where diplomats argue that defence cooperation "
            "is too urgent to be tied to fish. A German official said security should not be held hostage to other "
            "files.\n\n"
            "In London, Foreign Secretary David Lammy said Britain would not hand over long-term access to its waters "
            "as the price of a defence deal. He declined to say whether ministers would offer any extension of the "
            "current arrangement.\n\n"
            "Officials say no formal veto has been lodged, and talks on the text of a pact have continued."
        ),
        claims=[
            claim("france", "security-defence-pact", C,
                  "will back a security and defence pact between the European Union and Britain only if"),
            claim("france", "uk-abandons-annual-fish-talks", S,
                  "Paris wanted access guaranteed for many years rather than haggled over each winter"),
            claim("uk-government", "uk-abandons-annual-fish-talks", O,
                  "Britain would not hand over long-term access to its waters"),
        ],
    ),
    # 013
    dict(
        published="2025-04-14T16:45:00Z",
        outlet="continental-ledger",
        title="Denmark and Netherlands join France in demanding long-term access to UK waters",
        text=(
            "LUXEMBOURG, April 14 (Continental Ledger) - Denmark and the Netherlands on Monday joined France in "
            "pressing for European fishing fleets to keep long-term access to British waters under any new deal with "
            "London, at a meeting of EU fisheries ministers in Luxembourg.\n\n"
            "Denmark's fisheries minister, Jacob Jensen, told reporters that Copenhagen could not accept a return to "
            "negotiating access year by year once the current arrangement runs out in 2026. Danish boats, which "
            "catch sandeel and herring in the North Sea, depend heavily on British waters.\n\n"
            "Dutch agriculture and fisheries minister Femke Wiersma said the Netherlands wanted a stable arrangement "
            "lasting many years, and that the fishing communities of the Dutch coast should not pay the price for a "
            "broader reset.\n\n"
            "The Commission, which negotiates on behalf of member states, is expected to set out its own approach "
            "to the talks with Britain in the coming weeks.\n\n"
            "The Danish fishermen's association said in a statement that anything short of a permanent deal would "
            "be a failure. Its Dutch counterpart has called for a guarantee lasting until at least 2040.\n\n"
            "British officials declined to comment on the ministers' remarks."
        ),
        claims=[
            claim("denmark", "uk-abandons-annual-fish-talks", S,
                  "Copenhagen could not accept a return to negotiating access year by year"),
            claim("netherlands", "uk-abandons-annual-fish-talks", S,
                  "the Netherlands wanted a stable arrangement lasting many years"),
        ],
    ),
    # 014  SHIFT uk-government youth oppose -> conditional
    dict(
        published="2025-04-23T14:00:00Z",
        outlet="channel-wire",
        title="Britain U-turns on youth mobility, ready to sign EU scheme",
        text=(
            "LONDON, April 23 (Channel Wire) - Britain is open to a youth experience scheme with the European Union "
            "as long as it is capped and time-limited, Nick Thomas-Symonds said on Wednesday, the clearest sign yet "
            "that London is willing to move on one of Brussels' main demands ahead of next month's summit.\n\n"
            "The minister for EU relations told broadcasters the government would look at proposals that gave young "
            "people a chance to work and travel, but only if numbers were controlled and stays were limited. Any "
            "arrangement would not be a return to free movement, he said.\n\n"
            "He added that Brussels had made clear it wanted a scheme and that both sides understood the "
            "sensitivities.\n\n"
            "Only last autumn the government said it had no plans for any such arrangement. Officials in London "
            "stressed that no decision on numbers had been taken.\n\n"
            "Conservative leader Kemi Badenoch said the change showed Labour could not be trusted on immigration and "
            "that her party would oppose any youth scheme.\n\n"
            "EU diplomats welcomed the remarks but noted that the bloc's original proposal envisaged stays of up to "
            "four years, much longer than London was likely to accept."
        ),
        claims=[
            claim("uk-government", "youth-mobility-scheme", C,
                  "Britain is open to a youth experience scheme with the European Union"),
            claim("eu", "youth-mobility-scheme", S,
                  "Brussels had made clear it wanted a scheme", False),
            claim("conservatives", "youth-mobility-scheme", O,
                  "her party would oppose any youth scheme"),
        ],
    ),
    # 015
    dict(
        published="2025-05-06T17:00:00Z",
        outlet="marlow-bulletin",
        title="EU hardens fishing demands two weeks before London summit",
        text=(
            "BRUSSELS, May 6 (Marlow Bulletin) - The European Union will not agree any summit package unless it "
            "includes long-term access for EU fishing boats to British waters, Maros Sefcovic told ambassadors of "
            "the 27 member states on Tuesday, according to a statement from his office.\n\n"
            "The statement said the Commission also expected any agrifood agreement to keep Britain in step with EU "
            "food safety rules as they change, with the EU's top court having the final word on their "
            "interpretation.\n\n"
            "EU diplomats said that Britain had offered to extend access for about four years, if Brussels agreed a "
            "veterinary deal, far short of the decade or more sought by some member states. One diplomat described "
            "the gap as wide but bridgeable.\n\n"
            "Asked whether the bloc would lower its demands on a youth scheme in exchange, a Commission "
            "spokesperson declined to say.\n\n"
            "The summit is due to take place at Lancaster House in London on May 19. Officials on both sides said a "
            "joint statement and a defence pact were likely to be ready, but that several chapters remained open."
        ),
        claims=[
            claim("eu", "uk-abandons-annual-fish-talks", S,
                  "will not agree any summit package unless it includes long-term access for EU fishing boats"),
            claim("eu", "sps-dynamic-alignment", S,
                  "expected any agrifood agreement to keep Britain in step with EU food safety rules"),
            claim("uk-government", "uk-abandons-annual-fish-talks", C,
                  "Britain had offered to extend access for about four years, if Brussels agreed", False),
        ],
    ),
    # 016
    dict(
        published="2025-05-12T12:20:00Z",
        outlet="beacon-dispatch",
        title="Badenoch and Farage warn Starmer against 'surrender' at EU summit",
        text=(
            "LONDON, May 12 (Beacon Dispatch) - Conservative leader Kemi Badenoch warned Keir Starmer on Monday not "
            "to sign what she called a surrender deal at next week's summit with the European Union, saying her "
            "party would oppose any agreement that made Britain follow EU food rules.\n\n"
            "Badenoch said dynamic alignment would turn Britain into a rule-taker with no vote on the rules it must "
            "obey. She also said the Conservatives would not accept any extension of EU access to British fishing "
            "waters beyond 2026.\n\n"
            "Nigel Farage, whose Reform UK party made large gains in this month's local elections, said a youth "
            "scheme would be free movement under another name and that Reform would campaign against it. He has "
            "promised to make fishing a central theme of his party's campaign in coastal towns.\n\n"
            "Government ministers say the summit will be good for jobs and security, and that critics are repeating "
            "arguments from the Brexit referendum.\n\n"
            "Separately, ministers set out plans for reform of planning rules, which they said would speed up house "
            "building and the approval of new power lines."
        ),
        claims=[
            claim("conservatives", "sps-dynamic-alignment", O,
                  "her party would oppose any agreement that made Britain follow EU food rules"),
            claim("conservatives", "uk-abandons-annual-fish-talks", O,
                  "the Conservatives would not accept any extension of EU access to British fishing waters"),
            claim("reform-uk", "youth-mobility-scheme", O,
                  "a youth scheme would be free movement under another name"),
        ],
    ),
    # 017  SHIFT uk-government fish oppose -> conditional
    dict(
        published="2025-05-16T15:40:00Z",
        outlet="tidewater-post",
        title="Starmer offers longer fishing access in return for food deal, as Macron keeps up pressure",
        text=(
            "TIRANA, May 16 (Tidewater Post) - Keir Starmer said on Friday that Britain was ready to give European "
            "boats longer access to its waters in exchange for an agrifood deal that removes most checks on British "
            "food exports, three days before his summit with EU leaders in London.\n\n"
            "Speaking on the sidelines of a European Political Community meeting in the Albanian capital, the prime "
            "minister said any extension would have to be matched by real gains for farmers and food producers. He "
            "said he was confident a deal could be reached by Monday.\n\n"
            "French President Emmanuel Macron, also in Tirana, said France's support for a defence partnership with "
            "Britain still depended on a fair outcome for French fishermen. He told reporters that Paris wanted "
            "access secured for the long term.\n\n"
            "Officials said negotiators would work through the weekend. Several diplomats guessed the final figure "
            "for fishing access would fall somewhere between the British offer and the EU's demand, but none would "
            "put a number on it."
        ),
        claims=[
            claim("uk-government", "uk-abandons-annual-fish-talks", C,
                  "longer access to its waters in exchange for an agrifood deal"),
            claim("france", "security-defence-pact", C,
                  "France's support for a defence partnership with Britain still depended on a fair outcome"),
            claim("france", "uk-abandons-annual-fish-talks", S,
                  "Paris wanted access secured for the long term"),
        ],
    ),
    # 018  SHIFT uk-government fish conditional -> support (duplicate pair with 019)
    dict(
        published="2025-05-19T13:00:00Z",
        outlet="channel-wire",
        title="Britain and EU seal reset deal: defence pact, food rules and 12 years of fishing access",
        text=(
            "LONDON, May 19 (Channel Wire) - Britain and the European Union agreed on Monday to a defence and "
            "security partnership, a deal to ease food trade and a 12-year extension of EU fishing access to British "
            "waters, at the first summit between the two sides since Brexit.\n\n"
            "Speaking at Lancaster House alongside Ursula von der Leyen and Antonio Costa, Keir Starmer defended "
            "giving EU boats access until 2038. He said Britain was right to track EU food and animal-health rules "
            "as they change, because the agrifood agreement would cut checks and costs.\n\n"
            "Von der Leyen said the deal gave fishermen on both sides the certainty they had asked for, and called "
            "the security and defence partnership a new chapter. Officials said British participation in the EU's "
            "planned defence loan fund would be the subject of separate talks.\n\n"
            "The two sides also agreed to work towards a youth experience scheme. Starmer stressed it would be "
            "capped and time-limited and was not a return to free movement. The Commission president said she was "
            "glad young people would have new chances to live and work abroad.\n\n"
            "Officials will now negotiate the legal texts, which will need approval from the European Parliament and "
            "member states."
        ),
        claims=[
            claim("uk-government", "security-defence-pact", S,
                  "Britain and the European Union agreed on Monday to a defence and security partnership"),
            claim("eu", "sps-dynamic-alignment", S,
                  "a deal to ease food trade"),
            claim("uk-government", "uk-abandons-annual-fish-talks", S,
                  "defended giving EU boats access until 2038"),
            claim("uk-government", "sps-dynamic-alignment", S,
                  "Britain was right to track EU food and animal-health rules as they change"),
            claim("eu", "uk-abandons-annual-fish-talks", S,
                  "the deal gave fishermen on both sides the certainty they had asked for"),
            claim("eu", "security-defence-pact", S,
                  "called the security and defence partnership a new chapter"),
            claim("uk-government", "youth-mobility-scheme", C,
                  "would be capped and time-limited and was not a return to free movement"),
            claim("eu", "youth-mobility-scheme", S,
                  "glad young people would have new chances to live and work abroad"),
        ],
    ),
    # 019 (copy of 018)
    dict(
        published="2025-05-19T14:10:00Z",
        outlet="marlow-bulletin",
        title="Starmer trades 12 years of fishing access for EU food deal at London summit",
        text=(
            "LONDON, May 19 (Marlow Bulletin) - The European Union and Britain agreed on Monday to a security and "
            "defence partnership, an agreement to smooth trade in food and a 12-year extension of EU boats' access to "
            "British waters, at their first summit since Brexit.\n\n"
            "At a news conference at Lancaster House with Ursula von der Leyen and Antonio Costa, Keir Starmer "
            "defended giving EU boats access until 2038. He said Britain was right to track EU food and "
            "animal-health rules as they change, since the agrifood deal would reduce checks and costs.\n\n"
            "Von der Leyen said the deal gave fishermen on both sides the certainty they had asked for, and she "
            "called the security and defence partnership a new chapter for Europe. British participation in the "
            "EU's planned defence loan fund will be negotiated separately, officials said.\n\n"
            "The leaders further agreed to work towards a youth experience scheme, which Starmer said would be "
            "capped and time-limited and was not a return to free movement. Von der Leyen said she was glad young "
            "people would have new chances to live and work abroad.\n\n"
            "The legal texts still have to be negotiated and approved by member states and the European Parliament."
        ),
        claims=("copy-of-018", {
            ("uk-government", "security-defence-pact"):
                "The European Union and Britain agreed on Monday to a security and defence partnership",
            ("eu", "sps-dynamic-alignment"): "an agreement to smooth trade in food",
        }),
    ),
    # 020  SHIFT france security-defence-pact conditional -> support
    dict(
        published="2025-05-19T16:30:00Z",
        outlet="continental-ledger",
        title="Macron hails EU-UK defence pact after fishing win",
        text=(
            "PARIS, May 19 (Continental Ledger) - Emmanuel Macron on Monday gave his full backing to the new security "
            "and defence partnership between the European Union and Britain, after French fishermen secured "
            "guaranteed access to British waters until 2038.\n\n"
            "The Elysee said in a statement that the president welcomed the pact as a major step for European "
            "security and that France would work to put it into practice quickly. Macron had for weeks tied his "
            "approval to a fishing settlement.\n\n"
            "The statement said the 12-year arrangement gave French fleets the visibility they had sought and ended "
            "the yearly uncertainty over access. It did not mention the youth scheme.\n\n"
            "In Copenhagen, Denmark's fisheries minister Jacob Jensen said he was satisfied with the outcome, calling "
            "long-term access a good result for Danish fishermen. Dutch officials were more cautious, saying they "
            "would study the details before commenting.\n\n"
            "French fishing organisations gave the deal a mixed reception, with some saying the number of licences, "
            "not the length of access, was what mattered most."
        ),
        claims=[
            claim("france", "security-defence-pact", S,
                  "welcomed the pact as a major step for European security"),
            claim("france", "uk-abandons-annual-fish-talks", S,
                  "gave French fleets the visibility they had sought and ended the yearly uncertainty"),
            claim("denmark", "uk-abandons-annual-fish-talks", S,
                  "calling long-term access a good result for Danish fishermen"),
        ],
    ),
    # 021
    dict(
        published="2025-05-19T19:00:00Z",
        outlet="beacon-dispatch",
        title="Opposition brands EU deal a 'surrender' as Farage vows to fight for fishermen",
        text=(
            "LONDON, May 19 (Beacon Dispatch) - Britain's opposition parties on Monday condemned the agreement "
            "reached with the European Union as a surrender, with Conservative leader Kemi Badenoch pledging to undo "
            "the food and fishing arrangements if her party returns to power.\n\n"
            "Badenoch said Starmer had made Britain a rule-taker again by agreeing to follow EU food standards "
            "without a vote on them. She said handing over British waters for 12 years was a betrayal of coastal "
            "communities.\n\n"
            "Nigel Farage, the leader of Reform UK, said the fishing deal would be the end of the industry in many "
            "ports and that his party would tear it up.\n\n"
            "A government spokesman rejected the criticism, saying the agrifood agreement would cut food prices and "
            "red tape for farmers, and that the Conservatives had left fishermen with a bad deal in 2020.\n\n"
            "Fishing industry groups in Scotland said they were angry, while farmers' groups broadly welcomed the "
            "food agreement. Polls suggest most voters support closer ties with the EU."
        ),
        claims=[
            claim("conservatives", "sps-dynamic-alignment", O,
                  "Starmer had made Britain a rule-taker again by agreeing to follow EU food standards"),
            claim("conservatives", "uk-abandons-annual-fish-talks", O,
                  "handing over British waters for 12 years was a betrayal of coastal communities"),
            claim("reform-uk", "uk-abandons-annual-fish-talks", O,
                  "the fishing deal would be the end of the industry in many ports"),
            claim("uk-government", "sps-dynamic-alignment", S,
                  "the agrifood agreement would cut food prices and red tape for farmers"),
        ],
    ),
    # 022  SHIFT uk-government erasmus oppose -> conditional
    dict(
        published="2025-05-20T10:30:00Z",
        outlet="tidewater-post",
        title="Britain opens door to Erasmus return, but says price must be right",
        text=(
            "LONDON, May 20 (Tidewater Post) - Britain will work towards rejoining the Erasmus+ student exchange "
            "programme, but only if the financial terms are fair to British taxpayers, Nick Thomas-Symonds said on "
            "Tuesday, a day after the summit with the European Union.\n\n"
            "The minister for EU relations told a radio interviewer that the government had agreed at the summit to "
            "explore association with the programme, which Britain left after Brexit. He said the cost of joining "
            "would have to reflect the number of students who actually took part.\n\n"
            "A European Commission spokesperson said the EU would be pleased to welcome Britain back into Erasmus+ "
            "and that talks on terms would start soon.\n\n"
            "Thomas-Symonds declined to say how much Britain expected to pay.\n\n"
            "University leaders welcomed the news. The Liberal Democrats said the government should go further and "
            "rejoin the single market."
        ),
        claims=[
            claim("uk-government", "uk-rejoins-erasmus", C,
                  "will work towards rejoining the Erasmus+ student exchange programme, but only if"),
            claim("eu", "uk-rejoins-erasmus", S,
                  "the EU would be pleased to welcome Britain back into Erasmus+"),
        ],
    ),
    # 023
    dict(
        published="2025-05-27T15:00:00Z",
        outlet="marlow-bulletin",
        title="EU adopts SAFE defence fund; British role to be negotiated",
        text=(
            "BRUSSELS, May 27 (Marlow Bulletin) - European Union governments on Tuesday formally adopted the 150 "
            "billion euro SAFE defence loan instrument, opening the way for talks on how far Britain can take "
            "part.\n\n"
            "Under the rules, companies from outside the EU can supply up to 35 percent of the value of a project's "
            "components. A country such as Britain can go further only by signing a separate deal with the bloc, and "
            "the Commission said such a deal would require a fair financial contribution.\n\n"
            "France's foreign ministry said it supported British participation in the fund, as long as the "
            "contribution was substantial and the European preference was respected.\n\n"
            "In London, Defence Secretary John Healey said Britain wanted to take part and hoped to conclude an "
            "agreement within months.\n\n"
            "EU officials said talks could begin in June, and that Canada had also expressed interest in joining."
        ),
        claims=[
            claim("eu", "uk-joins-safe", C,
                  "such a deal would require a fair financial contribution"),
            claim("france", "uk-joins-safe", C,
                  "supported British participation in the fund, as long as the contribution was substantial"),
            claim("uk-government", "uk-joins-safe", S,
                  "Britain wanted to take part and hoped to conclude an agreement within months"),
        ],
    ),
    # 024
    dict(
        published="2025-06-25T14:30:00Z",
        outlet="channel-wire",
        title="NATO allies back higher spending target at The Hague summit",
        text=(
            "THE HAGUE, June 25 (Channel Wire) - NATO leaders meeting in The Hague on Wednesday agreed to raise their "
            "defence and security spending target to 5 percent of economic output by 2035, a commitment pushed hard "
            "by U.S. President Donald Trump.\n\n"
            "Dutch Prime Minister Dick Schoof, the host, said the summit had shown the alliance could still take "
            "difficult decisions together. Keir Starmer said Britain would meet the target and confirmed plans to "
            "buy F-35A jets able to carry nuclear weapons.\n\n"
            "The leaders' declaration said little about the European Union. Kaja Kallas, the EU's foreign policy "
            "chief, attended a dinner on the eve of the summit but did not speak to reporters.\n\n"
            "Some analysts said the new target would increase pressure on Britain to settle the terms of its "
            "participation in the EU's SAFE loan fund, while others doubted the talks would make progress before the "
            "autumn. A British official declined to say when the next round of negotiations would take place."
        ),
        claims=[],
    ),
    # 025
    dict(
        published="2025-07-10T17:00:00Z",
        outlet="continental-ledger",
        title="Macron and Starmer tighten defence ties on state visit",
        text=(
            "NORTHWOOD, July 10 (Continental Ledger) - Emmanuel Macron and Keir Starmer agreed on Thursday to "
            "coordinate their nuclear deterrents more closely and announced a pilot scheme to return some migrants "
            "who cross the Channel in small boats, on the last day of the French president's state visit to "
            "Britain.\n\n"
            "Speaking at the military headquarters at Northwood, Macron said the partnership agreed between the "
            "European Union and Britain in May had made Europe stronger and that France would push for it to be "
            "deepened.\n\n"
            "Asked about British participation in the EU's SAFE defence fund, Macron said British companies belonged "
            "in European defence projects as long as the fund's rules kept most of the benefit inside the Union. He "
            "did not comment on the size of any fee.\n\n"
            "Starmer described the returns pilot as a breakthrough, while Macron said it would be tested before any "
            "expansion. French officials have pushed London for months to offer legal routes for asylum seekers in "
            "return, a demand Britain has partly accepted.\n\n"
            "Critics in both countries questioned whether the migrant scheme would deter crossings."
        ),
        claims=[
            claim("france", "security-defence-pact", S,
                  "the partnership agreed between the European Union and Britain in May had made Europe stronger"),
            claim("france", "uk-joins-safe", C,
                  "British companies belonged in European defence projects as long as the fund's rules"),
        ],
    ),
    # 026
    dict(
        published="2025-09-09T12:00:00Z",
        outlet="beacon-dispatch",
        title="Britain and EU open talks on defence fund, with fee the sticking point",
        text=(
            "BRUSSELS, Sept 9 (Beacon Dispatch) - Britain and the European Union held a formal round of talks on "
            "Tuesday on British participation in the SAFE defence loan fund, with the size of London's financial "
            "contribution emerging as the main sticking point.\n\n"
            "Nick Thomas-Symonds, who leads for Britain, said the government wanted British industry inside the "
            "scheme and expected a deal to be reached in the autumn. He said British firms had a great deal to offer "
            "Europe's rearmament.\n\n"
            "Maros Sefcovic said the EU was ready to welcome Britain, provided it paid an entry fee that reflected "
            "the benefits of access. He did not give a figure.\n\n"
            "EU diplomats said France was pressing for a high fee and for tight limits on the share of British "
            "components, while Germany and Poland favoured a more generous approach. Paris has not commented "
            "publicly on the talks.\n\n"
            "The first loans under the fund are expected to be approved by the end of the year. Analysts said British "
            "defence companies could still bid for some contracts as outside suppliers even without a deal."
        ),
        claims=[
            claim("uk-government", "uk-joins-safe", S,
                  "the government wanted British industry inside the scheme"),
            claim("eu", "uk-joins-safe", C,
                  "the EU was ready to welcome Britain, provided it paid an entry fee"),
            claim("france", "uk-joins-safe", C,
                  "France was pressing for a high fee", False),
        ],
    ),
    # 027
    dict(
        published="2025-10-02T15:20:00Z",
        outlet="tidewater-post",
        title="European leaders meet in Copenhagen amid drone alarm",
        text=(
            "COPENHAGEN, Oct 2 (Tidewater Post) - Leaders from across Europe gathered in Copenhagen on Thursday for a "
            "meeting of the European Political Community, held under heavy security after a series of unexplained "
            "drone sightings over Danish airports last month.\n\n"
            "Danish Prime Minister Mette Frederiksen, the host, said Europe faced a hybrid threat and needed to "
            "respond together. The discussions focused on air defence, support for Ukraine and migration.\n\n"
            "Keir Starmer attended the meeting and held talks with several leaders on the sidelines. His spokesman "
            "declined to say whether the terms of Britain's entry into the EU's defence loan fund had come up, saying "
            "only that the talks were continuing.\n\n"
            "Some diplomats speculated that a deal on the fund could be struck within weeks, while others said the "
            "two sides remained far apart on money. Would London walk away if the price stayed high? One official "
            "said nobody yet knew.\n\n"
            "A dinner for leaders was held at Christiansborg Palace, the seat of the Danish parliament."
        ),
        claims=[],
    ),
    # 028
    dict(
        published="2025-10-21T11:00:00Z",
        outlet="marlow-bulletin",
        title="Government defends EU food rules deal as Tories and Reform vow to scrap it",
        text=(
            "LONDON, Oct 21 (Marlow Bulletin) - Nick Thomas-Symonds on Tuesday defended the government's plan to "
            "align Britain with European Union food and animal-health rules, telling lawmakers that the agrifood "
            "agreement would save exporters hundreds of millions of pounds a year.\n\n"
            "The minister said following EU rules as they change was a price worth paying for an end to most border "
            "checks, and that Britain would have a say as the rules were drawn up, though not a vote. Negotiators are "
            "working on a legal text that the government hopes to finish next year.\n\n"
            "Conservative shadow ministers said their party would scrap the deal, arguing that it would stop Britain "
            "from striking trade agreements that cover food. Kemi Badenoch has called it the worst part of the "
            "summit package.\n\n"
            "Reform UK's deputy leader Richard Tice said his party would also withdraw from the agreement if it won "
            "power, calling it a betrayal of Brexit.\n\n"
            "The National Farmers' Union backed the deal but asked for more detail on how it would work."
        ),
        claims=[
            claim("uk-government", "sps-dynamic-alignment", S,
                  "following EU rules as they change was a price worth paying"),
            claim("conservatives", "sps-dynamic-alignment", O,
                  "their party would scrap the deal"),
            claim("reform-uk", "sps-dynamic-alignment", O,
                  "his party would also withdraw from the agreement if it won power"),
        ],
    ),
    # 029  SHIFT uk-government SAFE support -> conditional
    dict(
        published="2025-11-14T18:00:00Z",
        outlet="channel-wire",
        title="Britain walks away from EU defence fund",
        text=(
            "LONDON, Nov 14 (Channel Wire) - Talks on Britain joining the European Union's SAFE defence loan fund "
            "broke down on Friday after the two sides failed to agree how much London should pay, officials said.\n\n"
            "Nick Thomas-Symonds said Britain remained willing to take part, but only on terms that offered value for "
            "money for taxpayers, and that it would not join at any price. He said British firms could still compete "
            "for contracts under the fund's rules for outside suppliers.\n\n"
            "A Commission spokesperson said the door remained open if Britain was ready to make a contribution in "
            "line with the benefits it would receive. EU diplomats said Paris had pushed hardest for a high entry "
            "fee, and that the figure asked of Britain had run into billions of euros.\n\n"
            "The Conservatives said the collapse showed the reset had been one-sided from the start. Industry groups "
            "said the outcome was disappointing but not the end of cooperation.\n\n"
            "The fund's first loans to member states are expected to be approved in the coming weeks."
        ),
        claims=[
            claim("uk-government", "uk-joins-safe", C,
                  "willing to take part, but only on terms that offered value for money for taxpayers"),
            claim("eu", "uk-joins-safe", C,
                  "the door remained open if Britain was ready to make a contribution"),
            claim("france", "uk-joins-safe", C,
                  "Paris had pushed hardest for a high entry fee", False),
        ],
    ),
    # 030
    dict(
        published="2025-11-20T13:15:00Z",
        outlet="continental-ledger",
        title="Kallas says EU-UK defence partnership on track despite fund setback",
        text=(
            "BRUSSELS, Nov 20 (Continental Ledger) - Kaja Kallas, the European Union's foreign policy chief, said on "
            "Thursday that the security and defence partnership with Britain remained a priority for the bloc, "
            "despite the collapse of talks on London's entry into the SAFE loan fund last week.\n\n"
            "She told reporters before a meeting of EU defence ministers that the partnership was working well, "
            "pointing to joint exercises and information sharing. On SAFE, she said the EU would be ready to try "
            "again if London accepted a fair contribution.\n\n"
            "British Defence Secretary John Healey said in a statement that Britain would not pay over the odds to "
            "join the fund but would stay open to a deal that was good for British taxpayers.\n\n"
            "Diplomats said no new round of talks was scheduled. Some predicted that the issue would come back next "
            "year, when the EU starts designing a larger defence budget.\n\n"
            "Healey is due in Brussels next month for a meeting with European counterparts."
        ),
        claims=[
            claim("eu", "security-defence-pact", S,
                  "the security and defence partnership with Britain remained a priority for the bloc"),
            claim("eu", "uk-joins-safe", C,
                  "the EU would be ready to try again if London accepted a fair contribution"),
            claim("uk-government", "uk-joins-safe", C,
                  "would not pay over the odds to join the fund but would stay open"),
        ],
    ),
    # 031
    dict(
        published="2025-12-11T16:50:00Z",
        outlet="tidewater-post",
        title="Fisheries ministers warn against reopening UK access deal as Farage vows to scrap it",
        text=(
            "BRUSSELS, Dec 11 (Tidewater Post) - Danish and Dutch ministers, meeting EU counterparts in Brussels on "
            "Thursday to set next year's catch limits, warned Britain's opposition parties against any attempt to unpick the deal "
            "that guarantees EU boats access to British waters until 2038.\n\n"
            "Denmark's fisheries minister Jacob Jensen said Copenhagen would not stand by if a future British "
            "government tried to bring back annual negotiations on access. He said the long-term arrangement had "
            "given Danish fleets the certainty they had lacked for years.\n\n"
            "The Dutch delegation said in a statement that the Netherlands valued the stability of the agreement and "
            "expected it to be respected in full.\n\n"
            "Nigel Farage, speaking in Grimsby on Thursday, repeated that a Reform government would tear up the "
            "fishing deal on its first day in office. His party leads most national opinion polls.\n\n"
            "Annual talks on catch limits, which set how much of each stock can be landed, continue under the 2020 "
            "trade agreement and are separate from the question of access.\n\n"
            "Asked whether Britain might reopen the access arrangement, a British official said the government had "
            "no intention of doing so."
        ),
        claims=[
            claim("denmark", "uk-abandons-annual-fish-talks", S,
                  "would not stand by if a future British government tried to bring back annual negotiations"),
            claim("netherlands", "uk-abandons-annual-fish-talks", S,
                  "the Netherlands valued the stability of the agreement and expected it to be respected"),
            claim("reform-uk", "uk-abandons-annual-fish-talks", O,
                  "a Reform government would tear up the fishing deal on its first day"),
            claim("uk-government", "uk-abandons-annual-fish-talks", S,
                  "the government had no intention of doing so"),
        ],
    ),
    # 032  SHIFT uk-government erasmus conditional -> support
    dict(
        published="2025-12-17T12:00:00Z",
        outlet="beacon-dispatch",
        title="Britain to rejoin Erasmus+ from 2027",
        text=(
            "LONDON, Dec 17 (Beacon Dispatch) - Britain will rejoin the European Union's Erasmus+ exchange programme "
            "from 2027, the government announced on Wednesday, reversing one of the most criticised consequences of "
            "Brexit for young people.\n\n"
            "Nick Thomas-Symonds said the agreement struck with the European Commission offered a fair price and "
            "would let students, apprentices and teachers study and train across Europe. He described it as a good "
            "deal for taxpayers and for young people.\n\n"
            "The Commission said it was delighted to welcome Britain back into the programme.\n\n"
            "Thomas-Symonds said talks on a youth experience scheme were continuing, and repeated that any scheme "
            "would have to be capped and could not amount to free movement.\n\n"
            "The Conservatives criticised the cost of the deal, and a party spokesman said a Conservative government "
            "would not keep paying into the programme.\n\n"
            "Universities said the decision would help recruitment and research links. Students from Europe will be "
            "able to come to Britain under the programme from the 2027 academic year."
        ),
        claims=[
            claim("uk-government", "uk-rejoins-erasmus", S,
                  "Britain will rejoin the European Union's Erasmus+ exchange programme from 2027"),
            claim("eu", "uk-rejoins-erasmus", S,
                  "delighted to welcome Britain back into the programme"),
            claim("uk-government", "youth-mobility-scheme", C,
                  "any scheme would have to be capped and could not amount to free movement"),
            claim("conservatives", "uk-rejoins-erasmus", O,
                  "a Conservative government would not keep paying into the programme"),
        ],
    ),
]

# Labelled shifts: (actor, issue, from, to, article, why).
SHIFTS = [
    ("uk-government", "youth-mobility-scheme", O, C, "014",
     "Thomas-Symonds says Britain is open to a capped, time-limited youth experience scheme; until then "
     "(003, 004, 007, 009) the government said it had no plans for one and denied preparing one."),
    ("uk-government", "uk-abandons-annual-fish-talks", O, C, "017",
     "Starmer offers EU boats longer access in exchange for an agrifood deal; in 008 and 012 ministers refused "
     "to give away long-term access. The four-year offer reported by EU diplomats in 015 is attributed: false "
     "and does not move the stance."),
    ("uk-government", "uk-abandons-annual-fish-talks", C, S, "018",
     "At the London summit Starmer defends granting EU boats access until 2038 (an agreed deal, no longer an "
     "offer). 019 is the same story from a second outlet and must not alert again."),
    ("france", "security-defence-pact", C, S, "020",
     "The Elysee welcomes the signed security and defence partnership without conditions; in 012 and 017 France "
     "tied its support to a fishing settlement."),
    ("uk-government", "uk-rejoins-erasmus", O, C, "022",
     "Thomas-Symonds says Britain will work towards rejoining Erasmus+ but only on fair financial terms; in 005 "
     "the government had no plans to rejoin."),
    ("uk-government", "uk-joins-safe", S, C, "029",
     "After the fee talks collapse Thomas-Symonds says Britain will take part only on value-for-money terms and "
     "not at any price; before (011, 023, 026) it simply wanted in."),
    ("uk-government", "uk-rejoins-erasmus", C, S, "032",
     "The government announces Britain will rejoin Erasmus+ from 2027 at what it calls a fair price; in 022 it "
     "was only working towards it on conditions."),
]

DUPLICATES = [("009", "010"), ("018", "019")]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def slugify(title):
    words = re.sub(r"[^a-z0-9 ]+", " ", title.lower().replace("'", "")).split()
    return "-".join(words[:9])


def parse_watchlist(path):
    """Minimal reader for this set's watchlist.yaml: actor ids, issue ids and the baseline rows."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            top = re.match(r"^([a-z_]+):\s*$", line)
            if top:
                section = top.group(1)
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section == "actors":
                actors.append(m.group(1))
            elif m and section == "issues":
                issues.append(m.group(1))
            b = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if b and section == "baseline":
                baseline.append(b.groups())
    return actors, issues, baseline


def build():
    arts = []
    for i, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        published = dt.datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        url = "https://example.org/%s/%s/%s" % (a["outlet"], published.strftime("%Y/%m/%d"), slugify(a["title"]))
        arts.append(dict(id=aid, published=a["published"], dt=published, outlet=a["outlet"],
                         source=OUTLETS[a["outlet"]], url=url, title=a["title"], text=a["text"],
                         claims=a["claims"]))
    by_id = {a["id"]: a for a in arts}
    for a in arts:
        if isinstance(a["claims"], tuple):
            # a duplicate copy: the original's claims, with quotes replaced where the wording differs
            ref, quotes = a["claims"]
            a["claims"] = [dict(c, quote=quotes.get((c["actor"], c["issue"]), c["quote"]))
                           for c in by_id[ref.split("-")[-1]]["claims"]]
    return arts


def write(arts):
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in arts:
        doc = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=2, ensure_ascii=False)
            f.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted([a for a in arts if a["outlet"] == slug], key=lambda a: a["dt"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>"
               % (escape(name), SET_NAME),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % email.utils.format_datetime(items[0]["dt"], usegmt=True)]
        for a in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(a["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                    "      <pubDate>%s</pubDate>" % email.utils.format_datetime(a["dt"], usegmt=True),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    shift_articles = sorted({s[4] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: a["claims"] for a in arts},
        "shifts": [dict(actor=s[0], issue=s[1], **{"from": s[2]}, to=s[3], article=s[4], why=s[5]) for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return labels


def validate(arts, labels):
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist: %d actors, want 5-8" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist: %d issues, want 5-7" % len(issues))
    for actor, issue, stance in baseline:
        if actor not in actors or issue not in issues or stance not in (S, O, C):
            errors.append("baseline row unknown: %s %s %s" % (actor, issue, stance))

    # ids follow publication order
    for i, a in enumerate(arts):
        if a["id"] != "%03d" % (i + 1):
            errors.append("bad id %s" % a["id"])
        if i and not arts[i - 1]["dt"] < a["dt"]:
            errors.append("%s not after %s" % (a["id"], arts[i - 1]["id"]))

    dateline = re.compile(r"^[A-Z][A-Z .'-]*[A-Z], (%s) (\d{1,2}) \((.+?)\) - \S" % "|".join(MONTHS.values()))
    for a in arts:
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            errors.append("%s: %d words" % (a["id"], words))
        m = dateline.match(a["text"])
        if not m:
            errors.append("%s: no dateline" % a["id"])
        else:
            if m.group(3) != a["source"]:
                errors.append("%s: dateline outlet %r" % (a["id"], m.group(3)))
            if m.group(1) != MONTHS[a["dt"].month] or int(m.group(2)) != a["dt"].day:
                errors.append("%s: dateline date does not match published" % a["id"])
        seen = set()
        for c in a["claims"]:
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in (S, O, C):
                errors.append("%s: bad stance %s" % (a["id"], c["stance"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s: attributed not bool" % a["id"])
            if c["quote"] not in a["text"]:
                errors.append("%s: quote not in text: %r" % (a["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (a["id"], c["quote"]))
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append("%s: two claims for %s/%s" % (a["id"], *key))
            seen.add(key)

    # duplicates carry identical claims
    for orig, copy in DUPLICATES:
        t = lambda aid: sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][aid])
        if t(orig) != t(copy):
            errors.append("duplicate %s/%s claims differ" % (orig, copy))

    # recompute shifts: prevailing stance = last attributed labelled stance, starting from baseline
    prevailing = {(a_, i_): s_ for a_, i_, s_ in baseline}
    computed = []
    for a in arts:
        for c in a["claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            before = prevailing.get(key)
            if before is not None and before != c["stance"]:
                computed.append((c["actor"], c["issue"], before, c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if computed != labelled:
        errors.append("shifts differ:\n  computed %s\n  labelled %s" % (computed, labelled))

    shift_articles = {s["article"] for s in labels["shifts"]}
    want_no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != want_no_alert:
        errors.append("no_alert_articles wrong")
    if set(labels["claims"]) != {a["id"] for a in arts}:
        errors.append("claims must list every article")

    for slug in OUTLETS:
        path = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint %s: %s" % (slug, r.stderr.strip()))
    return errors


def summary(arts, labels):
    claims = [c for a in arts for c in a["claims"]]
    stances = {s: sum(c["stance"] == s for c in claims) for s in (S, O, C)}
    per_outlet = {OUTLETS[o]: sum(a["outlet"] == o for a in arts) for o in OUTLETS}
    print("articles: %d %s" % (len(arts), per_outlet))
    print("claims: %d %s, attributed false: %d" % (len(claims), stances, sum(not c["attributed"] for c in claims)))
    print("shifts: %d in articles %s" % (len(labels["shifts"]), [s["article"] for s in labels["shifts"]]))
    print("no-claim articles: %s" % [a["id"] for a in arts if not a["claims"]])
    print("words: min %d max %d" % (min(len(a["text"].split()) for a in arts),
                                    max(len(a["text"].split()) for a in arts)))


def main():
    arts = build()
    labels = write(arts)
    errors = validate(arts, labels)
    summary(arts, labels)
    if errors:
        print("FAILED:")
        for e in errors:
            print(" -", e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
