# Article texts and their labels for south-korea-impeachment-2024 (imported by build.py).
# Each claim: (actor, issue, stance, quote, attributed).
OUTLETS = {
    'eastgate-wire': 'Eastgate Wire',
    'harbourline-news': 'Harbourline News',
    'orient-courier': 'Orient Courier',
    'tidewater-post': 'Tidewater Post',
    'summit-herald': 'Summit Herald',
}

A = []

A.append(dict(published='2024-12-03T14:40:00Z', outlet='eastgate-wire', slug='yoon-declares-emergency-martial-law',
title='Yoon declares emergency martial law, accusing opposition of paralysing government',
text='''SEOUL, Dec 3 (Eastgate Wire) - President Yoon Suk Yeol declared emergency martial law in a late-night televised address on Tuesday, accusing the opposition-controlled parliament of paralysing the government and of sympathising with North Korea.

Yoon said the measure was needed to root out what he called anti-state forces and to protect the constitutional order. A decree issued soon afterwards by the new martial law command banned all political activity, including the work of parliament and political parties, and placed the media under military control.

Democratic Party leader Lee Jae-myung called the declaration illegal and unconstitutional and urged citizens and lawmakers to gather at the National Assembly in Seoul. Helicopters carrying troops landed in the Assembly grounds shortly before midnight, and aides used fire extinguishers and furniture to keep soldiers from entering the main hall.

Han Dong-hoon, leader of the ruling People Power Party, said the declaration was wrong and that he would stop it together with the people. It was the first time martial law had been declared in South Korea since the country became a democracy in 1987.''',
claims=[]))

A.append(dict(published='2024-12-03T20:10:00Z', outlet='harbourline-news', slug='yoon-lifts-martial-law-after-assembly-vote',
title='Yoon lifts martial law hours after parliament votes it down',
text='''SEOUL, Dec 4 (Harbourline News) - President Yoon Suk Yeol lifted martial law early on Wednesday, about six hours after declaring it, once the National Assembly had voted unanimously to demand its end.

Some 190 lawmakers who made it into the chamber, including members of Yoon's own People Power Party, voted shortly after 1 a.m. to overturn the decree. Under the constitution the president must comply with such a demand. Yoon said in a second televised address that he had withdrawn the troops and would lift the order as soon as the cabinet could meet, which it did at about 4:30 a.m.

Crowds that had gathered outside the Assembly overnight cheered as soldiers left the grounds. Several unions called for a general strike until the president stepped down.

In Washington, Deputy Secretary of State Kurt Campbell said the United States had watched events with grave concern and was relieved that the decree had been reversed. He said the US expected political disagreements to be settled peacefully and in accordance with the rule of law. Officials declined to say whether they had received any warning from Seoul before the declaration.''',
claims=[]))

A.append(dict(published='2024-12-04T06:20:00Z', outlet='orient-courier', slug='opposition-files-motion-to-impeach-yoon',
title='Opposition files motion to impeach Yoon over martial law',
text='''SEOUL, Dec 4 (Orient Courier) - The Democratic Party and five smaller opposition parties submitted a motion to impeach President Yoon Suk Yeol on Wednesday, accusing him of violating the constitution by declaring martial law without grounds.

Park Chan-dae, the Democratic Party's floor leader, said the president should resign immediately and that parliament would otherwise remove him through impeachment. The motion could be put to a vote as early as Friday. It needs 200 votes in the 300-seat Assembly, so at least eight members of the ruling People Power Party would have to back it.

Senior presidential aides, including chief of staff Chung Jin-suk, offered to resign en masse. The presidential office gave no response to the demands that Yoon step down, and a spokesman declined to say when the president would next speak in public.

Ruling party lawmakers met behind closed doors for much of the day. Some political analysts said the party might splinter if more details of the night's military deployments emerged, but no decision was announced by evening.''',
claims=[
 ('democratic-party','yoon-impeachment','support','submitted a motion to impeach President Yoon Suk Yeol on Wednesday',True),
 ('democratic-party','yoon-resigns','support','the president should resign immediately',True),
]))

A.append(dict(published='2024-12-04T14:30:00Z', outlet='tidewater-post', slug='ruling-party-to-oppose-impeachment',
title='Ruling party decides to oppose Yoon impeachment motion',
text='''SEOUL, Dec 4 (Tidewater Post) - South Korea's ruling People Power Party agreed at a late-night caucus to oppose the impeachment motion against President Yoon Suk Yeol, its floor leader Choo Kyung-ho told reporters on Wednesday.

Choo said the party took the martial law episode seriously and regretted the confusion it had caused, but that removing a second conservative president in less than a decade would plunge the country into turmoil. Former president Park Geun-hye was impeached in 2016 and removed from office the following year.

The caucus did not settle how members would handle the vote itself. Several lawmakers from the party's reformist wing said privately that they had not made up their minds, and one told reporters he would decide after hearing more about who had ordered troops into the Assembly.

The opposition holds 192 of the 300 seats, meaning the motion needs at least eight ruling party votes to pass. The Democratic Party said it would put the motion to a vote on Saturday evening.''',
claims=[
 ('ppp','yoon-impeachment','oppose','agreed at a late-night caucus to oppose the impeachment motion',True),
 ('democratic-party','yoon-impeachment','support','said it would put the motion to a vote on Saturday evening',True),
]))

