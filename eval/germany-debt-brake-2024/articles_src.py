# Source of the articles and their claims; build.py turns this into articles/, feeds/ and labels.json.
# Claim tuples: (actor, issue, stance, quote, attributed)
S, O, C = "support", "oppose", "conditional"

ARTICLES = []


def A(aid, published, outlet, slug, title, text, claims):
    ARTICLES.append(dict(id=aid, published=published, outlet=outlet, slug=slug, title=title,
                         text=text.strip(), claims=claims))


A("001", "2024-07-05T14:10:00Z", "rhine-courier", "coalition-agrees-2025-budget-draft",
  "Coalition agrees 2025 budget draft that keeps to the debt brake",
  """BERLIN, Jul 5 (Rhine Courier) - Germany's three-party coalition agreed on a draft budget for 2025 early on Friday after weeks of late-night talks at the Chancellery, leaving a gap of several billion euros to be closed later in the year.

Finance Minister Christian Lindner said the draft respected the debt brake and that no emergency would be declared to get around it. "The debt brake will be kept," he told reporters, adding that the plan relied on growth measures rather than new borrowing.

Chancellor Olaf Scholz called the agreement a good result for a difficult year. Asked about aid to Ukraine, he said Germany would remain Kyiv's biggest supporter in Europe.

Rolf Muetzenich, who leads the Social Democrats in parliament, was less guarded. He said a declaration of emergency remained justified because of the war and the cost of supporting Kyiv, and that his party had not changed its view.

Economists at two Frankfurt banks said the government might still need an emergency declaration in the autumn if tax revenue disappointed.""",
  [("fdp", "emergency-suspension", O, "no emergency would be declared to get around it", True),
   ("spd", "emergency-suspension", S, "a declaration of emergency remained justified because of the war", True)])

A("002", "2024-08-16T09:40:00Z", "eastbridge-wire", "lindner-legal-opinions-budget-gap",
  "Lindner cites legal doubts over budget tricks; Habeck calls for reform",
  """BERLIN, Aug 16 (Eastbridge Wire) - Finance Minister Christian Lindner said on Friday that legal opinions commissioned by his ministry had raised serious doubts about parts of the 2025 budget plan, including loans to the state railway that were meant to free up room under the borrowing limit.

The Free Democrat leader said the coalition would have to find the money through savings. He again ruled out suspending the debt brake for next year, saying Germany did not face the kind of emergency that the constitution required.

Economy Minister Robert Habeck of the Greens accused Lindner of tying the government's hands at a time when schools, bridges and railways needed money. He said the debt brake in its current form was blocking investment and should be reformed. "A rule that stops us repairing the country is a bad rule," Habeck said.

A spokesman for the Chancellery declined to say whether Scholz would back an emergency declaration if the gap could not be closed by savings.

The cabinet is due to approve the final draft next week.""",
  [("fdp", "emergency-suspension", O, "He again ruled out suspending the debt brake for next year", True),
   ("greens", "debt-brake-reform", S, "the debt brake in its current form was blocking investment and should be reformed", True)])

A("003", "2024-09-20T11:05:00Z", "lantern-post", "bundesbank-moderate-reform-proposal",
  "Bundesbank repeats call for a modest debt brake overhaul",
  """FRANKFURT, Sep 20 (Lantern Post) - The Bundesbank on Friday repeated its view that Germany's debt brake could be loosened modestly, provided that the country's debt stays on a falling path.

In a note for lawmakers, the German central bank said the structural borrowing limit of 0.35 percent of economic output could be raised to about 0.5 percent, but only while the debt ratio was below 60 percent. Above that level, the old limit should apply again. Any extra room should go to investment rather than to current spending, the bank said.

President Joachim Nagel said a stable rule was more important than the precise figures. He declined to comment on the coalition's dispute over whether to declare an emergency for the 2025 budget, saying that was a matter for the government.

The European Union's new fiscal rules, which took effect this year, also require Germany to keep its deficit in check. Some economists at the European Central Bank have argued that Berlin has more room to borrow than its own rules allow.""",
  [("bundesbank", "debt-brake-reform", C, "could be loosened modestly, provided that the country's debt stays on a falling path", True)])

A("004", "2024-10-24T15:30:00Z", "harwick-gazette", "tax-estimate-widens-budget-gap",
  "Tax estimate widens hole in Germany's 2025 budget",
  """BERLIN, Oct 24 (Harwick Gazette) - Germany will collect about 58 billion euros less in taxes over the next four years than previously expected, the official tax estimate showed on Thursday, widening the gap in the 2025 budget that the coalition has yet to close.

The federal government alone faces a shortfall of several billion euros next year because of the weak economy, which is set to shrink for a second year in a row.

A finance ministry spokeswoman said the figures would be taken into account in the parliamentary budget talks. She declined to say whether an emergency declaration to suspend the borrowing limit was under consideration.

Economists at the Ifo institute in Munich said the coalition might be tempted to declare an emergency again, as it did during the pandemic and after the 2021 floods, but that the Constitutional Court's ruling in Karlsruhe last year had made such a step legally risky.

The Bundestag's budget committee is due to finalise the spending plan in mid-November. Several coalition lawmakers said privately that the talks could decide the fate of the government.""",
  [])

