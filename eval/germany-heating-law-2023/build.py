#!/usr/bin/env python3
"""Build the germany-heating-law-2023 blind evaluation set: articles/, feeds/, labels.json.

Self-contained: run `python3 build.py` from this folder. It rewrites the generated files and
validates them (quotes are exact substrings of <= 15 words, ids match files, actors/issues exist
in watchlist.yaml, shift chains follow the baseline, feeds are well-formed XML).
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "continental-wire": "Continental Wire",
    "spree-observer": "Spree Observer",
    "lindenfeld-herald": "Lindenfeld Herald",
    "brightwater-monitor": "Brightwater Monitor",
    "eastgate-review": "Eastgate Review",
}

# (id, published UTC, outlet slug, url slug, title, text, claims)
# claim = (actor, issue, stance, quote, attributed)
ARTICLES = []


def art(aid, published, outlet, slug, title, text, claims):
    ARTICLES.append(dict(id=aid, published=published, outlet=outlet, slug=slug,
                         title=title, text=text.strip(), claims=claims))


art("001", "2023-03-01T10:20:00Z", "continental-wire", "habeck-defends-boiler-plan",
    "Habeck defends plan to phase out new oil and gas boilers after draft leaks",
    """BERLIN, Mar 1 (Continental Wire) - Germany's economy ministry on Wednesday defended a draft law that would require almost every heating system installed from January 2024 to run on at least 65% renewable energy, after a tabloid newspaper published the text and branded it a ban on new oil and gas boilers.

Economy Minister Robert Habeck of the Greens said the country could not meet its climate targets while millions of households kept burning fossil fuels for heat, and that he expected the draft to be passed this year. "We have to start now," he told reporters.

Finance Minister Christian Lindner said the text had not been agreed within the government. He said the Free Democrats would not accept a law that prescribed a single technology and left homeowners with bills they could not pay.

The homeowners' association Haus und Grund said the plan would force pensioners to sell their houses.

The draft still needs the approval of the cabinet and of parliament.""",
    [("greens", "heating-law-passes", "support", "he expected the draft to be passed this year", True),
     ("fdp", "heating-law-passes", "conditional", "would not accept a law that prescribed a single technology", True),
     ("haus-und-grund", "heating-law-passes", "oppose", "the plan would force pensioners to sell their houses", True)])

art("002", "2023-03-29T08:45:00Z", "spree-observer", "coalition-marathon-heating-deal",
    "German coalition ends marathon talks with heating and motorway deal",
    """BERLIN, Mar 29 (Spree Observer) - Leaders of Germany's three-party coalition ended nearly 30 hours of talks on Tuesday evening with a package that covers motorway building, rail investment and the planned rules for home heating.

The paper confirms that newly installed heating systems should run on 65% renewable energy from 2024, but promises exemptions for older homeowners and hardship cases. Existing boilers may keep running and be repaired.

Finance Minister Christian Lindner said the outcome was a success for technology openness. He said gas boilers that could later burn hydrogen would remain an option for homeowners, and that heat pumps would not be the only choice.

Chancellor Olaf Scholz said the coalition had shown it could settle its differences, even if it took a long time.

Opposition leader Friedrich Merz said the government was spending its energy on quarrels instead of governing.""",
    [("fdp", "hydrogen-ready-boilers", "support", "gas boilers that could later burn hydrogen would remain an option for homeowners", True)])

art("003", "2023-04-19T12:10:00Z", "lindenfeld-herald", "cabinet-approves-heating-bill",
    "German cabinet approves heating bill, Lindner demands changes in parliament",
    """BERLIN, Apr 19 (Lindenfeld Herald) - Chancellor Olaf Scholz's cabinet on Wednesday approved the draft building energy law, under which newly installed heating systems must run on at least 65% renewable energy from January 2024.

Habeck called the law a turning point for the heating sector and urged the Bundestag to adopt it before the summer break. Building Minister Klara Geywitz, a Social Democrat who drew up the bill together with Habeck, said the bill was necessary and that state subsidies would make the switch affordable.

Finance Minister Christian Lindner let the draft pass the cabinet but attached a written statement saying he expected lawmakers to make substantial changes. He said the Free Democrats would back the law in parliament only if it became more open to different technologies.

Haus und Grund urged the Bundestag to reject the draft, saying many owners of older houses could not afford a heat pump.""",
    [("greens", "heating-law-passes", "support", "urged the Bundestag to adopt it before the summer break", True),
     ("spd", "heating-law-passes", "support", "said the bill was necessary", True),
     ("fdp", "heating-law-passes", "conditional", "would back the law in parliament only if it became more open", True),
     ("haus-und-grund", "heating-law-passes", "oppose", "Haus und Grund urged the Bundestag to reject the draft", True)])

art("004", "2023-05-02T15:30:00Z", "brightwater-monitor", "graichen-affair-pressure",
    "Habeck's top aide under pressure over best-man appointment",
    """BERLIN, May 2 (Brightwater Monitor) - Patrick Graichen, the state secretary who drafted much of Germany's planned heating law, came under growing pressure on Tuesday over his role in choosing his best man to run the federal energy agency.

