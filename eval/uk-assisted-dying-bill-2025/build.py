#!/usr/bin/env python3
"""Build the shiftwatch blind evaluation set uk-assisted-dying-bill-2025.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, and
validates the result (quotes, ids, watchlist references, length, dateline,
shifts recomputed from baseline, no_alert_articles, xmllint on every feed).

Usage: python3 build.py
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
SET_NAME = "uk-assisted-dying-bill-2025"

OUTLETS = {
    "Albion Wire": "albion-wire",
    "Pennine Courier": "pennine-courier",
    "Thames Ledger": "thames-ledger",
    "Westgate Post": "westgate-post",
    "Severn Dispatch": "severn-dispatch",
}

# Note: M is Streeting (the health minister), B is Mahmood.
L, S, M, B = "leadbeater", "starmer", "streeting", "mahmood"
K, BMA, RCP, C = "badenoch", "bma", "rcpsych", "church-of-england"
LEG, JUDGE, OPT, FOUR, TIME = (
    "legalise-assisted-dying",
    "drop-judge-sign-off",
    "staff-opt-out",
    "four-year-rollout",
    "extra-time",
)
SUP, OPP, CON = "support", "oppose", "conditional"


def c(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: (published UTC, outlet, slug, title, text, claims)
ARTICLES = [
    # 001
    ("2024-10-16T14:30:00Z", "Albion Wire", "leadbeater-tables-assisted-dying-bill",
     "Leadbeater tables assisted dying bill, promising judge sign-off in every case",
     """LONDON, Oct 16 (Albion Wire) - Labour backbencher Kim Leadbeater formally introduced her bill to legalise assisted dying for terminally ill adults in England and Wales on Wednesday, setting up the first Commons vote on the question in almost ten years.

The first reading was a formality, and the full text will be published next month. Leadbeater told reporters outside parliament that dying people deserved a choice and that her bill would give them one. She said every application would have to be approved by a High Court judge, a safeguard she described as the strongest of its kind anywhere.

MPs will debate the Terminally Ill Adults (End of Life) Bill on Nov 29 in a free vote. Prime Minister Keir Starmer has said the government will stay neutral, and Downing Street declined to say how he would vote.

Asked about the bill during a hospital visit, Health Secretary Wes Streeting said he was still weighing it. He added that he could back the principle only if end-of-life care offered people a real choice.

In a statement, the Church of England said it would urge MPs to reject the bill, arguing that vulnerable people would feel pressure to end their lives early.""",
     [c(L, LEG, SUP, "dying people deserved a choice and that her bill would give them one"),
      c(L, JUDGE, OPP, "every application would have to be approved by a High Court judge"),
      c(M, LEG, CON, "he could back the principle only if end-of-life care offered people a real choice"),
      c(C, LEG, OPP, "the Church of England said it would urge MPs to reject the bill")]),

    # 002
    ("2024-10-22T11:00:00Z", "Pennine Courier", "streeting-to-vote-against-assisted-dying",
     "Streeting to vote against assisted dying, citing state of palliative care",
     """LONDON, Oct 22 (Pennine Courier) - Health Secretary Wes Streeting will vote against the bill to legalise assisted dying, he confirmed on Tuesday, a day after telling a private meeting of Labour MPs that he had changed his mind.

Streeting said end-of-life care in England was not yet good enough to give dying people a genuine choice. He said he also worried that some patients would come to feel a duty to die to spare their families. He voted for a similar bill in 2015.

His announcement came a day after Justice Secretary Shabana Mahmood told constituents she would oppose the bill, saying her faith taught her that every life had equal worth.

Cabinet Secretary Simon Case has told ministers not to campaign for either side in public. A Downing Street spokesperson said ministers were free to vote as they wished and that the government remained neutral.

