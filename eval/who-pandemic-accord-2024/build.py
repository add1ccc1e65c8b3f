#!/usr/bin/env python3
"""Build and validate the who-pandemic-accord-2024 eval set (self-contained, stdlib only)."""
import json, os, re, subprocess
from email.utils import format_datetime
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {"lakeside-wire": "Lakeside Wire", "alpine-courier": "Alpine Courier",
           "equator-post": "Equator Post", "harbourline-news": "Harbourline News"}

def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}

A = []  # (published, outlet, slug, title, text, claims)
def art(published, outlet, slug, title, text, claims):
    A.append((published, outlet, slug, title, text, claims))

art("2022-12-07T16:20:00Z", "lakeside-wire", "inb-agrees-to-draft-pandemic-accord",
 "Countries agree to start drafting a pandemic accord in Geneva",
 "GENEVA, Dec 7 (Lakeside Wire) - Governments negotiating a global pandemic accord agreed on Wednesday to start work on a first draft, ending a week of talks in Geneva over what the treaty should cover.\n\n"
 "The Intergovernmental Negotiating Body, set up by the World Health Assembly a year ago, asked its bureau to produce a so-called zero draft by February. WHO Director-General Tedros Adhanom Ghebreyesus told delegates the world could not afford to face the next pandemic with the tools that failed during COVID-19.\n\n"
 "The Africa Group said any accord must guarantee that countries which share samples of new pathogens receive a fair share of the vaccines and medicines developed from them. The group's statement said the inequity of the COVID-19 rollout, when rich countries bought up early doses, must never be repeated.\n\n"
 "Several delegations said the week had been used mostly to agree on procedure, and that the hard bargaining would begin once a text was on the table.",
 [C("africa-group", "pabs-vaccine-share", "support", "must guarantee that countries which share samples of new pathogens receive a fair share")])

art("2023-02-01T13:05:00Z", "alpine-courier", "zero-draft-reserves-20-percent",
 "Pandemic accord draft would reserve a fifth of vaccine output for WHO",
 "GENEVA, Feb 1 (Alpine Courier) - A first draft of the pandemic accord published on Wednesday would require manufacturers to set aside 20 percent of their production of vaccines, tests and treatments during a pandemic for the World Health Organization to distribute.\n\n"
 "Half of that share would be donated and the rest sold at affordable prices, under the text drawn up by the bureau of the negotiating body. The reserve is the core of a proposed pathogen access and benefit-sharing system, known as PABS.\n\n"
 "The Africa Group welcomed the draft, saying the 20 percent figure was the minimum it could accept. The European Union said it was ready to discuss benefit sharing, but only if the system did not slow down the rapid sharing of virus samples and genetic sequences that scientists depend on.\n\n"
 "The pharmaceutical industry federation IFPMA warned that fixed quotas would discourage companies from investing in pandemic products.",
 [C("africa-group", "pabs-vaccine-share", "support", "saying the 20 percent figure was the minimum it could accept"),
  C("eu", "pabs-vaccine-share", "conditional", "ready to discuss benefit sharing, but only if the system did not slow down")])

art("2023-03-14T09:40:00Z", "equator-post", "tedros-rejects-lockdown-claims",
 "Tedros calls claims WHO would order lockdowns 'fake news'",
 "GENEVA, March 14 (Equator Post) - WHO chief Tedros Adhanom Ghebreyesus on Tuesday dismissed online claims that the planned pandemic accord would let the agency order countries into lockdown, calling them \"fake news\".\n\n"
 "\"The idea that this accord will give WHO any power to impose lockdowns or vaccine mandates on anyone is simply untrue,\" Tedros told reporters. Countries, he said, would write the accord and countries alone would decide how to apply it.\n\n"
 "The claims have spread widely on social media and have been repeated by some Republican members of the US Congress, who have introduced a bill to block any agreement that is not submitted to the Senate as a treaty.\n\n"
 "Negotiators in Geneva said the draft contained no provision giving the organization authority over national health measures.",
 [C("who", "who-lockdown-powers", "oppose", "The idea that this accord will give WHO any power to impose lockdowns")])

art("2023-06-16T18:15:00Z", "harbourline-news", "us-says-tech-transfer-must-be-voluntary",
 "U.S. backs pandemic accord but draws line on technology transfer",
 "WASHINGTON, June 16 (Harbourline News) - The United States supports a strong pandemic accord but will not agree to any requirement that forces companies to hand over their technology, Health and Human Services Secretary Xavier Becerra said on Friday.\n\n"
 "Becerra told a meeting of public health officials in Washington that sharing know-how with manufacturers in poorer regions was important. He said it had to happen on voluntary and mutually agreed terms, with protection for intellectual property, or private investment in vaccines would dry up.\n\n"
 "He also said the administration backed a benefit-sharing system in principle, provided it kept pathogen data flowing quickly to researchers.\n\n"
 "Advocacy groups including Public Citizen criticised the stance, saying voluntary licensing had failed during COVID-19. The department's lead negotiator, Pamela Hamamoto, is due in Geneva next week.",
 [C("usa", "voluntary-tech-transfer", "support", "He said it had to happen on voluntary and mutually agreed terms"),
  C("usa", "pabs-vaccine-share", "conditional", "backed a benefit-sharing system in principle, provided it kept pathogen data flowing")])

