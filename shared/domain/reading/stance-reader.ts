/**
 * Rule-based reader of actors' stances on tracked issues, built on wink-nlp (sentences, tokens, part of speech).
 *
 * How a claim is read, in short (see README.md beside this file):
 * 1. Actor mentions: aliases (case-aware), demonyms before a speaker noun ("Irish officials"), and pronouns or
 *    short references ("he", "the president") carried from the previous actor. A capital or building after a
 *    place preposition ("talks in Moscow") is a place, not a speaker.
 * 2. Issue mentions: seed terms and the issue name's content words (stemmed), weighted by how specific they are
 *    across the watchlist; references back ("the demands", "it") pick up the issues of the previous sentence.
 * 3. Stance: the ops between the holder and the issue multiply: support cues (+), oppose cues (-), giving-up
 *    verbs (-), negations (-). A proposition whose name gives something up ("abandons its NATO bid") flips the
 *    sign once more. Readiness cues and condition connectives make the stance conditional.
 * 4. Filters: questions, "refused to say", speculation by third parties, background narration, if-clauses
 *    about others.
 *
 * This file is the public entry and the article/sentence loop (holders, clauses, which claim is kept); the steps
 * live beside it: tokens.ts, compiled-watchlist.ts, actor-mentions.ts, issue-hits.ts, stance-cues.ts, lexicon.ts.
 */
import { libraryHtmlToText } from '../feed/html-text.js';
import type { Claim } from '../types.js';
import type { Watchlist } from '../watchlist.js';
import { BARE_RESPONSES, RECEIVING_VERBS, SPEAKER_NOUNS, TITLES } from './lexicon.js';
import { readTokens, MONTHS, DAYS, PROP_REFS, QUOTES, stemOf, isCap, tok, text, startingAt, type Tok, type Word } from './tokens.js';
import { compile, nominalActAt, presenceKey, type Compiled } from './compiled-watchlist.js';
import { findMentions, findReporter, mention, type Mention, type Reporter } from './actor-mentions.js';
import { findHits, chooseIssues, headRefAt, type Hit } from './issue-hits.js';
import { RANK, STATED_CONDITION, WEAK_CUE, claimRank, findOps, givesUpThing, modalWithin, isCue, conditionZones, stanceFor, op, type Op } from './stance-cues.js';

export { stem } from './tokens.js';

export interface Article { title?: string; text: string; published?: string }
export interface StanceReader { analyze(article: Article, options?: { explain?: boolean }): Claim[] }

/**
 * Builds a reader for one watchlist. Compile once, call `analyze` per article.
 *
 * @example
 *   const reader = createStanceReader(parseWatchlist(yamlText, 'watchlist.yaml'));
 *   reader.analyze({ title: 'Kyiv softens', text: 'Kyiv says it is ready to drop its NATO bid in exchange for guarantees.' });
 *   // -> [{ actor: 'ukraine', issue: 'renounce-nato', stance: 'conditional', attributed: true, ... }]
 */
export function createStanceReader(watchlist: Watchlist): StanceReader {
  const compiled = compile(watchlist);
  return { analyze: (article, options) => analyzeArticle(compiled, article, options?.explain === true) };
}

/**
 * Converts an HTML page into an Article: plain text via html-to-text, title from <title> or the first <h1>.
 *
 * @example htmlToArticle('<html><head><title>Talks</title></head><body><p>Kyiv said...</p></body></html>')
 */
export function htmlToArticle(html: string): Article {
  const pick = (re: RegExp): string | undefined => {
    const m = re.exec(html);
    if (!m) return undefined;
    const t = libraryHtmlToText(m[1]).replace(/\s+/g, ' ').trim();
    return t === '' ? undefined : t;
  };
  const title = pick(/<title[^>]*>([\s\S]*?)<\/title>/i) ?? pick(/<h1[^>]*>([\s\S]*?)<\/h1>/i);
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const text = libraryHtmlToText(body).replace(/\n{3,}/g, '\n\n').trim();
  return title === undefined ? { text } : { title, text };
}

// ---------------------------------------------------------------------------------------------------------------
// Per-article analysis

export interface SentInfo {
  start: number;
  end: number;
  /** Where the sentence's own words begin: after the story's dateline ("ANKARA, April 7 (Wire) - ") in the first one. */
  opening: number;
  mentions: Mention[];
  ops: Op[];
  hits: Hit[];
  reporter?: Reporter;
  question: boolean;
  condZones?: [number, number][];
  /** The next sentence states a condition ("He said it would do so provided that ..."): who may own it. */
  nextCondition?: { actors: Set<string>; carry: boolean };
}

