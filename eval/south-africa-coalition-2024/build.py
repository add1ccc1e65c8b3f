#!/usr/bin/env python3
"""Build and validate the south-africa-coalition-2024 eval set. Self-contained: python3 build.py"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    'southern-wire': 'Southern Wire',
    'cape-courier': 'Cape Courier',
    'highveld-post': 'Highveld Post',
    'indian-ocean-times': 'Indian Ocean Times',
}

WATCHLIST = """# south-africa-coalition-2024: tracked actors and issues.
# An issue is a proposition under negotiation; a stance is an actor's position on it
# (support | oppose | conditional). Aliases include leaders, spokespeople, headquarters and
# seats of government used as metonyms; Luthuli House, the Union Buildings and Nkandla also
# appear as plain places ("the cabinet was announced at the Union Buildings"), which carry no stance.

actors:
  - id: anc
    name: African National Congress (ANC) and President Cyril Ramaphosa
    aliases: [ANC, African National Congress, Cyril Ramaphosa, Ramaphosa, President Ramaphosa, Fikile Mbalula, Mbalula, Gwede Mantashe, Mantashe, Luthuli House, Union Buildings, the Presidency]
  - id: da
    name: Democratic Alliance (DA)
    aliases: [DA, Democratic Alliance, John Steenhuisen, Steenhuisen, Helen Zille, Zille, Siviwe Gwarube]
  - id: mk
    name: uMkhonto weSizwe (MK) party of Jacob Zuma
    aliases: [MK party, MK, uMkhonto weSizwe, uMkhonto weSizwe party, Jacob Zuma, Zuma, Nhlamulo Ndhlela, Ndhlela, Nkandla]
  - id: eff
    name: Economic Freedom Fighters (EFF)
    aliases: [EFF, Economic Freedom Fighters, Julius Malema, Malema, Sinawo Thambo]
  - id: ifp
    name: Inkatha Freedom Party (IFP)
    aliases: [IFP, Inkatha Freedom Party, Velenkosini Hlabisa, Hlabisa]
  - id: business
    name: Organised business (BUSA and BLSA)
    aliases: [Business Unity South Africa, BUSA, Business Leadership South Africa, BLSA, Cas Coovadia, Coovadia, Busisiwe Mavuso, Mavuso, organised business]

issues:
  - id: gnu-with-da
    name: The DA joins an ANC-led government of national unity
    description: After the ANC lost its majority on May 29, 2024, the Democratic Alliance enters the national executive alongside the ANC in a multi-party government of national unity.
    terms: [government of national unity, GNU, coalition with the DA, ANC-DA deal, statement of intent, unity government]
  - id: ramaphosa-steps-aside
    name: Cyril Ramaphosa steps aside as the ANC's choice for president
    description: The ANC replaces Ramaphosa as its presidential candidate or leader, the MK party's precondition for coalition talks.
    terms: [Ramaphosa must step down, remove Ramaphosa, step aside, without Ramaphosa, new ANC leader]
  - id: results-set-aside
    name: The May 29 election results are set aside and the vote is rerun
    description: The announced national election result is annulled (by the Electoral Commission or a court) and a new vote is held.
    terms: [rigged election, set aside the results, rerun the election, recount, Electoral Court, vote rigging]
  - id: mk-ends-boycott
    name: The MK party abandons its boycott and takes up its seats in parliament
    description: MK's elected members of the National Assembly are sworn in and take part in parliament instead of staying away.
    terms: [boycott, take up seats, sworn in, first sitting, National Assembly, official opposition]
  - id: da-gets-trade
    name: The DA is given the trade and industry ministry
    description: The Democratic Alliance receives the trade, industry and competition portfolio in the new cabinet.
    terms: [trade and industry, trade ministry, DTIC, trade portfolio, cabinet posts, economic cluster]

# Known starting positions before the first article (none implies a shift).
baseline:
  - {actor: mk, issue: results-set-aside, stance: support}
  - {actor: mk, issue: ramaphosa-steps-aside, stance: support}
  - {actor: anc, issue: ramaphosa-steps-aside, stance: oppose}
  - {actor: eff, issue: gnu-with-da, stance: oppose}
