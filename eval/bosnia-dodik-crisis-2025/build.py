#!/usr/bin/env python3
"""Build the shiftwatch evaluation set bosnia-dodik-crisis-2025.

Self-contained (standard library only). Holds the articles and labels as data and writes:
  articles/NNN.json, feeds/<outlet>.xml, labels.json
then validates the set (quotes, ids, watchlist ids, word counts, datelines, shifts,
no_alert_articles, duplicates, xmllint). Exits non-zero on any failure.

Run from anywhere:  python3 build.py
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
    "Eastgate Wire": "eastgate-wire",
    "Sava Courier": "sava-courier",
    "Continental Report": "continental-report",
    "Northbridge Daily": "northbridge-daily",
    "Halden Gazette": "halden-gazette",
}

S, O, C = "support", "oppose", "conditional"

# Each article: published (UTC), source, slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="2025-02-26T17:40:00Z",
        source="Eastgate Wire",
        slug="state-court-convicts-dodik",
        title="Bosnian state court sentences Dodik to prison and six-year office ban",
        text="""SARAJEVO, Feb 26 (Eastgate Wire) - The Court of Bosnia and Herzegovina on Wednesday sentenced Milorad Dodik, president of the Serb-run Republika Srpska entity, to one year in prison and banned him from serving as its president for six years.

The first-instance verdict found Dodik guilty of defying decisions of the international High Representative, Christian Schmidt, by signing into force two laws in 2023 that the envoy had annulled. A co-defendant, the former acting head of the entity's official gazette, was acquitted. Under Bosnian law the prison term can be converted into a fine.

Dodik, who did not attend the hearing, addressed thousands of supporters at a rally in Banja Luka hours later. He told them he would not accept the verdict and called it a political attack on the Serb people.

Serbian President Aleksandar Vucic, who travelled to Banja Luka in the evening, described the ruling as unlawful and undemocratic.

Denis Becirovic, the Bosniak member of Bosnia's three-person presidency, said the ruling had to be respected like any other court decision. The EU delegation in Sarajevo said there was no alternative to respecting judicial decisions and urged all sides to stay calm.

The verdict is not final and can be appealed.""",
        claims=[
            ("rs-leadership", "enforce-dodik-verdict", O, "He told them he would not accept the verdict", True),
            ("serbia", "enforce-dodik-verdict", O, "described the ruling as unlawful and undemocratic", True),
            ("bosniak-parties", "enforce-dodik-verdict", S, "said the ruling had to be respected like any other court decision", True),
            ("eu", "enforce-dodik-verdict", S, "there was no alternative to respecting judicial decisions", True),
        ],
    ),
    # 002
    dict(
        published="2025-02-27T23:10:00Z",
        source="Sava Courier",
        slug="serb-entity-assembly-bars-state-court-and-police",
        title="Serb entity's assembly votes to bar state court and police",
        text="""BANJA LUKA, Feb 27 (Sava Courier) - Lawmakers in Republika Srpska voted on Thursday to ban the state court, the state prosecutor's office, the SIPA state police agency and the top judicial council from working on the entity's territory, a day after its president Milorad Dodik was convicted.

The law passed with 49 votes in the 83-seat National Assembly, with most opposition members absent. Dodik, who proposed the measure, said the entity was only taking back powers that the constitution had never handed to the state.

Bakir Izetbegovic, leader of the main Bosniak party SDA, called the vote an attempt at secession and demanded that the laws be struck down before they took effect.

The Office of the High Representative said it was studying the texts. A spokesman declined to say whether Schmidt would use his powers to annul them.

Dragan Covic, head of the Croat party HDZ BiH, appealed for calm and for talks among the leaders of the three communities.

