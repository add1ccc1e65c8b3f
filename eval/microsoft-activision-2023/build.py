#!/usr/bin/env python3
"""Build the microsoft-activision-2023 eval set (articles, feeds, labels) and validate it.

Self-contained: python3 build.py  (writes articles/, feeds/, labels.json next to this file,
then checks quotes, ids, watchlist references, shifts and feed XML).
"""
import json
import os
import re
import subprocess
import sys
from email.utils import format_datetime
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "keystone-wire": "Keystone Wire",
    "tidewater-post": "Tidewater Post",
    "summit-journal": "Summit Journal",
    "granite-observer": "Granite Observer",
}


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# (published, outlet, slug, title, text, claims)
A = []


def art(published, outlet, slug, title, text, claims):
    A.append((published, outlet, slug, title, text.strip(), claims))


art("2022-01-18T14:00:00Z", "keystone-wire", "microsoft-to-buy-activision-blizzard",
    "Microsoft to buy Activision Blizzard in $68.7 billion gaming deal",
    """REDMOND, Washington, Jan 18 (Keystone Wire) - Microsoft agreed on Tuesday to buy Activision Blizzard, the publisher of Call of Duty, World of Warcraft and Candy Crush, for $68.7 billion in cash, the largest acquisition in the history of the video game industry.

Chief Executive Satya Nadella told analysts that gaming was the most dynamic and exciting category in entertainment and that the purchase would help the company build the next generation of online platforms. Microsoft said it expected to complete the transaction by the end of its fiscal year in June 2023, subject to regulatory review.

Activision's board approved the sale unanimously. Chief Executive Bobby Kotick, whose company has faced lawsuits and employee protests over its workplace culture, said he would keep running the publisher until the deal closes.

Phil Spencer, who leads the Xbox business, will oversee Activision's studios once the purchase is completed. The agreement would make Microsoft the world's third-largest gaming company by revenue, behind Tencent and Sony.

Shares in Activision jumped about 26 percent in New York trading.""",
    [C("microsoft", "deal-cleared", "support", "Microsoft agreed on Tuesday to buy Activision Blizzard"),
     C("activision", "deal-cleared", "support", "Activision's board approved the sale unanimously.")])

art("2022-09-01T11:00:00Z", "tidewater-post", "uk-regulator-threatens-in-depth-activision-probe",
    "UK regulator threatens in-depth probe of Microsoft-Activision deal",
    """LONDON, Sept 1 (Tidewater Post) - Britain's Competition and Markets Authority said on Thursday it would refer Microsoft's purchase of Activision Blizzard to an in-depth investigation unless the companies offered ways to address its concerns within five working days.

The regulator said it was worried that Microsoft could use its control of popular games such as Call of Duty to harm rival consoles and the young market for cloud gaming, for example by withholding titles or making them worse on competing platforms.

Brad Smith, Microsoft's president, said the company was ready to work with the CMA on next steps and to address any concerns, and that it remained confident the acquisition would be good for players and developers.

Some competition lawyers said a so-called phase 2 review, which can last six months, had looked likely from the start given the size of the deal. A CMA spokesperson declined to say what kind of remedy would satisfy the regulator.""",
    [C("microsoft", "deal-cleared", "support", "it remained confident the acquisition would be good for players and developers")])

art("2022-09-02T16:30:00Z", "summit-journal", "sony-calls-call-of-duty-offer-inadequate",
    "Sony's Ryan calls Microsoft's Call of Duty offer inadequate",
    """SAN MATEO, California, Sept 2 (Summit Journal) - Sony's PlayStation chief Jim Ryan said Microsoft's offer to keep Call of Duty on PlayStation for a few more years was "inadequate on many levels", bringing a private dispute between the console rivals into the open.

Xbox head Phil Spencer had offered to keep the shooter on Sony's console for three years after the end of the current marketing agreement between Activision and Sony. Ryan said in a statement that the proposal failed to take account of the impact on gamers, and that Sony had not planned to comment on a private business discussion until Microsoft chose to make it public.

Spencer said on Friday that Microsoft wanted to keep Call of Duty on PlayStation and was willing to put that commitment into a written agreement.

Analysts said the exchange showed how far apart the two companies remained, and that regulators in London and Brussels would be watching the row closely as they decide whether to investigate the deal further.""",
    [C("sony", "cod-licensing-deals", "oppose", "the proposal failed to take account of the impact on gamers"),
     C("microsoft", "cod-licensing-deals", "support", "was willing to put that commitment into a written agreement")])

art("2022-11-08T13:00:00Z", "granite-observer", "eu-opens-full-investigation-activision",
    "EU opens full investigation into Microsoft's Activision purchase",
    """BRUSSELS, Nov 8 (Granite Observer) - The European Commission opened a full-scale investigation into Microsoft's purchase of Activision Blizzard on Tuesday, saying the deal could reduce competition in the markets for console and PC games.

Competition Commissioner Margrethe Vestager said the Commission would look at whether Microsoft might restrict access to Activision's games for rival consoles and cloud services once it owned them. The EU executive set a provisional deadline of March 23 for its decision.

Microsoft said it would keep working with the Commission to address any legitimate market concerns. Brad Smith said the company was committed to offering solutions that kept games widely available, and that it wanted the deal to close on schedule.

Sony declined to comment on the investigation. Officials at Nintendo, which has said little in public about the deal, could not be reached.

The decision to open a second-phase review had been widely expected. EU officials said they had not reached any conclusion on the merits of the transaction.""",
    [C("microsoft", "deal-cleared", "support", "it wanted the deal to close on schedule")])