A("005", "2024-11-01T16:20:00Z", "kestrel-report", "lindner-paper-economic-turnaround",
  "Lindner paper demands tax cuts and strict debt brake, angering partners",
  """BERLIN, Nov 1 (Kestrel Report) - A policy paper by Finance Minister Christian Lindner calling for an "economic turnaround" has deepened the rift in Germany's governing coalition, with Social Democrats calling it a provocation.

The 18-page paper, which became public on Friday, calls for corporate tax cuts, a freeze on new regulation and a slower path to climate targets. It also insists that the debt brake must not be touched. The FDP would not agree to a reform of the borrowing limit or to any emergency declaration to bypass it, the paper says.

SPD co-leader Lars Klingbeil said the paper read like a farewell letter to the coalition. He said the SPD would not accept cuts to pensions and that Germany needed more public investment, not less.

Political analysts in Berlin said the paper could be an attempt by the Free Democrats to force an exit from the coalition before the next election, due in September 2025. The FDP's general secretary Bijan Djir-Sarai denied that, saying the party wanted the coalition to succeed on its terms.

Coalition leaders are due to meet on Wednesday.""",
  [("fdp", "debt-brake-reform", O, "The FDP would not agree to a reform of the borrowing limit", True),
   ("fdp", "emergency-suspension", O, "or to any emergency declaration to bypass it, the paper says", True)])

A("006", "2024-11-06T20:45:00Z", "rhine-courier", "scholz-fires-lindner",
  "Scholz fires Lindner as German coalition collapses",
  """BERLIN, Nov 6 (Rhine Courier) - Chancellor Olaf Scholz dismissed Finance Minister Christian Lindner on Wednesday, ending his three-party coalition after a final round of talks on the 2025 budget broke down.

In a televised statement at the Chancellery, Scholz said he had asked Lindner to agree to suspend the debt brake so that Germany could keep supporting Ukraine without cutting pensions, roads or investment. Lindner had refused, he said, and had broken the trust needed to govern together.

"We need a declaration of an emergency, and I am not willing to wait any longer," Scholz said, adding that the war in Ukraine justified the step.

Scholz said he would lead a minority government with the Greens and ask the Bundestag for a vote of confidence on January 15. If he lost, an early election could be held by the end of March.

According to the chancellor, Lindner had rejected every compromise on the table. The Free Democrats are expected to pull their remaining ministers out of the cabinet.""",
  [("spd", "emergency-suspension", S, "We need a declaration of an emergency", True),
   ("fdp", "emergency-suspension", O, "Lindner had refused, he said", False),
   ("spd", "early-confidence-vote", O, "ask the Bundestag for a vote of confidence on January 15", True)])

A("007", "2024-11-07T00:30:00Z", "kestrel-report", "lindner-says-refused-to-breach-oath",
  "Lindner says he refused Scholz's demand to suspend the debt brake",
  """BERLIN, Nov 7 (Kestrel Report) - Christian Lindner said late on Wednesday that Chancellor Olaf Scholz had demanded that he suspend the debt brake, and that he had refused because doing so would break his oath of office.

Speaking to reporters hours after his dismissal, the FDP leader said he could not declare an emergency that did not exist. "I was not prepared to do that," he said. He accused Scholz of having prepared the break for weeks.

Lindner said the Free Democrats had offered an alternative plan built on tax cuts and spending savings, which the chancellor had rejected. He said Germany now needed a quick new start and called on Scholz to seek a vote of confidence immediately rather than in January, so that voters could decide early in the new year.

The FDP's other ministers, except Transport Minister Volker Wissing, said they would leave the government. Wissing said he would stay on and leave the party.""",
  [("fdp", "emergency-suspension", O, "he could not declare an emergency that did not exist", True),
   ("fdp", "early-confidence-vote", S, "seek a vote of confidence immediately rather than in January", True)])

A("008", "2024-11-07T02:15:00Z", "harwick-gazette", "lindner-rejected-emergency-calls-new-start",
  "Sacked Lindner says he would not suspend debt brake, urges quick vote",
  """BERLIN, Nov 7 (Harwick Gazette) - Christian Lindner said on Wednesday night that Chancellor Olaf Scholz had asked him to suspend the debt brake and that he had refused because it would break his oath of office.

The FDP leader, dismissed as finance minister a few hours earlier, told reporters he could not declare an emergency that did not exist. "I was not prepared to do that," Lindner said, and accused the chancellor of having planned the rupture for weeks.

He said the Free Democrats had put forward a plan of tax cuts and savings which Scholz had turned down. Germany needed a quick new start, Lindner said, and Scholz should seek a vote of confidence immediately rather than in January so that an election could take place early next year.

All FDP ministers except Transport Minister Volker Wissing said they would quit. Wissing will remain in the cabinet and leave the party.""",
  [("fdp", "emergency-suspension", O, "he could not declare an emergency that did not exist", True),
   ("fdp", "early-confidence-vote", S, "seek a vote of confidence immediately rather than in January", True)])

A("009", "2024-11-07T13:30:00Z", "eastbridge-wire", "merz-demands-confidence-vote-now",
  "Merz demands Scholz call confidence vote within days",
  """BERLIN, Nov 7 (Eastbridge Wire) - Opposition leader Friedrich Merz on Thursday demanded that Chancellor Olaf Scholz call a vote of confidence by next week at the latest instead of waiting until January.

"There is no reason to wait," Merz told reporters at the Bundestag after a meeting of the CDU/CSU parliamentary group. He said the country could not afford months of a government without a majority while the economy was shrinking.

Merz said the conservatives would not discuss any legislation with the minority government before the confidence vote had taken place. Asked whether the Union bloc might help pass a 2025 budget with an emergency exemption, he said: "There will be no support from us for suspending the debt brake."

CSU leader Markus Soeder said Scholz's timetable was a delaying tactic and also called for the vote to be held immediately.

Some SPD lawmakers privately said the January date could slip, but party officials declined to say whether talks with the opposition had begun.""",
  [("cdu-csu", "early-confidence-vote", S, "demanded that Chancellor Olaf Scholz call a vote of confidence by next week", True),
   ("cdu-csu", "emergency-suspension", O, "There will be no support from us for suspending the debt brake", True)])

