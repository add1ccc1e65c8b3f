/**
 * Who speaks in a sentence: actor mentions (aliases, demonyms before a speaker noun, carried pronouns and titles),
 * the checks that tell a speaker from a place, a longer name or a faction, and the sentence's reporter
 * ("X said", "according to X", third parties).
 */
import { CARRY_NOUNS, MONTH_CONTEXT, PLACE_PREPS, SPEAKER_NOUNS, THIRD_PARTY, TITLES } from './lexicon.js';
import { MONTHS, DAYS, QUOTES, isCap, wordsJoined, startingAt, type Tok, type Word } from './tokens.js';
import type { AliasPattern, Compiled } from './compiled-watchlist.js';
import type { Op } from './stance-cues.js';
import type { SentInfo } from './stance-reader.js';

export interface Mention {
  actor: string;
  start: number;
  end: number; // exclusive, not counting a possessive 's
  alias: string;
  kind: 'alias' | 'demonym' | 'carry';
  possessive: boolean;
  /** A person (a name, or a demonym with a title) rather than a country or institution. */
  person?: boolean;
  /** "the two governments", "both sides": how many actors it names (0: unstated, -1: a document speaking for its
   * issuers, "the joint statement said"); resolved like a carried reference. */
  group?: number;
  /** The other actors a resolved group names; the mention's own actor is the first. */
  others?: string[];
  /** "the union": the actors it may refer back to (see Compiled.headOwners). */
  owners?: string[];
}
/** A mention with every field present, so that all mentions share one object shape (V8 compiles their readers once). */
export function mention(actor: string, start: number, end: number, alias: string, kind: Mention['kind'], possessive: boolean, person: boolean, group?: number): Mention {
  return { actor, start, end, alias, kind, possessive, person, group, others: undefined, owners: undefined };
}
const BETWEEN_WORDS = new Set(['between', 'among', 'amongst']);
const DOCUMENT_NOUNS = new Set(['statement', 'declaration', 'communique', 'communiqué']);
const GROUP_SIZES = new Map([['two', 2], ['three', 3], ['four', 4]]);
/** A party's or a chamber's own members ("lawmakers from the SPD"): the party speaks through them. */
const PARTY_MEMBERS = /^(lawmakers|mps|deputies|senators|legislators|members|delegates|representatives)$/;
/** What an actor sends that speaks for it: "a statement from the Kremlin said" ("officials from" was measured and left
 * out: "officials from Turkey, Finland and Sweden met" is a meeting). */
const SENT_FROM = /^(statement|statements|letter|message|note|communique|communiqué|reply|response|memo)$/;
const GROUP_NOUNS = /^(governments|leaders|sides|countries|capitals|presidents|ministers|neighbours|neighbors|delegations|parties)$/;
export interface Reporter {
  actor?: string; third: boolean; start: number; end: number;
  /** Actors coordinated with the speaker ("China and France said"): each says it in its own words. */
  co?: { actor: string; start: number; end: number }[];
}
const FACTION_NOUNS = new Set(['lawmaker', 'mp', 'member', 'senator', 'councillor', 'activist', 'candidate', 'rebel',
  'backbencher', 'politician', 'peer', 'lawmakers', 'mps', 'backbenchers', 'rebels', 'members', 'activists', 'voters',
  'supporters', 'delegates', 'senators', 'legislators', 'hardliners', 'dissidents', 'factions', 'faction', 'wing',
  'councillors', 'deputies', 'figures', 'politicians', 'critics', 'opponents', 'farmers', 'citizens', 'companies',
  'firms', 'businesses', 'exporters', 'producers', 'media', 'press', 'newspaper', 'courts', 'court', 'troops', 'forces']);

/** Matches an alias at token i (case-aware), without judging whether it names a speaker. */
export function matchAliasAt(c: Compiled, toks: Tok[], i: number, e: number): AliasPattern | undefined {
  const tk0 = toks[i];
  // units() and findMentions() both ask for every position; remember the answer on the token
  if (tk0.alias !== undefined && tk0.aliasEnd === e) return tk0.alias || undefined;
  const found = matchAliasUncached(c, toks, i, e);
  tk0.alias = found ?? null;
  tk0.aliasEnd = e;
  return found;
}