Habeck told a parliamentary committee that the appointment had been a mistake and that the selection would be repeated, but said he would keep Graichen in his post.

Opposition lawmakers said the affair raised questions about how the economy ministry had written its climate laws. Some political analysts said the Free Democrats could use the affair to slow the bill down, although the party has not said so.

Graichen, a former think-tank director, has been the ministry's leading voice on the switch to heat pumps.""",
    [])

art("005", "2023-05-17T17:05:00Z", "continental-wire", "habeck-dismisses-graichen",
    "Habeck dismisses state secretary Graichen, says heating law still needed",
    """BERLIN, May 17 (Continental Wire) - Economy Minister Robert Habeck dismissed his state secretary Patrick Graichen on Wednesday after new doubts emerged over a grant decision involving a relative.

Habeck said he had made the decision with a heavy heart. He said the dismissal changed nothing about the substance of the heating law, which he said the country still needed.

FDP general secretary Bijan Djir-Sarai said the dismissal was overdue. Asked whether the Free Democrats would now allow a first reading of the heating bill before the summer, he declined to say.

Graichen had been one of the main architects of the plan to require heating systems installed from 2024 to run largely on renewable energy. Opposition politicians had demanded his departure for weeks, and the affair had added to the strain on the coalition.""",
    [("greens", "heating-law-passes", "support", "the heating law, which he said the country still needed", True)])

art("006", "2023-05-23T11:00:00Z", "spree-observer", "fdp-blocks-first-reading",
    "Free Democrats block first reading of German heating law",
    """BERLIN, May 23 (Spree Observer) - The Free Democrats blocked a first reading of the heating law in the Bundestag this week, deepening a rift in Chancellor Olaf Scholz's coalition.

Christian Duerr, who leads the FDP in parliament, said the draft was fundamentally flawed and that his party would not let it through the Bundestag. "This law will not pass," he said. He added that the FDP had sent the economy ministry more than 100 questions that were still unanswered.

Greens co-leader Ricarda Lang accused the FDP of breaking its word, noting that the finance minister had signed off on the bill in cabinet.

Habeck said the coalition had agreed to pass the law before the summer and that he expected its partners to keep that promise.""",
    [("fdp", "heating-law-passes", "oppose", "his party would not let it through the Bundestag", True),
     ("greens", "heating-law-passes", "support", "the coalition had agreed to pass the law before the summer", True)])

art("007", "2023-05-23T14:25:00Z", "lindenfeld-herald", "liberals-stop-heating-bill-reading",
    "German liberals stop heating bill from reaching parliament floor",
    """BERLIN, May 23 (Lindenfeld Herald) - Germany's Free Democrats have stopped the heating law from getting a first reading in the Bundestag, widening the split in Chancellor Olaf Scholz's governing coalition.

FDP parliamentary leader Christian Duerr said the draft was fundamentally flawed and that his party would not let it through the Bundestag. "This law will not pass," he said, adding that more than 100 questions the FDP had sent to the economy ministry remained unanswered.

Ricarda Lang, co-leader of the Greens, accused the FDP of going back on its word, since the finance minister had approved the bill in cabinet.

Habeck said the coalition had agreed to pass the law before the summer and he expected the partners to honour that.""",
    [("fdp", "heating-law-passes", "oppose", "his party would not let it through the Bundestag", True),
     ("greens", "heating-law-passes", "support", "the coalition had agreed to pass the law before the summer", True)])

art("008", "2023-05-30T09:40:00Z", "eastgate-review", "soeder-hydrogen-boilers",
    "Soeder calls for heating law to be scrapped as hydrogen row grows",
    """MUNICH, May 30 (Eastgate Review) - Bavarian Premier Markus Soeder called on Tuesday for the federal heating law to be stopped altogether, saying it was driving people to despair.

The heating industry's trade federation said boilers that can be switched from natural gas to hydrogen were already on sale and should count under the new rules.

Finance Minister Christian Lindner said gas boilers that could switch to hydrogen must remain an option for homeowners. He said the state should set a climate target and leave the choice of technology to citizens.

Habeck rejected the idea. He said hydrogen would be too scarce and too expensive to heat ordinary homes, and that he would not let so-called hydrogen-ready boilers become a loophole for fossil gas. The ministry instead wants to expand green hydrogen for steelworks and chemical plants.""",
    [("cdu-csu", "heating-law-passes", "oppose", "called on Tuesday for the federal heating law to be stopped altogether", True),
     ("fdp", "hydrogen-ready-boilers", "support", "gas boilers that could switch to hydrogen must remain an option", True),
     ("greens", "hydrogen-ready-boilers", "oppose", "he would not let so-called hydrogen-ready boilers become a loophole", True)])

