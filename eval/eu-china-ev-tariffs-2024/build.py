#!/usr/bin/env python3
"""Builds the eu-china-ev-tariffs-2024 eval set (articles, feeds, labels) and validates it.

Self-contained: run `python3 build.py` from any directory. Writes beside this file.
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

OUTLETS = {
    "continental-wire": "Continental Wire",
    "eastgate-courier": "Eastgate Courier",
    "lowland-dispatch": "Lowland Dispatch",
    "tidewater-herald": "Tidewater Herald",
}

S, O, C = "support", "oppose", "conditional"
T, F = True, False

# (id, published UTC, outlet, slug, title, text, [(actor, issue, stance, quote, attributed)])
A = []


def art(aid, published, outlet, slug, title, text, claims):
    A.append((aid, published, outlet, slug, title, text.strip(), claims))


art("001", "2024-06-12T11:00:00Z", "continental-wire", "commission-provisional-duties-chinese-evs",
    "EU to impose provisional duties of up to 38% on Chinese electric cars",
    """BRUSSELS, Jun 12 (Continental Wire) - The European Commission said on Wednesday it would impose provisional duties of up to 38.1% on electric cars imported from China from early July, after an anti-subsidy investigation found that Chinese manufacturers benefit from unfair state support.

The Commission said the subsidies were causing a threat of economic injury to European carmakers. The extra duties would be added to the standard 10% car tariff. Carmakers that cooperated with the inquiry face lower rates than those that did not.

The duties would take effect on July 4 if talks with the Chinese authorities did not produce an effective solution, the EU executive said.

China's commerce ministry said it was strongly dissatisfied and called the move naked protectionism. It said Beijing would take all necessary measures to defend the rights of Chinese companies.

The German Association of the Automotive Industry (VDA) said the duties were a step backwards for global cooperation. Its president Hildegard Mueller warned that they would raise the risk of a wider trade conflict.""",
    [("commission", "ev-tariffs", S, "would impose provisional duties of up to 38.1% on electric cars", T),
     ("china", "ev-tariffs", O, "called the move naked protectionism", T),
     ("german-car-industry", "ev-tariffs", O, "the duties were a step backwards for global cooperation", T)])

art("002", "2024-06-13T08:30:00Z", "tidewater-herald", "beijing-reaction-chamber-large-engine-cars",
    "Chinese exporters fear escalation as chamber floats car tariff hike",
    """BEIJING, Jun 13 (Tidewater Herald) - Chinese exporters braced on Thursday for a drawn-out trade dispute with Europe, a day after Brussels announced extra duties on electric vehicles built in China.

The China Chamber of Commerce to the EU, which represents Chinese companies in Europe, said it was shocked and deeply disappointed. In a statement last month the chamber said insiders had told it that Beijing was considering raising its tariff on imported cars with large engines to as much as 25%, a step that would hit German luxury brands hardest.

Asked about the report at a regular briefing, a commerce ministry spokesperson declined to say whether such a measure was being prepared.

Analysts in Shanghai said China could also target European farm goods such as pork, where Spain is one of the biggest suppliers, or aircraft orders. "Retaliation is likely to be calibrated so that it divides member states," said one trade economist.

Chinese carmakers including BYD and SAIC have said they will keep expanding in Europe despite the duties.""",
    [])

art("003", "2024-06-17T09:15:00Z", "lowland-dispatch", "china-opens-pork-probe",
    "China opens anti-dumping probe into European pork",
    """BEIJING, Jun 17 (Lowland Dispatch) - China's commerce ministry launched an anti-dumping investigation on Monday into pork and pork products imported from the European Union, days after Brussels moved to put extra duties on Chinese electric cars.

The ministry said the inquiry followed a complaint from the domestic pig industry and would normally last a year. Spain, the Netherlands and Denmark are the largest European suppliers of pork to China.

Spanish Agriculture Minister Luis Planas said Madrid wanted the investigation closed without duties and would work with the Commission to defend Spanish producers. He said Spain's pork exporters played by the rules.

Beijing has already been investigating imports of brandy from the EU since January, a case that mainly concerns French cognac. A French government spokeswoman said Paris expected China to end the brandy probe and would not accept farmers being used as hostages in a dispute about cars.

European pork shares fell in early trading.""",
    [("china", "drop-retaliation", O, "launched an anti-dumping investigation on Monday into pork and pork products", T),
     ("spain", "drop-retaliation", S, "Madrid wanted the investigation closed without duties", T),
     ("france", "drop-retaliation", S, "Paris expected China to end the brandy probe", T)])

art("004", "2024-06-22T16:40:00Z", "eastgate-courier", "wang-dombrovskis-video-call",
    "EU and China agree to talks on car duties after video call",
    """BRUSSELS, Jun 22 (Eastgate Courier) - EU trade chief Valdis Dombrovskis and Chinese Commerce Minister Wang Wentao agreed on Saturday to start consultations on the European Union's planned duties on Chinese electric vehicles, both sides said.

Wang urged the EU to drop what he called an unjustified investigation and to remove the duties, according to a statement from his ministry. He said China would defend its interests resolutely if Europe did not change course.

Dombrovskis said the call had been candid and constructive. He said the EU's investigation had been carried out in full compliance with trade rules and that the duties would still apply from July 4 unless the talks delivered a solution that fully addressed the subsidies.

The China Chamber of Commerce to the EU said it hoped the consultations would lead to the duties being withdrawn. Wang spoke to Dombrovskis by video link from Beijing.""",
    [("china", "ev-tariffs", O, "Wang urged the EU to drop what he called an unjustified investigation", T),
     ("commission", "ev-tariffs", S, "the duties would still apply from July 4", T)])

art("005", "2024-07-04T07:10:00Z", "continental-wire", "provisional-duties-take-effect",
    "EU duties on Chinese electric cars take effect",
    """BRUSSELS, Jul 4 (Continental Wire) - Provisional EU duties of up to 37.6% on electric vehicles made in China came into force on Thursday, after talks between Brussels and Beijing failed to produce a settlement in time.

