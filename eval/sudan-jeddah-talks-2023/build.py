#!/usr/bin/env python3
"""Build the sudan-jeddah-talks-2023 eval set: articles/, feeds/, labels.json, then validate.

Self-contained (stdlib only). Run from anywhere: python3 build.py
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "red-sea-wire": "Red Sea Wire",
    "sahel-courier": "Sahel Courier",
    "nile-ledger": "Nile Ledger",
    "horizon-post": "Horizon Post",
    "eastgate-bulletin": "Eastgate Bulletin",
}

T = True
F = False

# (id, published, outlet, slug, title, text, claims[(actor, issue, stance, quote, attributed)])
A = []

def art(id_, published, outlet, slug, title, text, claims):
    A.append(dict(id=id_, published=published, outlet=outlet, slug=slug, title=title,
                  text=text.strip(), claims=claims))

art("001", "2023-05-06T14:00:00Z", "red-sea-wire", "sudan-envoys-jeddah-saudi-us-talks",
    "Sudan's warring sides send envoys to Jeddah for Saudi-US talks",
    """
JEDDAH, May 6 (Red Sea Wire) - Representatives of Sudan's army and the paramilitary Rapid Support Forces met in the Saudi port city of Jeddah on Saturday for the first direct talks since fighting erupted in Khartoum three weeks ago.

Saudi Arabia and the United States, which brokered the meeting, said in a joint statement that they welcomed the start of pre-negotiation talks and urged both delegations to engage seriously. The statement called for a ceasefire and an end to the suffering of civilians.

The army said its delegation had travelled to Jeddah to discuss the details of a humanitarian truce and would not negotiate a wider political settlement there. The RSF said it welcomed the Saudi-US initiative and had sent a team with a full mandate.

Hundreds of people have been killed in the fighting, and tens of thousands have fled to Egypt and Chad or queued for boats at Port Sudan. Foreign governments have evacuated their diplomats and citizens, many of them by sea to Jeddah.
""", [
    ("saudi-arabia", "jeddah-talks", "support", "they welcomed the start of pre-negotiation talks", T),
    ("usa", "jeddah-talks", "support", "they welcomed the start of pre-negotiation talks", T),
    ("sudan-army", "jeddah-talks", "support", "its delegation had travelled to Jeddah to discuss the details of a humanitarian truce", T),
    ("rsf", "jeddah-talks", "support", "The RSF said it welcomed the Saudi-US initiative", T),
])

art("002", "2023-05-08T11:30:00Z", "sahel-courier", "diplomats-slim-hopes-jeddah-breakthrough",
    "Diplomats see slim hopes for quick breakthrough at Jeddah talks",
    """
CAIRO, May 8 (Sahel Courier) - Diplomats following the talks between Sudan's warring parties in Jeddah said on Monday they saw little chance of an early agreement, as fighting continued in Khartoum and in the western region of Darfur.

Two regional diplomats said the mediators were hoping at best for a short truce to let aid in. One of them suggested the RSF might be more willing than the army to accept international monitors, because it had more to gain from a pause in air strikes. Others said the opposite could prove true.

A spokesman for the army declined to say whether its delegation had the authority to sign a ceasefire. An RSF adviser said only that the group's team was still in Jeddah and would report back to its leadership.

Egyptian officials, who have close ties to the army, said Cairo was following the talks closely and was ready to receive more Sudanese civilians fleeing across the border. The US State Department said it would not comment on the substance of the discussions while they were under way.
""", [])

DECL_A = """
JEDDAH, May 12 (Nile Ledger) - Sudan's army and the Rapid Support Forces have signed a declaration in Jeddah committing them to protect civilians and let humanitarian aid reach people caught in the fighting, but the document stops short of a ceasefire.

Under the text signed late on Thursday, both sides pledged to allow safe passage for relief workers and supplies and to keep their forces out of hospitals, civilians' homes and other public facilities. They also agreed to keep talking about a short-term truce.

A senior US official told reporters the declaration was not a ceasefire but a statement of obligations under international humanitarian law. Saudi Arabia and the United States said in a joint statement that they would press the two sides to honour it and to agree a truce in the coming days.

Fighting was reported in parts of Khartoum and Omdurman on Friday. Aid agencies said they needed guarantees on the ground, not on paper.
"""
DECL_B = """
JEDDAH, May 12 (Horizon Post) - The Sudanese army and the paramilitary Rapid Support Forces signed a declaration in Jeddah late on Thursday in which they committed to protect civilians and let humanitarian aid through, though the deal is not a ceasefire.

In the document, both sides pledged to allow safe passage for relief workers and supplies and to keep their forces out of hospitals, civilians' homes and other public facilities. They agreed to continue discussions on a short truce.

A senior US official said the declaration was not a ceasefire but a restatement of obligations under international humanitarian law. In a joint statement, Saudi Arabia and the United States said they would press the two sides to honour it and to agree a truce within days.

Clashes were reported in Khartoum and Omdurman on Friday, and aid groups said guarantees on paper meant little without safety on the ground.
"""
DECL_CLAIMS = [
    ("sudan-army", "aid-corridors", "support", "both sides pledged to allow safe passage for relief workers and supplies", T),
    ("rsf", "aid-corridors", "support", "both sides pledged to allow safe passage for relief workers and supplies", T),
    ("sudan-army", "rsf-vacates-homes", "support", "to keep their forces out of hospitals, civilians' homes and other public facilities", T),
    ("rsf", "rsf-vacates-homes", "support", "to keep their forces out of hospitals, civilians' homes and other public facilities", T),
]
art("003", "2023-05-12T09:00:00Z", "nile-ledger", "army-rsf-sign-jeddah-declaration-civilians",
    "Sudan's army and RSF sign Jeddah pledge to protect civilians", DECL_A, list(DECL_CLAIMS))
art("004", "2023-05-12T12:45:00Z", "horizon-post", "jeddah-declaration-signed-no-ceasefire",
    "Sudan's rivals sign civilian-protection declaration in Jeddah, no truce yet", DECL_B, list(DECL_CLAIMS))

art("005", "2023-05-16T10:15:00Z", "eastgate-bulletin", "army-says-rsf-must-leave-khartoum-homes",
    "Army says RSF must leave Khartoum homes; paramilitary denies seizing them",
    """
KHARTOUM, May 16 (Eastgate Bulletin) - Sudan's army said on Tuesday that the Rapid Support Forces must pull their fighters out of the homes and hospitals they had seized in the capital, saying the Jeddah declaration would mean nothing until they did.

Army spokesman Brigadier Nabil Abdallah said the army remained committed to the talks in Jeddah and that its delegation was still there. He said the paramilitary group was using residential districts as cover.

