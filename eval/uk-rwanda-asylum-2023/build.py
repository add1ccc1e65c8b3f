#!/usr/bin/env python3
"""Build and validate the uk-rwanda-asylum-2023 blind evaluation set.

Self-contained: writes articles/NNN.json, feeds/<outlet>.xml and labels.json from the data below,
then checks quotes, ids, watchlist references, shift consistency and word counts.
Usage: python3 build.py   (run from any directory)
"""
import json, os, re, subprocess, sys
from email.utils import format_datetime
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "Lantern Wire": "lantern-wire",
    "Eastbank Courier": "eastbank-courier",
    "Tidewater Post": "tidewater-post",
    "Kestrel News": "kestrel-news",
    "Granite Herald": "granite-herald",
}

# Each article: (published, source, slug, title, text, claims)
# claims: (actor, issue, stance, quote, attributed)
A = []
def art(published, source, slug, title, text, claims):
    A.append(dict(published=published, source=source, slug=slug, title=title, text=text.strip(), claims=claims))

art("2022-04-14T11:00:00Z", "Lantern Wire", "uk-rwanda-sign-asylum-partnership",
"Britain and Rwanda sign deal to send asylum seekers to Kigali",
"""KIGALI, April 14 (Lantern Wire) - Britain and Rwanda signed an agreement on Thursday under which some people who cross the Channel in small boats will be flown to the east African country to have their asylum claims processed there.

Home Secretary Priti Patel signed the Migration and Economic Development Partnership with Rwandan Foreign Minister Vincent Biruta at a ceremony in Kigali. Patel said the partnership would break the business model of people-smuggling gangs and that the first flights should leave within months. Britain is paying an initial 120 million pounds towards Rwanda's development.

Biruta said Rwanda was ready to welcome those relocated and to offer them a chance to build new lives, calling the deal a partnership grounded in shared responsibility for global migration.

Labour's Yvette Cooper called the plan unworkable, unethical and extortionately expensive. The UN refugee agency UNHCR said it was firmly opposed to arrangements that shift responsibility for asylum claims to other countries.""",
[("uk-government","rwanda-removals","support","the first flights should leave within months",True),
 ("rwanda","rwanda-removals","support","Rwanda was ready to welcome those relocated",True),
 ("labour","rwanda-removals","oppose","called the plan unworkable, unethical and extortionately expensive",True),
 ("unhcr","rwanda-removals","oppose","it was firmly opposed to arrangements that shift responsibility for asylum claims",True)])

art("2022-06-14T22:30:00Z", "Eastbank Courier", "first-rwanda-flight-grounded",
"First Rwanda flight grounded after last-minute Strasbourg ruling",
"""LONDON, June 14 (Eastbank Courier) - The first flight meant to carry asylum seekers from Britain to Rwanda was cancelled minutes before take-off on Tuesday night after the European Court of Human Rights intervened in the case of an Iraqi man due to be on board.

The court issued an urgent interim measure saying the man should not be removed until British courts had completed their review of the policy's lawfulness. Lawyers for the other passengers then secured similar relief, and the chartered plane never left its military airfield in Wiltshire.

Home Secretary Priti Patel said she was disappointed but would not be deterred from doing the right thing. She said preparations for the next flight would begin at once and that many of the court's decisions had been made behind closed doors.

The court sits in Strasbourg and is separate from the European Union. Its interim measures are binding on the 46 member states of the Council of Europe, which Britain helped to found.""",
[("council-of-europe","rwanda-removals","oppose","The court issued an urgent interim measure saying the man should not be removed",True),
 ("uk-government","rwanda-removals","support","would not be deterred from doing the right thing",True)])

art("2022-06-16T09:00:00Z", "Kestrel News", "ministers-weigh-options-after-grounded-flight",
"Ministers weigh options after Rwanda flight is halted",
"""LONDON, June 16 (Kestrel News) - Two days after the first Rwanda flight was grounded, government lawyers were studying how to stop the European Court of Human Rights from halting future departures, officials said.

Several Conservative backbenchers urged Prime Minister Boris Johnson to take Britain out of the European Convention on Human Rights altogether. Downing Street said on Thursday there were no plans to leave the convention, though it would keep all options under review as it prepared a British bill of rights.

Some legal commentators predicted that the government would eventually test how far it could go in ignoring interim measures from Strasbourg. Others said such a step would damage Britain's standing with its allies.

Asked whether the next flight would take place before the summer recess, a Home Office spokeswoman declined to give a date. Rwandan officials said they would wait for Britain to decide its next steps.""",
[("uk-government","leave-echr","oppose","there were no plans to leave the convention",True)])

art("2022-12-19T14:00:00Z", "Granite Herald", "high-court-rules-rwanda-policy-lawful",
"High Court rules Rwanda policy lawful, clearing path for flights",
"""LONDON, Dec 19 (Granite Herald) - The High Court ruled on Monday that the government's plan to send asylum seekers to Rwanda is lawful, although judges found that ministers had failed to consider the circumstances of eight people they had tried to remove.

Home Secretary Suella Braverman welcomed the judgment and said she would move forward with the policy as quickly as possible. "This is what the British people want," she said.

In Kigali, government spokeswoman Yolande Makolo said Rwanda welcomed the decision and stood ready to receive people relocated from Britain, offering them safety and opportunity.

Yvette Cooper, Labour's home affairs spokeswoman, said the scheme remained unworkable and a costly distraction from the job of tackling smuggling gangs. Charities involved in the case said they would consider an appeal.""",
[("uk-government","rwanda-removals","support","she would move forward with the policy as quickly as possible",True),
 ("rwanda","rwanda-removals","support","stood ready to receive people relocated from Britain",True),
 ("labour","rwanda-removals","oppose","the scheme remained unworkable and a costly distraction",True)])

