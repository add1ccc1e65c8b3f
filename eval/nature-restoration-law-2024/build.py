#!/usr/bin/env python3
"""Build the nature-restoration-law-2024 eval set (articles, feeds, labels) and validate it.

Self-contained: python3 build.py  (writes articles/, feeds/, labels.json beside this file, then validates).
"""
import json, os, re, sys, subprocess
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    'continental-wire': 'Continental Wire',
    'lowland-courier': 'Lowland Courier',
    'rhine-observer': 'Rhine Observer',
    'atlas-press': 'Atlas Press',
}
S, O, C = 'support', 'oppose', 'conditional'
NRL, WD, BRAKE, FARM, COURT = 'nrl-adopted', 'commission-withdraws-proposal', 'emergency-brake', 'farmland-obligations-dropped', 'austria-court-challenge'

A = []  # (outlet, iso, slug, title, text, claims[(actor, issue, stance, quote, attributed)])

def art(outlet, iso, slug, title, text, claims):
    A.append((outlet, iso, slug, title, text.strip(), claims))

art('continental-wire', '2022-06-22T11:00:00Z', 'commission-proposes-nature-restoration-law',
 'Commission proposes binding law to restore a fifth of EU land and sea',
 """BRUSSELS, June 22 (Continental Wire) - The European Commission proposed on Wednesday a law that would require EU countries to put restoration measures in place on at least 20% of the bloc's land and sea areas by 2030, and on all ecosystems in need of restoration by 2050.

The Nature Restoration Law would set legally binding targets for rewetting drained peatlands, reversing the decline of pollinators and bringing back free-flowing rivers. Commission Vice-President Frans Timmermans told reporters that Europe could not afford to keep losing nature and that the targets had to be binding to work.

Environment Commissioner Virginijus Sinkevicius said the proposal was the biggest step for nature in Europe since the Habitats Directive three decades ago.

Copa-Cogeca, which represents farmers and agricultural cooperatives, said the plan would take productive land out of use at a time when the war in Ukraine was already squeezing food supplies, and urged lawmakers to reject it.

Conservation groups including WWF welcomed the proposal but said member states would try to water it down. The proposal now goes to the European Parliament and to EU governments.""",
 [('commission', NRL, S, 'The European Commission proposed on Wednesday a law', True),
  ('copa-cogeca', NRL, O, 'urged lawmakers to reject it', True)])

art('lowland-courier', '2023-05-31T15:20:00Z', 'epp-quits-talks-demands-withdrawal',
 'EPP walks out of nature law talks and demands the proposal be withdrawn',
 """BRUSSELS, May 31 (Lowland Courier) - The European People's Party, the largest group in the European Parliament, pulled out of negotiations on the EU's proposed Nature Restoration Law on Wednesday and called on the European Commission to withdraw the proposal and start again.

Manfred Weber, who leads the centre-right group, said the law as drafted would hit farmers and fishermen, cut food production and block renewable energy projects. He said the group would not take part in further talks on amendments.

Environment Commissioner Virginijus Sinkevicius rejected the demand, saying the Commission had no intention of withdrawing a proposal that was backed by scientists and by a majority of citizens. He accused the EPP of spreading misinformation about the law's effect on farmland.

The walkout leaves the Parliament's environment committee, where the proposal is being debated, closely split. Social Democrats, Greens and most liberals support the law, while the conservative ECR and far-right groups oppose it.

Some liberal lawmakers have said privately that they are uneasy about parts of the text, and diplomats said several governments shared the farmers' concerns.""",
 [('epp', WD, S, 'called on the European Commission to withdraw the proposal and start again', True),
  ('epp', NRL, O, 'the law as drafted would hit farmers and fishermen, cut food production', True),
  ('commission', WD, O, 'no intention of withdrawing a proposal that was backed by scientists', True),
  ('commission', NRL, S, 'no intention of withdrawing a proposal that was backed by scientists', True)])

art('rhine-observer', '2023-06-15T12:40:00Z', 'timmermans-will-not-withdraw-nature-law',
 'Timmermans tells MEPs the Commission will not withdraw the nature law',
 """STRASBOURG, June 15 (Rhine Observer) - Frans Timmermans told the European Parliament's environment committee on Thursday that the Commission would not withdraw the Nature Restoration Law, and warned lawmakers that voting it down would leave Europe with nothing to show its children.

The Commission's climate chief said he was ready to look at ways to address farmers' worries, including a safeguard that could pause the targets for agricultural land if food supplies came under serious strain, provided the law's core obligations stayed intact.

Copa-Cogeca sent a letter to all MEPs the same day asking them to back the EPP's call for the proposal to be withdrawn. The farm lobby said it was ready to work on nature protection, but not through a law that it said was drafted without farmers.

The environment committee is due to vote on the file at the end of the month. Its chair, Pascal Canfin, said he expected a knife-edge result.""",
 [('commission', WD, O, 'the Commission would not withdraw the Nature Restoration Law', True),
  ('commission', NRL, S, 'the Commission would not withdraw the Nature Restoration Law', True),
  ('commission', BRAKE, C, "provided the law's core obligations stayed intact", True),
  ('copa-cogeca', WD, S, "asking them to back the EPP's call for the proposal to be withdrawn", True),
  ('copa-cogeca', NRL, O, 'not through a law that it said was drafted without farmers', True),
  ('epp', WD, S, "the EPP's call for the proposal to be withdrawn", False)])