art("2023-09-20T21:30:00Z", "lakeside-wire", "un-meeting-pandemic-preparedness",
 "World leaders adopt pandemic preparedness declaration at UN",
 "NEW YORK, Sept 20 (Lakeside Wire) - World leaders meeting at the United Nations on Wednesday approved a political declaration on pandemic prevention, preparedness and response, pledging to finish the WHO accord talks on time.\n\n"
 "The declaration is not binding and sets no targets for sharing vaccines. Diplomats said it had been kept vague on purpose to avoid reopening fights from the negotiations in Geneva.\n\n"
 "Some analysts said the language suggested Washington might eventually soften its position on technology transfer, though others saw no sign of it. A US official, asked whether the United States would accept a mandatory clause, declined to say.\n\n"
 "The meeting was one of three health gatherings held alongside the General Assembly this week. Tedros called the declaration a strong signal of political will.",
 [])

art("2023-10-30T15:50:00Z", "equator-post", "africa-group-rejects-voluntary-only",
 "Africa Group rejects 'voluntary only' technology transfer in pandemic talks",
 "GENEVA, Oct 30 (Equator Post) - The Africa Group on Monday rejected proposals that technology transfer under the pandemic accord should be voluntary only, saying such wording would repeat the failures of COVID-19.\n\n"
 "In a statement to the negotiating body, the group said it could not accept text limiting the transfer of vaccine know-how to \"voluntary and mutually agreed terms\". It called for binding obligations on countries that host the manufacturers.\n\n"
 "The group also repeated that a guaranteed share of pandemic products for developing countries was a red line.\n\n"
 "Switzerland and Japan, home to large drugmakers, argued for softer language, delegates said. Talks resume in Geneva in December, when the bureau is expected to present a revised draft. Delegates described the exchange as tense but polite.",
 [C("africa-group", "voluntary-tech-transfer", "oppose", "could not accept text limiting the transfer of vaccine know-how"),
  C("africa-group", "pabs-vaccine-share", "support", "a guaranteed share of pandemic products for developing countries was a red line")])

art("2023-10-30T19:10:00Z", "alpine-courier", "african-states-say-no-to-voluntary-wording",
 "African states say no to voluntary-only wording on technology",
 "GENEVA, Oct 30 (Alpine Courier) - African countries on Monday rejected proposals to make technology transfer under the pandemic accord voluntary only, warning that such wording would repeat the mistakes of COVID-19.\n\n"
 "In its statement to the negotiating body, the Africa Group said it could not accept text limiting the transfer of vaccine know-how to \"voluntary and mutually agreed terms\" and called for binding obligations on the countries where manufacturers are based.\n\n"
 "It also repeated that a guaranteed share of pandemic products for developing countries was a red line.\n\n"
 "Delegates said Switzerland and Japan, which host large drug companies, pushed for softer wording. The bureau is expected to present a revised draft when talks resume in Geneva in December, and delegates called the exchange tense but polite.",
 [C("africa-group", "voluntary-tech-transfer", "oppose", "could not accept text limiting the transfer of vaccine know-how"),
  C("africa-group", "pabs-vaccine-share", "support", "a guaranteed share of pandemic products for developing countries was a red line")])

art("2023-11-08T08:25:00Z", "harbourline-news", "indonesia-open-to-voluntary-transfer",
 "Indonesia signals flexibility on technology transfer in pandemic accord",
 "JAKARTA, Nov 8 (Harbourline News) - Indonesia is open to technology transfer under the pandemic accord being voluntary, provided the agreement guarantees developing countries a real share of vaccines, Health Minister Budi Gunadi Sadikin said on Wednesday.\n\n"
 "Sadikin, who had argued for compulsory transfer earlier in the talks, told reporters in Jakarta that his country could live with voluntary language if the benefit-sharing system was binding. \"If the benefits are guaranteed, we can be flexible on how the technology moves,\" he said.\n\n"
 "Indonesia, which in 2007 stopped sharing bird flu samples with WHO in protest at unequal access to vaccines, has long pushed for mandatory benefit sharing.\n\n"
 "The Group for Equity, a cross-regional coalition of developing countries, said on the same day that it still wanted legally binding transfer obligations.",
 [C("indonesia", "voluntary-tech-transfer", "conditional", "could live with voluntary language if the benefit-sharing system was binding"),
  C("indonesia", "pabs-vaccine-share", "support", "If the benefits are guaranteed, we can be flexible")])

art("2023-12-06T11:00:00Z", "lakeside-wire", "kyriakides-backs-accord-voluntary-terms",
 "EU's Kyriakides backs accord, insists transfer stays voluntary",
 "BRUSSELS, Dec 6 (Lakeside Wire) - European Health Commissioner Stella Kyriakides said on Wednesday the European Union wanted a strong and fair pandemic accord but would not support any text that did not keep technology transfer voluntary and mutually agreed.\n\n"
 "Speaking after a meeting of EU health ministers in Brussels, Kyriakides said Europe's vaccine makers had to be partners, not targets. She said the bloc was prepared to accept a fixed share of production for WHO as long as pathogen samples kept moving without delays.\n\n"
 "She did not say whether the EU would accept the 20 percent figure in the latest draft.\n\n"
 "A Commission spokesperson said the accord would not override national decisions on public health measures. Ministers also discussed medicine shortages ahead of the winter.",
 [C("eu", "voluntary-tech-transfer", "support", "would not support any text that did not keep technology transfer voluntary"),
  C("eu", "pabs-vaccine-share", "conditional", "prepared to accept a fixed share of production for WHO as long as"),
  C("eu", "who-lockdown-powers", "oppose", "the accord would not override national decisions on public health measures")])