/**
 * The aliases that start with a word and the actor it is a demonym of, in watchlist c: remembered on the word for the
 * last watchlist that asked (a process reads with one watchlist at a time), instead of two lookups per token.
 */
function indexed(c: Compiled, w: Word): Word {
  if (w.indexedBy !== c) {
    w.indexedBy = c;
    w.aliases = c.aliasIndex.get(w.low);
    w.demonym = c.demonyms.get(w.text);
  }
  return w;
}

function matchAliasUncached(c: Compiled, toks: Tok[], i: number, e: number): AliasPattern | undefined {
  const list = indexed(c, toks[i].word).aliases;
  if (!list) return undefined;
  for (const p of list) {
    if (i + p.low.length > e) continue;
    let ok = true;
    for (let k = 0; k < p.low.length && ok; k++) {
      const tk = toks[i + k];
      // (a word written in lower case in a case-aware alias may open the sentence: "The Greens" for "the Greens")
      ok = p.exact ? (tk.text === p.toks[k] || (tk.word.allCaps && p.toks[k].toUpperCase() === p.toks[k] && tk.low === p.low[k])
        || (k === 0 && p.toks[k] === p.low[k] && tk.low === p.low[k] && tk.text === tk.low.charAt(0).toUpperCase() + tk.low.slice(1))) : tk.low === p.low[k];
    }
    if (ok) return p;
  }
  return undefined;
}

/** Whether the op at token k is a stance of some kind (not background, a negation or speculation). */
function stanceOpAt(ops: Op[], k: number): boolean {
  const o = startingAt(ops, k);
  return o !== undefined && o.kind !== 'bg' && o.kind !== 'neg' && o.kind !== 'spec';
}

