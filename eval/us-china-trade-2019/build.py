# Builds articles/*.json, feeds/*.xml and labels.json for the us-china-trade-2019 timeline
# (same format as shared/eval/dev), then validates everything. Self-contained: python3 build.py
import json, os, html, email.utils, datetime, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {'lantern-wire': 'Lantern Wire', 'tidewater-post': 'Tidewater Post', 'granary-report': 'Granary Report',
           'compass-daily': 'Compass Daily', 'eastbridge-review': 'Eastbridge Review'}
A = []
def art(i, when, outlet, slug, title, text, claims=()):
    A.append((i, when, outlet, slug, title, text.strip(), list(claims)))

T, F = True, False

art('001', '2018-12-02T02:40:00Z', 'lantern-wire', 'trump-xi-truce-buenos-aires',
 'Trump and Xi agree 90-day trade truce over dinner in Buenos Aires',
 """BUENOS AIRES, Dec 1 (Lantern Wire) - U.S. President Donald Trump and Chinese President Xi Jinping agreed over dinner on Saturday to a 90-day pause in their trade war, the White House said, after the two leaders met on the sidelines of the G20 summit.

In a statement, the White House said Trump had agreed to leave the 10 percent tariffs on $200 billion of Chinese goods in place on Jan. 1 instead of raising them to 25 percent as planned. If no agreement is reached within 90 days, the rate will go up, it said.

According to the statement, China agreed to buy a "very substantial" amount of agricultural, energy and industrial products from the United States. The two sides would immediately begin talks on structural changes with respect to forced technology transfer, intellectual property protection and cyber theft, it said.

The dinner at a Buenos Aires hotel lasted about two and a half hours. Trump called it an "amazing and productive meeting" on the flight home.""",
 [('usa', 'us-lifts-tariffs', 'oppose', 'agreed to leave the 10 percent tariffs on $200 billion of Chinese goods in place', T),
  ('usa', 'tech-transfer-law', 'support', 'immediately begin talks on structural changes with respect to forced technology transfer', T),
  ('china', 'china-farm-purchases', 'support', 'China agreed to buy a "very substantial" amount of agricultural, energy and industrial products', F)])

art('002', '2018-12-02T04:15:00Z', 'tidewater-post', 'wang-yi-briefs-on-g20-consensus',
 'China says it will buy more U.S. farm goods, aims to remove all extra tariffs',
 """BUENOS AIRES, Dec 2 (Tidewater Post) - China will increase its imports from the United States, starting with farm products, to narrow the trade gap between the two countries, Foreign Minister Wang Yi told reporters after the dinner between Xi Jinping and Donald Trump.

Wang said the two leaders had agreed to stop imposing new tariffs on each other's goods while their teams negotiated. He said the ultimate goal of the talks was to remove all the additional tariffs imposed since the dispute began, which he said had hurt businesses and consumers on both sides.

The Chinese account did not mention the 90-day deadline set out in the White House statement, and Wang declined to say which products Beijing would buy first or in what amounts.

Chinese buyers stopped purchasing American soybeans in July, when Beijing answered U.S. duties with tariffs of its own. Analysts said state-owned traders could return to the market within weeks.""",
 [('china', 'china-farm-purchases', 'support', 'China will increase its imports from the United States, starting with farm products', T),
  ('china', 'us-lifts-tariffs', 'support', 'the ultimate goal of the talks was to remove all the additional tariffs', T)])

art('003', '2018-12-06T13:30:00Z', 'compass-daily', 'huawei-cfo-arrested-in-canada',
 'Huawei finance chief arrested in Canada at U.S. request as trade truce holds',
 """VANCOUVER, Dec 6 (Compass Daily) - Canadian authorities have arrested Meng Wanzhou, the chief financial officer of Chinese telecoms giant Huawei, at the request of the United States, the Canadian justice ministry said on Wednesday. She faces possible extradition.

Huawei said it was not aware of any wrongdoing by Meng. The Chinese embassy in Ottawa demanded her immediate release and said she had violated no law in the United States or Canada.

The arrest took place on Dec. 1, the same day Donald Trump and Xi Jinping were agreeing to a trade truce in Buenos Aires. Asked on television whether the president had known about it in advance, White House economic adviser Larry Kudlow declined to say. He said the trade talks would go ahead on their own track.

Markets fell sharply in Asia on fears that the case could unravel the truce. Several analysts said Beijing might slow down farm purchases in protest, but others expected it to keep the two issues apart.""",
 [])

art('004', '2018-12-13T16:20:00Z', 'granary-report', 'china-returns-to-us-soybeans',
 'Chinese state buyers return to U.S. soybean market; farm groups want tariffs gone',
 """CHICAGO, Dec 13 (Granary Report) - Chinese state-owned companies bought at least 1.1 million tonnes of U.S. soybeans on Wednesday and Thursday, traders said, the first large purchases since Beijing slapped tariffs on American beans in July.

Gao Feng, spokesman for China's Commerce Ministry, said at a weekly briefing in Beijing that the government was carrying out the consensus reached by the two presidents on farm products and energy. He did not give figures.

The American Farm Bureau Federation welcomed the purchases. Its president, Zippy Duvall, said farmers had lost a major market and needed China to keep buying on a large scale, and urged the administration to remove the tariffs that had triggered Chinese retaliation in the first place.

Soybean futures in Chicago rose 1.5 percent on the news. Traders said the beans were priced for shipment early next year and that private Chinese crushers were still staying away.""",
 [('china', 'china-farm-purchases', 'support', 'carrying out the consensus reached by the two presidents on farm products', T),
  ('farm-bureau', 'china-farm-purchases', 'support', 'needed China to keep buying on a large scale', T),
  ('farm-bureau', 'us-lifts-tariffs', 'support', 'urged the administration to remove the tariffs', T)])

art('005', '2018-12-24T09:10:00Z', 'eastbridge-review', 'draft-foreign-investment-law-tech-transfer',
 'China drafts law to ban forced technology transfer',
 """BEIJING, Dec 24 (Eastbridge Review) - China's cabinet has sent lawmakers a draft foreign investment law that would forbid government officials from using administrative means to force foreign companies to hand over their technology, state media said on Monday.

The State Council submitted the draft to the standing committee of the National People's Congress, which began reading it on Sunday. Under the text, the terms of technology cooperation would be set by the companies themselves, and officials who leak foreign firms' trade secrets could face punishment.

Beijing has long denied that foreign companies are forced to transfer technology as a condition of doing business in China, calling the complaint a pretext for U.S. tariffs.

Foreign business groups have pressed for such a rule for years. Analysts said the speed of the drafting suggested Beijing wanted to show progress before a new round of talks with U.S. officials, expected in January.""",
 [('china', 'tech-transfer-law', 'support', 'a draft foreign investment law that would forbid government officials from using administrative means', T),
  ('china', 'tech-transfer-law', 'oppose', 'Beijing has long denied that foreign companies are forced to transfer technology', F)])