Importers will have to provide guarantees for the duties, which will only be collected if the measures are confirmed by November. The Commission slightly lowered some rates after correcting calculation errors.

A Commission spokesman said the door remained open to a negotiated outcome. The EU executive would look at price undertakings, under which exporters commit to minimum prices, but only if they were compatible with WTO rules, fully removed the harmful effect of the subsidies and could be monitored and enforced.

China's commerce ministry said the duties lacked any factual or legal basis and urged the EU to correct its wrong practice immediately.

The provisional measures last four months. Member states will vote later in the year on whether to turn them into five-year duties.""",
    [("commission", "ev-tariffs", S, "Provisional EU duties of up to 37.6% on electric vehicles made in China", T),
     ("commission", "price-undertakings", C, "but only if they were compatible with WTO rules", T),
     ("china", "ev-tariffs", O, "the duties lacked any factual or legal basis", T)])

art("006", "2024-07-05T12:20:00Z", "tidewater-herald", "german-carmakers-call-for-deal",
    "German carmakers urge negotiated deal as EU car duties bite",
    """MUNICH, Jul 5 (Tidewater Herald) - Germany's carmakers on Friday stepped up their campaign against the EU's duties on Chinese electric vehicles, saying a deal on minimum prices would be better for everyone than tariffs.

BMW Chief Executive Oliver Zipse said the provisional duties were the wrong path and would harm European companies as much as Chinese ones. BMW builds its electric Mini and iX3 models in China for export.

Mercedes-Benz boss Ola Kallenius called for the duties to be lowered rather than raised, and said the EU should use the four months before a final decision to negotiate.

The VDA industry association said a negotiated arrangement in which Chinese exporters commit to minimum prices would be the best way to end the dispute. Volkswagen said the timing of the duties was wrong.

BYD, China's biggest electric carmaker, confirmed it was going ahead with a factory in Szeged, Hungary, which would allow it to avoid import duties. Hungary has courted Chinese investment for years.""",
    [("german-car-industry", "ev-tariffs", O, "the provisional duties were the wrong path", T),
     ("german-car-industry", "price-undertakings", S, "a deal on minimum prices would be better for everyone than tariffs", T),
     ("german-car-industry", "price-undertakings", S, "would be the best way to end the dispute", T)])

art("007", "2024-07-16T17:45:00Z", "lowland-dispatch", "member-states-advisory-vote",
    "EU countries give mixed backing to Chinese car duties in advisory vote",
    """BRUSSELS, Jul 16 (Lowland Dispatch) - Twelve EU governments backed the provisional duties on Chinese electric vehicles in a non-binding vote, while four opposed them and eleven abstained, people familiar with the outcome said on Tuesday.

France, Italy and Spain were among those voting in favour, the people said. Germany abstained.

Spain's economy ministry confirmed it had voted in favour and said the Commission had built a solid case that Chinese subsidies were distorting the market. A ministry official said Madrid wanted a level playing field for Europe's car plants.

The vote was only a consultation and does not bind the Commission. A binding vote on definitive duties is due in the autumn, when a qualified majority of member states representing 65% of the EU population would be needed to block them.

Diplomats said the number of abstentions showed that many capitals were wary of Beijing's reaction. Talks between Commission officials and Chinese counterparts continued in Brussels.""",
    [("france", "ev-tariffs", S, "France, Italy and Spain were among those voting in favour", F),
     ("spain", "ev-tariffs", S, "Spain's economy ministry confirmed it had voted in favour", T)])

art("008", "2024-07-19T10:05:00Z", "eastgate-courier", "orban-tariffs-economic-cold-war",
    "Orban says EU car tariffs are a step towards an economic cold war",
    """BUDAPEST, Jul 19 (Eastgate Courier) - Hungarian Prime Minister Viktor Orban said on Friday that the EU's duties on Chinese electric cars were a mistake that would push Europe towards an economic cold war with China.

Speaking on state radio, Orban said Hungary would not support punitive duties on Chinese vehicles and that Europe needed Chinese investment to stay competitive. He said the tariffs would only raise prices for European consumers.

Hungary holds the rotating presidency of the EU Council until December. Orban has cultivated close ties with Beijing, and Chinese companies including BYD and battery maker CATL are building plants in the country.

Opposition politicians in Budapest accused the government of putting Chinese interests before European ones. Some economists said the duties could in fact help Hungary by encouraging more Chinese carmakers to build factories inside the EU.""",
    [("hungary", "ev-tariffs", O, "Hungary would not support punitive duties on Chinese vehicles", T),
     ("hungary", "ev-tariffs", O, "the EU's duties on Chinese electric cars were a mistake", T)])

art("009", "2024-08-20T14:00:00Z", "continental-wire", "commission-draft-final-duties-rejects-offers",
    "EU trims Chinese EV duty rates, rejects exporters' price offers",
    """BRUSSELS, Aug 20 (Continental Wire) - The European Commission on Tuesday set out its planned final duties on Chinese electric vehicles, slightly lowering some rates and proposing a 9% duty for Tesla's China-made cars.

The Commission said it had rejected the price undertaking offers submitted by Chinese exporters because none of them would have removed the harmful effect of the subsidies or could be effectively monitored. It said such undertakings were not an adequate substitute for duties in this case.

BYD would face an extra duty of 17%, Geely 19.3% and SAIC 36.3% under the draft. Companies have ten days to comment before the proposal is put to member states.

China's commerce ministry said it firmly opposed the draft findings and urged the EU to stop down a path of protectionism.

The China Chamber of Commerce to the EU said the revised rates were still unacceptable.""",
    [("commission", "ev-tariffs", S, "set out its planned final duties on Chinese electric vehicles", T),
     ("commission", "price-undertakings", O, "such undertakings were not an adequate substitute for duties in this case", T),
     ("china", "ev-tariffs", O, "China's commerce ministry said it firmly opposed the draft findings", T)])

