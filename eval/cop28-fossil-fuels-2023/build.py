#!/usr/bin/env python3
"""Build and validate the cop28-fossil-fuels-2023 eval set (articles, feeds, labels).

Self-contained: python3 build.py  (writes articles/, feeds/, labels.json, then validates;
the watchlist.yaml is hand-written and only read here).
"""
import email.utils
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    'ow': ('Orbit Newswire', 'orbit-newswire'),
    'tp': ('Tidewater Post', 'tidewater-post'),
    'ch': ('Crossroads Herald', 'crossroads-herald'),
    'sc': ('Summit Courier', 'summit-courier'),
    'kr': ('Keystone Report', 'keystone-report'),
}

# Each article: (key, published UTC, outlet, slug, title, text, claims)
# claim: (actor, issue, stance, quote, attributed)
A = []


def art(key, published, outlet, slug, title, text, claims):
    A.append(dict(key=key, published=published, outlet=outlet, slug=slug,
                  title=title, text=text.strip(), claims=claims))


art('sunnylands', '2023-11-15T21:00:00Z', 'ow', 'us-china-back-tripling-renewables',
    'US and China back tripling of renewables, stay silent on fossil fuel phase-out',
    '''
WASHINGTON, Nov 15 (Orbit Newswire) - The United States and China said on Wednesday they support efforts to triple renewable energy capacity worldwide by 2030, in a joint statement issued two weeks before the COP28 climate summit opens in Dubai.

The statement followed talks between climate envoys John Kerry and Xie Zhenhua at the Sunnylands estate in California. The two countries said they would accelerate the replacement of coal, oil and gas generation with renewables in their own power sectors and would cover all greenhouse gases in their next national climate plans.

The document did not mention phasing out fossil fuels, the demand that is expected to dominate the Dubai talks. Several climate campaigners called the omission a missed signal, and some analysts suggested Beijing had resisted stronger wording, although neither side commented on the drafting.

Kerry said the world's two largest emitters had shown they could still work together despite broader tensions. Xie said cooperation between the two countries was important for the success of COP28.
''',
    [('usa', 'triple-renewables', 'support', 'they support efforts to triple renewable energy capacity worldwide by 2030', True),
     ('china', 'triple-renewables', 'support', 'they support efforts to triple renewable energy capacity worldwide by 2030', True)])

art('leak', '2023-11-27T10:00:00Z', 'tp', 'cop28-host-leaked-briefings-oil-gas',
    'COP28 host faces questions over leaked oil and gas talking points',
    '''
LONDON, Nov 27 (Tidewater Post) - The host of this week's COP28 climate summit faced questions on Monday after reports that the United Arab Emirates had prepared talking points on oil and gas business for meetings with foreign governments ahead of the conference.

The briefing documents, described by the BBC and the Centre for Climate Reporting, were said to list commercial opportunities for the state oil company ADNOC in talks with more than a dozen countries. Sultan Al Jaber, who chairs the summit, also runs ADNOC.

A COP28 spokesperson said the documents were inaccurate and had not been used in meetings, and that private meetings had focused on climate action. The spokesperson declined to say who had prepared them.

Campaigners said the reports deepened concern about an oil executive presiding over talks in which the future of fossil fuels will be the main fight. Some diplomats in Abu Dhabi said they expected the controversy to fade once negotiations began on Thursday.

The summit runs from Nov 30 to Dec 12 at Expo City Dubai.
''',
    [])

art('eu-mandate', '2023-11-28T09:15:00Z', 'ch', 'eu-heads-to-dubai-with-phase-out-mandate',
    'EU heads to Dubai pressing for global phase-out of unabated fossil fuels',
    '''
BRUSSELS, Nov 28 (Crossroads Herald) - The European Union will go to Dubai pressing for a global phase-out of fossil fuels whose emissions are not captured, EU climate commissioner Wopke Hoekstra said on Tuesday.

Hoekstra told reporters that the bloc wanted the summit's final decision to commit all countries to phasing out unabated fossil fuels and to see their use peak within this decade. He said carbon capture had a role to play, but only in sectors such as cement and steel that have few other ways to cut emissions, and that it should not be used to justify keeping coal, oil and gas plants running.

EU environment ministers agreed the negotiating position in October. Spain's acting ecological transition minister Teresa Ribera, who will negotiate for the rotating EU Council presidency, said the bloc would work with island nations and Latin American countries to build a coalition behind the phase-out language.

Officials in Brussels acknowledged that the demand would meet stiff resistance from oil producers. One diplomat said the final wording would probably be settled on the last night of talks.
''',
    [('eu', 'fossil-fuel-phase-out', 'support', 'commit all countries to phasing out unabated fossil fuels', True),
     ('eu', 'carbon-capture', 'conditional', 'carbon capture had a role to play, but only in sectors such as cement', True)])

art('stiell-preview', '2023-11-29T12:00:00Z', 'sc', 'stiell-summit-must-signal-end-of-fossil-era',
    'UN climate chief says Dubai summit must signal end of fossil fuel era',
    '''
DUBAI, Nov 29 (Summit Courier) - Delegates arriving in Dubai for the COP28 climate summit were handed a stark message on Wednesday from the UN climate body, whose executive secretary Simon Stiell said the talks must end with a clear signal that the fossil fuel era is drawing to a close.

Stiell told a briefing that governments should agree to phase out fossil fuels and to triple renewable power, saying the first global stocktake under the Paris Agreement showed the world was far off track.

Saudi Arabia's energy minister had dismissed the idea of a fossil fuel phase-down earlier this year, and observers expect Riyadh to lead resistance to any such wording. Some negotiators said they thought the Saudi delegation could eventually accept softer language if the text also mentioned carbon capture, but there was no sign of that on Wednesday.

The host country's organisers said about 70,000 people had registered, making it the largest climate conference yet. Talks open on Thursday at Expo City, on the southern edge of the city.
''',
    [('un-climate', 'fossil-fuel-phase-out', 'support', 'governments should agree to phase out fossil fuels', True),
     ('un-climate', 'triple-renewables', 'support', 'and to triple renewable power', True)])