Kim Leadbeater, the Labour MP behind the bill, said she respected the health secretary's view but would keep making the case for the bill to colleagues of all parties.""",
     [c(M, LEG, OPP, "Health Secretary Wes Streeting will vote against the bill to legalise assisted dying"),
      c(B, LEG, OPP, "Mahmood told constituents she would oppose the bill"),
      c(L, LEG, SUP, "would keep making the case for the bill to colleagues of all parties")]),

    # 003
    ("2024-11-05T09:30:00Z", "Thames Ledger", "badenoch-voices-doubts-assisted-dying",
     "New Tory leader Badenoch voices doubts over assisted dying bill",
     """LONDON, Nov 5 (Thames Ledger) - Kemi Badenoch, who became Conservative leader at the weekend, said on Tuesday that she had serious reservations about the assisted dying bill but had not yet decided how to vote.

In a radio interview, Badenoch said she was sympathetic to giving dying people more control over their final days. She would vote for a change only if she were convinced that the health service could protect vulnerable patients from pressure, she said.

Conservative MPs, like Labour MPs, will have a free vote on Nov 29. Several senior Conservatives are expected to back the bill, while others have begun organising against it.

The bill also faces organised opposition from faith groups. The Bishop of London, Sarah Mullally, who sits in the House of Lords, said this week that the proposed law would leave sick and disabled people feeling they were a burden, and that the Church could not support it.

Disability campaigners, including the group Not Dead Yet UK, plan a protest at Westminster on the day of the debate.""",
     [c(K, LEG, CON, "She would vote for a change only if she were convinced"),
      c(C, LEG, OPP, "the Church could not support it")]),

    # 004
    ("2024-11-11T16:00:00Z", "Westgate Post", "assisted-dying-bill-text-published",
     "Assisted dying bill published with High Court check and two-year start",
     """LONDON, Nov 11 (Westgate Post) - The full text of the assisted dying bill was published on Monday, confirming that terminally ill adults with less than six months to live could seek help to die, subject to approval by two doctors and a High Court judge.

Kim Leadbeater, the bill's sponsor, said the judge's role would stay, calling it the heart of what she described as the most robust scheme in the world. The bill says the service must be in place within two years of becoming law. Leadbeater said that was ample time and that she saw no reason for dying people to wait any longer.

The British Medical Association said it remained neutral on whether the law should change. But it welcomed clauses under which only doctors who volunteered would take part, and said no doctor should be made to play any part in the process.

Dr Andrew Green, who chairs the association's ethics committee, said the service would also need new money so that other NHS care did not suffer.

MPs will vote on the bill at second reading on Nov 29.""",
     [c(L, JUDGE, OPP, "said the judge's role would stay"),
      c(L, FOUR, OPP, "she saw no reason for dying people to wait any longer"),
      c(BMA, OPT, SUP, "said no doctor should be made to play any part in the process")]),

    # 005
    ("2024-11-13T12:00:00Z", "Severn Dispatch", "church-leaders-urge-mps-reject-assisted-dying",
     "Church declares all-out war on assisted dying bill",
     """YORK, Nov 13 (Severn Dispatch) - The Archbishop of York, Stephen Cottrell, urged MPs on Wednesday to vote down the assisted dying bill, saying a change in the law would erode the care owed to people at the end of their lives.

Cottrell, now the Church of England's most senior active bishop after Justin Welby announced his resignation as Archbishop of Canterbury on Tuesday over an abuse scandal, said the Church would keep making its case to MPs of all parties. He said the answer to suffering lay in better palliative care.

In a separate letter read in Catholic parishes, Cardinal Vincent Nichols, the Archbishop of Westminster, asked worshippers to contact their MPs and press them to oppose the bill.

The bill's supporters said church leaders did not speak for most believers, and polls suggest a majority of the public favour a change. Health Secretary Wes Streeting, who opposes the bill, has said the cabinet should not campaign on the question.

The Church has not said whether its bishops will try to amend the bill if it reaches the Lords.""",
     [c(C, LEG, OPP, "urged MPs on Wednesday to vote down the assisted dying bill"),
      c(M, LEG, OPP, "Wes Streeting, who opposes the bill", False)]),

    # 006
    ("2024-11-20T10:00:00Z", "Albion Wire", "streeting-orders-costing-vote-unchanged",
     "Streeting orders costing of assisted dying, insists his vote is unchanged",
     """LONDON, Nov 20 (Albion Wire) - Health Secretary Wes Streeting said on Wednesday that his department had begun work on what an assisted dying service might cost in case parliament approves one, drawing criticism from the bill's supporters.

Streeting said it was his duty to prepare for any outcome. He said he had not changed his mind and would still vote against the bill next week, but denied that he was trying to sway colleagues.

Kim Leadbeater said she was disappointed that ministers were talking about costs before MPs had even debated the principle. She said the bill was about giving dying people dignity and choice, and she urged MPs to back it.

Justice Secretary Shabana Mahmood set out her own objection in a letter to constituents this week. She wrote that the state should exist to protect life and should never offer death as a public service.

Downing Street said ministers remained bound by the government's neutrality and should not campaign either way.""",
     [c(M, LEG, OPP, "He said he had not changed his mind and would still vote against"),
      c(L, LEG, SUP, "she urged MPs to back it"),
      c(B, LEG, OPP, "the state should exist to protect life and should never offer death")]),

    # 007
    ("2024-11-27T13:30:00Z", "Thames Ledger", "starmer-rebuffs-call-extra-debate-days",
     "Starmer rebuffs call for extra debate days on assisted dying",
     """LONDON, Nov 27 (Thames Ledger) - Prime Minister Keir Starmer on Wednesday turned down a request to give MPs more time to debate the assisted dying bill, two days before its first Commons vote.

At Prime Minister's Questions, Conservative MP Alec Shelbrooke asked Starmer to guarantee at least two full days of debate at the later report stage. Starmer replied that the bill would follow the normal rules for private members' bills, which he said gave MPs enough time to examine it.

Asked afterwards how he would vote on Friday, Starmer declined to say.

Conservative leader Kemi Badenoch said she was still undecided. She told broadcasters she would support a change only if ministers could show that NHS safeguards would be robust enough.

Outside the chamber, campaigners from both sides gathered in Parliament Square. Friday's debate is expected to last around five hours before MPs vote on whether to give the bill a second reading.""",
     [c(S, TIME, OPP, "Starmer on Wednesday turned down a request to give MPs more time"),
      c(K, LEG, CON, "she would support a change only if ministers could show")]),

    # 008
    ("2024-11-28T07:00:00Z", "Westgate Post", "badenoch-to-vote-against-assisted-dying",
     "Badenoch to vote against assisted dying bill",
     """LONDON, Nov 28 (Westgate Post) - Conservative leader Kemi Badenoch will vote against the assisted dying bill on Friday, she wrote in a newspaper article published on Thursday, ending weeks of public hesitation.

Badenoch wrote that giving people some control over how they die could be a sacred thing, but that she could not support this bill. She said her time as a minister had shown her that the health service struggled to protect vulnerable patients, citing failures in gender identity care for children.

She said she made up her mind when the prime minister refused to promise extra days of debate. A law of this weight needed at least two full days of scrutiny at report stage, she wrote.

Her decision puts her alongside several cabinet ministers who have said they will vote no, though for different reasons. Conservative MPs remain free to vote as they choose, and allies said she would not urge colleagues to follow her.""",
     [c(K, LEG, OPP, "Kemi Badenoch will vote against the assisted dying bill on Friday"),
      c(K, TIME, SUP, "A law of this weight needed at least two full days of scrutiny"),
      c(S, TIME, OPP, "the prime minister refused to promise extra days of debate", False)]),

    # 009
    ("2024-11-29T16:30:00Z", "Albion Wire", "mps-back-assisted-dying-bill-330-275",
     "MPs back assisted dying bill by 330 votes to 275",
     """LONDON, Nov 29 (Albion Wire) - MPs voted by 330 to 275 on Friday to give the assisted dying bill a second reading, backing in principle a law that would let terminally ill adults in England and Wales seek help to end their lives.

Prime Minister Keir Starmer voted in favour, as did former Conservative leader Rishi Sunak. Conservative leader Kemi Badenoch voted against, as did Health Secretary Wes Streeting and Justice Secretary Shabana Mahmood.

Kim Leadbeater, who brought the bill, told reporters that dying people had been given hope and that she would work to win a final vote. The bill now goes to a committee of MPs for line-by-line scrutiny.

The Bishop of London, Sarah Mullally, said the Church of England was deeply disappointed and would keep arguing against the bill as it went through parliament.

Around a hundred disability campaigners protested outside, saying the safeguards would fail disabled people.""",
     [c(S, LEG, SUP, "Prime Minister Keir Starmer voted in favour"),
      c(K, LEG, OPP, "Conservative leader Kemi Badenoch voted against"),
      c(M, LEG, OPP, "as did Health Secretary Wes Streeting and Justice Secretary Shabana Mahmood"),
      c(B, LEG, OPP, "as did Health Secretary Wes Streeting and Justice Secretary Shabana Mahmood"),
      c(L, LEG, SUP, "she would work to win a final vote"),
      c(C, LEG, OPP, "would keep arguing against the bill as it went through parliament")]),

    # 010 (duplicate of 009)
    ("2024-11-29T18:10:00Z", "Pennine Courier", "commons-votes-330-275-assisted-dying",
     "Commons gives assisted dying bill a second reading, 330 to 275",
     """LONDON, Nov 29 (Pennine Courier) - The House of Commons voted 330 to 275 on Friday to give a second reading to the assisted dying bill, approving in principle a law to let terminally ill adults in England and Wales get help to end their lives.

Prime Minister Keir Starmer voted in favour, and so did former Conservative leader Rishi Sunak. Conservative leader Kemi Badenoch voted against, as did Health Secretary Wes Streeting and Justice Secretary Shabana Mahmood.

Kim Leadbeater, the bill's sponsor, said dying people had been given hope and she would work to win a final vote. A committee of MPs will now examine the bill line by line.

For the Church of England, the Bishop of London, Sarah Mullally, said the Church was deeply disappointed and would keep arguing against the bill as it went through parliament.

About a hundred disability campaigners demonstrated outside, warning that the safeguards would fail disabled people.""",
     [c(S, LEG, SUP, "Prime Minister Keir Starmer voted in favour"),
      c(K, LEG, OPP, "Conservative leader Kemi Badenoch voted against"),
      c(M, LEG, OPP, "as did Health Secretary Wes Streeting and Justice Secretary Shabana Mahmood"),
      c(B, LEG, OPP, "as did Health Secretary Wes Streeting and Justice Secretary Shabana Mahmood"),
      c(L, LEG, SUP, "she would work to win a final vote"),
      c(C, LEG, OPP, "would keep arguing against the bill as it went through parliament")]),

    # 011 (no claims)
    ("2024-12-10T15:00:00Z", "Thames Ledger", "committee-named-assisted-dying-bill",
     "Committee of 23 MPs named to scrutinise assisted dying bill",
     """LONDON, Dec 10 (Thames Ledger) - The 23 MPs who will examine the assisted dying bill line by line were named on Tuesday, with the committee due to begin hearing evidence in late January in a committee room at Westminster.

Kim Leadbeater, who proposed the members, will sit on the committee alongside ministers from the health and justice departments, who attend to advise on how the law would work rather than to take sides. Fourteen of the members voted for the bill in November and nine against.

Conservative MP Danny Kruger, a leading opponent, said the committee was weighted toward supporters. Leadbeater said the balance reflected the November vote.

Asked whether she would accept changes to the High Court stage, which several senior judges have questioned, Leadbeater declined to say, telling reporters she would wait for the evidence.

Some lawyers following the bill predicted that the judicial safeguard would be the first part of the text to come under pressure. Others expected the six-month prognosis rule to draw the most amendments.""",
     []),

    # 012
    ("2025-01-29T17:00:00Z", "Westgate Post", "judges-doctors-question-safeguards-hearings-open",
     "Judges and doctors question assisted dying safeguards as hearings open",
     """LONDON, Jan 29 (Westgate Post) - A retired High Court judge told MPs on Wednesday that requiring a judge to approve every assisted death would swamp the family courts, as a committee began hearing evidence on the assisted dying bill.

Sir Nicholas Mostyn said the courts could not take on thousands of extra hearings a year. Other witnesses argued that a panel of experts could test for coercion more thoroughly than a judge working from paperwork.

Dr Andrew Green of the British Medical Association told the committee that doctors must be free to decline any part of the process for any reason, not just on grounds of conscience.

Representatives of pharmacists asked for the same right to be extended to their members. Asked whether she would widen the opt-out beyond doctors, Kim Leadbeater said she would consider doing so provided it did not leave the service unable to operate.

The committee will hear from around 50 witnesses over three days before it turns to the text of the bill in February.""",
     [c(BMA, OPT, SUP, "doctors must be free to decline any part of the process for any reason"),
      c(L, OPT, CON, "she would consider doing so provided it did not leave the service unable")]),

    # 013
    ("2025-01-31T12:00:00Z", "Albion Wire", "leadbeater-signals-rework-high-court-safeguard",
     "Leadbeater signals she may rework High Court safeguard",
     """LONDON, Jan 31 (Albion Wire) - Kim Leadbeater said on Friday she would not rule out replacing the High Court stage of her assisted dying bill, after a week of evidence in which judges warned that the courts could not cope.

Leadbeater said she would accept a different model only if it gave dying people at least as much protection as a judge, and only if senior legal figures stayed at the centre of the process. She said she would set out her thinking in the coming weeks.

Opponents seized on the remarks. Danny Kruger, a Conservative member of the committee, said MPs had been sold the bill on the strength of the judicial check.

Prime Minister Keir Starmer, who backs a change in the law, has kept out of the detail. His spokesman said the content of the bill was a matter for parliament.

The committee starts line-by-line scrutiny on Feb 11.""",
     [c(L, JUDGE, CON, "she would accept a different model only if it gave dying people"),
      c(S, LEG, SUP, "Prime Minister Keir Starmer, who backs a change in the law", False)]),

    # 014
    ("2025-02-11T07:30:00Z", "Thames Ledger", "leadbeater-drops-high-court-sign-off",
     "Leadbeater drops High Court sign-off in favour of expert panels",
     """LONDON, Feb 11 (Thames Ledger) - Kim Leadbeater said on Tuesday she would remove the requirement for a High Court judge to approve each assisted death, replacing it with panels of experts, as MPs began line-by-line scrutiny of her bill.

Under her amendments, each panel would include a senior lawyer, a psychiatrist and a social worker, and would be appointed by a new commissioner who must be a serving or retired senior judge. Leadbeater said the change would make the system stronger, not weaker, because the panels could question applicants and their families in a way a busy court could not.

Opponents reacted angrily. Danny Kruger, a Conservative frontbencher on the committee, called the change a disgrace and said MPs had voted for the bill on a false basis.

Leadbeater rejected claims that the bill was being watered down. She said she had listened to the judges who told the committee the original plan would not work.""",
     [c(L, JUDGE, SUP, "she would remove the requirement for a High Court judge to approve each assisted death")]),

    # 015 (duplicate of 014)
    ("2025-02-11T09:45:00Z", "Westgate Post", "leadbeater-swaps-judge-for-expert-panels",
     "Assisted dying bill: Leadbeater swaps judge approval for expert panels",
     """LONDON, Feb 11 (Westgate Post) - Kim Leadbeater said on Tuesday she would remove the requirement for a High Court judge to approve each assisted death and replace it with expert panels, as a committee of MPs started going through her bill line by line.

Each panel would be made up of a senior lawyer, a psychiatrist and a social worker, appointed by a new commissioner who must be a serving or retired senior judge, under her amendments. Leadbeater said the system would be stronger, not weaker, because panels could question applicants and their relatives in ways a stretched court could not.

Critics were furious. Conservative frontbencher Danny Kruger, who sits on the committee, called it a disgrace and said MPs had backed the bill on a false basis.

Leadbeater denied that the bill was being watered down, saying she had listened to judges who told MPs the original plan was unworkable.""",
     [c(L, JUDGE, SUP, "she would remove the requirement for a High Court judge to approve each assisted death")]),

    # 016
    ("2025-02-19T11:00:00Z", "Severn Dispatch", "psychiatrists-warn-staff-shortfall-panels",
     "Psychiatrists warn of staff shortfall for assisted dying panels",
     """LONDON, Feb 19 (Severn Dispatch) - The Royal College of Psychiatrists warned MPs on Wednesday that there were not enough consultant psychiatrists to staff the expert panels now proposed for the assisted dying bill.

In written evidence to the committee, the college said it remained neutral on the principle of assisted dying. But it said it could not back the bill unless it set out clearly how doctors should judge capacity and spot depression in people who ask to die.

On the new panels, which would replace sign-off by a High Court judge, the college said psychiatrists could take part only if their role was defined in law and the posts were properly funded.

The British Medical Association, which wants every doctor to be free to refuse any role in assisted dying, is due to set out its view on the panels later this month.

Kim Leadbeater said she would meet the college to discuss its concerns and was confident they could be answered.""",
     [c(RCP, LEG, CON, "it could not back the bill unless it set out clearly how doctors"),
      c(RCP, JUDGE, CON, "psychiatrists could take part only if their role was defined in law"),
      c(BMA, OPT, SUP, "which wants every doctor to be free to refuse any role in assisted dying", False)]),

    # 017
    ("2025-03-11T18:00:00Z", "Pennine Courier", "committee-strips-high-court-approval",
     "Committee votes to strip High Court approval from assisted dying bill",
     """LONDON, March 11 (Pennine Courier) - MPs scrutinising the assisted dying bill voted on Tuesday to remove the clause requiring a High Court judge to approve each case, clearing the way for Kim Leadbeater's expert panels.

Leadbeater told the committee the panels were a strength of the bill, not a weakness, and would catch coercion that a judge reading files might miss. Conservative member Danny Kruger said a gold-plated safeguard had been stripped away.

Leadbeater also said she remained open to widening the right to refuse participation beyond doctors, as long as enough staff would still be available to run the service. She said she expected to bring forward proposals before report stage.

Health Secretary Wes Streeting's department, which advises the committee on how the law would operate, took no position on the vote. Asked about the change, Streeting declined to comment.

The committee is expected to finish its work by the end of the month.""",
     [c(L, JUDGE, SUP, "the panels were a strength of the bill, not a weakness"),
      c(L, OPT, CON, "she remained open to widening the right to refuse participation beyond doctors")]),

    # 018
    ("2025-03-25T19:00:00Z", "Westgate Post", "leadbeater-concedes-start-may-slip-2029",
     "Leadbeater concedes assisted dying may not start until 2029",
     """LONDON, March 25 (Westgate Post) - Kim Leadbeater told MPs on Tuesday she was tabling an amendment to allow up to four years for an assisted dying service to be set up, twice the period in the bill as published.

She said she was disappointed to be doing so and understood the upset among dying people who had hoped to benefit sooner. But she said the new commissioner and panels would take longer to build, and that getting the service right mattered more than speed. Four years was a backstop, not a target, she said.

Government officials, who have been helping to draft amendments, are understood to have warned that two years was too short.

Tom Gordon, a Liberal Democrat MP who supports the bill, said other countries had moved faster and that the delay risked pushing the start past the next general election.

The committee is due to finish line-by-line scrutiny this week.""",
     [c(L, FOUR, SUP, "she was tabling an amendment to allow up to four years")]),

    # 019
    ("2025-04-03T14:00:00Z", "Thames Ledger", "assisted-dying-return-pushed-to-may-16",
     "Assisted dying bill's return to Commons pushed back to May 16",
     """LONDON, April 3 (Thames Ledger) - The assisted dying bill will return to the House of Commons on May 16 rather than April 25, Kim Leadbeater said on Thursday, after MPs asked for longer to study the changes made in committee.

Leadbeater said colleagues needed extra time to consider amendments that had replaced the High Court stage and extended the start date, and that it was more important to get the bill right than to rush it. The later date also avoids a clash with local election campaigning.

Opponents said the delay showed the bill had been rushed from the start. The Church of England, which opposes the bill, said MPs should use the extra weeks to read the evidence from doctors and disabled people.

A government impact assessment, which ministers had promised before report stage, is now expected in May.""",
     [c(L, TIME, SUP, "colleagues needed extra time to consider amendments"),
      c(C, LEG, OPP, "The Church of England, which opposes the bill", False)]),

    # 020 (no claims)
    ("2025-05-08T10:00:00Z", "Pennine Courier", "impact-assessment-first-year-assisted-deaths",
     "Impact assessment puts first-year assisted deaths in the hundreds",
     """LONDON, May 8 (Pennine Courier) - Between about 160 and 800 people could have an assisted death in the first year after a service opens, according to a government impact assessment published on Thursday ahead of the bill's return to the Commons.

The document, prepared by the Department of Health and Social Care and the Ministry of Justice, projects that numbers could rise into the low thousands a year within a decade. It estimates that the commissioner and panels would cost several million pounds a year to run.

The health department said in a covering note that the assessment did not reflect a government view on whether the bill should pass, and that the government remained neutral.

Analysts said the figures could steady nervous supporters, though some suggested undecided MPs might focus instead on the warnings about pressure on hospices and palliative care.

MPs will debate amendments at report stage on May 16.""",
     []),

    # 021
    ("2025-05-14T13:00:00Z", "Albion Wire", "psychiatrists-cannot-support-assisted-dying-bill",
     "Psychiatrists say they cannot support assisted dying bill",
     """LONDON, May 14 (Albion Wire) - The Royal College of Psychiatrists said on Wednesday it could not support the assisted dying bill in its current form, two days before MPs resume debate on it.

The college said too many questions about protecting people with mental illness were unanswered, including how doctors should treat a wish to die that might stem from untreated depression. It also said there were still not enough psychiatrists to sit on the proposed panels, and that psychiatrists who did not want to take part must be able to refuse.

Dr Lade Smith, the college's president, said it still took no position on the principle of assisted dying.

Earlier in the week the Royal College of Physicians said that it, too, had concerns that the bill did not resolve.

Kim Leadbeater said mental illness alone would never make anyone eligible, and that she remained confident the bill was safe and should become law.""",
     [c(RCP, LEG, OPP, "it could not support the assisted dying bill in its current form"),
      c(RCP, OPT, SUP, "psychiatrists who did not want to take part must be able to refuse"),
      c(L, LEG, SUP, "she remained confident the bill was safe and should become law")]),

    # 022
    ("2025-05-16T16:00:00Z", "Thames Ledger", "mps-extend-right-to-refuse-all-health-staff",
     "MPs extend right to refuse assisted dying role to all health staff",
     """LONDON, May 16 (Thames Ledger) - MPs on Friday approved an amendment from Kim Leadbeater stating that no one would be under any duty to take part in providing an assisted death, extending protection beyond doctors to pharmacists, nurses and other staff.

The change, approved by a large majority, was the only amendment put to a vote on the first day of report stage. Debate on the remaining amendments was adjourned until June 13.

Leadbeater said health and care workers who objected should never be forced to play a part. The British Medical Association welcomed the amendment, saying it had pressed for exactly this protection.

Leadbeater also defended the four-year window for setting up the service, saying a careful start mattered more than a fast one.

Some opponents said the day had exposed how much of the bill was still unsettled. They pointed to dozens of outstanding amendments on eating disorders, advertising and the role of the panels.

The final Commons vote, at third reading, is expected later in June.""",
     [c(L, OPT, SUP, "health and care workers who objected should never be forced to play a part"),
      c(BMA, OPT, SUP, "The British Medical Association welcomed the amendment"),
      c(L, FOUR, SUP, "Leadbeater also defended the four-year window for setting up the service")]),

    # 023
    ("2025-06-13T17:00:00Z", "Severn Dispatch", "assisted-dying-bill-clears-report-stage",
     "Assisted dying bill clears report stage ahead of final Commons vote",
     """LONDON, June 13 (Severn Dispatch) - MPs completed the report stage of the assisted dying bill on Friday, approving a further batch of amendments and setting up a final Commons vote next week.

Kim Leadbeater said the bill was now stronger than the version MPs backed in November and urged colleagues to pass it. Among the changes agreed on Friday were tighter limits on how an assisted dying service could be promoted.

Several MPs who supported the bill at second reading have said they will switch sides or abstain, according to a tally kept by opponents. Supporters said their own count still showed a majority.

The Archbishop of York, Stephen Cottrell, said in a statement that the changes had not answered the Church's fears and that the bill should be rejected.

Justice Secretary Shabana Mahmood is expected to vote against again, according to colleagues. Disability campaigners held a vigil outside parliament during the debate.""",
     [c(L, LEG, SUP, "urged colleagues to pass it"),
      c(C, LEG, OPP, "the changes had not answered the Church's fears and that the bill should be rejected"),
      c(B, LEG, OPP, "Mahmood is expected to vote against again, according to colleagues", False)]),

    # 024
    ("2025-06-18T08:00:00Z", "Pennine Courier", "streeting-nhs-would-implement-assisted-dying",
     "Streeting signals NHS ready to deliver assisted dying",
     """LONDON, June 18 (Pennine Courier) - Health Secretary Wes Streeting said on Wednesday that the health service would put an assisted dying law into effect properly if parliament passed one, but made clear he would vote against the bill again on Friday.

Streeting denied reports that he had softened his opposition. He said his worries about the state of palliative care, and about people feeling they were a burden on their families, were unchanged. It would be his job as health secretary to implement whatever parliament decided, he added.

He said the prime minister was entitled to vote for the bill, as he was expected to do, and that cabinet colleagues had respected each other's views.

A spokesman for Conservative leader Kemi Badenoch said she had not been persuaded by the changes made since November and would again vote against.

The bill passed its second reading by a majority of 55. Opponents need roughly 28 MPs to switch sides for it to fall.""",
     [c(M, LEG, OPP, "made clear he would vote against the bill again on Friday"),
      c(S, LEG, SUP, "the prime minister was entitled to vote for the bill, as he was expected", False),
      c(K, LEG, OPP, "had not been persuaded by the changes made since November and would again vote against")]),

    # 025
    ("2025-06-20T15:30:00Z", "Albion Wire", "commons-passes-assisted-dying-bill-by-23",
     "Commons passes assisted dying bill by 23 votes, sending it to the Lords",
     """LONDON, June 20 (Albion Wire) - The House of Commons passed the assisted dying bill at third reading on Friday by 314 votes to 291, a majority of 23, sending it to the House of Lords.

Prime Minister Keir Starmer again voted for the bill. Conservative leader Kemi Badenoch voted against, as did Health Secretary Wes Streeting and Justice Secretary Shabana Mahmood.

An emotional Kim Leadbeater said dying people were a step closer to the choice they had asked for, and urged peers to respect the decision of the elected house.

The British Medical Association said it stayed neutral on whether the law should change, but welcomed the amendment guaranteeing that all health workers could decline to take part.

The Church of England said it regretted the result and would press its case in the Lords, where 26 bishops sit. It said that if the bill became law, staff in church-run hospices must never be required to take part.

The majority was less than half the margin at second reading in November.""",
     [c(S, LEG, SUP, "Prime Minister Keir Starmer again voted for the bill"),
      c(K, LEG, OPP, "Conservative leader Kemi Badenoch voted against"),
      c(M, LEG, OPP, "as did Health Secretary Wes Streeting and Justice Secretary Shabana Mahmood"),
      c(B, LEG, OPP, "as did Health Secretary Wes Streeting and Justice Secretary Shabana Mahmood"),
      c(L, LEG, SUP, "urged peers to respect the decision of the elected house"),
      c(BMA, OPT, SUP, "welcomed the amendment guaranteeing that all health workers could decline to take part"),
      c(C, LEG, OPP, "regretted the result and would press its case in the Lords"),
      c(C, OPT, SUP, "staff in church-run hospices must never be required to take part")]),

    # 026
    ("2025-06-25T12:00:00Z", "Westgate Post", "bma-reaffirms-right-to-refuse-assisted-dying",
     "Doctors' union reaffirms right to refuse assisted dying role",
     """LIVERPOOL, June 25 (Westgate Post) - The British Medical Association has reaffirmed that every health professional must be free to decline any involvement in assisted dying, after its annual meeting in Liverpool passed a motion on the bill this week.

The motion also said an assisted dying service must be paid for with new money and never treated as a cheaper alternative to palliative, mental health or social care. Delegates called for safeguards against coercive control.

Dr Andrew Green, who chairs the association's medical ethics committee, said the BMA remained neutral on whether the law should change. He said the vote strengthened positions the association already held, including that doctors must actively opt in before providing the service.

The bill, which passed the Commons last week, is expected to have its second reading in the House of Lords in the autumn, with Lord Falconer steering it through the upper house.""",
     [c(BMA, OPT, SUP, "every health professional must be free to decline any involvement in assisted dying")]),

    # 027 (no claims)
    ("2025-09-05T18:00:00Z", "Thames Ledger", "mahmood-home-office-lammy-justice",
     "Mahmood moves to Home Office as Lammy takes justice brief",
     """LONDON, Sept 5 (Thames Ledger) - Shabana Mahmood was appointed Home Secretary on Friday in a reshuffle that saw David Lammy become Justice Secretary and deputy prime minister, following the resignation of Angela Rayner.

Mahmood, who had voted against the assisted dying bill at both Commons stages, leaves the Ministry of Justice just as the bill reaches the House of Lords, where justice ministers will advise peers on the courts, the new commissioner and the panels. She replaces Yvette Cooper, who becomes Foreign Secretary.

Lammy, the new Justice Secretary, has not said where he stands on the bill. Officials said he would follow the government's line of neutrality.

Wes Streeting stays at health.

Some commentators speculated that the reshuffle could slow the government's technical work on the bill, while others said civil servants, not ministers, were doing most of it.""",
     []),

    # 028
    ("2025-09-12T16:00:00Z", "Severn Dispatch", "lords-open-debate-assisted-dying-bill",
     "Lords open debate on assisted dying bill",
     """LONDON, Sept 12 (Severn Dispatch) - The House of Lords began its second reading debate on the assisted dying bill on Friday, with more than 100 peers signed up to speak over two days.

Opening the debate, Lord Falconer, who is steering the bill through the upper house, said it was safe, had been examined for longer than almost any private member's bill, and deserved to become law.

The Bishop of London, Sarah Mullally, told peers the bill would change how society treated the old, the sick and the disabled, and said the Church of England remained opposed.

Baroness Tanni Grey-Thompson, the Paralympian and disability campaigner, said the safeguards were too weak to protect disabled people. Baroness Luciana Berger is proposing that a special select committee take evidence on the bill before peers go through it line by line.

The debate resumes on Sept 19. By convention the Lords does not usually vote down a bill at second reading.""",
     [c(L, LEG, SUP, "and deserved to become law"),
      c(C, LEG, OPP, "said the Church of England remained opposed")]),

    # 029 (no claims)
    ("2025-09-19T17:30:00Z", "Pennine Courier", "peers-pass-assisted-dying-bill-without-vote",
     "Peers give assisted dying bill second reading without a vote and set up select committee",
     """LONDON, Sept 19 (Pennine Courier) - The House of Lords gave the assisted dying bill a second reading on Friday without a vote, after peers agreed to refer it first to a special select committee that will take evidence before line-by-line scrutiny begins.

The committee, proposed by Baroness Luciana Berger, must report by Nov 7. It is expected to hear from ministers, judges, doctors and disability groups in hearings at Westminster over the coming weeks.

The second day of debate took place as a small group of protesters laid out rows of shoes in Old Palace Yard.

Peers speaking on Friday were split roughly evenly, by one count. Some observers predicted a record number of amendments once the committee stage begins, and warned that the bill could run short of time before the parliamentary session ends next spring.""",
     []),

    # 030
    ("2025-10-03T11:00:00Z", "Albion Wire", "mullally-named-archbishop-of-canterbury",
     "Mullally named first woman Archbishop of Canterbury",
     """LONDON, Oct 3 (Albion Wire) - Sarah Mullally, the Bishop of London, was named on Friday as the next Archbishop of Canterbury, the first woman to lead the Church of England. Downing Street announced the appointment, which was approved by the King.

Mullally, a former chief nursing officer for England, will move into Lambeth Palace after her formal confirmation early next year.

Speaking at Canterbury Cathedral, she said she would listen to people of all views. Asked about the assisted dying bill, now before the House of Lords, she said the Church had not softened its opposition and that its bishops would keep pressing for the bill to be rejected.

She takes over from Justin Welby, who resigned last November over the Church's handling of an abuse scandal. Stephen Cottrell, the Archbishop of York, has led the Church in the interim.""",
     [c(C, LEG, OPP, "the Church had not softened its opposition")]),

    # 031
    ("2025-10-22T15:00:00Z", "Thames Ledger", "medical-bodies-restate-concerns-lords-committee",
     "Medical bodies restate concerns to Lords committee on assisted dying",
     """LONDON, Oct 22 (Thames Ledger) - The Royal College of Psychiatrists told a Lords select committee on Wednesday that it still could not support the assisted dying bill as drafted, saying the changes made in the Commons had not resolved its concerns about mental illness.

Giving evidence at Westminster, the college's representatives said terminal illness raised the risk of suicide and that the bill did not say when doctors should step in to protect a patient.

The British Medical Association told the same session that it remained neutral on the principle, but said doctors must keep the right to refuse any part in the process.

Justice Secretary David Lammy is due to give evidence next week, alongside health ministers. The committee must report by Nov 7.

Lord Falconer, the bill's sponsor in the Lords, said he would study the evidence and was open to amendments that improved the bill without blocking it.""",
     [c(RCP, LEG, OPP, "it still could not support the assisted dying bill as drafted"),
      c(BMA, OPT, SUP, "doctors must keep the right to refuse any part in the process")]),

    # 032
    ("2025-11-07T13:00:00Z", "Westgate Post", "lords-committee-report-assisted-dying",
     "Lords committee report clears way for line-by-line scrutiny of assisted dying bill",
     """LONDON, Nov 7 (Westgate Post) - A Lords select committee published its report on the assisted dying bill on Friday, setting out the evidence it heard without recommending whether the bill should pass.

Lord Falconer, who is sponsoring the bill in the Lords, said he would table amendments in response to some of the evidence. He warned that the bill would fall if peers did not finish with it before the session ends, and said the House should be ready to sit for extra days to avoid that.

A Downing Street spokesperson said the government remained neutral and would not give up its own time to a private member's bill.

More than 900 amendments have been tabled for committee stage, most of them by a small group of opponents. Supporters have accused them of planning to talk the bill out, which they deny.""",
     [c(L, TIME, SUP, "the House should be ready to sit for extra days"),
      c(S, TIME, OPP, "would not give up its own time to a private member's bill")]),

    # 033
    ("2025-11-14T16:00:00Z", "Severn Dispatch", "record-amendments-peers-begin-scrutiny",
     "Assisted dying bill faces record amendments as peers begin detailed scrutiny",
     """LONDON, Nov 14 (Severn Dispatch) - Peers began going through the assisted dying bill line by line on Friday, facing close to 1,000 amendments, the most tabled to a backbench bill in recent memory.

Lord Falconer said the bill had twice won the backing of the elected Commons and must not be talked out. He accused a handful of opponents of tabling amendments designed to run down the clock.

Opponents rejected the charge. Baroness Gisela Stuart said the bill had so many flaws that she doubted the Lords could make it fit to pass. Several bishops spoke in support of amendments on palliative care.

Kemi Badenoch, who opposes the bill, has left Conservative peers free to vote as they wish.

Some peers predicted the bill would run out of time before the session ends in the spring; others said a deal to group amendments could still save it. A few opponents offered to drop amendments in exchange for extra safeguards on the panels.""",
     [c(L, LEG, SUP, "had twice won the backing of the elected Commons and must not be talked out"),
      c(K, LEG, OPP, "Kemi Badenoch, who opposes the bill", False)]),

    # 034
    ("2025-11-26T10:00:00Z", "Pennine Courier", "leadbeater-urges-peers-find-more-time",
     "Leadbeater urges peers to find more time as assisted dying bill stalls",
     """LONDON, Nov 26 (Pennine Courier) - Kim Leadbeater urged the House of Lords on Wednesday to set aside additional sitting days for the assisted dying bill, warning that it could fall at the end of the session despite twice passing the Commons.

After several days of committee stage, peers have debated only a small share of the more than 1,000 amendments tabled. Leadbeater said the Lords had every right to scrutinise the bill but no right to block what the elected house had decided.

Asked whether the government would step in with extra time, Health Secretary Wes Streeting said that was a matter for parliament and that ministers stayed neutral.

Disability campaigners said peers were right to take their time over a bill they described as dangerous. Lord Falconer is expected to put a motion to the House seeking more time for the bill, according to people familiar with his plans.""",
     [c(L, TIME, SUP, "urged the House of Lords on Wednesday to set aside additional sitting days"),
      c(L, LEG, SUP, "no right to block what the elected house had decided")]),
]