art('006', '2019-01-10T08:00:00Z', 'lantern-wire', 'beijing-talks-end-enforcement',
 'U.S.-China talks in Beijing end; Washington says any deal needs enforcement',
 """BEIJING, Jan 10 (Lantern Wire) - Three days of trade talks between U.S. and Chinese officials in Beijing ended on Wednesday, with both sides saying they had made progress but giving few details.

China's Commerce Ministry said the talks had been extensive and detailed and had laid a foundation for resolving each side's concerns. Vice Premier Liu He, Beijing's top economic official, briefly stopped by the venue on Monday.

In a statement, the office of the U.S. Trade Representative said the talks had focused on China's pledge to buy a substantial amount of agricultural, energy and manufactured goods from the United States. It said any agreement would have to be subject to ongoing verification and effective enforcement.

The American delegation was led by deputy trade representative Jeffrey Gerrish. Higher-level talks are expected later this month in Washington.""",
 [('usa', 'china-farm-purchases', 'support', "focused on China's pledge to buy a substantial amount of agricultural, energy and manufactured goods", T),
  ('usa', 'enforcement-mechanism', 'support', 'subject to ongoing verification and effective enforcement', T)])

art('007', '2019-01-31T21:05:00Z', 'tidewater-post', 'liu-he-soybeans-oval-office',
 'Liu He promises 5 million tonnes of soybeans as Trump eyes meeting with Xi',
 """WASHINGTON, Jan 31 (Tidewater Post) - Chinese Vice Premier Liu He told Donald Trump in the Oval Office on Thursday that China would buy 5 million tonnes of U.S. soybeans, a gesture of goodwill at the end of two days of high-level trade talks in Washington.

Trump said he expected to meet Xi Jinping soon to settle the biggest points himself. He said a final deal would have to cover everything, not just purchases.

U.S. Trade Representative Robert Lighthizer, sitting beside him, said enforcement was the biggest issue still open. He said Washington needed a mechanism to make sure China kept its promises, including on technology transfer.

Liu carried a letter from Xi to Trump. It said the two sides should meet each other halfway.""",
 [('china', 'china-farm-purchases', 'support', 'China would buy 5 million tonnes of U.S. soybeans', T),
  ('usa', 'enforcement-mechanism', 'support', 'Washington needed a mechanism to make sure China kept its promises', T)])

art('008', '2019-01-31T23:30:00Z', 'compass-daily', 'china-to-buy-soybeans-trump-xi-summit',
 'China to buy 5 million tonnes of soybeans, Liu tells Trump; enforcement still open',
 """WASHINGTON, Jan 31 (Compass Daily) - China will buy 5 million tonnes of U.S. soybeans, Vice Premier Liu He told President Donald Trump during a meeting in the Oval Office on Thursday that closed two days of high-level trade talks in Washington.

Trump said he expected to see Xi Jinping soon to settle the biggest points in person, and said any final deal would have to cover everything, not just purchases.

Robert Lighthizer, the U.S. Trade Representative, said enforcement remained the biggest open issue. He said Washington needed a mechanism to make sure China kept its promises, including on technology transfer.

Liu brought a letter from Xi to Trump saying the two sides should meet each other halfway. The talks were the highest-level contact since the Buenos Aires truce.""",
 [('china', 'china-farm-purchases', 'support', 'China will buy 5 million tonnes of U.S. soybeans', T),
  ('usa', 'enforcement-mechanism', 'support', 'Washington needed a mechanism to make sure China kept its promises', T)])

art('009', '2019-02-25T02:10:00Z', 'granary-report', 'trump-delays-tariff-increase',
 'Trump delays tariff increase on Chinese goods, citing progress',
 """WASHINGTON, Feb 24 (Granary Report) - President Donald Trump said on Sunday he would delay an increase in tariffs on $200 billion of Chinese goods that had been due to take effect on March 1, citing substantial progress in talks on intellectual property, technology transfer and agriculture.

White House officials stressed that the existing 10 percent duties would stay in place and that only the planned rise to 25 percent had been put off. No new deadline was set.

The American Farm Bureau Federation said the delay was welcome but not enough. Duvall said farmers would not be made whole until the tariffs were lifted and Chinese markets fully reopened.

Republican Senator Chuck Grassley, whose state of Iowa is a top soybean producer, said he hoped a deal could be signed within weeks. Some analysts guessed that a summit between Trump and Xi could come as early as March.""",
 [('usa', 'us-lifts-tariffs', 'oppose', 'the existing 10 percent duties would stay in place', T),
  ('farm-bureau', 'us-lifts-tariffs', 'support', 'farmers would not be made whole until the tariffs were lifted', T)])

art('010', '2019-03-15T07:45:00Z', 'eastbridge-review', 'npc-passes-foreign-investment-law',
 'China passes foreign investment law banning forced technology transfer',
 """BEIJING, March 15 (Eastbridge Review) - China's parliament on Friday passed a foreign investment law that bans the use of administrative means to force foreign companies to transfer technology, a change long sought by Washington.

Delegates to the National People's Congress approved the law with 2,929 votes in favour, eight against and eight abstentions. It takes effect on Jan. 1, 2020.

Premier Li Keqiang told reporters at the close of the session that China would not allow forced technology transfer and would protect foreign firms' intellectual property. He said the law showed China's opening was a long-term commitment.

The EU Chamber of Commerce in China said the text was too vague in places and that much would depend on implementing rules. In Washington, a U.S. official said the law was a step but would need to be backed by enforceable commitments in a trade deal.""",
 [('china', 'tech-transfer-law', 'support', 'passed a foreign investment law that bans the use of administrative means', T),
  ('china', 'tech-transfer-law', 'support', 'China would not allow forced technology transfer', T),
  ('usa', 'enforcement-mechanism', 'support', 'would need to be backed by enforceable commitments in a trade deal', T),
  ('usa', 'tech-transfer-law', 'support', 'a change long sought by Washington', F)])

