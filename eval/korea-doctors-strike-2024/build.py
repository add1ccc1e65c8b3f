#!/usr/bin/env python3
"""Build and validate the korea-doctors-strike-2024 evaluation set (self-contained, stdlib only).

Usage: python3 build.py   (writes articles/, feeds/, labels.json next to this file, then validates)
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    'pacific-ledger': 'Pacific Ledger',
    'morning-signal': 'Morning Signal',
    'asia-desk-wire': 'Asia Desk Wire',
    'civic-herald': 'Civic Herald',
}
G, KMA, KIRA, PROF, UNI, DP = 'government', 'kma', 'kira', 'professors', 'universities', 'democratic-party'
A, C, E, F = 'add-2000-places', 'drop-licence-suspensions', 'revisit-2026-quota', 'doctors-join-talks'

# (outlet, published UTC, slug, title, text, claims[(actor, issue, stance, quote, attributed)])
ARTICLES = [
('pacific-ledger', '2024-02-06T07:30:00Z', 'korea-adds-2000-medical-school-places',
 'South Korea to add 2,000 medical school places a year from 2025',
 """SEOUL, Feb 6 (Pacific Ledger) - South Korea will raise the number of places at its medical schools by 2,000 a year from 2025, Health Minister Cho Kyoo-hong said on Tuesday, the first increase in the national quota in nearly three decades.

The annual intake will rise from 3,058 to 5,058 students under the plan, which President Yoon Suk Yeol's government says is needed to cope with one of the world's fastest-ageing populations and a shortage of doctors in rural areas and in specialties such as paediatrics and emergency care.

Cho told reporters that the country would be short of about 15,000 doctors by 2035 if nothing changed, and that the increase was the minimum needed to close that gap.

The Korea Medical Association, the country's largest doctors' lobby, said it opposed the increase and would move towards collective action. It argued that more students would not fix the uneven spread of doctors and would lower the quality of training.

Doctors staged a month-long strike in 2020 that forced the previous government to shelve a smaller increase.""",
 [(G, A, 'support', 'the increase was the minimum needed to close that gap', True),
  (KMA, A, 'oppose', 'said it opposed the increase and would move towards collective action', True)]),

('morning-signal', '2024-02-06T10:05:00Z', 'seoul-plans-2000-more-medical-students',
 'Seoul plans 2,000 more medical students a year; doctors threaten action',
 """SEOUL, Feb 6 (Morning Signal) - South Korea plans to add 2,000 places a year at its medical schools starting in 2025, Health Minister Cho Kyoo-hong announced on Tuesday, raising the annual intake from 3,058 to 5,058.

The government of President Yoon Suk Yeol says the country faces a growing shortage of doctors as its population ages, particularly outside Seoul and in fields such as paediatrics and emergency medicine. Cho said the country would lack about 15,000 doctors by 2035 and that the increase was the minimum needed to close that gap.

The Korea Medical Association said it opposed the increase and would move towards collective action, arguing that training more students would not send doctors where they are most needed.

A walkout by doctors in 2020 forced the government of the day to shelve a smaller plan.""",
 [(G, A, 'support', 'the increase was the minimum needed to close that gap', True),
  (KMA, A, 'oppose', 'said it opposed the increase and would move towards collective action', True)]),

('asia-desk-wire', '2024-02-13T09:00:00Z', 'trainee-doctors-emergency-meeting',
 'Trainee doctors hold emergency meeting as ministry warns against walkout',
 """SEOUL, Feb 13 (Asia Desk Wire) - South Korea's trainee doctors met late into the night on Monday to discuss how to respond to the government's plan to expand medical school admissions, but did not announce any collective action.

Park Dan, head of the Korean Intern Resident Association, declined to say whether residents would walk out, telling reporters only that members would decide their own course. Some hospital residents have said on social media that they are preparing to resign.

Vice Health Minister Park Min-soo warned that the government would issue back-to-work orders if trainees left their posts, and that doctors who ignored them could have their licences suspended. The vice minister said a walkout would put patients at risk and would be met firmly.

Residents do much of the night and emergency work at the country's large teaching hospitals, and hospital managers have begun drawing up plans to postpone surgeries.

Analysts said the government might still seek to avoid a confrontation before the April parliamentary election.""",
 [(G, C, 'oppose', 'doctors who ignored them could have their licences suspended', True)]),

('civic-herald', '2024-02-20T08:00:00Z', 'trainee-doctors-walk-off-the-job',
 'Thousands of trainee doctors walk off the job over medical school plan',
 """SEOUL, Feb 20 (Civic Herald) - Thousands of trainee doctors across South Korea stopped work on Tuesday in protest at the government's plan to enrol 2,000 more medical students a year, forcing hospitals to cancel operations and turn away patients.

The health ministry said about 8,800 residents had submitted resignations and more than 7,800 had left their workplaces by late Monday, around 60 percent of all trainees.

In a statement, the Korean Intern Resident Association set out seven demands, among them that the expansion plan be scrapped and reviewed from scratch and that the back-to-work orders and threatened penalties against residents be withdrawn. It also called for a formal apology from the health minister.

Prime Minister Han Duck-soo urged the young doctors to return to their patients. The government has ordered residents at 100 hospitals to stay at their posts, and officials said those who defied the orders would face licence suspensions.

Patient groups called on both sides to put the sick first.""",
 [(KIRA, A, 'oppose', 'that the expansion plan be scrapped and reviewed from scratch', True),
  (KIRA, C, 'support', 'the back-to-work orders and threatened penalties against residents be withdrawn', True),
  (G, C, 'oppose', 'those who defied the orders would face licence suspensions', True)]),

('pacific-ledger', '2024-02-23T06:00:00Z', 'health-alert-raised-no-retreat-on-numbers',
 'Seoul raises health alert to top level, vows no retreat on doctor numbers',
 """SEOUL, Feb 23 (Pacific Ledger) - South Korea raised its public health crisis alert to the highest level on Friday as a walkout by trainee doctors entered its fourth day, and Prime Minister Han Duck-soo said the government would not back down on its plan to add 2,000 medical school places a year.

