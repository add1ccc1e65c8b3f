#!/usr/bin/env python3
"""Build the eu-migration-pact-2023 eval set (articles, feeds, labels) and validate it.
Self-contained: python3 build.py  (writes files next to this script, then validates)."""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "continental-wire": "Continental Wire",
    "tidewater-post": "Tidewater Post",
    "granite-herald": "Granite Herald",
    "lowland-courier": "Lowland Courier",
    "crossroads-report": "Crossroads Report",
}
S, O, C = "support", "oppose", "conditional"
MS, VETO, FAM, CRISIS, TUN = ("mandatory-solidarity", "poland-hungary-drop-veto",
                              "families-border-procedure", "crisis-regulation", "tunisia-returns-deal")

# (id, published, outlet, slug, title, text, claims[(actor, issue, stance, quote, attributed)])
A = []
def art(i, pub, outlet, slug, title, text, claims):
    A.append(dict(id=i, published=pub, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

art("001", "2023-06-08T21:40:00Z", "continental-wire", "eu-ministers-break-asylum-deadlock",
    "EU interior ministers break asylum deadlock over Polish and Hungarian objections",
"""LUXEMBOURG, June 8 (Continental Wire) - European Union interior ministers agreed on Thursday on a common position for overhauling the bloc's asylum rules, ending years of deadlock after more than twelve hours of talks. Poland and Hungary voted against.

Under the compromise, every member state would have to show solidarity with countries on the front line, either by taking in a share of asylum seekers or by paying 20,000 euros for each person it declines to accept. Poland's representative told colleagues his country would never agree to what he called forced relocation, while Hungary said it would not pay for other countries' mistakes.

Germany backed the deal even though it failed to win an exemption for families with children from the new fast-track border procedure. Interior Minister Nancy Faeser said Berlin could live with the text but would keep pushing for children to be spared the procedure.

Italy's Matteo Piantedosi voted in favour after winning changes on returns to transit countries. EU home affairs commissioner Ylva Johansson said the solidarity rules would finally give front-line states help they could count on.

The position must now be negotiated with the European Parliament, which wants families with children kept out of border procedures.""",
[("commission", MS, S, "the solidarity rules would finally give front-line states help they could count on", True),
 ("poland", MS, O, "his country would never agree to what he called forced relocation", True),
 ("hungary", MS, O, "Hungary said it would not pay for other countries' mistakes", True),
 ("germany", FAM, C, "Berlin could live with the text but would keep pushing for children", True),
 ("italy", MS, S, "Italy's Matteo Piantedosi voted in favour", True),
 ("parliament", FAM, O, "which wants families with children kept out of border procedures", False)])

art("002", "2023-06-08T23:55:00Z", "tidewater-post", "asylum-overhaul-agreed-luxembourg",
    "Ministers agree asylum overhaul in Luxembourg; Warsaw and Budapest vote no",
"""LUXEMBOURG, June 8 (Tidewater Post) - EU interior ministers struck a deal late on Thursday on a common position to overhaul the bloc's asylum system, overcoming years of stalemate after a marathon session. Poland and Hungary voted no.

The compromise obliges every member state to show solidarity with front-line countries, by accepting a share of asylum seekers or paying 20,000 euros for each person it refuses. Poland's envoy told the meeting his country would never agree to what he called forced relocation, and Hungary said it would not pay for other countries' mistakes.

Germany supported the deal although it did not secure an exemption for families with children from the planned border procedure. Interior Minister Nancy Faeser said Berlin could live with the text but would keep pushing for children to be spared.

Italy's interior minister, Matteo Piantedosi, voted in favour after securing changes on returns. Commissioner Ylva Johansson said the solidarity rules would finally give front-line states help they could count on.

Talks with the European Parliament, which wants families with children kept out of border procedures, come next.""",
[("commission", MS, S, "the solidarity rules would finally give front-line states help they could count on", True),
 ("poland", MS, O, "his country would never agree to what he called forced relocation", True),
 ("hungary", MS, O, "Hungary said it would not pay for other countries' mistakes", True),
 ("germany", FAM, C, "Berlin could live with the text but would keep pushing for children", True),
 ("italy", MS, S, "Matteo Piantedosi, voted in favour", True),
 ("parliament", FAM, O, "which wants families with children kept out of border procedures", False)])

art("003", "2023-06-09T10:20:00Z", "granite-herald", "orban-rejects-asylum-deal",
    "Orban says Hungary will not take migrants under majority-backed deal",
"""BUDAPEST, June 9 (Granite Herald) - Prime Minister Viktor Orban said on Friday that Hungary would not accept migrants sent by Brussels under the asylum deal reached by interior ministers a day earlier, calling the majority vote a breach of earlier promises.

Speaking in his regular Friday radio interview, Orban said EU leaders had agreed in 2018 that decisions on migration quotas would be taken by consensus. He said Hungary would insist on that rule at the leaders' summit at the end of the month.

Foreign Minister Peter Szijjarto, speaking at a news conference in Budapest with his Serbian counterpart, described the payments for refused migrants as an attempt at blackmail.

Opposition politicians in Budapest accused the government of using migration to divert attention from inflation, which remains the highest in the EU.""",
[("hungary", MS, O, "Hungary would not accept migrants sent by Brussels under the asylum deal", True),
 ("hungary", VETO, O, "He said Hungary would insist on that rule at the leaders' summit", True)])

art("004", "2023-06-13T15:05:00Z", "lowland-courier", "morawiecki-relocation-referendum",
    "Morawiecki wants Poles to vote on EU relocation plan",
"""WARSAW, June 13 (Lowland Courier) - Polish Prime Minister Mateusz Morawiecki said on Tuesday he wanted to put the EU's planned migrant relocation mechanism to a referendum, possibly on the same day as this autumn's parliamentary election.

In a video posted online, Morawiecki said Poland would never agree to have migrants forcibly relocated to its territory and would not be fined for refusing them. He said he would raise the matter at the EU summit in Brussels later this month and that any decision of this weight must be taken unanimously by leaders, not by a majority of ministers.

The ruling Law and Justice party has made migration a central campaign theme. Opposition leader Donald Tusk, who has not yet set out a detailed position on the mechanism, accused the government of hypocrisy over work visas issued to foreigners.

Poland has taken in more than a million Ukrainian refugees since Russia's invasion in February 2022.""",
[("poland", MS, O, "Poland would never agree to have migrants forcibly relocated to its territory", True),
 ("poland", VETO, O, "any decision of this weight must be taken unanimously by leaders", True)])

art("005", "2023-06-21T09:00:00Z", "crossroads-report", "pact-race-against-election-clock",
    "Analysis: EU migration pact races the election clock",
"""BRUSSELS, June 21 (Crossroads Report) - With European elections due in June 2024, officials and analysts are openly asking whether the EU can finish its migration pact before the current Parliament breaks up.

The interior ministers' agreement this month cleared the biggest obstacle on the member states' side, but talks with the European Parliament have barely begun. Several diplomats said they expected Poland and Hungary to try to reopen the deal at the leaders' summit, though few thought they could stop it.

"Everyone knows the window is small," said one analyst at a Brussels think tank, adding that a single setback in the autumn could push the file into the next legislative term.

A Commission spokesperson declined to say whether the executive had a fallback plan if the deadline slipped. Parliament's lead negotiators were on a study visit and could not be reached.""",
[])

art("006", "2023-06-30T19:30:00Z", "continental-wire", "summit-migration-text-blocked",
    "Poland and Hungary block EU summit statement on migration",
"""BRUSSELS, June 30 (Continental Wire) - EU leaders failed on Friday to agree a joint statement on migration after Poland and Hungary refused to sign off on the text, demanding that decisions on sharing asylum seekers be taken only by unanimity.

Polish Prime Minister Mateusz Morawiecki said he had proposed wording that would keep relocation voluntary and give every government a veto. Viktor Orban told reporters that Hungary had been outvoted unlawfully and would keep blocking summit texts until the consensus rule was respected.

German Chancellor Olaf Scholz said the interior ministers' agreement stood and did not need the blessing of every leader. He said a majority decision had been taken and would be applied.

Italian Prime Minister Giorgia Meloni said she was never disappointed by leaders who defended their national interests, and that she understood the position of her two allies.

Summit chair Charles Michel later published the migration paragraph as a statement in his own name.""",
[("poland", VETO, O, "wording that would keep relocation voluntary and give every government a veto", True),
 ("poland", MS, O, "wording that would keep relocation voluntary", True),
 ("hungary", VETO, O, "would keep blocking summit texts until the consensus rule was respected", True),
 ("germany", VETO, S, "did not need the blessing of every leader", True)])

art("007", "2023-07-16T17:45:00Z", "granite-herald", "eu-tunisia-memorandum-signed",
    "EU and Tunisia sign migration and economic partnership",
"""TUNIS, July 16 (Granite Herald) - The European Union and Tunisia signed a memorandum of understanding on Sunday that promises Tunisia economic aid in return for tighter control of migrant departures from its coast.

Commission President Ursula von der Leyen, who travelled to Tunis with Italian Prime Minister Giorgia Meloni and Dutch Prime Minister Mark Rutte, said the package would help break the business model of smugglers and speed up returns. The EU has earmarked about 105 million euros for border management, search and rescue and returns.

Meloni called the agreement an important step towards a real partnership and said it should serve as a model for relations with other countries in North Africa.

President Kais Saied said Tunisia would not act as a border guard for other countries. Rights groups said the deal ignored abuses against sub-Saharan migrants in Tunisia.""",
[("commission", TUN, S, "the package would help break the business model of smugglers and speed up returns", True),
 ("italy", TUN, S, "it should serve as a model for relations with other countries", True)])

art("008", "2023-07-23T16:10:00Z", "tidewater-post", "rome-conference-migration",
    "Meloni hosts Mediterranean leaders in Rome on migration",
"""ROME, July 23 (Tidewater Post) - Leaders from around the Mediterranean, the Gulf and Africa met in Rome on Sunday for a conference on development and migration hosted by Italian Prime Minister Giorgia Meloni.

Meloni told delegates that the memorandum signed with Tunisia a week earlier was the template she wanted to follow, with investment offered in exchange for cooperation against people smugglers. She announced a fund for development projects and said illegal migration hurt everyone except the traffickers.

The talks in Rome were also attended by Tunisian President Kais Saied and Commission President Ursula von der Leyen, who did not speak to reporters. Officials said the meeting would be the first of a series, dubbed the Rome process.

Sea arrivals to Italy have roughly doubled compared with the same period last year, according to interior ministry figures.""",
[("italy", TUN, S, "the memorandum signed with Tunisia a week earlier was the template she wanted", True)])

art("009", "2023-07-26T18:20:00Z", "lowland-courier", "crisis-regulation-stalls-german-abstention",
    "EU crisis rules stall as Germany signals it will abstain",
"""BRUSSELS, July 26 (Lowland Courier) - EU ambassadors failed on Wednesday to agree on the last missing piece of the migration pact, a regulation allowing governments to deviate from normal asylum rules in a crisis, after Germany signalled that it would abstain.

Diplomats said Berlin's abstention, together with opposition from Poland and Hungary, left the text short of a qualified majority.

A German interior ministry spokesman said in Berlin that Germany could not agree to the draft as it stood because it might let states hold asylum seekers, including children, at the border for months under lower standards.

Italy urged partners to close the file quickly. Interior Minister Matteo Piantedosi said a crisis instrument was indispensable before next summer's arrivals.

The Commission said the crisis rules were a necessary part of the pact and that it expected an agreement in the autumn. Spain, which holds the rotating presidency, said it would try again in September.""",
[("germany", CRISIS, O, "Germany could not agree to the draft as it stood", True),
 ("poland", CRISIS, O, "together with opposition from Poland and Hungary", False),
 ("hungary", CRISIS, O, "together with opposition from Poland and Hungary", False),
 ("italy", CRISIS, S, "a crisis instrument was indispensable before next summer's arrivals", True),
 ("commission", CRISIS, S, "the crisis rules were a necessary part of the pact", True)])

art("010", "2023-09-13T12:40:00Z", "crossroads-report", "germany-halts-voluntary-intake-italy",
    "Germany halts voluntary intake of migrants from Italy",
"""BERLIN, Sept 13 (Crossroads Report) - Germany has stopped accepting asylum seekers from Italy under a voluntary solidarity scheme agreed last year, the interior ministry said on Wednesday, accusing Rome of failing to take back people who should be returned under EU rules.

A ministry spokeswoman said the suspension concerned only the voluntary arrangement and that Berlin remained committed to the binding solidarity mechanism planned under the new pact. Germany has taken in about 1,700 people under the scheme so far, most of them from Italy and Spain.

In Rome, officials said Italy could not accept transfers from other countries while its reception centres were overflowing. More than 120,000 people have reached Italy by sea this year.

The row comes days before EU interior ministers meet again to try to unblock the pact's crisis rules.""",
[("germany", MS, S, "Berlin remained committed to the binding solidarity mechanism planned under the new pact", True)])

art("011", "2023-09-17T14:15:00Z", "continental-wire", "von-der-leyen-lampedusa-plan",
    "Von der Leyen presents ten-point plan on Lampedusa visit with Meloni",
"""LAMPEDUSA, Italy, Sept 17 (Continental Wire) - Commission President Ursula von der Leyen visited the Italian island of Lampedusa on Sunday with Prime Minister Giorgia Meloni, after more than 8,000 migrants arrived there in three days.

Von der Leyen presented a ten-point plan that includes help with registration and faster returns. She urged member states to finish the migration pact, including the crisis rules, before the end of the year, and said the Commission would speed up payments to Tunisia under the July memorandum.

Meloni called for a European naval mission to stop departures and said the agreement with Tunisia had to be implemented without further delay. She said Italy could not be Europe's refugee camp.

The island's mayor said the reception centre, built for 400 people, had held more than 6,000 at one point.""",
[("commission", CRISIS, S, "finish the migration pact, including the crisis rules, before the end of the year", True),
 ("commission", TUN, S, "the Commission would speed up payments to Tunisia under the July memorandum", True),
 ("italy", TUN, S, "the agreement with Tunisia had to be implemented without further delay", True)])

art("012", "2023-09-21T11:30:00Z", "granite-herald", "greens-resist-crisis-rules",
    "German Greens dig in against EU crisis rules",
"""BERLIN, Sept 21 (Granite Herald) - Leaders of the Greens, junior partner in Chancellor Olaf Scholz's coalition, said on Thursday they could not accept EU crisis rules that would lower humanitarian standards for asylum seekers, especially children.

The party's co-leader told reporters that the Greens had already swallowed a great deal in June and would not go further. Green lawmakers in the European Parliament issued a similar statement.

A government spokesman declined to say whether Germany would give up its abstention when EU interior ministers meet next week. Asked whether the chancellor would overrule his coalition partner, he said talks within the government were continuing.

Analysts in Berlin said pressure from Italy and the Commission was mounting and that Scholz might decide the matter himself.""",
[])

art("013", "2023-09-27T16:50:00Z", "tidewater-post", "scholz-germany-will-not-block-crisis",
    "Scholz: Germany will not block EU crisis regulation",
"""BERLIN, Sept 27 (Tidewater Post) - Chancellor Olaf Scholz has decided that Germany will not stand in the way of the EU crisis regulation, ending weeks of wrangling within his coalition, government sources and ministers said on Wednesday.

Interior Minister Nancy Faeser told reporters that Germany would approve the regulation at Thursday's meeting of EU interior ministers in Brussels. She said Berlin had secured improvements for families and that it was more important to finish the pact than to keep blocking it.

Faeser said Germany would no longer hold up the file, and added that the overall reform would reduce irregular migration and make the system fairer.

The Greens said they had accepted the decision with reluctance. The change leaves Poland and Hungary, which oppose the crisis rules, without enough allies to stop them.""",
[("germany", CRISIS, S, "Germany would approve the regulation at Thursday's meeting", True),
 ("poland", CRISIS, O, "Poland and Hungary, which oppose the crisis rules", False),
 ("hungary", CRISIS, O, "Poland and Hungary, which oppose the crisis rules", False)])

art("014", "2023-09-28T19:10:00Z", "lowland-courier", "italy-asks-time-crisis-rules-ngo",
    "Italy holds up crisis rules over wording on charity rescue ships",
"""BRUSSELS, Sept 28 (Lowland Courier) - A deal on the EU's crisis rules slipped again on Thursday after Italy asked for more time to study late changes to the text, a day after Germany dropped its objections.

Italian Interior Minister Matteo Piantedosi said Italy needed to examine wording added at Berlin's request that would limit how states can treat charity ships rescuing migrants at sea. He said Rome could back the regulation only if that reference was removed.

Nancy Faeser said Germany was ready to approve the text as it stood. Home affairs commissioner Ylva Johansson urged governments to adopt the regulation within days, saying the outstanding issues were small.

Diplomats said ambassadors would try to settle the matter next week.""",
[("italy", CRISIS, C, "Rome could back the regulation only if that reference was removed", True),
 ("germany", CRISIS, S, "Germany was ready to approve the text as it stood", True),
 ("commission", CRISIS, S, "urged governments to adopt the regulation within days", True)])

art("015", "2023-09-28T21:35:00Z", "continental-wire", "rome-seeks-more-time-crisis-text",
    "Rome seeks more time on EU crisis text, pointing to charity ship clause",
"""BRUSSELS, Sept 28 (Continental Wire) - Agreement on the EU's crisis rules was delayed again on Thursday when Italy asked for time to study last-minute changes, one day after Germany lifted its objections.

Interior Minister Matteo Piantedosi said Italy had to look at wording inserted at Germany's request that would restrict how governments deal with charity vessels rescuing migrants. He said Rome could back the regulation only if that reference was removed.

Germany's Nancy Faeser said Berlin was ready to approve the text as it stood, and commissioner Ylva Johansson urged governments to adopt the regulation within days.

Ambassadors are expected to return to the file next week, diplomats said.""",
[("italy", CRISIS, C, "Rome could back the regulation only if that reference was removed", True),
 ("germany", CRISIS, S, "Berlin was ready to approve the text as it stood", True),
 ("commission", CRISIS, S, "urged governments to adopt the regulation within days", True)])

art("016", "2023-09-30T10:05:00Z", "granite-herald", "meloni-letter-scholz-ngos",
    "Meloni writes to Scholz over German funding of rescue charities",
"""ROME, Sept 30 (Granite Herald) - Italian Prime Minister Giorgia Meloni has written to Chancellor Olaf Scholz expressing astonishment that the German government funds charities that rescue migrants in the Mediterranean and bring them to Italy, her office said on Saturday.

In the letter, Meloni said Italy would not accept an EU crisis regulation that tied its hands in dealing with such ships, and that Rome would agree to the text once the clause was dropped.

The German foreign ministry said the funding had been approved by the Bundestag and that saving lives at sea was a legal and humanitarian duty.

Several charity groups said on Saturday that they had received no German money for their rescue operations this year.""",
[("italy", CRISIS, C, "Rome would agree to the text once the clause was dropped", True)])

art("017", "2023-10-03T13:25:00Z", "tidewater-post", "saied-rejects-eu-funds",
    "Tunisia's Saied rejects EU money as charity; Brussels stands by deal",
"""TUNIS, Oct 3 (Tidewater Post) - Tunisian President Kais Saied said on Monday that his country rejected funds recently announced by the European Union, describing them as charity that did not respect the memorandum the two sides signed in July.

The Commission had announced payments of about 127 million euros, including 60 million in budget support. A Commission spokeswoman said in Brussels that the EU remained fully committed to the memorandum and to cooperation with Tunisia on migration.

In Rome, Foreign Minister Antonio Tajani said the partnership with Tunisia must not be abandoned, adding that Italy would keep working to make it succeed.

Analysts said Saied's remarks could be aimed at a domestic audience and might not mean the end of the agreement.""",
[("commission", TUN, S, "the EU remained fully committed to the memorandum", True),
 ("italy", TUN, S, "the partnership with Tunisia must not be abandoned", True)])

art("018", "2023-10-04T17:00:00Z", "crossroads-report", "ambassadors-agree-crisis-regulation",
    "EU envoys agree crisis rules, clearing way for talks with Parliament",
"""BRUSSELS, Oct 4 (Crossroads Report) - EU ambassadors agreed on Wednesday on rules for handling sudden surges of migrants, removing the last obstacle to talks with the European Parliament on the bloc's migration pact.

Italy backed the crisis regulation after the reference to charity rescue ships was moved out of the binding articles. Piantedosi said the final text answered Italy's concerns and that Rome now supported it. Germany also voted in favour.

Poland and Hungary voted against, and Austria and the Czech Republic abstained, diplomats said. Hungary's foreign minister said the rules would open the door to migrants and that his country would never implement them.

Ylva Johansson called the agreement a major step and said the pact could now be finished before the European elections. Parliament had refused to advance several related files until governments agreed their position on the crisis rules.""",
[("italy", CRISIS, S, "Piantedosi said the final text answered Italy's concerns and that Rome now supported it", True),
 ("germany", CRISIS, S, "Germany also voted in favour", True),
 ("poland", CRISIS, O, "Poland and Hungary voted against", True),
 ("hungary", CRISIS, O, "his country would never implement them", True),
 ("commission", CRISIS, S, "Ylva Johansson called the agreement a major step", True)])

art("019", "2023-10-06T15:45:00Z", "continental-wire", "granada-migration-statement-blocked",
    "Poland and Hungary again block leaders' text on migration in Granada",
"""GRANADA, Spain, Oct 6 (Continental Wire) - Poland and Hungary on Friday blocked a joint declaration on migration at an informal EU summit in Granada, once more objecting that the asylum pact had been pushed through by majority vote.

Polish Prime Minister Mateusz Morawiecki said Poland would not accept a diktat from Brussels and Berlin and would veto any statement that endorsed the relocation mechanism. Viktor Orban told Hungarian media there was no chance of a compromise on migration, now or in the coming years, because his country had been overruled.

Olaf Scholz said the decisions already taken by majority would apply regardless of the blocked text.

The host of the summit, Spanish Prime Minister Pedro Sanchez, said the dispute did not change the plan to conclude the pact. Summit chair Charles Michel again issued the migration paragraph as his own statement.""",
[("poland", VETO, O, "would veto any statement that endorsed the relocation mechanism", True),
 ("hungary", VETO, O, "objecting that the asylum pact had been pushed through by majority vote", True),
 ("poland", MS, O, "would veto any statement that endorsed the relocation mechanism", True),
 ("hungary", MS, O, "there was no chance of a compromise on migration", True),
 ("germany", VETO, S, "the decisions already taken by majority would apply regardless", True)])

art("020", "2023-10-16T08:30:00Z", "granite-herald", "poland-referendum-invalid-election",
    "Poland's migration referendum falls short as ruling party loses majority",
"""WARSAW, Oct 16 (Granite Herald) - A referendum held alongside Poland's parliamentary election on Sunday, which asked voters among other things whether they backed the admission of migrants under an EU relocation mechanism, failed to reach the 50 percent turnout needed to be binding, according to partial results.

Prime Minister Mateusz Morawiecki's Law and Justice party, which campaigned hard against the EU's relocation plans, came first but lost its majority. Opposition parties led by Donald Tusk appeared able to form a government.

Tusk, speaking to supporters in Warsaw, thanked voters but said nothing about migration. Many opposition voters had refused to take a referendum ballot at polling stations.

The new parliament is expected to meet in November.""",
[("poland", MS, O, "which campaigned hard against the EU's relocation plans", False)])

art("021", "2023-12-20T07:15:00Z", "tidewater-post", "parliament-council-reach-pact-deal",
    "EU reaches deal on migration pact after overnight talks",
"""BRUSSELS, Dec 20 (Tidewater Post) - Negotiators for the European Parliament and EU governments reached a deal early on Wednesday on the migration and asylum pact, after talks that lasted through the night.

The agreement keeps mandatory but flexible solidarity, under which states either take in asylum seekers or pay into a common fund. Parliament's negotiators accepted that families with children can go through the border procedure, with added safeguards, giving up their demand for a full exemption. Unaccompanied minors will be exempted unless they pose a security risk.

Parliament President Roberta Metsola called it a historic day. Commission President Ursula von der Leyen said the rules meant that no member state would be left alone under pressure.

Charities and human rights groups said the pact would lead to more detention, including of children.""",
[("parliament", FAM, S, "Parliament's negotiators accepted that families with children can go through the border procedure", True),
 ("commission", MS, S, "no member state would be left alone under pressure", True)])

art("022", "2023-12-21T13:00:00Z", "crossroads-report", "budapest-warsaw-rome-react-pact",
    "Budapest rejects pact deal, Tusk keeps Poland's no to relocation",
"""BUDAPEST, Dec 21 (Crossroads Report) - Hungary rejected the EU migration pact deal in the strongest terms on Thursday, and Poland's new government signalled that it too would not take in relocated migrants.

Foreign Minister Peter Szijjarto said Hungary would not let anyone in against its will and would not pay for refusing. He said Budapest would not implement it.

In Warsaw, Prime Minister Donald Tusk, who took office last week, said Poland would not accept migrants under the relocation mechanism and would secure protection for the country. He said the previous government had let more migrants in than it admitted.

In Rome, Meloni said the agreement showed that Italy had been heard and that solidarity would no longer be optional.""",
[("hungary", MS, O, "Hungary would not let anyone in against its will and would not pay", True),
 ("poland", MS, O, "Poland would not accept migrants under the relocation mechanism", True),
 ("italy", MS, S, "solidarity would no longer be optional", True)])

art("023", "2024-01-18T14:20:00Z", "lowland-courier", "faeser-defends-pact-bundestag",
    "Faeser defends pact in Bundestag, concedes ground on children",
"""BERLIN, Jan 18 (Lowland Courier) - German Interior Minister Nancy Faeser defended the EU migration pact in the Bundestag on Thursday, acknowledging that Germany had not got everything it wanted on families with children.

She said families would go through border procedures only with child-appropriate accommodation and legal advice, and that Germany would insist on those safeguards when the rules are applied. She said the solidarity mechanism would for the first time make all states share responsibility.

Opposition conservatives said the pact did too little to cut arrivals, while some lawmakers from the Greens called it a betrayal of refugees.

The European Parliament is expected to vote on the package in April.""",
[("germany", FAM, C, "families would go through border procedures only with child-appropriate accommodation", True),
 ("germany", MS, S, "the solidarity mechanism would for the first time make all states share responsibility", True)])

art("024", "2024-02-14T09:40:00Z", "continental-wire", "rights-groups-urge-rejection",
    "Rights groups urge EU lawmakers to reject migration pact",
"""STRASBOURG, Feb 14 (Continental Wire) - More than 160 charities and human rights organisations on Wednesday urged members of the European Parliament to vote down the migration pact, saying it would normalise the detention of children at Europe's borders.

The groups, meeting lawmakers in Strasbourg, said the border procedure and the crisis rules would lower protection standards.

A Commission spokesperson declined to comment on the appeal, saying the institutions would not reopen a political agreement. Asked whether the Parliament could still amend the texts, a spokesman for the assembly said that was a matter for the plenary.

Diplomats said they expected the plenary vote to be close but to pass.""",
[])

art("025", "2024-04-10T18:30:00Z", "tidewater-post", "parliament-approves-migration-pact",
    "European Parliament approves migration pact amid protests",
"""BRUSSELS, April 10 (Tidewater Post) - The European Parliament approved the EU's migration and asylum pact on Wednesday, voting through ten laws including the border procedure and the solidarity mechanism, as protesters in the gallery shouted that the pact kills.

Most members of the Left and several Greens voted against. Parliament President Roberta Metsola said the assembly had delivered on one of the most difficult files of the term.

In Budapest, Viktor Orban called the pact another nail in the coffin of the European Union and said Hungary would never give in to mass migration.

Polish Prime Minister Donald Tusk said the same day that Poland would protect itself against the relocation mechanism, whatever the vote in Brussels.""",
[("parliament", MS, S, "voting through ten laws including the border procedure and the solidarity mechanism", True),
 ("parliament", FAM, S, "voting through ten laws including the border procedure", True),
 ("hungary", MS, O, "another nail in the coffin of the European Union", True),
 ("poland", MS, O, "Poland would protect itself against the relocation mechanism", True)])

art("026", "2024-04-11T11:50:00Z", "lowland-courier", "tusk-poland-will-not-implement-relocation",
    "Tusk: Poland will not take migrants under EU pact",
"""WARSAW, April 11 (Lowland Courier) - Prime Minister Donald Tusk said on Thursday that Poland would not implement the relocation part of the EU migration pact even once it is formally adopted.

He said Poland had its own burden after taking in refugees from Ukraine and would find legal ways to stay out of relocation and the payments attached to it.

The Law and Justice party, now in opposition, demanded a referendum on the pact and accused Tusk of having let it pass. Its leader Jaroslaw Kaczynski said the vote in Brussels was a threat to Polish sovereignty.

Asked whether Poland would challenge the pact in the EU's courts, he said his government was studying all options and would decide after the final vote.

EU governments are due to give their final approval next month.""",
[("poland", MS, O, "Poland would not implement the relocation part of the EU migration pact", True)])

art("027", "2024-05-14T12:30:00Z", "crossroads-report", "council-adopts-migration-pact",
    "EU governments give final approval to migration pact",
"""BRUSSELS, May 14 (Crossroads Report) - EU governments gave final approval to the migration and asylum pact on Tuesday, ending nearly a decade of disputes over how to handle people arriving without permission.

Poland and Hungary voted against the solidarity regulation, as they had said they would. Germany and Italy voted in favour of all the texts.

Home affairs commissioner Ylva Johansson said Europe now had rules to share responsibility fairly. Margaritis Schinas, the Commission vice-president, said the pact would end ad hoc haggling over who takes in the people on each rescue ship.

The rules will apply from mid-2026. Member states must present national implementation plans by the end of this year.""",
[("poland", MS, O, "Poland and Hungary voted against the solidarity regulation", True),
 ("hungary", MS, O, "Poland and Hungary voted against the solidarity regulation", True),
 ("germany", MS, S, "Germany and Italy voted in favour of all the texts", True),
 ("italy", MS, S, "Germany and Italy voted in favour of all the texts", True),
 ("commission", MS, S, "Europe now had rules to share responsibility fairly", True)])

art("028", "2024-06-12T15:20:00Z", "granite-herald", "commission-implementation-plan",
    "Commission sets out plan to put migration pact into practice",
"""BRUSSELS, June 12 (Granite Herald) - The European Commission presented on Wednesday a common plan for putting the migration pact into practice over the next two years.

Ylva Johansson said no member state would ever be forced to take in migrants, but that none could opt out of solidarity: countries that refuse relocations would have to contribute in other ways.

Poland's interior ministry declined to say whether Warsaw would submit a national plan. Hungary did not respond to a request for comment.

The plan lists ten building blocks, from a common database of asylum seekers to new screening at the external borders, and sets milestones for each government. The Commission said it would fund new reception and screening capacity and help states train officials.

Charities said the timetable left little room to build the legal safeguards the pact promises.""",
[("commission", MS, S, "none could opt out of solidarity", True)])

art("029", "2024-06-13T16:40:00Z", "continental-wire", "eu-court-fines-hungary-asylum",
    "EU court fines Hungary 200 million euros over asylum rules",
"""LUXEMBOURG, June 13 (Continental Wire) - The EU's top court fined Hungary 200 million euros on Thursday for failing to comply with a 2020 ruling on asylum seekers' rights, and added a penalty of one million euros for each day of further delay.

Viktor Orban called the ruling outrageous and unacceptable. He wrote that illegal migrants seemed to matter more to Brussels bureaucrats than European citizens.

The case concerns Hungary's practice of pushing migrants back to Serbia and limiting access to asylum at its border, and is separate from the migration pact adopted last month.

A Commission spokesperson said it would collect the fine in line with the rules, if necessary by deducting it from EU funds owed to Hungary. Budapest has been at odds with Brussels for years over the rule of law and the treatment of asylum seekers.""",
[])

art("030", "2024-10-12T13:10:00Z", "lowland-courier", "tusk-asylum-suspension-pact",
    "Tusk plans temporary asylum suspension, says Poland will not apply EU ideas that threaten it",
"""WARSAW, Oct 12 (Lowland Courier) - Prime Minister Donald Tusk said on Saturday that Poland would temporarily suspend the right to asylum at its border with Belarus, accusing Minsk and Moscow of using migrants as a weapon.

Tusk told a party convention that Poland would not respect or implement European ideas that harm its security, naming the migration pact. He said he would seek recognition of the measure in Brussels.

Rights groups said a suspension of asylum would breach international law. A Commission spokesperson said member states have the duty to protect the EU's external borders while respecting the right to asylum.

Polish officials said the government's strategy would be presented to cabinet next week.""",
[("poland", MS, O, "Poland would not respect or implement European ideas that harm its security", True)])

# ---------------------------------------------------------------- watchlist / shifts
WATCHLIST = """# shiftwatch eval set eu-migration-pact-2023: tracked actors and issues.
# EU Pact on Migration and Asylum, June 2023 - October 2024. Written blind (see README.md).
# Capitals and buildings are also used as plain locations ("talks were held in Rome"); such mentions carry no stance.

actors:
  - id: commission
    name: European Commission
    aliases: [European Commission, Commission, the Commission, EU executive, Brussels, Ursula von der Leyen, von der Leyen, Ylva Johansson, Johansson, Margaritis Schinas, Schinas]
  - id: poland
    name: Poland (government)
    aliases: [Poland, Polish government, Warsaw, Mateusz Morawiecki, Morawiecki, Donald Tusk, Tusk, Mariusz Kaminski, Kaminski]
  - id: hungary
    name: Hungary (government)
    aliases: [Hungary, Hungarian government, Budapest, Viktor Orban, Orban, Peter Szijjarto, Szijjarto, Sandor Pinter, Pinter]
  - id: italy
    name: Italy (government)
    aliases: [Italy, Italian government, Rome, Giorgia Meloni, Meloni, Matteo Piantedosi, Piantedosi, Antonio Tajani, Tajani]
  - id: germany
    name: Germany (federal government)
    aliases: [Germany, German government, Berlin, Olaf Scholz, Scholz, Nancy Faeser, Faeser]
  - id: parliament
    name: European Parliament
    aliases: [European Parliament, the Parliament, Parliament, Roberta Metsola, Metsola, Strasbourg]

issues:
  - id: mandatory-solidarity
    name: Every EU state must take part in mandatory solidarity, relocating asylum seekers or paying for each one it refuses
    description: The pact's solidarity mechanism binds all member states to help front-line countries, by accepting relocated asylum seekers or paying a set sum per person refused.
    terms: [relocation, mandatory solidarity, migrant quotas, solidarity mechanism, 20,000 euros, burden sharing]
  - id: poland-hungary-drop-veto
    name: Poland and Hungary drop their demand for a unanimity veto over the migration pact
    description: Warsaw and Budapest stop insisting that migration and relocation decisions require consensus of all leaders, and accept majority decisions.
    terms: [veto, unanimity, consensus, qualified majority, majority vote]
  - id: families-border-procedure
    name: Families with children are included in the fast-track border procedure
    description: Families with minor children can be processed, and held, in the asylum border procedure rather than being exempted from it.
    terms: [border procedure, families with children, detention, children, exemption for families]
  - id: crisis-regulation
    name: A crisis regulation lets member states deviate from standard asylum rules in emergencies
    description: The pact includes a crisis and force majeure regulation allowing longer border procedures and other derogations during mass arrivals.
    terms: [crisis regulation, crisis rules, force majeure, instrumentalisation, derogations]
  - id: tunisia-returns-deal
    name: The EU pays Tunisia to curb migrant departures and cooperate on returns
    description: The EU-Tunisia memorandum of understanding exchanges EU funds for Tunisian action against smugglers, departures and on returns.
    terms: [Tunisia, memorandum of understanding, Saied, returns, departures, smugglers]

# Known starting positions before the first article (none implies a shift).
baseline:
  - {actor: commission, issue: mandatory-solidarity, stance: support}
  - {actor: commission, issue: crisis-regulation, stance: support}
  - {actor: commission, issue: tunisia-returns-deal, stance: support}
  - {actor: poland, issue: mandatory-solidarity, stance: oppose}
  - {actor: hungary, issue: mandatory-solidarity, stance: oppose}
  - {actor: poland, issue: poland-hungary-drop-veto, stance: oppose}
  - {actor: hungary, issue: poland-hungary-drop-veto, stance: oppose}
  - {actor: italy, issue: mandatory-solidarity, stance: support}
  - {actor: italy, issue: crisis-regulation, stance: support}
  - {actor: germany, issue: mandatory-solidarity, stance: support}
  - {actor: germany, issue: families-border-procedure, stance: oppose}
  - {actor: parliament, issue: families-border-procedure, stance: oppose}
  - {actor: parliament, issue: mandatory-solidarity, stance: support}
"""

SHIFTS = [
    dict(actor="germany", issue=FAM, to=C, article="001",
         why="Faeser says Berlin can live with a text that keeps families with children in the border procedure while still pushing for an exemption; Germany had demanded that children be exempted (baseline)."),
    dict(actor="germany", issue=CRISIS, to=S, article="013",
         why="Scholz decides Germany will not stand in the way and Faeser says Germany will approve the crisis regulation; in 009 the ministry said Germany could not agree to the draft."),
    dict(actor="italy", issue=CRISIS, to=C, article="014",
         why="Piantedosi says Rome could back the crisis regulation only if the charity-ship reference is removed; Italy had urged quick adoption in 009."),
    dict(actor="italy", issue=CRISIS, to=S, article="018",
         why="After the charity-ship wording leaves the binding articles, Piantedosi says Rome now supports the text and Italy backs it, reversing the conditional stance of 014-016."),
    dict(actor="parliament", issue=FAM, to=S, article="021",
         why="Parliament's negotiators accept that families with children go through the border procedure with safeguards, giving up the demand for a full exemption (baseline, 001)."),
]

DUPLICATES = [("001", "002"), ("014", "015")]

def parse_baseline():
    base = {}
    for m in re.finditer(r"\{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}", WATCHLIST):
        base[(m.group(1), m.group(2))] = m.group(3)
    return base

def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    with open(os.path.join(HERE, "watchlist.yaml"), "w") as f:
        f.write(WATCHLIST)
    claims, by_outlet = {}, {}
    for a in A:
        y, m, d = a["published"][:10].split("-")
        url = f"https://example.org/{a['outlet']}/{y}/{m}/{d}/{a['slug']}"
        a["url"] = url
        rec = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]],
               "url": url, "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w") as f:
            json.dump(rec, f, indent=2, ensure_ascii=False); f.write("\n")
        claims[a["id"]] = [dict(actor=ac, issue=iss, stance=st, quote=q, attributed=at)
                           for ac, iss, st, q, at in a["claims"]]
        by_outlet.setdefault(a["outlet"], []).append(a)
    # shifts: fill "from" by replaying attributed claims from the baseline
    base = parse_baseline()
    shifts = []
    for s in SHIFTS:
        prev = base.get((s["actor"], s["issue"]))
        for a in A:
            if a["id"] >= s["article"]:
                break
            for ac, iss, st, q, at in a["claims"]:
                if ac == s["actor"] and iss == s["issue"] and at:
                    prev = st
        shifts.append({"actor": s["actor"], "issue": s["issue"], "from": prev, "to": s["to"],
                       "article": s["article"], "why": s["why"]})
    shift_articles = {s["article"] for s in shifts}
    labels = {"claims": claims, "shifts": shifts,
              "no_alert_articles": [a["id"] for a in A if a["id"] not in shift_articles]}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False); f.write("\n")
    for outlet, items in by_outlet.items():
        items = sorted(items, key=lambda a: a["published"], reverse=True)
        def rfc(p):
            return format_datetime(datetime.strptime(p, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(OUTLETS[outlet])}</title>',
               f'    <link>https://example.org/{outlet}/</link>',
               f'    <description>{escape(OUTLETS[outlet])}: fictional outlet for the shiftwatch eval set eu-migration-pact-2023</description>',
               '    <language>en</language>',
               f'    <lastBuildDate>{rfc(items[0]["published"])}</lastBuildDate>']
        for a in items:
            out += ['    <item>', f'      <title>{escape(a["title"])}</title>',
                    f'      <link>{escape(a["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                    f'      <pubDate>{rfc(a["published"])}</pubDate>',
                    f'      <description>{escape(a["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", outlet + ".xml"), "w") as f:
            f.write("\n".join(out))

def validate():
    errs = []
    wl = open(os.path.join(HERE, "watchlist.yaml")).read()
    actors = set(re.findall(r"^  - id: ([\w-]+)\n    name: .*\n    aliases", wl, re.M))
    issues = set(re.findall(r"^  - id: ([\w-]+)\n    name: .*\n    description", wl, re.M))
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    if files != sorted(labels["claims"]):
        errs.append("article files and label ids differ")
    prev_pub = ""
    texts = {}
    for i in files:
        a = json.load(open(os.path.join(HERE, "articles", i + ".json")))
        if a["id"] != i: errs.append(f"{i}: id mismatch")
        if a["published"] < prev_pub: errs.append(f"{i}: not in publication order")
        prev_pub = a["published"]
        n = len(a["text"].split())
        if not 110 <= n <= 270: errs.append(f"{i}: {n} words")
        if not re.match(r"^[A-Z][A-Za-z ,.]+, [A-Z][a-z]+\.? \d{1,2} \(" + re.escape(a["source"]) + r"\) - ", a["text"]):
            errs.append(f"{i}: dateline")
        texts[i] = a["text"]
    for i, cl in labels["claims"].items():
        seen = set()
        for c in cl:
            if c["actor"] not in actors: errs.append(f"{i}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errs.append(f"{i}: unknown issue {c['issue']}")
            if c["stance"] not in (S, O, C): errs.append(f"{i}: bad stance")
            if c["quote"] not in texts[i]: errs.append(f"{i}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15: errs.append(f"{i}: quote > 15 words: {c['quote']!r}")
            k = (c["actor"], c["issue"])
            if k in seen: errs.append(f"{i}: duplicate claim {k}")
            seen.add(k)
    # replay: every shift article changes prevailing stance; no other attributed claim does
    prevailing = parse_baseline()
    shift_keys = {(s["article"], s["actor"], s["issue"]): s for s in labels["shifts"]}
    for i in files:
        for c in labels["claims"][i]:
            k = (c["actor"], c["issue"])
            if not c["attributed"]:
                continue
            p = prevailing.get(k)
            if (i, *k) in shift_keys:
                s = shift_keys[(i, *k)]
                if p != s["from"] or c["stance"] != s["to"] or p == c["stance"]:
                    errs.append(f"{i}: shift mismatch {k} {p}->{c['stance']}")
            elif p is not None and p != c["stance"]:
                # a duplicate copy may repeat the new stance of its original (already prevailing), so only flag real changes
                errs.append(f"{i}: unlabelled change {k} {p}->{c['stance']}")
            prevailing[k] = c["stance"]
    for s in labels["shifts"]:
        if s["actor"] not in actors or s["issue"] not in issues: errs.append(f"shift unknown id {s}")
        if s["article"] in labels["no_alert_articles"]: errs.append(f"shift article in no_alert {s['article']}")
    exp = [i for i in files if i not in {s["article"] for s in labels["shifts"]}]
    if labels["no_alert_articles"] != exp: errs.append("no_alert_articles incomplete")
    for a, b in DUPLICATES:
        ka = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][a])
        kb = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][b])
        if ka != kb: errs.append(f"duplicate pair {a}/{b} claims differ")
    for f in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode: errs.append(f"xmllint {f}: {r.stderr.strip()}")
    from collections import Counter
    allc = [c for cl in labels["claims"].values() for c in cl]
    print(f"articles={len(files)} claims={len(allc)} stances={dict(Counter(c['stance'] for c in allc))} "
          f"unattributed={sum(not c['attributed'] for c in allc)} shifts={len(labels['shifts'])} "
          f"empty={[i for i in files if not labels['claims'][i]]} outlets={dict(Counter(json.load(open(os.path.join(HERE,'articles',i+'.json')))['source'] for i in files))}")
    for e in errs: print("ERROR:", e)
    return not errs

if __name__ == "__main__":
    build()
    sys.exit(0 if validate() else 1)