A("010", "2024-11-08T15:50:00Z", "lantern-post", "scholz-sticks-to-january-in-budapest",
  "Scholz rejects calls for immediate confidence vote",
  """BUDAPEST, Nov 8 (Lantern Post) - Chancellor Olaf Scholz on Friday rejected opposition demands to bring forward the vote of confidence he plans for January 15, saying parliament still had urgent laws to pass.

Speaking on the sidelines of a European summit in Budapest, Scholz said the date he had proposed was sensible and that he saw no reason to change it. He said he was ready to talk to opposition leader Friedrich Merz about which bills could still be passed.

Economy Minister Robert Habeck, whose Greens remain in the minority government, took a softer line. He said the Greens would not stand in the way of an earlier vote if that gave the country clarity sooner.

President Frank-Walter Steinmeier, who would have to dissolve the Bundestag if Scholz loses the vote, said he was ready to act quickly once the conditions were met.

Hungary's Prime Minister Viktor Orban, who hosted the summit, did not comment on the German crisis.""",
  [("spd", "early-confidence-vote", O, "rejected opposition demands to bring forward the vote of confidence", True),
   ("greens", "early-confidence-vote", S, "the Greens would not stand in the way of an earlier vote", True)])

A("011", "2024-11-10T19:05:00Z", "rhine-courier", "scholz-open-to-vote-before-christmas",
  "Scholz says he could call confidence vote before Christmas",
  """BERLIN, Nov 10 (Rhine Courier) - Chancellor Olaf Scholz said on Sunday that he was prepared to ask parliament for a vote of confidence before Christmas, provided the parliamentary groups of his Social Democrats and the conservative opposition could agree on a date.

"It is not a problem for me," Scholz said in an interview with public broadcaster ARD, when asked whether he would stick to January 15. He said he was not clinging to his office and that the timing should be settled between Rolf Muetzenich, his party's parliamentary leader, and Friedrich Merz.

He said he still wanted to use the remaining weeks to pass measures such as higher child benefit and protection for the Constitutional Court.

Only two days earlier, in Budapest, Scholz had rejected calls to move the vote forward.

Opposition lawmakers welcomed the shift but said they wanted a date fixed this week. Germany's federal returning officer said separately that a snap election was possible but that the authorities needed enough time to print ballot papers.""",
  [("spd", "early-confidence-vote", C, "provided the parliamentary groups of his Social Democrats and the conservative opposition could agree", True)])

A("012", "2024-11-11T10:15:00Z", "harwick-gazette", "returning-officer-warning-snap-election",
  "Election chief's warning on snap vote stirs row",
  """WIESBADEN, Nov 11 (Harwick Gazette) - A letter from Germany's federal returning officer warning of risks in holding an election at short notice drew sharp criticism from the opposition on Monday.

Ruth Brand wrote to the chancellor that an election in January or February could run into problems, including a shortage of paper for ballots. The letter was seen by opposition leaders as support for the government's wish to wait.

CDU general secretary Carsten Linnemann said practical questions were no reason to delay. The confidence vote had to happen as soon as possible and the election could be organised within the legal deadlines, he said.

The paper industry's trade association said there was enough paper for an early election.

SPD officials declined to say whether the letter had been requested by the Chancellery. A government spokesman said the returning officer was independent and that no one had asked her to write it.

Talks between the parliamentary groups on a date were expected to continue in Berlin this week.""",
  [("cdu-csu", "early-confidence-vote", S, "The confidence vote had to happen as soon as possible", True)])

A("013", "2024-11-12T17:40:00Z", "kestrel-report", "confidence-vote-set-december-16",
  "Scholz to face confidence vote on December 16, election set for February",
  """BERLIN, Nov 12 (Kestrel Report) - Chancellor Olaf Scholz will ask the Bundestag for a vote of confidence on December 16, paving the way for an early election on February 23, after his Social Democrats and the conservative opposition agreed on the timetable on Tuesday.

SPD parliamentary leader Rolf Muetzenich and Friedrich Merz of the CDU/CSU announced the deal after meeting in the Bundestag. Scholz will formally submit his request on December 11, Muetzenich said. "We have agreed on a clear path," he told reporters.

Scholz said in a statement that he would put the question of confidence before Christmas as agreed, so that voters could decide quickly.

Merz said the conservatives were satisfied with the outcome and would now focus on the campaign. The Greens also endorsed the dates. Greens parliamentary leader Britta Hasselmann said the timetable gave the country certainty.

President Frank-Walter Steinmeier still has to approve the election date after the vote.""",
  [("spd", "early-confidence-vote", S, "he would put the question of confidence before Christmas as agreed", True),
   ("cdu-csu", "early-confidence-vote", S, "Merz said the conservatives were satisfied with the outcome", True),
   ("greens", "early-confidence-vote", S, "The Greens also endorsed the dates", True)])

A("014", "2024-11-13T12:25:00Z", "eastbridge-wire", "merz-debt-brake-can-be-reformed",
  "Merz opens door to debt brake reform, but asks what the money is for",
  """BERLIN, Nov 13 (Eastbridge Wire) - Friedrich Merz, the conservative favourite to become Germany's next chancellor, said on Wednesday that the debt brake could be reformed, a notable softening of his party's long-standing defence of the rule.

"Of course it can be reformed," Merz told a business conference in Berlin. The question was what the money would be used for, he said. If the result was more money for consumption and welfare, the answer would be no; if it was for investment and the country's future, a reform could be discussed.

Merz stressed that this did not mean any change for the current budget. He said suspending the debt brake this year remained out of the question for the CDU/CSU.

Some economists read the remarks as a signal that a Merz-led government would seek a deal with the SPD or the Greens on borrowing. Others said Merz was merely keeping his options open before the campaign.

The debt brake, written into the constitution in 2009, limits the federal structural deficit to 0.35 percent of economic output.""",
  [("cdu-csu", "debt-brake-reform", C, "if it was for investment and the country's future, a reform could be discussed", True),
   ("cdu-csu", "emergency-suspension", O, "suspending the debt brake this year remained out of the question", True)])