"The increase of 2,000 is the minimum," Han told an emergency meeting, adding that the figure had been set after years of study and could not be traded away under pressure.

The move lets the government extend the hours of public hospitals and allow broader use of telemedicine.

The opposition Democratic Party, which controls parliament, said it agreed the country needed more doctors but criticised the government for fixing the figure without consulting the profession. Party leader Lee Jae-myung said the increase should be agreed through a consultative body that includes doctors, and urged the government and the doctors to sit down together.

About 9,000 residents have now left their hospitals.""",
 [(G, A, 'support', 'The increase of 2,000 is the minimum', True),
  (DP, A, 'conditional', 'the increase should be agreed through a consultative body that includes doctors', True),
  (DP, F, 'support', 'urged the government and the doctors to sit down together', True)]),

('morning-signal', '2024-02-26T03:00:00Z', 'analysis-election-looms-over-doctors-standoff',
 'ANALYSIS-Election looms over South Korea\'s standoff with its doctors',
 """SEOUL, Feb 26 (Morning Signal) - With the April 10 parliamentary election six weeks away, South Korea's standoff with its trainee doctors has become a test of nerve that both sides appear to believe they can win.

Polls show a large majority of the public backs training more doctors, and political analysts said that support gave the government little reason to soften before voters go to the polls. Others said officials might look for a face-saving compromise if hospitals along the Han River began turning away emergency patients in large numbers.

A health ministry spokesperson declined to say whether the government was drawing up a fallback proposal. The Korea Medical Association did not respond to a request for comment.

Hospital executives said the big five teaching hospitals in the capital had cut surgeries by up to half. Military doctors and public health doctors may be sent to fill gaps, one official said, speaking on condition of anonymity.

Some residents have begun looking for jobs abroad or outside medicine, according to recruitment agencies.""",
 []),

('asia-desk-wire', '2024-02-29T11:00:00Z', 'deadline-passes-few-trainee-doctors-back',
 'Deadline passes with few trainee doctors back at work',
 """SEOUL, Feb 29 (Asia Desk Wire) - The government's deadline for striking trainee doctors to return to work passed on Thursday with only a few hundred back at their hospitals, setting the stage for the first licence suspensions.

Health Minister Cho Kyoo-hong said residents who came back by the end of the day would not be punished. He said that from Monday the ministry would begin inspecting hospitals and start proceedings to suspend the licences of those still absent, as the law required.

Vice Minister Park Min-soo held a meeting with residents at a government building on Thursday evening and said the ministry's door remained open for talks, but only a handful of trainees attended.

The Korean Intern Resident Association did not send representatives. Park Dan, its leader, said in a post that residents had nothing to discuss with a ministry that was threatening them, and that the association would not be taking part.

About 9,400 residents, nearly three quarters of the total, were away from their posts.""",
 [(G, C, 'oppose', 'start proceedings to suspend the licences of those still absent', True),
  (G, F, 'support', "the ministry's door remained open for talks", True),
  (KIRA, F, 'oppose', 'the association would not be taking part', True)]),

('civic-herald', '2024-03-05T05:00:00Z', 'universities-seek-3401-extra-places',
 'Universities seek 3,401 extra medical places, far above government target',
 """SEJONG, March 5 (Civic Herald) - South Korean universities have asked to add 3,401 places to their medical schools for next year, well above the government's target of 2,000, the Education Ministry said on Tuesday.

All 40 universities with medical schools submitted requests by Monday's deadline, many of them in provincial cities where hospitals struggle to recruit. University presidents said in their applications that they had the lecturers and facilities to take more students.

Education Minister Lee Ju-ho said the requests showed the increase was achievable and that the ministry would press ahead with allocating the 2,000 places.

The figures were a blow to the Korean Association of Medical Colleges, whose deans had urged the universities to ask for no more than about 350 places. Several medical school deans said their presidents had overruled them, and professors at some schools held protests outside their own administration buildings.

The ministry plans to announce how the places will be divided later this month.""",
 [(UNI, A, 'support', 'asked to add 3,401 places to their medical schools for next year', True),
  (G, A, 'support', 'the ministry would press ahead with allocating the 2,000 places', True)]),

('pacific-ledger', '2024-03-12T09:30:00Z', 'medical-professors-vote-to-resign',
 'Medical professors vote to resign en masse from March 25',
 """SEOUL, March 12 (Pacific Ledger) - Medical professors at 16 universities agreed on Tuesday to hand in their resignations from March 25 unless the government and trainee doctors find a way out of a three-week walkout.

Bang Jae-seung, who chairs a national council of professors' emergency committees, said the professors could not stand by while their students and trainees faced punishment. He called on the government to drop the fixed figure of 2,000 and said the professors would join talks on a consultative body only if it did so.

Vice Health Minister Park Min-soo said the size of the increase was not up for negotiation and urged the professors to persuade the residents to return instead.

Many professors have been working 80-hour weeks to cover for absent residents, and some hospitals have started to merge wards.""",
 [(PROF, A, 'oppose', 'called on the government to drop the fixed figure of 2,000', True),
  (PROF, F, 'conditional', 'would join talks on a consultative body only if it did so', True),
  (G, A, 'support', 'the size of the increase was not up for negotiation', True)]),

('morning-signal', '2024-03-20T07:00:00Z', 'government-allocates-2000-places',
 'Government hands out 2,000 new medical places, most outside capital',
 """SEOUL, March 20 (Morning Signal) - South Korea on Wednesday allocated the 2,000 additional medical school places for next year, sending 82 percent of them to universities outside the greater Seoul area, in a move that makes the expansion hard to reverse.

Prime Minister Han Duck-soo said the allocation would narrow the gap in care between the capital and the regions and that the government would not revisit it. Some provincial schools will more than double their intake; Chungbuk National University's quota rises from 49 to 200.

