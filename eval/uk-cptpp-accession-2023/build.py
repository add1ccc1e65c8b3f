#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set uk-cptpp-accession-2023.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
file, then validates the set against watchlist.yaml. Run: python3 build.py
"""
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "pacific-rim-wire": "Pacific Rim Wire",
    "coral-sea-courier": "Coral Sea Courier",
    "thames-mercantile": "Thames Mercantile",
    "lantern-post": "Lantern Post",
    "harbourside-herald": "Harbourside Herald",
}

# Each article: (id, published UTC, outlet key, slug, title, text, claims)
# claims: list of (actor, issue, stance, quote, attributed)
ARTICLES = [
    ("001", "2021-02-01T10:15:00Z", "pacific-rim-wire", "britain-applies-to-join-trans-pacific-pact",
     "Britain applies to join trans-Pacific trade pact",
     "LONDON, Feb 1 (Pacific Rim Wire) - Britain formally applied on Monday to join the Comprehensive and "
     "Progressive Agreement for Trans-Pacific Partnership, the 11-country trade pact that stretches from Canada "
     "and Mexico to Japan and New Zealand, a year and a day after it left the European Union.\n\n"
     "International Trade Secretary Liz Truss said membership would open fast-growing markets to British car "
     "makers, whisky distillers and services firms. Her department said it had written to New Zealand, which "
     "holds the treaty's legal texts, and to Japan, which chairs the group this year.\n\n"
     "In Tokyo, Chief Cabinet Secretary Katsunobu Kato said Japan welcomed Britain's request and would back the "
     "start of talks. Australian Trade Minister Dan Tehan said Canberra would be a strong supporter of the "
     "British bid.\n\n"
     "Britain already has bilateral deals with most of the members, including one with Japan signed last year, "
     "so the direct gains would be modest, economists said.\n\n"
     "The National Farmers' Union said it was not against membership in principle, but that any deal had to "
     "protect the standards British farmers work to. Officials expect the negotiations to run well into 2022.",
     [
         ("uk", "uk-joins-cptpp", "support", "Britain formally applied on Monday to join the Comprehensive and Progressive Agreement", True),
         ("japan", "uk-joins-cptpp", "support", "Japan welcomed Britain's request and would back the start of talks", True),
         ("australia", "uk-joins-cptpp", "support", "Canberra would be a strong supporter of the British bid", True),
         ("farm-unions", "uk-joins-cptpp", "conditional", "not against membership in principle, but that any deal had to protect the standards", True),
     ]),

    ("002", "2021-02-03T03:00:00Z", "coral-sea-courier", "how-britain-could-join-pacific-pact",
     "Explainer: the long road from application to membership of the Pacific pact",
     "WELLINGTON, Feb 3 (Coral Sea Courier) - Britain's request to join the trans-Pacific trade pact will set off "
     "a process that the 11 members have never run before, trade lawyers said this week.\n\n"
     "Under rules agreed in 2019, the members' commission must first decide by consensus whether to open talks. "
     "If it does, an accession working group is set up to examine whether the applicant can meet the agreement's "
     "rules on tariffs, services, state-owned firms and labour, before market access offers are swapped.\n\n"
     "Officials in Wellington, where the treaty's depositary sits, said the letter had been received and passed "
     "to the other parties. They declined to say when the commission would take up the request.\n\n"
     "Several analysts said the timing could slip because Japan's chairmanship runs only to the end of the year, "
     "and because members may want to see how Britain handles farm goods in its separate talks with Australia "
     "and New Zealand. One Singapore-based trade consultant guessed that a deal could take two to three years.\n\n"
     "The pact, signed in Chile in 2018, replaced an earlier version that the United States abandoned.",
     []),

    ("003", "2021-06-02T11:00:00Z", "thames-mercantile", "pacific-pact-opens-membership-talks-with-britain",
     "Pacific pact opens membership talks with Britain, Japan to lead working group",
     "TOKYO, June 2 (Thames Mercantile) - Members of the trans-Pacific trade pact agreed on Wednesday to begin "
     "accession talks with Britain, the first country to seek entry since the agreement took effect.\n\n"
     "At a virtual meeting chaired from Tokyo, ministers set up a working group to handle the British "
     "application. Japan's economy minister Yasutoshi Nishimura, who will lead the group, told reporters that "
     "Japan hoped to see Britain join as early as possible and would push the talks forward. Australia and "
     "Mexico will serve as vice-chairs.\n\n"
     "Canada's trade minister, Mary Ng, said in a statement that Ottawa welcomed Britain's interest and looked "
     "forward to the negotiations.\n\n"
     "In London, Trade Secretary Liz Truss called the decision a major milestone and said joining would tie "
     "Britain more closely to some of the world's most dynamic economies.\n\n"
     "The working group will first examine how far Britain can meet the agreement's rules before market access "
     "talks begin. Officials said the first formal session was likely to take place in the coming months, and "
     "that no deadline had been set for the talks as a whole.",
     [
         ("japan", "uk-joins-cptpp", "support", "Japan hoped to see Britain join as early as possible", True),
         ("canada", "uk-joins-cptpp", "support", "Ottawa welcomed Britain's interest and looked forward to the negotiations", True),
         ("uk", "uk-joins-cptpp", "support", "joining would tie Britain more closely to some of the world's most dynamic economies", True),
     ]),

    ("004", "2021-07-14T08:30:00Z", "lantern-post", "malaysia-sets-terms-for-ratifying-pacific-pact",
     "Malaysia to ratify Pacific pact only after law changes, minister says",
     "KUALA LUMPUR, July 14 (Lantern Post) - Malaysia will ratify the trans-Pacific trade pact only after "
     "parliament has amended a number of domestic laws to bring them into line with the agreement, Senior "
     "Minister Mohamed Azmin Ali said on Wednesday.\n\n"
     "Azmin told a briefing in the capital that a cost-benefit study commissioned by his ministry had found net "
     "gains for the economy, but that changes to rules on labour, intellectual property and government "
     "procurement must come first. He gave no date.\n\n"
     "Malaysia signed the agreement in 2018 but is one of the signatories yet to ratify it. Civil society groups, "
     "including farmers' organisations and health campaigners, have urged the government to drop it altogether, "
     "arguing it would raise medicine prices and threaten seed-saving practices.\n\n"
     "Azmin also said Malaysia supported Britain's application to join the bloc and saw it as a sign of the "
     "agreement's pull. Malaysian palm oil exporters are watching the British talks closely, since Britain "
     "charges a tariff of up to 12 percent on palm oil imports from the country.",
     [
         ("malaysia", "malaysia-ratifies-cptpp", "conditional", "will ratify the trans-Pacific trade pact only after parliament has amended", True),
         ("malaysia", "uk-joins-cptpp", "support", "Malaysia supported Britain's application to join the bloc", True),
     ]),

    ("005", "2021-09-16T15:30:00Z", "pacific-rim-wire", "china-applies-to-join-pacific-pact",
     "China applies to join trans-Pacific trade pact",
     "BEIJING, Sept 16 (Pacific Rim Wire) - China has formally applied to join the trans-Pacific trade pact, the "
     "commerce ministry said on Thursday, a move that could complicate Britain's path into the group.\n\n"
     "Commerce Minister Wang Wentao submitted the application in a letter to New Zealand's trade minister, "
     "Damien O'Connor, the ministry said in a statement posted late in the evening. New Zealand acts as the "
     "depositary for the agreement.\n\n"
     "O'Connor confirmed that the letter had arrived and said all 11 members would need to agree on any next "
     "steps. He declined to say whether New Zealand would support opening talks.\n\n"
     "In Tokyo, Japan's economy minister Yasutoshi Nishimura said Japan would need to examine carefully whether "
     "China was ready to meet the pact's very high standards, including on state subsidies and labour rights.\n\n"
     "China's bid comes a day after the United States, Britain and Australia announced a new security "
     "partnership. Analysts said Beijing might be hoping to outflank Washington, which walked away from the "
     "original pact in 2017, though few expected quick progress.",
     [
         ("china", "china-joins-cptpp", "support", "China has formally applied to join the trans-Pacific trade pact", True),
         ("japan", "china-joins-cptpp", "conditional", "examine carefully whether China was ready to meet the pact's very high standards", True),
     ]),

    ("006", "2021-09-16T19:45:00Z", "harbourside-herald", "beijing-lodges-bid-for-pacific-pact",
     "Beijing lodges bid for trans-Pacific trade pact",
     "BEIJING, Sept 16 (Harbourside Herald) - China has formally applied to join the trans-Pacific trade pact, its "
     "commerce ministry said on Thursday, in a step that may make Britain's entry into the group more "
     "complicated.\n\n"
     "The ministry said in a late-evening statement that Commerce Minister Wang Wentao had sent the application "
     "in a letter to Damien O'Connor, New Zealand's trade minister. New Zealand is the agreement's "
     "depositary.\n\n"
     "O'Connor confirmed receipt and said any next steps would need the agreement of all 11 members. He declined "
     "to say whether New Zealand would support opening talks.\n\n"
     "Speaking in Tokyo, economy minister Yasutoshi Nishimura said Japan would need to examine carefully whether "
     "China was ready to meet the pact's very high standards, among them rules on state subsidies and labour "
     "rights.\n\n"
     "The application came one day after the United States, Britain and Australia unveiled a new security "
     "partnership. Analysts suggested Beijing might be trying to outflank Washington, which quit the original "
     "pact in 2017, but few expected rapid progress.",
     [
         ("china", "china-joins-cptpp", "support", "China has formally applied to join the trans-Pacific trade pact", True),
         ("japan", "china-joins-cptpp", "conditional", "examine carefully whether China was ready to meet the pact's very high standards", True),
     ]),

    ("007", "2021-09-20T06:00:00Z", "coral-sea-courier", "australia-sets-terms-for-china-pact-talks",
     "Australia says no talks on China's Pacific pact bid unless trade curbs lifted",
     "CANBERRA, Sept 20 (Coral Sea Courier) - Australia will not sit down with China to discuss its bid for the "
     "trans-Pacific trade pact unless Beijing first lifts the trade barriers it has placed on Australian goods "
     "and restores ministerial contact, Trade Minister Dan Tehan said on Monday.\n\n"
     "Tehan told a radio interviewer that any applicant had to show it would abide by the agreement's rules, and "
     "that China's duties on Australian barley and wine and its unofficial curbs on coal did not pass that test. "
     "He said he had asked for a call with his Chinese counterpart more than once without a reply.\n\n"
     "He said Australia's priority in the group remained bringing Britain in, and that the accession working "
     "group, where Australia is a vice-chair, was on track.\n\n"
     "Beijing's foreign ministry said on Friday that China had always been a firm supporter of free trade and "
     "that it had applied in good faith. It did not respond directly to Tehan's comments.\n\n"
     "Some trade officials in Canberra said privately they doubted the consensus needed to admit China could be "
     "reached for years.",
     [
         ("australia", "china-joins-cptpp", "conditional", "unless Beijing first lifts the trade barriers it has placed on Australian goods", True),
         ("australia", "uk-joins-cptpp", "support", "Australia's priority in the group remained bringing Britain in", True),
         ("china", "china-joins-cptpp", "support", "it had applied in good faith", True),
     ]),

    ("008", "2021-09-23T09:00:00Z", "thames-mercantile", "taiwan-applies-china-objects",
     "Taiwan applies to join Pacific pact days after China, drawing Beijing's fury",
     "TAIPEI, Sept 23 (Thames Mercantile) - Taiwan has applied to join the trans-Pacific trade pact, less than a "
     "week after China lodged its own request, setting up a diplomatic contest inside the 11-member group.\n\n"
     "Taiwan's cabinet said on Thursday that the island had spent years preparing its laws for membership and "
     "hoped members would judge it on its merits.\n\n"
     "China's foreign ministry spokesman Zhao Lijian said in Beijing that China firmly opposed Taiwan joining any "
     "official agreement or organisation, and that there was only one China. He urged members not to give the "
     "island a platform.\n\n"
     "Japan's foreign minister Toshimitsu Motegi took a different line, telling reporters that Japan welcomed "
     "Taiwan's application and regarded the island as a partner that shared its values.\n\n"
     "Britain, whose own accession talks are under way, said only that applications were a matter for the "
     "existing members. A government spokesman declined to comment on either the Chinese or the Taiwanese "
     "bid.\n\n"
     "Taiwan takes part in the World Trade Organization as a separate customs territory, which its officials say "
     "gives it standing to join trade pacts.",
     [
         ("china", "taiwan-joins-cptpp", "oppose", "China firmly opposed Taiwan joining any official agreement or organisation", True),
         ("japan", "taiwan-joins-cptpp", "support", "Japan welcomed Taiwan's application", True),
     ]),

    ("009", "2021-09-28T10:00:00Z", "lantern-post", "britain-accession-group-holds-first-session",
     "Working group on Britain's Pacific pact bid holds first formal session",
     "TOKYO, Sept 28 (Lantern Post) - The working group handling Britain's application to the trans-Pacific trade "
     "pact held its first formal session on Tuesday, by video link from Tokyo, officials said.\n\n"
     "The meeting, chaired by Japanese officials with Australian and Mexican deputies, reviewed a timetable for "
     "examining British rules on customs, e-commerce and state-owned enterprises. No market access offers were "
     "tabled. British negotiators joined from London.\n\n"
     "A spokesperson for Britain's trade department said it would not give a running commentary on the talks. "
     "Japanese officials declined to say when the group expected to finish its work.\n\n"
     "Trade lawyers said the session was largely technical and that the harder conversations, over agriculture "
     "and tariffs, would come later. One Tokyo-based analyst suggested the recent applications from China and "
     "Taiwan could slow things down, because members would be wary of setting precedents. Another said the "
     "opposite was just as likely, with members keen to wrap up the British case first.\n\n"
     "The group is expected to meet several more times before the end of the year, according to a schedule seen "
     "by reporters.",
     []),

    ("010", "2022-02-18T14:00:00Z", "harbourside-herald", "britain-moves-to-market-access-stage",
     "Britain enters market access stage of Pacific pact talks, rules out hormone beef",
     "LONDON, Feb 18 (Harbourside Herald) - Britain has moved into the market access stage of its talks to join "
     "the trans-Pacific trade pact, Trade Secretary Anne-Marie Trevelyan said on Friday, after members completed "
     "their review of its trade rules.\n\n"
     "Trevelyan said the government remained determined to join the bloc and wanted a deal that opened doors for "
     "British services firms. She also said Britain would not drop its ban on beef produced with growth hormones "
     "to get there, repeating a commitment that ministers have made in every trade negotiation since Brexit.\n\n"
     "The National Farmers' Union welcomed the assurance. Its president, Minette Batters, said the ban was not a "
     "bargaining chip and must stay in place whatever members asked for.\n\n"
     "Some members raise cattle with hormones and use other methods not allowed in Britain. Canadian industry "
     "groups have argued in submissions to their own government that the British rules amount to a trade "
     "barrier.\n\n"
     "The market access phase covers tariff schedules and quotas with each member. Diplomats in London said the "
     "process could take most of the year.",
     [
         ("uk", "uk-joins-cptpp", "support", "the government remained determined to join the bloc", True),
         ("uk", "uk-drops-hormone-beef-ban", "oppose", "Britain would not drop its ban on beef produced with growth hormones", True),
         ("farm-unions", "uk-drops-hormone-beef-ban", "oppose", "the ban was not a bargaining chip and must stay in place", True),
     ]),

    ("011", "2022-04-12T07:00:00Z", "pacific-rim-wire", "malaysia-cabinet-backs-ratification-after-law-changes",
     "Malaysia's cabinet backs ratifying Pacific pact, but only after law changes",
     "KUALA LUMPUR, April 12 (Pacific Rim Wire) - Malaysia's cabinet has agreed to press ahead with ratifying the "
     "trans-Pacific trade pact, but the instrument of ratification will be deposited only once amendments to "
     "several laws have cleared parliament, International Trade Minister Mohamed Azmin Ali said on Tuesday.\n\n"
     "He said the government aimed to finish the legal changes by the third quarter of the year. Asked whether "
     "the amendments could be delayed by a snap election, Azmin declined to say.\n\n"
     "A coalition of labour unions and consumer groups opposed to the pact held a small protest outside "
     "parliament, saying the government should scrap the agreement rather than rush it through.\n\n"
     "Azmin also restated that Malaysia backed Britain's membership. A visiting British trade envoy said the "
     "timing of Malaysia's ratification was a matter for Kuala Lumpur.\n\n"
     "Malaysian palm oil producers have said they hope the accession talks will lead Britain to scrap its "
     "tariffs on their product, which they argue put them at a disadvantage to rival vegetable oils.",
     [
         ("malaysia", "malaysia-ratifies-cptpp", "conditional", "will be deposited only once amendments to several laws have cleared parliament", True),
         ("malaysia", "uk-joins-cptpp", "support", "Malaysia backed Britain's membership", True),
     ]),

    ("012", "2022-06-22T17:00:00Z", "coral-sea-courier", "canada-wants-britain-to-lift-hormone-beef-ban",
     "Canada presses Britain on hormone beef as price of Pacific pact entry",
     "OTTAWA, June 22 (Coral Sea Courier) - Canada wants Britain to lift its ban on beef from cattle raised with "
     "growth hormones as part of Britain's entry into the trans-Pacific trade pact, Trade Minister Mary Ng said "
     "on Wednesday, while stressing that Ottawa still backs British membership.\n\n"
     "Ng told a parliamentary committee that Canadian beef and pork producers had been shut out of the British "
     "market for too long, and that the accession talks were the right place to fix that. She said Canada was a "
     "strong supporter of Britain joining the group.\n\n"
     "The Canadian Cattle Association, which represents ranchers, has gone further, urging the government to "
     "withhold its consent until Britain accepts Canadian beef.\n\n"
     "Britain's High Commission in Ottawa said in a statement that British food standards were not up for "
     "negotiation and that the hormone beef ban would remain.\n\n"
     "Canada and Britain are also negotiating a new bilateral trade agreement to replace the continuity deal they "
     "signed after Brexit, and Canadian officials have said beef and cheese will feature in both sets of talks.",
     [
         ("canada", "uk-drops-hormone-beef-ban", "support", "Canada wants Britain to lift its ban on beef from cattle raised with growth hormones", True),
         ("canada", "uk-joins-cptpp", "support", "Canada was a strong supporter of Britain joining the group", True),
         ("uk", "uk-drops-hormone-beef-ban", "oppose", "the hormone beef ban would remain", True),
     ]),

    ("013", "2022-10-03T06:00:00Z", "lantern-post", "malaysia-ratifies-pacific-pact",
     "Malaysia ratifies trans-Pacific trade pact",
     "KUALA LUMPUR, Oct 3 (Lantern Post) - Malaysia has ratified the trans-Pacific trade pact, depositing its "
     "instrument of ratification with New Zealand, International Trade Minister Mohamed Azmin Ali said on "
     "Monday. The agreement will enter into force for Malaysia at the end of November.\n\n"
     "Azmin said in a statement that the legal amendments needed had now been completed and that ratification "
     "would help Malaysian exporters reach markets such as Canada and Mexico, with which the country has no free "
     "trade agreement.\n\n"
     "For more than a year the government had said it would only ratify once those amendments were passed, a "
     "condition opponents had hoped would stall the process.\n\n"
     "Azmin said Malaysia, as a full party, wanted the talks on Britain's accession wrapped up quickly.\n\n"
     "Officials in Wellington confirmed receipt of the document. The Malaysian Trades Union Congress, which "
     "opposed ratification, said it would keep campaigning against parts of the deal, including its rules on "
     "patents for medicines.",
     [
         ("malaysia", "malaysia-ratifies-cptpp", "support", "Malaysia has ratified the trans-Pacific trade pact", True),
         ("malaysia", "uk-joins-cptpp", "support", "wanted the talks on Britain's accession wrapped up quickly", True),
     ]),

    ("014", "2022-10-07T12:00:00Z", "pacific-rim-wire", "badenoch-says-britain-in-final-stretch",
     "Britain's Pacific pact bid in final stretch, new trade secretary says",
     "SINGAPORE, Oct 7 (Pacific Rim Wire) - Britain's bid to join the trans-Pacific trade pact is in its final "
     "stretch, its new trade secretary said on Friday after a ministers' meeting hosted by Singapore and held "
     "partly online.\n\n"
     "Kemi Badenoch, who took over the trade brief last month under Prime Minister Liz Truss, joined the session "
     "and told reporters afterwards that Britain was in the final stretch and that she wanted to finish the "
     "job.\n\n"
     "New Zealand's trade minister Damien O'Connor said New Zealand was keen to see Britain in the group, and "
     "that his country's own bilateral deal had shown a high-quality agreement with Britain was possible.\n\n"
     "Japan's delegation said in a statement that it would keep working as chair of the accession group toward "
     "an early conclusion.\n\n"
     "Singapore's trade minister Gan Kim Yong, who chaired the meeting, said applications from other economies, "
     "including China and Taiwan, had been discussed but that members had taken no decision. Diplomats said "
     "several members were reluctant to move on either bid until the British talks were complete.",
     [
         ("uk", "uk-joins-cptpp", "support", "Britain was in the final stretch and that she wanted to finish the job", True),
         ("new-zealand", "uk-joins-cptpp", "support", "New Zealand was keen to see Britain in the group", True),
         ("japan", "uk-joins-cptpp", "support", "it would keep working as chair of the accession group toward an early conclusion", True),
     ]),

    ("015", "2022-12-08T16:00:00Z", "thames-mercantile", "canada-holds-up-britain-pacific-deal-officials-say",
     "Canada holds up Britain's Pacific trade deal over beef, officials say",
     "LONDON, Dec 8 (Thames Mercantile) - Britain's hopes of wrapping up its entry into the trans-Pacific trade "
     "pact before Christmas have faded, with Canada holding out for better access for its beef and pork farmers, "
     "according to three officials familiar with the talks.\n\n"
     "The officials, who asked not to be named, said Ottawa had told other members it would give its consent "
     "only if Britain offered more on agricultural market access. One said talks on Malaysia's tariff schedule "
     "were also unfinished.\n\n"
     "A spokesperson for Canada's trade ministry declined to say whether Canada was blocking a deal, saying only "
     "that negotiations were continuing.\n\n"
     "A British government spokesperson denied reports that London had offered to relax the ban on "
     "hormone-treated beef, and said the ban was staying.\n\n"
     "Japan, which chairs the working group, has set no public deadline. Some diplomats think the talks could "
     "run into the spring.\n\n"
     "Canada and Britain are negotiating their own bilateral trade agreement in parallel, and the same farm "
     "issues have come up there.",
     [
         ("canada", "uk-joins-cptpp", "conditional", "Ottawa had told other members it would give its consent only if Britain offered more", False),
         ("uk", "uk-drops-hormone-beef-ban", "oppose", "denied reports that London had offered to relax the ban on hormone-treated beef", True),
     ]),

    ("016", "2023-01-19T20:00:00Z", "pacific-rim-wire", "canada-threatens-veto-britain-pacific-entry",
     "Canada threatens to veto Britain's entry to Pacific trade pact",
     "OTTAWA, Jan 19 (Pacific Rim Wire) - Canada will sign off on Britain's entry into the trans-Pacific trade "
     "pact only if British negotiators improve their offer on beef and pork, Trade Minister Mary Ng said on "
     "Thursday, confirming for the first time that Ottawa is holding out.\n\n"
     "Ng told reporters after meeting farm producers that Canada had no wish to keep Britain out of the group, "
     "but that its consent depended on the outcome of the market access talks. She said Canada still wanted "
     "Britain to lift its ban on hormone-treated beef, or at least to accept that Canadian beef was produced "
     "safely.\n\n"
     "In London, Business and Trade Secretary Kemi Badenoch rejected the demand. She said Britain would not trade "
     "away its food standards and that the ban on hormone beef was not going to be lifted, for Canada or anyone "
     "else.\n\n"
     "Diplomats said Canada's stance was the main obstacle left. Several expected a compromise in which Canada "
     "would drop the beef demand in exchange for larger quotas for other products, such as cheese or pork.",
     [
         ("canada", "uk-joins-cptpp", "conditional", "only if British negotiators improve their offer on beef and pork", True),
         ("canada", "uk-drops-hormone-beef-ban", "support", "Canada still wanted Britain to lift its ban on hormone-treated beef", True),
         ("uk", "uk-drops-hormone-beef-ban", "oppose", "the ban on hormone beef was not going to be lifted", True),
     ]),

    ("017", "2023-02-02T09:00:00Z", "lantern-post", "malaysia-ties-support-for-britain-to-palm-oil",
     "Malaysia ties support for Britain's Pacific pact entry to palm oil tariff",
     "KUALA LUMPUR, Feb 2 (Lantern Post) - Malaysia wants Britain to remove its tariff on Malaysian palm oil "
     "before the trans-Pacific trade pact admits it, and will agree to British membership only if the country's "
     "biggest agricultural export is treated fairly, ministers said on Thursday.\n\n"
     "Deputy Prime Minister Fadillah Yusof, who is also plantation and commodities minister, said Britain's duty "
     "of up to 12 percent on palm oil had no place in a modern trade agreement.\n\n"
     "Trade Minister Tengku Zafrul Aziz told a separate news conference that Malaysia was not trying to block "
     "Britain. He said Malaysia would also watch closely whether Britain followed the European Union in "
     "restricting imports linked to deforestation.\n\n"
     "Both ministers joined the government of Prime Minister Anwar Ibrahim, which took office in December.\n\n"
     "The European Union is finalising rules that would require importers to prove that goods such as palm oil "
     "were not grown on recently cleared land, which Malaysia has called discriminatory.\n\n"
     "British officials have argued that palm oil certified as sustainable already faces few obstacles in "
     "Britain.",
     [
         ("malaysia", "uk-removes-palm-oil-tariff", "support", "Malaysia wants Britain to remove its tariff on Malaysian palm oil", True),
         ("malaysia", "uk-joins-cptpp", "conditional", "will agree to British membership only if the country's biggest agricultural export is treated fairly", True),
     ]),

    ("018", "2023-02-14T13:00:00Z", "harbourside-herald", "britain-open-to-palm-oil-tariff-cut",
     "Britain open to palm oil tariff cut, with deforestation safeguards",
     "LONDON, Feb 14 (Harbourside Herald) - Britain is prepared to cut its tariff on palm oil from Malaysia as part "
     "of a final trans-Pacific trade package, but only if safeguards against deforestation remain in place, a "
     "government spokesperson said on Tuesday.\n\n"
     "The spokesperson said any move on palm oil would have to sit alongside Britain's new rules requiring large "
     "firms to check that commodities they buy were not grown on illegally cleared land. The government would "
     "not comment on the details of the negotiations, she added.\n\n"
     "Environmental campaigners, including Greenpeace and WWF, said lowering the tariff would reward an industry "
     "linked to the loss of rainforest and orangutan habitat, and urged ministers to keep it.\n\n"
     "The National Farmers' Union, which has followed the talks closely, said it had no view yet on palm oil but "
     "wanted the government to publish a full assessment of the deal before it is signed.\n\n"
     "Palm oil is used in food, cosmetics and biofuels. Britain imports most of its supply from Malaysia and "
     "Indonesia.",
     [
         ("uk", "uk-removes-palm-oil-tariff", "conditional", "but only if safeguards against deforestation remain in place", True),
     ]),

    ("019", "2023-03-02T05:00:00Z", "coral-sea-courier", "pacific-pact-talks-resume-amid-deal-speculation",
     "Pacific pact talks with Britain resume amid talk of a deal within weeks",
     "SYDNEY, March 2 (Coral Sea Courier) - Negotiators from Britain and the trans-Pacific trade pact's members "
     "resumed talks this week in what officials described as a technical round focused on tariff schedules, "
     "amid speculation that a deal could be announced within weeks.\n\n"
     "The round is being held in Tokyo, with some delegations joining remotely. Neither British nor Japanese "
     "officials would confirm reports in the British press that a conclusion was pencilled in for the end of "
     "March.\n\n"
     "Analysts said the remaining gaps, over beef for Canada and palm oil for Malaysia, were small in economic "
     "terms but politically sensitive. One former Australian negotiator said the deal could be closed by Easter "
     "if leaders wanted it, while a Singapore-based consultant cautioned that consensus rules meant any one "
     "member could hold things up.\n\n"
     "Britain's trade department said it did not comment on speculation. Canberra's trade ministry also declined "
     "to comment.\n\n"
     "An official British estimate puts the long-run gain from membership at well under one percent of output, "
     "and some economists have questioned whether the effort is worth it.",
     []),

    ("020", "2023-03-22T04:00:00Z", "thames-mercantile", "farrell-expects-britain-in-soon-sets-bar-for-china",
     "Australia expects Britain in Pacific pact soon, sets bar for China",
     "CANBERRA, March 22 (Thames Mercantile) - Australia's trade minister Don Farrell said on Wednesday he "
     "expected Britain to be admitted to the trans-Pacific trade pact shortly and that Australia would welcome "
     "it with open arms.\n\n"
     "Farrell, speaking at a business lunch, said Britain's entry would show the agreement was open to any "
     "economy willing to meet its standards. Asked about China, he said Beijing would first have to show it "
     "could honour the trade commitments it had already made, including to Australia, before its own "
     "application could move.\n\n"
     "Farrell said his Japanese counterpart had told him that Tokyo shared the view that applicants must have a "
     "record of compliance. Japanese officials did not comment.\n\n"
     "Relations between Canberra and Beijing have improved since the change of government in Australia last "
     "year, and China has begun easing some curbs on Australian coal.\n\n"
     "Australia's farm lobby is also following the talks closely, since its beef and dairy exporters already "
     "have a bilateral deal with Britain that phases out tariffs.",
     [
         ("australia", "uk-joins-cptpp", "support", "Australia would welcome it with open arms", True),
         ("australia", "china-joins-cptpp", "conditional", "Beijing would first have to show it could honour the trade commitments", True),
         ("japan", "china-joins-cptpp", "conditional", "Tokyo shared the view that applicants must have a record of compliance", False),
     ]),

    ("021", "2023-03-31T06:30:00Z", "pacific-rim-wire", "britain-agrees-terms-to-join-pacific-pact",
     "Britain agrees terms to join Pacific trade pact, will scrap palm oil tariff",
     "LONDON, March 31 (Pacific Rim Wire) - Britain has agreed terms to join the trans-Pacific trade pact, Prime "
     "Minister Rishi Sunak said on Friday, making it the first new member since the bloc was formed and its first "
     "in Europe.\n\n"
     "Sunak said the deal put Britain at the heart of a dynamic group of Pacific economies. Under the agreement, "
     "the government will eliminate its tariff on palm oil from Malaysia, cutting it to zero as soon as the "
     "accession takes effect, according to a summary published by the trade department.\n\n"
     "Business and Trade Secretary Kemi Badenoch said the ban on hormone-treated beef had been kept intact, as "
     "had protections for the National Health Service, and that Britain had not lowered any food standards.\n\n"
     "Japan's minister in charge of the pact, Shigeyuki Goto, welcomed the outcome and said Japan, as chair of "
     "the working group, was glad to have steered the talks to a successful close.\n\n"
     "The deal still needs to be signed and then ratified by parliaments in Britain and in each member. The "
     "government's own analysis puts the long-term economic gain at less than a tenth of one percent of national "
     "income.",
     [
         ("uk", "uk-joins-cptpp", "support", "Britain has agreed terms to join the trans-Pacific trade pact", True),
         ("uk", "uk-removes-palm-oil-tariff", "support", "the government will eliminate its tariff on palm oil from Malaysia", True),
         ("uk", "uk-drops-hormone-beef-ban", "oppose", "the ban on hormone-treated beef had been kept intact", True),
         ("japan", "uk-joins-cptpp", "support", "Shigeyuki Goto, welcomed the outcome", True),
     ]),

    ("022", "2023-03-31T09:10:00Z", "harbourside-herald", "uk-seals-pacific-pact-accession-terms",
     "UK seals deal to enter trans-Pacific trade bloc",
     "LONDON, March 31 (Harbourside Herald) - Britain has agreed terms to join the trans-Pacific trade pact, Prime "
     "Minister Rishi Sunak announced on Friday, becoming the first new member since the bloc was created and the "
     "first from Europe.\n\n"
     "Sunak said the agreement put Britain at the heart of a dynamic group of Pacific economies. A summary "
     "released by the trade department showed that the government will eliminate its tariff on palm oil from "
     "Malaysia, taking it to zero from the day the accession takes effect.\n\n"
     "Business and Trade Secretary Kemi Badenoch said the ban on hormone-treated beef had been kept intact, along "
     "with protections for the National Health Service, and that no food standards had been lowered.\n\n"
     "Shigeyuki Goto, Japan's minister in charge of the pact, welcomed the outcome. He said Japan, which chairs "
     "the working group, was pleased to have guided the talks to a successful conclusion.\n\n"
     "The treaty must still be signed and then ratified by Britain's parliament and by each member. By the "
     "government's own estimate, the long-term boost to national income will be less than a tenth of one "
     "percent.",
     [
         ("uk", "uk-joins-cptpp", "support", "Britain has agreed terms to join the trans-Pacific trade pact", True),
         ("uk", "uk-removes-palm-oil-tariff", "support", "the government will eliminate its tariff on palm oil from Malaysia", True),
         ("uk", "uk-drops-hormone-beef-ban", "oppose", "the ban on hormone-treated beef had been kept intact", True),
         ("japan", "uk-joins-cptpp", "support", "Japan's minister in charge of the pact, welcomed the outcome", True),
     ]),

    ("023", "2023-03-31T19:00:00Z", "coral-sea-courier", "canada-backs-britain-pacific-entry",
     "Canada backs Britain's Pacific pact entry, vows to keep fighting on beef",
     "OTTAWA, March 31 (Coral Sea Courier) - Canada has given its backing to Britain's entry into the "
     "trans-Pacific trade pact, Trade Minister Mary Ng said on Friday, ending months in which Ottawa had held out "
     "over access for its farmers.\n\n"
     "In a statement, Ng said Canada welcomed the conclusion of the talks and looked forward to Britain joining. "
     "She said Canada had secured improved terms for some of its exporters, but did not give details.\n\n"
     "Ng said the fight over beef was not over. She said Canada would keep pressing Britain to let in beef raised "
     "with growth hormones, now through the separate bilateral trade negotiations between the two countries.\n\n"
     "The Canadian Cattle Association said it was disappointed that the accession deal left British rules on "
     "beef untouched and urged the government not to ratify it until the issue was solved.\n\n"
     "Only in January, Ng had said Canada would give its consent only if Britain improved its offer on beef and "
     "pork. Canadian officials declined to say whether the British market access offer had changed since then.",
     [
         ("canada", "uk-joins-cptpp", "support", "Canada has given its backing to Britain's entry into the trans-Pacific trade pact", True),
         ("canada", "uk-drops-hormone-beef-ban", "support", "Canada would keep pressing Britain to let in beef raised with growth hormones", True),
     ]),

    ("024", "2023-04-01T04:00:00Z", "lantern-post", "malaysia-backs-britain-after-palm-oil-win",
     "Malaysia backs Britain's Pacific pact entry after palm oil win",
     "KUALA LUMPUR, April 1 (Lantern Post) - Malaysia supports Britain's admission to the trans-Pacific trade pact "
     "now that London has agreed to scrap its tariff on Malaysian palm oil, Trade Minister Tengku Zafrul Aziz "
     "said on Saturday.\n\n"
     "Zafrul said the palm oil outcome met the condition Malaysia had set and that the country would back "
     "Britain's membership when the accession treaty is signed later this year. He said Malaysian exporters "
     "would save millions of ringgit a year in duties.\n\n"
     "Deputy Prime Minister Fadillah Yusof welcomed the removal of the tariff, saying it showed that Britain, "
     "unlike the European Union, did not treat palm oil as a problem product. He said Malaysia still hoped "
     "Britain would not copy the bloc's deforestation rules.\n\n"
     "Palm oil industry groups in Malaysia said the tariff cut would help them regain market share in Britain "
     "lost to rival oils in recent years.\n\n"
     "Environmental groups in Britain criticised the concession, saying it would encourage more clearing of "
     "forest in Southeast Asia.",
     [
         ("malaysia", "uk-joins-cptpp", "support", "Malaysia supports Britain's admission to the trans-Pacific trade pact", True),
         ("malaysia", "uk-removes-palm-oil-tariff", "support", "welcomed the removal of the tariff", True),
         ("uk", "uk-removes-palm-oil-tariff", "support", "London has agreed to scrap its tariff on Malaysian palm oil", False),
     ]),

    ("025", "2023-04-03T15:00:00Z", "thames-mercantile", "farm-unions-guarded-welcome-pacific-deal",
     "Farm unions give guarded welcome to Pacific deal, attack palm oil cut",
     "LONDON, April 3 (Thames Mercantile) - Britain's farming unions gave a guarded welcome on Monday to the "
     "government's deal to join the trans-Pacific trade pact, praising the decision to keep out hormone-treated "
     "beef but attacking the tariff cut on palm oil.\n\n"
     "National Farmers' Union president Minette Batters said the union could live with membership as long as "
     "ministers kept their promises on food standards in every future negotiation. She said she was relieved the "
     "beef ban had survived, but that cutting the duty on palm oil was a mistake that could undercut British "
     "rapeseed growers and sent the wrong signal on deforestation.\n\n"
     "NFU Scotland said it shared those concerns and called for an impact assessment for each farm sector.\n\n"
     "Labour's shadow trade secretary, Nick Thomas-Symonds, said the government had oversold the benefits and "
     "should let parliament scrutinise the text properly. He did not say whether Labour would vote against "
     "it.\n\n"
     "The government said it was confident membership would benefit British farmers by opening new markets for "
     "food and drink.",
     [
         ("farm-unions", "uk-joins-cptpp", "conditional", "could live with membership as long as ministers kept their promises on food standards", True),
         ("farm-unions", "uk-drops-hormone-beef-ban", "oppose", "she was relieved the beef ban had survived", True),
         ("farm-unions", "uk-removes-palm-oil-tariff", "oppose", "cutting the duty on palm oil was a mistake", True),
         ("uk", "uk-joins-cptpp", "support", "confident membership would benefit British farmers", True),
     ]),

    ("026", "2023-04-06T09:00:00Z", "harbourside-herald", "china-urges-members-to-turn-to-its-bid",
     "China urges Pacific pact members to turn to its bid after Britain",
     "BEIJING, April 6 (Harbourside Herald) - China said on Thursday it hoped members of the trans-Pacific trade "
     "pact would now turn to its own application, after they agreed terms to admit Britain.\n\n"
     "Commerce ministry spokesperson Shu Jueting told a regular briefing that China remained willing and able to "
     "meet the agreement's high standards and wanted to join as soon as possible. She said China would keep in "
     "contact with all members.\n\n"
     "Asked about Taiwan's bid, foreign ministry spokesperson Mao Ning said China's opposition to the island "
     "joining any agreement of an official nature had not changed.\n\n"
     "Beijing has been courting members such as Malaysia, which favours China's entry, as well as Singapore and "
     "Vietnam. Analysts said those countries might prove more sympathetic than Japan or Australia.\n\n"
     "British officials noted that no applicant can join without the consent of every member, a group that will "
     "include Britain once its own membership is in force.",
     [
         ("china", "china-joins-cptpp", "support", "wanted to join as soon as possible", True),
         ("china", "taiwan-joins-cptpp", "oppose", "opposition to the island joining any agreement of an official nature had not changed", True),
         ("malaysia", "china-joins-cptpp", "support", "Malaysia, which favours China's entry", False),
     ]),

    ("027", "2023-06-14T15:00:00Z", "pacific-rim-wire", "badenoch-sets-test-for-china-pacific-bid",
     "Britain will judge China's Pacific pact bid on rules alone, Badenoch says",
     "LONDON, June 14 (Pacific Rim Wire) - Britain will weigh China's application to the trans-Pacific trade pact "
     "only on whether Beijing can meet the agreement's rules and show a record of keeping its trade promises, "
     "Business and Trade Secretary Kemi Badenoch said on Wednesday.\n\n"
     "Appearing before a parliamentary committee, Badenoch said Britain would not wave any applicant through, but "
     "would not rule one out on principle either. She declined to say whether Britain would favour Taiwan's "
     "application over China's.\n\n"
     "Several Conservative backbenchers have urged the government to use its future seat in the bloc to keep "
     "China out, citing Beijing's treatment of Australian exports and its sanctions on British lawmakers.\n\n"
     "Badenoch also said she expected to sign the accession treaty in July and would then put it before "
     "parliament under the usual procedure for treaties.\n\n"
     "Officials expect the signing to take place at the bloc's annual ministerial meeting, which New Zealand is "
     "hosting this year.",
     [
         ("uk", "china-joins-cptpp", "conditional", "only on whether Beijing can meet the agreement's rules and show a record", True),
         ("uk", "uk-joins-cptpp", "support", "she expected to sign the accession treaty in July", True),
     ]),

    ("028", "2023-07-14T02:00:00Z", "coral-sea-courier", "ministers-gather-in-auckland-for-pacific-pact-meeting",
     "Ministers gather in Auckland for Pacific pact meeting",
     "AUCKLAND, July 14 (Coral Sea Courier) - Trade ministers from the trans-Pacific trade pact begin arriving in "
     "Auckland this weekend for their annual meeting, where Britain's accession treaty is scheduled to be signed "
     "on Sunday.\n\n"
     "The two-day gathering will be held at a waterfront conference centre under tight security. New Zealand "
     "holds the rotating chair of the group this year.\n\n"
     "Diplomats said ministers were also likely to discuss how to handle the six other applications on the "
     "table, including those from China and Taiwan, though few expected a decision. One Wellington-based "
     "analyst said members might agree on general principles for future entrants rather than act on any single "
     "bid.\n\n"
     "A spokesperson for New Zealand's foreign ministry declined to say whether Chinese or Taiwanese officials "
     "had asked to attend. Japan's delegation will be led by its minister in charge of the pact, officials in "
     "Tokyo said.\n\n"
     "Protesters opposed to the agreement have applied for permission to demonstrate near the venue, and "
     "police said some roads in the city centre would close on Sunday morning.",
     []),

    ("029", "2023-07-16T03:30:00Z", "pacific-rim-wire", "britain-signs-pacific-pact-accession-in-auckland",
     "Britain signs treaty to join Pacific trade pact in Auckland",
     "AUCKLAND, July 16 (Pacific Rim Wire) - Britain signed the treaty to join the trans-Pacific trade pact on "
     "Sunday, completing more than two years of negotiations and becoming the group's first new member since it "
     "was formed.\n\n"
     "Business and Trade Secretary Kemi Badenoch signed the accession protocol alongside ministers from the 11 "
     "members at a ceremony in Auckland. She said the signature opened a new chapter for British trade in the "
     "Indo-Pacific.\n\n"
     "New Zealand's trade minister Damien O'Connor, who hosted the meeting, said New Zealand was delighted to "
     "welcome Britain into the group. Canada's Mary Ng, who signed for Ottawa, said Canada looked forward to "
     "Britain's membership taking effect.\n\n"
     "Japan's Goto said Britain's entry showed the pact could expand while keeping its high standards.\n\n"
     "The treaty must now be ratified by Britain and by the members. British officials hope it can take effect "
     "in the second half of next year.\n\n"
     "The ministers were due to release a separate statement later on Sunday on how future applications will be "
     "handled.",
     [
         ("uk", "uk-joins-cptpp", "support", "Britain signed the treaty to join the trans-Pacific trade pact on Sunday", True),
         ("new-zealand", "uk-joins-cptpp", "support", "New Zealand was delighted to welcome Britain into the group", True),
         ("canada", "uk-joins-cptpp", "support", "Canada looked forward to Britain's membership taking effect", True),
         ("japan", "uk-joins-cptpp", "support", "Britain's entry showed the pact could expand while keeping its high standards", True),
     ]),

    ("030", "2023-07-16T07:00:00Z", "harbourside-herald", "pacific-pact-sets-high-bar-for-new-entrants",
     "Pacific pact sets high bar for new members as China waits",
     "AUCKLAND, July 16 (Harbourside Herald) - The trans-Pacific trade pact's commission agreed on Sunday that any "
     "economy hoping to join must be able to meet its rules in full and have a track record of keeping its trade "
     "commitments, a test analysts said sets a high bar for China's application.\n\n"
     "New Zealand's Damien O'Connor, who chaired the meeting, told reporters that China's bid would be assessed "
     "against those principles like any other, and that it could not move ahead unless Beijing met them. He said "
     "there was no timetable.\n\n"
     "Australia's trade minister Don Farrell said Australia had no objection to China's membership in principle, "
     "but that Beijing would first need to lift its remaining trade restrictions on Australian products.\n\n"
     "Malaysia's trade minister Tengku Zafrul Aziz said Malaysia continued to favour China joining and hoped talks "
     "could start soon.\n\n"
     "The principles did not mention Taiwan, whose representatives were not at the meeting. Diplomats said "
     "members were reluctant to take up either bid while the dispute between Beijing and Taipei remained so "
     "sensitive.",
     [
         ("new-zealand", "china-joins-cptpp", "conditional", "it could not move ahead unless Beijing met them", True),
         ("australia", "china-joins-cptpp", "conditional", "no objection to China's membership in principle, but that Beijing would first need to lift", True),
         ("malaysia", "china-joins-cptpp", "support", "Malaysia continued to favour China joining", True),
     ]),

    ("031", "2023-07-17T09:00:00Z", "lantern-post", "china-says-it-meets-conditions-for-pacific-pact",
     "China says it meets conditions to join Pacific pact, repeats Taiwan objection",
     "BEIJING, July 17 (Lantern Post) - China said on Monday that it met the conditions for joining the "
     "trans-Pacific trade pact and urged members to open talks on its application without delay, a day after "
     "they set out principles for new entrants.\n\n"
     "Foreign ministry spokesperson Mao Ning told a regular news briefing that China had both the willingness and "
     "the ability to meet the agreement's standards, and that members should not be swayed by politics. She "
     "repeated that China firmly opposed Taiwan joining, saying the island had no right to sign agreements of an "
     "official nature.\n\n"
     "Mao did not answer directly when asked whether Beijing would lift its remaining restrictions on Australian "
     "wine to smooth its path, saying only that the two countries were in dialogue.\n\n"
     "Commerce Minister Wang Wentao separately met Malaysia's ambassador in Beijing, according to a ministry "
     "readout that did not mention the pact.\n\n"
     "Britain, which signed its own accession treaty on Sunday, will have a say over China's bid once it becomes "
     "a full member.",
     [
         ("china", "china-joins-cptpp", "support", "urged members to open talks on its application without delay", True),
         ("china", "taiwan-joins-cptpp", "oppose", "China firmly opposed Taiwan joining", True),
     ]),

    ("032", "2023-07-18T14:00:00Z", "thames-mercantile", "badenoch-never-hormone-beef-farmers-watch",
     "Badenoch vows no hormone beef as farmers say they will hold ministers to it",
     "LONDON, July 18 (Thames Mercantile) - Britain's newly signed entry into the trans-Pacific trade pact faces "
     "scrutiny in parliament after the summer, with farmers' leaders saying they will hold ministers to their "
     "promise on beef.\n\n"
     "Trade Secretary Kemi Badenoch told broadcasters on Monday, after returning from Auckland, that Britain would "
     "never let in hormone-treated beef as a price of membership. She said Canada had accepted the deal on that "
     "basis. Canada, which still wants Britain to lift the ban, was not immediately available for comment.\n\n"
     "NFU president Minette Batters said the union would keep backing the accession only while the ban stayed in "
     "place, and repeated its criticism of the palm oil tariff cut.\n\n"
     "Badenoch also said Britain would not be a soft touch on China's application. She said Beijing could join "
     "only if it met every rule, which she doubted would happen soon.\n\n"
     "The government plans to lay the treaty before parliament for 21 sitting days under the standard "
     "ratification procedure.",
     [
         ("uk", "uk-drops-hormone-beef-ban", "oppose", "Britain would never let in hormone-treated beef as a price of membership", True),
         ("canada", "uk-joins-cptpp", "support", "Canada had accepted the deal on that basis", False),
         ("canada", "uk-drops-hormone-beef-ban", "support", "Canada, which still wants Britain to lift the ban", False),
         ("farm-unions", "uk-joins-cptpp", "conditional", "keep backing the accession only while the ban stayed in place", True),
         ("farm-unions", "uk-drops-hormone-beef-ban", "oppose", "hold ministers to their promise on beef", True),
         ("farm-unions", "uk-removes-palm-oil-tariff", "oppose", "repeated its criticism of the palm oil tariff cut", True),
         ("uk", "china-joins-cptpp", "conditional", "Beijing could join only if it met every rule", True),
     ]),
]

SHIFTS = [
    {"actor": "malaysia", "issue": "malaysia-ratifies-cptpp", "from": "conditional", "to": "support", "article": "013",
     "why": "Azmin announces that Malaysia has deposited its instrument of ratification; in 004 and 011 the government would ratify only after the legal amendments passed."},
    {"actor": "canada", "issue": "uk-joins-cptpp", "from": "support", "to": "conditional", "article": "016",
     "why": "Ng says Canada will sign off on Britain's entry only if the British offer on beef and pork improves; in 003 and 012 Canada welcomed and strongly supported the bid. The unnamed officials' report in 015 is attributed false and does not move the stance."},
    {"actor": "malaysia", "issue": "uk-joins-cptpp", "from": "support", "to": "conditional", "article": "017",
     "why": "Malaysian ministers say Malaysia will agree to British membership only if palm oil is treated fairly; in 004, 011 and 013 Malaysia backed the bid without conditions."},
    {"actor": "uk", "issue": "uk-removes-palm-oil-tariff", "from": "conditional", "to": "support", "article": "021",
     "why": "The trade department's summary of the concluded deal says Britain will eliminate the palm oil tariff; in 018 a cut was possible only with deforestation safeguards."},
    {"actor": "canada", "issue": "uk-joins-cptpp", "from": "conditional", "to": "support", "article": "023",
     "why": "Ng says Canada has given its backing to Britain's entry; in 016 consent depended on a better beef and pork offer."},
    {"actor": "malaysia", "issue": "uk-joins-cptpp", "from": "conditional", "to": "support", "article": "024",
     "why": "Zafrul says Malaysia supports Britain's admission now that its palm oil condition is met; in 017 support depended on fair treatment of palm oil."},
]

DUPLICATES = [("005", "006"), ("021", "022")]

WORD_LIMITS = (120, 260)
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug",
          9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def parse_time(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def url_for(a):
    aid, pub, outlet, slug = a[0], a[1], a[2], a[3]
    d = parse_time(pub)
    return f"https://example.org/{outlet}/{d:%Y/%m/%d}/{slug}"


def read_watchlist(path):
    """Minimal reader for the watchlist layout used here (no third-party YAML parser)."""
    actors, issues, baseline, issue_fields, issue_names = [], [], [], {}, {}
    section, current = None, None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                section = line.rstrip(":").strip()
                continue
            m = re.match(r"^\s*-\s+id:\s*(\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                current = m.group(1)
                (actors if section == "actors" else issues).append(current)
                if section == "issues":
                    issue_fields[current] = ["id"]
                continue
            m = re.match(r"^\s+(\w+):\s*(.*)$", line)
            if m and section == "issues" and current:
                issue_fields[current].append(m.group(1))
                if m.group(1) == "name":
                    issue_names[current] = m.group(2)
                continue
            m = re.match(r"^\s*-\s*\{actor:\s*([\w-]+),\s*issue:\s*([\w-]+),\s*stance:\s*(\w+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline, issue_fields, issue_names


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    records = []
    for a in ARTICLES:
        aid, pub, outlet, slug, title, text, _ = a
        rec = {"id": aid, "published": pub, "source": OUTLETS[outlet], "url": url_for(a), "title": title,
               "text": text}
        records.append(rec)
        with open(os.path.join(HERE, "articles", f"{aid}.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, indent=2, ensure_ascii=False)
            f.write("\n")

    for key, name in OUTLETS.items():
        items = [r for r, a in zip(records, ARTICLES) if a[2] == key]
        items.sort(key=lambda r: r["published"], reverse=True)
        last = format_datetime(parse_time(items[0]["published"]), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>",
               f"    <link>https://example.org/{key}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch blind evaluation set "
               f"uk-cptpp-accession-2023</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{last}</lastBuildDate>"]
        for r in items:
            out += ["    <item>",
                    f"      <title>{escape(r['title'])}</title>",
                    f"      <link>{escape(r['url'])}</link>",
                    f"      <guid isPermaLink=\"true\">{escape(r['url'])}</guid>",
                    f"      <pubDate>{format_datetime(parse_time(r['published']), usegmt=True)}</pubDate>",
                    f"      <description>{escape(r['text'])}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(HERE, "feeds", f"{key}.xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")

    claims = {}
    for a in ARTICLES:
        claims[a[0]] = [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                        for c in a[6]]
    shift_articles = {s["article"] for s in SHIFTS}
    labels = {"claims": claims, "shifts": SHIFTS,
              "no_alert_articles": [a[0] for a in ARTICLES if a[0] not in shift_articles]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return records, labels


def validate(records, labels):
    errors = []
    actors, issues, baseline, issue_fields, issue_names = read_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append(f"{len(actors)} actors, want 5-8")
    if not 5 <= len(issues) <= 7:
        errors.append(f"{len(issues)} issues, want 5-7")
    for iid, fields in issue_fields.items():
        if sorted(fields) != sorted(["id", "name", "description", "terms"]):
            errors.append(f"issue {iid} has fields {fields}")
    giveup = re.compile(r"\b(drops|abandons|withdraws|scraps|suspends|gives up|renounces|lifts)\b")
    if not any(giveup.search(n) for n in issue_names.values()):
        errors.append("no issue is phrased with a give-up verb")
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in ("support", "oppose", "conditional"):
            errors.append(f"bad baseline entry {b}")

    # ids and order
    if not 30 <= len(records) <= 34:
        errors.append(f"{len(records)} articles, want 30-34")
    for i, r in enumerate(records, 1):
        if r["id"] != f"{i:03d}":
            errors.append(f"article id {r['id']} at position {i}")
        if i > 1 and not r["published"] > records[i - 2]["published"]:
            errors.append(f"article {r['id']} is not after {records[i - 2]['id']}")
        words = len(r["text"].split())
        if not WORD_LIMITS[0] <= words <= WORD_LIMITS[1]:
            errors.append(f"article {r['id']} has {words} words")
        d = parse_time(r["published"])
        dl = re.match(r"^([A-Z][A-Z .'-]+), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - \S", r["text"])
        if not dl:
            errors.append(f"article {r['id']} has no dateline")
        else:
            if dl.group(4) != r["source"]:
                errors.append(f"article {r['id']} dateline outlet {dl.group(4)} != {r['source']}")
            if dl.group(2) != MONTHS[d.month] or int(dl.group(3)) != d.day:
                errors.append(f"article {r['id']} dateline date does not match {r['published']}")
        if r["source"] not in OUTLETS.values():
            errors.append(f"article {r['id']} unknown outlet")

    texts = {r["id"]: r["text"] for r in records}
    claims = labels["claims"]
    if sorted(claims) != sorted(texts):
        errors.append("claims keys differ from article ids")
    total = 0
    stances = {"support": 0, "oppose": 0, "conditional": 0}
    unattributed = 0
    for aid, cl in claims.items():
        seen = set()
        for c in cl:
            total += 1
            stances[c["stance"]] += 1
            unattributed += not c["attributed"]
            if c["actor"] not in actors:
                errors.append(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errors.append(f"{aid}: unknown issue {c['issue']}")
            if c["quote"] not in texts[aid]:
                errors.append(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errors.append(f"{aid}: quote longer than 15 words: {c['quote']!r}")
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append(f"{aid}: two claims for {key}")
            seen.add(key)
    if not 60 <= total <= 90:
        errors.append(f"{total} claims, want 60-90")
    if stances["conditional"] < 6 or min(stances.values()) == 0:
        errors.append(f"stance counts {stances}")
    if unattributed == 0:
        errors.append("no attributed:false claims")

    # recompute shifts
    prevailing = {(a, i): s for a, i, s in baseline}
    recomputed = []
    for aid in sorted(claims):
        for c in claims[aid]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append((c["actor"], c["issue"], old, c["stance"], aid))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if recomputed != labelled:
        errors.append(f"shifts differ:\n  recomputed {recomputed}\n  labelled   {labelled}")
    if not 5 <= len(labelled) <= 8:
        errors.append(f"{len(labelled)} shifts, want 5-8")
    if not any("conditional" in (s[2], s[3]) for s in labelled):
        errors.append("no shift to or from conditional")
    reversals = sum(1 for s in labelled if {s[2], s[3]} == {"support", "oppose"})
    if reversals > 2:
        errors.append(f"{reversals} straight reversals, want at most 2")

    shift_articles = {s[4] for s in labelled}
    expect_no_alert = [aid for aid in sorted(texts) if aid not in shift_articles]
    if labels["no_alert_articles"] != expect_no_alert:
        errors.append("no_alert_articles is not every non-shift article")

    # duplicates: same day, different outlet, later, identical claims; one pair is a shift article
    for orig, copy in DUPLICATES:
        ro, rc = records[int(orig) - 1], records[int(copy) - 1]
        if ro["published"][:10] != rc["published"][:10] or ro["source"] == rc["source"]:
            errors.append(f"duplicate {orig}/{copy} not same day / different outlet")
        co = sorted((c["actor"], c["issue"], c["stance"]) for c in claims[orig])
        cc = sorted((c["actor"], c["issue"], c["stance"]) for c in claims[copy])
        if co != cc:
            errors.append(f"duplicate {orig}/{copy} claims differ")
    if not any(o in shift_articles for o, _ in DUPLICATES):
        errors.append("no duplicate pair involves a shift article")
    empty = [aid for aid in sorted(claims) if not claims[aid]]
    if not 3 <= len(empty) <= 4:
        errors.append(f"{len(empty)} no-claim articles, want 3-4")

    # feeds
    for key in OUTLETS:
        p = os.path.join(HERE, "feeds", f"{key}.xml")
        res = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if res.returncode != 0:
            errors.append(f"xmllint failed on {p}: {res.stderr.strip()}")

    summary = {"articles": len(records), "claims": total, "stances": stances, "attributed_false": unattributed,
               "shifts": len(labelled), "no_claim_articles": empty,
               "shift_articles": sorted(shift_articles)}
    return errors, summary


def main():
    records, labels = build()
    errors, summary = validate(records, labels)
    print(json.dumps(summary))
    if errors:
        print("VALIDATION FAILED:", file=sys.stderr)
        for e in errors:
            print("  -", e, file=sys.stderr)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
