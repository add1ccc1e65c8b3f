#!/usr/bin/env python3
"""Builds articles/, labels.json and feeds/ of the gerd-dam-talks set from the data below.
Shifts are computed from the labelled claims (prevailing stance = last attributed stance, from baseline)."""
import json, os, re, html
from datetime import datetime
from email.utils import format_datetime
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = {"nile-wire": "Nile Wire", "horn-courier": "Horn Courier", "delta-ledger": "Delta Ledger"}

def C(actor, issue, stance, quote, attributed=True):
    return dict(actor=actor, issue=issue, stance=stance, quote=quote, attributed=attributed)

A = []  # (published, outlet, slug, title, text, claims)
def art(pub, outlet, slug, title, text, claims):
    A.append((pub, outlet, slug, title, text.strip(), claims))

art("2019-10-05T16:20:00Z", "nile-wire", "dam-talks-deadlock-in-khartoum",
"Dam talks end in deadlock in Khartoum; Egypt calls for outside mediator",
"""KHARTOUM, Oct 5 (Nile Wire) - Two days of talks in Khartoum between the water ministers of Ethiopia, Egypt and Sudan on the Grand Ethiopian Renaissance Dam ended on Saturday without agreement on how fast the reservoir should be filled.

Egypt's irrigation ministry said the negotiations had reached a dead end and called for an international party to mediate between the three countries. Cairo had proposed a filling period of at least seven years and a guaranteed minimum annual release.

Ethiopian Water Minister Seleshi Bekele told reporters that his country rejected the call for a mediator, saying the three governments could resolve their differences themselves and that the Egyptian proposal would amount to a permanent veto over the dam.

Sudan's delegation, which hosted the round, made no statement after the session.""",
[C("egypt","international-mediation","support","called for an international party to mediate between the three countries"),
 C("ethiopia","international-mediation","oppose","his country rejected the call for a mediator")])

art("2019-11-06T21:05:00Z", "horn-courier", "washington-hosts-nile-ministers",
"Washington hosts Nile ministers; Ethiopia says US is an observer, not a mediator",
"""WASHINGTON, Nov 6 (Horn Courier) - The foreign ministers of Egypt, Ethiopia and Sudan met in Washington on Wednesday at the invitation of the US Treasury and agreed to hold four more technical meetings, aiming for a deal by January 15.

Egyptian Foreign Minister Sameh Shoukry welcomed the American role and said Egypt hoped Washington and the World Bank would help the parties bridge their differences.

Ethiopia's foreign ministry stressed in a statement that the United States and the World Bank would attend only as observers. It said Addis Ababa had not accepted any mediation and that the talks remained a matter for the three countries.

Treasury Secretary Steven Mnuchin, who hosted the meeting, said the United States was there to support the process. He declined to say whether Washington would put forward proposals of its own.""",
[C("egypt","international-mediation","support","said Egypt hoped Washington and the World Bank would help the parties bridge"),
 C("ethiopia","international-mediation","oppose","Addis Ababa had not accepted any mediation")])

art("2020-01-15T23:30:00Z", "delta-ledger", "ministers-agree-six-points",
"Ministers agree staged filling in principle; Ethiopia wants guidelines, not a treaty",
"""WASHINGTON, Jan 15 (Delta Ledger) - Ministers from Egypt, Ethiopia and Sudan agreed in Washington on Wednesday that the dam's reservoir would be filled in stages during the rainy season, one of six points released by the US Treasury after four days of talks.

The points leave the hardest questions, including how much water Ethiopia must release in a drought, to be settled in further talks by the end of January.

Ethiopian Water Minister Seleshi Bekele said any final document should be a set of guidelines and rules rather than a binding treaty, arguing that Ethiopia could not sign away its right to use its own river.

Sudan's Irrigation Minister Yasir Abbas declined to say whether Khartoum would sign a final text. One Cairo-based analyst said Ethiopia might eventually accept binding language under US pressure, but that the drought clauses could still sink the deal.""",
[C("ethiopia","binding-agreement","oppose","should be a set of guidelines and rules rather than a binding treaty")])

