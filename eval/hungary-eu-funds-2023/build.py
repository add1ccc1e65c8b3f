#!/usr/bin/env python3
"""Build and validate the hungary-eu-funds-2023 blind evaluation set.

Self-contained: writes articles/NNN.json, feeds/<outlet>.xml and labels.json from the data below,
then checks quotes, ids, actors/issues, word counts and JSON/XML well-formedness.
Run: python3 build.py
"""
import json, os, re, sys, subprocess
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "danube-wire": "Danube Wire",
    "continental-post": "Continental Post",
    "westbrook-herald": "Westbrook Herald",
    "riverside-signal": "Riverside Signal",
}
S, O, C = "support", "oppose", "conditional"

def cl(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}

# (published, outlet, slug, title, text, claims)
A = []
def art(published, outlet, slug, title, text, claims):
    A.append((published, outlet, slug, title, text.strip(), claims))

art("2022-09-18T14:00:00Z", "danube-wire", "commission-proposes-hungary-funds-freeze",
"Commission proposes freezing 7.5 billion euros for Hungary over corruption risks", """
BRUSSELS, Sept 18 (Danube Wire) - The European Commission proposed on Sunday suspending about 7.5 billion euros of EU cohesion funding for Hungary, the first use of a new mechanism that ties the bloc's money to respect for the rule of law.

Budget Commissioner Johannes Hahn said the money would remain frozen until Budapest delivered on 17 promised measures against corruption and conflicts of interest in public procurement. He told reporters the Commission wanted reforms that worked in practice, not only on paper, and would not release the funds on the strength of pledges alone.

The Hungarian government has promised to set up an independent anti-graft authority and to tighten procurement rules by November. Tibor Navracsics, the minister in charge of EU funds, said Hungary would meet every commitment and expected the money to reach Hungarian towns and businesses.

EU finance ministers have up to three months to decide on the proposal by qualified majority. Some diplomats said the freeze could yet be trimmed if Hungary moved quickly.
""", [
    cl("commission", "release-frozen-funds", C, "the money would remain frozen until Budapest delivered on 17 promised measures"),
    cl("hungary", "release-frozen-funds", S, "expected the money to reach Hungarian towns and businesses"),
])

art("2022-11-30T17:30:00Z", "continental-post", "brussels-keeps-hungary-funds-frozen",
"Brussels keeps Hungary's funds frozen but backs recovery plan with strings attached", """
BRUSSELS, Nov 30 (Continental Post) - The European Commission said on Wednesday that Hungary had not done enough to unlock 7.5 billion euros of frozen cohesion money, even as it endorsed the country's 5.8-billion-euro pandemic recovery plan on strict conditions.

Johannes Hahn told a news conference that Hungary had passed the laws it promised but that key parts of them had not been properly put into practice. The Commission therefore advised EU governments to keep the suspension in full.

The recovery plan comes with 27 so-called super milestones, including measures to strengthen the independence of Hungary's judiciary. Not a single euro will be paid out until those are met, Economy Commissioner Paolo Gentiloni said.

In Budapest, Gergely Gulyas, Prime Minister Viktor Orban's chief of staff, said the government would meet the milestones and that Hungary was entitled to every euro of the money.

The decision now goes to EU finance ministers. The European Parliament, which opposes handing any of the money to Orban's government, has accused the Commission of being too lenient with Budapest.
""", [
    cl("commission", "release-frozen-funds", C, "Not a single euro will be paid out until those are met"),
    cl("hungary", "release-frozen-funds", S, "Hungary was entitled to every euro of the money"),
    cl("parliament", "release-frozen-funds", O, "which opposes handing any of the money to Orban's government", False),
])

art("2022-12-12T22:00:00Z", "westbrook-herald", "hungary-lifts-veto-on-ukraine-loan",
"Hungary lifts veto on Ukraine loan as EU trims funding freeze", """
BRUSSELS, Dec 12 (Westbrook Herald) - Hungary dropped its veto on an 18-billion-euro EU loan package for Ukraine for 2023 and on a global minimum tax for large companies on Monday, after EU governments agreed to freeze 6.3 billion euros of its cohesion funding rather than the 7.5 billion euros first proposed.

EU ambassadors sealed the package in Brussels late on Monday after a weekend of telephone diplomacy.

Justice Minister Judit Varga wrote on Facebook that the government had achieved its aims and that Hungary would now work to unlock the rest of its money as quickly as possible.

The Czech EU presidency said the agreement showed the bloc could still act together. Diplomats said the bargain left a bitter taste, with several capitals privately accusing Budapest of holding Ukraine hostage to win concessions on its own funds.

The 18-billion-euro loan is separate from the longer-term support for Ukraine that the Commission is expected to propose next year.
""", [
    cl("hungary", "release-frozen-funds", S, "Hungary would now work to unlock the rest of its money"),
])

art("2023-05-03T16:00:00Z", "riverside-signal", "hungarian-parliament-passes-judicial-overhaul",
"Hungarian parliament passes judicial overhaul aimed at unlocking EU money", """
BUDAPEST, May 3 (Riverside Signal) - Hungary's parliament approved a reform of the judiciary on Wednesday that the government says meets the European Commission's conditions for releasing billions of euros in frozen recovery funds.

The law strengthens the National Judicial Council, the judges' self-governing body, and limits the powers of the president of the Kuria, the supreme court. It also stops public authorities from challenging final court rulings at the Constitutional Court.

Justice Minister Judit Varga said the vote removed the last obstacle and that Brussels now had no excuse to keep withholding the money.

A Commission spokesperson said the executive would assess the law carefully once it was published, and declined to say when payments might resume.

Hungarian judges' associations welcomed parts of the reform but said implementation would be the real test. Lawmakers from the opposition Momentum party said they did not trust the government to respect the new rules.
""", [
    cl("hungary", "release-frozen-funds", S, "Brussels now had no excuse to keep withholding the money"),
])