art('atlas-press', '2023-06-20T17:05:00Z', 'ministers-agree-position-gewessler-bound-by-provinces',
 'EU ministers agree nature law position; Austria held back by its provinces',
 """LUXEMBOURG, June 20 (Atlas Press) - EU environment ministers agreed their negotiating position on the Nature Restoration Law on Tuesday, backing the main targets but giving governments more flexibility on how and when to meet them.

The text, prepared under the Swedish presidency and agreed at a meeting in Luxembourg, was supported by a qualified majority of member states. Several governments did not back it, diplomats said.

Austria's climate and environment minister, Leonore Gewessler, said she personally supported the law and would like to vote for it. But she said she could not do so while Austria's nine provinces maintained their joint position against it, because under Austrian practice that position bound the federal government.

Environment Commissioner Virginijus Sinkevicius welcomed the agreement and urged the European Parliament to follow suit when it votes in July. Environmental campaigners said the ministers had left too many loopholes.""",
 [('gewessler', NRL, C, "could not do so while Austria's nine provinces maintained their joint position", True),
  ('commission', NRL, S, 'welcomed the agreement and urged the European Parliament to follow suit', True)])

art('continental-wire', '2023-06-27T14:30:00Z', 'environment-committee-deadlocks-on-nature-law',
 'Parliament committee deadlocks 44-44 on nature restoration law',
 """BRUSSELS, June 27 (Continental Wire) - The European Parliament's environment committee failed to agree on the Nature Restoration Law on Tuesday, splitting 44-44 and leaving the decision to a full plenary vote in July.

The tie meant a motion to reject the proposal fell, but the committee also could not adopt a report of its own, so the text will go to the floor of the Parliament without a recommendation.

Peter Liese, the EPP group's environment spokesman, said the result showed that there was no majority for the Commission's proposal and that the group would keep pushing for it to be rejected in Strasbourg.

Cesar Luena, the Spanish Socialist who is steering the law through the Parliament as rapporteur, said he would fight for the law in plenary and accused the centre-right of siding with the far right. Analysts said the outcome in Strasbourg could depend on a few dozen liberal and centre-right lawmakers who have not made up their minds.""",
 [('epp', NRL, O, 'the group would keep pushing for it to be rejected in Strasbourg', True),
  ('parliament', NRL, S, 'he would fight for the law in plenary', True)])

art('lowland-courier', '2023-07-06T13:10:00Z', 'farmers-rally-in-strasbourg-against-nature-law',
 'Farmers rally in Strasbourg before nature law vote',
 """STRASBOURG, July 6 (Lowland Courier) - Several hundred farmers drove tractors to the European Parliament in Strasbourg on Thursday to press lawmakers to throw out the Nature Restoration Law in next week's vote.

Copa-Cogeca, the main EU farm lobby, said the proposal would shrink farmland, raise food prices and push production out of Europe, and demanded that farmland be left out of any restoration law entirely. Its secretary-general, Pekka Pesonen, told the crowd that the Commission should go back to the drawing board and come up with a plan written with farmers rather than against them.

On the other side of the square, climate activists including Greta Thunberg urged MEPs to save the law. More than 6,000 scientists have signed an open letter backing it.

The EPP group has said it will vote to reject the proposal, and counts by campaigners suggest the result could come down to a handful of votes. Renew Europe, the liberal group, has given its members a free vote.""",
 [('copa-cogeca', NRL, O, 'the proposal would shrink farmland, raise food prices and push production out of Europe', True),
  ('copa-cogeca', FARM, S, 'demanded that farmland be left out of any restoration law entirely', True),
  ('copa-cogeca', WD, S, 'the Commission should go back to the drawing board', True),
  ('epp', NRL, O, 'The EPP group has said it will vote to reject the proposal', True)])

art('rhine-observer', '2023-07-10T09:15:00Z', 'von-der-leyen-silent-on-nature-law',
 'Von der Leyen keeps her distance as her party fights the nature law',
 """BRUSSELS, July 10 (Rhine Observer) - Ursula von der Leyen has kept a low profile in the fight over the Nature Restoration Law, leaving the public defence of the proposal to her deputy Frans Timmermans while her own political family campaigns against it.

Asked on Monday whether the Commission president would intervene before Wednesday's vote in Strasbourg, her spokesperson declined to say, and referred reporters to earlier statements.

Several analysts said the EPP's campaign was aimed as much at rural voters ahead of the 2024 European elections as at the text itself. One Brussels-based analyst said von der Leyen might quietly accept a weaker law if it helped her secure a second term with the EPP's backing.

Officials in the Commission declined to comment on their own vote counts. Lobbyists on both sides said they were still calling undecided lawmakers over the weekend.""",
 [])

art('lowland-courier', '2023-07-11T16:10:00Z', 'weber-timmermans-clash-in-plenary-debate',
 'Weber and Timmermans clash in Strasbourg on eve of nature law vote',
 """STRASBOURG, July 11 (Lowland Courier) - Manfred Weber and Frans Timmermans traded accusations in the European Parliament on Tuesday, a day before lawmakers vote on whether to keep or kill the Nature Restoration Law.

Weber told the chamber that his party was not against protecting nature but could not accept a law that would take land from farmers and slow down the building of wind and solar parks. He said the Commission should withdraw the text and come back with a better one.

Timmermans replied that the law was not anti-farmer and that the real threat to food production was drought and the collapse of pollinators. He said the Commission would not be withdrawing anything, and urged lawmakers not to listen to what he called scare stories.

Pascal Canfin, who chairs the environment committee for the liberal Renew group, said his members would table compromise amendments to win over waverers. Analysts said a few dozen votes in the centre of the chamber could tip the outcome either way.""",
 [('epp', NRL, O, 'could not accept a law that would take land from farmers', True),
  ('epp', WD, S, 'the Commission should withdraw the text and come back with a better one', True),
  ('commission', WD, O, 'the Commission would not be withdrawing anything', True)])