art('011', '2019-04-09T19:00:00Z', 'lantern-wire', 'eu-china-summit-tech-transfer',
 'EU and China agree forced technology transfer should not take place',
 """BRUSSELS, April 9 (Lantern Wire) - The European Union and China agreed on Tuesday that foreign companies should not be forced to transfer technology, in a joint statement issued after a summit in Brussels that had looked close to failing a day earlier.

European Council President Donald Tusk said the statement was a breakthrough and that, for the first time, China had agreed to make it a priority to strengthen World Trade Organization rules on industrial subsidies. The EU would watch closely whether the promises were kept, he said.

Chinese Premier Li Keqiang said China would treat European firms as it treated its own and that forced technology transfer would not be tolerated.

The summit took place as talks between China and the United States entered what officials on both sides described as the final stretch. Washington was not party to the statement.""",
 [('eu', 'tech-transfer-law', 'support', 'foreign companies should not be forced to transfer technology', T),
  ('china', 'tech-transfer-law', 'support', 'forced technology transfer would not be tolerated', T)])

art('012', '2019-05-07T00:30:00Z', 'tidewater-post', 'lighthizer-china-reneged',
 'Lighthizer says China reneged on commitments; U.S. to raise tariffs Friday',
 """WASHINGTON, May 6 (Tidewater Post) - China has backtracked on commitments it made during months of trade talks, U.S. Trade Representative Robert Lighthizer said on Monday, confirming that tariffs on $200 billion of Chinese goods would rise to 25 percent from 10 percent on Friday.

"Over the course of the last week or so, we have seen an erosion in commitments by China," Lighthizer told reporters. He said Washington would not accept an agreement without firm commitments by Beijing to change its laws on technology transfer.

U.S. officials said privately that Beijing had struck from the draft text its pledges to amend laws on intellectual property and technology transfer, and had balked at the enforcement chapter.

Senate Democratic leader Chuck Schumer urged Trump to "hang tough" and not back down on tariffs. Vice Premier Liu He still plans to travel to Washington this week, China's Commerce Ministry said.""",
 [('usa', 'tech-transfer-law', 'support', 'would not accept an agreement without firm commitments by Beijing to change its laws', T),
  ('china', 'tech-transfer-law', 'oppose', 'Beijing had struck from the draft text its pledges to amend laws', F),
  ('china', 'enforcement-mechanism', 'oppose', 'had balked at the enforcement chapter', F),
  ('usa', 'us-lifts-tariffs', 'oppose', 'tariffs on $200 billion of Chinese goods would rise to 25 percent', T),
  ('democrats', 'us-lifts-tariffs', 'oppose', 'urged Trump to "hang tough" and not back down on tariffs', T)])

art('013', '2019-05-11T01:20:00Z', 'granary-report', 'tariffs-rise-liu-he-conditions',
 'U.S. raises tariffs to 25 percent; Liu He says all extra duties must go',
 """WASHINGTON, May 10 (Granary Report) - The United States raised tariffs on $200 billion of Chinese imports to 25 percent on Friday, and two days of talks in Washington ended without a deal.

Treasury Secretary Steven Mnuchin called the talks constructive. The White House said Trump had also ordered the process begun to put tariffs on nearly all remaining imports from China.

Vice Premier Liu He told Chinese reporters afterwards that China would not make concessions on matters of principle. He said any agreement had to begin with the removal of all the additional tariffs and had to be balanced, with the wording acceptable to both countries.

Liu described the latest round as not a breakdown but a normal setback. Soybean futures fell to their lowest level in a decade.""",
 [('china', 'us-lifts-tariffs', 'support', 'any agreement had to begin with the removal of all the additional tariffs', T),
  ('usa', 'us-lifts-tariffs', 'oppose', 'raised tariffs on $200 billion of Chinese imports to 25 percent', T)])

art('014', '2019-05-16T11:00:00Z', 'compass-daily', 'huawei-entity-list',
 'U.S. puts Huawei on trade blacklist; Beijing vows to protect its firms',
 """WASHINGTON, May 16 (Compass Daily) - The U.S. Commerce Department said on Wednesday it was adding Huawei Technologies to its Entity List, a move that bars the Chinese company from buying parts and software from American firms without a government licence.

Commerce Secretary Wilbur Ross said the step would prevent American technology from being used by foreign-owned companies in ways that threaten U.S. national security. President Trump earlier signed an executive order aimed at keeping telecoms equipment from "foreign adversaries" out of U.S. networks.

In Beijing, China's Commerce Ministry said China firmly opposed any country imposing unilateral sanctions on Chinese companies and called on Washington to stop the practice. Spokesman Gao Feng said China would take the necessary steps to protect its firms.

Huawei said the restrictions would harm American companies and that it would seek remedies.""",
 [('usa', 'huawei-restrictions-dropped', 'oppose', 'the step would prevent American technology from being used by foreign-owned companies', T),
  ('china', 'huawei-restrictions-dropped', 'support', 'China firmly opposed any country imposing unilateral sanctions on Chinese companies', T)])

art('015', '2019-05-24T15:40:00Z', 'eastbridge-review', 'huawei-bargaining-chip-warning',
 'Democrats warn Trump against trading Huawei curbs for a deal',
 """WASHINGTON, May 24 (Eastbridge Review) - Senate Democrats warned President Donald Trump on Friday not to bargain away the restrictions on Huawei in trade talks with China, amid speculation in Washington that the company could become a bargaining chip.

Chuck Schumer, the Democratic leader, said the curbs on Huawei were a matter of national security and must stay in place whatever happened with trade. Several Republicans, including Senator Marco Rubio, also said the blacklisting should not be up for negotiation.

Asked whether Huawei would be on the table when negotiators next met, White House economic adviser Larry Kudlow declined to say. Some analysts guessed the administration was keeping the issue as leverage.

No date has been set for new talks. Trump and Xi Jinping are both expected at the G20 summit in Osaka next month.""",
 [('democrats', 'huawei-restrictions-dropped', 'oppose', 'the curbs on Huawei were a matter of national security and must stay in place', T)])

art('016', '2019-06-02T06:30:00Z', 'lantern-wire', 'china-white-paper-principles',
 'China says it will not yield on principle, blames U.S. for collapse of talks',
 """BEIJING, June 2 (Lantern Wire) - China accused the United States on Sunday of wrecking trade talks by backtracking and piling on demands, and said it would not compromise on major issues of principle.

In a white paper released by the State Council Information Office, the government said Washington had insisted on "mandatory requirements" that reached into China's sovereign affairs. Vice Commerce Minister Wang Shouwen told a news conference that China was ready to address concerns about technology transfer, but only in a deal that respected its sovereignty and treated both sides as equals.

Wang said raising tariffs could not solve anything and that the additional duties had to be removed for any agreement to work.

He declined to say whether Xi Jinping would meet Trump in Osaka. The U.S. Trade Representative's office did not comment on the paper on Sunday.""",
 [('china', 'tech-transfer-law', 'conditional', 'ready to address concerns about technology transfer, but only in a deal that respected', T),
  ('china', 'us-lifts-tariffs', 'support', 'the additional duties had to be removed for any agreement to work', T)])