art("009", "2023-06-06T13:15:00Z", "brightwater-monitor", "habeck-open-to-heat-planning-link",
    "Habeck signals he could link boiler rules to municipal heat planning",
    """BERLIN, Jun 6 (Brightwater Monitor) - Economy Minister Robert Habeck signalled on Tuesday that he could accept a later start for the 65% renewable heating rule in existing homes.

He said he was prepared to link the requirement for existing buildings to municipal heat planning, as long as the climate targets were not watered down and the law was passed before the summer.

Rolf Muetzenich, the SPD's parliamentary leader, said the rules for existing homes should wait until municipal heat plans were ready, so that owners knew whether their street would get district heating.

Christian Duerr of the FDP called the signal a step in the right direction but said the FDP still would not support the draft. Heat planning had to come before any obligation on homeowners, he said.""",
    [("greens", "drop-2024-start", "conditional", "prepared to link the requirement for existing buildings to municipal heat planning", True),
     ("spd", "drop-2024-start", "support", "the rules for existing homes should wait until municipal heat plans were ready", True),
     ("fdp", "heating-law-passes", "oppose", "the FDP still would not support the draft", True),
     ("fdp", "drop-2024-start", "support", "Heat planning had to come before any obligation on homeowners", True)])

art("010", "2023-06-08T16:50:00Z", "continental-wire", "heating-talks-drag-on",
    "Heating talks drag on as installers report rush for gas boilers",
    """BERLIN, Jun 8 (Continental Wire) - Talks between Germany's coalition parties on the heating law continued on Thursday without a result, with only a few sitting weeks left before parliament's summer break.

Coalition sources said negotiators were working on the wording of a possible compromise. Analysts at a Berlin research institute said a deal was likely within days but could leave important questions to the final text.

Installers in Karlsruhe, Leipzig and Hamburg reported a surge in orders for new gas and oil boilers as households tried to beat the new rules.

Finance Minister Christian Lindner declined to say whether his party would agree to a first reading before the break. A government spokesman said the chancellor was confident the partners would find a solution soon.""",
    [])

art("011", "2023-06-13T19:30:00Z", "spree-observer", "coalition-agrees-heating-compromise",
    "German coalition agrees heating law compromise tied to heat planning",
    """BERLIN, Jun 13 (Spree Observer) - Leaders of Germany's coalition parties agreed on Tuesday to overhaul the heating law, clearing the way for a first reading in the Bundestag this week.

Under the compromise, the requirement that new heating systems run on 65% renewable energy will apply from January 2024 only in new housing developments. For existing buildings it will take effect once municipalities have drawn up heat plans, which large cities are due to complete by mid-2026 and smaller towns by mid-2028.

Christian Duerr said the Free Democrats would now back the law, provided the detailed text matched the agreed guidelines. "We have changed this law fundamentally," he said.

Habeck said the Greens accepted the later start for existing homes because heat planning would give households certainty. He said gas boilers could still be installed if they could run on hydrogen, but only where a municipality had a binding plan to build a hydrogen network.

SPD parliamentary leader Rolf Muetzenich said the compromise was fair to tenants and that the SPD would pass the law swiftly.""",
    [("fdp", "heating-law-passes", "conditional", "would now back the law, provided the detailed text matched the agreed guidelines", True),
     ("greens", "drop-2024-start", "support", "the Greens accepted the later start for existing homes", True),
     ("greens", "hydrogen-ready-boilers", "conditional", "only where a municipality had a binding plan to build a hydrogen network", True),
     ("spd", "heating-law-passes", "support", "the SPD would pass the law swiftly", True)])

art("012", "2023-06-13T21:05:00Z", "eastgate-review", "heating-deal-links-rules-to-local-plans",
    "Coalition strikes heating deal, links boiler rules to local heat plans",
    """BERLIN, Jun 13 (Eastgate Review) - The leaders of Germany's three coalition parties reached agreement on Tuesday to rework the heating law, opening the way for a first Bundestag reading this week.

The compromise limits the 65% renewable energy requirement from January 2024 to new housing developments. For existing buildings, the rule will only apply once local authorities have completed heat plans, due by mid-2026 in large cities and by mid-2028 in smaller towns.

Christian Duerr said the Free Democrats would now back the law, provided the detailed text matched the agreed guidelines. "We have changed this law fundamentally," he said.

According to Habeck, the Greens accepted the later start for existing homes because heat planning would give families certainty. Gas boilers able to run on hydrogen could still be fitted, he said, but only where a municipality had a binding plan to build a hydrogen network.

Rolf Muetzenich, who leads the SPD in parliament, said the deal was fair to tenants and that the SPD would pass the law swiftly.""",
    [("fdp", "heating-law-passes", "conditional", "would now back the law, provided the detailed text matched the agreed guidelines", True),
     ("greens", "drop-2024-start", "support", "the Greens accepted the later start for existing homes", True),
     ("greens", "hydrogen-ready-boilers", "conditional", "only where a municipality had a binding plan to build a hydrogen network", True),
     ("spd", "heating-law-passes", "support", "the SPD would pass the law swiftly", True)])