art("2020-02-29T19:45:00Z", "nile-wire", "egypt-initials-ethiopia-stays-away",
"Egypt initials US-drafted deal as Ethiopia skips Washington round",
"""WASHINGTON, Feb 29 (Nile Wire) - Egypt on Friday initialled a draft agreement on the filling and operation of the Grand Ethiopian Renaissance Dam prepared with the help of the US Treasury and the World Bank, after Ethiopia stayed away from the final round of talks.

In a statement, Treasury Secretary Steven Mnuchin said that final testing and filling should not take place without an agreement, and urged Ethiopia to conclude the deal as soon as possible.

Ethiopia said it had skipped the meeting because its consultations at home were not complete. Sudan attended but did not initial the text.

Egyptian officials described the draft as a fair and balanced, legally binding agreement and called on Ethiopia to sign it.""",
[C("egypt","binding-agreement","support","Egypt on Friday initialled a draft agreement on the filling and operation"),
 C("usa","delay-filling","support","final testing and filling should not take place without an agreement")])

art("2020-03-01T12:10:00Z", "horn-courier", "ethiopia-disappointed-by-us-statement",
"Ethiopia says it will fill dam on schedule, rebukes US statement",
"""ADDIS ABABA, March 1 (Horn Courier) - Ethiopia said on Sunday it was disappointed by a US Treasury statement on the Grand Ethiopian Renaissance Dam and would begin filling the reservoir in line with the construction schedule.

The foreign ministry said the first filling would go ahead in parallel with construction, in accordance with the principles agreed in 2015, and rejected what it called an attempt to conclude the talks before the three countries were ready.

It also said Washington had gone beyond its role as an observer. Ethiopia, it said, had never agreed to any outside mediation.

Egypt, which has long demanded that Ethiopia wait for a deal before filling, did not immediately comment.""",
[C("ethiopia","delay-filling","oppose","would begin filling the reservoir in line with the construction schedule"),
 C("ethiopia","international-mediation","oppose","had never agreed to any outside mediation"),
 C("egypt","delay-filling","support","has long demanded that Ethiopia wait for a deal before filling", False)])

art("2020-03-05T15:00:00Z", "delta-ledger", "arab-league-backs-egypt",
"Arab League backs Egypt on dam; Sudan enters reservation",
"""CAIRO, March 5 (Delta Ledger) - Arab League foreign ministers meeting in Cairo adopted a resolution on Wednesday expressing solidarity with Egypt in the dispute over the Grand Ethiopian Renaissance Dam.

Sudan entered a reservation on the text. A Sudanese diplomat at the meeting declined to say why, telling reporters only that Khartoum's position would be explained through official channels.

Arab League Secretary-General Ahmed Aboul Gheit said the dam affected the water security of the whole Arab world and urged a fair outcome. Ethiopia later dismissed the resolution as one-sided in a short statement that did not address the negotiations themselves.""",
[])

art("2020-05-08T18:40:00Z", "nile-wire", "egypt-writes-to-security-council",
"Egypt asks Security Council to weigh in on dam as filling date nears",
"""NEW YORK, May 8 (Nile Wire) - Egypt has written to the UN Security Council asking it to take up the dispute over the Grand Ethiopian Renaissance Dam, warning that filling the reservoir without an agreement would threaten peace and security in the region.

In the letter, Foreign Minister Sameh Shoukry said Ethiopia must not begin filling until a deal had been reached by the three countries.

Ethiopia responded in its own letter to the council that the dam was a development project with no bearing on international peace, and that the council had no role in the matter.

Diplomats in New York said council members were reluctant to take on a dispute they saw as a regional one.""",
[C("egypt","unsc-involvement","support","Egypt has written to the UN Security Council asking it to take up the dispute"),
 C("egypt","delay-filling","support","Ethiopia must not begin filling until a deal had been reached"),
 C("ethiopia","unsc-involvement","oppose","the council had no role in the matter")])

art("2020-05-22T10:15:00Z", "horn-courier", "sudan-rejects-partial-deal",
"Sudan rejects Ethiopian proposal for partial deal on first filling",
"""KHARTOUM, May 22 (Horn Courier) - Sudanese Prime Minister Abdalla Hamdok has rejected an Ethiopian proposal to sign a partial agreement covering only the first stage of filling the dam's reservoir.

Hamdok said in a letter to his Ethiopian counterpart that Sudan wanted a comprehensive, legally binding agreement covering both filling and long-term operation.

He said Sudan would favour bringing the dispute to the UN Security Council only if the talks led by the three countries failed completely.

Ethiopian Prime Minister Abiy Ahmed had proposed the partial deal earlier this month. His office did not respond to requests for comment.""",
[C("sudan","binding-agreement","support","Sudan wanted a comprehensive, legally binding agreement"),
 C("sudan","unsc-involvement","conditional","would favour bringing the dispute to the UN Security Council only if")])