The Korea Medical Association called the announcement a declaration of war on the profession. Kim Taek-woo, head of the association's emergency committee, said doctors would fight to have the whole plan withdrawn and warned of unspecified further action.

Residents who walked out a month ago remain off the job, and professors at several schools said they would go ahead with resignations next week.

The allocation still needs to be written into each university's admission rules, which must be approved by a university body in May.""",
 [(G, A, 'support', 'the government would not revisit it', True),
  (KMA, A, 'oppose', 'doctors would fight to have the whole plan withdrawn', True)]),

('asia-desk-wire', '2024-03-24T08:00:00Z', 'yoon-orders-flexible-approach-licence-suspensions',
 "Yoon orders 'flexible' approach to suspending striking doctors' licences",
 """SEOUL, March 24 (Asia Desk Wire) - President Yoon Suk Yeol has asked Prime Minister Han Duck-soo to find a flexible way of handling the suspension of trainee doctors' licences, opening a possible path to talks after five weeks of walkouts.

Han said on Sunday that the government would hold off on suspending licences while it sought dialogue with the medical community, and that it would decide how to proceed after consulting the ruling party. The suspension notices sent to thousands of residents this month would not take effect for now, he said.

The request followed a meeting between Han Dong-hoon, who leads the ruling People Power Party's election campaign, and professors who had asked for leniency. Han said the party would act as a bridge between the government and the doctors.

The prime minister denied that the government was softening its stance on the number of new places, saying the 2,000 figure stood.

Medical professors at many universities are due to begin handing in their resignations on Monday.""",
 [(G, C, 'conditional', 'would hold off on suspending licences while it sought dialogue', True),
  (G, F, 'support', 'sought dialogue with the medical community', True),
  (G, A, 'support', 'saying the 2,000 figure stood', True)]),

('civic-herald', '2024-03-25T09:00:00Z', 'professors-hand-in-resignations',
 'Professors hand in resignations, vow to keep treating patients',
 """SEOUL, March 25 (Civic Herald) - Medical professors at universities across South Korea began submitting their resignations on Monday in solidarity with striking trainee doctors, though they said they would keep treating patients until the resignations took effect.

Bang Jae-seung, head of the professors' national emergency council, said the professors were not abandoning the sick. He said the government had to withdraw its fixed number of 2,000 before any real dialogue could begin.

The resignations came a day after the government said it would hold off on suspending the licences of residents who walked out, a gesture welcomed by the professors but dismissed by the Korean Intern Resident Association as a half-measure. The residents' association said in a statement that the only acceptable step was to cancel the penalties outright.

Under Korean law, a resignation takes effect one month after it is submitted if the employer does not accept it. Hospitals said they would not process the letters.

At Seoul National University Hospital, several professors said they were cutting outpatient hours to cope with exhaustion.""",
 [(PROF, A, 'oppose', 'the government had to withdraw its fixed number of 2,000', True),
  (PROF, F, 'conditional', 'withdraw its fixed number of 2,000 before any real dialogue could begin', True),
  (G, C, 'conditional', 'the government said it would hold off on suspending the licences', False),
  (KIRA, C, 'support', 'the only acceptable step was to cancel the penalties outright', True)]),

('pacific-ledger', '2024-04-01T05:30:00Z', 'yoon-defends-2000-figure',
 'Yoon defends 2,000 figure in address to the nation',
 """SEOUL, April 1 (Pacific Ledger) - President Yoon Suk Yeol on Monday mounted a long defence of his plan to add 2,000 medical school places a year, telling the nation that the figure was the product of careful calculation and not a number picked for politics.

In a televised address lasting nearly an hour, Yoon said the reform had been put off for 27 years and that there could be no retreat from it now. He said the doctors' collective action could not be allowed to block a policy the country needed.

Yoon said his government's door to dialogue with the medical community remained open at all times.

The Korea Medical Association said it was deeply disappointed. Its emergency committee said the speech had shown that the government had no intention of listening and repeated its call for the increase to be scrapped.

Residents have now been off the job for six weeks. Opposition parties said the address was a campaign speech nine days before the general election.""",
 [(G, A, 'support', 'there could be no retreat from it now', True),
  (G, F, 'support', 'door to dialogue with the medical community remained open', True),
  (KMA, A, 'oppose', 'repeated its call for the increase to be scrapped', True)]),

('morning-signal', '2024-04-04T01:30:00Z', 'residents-leader-to-meet-yoon',
 "Residents' leader to meet Yoon in first talks since walkout began",
 """SEOUL, April 4 (Morning Signal) - Park Dan, the leader of South Korea's striking trainee doctors, will meet President Yoon Suk Yeol on Thursday, the first face-to-face talks between the two sides since thousands of residents left their hospitals in February.

In a message to members, Park said he had agreed to the meeting in order to convey the residents' position directly to the president, and that he would go in without any promise of an outcome. The Korean Intern Resident Association said its seven demands, including the withdrawal of the 2,000-place increase, remained unchanged.

The presidential office had invited Park two days earlier, saying Yoon wanted to hear the young doctors' views in person.

Some residents criticised the decision on social media, saying their leader had agreed to the meeting without consulting them, and a handful of hospital representatives said they did not feel bound by whatever was discussed.

The meeting was to take place at the presidential office in Yongsan.""",
 [(KIRA, F, 'conditional', "he had agreed to the meeting in order to convey the residents' position", True),
  (KIRA, A, 'oppose', 'its seven demands, including the withdrawal of the 2,000-place increase, remained unchanged', True),
  (G, F, 'support', "Yoon wanted to hear the young doctors' views in person", True)]),

