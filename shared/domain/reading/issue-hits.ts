/**
 * What a sentence is about: issue hits (seed terms, name words, passives and verb forms of seeds, modifiers inside a
 * seed), and the choice of issues for one holder's cues, including references back ("the demands", "it") and the
 * article's dominant issue.
 */
import type { Claim } from '../types.js';
import { BARE_RESPONSES, CARRY_REFS, ISSUE_REFS, NEGOTIATED_TEXT_NOUNS } from './lexicon.js';
import { PROP_REFS, LIGHT_VERBS, stemOf, stemsJoined, GENERIC_STEMS, isCap, type Tok, type Word } from './tokens.js';
import type { Compiled, StemPatterns, TermPattern } from './compiled-watchlist.js';
import { matchAliasAt, type Mention } from './actor-mentions.js';
import { claimRank, prerequisiteZone } from './stance-cues.js';
import type { SentInfo, HolderCues } from './stance-reader.js';

/** (every site that makes a hit sets all of its fields, in this order: one object shape for V8) */
export interface Hit { issue: string; start: number; end: number; phrase: string; weight: number; spec?: number; ref: 'none' | 'prop' | 'thing'; anchor: boolean; nameWord: boolean; refSign?: number; derived?: boolean }
// (only words of ISSUE_REFS are ever asked: references are found through it)
const OWNED_REFS = new Set(['demand', 'demands', 'decision', 'proposal', 'proposals', 'offer', 'request', 'move', 'plan',
  'idea', 'approval', 'step']);
const DIRECTIVE_VERB = /^(ask|asks|asked|asking|urge|urges|urged|urging|tell|tells|told|telling|on|press|pressed|pressing|encourage|encouraged|encouraging|invite|invited|inviting|persuade|persuaded)$/;
const PLURAL_REFS = new Set(['demands', 'proposals', 'terms', 'conditions', 'them', 'those', 'these', 'texts']);

const NO_PATTERNS: TermPattern[] = [];

export interface Unit { s: string; start: number; end: number; lit?: string }
/** Stems, with every actor alias collapsed to one "@actor" unit, so "join the alliance" matches "join NATO". */
export function units(c: Compiled, toks: Tok[], s: number, e: number): Unit[] {
  const out: Unit[] = [];
  unitsInto(out, c, toks, s, e);
  return out;
}

/**
 * units() written into `out` from its start, reusing the Unit objects already there; returns how many it wrote (what
 * lies beyond that is left over from an earlier sentence).
 */
function unitsInto(out: Unit[], c: Compiled, toks: Tok[], s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) {
    const p = matchAliasAt(c, toks, i, e);
    if (p) {
      setUnit(out, n++, '@' + p.actor, i, i + p.low.length, stemsJoined(toks, i, i + p.low.length));
      i += p.low.length - 1;
      continue;
    }
    if (toks[i].pos === 'PUNCT' && toks[i].text !== '-') continue;
    setUnit(out, n++, stemOf(toks[i]), i, i + 1, undefined);
  }
  return n;
}

function setUnit(out: Unit[], k: number, s: string, start: number, end: number, lit: string | undefined): void {
  if (k === out.length) {
    out.push({ s, start, end, lit }); // (every unit has the same fields: one object shape)
    return;
  }
  const u = out[k];
  u.s = s;
  u.start = start;
  u.end = end;
  u.lit = lit;
}

/**
 * The units of the sentence findHits is reading, kept from one sentence to the next: a new object per word of every
 * sentence was a twentieth of all the reader allocated, and reused ones stay in the CPU cache.
 */
const sentenceUnits: Unit[] = [];

/**
 * The seed patterns a word's stem can start in watchlist c, remembered on the word for the last watchlist that asked
 * (a process reads with one watchlist at a time). Only findHits asks, so never before c is fully compiled.
 */
function patternsOf(c: Compiled, w: Word): StemPatterns | undefined {
  if (w.patternsFrom !== c) {
    w.patternsFrom = c;
    w.patterns = c.patternsByStem.get(w.stem);
  }
  return w.patterns;
}