A.append(dict(published='2024-12-05T02:10:00Z', outlet='summit-herald', slug='han-dong-hoon-to-block-impeachment',
title='Ruling party leader Han says he will work to block impeachment',
text='''SEOUL, Dec 5 (Summit Herald) - Han Dong-hoon, the leader of the ruling People Power Party, said on Thursday he would work to ensure the impeachment motion against President Yoon Suk Yeol did not pass, to spare the country the damage of an unprepared upheaval.

Han, who condemned the martial law declaration within minutes of Yoon's announcement, said he did not defend the president's decision and that those responsible for it should be held to account. He called on Yoon to leave the ruling party, a demand the presidential office did not immediately address.

Democratic Party leader Lee Jae-myung urged ruling party lawmakers to vote for the motion, saying each of them would have to answer to history for the choice they made on Saturday. He said the president had committed a grave crime against the constitution.

The opposition needs eight ruling party defectors. Political commentators in Seoul said the number of wavering lawmakers appeared to have shrunk since Wednesday night.''',
claims=[
 ('han-dong-hoon','yoon-impeachment','oppose','would work to ensure the impeachment motion against President Yoon Suk Yeol did not pass',True),
 ('democratic-party','yoon-impeachment','support','urged ruling party lawmakers to vote for the motion',True),
]))

A.append(dict(published='2024-12-05T07:40:00Z', outlet='eastgate-wire', slug='defence-minister-quits-opposition-targets-him',
title='Defence minister resigns as opposition moves to impeach him',
text='''SEOUL, Dec 5 (Eastgate Wire) - President Yoon Suk Yeol accepted the resignation of Defence Minister Kim Yong-hyun on Thursday, after Kim said he had proposed the martial law declaration and took full responsibility for the deployment of troops.

The Democratic Party had tabled a separate motion to impeach Kim a day earlier, and party officials said they would also pursue the interior minister and the police chief. Park Chan-dae said the party wanted every official involved in the operation to face investigation, and that Kim's resignation would not end the inquiry.

Yoon named Choi Byung-hyuk, South Korea's ambassador to Saudi Arabia, to replace Kim. The presidential office said the appointment was meant to keep the chain of command stable and declined to answer questions about the president's own role in planning the decree.

Prosecutors and police both said they had opened investigations into the events of Tuesday night on possible charges of insurrection. A travel ban was placed on Kim, according to the justice ministry.''',
claims=[]))

A.append(dict(published='2024-12-06T02:30:00Z', outlet='orient-courier', slug='han-says-yoon-must-be-suspended',
title='Han Dong-hoon says Yoon must be suspended from duty promptly',
text='''SEOUL, Dec 6 (Orient Courier) - People Power Party leader Han Dong-hoon said on Friday that President Yoon Suk Yeol needed to be suspended from his duties promptly, citing what he called credible evidence that Yoon had ordered the arrest of leading politicians on the night of martial law.

Han said that the list of targets had included himself, and that leaving Yoon in charge of the armed forces posed a serious danger to the public. He did not say how the president should be suspended. Asked repeatedly whether he would now urge party members to vote for impeachment on Saturday, Han declined to say, telling reporters the party would discuss it.

The remarks jolted the ruling party, whose floor leadership had agreed two days earlier to reject the motion. Some commentators read them as a sign that the party leadership could let the vote pass. Others said Han wanted to pressure Yoon into offering a way out himself.

The presidential office said Yoon would meet Han later in the day. It did not comment on the arrest allegation.''',
claims=[]))

A.append(dict(published='2024-12-06T09:15:00Z', outlet='tidewater-post', slug='ppp-floor-leader-party-line-unchanged',
title='Ruling party says line on impeachment unchanged after Han remarks',
text='''SEOUL, Dec 6 (Tidewater Post) - The ruling People Power Party's floor leader Choo Kyung-ho said on Friday that the party's official position of opposing the impeachment had not changed, hours after party leader Han Dong-hoon called for the president to be suspended from duty.

Choo said any change would have to be decided by the party's lawmakers as a body, and that no caucus had been called to revisit the matter. He said he had spoken to Yoon Suk Yeol, and that the president was considering how to address the public.

The Democratic Party accused the ruling party of protecting a president who had turned soldiers against parliament. The motion will be put to a vote on Saturday at 5 p.m., the speaker's office said.

In Washington, a State Department spokesman said the United States was in close contact with Seoul and trusted that the process would play out peacefully and democratically. He declined to say whether the administration took any view on the president's impeachment, calling it a matter for the Korean people.''',
claims=[
 ('ppp','yoon-impeachment','oppose',"the party's official position of opposing the impeachment had not changed",True),
]))

A.append(dict(published='2024-12-07T01:25:00Z', outlet='harbourline-news', slug='yoon-apologises-leaves-term-to-party',
title='Yoon apologises for martial law, leaves question of his term to his party',
text='''SEOUL, Dec 7 (Harbourline News) - President Yoon Suk Yeol apologised for his martial law declaration in a brief televised address on Saturday morning and said he would leave it to his party to decide on measures to stabilise the political situation, including matters concerning his term in office.

Yoon bowed to the cameras and said he would not evade legal or political responsibility. He said there would be no second declaration of martial law. The address lasted about two minutes, and he took no questions.

It was the president's first public appearance since he lifted the decree early on Wednesday. He did not mention the impeachment vote scheduled for that evening.

Han Dong-hoon, the ruling party leader, said after the address that the president's early resignation was now unavoidable and that Yoon could no longer perform his duties normally. The Democratic Party said the apology changed nothing and that the only way to end the crisis was to pass the motion.''',
claims=[
 ('yoon','yoon-resigns','conditional','leave it to his party to decide on measures to stabilise the political situation',True),
 ('han-dong-hoon','yoon-resigns','support',"the president's early resignation was now unavoidable",True),
 ('democratic-party','yoon-impeachment','support','the only way to end the crisis was to pass the motion',True),
]))

