#!/usr/bin/env python3
"""Build the us-steel-nippon-2024 evaluation set: articles/*.json, feeds/*.xml, labels.json.

Self-contained (standard library only). Run from anywhere: python3 build.py
It validates the set after writing it and exits non-zero on any problem.
"""
import json
import os
import re
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "ridgeline-wire": "Ridgeline Wire",
    "tidewater-times": "Tidewater Times",
    "summit-dispatch": "Summit Dispatch",
    "pacific-courier": "Pacific Courier",
    "ironbridge-journal": "Ironbridge Journal",
}

# (id, published UTC, outlet slug, url slug, title, paragraphs)
ARTICLES = [
    ("001", "2023-12-18T15:20:00Z", "ridgeline-wire", "nippon-steel-agrees-to-buy-us-steel",
     "Nippon Steel agrees to buy U.S. Steel for $14.9 billion",
     [
         "PITTSBURGH, Dec 18 (Ridgeline Wire) - Japan's Nippon Steel agreed on Monday to buy United States Steel Corp for $14.9 billion in cash, a deal that would hand one of America's oldest industrial names to a foreign owner after a months-long auction.",
         "Nippon Steel will pay $55 a share, a premium of about 40% to Friday's closing price. U.S. Steel's board unanimously approved the agreement, and chief executive David Burritt said the combination would create a stronger competitor with the scale to keep investing in American mills.",
         "Nippon Steel said U.S. Steel would keep its name and its headquarters in Pittsburgh, and that it would honour all existing agreements with the United Steelworkers. Vice chairman Takahiro Mori called the purchase a long-term commitment to the United States.",
         "The union was not consulted. David McCall, president of the United Steelworkers, said he was disappointed that U.S. Steel had chosen to sell to a foreign-owned company and that the union would urge government regulators to scrutinise the deal closely.",
         "The sale ends a process that began in August, when U.S. Steel turned down an unsolicited cash-and-stock approach from Cleveland-Cliffs worth about $7.3 billion.",
     ]),
    ("002", "2023-12-19T21:05:00Z", "tidewater-times", "white-house-says-steel-deal-deserves-scrutiny",
     "White House says U.S. Steel sale deserves serious scrutiny",
     [
         "WASHINGTON, Dec 19 (Tidewater Times) - The White House said on Tuesday that Nippon Steel's planned purchase of U.S. Steel deserved a hard look, as lawmakers from steel-producing states lined up against the deal.",
         "Lael Brainard, director of the National Economic Council, said in a statement that President Joe Biden welcomed foreign investment that creates good American jobs. But she said the purchase of an iconic American-owned steel company by a foreign buyer seemed worthy of serious scrutiny for its possible effect on national security and supply chains.",
         "Senator John Fetterman, a Pennsylvania Democrat, said he would do everything he could to stop the sale, calling it outrageous. Republican Senators J.D. Vance and Josh Hawley wrote to the Treasury Department asking it to reject the transaction.",
         "U.S. Steel and Nippon Steel said they expected the deal to close in the second or third quarter of 2024, after approval by shareholders and regulators, including the Committee on Foreign Investment in the United States.",
     ]),
    ("003", "2023-12-21T08:40:00Z", "summit-dispatch", "nippon-steel-confident-of-approval",
     "Nippon Steel says it wants all of U.S. Steel, confident of approval",
     [
         "TOKYO, Dec 21 (Summit Dispatch) - Nippon Steel's leadership said on Thursday it was confident that its $14.9 billion purchase of U.S. Steel would win approval in Washington, despite a wave of criticism from American politicians and the steelworkers' union.",
         "Vice chairman Takahiro Mori told reporters in Tokyo that the company wanted to own all of U.S. Steel and had no interest in a partial stake or a joint venture, because full ownership was the only way to bring its technology to American mills. He said the deal would strengthen ties between Japan and the United States.",
         "Asked about the political backlash, Mori said Nippon Steel would explain its plans patiently to the union and to lawmakers, and repeated that it would keep U.S. Steel's Pittsburgh headquarters.",
         "Japan's top government spokesman declined to comment on what he called a transaction between private companies. Officials at the trade ministry said they were following the American review process closely.",
         "Shares of Nippon Steel fell about 5% in Tokyo trading as investors weighed the price of the deal.",
     ]),
    ("004", "2024-01-31T23:10:00Z", "pacific-courier", "trump-vows-to-block-us-steel-sale",
     "Trump says he would block Nippon Steel's purchase of U.S. Steel 'instantly'",
     [
         "WASHINGTON, Jan 31 (Pacific Courier) - Former President Donald Trump said on Wednesday he would stop Nippon Steel's purchase of U.S. Steel if he returned to the White House, calling the sale of the Pittsburgh steelmaker to a Japanese buyer a terrible thing.",
         "\"I would block it instantly. Absolutely,\" Trump told reporters after meeting leaders of the Teamsters union. He did not say what legal tool he would use.",
         "The remark put the Republican frontrunner on the same side as the United Steelworkers, which has campaigned against the deal since it was announced, and raised the pressure on President Joe Biden, whose administration has not said whether it will approve the transaction.",
         "Nippon Steel declined to comment on the former president's remarks. A U.S. Steel spokesperson said the company continued to expect the deal to close later this year.",
     ]),
    ("005", "2024-02-13T17:30:00Z", "ironbridge-journal", "cliffs-ceo-says-still-wants-us-steel",
     "Cleveland-Cliffs chief predicts Nippon deal will fail, says Cliffs still wants U.S. Steel",
     [
         "CLEVELAND, Feb 13 (Ironbridge Journal) - Cleveland-Cliffs chief executive Lourenco Goncalves said on Tuesday he expected Nippon Steel's takeover of U.S. Steel to collapse, and that his company still wanted to buy its larger rival.",
         "Goncalves told analysts on a results call that the Japanese deal faced opposition from the union, from both presidential campaigns and from Congress, and predicted it would not survive the government review. Cliffs remained ready to buy U.S. Steel, he said, and its own proposal had been the right deal for American workers.",
         "He did not say whether Cliffs would repeat its earlier price, which U.S. Steel's board rejected in August as too low. The United Steelworkers had endorsed the Cliffs approach at the time.",
         "U.S. Steel said in response that its agreement with Nippon Steel was on track.",
     ]),
    ("006", "2024-03-14T16:00:00Z", "ironbridge-journal", "biden-says-us-steel-must-stay-american",
     "Biden says U.S. Steel must remain American-owned",
     [
         "WASHINGTON, Mar 14 (Ironbridge Journal) - President Joe Biden said on Thursday that U.S. Steel should stay in American hands, his clearest signal yet that he opposes Nippon Steel's $14.9 billion bid for the Pittsburgh company.",
         "\"It is vital for it to remain an American steel company that is domestically owned and operated,\" Biden said in a statement, calling U.S. Steel an iconic company that had been at the heart of American industry for more than a century. He said he had told steelworkers that he had their backs.",
         "The statement went further than the White House's comments in December, when an aide said the deal merited serious scrutiny but stopped short of taking a side. It did not say whether Biden would use his power to block the transaction, which is under review by the Committee on Foreign Investment in the United States.",
         "United Steelworkers president David McCall thanked Biden and said the union would keep fighting the sale. U.S. Steel said it remained committed to the deal, which it called the best way to secure the company's future. Nippon Steel said it would keep working toward closing.",
     ]),
    ("007", "2024-03-14T19:45:00Z", "tidewater-times", "biden-backs-domestic-ownership-of-us-steel",
     "Biden wants U.S. Steel to stay domestically owned, in blow to Nippon Steel",
     [
         "WASHINGTON, Mar 14 (Tidewater Times) - President Joe Biden said on Thursday that U.S. Steel should remain in American hands, his clearest sign yet that he opposes Nippon Steel's $14.9 billion offer for the Pittsburgh steelmaker.",
         "\"It is vital for it to remain an American steel company that is domestically owned and operated,\" Biden said in a written statement, describing U.S. Steel as an iconic company at the heart of American industry for over a century. He said he had told steelworkers he had their backs.",
         "The statement went beyond the White House's comments in December, when an aide said the deal merited serious scrutiny without taking a side. It did not say whether Biden would block the transaction, which the Committee on Foreign Investment in the United States is reviewing.",
         "United Steelworkers president David McCall thanked Biden and said the union would keep fighting the sale. U.S. Steel said it remained committed to the deal, calling it the best way to secure its future. Nippon Steel said it would keep working toward closing.",
     ]),
    ("008", "2024-03-15T06:30:00Z", "summit-dispatch", "tokyo-watches-us-steel-review",
     "Tokyo says it will watch U.S. Steel review closely after Biden remarks",
     [
         "TOKYO, Mar 15 (Summit Dispatch) - Japan's government said on Friday it would follow the American review of Nippon Steel's bid for U.S. Steel closely, a day after President Joe Biden said the steelmaker should remain domestically owned.",
         "Chief Cabinet Secretary Yoshimasa Hayashi told a news conference that the government would refrain from commenting on an individual corporate deal, and that he hoped the review would be carried out appropriately under American law. He declined to say whether Prime Minister Fumio Kishida would raise the matter during his state visit to Washington next month.",
         "Nippon Steel said in a statement that the acquisition would benefit U.S. Steel, its employees and American national security, and that it intended to complete it.",
         "Some analysts in Tokyo said the bid had become a casualty of the presidential race in Pennsylvania, and predicted that Nippon Steel might have to wait until after the November election for a decision.",
     ]),
    ("009", "2024-04-10T22:15:00Z", "pacific-courier", "kishida-state-visit-steel-deal-unmentioned",
     "Kishida and Biden tout alliance; steel deal left out of public remarks",
     [
         "WASHINGTON, Apr 10 (Pacific Courier) - President Joe Biden welcomed Japanese Prime Minister Fumio Kishida to the White House on Wednesday for a state visit focused on defence ties, with neither leader addressing Nippon Steel's bid for U.S. Steel in public.",
         "The two leaders announced closer coordination between their military commands and new cooperation on space and technology. Kishida was not asked about the steel deal at their joint news conference, and Japanese officials travelling with him declined to say whether it had come up in private.",
         "One Japanese diplomat, speaking on condition of anonymity, said Tokyo expected the matter to be handled under normal rules and did not want a commercial dispute to overshadow the alliance. Keidanren, Japan's biggest business lobby, has asked Washington to treat investment from allies as a strength.",
         "U.S. Steel shareholders are due to vote on the Nippon Steel offer in Pittsburgh on Friday.",
     ]),
    ("010", "2024-04-12T18:20:00Z", "ridgeline-wire", "us-steel-shareholders-approve-nippon-sale",
     "U.S. Steel shareholders approve sale to Nippon Steel",
     [
         "PITTSBURGH, Apr 12 (Ridgeline Wire) - U.S. Steel shareholders voted overwhelmingly on Friday to approve the company's sale to Nippon Steel, clearing one hurdle for a deal that still faces opposition from the White House and the steelworkers' union.",
         "About 98% of the votes cast at a special meeting favoured the $14.9 billion acquisition, the company said. Chief executive David Burritt said the result showed that shareholders saw the value of the combination, and that he expected the deal to close in the second half of the year.",
         "David McCall, president of the United Steelworkers, said the vote changed nothing. The union would continue to oppose a sale to a foreign company that he said had shown no intention of honouring the union's contract, and it would press regulators to reject the deal.",
         "Nippon Steel welcomed the vote and said it was making progress with regulators in other countries. The deal still needs clearance from the Committee on Foreign Investment in the United States, which examines foreign purchases for national security risks.",
     ]),
    ("011", "2024-04-25T19:00:00Z", "ridgeline-wire", "nippon-steel-hires-pompeo",
     "Nippon Steel hires Pompeo to help win over Washington",
     [
         "WASHINGTON, Apr 25 (Ridgeline Wire) - Nippon Steel has hired former Secretary of State Mike Pompeo as an adviser on its purchase of U.S. Steel, the company confirmed on Thursday, adding a prominent Republican voice to its effort to win over Washington.",
         "Pompeo, who served under Donald Trump, said in a statement that the deal would strengthen an American ally against China's excess steel production and that he was proud to help. He did not say whether he had discussed the deal with the former president.",
         "Nippon Steel declined to give details of Pompeo's role or pay. The company has also hired lobbyists with ties to both parties since the deal was announced in December.",
         "A spokesperson for the Trump campaign did not respond to a request for comment. Trump told reporters in January that he would block the deal.",
         "Critics of the sale, including several Pennsylvania lawmakers, said the hire showed that Nippon Steel was treating a national security question as a lobbying contest.",
     ]),
    ("012", "2024-05-09T20:00:00Z", "tidewater-times", "nippon-steel-pledges-no-layoffs",
     "Nippon Steel pledges no layoffs and new investment in bid to win over Pennsylvania",
     [
         "PITTSBURGH, May 9 (Tidewater Times) - Nippon Steel vice chairman Takahiro Mori, visiting western Pennsylvania on Thursday, promised that no U.S. Steel worker would lose a job and no plant would close because of the Japanese company's purchase.",
         "He said Nippon Steel would spend at least $1.4 billion on U.S. Steel's union-represented mills, including the Mon Valley Works outside Pittsburgh, and would move its own American headquarters from Houston to Pittsburgh, where U.S. Steel's head office would also stay.",
         "Mori said the company remained fully committed to completing the acquisition and hoped to meet union leaders in person. Asked whether Nippon Steel would accept a smaller role if that helped win approval, he declined to discuss hypotheticals.",
         "Governor Josh Shapiro said after meeting Mori that he still had concerns about the deal. Local business groups in the Mon Valley have been more welcoming, saying the mills need the investment.",
     ]),
    ("013", "2024-05-16T15:40:00Z", "pacific-courier", "steelworkers-dismiss-nippon-pledges",
     "Steelworkers union dismisses Nippon Steel's pledges as unenforceable",
     [
         "PITTSBURGH, May 16 (Pacific Courier) - The United Steelworkers on Thursday dismissed Nippon Steel's latest pledges on jobs and investment, saying promises made during a takeover fight would be worth little once a deal closed.",
         "In a letter to members, union president David McCall said none of Nippon Steel's commitments was legally binding on the union's terms, and that the union's opposition to the sale was unchanged. He said a purchase by a domestic company, such as Cleveland-Cliffs, was still the best outcome for the workers.",
         "U.S. Steel said the union's claims were misleading and that the Nippon Steel deal offered more investment than any other option. Chief executive David Burritt has said Cleveland-Cliffs' earlier offer would have created a domestic monopoly in some steel products.",
         "The letter came a week after Nippon Steel's vice chairman toured the Mon Valley and promised that no worker would lose a job as a result of the acquisition.",
     ]),
    ("014", "2024-07-15T21:00:00Z", "summit-dispatch", "cliffs-buys-stelco-moves-on-from-us-steel",
     "Cleveland-Cliffs buys Canada's Stelco, says U.S. Steel no longer its focus",
     [
         "CLEVELAND, Jul 15 (Summit Dispatch) - Cleveland-Cliffs agreed on Monday to buy Canadian steelmaker Stelco for about $2.5 billion, and its chief executive said the company had moved on from its pursuit of U.S. Steel.",
         "Lourenco Goncalves told analysts that Cliffs was no longer focused on U.S. Steel and would look at it again only if Nippon Steel's deal fell apart and the price made sense for Cliffs' shareholders. He said Stelco, based in Hamilton, Ontario, gave Cliffs low-cost flat-rolled capacity without a long regulatory fight.",
         "Analysts said the Stelco deal made a renewed Cliffs offer less likely but not impossible. One said Cliffs would struggle to finance both purchases at once.",
         "Nippon Steel's purchase of U.S. Steel is still waiting for a decision from the national security review in Washington.",
     ]),
    ("015", "2024-09-02T19:30:00Z", "ironbridge-journal", "harris-says-us-steel-should-stay-american",
     "Harris says U.S. Steel should remain American-owned at Pittsburgh rally",
     [
         "PITTSBURGH, Sep 2 (Ironbridge Journal) - Vice President Kamala Harris said on Monday that U.S. Steel should remain American-owned and operated, siding with the steelworkers against Nippon Steel's purchase of the company at a Labor Day rally with President Joe Biden.",
         "Harris, the Democratic presidential nominee, told union members that U.S. Steel was a historic American company and that the country needed strong American steel companies. Biden, who spoke after her, praised union workers for building the middle class.",
         "Donald Trump's campaign said Harris was copying a position Trump took months earlier. A campaign spokesperson said Trump would block the deal on his first day back in office.",
         "Some steelworkers at the rally carried signs opposing the sale, while others from the Mon Valley Works have said they want the investment Nippon Steel has promised.",
     ]),
    ("016", "2024-09-04T23:50:00Z", "tidewater-times", "biden-said-to-prepare-block-of-nippon-deal",
     "Biden said to be preparing to block Nippon Steel deal",
     [
         "WASHINGTON, Sep 4 (Tidewater Times) - President Joe Biden is preparing to formally block Nippon Steel's purchase of U.S. Steel, according to two people familiar with the matter, in what would be a rare veto of an investment by a close ally.",
         "The Committee on Foreign Investment in the United States told the companies in a letter last weekend that the deal could harm national security by putting the supply of steel for critical projects at risk, the people said. The letter has not been made public.",
         "The White House declined to comment, saying the review was still under way.",
         "U.S. Steel shares fell sharply on the report. Nippon Steel said it had not been told of any decision and would keep working with the review panel to win approval.",
     ]),
    ("017", "2024-09-05T14:15:00Z", "ridgeline-wire", "us-steel-warns-it-could-leave-pittsburgh",
     "U.S. Steel warns it could leave Pittsburgh and close mills if deal fails",
     [
         "PITTSBURGH, Sep 5 (Ridgeline Wire) - U.S. Steel chief executive David Burritt warned on Thursday that the company would likely move its headquarters out of Pittsburgh and could idle blast furnaces in the Mon Valley if its sale to Nippon Steel is blocked.",
         "Burritt said in an interview that without Nippon Steel's promised investment, thousands of union jobs would be at risk and the company would have to put its money into its non-union mill in Arkansas. Keeping the head office in Pittsburgh depended on the deal going through, he said.",
         "Senator John Fetterman called the warning an empty threat. United Steelworkers president David McCall said it was a scare tactic aimed at workers and that the union's opposition to the sale had not changed.",
         "Burritt said he still believed the deal would close. U.S. Steel has been based in Pittsburgh since its founding in 1901.",
     ]),
    ("018", "2024-09-06T09:10:00Z", "pacific-courier", "nippon-offers-government-veto-on-capacity",
     "Nippon Steel offers U.S. government a veto on capacity cuts",
     [
         "TOKYO, Sep 6 (Pacific Courier) - Nippon Steel said on Friday it had offered to give the U.S. government the power to veto any cut in U.S. Steel's production capacity, as it tried to answer security concerns raised by federal reviewers.",
         "In its reply to the review committee, the company also proposed that a majority of U.S. Steel's board be American citizens and that decisions on trade matters be left to the American management. Vice chairman Takahiro Mori said the commitments would be binding and would outlast any political cycle.",
         "The United Steelworkers dismissed the offer. David McCall, the union's president, said a government veto on paper would not protect a single job and that the union still opposed the sale.",
         "Japan's trade minister Ken Saito told reporters he hoped the review would be based on facts rather than politics, but he declined to say whether Tokyo had raised the deal with Washington.",
     ]),
    ("019", "2024-09-18T12:00:00Z", "summit-dispatch", "nippon-refiles-us-steel-application",
     "Nippon Steel refiles U.S. security application, pushing decision past election",
     [
         "WASHINGTON, Sep 18 (Summit Dispatch) - Nippon Steel has withdrawn and refiled its application for national security clearance of its U.S. Steel purchase, a step that restarts a 90-day review clock and pushes a decision beyond the Nov 5 election.",
         "The Committee on Foreign Investment in the United States agreed to the refiling, the companies said. The review panel did not comment.",
         "Nippon Steel said it welcomed the chance to keep working with the committee and remained committed to completing the acquisition. U.S. Steel said the extra time would let reviewers consider the full record.",
         "Analysts said the move could leave the final decision to whoever wins the White House in November. Both candidates have spoken against the deal during the campaign in Pennsylvania.",
     ]),
    ("020", "2024-09-27T09:30:00Z", "summit-dispatch", "ishiba-wins-ldp-leadership",
     "Ishiba wins Japan's ruling party leadership, silent on steel deal",
     [
         "TOKYO, Sep 27 (Summit Dispatch) - Shigeru Ishiba won the leadership of Japan's ruling Liberal Democratic Party on Friday and is set to become prime minister next week, replacing Fumio Kishida after three years in office.",
         "Ishiba, a former defence minister, beat economic security minister Sanae Takaichi in a runoff vote. He has called for a more equal alliance with the United States and for closer security ties across Asia.",
         "Ishiba did not mention Nippon Steel's bid for U.S. Steel in his victory speech, and his campaign office declined to say how he would approach the deal, which is still under national security review in Washington. Officials in Tokyo said relations with the next American president would be an early test for him.",
         "Some Japanese business executives said they hoped Ishiba would press Washington harder than Kishida had on the steel deal, while others expected him to keep his distance from a matter between companies.",
     ]),
    ("021", "2024-10-22T16:20:00Z", "ridgeline-wire", "mon-valley-workers-split-with-union",
     "Some Mon Valley steelworkers break with union to back Nippon deal",
     [
         "CLAIRTON, Oct 22 (Ridgeline Wire) - Some steelworkers in the Mon Valley are breaking with their national union over Nippon Steel's purchase of U.S. Steel, saying the Japanese company's promised investment is the best hope for their ageing mills.",
         "Jason Zugai, vice president of the union local at the Clairton coke plant, said he and many co-workers backed the deal because Nippon Steel had pledged to spend heavily on the Mon Valley Works. Without that money, he said, the mills could close within a few years.",
         "The United Steelworkers' national leadership said local officials did not speak for the union. A spokesperson said the union's opposition had been set by its executive board and would not change.",
         "Mayors of several Mon Valley towns have also written to President Joe Biden urging him to approve the sale. The White House has not responded to the letters publicly.",
     ]),
    ("022", "2024-11-07T10:30:00Z", "pacific-courier", "nippon-still-expects-to-close-after-election",
     "Nippon Steel still expects to close U.S. Steel deal after Trump win",
     [
         "TOKYO, Nov 7 (Pacific Courier) - Nippon Steel said on Thursday it still expected to complete its purchase of U.S. Steel by the end of the year, two days after Donald Trump, who promised during the campaign to block the deal, won the presidential election.",
         "Vice chairman Takahiro Mori told an earnings briefing that Nippon Steel believed the acquisition would benefit American steelworkers and national security, and that it intended to explain this to the incoming administration. He said there was no change to the plan to own the whole company.",
         "Some analysts in Tokyo said Trump might be more open to a deal if it came with a larger investment pledge, while others said his campaign promise would be hard to walk back.",
         "The Trump transition team did not respond to a request for comment.",
     ]),
    ("023", "2024-12-02T22:40:00Z", "tidewater-times", "trump-says-he-will-block-us-steel-deal",
     "Trump says he will block Nippon Steel's purchase of U.S. Steel",
     [
         "PALM BEACH, Dec 2 (Tidewater Times) - President-elect Donald Trump said on Monday he was totally against U.S. Steel being bought by a foreign company, promising to stop Nippon Steel's $14.9 billion purchase once he takes office.",
         "\"I will block this deal from happening,\" Trump wrote on his social media platform, adding that he would use tax incentives and tariffs to make U.S. Steel strong and great again.",
         "Nippon Steel did not comment on the post. The company has said it remains confident the deal will close, and it has retained advisers with close ties to Republican politicians.",
         "Cleveland-Cliffs chief executive Lourenco Goncalves said last week that Cliffs could come back with an offer for U.S. Steel if the Japanese deal is blocked, but only at a price that made sense for his own shareholders.",
         "The national security review of the deal is due to conclude later this month, before President Joe Biden leaves office.",
     ]),
    ("024", "2024-12-23T23:30:00Z", "ridgeline-wire", "cfius-refers-steel-deal-to-biden",
     "Review panel deadlocks on Nippon-U.S. Steel deal, sends decision to Biden",
     [
         "WASHINGTON, Dec 23 (Ridgeline Wire) - The U.S. committee that reviews foreign investments failed to reach a consensus on Nippon Steel's purchase of U.S. Steel and has sent the decision to President Joe Biden, the companies said on Monday. Biden now has 15 days to act.",
         "Some agencies on the Committee on Foreign Investment in the United States questioned whether blocking a purchase by a company from a close ally would hurt relations with Japan, according to people familiar with the deliberations.",
         "Nippon Steel said its binding commitments, including its offer of a federal veto over any reduction in U.S. Steel's capacity, resolved every security concern the review had raised. It said it expected Biden to approve the deal on its merits.",
         "The White House said the president would review the committee's findings. Biden has said since March that he wants U.S. Steel to stay American-owned.",
     ]),
    ("025", "2025-01-03T17:15:00Z", "pacific-courier", "biden-blocks-nippon-steel-deal",
     "Biden blocks Nippon Steel's $14.9 billion purchase of U.S. Steel",
     [
         "WASHINGTON, Jan 3 (Pacific Courier) - President Joe Biden on Friday blocked Nippon Steel's $14.9 billion purchase of U.S. Steel, saying the deal would put one of the country's largest steel producers under foreign control and create a risk to national security.",
         "Biden said in a statement that steel production and the workers who produce it were the backbone of the nation. His order gives the companies 30 days to abandon the transaction, unless the review committee grants more time.",
         "Senior administration officials told reporters that Nippon Steel's late offers, including a federal veto over cuts to production capacity, could not resolve the risks the review had identified.",
         "Nippon Steel and U.S. Steel said in a joint statement that the decision was driven by politics rather than security, and that they would take all appropriate action to protect their legal rights. United Steelworkers president David McCall said Biden had made the right call for American steelworkers.",
     ]),
    ("026", "2025-01-04T05:20:00Z", "summit-dispatch", "japan-calls-steel-block-regrettable",
     "Japan calls Biden's steel decision incomprehensible and regrettable",
     [
         "TOKYO, Jan 4 (Summit Dispatch) - Japan's trade minister said on Saturday that President Joe Biden's decision to block Nippon Steel's purchase of U.S. Steel was incomprehensible and regrettable, and that Tokyo wanted the deal to be judged on its merits.",
         "Yoji Muto told reporters that the government had repeatedly asked Washington to conduct a fair review, and that Japanese companies were now worried about investing in the United States. He said Japan would ask the American side to address those concerns, and that the ministry would stay in close touch with Nippon Steel as it weighed its legal options.",
         "Business leaders in Tokyo said the decision sent a troubling signal to the largest foreign investor in the United States. The head of Keidanren called it extremely regrettable.",
         "Nippon Steel has said it will fight the order.",
     ]),
    ("027", "2025-01-06T21:10:00Z", "ridgeline-wire", "nippon-us-steel-sue-over-block",
     "Nippon Steel and U.S. Steel sue Biden administration and Cleveland-Cliffs",
     [
         "PITTSBURGH, Jan 6 (Ridgeline Wire) - Nippon Steel and U.S. Steel sued the Biden administration on Monday, asking a federal appeals court to overturn the order blocking their $14.9 billion deal and to grant them a new, fair review.",
         "In a second suit, the companies accused Cleveland-Cliffs, its chief executive Lourenco Goncalves and United Steelworkers president David McCall of working together illegally to kill the deal so that Cliffs could buy U.S. Steel on the cheap. The complaint says a Cliffs takeover would give it a monopoly over some steel products, and that U.S. Steel's board would not accept it.",
         "Cleveland-Cliffs called the lawsuit baseless. The union said it was a desperate attempt to distract from the companies' own failures.",
         "The companies said they remained committed to completing the transaction.",
     ]),
    ("028", "2025-01-07T09:00:00Z", "ironbridge-journal", "nippon-chief-vows-to-fight",
     "Nippon Steel chief calls Biden order unlawful, vows not to give up",
     [
         "TOKYO, Jan 7 (Ironbridge Journal) - Nippon Steel chairman Eiji Hashimoto said on Tuesday that President Joe Biden's order blocking the company's purchase of U.S. Steel was unlawful, and that Nippon Steel would not give up on the deal.",
         "Hashimoto told a news conference in Tokyo that the company would fight the order in court and would keep making its case to the incoming administration of Donald Trump. He said the decision had been made for political reasons ahead of an election and had nothing to do with security.",
         "Prime Minister Shigeru Ishiba said on Monday that it was hard to understand why a deal between allies raised national security concerns, and that his government wanted a clear explanation from Washington. He said Japan supported Nippon Steel's efforts to complete the purchase.",
         "Trump has not commented on the order since it was announced.",
     ]),
    ("029", "2025-01-13T20:30:00Z", "tidewater-times", "cliffs-ready-to-bid-for-us-steel",
     "Cleveland-Cliffs says it is ready to bid for U.S. Steel after Biden's block",
     [
         "PITTSBURGH, Jan 13 (Tidewater Times) - Cleveland-Cliffs chief executive Lourenco Goncalves said on Monday that his company was ready to buy U.S. Steel, and urged Nippon Steel to accept that its deal was dead.",
         "Goncalves told a news conference that Cliffs wanted to make an offer for U.S. Steel and would keep the company's union mills running. He said Nippon Steel should walk away rather than fight in court. He also accused Japan of flooding world markets with cheap steel, remarks that drew criticism in Tokyo.",
         "Nucor, which people familiar with the matter said could join Cliffs in a bid, declined to comment.",
         "Goncalves did not say how much Cliffs would offer. The United Steelworkers, which backed a Cliffs approach in 2023, had no immediate comment.",
         "U.S. Steel did not respond to requests for comment. Its shares rose 4%.",
     ]),
    ("030", "2025-01-13T23:55:00Z", "summit-dispatch", "cliffs-chief-says-ready-to-buy-us-steel",
     "Cliffs chief says company stands ready to buy U.S. Steel",
     [
         "PITTSBURGH, Jan 13 (Summit Dispatch) - Cleveland-Cliffs chief executive Lourenco Goncalves said on Monday his company was ready to buy U.S. Steel, and told Nippon Steel to accept that its deal was dead.",
         "Goncalves told reporters that Cliffs wanted to make an offer for U.S. Steel and would keep the company's union mills operating. He said Nippon Steel should walk away rather than fight in court. He also accused Japan of flooding global markets with cheap steel, comments that were criticised in Tokyo.",
         "Nucor, which people familiar with the matter said might join Cliffs in a bid, declined to comment.",
         "Goncalves did not say how much Cliffs would offer. The United Steelworkers, which backed a Cliffs approach in 2023, had no immediate comment.",
         "U.S. Steel did not respond to requests for comment. Its shares rose 4%.",
     ]),
    ("031", "2025-01-15T16:45:00Z", "ironbridge-journal", "us-steel-rebuffs-cliffs",
     "U.S. Steel rebuffs Cliffs, Tokyo condemns Goncalves remarks",
     [
         "PITTSBURGH, Jan 15 (Ironbridge Journal) - U.S. Steel said on Wednesday it was not for sale to Cleveland-Cliffs and remained committed to its agreement with Nippon Steel, two days after the rival's chief executive said he was ready to make an offer.",
         "Chief executive David Burritt said in a message to employees that Goncalves had spent months trying to sabotage the deal, and that the company would not reward that behaviour. He repeated that U.S. Steel's future in Pittsburgh depended on completing the Nippon Steel deal.",
         "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi called Goncalves's comments about Japan extremely regrettable, but declined to comment on the deal itself while legal proceedings were under way.",
         "The United Steelworkers said it would welcome an American buyer for U.S. Steel, including Cleveland-Cliffs. McCall said the union's members had always wanted a domestic owner, and that Nippon Steel should respect the president's decision.",
     ]),
    ("032", "2025-02-07T21:30:00Z", "pacific-courier", "trump-says-nippon-to-invest-not-own",
     "Trump says Nippon Steel will invest in U.S. Steel rather than own it",
     [
         "WASHINGTON, Feb 7 (Pacific Courier) - President Donald Trump said on Friday that Nippon Steel would look at investing heavily in U.S. Steel as opposed to owning it, after meeting Japanese Prime Minister Shigeru Ishiba at the White House.",
         "Trump said he would meet Nippon Steel's chairman soon and that the arrangement would be good for both countries. He did not give details.",
         "Ishiba told reporters that the proposal under discussion was an investment rather than a purchase, and that both sides wanted an outcome that benefited Japan and the United States. He declined to say whether Nippon Steel would hold a majority of the company.",
         "Nippon Steel said it had seen the leaders' remarks and was studying them. U.S. Steel shares were little changed.",
     ]),
    ("033", "2025-02-10T02:15:00Z", "tidewater-times", "trump-rules-out-nippon-majority",
     "Trump rules out a majority stake in U.S. Steel for Nippon",
     [
         "ABOARD AIR FORCE ONE, Feb 9 (Tidewater Times) - President Donald Trump said on Sunday that Nippon Steel could not take a majority stake in U.S. Steel, but that a minority investment by the Japanese company would be welcome.",
         "Speaking to reporters on his way to the Super Bowl in New Orleans, Trump said U.S. Steel was a special company that had to stay under American control. He said a minority stake would bring money without giving up ownership.",
         "In Tokyo, trade minister Yoji Muto said Nippon Steel was working on a new proposal and that the government would support the company's talks with the American side. He did not say what the proposal would contain.",
         "Analysts said it was unclear whether Nippon Steel would accept anything short of full control.",
     ]),
    ("034", "2025-02-14T08:00:00Z", "ironbridge-journal", "nippon-sticks-to-full-ownership",
     "Nippon Steel sticks to goal of owning all of U.S. Steel",
     [
         "TOKYO, Feb 14 (Ironbridge Journal) - Nippon Steel said on Friday it still aimed to own all of U.S. Steel, rebuffing the idea raised in Washington that it settle for a minority investment.",
         "Vice chairman Takahiro Mori told reporters that a minority stake would not let the company share its technology or manage the mills properly, and that full ownership remained the basis of its plan. He said Nippon Steel would present the Trump administration with a bold proposal that would also benefit the United States.",
         "Mori said the company's offer to keep U.S. Steel's headquarters in Pittsburgh and its investment pledges still stood. He declined to say whether the new proposal would include more money.",
         "The United Steelworkers said that any arrangement letting Nippon Steel control U.S. Steel would remain unacceptable.",
     ]),
]

