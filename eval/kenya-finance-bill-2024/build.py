#!/usr/bin/env python3
"""Build and validate the kenya-finance-bill-2024 evaluation set.

Self-contained: every article and label lives in the ARTICLES table below.
Run `python3 build.py` from this folder (or anywhere); it rewrites articles/, feeds/ and labels.json,
then validates them and exits non-zero on any problem.
"""
import json, os, re, sys, subprocess
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    'rift-wire': 'Rift Wire',
    'savanna-post': 'Savanna Post',
    'eastgate-monitor': 'Eastgate Monitor',
    'coastline-courier': 'Coastline Courier',
    'lakeside-dispatch': 'Lakeside Dispatch',
}

def C(actor, issue, stance, quote, attributed=True):
    return {'actor': actor, 'issue': issue, 'stance': stance, 'quote': quote, 'attributed': attributed}

G, KK, AZ, IMF, PO, LSK, KCCB = 'ruto-government', 'kenya-kwanza', 'azimio', 'imf', 'protest-organisers', 'lsk', 'catholic-bishops'
WD, BREAD, MVT, TGT, MIL, DLG = 'withdraw-finance-bill', 'bread-vat', 'motor-vehicle-tax', 'imf-fiscal-targets', 'military-deployment', 'national-dialogue'

# (published UTC, outlet, slug, title, text, claims)
ARTICLES = [
('2024-05-13T12:30:00Z', 'rift-wire', 'kenya-tables-finance-bill-bread-vat-car-tax',
 'Kenya tables finance bill with bread VAT and car tax to meet revenue goals',
 """NAIROBI, May 13 (Rift Wire) - Kenya's government tabled its Finance Bill 2024 in parliament on Monday, seeking to raise about 346 billion shillings in new revenue through measures that include a 16% value added tax on bread and an annual motor vehicle tax of 2.5% of a car's value.

Treasury Cabinet Secretary Njuguna Ndung'u said the measures were needed to narrow the budget deficit and reduce reliance on expensive borrowing. He told reporters the bread tax and the vehicle levy were fair and would broaden a narrow tax base.

The bill also introduces an eco-levy on products deemed harmful to the environment, including plastics, diapers and electronics, and raises excise duty on mobile money transfers.

Ndung'u said the government remained committed to meeting the revenue targets agreed under its International Monetary Fund programme, which has lent Kenya more than $3 billion since 2021. The Washington-based lender has pressed Nairobi to raise its tax-to-GDP ratio.

Parliament's finance committee, chaired by Molo MP Kimani Kuria, will hold public hearings before the bill goes to a vote in June. The new fiscal year begins on July 1.""",
 [C(G, BREAD, 'support', 'the bread tax and the vehicle levy were fair'),
  C(G, MVT, 'support', 'the bread tax and the vehicle levy were fair'),
  C(G, TGT, 'support', 'remained committed to meeting the revenue targets agreed under its International Monetary Fund programme'),
  C(IMF, TGT, 'support', 'The Washington-based lender has pressed Nairobi to raise its tax-to-GDP ratio', False)]),

('2024-05-16T15:00:00Z', 'savanna-post', 'opposition-vows-to-fight-punitive-finance-bill',
 "Opposition vows to fight 'punitive' finance bill, urges Ruto to withdraw it",
 """NAIROBI, May 16 (Savanna Post) - Kenya's opposition Azimio la Umoja coalition said on Thursday it would fight the government's Finance Bill 2024 in parliament and urged President William Ruto to withdraw it, calling its tax proposals punitive for ordinary families.

Minority Leader Opiyo Wandayi told a news conference that Azimio would vote against the bill in its entirety. He singled out the proposed value added tax on bread, saying no government should tax a family's breakfast at a time of soaring living costs.

Coalition leader Raila Odinga, speaking separately in Kisumu, accused the Treasury of drafting the bill to satisfy foreign lenders rather than Kenyans, calling it an IMF budget rather than a people's budget.

President Ruto's allies in the Kenya Kwanza coalition hold a majority in the National Assembly. A spokesman for the ruling coalition said the bill would be debated on its merits.

Treasury officials have argued that without the new measures Kenya would have to borrow more, at a time when interest payments already consume more than a quarter of revenue.""",
 [C(AZ, WD, 'support', 'urged President William Ruto to withdraw it'),
  C(AZ, BREAD, 'oppose', "no government should tax a family's breakfast at a time of soaring living costs"),
  C(AZ, TGT, 'oppose', "calling it an IMF budget rather than a people's budget")]),

('2024-05-24T09:00:00Z', 'eastgate-monitor', 'imf-staff-back-kenya-revenue-push',
 "IMF staff back Kenya's revenue push as programme review nears",
 """NAIROBI, May 24 (Eastgate Monitor) - International Monetary Fund staff said on Friday that Kenya's plans to raise more tax revenue were essential to putting its public debt on a sustainable path, as a mission led by Haimanot Teferra wrapped up talks on the seventh review of the country's loan programme.

In a statement issued at the end of the two-week visit, the Fund said revenue measures in the 2024/25 budget would help reduce the deficit and urged the authorities to press ahead with them while protecting social spending.

Teferra's team met Treasury officials and central bank staff in Nairobi. A board decision in Washington on releasing the next disbursement, worth close to $1 billion, is expected later in the year.

Some economists in Nairobi said the Fund might accept a slower pace of deficit reduction if parliament diluted the bill, though none of them expected a formal change in the programme's targets. Kenya's Treasury declined to say how much of the Finance Bill it regarded as non-negotiable.""",
 [C(IMF, TGT, 'support', "Kenya's plans to raise more tax revenue were essential")]),

('2024-06-04T13:00:00Z', 'coastline-courier', 'finance-committee-hears-bakers-motorists',
 'Finance committee hears bakers and motorists as bill hearings wind up',
 """MOMBASA, June 4 (Coastline Courier) - Bakers, motorists' associations and manufacturers lined up before parliament's finance committee on Tuesday to ask lawmakers to strike out several taxes in Kenya's Finance Bill 2024, as public hearings reached the coast.

A manufacturers' lobby said a 16% value added tax on bread would push the price of a standard loaf up by about 10 shillings and cut sales. A motoring association called the proposed motor vehicle tax double taxation for owners who already pay fuel levies.

Committee chairman Kimani Kuria declined to say which proposals the committee would recommend dropping, telling reporters that its report would be tabled in due course and that the committee was listening to everybody.

One ruling-coalition backbencher from central Kenya told the hearing he personally would not vote for a tax on bread. Other Kenya Kwanza lawmakers on the committee did not comment.

The hearings were held at a Mombasa hotel, the committee's last stop before it returns to Nairobi to write its report.""",
 []),

('2024-06-07T11:00:00Z', 'lakeside-dispatch', 'catholic-bishops-urge-drop-bread-car-taxes',
 'Catholic bishops urge government to drop bread and car taxes',
 """KISUMU, June 7 (Lakeside Dispatch) - Kenya's Catholic bishops urged the government on Friday to drop the proposed value added tax on bread and the new annual tax on motor vehicles, saying the Finance Bill 2024 would deepen hardship for millions of families.

In a statement read by Archbishop Martin Kivuva, chairman of the Kenya Conference of Catholic Bishops, the bishops said taxes on basic food were oppressive and that a levy on owning a car would punish people who had worked hard to buy one. They asked members of parliament to listen to the people rather than to party leaders.

The statement did not mention the International Monetary Fund, whose programme underpins many of the revenue targets, but the bishops said the country could not tax its way out of debt while public money was lost to corruption.

Kivuva spoke after a meeting of the bishops at a retreat centre outside Kisumu. The Anglican Church's Archbishop Jackson Ole Sapit has also criticised the bill, saying in Nairobi last week that it placed too heavy a burden on the poor.""",
 [C(KCCB, BREAD, 'oppose', 'urged the government on Friday to drop the proposed value added tax on bread'),
  C(KCCB, MVT, 'oppose', 'a levy on owning a car would punish people who had worked hard')]),

('2024-06-11T14:30:00Z', 'rift-wire', 'treasury-signals-softer-car-tax-bread-vat-stays',
 'Treasury signals softer car tax, says bread VAT stays',
 """NAIROBI, June 11 (Rift Wire) - Kenya's Treasury signalled on Tuesday that it could soften the proposed motor vehicle tax, but insisted that a value added tax on bread must stay in the Finance Bill 2024.

Appearing before parliament's finance committee, Treasury Cabinet Secretary Njuguna Ndung'u said the government was ready to accept a lower rate on vehicles, or a cap on the amount any owner pays, provided the lost revenue was made up elsewhere in the bill.

On bread, he was unmoved. Ndung'u told lawmakers that exempting basic goods had eroded the tax base for years and that the VAT on bread would remain. He said the measure would raise the price of a loaf by only a few shillings.

Committee members from the opposition accused him of defending a bill written for the IMF. Ndung'u rejected that, saying the targets were Kenya's own and that the government would meet them.

The committee is due to table its report next week. Protests against the bill, organised largely online by young Kenyans under the hashtag #RejectFinanceBill2024, are planned for Nairobi on June 18.""",
 [C(G, MVT, 'conditional', 'ready to accept a lower rate on vehicles, or a cap'),
  C(G, BREAD, 'support', 'the VAT on bread would remain'),
  C(G, TGT, 'support', "the targets were Kenya's own and that the government would meet them"),
  C(PO, WD, 'support', 'Protests against the bill, organised largely online by young Kenyans', False)]),

('2024-06-14T10:00:00Z', 'eastgate-monitor', 'pressure-builds-on-ruto-allies-to-scale-back-bill',
 "Pressure builds on Ruto's allies to scale back finance bill",
 """NAIROBI, June 14 (Eastgate Monitor) - Pressure is building on President William Ruto's allies to scale back the Finance Bill 2024, with several political analysts predicting that the bread tax will be the first casualty when the ruling coalition meets next week.

"My guess is that the bread VAT goes and the government tries to save the rest," said Peter Mwangi, an analyst at a Nairobi consultancy.

State House spokesman Hussein Mohamed declined to say whether the president would ask lawmakers to change the bill, saying only that Ruto would meet members of parliament from the ruling coalition at State House on Tuesday.

Economists at two Nairobi banks estimated that dropping the bread and vehicle taxes could cost the Treasury more than 50 billion shillings in the coming fiscal year, making it harder to meet targets agreed with the International Monetary Fund. The Fund may be willing to give Kenya more time, one of them said, but that would require a new deal on spending.

Parliament is expected to debate the bill at second reading on June 20, and lawmakers must pass it before the new fiscal year begins on July 1.""",
 []),

('2024-06-18T10:30:00Z', 'savanna-post', 'police-fire-tear-gas-occupy-parliament-march',
 "Police fire tear gas as young Kenyans march on parliament over finance bill",
 """NAIROBI, June 18 (Savanna Post) - Police in Nairobi fired tear gas and arrested dozens of young people on Tuesday as thousands marched towards parliament to protest against the Finance Bill 2024, in demonstrations organised almost entirely on social media.

Organisers of the #RejectFinanceBill2024 movement, which says it has no leaders and no party, said the march would continue until the bill was thrown out entirely. One of the organisers told Savanna Post by telephone that they were not asking for amendments and wanted the whole bill withdrawn. The organiser asked not to be named for fear of arrest.

Many marchers wore black and carried loaves of bread. Police said they had arrested more than 200 people in the city centre.

The Law Society of Kenya condemned the arrests and said peaceful protest was a constitutional right. Its president, Faith Odhiambo, said the society's lawyers would represent those detained free of charge.

Lawmakers from President William Ruto's Kenya Kwanza coalition were meeting at State House at the same time to discuss changes to the bill.""",
 [C(PO, WD, 'support', 'wanted the whole bill withdrawn')]),

('2024-06-18T15:20:00Z', 'rift-wire', 'ruling-coalition-drops-bread-vat-car-tax',
 'Kenya ruling coalition drops bread VAT and car tax after State House meeting',
 """NAIROBI, June 18 (Rift Wire) - Kenya's ruling coalition dropped the most contested taxes in the Finance Bill 2024 on Tuesday, including a planned 16% value added tax on bread and a new annual motor vehicle tax, after a meeting with President William Ruto at State House.

Kimani Kuria, who chairs parliament's finance committee, told reporters at State House that Kenya Kwanza lawmakers had agreed to delete the VAT on bread and the 2.5% motor vehicle tax from the bill. The proposed eco-levy will now apply only to imported goods, and the increase in excise duty on mobile money transfers has also been dropped.

Ruto, who chaired the meeting, endorsed the changes. He said the government had listened to the people and that the Treasury would find other ways to raise the money.

The amendments remove about 200 billion shillings from the 346 billion shillings the bill was meant to raise, according to Kuria. The government had defended both taxes for weeks, and Treasury Cabinet Secretary Njuguna Ndung'u said as recently as last week that the bread VAT would stay.

Protesters outside parliament said the concessions were not enough.""",
 [C(KK, BREAD, 'oppose', 'agreed to delete the VAT on bread and the 2.5% motor vehicle tax'),
  C(KK, MVT, 'oppose', 'agreed to delete the VAT on bread and the 2.5% motor vehicle tax'),
  C(G, BREAD, 'oppose', 'Ruto, who chaired the meeting, endorsed the changes'),
  C(G, MVT, 'oppose', 'Ruto, who chaired the meeting, endorsed the changes')]),

('2024-06-18T17:45:00Z', 'lakeside-dispatch', 'kenya-kwanza-scraps-bread-tax-vehicle-levy',
 'Kenya Kwanza scraps bread tax and vehicle levy from finance bill',
 """NAIROBI, June 18 (Lakeside Dispatch) - Kenya's ruling coalition on Tuesday scrapped the most disputed taxes in the Finance Bill 2024, among them a proposed 16% value added tax on bread and an annual tax on motor vehicles, following a meeting with President William Ruto at State House.

Finance committee chairman Kimani Kuria said Kenya Kwanza lawmakers had agreed to delete the VAT on bread and the 2.5% motor vehicle tax from the bill. An eco-levy will now be charged only on imported goods, and a planned rise in excise duty on mobile money transfers has been abandoned.

Ruto, who chaired the meeting, endorsed the changes, telling the lawmakers that the government had heard the people. The Treasury would look for other sources of revenue, he said.

Kuria said the amendments would cut about 200 billion shillings from the 346 billion shillings the bill was designed to raise. Treasury Cabinet Secretary Njuguna Ndung'u had insisted only last week that the bread VAT would stay.

Demonstrators near parliament said the changes did not go far enough.""",
 [C(KK, BREAD, 'oppose', 'agreed to delete the VAT on bread and the 2.5% motor vehicle tax'),
  C(KK, MVT, 'oppose', 'agreed to delete the VAT on bread and the 2.5% motor vehicle tax'),
  C(G, BREAD, 'oppose', 'Ruto, who chaired the meeting, endorsed the changes'),
  C(G, MVT, 'oppose', 'Ruto, who chaired the meeting, endorsed the changes')]),

('2024-06-19T12:00:00Z', 'eastgate-monitor', 'treasury-warns-of-budget-gap-after-tax-cuts',
 'Treasury warns of budget gap after coalition strips taxes from bill',
 """NAIROBI, June 19 (Eastgate Monitor) - Kenya's Treasury said on Wednesday that the changes made to the Finance Bill 2024 by ruling coalition lawmakers would leave a gap of about 200 billion shillings in next year's budget, and that it would propose spending cuts to close it.

Treasury Cabinet Secretary Njuguna Ndung'u said the remainder of the bill was still essential and that the government would not withdraw it. He said the Treasury would stick to the deficit path agreed with the International Monetary Fund, even if that meant cutting development spending.

The opposition Azimio coalition dismissed the amendments as cosmetic. Its leader Raila Odinga said the only acceptable outcome was for the whole bill to be withdrawn and redrafted after public consultation.

The IMF did not respond to a request for comment. Its programme with Kenya is due for a board review later this year.

Protest organisers called a second day of demonstrations for Thursday, when lawmakers are due to vote on the bill at second reading.""",
 [C(G, WD, 'oppose', 'the government would not withdraw it'),
  C(G, TGT, 'support', 'would stick to the deficit path agreed with the International Monetary Fund'),
  C(AZ, WD, 'support', 'the only acceptable outcome was for the whole bill to be withdrawn')]),

('2024-06-20T18:00:00Z', 'coastline-courier', 'kenya-lawmakers-approve-finance-bill-second-reading',
 'Kenyan lawmakers approve finance bill at second reading amid protests',
 """NAIROBI, June 20 (Coastline Courier) - Kenya's National Assembly approved the Finance Bill 2024 at second reading on Thursday by 204 votes to 115, as police again fired tear gas at protesters in the streets around parliament.

Majority Leader Kimani Ichung'wah, who leads the ruling Kenya Kwanza coalition in the house, rejected opposition demands to withdraw the bill, telling lawmakers the country could not run a government on borrowed money. He said the bill had already been amended to respond to the people and would not be thrown out.

Lawmakers from the opposition Azimio coalition voted against the bill and walked out of the chamber after the result was announced. A handful of ruling coalition members also voted no.

The bill now moves to the committee stage, where individual clauses can still be changed, before a final vote expected next week. President William Ruto has 14 days to sign a bill once it is passed.

In Mombasa, Kisumu and Nakuru, smaller crowds also marched against the bill.""",
 [C(KK, WD, 'oppose', 'rejected opposition demands to withdraw the bill'),
  C(AZ, WD, 'support', 'rejected opposition demands to withdraw the bill', False)]),

('2024-06-21T09:30:00Z', 'lakeside-dispatch', 'protest-organisers-call-nationwide-shutdown',
 'Protest organisers call nationwide shutdown for final finance bill vote',
 """KISUMU, June 21 (Lakeside Dispatch) - Organisers of Kenya's youth-led protests against the Finance Bill 2024 called on Friday for a nationwide shutdown next Tuesday, the day lawmakers are expected to hold the final vote on the bill.

In posts shared widely on X and TikTok, the organisers said they would "occupy parliament" until the bill was rejected in full, and dismissed this week's amendments as an attempt to divide them. They urged supporters to stay peaceful.

Thursday's marches spread beyond Nairobi for the first time, with crowds in Kisumu, Eldoret, Nyeri and Mombasa. In Kisumu, a stronghold of opposition leader Raila Odinga, young marchers said they were acting on their own and not for any politician.

Activist Boniface Mwangi, who joined the Nairobi march, said the young generation had lost faith in the political class. Police said two people had died in Nairobi on Thursday; rights groups put the toll higher.

The government has said the amended bill is needed to pay teachers, health workers and the country's creditors.""",
 [C(PO, WD, 'support', 'would "occupy parliament" until the bill was rejected in full'),
  C(G, WD, 'oppose', 'The government has said the amended bill is needed', False)]),

('2024-06-23T11:00:00Z', 'savanna-post', 'ruto-praises-young-protesters-stands-by-bill',
 'Ruto praises young protesters but stands by finance bill',
 """NYAHURURU, June 23 (Savanna Post) - President William Ruto praised young Kenyans for protesting peacefully and promised to engage them, speaking at a Catholic church service in Nyahururu on Sunday, two days before a final vote on the Finance Bill 2024.

Ruto told worshippers he was proud of the country's young people. He said his administration would hold talks with young people on their concerns about jobs and taxes.

He denied that his government had backed down on the bill, however, saying the concessions agreed last week had been the plan all along and that the rest of the measures were needed to avoid a debt crisis. The government would not withdraw a bill that pays for teachers and nurses, he said.

The priest who led the service did not comment on the bill. The Kenya Conference of Catholic Bishops has criticised several of its taxes.

Opposition lawmakers said the president's praise rang hollow after police shot protesters in Nairobi on Thursday.""",
 [C(G, WD, 'oppose', 'The government would not withdraw a bill that pays for teachers and nurses'),
  C(G, DLG, 'support', 'his administration would hold talks with young people')]),

('2024-06-24T16:00:00Z', 'eastgate-monitor', 'law-society-urges-mps-vote-down-finance-bill',
 'Law Society urges MPs to vote down finance bill',
 """NAIROBI, June 24 (Eastgate Monitor) - The Law Society of Kenya called on members of parliament on Monday to vote down the Finance Bill 2024 in Tuesday's final vote and urged President William Ruto to withdraw it, saying the government had ignored the views collected in public hearings.

Society president Faith Odhiambo also demanded the release of several protest organisers she said had been abducted by plain-clothes officers over the weekend. Police did not comment.

In Washington, a spokeswoman for the International Monetary Fund declined to say whether the changes to the bill would delay the next review of Kenya's programme, saying only that Fund staff were in regular contact with the authorities.

Analysts at a Nairobi investment bank wrote that the IMF could agree to revise Kenya's deficit target for the year if the government showed credible spending cuts. "The Fund has been flexible before," they said.

Ruto's Kenya Kwanza coalition has more than enough votes to pass the bill, and party whips have told members to attend Tuesday's sitting.""",
 [C(LSK, WD, 'support', 'urged President William Ruto to withdraw it')]),

('2024-06-25T14:40:00Z', 'rift-wire', 'protesters-storm-kenya-parliament-after-bill-passes',
 "Protesters storm Kenya's parliament after finance bill passes",
 """NAIROBI, June 25 (Rift Wire) - Protesters forced their way into Kenya's parliament and set part of the building on fire on Tuesday, minutes after lawmakers passed the Finance Bill 2024 by 195 votes to 106. Police opened fire outside, and medics said at least five people were shot dead.

Lawmakers were evacuated through an underground tunnel as crowds overran barricades. Smoke rose from a wing of the parliament complex in central Nairobi, and the ceremonial mace was reported missing.

Inside the chamber before the breach, Majority Leader Kimani Ichung'wah said Kenya Kwanza members had voted to pass the bill because the country could not afford to abandon it. Opposition members voted no.

The bill now goes to President William Ruto, who has two weeks to sign it into law or return it to parliament with reservations.

Raila Odinga, the opposition leader, called for an immediate end to the killings. The IMF, which has urged Kenya to raise revenue, had no immediate comment.""",
 [C(KK, WD, 'oppose', 'the country could not afford to abandon it'),
  C(AZ, WD, 'support', 'Opposition members voted no.'),
  C(IMF, TGT, 'support', 'The IMF, which has urged Kenya to raise revenue', False)]),

('2024-06-25T19:30:00Z', 'coastline-courier', 'ruto-calls-storming-treasonous-army-deployed',
 "Ruto calls storming of parliament 'treasonous' as army is deployed",
 """NAIROBI, June 25 (Coastline Courier) - President William Ruto said on Tuesday night that the storming of parliament was a "treasonous" attack by criminals and that his government would respond with the full force of the state, as the army was deployed to help the police.

Defence Cabinet Secretary Aden Duale published a notice in the government gazette authorising the Kenya Defence Forces to support the police in response to what it called a security emergency caused by the protests.

In a televised address from State House, Ruto said the deployment was necessary to protect critical infrastructure. He did not say whether he would sign the Finance Bill, which lawmakers passed hours before the building was breached.

Opposition figures and rights groups said the use of soldiers against civilians risked more bloodshed. The Law Society of Kenya said it was studying the legality of the gazette notice.

Hospitals in Nairobi said they were treating dozens of people with gunshot wounds, and a rights watchdog said it was still counting the dead.""",
 [C(G, MIL, 'support', 'the deployment was necessary to protect critical infrastructure')]),

('2024-06-26T08:00:00Z', 'lakeside-dispatch', 'law-society-challenges-military-deployment',
 'Law Society challenges military deployment; bishops urge Ruto not to sign',
 """NAIROBI, June 26 (Lakeside Dispatch) - The Law Society of Kenya went to the High Court on Wednesday to challenge the deployment of the military against protesters, arguing that the government had not followed the procedure the constitution requires.

In its petition, the society asked the court to suspend the gazette notice deploying the Kenya Defence Forces, saying soldiers were not trained for crowd control. Society president Faith Odhiambo said the country could not allow the army to be turned against its own children.

Opposition leader Raila Odinga also condemned the deployment, saying it was unacceptable to send soldiers against unarmed young people, and called for the killings to be investigated.

Kenya's Catholic bishops urged President William Ruto not to sign the Finance Bill 2024 into law. Archbishop Martin Kivuva said the president should withdraw the bill and listen to the young people who had died opposing it.

Ruto has not spoken publicly since his address on Tuesday night.""",
 [C(LSK, MIL, 'oppose', 'went to the High Court on Wednesday to challenge the deployment of the military'),
  C(AZ, MIL, 'oppose', 'it was unacceptable to send soldiers against unarmed young people'),
  C(KCCB, WD, 'support', 'the president should withdraw the bill')]),

('2024-06-26T09:15:00Z', 'savanna-post', 'lawyers-go-to-court-over-army-deployment',
 'Lawyers go to court over army deployment as bishops press Ruto',
 """NAIROBI, June 26 (Savanna Post) - The Law Society of Kenya went to the High Court on Wednesday to challenge the deployment of the military against demonstrators, saying the government had skipped the procedure required by the constitution.

The society's petition asks the court to suspend the gazette notice that deployed the Kenya Defence Forces, arguing that soldiers are not trained to police crowds. Its president, Faith Odhiambo, said Kenya could not allow the army to be turned against its own children.

Raila Odinga, the opposition leader, also criticised the deployment, saying it was unacceptable to send soldiers against unarmed young people. He demanded an inquiry into the killings.

Separately, the Catholic bishops urged President William Ruto not to sign the Finance Bill 2024. Archbishop Martin Kivuva said the president should withdraw the bill and listen to the young people who died opposing it.

Ruto has made no public statement since his Tuesday night address.""",
 [C(LSK, MIL, 'oppose', 'went to the High Court on Wednesday to challenge the deployment of the military'),
  C(AZ, MIL, 'oppose', 'it was unacceptable to send soldiers against unarmed young people'),
  C(KCCB, WD, 'support', 'the president should withdraw the bill')]),

('2024-06-26T13:30:00Z', 'rift-wire', 'ruto-withdraws-finance-bill-after-deadly-protests',
 'Ruto says he will not sign finance bill, withdraws it after deadly protests',
 """NAIROBI, June 26 (Rift Wire) - President William Ruto said on Wednesday he would not sign the Finance Bill 2024 and would withdraw it, a day after protesters stormed parliament and more than 20 people were killed across the country, according to a rights watchdog.

Speaking at State House, Ruto said Kenyans had made it clear that they wanted nothing to do with the bill. "I concede," he said.

He said he would return the bill to parliament recommending that all of its clauses be deleted, and that the government would instead cut spending, beginning with the presidency.

Ruto also proposed talks with young people, civil society and other groups on the country's finances. He said the engagement would begin within days.

Treasury Cabinet Secretary Njuguna Ndung'u had warned only last week that dropping the bill would leave a large hole in the budget. Economists said the withdrawal made it likely that the review of Kenya's IMF programme would be delayed.""",
 [C(G, WD, 'support', 'he would not sign the Finance Bill 2024 and would withdraw it'),
  C(G, DLG, 'support', 'Ruto also proposed talks with young people, civil society and other groups')]),

('2024-06-27T10:00:00Z', 'eastgate-monitor', 'protest-organisers-hail-victory-reject-talks',
 'Protest organisers hail victory, reject Ruto offer of talks',
 """NAIROBI, June 27 (Eastgate Monitor) - Organisers of the youth-led protests in Kenya hailed President William Ruto's withdrawal of the Finance Bill 2024 as a victory on Thursday, but rejected his offer of talks and called for further marches.

One organiser wrote in a post shared thousands of times that there was nothing to discuss with the people who had shot them. Others said the movement had no leaders who could be invited to any dialogue, and that demands for accountability for the killings remained.

Some marchers have begun calling for Ruto to resign, a demand the organisers have not formally adopted.

In Washington, IMF spokeswoman Julie Kozack said the Fund was deeply concerned about the tragic events in Kenya and was closely monitoring the situation. She declined to say how the bill's withdrawal would affect the programme.

Ruto's office said the president would meet young leaders from across the country next week.""",
 [C(PO, WD, 'support', "hailed President William Ruto's withdrawal of the Finance Bill 2024 as a victory"),
  C(PO, DLG, 'oppose', 'rejected his offer of talks'),
  C(G, DLG, 'support', 'the president would meet young leaders from across the country next week')]),

('2024-06-28T12:00:00Z', 'coastline-courier', 'odinga-rejects-ruto-call-for-dialogue',
 "Odinga rejects Ruto's call for national dialogue",
 """MOMBASA, June 28 (Coastline Courier) - Opposition leader Raila Odinga on Friday rejected President William Ruto's call for a national dialogue, saying Azimio would not take part in talks that he described as a public relations exercise while families were still burying their children.

Odinga, speaking at a funeral for a protester in Mombasa's Kisauni area, said the withdrawal of the Finance Bill 2024 was welcome but had come too late for the dead. He said Azimio would continue to press for a full inquiry into the police shootings.

The opposition coalition's stance leaves Ruto with few partners for the forum he has proposed. Kenya Kwanza lawmakers have said they will support any process the president starts.

Mombasa's governor, Abdulswamad Nassir, an ally of Odinga, attended the funeral but did not speak to reporters. Police kept a low profile at the service, which passed off peacefully.""",
 [C(AZ, DLG, 'oppose', 'Azimio would not take part in talks'),
  C(AZ, WD, 'support', 'the withdrawal of the Finance Bill 2024 was welcome'),
  C(KK, DLG, 'support', 'Kenya Kwanza lawmakers have said they will support any process the president starts', False)]),

('2024-07-02T13:00:00Z', 'savanna-post', 'ruling-coalition-backs-ruto-decision-to-scrap-bill',
 "Ruling coalition backs Ruto's decision to scrap finance bill",
 """NAIROBI, July 2 (Savanna Post) - Kenya's ruling coalition said on Tuesday its lawmakers would back President William Ruto's decision to scrap the Finance Bill 2024, clearing the way for parliament to delete every clause of the bill it passed a week ago.

Majority Leader Kimani Ichung'wah said Kenya Kwanza members would not stand in the way of the withdrawal, and that the house would adopt the president's memorandum recommending that all of the bill's clauses be deleted. He said the people had spoken and lawmakers had heard them.

Ichung'wah had told the house only two weeks ago that the bill would not be thrown out.

The National Treasury has begun preparing a revised budget with lower spending. Its officials declined to say how the government would finance a deficit now expected to be well above the target agreed with the International Monetary Fund.

Opposition lawmakers said they would support the memorandum but accused the ruling coalition of having ignored months of warnings.""",
 [C(KK, WD, 'support', 'Kenya Kwanza members would not stand in the way of the withdrawal'),
  C(AZ, WD, 'support', 'Opposition lawmakers said they would support the memorandum')]),

('2024-07-05T15:00:00Z', 'rift-wire', 'ruto-announces-spending-cuts-rules-out-dropped-taxes',
 'Ruto announces spending cuts, rules out return of dropped taxes',
 """NAIROBI, July 5 (Rift Wire) - President William Ruto announced spending cuts of 177 billion shillings on Friday to make up for revenue lost with the withdrawal of the Finance Bill 2024, including the closure of 47 state corporations and a freeze on new hiring in the public service.

Speaking at State House, Ruto said the government would also borrow about 169 billion shillings more than planned. He ruled out bringing back the taxes that had been struck from the bill, saying Kenyans would not see a VAT on bread or a tax on car ownership.

The country must live within its means, he said, announcing that budgets for hospitality, vehicles and travel in the presidency would be cut.

Analysts said the extra borrowing would push the budget deficit well past the level agreed with the International Monetary Fund, making a revision of the programme likely. Ruto did not mention the Fund.

Protest organisers said the cuts did not address their demands for accountability over the killings.""",
 [C(G, BREAD, 'oppose', 'Kenyans would not see a VAT on bread or a tax on car ownership'),
  C(G, MVT, 'oppose', 'Kenyans would not see a VAT on bread or a tax on car ownership')]),

('2024-07-08T14:00:00Z', 'eastgate-monitor', 'imf-ready-to-revisit-kenya-fiscal-targets',
 "IMF says ready to revisit Kenya's fiscal targets after bill withdrawal",
 """WASHINGTON, July 8 (Eastgate Monitor) - The International Monetary Fund said on Monday it was prepared to revisit the fiscal targets in Kenya's loan programme after the withdrawal of the Finance Bill 2024, provided the government presented a credible plan to bring its debt down over time.

In a statement, the Fund said its staff would work with the Kenyan authorities on a revised budget framework that balanced the need for revenue with protecting the most vulnerable. It said any new tax measures should be fair and broadly shared.

The statement is the first sign of flexibility from the lender, which had urged Nairobi in May to press ahead with its revenue measures. Kenya is due to receive close to $1 billion once the seventh review is completed.

Kenya's Treasury said it welcomed the Fund's engagement. Officials in Nairobi declined to say when a new revenue proposal would be presented to parliament.

Investors sold Kenyan dollar bonds after the bill's withdrawal, although prices have since partly recovered.""",
 [C(IMF, TGT, 'conditional', "prepared to revisit the fiscal targets in Kenya's loan programme")]),

('2024-07-09T13:00:00Z', 'lakeside-dispatch', 'odinga-open-to-dialogue-on-conditions',
 'Odinga says Azimio ready for national dialogue, on conditions',
 """NAIROBI, July 9 (Lakeside Dispatch) - Opposition leader Raila Odinga said on Tuesday that Azimio was ready to join a national dialogue with President William Ruto's government, but only if the police killings of protesters stopped, victims' families were compensated and young people were given a seat at the table.

Odinga spoke at a Nairobi hotel alongside former Nigerian President Olusegun Obasanjo and other African elder statesmen who were in the city for a book launch. He said Kenya needed a national conversation to avoid further bloodshed.

It was a shift for Odinga, who less than two weeks ago dismissed the president's offer as a public relations exercise.

Several Azimio lawmakers said they had not been consulted. Kalonzo Musyoka, leader of the Wiper party and one of Azimio's principals, said he would not attend any talks with the government.

State House welcomed Odinga's remarks and said preparations for the forum were under way.""",
 [C(AZ, DLG, 'conditional', 'but only if the police killings of protesters stopped'),
  C(G, DLG, 'support', 'said preparations for the forum were under way')]),

('2024-07-10T09:00:00Z', 'coastline-courier', 'youth-organisers-say-odinga-does-not-speak-for-them',
 'Youth organisers say Odinga does not speak for them',
 """NAIROBI, July 10 (Coastline Courier) - Organisers of Kenya's youth protests rejected Raila Odinga's offer to join talks with the government on Wednesday, saying the opposition leader did not speak for the movement that forced the withdrawal of the Finance Bill 2024.

Nobody negotiates on the movement's behalf, the organisers said in a statement circulated online. They repeated that there would be no dialogue with a government whose police had killed protesters, and announced new marches for next week.

The backlash exposes the gap between Kenya's established politicians and the young, mostly urban demonstrators who have led weeks of protests without any formal leadership.

An Odinga aide said the opposition leader had never claimed to represent the youth. The Law Society of Kenya, which has represented many of the arrested protesters, declined to say whether it would take part in any forum.

Police said they were prepared for the new marches and urged organisers to notify them of their routes.""",
 [C(PO, DLG, 'oppose', 'there would be no dialogue with a government whose police had killed protesters')]),

('2024-07-11T12:30:00Z', 'rift-wire', 'ruto-dismisses-cabinet-after-protests',
 'Ruto dismisses almost entire cabinet after finance bill protests',
 """NAIROBI, July 11 (Rift Wire) - President William Ruto dismissed almost his entire cabinet on Thursday, including Treasury Cabinet Secretary Njuguna Ndung'u, in the most sweeping response yet to the protests over the Finance Bill 2024.

Only Prime Cabinet Secretary Musalia Mudavadi kept his post. Ruto also dismissed the attorney-general, and said at State House that he would form a broad-based government to help him carry out reforms.

Ndung'u, an economist and former central bank governor, had led the Treasury since 2022 and defended the bill's tax measures until the ruling coalition dropped them in June. Principal secretaries will run ministries until new ministers are approved by parliament.

Investors are watching for who will take over the Treasury, which must present a revised budget and negotiate with the International Monetary Fund over the programme's delayed review. The shilling was little changed in Nairobi trading.

Protest organisers said the dismissals were overdue but not enough.""",
 []),

('2024-07-15T14:00:00Z', 'savanna-post', 'azimio-pulls-out-of-national-dialogue',
 'Azimio pulls out of national dialogue a week after Odinga signalled readiness',
 """NAIROBI, July 15 (Savanna Post) - Kenya's opposition Azimio coalition said on Monday it would not take part in the national dialogue forum proposed by President William Ruto, a week after its leader Raila Odinga had signalled readiness to join.

In a statement signed by Odinga and the coalition's other principals, Azimio said the killings of protesters had continued since the forum was announced and that talks under those conditions would betray the young people who had died. Azimio would not be part of the proposed forum, the statement said.

The reversal followed a fierce backlash on social media against Odinga's earlier remarks, and complaints from his coalition partners that they had not been consulted.

The government has said the forum will go ahead with religious leaders, business groups and others. State House did not immediately respond to the opposition's statement.

Protest organisers have called for marches in Nairobi on Tuesday.""",
 [C(AZ, DLG, 'oppose', 'Azimio would not be part of the proposed forum'),
  C(G, DLG, 'support', 'The government has said the forum will go ahead', False)]),

('2024-07-17T10:00:00Z', 'lakeside-dispatch', 'law-society-asks-court-to-rule-deployment-unconstitutional',
 'Law Society asks court to rule army deployment unconstitutional',
 """NAIROBI, July 17 (Lakeside Dispatch) - Lawyers for the Law Society of Kenya asked the High Court on Wednesday to declare unconstitutional the deployment of soldiers during last month's protests, saying the gazette notice had given the military an open-ended mandate.

Society president Faith Odhiambo told reporters outside the Milimani law courts that the army had no business on the streets of Nairobi and should be withdrawn at once.

The Attorney-General's office, representing the government, argued that the deployment had been lawful and limited to guarding key installations such as parliament. A ruling is expected next month.

The soldiers have largely stayed in barracks since the end of June, according to residents of central Nairobi, although some remain posted near government buildings.

Odhiambo declined to say whether the society would join the national dialogue forum proposed by the president. Several church groups have said they will attend.""",
 [C(LSK, MIL, 'oppose', 'the army had no business on the streets of Nairobi'),
  C(G, MIL, 'support', 'argued that the deployment had been lawful')]),

('2024-07-23T11:00:00Z', 'eastgate-monitor', 'young-kenyans-march-on-imf-office',
 "Young Kenyans march on IMF office, demand Kenya drop Fund's targets",
 """NAIROBI, July 23 (Eastgate Monitor) - Hundreds of young Kenyans marched to the International Monetary Fund's Nairobi office on Tuesday, accusing the lender of pushing the government to tax the poor and demanding that Kenya stop tailoring its budget to the Fund's targets.

"The IMF does not vote in Kenya," read one banner. Protest organisers said in a statement that the government should walk away from targets set in Washington and cut corruption instead.

Police kept marchers away from the building with tear gas. The Fund's resident representative did not comment.

Kenya's Catholic bishops, who had opposed the bread tax, called this week for calm and urged the government to release protesters still in detention. Archbishop Martin Kivuva said the bishops would join the president's dialogue forum only if victims' families were heard first.

The IMF said earlier this month that it was ready to revisit Kenya's fiscal targets if the government produced a credible debt plan. A new Treasury chief has yet to be sworn in.""",
 [C(PO, TGT, 'oppose', 'the government should walk away from targets set in Washington'),
  C(KCCB, DLG, 'conditional', "would join the president's dialogue forum only if victims' families were heard first"),
  C(IMF, TGT, 'conditional', "ready to revisit Kenya's fiscal targets if the government produced a credible debt plan", False)]),

('2024-07-24T16:00:00Z', 'coastline-courier', 'ruto-names-odm-chairman-mbadi-treasury',
 'Ruto names ODM chairman Mbadi to run the Treasury',
 """NAIROBI, July 24 (Coastline Courier) - President William Ruto nominated John Mbadi, chairman of Raila Odinga's Orange Democratic Movement, as Treasury Cabinet Secretary on Wednesday, bringing senior opposition figures into his cabinet for the first time.

Mbadi was one of four ODM officials named to the cabinet. ODM is the largest party in the opposition Azimio coalition.

Speaking to reporters, Mbadi said he would not bring back the taxes on bread and vehicles that had been dropped from the Finance Bill 2024, and that he would look for revenue by sealing loopholes rather than raising rates. He must still be approved by parliament.

Odinga said the ODM members had accepted the posts in their personal capacity and that the party had not entered a coalition with Ruto. Other Azimio parties called the appointments a betrayal of the protesters.

The nomination of a Treasury chief is likely to speed up talks with the International Monetary Fund on a revised programme, analysts said.""",
 []),
]