art("2020-06-20T20:00:00Z", "delta-ledger", "egypt-urges-council-to-intervene",
"Egypt urges Security Council to intervene; Ethiopia says it will fill next month",
"""CAIRO, June 20 (Delta Ledger) - Egypt on Saturday formally asked the UN Security Council to intervene in the dam dispute after the latest round of talks broke down, saying Ethiopia's plan to fill the reservoir without a deal was a threat to the region.

Ethiopian Foreign Minister Gedu Andargachew said his country would begin filling in July whether or not an agreement was reached. "We will start filling," he told a reporter, adding that Ethiopia did not need Egypt's permission.

Sudan sent its own letter to the council urging all three countries to refrain from any unilateral steps, including starting to fill the reservoir, until a deal had been struck.

Some regional analysts said Addis Ababa might soften its timetable if the council took up the matter.""",
[C("egypt","unsc-involvement","support","formally asked the UN Security Council to intervene in the dam dispute"),
 C("egypt","delay-filling","support","Ethiopia's plan to fill the reservoir without a deal was a threat"),
 C("ethiopia","delay-filling","oppose","his country would begin filling in July whether or not an agreement was reached"),
 C("sudan","delay-filling","support","refrain from any unilateral steps, including starting to fill the reservoir")])

art("2020-06-27T09:30:00Z", "nile-wire", "au-summit-returns-talks-to-africa",
"AU summit brings dam talks back under African leadership",
"""JOHANNESBURG, June 27 (Nile Wire) - An emergency online summit of the African Union chaired by South African President Cyril Ramaphosa agreed on Friday that the dam talks would resume under AU leadership.

Ramaphosa said the dispute should be settled by Africans, and that the AU saw no need for outside mediators. "African solutions to African problems," he told the leaders.

Egypt's presidency said after the summit that Ethiopia had agreed to refrain from filling the reservoir until an agreement was reached. Ethiopia's prime minister's office gave a different account, saying the filling would begin within two weeks as construction continued.

Sudan's Hamdok said his country was ready to return to the talks.""",
[C("au","international-mediation","oppose","the AU saw no need for outside mediators"),
 C("ethiopia","delay-filling","support","Ethiopia had agreed to refrain from filling the reservoir until", False),
 C("ethiopia","delay-filling","oppose","saying the filling would begin within two weeks as construction continued")])

art("2020-07-22T17:50:00Z", "horn-courier", "abiy-open-to-binding-deal",
"Abiy says Ethiopia ready for binding deal on filling as first stage is completed",
"""ADDIS ABABA, July 22 (Horn Courier) - Ethiopia said on Wednesday that the first year of filling the dam's reservoir had been completed, helped by heavy rains, and signalled for the first time that it could accept a binding agreement.

After a second AU mini-summit, Prime Minister Abiy Ahmed said Ethiopia was ready to conclude a binding agreement on the filling and annual operation of the dam. He said it would do so provided that the deal did not limit Ethiopia's future development of the Nile's waters.

Egypt's presidency said the leaders had agreed to prioritise a binding legal agreement, which it said remained Cairo's aim.

Sudan said the sudden drop in water levels downstream showed why an agreement was needed.""",
[C("ethiopia","binding-agreement","conditional","provided that the deal did not limit Ethiopia's future development of the Nile's waters"),
 C("egypt","binding-agreement","support","agreed to prioritise a binding legal agreement, which it said remained Cairo's aim")])

art("2020-09-03T14:25:00Z", "delta-ledger", "us-pauses-aid-to-ethiopia",
"US pauses part of Ethiopia aid over dam filling",
"""WASHINGTON, Sept 3 (Delta Ledger) - The United States has paused part of its aid to Ethiopia, the State Department said on Wednesday, citing Ethiopia's decision to begin filling the dam before an agreement had been reached with Egypt and Sudan.

The department said the pause reflected US concern over Ethiopia's unilateral decision to fill the reservoir before a deal.

Ethiopia denied that it had ever promised to hold off filling, saying it had always made clear the first filling would proceed with construction. It called the aid decision regrettable.

A former US diplomat said the move was unlikely to change Ethiopia's calculations.""",
[C("usa","delay-filling","support","citing Ethiopia's decision to begin filling the dam before an agreement had been reached"),
 C("ethiopia","delay-filling","oppose","denied that it had ever promised to hold off filling")])