art("2022-12-07T15:00:00Z", "keystone-wire", "microsoft-offers-sony-ten-year-call-of-duty-deal",
    "Microsoft offers Sony 10-year Call of Duty deal as FTC weighs lawsuit",
    """SEATTLE, Dec 7 (Keystone Wire) - Microsoft has offered Sony a 10-year agreement to keep Call of Duty on PlayStation, President Brad Smith said on Wednesday, as the company tried to head off a possible lawsuit from US regulators.

Smith wrote in a newspaper opinion article that Microsoft would make the same offer, with the same terms and the same release dates, to any other console maker. On Tuesday evening Xbox head Phil Spencer said Microsoft had entered into a 10-year commitment to bring Call of Duty to Nintendo's consoles after the merger, and would keep the game on Valve's Steam store.

Smith also wrote that the acquisition would be good for gamers and for the thousands of developers who make their games.

Sony did not respond to a request for comment. Nintendo declined to comment.

People familiar with the Federal Trade Commission's review said the agency could decide within days whether to go to court. Analysts said a lawsuit would not necessarily doom the deal but could delay it well into 2023.""",
    [C("microsoft", "cod-licensing-deals", "support", "Microsoft has offered Sony a 10-year agreement to keep Call of Duty on PlayStation"),
     C("microsoft", "deal-cleared", "support", "the acquisition would be good for gamers")])

art("2022-12-08T21:30:00Z", "tidewater-post", "ftc-sues-to-block-microsoft-activision",
    "FTC sues to block Microsoft's purchase of Activision Blizzard",
    """WASHINGTON, Dec 8 (Tidewater Post) - The US Federal Trade Commission sued on Thursday to block Microsoft's purchase of Activision Blizzard, saying the deal would let Microsoft suppress competitors to its Xbox consoles and its growing subscription and cloud-gaming business.

Holly Vedova, director of the agency's Bureau of Competition, said Microsoft had already shown that it could and would withhold content from its gaming rivals, pointing to its earlier purchase of ZeniMax, the parent of Bethesda. The complaint will be heard by an administrative judge inside the agency.

The commission voted 3-1 to bring the case. Commissioner Christine Wilson, the lone Republican, voted against it.

Brad Smith said Microsoft still believed in the deal and had complete confidence in its case, adding that the company welcomed the chance to present it in court. Activision's Bobby Kotick told employees he was confident the transaction would close and that the allegations would not prevail.""",
    [C("ftc", "deal-cleared", "oppose", "sued on Thursday to block Microsoft's purchase of Activision Blizzard"),
     C("microsoft", "deal-cleared", "support", "Microsoft still believed in the deal and had complete confidence in its case"),
     C("activision", "deal-cleared", "support", "he was confident the transaction would close")])

art("2023-02-08T10:00:00Z", "granite-observer", "cma-provisional-findings-activision",
    "UK regulator says Activision deal could go ahead only if Call of Duty is sold",
    """LONDON, Feb 8 (Granite Observer) - Britain's competition regulator provisionally found on Wednesday that Microsoft's purchase of Activision Blizzard could lead to higher prices, fewer choices and less innovation for UK gamers.

The Competition and Markets Authority said it could accept the deal only if Microsoft sold off the business behind Call of Duty, the alternative being to block the takeover outright. Martin Coleman, who chairs the panel of independent experts leading the inquiry, said the regulator's job was to make sure UK gamers were not caught in the crossfire of global deals that could damage competition.

Microsoft's deputy general counsel Rima Alaily said the company was committed to offering effective and easily enforceable solutions to the CMA's concerns. Microsoft has said in the past that it has no intention of selling Call of Duty, the most valuable franchise in the deal.

The regulator will take comments until the end of the month and expects to make a final decision by April 26.""",
    [C("cma", "deal-cleared", "conditional", "it could accept the deal only if Microsoft sold off the business")])

art("2023-02-21T17:00:00Z", "keystone-wire", "microsoft-signs-nintendo-nvidia-deals-at-eu-hearing",
    "Microsoft signs 10-year Call of Duty deal with Nintendo, cloud pact with Nvidia",
    """BRUSSELS, Feb 21 (Keystone Wire) - Microsoft has signed a binding 10-year agreement to bring Call of Duty to Nintendo consoles, President Brad Smith said on Tuesday after a closed-door hearing with European Commission officials and rival companies in Brussels.

Smith also announced a 10-year deal to let Nvidia's GeForce Now service stream Xbox PC games, including Activision titles once the takeover is completed. He said Microsoft was prepared to sign similar agreements with any cloud provider that wanted one.

Smith told reporters that Sony had been offered the same terms as Nintendo, and described the PlayStation maker as the deal's most vocal opponent. Representatives of Sony attended the hearing but the company declined to comment afterwards. Nintendo did not comment on the agreement.

The Commission is due to decide on the deal by April 25. EU officials said the hearing was part of the normal procedure and did not signal any outcome.""",
    [C("microsoft", "cod-licensing-deals", "support", "signed a binding 10-year agreement to bring Call of Duty to Nintendo consoles"),
     C("nintendo", "cod-licensing-deals", "support", "signed a binding 10-year agreement to bring Call of Duty to Nintendo consoles", False),
     C("microsoft", "cloud-streaming-licences", "support", "prepared to sign similar agreements with any cloud provider that wanted one"),
     C("sony", "deal-cleared", "oppose", "described the PlayStation maker as the deal's most vocal opponent", False)])

art("2023-03-07T12:30:00Z", "summit-journal", "sony-tells-cma-call-of-duty-offer-not-enough",
    "Sony tells UK regulator Microsoft's Call of Duty promise is not enough",
    """LONDON, Mar 7 (Summit Journal) - Sony has told Britain's competition regulator that Microsoft's offer of a 10-year Call of Duty licence would not protect PlayStation players, according to a filing the Competition and Markets Authority published on Tuesday.

In its submission, Sony said the offer could not guarantee that future versions of the game would work as well on PlayStation as on Xbox, and urged the regulator to block the merger rather than rely on promises. The company said it had not accepted Microsoft's proposal and did not intend to.

Xbox chief Phil Spencer said on social media that Microsoft's offer to Sony remained on the table.

The Communications Workers of America, the US union that represents some Activision staff, has backed the takeover, citing Microsoft's agreement to stay neutral in organising drives. The CMA has received thousands of responses to its provisional findings, many of them from gamers.""",
    [C("sony", "cod-licensing-deals", "oppose", "it had not accepted Microsoft's proposal and did not intend to"),
     C("sony", "deal-cleared", "oppose", "urged the regulator to block the merger rather than rely on promises"),
     C("microsoft", "cod-licensing-deals", "support", "Microsoft's offer to Sony remained on the table")])