art("2023-03-18T16:00:00Z", "Tidewater Post", "braverman-tours-kigali-housing",
"Braverman tours new housing in Kigali meant for UK arrivals",
"""KIGALI, March 18 (Tidewater Post) - British Home Secretary Suella Braverman visited a housing estate on the outskirts of Kigali on Saturday that is meant to house some of the people Britain wants to relocate to Rwanda.

Braverman met President Paul Kagame and Foreign Minister Vincent Biruta during the two-day visit. She told reporters she was more determined than ever to see the partnership succeed and that she hoped flights would begin by the summer, subject to the courts.

Kagame did not speak to reporters after the meeting. Rwandan officials said the country was honouring its side of the agreement.

Only a handful of journalists were invited on the trip, and several outlets critical of the policy were not included, prompting complaints from broadcasters. The visit came as Parliament debated a separate bill that would bar people arriving in small boats from claiming asylum in Britain.""",
[("uk-government","rwanda-removals","support","more determined than ever to see the partnership succeed",True),
 ("rwanda","rwanda-removals","support","the country was honouring its side of the agreement",True)])

art("2023-06-29T15:30:00Z", "Eastbank Courier", "court-of-appeal-rwanda-unlawful",
"Court of Appeal rules Rwanda plan unlawful; Sunak to appeal",
"""LONDON, June 29 (Eastbank Courier) - The Court of Appeal ruled on Thursday that Britain's plan to send asylum seekers to Rwanda is unlawful because deficiencies in Rwanda's asylum system meant people could be returned to countries where they faced persecution.

Prime Minister Rishi Sunak said he respected the court but fundamentally disagreed with its conclusions. He said the government would seek permission to appeal to the Supreme Court and would do whatever was necessary to get flights off the ground.

Rwandan government spokeswoman Yolande Makolo said Rwanda took issue with the ruling, calling the country one of the safest in the world, and said it remained committed to making the partnership work.

The UN refugee agency, which gave evidence in the case, said it continued to urge Britain to drop the plan and work with European partners on safe routes instead. Labour said the judgment showed the policy had been a failure from the start.""",
[("uk-government","rwanda-removals","support","would do whatever was necessary to get flights off the ground",True),
 ("rwanda","rwanda-removals","support","it remained committed to making the partnership work",True),
 ("unhcr","rwanda-removals","oppose","it continued to urge Britain to drop the plan",True),
 ("labour","rwanda-removals","oppose","the policy had been a failure from the start",True)])

art("2023-10-03T13:00:00Z", "Kestrel News", "braverman-conference-speech-migration",
"Braverman warns of 'hurricane' of migration in conference speech",
"""MANCHESTER, Oct 3 (Kestrel News) - Home Secretary Suella Braverman told the Conservative Party conference on Tuesday that wealthy countries faced a hurricane of migration and that international rules written after the Second World War needed to be reformed.

Braverman repeatedly declined to say in interviews whether Britain should leave the European Convention on Human Rights if the Supreme Court rules against the Rwanda plan next month, saying she would not prejudge the case.

Party members in the hall gave her a standing ovation. Some ministers privately complained that the speech was an early pitch for the party leadership.

Analysts said the line taken by Downing Street after the ruling would show how far Prime Minister Rishi Sunak was willing to go. One former government lawyer said a clash with Strasbourg was now more likely than at any time since Britain ratified the convention.""",
[])

art("2023-11-13T12:00:00Z", "Granite Herald", "braverman-sacked-cleverly-home-secretary",
"Sunak sacks Braverman, moves Cleverly to Home Office",
"""LONDON, Nov 13 (Granite Herald) - Prime Minister Rishi Sunak sacked Suella Braverman as home secretary on Monday after she accused the police of bias in an unauthorised newspaper article, and appointed Foreign Secretary James Cleverly in her place.

Cleverly said on his first day at the Home Office that the Rwanda partnership remained central to the government's plan to stop the boats and that he would not abandon it. He said he was confident of the government's case before the Supreme Court, which will give its ruling on Wednesday.

Former prime minister David Cameron returned to government as foreign secretary in the same reshuffle.

Braverman, now on the backbenches, said it had been the greatest privilege to serve and that she would have more to say in due course. Allies said she would use her freedom to press for tougher measures on migration.""",
[("uk-government","rwanda-removals","support","the Rwanda partnership remained central to the government's plan",True)])

art("2023-11-14T18:00:00Z", "Tidewater Post", "braverman-letter-accuses-sunak",
"Braverman letter accuses Sunak of having no plan B on Rwanda",
"""LONDON, Nov 14 (Tidewater Post) - Suella Braverman accused Rishi Sunak on Tuesday of failing to prepare for defeat in the Supreme Court, publishing a scathing letter a day after he removed her as home secretary.

In the letter, Braverman said Sunak had broken a promise to introduce legislation that would block challenges under the European Convention on Human Rights, and that his "magical thinking" had left the government without a credible plan B. She said Britain should be ready to leave the convention if that was what it took to stop the boats.

Downing Street said the prime minister was focused on delivery and that he would not engage with a personal attack. A spokesman would not comment on what the government would do if it lost.

Several right-wing Conservative MPs said the letter reflected widespread frustration on the backbenches.""",
[])