art("2024-01-22T14:45:00Z", "alpine-courier", "tedros-insists-on-may-deadline",
 "Tedros urges negotiators to keep May deadline, denounces 'lies' about accord",
 "GENEVA, Jan 22 (Alpine Courier) - WHO Director-General Tedros Adhanom Ghebreyesus on Monday urged governments to finish the pandemic accord in time for the World Health Assembly in May, saying there was no reason to delay.\n\n"
 "Opening the WHO executive board, Tedros said the talks were under attack from a \"litany of lies\" about the organization's powers. He said the accord would not give WHO any power to impose lockdowns or mandate vaccines. \"We will not cede the deadline to those who spread these lies,\" he said.\n\n"
 "Tedros also said a fair benefit-sharing system was the heart of the accord and could not be left out.\n\n"
 "Delegates in the room said a deal by May was possible but far from certain, with the benefit-sharing chapter still largely in brackets.",
 [C("who", "pabs-vaccine-share", "support", "a fair benefit-sharing system was the heart of the accord"),
  C("who", "abandon-may-2024-deadline", "oppose", "urged governments to finish the pandemic accord in time for the World Health Assembly"),
  C("who", "who-lockdown-powers", "oppose", "the accord would not give WHO any power to impose lockdowns")])

art("2024-02-15T17:35:00Z", "equator-post", "becerra-says-accord-wont-touch-us-sovereignty",
 "Becerra tells lawmakers pandemic accord will not override U.S. law",
 "WASHINGTON, Feb 15 (Equator Post) - Health Secretary Xavier Becerra told a congressional committee on Thursday that the United States would not sign any pandemic accord giving the World Health Organization authority over American health decisions.\n\n"
 "\"No one in Geneva is going to tell Americans when to close a school or whether to wear a mask,\" Becerra said. He added that the administration would stay in WHO and keep working to shape the text from the inside.\n\n"
 "Several Republican senators on the committee said they remained unconvinced and wanted any final agreement submitted for ratification.\n\n"
 "The British government said separately that it would not accept anything that ceded sovereignty over national health policy. Becerra did not say whether the administration would submit the final text to the Senate.",
 [C("usa", "who-lockdown-powers", "oppose", "would not sign any pandemic accord giving the World Health Organization authority"),
  C("usa", "us-withdraws-who", "oppose", "the administration would stay in WHO and keep working to shape the text")])

art("2024-03-18T12:10:00Z", "harbourline-news", "co-chairs-say-deadline-achievable",
 "Co-chairs say May target still achievable as pandemic talks enter final stretch",
 "GENEVA, March 18 (Harbourline News) - The co-chairs of the pandemic accord talks said on Monday they still expected a final text in time for the World Health Assembly in May, despite deep splits over benefit sharing and technology transfer.\n\n"
 "Precious Matsoso of South Africa said the bureau had no plan to ask for more time. \"Our mandate ends in May and we intend to deliver,\" she told reporters.\n\n"
 "Analysts said the timetable looked increasingly unrealistic and that a delay of several months would not surprise anyone. Some delegates privately said the United States and the EU might accept a delay rather than compromise on intellectual property.\n\n"
 "Matsoso also said the text gave WHO no power to impose lockdowns on any country. Talks resume at the end of the month.",
 [C("inb-bureau", "who-lockdown-powers", "oppose", "the text gave WHO no power to impose lockdowns on any country"),
  C("inb-bureau", "abandon-may-2024-deadline", "oppose", "the bureau had no plan to ask for more time")])

art("2024-04-09T10:20:00Z", "lakeside-wire", "africa-group-no-accord-without-pabs",
 "Africa Group: no pandemic accord without working benefit-sharing system",
 "GENEVA, April 9 (Lakeside Wire) - The Africa Group said on Tuesday it would not sign a pandemic accord that left the details of the pathogen access and benefit-sharing system for later.\n\n"
 "Several wealthy countries have proposed agreeing the broad principles of PABS now and negotiating the numbers in an annex after the accord is adopted. The Africa Group said that would leave developing countries with \"a promise and nothing else\". It said it would not accept an accord that does not fix the share of vaccines owed to poorer nations.\n\n"
 "The EU, which backs the annex approach, declined to comment on the African statement. Indonesia backed the African position. \"Principles without numbers are not benefit sharing,\" Sadikin told reporters in Jakarta.",
 [C("indonesia", "pabs-vaccine-share", "support", "Principles without numbers are not benefit sharing"),
  C("africa-group", "pabs-vaccine-share", "support", "would not accept an accord that does not fix the share of vaccines")])