art("010", "2024-08-20T16:25:00Z", "lowland-dispatch", "eu-lowers-ev-duties-tesla-nine-percent",
    "EU lowers some Chinese EV duties, turns down price commitments",
    """BRUSSELS, Aug 20 (Lowland Dispatch) - The European Commission on Tuesday presented its planned final duties on electric cars made in China, cutting some rates a little and offering Tesla's Chinese-built vehicles a rate of 9%.

The Commission said it had turned down the price undertaking offers made by Chinese exporters, because none of them would have removed the harmful effect of the subsidies or could be properly monitored. Such undertakings were not an adequate substitute for duties in this case, it said.

Under the draft, BYD would pay an extra 17%, Geely 19.3% and SAIC 36.3%. The companies have ten days to respond before the proposal goes to EU governments.

China's commerce ministry said it firmly opposed the draft findings and called on Brussels to stop taking the path of protectionism.

The China Chamber of Commerce to the EU described the new rates as still unacceptable.""",
    [("commission", "ev-tariffs", S, "presented its planned final duties on electric cars made in China", T),
     ("commission", "price-undertakings", O, "Such undertakings were not an adequate substitute for duties in this case", T),
     ("china", "ev-tariffs", O, "China's commerce ministry said it firmly opposed the draft findings", T)])

art("011", "2024-08-21T09:30:00Z", "tidewater-herald", "china-dairy-subsidy-probe",
    "China launches anti-subsidy probe into EU dairy products",
    """BEIJING, Aug 21 (Tidewater Herald) - China opened an anti-subsidy investigation on Wednesday into some dairy products imported from the European Union, a day after Brussels published its planned final duties on Chinese electric cars.

The commerce ministry said the probe would examine fresh and processed cheeses, milk and cream, and would look at subsidy schemes in countries including France, Italy, Ireland and Denmark.

The investigation is the third China has opened into European farm goods this year, after brandy in January and pork in June.

Some trade analysts in Beijing said China was more likely to use the probes as bargaining chips than to impose heavy duties. "Beijing wants leverage before the autumn vote, not a full trade war," one said.

The Commission said it would follow the investigation closely and intervene as appropriate to make sure it complied with WTO rules. Dairy industry groups in Ireland said they were alarmed.""",
    [("china", "drop-retaliation", O, "China opened an anti-subsidy investigation on Wednesday into some dairy products", T)])

art("012", "2024-08-29T11:50:00Z", "eastgate-courier", "china-holds-off-brandy-duties",
    "China finds dumping of EU brandy but holds off on duties",
    """BEIJING, Aug 29 (Eastgate Courier) - China's commerce ministry said on Thursday that a preliminary ruling had found that brandy from the European Union was being dumped on its market, but that it had decided not to impose provisional duties for now.

The ministry said it remained willing to settle the brandy case through consultations with the EU, provided Europe showed sincerity in resolving the dispute over electric vehicles.

The investigation mainly concerns French cognac, and shares in Remy Cointreau and Pernod Ricard rose on the news. French producers have been worried for months that their largest export market outside the United States could be closed to them.

France's agriculture ministry said Paris would keep pushing for the probe to be closed altogether, saying French spirits makers had done nothing wrong.

The brandy probe was opened in January, shortly after France led calls for the EU's investigation into Chinese electric vehicle subsidies.""",
    [("china", "drop-retaliation", C, "it remained willing to settle the brandy case through consultations with the EU", T),
     ("france", "drop-retaliation", S, "Paris would keep pushing for the probe to be closed altogether", T)])

art("013", "2024-09-06T15:00:00Z", "continental-wire", "wang-europe-trip-no-comment",
    "Chinese commerce minister to visit Europe as vote nears",
    """BRUSSELS, Sep 6 (Continental Wire) - China's commerce minister is expected to travel to Europe this month for talks on the electric vehicle dispute, diplomats said on Friday, weeks before EU governments vote on definitive duties.

A Commission spokesman, Olof Gill, declined to say whether Beijing had submitted new offers or whether the trip would include a meeting with Dombrovskis.

Diplomats said Spain and some other governments that backed the duties in July might abstain this time, after a series of visits by Chinese officials. Others said Germany was unlikely to vote against the proposal openly because of divisions inside Chancellor Olaf Scholz's three-party coalition.

Bernd Lange, who chairs the European Parliament's trade committee, said he would back the duties and that price undertakings were unlikely to work with so many carmakers involved.

The definitive duties can only be blocked by a qualified majority of member states.""",
    [])

art("014", "2024-09-11T10:15:00Z", "tidewater-herald", "sanchez-reconsider-ev-duties",
    "Spain's Sanchez urges EU to reconsider duties on Chinese electric cars",
    """KUNSHAN, China, Sep 11 (Tidewater Herald) - Spanish Prime Minister Pedro Sanchez said on Wednesday that the European Union should reconsider its duties on electric vehicles made in China, in a shift from Madrid's earlier support for the measures.

"We need to reconsider, all of us, not only member states but also the Commission, our position towards this movement," Sanchez told reporters during a visit to China. He said Europe did not need another trade war and should seek a compromise with Beijing.

He said Spain would support the duties only if talks had failed to find a fair solution for both sides.

Spain's pork exports, worth more than 1 billion euros a year to China, have been under investigation by Beijing since June. Chinese carmaker Chery agreed earlier this year to build cars at a former Nissan plant in Barcelona.

Sanchez met President Xi Jinping on Monday. Chinese state media said Xi had told him that China hoped Spain would play a constructive role in relations with the EU.""",
    [("spain", "ev-tariffs", C, "Spain would support the duties only if talks had failed", T),
     ("spain", "ev-tariffs", C, "We need to reconsider, all of us", T)])