Legal analysts in Sarajevo said the laws could not take effect until Dodik signed them and they were published in the entity's gazette, and that the Constitutional Court would probably be asked to review them.""",
        claims=[
            ("rs-leadership", "rs-scraps-ban-laws", O, "Lawmakers in Republika Srpska voted on Thursday to ban the state court", True),
            ("bosniak-parties", "rs-scraps-ban-laws", S, "demanded that the laws be struck down before they took effect", True),
        ],
    ),
    # 003
    dict(
        published="2025-03-05T19:20:00Z",
        source="Continental Report",
        slug="dodik-signs-laws-us-embassy-urges-reversal",
        title="Dodik signs laws barring state institutions; US embassy urges reversal",
        text="""BANJA LUKA, March 5 (Continental Report) - Republika Srpska President Milorad Dodik signed decrees on Wednesday enacting the laws that bar Bosnia's state court, prosecutors and the SIPA police agency from operating in the Serb-run entity, clearing the way for their publication in the official gazette.

The US embassy in Sarajevo said in a statement that the laws were unconstitutional and called on the entity's leaders to reverse them. The European Union's special representative, Luigi Soreca, said they breached the Dayton peace accords and had to be withdrawn.

Dodik brushed off the criticism in a post on X. He wrote that embassy staff had apparently not noticed that Joe Biden was no longer in the White House, and that he did not believe the statement reflected the thinking of the new administration in Washington.

The laws were passed by the entity's assembly last week in response to Dodik's conviction for defying the international High Representative. The state prosecutor's office has opened an investigation into what it called an attack on the constitutional order.""",
        claims=[
            ("rs-leadership", "rs-scraps-ban-laws", O, "signed decrees on Wednesday enacting the laws that bar Bosnia's state court", True),
            ("usa", "rs-scraps-ban-laws", S, "called on the entity's leaders to reverse them", True),
            ("eu", "rs-scraps-ban-laws", S, "said they breached the Dayton peace accords and had to be withdrawn", True),
        ],
    ),
    # 004
    dict(
        published="2025-03-07T16:00:00Z",
        source="Eastgate Wire",
        slug="constitutional-court-suspends-entity-laws",
        title="Bosnia's top court suspends Serb entity's laws against state bodies",
        text="""SARAJEVO, March 7 (Eastgate Wire) - Bosnia's Constitutional Court on Friday temporarily suspended the Republika Srpska laws that ban the state judiciary and police from the entity, pending a full ruling on whether they are constitutional.

The court acted at an extraordinary session on a request from Denis Becirovic, the Bosniak member of the state presidency. Becirovic welcomed the decision and said the laws had to be annulled for good.

In Banja Luka, Dodik said the entity would go on applying the laws regardless of the ruling, since the Serb side did not recognise the court's authority. He also said he would ignore a summons from state prosecutors, who want to question him as a suspect in the new investigation into an attack on the constitutional order.

Dodik called on Serbs working in the state police and courts to resign and take up posts in entity institutions, promising them the same pay or better.

He said there were no plans for violence but that Republika Srpska was able to defend itself.""",
        claims=[
            ("rs-leadership", "rs-scraps-ban-laws", O, "the entity would go on applying the laws regardless of the ruling", True),
            ("rs-leadership", "dodik-answers-summons", O, "He also said he would ignore a summons from state prosecutors", True),
            ("bosniak-parties", "rs-scraps-ban-laws", S, "said the laws had to be annulled for good", True),
        ],
    ),
    # 005
    dict(
        published="2025-03-08T13:30:00Z",
        source="Northbridge Daily",
        slug="rubio-says-dodik-threatens-bosnia",
        title="Rubio says Dodik is threatening Bosnia's security",
        text="""WASHINGTON, March 8 (Northbridge Daily) - US Secretary of State Marco Rubio said on Saturday that the actions of Republika Srpska leader Milorad Dodik were undermining Bosnia and Herzegovina's institutions and endangering its security and stability.

In a post on X, Rubio urged Bosnian political leaders to engage in constructive and responsible dialogue and asked Washington's partners in the region to join in countering what he called dangerous and destabilising behaviour.

The post came three days after Dodik signed into force the laws banning the state court, prosecutors and police from the Serb-run entity, and was the first comment on the crisis from a cabinet member of the Trump administration. Dodik had said earlier in the week that he expected a more sympathetic hearing from the new team in Washington.

Bosnia's Foreign Minister Elmedin Konakovic thanked Rubio for what he described as a clear message.

Separately, the EU peacekeeping force EUFOR said it was temporarily bringing in reserve troops as a precaution. Several analysts in Sarajevo said the move was meant to reassure the public rather than to prepare for any operation, and that the reserves might be sent home within weeks.""",
        claims=[
            ("usa", "rs-scraps-ban-laws", S, "actions of Republika Srpska leader Milorad Dodik were undermining Bosnia and Herzegovina's institutions", True),
        ],
    ),
    # 006
    dict(
        published="2025-03-12T15:45:00Z",
        source="Continental Report",
        slug="prosecutors-order-dodik-brought-in",
        title="Prosecutors order Dodik and two senior officials brought in for questioning",
        text="""SARAJEVO, March 12 (Continental Report) - Bosnia's state prosecutor's office on Wednesday ordered police to bring in Republika Srpska President Milorad Dodik, Prime Minister Radovan Viskovic and assembly speaker Nenad Stevandic for questioning, after all three ignored two summonses.

The three are suspected of attacking the constitutional order by pushing through the laws that bar state institutions from the entity. The offence carries a prison term of up to five years.

At a joint news conference in Banja Luka, Dodik, Viskovic and Stevandic said they regarded the order as unconstitutional and would not comply with it.

The SIPA state police agency said it had not refused the order but had assessed an operation to detain them as high-risk and passed its assessment to the judicial police.

Foreign Minister Elmedin Konakovic, one of the leaders of the Troika coalition, said the three men had to answer to the law like any other citizen and that the judiciary had his full backing. Asked whether state police would enter the entity to detain them, he declined to speculate.""",
        claims=[
            ("rs-leadership", "dodik-answers-summons", O, "said they regarded the order as unconstitutional and would not comply with it", True),
            ("bosniak-parties", "dodik-answers-summons", S, "the three men had to answer to the law like any other citizen", True),
        ],
    ),
    # 007
    dict(
        published="2025-03-14T10:15:00Z",
        source="Northbridge Daily",
        slug="moscow-denounces-order-to-detain-dodik",
        title="Moscow denounces order to detain Dodik as 'legal lawlessness'",
        text="""MOSCOW, March 14 (Northbridge Daily) - Russia's Foreign Ministry on Thursday condemned the Bosnian prosecutors' order to detain Republika Srpska President Milorad Dodik, calling it an example of "legal lawlessness".

Spokeswoman Maria Zakharova told a weekly briefing that the move was part of a wider campaign to remove a legally elected Serb leader from politics and clear the way for a Euro-Atlantic agenda in Bosnia. She said the proceedings against Dodik, including his conviction last month, were politically motivated from start to finish.

Zakharova warned that any attempt to abolish Republika Srpska would have grave consequences for peace in the Balkans.

Russia has never recognised Christian Schmidt as High Representative and wants his office closed, arguing that his appointment was not endorsed by the UN Security Council.

Dodik thanked Moscow for its support and said he planned to visit Russia soon. Diplomats in Sarajevo said they did not expect the Kremlin to go beyond words.""",
        claims=[
            ("russia", "dodik-answers-summons", O, "condemned the Bosnian prosecutors' order to detain Republika Srpska President Milorad Dodik", True),
            ("russia", "enforce-dodik-verdict", O, "including his conviction last month, were politically motivated from start to finish", True),
            ("russia", "close-ohr", S, "Russia has never recognised Christian Schmidt as High Representative and wants his office closed", False),
        ],
    ),
    # 008
    dict(
        published="2025-03-18T18:30:00Z",
        source="Eastgate Wire",
        slug="state-court-issues-arrest-warrant-for-dodik",
        title="State court issues arrest warrant for Dodik",
        text="""SARAJEVO, March 18 (Eastgate Wire) - The Court of Bosnia and Herzegovina on Tuesday ordered the detention of Republika Srpska President Milorad Dodik and issued a warrant for his arrest after he twice refused to appear before state prosecutors.

Warrants were also issued for the entity's prime minister, Radovan Viskovic, and the speaker of its assembly, Nenad Stevandic. Every police force in the country is now obliged to detain the three men if it encounters them.

Dodik said he would never respond to the prosecutors and dared the authorities to try to arrest him. The entity's interior minister, Sinisa Karan, said Republika Srpska police would protect its elected officials.

Becirovic, the Bosniak presidency member, called on all police agencies to carry out the court's order without delay.

Security analysts said an attempt by SIPA to arrest Dodik inside the entity could lead to a standoff with the entity's own police, and that prosecutors might instead wait for him to travel.""",
        claims=[
            ("rs-leadership", "dodik-answers-summons", O, "Dodik said he would never respond to the prosecutors", True),
            ("bosniak-parties", "dodik-answers-summons", S, "called on all police agencies to carry out the court's order without delay", True),
        ],
    ),
    # 009 (no claims)
    dict(
        published="2025-03-25T12:00:00Z",
        source="Halden Gazette",
        slug="wanted-dodik-turns-up-in-belgrade",
        title="Wanted Dodik turns up in Belgrade as border police open inquiry",
        text="""BELGRADE, March 25 (Halden Gazette) - Republika Srpska President Milorad Dodik appeared in Belgrade on Monday evening, standing next to Serbian President Aleksandar Vucic at a rally marking the anniversary of the 1999 NATO bombing, despite a Bosnian warrant for his arrest.

Bosnia's border police said on Tuesday they had opened an inquiry into how Dodik had left the country, since the warrant obliges every agency to stop him at the border.

Vucic, asked by reporters whether Serbian police would act on the Bosnian warrant, declined to answer and said he would not discuss the matter at a commemoration. Serbia's interior ministry did not respond to a request for comment.

Dodik's office said he would travel on to Israel later in the week to attend a conference on antisemitism and would then return home. It did not say which route he would take.

Lawyers in Sarajevo said the warrant was valid only inside Bosnia, and that the state court would have to ask Interpol for a red notice before other countries could be expected to act.""",
        claims=[],
    ),
    # 010
    dict(
        published="2025-03-27T15:20:00Z",
        source="Sava Courier",
        slug="covic-says-dodik-must-accept-rulings",
        title="Covic tells Dodik to accept court rulings but keeps SNSD in state coalition",
        text="""MOSTAR, March 27 (Sava Courier) - Dragan Covic, leader of the main Bosnian Croat party HDZ BiH, said on Thursday that anyone who agrees to stand trial must also accept what the court decides, in his sharpest comment yet on Milorad Dodik's conviction.

He said Dodik was wrong to pursue his current course, but that removing Dodik's SNSD from the state government would not solve the crisis. Covic told reporters in Mostar that he saw no stable majority for a new coalition and would not help build one just to push SNSD out.

The three parties of the Troika - SDP, People and Justice and Nasa Stranka - broke with SNSD in January and want its ministers replaced. Their leaders said this week that the choice facing Covic was one between Dodik and the European Union. SDP leader Nermin Niksic said they would not share power with anyone who did not respect the state.

Covic also said he expected Dodik to return from abroad by Friday.""",
        claims=[
            ("croat-parties", "enforce-dodik-verdict", S, "anyone who agrees to stand trial must also accept what the court decides", True),
            ("croat-parties", "snsd-out-of-government", O, "would not help build one just to push SNSD out", True),
            ("bosniak-parties", "snsd-out-of-government", S, "would not share power with anyone who did not respect the state", True),
        ],
    ),
    # 011
    dict(
        published="2025-04-01T17:00:00Z",
        source="Northbridge Daily",
        slug="putin-receives-dodik-in-kremlin",
        title="Putin receives Dodik in the Kremlin",
        text="""MOSCOW, April 1 (Northbridge Daily) - Russian President Vladimir Putin received Republika Srpska leader Milorad Dodik in the Kremlin on Tuesday, the most prominent show of support for the Bosnian Serb leader since a Bosnian court issued a warrant for his arrest.

Russia's Foreign Ministry said in a statement the same day that the criminal case against Dodik was political persecution and that Moscow stood by the entity's elected authorities. Kremlin spokesman Dmitry Peskov declined to comment on how Dodik had travelled to Russia.

Dodik said after the talks that he had asked Russia to use its seat on the UN Security Council to press for the High Representative's office to be shut down. He said Putin agreed that the post had no legal basis and should be abolished.

The Kremlin's own account of the meeting did not mention the High Representative. It said the two men had discussed economic cooperation and the situation in the Balkans.

Dodik flew to Moscow from Serbia and has said he will return to Republika Srpska this week.""",
        claims=[
            ("russia", "enforce-dodik-verdict", O, "the criminal case against Dodik was political persecution", True),
            ("rs-leadership", "close-ohr", S, "press for the High Representative's office to be shut down", True),
            ("russia", "close-ohr", S, "Putin agreed that the post had no legal basis and should be abolished", False),
        ],
    ),
    # 012 (no claims)
    dict(
        published="2025-04-03T11:00:00Z",
        source="Eastgate Wire",
        slug="interpol-rejects-dodik-red-notice",
        title="Interpol turns down Bosnia's request for Dodik red notice",
        text="""SARAJEVO, April 3 (Eastgate Wire) - Interpol has rejected a request from Bosnia's state court to issue a red notice for Republika Srpska President Milorad Dodik and assembly speaker Nenad Stevandic, a Sarajevo news portal reported on Thursday, citing the organisation.

The refusal was based on a provision of Interpol's constitution that bars it from intervening in cases of a political character, the report said. The state court did not comment.

Dodik, who returned to Bosnia from Moscow this week, said on X that he had learned of the decision in a phone call from Serbian President Aleksandar Vucic, who he said had been informed by Interpol's leadership.

The decision means Dodik can travel abroad with little risk of arrest, although the warrant remains in force inside Bosnia. Legal experts said prosecutors could ask Interpol to review the decision but were unlikely to succeed. Some diplomats in Sarajevo said the refusal would harden Dodik's belief that he could outlast the investigation.""",
        claims=[],
    ),
    # 013 (shift: croat-parties snsd-out-of-government oppose -> conditional)
    dict(
        published="2025-04-10T16:30:00Z",
        source="Halden Gazette",
        slug="covic-ties-new-coalition-to-election-law",
        title="Croat party opens door to new state coalition without Dodik",
        text="""SARAJEVO, April 10 (Halden Gazette) - The Croat party HDZ BiH said on Thursday it was ready to negotiate a new state-level majority without Milorad Dodik's SNSD, but only if its prospective partners agreed to the changes to the election law it has long demanded.

Party leader Dragan Covic said the three Troika parties and opposition parties from Republika Srpska would first have to sit down and sign a written agreement. He said he would back replacing SNSD's ministers only if that agreement guaranteed Croats the right to elect their own member of the presidency.

SDP leader Nermin Niksic, whose party leads the Troika, said a compromise meant nobody got everything they wanted, and repeated that SNSD had no place in the state government. He denied that the Troika was being held hostage by Covic's demands.

SNSD spokesman Radovan Kovacevic said any majority put together without the strongest Serb party would be illegitimate and that SNSD would not leave the Council of Ministers.

A meeting of the prospective partners is planned for next week.""",
        claims=[
            ("croat-parties", "snsd-out-of-government", C, "He said he would back replacing SNSD's ministers only if that agreement guaranteed", True),
            ("bosniak-parties", "snsd-out-of-government", S, "repeated that SNSD had no place in the state government", True),
            ("rs-leadership", "snsd-out-of-government", O, "SNSD would not leave the Council of Ministers", True),
        ],
    ),
    # 014
    dict(
        published="2025-04-15T14:10:00Z",
        source="Continental Report",
        slug="germany-austria-bar-dodik-eu-measures-stall",
        title="Germany, Austria bar Dodik as EU-wide measures stall",
        text="""BRUSSELS, April 15 (Continental Report) - Germany and Austria have barred Republika Srpska President Milorad Dodik from entering their territory, while efforts to agree sanctions at the level of the European Union remain blocked by Hungary.

EU foreign policy chief Kaja Kallas said after a meeting of foreign ministers on Monday that member states could not reach the unanimity needed for EU-wide measures against Dodik. She said the entity's laws against state institutions were a threat to Bosnia's constitutional order and had to be reversed.

Hungary's foreign minister, Peter Szijjarto, called the discussion of sanctions absurd and said Budapest would not support them.

The national entry bans are separate from the US sanctions imposed on Dodik in 2017 and widened in 2022.

Dodik said on X that he had no plans to visit either country and mocked the bans as a sign of European weakness. Diplomats in Brussels said other member states could follow with national measures of their own, but none has yet announced any.""",
        claims=[
            ("eu", "rs-scraps-ban-laws", S, "threat to Bosnia's constitutional order and had to be reversed", True),
        ],
    ),
    # 015
    dict(
        published="2025-04-23T19:00:00Z",
        source="Sava Courier",
        slug="entity-police-stop-sipa-serving-warrant",
        title="Entity police stop state agents from serving Dodik warrant",
        text="""EAST SARAJEVO, April 23 (Sava Courier) - Officers of the SIPA state police agency tried on Wednesday to detain Republika Srpska President Milorad Dodik at the entity government's administrative building in East Sarajevo but withdrew after a confrontation with entity police.

A SIPA spokeswoman said its officers had gone to execute an order of the state court and had been prevented by the Republika Srpska interior ministry. No force was used, she said.

Dodik, who was meeting local officials in the building, wrote on X that SIPA had broken the law by acting in Republika Srpska. He said he felt safe and had no intention of leaving the building under pressure.

SDA leader Bakir Izetbegovic said the warrant had to be executed and that the failure showed entity police were shielding a fugitive.

It was the first known attempt to arrest Dodik since the warrant was issued in March. Dodik later left the building and returned to Banja Luka.""",
        claims=[
            ("rs-leadership", "dodik-answers-summons", O, "had no intention of leaving the building under pressure", True),
            ("bosniak-parties", "dodik-answers-summons", S, "said the warrant had to be executed", True),
        ],
    ),
    # 016
    dict(
        published="2025-04-24T15:30:00Z",
        source="Continental Report",
        slug="schmidt-cuts-funding-to-dodik-parties",
        title="Schmidt cuts off public money to Dodik's parties",
        text="""SARAJEVO, April 24 (Continental Report) - The international High Representative, Christian Schmidt, on Thursday suspended all budget funding for Milorad Dodik's SNSD and its ally United Srpska at every level of government in Bosnia, a day after entity police blocked an attempt to arrest Dodik.

Schmidt told a news conference that the money would be held in a special account at the central bank. He said the two parties were leading an assault on the Dayton agreement and that the laws shutting state institutions out of the entity had to go. He would review the measure once both parties respected the constitution, he said.

Nenad Stevandic, speaker of the Republika Srpska assembly, said Schmidt had no legitimacy and that the sooner his office was shut the better for everyone. The Russian embassy in Sarajevo said the decision showed why the office of the High Representative should be closed.

Dragan Covic's HDZ BiH, which is still negotiating a possible new state majority in exchange for election-law changes, had no immediate comment.""",
        claims=[
            ("ohr", "rs-scraps-ban-laws", S, "the laws shutting state institutions out of the entity had to go", True),
            ("rs-leadership", "close-ohr", S, "the sooner his office was shut the better for everyone", True),
            ("russia", "close-ohr", S, "the decision showed why the office of the High Representative should be closed", True),
            ("croat-parties", "snsd-out-of-government", C, "still negotiating a possible new state majority in exchange for election-law changes", False),
        ],
    ),
    # 017 (no claims)
    dict(
        published="2025-05-09T12:00:00Z",
        source="Northbridge Daily",
        slug="dodik-vucic-at-moscow-victory-parade",
        title="Dodik and Vucic watch Victory Day parade in Moscow",
        text="""MOSCOW, May 9 (Northbridge Daily) - Republika Srpska President Milorad Dodik and Serbian President Aleksandar Vucic were among the foreign guests at Friday's parade on Red Square marking 80 years since the Soviet victory over Nazi Germany.

Both men were seated among the leaders invited by President Vladimir Putin, who hosted a reception in the Kremlin afterwards. Neither Dodik nor Vucic spoke to reporters on Red Square.

It was Dodik's second trip to Moscow since a Bosnian court ordered his arrest in March. Vucic's attendance had been criticised in advance by EU officials, who had urged candidate countries not to travel to Moscow for the anniversary.

Analysts in Belgrade said Vucic was trying to balance ties with Moscow against Serbia's bid to join the European Union, and might pay a diplomatic price in Brussels. Whether the Kremlin would offer Dodik anything beyond a seat at the parade was unclear, they said.""",
        claims=[],
    ),
    # 018
    dict(
        published="2025-05-29T14:20:00Z",
        source="Eastgate Wire",
        slug="constitutional-court-strikes-down-entity-laws",
        title="Constitutional Court strikes down Serb entity's laws",
        text="""SARAJEVO, May 29 (Eastgate Wire) - Bosnia's Constitutional Court on Thursday annulled the laws passed by Republika Srpska in February to ban the state court, prosecutors and police from the entity, ruling that they sought to cancel the state's sovereignty over part of its territory.

The court said only Bosnia's parliament could return powers to the entities. It also struck down the entity's so-called foreign agents law, finding it incompatible with the European Convention on Human Rights. The laws had been suspended since March.

Denis Becirovic, who brought the case, welcomed the ruling and said he would keep using every legal means to protect the constitutional order.

Dodik dismissed the decision, saying the court had no authority over the entity and that its laws would remain in force as far as Republika Srpska was concerned.

The EU delegation in Sarajevo said the ruling was final and binding and had to be implemented in full.""",
        claims=[
            ("bosniak-parties", "rs-scraps-ban-laws", S, "welcomed the ruling and said he would keep using every legal means", True),
            ("rs-leadership", "rs-scraps-ban-laws", O, "its laws would remain in force as far as Republika Srpska was concerned", True),
            ("eu", "rs-scraps-ban-laws", S, "the ruling was final and binding and had to be implemented in full", True),
        ],
    ),
    # 019 (shift: rs-leadership dodik-answers-summons oppose -> conditional)
    dict(
        published="2025-07-04T17:45:00Z",
        source="Halden Gazette",
        slug="dodik-questioned-warrant-lifted",
        title="Dodik gives statement to state prosecutors; arrest warrant lifted",
        text="""SARAJEVO, July 4 (Halden Gazette) - Milorad Dodik appeared voluntarily at the state prosecutor's office in Sarajevo on Friday, accompanied by his lawyer, and was questioned as a suspect in the investigation into an attack on the constitutional order.

The state court then accepted the prosecutors' proposal to cancel the warrant issued in March and released Dodik on condition that he report regularly to police. The court warned that he could be remanded in custody if he breached the conditions.

Dodik told the entity broadcaster RTRS that he had agreed to give a statement only once it was clear he would not be held in custody. He said he did not feel like a winner and was simply tired of the whole affair.

Bosniak parties, which had demanded for months that Dodik be brought in by force, questioned why he had been allowed to set his own terms. The entity's prime minister and assembly speaker are expected to follow Dodik in the coming days.

Dodik's appeal against his February conviction is still pending.""",
        claims=[
            ("rs-leadership", "dodik-answers-summons", C, "agreed to give a statement only once it was clear he would not be held", True),
            ("bosniak-parties", "dodik-answers-summons", S, "Bosniak parties, which had demanded for months that Dodik be brought in by force", False),
        ],
    ),
    # 020
    dict(
        published="2025-08-01T15:00:00Z",
        source="Eastgate Wire",
        slug="appeals-chamber-upholds-dodik-conviction",
        title="Appeals chamber upholds Dodik's conviction and office ban",
        text="""SARAJEVO, Aug 1 (Eastgate Wire) - An appeals chamber of the Court of Bosnia and Herzegovina on Friday upheld Milorad Dodik's one-year prison sentence and six-year ban from holding office, making his conviction for defying the High Representative final.

The ruling opens the way for the Central Election Commission to strip Dodik of his mandate as president of Republika Srpska and to call an early election for the post.

At a news conference in Banja Luka, Dodik called the verdict a political decision by Sarajevo parties and their foreign sponsors and said he would not recognise it. He said he would remain in office and that there would be no early election.

The EU said in a statement that the verdict was binding and must be respected, and called on all parties to accept the independence of the court. The Office of the High Representative said court decisions had to be followed.

Dodik's lawyer said he would appeal to the Constitutional Court and to the European Court of Human Rights.""",
        claims=[
            ("rs-leadership", "enforce-dodik-verdict", O, "said he would not recognise it", True),
            ("rs-leadership", "early-rs-election", O, "He said he would remain in office and that there would be no early election", True),
            ("eu", "enforce-dodik-verdict", S, "the verdict was binding and must be respected", True),
            ("ohr", "enforce-dodik-verdict", S, "court decisions had to be followed", True),
        ],
    ),
    # 021 (duplicate of 020)
    dict(
        published="2025-08-01T17:30:00Z",
        source="Continental Report",
        slug="appeals-court-confirms-dodik-verdict",
        title="Bosnian appeals court confirms Dodik verdict, clearing way for his removal",
        text="""SARAJEVO, Aug 1 (Continental Report) - Bosnia's state court on Friday confirmed on appeal the one-year prison term and six-year office ban handed to Republika Srpska President Milorad Dodik in February, a final ruling in the case over his defiance of the High Representative.

The decision allows the Central Election Commission to end Dodik's mandate and set an early vote for the presidency of the Serb-run entity.

Speaking to reporters in Banja Luka, Dodik described the ruling as a political decision by Sarajevo parties and their foreign sponsors and said he would not recognise it. He said he would remain in office and that there would be no early election.

In a statement, the EU said the verdict was binding and must be respected. The Office of the High Representative said court decisions had to be followed.

Dodik's defence team said it would take the case to the Constitutional Court and to the European Court of Human Rights.""",
        claims=[
            ("rs-leadership", "enforce-dodik-verdict", O, "said he would not recognise it", True),
            ("rs-leadership", "early-rs-election", O, "He said he would remain in office and that there would be no early election", True),
            ("eu", "enforce-dodik-verdict", S, "the verdict was binding and must be respected", True),
            ("ohr", "enforce-dodik-verdict", S, "court decisions had to be followed", True),
        ],
    ),
    # 022
    dict(
        published="2025-08-05T13:00:00Z",
        source="Northbridge Daily",
        slug="belgrade-moscow-reject-dodik-verdict",
        title="Belgrade and Moscow reject Dodik verdict",
        text="""MOSCOW, Aug 5 (Northbridge Daily) - Russia said on Tuesday it was deeply disappointed by the Bosnian appeals ruling that confirmed Milorad Dodik's conviction, calling the case fabricated and the verdict unjust.

Foreign Ministry spokeswoman Maria Zakharova said in a statement that Moscow would use all political means available to support the legitimate authorities of Republika Srpska. She described Christian Schmidt as an impostor, said there had been no High Representative in Bosnia since 2021 and added that the post should be done away with altogether.

Her statement followed an emergency session of Serbia's National Security Council on Saturday. Reading out its conclusions, Serbian President Aleksandar Vucic said Serbia did not recognise the verdict and that it had no legal effect on Serbian territory. He said Dodik would not be arrested if he came to Serbia.

Vucic said he had been warned by two world leaders about how Serbia should behave, but that Serbia was a sovereign country and would make its own decisions.""",
        claims=[
            ("russia", "enforce-dodik-verdict", O, "calling the case fabricated and the verdict unjust", True),
            ("russia", "close-ohr", S, "added that the post should be done away with altogether", True),
            ("serbia", "enforce-dodik-verdict", O, "Serbia did not recognise the verdict", True),
        ],
    ),
    # 023
    dict(
        published="2025-08-07T12:30:00Z",
        source="Sava Courier",
        slug="election-body-strips-dodik-of-presidency",
        title="Election body strips Dodik of presidency; early vote due",
        text="""SARAJEVO, Aug 7 (Sava Courier) - Bosnia's Central Election Commission has revoked Milorad Dodik's mandate as president of Republika Srpska following his final conviction, and must now call an early election for the post.

The commission adopted the decision on Wednesday by a majority of its members. Dodik told supporters in Banja Luka that his party would not take part in any early election imposed from Sarajevo.

Denis Becirovic, the Bosniak member of the presidency, said the election had to be called without delay and that the entity's institutions had no right to obstruct it.

In an interview published on Thursday, Dragan Covic, leader of the Croat HDZ BiH, urged everyone to respect both the court's verdict and the commission's decision, saying that obeying rulings was always better than anarchy.

Dodik had already said on Friday that he would not recognise the verdict.""",
        claims=[
            ("rs-leadership", "early-rs-election", O, "his party would not take part in any early election imposed from Sarajevo", True),
            ("bosniak-parties", "early-rs-election", S, "the election had to be called without delay", True),
            ("croat-parties", "enforce-dodik-verdict", S, "urged everyone to respect both the court's verdict and the commission's decision", True),
        ],
    ),
    # 024
    dict(
        published="2025-08-23T08:00:00Z",
        source="Halden Gazette",
        slug="entity-assembly-rejects-early-vote-sets-referendum",
        title="Serb entity's assembly rejects early vote, sets referendum on Dodik verdict",
        text="""BANJA LUKA, Aug 23 (Halden Gazette) - The Republika Srpska National Assembly voted late on Friday to hold a referendum on October 25 asking citizens whether they accept the decisions of the High Representative, the state court's verdict against Milorad Dodik and the election commission's removal of him from office.

In conclusions adopted at the same session, the assembly rejected the possibility of an early presidential election and called on all parties in the entity not to take part in one. Fifty deputies voted for the referendum, with no votes against; most of the opposition stayed away.

Lawmakers also accepted the resignation of Prime Minister Radovan Viskovic.

Foreign Minister Elmedin Konakovic said the referendum had no legal basis and that the early election had to go ahead whatever the assembly decided.

Opposition leaders in Banja Luka said they would decide later whether to field a candidate.""",
        claims=[
            ("rs-leadership", "early-rs-election", O, "the assembly rejected the possibility of an early presidential election", True),
            ("bosniak-parties", "early-rs-election", S, "the early election had to go ahead whatever the assembly decided", True),
        ],
    ),
    # 025
    dict(
        published="2025-08-28T16:00:00Z",
        source="Continental Report",
        slug="election-commission-sets-november-vote",
        title="Election commission sets Nov 23 early vote for Serb entity president",
        text="""SARAJEVO, Aug 28 (Continental Report) - Bosnia's Central Election Commission on Thursday called an early election for president of Republika Srpska for November 23, to replace Milorad Dodik after he was stripped of his mandate.

SNSD spokesman Radovan Kovacevic said there would be no early election in the entity this year. Republika Srpska would instead send a resounding no to Schmidt and the state judiciary in the October referendum, he said, and elect its president at the regular general election in 2026.

The EU delegation in Sarajevo said it expected all institutions to respect the commission's decision and allow the vote to be organised without obstruction.

The largest opposition party in the entity, the SDS, said it was considering a candidate but had not yet decided whether to take part. Election officials said they would need the cooperation of municipal commissions in the entity, most of them run by supporters of the ruling coalition.

Asked whether the commission would seek police protection for its staff, its spokeswoman declined to comment.""",
        claims=[
            ("rs-leadership", "early-rs-election", O, "there would be no early election in the entity this year", True),
            ("rs-leadership", "enforce-dodik-verdict", O, "send a resounding no to Schmidt and the state judiciary in the October referendum", True),
            ("eu", "early-rs-election", S, "allow the vote to be organised without obstruction", True),
        ],
    ),
    # 026 (shift: rs-leadership early-rs-election oppose -> conditional)
    dict(
        published="2025-09-29T18:00:00Z",
        source="Sava Courier",
        slug="dodik-party-to-run-in-snap-election",
        title="Dodik's party bows to snap presidential election",
        text="""BANJA LUKA, Sept 29 (Sava Courier) - Milorad Dodik's SNSD decided on Monday to take part in the early election for president of Republika Srpska on November 23, a month after the entity's assembly rejected the vote and urged all parties to stay out of it.

The party's main board adopted the decision unanimously. Dodik told the board that SNSD had to run to prevent what he called an attempt to devastate and destabilise the entity, but said the party was entering the race only on condition that the referendum on the verdict still took place. He proposed holding the referendum on election day.

He added that taking part did not mean SNSD accepted the verdict against Dodik or the loss of his mandate. The party did not name a candidate, saying it would first consult its coalition partners.

The opposition SDS named Branko Blanusa, an electrical engineering professor, as its candidate on Sunday.

Analysts said the decision reflected fears that a boycott would hand the presidency to the opposition, and some suggested Dodik had been told as much by allies in Belgrade.""",
        claims=[
            ("rs-leadership", "early-rs-election", C, "entering the race only on condition that the referendum on the verdict still took place", True),
            ("rs-leadership", "enforce-dodik-verdict", O, "taking part did not mean SNSD accepted the verdict against Dodik", True),
        ],
    ),
    # 027
    dict(
        published="2025-10-01T15:00:00Z",
        source="Halden Gazette",
        slug="karan-named-ruling-coalition-candidate",
        title="Karan to be ruling coalition's candidate; Dodik says referendum still on",
        text="""BANJA LUKA, Oct 1 (Halden Gazette) - Sinisa Karan, a minister in the Republika Srpska government and a former entity interior minister, will be the ruling coalition's joint candidate in the November 23 early election for president, Milorad Dodik said on Wednesday after a meeting of coalition leaders.

Dodik said the coalition's participation remained tied to the referendum on the verdict against him, which he said could be moved to January 9 if legal challenges dragged on. He denied that the coalition had given up on the vote, saying it remained determined to let citizens reject the ruling of the state court.

Bosniak parties have challenged the referendum decision before the entity's constitutional court. Dodik said he expected them to file further appeals.

Karan, who holds the science and higher education portfolio, thanked the coalition for its trust and said he would campaign across the entity. He did not comment on the referendum.""",
        claims=[
            ("rs-leadership", "early-rs-election", C, "the coalition's participation remained tied to the referendum on the verdict", True),
            ("rs-leadership", "enforce-dodik-verdict", O, "determined to let citizens reject the ruling of the state court", True),
        ],
    ),
    # 028 (shifts: rs-leadership early-rs-election conditional -> support; rs-scraps-ban-laws oppose -> support)
    dict(
        published="2025-10-18T21:00:00Z",
        source="Eastgate Wire",
        slug="entity-assembly-names-interim-president-scraps-laws",
        title="Serb entity assembly names interim president, scraps laws against state bodies",
        text="""BANJA LUKA, Oct 18 (Eastgate Wire) - The Republika Srpska National Assembly on Saturday appointed Ana Trisic Babic, a long-time adviser to Milorad Dodik, as acting president of the entity until the early election on November 23, formally acknowledging for the first time that Dodik no longer holds the post.

At the same session, deputies repealed the package of laws that had barred Bosnia's state court, prosecutors and police from the entity, together with several other acts already annulled by the Constitutional Court.

Dodik did not attend. In comments to reporters he said the entity's policy had not changed and that secession remained its ultimate goal, but that such steps had to be coordinated with foreign partners.

The US State Department welcomed the assembly's actions, saying they strengthened stability in Bosnia and opened the way to a constructive partnership with the United States.

Opposition deputies, who boycotted the vote, called it Dodik's capitulation. Diplomats in Sarajevo said the moves were part of an understanding reached with Washington in recent weeks, though no details were made public.""",
        claims=[
            ("rs-leadership", "early-rs-election", S, "as acting president of the entity until the early election on November 23", True),
            ("rs-leadership", "rs-scraps-ban-laws", S, "deputies repealed the package of laws that had barred Bosnia's state court", True),
            ("usa", "rs-scraps-ban-laws", S, "The US State Department welcomed the assembly's actions", True),
        ],
    ),
    # 029 (duplicate of 028)
    dict(
        published="2025-10-18T23:30:00Z",
        source="Sava Courier",
        slug="bosnian-serb-lawmakers-repeal-separatist-laws",
        title="Bosnian Serb lawmakers repeal separatist laws, appoint acting president",
        text="""BANJA LUKA, Oct 18 (Sava Courier) - Bosnian Serb lawmakers on Saturday repealed laws that had sought to shut state institutions out of Republika Srpska and named an acting president for the entity, in the clearest sign yet of a retreat by Milorad Dodik.

The National Assembly appointed Ana Trisic Babic, who has advised Dodik for years, as acting president of the entity until the early election on November 23. It was the assembly's first formal admission that Dodik is no longer president.

In the same sitting, deputies repealed the package of laws that had barred Bosnia's state court, prosecutors and police from the entity, along with other acts the Constitutional Court had already struck down.

Dodik, who stayed away from the session, said the entity's policy was unchanged and secession remained its ultimate goal, but that such steps had to be coordinated with foreign partners.

The US State Department welcomed the assembly's actions. Opposition deputies boycotted the vote and called it a capitulation.""",
        claims=[
            ("rs-leadership", "early-rs-election", S, "as acting president of the entity until the early election on November 23", True),
            ("rs-leadership", "rs-scraps-ban-laws", S, "deputies repealed the package of laws that had barred Bosnia's state court", True),
            ("usa", "rs-scraps-ban-laws", S, "The US State Department welcomed the assembly's actions", True),
        ],
    ),
    # 030 (shift: usa lift-dodik-sanctions oppose -> support)
    dict(
        published="2025-10-29T20:30:00Z",
        source="Continental Report",
        slug="us-lifts-sanctions-on-dodik",
        title="US lifts sanctions on Dodik, family and allies",
        text="""WASHINGTON, Oct 29 (Continental Report) - The US Treasury on Wednesday removed Milorad Dodik, members of his family and dozens of his political allies and companies from its sanctions list, reversing penalties first imposed on the Bosnian Serb leader in 2017.

The Treasury's Office of Foreign Assets Control gave no reason for the delisting. The State Department said the recent constructive actions of the Republika Srpska assembly should improve stability in Bosnia and allow a partnership with the United States based on mutual interests.

Dodik thanked President Donald Trump on X for correcting what he called a grave injustice and described the decision as a moral vindication.

The SDA, the largest Bosniak party, said lifting the measures rewarded years of attacks on the Bosnian state.

In Washington, senior Democrats on the Senate and House foreign affairs committees criticised the decision as premature and said it sent the wrong signal to the region. A US official, speaking on condition of anonymity, said the review of the listings had begun months ago.""",
        claims=[
            ("usa", "lift-dodik-sanctions", S, "The US Treasury on Wednesday removed Milorad Dodik", True),
            ("usa", "rs-scraps-ban-laws", S, "the recent constructive actions of the Republika Srpska assembly should improve stability", True),
            ("rs-leadership", "lift-dodik-sanctions", S, "described the decision as a moral vindication", True),
            ("bosniak-parties", "lift-dodik-sanctions", O, "lifting the measures rewarded years of attacks on the Bosnian state", True),
        ],
    ),
    # 031
    dict(
        published="2025-11-03T21:00:00Z",
        source="Northbridge Daily",
        slug="russia-repeats-call-to-close-envoy-office",
        title="Russia repeats call to close envoy's office as UN extends EU force",
        text="""UNITED NATIONS, Nov 3 (Northbridge Daily) - The UN Security Council has extended the mandate of the EU-led peacekeeping force in Bosnia, EUFOR Althea, for another year, with Russia voting in favour while again demanding an end to international supervision of the country.

Russia's representative told the council that the Office of the High Representative had outlived any purpose and should be closed without delay. He said Christian Schmidt had never been endorsed by the council.

Schmidt did not address the meeting. His office said in a written report to the council that it would remain until the conditions set by the Peace Implementation Council were met, including a settlement of state property.

The US representative welcomed what she called a de-escalation in Bosnia but did not mention the High Representative. Some diplomats read the omission as a sign that Washington was cooling on the office; others said it meant nothing.

The EU said EUFOR remained essential to a safe and secure environment in Bosnia.""",
        claims=[
            ("russia", "close-ohr", S, "had outlived any purpose and should be closed without delay", True),
            ("ohr", "close-ohr", C, "it would remain until the conditions set by the Peace Implementation Council were met", True),
        ],
    ),
    # 032
    dict(
        published="2025-11-21T16:00:00Z",
        source="Eastgate Wire",
        slug="dayton-at-thirty-leaders-split-over-envoy",
        title="Thirty years after Dayton, leaders split over international envoy's future",
        text="""SARAJEVO, Nov 21 (Eastgate Wire) - Bosnia marked thirty years since the Dayton peace agreement on Friday with its leaders as divided as ever over the role of the international High Representative.

Addressing the Republika Srpska assembly, Milorad Dodik called for a time-limited dialogue among the signatories of the agreement and said the High Representative's office had to be closed for Bosnia to function as a sovereign country.

Denis Becirovic, the Bosniak member of the presidency, said closing the office now would reward those who had attacked the constitution, and that it must stay until the state was secure.

Christian Schmidt said at a commemoration in Sarajevo that he had no intention of leaving before the conditions for closing the office were fulfilled.

The European Union's delegation said it would support a transition from the office to full local ownership once the agreed objectives and conditions were met.

Dragan Covic did not attend the commemoration. His office declined to say why.""",
        claims=[
            ("rs-leadership", "close-ohr", S, "the High Representative's office had to be closed", True),
            ("bosniak-parties", "close-ohr", O, "closing the office now would reward those who had attacked the constitution", True),
            ("ohr", "close-ohr", C, "no intention of leaving before the conditions for closing the office were fulfilled", True),
            ("eu", "close-ohr", C, "once the agreed objectives and conditions were met", True),
        ],
    ),
    # 033 (no claims)
    dict(
        published="2025-11-24T09:00:00Z",
        source="Halden Gazette",
        slug="karan-edges-ahead-opposition-cries-foul",
        title="Karan edges ahead in Serb entity presidential vote; opposition cries foul",
        text="""BANJA LUKA, Nov 24 (Halden Gazette) - Sinisa Karan, the candidate of Milorad Dodik's SNSD, narrowly led the early election for president of Republika Srpska with nearly all polling stations counted, according to preliminary results published by the Central Election Commission on Monday.

Karan had about 50.3 percent of the vote against 48.4 percent for Branko Blanusa of the opposition SDS.

Karan declared victory at the party's headquarters in Banja Luka on Sunday night. Blanusa refused to concede and said his party would demand repeat voting in several municipalities, including Doboj, Zvornik and Laktasi, where it alleged irregularities.

Votes sent by post from abroad were still being counted. The commission said it would examine all complaints before confirming the result, which could take several weeks.

Analysts said the narrow margin suggested that SNSD's grip on the entity had weakened, and that the opposition would use the result to prepare for next year's general election.""",
        claims=[],
    ),
]