art('day-one-fund', '2023-11-30T14:30:00Z', 'ow', 'loss-and-damage-fund-launched-on-day-one',
    'Loss and damage fund launched on COP28 opening day; UAE and US pledge money',
    '''
DUBAI, Nov 30 (Orbit Newswire) - Governments formally launched a fund to help poor countries cope with climate disasters on the opening day of the COP28 summit on Thursday, and the host nation immediately put money into it.

Summit president Sultan Al Jaber said the United Arab Emirates would contribute $100 million, calling the decision a historic first day. Germany matched the pledge, and Britain promised up to 60 million pounds.

The United States, which had insisted during a year of preparatory talks that any contributions must be voluntary and carry no liability, said it would provide $17.5 million. John Kerry said Washington was proud to support the fund and would work with Congress on more. Campaigners called the US sum tiny relative to the country's historical emissions.

EU climate commissioner Wopke Hoekstra said the European Union and its member states would together put in more than 225 million euros.

The Alliance of Small Island States welcomed the launch of the fund, for which it has campaigned for three decades. Its chair, Samoa's Cedric Schuster, said pledges now had to grow to match the scale of the losses islands face.
''',
    [('cop28-presidency', 'loss-damage-fund', 'support', 'the United Arab Emirates would contribute $100 million', True),
     ('usa', 'loss-damage-fund', 'support', 'John Kerry said Washington was proud to support the fund', True),
     ('eu', 'loss-damage-fund', 'support', 'would together put in more than 225 million euros', True),
     ('aosis', 'loss-damage-fund', 'support', 'The Alliance of Small Island States welcomed the launch of the fund', True)])

art('guterres-leaders', '2023-12-01T16:00:00Z', 'tp', 'guterres-not-reduce-not-abate-phase-out',
    'Guterres tells leaders at COP28: not reduce, not abate, phase out',
    '''
DUBAI, Dec 1 (Tidewater Post) - UN Secretary-General Antonio Guterres told world leaders gathered at COP28 on Friday that the 1.5 degree warming limit could only be kept within reach if the world ultimately stopped burning fossil fuels.

"Not reduce. Not abate. Phase out, with a clear timeframe aligned with 1.5 degrees," Guterres said in his address to the World Climate Action Summit, adding that a burning planet could not be saved with a fire hose of fossil fuels.

He said the summit should also commit to tripling renewable capacity and doubling energy efficiency by 2030.

More than 150 heads of state and government were due to speak over two days. King Charles urged leaders to turn promises into action, and Brazil's President Luiz Inacio Lula da Silva called on rich nations to pay more into climate funds.

Delegates said negotiations on the fossil fuel paragraph of the stocktake text had barely started. Diplomats expected the question of whether to add "unabated", a word that would leave room for burning fuels whose emissions are captured, to be one of the hardest to settle.
''',
    [('un-climate', 'fossil-fuel-phase-out', 'support', 'Not reduce. Not abate. Phase out, with a clear timeframe aligned with 1.5 degrees', True),
     ('un-climate', 'carbon-capture', 'oppose', 'Not reduce. Not abate.', True),
     ('un-climate', 'triple-renewables', 'support', 'He said the summit should also commit to tripling renewable capacity', True)])

art('tripling-pledge', '2023-12-02T13:00:00Z', 'kr', 'more-than-110-countries-pledge-to-triple-renewables',
    'More than 110 countries pledge to triple renewables; China and India stay out',
    '''
DUBAI, Dec 2 (Keystone Report) - More than 110 countries signed a pledge at COP28 on Saturday to triple the world's renewable energy capacity and double the annual rate of energy efficiency improvements by 2030.

The pledge, championed by the summit hosts and the European Union, was announced by COP28 president Sultan Al Jaber, who said the goal was essential to keeping 1.5 degrees within reach. European Commission President Ursula von der Leyen said the bloc would work to have the targets written into the final negotiated decision of the summit.

The United States was among the signatories, alongside Brazil, Nigeria, Australia, Japan, Canada and Chile.

China and India, two of the world's largest builders of solar and wind capacity, did not sign, and nor did Saudi Arabia. A Chinese delegation official declined to say why Beijing had stayed out, and analysts speculated that the pledge's language on coal had been the obstacle.

Tripling renewables would mean reaching about 11,000 gigawatts of capacity by the end of the decade, according to the International Renewable Energy Agency.
''',
    [('cop28-presidency', 'triple-renewables', 'support', 'the goal was essential to keeping 1.5 degrees within reach', True),
     ('eu', 'triple-renewables', 'support', 'the bloc would work to have the targets written into the final negotiated decision', True),
     ('usa', 'triple-renewables', 'support', 'The United States was among the signatories', True)])

art('us-coal', '2023-12-02T18:30:00Z', 'sc', 'us-joins-powering-past-coal-alliance',
    'US joins coal phase-out alliance; Kerry wants strongest fossil fuel language',
    '''
DUBAI, Dec 2 (Summit Courier) - The United States joined an international alliance of countries committed to phasing out unabated coal power, US climate envoy John Kerry announced at COP28 on Saturday.

Joining the Powering Past Coal Alliance commits Washington to building no new unabated coal plants and to retiring existing ones, in line with rules proposed by the Environmental Protection Agency. Kerry said the world could not reach its climate goals while coal kept burning.

He said the United States also wanted the summit's final decision to call for a phase-out of unabated fossil fuels, and that his delegation would work with the EU and island states toward that outcome. He promised to push for the strongest language possible.

Vice President Kamala Harris, who led the US delegation at the leaders' segment, announced a $3 billion pledge to the Green Climate Fund.

The coal alliance, launched by Britain and Canada in 2017, now counts around 60 national governments. Large coal users such as China, India and Indonesia are not members.
''',
    [('usa', 'fossil-fuel-phase-out', 'support', "the United States also wanted the summit's final decision to call for a phase-out", True)])

art('no-science', '2023-12-03T11:00:00Z', 'kr', 'al-jaber-said-no-science-behind-phase-out',
    'COP28 chief said there is "no science" behind a fossil fuel phase-out, recording shows',
    '''
DUBAI, Dec 3 (Keystone Report) - COP28 president Sultan Al Jaber said last month that there was "no science" showing a phase-out of fossil fuels was needed to limit warming to 1.5 degrees, according to a recording of an online event published on Sunday.

Speaking on Nov 21 in a live discussion with former Irish president Mary Robinson, Al Jaber said a phase-out would not allow for sustainable development "unless you want to take the world back into caves". He said he would not sign up to any discussion that he described as alarmist.

Robinson, who chairs the Elders group, had pressed him on whether the UAE would lead a push to phase out fossil fuels. Scientists quoted in the report said his remarks ran against the findings of the UN's climate science panel.

The comments landed in the middle of the first week of talks. Climate campaigners said they confirmed fears about an oil company chief running the summit. The COP28 presidency did not respond to requests for comment on Sunday.

Al Jaber, who runs the Abu Dhabi National Oil Company, had previously said a phase-down of fossil fuels was inevitable.
''',
    [('cop28-presidency', 'fossil-fuel-phase-out', 'oppose', 'there was "no science" showing a phase-out of fossil fuels was needed', True)])