Residents of several Khartoum neighbourhoods said RSF fighters had moved into empty houses and set up positions on rooftops. An RSF adviser denied that its forces had occupied any homes and said the accusations were propaganda spread by loyalists of the former regime.

Humanitarian groups said looting of warehouses had made it harder to deliver food. The United Nations said it had not yet received the security guarantees it needed to move supplies into the capital.
""", [
    ("sudan-army", "rsf-vacates-homes", "support", "must pull their fighters out of the homes and hospitals they had seized", T),
    ("sudan-army", "jeddah-talks", "support", "the army remained committed to the talks in Jeddah", T),
])

art("006", "2023-05-21T08:30:00Z", "red-sea-wire", "sudan-seven-day-ceasefire-jeddah",
    "Sudan's warring parties agree seven-day ceasefire in Jeddah",
    """
JEDDAH, May 21 (Red Sea Wire) - Sudan's army and the Rapid Support Forces signed a seven-day ceasefire in Jeddah on Saturday, to take effect 48 hours later, Saudi Arabia and the United States said.

The agreement, the first truce signed by the two sides since the war began, is to be overseen by a monitoring mechanism that includes representatives of both parties and of the two mediators. It commits the army and the RSF to allow the delivery of humanitarian aid and the restoration of essential services.

Saudi Foreign Minister Prince Faisal bin Farhan said the kingdom would keep working with Washington to bring the parties back to the table whenever needed. US Secretary of State Antony Blinken said in a video message that violators would be held accountable through sanctions and other tools.

Several short truces announced since mid-April collapsed within hours. Residents in Khartoum said they would wait to see whether the gunfire stopped before venturing out.
""", [
    ("sudan-army", "jeddah-talks", "support", "Sudan's army and the Rapid Support Forces signed a seven-day ceasefire in Jeddah", T),
    ("rsf", "jeddah-talks", "support", "Sudan's army and the Rapid Support Forces signed a seven-day ceasefire in Jeddah", T),
    ("sudan-army", "aid-corridors", "support", "It commits the army and the RSF to allow the delivery of humanitarian aid", T),
    ("rsf", "aid-corridors", "support", "It commits the army and the RSF to allow the delivery of humanitarian aid", T),
    ("saudi-arabia", "jeddah-talks", "support", "the kingdom would keep working with Washington to bring the parties back", T),
])

art("007", "2023-05-24T16:20:00Z", "sahel-courier", "gunfire-khartoum-jeddah-truce-frays",
    "Gunfire shakes Khartoum as Jeddah truce frays",
    """
KHARTOUM, May 24 (Sahel Courier) - Air strikes and artillery fire were reported in Khartoum and Omdurman on Wednesday, less than two days into the week-long ceasefire agreed in Jeddah, and each side accused the other of breaking it.

Saudi Arabia and the United States said in a statement that they had received information on violations by both parties, including the use of artillery and military aircraft. They urged both sides to respect the truce and to keep their delegations engaged in Jeddah.

The RSF accused the army of bombing its positions in southern Khartoum. The army said RSF fighters had attacked a military base in El Obeid. Neither claim could be independently verified.

Some analysts said the army, which controls the skies, might be tempted to walk away from the talks if it believed it could win on the battlefield. Aid workers said a handful of convoys had moved but that looting and checkpoints were still blocking most deliveries.
""", [
    ("saudi-arabia", "jeddah-talks", "support", "keep their delegations engaged in Jeddah", T),
    ("usa", "jeddah-talks", "support", "keep their delegations engaged in Jeddah", T),
])

art("008", "2023-05-29T19:05:00Z", "nile-ledger", "sudan-truce-extended-five-days",
    "Sudan truce extended by five days as mediators cite limited aid gains",
    """
JEDDAH, May 29 (Nile Ledger) - Sudan's army and the Rapid Support Forces agreed on Monday to extend their ceasefire by five days, hours before it was due to expire, the Saudi and US mediators said.

The mediators said the truce had been imperfect but had allowed some humanitarian aid to reach about two million people. The extension would give time for more relief deliveries and for repairs to water and power lines, they said.

The army said in a statement that it had accepted the extension to help citizens meet their needs, and that aid convoys should be allowed to move freely. The RSF said it had agreed to the extension and hoped it would pave the way to a longer truce.

Both sides reinforced their positions during the truce, according to residents and military observers, and fighting continued in parts of Darfur.
""", [
    ("sudan-army", "jeddah-talks", "support", "it had accepted the extension to help citizens meet their needs", T),
    ("sudan-army", "aid-corridors", "support", "aid convoys should be allowed to move freely", T),
    ("rsf", "jeddah-talks", "support", "The RSF said it had agreed to the extension", T),
])

SUSP_A = """
KHARTOUM, May 31 (Horizon Post) - Sudan's army said on Wednesday it had suspended its participation in the ceasefire talks in Jeddah, accusing the Rapid Support Forces of failing to honour a single provision of the truce.

In a statement, the army said the paramilitary group had never withdrawn its fighters from hospitals and civilians' homes, as the Jeddah declaration required, and had continued to attack its positions. It said the rebels had to leave people's homes before any talks could have meaning.

A government source said the army's delegation remained in Jeddah but would not attend sessions. Hours after the announcement, air strikes were reported in southern Khartoum.

The RSF said it remained committed to the Jeddah process and accused army commanders loyal to the former regime of seeking to wreck it. The Saudi and US mediators did not immediately comment.

The five-day extension of the ceasefire is due to expire on Saturday.
"""
SUSP_B = """
KHARTOUM, May 31 (Eastgate Bulletin) - The Sudanese army has suspended its participation in the Jeddah ceasefire talks, it said on Wednesday, accusing the Rapid Support Forces of violating every provision of the truce.

The army said in a statement that the paramilitary force had never withdrawn from hospitals and civilians' homes as required under the Jeddah declaration and had kept attacking its positions. The rebels had to leave people's homes before any talks could have meaning, it said.

According to a government source, the army's delegation was still in Jeddah but would stay away from the sessions. Air strikes were reported in southern Khartoum hours later.