export function findHits(c: Compiled, toks: Tok[], s: number, e: number): Hit[] {
  const hits: Hit[] = [];
  // (findHits never runs inside itself, so one buffer serves every call; n, not us.length, ends this sentence's units)
  const us = sentenceUnits;
  const n = unitsInto(us, c, toks, s, e);
  for (let i = 0; i < n; i++) {
    // (a one-word unit's stem is its word's stem: looked up once per distinct word, not per token)
    const patterns = us[i].lit === undefined ? patternsOf(c, toks[us[i].start].word) : c.patternsByStem.get(us[i].s);
    if (patterns === undefined && us[i].lit === undefined) continue; // (nothing can start at this unit)
    // the passive of a verb-object seed, found from its object: "the additional duties had to be removed"
    for (const p of patterns?.passive ?? NO_PATTERNS) {
      if (!/^(NOUN|PROPN)$/.test(toks[us[i].start].pos)) break;
      let v = i + 1;
      while (v < n && v <= i + 5 && !/^[,;:.()]$/.test(us[v].s) && us[v].s !== p.stems[0]) v++;
      if (v < n && us[v].s === p.stems[0] && toks[us[v].start].pos === 'VERB' && /(ed|en|wn|lt|ld|ught)$/.test(toks[us[v].start].low)
        && toks.slice(us[i].end, us[v].start).some((t) => /^(be|been|being|is|are|was|were|get|got)$/.test(t.low))) {
        hits.push({ issue: p.issue, start: us[i].start, end: us[v].end, phrase: p.phrase, weight: p.weight, spec: p.spec, ref: 'none', anchor: p.anchor, nameWord: p.nameWord, refSign: undefined, derived: p.derived });
      }
    }
    // a noun-noun seed said as a verb and its object: "technology transfer" in "to transfer technology"
    for (const p of patterns?.reverse ?? NO_PATTERNS) {
      if (toks[us[i].start].pos !== 'VERB') break;
      let j = i + 1;
      while (j < n && j <= i + 3 && us[j].s !== p.stems[0] && us[j].end === us[j].start + 1 && isModifier(toks, us[j].start, false) && toks[us[j].start].pos !== 'NOUN') j++;
      if (j < n && us[j].s === p.stems[0] && /^(NOUN|PROPN)$/.test(toks[us[j].start].pos)) {
        hits.push({ issue: p.issue, start: us[i].start, end: us[j].end, phrase: p.phrase, weight: p.weight, spec: p.spec, ref: 'none', anchor: p.anchor, nameWord: p.nameWord, refSign: undefined, derived: undefined });
      }
    }
    const a = patterns?.term;
    const b = us[i].lit !== undefined ? c.patternsByStem.get(us[i].lit!)?.term : undefined;
    const list = a && b ? [...a, ...b] : a ?? b;
    if (!list) continue;
    let used = 0;
    for (const p of list) {
      if (i + p.stems.length > n) continue;
      let ok = true;
      for (let k = 1; k < p.stems.length && ok; k++) ok = us[i + k].s === p.stems[k] || us[i + k].lit === p.stems[k];
      let last = i + p.stems.length - 1;
      if (!ok && p.gap === true) {
        // a long noun phrase seed with a few words inserted ("the distinction between the obligations of rich and poor");
        // not a verb phrase, whose inserted words may be its object ("return to the deal's limits")
        let j = i;
        let skipped = 0;
        ok = true;
        for (let k = 1; k < p.stems.length && ok; k++) {
          j++;
          while (j < n && us[j].s !== p.stems[k] && us[j].lit !== p.stems[k] && skipped <= 3 && !/^[,;:.()]$/.test(us[j].s)) { j++; skipped++; }
          ok = j < n && skipped <= 3 && (us[j].s === p.stems[k] || us[j].lit === p.stems[k]);
        }
        last = j;
      }
      if (!ok && !p.gap && p.stems.length >= 2) {
        // modifiers inside a short seed: "remove all the additional tariffs", "a second Brexit referendum", "removal of
        // the tariffs". Up to three determiners, adjectives, numbers, possessives or names, at most one noun right
        // before the seed's next word, which must itself be a noun; no verb or clause boundary is ever bridged
        let j = i;
        let skipped = 0;
        ok = true;
        for (let k = 1; k < p.stems.length && ok; k++) {
          j++;
          const first = j;
          while (j + 1 < n && skipped < 3 && us[j].s !== p.stems[k] && us[j].lit !== p.stems[k] && us[j].end === us[j].start + 1
            && isModifier(toks, us[j].start, j === first && k === 1) && !(toks[us[j].start].pos === 'NOUN' && us[j + 1].s !== p.stems[k] && us[j + 1].lit !== p.stems[k])) { j++; skipped++; }
          ok = j < n && (us[j].s === p.stems[k] || us[j].lit === p.stems[k]) && (j === first || /^(NOUN|PROPN)$/.test(toks[us[j].start].pos));
        }
        ok = ok && skipped >= 1;
        last = j;
      }
      if (!ok) continue;
      // a derived compound used as a modifier ("euro zone leaders", "the euro zone's rescue fund") names something else
      // (but not before another word of the issue's own name: "the production target" for "... a target to cut ...
      // production")
      if (p.derived === true && (/^(NOUN|PROPN)$/.test(toks[us[last].end]?.pos ?? '') || toks[us[last].end]?.low === "'s")
        && !(toks[us[last].end]?.pos === 'NOUN' && c.issues.get(p.issue)!.nameStems.has(stemOf(toks[us[last].end])))) continue;
      const start = us[i].start;
      const end = us[last].end;
      // a place seed describing a company ("the Pittsburgh company", "the Pittsburgh-based steelmaker") names no issue
      if (end - start === 1 && isCap(toks[start].text) && toks[start].pos === 'PROPN' && describesCompany(toks, end)) continue;
      // the phrase text is built only when explained; name words compare by their matched stem
      hits.push({ issue: p.issue, start, end, phrase: p.phrase, weight: p.weight, spec: p.spec, ref: 'none', anchor: p.anchor, nameWord: p.nameWord, refSign: undefined, derived: p.derived });
      // a gapped match does not hide the words it skipped over from other terms
      if (last === i + p.stems.length - 1) used = Math.max(used, p.stems.length);
    }
    if (used > 1) i += used - 1;
  }
  return hits;
}

const MODIFIER_WORDS = /^(its|their|his|her|our|your|my|all|any|every|some|more|further|remaining|existing|additional|new)$/;
/** Nouns for a company, which a place name before them only describes. */
const COMPANY_NOUNS = /^(company|companies|firm|steelmaker|carmaker|automaker|maker|giant|group|producer|manufacturer|miner|conglomerate|lender|insurer|retailer|airline|startup|chipmaker|plant|factory|mill|mills)$/;
function describesCompany(toks: Tok[], end: number): boolean {
  const next = toks[end];
  if (!next) return false;
  if (COMPANY_NOUNS.test(next.low)) return true;
  return (next.text === '-' || next.text === '–') && toks[end + 1]?.low === 'based';
}

/** A word that may sit inside a seed phrase without changing what it names (determiner, adjective, number, name). */
function isModifier(toks: Tok[], i: number, afterHead: boolean): boolean {
  const t = toks[i];
  if (afterHead && t.low === 'of') return true; // "removal of the tariffs"
  if (MODIFIER_WORDS.test(t.low) || t.low === "'s") return true;
  return /^(DET|ADJ|NUM|PROPN|NOUN)$/.test(t.pos) && !t.word.stanceWord; // (isStanceWord, once per distinct word)
}

const REGULATORY_TEXT_NOUNS = new Set([...NEGOTIATED_TEXT_NOUNS, 'regulation', 'rules', 'directive', 'mechanism', 'scheme', 'pact']);

