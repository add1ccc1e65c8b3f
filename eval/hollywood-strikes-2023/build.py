#!/usr/bin/env python3
"""Builds the hollywood-strikes-2023 labelled eval set (articles, feeds, labels, watchlist) and validates it.

Self-contained: run `python3 build.py` from this folder. Written blind (see README.md).
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "coast-wire": "Coast Wire",
    "pacific-ledger": "Pacific Ledger",
    "marquee-post": "Marquee Post",
    "sunset-courier": "Sunset Courier",
}

WATCHLIST = """# shiftwatch eval set: 2023 Hollywood writers' and actors' strikes.
# An issue is a proposition under negotiation; a stance is an actor's position on that proposition
# (support | oppose | conditional). Aliases include leaders, negotiators and head-office towns used as metonyms.
# Studio lots and towns are also used as plain locations ("pickets outside the Disney lot in Burbank");
# such mentions carry no stance.

actors:
  - id: wga
    name: Writers Guild of America (the writers' union and its negotiating committee)
    aliases: [Writers Guild of America, Writers Guild, WGA, writers' guild, WGA negotiating committee, Ellen Stutzman, Stutzman, Meredith Stiehm, Stiehm, Chris Keyser, Keyser]
  - id: sag-aftra
    name: SAG-AFTRA (the actors' union)
    aliases: [SAG-AFTRA, Screen Actors Guild, actors' union, Fran Drescher, Drescher, Duncan Crabtree-Ireland, Crabtree-Ireland]
  - id: amptp
    name: Alliance of Motion Picture and Television Producers (bargains for the studios and streamers)
    aliases: [Alliance of Motion Picture and Television Producers, AMPTP, the studios' alliance, the alliance, the studios, Hollywood studios, Carol Lombardini, Lombardini, Sherman Oaks]
  - id: disney
    name: The Walt Disney Company
    aliases: [Walt Disney Co, Disney, Bob Iger, Iger, Burbank]
  - id: netflix
    name: Netflix
    aliases: [Netflix, Ted Sarandos, Sarandos, Greg Peters, Peters, Los Gatos]
  - id: wbd
    name: Warner Bros Discovery
    aliases: [Warner Bros Discovery, Warner Bros, WBD, David Zaslav, Zaslav, HBO]
  - id: teamsters
    name: International Brotherhood of Teamsters (incl. Hollywood Local 399)
    aliases: [Teamsters, International Brotherhood of Teamsters, Sean O'Brien, O'Brien, Lindsay Dougherty, Dougherty, Local 399]

issues:
  - id: writers-room-minimums
    name: Studios guarantee a minimum number of writers in TV writers' rooms
    description: Television series must employ a minimum staff of writers (mandatory staffing), ending very small "mini-rooms".
    terms: [minimum staffing, writers' room, staffing minimums, mini-rooms, mandatory staffing]
  - id: ai-writing-limits
    name: Studios agree that AI cannot write or rewrite scripts or serve as source material
    description: Generative AI output is not literary or source material and cannot replace writers' work under the WGA contract.
    terms: [artificial intelligence, AI, generative AI, ChatGPT, source material, literary material]
  - id: streaming-viewership-bonus
    name: Writers and actors get streaming residuals tied to viewership
    description: Streaming pay includes a success-based bonus or residual that grows with how many people watch a show.
    terms: [streaming residuals, success-based residuals, viewership, bonus, residuals]
  - id: digital-replica-consent
    name: Studios must get performers' consent and pay them for digital replicas
    description: No digital replica or AI likeness of a performer is created or used without informed consent and compensation.
    terms: [digital replica, likeness, scan, consent, background actors, AI]
  - id: sag-drops-revenue-share
    name: SAG-AFTRA drops its demand for a share of streaming revenue
    description: The actors' union gives up its demand for a cut of streaming revenue (2% of revenue, later a per-subscriber levy).
    terms: [revenue share, streaming revenue, per-subscriber, levy, share of revenue]
  - id: sag-contract-extension
    name: The actors' contract is extended past its expiry while talks continue
    description: SAG-AFTRA and the studios extend the expiring TV/theatrical contract instead of letting it lapse into a strike.
    terms: [extension, extend, contract expiration, deadline, more time]

# Known starting positions before the first article (all consistent with the articles; none implies a shift).
baseline:
  - {actor: wga, issue: writers-room-minimums, stance: support}
  - {actor: wga, issue: ai-writing-limits, stance: support}
  - {actor: wga, issue: streaming-viewership-bonus, stance: support}
  - {actor: amptp, issue: writers-room-minimums, stance: oppose}
  - {actor: amptp, issue: ai-writing-limits, stance: oppose}
  - {actor: amptp, issue: streaming-viewership-bonus, stance: oppose}
  - {actor: sag-aftra, issue: digital-replica-consent, stance: support}
  - {actor: sag-aftra, issue: sag-drops-revenue-share, stance: oppose}
"""

# Each article: (published UTC, outlet, slug, title, text, claims)
# claim tuple: (actor, issue, stance, quote, attributed)
S, O, C = "support", "oppose", "conditional"
ART = []


def a(published, outlet, slug, title, text, claims):
    ART.append(dict(published=published, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))


a("2023-04-18T17:00:00Z", "coast-wire", "writers-authorize-strike",
  "Hollywood writers authorize strike as talks with studios resume",
  """
LOS ANGELES, April 18 (Coast Wire) - Members of the Writers Guild of America voted by 97.85% to authorize a strike, the union said late on Monday, strengthening its hand as talks with the studios resumed ahead of the May 1 expiry of its contract.

The guild's negotiating committee said writers were being squeezed by the shift to streaming, where shorter seasons and small "mini-rooms" have cut pay and job security. It is demanding that studios guarantee a minimum number of writers on each television series and that residuals for streaming shows reflect how many people actually watch them.

The union also wants binding rules on artificial intelligence. Chief negotiator Ellen Stutzman said the companies must agree that AI cannot write or rewrite scripts and that its output cannot be treated as source material that writers are then hired to adapt.

The Alliance of Motion Picture and Television Producers, which bargains for Netflix, Disney, Warner Bros Discovery and the other studios, said a strike authorization vote had always been part of the guild's plan and that it remained committed to reaching a fair deal.

Some analysts expect the talks to go down to the wire, as in 2017, when a deal was struck hours before a walkout.
""",
  [("wga", "writers-room-minimums", S, "It is demanding that studios guarantee a minimum number of writers", True),
   ("wga", "streaming-viewership-bonus", S, "residuals for streaming shows reflect how many people actually watch them", True),
   ("wga", "ai-writing-limits", S, "the companies must agree that AI cannot write or rewrite scripts", True)])

a("2023-05-02T05:30:00Z", "pacific-ledger", "writers-strike-after-talks-collapse",
  "Hollywood writers go on strike after talks with studios collapse",
  """
LOS ANGELES, May 2 (Pacific Ledger) - Thousands of Hollywood screenwriters will walk off the job on Tuesday, the Writers Guild of America said, after six weeks of talks with the studios ended without a new contract.

The guild published a chart of its proposals alongside the studios' answers. According to the document, the Alliance of Motion Picture and Television Producers rejected the union's call to regulate artificial intelligence and offered instead to hold annual meetings to discuss advances in technology.

The alliance said in a statement that it had offered generous pay increases and was prepared to improve them, but that the guild had insisted on mandatory staffing, which it said would require companies to employ a set number of writers on a show whether they were needed or not. The studios would not accept such a rule, the alliance said.

The guild's negotiating committee said the companies' responses were wholly insufficient given the existential crisis writers face. Its members would keep pressing for a guaranteed minimum staff in every writers' room and protections against AI, it said.

Picketing is due to begin on Tuesday afternoon outside studio offices in Los Angeles and New York. Late-night talk shows are expected to go dark immediately.
""",
  [("amptp", "ai-writing-limits", O, "rejected the union's call to regulate artificial intelligence", False),
   ("amptp", "writers-room-minimums", O, "The studios would not accept such a rule", True),
   ("wga", "writers-room-minimums", S, "keep pressing for a guaranteed minimum staff in every writers' room", True),
   ("wga", "ai-writing-limits", S, "protections against AI", True)])

a("2023-05-02T08:15:00Z", "marquee-post", "screenwriters-strike-from-tuesday",
  "Screenwriters to strike from Tuesday as studio talks fail",
  """
LOS ANGELES, May 2 (Marquee Post) - Hollywood's screenwriters are going on strike from Tuesday, the Writers Guild of America announced, after six weeks of negotiations with the studios failed to produce a new contract.

The union released a chart setting out its proposals and the studios' replies. The document says the Alliance of Motion Picture and Television Producers rejected the union's call to regulate artificial intelligence, offering annual meetings on advances in technology instead.

In a statement, the alliance said it had put generous pay increases on the table and was ready to improve them, but that the guild insisted on mandatory staffing, which would force companies to hire a set number of writers on a show whether they were needed or not. The studios would not accept such a rule, it said.

The guild's negotiating committee called the companies' answers wholly insufficient in the face of an existential crisis for writers. Members would go on pressing for a guaranteed minimum staff in every writers' room and protections against AI, the committee said.

Pickets are planned from Tuesday afternoon outside studio offices in Los Angeles and New York, and late-night talk shows are expected to stop production at once.
""",
  [("amptp", "ai-writing-limits", O, "rejected the union's call to regulate artificial intelligence", False),
   ("amptp", "writers-room-minimums", O, "The studios would not accept such a rule", True),
   ("wga", "writers-room-minimums", S, "pressing for a guaranteed minimum staff in every writers' room", True),
   ("wga", "ai-writing-limits", S, "protections against AI", True)])

a("2023-05-03T01:00:00Z", "coast-wire", "writers-picket-studio-lots",
  "Writers picket studio lots as Teamsters drivers balk at crossing lines",
  """
LOS ANGELES, May 2 (Coast Wire) - Striking writers carried placards outside Netflix's offices on Sunset Boulevard, the Walt Disney Co lot in Burbank and the Warner Bros gates on Tuesday, the first day of Hollywood's first writers' strike in 15 years.

At Paramount, some production trucks turned back rather than drive through the picket line. Lindsay Dougherty, who leads Teamsters Local 399, the union that represents Hollywood drivers and casting directors, told the crowd that her members would honor the picket lines and that the Teamsters had the writers' backs.

Several picketers said they had joined the strike because they could no longer make a living in television. One writer on a streaming comedy said her show had been written by three people in ten weeks before production began.

Netflix and Disney did not respond to requests for comment. A spokesman for the studios' alliance said the companies were ready to talk whenever the guild wanted to return.

NBC's "The Tonight Show" and other late-night programs aired repeats.
""",
  [])

a("2023-05-21T20:00:00Z", "sunset-courier", "zaslav-pay-your-writers-chants",
  "Zaslav greeted by 'pay your writers' chants at Boston commencement",
  """
BOSTON, May 21 (Sunset Courier) - Warner Bros Discovery chief executive David Zaslav was met with boos and chants of "pay your writers" as he delivered a commencement address at Boston University on Sunday, with the Hollywood writers' strike in its third week.

Striking writers picketed outside the stadium, and some graduates turned their backs during the speech. Zaslav, who received an honorary doctorate, did not mention the strike and spoke instead about kindness and learning to take criticism.

A spokesperson for Warner Bros Discovery declined to comment on the protest or on the state of the talks with the Writers Guild of America. The university had said the ceremony would go ahead as planned.

Zaslav, whose company owns HBO and the Warner Bros studio, is one of the highest-paid executives in the media industry, a point the picketers raised again and again. Several of them said executive pay showed the studios could afford better terms for writers.

No new talks between the guild and the studios' alliance have been scheduled.
""",
  [])

a("2023-06-04T18:00:00Z", "pacific-ledger", "directors-reach-deal-writers-unmoved",
  "Directors reach deal with studios; writers say it solves nothing for them",
  """
LOS ANGELES, June 4 (Pacific Ledger) - The Directors Guild of America reached a tentative three-year contract with the studios late on Saturday, including raises, a larger foreign streaming residual and a pledge that generative AI will not be treated as a person or perform directors' duties.

The Alliance of Motion Picture and Television Producers called the deal historic and said it was ready to resume talks with the writers and to start negotiations with the actors' union, SAG-AFTRA, on Wednesday.

The Writers Guild of America, now a month into its strike, said a deal with another union settled nothing for writers. Its negotiating committee said in a message to members that the studios still had to agree to minimum staffing for writers' rooms and to a ban on AI writing or rewriting literary material before anyone went back to work.

Some directors have criticized the agreement, saying it does too little about AI. Labor experts said the deal could put pressure on the writers by showing that the studios can close a contract with one union without giving ground to another.

The directors' members must still vote to ratify the contract.
""",
  [("wga", "writers-room-minimums", S, "the studios still had to agree to minimum staffing for writers' rooms", True),
   ("wga", "ai-writing-limits", S, "a ban on AI writing or rewriting literary material", True)])

a("2023-06-06T04:00:00Z", "coast-wire", "actors-union-authorizes-strike",
  "Actors' union authorizes strike ahead of talks with studios",
  """
LOS ANGELES, June 5 (Coast Wire) - Members of SAG-AFTRA, which represents about 160,000 film and television actors, voted by 97.91% to authorize a strike if no deal is reached before their contract expires on June 30, the union said on Monday.

Union president Fran Drescher said the vote sent a message that performers were prepared to stand firm. Talks with the Alliance of Motion Picture and Television Producers start on Wednesday.

Chief negotiator Duncan Crabtree-Ireland said the union wanted performers to share in the revenue of the streaming services that now dominate their work, rather than rely on residuals designed for broadcast reruns. He said the union would also insist that no digital replica of a performer be created or used without the performer's informed consent and fair payment.

The actors' contract covers pay, health and pension contributions and working conditions. The last actors' strike against the film and television studios was in 1980.

Writers have been on strike since May 2, and a joint walkout would be the first since 1960, when Ronald Reagan led the actors' union.
""",
  [("sag-aftra", "sag-drops-revenue-share", O, "the union wanted performers to share in the revenue of the streaming services", True),
   ("sag-aftra", "digital-replica-consent", S, "no digital replica of a performer be created or used without the performer's informed consent", True)])

a("2023-06-27T19:00:00Z", "marquee-post", "actors-letter-ready-to-strike",
  "Hundreds of actors tell union leaders they are ready to strike",
  """
LOS ANGELES, June 27 (Marquee Post) - More than 300 actors, among them Meryl Streep, Jennifer Lawrence and Ben Stiller, have signed a letter telling SAG-AFTRA's leaders that they are prepared to strike rather than accept a weak deal, days before the union's contract with the studios expires.

The letter, first circulated on Saturday, said members were worried the union might make sacrifices in the talks that it should not make, particularly over artificial intelligence and streaming pay. Its signatories, who later numbered more than 1,000, called this an inflection point for the profession.

Union president Fran Drescher and chief negotiator Duncan Crabtree-Ireland said in a video to members last week that the talks had been extremely productive. Asked about the letter on Tuesday, a union spokesperson declined to say whether any of the union's proposals had been scaled back.

The Alliance of Motion Picture and Television Producers has not commented on the negotiations, which are covered by a media blackout.

The contract expires at midnight on Friday.
""",
  [])

a("2023-07-01T07:00:00Z", "sunset-courier", "actors-studios-extend-contract",
  "Actors and studios extend contract to July 12 to keep talking",
  """
LOS ANGELES, June 30 (Sunset Courier) - SAG-AFTRA and the Hollywood studios agreed on Friday night to extend the actors' expiring contract until July 12, putting off a possible strike while negotiations continue.

In a joint statement, the union and the Alliance of Motion Picture and Television Producers said they had agreed to the extension and would keep the substance of their talks confidential. Union president Fran Drescher told members that the extension did not mean the union would settle for less, and that the negotiating committee remained focused on its demands.

The union's board had earlier given the negotiators authority to call a strike if the deadline passed without a deal. Some members who had signed an open letter urging a hard line said they were frustrated by the delay.

The writers' strike, now in its ninth week, continues. No talks between the Writers Guild of America and the studios are scheduled.
""",
  [("sag-aftra", "sag-contract-extension", S, "they had agreed to the extension", True),
   ("amptp", "sag-contract-extension", S, "they had agreed to the extension", True)])

a("2023-07-11T22:00:00Z", "pacific-ledger", "actors-accept-mediator-no-extension",
  "Actors' union accepts mediator but rules out another contract extension",
  """
LOS ANGELES, July 11 (Pacific Ledger) - SAG-AFTRA agreed on Tuesday to the studios' request to bring in a federal mediator for the final day of contract talks, but said it would not extend its contract again beyond midnight on Wednesday.

The Alliance of Motion Picture and Television Producers had asked for the mediator after weeks of negotiations failed to close the gap on pay, streaming residuals and artificial intelligence.

The union said in a statement that it was deeply skeptical of the studios' intentions and that the move would not change the deadline. It added that it would not accept a contract that left performers' likenesses unprotected.

A spokesman for the alliance said the companies remained committed to reaching a deal and had asked for mediation to help the parties find common ground. He declined to say whether the studios had sought more time.

Labor analysts said the request for a mediator at such a late stage suggested the two sides remained far apart, making a strike, the union's first against the studios since 1980, increasingly likely.
""",
  [("sag-aftra", "sag-contract-extension", O, "it would not extend its contract again beyond midnight on Wednesday", True),
   ("sag-aftra", "digital-replica-consent", S, "would not accept a contract that left performers' likenesses unprotected", True)])

a("2023-07-11T23:30:00Z", "coast-wire", "sag-aftra-mediator-deadline-stands",
  "SAG-AFTRA takes mediator, says deadline stands",
  """
LOS ANGELES, July 11 (Coast Wire) - The actors' union SAG-AFTRA on Tuesday accepted the studios' request for a federal mediator on the last day of contract talks, but said it would not extend its contract again past Wednesday midnight.

The Alliance of Motion Picture and Television Producers sought the mediator after weeks of negotiations left the two sides apart on pay, streaming residuals and artificial intelligence.

In a statement, the union said it was deeply skeptical of the studios' intentions and that mediation would not move the deadline. It would not accept any contract that left performers' likenesses unprotected, it added.

A spokesman for the alliance said the companies were still committed to a deal and had requested mediation to help the two sides find common ground. He declined to say whether the studios had asked for more time.

Labor analysts said a request for a mediator so late in the process signaled that the two sides were still far apart, making a strike, which would be the union's first against the studios since 1980, ever more likely.
""",
  [("sag-aftra", "sag-contract-extension", O, "it would not extend its contract again past Wednesday midnight", True),
   ("sag-aftra", "digital-replica-consent", S, "would not accept any contract that left performers' likenesses unprotected", True)])

a("2023-07-13T15:00:00Z", "marquee-post", "iger-union-expectations-not-realistic",
  "Disney's Iger says union expectations are not realistic",
  """
SUN VALLEY, Idaho, July 13 (Marquee Post) - Walt Disney Co chief executive Bob Iger said on Thursday that the striking writers and the actors' union, which is poised to join them, had expectations that were "not realistic", and that a strike would be very disruptive for the whole industry.

Speaking to CNBC at the annual Allen & Co media conference in Sun Valley, Iger said he respected the unions' right to push for as much as they could get, but that the industry was still recovering from the pandemic and adjusting to the decline of traditional television.

Asked whether Disney could accept any of the writers' proposals on staffing or artificial intelligence, he said he would not negotiate in public.

Disney shares fell about 1% in New York trading. Iger, who returned to run the company in November, recently had his own contract extended to the end of 2026.

The actors' contract expired at midnight. The union's board is expected to meet later on Thursday to decide whether to call a strike.
""",
  [])

a("2023-07-14T01:00:00Z", "pacific-ledger", "actors-strike-at-midnight",
  "Hollywood actors to strike at midnight, joining writers",
  """
LOS ANGELES, July 13 (Pacific Ledger) - Hollywood actors will go on strike at midnight, SAG-AFTRA said on Thursday after its national board voted unanimously to walk out, joining the writers on picket lines for the first time since 1960.

"We are being victimized by a very greedy entity," union president Fran Drescher told a news conference, saying the studios had refused to offer performers a fair share of the money their work earns on streaming.

Chief negotiator Duncan Crabtree-Ireland said the studios had proposed that background performers could be scanned and paid for one day's work, with their likeness owned and used by the companies indefinitely without consent or further pay. The union would not go back to work without consent and compensation for digital replicas, he said.

The Alliance of Motion Picture and Television Producers said the union had turned down an offer with historic pay rises and a groundbreaking proposal on artificial intelligence that required a performer's consent before a digital replica was created or used. It said the union had chosen a path that would cause financial hardship for thousands of people.

Production on most U.S. films and series is expected to stop. Striking actors may not promote their work.
""",
  [("sag-aftra", "sag-drops-revenue-share", O, "refused to offer performers a fair share of the money their work earns on streaming", True),
   ("amptp", "sag-drops-revenue-share", S, "the studios had refused to offer performers a fair share", False),
   ("amptp", "digital-replica-consent", O, "owned and used by the companies indefinitely without consent or further pay", False),
   ("sag-aftra", "digital-replica-consent", S, "would not go back to work without consent and compensation for digital replicas", True),
   ("amptp", "digital-replica-consent", S, "required a performer's consent before a digital replica was created or used", True)])

a("2023-07-14T21:00:00Z", "sunset-courier", "actors-join-writers-picket-lines",
  "Actors join writers on picket lines as Hollywood shuts down",
  """
LOS ANGELES, July 14 (Sunset Courier) - Actors joined writers on picket lines outside Netflix, Disney, Warner Bros and Paramount on Friday, the first day of a double strike that has brought most American film and television production to a halt.

Crowds outside Netflix's building on Sunset Boulevard held signs reading "AI is not art" and "SAG-AFTRA strong". Teamsters in delivery trucks honked their horns in support as they drove past the Disney lot in Burbank.

Speaking to picketers, Duncan Crabtree-Ireland, SAG-AFTRA's chief negotiator, said the companies wanted to own performers' faces and voices forever. He said the union would keep striking until the studios agreed that no digital replica could be made without consent and payment.

Actor Matt Damon told reporters that the strike was about protecting the people who make a living in supporting roles, not stars like himself. The cast of "Oppenheimer" walked out of the film's London premiere on Thursday night when the strike was called.

The Alliance of Motion Picture and Television Producers did not comment on Friday.
""",
  [("amptp", "digital-replica-consent", O, "the companies wanted to own performers' faces and voices forever", False),
   ("sag-aftra", "digital-replica-consent", S, "no digital replica could be made without consent and payment", True)])

a("2023-07-19T22:30:00Z", "coast-wire", "sarandos-committed-to-equitable-deal",
  "Netflix's Sarandos says company committed to an equitable deal",
  """
LOS GATOS, Calif., July 19 (Coast Wire) - Netflix co-chief executive Ted Sarandos said on Wednesday that the company was committed to reaching an agreement with the striking writers and actors that was equitable and would let the industry move forward.

Speaking on a call with analysts after Netflix reported quarterly results, Sarandos said he was disappointed that the two sides had not reached a deal, but he declined to discuss any of the unions' proposals, including their demands on streaming pay and artificial intelligence, saying they had to be settled at the table.

Netflix added 5.9 million subscribers in the second quarter, more than analysts had expected, helped by its crackdown on password sharing. Its shares fell 8% after hours on a weaker revenue forecast.

The call came as striking performers circulated a Netflix job listing for a machine learning product manager with a salary of up to $900,000.

Co-chief executive Greg Peters said the strikes would shift some spending on programming into next year.
""",
  [])

a("2023-08-04T23:00:00Z", "marquee-post", "writers-studios-first-meeting-since-may",
  "Writers and studios meet for first time since strike began",
  """
LOS ANGELES, Aug 4 (Marquee Post) - Negotiators for the Writers Guild of America and the studios met on Friday for the first time since the writers' strike began three months ago, but the guild said no deal was in sight.

The meeting, requested by Carol Lombardini, the president of the Alliance of Motion Picture and Television Producers, lasted a little over an hour. The guild said in a message to members that the alliance had not presented a new offer and had mostly asked questions about the guild's proposals.

The guild told members it had used the meeting to explain its positions and that it remained firm that the studios must guarantee minimum staffing in writers' rooms and bar AI from writing or rewriting scripts. Writers would not go back to work without those protections, it said.

The alliance said in a brief statement that it was committed to ending the strike and would respond to the guild's questions. Industry analysts said the studios were under growing pressure from investors as their autumn television schedules fell apart.

At 95 days, the writers' strike is nearing the 100-day length of the 2007-2008 walkout.
""",
  [("wga", "writers-room-minimums", S, "the studios must guarantee minimum staffing in writers' rooms", True),
   ("wga", "ai-writing-limits", S, "bar AI from writing or rewriting scripts", True)])

a("2023-08-22T23:30:00Z", "pacific-ledger", "studios-publish-offer-to-writers",
  "Studios make offer to writers public after CEOs meet guild",
  """
LOS ANGELES, Aug 22 (Pacific Ledger) - The Hollywood studios made public on Tuesday the offer they put to striking writers earlier this month, hours after the chief executives of Disney, Netflix and Warner Bros Discovery met the writers' negotiators in person.

In a summary released by the Alliance of Motion Picture and Television Producers, the studios said they would accept that generative AI is not a writer and that material produced by AI would not count as literary material under the contract, so a writer's credit and pay could not be cut because of it. The alliance said it was prepared to keep discussing further rules on AI, but it did not address the use of writers' scripts to train AI systems.

The offer also promises, for the first time, to share total hours viewed for streaming programs with the guild on a confidential basis, and raises minimum pay by about 13% over three years.

Carol Lombardini, the alliance president, said the studios wanted writers back at work. Bob Iger of Disney, Ted Sarandos of Netflix and David Zaslav of Warner Bros Discovery attended the meeting, along with Donna Langley of NBCUniversal, but did not speak publicly afterwards.

The Writers Guild of America said it would respond after reviewing the document.
""",
  [("amptp", "ai-writing-limits", C, "they would accept that generative AI is not a writer", True)])

a("2023-08-24T20:00:00Z", "sunset-courier", "wga-offer-not-nearly-enough",
  "Writers Guild says studio offer is 'not nearly enough'",
  """
LOS ANGELES, Aug 24 (Sunset Courier) - The Writers Guild of America told its members on Thursday that the studios' latest offer was "neither nothing nor nearly enough", and that the writers' strike would continue.

In a detailed response, the guild's negotiating committee said the offer on artificial intelligence left the door open for studios to hand writers AI-generated material to rewrite for less pay, and did nothing to stop companies from training AI on writers' work. It said the guild still insisted that AI be barred from writing or rewriting scripts.

The committee also said the offer contained no guaranteed minimum staffing for television writers' rooms, which it called essential, and no residual tied to how many people watch a streaming show. Those demands stand, it said.

Meredith Stiehm, the guild's president, told writers on a picket line in Burbank that the union would not be rushed into accepting terms it had already rejected.

The Alliance of Motion Picture and Television Producers declined to comment on the guild's response.
""",
  [("wga", "ai-writing-limits", S, "the guild still insisted that AI be barred from writing or rewriting scripts", True),
   ("wga", "writers-room-minimums", S, "no guaranteed minimum staffing for television writers' rooms, which it called essential", True),
   ("wga", "streaming-viewership-bonus", S, "no residual tied to how many people watch a streaming show. Those demands stand", True),
   ("amptp", "writers-room-minimums", O, "the offer contained no guaranteed minimum staffing", False),
   ("amptp", "streaming-viewership-bonus", O, "no residual tied to how many people watch a streaming show", False)])

a("2023-09-18T15:00:00Z", "marquee-post", "strike-costs-mount-no-talks",
  "Writers' strike costs mount as no talks are scheduled",
  """
LOS ANGELES, Sept 18 (Marquee Post) - The Hollywood writers' strike entered its 140th day on Monday with no new talks scheduled, and economists estimate that the shutdown of film and television production has already cost the California economy more than $5 billion.

Caterers, prop houses and costume suppliers say business has collapsed. California Governor Gavin Newsom has said he is ready to help broker a deal if asked, but neither side has publicly taken him up on it.

The writers, who want a guaranteed minimum number of staff in every television writers' room, have been on strike since May 2. The actors' union joined them in July.

Some entertainment lawyers said they expected the studios to give ground on staffing before the end of the year, arguing that the cost of a room minimum was small compared with the losses from the strike. Others said the companies might hold out until writers start losing health coverage.

On Sunday, talk show host Drew Barrymore reversed her decision to restart her program during the strike after protests from writers.
""",
  [("wga", "writers-room-minimums", S, "The writers, who want a guaranteed minimum number of staff", False)])

a("2023-09-21T04:00:00Z", "coast-wire", "writers-studios-resume-talks-ceos",
  "Writers and studios resume talks with CEOs at the table",
  """
LOS ANGELES, Sept 20 (Coast Wire) - The Writers Guild of America and the studios resumed negotiations on Wednesday, with the chief executives of Disney, Netflix, Warner Bros Discovery and NBCUniversal taking part in person, the two sides said in a joint statement.

The statement said only that talks had taken place and would continue on Thursday. Neither side gave details.

People briefed on the discussions said the studios had signaled they could accept some form of minimum staffing for writers' rooms if the numbers were tied to the size of each show. The same people said artificial intelligence remained the hardest issue.

Bob Iger, Ted Sarandos, David Zaslav and Donna Langley met the guild's negotiators at the offices of the Alliance of Motion Picture and Television Producers in Sherman Oaks.

The meeting was the first in nearly a month. Talks broke off in late August after the studios released their offer publicly, a move the guild described as an attempt to turn writers against their leaders.
""",
  [("amptp", "writers-room-minimums", C, "the studios had signaled they could accept some form of minimum staffing", False)])

a("2023-09-25T05:00:00Z", "pacific-ledger", "writers-tentative-agreement",
  "Writers reach tentative agreement with studios",
  """
LOS ANGELES, Sept 24 (Pacific Ledger) - The Writers Guild of America reached a tentative agreement with the Hollywood studios on Sunday night, the two sides said, a major step toward ending a strike that has lasted nearly five months.

In a message to members, the guild's negotiating committee called the deal exceptional, with meaningful gains and protections for writers in every sector of the membership. It did not release the terms, saying they would be shared once the contract language was finalized.

The strike is not over yet. The guild told writers to stop picketing but not to return to work until its board and its members had voted on the deal.

The Alliance of Motion Picture and Television Producers confirmed the agreement in a joint statement with the guild but gave no details.

The actors' union SAG-AFTRA, whose members remain on strike, congratulated the writers and said it was ready to resume its own talks with the studios. Several entertainment analysts said the terms of the writers' deal would likely shape any agreement with the actors.
""",
  [])

a("2023-09-27T06:00:00Z", "sunset-courier", "writers-strike-ends-terms-released",
  "Writers' strike ends as guild releases terms of new contract",
  """
LOS ANGELES, Sept 26 (Sunset Courier) - The Writers Guild of America ended its 148-day strike at 12:01 a.m. on Wednesday after its board approved a new three-year contract with the studios, whose terms the guild released on Tuesday.

Under the agreement, the Alliance of Motion Picture and Television Producers accepted minimum staffing for television writers' rooms for the first time, with between three and five writers depending on the number of episodes. The studios also agreed that AI cannot write or rewrite literary material and that AI-generated material will not be considered source material. Companies may not require writers to use AI software.

For streaming, the studios agreed to pay a new bonus based on viewership: shows watched by at least 20% of a service's domestic subscribers in their first 90 days will earn writers a bonus worth half of their fixed residual. The studios will also give the guild total hours streamed, subject to confidentiality.

The alliance said in a statement that the deal represented meaningful gains and protections for writers. Ellen Stutzman, the guild's chief negotiator, said writers had won the staffing minimums and the AI protections they had demanded.

Members will vote on ratification from Oct 2 to Oct 9.
""",
  [("amptp", "writers-room-minimums", S, "accepted minimum staffing for television writers' rooms for the first time", True),
   ("amptp", "ai-writing-limits", S, "The studios also agreed that AI cannot write or rewrite literary material", True),
   ("amptp", "streaming-viewership-bonus", S, "the studios agreed to pay a new bonus based on viewership", True),
   ("wga", "writers-room-minimums", S, "writers had won the staffing minimums", True),
   ("wga", "ai-writing-limits", S, "the AI protections they had demanded", True)])

a("2023-10-02T23:00:00Z", "marquee-post", "actors-studios-return-to-table",
  "Actors and studios return to the bargaining table",
  """
LOS ANGELES, Oct 2 (Marquee Post) - SAG-AFTRA and the studios returned to the bargaining table on Monday for the first time since the actors went on strike in July, days after the writers' walkout ended.

The chief executives of Disney, Netflix, Warner Bros Discovery and NBCUniversal attended the session, as they had in the final days of the writers' talks.

Duncan Crabtree-Ireland, the union's chief negotiator, said before the meeting that performers still expected a share of the revenue that streaming services earn from their work, and that the union had not softened its demand for consent and payment whenever a digital replica of an actor is used.

He said the writers' contract was an encouraging sign but that actors had their own issues, and declined to say whether the union would accept a viewership bonus like the one the writers won.

Fran Drescher, the union's president, told members the negotiating committee would not be rushed.

Talks are scheduled to continue through the week.
""",
  [("sag-aftra", "sag-drops-revenue-share", O, "performers still expected a share of the revenue that streaming services earn", True),
   ("sag-aftra", "digital-replica-consent", S, "the union had not softened its demand for consent and payment", True)])

a("2023-10-10T03:00:00Z", "coast-wire", "writers-ratify-contract",
  "Writers ratify new contract with 99% support",
  """
LOS ANGELES, Oct 9 (Coast Wire) - Members of the Writers Guild of America voted overwhelmingly to ratify their new contract with the studios, the union said on Monday, with 99% of those voting in favor.

Meredith Stiehm, the guild's president, said the contract delivered what writers had fought for: staffing minimums that put an end to the shrinking writers' room, real protections against artificial intelligence and a share in the success of hit streaming shows.

The Alliance of Motion Picture and Television Producers, which agreed to the minimums in September after rejecting them in May, did not comment on the vote.

The three-year contract runs until May 1, 2026. It was approved by 8,435 members, with 90 voting against.

Writers have begun returning to late-night shows and writers' rooms, though many productions cannot restart while actors remain on strike.
""",
  [("wga", "writers-room-minimums", S, "staffing minimums that put an end to the shrinking writers' room", True),
   ("wga", "ai-writing-limits", S, "real protections against artificial intelligence", True),
   ("wga", "streaming-viewership-bonus", S, "a share in the success of hit streaming shows", True),
   ("amptp", "writers-room-minimums", S, "which agreed to the minimums in September", False)])

a("2023-10-12T03:30:00Z", "pacific-ledger", "studios-suspend-actor-talks",
  "Studios suspend talks with actors over streaming levy",
  """
LOS ANGELES, Oct 11 (Pacific Ledger) - The Hollywood studios suspended their talks with the striking actors' union on Wednesday, saying the gap between the two sides was too wide and the conversations were no longer moving in a productive direction.

In a statement, the Alliance of Motion Picture and Television Producers said SAG-AFTRA's latest proposal included a levy on every streaming subscriber that would cost the companies more than $800 million a year, which it called an untenable economic burden. The studios would not agree to it, the alliance said.

SAG-AFTRA said the studios had overstated the cost of its proposal by 60% and that the levy amounted to less than 57 cents per subscriber per year. The union said it had already scaled back its original demand for 2% of streaming revenue and would keep pressing for performers to share in the value they create.

The union accused the studios of using bully tactics to intimidate its members.

The talks had resumed on Oct 2, a week after the writers' strike ended. No new date has been set.
""",
  [("amptp", "sag-drops-revenue-share", S, "The studios would not agree to it, the alliance said", True),
   ("sag-aftra", "sag-drops-revenue-share", O, "would keep pressing for performers to share in the value they create", True)])

a("2023-10-19T00:00:00Z", "sunset-courier", "sarandos-levy-bridge-too-far",
  "Netflix's Sarandos calls actors' levy 'a bridge too far'",
  """
LOS GATOS, Calif., Oct 18 (Sunset Courier) - Netflix co-chief executive Ted Sarandos said on Wednesday that the actors' union's proposal for a per-subscriber levy on streaming services was "a bridge too far", and that the studios could not accept it.

Speaking on a call with analysts after Netflix reported its results, Sarandos said the companies had offered actors substantial increases and wanted them back at work as soon as possible. He said Netflix was still committed to getting a deal done.

Netflix said it had added 8.8 million subscribers in the third quarter, its biggest gain since 2020, and announced higher prices for some plans in the United States, Britain and France.

Co-chief executive Greg Peters said the company expected to spend about $13 billion on content this year, less than planned, because of the strikes.

SAG-AFTRA did not respond to a request for comment on Sarandos's remarks. The union and the studios have not met since talks broke off last week.
""",
  [("netflix", "sag-drops-revenue-share", S, "was \"a bridge too far\", and that the studios could not accept it", True)])

a("2023-10-24T23:00:00Z", "marquee-post", "actors-studios-resume-negotiations",
  "Actors and studios resume negotiations after two-week break",
  """
LOS ANGELES, Oct 24 (Marquee Post) - SAG-AFTRA and the studios resumed negotiations on Tuesday, nearly two weeks after talks collapsed over the union's streaming proposal, with the chief executives of the big studios back at the table.

The union told members in a brief message that it was returning to the table and that its negotiators would not comment while talks were under way. The Alliance of Motion Picture and Television Producers also declined to comment.

Several entertainment lawyers said they expected the union to trade its per-subscriber levy for a bonus tied to viewership, similar to the one the writers won, but cautioned that artificial intelligence could still hold up a deal.

The strike is in its 103rd day, the longest by the union's film and television members. Some high-profile members, including George Clooney, have proposed that the wealthiest actors pay higher dues to help the union and its members through the walkout.
""",
  [])

a("2023-11-05T02:00:00Z", "coast-wire", "studios-last-best-final-offer",
  "Studios present 'last, best and final' offer to striking actors",
  """
LOS ANGELES, Nov 4 (Coast Wire) - The Hollywood studios presented what they called their last, best and final offer to the striking actors' union on Saturday, urging SAG-AFTRA to accept it and end a strike that is nearly four months old.

The Alliance of Motion Picture and Television Producers said the offer included the largest increase in minimum pay in 40 years, a new bonus for performers in the most-watched streaming shows and what it described as AI protections that require consent and compensation for digital replicas.

The offer does not include the per-subscriber fee the union had sought.

SAG-AFTRA said it would review the offer carefully and consult its members before responding. Fran Drescher, the union's president, declined to say whether the negotiating committee would recommend it.

In an interview last week, Drescher said she believed the gap between the two sides had narrowed. Analysts said the studios' language suggested they were unwilling to reopen the talks if the union rejected the offer, although they have used similar wording before.
""",
  [("amptp", "streaming-viewership-bonus", S, "a new bonus for performers in the most-watched streaming shows", True),
   ("amptp", "digital-replica-consent", S, "AI protections that require consent and compensation for digital replicas", True),
   ("amptp", "sag-drops-revenue-share", S, "The offer does not include the per-subscriber fee the union had sought", True)])

a("2023-11-09T04:00:00Z", "pacific-ledger", "actors-reach-deal-strike-ends",
  "Actors reach deal with studios, ending strike",
  """
LOS ANGELES, Nov 8 (Pacific Ledger) - SAG-AFTRA reached a tentative agreement with the Hollywood studios on Wednesday, ending the longest strike by film and television actors in the union's history at 12:01 a.m. on Thursday.

The union's negotiating committee voted unanimously to approve the deal, which it said was worth more than $1 billion and included a new streaming participation bonus and unprecedented protections against artificial intelligence.

Under the agreement, the union accepted a bonus for hit streaming shows in place of the revenue share it had demanded since June. Duncan Crabtree-Ireland, the chief negotiator, said the bonus would give performers a stake in the success of their work.

Studios must obtain performers' informed consent and pay them whenever they create or use a digital replica, the union said. The Alliance of Motion Picture and Television Producers said the contract gave the union the biggest gains in its history.

Production on paused films and series is expected to restart within weeks. The union's national board will vote on Friday on sending the contract to members.
""",
  [("sag-aftra", "sag-drops-revenue-share", S, "the union accepted a bonus for hit streaming shows in place of the revenue share", True),
   ("sag-aftra", "streaming-viewership-bonus", S, "the bonus would give performers a stake in the success of their work", True),
   ("sag-aftra", "digital-replica-consent", S, "Studios must obtain performers' informed consent and pay them", True)])

a("2023-11-10T23:30:00Z", "marquee-post", "sag-board-approves-contract",
  "SAG-AFTRA board sends contract to members with 86% backing",
  """
LOS ANGELES, Nov 10 (Marquee Post) - SAG-AFTRA's national board voted by 86% on Friday to send the new contract with the studios to members for ratification, and union president Fran Drescher said performers had won consent and compensation for any use of their digital replicas.

At a news conference, Drescher said the AI terms were a guardrail that kept actors in charge of their own likeness. Duncan Crabtree-Ireland said the union had chosen a viewership bonus over its earlier revenue-sharing plan because the studios would never have agreed to the plan and the bonus paid real money.

Several board members voted against. One of them, actor Shaan Sharma, said the AI provisions let studios create synthetic performers with too few limits and urged members to reject the deal. Actor Justine Bateman, who advised the union on AI during the talks, also criticized the terms.

Members will vote online until Dec 5.
""",
  [("sag-aftra", "digital-replica-consent", S, "performers had won consent and compensation for any use of their digital replicas", True),
   ("sag-aftra", "sag-drops-revenue-share", S, "the union had chosen a viewership bonus over its earlier revenue-sharing plan", True),
   ("sag-aftra", "streaming-viewership-bonus", S, "the union had chosen a viewership bonus", True),
   ("amptp", "sag-drops-revenue-share", S, "the studios would never have agreed to the plan", False)])

a("2023-12-06T03:00:00Z", "coast-wire", "actors-ratify-contract",
  "Actors ratify contract that ended strike, with 78% in favor",
  """
LOS ANGELES, Dec 5 (Coast Wire) - SAG-AFTRA members have ratified the contract that ended this year's actors' strike, with 78% voting in favor, the union said on Tuesday. Turnout was 38%.

Fran Drescher, the union's president, said the contract's AI terms meant no performer's digital replica could be used without their consent and pay, calling it a landmark for the profession.

The margin was narrower than the 99% approval for the writers' contract in October. Opponents had campaigned against the deal, arguing that its rules on synthetic performers were too weak. Some members also said the streaming bonus was too small to make up for the share of revenue the union had originally sought.

The Alliance of Motion Picture and Television Producers said it was pleased that members had ratified the agreement and that the industry could now get fully back to work.

The contract runs until June 30, 2026.
""",
  [("sag-aftra", "digital-replica-consent", S, "no performer's digital replica could be used without their consent and pay", True)])

a("2023-12-28T15:00:00Z", "pacific-ledger", "hollywood-year-of-strikes",
  "Hollywood ends a year of strikes with fewer shows and tighter budgets",
  """
LOS ANGELES, Dec 28 (Pacific Ledger) - Hollywood ends 2023 with both of its biggest unions back at work, but the year's two strikes have left a long shadow over the industry.

The writers were out for 148 days and the actors for 118. Back in May, the studios' alliance had rejected the writers' call for minimum staffing outright and offered only annual meetings about artificial intelligence.

Studio executives now face a tighter market. Disney's Bob Iger has promised investors billions of dollars in savings, Warner Bros Discovery is weighing deals for some of its assets, and Netflix has pulled ahead as the only streamer with large profits.

Many writers say fewer shows are being ordered than before the strike. Labor economists estimate that the two strikes together cost the California economy more than $6 billion, and thousands of crew members are still waiting for work to return.

Both contracts expire in 2026, and talks on the next ones are expected to begin early that year.
""",
  [])

DUPLICATES = [("002", "003"), ("010", "011")]


def rfc822(iso):
    return format_datetime(datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)


def build():
    for i, art in enumerate(ART, 1):
        art["id"] = f"{i:03d}"
        y, m, d = art["published"][:10].split("-")
        art["url"] = f"https://example.org/{art['outlet']}/{y}/{m}/{d}/{art['slug']}"
        art["source"] = OUTLETS[art["outlet"]]
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for art in ART:
        out = {k: art[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", art["id"] + ".json"), "w") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted([x for x in ART if x["outlet"] == slug], key=lambda x: x["published"], reverse=True)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 f"    <title>{escape(name)}</title>",
                 f"    <link>https://example.org/{slug}/</link>",
                 f"    <description>{escape(name)}: fictional outlet for the shiftwatch hollywood-strikes-2023 eval set</description>",
                 "    <language>en</language>",
                 f"    <lastBuildDate>{rfc822(items[0]['published'])}</lastBuildDate>"]
        for x in items:
            lines += ["    <item>",
                      f"      <title>{escape(x['title'])}</title>",
                      f"      <link>{escape(x['url'])}</link>",
                      f'      <guid isPermaLink="true">{escape(x["url"])}</guid>',
                      f"      <pubDate>{rfc822(x['published'])}</pubDate>",
                      f"      <description>{escape(x['text'])}</description>",
                      "    </item>"]
        lines += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w") as f:
            f.write("\n".join(lines))
    with open(os.path.join(HERE, "watchlist.yaml"), "w") as f:
        f.write(WATCHLIST)
    labels = {"claims": {}, "shifts": SHIFTS, "no_alert_articles": []}
    for art in ART:
        labels["claims"][art["id"]] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in art["claims"]]
    shift_articles = {s["article"] for s in SHIFTS}
    labels["no_alert_articles"] = [x["id"] for x in ART if x["id"] not in shift_articles]
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")


SHIFTS = [
    dict(actor="sag-aftra", issue="sag-contract-extension", frm="support", to="oppose", article="010",
         why="SAG-AFTRA accepts a mediator but says it will not extend its contract again past the July 12 midnight deadline; in 009 it had jointly agreed to extend the expiring contract."),
    dict(actor="amptp", issue="ai-writing-limits", frm="oppose", to="conditional", article="017",
         why="The AMPTP's published offer accepts that generative AI is not a writer and its output is not literary material, and offers further talks on AI, while leaving training on writers' work open; in May it had rejected AI rules and offered only annual meetings."),
    dict(actor="amptp", issue="writers-room-minimums", frm="oppose", to="support", article="022",
         why="In the contract that ended the writers' strike the AMPTP accepts minimum staffing of three to five writers per room; it had rejected mandatory staffing in May (002), and the September hint in 020 came only from unnamed people."),
    dict(actor="amptp", issue="ai-writing-limits", frm="conditional", to="support", article="022",
         why="The studios agree that AI cannot write or rewrite literary material and is not source material; in August (017) they accepted only that AI is not a writer and offered further talks."),
    dict(actor="amptp", issue="streaming-viewership-bonus", frm="oppose", to="support", article="022",
         why="The studios agree to a viewership-based streaming bonus for writers; until then they offered only confidential viewing data, and the writers' demand was unmet (baseline, 018)."),
    dict(actor="sag-aftra", issue="sag-drops-revenue-share", frm="oppose", to="support", article="029",
         why="In its deal SAG-AFTRA accepts a bonus for hit streaming shows in place of the revenue share it had pressed for since June (007, 013, 023, 025)."),
]
for s in SHIFTS:
    s["from"] = s.pop("frm")
SHIFTS = [dict(actor=s["actor"], issue=s["issue"], **{"from": s["from"]}, to=s["to"], article=s["article"], why=s["why"]) for s in SHIFTS]


def validate():
    import yaml
    errs = []
    wl = yaml.safe_load(open(os.path.join(HERE, "watchlist.yaml")))
    actors = {x["id"] for x in wl["actors"]}
    issues = {x["id"] for x in wl["issues"]}
    for x in wl["issues"]:
        if not 3 <= len(x["terms"]) <= 6:
            errs.append(f"issue {x['id']}: {len(x['terms'])} terms")
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    arts = {i: json.load(open(os.path.join(HERE, "articles", i + ".json"))) for i in files}
    if sorted(labels["claims"]) != files:
        errs.append("claims keys != article files")
    prev = ""
    for i in files:
        art = arts[i]
        if art["id"] != i:
            errs.append(f"{i}: id mismatch")
        if art["published"] <= prev:
            errs.append(f"{i}: not in publication order")
        prev = art["published"]
        n = len(art["text"].split())
        if not 120 <= n <= 260:
            errs.append(f"{i}: {n} words")
        if not re.match(r"^[A-Z][A-Z .,'a-z]+, [A-Z][a-z]+ \d{1,2} \(" + re.escape(art["source"]) + r"\) - ", art["text"]):
            errs.append(f"{i}: bad dateline")
        for c in labels["claims"][i]:
            if c["actor"] not in actors: errs.append(f"{i}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errs.append(f"{i}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"): errs.append(f"{i}: bad stance")
            if c["quote"] not in art["text"]: errs.append(f"{i}: quote not in text: {c['quote']}")
            if len(c["quote"].split()) > 15: errs.append(f"{i}: quote > 15 words: {c['quote']}")
            if not isinstance(c["attributed"], bool): errs.append(f"{i}: attributed not bool")
    for a1, a2 in DUPLICATES:
        t = lambda k: sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][k])
        if t(a1) != t(a2): errs.append(f"duplicate {a1}/{a2} claims differ")
        if arts[a1]["published"][:10] != arts[a2]["published"][:10]: errs.append(f"duplicate {a1}/{a2} not same day")
    # Replay prevailing stance from the baseline using attributed claims only; must reproduce SHIFTS exactly.
    state = {(b["actor"], b["issue"]): b["stance"] for b in wl["baseline"]}
    derived = []
    for i in files:
        for c in labels["claims"][i]:
            if not c["attributed"]: continue
            k = (c["actor"], c["issue"])
            if k in state and state[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], state[k], c["stance"], i))
            state[k] = c["stance"]
    dup_copies = {b for _, b in DUPLICATES}
    derived = [d for d in derived if d[4] not in dup_copies]
    want = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(want):
        errs.append(f"shift replay mismatch:\n derived={derived}\n labelled={want}")
    shift_arts = {s["article"] for s in labels["shifts"]}
    if sorted(labels["no_alert_articles"]) != sorted(set(files) - shift_arts):
        errs.append("no_alert_articles wrong")
    for f in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode: errs.append(f"xmllint {f}: {r.stderr.strip()}")
    # stats
    claims = [c for v in labels["claims"].values() for c in v]
    from collections import Counter
    print("articles", len(files), "claims", len(claims), dict(Counter(c["stance"] for c in claims)),
          "unattributed", sum(not c["attributed"] for c in claims), "shifts", len(labels["shifts"]),
          "shift articles", sorted(shift_arts),
          "empty", [i for i in files if not labels["claims"][i]],
          "per outlet", dict(Counter(a["source"] for a in arts.values())))
    print("words min/max", min(len(a["text"].split()) for a in arts.values()), max(len(a["text"].split()) for a in arts.values()))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    build()
    validate()