art('respect-science', '2023-12-04T10:30:00Z', 'ow', 'al-jaber-says-phase-out-inevitable',
    'Al Jaber says fossil fuel phase-out is inevitable, insists he respects the science',
    '''
DUBAI, Dec 4 (Orbit Newswire) - COP28 president Sultan Al Jaber said on Monday that a phase-down and phase-out of fossil fuels was inevitable, in an attempt to end a row over remarks in which he had questioned the science behind the demand.

"I have said over and over that the phase-down and the phase-out of fossil fuels is inevitable. In fact it is essential," Al Jaber told a news conference at the summit venue, with the chair of the UN climate science panel, Jim Skea, seated beside him. He said the transition had to be orderly, fair, just and responsible, and had to take into account the circumstances of each country.

He said his comments from last month had been misrepresented and that he was quite surprised by what he called attempts to undermine the work of the presidency. "I respect the science," he said.

Negotiators said the presidency's next draft of the stocktake decision would show whether the words matched the text. Several delegates said they were reserving judgement.
''',
    [('cop28-presidency', 'fossil-fuel-phase-out', 'conditional', 'He said the transition had to be orderly, fair, just and responsible', True)])

art('respect-science-dup', '2023-12-04T15:45:00Z', 'tp', 'cop28-president-phase-out-inevitable',
    'COP28 president: phasing out fossil fuels is inevitable and essential',
    '''
DUBAI, Dec 4 (Tidewater Post) - Sultan Al Jaber, the COP28 president, said on Monday that phasing down and phasing out fossil fuels was inevitable, seeking to close a row over earlier remarks in which he appeared to question the science behind the demand.

"I have said over and over that the phase-down and the phase-out of fossil fuels is inevitable. In fact it is essential," he told reporters at the summit, with Jim Skea, who chairs the UN's climate science panel, sitting next to him. The transition had to be orderly, fair, just and responsible, and had to reflect each country's circumstances, Al Jaber said.

He said his words from last month had been misrepresented and that he was quite surprised at what he called efforts to undermine the presidency's work. "I respect the science," he said.

Delegates said the next draft of the stocktake decision would show whether the text matched his words, and several said they would reserve judgement until then.
''',
    [('cop28-presidency', 'fossil-fuel-phase-out', 'conditional', 'The transition had to be orderly, fair, just and responsible', True)])

art('saudi-absolutely-not', '2023-12-05T09:00:00Z', 'ch', 'saudi-minister-rules-out-fossil-fuel-phase-down',
    'Saudi energy minister rules out any deal to cut fossil fuel use',
    '''
DUBAI, Dec 5 (Crossroads Herald) - Saudi Arabia will not agree to any COP28 deal that calls for cutting the use of fossil fuels, Energy Minister Prince Abdulaziz bin Salman said, dismissing the push by more than 80 countries for a phase-out.

Asked in a television interview whether the kingdom would sign up to a phase-down of fossil fuels, let alone a phase-out, the prince replied: "Absolutely not." He said the summit should focus on cutting emissions rather than choosing between energy sources, and that technologies such as carbon capture would let countries keep producing while emissions fell.

He said the kingdom was investing heavily in solar power at home but that each country had to choose its own path.

Riyadh's position is shared by several other oil producers, although Gulf diplomats said privately that not every member of the Arab Group was equally opposed. Climate campaigners called the remarks a direct challenge to the host's stated goal of an ambitious outcome.

The summit is scheduled to end on Dec 12.
''',
    [('saudi-arabia', 'fossil-fuel-phase-out', 'oppose', 'the prince replied: "Absolutely not."', True),
     ('saudi-arabia', 'carbon-capture', 'support', 'technologies such as carbon capture would let countries keep producing while emissions fell', True)])

art('fund-700m', '2023-12-06T09:00:00Z', 'tp', 'loss-and-damage-pledges-pass-700-million',
    'Loss and damage pledges pass $700 million; islands say far from enough',
    '''
DUBAI, Dec 6 (Tidewater Post) - Pledges to the new loss and damage fund passed $700 million in the first week of COP28, but island states and campaigners said the total fell far short of the losses poor countries already face.

Anne Rasmussen, lead negotiator for the Alliance of Small Island States, said the fund was a victory decades in the making and that islands wanted it to start paying out next year. She said the money pledged so far would not cover the damage from a single major cyclone.

Critics singled out the United States, whose $17.5 million pledge was smaller than those of several European countries. A US official said the contribution came on top of other climate support and that the administration would ask Congress for more. John Kerry declined to say how much more.

The fund will be hosted by the World Bank for an interim period of four years, an arrangement developing countries accepted reluctantly. Its board is due to meet early next year.
''',
    [('aosis', 'loss-damage-fund', 'support', 'the fund was a victory decades in the making', True),
     ('usa', 'loss-damage-fund', 'support', 'the administration would ask Congress for more', True)])

art('xie-conditions', '2023-12-06T12:00:00Z', 'sc', 'xie-says-rich-nations-must-move-first-on-fossil-fuels',
    "China's Xie says rich nations must move first before any fossil fuel phase-out",
    '''
DUBAI, Dec 6 (Summit Courier) - China could only accept a call to phase out fossil fuels if developed countries moved first and gave poorer nations the money and technology to replace them, China's climate envoy Xie Zhenhua said on Wednesday.

Xie told reporters that without a safe and reliable supply of renewable energy, it was unrealistic to abandon coal, oil and gas entirely. He said rich countries, which built their economies on fossil fuels, had to take the lead under the principle of common but differentiated responsibilities.

He said China backed the goal of tripling renewable capacity by 2030 and wanted it in the negotiated decision, although Beijing did not sign the separate pledge announced on Saturday. China installed more solar panels last year than the rest of the world combined.

Xie, 74, has led China's climate diplomacy for most of the past two decades. He met John Kerry on the sidelines on Tuesday, and US officials said the two envoys had discussed methane and the stocktake text. Neither side gave details.
''',
    [('china', 'fossil-fuel-phase-out', 'conditional', 'could only accept a call to phase out fossil fuels if developed countries moved first', True),
     ('china', 'triple-renewables', 'support', 'He said China backed the goal of tripling renewable capacity by 2030', True)])