art("2023-03-24T09:00:00Z", "tidewater-post", "cma-drops-console-concern",
    "UK regulator drops console concern in Activision review",
    """LONDON, Mar 24 (Tidewater Post) - Britain's Competition and Markets Authority said on Friday that it no longer believed Microsoft's purchase of Activision Blizzard would harm competition in console gaming, narrowing its inquiry after reviewing new financial evidence.

The regulator said data supplied by Microsoft showed that making Call of Duty exclusive to Xbox would cost it more than it gained. It said its separate concerns about cloud gaming were not affected and that it would still publish its final decision by April 26.

Several analysts said the change made it more likely that the CMA would eventually accept a remedy rather than stop the deal, though some lawyers cautioned that the cloud issue alone could still be enough for a veto.

Microsoft said it welcomed the regulator's updated view on consoles. Sony, which has argued that Call of Duty is essential to PlayStation, declined to comment.""",
    [])

art("2023-03-28T07:00:00Z", "granite-observer", "japan-clears-microsoft-activision",
    "Japan's competition watchdog clears Microsoft-Activision deal",
    """TOKYO, Mar 28 (Granite Observer) - Japan's Fair Trade Commission cleared Microsoft's acquisition of Activision Blizzard on Tuesday, concluding that the deal was unlikely to restrict competition in the country's games market.

The decision, published by the regulator in Tokyo, follows approvals in Brazil, Saudi Arabia and Serbia. The Japanese watchdog said it had considered whether Microsoft could withhold Activision titles from rival consoles and found the risk limited.

Sony, whose parent group is headquartered in Tokyo, declined to comment on the ruling. Shares in the group were little changed.

The approvals carry limited weight for the three authorities that matter most for the deal: the UK's Competition and Markets Authority, due to rule next month, the European Commission, and the US Federal Trade Commission, whose in-house trial is scheduled for August.""",
    [])

art("2023-04-18T16:00:00Z", "granite-observer", "eu-set-to-approve-activision-sources",
    "EU set to clear Microsoft-Activision deal with cloud remedy, sources say",
    """BRUSSELS, Apr 18 (Granite Observer) - The European Commission is set to approve Microsoft's purchase of Activision Blizzard in exchange for Microsoft's offer to license Activision games to cloud-gaming services, two people familiar with the matter said on Tuesday.

The people said EU competition officials had concluded that the licensing commitments would be enough to address their concerns, and that a formal decision could come next month.

A spokesperson for the Commission declined to comment on the timing or substance of the review. Margrethe Vestager, the EU's competition chief, has said in the past that the Commission decides merger cases on the evidence and not on the views of other authorities.

Microsoft declined to comment. The UK's Competition and Markets Authority is due to give its verdict on April 26, and analysts said a divergence between London and Brussels could not be ruled out.""",
    [C("eu-commission", "deal-cleared", "conditional", "set to approve Microsoft's purchase of Activision Blizzard in exchange for", False)])

art("2023-04-26T10:30:00Z", "tidewater-post", "uk-blocks-microsoft-activision-deal",
    "UK regulator blocks Microsoft's $69 billion Activision deal over cloud gaming",
    """LONDON, Apr 26 (Tidewater Post) - Britain's Competition and Markets Authority blocked Microsoft's $69 billion purchase of Activision Blizzard on Wednesday, saying the deal would strengthen Microsoft's hold on the fast-growing market for cloud gaming.

Martin Coleman, who chaired the panel of independent experts behind the decision, said Microsoft already enjoyed a strong position in cloud gaming and the deal would reinforce that advantage. The regulator rejected Microsoft's offer to license Activision games to rival streaming services, saying it would need years of policing and would let Microsoft set the terms of a market still taking shape.

Microsoft said it remained fully committed to the acquisition and would appeal. President Brad Smith said the decision reflected a flawed understanding of the market.

Activision said it would work with Microsoft to reverse the ruling on appeal.

The decision leaves the deal unable to close as planned, even as reviews continue in Brussels and Washington.""",
    [C("cma", "deal-cleared", "oppose", "blocked Microsoft's $69 billion purchase of Activision Blizzard on Wednesday"),
     C("cma", "cloud-streaming-licences", "oppose", "rejected Microsoft's offer to license Activision games to rival streaming services"),
     C("microsoft", "deal-cleared", "support", "Microsoft said it remained fully committed to the acquisition and would appeal"),
     C("activision", "deal-cleared", "support", "Activision said it would work with Microsoft to reverse the ruling on appeal")])

art("2023-04-26T13:15:00Z", "keystone-wire", "british-watchdog-vetoes-activision-takeover",
    "British watchdog vetoes Microsoft's Activision takeover, citing cloud gaming",
    """LONDON, Apr 26 (Keystone Wire) - Britain's Competition and Markets Authority on Wednesday blocked Microsoft's $69 billion purchase of Activision Blizzard, arguing that the deal would strengthen Microsoft's grip on the emerging cloud-gaming market.

Martin Coleman, chair of the independent panel that decided the case, said Microsoft was already strong in cloud gaming and would become stronger with Activision's games. The CMA rejected Microsoft's offer to license Activision games to rival streaming services, saying the remedy would need long-term policing and would allow Microsoft to dictate terms in an immature market.

Microsoft said it remained fully committed to the acquisition and would appeal, with President Brad Smith saying the ruling reflected a flawed understanding of the market.

Activision said it would work with Microsoft to reverse the ruling on appeal.

The ruling stops the deal from closing as planned while reviews continue in Brussels and Washington.""",
    [C("cma", "deal-cleared", "oppose", "blocked Microsoft's $69 billion purchase of Activision Blizzard"),
     C("cma", "cloud-streaming-licences", "oppose", "The CMA rejected Microsoft's offer to license Activision games to rival streaming services"),
     C("microsoft", "deal-cleared", "support", "Microsoft said it remained fully committed to the acquisition and would appeal"),
     C("activision", "deal-cleared", "support", "Activision said it would work with Microsoft to reverse the ruling on appeal")])

