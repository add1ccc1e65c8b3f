# Article texts and labels for the hong-kong-extradition-2019 blind set (imported by build.py).
# Each entry: (published UTC, outlet slug, title, text, claims, shift-or-None)
# claims: (actor, issue, stance, quote, attributed)
HK, BJ, PD, DAB, BAR, US, UK = 'hk-government', 'beijing', 'pro-democracy', 'dab', 'bar-association', 'usa', 'uk'
PASS, WD, INQ, AMN, ACT = 'pass-extradition-bill', 'withdraw-extradition-bill', 'independent-inquiry', 'protester-amnesty', 'hk-rights-act'
S, O, C = 'support', 'oppose', 'conditional'

ARTICLES = [
('2019-04-03T09:30:00Z', 'eastern-wire', 'Hong Kong tables extradition amendment as opposition vows to fight it',
"""HONG KONG, Apr 3 (Eastern Wire) - The Hong Kong government formally introduced its amendment to the Fugitive Offenders Ordinance in the Legislative Council on Wednesday, a change that would for the first time allow case-by-case transfers of suspects to mainland China, Taiwan and Macau.

Secretary for Security John Lee told lawmakers the bill was needed to close a legal loophole exposed by the case of a Hong Kong man accused of killing his girlfriend in Taiwan last year. He said the government hoped to pass it before the summer recess.

Pan-democratic legislators held up placards during the first reading and said they would fight the bill at every stage, warning that it would expose anyone in the city to the mainland's opaque courts. Democratic Party lawmaker James To argued that the Taiwan case could be dealt with through a one-off arrangement instead.

Business chambers have also voiced unease, and last week the government dropped nine white-collar offences from the list of crimes covered.""",
[(HK, PASS, S, 'the government hoped to pass it before the summer recess', True),
 (PD, PASS, O, 'said they would fight the bill at every stage', True)], None),

('2019-04-28T14:00:00Z', 'harbourline-post', 'Tens of thousands march in Hong Kong against extradition plan',
"""HONG KONG, Apr 28 (Harbourline Post) - Tens of thousands of people marched through Hong Kong on Sunday against the government's plan to allow extraditions to mainland China, the largest street protest in the city since the 2014 Occupy movement.

The Civil Human Rights Front, which organised the march, put the turnout at 130,000; police said 22,800 people took part at the peak. Marchers walked from Causeway Bay to the government headquarters in Admiralty, which stands beside the Legislative Council.

Front convenor Jimmy Sham told the crowd that the government must withdraw the bill, saying nobody in Hong Kong would be safe once it became law.

In a statement late on Sunday, a government spokesman said the administration understood that some residents had concerns but would press ahead with the amendment, and that the bill would be debated in the Legislative Council as planned. Beijing has not commented publicly on the march.""",
[(PD, WD, S, 'the government must withdraw the bill', True),
 (PD, PASS, O, 'nobody in Hong Kong would be safe once it became law', True),
 (HK, PASS, S, 'would press ahead with the amendment', True)], None),

('2019-05-11T10:15:00Z', 'tidewater-courier', 'Lawmakers scuffle in Hong Kong legislature over extradition bill',
"""HONG KONG, May 11 (Tidewater Courier) - Rival lawmakers pushed and shoved in Hong Kong's Legislative Council on Saturday as pro-democracy and pro-Beijing members fought for control of the committee scrutinising the government's extradition bill. One legislator was taken out of the chamber on a stretcher.

The two camps have each held their own meetings of the bills committee, and each accuses the other of breaking the rules.

Starry Lee, chairwoman of the Democratic Alliance for the Betterment and Progress of Hong Kong, the largest party in the legislature, said the DAB would not let the opposition hold the city hostage and wanted the bill passed before July. Pro-democracy lawmakers said they would keep using every procedural tool available to stop the bill from reaching a vote.

Regina Ip, who leads the smaller New People's Party, accused the opposition of acting like a mob. Political scientists said the government might eventually bypass the committee altogether and take the bill straight to the full council.""",
[(DAB, PASS, S, 'wanted the bill passed before July', True),
 (PD, PASS, O, 'keep using every procedural tool available to stop the bill', True)], None),

('2019-05-22T08:00:00Z', 'granite-report', "Beijing's top Hong Kong official endorses extradition changes",
"""BEIJING, May 22 (Granite Report) - Vice Premier Han Zheng, the Communist Party leader in charge of Hong Kong affairs, said on Tuesday that the central government supported the Hong Kong government's amendment of its extradition laws, the first public endorsement of the plan by a member of the leadership.

Han told a visiting delegation from Hong Kong that the changes would plug loopholes in the city's legal system and help punish crime, according to a statement issued afterwards by Beijing's Liaison Office in Hong Kong.

Zhang Xiaoming, director of the Hong Kong and Macau Affairs Office, was quoted in the same statement as saying the amendment was necessary and justified.

The State Department warned in March that the proposal could hurt Hong Kong's business climate. Analysts in Hong Kong said the public backing from Beijing made it very unlikely that Chief Executive Carrie Lam's government would now retreat.""",
[(BJ, PASS, S, 'the central government supported the Hong Kong government\'s amendment of its extradition laws', True)], None),

('2019-05-30T11:20:00Z', 'eastern-wire', 'Hong Kong narrows extradition bill but will not drop it',
"""HONG KONG, May 30 (Eastern Wire) - The Hong Kong government offered concessions on its extradition bill on Thursday, saying it would only hand over suspects wanted for crimes carrying at least seven years in prison and only at the request of top-level mainland authorities.

Secretary for Security John Lee said the changes answered concerns raised by business and legal groups, and that the second reading debate would resume on June 12 as planned. He said the government would not let the bill lapse, and rejected calls to shelve it, saying a murder suspect was escaping justice.

Pro-democracy lawmakers dismissed the changes as cosmetic. Civic Party leader Alvin Yeung said the concessions did nothing about the core problem, which was that mainland courts could not be trusted, and called again for the bill to be withdrawn.

The Law Society, which represents solicitors, said it welcomed the changes but urged the government not to rush.""",
[(HK, PASS, S, 'the government would not let the bill lapse', True),
 (HK, WD, O, 'rejected calls to shelve it', True),
 (PD, PASS, O, 'Pro-democracy lawmakers dismissed the changes as cosmetic', True),
 (PD, WD, S, 'called again for the bill to be withdrawn', True)], None),

('2019-06-06T12:40:00Z', 'tidewater-courier', 'Hong Kong lawyers march in silence against extradition bill',
"""HONG KONG, June 6 (Tidewater Courier) - About 3,000 lawyers dressed in black marched in silence from the Court of Final Appeal to the government headquarters on Thursday, one of the largest protests by the legal profession since the handover.

The Hong Kong Bar Association, which represents the city's barristers, says the safeguards in the amended bill are inadequate because courts on the mainland are not independent. Its chairman, Philip Dykes, told reporters the bill should not be rushed through and must not be passed in its present form.

Chief Executive Carrie Lam said on Wednesday that critics had misunderstood the bill and that it would go ahead, adding that the courts in Hong Kong would have the final say on each surrender.

Organisers of a march planned for Sunday said they expected the biggest turnout in years.""",
[(BAR, PASS, O, 'must not be passed in its present form', True),
 (HK, PASS, S, 'critics had misunderstood the bill and that it would go ahead', True)], None),

('2019-06-10T04:10:00Z', 'harbourline-post', 'Lam vows to push on with extradition bill after huge march',
"""HONG KONG, June 10 (Harbourline Post) - Chief Executive Carrie Lam said on Monday that her government would press ahead with the extradition bill, a day after organisers said more than a million people had marched against it.

Lam told reporters the second reading debate would resume in the Legislative Council on Wednesday as scheduled. She said the bill had already been amended to meet concerns and that delaying it further would do no good.

The Civil Human Rights Front, which put Sunday's turnout at 1.03 million, called on Lam to withdraw the bill and step down. Police estimated the crowd at 240,000 at its peak.

Hundreds of mostly young protesters clashed with police outside the legislature after midnight, and 19 people were arrested.""",
[(HK, PASS, S, 'her government would press ahead with the extradition bill', True),
 (PD, WD, S, 'called on Lam to withdraw the bill and step down', True)], None),

('2019-06-10T07:45:00Z', 'granite-report', "Hong Kong leader refuses to shelve extradition bill after mass protest",
"""HONG KONG, June 10 (Granite Report) - Hong Kong Chief Executive Carrie Lam said on Monday her government would press ahead with the extradition bill, one day after organisers said over a million people had marched against it.

Lam told a news briefing that the second reading debate would resume in the Legislative Council on Wednesday as planned. She said the bill had already been amended to address concerns and that a further delay would do no good.

The Civil Human Rights Front, which estimated Sunday's turnout at 1.03 million, called on Lam to withdraw the bill and step down. Police put the crowd at 240,000 at its height.

Several hundred protesters, most of them young, clashed with police outside the legislature after midnight. Police said 19 people were arrested.""",
[(HK, PASS, S, 'her government would press ahead with the extradition bill', True),
 (PD, WD, S, 'called on Lam to withdraw the bill and step down', True)], None),

('2019-06-10T21:30:00Z', 'lantern-dispatch', 'US says Hong Kong extradition bill should not go forward',
"""WASHINGTON, June 10 (Lantern Dispatch) - The United States said on Monday it was gravely concerned about Hong Kong's proposed extradition amendments, warning that they could erode the rule of law and the city's high degree of autonomy.

State Department spokeswoman Morgan Ortagus told reporters Washington believed the bill should not go forward, and that it could put Americans living in or visiting Hong Kong at risk.

A bipartisan group of senators, led by Marco Rubio, said they would reintroduce the Hong Kong Human Rights and Democracy Act, which would require an annual review of the city's special trading status.

In Beijing, foreign ministry spokesman Geng Shuang said the central government would continue to firmly support the Hong Kong government in amending the law, and told foreign governments to stop making irresponsible remarks.""",
[(US, PASS, O, 'Washington believed the bill should not go forward', True),
 (BJ, PASS, S, 'continue to firmly support the Hong Kong government in amending the law', True)], None),

('2019-06-12T13:50:00Z', 'eastern-wire', 'Police fire tear gas as protesters surround Hong Kong legislature',
"""HONG KONG, June 12 (Eastern Wire) - Police fired tear gas, rubber bullets and bean bag rounds on Wednesday at tens of thousands of protesters who had surrounded the Legislative Council to stop the debate on the extradition bill. The council's president postponed the session.

Chief Executive Carrie Lam described the unrest in a video statement as organised rioting. A government spokesman declined to say when the debate would resume.

The Civil Human Rights Front demanded an independent investigation into the police use of force, which it said had been excessive, and called for a general strike. At least 79 people were injured.

Some analysts said the scale of the protests could force the government to delay the vote, though others noted that Beijing had publicly backed the bill and said Lam had little room to retreat.""",
[(PD, INQ, S, 'demanded an independent investigation into the police use of force', True)], None),

('2019-06-14T10:00:00Z', 'granite-report', 'Largest pro-Beijing party signals it could accept pause in extradition bill',
"""HONG KONG, June 14 (Granite Report) - The Democratic Alliance for the Betterment and Progress of Hong Kong, the city's largest pro-Beijing party, said on Friday it would back the government if it decided to pause the extradition bill, a sign that the establishment's support for a quick vote was wavering.

DAB chairwoman Starry Lee said the bill should return to the legislature only after the government had explained it better and the city had calmed down. Only a month ago her party had pledged to vote the bill through before the summer.

Other pro-establishment figures went further. Michael Tien, a pro-establishment lawmaker, called for the bill to be shelved altogether.

Chief Executive Carrie Lam's office declined to say whether the timetable for the bill would change. Local media reported that Lam had met senior Chinese officials in Shenzhen, which her office did not confirm.""",
[(DAB, PASS, C, 'the bill should return to the legislature only after the government had explained it better', True)],
('support', 'conditional', 'The DAB now backs a pause and would let the bill return only after more explanation and calm; in 003 it wanted the bill passed before July.')),

('2019-06-15T09:30:00Z', 'tidewater-courier', "Hong Kong's Lam suspends extradition bill but stops short of withdrawal",
"""HONG KONG, June 15 (Tidewater Courier) - Chief Executive Carrie Lam suspended the extradition bill on Saturday, a stunning retreat after a week of mass protests, but refused to withdraw it.

Lam told a news conference the government would halt work on the amendment and set no timetable for restarting it. She said the bill would come back only after the government had done more to communicate with the public, and that she still believed it was needed to close the legal loophole.

Asked repeatedly whether the bill would be withdrawn, Lam said it was suspended, not withdrawn, and that there was no need to go further.

The Civil Human Rights Front said a suspension was not enough and went ahead with plans for another march on Sunday, repeating its demand that the bill be withdrawn and that Lam resign.""",
[(HK, PASS, C, 'the bill would come back only after the government had done more to communicate', True),
 (HK, WD, O, 'it was suspended, not withdrawn, and that there was no need to go further', True),
 (PD, WD, S, 'repeating its demand that the bill be withdrawn', True)],
('support', 'conditional', 'Lam suspends the bill and says it returns only after more public communication; until 007 she was pressing ahead with the second reading.')),

('2019-06-16T15:20:00Z', 'harbourline-post', 'Organisers say nearly 2 million march as Lam apologises',
"""HONG KONG, June 16 (Harbourline Post) - Organisers said almost two million people marched through Hong Kong on Sunday, a day after Chief Executive Carrie Lam suspended the extradition bill. Police put the turnout at 338,000 at the peak.

In a statement on Sunday evening, Lam apologised to the public for shortcomings in the government's work, which she said had caused controversy and disputes. Her office declined to say whether she would withdraw the bill or step down.

The Civil Human Rights Front said the march showed that suspension was not enough. It demanded the full withdrawal of the bill, the release of everyone arrested during the protests and Lam's resignation.

In Beijing, the foreign ministry said the central government would continue to firmly support Lam and her government.""",
[(PD, WD, S, 'It demanded the full withdrawal of the bill', True),
 (PD, AMN, S, 'the release of everyone arrested during the protests', True)], None),

('2019-07-02T16:00:00Z', 'eastern-wire', 'Britain warns China of consequences over Hong Kong freedoms',
"""LONDON, July 2 (Eastern Wire) - British Foreign Secretary Jeremy Hunt warned China on Tuesday of serious consequences if it failed to honour the 1984 Sino-British Joint Declaration, which guarantees Hong Kong's freedoms until 2047.

Hunt condemned the storming of the Legislative Council by a small group of protesters on Monday night, but said the answer to the crisis was not repression. He repeated Britain's call for the Hong Kong government to set up a robust, independent investigation into the violence seen in June.

Liu Xiaoming, China's ambassador in London, told a news conference that Britain should keep its hands off Hong Kong and stop interfering in China's internal affairs.

In Hong Kong, Chief Executive Carrie Lam condemned the storming of the legislature at a news conference held before dawn.""",
[(UK, INQ, S, 'set up a robust, independent investigation into the violence seen in June', True)], None),

('2019-07-09T04:30:00Z', 'granite-report', "Lam says Hong Kong extradition bill is 'dead'",
"""HONG KONG, July 9 (Granite Report) - Chief Executive Carrie Lam said on Tuesday that the extradition bill was "dead", her strongest signal yet that the government had given up on the law that set off weeks of mass protests.

Lam told reporters the government had no plan to restart the legislative process, and that the bill would lapse when the current Legislative Council term ends next July. She again refused to formally withdraw the bill, saying her words were plain enough and that arguing over wording would not help.

Joshua Wong of the pro-democracy group Demosisto said "dead" was not a legal term and that nothing short of a formal withdrawal would do. The Civil Human Rights Front also repeated its call for an independent inquiry into police conduct.

A month ago Lam had insisted the bill would go ahead on schedule.""",
[(HK, PASS, O, 'the government had no plan to restart the legislative process', True),
 (HK, WD, O, 'She again refused to formally withdraw the bill', True),
 (PD, WD, S, 'nothing short of a formal withdrawal would do', True),
 (PD, INQ, S, 'repeated its call for an independent inquiry into police conduct', True)],
('conditional', 'oppose', 'Lam declares the bill dead with no plan to restart it; in 012 it was only suspended, to return after more communication.')),

('2019-07-09T06:05:00Z', 'lantern-dispatch', "Hong Kong leader declares extradition bill 'dead'",
"""HONG KONG, July 9 (Lantern Dispatch) - Hong Kong's Chief Executive Carrie Lam declared on Tuesday that the extradition bill was "dead", the clearest sign yet that her government had abandoned the law that triggered weeks of huge protests.

Lam said the government had no plan to restart the legislative process, and that the bill would expire when the Legislative Council's current term ends next July. She again refused to formally withdraw the bill, saying her words were clear enough and that a fight over wording would not help.

Demosisto's Joshua Wong said "dead" had no meaning in law and that nothing short of a formal withdrawal would do. The Civil Human Rights Front repeated its call for an independent inquiry into police conduct.

Only a month ago, Lam had insisted the bill would proceed on schedule.""",
[(HK, PASS, O, 'the government had no plan to restart the legislative process', True),
 (HK, WD, O, 'She again refused to formally withdraw the bill', True),
 (PD, WD, S, 'nothing short of a formal withdrawal would do', True),
 (PD, INQ, S, 'repeated its call for an independent inquiry into police conduct', True)], None),

('2019-07-22T11:10:00Z', 'tidewater-courier', 'Hong Kong rejects call for inquiry after Yuen Long attack',
"""HONG KONG, July 22 (Tidewater Courier) - Men in white T-shirts armed with sticks and rods attacked commuters and protesters at Yuen Long railway station on Sunday night, injuring at least 45 people. Democratic Party lawmaker Lam Cheuk-ting, who was hurt in the attack, said police had taken more than half an hour to arrive.

Pan-democratic lawmakers demanded an independent commission of inquiry into the attack and into police handling of the protests since June.

Chief Executive Carrie Lam condemned the violence on Monday. She said the Independent Police Complaints Council would look into complaints about the police, and rejected calls for a separate commission of inquiry, saying the existing system worked.

Chief Secretary Matthew Cheung apologised separately for the police response, saying it had fallen short of what residents expected.""",
[(PD, INQ, S, 'demanded an independent commission of inquiry into the attack', True),
 (HK, INQ, O, 'rejected calls for a separate commission of inquiry', True)], None),

('2019-07-29T09:00:00Z', 'lantern-dispatch', "China's Hong Kong affairs office backs Lam and police",
"""BEIJING, July 29 (Lantern Dispatch) - China's Hong Kong and Macau Affairs Office held its first news conference on the city since the 1997 handover on Monday, voicing firm support for Chief Executive Carrie Lam and the Hong Kong police and condemning what it called the violent acts of radicals.

Spokesman Yang Guang said the central government trusted Lam to handle the situation and urged people from all walks of life to oppose violence. Asked whether Beijing would support an independent inquiry into police conduct, he said that was a matter for the Hong Kong government.

He did not take questions on whether the People's Liberation Army garrison could be deployed.

Some analysts in Hong Kong said the briefing showed Beijing still preferred to let Lam's administration manage the crisis, while others read it as a warning.""",
[], None),

('2019-08-05T10:40:00Z', 'eastern-wire', 'Lam rejects protest demands as strike disrupts Hong Kong',
"""HONG KONG, Aug 5 (Eastern Wire) - Chief Executive Carrie Lam said on Monday the protests were pushing Hong Kong to a very dangerous situation, as a city-wide strike halted trains and grounded more than 200 flights.

Speaking for the first time in two weeks, Lam said she would not resign. She also ruled out an amnesty for those arrested, saying it would be against the rule of law to drop charges against people accused of breaking it.

Pro-democracy lawmakers said releasing those arrested without charge was the only way to calm the city, and accused Lam of ignoring the public.

Lawmakers from the DAB and other pro-Beijing parties said the strike had hurt ordinary workers. Police fired tear gas in several districts in the evening. More than 500 people have been arrested since the protests began in June.""",
[(HK, AMN, O, 'ruled out an amnesty for those arrested', True),
 (PD, AMN, S, 'releasing those arrested without charge was the only way to calm the city', True)], None),

('2019-08-14T19:30:00Z', 'granite-report', 'Pelosi says Congress will move on Hong Kong rights bill',
"""WASHINGTON, Aug 14 (Granite Report) - US House Speaker Nancy Pelosi said on Wednesday that Congress would move forward with the Hong Kong Human Rights and Democracy Act when lawmakers return from their summer recess next month.

Pelosi said the bill had strong support from both parties and that the United States must stand with the people of Hong Kong. President Donald Trump, asked about the airport protests, said he hoped the crisis would be resolved peacefully and linked it to trade talks with China.

In Beijing, foreign ministry spokeswoman Hua Chunying said the bill was a gross interference in China's internal affairs and urged US lawmakers to drop it.

Protesters occupied Hong Kong's airport for a second day on Tuesday, forcing the cancellation of hundreds of flights.""",
[(US, ACT, S, 'Congress would move forward with the Hong Kong Human Rights and Democracy Act', True),
 (BJ, ACT, O, 'the bill was a gross interference in China\'s internal affairs', True)], None),

('2019-08-18T13:00:00Z', 'harbourline-post', 'Huge crowd rallies peacefully in Hong Kong rain',
"""HONG KONG, Aug 18 (Harbourline Post) - A huge crowd filled Victoria Park and the streets around it on Sunday in a peaceful rally that the Civil Human Rights Front said drew 1.7 million people, after a week of clashes at the airport.

The Front repeated what protesters call their five demands: the formal withdrawal of the bill, the release of arrested protesters with charges dropped, an independent commission of inquiry into police conduct, the withdrawal of the riot label, and universal suffrage.

Convenor Jimmy Sham said the movement would not stop until the government answered every one of them.

Police, who put the number at 128,000, said the rally had been largely peaceful. Because police had refused permission for a march, the crowd left the park in waves and walked towards Central.

The government said in a statement that it hoped society would return to calm as soon as possible, but did not respond to the demands.""",
[(PD, WD, S, 'the formal withdrawal of the bill', True),
 (PD, AMN, S, 'the release of arrested protesters with charges dropped', True),
 (PD, INQ, S, 'an independent commission of inquiry into police conduct', True)], None),

('2019-08-21T08:15:00Z', 'tidewater-courier', 'Hong Kong Bar Association presses for inquiry into police',
"""HONG KONG, Aug 21 (Tidewater Courier) - The Hong Kong Bar Association said on Wednesday that there was no substitute for an independent commission of inquiry into the way police have handled the protests, dismissing the government's plan to rely on the police complaints council.

Chairman Philip Dykes said the council did not have the power to summon witnesses and could not restore public trust.

Chief Executive Carrie Lam said on Tuesday that a fact-finding study by the Independent Police Complaints Council was the best way forward, and that a commission of inquiry was not needed. She proposed a platform for dialogue with people from all sides.

Some political commentators said Lam might yet give ground on an inquiry if the violence continued, but her office gave no sign of it.""",
[(BAR, INQ, S, 'there was no substitute for an independent commission of inquiry', True),
 (HK, INQ, O, 'a commission of inquiry was not needed', True)], None),

('2019-08-30T12:30:00Z', 'lantern-dispatch', 'Joshua Wong arrested and bailed; report says Beijing blocked withdrawal plan',
"""HONG KONG, Aug 30 (Lantern Dispatch) - Pro-democracy activists Joshua Wong and Agnes Chow were arrested on Friday and charged with inciting people to join an unauthorised assembly in June. Both were released on bail later in the day.

Outside the court, Wong said he would keep campaigning and urged the US Congress to pass the Hong Kong Human Rights and Democracy Act.

A news agency reported on Friday, citing three people familiar with the matter, that Carrie Lam had proposed to Beijing this summer that the bill be withdrawn, and that the central government rejected the proposal and told her not to yield to any of the demands.

Lam's office did not respond to requests for comment, and the Hong Kong and Macau Affairs Office declined to comment.""",
[(PD, ACT, S, 'urged the US Congress to pass the Hong Kong Human Rights and Democracy Act', True),
 (HK, WD, S, 'Carrie Lam had proposed to Beijing this summer that the bill be withdrawn', False),
 (BJ, WD, O, 'the central government rejected the proposal', False)], None),

('2019-09-04T10:30:00Z', 'eastern-wire', 'Lam formally withdraws extradition bill, rejects other demands',
"""HONG KONG, Sept 4 (Eastern Wire) - Chief Executive Carrie Lam announced on Wednesday that her government would formally withdraw the extradition bill, bowing to one of the protesters' demands after three months of unrest.

In a televised address, Lam said the government will formally withdraw the bill to fully allay public concerns. But she ruled out an independent commission of inquiry into police conduct, saying the Independent Police Complaints Council would complete its study and that two new overseas experts would join it. She said she would invite community leaders and academics to independently examine the deep-seated problems in society.

Lam also rejected an amnesty, saying the release of arrested protesters without charge was not acceptable because it went against the rule of law.

Hong Kong shares rose nearly 4 percent on the news.""",
[(HK, WD, S, 'the government will formally withdraw the bill to fully allay public concerns', True),
 (HK, PASS, O, 'the government will formally withdraw the bill', True),
 (HK, INQ, O, 'she ruled out an independent commission of inquiry into police conduct', True),
 (HK, AMN, O, 'Lam also rejected an amnesty', True)],
('oppose', 'support', 'Lam announces the formal withdrawal she refused in 012 and 015.')),

('2019-09-04T15:45:00Z', 'harbourline-post', "Protest leaders say withdrawal is 'too little, too late'; DAB backs Lam",
"""HONG KONG, Sept 4 (Harbourline Post) - Pro-democracy leaders said on Wednesday that Carrie Lam's withdrawal of the extradition bill came too late and insisted that the government meet all of their remaining demands.

Joshua Wong said the move was "too little, too late" and that protesters still wanted an independent inquiry into police conduct and the release of those arrested. Civic Party leader Alvin Yeung said the withdrawal did not heal the wounds of the past three months.

The Democratic Alliance for the Betterment and Progress of Hong Kong, which had backed the bill, said it supported the government's decision to withdraw it and hoped it would help the city calm down, chairwoman Starry Lee said.

The Hong Kong Bar Association welcomed the withdrawal but said an independent commission of inquiry was still essential.""",
[(PD, INQ, S, 'protesters still wanted an independent inquiry into police conduct', True),
 (PD, AMN, S, 'the release of those arrested', True),
 (DAB, WD, S, "it supported the government's decision to withdraw it", True),
 (BAR, WD, S, 'The Hong Kong Bar Association welcomed the withdrawal', True),
 (BAR, INQ, S, 'an independent commission of inquiry was still essential', True)],
('oppose', 'support', 'The DAB says it supports the decision to withdraw the bill it had backed (baseline oppose on withdrawal; in 003 it wanted the bill passed).')),

('2019-09-05T08:20:00Z', 'granite-report', "Beijing backs Lam's withdrawal of extradition bill",
"""BEIJING, Sept 5 (Granite Report) - China's foreign ministry said on Thursday that the central government respected and supported the Hong Kong government's decision to withdraw the extradition bill.

Spokesman Geng Shuang told a regular briefing that Beijing had full confidence in Carrie Lam and her government to restore order. He also warned the US Congress against passing the Hong Kong Human Rights and Democracy Act, saying it would interfere in China's internal affairs.

The Hong Kong and Macau Affairs Office said separately that stopping violence remained the most urgent task.

State media had reported the withdrawal without comment on Wednesday night. Diplomats in Beijing said the leadership wanted calm in Hong Kong before the October 1 anniversary of the People's Republic.""",
[(BJ, WD, S, "respected and supported the Hong Kong government's decision to withdraw the extradition bill", True),
 (BJ, ACT, O, 'warned the US Congress against passing the Hong Kong Human Rights and Democracy Act', True)],
('oppose', 'support', 'The foreign ministry says Beijing supports the withdrawal; its baseline was opposition, and 023 reported (unattributed) that it had blocked Lam\'s withdrawal plan.')),

('2019-09-05T17:10:00Z', 'lantern-dispatch', 'Britain welcomes Hong Kong bill withdrawal, urges independent investigation',
"""LONDON, Sept 5 (Lantern Dispatch) - British Foreign Secretary Dominic Raab said on Thursday that the withdrawal of the extradition bill was a welcome step, and urged Hong Kong's government to build on it through dialogue.

Raab said Britain still wanted a robust, independent investigation into the violence of recent months, which he said would help rebuild trust.

He said the British government would keep raising Hong Kong with Beijing at every level. His predecessor Jeremy Hunt had urged the Hong Kong government in June to pause and reflect on the bill.

A spokesman for the Chinese embassy said Britain had no sovereignty or right of supervision over Hong Kong after the handover.

Raab spoke in London after talks with his Irish counterpart. Hong Kong was a British colony until 1997, and about 300,000 British nationals overseas passport holders live in the city.""",
[(UK, WD, S, 'the withdrawal of the extradition bill was a welcome step', True),
 (UK, INQ, S, 'Britain still wanted a robust, independent investigation into the violence', True)], None),

('2019-09-18T20:00:00Z', 'tidewater-courier', 'Joshua Wong urges Congress to pass Hong Kong rights act',
"""WASHINGTON, Sept 18 (Tidewater Courier) - Hong Kong activist Joshua Wong told a congressional commission on Tuesday that the United States should pass the Hong Kong Human Rights and Democracy Act without delay, saying it would show Beijing that the city's freedoms had international backing.

Senator Marco Rubio, who sponsors the Senate version, said he expected it to pass. House Speaker Nancy Pelosi met Wong on Wednesday and said Congress would pass the bill soon.

Under both versions of the bill, the secretary of state would have to certify every year that Hong Kong remains autonomous enough to justify its special trading status, and officials found to undermine the city's freedoms could face sanctions.

In Beijing, foreign ministry spokesman Geng Shuang said the activists were seeking foreign interference and that China firmly opposed the bill.""",
[(PD, ACT, S, 'the United States should pass the Hong Kong Human Rights and Democracy Act', True),
 (US, ACT, S, 'Congress would pass the bill soon', True),
 (BJ, ACT, O, 'China firmly opposed the bill', True)], None),

('2019-10-16T09:00:00Z', 'eastern-wire', 'US House passes Hong Kong rights bill; Beijing threatens countermeasures',
"""HONG KONG, Oct 16 (Eastern Wire) - The US House of Representatives passed the Hong Kong Human Rights and Democracy Act by voice vote on Tuesday, drawing an angry response from Beijing and Hong Kong's government.

China's foreign ministry said the bill showed the shocking hypocrisy of some Americans and warned that China would take strong countermeasures if it became law.

The Hong Kong government said it regretted the vote and that foreign legislatures should not interfere in the city's internal affairs in any form.

Under the bill, officials responsible for undermining freedoms in Hong Kong could face sanctions, and the city's special trading status would be reviewed every year.

Chief Executive Carrie Lam abandoned her annual policy address in the Legislative Council on Wednesday after pro-democracy lawmakers heckled her, delivering it by video instead.""",
[(US, ACT, S, 'passed the Hong Kong Human Rights and Democracy Act by voice vote', True),
 (BJ, ACT, O, 'China would take strong countermeasures if it became law', True),
 (HK, ACT, O, 'foreign legislatures should not interfere in the city\'s internal affairs', True)], None),

('2019-10-23T07:30:00Z', 'harbourline-post', 'Hong Kong formally scraps extradition bill in legislature',
"""HONG KONG, Oct 23 (Harbourline Post) - Secretary for Security John Lee formally withdrew the extradition bill in the Legislative Council on Wednesday, more than four months after it was suspended.

Pro-democracy lawmakers tried to question Lee during his statement and said the withdrawal came far too late. They repeated their demand for an independent commission of inquiry into police conduct.

The man at the centre of the Taiwan murder case that prompted the bill walked free from a Hong Kong prison on the same day after serving a sentence for money laundering, and said he would surrender to Taiwan. Taipei and Hong Kong then argued over the arrangements.

The formal withdrawal itself took only a few minutes, after which the council moved on to other business.""",
[(HK, WD, S, 'John Lee formally withdrew the extradition bill', True),
 (PD, INQ, S, 'repeated their demand for an independent commission of inquiry', True)], None),

('2019-11-20T22:15:00Z', 'granite-report', 'US Congress sends Hong Kong rights bill to Trump',
"""WASHINGTON, Nov 20 (Granite Report) - The US House of Representatives voted 417-1 on Wednesday to pass the Senate's version of the Hong Kong Human Rights and Democracy Act, a day after the Senate approved it unanimously, sending the bill to President Donald Trump.

China's foreign ministry summoned a senior US diplomat and said Washington would bear the consequences if the bill became law.

The Hong Kong government expressed deep regret, saying the legislation was unnecessary and unwarranted and would send the wrong signal to protesters.

US lawmakers had pushed the bill forward after police laid siege to the Polytechnic University, where hundreds of protesters were trapped for days. A White House spokesman declined to say whether Trump would sign it.""",
[(US, ACT, S, "voted 417-1 on Wednesday to pass the Senate's version", True),
 (BJ, ACT, O, 'Washington would bear the consequences if the bill became law', True),
 (HK, ACT, O, 'the legislation was unnecessary and unwarranted', True)], None),

('2019-11-22T14:00:00Z', 'lantern-dispatch', 'Trump declines to commit on Hong Kong rights bill, citing Xi',
"""WASHINGTON, Nov 22 (Lantern Dispatch) - President Donald Trump declined on Friday to say whether he would sign the Hong Kong Human Rights and Democracy Act, saying the United States had to stand with Hong Kong but that he was also standing with President Xi Jinping.

Trump told a television interviewer that Xi was a friend and that he wanted the trade talks with China to succeed.

The White House did not say when a decision would be made. Both chambers passed the bill by margins large enough to override a veto, and some analysts said Trump could let it become law without his signature.

In Hong Kong, a few dozen protesters remained inside the Polytechnic University campus, which police have surrounded for almost a week.""",
[], None),

('2019-11-25T05:30:00Z', 'eastern-wire', 'Pro-democracy candidates sweep Hong Kong district elections',
"""HONG KONG, Nov 25 (Eastern Wire) - Pro-democracy candidates won control of 17 of Hong Kong's 18 district councils in Sunday's elections, taking almost 390 of the 452 seats on a record turnout of more than 70 percent.

The DAB, the largest pro-Beijing party, lost more than 100 seats, and its chairwoman Starry Lee apologised to supporters. Pro-Beijing politicians said many of their candidates had been harassed and unable to campaign. About 2.9 million people voted, almost double the number four years ago.

Chief Executive Carrie Lam said the government would listen to the public humbly and reflect on the result, but declined to say whether she would meet any of the protesters' demands.

Winning candidates said the vote was a referendum on the movement and called on Lam to set up an independent inquiry into police conduct without further delay.""",
[(PD, INQ, S, 'called on Lam to set up an independent inquiry into police conduct', True)], None),

('2019-11-28T03:00:00Z', 'harbourline-post', 'Trump signs Hong Kong rights law; China vows firm countermeasures',
"""WASHINGTON, Nov 27 (Harbourline Post) - President Donald Trump signed the Hong Kong Human Rights and Democracy Act into law on Wednesday, saying he had done so out of respect for President Xi, China and the people of Hong Kong.

Secretary of State Mike Pompeo said the law showed that the United States stood with the people of Hong Kong.

China's foreign ministry said it strongly opposed the law and would take firm countermeasures, calling it naked interference. The Hong Kong government said it strongly opposed the law, which it said would harm relations and interests.

Trump also signed a second bill banning exports of tear gas, rubber bullets and other crowd-control equipment to the Hong Kong police.

Joshua Wong welcomed the signing and said he hoped other countries would follow.""",
[(US, ACT, S, 'Trump signed the Hong Kong Human Rights and Democracy Act into law', True),
 (BJ, ACT, O, 'it strongly opposed the law and would take firm countermeasures', True),
 (HK, ACT, O, 'The Hong Kong government said it strongly opposed the law', True),
 (PD, ACT, S, 'Joshua Wong welcomed the signing', True)], None),
]