"""

# (id, iso time, outlet, slug, title, paragraphs, claims[(actor, issue, stance, quote, attributed)])
A = []
def art(i, when, outlet, slug, title, paras, claims):
    A.append(dict(id=i, when=when, outlet=outlet, slug=slug, title=title, paras=paras, claims=claims))

art('001', '2024-06-01T09:30:00Z', 'southern-wire', 'zuma-warns-commission-not-to-declare-results',
    'Zuma warns electoral commission not to declare results',
    ["MIDRAND, Jun 1 (Southern Wire) - Former president Jacob Zuma said on Saturday that the election results should not be declared, accusing the Electoral Commission of failing to explain problems with its counting system during Wednesday's vote.",
     "Speaking at the national results centre in Midrand, Zuma said his uMkhonto weSizwe (MK) party, formed only six months ago, wanted the outcome set aside and a fresh vote held. His party has lodged hundreds of objections with the commission, and its officials said they had evidence of irregularities that they would put before a court.",
     "With almost all districts counted, the African National Congress stood at about 40%, far short of the majority it has held since 1994. The Democratic Alliance was second and MK third, ahead of the Economic Freedom Fighters.",
     "ANC secretary-general Fikile Mbalula told reporters the ANC had no reason to doubt the count and that parties with complaints should use the legal channels. The commission said the objections would be dealt with before the announcement on Sunday."],
    [('mk', 'results-set-aside', 'support', 'wanted the outcome set aside and a fresh vote held', True),
     ('anc', 'results-set-aside', 'oppose', 'the ANC had no reason to doubt the count', True)])

art('002', '2024-06-02T19:00:00Z', 'cape-courier', 'ramaphosa-urges-parties-accept-outcome',
    'Ramaphosa urges all parties to accept outcome as ANC majority ends',
    ["MIDRAND, Jun 2 (Cape Courier) - The Electoral Commission on Sunday declared the May 29 election free and fair, confirming that the ANC won 40.2% of the vote, the Democratic Alliance 21.8%, the MK party 14.6%, the EFF 9.5% and the Inkatha Freedom Party 3.9%.",
     "President Cyril Ramaphosa told the ceremony that the people had spoken and that all parties should respect their choice, whether they liked it or not. He said contesting the results through threats was not the way of a constitutional democracy.",
     "The commission said it had dismissed the objections filed by the MK party, which wants the results set aside and the election rerun. MK leaders did not attend the ceremony. Police said they had increased their presence around the centre.",
     "The ANC now needs partners to elect a president in the new National Assembly, which must sit within 14 days of the results."],
    [('anc', 'results-set-aside', 'oppose', 'all parties should respect their choice, whether they liked it or not', True),
     ('mk', 'results-set-aside', 'support', 'which wants the results set aside and the election rerun', False)])

art('003', '2024-06-03T11:00:00Z', 'highveld-post', 'rand-slips-investors-weigh-coalition-options',
    'Rand slips as investors weigh coalition options',
    ["JOHANNESBURG, Jun 3 (Highveld Post) - The rand weakened on Monday as investors tried to judge which partners the ANC would choose now that it has lost its majority.",
     "Analysts at two local banks said markets would welcome a deal between the ANC and the Democratic Alliance and would take fright at any arrangement with the MK party or the Economic Freedom Fighters, which both favour nationalising land and the central bank. One strategist said the DA might accept a looser pact that stops short of sitting in cabinet.",
     "Busisiwe Mavuso, chief executive of Business Leadership South Africa, declined to say which combination her members preferred, saying it was for the parties to decide.",
     "At Luthuli House, the ANC's Johannesburg headquarters, officials said the national executive committee would meet later in the week. Party officials refused to say whether any talks had already begun."],
    [])

art('004', '2024-06-04T08:45:00Z', 'southern-wire', 'da-open-to-talks-with-anc-on-conditions',
    'DA opens door to talks with ANC, sets conditions',
    ["JOHANNESBURG, Jun 4 (Southern Wire) - The Democratic Alliance said on Tuesday it was ready to negotiate with the ANC about a national government, but only on terms that protected the constitution and the independence of the courts and the central bank.",
     "DA leader John Steenhuisen said the party's federal executive had authorised him to talk to the ANC and other parties. He said the DA would consider going into government with the ANC if it was a partnership of equals with clear rules on how decisions are taken, and not an arrangement in which the DA simply propped up ANC ministers.",
     "He said the priority was to keep the MK party and the EFF out of power, describing such a coalition as a threat to the economy.",
     "The DA campaigned under a pact of opposition parties aimed at removing the ANC from power. Its chairperson Helen Zille said the party would not accept any deal at any price."],
    [('da', 'gnu-with-da', 'conditional', 'would consider going into government with the ANC if it was a partnership', True),
     ('da', 'gnu-with-da', 'conditional', 'ready to negotiate with the ANC about a national government, but only on terms', True)])

art('005', '2024-06-04T13:20:00Z', 'indian-ocean-times', 'da-sets-terms-for-anc-talks',
    'DA sets its terms for talks with the ANC',
    ["JOHANNESBURG, Jun 4 (Indian Ocean Times) - South Africa's Democratic Alliance is prepared to negotiate with the ANC about forming a national government, but only on terms that safeguard the constitution and the independence of the courts and the central bank, the party said on Tuesday.",
     "John Steenhuisen, the DA leader, said the federal executive had given him a mandate to talk to the ANC and other parties. The DA would consider going into government with the ANC if it was a partnership of equals, he said, with clear rules for taking decisions, rather than a deal in which the DA merely propped up ANC ministers.",
     "Steenhuisen said the priority was to keep the MK party and the EFF out of power, calling a coalition of those parties a threat to the economy.",
     "The DA fought the election in an opposition pact meant to remove the ANC from power. Party chairperson Helen Zille said it would not accept a deal at any price."],
    [('da', 'gnu-with-da', 'conditional', 'would consider going into government with the ANC if it was a partnership', True),
     ('da', 'gnu-with-da', 'conditional', 'prepared to negotiate with the ANC about forming a national government, but only on terms', True)])

art('006', '2024-06-05T10:15:00Z', 'cape-courier', 'mk-says-no-talks-with-ramaphosa-anc',
    'MK party says it will not talk to an ANC led by Ramaphosa',
    ["DURBAN, Jun 5 (Cape Courier) - The MK party said on Wednesday it would be willing to discuss a coalition with the ANC, but only if Cyril Ramaphosa was no longer its leader.",
     "MK spokesperson Nhlamulo Ndhlela said the party could not work with the man it blames for Jacob Zuma's removal from office in 2018. Ramaphosa must step aside before any negotiations start, he said. He added that MK still believed the election had been rigged and would pursue its court case.",
     "The ANC dismissed the demand within hours. Secretary-general Fikile Mbalula said the ANC would not let another party choose its leader, repeating the line he first used on Sunday: if you come to us with a demand that Ramaphosa must step down, forget it.",
     "The party named itself after uMkhonto weSizwe, the ANC's former armed wing, which Zuma joined as a young man."],
    [('mk', 'ramaphosa-steps-aside', 'support', 'Ramaphosa must step aside before any negotiations start, he said', True),
     ('mk', 'results-set-aside', 'support', 'MK still believed the election had been rigged and would pursue its court case', True),
     ('anc', 'ramaphosa-steps-aside', 'oppose', 'the ANC would not let another party choose its leader', True)])

art('007', '2024-06-06T20:10:00Z', 'highveld-post', 'anc-opts-for-government-of-national-unity',
    'ANC opts for a government of national unity',
    ["JOHANNESBURG, Jun 6 (Highveld Post) - The ANC will invite all parties represented in parliament to join a government of national unity, President Cyril Ramaphosa said on Thursday after a meeting of the party's national executive committee.",
     "Ramaphosa said the ANC was open to working with the Democratic Alliance, as with any other party, provided partners committed to the constitution, the rule of law and steps to tackle poverty and inequality. He said the ANC would not accept conditions that undermined its policies on transformation.",
     "Fikile Mbalula declined to say which party the ANC preferred and whether the DA would be offered cabinet posts.",
     "The South African Communist Party, an ANC ally, warned against any deal that would bring the DA into government, calling it a party of the privileged. Some ANC members in Gauteng share that view, officials said privately."],
    [('anc', 'gnu-with-da', 'conditional', 'open to working with the Democratic Alliance, as with any other party, provided', True)])

art('008', '2024-06-07T12:30:00Z', 'southern-wire', 'malema-rules-out-government-with-da',
    'Malema rules out sitting in government with the DA',
    ["JOHANNESBURG, Jun 7 (Southern Wire) - Julius Malema said on Friday that the Economic Freedom Fighters would never be part of a government that includes the Democratic Alliance, and urged the ANC to choose a black-led alternative.",
     "He said the EFF had told the ANC it was ready to talk about a coalition, but that the DA stood for protecting white privilege and could not be a partner in land reform. The EFF would go into opposition rather than share a cabinet with the DA, he said.",
     "Malema also said the EFF accepted the election outcome despite its own concerns about the counting system, and had no plans to join the MK party's court challenge. Calls to rerun the vote were not in the interest of the country, he said.",
     "Political analysts said the EFF's smaller share of the vote had weakened its hand in any talks."],
    [('eff', 'gnu-with-da', 'oppose', 'would never be part of a government that includes the Democratic Alliance', True),
     ('eff', 'gnu-with-da', 'oppose', 'go into opposition rather than share a cabinet with the DA', True),
     ('eff', 'results-set-aside', 'oppose', 'Calls to rerun the vote were not in the interest of the country', True)])

art('009', '2024-06-08T09:00:00Z', 'indian-ocean-times', 'ifp-open-to-unity-government',
    'IFP open to national unity government on conditions',
    ["DURBAN, Jun 8 (Indian Ocean Times) - The Inkatha Freedom Party is willing to join a national government of unity with the ANC, leader Velenkosini Hlabisa said on Saturday, on condition that it rests on the constitution and has a clear programme on the economy and on crime.",
     "Hlabisa said the IFP had no objection in principle to the Democratic Alliance sitting in such a government alongside it, but wanted to see the agreement between the ANC and the DA before committing. He said the IFP was also in talks about forming the government of KwaZulu-Natal, where the MK party won the most votes but not a majority.",
     "The IFP was founded by Mangosuthu Buthelezi, who died last year. It is the second party in KwaZulu-Natal, the home province of Jacob Zuma, whose Nkandla homestead lies in the north of the province.",
     "MK officials in Durban said they were in talks with other parties about the province but gave no details."],
    [('ifp', 'gnu-with-da', 'conditional', 'no objection in principle to the Democratic Alliance sitting in such a government', True),
     ('ifp', 'gnu-with-da', 'conditional', 'on condition that it rests on the constitution', True)])

art('010', '2024-06-10T10:40:00Z', 'cape-courier', 'business-backs-anc-da-unity',
    'Business leaders back a unity government including the DA',
    ["JOHANNESBURG, Jun 10 (Cape Courier) - South Africa's main business groups urged the ANC on Monday to form a government with the Democratic Alliance, saying it offered the best chance of restoring growth.",
     "Cas Coovadia, chief executive of Business Unity South Africa, said his members wanted a national unity government that includes the DA and that keeps policies friendly to investment. Business Leadership South Africa said in a statement that such an arrangement would reassure markets that had feared a tilt towards the MK party and the EFF.",
     "Economists said the rand had recovered some ground on hopes of an ANC-DA agreement. Some analysts said the DA could settle for fewer ministries than it wants in order to secure a deal, and that the ANC might offer it deputy posts instead.",
     "The ANC said talks with several parties were continuing."],
    [('business', 'gnu-with-da', 'support', 'wanted a national unity government that includes the DA', True),
     ('business', 'gnu-with-da', 'support', 'such an arrangement would reassure markets', True)])

art('011', '2024-06-11T15:00:00Z', 'highveld-post', 'court-rejects-mk-bid-to-stop-first-sitting',
    'Court rejects MK bid to stop first sitting; party says it will stay away',
    ["JOHANNESBURG, Jun 11 (Highveld Post) - The Constitutional Court has thrown out an urgent application by the MK party to stop the National Assembly's first sitting, clearing the way for lawmakers to elect a president on Friday.",
     "The MK party had asked the court to declare the results invalid and to block the sitting until a new vote was held. The judges said in a brief order that the application was not urgent.",
     "MK spokesperson Nhlamulo Ndhlela said the ruling would not change the party's view that the vote was rigged. He said MK's 58 members would not take their seats on Friday, because taking part would give legitimacy to a fraudulent election.",
     "The party has a separate challenge in the Electoral Court. Legal experts said its chances there were slim. The Electoral Commission has said the vote was free and fair."],
    [('mk', 'results-set-aside', 'support', "would not change the party's view that the vote was rigged", True),
     ('mk', 'mk-ends-boycott', 'oppose', "MK's 58 members would not take their seats on Friday", True)])

art('012', '2024-06-12T17:30:00Z', 'southern-wire', 'anc-da-talks-near-deal',
    'ANC and DA close in on deal as other parties wait',
    ["JOHANNESBURG, Jun 12 (Southern Wire) - Negotiators from the ANC and the Democratic Alliance worked late into Wednesday on a document setting out how a unity government would run, people familiar with the talks said.",
     "Those people said the DA had agreed in principle to join the executive once rules on decision-making were settled, and that the ANC had accepted a clause requiring a broad consensus in cabinet. Neither party confirmed the details.",
     "Helen Zille, the DA's federal council chair, said only that the party would not be rushed. Fikile Mbalula declined to say whether a deal would be signed before Friday's sitting.",
     "Nkosazana Dlamini-Zuma, a cabinet minister and a former ANC presidential candidate, was among the ANC leaders at the talks, but she did not speak to reporters.",
     "Smaller parties including the Patriotic Alliance and GOOD said they had also been invited to take part."],
    [('da', 'gnu-with-da', 'conditional', 'the DA had agreed in principle to join the executive once rules', False)])

art('013', '2024-06-13T14:00:00Z', 'indian-ocean-times', 'mk-confirms-boycott-anc-urges-seats',
    'MK confirms boycott of parliament sitting; ANC urges it to reconsider',
    ["DURBAN, Jun 13 (Indian Ocean Times) - The MK party confirmed on Thursday that its members would boycott Friday's first sitting of the National Assembly in Cape Town.",
     "In a letter to the chief justice, the party said it would not attend a sitting based on results it considers fraudulent. Jacob Zuma, who was barred by the Constitutional Court from standing as a candidate, told supporters that MK would keep fighting the result.",
     "Fikile Mbalula said the ANC wanted every elected party to take its seats and that voters had not sent MK to parliament to sit outside it. He called on Zuma's party to respect the constitution.",
     "The sitting can go ahead with the required quorum even without MK. The chief justice's office said the letter had been received."],
    [('mk', 'mk-ends-boycott', 'oppose', 'it would not attend a sitting based on results it considers fraudulent', True),
     ('mk', 'results-set-aside', 'support', 'MK would keep fighting the result', True),
     ('anc', 'mk-ends-boycott', 'support', 'the ANC wanted every elected party to take its seats', True)])

art('014', '2024-06-14T16:00:00Z', 'cape-courier', 'anc-da-sign-statement-of-intent',
    'ANC and DA sign statement of intent to govern together',
    ["CAPE TOWN, Jun 14 (Cape Courier) - The ANC and the Democratic Alliance signed a statement of intent on Friday to form a government of national unity, ending two weeks of uncertainty after the ANC lost its majority.",
     "DA leader John Steenhuisen said his party had signed the agreement and would take part in the new government, calling it the start of a new chapter. He said the document protected the constitution and set out a consensus rule for decisions.",
     "Fikile Mbalula said the ANC had signed because the country needed a stable government. He said the agreement remained open to other parties.",
     "Lawmakers from the two parties then voted together in the National Assembly to elect the speaker, and were preparing to vote for the president later in the day."],
    [('da', 'gnu-with-da', 'support', 'would take part in the new government', True),
     ('anc', 'gnu-with-da', 'support', 'the ANC had signed because the country needed a stable government', True),
     ('da', 'gnu-with-da', 'support', 'his party had signed the agreement', True)])

art('015', '2024-06-14T18:10:00Z', 'southern-wire', 'anc-da-seal-unity-deal',
    'ANC and DA seal unity government deal',
    ["CAPE TOWN, Jun 14 (Southern Wire) - The ANC and the Democratic Alliance on Friday signed a statement of intent to form a government of national unity, ending two weeks of uncertainty since the ANC lost its parliamentary majority.",
     "John Steenhuisen, the DA leader, said the party had signed the agreement and would take part in the new government, describing it as the beginning of a new chapter. The document protected the constitution and set a consensus rule for decisions, he said.",
     "ANC secretary-general Fikile Mbalula said the ANC had signed because the country needed a stable government, adding that the agreement remained open to other parties.",
     "Members of the two parties then voted together in the National Assembly to elect the speaker, and prepared to vote for the president later on Friday."],
    [('da', 'gnu-with-da', 'support', 'would take part in the new government', True),
     ('anc', 'gnu-with-da', 'support', 'the ANC had signed because the country needed a stable government', True),
     ('da', 'gnu-with-da', 'support', 'the party had signed the agreement', True)])

art('016', '2024-06-15T07:30:00Z', 'highveld-post', 'ramaphosa-re-elected-ifp-signs',
    'Ramaphosa re-elected with DA votes; IFP signs on',
    ["CAPE TOWN, Jun 15 (Highveld Post) - Cyril Ramaphosa was re-elected president late on Friday with 283 votes against 44 for the EFF's Julius Malema, after the Democratic Alliance backed him under its new agreement with the ANC.",
     "The MK party's 58 newly elected members stayed away from the sitting, as the party had said they would.",
     "IFP leader Velenkosini Hlabisa said the Inkatha Freedom Party had also signed the statement of intent and would serve in the unity government with the ANC and the DA. He said the IFP was satisfied that its conditions had been met.",
     "Malema told the chamber that the ANC had sold out the poor by entering a deal with the DA, and said the EFF would not be part of it. The EFF voted against Ramaphosa.",
     "Ramaphosa said in his acceptance speech that voters had told the parties to work together."],
    [('mk', 'mk-ends-boycott', 'oppose', "The MK party's 58 newly elected members stayed away from the sitting", True),
     ('ifp', 'gnu-with-da', 'support', 'would serve in the unity government with the ANC and the DA', True),
     ('eff', 'gnu-with-da', 'oppose', 'the EFF would not be part of it', True)])

art('017', '2024-06-17T09:20:00Z', 'indian-ocean-times', 'anc-allies-uneasy-over-da-pact',
    'ANC allies uneasy over pact with DA; Mbalula defends deal',
    ["JOHANNESBURG, Jun 17 (Indian Ocean Times) - The South African Communist Party and the Cosatu labour federation, longtime allies of the ANC, said on Monday they had not been consulted on the agreement with the Democratic Alliance and feared it would slow transformation.",
     "Fikile Mbalula rejected the criticism. He said the DA had not dictated anything to the ANC and that the partnership was the right answer to the voters' verdict. He said the ANC's alliance partners would be consulted on the government's programme.",
     "Busisiwe Mavuso of Business Leadership South Africa said business welcomed the unity government and hoped the cabinet would be named quickly.",
     "Some ANC branch leaders in Gauteng said they would raise their objections at the party's next national general council."],
    [('anc', 'gnu-with-da', 'support', 'the partnership was the right answer to the voters', True),
     ('business', 'gnu-with-da', 'support', 'business welcomed the unity government', True)])

art('018', '2024-06-18T13:45:00Z', 'southern-wire', 'mk-to-take-up-seats',
    'MK party says it will take up its seats in parliament',
    ["DURBAN, Jun 18 (Southern Wire) - The MK party said on Tuesday that its members would take up their seats in the National Assembly, reversing its boycott of last week's first sitting.",
     "Spokesperson Nhlamulo Ndhlela said the party had decided to be sworn in and to lead opposition to the unity government from inside parliament, together with the EFF and other smaller parties. He said MK would not abandon its court challenge to the results.",
     "Political analysts said MK risked losing public funding and committee seats if it stayed away for long.",
     "Jacob Zuma, whose criminal trial on corruption charges is still pending, will not be among the MK members sworn in. The party said its members would be sworn in next week."],
    [('mk', 'mk-ends-boycott', 'support', 'its members would take up their seats in the National Assembly', True),
     ('mk', 'results-set-aside', 'support', 'MK would not abandon its court challenge to the results', True)])

art('019', '2024-06-19T12:30:00Z', 'cape-courier', 'ramaphosa-sworn-in-union-buildings',
    'Ramaphosa sworn in for second full term at the Union Buildings',
    ["PRETORIA, Jun 19 (Cape Courier) - Cyril Ramaphosa was sworn in on Wednesday for a second full term as president at a ceremony at the Union Buildings attended by several African heads of state.",
     "Chief Justice Raymond Zondo administered the oath. In his speech, Ramaphosa spoke of the difficulties facing the country, including high unemployment and crime, and said the new government would be judged by whether it improved daily lives.",
     "Leaders of several parties, including the Democratic Alliance's John Steenhuisen, sat among the guests. Jacob Zuma did not attend. EFF leader Julius Malema was also absent.",
     "Crowds watched on large screens on the lawns below the Union Buildings. The cabinet is expected to be named in the coming days, officials said, without giving a date."],
    [])

art('020', '2024-06-21T10:00:00Z', 'highveld-post', 'cabinet-wrangling-over-trade-ministry',
    'Cabinet talks snag on trade ministry',
    ["JOHANNESBURG, Jun 21 (Highveld Post) - Talks on the shape of South Africa's new cabinet have stalled over how many ministries the Democratic Alliance should hold and which ones, according to three people involved.",
     "They said the DA had asked for the trade and industry ministry among several economic posts, and that the ANC was reluctant to give up a portfolio central to its industrial policy. The DA has also been linked in reports to the agriculture and public works posts.",
     "Fikile Mbalula declined to say when the cabinet would be announced. Political analysts said the ANC could offer the DA a deputy minister post in trade as a compromise, but that would depend on how hard the DA pushed.",
     "The Inkatha Freedom Party and the Patriotic Alliance are also expected to receive posts."],
    [('da', 'da-gets-trade', 'support', 'the DA had asked for the trade and industry ministry', False),
     ('anc', 'da-gets-trade', 'oppose', 'the ANC was reluctant to give up a portfolio central', False)])

art('021', '2024-06-24T11:15:00Z', 'indian-ocean-times', 'zille-says-da-wants-trade-post',
    'Zille says DA wants trade ministry, not token posts',
    ["CAPE TOWN, Jun 24 (Indian Ocean Times) - Helen Zille said on Monday the Democratic Alliance wanted the trade and industry ministry and would not accept being kept out of the ministries that run the economy.",
     "Zille, who chairs the party's federal council, said a party with more than a fifth of the vote could not be given only token posts. She said trade and industry was one of the portfolios the DA had put forward because it wanted to cut red tape for business.",
     "She declined to say whether the DA would walk away if it did not get the post.",
     "The Presidency said President Ramaphosa was consulting party leaders and would announce the cabinet once talks were complete."],
    [('da', 'da-gets-trade', 'support', 'the Democratic Alliance wanted the trade and industry ministry', True),
     ('da', 'da-gets-trade', 'support', 'would not accept being kept out of the ministries that run the economy', True)])

art('022', '2024-06-25T15:40:00Z', 'southern-wire', 'mk-members-sworn-in',
    'MK members sworn in as party ends boycott',
    ["CAPE TOWN, Jun 25 (Southern Wire) - Members of the MK party were sworn in as lawmakers on Tuesday, ending the boycott that kept them away from the National Assembly's first sitting.",
     "Party spokesperson Nhlamulo Ndhlela said MK had come to parliament to hold the unity government to account and to defend the interests of the voters who had made it the third-largest party. He said its legal challenge to the election result continued.",
     "The MK members took the oath in groups in a committee room. Jacob Zuma was not among them.",
     "The EFF has said it will work with MK in a progressive caucus on the opposition benches. The ANC said it welcomed MK's arrival in the chamber.",
     "With 58 seats, MK is the largest opposition party and is entitled to the post of leader of the opposition, which it has said it will fill after consulting its members."],
    [('mk', 'mk-ends-boycott', 'support', 'MK had come to parliament to hold the unity government to account', True),
     ('mk', 'results-set-aside', 'support', 'its legal challenge to the election result continued', True),
     ('anc', 'mk-ends-boycott', 'support', "The ANC said it welcomed MK's arrival in the chamber", True)])

art('023', '2024-06-26T18:20:00Z', 'cape-courier', 'ramaphosa-accuses-da-moving-goalposts',
    'Ramaphosa accuses DA of moving the goalposts in letter',
    ["JOHANNESBURG, Jun 26 (Cape Courier) - President Cyril Ramaphosa has accused the Democratic Alliance of shifting its demands on cabinet posts, according to a letter to DA leader John Steenhuisen that was published on Wednesday.",
     "In the letter, Ramaphosa rejected the DA's request for the trade and industry ministry and said the party had moved the goalposts after the statement of intent had been signed. He said the ANC remained committed to governing with the DA, but the allocation of ministries was the president's prerogative.",
     "The DA said it would respond in due course. Steenhuisen had written to Ramaphosa earlier in the week listing the portfolios the party wanted.",
     "A spokesperson for the Presidency said the letter was meant to be private."],
    [('anc', 'da-gets-trade', 'oppose', "Ramaphosa rejected the DA's request for the trade and industry ministry", True),
     ('anc', 'gnu-with-da', 'support', 'the ANC remained committed to governing with the DA', True),
     ('da', 'da-gets-trade', 'support', "the DA's request for the trade and industry ministry", False)])

art('024', '2024-06-27T16:00:00Z', 'highveld-post', 'steenhuisen-da-place-depends-on-fair-share',
    "Steenhuisen says DA's place in government depends on fair share of posts",
    ["CAPE TOWN, Jun 27 (Highveld Post) - John Steenhuisen said on Thursday the Democratic Alliance would take up posts in the unity government only if it received a fair share of ministries, signalling that the party's participation was no longer certain.",
     "He said the DA had signed the statement of intent in good faith. The party would stay in the executive if the allocation reflected its share of the vote, he said, and otherwise it would consider other ways of supporting a stable government from outside the cabinet.",
     "Steenhuisen said the DA still wanted the trade and industry ministry. He did not say when the party's federal executive would decide.",
     "Some analysts said the DA was bargaining hard and would in the end stay in the government. The rand weakened on the news."],
    [('da', 'gnu-with-da', 'conditional', 'would take up posts in the unity government only if it received a fair share', True),
     ('da', 'gnu-with-da', 'conditional', 'would stay in the executive if the allocation reflected its share', True),
     ('da', 'da-gets-trade', 'support', 'the DA still wanted the trade and industry ministry', True)])

art('025', '2024-06-27T19:30:00Z', 'indian-ocean-times', 'business-urges-quick-cabinet',
    'Business urges leaders to settle cabinet quickly',
    ["JOHANNESBURG, Jun 27 (Indian Ocean Times) - Business groups urged the ANC and the Democratic Alliance on Thursday to resolve their dispute over cabinet posts quickly, warning that the delay was unsettling investors.",
     "Cas Coovadia of Business Unity South Africa said business still wanted the DA in the unity government and hoped both parties would compromise. He declined to say which party should have the trade and industry ministry.",
     "Analysts at a Johannesburg brokerage said the DA might accept a deputy minister post in trade and industry, but cautioned that this was only their guess.",
     "Officials at Luthuli House said the ANC's negotiators would meet again on Friday.",
     "The rand has swung with each report on the talks since the election. Bond yields rose on Thursday after news that Ramaphosa and Steenhuisen had exchanged sharply worded letters over the allocation of ministries."],
    [('business', 'gnu-with-da', 'support', 'business still wanted the DA in the unity government', True)])

art('026', '2024-06-28T12:00:00Z', 'southern-wire', 'mbalula-denies-trade-post-promised',
    'Mbalula denies ANC promised trade ministry to DA',
    ["JOHANNESBURG, Jun 28 (Southern Wire) - Fikile Mbalula denied on Friday that the ANC had ever agreed to hand the trade and industry ministry to the Democratic Alliance, and said the party would not be held to ransom over cabinet posts.",
     "He said the ANC had offered the DA several portfolios and expected the talks to be concluded soon. He said the ANC had not given up on the unity government and still wanted the DA in it.",
     "Jacob Zuma told supporters at Nkandla that the unity government was a betrayal of black voters. The MK party would oppose it in parliament and in the courts, he said.",
     "The Patriotic Alliance's Gayton McKenzie said his party had accepted the post it was offered."],
    [('anc', 'da-gets-trade', 'oppose', 'denied on Friday that the ANC had ever agreed to hand the trade', True),
     ('anc', 'gnu-with-da', 'support', 'still wanted the DA in it', True),
     ('mk', 'gnu-with-da', 'oppose', 'the unity government was a betrayal of black voters', True)])

art('027', '2024-06-29T10:30:00Z', 'cape-courier', 'malema-eff-leads-opposition',
    'Malema says EFF will lead the opposition to ANC-DA cabinet',
    ["JOHANNESBURG, Jun 29 (Cape Courier) - EFF leader Julius Malema said on Saturday his party would lead the opposition to a cabinet he called a government of the DA in disguise.",
     "He said the EFF would not join the unity government whatever posts were offered, because it would not work alongside the Democratic Alliance. He said the EFF would cooperate with the MK party in parliament where their positions overlapped.",
     "Malema did not repeat MK's claim that the election was rigged. Asked whether the EFF would back MK's case in the Electoral Court, he refused to say.",
     "The EFF won 39 seats in the National Assembly, down from 44 in 2019.",
     "Speaking at a party meeting in Johannesburg, Malema also criticised ANC members who had opposed talks with the EFF, and said the party would hold its national people's assembly later in the year to review its election campaign."],
    [('eff', 'gnu-with-da', 'oppose', 'it would not work alongside the Democratic Alliance', True)])

art('028', '2024-06-30T20:30:00Z', 'highveld-post', 'ramaphosa-names-unity-cabinet',
    'Ramaphosa names unity cabinet; DA gets six ministries',
    ["PRETORIA, Jun 30 (Highveld Post) - President Cyril Ramaphosa announced a 32-member cabinet on Sunday evening at the Union Buildings, giving the Democratic Alliance six ministries, including agriculture for its leader John Steenhuisen.",
     "The ANC kept 20 ministries, including finance and trade and industry, which went to Parks Tau. The DA's Andrew Whitfield was named deputy minister of trade and industry. IFP leader Velenkosini Hlabisa became minister of cooperative governance.",
     "Steenhuisen said the DA accepted the allocation and that its ministers would serve in the unity government. He said the party had secured posts where it could make a difference.",
     "The DA's other ministers include Leon Schreiber at home affairs and Siviwe Gwarube at basic education.",
     "Ramaphosa said the cabinet reflected the will of voters who had asked parties to work together. The announcement came more than a month after the election and followed days of public exchanges between the two largest parties over the trade portfolio."],
    [('da', 'gnu-with-da', 'support', 'its ministers would serve in the unity government', True),
     ('da', 'gnu-with-da', 'support', 'the DA accepted the allocation', True),
     ('anc', 'da-gets-trade', 'oppose', 'trade and industry, which went to Parks Tau', True),
     ('anc', 'gnu-with-da', 'support', 'giving the Democratic Alliance six ministries', True)])

art('029', '2024-07-01T09:00:00Z', 'indian-ocean-times', 'reactions-to-unity-cabinet',
    'Business welcomes unity cabinet; Malema and MK object',
    ["JOHANNESBURG, Jul 1 (Indian Ocean Times) - Business groups welcomed the new cabinet on Monday, while the EFF and the MK party said they would fight it in parliament.",
     "Busisiwe Mavuso of Business Leadership South Africa said the inclusion of the DA in the unity government gave investors confidence that policy would be stable. The rand firmed in early trade.",
     "Julius Malema said the ANC had handed the DA the keys to the economy and that the EFF would oppose the government at every turn. MK spokesperson Nhlamulo Ndhlela said the party still wanted the election results thrown out and a new vote held.",
     "He said MK's members would use their seats to expose what he called an illegitimate government.",
     "Helen Zille said the DA would have preferred the trade ministry but could work with the posts it had."],
    [('business', 'gnu-with-da', 'support', 'the inclusion of the DA in the unity government gave investors confidence', True),
     ('eff', 'gnu-with-da', 'oppose', 'the EFF would oppose the government at every turn', True),
     ('mk', 'results-set-aside', 'support', 'the party still wanted the election results thrown out', True),
     ('mk', 'mk-ends-boycott', 'support', "MK's members would use their seats", True),
     ('mk', 'gnu-with-da', 'oppose', 'expose what he called an illegitimate government', True)])

art('030', '2024-07-03T14:00:00Z', 'southern-wire', 'new-ministers-sworn-in',
    'New ministers sworn in as unity government takes office',
    ["CAPE TOWN, Jul 3 (Southern Wire) - Ministers and deputy ministers of South Africa's new government of national unity were sworn in on Wednesday at a ceremony presided over by Chief Justice Raymond Zondo.",
     "The government includes ten parties, among them the ANC, the Democratic Alliance, the Inkatha Freedom Party, the Patriotic Alliance, GOOD and the Freedom Front Plus. It is the first time since the end of apartheid that the ANC has had to share power in this way at national level.",
     "Only a month earlier, the DA had described an ANC-led government as the country's main problem, and the ANC had been divided over whether to talk to the DA at all.",
     "ActionSA, which refused to join, said it would sit in opposition. Ministers are due to begin their first cabinet meeting later this week."],
    [])

art('031', '2024-07-05T11:30:00Z', 'highveld-post', 'luthuli-house-no-intention-pushing-da-out',
    'Luthuli House says ANC has no intention of pushing DA out',
    ["JOHANNESBURG, Jul 5 (Highveld Post) - Luthuli House said on Friday that the ANC had no intention of pushing the Democratic Alliance out of the unity government, after leaders of its alliance partners called for the arrangement to be reviewed within a year.",
     "In a statement after a meeting of its officials, the ANC said the government of national unity was not a marriage of convenience and that it would not walk away from partners it had signed with. It said disputes would be settled through the mechanisms in the statement of intent.",
     "The South African Communist Party said last weekend that the deal with the DA should be reviewed, and some Cosatu leaders called for the ANC to prepare to govern without it. Neither body is part of the government.",
     "Political analysts said the coalition's first real test would be the budget. Could the partners agree on spending? One said it was too early to tell, and that tensions over the trade portfolio had not been forgotten."],
    [('anc', 'gnu-with-da', 'support', 'the ANC had no intention of pushing the Democratic Alliance out', True),
     ('anc', 'gnu-with-da', 'support', 'it would not walk away from partners it had signed with', True)])

art('032', '2024-07-10T08:15:00Z', 'southern-wire', 'hlabisa-ifp-no-basis-for-new-election',
    'Hlabisa says IFP sees no basis for a new election',
    ["ULUNDI, Jul 10 (Southern Wire) - IFP leader Velenkosini Hlabisa said on Wednesday that there was no basis for the MK party's demand that the May election be rerun, and that his party would not take part in any effort to weaken the unity government.",
     "Hlabisa, now minister of cooperative governance, said the courts and the Electoral Commission had dealt with the complaints and voters deserved a government that got on with its work. He said the IFP would not be a party to undermining a government it had helped to form.",
     "The IFP leads the provincial government of KwaZulu-Natal with the ANC, the DA and the National Freedom Party, after the MK party failed to win a majority there. MK said in a statement it would keep challenging the provincial and national results.",
     "Hlabisa spoke at a party meeting in Ulundi, the IFP's traditional stronghold."],
    [('ifp', 'results-set-aside', 'oppose', "there was no basis for the MK party's demand that the May election be rerun", True),
     ('ifp', 'gnu-with-da', 'support', 'would not take part in any effort to weaken the unity government', True),
     ('mk', 'results-set-aside', 'support', 'it would keep challenging the provincial and national results', True)])

SHIFTS = [
    dict(actor='anc', issue='gnu-with-da', to='support', article='014', frm='conditional',
         why='Mbalula says the ANC signed the statement of intent with the DA; in 007 Ramaphosa was only open to the DA provided it met conditions.'),
    dict(actor='da', issue='gnu-with-da', to='support', article='014', frm='conditional',
         why='Steenhuisen says the DA signed and will take part in the new government; in 004 it would only consider joining if it were a partnership of equals.'),
    dict(actor='ifp', issue='gnu-with-da', to='support', article='016', frm='conditional',
         why='Hlabisa says the IFP signed the statement of intent and will serve alongside the ANC and DA; in 009 it was willing only on conditions.'),
    dict(actor='mk', issue='mk-ends-boycott', to='support', article='018', frm='oppose',
         why='Ndhlela says MK members will take up their seats, reversing the boycott announced in 011/013 and carried out in 016.'),
    dict(actor='da', issue='gnu-with-da', to='conditional', article='024', frm='support',
         why='Steenhuisen says the DA will take up posts only if it gets a fair share of ministries, after signing on without conditions in 014.'),
    dict(actor='da', issue='gnu-with-da', to='support', article='028', frm='conditional',
         why='Steenhuisen says the DA accepts the allocation and its ministers will serve, reversing the conditional stance of 024.'),
]

DUPES = [('004', '005'), ('014', '015')]


def parse_watchlist_ids(text):
    actors, issues, baseline, sec = [], [], [], None
    for line in text.splitlines():
        if re.match(r'^(actors|issues|baseline):', line):
            sec = line.split(':')[0]
            continue
        m = re.match(r'^  - id: (\S+)', line)
        if m and sec == 'actors': actors.append(m.group(1))
        if m and sec == 'issues': issues.append(m.group(1))
        m = re.match(r'^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}', line)
        if m and sec == 'baseline': baseline.append(m.groups())
    return actors, issues, baseline


def url(a):
    d = a['when'][:10].replace('-', '/')
    return f"https://example.org/{a['outlet']}/{d}/{a['slug']}"


def main():
    errs = []
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    with open(os.path.join(HERE, 'watchlist.yaml'), 'w') as f:
        f.write(WATCHLIST)
    actors, issues, baseline = parse_watchlist_ids(WATCHLIST)
    ids = [a['id'] for a in A]
    if ids != [f'{i:03d}' for i in range(1, len(A) + 1)]: errs.append('ids not sequential')
    whens = [a['when'] for a in A]
    if whens != sorted(whens) or len(set(whens)) != len(whens): errs.append('publication order broken')
    claims, texts = {}, {}
    for a in A:
        text = '\n\n'.join(a['paras'])
        texts[a['id']] = text
        name = OUTLETS[a['outlet']]
        if f'({name}) - ' not in a['paras'][0]: errs.append(f"{a['id']}: dateline outlet")
        n = len(text.split())
        if not 120 <= n <= 260: errs.append(f"{a['id']}: {n} words")
        rec = dict(id=a['id'], published=a['when'], source=name, url=url(a), title=a['title'], text=text)
        with open(os.path.join(HERE, 'articles', a['id'] + '.json'), 'w') as f:
            json.dump(rec, f, indent=2, ensure_ascii=False); f.write('\n')
        cl = []
        for (ac, iss, st, q, att) in a['claims']:
            if ac not in actors: errs.append(f"{a['id']}: unknown actor {ac}")
            if iss not in issues: errs.append(f"{a['id']}: unknown issue {iss}")
            if st not in ('support', 'oppose', 'conditional'): errs.append(f"{a['id']}: stance {st}")
            if q not in text: errs.append(f"{a['id']}: quote not in text: {q}")
            if len(q.split()) > 15: errs.append(f"{a['id']}: quote too long: {q}")
            cl.append(dict(actor=ac, issue=iss, stance=st, quote=q, attributed=att))
        claims[a['id']] = cl
    for x, y in DUPES:
        k = lambda c: sorted((d['actor'], d['issue'], d['stance']) for d in c)
        if k(claims[x]) != k(claims[y]): errs.append(f'dupes {x}/{y} differ')
    # replay attributed claims from the baseline; derived shifts must equal the labelled ones
    dup_copies = {y for _, y in DUPES}
    prev = {(a, i): s for a, i, s in baseline}
    derived = []
    for aid in ids:
        if aid in dup_copies: continue
        for c in claims[aid]:
            if not c['attributed']: continue
            key = (c['actor'], c['issue'])
            if key in prev and prev[key] != c['stance']:
                derived.append((c['actor'], c['issue'], prev[key], c['stance'], aid))
            prev[key] = c['stance']
    derived = sorted(set(derived))
    labelled = sorted((s['actor'], s['issue'], s['frm'], s['to'], s['article']) for s in SHIFTS)
    if derived != labelled: errs.append(f'shift replay mismatch:\n  derived={derived}\n  labelled={labelled}')
    shift_articles = {s['article'] for s in SHIFTS}
    labels = dict(
        claims=claims,
        shifts=[dict(actor=s['actor'], issue=s['issue'], **{'from': s['frm']}, to=s['to'], article=s['article'], why=s['why']) for s in SHIFTS],
        no_alert_articles=[i for i in ids if i not in shift_articles])
    with open(os.path.join(HERE, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=1, ensure_ascii=False); f.write('\n')
    for slug, name in OUTLETS.items():
        items = [a for a in A if a['outlet'] == slug]
        last = datetime.fromisoformat(items[-1]['when'].replace('Z', '+00:00'))
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{slug}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch south-africa-coalition-2024 set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>']
        for a in items:
            dt = datetime.fromisoformat(a['when'].replace('Z', '+00:00')).astimezone(timezone.utc)
            u = url(a)
            out += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{u}</link>',
                    f'      <guid isPermaLink="true">{u}</guid>', f'      <pubDate>{format_datetime(dt, usegmt=True)}</pubDate>',
                    f'      <description>{escape(texts[a["id"]])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        p = os.path.join(HERE, 'feeds', slug + '.xml')
        with open(p, 'w') as f: f.write('\n'.join(out))
        r = subprocess.run(['xmllint', '--noout', p], capture_output=True, text=True)
        if r.returncode: errs.append(f'xmllint {slug}: {r.stderr.strip()}')
    # re-read outputs as JSON to be sure they parse
    json.load(open(os.path.join(HERE, 'labels.json')))
    for i in ids: json.load(open(os.path.join(HERE, 'articles', i + '.json')))
    allc = [c for v in claims.values() for c in v]
    st = {s: sum(c['stance'] == s for c in allc) for s in ('support', 'oppose', 'conditional')}
    print(f'articles={len(A)} claims={len(allc)} {st} unattributed={sum(not c["attributed"] for c in allc)} '
          f'empty={[i for i in ids if not claims[i]]} shifts={len(SHIFTS)} in {sorted(shift_articles)}')
    wc = [len(t.split()) for t in texts.values()]
    print(f'words min={min(wc)} max={max(wc)}')
    if errs:
        print('ERRORS:\n' + '\n'.join(errs)); sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