art("2024-05-10T16:00:00Z", "equator-post", "indonesia-hardens-on-technology",
 "Indonesia rejects voluntary wording on technology transfer as deadline nears",
 "GENEVA, May 10 (Equator Post) - Indonesia on Friday rejected the draft accord's wording that technology transfer should happen only on voluntary and mutually agreed terms, hardening its position two weeks before the deadline for a deal.\n\n"
 "Health Minister Budi Gunadi Sadikin said the latest draft had watered down the benefit-sharing system so far that voluntary transfer was no longer acceptable. \"We were flexible when benefits were guaranteed. They are not guaranteed any more, so neither is our flexibility,\" he said in a statement.\n\n"
 "Last November Sadikin had said Jakarta could live with voluntary language.\n\n"
 "European negotiators said they were surprised by the move. The United States said it still saw technology transfer as voluntary by definition.\n\n"
 "Indonesia also repeated its call for a binding share of vaccines for developing countries.",
 [C("indonesia", "pabs-vaccine-share", "support", "repeated its call for a binding share of vaccines for developing countries"),
  C("indonesia", "voluntary-tech-transfer", "oppose", "rejected the draft accord's wording that technology transfer should happen only on voluntary"),
  C("usa", "voluntary-tech-transfer", "support", "still saw technology transfer as voluntary by definition")])

art("2024-05-24T20:40:00Z", "alpine-courier", "co-chairs-recommend-more-time",
 "Pandemic talks fail to produce deal; co-chairs recommend more time",
 "GENEVA, May 24 (Alpine Courier) - Negotiators failed on Friday to agree a pandemic accord before next week's World Health Assembly, and the co-chairs of the talks recommended that governments give themselves more time.\n\n"
 "Roland Driece of the Netherlands said the bureau would ask the assembly to extend the negotiating mandate. \"We are close, but close is not done. We need more time,\" he said.\n\n"
 "Two months ago the co-chairs had insisted they would deliver by May.\n\n"
 "The Africa Group said it would rather have a good accord late than a weak one on time. WHO said the decision was for member states. The United States said it could also accept an extension, but only with a firm end date so that the talks did not drift.",
 [C("usa", "abandon-may-2024-deadline", "conditional", "could also accept an extension, but only with a firm end date"),
  C("inb-bureau", "abandon-may-2024-deadline", "support", "the bureau would ask the assembly to extend the negotiating mandate"),
  C("africa-group", "abandon-may-2024-deadline", "support", "would rather have a good accord late than a weak one on time")])

art("2024-06-01T22:15:00Z", "lakeside-wire", "assembly-extends-pandemic-talks",
 "World Health Assembly extends pandemic accord talks by up to a year",
 "GENEVA, June 1 (Lakeside Wire) - The World Health Assembly on Saturday agreed to extend negotiations on a pandemic accord by up to a year, after governments missed their May deadline. The decision was taken by consensus on the last day of the meeting.\n\n"
 "WHO Director-General Tedros Adhanom Ghebreyesus welcomed the extension, telling delegates that more time was the right choice if it produced a stronger agreement. \"Better a year late than a text that does not work,\" he said.\n\n"
 "In January he had urged negotiators not to let the deadline slip.\n\n"
 "The assembly also adopted amendments to the International Health Regulations. The European Union said it supported giving negotiators until May 2025. Diplomats said the United States had also backed the extension, though its delegation made no statement in the hall.",
 [C("usa", "abandon-may-2024-deadline", "support", "Diplomats said the United States had also backed the extension", False),
  C("who", "abandon-may-2024-deadline", "support", "welcomed the extension, telling delegates that more time was the right choice"),
  C("eu", "abandon-may-2024-deadline", "support", "supported giving negotiators until May 2025")])

art("2024-06-01T23:50:00Z", "harbourline-news", "pandemic-accord-talks-get-another-year",
 "Pandemic accord talks get up to another year",
 "GENEVA, June 1 (Harbourline News) - Governments at the World Health Assembly agreed on Saturday to give negotiations on a pandemic accord up to one more year, after the May deadline passed without a deal.\n\n"
 "WHO chief Tedros Adhanom Ghebreyesus welcomed the extension, telling delegates that more time was the right choice if it yielded a stronger agreement. \"Better a year late than a text that does not work,\" he said.\n\n"
 "In January he had pressed negotiators not to let the deadline slip.\n\n"
 "The assembly also approved changes to the International Health Regulations. The European Union said it supported giving negotiators until May 2025. Diplomats said the United States had also backed the extension, though its delegation made no statement in the hall.",
 [C("usa", "abandon-may-2024-deadline", "support", "Diplomats said the United States had also backed the extension", False),
  C("who", "abandon-may-2024-deadline", "support", "welcomed the extension, telling delegates that more time was the right choice"),
  C("eu", "abandon-may-2024-deadline", "support", "supported giving negotiators until May 2025")])

art("2024-07-16T09:05:00Z", "equator-post", "pandemic-talks-resume-geneva",
 "Pandemic accord talks resume in Geneva under new timetable",
 "GENEVA, July 16 (Equator Post) - Negotiations on the WHO pandemic accord resumed in Geneva on Tuesday, with delegates meeting at the organization's headquarters for the first session since the deadline was extended.\n\n"
 "The agenda for the week focuses on prevention and the One Health approach, leaving the disputes over benefit sharing and technology transfer for September. Jean Kaseya, head of the Africa Centres for Disease Control and Prevention, told a side event that the continent needed factories, not charity.\n\n"
 "Asked whether the bureau expected to finish before the end of the year, a spokesperson declined to say.\n\n"
 "Pharmaceutical industry representatives attended as observers. The One Health chapter deals with the spread of diseases from animals to people and is seen as less contentious.",
 [])