art("2023-06-20T13:00:00Z", "danube-wire", "commission-proposes-ukraine-facility",
"Commission proposes 50-billion-euro Ukraine Facility in budget top-up", """
BRUSSELS, June 20 (Danube Wire) - The European Commission proposed on Tuesday a 50-billion-euro fund to support Ukraine's economy and reconstruction until 2027, as part of a wider request to top up the EU's long-term budget.

Commission President Ursula von der Leyen said the Ukraine Facility would give Kyiv predictable support for the next four years and urged member states to approve it swiftly.

The fund would combine grants and loans, and part of the money would be tied to reforms Ukraine must carry out on its path towards EU membership.

Ukrainian Foreign Minister Dmytro Kuleba welcomed the proposal, saying it would help keep his country's economy running while it defends itself.

The top-up needs the unanimous backing of the 27 governments. Hungary's government spokesman, asked whether Budapest would back the plan, said it would study the proposal and declined to say how Hungary would vote. Several net contributors, among them the Netherlands and Germany, have signalled resistance to paying more into the budget overall.
""", [
    cl("commission", "ukraine-facility", S, "urged member states to approve it swiftly"),
    cl("ukraine", "ukraine-facility", S, "Dmytro Kuleba welcomed the proposal"),
])

art("2023-10-18T15:00:00Z", "westbrook-herald", "orban-meets-putin-in-beijing",
"Orban meets Putin in Beijing, drawing criticism from EU partners", """
BEIJING, Oct 18 (Westbrook Herald) - Hungarian Prime Minister Viktor Orban met Russian President Vladimir Putin in Beijing on Tuesday, becoming the first EU leader to hold talks with him since the International Criminal Court issued a warrant for his arrest in March.

Orban said Hungary had never wanted to confront Russia and that its aim was to preserve what it could of bilateral ties, especially energy supplies. The two met on the sidelines of a forum on China's Belt and Road Initiative.

Officials in several EU capitals criticised the meeting. A Lithuanian minister said it sent the wrong signal at a time when Ukraine was defending itself, and the US ambassador in Budapest said it raised questions about Hungary's reliability as an ally.

Diplomats in Brussels said the encounter would make it harder for Orban to win back trust ahead of December's summit, where leaders are due to discuss Kyiv's membership bid and new funding for Ukraine. Some predicted he would use both files to press for his frozen money.
""", [])

art("2023-10-27T18:00:00Z", "continental-post", "orban-says-no-to-ukraine-facility",
"Orban says Hungary will not back new EU money for Ukraine", """
BRUSSELS, Oct 27 (Continental Post) - Hungarian Prime Minister Viktor Orban told fellow EU leaders on Friday that Hungary would not back the Commission's proposed 50-billion-euro Ukraine Facility, arguing that the bloc's strategy for the war had failed.

Speaking to Hungarian reporters after the two-day summit in Brussels, Orban said there was no point in pouring more European money into a war that could not be won on the battlefield. He also complained that Hungary's own funds were still being withheld.

German Chancellor Olaf Scholz said Berlin wanted the facility agreed by all 27 governments before the end of the year, and that support for Ukraine would continue for as long as necessary.

The summit conclusions said leaders would return to the long-term budget in December. Charles Michel, the president of the European Council, told reporters that Ukraine's membership bid would also be on the December agenda, without giving his own view.

Several diplomats said they expected Orban to use the two files as leverage to free up more of the EU money that remains frozen for Hungary.
""", [
    cl("hungary", "ukraine-facility", O, "Hungary would not back the Commission's proposed 50-billion-euro Ukraine Facility"),
    cl("germany", "ukraine-facility", S, "Berlin wanted the facility agreed by all 27 governments"),
])

art("2023-11-08T14:30:00Z", "riverside-signal", "commission-recommends-ukraine-talks",
"Commission recommends opening EU membership talks with Ukraine", """
BRUSSELS, Nov 8 (Riverside Signal) - The European Commission recommended on Wednesday that the EU open accession negotiations with Ukraine and Moldova, saying Kyiv had completed most of the reforms asked of it despite the war.

Ursula von der Leyen said Ukraine had made impressive progress and that the remaining work on lobbying rules, minority rights and the fight against corruption could be finished by March.

President Volodymyr Zelensky called the recommendation a historic step and said Ukraine was ready to start talks this year.

In Budapest, Foreign Minister Peter Szijjarto said Hungary did not support opening talks, arguing that Kyiv had stripped ethnic Hungarians in western Ukraine of rights they once enjoyed. He said the Commission's report was politically motivated and ignored the facts.

The recommendation needs the unanimous approval of EU leaders, who meet in Brussels on Dec 14-15. Moldova's President Maia Sandu welcomed the news and said her country would not waste the chance.
""", [
    cl("commission", "accession-talks-ukraine", S, "recommended on Wednesday that the EU open accession negotiations with Ukraine"),
    cl("ukraine", "accession-talks-ukraine", S, "Ukraine was ready to start talks this year"),
    cl("hungary", "accession-talks-ukraine", O, "Hungary did not support opening talks"),
])

art("2023-11-23T09:00:00Z", "westbrook-herald", "orban-letter-to-michel",
"Orban asks Michel to take Ukraine off December summit agenda", """
BRUSSELS, Nov 23 (Westbrook Herald) - Hungarian Prime Minister Viktor Orban has written to European Council President Charles Michel asking that Ukraine's accession talks and the new Ukraine Facility be removed from the agenda of next month's summit, according to a copy of the letter seen by the Westbrook Herald.

In the letter, Orban argued that leaders first needed a frank discussion about the EU's policy on Ukraine and warned that trying to force a decision would end in failure. Hungary could not agree to either decision at the summit, he wrote.

Michel's spokesperson confirmed that the letter had arrived and declined to comment on its content.

A senior EU diplomat said Orban's demands were an opening bid and that Budapest's real goal was the release of its frozen funds. Another said Michel was expected to travel to several capitals before the summit to look for a way through.
""", [
    cl("hungary", "accession-talks-ukraine", O, "Hungary could not agree to either decision at the summit"),
    cl("hungary", "ukraine-facility", O, "Hungary could not agree to either decision at the summit"),
])