export function findMentions(c: Compiled, toks: Tok[], s: number, e: number, ops: Op[]): Mention[] {
  const out: Mention[] = [];
  for (let i = s; i < e; i++) {
    const t = toks[i];
    const matched = matchAliasAt(c, toks, i, e);
    // ("The Alliance of Motion Picture and Television Producers": a longer alias after "the" beats "the alliance")
    if (matched && matched.low[0] === 'the' && i + 1 < e && (matchAliasAt(c, toks, i + 1, e)?.low.length ?? 0) > matched.low.length - 1) continue;
    if (matched) {
      const end = i + matched.low.length;
      if (!isActorMention(c, toks, s, i, end, matched, ops)) { i = end - 1; continue; }
      const possessive = end < e && (toks[end].low === "'s" || toks[end].low === "'");
      // (but "Sudland's opposition to the tax" is its stance, not its opposition parties)
      // (and after an adjective: "Ethiopia's largest opposition party")
      const owned = toks[end + 1]?.pos === 'ADJ' && toks[end + 2]?.low === 'opposition' ? end + 2 : end + 1;
      if (possessive && /^(supreme|constitutional|high|central|court|courts|judges|judge|prosecutors|prosecutor|police|opposition|media|press|farmers|companies|businesses|unions|protesters)$/.test(toks[owned]?.low ?? '')
        && !(toks[owned].low === 'opposition' && toks[owned + 1]?.low === 'to')) { i = end - 1; continue; }
      // "Morawiecki's Law and Justice party", "Orban's Fidesz party": the leader's party is a faction, not the government
      if (possessive) {
        let k = end + 1;
        while (k < e && k <= end + 5 && (isCap(toks[k].text) || toks[k].low === 'and')) k++;
        if (k > end + 1 && /^(party|faction|bloc|wing|movement|coalition|caucus)$/.test(toks[k]?.low ?? '')) { i = end - 1; continue; }
      }
      out.push(mention(matched.actor, i, end, matched.alias, 'alias', possessive, isPersonAlias(c, matched)));
      i = end - 1;
      continue;
    }
    const dem = indexed(c, t.word).demonym;
    if (dem) {
      // "Ukrainian officials", "Irish Prime Minister Leo Varadkar": a demonym before a speaker noun
      let j = i + 1;
      let found = false;
      while (j < e && j <= i + 4) {
        if (SPEAKER_NOUNS.has(toks[j].low)) { found = true; break; }
        if (!isCap(toks[j].text) && toks[j].pos !== 'ADJ') break;
        j++;
      }
      // ("one European diplomat", "two Turkish officials": unnamed individuals, not the government speaking)
      const unnamed = i > s && /^(one|a|an|another|two|three|four|several|some|many|other)$/.test(toks[i - 1].low)
        && /^(diplomats?|officials?|sources?|negotiators?|delegates?)$/.test(toks[j]?.low ?? '');
      if (found && !unnamed && !(i > s && PLACE_PREPS.has(toks[i - 1].low) && toks[i - 1].low !== 'on')) {
        let end = j + 1;
        while (end < e && (SPEAKER_NOUNS.has(toks[end].low) || (isCap(toks[end].text) && toks[end].pos === 'PROPN'))) end++;
        const possessive = end < e && toks[end].low === "'s";
        const span = toks.slice(i, end);
        out.push(mention(dem, i, end, wordsJoined(toks, i, end), 'demonym', possessive, span.some((x) => TITLES.has(x.low) && x.low !== 'foreign')));
        i = end - 1;
      }
      continue;
    }
    // "his party", "its government": the owner's actor, resolved like a pronoun
    // ("his party", "its ministers", "their negotiators": the owner's people speak for it)
    if (t.word.ownerWord && i + 1 < e) {
      if (/^(party|government|administration|country|ministry|ministers|officials|spokesman|spokeswoman|spokesperson|negotiators|delegation|envoy)$/.test(toks[i + 1].low)) {
        out.push(mention('', i, i + 2, `${t.text} ${toks[i + 1].text}`, 'carry', toks[i + 2]?.low === "'s", false));
        i++;
        continue;
      }
      // ("its members", "its negotiating committee", "their national board": an organisation's own bodies speak for it)
      const body = /^(negotiating|national|executive|governing)$/.test(toks[i + 1].low) ? i + 2 : i + 1;
      // ("its fighters would hand over their weapons", "its lawyers argued": those who act or plead for it; not "its
      // troops", mostly the thing a withdrawal names)
      if (body < e && /^(members|committee|leadership|board|fighters|diplomats|lawyers|representatives)$/.test(toks[body].low) && (toks[body + 1]?.pos === 'VERB' || toks[body + 1]?.pos === 'AUX')) {
        out.push(mention('', i, body + 1, wordsJoined(toks, i, body + 1), 'carry', false, false));
        i = body;
        continue;
      }
    }
    // Pronouns and "the president"-style references, resolved later.
    // "the two governments reaffirmed ...", "both sides agreed ...", "the three leaders said ...": several actors at once
    if ((t.low === 'the' || t.low === 'both') && i + 1 < e) {
      const n = GROUP_SIZES.get(toks[i + 1].low) ?? 0;
      const head = n > 0 ? toks[i + 2] : t.low === 'both' ? toks[i + 1] : undefined;
      if (head && GROUP_NOUNS.test(head.low)) {
        const end = i + 2 + (n > 0 ? 1 : 0);
        out.push(mention('', i, end, wordsJoined(toks, i, end), 'carry', toks[end]?.low === "'", false, n));
        i = end - 1;
        continue;
      }
    }
    // "The (joint) statement also said ...": a document speaks for whoever issued it, named just before
    if (t.low === 'the' && i + 2 < e) {
      const j = toks[i + 1].low === 'joint' ? i + 2 : i + 1;
      if (DOCUMENT_NOUNS.has(toks[j].low) && (toks[j + 1]?.pos === 'VERB' || (toks[j + 1]?.pos === 'ADV' && toks[j + 2]?.pos === 'VERB'))) {
        out.push(mention('', i, j + 1, wordsJoined(toks, i, j + 1), 'carry', false, false, -1));
        i = j;
        continue;
      }
    }
    if (t.word.carryRef && i + 1 < e) {
      const nx = toks[i + 1];
      // "it" is an actor only before a non-copula verb ("it would not withdraw"), not in "it would be conditional"
      const stanceNear = stanceOpAt(ops, i + 1) || stanceOpAt(ops, i + 2) || stanceOpAt(ops, i + 3);
      const itThing = t.low === 'it' && ((isCopulaAt(toks, i + 1) || (nx.pos === 'AUX' && isCopulaAt(toks, i + 2))) ? startingAt(ops, i + 2) === undefined && startingAt(ops, i + 3) === undefined : !stanceNear);
      // ("He also said ...", "She later told ...": an adverb may sit between the pronoun and its verb)
      const verbAfterAdverb = nx.pos === 'ADV' && i + 2 < e && (toks[i + 2].pos === 'VERB' || toks[i + 2].pos === 'AUX' || startingAt(ops, i + 2) !== undefined);
      if ((nx.pos === 'VERB' || nx.pos === 'AUX' || startingAt(ops, i + 1) !== undefined || verbAfterAdverb) && !itThing) {
        out.push(mention('', i, i + 1, t.text, 'carry', false, false));
      }
      continue;
    }
    // "the union said", "the guild told members": an institution named by the head noun of its name
    if (t.low === 'the' && i + 1 < e && !isCap(toks[i + 1].text) && c.headOwners.has(toks[i + 1].low)
      && toks[i + 2]?.low !== 'of' && toks[i + 2]?.pos !== 'NOUN' && toks[i + 2]?.pos !== 'PROPN') {
      const m = mention('', i, i + 2, wordsJoined(toks, i, i + 2), 'carry', toks[i + 2]?.low === "'s", false);
      m.owners = c.headOwners.get(toks[i + 1].low);
      out.push(m);
      i++;
      continue;
    }
    if (t.low === 'the' && i + 1 < e) {
      const mod = /^(prime|foreign|deputy|vice|finance|trade|defence|defense|chief)$/.test(toks[i + 1].low) ? 1 : 0;
      const noun = toks[i + 1 + mod];
      if (noun && CARRY_NOUNS.has(noun.low) && !isCap(noun.text) && toks[i + 2 + mod]?.low !== 'of' && toks[i + 2 + mod]?.pos !== 'NOUN') {
        const end = i + 2 + mod;
        out.push(mention('', i, end, wordsJoined(toks, i, end), 'carry', toks[end]?.low === "'s", false));
        i = end - 1;
      }
    }
  }
  return out;
}

