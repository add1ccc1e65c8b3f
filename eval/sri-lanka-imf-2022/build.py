#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set sri-lanka-imf-2022.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
script, then validates them against watchlist.yaml. Run: python3 build.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "tidewater-wire": "Tidewater Wire",
    "palmyra-post": "Palmyra Post",
    "ocean-monitor": "Ocean Monitor",
    "lantern-daily": "Lantern Daily",
    "keystone-markets": "Keystone Markets",
}

S, O, C = "support", "oppose", "conditional"


def cl(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each entry: outlet slug, published (UTC), url slug, title, text, claims.
# Articles are listed in publication order; ids are assigned 001.. from this order.
ARTICLES = [
    # 001
    ("tidewater-wire", "2022-04-05T12:30:00Z", "rajapaksa-loses-majority-opposition-wants-election",
     "Rajapaksa loses majority as allies defect; opposition calls for fresh election",
     """COLOMBO, April 5 (Tidewater Wire) - Sri Lankan President Gotabaya Rajapaksa lost his parliamentary majority on Tuesday after more than 40 lawmakers from his ruling coalition said they would sit as independents, deepening a political crisis driven by shortages of fuel, food and medicine.

Ali Sabry, sworn in as finance minister only the day before, offered his resignation after barely a day in the job. The finance ministry said preparations for talks with the International Monetary Fund would go ahead regardless, and that the government still intended to request a full programme from the Fund.

The main opposition Samagi Jana Balawegaya (SJB) said the president should step aside and let voters choose a new parliament. Its leader, Sajith Premadasa, told reporters outside parliament that only a fresh election could restore public trust.

The government, which has promised for months to keep paying its foreign creditors in full, repaid a $500 million international bond in January. Its foreign reserves have since fallen below $2 billion.

Protesters gathered again on Tuesday evening near the president's private residence in Mirihana, a Colombo suburb.""",
     [cl("sl-government", "imf-bailout", S, "the government still intended to request a full programme from the Fund"),
      cl("sjb", "early-election", S, "only a fresh election could restore public trust"),
      cl("sl-government", "suspend-debt-payments", O, "which has promised for months to keep paying its foreign creditors in full", False)]),
    # 002
    ("palmyra-post", "2022-04-08T13:00:00Z", "central-bank-record-rate-rise-bond-in-doubt",
     "New central bank chief lifts rates by record 700 points, keeps bond payment in doubt",
     """COLOMBO, April 8 (Palmyra Post) - Sri Lanka's central bank raised its main interest rates by 700 basis points on Friday, the largest increase in its history, as new governor Nandalal Weerasinghe moved to steady the rupee and bring down inflation.

Weerasinghe, who took office on Thursday, told a news conference that an IMF-supported programme was the only credible way out of the crisis and that the bank would prepare the ground for one as quickly as possible. Asked whether Sri Lanka would pay a $1 billion international bond that matures in July, he declined to say, adding that all options were under study.

Harsha de Silva, an economist and opposition SJB lawmaker, said the country should have stopped paying its foreign debt months ago. He told a television interviewer that halting payments now and spending the scarce dollars on fuel and medicine was the least damaging choice left.

Analysts at two regional banks said a default before the middle of the year looked increasingly likely.

Ali Sabry agreed on Friday to stay on as finance minister, three days after he had announced his resignation.""",
     [cl("sl-government", "imf-bailout", S, "an IMF-supported programme was the only credible way out of the crisis"),
      cl("sjb", "suspend-debt-payments", S, "the country should have stopped paying its foreign debt months ago")]),
    # 003 (shift: government suspend-debt-payments oppose -> support)
    ("tidewater-wire", "2022-04-12T07:10:00Z", "sri-lanka-suspends-foreign-debt-payments",
     "Sri Lanka suspends foreign debt payments ahead of IMF talks",
     """COLOMBO, April 12 (Tidewater Wire) - Sri Lanka said on Tuesday it would suspend payments on its external debt, including international bonds and loans from foreign governments, until it reaches a restructuring deal with its creditors.

The finance ministry said in a statement that the suspension was a measure of last resort, taken to preserve the country's remaining foreign currency for essential imports such as fuel and medicine, and that it would seek an IMF-supported programme to underpin the restructuring. Creditors would be free to capitalise interest due to them or to accept repayment in rupees, it said.

Central bank governor Nandalal Weerasinghe told reporters that servicing the debt had become close to impossible. He said the authorities wanted an orderly, negotiated restructuring rather than a disorderly default.

The decision breaks with the government's long-standing promise to pay every creditor on time. Until last month, officials had argued that missing a single payment would shut Sri Lanka out of global markets for years.

The opposition SJB said the step was overdue and that the delay had cost the country dearly.

Sri Lanka owes about $51 billion abroad. A delegation led by Finance Minister Ali Sabry is due in Washington next week for talks with the Fund.""",
     [cl("sl-government", "suspend-debt-payments", S, "it would suspend payments on its external debt"),
      cl("sl-government", "imf-bailout", S, "it would seek an IMF-supported programme to underpin the restructuring"),
      cl("sjb", "suspend-debt-payments", S, "The opposition SJB said the step was overdue")]),
    # 004
    ("ocean-monitor", "2022-04-20T18:00:00Z", "imf-ready-to-rescue-sri-lanka-sabry-says",
     "IMF ready to rescue Sri Lanka, finance minister says after first talks",
     """WASHINGTON, April 20 (Ocean Monitor) - Sri Lanka opened formal talks with the International Monetary Fund on Wednesday, and Finance Minister Ali Sabry said after the first session that his country was seeking a full Fund programme as well as about $3 billion in bridging finance from friendly countries over the next six months.

The IMF was more guarded. Its Asia and Pacific department said in a statement that it stood ready to help but that any lending programme would require a credible strategy to restore debt sustainability, which in practice means a restructuring agreed with creditors first.

Sabry also met Indian Finance Minister Nirmala Sitharaman on the sidelines of the spring meetings. India's finance ministry said afterwards that New Delhi would back Sri Lanka's request for IMF financing and had urged the Fund to act quickly.

The meetings were held at the IMF's headquarters in Washington, where the Sri Lankan delegation also met World Bank officials.

Sri Lanka suspended payments on most of its foreign debt last week, and its bonds trade at less than half their face value.""",
     [cl("sl-government", "imf-bailout", S, "his country was seeking a full Fund programme"),
      cl("imf", "imf-bailout", C, "any lending programme would require a credible strategy to restore debt sustainability"),
      cl("india", "imf-bailout", S, "New Delhi would back Sri Lanka's request for IMF financing"),
      cl("sl-government", "suspend-debt-payments", S, "Sri Lanka suspended payments on most of its foreign debt last week", False)]),
    # 005
    ("palmyra-post", "2022-05-09T16:00:00Z", "mahinda-rajapaksa-resigns-after-violence",
     "Mahinda Rajapaksa quits as prime minister after day of violence",
     """COLOMBO, May 9 (Palmyra Post) - Sri Lanka's Prime Minister Mahinda Rajapaksa resigned on Monday after a day of violence in which government supporters attacked protesters camped near the president's office, and angry crowds later set fire to homes and vehicles belonging to ruling party politicians.

A nationwide curfew was imposed. Rajapaksa, the president's elder brother, said in his resignation letter that he was stepping down to make way for an all-party interim government.

The resignation did not satisfy the opposition. Anura Kumara Dissanayake, leader of the leftist National People's Power (NPP), said President Gotabaya Rajapaksa must also go and that parliament should be dissolved so an election could be held within six months.

Sajith Premadasa, the SJB leader, said his party would not join any cabinet formed under the current president.

The president's office, which has rejected calls for an early election since the protests began, made no statement on Monday night.

The main protest camp on Galle Face Green, known as GotaGoGama, has been occupied since April 9.""",
     [cl("npp", "early-election", S, "parliament should be dissolved so an election could be held within six months"),
      cl("sl-government", "early-election", O, "which has rejected calls for an early election since the protests began", False)]),
    # 006
    ("lantern-daily", "2022-05-12T15:00:00Z", "wickremesinghe-returns-as-prime-minister",
     "Wickremesinghe returns as prime minister, puts IMF deal first",
     """COLOMBO, May 12 (Lantern Daily) - Ranil Wickremesinghe was sworn in as Sri Lanka's prime minister on Thursday, taking the post for a sixth time as President Gotabaya Rajapaksa tried to restore order after a week of unrest.

Wickremesinghe, the only lawmaker from the United National Party in the current parliament, told reporters after the ceremony that his first tasks were to secure fuel and medicine and to conclude a programme with the International Monetary Fund. He said several friendly countries had promised further help once an IMF agreement was in place.

He declined to say when a general election might be held, and would not be drawn on whether the president should resign.

The SJB said it would not take posts in his cabinet but would support measures that helped the public. The NPP described the appointment as a deal to shield the Rajapaksa family.

India's High Commission in Colombo said New Delhi looked forward to working with the new government and remained committed to the people of Sri Lanka.""",
     [cl("sl-government", "imf-bailout", S, "to conclude a programme with the International Monetary Fund")]),
    # 007
    ("keystone-markets", "2022-05-19T11:00:00Z", "sri-lanka-first-sovereign-default-grace-period",
     "Sri Lanka in first sovereign default as grace period lapses",
     """COLOMBO, May 19 (Keystone Markets) - Sri Lanka slipped into its first sovereign default on Thursday after a 30-day grace period on $78 million of unpaid coupons on two international bonds expired.

Central bank governor Nandalal Weerasinghe told a news conference that the country was in what he called a pre-emptive default and would not resume payments to bondholders until a restructuring had been agreed. He said an IMF programme was vital for that restructuring and that a staff-level agreement could come within weeks if the talks went well.

Prime Minister Ranil Wickremesinghe said earlier in the week that the government would have to print money to pay state salaries, and warned that the next two months would be the most difficult of the crisis.

Ratings agencies downgraded the bonds to default grades. An ad hoc group of bondholders said it was ready to engage with the authorities in good faith.

The lapsed coupons fell due on April 18, less than a week after the government announced the suspension.""",
     [cl("sl-government", "suspend-debt-payments", S, "would not resume payments to bondholders until a restructuring had been agreed"),
      cl("sl-government", "imf-bailout", S, "an IMF programme was vital for that restructuring")]),
    # 008
    ("ocean-monitor", "2022-06-23T13:00:00Z", "indian-delegation-colombo-imf-team",
     "Indian officials pledge support in Colombo as IMF team works on bailout",
     """COLOMBO, June 23 (Ocean Monitor) - A senior Indian delegation led by Foreign Secretary Vinay Kwatra met President Gotabaya Rajapaksa and Prime Minister Ranil Wickremesinghe in Colombo on Thursday, as a team from the International Monetary Fund continued its visit to the island.

Wickremesinghe told parliament a day earlier that the economy had collapsed and that Sri Lanka could not survive without the Fund's support. He said the government hoped to reach a staff-level agreement by the end of July.

The Indian side said New Delhi would continue to stand by Sri Lanka and would support its engagement with the IMF. India has provided about $4 billion this year in credit lines, currency swaps and deferred import payments, more than any other country.

The IMF mission, led by Peter Breuer and Masahiro Nozaki, began work in Colombo on Monday. A Fund spokesperson declined to say whether an agreement by July was realistic.

Fuel stations across the country ran dry again this week, and the government has told non-essential state workers to stay at home.""",
     [cl("sl-government", "imf-bailout", S, "Sri Lanka could not survive without the Fund's support"),
      cl("india", "imf-bailout", S, "would support its engagement with the IMF")]),
    # 009
    ("tidewater-wire", "2022-06-30T15:00:00Z", "imf-ends-mission-without-deal-creditors-first",
     "IMF ends Sri Lanka mission without deal, says creditors must commit first",
     """COLOMBO, June 30 (Tidewater Wire) - The International Monetary Fund ended a ten-day mission to Sri Lanka on Thursday without a staff-level agreement, saying the country first needed to show progress on restructuring its debt.

In a statement, the mission chiefs said they had made significant headway in designing a programme but that Sri Lanka's public debt was unsustainable. Fund support would only be approved once creditors had given adequate assurances that the debt would be put back on a sustainable path, the statement said.

Peter Breuer, the mission chief, told reporters that financing assurances from official creditors were essential. He said the IMF expected all of Sri Lanka's bilateral lenders to take part and could not lend into an unsustainable debt position.

The government said it would hire financial and legal advisers to begin talks with its creditors. Finance ministry officials said they expected the process to take several months.

Most of the mission's meetings took place at the Presidential Secretariat and the central bank in Colombo's Fort district.""",
     [cl("imf", "imf-bailout", C, "Fund support would only be approved once creditors had given adequate assurances"),
      cl("imf", "creditor-assurances", S, "financing assurances from official creditors were essential"),
      cl("sl-government", "creditor-assurances", S, "it would hire financial and legal advisers to begin talks with its creditors")]),
    # 010 (no claims)
    ("palmyra-post", "2022-07-09T17:00:00Z", "protesters-storm-presidents-house",
     "Protesters storm Sri Lankan president's residence; Rajapaksa to quit",
     """COLOMBO, July 9 (Palmyra Post) - Tens of thousands of protesters stormed President Gotabaya Rajapaksa's official residence in Colombo on Saturday, and the speaker of parliament said late in the evening that the president had agreed to step down on July 13.

Television footage showed crowds swimming in the pool at President's House and filling its reception rooms. Later, protesters set fire to the private home of Prime Minister Ranil Wickremesinghe, who had said earlier in the day that he was willing to resign to make way for an all-party government.

Rajapaksa had been moved from the residence before the crowds arrived, defence sources said. His whereabouts were not known on Saturday night.

Party leaders met at the speaker's official residence to discuss who might lead an interim administration. Several participants said the talks could take days.

Analysts said any new government would have to return quickly to the negotiating table with the IMF, since fuel imports had almost stopped. The International Monetary Fund said it was monitoring the situation closely.""",
     []),
    # 011
    ("lantern-daily", "2022-07-20T11:00:00Z", "parliament-elects-wickremesinghe-president",
     "Parliament elects Wickremesinghe president to finish Rajapaksa's term",
     """COLOMBO, July 20 (Lantern Daily) - Sri Lanka's parliament elected Ranil Wickremesinghe as president on Wednesday to serve the remainder of Gotabaya Rajapaksa's term, which runs until late 2024, less than a week after Rajapaksa fled the country and resigned.

Wickremesinghe won 134 votes in the 225-member house, against 82 for Dullas Alahapperuma, a dissident from the ruling party who was backed by the main opposition after Sajith Premadasa withdrew, and three for the NPP's Anura Kumara Dissanayake.

In a brief speech in the chamber, Wickremesinghe said talks with the IMF were nearing a conclusion and that he would see them through. Aides said afterwards that he saw no case for an early national election and that his priority was the economy.

Dissanayake told reporters that the vote ignored the will of the people on the streets and that only a general election could give a government the mandate it needed.

Protesters at Galle Face said they would keep up their campaign against what they called a Rajapaksa-backed president.""",
     [cl("sl-government", "imf-bailout", S, "talks with the IMF were nearing a conclusion and that he would see them through"),
      cl("sl-government", "early-election", O, "he saw no case for an early national election"),
      cl("npp", "early-election", S, "only a general election could give a government the mandate it needed")]),
    # 012 (no claims)
    ("ocean-monitor", "2022-08-16T09:30:00Z", "chinese-survey-ship-docks-hambantota",
     "Chinese survey ship docks at Hambantota despite Indian objections",
     """HAMBANTOTA, Aug 16 (Ocean Monitor) - A Chinese research and survey vessel docked at Sri Lanka's southern port of Hambantota on Tuesday after a week's delay caused by objections from India, which regards the ship as capable of tracking satellites and missiles.

The Yuan Wang 5 will stay until Aug 22 to take on supplies, port officials said. Sri Lanka's foreign ministry said it had cleared the visit on condition that the ship carried out no research while in Sri Lankan waters.

The Chinese embassy held a welcoming ceremony at the port, which a Chinese state company runs under a 99-year lease. Beijing has said the vessel's activities are lawful and threaten no country. India's foreign ministry said New Delhi would make its own decisions on its security.

The row comes as Colombo tries to keep both of its largest bilateral lenders on side ahead of debt talks. Analysts said it could complicate any effort to bring China and India to the same negotiating table, though neither government has commented on that question.""",
     []),
    # 013 (duplicate pair with 014)
    ("tidewater-wire", "2022-09-01T08:00:00Z", "imf-staff-level-deal-2-9-billion",
     "IMF reaches $2.9 billion staff-level deal with Sri Lanka, creditors hold the key",
     """COLOMBO, Sept 1 (Tidewater Wire) - The International Monetary Fund reached a staff-level agreement with Sri Lanka on Thursday for a loan of about $2.9 billion over four years, a first step towards a bailout that still depends on the country's creditors.

The Fund's mission chiefs, Peter Breuer and Masahiro Nozaki, said the programme would only go to the IMF board once Sri Lanka's official creditors had given financing assurances and the government had made a good-faith effort to reach a deal with private lenders.

Breuer told a news conference at the central bank that the agreement was a significant step. He said debt relief from all of the country's bilateral creditors, including the largest ones, was needed to restore debt sustainability.

President Ranil Wickremesinghe's office welcomed the agreement and said the government would now open talks with all its creditors on an equal footing.

The programme also calls for higher revenue, cost-reflective fuel and electricity prices and a stronger law guaranteeing the central bank's independence.""",
     [cl("imf", "imf-bailout", C, "only go to the IMF board once Sri Lanka's official creditors had given financing assurances"),
      cl("imf", "creditor-assurances", S, "debt relief from all of the country's bilateral creditors, including the largest ones, was needed"),
      cl("sl-government", "imf-bailout", S, "President Ranil Wickremesinghe's office welcomed the agreement"),
      cl("sl-government", "creditor-assurances", S, "the government would now open talks with all its creditors on an equal footing")]),
    # 014 (duplicate of 013)
    ("lantern-daily", "2022-09-01T12:20:00Z", "sri-lanka-wins-imf-staff-deal",
     "Sri Lanka wins IMF staff deal for $2.9 billion, but creditors must sign on",
     """COLOMBO, Sept 1 (Lantern Daily) - Sri Lanka reached a staff-level agreement with the International Monetary Fund on Thursday for a loan of about $2.9 billion over four years, an initial step towards a bailout that still hinges on the country's creditors.

Peter Breuer and Masahiro Nozaki, who led the Fund's mission, said the programme would only go to the IMF board once Sri Lanka's official creditors had given financing assurances and the government had made a good-faith effort to reach terms with private lenders.

Speaking at a news conference at the central bank, Breuer called the deal a significant step. He said debt relief from all of the country's bilateral creditors, including the biggest ones, was needed to restore debt sustainability.

The office of President Ranil Wickremesinghe welcomed the agreement and said the government would now open talks with all its creditors on an equal footing.

The programme also calls for higher revenue, fuel and electricity prices that cover costs, and a new law to strengthen the central bank's independence.""",
     [cl("imf", "imf-bailout", C, "only go to the IMF board once Sri Lanka's official creditors had given financing assurances"),
      cl("imf", "creditor-assurances", S, "debt relief from all of the country's bilateral creditors, including the biggest ones, was needed"),
      cl("sl-government", "imf-bailout", S, "The office of President Ranil Wickremesinghe welcomed the agreement"),
      cl("sl-government", "creditor-assurances", S, "the government would now open talks with all its creditors on an equal footing")]),
    # 015
    ("palmyra-post", "2022-09-07T11:00:00Z", "opposition-demands-imf-terms-public",
     "Opposition demands IMF deal terms be made public",
     """COLOMBO, Sept 7 (Palmyra Post) - Sri Lanka's opposition parties demanded on Wednesday that the government publish the full terms of last week's staff-level agreement with the International Monetary Fund, saying parliament had been kept in the dark.

Sajith Premadasa, leader of the main opposition SJB, said his party had urged the government to go to the IMF long before the default and welcomed the agreement as overdue. But he accused ministers of hiding the price that ordinary families would pay.

Anura Kumara Dissanayake of the NPP said the programme would load the cost of the crisis onto workers, and that his party would resist the higher income taxes it was expected to require. He repeated the NPP's demand for a general election so that voters could pass judgement on the deal.

Cabinet spokesman Bandula Gunawardena said the details would be shared once the IMF board had approved the loan. He said there was no alternative to the Fund.

Sri Lanka's inflation rate reached 64.3% in August, one of the highest in the world.""",
     [cl("sjb", "imf-bailout", S, "welcomed the agreement as overdue"),
      cl("npp", "scrap-tax-hikes", S, "his party would resist the higher income taxes it was expected to require"),
      cl("npp", "early-election", S, "repeated the NPP's demand for a general election"),
      cl("sl-government", "imf-bailout", S, "there was no alternative to the Fund")]),
    # 016
    ("keystone-markets", "2022-09-23T14:00:00Z", "sri-lanka-briefs-creditors-japan-offers-to-coordinate",
     "Sri Lanka briefs creditors, calls for joint talks; Japan offers to coordinate",
     """COLOMBO, Sept 23 (Keystone Markets) - Sri Lanka presented its economic and debt numbers to creditors on Friday in a virtual meeting that officials described as the formal start of a restructuring expected to take months.

Finance ministry officials told participants that the government wanted all official lenders to negotiate together on a common platform, so that no creditor would receive better terms than another. They said debt relief from bilateral creditors was needed to unlock the IMF loan.

Japan, which has offered to host a conference of Sri Lanka's official creditors, said through its embassy that Tokyo was ready to coordinate with every lender, including those outside the Paris Club.

In Beijing, a foreign ministry spokesperson said China was willing to work with relevant countries and financial institutions to help Sri Lanka ease its debt burden, but declined to say whether China would join a common platform with other lenders.

China is Sri Lanka's largest bilateral creditor, followed by Japan and India. Private bondholders are advised by their own bankers and lawyers.""",
     [cl("sl-government", "common-platform", S, "the government wanted all official lenders to negotiate together on a common platform"),
      cl("sl-government", "creditor-assurances", S, "debt relief from bilateral creditors was needed to unlock the IMF loan"),
      cl("japan", "common-platform", S, "Tokyo was ready to coordinate with every lender, including those outside the Paris Club"),
      cl("china", "creditor-assurances", C, "China was willing to work with relevant countries and financial institutions to help")]),
    # 017
    ("ocean-monitor", "2022-10-19T12:30:00Z", "sri-lanka-tables-income-tax-rise",
     "Sri Lanka tables income tax rise; opposition cries foul",
     """COLOMBO, Oct 19 (Ocean Monitor) - Sri Lanka's government presented a bill in parliament on Wednesday that would raise personal income tax rates to as much as 36% and bring anyone earning more than 100,000 rupees a month into the tax net, a central part of its planned IMF programme.

State Minister of Finance Shehan Semasinghe told lawmakers that the increases were painful but unavoidable, and that the government would not retreat from them because revenue had fallen to one of the lowest levels in the world.

The main opposition SJB said the bill punished salaried workers while leaving the wealthy untouched. Harsha de Silva said the party would vote against it unless the tax-free threshold was raised.

Vijitha Herath of the NPP said his party rejected the increases outright and called on the government to withdraw the bill.

Associations representing doctors, engineers, bankers and university teachers have warned of strikes if the bill passes.

The IMF, which has said that higher revenue is central to the programme, did not comment on the bill.""",
     [cl("sl-government", "scrap-tax-hikes", O, "the government would not retreat from them"),
      cl("sjb", "scrap-tax-hikes", C, "the party would vote against it unless the tax-free threshold was raised"),
      cl("npp", "scrap-tax-hikes", S, "called on the government to withdraw the bill")]),
    # 018
    ("keystone-markets", "2022-12-02T13:00:00Z", "india-ready-to-back-debt-relief-if-china-matches",
     "India ready to back Sri Lanka debt relief if China matches it",
     """NEW DELHI, Dec 2 (Keystone Markets) - India is ready to back a restructuring of Sri Lanka's debt as long as every official creditor, including China, offers comparable relief, the foreign ministry said on Friday, as talks on the financing assurances needed for Colombo's IMF loan dragged on.

Spokesperson Arindam Bagchi told a weekly briefing that New Delhi would stand by Sri Lanka's recovery and was in close contact with the IMF, but that fair burden-sharing among creditors was essential. He declined to say when India would send the letter of assurance the Fund is waiting for.

Officials familiar with the discussions said India did not want to move ahead of Beijing and see its relief used to repay Chinese loans.

The IMF board had been expected to take up the programme before the end of the year, a target that now looks out of reach. Analysts said China's stance would decide the timing.

India lent Sri Lanka about $4 billion this year, much of it through credit lines from India's Exim Bank and a currency swap.""",
     [cl("india", "creditor-assurances", C, "ready to back a restructuring of Sri Lanka's debt as long as every official creditor")]),
    # 019 (shift: sjb scrap-tax-hikes conditional -> support)
    ("palmyra-post", "2022-12-09T15:00:00Z", "parliament-passes-income-tax-increases",
     "Sri Lanka's parliament passes income tax increases",
     """COLOMBO, Dec 9 (Palmyra Post) - Sri Lanka's parliament on Friday approved steep increases in personal income tax, ignoring protests by professional unions and opposition parties who say salaried workers are being made to pay for the crisis.

The government had refused to raise the tax-free threshold, and the final bill kept rates of up to 36% on monthly incomes above 100,000 rupees. Finance ministry officials said the rates would take effect in January and that revenue would not recover without them.

The main opposition SJB voted against the bill. Sajith Premadasa said afterwards that the increases must be withdrawn in full and that his party would fight them in parliament and on the streets.

The NPP also voted against. Its lawmakers held up placards calling the law a tax on survival.

Government lawmakers said the reforms were among the prior actions Sri Lanka had agreed with IMF staff in September. The Fund has not yet set a date for a board meeting.""",
     [cl("sl-government", "scrap-tax-hikes", O, "revenue would not recover without them"),
      cl("sjb", "scrap-tax-hikes", S, "the increases must be withdrawn in full"),
      cl("npp", "scrap-tax-hikes", S, "The NPP also voted against"),
      cl("imf", "scrap-tax-hikes", O, "the reforms were among the prior actions Sri Lanka had agreed with IMF staff", False)]),
    # 020
    ("ocean-monitor", "2023-01-12T10:00:00Z", "japan-presses-china-to-join-joint-talks",
     "Japan presses China to join joint talks on Sri Lanka's debt; Beijing prefers its own channel",
     """TOKYO, Jan 12 (Ocean Monitor) - Japan urged China on Thursday to join a common platform of official creditors to restructure Sri Lanka's debt, saying a coordinated approach was the fastest way to unlock the island's $2.9 billion IMF loan.

Finance Minister Shunichi Suzuki told reporters in Tokyo that Japan wanted every major bilateral lender at the same table and would keep working with India and the Paris Club to make that happen. He said transparency about each creditor's terms was essential.

In Beijing, foreign ministry spokesperson Wang Wenbin said China would continue to handle its loans to Sri Lanka through friendly bilateral consultations and saw no need for a separate creditor forum. He added that China supported its financial institutions in working out a solution with Sri Lanka and hoped other creditors would play a constructive role.

Sri Lanka's government, which has invited all its official creditors to negotiate together, did not comment.

China holds roughly half of Sri Lanka's bilateral debt. The talks have also been slowed by disagreement over how much of the burden multilateral development banks should bear.""",
     [cl("japan", "common-platform", S, "Japan wanted every major bilateral lender at the same table"),
      cl("china", "common-platform", O, "saw no need for a separate creditor forum"),
      cl("china", "creditor-assurances", C, "China supported its financial institutions in working out a solution with Sri Lanka"),
      cl("sl-government", "common-platform", S, "which has invited all its official creditors to negotiate together", False)]),
    # 021 (shift: india creditor-assurances conditional -> support)
    ("tidewater-wire", "2023-01-20T11:30:00Z", "india-first-to-give-imf-assurances-jaishankar",
     "India first to give Sri Lanka IMF assurances, Jaishankar says in Colombo",
     """COLOMBO, Jan 20 (Tidewater Wire) - India has sent the International Monetary Fund the financing assurances Sri Lanka needs for its $2.9 billion bailout, becoming the first of the island's major bilateral creditors to do so, External Affairs Minister S. Jaishankar said on Friday.

Speaking in Colombo after talks with President Ranil Wickremesinghe, Jaishankar said India had chosen to act without waiting for other lenders. He said New Delhi backed Sri Lanka's IMF programme fully and hoped the Fund would move quickly.

India's letter, sent earlier this week, commits it to support a restructuring consistent with the IMF's targets, officials said.

Wickremesinghe thanked India and said his government would keep pressing all other creditors to give similar undertakings so that the board could approve the loan.

Only a month ago New Delhi had insisted that its help depended on every creditor offering comparable relief. Indian officials did not say whether that condition still applied to China.

Japan and the Paris Club group of creditor nations are expected to follow soon.""",
     [cl("india", "creditor-assurances", S, "India has sent the International Monetary Fund the financing assurances Sri Lanka needs"),
      cl("india", "imf-bailout", S, "New Delhi backed Sri Lanka's IMF programme fully"),
      cl("sl-government", "creditor-assurances", S, "his government would keep pressing all other creditors to give similar undertakings")]),
    # 022
    ("keystone-markets", "2023-01-25T12:00:00Z", "china-offers-two-year-moratorium",
     "China offers Sri Lanka two-year debt moratorium; IMF silent on whether it is enough",
     """COLOMBO, Jan 25 (Keystone Markets) - The Export-Import Bank of China has offered Sri Lanka a two-year moratorium on debt payments due in 2022 and 2023 and said it would support the country's application for an IMF loan, according to a letter seen by Keystone Markets.

The letter stops short of the restructuring commitment the IMF has asked official creditors to make. It says the bank would negotiate a longer-term solution with Sri Lanka during the moratorium period.

China's embassy in Colombo denied on Wednesday that Beijing was holding up the bailout. It said it was untrue that China had failed to support Sri Lanka's talks with the Fund, and that Chinese lenders had been the first to reach out.

Japan said on Monday that it had given the IMF financing assurances together with other Paris Club members, and that Tokyo would take part fully in restructuring Sri Lanka's debt.

An IMF spokesperson declined to say whether China's letter met the Fund's requirements.""",
     [cl("china", "creditor-assurances", C, "offered Sri Lanka a two-year moratorium on debt payments due in 2022 and 2023"),
      cl("china", "imf-bailout", S, "it was untrue that China had failed to support Sri Lanka's talks with the Fund"),
      cl("japan", "creditor-assurances", S, "Tokyo would take part fully in restructuring Sri Lanka's debt"),
      cl("imf", "creditor-assurances", S, "the restructuring commitment the IMF has asked official creditors to make", False)]),
    # 023
    ("palmyra-post", "2023-02-08T14:30:00Z", "wickremesinghe-rejects-union-demand-tax",
     "Wickremesinghe rejects union demand to scrap tax rises as strikes spread",
     """COLOMBO, Feb 8 (Palmyra Post) - Sri Lankan President Ranil Wickremesinghe on Wednesday rejected demands from trade unions to withdraw the new income tax rates, telling parliament that reversing them would leave the state without revenue and bring back the queues for fuel.

Doctors, port workers, bank employees and electricity engineers staged token strikes across the island this week against the increases, which took effect on Jan. 1. Union leaders say some professionals now pay a third of their salary in tax.

His office also denied reports that the government was preparing to scale back the increases quietly, saying no such proposal had been discussed in cabinet.

Sajith Premadasa, the opposition leader, joined a protest in Colombo and said the SJB stood with the workers and wanted the tax rises scrapped. The NPP, which has organised several of the protests, said the government was squeezing salaried workers to protect the rich.

Wickremesinghe said he understood the anger but that there was no other source of revenue in the short term. He said the timing of the IMF board meeting depended on the creditors.""",
     [cl("sl-government", "scrap-tax-hikes", O, "rejected demands from trade unions to withdraw the new income tax rates"),
      cl("sjb", "scrap-tax-hikes", S, "wanted the tax rises scrapped"),
      cl("npp", "scrap-tax-hikes", S, "which has organised several of the protests", False)]),
    # 024 (no claims)
    ("lantern-daily", "2023-02-24T12:00:00Z", "local-elections-put-off-treasury-funds",
     "Sri Lanka's local elections put off as treasury withholds funds",
     """COLOMBO, Feb 24 (Lantern Daily) - Sri Lanka's Election Commission said on Friday that local council elections scheduled for March 9 could not go ahead on that date because the treasury had not released the money needed to print ballot papers and pay staff.

The commission said it would announce a new date after meeting officials of the government printer next week. It did not say how long the delay might last.

Opposition parties accused the government of using the economic crisis as an excuse to avoid a test of its popularity. Sajith Premadasa said the SJB would go to the Supreme Court to force the commission to hold the local vote.

The treasury secretary told the commission in a letter that funds were being rationed for essential services such as salaries, medicine and welfare.

More than 80,000 candidates are registered for the 340 local councils. Political analysts said a poor result for the ruling party could increase pressure for an early national election, though no such poll is due before late 2024.""",
     []),
    # 025
    ("ocean-monitor", "2023-03-02T16:00:00Z", "imf-says-tax-reforms-must-stay",
     "IMF says Sri Lanka tax reforms must stay as Wickremesinghe signals China breakthrough",
     """COLOMBO, March 2 (Ocean Monitor) - The International Monetary Fund said on Thursday that Sri Lanka's new income tax rates were essential to its planned bailout and should not be reversed, as strikes against the increases entered a second month.

Peter Breuer, the Fund's senior mission chief for Sri Lanka, told an online news conference that rolling back the reforms would reopen a gap in the budget that could not be closed any other way. He said the IMF board would take up the loan only when all financing assurances were in hand.

Central bank governor Nandalal Weerasinghe said separately that cutting the rates now would put the whole programme at risk.

President Ranil Wickremesinghe told a gathering of business leaders in Colombo that he had been told China would soon give the assurance the Fund needed. The Chinese embassy did not respond to requests for comment.

Unions representing about 40 organisations said they would escalate their action next week.""",
     [cl("imf", "scrap-tax-hikes", O, "new income tax rates were essential to its planned bailout and should not be reversed"),
      cl("imf", "imf-bailout", C, "would take up the loan only when all financing assurances were in hand"),
      cl("sl-government", "scrap-tax-hikes", O, "cutting the rates now would put the whole programme at risk"),
      cl("china", "creditor-assurances", S, "he had been told China would soon give the assurance the Fund needed", False)]),
    # 026 (shift: china creditor-assurances conditional -> support)
    ("tidewater-wire", "2023-03-07T13:30:00Z", "china-gives-imf-assurance",
     "China gives Sri Lanka the IMF assurance it needed, clearing last hurdle",
     """COLOMBO, March 7 (Tidewater Wire) - The Export-Import Bank of China has given Sri Lanka the financing assurances required for its $2.9 billion IMF bailout, Sri Lankan officials and China's foreign ministry said on Tuesday, removing the last major obstacle before the Fund's board can vote.

In a new letter to the IMF, the Chinese lender said it would support a debt treatment for Sri Lanka consistent with the programme's targets, going beyond the two-year payment moratorium it offered in January.

Foreign ministry spokesperson Mao Ning said in Beijing that China had provided the assurance and that it supported Sri Lanka in overcoming its difficulties. She said China hoped other creditors would also act in line with their responsibilities.

President Ranil Wickremesinghe said in a statement that Sri Lanka now had assurances from all its official creditors and that he looked forward to the board approving the loan this month.

Bondholders welcomed the news. Sri Lanka's dollar bonds rose by about two cents on the dollar.""",
     [cl("china", "creditor-assurances", S, "it would support a debt treatment for Sri Lanka consistent with the programme's targets"),
      cl("sl-government", "imf-bailout", S, "he looked forward to the board approving the loan this month")]),
    # 027 (no claims)
    ("keystone-markets", "2023-03-10T10:00:00Z", "rupee-surges-markets-bet-on-imf-approval",
     "Rupee surges as markets bet on IMF approval within weeks",
     """COLOMBO, March 10 (Keystone Markets) - Sri Lanka's rupee gained more than 10% against the dollar this week and the Colombo stock exchange rose to a five-month high as investors bet that the IMF's board would approve the island's bailout before the end of the month.

Dealers said exporters were converting dollars they had held abroad, while importers delayed purchases in the hope of a stronger currency. The central bank bought dollars in the market for the first time in months.

A Fund spokesperson said on Thursday that the board meeting would be scheduled once the staff had completed their internal procedures, without giving a date.

Car dealers said they hoped the government would soon ease the import ban imposed in 2020, which has pushed up prices of used Toyota and Suzuki hatchbacks to several times their pre-crisis level.

Economists at two Colombo brokerages said approval could come as early as March 20 but warned that the currency's gains might not last once imports picked up.""",
     []),
    # 028 (shift: imf imf-bailout conditional -> support; duplicate pair with 029)
    ("tidewater-wire", "2023-03-20T21:30:00Z", "imf-board-approves-sri-lanka-bailout",
     "IMF board approves $3 billion Sri Lanka bailout",
     """WASHINGTON, March 20 (Tidewater Wire) - The International Monetary Fund's executive board on Monday approved a 48-month loan of about $3 billion for Sri Lanka, allowing an immediate disbursement of roughly $333 million and opening the way for further funding from other lenders.

Managing Director Kristalina Georgieva said in a statement that the programme would help Sri Lanka restore macroeconomic stability and debt sustainability while protecting the poor. She said timely completion of the debt restructuring remained essential.

The board's decision comes almost a year after the island ran out of dollars to pay for fuel and food imports. Since the September staff-level deal, the Fund had said that approval would depend on assurances from official creditors.

President Ranil Wickremesinghe thanked the IMF and the country's creditors in a video message, and said the approval marked the end of Sri Lanka's bankruptcy in the eyes of the world.

The World Bank and the Asian Development Bank are expected to release up to $7 billion in total once the programme is under way.""",
     [cl("imf", "imf-bailout", S, "executive board on Monday approved a 48-month loan of about $3 billion for Sri Lanka"),
      cl("imf", "creditor-assurances", S, "timely completion of the debt restructuring remained essential"),
      cl("sl-government", "imf-bailout", S, "President Ranil Wickremesinghe thanked the IMF and the country's creditors")]),
    # 029 (duplicate of 028)
    ("palmyra-post", "2023-03-20T23:40:00Z", "sri-lanka-secures-imf-approval",
     "Sri Lanka secures IMF approval for $3 billion rescue",
     """WASHINGTON, March 20 (Palmyra Post) - The executive board of the International Monetary Fund on Monday approved a 48-month loan of about $3 billion for Sri Lanka, releasing roughly $333 million at once and opening the door to further money from other lenders.

In a statement, Managing Director Kristalina Georgieva said the programme would help Sri Lanka regain macroeconomic stability and debt sustainability while shielding the poor. She said timely completion of the debt restructuring remained essential.

The decision comes nearly a year after the island ran short of dollars for fuel and food. Since the staff-level deal in September, the Fund had said that approval would depend on assurances from official creditors.

In a video message, President Ranil Wickremesinghe thanked the IMF and the country's creditors, saying the approval ended Sri Lanka's bankruptcy in the eyes of the world.

The World Bank and the Asian Development Bank are expected to provide up to $7 billion in total once the programme starts.""",
     [cl("imf", "imf-bailout", S, "board of the International Monetary Fund on Monday approved a 48-month loan"),
      cl("imf", "creditor-assurances", S, "timely completion of the debt restructuring remained essential"),
      cl("sl-government", "imf-bailout", S, "President Ranil Wickremesinghe thanked the IMF and the country's creditors")]),
    # 030 (shift: government scrap-tax-hikes oppose -> conditional)
    ("lantern-daily", "2023-03-22T12:00:00Z", "wickremesinghe-opens-door-to-lower-tax-rates",
     "Wickremesinghe opens door to lower income tax rates after IMF approval",
     """COLOMBO, March 22 (Lantern Daily) - President Ranil Wickremesinghe said on Wednesday that the government would be prepared to ease the new income tax rates if revenue targets were met by the time of the IMF's first review later this year.

Addressing parliament two days after the Fund's board approved Sri Lanka's $3 billion loan, he said the increases had been unavoidable but were not meant to be permanent. Any relief would have to be agreed with the IMF and paid for by better collection from those who evade tax, he said.

Unions that have struck against the increases said a promise of relief at some later date was not enough.

Wickremesinghe also rejected opposition calls for an early presidential election, saying the country could not afford political instability during the recovery. The next presidential election is due in 2024.

He said he would present the IMF agreement to parliament for debate next month.""",
     [cl("sl-government", "scrap-tax-hikes", C, "would be prepared to ease the new income tax rates if revenue targets were met"),
      cl("sl-government", "early-election", O, "rejected opposition calls for an early presidential election")]),
    # 031 (shift: sjb imf-bailout support -> conditional)
    ("palmyra-post", "2023-03-23T11:00:00Z", "sjb-to-back-imf-deal-only-if-renegotiated",
     "Opposition SJB says it will back IMF deal only if terms are renegotiated",
     """COLOMBO, March 23 (Palmyra Post) - Sri Lanka's main opposition party said on Thursday it would support the country's new IMF programme only if the government renegotiated its terms to ease the burden on low- and middle-income families.

Sajith Premadasa, leader of the Samagi Jana Balawegaya, told a news conference that his party was not against the IMF but could not endorse a deal that, in his words, taxed the poor to rescue the state. He said an SJB government would seek to revise the tax and electricity measures with the Fund.

The party's economic spokesman, Harsha de Silva, said the SJB would decide how to vote on the agreement in parliament once the full documents had been tabled.

Premadasa also renewed his demand for an early general election, saying the government had no mandate to commit the country to a four-year programme.

The NPP's Anura Kumara Dissanayake said separately that the income tax increases should be scrapped and that the IMF deal had been struck behind the people's backs.""",
     [cl("sjb", "imf-bailout", C, "it would support the country's new IMF programme only if the government renegotiated"),
      cl("sjb", "early-election", S, "renewed his demand for an early general election"),
      cl("npp", "scrap-tax-hikes", S, "the income tax increases should be scrapped")]),
    # 032
    ("ocean-monitor", "2023-04-13T20:00:00Z", "creditor-committee-launched-china-observer",
     "Japan, India and France launch Sri Lanka creditor committee; China stays outside",
     """WASHINGTON, April 13 (Ocean Monitor) - Japan, India and France launched a joint committee of Sri Lanka's official creditors on Thursday to negotiate the restructuring of the island's debt, but China, its largest bilateral lender, declined to join as a member.

Japanese Finance Minister Shunichi Suzuki said at the launch, held on the sidelines of the IMF and World Bank spring meetings in Washington, that the committee was open to every creditor and that Tokyo hoped China would take part. India's Finance Minister Nirmala Sitharaman said New Delhi wanted all official creditors inside the platform.

China's finance ministry sent an official to the launch as an observer. The Chinese embassy in Colombo said Beijing would keep negotiating with Sri Lanka directly and would stay in communication with other creditors.

IMF Managing Director Kristalina Georgieva welcomed the committee, saying coordination among creditors was the best way to a fast restructuring.

Sri Lanka's President Ranil Wickremesinghe, who joined by video, called the platform a model for other indebted countries and again urged China to come on board.""",
     [cl("japan", "common-platform", S, "the committee was open to every creditor and that Tokyo hoped China would take part"),
      cl("india", "common-platform", S, "New Delhi wanted all official creditors inside the platform"),
      cl("china", "common-platform", O, "Beijing would keep negotiating with Sri Lanka directly"),
      cl("imf", "common-platform", S, "coordination among creditors was the best way to a fast restructuring"),
      cl("sl-government", "common-platform", S, "again urged China to come on board")]),
]

# Shifts a correct system must alert on (first article that shows the new stance).
SHIFTS = [
    {"actor": "sl-government", "issue": "suspend-debt-payments", "from": "oppose", "to": "support", "article": "003",
     "why": "The finance ministry announces it will suspend payments on external debt until a restructuring; the government had promised to keep paying every creditor (baseline, 001)."},
    {"actor": "sjb", "issue": "scrap-tax-hikes", "from": "conditional", "to": "support", "article": "019",
     "why": "After the government refused to raise the tax-free threshold, the SJB votes against the bill and Premadasa says the increases must be withdrawn in full; in 017 de Silva would vote against it only unless the threshold was raised."},
    {"actor": "india", "issue": "creditor-assurances", "from": "conditional", "to": "support", "article": "021",
     "why": "Jaishankar says India has sent the IMF its financing assurances without waiting for other lenders; in 018 the foreign ministry tied its backing to comparable relief from every creditor."},
    {"actor": "china", "issue": "creditor-assurances", "from": "conditional", "to": "support", "article": "026",
     "why": "China Exim's new letter supports a debt treatment consistent with the programme and Mao Ning confirms the assurance; in 016, 020 and 022 China only offered cooperation and a two-year moratorium. Wickremesinghe's second-hand report in 025 is attributed false and does not move it."},
    {"actor": "imf", "issue": "imf-bailout", "from": "conditional", "to": "support", "article": "028",
     "why": "The IMF executive board approves the loan; from 004 to 025 the Fund said approval depended on debt sustainability and creditors' financing assurances."},
    {"actor": "sl-government", "issue": "scrap-tax-hikes", "from": "oppose", "to": "conditional", "article": "030",
     "why": "Wickremesinghe says the government would ease the new rates if revenue targets are met by the first IMF review; through 017, 019, 023 and 025 it refused to withdraw or cut them."},
    {"actor": "sjb", "issue": "imf-bailout", "from": "support", "to": "conditional", "article": "031",
     "why": "The SJB says it would support the IMF programme only if its terms are renegotiated; in 015 Premadasa welcomed the agreement as overdue."},
]

DUPLICATES = [("013", "014"), ("028", "029")]

STANCES = {S, O, C}
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \((?P<outlet>[^)]+)\) - ")