art("015", "2024-09-12T13:30:00Z", "lowland-dispatch", "commission-stands-by-duties-after-sanchez",
    "Brussels stands by car duties after Sanchez remarks; Berlin backs talks",
    """BRUSSELS, Sep 12 (Lowland Dispatch) - The European Commission said on Thursday it was not changing course on its duties on Chinese electric vehicles, a day after Spanish Prime Minister Pedro Sanchez urged the bloc to reconsider.

"The investigation will follow its course," a Commission spokesman said. He added that the Commission still intended to put definitive duties to a vote by member states.

In Berlin, a German government spokesman said Chancellor Olaf Scholz remained opposed to the duties. Germany wanted a negotiated solution in which Chinese exporters commit to minimum prices for their cars, he said, and Berlin would support any agreement along those lines.

The spokesman declined to say how Germany would vote. Members of the Greens, one of Scholz's coalition partners, have said they could accept duties as a last resort.

Analysts said the Spanish remarks showed how effective Chinese pressure on individual capitals had become.""",
    [("commission", "ev-tariffs", S, "still intended to put definitive duties to a vote by member states", T),
     ("germany", "ev-tariffs", O, "Chancellor Olaf Scholz remained opposed to the duties", T),
     ("germany", "price-undertakings", S, "Berlin would support any agreement along those lines", T)])

art("016", "2024-09-19T18:20:00Z", "eastgate-courier", "wang-dombrovskis-brussels-price-talks",
    "EU and China to keep talking on minimum prices after Brussels meeting",
    """BRUSSELS, Sep 19 (Eastgate Courier) - The European Union and China agreed on Thursday to continue technical talks on whether minimum-price commitments from Chinese carmakers could replace EU duties on electric vehicles, after Commerce Minister Wang Wentao met EU trade chief Valdis Dombrovskis.

Wang told reporters that China had put forward a proposal on price undertakings and wanted a solution in which the duties would not be imposed. He said China would make every effort until the last minute.

Dombrovskis said the Commission was ready to examine a new offer from Beijing, as long as it was effective in removing the harmful subsidies, could be enforced and was consistent with WTO rules. He noted that the offers rejected a month earlier had not met that standard.

The Commission said in a statement that both sides would work on an effective, enforceable and WTO-compatible solution.

Wang was due to travel on to Germany and Italy.""",
    [("china", "price-undertakings", S, "China had put forward a proposal on price undertakings", T),
     ("china", "ev-tariffs", O, "wanted a solution in which the duties would not be imposed", T),
     ("commission", "price-undertakings", C, "the Commission was ready to examine a new offer from Beijing, as long as", T)])

art("017", "2024-09-24T08:45:00Z", "continental-wire", "vda-urges-no-vote",
    "German car lobby urges EU governments to vote down China duties",
    """BERLIN, Sep 24 (Continental Wire) - Germany's car industry association VDA called on EU governments on Tuesday to vote against the definitive duties on Chinese electric vehicles, saying they would do more harm than good.

VDA President Hildegard Mueller said the duties would not make European cars more competitive and risked retaliation against Europe's own exports. She urged the Commission and Beijing to agree on minimum prices instead.

BMW's Oliver Zipse said the vote was a chance to avoid a spiral of retaliation. Volkswagen, Europe's largest carmaker, said in a statement that the duties were the wrong approach and that a negotiated settlement was still possible.

The industry is under pressure at home: Volkswagen has warned it may have to close plants in Germany for the first time, and sales of electric cars fell sharply after Berlin ended purchase subsidies in December.

Chinese brands accounted for about a fifth of battery-electric cars imported into the EU last year, much of it built by Western companies such as Tesla.""",
    [("german-car-industry", "ev-tariffs", O, "called on EU governments on Tuesday to vote against the definitive duties", T),
     ("german-car-industry", "price-undertakings", S, "She urged the Commission and Beijing to agree on minimum prices instead", T),
     ("german-car-industry", "ev-tariffs", O, "the duties were the wrong approach", T)])

art("018", "2024-09-26T14:10:00Z", "tidewater-herald", "france-will-vote-for-duties",
    "France to vote for EV duties, warns Beijing over cognac",
    """PARIS, Sep 26 (Tidewater Herald) - France will vote in favour of the EU's definitive duties on Chinese electric vehicles, Economy Minister Antoine Armand said on Thursday, adding that Europe must be able to defend its industry against unfair competition.

Armand, appointed in last week's government reshuffle, said the duties were not protectionism but a response to documented subsidies. He said France would not bow to pressure on its exports.

He also said China's investigation into European brandy was unjustified and should be dropped. Cognac makers, concentrated in the southwest, say the probe has already cut orders.

President Emmanuel Macron pushed for the original anti-subsidy investigation in 2023. French officials have not said publicly whether they would accept a deal on minimum prices instead of duties.

The Paris motor show opens next month, with several Chinese brands among the exhibitors.""",
    [("france", "ev-tariffs", S, "France will vote in favour of the EU's definitive duties", T),
     ("france", "drop-retaliation", S, "China's investigation into European brandy was unjustified and should be dropped", T)])

art("019", "2024-10-02T16:00:00Z", "lowland-dispatch", "berlin-vote-undecided-coalition",
    "Berlin's vote on China car duties remains unclear on eve of decision",
    """BERLIN, Oct 2 (Lowland Dispatch) - Germany's government had still not announced on Wednesday how it would vote on EU duties on Chinese electric vehicles, two days before member states decide.

A government spokesman declined to say whether Germany would abstain or vote against, saying only that consultations within the coalition were continuing.

The pro-business Free Democrats, one of the three coalition parties, said on social media that the Commission must not start a trade war. Green lawmakers said the EU needed tools to respond to Chinese subsidies.

Analysts at a Berlin think tank said Scholz was likely to side with the carmakers, but that a German no vote would not be enough to block the duties without support from other large countries.

"Berlin's position will say more about Germany's China policy than about cars," one analyst said. Talks between EU and Chinese officials were continuing in Brussels.""",
    [])

art("020", "2024-10-03T19:30:00Z", "eastgate-courier", "scholz-orders-no-vote",
    "Scholz tells ministers Germany will vote against EU car duties, sources say",
    """BERLIN, Oct 3 (Eastgate Courier) - Chancellor Olaf Scholz has decided that Germany will vote against the EU's definitive duties on electric cars made in China, two government sources said on Thursday, overruling coalition partners who wanted to abstain.

The sources said Scholz had used his authority to set policy guidelines to settle the matter. His office did not comment.

The decision comes after weeks of lobbying by Volkswagen, BMW and Mercedes-Benz, which sell around a third of their cars in China.

Even with Germany voting no, diplomats expect the duties to go ahead, because a qualified majority against them looks out of reach.

The Commission has said that talks with China on a possible alternative will continue whatever the result.""",
    [("germany", "ev-tariffs", O, "Germany will vote against the EU's definitive duties", F)])