SHIFTS = [
    {'actor': G, 'issue': MVT, 'from': 'support', 'to': 'conditional', 'article': '006',
     'why': "Ndung'u tells the finance committee the government is ready to accept a lower rate or a cap on the vehicle tax if the revenue is made up elsewhere; in 001 he called it fair."},
    {'actor': G, 'issue': BREAD, 'from': 'support', 'to': 'oppose', 'article': '009',
     'why': 'Ruto chairs the State House meeting and endorses deleting the bread VAT ("We have listened to the people"); in 006 the Treasury said the VAT would remain.'},
    {'actor': G, 'issue': MVT, 'from': 'conditional', 'to': 'oppose', 'article': '009',
     'why': 'Ruto endorses deleting the motor vehicle tax outright; in 006 the Treasury only offered a lower rate or a cap.'},
    {'actor': G, 'issue': WD, 'from': 'oppose', 'to': 'support', 'article': '020',
     'why': 'Ruto says he will not sign the bill and will withdraw it ("I concede"); in 011 and 014 the government said it would not withdraw it.'},
    {'actor': KK, 'issue': WD, 'from': 'oppose', 'to': 'support', 'article': '023',
     'why': "Ichung'wah says Kenya Kwanza members will not stand in the way of the withdrawal and will adopt the memorandum deleting all clauses; in 012 and 016 he refused to throw the bill out."},
    {'actor': IMF, 'issue': TGT, 'from': 'support', 'to': 'conditional', 'article': '025',
     'why': 'The IMF says it is prepared to revisit the programme targets provided Kenya presents a credible debt plan; in 003 it urged the authorities to press ahead with the revenue measures.'},
    {'actor': AZ, 'issue': DLG, 'from': 'oppose', 'to': 'conditional', 'article': '026',
     'why': 'Odinga says Azimio is ready to join a national dialogue, but only if the killings stop, families are compensated and the youth get a seat; in 022 he said Azimio would not take part.'},
    {'actor': AZ, 'issue': DLG, 'from': 'conditional', 'to': 'oppose', 'article': '029',
     'why': 'Azimio\'s statement signed by Odinga says "We will not be part of the proposed forum", reversing the conditional readiness of 026.'},
]