The RSF said it remained committed to the Jeddah process and accused army officers loyal to the old regime of trying to sabotage it. There was no immediate comment from the Saudi and US mediators.
"""
art("009", "2023-05-31T13:10:00Z", "horizon-post", "sudan-army-suspends-jeddah-talks",
    "Sudan's army suspends participation in Jeddah talks", SUSP_A, [
    ("sudan-army", "jeddah-talks", "oppose", "it had suspended its participation in the ceasefire talks in Jeddah", T),
    ("sudan-army", "rsf-vacates-homes", "support", "the rebels had to leave people's homes before any talks could have meaning", T),
    ("rsf", "jeddah-talks", "support", "The RSF said it remained committed to the Jeddah process", T),
])
art("010", "2023-05-31T15:55:00Z", "eastgate-bulletin", "army-pulls-out-of-jeddah-ceasefire-talks",
    "Sudanese army pulls out of Jeddah ceasefire talks, blames RSF", SUSP_B, [
    ("sudan-army", "jeddah-talks", "oppose", "The Sudanese army has suspended its participation in the Jeddah ceasefire talks", T),
    ("sudan-army", "rsf-vacates-homes", "support", "The rebels had to leave people's homes before any talks could have meaning", T),
    ("rsf", "jeddah-talks", "support", "The RSF said it remained committed to the Jeddah process", T),
])

art("011", "2023-06-02T01:30:00Z", "red-sea-wire", "mediators-pause-jeddah-talks-us-sanctions",
    "Mediators pause Sudan sessions in Jeddah; US imposes sanctions",
    """
WASHINGTON, June 2 (Red Sea Wire) - Saudi Arabia and the United States said on Thursday they were pausing the formal sessions of the Sudan talks in Jeddah because of repeated serious violations of the ceasefire, a day after the army walked out.

In a joint statement, the two mediators said the Jeddah platform remained open and that they were prepared to reconvene the delegations to finish the work begun in May. Washington announced sanctions on companies linked to both the army and the RSF and visa restrictions on officials it did not name.

A spokesman for the army declined to say whether its delegation would return. An RSF official said the group had instructed its team to stay in Jeddah.

Some analysts in Washington said the sanctions were too narrow to change the calculations of either commander.
""", [
    ("saudi-arabia", "jeddah-talks", "support", "the Jeddah platform remained open", T),
    ("usa", "jeddah-talks", "support", "the Jeddah platform remained open", T),
    ("rsf", "jeddah-talks", "support", "the group had instructed its team to stay in Jeddah", T),
])

art("012", "2023-06-13T10:00:00Z", "sahel-courier", "igad-names-kenya-lead-sudan-quartet",
    "IGAD names Kenya to lead new push to end Sudan's war",
    """
DJIBOUTI, June 13 (Sahel Courier) - East African leaders agreed on Monday to set up a group of four countries led by Kenya to seek a meeting between Sudan's army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo.

The regional bloc IGAD said in its final communique that Kenyan President William Ruto would chair the quartet, which also includes Ethiopia, Somalia and South Sudan. The bloc asked the group to secure face-to-face talks within weeks and humanitarian corridors for civilians.

Ruto told the summit that Kenya was ready to lead the effort and that the region could not stand by while Sudan burned. African Union Commission chairman Moussa Faki Mahamat welcomed the decision and said the AU would work with the quartet.

The envoy of Sudan's army-led government left the summit before the communique was read. South Sudan's President Salva Kiir, who had earlier been asked to mediate, will remain a member of the group.
""", [
    ("igad", "kenya-steps-aside", "oppose", "Kenyan President William Ruto would chair the quartet", T),
    ("igad", "aid-corridors", "support", "asked the group to secure face-to-face talks within weeks and humanitarian corridors", T),
    ("kenya", "kenya-steps-aside", "oppose", "Kenya was ready to lead the effort", T),
    ("african-union", "kenya-steps-aside", "oppose", "welcomed the decision and said the AU would work with the quartet", T),
])

art("013", "2023-06-19T17:40:00Z", "nile-ledger", "sudan-army-rejects-kenya-mediation",
    "Sudan's army rejects Kenya as head of regional mediation",
    """
CAIRO, June 19 (Nile Ledger) - Sudan's army-led government on Monday rejected Kenya's leadership of a regional mediation effort, accusing President William Ruto of siding with the Rapid Support Forces, and asked that South Sudan's president take the chair instead.

The foreign ministry said in a statement that Ruto had not been neutral and that Nairobi had hosted RSF advisers. It demanded that Kenya step aside as head of the IGAD quartet and said Sudan would not deal with any initiative led by Nairobi.

Malik Agar, the deputy head of the Sovereign Council, later echoed the point. He said Sudan wanted the region's help, but not from a mediator that had already taken sides.

Kenya's foreign ministry said the country had no interest in Sudan's war other than peace and would carry on with the mandate given to it by IGAD. An RSF adviser said the group welcomed the quartet under Kenya's leadership and accused the army of running from every peace initiative.
""", [
    ("sudan-army", "kenya-steps-aside", "support", "It demanded that Kenya step aside as head of the IGAD quartet", T),
    ("kenya", "kenya-steps-aside", "oppose", "would carry on with the mandate given to it by IGAD", T),
    ("rsf", "kenya-steps-aside", "oppose", "the group welcomed the quartet under Kenya's leadership", T),
])

art("014", "2023-07-10T15:25:00Z", "horizon-post", "sudan-army-boycotts-igad-quartet-addis",
    "Sudan's army boycotts IGAD quartet meeting in Addis Ababa",
    """
ADDIS ABABA, July 10 (Horizon Post) - Sudan's army stayed away from a meeting of the Kenya-led IGAD quartet in Addis Ababa on Monday, saying its objection to Nairobi's chairmanship had not been addressed.

An army delegation was in the Ethiopian capital but did not enter the hall. The foreign ministry repeated that Sudan would not take part as long as Kenya held the chair. An RSF delegation attended.

At the meeting, Kenya's President William Ruto said the quartet would ask the East African Standby Force to consider deploying to protect civilians, and raised the idea of a no-fly zone. He said Kenya would keep leading the group until the guns fell silent. Yasser al-Atta, a member of the army's command, rejected any foreign deployment and called it an invasion.

IGAD's executive secretary, Workneh Gebeyehu, said the quartet would continue under Kenya's chairmanship. Civilian politicians meeting separately in Nairobi called for a ceasefire.
""", [
    ("sudan-army", "kenya-steps-aside", "support", "Sudan would not take part as long as Kenya held the chair", T),
    ("kenya", "kenya-steps-aside", "oppose", "Kenya would keep leading the group until the guns fell silent", T),
    ("igad", "kenya-steps-aside", "oppose", "the quartet would continue under Kenya's chairmanship", T),
])

art("015", "2023-07-13T18:00:00Z", "eastgate-bulletin", "egypt-hosts-sudan-neighbours-summit",
    "Egypt hosts Sudan's neighbours, proposes three-month truce",
    """
CAIRO, July 13 (Eastgate Bulletin) - Egypt hosted the leaders of Sudan's neighbouring states in Cairo on Thursday and proposed a three-month ceasefire, adding another initiative to a crowded field of mediation efforts.

President Abdel Fattah al-Sisi told the summit that the war threatened the whole region and called for a mechanism of foreign ministers to draw up a plan. The final statement called for safe corridors to deliver aid and stressed respect for Sudan's sovereignty and its state institutions.