art("013", "2023-06-14T10:10:00Z", "brightwater-monitor", "opposition-homeowners-react-heating-deal",
    "Homeowners, opposition unconvinced by heating compromise",
    """BERLIN, Jun 14 (Brightwater Monitor) - Germany's homeowners' association Haus und Grund said on Wednesday that the coalition's heating compromise was an improvement, but it still called on lawmakers to reject the bill.

Its president Kai Warnecke welcomed the decision to wait for municipal heat planning before the rules apply to existing buildings. He said owners could not be expected to decide on a new heating system without knowing what their town was planning.

Opposition leader Friedrich Merz said the law remained a mess and that the conservatives would vote against it. AfD co-leader Alice Weidel described the bill as an attack on people's property.

The German Association of Cities said municipalities would need federal money and staff to draw up heat plans on time.""",
    [("haus-und-grund", "heating-law-passes", "oppose", "it still called on lawmakers to reject the bill", True),
     ("haus-und-grund", "drop-2024-start", "support", "welcomed the decision to wait for municipal heat planning", True),
     ("cdu-csu", "heating-law-passes", "oppose", "the conservatives would vote against it", True),
     ("afd", "heating-law-passes", "oppose", "described the bill as an attack on people's property", True)])

art("014", "2023-06-15T14:40:00Z", "continental-wire", "bundestag-first-reading-heating",
    "Heating law gets first reading in heated Bundestag debate",
    """BERLIN, Jun 15 (Continental Wire) - The heating law received its first reading in the Bundestag on Thursday after weeks of delay, in a debate marked by heckling from the opposition benches.

Habeck told lawmakers that the law was needed to protect households from volatile gas prices and to meet Germany's climate targets.

Jens Spahn, deputy leader of the CDU/CSU parliamentary group, said a conservative-led government would repeal the law. Habeck replied that repealing it would leave homeowners exposed to rising gas and carbon prices and that he would not allow it.

AfD co-leader Tino Chrupalla called for the bill to be withdrawn entirely. The CDU/CSU, which opposes the bill, accused the government of rushing it.

The coalition hopes to hold the final vote in the first week of July.""",
    [("greens", "heating-law-passes", "support", "the law was needed to protect households from volatile gas prices", True),
     ("cdu-csu", "repeal-heating-law", "support", "a conservative-led government would repeal the law", True),
     ("greens", "repeal-heating-law", "oppose", "repealing it would leave homeowners exposed to rising gas and carbon prices", True),
     ("afd", "heating-law-passes", "oppose", "called for the bill to be withdrawn entirely", True),
     ("cdu-csu", "heating-law-passes", "oppose", "The CDU/CSU, which opposes the bill", False)])

art("015", "2023-06-28T18:20:00Z", "lindenfeld-herald", "coalition-sets-july-vote",
    "Coalition finalises heating law text, sets July 7 vote",
    """BERLIN, Jun 28 (Lindenfeld Herald) - Germany's coalition parties finalised the amended heating law on Wednesday, including state subsidies of up to 70% for households that replace old boilers, and scheduled the final vote for July 7.

Katharina Droege, who co-leads the Greens in parliament, said the law must be passed before the summer recess so that it could take effect in January. Christian Duerr said lawmakers had enough time and that the vote should go ahead on July 7.

Jens Spahn of the CDU/CSU said members of parliament were being given only days to read more than 100 pages of amendments, and demanded that the vote be delayed until September.

The FDP's youth wing, the Young Liberals, said the party should still vote against the law.""",
    [("greens", "postpone-vote", "oppose", "the law must be passed before the summer recess", True),
     ("fdp", "postpone-vote", "oppose", "the vote should go ahead on July 7", True),
     ("cdu-csu", "postpone-vote", "support", "demanded that the vote be delayed until September", True)])

art("016", "2023-07-04T09:00:00Z", "eastgate-review", "cdu-lawmaker-asks-court-halt-vote",
    "CDU lawmaker asks Constitutional Court to halt heating law vote",
    """KARLSRUHE, Jul 4 (Eastgate Review) - A conservative member of parliament has asked the Federal Constitutional Court to stop this week's Bundestag vote on the heating law, arguing that lawmakers have had too little time to study the amendments.

Thomas Heilmann, a CDU lawmaker from Berlin, filed the urgent application on his own behalf. His parliamentary group did not join it.

Rolf Muetzenich, who leads the SPD in the Bundestag, said there was no reason to delay the vote and that parliament had debated the heating rules for months.

Heilmann said he was not seeking to stop the law itself, only to secure proper deliberation. The Greens and the Free Democrats, which both want the vote held before the summer break, did not immediately comment.

A court spokesman said it was not yet known when a decision would be announced.""",
    [("spd", "postpone-vote", "oppose", "there was no reason to delay the vote", True),
     ("greens", "postpone-vote", "oppose", "which both want the vote held before the summer break", False),
     ("fdp", "postpone-vote", "oppose", "which both want the vote held before the summer break", False)])