art('atlas-press', '2024-05-15T14:00:00Z', 'maron-says-nature-law-not-dead',
 'Belgian presidency says nature law is not dead, but no date for a vote',
 """BRUSSELS, May 15 (Atlas Press) - Alain Maron, who chairs EU environment ministers for the Belgian presidency, said on Wednesday that the Nature Restoration Law was not dead and that he still hoped to see it adopted before Belgium hands over the presidency at the end of June.

Maron said the presidency would only put the law back on the ministers' agenda once a qualified majority was assured, because a failed vote would bury it for years. He said he was in contact with several capitals, and declined to say which ones.

Environment Commissioner Virginijus Sinkevicius said the Commission would not accept reopening the agreed text to win over a last government, adding that the law had already been adjusted for farmers.

Diplomats said attention had turned to Austria, where the provinces' joint position against the law was under strain, and to Slovakia. Hungary's government said its opposition to the law was unchanged.""",
 [('belgian-presidency', NRL, S, 'he still hoped to see it adopted', True),
  ('hungary', NRL, O, 'its opposition to the law was unchanged', True),
  ('commission', NRL, S, 'would not accept reopening the agreed text to win over a last government', True)])

PLEN1 = [('parliament', NRL, S, "voted on Wednesday to keep the EU's Nature Restoration Law alive", True),
  ('parliament', FARM, S, 'after removing the article on restoring agricultural land', True),
  ('epp', NRL, O, 'his group still believed the law was bad for farmers', True),
  ('epp', FARM, S, 'fight in the negotiations for the farmland provisions to stay out', True),
  ('commission', NRL, S, 'Frans Timmermans welcomed the vote', True),
  ('commission', FARM, O, 'the final law had to cover farmland', True)]
art('atlas-press', '2023-07-12T12:30:00Z', 'parliament-keeps-nature-law-alive',
 'European Parliament narrowly keeps nature restoration law alive',
 """STRASBOURG, July 12 (Atlas Press) - The European Parliament voted on Wednesday to keep the EU's Nature Restoration Law alive, rejecting by 324 votes to 312 a motion from the European People's Party to throw the proposal out.

Lawmakers then adopted their position on the law by 336 votes to 300, with 13 abstentions, after removing the article on restoring agricultural land and adding language that ties the targets to food security.

Rapporteur Cesar Luena said the Parliament had shown that it would not give up on nature, and that he was ready to start talks with EU governments immediately.

EPP leader Manfred Weber said his group still believed the law was bad for farmers and badly drafted, and that it would now fight in the negotiations for the farmland provisions to stay out of the final text.

Frans Timmermans welcomed the vote. He said the Commission would work with both institutions to reach a deal before the end of the year, but that the final law had to cover farmland, which makes up almost 40% of the EU's territory.""",
 PLEN1)

art('continental-wire', '2023-07-12T14:05:00Z', 'nature-law-survives-parliament-vote',
 'Nature restoration law survives knife-edge vote in Parliament',
 """STRASBOURG, July 12 (Continental Wire) - The European Parliament voted on Wednesday to keep the EU's Nature Restoration Law alive, turning down by 324 votes to 312 a motion by the European People's Party to scrap the proposal.

Lawmakers went on to adopt their position by 336 votes to 300, with 13 abstentions, after removing the article on restoring agricultural land and inserting language linking the targets to food security.

Cesar Luena, the rapporteur, said the Parliament had shown it would not give up on nature and that he was ready to open talks with EU governments straight away.

Manfred Weber, the EPP leader, said his group still believed the law was bad for farmers and poorly written, and that it would fight in the negotiations for the farmland provisions to stay out of the final text.

Frans Timmermans welcomed the vote. The Commission would work with both institutions on a deal before the end of the year, he said, but the final law had to cover farmland, which accounts for nearly 40% of EU territory.""",
 PLEN1)

art('lowland-courier', '2023-08-22T10:45:00Z', 'timmermans-leaves-commission',
 'Timmermans leaves Commission, nature law loses its loudest champion',
 """BRUSSELS, Aug 22 (Lowland Courier) - Frans Timmermans stepped down as the European Commission's climate chief on Tuesday to lead a joint Labour-Green list in the Dutch general election, leaving the Nature Restoration Law without its most prominent champion in Brussels.

Timmermans had defended the law through months of attacks from the centre-right, and his departure comes as negotiations between the Parliament and EU governments get under way. Maros Sefcovic will take over his Green Deal portfolio for now.

Some lawmakers said the change could make the Commission a softer broker in the talks. Others noted that the file is formally handled by Environment Commissioner Virginijus Sinkevicius, whose department drafted it.

The EPP welcomed Timmermans's departure, with one of its members calling it a chance for a fresh start on green policy. A Commission spokesperson declined to say whether Sefcovic would take a different line in the negotiations.""",
 [])