art('017', '2019-06-18T22:00:00Z', 'tidewater-post', 'lighthizer-testifies-enforcement',
 'Lighthizer tells Congress he will not sign a deal without enforcement',
 """WASHINGTON, June 18 (Tidewater Post) - U.S. Trade Representative Robert Lighthizer told lawmakers on Tuesday that he would not put his name to any agreement with China that did not have a real enforcement mechanism, as President Trump said he would meet Xi Jinping in Osaka next week.

Testifying before the Senate Finance Committee, Lighthizer said past promises by Beijing had not been kept because there was nothing to make them stick. He said the restrictions on Huawei were a national security matter and were not part of the trade negotiations.

Trump wrote on Twitter that he had had a very good telephone call with Xi and that their teams would resume talks before the summit.

Several senators from farm states told Lighthizer that growers could not hold out much longer. Chinese state media said Xi had told Trump that the two sides should resolve their differences through dialogue.""",
 [('usa', 'enforcement-mechanism', 'support', 'any agreement with China that did not have a real enforcement mechanism', T),
  ('usa', 'huawei-restrictions-dropped', 'oppose', 'the restrictions on Huawei were a national security matter', T)])

art('018', '2019-06-29T08:30:00Z', 'lantern-wire', 'osaka-truce-huawei-sales',
 'Trump and Xi agree to restart talks; U.S. firms may sell to Huawei',
 """OSAKA, June 29 (Lantern Wire) - U.S. President Donald Trump said on Saturday that he would hold off on new tariffs on Chinese goods and that American companies could sell equipment to Huawei, as long as the sales raised no great national security problem, after meeting Xi Jinping at the G20 summit.

"We won't be lifting tariffs," Trump told a news conference at the end of the summit, adding that the existing duties would stay in place while talks resumed. He said China had agreed to buy large amounts of U.S. farm products soon.

Chinese state media said Xi had told Trump that Washington should treat Chinese companies fairly, and that China hoped the United States would lift its measures against Chinese firms.

The meeting lasted about 80 minutes. Japanese Prime Minister Shinzo Abe, the summit host, welcomed the outcome.""",
 [('usa', 'huawei-restrictions-dropped', 'conditional', 'American companies could sell equipment to Huawei, as long as the sales raised no', T),
  ('usa', 'us-lifts-tariffs', 'oppose', '"We won\'t be lifting tariffs," Trump told a news conference', T),
  ('china', 'china-farm-purchases', 'support', 'China had agreed to buy large amounts of U.S. farm products soon', F),
  ('china', 'huawei-restrictions-dropped', 'support', 'China hoped the United States would lift its measures against Chinese firms', T)])

art('019', '2019-06-29T10:05:00Z', 'compass-daily', 'trump-xi-osaka-huawei-relief',
 'Trump eases stance on Huawei sales after Osaka meeting with Xi',
 """OSAKA, June 29 (Compass Daily) - President Donald Trump said on Saturday that U.S. companies would be allowed to sell equipment to Huawei where the sales posed no great national security problem, and that he would not put new tariffs on Chinese goods for now, after talks with Xi Jinping at the G20.

"We won't be lifting tariffs," Trump said at a news conference, explaining that the current duties would remain while negotiations restarted. China had agreed to buy a large quantity of American farm goods shortly, he said.

According to Chinese state media, Xi told Trump that Washington should treat Chinese companies fairly, and that China hoped the United States would lift its measures against Chinese firms.

The two leaders met for about 80 minutes in Osaka.""",
 [('usa', 'huawei-restrictions-dropped', 'conditional', 'U.S. companies would be allowed to sell equipment to Huawei where the sales posed', T),
  ('usa', 'us-lifts-tariffs', 'oppose', '"We won\'t be lifting tariffs," Trump said at a news conference', T),
  ('china', 'china-farm-purchases', 'support', 'China had agreed to buy a large quantity of American farm goods shortly', F),
  ('china', 'huawei-restrictions-dropped', 'support', 'China hoped the United States would lift its measures against Chinese firms', T)])

art('020', '2019-07-01T14:00:00Z', 'eastbridge-review', 'kudlow-not-general-amnesty',
 'Kudlow says Huawei relief is "not a general amnesty"',
 """WASHINGTON, July 1 (Eastbridge Review) - Huawei will remain on the U.S. Entity List, White House economic adviser Larry Kudlow said on Sunday, playing down President Donald Trump's offer in Osaka to let American firms resume some sales to the Chinese company.

"This is not a general amnesty," Kudlow said in a television interview. He said the Commerce Department would grant more licences for sales of widely available parts, but only where there was no threat to national security.

Schumer said easing the restrictions would be a major mistake and that Huawei should not be used as a bargaining chip. Republican Senator Marco Rubio said he was ready to write the restrictions into law if the administration backed off.

Huawei declined to comment. Shares in U.S. chipmakers that supply the company rose on Monday.""",
 [('usa', 'huawei-restrictions-dropped', 'conditional', 'would grant more licences for sales of widely available parts, but only where', T),
  ('democrats', 'huawei-restrictions-dropped', 'oppose', 'easing the restrictions would be a major mistake', T)])

art('021', '2019-08-02T01:15:00Z', 'granary-report', 'trump-new-tariffs-300-billion',
 'Trump announces tariffs on remaining $300 billion of Chinese imports',
 """WASHINGTON, Aug 1 (Granary Report) - President Donald Trump said on Thursday that he would impose a 10 percent tariff on the remaining $300 billion of Chinese imports from Sept. 1, abruptly ending the truce he agreed with Xi Jinping in Osaka.

Trump said on Twitter that China had not bought the farm products it promised and had not stopped the flow of fentanyl into the United States. He said the new duties could rise further if talks failed to make progress, and that the tariffs already in force would stay.

The announcement came a day after U.S. negotiators Robert Lighthizer and Steven Mnuchin returned from a short round of talks in Shanghai that both sides had called constructive.

Stocks fell on Wall Street and oil prices dropped more than 7 percent. Farm groups said they were dismayed.""",
 [('usa', 'us-lifts-tariffs', 'oppose', 'the tariffs already in force would stay', T),
  ('usa', 'china-farm-purchases', 'support', 'China had not bought the farm products it promised', T)])