art("2023-11-15T12:30:00Z", "Lantern Wire", "supreme-court-rwanda-sunak-treaty",
"Sunak vows emergency law and treaty after Supreme Court rejects Rwanda plan",
"""LONDON, Nov 15 (Lantern Wire) - Britain's Supreme Court ruled unanimously on Wednesday that the government's plan to send asylum seekers to Rwanda is unlawful, upholding a finding that people could be sent back to danger from there.

Prime Minister Rishi Sunak said the government would sign a new treaty with Rwanda and pass emergency legislation confirming that Rwanda is safe. "I will not allow a foreign court to block these flights," he told a news conference, adding that he was prepared to change domestic laws and revisit international relationships if the courts stood in the way.

The judges relied heavily on evidence from the UN refugee agency about failures in Rwanda's asylum system. The agency said it hoped the government would now pursue other approaches.

Rwanda's government spokeswoman Yolande Makolo said Kigali took issue with the ruling but remained committed to the partnership. Labour leader Keir Starmer said the government's central policy had collapsed and should be abandoned.""",
[("uk-government","leave-echr","conditional","prepared to change domestic laws and revisit international relationships",True),
 ("uk-government","rwanda-removals","support","I will not allow a foreign court to block these flights",True),
 ("uk-government","safety-of-rwanda-bill","support","pass emergency legislation confirming that Rwanda is safe",True),
 ("unhcr","rwanda-removals","oppose","it hoped the government would now pursue other approaches",True),
 ("rwanda","rwanda-removals","support","Kigali took issue with the ruling but remained committed to the partnership",True),
 ("labour","rwanda-removals","oppose","the government's central policy had collapsed and should be abandoned",True)])

art("2023-11-15T15:45:00Z", "Kestrel News", "court-blocks-rwanda-scheme-sunak-responds",
"Top UK court blocks Rwanda scheme; Sunak promises new law and treaty",
"""LONDON, Nov 15 (Kestrel News) - The UK Supreme Court unanimously ruled on Wednesday that the Rwanda asylum scheme is unlawful, agreeing with a lower court that people removed there risked being returned to places where they could be persecuted.

Prime Minister Rishi Sunak responded by promising emergency legislation declaring Rwanda safe and a binding treaty with Kigali. "I will not allow a foreign court to block these flights," he said, and he told reporters he was prepared to change domestic laws and revisit international relationships if needed.

The court gave significant weight to evidence from the UN refugee agency on problems in Rwanda's asylum procedures. The agency said it hoped the government would now pursue other approaches.

Yolande Makolo, speaking for Rwanda's government, said Kigali took issue with the ruling but remained committed to the partnership. Labour's Keir Starmer said the government's central policy had collapsed and should be abandoned.""",
[("uk-government","leave-echr","conditional","prepared to change domestic laws and revisit international relationships",True),
 ("uk-government","rwanda-removals","support","I will not allow a foreign court to block these flights",True),
 ("uk-government","safety-of-rwanda-bill","support","promising emergency legislation declaring Rwanda safe",True),
 ("unhcr","rwanda-removals","oppose","it hoped the government would now pursue other approaches",True),
 ("rwanda","rwanda-removals","support","Kigali took issue with the ruling but remained committed to the partnership",True),
 ("labour","rwanda-removals","oppose","the government's central policy had collapsed and should be abandoned",True)])

art("2023-11-17T10:00:00Z", "Eastbank Courier", "new-conservatives-echr-council-of-europe",
"Right-wing Tories press for ECHR exit as Council of Europe warns London",
"""LONDON, Nov 17 (Eastbank Courier) - The New Conservatives, a group of right-wing Conservative MPs, said on Friday that Britain should be prepared to leave the European Convention on Human Rights if judges in Strasbourg move to block the revived Rwanda flights.

In a paper circulated to MPs, the group said the emergency legislation promised by the prime minister must shut out challenges under the convention and under the Human Rights Act. Its co-chairs said they would judge the bill on whether it could deliver flights by spring.

Council of Europe Secretary General Marija Pejcinovic Buric said that leaving the convention would be a serious step backwards for human rights in Europe and urged all 46 members to remain bound by it.

Government ministers have said they have no plan to leave the convention. Lawyers noted that no member state has left since Greece withdrew under military rule in 1969.""",
[("tory-right","safety-of-rwanda-bill","conditional","the emergency legislation promised by the prime minister must shut out challenges",True),
 ("tory-right","leave-echr","conditional","should be prepared to leave the European Convention on Human Rights if",True),
 ("council-of-europe","leave-echr","oppose","leaving the convention would be a serious step backwards for human rights",True),
 ("uk-government","leave-echr","oppose","ministers have said they have no plan to leave the convention",False)])

art("2023-12-05T14:00:00Z", "Granite Herald", "cleverly-biruta-sign-rwanda-treaty",
"Cleverly signs Rwanda treaty in Kigali to revive deportation plan",
"""KIGALI, Dec 5 (Granite Herald) - Home Secretary James Cleverly signed a new treaty with Rwanda in Kigali on Tuesday, aiming to address the Supreme Court's concerns and restart the stalled plan to relocate asylum seekers.

The treaty bars Rwanda from sending anyone relocated from Britain to another country where they could face danger and creates a monitoring committee and an appeals body with judges from other Commonwealth states. Cleverly, who signed alongside Foreign Minister Vincent Biruta, said the agreement answered every point the court had raised and that flights should follow soon.

Biruta said Rwanda had always been a safe place for refugees and was proud to sign a treaty that strengthened the partnership.

Labour's Yvette Cooper called the treaty another expensive gimmick and said the government should spend the money on clearing the asylum backlog instead.""",
[("uk-government","rwanda-removals","support","the agreement answered every point the court had raised and that flights should follow soon",True),
 ("rwanda","rwanda-removals","support","proud to sign a treaty that strengthened the partnership",True),
 ("labour","rwanda-removals","oppose","called the treaty another expensive gimmick",True)])