art('rhine-observer', '2023-11-10T07:30:00Z', 'provisional-deal-nature-law-emergency-brake',
 'EU strikes provisional deal on nature law with emergency brake for farmland',
 """BRUSSELS, Nov 10 (Rhine Observer) - Negotiators for the European Parliament and EU governments reached a provisional deal on the Nature Restoration Law in the early hours of Friday, keeping the goal of restoration measures on 20% of land and sea by 2030 but softening the obligations on farmland.

The agreement contains an emergency brake that would let the EU suspend the targets for agricultural ecosystems for up to a year if food security came under threat. Governments will also get more leeway in drawing up their national restoration plans.

Environment Commissioner Virginijus Sinkevicius welcomed the deal, including the brake, which he said gave farmers a safety valve without undermining the law's ambition. Cesar Luena, who led the Parliament's team, said it was a good day for nature, that farmland had stayed in the law, and that he had accepted the brake as the price of a majority.

Teresa Ribera, the Spanish minister who chaired the talks for the Council, said the text balanced nature and food production.

Copa-Cogeca said the deal remained unworkable for farmers and that the brake came too late to fix a flawed law.""",
 [('commission', BRAKE, S, 'Virginijus Sinkevicius welcomed the deal, including the brake', True),
  ('commission', NRL, S, 'Virginijus Sinkevicius welcomed the deal, including the brake', True),
  ('parliament', NRL, S, 'it was a good day for nature', True),
  ('parliament', BRAKE, S, 'he had accepted the brake as the price of a majority', True),
  ('parliament', FARM, O, 'farmland had stayed in the law', True),
  ('copa-cogeca', NRL, O, 'the deal remained unworkable for farmers', True)])

EPPC = [('epp', NRL, C, 'ready to support it in the final vote as long as the emergency brake', True),
        ('epp', BRAKE, S, 'as long as the emergency brake for agricultural land stayed in the text', True)]
art('atlas-press', '2023-11-10T15:50:00Z', 'epp-signals-it-could-back-nature-deal',
 'EPP signals it could back nature restoration deal',
 """BRUSSELS, Nov 10 (Atlas Press) - The European People's Party signalled on Friday that it could back the final version of the Nature Restoration Law, after months in which it had tried to kill the proposal outright.

Peter Liese, the group's environment spokesman, said the provisional agreement reached overnight was far better than the Commission's original text and took up many of the EPP's demands. He said the group would be ready to support it in the final vote as long as the emergency brake for agricultural land stayed in the text and no new burdens were added for farmers.

Liese said he could not yet promise how every EPP member would vote, and that some national delegations remained opposed.

Some EPP figures had declared the proposal dead over the summer. Environmental groups said they were relieved that the core targets had survived the talks.""",
 EPPC)

art('lowland-courier', '2023-11-10T18:20:00Z', 'centre-right-opens-door-to-nature-deal',
 'Centre-right opens the door to nature restoration deal',
 """BRUSSELS, Nov 10 (Lowland Courier) - The European People's Party indicated on Friday that it could support the final version of the Nature Restoration Law, after spending months trying to kill the proposal.

Peter Liese, environment spokesman for the group, said the provisional agreement struck overnight was much better than the Commission's original text and reflected many of the EPP's demands. The group would be ready to support it in the final vote as long as the emergency brake for agricultural land stayed in the text and farmers faced no new burdens, he said.

Liese added that he could not guarantee how every EPP member would vote and that some national delegations were still opposed.

Over the summer, some EPP figures had pronounced the proposal dead. Environmental groups said they were relieved the core targets had come through the talks.""",
 EPPC)

art('lowland-courier', '2023-11-29T16:40:00Z', 'ambassadors-endorse-nature-deal',
 'EU ambassadors and Parliament committee endorse nature law deal',
 """BRUSSELS, Nov 29 (Lowland Courier) - EU ambassadors endorsed the provisional deal on the Nature Restoration Law on Wednesday, clearing the way for final votes in the European Parliament and the Council next year.

Diplomats said a comfortable majority of governments had backed the text, including Hungary, which had earlier voiced reservations about the costs for farmers. A handful of governments did not support it, they said.

The Parliament's environment committee also approved the agreement on Wednesday, by 53 votes to 28, with some EPP members among those voting in favour. The full Parliament is expected to vote early next year.

The Belgian government, which takes over the rotating presidency of the Council in January, is expected to schedule the final vote by ministers in the spring, officials said.""",
 [('hungary', NRL, S, 'a comfortable majority of governments had backed the text, including Hungary', False),
  ('parliament', NRL, S, "The Parliament's environment committee also approved the agreement", True)])

art('rhine-observer', '2024-02-06T13:00:00Z', 'von-der-leyen-withdraws-pesticide-bill',
 'Von der Leyen withdraws pesticide bill as farmer protests spread',
 """STRASBOURG, Feb 6 (Rhine Observer) - Ursula von der Leyen told the European Parliament on Tuesday that she would propose withdrawing the Commission's bill to halve pesticide use, a major concession to farmers who have blocked roads across Europe for weeks.

The Commission president said the pesticides proposal had become a symbol of polarisation and that a new, more consultative approach was needed. The Parliament had already rejected the bill in November.

Asked whether the Nature Restoration Law, which faces a final Parliament vote this month, could be next, a Commission spokesperson declined to say, adding only that the two files were at different stages.

Copa-Cogeca welcomed the withdrawal of the pesticides bill and said it hoped the Commission would now listen to farmers on other green laws. Farmers' unions in several countries have called for the restoration law to be dropped as well.

Analysts said the move could encourage EPP lawmakers who had been wavering on the restoration law to vote against it.""",
 [])

art('atlas-press', '2024-02-22T11:25:00Z', 'weber-epp-will-vote-against-nature-law',
 'Weber says EPP will vote against nature restoration law',
 """BRUSSELS, Feb 22 (Atlas Press) - The European People's Party will vote against the Nature Restoration Law when it comes before the European Parliament next week, the group's leader Manfred Weber said on Thursday, ending weeks of uncertainty over whether the centre-right would back the deal.

Weber said the text still placed too heavy a burden on farmers at a time of deep anger in the countryside, and that the EPP could not support it. He said the emergency brake was welcome but did not go far enough.

In November the group's environment spokesman Peter Liese had held out the prospect of EPP support for the agreement.

Cesar Luena, the law's rapporteur, said he regretted the decision and was confident the law would still pass with votes from liberals, Socialists, Greens and some EPP members. Analysts said the vote could be close, but most expected the law to survive.""",
 [('epp', NRL, O, "The European People's Party will vote against the Nature Restoration Law", True),
  ('epp', BRAKE, S, 'the emergency brake was welcome but did not go far enough', True)])