SHIFTS = [
    dict(actor="croat-parties", issue="snsd-out-of-government", **{"from": "oppose", "to": "conditional"}, article="013",
         why="Covic now says HDZ BiH would back replacing SNSD's ministers only if a written deal guarantees its election-law demands; in 010 he would not help build a majority just to push SNSD out (baseline oppose)."),
    dict(actor="rs-leadership", issue="dodik-answers-summons", **{"from": "oppose", "to": "conditional"}, article="019",
         why="Dodik appears before prosecutors but says he agreed to give a statement only once it was clear he would not be held in custody; in 004, 006, 008 and 015 he refused to answer the summons."),
    dict(actor="rs-leadership", issue="early-rs-election", **{"from": "oppose", "to": "conditional"}, article="026",
         why="SNSD's main board decides to run in the November 23 election, only on condition that the referendum still takes place; in 020, 023, 024 and 025 Dodik, the assembly and the party spokesman rejected any early election."),
    dict(actor="rs-leadership", issue="early-rs-election", **{"from": "conditional", "to": "support"}, article="028",
         why="The assembly formally appoints an acting president to serve until the November 23 early election; in 026 and 027 participation was still tied to the referendum."),
    dict(actor="rs-leadership", issue="rs-scraps-ban-laws", **{"from": "oppose", "to": "support"}, article="028",
         why="The assembly repeals the laws barring the state court, prosecutors and police; it passed them in 002 and Dodik kept them in force in 003, 004 and 018."),
    dict(actor="usa", issue="lift-dodik-sanctions", **{"from": "oppose", "to": "support"}, article="030",
         why="The Treasury removes Dodik, his family and allies from the sanctions list (baseline oppose: sanctions in force since 2017, widened in 2022)."),
]