art("2020-11-21T11:00:00Z", "nile-wire", "sudan-boycotts-au-round",
"Sudan boycotts AU dam round, wants bigger role for experts",
"""KHARTOUM, Nov 21 (Nile Wire) - Sudan stayed away from the latest round of AU-sponsored talks on the dam on Saturday, saying the method of negotiation had to change.

Irrigation Minister Yasir Abbas said Sudan would welcome outside partners such as the United States and the European Union as mediators only if the African Union remained in charge of the process.

He said Khartoum wanted AU experts to be given a mandate to propose solutions instead of merely listening to the three parties.

Talks took place by video link from Addis Ababa, Cairo and Khartoum without the Sudanese delegation.""",
[C("sudan","international-mediation","conditional","as mediators only if the African Union remained in charge")])

art("2021-02-16T08:30:00Z", "horn-courier", "sudan-proposes-quartet",
"Sudan proposes four-way mediation on dam; Egypt backs idea",
"""KHARTOUM, Feb 16 (Horn Courier) - Sudan has formally proposed that the United States, the European Union and the United Nations join the African Union as mediators in the stalled talks over the Grand Ethiopian Renaissance Dam.

Prime Minister Abdalla Hamdok wrote to the leaders of the three organisations and to Washington asking them to mediate rather than only observe. Sudan's Foreign Minister Mariam al-Sadiq al-Mahdi said the previous method of talks had run its course.

Egypt said it supported the Sudanese proposal. Ethiopia did not immediately respond, and a State Department spokesman said Washington was studying the request.""",
[C("sudan","international-mediation","support","asking them to mediate rather than only observe"),
 C("egypt","international-mediation","support","Egypt said it supported the Sudanese proposal")])

art("2021-02-16T13:10:00Z", "delta-ledger", "khartoum-seeks-quartet-mediation",
"Khartoum seeks US, EU, UN mediation alongside AU on Nile dam",
"""KHARTOUM, Feb 16 (Delta Ledger) - Sudan formally asked the United States, the European Union and the United Nations on Tuesday to join the African Union as mediators in the dam talks, which have been stalled for months.

In letters sent by Prime Minister Abdalla Hamdok, Sudan asked the four parties to mediate rather than only observe. Foreign Minister Mariam al-Sadiq al-Mahdi said the old format had run its course.

Egypt said it supported the Sudanese proposal. There was no immediate Ethiopian reaction; the State Department said Washington was studying the letter.""",
[C("sudan","international-mediation","support","asked the four parties to mediate rather than only observe"),
 C("egypt","international-mediation","support","Egypt said it supported the Sudanese proposal")])

art("2021-03-09T16:00:00Z", "nile-wire", "ethiopia-rejects-quartet",
"Ethiopia rejects quartet mediation, says second filling will go ahead",
"""ADDIS ABABA, March 9 (Nile Wire) - Ethiopia on Tuesday rejected Sudan's proposal for four-way mediation of the dam dispute, saying it remained committed to the AU-led process.

Foreign ministry spokesman Dina Mufti said observers from the United States and the European Union were welcome to stay, but that Ethiopia would not accept them as mediators. He said the second filling of the reservoir would take place in July as planned, with or without a deal.

Egyptian President Abdel Fattah al-Sisi, speaking in Cairo, said Egypt would not accept any second filling without a binding agreement.

A Western diplomat in Addis Ababa said the gap between the parties was wider than at any point since 2019.""",
[C("ethiopia","international-mediation","oppose","Ethiopia would not accept them as mediators"),
 C("ethiopia","give-up-unilateral-filling","oppose","the second filling of the reservoir would take place in July as planned"),
 C("egypt","give-up-unilateral-filling","support","Egypt would not accept any second filling without a binding agreement"),
 C("egypt","binding-agreement","support","would not accept any second filling without a binding agreement")])