A.append(dict(published='2024-12-07T12:10:00Z', outlet='summit-herald', slug='impeachment-fails-as-ruling-party-walks-out',
title='Impeachment motion fails after ruling party lawmakers walk out',
text='''SEOUL, Dec 7 (Summit Herald) - A motion to impeach President Yoon Suk Yeol failed on Saturday after nearly all lawmakers of the ruling People Power Party walked out of the chamber, leaving the vote short of the quorum it needed to be valid.

Floor leader Choo Kyung-ho said the party had decided not to take part in the vote, arguing that an orderly handover was better than a repeat of the 2016 upheaval. Party leader Han Dong-hoon, who is not a member of parliament, backed the walkout, saying the party would pursue the president's early exit instead. Only three ruling party lawmakers cast ballots.

Speaker Woo Won-shik held the vote open for several hours while opposition members went to the doors of the ruling party's offices and called on lawmakers by name. Democratic Party floor leader Park Chan-dae urged ruling party members to return to the chamber and vote, saying the world was watching. Tens of thousands of protesters waited outside in the cold.

Lee Jae-myung said the party would bring the motion back every week until it passed.''',
claims=[
 ('ppp','ppp-ends-boycott','oppose','the party had decided not to take part in the vote',True),
 ('ppp','yoon-impeachment','oppose','an orderly handover was better than a repeat of the 2016 upheaval',True),
 ('democratic-party','ppp-ends-boycott','support','urged ruling party members to return to the chamber and vote',True),
 ('democratic-party','yoon-impeachment','support','would bring the motion back every week until it passed',True),
 ('han-dong-hoon','ppp-ends-boycott','oppose','backed the walkout',True),
 ('han-dong-hoon','yoon-resigns','support',"the party would pursue the president's early exit instead",True),
]))

A.append(dict(published='2024-12-08T00:30:00Z', outlet='eastgate-wire', slug='han-and-han-pledge-orderly-exit',
title='Ruling party leader and prime minister pledge orderly exit for Yoon',
text='''SEOUL, Dec 8 (Eastgate Wire) - Ruling party leader Han Dong-hoon and Prime Minister Han Duck-soo said on Sunday that President Yoon Suk Yeol would be kept out of state affairs, including foreign policy, until he leaves office, in a joint statement that critics said had no basis in the constitution.

Han Dong-hoon said the party would pursue the president's orderly early resignation, and that the prime minister would run the government in close consultation with the People Power Party in the meantime. A party spokesman said a task force would draw up a timetable for Yoon's departure within days.

The prime minister said the cabinet would do its utmost to keep the country stable and the economy on course.

The Democratic Party called the arrangement a second insurrection. Park Chan-dae said no party leader had the authority to share presidential power, and that only impeachment could lawfully strip Yoon of his powers. The presidential office in Yongsan had no immediate comment.''',
claims=[
 ('han-dong-hoon','yoon-resigns','support',"the party would pursue the president's orderly early resignation",True),
 ('ppp','yoon-resigns','support',"a task force would draw up a timetable for Yoon's departure",True),
 ('democratic-party','yoon-impeachment','support','only impeachment could lawfully strip Yoon of his powers',True),
]))

A.append(dict(published='2024-12-08T15:00:00Z', outlet='tidewater-post', slug='washington-stresses-alliance-amid-seoul-turmoil',
title='Washington stresses alliance as Seoul turmoil drags on',
text='''WASHINGTON, Dec 8 (Tidewater Post) - The State Department said on Sunday that the alliance between the United States and South Korea remained ironclad despite the political turmoil in Seoul.

A department spokesman said Washington had confidence in the resilience of South Korea's democratic institutions and was in regular contact with officials there. The statement did not mention President Yoon Suk Yeol by name, and department officials declined to say whether the United States considered him able to carry out his duties.

US officials have repeatedly described the impeachment process as a domestic matter. The US ambassador in Seoul, Philip Goldberg, told reporters that the embassy's work with South Korean agencies was continuing normally.

A planned meeting of the two countries' nuclear consultative group was postponed last week, and a visit to Seoul by the US defence secretary was called off. Analysts in Washington said the administration was anxious to avoid any appearance of taking sides in Seoul's domestic politics before the presidential transition in January.''',
claims=[]))