art("2023-04-27T09:00:00Z", "summit-journal", "smith-darkest-day-britain",
    "Microsoft's Smith calls UK veto 'darkest day'; Downing Street pushes back",
    """LONDON, Apr 27 (Summit Journal) - Microsoft President Brad Smith said on Thursday that the British regulator's veto of the Activision Blizzard deal was the darkest day in the company's four decades in Britain and had shaken its confidence in the country as a place to do business.

Speaking on BBC radio, Smith said Microsoft had offered a licensing remedy for cloud gaming that the regulator should have accepted. He said there was no need for Microsoft to sell any part of Activision's business to win approval.

Activision's Bobby Kotick told employees that the ruling sent a message that the UK was closed for business. He said the company would keep pressing to complete the deal.

A spokesman for Prime Minister Rishi Sunak rejected the criticism, saying Britain had an excellent regulatory environment and that the Competition and Markets Authority acted independently of government.

The CMA said it stood by its decision.""",
    [C("microsoft", "cloud-streaming-licences", "support", "offered a licensing remedy for cloud gaming that the regulator should have accepted"),
     C("microsoft", "sell-cloud-rights", "oppose", "no need for Microsoft to sell any part of Activision's business"),
     C("activision", "deal-cleared", "support", "He said the company would keep pressing to complete the deal."),
     C("cma", "deal-cleared", "oppose", "The CMA said it stood by its decision.")])

art("2023-05-15T12:00:00Z", "granite-observer", "eu-approves-microsoft-activision-with-remedies",
    "EU approves Microsoft's Activision deal with cloud-streaming remedies",
    """BRUSSELS, May 15 (Granite Observer) - The European Commission approved Microsoft's purchase of Activision Blizzard on Monday on condition that Microsoft lets consumers stream Activision games they own through any cloud service for 10 years, breaking with Britain's decision to block the deal.

Competition chief Margrethe Vestager said the commitments fully addressed the Commission's concerns and would give millions of Europeans a right to stream games they did not have today. The remedies apply across the European Economic Area.

Brad Smith said Microsoft would honour the commitments and would press ahead with its appeal in Britain so that the deal could close.

In London, the Competition and Markets Authority said in a statement that Microsoft's cloud remedy would let the company set the terms of the market for the next decade, and that it stood by its April decision.

Sony declined to comment.""",
    [C("eu-commission", "deal-cleared", "conditional", "on condition that Microsoft lets consumers stream Activision games they own"),
     C("eu-commission", "cloud-streaming-licences", "support", "the commitments fully addressed the Commission's concerns"),
     C("microsoft", "cloud-streaming-licences", "support", "Microsoft would honour the commitments"),
     C("microsoft", "deal-cleared", "support", "would press ahead with its appeal in Britain so that the deal could close"),
     C("cma", "cloud-streaming-licences", "oppose", "Microsoft's cloud remedy would let the company set the terms of the market"),
     C("cma", "deal-cleared", "oppose", "it stood by its April decision")])

art("2023-06-13T02:00:00Z", "keystone-wire", "ftc-seeks-court-order-to-halt-activision-deal",
    "FTC asks court to halt Microsoft-Activision deal before trial",
    """SAN FRANCISCO, June 12 (Keystone Wire) - The US Federal Trade Commission asked a federal court on Monday to temporarily stop Microsoft from completing its purchase of Activision Blizzard until the agency's in-house trial has run its course.

The FTC said in its filing that an order was needed because the companies could otherwise close the deal before its case was heard. A judge in San Francisco is expected to hear the request later this month.

Microsoft said it welcomed the chance to move the case faster and that it still aimed to complete the deal before its July 18 deadline. Activision said the FTC's move would speed up a process that it expected to end with the deal closing.

Some analysts have speculated that Microsoft could try to close the deal in the United States despite the British veto, though the company has not said it would.""",
    [C("ftc", "deal-cleared", "oppose", "asked a federal court on Monday to temporarily stop Microsoft from completing its purchase"),
     C("microsoft", "deal-cleared", "support", "it still aimed to complete the deal before its July 18 deadline"),
     C("activision", "deal-cleared", "support", "a process that it expected to end with the deal closing")])

art("2023-06-23T22:00:00Z", "summit-journal", "spencer-testifies-call-of-duty-playstation",
    "Xbox chief tells court Call of Duty will stay on PlayStation",
    """SAN FRANCISCO, June 23 (Summit Journal) - Xbox chief Phil Spencer told a federal court on Friday that Microsoft had no plans to pull Call of Duty from PlayStation and would keep offering Sony a long-term agreement whatever the outcome of the case.

Spencer testified that Sony's Jim Ryan had told him last year that he did not want a new Call of Duty deal because his aim was to block the merger. Sony is not a party to the case and did not respond to a request for comment.

Lawyers for the Federal Trade Commission argued that the deal should be halted because Microsoft's promises to rivals could not be enforced and could be dropped once the takeover was done.

Judge Jacqueline Scott Corley, who will decide whether to grant the FTC's request for a preliminary injunction, asked both sides pointed questions about the value of Microsoft's commitments. The hearing is expected to last until next week.""",
    [C("microsoft", "cod-licensing-deals", "support", "would keep offering Sony a long-term agreement whatever the outcome"),
     C("sony", "deal-cleared", "oppose", "his aim was to block the merger", False),
     C("sony", "cod-licensing-deals", "oppose", "he did not want a new Call of Duty deal", False),
     C("ftc", "deal-cleared", "oppose", "argued that the deal should be halted")])

