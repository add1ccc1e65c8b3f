#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set eu-2040-climate-target-2025.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to
this script, then validates them (see validate()). Exits non-zero on any validation error.

All article text is original paraphrase written for this set; the events are real and public,
but the set is not a source of facts.
"""
import datetime as dt
import email.utils
import json
import os
import re
import shutil
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BASE_URL = "https://example.org"

OUTLETS = {
    "tidewater-wire": "Tidewater Wire",
    "continental-courier": "Continental Courier",
    "kestrel-post": "Kestrel Post",
    "alderbrook-times": "Alderbrook Times",
    "greyfield-report": "Greyfield Report",
}

S, O, C = "support", "oppose", "conditional"

# Each article: published (UTC), outlet, slug, title, text, claims = [(actor, issue, stance, quote, attributed)].
# Articles are listed in publication order; ids are assigned 001.. from this order.
ARTICLES = [
    dict(
        published="2025-02-26T13:00:00Z", outlet="tidewater-wire",
        slug="commission-ties-2040-goal-to-industry-plan",
        title="Commission ties 2040 climate goal to new industry plan",
        text="""BRUSSELS, Feb 26 (Tidewater Wire) - The European Commission on Wednesday unveiled a plan to help heavy industry cut energy costs and decarbonise, and said it remained committed to proposing a 90% cut in the bloc's net greenhouse gas emissions by 2040.

Commission President Ursula von der Leyen told reporters that the climate goal and the industrial plan were two halves of one strategy and that Europe could not afford to drop either. A clear 2040 target, she said, would give investors the certainty they had been asking for.

Climate Commissioner Wopke Hoekstra is due to table the legal proposal, an amendment to the European Climate Law, in the coming weeks. Officials said the draft was still being discussed inside the EU executive and declined to say whether it would offer governments any new flexibilities.

Poland, which holds the rotating presidency of the EU's Council of ministers until the end of June, regards a 90% cut as out of reach for its coal-dependent economy.

Industry groups welcomed the promise of cheaper power but said they would judge the plan on delivery.""",
        claims=[
            ("commission", "target-90", S, "it remained committed to proposing a 90% cut in the bloc's net greenhouse gas emissions", True),
            ("poland", "target-90", O, "regards a 90% cut as out of reach for its coal-dependent economy", False),
        ],
    ),
    dict(
        published="2025-03-10T15:30:00Z", outlet="kestrel-post",
        slug="czechs-push-to-delay-eu-carbon-price-on-fuel-and-heating",
        title="Czech government pushes to delay EU carbon price on fuel and heating",
        text="""PRAGUE, March 10 (Kestrel Post) - The Czech government will lobby its EU partners to hold back the launch of the bloc's second emissions trading system, which would put a carbon price on heating fuel and petrol from 2027, Prime Minister Petr Fiala said on Monday.

Fiala told a news conference after a cabinet meeting that households could not be exposed to a sudden jump in energy bills and that the start should be pushed back to 2028 at the earliest, with stronger safeguards against price spikes. Prague would look for allies among other capitals, he said.

He also repeated that his government saw no need for a new 2040 emissions target on top of the existing goals for 2030 and 2050.

The European Commission has so far refused to move the 2027 date, which is written into EU law, arguing that a social climate fund worth tens of billions of euros will cushion poorer households.

Environment Minister Petr Hladik is expected to raise the issue at a meeting of EU environment ministers in Brussels next week. Environmental groups in Prague criticised the plan, saying a delay would only make the eventual transition more expensive.""",
        claims=[
            ("czech-republic", "ets2-suspension", S, "the start should be pushed back to 2028 at the earliest", True),
            ("czech-republic", "target-90", O, "his government saw no need for a new 2040 emissions target", True),
            ("commission", "ets2-suspension", O, "has so far refused to move the 2027 date", False),
        ],
    ),
    dict(
        published="2025-03-17T11:20:00Z", outlet="alderbrook-times",
        slug="spain-denmark-urge-quick-deal-on-2040-target",
        title="Spain and Denmark urge quick deal on 2040 climate target",
        text="""BRUSSELS, March 17 (Alderbrook Times) - Spain and Denmark called on Monday for the European Union to settle its 2040 climate target without further delay, as environment ministers met in Brussels for their first debate of the year on the goal.

Spanish Ecological Transition Minister Sara Aagesen said on arriving at the meeting that Europe needed its 90% target for 2040 and the sooner the better. Asked about calls from some capitals to slow the process down, she said postponing the decision would do enormous damage.

Denmark's climate minister, Lars Aagaard, said his country had been the first to back a 90% cut and still regarded that figure as the right one.

The Commission had been expected to present its legal proposal before the end of March, but officials now say it may slip. Climate Commissioner Wopke Hoekstra told reporters the 90% figure was not in question and that he was still talking to capitals about how it could be reached.