A.append(dict(published='2024-12-09T03:20:00Z', outlet='orient-courier', slug='yoon-named-suspect-travel-ban',
title='Yoon named as insurrection suspect and barred from leaving country',
text='''SEOUL, Dec 9 (Orient Courier) - South Korea's justice ministry barred President Yoon Suk Yeol from leaving the country on Monday, after prosecutors and police named him as a suspect in an investigation into insurrection and abuse of power.

It was the first time a sitting South Korean president had been subject to a travel ban. The presidential office declined to comment.

The Democratic Party said it would put a new impeachment motion to a vote on Saturday, Dec 14, and accused the ruling party of trying to keep Yoon in office under another name. Lee Jae-myung said the joint statement by Han Dong-hoon and Prime Minister Han Duck-soo amounted to an unconstitutional seizure of power.

The ruling People Power Party said its task force would present options on the timing of the president's resignation this week. Several of its lawmakers said on Monday that they would consider voting for impeachment if no credible timetable appeared by Saturday. One of them, Kim Sang-wook, said he would no longer take part in a boycott.''',
claims=[
 ('democratic-party','yoon-impeachment','support','would put a new impeachment motion to a vote on Saturday, Dec 14',True),
 ('ppp','yoon-resigns','support',"would present options on the timing of the president's resignation this week",True),
]))

A.append(dict(published='2024-12-10T07:10:00Z', outlet='harbourline-news', slug='ppp-task-force-february-march-resignation',
title='Ruling party panel proposes Yoon step down in February or March',
text='''SEOUL, Dec 10 (Harbourline News) - A task force of the ruling People Power Party proposed on Tuesday that President Yoon Suk Yeol resign in February or March, with an election for his successor to follow in April or May.

The panel presented the two options to the party's leadership. Members said either would give the country time to prepare for an early election without the disruption of an impeachment trial.

Democratic Party leader Lee Jae-myung dismissed the plan, saying the country could not wait months while a president who had mobilised troops against parliament stayed in office. He said Saturday's impeachment vote would go ahead regardless of any timetable.

The presidential office declined to say whether Yoon had agreed to either date. Han Dong-hoon told reporters that the final plan would be settled after consultation with the president.

In a separate development, police said the head of the national police agency had been detained over his role in sealing off the National Assembly on the night of Dec 3.''',
claims=[
 ('ppp','yoon-resigns','support','proposed on Tuesday that President Yoon Suk Yeol resign in February or March',True),
 ('democratic-party','yoon-impeachment','support',"Saturday's impeachment vote would go ahead regardless of any timetable",True),
]))

A.append(dict(published='2024-12-11T05:30:00Z', outlet='summit-herald', slug='yoon-said-to-reject-resignation-timetable',
title='Yoon said to reject ruling party resignation timetable',
text='''SEOUL, Dec 11 (Summit Herald) - President Yoon Suk Yeol has no intention of stepping down early, people close to the president told reporters on Wednesday, casting doubt on the ruling party's plan for an orderly exit.

Two ruling party lawmakers who met Yoon this week said he believed his martial law declaration had been a legitimate act of governance and did not want to resign under pressure. The presidential office did not respond to requests for comment.

Police investigators attempted to search the presidential compound in Yongsan on Wednesday but were kept out by the presidential security service, which handed over only a limited set of documents.

Choo Kyung-ho stepped down as the ruling party's floor leader, taking responsibility for the confusion. The party will elect his successor on Thursday.

The Democratic Party said the reports showed that the ruling party's timetable had never been realistic.''',
claims=[
 ('yoon','yoon-resigns','oppose','has no intention of stepping down early',False),
]))

A.append(dict(published='2024-12-12T01:40:00Z', outlet='eastgate-wire', slug='yoon-vows-to-fight-to-the-end',
title='Yoon defends martial law, vows to fight to the end',
text='''SEOUL, Dec 12 (Eastgate Wire) - President Yoon Suk Yeol defended his martial law declaration on Thursday as a legitimate act of governance and said he would fight to the end, in a defiant televised speech that ended a week of talk about an early exit.

Speaking for nearly half an hour, Yoon said the opposition had abused its majority to paralyse the government and that he had acted to warn the public of that danger. He said he would not step down and would face both impeachment and investigation on his own terms. He described the opposition's push to remove him as a frenzied dance of the sword.

The speech stunned many in the ruling People Power Party, which had spent the week drafting a timetable under which the president would leave office in the spring.

The Democratic Party said the address confirmed that Yoon was unfit to remain in office for a single day longer, and that Saturday's vote was the only remedy left.''',
claims=[
 ('yoon','yoon-resigns','oppose','He said he would not step down',True),
 ('yoon','yoon-impeachment','oppose',"described the opposition's push to remove him as a frenzied dance of the sword",True),
 ('democratic-party','yoon-impeachment','support',"Saturday's vote was the only remedy left",True),
]))

A.append(dict(published='2024-12-12T04:50:00Z', outlet='tidewater-post', slug='han-dong-hoon-backs-impeachment',
title='Ruling party leader Han backs impeachment after Yoon speech',
text='''SEOUL, Dec 12 (Tidewater Post) - People Power Party leader Han Dong-hoon said on Thursday that the party should now adopt impeachment as its position, calling President Yoon Suk Yeol's speech earlier in the day an admission of insurrection.

Han Dong-hoon said an orderly early resignation was no longer possible because the president had rejected it. He urged the party's lawmakers to attend Saturday's vote and cast their ballots in favour, according to their conscience and the will of the people.

His remarks drew angry responses from lawmakers loyal to Yoon, some of whom demanded that he resign as leader. At a closed-door meeting, several members argued that party leaders had no business telling lawmakers how to vote in a secret ballot.

The Democratic Party welcomed the shift. Park Chan-dae said there was still time for ruling party members to take part in the vote and stand on the right side of history.''',
claims=[
 ('han-dong-hoon','yoon-impeachment','support','the party should now adopt impeachment as its position',True),
 ('han-dong-hoon','ppp-ends-boycott','support',"urged the party's lawmakers to attend Saturday's vote",True),
 ('democratic-party','ppp-ends-boycott','support','there was still time for ruling party members to take part in the vote',True),
]))