art("2023-11-29T12:00:00Z", "riverside-signal", "fico-sets-conditions-on-ukraine-fund",
"Fico says Slovakia wants guarantees before backing Ukraine fund", """
BRATISLAVA, Nov 29 (Riverside Signal) - Slovakia will back the EU's proposed 50-billion-euro Ukraine Facility only if it receives guarantees that the money will not be lost to corruption and that Slovak companies can take part in Ukraine's reconstruction, Prime Minister Robert Fico said on Wednesday.

Fico, who returned to power in October after campaigning against military aid to Kyiv, told the European affairs committee of Slovakia's parliament that his government had stopped state deliveries of weapons from army stocks but did not want to isolate itself in Brussels.

He said Slovakia would not automatically follow Hungary's line and that Bratislava wanted its conditions written into the regulation.

Opposition leader Michal Simecka accused Fico of copying Orban's tactics and damaging Slovakia's standing among its allies.
""", [
    cl("slovakia", "ukraine-facility", C, "Slovakia will back the EU's proposed 50-billion-euro Ukraine Facility only if"),
])

art("2023-12-07T21:00:00Z", "danube-wire", "orban-dines-with-macron",
"Orban dines with Macron as Budapest repeats no to Ukraine talks", """
PARIS, Dec 7 (Danube Wire) - Hungarian Prime Minister Viktor Orban met French President Emmanuel Macron for dinner at the Elysee Palace on Thursday, a week before an EU summit at which Hungary has threatened to block Ukraine's bid to start membership talks.

Neither side gave details of the discussion. Macron's office said only that the president had stressed the importance of European unity in supporting Ukraine.

In Budapest earlier on Thursday, Orban's chief of staff Gergely Gulyas told a weekly briefing that Hungary's position was unchanged. If leaders put the opening of accession talks to a vote next week, he said, Hungary would vote no.

Gulyas added that the government saw no link between the summit and its frozen funds, and that Hungary expected to receive the money because it had met the conditions.

EU diplomats said Michel was preparing compromise options, including postponing the decision, but doubted Orban could be won over without concessions on money.
""", [
    cl("hungary", "accession-talks-ukraine", O, "Hungary would vote no"),
    cl("hungary", "release-frozen-funds", S, "Hungary expected to receive the money because it had met the conditions"),
])

art("2023-12-12T17:00:00Z", "continental-post", "hungary-adopts-sovereignty-law",
"Hungary adopts 'sovereignty' law as Commission studies text", """
BUDAPEST, Dec 12 (Continental Post) - Hungary's parliament passed a law on Tuesday creating an office to investigate foreign influence in politics, a measure critics say could be used to intimidate opposition parties, journalists and civic groups.

The new Sovereignty Protection Office will be able to gather information on organisations suspected of serving foreign interests. Accepting foreign money to fund election campaigns will be punishable by up to three years in prison.

The Hungarian Helsinki Committee, a rights group, said the law was designed to silence critics of the government ahead of local and European elections next year.

A European Commission spokesperson said the Commission was aware of the law and would analyse it, and declined to say whether it would affect the decision on Hungary's frozen funds, expected within days.

The vote came as the Commission prepares to decide whether Hungary's judicial changes are enough to release part of the cohesion money. Diplomats said a decision could come as early as Wednesday, on the eve of the summit.
""", [])

art("2023-12-13T16:30:00Z", "westbrook-herald", "eu-unlocks-hungary-funds",
"EU unlocks 10.2 billion euros for Hungary on eve of Ukraine summit", """
BRUSSELS, Dec 13 (Westbrook Herald) - The European Commission said on Wednesday it would release 10.2 billion euros of cohesion funds for Hungary, a day before a summit at which Prime Minister Viktor Orban has threatened to veto decisions on Ukraine.

The Commission said Hungary's judicial reforms met the conditions it had set on the independence of the courts, and that it was therefore legally obliged to unfreeze the money. Justice Commissioner Didier Reynders said the decision rested on a careful legal assessment and had nothing to do with the summit.

Some 21 billion euros remain frozen, including 6.3 billion euros suspended under the rule-of-law mechanism. Those funds are not affected by Wednesday's decision.

Foreign Minister Peter Szijjarto said the move was late but welcome, and that Hungary was owed the rest of its money as well.

Daniel Freund, a German Green member of the European Parliament, accused the Commission of buying Orban's consent on Ukraine with taxpayers' money.
""", [
    cl("commission", "release-frozen-funds", S, "it would release 10.2 billion euros of cohesion funds for Hungary"),
    cl("hungary", "release-frozen-funds", S, "Hungary was owed the rest of its money as well"),
])

art("2023-12-14T08:00:00Z", "riverside-signal", "group-leaders-condemn-funds-release",
"Parliament group leaders condemn Hungary funds release", """
STRASBOURG, Dec 14 (Riverside Signal) - The leaders of four of the largest political groups in the European Parliament condemned the Commission's decision to release 10.2 billion euros to Hungary, saying it rewarded Viktor Orban for blackmail.

The centre-right, socialist, liberal and Green group leaders said in a joint statement that the money should have stayed frozen until Hungary also restored media and academic freedom. They said they would look at all options, including a court challenge.

The Commission rejected the criticism. Its chief spokesperson said the release followed the rules and that the Commission could not keep money frozen once the conditions were met.

Parliament President Roberta Metsola, asked about the statement on her way into the summit in Brussels, said the assembly would debate the matter in January and declined to give her own view.

Hungarian officials did not respond to requests for comment.
""", [
    cl("commission", "release-frozen-funds", S, "the release followed the rules"),
])