art('022', '2019-08-06T03:00:00Z', 'tidewater-post', 'china-halts-us-farm-purchases',
 'China halts purchases of U.S. farm goods in response to new tariffs',
 """BEIJING, Aug 6 (Tidewater Post) - Chinese companies have stopped buying American agricultural products, China's Commerce Ministry said early on Tuesday, in response to President Donald Trump's plan for new tariffs.

The ministry said in a statement that the relevant companies had suspended new purchases of U.S. farm goods, and that China would not rule out import tariffs on American agricultural products bought after Aug. 3. It said the U.S. move had seriously violated the consensus reached by the two leaders in Osaka.

Hours earlier the U.S. Treasury labelled China a currency manipulator after the yuan weakened past seven per dollar.

Zippy Duvall of the American Farm Bureau Federation said the halt was a heavy blow and that farmers needed the Chinese market back. Soybean futures slid to a two-month low.""",
 [('china', 'china-farm-purchases', 'oppose', 'the relevant companies had suspended new purchases of U.S. farm goods', T),
  ('farm-bureau', 'china-farm-purchases', 'support', 'farmers needed the Chinese market back', T)])

art('023', '2019-09-12T23:40:00Z', 'compass-daily', 'trump-delays-october-increase',
 'Trump delays October tariff increase as "goodwill gesture" to China',
 """WASHINGTON, Sept 11 (Compass Daily) - President Donald Trump said on Wednesday he would push back a planned increase in tariffs on $250 billion of Chinese goods by two weeks, to Oct. 15, calling it a gesture of goodwill at the request of Vice Premier Liu He.

The increase, from 25 percent to 30 percent, had been due on Oct. 1, the 70th anniversary of the founding of the People's Republic. The existing duties are not affected.

Traders in Chicago said Chinese importers had asked for price quotes on U.S. soybeans and pork this week. Analysts said Beijing might soon resume some purchases, but China's Commerce Ministry declined to say whether or when buying would restart.

Negotiators are expected to meet in Washington in early October.""",
 [])

art('024', '2019-10-12T00:10:00Z', 'eastbridge-review', 'trump-announces-phase-one',
 'Trump announces "phase one" deal; Beijing silent on purchase figures',
 """WASHINGTON, Oct 11 (Eastbridge Review) - President Donald Trump said on Friday that the United States and China had reached a "very substantial phase one deal", after meeting Vice Premier Liu He in the Oval Office.

Trump said China had agreed to buy $40 billion to $50 billion a year of U.S. agricultural products and that the increase in tariffs set for Oct. 15 would be suspended. He said the agreement still had to be written down and could take up to five weeks.

Liu said the two sides had made substantial progress in many areas and that China was happy with it, but he gave no figures. Chinese officials declined to confirm the size of the farm purchases.

Treasury Secretary Steven Mnuchin said no decision had been taken on tariffs planned for Dec. 15.""",
 [('china', 'china-farm-purchases', 'support', 'China had agreed to buy $40 billion to $50 billion a year', F)])

art('025', '2019-11-07T21:30:00Z', 'lantern-wire', 'gao-feng-phased-rollback',
 'China says both sides agreed to cancel tariffs in phases; Navarro says no deal on that',
 """BEIJING, Nov 7 (Lantern Wire) - China and the United States have agreed to cancel the tariffs imposed during their trade war in phases as they make progress toward a deal, China's Commerce Ministry said on Thursday.

Spokesman Gao Feng told a weekly briefing that removing the additional tariffs was an important condition for any agreement, and that the two sides had agreed to roll them back step by step and in equal proportion.

Later in Washington, White House trade adviser Peter Navarro said in a television interview that there was no agreement at this point to remove any of the existing tariffs. Only the president could make that decision, he said.

Markets rose on the Chinese statement. Some analysts said the two sides appeared to be negotiating in public.""",
 [('china', 'us-lifts-tariffs', 'support', 'removing the additional tariffs was an important condition for any agreement', T),
  ('usa', 'us-lifts-tariffs', 'oppose', 'no agreement at this point to remove any of the existing tariffs', T)])

art('026', '2019-11-08T19:45:00Z', 'tidewater-post', 'trump-havent-agreed-rollback',
 'Trump says he has not agreed to roll back tariffs on China',
 """WASHINGTON, Nov 8 (Tidewater Post) - President Donald Trump said on Friday he had not agreed to remove tariffs on Chinese goods, contradicting Beijing's account of the state of the talks.

"I haven't agreed to anything," Trump told reporters on the White House lawn before leaving for Georgia. He said China would like a rollback, not a complete one, because it knew he would not do that.

He said the talks were going well and that China wanted a deal more than he did. The signing of a first-phase agreement could take place in the United States, he said, though no venue has been chosen.

Beijing's Commerce Ministry had said a day earlier that both sides agreed to phase out tariffs.""",
 [('usa', 'us-lifts-tariffs', 'oppose', '"I haven\'t agreed to anything," Trump told reporters', T),
  ('china', 'us-lifts-tariffs', 'support', 'both sides agreed to phase out tariffs', F)])

art('027', '2019-11-22T09:00:00Z', 'granary-report', 'liu-he-invites-negotiators-beijing',
 'Liu He invites U.S. negotiators to Beijing as Hong Kong bill clouds talks',
 """BEIJING, Nov 22 (Granary Report) - Chinese Vice Premier Liu He has invited Robert Lighthizer and Steven Mnuchin to Beijing for face-to-face talks, people familiar with the matter said, as the two sides try to finish the text of a first-phase agreement.

Liu told a forum in Beijing that he was cautiously optimistic. He did not discuss any specific element of the deal.

The U.S. Senate this week passed a bill supporting protesters in Hong Kong, which Beijing condemned as interference in its internal affairs. Analysts said the bill could slow the trade talks but would probably not derail them.

The Chinese side is pressing for a larger rollback of tariffs, according to people briefed on the negotiations, while the U.S. side wants firmer purchase numbers.""",
 [('china', 'us-lifts-tariffs', 'support', 'The Chinese side is pressing for a larger rollback of tariffs', F),
  ('usa', 'china-farm-purchases', 'support', 'the U.S. side wants firmer purchase numbers', F)])