art("021", "2024-10-04T13:20:00Z", "continental-wire", "member-states-vote-duties-pass",
    "EU states let China car duties go ahead; Germany votes no, Spain abstains",
    """BRUSSELS, Oct 4 (Continental Wire) - EU governments on Friday allowed the European Commission to impose definitive duties of up to 35.3% on electric vehicles made in China, after too few countries voted to block them.

Ten member states, including France, Italy and Poland, voted in favour. Five, among them Germany and Hungary, voted against, and twelve abstained, including Spain.

Spain's Economy Minister Carlos Cuerpo said Madrid had abstained because it wanted to give negotiations with Beijing every chance, and would favour duties only if those talks failed.

The Commission said it had secured the necessary support and would continue to work with China on an alternative solution, which must be fully effective and WTO-compatible.

Hungarian Foreign Minister Peter Szijjarto said Budapest had voted no because Europe should not start a trade war with China. A German government spokesman said Germany had voted against because it wanted a negotiated solution.""",
    [("france", "ev-tariffs", S, "Ten member states, including France, Italy and Poland, voted in favour", T),
     ("germany", "ev-tariffs", O, "Five, among them Germany and Hungary, voted against", T),
     ("hungary", "ev-tariffs", O, "Five, among them Germany and Hungary, voted against", T),
     ("spain", "ev-tariffs", C, "would favour duties only if those talks failed", T),
     ("commission", "ev-tariffs", S, "allowed the European Commission to impose definitive duties of up to 35.3%", T),
     ("commission", "price-undertakings", C, "would continue to work with China on an alternative solution", T),
     ("hungary", "ev-tariffs", O, "Budapest had voted no because Europe should not start a trade war", T),
     ("germany", "price-undertakings", S, "Germany had voted against because it wanted a negotiated solution", T)])

art("022", "2024-10-04T15:05:00Z", "tidewater-herald", "duties-clear-vote-germany-against",
    "China EV duties clear EU vote despite German opposition",
    """BRUSSELS, Oct 4 (Tidewater Herald) - EU governments on Friday let the European Commission go ahead with definitive duties of up to 35.3% on electric vehicles built in China, as not enough countries voted to stop them.

France, Italy and Poland were among ten member states that voted in favour. Five, among them Germany and Hungary, voted against, while twelve abstained, Spain among them.

Spanish Economy Minister Carlos Cuerpo said Madrid abstained to give talks with Beijing every chance and would favour duties only if those talks failed.

The Commission said it had the support it needed and would continue to work with China on an alternative solution that must be fully effective and WTO-compatible.

Budapest voted no because Europe should not start a trade war with China, Hungarian Foreign Minister Peter Szijjarto said. A German government spokesman said Germany had voted against because it wanted a negotiated solution.""",
    [("france", "ev-tariffs", S, "France, Italy and Poland were among ten member states that voted in favour", T),
     ("germany", "ev-tariffs", O, "Five, among them Germany and Hungary, voted against", T),
     ("hungary", "ev-tariffs", O, "Five, among them Germany and Hungary, voted against", T),
     ("spain", "ev-tariffs", C, "would favour duties only if those talks failed", T),
     ("commission", "ev-tariffs", S, "let the European Commission go ahead with definitive duties of up to 35.3%", T),
     ("commission", "price-undertakings", C, "would continue to work with China on an alternative solution", T),
     ("hungary", "ev-tariffs", O, "Budapest voted no because Europe should not start a trade war", T),
     ("germany", "price-undertakings", S, "Germany had voted against because it wanted a negotiated solution", T)])

art("023", "2024-10-05T07:40:00Z", "lowland-dispatch", "beijing-reacts-vote-vda",
    "Beijing says it will defend its carmakers after EU vote",
    """BEIJING, Oct 5 (Lowland Dispatch) - China's commerce ministry said on Saturday it firmly opposed the EU's decision to proceed with duties on Chinese electric vehicles and would take all necessary measures to protect its companies.

The ministry said in a statement that China was still prepared to continue negotiations on price undertakings and hoped the EU would show flexibility. It accused the Commission of holding separate price talks with individual carmakers, which it said would undermine trust.

In Germany, VDA President Hildegard Mueller called the vote a fatal signal for European industry. Volkswagen said it still hoped for a negotiated deal, adding that the duties would not strengthen the competitiveness of the European car industry.

The China Chamber of Commerce to the EU said Chinese companies felt betrayed and urged member states to reconsider. Chinese exports of electric cars to Europe fell in September for the third month running.""",
    [("china", "ev-tariffs", O, "firmly opposed the EU's decision to proceed with duties on Chinese electric vehicles", T),
     ("china", "price-undertakings", S, "China was still prepared to continue negotiations on price undertakings", T),
     ("german-car-industry", "ev-tariffs", O, "called the vote a fatal signal for European industry", T),
     ("german-car-industry", "price-undertakings", S, "Volkswagen said it still hoped for a negotiated deal", T)])

art("024", "2024-10-08T10:30:00Z", "eastgate-courier", "china-provisional-brandy-measures",
    "China imposes provisional measures on EU brandy days after car vote",
    """BEIJING, Oct 8 (Eastgate Courier) - China will require importers of brandy from the European Union to pay deposits of up to 39% from Friday, the commerce ministry said on Tuesday, days after EU governments approved duties on Chinese electric cars.

The ministry said the provisional anti-dumping measures were needed because dumped brandy was threatening substantial damage to Chinese producers. It also said it was studying a possible increase in tariffs on imported large-engine petrol cars, but gave no details.

France's Agriculture Minister Annie Genevard said the decision was a blow to a French industry that had nothing to do with electric vehicles, and that France would keep fighting to have the probe ended.

The Commission said it considered the measures unfounded and would challenge them at the World Trade Organization. Brandy exports to China were worth about 1.6 billion euros last year.

Spanish pork and European dairy products remain under investigation.""",
    [("china", "drop-retaliation", O, "China will require importers of brandy from the European Union to pay deposits", T),
     ("china", "large-engine-tariffs", C, "it was studying a possible increase in tariffs on imported large-engine petrol cars", T),
     ("france", "drop-retaliation", S, "France would keep fighting to have the probe ended", T),
     ("commission", "drop-retaliation", S, "considered the measures unfounded and would challenge them at the World Trade Organization", T)])