Poland's climate minister, Paulina Hennig-Kloska, chaired the session on behalf of the Polish presidency and did not comment on the substance.""",
        claims=[
            ("spain", "target-90", S, "Europe needed its 90% target for 2040 and the sooner the better", True),
            ("denmark", "target-90", S, "still regarded that figure as the right one", True),
            ("commission", "target-90", S, "the 90% figure was not in question", True),
        ],
    ),
    dict(
        published="2025-03-17T13:45:00Z", outlet="greyfield-report",
        slug="madrid-copenhagen-press-for-2040-target-without-delay",
        title="Madrid and Copenhagen press EU for swift 2040 climate decision",
        text="""BRUSSELS, March 17 (Greyfield Report) - Spain and Denmark urged the European Union on Monday to settle its 2040 climate target without more delay, as EU environment ministers held their first debate of the year on the goal in Brussels.

Arriving at the meeting, Spanish Ecological Transition Minister Sara Aagesen said Europe needed its 90% target for 2040 and the sooner the better. Asked about calls from some governments to slow down, she said that postponing the decision would cause enormous damage.

Lars Aagaard, Denmark's climate minister, said his country had been the first to back a 90% cut and still regarded that figure as the right one.

The Commission had been due to present its legal proposal before the end of March, but officials now say it may be delayed. Climate Commissioner Wopke Hoekstra said the 90% figure was not in question and that he was still in talks with capitals about how to reach it.

The session was chaired by Poland's climate minister, Paulina Hennig-Kloska, for the Polish presidency. She did not comment on the substance.""",
        claims=[
            ("spain", "target-90", S, "Europe needed its 90% target for 2040 and the sooner the better", True),
            ("denmark", "target-90", S, "still regarded that figure as the right one", True),
            ("commission", "target-90", S, "the 90% figure was not in question", True),
        ],
    ),
    dict(
        published="2025-04-03T16:00:00Z", outlet="continental-courier",
        slug="2040-proposal-slips-to-summer-hoekstra-eyes-credits",
        title="EU's 2040 climate proposal slips to summer as Hoekstra eyes carbon credits",
        text="""BRUSSELS, April 3 (Continental Courier) - The European Commission will not publish its proposal for a 2040 climate target until shortly before the summer, Climate Commissioner Wopke Hoekstra said on Thursday, confirming a delay of several months.

Hoekstra said the extra time would be used to build a majority among governments and lawmakers, and that the 90% headline figure was not up for negotiation. He said he was prepared to look at letting countries count a limited amount of international carbon credits towards the goal, but only if the credits were of high quality and did not replace real cuts at home.

He told reporters he was optimistic the EU would meet a revised September deadline from the United Nations for its next climate pledge, and said US tariffs announced overnight had made an already difficult geopolitical situation harder.

Tiemo Woelken, a Social Democrat member of the European Parliament, said credits would open large loopholes, and Green lawmakers said they would vote against any such mechanism.

Countries can already trade emissions cuts under rules for Article 6 of the Paris Agreement that were finalised last year.""",
        claims=[
            ("commission", "target-90", S, "the 90% headline figure was not up for negotiation", True),
            ("commission", "intl-credits", C, "prepared to look at letting countries count a limited amount of international carbon credits", True),
        ],
    ),
    dict(
        published="2025-04-09T17:30:00Z", outlet="kestrel-post",
        slug="german-coalition-backs-90-percent-goal-with-strings",
        title="Germany's next government backs 90% EU climate goal, with strings attached",
        text="""BERLIN, April 9 (Kestrel Post) - Germany's incoming coalition will support the European Union's proposed 90% emissions cut for 2040 only if part of the effort can be met with carbon credits bought abroad, according to the coalition agreement presented in Berlin on Wednesday.

The 144-page pact between Friedrich Merz's conservatives and the Social Democrats says Germany should not have to go beyond the 88% cut already set in its national climate law. It says up to three percentage points of the EU target should be achievable through certified, permanent projects in partner countries outside Europe, and that this must be written into EU law.

Merz, who is expected to be elected chancellor by parliament next month, told reporters the country wanted to remain an industrial nation and become climate neutral at the same time.

The outgoing government of Olaf Scholz had backed the 90% figure without conditions. Commission officials, who have been looking for a large member state to champion the goal, said privately that the German position would carry weight.

Environmental groups said relying on foreign credits would weaken action at home.""",
        claims=[
            ("germany", "target-90", C, "will support the European Union's proposed 90% emissions cut for 2040 only if", True),
            ("germany", "intl-credits", S, "up to three percentage points of the EU target should be achievable", True),
        ],
    ),
    dict(
        published="2025-04-10T09:00:00Z", outlet="greyfield-report",
        slug="diplomats-weigh-who-follows-germany-on-2040-caveats",
        title="Diplomats weigh who will follow Germany's lead on 2040 climate caveats",
        text="""BRUSSELS, April 10 (Greyfield Report) - Diplomats in Brussels are trying to work out whether other large member states will set conditions of their own for the EU's 2040 climate target, now that the Commission's proposal has been pushed back to the summer.

Two diplomats said they expected France to ask for similar room for manoeuvre, possibly linked to recognition of nuclear power, although French officials have not said so publicly. A third said Italy could end up as the swing vote once the text is published.

A Commission spokesperson declined to say whether the EU executive had discussed the German coalition text with Berlin, and said the timing of the proposal would be announced in due course.

Analysts at a Brussels think tank said the debate was increasingly about how the target would be met rather than about the headline number. One said the bloc risked arriving at the UN climate summit in Belem, Brazil, in November without a settled position.

Ministers are next due to discuss climate matters at an Environment Council in Luxembourg in June.""",
        claims=[],
    ),
    dict(
        published="2025-05-14T12:00:00Z", outlet="alderbrook-times",
        slug="schneider-confirms-conditional-german-support-2040",
        title="New German environment minister confirms conditional support for EU 2040 goal",
        text="""BERLIN, May 14 (Alderbrook Times) - Germany will back the European Union's 90% emissions target for 2040 as long as the final law lets countries use a small share of international credits, Environment Minister Carsten Schneider said on Wednesday.

Schneider, a Social Democrat who took office last week in Chancellor Friedrich Merz's cabinet, said in his first interview since his appointment that the government would stick to the terms of the coalition agreement. Credits from projects abroad should supplement cuts at home and never replace them, he said.

He said he did not want Germany to be seen as weakening Europe's climate ambitions and that he would make the case for the target among his counterparts.

Schneider declined to say whether Germany would accept a larger share of credits if other governments pushed for one.

His party had resisted the use of offsets during the coalition talks before agreeing to a cap of three percentage points. Green opposition lawmakers accused the government of outsourcing its climate effort.""",
        claims=[
            ("germany", "target-90", C, "will back the European Union's 90% emissions target for 2040 as long as", True),
            ("germany", "intl-credits", S, "the final law lets countries use a small share of international credits", True),
        ],
    ),
    dict(
        published="2025-05-30T10:45:00Z", outlet="tidewater-wire",
        slug="brussels-to-include-carbon-credits-diplomats-say",
        title="Brussels to include carbon credits in 2040 climate plan, diplomats say",
        text="""BRUSSELS, May 30 (Tidewater Wire) - The European Commission will propose its 2040 climate target on July 2 and will let governments meet part of it with international carbon credits, two EU diplomats said on Friday.

Climate Commissioner Wopke Hoekstra told ambassadors from the 27 member states this week that the proposal would give capitals several ways of reaching the goal, including paying for emissions-cutting projects in poorer countries, according to the diplomats, who asked not to be named because the talks were private.

Germany, France and Poland are among the governments that favour allowing credits, the diplomats said. Others want the effort to stay at home.

A Commission spokesperson said the college of commissioners had not yet adopted the text and that the EU executive did not comment on leaks.

Credits have a chequered history. Many of those traded under earlier schemes failed to deliver the cuts they promised, though supporters say new UN rules should make them more reliable.""",
        claims=[
            ("commission", "intl-credits", S, "will let governments meet part of it with international carbon credits", False),
            ("germany", "intl-credits", S, "Germany, France and Poland are among the governments that favour allowing credits", False),
            ("france", "intl-credits", S, "Germany, France and Poland are among the governments that favour allowing credits", False),
            ("poland", "intl-credits", S, "Germany, France and Poland are among the governments that favour allowing credits", False),
        ],
    ),
    dict(
        published="2025-06-25T18:00:00Z", outlet="continental-courier",
        slug="france-denies-seeking-to-stall-eu-climate-targets",
        title="France denies seeking to stall EU climate targets",
        text="""BRUSSELS, June 25 (Continental Courier) - French officials on Wednesday denied a report that Paris had joined Poland and Hungary in asking for the EU's 2035 climate pledge to the United Nations to be handled separately from the 2040 target, a move critics say could lower the bloc's ambition.

"France is not trying to slow anything down," a French diplomat said, adding that Paris wanted both files handled with care ahead of the UN climate summit in Brazil.

The Commission had planned to derive the 2035 pledge, which is due with the UN in September, from the 2040 target it will propose next week.

Poland's climate ministry said separately on Wednesday that Warsaw still considered a 90% cut by 2040 unrealistic for an economy that burns coal for more than half of its electricity, and that it would press for the two targets to be kept apart.

EU leaders gather in Brussels on Thursday for a two-day summit where climate is not formally on the agenda, though diplomats expect the subject to come up over dinner.

Hungary's government has said it will not support any 2040 target that raises energy prices.""",
        claims=[
            ("poland", "target-90", O, "Warsaw still considered a 90% cut by 2040 unrealistic", True),
        ],
    ),
    dict(
        published="2025-06-27T08:30:00Z", outlet="kestrel-post",
        slug="macron-2040-goal-needs-leaders-debate",
        title="Macron says 2040 climate goal needs leaders' debate, not a rush",
        text="""BRUSSELS, June 27 (Kestrel Post) - French President Emmanuel Macron said France would back a 2040 climate target only if it came with the means to reach it, and that the decision should be taken by EU leaders rather than settled in a few weeks of technical talks.

Speaking after a summit of EU leaders in Brussels late on Thursday, Macron said he was in favour of having targets for 2040 but that they had to be compatible with European competitiveness. He listed three demands: technological neutrality, which would put nuclear power on an equal footing with renewables, more flexibility for governments, and more investment.

It has to be a democratic discussion among the 27, he said, suggesting the matter belonged on the agenda of a future summit of heads of state and government.

He added that the EU's 2035 pledge, which the UN expects before the climate summit in Belem, could be handled first. If the bloc had its 2040 target by then, so much the better, he said, but if not it should take the time to get it right.

The Commission is due to present its proposal on Wednesday.""",
        claims=[
            ("france", "target-90", C, "France would back a 2040 climate target only if it came with the means", True),
            ("france", "leaders-decide", S, "the decision should be taken by EU leaders rather than settled in a few weeks", True),
        ],
    ),
    dict(
        published="2025-07-02T11:30:00Z", outlet="tidewater-wire",
        slug="eu-proposes-90-percent-cut-by-2040-with-foreign-credits",
        title="EU proposes 90% emissions cut by 2040, with room for foreign credits",
        text="""BRUSSELS, July 2 (Tidewater Wire) - The European Commission proposed on Wednesday that the EU cut its net greenhouse gas emissions by 90% from 1990 levels by 2040, and for the first time offered to let governments count international carbon credits towards the goal.

Under the draft amendment to the European Climate Law, credits from projects outside the bloc could cover up to three percentage points of the target from 2036. Permanent carbon removals could also be counted within the EU's emissions trading system.

Climate Commissioner Wopke Hoekstra defended the credits against criticism from the bloc's own scientific advisers, calling them an improvement to the system. The planet does not care where emissions are cut, he said, so it made sense to do the vast majority at home and allow flexibility for the last few percentage points.

Teresa Ribera, the Commission's executive vice-president and a former Spanish environment minister, said the number itself was clear and that the debate now was about how to combine the flexibilities.

The proposal now goes to the 27 governments and the European Parliament. Denmark, which took over the rotating Council presidency this week, will steer the talks among governments.""",
        claims=[
            ("commission", "target-90", S, "proposed on Wednesday that the EU cut its net greenhouse gas emissions by 90%", True),
            ("commission", "intl-credits", S, "defended the credits against criticism from the bloc's own scientific advisers", True),
        ],
    ),
    dict(
        published="2025-07-02T16:10:00Z", outlet="alderbrook-times",
        slug="czechs-reject-eu-2040-climate-target",
        title="Czechs reject EU's 2040 climate target",
        text="""PRAGUE, July 2 (Alderbrook Times) - The Czech Republic does not agree with the European Commission's proposal to cut the bloc's emissions by 90% by 2040, Prime Minister Petr Fiala said after a cabinet meeting on Wednesday.

Fiala said the EU already had climate targets for 2030 and 2050 and should concentrate on meeting them sensibly, adjusting some past decisions where necessary so that Europe's competitiveness was not put at risk. Prosperity and economic considerations had to come first, he said.

Environment Minister Petr Hladik wrote on social media that a binding 90% cut was not realistic for the country and that Prague wanted to see the impact on each sector before going further. Cutting emissions was necessary, he wrote, but the transition could not work without realistic conditions and fair financing.

Fiala also said his government would keep pushing for the carbon price on heating and transport to be postponed.

The proposal needs the backing of a qualified majority of member states and of the European Parliament. Czech environmental groups welcomed it.""",
        claims=[
            ("czech-republic", "target-90", O, "does not agree with the European Commission's proposal to cut the bloc's emissions by 90%", True),
            ("czech-republic", "ets2-suspension", S, "would keep pushing for the carbon price on heating and transport to be postponed", True),
        ],
    ),
    dict(
        published="2025-07-02T18:40:00Z", outlet="greyfield-report",
        slug="italy-poland-cool-on-climate-goal-denmark-seeks-compromise",
        title="Italy, Poland cool on EU climate goal; Denmark vows to seek compromise",
        text="""ROME, July 2 (Greyfield Report) - Italy warned on Wednesday against climate goals that families and businesses could not sustain, joining the governments unhappy with the European Commission's proposed 90% emissions cut for 2040.

Environment and Energy Security Minister Gilberto Pichetto Fratin said in a statement that Italy's priority was to avoid ideological targets and deadlines that would hurt European competitiveness. Speaking to reporters later, he said a 90% cut by 2040 was neither realistic nor sustainable for Italy.

In Warsaw, Climate Minister Paulina Hennig-Kloska said the proposal did not reflect economic reality and that Poland could not support it.

Denmark's climate minister, Lars Aagaard, who will chair the negotiations among governments, said the international credits in the text had not come from a Danish wish. Copenhagen would nonetheless work to find a compromise on how much flexibility to allow, he said, because listening to all sides was the job of the presidency.

In Madrid, the Spanish government said the 90% figure must stay and urged a quick agreement.""",
        claims=[
            ("italy", "target-90", O, "a 90% cut by 2040 was neither realistic nor sustainable for Italy", True),
            ("poland", "target-90", O, "the proposal did not reflect economic reality and that Poland could not support it", True),
            ("denmark", "intl-credits", C, "Copenhagen would nonetheless work to find a compromise on how much flexibility to allow", True),
            ("spain", "target-90", S, "the Spanish government said the 90% figure must stay", True),
        ],
    ),
    dict(
        published="2025-07-10T14:00:00Z", outlet="continental-courier",
        slug="eu-climate-ministers-open-informal-talks-in-aalborg",
        title="EU climate ministers open informal talks in Aalborg",
        text="""AALBORG, Denmark, July 10 (Continental Courier) - Environment and climate ministers from the 27 EU countries gathered in the Danish city of Aalborg on Thursday for two days of informal talks, the first such meeting under Denmark's six-month presidency of the Council.

No decisions are taken at informal sessions. Officials said the agenda covered adaptation to heatwaves and floods, water resilience and a first exchange of views on the Commission's 2040 climate proposal, published last week.

Ministers were also due to visit local energy projects before a working dinner on the waterfront, organisers said.

The presidency has scheduled a formal meeting of environment ministers in Brussels on Sept 18. Diplomats said it was too early to say whether a deal on the 2040 file could be ready by then, and several ministers declined to discuss their positions on arrival.

The European Parliament's environment committee will hold its first debate on the proposal later this month.""",
        claims=[],
    ),
    dict(
        published="2025-09-03T15:00:00Z", outlet="kestrel-post",
        slug="france-wants-leaders-to-settle-2040-target-in-october",
        title="France wants EU leaders to settle 2040 climate target in October",
        text="""PARIS, Sept 3 (Kestrel Post) - France has asked for the European Union's 2040 climate target to be discussed by heads of state and government at their October summit before environment ministers vote on it, according to a note the French government sent to EU partners.

The note, seen by Kestrel Post, says a target with such far-reaching consequences for industry and households must receive political guidance from leaders. It also calls for nuclear power to be treated the same way as renewables and for a stronger plan to finance the decarbonisation of heavy industry.

The request complicates plans by the Danish presidency to secure a deal at a meeting of ministers on Sept 18. Ministers can adopt their position by qualified majority, while summit conclusions require consensus, which would hand every capital a potential veto.

An official at the Elysee said France was not trying to block the target and remained committed to climate neutrality by 2050. The official declined to say whether Paris could accept the 90% figure if its demands were met.""",
        claims=[
            ("france", "leaders-decide", S, "France has asked for the European Union's 2040 climate target to be discussed", True),
        ],
    ),
    dict(
        published="2025-09-05T10:30:00Z", outlet="tidewater-wire",
        slug="denmark-presses-on-with-september-deal-despite-french-push",
        title="Denmark presses on with September deal on 2040 target despite French push",
        text="""COPENHAGEN, Sept 5 (Tidewater Wire) - Denmark is still aiming for EU environment ministers to agree the bloc's 2040 climate target at their meeting on Sept 18 and does not want the decision passed up to a leaders' summit, Climate Minister Lars Aagaard said on Friday.

Speaking on his way into an informal meeting of EU ministers in Copenhagen, Aagaard said the presidency was in close contact with every capital about its specific wishes and was working flat out for an agreement on the 18th.

Moving the file to a summit would mean any decision needed the consent of all 27 leaders, rather than the qualified majority that applies among ministers. Aagaard said the EU's credibility before the UN climate summit in Brazil depended on a timely decision.

He said Denmark continued to regard a 90% cut as the right level of ambition for 2040.

France's request for a summit debate has drawn support from several central European governments, diplomats said. A Polish official said Warsaw had not yet taken a final view on the timing.""",
        claims=[
            ("denmark", "leaders-decide", O, "does not want the decision passed up to a leaders' summit", True),
            ("denmark", "target-90", S, "Denmark continued to regard a 90% cut as the right level of ambition", True),
            ("france", "leaders-decide", S, "France's request for a summit debate has drawn support", False),
        ],
    ),
    dict(
        published="2025-09-11T13:20:00Z", outlet="continental-courier",
        slug="germany-joins-france-in-calling-for-leaders-to-weigh-in",
        title="Germany joins France in calling for leaders to weigh in on climate target",
        text="""BERLIN, Sept 11 (Continental Courier) - Germany wants EU leaders to discuss the bloc's 2040 climate target at their summit in October before ministers take a final decision, a German government spokesman said on Thursday, dimming hopes of a deal next week.

The spokesman said a target of this importance for German industry deserved a debate among heads of government, and that Berlin still supported a 90% cut provided the package gave countries enough flexibility.

With the EU's two largest economies now aligned, diplomats said the Danish presidency was unlikely to put the target to a vote on Sept 18. Poland and the Czech Republic also favour a summit discussion, according to two diplomats.

Chancellor Friedrich Merz has said in recent speeches that climate policy must not cost Germany its industrial jobs.

A Commission spokesperson said the EU executive would respect whatever process member states chose but hoped for a swift outcome.""",
        claims=[
            ("germany", "leaders-decide", S, "Germany wants EU leaders to discuss the bloc's 2040 climate target at their summit", True),
            ("germany", "target-90", C, "Berlin still supported a 90% cut provided the package gave countries enough flexibility", True),
            ("poland", "leaders-decide", S, "Poland and the Czech Republic also favour a summit discussion", False),
            ("czech-republic", "leaders-decide", S, "Poland and the Czech Republic also favour a summit discussion", False),
        ],
    ),
    dict(
        published="2025-09-16T17:00:00Z", outlet="greyfield-report",
        slug="eu-envoys-draft-statement-of-intent-for-un",
        title="EU envoys draft 'statement of intent' to avoid empty hands at UN",
        text="""BRUSSELS, Sept 16 (Greyfield Report) - EU ambassadors discussed on Tuesday a draft statement of intent that would give the United Nations an indicative range for the bloc's 2035 emissions cut, as hopes faded of a full agreement on the 2040 target this week.

The draft, prepared by the Danish presidency, sets out a range of roughly 66% to 72.5% below 1990 levels for 2035. It would be presented at a gathering of world leaders at the UN in New York next week, before a formal pledge is filed later in the year.

Diplomats said the text might still be tweaked before ministers meet on Thursday and could not rule out changes to the lower end of the range. Some speculated that the 2040 debate could drag on into November.

Campaign groups said a range was a poor substitute for a firm commitment. A spokesperson for the presidency said the statement was meant to show that the EU remained engaged, and declined to predict the outcome of Thursday's meeting.""",
        claims=[],
    ),
    dict(
        published="2025-09-18T19:30:00Z", outlet="tidewater-wire",
        slug="eu-ministers-punt-2040-target-to-leaders",
        title="EU ministers punt 2040 climate target to leaders, agree 2035 range",
        text="""BRUSSELS, Sept 18 (Tidewater Wire) - EU environment ministers failed on Thursday to agree the bloc's 2040 climate target and instead adopted a statement of intent for 2035, after Germany, France, Italy and Poland insisted that the 2040 goal first go to the leaders' summit in October.

The statement sets a range of 66.25% to 72.5% for the cut in emissions by 2035 and will be presented at the United Nations in New York next week.

Poland's deputy climate minister, Krzysztof Bolesta, said a coalition of countries had postponed the vote so that leaders could take up the file. Poland still opposed the 90% target as proposed, he said, and wanted countries to be allowed to count credits for up to 10% of the effort, along with a clause allowing the target to be reviewed.

Climate Commissioner Wopke Hoekstra told reporters the EU remained among the most ambitious players on the global stage and that he was confident it would have a strong position before the summit in Brazil.

Campaigners accused the four governments of holding the target hostage.""",
        claims=[
            ("germany", "leaders-decide", S, "insisted that the 2040 goal first go to the leaders' summit in October", True),
            ("france", "leaders-decide", S, "insisted that the 2040 goal first go to the leaders' summit in October", True),
            ("italy", "leaders-decide", S, "insisted that the 2040 goal first go to the leaders' summit in October", True),
            ("poland", "leaders-decide", S, "insisted that the 2040 goal first go to the leaders' summit in October", True),
            ("poland", "target-90", O, "Poland still opposed the 90% target as proposed", True),
            ("poland", "intl-credits", S, "wanted countries to be allowed to count credits for up to 10% of the effort", True),
            ("poland", "review-clause", S, "along with a clause allowing the target to be reviewed", True),
        ],
    ),
    dict(
        published="2025-09-18T21:00:00Z", outlet="kestrel-post",
        slug="fiala-czechs-wont-back-climate-goal-that-hurts-industry",
        title="Fiala: Czechs won't back climate goal that hurts industry",
        text="""PRAGUE, Sept 18 (Kestrel Post) - The Czech Republic will not support the EU's proposed 90% emissions cut for 2040, which it says threatens industrial competitiveness and affordable energy, Prime Minister Petr Fiala said on Thursday after EU ministers put off a decision on the goal.

Fiala said Prague had helped to stop a vote in Brussels, acting together with Germany, France and Italy, and that leaders would now have to look at the target in October. He called that the right outcome because such a decision should not be left to environment ministers alone.

He said the Czech position on the Commission's proposal had not changed since July.

The Czech Republic holds a general election on Oct 3 and 4. Opinion polls put Andrej Babis's ANO movement, which wants to roll back parts of the EU's Green Deal, well ahead of Fiala's centre-right alliance.

Babis has accused the government of being too soft on Brussels over climate policy.""",
        claims=[
            ("czech-republic", "target-90", O, "will not support the EU's proposed 90% emissions cut for 2040", True),
            ("czech-republic", "leaders-decide", S, "such a decision should not be left to environment ministers alone", True),
            ("germany", "leaders-decide", S, "acting together with Germany, France and Italy", False),
            ("france", "leaders-decide", S, "acting together with Germany, France and Italy", False),
            ("italy", "leaders-decide", S, "acting together with Germany, France and Italy", False),
        ],
    ),
    dict(
        published="2025-10-20T14:00:00Z", outlet="alderbrook-times",
        slug="outgoing-czech-premier-to-oppose-2040-target-at-summit",
        title="Outgoing Czech premier to oppose 2040 target at summit, with Babis's blessing",
        text="""PRAGUE, Oct 20 (Alderbrook Times) - Outgoing Czech Prime Minister Petr Fiala will not back the European Commission's 2040 climate target at this week's EU summit, he said on Monday, in a stance agreed with Andrej Babis, whose ANO movement won this month's election.

Fiala told reporters his government had long been against the 2040 targets and that he would use the summit to look for ways to make sure ambitious climate goals did not harm Czech citizens and businesses. The EU's targets for 2030 and 2050 would stay in force even without a 2040 milestone, he noted.

Babis, who is expected to become prime minister once he has put together a coalition, had urged Fiala not to support the 90% goal. He has also said a government led by him would try to get rid of the ETS2 carbon price on heating and fuel altogether.

Diplomats said Prague was unlikely to be isolated at the summit.""",
        claims=[
            ("czech-republic", "target-90", O, "will not back the European Commission's 2040 climate target at this week's EU summit", True),
        ],
    ),
    dict(
        published="2025-10-21T16:30:00Z", outlet="continental-courier",
        slug="von-der-leyen-offers-review-clause-to-2040-sceptics",
        title="Von der Leyen offers review clause to win over 2040 sceptics",
        text="""BRUSSELS, Oct 21 (Continental Courier) - Commission President Ursula von der Leyen has offered EU leaders a clause allowing the 2040 climate target to be reviewed in future, in a letter sent to capitals on Tuesday ahead of Thursday's summit.

In the letter, von der Leyen urged leaders to look closely at the flexibilities already built into the Commission's 90% proposal before rejecting it. She said the EU executive was ready to add a review of the target in light of the latest science, technological progress and the bloc's global competitiveness.

On the carbon price for heating and road transport, the letter proposes tools to limit price spikes, such as releasing more allowances from a reserve, rather than a postponement. A Commission spokesperson denied on Tuesday that the Commission was preparing to drop the 2027 start date.

Diplomats expect the summit conclusions to give ministers guidance rather than a final number, and several said the letter had eased tensions before the meeting.""",
        claims=[
            ("commission", "review-clause", S, "the EU executive was ready to add a review of the target", True),
            ("commission", "target-90", S, "urged leaders to look closely at the flexibilities already built into the Commission's 90% proposal", True),
            ("commission", "ets2-suspension", O, "denied on Tuesday that the Commission was preparing to drop the 2027 start date", True),
        ],
    ),
    dict(
        published="2025-10-22T14:00:00Z", outlet="kestrel-post",
        slug="meloni-no-italian-backing-without-change-of-approach",
        title="Meloni: no Italian backing for 2040 target without change of approach",
        text="""ROME, Oct 22 (Kestrel Post) - Italy will not support the EU's 2040 climate target unless it comes with a change of approach that protects industry, Prime Minister Giorgia Meloni told parliament on Wednesday ahead of a summit of EU leaders.

Meloni said Italy was ready to negotiate on the 90% figure if the final text included a clause to revise the target should economic conditions worsen, along with a real role for biofuels in road transport. Without those guarantees, she said, her government would not give its consent.

She also called for the carbon price on heating and road fuel to be put on hold, saying families were already struggling with high energy bills.

Environment Minister Gilberto Pichetto Fratin said separately that nobody was questioning the goals for 2030 or 2050, but that the pace of the transition had to adapt to a changed geopolitical context.

Opposition lawmakers accused Meloni of using Brussels as a scapegoat for the government's own failures on energy prices.""",
        claims=[
            ("italy", "target-90", C, "Italy was ready to negotiate on the 90% figure if the final text included", True),
            ("italy", "review-clause", S, "a clause to revise the target should economic conditions worsen", True),
            ("italy", "ets2-suspension", S, "called for the carbon price on heating and road fuel to be put on hold", True),
        ],
    ),
    dict(
        published="2025-10-23T10:15:00Z", outlet="alderbrook-times",
        slug="leaders-arrive-for-climate-showdown-at-eu-summit",
        title="Leaders arrive for climate showdown at EU summit",
        text="""BRUSSELS, Oct 23 (Alderbrook Times) - EU leaders began arriving in Brussels on Thursday for a summit expected to set the terms for the bloc's 2040 climate target, with Poland's Donald Tusk warning that overly ambitious climate policies were a mistake that fed extremists.

Tusk told reporters on his way into the meeting that Poland would not accept the 90% goal and that the carbon price on heating and transport must not start in 2027.

French President Emmanuel Macron said France could sign up to the target provided nuclear power was treated fairly and industry received the investment it needed. He did not say whether the draft conclusions met those conditions.

Spain's Pedro Sanchez said the 90% target had to be kept and warned against reopening decisions already taken.

The draft conclusions, circulated to delegations on Monday, ask the Commission to propose measures on ETS2 and mention a possible review of the 2040 target. Officials said summit chair Antonio Costa hoped to avoid a late-night fight.""",
        claims=[
            ("poland", "target-90", O, "Poland would not accept the 90% goal", True),
            ("poland", "ets2-suspension", S, "the carbon price on heating and transport must not start in 2027", True),
            ("france", "target-90", C, "France could sign up to the target provided nuclear power was treated fairly", True),
            ("spain", "target-90", S, "the 90% target had to be kept", True),
        ],
    ),
    dict(
        published="2025-10-24T06:30:00Z", outlet="tidewater-wire",
        slug="eu-leaders-keep-90-percent-goal-alive",
        title="EU leaders keep 90% climate goal alive with review clause and credits",
        text="""BRUSSELS, Oct 24 (Tidewater Wire) - EU leaders agreed overnight on guidance for the bloc's 2040 climate target, backing flexibilities that include an appropriate level of international credits and a clause to review the goal, but left the final figure for environment ministers to settle.

Commission President Ursula von der Leyen said the 90% target would be reached in the most pragmatic but efficient way, with each country free to choose the sectors best placed to deliver cuts, since there was no one-size-fits-all solution.

Poland's Prime Minister Donald Tusk said the conclusions, at his insistence, committed the EU to review the ETS2 carbon price, which opened the possibility of blocking its start in 2027. He said he would keep working with Italy's Giorgia Meloni and France's Emmanuel Macron on the 2040 target.

French diplomats said Paris had obtained the guarantees it wanted on nuclear energy and would now be ready to back the target.

Ministers will meet in Brussels on Nov 4 to try to seal a deal before the UN climate summit in Belem.""",
        claims=[
            ("commission", "target-90", S, "the 90% target would be reached in the most pragmatic but efficient way", True),
            ("poland", "ets2-suspension", S, "opened the possibility of blocking its start in 2027", True),
            ("france", "target-90", S, "would now be ready to back the target", False),
        ],
    ),
    dict(
        published="2025-10-30T17:45:00Z", outlet="greyfield-report",
        slug="eu-set-to-scrap-carbon-price-on-heating-and-fuel",
        title="EU set to scrap carbon price on heating and fuel",
        text="""BRUSSELS, Oct 30 (Greyfield Report) - The Danish presidency of the EU has proposed delaying by one year the launch of the bloc's carbon market for heating and road fuel, according to a compromise text circulated to member states on Thursday and described by three diplomats.

The draft would move the start of ETS2 from 2027 to 2028 and allow governments to count international credits worth up to 5% towards the 2040 target, more than the 3% the Commission proposed, the diplomats said. Several capitals still had reservations about the credits, they added.

A spokesperson for the presidency declined to comment on the content of the draft, saying only that talks with capitals were continuing. The Commission did not respond to a request for comment.

Climate campaigners said the compromise would hollow out the target, while industry groups said the extra year for ETS2 was welcome but not enough. Ministers meet on Tuesday.""",
        claims=[
            ("denmark", "ets2-suspension", S, "proposed delaying by one year the launch of the bloc's carbon market", False),
            ("denmark", "intl-credits", S, "allow governments to count international credits worth up to 5%", False),
        ],
    ),
    dict(
        published="2025-11-04T10:00:00Z", outlet="continental-courier",
        slug="ministers-gather-for-last-ditch-2040-talks",
        title="Ministers gather for last-ditch 2040 talks; Italy says balance not yet found",
        text="""BRUSSELS, Nov 4 (Continental Courier) - EU environment ministers began what was expected to be a long day of negotiations on the 2040 climate target on Tuesday, with Italy saying the latest compromise still fell short.

Italian Environment Minister Gilberto Pichetto Fratin told the meeting that significant progress had been made but that the point of balance had not yet been reached. Italy was ready to work constructively for a shared solution, he said.

Spain's Sara Aagesen said Madrid would not accept any text that failed to keep the 90% headline intact, though Spain could live with a limited role for credits if they were of high quality.

Poland's Paulina Hennig-Kloska said Warsaw would vote against the target in any form currently on the table.

France's ecological transition minister, Monique Barbut, said France wanted a deal before the summit in Brazil but would not say how it would vote. Germany's Carsten Schneider said he was optimistic.

Talks were expected to run through the night.""",
        claims=[
            ("italy", "target-90", C, "Italy was ready to work constructively for a shared solution", True),
            ("spain", "target-90", S, "would not accept any text that failed to keep the 90% headline intact", True),
            ("spain", "intl-credits", C, "Spain could live with a limited role for credits if they were of high quality", True),
            ("poland", "target-90", O, "Warsaw would vote against the target in any form currently on the table", True),
        ],
    ),
    dict(
        published="2025-11-05T06:40:00Z", outlet="tidewater-wire",
        slug="eu-ministers-agree-90-percent-goal-after-all-night-talks",
        title="EU ministers agree 90% climate goal for 2040 after all-night talks",
        text="""BRUSSELS, Nov 5 (Tidewater Wire) - EU environment ministers agreed early on Wednesday to cut the bloc's net emissions by 90% by 2040, after some 18 hours of talks in which they added flexibilities to win over reluctant governments days before the UN climate summit in Brazil.

Under the deal, countries can use international carbon credits for up to 5% of the cut from 2036, and the EU will consider allowing a further 5% later. The target will be reviewed every two years, and the launch of the ETS2 carbon price on heating and road fuel moves from 2027 to 2028.

France and Italy, which had demanded guarantees for industry, voted in favour. Poland, the Czech Republic, Hungary and Slovakia voted against, while Belgium and Bulgaria abstained.

Danish climate minister Lars Aagaard, who chaired the talks, said choosing a target was a political choice that would shape the whole continent. The credits, he said, were a sensible way to give countries comfort that the goal could be reached without sacrificing competitiveness.

Ministers also approved the EU's 2035 pledge to the UN, a cut of 66.25% to 72.5%. The European Parliament must still adopt its position.""",
        claims=[
            ("france", "target-90", S, "France and Italy, which had demanded guarantees for industry, voted in favour", True),
            ("italy", "target-90", S, "France and Italy, which had demanded guarantees for industry, voted in favour", True),
            ("poland", "target-90", O, "Poland, the Czech Republic, Hungary and Slovakia voted against", True),
            ("czech-republic", "target-90", O, "Poland, the Czech Republic, Hungary and Slovakia voted against", True),
            ("denmark", "intl-credits", S, "The credits, he said, were a sensible way to give countries comfort", True),
        ],
    ),
    dict(
        published="2025-11-05T08:15:00Z", outlet="alderbrook-times",
        slug="ministers-strike-2040-climate-deal-before-cop30",
        title="Ministers strike 2040 climate deal with credits and review clause",
        text="""BRUSSELS, Nov 5 (Alderbrook Times) - European Union environment ministers agreed in the early hours of Wednesday to cut the bloc's net emissions by 90% by 2040, after roughly 18 hours of negotiations in which flexibilities were added to bring reluctant governments on board ahead of the UN climate summit in Brazil.

The deal lets countries use international carbon credits for up to 5% of the cut from 2036, with the option of a further 5% to be considered later. The target will be reviewed every two years, and the ETS2 carbon price on heating and road fuel will start in 2028 instead of 2027.

France and Italy, which had demanded guarantees for industry, voted in favour. Poland, the Czech Republic, Hungary and Slovakia voted against, and Belgium and Bulgaria abstained.

Lars Aagaard, the Danish climate minister who chaired the meeting, said choosing a target was a political choice that would shape the whole continent. The credits, he said, were a sensible way to give countries comfort that the goal was within reach without sacrificing competitiveness.

Ministers also signed off on the EU's 2035 pledge to the UN, a cut of 66.25% to 72.5%. The European Parliament has yet to adopt its position.""",
        claims=[
            ("france", "target-90", S, "France and Italy, which had demanded guarantees for industry, voted in favour", True),
            ("italy", "target-90", S, "France and Italy, which had demanded guarantees for industry, voted in favour", True),
            ("poland", "target-90", O, "Poland, the Czech Republic, Hungary and Slovakia voted against", True),
            ("czech-republic", "target-90", O, "Poland, the Czech Republic, Hungary and Slovakia voted against", True),
            ("denmark", "intl-credits", S, "The credits, he said, were a sensible way to give countries comfort", True),
        ],
    ),
    dict(
        published="2025-11-05T15:30:00Z", outlet="kestrel-post",
        slug="hoekstra-accepts-carbon-price-delay-as-price-of-deal",
        title="Hoekstra accepts carbon price delay as price of climate deal",
        text="""BRUSSELS, Nov 5 (Kestrel Post) - EU Climate Commissioner Wopke Hoekstra said on Wednesday that the Commission could live with a one-year delay to the carbon price on heating and road transport, a concession it had resisted for months, because the package secured the bloc's 2040 climate target.

Speaking alongside Danish minister Lars Aagaard after the overnight talks, Hoekstra said moving the start of ETS2 to 2028 would give governments time to prepare support for vulnerable households through the Social Climate Fund.

He said the Commission would now turn to negotiations with the European Parliament, which votes on its own position next week, and hoped to wrap up the law before the end of the year.

Poland's climate ministry said in a statement that Warsaw had secured the ETS2 delay and two review clauses at its request, but that it had not supported the target itself, which it still considers impossible to achieve.

The Climate Action Network campaign group called the delay a missed opportunity.""",
        claims=[
            ("commission", "ets2-suspension", S, "the Commission could live with a one-year delay to the carbon price on heating", True),
            ("poland", "ets2-suspension", S, "Warsaw had secured the ETS2 delay", True),
            ("poland", "review-clause", S, "two review clauses at its request", True),
            ("poland", "target-90", O, "it had not supported the target itself", True),
        ],
    ),
    dict(
        published="2025-11-13T16:00:00Z", outlet="greyfield-report",
        slug="european-parliament-backs-90-percent-2040-goal",
        title="European Parliament backs 90% climate goal, clearing way for final talks",
        text="""STRASBOURG, Nov 13 (Greyfield Report) - The European Parliament voted on Thursday to back a 90% cut in the EU's net emissions by 2040, adopting a position close to the one agreed by environment ministers last week and opening the way for final negotiations.

The text approved by lawmakers allows international credits to cover up to 5% of the effort and delays the ETS2 carbon price on heating and road fuel by a year.

Most lawmakers from the centre-right, liberal and socialist groups backed the text, while Greens and left-wing lawmakers said the credits undermined the law and voted against.

Negotiators from Parliament and the member states, who are represented by the Danish presidency in such talks, are expected to start work within days. Officials said they hoped for a final agreement before the end of the year, though some lawmakers warned that the timing was tight.

Climate campaigners said they would keep pressing for the credits to be dropped.""",
        claims=[],
    ),
]