art("2023-12-14T20:30:00Z", "danube-wire", "eu-opens-ukraine-talks-orban-steps-out",
"EU agrees to open membership talks with Ukraine as Orban steps out", """
BRUSSELS, Dec 14 (Danube Wire) - EU leaders agreed on Thursday to open accession negotiations with Ukraine and Moldova, after Hungarian Prime Minister Viktor Orban left the room so that the other 26 could take the decision without him.

European Council President Charles Michel announced the decision on social media, calling it a clear signal of hope for the people of Ukraine and Moldova.

Diplomats said German Chancellor Olaf Scholz had suggested that Orban step outside during the decision. Scholz later told reporters it had been the right decision and that Ukraine's future lay in the EU.

In a video posted on Facebook, Orban said the decision was a bad one and that Hungary did not want to take part in it. He said Hungary would have many more chances to halt the process as the negotiations advanced.

President Volodymyr Zelensky called it a victory for Ukraine and for all of Europe. Talks on the 50-billion-euro Ukraine Facility continued late into the night.
""", [
    cl("council", "accession-talks-ukraine", S, "EU leaders agreed on Thursday to open accession negotiations with Ukraine"),
    cl("germany", "accession-talks-ukraine", S, "it had been the right decision"),
    cl("hungary", "accession-talks-ukraine", O, "Hungary did not want to take part in it"),
    cl("ukraine", "accession-talks-ukraine", S, "called it a victory for Ukraine and for all of Europe"),
])

art("2023-12-14T22:15:00Z", "continental-post", "leaders-back-ukraine-talks-without-orban",
"Leaders back Ukraine membership talks while Orban leaves the room", """
BRUSSELS, Dec 14 (Continental Post) - EU leaders decided on Thursday to open accession negotiations with Ukraine and Moldova, with Hungary's Viktor Orban absent from the room when the decision was taken.

Charles Michel, who chairs the European Council, hailed the decision online as a clear signal of hope for Ukrainians and Moldovans.

According to diplomats, Germany's Olaf Scholz proposed that Orban leave the room for the decision. Scholz afterwards said it had been the right decision and that Ukraine's future was in the European Union.

Orban said in a Facebook video that the decision was a bad one and that Hungary did not want to take part in it. He added that Hungary would have plenty of further opportunities to stop the process.

Ukrainian President Volodymyr Zelensky called it a victory for Ukraine and for all of Europe. Leaders were still negotiating the Ukraine Facility late in the evening.
""", [
    cl("council", "accession-talks-ukraine", S, "EU leaders decided on Thursday to open accession negotiations with Ukraine"),
    cl("germany", "accession-talks-ukraine", S, "it had been the right decision"),
    cl("hungary", "accession-talks-ukraine", O, "Hungary did not want to take part in it"),
    cl("ukraine", "accession-talks-ukraine", S, "called it a victory for Ukraine and for all of Europe"),
])

art("2023-12-15T06:30:00Z", "westbrook-herald", "orban-blocks-ukraine-fund",
"Orban blocks 50-billion-euro Ukraine fund hours after talks breakthrough", """
BRUSSELS, Dec 15 (Westbrook Herald) - Hungary vetoed the EU's planned 50-billion-euro fund for Ukraine in the early hours of Friday, hours after letting the bloc open membership talks with Kyiv.

Prime Minister Viktor Orban wrote on social media that he had vetoed the extra money for Ukraine and the revision of the budget, and that leaders could come back to the issue next year after proper preparation.

Charles Michel said the other 26 leaders had all backed the package. He said he would convene the leaders again early in the new year to try to reach a unanimous deal on the facility.

Olaf Scholz said Germany would make sure Ukraine got the money early next year, if necessary through an arrangement among the other 26 governments outside the EU budget.

Analysts in Budapest said Orban was keeping the veto as leverage to win the rest of Hungary's frozen funds and that he could yet lift it in January.
""", [
    cl("hungary", "ukraine-facility", O, "he had vetoed the extra money for Ukraine"),
    cl("council", "ukraine-facility", S, "to try to reach a unanimous deal on the facility"),
    cl("germany", "ukraine-facility", S, "Germany would make sure Ukraine got the money early next year"),
])

art("2024-01-11T13:00:00Z", "riverside-signal", "hungary-offers-deal-on-ukraine-fund",
"Hungary ready to lift Ukraine fund veto if EU agrees to yearly vote", """
BUDAPEST, Jan 11 (Riverside Signal) - Hungary is prepared to accept the 50-billion-euro Ukraine Facility being paid for from the EU budget if member states vote each year, by unanimity, on whether to release the next tranche, Gergely Gulyas, Prime Minister Viktor Orban's chief of staff, said on Thursday.

Gulyas told the government's weekly news conference that Hungary was open to a compromise as long as the payments were not locked in for four years. Hungary would not sign up to a fund that took away its say for the whole period, he said.

The proposal would in effect give Budapest a veto over Ukraine's funding every year. Diplomats from several member states said that was unacceptable because Kyiv needed money it could plan with.

A Commission spokesperson said the Commission would look at any proposal that helped reach a deal among all 27, but declined to comment on the details.

Gulyas also said Hungary was not asking for its frozen funds in exchange.
""", [
    cl("hungary", "ukraine-facility", C, "Hungary is prepared to accept the 50-billion-euro Ukraine Facility"),
    cl("hungary", "drop-annual-veto", O, "Hungary would not sign up to a fund that took away its say"),
])

art("2024-01-18T12:30:00Z", "continental-post", "parliament-condemns-release-weighs-court",
"European Parliament condemns Hungary funds release and weighs court action", """
STRASBOURG, Jan 18 (Continental Post) - The European Parliament on Thursday condemned the Commission's decision to release 10.2 billion euros to Hungary and said it would examine whether to take legal action to have the decision annulled.

The resolution, passed by 345 votes to 104 with 29 abstentions, said the money should not have been released while Hungary was still falling short on the rule of law. It also called on EU governments to consider whether Hungary should lose its voting rights in the Council under Article 7 of the EU treaty.

A Commission spokesperson said the Commission had acted in line with the rules and stood by its decision.

The resolution has no legal force. Hungarian ministers, in Brussels for a meeting of the Council, did not comment on it.
""", [
    cl("parliament", "release-frozen-funds", O, "the money should not have been released"),
    cl("parliament", "sue-commission", C, "it would examine whether to take legal action"),
    cl("commission", "release-frozen-funds", S, "had acted in line with the rules and stood by its decision"),
])