DUPLICATES = [("020", "021"), ("028", "029")]

DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \((?P<outlet>[^)]+)\) - ")


def parse_watchlist(path):
    """Minimal parser for the watchlist format used here (no third-party YAML)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                section = line.rstrip(":").strip()
                continue
            m = re.match(r"^\s+- id: (\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^\s+- \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(dict(actor=m.group(1), issue=m.group(2), stance=m.group(3)))
    return actors, issues, baseline


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def build():
    errors = []
    arts = []
    for n, a in enumerate(ARTICLES, start=1):
        aid = f"{n:03d}"
        outlet_slug = OUTLETS[a["source"]]
        y, mth, d = a["published"][:10].split("-")
        url = f"https://example.org/{outlet_slug}/{y}/{mth}/{d}/{a['slug']}"
        arts.append(dict(id=aid, published=a["published"], source=a["source"], url=url,
                         title=a["title"], text=a["text"].strip(), claims=a["claims"]))

    # write articles
    adir = os.path.join(HERE, "articles")
    fdir = os.path.join(HERE, "feeds")
    for d in (adir, fdir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in arts:
        rec = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(adir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    # write feeds (newest first)
    for outlet, slug in OUTLETS.items():
        items = sorted([a for a in arts if a["source"] == outlet], key=lambda a: a["published"], reverse=True)
        if not items:
            errors.append(f"outlet {outlet} has no articles")
            continue
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(outlet)}</title>",
               f"    <link>https://example.org/{slug}/</link>",
               f"    <description>{escape(outlet)}: fictional outlet for the shiftwatch evaluation set bosnia-dodik-crisis-2025</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{rfc822(items[0]['published'])}</lastBuildDate>"]
        for a in items:
            out += ["    <item>",
                    f"      <title>{escape(a['title'])}</title>",
                    f"      <link>{escape(a['url'])}</link>",
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                    f"      <pubDate>{rfc822(a['published'])}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(fdir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))

    # labels
    claims = {}
    for a in arts:
        claims[a["id"]] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["claims"]]
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]
    labels = dict(claims=claims, shifts=SHIFTS, no_alert_articles=no_alert)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # ---------------- validation ----------------
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append(f"watchlist has {len(actors)} actors (want 5-8)")
    if not 5 <= len(issues) <= 7:
        errors.append(f"watchlist has {len(issues)} issues (want 5-7)")
    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues or b["stance"] not in (S, O, C):
            errors.append(f"bad baseline entry {b}")

    prev = None
    for n, a in enumerate(arts, start=1):
        if a["id"] != f"{n:03d}":
            errors.append(f"id {a['id']} out of sequence")
        if prev and a["published"] < prev:
            errors.append(f"{a['id']} published before its predecessor")
        prev = a["published"]
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            errors.append(f"{a['id']} has {words} words")
        m = DATELINE.match(a["text"])
        if not m:
            errors.append(f"{a['id']} dateline malformed: {a['text'][:60]!r}")
        elif m.group("outlet") != a["source"]:
            errors.append(f"{a['id']} dateline outlet {m.group('outlet')} != {a['source']}")
        seen = set()
        for c in claims[a["id"]]:
            if c["actor"] not in actors:
                errors.append(f"{a['id']} unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errors.append(f"{a['id']} unknown issue {c['issue']}")
            if c["stance"] not in (S, O, C):
                errors.append(f"{a['id']} bad stance {c['stance']}")
            if c["quote"] not in a["text"]:
                errors.append(f"{a['id']} quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errors.append(f"{a['id']} quote longer than 15 words: {c['quote']!r}")
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append(f"{a['id']} duplicate actor/issue claim {key}")
            seen.add(key)

    # shifts recomputed from baseline + attributed claims in article order
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    recomputed = []
    for a in arts:
        for c in claims[a["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append((c["actor"], c["issue"], old, c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        errors.append(f"shift mismatch:\n  recomputed {sorted(recomputed)}\n  labelled   {sorted(labelled)}")
    for s in SHIFTS:
        if s["actor"] not in actors or s["issue"] not in issues:
            errors.append(f"shift with unknown actor/issue {s}")

    if sorted(set(a["id"] for a in arts) - set(no_alert)) != shift_articles:
        errors.append("no_alert_articles is not every article except the shift articles")

    # duplicates: same day, different outlet, later copy, identical claim tuples
    byid = {a["id"]: a for a in arts}
    for orig, copy in DUPLICATES:
        o, c = byid[orig], byid[copy]
        if o["published"][:10] != c["published"][:10] or o["source"] == c["source"] or c["published"] <= o["published"]:
            errors.append(f"duplicate pair {orig}/{copy} not same-day later copy from another outlet")
        to = sorted((x["actor"], x["issue"], x["stance"]) for x in claims[orig])
        tc = sorted((x["actor"], x["issue"], x["stance"]) for x in claims[copy])
        if to != tc:
            errors.append(f"duplicate pair {orig}/{copy} claims differ")
    if not any(orig in shift_articles for orig, _ in DUPLICATES):
        errors.append("no duplicate pair contains a shift article")

    # xmllint
    for fn in sorted(os.listdir(fdir)):
        r = subprocess.run(["xmllint", "--noout", os.path.join(fdir, fn)], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"xmllint failed on {fn}: {r.stderr.strip()}")

    # summary
    allc = [c for a in arts for c in claims[a["id"]]]
    counts = {st: sum(1 for c in allc if c["stance"] == st) for st in (S, O, C)}
    unattr = sum(1 for c in allc if not c["attributed"])
    empty = [a["id"] for a in arts if not claims[a["id"]]]
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {S, O})
    print(f"articles: {len(arts)}  outlets: " + ", ".join(f"{o}={sum(1 for a in arts if a['source'] == o)}" for o in OUTLETS))
    print(f"words per article: min {min(len(a['text'].split()) for a in arts)}, max {max(len(a['text'].split()) for a in arts)}")
    print(f"claims: {len(allc)}  " + ", ".join(f"{k}={v}" for k, v in counts.items()) + f"  attributed false={unattr}")
    print(f"shifts: {len(SHIFTS)} in articles {shift_articles} (support/oppose reversals: {reversals})")
    print(f"no-claim articles: {empty}")
    print(f"duplicates: {DUPLICATES}")
    if not 30 <= len(arts) <= 34:
        errors.append("article count out of range")
    if not 60 <= len(allc) <= 90:
        errors.append("claim count out of range")
    if counts[C] < 6:
        errors.append("fewer than 6 conditional claims")
    if not 5 <= len(SHIFTS) <= 8:
        errors.append("shift count out of range")
    if reversals > 2:
        errors.append("more than two support/oppose reversals")
    if not 3 <= len(empty) <= 4:
        errors.append("want 3-4 no-claim articles")

    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        return 1
    print("\nvalidation passed")
    return 0


if __name__ == "__main__":
    sys.exit(build())