art("2023-12-06T21:00:00Z", "Tidewater Post", "jenrick-resigns-over-rwanda-bill",
"Immigration minister Jenrick resigns, saying Rwanda bill falls short",
"""LONDON, Dec 6 (Tidewater Post) - Robert Jenrick resigned as immigration minister on Wednesday hours after the government published its Safety of Rwanda Bill, saying the draft law did not go far enough to stop legal challenges.

In his resignation letter, Jenrick said the bill was a triumph of hope over experience. He told allies he would back it only if it were strengthened to exclude claims under international law, including the European Convention on Human Rights.

Prime Minister Rishi Sunak said the bill was the toughest anti-illegal migration legislation ever introduced and urged MPs to pass it quickly. It instructs courts to treat Rwanda as a safe country and lets ministers decide whether to comply with interim measures from the European Court of Human Rights.

Suella Braverman, sacked as home secretary last month, said the bill was fatally flawed and would fail.""",
[("tory-right","safety-of-rwanda-bill","conditional","he would back it only if it were strengthened",True),
 ("uk-government","safety-of-rwanda-bill","support","urged MPs to pass it quickly",True)])

art("2023-12-07T16:30:00Z", "Lantern Wire", "rwanda-warns-lawful-behaviour",
"Rwanda warns it could walk away if Britain breaks international law",
"""KIGALI, Dec 7 (Lantern Wire) - Rwanda said on Thursday that it would not be able to stay in its asylum partnership with Britain unless London acted lawfully, a warning aimed at Conservative lawmakers who want the new bill to override international treaties.

"Without lawful behaviour by the UK, Rwanda would not be able to continue with the partnership," Foreign Minister Vincent Biruta said in a statement. He said Rwanda had always insisted that both countries meet high standards of international law.

The statement came a day after the immigration minister resigned. A Rwandan official said Kigali was watching the debate in the House of Commons closely.

Downing Street said it had taken Rwanda's views into account in drafting the bill.""",
[("rwanda","rwanda-removals","conditional","Without lawful behaviour by the UK, Rwanda would not be able to continue",True)])

art("2023-12-11T19:00:00Z", "Kestrel News", "erg-lawyers-bill-not-fit",
"ERG lawyers say Rwanda bill needs major changes before key vote",
"""LONDON, Dec 11 (Kestrel News) - A panel of lawyers convened by the European Research Group said on Monday that the Safety of Rwanda Bill would not stop individual challenges and needed major amendments.

The group's chairman said its members could support the bill at a later stage only if ministers accepted changes to close off appeals under human rights law. He did not say how members would vote at second reading on Tuesday.

Prime Minister Rishi Sunak told a news conference that the bill was robust and that he would not water down its reliance on international law. He said going further would cause Rwanda to abandon the scheme.

Labour's home affairs spokeswoman Yvette Cooper said her party would vote against what she called an unworkable law.""",
[("tory-right","safety-of-rwanda-bill","conditional","could support the bill at a later stage only if ministers accepted changes",True),
 ("uk-government","safety-of-rwanda-bill","support","the bill was robust",True),
 ("labour","safety-of-rwanda-bill","oppose","her party would vote against what she called an unworkable law",True)])

art("2023-12-12T23:00:00Z", "Eastbank Courier", "rwanda-bill-clears-second-reading",
"Rwanda bill clears first Commons test as right-wingers abstain",
"""LONDON, Dec 12 (Eastbank Courier) - The Safety of Rwanda Bill passed its second reading in the House of Commons on Tuesday by 313 votes to 269, after right-wing Conservatives who had threatened to vote against it abstained instead.

Labour voted against the bill as a whole. No Conservative MP voted against it, but several dozen right-wingers did not vote, saying they wanted to keep pressure on the government to toughen the bill at committee stage in January.

Prime Minister Rishi Sunak said the result showed the House backed his plan. "We now need to make it law so we can get flights going to Rwanda," he said.

Some commentators said the rebellion had only been postponed. Whips declined to say whether concessions had been offered to secure the abstentions.""",
[("labour","safety-of-rwanda-bill","oppose","Labour voted against the bill as a whole",True),
 ("tory-right","safety-of-rwanda-bill","conditional","they wanted to keep pressure on the government to toughen the bill",True),
 ("uk-government","safety-of-rwanda-bill","support","We now need to make it law so we can get flights going",True)])

art("2024-01-10T11:00:00Z", "Granite Herald", "rwanda-makolo-no-refund-committed",
"Rwanda says it remains committed to UK deal, owes no refund",
"""KIGALI, Jan 10 (Granite Herald) - Rwanda remains committed to its migration partnership with Britain, government spokeswoman Yolande Makolo said on Wednesday, adding that Kigali was satisfied the new treaty meets international standards.

"We are ready to receive people as soon as the UK is ready," Makolo told reporters. She said the money Britain had paid so far was development funding, and that the agreement placed no obligation on Rwanda to pay anything back if no one was relocated.

Britain has paid Rwanda 240 million pounds under the deal so far, with further payments due, according to figures released by the Home Office last month.

Labour, which has promised to scrap the scheme, has demanded to know what taxpayers have received for the money. The bill that would declare Rwanda safe returns to the House of Commons next week.""",
[("rwanda","rwanda-removals","support","We are ready to receive people as soon as the UK is ready",True),
 ("rwanda","rwanda-refund","oppose","placed no obligation on Rwanda to pay anything back",True),
 ("labour","rwanda-removals","oppose","Labour, which has promised to scrap the scheme",False)])

art("2024-01-17T22:30:00Z", "Tidewater Post", "commons-passes-rwanda-bill-jenrick-votes-against",
"Commons passes Rwanda bill as Jenrick and 10 other Tories vote against",
"""LONDON, Jan 17 (Tidewater Post) - The House of Commons passed the Safety of Rwanda Bill on Wednesday by 320 votes to 276, ending a two-day revolt on the Conservative right that failed to toughen the legislation.

Former immigration minister Robert Jenrick voted against the bill at its third reading, along with ten other Conservatives, including Suella Braverman. Jenrick said the bill would not work and that he could not vote for something that would fail. Earlier, about 60 Conservatives had backed his amendments to block individual appeals.

Prime Minister Rishi Sunak said the vote showed the Commons was united in wanting to stop the boats and urged the House of Lords to pass the bill quickly. Labour voted against it.

The bill now goes to the upper house, where the government has no majority.""",
[("tory-right","safety-of-rwanda-bill","oppose","Jenrick said the bill would not work",True),
 ("uk-government","safety-of-rwanda-bill","support","urged the House of Lords to pass the bill quickly",True),
 ("labour","safety-of-rwanda-bill","oppose","Labour voted against it",True)])