A.append(dict(published='2024-12-12T06:30:00Z', outlet='orient-courier', slug='han-urges-ruling-lawmakers-to-vote-for-impeachment',
title="Han urges ruling lawmakers to vote for Yoon's impeachment",
text='''SEOUL, Dec 12 (Orient Courier) - Han Dong-hoon, leader of the ruling People Power Party, said on Thursday the party should now adopt impeachment as its position, describing President Yoon Suk Yeol's televised speech that morning as an admission of insurrection.

Han Dong-hoon said an orderly early resignation was no longer on the table since the president had refused it. He urged the party's lawmakers to attend Saturday's vote and to cast their ballots in favour, following their conscience and the will of the people.

Lawmakers loyal to Yoon reacted angrily, and some called for Han to quit as leader. At a meeting held behind closed doors, several members said party leaders had no right to tell lawmakers how to vote in a secret ballot.

The Democratic Party welcomed the change of course. Its floor leader Park Chan-dae said there was still time for ruling party members to take part in the vote and stand on the right side of history.''',
claims=[
 ('han-dong-hoon','yoon-impeachment','support','the party should now adopt impeachment as its position',True),
 ('han-dong-hoon','ppp-ends-boycott','support',"urged the party's lawmakers to attend Saturday's vote",True),
 ('democratic-party','ppp-ends-boycott','support','there was still time for ruling party members to take part in the vote',True),
]))

A.append(dict(published='2024-12-12T11:00:00Z', outlet='summit-herald', slug='kweon-elected-floor-leader',
title='Yoon ally Kweon elected ruling party floor leader',
text='''SEOUL, Dec 12 (Summit Herald) - The ruling People Power Party elected Kweon Seong-dong, a long-time ally of President Yoon Suk Yeol, as its floor leader on Thursday, hours after party leader Han Dong-hoon came out in favour of impeachment.

Kweon won 72 of the 106 votes cast by the party's lawmakers. He told reporters that the party's official stance against impeachment remained in place and could only be changed by a vote of its lawmakers. He did not say whether members would again leave the chamber on Saturday, and said the caucus would meet on the morning of the vote to decide.

Seven ruling party lawmakers have now said publicly that they will vote for the motion, one short of the number the opposition needs if all its own members vote in favour.

A Democratic Party spokesman said Kweon's election showed that the ruling party had chosen loyalty to Yoon over the constitution.''',
claims=[
 ('ppp','yoon-impeachment','oppose',"the party's official stance against impeachment remained in place",True),
]))

A.append(dict(published='2024-12-13T03:00:00Z', outlet='harbourline-news', slug='impeachment-vote-eve-count',
title='Opposition counts votes on eve of second impeachment ballot',
text='''SEOUL, Dec 13 (Harbourline News) - South Korea's opposition said on Friday it was confident that the second motion to impeach President Yoon Suk Yeol would pass, as more ruling party lawmakers said they would break ranks.

Park Chan-dae appealed to People Power Party lawmakers not to walk out again, saying a second boycott would be remembered as a betrayal of the public. Democratic Party officials said they had enough votes to pass the motion if ruling party members took part in the ballot.

Political analysts said the outcome turned less on open defections than on whether the ruling party again denied the vote a quorum. Some expected the party to let members vote freely while keeping its formal line against impeachment.

The presidential office said Yoon had no comment on the vote. Han Dong-hoon did not appear in public on Friday.

Several hundred thousand people were expected to gather near the National Assembly on Saturday afternoon. Rival rallies backing the president were planned in central Seoul.''',
claims=[
 ('democratic-party','ppp-ends-boycott','support','appealed to People Power Party lawmakers not to walk out again',True),
 ('democratic-party','yoon-impeachment','support','they had enough votes to pass the motion',True),
]))

A.append(dict(published='2024-12-14T05:20:00Z', outlet='eastgate-wire', slug='ppp-lawmakers-to-cast-ballots',
title='Ruling party lawmakers to cast ballots but keep line against impeachment',
text='''SEOUL, Dec 14 (Eastgate Wire) - The ruling People Power Party decided on Saturday that all of its lawmakers would enter the chamber and cast ballots in the second impeachment vote, ending the walkout tactic it used a week ago.

Floor leader Kweon Seong-dong announced the decision after a caucus that lasted most of the morning. He said the party would vote against the motion as a body, and that each member would nonetheless be free to follow his or her conscience in the secret ballot.

Party leader Han Dong-hoon, who had called on members to take part, said the decision was the right one.

The Democratic Party said it expected the motion to pass. Its leader Lee Jae-myung asked ruling party lawmakers to think of the soldiers who had been sent into the Assembly on Dec 3.

The vote is scheduled for 4 p.m. The motion needs 200 votes in the 300-member chamber.''',
claims=[
 ('ppp','ppp-ends-boycott','support','all of its lawmakers would enter the chamber and cast ballots',True),
 ('ppp','yoon-impeachment','oppose','He said the party would vote against the motion as a body',True),
 ('han-dong-hoon','ppp-ends-boycott','support','said the decision was the right one',True),
 ('democratic-party','yoon-impeachment','support','it expected the motion to pass',True),
]))