/** Whether x is one name word that is a word for a kind of text ("regulation", "deal"). */
function textNounNameWord(toks: Tok[], x: Hit): boolean {
  return x.nameWord && x.end - x.start === 1 && REGULATORY_TEXT_NOUNS.has(toks[x.start].low);
}

export function chooseIssues(c: Compiled, S: SentInfo, h: HolderCues, zs: number, ze: number, articleScore: Map<string, number>, recent: Hit[], refClaims: Claim[], toks: Tok[], cs: number): Hit[] {
  // Issues inside an if-clause are hypotheses, not the object of the stance ("could accept the deal if the
  // safeguard is binding"), unless the cue itself is in that clause.
  const cueZone = (S.condZones ?? []).find(([a, z]) => h.cues[0].start >= a && h.cues[0].start < z);
  const group = [h.m, ...(h.co ?? [])];
  // "A deal on the crisis rules slipped after Italy asked for more time": a holder opening a subordinate clause speaks
  // about that clause, not about the main clause before it
  let sub = h.m.start - 1;
  if (toks[sub]?.pos === 'DET') sub--;
  const subordinateFrom = sub >= zs && /^(after|before|when|as|because|since|while|although|though|until|once)$/.test(toks[sub].low) ? sub : -1;
  let hits = S.hits.filter((x) => inHolderZone(h, group, zs, ze, x) && !inOtherCondZone(S, cueZone, x) && !(x.end <= subordinateFrom));
  // "rejecting a demand that Aliyev set as a condition for a peace treaty": what a demand is a condition for is not
  // what is rejected or asked (unless nothing else is named; inside a relative clause on the cue's object, "a demand
  // that X set as a condition for Y", never)
  if (hits.some((x) => !conditionedHit(toks, zs, x))) hits = hits.filter((x) => !conditionedHit(toks, zs, x));
  else hits = hits.filter((x) => !(conditionedHit(toks, zs, x) && inRelativeAfterCue(toks, h, x)));
  // Phrases that name something other than the object (one pass): "Ford offered a 20 percent raise" is not the 40%
  // raise the issue names; "Activision Blizzard, the publisher of Call of Duty," describes a name, and so does a clause
  // set off by commas ("rich countries, which built their economies on fossil fuels, had to ..."); "the final day of
  // contract talks" names the talks' topic
  hits = hits.filter((x) => !otherFigure(c, toks, zs, x) && !inDescriptiveApposition(toks, zs, x) && !inAsideClause(toks, zs, ze, h, x)
    && !meetingTopic(toks, x));
  // A prerequisite ("would return to the limits once Washington lifted its sanctions", "would keep blocking texts
  // until the consensus rule was respected") is what the holder asks for:
  // when the main clause names no issue, the prerequisite's issue is the object.
  if (hits.length === 0) hits = S.hits.filter((x) => inHolderZone(h, group, zs, ze, x) && prerequisiteZone(toks, S, x) !== undefined);
  // "the solidarity regulation": a word for a kind of text, named by another issue's word just before it, is that
  // issue's text ("regulation" alone names the crisis regulation no more than "solidarity" names it)
  if (hits.some((x) => textNounNameWord(toks, x))) {
    hits = hits.filter((x) => !(textNounNameWord(toks, x)
      && hits.some((y) => y.issue !== x.issue && y.nameWord && y.end === x.start && !y.phrase.startsWith('@'))
      && !hits.some((y) => y.issue === x.issue && y !== x)));
  }
  const score = new Map<string, number>();
  const seeds = new Set<string>();
  const nameWords = new Map<string, Set<string>>();
  for (const x of hits) {
    score.set(x.issue, (score.get(x.issue) ?? 0) + x.weight);
    if (!x.nameWord) seeds.add(x.issue);
  }
  const paired = new Set<Hit>();
  for (const x of hits) {
    if (!x.nameWord) continue;
    // name words count in pairs that sit close together, like a paraphrase of the proposition
    const near = hits.some((y) => y !== x && y.issue === x.issue && y.nameWord && y.anchor && y.phrase.toLowerCase() !== x.phrase.toLowerCase() && Math.abs(y.start - x.start) <= 4);
    if (near && x.anchor) {
      nameWords.set(x.issue, (nameWords.get(x.issue) ?? new Set()).add(x.phrase.toLowerCase()));
      paired.add(x);
    }

  }

  // Terms are seeds; the name's content words count when two of them appear together ("abandon ... bid ... NATO").
  // ... and one of them must be more than a generic word or the name's own verb ("the agreement should set a goal")
  // (the last resort, after references back, needs the clause to name one issue by name words alone: see lastResortHit)
  const oneIssueByNameWords = score.size === 1 && seeds.size === 0;
  for (const k of [...score.keys()]) {
    const candidate = seeds.has(k) || ((nameWords.get(k)?.size ?? 0) >= 2 && [...paired].some((x) => x.issue === k
      && !GENERIC_STEMS.has(x.phrase.toLowerCase()) && !LIGHT_VERBS.test(toks[x.start]?.low ?? '')));
    if (!candidate) score.delete(k);
  }
  // "... - terms that Kyiv has rejected": the object is the noun before "that", a reference to what came before
  const refBefore = toks[h.m.start - 1]?.low === 'that' ? h.m.start - 2 : h.m.start - 1;
  const objRel = !h.nested && refBefore >= cs && ISSUE_REFS.has(toks[refBefore]?.low ?? '') && toks[refBefore].pos === 'NOUN'
    && h.cues[0].start > h.m.start;
  if (objRel) score.clear();
  const subjectRef = unnamedItBetween(toks, S, zs, h.cues[0].start);
  if (score.size > 0 && subjectRef && [...score.keys()].every((k) => !seeds.has(k))) score.clear();
  if (score.size === 0) {
    // References back ("rejected the demands", "accepted it") take the issues of the previous clause or sentence.
    // A reference to a position just reported ("rejected the demands", "welcomed the decision") carries that
    // position's direction.
    const earlier = S.hits.filter((x) => x.end <= (objRel ? refBefore : cs) && !x.nameWord && !(S.condZones ?? []).some(([a, z]) => x.start >= a && x.start < z));
    const pool = earlier.length > 0 ? earlier : recent.filter((x) => !x.nameWord);
    const claimIssues: string[] = [];
    const claimSign = new Map<string, number>();
    const claimConf = new Map<string, number>();
    let lastClaimIssue: string | undefined;
    // the first reference word decides how to look back: "the demands" are someone else's, "it" may be one's own
    let refWord = '';
    for (let i = h.pending ? zs : Math.min(h.cues[0].start, h.m.end); i < ze && !refWord; i++) if (ISSUE_REFS.has(toks[i].low)) refWord = toks[i].low;
    for (const cl of refClaims) {
      if (OWNED_REFS.has(refWord) && cl.actor === h.m.actor && refClaims.some((o) => o.actor !== h.m.actor && o.issue === cl.issue)) continue;
      if (!claimIssues.includes(cl.issue)) claimIssues.push(cl.issue);
      lastClaimIssue = cl.issue; // the most recent position read
      // "welcomed the decision": the decision is the main news, the surest claim just read
      if ((claimConf.get(cl.issue) ?? -1) < claimRank(cl)) {
        claimConf.set(cl.issue, claimRank(cl));
        claimSign.set(cl.issue, cl.stance === 'oppose' ? -1 : 1);
      }
    }
    // the first reference word after the holder is read (found by a plain scan: the closures below would otherwise
    // need a heap context for every step of the scan)
    let i = objRel ? refBefore : h.pending ? zs : Math.min(h.cues[0].start, h.m.end);
    while (i < ze && !referenceWordAt(toks, h, i) && headRefAt(c, toks, i) === undefined) i++;
    if (pool.length === 0 && claimIssues.length === 0) {
      // nothing just read: "the plan" is the story's main issue when its own words say "plan" ("Rwanda plan")
      // (of the story's top issues, tied, the one whose own words say it: "U.S. Steel said it remained committed to the
      // deal", in a story that names the takeover and the headquarters only through their actors)
      // (only for a bare reference, "the deal": in "the solidarity regulation" the modifier names the issue)
      const bare = /^(DET|PRON)$/.test(toks[i - 1]?.pos ?? '');
      const main = i >= ze || OWNED_REFS.has(toks[i].low) || !(bare || mainIssue(articleScore) !== undefined) ? undefined
        : mainIssueSaying(c, articleScore, stemOf(toks[i]));
      if (main !== undefined) {
        return [{ issue: main, start: i, end: i + 1, phrase: toks[i].text, weight: 0.3, spec: undefined, ref: PROP_REFS.has(toks[i].low) ? 'prop' : 'thing', anchor: true, nameWord: false, refSign: undefined, derived: undefined }];
      }
      return lastResortHit(oneIssueByNameWords && !objRel, hits, toks, h, articleScore);
    }
    if (i < ze) {
      const ref: 'prop' | 'thing' = PROP_REFS.has(toks[i].low) ? 'prop' : 'thing';
      const issuesSeen: string[] = [...claimIssues];
      if (issuesSeen.length === 0) {
        const byStart = new Map<number, Hit[]>();
        for (const r of pool) byStart.set(r.start, [...(byStart.get(r.start) ?? []), r]);
        for (const list of byStart.values()) {
          const top = bestBy(list.map((x) => x.issue), articleScore);
          if (!issuesSeen.includes(top)) issuesSeen.push(top);
        }
      }
      // "their membership", "the two countries' decision": one reference to several issues
      // (and "the package", when the issues just named are no one's position yet: "voted to exempt X and to create Y ...
      // voted for the package")
      const plural = PLURAL_REFS.has(toks[i].low) || (toks[i].low === 'package' && claimIssues.length === 0) || /^(their|both|all)$/.test(toks[i - 1]?.low ?? '')
        || (toks[i - 1]?.low === "'" && /s$/.test(toks[i - 2]?.low ?? ''));
      // "the deal" prefers an issue whose own terms say "deal" ("trade deal")
      const refStem = stemOf(toks[i]);
      // ("the corridor", the head of one issue's seed "grain corridor", is that issue)
      // (only for an issue the story is about: "Port fees dominated the talks ... the corridor should stay open" is some
      // other corridor)
      const headRef = headRefAt(c, toks, i);
      const headOk = headRef !== undefined && (articleScore.get(headRef) ?? 0) > 0 && (articleScore.get(headRef) ?? 0) >= 0.3 * topIssueScore(articleScore);
      let named = headOk ? [headRef!] : issuesSeen.filter((id) => c.issueWords.get(id)?.has(refStem));
      // (or, when none just read says it, the story's main issue if it does: "... respect Armenia's sovereignty and
      // called for the treaty to be signed", in a story about the peace treaty)
      if (named.length === 0 && !plural) {
        const top = topIssueScore(articleScore);
        const elsewhere = [...c.issues.keys()].filter((id) => c.issueWords.get(id)?.has(refStem) && (articleScore.get(id) ?? 0) >= top && top > 0);
        if (elsewhere.length === 1) named = elsewhere;
        // (or, for "the law" or "the bill", the one issue in the story whose seeds name such a text: "heating law",
        // when the positions just read were on its parts)
        // ("... said the law remained a mess and that the conservatives would vote against it": "it" is that text)
        const text = TEXT_REFS.test(toks[i].low) ? i : toks[i].low === 'it' ? textNounBefore(toks, S.start, i) : -1;
        if (named.length === 0 && text >= 0) {
          const textStem = stemOf(toks[text]);
          const headed = [...c.issues.keys()].filter((id) => c.termHeads.get(id)?.has(textStem) && (articleScore.get(id) ?? 0) > 0);
          if (headed.length === 1) named = headed;
        }
      }
      // ("the reform" names only an issue whose own seeds call it a reform: it is too common a word to take the
      // last position read)
      if (named.length === 0 && toks[i].low === 'reform') return [];
      const chosen = plural ? issuesSeen : named.length > 0 ? [named.length > 1 ? bestBy(named, articleScore) : named[0]]
        : [lastClaimIssue ?? bestBy(issuesSeen, articleScore)];
      // Stance-bearing nouns ("the demands", "the decision") carry their owner's direction; "the bill", "it" name the
      // proposition itself.
      const owned = OWNED_REFS.has(toks[i].low);
      const refHits: Hit[] = [];
      for (const issue of chosen) {
        // ("approved the new contract ... and signed it into law": "it" is the thing this sentence just named, read as
        // that phrase reads, given up or not)
        const info = c.issues.get(issue);
        // (not for a handover done by a deal, whose deal is the proposition: see transferByDeal)
        const thingJustNamed = info?.giveUp === true && info.transferByDeal !== true && (toks[i].low === 'it' || toks[i].low === 'them') && earlier.some((x) => x.issue === issue
          && x.ref === 'none' && !x.nameWord && info.outcomeTerms?.has(x.phrase) !== true);
        const r = thingJustNamed ? 'thing' : ref;
        refHits.push({ issue, start: i, end: i + 1, phrase: toks[i].text, weight: 0.3, spec: undefined, ref: r, anchor: true, nameWord: false, refSign: r === 'prop' && owned ? claimSign.get(issue) : undefined, derived: undefined });
      }
      return refHits;
    }
    // a vote with no object ("Germany also voted in favour.", "Poland voted against, diplomats said") is a vote on
    // what the story is about: the issue just read
    const vote = h.cues.find((q) => /^vot/i.test(q.label) && /^(,|\.|;|and|after|while|as|on|in|at|with|but|alongside)$/i.test(toks[q.end]?.text ?? '.'));
    if (vote) {
      const issuesSeen: string[] = [...claimIssues];
      if (issuesSeen.length === 0) for (const r of pool) if (!issuesSeen.includes(r.issue)) issuesSeen.push(r.issue);
      if (issuesSeen.length === 0) return [];
      const issue = lastClaimIssue ?? bestBy(issuesSeen, articleScore);
      return [{ issue, start: vote.end - 1, end: vote.end, phrase: vote.label, weight: 0.3, spec: undefined, ref: 'prop', anchor: true, nameWord: false, refSign: undefined, derived: undefined }];
    }
    // agreeing or disagreeing with no object ("Sudland called for the tax. Norland agreed.", "... disagreed with Berg"),
    // or refusing ("Norland demanded a salt tax. Sudland refused."): with the position just read, whose direction it
    // takes or turns round
    // (the holder's own verb, right after it: not "agreed to disagree", nor "nothing was agreed")
    const agreement = lastClaimIssue !== undefined && (h.m.kind !== 'carry' || agreeingPronoun(toks[h.m.start].low))
      ? h.cues.find((q) => BARE_RESPONSES.test(q.label) && q.start >= h.m.end && toks.slice(h.m.end, q.start).every((t) => /^(ADV|AUX|PART)$/.test(t.pos) && !/^(was|were|is|are|be|been)$/.test(t.low))
        && (/^(,|\.|;|but)$/.test(toks[q.end]?.text ?? '.') || (toks[q.end]?.low === 'with' && S.mentions.some((m) => m.start === q.end + 1)))) : undefined;
    if (agreement) {
      // (the reference stands right after the cue, so the cue governs it)
      return [{ issue: lastClaimIssue!, start: agreement.end, end: agreement.end + 1, phrase: agreement.label, weight: 0.3, spec: undefined, ref: 'prop', anchor: true, nameWord: false, refSign: claimSign.get(lastClaimIssue!), derived: undefined }];
    }
    return lastResortHit(oneIssueByNameWords && !objRel, hits, toks, h, articleScore);
  }
  // Each hit goes to the issue that scores best in this clause (ties: the article's dominant issue).
  const ctx: BonusContext = { c, h, present: new Set(S.mentions.map((m) => m.actor)), articleScore };
  const maxArticle = topIssueScore(articleScore);
  const winners = new Set<string>();
  const byPos = new Map<number, Hit[]>();
  for (const x of hits) {
    if (!score.has(x.issue)) continue;
    const atStart = byPos.get(x.start);
    if (atStart) atStart.push(x);
    else byPos.set(x.start, [x]);
  }
  for (const list of byPos.values()) {
    let top = list[0];
    for (const x of list) if (issueRank(ctx, score, x.issue) > issueRank(ctx, score, top.issue)) top = x;
    winners.add(top.issue);
    // "both applications", "their accession": one phrase for several tied issues
    if (/s$/.test(toks[top.end - 1].low) || severalWordBetween(toks, Math.max(0, top.start - 3), top.start)) {
      for (const x of list) if (Math.abs((score.get(x.issue) ?? 0) + subjectBonusOf(ctx, x.issue) - (score.get(top.issue) ?? 0) - subjectBonusOf(ctx, top.issue)) < 0.01) winners.add(x.issue);
    }
  }
  const out: Hit[] = [];
  const picked: Hit[] = [];
  for (const issue of winners) {
    const sc = score.get(issue) ?? 0;
    if (sc < 0.34 && !isDominant(issue, articleScore)) continue;
    // Stories keep to a topic: an issue barely present in the article needs strong local evidence.
    if ((articleScore.get(issue) ?? 0) < 0.2 * maxArticle && sc + Math.max(0, subjectBonusOf(ctx, issue)) < 1.5) continue;
    // a proposition about an actor the story never names is not its topic on the strength of one common word
    // ("the whole alliance" in a story without Ukraine is not about Ukraine's NATO bid)
    if (subjectBonusOf(ctx, issue) < 0 && sc < 1) continue;
    const own = hits.filter((x) => x.issue === issue && x.anchor && (!x.nameWord || paired.has(x))
      && !S.mentions.some((m) => m.actor === h.m.actor && m.start === x.start && m.end === x.end)
      // (nor a phrase that holds the holder's own name: "to halt Microsoft's purchase of Activision Blizzard" is no
      // stance of Activision's)
      && !(h.m.kind !== 'carry' && h.m.start >= x.start && h.m.end <= x.end && x.end - x.start > h.m.end - h.m.start));
    if (own.length === 0) continue;
    // the nearest issue phrase after the cue that is not the cue word itself
    const after = own.filter((x) => x.start >= h.cues[0].start);
    // (not the cue word itself: a seed that starts with the cue word and goes on, "remove all the additional tariffs", is more)
    // (a compound derived from the description yields to a seed or name words later in the same clause)
    const firstAfter = after.find((x) => !isCueWord(h, x));
    const better = firstAfter?.derived === true ? after.find((x) => !isCueWord(h, x) && x !== firstAfter && x.derived !== true && x.start - firstAfter.end <= 4) : undefined;
    // "should be a set of guidelines rather than a binding treaty", "should target waste, not production": a phrase of
    // the same issue set against another is the one the stance is about
    const contrasted = firstAfter === undefined ? undefined : after.find((x) => x.start > firstAfter.end && contrastBefore(toks, x.start));
    // (when the only phrase after the cue is the cue word itself, a seed before it is the thing it is said of: "the
    // investigation would not be dropped", where "drop" is also a seed)
    const before = firstAfter === undefined && after.length > 0 ? own.find((x) => x.start < h.cues[0].start && !x.nameWord && x.ref === 'none') : undefined;
    picked.push(contrasted ?? better ?? firstAfter ?? before ?? after[0] ?? own.find((x) => !x.nameWord) ?? own[0]);
  }
  picked.sort((a, b) => a.start - b.start);
  const firstCue = h.cues[0].start;
  let prev: Hit | undefined;
  for (const x of picked) {
    if (prev && x.start >= firstCue && prev.start >= firstCue && x.start !== prev.start) {
      if (!coordinatedGap(toks, prev.end, x.start)) continue;
    }
    out.push(x);
    prev = x;
  }
  return out;
}