art("2024-01-18T14:00:00Z", "Lantern Wire", "kagame-davos-return-money",
"Kagame says Rwanda could hand money back if no migrants arrive",
"""DAVOS, Jan 18 (Lantern Wire) - Rwandan President Paul Kagame said on Thursday that his country could return the money Britain has paid under their asylum deal if no migrants are ever sent there.

Asked at the World Economic Forum whether Rwanda would keep the payments if flights never took off, Kagame said the money was meant for the people who would come. "If they don't come, we can return the money," he told a panel audience. He said the problem lay with Britain, not with Rwanda.

His remarks appeared to go further than those of officials in Kigali last week. Aides did not say whether Britain had asked for any repayment.

British officials in London declined to comment on the remarks. Analysts said the comment was likely intended to answer criticism in Britain that Rwanda was profiting from a scheme that had yet to move anyone.""",
[("rwanda","rwanda-refund","conditional","If they don't come, we can return the money",True)])

art("2024-01-22T20:00:00Z", "Kestrel News", "lords-vote-delay-rwanda-treaty",
"Lords vote to delay ratification of Rwanda treaty",
"""LONDON, Jan 22 (Kestrel News) - The House of Lords voted on Monday to delay ratification of the new asylum treaty with Rwanda until ministers can show that the safeguards it promises are in place, a largely symbolic defeat for the government.

Peers backed the motion by 214 votes to 171. It said Parliament should not ratify the treaty until the monitoring and appeal arrangements had been fully implemented, following a report by the upper house's international agreements committee.

The Home Office said the government would press ahead with ratification regardless, because the motion is not binding. A spokesperson said the treaty and the bill together would allow flights to start in the spring.

The vote came a week before peers begin debating the Safety of Rwanda Bill itself. Government whips in the Lords declined to predict the outcome.""",
[("house-of-lords","rwanda-removals","conditional","should not ratify the treaty until the monitoring and appeal arrangements",True),
 ("uk-government","rwanda-removals","support","the government would press ahead with ratification regardless",True)])

art("2024-01-30T00:30:00Z", "Granite Herald", "lords-second-reading-rwanda-bill",
"Peers let Rwanda bill through second reading but vow changes",
"""LONDON, Jan 30 (Granite Herald) - The House of Lords gave the Safety of Rwanda Bill a second reading early on Tuesday after rejecting a motion that would have killed it, but many peers said they would seek to change it substantially.

The motion to decline the bill, tabled by Liberal Democrat peers, was defeated by a wide margin. Peers from all sides then signalled they would insist on amendments to protect the role of the courts, and the upper house agreed to send the bill to detailed scrutiny rather than reject it.

Former Conservative ministers were among those who criticised the bill in a two-day debate. One former Supreme Court judge said it was asking Parliament to declare a fact that the courts had found to be untrue.

Home Office minister Michael Tomlinson said the government would resist any amendments that weakened the bill.""",
[("house-of-lords","safety-of-rwanda-bill","conditional","Peers from all sides then signalled they would insist on amendments",True),
 ("uk-government","safety-of-rwanda-bill","support","the government would resist any amendments that weakened the bill",True)])

art("2024-02-13T10:00:00Z", "Eastbank Courier", "council-of-europe-commissioner-urges-lords",
"Council of Europe rights commissioner urges peers to reject Rwanda bill",
"""STRASBOURG, Feb 13 (Eastbank Courier) - The Council of Europe's human rights commissioner, Dunja Mijatovic, urged members of the House of Lords on Tuesday not to adopt the Safety of Rwanda Bill, saying it would undermine the rule of law.

In a letter to peers, Mijatovic said the bill would prevent courts from fully examining whether people were safe in Rwanda and would let ministers disregard interim measures from the European Court of Human Rights. She said the bill should not be passed in its present form or any form that kept those features.

The letter was sent from the council's headquarters in Strasbourg ahead of the bill's committee stage.

The Home Office said the bill was compatible with Britain's obligations and that the government would not take lectures on the subject.""",
[("council-of-europe","safety-of-rwanda-bill","oppose","urged members of the House of Lords on Tuesday not to adopt",True),
 ("uk-government","safety-of-rwanda-bill","support","the bill was compatible with Britain's obligations",True)])

art("2024-03-06T22:00:00Z", "Tidewater Post", "lords-amend-rwanda-bill",
"Lords amend Rwanda bill, adding safeguards",
"""LONDON, March 6 (Tidewater Post) - The House of Lords voted on Wednesday to add a series of safeguards to the Safety of Rwanda Bill, including a requirement that Rwanda can be treated as safe only once an independent monitor confirms the treaty's protections are working.

Peers also voted to let courts consider evidence that Rwanda is not safe for a particular person and to exempt people who had served alongside British forces abroad. The amendments passed by comfortable margins.

The changes now go back to the House of Commons, where the government is expected to overturn them. Prime Minister Rishi Sunak said he would not accept changes that gave the courts new grounds to stop flights.

Labour said it would keep opposing the scheme but did not say how long its members in the upper house would hold out in a standoff with the Commons.""",
[("house-of-lords","safety-of-rwanda-bill","conditional","Rwanda can be treated as safe only once an independent monitor confirms",True),
 ("uk-government","safety-of-rwanda-bill","support","he would not accept changes that gave the courts new grounds to stop flights",True),
 ("labour","rwanda-removals","oppose","it would keep opposing the scheme",True)])