def parse_watchlist(path):
    """Minimal parser for the watchlist format used by the dev set (ids, aliases and baseline lines)."""
    actors, issues, baseline = set(), set(), []
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.rstrip("\n")
            if re.match(r"^(actors|issues|baseline):", s):
                section = s.split(":")[0]
                continue
            m = re.match(r"^\s+- id:\s*(\S+)", s)
            if m and section == "actors":
                actors.add(m.group(1))
            elif m and section == "issues":
                issues.add(m.group(1))
            m = re.match(r"^\s+- \{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([^}]+)\}", s)
            if m and section == "baseline":
                baseline.append((m.group(1).strip(), m.group(2).strip(), m.group(3).strip()))
    return actors, issues, baseline


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def build():
    arts = []
    claims = {}
    for i, (outlet, published, slug, title, text, cls) in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        y, mo, d = published[:4], published[5:7], published[8:10]
        url = "https://example.org/%s/%s/%s/%s/%s" % (outlet, y, mo, d, slug)
        arts.append({"id": aid, "published": published, "source": OUTLETS[outlet], "url": url,
                     "title": title, "text": text, "_outlet": outlet})
        claims[aid] = cls
    shift_ids = {s["article"] for s in SHIFTS}
    labels = {
        "claims": claims,
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_ids],
    }

    for sub in ("articles", "feeds"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for a in arts:
        out = {k: v for k, v in a.items() if not k.startswith("_")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted([a for a in arts if a["_outlet"] == slug], key=lambda a: a["published"], reverse=True)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 "    <title>%s</title>" % escape(name),
                 "    <link>https://example.org/%s/</link>" % slug,
                 "    <description>%s: fictional outlet for the shiftwatch evaluation set sri-lanka-imf-2022</description>" % escape(name),
                 "    <language>en</language>",
                 "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"])]
        for a in items:
            lines += ["    <item>",
                      "      <title>%s</title>" % escape(a["title"]),
                      "      <link>%s</link>" % escape(a["url"]),
                      '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                      "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                      "      <description>%s</description>" % escape(a["text"]),
                      "    </item>"]
        lines += ["  </channel>", "</rss>"]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    return arts, labels