/** Role words after a party's name ("Reform UK leader", "Free Democrat MP"). */
const ROLE_AFTER_NAME = /^(leader|party|chief|founder|chairman|chairwoman|MP|MPs|lawmakers?|candidate|spokesman|spokeswoman|spokesperson)$/;
const INSTITUTION_WORDS = /^(government|union|council|commission|house|department|party|ministry|street|office|republic|states|kingdom|parliament|assembly|senate|congress|court|bank|organization|organisation|treaty|alliance|administration|kremlin|palace|no|republicans|democrats|caucus|gop|eu|nato|un|us|u\.s\.)$/i;
/** "Boris Johnson", "Johnson" (the surname of a listed full name) are persons; "European Union", "Kremlin" are not. */
function isPersonAlias(c: Compiled, p: AliasPattern): boolean {
  if (p.toks.some((t) => INSTITUTION_WORDS.test(t))) return false;
  // ("Han Dong-hoon": the part after a hyphen in a name is lower case)
  if (p.toks.length >= 2) return p.toks.every((t, k) => isCap(t) || /^(da|de|von|van|der|bin|al)$/.test(t) || (t === '-' && k > 0) || p.toks[k - 1] === '-');
  return c.fullNameLast.has(p.toks[0]);
}

function isActorMention(c: Compiled, toks: Tok[], s: number, i: number, end: number, p: AliasPattern, ops: Op[]): boolean {
  const prev = i > s ? toks[i - 1] : undefined;
  const next = toks[end];
  // "May" the month, "in May", "May 12"
  if (p.single && MONTHS.has(toks[i].text)) {
    if (next && /^\d/.test(next.text)) return false;
    if (prev && MONTH_CONTEXT.has(prev.low) && !(i >= 2 && isCap(toks[i - 2].text) && prev.pos === 'PROPN')) return false;
  }
  // A different person with the same surname ("Jo Johnson") or a title before someone else ("Speaker John Bercow").
  if (p.single && prev && isCap(prev.text) && prev.pos === 'PROPN' && !TITLES.has(prev.low) && i > s + 0) {
    const firsts = c.fullNameLast.get(toks[i].text);
    if (firsts && !firsts.has(prev.text)) return false;
  }
  // Part of a longer name: "Speaker John Bercow", "Paris Agreement", "Washington Post", "EU-Mercosur deal".
  if (p.single && next && isCap(next.text) && (next.pos === 'PROPN' || next.pos === 'NOUN') && p.toks[0].toUpperCase() !== p.toks[0]
    && !DAYS.has(next.text) && !MONTHS.has(next.text) && !TITLES.has(next.low) && next.low !== "'s") return false;
  // ... or its last word: "Reform UK leader Nigel Farage" (a party named after the country, not its government)
  // (the role word first: it is the cheap test that fails almost always)
  if (p.single && prev && i > s && ROLE_AFTER_NAME.test(next?.text ?? '') && isCap(prev.text) && prev.pos === 'PROPN' && !TITLES.has(prev.low)
    && !isPersonAlias(c, p) && !MONTHS.has(prev.text) && !DAYS.has(prev.text)) {
    const w = indexed(c, prev.word);
    if (w.aliases === undefined && w.demonym === undefined) return false;
  }
  if (next && next.text === '-' && toks[end + 1] && isCap(toks[end + 1].text) && next.sp === '') return false;
  if (next && /^-[A-Z]/.test(next.text)) return false;
  // An alias modifying a common noun is not a speaker: "a White House meeting", "the EU summit".
  if (next && next.pos === 'NOUN' && !isCap(next.text) && !SPEAKER_NOUNS.has(next.low) && !FACTION_NOUNS.has(next.low)
    && startingAt(ops, end) === undefined && !/s$/.test(next.low)) return false;
  // A faction is not the actor: "Labour lawmakers", "some Conservative MPs".
  if (next && FACTION_NOUNS.has(next.low)) return false;
  // One side of a meeting ("talks between the ministers of X, Y and Z") is no speaker, and later members of a list
  // share the first member's place ("ministers from X, Y and Z agreed").
  let h = i > s && toks[i - 1].low === 'the' ? i - 1 : i;
  // (a real list: "X, Y and Z" or "X and Y"; "Andersson in Stockholm, Marin said" is no list)
  const inList = toks[h - 1]?.low === 'and' || /^(,|and)$/.test(next?.low ?? '');
  while (inList && h - 2 >= s && /^(,|and)$/.test(toks[h - 1].low) && isCap(toks[h - 2].text)) {
    h -= 2;
    while (h - 1 >= s && isCap(toks[h - 1].text) && toks[h - 1].pos === 'PROPN') h--;
    if (h - 1 >= s && toks[h - 1].low === 'the') h--;
  }
  for (let k = h - 1; k >= Math.max(s, h - 6); k--) {
    if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') break;
    if (BETWEEN_WORDS.has(toks[k].low)) return false;
  }
  // A relative clause says what a name after a preposition holds: "must now be negotiated with the Council, which
  // wants ...", "spoke to Norland, who backs ..." name the actor, not a place.
  // (its own stance verb at once: not "the deal with the EU, which Argentina wanted signed", nor a past position told
  // as background, "which had demanded ...", nor "which said ...")
  if (next?.text === ',' && /^(who|which)$/.test(toks[end + 1]?.low ?? '') && relativeStance(toks, ops, end + 2)) return true;
  // (but "requests from CN and CPKC": a stance noun's agents, each of them, as for the first below)
  if (h < i && /^(from|in|at)$/.test(toks[h - 1]?.low ?? '') && !(toks[h - 1].low === 'from' && /^(sup|opp|cond)$/.test(startingAt(ops, h - 2)?.kind ?? ''))
    && !(toks[h - 1].low === 'from' && (PARTY_MEMBERS.test(toks[h - 2]?.low ?? '') || SENT_FROM.test(toks[h - 2]?.low ?? '')))) return false;
  // A capital or building named as a place: "talks in Moscow", "met at the White House".
  let j = i - 1;
  if (j >= s && toks[j].low === 'the') j--;
  if (j >= s && toks[j].pos === 'ADJ' && j - 1 >= s && PLACE_PREPS.has(toks[j - 1].low)) j--; // "into central Paris"
  while (j > s && TITLES.has(toks[j].low) && isCap(toks[j].text)) j--; // "between President Joe Biden and ..."
  if (j >= s && toks[j].low === 'the') j--;
  if (j >= s && PLACE_PREPS.has(toks[j].low)) {
    if (toks[j].low === 'to' && j > s && toks[j - 1].low === 'according') return true;
    // "a spokesman for the Greek government", "the minister for Ukraine": who the speaker speaks for
    if (toks[j].low === 'for' && j > s && SPEAKER_NOUNS.has(toks[j - 1].low)) return true;
    // "support from Ankara": the agent of a stance noun, not a place
    if (toks[j].low === 'from' && j > s && startingAt(ops, j - 1)?.kind.match(/^(sup|opp|cond)$/)) return true;
    // "lawmakers from the SPD, the Greens and the FDP voted for ...": a party's own members, not a place
    if (toks[j].low === 'from' && j > s && PARTY_MEMBERS.test(toks[j - 1].low)) return true;
    // "a statement from the Kremlin said ...": what it sent speaks for it
    if (toks[j].low === 'from' && j > s && SENT_FROM.test(toks[j - 1].low)) return true;
    if (toks[j].low === 'on' || toks[j].low === 'from') return false;
    return false;
  }
  return true;
}