art('continental-wire', '2024-02-27T12:50:00Z', 'parliament-gives-final-approval-nature-law',
 'Parliament gives final approval to nature restoration law',
 """STRASBOURG, Feb 27 (Continental Wire) - The European Parliament gave its final approval to the Nature Restoration Law on Tuesday by 329 votes to 275, with 24 abstentions, despite a last-minute push by the European People's Party to sink it.

Most EPP lawmakers voted against, as their leader Manfred Weber had urged, though a few dozen broke ranks. Rapporteur Cesar Luena said Parliament had delivered a law that would help farmers in the long run by protecting soil, water and pollinators.

Environment Commissioner Virginijus Sinkevicius thanked lawmakers and called on EU governments to give the text their final approval quickly.

Copa-Cogeca said the vote ignored the anger of farmers and urged member states to reject the law in the Council.

The law now needs the formal approval of EU governments, usually a formality once a deal has been struck.""",
 [('parliament', NRL, S, 'gave its final approval to the Nature Restoration Law', True),
  ('epp', NRL, O, 'Most EPP lawmakers voted against, as their leader Manfred Weber had urged', True),
  ('commission', NRL, S, 'called on EU governments to give the text their final approval quickly', True),
  ('copa-cogeca', NRL, O, 'urged member states to reject the law in the Council', True)])

art('lowland-courier', '2024-03-22T09:40:00Z', 'hungary-to-vote-against-nature-law',
 'Hungary to vote against nature law, putting majority in doubt',
 """BUDAPEST, March 22 (Lowland Courier) - Hungary will vote against the EU's Nature Restoration Law, a senior government official said on Friday, a move that would deprive the law of the majority it needs among member states.

Aniko Raisz, Hungary's state secretary for the environment, said the government had concluded that the law would put an unfair burden on farmers and that Budapest could not support it. She said the concerns of Hungarian farmers, who have joined protests across Europe, had to come first.

Hungary had backed the deal when EU ambassadors endorsed it in November. Its switch means the countries in favour no longer represent 65% of the bloc's population, the threshold for a qualified majority, according to diplomats' calculations.

Prime Minister Viktor Orban has repeatedly accused Brussels of pursuing green policies that hurt farmers. Environmental groups called the U-turn a betrayal.""",
 [('hungary', NRL, O, "Hungary will vote against the EU's Nature Restoration Law", True)])

art('rhine-observer', '2024-03-22T16:15:00Z', 'belgian-presidency-pulls-nature-law-vote',
 'Belgian presidency pulls nature law vote as majority vanishes',
 """BRUSSELS, March 22 (Rhine Observer) - The Belgian presidency of the EU Council removed the Nature Restoration Law from the agenda of Monday's meeting of environment ministers, after it became clear that the law no longer had enough support among governments to pass.

Alain Maron, the Brussels regional environment minister who will chair the meeting, said the presidency remained fully committed to the law and would keep talking to capitals to find a majority. He said the text agreed with Parliament was balanced and that it would be a serious blow to the EU's credibility if it fell at the last step.

Diplomats said Hungary's decision to withdraw its support had tipped the balance. Italy, the Netherlands, Poland and Sweden had already said they would vote no, and Finland and Austria were expected to abstain or vote against. Belgium itself is expected to abstain because its regions are divided.

The European Commission said it regretted the delay and urged governments to honour the deal.""",
 [('belgian-presidency', NRL, S, 'the presidency remained fully committed to the law', True),
  ('hungary', NRL, O, "Hungary's decision to withdraw its support had tipped the balance", False),
  ('commission', NRL, S, 'urged governments to honour the deal', True)])

art('atlas-press', '2024-03-25T17:30:00Z', 'sinkevicius-no-plan-b-nature-law',
 'Sinkevicius says there is no plan B for the nature law',
 """BRUSSELS, March 25 (Atlas Press) - Environment Commissioner Virginijus Sinkevicius urged EU governments on Monday not to let the Nature Restoration Law die, telling reporters after a meeting of environment ministers that there was no plan B.

Sinkevicius said the Commission had no intention of withdrawing the proposal and would keep working with the Belgian presidency until a majority was found. He said the law had already been weakened to meet farmers' concerns and that further changes were out of the question.

Ministers discussed the file over lunch without a vote. Hungary's representative told the meeting that Budapest's position had not changed, according to a diplomat present.

Some EPP politicians in national capitals have urged the Commission to drop the law altogether. Analysts said the file could now be shelved until after the European elections in June, when a new Parliament and Commission might be less willing to revive it.""",
 [('commission', WD, O, 'the Commission had no intention of withdrawing the proposal', True),
  ('commission', NRL, S, 'not to let the Nature Restoration Law die', True),
  ('hungary', NRL, O, "Budapest's position had not changed", False)])