function analyzeArticle(c: Compiled, article: Article, explain: boolean): Claim[] {
  const body = (article.text ?? '').replace(/[’]/g, "'").replace(/[“”]/g, '"');
  // (tokens are built by push, not map: an optimised map makes a holey array where the builtin makes a packed one,
  // and every function that reads tokens would be compiled again for the other kind of array)
  const { toks, spans } = readTokens(body);

  // Article-level issue salience (title included) breaks ties between issues that share terms.
  const articleScore = new Map<string, number>();
  // The title only feeds salience, so a plain split is enough (and saves a second wink document per article).
  const titleToks: Tok[] = [];
  for (const t of (article.title ?? '').replace(/[’]/g, "'").match(TITLE_TOKEN) ?? []) {
    titleToks.push(tok(t, WORDISH.test(t) ? 'X' : 'PUNCT', ' '));
  }
  for (const h of findHits(c, titleToks, 0, titleToks.length)) articleScore.set(h.issue, (articleScore.get(h.issue) ?? 0) + 2 * h.weight);

  // The dateline ("YEVLAKH, Azerbaijan, Sept 21 (Wire) - ") names where the story was filed, never who speaks.
  const datelineEnd = findDatelineEnd(toks);
  const sents: SentInfo[] = [];
  for (const [s, e] of spans) sents.push(sentenceFacts(c, toks, s, e + 1, datelineEnd, articleScore));

  for (let i = 0; i + 1 < sents.length; i++) {
    const next = sents[i + 1];
    if (!hasOpOfKind(next.ops, 'conn')) continue;
    const actors = new Set<string>();
    let carry = false;
    for (const m of next.mentions) {
      if (m.actor !== '') actors.add(m.actor);
      if (m.kind === 'carry') carry = true;
    }
    sents[i].nextCondition = { actors, carry };
  }
  const best = new Map<string, Claim>();
  const firstSentence = new Map<string, number>(); // "actor|issue|stance" -> the first sentence that reads it
  let lastActor: string | undefined;
  let lastReporter: string | undefined;
  let lastPerson: string | undefined;
  const lastSeen = new Map<string, number>(); // actor -> the last sentence that named it
  let recentIssues: { hits: Hit[]; age: number } | undefined;
  let recentClaims: { claims: Claim[]; age: number } | undefined;
  let inQuote = false;
  for (let si = 0; si < sents.length; si++) {
    const S = sents[si];
    // Resolve carried references: nearest actor before in the sentence, else the previous sentence's actor.
    const quoteOpen = inQuote;
    const carried = hasCarried(S.mentions);
    const preReporter = findReporter(toks, S, carried ? S.mentions.filter((m) => m.kind !== 'carry') : S.mentions);
    for (const m of S.mentions) {
      if (m.kind !== 'carry' || m.group === undefined) continue;
      // a group takes the distinct actors named just before it (this sentence, then the previous one)
      const named: string[] = [];
      for (const o of [...(sents[si - 1]?.mentions ?? []), ...S.mentions.filter((x) => x.end <= m.start)]) {
        if (o.kind !== 'carry' && o.actor !== '' && !named.includes(o.actor)) named.push(o.actor);
      }
      const picked = m.group > 0 ? named.slice(-m.group) : m.group < 0 ? named.slice(-4) : named.slice(-2);
      if (picked.length >= (m.group < 0 ? 1 : 2)) { m.actor = picked[0]; m.others = picked.length > 1 ? picked.slice(1) : undefined; }
      // "Greece, Malta and Cyprus ... The three countries want ...": a list of exactly that many names just before is
      // the group, even when only some of them are tracked
      else if (m.group > 1) {
        const listed = trackedInNameList(toks, [sents[si - 1], S], m.start, m.group);
        if (listed.length > 0) { m.actor = listed[0]; m.others = listed.length > 1 ? listed.slice(1) : undefined; }
      }
    }
    for (const m of S.mentions) {
      if (m.kind !== 'carry' || m.group !== undefined) continue;
      if (m.owners !== undefined) {
        // "the union": the owner named last (this sentence, then the story so far); before any is named, the only
        // tracked actor it can stand for ("said the union's demand was unrealistic" in a story's first sentence)
        const named = lastOwnerNamedBefore(S.mentions, m.start, m.owners);
        let best = named?.actor;
        if (best === undefined) for (const id of m.owners) if ((lastSeen.get(id) ?? -1) > (best === undefined ? -1 : lastSeen.get(best)!)) best = id;
        // (not "the company", "the firm" or "the bloc": stories name many untracked companies, and "the bloc" is mostly a
        // union of states whose name says no "bloc")
        if (best === undefined && m.owners.length === 1 && !/^(company|firm|bloc)$/.test(toks[m.start + 1].low)) best = m.owners[0];
        m.actor = best ?? '';
        continue;
      }
      const low = toks[m.start].low;
      // "The United States, Qatar and Egypt said ... They urged both sides ...": "they" opening a sentence after a list
      // of tracked names speaks for each of them
      // (and so does "they" later in a sentence that names nobody before it: "In a joint statement, they said ...";
      // or one whose only names before it are such a list: "Armenia and Azerbaijan said they backed ...")
      if (low === 'they') {
        let namedBefore = false;
        for (const o of S.mentions) if (o.kind !== 'carry' && o.end <= m.start) namedBefore = true;
        const listed = m.start === S.start || !namedBefore ? trackedInNameList(toks, [sents[si - 1]], m.start, 0)
          : trackedInNameList(toks, [S], m.start, 0);
        if (listed.length >= 2 && (!namedBefore || S.mentions.every((o) => o.kind === 'carry' || o.end > m.start || listed.includes(o.actor)))) {
          m.actor = listed[0]; m.others = listed.slice(1); continue;
        }
      }
      const title = low === 'the';
      // "his party" etc. resolve like pronouns (title stays false)
      const personal = low === 'he' || low === 'she';
      let first = low === 'we' || low === 'i' || title ? undefined
        : lastNamedBefore(S.mentions, m.start, personal);
      // "Berg told Aral she would back the tax", "he said he had assured Trump he would support it": a pronoun right
      // after the one told is the teller, the subject of the telling
      if (personal && first && (m.start === first.end || (m.start === first.end + 1 && toks[first.end].low === 'that'))
        && TELLING_VERBS.test(toks[first.start - 1]?.low ?? '')) {
        const teller = tellerOf(toks, S.mentions, first.start - 1);
        if (teller) first = teller;
      }
      m.actor = first?.actor ?? (title ? (preReporter?.actor ?? lastActor) : undefined) ?? preReporter?.actor
        ?? ((low === 'we' || low === 'i') ? (lastReporter ?? lastActor) : personal ? (lastPerson ?? lastActor) : lastActor) ?? '';
    }
    S.reporter = carried ? findReporter(toks, S, S.mentions.filter((m) => m.actor !== '')) : preReporter;
    for (const m of S.mentions) {
      // "The government's policy was to leave the customs union, May said."
      if (m.kind === 'carry' && m.actor === '' && S.reporter?.actor && S.reporter.start > m.start) m.actor = S.reporter.actor;
    }
    if (!allResolved(S.mentions)) S.mentions = S.mentions.filter((m) => m.actor !== '');
    if ((S.reporter?.actor === undefined) && quoteOpen && lastReporter) S.reporter = { actor: lastReporter, third: false, start: -1, end: -1 };
    for (const m of S.mentions) {
      const low = toks[m.start].low;
      if (m.kind === 'carry' && (low === 'we' || low === 'i') && S.reporter?.actor) m.actor = S.reporter.actor;
    }
    for (let i = S.start; i < S.end; i++) if (toks[i].word.quote) inQuote = !inQuote;

    const issueRefs = recentIssues && recentIssues.age <= 2 ? recentIssues.hits : [];
    const refClaims = recentClaims && recentClaims.age <= 2 ? recentClaims.claims : [];
    // Only a sentence with a stance cue can carry a claim; the rest only update the discourse state.
    // "Asked whether ..., X declined to say": the question frames the whole sentence
    let evasive = hasEvasiveSkip(S.ops);
    // (but an evasion in a later ", but" clause is about something else: "X remained committed to it, but he did not
    // say whether ...": the sentence is read up to the "but")
    const evasionCut = evasive ? laterEvasionClause(toks, S) : -1;
    if (evasionCut >= 0) evasive = false;
    // ... and one that names an issue or refers back to one
    let issueish = S.hits.length > 0;
    for (let i = S.start; i < S.end && !issueish; i++) issueish = toks[i].word.issueRef || toks[i].low === 'such' || headRefAt(c, toks, i) !== undefined; // (ISSUE_REFS, "such a rule", "the corridor")
    // (or votes with no object, "Germany also voted in favour.", on the issue just read: see chooseIssues)
    // (and "Norland agreed.", "Norland disagreed with Berg.", "Sudland refused.": agreement or refusal of the position just read)
    if (!issueish && (issueRefs.length > 0 || refClaims.length > 0)) issueish = S.ops.some((o) => /^vot/i.test(o.label) || (refClaims.length > 0 && BARE_RESPONSES.test(o.label)));
    const holderless = S.mentions.length === 0 && !S.reporter?.actor; // nobody to hold a stance
    const claims = S.question || evasive || !issueish || holderless || !S.ops.some(isCue) ? []
      : readSentence(c, toks, evasionCut >= 0 ? { ...S, end: evasionCut } : S, articleScore, issueRefs, refClaims, si, explain);
    // references look back over the last few sentences' claims ("... called the move unlawful. X welcomed the decision.")
    if (claims.length > 0) recentClaims = { claims: [...(recentClaims && recentClaims.age <= 2 ? recentClaims.claims : []), ...claims].slice(-8), age: 1 };
    else if (recentClaims) recentClaims.age++;
    for (const cl of claims) {
      const key = `${cl.actor}|${cl.issue}`;
      const prev = best.get(key);
      const stanceKey = `${key}|${cl.stance}`;
      if (!firstSentence.has(stanceKey)) firstSentence.set(stanceKey, si);
      cl.sentence = firstSentence.get(stanceKey)!; // (the first sentence that reads this stance)
      if (!prev || better(cl, prev)) best.set(key, cl);
    }
    const firstActor = firstNamedActor(S.mentions);
    const pick = personReferredToNext(S, claims);
    if (pick) lastPerson = pick.actor;
    lastActor = claims[claims.length - 1]?.actor ?? S.reporter?.actor ?? firstActor ?? lastActor;
    if (S.reporter?.actor) lastReporter = S.reporter.actor;
    else if (firstActor) lastReporter = firstActor;
    for (const m of S.mentions) if (m.actor !== '') lastSeen.set(m.actor, si);
    if (S.hits.length > 0) recentIssues = { hits: S.hits, age: 1 };
    else if (recentIssues) recentIssues.age++;
  }
  const claims = [...best.values()];
  // An analysis, explainer or factbox restates where the sides stand: no claim in it is the actor's own news, so it
  // may corroborate a move but never makes one alone.
  if (ANALYSIS_TITLE.test(article.title ?? '')) {
    for (const cl of claims) {
      cl.attributed = false;
      cl.explain?.notes?.push('reporter: an analysis piece (its title), not the actor\'s own news');
    }
  }
  return claims;
}

/**
 * Whether the verb at toks[i] is a passive participle whose subject ends at `subjectEnd` ("Aral was asked", "Aral has
 * repeatedly been urged"): only auxiliaries and adverbs between, and not an adjective of the subject's mind.
 */