art('coalition-count', '2023-12-07T14:00:00Z', 'kr', 'phase-out-coalition-passes-100-countries',
    'Phase-out coalition passes 100 countries as first week ends without a deal',
    '''
DUBAI, Dec 7 (Keystone Report) - More than 100 countries now back a call for a phase-out of fossil fuels in the COP28 decision, according to a count by climate researchers, as the first week of talks ended with the core question unresolved.

Marshall Islands climate envoy John Silk said his country would not go silently to a watery grave, and Colombia's environment minister Susana Muhamad said Latin American producers were ready to plan their own exit from oil. Germany's climate envoy Jennifer Morgan said Berlin wanted the strongest possible language.

Analysts said the count masked wide differences over details such as deadlines and whether the word "unabated" should be added, a change that would let fuels whose emissions are captured keep being burned. Some predicted that the next draft would try a middle way built around the phrase "transition away", but no delegation confirmed that.

Negotiators took a rest day on Thursday, and ministers are due to arrive for the second week on Friday. The summit has already produced pledges on methane, cooling and food.
''',
    [])

art('opec-letter', '2023-12-08T19:00:00Z', 'ow', 'opec-letter-urges-members-to-reject-fossil-fuel-text',
    'OPEC letter urges members to reject any COP28 text targeting fossil fuels',
    '''
DUBAI, Dec 8 (Orbit Newswire) - OPEC Secretary General Haitham Al Ghais has urged the group's members and allies to reject any COP28 text that targets fossil fuels rather than emissions, according to a letter dated Dec 6 and seen by reporters on Friday.

In the letter, Al Ghais warned that pressure against fossil fuels could reach a tipping point with irreversible consequences, and asked members to "proactively reject any text or formula that targets energy i.e. fossil fuels rather than emissions". The OPEC secretariat in Vienna confirmed the letter was authentic but declined further comment.

The letter drew sharp criticism at the summit. Spain's Teresa Ribera, who negotiates for the EU Council presidency, said it was wrong for OPEC countries to push back against a phase-out, and that the European Union would keep insisting on one. Several island delegates said the letter showed who was blocking progress.

Thirteen countries belong to OPEC, and together they pump roughly a third of the world's oil.
''',
    [('opec', 'fossil-fuel-phase-out', 'oppose', 'reject any COP28 text that targets fossil fuels rather than emissions', True),
     ('opec', 'drop-phase-out-wording', 'support', 'proactively reject any text or formula that targets energy i.e. fossil fuels', True),
     ('eu', 'fossil-fuel-phase-out', 'support', 'the European Union would keep insisting on one', True)])

art('al-ghais-defends', '2023-12-09T10:00:00Z', 'ch', 'al-ghais-defends-letter-on-fossil-fuel-language',
    "OPEC's Al Ghais defends letter, says answer lies in cutting emissions",
    '''
DUBAI, Dec 9 (Crossroads Herald) - OPEC's Haitham Al Ghais defended his call for members to block any COP28 language aimed at fossil fuels, saying on Saturday that the world would need oil for decades and that the answer to climate change lay in cutting emissions.

In a statement to reporters, he said singling out one energy source was unfair to developing countries that depend on oil revenue. He said technologies such as carbon capture and storage offered a way to reduce emissions without shutting down production, and that OPEC members were already investing heavily in them.

Summit president Sultan Al Jaber did not comment directly on the letter. A spokesman for the host said all parties had to engage constructively and that the goal was an outcome as ambitious as the science required.

Iraq and Kuwait, both OPEC members, were among the countries that spoke against phase-out wording in a closed-door session on Friday night, delegates said.
''',
    [('opec', 'fossil-fuel-phase-out', 'oppose', 'singling out one energy source was unfair to developing countries', True),
     ('opec', 'carbon-capture', 'support', 'technologies such as carbon capture and storage offered a way to reduce emissions', True)])

art('aosis-majlis', '2023-12-10T13:00:00Z', 'sc', 'island-states-will-not-accept-outcome-without-phase-out',
    'Island states say they will not accept an outcome without a phase-out',
    '''
DUBAI, Dec 10 (Summit Courier) - Small island nations will not accept a COP28 outcome that leaves out a phase-out of fossil fuels, the Alliance of Small Island States said on Sunday as ministers met in a traditional majlis circle convened by the summit host.

Anne Rasmussen of Samoa, the alliance's lead negotiator, said the 1.5 degree limit was a matter of survival for its 39 members. She said carbon capture was unproven at scale and must not become a licence to keep burning coal, oil and gas.

The majlis format, in which ministers speak without notes and face each other in a circle, was meant to encourage frank exchanges. Participants said Saudi Arabia's minister had spoken briefly to restate the kingdom's opposition to any phase-out, and US climate envoy John Kerry had urged everyone to find common ground, but there was no agreement.

The hosts have said they will publish a new draft of the stocktake decision on Monday. Talks are due to end on Tuesday, though few delegates expect that to hold.
''',
    [('aosis', 'drop-phase-out-wording', 'oppose', 'will not accept a COP28 outcome that leaves out a phase-out of fossil fuels', True),
     ('aosis', 'fossil-fuel-phase-out', 'support', 'will not accept a COP28 outcome that leaves out a phase-out of fossil fuels', True),
     ('aosis', 'carbon-capture', 'oppose', 'carbon capture was unproven at scale and must not become a licence', True),
     ('saudi-arabia', 'fossil-fuel-phase-out', 'oppose', "Saudi Arabia's minister had spoken briefly to restate the kingdom's opposition to any phase-out", False)])

art('draft-11dec', '2023-12-11T15:30:00Z', 'tp', 'cop28-draft-drops-phase-out',
    'COP28 draft drops call to phase out fossil fuels, offers menu of options',
    '''
DUBAI, Dec 11 (Tidewater Post) - A new draft of the main COP28 decision published by the summit presidency on Monday dropped any call to phase out fossil fuels, offering instead a menu of actions that countries could take.

The 21-page text lists "reducing both consumption and production of fossil fuels, in a just, orderly and equitable manner" among options that parties "could" pursue, alongside tripling renewable capacity and speeding up technologies including carbon capture and storage. Earlier versions had included a phase-out among several options.

Majid Al Suwaidi, the COP28 director-general, told reporters the text was a starting point that reflected what parties had said, and that the hosts wanted everyone to engage. He said the draft could be the basis for a consensus.

Negotiators were expected to work through the night. Delegations from the European Union, the United States and island states met separately to plan their response.
''',
    [('cop28-presidency', 'drop-phase-out-wording', 'support', 'dropped any call to phase out fossil fuels', True),
     ('cop28-presidency', 'carbon-capture', 'support', 'speeding up technologies including carbon capture and storage', True),
     ('cop28-presidency', 'triple-renewables', 'support', 'alongside tripling renewable capacity', True)])