art("2023-06-28T23:00:00Z", "tidewater-post", "nadella-kotick-testify-ftc-hearing",
    "Nadella, Kotick defend Activision deal in FTC court fight",
    """SAN FRANCISCO, June 28 (Tidewater Post) - Microsoft Chief Executive Satya Nadella told a federal court on Wednesday that Microsoft intended to keep Call of Duty on rival consoles and was ready to sign with Sony the kind of 10-year agreement it had already signed with Nintendo.

Nadella said he was no fan of console exclusives and would be happy to see them disappear from the industry, though he acknowledged Microsoft could not make that happen on its own.

Activision Chief Executive Bobby Kotick testified that pulling Call of Duty from PlayStation would be financially ruinous and that no one at Activision would agree to it. He said he still expected the merger to go through.

Sony has not said whether it would accept Microsoft's offer.

The FTC's lawyers told the court that the companies' promises came late and only under regulatory pressure. Closing arguments are scheduled for Thursday.""",
    [C("microsoft", "cod-licensing-deals", "support", "ready to sign with Sony the kind of 10-year agreement"),
     C("activision", "deal-cleared", "support", "He said he still expected the merger to go through.")])

art("2023-07-11T21:00:00Z", "keystone-wire", "judge-rejects-ftc-bid-to-block-activision-deal",
    "US judge rejects FTC bid to halt Microsoft-Activision deal",
    """SAN FRANCISCO, July 11 (Keystone Wire) - A US judge on Tuesday denied the Federal Trade Commission's request to stop Microsoft from closing its purchase of Activision Blizzard, ruling that the agency had not shown it was likely to prove the deal would reduce competition.

Judge Jacqueline Scott Corley wrote that Microsoft had committed in writing, in court and publicly to keep Call of Duty on PlayStation for 10 years on par with Xbox.

The FTC said it was disappointed, citing what it called the clear threat the merger poses to competition, and said it would announce its next step soon. Activision said the agency should accept the ruling and end its challenge.

Brad Smith said Microsoft would now turn to resolving the British regulator's objections so the deal could close. The CMA said the US ruling did not change its position on the deal.

Analysts said the agency faced long odds on appeal and might let the case go.""",
    [C("ftc", "deal-cleared", "oppose", "the clear threat the merger poses to competition"),
     C("activision", "ftc-drops-challenge", "support", "the agency should accept the ruling and end its challenge"),
     C("microsoft", "deal-cleared", "support", "Microsoft would now turn to resolving the British regulator's objections so the deal could close"),
     C("cma", "deal-cleared", "oppose", "the US ruling did not change its position on the deal")])

art("2023-07-12T23:30:00Z", "granite-observer", "ftc-appeals-activision-ruling",
    "FTC appeals ruling that cleared way for Microsoft-Activision deal",
    """WASHINGTON, July 12 (Granite Observer) - The Federal Trade Commission filed a notice on Wednesday appealing a judge's refusal to halt Microsoft's purchase of Activision Blizzard, and asked the Ninth Circuit court of appeals to stop the companies from closing the deal while it considers the case.

The agency did not comment beyond the filing. Microsoft declined to comment on the appeal.

The filing came as Republican lawmakers stepped up criticism of FTC Chair Lina Khan over a series of setbacks in merger cases. Khan is due to testify before the House Judiciary Committee on Thursday.

The companies' own deadline to complete the deal falls on July 18, after which either side could walk away or renegotiate terms. Legal experts said the appeals court was unlikely to rule before then.""",
    [C("ftc", "ftc-drops-challenge", "oppose", "filed a notice on Wednesday appealing a judge's refusal"),
     C("ftc", "deal-cleared", "oppose", "to stop the companies from closing the deal while it considers the case")])

art("2023-07-14T18:00:00Z", "summit-journal", "microsoft-cma-pause-appeal-restructured-deal",
    "Microsoft signals restructured Activision deal as UK appeal is paused",
    """LONDON, July 14 (Summit Journal) - Microsoft and Britain's Competition and Markets Authority asked the Competition Appeal Tribunal on Friday to pause Microsoft's appeal against the regulator's veto so the two sides could discuss a revised version of the deal.

Microsoft said it was prepared to restructure the transaction, including its cloud-streaming side, to address the regulator's concerns. It gave no details.

The CMA said its April decision stood, and that any restructured deal would be treated as a new merger and investigated in full. Sarah Cardell, the CMA's chief executive, declined to say whether a sale of cloud rights would be enough.

In San Francisco, the Ninth Circuit rejected the FTC's emergency request to block the deal from closing while its appeal is heard.

Competition lawyers said one option would be for Microsoft to hand the cloud rights to Activision games to a third party, though neither side confirmed that was under discussion.""",
    [C("microsoft", "sell-cloud-rights", "conditional", "prepared to restructure the transaction, including its cloud-streaming side"),
     C("cma", "deal-cleared", "oppose", "The CMA said its April decision stood")])

art("2023-07-16T17:00:00Z", "tidewater-post", "sony-signs-call-of-duty-deal-with-microsoft",
    "Sony signs deal to keep Call of Duty on PlayStation",
    """SEATTLE, July 16 (Tidewater Post) - Microsoft and Sony have signed a binding agreement to keep Call of Duty on PlayStation after Microsoft's takeover of Activision Blizzard, Xbox chief Phil Spencer said on Sunday, ending months of public dispute between the console rivals.

Sony confirmed in a brief statement that it had signed the agreement and said it looked forward to continuing to bring Call of Duty to PlayStation players. Terms were not disclosed, but people familiar with the matter said the deal ran for 10 years.

Sony declined to say whether it still objected to the takeover itself.

The agreement removes one of the arguments raised by the Federal Trade Commission, which is appealing a ruling that allowed the deal to proceed. Microsoft still needs to win over Britain's competition regulator before it can close.""",
    [C("microsoft", "cod-licensing-deals", "support", "Microsoft and Sony have signed a binding agreement to keep Call of Duty on PlayStation"),
     C("sony", "cod-licensing-deals", "support", "Sony confirmed in a brief statement that it had signed the agreement")])