art("025", "2024-10-10T12:00:00Z", "continental-wire", "large-engine-car-tariff-warning",
    "German industry warns Beijing against tariffs on big-engine cars",
    """BERLIN, Oct 10 (Continental Wire) - Germany's car industry warned China on Thursday against raising tariffs on imported petrol cars with large engines, saying such a move would hurt German premium brands and escalate the dispute over electric vehicles.

VDA President Hildegard Mueller said higher duties on large-engine cars would be the wrong answer and would punish companies that had argued against the EU's duties. BMW and Mercedes-Benz export many of their biggest models to China from Germany.

A German government spokesman said Berlin opposed any increase in Chinese tariffs on European cars and urged both sides to avoid a tit-for-tat escalation.

Beijing hinted this week that such a step was possible. Asked on Thursday whether a decision was close, a ministry spokesperson declined to say.

Chinese officials are due in Brussels later this month for another round of technical talks.""",
    [("german-car-industry", "large-engine-tariffs", O, "higher duties on large-engine cars would be the wrong answer", T),
     ("germany", "large-engine-tariffs", O, "Berlin opposed any increase in Chinese tariffs on European cars", T)])

art("026", "2024-10-14T17:15:00Z", "tidewater-herald", "macron-paris-motor-show",
    "Macron tells Paris motor show Europe must defend its carmakers",
    """PARIS, Oct 14 (Tidewater Herald) - President Emmanuel Macron said on Monday that Europe was right to put duties on subsidised Chinese electric cars, as he toured the Paris motor show where Chinese brands are showing off cheaper models.

Macron said Europe could not remain open to competition that did not respect the rules, and that the duties were a fair response. He said Europe had to protect its industry while still welcoming Chinese carmakers that invested and built factories in Europe.

BYD and Leapmotor are among the Chinese companies exhibiting at the show, held in Paris every two years. Renault's chief executive said European carmakers needed time to close a cost gap with Chinese rivals.

Macron did not say whether France would accept a deal on minimum prices. Officials at the French economy ministry said that question was for the Commission.

Sales of Chinese-built electric cars in France have slowed since the provisional duties took effect in July.""",
    [("france", "ev-tariffs", S, "Europe was right to put duties on subsidised Chinese electric cars", T),
     ("france", "ev-tariffs", S, "the duties were a fair response", T)])

art("027", "2024-10-25T15:30:00Z", "lowland-dispatch", "beijing-technical-talks-gaps-remain",
    "EU-China price talks end with gaps remaining",
    """BEIJING, Oct 25 (Lowland Dispatch) - A week of technical talks between EU and Chinese officials on replacing duties on Chinese electric vehicles with minimum-price commitments ended on Friday without agreement, both sides said.

The talks were held in Beijing after a Commission team travelled to China. The Commission said the discussions had been intensive and that it remained open to price undertakings, provided they addressed the subsidies and could be monitored. It said significant gaps remained.

China's commerce ministry said progress had been made and that price undertakings were the right way to settle the dispute. It urged Brussels to show more flexibility.

Trade experts said it would be difficult to agree on minimum prices for dozens of models with different specifications, and that the Commission might prefer to let the duties run. The Commission must publish its final decision by the end of October.""",
    [("commission", "price-undertakings", C, "it remained open to price undertakings, provided they addressed the subsidies", T),
     ("china", "price-undertakings", S, "price undertakings were the right way to settle the dispute", T)])

art("028", "2024-10-29T18:00:00Z", "eastgate-courier", "commission-adopts-definitive-duties",
    "EU imposes five-year duties on Chinese electric cars",
    """BRUSSELS, Oct 29 (Eastgate Courier) - The European Commission on Tuesday adopted definitive duties of up to 35.3% on electric vehicles made in China, to apply for five years from Wednesday.

EU trade chief Valdis Dombrovskis said the duties were a proportionate response to unfair subsidies and that Europe welcomed competition but it had to be fair. He said the EU would keep working with China on price undertakings that were effective and enforceable.

China's commerce ministry said it did not agree with and did not accept the ruling, and had filed a challenge at the World Trade Organization. It said it would keep taking measures to safeguard the rights of Chinese firms.

The duties range from 7.8% for Tesla to 35.3% for SAIC and other companies that did not cooperate with the investigation. They come on top of the standard 10% import tariff.

Analysts said China's pork and dairy investigations were likely to run their full course.""",
    [("commission", "ev-tariffs", S, "adopted definitive duties of up to 35.3% on electric vehicles made in China", T),
     ("commission", "ev-tariffs", S, "the duties were a proportionate response to unfair subsidies", T),
     ("commission", "price-undertakings", C, "keep working with China on price undertakings that were effective and enforceable", T),
     ("china", "ev-tariffs", O, "it did not agree with and did not accept the ruling", T)])

art("029", "2024-10-30T09:45:00Z", "continental-wire", "berlin-carmakers-react-definitive-duties",
    "Berlin and carmakers say they will keep pressing for a deal",
    """BERLIN, Oct 30 (Continental Wire) - The German government said on Wednesday it would keep pressing for a negotiated settlement with China after EU duties on Chinese electric vehicles took effect.

A government spokesman said Germany's rejection of the duties was unchanged and that Berlin would back a deal on minimum prices if one could be reached. He said the priority was to prevent an escalation that would hurt German exporters.

BMW said the duties were a mistake and would not help Europe's carmakers. Mercedes-Benz said free and fair trade was the basis of prosperity. Volkswagen said it would examine the effect on its Cupra Tavascan, which is built in China.

Chinese carmakers have already begun to shift to hybrid models, which are not covered by the duties. Several are looking at building factories in Europe, in countries such as Hungary and Spain.""",
    [("germany", "ev-tariffs", O, "Germany's rejection of the duties was unchanged", T),
     ("germany", "price-undertakings", S, "Berlin would back a deal on minimum prices if one could be reached", T),
     ("german-car-industry", "ev-tariffs", O, "BMW said the duties were a mistake", T)])