/**
 * When nothing names an issue and no reference back finds one, a lone distinctive name noun of the only issue hit in
 * the clause: right after the cue, its object ("backed the solidarity regulation"), or anywhere if definite and of
 * the story's single main issue ("the corridor"). Only asked on that fallback path.
 */
function lastResortHit(allowed: boolean, hits: Hit[], toks: Tok[], h: HolderCues, articleScore: Map<string, number>): Hit[] {
  if (!allowed) return [];
  const loneNoun = (x: Hit) => x.nameWord && x.anchor && x.end - x.start === 1 && toks[x.start].pos === 'NOUN'
    && !GENERIC_STEMS.has(x.phrase.toLowerCase()) && !x.phrase.startsWith('@');
  const cueEnd = h.cues[0].end;
  const found = hits.find((x) => loneNoun(x) && x.start >= cueEnd && x.start - cueEnd <= 3)
    ?? hits.find((x) => loneNoun(x) && /^(the|its|their|this)$/.test(toks[x.start - 1]?.low ?? '') && x.issue === mainIssue(articleScore));
  return found ? [found] : [];
}

/** Whether "it" or "this" (not as an actor's mention) stands in toks[from, to): the subject may be what was just said. */
function unnamedItBetween(toks: Tok[], S: SentInfo, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const low = toks[i].low;
    if ((low === 'it' || low === 'this') && !mentionStartsAt(S, i)) return true;
  }
  return false;
}

