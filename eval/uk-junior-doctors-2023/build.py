#!/usr/bin/env python3
"""Builds and validates the uk-junior-doctors-2023 evaluation set: python3 build.py (regenerates articles/, feeds/, labels.json)."""
# Article texts and labels for uk-junior-doctors-2023 (imported by build.py).
# Each article: (date-time UTC, outlet slug, url slug, title, paragraphs, claims)
# claims: (actor, issue, stance, quote, attributed)
S, O, C = "support", "oppose", "conditional"

ARTICLES = [
# 001
("2023-02-20T16:30:00Z", "strand-wire", "junior-doctors-vote-for-strikes",
 "Junior doctors in England vote for strikes over pay",
 ["LONDON, Feb 20 (Strand Wire) - Junior doctors in England have voted by 98% to go on strike, the British Medical Association said on Monday, clearing the way for the profession's first walkout since 2016 and a 72-hour stoppage next month.",
  "Turnout was 77%, comfortably above the legal threshold. Robert Laurenson and Vivek Trivedi, who co-chair the BMA's junior doctors committee, said the result showed that doctors would no longer put up with pay that had fallen by more than a quarter in real terms since 2008. They said the union's aim was full pay restoration and that members deserved nothing less.",
  "The Department of Health and Social Care said it was disappointed. A spokesperson said the government valued junior doctors but that the union's demands were unaffordable at a time when the country needed to bring inflation down.",
  "Hospital managers said they would begin planning at once to protect emergency care. The walkout, due to start on March 13, will include doctors working in accident and emergency departments."],
 [("bma", "full-pay-restoration", S, "They said the union's aim was full pay restoration", True),
  ("bma", "end-strikes", O, "have voted by 98% to go on strike", True),
  ("conservatives", "full-pay-restoration", O, "the union's demands were unaffordable", True)]),
# 002
("2023-03-10T18:05:00Z", "pennine-courier", "barclay-offers-talks-if-strike-called-off",
 "Barclay offers talks if junior doctors call off next week's strike",
 ["LONDON, March 10 (Pennine Courier) - Health Secretary Steve Barclay invited the British Medical Association to formal pay talks on Friday, but said they could begin only if junior doctors called off the strike planned for next week.",
  "In a letter to the union, Barclay said he wanted to discuss pay, terms and conditions on the same basis as the talks under way with nursing and ambulance unions, which had paused their own action to take part. \"I urge the BMA to call off strikes and come to the table,\" he said.",
  "The BMA's junior doctors committee turned the invitation down within hours. Co-chair Vivek Trivedi said doctors would not suspend a lawful strike in exchange for a meeting with no offer attached, and he confirmed that Monday's walkout would go ahead.",
  "The Royal College of Nursing, whose members paused their walkouts to enter talks, declined to comment on the doctors' decision. Health service leaders said several hospitals had already cancelled planned operations for next week."],
 [("conservatives", "pay-talks", C, "they could begin only if junior doctors called off the strike", True),
  ("conservatives", "end-strikes", S, "I urge the BMA to call off strikes and come to the table", True),
  ("bma", "end-strikes", O, "doctors would not suspend a lawful strike in exchange for a meeting", True)]),
# 003
("2023-03-13T09:20:00Z", "tideway-post", "junior-doctors-begin-72-hour-walkout",
 "Junior doctors begin 72-hour walkout across England",
 ["LONDON, March 13 (Tideway Post) - Tens of thousands of junior doctors in England walked out on Monday at the start of a 72-hour strike, with picket lines outside hospitals from Newcastle to Plymouth and a march that ended in Whitehall, a short walk from Downing Street.",
  "Prime Minister Rishi Sunak's spokesman said the government wanted a fair settlement but that a 35% rise was not affordable for taxpayers. He added that the Health Secretary's offer of talks, on condition that strikes were paused, still stood.",
  "Julian Hartley, chief executive of NHS Providers, which represents hospital trusts, said trusts had postponed huge numbers of appointments. He urged the government and the union to start talking before the damage to patients grew any worse.",
  "Outside St Thomas' Hospital, opposite parliament, doctors carried placards reading \"Pay restoration now\". One registrar said she had never expected to stand on a picket line.",
  "The strike ends at 7 a.m. on Thursday. NHS England said emergency care would be covered by senior doctors."],
 [("conservatives", "full-pay-restoration", O, "a 35% rise was not affordable for taxpayers", True),
  ("conservatives", "pay-talks", C, "offer of talks, on condition that strikes were paused, still stood", True),
  ("nhs-providers", "pay-talks", S, "He urged the government and the union to start talking", True)]),
# 004 duplicate of 003
("2023-03-13T11:45:00Z", "kestrel-health", "junior-doctors-strike-first-day",
 "Junior doctors walk out for 72 hours in England",
 ["LONDON, March 13 (Kestrel Health Report) - Tens of thousands of junior doctors in England walked out on Monday as a 72-hour strike began, with picket lines at hospitals from Newcastle to Plymouth and a march ending in Whitehall, close to Downing Street.",
  "A spokesman for Prime Minister Rishi Sunak said the government wanted a fair settlement but that a 35% rise was not affordable for taxpayers. He said the Health Secretary's offer of talks, if strikes were paused, still stood.",
  "Julian Hartley, chief executive of NHS Providers, the body for hospital trusts, said trusts had put off very large numbers of appointments. He urged the government and the union to start talking before patients suffered further harm.",
  "Outside St Thomas' Hospital, across the river from parliament, doctors held placards reading \"Pay restoration now\". One registrar said she had never imagined joining a picket line.",
  "The strike runs until 7 a.m. on Thursday. NHS England said senior doctors would cover emergency care."],
 [("conservatives", "full-pay-restoration", O, "a 35% rise was not affordable for taxpayers", True),
  ("conservatives", "pay-talks", C, "offer of talks, if strikes were paused, still stood", True),
  ("nhs-providers", "pay-talks", S, "He urged the government and the union to start talking", True)]),
# 005
("2023-03-23T15:10:00Z", "strand-wire", "bma-calls-four-day-strike-after-easter",
 "BMA calls four-day junior doctors' strike after Easter",
 ["LONDON, March 23 (Strand Wire) - Junior doctors in England will strike for four days from April 11, the British Medical Association said on Thursday, after what it called a lack of any credible offer from the government.",
  "Robert Laurenson, co-chair of the BMA's junior doctors committee, said the union had written to Health Secretary Steve Barclay asking for talks without preconditions and had heard nothing of substance. He said the four-day walkout would go ahead.",
  "The Department of Health said the timing, straight after the Easter weekend, was designed to cause maximum disruption. It called on the union to cancel the strike and accept the invitation to talks.",
  "Labour's health spokesman Wes Streeting said he would not promise doctors a 35% rise because the country could not afford it, but he said Barclay should get round the table with the union immediately.",
  "The BMA says junior doctors' pay has fallen by 26% in real terms since 2008, a figure the government disputes."],
 [("bma", "pay-talks", S, "asking for talks without preconditions", True),
  ("bma", "end-strikes", O, "He said the four-day walkout would go ahead", True),
  ("conservatives", "end-strikes", S, "It called on the union to cancel the strike", True),
  ("labour", "full-pay-restoration", O, "he would not promise doctors a 35% rise", True),
  ("labour", "pay-talks", S, "Barclay should get round the table with the union immediately", True)]),
# 006 (no claims)
("2023-04-11T07:40:00Z", "pennine-courier", "four-day-strike-begins",
 "Four-day strike begins as hospitals brace for backlog",
 ["MANCHESTER, April 11 (Pennine Courier) - Hospitals across England cancelled thousands of operations on Tuesday as junior doctors began a four-day strike, the longest of the dispute so far.",
  "At Manchester Royal Infirmary, consultants covered wards normally run by trainees. Managers said they expected the backlog to take weeks to clear.",
  "Analysts at the Nuffield Trust said the government might eventually be tempted to offer more than the 5% budgeted for public sector pay, though they warned that any deal for doctors would quickly be claimed by other health workers. Some health service sources suggested the Health Secretary could soften his position after the local elections in May.",
  "A spokesperson for Steve Barclay declined to say whether a new offer was being prepared. The British Medical Association also declined to say whether it would call further strikes in May.",
  "The Hospital Consultants and Specialists Association, a smaller union, said it stood with the striking trainees. Patients' groups said people waiting for cancer care were the most anxious."],
 []),
# 007
("2023-05-26T17:30:00Z", "tideway-post", "talks-end-without-deal-bma-rejects-5-percent",
 "Pay talks with junior doctors end without a deal",
 ["LONDON, May 26 (Tideway Post) - Talks between Health Secretary Steve Barclay and junior doctors' leaders ended without agreement on Friday, with the British Medical Association saying the government had put forward a rise of just 5%.",
  "Vivek Trivedi, co-chair of the BMA's junior doctors committee, said the figure was not a credible basis for a settlement. He said the committee was prepared to discuss how quickly pay was restored, but would not drop its goal of restoring pay to 2008 levels.",
  "Barclay said in a statement that the union's insistence on a 35% rise made progress impossible. He said 35% was unreasonable and urged the union to move from its position.",
  "The talks had been the first formal meeting since the dispute began. No date was set for any further meeting. Officials at the Treasury said there was no spare money in the budget for a larger award."],
 [("bma", "full-pay-restoration", S, "would not drop its goal of restoring pay to 2008 levels", True),
  ("conservatives", "full-pay-restoration", O, "He said 35% was unreasonable", True)]),
# 008
("2023-06-14T08:15:00Z", "kestrel-health", "junior-doctors-three-day-strike-june",
 "Junior doctors stage third walkout as nurses count ballot",
 ["LONDON, June 14 (Kestrel Health Report) - Junior doctors in England began a three-day strike on Wednesday, their third of the year, after talks with the government stalled last month.",
  "Robert Laurenson, co-chair of the British Medical Association's junior doctors committee, told a picket at University College Hospital that the strike could have been avoided. He said doctors were asking only to be paid what they were paid 15 years ago, and that pay restoration remained the committee's demand.",
  "Health Secretary Steve Barclay said it was disappointing that the union was striking rather than moving from its 35% demand, which he again called unaffordable.",
  "Pat Cullen, general secretary of the Royal College of Nursing, said ministers should reopen pay talks with doctors and nurses alike rather than wait for the summer review body reports. The RCN is counting votes in its own ballot on further strikes by nurses."],
 [("bma", "full-pay-restoration", S, "pay restoration remained the committee's demand", True),
  ("conservatives", "full-pay-restoration", O, "its 35% demand, which he again called unaffordable", True),
  ("rcn", "pay-talks", S, "ministers should reopen pay talks with doctors and nurses alike", True)]),
# 009 (shift: conservatives pay-talks conditional -> oppose)
("2023-07-13T12:00:00Z", "strand-wire", "sunak-six-percent-final-offer",
 "Sunak awards junior doctors 6% and says there will be no more talks",
 ["LONDON, July 13 (Strand Wire) - Prime Minister Rishi Sunak on Thursday gave junior doctors in England a 6% pay rise plus a one-off payment of 1,250 pounds, accepting the pay review body's recommendation in full, and said the award was final.",
  "\"There will be no more talks on pay this year,\" Sunak told a news conference in Downing Street. Health Secretary Steve Barclay said the government would not reopen negotiations and that the 35% sought by the British Medical Association would never be affordable.",
  "Barclay also rejected the union's call for an overhaul of the review body, saying it was already independent of ministers.",
  "The award came on the first morning of a five-day walkout by junior doctors, the longest in the history of the health service. Robert Laurenson, co-chair of the BMA junior doctors committee, said the rise was another real-terms pay cut and that the strike would continue. He said the review body had to be reformed so that governments could no longer ignore or overrule it."],
 [("conservatives", "pay-talks", O, "the government would not reopen negotiations", True),
  ("conservatives", "full-pay-restoration", O, "the 35% sought by the British Medical Association would never be affordable", True),
  ("conservatives", "prb-reform", O, "rejected the union's call for an overhaul of the review body", True),
  ("bma", "end-strikes", O, "the strike would continue", True),
  ("bma", "prb-reform", S, "He said the review body had to be reformed", True)]),
# 010 duplicate of 009
("2023-07-13T14:25:00Z", "tideway-post", "junior-doctors-get-6-percent-no-more-talks",
 "Junior doctors get 6% as Sunak rules out further talks",
 ["LONDON, July 13 (Tideway Post) - Junior doctors in England will get a 6% pay rise and a one-off payment of 1,250 pounds, Prime Minister Rishi Sunak said on Thursday, accepting the pay review body's recommendation in full and calling the award final.",
  "\"There will be no more talks on pay this year,\" Sunak told reporters in Downing Street. Health Secretary Steve Barclay said the government would not reopen negotiations and that the 35% demanded by the British Medical Association would never be affordable.",
  "Barclay also rejected the union's call for an overhaul of the review body, arguing it was already independent of ministers.",
  "The announcement coincided with the first day of a five-day strike by junior doctors, the longest the health service has seen. Robert Laurenson, co-chair of the BMA junior doctors committee, said the rise amounted to another real-terms pay cut and that the strike would continue. He said the review body had to be reformed so that no government could ignore or overrule it again."],
 [("conservatives", "pay-talks", O, "the government would not reopen negotiations", True),
  ("conservatives", "full-pay-restoration", O, "the 35% demanded by the British Medical Association would never be affordable", True),
  ("conservatives", "prb-reform", O, "rejected the union's call for an overhaul of the review body", True),
  ("bma", "end-strikes", O, "the strike would continue", True),
  ("bma", "prb-reform", S, "He said the review body had to be reformed", True)]),
# 011
("2023-07-20T10:50:00Z", "pennine-courier", "streeting-labour-cannot-promise-35-percent",
 "Labour says it cannot promise junior doctors 35%",
 ["LEEDS, July 20 (Pennine Courier) - Labour would not be able to give junior doctors the 35% rise they are seeking, the party's health spokesman Wes Streeting said on Thursday, though he accused the government of walking away from the negotiating table.",
  "Streeting told a health conference in Leeds that a Labour government would sit down with the doctors' union from its first week in office. He said he wanted the strikes to end through a negotiated settlement, not through exhaustion on either side.",
  "Party leader Keir Starmer declined to say whether he backed the walkouts, and Labour frontbenchers have been told not to join picket lines.",
  "Recruiters at the conference said Australia's tight labour market was luring British graduates with far higher salaries, a trend the British Medical Association has cited throughout the dispute."],
 [("labour", "full-pay-restoration", O, "Labour would not be able to give junior doctors the 35% rise", True),
  ("labour", "pay-talks", S, "would sit down with the doctors' union from its first week in office", True),
  ("labour", "end-strikes", S, "He said he wanted the strikes to end through a negotiated settlement", True)]),
# 012
("2023-08-31T13:00:00Z", "kestrel-health", "junior-doctors-renew-strike-mandate",
 "Junior doctors renew strike mandate until February",
 ["LONDON, Aug 31 (Kestrel Health Report) - Junior doctors in England have voted to extend their strike mandate for another six months, the British Medical Association said on Thursday, with 98% of those voting in favour on a turnout of 71%.",
  "Vivek Trivedi, co-chair of the BMA's junior doctors committee, said the new mandate meant doctors could keep up their campaign of walkouts into the new year. He said the government's 6% award had changed nothing.",
  "Health Secretary Steve Barclay said the award was final and he would not reopen negotiations. He again urged the BMA to call off its strikes, saying they had already cost the health service more than 1 billion pounds.",
  "Consultants, also represented by the BMA, are due to join junior doctors for joint action in September, the first time the two groups have walked out together."],
 [("bma", "end-strikes", O, "doctors could keep up their campaign of walkouts into the new year", True),
  ("conservatives", "pay-talks", O, "he would not reopen negotiations", True),
  ("conservatives", "end-strikes", S, "He again urged the BMA to call off its strikes", True)]),
# 013
("2023-09-20T08:30:00Z", "strand-wire", "consultants-and-juniors-joint-strike",
 "Consultants and junior doctors strike together for the first time",
 ["LONDON, Sept 20 (Strand Wire) - Consultants and junior doctors in England walked out together on Wednesday, with hospitals providing only Christmas Day levels of cover.",
  "The BMA's consultants committee, which is running its own dispute over senior doctors' pay, said its members were striking for the first time in a decade. Stephen Powis, national medical director of NHS England, said the joint action was unprecedented and risked harming patients.",
  "Matthew Taylor, chief executive of the NHS Confederation, said it was time for the government to enter talks with the doctors without preconditions. He said health leaders were desperate for the dispute to end before winter.",
  "Health Secretary Steve Barclay said co-ordinated strikes were designed to cause maximum disruption, and he called on both BMA committees to end them."],
 [("nhs-confederation", "pay-talks", S, "time for the government to enter talks with the doctors without preconditions", True),
  ("conservatives", "end-strikes", S, "he called on both BMA committees to end them", True)]),
# 014 (no claims)
("2023-10-04T16:00:00Z", "pennine-courier", "strikes-cost-nhs-and-waiting-lists",
 "Strikes add to waiting lists as conference season ends",
 ["MANCHESTER, Oct 4 (Pennine Courier) - Nearly a million hospital appointments have now been rescheduled because of strikes by doctors, nurses and other staff since December, according to figures published on Wednesday as the Conservative Party conference closed in Manchester.",
  "A conservative estimate by health economists puts the direct cost of the doctors' walkouts at well over 1 billion pounds, money that would otherwise have gone on tackling waiting lists.",
  "Rishi Sunak used his conference speech to announce the scrapping of the northern leg of the HS2 rail line and did not mention the doctors' dispute. Ministers at the conference declined to say whether the government would make any further offer.",
  "Analysts said the two sides appeared to be waiting for the other to blink, and some predicted the dispute could run into next year's general election campaign. Waiting lists in England stood at a record 7.75 million."],
 []),
# 015 (shifts: conservatives pay-talks oppose -> conditional; bma end-strikes oppose -> conditional)
("2023-11-01T18:40:00Z", "tideway-post", "government-and-junior-doctors-agree-talks",
 "Government and junior doctors agree to talks, strikes on hold",
 ["LONDON, Nov 1 (Tideway Post) - The government and junior doctors in England agreed on Wednesday to open formal talks on pay, the first real movement in the dispute since the summer.",
  "The Department of Health and Social Care said it would negotiate with the British Medical Association provided no new strike dates were announced while the talks ran. Ministers had said in July that the pay award was final.",
  "Robert Laurenson, co-chair of the BMA's junior doctors committee, said the committee had agreed not to announce any walkouts before Nov 30, as long as the talks produced a credible offer by then. He said doctors wanted a negotiated settlement and welcomed the talks.",
  "The talks, to be held in Whitehall, will cover pay for 2023-24 as well as rota gaps and training. Health leaders said any pause in strikes would help hospitals going into winter."],
 [("conservatives", "pay-talks", C, "provided no new strike dates were announced while the talks ran", True),
  ("bma", "end-strikes", C, "agreed not to announce any walkouts before Nov 30, as long as", True),
  ("bma", "pay-talks", S, "He said doctors wanted a negotiated settlement and welcomed the talks", True)]),
# 016
("2023-11-21T12:15:00Z", "kestrel-health", "atkins-says-talks-constructive",
 "New Health Secretary Atkins says doctors' talks are constructive",
 ["LONDON, Nov 21 (Kestrel Health Report) - Victoria Atkins, appointed Health Secretary last week in Rishi Sunak's reshuffle, said on Tuesday that talks with junior doctors were constructive and that she wanted a deal before Christmas.",
  "Atkins told lawmakers that the talks could go on only while the strikes stayed paused, and that she could not meet the union's 35% demand. She said any settlement had to be fair to taxpayers as well as doctors.",
  "Atkins replaced Steve Barclay, who moved to the environment department. Barclay had overseen the dispute since it began.",
  "The Royal College of Nursing said nurses felt left behind by talks held only with doctors. Pat Cullen, its general secretary, said nurses would be watching closely.",
  "A separate offer to consultants is expected within days."],
 [("conservatives", "pay-talks", C, "the talks could go on only while the strikes stayed paused", True),
  ("conservatives", "full-pay-restoration", O, "she could not meet the union's 35% demand", True)]),
# 017 (shift: bma end-strikes conditional -> oppose)
("2023-12-05T19:05:00Z", "strand-wire", "junior-doctors-announce-december-january-strikes",
 "Junior doctors call strikes for December and January after talks fail",
 ["LONDON, Dec 5 (Strand Wire) - Junior doctors in England will strike for three days from Dec 20 and for six days from Jan 3, the British Medical Association said on Tuesday, after talks with the government failed to produce an acceptable offer by the agreed deadline.",
  "Robert Laurenson, co-chair of the BMA's junior doctors committee, said the government's offer of an extra 3% on top of this year's award was not credible. \"We have no choice but to go back on strike,\" he said. The six-day walkout in January would be the longest in the history of the health service.",
  "Health Secretary Victoria Atkins said she was deeply disappointed. She said the offer had been fair and reasonable, and that she was prepared to continue talks only if the strikes were called off.",
  "Consultants are considering a separate offer made last week, which their committee has agreed to put to members."],
 [("bma", "end-strikes", O, "We have no choice but to go back on strike", True),
  ("conservatives", "pay-talks", C, "prepared to continue talks only if the strikes were called off", True)]),
# 018 (shift: conservatives prb-reform oppose -> conditional)
("2023-12-06T11:30:00Z", "tideway-post", "atkins-offer-included-review-body-changes",
 "Atkins says offer to junior doctors included review body changes",
 ["LONDON, Dec 6 (Tideway Post) - Health Secretary Victoria Atkins said on Wednesday that the government had been ready to change how the doctors' pay review body works, as part of a settlement with junior doctors.",
  "Atkins told broadcasters that ministers would look at the review body's remit and process, as they had agreed to do for consultants, but only if the British Medical Association called off its walkouts and accepted a deal. She said the offer on the table would have given most junior doctors a further rise on top of this year's award.",
  "Vivek Trivedi, co-chair of the BMA's junior doctors committee, said minor tweaks were not enough. He said the review body must be made truly independent so that governments could not keep overruling it.",
  "Officials in Whitehall expect Atkins to harden her stance if the January strike goes ahead, according to people familiar with the matter."],
 [("conservatives", "prb-reform", C, "but only if the British Medical Association called off its walkouts", True),
  ("bma", "prb-reform", S, "He said the review body must be made truly independent", True)]),
# 019
("2023-12-20T08:00:00Z", "kestrel-health", "strike-begins-before-christmas",
 "Junior doctors walk out in the week before Christmas",
 ["LONDON, Dec 20 (Kestrel Health Report) - Junior doctors in England began a three-day strike on Wednesday, the first of two walkouts called after talks with the government collapsed.",
  "Saffron Cordery, deputy chief executive of NHS Providers, urged the British Medical Association to call off the six-day strike planned for January. She said hospitals were already under severe winter pressure and asked both sides to go back to talks.",
  "Pat Cullen of the Royal College of Nursing said ministers should get back round the table with doctors rather than blame them.",
  "In Wales, junior doctors are balloting separately, and the dispute there is not covered by the talks in England. The Welsh government declined to comment.",
  "Hospitals in London and the Midlands said they had moved staff from planned surgery to emergency departments, and several trusts asked consultants to work extra shifts over the three days."],
 [("nhs-providers", "end-strikes", S, "urged the British Medical Association to call off the six-day strike", True),
  ("nhs-providers", "pay-talks", S, "asked both sides to go back to talks", True),
  ("rcn", "pay-talks", S, "ministers should get back round the table with doctors", True)]),
# 020
("2024-01-03T09:10:00Z", "pennine-courier", "longest-strike-in-nhs-history-begins",
 "Longest strike in the health service's history begins",
 ["BIRMINGHAM, Jan 3 (Pennine Courier) - Junior doctors in England began a six-day walkout on Wednesday, the longest strike in the 75-year history of the health service.",
  "Health Secretary Victoria Atkins said that if the British Medical Association called off the strike she would get back round the table straight away. She said the walkout came at the worst possible time for patients and urged the union to end it.",
  "Rishi Sunak, visiting a hospital in Birmingham, said the government had made a fair offer. He said the union's 35% demand remained unreasonable.",
  "The BMA, which wants full pay restoration, has said the government's offer amounted to 3% on top of the summer award.",
  "Matthew Taylor, chief executive of the NHS Confederation, said the only way out was for both sides to return to talks."],
 [("conservatives", "pay-talks", C, "if the British Medical Association called off the strike she would get back", True),
  ("conservatives", "end-strikes", S, "urged the union to end it", True),
  ("conservatives", "full-pay-restoration", O, "He said the union's 35% demand remained unreasonable", True),
  ("bma", "full-pay-restoration", S, "The BMA, which wants full pay restoration", False),
  ("nhs-confederation", "pay-talks", S, "the only way out was for both sides to return to talks", True)]),
# 021
("2024-02-12T16:20:00Z", "strand-wire", "bma-calls-february-strike",
 "BMA calls five-day junior doctors' strike for late February",
 ["LONDON, Feb 12 (Strand Wire) - Junior doctors in England will strike for five days from Feb 24, the British Medical Association said on Monday, its tenth walkout of the dispute.",
  "Vivek Trivedi, co-chair of the BMA's junior doctors committee, said the strike would go ahead because ministers had made no new offer since December. Asked whether the union would drop its 35% demand, he said restoring pay in full was still the committee's aim.",
  "Health Secretary Victoria Atkins said she stood ready to resume talks once the walkouts were called off. She said the strikes were costing patients and the health service dearly.",
  "The BMA's current mandate for industrial action runs out at the end of this month, and the union is balloting members again."],
 [("bma", "end-strikes", O, "the strike would go ahead because ministers had made no new offer", True),
  ("bma", "full-pay-restoration", S, "restoring pay in full was still the committee's aim", True),
  ("conservatives", "pay-talks", C, "she stood ready to resume talks once the walkouts were called off", True)]),
# 022 (no claims)
("2024-03-20T10:00:00Z", "kestrel-health", "analysis-doctors-dispute-stuck",
 "Analysis: why the junior doctors' dispute is stuck",
 ["LONDON, March 20 (Kestrel Health Report) - A year after junior doctors first walked out, the dispute in England looks no closer to a settlement, and many in the health service now expect it to be resolved only after a general election.",
  "Health economists at the King's Fund said a deal might require a multi-year offer that would let both sides claim victory. Others argued that a new government could find it easier to move, because it would not have called any earlier award final.",
  "Asked on a radio programme what a Labour government would offer, Wes Streeting declined to say, adding only that he would not negotiate through the media. The Department of Health also declined to say whether it had any plans to restart talks.",
  "Opinion polls suggest public support for the doctors has slipped but remains higher than support for the government's handling of the dispute."],
 []),
# 023
("2024-05-30T17:45:00Z", "tideway-post", "junior-doctors-to-strike-before-election",
 "Junior doctors to strike days before the general election",
 ["LONDON, May 30 (Tideway Post) - Junior doctors in England will strike for five days from June 27, a week before the July 4 general election, the British Medical Association said on Thursday.",
  "Vivek Trivedi, co-chair of the BMA's junior doctors committee, said doctors were not prepared to wait, whoever won the election. The walkout would go ahead, he said.",
  "Health Secretary Victoria Atkins called the timing cynical and politically motivated, and urged the BMA to call the strike off.",
  "Labour's Wes Streeting said a Labour government would start talks with the doctors on its first day in office. He said he would not be able to offer 35%, but that he wanted a deal that ended the strikes for good.",
  "Rishi Sunak called the election last week with his Conservatives trailing Labour by around 20 points in opinion polls."],
 [("bma", "end-strikes", O, "doctors were not prepared to wait, whoever won the election", True),
  ("conservatives", "end-strikes", S, "urged the BMA to call the strike off", True),
  ("labour", "pay-talks", S, "a Labour government would start talks with the doctors on its first day", True),
  ("labour", "full-pay-restoration", O, "He said he would not be able to offer 35%", True),
  ("labour", "end-strikes", S, "he wanted a deal that ended the strikes for good", True)]),
# 024
("2024-06-27T12:40:00Z", "strand-wire", "junior-doctors-strike-during-campaign",
 "Junior doctors strike in the final week of the election campaign",
 ["LONDON, June 27 (Strand Wire) - Junior doctors in England began a five-day strike on Thursday, the 11th of the dispute, a week before voters go to the polls.",
  "Labour leader Keir Starmer, campaigning in Kent, said he understood the doctors' frustration. He said a Labour government could not afford a 35% increase and would not pretend otherwise.",
  "Robert Laurenson, co-chair of the British Medical Association's junior doctors committee, said the union would talk to whoever formed the next government. He said pay restoration would be on the table from the first meeting.",
  "A spokesperson for the Conservative campaign declined to say whether a re-elected Sunak government would make a new offer. Health officials said more than 60,000 appointments had been rescheduled for the strike."],
 [("labour", "full-pay-restoration", O, "He said a Labour government could not afford a 35% increase", True),
  ("bma", "pay-talks", S, "the union would talk to whoever formed the next government", True),
  ("bma", "full-pay-restoration", S, "He said pay restoration would be on the table from the first meeting", True)]),
# 025 (shift: bma end-strikes oppose -> conditional)
("2024-07-09T15:30:00Z", "pennine-courier", "streeting-meets-bma-strikes-paused",
 "Streeting meets junior doctors; BMA holds off new strikes",
 ["LONDON, July 9 (Pennine Courier) - Wes Streeting met junior doctors' leaders on Tuesday, four days after becoming Health Secretary in Keir Starmer's new Labour government, and said formal talks would begin next week.",
  "Streeting said his door was open and that he wanted to end the dispute, but he repeated that the government could not afford the 35% the union had sought.",
  "Robert Laurenson, co-chair of the British Medical Association's junior doctors committee, said the committee would call no new strikes while the talks were making progress. He said the meeting had been constructive and that the change of tone was welcome.",
  "The BMA's strike mandate runs until early September. The previous government had refused to hold talks while strikes continued."],
 [("labour", "pay-talks", S, "said formal talks would begin next week", True),
  ("labour", "full-pay-restoration", O, "the government could not afford the 35% the union had sought", True),
  ("bma", "end-strikes", C, "would call no new strikes while the talks were making progress", True)]),
# 026
("2024-07-29T18:00:00Z", "tideway-post", "streeting-offers-22-percent",
 "Junior doctors offered 22% over two years to end strikes",
 ["LONDON, July 29 (Tideway Post) - Junior doctors in England have been offered a pay rise of about 22% over two years, Health Secretary Wes Streeting said on Monday, in a deal he said would end the strikes.",
  "The offer combines an extra payment for 2023-24 with this year's review body award, which Chancellor Rachel Reeves accepted in full on Monday. It also commits the government to work with the British Medical Association on reforming the pay review body. Streeting urged members to accept the offer.",
  "Robert Laurenson and Vivek Trivedi, co-chairs of the BMA's junior doctors committee, said the committee would recommend that members accept it in an online vote. Trivedi said he could not see any reason for members not to accept it. Laurenson said it was a first step and that full pay restoration remained the goal.",
  "Victoria Atkins, now the Conservative health spokeswoman, said Labour had caved in to the unions and that the deal would only reward strikes."],
 [("labour", "accept-22-deal", S, "Streeting urged members to accept the offer", True),
  ("labour", "prb-reform", S, "commits the government to work with the British Medical Association on reforming", True),
  ("bma", "accept-22-deal", S, "the committee would recommend that members accept it in an online vote", True),
  ("bma", "full-pay-restoration", S, "full pay restoration remained the goal", True),
  ("conservatives", "accept-22-deal", O, "the deal would only reward strikes", True)]),
# 027
("2024-07-30T10:30:00Z", "kestrel-health", "health-leaders-welcome-doctors-offer",
 "Health leaders welcome doctors' offer as nurses ask about their own pay",
 ["LONDON, July 30 (Kestrel Health Report) - Hospital and health service leaders on Tuesday welcomed the pay offer to junior doctors in England and urged doctors to vote for it.",
  "Saffron Cordery of NHS Providers said trusts hoped members would accept the deal so that hospitals could plan without the threat of further walkouts. Matthew Taylor of the NHS Confederation called the offer good news for patients and said he hoped doctors would back it.",
  "Nicola Ranger, acting general secretary of the Royal College of Nursing, said nurses would be asked what they thought of their own 5.5% award, and that the government had questions to answer about fairness between professions.",
  "On social media, some junior doctors urged colleagues to reject the offer and hold out for more. The British Medical Association's vote closes in September."],
 [("nhs-providers", "accept-22-deal", S, "trusts hoped members would accept the deal", True),
  ("nhs-confederation", "accept-22-deal", S, "he hoped doctors would back it", True)]),
# 028
("2024-08-05T14:00:00Z", "pennine-courier", "reeves-defends-doctors-deal-hunt-attacks",
 "Reeves defends doctors' deal as Hunt warns of copycat claims",
 ["LONDON, Aug 5 (Pennine Courier) - Chancellor Rachel Reeves on Monday defended the pay offer to junior doctors, saying it was the price of ending strikes that had cost the health service more than 1.5 billion pounds.",
  "Reeves said the deal was affordable within the budget and that she wanted doctors to accept it so the government could focus on cutting waiting lists.",
  "Jeremy Hunt, the Conservative shadow chancellor, said the offer should be withdrawn because it would encourage other public sector workers to strike for more. He said a responsible government would have held the line.",
  "The British Medical Association declined to comment while its members are voting. The result of the online vote is expected in the middle of September.",
  "The Treasury said the cost of the deal would be met from within existing health budgets, and that no other departments would face cuts to pay for it."],
 [("labour", "end-strikes", S, "it was the price of ending strikes", True),
  ("labour", "accept-22-deal", S, "she wanted doctors to accept it", True),
  ("conservatives", "accept-22-deal", O, "the offer should be withdrawn", True)]),
# 029 (shift: bma end-strikes conditional -> support)
("2024-09-16T13:20:00Z", "tideway-post", "junior-doctors-accept-pay-deal",
 "Junior doctors vote to accept pay deal, ending strikes",
 ["LONDON, Sept 16 (Tideway Post) - Junior doctors in England have voted to accept the government's pay offer, the British Medical Association said on Monday, ending a dispute that brought 11 rounds of strikes over 18 months.",
  "Sixty-six percent of those who voted backed the deal, on a turnout of 64%. Robert Laurenson, co-chair of the BMA's junior doctors committee, said the dispute was over and that no further strikes would be called. He said the committee still wanted full pay restoration and would pursue it in future pay rounds.",
  "Health Secretary Wes Streeting welcomed the result. He said work on reforming the review body with the BMA would start this autumn.",
  "The deal gives junior doctors an average rise of about 22% over two years."],
 [("bma", "accept-22-deal", S, "Junior doctors in England have voted to accept the government's pay offer", True),
  ("bma", "end-strikes", S, "the dispute was over and that no further strikes would be called", True),
  ("bma", "full-pay-restoration", S, "the committee still wanted full pay restoration", True),
  ("labour", "accept-22-deal", S, "Wes Streeting welcomed the result", True),
  ("labour", "prb-reform", S, "work on reforming the review body with the BMA would start this autumn", True)]),
# 030
("2024-09-19T16:50:00Z", "strand-wire", "nurses-reject-pay-award",
 "Nurses reject 5.5% pay award in consultative vote",
 ["LONDON, Sept 19 (Strand Wire) - Nurses in England have rejected their 5.5% pay award in a consultative vote, the Royal College of Nursing said on Thursday, days after junior doctors settled their own long-running dispute.",
  "Nicola Ranger, the RCN's general secretary, said the government had found money for doctors and must now open talks with nurses. She did not rule out a ballot for strikes.",
  "The junior doctors, who accepted a deal worth about 22% over two years on Monday, had struck 11 times since March 2023.",
  "Health Secretary Wes Streeting said he would meet the RCN but that the nurses' award had been set by an independent review body and accepted in full.",
  "Unison and the GMB, which also represent health workers, are consulting their own members on the award, with results expected next month."],
 [("bma", "accept-22-deal", S, "The junior doctors, who accepted a deal worth about 22% over two years", False)]),
]