art('continental-wire', '2024-04-18T10:10:00Z', 'gewessler-ready-to-vote-if-provinces-relent',
 'Gewessler ready to back nature law if Austrian provinces drop objection',
 """VIENNA, April 18 (Continental Wire) - Austria's environment minister Leonore Gewessler said on Thursday that she would vote for the Nature Restoration Law in Brussels as soon as the country's provinces dropped their joint objection to it, and urged the governors to reconsider.

Gewessler, a Green in Chancellor Karl Nehammer's coalition, told a news conference in Vienna that the law was essential for Austria's forests and rivers. She said she would respect the provinces' position as long as it stood.

Nehammer's People's Party said the law was a bureaucratic monster that would cost farmers land, and that Austria should keep its distance from it. Most of the provinces are governed by the People's Party.

Officials in the Vienna city government, run by the Social Democrats, said they were reviewing their stance.""",
 [('gewessler', NRL, C, "would vote for the Nature Restoration Law in Brussels as soon as the country's provinces", True),
  ('nehammer', NRL, O, 'the law was a bureaucratic monster that would cost farmers land', True)])

art('lowland-courier', '2024-06-05T15:00:00Z', 'austrian-provinces-front-collapses',
 "Austrian provinces' front against nature law collapses",
 """VIENNA, June 5 (Lowland Courier) - The common front of Austria's provinces against the Nature Restoration Law has collapsed after Carinthia joined Vienna in withdrawing its support for the joint position, opening the way for Environment Minister Leonore Gewessler to back the law in Brussels.

Gewessler said a legal assessment by her ministry showed that the provinces' position no longer bound her, but declined to say on Wednesday how she would vote at the June 17 meeting of EU environment ministers.

Chancellor Karl Nehammer said Austria could only vote yes if the whole federal government agreed, and that his People's Party would not give its consent. Constitutional lawyers are divided on whether a minister can cast a vote against the chancellor's wishes.

The Vienna city government said it had dropped its objection because the law would help protect the green belt around the capital.""",
 [('nehammer', NRL, O, 'his People\'s Party would not give its consent', True)])

art('rhine-observer', '2024-06-12T11:35:00Z', 'nature-law-back-on-council-agenda',
 'Nature law back on ministers\' agenda after European elections',
 """BRUSSELS, June 12 (Rhine Observer) - The Nature Restoration Law is back on the agenda of EU environment ministers for June 17, diplomats said on Wednesday, as the Belgian presidency bets that a change in Austria's vote could restore a majority.

The move comes days after European elections in which the European People's Party strengthened its position as the largest group. EPP leader Manfred Weber said on Wednesday that voters had sent a clear message against overregulation and that governments should let the restoration law go.

Diplomats said the presidency had been sounding out Slovakia and Finland as well. Analysts said the result would depend on whether Gewessler's vote was counted, and some predicted a legal fight in Vienna whatever happened.

A spokesperson for Hungary's government declined to comment on the new date.""",
 [('belgian-presidency', NRL, S, "as the Belgian presidency bets that a change in Austria's vote could restore a majority", False),
  ('epp', NRL, O, 'governments should let the restoration law go', True)])

art('atlas-press', '2024-06-16T14:20:00Z', 'gewessler-will-vote-yes-defying-nehammer',
 'Austrian minister Gewessler to vote for nature law, defying Nehammer',
 """VIENNA, June 16 (Atlas Press) - Austria's environment minister Leonore Gewessler said on Sunday that she would vote in favour of the EU's Nature Restoration Law at a meeting of ministers in Luxembourg on Monday, defying Chancellor Karl Nehammer and potentially giving the law the majority it needs.

Gewessler told a news conference that she was convinced of her decision and that future generations would ask what had been done to protect nature. She said legal opinions showed the provinces' former position no longer bound her.

Nehammer said a yes vote without his consent would be unlawful. He said he had written to the Belgian presidency to say that Austria's vote, if cast in favour, would not be valid, and that the law should not be adopted on that basis.

The dispute strains the coalition between Nehammer's conservatives and the Greens, which has until the autumn election to run. Nehammer said he would not break up the government over it.""",
 [('gewessler', NRL, S, "she would vote in favour of the EU's Nature Restoration Law", True),
  ('nehammer', NRL, O, 'the law should not be adopted on that basis', True)])

art('continental-wire', '2024-06-17T13:45:00Z', 'eu-ministers-adopt-nature-restoration-law',
 'EU adopts nature restoration law after Austrian minister breaks ranks',
 """LUXEMBOURG, June 17 (Continental Wire) - EU environment ministers gave final approval to the Nature Restoration Law on Monday, after Austria's environment minister Leonore Gewessler voted in favour against the wishes of her chancellor, ending a two-year fight over the bill.

Twenty countries, representing 66% of the EU's population, voted for the law, just above the threshold. Hungary, Italy, the Netherlands, Poland, Finland and Sweden voted against, and Belgium abstained.

Alain Maron, who chaired the meeting for the Belgian presidency, said the EU had chosen to protect nature and that the law would now be signed and published. He said the presidency had received Austria's objection but that, on the advice of the Council's lawyers, the vote was valid.

Environment Commissioner Virginijus Sinkevicius said the vote showed the EU could still deliver on nature. Commission President Ursula von der Leyen welcomed the result in a post on social media.

Copa-Cogeca said the adoption was a bad day for farmers and that the law would be impossible to apply.""",
 [('gewessler', NRL, S, 'Leonore Gewessler voted in favour', True),
  ('nehammer', NRL, O, 'against the wishes of her chancellor', False),
  ('hungary', NRL, O, 'Hungary, Italy, the Netherlands, Poland, Finland and Sweden voted against', True),
  ('belgian-presidency', NRL, S, 'the EU had chosen to protect nature', True),
  ('commission', NRL, S, 'Ursula von der Leyen welcomed the result', True),
  ('copa-cogeca', NRL, O, 'the adoption was a bad day for farmers', True)])