# Shift labels: the first article that shows the new prevailing stance.
SHIFTS = [
    {"actor": M, "issue": LEG, "from": CON, "to": OPP, "article": "002",
     "why": "Streeting confirms he will vote against the bill; in September and again in 001 he said he could back the principle only if end-of-life care offered a real choice."},
    {"actor": K, "issue": LEG, "from": CON, "to": OPP, "article": "008",
     "why": "Badenoch writes that she will vote against; in 003 and 007 she said she would back a change only if convinced the NHS could protect vulnerable patients."},
    {"actor": L, "issue": JUDGE, "from": OPP, "to": CON, "article": "013",
     "why": "Leadbeater will not rule out replacing the High Court stage and would accept another model only if it protects as well; in 001 and 004 the judge's role would stay."},
    {"actor": L, "issue": JUDGE, "from": CON, "to": SUP, "article": "014",
     "why": "Leadbeater announces she will remove the High Court sign-off and replace it with expert panels (conditional openness in 013)."},
    {"actor": L, "issue": FOUR, "from": OPP, "to": SUP, "article": "018",
     "why": "Leadbeater tables an amendment allowing up to four years; in 004 she said two years was ample and saw no reason for a longer wait."},
    {"actor": RCP, "issue": LEG, "from": CON, "to": OPP, "article": "021",
     "why": "The college says it cannot support the bill in its current form; in 016 it said it could not back the bill unless capacity and depression were addressed."},
    {"actor": L, "issue": OPT, "from": CON, "to": SUP, "article": "022",
     "why": "MPs pass Leadbeater's amendment that no one is under any duty to take part, and she says objecting staff should never be forced; in 012 and 017 she would only consider widening the opt-out if the service could still be staffed."},
]