art("2024-03-12T09:30:00Z", "Kestrel News", "kigali-hostel-waits-empty",
"In Kigali, a hostel built for arrivals from Britain waits, still empty",
"""KIGALI, March 12 (Kestrel News) - Nearly two years after Rwanda and Britain signed their migration deal, the hostel in Kigali that was refurbished to receive the first arrivals still has no guests.

The manager showed reporters rooms with new beds, a prayer room and a computer suite. He said staff had been kept on and trained, and that the building was cleaned every week.

Residents of the surrounding neighbourhood were mostly unaware of the dispute in London. Some said they welcomed newcomers; others said they had not heard of the scheme.

Rwanda already hosts more than 130,000 refugees, most of them from neighbouring Congo and Burundi, in camps run with international agencies. The government in Kigali and the Home Office in London both declined to comment on when the hostel might be used.""",
[])

art("2024-03-20T23:30:00Z", "Lantern Wire", "lords-insist-amendments-rwanda-bill",
"Peers insist on Rwanda bill changes after Commons overturns them",
"""LONDON, March 20 (Lantern Wire) - The House of Lords on Wednesday reinstated several of its amendments to the Safety of Rwanda Bill, hours after the House of Commons had voted to strip them out, sending the legislation back and forth between the two chambers.

Peers voted again for the safeguard requiring an independent monitor to confirm Rwanda is safe before the law takes effect, refusing to give ground on what they called the minimum needed to respect the courts.

Downing Street denied that it was preparing to drop or delay the scheme and said the Lords should stop frustrating the will of the elected house. "It is time for the Lords to let this bill pass," a spokesman said.

The bill will return to the Commons after the Easter recess. Commentators said the government could still hope to start flights in late spring.""",
[("house-of-lords","lords-drop-amendments","oppose","refusing to give ground on what they called the minimum needed",True),
 ("house-of-lords","safety-of-rwanda-bill","conditional","Peers voted again for the safeguard requiring an independent monitor",True),
 ("uk-government","rwanda-removals","support","denied that it was preparing to drop or delay the scheme",True),
 ("uk-government","lords-drop-amendments","support","It is time for the Lords to let this bill pass",True)])

art("2024-04-05T08:00:00Z", "Granite Herald", "cooper-labour-would-scrap-rwanda",
"Labour would scrap Rwanda plan and stay in ECHR, Cooper says",
"""LONDON, April 5 (Granite Herald) - A Labour government would scrap the Rwanda scheme even if flights had begun by the time of the election, shadow home secretary Yvette Cooper said on Friday.

Cooper said the money would instead pay for a new border security command to pursue smuggling gangs. She said Labour would not take Britain out of the European Convention on Human Rights, which she called a cornerstone of peace in Europe since 1950.

Asked whether a Labour government would ask Rwanda to return the money paid so far, Cooper declined to say.

Labour leader Keir Starmer has called the plan an expensive gimmick. The party is ahead in opinion polls, and Rwandan officials have said they expect to work with whichever government Britain elects.""",
[("labour","rwanda-removals","oppose","would scrap the Rwanda scheme even if flights had begun",True),
 ("labour","leave-echr","oppose","Labour would not take Britain out of the European Convention",True)])

art("2024-04-17T00:15:00Z", "Eastbank Courier", "lords-defeat-government-again-rwanda",
"Lords defeat government again on Rwanda bill, delaying law",
"""LONDON, April 17 (Eastbank Courier) - Peers defeated the government again on the Safety of Rwanda Bill late on Tuesday, insisting for a third time on a safeguard that would exempt people who worked with British forces in Afghanistan.

The upper house also voted again for a monitoring requirement, which the Commons had rejected earlier in the day. The bill cannot become law until the two houses agree on the same text.

Prime Minister Rishi Sunak said he would not let unelected peers block a bill the Commons had passed and that he would not accept the changes. "No ifs, no buts, these flights are going to Rwanda," he said.

Lords officials said the bill was likely to return next week. Some peers said privately that they were reluctant to keep going much longer against the elected house.""",
[("house-of-lords","lords-drop-amendments","oppose","insisting for a third time on a safeguard",True),
 ("house-of-lords","safety-of-rwanda-bill","conditional","The upper house also voted again for a monitoring requirement",True),
 ("uk-government","lords-drop-amendments","support","he would not accept the changes",True),
 ("uk-government","rwanda-removals","support","these flights are going to Rwanda",True)])

art("2024-04-23T00:45:00Z", "Tidewater Post", "lords-back-down-rwanda-bill-passes",
"Lords back down as Rwanda bill clears Parliament",
"""LONDON, April 23 (Tidewater Post) - The Safety of Rwanda Bill cleared Parliament just after midnight on Tuesday when the House of Lords stopped insisting on its amendments after a final round of ping-pong with the Commons.

Peers voted to accept the bill without their changes, allowing it to go for royal assent. Crossbench peer Lord Anderson said the upper house had done all it could and it was time to defer to the elected chamber.

Prime Minister Rishi Sunak said hours earlier that the first flights would leave in 10 to 12 weeks. He said the government had airfields, charter planes and escort staff on standby.

Labour's Yvette Cooper said the scheme remained a costly gimmick that Labour would scrap in government.""",
[("house-of-lords","lords-drop-amendments","support","Peers voted to accept the bill without their changes",True),
 ("house-of-lords","safety-of-rwanda-bill","support","Peers voted to accept the bill without their changes",True),
 ("uk-government","rwanda-removals","support","the first flights would leave in 10 to 12 weeks",True),
 ("labour","rwanda-removals","oppose","a costly gimmick that Labour would scrap in government",True)])