Burhan's office said in a brief statement that it appreciated Cairo's efforts. It did not say whether the army would accept the proposed truce. The RSF said it welcomed any initiative that would end the war.

Diplomats said the Cairo meeting could compete with the Kenya-led IGAD quartet and the stalled Jeddah talks. Some suggested Egypt was positioning itself as the army's preferred mediator, while Ruto's team was seen in Khartoum as closer to the RSF.
""", [])

art("016", "2023-07-28T12:10:00Z", "red-sea-wire", "rsf-leave-neighbourhoods-if-air-strikes-stop",
    "RSF says it will leave Khartoum neighbourhoods only if air strikes stop",
    """
KHARTOUM, July 28 (Red Sea Wire) - The Rapid Support Forces said on Friday they were ready to pull their fighters out of residential neighbourhoods in Khartoum, but only if the army stopped bombing them from the air and an independent team monitored the withdrawal.

An RSF spokesman said in a statement that its troops had moved into some districts to protect residents from looting and would leave once those conditions were met. The group's commander, Mohamed Hamdan Dagalo, made a similar offer in an audio message posted online, saying his men could not be left exposed to warplanes.

The army dismissed the offer. Its spokesman said there could be no conditions attached to leaving homes that belonged to citizens, and that the rebels should simply get out.

Rights groups say RSF fighters have looted and occupied thousands of homes in the capital since April, while army air strikes have killed civilians in crowded districts. The Jeddah talks have been frozen since early June.
""", [
    ("rsf", "rsf-vacates-homes", "conditional", "ready to pull their fighters out of residential neighbourhoods in Khartoum, but only if", T),
    ("sudan-army", "rsf-vacates-homes", "support", "the rebels should simply get out", T),
])

art("017", "2023-08-28T14:30:00Z", "sahel-courier", "burhan-leaves-khartoum-port-sudan",
    "Burhan leaves Khartoum for first time since war began",
    """
PORT SUDAN, Aug 28 (Sahel Courier) - Sudan's army chief Abdel Fattah al-Burhan arrived in Port Sudan on Monday, his first visit to the Red Sea city since war broke out in April, after months spent at army headquarters in Khartoum.

Burhan toured naval and air bases and greeted crowds at the port. He told soldiers that the army would rebuild what the war had destroyed and that the country would never be ruled by a militia.

Officials said Port Sudan, where several ministries and United Nations agencies have relocated, was likely to become the government's working base. An army spokesman declined to say whether Burhan would travel abroad or whether the army's delegation would return to Jeddah.

Some diplomats suggested Burhan's departure from the capital could make it easier for him to attend talks in person. Others said it was more likely to signal a long war of attrition.
""", [])

art("018", "2023-10-25T11:00:00Z", "nile-ledger", "sudan-army-agrees-return-jeddah-talks",
    "Sudan's army agrees to return to Jeddah talks",
    """
PORT SUDAN, Oct 25 (Nile Ledger) - Sudan's army said on Wednesday it had accepted an invitation from Saudi Arabia and the United States to resume negotiations with the Rapid Support Forces in Jeddah, nearly five months after it walked out.

The foreign ministry said in a statement that the army's delegation would travel to the Saudi city this week and that the talks would build on the Jeddah declaration signed in May. It said resuming negotiations did not end the army's duty to defend the country.

The Saudi foreign ministry said Riyadh had invited both parties and hoped the new round would reach a ceasefire and ease the humanitarian crisis. The RSF said its delegation had already arrived in Jeddah.

Fighting has spread since the talks collapsed, to Darfur and Kordofan, and army aircraft have kept up strikes on RSF positions in the capital. More than five million people have been displaced.
""", [
    ("sudan-army", "jeddah-talks", "support", "accepted an invitation from Saudi Arabia and the United States to resume negotiations", T),
    ("saudi-arabia", "jeddah-talks", "support", "Riyadh had invited both parties", T),
    ("rsf", "jeddah-talks", "support", "The RSF said its delegation had already arrived in Jeddah", T),
])

art("019", "2023-10-30T09:20:00Z", "horizon-post", "jeddah-talks-resume-igad-joins",
    "Jeddah talks on Sudan resume with African mediators joining",
    """
JEDDAH, Oct 30 (Horizon Post) - Talks between Sudan's army and the Rapid Support Forces resumed in Jeddah on Sunday, with the regional bloc IGAD joining Saudi Arabia and the United States as a facilitator on behalf of the African Union.

In a joint statement, the facilitators said the new round would focus on humanitarian access, a ceasefire and confidence-building measures, and would not address a political settlement. IGAD said it had joined the Jeddah process to ensure that African efforts were united behind a single platform.

The African Union Commission said it fully supported the resumed negotiations in Jeddah and urged both delegations to stay until an agreement was reached.

US officials said they did not expect quick results. The RSF, meanwhile, pressed an offensive in South Darfur, where residents reported heavy fighting around Nyala.
""", [
    ("saudi-arabia", "jeddah-talks", "support", "the new round would focus on humanitarian access, a ceasefire and confidence-building measures", T),
    ("usa", "jeddah-talks", "support", "the new round would focus on humanitarian access, a ceasefire and confidence-building measures", T),
    ("igad", "jeddah-talks", "support", "IGAD said it had joined the Jeddah process", T),
    ("african-union", "jeddah-talks", "support", "fully supported the resumed negotiations in Jeddah", T),
])

art("020", "2023-11-08T07:45:00Z", "eastgate-bulletin", "jeddah-aid-steps-no-ceasefire",
    "Sudan's warring parties agree aid steps in Jeddah, but no ceasefire",
    """
JEDDAH, Nov 8 (Eastgate Bulletin) - Sudan's army and the Rapid Support Forces committed in Jeddah to measures to ease the delivery of humanitarian aid, but failed to agree a ceasefire, the Saudi, US and IGAD facilitators said on Tuesday.

The two sides agreed to take part in a humanitarian forum led by the United Nations, to name focal points to remove obstacles to aid, and to take confidence-building steps, including the arrest of fugitive officials of the former regime and an easing of hostile media rhetoric.

The army's delegation said in a statement that it had agreed to facilitate the passage of aid to all areas in need. An RSF statement said the group was committed to opening safe routes for relief.

The RSF has long demanded that the army cut its ties with Islamist figures from the era of former president Omar al-Bashir. The army denies that such figures have any influence over its decisions.

No date was given for the next session, and fighting continued in Khartoum and Darfur.
""", [
    ("sudan-army", "aid-corridors", "support", "it had agreed to facilitate the passage of aid to all areas in need", T),
    ("rsf", "aid-corridors", "support", "the group was committed to opening safe routes for relief", T),
])

art("021", "2023-12-04T13:00:00Z", "red-sea-wire", "jeddah-talks-paused-commitments-missed",
    "Sudan talks in Jeddah paused as parties miss their commitments",
    """