DUPLICATES = [("009", "010"), ("014", "015")]
NO_CLAIM_ARTICLES = ["011", "020", "027", "029"]

DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \((?P<outlet>[^)]+)\) - "
)
STANCES = {SUP, OPP, CON}


def parse_watchlist(path):
    """Minimal parser for the watchlist format (no PyYAML needed)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^\s*- id:\s*(\S+)\s*$", line)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^\s*- \{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([^}]+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(tuple(x.strip() for x in m.groups()))
    return actors, issues, baseline


def slug_url(outlet, published, slug):
    d = published[:10].replace("-", "/")
    return f"https://example.org/{OUTLETS[outlet]}/{d}/{slug}"


def rfc822(published):
    dt = datetime.strptime(published, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def build():
    errors = []
    articles = []
    for i, (published, outlet, slug, title, text, claims) in enumerate(ARTICLES, start=1):
        aid = f"{i:03d}"
        articles.append({
            "id": aid,
            "published": published,
            "source": outlet,
            "url": slug_url(outlet, published, slug),
            "title": title,
            "text": text.strip(),
            "_claims": claims,
        })

    # ---- validation -------------------------------------------------------
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append(f"watchlist has {len(actors)} actors, expected 5-8")
    if not 5 <= len(issues) <= 7:
        errors.append(f"watchlist has {len(issues)} issues, expected 5-7")
    for a, iss, st in baseline:
        if a not in actors or iss not in issues or st not in STANCES:
            errors.append(f"bad baseline entry {(a, iss, st)}")

    if not 30 <= len(articles) <= 34:
        errors.append(f"{len(articles)} articles, expected 30-34")
    prev = None
    urls = set()
    for art in articles:
        aid, text = art["id"], art["text"]
        if prev is not None and art["published"] <= prev:
            errors.append(f"{aid}: not in publication order")
        prev = art["published"]
        if art["url"] in urls:
            errors.append(f"{aid}: duplicate url")
        urls.add(art["url"])
        n = len(text.split())
        if not 120 <= n <= 260:
            errors.append(f"{aid}: {n} words, expected 120-260")
        m = DATELINE.match(text)
        if not m:
            errors.append(f"{aid}: missing or malformed dateline")
        elif m.group("outlet") != art["source"]:
            errors.append(f"{aid}: dateline outlet {m.group('outlet')!r} != source {art['source']!r}")
        seen = set()
        for cl in art["_claims"]:
            q = cl["quote"]
            if q not in text:
                errors.append(f"{aid}: quote not in text: {q!r}")
            if len(q.split()) > 15:
                errors.append(f"{aid}: quote longer than 15 words: {q!r}")
            if cl["actor"] not in actors:
                errors.append(f"{aid}: unknown actor {cl['actor']}")
            if cl["issue"] not in issues:
                errors.append(f"{aid}: unknown issue {cl['issue']}")
            if cl["stance"] not in STANCES:
                errors.append(f"{aid}: bad stance {cl['stance']}")
            key = (cl["actor"], cl["issue"])
            if key in seen:
                errors.append(f"{aid}: two claims for {key}")
            seen.add(key)

    by_id = {a["id"]: a for a in articles}
    for orig, copy in DUPLICATES:
        a, b = by_id[orig], by_id[copy]
        strip = lambda cls: sorted((x["actor"], x["issue"], x["stance"], x["quote"], x["attributed"]) for x in cls)
        if strip(a["_claims"]) != strip(b["_claims"]):
            errors.append(f"duplicates {orig}/{copy} carry different claims")
        if a["published"][:10] != b["published"][:10] or a["source"] == b["source"]:
            errors.append(f"duplicates {orig}/{copy} must be same day, different outlets")
    for aid in NO_CLAIM_ARTICLES:
        if by_id[aid]["_claims"]:
            errors.append(f"{aid} should carry no claims")
    empty = sorted(a["id"] for a in articles if not a["_claims"])
    if empty != sorted(NO_CLAIM_ARTICLES):
        errors.append(f"articles without claims {empty} != declared {NO_CLAIM_ARTICLES}")

    # Recompute shifts: prevailing stance = last attributed labelled stance, from baseline.
    prevailing = {(a, i): s for a, i, s in baseline}
    recomputed = []
    for art in articles:
        for cl in art["_claims"]:
            if not cl["attributed"]:
                continue
            key = (cl["actor"], cl["issue"])
            old = prevailing.get(key)
            if old is not None and old != cl["stance"]:
                recomputed.append((cl["actor"], cl["issue"], old, cl["stance"], art["id"]))
            prevailing[key] = cl["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shifts mismatch:\n  recomputed " + repr(sorted(recomputed)) + "\n  labelled   " + repr(sorted(labelled)))

    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [a["id"] for a in articles if a["id"] not in shift_articles]

    all_claims = [cl for a in articles for cl in a["_claims"]]
    counts = {st: sum(1 for cl in all_claims if cl["stance"] == st) for st in (SUP, OPP, CON)}
    n_false = sum(1 for cl in all_claims if not cl["attributed"])
    if not 60 <= len(all_claims) <= 90:
        errors.append(f"{len(all_claims)} claims, expected 60-90")
    if counts[CON] < 6:
        errors.append(f"only {counts[CON]} conditional claims")
    if not 5 <= len(SHIFTS) <= 8:
        errors.append(f"{len(SHIFTS)} shifts, expected 5-8")
    straight = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {SUP, OPP})
    if straight > 2:
        errors.append(f"{straight} straight support/oppose reversals, at most 2 allowed")
    if not any(CON in (s["from"], s["to"]) for s in SHIFTS):
        errors.append("no shift to or from conditional")
    if not any(dup in shift_articles for dup, _ in DUPLICATES):
        errors.append("no duplicate pair has a shift article as original")

    # ---- write ------------------------------------------------------------
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for art in articles:
        out = {k: v for k, v in art.items() if not k.startswith("_")}
        with open(os.path.join(HERE, "articles", f"{art['id']}.json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    labels = {
        "claims": {a["id"]: a["_claims"] for a in articles},
        "shifts": SHIFTS,
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    feed_paths = []
    for outlet, oslug in OUTLETS.items():
        items = sorted((a for a in articles if a["source"] == outlet), key=lambda a: a["published"], reverse=True)
        if not items:
            errors.append(f"outlet {outlet} has no articles")
            continue
        parts = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            f"    <title>{escape(outlet)}</title>",
            f"    <link>https://example.org/{oslug}/</link>",
            f"    <description>{escape(outlet)}: fictional outlet for the shiftwatch blind evaluation set {SET_NAME}</description>",
            "    <language>en</language>",
            f"    <lastBuildDate>{rfc822(items[0]['published'])}</lastBuildDate>",
        ]
        for a in items:
            parts += [
                "    <item>",
                f"      <title>{escape(a['title'])}</title>",
                f"      <link>{escape(a['url'])}</link>",
                f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                f"      <pubDate>{rfc822(a['published'])}</pubDate>",
                f"      <description>{escape(a['text'])}</description>",
                "    </item>",
            ]
        parts += ["  </channel>", "</rss>", ""]
        path = os.path.join(HERE, "feeds", f"{oslug}.xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(parts))
        feed_paths.append(path)

    for path in feed_paths:
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"xmllint failed on {os.path.basename(path)}: {r.stderr.strip()}")

    # ---- report -----------------------------------------------------------
    print(f"{len(articles)} articles, {len(all_claims)} claims "
          f"({counts[SUP]} support, {counts[OPP]} oppose, {counts[CON]} conditional; {n_false} attributed false)")
    print(f"{len(SHIFTS)} shifts in articles {', '.join(shift_articles)}; "
          f"{len(no_alert)} no-alert articles; no-claim articles {', '.join(empty)}")
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  - " + e)
        return 1
    print("validation passed")
    return 0


if __name__ == "__main__":
    sys.exit(build())