art("2024-09-12T13:30:00Z", "alpine-courier", "africa-group-rejects-industry-call",
 "Africa Group rejects drugmakers' call to drop fixed vaccine share",
 "GENEVA, Sept 12 (Alpine Courier) - The Africa Group on Thursday rejected a call by the pharmaceutical industry federation IFPMA to remove the fixed share of pandemic vaccines from the accord's benefit-sharing system.\n\n"
 "IFPMA had said that binding quotas would make companies think twice before using shared pathogen samples. The Africa Group replied that the set-aside was the only thing in the accord that made it worth signing for poorer countries and was not up for negotiation.\n\n"
 "Indonesia's delegation said it agreed with the African statement.\n\n"
 "The EU and the United States did not comment. IFPMA said it would keep working with negotiators to find a workable system. Tedros said the set-aside was fair and that companies would still profit from pandemic products.",
 [C("who", "pabs-vaccine-share", "support", "Tedros said the set-aside was fair"),
  C("africa-group", "pabs-vaccine-share", "support", "the set-aside was the only thing in the accord that made it worth signing"),
  C("indonesia", "pabs-vaccine-share", "support", "Indonesia's delegation said it agreed with the African statement")])

art("2024-11-15T18:00:00Z", "lakeside-wire", "africa-group-softens-on-technology",
 "Africa Group signals it could accept voluntary technology transfer with safeguards",
 "GENEVA, Nov 15 (Lakeside Wire) - The Africa Group signalled on Friday that it could accept the phrase \"voluntary and mutually agreed\" for technology transfer in the pandemic accord, provided the text spells out what those terms mean.\n\n"
 "In a statement at the end of the latest negotiating round, the group said it was ready to move on the wording if a footnote made clear that governments would actively encourage their companies to share know-how, and if the benefit-sharing annex was agreed before the accord opened for signature.\n\n"
 "A year ago the group had flatly rejected voluntary-only language.\n\n"
 "Some analysts said Indonesia could follow, but its delegation would not say whether it had changed its view. Tedros praised the group's flexibility.",
 [C("africa-group", "voluntary-tech-transfer", "conditional", "ready to move on the wording if a footnote made clear")])

art("2024-12-06T15:25:00Z", "harbourline-news", "negotiators-miss-year-end-goal",
 "Pandemic negotiators miss year-end goal, eye May 2025",
 "GENEVA, Dec 6 (Harbourline News) - Negotiators on the pandemic accord ended their year without a deal on Friday, missing an informal goal of wrapping up the text by December.\n\n"
 "The EU's new health commissioner, Oliver Varhelyi, said Brussels still backed a benefit-sharing system with a fixed share for WHO, but only if it came with legal certainty for companies that use shared samples.\n\n"
 "Delegates said that one unresolved question was whether an incoming Trump administration would take part in the final rounds. Trump left WHO during his first term before President Joe Biden reversed the decision. Trump's transition team declined to say what it planned.\n\n"
 "Varhelyi also said the EU would keep insisting that technology transfer stay voluntary. The next session is scheduled for January.",
 [C("eu", "voluntary-tech-transfer", "support", "the EU would keep insisting that technology transfer stay voluntary"),
  C("eu", "pabs-vaccine-share", "conditional", "but only if it came with legal certainty for companies")])

art("2025-01-20T23:10:00Z", "equator-post", "trump-orders-who-withdrawal",
 "Trump signs order to pull United States out of WHO",
 "WASHINGTON, Jan 20 (Equator Post) - President Donald Trump on Monday signed an executive order to withdraw the United States from the World Health Organization, hours after being sworn in for a second term.\n\n"
 "The order halts US funding to the agency, recalls US staff working with it and ends American participation in the pandemic accord negotiations. Trump said WHO had mishandled COVID-19 and demanded payments from the United States far larger than those of other countries.\n\n"
 "\"World Health ripped us off,\" he said as he signed the order in the Oval Office.\n\n"
 "Under a 1948 joint resolution of Congress, the withdrawal takes effect after a year. Public health groups criticised the move, and WHO had no immediate comment on the order.",
 [C("usa", "us-withdraws-who", "support", "signed an executive order to withdraw the United States from the World Health Organization")])

art("2025-01-21T10:45:00Z", "alpine-courier", "who-regrets-us-decision",
 "WHO regrets U.S. exit and urges Washington to reconsider",
 "GENEVA, Jan 21 (Alpine Courier) - The World Health Organization said on Tuesday it regretted the US decision to leave the agency and hoped Washington would reconsider.\n\n"
 "\"We hope the United States will reconsider,\" the organization said in a statement, noting that the US had been a founding member in 1948. Tedros later told staff the agency would look for ways to cover the funding gap.\n\n"
 "The European Commission said the US departure weakened global health security and that the EU would not follow. The Africa Group said the pandemic accord talks would continue without Washington.\n\n"
 "The United States, which announced its withdrawal a day earlier, did not send a delegation to an executive board meeting in Geneva. Its withdrawal takes effect in January 2026.",
 [C("who", "us-withdraws-who", "oppose", "We hope the United States will reconsider"),
  C("eu", "us-withdraws-who", "oppose", "the US departure weakened global health security"),
  C("usa", "us-withdraws-who", "support", "The United States, which announced its withdrawal a day earlier", False)])

