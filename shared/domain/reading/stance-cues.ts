/**
 * Stance cues and polarity: the ops of a sentence (support, oppose, give-up, negation, condition, speech,
 * speculation, background), condition zones, and `stanceFor`, which turns one holder, its cues and one issue hit into
 * a claim (sign, conditional, filters, attribution, confidence, explanation) and records its rank.
 */
import type { Claim, ClaimExplanation, Stance } from '../types.js';
import { CARRY_REFS, DEMAND_HEADS, ENTITLEMENT_DENIED, ENTITLEMENT_GRANTED, MANNER_ADVERBS, NEGOTIATED_TEXT_NOUNS, PARTICIPATION_PHRASES, RECEIVING_VERBS, STOP_WORDS, TIME_ADJUNCT_STARTS, WEAK_CUES, splittablePhrasal, type OpKind } from './lexicon.js';
import { QUOTES, DAYS, MONTHS, stemOf, stemsJoined, wordsJoined, isCap, GENERIC_STEMS, text, type Tok } from './tokens.js';
import type { Compiled, IssueInfo } from './compiled-watchlist.js';
import type { Hit } from './issue-hits.js';
import type { SentInfo, HolderCues } from './stance-reader.js';
import { matchAliasAt } from './actor-mentions.js';

export interface Op { kind: OpKind; start: number; end: number; label: string; weak?: boolean; act?: string; nameAct?: string }
/** An op with every field present, so that all ops share one object shape (V8 compiles their readers once). */
export function op(kind: OpKind, start: number, end: number, label: string, weak = false, act?: string, nameAct?: string): Op {
  return { kind, start, end, label, weak, act, nameAct };
}

/**
 * How surely a claim beats a competing reading of the same (actor, issue) in the same article. Kept apart from the
 * published confidence: choosing between two readings of one sentence depends on the cue and the holder, not on how
 * generic the issue's words are (which only says how far to trust the claim on its own).
 */
export const RANK = new WeakMap<Claim, number>();
export function claimRank(c: Claim): number { return RANK.get(c) ?? c.confidence; }
/** Conditional claims whose condition is stated ("only if", "in exchange for"), not bare openness ("open to talks"). */
export const STATED_CONDITION = new WeakSet<Claim>();
/** Claims read from a weak cue only ("should", "needs"): an explicit cue read as surely outranks them. */
export const WEAK_CUE = new WeakSet<Claim>();