function passiveOf(toks: Tok[], subjectEnd: number, i: number): boolean {
  const t = toks[i];
  if (t.pos !== 'VERB' || !/(ed|en|wn|ght|ld)$/.test(t.low) || MIND_PARTICIPLES.test(t.low) || i - subjectEnd > 4) return false;
  let be = false;
  for (let k = subjectEnd; k < i; k++) {
    if (/^(was|were|is|are|been|being|be|get|got|gets|getting)$/.test(toks[k].low)) be = true;
    else if (!/^(AUX|ADV|PART)$/.test(toks[k].pos)) return false;
  }
  return be;
}
const MIND_PARTICIPLES = /^(opposed|committed|determined|prepared|inclined|resolved|convinced|interested|pleased|satisfied|disappointed|concerned|set|agreed|minded|dismayed|united|divided|engaged|involved|dedicated|devoted|poised|obliged|bound|entitled|supposed|expected|intended|designed)$/;

// (the article loop calls these helpers rather than closures: they run for every sentence, and the loop compiles
// smaller without them)
function hasOpOfKind(ops: Op[], kind: Op['kind']): boolean {
  for (const o of ops) if (o.kind === kind) return true;
  return false;
}

function hasCarried(mentions: Mention[]): boolean {
  for (const m of mentions) if (m.kind === 'carry') return true;
  return false;
}

/**
 * The tracked actors of the last list of exactly `n` names ("Greece, Malta and Cyprus"; `n` = 0: two names or more) in
 * these sentences, before token `before`; none if there is no such list.
 */
function trackedInNameList(toks: Tok[], sentences: (SentInfo | undefined)[], before: number, n: number): string[] {
  let found: string[] = [];
  for (const S of sentences) {
    if (!S) continue;
    const end = Math.min(S.end, before);
    let i = S.start;
    while (i < end) {
      // (a capitalised first word is a name only if tagged as one)
      if (!isCap(toks[i].text) || (i === S.start && toks[i].pos !== 'PROPN')) { i++; continue; }
      // a list: capitalised names joined by commas and "and"
      const listStart = i;
      let items = 0;
      let k = i;
      while (k < end && isCap(toks[k].text)) {
        items++;
        while (k < end && isCap(toks[k].text)) k++;
        const sep = toks[k]?.low === ',' && toks[k + 1]?.low === 'and' ? 2 : toks[k]?.low === ',' || toks[k]?.low === 'and' ? 1 : 0;
        if (sep === 0 || k + sep >= end || !isCap(toks[k + sep].text)) break;
        k += sep;
      }
      // (n = 0: any list of two names or more)
      if (items === n || (n === 0 && items >= 2)) {
        const actors: string[] = [];
        for (const m of S.mentions) if (m.kind !== 'carry' && m.actor !== '' && m.start >= listStart && m.end <= k && !actors.includes(m.actor)) actors.push(m.actor);
        if (actors.length > 0) found = actors;
      }
      i = Math.max(k, i + 1);
    }
  }
  return found;
}

/**
 * "The tax has the backing of Sudland", "won the support of Sudland": the agent of a stance noun after "of", when the
 * noun is what the clause's subject has or receives (not "needs the approval of Congress").
 */
function receivedOf(toks: Tok[], cs: number, cue: number): boolean {
  if (toks[cue].pos !== 'NOUN') return false;
  let v = cue - 1;
  while (v > cs && /^(ADJ|DET|ADV)$/.test(toks[v].pos)) v--;
  return RECEIVING_VERBS.test(toks[v]?.low ?? '');
}

/** The last named (not carried) mention ending by `at` whose actor is one of `owners` ("the union": its owner). */
function lastOwnerNamedBefore(mentions: Mention[], at: number, owners: string[]): Mention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const o = mentions[k];
    if (o.kind !== 'carry' && o.end <= at && owners.includes(o.actor)) return o;
  }
  return undefined;
}

/** Verbs of telling someone what the teller will do ("told Aral she would back it"). */
const TELLING_VERBS = /^(told|tell|tells|telling|assured|assure|assures|reassured|informed|inform|informs|promised|promise|promises)$/;

/** The resolved subject of the telling verb at `verb` ("Berg told", "she had assured"), if it is a person. */
function tellerOf(toks: Tok[], mentions: Mention[], verb: number): Mention | undefined {
  let end = verb;
  while (end > 0 && /^(had|has|have|also|already|personally)$/.test(toks[end - 1].low)) end--;
  return mentions.find((o) => o.end === end && o.actor !== '' && !o.possessive && (o.person || o.kind === 'carry'));
}

/** The last named, resolved, non-possessive mention ending by `at` (a person when `personal`): what a pronoun refers to. */
function lastNamedBefore(mentions: Mention[], at: number, personal: boolean): Mention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const o = mentions[k];
    if (o.kind !== 'carry' && o.end <= at && o.actor !== '' && !o.possessive && (!personal || o.person)) return o;
  }
  return undefined;
}

function allResolved(mentions: Mention[]): boolean {
  for (const m of mentions) if (m.actor === '') return false;
  return true;
}

/** "Asked whether ...", "X declined to say": an evasion frames the whole sentence. */
function hasEvasiveSkip(ops: Op[]): boolean {
  for (const o of ops) if (o.kind === 'skip' && EVASIVE_SKIP.test(o.label)) return true;
  return false;
}
const EVASIVE_SKIP = /^(asked|refus|declin|would not say|did not say)/i;

/**
 * Where a later "but" clause that holds the sentence's first evasion starts ("..., but he did not say whether ...", at
 * the comma when there is one), when a stance cue comes before it and the evasion names none of the issues named before
 * it and refers back to nothing; else -1 (a fronted "Asked whether ..." is the first evasion and frames the whole
 * sentence). The sentence is then read up to there, through a copy of its facts that ends there.
 */
function laterEvasionClause(toks: Tok[], S: SentInfo): number {
  const evasion = S.ops.find((o) => o.kind === 'skip' && EVASIVE_SKIP.test(o.label));
  if (!evasion) return -1;
  for (let k = evasion.start - 1; k > S.start + 1; k--) {
    if (toks[k].low !== 'but') continue;
    const cut = toks[k - 1].text === ',' ? k - 1 : k;
    // (an evasion about the same thing still frames it: "wanted battery plants in the deal, but did not say how those
    // plants should be covered"; one about another issue does not: "urged the parties back into the executive, but
    // declined to say when the election would be held")
    if (S.hits.some((x) => x.start > k && !x.nameWord && S.hits.some((y) => y.issue === x.issue && y.start < cut))
      || toks.slice(evasion.end, S.end).some((t) => /^(it|them|those|these|this|such)$/.test(t.low))) return -1;
    return S.ops.some((o) => isCue(o) && o.end <= cut) ? cut : -1;
  }
  return -1;
}

/** The first named (not carried) actor of the sentence, else the first resolved one. */
function firstNamedActor(mentions: Mention[]): string | undefined {
  for (const m of mentions) if (m.kind !== 'carry') return m.actor;
  return mentions[0]?.actor;
}

/** "he"/"she" next refer to the person who just spoke or acted, else the reporter if a person, else the first person named. */
function personReferredToNext(S: SentInfo, claims: Claim[]): Mention | undefined {
  let reporterPerson: Mention | undefined;
  let firstPerson: Mention | undefined;
  for (const m of S.mentions) {
    if (!m.person || m.possessive) continue;
    for (const cl of claims) if (cl.actor === m.actor && cl.attributed) return m;
    firstPerson ??= m;
    if (reporterPerson === undefined && m.start === S.reporter?.start) reporterPerson = m;
  }
  return reporterPerson ?? firstPerson;
}

/** Titles of pieces that explain or sum up rather than report ("Analysis: ...", "EXPLAINER: ..."). */
const ANALYSIS_TITLE = /^\s*(analysis|explainer|factbox|fact box|q&a|backgrounder|timeline|opinion|comment|editorial)\b/i;

/**
 * What the article loop needs of every sentence [s, end), read or not: its ops, issue hits and actor mentions (the
 * hits and mentions also count towards the article's issue salience in `articleScore`).
 */