JEDDAH, Dec 4 (Red Sea Wire) - The latest round of talks between Sudan's army and the Rapid Support Forces has been suspended and the delegations have gone home, after the two sides failed to carry out confidence-building steps agreed last month, diplomats said on Monday.

The US State Department said the parties had not fulfilled their commitments and that the United States would keep pushing for the talks in Jeddah to reconvene. A Saudi official said the kingdom's invitation to both delegations still stood.

The army said its delegation had returned for consultations and that Jeddah remained the only platform it recognised for ending the war. The RSF accused the army of walking out and said its own team had been ready to stay.

The pause came as the RSF consolidated its grip on most of Darfur and pushed east toward Al Jazirah state.
""", [
    ("usa", "jeddah-talks", "support", "would keep pushing for the talks in Jeddah to reconvene", T),
    ("saudi-arabia", "jeddah-talks", "support", "the kingdom's invitation to both delegations still stood", T),
    ("sudan-army", "jeddah-talks", "support", "Jeddah remained the only platform it recognised for ending the war", T),
    ("rsf", "jeddah-talks", "support", "its own team had been ready to stay", T),
])

art("022", "2023-12-11T10:30:00Z", "sahel-courier", "army-disputes-igad-burhan-dagalo-meeting",
    "Sudan's army disputes IGAD account of planned meeting with RSF chief",
    """
DJIBOUTI, Dec 11 (Sahel Courier) - Sudan's foreign ministry on Sunday rejected a statement by the regional bloc IGAD that army chief Abdel Fattah al-Burhan had agreed to meet RSF commander Mohamed Hamdan Dagalo within two weeks.

IGAD said after a summit in Djibouti on Saturday that both men had committed to an unconditional ceasefire and a face-to-face meeting. The ministry said Burhan had made no such commitment and that any meeting would depend on a permanent ceasefire being in place first. It said the final communique had been issued without Sudan's consent.

Dagalo, who did not attend the summit, said in a post on X that he was ready to meet Burhan. Kenya's President William Ruto, who attended, did not comment.

Analysts said the dispute showed how far apart the two sides remained, and doubted that the meeting would take place.
""", [])

art("023", "2024-01-03T08:15:00Z", "eastgate-bulletin", "rsf-addis-ababa-declaration-civilians",
    "RSF chief signs Addis Ababa pledge with civilian coalition",
    """
ADDIS ABABA, Jan 3 (Eastgate Bulletin) - RSF commander Mohamed Hamdan Dagalo signed a declaration with Sudan's main civilian coalition in Addis Ababa on Tuesday, pledging to open humanitarian corridors and to let civilians return to homes now held by his forces.

Under the document, agreed with former prime minister Abdalla Hamdok and the Taqaddum coalition he leads, the RSF committed to withdraw its fighters from civilians' homes and to hand back public buildings in the areas it controls. Separately, Dagalo told reporters he was ready for an immediate ceasefire.

Hamdok said he had also asked to meet army chief Abdel Fattah al-Burhan and hoped for a similar commitment. An army spokesman said the RSF had signed many promises before and should start by leaving the homes it has seized, not by signing papers in foreign capitals.

Dagalo has toured several African capitals in recent days, including Kampala and Addis Ababa.
""", [
    ("rsf", "rsf-vacates-homes", "support", "the RSF committed to withdraw its fighters from civilians' homes", T),
    ("rsf", "aid-corridors", "support", "pledging to open humanitarian corridors", T),
    ("sudan-army", "rsf-vacates-homes", "support", "should start by leaving the homes it has seized", T),
])

art("024", "2024-01-17T12:00:00Z", "nile-ledger", "sudan-army-freezes-igad-dealings",
    "Sudan's army freezes dealings with IGAD over invitation to RSF chief",
    """
PORT SUDAN, Jan 17 (Nile Ledger) - Sudan's army-led government said on Tuesday it was suspending its dealings with the regional bloc IGAD on the war, after the bloc invited RSF commander Mohamed Hamdan Dagalo to a summit in Kampala.

The foreign ministry said IGAD had violated Sudan's sovereignty by treating the leader of a rebel militia as an equal. It repeated that Sudan did not accept Kenya as chair of any mediation and said the bloc had ignored its objections for seven months.

IGAD's executive secretary, Workneh Gebeyehu, said the bloc regretted the decision and would pursue its mandate, including the quartet's work under Kenya's leadership. The summit in Kampala went ahead without Sudan's government.

The government has turned increasingly to Egypt, Turkey and Gulf states for support. Officials in Port Sudan have also accused the United Arab Emirates of arming the RSF, a charge Abu Dhabi denies.
""", [
    ("sudan-army", "kenya-steps-aside", "support", "Sudan did not accept Kenya as chair of any mediation", T),
    ("igad", "kenya-steps-aside", "oppose", "including the quartet's work under Kenya's leadership", T),
])

art("025", "2024-02-23T16:45:00Z", "red-sea-wire", "sudan-army-bars-aid-adre-crossing",
    "Sudan's army bars aid through Chad border crossing",
    """
PORT SUDAN, Feb 23 (Red Sea Wire) - Sudan's army-led government said on Friday it would no longer allow humanitarian aid to enter Darfur through the Adre crossing on the border with Chad, saying the route was being used to smuggle weapons to the Rapid Support Forces.

Aid could still reach Darfur, officials said, but only through routes the government controls, including the Tine crossing further north and flights via Port Sudan, and only after inspection by its own agencies. The government said Chad's army had failed to stop arms convoys.

Aid agencies said Adre had been the main lifeline for hundreds of thousands of people in West Darfur and that the alternative routes were longer and crossed front lines. The US State Department urged the authorities to reverse the decision and said aid must be allowed to flow through all available crossings.

The RSF, which controls most of Darfur, called the ban a policy of starvation.
""", [
    ("sudan-army", "aid-corridors", "conditional", "but only through routes the government controls", T),
    ("usa", "aid-corridors", "support", "aid must be allowed to flow through all available crossings", T),
    ("rsf", "aid-corridors", "support", "called the ban a policy of starvation", T),
])

art("026", "2024-03-09T13:30:00Z", "sahel-courier", "army-no-ramadan-truce-rsf-homes",
    "Sudan's army says no Ramadan truce while RSF holds homes",
    """
PORT SUDAN, March 9 (Sahel Courier) - Sudan's army said on Saturday it would not agree to a ceasefire during Ramadan unless the Rapid Support Forces left civilians' homes and withdrew from towns they had seized, a day after the UN Security Council called for a truce during the Muslim holy month.