art('reject-draft', '2023-12-11T21:00:00Z', 'kr', 'eu-us-islands-reject-cop28-draft',
    'EU, US and island states reject COP28 draft as too weak on fossil fuels',
    '''
DUBAI, Dec 11 (Keystone Report) - The European Union, the United States and small island nations rejected the COP28 presidency's draft deal on Monday night, saying it had to be much stronger on fossil fuels.

EU climate commissioner Wopke Hoekstra called the draft disappointing and said parts of it were clearly insufficient. Spain's Teresa Ribera said the bloc would not accept a text that did not include a phase-out of fossil fuels.

US climate envoy John Kerry said the text needed to be substantially strengthened and that Washington wanted the fossil fuel section to reflect the urgency of the crisis.

Samoa's Cedric Schuster, who chairs the Alliance of Small Island States, said: "We will not sign our death certificate. We cannot sign on to text that does not have strong commitments on phasing out fossil fuels."

Australia's climate minister Chris Bowen, speaking for a group of countries including Canada and Norway, said the group could not accept a text that ignored the science.

The hosts said they welcomed the feedback and would consult parties through the night.
''',
    [('eu', 'drop-phase-out-wording', 'oppose', 'would not accept a text that did not include a phase-out of fossil fuels', True),
     ('eu', 'fossil-fuel-phase-out', 'support', 'would not accept a text that did not include a phase-out of fossil fuels', True),
     ('usa', 'drop-phase-out-wording', 'oppose', 'the text needed to be substantially strengthened', True),
     ('aosis', 'drop-phase-out-wording', 'oppose', 'We will not sign our death certificate.', True),
     ('aosis', 'fossil-fuel-phase-out', 'support', 'We cannot sign on to text that does not have strong commitments on phasing out', True)])

art('reject-draft-dup', '2023-12-11T23:10:00Z', 'ch', 'draft-deal-rejected-by-eu-us-and-islands',
    'Draft COP28 deal rejected by EU, US and islands over fossil fuel language',
    '''
DUBAI, Dec 11 (Crossroads Herald) - The European Union, the United States and island nations on Monday night rejected the draft deal put forward by the COP28 presidency, demanding much tougher language on fossil fuels.

EU climate commissioner Wopke Hoekstra said the draft was disappointing and that parts of it were clearly insufficient, while Spain's Teresa Ribera said the bloc would not accept a text that did not include a phase-out of fossil fuels.

The text needed to be substantially strengthened, US climate envoy John Kerry said, adding that Washington wanted the fossil fuel section to match the urgency of the crisis.

"We will not sign our death certificate. We cannot sign on to text that does not have strong commitments on phasing out fossil fuels," said Samoa's Cedric Schuster, chair of the Alliance of Small Island States.

Speaking for a group including Canada and Norway, Australia's climate minister Chris Bowen said it could not accept a text that ignored the science. The hosts said they would consult parties overnight after welcoming their feedback.
''',
    [('eu', 'drop-phase-out-wording', 'oppose', 'would not accept a text that did not include a phase-out of fossil fuels', True),
     ('eu', 'fossil-fuel-phase-out', 'support', 'would not accept a text that did not include a phase-out of fossil fuels', True),
     ('usa', 'drop-phase-out-wording', 'oppose', 'The text needed to be substantially strengthened', True),
     ('aosis', 'drop-phase-out-wording', 'oppose', 'We will not sign our death certificate.', True),
     ('aosis', 'fossil-fuel-phase-out', 'support', 'We cannot sign on to text that does not have strong commitments on phasing out', True)])

art('saudi-comfortable', '2023-12-12T08:30:00Z', 'ow', 'saudi-arabia-comfortable-with-draft',
    'Saudi Arabia says it is comfortable with draft, warns against reviving phase-out',
    '''
DUBAI, Dec 12 (Orbit Newswire) - Saudi Arabia said on Tuesday it was comfortable with the COP28 presidency's draft, which lets countries choose how to cut emissions, and warned others against reopening the fossil fuel section.

Saudi officials told reporters the draft respected each nation's right to decide its own energy path, and that the kingdom would not agree to any version that brought back a phase-out. The Arab Group of negotiators, which Riyadh chairs, said in a statement that the world should focus on emissions, not on energy sources.

The summit was scheduled to close at 11 a.m. on Tuesday, but the hosts said talks would run over while they consulted countries on a new text. Delegates said the organisers were looking for wording that both oil producers and the phase-out coalition could live with.

Climate analysts said Saudi Arabia had historically agreed to final texts at the last minute once its red lines were met, but could not say where those lines lay this year.
''',
    [('saudi-arabia', 'drop-phase-out-wording', 'support', "Saudi Arabia said on Tuesday it was comfortable with the COP28 presidency's draft", True),
     ('saudi-arabia', 'fossil-fuel-phase-out', 'oppose', 'would not agree to any version that brought back a phase-out', True)])

art('eu-flexible', '2023-12-12T16:00:00Z', 'sc', 'eu-signals-it-could-accept-deal-without-phase-out-words',
    'EU signals it could accept a deal without the words "phase out"',
    '''
DUBAI, Dec 12 (Summit Courier) - The European Union signalled on Tuesday that it could accept a COP28 deal without the words "phase out", as long as the text clearly committed the world to moving away from fossil fuels in line with the 1.5 degree limit.

"For us it is not about one word," EU climate commissioner Wopke Hoekstra told reporters. He said the bloc could live with other wording if it set out a transition away from coal, oil and gas in energy systems, and if it was tied to the science on 1.5 degrees.

The move came as the hosts circulated ideas for a new text overnight. EU diplomats said the bloc was trying to help the presidency find a landing zone.

A State Department spokesperson declined to say whether Washington would accept a text that left out a phase-out, saying only that the US delegation was working with all parties. Island delegates said they had not been consulted on the new ideas.
''',
    [('eu', 'drop-phase-out-wording', 'conditional', 'He said the bloc could live with other wording if it set out a transition', True)])