function mentionStartsAt(S: SentInfo, i: number): boolean {
  for (const m of S.mentions) if (m.start === i) return true;
  return false;
}

/** Whether "both", "their", "all" or "two" stands in toks[from, to). */
function severalWordBetween(toks: Tok[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/^(both|their|all|two)$/.test(toks[i].low)) return true;
  return false;
}

/** Whether a contrast opens right before token i, past its determiners and modifiers ("rather than a", ", not"). */
function contrastBefore(toks: Tok[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && /^(DET|ADJ|NUM)$/.test(toks[k].pos)) k--;
  const w = toks[k]?.low;
  return (w === 'than' && toks[k - 1]?.low === 'rather') || (w === 'of' && toks[k - 1]?.low === 'instead')
    || (w === 'not' && toks[k - 1]?.text === ',');
}

/** The words between two issue phrases coordinate them ("X and Y", "X in exchange for Y"), not subordinate one. */
function coordinatedGap(toks: Tok[], from: number, to: number): boolean {
  let joined = false;
  let exchange = false;
  let subordinated = false;
  // ("wanted a troop withdrawal rather than a salt tax": the second is set against the first, and read with the
  // "rather ... than" that turns it round; "instead of" has no such op, and would read the second as wanted too)
  if (to - from <= 4 && toks[from].low === 'rather' && toks[from + 1]?.low === 'than') return true;
  for (let k = from; k < to; k++) {
    const g = toks[k].low;
    if (g === 'and' || g === ',' || g === 'or' || g === 'nor' || g === 'exchange' || g === 'return') joined = true;
    if (g === 'exchange' || g === 'return') exchange = true;
    // (a preposition said again after "and" coordinates: "would vote against the exemption and against the fund")
    if (/^(with|without|even|despite|after|before|because|since|although|while|which|that|who|over|than|into|against)$/.test(g)
      && !(/^(over|into|against)$/.test(g) && /^(and|or|,)$/.test(toks[k - 1]?.low ?? '') && toks[k - 2]?.low !== g)) subordinated = true;
  }
  return joined && (exchange || !subordinated);
}