('asia-desk-wire', '2024-04-04T13:00:00Z', 'yoon-residents-leader-meet-no-breakthrough',
 "Yoon and residents' leader meet for over two hours, no breakthrough",
 """SEOUL, April 4 (Asia Desk Wire) - President Yoon Suk Yeol met the leader of South Korea's striking trainee doctors for two hours and 20 minutes on Thursday, but neither side announced any agreement.

The presidential office said Yoon had listened to Park Dan's concerns about working conditions and training, and that he would respect the residents' views when the government discussed the number of doctors with the medical community.

Park gave no account of the talks. Hours later he posted a single line on social media: "There is no future for Korean medicine." He did not respond to requests to explain what he meant.

Members of the Korean Intern Resident Association were divided over whether the meeting had helped. One resident in Seoul said it had only given the government a photo opportunity.

Health Minister Cho Kyoo-hong said separately that the government hoped the meeting would lead to broader talks.""",
 [(G, F, 'support', 'the government hoped the meeting would lead to broader talks', True)]),

('civic-herald', '2024-04-11T04:00:00Z', 'opposition-landslide-pressure-on-yoon-doctors',
 "Opposition landslide puts pressure on Yoon over doctors' dispute",
 """SEOUL, April 11 (Civic Herald) - South Korea's opposition Democratic Party and its allies won a commanding majority in Wednesday's parliamentary election, a result analysts said would make it harder for President Yoon Suk Yeol to hold his line in the dispute with the country's doctors.

Democratic Party leader Lee Jae-myung said the government should stop its confrontation with the doctors and set up a public consultative body on the medical reform, with the doctors at the table, as soon as possible.

Prime Minister Han Duck-soo offered to resign along with senior presidential aides to take responsibility for the defeat. Yoon's office said he would accept the voters' verdict and listen to the public.

Analysts said the government might now be tempted to trim the 2,000 figure to end the walkout, though officials declined to say whether any change was being considered.

The Korea Medical Association urged the president to take the election result as a message about his health policy.""",
 [(DP, F, 'support', 'set up a public consultative body on the medical reform', True)]),

('pacific-ledger', '2024-04-18T08:00:00Z', 'national-university-presidents-ask-to-trim-increase',
 'National university presidents ask to trim medical intake increase by up to half',
 """DAEJEON, April 18 (Pacific Ledger) - The presidents of six national universities asked the government on Thursday to let them admit as few as half of the extra medical students they have been allotted for next year, saying a smaller increase could help end the two-month walkout by trainee doctors.

In a joint proposal, the presidents of Kangwon, Kyungpook, Gyeongsang, Chungnam, Chungbuk and Jeju national universities said each school should be free to recruit between 50 and 100 percent of its new places in 2025. They said they still backed expanding medical education but that the 2025 intake should be adjusted so that students could return to class.

Medical students at most universities have boycotted lectures since February, and schools face a mass failure of the year if they do not return soon.

The Education Ministry said it had received the proposal and would review it with other ministries, but declined to say when it would respond.

Chungbuk National University, whose quota was lifted to 200 from 49, received the largest increase of any school.""",
 [(UNI, A, 'conditional', 'free to recruit between 50 and 100 percent of its new places', True)]),

('morning-signal', '2024-04-19T03:00:00Z', 'government-lets-universities-cut-increase',
 'Government lets universities cut medical school increase by up to half',
 """SEOUL, April 19 (Morning Signal) - South Korea will allow universities to reduce next year's increase in medical school places by as much as half, Prime Minister Han Duck-soo said on Friday, the government's first concession on numbers in a two-month standoff with the country's doctors.

Han said the government had accepted a request from national university presidents and would let each school admit between 50 and 100 percent of its additional places for the 2025 academic year. That could bring the total increase down to between 1,000 and 2,000, with officials expecting a figure of around 1,500.

Han said the decision was meant to protect medical students and get medical education back to normal as soon as possible, and urged the residents to return.

The Korea Medical Association rejected the offer within hours. A spokesman for its emergency committee said it would accept nothing short of scrapping the plan and starting again from zero.

The adjustment applies only to 2025; officials said the plan for later years was unchanged.""",
 [(G, A, 'conditional', 'would let each school admit between 50 and 100 percent of its additional places', True),
  (UNI, A, 'conditional', 'accepted a request from national university presidents', False),
  (KMA, A, 'oppose', 'it would accept nothing short of scrapping the plan and starting again from zero', True)]),

('asia-desk-wire', '2024-04-19T06:30:00Z', 'seoul-offers-to-halve-medical-increase',
 'Seoul offers to halve next year\'s medical school increase; doctors say no',
 """SEOUL, April 19 (Asia Desk Wire) - South Korea will let universities cut next year's increase in medical school places by up to half, Prime Minister Han Duck-soo said on Friday, the government's first concession on numbers since trainee doctors walked out in February.

Han said the government had accepted a request from national university presidents and would let each school admit between 50 and 100 percent of its additional places for the 2025 academic year. Officials expect the final increase to be around 1,500 rather than 2,000.

Han said the decision was meant to protect medical students and bring medical education back to normal quickly, and he urged the residents to come back.

The Korea Medical Association turned the offer down within hours, with its emergency committee saying it would accept nothing short of scrapping the plan and starting again from zero.

Officials said the change covers only 2025 and the plan for later years stays as it was.""",
 [(G, A, 'conditional', 'would let each school admit between 50 and 100 percent of its additional places', True),
  (UNI, A, 'conditional', 'accepted a request from national university presidents', False),
  (KMA, A, 'oppose', 'it would accept nothing short of scrapping the plan and starting again from zero', True)]),

