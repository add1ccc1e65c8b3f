#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set us-china-tariff-truce-2025.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
file, then validates the set (quotes, ids, watchlist references, word counts, datelines, shifts
recomputed from the baseline, no_alert_articles, duplicates, xmllint). Exits non-zero on any failure.

All articles are original paraphrase written for this set about real, public events (April to
November 2025). They are not a source of facts.
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
TOPIC = "us-china-tariff-truce-2025"

OUTLETS = {
    "tidewater-wire": "Tidewater Wire",
    "lantern-post": "Lantern Post",
    "crossbay-journal": "Crossbay Journal",
    "ironbridge-report": "Ironbridge Report",
    "fairhaven-courier": "Fairhaven Courier",
}

S, O, C = "support", "oppose", "conditional"
UCT = "us-cuts-tariffs"
CCT = "china-cuts-tariffs"
RE = "china-suspends-rare-earth-controls"
CHIP = "us-eases-chip-controls"
EXT = "extend-truce"
D100 = "us-drops-100pct-tariff"
SOY = "china-buys-soybeans"

# Each article: outlet, published (UTC), dateline city, dateline date, slug, title, body (the text after
# the dateline), claims [(actor, issue, stance, quote, attributed)]. Ids follow list order.
ARTICLES = [
    # 001
    dict(
        outlet="tidewater-wire", published="2025-04-04T10:20:00Z", city="BEIJING", date="April 4",
        slug="china-hits-back-34-percent-rare-earth-curbs",
        title="China hits back with 34% tariff on all US goods, curbs rare-earth exports",
        body="""China said on Friday it would impose an additional 34% tariff on all goods imported from the United States from April 10, matching the levy President Donald Trump announced two days earlier, and moved to restrict exports of rare earths that US manufacturers rely on.

The Customs Tariff Commission of the State Council said the US duties broke international trade rules and harmed China's legitimate rights. In a separate notice, the commerce ministry said it would place export controls on seven medium and heavy rare-earth elements, including dysprosium and terbium, with immediate effect. Exporters will need a licence for each shipment.

The ministry urged Washington to cancel its unilateral tariff measures immediately and to settle differences through consultation on an equal footing.

Beijing also added a batch of US companies to its unreliable entity list and its export-control list.

The elements covered by the notice are used in magnets for electric vehicles, wind turbines and missiles, and China accounts for the bulk of the world's processing capacity. Traders in Shanghai said it was unclear how quickly licences would be issued.

Markets, already reeling from Wednesday's announcement, fell further on the news.""",
        claims=[
            ("china", CCT, O, "an additional 34% tariff on all goods imported from the United States", True),
            ("china", RE, O, "would place export controls on seven medium and heavy rare-earth elements", True),
            ("china", UCT, S, "urged Washington to cancel its unilateral tariff measures immediately", True),
        ],
    ),
    # 002
    dict(
        outlet="lantern-post", published="2025-04-07T21:05:00Z", city="WASHINGTON", date="April 7",
        slug="trump-threatens-extra-50-percent-china-tariff",
        title="Trump threatens extra 50% tariff unless China backs down by Tuesday",
        body="""President Donald Trump on Monday threatened to add another 50% tariff on Chinese imports unless Beijing withdrew its 34% counter-tariff by Tuesday, raising the stakes in a fight that has wiped trillions of dollars off global stock markets.

In a social media post, Trump said the new duty would take effect on Wednesday if China did not back down, and that meetings Beijing had requested would be called off. Speaking later in the Oval Office alongside Israeli Prime Minister Benjamin Netanyahu, he told reporters he was not looking at a pause in his tariff plan, despite calls from some investors and Republican donors to delay it.

The National Retail Federation, which speaks for the largest US store chains, said tariffs were a tax paid by American families and urged the administration to negotiate the rates down quickly. Its members import a large share of their toys, electronics and clothing from China.

Several chief executives of big retailers have asked for meetings at the White House to press their case, according to people familiar with the requests.

China's embassy in Washington did not immediately respond to a request for comment.""",
        claims=[
            ("us", CCT, S, "unless Beijing withdrew its 34% counter-tariff by Tuesday", True),
            ("us", UCT, O, "he was not looking at a pause in his tariff plan", True),
            ("us-retailers", UCT, S, "urged the administration to negotiate the rates down quickly", True),
        ],
    ),
    # 003
    dict(
        outlet="tidewater-wire", published="2025-04-09T19:40:00Z", city="WASHINGTON", date="April 9",
        slug="trump-pauses-tariffs-raises-china-to-125",
        title="Trump pauses tariffs for most countries, raises China rate to 125%",
        body="""President Donald Trump on Wednesday paused his new country-by-country tariffs for 90 days for most trading partners but raised the levy on Chinese imports to 125% with immediate effect, citing what he called Beijing's lack of respect for world markets.

The 125% rate comes on top of a 20% duty imposed earlier this year over fentanyl. Beijing had vowed on Tuesday to fight to the end and answered the previous US increase with an 84% counter-tariff of its own.

Treasury Secretary Scott Bessent told reporters outside the White House that China had chosen to escalate and was now isolated. He said Beijing's retaliation had been a mistake and that it should reverse course.

Stocks surged on the pause, while Treasury yields, which had jumped earlier in the week as investors dumped US government debt, eased somewhat.

The National Retail Federation welcomed the pause for other countries but called for a deal with Beijing that lowers duties on Chinese goods, warning that prices on store shelves would rise within weeks.

China's commerce ministry had not commented on the latest increase by late evening in Beijing.""",
        claims=[
            ("us", UCT, O, "raised the levy on Chinese imports to 125% with immediate effect", True),
            ("us", CCT, S, "Beijing's retaliation had been a mistake and that it should reverse course", True),
            ("us-retailers", UCT, S, "called for a deal with Beijing that lowers duties on Chinese goods", True),
        ],
    ),
    # 004
    dict(
        outlet="ironbridge-report", published="2025-04-11T09:30:00Z", city="BEIJING", date="April 11",
        slug="china-raises-tariffs-to-125-will-ignore-further-hikes",
        title="China raises tariffs on US goods to 125%, says it will ignore further hikes",
        body="""China raised its additional tariff on US goods to 125% on Friday, matching Washington's latest increase, and said it would not respond to any further US hikes because American goods had already been priced out of the Chinese market.

The State Council's tariff commission said the new rate would apply from Saturday. The commerce ministry said Washington's repeated increases had turned into a numbers game with no economic meaning, and it again called on the US to thoroughly correct its wrong practices and cancel all unilateral tariffs.

President Xi Jinping, meeting visiting Spanish Prime Minister Pedro Sanchez in Beijing, said there were no winners in a tariff war and that China was not afraid. Sanchez, whose government has argued for keeping channels to Beijing open, said Europe's trade ties with China should not become a casualty of the dispute.

Analysts said the decision to stop matching US increases might leave room for talks, though neither side has said when or where those could take place.

The combined US tariff on most Chinese goods now stands at 145%, the White House clarified on Thursday.""",
        claims=[
            ("china", CCT, O, "raised its additional tariff on US goods to 125%", True),
            ("china", UCT, S, "called on the US to thoroughly correct its wrong practices and cancel all unilateral tariffs", True),
        ],
    ),
    # 005 (no claims)
    dict(
        outlet="crossbay-journal", published="2025-04-14T06:45:00Z", city="HONG KONG", date="April 14",
        slug="chinese-exports-surge-analysts-weigh-talks",
        title="Chinese exports surge ahead of tariffs as analysts weigh chances of talks",
        body="""China's exports jumped more than 12% in March from a year earlier as factories rushed out shipments before US tariffs took hold, customs data showed on Monday, giving economists a last look at trade flows before the two sides' triple-digit duties began to bite.

Lyu Daliang, a spokesman for the General Administration of Customs, told a news conference in Beijing that the country's exporters would cope and that the sky would not fall. He did not say whether Beijing planned further steps.

Economists at several Hong Kong banks said the numbers were likely to flip sharply from April. One said Beijing might eventually seek a way back to the table if factory closures spread, while another expected Washington to blink first as retailers ran short of stock. Neither could point to any scheduled contact.

Asked whether a call between the two presidents was being arranged, a White House spokesperson declined to say.

Shipping brokers in Shenzhen reported a wave of cancelled sailings to the US West Coast, and freight rates on the route fell for a second week.""",
        claims=[],
    ),
    # 006
    dict(
        outlet="lantern-post", published="2025-04-17T13:10:00Z", city="WASHINGTON", date="April 17",
        slug="us-requires-licences-for-nvidia-h20-beijing-objects",
        title="US requires licences for Nvidia's China chip; Beijing objects",
        body="""The Commerce Department has told Nvidia it needs a licence to sell its H20 artificial intelligence chip to China, a requirement the company said would stay in place indefinitely and would cost it about $5.5 billion in charges this quarter.

A Commerce Department spokesperson said it was issuing new export licensing requirements for the chip and comparable products, acting on the president's instructions to protect national and economic security.

Nvidia declined to comment beyond its regulatory filing. Its chief executive, Jensen Huang, arrived in Beijing on Thursday for meetings with trade promoters, according to Chinese state media.

In Beijing, China's commerce ministry said the United States should stop using export controls as a political tool and called for the curbs to be lifted, warning that they hurt American companies as much as Chinese buyers.

The House Select Committee on the CCP, which opened an inquiry into Nvidia's sales in China on Wednesday, said controls on advanced chips needed to be tightened further rather than loosened. Its chairman, John Moolenaar, has long pressed the Commerce Department to close loopholes.

Nvidia shares fell almost 7% on Wednesday.""",
        claims=[
            ("us", CHIP, O, "it was issuing new export licensing requirements for the chip and comparable products", True),
            ("china", CHIP, S, "called for the curbs to be lifted", True),
            ("house-china-committee", CHIP, O, "controls on advanced chips needed to be tightened further rather than loosened", True),
        ],
    ),
    # 007 (shift: us / us-cuts-tariffs oppose -> conditional; headline overstates)
    dict(
        outlet="tidewater-wire", published="2025-04-23T15:30:00Z", city="WASHINGTON", date="April 23",
        slug="trump-ready-to-slash-china-tariffs",
        title="Trump ready to slash China tariffs as Bessent sees de-escalation",
        body="""President Donald Trump said the 145% tariff on Chinese goods would come down substantially once a deal was reached with Beijing, though he added that it would not fall to zero, the clearest sign yet that the White House is looking for a way out of the standoff.

"It won't be that high," Trump told reporters in the Oval Office late on Tuesday, adding that he intended to be very nice to China if talks got going.

Treasury Secretary Scott Bessent said on Wednesday that neither side saw the current levels as sustainable, but told an investor conference in Washington that no offer to cut the rates unilaterally had been made. He said de-escalation would have to run both ways, with Beijing lowering its own counter-tariffs too.

Bessent described the standoff as the equivalent of an embargo and said he expected an easing of tensions in the not too distant future, though formal negotiations had not yet begun.

Stocks rose for a second day on the remarks. China's foreign ministry said it had noted the comments and repeated that its door was open to talks on an equal basis.""",
        claims=[
            ("us", UCT, C, "would come down substantially once a deal was reached with Beijing", True),
            ("us", CCT, S, "with Beijing lowering its own counter-tariffs too", True),
        ],
    ),
    # 008
    dict(
        outlet="ironbridge-report", published="2025-04-28T08:15:00Z", city="SHANGHAI", date="April 28",
        slug="china-quietly-spares-some-us-goods",
        title="China quietly spares some US goods from 125% tariff, importers say",
        body="""Beijing has quietly begun waiving its 125% tariff on some US goods, including certain microchips, medical equipment and the petrochemical feedstock ethane, according to importers and people familiar with lists circulated to businesses.

The exemptions, which have not been announced, appear aimed at shielding Chinese industries that cannot easily replace American supplies. Several trade associations said member companies had been asked to submit lists of products for which they needed relief.

China's commerce ministry did not respond to questions about the exemptions, and the foreign ministry said it was not aware of the situation. Beijing has repeatedly denied that negotiations with Washington are under way.

In Washington, Treasury Secretary Scott Bessent said on Monday that it was up to China to de-escalate, arguing that Beijing sells five times more to the United States than it buys. He said Washington had many channels of communication with Beijing but gave no details.

Economists said the carve-outs showed the pain of the tariffs was being felt on both sides of the Pacific, and some guessed that more relief would follow if the standoff dragged on.""",
        claims=[
            ("china", CCT, C, "Beijing has quietly begun waiving its 125% tariff on some US goods", False),
            ("us", CCT, S, "it was up to China to de-escalate", True),
        ],
    ),
    # 009 (shift: china / china-cuts-tariffs oppose -> conditional)
    dict(
        outlet="tidewater-wire", published="2025-05-02T09:05:00Z", city="BEIJING", date="May 2",
        slug="china-weighing-us-overtures-on-tariff-talks",
        title="China says it is weighing US overtures on tariff talks",
        body="""China said on Friday it was evaluating repeated approaches from Washington about holding talks on tariffs, the first time Beijing has publicly acknowledged that contact was being made.

Senior US officials had recently sent messages through relevant channels saying they hoped to talk, a commerce ministry spokesperson said in a statement. The spokesperson said Beijing was open to discussing the tariffs both sides had imposed, but only if Washington showed sincerity by cancelling its unilateral tariffs first.

"Saying one thing and doing another" would not work, the ministry added, warning that any attempt to use talks as cover for coercion or blackmail would fail.

The statement stopped short of confirming that negotiations would take place, and the ministry declined to say who might lead them. Vice Premier He Lifeng, who oversees economic ties with the United States, has not commented in public.

Stocks in Hong Kong and Shanghai rose on the statement. Analysts said the wording suggested Beijing wanted to be seen responding to US requests rather than initiating contact, and that a first meeting could come within weeks.""",
        claims=[
            ("china", CCT, C, "Beijing was open to discussing the tariffs both sides had imposed, but only if", True),
            ("china", UCT, S, "showed sincerity by cancelling its unilateral tariffs first", True),
        ],
    ),
    # 010 (no claims)
    dict(
        outlet="lantern-post", published="2025-05-07T02:30:00Z", city="WASHINGTON", date="May 6",
        slug="bessent-greer-to-meet-he-lifeng-in-geneva",
        title="Bessent, Greer to meet China's He Lifeng in Geneva",
        body="""Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer will travel to Switzerland this week and meet China's economic tsar, Vice Premier He Lifeng, in Geneva, the first face-to-face contact between the two sides since the tariff war began.

The Treasury said in a statement that Bessent would also hold talks with Swiss President Karin Keller-Sutter during the trip, which runs from Friday to Monday. Greer's office said he would meet Swiss officials as well.

In Beijing, the foreign ministry confirmed He would visit Switzerland from May 9 to 12 and said the meeting was taking place at the request of the US side. A spokesman declined to say whether tariff reductions would be discussed.

The venue was chosen partly because Switzerland has long hosted sensitive talks and neither side wanted to be seen travelling to the other's capital, according to a person briefed on the plans.

Officials on both sides declined to say how long the talks would last. Analysts in Geneva and Hong Kong speculated that a partial rollback could be on the table, but cautioned that expectations were low for a first round.""",
        claims=[],
    ),
    # 011
    dict(
        outlet="ironbridge-report", published="2025-05-09T16:00:00Z", city="WASHINGTON", date="May 9",
        slug="trump-floats-80-percent-china-tariff",
        title="Trump floats 80% China tariff on eve of Geneva talks",
        body="""President Donald Trump suggested on Friday that an 80% tariff on Chinese goods "seems right", signalling he could accept a substantial cut from the current 145% rate a day before his top economic officials sit down with Chinese counterparts in Geneva.

In a morning post, Trump said the figure was "up to Scott B.", a reference to Treasury Secretary Scott Bessent, and urged China to open its market to US companies.

White House press secretary Karoline Leavitt said later that the president would not lower tariffs on his own and wanted to see Beijing lower its own barriers as well, including its 125% counter-tariff. She said the number in the post was not a formal proposal.

Bessent and Trade Representative Jamieson Greer left for Switzerland on Friday. Chinese officials did not comment on the post.

Business groups said any reduction would help but that even 80% would keep most trade between the two economies frozen. A shipping executive in Los Angeles said bookings from Chinese ports had fallen by roughly a third since early April.""",
        claims=[
            ("us", UCT, C, 'an 80% tariff on Chinese goods "seems right"', True),
            ("us", CCT, S, "wanted to see Beijing lower its own barriers as well, including its 125% counter-tariff", True),
        ],
    ),
    # 012 (shift x2: us / us-cuts-tariffs conditional -> support; china / china-cuts-tariffs conditional -> support)
    dict(
        outlet="tidewater-wire", published="2025-05-12T08:40:00Z", city="GENEVA", date="May 12",
        slug="us-china-agree-to-slash-tariffs-for-90-days",
        title="US and China agree to slash tariffs for 90 days after Geneva talks",
        body="""The United States and China agreed on Monday to roll back most of the tariffs they imposed on each other last month, in a 90-day truce that sent stock markets sharply higher.

Under a joint statement released after two days of talks at a villa beside Lake Geneva, the United States will lower its tariffs on Chinese goods to 30% from 145%, and China will cut its duties on US goods to 10% from 125%, both by May 14. Each side will keep 24 percentage points of its reciprocal tariff suspended while talks continue.

China also agreed to suspend or remove the non-tariff countermeasures it had taken against the United States since April 2. Officials did not say whether that covered the licensing system for rare-earth exports, and a US official declined to answer when asked.

"Neither side wants a decoupling," Treasury Secretary Scott Bessent told reporters. Vice Premier He Lifeng, China's lead negotiator, called the talks candid, in-depth and constructive.

The National Retail Federation welcomed the deal as a relief for consumers and urged the administration to use the 90 days to reach a permanent agreement that brings duties down further.""",
        claims=[
            ("us", UCT, S, "the United States will lower its tariffs on Chinese goods to 30% from 145%", True),
            ("china", CCT, S, "China will cut its duties on US goods to 10% from 125%", True),
            ("us-retailers", UCT, S, "a permanent agreement that brings duties down further", True),
        ],
    ),
    # 013 (duplicate of 012, second outlet, same day)
    dict(
        outlet="fairhaven-courier", published="2025-05-12T11:25:00Z", city="GENEVA", date="May 12",
        slug="washington-beijing-cut-tariffs-in-geneva-truce",
        title="Washington, Beijing cut tariffs sharply in 90-day Geneva truce",
        body="""Washington and Beijing agreed on Monday to roll back most of the tariffs they slapped on each other in April, striking a 90-day truce that lifted stock markets around the world.

A joint statement issued after two days of talks at a lakeside villa said the United States will lower its tariffs on Chinese goods to 30% from 145%, while China will cut its duties on US goods to 10% from 125%. Both changes take effect by May 14, and each side will keep 24 percentage points of its reciprocal tariff suspended during further talks.

Beijing also agreed to suspend or remove non-tariff countermeasures imposed on the United States since April 2. It was not clear whether the rare-earth export licences were included; a US official declined to answer the question.

"Neither side wants a decoupling," Treasury Secretary Scott Bessent said. China's lead negotiator, Vice Premier He Lifeng, described the talks as candid, in-depth and constructive.

The National Retail Federation said the deal was a relief for shoppers and called on the administration to use the pause to reach a permanent agreement that brings duties down further.""",
        claims=[
            ("us", UCT, S, "the United States will lower its tariffs on Chinese goods to 30% from 145%", True),
            ("china", CCT, S, "China will cut its duties on US goods to 10% from 125%", True),
            ("us-retailers", UCT, S, "a permanent agreement that brings duties down further", True),
        ],
    ),
    # 014
    dict(
        outlet="crossbay-journal", published="2025-05-21T10:30:00Z", city="TAIPEI", date="May 21",
        slug="huang-calls-chip-curbs-a-failure-beijing-warns",
        title="Nvidia's Huang calls US chip curbs a failure; Beijing warns over Huawei guidance",
        body="""Nvidia chief executive Jensen Huang said on Wednesday that US export controls on chips sold to China had been a failure, arguing they had cut his company's share of the Chinese market sharply while spurring local rivals such as Huawei.

Speaking to reporters at the Computex trade show in Taipei, Huang said Washington should let American firms compete in China rather than hand the market to others.

In Beijing, China's commerce ministry attacked US guidance issued last week that warned companies worldwide against using Huawei's Ascend processors. The ministry called the guidance an abuse of export controls, urged the United States to correct its wrong practices at once, and said firms that complied with it could be breaking Chinese law.

A Commerce Department spokesperson in Washington said the guidance remained in force and was meant to protect US technology from misuse. The department's Bureau of Industry and Security published the warning on May 13, a day after the Geneva truce was announced.

Analysts said the exchange showed that chip restrictions, which were not covered by the Geneva deal, could become the next flashpoint.""",
        claims=[
            ("nvidia", CHIP, S, "US export controls on chips sold to China had been a failure", True),
            ("china", CHIP, S, "urged the United States to correct its wrong practices at once", True),
            ("us", CHIP, O, "said the guidance remained in force and was meant to protect US technology", True),
        ],
    ),
    # 015
    dict(
        outlet="lantern-post", published="2025-05-30T18:20:00Z", city="WASHINGTON", date="May 30",
        slug="trump-says-china-totally-violated-geneva-deal",
        title="Trump says China 'totally violated' Geneva deal",
        body="""President Donald Trump accused China on Friday of having "totally violated" the tariff truce agreed in Geneva earlier this month, without saying what Beijing had done.

His trade representative, Jamieson Greer, filled in some of the detail in a television interview, saying China had been slow-walking its side of the bargain. Greer said Beijing was still holding back export licences for rare earths and magnets that US manufacturers need.

Washington expects China to lift the rare-earth restrictions it agreed in Geneva to remove, Greer said, adding that the administration was considering its options if that did not happen.

Treasury Secretary Scott Bessent said a day earlier that the talks were a bit stalled and might need a direct conversation between Trump and Chinese President Xi Jinping to move forward.

Carmakers in the United States and Europe have warned that shortages of rare-earth magnets could force them to halt some production lines within weeks.

China's embassy in Washington did not immediately respond to a request for comment.""",
        claims=[
            ("us", RE, S, "Washington expects China to lift the rare-earth restrictions it agreed in Geneva to remove", True),
            ("china", RE, O, "Beijing was still holding back export licences for rare earths and magnets", False),
        ],
    ),
    # 016
    dict(
        outlet="tidewater-wire", published="2025-06-02T07:50:00Z", city="BEIJING", date="June 2",
        slug="china-rejects-us-charge-it-broke-truce",
        title="China rejects US charge it broke truce, points to chip curbs",
        body="""China on Monday rejected as groundless US accusations that it had broken the Geneva tariff truce, and said it was Washington that had undermined the deal by piling on new restrictions.

In a statement, the commerce ministry denied that it had backtracked on the tariff cuts agreed in Geneva, saying China had carried them out in full and in good faith. The ministry listed a series of US steps it called discriminatory, including guidance on AI chips and the revocation of visas for Chinese students.

It demanded that the United States stop its discriminatory restrictions on chips and correct its wrong practices immediately, and warned that China would take forceful measures to defend its interests if Washington pressed ahead.

US chip-design software makers have told Chinese customers in recent days that Washington has ordered them to halt sales, according to people familiar with the letters. The Commerce Department has said only that it is reviewing exports of strategic significance to China.

The dispute has raised doubts over whether the 90-day truce can survive. Neither government has said when the next round of talks will be held.""",
        claims=[
            ("china", CCT, S, "denied that it had backtracked on the tariff cuts agreed in Geneva", True),
            ("china", CHIP, S, "demanded that the United States stop its discriminatory restrictions on chips", True),
            ("us", CHIP, O, "Washington has ordered them to halt sales", False),
        ],
    ),
    # 017 (no claims)
    dict(
        outlet="crossbay-journal", published="2025-06-09T09:30:00Z", city="LONDON", date="June 9",
        slug="us-chinese-teams-meet-in-london",
        title="US, Chinese teams meet in London as rare earths top agenda",
        body="""Senior US and Chinese officials began a second round of trade talks in London on Monday, meeting at Lancaster House, a 19th-century mansion near Buckingham Palace that the government often uses for diplomatic gatherings.

The US team is led by Treasury Secretary Scott Bessent, joined by Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer. Vice Premier He Lifeng heads the Chinese delegation. Neither side spoke to reporters on arrival.

A Downing Street spokesman said Britain was pleased to host the talks and was a strong advocate of free trade, but that the UK was not taking part in the negotiations.

The meeting follows a phone call last Thursday between President Donald Trump and President Xi Jinping, who agreed that their teams should meet again. Asked about the talks on Monday, Trump said dealing with China was not easy but that things were going well.

Trade lawyers said the agenda was likely to include rare-earth export licences and US restrictions on chip-design software, though officials have not confirmed it. The talks were expected to continue into Tuesday.""",
        claims=[],
    ),
    # 018 (shift: us / us-eases-chip-controls oppose -> conditional)
    dict(
        outlet="tidewater-wire", published="2025-06-11T09:10:00Z", city="LONDON", date="June 11",
        slug="us-china-agree-framework-to-revive-geneva-truce",
        title="US, China agree framework to revive Geneva truce; Trump says deal 'done'",
        body="""US and Chinese negotiators agreed on a framework to put the Geneva tariff truce back on track after nearly 20 hours of talks in London, with Washington ready to ease some export restrictions as Beijing resumes rare-earth shipments.

Commerce Secretary Howard Lutnick told reporters early on Wednesday that US export measures imposed in recent weeks would come off in a balanced way as China approved licences for rare earths and magnets. He did not list the measures, but they are understood to include curbs on chip-design software.

Li Chenggang, China's trade negotiator, said the two sides had agreed in principle and would take the framework back to their leaders.

Hours later, President Donald Trump wrote on social media that the deal was done, subject to his and Xi's final approval, and that China would supply magnets and rare earths up front. He added that the United States would be getting a total of 55% in tariffs while China got 10%.

The figures left analysts puzzled, since the Geneva rates had not changed. A White House official later said the 55% included tariffs dating from Trump's first term.""",
        claims=[
            ("us", CHIP, C, "would come off in a balanced way as China approved licences for rare earths", True),
            ("china", RE, S, "China would supply magnets and rare earths up front", False),
        ],
    ),
    # 019
    dict(
        outlet="fairhaven-courier", published="2025-06-27T08:00:00Z", city="BEIJING", date="June 27",
        slug="china-confirms-london-deal-details",
        title="China confirms London deal details, says rare-earth licensing stays",
        body="""China's commerce ministry confirmed on Friday that the two sides had settled the details of the framework reached in London, a day after US Commerce Secretary Howard Lutnick said the deal had been signed.

Under the arrangement, China will review and approve applications to export controlled items that meet the requirements, the ministry said in a statement. It made clear that the licensing requirement introduced in April would stay in place, with approvals granted case by case in accordance with the law.

In return, the ministry said, the US side would correspondingly lift a series of restrictive measures it had imposed on China. It did not specify which measures.

Lutnick had told an interviewer on Thursday that the agreement was signed earlier in the week, but gave few details. The White House did not respond to questions about the timing.

European and Japanese companies, which also depend on Chinese rare earths, have complained that their own licence applications have stalled. The EU Chamber of Commerce in China said this week that several members had been forced to slow or pause production.""",
        claims=[
            ("china", RE, O, "the licensing requirement introduced in April would stay in place", True),
            ("us", CHIP, C, "the US side would correspondingly lift a series of restrictive measures", False),
        ],
    ),
    # 020
    dict(
        outlet="crossbay-journal", published="2025-07-15T11:40:00Z", city="BEIJING", date="July 15",
        slug="nvidia-applies-to-resume-h20-sales-lutnick-ties-to-magnets",
        title="Nvidia seeks to resume H20 sales to China; Lutnick ties move to magnets deal",
        body="""Nvidia said it had applied for licences to resume sales of its H20 artificial intelligence chip to China and expected them to be approved, three months after Washington required permits for the product.

Chief executive Jensen Huang, in Beijing for a supply-chain exhibition, said the company hoped to start deliveries soon and that China's market was too large and dynamic to ignore.

US Commerce Secretary Howard Lutnick said on Tuesday the licences were part of the trade negotiations and linked to the agreement on rare-earth magnets, and that none had yet been issued. He described the H20 as Nvidia's fourth-best chip and said Washington would keep its best technology for itself.

The chairman of the House Select Committee on the CCP, John Moolenaar, said chips like the H20 should not be sold to China and that export controls should not be traded for concessions.

Several Senate Democrats also criticised the move, saying it risked helping China's military.

China's foreign ministry declined to comment on the licences when asked at its daily briefing.""",
        claims=[
            ("nvidia", CHIP, S, "the company hoped to start deliveries soon", True),
            ("us", CHIP, C, "part of the trade negotiations and linked to the agreement on rare-earth magnets", True),
            ("house-china-committee", CHIP, O, "chips like the H20 should not be sold to China", True),
        ],
    ),
    # 021
    dict(
        outlet="tidewater-wire", published="2025-07-29T17:30:00Z", city="STOCKHOLM", date="July 29",
        slug="stockholm-talks-end-without-truce-extension",
        title="US, China end Stockholm talks without extending truce; Trump to decide",
        body="""US and Chinese officials ended two days of talks in Stockholm on Tuesday without announcing an extension of their tariff truce, with Treasury Secretary Scott Bessent saying the decision rested with President Donald Trump.

Bessent told reporters that a further 90-day pause was one of the options, but that nothing was agreed until the two negotiating teams had spoken with the president. He described the meetings at the Swedish prime minister's office as very constructive.

China's trade negotiator, Li Chenggang, said the two sides had agreed to work towards keeping the suspended portion of their tariffs on hold for another 90 days. He said Beijing's delegation, led by Vice Premier He Lifeng, had held candid discussions on fentanyl and export controls.

Trade Representative Jamieson Greer said the teams would report back to their leaders and that Washington did not see the truce as a substitute for a broader deal. The current pause is due to expire on Aug. 12.

Analysts said an extension was widely expected but that Trump might use the deadline to press for more purchases of US goods.""",
        claims=[
            ("us", EXT, C, "nothing was agreed until the two negotiating teams had spoken with the president", True),
            ("china", EXT, S, "agreed to work towards keeping the suspended portion of their tariffs on hold", True),
        ],
    ),
    # 022 (duplicate of 021, second outlet, same day)
    dict(
        outlet="fairhaven-courier", published="2025-07-29T20:10:00Z", city="STOCKHOLM", date="July 29",
        slug="stockholm-talks-leave-truce-extension-to-trump",
        title="Stockholm talks end with truce extension left to Trump",
        body="""Two days of US-China trade talks in Stockholm ended on Tuesday with no announced extension of the tariff truce, as Treasury Secretary Scott Bessent said President Donald Trump would make the call.

A further 90-day pause was among the options, Bessent told reporters, but nothing was agreed until the two negotiating teams had spoken with the president. He called the talks, held at the Swedish prime minister's office, very constructive.

Li Chenggang, China's trade negotiator, said both sides had agreed to work towards keeping the suspended portion of their tariffs on hold for a further 90 days. He said the Chinese delegation, headed by Vice Premier He Lifeng, had held candid talks on fentanyl and export controls.

Trade Representative Jamieson Greer said the teams would report to their leaders, adding that Washington did not regard the truce as a replacement for a wider agreement. The present pause runs out on Aug. 12.

Analysts said an extension was broadly expected, though Trump could use the deadline to push for larger purchases of American goods.""",
        claims=[
            ("us", EXT, C, "nothing was agreed until the two negotiating teams had spoken with the president", True),
            ("china", EXT, S, "agreed to work towards keeping the suspended portion of their tariffs on hold", True),
        ],
    ),
    # 023 (shift: us / extend-truce conditional -> support)
    dict(
        outlet="lantern-post", published="2025-08-12T02:45:00Z", city="WASHINGTON", date="Aug 11",
        slug="trump-extends-china-tariff-truce-90-days",
        title="Trump extends China tariff truce by 90 days",
        body="""President Donald Trump signed an executive order on Monday extending the pause on higher tariffs for Chinese goods by another 90 days, hours before the truce agreed in Geneva was due to lapse.

The order keeps the additional US tariff at 30% until Nov. 10, a White House official said. Without it, rates would have climbed back above 50%.

China's commerce ministry said early on Tuesday, Beijing time, that it would likewise keep the suspended part of its counter-tariff on hold for 90 days, leaving its rate on US goods at 10%.

The extension had been expected since the talks in Stockholm last month. In a post on Sunday, Trump said he hoped Beijing would rapidly quadruple its orders of US soybeans, praising American growers. Chinese buyers have not booked any cargoes from the new US harvest, turning to Brazil instead.

Officials from both sides are expected to meet again before November, though no date has been set. Analysts said the extension bought time for a possible meeting between Trump and Xi Jinping later in the year.""",
        claims=[
            ("us", EXT, S, "signed an executive order on Monday extending the pause on higher tariffs", True),
            ("china", EXT, S, "would likewise keep the suspended part of its counter-tariff on hold for 90 days", True),
            ("us", SOY, S, "he hoped Beijing would rapidly quadruple its orders of US soybeans", True),
        ],
    ),
    # 024
    dict(
        outlet="ironbridge-report", published="2025-08-20T14:00:00Z", city="ST. LOUIS", date="Aug 20",
        slug="soybean-growers-urge-trump-to-win-china-sales",
        title="Soybean growers warn of 'financial cliff', urge Trump to win China sales",
        body="""The American Soybean Association has urged President Donald Trump to make soybean purchases a priority in his talks with China, warning that US growers face a trade and financial cliff without their largest customer.

In a letter sent on Tuesday, the group said farmers could not survive a prolonged dispute with China, which normally buys about half of US soybean exports. It asked the administration to secure a deal that includes purchase commitments and to press Beijing to remove the retaliatory tariffs it has placed on American soybeans.

Caleb Ragland, the association's president and a Kentucky farmer, said prices had fallen while costs for seed, fertiliser and equipment kept rising.

China has not bought any soybeans from the coming US harvest, according to trade data, and has filled its needs from Brazil and Argentina. US soybeans still face a Chinese tariff of more than 20%, compared with 3% for South American supplies.

The White House did not respond to a request for comment on the letter.""",
        claims=[
            ("soybean-growers", SOY, S, "urged President Donald Trump to make soybean purchases a priority in his talks with China", True),
            ("soybean-growers", CCT, S, "press Beijing to remove the retaliatory tariffs it has placed on American soybeans", True),
        ],
    ),
    # 025 (no claims)
    dict(
        outlet="crossbay-journal", published="2025-09-15T17:00:00Z", city="MADRID", date="Sept 15",
        slug="us-china-reach-tiktok-framework-in-madrid",
        title="US, China reach TikTok framework at Madrid talks",
        body="""US and Chinese negotiators said on Monday they had reached a framework agreement on the future of TikTok's US operations after two days of talks in Madrid, and that President Donald Trump and President Xi Jinping would speak on Friday to finalise it.

Treasury Secretary Scott Bessent told reporters at the Spanish foreign ministry's palace that the commercial terms had been agreed between private parties, and declined to discuss them. China's trade negotiator Li Chenggang said the two sides had reached a basic consensus on the app, which is owned by ByteDance.

Tariffs were not the main focus of the round, and neither side announced any change to the truce that runs until Nov. 10.

As the talks were under way, China's market regulator said a preliminary investigation had found that Nvidia violated anti-monopoly rules in its 2020 purchase of Mellanox. Nvidia said it complied with the law in every country where it does business and would cooperate with the authorities.

A deadline for TikTok to be sold or shut down in the United States had been set for Wednesday. Analysts expected it to be extended again.""",
        claims=[],
    ),
    # 026
    dict(
        outlet="fairhaven-courier", published="2025-10-01T21:30:00Z", city="WASHINGTON", date="Oct 1",
        slug="trump-says-china-holding-back-on-soybeans",
        title="Trump says China holding back on soybeans as bargaining chip",
        body="""President Donald Trump said US soybean farmers were being hurt because Beijing was holding off on purchases, and that soybeans would be a major topic when he meets President Xi Jinping in four weeks.

In a post on Wednesday, Trump said he wanted China buying American soybeans again and pledged to use some of the money raised from tariffs to help farmers in the meantime.

China is holding off on buying US soybeans for negotiating reasons only, Trump wrote. Beijing has made no public comment on its purchases, and state buyers have instead booked record volumes from South America.

The American Soybean Association said growers appreciated the attention but needed trade, not aid. Its president, Caleb Ragland, said farmers wanted China back as a regular buyer before the harvest was sold at a loss.

The Chinese embassy in Washington did not reply to a request for comment. Agricultural economists estimated that lost sales to China could cost US farmers billions of dollars this year.""",
        claims=[
            ("us", SOY, S, "he wanted China buying American soybeans again", True),
            ("china", SOY, O, "China is holding off on buying US soybeans for negotiating reasons only", False),
            ("soybean-growers", SOY, S, "farmers wanted China back as a regular buyer", True),
        ],
    ),
    # 027
    dict(
        outlet="lantern-post", published="2025-10-09T08:30:00Z", city="BEIJING", date="Oct 9",
        slug="china-widens-rare-earth-export-controls",
        title="China sharply widens rare-earth export controls ahead of Trump-Xi meeting",
        body="""China expanded its export controls on rare earths on Thursday, adding five more elements to its list and, for the first time, requiring foreign companies to obtain Chinese approval to export products that contain even small amounts of Chinese-origin rare earths.

In a series of notices, the commerce ministry said the measures were needed to safeguard national security and to stop the materials being used for military purposes. The rules on foreign-made products containing 0.1% or more of Chinese rare earths by value take effect on Dec. 1. Controls on rare-earth processing technology apply immediately.

The ministry said the controls were not aimed at any particular country and that licence applications for legitimate civilian uses would be approved.

The move came weeks before President Donald Trump and President Xi Jinping were expected to meet in South Korea. Analysts in Shanghai and Singapore said Beijing appeared to be building leverage before the talks.

The US Trade Representative's office did not respond to a request for comment. Chip and defence companies said they were studying the rules.""",
        claims=[
            ("china", RE, O, "China expanded its export controls on rare earths on Thursday", True),
        ],
    ),
    # 028
    dict(
        outlet="tidewater-wire", published="2025-10-10T21:15:00Z", city="WASHINGTON", date="Oct 10",
        slug="trump-threatens-extra-100-percent-china-tariff",
        title="Trump threatens extra 100% tariff on China over rare-earth curbs",
        body="""President Donald Trump said on Friday the United States would impose an additional 100% tariff on Chinese goods from Nov. 1, on top of existing duties, in retaliation for Beijing's sweeping new curbs on rare-earth exports.

In a post on social media, Trump called China's move very hostile and said the curbs should never have been imposed, describing them as an attempt to hold the world captive. Earlier in the day he had questioned whether there was any reason to meet President Xi Jinping at the end of the month.

Wall Street suffered its worst day since April, with the S&P 500 falling nearly 3%. Soybean futures also slid.

The threat would take the US tariff on many Chinese goods well above 100%. Officials did not say whether the truce, which runs until Nov. 10, would be formally ended.

China's embassy in Washington did not immediately respond to a request for comment on Friday evening.""",
        claims=[
            ("us", D100, O, "would impose an additional 100% tariff on Chinese goods from Nov. 1", True),
            ("us", RE, S, "said the curbs should never have been imposed", True),
        ],
    ),
    # 029
    dict(
        outlet="crossbay-journal", published="2025-10-12T07:40:00Z", city="BEIJING", date="Oct 12",
        slug="china-not-afraid-of-tariff-fight",
        title="China says it is not afraid of tariff fight, defends rare-earth rules",
        body="""China said on Sunday it did not want a tariff war but was not afraid of one, and urged the United States to drop its threat of an extra 100% tariff on Chinese goods, two days after President Donald Trump announced it.

In a statement framed as answers to reporters' questions, a commerce ministry spokesperson said threatening high tariffs at every turn was not the right way to deal with China. The spokesperson defended Beijing's new rare-earth rules as a legitimate step to improve its export-control system and said they were not a ban.

If Washington went ahead, China would take resolute measures to protect its interests, the spokesperson said, without giving details.

Hours later, Trump struck a softer tone online, telling followers not to worry about China and that it would all be fine. He said Xi had just had a bad moment.

Analysts said the exchange left room for the two leaders to meet in South Korea, though markets were expected to remain volatile on Monday.""",
        claims=[
            ("china", D100, S, "urged the United States to drop its threat of an extra 100% tariff", True),
            ("china", RE, O, "defended Beijing's new rare-earth rules as a legitimate step", True),
        ],
    ),
    # 030
    dict(
        outlet="ironbridge-report", published="2025-10-17T15:20:00Z", city="WASHINGTON", date="Oct 17",
        slug="trump-concedes-100-percent-tariff-not-sustainable",
        title="Trump concedes 100% China tariff 'not sustainable' but says it could stand",
        body="""President Donald Trump conceded on Friday that an extra 100% tariff on Chinese goods would not be sustainable over time, but said it could stand because Beijing had forced his hand with its rare-earth controls.

In an interview broadcast on Fox Business, Trump said he still expected to meet President Xi Jinping in South Korea in about two weeks and that things would be fine with China. The 100% figure was the number, he said, and it could stay.

Treasury Secretary Scott Bessent, who spoke with Vice Premier He Lifeng by video on Friday, has called the rare-earth rules a case of China against the rest of the world. He said Washington and its allies wanted the controls withdrawn and would not accept Beijing deciding who could buy the products.

The two are expected to meet in Malaysia next week to prepare for the leaders' summit.

Bessent also accused a Chinese trade negotiator of behaving erratically, a remark that drew a sharp response from Beijing.

Soybean exporters said they were watching the talks closely, with no Chinese orders booked for the autumn crop.""",
        claims=[
            ("us", D100, O, "The 100% figure was the number, he said, and it could stay", True),
            ("us", RE, S, "Washington and its allies wanted the controls withdrawn", True),
        ],
    ),
    # 031 (shift: us / us-drops-100pct-tariff oppose -> support)
    dict(
        outlet="tidewater-wire", published="2025-10-26T09:30:00Z", city="KUALA LUMPUR", date="Oct 26",
        slug="bessent-says-100-percent-tariff-off-the-table",
        title="Bessent says 100% China tariff 'off the table' after Kuala Lumpur talks",
        body="""Treasury Secretary Scott Bessent said on Sunday that the threatened 100% tariff on Chinese goods was effectively off the table after two days of talks with Chinese officials on the sidelines of a regional summit in Kuala Lumpur.

Bessent told US television that negotiators had agreed a substantial framework for President Donald Trump and President Xi Jinping to consider when they meet in South Korea on Thursday.

He said he expected Beijing to put off its new rare-earth licensing regime by a year while it was re-examined, and that China would make substantial purchases of US soybeans. Trade Representative Jamieson Greer said details still had to be settled.

China's trade negotiator, Li Chenggang, said the two sides had reached a preliminary consensus after what he called intense discussions, but declined to give details. Vice Premier He Lifeng led the Chinese team.

Malaysian Prime Minister Anwar Ibrahim, the summit host, said he was pleased the talks had taken place in his capital.

Analysts said the outcome would depend on the leaders' meeting, and that markets were likely to rally on Monday.""",
        claims=[
            ("us", D100, S, "the threatened 100% tariff on Chinese goods was effectively off the table", True),
            ("china", RE, S, "he expected Beijing to put off its new rare-earth licensing regime by a year", False),
            ("china", SOY, S, "China would make substantial purchases of US soybeans", False),
        ],
    ),
    # 032
    dict(
        outlet="lantern-post", published="2025-10-29T06:10:00Z", city="GYEONGJU", date="Oct 29",
        slug="trump-may-raise-nvidia-blackwell-chips-with-xi",
        title="Trump says he may raise Nvidia's Blackwell chips with Xi",
        body="""President Donald Trump said on Wednesday he might discuss Nvidia's most advanced Blackwell processors with President Xi Jinping when the two meet this week, raising the possibility that chip curbs could be part of a broader bargain.

Speaking to reporters on Air Force One before landing in South Korea for a regional summit, Trump called the chips super-duper. He said a scaled-back version could come up in the talks, but did not commit to allowing any sale.

Nvidia chief executive Jensen Huang, speaking in Washington a day earlier, said he hoped to sell the company's chips in China again, calling it a market that American firms should not abandon.

John Moolenaar, chairman of the House Select Committee on the CCP, said Blackwell chips must not be offered to Beijing in any form and urged the administration to keep the controls in place.

Chinese officials have not said whether chips will be discussed. The leaders are due to meet near Busan on Thursday, on the sidelines of the Asia-Pacific Economic Cooperation summit.""",
        claims=[
            ("us", CHIP, C, "he might discuss Nvidia's most advanced Blackwell processors with President Xi Jinping", True),
            ("nvidia", CHIP, S, "he hoped to sell the company's chips in China again", True),
            ("house-china-committee", CHIP, O, "Blackwell chips must not be offered to Beijing in any form", True),
        ],
    ),
    # 033 (shift: china / china-suspends-rare-earth-controls oppose -> support)
    dict(
        outlet="tidewater-wire", published="2025-10-30T06:40:00Z", city="BUSAN", date="Oct 30",
        slug="trump-hails-meeting-with-xi-cuts-china-tariffs",
        title="Trump hails '12 out of 10' meeting with Xi, cuts China tariffs",
        body="""President Donald Trump said on Thursday he would cut the fentanyl-related tariff on Chinese goods to 10% from 20% after talks with President Xi Jinping, and that Beijing had agreed to keep rare earths flowing and to buy large amounts of US soybeans.

Trump, speaking on Air Force One after about 100 minutes of talks at an air base near Busan, rated the meeting 12 out of 10. He said the extra 100% tariff he had threatened this month would not go ahead, and that the overall rate on Chinese goods would fall to 47% from 57%.

China's commerce ministry said Beijing would suspend the export-control measures announced on Oct. 9 for one year and would work out the details. It said the two sides had also agreed to expand trade in farm goods, and that Beijing would step up purchases of US agricultural products.

Xi told Trump that the two countries should be partners and friends and that their economies should not be at odds, according to Chinese state media.

Trump said he would visit China in April.""",
        claims=[
            ("us", UCT, S, "he would cut the fentanyl-related tariff on Chinese goods to 10% from 20%", True),
            ("us", D100, S, "the extra 100% tariff he had threatened this month would not go ahead", True),
            ("china", RE, S, "Beijing would suspend the export-control measures announced on Oct. 9 for one year", True),
            ("china", SOY, S, "Beijing would step up purchases of US agricultural products", True),
        ],
    ),
    # 034
    dict(
        outlet="lantern-post", published="2025-11-05T12:00:00Z", city="WASHINGTON", date="Nov 5",
        slug="us-china-formalise-busan-tariff-cuts",
        title="US, China formalise Busan tariff cuts and extend truce for a year",
        body="""The United States and China on Wednesday put into writing the tariff cuts agreed by their leaders in Busan, each extending the pause on their higher reciprocal tariffs for a year.

An executive order signed by President Donald Trump lowers the fentanyl-related tariff on Chinese goods to 10% from Nov. 10 and keeps the suspended portion of the reciprocal tariff on hold until Nov. 10, 2026, the White House said.

In Beijing, the State Council's tariff commission said China would keep the extra 24% tariff on US goods suspended for another year while retaining a 10% rate, and would scrap duties of up to 15% on a range of US farm products from Nov. 10.

US soybeans will still face a tariff of about 13%, however. The American Soybean Association said that left growers at a disadvantage to Brazil and asked Beijing to remove the remaining retaliatory duty.

Officials on both sides said further talks would take place in the coming months, and that a working group would monitor how the commitments were carried out.""",
        claims=[
            ("us", UCT, S, "lowers the fentanyl-related tariff on Chinese goods to 10% from Nov. 10", True),
            ("us", EXT, S, "keeps the suspended portion of the reciprocal tariff on hold until Nov. 10, 2026", True),
            ("china", EXT, S, "would keep the extra 24% tariff on US goods suspended for another year", True),
            ("china", CCT, S, "would scrap duties of up to 15% on a range of US farm products", True),
            ("soybean-growers", CCT, S, "asked Beijing to remove the remaining retaliatory duty", True),
        ],
    ),
]