art("2024-01-24T15:00:00Z", "danube-wire", "fico-backs-ukraine-fund-in-uzhhorod",
"Fico says Slovakia will back EU's Ukraine fund", """
UZHHOROD, Ukraine, Jan 24 (Danube Wire) - Slovak Prime Minister Robert Fico said on Wednesday that Slovakia would support the EU's 50-billion-euro Ukraine Facility at next week's summit and would not stand in the way of the other member states.

Fico spoke after talks with Ukrainian Prime Minister Denys Shmyhal in the western Ukrainian city of Uzhhorod, near the Slovak border. He said he had received assurances that Slovak companies would be welcome in rebuilding Ukraine, and that he had no interest in blocking help for a neighbour's economy.

Fico said his government still would not send weapons from army stocks, and repeated that he did not believe the war could be ended by military means.

Shmyhal said Ukraine was counting on all 27 member states to approve the fund on Feb 1.

Asked whether he would try to persuade Orban to lift his veto, Fico declined to say.
""", [
    cl("slovakia", "ukraine-facility", S, "Slovakia would support the EU's 50-billion-euro Ukraine Facility"),
    cl("ukraine", "ukraine-facility", S, "Ukraine was counting on all 27 member states to approve the fund"),
])

art("2024-01-26T17:00:00Z", "westbrook-herald", "scholz-rejects-annual-veto",
"Scholz rules out annual veto on Ukraine money", """
BERLIN, Jan 26 (Westbrook Herald) - German Chancellor Olaf Scholz said on Friday that an annual veto over Ukraine's EU funding was out of the question, rejecting Hungary's proposal days before an emergency summit.

Speaking at a news conference in Berlin, Scholz said Ukraine needed money it could rely on for the full four years and that no single country should be able to turn off the tap every twelve months. He said he still hoped for an agreement among all 27.

A European Commission spokesperson said the Commission continued to favour a solution with all 27 member states within the budget, but that work on alternatives was also under way.

In Budapest, Foreign Minister Peter Szijjarto said Hungary stood by its offer: it would accept the fund within the budget only with a yearly review requiring the consent of every member state.
""", [
    cl("germany", "drop-annual-veto", S, "an annual veto over Ukraine's EU funding was out of the question"),
    cl("germany", "ukraine-facility", S, "Ukraine needed money it could rely on for the full four years"),
    cl("commission", "ukraine-facility", S, "continued to favour a solution with all 27 member states within the budget"),
    cl("hungary", "ukraine-facility", C, "it would accept the fund within the budget only with a yearly review"),
    cl("hungary", "drop-annual-veto", O, "a yearly review requiring the consent of every member state"),
])

art("2024-01-29T16:00:00Z", "riverside-signal", "szijjarto-kuleba-meet-in-uzhhorod",
"Hungary links Ukraine's EU path to minority rights after Uzhhorod talks", """
UZHHOROD, Ukraine, Jan 29 (Riverside Signal) - Hungary could support Ukraine's progress towards EU membership if Kyiv restores the rights its ethnic Hungarian minority had before 2015, Foreign Minister Peter Szijjarto said on Monday after meeting his Ukrainian counterpart Dmytro Kuleba.

The two ministers met in Uzhhorod, close to the Hungarian border, in talks meant to ease years of tension over education and language laws.

Szijjarto said the meeting had been constructive and that Budapest had given Kyiv a list of eleven demands. He said Hungary's backing for the formal start of the negotiations depended on those demands being met.

Kuleba said Ukraine was ready to work on the minority questions and wanted the first round of membership negotiations held by the summer. He said the ministers had also agreed to prepare a meeting between Zelensky and Orban.

The two also discussed the Ukraine Facility ahead of Thursday's summit. Szijjarto said Hungary's position on the fund had not changed.
""", [
    cl("hungary", "accession-talks-ukraine", C, "Hungary's backing for the formal start of the negotiations depended on those demands"),
    cl("ukraine", "accession-talks-ukraine", S, "wanted the first round of membership negotiations held by the summer"),
    cl("hungary", "ukraine-facility", C, "Hungary's position on the fund had not changed"),
])

art("2024-02-01T13:30:00Z", "continental-post", "eu-leaders-seal-ukraine-deal",
"EU leaders seal 50-billion-euro Ukraine deal as Orban drops veto", """
BRUSSELS, Feb 1 (Continental Post) - All 27 EU leaders agreed on Thursday to a 50-billion-euro package of support for Ukraine from the EU budget, after Hungary lifted its veto within the first hour of an emergency summit.

"We have a deal," European Council President Charles Michel wrote on social media, saying the agreement locked in steady, long-term funding for Ukraine.

Under the compromise, the Commission will report on the facility every year, leaders will hold an annual debate on it, and they may ask for a review in two years if needed. There will be no yearly vote that could halt the money.

Prime Minister Viktor Orban said he had accepted an annual debate instead of a vote because it still gave leaders the chance to discuss the money. He said he had also secured a guarantee that Hungary's frozen funds would not end up in Ukraine.

Ursula von der Leyen said the deal gave Ukraine the predictable financing it needed. President Volodymyr Zelensky thanked the leaders and said the money would strengthen Ukraine's economic stability.
""", [
    cl("council", "ukraine-facility", S, "the agreement locked in steady, long-term funding for Ukraine"),
    cl("hungary", "ukraine-facility", S, "Hungary lifted its veto within the first hour of an emergency summit"),
    cl("hungary", "drop-annual-veto", S, "he had accepted an annual debate instead of a vote"),
    cl("commission", "ukraine-facility", S, "the deal gave Ukraine the predictable financing it needed"),
    cl("ukraine", "ukraine-facility", S, "Zelensky thanked the leaders"),
])