('civic-herald', '2024-04-25T08:30:00Z', 'doctors-groups-shun-reform-committee',
 "Doctors' groups shun Yoon's new medical reform committee",
 """SEOUL, April 25 (Civic Herald) - A presidential committee on medical reform held its first meeting on Thursday without South Korea's two main doctors' groups, which refused to take up the seats reserved for them.

The Korean Intern Resident Association said it would not join the committee or any other government forum, calling it a body set up to rubber-stamp decisions already taken. Park Dan said residents had conveyed their position to the president at their meeting this month and there was nothing more to discuss.

The Korea Medical Association also declined to name members, saying it would not lend legitimacy to a committee that had no power over the number of places.

Roh Yeon-hong, the committee's chairman, said the seats would be kept open and urged the doctors to take part. The Health Ministry said it would keep inviting the residents to talk.

April 25 is also the date on which professors' resignations submitted a month ago could start to take effect, though hospitals have not accepted them.""",
 [(KIRA, F, 'oppose', 'it would not join the committee or any other government forum', True),
  (KMA, F, 'oppose', 'saying it would not lend legitimacy to a committee', True),
  (G, F, 'support', 'it would keep inviting the residents to talk', True)]),

('pacific-ledger', '2024-05-01T07:00:00Z', 'new-doctors-chief-vows-to-fight',
 "New doctors' chief takes office vowing to fight expansion plan",
 """SEOUL, May 1 (Pacific Ledger) - Lim Hyun-taek took office as president of the Korea Medical Association on Wednesday, promising to fight the government's medical school expansion to the end.

Lim, a paediatrician known for combative remarks, said the association saw no point in talking to a government that had already fixed its numbers, and that it would not take part in the presidential reform committee. He said the government had to scrap the plan entirely and that the smaller intake offered for 2025 changed nothing.

His predecessor's leadership had spent months calling for the plan to be withdrawn, and the association's emergency committee is now being disbanded.

Health Minister Cho Kyoo-hong said he hoped the new leadership would come to the table with a unified proposal from the medical community. He did not say whether the government would consider freezing the quota.

Medical professors at several hospitals began taking one day off a week this week, citing exhaustion.""",
 [(KMA, F, 'oppose', 'it would not take part in the presidential reform committee', True),
  (KMA, A, 'oppose', 'the government had to scrap the plan entirely', True),
  (G, F, 'support', 'hoped the new leadership would come to the table', True)]),

('morning-signal', '2024-05-16T09:00:00Z', 'court-clears-way-for-expansion',
 'Court clears way for medical school expansion',
 """SEOUL, May 16 (Morning Signal) - A South Korean appeals court on Thursday rejected an attempt by doctors and medical students to halt the government's medical school expansion, clearing the way for universities to finalise next year's admissions.

The Seoul High Court said the public interest in improving medical care outweighed the harm claimed by the students, although it said the government's evidence for the 2,000 figure was open to question.

Vice Health Minister Park Min-soo welcomed the ruling and said the government would finalise the 2025 increase at about 1,500 places. He said the 2,000-a-year figure for 2026 and later years was settled and would not be put back on the table.

Lim Hyun-taek, president of the Korea Medical Association, said the doctors would take the case to the Supreme Court. He called the ruling a political decision and said the association would keep demanding that the increase be scrapped.

Lawyers for the students said the court had accepted much of their criticism of the government's numbers.""",
 [(G, A, 'conditional', 'the government would finalise the 2025 increase at about 1,500 places', True),
  (G, E, 'oppose', 'was settled and would not be put back on the table', True),
  (KMA, A, 'oppose', 'would keep demanding that the increase be scrapped', True)]),

('asia-desk-wire', '2024-05-24T08:00:00Z', 'university-council-approves-1509-places',
 'University council approves 1,509 extra medical places',
 """SEOUL, May 24 (Asia Desk Wire) - South Korea's university council on Friday approved plans for 1,509 more medical school places next year, locking in the first increase in the country's medical intake since 1998.

The Korean Council for University Education said it had approved the revised admission plans submitted by the universities, which bring total medical places for 2025 to 4,567. Most national universities chose to take only half of their allotted increase, while many private schools kept the full number.

The Korean Intern Resident Association said the decision would not bring residents back. In a statement it said the expansion had to be withdrawn before anyone would return.

Parents of medical students held a protest outside the council's Seoul office.

Universities must publish their final admission guidelines by the end of the month.""",
 [(UNI, A, 'conditional', 'approved the revised admission plans submitted by the universities', True),
  (KIRA, A, 'oppose', 'the expansion had to be withdrawn before anyone would return', True)]),

('civic-herald', '2024-06-04T06:00:00Z', 'government-lifts-back-to-work-orders',
 'Government lifts back-to-work orders on striking residents',
 """SEOUL, June 4 (Civic Herald) - South Korea withdrew its orders for trainee doctors to return to work on Tuesday and said residents who go back to their hospitals would face no administrative penalties, including licence suspensions.

Health Minister Cho Kyoo-hong said the government was giving residents room to make their own choice. Cho said suspension proceedings would be halted for any resident who returned, but he did not rule out action against those who stayed away, saying the government would decide later.

Park Dan, head of the Korean Intern Resident Association, said lifting the orders was not the same as cancelling them, and that the residents wanted the orders declared void and every penalty dropped.

Only about 1,000 of some 13,000 residents are at work, according to ministry figures. Hospitals have warned of deficits after months of reduced operations.

Cho also said the government would not consider lowering the 2025 intake again.""",
 [(G, C, 'conditional', 'suspension proceedings would be halted for any resident who returned', True),
  (KIRA, C, 'support', 'the residents wanted the orders declared void and every penalty dropped', True)]),

('pacific-ledger', '2024-06-09T10:00:00Z', 'doctors-association-calls-nationwide-strike',
 "Doctors' association calls nationwide strike for June 18",
 """SEOUL, June 9 (Pacific Ledger) - The Korea Medical Association said on Sunday it would stage a nationwide strike on June 18 after members voted overwhelmingly for collective action, escalating a dispute that has kept trainee doctors off the job since February.

Lim Hyun-taek, the association's president, told a rally that the government had to scrap the 2025 increase and cancel every penalty imposed on residents and students. He said the strike would go ahead unless the government met those demands.

About 63 percent of the association's members took part in the vote, and 90 percent of them backed action.

A Health Ministry official said the government was reviewing whether the strike would breach medical law and urged the doctors to reconsider, but did not say what steps it might take.

Professors at Seoul National University Hospital separately voted to stop seeing non-urgent patients from June 17.""",
 [(KMA, A, 'oppose', 'the government had to scrap the 2025 increase', True),
  (KMA, C, 'support', 'cancel every penalty imposed on residents and students', True)]),