export function findOps(toks: Tok[], s: number, e: number): Op[] {
  const ops: Op[] = [];
  for (let i = s; i < e; i++) {
    // (what the word can start is looked up once per distinct word: Word in tokens.ts)
    const word = toks[i].word;
    if (!word.opStart) continue;
    // "with or without the opposition": regardless of it, nothing is given up
    if (toks[i].low === 'without' && toks[i - 1]?.low === 'or' && toks[i - 2]?.low === 'with' && i - 2 >= s) continue;
    if (word.specialOp) {
      const special = specialOp(toks, s, e, i);
      if (special) {
        // (the threat's own verb, "quit", is no giving-up of the issue: the threat op speaks for it)
        if (special.kind === 'opp' && toks[i].low === 'if') {
          for (let k = ops.length - 1; k >= 0 && ops[k].start >= i - 7; k--) if (ops[k].kind === 'giveup' && THREAT_VERBS.test(toks[ops[k].start].low)) ops.splice(k, 1);
        }
        ops.push(special);
        continue;
      }
    }
    const starts = word.phrases;
    if (!starts) continue;
    // (a phrase of two or more words needs its second word next, or a time adjunct in between; else only the
    // one-word phrases and splittable phrasal verbs can match here)
    const next = i + 1 < e ? toks[i + 1].word : undefined;
    // (a vote's tally may split it too: "voted 352-65 for")
    const tally = next !== undefined && next.low.charCodeAt(0) >= 48 && next.low.charCodeAt(0) <= 57;
    const list = next === undefined || (!next.phraseFollower && !tally) ? starts.withoutSecondWord
      : tally || TIME_ADJUNCT_STARTS.has(next.low) || next.low === 'with' ? starts.all : starts.afterSecondWord.get(next.low) ?? starts.withoutSecondWord;
    let skip = -1; // the time adjunct after this word, measured once
    let withLength = -1; // (and the "with" adjunct)
    for (const p of list) {
      if (i + p.words.length > e) continue;
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = p.words[k].includes(toks[i + k].low);
      if (!ok && p.words.length >= 2) {
        // a phrase split by a time adjunct ("called on Thursday for new elections", "agreed late on Monday to")
        if (skip < 0) skip = timeAdjunctLength(toks, i + 1, e);
        let fits = skip > 0 && i + skip + p.words.length <= e;
        for (let k = 1; k < p.words.length && fits; k++) fits = p.words[k].includes(toks[i + skip + k].low);
        if (fits) {
          ops.push(op(p.kind, i, i + skip + p.words.length, p.label, WEAK_CUES.has(p.label)));
          break;
        }
      }
      // (or by whom it is done with, before the topic: "would not negotiate with Washington over enrichment")
      if (!ok && toks[i + 1].low === 'with' && p.words.length === 2 && p.words[1].every((w) => /^(on|over|about)$/.test(w))) {
        if (withLength < 0) withLength = withAdjunctLength(toks, i + 1, e);
        if (withLength > 0 && p.words[1].includes(toks[i + 1 + withLength]?.low ?? '')) {
          ops.push(op(p.kind, i, i + withLength + 2, p.label, WEAK_CUES.has(p.label)));
          break;
        }
      }
      if (!ok && splittablePhrasal(p)) {
        // a phrasal verb split by its object ("hand the recordings over", "give its demand up")
        let k = i + 1;
        while (k < e && k <= i + 4 && /^(DET|NOUN|ADJ|PRON|PROPN|NUM)$/.test(toks[k].pos) && !p.words[1].includes(toks[k].low)) k++;
        // (not an amount: "giving ByteDance up to a year")
        const amount = toks[k]?.low === 'up' && toks[k + 1]?.low === 'to' && (toks[k + 2]?.pos === 'NUM' || /^(a|an)$/.test(toks[k + 2]?.low ?? ''));
        // (not "let the union go ahead with it": what is let go on is allowed)
        const goesOn = toks[k]?.low === 'go' && /^(ahead|forward|through|on|back|to|into)$/.test(toks[k + 1]?.low ?? '');
        if (k > i + 1 && k < e && !amount && !goesOn && p.words[1].includes(toks[k].low) && toks.slice(i + 1, k).some((t) => t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'PROPN')) {
          ops.push(op(p.kind, i, i + 1, `${toks[i].text} ... ${toks[k].text}`, WEAK_CUES.has(p.label)));
          break;
        }
      }
      if (!ok) continue;
      // "would not say yes to Sweden joining": an answer, not a refusal to answer (the "not" stays a negation)
      if (p.kind === 'skip' && /\bsay$/.test(p.label) && /^(yes|no)$/.test(toks[i + p.words.length]?.low ?? '')) continue;
      // ("compromised its sovereignty": the verb with its object; "a compromise", "compromise on" are no harm)
      if (p.kind === 'giveup' && /^compromis/.test(toks[i].low) && !(toks[i].pos === 'VERB' && /^(DET|PRON|NOUN|ADJ|PROPN)$/.test(toks[i + 1]?.pos ?? '') && toks[i - 1]?.low !== 'to')) continue;
      // "left it no option", "left its members disappointed", "left the app free to operate", "left finance open", "the
      // left": a leaving that states a result or a party, not a giving-up ("left by" was measured and kept: a holdout
      // lost a claim)
      if (p.kind === 'giveup' && /^(leave|leaves|left|leaving)$/.test(p.label) && leftAsResult(toks, i, e)) continue;
      // ("go back on strike": back to a walkout, not reneging on anything)
      if (p.kind === 'giveup' && /back on$/.test(p.label) && /^(strike|strikes)$/.test(toks[i + p.words.length]?.low ?? '')) continue;
      // "after her deal was voted down": a past defeat told as background, no one's position
      // (but "the tax must be voted down", "wanted it to be voted down" is a wish)
      // (and so is one awaited: "would keep protesting until the bill was voted down")
      if (p.label === 'vote down' && i > s && BE_FORMS.test(toks[i - 1].low) && toks[i - 1].low !== 'be' && !lowMatchIn(toks, Math.max(s, i - 8), i, /^until$/)) continue;
      // "the deal was temporarily on hold": held, not dropped; not "put the process on hold" (a giving-up) nor "with talks
      // on hold" (a scene)
      if (p.label === 'on hold' && !beforeAdverbs(toks, s, i, /^(is|was|are|were|be|been|remains|remained|remain|stays|stayed)$/)) continue;
      // "looked forward to Sweden's membership" wants it; "looked forward to working with them", "to receiving its jets"
      // looks forward to something else
      if (p.label === 'look forward to' && /^(working|receiving|reaching|engaging|meeting|talking|discussing|hearing|seeing|continuing|cooperating|visiting|hosting)$/.test(toks[i + p.words.length]?.low ?? '')) continue;
      // "would keep funding the mission and providing logistics", "had provided aid": the verb, no condition ("provided
      // that ...", "provided Sudland cut its tariffs", "providing the union agreed" are conditions)
      if (p.kind === 'conn' && /^provid(ed|ing)$/.test(p.label) && /^(and|or|by|of|for|in|to|is|was|were|are|be|been|being|has|have|had|not|also|already|without)$/.test(toks[i - 1]?.low ?? '')) continue;
      // "would deal only with the border": a verb's own preposition, no condition
      if (p.label === 'only with' && toks[i - 1]?.pos === 'VERB') continue;
      // "would vote for the law as soon as the provinces dropped their objection": a condition, like "once" (not "as soon
      // as possible"; only of what would be: "left as soon as the talks ended" is when; and not of the thing itself or
      // the holder's own chance: "would sign the bill as soon as it reached his desk", "would repeal it as soon as it won power")
      if (p.label === 'as soon as' && !(i > s && /^(PROPN|NOUN|DET)$/.test(toks[i + 3]?.pos ?? '') && lowMatchIn(toks, s, i, FUTURE_MODALS))) continue;
      // "only as the troops left" is a condition, "only as a last resort" a role
      if (p.label === 'only as' && !verbWithin(toks, i + 2, Math.min(e, i + 8))) continue;
      // a word inside a name ("United States", "Stand By Me") is not a cue
      if (i > s && isCap(toks[i].text) && isCap(toks[i - 1].text) && (toks[i - 1].pos === 'PROPN' || toks[i].pos === 'PROPN') && toks[i].text !== 'May') break;
      // a capitalised verb form in mid-sentence is a name ("Secretary of State John Kerry said"), not a verb
      if (p.verb && i > s && isCap(toks[i].text) && /^[A-Z][a-z]/.test(toks[i].text) && /^[a-z,]/.test(toks[i - 1].text)) break;
      // modal "may" vs the month / a name: only lower-case counts as speculation
      if (p.kind === 'spec' && toks[i].text === 'May') break;
      // "the two sides still disagree over a vote": a disagreement about a thing is no opposition to it
      if (p.kind === 'opp' && p.words.length === 1 && /^disagree/.test(toks[i].low) && /^(over|on|about|among|between)$/.test(toks[i + 1]?.low ?? '')) break;
      // "signalled openness to", "signalled its support for": a stance signalled in so many words is stated, no hint
      if (p.kind === 'spec' && /^signal/.test(toks[i].low) && SIGNALLED_STANCE.test(toks[i + 1]?.low ?? '')) break;
      // "signalled (that) it could accept the plan": a hint of the speaker's own position carries it like "said" does;
      // its hedge ("could") is read there (a bare "signalled a shift", or one that it "might" accept, stays a hint)
      // (across a time adjunct too: "signalled on Monday that it could lift its veto")
      if (p.kind === 'spec' && /^(signal|hint)/.test(toks[i].low) && clauseFollows(toks, i + 1 + timeAdjunctLength(toks, i + 1, e), e)) {
        ops.push(op('speech', i, i + 1, toks[i].text));
        break;
      }
      // "the proposed side letter", "its stalled agreement": a participle used as an adjective is not a stance
      if ((p.kind === 'sup' || p.kind === 'opp' || p.kind === 'giveup') && p.words.length === 1 && /(ed|ing)$/.test(toks[i].low) && i > s
        && (/^(the|a|an|its|their|his|her|our|'s|this|that|these|those|newly|jointly)$/.test(toks[i - 1].low) || toks[i - 1].pos === 'NUM')
        // (a relative "that" opens a clause: "anything that undermined sovereignty")
        // (after a noun or pronoun: "backed that proposed deal" is still a determiner)
        && !(toks[i - 1].low === 'that' && toks[i - 1].pos === 'PRON' && /^(NOUN|PRON|PROPN)$/.test(toks[i - 2]?.pos ?? ''))
        && (toks[i + 1]?.pos === 'NOUN' || toks[i + 1]?.pos === 'ADJ' || toks[i + 1]?.pos === 'PROPN')) break; // ("four abandoned villages")
      // (but a stop put to something is giving it up: "called for a halt to the legislation", "a freeze on the bills")
      if (p.verb && i > s && (/^(a|an)$/.test(toks[i - 1].low) || (toks[i - 1].low === 'the' && toks[i + 1]?.low === 'of'))
        && !(p.kind === 'giveup' && NOMINAL_STOPS.test(toks[i].low) && /^(to|on|of|in)$/.test(toks[i + 1]?.low ?? ''))
        // (and so is "the repeal of", "the scrapping of", "the dropping of": a giving-up said as a noun with its object)
        && !(p.kind === 'giveup' && toks[i - 1].low === 'the' && toks[i + 1]?.low === 'of' && !MOVING_GIVE_UPS.test(toks[i].low))
        // (and "has the backing of Sudland", "won the support of": the stance of who follows, had or received)
        && !((p.kind === 'sup' || p.kind === 'opp') && receivedStanceNoun(toks, i))) break;
      // "discussed the request", "any extradition request": a stance noun with an article is an object, not a stance
      if (!p.verb && p.words.length === 1 && toks[i].pos === 'NOUN' && toks[i + 1]?.pos === 'NOUN' && !isCap(toks[i + 1].text) && i + 1 < e) break; // "opposition parties"
      // "the opposition Labour Party", "opposition leader Kurti": a modifier of a name, not a stance
      if (p.label === 'opposition' && isCap(toks[i + 1]?.text ?? '')) break;
      // ("Opposition leader Friedrich Merz", "opposition lawmakers": a role, whatever the tagger calls it)
      if (p.label === 'opposition' && OPPOSITION_ROLES.test(toks[i + 1]?.low ?? '')) break;
      // (but "would be a threat", "was a mistake": a predicate noun is a stance)
      if (p.words.length === 1 && (p.kind === 'sup' || p.kind === 'opp') && toks[i].pos === 'NOUN' && i > s + 1
        && /^(the|a|an|this|that|these|those|any|every|each)$/.test(toks[i - 1].low)
        && !/^(be|is|was|are|were|been|remains|remained|seemed|called|became|becomes|as)$/.test(toks[i - 2].low)
        // (nor one had or received from someone: "has the backing of Sudland", "won the support of")
        && !receivedStanceNoun(toks, i)
        // ("called the salt tax a non-starter": the noun names what the object is called)
        && !namingVerbBefore(toks, Math.max(s, i - 7), i - 1)) break;
      // "a guarantee against a hard border": a preposition after a noun is not opposition
      // (but a stance noun's "against" is the stance: "the party's official stance against impeachment")
      // (and so is a legal action's, when the holder brings it: "filed a lawsuit against the tax", not "decided the
      // lawsuits against the contract")
      if (p.label === 'against' && i > s && (toks[i - 1].pos === 'NOUN' || toks[i - 1].pos === 'PROPN') && !STANCE_NOUNS.test(toks[i - 1].low)
        && !(LEGAL_ACTIONS.test(toks[i - 1].low) && toks.slice(Math.max(s, i - 4), i - 1).some((t) => BRINGING_VERBS.test(t.low)))) break;
      // "would address Bulgaria's concerns about X", "a solution to the unions' concerns about it": concerns named, not
      // voiced here ("raised concerns about it" voices them)
      if (p.label === 'concerns about' && /^('s|'|its|his|her|their|our|the)$/.test(toks[i - 1]?.low ?? '')) break;
      // "dismissed almost his entire cabinet": removing people from office, no rejection of a proposition
      if (p.label === 'dismiss' && p.words.length === 1 && firedPeopleAfter(toks, i + 1, e)) break;
      // "including X" lists parts of something else; "must include X" asks for X
      if (p.label === 'include' && toks[i].low === 'including') break;
      // "push back a planned increase", "scaled back", "rolled back": a particle, not the verb "back"
      if (p.label === 'back' && i > s && /^(push|pushed|pushes|pushing|scale|scaled|scaling|roll|rolled|rolling|step|stepped|cut|cutting|set|hold|held|holding|pull|pulled|pulling|bring|brought|turn|turned|put|putting|fight|fought|fighting|come|came|coming|go|went|going|get|got|getting|kick|kicked|pare|pared|wind|wound|dial|dialled|dialed)$/.test(toks[i - 1].low)) break;
      // "withdrawal agreement": a give-up noun used as a modifier gives nothing up
      // ("export restrictions", "transfer fees": a give-up word tagged as a noun before a noun is a modifier too, but not
      // a gerund with its object: "ruled out ceding territory")
      if (p.kind === 'giveup' && p.words.length === 1 && (/(al|ion|ment)$/.test(toks[i].low) || (toks[i].pos === 'NOUN' && !/(s|ing)$/.test(toks[i].low) && /^(DET|PRON|ADJ|NOUN|ADP|PUNCT)$/.test(toks[i - 1]?.pos ?? 'PUNCT'))) && toks[i + 1]?.pos === 'NOUN') break;
      // "the text agreed in Havana gave ...", "the plan approved by parliament": a participle after a document is a
      // reduced relative describing it, no one's stance here
      if ((p.kind === 'sup' || p.kind === 'opp') && p.verb && /ed$/.test(toks[i].low) && i > s + 1 && toks[i - 2].pos === 'DET'
        && NEGOTIATED_TEXT_NOUNS.has(toks[i - 1].low) && (toks[i + 1]?.pos === 'ADP' || toks[i + 1]?.low === 'last')) break;
      // "lift export curbs", "an exit deal": a give-up verb's noun modifying another noun names a kind of thing
      // (not after a subject, where the tagger took a verb for a noun: "insisted that Iran end enrichment")
      // (nor a gerund with its object: "ruled out ceding territory")
      if (p.kind === 'giveup' && p.verb && p.words.length === 1 && toks[i].pos === 'NOUN' && toks[i + 1]?.pos === 'NOUN' && i + 1 < e
        && i > s && /^(VERB|DET|PRON|ADJ|ADP)$/.test(toks[i - 1].pos) && !/ing$/.test(toks[i].low)) break;
      // "restart exports", "arms transfers": a give-up verb's plural noun is a thing, not an act
      if (p.kind === 'giveup' && p.verb && p.words.length === 1 && /[^s]s$/.test(toks[i].low) && i > s
        && ((toks[i].pos === 'NOUN' && /^(VERB|NOUN|ADJ|DET|ADP)$/.test(toks[i - 1].pos)) || toks[i + 1]?.low === 'of')) break;
      // "its position had not changed": a restatement, not a negation of what follows (but "would not budge on the tax"
      // refuses to give the tax up)
      if (p.kind === 'neg' && /^(chang|shift|alter|waver|budg)/.test(toks[i + p.words.length]?.low ?? '')
        && !(/^budg/.test(toks[i + p.words.length].low) && toks[i + p.words.length + 1]?.low === 'on')) break;
      ops.push(op(p.kind, i, i + p.words.length, wordsJoined(toks, i, i + p.words.length), WEAK_CUES.has(p.label)));
      // "would not implement it even once it is adopted", "even if": a concession, not a condition
      if (p.kind === 'conn' && toks[i - 1]?.low === 'even') { ops.pop(); break; }
      // "said on condition of anonymity": the terms of an interview, no condition on the stance
      if (p.kind === 'conn' && p.label === 'on condition' && toks[i + 2]?.low === 'of' && /^anonym/.test(toks[i + 3]?.low ?? '')) { ops.pop(); break; }
      // "would stay for as long as necessary", "as long as it takes": a length of time, not a condition
      if (p.kind === 'conn' && /^(as|so) long as$/.test(p.label) && (toks[i - 1]?.low === 'for' || OPEN_ENDED.test(toks[i + p.words.length]?.low ?? '')
        || /^(take|takes|took)$/.test(toks[i + p.words.length + 1]?.low ?? ''))) { ops.pop(); break; }
      // "talks on a third programme could begin only if ...": a restrictive condition is itself a (weak) stance cue,
      // for a clause that has no stance verb of its own
      if (p.kind === 'conn' && p.words[0].includes('only')) ops.push(op('cond', i, i + p.words.length, ops[ops.length - 1].label, true));
      i += p.words.length - 1;
      break;
    }
  }
  // (compacted in place: one array per sentence instead of two, and no closure)
  let kept = 0;
  for (const o of ops) if (!usedOtherwise(toks, o)) ops[kept++] = o;
  ops.length = kept;
  return ops;
}

/** People a dismissal removes from office ("dismissed his cabinet", "dismissed the army chief"). */
const OFFICE_HOLDERS = /^(cabinet|ministers?|officials?|chiefs?|heads?|staff|board|commanders?|generals?|ambassadors?|secretary|secretaries|governors?|judges?|prosecutors?|deputy|deputies|aides?|advisers?|advisors?|director|directors)$/;
/** Whether the object starting at `from` (after determiners and modifiers) is an office holder. */
function firedPeopleAfter(toks: Tok[], from: number, e: number): boolean {
  for (let k = from; k < e && k < from + 5; k++) {
    if (OFFICE_HOLDERS.test(toks[k].low)) return true;
    if (!/^(DET|ADJ|ADV|PRON|NUM)$/.test(toks[k].pos)) return false;
  }
  return false;
}
/** Give-up verbs that also just move things ("the export of grain", "the transfer of funds"): as nouns, no giving-up. */
const MOVING_GIVE_UPS = /^(exports?|exporting|transfers?|transferring|exit|leaving|shipping)$/;
/**
 * Whether opposing op `o` is the act that the opposing op before it refuses: an infinitive after it ("refused to
 * block", "would not allow Norland to block"), a few words on.
 */
function refusedAct(toks: Tok[], before: Op, o: Op): boolean {
  return toks[o.start - 1]?.low === 'to' && o.start - before.end <= 4 && toks[o.start].pos === 'VERB'
    && toks.slice(before.end, o.start - 1).every((t) => t.pos !== 'PUNCT' && t.pos !== 'VERB' && t.low !== 'that');
}
/** Legal actions whose "against" opposes what follows when the holder brings them (BRINGING_VERBS). */
const LEGAL_ACTIONS = /^(lawsuit|lawsuits|suit|suits|complaint|complaints|appeal|appeals|challenge|challenges|petition|petitions|injunction)$/;
const BRINGING_VERBS = /^(file|files|filed|filing|lodge|lodges|lodged|lodging|bring|brings|brought|bringing|launch|launches|launched|launching|submit|submits|submitted|submitting)$/;
/** Speech verbs after which a "he" / "she" is the holder itself ("Han said he was stepping down"). */
const SPEECH_AFTER_HOLDER = /^(said|says|told|announced|added|declared|stated)$/;
/**
 * Whether the act at `at` is done by the holder whose mention ends before `holderEnd`: right after it ("Han resigned",
 * "Han would resign"), or by a "he" / "she" of the holder's own report ("Han said he was stepping down").
 */
function actDoneByHolder(toks: Tok[], holderEnd: number, at: number): boolean {
  let k = at - 1;
  while (k >= holderEnd && /^(AUX|ADV|PART)$/.test(toks[k].pos)) k--;
  // (a participle with no auxiliary describes: "Han, resigning ...")
  if (/ing$/.test(toks[at].low) && toks[at - 1]?.pos !== 'AUX') return false;
  return k === holderEnd - 1 || (/^(he|she)$/.test(toks[k]?.low ?? '') && k > holderEnd && k - holderEnd <= 2 && SPEECH_AFTER_HOLDER.test(toks[holderEnd].low));
}
/** Verbs that declare a judgement of their object ("declare the law unconstitutional", "ruled the vote invalid"). */
const DECLARING_VERBS = /^(declare|declares|declared|declaring|rule|rules|ruled|ruling|find|finds|found|deem|deems|deemed|pronounce|pronounced)$/;
/** Nouns whose "against" states a stance ("its stance against the deal", "a vote against the bill", "a blocking minority
 * against the pact", "the resistance against it"; not a legal "case"). */
const STANCE_NOUNS = /^(stance|position|line|vote|votes|campaign|opposition|minority|majority|resistance|fight|battle|struggle|revolt|rebellion|push|drive|front)$/;
/** Letting something happen ("let the truce expire", "allowed the tariffs to lapse"). */
const LETTING = /^(let|lets|letting|allow|allows|allowed|allowing|permit|permits|permitted)$/;

/** Verbs of a political threat ("would quit the coalition if ..."): what the condition names is opposed. */
const THREAT_VERBS = /^(quit|resign|dissolve|topple|collapse|retaliate|boycott|sue)$/;

/**
 * The op a special word starts ("once" + clause, "first ... then", "rather ... than", a threat "would quit ... if",
 * "must go", increase, ease, leave), if any.
 */
function specialOp(toks: Tok[], s: number, e: number, i: number): Op | undefined {
  if (toks[i].low === 'once' && i > s && /^(PROPN|NOUN|PRON|DET)$/.test(toks[i + 1]?.pos ?? '') && toks[i + 1]?.low !== 'again' && toks[i - 1]?.low !== 'even') {
    // "would return to the limits once Washington lifted its sanctions": a condition
    // (not one already met: "agreed to back the plan, once the others had agreed to reserve part of it"; in reported
    // speech of what would be, "would ratify once Sweden had acted", the past perfect is still a condition)
    const modal = toks.slice(s, i).some((t) => /^(would|will|could|might|may|should|'d|wo)$/.test(t.low));
    for (let k = i + 2; !modal && k < Math.min(e, i + 12) && toks[k].pos !== 'PUNCT'; k++) {
      if (toks[k].low === 'had' && /(ed|en|wn|ne|ught|ot)$/.test(toks[k + 1]?.low ?? '') && toks[k + 1]?.pos === 'VERB') return undefined;
    }
    return op('conn', i, i + 1, 'once');
  }
  if ((toks[i].low === 'then' || toks[i].low === 'before') && toks.slice(s, i).some((t) => t.low === 'first')) {
    // "Open the way for us first, then we will ...": a condition
    return op('conn', i, i + 1, `first ... ${toks[i].low}`);
  }
  if (toks[i].low === 'than' && toks.slice(Math.max(s, i - 10), i).some((t) => t.low === 'rather')) {
    // "would rather be dead than ask for a delay": what follows "than" is refused
    return op('neg', i, i + 1, 'rather ... than');
  }
  // "urged the unions to come forward with proposals other than repeal": what is asked for excludes what follows
  // (after a noun or "anything"; not "other than that, ..." opening a clause)
  if (toks[i].low === 'than' && toks[i - 1]?.low === 'other' && i - 2 >= s && /^(NOUN|PRON)$/.test(toks[i - 2].pos)) {
    return op('neg', i - 1, i + 1, 'other than');
  }
  // exempting someone from a thing takes the thing away: "agreed to exempt Canada from the tariffs" (the verb stays out
  // of the lexicon, so that an exemption issue's own "exempts" still names it). The op sits on "from", after whoever is
  // exempted ("exempt Canada from the tariffs" is no stance of Canada's), at the first "from" after the verb, and not when
  // a second predicate follows ("exempt defence from the debt brake and set up a fund", which it would turn); "exempt
  // from" and "exempted from" are phrases of their own.
  if (toks[i].low === 'from') {
    for (let k = i - 1; k >= Math.max(s, i - 6); k--) {
      if (toks[k].low === 'from') break;
      if (!/^exempt(s|ed|ing)?$/.test(toks[k].low)) continue;
      if (k === i - 1 && /^(exempt|exempted)$/.test(toks[k].low)) break;
      const stop = Math.min(e, i + 10);
      for (let j = i + 1; j + 1 < stop; j++) if (/^(and|or)$/.test(toks[j].low) && toks[j + 1].pos === 'VERB') return undefined;
      return op('giveup', i, i + 1, `${toks[k].text} ... from`);
    }
    return undefined;
  }
  // "will increase its imports of farm products": more of the thing (a verb only; "an increase in the limit" names it)
  if (toks[i].pos === 'VERB' && /^increas(e|es|ed|ing)$/.test(toks[i].low) && !/^(a|an|the|any|no)$/.test(toks[i - 1]?.low ?? '')) {
    return op('sup', i, i + 1, toks[i].text);
  }
  // "easing the restrictions", "relaxed the curbs": loosening a restriction gives it up
  if (/^(eas|relax|loosen)(e|es|ed|ing)?$/.test(toks[i].low) && toks.slice(i + 1, Math.min(e, i + 4)).some((t) => RESTRICTION_NOUNS.test(t.low))) {
    return op('giveup', i, i + 1, toks[i].text);
  }
  // "his party would dissolve the government if the deal went ahead": a threat against what the if-clause says
  if (toks[i].low === 'if' && i > s) {
    for (let k = i - 1; k >= Math.max(s, i - 7); k--) {
      if (toks[k].pos === 'PUNCT') break;
      if (THREAT_VERBS.test(toks[k].low) && /^(would|will|could)$/.test(toks[k - 1]?.low ?? '')) return op('opp', i, i + 1, `${toks[k].text} ... if`);
    }
    return undefined;
  }
  // "the shipping ban must go", "the tariffs have to go": a thing that must go is to be removed (only after a modal
  // and at the end of its clause: "must go further", "should go ahead" are not removals)
  if (/^(go|goes)$/.test(toks[i].low) && i > s && obligedBefore(toks, i)
    && (i + 1 >= e || /^(,|\.|;|and|or|but|because|as|if|before|after|now|too|entirely|altogether|immediately|completely|quickly|soon)$/.test(toks[i + 1].low)
      // ("the tariffs must go at once", "had to go for good", "should go without delay")
      || /^(at once|for good|without delay|once and)$/.test(`${toks[i + 1].low} ${toks[i + 2]?.low ?? ''}`))) {
    return op('giveup', i, i + 1, toks[i].text);
  }
  // "let the tariffs expire", "allow the truce to lapse", "should not be allowed to expire": letting a thing run out
  // gives it up (the verb of "let" or "allow" within its clause; "the truce expires on Friday" is a date, not a stance)
  // (the op sits on "let", before the thing, so that it reads like "scrap the tariffs" and a "not" before it negates it)
  if (LETTING.test(toks[i].low)) {
    for (let k = i + 1; k < Math.min(e, i + 9); k++) {
      if (/^(expire|expires|expired|expiring|lapse|lapses|lapsed|lapsing)$/.test(toks[k].low)) return op('giveup', i, i + 1, `${toks[i].text} ... ${toks[k].text}`);
      if (toks[k].pos === 'PUNCT' || (toks[k].pos === 'VERB' && toks[k].low !== 'be')) break;
    }
    return undefined;
  }
  // "keep their forces out of civilians' homes", "urged the Liberals to stay out of the dispute", "wants families kept
  // out of border procedures": out of a place or a procedure is without it, like a giving-up of it
  if (toks[i].low === 'out' && toks[i + 1]?.low === 'of' && i + 1 < e) {
    for (let k = i - 1; k >= Math.max(s, i - 4); k--) {
      if (/^(keep|keeps|kept|keeping|stay|stays|stayed|staying|get|gets|got|getting|move|moves|moved|moving|remain|remains|remained|push|pushed|pushing)$/.test(toks[k].low)) {
        return op('giveup', i, i + 2, `${toks[k].text} ... out of`);
      }
      if (toks[k].pos === 'PUNCT' || toks[k].pos === 'VERB') break;
    }
    return undefined;
  }
  // "agreed to leave the tariffs in place": leaving a thing where it is keeps it
  if (/^(leave|leaves|left|leaving)$/.test(toks[i].low)) {
    const k = toks.slice(i + 1, Math.min(e, i + 16)).findIndex((t, j) => /^(intact|unchanged|untouched)$/.test(t.low)
      || (t.low === 'in' && /^(place|force)$/.test(toks[i + 2 + j]?.low ?? '')));
    if (k >= 0) {
      return op('sup', i, i + 1, `${toks[i].text} ... ${toks[i + 1 + k].text}${toks[i + 1 + k].low === 'in' ? ' ' + toks[i + 2 + k].text : ''}`, true);
    }
  }
  return undefined;
}


/** A verb that names its object as something ("called", "branded") in toks[from, to), with only its object after it. */
function namingVerbBefore(toks: Tok[], from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    if (NAMING_VERBS.test(toks[k].low)) return true;
    if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX' || toks[k].pos === 'PUNCT' || toks[k].pos === 'ADP') return false;
  }
  return false;
}
const NAMING_VERBS = /^(call|calls|called|calling|make|makes|made|making|brand|brands|branded|branding|label|labels|labelled|labeled|labelling|labeling|term|termed|dub|dubbed|deem|deemed|deems|consider|considers|considered)$/;

/** After a naming verb at k: a noun phrase, then what it is called ("the law legally sound", "the tax a mistake"). */
function judgementAfterObject(toks: Tok[], k: number): boolean {
  let nouns = 0;
  for (let j = k; j < k + 8 && toks[j]; j++) {
    const pos = toks[j].pos;
    if (pos === 'NOUN' || pos === 'PROPN') { nouns++; continue; }
    if (nouns === 0 && (pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'PART' || toks[j].low === "'s")) continue;
    if (nouns === 0) return false;
    // the object is over: an adjective ("sound"), an adverb before one ("legally sound", which wink may tag a verb), or a
    // new noun phrase ("a mistake"); not a time ("considered a salt tax last year")
    if (/^(last|next|this|earlier|later|previously|again)$/.test(toks[j].low)) return false;
    return pos === 'ADJ' || (pos === 'ADV' && /^(ADJ|VERB)$/.test(toks[j + 1]?.pos ?? '')) || (pos === 'DET' && /^(a|an)$/.test(toks[j].low));
  }
  return false;
}

/** Whether seed verb `st` names the giving-up of an exemption's or a purpose's thing ("decriminalise"; see thingWords). */
export function givesUpThing(info: IssueInfo | undefined, st: string): boolean {
  return info?.thingWords !== undefined && info.outcomeTerms?.has(st) === true;
}

/** Qualifiers that accept a thing only in a limited form when it "must be" so ("the exemption must be temporary"). */
const LIMITING_QUALIFIERS = /^(temporary|limited|short|shorter|brief|targeted|proportionate|time-limited|narrow|orderly|gradual|phased|reversible|capped|modest)$/;

/** Whether "left" / "leave" at i states a result ("left it no option", "left X open") or names a party ("the left"), not a giving-up. */
function leftAsResult(toks: Tok[], i: number, e: number): boolean {
  const next = toks[i + 1]?.low ?? '';
  // ("left out", "leave out" exclude: a giving-up)
  if (toks[i - 1]?.low === 'the' || /^(behind|open|room|no|little|unanswered|unresolved|intact|unchanged|undecided)$/.test(next)) return true;
  let k = i + 1;
  // (over the object, an adjective before its noun included: "left a gaping hole")
  while (k < e && k <= i + 4 && (/^(DET|PRON|NOUN|PROPN)$/.test(toks[k].pos) || (toks[k].pos === 'ADJ' && /^(NOUN|PROPN)$/.test(toks[k + 1]?.pos ?? ''))) && toks[k].low !== 'no') k++;
  if (k === i + 1 || k >= e) return false;
  return toks[k].low === 'no' || toks[k].pos === 'ADJ' || (toks[k].pos === 'ADV' && toks[k + 1]?.pos === 'ADJ') || /^(open|free|intact|unchanged|disappointed)$/.test(toks[k].low);
}

/** Judgements that carry a stance only as a predicate ("the tax was unjust"), not before a noun ("a futile gesture"). */
const PREDICATE_ONLY = /^(unjust|unwise|pointless|senseless|useless|futile|ill-conceived|harmful|unviable|indefensible|unjustifiable|dangerous)$/i;

/** A cue word used in a sense that carries no stance, judged from the words around it. */
function usedOtherwise(toks: Tok[], o: Op): boolean {
  const next = toks[o.end]?.low ?? '';
  if (PREDICATE_ONLY.test(o.label)) {
    let k = o.start - 1;
    while (k >= 0 && (toks[k].pos === 'ADV' || /^(not|n't|so|too|very|entirely|totally|completely|both)$/.test(toks[k].low))) k--;
    return !/^(is|was|were|are|be|been|being|remain|remains|remained|seem|seems|seemed|look|looks|looked|appear|appears|appeared|prove|proved|proven|'s|'re)$/.test(toks[k]?.low ?? '')
      || /^(NOUN|PROPN)$/.test(toks[o.end]?.pos ?? '');
  }
  // "enough seats to block changes", "has the power to block it", "can delay it but cannot block it": a capacity told,
  // no position
  if (o.kind === 'opp' && /^(block|veto)$/i.test(o.label) && toks[o.start - 1]?.low === 'to'
    && /^(enough|power|votes|seats|numbers|means|able|unable)$/.test(toks[o.start - 2]?.low ?? '')) return true;
  // (the tokens split "cannot" and "can't": "can not", "ca n't")
  if (o.kind === 'opp' && /^block$/i.test(o.label) && /^(not|n't)$/.test(toks[o.start - 1]?.low ?? '') && /^(can|ca)$/.test(toks[o.start - 2]?.low ?? '')) return true;
  // "Starmer, asked about the cost, said ...", "Asked whether ...", "everything asked of it": the one asked a question
  // or a task is not asking for anything
  // ("asked Berg about the tax", "asked him whether": a question put, not a request)
  if (o.kind === 'sup' && /^(asked|ask|asks|asking)$/i.test(o.label)) {
    if (next === 'of' || (/^(about|whether|if|why|how|what|when)$/.test(next) && (o.start === 0 || /^(,|when|if|once|after|before)$/.test(toks[o.start - 1].low) || toks[o.start - 1].pos === 'PUNCT'))) return true;
    let k = o.end;
    while (k < toks.length && k < o.end + 4 && /^(PROPN|PRON|DET|NOUN)$/.test(toks[k].pos)) k++;
    if (k > o.end && /^(about|whether|why|how)$/.test(toks[k]?.low ?? '')) return true;
  }
  // "Opposition negotiator Gerardo Blyde", "the opposition's candidate", "the government and opposition signed": the
  // opposition as a side of politics, named, no one's opposition to anything
  if (o.kind === 'opp' && /^opposition$/i.test(o.label)
    && (next === "'s" || /^(NOUN|PROPN)$/.test(toks[o.end]?.pos ?? '') || (toks[o.start - 1]?.low === 'and' && /^(VERB|AUX)$/.test(toks[o.end]?.pos ?? '')))) return true;
  // "a draft prepared with the help of ...", "the treaty was ready", "the decree was almost ready": a thing made or
  // finished, no one's readiness, which takes "to" or "for" ("ready to talk", "prepared for a deal")
  if (o.kind === 'cond' && /^(prepared|ready|willing)$/i.test(o.label)) return !/^(to|for)$/.test(next);
  // "considered the law legally sound", "considers the tax a mistake": a judgement named of its object, no openness
  if (o.kind === 'cond' && /^consider(s|ed)?$/i.test(o.label)) return judgementAfterObject(toks, o.end);
  if (o.kind === 'sup') {
    // "had concluded that the relief could not continue": a judgement whose clause carries the stance
    if (/^conclud/i.test(o.label) && next === 'that') return true;
    // "had received guarantees that it could import oil": a commitment received is someone else's, not the holder's
    if (/^(guarantees?|assurances?|promises?|pledges?|commitments?)$/i.test(o.label)) {
      let k = o.start - 1;
      while (k >= 0 && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'NUM')) k--;
      if (/^(received?|receives|receiving|obtained|obtain|secured|secure|got|get|won|win)$/.test(toks[k]?.low ?? '')) return true;
    }
    // "would keep its sanctions relief under review": watching it, no commitment either way
    if (/^(keep|keeps|kept|keeping)$/i.test(o.label)) {
      for (let k = o.end; k < o.end + 7 && toks[k]; k++) if (toks[k].low === 'under' && /^(review|consideration)$/.test(toks[k + 1]?.low ?? '')) return true;
    }
    return false;
  }
  if (o.kind !== 'giveup') return false;
  // "the meeting ended on Thursday": an intransitive end gives nothing up
  // (but an obligation closing its clause is one: "the right of intervention had to end.")
  // (nor is the noun with its object: "welcomed the end of emergency rule", "called for an end to the strike")
  if (/^end(s|ed)?$/i.test(o.label)) {
    // (not a time: "by the end of the year", "at the end of talks", "before the end of June")
    // ("an end to the strike", but not said of a relative clause's subject: "minimums that put an end to the shrinking
    // writers' room")
    if (((next === 'of' && toks[o.start - 1]?.low === 'the') || (next === 'to' && toks[o.start - 1]?.low === 'an'
      && !toks.slice(Math.max(0, o.start - 4), o.start).some((t) => t.low === 'that' || t.low === 'which')))
      && !/^(by|at|before|until|till|towards?|after|from|since|near|around|in|through|of)$/.test(toks[o.start - 2]?.low ?? '')) return false;
    // ("wanted the strikes to end through a settlement", "the checks must now end soon": what must end is to be ended,
    // whatever follows it, but not "end up")
    return /^(ADP|ADV|PUNCT|CCONJ|SCONJ)$/.test(toks[o.end]?.pos ?? 'PUNCT')
      && !(obligedBefore(toks, o.start) && /^(PUNCT|CCONJ|ADV|ADP)$/.test(toks[o.end]?.pos ?? 'PUNCT') && !/^(up|of)$/.test(next));
  }
  // "signed without delay", "talks without preconditions": a manner of doing it, nothing given up
  if (o.label.toLowerCase() === 'without') {
    const what = /^(further|any|more|undue|unnecessary)$/.test(next) ? toks[o.end + 1]?.low ?? '' : next;
    if (/^(delay|delays|waiting|hesitation|preconditions?|pre-conditions?|conditions)$/.test(what)) return true;
    // ("had gone ahead without trouble", "held without charge", "said so without offering evidence": how it went)
    if (/^(trouble|incident|incidents|problems?|charge|charges|trial|evidence|offering|citing|providing|elaborating|naming|explanation|comment|fanfare|interruption|success)$/.test(what)) return true;
    // "change the protocol without the EU's agreement", "without the consent of parliament": done unilaterally
    // (but "would not go back to work without consent" makes the consent a condition)
    for (let j = Math.max(0, o.start - 8); j < o.start; j++) if (/^(not|n't|never|no|cannot)$/.test(toks[j].low)) return false;
    let k = o.end;
    while (k < o.end + 6 && toks[k] && (/^(DET|PROPN|ADJ)$/.test(toks[k].pos) || toks[k].low === "'s" || toks[k].low === "'")) k++;
    return /^(agreement|consent|approval|permission|backing|blessing|authori[sz]ation|mandate|consultation)$/.test(toks[k]?.low ?? '');
  }
  return false;
}

/**
 * Whether the verb at i is what something must, should or is wanted "to" do ("the tax must go", "must now end", "wants
 * the strikes to end"), one adverb allowed between; not a schedule or a forecast ("due to end", "expected to end", "is to
 * end on Friday").
 */
function obligedBefore(toks: Tok[], i: number): boolean {
  let k = i - 1;
  if (toks[k]?.pos === 'ADV' && !/^(not|never|n't)$/.test(toks[k].low)) k--;
  const w = toks[k]?.low ?? '';
  if (w === 'must' || w === 'should') return true;
  return w === 'to' && !/^(due|expected|set|scheduled|slated|likely|unlikely|about|going|supposed|poised|bound|is|are|was|were|be|been|seemed|seems|appeared|appears|began|begin|begins|started|start)$/.test(toks[k - 1]?.low ?? '');
}

/** A seed's first word that is (also) a verb: its object may come first in the passive. */
export function verbLike(st: string): boolean {
  return /^(remov|cut|drop|end|cancel|rais|lower|reduc|eas|extend|sign|ratify|approv|accept|reject|recogniz|restor|resum|adopt|grant|impos|hold|buy|sell|return|reform|close|open|freez|suspend|restor|chang|amend|pass|releas|transfer|lift|withdraw)/.test(st);
}

/** An obligation word in [from, to): "must", "should", "ought", "had to", "needs to" (a prescription, in someone's words). */
export function modalWithin(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (/^(must|should|ought)$/.test(toks[k].low) || (/^(had|has|have|need|needs|needed)$/.test(toks[k].low) && toks[k + 1]?.low === 'to')) return true;
  }
  return false;
}

/**
 * Where "and" joins a first verb phrase, a stance verb with an object of its own, to a second verb phrase that reaches
 * the issue ("would end its blockade and withdraw its troops"), or -1.
 */
function coordinatedVerbBefore(toks: Tok[], region: Op[], hit: Hit, from: number): number {
  for (const o of region) {
    if (!isCue(o) || o.end >= hit.start || o.start < from || toks[o.start].pos !== 'VERB') continue;
    let object = false;
    for (let k = o.end; k < hit.start; k++) {
      const t = toks[k];
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') object = true;
      else if (t.low === 'and' && object && toks[k + 1]?.pos === 'VERB') return k;
      else if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'SCONJ') break;
    }
  }
  return -1;
}

/**
 * Whether a clause starts at i ("that", or a subject then a finite verb) whose verb is not itself a guess ("might",
 * "may").
 */
function clauseFollows(toks: Tok[], i: number, e: number): boolean {
  if (toks[i]?.low === 'that') i++;
  if (i >= e || !/^(PRON|PROPN|DET|NOUN)$/.test(toks[i].pos) || /^(its|his|her|their|our|a|an)$/.test(toks[i].low)) return false;
  for (let k = i + 1; k < Math.min(e, i + 6); k++) {
    if (/^(might|may)$/.test(toks[k].low)) return false;
    if (toks[k].pos === 'AUX' || /^(would|will|could|should|was|were|is|are|had|has|have)$/.test(toks[k].low)) return true;
    if (toks[k].pos === 'PUNCT' || toks[k].pos === 'VERB') return false;
  }
  return false;
}

/** What ends an open-ended length of time ("as long as necessary"; "as long as it takes" is read by its verb). */
const OPEN_ENDED = /^(necessary|needed|required|possible)$/;

/** What "signalled" may state outright: a stance noun, or a possessive before one. */
const SIGNALLED_STANCE = /^(openness|willingness|readiness|flexibility|support|opposition|backing|approval|rejection|its|his|her|their)$/;

/** Whether the sentence's speaker is unnamed by request ("speaking on condition of anonymity", "not authorised to speak"). */
function anonymousVoice(toks: Tok[], S: SentInfo): boolean {
  for (let k = S.start; k < S.end; k++) {
    const low = toks[k].low;
    if (low === 'anonymity' || ((low === 'authorised' || low === 'authorized') && toks[k - 1]?.low === 'not')) return true;
  }
  return false;
}

/** Cues that judge whether someone may do a thing: in another's words, the speaker's position on it. */
const ENTITLEMENT_CUES = new Set([...ENTITLEMENT_GRANTED, ...ENTITLEMENT_DENIED]);

/** Words of permission: with a condition after them, a speaker's conditional acceptance ("can lead ... as long as"). */
const PERMISSION_WORDS = /^(can|could|may)$/;

/** The surface forms of the usual speech verbs, read around a clause ("said (that) ...", "..., Lavrov said"). */
const SAID_WORDS = /^(said|says|told|added|insisted|stressed|argued)$/;

/** Whether a clause opens right before `at`, past its determiners and modifiers ("said (that) a full ..."). */
function clauseOpensBefore(toks: Tok[], s: number, at: number): boolean {
  let k = at - 1;
  while (k >= s && /^(DET|ADJ|ADV)$/.test(toks[k].pos)) k--;
  return k < s || /^(that|,|warned|declared|reporters|journalists)$/.test(toks[k].low) || SAID_WORDS.test(toks[k].low);
}

/**
 * Whether the speaker at `at` is named after the clause it speaks: "..., Lavrov said", "...," Lavrov said",
 * "..., said Lavrov", "..., according to (the) Kremlin".
 */
function speakerAfterClause(toks: Tok[], at: number): boolean {
  let k = at - 1;
  while (k > at - 4 && k >= 0 && (SAID_WORDS.test(toks[k].low) || /^(according|to|the)$/.test(toks[k].low))) k--;
  return k >= 0 && (toks[k].text === ',' || QUOTES.has(toks[k].text));
}

/**
 * Whether the stance noun the holder acts on belongs to the receiving side ("Zelensky dismissed Russia's demand for the
 * Donbas"): the demand is the recipient's, who wants the thing handed over, so the thing reads as the proposition.
 */
function recipientsDemand(S: SentInfo, toks: Tok[], region: Op[], recipient: string | undefined, holder: string): boolean {
  if (recipient === undefined || holder === recipient) return false;
  return region.some((o) => o.kind === 'sup' && toks[o.start].pos === 'NOUN' && ownedBy(S, o.start, (a) => a === recipient));
}

/** "if he returned to the White House", "once it came to power", "if elected": a holder's coming to power. */
const COMING_TO_POWER = /^(if|once|when) (elected|re-elected|(he|she|they|it|we|i|the party|his party|her party) (is |was |were |are |gets |got )?(re-?elected|returned to (the white house|power|office|government|downing street)|returns? to (the white house|power|office|government)|(came|comes?) to power|(took|takes?) office|(won|wins?) (the |the next |next )?(election|presidency|vote|power)|(formed|forms) (the next |a )?government|(led|leads) the next government))\b/;

/**
 * "would sign the bill if Congress passed it", "once it reached his desk": a condition that is the thing's own passage
 * says when the holder acts on it, not on what terms.
 */
const OWN_PASSAGE = /^(if|once|when|as soon as) (\S+ ){0,3}(pass|passes|passed|approve|approves|approved|adopt|adopts|adopted|clear|clears|cleared) (it|them)\b|^(if|once|when|as soon as) (it|they) ((pass|passes|passed|is passed|was passed|are passed|were passed|is approved|was approved)( into law)?( [,.;]| and| in| by| on| through|$)|(reach|reaches|reached) (his|her|my|the president's) desk)/;
/** A condition that says when, not whether: the holder's coming to power, or the thing's own passage. */
function whenNotWhether(toks: Tok[], o: Op): boolean {
  if (!/^(if|once|when|as)$/i.test(toks[o.start].low)) return false;
  const words = wordsJoined(toks, o.start, Math.min(toks.length, o.start + 8)).toLowerCase();
  return COMING_TO_POWER.test(words) || OWN_PASSAGE.test(words);
}

/** The deals that carry out a handover ("the Chagos treaty", "the agreement between Britain and Mauritius on ..."). */
const DEAL_NOUNS = /^(deal|deals|agreement|agreements|treaty|treaties|accord|accords|pact|settlement)$/;
/** Verbs that hand a thing to someone without a particle ("give Mauritius sovereignty", "hand the islands to ..."). */
const HANDING_VERBS = /^(give|gives|gave|given|giving|hand|hands|handed|handing|return|returns|returned|returning)$/;

/**
 * For a handover to a recipient (IssueInfo.transferByDeal), whether a phrase naming the thing handed over names the
 * handover itself: the deal's own name ("Chagos treaty"); the thing as what a deal is about ("welcomed the agreement
 * between Britain and Mauritius on the Chagos Islands", "the agreement to hand the islands to Mauritius"); the thing
 * handed by a plain verb to the recipient ("agreed to give Mauritius sovereignty"); or the thing as the recipient's
 * ("Mauritian sovereignty", "sovereignty of Mauritius"). A giving-up verb in between ("a deal to cede the islands")
 * already turns the thing around, so then it is not.
 */
function handedOverByDeal(c: Compiled, toks: Tok[], ops: Op[], recipient: string, hit: Hit, from: number): boolean {
  if (DEAL_NOUNS.test(toks[hit.end - 1].low)) return true;
  const givenUpBetween = (a: number): boolean => ops.some((o) => o.kind === 'giveup' && o.start >= a && o.start < hit.start);
  // (the recipient named as the object of the verb is no holder, so it is looked up by its aliases here)
  const recipientAt = (a: number, z: number): boolean => {
    for (let k = a; k < z && k < toks.length; k++) {
      const m = matchAliasAt(c, toks, k, toks.length);
      if (m?.actor === recipient && k + m.low.length <= z + 1) return true;
    }
    return false;
  };
  for (let k = hit.start - 1; k >= Math.max(from, hit.start - 9); k--) {
    const t = toks[k];
    if (t.pos === 'PUNCT' && t.low !== "'") break;
    if (DEAL_NOUNS.test(t.low)) return !givenUpBetween(k);
    if (t.pos === 'VERB' && HANDING_VERBS.test(t.low) && hit.start - k <= 5) {
      return !givenUpBetween(k) && (recipientAt(k + 1, hit.start) || (toks[hit.end]?.low === 'to' && recipientAt(hit.end + 1, hit.end + 3)));
    }
    if (t.pos === 'VERB' || /^(that|which|who)$/.test(t.low)) break;
  }
  // the recipient's own ("Mauritian sovereignty", "Mauritius's sovereignty over ...", "the sovereignty of Mauritius")
  const before = hit.start - (toks[hit.start - 1]?.low === "'s" || toks[hit.start - 1]?.low === "'" ? 2 : 1);
  return (before >= from && (c.demonyms.get(toks[before].text) === recipient || recipientAt(before, before + 1)))
    || (toks[hit.end]?.low === 'of' && recipientAt(hit.end + 1, hit.end + 2));
}

/** Whether a possessive right before token `at` ("Russia's demand") names an actor that passes `test`. */
function ownedBy(S: SentInfo, at: number, test: (actor: string) => boolean): boolean {
  // (a mention's end leaves out its "'s")
  return S.mentions.some((m) => m.possessive && (m.end === at || m.end + 1 === at) && test(m.actor));
}

/** The forms of "be" that make a passive ("was withdrawn", "was voted down"). */
const BE_FORMS = /^(is|was|are|were|be|been|being)$/;

/** Whether the word before `i`, past adverbs and quote marks ("was \"temporarily on hold\""), matches `word`. */
function beforeAdverbs(toks: Tok[], s: number, i: number, word: RegExp): boolean {
  let k = i - 1;
  while (k > s && i - k <= 3 && (toks[k].pos === 'ADV' || toks[k].word.quote)) k--;
  return k >= s && word.test(toks[k].low);
}

/** Modals of what would be ("would", "will"): what "as soon as" conditions. */
const FUTURE_MODALS = /^(would|will|'d|wo)$/;

/** The verbs that put a judgement on what came before ("calls to X were irresponsible", "the order ... remained unlawful"). */
const JUDGED_BY_BE = /^(is|was|are|were|remain|remains|remained)$/;

/** Nouns for others' calls that a holder may judge ("calls to rerun the vote were not in the interest of the country"). */
const CALL_NOUNS = /^(calls|demands|suggestions|proposals)$/;
/** An opposing judgement right after a form of "be" within [from, to): "were irresponsible", "were not in the interest of". */
function judgementAfter(toks: Tok[], ops: Op[], from: number, to: number): Op | undefined {
  for (let k = from; k < Math.min(to, from + 8); k++) {
    if (toks[k].pos === 'PUNCT') return undefined;
    if (!JUDGED_BY_BE.test(toks[k].low)) continue;
    return ops.find((x) => x.start > k && x.start <= k + 3 && x.kind === 'opp');
  }
  return undefined;
}

/**
 * Whether `judgement` (an opposing word after "was", "is" ...) judges an opposing act that names the issue as its
 * object from inside a noun phrase ("Biden's order blocking the purchase was unlawful"; also after "decision to", "move
 * to"). Judging such an act wrong supports what it blocked.
 */
function judgedAct(toks: Tok[], act: Op, hit: Hit, judgement: Op): boolean {
  if (act.end > hit.start || hit.start - act.end > 3) return false;
  const head = toks[act.start - 1]?.low === 'to' ? act.start - 2 : act.start - 1;
  if (!/^(order|orders|decision|decisions|move|moves|ruling|rulings|attempt|attempts|bid|plan|plans|effort|efforts|veto)$/.test(toks[head]?.low ?? '')) return false;
  const be = toks.slice(hit.end, judgement.start).findIndex((t) => JUDGED_BY_BE.test(t.low));
  return be >= 0 && judgement.start - (hit.end + be) <= 3 && !toks.slice(hit.end, hit.end + be).some((t) => t.pos === 'PUNCT' || t.pos === 'VERB');
}

/** Whether `act`, an opposing word after the rejection `rejection`, is an act that the rejection is about, with the issue as its own object ("objected to the obstruction of X", "opposed actions that obstruct X", "condemned the protests against X"). */
function opposedActAsObject(toks: Tok[], rejection: Op, act: Op, hit: Hit): boolean {
  if (act.start < rejection.end || act.end > hit.start || hit.start - act.end > 4) return false;
  // ("dismissed concerns about the tax", "rejected objections to it": the misgivings are what is rejected)
  if (toks[act.start].pos === 'NOUN' && /^(of|about|over|to|with)$/.test(act.end - act.start > 1 ? toks[act.end - 1].low : toks[act.end]?.low ?? '')) return true;
  // ("condemned the protests against the tax": a noun phrase of opposing)
  if (toks[act.start].pos === 'NOUN' && toks[act.end - 1].low === 'against') return true;
  return toks[act.start].pos === 'VERB' && /^(that|which|who)$/.test(toks[act.start - 1]?.low ?? '');
}

/** Nouns that describe someone by a stance ("a longtime champion of", "a vocal critic of"). */
const ROLE_NOUNS = /^(champion|supporter|critic|opponent|advocate|backer|proponent|defender|foe|ally)$/;

/** Nouns that "opposition" names a side of ("opposition leader", "opposition lawmakers"), not a stance. */
const OPPOSITION_ROLES = /^(leaders?|party|parties|lawmakers|mps|figures?|politicians?|bloc|coalition|alliance|groups?|camp|members?|deputies|senators|legislators|benches|chief|head|candidates?|spokesman|spokeswoman|activists?|supporters)$/;
/** What a denial denies: "denied reports that ...", "dismissed suggestions that ...". */
const DENIED_REPORT = /^(reports?|suggestions?|claims?|speculation|rumou?rs?|talk|allegations?)$/;
/** Nouns for someone's telling of a thing ("China's account of the arrangement", "their version of events"). */
const ACCOUNT_NOUNS = /^(account|accounts|version|versions|description|characteri[sz]ation|interpretation|portrayal|depiction)$/;
/** An account noun with its "of" within [from, to). */
function accountOfBetween(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (ACCOUNT_NOUNS.test(toks[k].low) && toks[k + 1].low === 'of') return true;
  return false;
}
/**
 * Where a report whose clause the holder opens is judged untrue after the issue ("reports that Sudland backed the tax
 * were false"), else -1.
 */
function reportJudgedFalse(toks: Tok[], h: HolderCues, hit: Hit, ce: number): number {
  if (!deniedReportAfter(toks, Math.max(0, h.m.start - 2), hit.start)) return -1;
  for (let k = hit.end; k < Math.min(ce, hit.end + 6) - 1; k++) {
    if (/^(was|were|is|are|been)$/.test(toks[k].low) && FALSE_REPORT.test(toks[k + 1].low)) return k + 1;
  }
  return -1;
}
const FALSE_REPORT = /^(false|untrue|baseless|groundless|unfounded|wrong|nonsense|fabricated|inaccurate|incorrect|fake)$/;

/** A report noun with its "that" ("a media report that", "reports that") within [from, to). */
function deniedReportAfter(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (DENIED_REPORT.test(toks[k].low) && toks[k + 1].low === 'that') return true;
  return false;
}
/** Nouns naming a restriction: giving one up frees what it restricted. */
const RESTRICTION_NOUNS = /^(restrictions?|curbs?|bans?|embargo(es)?|limits?|limitations?|sanctions|barriers?|blockades?|controls|caps?|quotas?|moratorium|freeze|holds?)$/;
const PREDICATE_STOPS = new Set([',', ';', 'because', 'since', 'as', 'which', 'who', 'but', 'and', 'while', 'after',
  'when', 'if', 'unless', 'that', 'whereas', 'although']);
/** A finite verb right after a noun phrase: that phrase is a clause's subject ("the tax would ..."). */
const FINITE_AFTER_SUBJECT = /^(would|will|should|must|could|can|cannot|is|was|were|are|had|has|have)$/;
const ADDRESSEE_VERBS = /^(told|tell|tells|telling|notified|notify|notifies|notifying|informed|inform|informs|informing|assured|assure|assures|reassured|urged|urge|urges|urging|asked|ask|asks|asking|pressed|press|presses|pressing|warned|warn|warns|warning)$/;

export function isCue(o: Op): boolean {
  return o.kind === 'sup' || o.kind === 'opp' || o.kind === 'cond' || o.kind === 'giveup';
}

/** Spans of if/unless clauses ("If Sweden meets its commitments, ..."): actors inside them are not holders. */
export function conditionZones(toks: Tok[], S: SentInfo): [number, number][] {
  const zones: [number, number][] = [];
  // ("until Athens agrees ...", "on whether Athens implemented ...": a clause about a condition or an open question)
  const starts: { start: number; end: number }[] = [];
  for (let i = S.start + 1; i < S.end; i++) {
    const low = toks[i].low; // (plain comparisons: this runs at every token of every sentence read)
    if ((low === 'until' || low === 'till' || low === 'whether') && /^(PROPN|NOUN|DET|PRON)$/.test(toks[i + 1]?.pos ?? '')) starts.push({ start: i, end: i + 1 });
  }
  if (!S.ops.some((o) => o.kind === 'conn') && starts.length === 0) return zones;
  for (const o of [...S.ops.filter((q) => q.kind === 'conn' && /^(if|unless|only if|only when|only once|only where|provided|providing|as long as|so long as|once|as soon as|only after)$/i.test(q.label)), ...starts]) {
    let z = o.end;
    // (", including X" and ", such as X" still belong to the condition: "only if it excluded claims, including X")
    while (z < S.end && (toks[z].text !== ',' || /^(including|such|notably|especially|particularly|namely)$/.test(toks[z + 1]?.low ?? ''))
      && toks[z].text !== ';' && !QUOTES.has(toks[z].text) && !(toks[z].low === 'then' && toks[z + 1]?.pos !== 'VERB')) z++;
    zones.push([o.start, z]);
  }
  return zones;
}

/** Whether "showing|that|suggesting|proving" (after an optional closing quote) opens a clause whose subject starts at `to`. */
function evidenceClauseReaches(toks: Tok[], from: number, to: number): boolean {
  let k = from;
  if (QUOTES.has(toks[k]?.text ?? '')) k++;
  if (!/^(showing|that|suggesting|proving)$/.test(toks[k]?.low ?? '')) return false;
  for (let j = k + 1; j < to; j++) if (toks[j].pos !== 'DET' && toks[j].pos !== 'ADJ') return false;
  return true;
}

const PREDICATE_VERBS = /^(is|was|are|were|be|been|would|will|could|can|remains|remained)$/;

/** Whether a token in toks[from, to) has a lower case that `re` matches (a scan: no slice, no closure). */
function lowMatchIn(toks: Tok[], from: number, to: number, re: RegExp): boolean {
  const end = Math.min(to, toks.length);
  for (let k = from; k < end; k++) if (re.test(toks[k].low)) return true;
  return false;
}

/** A relative word or describing participle between `from` (the end of the issue's phrase) and `to`, with no verb
 * before it: it describes the phrase itself ("a clause that would let Brussels suspend tariffs if imports surge"). */
function relativeOnHitBefore(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (/^(that|which|who|whose|where|allowing|letting|enabling|permitting|requiring|obliging|giving)$/.test(toks[k].low) && toks[k].text !== 'WHO') return true;
    if (/^(VERB|AUX)$/.test(toks[k].pos)) return false;
  }
  return false;
}

/**
 * Whether `hit` opens a clause of its own after the first cue's clause, whose subject is another issue: "said the sugar
 * levy was dead and the salt tax was the only way forward" (the salt tax's predicate is its own, not "was dead").
 */
function conjoinedSubject(toks: Tok[], listHits: Hit[], hit: Hit, firstCue: Op, holderEnd: number): boolean {
  if (!listHits.some((x) => x.issue !== hit.issue && x.start >= holderEnd && x.end <= firstCue.start && firstCue.start - x.end <= 3)) return false;
  let k = hit.start - 1;
  while (k > firstCue.end && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ')) k--;
  return k >= firstCue.end && /^(and|but|while|whereas)$/.test(toks[k].low);
}

/**
 * Where a plain list of issue phrases that ends with `hit` starts ("the sugar levy, the fuel duty and the salt tax":
 * only commas, "and", "or", "as well as", "both" and determiners or adjectives between the items), when the list
 * opens after `from`; -1 when anything else stands between the items ("keep the sugar levy but scrap the salt tax").
 */
function plainListStart(toks: Tok[], listHits: Hit[], hit: Hit, from: number): number {
  let start = hit.start;
  for (;;) {
    let k = start - 1;
    while (k >= from && (/^(,|and|or|as|well|both|also)$/.test(toks[k].low) || /^(DET|ADJ|NUM)$/.test(toks[k].pos))) k--;
    const before = listHits.find((x) => x.end === k + 1 && x.start >= from);
    if (!before || !toks.slice(k + 1, start).some((t) => /^(,|and|or|well)$/.test(t.low))) return start === hit.start ? -1 : start;
    start = before.start;
  }
}

const REPLACING = /\breplac/i;
const isReplacing = (o: Op): boolean => o.kind === 'giveup' && o.label.length >= 7 && /^replac/i.test(o.label);

/** The region with its replacings read for `hit` (see stanceFor). */
function replacingRead(toks: Tok[], region: Op[], hit: Hit, info: IssueInfo): Op[] {
  const out: Op[] = [];
  for (const o of region) {
    if (!isReplacing(o)) { out.push(o); continue; }
    const replacedBy = o.end < hit.start && hit.start - o.end <= 10 && lowMatchIn(toks, o.end + 1, hit.start, /^(with|by)$/);
    if (replacedBy && hit.nameWord) continue;
    if (hit.end <= o.start && !BE_FORMS.test(toks[o.start - 1]?.low ?? '')) continue;
    out.push(replacedBy || REPLACING.test(info.issue.description ?? '') ? op('sup', o.start, o.end, o.label, o.weak) : o);
  }
  return out;
}

export function stanceFor(c: Compiled, toks: Tok[], S: SentInfo, ops: Op[], h: HolderCues, hit: Hit, zone: number[], sentenceIf: Op | undefined, si: number, sentenceText: string, explain: boolean, ce: number, listHits?: Hit[]): Claim | undefined {
  const info = c.issues.get(hit.issue)!;
  // "any deal would have to cover everything, not just purchases": the issue is mentioned as included, not as the point
  if (hit.start >= 2 && /^(just|only|merely)$/.test(toks[hit.start - 1].low) && /^(not|n't)$/.test(toks[hit.start - 2].low)
    || hit.start >= 3 && /^(just|only|merely)$/.test(toks[hit.start - 2].low) && /^(not|n't)$/.test(toks[hit.start - 3].low) && toks[hit.start - 1].pos === 'DET') return undefined;
  // an opposite policy adjective said of the thing: "keep relocation voluntary" contradicts "mandatory solidarity";
  // "a voluntary solidarity scheme" is another proposition altogether
  let antonymFlip = false;
  const opposites = info.opposites;
  if (opposites.size > 0 && hit.ref === 'none') {
    if (toks.slice(Math.max(zone[0], hit.start - 3), hit.start).some((t) => opposites.has(t.low))) return undefined;
    // (or before another word of the issue in the same clause: "asylum seekers under a voluntary solidarity scheme")
    for (let k = zone[0]; k < Math.min(ce, zone[1]); k++) {
      if (opposites.has(toks[k].low) && issueHitStartsIn(S, hit.issue, k + 1, k + 2) && (toks[k - 1]?.pos === 'DET' || toks[k - 1]?.pos === 'ADP')) return undefined;
    }
    const after = toks.slice(hit.end, Math.min(ce, hit.end + 4));
    const k = after.findIndex((t) => opposites.has(t.low));
    if (k >= 0 && after.slice(0, k).every((t) => /^(AUX|ADV|PART|VERB)$/.test(t.pos) || /^(be|is|was|were|are|remain|remains|stay|stays)$/.test(t.low))) antonymFlip = true;
  }
  // a cue inside the issue phrase is its own act ("leaving the euro was not an option"): the holder's cue is the next
  // (only when a predicate cue follows the phrase; otherwise the act in the seed is the cue: "would not lift sanctions")
  // ("the system of guarantees had to go": the modal cue right after the phrase is the predicate)
  const predicateAfter = hit.ref === 'none' && h.cues.some((o) => o.start >= hit.end && (lowMatchIn(toks, hit.end, o.start, PREDICATE_VERBS)
    || (o.start === hit.end && /^(had|has|have|must|should)$/.test(toks[o.start].low))));
  const firstCue = (predicateAfter ? h.cues.find((o) => !(o.start >= hit.start && o.end <= hit.end && o.start > h.m.end)) : undefined) ?? h.cues[0];
  // "Forty-nine senators have said they would oppose ...": a pronoun after a speech verb whose subject is no actor
  // refers to that subject.
  if (h.m.kind === 'carry' && !h.nested && CARRY_REFS.has(toks[h.m.start].low)) {
    const sp = S.ops.find((o) => o.kind === 'speech' && o.end <= h.m.start && h.m.start - o.end <= 2);
    if (sp && !S.mentions.some((m) => m !== h.m && m.end <= sp.start && m.kind !== 'carry')
      && toks.slice(S.start, sp.start).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return undefined;
  }
  // The addressee of a message or an appeal ("told the agency that ...", "urged Washington not to ...") is not the
  // one taking the position.
  if (h.m.kind !== 'carry' && !h.nested) {
    let k = h.m.start - 1;
    if (toks[k]?.low === 'the') k--;
    if (k >= S.start && ADDRESSEE_VERBS.test(toks[k].low)) return undefined;
    if (k - 1 >= S.start && /^(called|calls|calling|call)$/.test(toks[k - 1].low) && toks[k].low === 'on') return undefined;
  }
  const holderEnd = h.nested ? firstCue.start : h.pending || h.from !== undefined ? zone[0] : h.m.end;
  // The thing asked for in return ("drop the bid in exchange for guarantees") is demanded: read it on its own.
  // what is asked in exchange ("in exchange for guarantees"), or as a prerequisite ("once Washington lifted its
  // sanctions", "only after X"), is supported
  const prereq = prerequisiteZone(toks, S, hit);
  const inExchange = ops.find((o) => o.kind === 'conn' && o.start >= firstCue.start && o.start < hit.start && /exchange|return/.test(o.label))
    ?? (prereq && prereq[0] >= firstCue.start
      ? ops.find((o) => o.kind === 'conn' && o.start === prereq[0]) ?? op('conn', prereq[0], prereq[0] + 1, toks[prereq[0]].text)
      : undefined);
  let region: Op[];
  let verbAsCue: Op | undefined; // the issue's own verb standing as the cue
  let listStart = -1; // a later item of a list quotes only its own part
  // the issue opens a clause of its own after another issue's ("... and the salt tax was the way forward"): read by its
  // own predicate
  const conjoined = !inExchange && hit.start >= firstCue.start && hit.ref === 'none' && conjoinedSubject(toks, listHits ?? [], hit, firstCue, holderEnd)
    && ops.some((o) => isCue(o) && o.start >= hit.end && o.start < ce);
  if (inExchange) {
    region = ops.filter((o) => o.start >= inExchange.end && o.start < hit.end && (o.kind === 'neg' || o.kind === 'giveup'));
    // "would keep up the pressure until the amnesty was withdrawn": a passive give-up said of the thing asked for
    const passive = passiveGiveUpAfter(toks, ops, hit.end, prereq ? prereq[1] : ce);
    if (passive) region.push(passive);
    // "would back the budget unless it came with a salt tax": what an acceptance is withheld for is objected to (a
    // refusal or a threat before "unless" demands it instead: "would not sign unless ...", "would block it unless ...")
    if (prereq && toks[prereq[0]].low === 'unless' && ops.some((o) => o.kind === 'sup' && o.start >= holderEnd && o.start < prereq[0])
      && !ops.some((o) => (o.kind === 'neg' || o.kind === 'opp') && o.start >= holderEnd && o.start < prereq[0])) {
      region.unshift(op('neg', prereq[0], prereq[0] + 1, toks[prereq[0]].text));
    }
  } else if (hit.start >= firstCue.start && !conjoined) {
    // ops from the holder to the first cue, then the ops local to this issue (not those of an earlier list item)
    const prevOther = (listHits ?? []).filter((x) => x.issue !== hit.issue && x.end <= hit.start && x.start >= firstCue.end).reduce((mx, x) => Math.max(mx, x.end), firstCue.end);
    if (prevOther > firstCue.end) listStart = prevOther;
    // (but a verb before a plain list of things is said of each: "agreed to scrap the sugar levy and the salt tax")
    const listFrom = prevOther > firstCue.end ? plainListStart(toks, listHits!, hit, firstCue.end) : -1;
    region = ops.filter((o) => (o.start >= holderEnd && o.start < firstCue.end) || (o.start >= prevOther && o.start < hit.end)
      || (o.start >= firstCue.end && o.start < listFrom));
    // "said it had reached the limit of what it could pay ... and again rejected the union's demand": a later
    // conjunct with a finite verb of its own is the holder's act on this issue, not the clause before it
    const conjunct = coordinatedConjunctBefore(toks, ops, firstCue.end, hit.start);
    if (conjunct >= 0) region = ops.filter((o) => o.start >= conjunct && o.start < hit.end);
    // ("While Norland opposes the sugar levy, it backs the salt tax": the main clause after a fronted concession is its own)
    const main = conjunct < 0 ? mainClauseAfterConcession(toks, ops, S.start, firstCue.end, hit.start) : -1;
    if (main >= 0) region = ops.filter((o) => o.start >= main && o.start < hit.end);
    // "said calls to repeal the law were irresponsible": others' calls, judged by the holder; the judgement is the stance
    const judged = CALL_NOUNS.test(toks[firstCue.start].low) ? judgementAfter(toks, ops, hit.end, ce) : undefined;
    // (what was called for keeps its own giving-up: "calls to scrap the tax were irresponsible" backs the tax)
    if (judged) region = [judged, ...region.filter((o) => o.start >= firstCue.end && (o.kind === 'giveup' || o.kind === 'neg'))];
  } else {
    // predicate after the issue: "the backstop was not open for renegotiation"
    const cueAfter = h.cues.find((o) => o.start >= hit.end) ?? h.cues.find((o) => isOwnAct(toks, hit, info, o))
      ?? (conjoined ? ops.find((o) => isCue(o) && o.start >= hit.end && o.start < ce) : undefined);
    if (!cueAfter) return undefined;
    // "announced the extension without giving a length": a manner of doing it, nothing said of the issue
    if (/^without$/i.test(cueAfter.label) && /ing$/.test(toks[cueAfter.end]?.low ?? '') && toks[cueAfter.end].pos === 'VERB') return undefined;
    let stop = cueAfter.end;
    while (stop < ce && !PREDICATE_STOPS.has(toks[stop].low)) stop++;
    region = ops.filter((o) => o.start >= hit.end && o.start < stop);
    // "no separate fund was needed": "no" on the subject negates what is said of it
    // (and "there was no science showing a phase-out was needed": no evidence for what is said of it)
    // (and "anything less than the ban was unacceptable": what falls short of it is refused, so it is wanted)
    const noBefore = ops.find((o) => o.kind === 'neg' && /^(no|anything .*)$/i.test(o.label) && o.end <= hit.start && ((hit.start - o.end <= 2
      && toks.slice(o.end, hit.start).every((t) => t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'DET' && o.label !== 'no')))
      || (hit.start - o.end <= 5 && /^(evidence|science|proof|reason|sign|indication|data)$/.test(toks[o.end]?.low ?? '')
        && evidenceClauseReaches(toks, o.end + 1, hit.start))));
    if (noBefore) region.unshift(noBefore);
    // "would not renegotiate what had already been agreed": a cue in a relative clause after the issue's own verb
    // describes its object; the verb is the act, and what comes before it says whether it is done
    // ("stepped in to end the shutdown": a give-up in a purpose clause after the issue's own verb has its own object;
    // the verb is the act)
    if (toks[hit.start].pos === 'VERB' && (toks.slice(hit.end, cueAfter.start).some((t) => /^(what|that|which|whatever)$/.test(t.low))
      || (cueAfter.kind === 'giveup' && cueAfter.start > hit.end && toks[cueAfter.start - 1].low === 'to' && toks[cueAfter.start].pos === 'VERB'
        && /^(DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(toks[cueAfter.end]?.pos ?? '') && !verbWithin(toks, hit.end, cueAfter.start - 1)))) {
      region = ops.filter((o) => o.start >= holderEnd && o.start < hit.start);
      verbAsCue = op('sup', hit.start, hit.end, wordsJoined(toks, hit.start, hit.end), true);
    }
  }
  if (!inExchange && hit.start >= firstCue.start) {
    // "the demand that the backstop be dropped", "the backstop must be scrapped": a passive right after the issue
    let k = hit.end;
    let sawBe = false;
    // a gerund clause as the subject ("handing over the Donbas was not an option"): its predicate is the stance
    const gerundSubject = /ing$/.test(toks[firstCue.start].low) && firstCue.start > h.m.end && !/^(AUX|PART)$/.test(toks[firstCue.start - 1]?.pos ?? '')
      && !/^(is|are|was|were|be|been|of|for|on|about|by|to)$/.test(toks[firstCue.start - 1]?.low ?? '');
    // and so is a give-up noun opening a clause ("said a full withdrawal of Turkish troops was out of the question")
    const nominalSubject = !gerundSubject && firstCue.kind === 'giveup' && toks[firstCue.start].pos === 'NOUN' && firstCue.start > h.m.end
      && toks[firstCue.end]?.low === 'of' && clauseOpensBefore(toks, S.start, firstCue.start);
    while (k < ce && k < hit.end + 5 && !PREDICATE_STOPS.has(toks[k].low)) {
      // subjunctive or modal passive only ("be dropped", "must be scrapped"); "was rejected" has a larger subject
      if (toks[k].low === 'be' || ((gerundSubject || nominalSubject) && /^(is|was|are|were)$/.test(toks[k].low))) sawBe = true;
      k++;
    }
    // ("... can be implemented without a vote": a preposition after the passive is an adjunct, not the act)
    // (region is this call's own array here: the ops are pushed onto it, not copied into a new one each time)
    if (sawBe) {
      for (const o of ops) if (o.start >= hit.end && o.start < k && o.kind !== 'conn' && o.kind !== 'speech' && !/^without$/i.test(o.label)) region.push(o);
    }
    // "insisted the salt tax would not go ahead": the issue as the subject of a clause the cue verb takes (no "that"),
    // whose own predicate says what the holder wants of it
    // (not when the predicate is read already: "said calls to scrap the tax were irresponsible")
    else if (hit.ref === 'none' && hit.start > firstCue.end && toks[firstCue.start].pos === 'VERB' && FINITE_AFTER_SUBJECT.test(toks[hit.end]?.low ?? '')
      && !region.some((o) => o.start >= hit.end)) {
      let stop = hit.end + 1;
      while (stop < ce && stop < hit.end + 6 && !PREDICATE_STOPS.has(toks[stop].low)) stop++;
      // (only a predicate with a stance word of its own: "agreed that AI cannot rewrite scripts", in the words of the
      // issue's name, is the proposition itself)
      const predicate = ops.filter((o) => o.start > hit.end && o.start < stop && o.kind !== 'conn' && o.kind !== 'speech' && o.kind !== 'spec' && o.kind !== 'bg');
      if (predicate.some((o) => isCue(o) && o.act === undefined && o.nameAct === undefined)) region.push(...predicate);
    }
  }
  if (!inExchange && hit.start >= firstCue.start) {
    for (const o of ops) if (o.kind === 'cond' && o.start >= hit.end && o.start <= hit.end + 2 && !region.includes(o)) region.push(o);
    // a give-up word closing the issue phrase: "ship its stockpile of enriched uranium abroad"
    let tail = hit.end;
    // (over a coordinated issue phrase too: "his call for Turkish troops and guarantees to end")
    for (const x of S.hits) if (!x.phrase.startsWith('@') && (x.issue === hit.issue || (toks[tail]?.low === 'and' && x.start === tail + 1 && /^(NOUN|PROPN|ADJ)$/.test(toks[x.start].pos))) && x.start >= tail && x.start <= tail + 2) tail = x.end;
    for (const o of ops) if (o.kind === 'giveup' && /^(abroad|away)$/i.test(o.label) && o.start >= tail && o.start <= tail + 1 && !region.includes(o)) region.push(o);
    // ... and a judgement declared of it: "asked the court to declare the law unconstitutional"
    const declaring = hit.start - 1 >= 0 && DECLARING_VERBS.test(toks[hit.start - 1].low) ? hit.start - 1
      : toks[hit.start - 1]?.pos === 'DET' && DECLARING_VERBS.test(toks[hit.start - 2]?.low ?? '') ? hit.start - 2 : -1;
    if (declaring > firstCue.start) {
      for (const o of ops) if ((o.kind === 'opp' || o.kind === 'sup') && (o.start === tail || (o.start === hit.end && tail > hit.end)) && toks[o.start].pos === 'ADJ' && !region.includes(o)) region.push(o);
    }
    // ... and a give-up predicated of the issue's thing: "wanted all Turkish troops withdrawn", "his call for the
    // guarantees to end"
    // (the thing's noun phrase may run on past the hit: "wanted the 2030 nitrogen date dropped" on the hit "2030")
    let head = tail;
    while (head < ce && head - tail < 3 && toks[head].pos === 'NOUN') head++;
    for (const o of ops) {
      if (o.kind === 'giveup' && !region.includes(o) && toks[o.start].pos === 'VERB' && /^(NOUN|PROPN)$/.test(toks[head - 1].pos)
        && ((o.start === head && /(ed|en|wn)$/.test(toks[o.start].low)) || (o.start === head + 1 && toks[head].low === 'to'))) region.push(o);
      // (and a thing kept out of something: "wants families kept out of border procedures")
      else if (o.kind === 'giveup' && !region.includes(o) && o.start === head + 1 && toks[o.start].low === 'out' && /^(kept|pushed|moved)$/.test(toks[head].low)
        && /^(NOUN|PROPN)$/.test(toks[head - 1].pos)) region.push(o);
    }
    // (and a thing wanted gone: "wants the salt tax gone"; "the tax was gone" is no one's wish)
    if (toks[head]?.low === 'gone' && /^want/.test(toks[firstCue.start].low) && hit.start - firstCue.end <= 2 && /^(NOUN|PROPN)$/.test(toks[head - 1].pos)) {
      region.push(op('giveup', head, head + 1, 'gone'));
    }
  }
  // Words inside the matched issue phrase belong to the proposition ("hand over", "without conditions"), and so do those
  // inside another phrase of the same issue ("talks on intellectual property, technology transfer"), and a give-up noun
  // inside another issue's phrase ("preferred a troop withdrawal to a salt tax": the withdrawal is that issue's)
  region = region.filter((o) => o.start >= zone[0] && o.start < zone[1] && !(o.start >= hit.start && o.start < hit.end)
    && !(o.kind === 'giveup' && S.hits.some((x) => (x.issue === hit.issue || toks[o.start].pos === 'NOUN') && x !== hit && !x.nameWord && x.ref === 'none'
      && o.start >= x.start && o.end <= x.end && x.end - x.start > o.end - o.start)));
  // "stepped in to end the shutdown, as the minister directed the board to impose binding arbitration": a give-up verb
  // with an object of its own, before a clause of its own that holds the issue, is not said of the issue
  region = region.filter((o) => !(o.kind === 'giveup' && toks[o.start].pos === 'VERB' && o.end < hit.start && /^(DET|NOUN|PROPN|ADJ|NUM)$/.test(toks[o.end].pos)
    && (subordinateClauseBetween(toks, o.end, hit.start) || predicateAfterObject(toks, o.end, hit.start))));
  // "ordered troops to take part in what he called defensive exercises, in response to the British ship": taking part and
  // staying out are said of their own object only ("take part in talks on the plan" is not taking part in the plan)
  region = region.filter((o) => !(PARTICIPATION_PHRASES.has(o.label)
    && (hit.start < o.end || hit.start - o.end > 3 || toks.slice(o.end, hit.start).some((t) => !/^(DET|ADJ|NUM|PROPN|NOUN)$/.test(t.pos)))));
  // "replace the sugar levy with a salt tax": what comes in its place ("with", "by") is wanted, not given up; and so is
  // the thing of an issue whose description is a replacing ("drivers replace their old plates with new ones"; a name's
  // own verb is its act already)
  // (a name word there, "with Kosovo ones", is no issue of its own; and a replacing with an object of its own says nothing
  // of an issue named before it unless that is what is replaced: "the salt tax should be replaced by a levy")
  // (the cheap test first: a replacing is rare, and this runs for every claim)
  if (region.some(isReplacing)) region = replacingRead(toks, region, hit, info);
  if (verbAsCue && !region.some(isCue)) region.push(verbAsCue);
  // "would end its blockade and withdraw its troops": a verb with an object of its own, coordinated with the verb of
  // the issue, is not said of the issue (its negation and modal are shared: "would not end X or withdraw Y"; a second
  // verb with its own auxiliary starts a clause of its own)
  const coordinated = coordinatedVerbBefore(toks, region, hit, zone[0]);
  if (coordinated >= 0) region = region.filter((o) => o.start > coordinated || !(isCue(o) && toks[o.start].pos === 'VERB'));
  // "said reports that Sudland backed the tax were false": a report judged untrue after its clause denies what it says
  const reportDenial = reportJudgedFalse(toks, h, hit, ce);
  if (reportDenial >= 0) region.push(op('neg', reportDenial, reportDenial + 1, toks[reportDenial].text));
  const hitOps = ops.filter((o) => o.start >= hit.start && o.start < hit.end && (o.kind === 'giveup' || o.kind === 'neg'));
  // A seed term that is itself an act ("ratify", "sign") is the cue when nothing else is.
  // (and so is the give-up act of a multi-word seed that names the giving up: "the duties would be removed")
  if (!inExchange && !region.some(isCue)) {
    region = region.concat(ops.filter((o) => (o.kind === 'sup' || isOwnAct(toks, hit, info, o)) && o.start >= hit.start && o.start < hit.end && o.start >= holderEnd));
  }
  // a seed term's act ("postponed the talks") is a cue for its own issue only
  // (not for a deferral: "filling" is the act deferred, whose doing or not the rest of the clause tells)
  // "a dedicated fund was a red line": the thing itself called a red line is what the holder will not give up
  // ("the backstop crossed the red line" stays a refusal)
  for (let k = 0; k < region.length; k++) {
    const o = region[k];
    if (o.kind === 'opp' && /^red line$/i.test(o.label) && hit.ref === 'none' && hit.end <= o.start - 2 && toks[o.start - 1]?.low === 'a'
      && /^(is|was|remains|remained|be)$/.test(toks[o.start - 2]?.low ?? '') && o.start - hit.end <= 10
      && !toks.slice(hit.end, o.start - 2).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',')) region[k] = op('sup', o.start, o.end, o.label, o.weak);
  }
  const cues = inExchange ? [inExchange] : region.filter((o) => isCue(o) && (o.act === undefined || (c.termActs.get(o.act)?.has(hit.issue) === true && !info.deferral))
    // another issue's own act ("filling" named by another proposition) is no cue here
    && (o.nameAct === undefined || o.act !== undefined || c.nameActs.get(o.nameAct)?.has(hit.issue) === true));
  if (cues.length === 0) return undefined;
  // "Han Dong-hoon resigned as party leader": another person doing, as the subject, the act of a name that says who
  // does it ("President Yoon resigns") does not do the proposition
  if (info.agent !== undefined && h.m.person && h.m.actor !== '' && h.m.actor !== info.agent && cues.length === 1
    && cues[0].kind === 'sup' && cues[0].nameAct !== undefined && cues[0].start >= hit.start && cues[0].end <= hit.end
    && actDoneByHolder(toks, h.m.end, cues[0].start)) return undefined;
  // "rejected China's account of their new arrangement": what is rejected is someone's account of the thing, not the thing
  if (cues.length === 1 && cues[0].kind === 'opp' && cues[0].end <= hit.start && accountOfBetween(toks, cues[0].end, hit.start)) return undefined;
  // "GM said the union's 40 percent demand would ...": a demand owned by another actor, with no word of the holder's
  // own on it, is no stance of the holder's
  if (cues.every((o) => possessedByOther(toks, S, h, o))) return undefined;
  // "warned that ending the deal would push up prices": a giving-up named as the subject of a forecast is what the
  // forecast is about, no one's act or wish
  if (cues.every((o) => o.kind === 'giveup' && /ing$/.test(toks[o.start].low) && o.end <= hit.start && hit.start - o.end <= 2
    && (o.start === S.start || /^(that|,)$/.test(toks[o.start - 1].low))
    && /^(would|will|could|might|may|can|was|is|were|had|has)$/.test(toks[hit.end]?.low ?? ''))) return undefined;
  // "said the bill would not stop individual challenges": the issue's thing as the subject of a give-up verb with an
  // object of its own is what the thing would do, not anyone's stance on it (harm done is an evaluation: "a vote would
  // undermine the result")
  if (!inExchange && hit.ref === 'none' && toks[hit.start].pos !== 'VERB' && cues.every((o) => o.kind === 'giveup' && toks[o.start].pos === 'VERB'
    && !/^(undermin|weaken|damag|erod|hurt|destroy|harm|jeopardi|threaten|kill|wreck|sabotag|derail)/.test(toks[o.start].low)
    && o.start >= hit.end && o.start - hit.end <= 3 && toks.slice(hit.end, o.start).every((t) => /^(AUX|PART|ADV)$/.test(t.pos) && !/^(be|been|being)$/.test(t.low))
    && /^(DET|NOUN|PROPN|ADJ|NUM)$/.test(toks[o.end]?.pos ?? ''))) return undefined;
  // "sent a letter to the council urging all parties to refrain from X": a participle appeal after the issue phrase
  // is about its own infinitive, not the issue named before it
  if (!inExchange && hit.start >= h.m.end && cues.every((o) => o.start >= hit.end && /ing$/i.test(toks[o.start].low)
    && toks.slice(o.end, Math.min(ce, o.end + 6)).some((t) => t.low === 'to'))) return undefined;
  // (lifting a restriction on the issue's subject matter supports it: see liftsRestriction)
  const polar = region.filter((o) => (o.kind === 'sup' || o.kind === 'opp' || o.kind === 'cond' || o.kind === 'giveup' || o.kind === 'neg') && !liftsRestriction(c, toks, hit, info, o)
    // (a word of an actor's name is no negation: "the No campaign's demand")
    && !(o.kind === 'neg' && S.mentions.some((m) => o.start >= m.start && o.end <= m.end)));
  // "Zelensky said Russia's demand that Ukraine drop its bid was ...": when the first stance word is another actor's
  // stance noun, what it says is that actor's position; the holder has not said its own yet
  const firstStance = polar.find((o) => o.kind === 'sup' || o.kind === 'opp' || o.kind === 'cond');
  if (firstStance !== undefined && toks[firstStance.start].pos === 'NOUN' && ownedBy(S, firstStance.start, (a) => a !== h.m.actor)
    && !polar.some((o) => o.kind === 'neg' && o.start < firstStance.start)) return undefined;

  // Old positions told as background ("two months ago she had warned ...") are not news; a time phrase after the
  // stance ("the red line she had set out earlier this year") is not about the stance.
  const bgFrom = h.pending ? zone[0] : Math.min(h.m.start, firstCue.start);
  // ("Until now China had resisted ...", "For years its negotiators had argued ...": a time phrase opening the sentence
  // frames all of it)
  if (ops.some((o) => o.kind === 'bg' && ((!durative(o) && o.start >= bgFrom && o.start <= Math.max(firstCue.end, hit.end) + 1)
    || (/^until |^up to now|^for (years|months|weeks)$/i.test(o.label) && o.start <= S.start + 1 && o.start < bgFrom
      && (!durative(o) || toks.slice(o.end, firstCue.start).some((t) => t.low === 'had')))))) return undefined;
  // Speculation by third parties or narrators is not a position.
  let rep = S.reporter;
  // (a speaker coordinated with the reporter, "China and France said", speaks for itself)
  const coSpeaker = rep?.co?.find((x) => x.start === h.m.start && x.actor === h.m.actor);
  if (rep && coSpeaker) rep = { ...rep, actor: h.m.actor, start: coSpeaker.start, end: coSpeaker.end };
  const ownWords = rep?.actor === h.m.actor;
  const specFrom = h.pending ? zone[0] : Math.max(zone[0], h.m.start - 4);
  const specs = ops.filter((o) => o.kind === 'spec' && o.start >= specFrom && o.start < Math.max(firstCue.start, hit.start));
  // ("Abiy said the TPLF could lead the administration provided it was inclusive": a tracked speaker's permission
  // under a stated condition is no guess; it is the speaker's conditional position, see `prescribed` below)
  const permission = specs.length > 0 && !ownWords && rep !== undefined && !rep.third && rep.actor !== undefined && rep.start >= 0
    && h.m.start > rep.end && specs.every((o) => /^(could|may)$/i.test(o.label))
    && ops.some((o) => o.kind === 'conn' && o.start > firstCue.start && o.start < ce);
  // ("A Chinese official, speaking on condition of anonymity, said imports might resume": an anonymous voice's guess is a
  // guess, whoever it works for)
  if (specs.length > 0 && (!ownWords || anonymousVoice(toks, S)) && !permission) return undefined;
  // Third parties' forecasts ("analysts said Turkey would approve") are not positions, nor are actors that only
  // appear after a third party's words.
  // (nor is a third party's prescription for the actor: "Lafazanis told a rally that Greece should be ready to ...")
  if (rep?.third && toks.slice(Math.max(zone[0], h.m.end), firstCue.end).some((t) => /^(would|will|could|may|might|should|must|ought)$/.test(t.low))) return undefined;
  if (rep?.third && h.m.start > firstCue.start) return undefined;

  let sign = 1;
  let conditional = false;
  const negs: string[] = [];
  const conds: string[] = [];
  let connStated = false; // a condition read from a connective ("if", "provided", "but only if")
  for (let k = 0; k < polar.length; k++) {
    const o = polar[k];
    if (o.kind === 'neg') {
      // "not only", "not just purchases" (everything, not just X: X and more) is not a negation
      if (/^(only|just|merely)$/.test(toks[o.end]?.low ?? '')) continue;
      sign = -sign;
      negs.push(o.label);
    } else if (isOwnAct(toks, hit, info, o) || (o.kind === 'giveup' && o.end - o.start === 1 && (info.nameVerbs.has(stemOf(toks[o.start])) ? !info.giveUp : c.actStems.has(stemOf(toks[o.start])) && !givesUpThing(info, stemOf(toks[o.start]))))) {
      // the issue's own verb ("suspends the debt limit" in "raises or suspends the debt limit") is the act itself
    } else if ((o.kind === 'opp' || o.kind === 'sup') && toks[o.start].pos === 'ADJ' && o.end === hit.start && k > 0
      && polar.slice(0, k).some((p) => p.kind !== 'neg' && p.kind !== 'cond' && toks[p.start].pos === 'VERB')) {
      // an epithet on the thing after a verb that acts on it ("must withdraw what he called an illegal memorandum",
      // "accepted the unfair tax"): the verb says what the holder wants done with it
    } else if (o.kind === 'opp' || o.kind === 'giveup') {
      // "a grave mistake with far-reaching consequences": repeated rejection words say it once
      // (but not a judgement of an opposing act named before the issue: "the order blocking the purchase was unlawful")
      // (nor an opposing act that is itself the object, between the rejection and the issue: "objected to China's
      // obstruction of the resupply missions", "opposed actions that obstruct the supply missions")
      // (nor a refusal of the opposing act itself: "refused to block the tax", "would not allow Norland to block it")
      if (o.kind === 'opp' && k > 0 && polar[k - 1].kind === 'opp' && !(o.start >= hit.end && judgedAct(toks, polar[k - 1], hit, o))
        && !opposedActAsObject(toks, polar[k - 1], o, hit) && !refusedAct(toks, polar[k - 1], o)) continue;
      sign = -sign;
      // "did not rule out" signals openness, not support
      // (and "had not closed the door on it")
      if (o.kind === 'opp' && /^(rul|exclud|dismiss|clos|shut)/.test(toks[o.start].low) && polar.slice(Math.max(0, k - 2), k).some((p) => p.kind === 'neg' && o.start - p.end <= 2)) {
        conditional = true;
        conds.push(`not ${o.label}`);
      }
    }
    else if (o.kind === 'cond') {
      // "would not accept any text that opened the door to X": the relative clause describes the object; the text
      // letting X in is what is refused
      if (k > 0 && o.start > firstCue.end && /^(that|which)$/.test(toks[o.start - 1]?.low ?? '')) continue;
      if (/negotia/i.test(o.label)) sign = -sign; // negotiating over X puts X in play
      // (or inside a report that is denied: "dismissed reports that it was ready to drop the claim")
      // (a negation of another cue in between is that cue's: "was not opposed in principle to it")
      const negated = polar.slice(Math.max(0, k - 2), k).some((p, j, near) => p.kind === 'neg' && o.start - p.end <= 3
        && !near.slice(j + 1).some((q) => q.kind === 'sup' || q.kind === 'opp' || q.kind === 'giveup'))
        || polar.slice(0, k).some((p) => (p.kind === 'neg' || p.kind === 'opp') && DENIED_REPORT.test(toks[p.end]?.low ?? '') && /^(that|of)$/.test(toks[p.end + 1]?.low ?? ''));
      if (!negated) { conditional = true; conds.push(o.label); }
      // ("had not softened its demand": like a demand not dropped, it stands)
      else if (/^soften/i.test(o.label)) sign = -sign;
    }
  }
  // "rejected the lawsuits against the tax", "dismissed the legal challenges to it": a legal action against the thing
  // (no cue of its own unless the holder brings it) named as what is rejected defends the thing
  if (polar.length === 1 && polar[0].kind === 'opp' && polar[0].end < hit.start && hit.start - polar[0].end <= 6) {
    for (let k = polar[0].end; k < hit.start - 1; k++) {
      if (LEGAL_ACTIONS.test(toks[k].low) && /^(against|to)$/.test(toks[k + 1].low)) { sign = -sign; negs.push(`${polar[0].label} ... ${toks[k].low} ${toks[k + 1].low}`); break; }
    }
  }
  // "(the spokesman) denied that Tehran had given up its demand": a denial just before the holder's clause negates it
  const denial = ops.find((o) => o.kind === 'neg' && /^den(y|ied|ies|ying)$/i.test(o.label) && o.end <= h.m.start && h.m.start - o.end <= 2
    && toks.slice(o.end, h.m.start).every((t) => /^(that|reports|claims|suggestions)$/.test(t.low)) && !polar.includes(o));
  if (denial) { sign = -sign; negs.push(denial.label); }
  if (!inExchange) {
    // A condition counts when it follows the stance cue and is not part of a relative clause describing the issue
    // ("a clause that would let Brussels suspend tariffs if imports surge").
    const conns = ops.filter((o) => {
      if (o.kind !== 'conn' || o.start < firstCue.start) return false;
      // (", but only if" is the main clause's own condition, however far, and so is a proviso closing the sentence:
      // "..., as long as Iran lived up to its side")
      const mainClauseCondition = toks[o.start - 1]?.low === 'but' || (toks[o.start - 1]?.low === 'only' && toks[o.start - 2]?.low === 'but')
        || (toks[o.start - 1]?.text === ',' && /^(as long as|so long as|provided|providing|on condition)$/i.test(o.label));
      if (o.start >= ce && !(mainClauseCondition && o.start - ce <= 2)) return false;
      // "denied reports that it had dropped X in return for Y": the condition belongs to the denied report
      if (ops.some((n) => n.kind === 'neg' && /^den(y|ied|ies|ying)$/i.test(n.label) && n.start >= zone[0] && n.start < o.start && n.start < hit.start)) return false;
      // (and so does one inside a report that is dismissed: "dismissed as fiction a report that officials were
      // weighing a sale if the court upheld the law")
      if (polar.some((n) => (n.kind === 'opp' || n.kind === 'neg') && n.end < o.start && deniedReportAfter(toks, n.end, Math.min(o.start, n.end + 8)))) return false;
      // (nor a participle describing it: "a safeguard clause allowing it to suspend tariff cuts if imports surge")
      // (but a relative clause after the issue's own predicate describes something else: "Ethiopian troops could remain
      // part of the force that replaces the mission only if ...": the condition is the predicate's)
      if (hit.start < o.start && relativeOnHitBefore(toks, hit.end, o.start)) return false;
      // (far after the phrase only within the same stretch of clause: "a time-out from the euro zone for at least five
      // years if it cannot improve its proposals")
      if (!mainClauseCondition && hit.start < o.start && o.start - hit.end > 8 && (o.start - hit.end > 14 || toks.slice(hit.end, o.start).some((t) => /^[,;:]$/.test(t.text)))) return false;
      // (the holder's own coming to power is when, not whether: "would stop the purchase if he returned to the White
      // House", "would repeal the treaty if it came to power")
      if (whenNotWhether(toks, o)) return false;
      // (nor is a refusal of the thing in a case: "there would be no renegotiation if Colombians voted No")
      if (/^if$/i.test(o.label) && polar.length > 0 && polar.every((n) => n.kind === 'opp' && /^there (would|will) be no$/i.test(n.label))) return false;
      // (a trade refused is a refusal: "would not suspend a lawful strike in exchange for a meeting")
      if (/^in (exchange|return) for$/i.test(o.label) && polar.some((n) => n.kind === 'neg' && n.end <= firstCue.start && firstCue.start - n.end <= 1)) return false;
      return true;
    });
    if (sentenceIf && sentenceIf.start < h.m.start && !whenNotWhether(toks, sentenceIf)) conns.push(sentenceIf);
    // a condition fronted in the reported clause: "Berg said that if Norland cut tariffs, Sudland would accept it" (or
    // "... tariffs then Sudland would ...")
    // (the speaker may also hold it, its own name after the condition: "Aral said that as long as Sudland paid, Norland
    // would back the tax" keeps Aral as the holder)
    const ownSpeaker = (o: Op): boolean => h.m.end <= o.start && firstCue.start > o.end && S.reporter?.actor === h.m.actor;
    const fronted = sentenceIf ? undefined : ops.find((o) => o.kind === 'conn' && /^(if|unless|provided|as long as|so long as)$/i.test(o.label)
      && (o.start < h.m.start || ownSpeaker(o)) && S.ops.some((sp) => sp.kind === 'speech' && sp.end === (toks[o.start - 1]?.low === 'that' ? o.start - 1 : o.start))
      && toks.slice(o.end, o.start < h.m.start ? h.m.start : firstCue.start).some((t) => t.text === ',' || t.low === 'then')
      // (not a concession: "if Norland attacked, Sudland would still back it")
      && !toks.slice(h.m.end, firstCue.start).some((t) => t.low === 'still'));
    if (fronted && !whenNotWhether(toks, fronted)) conns.push(fronted);
    if (conns.length > 0) { conditional = true; conds.push(...conns.map((o) => o.label)); connStated = true; }
  }
  // "rejected any suggestion that developed countries alone should cut": what is rejected is the exclusivity, not
  // the content, so the content's own direction is not stated here.
  if (polar.some((o) => o.kind === 'opp' || o.kind === 'neg')
    && toks.slice(firstCue.end, Math.min(ce, hit.end + 4)).some((t) => /^(alone|solely|exclusively)$/.test(t.low))) return undefined;
  // Explicit affirm/deny phrases from the watchlist override inference.
  // A proposition that gives something up reads its "thing" (the NATO bid) with the opposite sign; a phrase that
  // itself gives it up ("hand over") or a reference to the proposition reads as named.
  // (a purpose-clause give-up, "changes its laws to end forced technology transfer": only the words after "end" are the
  // thing, and a give-up word among them, "transfer", is part of the thing)
  // (a reference back by the thing's own word, "called the tariffs unacceptable", is the thing too: its phrase is the
  // word as written, not stemmed)
  const thingHit = info.thingWords !== undefined && hit.ref !== 'prop'
    && (hit.phrase.split(' ').some((w) => info.thingWords!.has(w)) || (hit.ref === 'thing' && info.thingWords.has(stemOf(toks[hit.start]))));
  // a one-word seed used as a verb is the proposition's own act ("demanded that the IAEA close its investigation")
  // (but not as the object of a giving-up, "an end to trawling", "stop trawling": there it is the thing given up)
  const actHit = hit.ref === 'none' && !hit.nameWord && hit.end - hit.start === 1 && toks[hit.start].pos === 'VERB'
    && c.termActs.get(stemOf(toks[hit.start]))?.has(hit.issue) === true
    && !(info.giveUp && ops.some((o) => o.kind === 'giveup' && (o.end === hit.start || (o.end === hit.start - 1 && toks[o.end].low === 'to'))));
  // (a reference by a demand noun to an issue that gives up a demand, "the union's proposal ... could not accept it",
  // or by a text noun to one that gives up a text, "called on London to abandon the plan" for "abandons the bill", is
  // the thing given up, unless the position just read says whose demand it is)
  // ("urged the union to end it": a pronoun that is the object of a give-up verb is the thing given up, not the giving-up)
  const givenUpPronoun = info.giveUp && /^(it|them)$/.test(toks[hit.start].low) && ops.some((o) => o.kind === 'giveup' && o.end === hit.start);
  let p = hit.ref === 'prop' ? (hit.refSign ?? (refersToThingGivenUp(info, toks[hit.start].low) || givenUpPronoun ? -1 : 1))
    : actHit ? 1
    : thingHit ? (hitOps.some((o) => o.kind === 'giveup' && !info.thingWords!.has(stemOf(toks[o.start]))) ? 1 : -1)
    // (a give-up inside the phrase is the act itself, "troop withdrawal", unless the name gives up a demand for it:
    // "drops its demand for debt cancellation"; "drop the demand" still gives the demand up)
    : !info.giveUp || ((info.givesUpADemand !== true || toks.slice(hit.start, hit.end).some((t) => DEMAND_HEADS.test(t.low)))
      && hitOps.some((o) => o.kind === 'giveup')) || (hit.nameWord && (info.subjectWords?.has(hit.phrase) === true || info.namedWords?.has(hit.phrase) === true))
      || (info.thingWords !== undefined && !hit.phrase.split(' ').some((w) => info.thingWords!.has(w))) ? 1
    // the receiving side asking for the thing itself ("Moscow's demand for the Donbas") wants it handed over
    : (h.m.actor === info.recipient || recipientsDemand(S, toks, region, info.recipient, h.m.actor))
      && !region.some((o) => o.kind === 'giveup' && !region.some((q) => isCue(q) && q.kind !== 'giveup' && q.start >= o.end && q.start <= o.end + 2)) ? 1 : -1;
  // a handover to a recipient done by a deal: the deal, or the thing as the deal's or the recipient's, is the proposition
  if (info.transferByDeal === true && hit.ref === 'none' && handedOverByDeal(c, toks, ops, info.recipient!, hit, zone[0])) p = 1;
  // what the name rules out ("without obstruction"), named alone, is the opposite of the proposition
  if (info.excludedWords !== undefined && hit.ref === 'none' && hit.phrase.split(' ').every((w) => info.excludedWords!.has(w))) p = -p;
  // a seed naming the outcome of a giving-up ("disarmament" for "gives up its heavy weapons") states the proposition
  if (info.outcomeTerms !== undefined && info.outcomeTerms.size > 0 && hit.ref === 'none' && info.outcomeTerms.has(hit.phrase)) p = 1;
  // a name that drops an objection ("drops its veto on opening talks") reads as what was objected to, so a seed naming
  // the objection itself ("veto", "blockade") is its opposite: keeping the veto opposes, lifting it ("lift the veto",
  // a give-up inside the phrase) supports
  if (info.objectionStems !== undefined && hit.ref === 'none' && hit.phrase.split(' ').some((w) => info.objectionStems!.has(w))) {
    p = hitOps.some((o) => o.kind === 'giveup') ? 1 : -1;
  }
  // the thing a ban issue bans, said with the ban ("a total ban on automation", "banning automated cranes"), is the ban
  // (only there: elsewhere "ban" is mostly the thing itself, "drop the shipping ban")
  // (and so is a phrase naming the ban itself: "rejected a ban on automated cranes")
  // (or after it: "wants automation banned outright", "automation must be outlawed")
  if (info.bans === true && hit.ref === 'none' && (bannedHere(toks, zone[0], hit.start) || bannedAfter(toks, hit.end, ce)
    || hit.phrase.split(' ').some((w) => BAN_STEMS.test(w)))) p = 1;
  // (and so is a reference back by a ban noun: "Hungary was rejecting the embargo" on "The EU bans Russian oil")
  if (info.bans === true && hit.ref !== 'none' && hit.end - hit.start === 1 && BAN_STEMS.test(stemOf(toks[hit.start]))) p = 1;
  if (info.deferral && hit.ref !== 'prop') {
    // a deferral proposition ("X delays the filling until a deal"): the act done "without a deal" is the opposite;
    // the act held back ("wait ... before filling", "refrain from filling until", "hold off") is the delay itself
    const near = toks.slice(Math.max(zone[0], hit.start - 4), Math.min(ce, hit.end + 4));
    if (toks.slice(hit.start, Math.min(ce, hit.end + 3)).some((t) => t.low === 'without')) p = -1;
    // ("must not begin filling until a deal": the negated act with its deadline is the delay, said once)
    else if (near.some((t) => /^(until|till|before|wait|waiting|refrain|refraining|hold|holding)$/.test(t.low))) {
      p = polar.some((o) => o.kind === 'neg' && o.end <= hit.start && hit.start - o.end <= 3) ? -1 : 1;
    }
    else p = -1;
  }
  // (the stems around the hit are joined only for an issue that has such phrases)
  if (info.affirm.length > 0 || info.deny.length > 0) {
    const hitStems = stemsJoined(toks, hit.start, Math.min(ce, hit.end + 6));
    const before = stemsJoined(toks, Math.max(zone[0], hit.start - 6), hit.end);
    if (info.affirm.some((ph) => ph.length > 0 && (hitStems.includes(ph.join(' ')) || before.includes(ph.join(' '))))) p = 1;
    else if (info.deny.some((ph) => ph.length > 0 && (hitStems.includes(ph.join(' ')) || before.includes(ph.join(' '))))) p = -1;
  }
  // "would not accept an EU crisis regulation that tied its hands": rejecting one version of the thing, named by a
  // restrictive clause, leaves the door open to another: conditional
  let det = hit.start - 1;
  while (det > zone[0] && hit.start - det <= 3 && /^(PROPN|ADJ|NOUN)$/.test(toks[det].pos)) det--;
  const relEnd = Math.min(ce, hit.end + 6);
  const thatClause = /^(that|which)$/.test(toks[hit.end]?.low ?? '') && toks.slice(hit.end + 1, relEnd).some((t) => t.pos === 'VERB');
  if (negs.length > 0 && !conditional && hit.ref === 'none' && /^(a|an|any)$/.test(toks[det]?.low ?? '') && thatClause
    && !toks.slice(hit.end + 1, relEnd).some((t) => /^(not|n't|no|never)$/.test(t.low))
    // (a clause that restates the issue itself, "any agreement that binds it", names the issue, not a version of it)
    && !toks.slice(hit.end + 1, relEnd).some((t) => info.nameStems.has(stemOf(t)) && !STOP_WORDS.has(t.low))) {
    conditional = true;
    // (the words as written: the hit's phrase is stemmed)
    conds.push(`not ... ${toks[det].low} ${wordsJoined(toks, hit.start, hit.end)} ${toks[hit.end].low} ...`);
  }
  // "would only vote for a salt tax that protected farmers", "would back only a tax it could enforce": accepted in one
  // version alone, named by a restrictive clause: conditional
  if (negs.length === 0 && !conditional && hit.ref === 'none' && firstCue.start < hit.start && /^(a|an|any)$/.test(toks[det]?.low ?? '')
    && (toks[det - 1]?.low === 'only' || toks[firstCue.start - 1]?.low === 'only')
    && (thatClause || (/^(it|they|we|he|she)$/.test(toks[hit.end]?.low ?? '') && /^(AUX|VERB)$/.test(toks[hit.end + 1]?.pos ?? '')))) {
    conditional = true;
    conds.push(`only ${toks[det].low} ${wordsJoined(toks, hit.start, hit.end)} ${toks[hit.end].low} ...`);
  }
  const value = sign * p * (antonymFlip ? -1 : 1);
  // "could not accept a ceasefire without security guarantees", "there would be no deal without X": refused only
  // without something else, so accepted on that condition
  if (!conditional && value < 0 && hit.ref === 'none' && polar.some((o) => o.kind === 'neg' || o.kind === 'opp')) {
    for (let k = hit.end; k < Math.min(ce, hit.end + 3); k++) {
      if (toks[k].pos === 'PUNCT') break;
      if (toks[k].low !== 'without') continue;
      // (not a manner: "without delay", "without conditions")
      if (!/^(delay|conditions|preconditions|further|hesitation)$/.test(toks[k + 1]?.low ?? '')) {
        conditional = true;
        conds.push('not ... without');
      }
      break;
    }
  }
  // "would not back the tax until Norland cut income taxes", "will not take part in a bailout until Athens agrees
  // reforms": a refusal that lasts only until another actor acts accepts the thing once it does, so conditional
  if (!conditional && negs.length > 0 && hit.ref === 'none' && firstCue.start < hit.start && !info.deferral
    && !lowMatchIn(toks, h.m.end, firstCue.start, /^(must|should)$/)) {
    for (let k = hit.end; k < Math.min(S.end, hit.end + 5); k++) {
      if (toks[k].pos === 'PUNCT') break;
      if (toks[k].low !== 'until' && toks[k].low !== 'till') continue;
      const m = S.mentions.find((x) => x.kind !== 'carry' && (x.start === k + 1 || (x.start === k + 2 && toks[k + 1].low === 'the')));
      if (m && m.actor !== h.m.actor && /^(VERB|AUX)$/.test(toks[m.end]?.pos ?? '')) {
        conditional = true;
        conds.push(`not ... ${toks[k].low}`);
      }
      break;
    }
  }
  // "the bill needed to be strengthened", "the text needs major amendments": wanted only once changed, conditional
  if (!conditional && value > 0 && hit.ref === 'none' && hit.end <= firstCue.start && firstCue.start - hit.end <= 3 && /^(need|needs|needed|must|had to|has to|have to|should)$/i.test(firstCue.label)) {
    const after = toks.slice(firstCue.end, Math.min(ce, firstCue.end + 5));
    const be = after.findIndex((t) => t.low === 'be');
    // (not when changing is the proposition itself: "the constitution must be changed")
    const changed = (t: Tok) => /^(strengthen|improv|amend|chang|revis|rework|rewr|tough|tighten|fix|redraft|overhaul|rethought|reconsider)/.test(t.low)
      && c.issueWords.get(hit.issue)?.has(stemOf(t)) !== true && !info.nameStems.has(stemOf(t));
    // (or only in a limited form: "the exemption must be temporary and short", "the transition had to be orderly")
    const qualified = be >= 0 && LIMITING_QUALIFIERS.test(after[be + 1]?.low ?? '') && !info.opposites.has(after[be + 1].low);
    if (qualified || (be >= 0 && after.slice(be + 1, be + 3).some((t) => changed(t) && /(ed|en|t)$/.test(t.low)))
      || after.slice(0, 3).some((t) => changed(t) && /^(amendments|changes|improvements|revisions|strengthening|reworking)$/.test(t.low))) {
      conditional = true;
      conds.push(qualified ? `${firstCue.label} be ${after[be + 1].low}` : `${firstCue.label} ... changes`);
    }
  }
  // "agreed to a 60-day extension only": accepted in that limited form alone, conditional ("only if" is a connective)
  if (!conditional && value > 0 && hit.ref === 'none' && hit.start >= firstCue.end && toks[hit.end]?.low === 'only'
    && /^(PUNCT|CCONJ)$/.test(toks[hit.end + 1]?.pos ?? 'PUNCT')) {
    conditional = true;
    conds.push('... only');
  }
  // "any agreement would have to be subject to verification", "any deal must respect the ruling": a requirement on
  // whatever version comes, so the thing is accepted only on it: conditional
  if (!conditional && value > 0 && hit.ref === 'none' && toks[hit.start - 1]?.low === 'any' && hit.end <= firstCue.start && firstCue.start - hit.end <= 2
    && /^(must|had to|has to|have to|would have to|will have to|should|needs to|need to|needed to)$/i.test(firstCue.label)) {
    conditional = true;
    conds.push(`any ... ${firstCue.label}`);
  }
  // "had proposed numerous changes to the ceasefire plan", "sought amendments to the text": wanted only once changed
  if (!conditional && value > 0 && hit.ref !== 'prop' && hit.start >= firstCue.end && hit.start - firstCue.end <= 5 && toks[hit.start - 1]?.low !== 'of') {
    const before = toks.slice(firstCue.end, hit.start);
    const k = before.findIndex((t) => /^(changes|amendments|revisions|modifications|alterations)$/.test(t.low));
    if (k >= 0 && before[k + 1]?.low === 'to' && !c.issueWords.get(hit.issue)?.has(stemOf(before[k]))) {
      conditional = true;
      conds.push(`${firstCue.label} ... ${before[k].low} to`);
    }
  }
  // "agreed to the extension, but said its demands still stood": acceptance with the holder's own terms kept is
  // conditional
  if (!conditional && value > 0) {
    for (let k = hit.end; k < S.end - 1; k++) {
      if (toks[k].low !== 'but') continue;
      const butClause = toks.slice(k + 1, Math.min(S.end, k + 8));
      const terms = butClause.find((t) => /^(demands|conditions)$/.test(t.low));
      if (terms && butClause.some((t) => /^(its|their|his|her|our)$/.test(t.low))) {
        conditional = true;
        conds.push(`but ... ${terms.low}`);
      }
      // "wanted the treaty signed but said Armenia would first have to change its constitution", "wanted an amnesty,
      // but would only vote for one that ...": a restriction the holder adds (no other actor named before it)
      // ("would first have to": the tagger may call "first" after a modal an adjective)
      const restriction = butClause.findIndex((t, j) => /^(only|first)$/.test(t.low) && (t.pos === 'ADV' || (t.low === 'first' && butClause[j - 1]?.pos === 'AUX')));
      // (another actor named first is the holder's requirement on it only with an obligation: "Armenia would first have
      // to change its constitution", "Sudland must first cut its tariffs")
      const obliged = restriction >= 0 && butClause.slice(Math.max(0, restriction - 1), restriction + 3).some((t) => /^(must|have|has|had|need|needs)$/.test(t.low));
      if (!conditional && restriction >= 0 && (obliged || !S.mentions.some((m) => m.actor !== h.m.actor && m.kind !== 'carry' && m.start > k && m.start < k + 1 + restriction))) {
        conditional = true;
        conds.push(`but ... ${butClause[restriction].low}`);
      }
      break;
    }
  }
  // the holder's next sentence states a condition: "Ethiopia was ready to conclude a deal. He said it would do so provided ..."
  const conditionNext = S.nextCondition !== undefined && (S.nextCondition.carry || S.nextCondition.actors.has(h.m.actor));
  // Bare readiness to do the thing itself ("ready to sign the treaty", "stood ready to verify the ceasefire"), with no
  // condition stated and no talks in between, is support; readiness to talk about it or consider it stays conditional.
  // (and readiness to do what the proposition gives up or blocks, "ready to strike" on "drop their strike threat", "ready
  // to veto it", is opposition; readiness to give something up, "ready to soften the tax", stays a compromise)
  const bareReadiness = conditional && (value > 0 || (value < 0 && !polar.some((o) => o.kind === 'giveup'))) && conds.length > 0 && conds.every((l) => READINESS.test(l))
    && polar.filter((o) => o.kind === 'cond').every((o) => toks[o.end]?.low === 'to' && (!TALK_VERBS.test(toks[o.end + 1]?.low ?? '')
      // (unless talking is the proposition itself: "ready to meet Iran directly" on "direct talks ... meet directly")
      || c.issueWords.get(hit.issue)?.has(stemOf(toks[o.end + 1])) === true))
    // (a condition or a restriction anywhere later in the sentence: "..., provided that ...", "..., but not in ...")
    && !ops.some((o) => o.kind === 'conn' && o.start > firstCue.start)
    && !toks.slice(firstCue.end, S.end).some((t) => /^(but|except|provided|providing|unless|if|once|until)$/.test(t.low))
    // (or in the holder's next sentence)
    && !conditionNext;
  if (bareReadiness) conditional = false;
  // the holder's own hedge on accepting it: "Berg suggested Sudland might accept the tax" (a guess by others never gets here)
  const hedge = !conditional && value > 0 ? specs.find((o) => o.end === firstCue.start && /^(might|may)$/i.test(o.label)) : undefined;
  if (hedge) { conditional = true; conds.push(hedge.label); }
  const stance: Stance = conditional ? 'conditional' : value > 0 ? 'support' : 'oppose';

  // "has demanded the delisting since early this year": a standing position restated as background
  const relative = h.relative === true
    || ops.some((o) => o.kind === 'bg' && o.start >= h.m.end && o.start < firstCue.end)
    // ("Senator Dick Durbin, ... a longtime champion of the Dreamers, said ...": a description in apposition, background)
    || (ROLE_NOUNS.test(toks[firstCue.start].low) && toks[firstCue.start].pos === 'NOUN' && (/^(a|an)$/.test(toks[firstCue.start - 1]?.low ?? '') || /^(a|an)$/.test(toks[firstCue.start - 2]?.low ?? ''))
      && lowMatchIn(toks, h.m.end, firstCue.start, /^,$/))
    || ops.some((o) => o.kind === 'bg' && /^(since|for) /.test(o.label.toLowerCase()) && o.start >= firstCue.end && o.start < ce);
  const reportedly = ops.some((o) => /^reportedly$/i.test(o.label));
  // "Schumer said Washington must keep the curbs", "Iran said the United States had to lift its sanctions first": a
  // tracked speaker's prescription for another actor is the speaker's own position, not the other's
  const entitlement = ENTITLEMENT_CUES.has(firstCue.label.toLowerCase());
  const prescribed = rep !== undefined && !rep.third && rep.actor !== undefined && rep.actor !== h.m.actor && rep.start >= 0 && !h.nested
    // (the speaker before the clause, or after it: "The United States had to lift its sanctions first, he said")
    // (or ", according to Peskov" / ", according to the Kremlin")
    && (h.m.start > rep.end || (rep.start > Math.max(firstCue.end, hit.end) && speakerAfterClause(toks, rep.start)))
    && (modalWithin(toks, h.m.end, Math.min(firstCue.end, ce))
      // (and so is a permission under a condition: "Abiy said the TPLF can lead the administration as long as it is
      // inclusive" is Ethiopia's conditional acceptance, not the TPLF's position)
      || (conditional && connStated && lowMatchIn(toks, h.m.end, Math.min(firstCue.end, ce), PERMISSION_WORDS))
      // (and so is a judgement of the other's entitlement: "Iran said the European powers had no legal right to reimpose
      // sanctions" is Iran's opposition, not theirs)
      || entitlement);
  // (an entitlement judged by no one we know, "Iran dismissed the threat and said the European powers had no legal right
  // to ...", is never the judged one's own position)
  if (!prescribed && entitlement && rep?.actor !== h.m.actor) return undefined;
  const holderActor = prescribed ? rep!.actor! : h.m.actor;
  // a group or document speaks for each of its actors ("The joint statement said ..."): the reporter is the holder
  if (rep && !rep.third && rep.start >= 0 && rep.start === h.m.start && rep.actor !== h.m.actor) rep = { ...rep, actor: h.m.actor };
  const attributed = !relative && !reportedly && (prescribed || (rep === undefined ? !h.nested : (!rep.third && rep.actor === h.m.actor) || (!rep.third && !h.nested && rep.start > h.m.start && rep.actor === h.m.actor)));
  // Confidence discriminates: a specific issue phrase governed by an explicit stance verb whose subject is the
  // actor scores high; generic words, references, pronoun carries and weak cues ("keep", "should") score low, so
  // that the shift rules only let them move a position with corroboration.
  const anyCue = cues.some((o) => o.kind !== 'giveup');
  const rankConf = 0.5 + (anyCue ? 0.2 : 0) + (attributed ? 0.1 : 0) + (si < 3 ? 0.05 : 0)
    - (hit.ref !== 'none' ? 0.25 : 0) - (h.m.kind === 'carry' ? 0.1 : 0) - (hit.weight < 0.34 ? 0.1 : 0);
  // (a condition spelled out, "would hand the recordings over only if ...", is as explicit as a stance verb)
  const strong = inExchange !== undefined || cues.some((o) => o.kind !== 'giveup' && o.weak !== true) || (conditional && connStated);
  // ("... and said he would not ask for more time": a pronoun right after its own speaker's verb is that speaker;
  // not so the carried speaker itself, "He said ...", measured: more false alerts)
  const speakerPronoun = h.m.kind === 'carry' && rep !== undefined && !rep.third && rep.actor === holderActor
    && S.ops.some((o) => o.kind === 'speech' && (o.end === h.m.start || (o.end === h.m.start - 1 && toks[o.end].low === 'that')));
  const explicitHolder = h.m.kind !== 'carry' || speakerPronoun;
  const voice = explicitHolder && ((rep !== undefined && !rep.third && rep.actor === holderActor) || (strong && !h.nested && h.m.start < firstCue.start));
  // the issue phrase lies before both the holder and the cue: not in the span the cue governs
  const outside = h.m.start >= 0 && hit.end <= Math.min(h.m.start, firstCue.start) && !h.nested;
  // the most specific phrase of this issue right beside the matched one ("EU-Mercosur trade agreement")
  let spec = hit.ref !== 'none' ? 0.2 : hit.spec ?? 0.5;
  if (hit.ref === 'none') {
    const near = S.hits.filter((x) => x.issue === hit.issue && x.ref === 'none' && x.start >= hit.start - 3 && x.start <= hit.end + 2);
    for (const x of near) spec = Math.max(spec, x.spec ?? 0);
    // several words of the issue's name side by side ("binding environmental commitments") paraphrase it
    const words = new Set(near.filter((x) => x.nameWord && !x.phrase.startsWith('@') && !GENERIC_STEMS.has(x.phrase)).map((x) => x.phrase));
    if (words.size >= 3) spec = Math.max(spec, 0.8);
    else if (words.size === 2) spec = Math.max(spec, 0.5);
  }
  const structure = 0.4 + (explicitHolder ? 0.1 : -0.05) + (voice ? 0.1 : 0) + (strong ? 0.15 : 0) + (attributed ? 0.15 : 0)
    + (si < 3 ? 0.05 : 0) - (outside ? 0.15 : 0);
  let confidence = structure * (0.4 + 0.6 * spec);
  // A claim that rests only on a weak cue ("kept in Iran", "should"), or a conditional read from bare openness with
  // no stated condition ("remained open to talks" may as well restate support), never decides a shift alone.
  if (!strong && !cues.some((o) => o.kind === 'giveup')) confidence = Math.min(confidence, 0.55);
  if (bareReadiness) confidence = Math.min(confidence, 0.55);
  // (stated in the holder's next sentence too)
  const statedCondition = inExchange !== undefined || sentenceIf !== undefined || connStated || ops.some((o) => o.kind === 'conn' && o.start >= zone[0] && o.start < zone[1])
    || conditionNext;
  if (conditional && !statedCondition) confidence = Math.min(confidence, 0.55);
  confidence = Math.max(0.05, Math.min(0.95, Math.round(confidence * 100) / 100));

  let qs = Math.max(zone[0], Math.min(h.m.start >= 0 ? h.m.start : firstCue.start, firstCue.start, hit.start));
  if (listStart > qs) {
    // quote the list item from its own verb: "formally abandon its bid for NATO membership"
    const own = region.find((o) => o.start >= listStart && o.start < hit.start);
    qs = own ? own.start : listStart;
    if (!own) for (let k = listStart; k < hit.start; k++) if (toks[k].text === ',' || toks[k].low === 'and') qs = k + 1;
    if (own && toks[qs - 1]?.pos === 'ADV') qs--;
  }
  while (qs < hit.start && (toks[qs].text === ',' || toks[qs].low === 'and')) qs++;
  let qe = Math.max(hit.end, firstCue.end, h.m.end);
  for (const x of S.hits) if (x.issue === hit.issue && x.start >= qe && x.start <= qe + 2 && x.end <= ce) qe = x.end;
  if (prescribed) qs = Math.min(qs, rep!.start);
  const claim: Claim = { actor: holderActor, issue: hit.issue, stance, confidence, quote: text(toks, qs, Math.min(qe, S.end)), attributed };
  RANK.set(claim, Math.max(0.05, Math.min(0.95, rankConf)));
  if (stance === 'conditional' && statedCondition) STATED_CONDITION.add(claim);
  if (!strong) WEAK_CUE.add(claim);
  if (explain) claim.explain = explanation({ toks, h, hit, info, cues, sentenceText, rep, prescribed, spec, strong, voice, outside, negs, conds, bareReadiness });
  return claim;
}

/** What a claim's reading rests on, for `explain` (built apart from stanceFor, whose usual calls never need it). */
function explanation(r: {
  toks: Tok[]; h: HolderCues; hit: Hit; info: IssueInfo; cues: Op[]; sentenceText: string; rep: SentInfo['reporter']; prescribed: boolean;
  spec: number; strong: boolean; voice: boolean; outside: boolean; negs: string[]; conds: string[]; bareReadiness: boolean;
}): ClaimExplanation {
  const { toks, h, hit, info, cues, sentenceText, rep, prescribed, spec, strong, voice, outside, negs, conds, bareReadiness } = r;
  const ex: ClaimExplanation = {
    alias: h.m.alias,
    issuePhrase: hit.ref === 'none' ? text(toks, hit.start, hit.end) : `${hit.phrase} (refers back)`,
    cue: cues.map((o) => `${o.label} [${o.kind}]`).join(', '),
    sentence: sentenceText,
    notes: [
      `holder via ${h.m.kind}${h.nested ? ' (possessive of a cue)' : ''}`,
      `proposition ${info.giveUp && hit.ref !== 'prop' ? 'gives something up: polarity flipped' : 'read as named'}`,
      `reporter: ${rep ? (rep.third ? 'third party' : rep.actor) : 'narration'}`,
      ...(prescribed ? [`prescription: ${rep!.actor} says what ${h.m.actor} must do, so the position is ${rep!.actor}'s`] : []),
      `confidence: issue phrase specificity ${spec.toFixed(2)}, ${strong ? 'explicit' : 'weak'} stance cue${voice ? ', actor is the speaker or subject' : ''}${outside ? ', issue outside the cue\'s span' : ''}`,
    ],
  };
  if (negs.length > 0) ex.negation = negs.join(', ');
  if (conds.length > 0 && !bareReadiness) ex.condition = conds.join(', ');
  if (bareReadiness) ex.notes?.push(`bare readiness ("${conds.join(', ')}" with no condition stated): support, needs corroboration`);
  return ex;
}

/** Whether a hit of `issue` starts in [from, to] (a helper, not a closure over the caller's loop index). */
function issueHitStartsIn(S: SentInfo, issue: string, from: number, to: number): boolean {
  for (const x of S.hits) if (x.issue === issue && x.start >= from && x.start <= to) return true;
  return false;
}

/**
 * The give-up act inside a multi-word seed ("the duties would be removed") is the proposition's own act (a
 * verb-object seed's own verb only: "transfer" in "technology transfer" is part of a thing).
 */
function isOwnAct(toks: Tok[], hit: Hit, info: IssueInfo, o: Op): boolean {
  return o.kind === 'giveup' && o.start >= hit.start && o.end <= hit.end && !hit.nameWord && hit.ref === 'none' && hit.end - hit.start > o.end - o.start
    && stemOf(toks[o.start]) === hit.phrase.split(' ')[0] && info.thingWords?.has(stemOf(toks[o.start])) !== true;
}

/**
 * "lift restrictions on arms sales", "end the embargo on X": giving up a restriction on the issue's subject matter
 * supports it, unless the restriction is itself what the issue is about ("drops its restrictions on Huawei").
 */
function liftsRestriction(c: Compiled, toks: Tok[], hit: Hit, info: IssueInfo, o: Op): boolean {
  return o.kind === 'giveup' && o.end <= hit.start && toks.slice(o.end, Math.min(hit.start, o.end + 5)).some((t, k) =>
    RESTRICTION_NOUNS.test(t.low) && /^(on|against|to|for)$/.test(toks[o.end + k + 1]?.low ?? '') && !info.nameStems.has(stemOf(t)) && c.issueWords.get(hit.issue)?.has(stemOf(t)) !== true);
}

/** A standing position ("long", "since ...", "for months"), not a past one. */
function durative(o: Op): boolean {
  return /long|^since |^for (months|years|weeks)/.test(o.label.toLowerCase());
}

const READINESS = /^(ready|willing|prepared|willingness|readiness)$/i;
const TALK_VERBS = /^(discuss|negotiate|talk|consider|examine|study|explore|look|engage|meet|hold|resume|continue|work|compromise|show|make|review|revisit|reconsider|debate|address|seek|find|sit|enter|begin|start|open)$/;

/** "has the backing of Sudland", "won the support from": a stance noun at `i` that the clause's subject has or receives. */
function receivedStanceNoun(toks: Tok[], i: number): boolean {
  return toks[i - 1]?.low === 'the' && RECEIVING_VERBS.test(toks[i - 2]?.low ?? '') && /^(of|from)$/.test(toks[i + 1]?.low ?? '');
}

/** Length of a "with" adjunct at `i` naming a party ("with Washington", "with the European Union"), else 0. */
function withAdjunctLength(toks: Tok[], i: number, e: number): number {
  let k = i + 1;
  if (toks[k]?.pos === 'DET') k++;
  const from = k;
  while (k < e && k - from < 4 && /^(PROPN|NOUN|ADJ)$/.test(toks[k].pos)) k++;
  return k > from ? k - i : 0;
}

/**
 * Length of a time adjunct at `i` ("on Thursday", "late on Monday", "last week", "on March 3"), or of a vote's tally or
 * manner with or without one ("352-65 on Wednesday", "50 to 0", "overwhelmingly"), else 0. One starts with a word of
 * TIME_ADJUNCT_STARTS or a figure.
 */
function timeAdjunctLength(toks: Tok[], i: number, e: number): number {
  let k = i;
  // a vote's tally or manner before its time ("voted 352-65 on Wednesday for", "voted 50 to 0 for", "voted
  // overwhelmingly for"), or another adverb of manner ("pushed hard for", "stood firmly behind")
  if (/^\d+-\d+$/.test(toks[k]?.text ?? '')) k++;
  else if (/^\d+$/.test(toks[k]?.text ?? '') && toks[k + 1]?.low === 'to' && /^\d+$/.test(toks[k + 2]?.text ?? '')) k += 3;
  else if (MANNER_ADVERBS.has(toks[k]?.low ?? '')) k++;
  if (k > i && toks[k]?.low !== 'on') return k - i;
  if (/^(late|early)$/.test(toks[k]?.low ?? '')) k++;
  if (/^(last|this|next)$/.test(toks[k]?.low ?? '') && /^(week|month|year|weekend)$/.test(toks[k + 1]?.low ?? '')) return k + 2 - i;
  if (toks[k]?.low !== 'on' || k + 1 >= e) return 0;
  k++;
  if (DAYS.has(toks[k].text)) return /^(night|morning|evening|afternoon)$/.test(toks[k + 1]?.low ?? '') ? k + 2 - i : k + 1 - i;
  if (MONTHS.has(toks[k].text) && /^\d{1,2}$/.test(toks[k + 1]?.text ?? '')) return k + 2 - i;
  return 0;
}

/**
 * The prerequisite clause ("once Washington lifted its sanctions", "only after X", "until the consensus rule was
 * respected") that hit x lies in, if any: what such a clause names is what the holder asks for. So is an "unless",
 * "provided" or "only if" clause (see demandedCondition).
 */
export function prerequisiteZone(toks: Tok[], S: SentInfo, x: Hit): [number, number] | undefined {
  const at = x.start;
  return (S.condZones ?? []).find(([a, z]) => at > a && at < z
    && (toks[a].low === 'once' || toks[a].low === 'until' || (toks[a].low === 'only' && /^(after|as)$/.test(toks[a + 1]?.low ?? ''))))
    ?? demandedCondition(toks, S, x);
}

/**
 * The "unless", "provided" or "only if" clause that hit x lies in, when nothing before it names x's issue or refers back
 * to an issue outside the phrases named: a condition set on something untracked ("would not agree to lift the limit
 * unless it came with spending caps") or on an issue after others named only in passing ("ERC's seven votes would go to
 * Sanchez only if the amnesty law was agreed", with Sanchez a word of another issue's name) is what the holder asks for.
 * (Set on x's issue itself, "would back the salt tax only if ...", or on a reference back, "would back it only if ...",
 * it makes that stance conditional instead.)
 */
function demandedCondition(toks: Tok[], S: SentInfo, x: Hit): [number, number] | undefined {
  const zone = (S.condZones ?? []).find(([a, z]) => x.start > a && x.start < z
    && (/^(unless|provided|providing)$/.test(toks[a].low) || (toks[a].low === 'only' && /^(if|when)$/.test(toks[a + 1]?.low ?? ''))));
  if (!zone || S.hits.some((y) => y.start < zone[0] && y.issue === x.issue)) return undefined;
  for (let k = S.start; k < zone[0]; k++) if (refersBack(toks, k) && !S.hits.some((y) => k >= y.start && k < y.end)) return undefined;
  return zone;
}

/** Whether toks[k] may refer back to an issue ("it", "the deal"), not as the "that" opening a reported clause. */
function refersBack(toks: Tok[], k: number): boolean {
  return toks[k].word.issueRef && !(toks[k].low === 'that' && toks[k].pos === 'SCONJ');
}

/**
 * A give-up participle in a passive right after an issue phrase, within [from, to) and before any punctuation
 * ("... until the amnesty was withdrawn", "in return for the tariffs being lifted"), or undefined.
 */
function passiveGiveUpAfter(toks: Tok[], ops: Op[], from: number, to: number): Op | undefined {
  let sawBe = false;
  // (the rest of the issue's noun phrase may come first: "until the rise in the retirement age to 64 was withdrawn")
  let beLimit = from + 8;
  for (let k = from; k < to && k < beLimit + 3; k++) {
    if (toks[k].pos === 'PUNCT') return undefined;
    if (!sawBe && BE_FORMS.test(toks[k].low)) { sawBe = true; beLimit = k; continue; }
    if (!sawBe) {
      if (k >= beLimit || !/^(NOUN|PROPN|ADJ|NUM|DET|ADP)$/.test(toks[k].pos)) return undefined;
      continue;
    }
    // (or rejected: "until the bill was voted down")
    const o = ops.find((x) => x.start === k && (x.kind === 'giveup' || x.kind === 'opp') && toks[k].pos === 'VERB');
    if (o) return o;
  }
  return undefined;
}

/** A reference noun naming what a give-up issue gives up: a demand ("the proposal") or a text ("the plan", "the bill"). */
function refersToThingGivenUp(info: IssueInfo, low: string): boolean {
  return (info.givesUpADemand === true && DEMAND_HEADS.test(low))
    || (info.givesUpAText === true && (NEGOTIATED_TEXT_NOUNS.has(low) || DEMAND_HEADS.test(low) || /^(legislation|measure|scheme|programme|program|regulation)$/.test(low)));
}

/** A verb in [from, to) before any punctuation: a clause follows. */
function verbWithin(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (toks[k].pos === 'PUNCT') return false;
    if (toks[k].pos === 'VERB') return true;
  }
  return false;
}

/**
 * Where the main clause starts after a fronted concession ("While X opposes A, it backs B", "Although X rejected A, it
 * said it would back B"): at the comma's pronoun subject between `from` and `to`, when a cue follows it before `to`;
 * -1 otherwise, and when neither the sentence nor a reported clause in it opens with a concession ("Norland would not,
 * it said, back the tax").
 */
function mainClauseAfterConcession(toks: Tok[], ops: Op[], sentenceStart: number, from: number, to: number): number {
  // (the short span to the issue first: it runs for most claims, and seldom holds ", it")
  let comma = -1;
  for (let k = from; k < to - 1 && comma < 0; k++) if (toks[k].text === ',' && /^(it|he|she|they|we)$/.test(toks[k + 1].low)) comma = k;
  if (comma < 0 || !ops.some((o) => isCue(o) && o.start > comma + 1 && o.start < to)) return -1;
  // (the concession opens the sentence or a reported clause before the first cue's end: "said that while it opposed A,
  // it could live with B")
  for (let k = sentenceStart; k < from; k++) {
    if ((k === sentenceStart || /^(that|,)$/.test(toks[k - 1].low)) && /^(while|although|though|whereas)$/.test(toks[k].low)) return comma + 1;
  }
  return -1;
}

/**
 * The start of the last conjunct in (from, to) that opens with "and" or "but" and a finite verb that is a stance cue
 * ("... and again rejected"), or -1. A bare verb sharing the first one's "to" ("refused to sign and ratify") is no new
 * conjunct.
 */
function coordinatedConjunctBefore(toks: Tok[], ops: Op[], from: number, to: number): number {
  for (let k = to - 1; k > from; k--) {
    if (toks[k].low !== 'and' && toks[k].low !== 'but') continue;
    let v = k + 1;
    while (v < to && (toks[v].pos === 'ADV' || toks[v].pos === 'AUX' || toks[v].pos === 'PART')) v++;
    if (v >= to || toks[v].pos !== 'VERB' || !/(ed|s)$/.test(toks[v].low)) continue;
    for (const o of ops) if (o.start === v && isCue(o)) return k + 1;
  }
  return -1;
}

/** Stems of ban words in a hit's phrase (whole stems: "bank" and "band" are no bans). */
const BAN_STEMS = /^(ban|embargo|prohibit\w*|outlaw\w*|forbid\w*)$/;
/** A ban word right before a phrase: "a ban on", "the prohibition of", "banning", "to outlaw". */
function bannedHere(toks: Tok[], from: number, at: number): boolean {
  let k = at - 1;
  while (k > from && at - k <= 3 && /^(DET|ADJ|PRON)$/.test(toks[k].pos)) k--;
  if (k >= from && /^(on|of|against)$/.test(toks[k].low)) k--;
  return k >= from && /^(bans?|banning|banned|prohibit(s|ed|ing|ion)?|outlaw(s|ed|ing)?|forbid(s|ding)?|embargo(es)?)$/.test(toks[k].low);
}

/** A ban said of a phrase after it: "(wants X) banned", "(X must be) outlawed". */
function bannedAfter(toks: Tok[], from: number, to: number): boolean {
  let k = from;
  while (k < to && k - from < 3 && (/^(AUX|PART|ADV)$/.test(toks[k].pos) || /^(be|been|being|is|are|was|were|to)$/.test(toks[k].low))) k++;
  return k < to && /^(banned|outlawed|prohibited|forbidden)$/.test(toks[k].low);
}

/**
 * Give-up verbs that, as a noun with "a", put a stop to what follows ("a halt to", "a freeze on", "an end to"); only verbs
 * of the give-up lexicon can be here (a noun form of its own, "suspension", is a give-up word already).
 */
const NOMINAL_STOPS = /^(halt|freeze|pause|end|stop)$/;

/** A stance noun owned by another tracked actor than the holder ("the union's demand" in GM's words). */
function possessedByOther(toks: Tok[], S: SentInfo, h: HolderCues, o: Op): boolean {
  if (toks[o.start].pos !== 'NOUN') return false;
  // the possessive marker, past the demand's own modifiers ("the union's 40 percent demand")
  let k = o.start - 1;
  while (k > S.start && k >= o.start - 4 && toks[k].low !== "'s" && toks[k].low !== "'" && /^(ADJ|NUM|NOUN)$/.test(toks[k].pos)) k--;
  if (toks[k]?.low !== "'s" && toks[k]?.low !== "'") return false;
  const owner = S.mentions.find((m) => m.end === k);
  return owner !== undefined && owner.actor !== '' && owner.actor !== h.m.actor;
}

/**
 * "the only way to end the crisis was to introduce the tax": the give-up's object, then the predicate of the clause the
 * give-up stands in (a form of "be" or a modal and a verb before `to`).
 */
function predicateAfterObject(toks: Tok[], from: number, to: number): boolean {
  let k = from;
  while (k < to && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(toks[k].pos) || /^(of|'s)$/.test(toks[k].low))) k++;
  return k > from && k < to && /^(is|was|are|were|would|will|must|should)$/.test(toks[k].low) && verbWithin(toks, k + 1, Math.min(to, k + 4));
}

/** A comma and a subordinator ("as", "while", "after") opening a clause with a finite verb in [from, to). */
function subordinateClauseBetween(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) {
    if (toks[k].text === ',' && /^(as|while|after|when|because|since)$/.test(toks[k + 1].low) && verbWithin(toks, k + 2, to)) return true;
  }
  return false;
}