art("017", "2023-07-06T06:30:00Z", "continental-wire", "court-halts-heating-vote",
    "Constitutional Court halts Bundestag vote on heating law",
    """BERLIN, Jul 6 (Continental Wire) - Germany's Constitutional Court late on Wednesday ordered the Bundestag not to hold its final vote on the heating law before the summer recess, dealing a blow to Chancellor Olaf Scholz's coalition.

The judges granted an urgent application by CDU lawmaker Thomas Heilmann, saying his right to take part in deliberations could otherwise be violated. The court did not rule on the content of the law.

Christian Duerr said the FDP accepted the decision and that the vote would now take place in September. Katharina Droege of the Greens said the party still wanted the law to take effect in January and would have preferred to vote this week.

Opposition leader Friedrich Merz welcomed the ruling, saying the government had tried to force the bill through parliament.""",
    [("constitutional-court", "postpone-vote", "support", "not to hold its final vote on the heating law before the summer recess", True),
     ("fdp", "postpone-vote", "support", "the FDP accepted the decision and that the vote would now take place", True),
     ("greens", "heating-law-passes", "support", "the party still wanted the law to take effect in January", True),
     ("cdu-csu", "postpone-vote", "support", "Opposition leader Friedrich Merz welcomed the ruling", True)])

art("018", "2023-07-07T12:00:00Z", "brightwater-monitor", "what-karlsruhe-order-means",
    "Explainer: what the Karlsruhe order means for Germany's heating law",
    """BERLIN, Jul 7 (Brightwater Monitor) - The heating law will not become law before parliament's summer break after the Constitutional Court stopped this week's vote. Here is what happens next.

The Bundestag returns in September. Coalition officials say the final vote could be held in the first sitting week, and the upper house would then consider the law later that month.

The court has not yet decided the main complaint, which concerns how quickly amendments may be pushed through parliament. Constitutional lawyers said the ruling could change how future governments handle last-minute amendments.

For households, the planned start date of January 2024 for new buildings in new developments is not affected for now, officials said. Heating installers said the delay added to uncertainty among customers who had been waiting for the final text.""",
    [("constitutional-court", "postpone-vote", "support", "after the Constitutional Court stopped this week's vote", False)])

art("019", "2023-07-19T15:45:00Z", "eastgate-review", "afd-polls-heating-law",
    "AfD climbs in polls as heating law row weighs on coalition",
    """BERLIN, Jul 19 (Eastgate Review) - The far-right Alternative for Germany has risen to around 20% in national polls, level with Chancellor Olaf Scholz's Social Democrats, with several pollsters citing the dispute over the heating law.

AfD co-leader Alice Weidel said her party would scrap the heating law if it ever entered government. The party, which has opposed the heating rules from the start, campaigns against what it calls a forced switch to heat pumps.

Scholz said on Wednesday that the law was right and that it would be passed in September. He said the coalition had made mistakes in how it explained the plans.

Political scientists said the coalition's public quarrels had hurt all three parties more than the content of the law.""",
    [("afd", "repeal-heating-law", "support", "her party would scrap the heating law if it ever entered government", True),
     ("afd", "heating-law-passes", "oppose", "which has opposed the heating rules from the start", False),
     ("spd", "heating-law-passes", "support", "the law was right and that it would be passed in September", True)])

art("020", "2023-08-22T10:30:00Z", "lindenfeld-herald", "homeowners-press-fdp",
    "Homeowners' group urges FDP to vote down heating law",
    """BERLIN, Aug 22 (Lindenfeld Herald) - Haus und Grund called on the Free Democrats on Tuesday to vote against the heating law when parliament returns in September, saying the amended text still left owners of older houses facing high costs.

Kai Warnecke, the association's president, said many members had put off any decision on their heating until the rules were clear.

An FDP spokesman declined to comment on the appeal. The federal association of heat pump makers said sales had fallen in recent months as buyers waited for the law.

Last month the association published a survey in which most owners of older houses said they expected to pay more than 30,000 euros for a heat pump, a figure the economy ministry disputed.

The Bundestag is due to hold the final vote in the second week of September.""",
    [("haus-und-grund", "heating-law-passes", "oppose", "called on the Free Democrats on Tuesday to vote against the heating law", True)])

art("021", "2023-09-05T13:00:00Z", "brightwater-monitor", "merz-vows-repeal-lindner-backs-law",
    "Merz vows to reverse heating law; Lindner says FDP will vote for it",
    """BERLIN, Sep 5 (Brightwater Monitor) - Opposition leader Friedrich Merz said on Tuesday that a government led by his conservatives would repeal the heating law, three days before the Bundestag is due to vote on it.

"We will reverse this law," Merz told reporters. He said the CDU/CSU would vote against the bill on Friday.

Finance Minister Christian Lindner said the Free Democrats had turned a bad law into an acceptable one and would vote for it. He said repealing it would only create new uncertainty for homeowners who had already begun to plan.

Merz said the conservatives would instead rely on carbon pricing and targeted support to cut emissions from buildings. Greens co-leader Omid Nouripour said Merz was offering homeowners no plan at all and was stirring up fear ahead of the Bavarian and Hesse state elections in October.""",
    [("cdu-csu", "repeal-heating-law", "support", "We will reverse this law", True),
     ("cdu-csu", "heating-law-passes", "oppose", "the CDU/CSU would vote against the bill on Friday", True),
     ("fdp", "heating-law-passes", "support", "had turned a bad law into an acceptable one and would vote for it", True),
     ("fdp", "repeal-heating-law", "oppose", "repealing it would only create new uncertainty for homeowners", True)])