def validate(arts, labels):
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not (5 <= len(actors) <= 8):
        errors.append("watchlist has %d actors" % len(actors))
    if not (5 <= len(issues) <= 7):
        errors.append("watchlist has %d issues" % len(issues))
    for a_, i_, s_ in baseline:
        if a_ not in actors or i_ not in issues or s_ not in STANCES:
            errors.append("bad baseline entry %s %s %s" % (a_, i_, s_))

    ids = [a["id"] for a in arts]
    if ids != ["%03d" % i for i in range(1, len(arts) + 1)]:
        errors.append("ids not sequential")
    pubs = [a["published"] for a in arts]
    if pubs != sorted(pubs) or len(set(pubs)) != len(pubs):
        errors.append("articles not in strict publication order")
    if len(set(a["url"] for a in arts)) != len(arts):
        errors.append("duplicate urls")
    if not (30 <= len(arts) <= 34):
        errors.append("%d articles" % len(arts))

    byid = {a["id"]: a for a in arts}
    for a in arts:
        n = len(a["text"].split())
        if not (120 <= n <= 260):
            errors.append("%s has %d words" % (a["id"], n))
        m = DATELINE.match(a["text"])
        if not m:
            errors.append("%s dateline malformed" % a["id"])
        elif m.group("outlet") != a["source"]:
            errors.append("%s dateline outlet %r != source %r" % (a["id"], m.group("outlet"), a["source"]))
        if a["id"] not in labels["claims"]:
            errors.append("%s missing from claims" % a["id"])

    total = 0
    for aid, cls in labels["claims"].items():
        seen = set()
        for c in cls:
            total += 1
            if c["actor"] not in actors:
                errors.append("%s unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in STANCES:
                errors.append("%s bad stance %s" % (aid, c["stance"]))
            if c["quote"] not in byid[aid]["text"]:
                errors.append("%s quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s quote longer than 15 words: %r" % (aid, c["quote"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s attributed not bool" % aid)
            key = (c["actor"], c["issue"], c["stance"])
            if key in seen:
                errors.append("%s duplicate claim tuple %s" % (aid, key))
            seen.add(key)
            ai = (c["actor"], c["issue"])
            if sum(1 for x in cls if (x["actor"], x["issue"]) == ai and x["attributed"]) > 1 and len({x["stance"] for x in cls if (x["actor"], x["issue"]) == ai and x["attributed"]}) > 1:
                errors.append("%s conflicting attributed stances for %s" % (aid, ai))

    # Recompute shifts: prevailing stance = last attributed labelled stance, starting from baseline.
    prevailing = {(a_, i_): s_ for a_, i_, s_ in baseline}
    recomputed = []
    for a in arts:
        for c in labels["claims"][a["id"]]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            prev = prevailing.get(k)
            if prev is not None and prev != c["stance"]:
                recomputed.append((c["actor"], c["issue"], prev, c["stance"], a["id"]))
            prevailing[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shift mismatch:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))

    shift_ids = {s["article"] for s in labels["shifts"]}
    if labels["no_alert_articles"] != [x for x in ids if x not in shift_ids]:
        errors.append("no_alert_articles wrong")

    # Duplicates: same day, later copy, different outlet, identical claim tuples, not a shift article.
    for a_id, b_id in DUPLICATES:
        A, B = byid[a_id], byid[b_id]
        if A["published"][:10] != B["published"][:10] or A["published"] >= B["published"] or A["source"] == B["source"]:
            errors.append("duplicate pair %s/%s malformed" % (a_id, b_id))
        ta = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][a_id])
        tb = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][b_id])
        if ta != tb:
            errors.append("duplicate pair %s/%s claims differ" % (a_id, b_id))
        if b_id in shift_ids:
            errors.append("duplicate copy %s is labelled as a shift article" % b_id)

    for fn in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", fn)], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (fn, r.stderr.strip()))
    return errors, total


def summary(arts, labels):
    from collections import Counter
    cs = [c for v in labels["claims"].values() for c in v]
    st = Counter(c["stance"] for c in cs)
    print("articles: %d, outlets: %s" % (len(arts), dict(Counter(a["source"] for a in arts))))
    print("claims: %d (%s), attributed false: %d" % (len(cs), dict(st), sum(1 for c in cs if not c["attributed"])))
    print("shifts: %d in articles %s" % (len(labels["shifts"]), sorted({s["article"] for s in labels["shifts"]})))
    print("no-claim articles: %s" % [k for k, v in labels["claims"].items() if not v])
    wc = [len(a["text"].split()) for a in arts]
    print("words per article: min %d, max %d" % (min(wc), max(wc)))


if __name__ == "__main__":
    arts, labels = build()
    errors, total = validate(arts, labels)
    summary(arts, labels)
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")