Malik Agar, deputy head of the Sovereign Council, said the army welcomed any effort to end the war but could not accept a pause that let the RSF stay in people's houses. Port Sudan also repeated its demand that the group honour the Jeddah declaration.

The RSF said it welcomed the Security Council resolution, which was drafted by Britain, and was ready to observe a truce.

Diplomats in New York said the vote showed rare unity on Sudan but doubted it would change much on the ground. Fighting continued on Saturday in Omdurman, where the army has made gains in recent weeks.
""", [
    ("sudan-army", "rsf-vacates-homes", "support", "could not accept a pause that let the RSF stay in people's houses", T),
])

art("027", "2024-04-16T09:00:00Z", "horizon-post", "us-envoy-jeddah-talks-paris-pledges",
    "US envoy wants Jeddah talks back within weeks as donors pledge aid",
    """
PARIS, April 16 (Horizon Post) - Donors pledged more than 2 billion euros in humanitarian aid for Sudan at a conference in Paris on Monday, the first anniversary of the war, as the US special envoy said he wanted the Jeddah talks to resume soon.

Tom Perriello told reporters the United States hoped to bring the army and the Rapid Support Forces back to Jeddah within weeks, in a broader format that would include the African Union, IGAD, Egypt and the United Arab Emirates. He said Washington was working with Saudi Arabia on the timing.

Sudan's foreign ministry criticised the conference for going ahead without the government's participation. It did not comment on the talks.

The army walked out of the Jeddah talks in May last year before returning in October, and the sessions have been suspended since December. Some diplomats said the army was unlikely to return as long as it was gaining ground around Omdurman.
""", [
    ("usa", "jeddah-talks", "support", "hoped to bring the army and the Rapid Support Forces back to Jeddah", T),
])

art("028", "2024-06-19T02:10:00Z", "eastgate-bulletin", "sudan-uae-accusations-security-council",
    "Sudan and UAE trade accusations at Security Council",
    """
UNITED NATIONS, June 19 (Eastgate Bulletin) - Sudan's ambassador to the United Nations accused the United Arab Emirates on Tuesday of supplying weapons to the Rapid Support Forces, in a heated Security Council session on the fighting around El Fasher.

Ambassador Al-Harith Idriss said the UAE was the main sponsor of the RSF's war. The UAE's representative, Mohamed Abushahab, called the accusations absurd and said the army was using them to distract from its refusal to return to negotiations. He said the UAE supported the Jeddah process and a ceasefire, and called on both sides to resume talks without delay.

The RSF has besieged El Fasher, the last major city in Darfur held by the army, for weeks. UN officials warned of famine in the area.

A US diplomat said Washington was looking into reports of arms flows from several countries, without naming them.
""", [
    ("uae", "jeddah-talks", "support", "the UAE supported the Jeddah process", T),
])

art("029", "2024-07-24T10:30:00Z", "nile-ledger", "us-invites-army-rsf-geneva-talks",
    "US invites Sudan's army and RSF to Geneva talks",
    """
WASHINGTON, July 24 (Nile Ledger) - Secretary of State Antony Blinken has invited Sudan's army and the Rapid Support Forces to ceasefire talks in Switzerland starting on Aug 14, co-hosted by Saudi Arabia, with the African Union, the United Arab Emirates, Egypt and the United Nations as observers.

Blinken said on Tuesday that the talks aimed to reach a nationwide cessation of violence and a mechanism to ensure aid reaches everyone in need, and that both parties must attend. The Saudi foreign ministry said the kingdom welcomed the initiative and would co-host the talks in Geneva.

RSF commander Mohamed Hamdan Dagalo said his forces accepted the invitation and would take part. He said he hoped the army would come.

Sudan's foreign ministry said it welcomed the invitation but wanted prior consultations with Washington on the format and agenda, and on why the UAE was included. It said the army was open to the talks provided the RSF first honoured its Jeddah commitment to leave civilian areas.
""", [
    ("usa", "army-joins-geneva", "support", "both parties must attend", T),
    ("usa", "aid-corridors", "support", "a mechanism to ensure aid reaches everyone in need", T),
    ("saudi-arabia", "army-joins-geneva", "support", "the kingdom welcomed the initiative and would co-host the talks in Geneva", T),
    ("rsf", "army-joins-geneva", "support", "he hoped the army would come", T),
    ("sudan-army", "army-joins-geneva", "conditional", "the army was open to the talks provided the RSF first honoured", T),
    ("sudan-army", "rsf-vacates-homes", "support", "the RSF first honoured its Jeddah commitment to leave civilian areas", T),
])

art("030", "2024-08-11T18:20:00Z", "red-sea-wire", "us-sudan-consultations-jeddah-no-deal-geneva",
    "US and Sudanese army consultations end without deal on Geneva",
    """
JEDDAH, Aug 11 (Red Sea Wire) - Consultations in Jeddah between a Sudanese government delegation and US officials ended on Sunday without agreement on the army's participation in the Geneva talks, both sides said.

The government's delegation said it had asked that the Jeddah declaration be carried out before any new forum, including the departure of RSF fighters from homes and public buildings. Its head said the army would go to Geneva only if those steps were agreed first.

The State Department said it regretted the outcome but that the talks would open as planned on Aug 14, and urged the army to send a delegation. Perriello said the door would remain open.

The RSF said its delegation was on its way to Switzerland. Neither Egypt nor the UAE commented.
""", [
    ("sudan-army", "army-joins-geneva", "conditional", "the army would go to Geneva only if those steps were agreed first", T),
    ("sudan-army", "rsf-vacates-homes", "support", "including the departure of RSF fighters from homes and public buildings", T),
    ("usa", "army-joins-geneva", "support", "urged the army to send a delegation", T),
])

art("031", "2024-08-14T15:00:00Z", "sahel-courier", "geneva-talks-open-without-army-burhan",
    "Geneva talks on Sudan open without army as Burhan rules out attending",
    """
GENEVA, Aug 14 (Sahel Courier) - US-led talks on ending Sudan's war opened in Switzerland on Wednesday without the Sudanese army, after its commander Abdel Fattah al-Burhan said it would not take part.

Speaking to troops in eastern Sudan, Burhan said the army would not go to Geneva and would keep fighting until the RSF was defeated. He said no one could force the army to sit with a militia that had seized people's homes.

The RSF sent a delegation to Geneva, though it did not enter formal sessions on the first day. US envoy Tom Perriello said the mediators would press ahead with the parties and partners present and that a seat remained open for the army.