art("2023-07-16T20:45:00Z", "granite-observer", "playstation-microsoft-call-of-duty-agreement",
    "PlayStation and Microsoft agree Call of Duty deal",
    """SEATTLE, July 16 (Granite Observer) - Sony and Microsoft have signed a binding agreement keeping Call of Duty on PlayStation after the Activision Blizzard takeover, Xbox head Phil Spencer said on Sunday, ending a long and public feud.

Sony confirmed in a short statement that it had signed the agreement and said it looked forward to bringing Call of Duty to PlayStation players. The terms were not made public, though people familiar with the matter said the pact ran for 10 years.

Sony declined to say whether it still objected to the takeover.

The agreement undercuts one of the Federal Trade Commission's arguments as the agency appeals a ruling that let the deal proceed. Microsoft must still satisfy Britain's competition regulator before it can close.""",
    [C("microsoft", "cod-licensing-deals", "support", "Sony and Microsoft have signed a binding agreement keeping Call of Duty on PlayStation"),
     C("sony", "cod-licensing-deals", "support", "Sony confirmed in a short statement that it had signed the agreement")])

art("2023-07-20T23:00:00Z", "keystone-wire", "ftc-pauses-in-house-case-against-microsoft",
    "FTC pauses in-house case against Microsoft, says challenge continues",
    """WASHINGTON, July 20 (Keystone Wire) - The Federal Trade Commission on Thursday withdrew its case against Microsoft from its in-house court, a procedural step that pauses the administrative trial that had been scheduled for August.

The agency said the move did not mean it was abandoning its challenge to the Activision Blizzard deal, and that its appeal before the Ninth Circuit would go on.

Microsoft declined to comment. Activision said it was encouraged by the decision.

Some antitrust lawyers said the pause could allow the agency to negotiate a settlement with Microsoft, while others said it was simply a way to avoid a conflict between the administrative case and the appeal.

On Wednesday, Microsoft and Activision extended the deadline for completing their deal by three months to Oct 18 and raised the break fee that Microsoft would pay if the deal collapses.""",
    [C("ftc", "ftc-drops-challenge", "oppose", "did not mean it was abandoning its challenge to the Activision Blizzard deal")])

art("2023-08-22T08:00:00Z", "summit-journal", "microsoft-sells-cloud-rights-to-ubisoft",
    "Microsoft to sell Activision cloud rights to Ubisoft in bid for UK approval",
    """REDMOND, Washington, Aug 22 (Summit Journal) - Microsoft said on Tuesday it would sell the cloud streaming rights for Activision Blizzard's current and new PC and console games outside the European Economic Area to Ubisoft Entertainment, restructuring its takeover to win over British regulators.

Brad Smith said the rights would pass to Ubisoft for 15 years and that the sale would take effect when the takeover closes. He said the restructured deal was substantially different from the one the British regulator blocked in April.

Ubisoft Chief Executive Yves Guillemot said the French publisher would be able to offer the games through its own subscription service and through other providers.

The Competition and Markets Authority said it would open a new investigation into the restructured deal and that the move was not a green light. The European Commission said it would look at how the change affected the remedies it approved in May.""",
    [C("microsoft", "sell-cloud-rights", "support", "it would sell the cloud streaming rights for Activision Blizzard's current and new PC")])

art("2023-08-23T10:00:00Z", "tidewater-post", "analysis-ubisoft-deal-uk-approval",
    "Analysis: Ubisoft sale gives Microsoft a clearer path in London",
    """LONDON, Aug 23 (Tidewater Post) - Microsoft's decision to hand Activision's cloud streaming rights to Ubisoft gives Britain's Competition and Markets Authority much of what it asked for in April, several competition lawyers said on Wednesday, making approval more likely this time.

The regulator had complained that Microsoft's earlier licensing remedy would leave it in control of the cloud market. Under the new structure, Ubisoft rather than Microsoft would decide how Activision games are offered to cloud services outside Europe.

Activision's Bobby Kotick said the company fully supported the sale to Ubisoft and was confident the restructured deal would close before the October deadline.

Some lawyers warned that the CMA could still raise concerns about the terms of the Ubisoft agreement. The regulator has declined to say how long its review will take, and Microsoft has said only that it is working with the CMA.""",
    [C("activision", "sell-cloud-rights", "support", "the company fully supported the sale to Ubisoft"),
     C("activision", "deal-cleared", "support", "confident the restructured deal would close before the October deadline")])

art("2023-09-22T07:30:00Z", "keystone-wire", "cma-provisionally-backs-restructured-activision-deal",
    "UK regulator provisionally backs restructured Activision deal",
    """LONDON, Sept 22 (Keystone Wire) - Britain's Competition and Markets Authority said on Friday that the sale of Activision's cloud streaming rights to Ubisoft substantially addressed its previous concerns, opening the way for Microsoft's restructured takeover.

Sarah Cardell, the CMA's chief executive, said the regulator would approve the deal if Microsoft's proposed fixes for its limited remaining concerns held up in a public consultation. The remaining issues relate to how the Ubisoft agreement could be enforced.

Brad Smith said Microsoft was encouraged and would work to complete the deal before its Oct 18 deadline.

The regulator will take comments until Oct 6. Analysts said a final clearance was now close to certain.

The fixes offered by Microsoft would make the Ubisoft agreement enforceable under British law, people familiar with the proposals said. Shares in Ubisoft rose about 2 percent in Paris.""",
    [C("cma", "sell-cloud-rights", "support", "the sale of Activision's cloud streaming rights to Ubisoft substantially addressed its previous concerns"),
     C("cma", "deal-cleared", "conditional", "would approve the deal if Microsoft's proposed fixes for its limited remaining concerns held up"),
     C("microsoft", "deal-cleared", "support", "would work to complete the deal before its Oct 18 deadline")])