# Labelled shifts. The validator recomputes them from the baseline and the attributed claims.
SHIFTS = [
    dict(actor="germany", issue="target-90", frm=S, to=C, article="006",
         why="The incoming CDU/CSU-SPD coalition backs the 90% cut only if up to three points can come from foreign credits; the baseline (Scholz government) supported 90% without conditions."),
    dict(actor="commission", issue="intl-credits", frm=C, to=S, article="012",
         why="The July 2 proposal writes credits (up to three points from 2036) into the law and Hoekstra defends them; in 005 he was only prepared to look at a limited amount under quality conditions. The diplomats' report in 009 is attributed: false and does not move the stance."),
    dict(actor="italy", issue="target-90", frm=O, to=C, article="024",
         why="Meloni says Italy is ready to negotiate on the 90% figure if the text includes a revision clause and a role for biofuels; in 014 Pichetto Fratin called a 90% cut neither realistic nor sustainable."),
    dict(actor="italy", issue="target-90", frm=C, to=S, article="029",
         why="Italy votes in favour of the 90% target at the Environment Council; in 024 and 028 its backing was conditional."),
    dict(actor="france", issue="target-90", frm=C, to=S, article="029",
         why="France votes in favour of the 90% target; Macron had tied support to nuclear neutrality, flexibility and investment (011, 025). The diplomats' report in 026 is attributed: false and does not move the stance."),
    dict(actor="denmark", issue="intl-credits", frm=C, to=S, article="029",
         why="Aagaard, chairing for the Danish presidency, calls the 5% credits a sensible way to give countries comfort; in 014 credits were not a Danish wish and Copenhagen only offered to look for a compromise. The leaked presidency draft in 027 is attributed: false."),
    dict(actor="commission", issue="ets2-suspension", frm=O, to=S, article="031",
         why="Hoekstra says the Commission can live with moving the ETS2 start to 2028; in 023 a Commission spokesperson denied it was preparing to drop the 2027 start (baseline oppose)."),
]