function sentenceFacts(c: Compiled, toks: Tok[], s: number, end: number, datelineEnd: number, articleScore: Map<string, number>): SentInfo {
  // (the dateline's words are the outlet's and the place's: "(Signal Ledger)" signals nothing; its issue words still
  // count towards what the story is about, as a headline's would)
  const from = datelineEnd > s ? Math.min(datelineEnd, end) : s;
  const ops = findOps(toks, from, end);
  let nominalActVerbs: { at: number; noun: string }[] | undefined; // verbs of one-word seed nouns ("mediate")
  if (c.actStems.size > 0 || c.nominalActs.size > 0) {
    const found = ops.length; // (ops found by findOps; a verb that starts one of them is taken)
    let added = false;
    for (let i = from; i < end; i++) {
      const tk = toks[i];
      if (tk.pos !== 'VERB' || opStartsAt(ops, found, i)) continue;
      // ("talks on the AI Act": a capitalised word inside the sentence is a name's, whatever the tagger says)
      if (i > from && isCap(tk.text) && !QUOTES.has(toks[i - 1].text) && toks[i - 1].text !== ':') continue;
      const st = stemOf(tk);
      const acts = actsOf(c, tk.word);
      const nameOrTermAct = acts.act;
      // ("would not extend the deal": the verb of a seed noun, "extension", is that issue's act)
      const noun = acts.nominalAct;
      if (!nameOrTermAct && noun === undefined) continue;
      // "talks on reviving the deal", "the chances of reviving it": a gerund after a preposition names the act
      if (/ing$/.test(tk.low) && i > s && /^(ADP|DET)$/.test(toks[i - 1].pos)) continue;
      const termAct = noun ?? (c.termActs.has(st) ? st : undefined);
      // a seed verb that names the giving-up of an exemption's or a purpose's thing ("decriminalise" for "Farmers are
      // exempted from the stubble penalties") takes away the thing it governs: "to decriminalise stubble burning"
      const givingUp = termAct !== undefined && termActGivesUp(c, termAct);
      ops.push(givingUp ? op('giveup', i, i + 1, tk.text) : op('sup', i, i + 1, tk.text, termAct !== undefined, termAct, st));
      if (noun !== undefined) (nominalActVerbs ??= []).push({ at: i, noun });
      added = true;
    }
    if (added) ops.sort((a, b) => a.start - b.start);
  }
  const hits = findHits(c, toks, s, end);
  // "Sudan asked the four parties to mediate": the verb of a one-word seed noun ("mediation") names its issue when
  // nothing else in the sentence does
  if (nominalActVerbs !== undefined) {
    for (const { at, noun } of nominalActVerbs) {
      for (const issue of c.termActs.get(noun) ?? []) {
        if (hits.some((h) => h.issue === issue)) continue;
        hits.push({ issue, start: at, end: at + 1, phrase: noun, weight: 0.5, spec: undefined, ref: 'none', anchor: true, nameWord: false, refSign: undefined, derived: true });
      }
    }
    hits.sort((a, b) => a.start - b.start);
  }
  // "said he would not step down": a verb-first seed said with its verb is the act (its phrase is a key of termActs)
  let phraseActAdded = false;
  for (const h of hits) {
    if (h.end - h.start < 2 || toks[h.start].pos !== 'VERB' || !c.termActs.has(h.phrase) || opStartsAt(ops, ops.length, h.start)) continue;
    ops.push(op('sup', h.start, h.start + 1, toks[h.start].text, true, h.phrase, stemOf(toks[h.start])));
    phraseActAdded = true;
  }
  if (phraseActAdded) ops.sort((a, b) => a.start - b.start);
  for (const h of hits) articleScore.set(h.issue, (articleScore.get(h.issue) ?? 0) + h.weight);
  let last = end - 1;
  while (last > s && toks[last].word.quote) last--;
  const mentions = findMentions(c, toks, from, end, ops);
  if (mentions.length > 0) {
    for (const { id, subjects } of c.issuesWithSubjects) {
      for (const m of mentions) if (subjects.has(m.actor)) { articleScore.set(id, (articleScore.get(id) ?? 0) + 0.25); break; }
    }
  }
  for (const m of mentions) if (m.actor) articleScore.set(presenceKey(m.actor), 1); // actors present anywhere in the story
  // (every field set here, filled or not, so all sentences share one object shape: V8 then compiles the
  // functions that read them once, instead of again for each new combination of fields)
  return { start: s, end, opening: from, mentions, ops, hits, reporter: undefined, question: toks[last]?.text === '?', condZones: undefined, nextCondition: undefined };
}

/**
 * What sentenceFacts asks of a verb in watchlist c (see Word.actsFrom): looked up once per distinct word, not for every
 * verb of every sentence (the family test slices the stem and scans a list).
 */
function actsOf(c: Compiled, w: Word): Word {
  if (w.actsFrom !== c) {
    w.actsFrom = c;
    w.act = c.actStems.has(w.stem);
    w.nominalAct = w.act || c.nominalActs.size === 0 ? undefined : nominalActAt(c, w.stem);
  }
  return w;
}

const ELABORATING = /^(including|starting|beginning|excluding|notably|especially|particularly|mainly|chiefly)$/;
const TITLE_TOKEN = /'s\b|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const WORDISH = /^[A-Za-z0-9\u00C0-\uFFFF]/;