DUPLICATES = [('009', '010'), ('018', '019')]


def words(s):
    return len(s.split())


def build():
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    arts, claims = [], {}
    for i, (pub, outlet, slug, title, text, cl) in enumerate(ARTICLES, 1):
        aid = '%03d' % i
        d = datetime.strptime(pub, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)
        url = 'https://example.org/%s/%s/%s' % (outlet, d.strftime('%Y/%m/%d'), slug)
        a = {'id': aid, 'published': pub, 'source': OUTLETS[outlet], 'url': url, 'title': title, 'text': text}
        arts.append((a, outlet, d))
        claims[aid] = cl
        with open(os.path.join(HERE, 'articles', aid + '.json'), 'w', encoding='utf-8') as f:
            json.dump(a, f, ensure_ascii=False, indent=2)
            f.write('\n')
    shift_articles = sorted({s['article'] for s in SHIFTS})
    labels = {'claims': claims, 'shifts': SHIFTS,
              'no_alert_articles': [a['id'] for a, _, _ in arts if a['id'] not in shift_articles]}
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write('\n')
    for outlet, name in OUTLETS.items():
        items = [(a, d) for a, o, d in arts if o == outlet]
        last = max(d for _, d in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               '    <title>%s</title>' % escape(name),
               '    <link>https://example.org/%s/</link>' % outlet,
               '    <description>%s: fictional outlet for the shiftwatch kenya-finance-bill-2024 evaluation set</description>' % escape(name),
               '    <language>en</language>',
               '    <lastBuildDate>%s</lastBuildDate>' % format_datetime(last, usegmt=True)]
        for a, d in items:
            out += ['    <item>',
                    '      <title>%s</title>' % escape(a['title']),
                    '      <link>%s</link>' % escape(a['url']),
                    '      <guid isPermaLink="true">%s</guid>' % escape(a['url']),
                    '      <pubDate>%s</pubDate>' % format_datetime(d, usegmt=True),
                    '      <description>%s</description>' % escape(a['text']),
                    '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', outlet + '.xml'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out))