art('aosis-denies', '2023-12-12T19:30:00Z', 'kr', 'island-states-deny-softening-phase-out-demand',
    'Island states deny softening their demand for a fossil fuel phase-out',
    '''
DUBAI, Dec 12 (Keystone Report) - The Alliance of Small Island States on Tuesday denied reports that it had softened its demand for a fossil fuel phase-out, saying it would still oppose any final text that dropped the commitment.

Lead negotiator Anne Rasmussen said the group's position had not changed since the summit opened. She said island states had been asked to accept weaker language for the sake of consensus and had refused.

Several delegates from other countries had said on Tuesday morning that the islands might agree to "transition away" wording if it came with a clear deadline. Rasmussen declined to discuss what wording the group had seen in private consultations.

Outside the plenary hall, young activists from Pacific nations staged a silent protest, holding up signs that read "1.5 to stay alive". The Marshall Islands' John Silk said his delegation would stay in Dubai for as long as it took.

The hosts said they aimed to publish a new text on Wednesday morning.
''',
    [('aosis', 'fossil-fuel-phase-out', 'support', 'denied reports that it had softened its demand for a fossil fuel phase-out', True),
     ('aosis', 'drop-phase-out-wording', 'oppose', 'it would still oppose any final text that dropped the commitment', True)])

art('deal-adopted', '2023-12-13T08:45:00Z', 'ow', 'cop28-agrees-to-transition-away-from-fossil-fuels',
    'COP28 agrees to "transition away" from fossil fuels, stops short of phase-out',
    '''
DUBAI, Dec 13 (Orbit Newswire) - Nearly 200 countries agreed on Wednesday to transition away from fossil fuels in energy systems, the first time a UN climate summit has named coal, oil and gas as the problem, but the deal stopped short of the phase-out many had demanded.

COP28 president Sultan Al Jaber gavelled the decision through minutes after opening the plenary, to a standing ovation. He called the agreement historic and said the UAE was proud of a text that would help keep 1.5 degrees within reach.

The decision calls for "transitioning away from fossil fuels in energy systems, in a just, orderly and equitable manner", tripling renewable capacity and doubling energy efficiency by 2030, and accelerating technologies including carbon capture.

The European Union backed the deal. "Humanity has finally done what is long, long, long overdue," EU climate commissioner Wopke Hoekstra said, adding that the bloc accepted the transition language because it pointed to the end of the fossil fuel era.

Al Jaber said it was now up to governments to turn the agreement into action.
''',
    [('cop28-presidency', 'drop-phase-out-wording', 'support', 'He called the agreement historic', True),
     ('eu', 'drop-phase-out-wording', 'support', 'the bloc accepted the transition language', True)])

art('kerry-islands', '2023-12-13T11:30:00Z', 'tp', 'kerry-welcomes-deal-islands-say-not-in-room',
    'Kerry welcomes COP28 deal; island states say it was gavelled through without them',
    '''
DUBAI, Dec 13 (Tidewater Post) - US climate envoy John Kerry welcomed the COP28 agreement on Wednesday, saying the United States was ready to accept the transition language as a strong signal to markets, but small island states said the deal had been gavelled through while they were not in the room.

Kerry told the closing plenary that the text was stronger than many had expected and that Washington supported it, even though it did not include the phase-out the US had sought.

Anne Rasmussen, speaking for the Alliance of Small Island States, said the group had been finalising its response when the decision was adopted. "We have come to the conclusion that the course correction that is needed has not been secured," she said, adding that the text was an incremental advance when an exponential step change was needed. Her speech drew a long ovation.

The islands did not formally object, and the decision stood. Under UN rules, COP decisions are adopted by consensus.
''',
    [('usa', 'drop-phase-out-wording', 'support', 'the United States was ready to accept the transition language', True),
     ('aosis', 'drop-phase-out-wording', 'oppose', 'the course correction that is needed has not been secured', True)])

art('guterres-inevitable', '2023-12-13T14:00:00Z', 'ch', 'guterres-phase-out-inevitable-whether-they-like-it-or-not',
    'Guterres: fossil fuel phase-out is inevitable "whether they like it or not"',
    '''
NEW YORK, Dec 13 (Crossroads Herald) - UN Secretary-General Antonio Guterres said on Wednesday that a phase-out of fossil fuels was inevitable whether some countries liked it or not, after the COP28 deal settled for weaker language.

"To those who opposed a clear reference to a phase-out of fossil fuels in the COP28 text, I want to say that a fossil fuel phase-out is inevitable whether they like it or not," Guterres said in a statement. He said he hoped it would not come too late.

In Dubai, UN climate chief Simon Stiell told delegates that while the summit had not turned the page on the fossil fuel era, the outcome was the beginning of the end. He urged governments to turn the pledges into action and to raise the money poorer countries need.

Guterres had made the phase-out demand the centrepiece of his message to leaders at the start of the summit.
''',
    [('un-climate', 'fossil-fuel-phase-out', 'support', 'a fossil fuel phase-out is inevitable whether they like it or not', True)])

art('ccs-loopholes', '2023-12-13T17:20:00Z', 'kr', 'carbon-capture-language-leaves-room-for-fossil-fuels',
    "Deal's nod to carbon capture leaves room for continued fossil fuel use, critics say",
    '''
DUBAI, Dec 13 (Keystone Report) - The COP28 agreement's nod to carbon capture left open how much coal, oil and gas could keep being burned, scientists and negotiators said on Wednesday.

The decision lists carbon capture, utilisation and storage among the technologies to accelerate, "particularly in hard-to-abate sectors", and recognises that so-called transitional fuels can help energy security, a reference widely read as meaning natural gas.

EU climate commissioner Wopke Hoekstra said the bloc would insist that capture technologies be used only where emissions cannot otherwise be cut, not as a reason to delay the transition. Island states were blunter: Anne Rasmussen said the text contained a litany of loopholes and that capture technologies remained a distraction from cutting fossil fuel use.

Researchers at Climate Analytics said the world's capture projects store only a tiny fraction of annual emissions. Oil industry groups welcomed the recognition of the technology.

Xie Zhenhua said Beijing would study the text carefully before setting its next national climate targets.
''',
    [('eu', 'carbon-capture', 'conditional', 'capture technologies be used only where emissions cannot otherwise be cut', True),
     ('aosis', 'carbon-capture', 'oppose', 'capture technologies remained a distraction from cutting fossil fuel use', True)])