art('028', '2019-12-13T18:30:00Z', 'lantern-wire', 'ustr-phase-one-tariff-cuts',
 'U.S. to halve some China tariffs under phase one deal, keep 25% duties',
 """WASHINGTON, Dec 13 (Lantern Wire) - The United States will cut the tariff on $120 billion of Chinese goods to 7.5 percent from 15 percent and cancel duties that were due on Sunday, the U.S. Trade Representative's office said on Friday, announcing a first-phase trade agreement with China.

The 25 percent tariffs on about $250 billion of Chinese goods will stay. Robert Lighthizer told reporters that any further reduction would depend on how well China carried out the deal and on progress in a second phase of talks.

Lighthizer said the agreement contained a strong enforcement mechanism, under which Washington could act if complaints were not settled through consultations. According to the USTR, China had committed to buy an extra $200 billion of U.S. goods and services over two years and to end pressure on foreign firms to transfer technology.

Trump wrote on Twitter that the deal was "amazing". The text has not yet been published.""",
 [('usa', 'us-lifts-tariffs', 'conditional', 'any further reduction would depend on how well China carried out the deal', T),
  ('usa', 'enforcement-mechanism', 'support', 'the agreement contained a strong enforcement mechanism', T),
  ('china', 'china-farm-purchases', 'support', 'China had committed to buy an extra $200 billion of U.S. goods', F),
  ('china', 'tech-transfer-law', 'support', 'to end pressure on foreign firms to transfer technology', F)])

art('029', '2019-12-13T22:00:00Z', 'eastbridge-review', 'beijing-confirms-phase-one',
 'Beijing confirms deal, says it will buy more U.S. farm goods but gives no figure',
 """BEIJING, Dec 14 (Eastbridge Review) - China will increase its purchases of American agricultural products, energy and services, Vice Commerce Minister Wang Shouwen said at a late-night news conference on Friday announcing the first-phase deal.

He declined to confirm the $50 billion figure for annual farm purchases cited by U.S. officials, saying only that China would buy more. The United States would cancel its tariffs on Chinese goods in stages, he said, and China had pressed for that throughout.

Wang said the agreement set up a dispute resolution arrangement that was fair to both sides and that China accepted it. Ning Jizhe, deputy head of the state planning agency, said the deal was good for China, for the United States and for the world.

China also suspended retaliatory tariffs that had been due on Sunday.""",
 [('china', 'china-farm-purchases', 'support', 'China will increase its purchases of American agricultural products', T),
  ('china', 'us-lifts-tariffs', 'support', 'China had pressed for that throughout', T),
  ('china', 'enforcement-mechanism', 'support', 'a dispute resolution arrangement that was fair to both sides and that China accepted', T)])

art('030', '2019-12-16T16:00:00Z', 'compass-daily', 'schumer-soybeans-sellout',
 'Schumer says Trump traded leverage for soybean promises; farm groups cheer',
 """WASHINGTON, Dec 16 (Compass Daily) - Senate Democratic leader Chuck Schumer said on Monday that President Donald Trump had given away his leverage over China in exchange for promises to buy soybeans, and had failed to win the structural changes the trade war was meant to deliver.

Schumer said the tariffs should not have been cut until Beijing agreed to rewrite its rules on forced technology transfer and industrial subsidies. He said he doubted China would keep its promises.

The American Farm Bureau Federation took a different view. Its president, Zippy Duvall, said the purchase commitments were good news for farmers and that the group hoped the remaining tariffs would be removed in the next phase.

The White House said the deal was the most significant trade agreement with China in decades.""",
 [('democrats', 'us-lifts-tariffs', 'oppose', 'the tariffs should not have been cut until Beijing agreed', T),
  ('democrats', 'tech-transfer-law', 'support', 'until Beijing agreed to rewrite its rules on forced technology transfer', T),
  ('farm-bureau', 'china-farm-purchases', 'support', 'the purchase commitments were good news for farmers', T),
  ('farm-bureau', 'us-lifts-tariffs', 'support', 'hoped the remaining tariffs would be removed in the next phase', T)])

art('031', '2020-01-15T20:30:00Z', 'tidewater-post', 'phase-one-signed-white-house',
 'Trump and Liu He sign phase one trade deal at the White House',
 """WASHINGTON, Jan 15 (Tidewater Post) - President Donald Trump and Chinese Vice Premier Liu He signed a first-phase trade agreement at a ceremony in the East Room of the White House on Wednesday, easing an 18-month trade war.

Under the 86-page text, China commits not to require or pressure foreign companies to transfer technology as a condition for market access, and to buy an additional $200 billion of U.S. goods and services over two years, including $32 billion more in farm products. Disputes are to be settled through a bilateral evaluation process that lets either side take proportionate measures.

Liu read a letter from Xi Jinping saying the deal showed the two countries could resolve their differences through dialogue. He said Chinese companies would buy American goods based on market conditions.

Trump said the remaining tariffs would stay in place as leverage. He said he would take them off if the two sides were able to complete a second phase.""",
 [('china', 'tech-transfer-law', 'support', 'China commits not to require or pressure foreign companies to transfer technology', T),
  ('china', 'china-farm-purchases', 'support', 'including $32 billion more in farm products', T),
  ('china', 'enforcement-mechanism', 'support', 'Disputes are to be settled through a bilateral evaluation process', T),
  ('usa', 'enforcement-mechanism', 'support', 'Disputes are to be settled through a bilateral evaluation process', T),
  ('usa', 'us-lifts-tariffs', 'conditional', 'he would take them off if the two sides were able to complete', T)])

art('032', '2020-01-16T17:15:00Z', 'granary-report', 'hogan-eu-wto-compliance',
 'EU will check U.S.-China deal for WTO compliance, Hogan says',
 """WASHINGTON, Jan 16 (Granary Report) - The European Union will study the trade deal between the United States and China to make sure it complies with World Trade Organization rules and does not squeeze out European exporters, EU Trade Commissioner Phil Hogan said on Thursday.

Hogan, on his first visit to Washington in the job, said the bloc could accept China buying more American farm goods only if the purchases did not come at the expense of European producers. If they did, the EU would take the case to the WTO, he said.

He said the EU shared U.S. concerns about forced technology transfer and wanted to work with Washington on new rules for industrial subsidies.

Treasury Secretary Steven Mnuchin said on Thursday that Huawei had not been part of the agreement and that the remaining tariffs would stay in place as leverage for the second phase.""",
 [('eu', 'china-farm-purchases', 'conditional', 'could accept China buying more American farm goods only if the purchases did not', T),
  ('eu', 'tech-transfer-law', 'support', 'the EU shared U.S. concerns about forced technology transfer', T),
  ('usa', 'us-lifts-tariffs', 'conditional', 'the remaining tariffs would stay in place as leverage for the second phase', T)])