A("015", "2024-11-13T18:00:00Z", "lantern-post", "bundestag-debate-scholz-weidel-van-aken",
  "Scholz defends break with Lindner in heated Bundestag debate",
  """BERLIN, Nov 13 (Lantern Post) - Chancellor Olaf Scholz defended his decision to dismiss Christian Lindner in a heated debate in the Bundestag on Wednesday, saying he still believed Germany's situation justified suspending the debt brake.

"Supporting Ukraine must not come at the expense of pensions and jobs," Scholz told lawmakers. He said a declaration of emergency was the honest answer to the war.

AfD co-leader Alice Weidel said the chancellor's coalition had failed and accused him of wanting to pile up debt for Ukraine. She said the debt brake had to stay as it was and must not be suspended or loosened.

Jan van Aken, co-leader of the Left party, said the debt brake was an economic straitjacket and should be scrapped altogether. He said the Left would support any change that freed money for hospitals, schools and railways.

Lawmakers from the Free Democrats left the chamber during parts of Scholz's speech. Outside, a few dozen protesters from a climate group called for more investment in public transport.""",
  [("spd", "emergency-suspension", S, "he still believed Germany's situation justified suspending the debt brake", True),
   ("afd", "emergency-suspension", O, "the debt brake had to stay as it was and must not be suspended", True),
   ("afd", "debt-brake-reform", O, "must not be suspended or loosened", True),
   ("left", "debt-brake-reform", S, "the debt brake was an economic straitjacket and should be scrapped altogether", True)])

A("016", "2024-12-16T16:30:00Z", "rhine-courier", "scholz-loses-confidence-vote",
  "Scholz loses confidence vote, opening way to February election",
  """BERLIN, Dec 16 (Rhine Courier) - Chancellor Olaf Scholz lost a vote of confidence in the Bundestag on Monday, as planned, clearing the way for an early election on February 23.

Only 207 lawmakers backed the chancellor, while 394 voted against him and 116 abstained. Scholz went to President Frank-Walter Steinmeier straight after the vote to ask him to dissolve parliament.

In the debate before the vote, Scholz said the debt brake had to be reformed so that Germany could invest in its railways, bridges and schools without raising taxes on ordinary earners.

Friedrich Merz, the CDU/CSU candidate for chancellor, accused Scholz of leaving the country in a weak state. He said a reform of the debt brake could only come after the state had shown it could set priorities within its existing means.

Christian Lindner said the FDP would campaign on tax cuts. AfD lawmakers accused the government of ruining the economy.

Steinmeier has 21 days to decide on dissolving the Bundestag.""",
  [("spd", "debt-brake-reform", S, "the debt brake had to be reformed so that Germany could invest", True),
   ("cdu-csu", "debt-brake-reform", C, "a reform of the debt brake could only come after the state had shown", True)])

A("017", "2024-12-27T11:00:00Z", "harwick-gazette", "steinmeier-dissolves-bundestag",
  "Steinmeier dissolves parliament, confirms February 23 election",
  """BERLIN, Dec 27 (Harwick Gazette) - President Frank-Walter Steinmeier dissolved the Bundestag on Friday and set a snap election for February 23, saying Germany needed a stable government able to act in difficult times.

Speaking at Bellevue Palace, Steinmeier urged parties to run a fair campaign and warned against foreign interference, in particular through social media.

The election will be the first early vote since 2005. Opinion polls show Friedrich Merz's CDU/CSU well ahead, with the AfD in second place and Chancellor Olaf Scholz's SPD and the Greens further behind. The FDP is polling close to the 5 percent needed to enter parliament.

Budget questions, including the future of the debt brake, are expected to play a large part in the campaign. Parties will set out their positions in their manifestos in January.

Until a new government is formed, Germany will run on a provisional budget that allows only essential spending.""",
  [])

A("018", "2025-01-14T09:20:00Z", "kestrel-report", "habeck-defence-spending-outside-debt-brake",
  "Habeck wants defence spending freed from debt limit",
  """BERLIN, Jan 14 (Kestrel Report) - Robert Habeck, the Greens' candidate for chancellor, said on Tuesday that Germany should spend around 3.5 percent of its economic output on defence and that this spending should no longer count against the debt brake.

Habeck said the security situation in Europe had changed fundamentally and that the country could not pay for its armed forces by cutting schools and climate protection. He also called for a broader reform of the debt brake to allow more public investment, a long-standing Greens demand.

The proposal drew criticism from the SPD, which said Habeck was making promises without saying how to fund them. Defence ministry officials declined to say whether such a sum could be spent sensibly in the near term.

Analysts said the figure was meant to put pressure on Friedrich Merz, whose conservatives have so far insisted that more defence spending be financed from the regular budget.""",
  [("greens", "defence-exemption", S, "this spending should no longer count against the debt brake", True),
   ("greens", "debt-brake-reform", S, "called for a broader reform of the debt brake to allow more public investment", True),
   ("cdu-csu", "defence-exemption", O, "have so far insisted that more defence spending be financed from the regular budget", False)])