A.append(dict(published='2024-12-14T08:40:00Z', outlet='orient-courier', slug='assembly-impeaches-yoon',
title='South Korea parliament impeaches Yoon over martial law',
text='''SEOUL, Dec 14 (Orient Courier) - South Korea's National Assembly voted on Saturday to impeach President Yoon Suk Yeol over his short-lived declaration of martial law, suspending him from office while the Constitutional Court decides whether to remove him.

The motion passed by 204 votes to 85, with three abstentions and eight invalid ballots. At least 12 members of the ruling People Power Party appear to have voted in favour, although the party had formally opposed the motion.

Yoon said in a televised statement that he would never give up, and signalled he would contest the impeachment before the Constitutional Court. He said he would step aside for now but asked officials to keep the government running smoothly.

Democratic Party leader Lee Jae-myung hailed the vote as a victory for the people and the constitution. Crowds outside the Assembly cheered and sang when the result was announced.

Prime Minister Han Duck-soo becomes acting president. The court has up to 180 days to rule.''',
claims=[
 ('yoon','yoon-impeachment','oppose','signalled he would contest the impeachment before the Constitutional Court',True),
 ('ppp','yoon-impeachment','oppose','although the party had formally opposed the motion',False),
 ('democratic-party','yoon-impeachment','support','hailed the vote as a victory for the people and the constitution',True),
]))

A.append(dict(published='2024-12-14T12:30:00Z', outlet='summit-herald', slug='han-duck-soo-takes-over-as-acting-president',
title='Han Duck-soo takes over as acting president, pledges stability',
text='''SEOUL, Dec 14 (Summit Herald) - Prime Minister Han Duck-soo took over the powers of the presidency on Saturday evening and told the cabinet that its first task was to keep the government running without disruption.

Han Duck-soo ordered the military to strengthen its readiness against any provocation from North Korea and asked ministers to reassure foreign governments and investors. He said he would do his utmost to manage state affairs in a stable way.

The acting president is himself under police investigation over his role at the cabinet meeting held before martial law was declared. He has said he opposed the declaration.

The White House said it was in close contact with the acting government in Seoul and valued the alliance. US officials said they would work with the acting president as they had worked with Yoon Suk Yeol.

Han Dong-hoon, whose backing of the motion deepened rifts in the ruling party, faced calls from several senior lawmakers to resign as party leader.''',
claims=[]))

A.append(dict(published='2024-12-15T06:00:00Z', outlet='harbourline-news', slug='lee-says-no-impeachment-of-acting-president',
title="Opposition leader says he will not seek acting president Han's impeachment",
text='''SEOUL, Dec 15 (Harbourline News) - Democratic Party leader Lee Jae-myung said on Sunday his party would not seek to impeach Han Duck-soo, now the acting president, to avoid adding to the confusion after President Yoon Suk Yeol's impeachment.

Lee said the party had decided to let Han run the government so that the country could recover stability quickly, and proposed a council of the government and the parties in the Assembly to manage state affairs together. He urged the Constitutional Court to rule quickly on Yoon's case.

Some Democratic Party lawmakers had earlier argued that Han, who attended the cabinet meeting before martial law was declared, should face impeachment as well.

The People Power Party said it would consider the proposal for a joint council. Han Dong-hoon held no public events on Sunday.

Separately, investigators summoned Yoon for questioning on Wednesday. His aides did not say whether he would appear.''',
claims=[
 ('democratic-party','han-duck-soo-impeachment','oppose','his party would not seek to impeach Han Duck-soo',True),
]))

A.append(dict(published='2024-12-16T02:00:00Z', outlet='tidewater-post', slug='han-dong-hoon-resigns-as-party-leader',
title='Han Dong-hoon resigns as ruling party leader, stands by impeachment call',
text='''SEOUL, Dec 16 (Tidewater Post) - Han Dong-hoon resigned as leader of the ruling People Power Party on Monday, two days after the National Assembly impeached President Yoon Suk Yeol with the help of ruling party votes.

Han Dong-hoon said he was stepping down because the party's leadership could no longer function after five members of its top council quit. He told reporters he did not regret calling for the impeachment, saying he could not have defended martial law. He apologised to supporters who had been hurt by the outcome.

The party's floor leader Kweon Seong-dong will serve as acting leader until an emergency committee is formed.

At the Constitutional Court, the six sitting justices met for the first time to discuss the case and said it would receive the highest priority. The court is three members short of its full bench of nine.''',
claims=[
 ('han-dong-hoon','yoon-impeachment','support','he did not regret calling for the impeachment',True),
]))