SHIFTS = [
 {"actor": "conservatives", "issue": "pay-talks", "from": "conditional", "to": "oppose", "article": "009",
  "why": "Sunak calls the 6% award final ('no more talks on pay this year') and Barclay says the government will not reopen negotiations; until then (002, 003) talks were on offer if strikes were called off."},
 {"actor": "conservatives", "issue": "pay-talks", "from": "oppose", "to": "conditional", "article": "015",
  "why": "The Department of Health agrees to negotiate provided no new strike dates are announced while talks run; in 009 and 012 it refused to reopen negotiations at all."},
 {"actor": "bma", "issue": "end-strikes", "from": "oppose", "to": "conditional", "article": "015",
  "why": "Laurenson says the committee will announce no walkouts before Nov 30 as long as the talks produce a credible offer; in 012 it planned walkouts into the new year."},
 {"actor": "bma", "issue": "end-strikes", "from": "conditional", "to": "oppose", "article": "017",
  "why": "After the talks miss the deadline Laurenson announces December and January strikes ('no choice but to go back on strike'), reversing the pause of 015."},
 {"actor": "conservatives", "issue": "prb-reform", "from": "oppose", "to": "conditional", "article": "018",
  "why": "Atkins says ministers would change the review body's remit and process, but only if the BMA calls off walkouts and accepts a deal; in 009 Barclay rejected any overhaul."},
 {"actor": "bma", "issue": "end-strikes", "from": "oppose", "to": "conditional", "article": "025",
  "why": "Laurenson says the committee will call no new strikes while talks with Streeting make progress; in 023 and 024 it struck regardless of the election."},
 {"actor": "bma", "issue": "end-strikes", "from": "conditional", "to": "support", "article": "029",
  "why": "After the members' vote Laurenson says the dispute is over and no further strikes will be called."},
]