art('lowland-courier', '2024-06-17T18:30:00Z', 'nehammer-to-challenge-nature-law-in-court',
 'Nehammer says Austria will take nature law vote to EU court',
 """VIENNA, June 17 (Lowland Courier) - Austrian Chancellor Karl Nehammer said on Monday that Austria would file an action for annulment at the EU's Court of Justice against the adoption of the Nature Restoration Law, hours after his environment minister voted for it in Luxembourg.

Nehammer said Leonore Gewessler had broken the constitution by voting without the agreement of the whole government. His People's Party also said it would file a criminal complaint against her for abuse of office.

Gewessler said she was confident that she had acted lawfully and saw no grounds for a court case. She said Austria should not be going to court against a law that protected its own forests and rivers.

The Greens said they would stay in the coalition until the election in September. Legal experts said the court could take well over a year to rule.""",
 [('nehammer', COURT, S, "Austria would file an action for annulment at the EU's Court of Justice", True),
  ('gewessler', COURT, O, 'Austria should not be going to court against a law', True),
  ('gewessler', NRL, S, 'a law that protected its own forests and rivers', True)])

art('rhine-observer', '2024-06-18T12:05:00Z', 'commission-says-nature-law-adoption-sound',
 'Commission says nature law adoption is legally sound',
 """BRUSSELS, June 18 (Rhine Observer) - The European Commission said on Tuesday that it considered the adoption of the Nature Restoration Law legally sound and saw no basis for an annulment action by Austria.

A spokesperson said member states alone decide who represents them in the Council and that the Commission did not question the vote of an accredited minister. She said the law would be published in the Official Journal in the coming weeks.

In Vienna, the dispute dominated the morning papers. Analysts there said the case could drag on past the September election and that the court was unlikely to annul a law over a domestic quarrel.

Environmental groups including BirdLife Europe said governments should now focus on drawing up their national restoration plans, due within two years.""",
 [('commission', COURT, O, 'saw no basis for an annulment action by Austria', True),
  ('commission', NRL, S, 'considered the adoption of the Nature Restoration Law legally sound', True)])

art('atlas-press', '2024-07-04T09:20:00Z', 'copa-cogeca-presses-for-light-implementation',
 'Farm lobby presses for light-touch rollout of nature law',
 """BRUSSELS, July 4 (Atlas Press) - Copa-Cogeca said on Thursday that it still considered the Nature Restoration Law a mistake and would ask the next Commission to use every flexibility in the text, including the emergency brake, to spare farmers.

The farm lobby said member states should give priority to public land and to areas outside agriculture when drawing up their restoration plans, and warned that any attempt to impose targets on working farmland would meet resistance.

It did not call for the law to be repealed. A spokesperson declined to say whether the group would back Austria's court action.

Environmental groups accused the lobby of trying to rewrite a law it had lost the fight over. Diplomats said the Commission was unlikely to reopen the text before it takes effect.""",
 [('copa-cogeca', NRL, O, 'it still considered the Nature Restoration Law a mistake', True),
  ('copa-cogeca', BRAKE, S, 'use every flexibility in the text, including the emergency brake', True)])

art('continental-wire', '2024-08-19T10:00:00Z', 'nature-law-enters-into-force-austria-sues',
 'Nature restoration law enters into force as Austria files court challenge',
 """BRUSSELS, Aug 19 (Continental Wire) - The EU's Nature Restoration Law entered into force on Sunday, two years after the Commission proposed it, with governments now required to submit national restoration plans by 2026.

The Chancellery in Vienna said it had lodged its action for annulment at the EU's Court of Justice, arguing that the Austrian vote in June had been cast unlawfully.

The law passed the Council only after Leonore Gewessler broke ranks with her chancellor. Hungary, which had switched sides in March, was among six governments that voted against it.

Environmental groups said the legal challenge would not delay the law's application. The Commission has said it will publish guidance for the national plans later this year. Officials in Budapest declined to comment on the Austrian case.""",
 [('nehammer', COURT, S, 'it had lodged its action for annulment', True),
  ('hungary', NRL, O, 'was among six governments that voted against it', False)])

SHIFTS = [
 ('commission', BRAKE, C, S, 'provisional-deal-nature-law-emergency-brake',
  "Sinkevicius welcomes the deal 'including the brake'; in 003 Timmermans only offered a pause mechanism provided the core obligations stayed intact."),
 ('epp', NRL, O, C, 'epp-signals-it-could-back-nature-deal',
  'Liese says the group would be ready to support the deal as long as the emergency brake stays; until then the EPP campaigned to reject the law (002, 005, 008, 009).'),
 ('parliament', FARM, S, O, 'provisional-deal-nature-law-emergency-brake',
  "Luena, leading Parliament's team, welcomes that farmland stayed in the law; in July (009/010) the plenary had voted to remove the farmland article."),
 ('epp', NRL, C, O, 'weber-epp-will-vote-against-nature-law',
  "Weber announces the EPP will vote against; reverses Liese's conditional openness of 013/014."),
 ('hungary', NRL, S, O, 'hungary-to-vote-against-nature-law',
  'Raisz says Hungary will vote against; Hungary backed the deal (baseline; 015 unattributed).'),
 ('gewessler', NRL, C, S, 'gewessler-will-vote-yes-defying-nehammer',
  "Gewessler says she will vote in favour on Monday; in 004 and 022 her vote depended on the provinces dropping their joint position."),
]

BASELINE = [('commission', NRL, S), ('commission', WD, O), ('epp', NRL, O), ('epp', WD, S),
            ('copa-cogeca', NRL, O), ('hungary', NRL, S), ('nehammer', NRL, O)]

def rfc822(iso):
    return format_datetime(datetime.strptime(iso, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc), usegmt=True)