A("019", "2025-01-23T14:45:00Z", "eastbridge-wire", "scholz-ukraine-aid-needs-suspension",
  "Scholz says extra Ukraine aid needs debt brake suspension",
  """BERLIN, Jan 23 (Eastbridge Wire) - Chancellor Olaf Scholz said on Thursday that an additional 3 billion euros in military aid for Ukraine could only be provided this year if parliament agreed to suspend the debt brake.

"I am in favour of it, if it is financed by suspending the debt brake," Scholz told reporters. He said he would not cut pensions or municipal budgets to pay for the package.

Foreign Minister Annalena Baerbock of the Greens had pushed for the aid to be approved quickly. She said the money could be found and that the timing mattered more than the method.

Friedrich Merz said there was no need for an emergency declaration. The aid could be paid from the existing budget, he said, and the conservatives would not help to suspend the debt brake for it.

Officials in Kyiv said they were waiting for a decision.""",
  [("spd", "emergency-suspension", S, "I am in favour of it, if it is financed by suspending the debt brake", True),
   ("cdu-csu", "emergency-suspension", O, "there was no need for an emergency declaration", True)])

A("020", "2025-02-05T17:10:00Z", "lantern-post", "merz-campaign-no-new-special-funds",
  "Merz rules out new special funds and defence exemption",
  """HAMBURG, Feb 5 (Lantern Post) - Friedrich Merz said on Wednesday that a government led by his conservatives would pay for higher defence spending from the regular budget, not by exempting it from the debt brake.

Speaking at a campaign event in Hamburg, the CDU leader said Germany had to learn to set priorities again. He said exempting military spending from the constitutional limit was the wrong path.

CDU general secretary Carsten Linnemann went further. "No new special funds. A special fund is just debt under another name," he said, rejecting SPD plans for a large investment fund.

Christian Lindner, campaigning in Duesseldorf, said the FDP would never join a government that loosened the debt brake. "We will not do it," he said.

Polls show the CDU/CSU on around 30 percent, with the FDP hovering around the 5 percent threshold.""",
  [("cdu-csu", "defence-exemption", O, "would pay for higher defence spending from the regular budget", True),
   ("cdu-csu", "infrastructure-fund", O, "No new special funds. A special fund is just debt under another name", True),
   ("fdp", "debt-brake-reform", O, "the FDP would never join a government that loosened the debt brake", True)])

A("021", "2025-02-12T08:45:00Z", "kestrel-report", "economists-imf-urge-debt-brake-change",
  "Economists and IMF urge next German government to revisit debt brake",
  """FRANKFURT, Feb 12 (Kestrel Report) - With less than two weeks to go before Germany's election, a growing number of economists are urging the next government to change the debt brake, arguing that the country's roads, railways and armed forces have been starved of investment.

The International Monetary Fund said in a recent review that Germany had room to relax its borrowing rule while keeping public debt low by international standards. Clemens Fuest, head of the Ifo institute, said a special fund for defence might be the fastest way to raise military spending.

A former member of the Bundesbank's executive board, who asked not to be named, said the rule had become too rigid for a country facing a war in Europe.

Financial markets expect the next government to borrow more, whatever parties say during the campaign, according to a survey of fund managers in Frankfurt.

The campaign itself has focused more on migration and the economy than on the details of fiscal rules. The conservatives lead the polls ahead of the AfD, the SPD and the Greens.""",
  [])

A("022", "2025-02-24T06:30:00Z", "rhine-courier", "merz-wins-election-fdp-out",
  "Merz's conservatives win German election; FDP out of parliament",
  """BERLIN, Feb 24 (Rhine Courier) - Friedrich Merz's CDU/CSU won Germany's election on Sunday with 28.5 percent, while the far-right AfD came second with its best result, 20.8 percent.

Olaf Scholz's SPD fell to 16.4 percent, its worst result in a national election since the Second World War. The Greens took 11.6 percent and the Left party 8.8 percent. The FDP, which fought any loosening of the debt brake, failed to reach the 5 percent threshold, and Christian Lindner said he would leave politics.

In the new parliament, the AfD and the Left together will hold more than a third of the seats, enough to block changes to the constitution, including to the debt brake.

Asked on election night whether he would seek to change the borrowing rules, Merz declined to say, saying talks with the SPD came first.

Some analysts speculated that Merz might try to use the outgoing parliament, in which the old majorities still apply, to push through extra defence spending before the new Bundestag meets.""",
  [("fdp", "debt-brake-reform", O, "The FDP, which fought any loosening of the debt brake", False)])

A("023", "2025-02-27T13:15:00Z", "harwick-gazette", "left-afd-reject-outgoing-bundestag-plan",
  "Left and AfD reject defence borrowing plan in outgoing parliament",
  """BERLIN, Feb 27 (Harwick Gazette) - The Left party said on Thursday it would not help the conservatives and Social Democrats free defence spending from the debt brake, as reports emerged that the two sides were discussing using the outgoing parliament to do so.

Heidi Reichinnek, the Left's parliamentary leader, said her party would give "no blank cheque for rearmament". She said the Left wanted the debt brake reformed to allow investment in housing, schools and hospitals.

AfD co-leader Tino Chrupalla said his party rejected any plan to exempt defence spending from the limit and accused Merz of betraying his voters before he had even taken office.

Friedrich Merz confirmed that talks with the SPD on defence were under way, but declined to give details. The SPD's Lars Klingbeil said nothing had been decided.

Constitutional lawyers said using the old Bundestag was legally possible until the new one convenes on March 25.""",
  [("left", "defence-exemption", O, "would not help the conservatives and Social Democrats free defence spending from the debt brake", True),
   ("left", "debt-brake-reform", S, "the Left wanted the debt brake reformed to allow investment in housing", True),
   ("afd", "defence-exemption", O, "rejected any plan to exempt defence spending from the limit", True)])