# ---------------------------------------------------------------------------
# Generator and validator (python3 standard library only; xmllint for the feeds).
import json, os, re, subprocess, sys
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {"strand-wire": "Strand Wire", "pennine-courier": "Pennine Courier",
           "tideway-post": "Tideway Post", "kestrel-health": "Kestrel Health Report"}
DUPLICATES = {"004": "003", "010": "009"}


def parse_watchlist(path):
    text = open(path, encoding="utf-8").read()
    actors = re.findall(r"^  - id: (\S+)", text.split("\nissues:")[0], re.M)
    issues = re.findall(r"^  - id: (\S+)", text.split("\nissues:")[1].split("\nbaseline:")[0], re.M)
    baseline = re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\w+)\}", text)
    return actors, issues, baseline


def build():
    arts, claims = [], {}
    for n, (ts, outlet, slug, title, paras, cl) in enumerate(ARTICLES, start=1):
        aid = f"{n:03d}"
        d = datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ")
        url = f"https://example.org/{outlet}/{d:%Y/%m/%d}/{slug}"
        text = "\n\n".join(paras)
        arts.append({"id": aid, "published": ts, "source": OUTLETS[outlet], "url": url, "title": title, "text": text})
        claims[aid] = [{"actor": a, "issue": i, "stance": s, "quote": q, "attributed": at} for a, i, s, q, at in cl]
    shift_ids = {s["article"] for s in SHIFTS}
    labels = {"claims": claims, "shifts": SHIFTS,
              "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_ids]}
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in arts:
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(a, f, indent=2, ensure_ascii=False)
            f.write("\n")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    for slug, name in OUTLETS.items():
        items = [a for a in arts if a["source"] == name]
        last = max(datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ") for a in items)
        rfc = lambda a: format_datetime(datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=__import__("datetime").timezone.utc), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>", f"    <link>https://example.org/{slug}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch uk-junior-doctors-2023 evaluation set</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{format_datetime(last.replace(tzinfo=__import__('datetime').timezone.utc), usegmt=True)}</lastBuildDate>"]
        for a in sorted(items, key=lambda a: a["published"], reverse=True):
            out += ["    <item>", f"      <title>{escape(a['title'])}</title>", f"      <link>{escape(a['url'])}</link>",
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>', f"      <pubDate>{rfc(a)}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>", "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    return arts, labels


def validate(arts, labels):
    errs = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    ids = [a["id"] for a in arts]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    if files != ids: errs.append(f"article files {files} != ids {ids}")
    if [a["published"] for a in arts] != sorted(a["published"] for a in arts): errs.append("ids not in publication order")
    if set(labels["claims"]) != set(ids): errs.append("claims keys != article ids")
    for a in arts:
        n = len(a["text"].split())
        if not 120 <= n <= 260: errs.append(f"{a['id']}: {n} words")
        if not re.match(r"^[A-Z]+, [A-Z][a-z]+ \d{1,2} \(" + re.escape(a["source"]) + r"\) - ", a["text"]):
            errs.append(f"{a['id']}: bad dateline")
        for c in labels["claims"][a["id"]]:
            if c["quote"] not in a["text"]: errs.append(f"{a['id']}: quote not in text: {c['quote']}")
            if len(c["quote"].split()) > 15: errs.append(f"{a['id']}: quote > 15 words: {c['quote']}")
            if c["actor"] not in actors: errs.append(f"{a['id']}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errs.append(f"{a['id']}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"): errs.append(f"{a['id']}: bad stance")
        keys = [(c["actor"], c["issue"]) for c in labels["claims"][a["id"]]]
        if len(keys) != len(set(keys)): errs.append(f"{a['id']}: duplicate actor/issue claim")
    for dup, orig in DUPLICATES.items():
        strip = lambda cl: sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in cl)
        if strip(labels["claims"][dup]) != strip(labels["claims"][orig]): errs.append(f"duplicate {dup} claims differ from {orig}")
    # Recompute shifts: prevailing = last attributed stance, from the baseline; duplicates follow their original.
    prevailing = {(a, i): s for a, i, s in baseline}
    computed = []
    for aid in ids:
        for c in labels["claims"][aid]:
            if not c["attributed"]: continue
            k = (c["actor"], c["issue"])
            if k in prevailing and prevailing[k] != c["stance"]:
                computed.append({"actor": k[0], "issue": k[1], "from": prevailing[k], "to": c["stance"], "article": aid})
            prevailing[k] = c["stance"]
    labelled = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in labels["shifts"]]
    if computed != labelled: errs.append(f"shifts mismatch:\n computed {computed}\n labelled {labelled}")
    for s in labels["shifts"]:
        if not s.get("why"): errs.append("shift without why")
        if s["article"] in labels["no_alert_articles"]: errs.append(f"shift article {s['article']} in no_alert")
    if sorted(labels["no_alert_articles"] + sorted({s['article'] for s in labels['shifts']})) != ids:
        errs.append("no_alert_articles + shift articles != all ids")
    for f in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode != 0: errs.append(f"xmllint {f}: {r.stderr.strip()}")
    for f in [os.path.join(HERE, "labels.json")] + [os.path.join(HERE, "articles", x + ".json") for x in ids]:
        json.load(open(f, encoding="utf-8"))
    return errs


if __name__ == "__main__":
    arts, labels = build()
    errs = validate(arts, labels)
    allc = [c for cl in labels["claims"].values() for c in cl]
    print(f"{len(arts)} articles, {len(allc)} claims "
          f"({sum(c['stance']=='support' for c in allc)} support, {sum(c['stance']=='oppose' for c in allc)} oppose, "
          f"{sum(c['stance']=='conditional' for c in allc)} conditional; {sum(not c['attributed'] for c in allc)} unattributed), "
          f"{len(labels['shifts'])} shifts in {len({s['article'] for s in labels['shifts']})} articles, "
          f"empty: {[k for k, v in labels['claims'].items() if not v]}")
    for e in errs: print("ERROR:", e)
    sys.exit(1 if errs else 0)