art("030", "2024-11-12T11:20:00Z", "tidewater-herald", "szijjarto-chinese-investment-no-tariffs",
    "Hungary says it will never back duties on Chinese cars",
    """BUDAPEST, Nov 12 (Tidewater Herald) - Hungary will never support duties that shut Chinese cars out of Europe, Foreign Minister Peter Szijjarto said on Tuesday, as he welcomed another Chinese supplier to the country.

Szijjarto said the EU's duties on Chinese electric vehicles were harmful to European consumers and carmakers alike. He said Hungary would keep pressing in Brussels for them to be scrapped, and that Chinese investment was good for Hungarian jobs.

The BYD plant in Szeged is due to start production next year. Hungary's government has offered large subsidies to Chinese battery and car companies.

Critics in Budapest say the government's approach leaves Hungary dependent on Beijing. A Commission spokesman declined to comment on Szijjarto's remarks.

Separately, China's commerce ministry said it would extend its investigation into European pork by six months, to June 2025.""",
    [("hungary", "ev-tariffs", O, "Hungary will never support duties that shut Chinese cars out of Europe", T),
     ("hungary", "ev-tariffs", O, "keep pressing in Brussels for them to be scrapped", T),
     ("china", "drop-retaliation", O, "it would extend its investigation into European pork by six months", T)])

SHIFTS = [
    {"actor": "commission", "issue": "price-undertakings", "from": C, "to": O, "article": "009",
     "why": "The Commission says it rejected the exporters' price undertaking offers and that undertakings are no adequate substitute for duties; in 005 it was open to them under conditions."},
    {"actor": "china", "issue": "drop-retaliation", "from": O, "to": C, "article": "012",
     "why": "The commerce ministry holds off on brandy duties and says it is willing to settle the brandy case through consultations if the EU shows sincerity on EVs; it had opened the pork (003) and dairy (011) probes."},
    {"actor": "spain", "issue": "ev-tariffs", "from": S, "to": C, "article": "014",
     "why": "Sanchez says the EU should reconsider and that Spain would support the duties only if talks fail; in 007 Spain's economy ministry confirmed it voted for them."},
    {"actor": "commission", "issue": "price-undertakings", "from": O, "to": C, "article": "016",
     "why": "Dombrovskis says the Commission is ready to examine a new Chinese price offer as long as it is effective, enforceable and WTO-compatible, after rejecting the offers in 009."},
    {"actor": "china", "issue": "drop-retaliation", "from": C, "to": O, "article": "024",
     "why": "The commerce ministry imposes provisional anti-dumping deposits on EU brandy, reversing the hold-off and openness to consultations of 012."},
]

WATCHLIST = """# eu-china-ev-tariffs-2024: tracked actors and issues (2024 dispute over EU duties on Chinese electric vehicles).
# An issue is a proposition under negotiation; a stance is an actor's position on that proposition
# (support | oppose | conditional). Aliases include people, capitals and institutions used as metonyms.
# Capitals are also used as plain locations ("talks were held in Beijing"); such mentions carry no stance.

actors:
  - id: commission
    name: European Commission (EU executive, trade policy)
    aliases: [European Commission, the Commission, Commission, EU executive, Brussels, Ursula von der Leyen, von der Leyen, Valdis Dombrovskis, Dombrovskis, Olof Gill]
  - id: china
    name: China (government and commerce ministry)
    aliases: [China, Chinese government, Beijing, commerce ministry, Ministry of Commerce, MOFCOM, Wang Wentao, Wang, He Yadong, Xi Jinping, Xi]
  - id: germany
    name: Germany (federal government)
    aliases: [Germany, German government, Berlin, Olaf Scholz, Scholz, Steffen Hebestreit, Hebestreit]
  - id: france
    name: France
    aliases: [France, French government, Paris, Emmanuel Macron, Macron, Antoine Armand, Armand, Annie Genevard, Genevard]
  - id: spain
    name: Spain
    aliases: [Spain, Spanish government, Madrid, Pedro Sanchez, Sanchez, Carlos Cuerpo, Cuerpo, Luis Planas, Planas]
  - id: hungary
    name: Hungary
    aliases: [Hungary, Hungarian government, Budapest, Viktor Orban, Orban, Peter Szijjarto, Szijjarto]
  - id: german-car-industry
    name: German car industry (VDA and German carmakers)
    aliases: [German car industry, German carmakers, VDA, German Association of the Automotive Industry, Hildegard Mueller, Volkswagen, VW, BMW, Oliver Zipse, Zipse, Mercedes-Benz, Mercedes, Ola Kallenius, Kallenius]

issues:
  - id: ev-tariffs
    name: The EU imposes countervailing duties on electric vehicles made in China
    description: The European Union puts provisional and then definitive anti-subsidy duties on battery-electric cars imported from China.
    terms: [tariffs on Chinese EVs, countervailing duties, anti-subsidy duties, electric vehicle tariffs, EV duties]
  - id: price-undertakings
    name: The EU and China settle the EV dispute with minimum-price undertakings instead of duties
    description: Chinese exporters commit to minimum import prices (price undertakings) that replace the EU's countervailing duties.
    terms: [price undertakings, minimum prices, price commitments, negotiated solution, price floor]
  - id: drop-retaliation
    name: China drops its trade probes into European pork, dairy and brandy
    description: China closes its anti-dumping and anti-subsidy investigations into EU pork, dairy and brandy without imposing measures.
    terms: [brandy probe, cognac, pork investigation, dairy investigation, anti-dumping, retaliation]
  - id: large-engine-tariffs
    name: China raises import tariffs on large-engine cars from Europe
    description: China increases its tariff on imported petrol cars with big engines, which mainly hits German premium brands.
    terms: [large-engine cars, big-engine cars, car import tariff, 25% tariff, petrol cars]

baseline:
  - {actor: commission, issue: ev-tariffs, stance: support}
  - {actor: china, issue: ev-tariffs, stance: oppose}
  - {actor: france, issue: ev-tariffs, stance: support}
  - {actor: spain, issue: ev-tariffs, stance: support}
  - {actor: germany, issue: ev-tariffs, stance: oppose}
  - {actor: german-car-industry, issue: ev-tariffs, stance: oppose}
  - {actor: china, issue: drop-retaliation, stance: oppose}
  - {actor: france, issue: drop-retaliation, stance: support}
"""


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def url_for(a):
    aid, pub, outlet, slug = a[0], a[1], a[2], a[3]
    y, m, d = pub[:4], pub[5:7], pub[8:10]
    return f"https://example.org/{outlet}/{y}/{m}/{d}/{slug}"


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in A:
        aid, pub, outlet, slug, title, text, _ = a
        doc = {"id": aid, "published": pub, "source": OUTLETS[outlet], "url": url_for(a), "title": title, "text": text}
        with open(os.path.join(HERE, "articles", f"{aid}.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
    for key, name in OUTLETS.items():
        items = [a for a in A if a[2] == key]
        last = max(a[1] for a in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>", f"    <link>https://example.org/{key}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch eu-china-ev-tariffs-2024 eval set</description>",
               "    <language>en</language>", f"    <lastBuildDate>{rfc822(last)}</lastBuildDate>"]
        for a in items:
            u = url_for(a)
            out += ["    <item>", f"      <title>{escape(a[4])}</title>", f"      <link>{escape(u)}</link>",
                    f'      <guid isPermaLink="true">{escape(u)}</guid>', f"      <pubDate>{rfc822(a[1])}</pubDate>",
                    f"      <description>{escape(a[5])}</description>", "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", f"{key}.xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    claims = {a[0]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]} for c in a[6]] for a in A}
    shift_ids = {s["article"] for s in SHIFTS}
    labels = {"claims": claims, "shifts": SHIFTS, "no_alert_articles": [a[0] for a in A if a[0] not in shift_ids]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "watchlist.yaml"), "w", encoding="utf-8") as f:
        f.write(WATCHLIST)


def parse_watchlist_ids():
    actors = re.findall(r"^  - id: (\S+)\n    name:", WATCHLIST.split("issues:")[0], re.M)
    issues = re.findall(r"^  - id: (\S+)\n    name:", WATCHLIST.split("issues:")[1].split("baseline:")[0], re.M)
    base = re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\S+)\}", WATCHLIST)
    return set(actors), set(issues), base