Saudi Arabia, Switzerland and observers from the African Union, Egypt, the UAE and the United Nations attended. Diplomats said the mediators would concentrate on opening routes for aid.
""", [
    ("sudan-army", "army-joins-geneva", "oppose", "the army would not go to Geneva", T),
    ("usa", "army-joins-geneva", "support", "a seat remained open for the army", T),
])

art("032", "2024-08-16T07:30:00Z", "horizon-post", "sudan-army-reopens-adre-crossing",
    "Sudan's army reopens Adre crossing for aid for three months",
    """
PORT SUDAN, Aug 16 (Horizon Post) - Sudan's army-led government said on Thursday it would reopen the Adre border crossing with Chad to humanitarian aid for three months, reversing a ban it imposed in February as famine spread in Darfur.

The Sovereign Council said the decision was taken to ensure that relief reached people in need. It said the move had nothing to do with the talks in Geneva, which the army is boycotting.

The US envoy, Tom Perriello, welcomed the decision and said it would allow aid to reach hundreds of thousands of people facing famine. UN agencies said trucks were ready to move within days.

The RSF said the reopening came too late for many and accused the army of using food as a weapon. A famine was confirmed in the Zamzam displacement camp near El Fasher this month.
""", [
    ("sudan-army", "aid-corridors", "support", "it would reopen the Adre border crossing with Chad to humanitarian aid", T),
    ("usa", "aid-corridors", "support", "welcomed the decision and said it would allow aid to reach", T),
    ("sudan-army", "army-joins-geneva", "oppose", "the talks in Geneva, which the army is boycotting", F),
])

art("033", "2024-08-23T17:50:00Z", "eastgate-bulletin", "geneva-talks-end-aid-pledges-army-absent",
    "Geneva talks end with aid pledges; army stays away",
    """
GENEVA, Aug 23 (Eastgate Bulletin) - Ten days of talks on Sudan ended in Geneva on Friday with commitments to open two aid routes but no ceasefire, and without the Sudanese army ever joining.

In a joint statement, the co-hosts, the United States, Saudi Arabia and Switzerland, said they had secured guarantees for safe and unhindered aid access through the Adre crossing and the Dabbah road from Port Sudan. They urged the army to join future rounds.

US envoy Tom Perriello said the RSF had committed to protect aid convoys in areas it controls. The army did not send a delegation, and a government spokesman said it would not be bound by decisions taken in its absence.

Observers from the African Union, Egypt, the UAE and the United Nations took part in the sessions. Aid groups said the test would be whether trucks actually moved.
""", [
    ("usa", "aid-corridors", "support", "secured guarantees for safe and unhindered aid access", T),
    ("saudi-arabia", "aid-corridors", "support", "secured guarantees for safe and unhindered aid access", T),
    ("usa", "army-joins-geneva", "support", "They urged the army to join future rounds", T),
    ("saudi-arabia", "army-joins-geneva", "support", "They urged the army to join future rounds", T),
    ("rsf", "aid-corridors", "support", "the RSF had committed to protect aid convoys", F),
])

SHIFTS = [
    ("sudan-army", "jeddah-talks", "support", "oppose", "009",
     "The army announces it has suspended its participation in the Jeddah talks; it had backed the talks since 001 (last in 008)."),
    ("rsf", "rsf-vacates-homes", "support", "conditional", "016",
     "The RSF says it will leave residential neighbourhoods only if air strikes stop and a monitor is set up; in 003 it signed the pledge to keep forces out of homes."),
    ("sudan-army", "jeddah-talks", "oppose", "support", "018",
     "The army accepts the Saudi-US invitation and sends its delegation back to Jeddah, reversing the May 31 walkout (009)."),
    ("rsf", "rsf-vacates-homes", "conditional", "support", "023",
     "Dagalo signs the Addis Ababa declaration committing the RSF to withdraw from civilians' homes, dropping the conditions of 016."),
    ("sudan-army", "aid-corridors", "support", "conditional", "025",
     "The army bans aid through Adre and allows it only through routes it controls and inspects; it had pledged free passage of aid (003, 008, 020)."),
    ("sudan-army", "army-joins-geneva", "conditional", "oppose", "031",
     "Burhan says the army will not go to Geneva; in 029 and 030 it was open to attending provided the Jeddah commitments were met first."),
    ("sudan-army", "aid-corridors", "conditional", "support", "032",
     "The army-led government reopens the Adre crossing to aid, reversing the February restriction of 025."),
]

WATCHLIST = """\
# sudan-jeddah-talks-2023 eval set: tracked actors and issues.
# An issue is a proposition under negotiation; a stance is an actor's position on that proposition
# (support | oppose | conditional). Aliases include people, capitals and institutions used as metonyms.
# Cities (Jeddah, Khartoum, Port Sudan, Nairobi, Cairo, Geneva) are also used as plain locations;
# such mentions carry no stance. Port Sudan became the army-led government's seat from August 2023.

actors:
  - id: sudan-army
    name: Sudanese Armed Forces and the army-led government (Abdel Fattah al-Burhan)
    aliases: [Sudanese army, Sudan's army, Sudanese Armed Forces, SAF, the army, army-led government, Sudanese government, Sudan's foreign ministry, Sovereign Council, Port Sudan, Abdel Fattah al-Burhan, al-Burhan, Burhan, Malik Agar, Agar, Yasser al-Atta, al-Atta, Nabil Abdallah, Al-Harith Idriss]
  - id: rsf
    name: Rapid Support Forces (Mohamed Hamdan Dagalo, "Hemedti")
    aliases: [Rapid Support Forces, RSF, Mohamed Hamdan Dagalo, Hamdan Dagalo, Dagalo, Hemedti, Abdelrahim Dagalo]
  - id: saudi-arabia
    name: Saudi Arabia
    aliases: [Saudi Arabia, Saudi government, Saudi foreign ministry, the kingdom, Riyadh, Faisal bin Farhan, Prince Faisal, Mohammed bin Salman]
  - id: usa
    name: United States (federal government, foreign policy)
    aliases: [United States, US, U.S., Washington, State Department, Antony Blinken, Blinken, Molly Phee, Phee, Tom Perriello, Perriello, Linda Thomas-Greenfield]
  - id: african-union
    name: African Union
    aliases: [African Union, AU, African Union Commission, Moussa Faki Mahamat, Moussa Faki, Faki, AU Peace and Security Council]
  - id: igad
    name: IGAD (Intergovernmental Authority on Development)
    aliases: [IGAD, Intergovernmental Authority on Development, Workneh Gebeyehu, Workneh]
  - id: kenya
    name: Kenya
    aliases: [Kenya, Kenyan government, Nairobi, William Ruto, Ruto, Alfred Mutua, Musalia Mudavadi]
  - id: uae
    name: United Arab Emirates
    aliases: [United Arab Emirates, UAE, Emirati government, Abu Dhabi, Anwar Gargash, Gargash, Mohamed Abushahab, Abushahab]