art("2025-02-17T14:00:00Z", "lakeside-wire", "talks-resume-without-us",
 "Pandemic talks resume without U.S. delegation",
 "GENEVA, Feb 17 (Lakeside Wire) - Pandemic accord negotiations resumed in Geneva on Monday for the first time without a US delegation, after Washington ordered its officials to stop taking part.\n\n"
 "Precious Matsoso, who co-chairs the talks with France's Anne-Claire Amprou, said the remaining 190-odd countries were determined to finish by May.\n\n"
 "Delegates said the absence of the United States, long one of the firmest defenders of voluntary technology transfer, had changed the dynamics in the room. Some analysts said the EU might now find itself isolated on the issue.\n\n"
 "Argentina, whose president has also announced plans to leave WHO, sent only a junior official. The EU said it would go on defending voluntary technology transfer with or without Washington at the table.",
 [C("usa", "us-withdraws-who", "support", "after Washington ordered its officials to stop taking part", False),
  C("eu", "voluntary-tech-transfer", "support", "would go on defending voluntary technology transfer")])

art("2025-03-14T11:30:00Z", "equator-post", "who-again-denies-lockdown-powers",
 "WHO again denies accord would let it impose lockdowns",
 "GENEVA, March 14 (Equator Post) - The World Health Organization on Friday again denied that the pandemic accord would allow it to impose lockdowns, after claims resurfaced online in several countries.\n\n"
 "\"Nothing in this agreement gives WHO the power to order lockdowns, close borders or mandate vaccines,\" Tedros told a news conference. \"Not now, not ever.\"\n\n"
 "He said the text under negotiation explicitly recognised the sovereign right of states to manage public health within their borders.\n\n"
 "The EU said separately that it would not accept a single clause that handed WHO such powers. Indonesia's health ministry said it saw no such clause in the draft. Tedros added that the agency would not even have the staff to enforce such measures, were anyone to ask.",
 [C("who", "who-lockdown-powers", "oppose", "Nothing in this agreement gives WHO the power to order lockdowns"),
  C("eu", "who-lockdown-powers", "oppose", "would not accept a single clause that handed WHO such powers")])

art("2025-04-08T19:20:00Z", "harbourline-news", "technology-clause-holds-up-deal",
 "Technology transfer clause holds up pandemic deal",
 "GENEVA, April 8 (Harbourline News) - Pandemic accord negotiators worked into the night on Tuesday over a single clause on technology transfer, the last major obstacle to a deal.\n\n"
 "The European Union insisted that transfer must stay voluntary and mutually agreed, a position it said was not negotiable. The Africa Group said it still wanted the footnote it had proposed in November and could sign on to the voluntary wording only with it.\n\n"
 "Indonesia told delegates it maintained its objection to voluntary-only wording.\n\n"
 "The Africa Group also said the benefit-sharing annex had to guarantee the 20 percent set-aside. Tedros urged all sides to show flexibility, saying the world was watching. Co-chair Anne-Claire Amprou said the bureau would table a compromise by the morning.",
 [C("africa-group", "pabs-vaccine-share", "support", "the benefit-sharing annex had to guarantee the 20 percent set-aside"),
  C("eu", "voluntary-tech-transfer", "support", "insisted that transfer must stay voluntary and mutually agreed"),
  C("africa-group", "voluntary-tech-transfer", "conditional", "could sign on to the voluntary wording only with it"),
  C("indonesia", "voluntary-tech-transfer", "oppose", "maintained its objection to voluntary-only wording")])

art("2025-04-16T07:55:00Z", "alpine-courier", "countries-agree-pandemic-accord-text",
 "Countries agree text of WHO pandemic accord after three years",
 "GENEVA, April 16 (Alpine Courier) - Governments agreed early on Wednesday on the text of a global pandemic accord, ending more than three years of talks.\n\n"
 "The Africa Group accepted a compromise under which technology transfer will take place on voluntary and mutually agreed terms, with a footnote defining those terms. \"We can accept this text,\" its spokesperson said, calling it a fair outcome.\n\n"
 "The EU said it fully backed the agreed benefit-sharing system, under which manufacturers would make 20 percent of their real-time pandemic production available to WHO. Details are to be set out in an annex to be negotiated over the coming year.\n\n"
 "Tedros called the deal a victory for multilateralism. Asked whether Indonesia had dropped its objections, a member of its delegation declined to say.",
 [C("africa-group", "voluntary-tech-transfer", "support", "We can accept this text"),
  C("eu", "pabs-vaccine-share", "support", "it fully backed the agreed benefit-sharing system")])

art("2025-05-20T16:40:00Z", "lakeside-wire", "assembly-adopts-pandemic-agreement",
 "World Health Assembly adopts pandemic agreement; U.S. urges others to leave WHO",
 "GENEVA, May 20 (Lakeside Wire) - The World Health Assembly on Tuesday formally adopted the WHO pandemic agreement, with no country voting against it in the final plenary.\n\n"
 "The agreement will open for signature once member states finish the annex on pathogen access and benefit sharing. The Africa Group said the annex must keep the guaranteed share of vaccines intact.\n\n"
 "In a video message to the assembly, US Health Secretary Robert F. Kennedy Jr. defended his country's decision to leave the organization and urged other governments to consider doing the same. Tedros said the agency's door would remain open to the United States.\n\n"
 "Delegates said the accord did not give WHO any power over national lockdowns, a point written into the text.",
 [C("africa-group", "pabs-vaccine-share", "support", "the annex must keep the guaranteed share of vaccines intact"),
  C("usa", "us-withdraws-who", "support", "defended his country's decision to leave the organization"),
  C("who", "us-withdraws-who", "oppose", "the agency's door would remain open to the United States")])