art("2021-04-06T21:40:00Z", "horn-courier", "kinshasa-talks-collapse",
"Kinshasa dam talks collapse; AU chair opens door to outside mediators",
"""KINSHASA, April 6 (Horn Courier) - Three days of talks in Kinshasa on the Grand Ethiopian Renaissance Dam ended on Tuesday without agreement, the latest failure in a decade-long dispute.

Congolese President Felix Tshisekedi, the current AU chair, said the United States, the EU and the UN could help mediate provided that all three countries agreed to it. It was the first time the AU had said outside mediators might have a role.

Ethiopia's foreign ministry said it would not sign any agreement that binds it to fixed water releases, and offered instead only to share data on the second filling. Cairo rejected the data offer, saying only a legally binding agreement would protect downstream states.

Egypt's Foreign Minister Sameh Shoukry said the talks had failed because Ethiopia had refused every proposal for outside mediation. Sudan said Ethiopia's stance left it no choice but to consider other options.""",
[C("au","international-mediation","conditional","could help mediate provided that all three countries agreed to it"),
 C("egypt","binding-agreement","support","Cairo rejected the data offer, saying only a legally binding agreement would"),
 C("ethiopia","binding-agreement","oppose","would not sign any agreement that binds it to fixed water releases"),
 C("ethiopia","international-mediation","oppose","Ethiopia had refused every proposal for outside mediation", False)])

art("2021-04-20T10:05:00Z", "delta-ledger", "khartoum-warns-on-second-filling",
"Khartoum warns Addis Ababa against second filling without deal",
"""KHARTOUM, April 20 (Delta Ledger) - Sudan warned Ethiopia on Tuesday against going ahead with the second filling of the dam's reservoir, saying a unilateral move would endanger millions of people living downstream.

Irrigation Minister Yasir Abbas said Khartoum would not accept any second filling that was not preceded by a binding agreement. He said the Roseires dam, 100 km downstream, could not operate safely without data from the Ethiopian side.

In Addis Ababa, Ethiopian officials said the filling would be carried out "in a manner that does not harm" downstream states.

Egyptian commentators said they expected Cairo to take the matter back to the Security Council.""",
[C("sudan","give-up-unilateral-filling","support","Khartoum would not accept any second filling that was not preceded by"),
 C("sudan","binding-agreement","support","not accept any second filling that was not preceded by a binding agreement"),
 C("ethiopia","give-up-unilateral-filling","oppose","said the filling would be carried out")])

art("2021-06-16T19:20:00Z", "nile-wire", "egypt-sudan-seek-council-session",
"Egypt and Sudan ask Security Council for dam session",
"""NEW YORK, June 16 (Nile Wire) - Sudan asked the UN Security Council on Wednesday to hold a session on the dam dispute, dropping its earlier preference for keeping the matter out of New York while African talks continued.

Foreign Minister Mariam al-Sadiq al-Mahdi said in the letter that the council should meet urgently because Ethiopia's plan for a second filling posed a direct threat to Sudan. Egypt made the same request in a separate letter.

Ethiopia's foreign ministry said the dispute was not a matter for the Security Council and should stay with the African Union.

A diplomat from a council member said any session was unlikely to produce more than a statement.""",
[C("sudan","unsc-involvement","support","the council should meet urgently"),
 C("egypt","unsc-involvement","support","Egypt made the same request in a separate letter"),
 C("ethiopia","unsc-involvement","oppose","the dispute was not a matter for the Security Council")])

art("2021-07-08T23:10:00Z", "horn-courier", "council-meets-on-dam",
"Security Council meets on dam as Ethiopia begins second filling",
"""NEW YORK, July 8 (Horn Courier) - The UN Security Council met on Thursday to discuss the dispute over the Grand Ethiopian Renaissance Dam, days after Ethiopia notified Egypt and Sudan that the second filling of the reservoir had started.

Ethiopian Water Minister Seleshi Bekele told the council that the filling was a normal part of construction. He said Ethiopia would not halt it.

Egypt's Sameh Shoukry said Ethiopia must stop all unilateral filling and return to talks aimed at a legally binding agreement within six months.

Tunisia circulated a draft resolution along those lines. Several council members said the AU should remain in charge, and diplomats said the draft was unlikely to be put to a vote soon.""",
[C("ethiopia","give-up-unilateral-filling","oppose","He said Ethiopia would not halt it"),
 C("egypt","give-up-unilateral-filling","support","Ethiopia must stop all unilateral filling"),
 C("egypt","binding-agreement","support","return to talks aimed at a legally binding agreement within six months")])

DUP = {"015": "014"}