art('033', '2020-02-07T02:30:00Z', 'compass-daily', 'china-halves-tariffs-keeps-purchase-pledge',
 'China halves tariffs on $75 billion of U.S. goods, says it will honour purchase pledge',
 """BEIJING, Feb 6 (Compass Daily) - China will halve the extra tariffs it imposed on $75 billion of American goods from Feb. 14, the day the first-phase trade deal takes effect, the finance ministry said on Thursday.

A Commerce Ministry official said China would honour its commitment to buy more U.S. farm products under the agreement despite the outbreak of the new coronavirus, which has shut factories and disrupted shipping across the country.

Some analysts said Beijing could invoke a clause in the deal that allows consultations in case of a natural disaster or other unforeseeable event. White House economic adviser Larry Kudlow said he did not expect the virus to derail the purchases.

The U.S. will cut its own tariff on $120 billion of Chinese goods to 7.5 percent on the same day.""",
 [('china', 'china-farm-purchases', 'support', 'China would honour its commitment to buy more U.S. farm products', T)])

WATCHLIST = """# us-china-trade-2019: tracked actors and issues (US-China trade talks 2018-2020, Phase One deal).
# An issue is a proposition under negotiation; a stance is an actor's position on that proposition
# (support | oppose | conditional). Capitals and buildings are also used as plain locations
# ("talks were held in Beijing", "a ceremony at the White House"); such mentions carry no stance.

actors:
  - id: usa
    name: United States (Trump administration)
    aliases: [United States, US, U.S., Washington, White House, Trump administration, Donald Trump, Trump, President Trump, Robert Lighthizer, Lighthizer, U.S. Trade Representative, USTR, Steven Mnuchin, Mnuchin, Treasury, Larry Kudlow, Kudlow, Peter Navarro, Navarro, Wilbur Ross, Ross, Commerce Department]
  - id: china
    name: China (central government)
    aliases: [China, Chinese government, Beijing, Xi Jinping, Xi, Liu He, Vice Premier Liu He, Wang Yi, Li Keqiang, Commerce Ministry, Ministry of Commerce, MOFCOM, Gao Feng, Wang Shouwen, Ning Jizhe, State Council]
  - id: eu
    name: European Union (institutions)
    aliases: [European Union, EU, Brussels, European Commission, European Council, Donald Tusk, Tusk, Phil Hogan, Hogan, Cecilia Malmstrom, Malmstrom]
  - id: democrats
    name: Congressional Democrats led by Chuck Schumer
    aliases: [Democrats, Senate Democrats, Chuck Schumer, Schumer, Nancy Pelosi, Pelosi]
  - id: farm-bureau
    name: American Farm Bureau Federation
    aliases: [American Farm Bureau Federation, Farm Bureau, AFBF, Zippy Duvall, Duvall]

issues:
  - id: us-lifts-tariffs
    name: The United States lifts its tariffs on Chinese goods
    description: Washington removes or rolls back the additional tariffs imposed on imports from China since 2018.
    terms: [lift tariffs, remove tariffs, tariff rollback, roll back tariffs, tariffs on Chinese goods, cancel tariffs]
  - id: china-farm-purchases
    name: China buys more U.S. farm goods
    description: China commits to and carries out large additional purchases of American agricultural products.
    terms: [farm purchases, agricultural products, soybeans, buy US farm goods, purchase commitments]
  - id: tech-transfer-law
    name: China changes its laws to end forced technology transfer
    description: China adopts legal or binding commitments that stop pressure on foreign companies to hand over technology.
    terms: [forced technology transfer, technology transfer, structural changes, intellectual property, foreign investment law]
  - id: huawei-restrictions-dropped
    name: The United States drops its restrictions on Huawei
    description: Washington lifts or eases the export ban that keeps US suppliers from selling to Huawei (the Entity List listing).
    terms: [Huawei, entity list, blacklist, export restrictions, licences, sell to Huawei]
  - id: enforcement-mechanism
    name: The trade deal includes an enforcement mechanism
    description: The agreement contains a binding procedure for enforcing China's commitments, letting the aggrieved side respond if they are broken.
    terms: [enforcement mechanism, enforcement, dispute resolution, verification, snap back]

# Known starting positions before the first article (all consistent with the articles; none implies a shift).
baseline:
  - {actor: usa, issue: us-lifts-tariffs, stance: oppose}
  - {actor: china, issue: us-lifts-tariffs, stance: support}
  - {actor: usa, issue: china-farm-purchases, stance: support}
  - {actor: china, issue: china-farm-purchases, stance: conditional}
  - {actor: usa, issue: tech-transfer-law, stance: support}
  - {actor: china, issue: tech-transfer-law, stance: oppose}
  - {actor: usa, issue: enforcement-mechanism, stance: support}
  - {actor: eu, issue: tech-transfer-law, stance: support}
  - {actor: farm-bureau, issue: china-farm-purchases, stance: support}
  - {actor: farm-bureau, issue: us-lifts-tariffs, stance: support}
"""
BASELINE = re.findall(r"\{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}", WATCHLIST)

SHIFTS = [
 ('china', 'china-farm-purchases', 'conditional', 'support', '002',
  "Wang Yi says China will increase imports from the US, starting with farm products; since July Beijing had stopped buying US farm goods and tied purchases to a settlement."),
 ('china', 'tech-transfer-law', 'oppose', 'support', '005',
  "The State Council sends lawmakers a draft law forbidding administrative pressure to transfer technology (China's own formal act); Beijing had denied the practice existed."),
 ('china', 'tech-transfer-law', 'support', 'conditional', '016',
  "Wang Shouwen says China is ready to address technology-transfer concerns only in a deal that respects its sovereignty; earlier (010, 011) China passed the law and pledged outright that forced transfer would not be allowed."),
 ('usa', 'huawei-restrictions-dropped', 'oppose', 'conditional', '018',
  "In Osaka Trump says US firms may sell to Huawei as long as there is no great national-security problem; in 014 and 017 the administration blacklisted Huawei and called the curbs a security matter."),
 ('china', 'china-farm-purchases', 'support', 'oppose', '022',
  "The Commerce Ministry says Chinese companies have suspended new purchases of US farm goods; before (007, 004) China pledged and made purchases."),
 ('usa', 'us-lifts-tariffs', 'oppose', 'conditional', '028',
  "USTR halves the 15% tariff and Lighthizer says further reductions depend on China's implementation and phase two; before (021, 025, 026) Washington refused any rollback."),
 ('china', 'china-farm-purchases', 'oppose', 'support', '029',
  "Wang Shouwen says China will increase purchases of US farm products; the last attributed Chinese position (022) was the suspension. Reports in 024 and 028 come from US officials (attributed false) and do not move it."),
 ('china', 'tech-transfer-law', 'conditional', 'support', '031',
  "China signs the Phase One text committing not to require or pressure foreign companies to transfer technology; its last own statement (016) made this conditional on a sovereignty-respecting deal."),
]