art("2023-10-13T08:00:00Z", "granite-observer", "cma-clears-microsoft-activision-deal",
    "UK regulator clears Microsoft's restructured Activision deal",
    """LONDON, Oct 13 (Granite Observer) - Britain's Competition and Markets Authority cleared Microsoft's restructured $69 billion purchase of Activision Blizzard on Friday, removing the last big regulatory obstacle to the deal.

Sarah Cardell said the new structure would stop Microsoft from locking up competition in cloud gaming as the market develops, and that the sale of the cloud rights to Ubisoft was the right outcome for players. She said the regulator's firm approach had produced a better deal, but criticised Microsoft for offering the restructuring only after the April veto.

In its April decision, the CMA had said Microsoft's earlier remedy would leave the company in control of the cloud-gaming market.

Microsoft is expected to complete the deal later on Friday, days before its Oct 18 deadline.""",
    [C("cma", "deal-cleared", "support", "cleared Microsoft's restructured $69 billion purchase of Activision Blizzard on Friday"),
     C("cma", "sell-cloud-rights", "support", "the sale of the cloud rights to Ubisoft was the right outcome for players")])

art("2023-10-13T19:00:00Z", "tidewater-post", "microsoft-completes-activision-purchase",
    "Microsoft completes Activision Blizzard purchase after 21-month fight",
    """REDMOND, Washington, Oct 13 (Tidewater Post) - Microsoft completed its $69 billion purchase of Activision Blizzard on Friday, hours after Britain's competition regulator gave its approval, ending a 21-month battle with regulators on three continents.

Xbox chief Phil Spencer welcomed Activision's staff in a message on social media and said the games would be available on more platforms over time. Bobby Kotick will remain chief executive of Activision until the end of the year.

The Federal Trade Commission, which is appealing the refusal to halt the deal, said its appeal would continue despite the completion.

Sony declined to comment. Its 10-year agreement with Microsoft to keep Call of Duty on PlayStation now takes effect.

With the purchase, Microsoft adds franchises including Call of Duty, World of Warcraft, Diablo and Candy Crush and becomes the world's third-largest gaming company by revenue.""",
    [C("microsoft", "deal-cleared", "support", "Microsoft completed its $69 billion purchase of Activision Blizzard on Friday"),
     C("ftc", "ftc-drops-challenge", "oppose", "said its appeal would continue despite the completion"),
     C("sony", "cod-licensing-deals", "support", "Its 10-year agreement with Microsoft to keep Call of Duty on PlayStation", False)])

art("2023-11-07T09:30:00Z", "summit-journal", "nintendo-quiet-on-call-of-duty",
    "Nintendo says nothing to announce on Call of Duty",
    """KYOTO, Japan, Nov 7 (Summit Journal) - Nintendo President Shuntaro Furukawa declined to say on Tuesday when Call of Duty would appear on the company's consoles, telling investors in Kyoto only that Nintendo had nothing to announce.

Microsoft agreed in February to bring the shooter to Nintendo platforms for 10 years as it sought regulatory approval for its purchase of Activision Blizzard, which it completed last month.

Furukawa said Nintendo continued to talk to many publishers about bringing their games to its platforms, but would not comment on individual titles.

Nintendo raised its full-year profit forecast on strong sales of its Switch console and the Super Mario Bros. Wonder game. Analysts said a version of Call of Duty for Nintendo's next console, expected in 2024 or 2025, was more likely than one for the ageing Switch.""",
    [])

art("2023-12-06T23:00:00Z", "keystone-wire", "ftc-urges-appeals-court-revive-activision-challenge",
    "FTC urges appeals court to revive challenge to Microsoft-Activision deal",
    """SAN FRANCISCO, Dec 6 (Keystone Wire) - A lawyer for the Federal Trade Commission urged a federal appeals court on Wednesday to overturn a judge's refusal to halt Microsoft's purchase of Activision Blizzard, arguing the lower court had applied the wrong legal standard.

The FTC lawyer told a three-judge panel of the Ninth Circuit that the agency should not have been required to prove its entire case at the preliminary stage, and asked the court to send the matter back.

A lawyer for Microsoft said the deal was already complete and that the ruling should stand.

The judges did not indicate when they would rule. The FTC's in-house case against the deal remains paused.

Legal experts said that even a win for the agency would be unlikely to unwind a deal that has already closed, though it could revive the administrative case. FTC Chair Lina Khan has faced criticism from Republican lawmakers over the agency's record in merger cases.""",
    [C("ftc", "ftc-drops-challenge", "oppose", "urged a federal appeals court on Wednesday to overturn a judge's refusal")])

SHIFTS = [
    ("cma", "deal-cleared", "conditional", "oppose", 13,
     "The CMA blocks the deal; in 007 it said it could accept the deal only if the Call of Duty business were sold."),
    ("microsoft", "sell-cloud-rights", "oppose", "conditional", 22,
     "Microsoft says it is prepared to restructure the deal including its cloud-streaming side; in 015 Smith said there was no need to sell any part of Activision's business (baseline oppose)."),
    ("sony", "cod-licensing-deals", "oppose", "support", 23,
     "Sony confirms it has signed the Call of Duty agreement; in 003 and 009 it rejected Microsoft's offers."),
    ("microsoft", "sell-cloud-rights", "conditional", "support", 26,
     "Microsoft announces it will sell the cloud streaming rights to Ubisoft; in 022 it was only prepared to restructure."),
    ("cma", "deal-cleared", "oppose", "conditional", 28,
     "The CMA says it would approve the restructured deal if Microsoft's fixes hold up in consultation; it had blocked the deal (013) and stood by that (015, 016, 020, 022)."),
    ("cma", "deal-cleared", "conditional", "support", 29,
     "The CMA clears the restructured deal; in 028 its approval was still conditional on the remaining fixes."),
]