('morning-signal', '2024-06-18T09:00:00Z', 'thin-turnout-doctors-strike',
 'Thin turnout as doctors strike for a day',
 """SEOUL, June 18 (Morning Signal) - Only a small share of South Korea's neighbourhood clinics closed on Tuesday for a one-day strike called by the Korea Medical Association, though thousands of doctors gathered in central Seoul for a rally against the medical school expansion.

Health Ministry figures showed about 15 percent of clinics had shut by mid-afternoon. Prime Minister Han Duck-soo called the strike illegal and said the government would not overlook any act that put patients in danger.

Lim Hyun-taek told the crowd the plan had to be torn up, and said the association would launch an indefinite strike from June 27 if the government ignored its demands. He did not say how many members would follow.

Some medical professors joined the rally, though their national council said it was not part of the strike.

Patients' groups said the doctors had lost public sympathy.""",
 [(KMA, A, 'oppose', 'the plan had to be torn up', True)]),

('asia-desk-wire', '2024-07-08T05:00:00Z', 'korea-drops-all-penalties-trainee-doctors',
 'South Korea drops all penalties against striking trainee doctors',
 """SEOUL, July 8 (Asia Desk Wire) - South Korea said on Monday it would not impose any administrative penalties on trainee doctors who walked out in February, whether or not they return, removing the threat of licence suspensions that has hung over the residents for months.

Health Minister Cho Kyoo-hong said the government had decided to end the suspension proceedings for all residents, including those who stay away, so that they could make decisions about their future without fear. He said residents who resigned would be allowed to reapply for training posts in September without the usual one-year wait.

Park Dan, leader of the Korean Intern Resident Association, said the move came too late and did nothing to address the residents' demands, which still include scrapping the expansion.

Hospitals have until July 15 to process the residents' resignations.

The ministry said about 8 percent of residents were at work.""",
 [(G, C, 'support', 'decided to end the suspension proceedings for all residents, including those who stay away', True),
  (KIRA, A, 'oppose', 'which still include scrapping the expansion', True)]),

('civic-herald', '2024-07-15T12:00:00Z', 'few-residents-return-as-deadline-passes',
 'Few residents return as resignation deadline passes',
 """SEOUL, July 15 (Civic Herald) - Hospitals across South Korea were left with thousands of empty training posts on Monday as a deadline for residents to return or resign passed with few coming back.

Hospital officials said the vast majority of the residents who walked out in February had not responded to messages asking for their decision. The big teaching hospitals in Seoul said they would treat non-responders as having resigned.

Park Dan, the residents' leader, declined to say whether any members planned to apply for the September recruitment round. The Health Ministry did not comment on the figures.

Some analysts said the government might offer further concessions to lure residents back before the autumn, while others expected the standoff to drag into next year.

Medical schools, meanwhile, are considering how to handle students who have missed a full semester of classes.""",
 []),

('pacific-ledger', '2024-08-26T08:00:00Z', 'presidential-office-rejects-delay-2026',
 'Presidential office rejects ruling party call to delay 2026 increase',
 """SEOUL, Aug 26 (Pacific Ledger) - South Korea's presidential office on Monday rejected a proposal from the ruling party's leader to postpone the increase in medical school places planned for 2026, exposing a rift over how to end the six-month dispute with doctors.

Han Dong-hoon, head of the People Power Party, had suggested that the government hold off on the 2026 increase to ease a crisis in emergency rooms. Han said the delay would give doctors a reason to return and would not harm the reform.

A senior presidential official said there would be no change to the 2026 plan, and that the government would not reopen the numbers in response to the strike. "There's no change in our position," the official told reporters.

Seoul has argued that delaying the 2026 increase would only reward collective action.

Emergency rooms at several regional hospitals have limited overnight services because of staff shortages.""",
 [(G, E, 'oppose', 'there would be no change to the 2026 plan', True)]),

('morning-signal', '2024-09-06T08:00:00Z', 'government-open-to-rethinking-2026-quota',
 'Government open to rethinking 2026 quota as it backs talks with doctors',
 """SEOUL, Sept 6 (Morning Signal) - South Korea's government said on Friday it was prepared to reconsider the number of medical school places for 2026 from scratch if doctors came forward with a reasonable, unified proposal, its first sign of flexibility on the later years of the plan.

Prime Minister Han Duck-soo joined the ruling party in proposing a consultative body of the government, the ruling and opposition parties and the medical community. A presidential spokesperson said the government would not refuse to discuss the 2026 quota at that table, provided the doctors took part.

The Democratic Party welcomed the idea. Its floor leader, Park Chan-dae, said the party would join the talks and that the 2026 numbers had to be open for discussion. Party leader Lee Jae-myung had called for such a forum for months.

The Korea Medical Association and the residents' association did not respond immediately.

Early admissions for the 2025 academic year, with about 1,500 more medical places, begin on Monday.""",
 [(G, E, 'conditional', 'prepared to reconsider the number of medical school places for 2026 from scratch', True),
  (G, F, 'support', 'proposing a consultative body of the government, the ruling and opposition parties', True),
  (DP, F, 'support', 'the party would join the talks', True),
  (DP, E, 'support', 'the 2026 numbers had to be open for discussion', True)]),