art("2025-07-09T12:15:00Z", "equator-post", "annex-talks-open",
 "Talks open on benefit-sharing annex to pandemic agreement",
 "GENEVA, July 9 (Equator Post) - Governments began negotiating the pathogen access and benefit-sharing annex of the pandemic agreement on Wednesday in Geneva, the last piece needed before the treaty can open for signature.\n\n"
 "The Africa Group told the opening session it would not let the annex weaken the 20 percent set-aside agreed in April. The EU said it remained committed to the system agreed in April.\n\n"
 "Indonesia's health ministry said it was reviewing the agreement and would decide later whether to sign.\n\n"
 "The United States did not attend. Washington's withdrawal from WHO takes effect in January. Tedros said the set-aside would make the response to the next pandemic fairer than the last.\n\nOfficials hope to adopt the annex at the World Health Assembly in May 2026. The agreement then needs 60 ratifications to enter into force.",
 [C("who", "pabs-vaccine-share", "support", "the set-aside would make the response to the next pandemic fairer"),
  C("africa-group", "pabs-vaccine-share", "support", "would not let the annex weaken the 20 percent set-aside"),
  C("eu", "pabs-vaccine-share", "support", "it remained committed to the system agreed in April"),
  C("usa", "us-withdraws-who", "support", "Washington's withdrawal from WHO takes effect in January", False)])

art("2023-07-05T06:30:00Z", "lakeside-wire", "indonesia-says-voluntary-transfer-failed",
 "Indonesia says voluntary technology transfer failed in COVID, wants binding terms",
 "JAKARTA, July 5 (Lakeside Wire) - Indonesia will push for binding technology transfer obligations in the pandemic accord because voluntary arrangements failed developing countries during COVID-19, Health Minister Budi Gunadi Sadikin said on Wednesday.\n\n"
 "Speaking at a regional health meeting in Jakarta, Sadikin said licences and know-how had reached factories in Asia and Africa only after rich countries had been vaccinated. \"Voluntary did not work. We will not sign up to voluntary again,\" he said.\n\n"
 "He said Indonesia also wanted a guaranteed share of vaccines for countries that share virus samples, recalling the country's dispute with WHO over bird flu samples in 2007.\n\n"
 "Officials from several Southeast Asian neighbours attended the meeting but did not state positions on the accord.",
 [C("indonesia", "voluntary-tech-transfer", "oppose", "Voluntary did not work. We will not sign up to voluntary again"),
  C("indonesia", "pabs-vaccine-share", "support", "Indonesia also wanted a guaranteed share of vaccines for countries")])

art("2024-04-29T17:05:00Z", "harbourline-news", "us-negotiator-holds-line-final-round",
 "U.S. negotiator holds line on technology as final pandemic round opens",
 "GENEVA, April 29 (Harbourline News) - The United States will not accept mandatory technology transfer in the pandemic accord, its chief negotiator Pamela Hamamoto said on Monday as the last scheduled round of talks opened in Geneva.\n\n"
 "She said American companies would share know-how only on voluntary and mutually agreed terms, and that the administration had been clear on this from the start. On benefit sharing, she said Washington could accept a set-aside of vaccines for WHO provided it did not deter companies from using shared samples.\n\n"
 "Asked whether the United States would agree to extend the talks if no deal came by May, she declined to say.\n\n"
 "The Africa Group and Indonesia did not respond to her remarks. Observers from the drug industry said they welcomed the US stance.",
 [C("usa", "voluntary-tech-transfer", "support", "would share know-how only on voluntary and mutually agreed terms"),
  C("usa", "pabs-vaccine-share", "conditional", "could accept a set-aside of vaccines for WHO provided it did not deter")])

SHIFTS = [
 ("indonesia", "voluntary-tech-transfer", "oppose", "conditional", "indonesia-open-to-voluntary-transfer",
  "Sadikin says Indonesia could live with voluntary transfer if benefit sharing is binding; baseline was opposition (he had argued for compulsory transfer)."),
 ("indonesia", "voluntary-tech-transfer", "conditional", "oppose", "indonesia-hardens-on-technology",
  "Sadikin rejects the voluntary wording again because benefits are no longer guaranteed: a reversal of the November 2023 flexibility."),
 ("inb-bureau", "abandon-may-2024-deadline", "oppose", "support", "co-chairs-recommend-more-time",
  "Driece says the bureau will ask the assembly to extend the mandate; in March Matsoso said the bureau had no plan to ask for more time."),
 ("who", "abandon-may-2024-deadline", "oppose", "support", "assembly-extends-pandemic-talks",
  "Tedros welcomes the one-year extension; in January he urged finishing by the May assembly."),
 ("africa-group", "voluntary-tech-transfer", "oppose", "conditional", "africa-group-softens-on-technology",
  "The group says it is ready to accept 'voluntary and mutually agreed' if a footnote defines the terms and the annex comes first; in October 2023 it rejected the wording."),
 ("usa", "us-withdraws-who", "oppose", "support", "trump-orders-who-withdrawal",
  "Trump signs the executive order withdrawing from WHO; Becerra (Feb 2024) said the administration would stay in WHO."),
 ("africa-group", "voluntary-tech-transfer", "conditional", "support", "countries-agree-pandemic-accord-text",
  "The group accepts the compromise text with voluntary and mutually agreed terms ('We can accept this text'), its conditions having been met."),
 ("eu", "pabs-vaccine-share", "conditional", "support", "countries-agree-pandemic-accord-text",
  "The EU says it fully backs the agreed 20 percent benefit-sharing system without attaching conditions; before it backed a fixed share only with conditions."),
]