# ---------------------------------------------------------------------------
# Generation and validation. Run: python3 build.py (writes articles/, feeds/, labels.json; checks everything).
import json, os, re, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    'eastern-wire': 'Eastern Wire',
    'harbourline-post': 'Harbourline Post',
    'tidewater-courier': 'Tidewater Courier',
    'granite-report': 'Granite Report',
    'lantern-dispatch': 'Lantern Dispatch',
}
DUPLICATES = [('007', '008'), ('015', '016')]


def slugify(title):
    s = re.sub(r"[^a-z0-9]+", '-', title.lower().replace("'", ''))
    return s.strip('-')[:80].rstrip('-')


def parse_watchlist(path):
    """Tiny reader for the flat watchlist layout (no PyYAML needed)."""
    actors, issues, baseline, section = set(), set(), [], None
    for line in open(path, encoding='utf-8'):
        if re.match(r'^(actors|issues|baseline):', line):
            section = line.split(':')[0]
            continue
        m = re.match(r'^  - id: (\S+)', line)
        if m:
            (actors if section == 'actors' else issues).add(m.group(1))
        m = re.match(r'^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}', line)
        if m:
            baseline.append(m.groups())
    return actors, issues, baseline


def build():
    arts, claims, shifts = [], {}, []
    for i, (pub, outlet, title, text, cl, shift) in enumerate(ARTICLES, start=1):
        aid = f'{i:03d}'
        d = datetime.strptime(pub, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)
        url = f'https://example.org/{outlet}/{d:%Y/%m/%d}/{slugify(title)}'
        arts.append({'id': aid, 'published': pub, 'source': OUTLETS[outlet], 'url': url,
                     'title': title, 'text': text, '_outlet': outlet, '_dt': d})
        claims[aid] = [{'actor': a, 'issue': s, 'stance': st, 'quote': q, 'attributed': at}
                       for (a, s, st, q, at) in cl]
        if shift:
            frm, to, why = shift
            # the shift's actor/issue is the one claim in the article whose stance is `to`, picked explicitly below
            cands = [c for c in claims[aid] if c['stance'] == to and c['attributed']]
            shifts.append({'aid': aid, 'from': frm, 'to': to, 'why': why, 'cands': cands})
    return arts, claims, shifts