art("022", "2023-09-08T11:50:00Z", "continental-wire", "bundestag-passes-heating-law",
    "German parliament passes contested heating law",
    """BERLIN, Sep 8 (Continental Wire) - The Bundestag passed Germany's contested heating law on Friday after months of coalition infighting, two months later than the government had planned.

Lawmakers from the SPD, the Greens and the FDP voted for the law, while the CDU/CSU and the AfD voted against it.

Habeck said the law was a big step for climate protection and that the government would help families with the cost. "It was a hard road," he said.

CDU lawmaker Thomas Heilmann, whose complaint delayed the vote in July, said parliament had still been given too little time.

The upper house, the Bundesrat, is expected to consider the law at the end of the month. The rules take effect in January.""",
    [("spd", "heating-law-passes", "support", "Lawmakers from the SPD, the Greens and the FDP voted for the law", True),
     ("greens", "heating-law-passes", "support", "Lawmakers from the SPD, the Greens and the FDP voted for the law", True),
     ("fdp", "heating-law-passes", "support", "Lawmakers from the SPD, the Greens and the FDP voted for the law", True),
     ("cdu-csu", "heating-law-passes", "oppose", "the CDU/CSU and the AfD voted against it", True),
     ("afd", "heating-law-passes", "oppose", "the CDU/CSU and the AfD voted against it", True)])

art("023", "2023-09-08T17:35:00Z", "eastgate-review", "heating-law-reactions",
    "Homeowners, AfD vow to fight on after heating law vote",
    """BERLIN, Sep 8 (Eastgate Review) - Haus und Grund said on Friday it would keep campaigning for the heating law to be repealed, hours after the Bundestag approved it.

Kai Warnecke, president of the association, which represents around 900,000 private landlords and owners, said the law remained too complicated for ordinary owners and that the group would advise its members on how to cope with it in the meantime, including which deadlines applied to them.

AfD co-leader Tino Chrupalla said his party would scrap it as soon as it had the chance.

Building Minister Klara Geywitz said calls to repeal the law were irresponsible, because households and installers needed rules that lasted. She said the subsidies would be available from next year.""",
    [("haus-und-grund", "repeal-heating-law", "support", "it would keep campaigning for the heating law to be repealed", True),
     ("afd", "repeal-heating-law", "support", "his party would scrap it as soon as it had the chance", True),
     ("spd", "repeal-heating-law", "oppose", "calls to repeal the law were irresponsible", True)])

art("024", "2023-09-15T08:15:00Z", "lindenfeld-herald", "installers-confused-new-rules",
    "Heating installers report confusion over new German rules",
    """STUTTGART, Sep 15 (Lindenfeld Herald) - Heating installers in southern Germany said on Friday that customers were confused about which systems they would be allowed to install next year, a week after parliament passed the new rules.

Workshops in Stuttgart and Karlsruhe said they were fielding calls from homeowners who believed their existing boilers would have to be ripped out, which the law does not require. Several said waiting times for heat pumps had shortened since the spring.

Trade associations said the industry needed clear guidance on the transition periods, and that training programmes for heat pump installers were oversubscribed.

Finance Minister Christian Lindner, asked about the federal budget on a visit to the region, did not comment on the heating rules.""",
    [])

art("025", "2023-09-29T12:40:00Z", "spree-observer", "bundesrat-clears-heating-law",
    "German states let heating law pass; Soeder vows to undo it",
    """BERLIN, Sep 29 (Spree Observer) - The Bundesrat, the chamber representing Germany's 16 states, on Friday allowed the heating law to pass, clearing the final parliamentary hurdle.

Bavarian Premier Markus Soeder said the states should have stopped the law and that a conservative-led federal government would scrap it after the next election.

Habeck welcomed the decision. He said the country now had clear rules for the next two decades and that households would get generous support.

The CSU leader, who faces a Bavarian state election on October 8, has made the heating law a central theme of his campaign.

The law requires new heating systems in new housing developments to run on 65% renewable energy from January, while existing buildings follow once municipal heat plans are in place.""",
    [("cdu-csu", "heating-law-passes", "oppose", "the states should have stopped the law", True),
     ("cdu-csu", "repeal-heating-law", "support", "a conservative-led federal government would scrap it after the next election", True),
     ("greens", "heating-law-passes", "support", "Habeck welcomed the decision", True)])

art("026", "2023-10-12T14:05:00Z", "continental-wire", "fdp-denies-giving-up-technology-openness",
    "FDP denies giving up on hydrogen boilers as Greens stress limits",
    """BERLIN, Oct 12 (Continental Wire) - FDP general secretary Bijan Djir-Sarai denied on Thursday that his party had given up on technology openness in the heating law, saying gas boilers that could run on hydrogen remained allowed.

Critics in the FDP's own grassroots had accused the leadership of conceding too much to the Greens in June.

Greens co-leader Ricarda Lang said hydrogen-ready boilers were acceptable only where a hydrogen network was actually planned. She said households should not be lured into buying boilers for a gas that might never reach their street.

Consumer advocates warned that hydrogen for home heating was likely to remain expensive. An economy ministry spokeswoman said guidance for homeowners on hydrogen-ready boilers would be published before the end of the year.""",
    [("fdp", "hydrogen-ready-boilers", "support", "gas boilers that could run on hydrogen remained allowed", True),
     ("greens", "hydrogen-ready-boilers", "conditional", "hydrogen-ready boilers were acceptable only where a hydrogen network was actually planned", True)])