('asia-desk-wire', '2024-09-09T07:00:00Z', 'doctors-snub-offer-of-talks',
 'Doctors snub offer of talks, insist 2025 intake be reopened',
 """SEOUL, Sept 9 (Asia Desk Wire) - South Korea's main doctors' association on Monday dismissed the government's offer to revisit the 2026 medical school quota, saying talks limited to 2026 were meaningless while next year's increase went ahead.

Lim Hyun-taek, president of the Korea Medical Association, said the association would not join the proposed consultative body and that the government had to withdraw the expansion for 2025 as well as 2026. He accused officials of offering talks only to share the blame for the crisis.

Park Dan said the residents' association would not take part either. He said the residents' seven demands still stood and that a new forum would not change them.

Kim Chang-soo, head of the Medical Professors Association of Korea, said professors were willing to attend if the 2025 numbers could also be discussed.

Early admissions opened on Monday with about 1,500 more medical places than last year.""",
 [(KMA, F, 'oppose', 'the association would not join the proposed consultative body', True),
  (KMA, A, 'oppose', 'the government had to withdraw the expansion for 2025 as well as 2026', True),
  (KIRA, F, 'oppose', "the residents' association would not take part either", True),
  (PROF, F, 'conditional', 'professors were willing to attend if the 2025 numbers could also be discussed', True)]),

('civic-herald', '2024-09-13T06:00:00Z', 'pm-says-2025-quota-cannot-change',
 'PM says 2025 quota cannot change, urges doctors to join talks',
 """SEOUL, Sept 13 (Civic Herald) - Prime Minister Han Duck-soo said on Friday that next year's medical school intake could no longer be changed because admissions were under way, but repeated that the government was ready to discuss the 2026 numbers if doctors joined a consultative body.

Han told a radio interview that reopening the 2025 quota would throw university admissions into chaos for tens of thousands of applicants. He said the 2026 figure could be set from zero if the medical community brought a unified proposal.

The Korea Medical Association, which has demanded that the whole plan be scrapped, has refused to join the talks. Ruling party officials said they were still trying to persuade the residents.

Hospital emergency rooms are bracing for strain over the Chuseok holiday next week, when many clinics close.

Analysts said the consultative body was unlikely to start work before the end of the month.""",
 [(G, E, 'conditional', 'the 2026 figure could be set from zero', True),
  (KMA, A, 'oppose', 'which has demanded that the whole plan be scrapped', False),
  (KMA, F, 'oppose', 'has refused to join the talks', False)]),
]

SHIFTS = [
 (G, C, 'oppose', 'conditional', 11, "Han Duck-soo, on Yoon's instruction, says the government will hold off on suspending licences while it seeks dialogue; in 003, 004 and 007 it threatened and started suspension proceedings."),
 (KIRA, F, 'oppose', 'conditional', 14, 'Park Dan agrees to meet Yoon to convey the residents\' position; in 007 he said the association would not take part in ministry talks.'),
 (UNI, A, 'support', 'conditional', 17, 'Six national university presidents ask to recruit only 50-100 percent of their new places in 2025; in 008 universities applied for 3,401 extra places.'),
 (G, A, 'support', 'conditional', 18, 'Han Duck-soo lets each school admit 50-100 percent of its extra 2025 places, the first concession on numbers; until 011/013 the government said the 2,000 figure stood.'),
 (KIRA, F, 'conditional', 'oppose', 20, 'KIRA says it will not join the reform committee or any other government forum; in 014 Park Dan had agreed to meet Yoon.'),
 (G, C, 'conditional', 'support', 27, 'Cho says the government will end suspension proceedings for all residents, including those who stay away; in 024 it still only spared those who returned.'),
 (G, E, 'oppose', 'conditional', 30, 'The government says it is prepared to reconsider the 2026 places from scratch if doctors bring a unified proposal; in 022 and 029 the 2026 figure was settled.'),
]

WATCHLIST = """# shiftwatch eval set korea-doctors-strike-2024: South Korea's 2024 dispute over medical school places.
# An issue is a proposition under negotiation; a stance is an actor's position on it (support | oppose | conditional).
# Capitals and buildings are also used as plain places in the articles (datelines "SEOUL", "the presidential office in Yongsan").

actors:
  - id: government
    name: South Korean government (President Yoon Suk Yeol, the prime minister and the health and education ministries)
    aliases: [South Korean government, Korean government, Seoul, Yoon Suk Yeol, Yoon, President Yoon, presidential office, Yongsan, Han Duck-soo, Han, Prime Minister Han, Cho Kyoo-hong, Cho, Park Min-soo, Health Ministry, Ministry of Health and Welfare, Education Ministry, Lee Ju-ho]
  - id: kma
    name: Korea Medical Association
    aliases: [Korea Medical Association, KMA, Lim Hyun-taek, Lim, Kim Taek-woo]
  - id: kira
    name: Korean Intern Resident Association (the trainee doctors' association)
    aliases: [Korean Intern Resident Association, KIRA, Park Dan, residents' association, trainee doctors' association]
  - id: professors
    name: Medical professors (their emergency committees and associations)
    aliases: [medical professors, professors' emergency committee, professors' emergency council, Bang Jae-seung, Medical Professors Association of Korea, Kim Chang-soo]
  - id: universities
    name: Universities with medical schools (their presidents and council)
    aliases: [universities, university presidents, national university presidents, Korean Council for University Education, KCUE]
  - id: democratic-party
    name: Democratic Party of Korea (opposition)
    aliases: [Democratic Party, DP, Lee Jae-myung, Park Chan-dae]

issues:
  - id: add-2000-places
    name: South Korea adds 2,000 medical school places a year from 2025
    description: The annual medical school intake rises by 2,000 (from 3,058 to 5,058) starting with the 2025 academic year.
    terms: [medical school quota, 2,000 places, admission quota, medical students, enrollment, increase]
  - id: drop-licence-suspensions
    name: The government drops its threat to suspend striking trainee doctors' licences
    description: The government abandons back-to-work orders, licence suspensions and other penalties against residents who walked out.
    terms: [licence suspension, license suspension, back-to-work order, penalties, administrative measures, punishment]
  - id: revisit-2026-quota
    name: The government reopens the 2026 medical school quota for negotiation
    description: The number of medical school places for the 2026 academic year is put back on the table in talks with doctors.
    terms: [2026 quota, 2026 admissions, reconsider, from zero, quota review]
  - id: doctors-join-talks
    name: Doctors' groups join talks with the government on medical reform
    description: The doctors' organisations take part in dialogue, a committee or a consultative body with the government on the reform.
    terms: [talks, dialogue, negotiations, consultative body, negotiating table]

# Known starting positions before the first article (all consistent with the articles; none implies a shift).
baseline:
  - {actor: government, issue: add-2000-places, stance: support}
  - {actor: kma, issue: add-2000-places, stance: oppose}
  - {actor: kira, issue: add-2000-places, stance: oppose}
"""