/** A carried pronoun that may agree with no object: any but "I" ("I agree," is a speaker's aside, not a position). */
function agreeingPronoun(low: string): boolean {
  return low !== 'i' && CARRY_REFS.has(low);
}

/** A reference back at token i ("the demands", "it"): not the holder's own words, and not "that" as a conjunction. */
function referenceWordAt(toks: Tok[], h: HolderCues, i: number): boolean {
  if (!(ISSUE_REFS.has(toks[i].low) || suchNounAt(toks, i)) || (i >= h.m.start && i < h.m.end)) return false;
  if (toks[i].low === 'that' && toks[i + 1] && toks[i + 1].pos !== 'PUNCT') return false;
  // "Egypt said it supported the proposal", "Microsoft said it would keep working ...": "it" as a subject is the
  // speaker, not the issue; the object after it, if any, is the reference
  if (toks[i].low === 'it' && /^(VERB|AUX)$/.test(toks[i + 1]?.pos ?? '')) return false;
  // "urged them to refrain", "asked them not to punish Georgians": the people asked, not a thing
  if (toks[i].low === 'them' && DIRECTIVE_VERB.test(toks[i - 1]?.low ?? '') && /^(to|not)$/.test(toks[i + 1]?.low ?? '')) return false;
  // "a full reform deal": a modifier of the noun after it, which is the reference if any
  if (toks[i].low === 'reform' && toks[i + 1]?.pos === 'NOUN') return false;
  // "agreed to the studios' request to bring in a mediator", "welcomed the proposal for new talks": a noun with its own
  // complement says what it is (an untracked thing, since no issue was named there), it does not refer back
  return !(toks[i].pos === 'NOUN' && ownComplementAt(toks, i + 1));
}