art('saudi-menu', '2023-12-14T09:00:00Z', 'sc', 'saudi-minister-says-deal-imposes-nothing-on-producers',
    'Saudi minister says COP28 deal imposes nothing on oil producers',
    '''
RIYADH, Dec 14 (Summit Courier) - Saudi Arabia's energy minister said the COP28 agreement did nothing to curb the kingdom's oil exports, describing it as a menu from which each country could pick the measures it preferred.

Prince Abdulaziz bin Salman told a Saudi television channel that the text did not target fossil fuels and imposed nothing on producers. He said the kingdom was satisfied with the outcome because it allowed every nation to follow its own route to lower emissions, and that Saudi Arabia would never accept any call to phase out oil and gas.

The minister said the kingdom would keep expanding its solar and wind capacity at home while investing in carbon capture.

Environmental groups said the comments showed how much room the deal's wording left to producers. Diplomats from several European countries said they expected future summits to return to the question of a phase-out.
''',
    [('saudi-arabia', 'drop-phase-out-wording', 'support', 'the kingdom was satisfied with the outcome', True),
     ('saudi-arabia', 'fossil-fuel-phase-out', 'oppose', 'Saudi Arabia would never accept any call to phase out oil and gas', True)])

art('xie-balanced', '2023-12-14T12:00:00Z', 'ow', 'china-welcomes-balanced-cop28-outcome',
    'China welcomes "balanced" COP28 outcome, says rich nations must move first',
    '''
BEIJING, Dec 14 (Orbit Newswire) - China welcomed the COP28 agreement as balanced, with climate envoy Xie Zhenhua saying the transition away from fossil fuels must respect each country's circumstances and that developed nations should move first.

In comments published by state media on Thursday, Xie said China supported the outcome and would implement it in line with its own plans. He said the decision's call to triple global renewable capacity was one China would help the world meet.

Xie said the agreement had shown that multilateralism worked even at a time of geopolitical tension, and thanked the UAE presidency for what he called a transparent and inclusive process.

China's emissions are expected to peak before 2030 under its own targets. Analysts in Beijing said the country's approvals of new coal plants would be the first test of how seriously it took the text.
''',
    [('china', 'drop-phase-out-wording', 'support', 'Xie said China supported the outcome', True),
     ('china', 'triple-renewables', 'support', 'call to triple global renewable capacity was one China would help the world meet', True)])

art('explainer', '2023-12-15T10:00:00Z', 'tp', 'how-the-cop28-fossil-fuel-fight-played-out',
    'Explainer: how the fight over fossil fuel wording played out at COP28',
    '''
LONDON, Dec 15 (Tidewater Post) - Two weeks of talks in Dubai ended with a deal that, for the first time, tells the world to move away from fossil fuels. Here is how the fight over the wording played out.

Before the summit, the European Union and island states built a coalition of more than 100 countries for a phase-out. OPEC, which opposes any international target on fossil fuels, urged its members to block such language in a letter that became public in the second week. Saudi Arabia, which rejects any phase-out, led the resistance inside the negotiating rooms.

COP28 president Sultan Al Jaber came under fire in the first week after a recording showed him questioning the science behind a phase-out; he later said a phase-out was inevitable.

A draft published on Dec 11 dropped the phrase, drawing protests. A new draft two days later introduced the idea of transitioning away from fossil fuels, and it was adopted on Dec 13.

The loss and damage fund, launched on the first day, has received pledges of about $700 million, a fraction of what poor countries say they need.
''',
    [('opec', 'fossil-fuel-phase-out', 'oppose', 'OPEC, which opposes any international target on fossil fuels', False),
     ('saudi-arabia', 'fossil-fuel-phase-out', 'oppose', 'Saudi Arabia, which rejects any phase-out', False)])

# (actor, issue, from, to, article key, why)
SHIFTS = [
    ('usa', 'loss-damage-fund', 'conditional', 'support', 'day-one-fund',
     'Kerry says Washington is proud to support the fund and pledges $17.5 million; before COP28 the US accepted the fund only with reservations (voluntary contributions, no liability), the baseline.'),
    ('cop28-presidency', 'fossil-fuel-phase-out', 'conditional', 'oppose', 'no-science',
     'A recording shows Al Jaber saying there is "no science" that a phase-out is needed and that it would take the world "back into caves"; his own words, published as news on Dec 3. Baseline was his pre-summit "phase-down is inevitable" openness.'),
    ('cop28-presidency', 'fossil-fuel-phase-out', 'oppose', 'conditional', 'respect-science',
     'Reversal a day later: Al Jaber says phase-down and phase-out are inevitable and essential, but the transition must be orderly, fair, just and responsible and reflect national circumstances.'),
    ('eu', 'drop-phase-out-wording', 'oppose', 'conditional', 'eu-flexible',
     'Hoekstra: "not about one word"; the EU could live with other wording if it sets out a transition away from fossil fuels tied to 1.5C. On Dec 11 (020/021) Ribera said the EU would not accept a text without a phase-out.'),
    ('eu', 'drop-phase-out-wording', 'conditional', 'support', 'deal-adopted',
     'The EU backs the adopted deal and Hoekstra says the bloc accepted the transition language.'),
    ('usa', 'drop-phase-out-wording', 'oppose', 'support', 'kerry-islands',
     'Kerry says the US is ready to accept the transition language and supports the text although it lacks the phase-out the US sought; on Dec 11 (020/021) he said the draft had to be substantially strengthened.'),
]

DUPLICATES = [('respect-science', 'respect-science-dup'), ('reject-draft', 'reject-draft-dup')]