def rfc822(iso):
    d = datetime.datetime.strptime(iso, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=datetime.timezone.utc)
    return email.utils.format_datetime(d, usegmt=True)

def build():
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    open(os.path.join(HERE, 'watchlist.yaml'), 'w').write(WATCHLIST)
    claims, recs = {}, {}
    for i, when, outlet, slug, title, text, cl in A:
        y, m, d = when[:4], when[5:7], when[8:10]
        rec = {'id': i, 'published': when, 'source': OUTLETS[outlet],
               'url': f'https://example.org/{outlet}/{y}/{m}/{d}/{slug}', 'title': title, 'text': text}
        recs[i] = (outlet, rec)
        with open(os.path.join(HERE, 'articles', f'{i}.json'), 'w') as f:
            json.dump(rec, f, indent=2, ensure_ascii=False); f.write('\n')
        claims[i] = [{'actor': a, 'issue': s, 'stance': st, 'quote': q, 'attributed': at} for a, s, st, q, at in cl]
    shift_articles = {s[4] for s in SHIFTS}
    labels = {'claims': claims,
              'shifts': [{'actor': a, 'issue': s, 'from': fr, 'to': to, 'article': art_, 'why': why}
                         for a, s, fr, to, art_, why in SHIFTS],
              'no_alert_articles': [i for i in claims if i not in shift_articles]}
    with open(os.path.join(HERE, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=1, ensure_ascii=False); f.write('\n')
    for outlet, name in OUTLETS.items():
        items = sorted([r for o, r in recs.values() if o == outlet], key=lambda r: r['published'], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{html.escape(name)}</title>', f'    <link>https://example.org/{outlet}/</link>',
               f'    <description>{html.escape(name)}: fictional outlet for the us-china-trade-2019 evaluation set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{rfc822(items[0]["published"])}</lastBuildDate>']
        for r in items:
            out += ['    <item>', f'      <title>{html.escape(r["title"])}</title>',
                    f'      <link>{html.escape(r["url"])}</link>',
                    f'      <guid isPermaLink="true">{html.escape(r["url"])}</guid>',
                    f'      <pubDate>{rfc822(r["published"])}</pubDate>',
                    f'      <description>{html.escape(r["text"], quote=False)}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        open(os.path.join(HERE, 'feeds', f'{outlet}.xml'), 'w').write('\n'.join(out))
    return labels

def validate(labels):
    errs = []
    actors = set(re.findall(r"^  - id: ([\w-]+)\n    name: .*\n    aliases", WATCHLIST, re.M))
    issues = set(re.findall(r"^  - id: ([\w-]+)\n    name: .*\n    description", WATCHLIST, re.M))
    assert len(actors) == 5 and len(issues) == 5, (actors, issues)
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')))
    ids = [a[0] for a in A]
    if files != ids or ids != [f'{n:03d}' for n in range(1, len(ids) + 1)]: errs.append('ids/files mismatch')
    pubs = [a[1] for a in A]
    if pubs != sorted(pubs): errs.append('ids not in publication order')
    for i in ids:
        rec = json.load(open(os.path.join(HERE, 'articles', f'{i}.json')))
        n = len(rec['text'].split())
        if not 120 <= n <= 260: errs.append(f'{i}: {n} words')
        if not re.match(r'^[A-Z ]+, [A-Z][a-z]+\.? \d{1,2} \(' + re.escape(rec['source']) + r'\) - ', rec['text']):
            errs.append(f'{i}: dateline')
        for c in labels['claims'][i]:
            if c['quote'] not in rec['text']: errs.append(f'{i}: quote not in text: {c["quote"]}')
            if len(c['quote'].split()) > 15: errs.append(f'{i}: quote > 15 words: {c["quote"]}')
            if c['actor'] not in actors: errs.append(f'{i}: actor {c["actor"]}')
            if c['issue'] not in issues: errs.append(f'{i}: issue {c["issue"]}')
            if c['stance'] not in ('support', 'oppose', 'conditional'): errs.append(f'{i}: stance')
    for a, s, st in BASELINE:
        if a not in actors or s not in issues: errs.append(f'baseline {a} {s}')
    # derive shifts from attributed claims and compare with the labelled list
    prev = {(a, s): st for a, s, st in BASELINE}
    derived = []
    for i in ids:
        for c in labels['claims'][i]:
            if not c['attributed']: continue
            k = (c['actor'], c['issue'])
            if k in prev and prev[k] != c['stance'] and not (derived and derived[-1][:2] == k and derived[-1][4] == i):
                derived.append((k[0], k[1], prev[k], c['stance'], i))
            prev[k] = c['stance']
    labelled = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    # duplicate copies do not count as new shifts
    dup_of = {'008': '007', '019': '018'}
    derived = [d for d in derived if d[4] not in dup_of]
    if sorted(derived) != sorted(labelled): errs.append(f'shift mismatch: derived {derived} vs labelled {labelled}')
    for d, o in dup_of.items():
        if [(c['actor'], c['issue'], c['stance']) for c in labels['claims'][d]] != \
           [(c['actor'], c['issue'], c['stance']) for c in labels['claims'][o]]: errs.append(f'dup {d} claims differ')
    for f in os.listdir(os.path.join(HERE, 'feeds')):
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', f)], capture_output=True, text=True)
        if r.returncode: errs.append(f'xmllint {f}: {r.stderr}')
    json.load(open(os.path.join(HERE, 'labels.json')))
    return errs

if __name__ == '__main__':
    labels = build()
    errs = validate(labels)
    allc = [c for v in labels['claims'].values() for c in v]
    from collections import Counter
    print('articles', len(A), 'claims', len(allc), Counter(c['stance'] for c in allc),
          'unattributed', sum(not c['attributed'] for c in allc), 'shifts', len(labels['shifts']),
          'empty', [k for k, v in labels['claims'].items() if not v])
    print('\n'.join(errs) if errs else 'VALID')
    sys.exit(1 if errs else 0)