def resolve_shifts(arts, claims, raw, baseline):
    """Replay attributed claims from the baseline; every change of prevailing stance is a shift.
    Cross-check against the hand-marked shift articles."""
    prevailing = {(a, i): s for (a, i, s) in baseline}
    computed = []
    dup_copies = {b for (_, b) in DUPLICATES}
    for art in arts:
        aid = art['id']
        for c in claims[aid]:
            if not c['attributed']:
                continue
            key = (c['actor'], c['issue'])
            old = prevailing.get(key)
            if old is not None and old != c['stance'] and aid not in dup_copies:
                computed.append({'actor': c['actor'], 'issue': c['issue'], 'from': old, 'to': c['stance'], 'article': aid})
            prevailing[key] = c['stance']
    marked = {r['aid']: r for r in raw}
    out = []
    for s in computed:
        r = marked.get(s['article'])
        assert r and r['from'] == s['from'] and r['to'] == s['to'], f"unmarked or mismatched shift {s}"
        out.append({**s, 'why': r['why']})
    assert {s['article'] for s in computed} == set(marked), (sorted(marked), computed)
    return out


def write(arts, claims, shifts):
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    for a in arts:
        rec = {k: a[k] for k in ('id', 'published', 'source', 'url', 'title', 'text')}
        with open(os.path.join(HERE, 'articles', a['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(rec, f, indent=2, ensure_ascii=False)
            f.write('\n')
    shift_articles = {s['article'] for s in shifts}
    labels = {'claims': claims, 'shifts': shifts,
              'no_alert_articles': [a['id'] for a in arts if a['id'] not in shift_articles]}
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write('\n')
    for slug, name in OUTLETS.items():
        items = [a for a in arts if a['_outlet'] == slug]
        last = max(a['_dt'] for a in items)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
                 f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{slug}/</link>',
                 f'    <description>{escape(name)}: fictional outlet for the shiftwatch hong-kong-extradition-2019 set</description>',
                 '    <language>en</language>', f'    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>']
        for a in sorted(items, key=lambda x: x['_dt'], reverse=True):
            lines += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{escape(a["url"])}</link>',
                      f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                      f'      <pubDate>{format_datetime(a["_dt"], usegmt=True)}</pubDate>',
                      f'      <description>{escape(a["text"])}</description>', '    </item>']
        lines += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', slug + '.xml'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines))


def validate(arts, claims, shifts, actors, issues):
    errs = []
    ids = [a['id'] for a in arts]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')) if f.endswith('.json'))
    if files != ids: errs.append(f'article files {files} != ids')
    pubs = [a['published'] for a in arts]
    if pubs != sorted(pubs): errs.append('ids not in publication order')
    if len(set(a['url'] for a in arts)) != len(arts): errs.append('duplicate urls')
    for a in arts:
        n = len(a['text'].split())
        if not 120 <= n <= 260: errs.append(f"{a['id']}: {n} words")
        m = re.match(r'^[A-Z ]+, [A-Z][a-z]+\.? \d{1,2} \(' + re.escape(a['source']) + r'\) - ', a['text'])
        if not m: errs.append(f"{a['id']}: bad dateline")
        seen = set()
        for c in claims[a['id']]:
            if c['quote'] not in a['text']: errs.append(f"{a['id']}: quote not in text: {c['quote']!r}")
            if len(c['quote'].split()) > 15: errs.append(f"{a['id']}: quote > 15 words: {c['quote']!r}")
            if c['actor'] not in actors: errs.append(f"{a['id']}: unknown actor {c['actor']}")
            if c['issue'] not in issues: errs.append(f"{a['id']}: unknown issue {c['issue']}")
            if c['stance'] not in ('support', 'oppose', 'conditional'): errs.append(f"{a['id']}: bad stance")
            k = (c['actor'], c['issue'])
            if k in seen: errs.append(f"{a['id']}: two claims for {k}")
            seen.add(k)
    for x, y in DUPLICATES:
        cx = {(c['actor'], c['issue'], c['stance']) for c in claims[x]}
        cy = {(c['actor'], c['issue'], c['stance']) for c in claims[y]}
        if cx != cy: errs.append(f'duplicate pair {x}/{y} claims differ')
        ax, ay = arts[int(x) - 1], arts[int(y) - 1]
        if ax['published'][:10] != ay['published'][:10] or ax['source'] == ay['source']: errs.append(f'dup {x}/{y} day/outlet')
    for s in shifts:
        if s['actor'] not in actors or s['issue'] not in issues: errs.append(f'shift unknown ids {s}')
    # files round-trip
    lab = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    if sorted(lab['claims']) != ids: errs.append('labels claims keys != ids')
    for f in os.listdir(os.path.join(HERE, 'articles')):
        json.load(open(os.path.join(HERE, 'articles', f), encoding='utf-8'))
    return errs


if __name__ == '__main__':
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, 'watchlist.yaml'))
    arts, claims, raw = build()
    shifts = resolve_shifts(arts, claims, raw, baseline)
    write(arts, claims, shifts)
    errs = validate(arts, claims, shifts, actors, issues)
    allc = [c for v in claims.values() for c in v]
    print(f"articles={len(arts)} claims={len(allc)} " + ' '.join(
        f"{s}={sum(c['stance'] == s for c in allc)}" for s in ('support', 'oppose', 'conditional'))
        + f" unattributed={sum(not c['attributed'] for c in allc)} shifts={len(shifts)}"
        + f" empty={[k for k, v in claims.items() if not v]}")
    for s in shifts: print('  shift', s['article'], s['actor'], s['issue'], s['from'], '->', s['to'])
    for e in errs: print('ERROR', e)
    sys.exit(1 if errs else 0)