/** Whether a relative clause opening at `k` ("... , which wants", "who has long opposed") starts with a stance verb. */
function relativeStance(toks: Tok[], ops: Op[], k: number): boolean {
  for (let j = k; j < Math.min(toks.length, k + 3); j++) {
    if (/^(sup|opp|cond)$/.test(startingAt(ops, j)?.kind ?? '')) return toks[j].pos === 'VERB';
    if (toks[j].low === 'had' || !/^(AUX|ADV)$/.test(toks[j].pos)) return false;
  }
  return false;
}

/** The last mention ending at most `gap` tokens before `at` (a backward scan, not a reversed copy). */
function lastMentionWithin(mentions: Mention[], at: number, gap: number): Mention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.end <= at && at - m.end <= gap) return m;
  }
  return undefined;
}

/**
 * "Han Dong-hoon, the leader of the ruling People Power Party, said": the party is named inside an appositive about
 * the speaker, so the speaker is the name before it. `last` is the mention nearest the speech verb at `opStart`.
 */
function appositiveHead(toks: Tok[], mentions: Mention[], last: Mention | undefined, opStart: number): Mention | undefined {
  if (!last || toks[opStart - 1]?.text !== ',' || last.end !== opStart - 1) return last;
  let c = last.start - 1;
  let hasOf = false;
  while (c >= 0 && last.start - c <= 6 && toks[c].text !== ',') {
    if (toks[c].low === 'of') hasOf = true;
    if (toks[c].pos === 'VERB' || toks[c].pos === 'AUX' || toks[c].low === 'and') return last;
    c--;
  }
  if (c < 0 || toks[c].text !== ',' || !hasOf) return last;
  const head = mentions.find((m) => m.end === c && !m.possessive && m.actor !== '' && m.actor !== last.actor);
  return head ?? last;
}