# Labelled shifts (article = the first article that shows the new stance).
SHIFTS = [
    dict(actor="us", issue=UCT, frm=O, to=C, article="007",
         why="Trump says the 145% rate will come down substantially once a deal is reached, and Bessent says cuts must be mutual; in 002 and 003 Trump refused any pause and raised the rate to 125%."),
    dict(actor="china", issue=CCT, frm=O, to=C, article="009",
         why="The commerce ministry says Beijing is open to discussing the tariffs both sides imposed, but only if Washington cancels its unilateral tariffs first; in 001 and 004 China matched every US increase. The importers' report of quiet exemptions in 008 is attributed: false and does not move the stance."),
    dict(actor="us", issue=UCT, frm=C, to=S, article="012",
         why="In the Geneva joint statement the United States undertakes to lower its tariffs on Chinese goods to 30% from 145%; since 007 and 011 it had only signalled a cut tied to a deal."),
    dict(actor="china", issue=CCT, frm=C, to=S, article="012",
         why="In the same Geneva joint statement China undertakes to cut its duties on US goods to 10% from 125%; in 009 it would only discuss them on conditions."),
    dict(actor="us", issue=CHIP, frm=O, to=C, article="018",
         why="Lutnick says the recent US export measures will come off as China approves rare-earth licences (an easing offered in exchange); in 006, 014 and 016 Washington was imposing and defending new chip curbs."),
    dict(actor="us", issue=EXT, frm=C, to=S, article="023",
         why="Trump signs the order extending the truce by 90 days; in 021 Bessent said nothing was agreed until the president had been consulted."),
    dict(actor="us", issue=D100, frm=O, to=S, article="031",
         why="Bessent says the threatened 100% tariff is effectively off the table; in 028 Trump announced it and in 030 said the figure could stay."),
    dict(actor="china", issue=RE, frm=O, to=S, article="033",
         why="China's commerce ministry says Beijing will suspend the Oct. 9 export-control measures for a year; it imposed (001), kept (019) and widened (027, 029) the controls. Earlier reports of a Chinese concession (018 by Trump, 031 by Bessent) are attributed: false and do not move the stance."),
]