A.append(dict(published='2024-12-16T09:30:00Z', outlet='eastgate-wire', slug='constitutional-court-begins-review',
title='Constitutional Court begins review of Yoon impeachment with six justices',
text='''SEOUL, Dec 16 (Eastgate Wire) - South Korea's Constitutional Court began its review of President Yoon Suk Yeol's impeachment on Monday and set a first preparatory hearing for Dec 27.

Acting chief justice Moon Hyung-bae told reporters the court would handle the case fairly and swiftly. A court spokeswoman said the justices had asked Yoon to submit a written response within seven days, and declined to say whether a ruling could come before the spring.

Only six of the court's nine seats are filled. Under the court's rules, six justices must all agree for Yoon to be removed, which makes the three vacancies politically sensitive. The National Assembly is due to pick nominees for the three seats this month.

Democratic Party floor leader Park Chan-dae said acting president Han Duck-soo must appoint the three justices chosen by the Assembly without delay, so that the court could deliberate at full strength.

Outside the court building in central Seoul, a small group of Yoon supporters held a rally.''',
claims=[
 ('democratic-party','court-appointments','support','must appoint the three justices chosen by the Assembly without delay',True),
]))

A.append(dict(published='2024-12-17T05:10:00Z', outlet='summit-herald', slug='kweon-says-acting-president-cannot-appoint-justices',
title='Ruling party says acting president cannot appoint court justices',
text='''SEOUL, Dec 17 (Summit Herald) - The ruling People Power Party said on Tuesday that an acting president may not appoint Constitutional Court justices while the suspended president's impeachment is under review, setting up a new clash with the opposition.

Kweon Seong-dong, the party's acting leader, said an acting president could only maintain the status quo and should not exercise the powers of a sitting president. The Democratic Party said he had made the opposite argument in the past and accused him of trying to keep the court short-handed.

Seok Dong-hyeon, a lawyer advising Yoon Suk Yeol, said the president would appear before the court in person to explain why he had declared martial law. He said Yoon had never intended to paralyse parliament.

Han Duck-soo has not said what he will do with the nominees. Officials at the prime minister's office said he was studying legal opinions.''',
claims=[
 ('ppp','court-appointments','oppose','an acting president may not appoint Constitutional Court justices',True),
 ('democratic-party','court-appointments','support','accused him of trying to keep the court short-handed',True),
]))

A.append(dict(published='2024-12-19T04:10:00Z', outlet='harbourline-news', slug='acting-president-vetoes-six-bills',
title='Acting president vetoes six opposition bills, raising tensions',
text='''SEOUL, Dec 19 (Harbourline News) - Acting president Han Duck-soo vetoed six bills passed by the opposition-controlled parliament on Thursday, including a measure guaranteeing minimum prices for rice, his first use of the power since taking over.

Han Duck-soo said the bills would strain public finances and needed broader agreement. The Democratic Party condemned the vetoes as acting like the suspended president.

Park Chan-dae said the party was watching the acting president's conduct closely but had not decided whether to seek his impeachment. Some commentators said the opposition could move against Han if he also blocked two bills appointing special counsels to investigate Yoon Suk Yeol and his wife, which reach his desk next week.

The People Power Party backed the vetoes and said the opposition had passed the bills without consultation.

Meanwhile the Constitutional Court said it had still not been able to deliver documents to Yoon, who had not collected them at his residence or office.''',
claims=[]))

A.append(dict(published='2024-12-23T03:00:00Z', outlet='tidewater-post', slug='opposition-sets-deadline-for-acting-president',
title='Opposition gives acting president deadline on special counsel bills',
text='''SEOUL, Dec 23 (Tidewater Post) - South Korea's main opposition party said on Monday it would begin impeachment proceedings against acting president Han Duck-soo immediately if he failed to sign two special counsel bills by Tuesday.

Democratic Party floor leader Park Chan-dae said the bills, which would appoint independent investigators to look into the martial law declaration and allegations against the president's wife, were essential to uncovering the truth. He also said Han must appoint the three Constitutional Court justices the Assembly is due to confirm this week.

The prime minister's office said Han was consulting constitutional scholars and would decide in line with the law. An official there declined to say when a decision would come.

The ruling People Power Party called the deadline a threat against the government, and said the acting president had no obligation to sign bills that it considered unconstitutional.''',
claims=[
 ('democratic-party','han-duck-soo-impeachment','conditional','would begin impeachment proceedings against acting president Han Duck-soo immediately if he failed',True),
 ('democratic-party','court-appointments','support','Han must appoint the three Constitutional Court justices',True),
]))

A.append(dict(published='2024-12-26T05:20:00Z', outlet='orient-courier', slug='han-duck-soo-holds-off-on-justices',
title='Acting president holds off on court appointments; opposition moves to impeach him',
text='''SEOUL, Dec 26 (Orient Courier) - Acting president Han Duck-soo said on Thursday he would hold off on appointing three new Constitutional Court justices until the ruling and opposition parties reached an agreement, hours after the National Assembly approved the nominees.

Han Duck-soo said in a televised address that an acting president should refrain from exercising a president's important powers unless the parties first agreed. He said he would appoint the justices once such a consensus existed.

The Democratic Party said it would file a motion to impeach Han that afternoon. Park Chan-dae said the acting president had shown he was not willing to let the court work at full strength and had become an accomplice in obstructing the process.

Kweon Seong-dong, the ruling People Power Party's acting leader, welcomed Han's decision and repeated that the court vacancies should not be filled while the impeachment case was pending.

The won fell to its weakest level against the dollar since 2009 after the announcement.''',
claims=[
 ('han-duck-soo','court-appointments','conditional','he would hold off on appointing three new Constitutional Court justices until',True),
 ('democratic-party','han-duck-soo-impeachment','support','it would file a motion to impeach Han that afternoon',True),
 ('democratic-party','court-appointments','support','was not willing to let the court work at full strength',True),
 ('ppp','court-appointments','oppose','the court vacancies should not be filled while the impeachment case was pending',True),
]))