def validate():
    errs = []
    actors, issues, base = parse_watchlist_ids()
    ids = [a[0] for a in A]
    if ids != [f"{i:03d}" for i in range(1, len(A) + 1)]:
        errs.append("ids not consecutive")
    if [a[1] for a in A] != sorted(a[1] for a in A):
        errs.append("ids not in publication order")
    if len({url_for(a) for a in A}) != len(A):
        errs.append("duplicate urls")
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    if files != ids or sorted(labels["claims"]) != ids:
        errs.append("article files / label ids mismatch")
    for a in A:
        aid, text = a[0], a[5]
        doc = json.load(open(os.path.join(HERE, "articles", f"{aid}.json"), encoding="utf-8"))
        n = len(text.split())
        if not 120 <= n <= 260:
            errs.append(f"{aid}: {n} words")
        if not re.match(r"^[A-Z][A-Z, a-z]+, [A-Z][a-z]{2} \d{1,2} \(" + re.escape(OUTLETS[a[2]]) + r"\) - ", text):
            errs.append(f"{aid}: dateline")
        for c in labels["claims"][aid]:
            if c["quote"] not in doc["text"]:
                errs.append(f"{aid}: quote not in text: {c['quote']}")
            if len(c["quote"].split()) > 15:
                errs.append(f"{aid}: quote > 15 words: {c['quote']}")
            if c["actor"] not in actors or c["issue"] not in issues or c["stance"] not in (S, O, C):
                errs.append(f"{aid}: unknown actor/issue/stance {c}")
    for b in base:
        if b[0] not in actors or b[1] not in issues:
            errs.append(f"baseline unknown {b}")
    # Replays the labels: every shift must be the first attributed change of prevailing stance, and vice versa.
    prev = {(b[0], b[1]): b[2] for b in base}
    derived = []
    for aid in ids:
        seen = set()
        for c in labels["claims"][aid]:
            k = (c["actor"], c["issue"])
            if not c["attributed"] or k in seen:
                continue
            seen.add(k)
            if k in prev and prev[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], prev[k], c["stance"], aid))
            prev[k] = c["stance"]
    # duplicate copies (010, 022) restate what their originals already moved
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if derived != labelled:
        errs.append(f"shift replay mismatch: derived {derived} vs labelled {labelled}")
    for s in SHIFTS:
        if not s.get("why"):
            errs.append("shift without why")
    for key in OUTLETS:
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f"{key}.xml")], capture_output=True, text=True)
        if r.returncode != 0:
            errs.append(f"xmllint {key}: {r.stderr.strip()}")
    return errs


def stats():
    from collections import Counter
    cl = [c for a in A for c in a[6]]
    print("articles", len(A), "claims", len(cl), dict(Counter(c[2] for c in cl)),
          "unattributed", sum(1 for c in cl if not c[4]), "shifts", len(SHIFTS),
          "empty", [a[0] for a in A if not a[6]], "by outlet", dict(Counter(a[2] for a in A)))
    print("words min/max", min(len(a[5].split()) for a in A), max(len(a[5].split()) for a in A))


if __name__ == "__main__":
    build()
    e = validate()
    stats()
    if e:
        print("\n".join(e))
        sys.exit(1)
    print("OK")