art("027", "2023-11-16T16:20:00Z", "eastgate-review", "budget-ruling-heat-pump-subsidies",
    "Karlsruhe budget ruling raises questions over heat pump subsidies",
    """BERLIN, Nov 16 (Eastgate Review) - Germany's Constitutional Court on Wednesday declared the government's transfer of 60 billion euros of unused pandemic credit to its climate fund unconstitutional, throwing the coalition's spending plans into doubt.

The ruling raised questions over programmes paid for from the fund, including subsidies for households replacing old boilers with heat pumps.

Habeck said the heating subsidies would be paid as promised. Finance Minister Christian Lindner said the government would examine the consequences of the ruling carefully before making new commitments.

Friedrich Merz, whose parliamentary group had brought the case, renewed his call for the heating law to be repealed. Economists said the government could face a gap of tens of billions of euros in its budget for next year.""",
    [("cdu-csu", "repeal-heating-law", "support", "renewed his call for the heating law to be repealed", True)])

art("028", "2023-12-20T09:30:00Z", "brightwater-monitor", "habeck-year-end-interview",
    "Habeck admits mistakes on heating law, rejects calls to scrap it",
    """BERLIN, Dec 20 (Brightwater Monitor) - Economy Minister Robert Habeck said in a year-end interview that he had made mistakes in explaining the heating law, but that he would fight any attempt to scrap it.

He said he did not regret agreeing to wait for municipal heat planning before the rules applied to existing homes, because it had made the law fairer.

Habeck said the first draft had asked too much too quickly of many households. Asked whether he would stand as the Greens' candidate for chancellor, he declined to say.

In the interview, Habeck said he had underestimated how strongly many people felt about the heating in their homes. The Greens have fallen in opinion polls since the spring, when the heating dispute dominated the news.""",
    [("greens", "repeal-heating-law", "oppose", "he would fight any attempt to scrap it", True),
     ("greens", "drop-2024-start", "support", "he did not regret agreeing to wait for municipal heat planning", True)])

art("029", "2024-01-02T10:00:00Z", "lindenfeld-herald", "heating-law-takes-effect",
    "Germany's new heating rules take effect",
    """BERLIN, Jan 2 (Lindenfeld Herald) - Germany's new building energy rules took effect on January 1, requiring heating systems in new housing developments to run on at least 65% renewable energy.

For most existing homes nothing changes yet. Owners may keep and repair their current boilers, and the stricter rules will apply only once their municipality has completed its heat plan.

Political analysts said a conservative-led government after the next federal election might try to scrap or rewrite the law, but that doing so would be complicated by European Union rules on buildings.

A spokesman for the chancellery declined to say whether the subsidy budget would be increased this year. Haus und Grund, which has campaigned for the law's repeal, advised owners to seek advice before replacing a working boiler.""",
    [("haus-und-grund", "repeal-heating-law", "support", "which has campaigned for the law's repeal", False)])

SHIFTS = [
    dict(actor="fdp", issue="heating-law-passes", **{"from": "conditional"}, to="oppose", article="006",
         why="Duerr says the draft is fundamentally flawed and the FDP will not let it through the Bundestag; "
             "until then the FDP had approved it in cabinet while demanding changes (baseline, 001, 003)."),
    dict(actor="greens", issue="drop-2024-start", **{"from": "oppose"}, to="conditional", article="009",
         why="Habeck says he is prepared to link the rule for existing buildings to municipal heat planning "
             "as long as climate targets hold and the law passes before summer; he had defended a 2024 start."),
    dict(actor="fdp", issue="heating-law-passes", **{"from": "oppose"}, to="conditional", article="011",
         why="After the June compromise Duerr says the FDP will now back the law, provided the text matches the "
             "agreed guidelines; in 006 and 009 it refused to support the draft."),
    dict(actor="greens", issue="drop-2024-start", **{"from": "conditional"}, to="support", article="011",
         why="Habeck says the Greens accepted the later start for existing homes tied to heat planning; in 009 "
             "it was only an offer under conditions."),
    dict(actor="greens", issue="hydrogen-ready-boilers", **{"from": "oppose"}, to="conditional", article="011",
         why="Habeck accepts hydrogen-capable gas boilers, but only where a municipality has a binding plan for a "
             "hydrogen network; in 008 he rejected them as a loophole."),
    dict(actor="fdp", issue="postpone-vote", **{"from": "oppose"}, to="support", article="017",
         why="After the court order Duerr says the FDP accepts the decision and the vote will take place in "
             "September; in 015 he insisted the vote go ahead on July 7."),
    dict(actor="fdp", issue="heating-law-passes", **{"from": "conditional"}, to="support", article="021",
         why="Lindner says the FDP turned the bill into an acceptable one and will vote for it, with no "
             "condition left; since 011 its backing was tied to the final text."),
]