def build():
    A.sort(key=lambda a: a[1])
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    slug2id, claims, items = {}, {}, {o: [] for o in OUTLETS}
    for i, (outlet, iso, slug, title, text, cl) in enumerate(A, 1):
        aid = f'{i:03d}'
        slug2id[slug] = aid
        d = datetime.strptime(iso, '%Y-%m-%dT%H:%M:%SZ')
        url = f'https://example.org/{outlet}/{d:%Y/%m/%d}/{slug}'
        doc = {'id': aid, 'published': iso, 'source': OUTLETS[outlet], 'url': url, 'title': title, 'text': text}
        with open(os.path.join(HERE, 'articles', aid + '.json'), 'w') as f:
            json.dump(doc, f, indent=2, ensure_ascii=False); f.write('\n')
        claims[aid] = [{'actor': a, 'issue': s, 'stance': st, 'quote': q, 'attributed': at} for a, s, st, q, at in cl]
        items[outlet].append(doc)
    for outlet, docs in items.items():
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{OUTLETS[outlet]}</title>', f'    <link>https://example.org/{outlet}/</link>',
               f'    <description>{OUTLETS[outlet]}: fictional outlet for the shiftwatch nature-restoration-law-2024 set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{rfc822(docs[-1]["published"])}</lastBuildDate>']
        for doc in reversed(docs):
            out += ['    <item>', f'      <title>{escape(doc["title"])}</title>', f'      <link>{doc["url"]}</link>',
                    f'      <guid isPermaLink="true">{doc["url"]}</guid>', f'      <pubDate>{rfc822(doc["published"])}</pubDate>',
                    f'      <description>{escape(doc["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', outlet + '.xml'), 'w') as f:
            f.write('\n'.join(out))
    SHIFTS.sort(key=lambda t: slug2id[t[4]])
    shifts = [{'actor': a, 'issue': s, 'from': fr, 'to': to, 'article': slug2id[sl], 'why': w} for a, s, fr, to, sl, w in SHIFTS]
    shift_ids = {s['article'] for s in shifts}
    labels = {'claims': claims, 'shifts': shifts, 'no_alert_articles': [k for k in sorted(claims) if k not in shift_ids]}
    with open(os.path.join(HERE, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=1, ensure_ascii=False); f.write('\n')

def validate():
    errs = []
    labels = json.load(open(os.path.join(HERE, 'labels.json')))
    wl = open(os.path.join(HERE, 'watchlist.yaml')).read()
    actors = set(re.findall(r'^  - id: (\S+)\n    name:', wl, re.M))
    issue_block = wl.split('\nissues:')[1].split('\nbaseline:')[0]
    issues = set(re.findall(r'^  - id: (\S+)', issue_block, re.M))
    actors -= issues
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')))
    if files != sorted(labels['claims']): errs.append('article files and claim keys differ')
    prev = ''
    for aid in files:
        doc = json.load(open(os.path.join(HERE, 'articles', aid + '.json')))
        if doc['id'] != aid: errs.append(f'{aid}: id mismatch')
        if doc['published'] < prev: errs.append(f'{aid}: not in publication order')
        prev = doc['published']
        n = len(doc['text'].split())
        if not 120 <= n <= 260: errs.append(f'{aid}: {n} words')
        if not re.match(r'^[A-Z]+, [A-Z][a-z]+ \d{1,2} \(' + re.escape(doc['source']) + r'\) - ', doc['text']): errs.append(f'{aid}: dateline')
        for c in labels['claims'][aid]:
            if c['quote'] not in doc['text']: errs.append(f'{aid}: quote not in text: {c["quote"]}')
            if len(c['quote'].split()) > 15: errs.append(f'{aid}: quote too long: {c["quote"]}')
            if c['actor'] not in actors: errs.append(f'{aid}: unknown actor {c["actor"]}')
            if c['issue'] not in issues: errs.append(f'{aid}: unknown issue {c["issue"]}')
            if c['stance'] not in (S, O, C): errs.append(f'{aid}: bad stance')
    # replay prevailing attributed stances from baseline; shifts must match exactly
    base = {(a, i): s for a, i, s in re.findall(r'\{actor: (\S+), issue: (\S+), stance: (\w+)\}', wl)}
    prevailing, derived = dict(base), []
    for aid in files:
        for c in labels['claims'][aid]:
            if not c['attributed']: continue
            k = (c['actor'], c['issue'])
            if k in prevailing and prevailing[k] != c['stance'] and (c['actor'], c['issue'], prevailing[k], c['stance'], aid) not in derived:
                derived.append((c['actor'], c['issue'], prevailing[k], c['stance'], aid))
            prevailing[k] = c['stance']
    labelled = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    # duplicates re-show the same stance, so a derived shift is only the first article per tuple
    seen, firsts = set(), []
    for d in derived:
        firsts.append(d)
    if sorted(labelled) != sorted(firsts): errs.append(f'shifts mismatch: labelled {labelled} derived {firsts}')
    for f in os.listdir(os.path.join(HERE, 'feeds')):
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', f)], capture_output=True, text=True)
        if r.returncode: errs.append(f'feed {f}: {r.stderr.strip()}')
    cnt = {}
    for v in labels['claims'].values():
        for c in v: cnt[c['stance']] = cnt.get(c['stance'], 0) + 1
    print(f'articles={len(files)} claims={sum(cnt.values())} {cnt} unattributed={sum(1 for v in labels["claims"].values() for c in v if not c["attributed"])} shifts={len(labels["shifts"])} empty={[k for k,v in labels["claims"].items() if not v]}')
    for e in errs: print('ERROR', e)
    return not errs

if __name__ == '__main__':
    build()
    sys.exit(0 if validate() else 1)