art("2024-02-01T15:45:00Z", "riverside-signal", "orban-lifts-veto-ukraine-fund-agreed",
"Orban lifts veto and EU agrees 50 billion euros for Ukraine", """
BRUSSELS, Feb 1 (Riverside Signal) - EU leaders reached a unanimous agreement on Thursday on a 50-billion-euro support package for Ukraine financed from the EU budget, after Hungary lifted its veto early in an emergency summit.

Council President Charles Michel announced "We have a deal" online and said the agreement locked in steady, long-term funding for Ukraine.

The compromise provides for an annual Commission report and an annual leaders' debate on the facility, with a possible review after two years. No yearly vote that could stop the payments is included.

Viktor Orban told reporters he had accepted an annual debate instead of a vote because it still let leaders talk about the money. He added that he had won a guarantee that Hungary's frozen funds would not be diverted to Ukraine.

Commission President Ursula von der Leyen said the deal gave Ukraine the predictable financing it needed, and Ukraine's Volodymyr Zelensky thanked the leaders for their support.
""", [
    cl("council", "ukraine-facility", S, "the agreement locked in steady, long-term funding for Ukraine"),
    cl("hungary", "ukraine-facility", S, "Hungary lifted its veto early in an emergency summit"),
    cl("hungary", "drop-annual-veto", S, "he had accepted an annual debate instead of a vote"),
    cl("commission", "ukraine-facility", S, "the deal gave Ukraine the predictable financing it needed"),
    cl("ukraine", "ukraine-facility", S, "Zelensky thanked the leaders for their support"),
])

art("2024-02-02T09:00:00Z", "danube-wire", "orban-defends-ukraine-deal",
"Orban says Ukraine deal protects Hungary's money", """
BUDAPEST, Feb 2 (Danube Wire) - Prime Minister Viktor Orban said on Friday that Hungary had agreed to the Ukraine fund because it had won a guarantee that Hungarian money would not be sent to Ukraine, and that the annual debate would let leaders change course if needed.

In his regular Friday interview on state radio, Orban said critics who called the deal a climbdown were wrong. He said Hungary's frozen funds were the subject of a separate legal procedure and had not been part of any bargain. He insisted that Hungary still wanted every euro it was owed.

Opposition politicians said Orban had given in after being isolated at the summit. Analysts at a Budapest think tank said he might have secured informal promises on the frozen money, though they offered no evidence.

The Commission declined to comment on Orban's remarks.
""", [
    cl("hungary", "ukraine-facility", S, "Hungary had agreed to the Ukraine fund"),
    cl("hungary", "release-frozen-funds", S, "Hungary still wanted every euro it was owed"),
])

art("2024-02-27T12:00:00Z", "westbrook-herald", "parliament-approves-ukraine-facility",
"European Parliament approves 50-billion-euro Ukraine Facility", """
STRASBOURG, Feb 27 (Westbrook Herald) - The European Parliament approved the 50-billion-euro Ukraine Facility on Tuesday by 536 votes to 40, clearing the way for the first payments to Kyiv in March.

Member states are expected to give their final approval later in the week.

Parliament President Roberta Metsola said the vote showed that Europe would keep standing with Ukraine for as long as it took.

Several members of Orban's Fidesz party were among those who voted against or abstained, according to the voting record.

The assembly's legal affairs committee is due to discuss next month whether to recommend suing the Commission over its December decision to release funds to Hungary. Several group leaders have said they expect the committee to back a case.
""", [
    cl("parliament", "ukraine-facility", S, "The European Parliament approved the 50-billion-euro Ukraine Facility"),
])

art("2024-03-14T17:00:00Z", "continental-post", "parliament-to-sue-commission",
"European Parliament to sue Commission over Hungary funds", """
BRUSSELS, March 14 (Continental Post) - The European Parliament will take the European Commission to the EU Court of Justice over its decision to release 10.2 billion euros to Hungary, President Roberta Metsola said on Thursday.

Metsola informed the leaders of the political groups of her decision after the assembly's legal affairs committee voted on Monday to recommend the case. She said the Parliament would file its action before the end of the month.

The committee argued that the Commission had released the money even though Hungary had not met the conditions on judicial independence.

A Commission spokesperson said the Commission was convinced its decision was lawful and would defend it in court.

It is rare for the Parliament to take the Commission to court. Legal experts said a ruling could take well over a year.
""", [
    cl("parliament", "sue-commission", S, "The European Parliament will take the European Commission to the EU Court of Justice"),
    cl("commission", "release-frozen-funds", S, "the Commission was convinced its decision was lawful"),
])

art("2024-03-25T14:00:00Z", "danube-wire", "parliament-files-case-budapest-scoffs",
"Parliament files court case over Hungary funds; Budapest scoffs", """
BRUSSELS, March 25 (Danube Wire) - The European Parliament lodged its case with the EU Court of Justice in Luxembourg on Monday, asking judges to annul the Commission's December decision to unblock 10.2 billion euros of cohesion funds for Hungary.

In its filing, the Parliament argued that the Commission had failed to check whether Hungary's judicial reforms were working before it released the money.

In Budapest, Gergely Gulyas said the case was baseless and that the Parliament should withdraw it. He said the lawsuit was a campaign stunt ahead of the European elections in June.

The Commission said it would present its arguments to the court and declined to comment further.

The case is separate from the 6.3 billion euros still suspended under the rule-of-law mechanism and from the recovery money, which remain blocked. Some lawyers said the court was unlikely to rule before 2025, by which time much of the released money could already be committed to projects in Hungary.
""", [
    cl("parliament", "sue-commission", S, "The European Parliament lodged its case with the EU Court of Justice"),
    cl("parliament", "release-frozen-funds", O, "asking judges to annul the Commission's December decision to unblock 10.2 billion euros"),
    cl("hungary", "sue-commission", O, "the case was baseless and that the Parliament should withdraw it"),
])

art("2024-06-21T18:00:00Z", "westbrook-herald", "hungary-lifts-objection-ukraine-talks",
"Hungary lifts objection as EU clears way for Ukraine membership talks", """
BRUSSELS, June 21 (Westbrook Herald) - EU governments agreed on Friday to formally open membership negotiations with Ukraine and Moldova next Tuesday, after Hungary said it would not block the move.

Ambassadors of the 27 member states approved the negotiating frameworks, which include a requirement that Ukraine protect the rights of national minorities.

Foreign Minister Peter Szijjarto said Budapest had agreed because the framework now contained the minority guarantees it had demanded, and Hungary would therefore allow the talks to open. He added that opening talks did not mean Ukraine was anywhere near ready to join.

Ukrainian Foreign Minister Dmytro Kuleba said Kyiv was ready to begin work immediately.

Hungary takes over the rotating presidency of the Council of the EU on July 1. Diplomats said they did not expect any negotiating chapters to be opened during its six months in charge.
""", [
    cl("hungary", "accession-talks-ukraine", S, "Hungary would therefore allow the talks to open"),
    cl("ukraine", "accession-talks-ukraine", S, "Kyiv was ready to begin work immediately"),
])