def main():
    wl = open(os.path.join(HERE, "watchlist.yaml")).read()
    base = {}
    for m in re.finditer(r"\{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}", wl):
        base[(m[1], m[2])] = m[3]
    pubs = [a[0] for a in A]
    assert pubs == sorted(pubs)
    claims, arts = {}, []
    for i, (pub, outlet, slug, title, text, cl) in enumerate(A, 1):
        nid = f"{i:03d}"
        d = datetime.fromisoformat(pub.replace("Z", "+00:00"))
        url = f"https://example.org/{outlet}/{d:%Y/%m/%d}/{slug}"
        a = {"id": nid, "published": pub, "source": OUT[outlet], "url": url, "title": title, "text": text}
        arts.append((a, outlet, d))
        json.dump(a, open(os.path.join(HERE, "articles", nid + ".json"), "w"), indent=2, ensure_ascii=False)
        for c in cl:
            assert c["quote"] in text, (nid, c["quote"])
            assert len(c["quote"].split()) <= 15, (nid, c["quote"])
            assert c["stance"] in ("support", "oppose", "conditional")
        claims[nid] = cl
    for dup, orig in DUP.items():
        assert [(c["actor"], c["issue"], c["stance"]) for c in claims[dup]] == [(c["actor"], c["issue"], c["stance"]) for c in claims[orig]]
    prev, shifts = dict(base), []
    for nid, cl in claims.items():
        if nid in DUP:
            continue
        for c in cl:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"]:
                shifts.append({"actor": k[0], "issue": k[1], "from": prev[k], "to": c["stance"], "article": nid, "why": WHY.get((nid, k[0], k[1]), "")})
            prev[k] = c["stance"]
    shift_arts = {s["article"] for s in shifts}
    labels = {"claims": claims, "shifts": shifts, "no_alert_articles": [n for n in claims if n not in shift_arts]}
    json.dump(labels, open(os.path.join(HERE, "labels.json"), "w"), indent=1, ensure_ascii=False)
    for outlet, name in OUT.items():
        items = [(a, d) for a, o, d in arts if o == outlet]
        last = max(d for _, d in items)
        x = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
             f'    <title>{name}</title>', f'    <link>https://example.org/{outlet}/</link>',
             f'    <description>{name}: fictional outlet for the shiftwatch gerd-dam-talks held-out set</description>',
             '    <language>en</language>', f'    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>']
        for a, d in items:
            e = lambda s: html.escape(s, quote=False)
            x += ['    <item>', f'      <title>{e(a["title"])}</title>', f'      <link>{a["url"]}</link>',
                  f'      <guid isPermaLink="true">{a["url"]}</guid>', f'      <pubDate>{format_datetime(d, usegmt=True)}</pubDate>',
                  f'      <description>{e(a["text"])}</description>', '    </item>']
        x += ['  </channel>', '</rss>', '']
        open(os.path.join(HERE, "feeds", outlet + ".xml"), "w").write("\n".join(x))
    n = sum(len(c) for c in claims.values())
    from collections import Counter
    print("articles", len(claims), "claims", n, Counter(c["stance"] for cl in claims.values() for c in cl),
          "unattributed", sum(1 for cl in claims.values() for c in cl if not c["attributed"]))
    print("empty", [k for k, v in claims.items() if not v])
    for s in shifts: print(s)

WHY = {
 ("011","ethiopia","binding-agreement"): "Abiy says Ethiopia is ready to conclude a binding agreement on filling and operation, provided it does not limit future development; in 003 Seleshi wanted guidelines rather than a binding treaty (baseline oppose).",
 ("014","sudan","international-mediation"): "Sudan formally asks the US, EU and UN to mediate alongside the AU; in 013 it would accept outside mediators only if the AU stayed in charge.",
 ("017","au","international-mediation"): "AU chair Tshisekedi says the US, EU and UN could help mediate provided all three countries agree; in 010 Ramaphosa said the AU saw no need for outside mediators.",
 ("017","ethiopia","binding-agreement"): "Ethiopia says it will not sign any agreement binding it to fixed releases and offers only data sharing, dropping the conditional readiness for a binding deal it signalled in 011.",
 ("019","sudan","unsc-involvement"): "Sudan asks the Security Council to meet urgently; in 008 Hamdok favoured the council only if the three-country talks failed completely.",
}
if __name__ == "__main__":
    main()