art("2024-04-23T07:30:00Z", "Lantern Wire", "rwanda-bill-passes-after-lords-yield",
"Rwanda bill passes after peers drop their amendments",
"""LONDON, April 23 (Lantern Wire) - Britain's Parliament passed the Safety of Rwanda Bill overnight after the House of Lords ended its opposition to the government's version, clearing the way for royal assent this week.

Peers voted to accept the bill without their changes shortly after midnight. Crossbencher Lord Anderson said the upper house had done its duty and should now defer to the elected chamber.

Earlier on Monday, Prime Minister Rishi Sunak said the first flights would leave in 10 to 12 weeks, with airfields and charter planes ready.

The new law obliges judges to treat Rwanda as a safe country and narrows the grounds on which individuals can challenge their removal. Charities said they would still bring cases on behalf of individual asylum seekers.

For Labour, Yvette Cooper said the policy was a costly gimmick that Labour would scrap in government.""",
[("house-of-lords","lords-drop-amendments","support","Peers voted to accept the bill without their changes",True),
 ("house-of-lords","safety-of-rwanda-bill","support","Peers voted to accept the bill without their changes",True),
 ("uk-government","rwanda-removals","support","the first flights would leave in 10 to 12 weeks",True),
 ("labour","rwanda-removals","oppose","a costly gimmick that Labour would scrap in government",True)])

art("2024-04-23T15:00:00Z", "Kestrel News", "un-agencies-urge-uk-rethink-rwanda",
"UN refugee and rights chiefs urge Britain to rethink Rwanda law",
"""GENEVA, April 23 (Kestrel News) - The UN refugee agency and the UN human rights office called on Britain on Tuesday to reconsider its plan to send asylum seekers to Rwanda, hours after Parliament passed the law underpinning it.

UN High Commissioner for Refugees Filippo Grandi said the new law shifted responsibility for refugees away from Britain and set a worrying precedent. He urged the government to take practical steps instead to address irregular flows in cooperation with other countries. UN human rights chief Volker Turk said the law hampered the rule of law.

Michael O'Flaherty, the Council of Europe's new human rights commissioner, said the government should refrain from removing people under the policy.

A Home Office spokesperson said the government would press ahead and that the partnership with Rwanda was lawful.""",
[("unhcr","rwanda-removals","oppose","called on Britain on Tuesday to reconsider its plan to send asylum seekers",True),
 ("unhcr","safety-of-rwanda-bill","oppose","the new law shifted responsibility for refugees away from Britain",True),
 ("council-of-europe","rwanda-removals","oppose","the government should refrain from removing people under the policy",True),
 ("uk-government","rwanda-removals","support","the government would press ahead",True)])

art("2024-04-25T12:00:00Z", "Granite Herald", "rwanda-welcomes-law-royal-assent",
"Rwanda welcomes new British law as Rwanda bill receives royal assent",
"""KIGALI, April 25 (Granite Herald) - Rwanda said on Thursday it was pleased that Britain's Parliament had passed the law declaring it a safe country, as the Safety of Rwanda Act received royal assent in London.

Government spokeswoman Yolande Makolo said Rwanda welcomed the passage of the legislation and looked forward to welcoming those relocated. She said Rwanda had worked hard to make itself a safe and secure country and that the law reflected that.

Asked about the money paid by Britain, she said Kagame's offer to return it if no one was sent still stood, but she declined to say whether the government expected to make any repayment.

Rwandan opposition figures have criticised the deal, saying money would be better spent on Rwandans.""",
[("rwanda","safety-of-rwanda-bill","support","Rwanda welcomed the passage of the legislation",True),
 ("rwanda","rwanda-removals","support","looked forward to welcoming those relocated",True),
 ("rwanda","rwanda-refund","conditional","Kagame's offer to return it if no one was sent still stood",True)])

art("2024-06-10T10:00:00Z", "Eastbank Courier", "sunak-echr-security-starmer-scrap",
"Sunak says he would choose security over ECHR; Starmer repeats pledge to scrap Rwanda plan",
"""LONDON, June 10 (Eastbank Courier) - Prime Minister Rishi Sunak said on Monday that if he had to choose between Britain's border security and its membership of the European Convention on Human Rights, he would choose security.

Campaigning for the July 4 election, Sunak said he did not expect Strasbourg to block flights but would leave the convention if it did. He said the first flights would go in July if the Conservatives were re-elected.

Labour leader Keir Starmer said he would end the Rwanda scheme on his first day in office. He said Labour would not leave the convention, calling it a foundation of Britain's human rights protections.

Polling experts said most voters ranked the cost of living ahead of migration. Some Conservative candidates said privately they hoped the party would go further and promise to leave the convention outright.""",
[("uk-government","leave-echr","conditional","would leave the convention if it did",True),
 ("uk-government","rwanda-removals","support","the first flights would go in July if the Conservatives were re-elected",True),
 ("labour","rwanda-removals","oppose","he would end the Rwanda scheme on his first day in office",True),
 ("labour","leave-echr","oppose","Labour would not leave the convention",True)])

SHIFTS = [
 ("uk-government","leave-echr","oppose","conditional","010",
  "Sunak says he is prepared to change laws and revisit international relationships if courts block flights; in 003 Downing Street had no plans to leave the convention."),
 ("rwanda","rwanda-removals","support","conditional","015",
  "Biruta's statement makes Rwanda's continued participation conditional on the UK acting lawfully; until 010 Kigali was unconditionally committed."),
 ("tory-right","safety-of-rwanda-bill","conditional","oppose","019",
  "Jenrick votes against the bill at third reading and says it will not work; in 012, 014, 016 and 017 the group would back it only if strengthened."),
 ("rwanda","rwanda-removals","conditional","support","018",
  "Makolo says Rwanda remains committed, is satisfied the treaty meets standards and is ready to receive people; reverses the conditional line of 015."),
 ("rwanda","rwanda-refund","oppose","conditional","020",
  "Kagame says the money can be returned if no migrants come; in 018 Makolo said Rwanda had no obligation to pay anything back."),
 ("house-of-lords","lords-drop-amendments","oppose","support","029",
  "Peers vote to accept the bill without their amendments; in 026 and 028 they insisted on them."),
 ("house-of-lords","safety-of-rwanda-bill","conditional","support","029",
  "By accepting the unamended bill the Lords let it pass; in 022, 024, 026 and 028 they would let it through only with safeguards."),
]