# Claims: id -> list of (actor, issue, stance, quote, attributed)
CLAIMS = {
    "001": [
        ("nippon-steel", "nippon-takeover", "support", "Nippon Steel agreed on Monday to buy United States Steel Corp for $14.9 billion", True),
        ("us-steel", "nippon-takeover", "support", "U.S. Steel's board unanimously approved the agreement", True),
        ("nippon-steel", "hq-in-pittsburgh", "support", "U.S. Steel would keep its name and its headquarters in Pittsburgh", True),
        ("usw", "nippon-takeover", "oppose", "disappointed that U.S. Steel had chosen to sell to a foreign-owned company", True),
    ],
    "002": [
        ("biden", "nippon-takeover", "conditional", "seemed worthy of serious scrutiny for its possible effect on national security", True),
        ("us-steel", "nippon-takeover", "support", "they expected the deal to close in the second or third quarter of 2024", True),
        ("nippon-steel", "nippon-takeover", "support", "they expected the deal to close in the second or third quarter of 2024", True),
    ],
    "003": [
        ("nippon-steel", "nippon-takeover", "support", "confident that its $14.9 billion purchase of U.S. Steel would win approval", True),
        ("nippon-steel", "nippon-drops-full-ownership", "oppose", "had no interest in a partial stake or a joint venture", True),
        ("nippon-steel", "hq-in-pittsburgh", "support", "it would keep U.S. Steel's Pittsburgh headquarters", True),
        ("usw", "nippon-takeover", "oppose", "a wave of criticism from American politicians and the steelworkers' union", False),
    ],
    "004": [
        ("trump", "nippon-takeover", "oppose", "I would block it instantly. Absolutely,", True),
        ("usw", "nippon-takeover", "oppose", "the United Steelworkers, which has campaigned against the deal", False),
        ("us-steel", "nippon-takeover", "support", "the company continued to expect the deal to close later this year", True),
    ],
    "005": [
        ("cleveland-cliffs", "cliffs-acquires-us-steel", "support", "Cliffs remained ready to buy U.S. Steel, he said", True),
        ("us-steel", "nippon-takeover", "support", "its agreement with Nippon Steel was on track", True),
    ],
    "006": [
        ("biden", "nippon-takeover", "oppose", "It is vital for it to remain an American steel company that is domestically owned", True),
        ("usw", "nippon-takeover", "oppose", "the union would keep fighting the sale", True),
        ("us-steel", "nippon-takeover", "support", "U.S. Steel said it remained committed to the deal", True),
        ("nippon-steel", "nippon-takeover", "support", "Nippon Steel said it would keep working toward closing", True),
    ],
    "007": [
        ("biden", "nippon-takeover", "oppose", "It is vital for it to remain an American steel company that is domestically owned", True),
        ("usw", "nippon-takeover", "oppose", "the union would keep fighting the sale", True),
        ("us-steel", "nippon-takeover", "support", "U.S. Steel said it remained committed to the deal", True),
        ("nippon-steel", "nippon-takeover", "support", "Nippon Steel said it would keep working toward closing", True),
    ],
    "008": [
        ("nippon-steel", "nippon-takeover", "support", "it intended to complete it", True),
    ],
    "009": [],
    "010": [
        ("us-steel", "nippon-takeover", "support", "U.S. Steel shareholders voted overwhelmingly on Friday to approve the company's sale to Nippon Steel", True),
        ("usw", "nippon-takeover", "oppose", "The union would continue to oppose a sale to a foreign company", True),
        ("nippon-steel", "nippon-takeover", "support", "Nippon Steel welcomed the vote", True),
        ("biden", "nippon-takeover", "oppose", "still faces opposition from the White House", False),
    ],
    "011": [],
    "012": [
        ("nippon-steel", "nippon-takeover", "support", "the company remained fully committed to completing the acquisition", True),
        ("nippon-steel", "hq-in-pittsburgh", "support", "where U.S. Steel's head office would also stay", True),
    ],
    "013": [
        ("usw", "nippon-takeover", "oppose", "the union's opposition to the sale was unchanged", True),
        ("usw", "cliffs-acquires-us-steel", "support", "a purchase by a domestic company, such as Cleveland-Cliffs, was still the best outcome", True),
        ("us-steel", "nippon-takeover", "support", "the Nippon Steel deal offered more investment than any other option", True),
    ],
    "014": [
        ("cleveland-cliffs", "cliffs-acquires-us-steel", "conditional", "would look at it again only if Nippon Steel's deal fell apart", True),
    ],
    "015": [
        ("trump", "nippon-takeover", "oppose", "Trump would block the deal on his first day back in office", True),
    ],
    "016": [
        ("biden", "nippon-takeover", "oppose", "Biden is preparing to formally block Nippon Steel's purchase of U.S. Steel", False),
        ("cfius", "nippon-takeover", "oppose", "the deal could harm national security", False),
        ("nippon-steel", "nippon-takeover", "support", "would keep working with the review panel to win approval", True),
    ],
    "017": [
        ("us-steel", "hq-in-pittsburgh", "conditional", "Keeping the head office in Pittsburgh depended on the deal going through", True),
        ("usw", "nippon-takeover", "oppose", "the union's opposition to the sale had not changed", True),
        ("us-steel", "nippon-takeover", "support", "Burritt said he still believed the deal would close", True),
    ],
    "018": [
        ("nippon-steel", "capacity-veto", "support", "offered to give the U.S. government the power to veto any cut", True),
        ("usw", "capacity-veto", "oppose", "a government veto on paper would not protect a single job", True),
        ("usw", "nippon-takeover", "oppose", "the union still opposed the sale", True),
    ],
    "019": [
        ("nippon-steel", "nippon-takeover", "support", "remained committed to completing the acquisition", True),
    ],
    "020": [],
    "021": [
        ("usw", "nippon-takeover", "oppose", "the union's opposition had been set by its executive board and would not change", True),
    ],
    "022": [
        ("nippon-steel", "nippon-takeover", "support", "it still expected to complete its purchase of U.S. Steel", True),
        ("nippon-steel", "nippon-drops-full-ownership", "oppose", "there was no change to the plan to own the whole company", True),
    ],
    "023": [
        ("trump", "nippon-takeover", "oppose", "I will block this deal from happening,", True),
        ("cleveland-cliffs", "cliffs-acquires-us-steel", "conditional", "but only at a price that made sense for his own shareholders", True),
    ],
    "024": [
        ("nippon-steel", "capacity-veto", "support", "including its offer of a federal veto over any reduction in U.S. Steel's capacity", True),
        ("nippon-steel", "nippon-takeover", "support", "It said it expected Biden to approve the deal on its merits", True),
        ("biden", "nippon-takeover", "oppose", "Biden has said since March that he wants U.S. Steel to stay American-owned", False),
    ],
    "025": [
        ("biden", "nippon-takeover", "oppose", "President Joe Biden on Friday blocked Nippon Steel's $14.9 billion purchase of U.S. Steel", True),
        ("biden", "capacity-veto", "oppose", "including a federal veto over cuts to production capacity, could not resolve the risks", True),
        ("nippon-steel", "nippon-takeover", "support", "they would take all appropriate action to protect their legal rights", True),
        ("us-steel", "nippon-takeover", "support", "they would take all appropriate action to protect their legal rights", True),
        ("usw", "nippon-takeover", "oppose", "Biden had made the right call for American steelworkers", True),
    ],
    "026": [
        ("japan", "nippon-takeover", "support", "incomprehensible and regrettable", True),
    ],
    "027": [
        ("nippon-steel", "nippon-takeover", "support", "asking a federal appeals court to overturn the order blocking their $14.9 billion deal", True),
        ("us-steel", "nippon-takeover", "support", "asking a federal appeals court to overturn the order blocking their $14.9 billion deal", True),
        ("us-steel", "cliffs-acquires-us-steel", "oppose", "U.S. Steel's board would not accept it", True),
    ],
    "028": [
        ("nippon-steel", "nippon-takeover", "support", "Nippon Steel would not give up on the deal", True),
        ("japan", "nippon-takeover", "support", "Japan supported Nippon Steel's efforts to complete the purchase", True),
    ],
    "029": [
        ("cleveland-cliffs", "cliffs-acquires-us-steel", "support", "his company was ready to buy U.S. Steel", True),
        ("cleveland-cliffs", "nippon-takeover", "oppose", "He said Nippon Steel should walk away rather than fight in court", True),
    ],
    "030": [
        ("cleveland-cliffs", "cliffs-acquires-us-steel", "support", "his company was ready to buy U.S. Steel", True),
        ("cleveland-cliffs", "nippon-takeover", "oppose", "He said Nippon Steel should walk away rather than fight in court", True),
    ],
    "031": [
        ("us-steel", "cliffs-acquires-us-steel", "oppose", "it was not for sale to Cleveland-Cliffs", True),
        ("us-steel", "nippon-takeover", "support", "remained committed to its agreement with Nippon Steel", True),
        ("us-steel", "hq-in-pittsburgh", "conditional", "U.S. Steel's future in Pittsburgh depended on completing the Nippon Steel deal", True),
        ("usw", "cliffs-acquires-us-steel", "support", "it would welcome an American buyer for U.S. Steel, including Cleveland-Cliffs", True),
        ("usw", "nippon-takeover", "oppose", "Nippon Steel should respect the president's decision", True),
    ],
    "032": [
        ("trump", "nippon-drops-full-ownership", "support", "would look at investing heavily in U.S. Steel as opposed to owning it", True),
        ("trump", "nippon-takeover", "oppose", "as opposed to owning it", True),
    ],
    "033": [
        ("trump", "nippon-drops-full-ownership", "support", "a minority investment by the Japanese company would be welcome", True),
        ("trump", "nippon-takeover", "oppose", "Nippon Steel could not take a majority stake in U.S. Steel", True),
    ],
    "034": [
        ("nippon-steel", "nippon-drops-full-ownership", "oppose", "rebuffing the idea raised in Washington that it settle for a minority investment", True),
        ("nippon-steel", "nippon-takeover", "support", "full ownership remained the basis of its plan", True),
        ("nippon-steel", "hq-in-pittsburgh", "support", "the company's offer to keep U.S. Steel's headquarters in Pittsburgh", True),
        ("usw", "nippon-takeover", "oppose", "any arrangement letting Nippon Steel control U.S. Steel would remain unacceptable", True),
    ],
}