def rfc822(iso):
    return format_datetime(datetime.strptime(iso, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc), usegmt=True)


def build():
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    with open(os.path.join(HERE, 'watchlist.yaml'), 'w') as f:
        f.write(WATCHLIST)
    arts, claims = [], {}
    for i, (outlet, pub, slug, title, text, cl) in enumerate(ARTICLES, 1):
        aid = f'{i:03d}'
        y, m, d = pub[:4], pub[5:7], pub[8:10]
        art = {'id': aid, 'published': pub, 'source': OUTLETS[outlet],
               'url': f'https://example.org/{outlet}/{y}/{m}/{d}/{slug}', 'title': title, 'text': text}
        arts.append((outlet, art))
        with open(os.path.join(HERE, 'articles', f'{aid}.json'), 'w') as f:
            json.dump(art, f, indent=2, ensure_ascii=False)
            f.write('\n')
        claims[aid] = [{'actor': a, 'issue': s, 'stance': st, 'quote': q, 'attributed': at} for a, s, st, q, at in cl]
    shift_ids = {f'{s[4]:03d}' for s in SHIFTS}
    labels = {
        'claims': claims,
        'shifts': [{'actor': a, 'issue': s, 'from': fr, 'to': to, 'article': f'{n:03d}', 'why': w} for a, s, fr, to, n, w in SHIFTS],
        'no_alert_articles': [a['id'] for _, a in arts if a['id'] not in shift_ids],
    }
    with open(os.path.join(HERE, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
        f.write('\n')
    for outlet, name in OUTLETS.items():
        items = [a for o, a in arts if o == outlet]
        last = max(a['published'] for a in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{outlet}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch korea-doctors-strike-2024 eval set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{rfc822(last)}</lastBuildDate>']
        for a in sorted(items, key=lambda a: a['published'], reverse=True):
            out += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{escape(a["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>', f'      <pubDate>{rfc822(a["published"])}</pubDate>',
                    f'      <description>{escape(a["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', f'{outlet}.xml'), 'w') as f:
            f.write('\n'.join(out))
    return labels


def validate(labels):
    errs = []
    wl = WATCHLIST
    actors = set(re.findall(r'^  - id: (\S+)\n    name: .*\n    aliases', wl, re.M))
    issues = set(re.findall(r'^  - id: (\S+)\n    name: .*\n    description', wl, re.M))
    assert actors == {G, KMA, KIRA, PROF, UNI, DP}, actors
    assert issues == {A, C, E, F}, issues
    files = sorted(os.listdir(os.path.join(HERE, 'articles')))
    ids = [f[:-5] for f in files]
    if ids != sorted(labels['claims']):
        errs.append(f'article files {ids} != claim keys')
    prev = ''
    prevailing = {}
    for line in re.findall(r'\{actor: (\S+), issue: (\S+), stance: (\S+)\}', wl):
        prevailing[(line[0], line[1])] = line[2]
    derived = []
    for aid in ids:
        art = json.load(open(os.path.join(HERE, 'articles', f'{aid}.json')))
        if art['id'] != aid: errs.append(f'{aid}: id mismatch')
        if art['published'] < prev: errs.append(f'{aid}: not in publication order')
        prev = art['published']
        n = len(art['text'].split())
        if not 120 <= n <= 260: errs.append(f'{aid}: {n} words')
        seen = set()
        for c in labels['claims'][aid]:
            if c['actor'] not in actors: errs.append(f'{aid}: unknown actor {c["actor"]}')
            if c['issue'] not in issues: errs.append(f'{aid}: unknown issue {c["issue"]}')
            if c['stance'] not in ('support', 'oppose', 'conditional'): errs.append(f'{aid}: bad stance')
            if c['quote'] not in art['text']: errs.append(f'{aid}: quote not in text: {c["quote"]!r}')
            if len(c['quote'].split()) > 15: errs.append(f'{aid}: quote > 15 words: {c["quote"]!r}')
            k = (c['actor'], c['issue'])
            if k in seen: errs.append(f'{aid}: duplicate tuple {k}')
            seen.add(k)
            if c['attributed']:
                p = prevailing.get(k)
                if p is not None and p != c['stance']:
                    derived.append((k[0], k[1], p, c['stance'], aid))
                prevailing[k] = c['stance']
    labelled = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    # the dup copy (019) re-states the 018 shift; its tuple is already prevailing, so derived shifts must equal labelled ones
    if derived != labelled: errs.append(f'derived shifts {derived} != labelled {labelled}')
    for outlet in OUTLETS:
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', f'{outlet}.xml')], capture_output=True, text=True)
        if r.returncode: errs.append(f'xmllint {outlet}: {r.stderr.strip()}')
    json.load(open(os.path.join(HERE, 'labels.json')))
    return errs


if __name__ == '__main__':
    labels = build()
    errs = validate(labels)
    allc = [c for v in labels['claims'].values() for c in v]
    from collections import Counter
    print('articles', len(labels['claims']), 'claims', len(allc), dict(Counter(c['stance'] for c in allc)),
          'unattributed', sum(not c['attributed'] for c in allc), 'shifts', len(labels['shifts']),
          'empty', [k for k, v in labels['claims'].items() if not v])
    for e in errs:
        print('ERROR', e)
    sys.exit(1 if errs else 0)