A("024", "2025-03-04T21:30:00Z", "kestrel-report", "merz-spd-agree-defence-exemption-fund",
  "Merz and SPD agree to exempt defence from debt brake and create 500 billion euro fund",
  """BERLIN, Mar 4 (Kestrel Report) - Friedrich Merz's conservatives and the Social Democrats agreed on Tuesday to exempt most defence spending from the debt brake and to set up a 500 billion euro fund for infrastructure, a dramatic turn for a man who campaigned on fiscal restraint.

Under the plan, defence spending above 1 percent of economic output will no longer count against the borrowing limit. The infrastructure fund, financed by debt, will run for twelve years. The changes require a two-thirds majority and are to be voted on by the outgoing Bundestag.

"Given the threats to our freedom and peace on our continent, the rule for our defence now has to be: whatever it takes," Merz told reporters. He said the CDU/CSU backed both the exemption and the fund.

SPD co-leader Lars Klingbeil said the Social Democrats supported the package and that the fund would modernise roads, railways and schools. CSU leader Markus Soeder called it a "turbo" for Germany.

The parties still need the votes of the Greens to reach a two-thirds majority in the old parliament.""",
  [("cdu-csu", "defence-exemption", S, "the rule for our defence now has to be: whatever it takes", True),
   ("cdu-csu", "infrastructure-fund", S, "He said the CDU/CSU backed both the exemption and the fund", True),
   ("spd", "defence-exemption", S, "the Social Democrats supported the package", True),
   ("spd", "infrastructure-fund", S, "the Social Democrats supported the package", True)])

A("025", "2025-03-05T12:40:00Z", "rhine-courier", "greens-fdp-react-to-debt-package",
  "Greens signal openness to debt package but want changes; FDP says no",
  """BERLIN, Mar 5 (Rhine Courier) - The Greens said on Wednesday they were open to talks on the 500 billion euro infrastructure fund agreed by the conservatives and Social Democrats, but would only back it if it included real money for climate protection.

Greens parliamentary leader Katharina Droege said her party would not simply wave the plan through. "We are ready to talk, but this cannot become a pot for election gifts," she said. The Greens, who had long called for defence spending to be freed from the debt limit, did not set out conditions on that part of the plan.

The FDP, which still has seats in the outgoing parliament, rejected the package outright. Parliamentary leader Christian Duerr called it a "debt orgy" and said the Free Democrats would vote against both the defence exemption and the fund.

Merz and the SPD need the Greens because together they lack a two-thirds majority. Some commentators said the Greens held more leverage now than they had had in government.""",
  [("greens", "infrastructure-fund", C, "would only back it if it included real money for climate protection", True),
   ("greens", "defence-exemption", S, "had long called for defence spending to be freed from the debt limit", False),
   ("fdp", "defence-exemption", O, "would vote against both the defence exemption and the fund", True),
   ("fdp", "infrastructure-fund", O, "would vote against both the defence exemption and the fund", True)])

A("026", "2025-03-06T15:20:00Z", "harwick-gazette", "bundesbank-nagel-defence-exemption",
  "Bundesbank says defence exemption defensible if limited",
  """FRANKFURT, Mar 6 (Harwick Gazette) - Bundesbank President Joachim Nagel said on Thursday that exempting defence spending from the debt brake was defensible given the security situation, but only if the exemption was time-limited and the rule as a whole was overhauled.

Nagel said the central bank would publish a detailed proposal for a debt brake reform that allowed more investment while keeping debt under control. He said extra borrowing room should be tied to a falling debt ratio.

"The debt brake has served us well, but it needs to be modernised," Nagel said. He added that the infrastructure fund should pay for additional projects, not replace spending already planned in the budget.

Earlier on Thursday, the European Central Bank cut its key interest rate by a quarter point and said higher defence spending in Europe could push up growth and inflation. ECB President Christine Lagarde declined to comment on German fiscal policy.

German government bond yields rose sharply this week as investors priced in hundreds of billions of euros in new borrowing.""",
  [("bundesbank", "defence-exemption", C, "but only if the exemption was time-limited and the rule as a whole was overhauled", True),
   ("bundesbank", "debt-brake-reform", C, "extra borrowing room should be tied to a falling debt ratio", True)])

A("027", "2025-03-10T11:50:00Z", "eastbridge-wire", "greens-reject-debt-package",
  "Greens say they will vote against Merz's debt package",
  """BERLIN, Mar 10 (Eastbridge Wire) - The Greens said on Monday they would vote against the conservatives' and Social Democrats' plan for a 500 billion euro infrastructure fund, dealing a blow to Friedrich Merz's hopes of passing it quickly.

Greens co-leader Felix Banaszak said the party would recommend that its lawmakers reject the plan in its current form. Katharina Droege said the fund would be used to plug holes in the budget and pay for Merz's campaign promises, not for new investment. "We will not agree to this," she said.

On defence, Droege said the Greens would present their own proposal later this week.

Merz said he stood by the 500 billion euro fund and would make the Greens an offer in the coming days. SPD co-leader Lars Klingbeil said he was confident an agreement could still be found.

Analysts said the Greens' refusal was likely a negotiating tactic and that a deal was still probable before the outgoing parliament votes next week.""",
  [("greens", "infrastructure-fund", O, "We will not agree to this", True),
   ("cdu-csu", "infrastructure-fund", S, "Merz said he stood by the 500 billion euro fund", True)])