/** "the corridor" for "grain corridor": the head noun of one issue's seed after "the" (see Compiled.headRefs), or undefined. */
export function headRefAt(c: Compiled, toks: Tok[], i: number): string | undefined {
  // (the noun ending its phrase: "the trawler levy" is the levy, not "the trawler")
  if (c.headRefs.size === 0 || toks[i].pos !== 'NOUN' || !/^(the|this|that|these|those)$/.test(toks[i - 1]?.low ?? '')
    || /^(NOUN|PROPN)$/.test(toks[i + 1]?.pos ?? '')) return undefined;
  return c.headRefs.get(stemOf(toks[i]));
}

/** "such a rule", "such demands": any noun after "such" points back to what was just named. */
function suchNounAt(toks: Tok[], i: number): boolean {
  if (toks[i].pos !== 'NOUN') return false;
  const before = toks[i - 1]?.low === 'a' || toks[i - 1]?.low === 'an' ? i - 2 : i - 1;
  return toks[before]?.low === 'such';
}

/** Reference nouns for a text, resolved by the head nouns of the issues' seeds ("the law" for "heating law"). */
const TEXT_REFS = /^(law|bill|legislation|reform)$/;

/** The last "the law", "the bill", "the legislation" or "the reform" in [from, to), or -1. */
function textNounBefore(toks: Tok[], from: number, to: number): number {
  for (let k = to - 1; k > from; k--) if (TEXT_REFS.test(toks[k].low) && toks[k - 1].low === 'the') return k;
  return -1;
}

/** What a thing wished for goes on doing: "wanted the deal to continue", "the corridor to stay open". */
const ONGOING_VERBS = /^(continue|stay|remain|go|proceed|pass|succeed|survive|last|hold|work|run|stand|be)$/;

/** "to bring in ...", "for a federal mediator": a complement that names what the noun before it is. */
function ownComplementAt(toks: Tok[], k: number): boolean {
  const w = toks[k]?.low;
  // ("wanted the deal to continue", "working for the corridor to stay open": the noun is the subject of what is wished
  // for, a reference; "a deal to end the strike" names its own purpose)
  if (w === 'to') return toks[k + 1]?.pos === 'VERB' && !(ONGOING_VERBS.test(toks[k + 1].low) && /^(the|this|that|its|their)$/.test(toks[k - 2]?.low ?? '')
    && /^(want|wants|wanted|wanting|need|needs|needed|expect|expects|expected|allow|allows|allowed|let|lets|urge|urged|like|for)$/.test(toks[k - 3]?.low ?? ''));
  // ("on" is left out: "a treaty on the articles already agreed" is still the treaty, "sign it on the spot" an adjunct)
  if (w !== 'for') return false;
  let j = k + 1;
  while (toks[j] && (toks[j].pos === 'DET' || toks[j].pos === 'ADJ')) j++;
  return toks[j]?.pos === 'NOUN' && !TIME_NOUNS.test(toks[j].low);
}
const TIME_NOUNS = /^(now|today|tomorrow|yesterday|weeks?|months?|years?|days?|decades?|time|once)$/;

/** Whether hit x lies in a condition zone other than the one holding the cue (an if-clause's issues are hypotheses). */
function inOtherCondZone(S: SentInfo, cueZone: [number, number] | undefined, x: Hit): boolean {
  return (S.condZones ?? []).some(([a, z]) => x.start >= a && x.start < z && (!cueZone || cueZone[0] !== a));
}

/** Whether hit x lies in the holder's zone [zs, ze) and not on the holder group's own words. */
function inHolderZone(h: HolderCues, group: Mention[], zs: number, ze: number, x: Hit): boolean {
  return x.start >= zs && x.start < ze && !group.some((g) => x.start < g.end && x.end > g.start && !h.pending);
}

/** A percentage right before hit x ("a 20 percent raise") that the issue's name and seeds never state, when they state one. */
function otherFigure(c: Compiled, toks: Tok[], zs: number, x: Hit): boolean {
  if (/\d/.test(x.phrase)) return false;
  let k = x.start - 1;
  if (k >= zs && (toks[k].low === 'percent' || toks[k].low === '%' || toks[k].low === 'per')) k--;
  if (toks[k]?.low === 'per') k--;
  const m = k >= zs ? /^(\d+(?:\.\d+)?)%?$/.exec(toks[k].text) : null;
  if (!m || !(toks[k].text.endsWith('%') || /^(percent|%|per)$/.test(toks[k + 1]?.low ?? ''))) return false;
  const issue = c.issues.get(x.issue)?.issue;
  if (!issue) return false;
  const figures = `${issue.name} ${issue.terms.join(' ')}`.match(/\d+(?:\.\d+)?(?=\s*(%|percent|per cent))/g);
  return figures !== null && !figures.includes(m[1]);
}