A.append(dict(published='2024-12-26T07:45:00Z', outlet='eastgate-wire', slug='acting-president-refuses-justices-opposition-files-motion',
title='Acting president delays appointing judges, faces impeachment motion',
text='''SEOUL, Dec 26 (Eastgate Wire) - South Korea's acting president Han Duck-soo said on Thursday he would hold off on appointing three new Constitutional Court justices until the ruling and opposition parties reached an agreement, hours after parliament approved the nominees.

In a televised address, Han Duck-soo said an acting president should refrain from exercising a president's important powers unless the parties first agreed. He said he would appoint the justices once there was such a consensus.

The Democratic Party said it would file a motion to impeach Han that afternoon. Floor leader Park Chan-dae said the acting president was not willing to let the court work at full strength and had become an accomplice in obstructing the process.

The ruling People Power Party's acting leader Kweon Seong-dong welcomed the decision and said again that the court vacancies should not be filled while the impeachment case was pending.

The won dropped to its weakest level against the dollar since 2009 after the address.''',
claims=[
 ('han-duck-soo','court-appointments','conditional','he would hold off on appointing three new Constitutional Court justices until',True),
 ('democratic-party','han-duck-soo-impeachment','support','it would file a motion to impeach Han that afternoon',True),
 ('democratic-party','court-appointments','support','was not willing to let the court work at full strength',True),
 ('ppp','court-appointments','oppose','the court vacancies should not be filled while the impeachment case was pending',True),
]))

A.append(dict(published='2024-12-27T07:30:00Z', outlet='summit-herald', slug='assembly-impeaches-acting-president-han',
title='Parliament impeaches acting president Han Duck-soo',
text='''SEOUL, Dec 27 (Summit Herald) - South Korea's National Assembly impeached acting president Han Duck-soo on Friday, the first time an acting head of state has been impeached, deepening the political crisis that began with the Dec 3 martial law declaration.

The motion, filed by the Democratic Party, passed by 192 votes to none. Ruling People Power Party lawmakers crowded around the speaker's podium shouting that the vote was invalid and refused to cast ballots. The party argued that impeaching an acting president required 200 votes, the threshold for a president, rather than a simple majority, and said it would ask the Constitutional Court to nullify the result.

Lee Jae-myung said the acting president had been impeached for obstructing the court and protecting the insurrection.

Han Duck-soo said he respected the Assembly's decision and would await the court's ruling, and that he did not want to add to the confusion. Finance Minister Choi Sang-mok became acting president.''',
claims=[
 ('democratic-party','han-duck-soo-impeachment','support','The motion, filed by the Democratic Party, passed by 192 votes to none',True),
 ('ppp','han-duck-soo-impeachment','oppose','would ask the Constitutional Court to nullify the result',True),
]))

A.append(dict(published='2024-12-27T10:15:00Z', outlet='harbourline-news', slug='court-holds-first-hearing-yoon-case',
title="Court holds first hearing in Yoon case as president's lawyers stay away",
text='''SEOUL, Dec 27 (Harbourline News) - The Constitutional Court held its first preparatory hearing in President Yoon Suk Yeol's impeachment case on Friday, without any lawyers representing the suspended president.

Justice Lee Mi-son, one of two justices assigned to prepare the case, said the court would go ahead with the process regardless and asked both sides to submit their evidence lists. The court said a second preparatory hearing would be held on Jan 3.

Yoon's legal team was appointed only hours before the hearing. Seok Dong-hyeon told reporters that the lawyers needed more time to review the record and would take part in later sessions.

Lawmakers representing the National Assembly asked the court to narrow the case to the constitutional questions raised by the martial law declaration, so that it could move faster.

The hearing came hours after the Assembly impeached the acting president, leaving the Constitutional Court with two impeachment cases involving the country's top office.''',
claims=[]))

A.append(dict(published='2024-12-31T08:20:00Z', outlet='tidewater-post', slug='choi-appoints-two-of-three-justices',
title='New acting president appoints two of three court justices',
text='''SEOUL, Dec 31 (Tidewater Post) - South Korea's new acting president Choi Sang-mok appointed two of the three Constitutional Court justices chosen by the National Assembly on Tuesday, bringing the court to eight members, but held back the third nominee pending agreement between the parties.

Choi said he hoped the appointments would help end the political turmoil and allow the court to work more steadily.

The ruling People Power Party reacted angrily. Kweon Seong-dong said the appointments overstepped the authority of an acting president, and several party members said they felt betrayed by a cabinet they had supported.

The Democratic Party welcomed the move but said Choi must appoint the third nominee, Ma Eun-hyuk, as well, and that holding him back was a violation of the constitution.

The two new justices are expected to be sworn in on Thursday. The court is reviewing both Yoon Suk Yeol's impeachment and the impeachment of Han Duck-soo, who remains suspended as prime minister.''',
claims=[
 ('ppp','court-appointments','oppose','the appointments overstepped the authority of an acting president',True),
 ('democratic-party','court-appointments','support','Choi must appoint the third nominee, Ma Eun-hyuk, as well',True),
]))