DUPLICATES = [("006", "007"), ("011", "012")]


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def url_of(a):
    y, m, d = a["published"][:10].split("-")
    return f"https://example.org/{a['outlet']}/{y}/{m}/{d}/{a['slug']}"


def load_watchlist_ids():
    """Tiny reader for our own watchlist.yaml (no PyYAML needed)."""
    text = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    actors_part = text.split("\nissues:")[0]
    issues_part = text.split("\nissues:")[1].split("\nbaseline:")[0]
    actors = re.findall(r"^  - id: (\S+)", actors_part, re.M)
    issues = re.findall(r"^  - id: (\S+)", issues_part, re.M)
    baseline = re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\w+)\}", text)
    return actors, issues, {(a, i): s for a, i, s in baseline}


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "articles")):
        os.remove(os.path.join(HERE, "articles", f))
    for a in ARTICLES:
        doc = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]],
               "url": url_of(a), "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    for slug, name in OUTLETS.items():
        items = [a for a in ARTICLES if a["outlet"] == slug]
        items.sort(key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>", f"    <link>https://example.org/{slug}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch germany-heating-law-2023 blind set</description>",
               "    <language>en</language>", f"    <lastBuildDate>{rfc822(items[0]['published'])}</lastBuildDate>"]
        for a in items:
            u = escape(url_of(a))
            out += ["    <item>", f"      <title>{escape(a['title'])}</title>", f"      <link>{u}</link>",
                    f'      <guid isPermaLink="true">{u}</guid>', f"      <pubDate>{rfc822(a['published'])}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>", "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4])
                             for c in a["claims"]] for a in ARTICLES},
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return labels


def validate(labels):
    errs = []
    actors, issues, baseline = load_watchlist_ids()
    ids = [a["id"] for a in ARTICLES]
    if ids != [f"{i:03d}" for i in range(1, len(ids) + 1)]:
        errs.append("article ids are not 001..N in order")
    pubs = [a["published"] for a in ARTICLES]
    if pubs != sorted(pubs):
        errs.append("ids are not in publication order")
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    if files != ids or sorted(labels["claims"]) != ids:
        errs.append("article files / label keys do not match ids")
    for a in ARTICLES:
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            errs.append(f"{a['id']}: {words} words")
        if not re.match(r"^[A-Z/]+, [A-Z][a-z]{2} \d{1,2} \(" + re.escape(OUTLETS[a["outlet"]]) + r"\) - ", a["text"]):
            errs.append(f"{a['id']}: bad dateline")
        doc = json.load(open(os.path.join(HERE, "articles", a["id"] + ".json"), encoding="utf-8"))
        for c in labels["claims"][a["id"]]:
            if c["quote"] not in doc["text"]:
                errs.append(f"{a['id']}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errs.append(f"{a['id']}: quote > 15 words: {c['quote']!r}")
            if c["actor"] not in actors:
                errs.append(f"{a['id']}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errs.append(f"{a['id']}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"):
                errs.append(f"{a['id']}: bad stance {c['stance']}")
    for orig, copy in DUPLICATES:
        key = lambda cs: sorted((c["actor"], c["issue"], c["stance"]) for c in cs)
        if key(labels["claims"][orig]) != key(labels["claims"][copy]):
            errs.append(f"duplicate {copy} claims differ from {orig}")
    # Replay attributed claims from the baseline: derived shifts must equal the labelled ones.
    prev = dict(baseline)
    derived = []
    for a in ARTICLES:
        if a["id"] in [c for _, c in DUPLICATES]:
            continue
        for c in labels["claims"][a["id"]]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"]:
                t = (c["actor"], c["issue"], prev[k], c["stance"], a["id"])
                if t not in derived:
                    derived.append(t)
            prev[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(labelled):
        errs.append(f"shift replay mismatch:\n derived {sorted(derived)}\n labelled {sorted(labelled)}")
    for slug in OUTLETS:
        try:
            ET.parse(os.path.join(HERE, "feeds", slug + ".xml"))
        except ET.ParseError as e:
            errs.append(f"feed {slug}: {e}")
    return errs


def stats(labels):
    cl = [c for v in labels["claims"].values() for c in v]
    by = {s: sum(1 for c in cl if c["stance"] == s) for s in ("support", "oppose", "conditional")}
    return dict(articles=len(ARTICLES), claims=len(cl), **by,
                unattributed=sum(1 for c in cl if not c["attributed"]),
                empty=[k for k, v in labels["claims"].items() if not v],
                shifts=len(labels["shifts"]), shift_articles=sorted({s["article"] for s in labels["shifts"]}),
                outlets={o: sum(1 for a in ARTICLES if a["outlet"] == o) for o in OUTLETS})


if __name__ == "__main__":
    lab = build()
    problems = validate(lab)
    print(json.dumps(stats(lab)))
    for p in problems:
        print("ERROR:", p)
    sys.exit(1 if problems else 0)