def build():
    A.sort(key=lambda a: a['published'])
    ids = {}
    for i, a in enumerate(A, 1):
        a['id'] = f'{i:03d}'
        ids[a['key']] = a['id']
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, 'articles')):
        os.remove(os.path.join(HERE, 'articles', f))
    for a in A:
        name, slug = OUTLETS[a['outlet']]
        y, m, d = a['published'][:10].split('-')
        a['source'] = name
        a['url'] = f'https://example.org/{slug}/{y}/{m}/{d}/{a["slug"]}'
        doc = {k: a[k] for k in ('id', 'published', 'source', 'url', 'title', 'text')}
        with open(os.path.join(HERE, 'articles', a['id'] + '.json'), 'w') as fh:
            json.dump(doc, fh, indent=2, ensure_ascii=False)
            fh.write('\n')
    for code, (name, slug) in OUTLETS.items():
        items = [a for a in A if a['outlet'] == code]
        items.sort(key=lambda a: a['published'], reverse=True)
        last = email.utils.format_datetime(_dt(items[0]['published']), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>',
               f'    <link>https://example.org/{slug}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch cop28-fossil-fuels-2023 eval set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{last}</lastBuildDate>']
        for a in items:
            out += ['    <item>', f'      <title>{escape(a["title"])}</title>',
                    f'      <link>{escape(a["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                    f'      <pubDate>{email.utils.format_datetime(_dt(a["published"]), usegmt=True)}</pubDate>',
                    f'      <description>{escape(a["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', slug + '.xml'), 'w') as fh:
            fh.write('\n'.join(out))
    claims = {a['id']: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4])
                        for c in a['claims']] for a in A}
    shifts = [dict(actor=s[0], issue=s[1], **{'from': s[2]}, to=s[3], article=ids[s[4]], why=s[5])
              for s in SHIFTS]
    shift_arts = {s['article'] for s in shifts}
    labels = dict(claims=claims, shifts=shifts,
                  no_alert_articles=[a['id'] for a in A if a['id'] not in shift_arts])
    with open(os.path.join(HERE, 'labels.json'), 'w') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write('\n')
    return ids


def _dt(s):
    return datetime.strptime(s, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)


def _watchlist():
    """Tiny reader for the flat watchlist.yaml (no PyYAML needed)."""
    actors, issues, baseline, section = set(), set(), [], None
    for line in open(os.path.join(HERE, 'watchlist.yaml')):
        if re.match(r'^(actors|issues|baseline):', line):
            section = line.split(':')[0]
        m = re.match(r'^  - id: (\S+)', line)
        if m:
            (actors if section == 'actors' else issues).add(m.group(1))
        m = re.match(r'^  - \{actor: (\S+), issue: (\S+), stance: (\w+)\}', line)
        if m:
            baseline.append(m.groups())
    return actors, issues, baseline


def validate(ids):
    errs = []
    actors, issues, baseline = _watchlist()
    labels = json.load(open(os.path.join(HERE, 'labels.json')))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')))
    if files != sorted(labels['claims']):
        errs.append('claims keys do not match article files')
    arts = {}
    prev = ''
    for f in files:
        doc = json.load(open(os.path.join(HERE, 'articles', f + '.json')))
        arts[f] = doc
        if doc['id'] != f:
            errs.append(f'{f}: id mismatch')
        if doc['published'] < prev:
            errs.append(f'{f}: not in publication order')
        prev = doc['published']
        n = len(doc['text'].split())
        if not 120 <= n <= 260:
            errs.append(f'{f}: {n} words')
        if not re.match(r'^[A-Z ]+, [A-Z][a-z]{2} \d{1,2} \(' + re.escape(doc['source']) + r'\) - ', doc['text']):
            errs.append(f'{f}: bad dateline')
    for aid, cl in labels['claims'].items():
        seen = set()
        for c in cl:
            if c['actor'] not in actors:
                errs.append(f'{aid}: unknown actor {c["actor"]}')
            if c['issue'] not in issues:
                errs.append(f'{aid}: unknown issue {c["issue"]}')
            if c['stance'] not in ('support', 'oppose', 'conditional'):
                errs.append(f'{aid}: bad stance')
            if c['quote'] not in arts[aid]['text']:
                errs.append(f'{aid}: quote not in text: {c["quote"]}')
            if len(c['quote'].split()) > 15:
                errs.append(f'{aid}: quote over 15 words: {c["quote"]}')
            t = (c['actor'], c['issue'], c['stance'])
            if t in seen:
                errs.append(f'{aid}: duplicate tuple {t}')
            seen.add(t)
    # Replay prevailing stances: every change of an attributed stance must be a labelled shift, and vice versa.
    prevailing = {(a, i): s for a, i, s in baseline}
    derived = []
    for aid in files:
        for c in labels['claims'][aid]:
            if not c['attributed']:
                continue
            k = (c['actor'], c['issue'])
            if k in prevailing and prevailing[k] != c['stance']:
                derived.append((c['actor'], c['issue'], prevailing[k], c['stance'], aid))
            prevailing[k] = c['stance']
    labelled = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    if derived != labelled:
        errs.append(f'shift replay mismatch:\n  derived  {derived}\n  labelled {labelled}')
    shift_arts = {s['article'] for s in labels['shifts']}
    if sorted(labels['no_alert_articles']) != [f for f in files if f not in shift_arts]:
        errs.append('no_alert_articles wrong')
    for a, b in DUPLICATES:
        ca = {(c['actor'], c['issue'], c['stance']) for c in labels['claims'][ids[a]]}
        cb = {(c['actor'], c['issue'], c['stance']) for c in labels['claims'][ids[b]]}
        if ca != cb:
            errs.append(f'duplicate pair {ids[a]}/{ids[b]} claims differ')
        if arts[ids[a]]['source'] == arts[ids[b]]['source'] or arts[ids[a]]['published'][:10] != arts[ids[b]]['published'][:10]:
            errs.append(f'duplicate pair {ids[a]}/{ids[b]} must be same day, different outlets')
    for f in sorted(os.listdir(os.path.join(HERE, 'feeds'))):
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', f)], capture_output=True, text=True)
        if r.returncode:
            errs.append(f'{f}: xmllint: {r.stderr.strip()}')
    return errs, labels, arts


def summary(labels, arts, ids):
    from collections import Counter
    cl = [c for v in labels['claims'].values() for c in v]
    print(f'articles {len(arts)}; claims {len(cl)}', dict(Counter(c['stance'] for c in cl)),
          f'unattributed {sum(not c["attributed"] for c in cl)}')
    print('shifts', len(labels['shifts']), 'in articles', sorted({s['article'] for s in labels['shifts']}))
    print('empty', [k for k, v in labels['claims'].items() if not v])
    print('per outlet', dict(Counter(a['source'] for a in arts.values())))
    print('per issue', dict(Counter(c['issue'] for c in cl)))
    print('per actor', dict(Counter(c['actor'] for c in cl)))
    print('duplicates', [(ids[a], ids[b]) for a, b in DUPLICATES])
    print('words', min(len(a['text'].split()) for a in arts.values()), max(len(a['text'].split()) for a in arts.values()))


if __name__ == '__main__':
    ids = build()
    errs, labels, arts = validate(ids)
    summary(labels, arts, ids)
    if errs:
        print('INVALID:\n' + '\n'.join(errs))
        sys.exit(1)
    print('OK: all checks passed')