DUPLICATES = [("012", "013"), ("021", "022")]
NO_CLAIM_ARTICLES = ["005", "010", "017", "025"]

DATELINE_RE = re.compile(
    r"^[A-Z][A-Z. '-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \((?P<outlet>[^)]+)\) - ")


def fail(errors, msg):
    errors.append(msg)


def parse_watchlist(path):
    """Minimal reader for this set's watchlist.yaml layout (ids and baseline only)."""
    actors, issues, baseline = set(), set(), []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if re.match(r"^(actors|issues|baseline):", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^\s+- id: (\S+)", line)
            if m and section == "actors":
                actors.add(m.group(1))
            elif m and section == "issues":
                issues.add(m.group(1))
            m = re.match(r"^\s+- \{actor: (\S+), issue: (\S+), stance: (\S+)\}", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def build():
    articles = []
    for n, a in enumerate(ARTICLES, start=1):
        aid = f"{n:03d}"
        outlet_name = OUTLETS[a["outlet"]]
        y, mo, d = a["published"][:10].split("-")
        text = f"{a['city']}, {a['date']} ({outlet_name}) - {a['body'].strip()}"
        articles.append(dict(
            id=aid,
            published=a["published"],
            source=outlet_name,
            url=f"https://example.org/{a['outlet']}/{y}/{mo}/{d}/{a['slug']}",
            title=a["title"],
            text=text,
            _outlet=a["outlet"],
            _claims=a["claims"],
        ))
    return articles


def write(articles):
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in articles:
        public = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, f"{a['id']}.json"), "w", encoding="utf-8") as fh:
            json.dump(public, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted((a for a in articles if a["_outlet"] == slug), key=lambda a: a["published"], reverse=True)
        def rfc822(iso):
            return format_datetime(datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            f"    <title>{escape(name)}</title>",
            f"    <link>https://example.org/{slug}/</link>",
            f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set {TOPIC}</description>",
            "    <language>en</language>",
            f"    <lastBuildDate>{rfc822(items[0]['published'])}</lastBuildDate>",
        ]
        for a in items:
            lines += [
                "    <item>",
                f"      <title>{escape(a['title'])}</title>",
                f"      <link>{escape(a['url'])}</link>",
                f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                f"      <pubDate>{rfc822(a['published'])}</pubDate>",
                f"      <description>{escape(a['text'])}</description>",
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>"]
        with open(os.path.join(feed_dir, f"{slug}.xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")

    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {
            a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["_claims"]]
            for a in articles
        },
        "shifts": [
            {"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"], "article": s["article"], "why": s["why"]}
            for s in SHIFTS
        ],
        "no_alert_articles": [a["id"] for a in articles if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return labels


def validate(articles, labels):
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    stances = {S, O, C}

    if not 30 <= len(articles) <= 34:
        fail(errors, f"article count {len(articles)} not in 30-34")
    prev = ""
    for n, a in enumerate(articles, start=1):
        if a["id"] != f"{n:03d}":
            fail(errors, f"{a['id']}: id out of sequence")
        if a["published"] <= prev:
            fail(errors, f"{a['id']}: not in publication order")
        prev = a["published"]
        m = DATELINE_RE.match(a["text"])
        if not m or m.group("outlet") != a["source"]:
            fail(errors, f"{a['id']}: bad dateline: {a['text'][:60]!r}")
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            fail(errors, f"{a['id']}: {words} words, not in 120-260")
        seen = set()
        for c in a["_claims"]:
            actor, issue, stance, quote, attributed = c
            if actor not in actors:
                fail(errors, f"{a['id']}: unknown actor {actor}")
            if issue not in issues:
                fail(errors, f"{a['id']}: unknown issue {issue}")
            if stance not in stances:
                fail(errors, f"{a['id']}: bad stance {stance}")
            if not isinstance(attributed, bool):
                fail(errors, f"{a['id']}: attributed must be a bool")
            if quote not in a["text"]:
                fail(errors, f"{a['id']}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                fail(errors, f"{a['id']}: quote over 15 words: {quote!r}")
            if (actor, issue) in seen:
                fail(errors, f"{a['id']}: two claims for {actor}/{issue}")
            seen.add((actor, issue))
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in stances:
            fail(errors, f"bad baseline entry {b}")

    # Recompute shifts: prevailing stance = last attributed labelled stance, starting from baseline.
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    recomputed = []
    for a in articles:
        for actor, issue, stance, _q, attributed in a["_claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            if key in prevailing and prevailing[key] != stance:
                recomputed.append((actor, issue, prevailing[key], stance, a["id"]))
            prevailing[key] = stance
    # A duplicate copy restates its original; drop shifts that only re-occur in a copy.
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        fail(errors, f"shift mismatch:\n  recomputed {sorted(recomputed)}\n  labelled   {sorted(labelled)}")
    for s in labels["shifts"]:
        if s["actor"] not in actors or s["issue"] not in issues:
            fail(errors, f"shift with unknown actor/issue {s}")
    n_shifts = len(labels["shifts"])
    if not 5 <= n_shifts <= 8:
        fail(errors, f"{n_shifts} shifts, not in 5-8")
    if not any(C in (s["from"], s["to"]) for s in labels["shifts"]):
        fail(errors, "no shift to or from conditional")
    reversals = sum(1 for s in labels["shifts"] if {s["from"], s["to"]} == {S, O})
    if reversals > 2:
        fail(errors, f"{reversals} straight support/oppose reversals (max 2)")

    shift_articles = {s["article"] for s in labels["shifts"]}
    expected_no_alert = [a["id"] for a in articles if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected_no_alert:
        fail(errors, "no_alert_articles is not every article except the shift articles")

    by_id = {a["id"]: a for a in articles}
    for orig, copy in DUPLICATES:
        o, c = by_id[orig], by_id[copy]
        if o["published"][:10] != c["published"][:10] or o["source"] == c["source"]:
            fail(errors, f"duplicate {orig}/{copy} not same day from a second outlet")
        if [x[:3] + x[4:] for x in o["_claims"]] != [x[:3] + x[4:] for x in c["_claims"]]:
            fail(errors, f"duplicate {orig}/{copy} claims differ")
    if not any(orig in shift_articles for orig, _ in DUPLICATES):
        fail(errors, "no duplicate pair of a shift article")
    for aid in NO_CLAIM_ARTICLES:
        if by_id[aid]["_claims"]:
            fail(errors, f"{aid} should have no claims")
    if sum(1 for a in articles if not a["_claims"]) != len(NO_CLAIM_ARTICLES):
        fail(errors, "unexpected article without claims")

    all_claims = [c for a in articles for c in a["_claims"]]
    counts = {st: sum(1 for c in all_claims if c[2] == st) for st in (S, O, C)}
    unattributed = sum(1 for c in all_claims if not c[4])
    if not 60 <= len(all_claims) <= 90:
        fail(errors, f"{len(all_claims)} claims, not in 60-90")
    if counts[C] < 6 or min(counts.values()) == 0:
        fail(errors, f"stance counts {counts}")
    if unattributed == 0:
        fail(errors, "no attributed: false claims")

    outlets_used = {a["_outlet"] for a in articles}
    if not 4 <= len(outlets_used) <= 5:
        fail(errors, f"{len(outlets_used)} outlets used")
    for slug in OUTLETS:
        path = os.path.join(HERE, "feeds", f"{slug}.xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            fail(errors, f"xmllint failed on {path}: {r.stderr.strip()}")

    return errors, dict(articles=len(articles), claims=len(all_claims), stances=counts,
                        attributed_false=unattributed, shifts=n_shifts, shift_articles=sorted(shift_articles),
                        words=[len(a["text"].split()) for a in articles])


def main():
    articles = build()
    labels = write(articles)
    errors, stats = validate(articles, labels)
    for e in errors:
        print("ERROR:", e)
    print(json.dumps({k: v for k, v in stats.items() if k != "words"}))
    print("words per article: min", min(stats["words"]), "max", max(stats["words"]))
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