DUPLICATES = [("010", "011"), ("029", "030")]
STANCES = {"support", "oppose", "conditional"}


def load_watchlist():
    """Minimal reader for this folder's watchlist.yaml (ids and baseline only), to stay dependency-free."""
    actors, issues, baseline, section = set(), set(), [], None
    for line in open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8"):
        if re.match(r"^(actors|issues|baseline):", line):
            section = line.split(":")[0]
            continue
        m = re.match(r"^  - id: ([\w-]+)", line)
        if m:
            (actors if section == "actors" else issues).add(m.group(1))
        m = re.match(r"^  - \{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}", line)
        if m and section == "baseline":
            baseline.append(m.groups())
    return actors, issues, baseline


def build():
    A.sort(key=lambda a: a["published"])
    arts = []
    for i, a in enumerate(A, 1):
        aid = f"{i:03d}"
        d = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
        slug = OUTLETS[a["source"]]
        url = f"https://example.org/{slug}/{d:%Y/%m/%d}/{a['slug']}"
        arts.append(dict(id=aid, published=a["published"], source=a["source"], url=url,
                         title=a["title"], text=a["text"], _claims=a["claims"], _dt=d))
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in arts:
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump({k: a[k] for k in ("id", "published", "source", "url", "title", "text")}, f, indent=2, ensure_ascii=False)
            f.write("\n")
    for name, slug in OUTLETS.items():
        items = [a for a in arts if a["source"] == name]
        last = max(a["_dt"] for a in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{slug}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch uk-rwanda-asylum-2023 evaluation set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>']
        for a in sorted(items, key=lambda x: x["published"], reverse=True):
            out += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{escape(a["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                    f'      <pubDate>{format_datetime(a["_dt"], usegmt=True)}</pubDate>',
                    f'      <description>{escape(a["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    claims = {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["_claims"]] for a in arts}
    shift_ids = {s[4] for s in SHIFTS}
    labels = dict(claims=claims,
                  shifts=[dict(actor=s[0], issue=s[1], **{"from": s[2]}, to=s[3], article=s[4], why=s[5]) for s in SHIFTS],
                  no_alert_articles=[a["id"] for a in arts if a["id"] not in shift_ids])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return arts, labels


def validate(arts, labels):
    errs = []
    actors, issues, baseline = load_watchlist()
    ids = [a["id"] for a in arts]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    if files != ids: errs.append(f"article files {files} != ids")
    if sorted(labels["claims"]) != ids: errs.append("claims keys != article ids")
    byid = {a["id"]: a for a in arts}
    for a in arts:
        j = json.load(open(os.path.join(HERE, "articles", a["id"] + ".json"), encoding="utf-8"))
        n = len(j["text"].split())
        if not 120 <= n <= 260: errs.append(f"{a['id']}: {n} words")
        if not re.match(r"^[A-Z ]+, [A-Z][a-z]+ \d{1,2} \(" + re.escape(a["source"]) + r"\) - ", j["text"]):
            errs.append(f"{a['id']}: bad dateline")
    for aid, cl in labels["claims"].items():
        seen = set()
        for c in cl:
            if c["actor"] not in actors: errs.append(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errs.append(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in STANCES: errs.append(f"{aid}: bad stance {c['stance']}")
            if c["quote"] not in byid[aid]["text"]: errs.append(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15: errs.append(f"{aid}: quote > 15 words: {c['quote']!r}")
            if (c["actor"], c["issue"]) in seen: errs.append(f"{aid}: two claims for {c['actor']}/{c['issue']}")
            seen.add((c["actor"], c["issue"]))
    for o, d in DUPLICATES:
        t = lambda k: sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][k])
        if t(o) != t(d): errs.append(f"duplicate {o}/{d} claims differ")
        if byid[o]["published"][:10] != byid[d]["published"][:10] or byid[o]["source"] == byid[d]["source"]:
            errs.append(f"duplicate {o}/{d}: not same day / different outlet")
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in STANCES: errs.append(f"bad baseline {b}")
    # Recompute shifts from baseline + attributed claims and compare with the labelled list.
    prev = {(b[0], b[1]): b[2] for b in baseline}
    computed = []
    for aid in ids:
        for c in labels["claims"][aid]:
            if not c["attributed"]: continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"]:
                computed.append((c["actor"], c["issue"], prev[k], c["stance"], aid))
            prev[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(computed) != sorted(labelled):
        errs.append(f"shifts mismatch:\n computed {sorted(computed)}\n labelled {sorted(labelled)}")
    shift_ids = {s["article"] for s in labels["shifts"]}
    if sorted(labels["no_alert_articles"]) != sorted(set(ids) - shift_ids): errs.append("no_alert_articles wrong")
    for slug in OUTLETS.values():
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", slug + ".xml")], capture_output=True, text=True)
        if r.returncode: errs.append(f"xmllint {slug}: {r.stderr.strip()}")
    return errs


if __name__ == "__main__":
    arts, labels = build()
    errs = validate(arts, labels)
    allc = [c for cl in labels["claims"].values() for c in cl]
    from collections import Counter
    print(f"articles={len(arts)} claims={len(allc)} {dict(Counter(c['stance'] for c in allc))} "
          f"unattributed={sum(not c['attributed'] for c in allc)} shifts={len(labels['shifts'])} "
          f"shift_articles={sorted({s['article'] for s in labels['shifts']})} "
          f"empty={[k for k, v in labels['claims'].items() if not v]} outlets={dict(Counter(a['source'] for a in arts))}")
    if errs:
        print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
    print("OK: all checks passed")