A("028", "2025-03-13T16:05:00Z", "lantern-post", "karlsruhe-rejects-afd-left-motions",
  "Constitutional court lets outgoing parliament vote on debt package",
  """KARLSRUHE, Mar 13 (Lantern Post) - Germany's Constitutional Court on Thursday rejected urgent motions by lawmakers from the AfD and the Left that sought to stop the outgoing Bundestag from voting on the debt package.

The judges in Karlsruhe said there was no reason to believe the old parliament lacked the right to amend the constitution before the new one meets on March 25.

AfD co-leader Alice Weidel called the procedure a betrayal of voters. She said the AfD would vote against the defence exemption and against the infrastructure fund.

Jan van Aken of the Left said his party would also vote no. "We will not give our hands to a blank cheque for weapons," he said.

Talks between the conservatives and the Greens continued through the day. A Greens spokeswoman declined to say whether a deal was close.

Budget experts said the package could add about a third to Germany's public debt over a decade.""",
  [("afd", "defence-exemption", O, "She said the AfD would vote against the defence exemption and against the infrastructure fund", True),
   ("afd", "infrastructure-fund", O, "She said the AfD would vote against the defence exemption and against the infrastructure fund", True),
   ("left", "defence-exemption", O, "We will not give our hands to a blank cheque for weapons", True)])

A("029", "2025-03-14T14:30:00Z", "rhine-courier", "greens-back-package-after-climate-money",
  "Greens back debt package after winning 100 billion euros for climate",
  """BERLIN, Mar 14 (Rhine Courier) - The Greens agreed on Friday to back the plan to exempt defence spending from the debt brake and create a 500 billion euro infrastructure fund, after the conservatives and Social Democrats agreed to put 100 billion euros of the fund into climate protection.

The deal also widens the exemption to cover civil protection, the intelligence services and aid to states attacked in breach of international law, such as Ukraine. The goal of climate neutrality by 2045 will be written into the law on the fund.

"We will vote for it," Greens parliamentary leader Katharina Droege said. She said the Greens had turned a package of election gifts into an investment in the future.

Friedrich Merz said the agreement was a strong signal to Germany's partners and to its adversaries. Lars Klingbeil of the SPD said the country would now be able to modernise its infrastructure.

The outgoing Bundestag is due to vote on Tuesday.""",
  [("greens", "infrastructure-fund", S, "The Greens agreed on Friday to back the plan", True),
   ("greens", "defence-exemption", S, "The Greens agreed on Friday to back the plan to exempt defence spending", True),
   ("cdu-csu", "defence-exemption", S, "Merz said the agreement was a strong signal to Germany's partners", True),
   ("cdu-csu", "infrastructure-fund", S, "Merz said the agreement was a strong signal to Germany's partners", True)])

A("030", "2025-03-14T16:55:00Z", "harwick-gazette", "greens-agree-debt-deal-climate",
  "Greens agree to debt package in return for climate money",
  """BERLIN, Mar 14 (Harwick Gazette) - The Greens agreed on Friday to back the plan to exempt defence spending from the debt brake and set up a 500 billion euro infrastructure fund, once the conservatives and Social Democrats had agreed to reserve 100 billion euros of it for climate protection.

The exemption will also be widened to include civil protection, the intelligence services and help for states attacked in breach of international law, such as Ukraine. Climate neutrality by 2045 is to be written into the law setting up the fund.

"We will vote for it," said Katharina Droege, who leads the Greens in parliament. The party had turned a package of election gifts into investment in the future, she said.

Friedrich Merz said the agreement was a strong signal to Germany's partners and adversaries, and the SPD's Lars Klingbeil said the country could now modernise its infrastructure.

The old Bundestag votes on Tuesday.""",
  [("greens", "infrastructure-fund", S, "The Greens agreed on Friday to back the plan", True),
   ("greens", "defence-exemption", S, "The Greens agreed on Friday to back the plan to exempt defence spending", True),
   ("cdu-csu", "defence-exemption", S, "Merz said the agreement was a strong signal to Germany's partners", True),
   ("cdu-csu", "infrastructure-fund", S, "Merz said the agreement was a strong signal to Germany's partners", True)])

A("031", "2025-03-16T10:10:00Z", "kestrel-report", "bavaria-free-voters-soeder-bundesrat",
  "Soeder says Bavaria will back debt package despite coalition partner's doubts",
  """MUNICH, Mar 16 (Kestrel Report) - Bavarian Premier Markus Soeder said on Sunday that Bavaria would vote for the debt package in the upper house, despite doubts from his coalition partner, the Free Voters.

Hubert Aiwanger, the Free Voters' leader and Bavaria's economy minister, had said his party had concerns about the amount of new debt and had not yet decided how to vote. Without his party's consent, Bavaria would have to abstain.

Soeder said the package was necessary for Germany's security and economy and that the CSU fully supported the defence exemption and the infrastructure fund. He said he was confident the Free Voters would come round.

In Munich, several hundred people protested against what organisers called a rush to rearm.

The Bundesrat, where the federal states are represented, is due to vote on Friday, three days after the Bundestag.""",
  [("cdu-csu", "defence-exemption", S, "the CSU fully supported the defence exemption and the infrastructure fund", True),
   ("cdu-csu", "infrastructure-fund", S, "the CSU fully supported the defence exemption and the infrastructure fund", True)])

