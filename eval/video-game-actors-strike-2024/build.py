#!/usr/bin/env python3
"""Build the shiftwatch blind evaluation set video-game-actors-strike-2024.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml, labels.json, and validates the set
against watchlist.yaml (which is maintained by hand next to this script).

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
TOPIC = "video-game-actors-strike-2024"

OUTLETS = {
    "lantern-wire": "Lantern Wire",
    "westcoast-ledger": "Westcoast Ledger",
    "playfield-post": "Playfield Post",
    "atlantic-signal": "Atlantic Signal",
    "soundstage-daily": "Soundstage Daily",
}

S, O, C = "support", "oppose", "conditional"

# Each article: id, published (UTC), outlet, slug, title, paragraphs, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    {
        "id": "001", "published": "2024-07-25T22:30:00Z", "outlet": "lantern-wire",
        "slug": "game-performers-to-strike-over-ai",
        "title": "Video game performers to strike over AI after 18 months of talks",
        "paras": [
            "LOS ANGELES, July 25 (Lantern Wire) - SAG-AFTRA said on Thursday that its members who work in video games will walk off the job at 12:01 a.m. on Friday, after nearly two years of bargaining with the industry's largest companies ended without a new contract.",
            "The strike covers work for Activision Productions, Blindlight, Disney Character Voices, Electronic Arts Productions, Formosa Interactive, Insomniac Games, Llama Productions, Take 2 Productions, VoiceWorks Productions and WB Games under the union's Interactive Media Agreement.",
            "The union said wages and safety were largely settled and that the talks broke down over artificial intelligence. It wants consent and payment rules that cover every performer on the contract, motion capture and stunt performers included. According to the union, the employers would not commit in clear language to protecting all of those performers.",
            "Union president Fran Drescher said members would not accept a contract that let companies misuse the technology. Once the companies were serious about a workable deal, she said, the union would be ready to negotiate.",
            "Audrey Cooling, a spokeswoman for the companies, said their offer already extended consent and fair pay protections to all performers working under the agreement. The companies were disappointed by the walkout and remained prepared to resume negotiations, she said.",
            "Members voted last September to authorise a strike.",
        ],
        "claims": [
            ("sag-aftra", "ai-protections-all-performers", S, "It wants consent and payment rules that cover every performer on the contract", True),
            ("game-companies", "ai-protections-all-performers", O, "the employers would not commit in clear language to protecting all of those performers", False),
            ("sag-aftra", "resume-talks", C, "serious about a workable deal, she said, the union would be ready to negotiate", True),
            ("game-companies", "ai-protections-all-performers", S, "their offer already extended consent and fair pay protections to all performers", True),
            ("game-companies", "resume-talks", S, "remained prepared to resume negotiations", True),
        ],
    },
    {
        "id": "002", "published": "2024-07-26T11:00:00Z", "outlet": "atlantic-signal",
        "slug": "equity-backs-us-game-strike",
        "title": "British actors' union Equity backs US game strike but will not join it",
        "paras": [
            "LONDON, July 26 (Atlantic Signal) - Equity, the British performers' union, said on Friday that it stood in complete solidarity with the strike called by SAG-AFTRA against major video game companies, although UK employment law prevents it from joining the action.",
            "John Barclay, Equity's assistant general secretary, said voice and performance capture artists were central to a multibillion-dollar industry and needed real safeguards against unregulated AI. He described the two unions as partners in a global fight over pay and performers' rights.",
            "Because British law gives no protection to workers who take part in another country's strike, the union advised its members to keep honouring their existing contracts, including work for struck companies. It asked studios operating in Britain to tell performers when a job was being commissioned for one of those companies, and warned against sweeping non-disclosure agreements.",
            "SAG-AFTRA, which wants AI protections that reach every performer on its contract, began its walkout at midnight Pacific time.",
            "Equity also pointed to the generous tax relief that British games studios receive, saying pay for performers had not kept pace with the industry's growth.",
        ],
        "claims": [
            ("equity-uk", "suspend-strike", O, "it stood in complete solidarity with the strike called by SAG-AFTRA", True),
            ("equity-uk", "ai-protections-all-performers", S, "performance capture artists were central to a multibillion-dollar industry and needed real safeguards", True),
            ("sag-aftra", "ai-protections-all-performers", S, "SAG-AFTRA, which wants AI protections that reach every performer on its contract", False),
        ],
    },
    {
        "id": "003", "published": "2024-07-26T19:00:00Z", "outlet": "playfield-post",
        "slug": "explainer-why-game-actors-walked-out",
        "title": "Explainer: why video game actors walked out",
        "paras": [
            "LOS ANGELES, July 26 (Playfield Post) - Picket signs were still being printed on Friday as roughly 2,500 voice actors and motion capture performers began the second video game strike in SAG-AFTRA's history. The first, in 2016 and 2017, lasted almost a year.",
            "The dispute is narrower than last year's Hollywood walkout. Both sides say they have agreed on most of the contract, including pay rises and rest periods. The fight is over generative AI and over who counts as a performer.",
            "Sarah Elmaleh, who chairs the union's negotiating committee, said a year and a half of talks had convinced her that the companies wanted exploitation rather than fair rules. The union says a performer's movements can be captured once and reused by software without consent, so protections must extend to motion and stunt work, not just to recognisable voices.",
            "The companies say they have found common ground on all but one of the union's proposals and that the remaining gap is small. Their spokeswoman, Audrey Cooling, said they were close to a deal and stood ready to return to the table.",
            "Elmaleh said the committee would go back to bargaining once the companies brought an offer that protected everyone.",
        ],
        "claims": [
            ("sag-aftra", "ai-protections-all-performers", S, "protections must extend to motion and stunt work, not just to recognisable voices", True),
            ("game-companies", "resume-talks", S, "stood ready to return to the table", True),
            ("sag-aftra", "resume-talks", C, "would go back to bargaining once the companies brought an offer that protected everyone", True),
        ],
    },
    {
        "id": "004", "published": "2024-07-31T21:00:00Z", "outlet": "westcoast-ledger",
        "slug": "ea-says-strike-will-not-delay-releases",
        "title": "EA says performers' strike will not delay its release slate",
        "paras": [
            "REDWOOD CITY, July 31 (Westcoast Ledger) - Electronic Arts told investors on Tuesday that the video game performers' strike would have no significant short-term effect on its business, because the walkout only applies to games that went into production after September of last year.",
            "Chief executive Andrew Wilson said on the company's quarterly earnings call that the publisher did not expect near-term disruption to its release schedule. He did not address the artificial intelligence terms at the centre of the dispute, and an EA spokesperson declined to say whether the company had changed any recording plans.",
            "Analysts said large publishers with in-house studios and multi-year development cycles were well placed to absorb a long stoppage, and some suggested the strike could take months to show up in release calendars. One analyst guessed the companies might try to settle before the holiday season, but said there was no sign of that yet.",
            "EA's shares were little changed in after-hours trading. Its sports titles, which rely heavily on motion capture, are mostly recorded many months ahead of launch.",
        ],
        "claims": [],
    },
    {
        "id": "005", "published": "2024-08-01T20:00:00Z", "outlet": "soundstage-daily",
        "slug": "striking-performers-picket-wb-games",
        "title": "Striking game performers picket WB Games in Burbank",
        "paras": [
            "BURBANK, Aug 1 (Soundstage Daily) - Several hundred striking video game performers marched outside the WB Games offices in Burbank, California, on Thursday, the first picket since SAG-AFTRA's walkout began last week.",
            "Duncan Crabtree-Ireland, the union's chief negotiator, told reporters on the picket line that there should never have been a second round of this fight. Film studios, streamers and record labels had all agreed to AI protections for the union's members, he said, leaving the game companies isolated.",
            "He said any deal had to cover motion capture performers, whose movements are already feeding AI systems. The strike would continue for as long as it took, he added.",
            "Crabtree-Ireland said the union was ready to return to the bargaining table whenever the companies agreed to protect all performers. No talks have been scheduled.",
            "WB Games did not respond to a request for comment. The picket was planned for three hours in the afternoon, and organisers said the aim was to draw attention to the dispute rather than to disrupt work inside the building.",
        ],
        "claims": [
            ("sag-aftra", "suspend-strike", O, "The strike would continue for as long as it took", True),
            ("sag-aftra", "ai-protections-all-performers", S, "any deal had to cover motion capture performers", True),
            ("sag-aftra", "resume-talks", C, "ready to return to the bargaining table whenever the companies agreed to protect all performers", True),
        ],
    },
    {
        "id": "006", "published": "2024-08-01T23:15:00Z", "outlet": "playfield-post",
        "slug": "game-actors-picket-wb-games-offices",
        "title": "Video game actors take strike to WB Games' doorstep",
        "paras": [
            "BURBANK, Aug 1 (Playfield Post) - Hundreds of video game voice and motion capture actors picketed outside WB Games' offices in Burbank on Thursday afternoon, the first picket of the SAG-AFTRA strike that started last Friday.",
            "Chief negotiator Duncan Crabtree-Ireland said the union should not have had to fight this battle twice. Studios, streaming services and music labels had already accepted AI protections for its members, he said, so the video game companies now stood alone.",
            "He told reporters that any deal had to cover motion capture performers, because their movements are already being used to train AI systems. The strike would continue for as long as it took, he said.",
            "According to Crabtree-Ireland, the union is ready to return to the bargaining table whenever the companies agreed to protect all performers, but no new sessions are on the calendar.",
            "WB Games did not reply to a request for comment. Organisers said the three-hour picket was meant to raise awareness of the strike, not to stop work at the site.",
        ],
        "claims": [
            ("sag-aftra", "suspend-strike", O, "The strike would continue for as long as it took", True),
            ("sag-aftra", "ai-protections-all-performers", S, "any deal had to cover motion capture performers", True),
            ("sag-aftra", "resume-talks", C, "ready to return to the bargaining table whenever the companies agreed to protect all performers", True),
        ],
    },
    {
        "id": "007", "published": "2024-08-15T18:00:00Z", "outlet": "lantern-wire",
        "slug": "smaller-studios-sign-interim-ai-terms",
        "title": "Smaller studios sign union's interim AI terms as game strike grinds on",
        "paras": [
            "LOS ANGELES, Aug 15 (Lantern Wire) - A growing number of game developers have signed interim and tiered-budget agreements with SAG-AFTRA that let them keep hiring union performers during the video game strike, the union said on Thursday.",
            "The agreements include the AI consent and compensation terms the union is seeking in the main contract. SAG-AFTRA said those terms protect every performer on a project, from lead voice actors to the people in motion capture suits, and showed that its demands were workable.",
            "Sarah Elmaleh, chair of the union's negotiating committee, said performers would stay off struck projects and that the union had no plans to call off the walkout. Games whose producers have signed an interim deal are not considered struck, and performers can check a title's status on the union's website.",
            "None of the major companies covered by the strike has signed an interim agreement. A spokeswoman for the bargaining group declined to say whether any of them had asked about one.",
            "An industry consultant said the interim deals could split the employers over time, but called that a guess rather than a forecast.",
        ],
        "claims": [
            ("sag-aftra", "ai-protections-all-performers", S, "those terms protect every performer on a project", True),
            ("sag-aftra", "suspend-strike", O, "the union had no plans to call off the walkout", True),
        ],
    },
    {
        "id": "008", "published": "2024-08-18T17:00:00Z", "outlet": "playfield-post",
        "slug": "stunt-and-mocap-actors-fear-ai-copies",
        "title": "Stunt and motion capture actors say AI could copy them out of work",
        "paras": [
            "LOS ANGELES, Aug 18 (Playfield Post) - For motion capture performers, the worry is not that a machine will steal their voice but that it will learn how they move.",
            "A stunt performer who has worked on several big action franchises said a single session of falls and fight moves could, in principle, be turned by software into hundreds of new animations she would never be paid for. A voice actor who joined her on the picket line said the strike was about making sure the least famous performers got the same rights as the stars.",
            "SAG-AFTRA argues that protection has to be equal for everyone, from stunt workers to leading voice actors. The union says the companies' wording on AI would leave out performers whose work is not instantly recognisable in the finished game.",
            "The companies reject that reading. In a statement this week, spokeswoman Audrey Cooling said their proposal gave every performer under the contract the right to consent and to be paid for digital replicas. She said the offer also allowed studios to keep using advanced tools to make games.",
            "Both sides say that wages and safety terms are largely settled.",
        ],
        "claims": [
            ("sag-aftra", "ai-protections-all-performers", S, "protection has to be equal for everyone, from stunt workers to leading voice actors", True),
            ("game-companies", "ai-protections-all-performers", O, "the companies' wording on AI would leave out performers", False),
            ("game-companies", "ai-protections-all-performers", S, "their proposal gave every performer under the contract the right to consent", True),
        ],
    },
    {
        "id": "009", "published": "2024-08-29T19:00:00Z", "outlet": "westcoast-ledger",
        "slug": "california-lawmakers-send-replica-bill-to-newsom",
        "title": "California lawmakers send AI likeness bill to Newsom",
        "paras": [
            "SACRAMENTO, Aug 29 (Westcoast Ledger) - California lawmakers have given final approval to a bill that would make contract clauses letting a digital replica of a performer stand in for their real work unenforceable, unless the clause describes the intended use in reasonably specific terms and the performer had a lawyer or union representing them.",
            "The measure, AB 2602, was sponsored by SAG-AFTRA, which urged the governor to sign it without delay. A second bill, AB 1836, would require consent from a dead performer's estate before a digital replica is made.",
            "Governor Gavin Newsom has until the end of September to act. His office declined to say whether he would sign the replica bill, and he has not commented on it publicly. Assemblymember Ash Kalra, the bill's author, said its protections would reach workers well beyond Hollywood.",
            "The union has linked the legislation to its fight with the video game companies, where performers have been on strike since July over similar consent questions. A spokeswoman for the companies said the group had no comment on pending state legislation.",
            "If signed, the law would apply to contracts entered into from January.",
        ],
        "claims": [
            ("sag-aftra", "california-replica-law", S, "sponsored by SAG-AFTRA, which urged the governor to sign it without delay", True),
        ],
    },
    {
        "id": "010", "published": "2024-09-17T22:00:00Z", "outlet": "lantern-wire",
        "slug": "newsom-signs-ai-replica-protections",
        "title": "Newsom signs AI replica protections at actors' union headquarters",
        "paras": [
            "LOS ANGELES, Sept 17 (Lantern Wire) - California Governor Gavin Newsom on Tuesday signed two bills that restrict the use of AI-generated replicas of performers, choosing SAG-AFTRA's Los Angeles headquarters as the backdrop.",
            "The first law, AB 2602, voids contract terms that let a digital replica replace a performer's own work unless the intended use is described specifically and the performer was represented in the negotiation. The second, AB 1836, requires an estate's consent before a dead performer is digitally recreated.",
            "In a video released after the signing, Newsom said the state was making sure nobody signed away their name, image and likeness without representation.",
            "Duncan Crabtree-Ireland, the union's chief negotiator, thanked the governor and said no one should have to fear becoming an unpaid digital puppet. Union president Fran Drescher called it a momentous day for members.",
            "Drescher also turned to the union's dispute with video game companies, now in its eighth week. She said the game companies should offer every performer they hire the same consent guarantees that the state now requires.",
            "The new rules apply to contracts signed from Jan. 1.",
        ],
        "claims": [
            ("california", "california-replica-law", S, "signed two bills that restrict the use of AI-generated replicas of performers", True),
            ("sag-aftra", "california-replica-law", S, "the union's chief negotiator, thanked the governor", True),
            ("sag-aftra", "ai-protections-all-performers", S, "the game companies should offer every performer they hire the same consent guarantees", True),
        ],
    },
    {
        "id": "011", "published": "2024-09-30T18:00:00Z", "outlet": "westcoast-ledger",
        "slug": "newsom-vetoes-ai-safety-bill",
        "title": "Newsom vetoes sweeping AI safety bill that actors' union backed",
        "paras": [
            "SACRAMENTO, Sept 30 (Westcoast Ledger) - Governor Gavin Newsom on Sunday vetoed SB 1047, a bill that would have imposed safety testing requirements on developers of the largest artificial intelligence models, dealing a setback to a coalition that included SAG-AFTRA.",
            "In his veto message, Newsom said the bill focused only on the most expensive models and could give the public a false sense of security. Technology companies and several members of Congress had lobbied against it.",
            "SAG-AFTRA said it was disappointed. The union noted, however, that the digital replica law it had championed, AB 2602, was unaffected and would take effect in January, and said it would keep pressing for it to be enforced.",
            "Newsom's office pointed out that the governor had signed more than a dozen other AI bills this month, saying he had shown his commitment to performers when he signed the replica protections.",
            "The veto has no bearing on the video game strike, which is now in its third month with no talks scheduled.",
        ],
        "claims": [
            ("sag-aftra", "california-replica-law", S, "said it would keep pressing for it to be enforced", True),
            ("california", "california-replica-law", S, "he had shown his commitment to performers when he signed the replica protections", True),
        ],
    },
    {
        "id": "012", "published": "2024-10-29T18:00:00Z", "outlet": "soundstage-daily",
        "slug": "game-union-and-companies-hold-first-talks",
        "title": "Game actors' union and companies meet for first talks since walkout",
        "paras": [
            "LOS ANGELES, Oct 29 (Soundstage Daily) - SAG-AFTRA and the video game companies it is striking held their first bargaining session since the walkout began in July, the union said in an update to members this week.",
            "The two sides met on Oct. 23 and did not reach an agreement. The union said it welcomed the return to the table and would schedule further sessions as soon as dates could be confirmed. It said the strike would remain in force while the talks went on.",
            "Audrey Cooling, the companies' spokeswoman, declined to characterise the meeting or to say when the next session would take place.",
            "The companies involved are Activision Productions, Blindlight, Disney Character Voices, Electronic Arts Productions, Formosa Interactive, Insomniac Games, Llama Productions, Take 2 Productions and WB Games.",
            "People following the dispute cautioned against reading too much into a single meeting. One labour lawyer said the gap on AI was still wide and that talks could easily drag into the new year. Another suggested the companies might wait to see how the union's interim agreements fared before moving.",
        ],
        "claims": [
            ("sag-aftra", "resume-talks", S, "The union said it welcomed the return to the table", True),
            ("game-companies", "resume-talks", S, "SAG-AFTRA and the video game companies it is striking held their first bargaining session", False),
            ("sag-aftra", "suspend-strike", O, "the strike would remain in force while the talks went on", True),
        ],
    },
    {
        "id": "013", "published": "2025-01-27T17:00:00Z", "outlet": "lantern-wire",
        "slug": "six-months-on-no-end-to-game-strike",
        "title": "Six months on, no end in sight for video game actors' strike",
        "paras": [
            "NEW YORK, Jan 27 (Lantern Wire) - The strike by SAG-AFTRA's video game performers passed the six-month mark at the weekend with no new bargaining dates announced and little public sign of a cooling in the dispute.",
            "A union spokesperson declined to say when negotiators would next meet the companies, or whether any sessions had taken place since the autumn. Audrey Cooling, who speaks for the companies, said she had nothing to add to earlier statements.",
            "The standoff has not halted the industry. Titles already in production before the cut-off date are unaffected, and a growing list of smaller developers have signed the union's interim agreements. Some players have noticed missing or recast voices in live-service games, though studios rarely confirm why.",
            "Analysts are split on what happens next. One described the dispute as an epic test of patience and said the companies could simply wait, betting that performers will tire of turning down work. Another guessed that a deal would come before the summer, when several large releases need voice recording. Neither claimed any inside knowledge.",
            "The union's last video game strike, in 2016 and 2017, ran for close to a year before members approved a new contract.",
        ],
        "claims": [],
    },
    {
        "id": "014", "published": "2025-03-20T21:00:00Z", "outlet": "westcoast-ledger",
        "slug": "union-says-ai-offer-riddled-with-loopholes",
        "title": "Union says game companies' AI offer still riddled with loopholes",
        "paras": [
            "SAN FRANCISCO, March 20 (Westcoast Ledger) - SAG-AFTRA's chief negotiator brought the video game strike to the industry's biggest developer gathering this week, telling attendees at the Game Developers Conference that the companies' latest offer still left performers exposed to AI abuse.",
            "In a message to members sent during the conference, Duncan Crabtree-Ireland and negotiating committee chair Sarah Elmaleh said the bargaining group's most recent proposal was full of alarming loopholes. The union has answered with a counter that it says closes them.",
            "According to the union, the companies want to be able to use digital replicas of performers to keep making games during a future strike. The union's counter says performers must be able to suspend their consent to replica use while they are on strike.",
            "Speaking on the sidelines of the conference at the Moscone Center, Crabtree-Ireland said he could imagine no deal in which the union would not insist on protecting every performer. The strike will go on, he said. He urged players who support the performers to tell the companies so.",
            "The companies did not comment on the message.",
        ],
        "claims": [
            ("sag-aftra", "ai-protections-all-performers", S, "no deal in which the union would not insist on protecting every performer", True),
            ("sag-aftra", "suspend-strike", O, "The strike will go on, he said.", True),
            ("sag-aftra", "consent-suspension-during-strike", S, "must be able to suspend their consent to replica use while they are on strike", True),
            ("game-companies", "consent-suspension-during-strike", O, "the companies want to be able to use digital replicas of performers", False),
        ],
    },
    {
        "id": "015", "published": "2025-03-31T20:00:00Z", "outlet": "lantern-wire",
        "slug": "game-companies-say-new-offer-answers-union",
        "title": "Game companies say new offer answers union's concerns",
        "paras": [
            "LOS ANGELES, March 31 (Lantern Wire) - The video game companies struck by SAG-AFTRA said on Monday that they had sent the union an updated proposal that deals directly with several of the issues it has named as essential to a deal.",
            "Audrey Cooling, the companies' spokeswoman, said the offer included pay rises of more than 15% for performers, stronger health and safety protections, what she called \"industry-leading\" terms on the in-game use of AI digital replicas, and extra pay when a performance is reused in another game. She said the two sides had moved a long way and that the companies wanted to resume bargaining soon.",
            "The proposal was delivered on March 26. SAG-AFTRA, which wants protections that cover every performer on the contract, said its negotiating committee was reviewing it and declined to say when it would respond.",
            "The union also announced two new waivers on Friday, one for student projects and one for game jams, which allow developers at the start of their careers to hire union performers while the strike continues.",
        ],
        "claims": [
            ("game-companies", "resume-talks", S, "the companies wanted to resume bargaining soon", True),
            ("sag-aftra", "ai-protections-all-performers", S, "SAG-AFTRA, which wants protections that cover every performer on the contract", False),
        ],
    },
    {
        "id": "016", "published": "2025-04-29T16:00:00Z", "outlet": "playfield-post",
        "slug": "leaked-sony-ai-demo-alarms-voice-actors",
        "title": "Leaked Sony AI demo of game heroine alarms voice actors",
        "paras": [
            "LOS ANGELES, April 29 (Playfield Post) - A leaked internal Sony video showing an AI-driven version of Aloy, the heroine of the Horizon games, chatting with a player has become a rallying point for striking video game performers.",
            "The prototype, which circulated online in recent days, appeared to use synthetic speech and a language model to let the character answer spoken questions. Sony, whose Insomniac Games studio is one of the employers covered by the SAG-AFTRA strike, did not respond to requests for comment.",
            "Ashly Burch, who voices Aloy, said in a video that she was not angry with the developers who built the demo but was deeply worried about what such tools could mean for performers. Burch, a SAG-AFTRA member, urged fans to back the strikers.",
            "Several other performers shared the clip along with messages about the strike. The union itself did not issue a statement on the demo.",
            "Analysts said the video showed how quickly the technology was moving and predicted that questions of AI consent would only get harder. Whether the episode changes anything at the bargaining table is unclear; no new talks have been announced.",
        ],
        "claims": [],
    },
    {
        "id": "017", "published": "2025-05-07T21:00:00Z", "outlet": "soundstage-daily",
        "slug": "game-companies-go-public-with-last-and-best-offer",
        "title": "Game companies issue ultimatum to striking actors",
        "paras": [
            "LOS ANGELES, May 7 (Soundstage Daily) - The video game companies struck by SAG-AFTRA went public on Wednesday with what they called their last and best offer, releasing the proposal to reporters nine months into the strike.",
            "Audrey Cooling, speaking for the companies, said the package included pay rises of more than 24% over the contract, better health and safety terms and new limits on the in-game use of digital replicas. She said the companies hoped the union would come back to the table so a deal could be reached.",
            "Under the offer, a performer who gave consent for a digital replica could withhold it during a strike only if they returned the money paid for that consent. The proposal also keeps an option for a studio to buy three years of unlimited replica use in exchange for a one-time payment of at least six times the minimum fee.",
            "SAG-AFTRA called the suggestion that it might walk away from talks absurd. It denied that it was leaving the table and said it had sent a counterproposal on May 2 and was still waiting for a reply. The union accused the companies of threatening, through intermediaries, to move work abroad and recast roles.",
        ],
        "claims": [
            ("game-companies", "consent-suspension-during-strike", C, "withhold it during a strike only if they returned the money paid", True),
            ("game-companies", "drop-replica-buyout", O, "keeps an option for a studio to buy three years of unlimited replica use", True),
            ("game-companies", "resume-talks", S, "hoped the union would come back to the table", True),
            ("sag-aftra", "resume-talks", S, "It denied that it was leaving the table", True),
        ],
    },
    {
        "id": "018", "published": "2025-05-08T19:00:00Z", "outlet": "westcoast-ledger",
        "slug": "union-publishes-counteroffer-buyouts-discount",
        "title": "Union publishes counteroffer, calls replica buyouts a discount for employers",
        "paras": [
            "LOS ANGELES, May 8 (Westcoast Ledger) - SAG-AFTRA published its latest counterproposal to the video game companies on Wednesday, hours before its negotiating committee briefed striking members at an evening meeting.",
            "In a memo to members, the union said the unlimited replica buyout in the companies' offer amounted to a built-in discount for employers and should be removed. Instead, performers whose replicas were used heavily should be paid for each use.",
            "The memo also said the companies would let a performer pull consent during a strike only by paying back what they had received for it. The union's counter says performers must be free to suspend consent while on strike without any repayment.",
            "Sarah Elmaleh, the committee chair, said the remaining gaps were all about AI and that the union would not let members be pressured into ending the strike early. She said the counter would give every performer, including those in motion capture, the minimum protection they need to keep working in games.",
            "The companies did not respond on Wednesday. Their offer had reached the union on April 29.",
        ],
        "claims": [
            ("sag-aftra", "drop-replica-buyout", S, "amounted to a built-in discount for employers and should be removed", True),
            ("game-companies", "consent-suspension-during-strike", C, "the companies would let a performer pull consent during a strike only by paying back", False),
            ("sag-aftra", "consent-suspension-during-strike", S, "performers must be free to suspend consent while on strike without any repayment", True),
            ("sag-aftra", "suspend-strike", O, "would not let members be pressured into ending the strike early", True),
            ("sag-aftra", "ai-protections-all-performers", S, "give every performer, including those in motion capture, the minimum protection", True),
        ],
    },
    {
        "id": "019", "published": "2025-05-13T17:00:00Z", "outlet": "lantern-wire",
        "slug": "game-companies-drop-replica-buyout-final-offer",
        "title": "Game companies drop replica buyout in 'last, best and final' offer",
        "paras": [
            "LOS ANGELES, May 13 (Lantern Wire) - The video game companies have sent SAG-AFTRA what they describe as their last, best and final offer, and it gives ground on two of the AI terms the striking union had fought hardest over.",
            "The proposal, delivered late last week, removes the option for a studio to pay a lump sum for three years of unlimited use of a performer's digital replica. Performers would instead be paid according to how their replica is actually used.",
            "The companies have also scrapped the requirement that performers hand back their consent payments if they withhold consent during a strike. Under the new terms, performers could suspend consent while on strike and keep the money.",
            "SAG-AFTRA, which wants the buyout removed, said its negotiating committee was studying the document. A spokesperson declined to say whether the union would put it to members or answer with another counter.",
            "The companies covered by the strike include Activision, Electronic Arts, Disney Character Voices, Insomniac Games and WB Games. The strike, which began last July, is now in its tenth month.",
        ],
        "claims": [
            ("game-companies", "drop-replica-buyout", S, "removes the option for a studio to pay a lump sum for three years", True),
            ("game-companies", "consent-suspension-during-strike", S, "scrapped the requirement that performers hand back their consent payments", True),
            ("sag-aftra", "drop-replica-buyout", S, "SAG-AFTRA, which wants the buyout removed", False),
        ],
    },
    {
        "id": "020", "published": "2025-05-13T21:40:00Z", "outlet": "playfield-post",
        "slug": "game-companies-concede-two-ai-points",
        "title": "Game companies concede two AI points in final offer to striking actors",
        "paras": [
            "LOS ANGELES, May 13 (Playfield Post) - Video game companies have handed striking SAG-AFTRA performers a last, best and final offer that concedes two AI points the union had made central to the dispute.",
            "The offer, sent at the end of last week, removes the option for a studio to pay a lump sum for three years of unlimited digital replica use. Pay would instead follow how often a performer's replica is used.",
            "In a second change, the companies scrapped the requirement that performers hand back their consent payments when they withhold consent during a strike, which means performers could pause their consent and keep what they were paid.",
            "SAG-AFTRA, which wants the buyout removed, said its negotiators were reviewing the offer. A union spokesperson declined to say whether it would be sent to members for a vote.",
            "The companies involved include Activision, Electronic Arts, Disney Character Voices, Insomniac Games and WB Games. The walkout is now in its tenth month.",
        ],
        "claims": [
            ("game-companies", "drop-replica-buyout", S, "removes the option for a studio to pay a lump sum for three years", True),
            ("game-companies", "consent-suspension-during-strike", S, "scrapped the requirement that performers hand back their consent payments", True),
            ("sag-aftra", "drop-replica-buyout", S, "SAG-AFTRA, which wants the buyout removed", False),
        ],
    },
    {
        "id": "021", "published": "2025-05-19T22:30:00Z", "outlet": "soundstage-daily",
        "slug": "union-files-charge-over-ai-darth-vader-voice",
        "title": "Union files labor charge over AI Darth Vader voice in Fortnite",
        "paras": [
            "LOS ANGELES, May 19 (Soundstage Daily) - SAG-AFTRA filed an unfair labor practice charge on Monday against Llama Productions, the Epic Games subsidiary behind Fortnite, over an AI-generated Darth Vader voice added to the game this month.",
            "The charge, filed with the National Labor Relations Board, says the company used AI to replace work that union performers would otherwise have done, without notifying the union or giving it a chance to bargain. The voice was built with the permission of the estate of James Earl Jones, who died last year.",
            "In a statement, the union said it did not object to the Jones family's choice, but that it had to protect its right to bargain over uses of a voice that displace members' work, including the work of actors who had matched Vader's rhythm and tone in earlier games.",
            "Epic did not immediately respond to a request for comment. Llama Productions is one of the companies covered by the video game strike.",
            "The character drew attention last week after players coaxed it into swearing, which Epic quickly patched.",
        ],
        "claims": [],
    },
    {
        "id": "022", "published": "2025-05-22T10:00:00Z", "outlet": "atlantic-signal",
        "slug": "equity-warns-against-undercutting-us-strike",
        "title": "Equity warns UK performers against undercutting US game strike",
        "paras": [
            "LONDON, May 22 (Atlantic Signal) - Equity has told its members that taking work on video games struck by SAG-AFTRA would undermine the American walkout, and warned that US producers may look to Britain for cheaper voice and motion capture talent.",
            "In updated guidance published after a meeting with SAG-AFTRA representatives, the British union said the strike's central fight was over AI and over fair terms when a performance is reused. According to Equity, SAG-AFTRA is holding out for AI terms that protect every performer, whatever their role.",
            "Equity said it was resisting any attempt to move struck work to the UK and urged performers to check a game's strike status before accepting a job. It stopped short of banning such work, saying members could decide for themselves, but advised them to insist on Equity minimum rates at the very least.",
            "The union also said that performers in Britain needed the same protections against unregulated AI as their American counterparts.",
            "SAG-AFTRA has been on strike against the companies since last July.",
        ],
        "claims": [
            ("equity-uk", "suspend-strike", O, "taking work on video games struck by SAG-AFTRA would undermine the American walkout", True),
            ("sag-aftra", "ai-protections-all-performers", S, "SAG-AFTRA is holding out for AI terms that protect every performer", False),
            ("equity-uk", "ai-protections-all-performers", S, "needed the same protections against unregulated AI as their American counterparts", True),
        ],
    },
    {
        "id": "023", "published": "2025-05-28T20:00:00Z", "outlet": "westcoast-ledger",
        "slug": "union-and-game-companies-back-in-talks",
        "title": "Union and game companies back in talks after 'final' offer",
        "paras": [
            "LOS ANGELES, May 28 (Westcoast Ledger) - Negotiators for SAG-AFTRA and the video game companies have resumed face-to-face talks, less than three weeks after the companies labelled their latest proposal final.",
            "A union spokesperson confirmed the sessions on Wednesday and said the union remained committed to reaching a deal at the bargaining table. Audrey Cooling, the companies' spokeswoman, also confirmed that the two sides were meeting. She said the companies would not negotiate in public and declined to say whether their offer had changed.",
            "The return to talks follows the companies' decision this month to drop the unlimited replica buyout and to let performers suspend consent during a strike without repaying fees, two points the union had pressed since the winter.",
            "Observers were cautious. A former studio negotiator said the label \"final\" rarely survives contact with the other side, and guessed that a tentative deal could come within weeks. A labour economist said the remaining disputes over how the AI terms are defined could still take longer.",
            "The strike, now more than 300 days old, remains in effect.",
        ],
        "claims": [
            ("sag-aftra", "resume-talks", S, "remained committed to reaching a deal at the bargaining table", True),
            ("game-companies", "resume-talks", S, "also confirmed that the two sides were meeting", True),
            ("game-companies", "drop-replica-buyout", S, "the companies' decision this month to drop the unlimited replica buyout", False),
            ("game-companies", "consent-suspension-during-strike", S, "let performers suspend consent during a strike without repaying fees", False),
        ],
    },
    {
        "id": "024", "published": "2025-06-10T14:00:00Z", "outlet": "lantern-wire",
        "slug": "video-game-actors-strike-ends-with-ai-deal",
        "title": "Video game actors' strike ends with AI deal",
        "paras": [
            "LOS ANGELES, June 10 (Lantern Wire) - SAG-AFTRA and the video game companies it has been striking for almost 11 months have reached a tentative agreement on a new Interactive Media Agreement, the union announced early on Tuesday.",
            "The walkout is not over yet. The union said members would stay on strike until a strike suspension agreement with the employers was finalized, which it expected to happen soon. The deal still needs the approval of the union's National Board and a ratification vote by members.",
            "Duncan Crabtree-Ireland, the chief negotiator, said patience and persistence had produced a deal with the AI guardrails performers need. Union president Fran Drescher said the union would start planning the next negotiation as soon as this contract was ratified.",
            "Audrey Cooling, for the companies, said they were pleased to have reached a tentative deal and hoped members would approve it.",
            "Terms were not released. The companies include Activision Productions, Disney Character Voices, Electronic Arts Productions, Insomniac Games, Llama Productions, Take 2 Productions and WB Games.",
        ],
        "claims": [
            ("sag-aftra", "suspend-strike", C, "members would stay on strike until a strike suspension agreement with the employers was finalized", True),
            ("sag-aftra", "ratify-agreement", S, "patience and persistence had produced a deal with the AI guardrails performers need", True),
            ("game-companies", "ratify-agreement", S, "hoped members would approve it", True),
        ],
    },
    {
        "id": "025", "published": "2025-06-10T20:30:00Z", "outlet": "westcoast-ledger",
        "slug": "game-performers-stay-on-picket-lines",
        "title": "Game performers stay on picket lines while suspension deal is drafted",
        "paras": [
            "BURBANK, June 10 (Westcoast Ledger) - Striking video game performers were told on Tuesday to stay off struck productions for a few more days while lawyers for SAG-AFTRA and the companies drafted the agreement that will formally pause the walkout.",
            "A union official said the strike would be suspended as soon as that document was signed, and that members would be told immediately. Until then, she said, the rules had not changed.",
            "The companies said they expected to sign the suspension terms within days and wanted performers back in recording booths as quickly as possible.",
            "Not every performer is celebrating. A motion capture actor who picketed outside WB Games last summer said she would read the full contract before deciding how to vote, and a voice actor said on social media that he would vote no unless the AI definitions were tighter than rumoured. Neither speaks for the union.",
            "The union's National Board is expected to review the tentative agreement later this week. Members would then vote on ratification, probably over several weeks.",
        ],
        "claims": [
            ("sag-aftra", "suspend-strike", C, "the strike would be suspended as soon as that document was signed", True),
            ("game-companies", "suspend-strike", S, "wanted performers back in recording booths as quickly as possible", True),
        ],
    },
    {
        "id": "026", "published": "2025-06-11T21:00:00Z", "outlet": "soundstage-daily",
        "slug": "sag-aftra-suspends-video-game-strike",
        "title": "SAG-AFTRA suspends video game strike, sends members back to work",
        "paras": [
            "LOS ANGELES, June 11 (Soundstage Daily) - SAG-AFTRA suspended its strike against the video game companies at noon Pacific time on Wednesday and instructed members to return to work on productions under the Interactive Media Agreement, including promotional work.",
            "Chief negotiator Duncan Crabtree-Ireland made the decision under authority delegated by the union's National Board and with the backing of the negotiating committee, the union said in a notice to members.",
            "For most of the past year, the union had said it would not end the walkout without enforceable AI protections for every performer. The suspension follows Monday's tentative agreement, whose terms have still not been published.",
            "The National Board meets in special session on Thursday to consider the deal. If the board approves it, the contract will go to a ratification vote of the membership, and details will be released then.",
            "The strike lasted 320 days, a little shorter than the union's 2016-17 walkout against many of the same companies.",
        ],
        "claims": [
            ("sag-aftra", "suspend-strike", S, "suspended its strike against the video game companies at noon Pacific time", True),
        ],
    },
    {
        "id": "027", "published": "2025-06-12T23:30:00Z", "outlet": "lantern-wire",
        "slug": "union-board-backs-game-contract",
        "title": "Union board backs game contract and sends it to members",
        "paras": [
            "LOS ANGELES, June 12 (Lantern Wire) - SAG-AFTRA's National Board approved the tentative video game contract on Thursday and sent it to members for a ratification vote, recommending that they vote yes.",
            "The union released the main terms for the first time. Pay would rise by 15.17% on ratification, with further 3% increases in November 2025, 2026 and 2027. Employer contributions to the AFTRA Retirement Fund would climb from 16.5% to 17%, and to 17.5% in October 2026.",
            "On AI, the contract requires consent and disclosure before a digital replica is used, and it lets performers pause their consent to the creation of new material while a strike is under way. The union highlighted that provision as one of the hardest-won gains of the negotiations.",
            "Voting runs until July 9. Informational meetings for members will be held online and in several cities over the coming weeks.",
            "The companies did not comment on the board's decision.",
        ],
        "claims": [
            ("sag-aftra", "ratify-agreement", S, "recommending that they vote yes", True),
            ("sag-aftra", "consent-suspension-during-strike", S, "The union highlighted that provision as one of the hardest-won gains of the negotiations", True),
        ],
    },
    {
        "id": "028", "published": "2025-06-13T10:30:00Z", "outlet": "atlantic-signal",
        "slug": "equity-lifts-advice-on-struck-games",
        "title": "Equity lifts advice on US struck games after SAG-AFTRA suspension",
        "paras": [
            "LONDON, June 13 (Atlantic Signal) - Equity said on Friday that it welcomed SAG-AFTRA's decision to suspend its video game strike and told British members they could once again accept work from the companies involved without any concern about undermining the action.",
            "The union, which for almost a year had urged UK performers not to take work that would weaken the American walkout, said the suspension was the right call now that a deal was on the table. Its guidance on struck games has been withdrawn.",
            "Paul Fleming, Equity's general secretary, said the tentative agreement showed that performers could win meaningful AI protections from some of the world's richest entertainment companies. He said Equity would seek consent and pay rules covering every performer, whatever their role, in its own dealings with games producers in Britain.",
            "The agreement still has to be ratified by SAG-AFTRA members in a vote that closes on July 9.",
        ],
        "claims": [
            ("equity-uk", "suspend-strike", S, "welcomed SAG-AFTRA's decision to suspend its video game strike", True),
            ("equity-uk", "ai-protections-all-performers", S, "consent and pay rules covering every performer, whatever their role", True),
        ],
    },
    {
        "id": "029", "published": "2025-06-25T18:00:00Z", "outlet": "playfield-post",
        "slug": "union-leaders-make-case-for-game-contract",
        "title": "Union leaders make their case as game performers weigh contract",
        "paras": [
            "LOS ANGELES, June 25 (Playfield Post) - SAG-AFTRA leaders spent the week urging video game performers to approve the new Interactive Media Agreement, as a vocal minority of members argued that its AI terms do not go far enough.",
            "At an online meeting on Monday, negotiating committee chair Sarah Elmaleh told members the deal was the strongest the union could win at this moment and asked them to ratify it. She said its consent rules applied to every performer covered by the contract, including motion capture and stunt performers, not only to people whose faces or voices are recognisable.",
            "Some performers are not persuaded. Several have said on social media that the contract's definition of a digital replica leaves room for abuse and that they will vote no. None of them holds union office.",
            "A union spokesperson declined to say how many members had voted so far. Ballots are due by 5 p.m. Pacific time on July 9.",
        ],
        "claims": [
            ("sag-aftra", "ratify-agreement", S, "asked them to ratify it", True),
            ("sag-aftra", "ai-protections-all-performers", S, "its consent rules applied to every performer covered by the contract", True),
        ],
    },
    {
        "id": "030", "published": "2025-07-10T15:00:00Z", "outlet": "lantern-wire",
        "slug": "game-performers-ratify-contract",
        "title": "Game performers ratify contract, ending year-long strike",
        "paras": [
            "LOS ANGELES, July 10 (Lantern Wire) - SAG-AFTRA members have ratified the 2025 Interactive Media Agreement with the major video game companies, approving it by 95.04% to 4.96% in voting that closed on Wednesday evening.",
            "The result formally ends the dispute that began with a strike in July 2024. The contract covers Activision Productions, Blindlight, Disney Character Voices, Electronic Arts Productions, Formosa Interactive, Insomniac Games, Llama Productions, Take 2 Productions and WB Games.",
            "Union president Fran Drescher praised negotiating chair Sarah Elmaleh and said the deal marked real progress on AI. Chief negotiator Duncan Crabtree-Ireland thanked performers for their sacrifices and said the union would build on the protections as the technology evolves.",
            "Audrey Cooling, speaking for the companies, said they were glad members had approved the agreement and looked forward to working with performers under it.",
            "The union did not say how many of its members took part in the vote.",
        ],
        "claims": [
            ("sag-aftra-members", "ratify-agreement", S, "SAG-AFTRA members have ratified the 2025 Interactive Media Agreement", True),
            ("sag-aftra", "ratify-agreement", S, "said the deal marked real progress on AI", True),
            ("game-companies", "ratify-agreement", S, "they were glad members had approved the agreement", True),
        ],
    },
    {
        "id": "031", "published": "2025-07-10T22:00:00Z", "outlet": "westcoast-ledger",
        "slug": "what-new-game-contract-changes",
        "title": "What the new video game contract changes for performers",
        "paras": [
            "LOS ANGELES, July 10 (Westcoast Ledger) - The video game contract ratified this week takes effect immediately, and performers will see the first pay rise, 15.17%, straight away. Further 3% increases follow each November through 2027.",
            "The AI provisions drew most attention during the 11-month strike. Employers must now obtain a performer's consent and disclose how a digital replica will be used. Performers can also pause that consent for the creation of new material during any future strike, a point the companies resisted until May.",
            "Audrey Cooling, the companies' spokeswoman, said the companies welcomed the ratification and were committed to honouring the AI terms, including the right to pause consent during a strike. She declined to say whether any of the companies planned to expand their use of digital replicas.",
            "Labour lawyers said the contract was likely to become a reference point for other performers' unions, including Equity in Britain. One predicted that the definition of a digital replica would be tested in arbitration within a year.",
        ],
        "claims": [
            ("game-companies", "ratify-agreement", S, "the companies welcomed the ratification", True),
            ("game-companies", "consent-suspension-during-strike", S, "committed to honouring the AI terms, including the right to pause consent during a strike", True),
        ],
    },
    {
        "id": "032", "published": "2025-07-11T11:00:00Z", "outlet": "atlantic-signal",
        "slug": "equity-hails-us-game-deal-as-template",
        "title": "Equity hails US game deal as template for British talks",
        "paras": [
            "LONDON, July 11 (Atlantic Signal) - Equity on Friday welcomed the ratification of SAG-AFTRA's new video game contract and said it would use the deal as a benchmark in its own negotiations with British games producers.",
            "The union said AI protections of the kind won after 11 months on strike should apply to every performer on every British production, from leading voice actors to motion capture and stunt artists. It plans to publish proposed minimum terms for games work later this year.",
            "Equity's statement did not address pay equity between British and American performers, an issue its games network has raised in the past, and a spokesperson declined to say whether the union would seek parity with the new US rates.",
            "Separately, the union said it would keep pressing the government for legal protections against unauthorised digital replicas, which it argues should not depend on the bargaining power of individual performers.",
        ],
        "claims": [
            ("equity-uk", "ratify-agreement", S, "Equity on Friday welcomed the ratification of SAG-AFTRA's new video game contract", True),
            ("equity-uk", "ai-protections-all-performers", S, "should apply to every performer on every British production", True),
        ],
    },
]

SHIFTS = [
    {"actor": "sag-aftra", "issue": "resume-talks", "from": C, "to": S, "article": "012",
     "why": "The union says it welcomed the return to the table after the Oct. 23 session and will schedule more; in 001, 003, 005 and 006 it would only bargain once the companies offered protection for all performers."},
    {"actor": "game-companies", "issue": "drop-replica-buyout", "from": O, "to": S, "article": "019",
     "why": "The companies' last, best and final offer removes the lump-sum option for three years of unlimited replica use; their published offer in 017 kept it."},
    {"actor": "game-companies", "issue": "consent-suspension-during-strike", "from": C, "to": S, "article": "019",
     "why": "The final offer scraps the requirement to hand back consent payments, so performers can suspend consent during a strike; in 017 they could do so only if they returned the money."},
    {"actor": "sag-aftra", "issue": "suspend-strike", "from": O, "to": C, "article": "024",
     "why": "After the tentative agreement the union says members stay on strike only until a suspension agreement is finalized, which it expects soon; until then (005-018) it said the strike would go on."},
    {"actor": "sag-aftra", "issue": "suspend-strike", "from": C, "to": S, "article": "026",
     "why": "Crabtree-Ireland suspends the strike at noon on June 11 and sends members back to work; in 024 and 025 the suspension still waited on a signed document."},
    {"actor": "equity-uk", "issue": "suspend-strike", "from": O, "to": S, "article": "028",
     "why": "Equity welcomes the suspension and withdraws its struck-games guidance; in 002 and 022 it stood behind the strike and warned members against undermining it."},
]

STANCES = {S, O, C}
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June",
          7: "July", 8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def parse_watchlist(path):
    """Minimal reader for watchlist.yaml (this set's own layout), stdlib only."""
    actors, issues, baseline = [], [], []
    section = None
    fields = {}
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                entry = {"id": m.group(1)}
                (actors if section == "actors" else issues).append(entry)
                fields = entry
                continue
            m = re.match(r"^    ([a-z_]+): (.*)$", line)
            if m and section in ("actors", "issues"):
                fields[m.group(1)] = m.group(2).strip()
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
                continue
            raise SystemExit(f"watchlist.yaml: unparsed line: {line!r}")
    return actors, issues, baseline


def article_text(a):
    return "\n\n".join(a["paras"])


def url_of(a):
    d = a["published"][:10].replace("-", "/")
    return f"https://example.org/{a['outlet']}/{d}/{a['slug']}"


def parse_time(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rfc822(dt):
    return format_datetime(dt, usegmt=True)


def recompute_shifts(baseline):
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    out = []
    for a in ARTICLES:
        for actor, issue, stance, _q, attributed in a["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            prev = prevailing.get(key)
            if prev is not None and prev != stance:
                out.append((actor, issue, prev, stance, a["id"]))
            prevailing[key] = stance
    return out


def validate(actors, issues, baseline, errors):
    actor_ids = {x["id"] for x in actors}
    issue_ids = {x["id"] for x in issues}
    if not 5 <= len(actors) <= 8:
        errors.append(f"{len(actors)} actors, want 5-8")
    if not 5 <= len(issues) <= 7:
        errors.append(f"{len(issues)} issues, want 5-7")
    for i in issues:
        if set(i) != {"id", "name", "description", "terms"}:
            errors.append(f"issue {i['id']} has fields {sorted(i)}")
    if not any(re.search(r"\b(drops?|abandons?|withdraws?|scraps?|suspends?)\b", i["name"]) for i in issues):
        errors.append("no issue phrased with a give-up verb")
    for b in baseline:
        if b["actor"] not in actor_ids or b["issue"] not in issue_ids or b["stance"] not in STANCES:
            errors.append(f"bad baseline entry {b}")

    # ids and order
    if not 30 <= len(ARTICLES) <= 34:
        errors.append(f"{len(ARTICLES)} articles, want 30-34")
    prev_t = None
    for n, a in enumerate(ARTICLES, 1):
        if a["id"] != f"{n:03d}":
            errors.append(f"article {a['id']} out of sequence (expected {n:03d})")
        t = parse_time(a["published"])
        if prev_t is not None and t <= prev_t:
            errors.append(f"article {a['id']} not in publication order")
        prev_t = t
        outlet = OUTLETS[a["outlet"]]
        text = article_text(a)
        words = len(text.split())
        if not 120 <= words <= 260:
            errors.append(f"article {a['id']} has {words} words")
        m = re.match(r"^([A-Z][A-Z .'-]*), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - ", text)
        if not m:
            errors.append(f"article {a['id']} lacks a dateline")
        else:
            if m.group(4) != outlet:
                errors.append(f"article {a['id']} dateline outlet {m.group(4)!r} != {outlet!r}")
            if m.group(2) != MONTHS[t.month] or int(m.group(3)) != t.day:
                errors.append(f"article {a['id']} dateline date {m.group(2)} {m.group(3)} != published {a['published']}")
        for actor, issue, stance, quote, attributed in a["claims"]:
            if actor not in actor_ids:
                errors.append(f"article {a['id']}: unknown actor {actor}")
            if issue not in issue_ids:
                errors.append(f"article {a['id']}: unknown issue {issue}")
            if stance not in STANCES:
                errors.append(f"article {a['id']}: bad stance {stance}")
            if not isinstance(attributed, bool):
                errors.append(f"article {a['id']}: attributed not bool")
            if quote not in text:
                errors.append(f"article {a['id']}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errors.append(f"article {a['id']}: quote over 15 words: {quote!r}")
        seen = set()
        for actor, issue, stance, _q, attributed in a["claims"]:
            if attributed:
                if (actor, issue) in seen:
                    errors.append(f"article {a['id']}: two attributed claims for {actor}/{issue}")
                seen.add((actor, issue))

    # shifts
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    recomputed = recompute_shifts(baseline)
    if labelled != recomputed:
        errors.append(f"shifts differ:\n  labelled   {labelled}\n  recomputed {recomputed}")
    if not 5 <= len(SHIFTS) <= 8:
        errors.append(f"{len(SHIFTS)} shifts, want 5-8")
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {S, O})
    if reversals > 2:
        errors.append(f"{reversals} straight support/oppose reversals, want at most 2")
    if not any(C in (s["from"], s["to"]) for s in SHIFTS):
        errors.append("no shift to or from conditional")

    claims = [c for a in ARTICLES for c in a["claims"]]
    if not 60 <= len(claims) <= 90:
        errors.append(f"{len(claims)} claims, want 60-90")
    if sum(1 for c in claims if c[2] == C) < 6:
        errors.append("fewer than 6 conditional claims")
    if not all(any(c[2] == st for c in claims) for st in STANCES):
        errors.append("not all stances present")
    if not any(not c[4] for c in claims):
        errors.append("no attributed:false claim")
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        errors.append(f"{len(empty)} no-claim articles, want 3-4")


def feed_xml(outlet, items):
    name = OUTLETS[outlet]
    items = sorted(items, key=lambda a: a["published"], reverse=True)
    last = rfc822(parse_time(items[0]["published"]))
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "  <channel>",
        f"    <title>{escape(name)}</title>",
        f"    <link>https://example.org/{outlet}/</link>",
        f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set {TOPIC}</description>",
        "    <language>en</language>",
        f"    <lastBuildDate>{last}</lastBuildDate>",
    ]
    for a in items:
        u = url_of(a)
        out += [
            "    <item>",
            f"      <title>{escape(a['title'])}</title>",
            f"      <link>{escape(u)}</link>",
            f'      <guid isPermaLink="true">{escape(u)}</guid>',
            f"      <pubDate>{rfc822(parse_time(a['published']))}</pubDate>",
            f"      <description>{escape(article_text(a))}</description>",
            "    </item>",
        ]
    out += ["  </channel>", "</rss>", ""]
    return "\n".join(out)


def main():
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    validate(actors, issues, baseline, errors)
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)

    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    for a in ARTICLES:
        rec = {
            "id": a["id"],
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url_of(a),
            "title": a["title"],
            "text": article_text(a),
        }
        with open(os.path.join(art_dir, f"{a['id']}.json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    for outlet in OUTLETS:
        items = [a for a in ARTICLES if a["outlet"] == outlet]
        if not items:
            continue
        path = os.path.join(feed_dir, f"{outlet}.xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(feed_xml(outlet, items))

    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {
            a["id"]: [
                {"actor": ac, "issue": iss, "stance": st, "quote": q, "attributed": at}
                for ac, iss, st, q, at in a["claims"]
            ]
            for a in ARTICLES
        },
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # post-write checks: labels round trip, no_alert set, xmllint on every feed
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        back = json.load(fh)
    if sorted(back["claims"]) != [a["id"] for a in ARTICLES]:
        errors.append("labels.json claims keys do not cover every article")
    expected_na = sorted(set(a["id"] for a in ARTICLES) - shift_articles)
    if back["no_alert_articles"] != expected_na:
        errors.append("no_alert_articles is not every article except the shift articles")
    for f in sorted(os.listdir(feed_dir)):
        r = subprocess.run(["xmllint", "--noout", os.path.join(feed_dir, f)], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"xmllint failed on {f}: {r.stderr.strip()}")
    for f in sorted(os.listdir(art_dir)):
        with open(os.path.join(art_dir, f), encoding="utf-8") as fh:
            rec = json.load(fh)
        if set(rec) != {"id", "published", "source", "url", "title", "text"}:
            errors.append(f"{f}: unexpected keys")
    if errors:
        print("VALIDATION FAILED AFTER WRITE:")
        for e in errors:
            print(" -", e)
        sys.exit(1)

    claims = [c for a in ARTICLES for c in a["claims"]]
    by_stance = {st: sum(1 for c in claims if c[2] == st) for st in (S, O, C)}
    print(f"OK: {len(ARTICLES)} articles, {len(claims)} claims {by_stance}, "
          f"{sum(1 for c in claims if not c[4])} attributed:false, "
          f"{len(SHIFTS)} shifts in {len(shift_articles)} articles, "
          f"no-claim articles {[a['id'] for a in ARTICLES if not a['claims']]}, "
          f"{len(os.listdir(feed_dir))} feeds pass xmllint")


if __name__ == "__main__":
    main()