/** The best claim for one actor and issue: the surest reading, attributed first among equals. */
function better(a: Claim, b: Claim): boolean {
  // a stated condition refines the same actor's plain stance in the same story ("Rome backs the regulation ... could
  // back it only if the reference goes"): the condition is the news
  if (STATED_CONDITION.has(a) !== STATED_CONDITION.has(b) && (a.stance === 'conditional') !== (b.stance === 'conditional') && a.attributed && b.attributed
    && Math.abs(claimRank(a) - claimRank(b)) <= 0.3) return STATED_CONDITION.has(a);
  if (Math.abs(claimRank(a) - claimRank(b)) > 0.11) return claimRank(a) > claimRank(b);
  if (a.attributed !== b.attributed) return a.attributed;
  // ("the treaty should focus on recycling, and ... it could not accept binding targets": the explicit cue says it)
  if (WEAK_CUE.has(a) !== WEAK_CUE.has(b)) return WEAK_CUE.has(b);
  return claimRank(a) > claimRank(b);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading one sentence

export interface HolderCues { m: Mention; cues: Op[]; nested: boolean; pending: boolean; co?: Mention[]; until?: number; from?: number; relative?: boolean; restatedEnd?: number }

/** One shape for every holder group (optional fields always present keep property access monomorphic). */
function holder(m: Mention, cues: Op[], o: Partial<Omit<HolderCues, 'm' | 'cues'>> = {}): HolderCues {
  return { m, cues, nested: o.nested ?? false, pending: o.pending ?? false, co: o.co, until: o.until, from: o.from, relative: o.relative ?? false, restatedEnd: o.restatedEnd };
}

// (CLAUSE_BREAKS and SUBORDINATORS, in lexicon.ts, are read from each token's Word: tok.word.clauseBreak, .subordinator)

function readSentence(c: Compiled, toks: Tok[], S: SentInfo, articleScore: Map<string, number>, recent: Hit[], prevClaims: Claim[], si: number, explain: boolean): Claim[] {
  const claims: Claim[] = [];
  // Clauses: split at ';', contrastive conjunctions, and "and said" / ", saying" (a new statement by the same subject).
  // "Zelensky, speaking in Kyiv on Monday, rejected ...": a participle phrase set off by commas between a subject and
  // its verb is an aside, not a new clause (parentheticalParticiple)
  const bounds: number[] = [S.start];
  for (let i = S.start + 1; i < S.end; i++) {
    const low = toks[i].low;
    // (", but only if ...", ", but only where ...": the condition belongs to the clause before it)
    if (toks[i].text === ';' || (toks[i].word.clauseBreak && (toks[i - 1].text === ',' || low !== 'while') && !(low === 'but' && toks[i + 1]?.low === 'only'))) bounds.push(i);
    // (", saying ...", ", rejecting ..." start a clause; ", including X", ", starting with X" only elaborate the object)
    else if (toks[i - 1].text === ',' && toks[i].pos === 'VERB' && /ing$/.test(low) && !speechAt(S, i) && !ELABORATING.test(low)
      && !parentheticalParticiple(toks, S, i)) bounds.push(i);
    else if ((low === 'and' || toks[i - 1].text === ',') && speechAt(S, low === 'and' ? i + 1 : i)) bounds.push(i);
    else if (low === 'and' && (toks[i + 1]?.low === 'that' || toks[i + 1]?.pos === 'AUX' || (toks[i + 1]?.pos === 'VERB' && /(ed|s)$/.test(toks[i + 1].low))
      // ", and" starts a new clause, except in a list of bare verbs ("hand over X, drop Y, and provide Z")
      || (toks[i - 1].text === ',' && !(toks[i + 1]?.pos === 'VERB' && !/(ed|s|ing)$/.test(toks[i + 1].low))))) bounds.push(i);
  }
  bounds.push(S.end);
  const sentenceIf = S.ops.find((o) => o.kind === 'conn' && (o.start === S.start || (o.start === S.start + 1 && toks[S.start].word.quote)));
  const condZones = conditionZones(toks, S);
  S.condZones = condZones;
  const sentenceText = explain ? text(toks, S.start, S.end) : '';
  // "A week after Armenia and Azerbaijan said they had agreed the text, neither capital would say ...": a fronted clause
  // of time tells what came before; its subject holds no position in this story
  const before = frontedTimeClause(toks, S);

  let lastHolder: Mention | undefined;
  for (let b = 0; b + 1 < bounds.length; b++) {
    const cs = bounds[b];
    const ce = bounds[b + 1];
    // (plain loops, not filters: one clause of a one-clause sentence is all of it, and these run for every clause)
    const ops: Op[] = [];
    for (const o of S.ops) if (o.start >= cs && o.start < ce) ops.push(o);
    const mentions: Mention[] = [];
    for (const m of S.mentions) {
      if (m.start < cs || m.start >= ce || inZones(condZones, m.start) || (before !== undefined && m.start < before)) continue;
      mentions.push(m);
    }
    // (the clause's few mentions and cues are looked up by where they start with a scan, startingAt: cheaper than a map
    // built for every clause)
    const cues: Op[] = [];
    // (the restrictive connective itself opens the condition zone but is a cue of the clause before it)
    for (const o of ops) if (isCue(o) && (!inZones(condZones, o.start) || (o.kind === 'cond' && connAt(ops, o.start)))) cues.push(o);

    // Walk: the first mention before a cue holds it; later mentions are embedded subjects, except possessives of a
    // cue noun ("Johnson's demand"), which hold that cue themselves. A subordinate clause or another (untracked)
    // subject closes the current holder.
    const holders: HolderCues[] = [];
    const pending: Op[] = [];
    const consumed: number[] = []; // (cue starts already taken by a holder)
    let current: HolderCues | undefined;
    let afterPossessive = -1;
    let speakerOfClause: Mention | undefined;
    for (let i = cs; i < ce; i++) {
      const m = startingAt(mentions, i);
      if (m && i >= 2 && (toks[i - 1].low === 'from' || toks[i - 1].low === 'by' || (toks[i - 1].low === 'of' && receivedOf(toks, cs, i - 2)))
        && startingAt(cues, i - 2) !== undefined && !consumed.includes(i - 2)) {
        // the agent of a cue noun or passive: "no support from Ankara", "was rejected by the EU"
        const cue = startingAt(cues, i - 2)!;
        if (current && current.cues.includes(cue)) current.cues = current.cues.filter((x) => x !== cue);
        // ("requests from CN for arbitration" are CN's requests, like "CN's requests": the noun's stance alone)
        // (but "no support from CN" keeps its negation: read as before)
        // ("rejected calls from Sudland to scrap it": a plural cue right after a verb is a noun, whatever the tagger says)
        const nounCue = toks[cue.start].pos === 'NOUN' || (cue.end - cue.start === 1 && /s$/.test(toks[cue.start].low) && /^(VERB|ADJ|DET|NUM|ADV|ADP)$/.test(toks[cue.start - 1]?.pos ?? ''));
        const agentOfNoun = toks[i - 1].low !== 'by' && nounCue && !/^(no|little|scant|without|not)$/.test(toks[cue.start - 1]?.low ?? '');
        // "a journalist wanted by Turkey": a participle's object is the noun right before it
        // ("the tax was rejected by Sudland": a finite passive reads its subject with the participle itself; a reduced relative,
        // "a target proposed by Rwanda", only names the thing)
        const finitePassive = /^(is|was|are|were|been|be)$/.test(toks[cue.start - 1]?.low ?? '');
        // (its subject stands before the auxiliaries: "the tax has been backed by")
        let subjectEnd = cue.start;
        while (finitePassive && subjectEnd - 1 > cs && /^(AUX|ADV|PART)$/.test(toks[subjectEnd - 1].pos)) subjectEnd--;
        // ("the tax faces opposition from Sudland", "met fierce resistance from", "has the backing of": the clause's
        // subject is what the agent's stance is on)
        let v = cue.start - 1;
        while (v > cs && /^(ADJ|DET|ADV)$/.test(toks[v].pos)) v--;
        const received = agentOfNoun && RECEIVING_VERBS.test(toks[v]?.low ?? '');
        const agency = agentOfNoun ? (received ? { nested: true, from: cs } : { nested: true }) : /(ed|en|wn|ght|lt|ld|nt)$/.test(toks[cue.start].low)
          ? { pending: true, until: finitePassive ? cue.end : cue.start, from: Math.max(cs, subjectEnd - 3) } : { pending: true };
        holders.push(holder(m, [cue], agency));
        consumed.push(cue.start);
        i = m.end - 1;
        // ("requests from CN and CPKC", "was opposed by Sudland and Eastia": each agent's)
        const co = (agentOfNoun || finitePassive) && toks[m.end]?.low === 'and' ? startingAt(mentions, m.end + 1) : undefined;
        if (co) { holders.push(holder(co, [cue], agency)); i = co.end - 1; }
        continue;
      }
      // ("Norland, unlike Sudland, backed the tax": a name set against the holder holds nothing here)
      if (m && /^(unlike|contrary)$/.test(toks[m.start - 1]?.low ?? '')) { i = m.end - 1; continue; }
      if (m) {
        const after = m.possessive ? m.end + 1 : m.end;
        const cueNext = startingAt(cues, after) ?? (toks[after] && /^(own|latest|new|renewed|repeated|formal|public|firm|earlier|long-standing)$/.test(toks[after].low) ? startingAt(cues, after + 1) : undefined);
        // "the US demand to end enrichment" (a noun), not "the Kremlin demands that ..." (a verb)
        const modifierOfCue = !m.possessive && startingAt(cues, m.end) !== undefined && toks[m.end].pos === 'NOUN' && /^(the|a|an)$/.test(toks[m.start - 1]?.low ?? '')
          && /^(to|for|of|on|,|\.)$/.test(toks[startingAt(cues, m.end)!.end]?.low ?? '');
        if ((m.possessive || modifierOfCue) && cueNext) {
          holders.push(holder(m, [cueNext], { nested: true }));
          consumed.push(cueNext.start);
        } else if ((m.possessive && (hitStartsAt(S, after) || hitStartsAt(S, after + 1))) || (!m.possessive && hitStartsAt(S, m.end) && toks[m.start - 1]?.pos !== 'PUNCT' && m.start > cs)
          || (m.possessive && possessedThing(toks, ce, cues, mentions, after))) {
          // "Sweden's bid", "Sweden's full membership", "Turkey's concerns": the owner of a thing, not a holder
        } else if (b > 0 && lastHolder && lastHolder.actor !== m.actor && toks[cs].low === 'and' && toks[cs + 1]?.low === 'that' && m.start <= cs + 3 && !speechAt(S, m.end)) {
          // "X said ... and that Iran should ship its stockpile abroad": the subject of X's words, X holds them
          if (!current) { current = holder(lastHolder, [], { from: cs }); holders.push(current); }
        } else if (pending.length > 0 && !speechAt(S, m.end) && !speechAt(S, m.end + 1)) {
          // after an untracked subject's cue ("the union demanded that the government block ..."): embedded
        } else if (current && current.cues.length === 0 && current.m.actor === m.actor && !current.nested) {
          // "The DUP denied that it had dropped ...": the same holder, keep its start so its words count
          // (a list may go on from the name: "Aral said Norland and Sudland would ...")
          current.restatedEnd = m.end;
        } else if (current && current.cues.length === 0 && coordinatedAfter(toks, current, m.start)) {
          // "Helsinki and Stockholm agreed ...", "Scholz, Macron and Meloni urged ...": all hold what follows
          (current.co ??= []).push(m);
        } else if ((toks[m.start - 1]?.pos === 'VERB' && !speechAt(S, m.start - 1) && startingAt(cues, m.start - 1) === undefined
          // (with no holder yet, only when something else is the verb's subject: "nothing obliged the government to ...")
          && (current !== undefined || (m.start - 1 > cs && toks.slice(cs, m.start - 1).some((t) => /^(NOUN|PRON|PROPN)$/.test(t.pos) && !/^(that|it)$/.test(t.low)))))
          || (toks[m.start - 1]?.low === 'for' && !SPEAKER_NOUNS.has(toks[m.start - 2]?.low ?? ''))) {
          // the object of a verb ("invited Kristersson to talks") is not a new subject, nor one after "for" ("calls for
          // Kyiv to ..."), unless a speaker speaks for it ("a spokesman for CPKC urged ...")
        } else if (!current || current.cues.length === 0 || newSubjectAt(toks, cs, m.start)) {
          if (current && current.cues.length > 0) current.until = m.start;
          current = holder(m, [], m.others ? { co: coMentions(m, m.others) } : {});
          holders.push(current);
        }
        if (m.possessive) afterPossessive = after;
        i = m.end - 1;
        continue;
      }
      const t = toks[i];
      if (current && t.word.subordinator && current.cues.length > 0) {
        current.until = i; // "..., where lawmakers oppose the backstop": not this holder's words
        current = undefined;
      }
      if (current && current.cues.length === 0 && i !== afterPossessive) {
        const nx = toks[i + 1];
        // (the cheap test first: most tokens have no verb or cue after them, and then need no subject test)
        const beforeVerb = nx !== undefined && (nx.pos === 'VERB' || nx.pos === 'AUX' || startingAt(cues, i + 1) !== undefined);
        const pv = toks[i - 1];
        const objectOfPrep = pv && (pv.pos === 'ADP' || pv.low === 'the' && toks[i - 2]?.pos === 'ADP');
        const subjectLike = beforeVerb && !objectOfPrep && !insideHit(S, i) /* "said the Donbas was not negotiable" */ && !DAYS.has(t.text) && !MONTHS.has(t.text) && ((t.pos === 'NOUN' && /s$/.test(t.low) && !SPEAKER_NOUNS.has(t.low)) || (t.pos === 'PROPN' && isCap(t.text) && !TITLES.has(t.low)
          // ("Turkey's Foreign Ministry welcomed ...": the owner's own speaker, capitalised, is no new subject)
          && !(SPEAKER_NOUNS.has(t.low) && afterPossessive >= 0 && i - afterPossessive <= 3)));
        // "The EU and Mercosur concluded ...": a coordinated subject does not replace the holder
        if (t.word.subordinator || (subjectLike && !coordinatedAfter(toks, current, i) && othersOfItsKind(toks, mentions, i) === undefined)) {
          // "Zelensky said rich countries must ...": the speaker may yet prescribe what that subject must do
          if (!t.word.subordinator && speechWithin(S, current.m.end, i)) speakerOfClause = current.m;
          current = undefined;
        }
      }
      // "Biden, who for months had refused ..., endorsed the package": the relative clause is background; the main
      // verb after it is the holder's
      const relative = toks[i].text === ',' && /^(who|which)$/.test(toks[i + 1]?.low ?? '');
      if (current && relative && current.m.end === i) {
        const z = readRelativeClause(toks, ce, cues, holders, current.m, current.co, i);
        const main = holder(current.m, [], { from: z });
        holders.push(main);
        current = main;
        i = z;
        continue;
      }
      // "... talks with the European Parliament, which wants families kept out of border procedures": a relative
      // clause on any other tracked name (an object, the last of a list) is that actor's standing position
      // (or on "Saudi Arabia and other oil producers, which have opposed ...": the name and its kind)
      const relOf = relative ? mentionEndingAt(mentions, i) ?? othersOfItsKind(toks, mentions, i - 1) : undefined;
      if (relOf && relOf.kind !== 'carry' && !(current && current.m.end === i)) {
        // (the whole list it closes: "Poland and Hungary, which oppose the crisis rules")
        const list = listClosedBy(toks, mentions, current, relOf);
        i = readRelativeClause(toks, ce, cues, holders, relOf, list.length > 0 ? list : undefined, i) - 1;
        continue;
      }
      let cue = startingAt(cues, i);
      if (cue) {
        let k = i - 1;
        while (k > cs && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV' || toks[k].pos === 'PART') && i - k <= 3) k--;
        if (/^(that|which)$/.test(toks[k]?.low ?? '') && (toks[k - 1]?.pos === 'NOUN' || toks[k - 1]?.pos === 'PROPN') && startingAt(mentions, k - 1) === undefined
          && !(current && current.m.end === k - 1) && !(current && current.cues.length === 0 && amongKindOf(toks, current.m.end, k - 1))) cue = undefined;
      }
      if (cue && toks[cue.end]?.low === 'by' && /ed$/.test(toks[i].low) && startingAt(mentions, cue.end + 1) === undefined) cue = undefined;
      // "Aral was asked about the tax", "Norland was urged to back it": the holder of a passive stance verb is the one
      // acted on, and holds nothing in this clause ("was opposed to", "is committed to" say the holder's own mind)
      // (and so is one accused or told: "Norland was accused of blocking the tax")
      // (the participle test first: it is cheap and fails almost always)
      if (current && current.cues.length === 0 && passiveOf(toks, current.m.end, i) && (cue ?? startingAt(ops, i)) !== undefined) { current = undefined; continue; }
      if (cue && !consumed.includes(i)) {
        if (!current && speakerOfClause && modalWithin(toks, Math.max(cs, i - 2), i + 1)) { current = holder(speakerOfClause, [], { from: i }); holders.push(current); speakerOfClause = undefined; }
        if (current) current.cues.push(cue);
        else if (holders.length === 0) pending.push(cue);
      }
    }
    // Cues with no holder before them go to the sentence's reporter ("..., Erdogan said") or the clause's holder.
    // A clause that continues the previous one ("..., and insisted that ...") keeps its holder.
    const continues = b > 0 && (/^(and|but|,|;)$/.test(toks[cs].low) || (toks[cs - 1]?.text === ',' && !/ing$/.test(toks[cs].low)));
    const relPronoun = pending.length > 0 && /^(who|those|anyone|whoever|others|some)$/.test(toks[pending[0].start - 1]?.low ?? '');
    const untrackedSubject = relPronoun || pending.length > 0 && untrackedSubjectIn(toks, S, mentions, cues, cs, pending[0].start);
    // "China said rich countries had to honour their pledge": a tracked speaker's prescription for an untracked
    // subject is the speaker's own position
    const prescription = pending.length > 0 && S.reporter?.actor !== undefined && !S.reporter.third && S.reporter.start < pending[0].start
      && modalWithin(toks, Math.max(cs, pending[0].start - 2), pending[0].end);
    if (pending.length > 0 && (!untrackedSubject || prescription)) {
      const repM = S.reporter?.actor && !(before !== undefined && S.reporter.start >= 0 && S.reporter.start < before) ? (S.mentions.find((m) => m.start === S.reporter!.start) ?? mention(S.reporter.actor, S.reporter.start, S.reporter.end, S.reporter.actor, 'carry', false, false)) : undefined;
      // ("X said Greece had to ... and that there would be no relief": a new "that" clause of X's words is X's own)
      const newThatClause = toks[cs].low === 'and' && toks[cs + 1]?.low === 'that' && repM !== undefined && repM.start < cs && lastHolder !== undefined && lastHolder.actor !== repM.actor;
      // ("Berg backed the tax, rejecting any withdrawal": with no speaker, a participle clause is its subject's, when
      // the clause before opens with that subject: not "The court blocked the extradition wanted by Turkey, rejecting ...")
      const participle = !continues && b > 0 && toks[cs - 1]?.text === ',' && /ing$/.test(toks[cs].low) && pending[0].start === cs
        && lastHolder !== undefined && subjectOpens(toks, bounds[b - 1], lastHolder);
      const holderM = continues && lastHolder && !newThatClause ? lastHolder : repM ?? (participle ? lastHolder : undefined);
      if (holderM) holders.push(holder(holderM, pending, { pending: true }));
    }
    const main = holders.find((h) => !h.nested && h.cues.length > 0) ?? holders.find((h) => !h.nested && !h.pending);
    if (main) lastHolder = main.m;

    const firstHolder = holders.find((x) => !x.nested && !x.pending);
    for (const h of holders) {
      if (h.cues.length === 0) continue;
      const firstCue = h.cues[0];
      // a later subject in the clause ("..., a day after Ankara agreed to ...") reads only what follows it
      const zoneEnd = Math.min(ce, h.until ?? ce);
      const zone = h.nested ? [h.from ?? firstCue.start, zoneEnd] : h.from !== undefined ? [h.from, zoneEnd] : !h.pending && h !== firstHolder ? [h.m.start, zoneEnd] : [cs, zoneEnd];
      const from = h.pending ? cs : Math.min(h.m.end, firstCue.start);
      if (ops.some((o) => o.kind === 'skip' && o.start >= from - 1 && o.start <= firstCue.end + 6 && o.start >= zone[0])) continue;
      const issueHits = chooseIssues(c, S, h, zone[0], zone[1], articleScore, recent, claimsSoFar(prevClaims, claims), toks, cs);
      for (const hit of issueHits) {
        const claim = stanceFor(c, toks, S, ops, h, hit, zone, sentenceIf, si, sentenceText, explain, ce, issueHits);
        if (!claim) continue;
        // in "X, but Y" the second part is the point
        if (toks[cs].low === 'but') {
          // (never across the alert threshold: the bump ranks readings, it adds no evidence)
          if (claim.confidence >= 0.6) claim.confidence = Math.min(0.95, Math.round((claim.confidence + 0.05) * 100) / 100);
          RANK.set(claim, Math.min(0.95, claimRank(claim) + 0.05));
        }
        claims.push(claim);
      }
      for (const co of h.co ?? []) {
        if (co.actor === h.m.actor) continue;
        const hc = holder(co, h.cues, { co: [h.m], relative: h.relative, until: h.until, from: h.from });
        for (const hit of chooseIssues(c, S, hc, zone[0], zone[1], articleScore, recent, claimsSoFar(prevClaims, claims), toks, cs)) {
          const claim = stanceFor(c, toks, S, ops, { ...hc, m: { ...co, end: h.m.end } }, hit, zone, sentenceIf, si, sentenceText, explain, ce);
          if (claim) claims.push({ ...claim, actor: co.actor });
        }
      }
    }
  }
  // "X agreed to Y, but warned the deal would be void if Z": the warning makes the agreement conditional
  for (let b = 1; b + 1 < bounds.length; b++) {
    const cs = bounds[b];
    if (toks[cs].low !== 'but') continue;
    const warnsIf = S.ops.some((o) => o.kind === 'conn' && /^(if|unless)$/i.test(o.label) && o.start > cs && o.start < bounds[b + 1]);
    const refers = toks.slice(cs, bounds[b + 1]).some((t) => PROP_REFS.has(t.low));
    if (!warnsIf || !refers) continue;
    for (const cl of claims) if (cl.stance === 'support') cl.stance = 'conditional';
  }
  return claims;
}

/**
 * Whether an untracked subject opens the clause before its first cue: a noun or name in [cs, end), followed by a verb or
 * a cue, that is no tracked mention, nothing a tracked actor owns, not the issue itself, no document and no adverbial.
 */
function untrackedSubjectIn(toks: Tok[], S: SentInfo, mentions: Mention[], cues: Op[], cs: number, end: number): boolean {
  const stop = Math.min(end, toks.length);
  for (let i = cs; i < stop; i++) {
    const t = toks[i];
    const nx = toks[i + 1];
    // (a noun or name before a verb or cue first: most tokens are neither, and need none of the tests below)
    if (!((t.pos === 'NOUN' || t.pos === 'PROPN') && nx && (nx.pos === 'VERB' || nx.pos === 'AUX' || startingAt(cues, i + 1) !== undefined))) continue;
    const ownedBy = mentions.some((m) => m.possessive && (i === m.end + 1 || i === m.end + 2))
      || insideHit(S, i); // the issue itself as subject ("the backstop crossed ...")
    const document = /^(letter|statement|note|message|communique|document|memo|declaration|text)$/.test(t.low); // speaks for its author
    const adverbial = DAYS.has(t.text) || MONTHS.has(t.text) || toks[i - 1]?.pos === 'ADP'; // "on Thursday triggered"
    if (!ownedBy && !document && !adverbial && !mentions.some((m) => i >= m.start && i < m.end)) return true;
  }
  return false;
}

/** "Zelensky, speaking in Kyiv on Monday, rejected ...": the participle at `i` is an aside between a subject and its verb. */
function parentheticalParticiple(toks: Tok[], S: SentInfo, i: number): boolean {
  for (let k = i + 1; k < S.end && k <= i + 12; k++) {
    if (toks[k].text === ',') return /^(VERB|AUX)$/.test(toks[k + 1]?.pos ?? '') || /^(has|had|have|would|will|again|also|then|later|on)$/.test(toks[k + 1]?.low ?? '');
    if (/^[;.:]$/.test(toks[k].text)) return false;
  }
  return false;
}

function inZones(zones: [number, number][], i: number): boolean {
  for (const [a, z] of zones) if (i >= a && i < z) return true;
  return false;
}

/** A word that may continue a subject list: "and", a comma or a capitalised word (an untracked name). */
function listy(toks: Tok[], k: number): boolean {
  const t = toks[k];
  // ("Hungary, Italy, the Netherlands and Poland voted against": a name's article belongs to the list)
  if (t.low === 'the') return toks[k + 1] !== undefined && isCap(toks[k + 1].text) && toks[k + 1].pos === 'PROPN';
  return t.low === 'and' || t.text === ',' || (isCap(t.text) && /^(PROPN|ADJ|NOUN)$/.test(t.pos));
}

/** "Norland and other salt producers have opposed ...": the noun at `at` ends "and other ..." after a tracked name, the
 * name's own kind, no new subject: that name. */
function othersOfItsKind(toks: Tok[], mentions: Mention[], at: number): Mention | undefined {
  let k = at;
  while (k > 0 && at - k < 3 && (toks[k].pos === 'NOUN' || toks[k].pos === 'ADJ') && !/^(other|fellow)$/.test(toks[k].low)) k--;
  if (!/^(other|fellow)$/.test(toks[k]?.low ?? '') || toks[k - 1]?.low !== 'and') return undefined;
  return mentionEndingAt(mentions, k - 1);
}

/**
 * A subject list goes on at `at` when only "and", commas and capitalised words ("Italian Prime Minister Giorgia
 * Meloni", an untracked name) lie between the holder (or its last co-holder) and it.
 */
function coordinatedAfter(toks: Tok[], h: HolderCues, at: number): boolean {
  const from = Math.max(h.m.end, h.restatedEnd ?? 0, ...(h.co ?? []).map((x) => x.end));
  // ("Neither Norland nor Sudland would accept ...": both hold the negated predicate, whose "nor" the reading keeps)
  if (at === from + 1 && toks[from].low === 'nor' && toks[h.m.start - 1]?.low === 'neither') return true;
  if (at <= from || at - from > 14 || !/^(and|,)$/.test(toks[from].low)) return false;
  for (let k = from + 1; k < at; k++) if (!listy(toks, k)) return false;
  // (a comma alone is no list, "In a letter to Donald Tusk, May requested ...": an "and" must close it)
  let k = from;
  while (k < toks.length && k - from < 16 && listy(toks, k)) { if (toks[k].low === 'and') return true; k++; }
  return false;
}

/**
 * ", who/which ..." after a holder's name (at the comma `i`): the clause is that holder's standing position, held with
 * its co-holders but not attributed (pushed to `holders`); returns where the clause ends.
 */
function readRelativeClause(toks: Tok[], ce: number, cues: Op[], holders: HolderCues[], m: Mention, co: Mention[] | undefined, i: number): number {
  let z = i + 2;
  while (z < ce && toks[z].text !== ',') z++;
  const rel = holder(m, [], { until: z, relative: true, co });
  for (let k = i + 2; k < z; k++) { const q = startingAt(cues, k); if (q) rel.cues.push(q); }
  // "who had refused": a past position told as background is no claim; "which wants" is one, not attributed
  if (rel.cues.length > 0 && !toks.slice(i + 2, z).some((t) => t.low === 'had')) holders.push(rel);
  return z;
}

/** Whether mention `m` opens the clause starting at `cs`, past determiners and titles ("The Sudland leader Berg"): its subject. */
function subjectOpens(toks: Tok[], cs: number, m: Mention): boolean {
  if (m.start < cs || m.start - cs > 6) return false;
  for (let k = cs; k < m.start; k++) if (!/^(DET|ADJ|PROPN|NOUN)$/.test(toks[k].pos)) return false;
  return true;
}

/** After "before", "because", "then" ... a mention at `k` starts a new clause with its own subject. */
function newSubjectAt(toks: Tok[], cs: number, k: number): boolean {
  let j = k - 1;
  if (toks[j]?.low === 'the') j--;
  return j >= cs && /^(before|after|because|when|whenever|until|then|once|so|while|whereas|since)$/.test(toks[j].low);
}

function hitStartsAt(S: SentInfo, i: number): boolean {
  return S.hits.some((h) => h.start === i);
}

// (the clause walk calls these helpers rather than closures over its index, which V8 would have to keep in a
// heap-allocated context for every step of the walk)
/** The other actors of a resolved group mention, each as a mention of its own. */
function coMentions(m: Mention, others: string[]): Mention[] {
  const out: Mention[] = [];
  for (const a of others) out.push(mention(a, m.start, m.end, m.alias, m.kind, m.possessive, m.person ?? false, m.group));
  return out;
}

/**
 * Whether the noun at `noun` ends "was among (the) (six) governments" right after a holder ending at `holderEnd`:
 * the relative clause on that kind ("... that voted against the tax") says what the holder did.
 */
function amongKindOf(toks: Tok[], holderEnd: number, noun: number): boolean {
  let j = noun;
  while (j > holderEnd && noun - j <= 4 && /^(NOUN|ADJ|NUM|DET)$/.test(toks[j].pos)) j--;
  return /^(among|amongst)$/.test(toks[j]?.low ?? '') && j - 1 >= holderEnd && j - 1 <= holderEnd + 2 && /^(is|was|are|were|been)$/.test(toks[j - 1].low);
}

/** The list that a relative clause on `relOf` closes ("Poland and Hungary, which oppose ..."): its other members. */
function listClosedBy(toks: Tok[], mentions: Mention[], current: HolderCues | undefined, relOf: Mention): Mention[] {
  const list = current?.co?.some((x) => x.start === relOf.start) ? [current.m, ...current.co.filter((x) => x.start !== relOf.start)] : [];
  for (let k = relOf.start - 1, prev = mentions.find((x) => x.end === k); list.length === 0 && prev && /^(and|,)$/.test(toks[k].low); ) {
    list.push(prev);
    k = prev.start - 1;
    prev = mentions.find((x) => x.end === k);
  }
  return list;
}

/**
 * The claims of the last sentences, then this one's so far. (A helper, not a spread in readSentence: the empty list and
 * a list of claims are arrays of two kinds to V8, and seeing both at one spot of a large function makes V8 wait longer
 * before optimising all of it.)
 */
function claimsSoFar(prevClaims: Claim[], claims: Claim[]): Claim[] {
  return [...prevClaims, ...claims];
}

/** Whether a connective op starts at token i. */
function connAt(ops: Op[], i: number): boolean {
  for (const q of ops) if (q.kind === 'conn' && q.start === i) return true;
  return false;
}

/** Whether a seed verb gives up the thing of any issue it is a seed of (see givesUpThing). */
function termActGivesUp(c: Compiled, termAct: string): boolean {
  for (const id of c.termActs.get(termAct) ?? []) if (givesUpThing(c.issues.get(id), termAct)) return true;
  return false;
}

/** Whether one of the first n ops starts at token i. */
function opStartsAt(ops: Op[], n: number, i: number): boolean {
  for (let k = 0; k < n; k++) if (ops[k].start === i) return true;
  return false;
}

/** Whether token i lies inside an issue hit of the sentence. */
function insideHit(S: SentInfo, i: number): boolean {
  for (const x of S.hits) if (i >= x.start && i < x.end) return true;
  return false;
}

/** Whether a speech verb starts at token i (a scan of the sentence's few ops, not a set built for every sentence). */
function speechAt(S: SentInfo, i: number): boolean {
  for (const o of S.ops) if (o.kind === 'speech' && o.start === i) return true;
  return false;
}

/** Whether a speech verb starts in [from, to). */
function speechWithin(S: SentInfo, from: number, to: number): boolean {
  for (const o of S.ops) if (o.kind === 'speech' && o.start >= from && o.start < to) return true;
  return false;
}

/** The first non-possessive mention that ends at token i. */
function mentionEndingAt(mentions: Mention[], i: number): Mention | undefined {
  for (const x of mentions) if (x.end === i && !x.possessive) return x;
  return undefined;
}

/** A possessive followed by a plain noun (not a speaker like "government" or "foreign ministry"). */
function possessedThing(toks: Tok[], ce: number, cues: Op[], mentions: Mention[], k: number): boolean {
  for (let j = k; j < Math.min(ce, k + 3); j++) {
    const t = toks[j];
    if (SPEAKER_NOUNS.has(t.low) || startingAt(cues, j) !== undefined || startingAt(mentions, j) !== undefined) return false;
    if (t.pos === 'NOUN' && !isCap(t.text)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  }
  return false;
}

/** Token index just after a leading dateline ("LONDON, July 25 (Harbor Times) - "), or 0 when the text has none. */
function findDatelineEnd(toks: Tok[]): number {
  if (toks.length === 0 || !/^[A-Z][A-Z.'-]{2,}$/.test(toks[0].text)) return 0;
  for (let k = 1; k < Math.min(toks.length, 24); k++) {
    if (/^[.!?]$/.test(toks[k].text)) return 0;
    if (/^[-\u2013\u2014]+$/.test(toks[k].text) && toks[k].sp !== '') return k + 1;
  }
  return 0;
}

/**
 * Where a fronted clause of time ends ("After X rejected the plan, ...", "A week after X said ..., ..."): the index of
 * its comma, or undefined when the sentence opens otherwise (after its dateline, if any).
 */
function frontedTimeClause(toks: Tok[], S: SentInfo): number | undefined {
  let k = S.opening;
  let n = 0;
  while (k < S.end && n < 3 && !/^(after|since|before|when)$/.test(toks[k].low) && /^(DET|NUM|NOUN|ADJ|ADV)$/.test(toks[k].pos)) { k++; n++; }
  if (k >= S.end || !/^(after|since|before|when)$/.test(toks[k].low)) return undefined;
  for (let j = k + 1; j < Math.min(S.end, k + 30); j++) {
    if (toks[j].text !== ',') continue;
    // (a main clause must follow, subject then verb: not "After the meeting X said the levy must go, adding ...")
    const subject = /^(DET|PRON|PROPN|NOUN|ADJ|NUM)$/.test(toks[j + 1]?.pos ?? '');
    let verb = false;
    for (let v = j + 2; v < Math.min(S.end, j + 9) && !verb; v++) verb = toks[v].pos === 'VERB' || toks[v].pos === 'AUX';
    return subject && verb ? j : undefined;
  }
  return undefined;
}