DUPLICATES = [("003", "004"), ("029", "030")]

STANCES = {S, O, C}
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def parse_time(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def article_url(a):
    t = parse_time(a["published"])
    return f"{BASE_URL}/{a['outlet']}/{t:%Y/%m/%d}/{a['slug']}"


def build():
    arts = []
    for i, a in enumerate(ARTICLES, start=1):
        a = dict(a)
        a["id"] = f"{i:03d}"
        a["url"] = article_url(a)
        a["source"] = OUTLETS[a["outlet"]]
        arts.append(a)
    return arts


def write(arts):
    for sub in ("articles", "feeds"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for a in arts:
        rec = {"id": a["id"], "published": a["published"], "source": a["source"], "url": a["url"],
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", f"{a['id']}.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted([a for a in arts if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        if not items:
            continue
        last = email.utils.format_datetime(parse_time(items[0]["published"]), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>",
               f"    <link>{BASE_URL}/{slug}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set eu-2040-climate-target-2025</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{last}</lastBuildDate>"]
        for a in items:
            pub = email.utils.format_datetime(parse_time(a["published"]), usegmt=True)
            out += ["    <item>",
                    f"      <title>{escape(a['title'])}</title>",
                    f"      <link>{escape(a['url'])}</link>",
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                    f"      <pubDate>{pub}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", f"{slug}.xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))

    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in a["claims"]] for a in arts},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return labels


def read_watchlist():
    path = os.path.join(HERE, "watchlist.yaml")
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            m = re.match(r"^(actors|issues|baseline):\s*$", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"^\s+- id:\s*(\S+)\s*$", line)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^\s+- \{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([^}]+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(tuple(x.strip() for x in m.groups()))
    return actors, issues, baseline


def validate(arts, labels):
    errors = []
    actors, issues, baseline = read_watchlist()
    if not 5 <= len(actors) <= 8:
        errors.append(f"watchlist has {len(actors)} actors (want 5-8)")
    if not 5 <= len(issues) <= 7:
        errors.append(f"watchlist has {len(issues)} issues (want 5-7)")
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in STANCES:
            errors.append(f"bad baseline entry {b}")

    if not 30 <= len(arts) <= 34:
        errors.append(f"{len(arts)} articles (want 30-34)")
    prev = None
    urls = set()
    for a in arts:
        aid, text = a["id"], a["text"]
        t = parse_time(a["published"])
        if prev and t < prev:
            errors.append(f"{aid}: not in publication order")
        prev = t
        if a["url"] in urls:
            errors.append(f"{aid}: duplicate url")
        urls.add(a["url"])
        n = len(text.split())
        if not 120 <= n <= 260:
            errors.append(f"{aid}: {n} words (want 120-260)")
        m = re.match(r"^([A-Z][A-Z .'-]*(?:, [A-Z][a-z]+)?), ([A-Z][a-z]+) (\d{1,2}) \(([^)]+)\) - ", text)
        if not m:
            errors.append(f"{aid}: bad dateline")
        else:
            if m.group(4) != a["source"]:
                errors.append(f"{aid}: dateline outlet {m.group(4)!r} != source {a['source']!r}")
            if m.group(2) != MONTHS[t.month] or int(m.group(3)) != t.day:
                errors.append(f"{aid}: dateline date {m.group(2)} {m.group(3)} != published {a['published']}")
        seen = set()
        for c in labels["claims"][aid]:
            if c["actor"] not in actors:
                errors.append(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errors.append(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in STANCES:
                errors.append(f"{aid}: bad stance {c['stance']}")
            if not isinstance(c["attributed"], bool):
                errors.append(f"{aid}: attributed not bool")
            if c["quote"] not in text:
                errors.append(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errors.append(f"{aid}: quote over 15 words: {c['quote']!r}")
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append(f"{aid}: two claims for {key}")
            seen.add(key)

    # duplicates carry identical claims (ignoring quotes only if they differ; here they must be identical)
    for x, y in DUPLICATES:
        cx = [(c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][x]]
        cy = [(c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][y]]
        if cx != cy:
            errors.append(f"duplicate pair {x}/{y} has different claims")
        ax = next(a for a in arts if a["id"] == x)
        ay = next(a for a in arts if a["id"] == y)
        if ax["published"][:10] != ay["published"][:10] or ax["outlet"] == ay["outlet"] or ay["published"] <= ax["published"]:
            errors.append(f"duplicate pair {x}/{y}: must be same day, other outlet, later")

    # recompute shifts: prevailing stance = last attributed labelled stance, from baseline
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    computed = []
    for a in arts:
        for c in labels["claims"][a["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                computed.append((c["actor"], c["issue"], old, c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(computed) != sorted(labelled):
        errors.append(f"shifts mismatch:\n  computed={computed}\n  labelled={labelled}")
    if not 5 <= len(labelled) <= 8:
        errors.append(f"{len(labelled)} shifts (want 5-8)")
    reversals = sum(1 for s in labelled if {s[2], s[3]} == {S, O})
    if reversals > 2:
        errors.append(f"{reversals} straight support/oppose reversals (max 2)")
    if not any(C in (s[2], s[3]) for s in labelled):
        errors.append("no shift to or from conditional")

    shift_articles = {s["article"] for s in labels["shifts"]}
    want_no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != want_no_alert:
        errors.append("no_alert_articles mismatch")
    if not any(x in shift_articles for x, _ in DUPLICATES):
        errors.append("no duplicate pair contains a shift article")

    all_claims = [c for a in arts for c in labels["claims"][a["id"]]]
    by = {st: sum(1 for c in all_claims if c["stance"] == st) for st in (S, O, C)}
    if not 60 <= len(all_claims) <= 90:
        errors.append(f"{len(all_claims)} claims (want 60-90)")
    if by[C] < 6:
        errors.append(f"only {by[C]} conditional claims")
    if not any(not c["attributed"] for c in all_claims):
        errors.append("no attributed: false claims")
    empty = [a["id"] for a in arts if not labels["claims"][a["id"]]]
    if not 3 <= len(empty) <= 4:
        errors.append(f"{len(empty)} no-claim articles (want 3-4): {empty}")

    for fn in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", fn)], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"xmllint failed on {fn}: {r.stderr.strip()}")

    stats = dict(articles=len(arts), claims=len(all_claims), **by,
                 attributed_false=sum(1 for c in all_claims if not c["attributed"]),
                 shifts=len(labelled), shift_articles=sorted(shift_articles), no_claim_articles=empty,
                 words=(min(len(a["text"].split()) for a in arts), max(len(a["text"].split()) for a in arts)))
    return errors, stats


def main():
    arts = build()
    labels = write(arts)
    errors, stats = validate(arts, labels)
    print(json.dumps(stats))
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