/** The sentence's reporter, read from `mentions` (the sentence's own, or a subset of them). */
export function findReporter(toks: Tok[], S: SentInfo, mentions: Mention[]): Reporter | undefined {
  if (!S.ops.some((o) => o.kind === 'speech')) return undefined;
  for (const op of S.ops) {
    if (op.kind !== 'speech') continue;
    // "criticising Iran for failing to explain ...": an infinitive is no statement made
    if (toks[op.start - 1]?.low === 'to') continue;
    // ", saying ...", ", adding ...": the main clause's subject speaks (not the nearest name: "opposition to Finland and
    // Sweden joining NATO, saying ...")
    // (", according to Peskov" is no participle: the speaker follows)
    if (/ing$/.test(toks[op.start].low) && toks[op.start - 1]?.text === ',' && op.label.toLowerCase() !== 'according to') {
      const subj = mentions.find((m) => !m.possessive && m.start < op.start);
      if (subj) return { actor: subj.actor, third: false, start: subj.start, end: subj.end };
    }
    // "X said", "X, the foreign minister, said"
    const before = appositiveHead(toks, mentions, lastMentionWithin(mentions, op.start, 8), op.start);
    // ("Berg denied Aral's claim that ...": a claim denied is not the claimant's report; the denier speaks)
    if (before?.possessive && S.ops.some((o) => o.kind === 'neg' && /^den/i.test(o.label) && o.end === before.start)) continue;
    if (op.label.toLowerCase() !== 'according to' && before && !S.ops.some((o) => o.start >= before.end && o.start < op.start && (o.kind === 'sup' || o.kind === 'opp' || o.kind === 'cond' || o.kind === 'giveup'))) {
      // ("China and France said": every conjunct speaks)
      const co: { actor: string; start: number; end: number }[] = [];
      for (let head = before; ;) {
        const j = head.start - 1;
        const prev = toks[j]?.low === 'and' || toks[j]?.text === ',' ? mentions.find((m) => m.end === j && !m.possessive && m.actor !== '') : undefined;
        if (!prev) break;
        co.push({ actor: prev.actor, start: prev.start, end: prev.end });
        head = prev;
      }
      return { actor: before.actor, third: false, start: before.start, end: before.end, co: co.length > 0 ? co : undefined };
    }
    // "..., said X" / "according to X"
    const prevTok = toks[op.start - 1];
    const tail = op.label.toLowerCase() === 'according to' || (prevTok !== undefined && (prevTok.text === ',' || QUOTES.has(prevTok.text)));
    // (not the subject of the clause said: "..., said the Greek Cypriot side would have to ...")
    const after = tail ? mentions.find((m) => m.start >= op.end && m.start - op.end <= 2 && !/^(AUX|VERB)$/.test(toks[m.end]?.pos ?? 'PUNCT')) : undefined;
    if (after) return { actor: after.actor, third: false, start: after.start, end: after.end };
    // third parties: analysts, diplomats, an untracked named person right before or after the verb, or before an
    // appositive ("Panagiotis Lafazanis, the energy minister and leader of ..., told a rally that ...")
    const near = [op.start - 1, op.start - 2, op.end, op.end + 1].filter((k) => k >= S.start && k < S.end);
    if (toks[op.start - 1]?.text === ',') {
      let k = op.start - 2;
      while (k > S.start && k > op.start - 25 && toks[k].text !== ',') k--;
      if (k > S.start && toks[k].text === ',' && !mentions.some((m) => m.start > k && m.end <= op.start)) {
        // ("Akinci, speaking to reporters in a Manhattan hotel, said ...": a tracked actor before a long appositive)
        const named = mentions.find((m) => m.end === k && !m.possessive);
        if (named) return { actor: named.actor, third: false, start: named.start, end: named.end };
        near.unshift(k - 1);
      }
    }
    // ("two people familiar with the talks said", "sources close to the government said": unnamed sources described)
    for (let k = op.start - 2; k >= Math.max(S.start, op.start - 8); k--) {
      if (SOURCE_LINKS.test(toks[k].low) && THIRD_PARTY.has(toks[k - 1]?.low ?? '')) { near.unshift(k - 1); break; }
    }
    for (const k of near) {
      const t = toks[k];
      if (mentions.some((m) => k >= m.start && k < m.end)) continue;
      if (THIRD_PARTY.has(t.low) || (t.pos === 'PROPN' && isCap(t.text) && k !== S.start && !DAYS.has(t.text) && !MONTHS.has(t.text) && toks[k - 1]?.pos !== 'ADP')) {
        return { actor: undefined, third: true, start: k, end: k + 1 };
      }
    }
  }
  return undefined;
}

/** What links unnamed sources to what they know: "people familiar with", "sources close to", "officials briefed on". */
const SOURCE_LINKS = /^(familiar|close|briefed|involved|knowledgeable|aware)$/;

function isCopulaAt(toks: Tok[], k: number): boolean {
  return /^(is|was|be|been|being|are|were|'s)$/.test(toks[k]?.low ?? '');
}