art("2024-06-25T15:00:00Z", "riverside-signal", "ukraine-opens-eu-talks-luxembourg",
"Ukraine opens EU membership negotiations in Luxembourg", """
LUXEMBOURG, June 25 (Riverside Signal) - Ukraine formally began negotiations on joining the European Union on Tuesday at an intergovernmental conference in Luxembourg, two and a half years after it applied for membership in the first days of Russia's full-scale invasion.

Deputy Prime Minister Olha Stefanishyna led Ukraine's delegation. President Volodymyr Zelensky, speaking by video, called it a new chapter in the history of his country. Moldova opened its own talks later in the day.

Belgian Foreign Minister Hadja Lahbib, whose country holds the EU presidency until the end of the month, chaired the meeting. Commission President Ursula von der Leyen said in a statement that it was a historic day for Ukraine and for Europe.

Hungary's minister for EU affairs, Janos Boka, said the incoming Hungarian presidency would act as an honest broker, but that it did not plan to open any chapters in the second half of the year.
""", [
    cl("ukraine", "accession-talks-ukraine", S, "called it a new chapter in the history of his country"),
    cl("commission", "accession-talks-ukraine", S, "it was a historic day for Ukraine and for Europe"),
])

SHIFTS = [
    ("commission", "release-frozen-funds", C, S, 13,
     "The Commission decides to release 10.2 billion euros, saying the judicial reforms met its conditions; in 001 and 002 it kept the money frozen until the measures were delivered."),
    ("slovakia", "ukraine-facility", C, S, 20,
     "Fico says Slovakia will support the facility and not stand in the way; in 010 he backed it only if his guarantees on corruption and reconstruction contracts were met."),
    ("hungary", "ukraine-facility", O, C, 18,
     "Gulyas says Hungary is prepared to accept the facility from the budget if there is a unanimous yearly vote; in 007, 009 and 017 Orban rejected and then vetoed it."),
    ("hungary", "accession-talks-ukraine", O, C, 22,
     "Szijjarto says Hungary could back the formal start of negotiations if minority rights are restored; in 008, 011 and 015 Budapest rejected opening talks outright."),
    ("hungary", "ukraine-facility", C, S, 23,
     "Hungary lifts its veto and Orban agrees to the 50-billion-euro facility; in 018 and 021 it would accept it only with a yearly unanimous vote."),
    ("hungary", "drop-annual-veto", O, S, 23,
     "Orban says he accepted an annual debate instead of a vote; in 018 and 021 Hungary insisted on a yearly review requiring every member's consent."),
    ("parliament", "sue-commission", C, S, 27,
     "Metsola announces that Parliament will take the Commission to court; in 019 the Parliament only said it would examine whether to take legal action."),
    ("hungary", "accession-talks-ukraine", C, S, 29,
     "Szijjarto says Hungary will allow the talks to open because its minority guarantees are in the framework; in 022 its backing depended on those demands being met."),
]
DUPLICATES = [(15, 16), (23, 24)]

WATCHLIST = """# hungary-eu-funds-2023 blind set: tracked actors and issues.
# The Hungary-EU standoff over frozen EU funds and Hungary's vetoes on Ukraine, Sept 2022 - June 2024.
# An issue is a proposition under negotiation; a stance is an actor's position on that proposition
# (support | oppose | conditional). Capitals and buildings are also used as plain locations in the articles.

actors:
  - id: hungary
    name: Hungary (the Hungarian government)
    aliases: [Hungary, Hungarian government, Budapest, Viktor Orban, Orban, Peter Szijjarto, Szijjarto, Gergely Gulyas, Gulyas, Judit Varga, Varga, Tibor Navracsics, Navracsics]
  - id: commission
    name: European Commission
    aliases: [European Commission, the Commission, Commission, Brussels, Ursula von der Leyen, von der Leyen, Didier Reynders, Reynders, Johannes Hahn, Hahn, Paolo Gentiloni, Gentiloni]
  - id: council
    name: European Council (EU leaders and their president)
    aliases: [European Council, EU leaders, Charles Michel, Michel]
  - id: parliament
    name: European Parliament
    aliases: [European Parliament, EU Parliament, Roberta Metsola, Metsola, MEPs, Strasbourg]
  - id: ukraine
    name: Ukraine
    aliases: [Ukraine, Ukrainian government, Kyiv, Volodymyr Zelensky, Zelensky, Dmytro Kuleba, Kuleba, Denys Shmyhal, Shmyhal]
  - id: germany
    name: Germany
    aliases: [Germany, German government, Berlin, Olaf Scholz, Scholz, Annalena Baerbock, Baerbock]
  - id: slovakia
    name: Slovakia
    aliases: [Slovakia, Slovak government, Bratislava, Robert Fico, Fico]

issues:
  - id: release-frozen-funds
    name: The EU releases Hungary's frozen EU funds
    description: The cohesion and recovery money withheld from Hungary over rule-of-law and corruption concerns is unfrozen and paid out.
    terms: [frozen funds, cohesion funds, recovery funds, unfreeze, release the money, rule-of-law conditionality]
  - id: ukraine-facility
    name: The EU adopts the 50-billion-euro Ukraine Facility
    description: The EU agrees the 2024-2027 fund of grants and loans for Ukraine, financed through a revision of the EU budget.
    terms: [Ukraine Facility, 50 billion euros, aid to Ukraine, budget revision, financial support for Ukraine]
  - id: accession-talks-ukraine
    name: The EU opens accession negotiations with Ukraine
    description: The EU decides to start, and formally starts, membership negotiations with Ukraine.
    terms: [accession talks, membership negotiations, EU membership, enlargement, open negotiations]
  - id: drop-annual-veto
    name: Hungary drops its demand for a yearly unanimous vote on Ukraine aid
    description: Hungary gives up insisting that the Ukraine money be approved again each year by unanimity, which would give it an annual veto.
    terms: [annual vote, yearly review, annual veto, unanimity, review clause]
  - id: sue-commission
    name: The European Parliament takes the Commission to court over the release of Hungary's funds
    description: The Parliament brings an action at the EU Court of Justice to annul the Commission's December 2023 decision to unblock funds for Hungary.
    terms: [legal action, Court of Justice, lawsuit, annul, court challenge]

# Known starting positions before the first article (Sept 2022).
baseline:
  - {actor: hungary, issue: release-frozen-funds, stance: support}
  - {actor: commission, issue: release-frozen-funds, stance: conditional}
  - {actor: parliament, issue: release-frozen-funds, stance: oppose}
  - {actor: ukraine, issue: accession-talks-ukraine, stance: support}
"""