issues:
  - id: jeddah-talks
    name: The army and the RSF negotiate at the Saudi-US-brokered talks in Jeddah
    description: Sudan's warring parties take part in (and stay in) the Jeddah negotiations on a truce and humanitarian access.
    terms: [Jeddah talks, Jeddah process, Jeddah platform, negotiations, resume talks, delegation]
  - id: rsf-vacates-homes
    name: The RSF withdraws its fighters from civilians' homes and public facilities
    description: RSF forces leave the houses, hospitals and public buildings they occupy, as the Jeddah declaration requires.
    terms: [civilian homes, withdraw from homes, leave homes, public facilities, hospitals, residential areas]
  - id: aid-corridors
    name: Safe corridors are opened for humanitarian aid across front lines and borders
    description: Relief convoys get safe, unhindered passage, including cross-border routes such as the Adre crossing.
    terms: [humanitarian corridors, humanitarian access, aid deliveries, safe passage, border crossing, aid routes]
  - id: kenya-steps-aside
    name: Kenya gives up its lead role in the IGAD mediation on Sudan
    description: Kenya (President Ruto) steps down as chair of IGAD's Sudan quartet, as the army demanded.
    terms: [Kenya, IGAD quartet, chair, mediation, Ruto, step aside]
  - id: army-joins-geneva
    name: The Sudanese army takes part in the US-convened Geneva talks
    description: The army sends a delegation to the August 2024 talks in Switzerland co-hosted by the US and Saudi Arabia.
    terms: [Geneva talks, Geneva, Switzerland, delegation, boycott, participate]

# Known starting positions before the first article (all consistent with the articles; none implies a shift).
baseline:
  - {actor: sudan-army, issue: jeddah-talks, stance: support}
  - {actor: rsf, issue: jeddah-talks, stance: support}
  - {actor: saudi-arabia, issue: jeddah-talks, stance: support}
  - {actor: usa, issue: jeddah-talks, stance: support}
  - {actor: usa, issue: aid-corridors, stance: support}
  - {actor: saudi-arabia, issue: aid-corridors, stance: support}
"""


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def url_of(a):
    y, m, d = a["published"][:10].split("-")
    return f"https://example.org/{a['outlet']}/{y}/{m}/{d}/{a['slug']}"


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    with open(os.path.join(HERE, "watchlist.yaml"), "w") as f:
        f.write(WATCHLIST)
    for a in A:
        rec = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]],
               "url": url_of(a), "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w") as f:
            json.dump(rec, f, indent=2, ensure_ascii=False)
            f.write("\n")
    for key, name in OUTLETS.items():
        items = [a for a in A if a["outlet"] == key]
        items.sort(key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>", f"    <link>https://example.org/{key}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch sudan-jeddah-talks-2023 eval set</description>",
               "    <language>en</language>", f"    <lastBuildDate>{rfc822(items[0]['published'])}</lastBuildDate>"]
        for a in items:
            u = url_of(a)
            out += ["    <item>", f"      <title>{escape(a['title'])}</title>", f"      <link>{escape(u)}</link>",
                    f'      <guid isPermaLink="true">{escape(u)}</guid>', f"      <pubDate>{rfc822(a['published'])}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>", "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", key + ".xml"), "w") as f:
            f.write("\n".join(out))
    shift_articles = {s[4] for s in SHIFTS}
    labels = {
        "claims": {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["claims"]] for a in A},
        "shifts": [dict(actor=s[0], issue=s[1], **{"from": s[2]}, to=s[3], article=s[4], why=s[5]) for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in A if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")


def validate():
    errs = []
    # Parse the watchlist ids with a regex so the script stays stdlib-only.
    wl = open(os.path.join(HERE, "watchlist.yaml")).read()
    actors = set(re.findall(r"^  - id: (\S+)", wl.split("issues:")[0], re.M))
    issues = set(re.findall(r"^  - id: (\S+)", wl.split("issues:")[1], re.M))
    base = {(m[0], m[1]): m[2] for m in re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\S+)\}", wl)}
    for (ac, iss), st in base.items():
        if ac not in actors or iss not in issues or st not in ("support", "oppose", "conditional"):
            errs.append(f"baseline bad: {ac} {iss} {st}")
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    if files != sorted(labels["claims"]):
        errs.append("article files and claims keys differ")
    arts = {i: json.load(open(os.path.join(HERE, "articles", i + ".json"))) for i in files}
    prev = ""
    for i, a in arts.items():
        if a["id"] != i:
            errs.append(f"{i}: id mismatch")
        if a["published"] < prev:
            errs.append(f"{i}: not in publication order")
        prev = a["published"]
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errs.append(f"{i}: {n} words")
        if not re.match(r"^[A-Z ]+, [A-Z][a-z]+ \d{1,2} \(" + re.escape(a["source"]) + r"\) - ", a["text"]):
            errs.append(f"{i}: dateline")
        seen = set()
        for c in labels["claims"][i]:
            if c["quote"] not in a["text"]:
                errs.append(f"{i}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errs.append(f"{i}: quote too long: {c['quote']!r}")
            if c["actor"] not in actors or c["issue"] not in issues:
                errs.append(f"{i}: unknown actor/issue {c['actor']}/{c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"):
                errs.append(f"{i}: bad stance")
            t = (c["actor"], c["issue"], c["stance"])
            if t in seen:
                errs.append(f"{i}: duplicate tuple {t}")
            seen.add(t)
    # Replay prevailing stances to check the shift list is exactly what the claims imply.
    cur = dict(base)
    implied = []
    for i in files:
        for c in labels["claims"][i]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in cur and cur[k] != c["stance"]:
                implied.append((c["actor"], c["issue"], cur[k], c["stance"], i))
            cur[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(implied) != sorted(labelled):
        errs.append(f"shift mismatch: implied {implied} labelled {labelled}")
    if set(labels["no_alert_articles"]) != set(files) - {s["article"] for s in labels["shifts"]}:
        errs.append("no_alert_articles wrong")
    for f in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode != 0:
            errs.append(f"xmllint {f}: {r.stderr.strip()}")
    st = {}
    for i in files:
        for c in labels["claims"][i]:
            st[c["stance"]] = st.get(c["stance"], 0) + 1
    print(f"articles={len(files)} claims={sum(st.values())} {st} shifts={len(labelled)} "
          f"unattributed={sum(1 for i in files for c in labels['claims'][i] if not c['attributed'])} "
          f"empty={[i for i in files if not labels['claims'][i]]}")
    for e in errs:
        print("ERROR:", e)
    return not errs


if __name__ == "__main__":
    build()
    sys.exit(0 if validate() else 1)