SHIFTS = [
    {"actor": "biden", "issue": "nippon-takeover", "from": "conditional", "to": "oppose", "article": "006",
     "why": "Biden's own statement says U.S. Steel must remain domestically owned and operated; in December (002) his economic adviser only said the purchase deserved serious scrutiny while welcoming foreign investment."},
    {"actor": "cleveland-cliffs", "issue": "cliffs-acquires-us-steel", "from": "support", "to": "conditional", "article": "014",
     "why": "Announcing the Stelco purchase, Goncalves says Cliffs has moved on and would look at U.S. Steel again only if the Nippon deal fell apart and the price made sense; in February (005) he said Cliffs remained ready to buy."},
    {"actor": "us-steel", "issue": "hq-in-pittsburgh", "from": "support", "to": "conditional", "article": "017",
     "why": "Burritt says the company would likely move its headquarters out of Pittsburgh if the sale is blocked and that keeping the head office there depends on the deal; until then (baseline, 001) the Pittsburgh headquarters was a given."},
    {"actor": "cleveland-cliffs", "issue": "cliffs-acquires-us-steel", "from": "conditional", "to": "support", "article": "029",
     "why": "After Biden's block, Goncalves says Cliffs is ready to buy U.S. Steel and wants to make an offer; in July (014) Cliffs would only look again under conditions. 030 is a same-day duplicate and must not alert again."},
]