def nid(i):
    return f"{i:03d}"

def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    with open(os.path.join(HERE, "watchlist.yaml"), "w") as f:
        f.write(WATCHLIST)
    arts, claims = [], {}
    for i, (pub, outlet, slug, title, text, cls) in enumerate(A, 1):
        d = datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ")
        url = f"https://example.org/{outlet}/{d:%Y/%m/%d}/{slug}"
        a = {"id": nid(i), "published": pub, "source": OUTLETS[outlet], "url": url, "title": title, "text": text}
        arts.append((outlet, a))
        with open(os.path.join(HERE, "articles", nid(i) + ".json"), "w") as f:
            json.dump(a, f, ensure_ascii=False, indent=2)
            f.write("\n")
        claims[nid(i)] = cls
    shifts = [{"actor": a, "issue": s, "from": fr, "to": to, "article": nid(n), "why": w}
              for (a, s, fr, to, n, w) in sorted(SHIFTS, key=lambda x: x[4])]
    shift_ids = {s["article"] for s in shifts}
    labels = {"claims": claims, "shifts": shifts,
              "no_alert_articles": [a["id"] for _, a in arts if a["id"] not in shift_ids]}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for outlet, name in OUTLETS.items():
        items = sorted([a for o, a in arts if o == outlet], key=lambda a: a["published"], reverse=True)
        def rfc(p):
            return format_datetime(datetime.strptime(p, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{outlet}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch hungary-eu-funds-2023 blind set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{rfc(items[0]["published"])}</lastBuildDate>']
        for a in items:
            out += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{escape(a["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>', f'      <pubDate>{rfc(a["published"])}</pubDate>',
                    f'      <description>{escape(a["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", outlet + ".xml"), "w") as f:
            f.write("\n".join(out))
    return arts, labels

def validate(arts, labels):
    errs = []
    wl = open(os.path.join(HERE, "watchlist.yaml")).read()
    actors = set(re.findall(r"^  - id: (\S+)\n    name: .*\n    aliases", wl, re.M))
    issues = set(re.findall(r"^  - id: (\S+)\n    name: .*\n    description", wl, re.M))
    ids = sorted(os.path.splitext(f)[0] for f in os.listdir(os.path.join(HERE, "articles")))
    if ids != [a["id"] for _, a in arts]: errs.append("article files do not match ids")
    if sorted(labels["claims"]) != ids: errs.append("claims keys do not match article ids")
    pubs = [a["published"] for _, a in arts]
    if pubs != sorted(pubs): errs.append("ids not in publication order")
    texts = {a["id"]: a["text"] for _, a in arts}
    for _, a in arts:
        n = len(a["text"].split())
        if not 120 <= n <= 260: errs.append(f"{a['id']}: {n} words")
        if not re.match(r"^[A-Z][A-Z ,a-z]*, [A-Z][a-z]+ \d{1,2} \(" + re.escape(a["source"]) + r"\) - ", a["text"]):
            errs.append(f"{a['id']}: dateline")
    for aid, cls in labels["claims"].items():
        seen = set()
        for c in cls:
            if c["actor"] not in actors: errs.append(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errs.append(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in (S, O, C): errs.append(f"{aid}: bad stance")
            if c["quote"] not in texts[aid]: errs.append(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15: errs.append(f"{aid}: quote > 15 words")
            key = (c["actor"], c["issue"])
            if key in seen: errs.append(f"{aid}: two claims for {key}")
            seen.add(key)
    for a, b in DUPLICATES:
        ka = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][nid(a)])
        kb = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][nid(b)])
        if ka != kb: errs.append(f"duplicate {a}/{b} claims differ")
    # Replay prevailing stances: every shift must be exactly the attributed changes.
    base = dict(((m[0], m[1]), m[2]) for m in re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\S+)\}", wl))
    dup_copies = {nid(b) for _, b in DUPLICATES}
    cur, derived = dict(base), []
    for aid in ids:
        for c in labels["claims"][aid]:
            k = (c["actor"], c["issue"])
            if not c["attributed"]: continue
            if k in cur and cur[k] != c["stance"] and aid not in dup_copies:
                derived.append({"actor": k[0], "issue": k[1], "from": cur[k], "to": c["stance"], "article": aid})
            cur[k] = c["stance"]
    want = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in labels["shifts"]]
    key = lambda s: (s["article"], s["actor"], s["issue"])
    if sorted(derived, key=key) != sorted(want, key=key):
        errs.append(f"shifts differ from replay: derived={derived}")
    for f in os.listdir(os.path.join(HERE, "feeds")):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode: errs.append(f"xmllint {f}: {r.stderr.strip()}")
    return errs

if __name__ == "__main__":
    arts, labels = build()
    errs = validate(arts, labels)
    for e in errs: print("ERROR:", e)
    n = sum(len(v) for v in labels["claims"].values())
    by = {s: sum(c["stance"] == s for v in labels["claims"].values() for c in v) for s in (S, O, C)}
    print(f"articles={len(arts)} claims={n} {by} unattributed={sum(not c['attributed'] for v in labels['claims'].values() for c in v)} "
          f"shifts={len(labels['shifts'])} shift_articles={len({s['article'] for s in labels['shifts']})} "
          f"empty={[k for k, v in labels['claims'].items() if not v]}")
    sys.exit(1 if errs else 0)