A("032", "2025-03-18T15:40:00Z", "eastbridge-wire", "bundestag-passes-debt-brake-change",
  "Outgoing Bundestag approves defence exemption and 500 billion euro fund",
  """BERLIN, Mar 18 (Eastbridge Wire) - Germany's outgoing parliament voted on Tuesday to exempt defence spending above 1 percent of economic output from the debt brake and to create a 500 billion euro infrastructure fund, in a historic shift in the country's fiscal policy.

The constitutional amendment passed with 513 votes to 207, comfortably above the two-thirds majority of 489 required.

Lawmakers from the CDU/CSU, the SPD and the Greens voted for the package. The AfD voted against it. The FDP also voted no, with Christian Duerr saying the bill loaded debt onto future generations. The Left party voted against as well.

"Germany is back," Friedrich Merz said during the debate. Olaf Scholz, who remains caretaker chancellor, said the decision would make the country safer.

The Bundesrat must still approve the change on Friday. The new Bundestag, where the AfD and the Left together hold a blocking minority, convenes next week.""",
  [("cdu-csu", "defence-exemption", S, "Lawmakers from the CDU/CSU, the SPD and the Greens voted for the package", True),
   ("cdu-csu", "infrastructure-fund", S, "Lawmakers from the CDU/CSU, the SPD and the Greens voted for the package", True),
   ("spd", "defence-exemption", S, "Lawmakers from the CDU/CSU, the SPD and the Greens voted for the package", True),
   ("spd", "infrastructure-fund", S, "Lawmakers from the CDU/CSU, the SPD and the Greens voted for the package", True),
   ("greens", "defence-exemption", S, "Lawmakers from the CDU/CSU, the SPD and the Greens voted for the package", True),
   ("greens", "infrastructure-fund", S, "Lawmakers from the CDU/CSU, the SPD and the Greens voted for the package", True),
   ("afd", "defence-exemption", O, "The AfD voted against it", True),
   ("afd", "infrastructure-fund", O, "The AfD voted against it", True),
   ("fdp", "defence-exemption", O, "The FDP also voted no", True),
   ("fdp", "infrastructure-fund", O, "The FDP also voted no", True),
   ("left", "defence-exemption", O, "The Left party voted against as well", True),
   ("left", "infrastructure-fund", O, "The Left party voted against as well", True)])

A("033", "2025-03-21T13:00:00Z", "lantern-post", "bundesrat-approves-debt-package",
  "Upper house approves debt package; states with Left ministers vote yes",
  """BERLIN, Mar 21 (Lantern Post) - Germany's upper house of parliament approved the debt package on Friday with 53 of its 69 votes, completing the constitutional change.

Bavaria voted in favour after the Free Voters dropped their objections. Bremen and Mecklenburg-Vorpommern, where the Left party governs with the SPD, also voted yes, even though the Left's lawmakers in the Bundestag had voted against the plan.

Left co-leader Ines Schwerdtner said the state governments had made their own decision. The party's national position had not changed, she said: it still rejected the exemption for arms spending.

Bundesbank President Joachim Nagel said the new money had to be used for additional investment. He said a broader reform of the debt brake should follow, but only if it came with firm rules to keep debt in check.

Caretaker finance minister Joerg Kukies said the first projects could be financed later this year.""",
  [("left", "defence-exemption", O, "it still rejected the exemption for arms spending", True),
   ("bundesbank", "debt-brake-reform", C, "but only if it came with firm rules to keep debt in check", True)])

A("034", "2025-03-25T09:30:00Z", "rhine-courier", "new-bundestag-convenes-blocking-minority",
  "New Bundestag convenes with AfD and Left holding blocking minority",
  """BERLIN, Mar 25 (Rhine Courier) - Germany's newly elected Bundestag met for the first time on Tuesday, a week after its predecessor changed the constitution to free defence spending and infrastructure investment from the debt brake.

The AfD and the Left together hold more than a third of the 630 seats, enough to block further changes to the constitution. AfD co-leader Alice Weidel said her party would use that minority to stop any further loosening of the debt brake.

The Free Democrats are absent for the first time since 2013. Christian Lindner, who last November refused to suspend the debt brake for the 2025 budget, has left politics. Five months on, the 2025 budget has still not been passed.

Julia Kloeckner of the CDU was elected speaker. Coalition talks between the conservatives and the SPD are expected to conclude in April, with Merz aiming to be elected chancellor before Easter.""",
  [("afd", "debt-brake-reform", O, "would use that minority to stop any further loosening of the debt brake", True),
   ("fdp", "emergency-suspension", O, "who last November refused to suspend the debt brake for the 2025 budget", False)])

SHIFTS = [
    ("spd", "early-confidence-vote", "oppose", "conditional", "011",
     "Scholz says he could ask for the confidence vote before Christmas provided the SPD and CDU/CSU groups agree a date; in 006 he set January 15 and in 010 he rejected bringing it forward."),
    ("spd", "early-confidence-vote", "conditional", "support", "013",
     "Scholz says he will put the question of confidence before Christmas as agreed (vote on December 16); in 011 he was only open to it if the groups agreed."),
    ("cdu-csu", "debt-brake-reform", "oppose", "conditional", "014",
     "Merz says the debt brake can of course be reformed and a reform could be discussed if the money goes to investment; baseline: the Union opposed any loosening."),
    ("cdu-csu", "defence-exemption", "oppose", "support", "024",
     "Merz agrees with the SPD to exempt defence above 1% of GDP ('whatever it takes'); in 020 he said defence would be paid from the regular budget, not by an exemption."),
    ("cdu-csu", "infrastructure-fund", "oppose", "support", "024",
     "Merz says the CDU/CSU backs the 500 billion euro fund; in 020 Linnemann ruled out new special funds as debt under another name."),
    ("greens", "infrastructure-fund", "conditional", "oppose", "027",
     "Droege: 'We will not agree to this'; in 025 the Greens would back the fund only with real climate money."),
    ("greens", "infrastructure-fund", "oppose", "support", "029",
     "The Greens agree to back the package after 100 billion euros for climate were added ('We will vote for it'); in 027 they said they would vote against it."),
]

DUPLICATES = [("007", "008"), ("029", "030")]