/** Hit x sits in a non-restrictive relative clause (", which ... ,") that holds none of the holder's cues. */
function inAsideClause(toks: Tok[], zs: number, ze: number, h: HolderCues, x: Hit): boolean {
  let open = x.start - 1;
  while (open > zs && toks[open].low !== ',') open--;
  if (toks[open]?.low !== ',' || !/^(which|who|whose)$/.test(toks[open + 1]?.low ?? '')) return false;
  let close = x.end;
  while (close < ze && toks[close].low !== ',') close++;
  if (close >= ze) return false;
  for (const o of h.cues) if (o.start > open && o.start < close) return false;
  return true;
}

/** Hit x sits in ", the <noun> of ..." right after a capitalised name ("Activision Blizzard, the publisher of Call of Duty"). */
function inDescriptiveApposition(toks: Tok[], zs: number, x: Hit): boolean {
  let k = x.start - 1;
  while (k > zs && k >= x.start - 6 && toks[k].low !== ',') k--;
  if (toks[k]?.low !== ',' || toks[k - 1]?.pos !== 'PROPN' || !isCap(toks[k - 1].text) || !/^(the|a|an)$/.test(toks[k + 1]?.low ?? '')) return false;
  return toks[k + 2]?.pos === 'NOUN' && toks[k + 3]?.low === 'of' && k + 4 <= x.start;
}

/** Words for a meeting or a round of talks: a noun before them is their topic ("contract talks", "border summit"). */
const MEETING_NOUNS = /^(talks|negotiations|negotiators|meeting|meetings|summit|summits|session|sessions|round|rounds|conference|forum|dialogue)$/;

/** Hit x is a single name word modifying a word for a meeting ("contract talks"). */
function meetingTopic(toks: Tok[], x: Hit): boolean {
  return x.nameWord && x.end - x.start === 1 && MEETING_NOUNS.test(toks[x.end]?.low ?? '');
}

/** "set as a condition for X": hit x is what something else is a condition for. */
function conditionedHit(toks: Tok[], zs: number, x: Hit): boolean {
  let k = x.start - 1;
  while (k > zs && (/^(a|an|the|any|its|their|his|her)$/.test(toks[k].low) || toks[k].pos === 'ADJ')) k--;
  return /^(for|of)$/.test(toks[k]?.low ?? '') && /^(condition|conditions|precondition|preconditions|prerequisite)$/.test(toks[k - 1]?.low ?? '')
    && toks.slice(Math.max(zs, k - 4), k - 1).some((t) => /^(as|set|a|the)$/.test(t.low));
}

/** A "that"/"which" between the first cue and hit x: x is inside a relative clause on the cue's object. */
function inRelativeAfterCue(toks: Tok[], h: HolderCues, x: Hit): boolean {
  return toks.slice(h.cues[0]?.end ?? x.start, x.start).some((t) => t.low === 'that' || t.low === 'which');
}

interface BonusContext { c: Compiled; h: HolderCues; present: Set<string>; articleScore: Map<string, number> }
/** Bonus for an issue whose subject actor holds the stance (0.75) or is present (0.5); -0.75 if never in the story. */
function subjectBonusOf({ c, h, present, articleScore }: BonusContext, issue: string): number {
  const subj = c.issues.get(issue)?.subjects;
  if (subj === undefined || subj.size === 0) return 0;
  if (subj.has(h.m.actor)) return 0.75;
  // (plain loops over the set: this runs for every pair of competing hits, and spreading it allocated twice)
  for (const a of subj) if (present.has(a)) return 0.5;
  // an issue about an actor the story never mentions is unlikely to be its topic
  for (const a of subj) if (articleScore.has('@' + a)) return 0;
  return -0.75;
}

function issueRank(ctx: BonusContext, score: Map<string, number>, issue: string): number {
  return (score.get(issue) ?? -1) + subjectBonusOf(ctx, issue) + 0.001 * (ctx.articleScore.get(issue) ?? 0);
}

/** The issue phrase is the cue word itself (a seed that starts with the cue word and goes on is more than the cue). */
function isCueWord(h: HolderCues, x: Hit): boolean {
  return h.cues.some((q) => q.start === x.start && (x.nameWord || x.end <= q.end));
}

/** The one issue among the story's top-scored ones (ties included) whose own words include `refStem`. */
function mainIssueSaying(c: Compiled, articleScore: Map<string, number>, refStem: string): string | undefined {
  const top = topIssueScore(articleScore);
  if (top <= 0) return undefined;
  let main: string | undefined;
  for (const [k, v] of articleScore) {
    if (k.startsWith('@') || v !== top || !c.issueWords.get(k)?.has(refStem)) continue;
    if (main !== undefined) return undefined;
    main = k;
  }
  return main;
}

/** The one issue with the story's top salience, if no other shares it. */
function mainIssue(articleScore: Map<string, number>): string | undefined {
  const top = topIssueScore(articleScore);
  if (top <= 0) return undefined;
  let main: string | undefined;
  for (const [k, v] of articleScore) {
    if (k.startsWith('@') || v !== top) continue;
    if (main !== undefined) return undefined;
    main = k;
  }
  return main;
}

function isDominant(issue: string, articleScore: Map<string, number>): boolean {
  const max = topIssueScore(articleScore);
  return (articleScore.get(issue) ?? 0) >= max * 0.5 && max > 0;
}

/** The article's highest issue salience (its "@actor" entries, which mark actors present, left out). */
function topIssueScore(articleScore: Map<string, number>): number {
  let max = 0;
  for (const [k, v] of articleScore) if (!k.startsWith('@')) max = Math.max(max, v);
  return max;
}

function bestBy(issues: string[], articleScore: Map<string, number>): string {
  let best = issues[issues.length - 1];
  for (const i of issues) if ((articleScore.get(i) ?? 0) > (articleScore.get(best) ?? 0)) best = i;
  return best;
}