def slug_id():
    return {slug: f"{i+1:03d}" for i, (_, _, slug, _, _, _) in enumerate(A)}

def build():
    A.sort(key=lambda a: a[0])
    ids = slug_id()
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    claims, arts = {}, []
    for i, (pub, outlet, slug, title, text, cl) in enumerate(A):
        aid = f"{i+1:03d}"
        y, m, d = pub[:4], pub[5:7], pub[8:10]
        url = f"https://example.org/{outlet}/{y}/{m}/{d}/{slug}"
        obj = {"id": aid, "published": pub, "source": OUTLETS[outlet], "url": url, "title": title, "text": text}
        arts.append((outlet, obj))
        with open(os.path.join(HERE, "articles", f"{aid}.json"), "w") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False); f.write("\n")
        claims[aid] = cl
    shifts = [{"actor": a, "issue": s, "from": fr, "to": to, "article": ids[sl], "why": w}
              for a, s, fr, to, sl, w in SHIFTS]
    shift_arts = {s["article"] for s in shifts}
    labels = {"claims": claims, "shifts": shifts,
              "no_alert_articles": [k for k in claims if k not in shift_arts]}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False); f.write("\n")
    for outlet, name in OUTLETS.items():
        items = [o for ol, o in arts if ol == outlet]
        last = max(datetime.fromisoformat(o["published"].replace("Z", "+00:00")) for o in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{outlet}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch who-pandemic-accord-2024 eval set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>']
        for o in items:
            dt = datetime.fromisoformat(o["published"].replace("Z", "+00:00"))
            out += ['    <item>', f'      <title>{escape(o["title"])}</title>', f'      <link>{escape(o["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(o["url"])}</guid>',
                    f'      <pubDate>{format_datetime(dt, usegmt=True)}</pubDate>',
                    f'      <description>{escape(o["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>']
        with open(os.path.join(HERE, "feeds", f"{outlet}.xml"), "w") as f:
            f.write("\n".join(out) + "\n")
    return labels

def validate():
    errs = []
    wl = open(os.path.join(HERE, "watchlist.yaml")).read()
    actors = set(re.findall(r"^  - id: (\S+)\n    name: .*\n    aliases", wl, re.M))
    issues = set(re.findall(r"^  - id: (\S+)\n    name: .*\n    description", wl, re.M))
    base = {(a, i): s for a, i, s in re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\S+)\}", wl)}
    for (a, i) in base:
        if a not in actors or i not in issues: errs.append(f"baseline {a} {i}")
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    if files != sorted(labels["claims"]): errs.append("ids mismatch")
    prev = None
    texts = {}
    for aid in files:
        o = json.load(open(os.path.join(HERE, "articles", aid + ".json")))
        if o["id"] != aid: errs.append(f"id {aid}")
        if prev and o["published"] < prev: errs.append(f"order {aid}")
        prev = o["published"]; texts[aid] = o["text"]
        n = len(o["text"].split())
        if not 120 <= n <= 260: errs.append(f"{aid} words {n}")
    for aid, cl in labels["claims"].items():
        for c in cl:
            if c["actor"] not in actors or c["issue"] not in issues: errs.append(f"{aid} unknown {c}")
            if c["stance"] not in ("support", "oppose", "conditional"): errs.append(f"{aid} stance")
            if c["quote"] not in texts[aid]: errs.append(f"{aid} quote not found: {c['quote']}")
            if len(c["quote"].split()) > 15: errs.append(f"{aid} quote too long: {c['quote']}")
    # replay prevailing stances from attributed claims and check shifts
    prevailing = dict(base)
    derived = []
    for aid in files:
        for c in labels["claims"][aid]:
            if not c["attributed"]: continue
            k = (c["actor"], c["issue"])
            if k in prevailing and prevailing[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], prevailing[k], c["stance"], aid))
            prevailing[k] = c["stance"]
    lab = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(lab): errs.append(f"shift mismatch\n derived {sorted(derived)}\n labelled {sorted(lab)}")
    sa = {s["article"] for s in labels["shifts"]}
    if sorted(labels["no_alert_articles"]) != sorted(set(files) - sa): errs.append("no_alert mismatch")
    for f in os.listdir(os.path.join(HERE, "feeds")):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode: errs.append(f"xmllint {f}: {r.stderr}")
    from collections import Counter
    st = Counter(c["stance"] for cl in labels["claims"].values() for c in cl)
    print("articles", len(files), "claims", sum(st.values()), dict(st),
          "unattributed", sum(1 for cl in labels["claims"].values() for c in cl if not c["attributed"]),
          "shifts", len(labels["shifts"]), "shift articles", sorted(sa),
          "empty", [k for k, v in labels["claims"].items() if not v])
    print("\n".join(errs) if errs else "VALID")
    return not errs

if __name__ == "__main__":
    build()
    raise SystemExit(0 if validate() else 1)