def load_watchlist():
    """Minimal reader for our own flow-style watchlist.yaml (no PyYAML dependency)."""
    txt = open(os.path.join(HERE, 'watchlist.yaml'), encoding='utf-8').read()
    actors = set(re.findall(r'^  - id: ([a-z0-9-]+)', txt.split('\nissues:')[0], re.M))
    issues = set(re.findall(r'^  - id: ([a-z0-9-]+)', txt.split('\nissues:')[1].split('\nbaseline:')[0], re.M))
    baseline = {}
    for a, i, s in re.findall(r'\{actor: ([a-z0-9-]+), issue: ([a-z0-9-]+), stance: ([a-z]+)\}', txt.split('\nbaseline:')[1]):
        baseline[(a, i)] = s
    return actors, issues, baseline


def validate():
    errs = []
    actors, issues, baseline = load_watchlist()
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')) if f.endswith('.json'))
    if files != sorted(labels['claims']):
        errs.append('article files and claim keys differ')
    arts = {f: json.load(open(os.path.join(HERE, 'articles', f + '.json'), encoding='utf-8')) for f in files}
    prev = ''
    for aid, a in arts.items():
        if a['id'] != aid: errs.append('%s: id mismatch' % aid)
        if a['published'] < prev: errs.append('%s: not in publication order' % aid)
        prev = a['published']
        n = words(a['text'])
        if not 120 <= n <= 260: errs.append('%s: %d words' % (aid, n))
        if not re.match(r'^[A-Z ]+, [A-Z][a-z]+ \d{1,2} \(%s\) - ' % re.escape(a['source']), a['text']):
            errs.append('%s: bad dateline' % aid)
        for c in labels['claims'][aid]:
            if c['actor'] not in actors: errs.append('%s: unknown actor %s' % (aid, c['actor']))
            if c['issue'] not in issues: errs.append('%s: unknown issue %s' % (aid, c['issue']))
            if c['stance'] not in ('support', 'oppose', 'conditional'): errs.append('%s: bad stance' % aid)
            if c['quote'] not in a['text']: errs.append('%s: quote not in text: %s' % (aid, c['quote']))
            if words(c['quote']) > 15: errs.append('%s: quote too long: %s' % (aid, c['quote']))
        keys = [(c['actor'], c['issue']) for c in labels['claims'][aid]]
        if len(keys) != len(set(keys)): errs.append('%s: duplicate actor/issue claim' % aid)
    for o, c in DUPLICATES:
        strip = lambda cl: sorted((x['actor'], x['issue'], x['stance'], x['attributed']) for x in cl)
        if strip(labels['claims'][o]) != strip(labels['claims'][c]): errs.append('duplicate %s/%s claims differ' % (o, c))
        if arts[o]['source'] == arts[c]['source'] or arts[o]['published'][:10] != arts[c]['published'][:10]:
            errs.append('duplicate %s/%s must be same day, other outlet' % (o, c))
    for (a, i), s in baseline.items():
        if a not in actors or i not in issues: errs.append('baseline: unknown %s/%s' % (a, i))
    # Replay attributed claims from the baseline; duplicate copies never move the stance again.
    copies = {c for _, c in DUPLICATES}
    state, derived = dict(baseline), []
    for aid in files:
        if aid in copies: continue
        for c in labels['claims'][aid]:
            if not c['attributed']: continue
            k = (c['actor'], c['issue'])
            if k in state and state[k] != c['stance']:
                derived.append((c['actor'], c['issue'], state[k], c['stance'], aid))
            state[k] = c['stance']
    want = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    if sorted(derived) != sorted(want):
        errs.append('replayed shifts %s != labelled %s' % (sorted(derived), sorted(want)))
    for s in labels['shifts']:
        if not any(c['actor'] == s['actor'] and c['issue'] == s['issue'] and c['stance'] == s['to'] and c['attributed']
                   for c in labels['claims'][s['article']]):
            errs.append('shift %s/%s in %s has no attributed claim' % (s['actor'], s['issue'], s['article']))
    shift_arts = {s['article'] for s in labels['shifts']}
    if sorted(labels['no_alert_articles']) != [f for f in files if f not in shift_arts]:
        errs.append('no_alert_articles wrong')
    for f in sorted(os.listdir(os.path.join(HERE, 'feeds'))):
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', f)], capture_output=True, text=True)
        if r.returncode != 0: errs.append('feed %s: %s' % (f, r.stderr.strip()))
    allc = [c for aid in files for c in labels['claims'][aid]]
    stats = {s: sum(1 for c in allc if c['stance'] == s) for s in ('support', 'oppose', 'conditional')}
    print('articles=%d claims=%d %s unattributed=%d shifts=%d shift_articles=%d empty=%s' % (
        len(files), len(allc), stats, sum(1 for c in allc if not c['attributed']), len(labels['shifts']),
        len(shift_arts), [a for a in files if not labels['claims'][a]]))
    wc = [words(a['text']) for a in arts.values()]
    print('words min=%d max=%d' % (min(wc), max(wc)))
    return errs


if __name__ == '__main__':
    build()
    errs = validate()
    for e in errs: print('ERROR:', e)
    sys.exit(1 if errs else 0)