BASELINE = [
    ("microsoft", "deal-cleared", "support"),
    ("activision", "deal-cleared", "support"),
    ("microsoft", "cod-licensing-deals", "support"),
    ("microsoft", "sell-cloud-rights", "oppose"),
    ("sony", "deal-cleared", "oppose"),
]


def nid(i):
    return "%03d" % i


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    arts = []
    claims = {}
    for i, (pub, outlet, slug, title, text, cl) in enumerate(A, start=1):
        y, m, d = pub[:4], pub[5:7], pub[8:10]
        url = "https://example.org/%s/%s/%s/%s/%s" % (outlet, y, m, d, slug)
        a = {"id": nid(i), "published": pub, "source": OUTLETS[outlet], "url": url, "title": title, "text": text}
        arts.append((outlet, a))
        claims[nid(i)] = cl
        with open(os.path.join(HERE, "articles", nid(i) + ".json"), "w") as f:
            json.dump(a, f, indent=2, ensure_ascii=False)
            f.write("\n")
    shifts = [{"actor": s[0], "issue": s[1], "from": s[2], "to": s[3], "article": nid(s[4]), "why": s[5]} for s in SHIFTS]
    shift_ids = {s["article"] for s in shifts}
    labels = {"claims": claims, "shifts": shifts,
              "no_alert_articles": [a["id"] for _, a in arts if a["id"] not in shift_ids]}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    for outlet, name in OUTLETS.items():
        items = sorted([a for o, a in arts if o == outlet], key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % outlet,
               "    <description>%s: fictional outlet for the shiftwatch microsoft-activision-2023 evaluation set</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"])]
        for a in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(a["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                    "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", outlet + ".xml"), "w") as f:
            f.write("\n".join(out))
    return arts, labels


def load_watchlist():
    """Minimal reader for our own watchlist.yaml (flow-style lists), so the script stays self-contained."""
    actors, issues, baseline = {}, {}, []
    section = None
    with open(os.path.join(HERE, "watchlist.yaml")) as f:
        for line in f:
            s = line.strip()
            if s in ("actors:", "issues:", "baseline:"):
                section = s[:-1]
                continue
            m = re.match(r"- id: (\S+)", s)
            if m and section == "actors":
                actors[m.group(1)] = True
            elif m and section == "issues":
                issues[m.group(1)] = True
            m = re.match(r"- \{actor: (\S+), issue: (\S+), stance: (\w+)\}", s)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def validate(arts, labels):
    errs = []
    actors, issues, baseline = load_watchlist()
    wl_base = {(a, i): s for a, i, s in baseline}
    if wl_base != {(a, i): s for a, i, s in BASELINE}:
        errs.append("watchlist baseline differs from BASELINE in build.py")
    texts = {a["id"]: a["text"] for _, a in arts}
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    if files != sorted(texts):
        errs.append("article files do not match ids")
    if sorted(labels["claims"]) != sorted(texts):
        errs.append("claims keys do not match article ids")
    pubs = [a["published"] for _, a in arts]
    if pubs != sorted(pubs):
        errs.append("ids not in publication order")
    for _, a in arts:
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errs.append("%s: %d words" % (a["id"], n))
        if not re.match(r"^[A-Z][A-Z ,.a-z]+, [A-Z][a-z]+ \d{1,2} \(%s\) - " % re.escape(a["source"]), a["text"]):
            errs.append("%s: bad dateline" % a["id"])
    for aid, cl in labels["claims"].items():
        seen = set()
        for c in cl:
            if c["actor"] not in actors:
                errs.append("%s: unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                errs.append("%s: unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in ("support", "oppose", "conditional"):
                errs.append("%s: bad stance" % aid)
            if c["quote"] not in texts[aid]:
                errs.append("%s: quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                errs.append("%s: quote too long: %r" % (aid, c["quote"]))
            k = (c["actor"], c["issue"])
            if k in seen:
                errs.append("%s: duplicate claim %s" % (aid, k))
            seen.add(k)
    # Replay prevailing stances: the shifts must be exactly the attributed changes.
    prev = dict(wl_base)
    derived = []
    for aid in sorted(labels["claims"]):
        for c in labels["claims"][aid]:
            k = (c["actor"], c["issue"])
            if not c["attributed"]:
                continue
            if k in prev and prev[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], prev[k], c["stance"], aid))
            prev[k] = c["stance"]
    # Duplicate copies restate the original's new stance, so they never derive a second shift.
    want = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(want):
        errs.append("shifts mismatch:\n derived %s\n labelled %s" % (derived, want))
    shift_ids = {s["article"] for s in labels["shifts"]}
    if set(labels["no_alert_articles"]) | shift_ids != set(texts) or set(labels["no_alert_articles"]) & shift_ids:
        errs.append("no_alert_articles wrong")
    for outlet in OUTLETS:
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", outlet + ".xml")], capture_output=True, text=True)
        if r.returncode != 0:
            errs.append("xmllint %s: %s" % (outlet, r.stderr.strip()))
    return errs


if __name__ == "__main__":
    arts, labels = build()
    errs = validate(arts, labels)
    for e in errs:
        print("ERROR:", e)
    cl = [c for v in labels["claims"].values() for c in v]
    by = {}
    for c in cl:
        by[c["stance"]] = by.get(c["stance"], 0) + 1
    print("articles %d, claims %d %s, unattributed %d, shifts %d, empty %s" % (
        len(arts), len(cl), by, sum(1 for c in cl if not c["attributed"]), len(labels["shifts"]),
        [k for k, v in labels["claims"].items() if not v]))
    sys.exit(1 if errs else 0)