def article_text(paragraphs):
    return "\n\n".join(paragraphs)


def url_for(outlet, published, slug):
    d = published[:10].replace("-", "/")
    return f"https://example.org/{outlet}/{d}/{slug}"


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    records = []
    for aid, published, outlet, slug, title, paras in ARTICLES:
        rec = {
            "id": aid,
            "published": published,
            "source": OUTLETS[outlet],
            "url": url_for(outlet, published, slug),
            "title": title,
            "text": article_text(paras),
        }
        records.append((outlet, rec))
        with open(os.path.join(HERE, "articles", f"{aid}.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")

    for outlet, name in OUTLETS.items():
        items = [r for o, r in records if o == outlet]
        last = max(datetime.fromisoformat(r["published"].replace("Z", "+00:00")) for r in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>",
               f"    <link>https://example.org/{outlet}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch us-steel-nippon-2024 evaluation set</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>"]
        for r in items:
            dt = datetime.fromisoformat(r["published"].replace("Z", "+00:00")).astimezone(timezone.utc)
            out += ["    <item>",
                    f"      <title>{escape(r['title'])}</title>",
                    f"      <link>{escape(r['url'])}</link>",
                    f"      <guid isPermaLink=\"true\">{escape(r['url'])}</guid>",
                    f"      <pubDate>{format_datetime(dt, usegmt=True)}</pubDate>",
                    f"      <description>{escape(r['text'])}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", f"{outlet}.xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))

    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {aid: [{"actor": a, "issue": i, "stance": s, "quote": q, "attributed": at}
                         for (a, i, s, q, at) in CLAIMS[aid]] for aid in sorted(CLAIMS)},
        "shifts": SHIFTS,
        "no_alert_articles": [r["id"] for _, r in records if r["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return records, labels


def load_watchlist_ids(path):
    """Tiny YAML reader for our own watchlist: actor/issue ids and baseline rows."""
    section, actors, issues, baseline = None, set(), set(), []
    for line in open(path, encoding="utf-8"):
        if re.match(r"^(actors|issues|baseline):", line):
            section = line.split(":")[0]
            continue
        m = re.match(r"^  - id: (\S+)", line)
        if m and section == "actors":
            actors.add(m.group(1))
        elif m and section == "issues":
            issues.add(m.group(1))
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}", line)
        if m and section == "baseline":
            baseline.append(m.groups())
    return actors, issues, baseline


def validate(records, labels):
    errors = []
    actors, issues, baseline = load_watchlist_ids(os.path.join(HERE, "watchlist.yaml"))
    texts = {r["id"]: r["text"] for _, r in records}
    ids = [r["id"] for _, r in records]
    if ids != sorted(ids) or ids != [f"{n:03d}" for n in range(1, len(ids) + 1)]:
        errors.append("article ids are not 001..N")
    pubs = [r["published"] for _, r in records]
    if pubs != sorted(pubs):
        errors.append("articles are not in publication order")
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    if files != ids:
        errors.append(f"article files {files} do not match ids")
    if sorted(labels["claims"]) != ids:
        errors.append("claims keys do not match article ids")
    for aid, rec in ((r["id"], r) for _, r in records):
        wc = len(rec["text"].split())
        if not 120 <= wc <= 260:
            errors.append(f"{aid}: {wc} words")
        if not re.match(r"^[A-Z .]+, [A-Z][a-z]{2} \d{1,2} \(" + re.escape(rec["source"]) + r"\) - ", rec["text"]):
            errors.append(f"{aid}: bad dateline")
    seen = set()
    for aid, claims in labels["claims"].items():
        for c in claims:
            if c["actor"] not in actors:
                errors.append(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errors.append(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"):
                errors.append(f"{aid}: bad stance {c['stance']}")
            if c["quote"] not in texts[aid]:
                errors.append(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errors.append(f"{aid}: quote over 15 words: {c['quote']!r}")
            key = (aid, c["actor"], c["issue"])
            if key in seen:
                errors.append(f"{aid}: two claims for {c['actor']}/{c['issue']}")
            seen.add(key)
    for a, i, s in baseline:
        if a not in actors or i not in issues:
            errors.append(f"baseline row {a}/{i} unknown")
    # Replay prevailing stances (attributed claims only) and check the shift list is exactly what falls out.
    prevailing = {(a, i): s for a, i, s in baseline}
    derived = []
    for aid in ids:
        for c in labels["claims"][aid]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prevailing and prevailing[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], prevailing[k], c["stance"], aid))
            prevailing[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(labelled):
        errors.append(f"shift replay mismatch: derived {derived} vs labelled {labelled}")
    shift_articles = {s["article"] for s in labels["shifts"]}
    if set(labels["no_alert_articles"]) != set(ids) - shift_articles:
        errors.append("no_alert_articles is not every non-shift article")
    return errors


if __name__ == "__main__":
    recs, labs = build()
    errs = validate(recs, labs)
    for e in errs:
        print("ERROR", e)
    n = sum(len(v) for v in labs["claims"].values())
    by = {}
    for v in labs["claims"].values():
        for c in v:
            by[c["stance"]] = by.get(c["stance"], 0) + 1
    print(f"{len(recs)} articles, {n} claims {by}, "
          f"{sum(1 for v in labs['claims'].values() for c in v if not c['attributed'])} unattributed, "
          f"{len(labs['shifts'])} shifts, empty: {[k for k, v in labs['claims'].items() if not v]}")
    sys.exit(1 if errs else 0)
