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
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { libraryHtmlToText } from '../feed/html-text.js';
import type { Claim, ClaimExplanation, Stance } from '../types.js';
import type { Actor, Issue, Watchlist } from '../watchlist.js';
import {
  ANTONYMS, WORD_FOLDS,
  CARRY_NOUNS, CARRY_REFS, DEFER_WORDS, DEMONYMS, GIVE_UP_WORDS, ISSUE_REFS, MONTH_CONTEXT, PHRASES, PLACE_PREPS,
  SPEAKER_NOUNS, STOP_WORDS, THIRD_PARTY, TITLES, WEAK_CUES, GENERIC_WORDS, type OpKind,
} from './lexicon.js';

export interface Article { title?: string; text: string; published?: string }
export interface StanceReader { analyze(article: Article, options?: { explain?: boolean }): Claim[] }

type Nlp = ReturnType<typeof winkNLP>;
let nlpSingleton: Nlp | undefined;
/** The wink model is pure in-memory data; load it once per process, on first use. */
function nlp(): Nlp {
  nlpSingleton ??= winkNLP(model);
  return nlpSingleton;
}

interface Tok { text: string; low: string; pos: string; sp: string; alias?: AliasPattern | null; aliasEnd?: number; st?: string }
interface Mention {
  actor: string;
  start: number;
  end: number; // exclusive, not counting a possessive 's
  alias: string;
  kind: 'alias' | 'demonym' | 'carry';
  possessive: boolean;
  /** A person (a name, or a demonym with a title) rather than a country or institution. */
  person?: boolean;
}
interface Op { kind: OpKind; start: number; end: number; label: string; weak?: boolean; act?: string; nameAct?: string }
interface Hit { issue: string; start: number; end: number; phrase: string; weight: number; spec?: number; ref: 'none' | 'prop' | 'thing'; anchor: boolean; nameWord: boolean; refSign?: number; derived?: boolean }
interface Reporter { actor?: string; third: boolean; start: number; end: number }

interface AliasPattern { actor: string; toks: string[]; low: string[]; exact: boolean; single: boolean; alias: string }
interface TermPattern { issue: string; stems: string[]; weight: number; term: string; nameWord: boolean; anchor: boolean; spec: number; gap?: boolean; derived?: boolean }
interface IssueInfo { nameStems: Set<string>; opposites: Set<string>; thingWords?: Set<string>; issue: Issue; giveUp: boolean; affirm: string[][]; deny: string[][]; subjects: Set<string>; recipient?: string; deferral?: boolean; nameVerbs: Set<string>; subjectWords?: Set<string> }

const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December']);
const DAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const CLAUSE_BREAKS = new Set(['but', 'while', 'whereas', 'although', 'though', 'however', 'meanwhile']);
const QUOTES = new Set(['"', '“', '”', '«', '»']);
const PROP_REFS = new Set(['it', 'deal', 'plan', 'proposal', 'proposals', 'demand', 'demands', 'idea', 'agreement',
  'decision', 'approval', 'vote', 'announcement', 'pact', 'legislation', 'law', 'motion', 'amendment',
  'request', 'offer', 'terms', 'conditions', 'move', 'step', 'measure', 'bill', 'text', 'package', 'treaty', 'accord',
  'this', 'that', 'them', 'those', 'these', 'arrangement', 'framework', 'scheme', 'change', 'concession', 'compromise', 'programme', 'program', 'regulation']);
const OWNED_REFS = new Set(['demand', 'demands', 'decision', 'proposal', 'proposals', 'offer', 'request', 'move', 'call',
  'calls', 'position', 'stance', 'plan', 'idea', 'announcement', 'approval', 'step', 'vote']);
const FACTION_NOUNS = new Set(['lawmaker', 'mp', 'member', 'senator', 'councillor', 'activist', 'candidate', 'rebel',
  'backbencher', 'politician', 'peer', 'lawmakers', 'mps', 'backbenchers', 'rebels', 'members', 'activists', 'voters',
  'supporters', 'delegates', 'senators', 'legislators', 'hardliners', 'dissidents', 'factions', 'faction', 'wing',
  'councillors', 'deputies', 'figures', 'politicians', 'critics', 'opponents', 'farmers', 'citizens', 'companies',
  'firms', 'businesses', 'exporters', 'producers', 'media', 'press', 'newspaper', 'courts', 'court', 'troops', 'forces']);
const PLURAL_REFS = new Set(['demands', 'proposals', 'terms', 'conditions', 'them', 'those', 'these']);

/** Light stemmer: enough to match inflections of seed terms ("ratified" ~ "ratify", "bids" ~ "bid"). */
const stemCache = new Map<string, string>();
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const out = stemUncached(word);
  if (stemCache.size > 50_000) stemCache.clear(); // bounded: a long-running Lambda sees an open vocabulary
  stemCache.set(word, out);
  return out;
}

function stemUncached(word: string): string {
  const low = word.toLowerCase().replace(/[’']s$/, '').replace(/’/g, "'");
  const folded = WORD_FOLDS[low];
  if (folded !== undefined) return folded;
  const st = suffixStem(low);
  return WORD_FOLDS[st] ?? st;
}

function suffixStem(low: string): string {
  let w = low;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ied') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4 && /[^aeiou]es$/.test(w) && !/(ces|ges|ves|tes|ses|zes|ues|les|nes|res)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1).replace(/e$/, '');
  // undo doubling (dropped -> drop) and trailing e (cedes/ceded -> ced)
  if (/([bdgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w.replace(/e$/, '');
}

function isCap(s: string): boolean { return /^[A-Z]/.test(s); }

/** Tokens get every field up front so they keep one shape (the lazily filled caches would otherwise deopt). */
function tok(text: string, pos: string, sp: string): Tok {
  return { text, low: text.toLowerCase(), pos, sp, alias: undefined, aliasEnd: -1, st: undefined };
}

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
// Compilation of the watchlist

interface Compiled {
  aliasIndex: Map<string, AliasPattern[]>;
  demonyms: Map<string, string>; // exact demonym -> actor
  termIndex: Map<string, TermPattern[]>; // first stem -> patterns
  issues: Map<string, IssueInfo>;
  fullNameLast: Map<string, Set<string>>; // last token of a multi-token person alias -> first tokens
  actStems: Set<string>; // verbs of the issues' names ("trigger", "restore"): doing them supports the issue
  nameActs: Map<string, Set<string>>; // verbs of the issues' names -> the issues that name them
  termActs: Map<string, Set<string>>; // of which, one-word seed terms used as verbs ("close", "revive") -> their issues: weak cues for those issues only
  issueWords: Map<string, Set<string>>; // stems of each issue's seed terms
  passiveIndex: Map<string, TermPattern[]>; // verb-object seeds by their object, for the passive
  reverseIndex: Map<string, TermPattern[]>; // noun-noun seeds by their head, for the verb form ("transfer technology")
}

function tokenize(text: string): string[] {
  return nlp().readDoc(text).tokens().out();
}

function compile(w: Watchlist): Compiled {
  const aliasIndex = new Map<string, AliasPattern[]>();
  const demonyms = new Map<string, string>();
  const fullNameLast = new Map<string, Set<string>>();
  const add = (actor: Actor, alias: string): void => {
    const toks = tokenize(alias);
    if (toks.length === 0) return;
    const low = toks.map((t) => t.toLowerCase());
    const pat: AliasPattern = { actor: actor.id, toks, low, exact: /[A-Z]/.test(alias), single: toks.length === 1, alias };
    const list = aliasIndex.get(low[0]) ?? [];
    if (!list.some((p) => p.low.join(' ') === low.join(' ') && p.actor === actor.id)) list.push(pat);
    aliasIndex.set(low[0], list);
    if (toks.length >= 2 && toks.every(isCap)) {
      const set = fullNameLast.get(toks[toks.length - 1]) ?? new Set<string>();
      set.add(toks[toks.length - 2]);
      fullNameLast.set(toks[toks.length - 1], set);
    }
  };
  for (const actor of w.actors) {
    const cleanName = actor.name.replace(/\(.*?\)/g, '').trim();
    const names = [...actor.aliases];
    if (cleanName && !/\band\b/.test(cleanName) && cleanName.split(/\s+/).length <= 4) names.push(cleanName);
    for (const a of names) add(actor, a);
    const extra = Array.isArray(actor.demonyms) ? (actor.demonyms as unknown[]).map(String) : [];
    const dem = new Set<string>(extra);
    for (const n of names) for (const d of DEMONYMS[n.toLowerCase()] ?? []) dem.add(d);
    for (const d of dem) if (!demonyms.has(d)) demonyms.set(d, actor.id);
  }
  for (const list of aliasIndex.values()) list.sort((a, b) => b.low.length - a.low.length);

  // Issue terms: seeds (weight 1) and the name's content words (weight 0.5), each divided by how many issues share it.
  const raw: { issue: string; stems: string[]; term: string; nameWord: boolean; base: number; gap?: boolean; subject?: boolean; derived?: boolean }[] = [];
  const issues = new Map<string, IssueInfo>();
  const actStems = new Set<string>();
  const issueWords = new Map<string, Set<string>>();
  const termActs = new Map<string, Set<string>>();
  const nameActs = new Map<string, Set<string>>();
  const pre: Compiled = { aliasIndex, demonyms, termIndex: new Map(), issues, fullNameLast, actStems, nameActs, termActs, issueWords, passiveIndex: new Map(), reverseIndex: new Map() };
  const unitsOf = (text: string): { u: Unit[]; toks: Tok[] } => {
    const d = nlp().readDoc(text);
    const words = d.tokens().out();
    const pos = d.tokens().out(nlp().its.pos) as string[];
    const tk: Tok[] = words.map((t, i) => tok(t, pos[i], ' '));
    return { u: units(pre, tk, 0, tk.length), toks: tk };
  };
  // every issue's words (name, description, terms), stemmed once: a word another issue also uses names neither
  const vocabulary = new Map(w.issues.map((o) => [o.id, new Set([o.name, o.description ?? '', ...o.terms].flatMap((t) => tokenize(t).map((x) => stem(x.toLowerCase()))))]));
  for (const issue of w.issues) {
    const nameToks = tokenize(issue.name);
    const nameUnits = unitsOf(issue.name);
    // A give-up verb in the name ("abandons", "hands over", "withdraws from") makes the proposition a giving-up.
    // The name's main (first) verb decides: "Iran stops enriching", but not "Congress raises or suspends the limit".
    const nt = nameUnits.toks;
    // The main verb follows the subject actor ("The E3 trigger ...", "Ukraine formally abandons ..."); part-of-speech
    // tags are unreliable on headline-style names, so take the word after the subject (skipping adverbs).
    const subjUnit = nameUnits.u.find((x) => x.s.startsWith('@'));
    let firstVerb = -1;
    if (subjUnit && subjUnit.start <= 2) {
      let k = subjUnit.end;
      // a coordinated subject ("Poland and Hungary drop ..."): the verb comes after the last actor
      while (k + 1 < nt.length && /^(and|or|,)$/.test(nt[k].low) && nameUnits.u.some((x) => x.start === k + 1 && x.s.startsWith('@'))) {
        k = nameUnits.u.find((x) => x.start === k + 1)!.end;
      }
      while (k < nt.length && /ly$/.test(nt[k].low)) k++;
      if (k < nt.length && /^[a-z]/.test(nt[k].text)) { firstVerb = k; nt[k].pos = 'VERB'; }
    }
    // a participle modifying the subject noun ("Developing countries give up ...") is not the main verb
    if (firstVerb < 0) firstVerb = nt.findIndex((t, k) => t.pos === 'VERB' && !(/(ing|ed)$/.test(t.low) && /^(NOUN|PROPN)$/.test(nt[k + 1]?.pos ?? '')));
    const nameOps = findOps(nt, 0, nt.length).filter((o) => o.kind === 'giveup' && GIVE_UP_WORDS.has(nt[o.start].low)
      && (firstVerb < 0 || o.start <= firstVerb));
    // an actor deferring its own act ("Ethiopia delays the filling until a deal") gives the act up for now; a passive
    // ("Brexit is delayed by ...") names the delay itself
    const deferral = subjUnit !== undefined && subjUnit.start <= 2 && firstVerb === subjUnit.end + [...nt.slice(subjUnit.end)].findIndex((t) => !/ly$/.test(t.low))
      && DEFER_WORDS.has(nt[firstVerb].low);
    // A give-up in a purpose clause after the main verb ("China changes its laws to end forced technology transfer"):
    // the words after it are the thing given up; the rest ("its laws", "the foreign investment law") reads as named.
    const purposeOp = nameOps.length === 0 && !deferral && firstVerb >= 0
      ? findOps(nt, 0, nt.length).find((o) => o.kind === 'giveup' && o.start > firstVerb && nt[o.start - 1]?.low === 'to' && GIVE_UP_WORDS.has(nt[o.start].low))
      : undefined;
    const thingWords = purposeOp && typeof issue.polarity !== 'string'
      ? new Set(nameUnits.u.filter((x) => x.start >= purposeOp.end && !x.s.startsWith('@') && !STOP_WORDS.has(x.s)).map((x) => x.s)) : undefined;
    const giveUp = typeof issue.polarity === 'string' ? issue.polarity === 'give-up' : nameOps.length > 0 || deferral || thingWords !== undefined;
    // The name's own verbs are acts that support it when an actor does them ("triggered the snapback").
    // (in a deferral, "delays the first filling", the act deferred is no act for the proposition)
    for (const t of deferral ? [nt[firstVerb]] : nt) {
      if (t.pos !== 'VERB' || PHRASES.has(t.low) || LIGHT_VERBS.test(t.low)) continue;
      actStems.add(stem(t.low));
      (nameActs.get(stem(t.low)) ?? nameActs.set(stem(t.low), new Set()).get(stem(t.low))!).add(issue.id);
    }
    // The side that receives what is given up ("cedes ... to Russia") wants the thing itself.
    let recipient = typeof issue.recipient === 'string' ? issue.recipient : undefined;
    if (giveUp && !recipient) {
      for (const text of [issue.name, issue.description ?? '']) {
        const u = unitsOf(text);
        const g = findOps(u.toks, 0, u.toks.length).find((o) => o.kind === 'giveup');
        if (!g) continue;
        const to = u.toks.findIndex((t, k) => k >= g.end && t.low === 'to');
        const actorUnit = to >= 0 ? u.u.find((x) => x.start > to && x.start <= to + 2 && x.s.startsWith('@')) : undefined;
        if (actorUnit) { recipient = actorUnit.s.slice(1); break; }
      }
    }
    const phraseList = (key: string): string[][] => Array.isArray(issue[key])
      ? (issue[key] as unknown[]).map((s) => tokenize(String(s)).map(stem)) : [];
    // The actors named in the proposition ("Sweden becomes a member of NATO") tie an issue to its story.
    const subjects = new Set<string>();
    const firstActor = nameUnits.u.find((x) => x.s.startsWith('@'));
    if (firstActor) subjects.add(firstActor.s.slice(1));
    const nameVerbs = new Set(nt.filter((t) => t.pos === 'VERB').map((t) => stem(t.low)));
    // In a give-up name, the words before the give-up verb are who gives up ("Developing countries give up ..."),
    // not the thing given up: a mention of them is read as named.
    const subjectWords = new Set<string>();
    if (giveUp && nameOps.length > 0) for (const un of nameUnits.u) if (un.end <= nameOps[0].start && !un.s.startsWith('@')) subjectWords.add(un.s);
    // A term saying the thing is gone ("same footing", "treated alike", "equal treatment") states the proposition itself.
    const affirm = phraseList('affirm');
    // (not for a deferral: doing the act "without a deal" is the opposite of delaying it)
    if (giveUp && !deferral && !Array.isArray(issue.affirm)) {
      for (const term of issue.terms) {
        if (/\b(same|alike|equal|equally|identical|uniform|without|no)\b/i.test(term)) affirm.push(tokenize(term).map(stem));
      }
    }
    const nameStems = new Set(nameToks.map((x) => stem(x.toLowerCase())));
    issues.set(issue.id, { nameStems, opposites: new Set([...nameStems].flatMap((x) => ANTONYMS[x] ?? [])), issue, giveUp, affirm, deny: phraseList('deny'), subjects, recipient, deferral: deferral && typeof issue.polarity !== 'string', nameVerbs, subjectWords, thingWords });
    const seen = new Set<string>();
    for (const term of issue.terms) {
      // A term that is only an actor's name ("Sweden") matches that word, not every alias of the actor.
      const tu = unitsOf(term);
      const stems = (tu.u.length === 1 && tu.u[0].s.startsWith('@') ? tu.toks.map((t) => stem(t.low)) : tu.u.map((x) => x.s)).filter((s) => s !== '');
      const key = stems.join(' ');
      // a term made only of function words or modals ("shall", "should") names no issue: it would match any sentence
      if (tu.toks.length > 0 && tu.toks.every((t) => STOP_WORDS.has(t.low) || !/[a-z0-9]/i.test(t.low))) continue;
      if (stems.length === 0 || seen.has(key)) continue;
      seen.add(key);
      raw.push({ issue: issue.id, stems, term, nameWord: false, base: 1, gap: stems.length >= 3 && tu.toks[0]?.pos !== 'VERB' && !PHRASES.has(tu.toks[0]?.low ?? '') && !nameVerbs.has(stems[0]) && !actStems.has(stems[0])
        && !/^(to|into|up|off|out|on|back|away|down)$/.test(tu.toks[1]?.low ?? '') });
      for (const st of stems) (issueWords.get(issue.id) ?? issueWords.set(issue.id, new Set()).get(issue.id)!).add(st);
      // a one-word seed that names the act ("close", "revive"): doing it, used as a verb, is the act itself
      if (stems.length === 1 && /^[a-z]+$/.test(term) && !PHRASES.has(term) && !GIVE_UP_WORDS.has(term) && tu.toks[0]?.pos === 'VERB' && (!actStems.has(stems[0]) || termActs.has(stems[0]))) {
        actStems.add(stems[0]);
        (termActs.get(stems[0]) ?? termActs.set(stems[0], new Set()).get(stems[0])!).add(issue.id);
      }
    }
    // The head noun of the name's object ("lifts its tariffs", "drops its restrictions") names what the issue is about:
    // a seed on its own, as weak as a single lower-case term, unless another issue shares the word.
    if (firstVerb >= 0) {
      let k = firstVerb + 1;
      while (k < nt.length && /^(DET|PRON|ADJ|NUM|ADV)$/.test(nt[k].pos) && !isCap(nt[k].text)) k++;
      let head = -1;
      while (k < nt.length && (nt[k].pos === 'NOUN' || (nt[k].pos === 'PROPN' && !nameUnits.u.some((x) => x.start === k && x.s.startsWith('@'))))) { if (nt[k].pos === 'NOUN') head = k; k++; }
      const hs = head >= 0 ? stem(nt[head].low) : '';
      if (head >= 0 && !STOP_WORDS.has(nt[head].low) && !GENERIC_STEMS.has(hs) && !PHRASES.has(nt[head].low) && !PROP_REFS.has(nt[head].low)
        && !w.issues.some((o) => o.id !== issue.id && vocabulary.get(o.id)!.has(hs))
        && !seen.has(hs)) {
        seen.add(hs);
        raw.push({ issue: issue.id, stems: [hs], term: nt[head].text, nameWord: false, base: 0.5, derived: true });
      }
    }
    // Noun compounds of the name and description ("euro zone", "rescue loan", "export ban") are seeds too, a little
    // weaker than the listed terms: the user described the issue in those words.
    for (const text of [issue.name, issue.description ?? '']) {
      const { u, toks: dt } = unitsOf(text);
      for (let k = 0; k + 1 < u.length; k++) {
        const a = u[k];
        const b = u[k + 1];
        if (a.s.startsWith('@') || b.s.startsWith('@') || a.end !== b.start || a.end - a.start !== 1 || b.end - b.start !== 1) continue;
        const ta = dt[a.start];
        const tb = dt[b.start];
        if (!/^(NOUN|PROPN|ADJ)$/.test(ta.pos) || tb.pos !== 'NOUN') continue;
        if ([ta, tb].some((t) => STOP_WORDS.has(t.low) || PHRASES.has(t.low) || GIVE_UP_WORDS.has(t.low) || !/^[a-z]/i.test(t.low))) continue;
        if (GENERIC_STEMS.has(a.s) && GENERIC_STEMS.has(b.s)) continue;
        // an adjunct sets the scene, it does not name the proposition: "a veto over the migration pact", "in emergencies"
        let q = a.start - 1;
        while (q >= 0 && /^(DET|ADJ|NUM|PRON)$/.test(dt[q].pos)) q--;
        if (q >= 0 && /^(over|in|on|under|within|at|during|after|before|across|inside|between|among)$/.test(dt[q].low)) continue;
        const stems = [a.s, b.s];
        const key = stems.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        raw.push({ issue: issue.id, stems, term: `${ta.text} ${tb.text}`, nameWord: false, base: 0.6, derived: true });
      }
    }
    for (const un of nameUnits.u) {
      const t = nameUnits.toks.slice(un.start, un.end).map((x) => x.text).join(' ');
      const low = t.toLowerCase();
      const isActor = un.s.startsWith('@');
      if (!isActor && (STOP_WORDS.has(low) || GIVE_UP_WORDS.has(low) || !/^[a-z0-9]/i.test(low))) continue;
      if (!isActor && PHRASES.has(low) && !isCap(t)) continue; // stance words in a name are not topic words
      if (seen.has(un.s)) continue;
      seen.add(un.s);
      raw.push({ issue: issue.id, stems: [un.s], term: t, nameWord: true, base: isActor ? 0.25 : 0.5, subject: subjectWords.has(un.s) });
    }
  }
  // A seed that is also a word of some actor's alias ("alliances" vs "the alliance") is weak evidence.
  const aliasWordStems = new Set<string>();
  for (const list of aliasIndex.values()) for (const p of list) for (const l of p.low) if (!STOP_WORDS.has(l)) aliasWordStems.add(stem(l));
  for (const r of raw) if (!r.nameWord && r.stems.length === 1 && aliasWordStems.has(r.stems[0]) && !r.stems[0].startsWith('@') && !isCap(r.term)) r.base = 0.3;
  const share = new Map<string, number>();
  for (const r of raw) share.set(r.stems.join(' '), (share.get(r.stems.join(' ')) ?? 0) + 1);
  // Specificity of a term, for confidence (not for choosing the issue): an IDF-like weight over the watchlist.
  // A phrase of two or more content words, a proper noun, an acronym or a figure names the issue; a single
  // lower-case word is ordinary English that also turns up in unrelated sentences, and a generic negotiation word
  // ("deal", "meeting", "guarantees") or a word found in several issues' names, descriptions or terms says little.
  const issueText = new Map<string, Set<string>>();
  for (const issue of w.issues) {
    const bag = new Set<string>();
    // (a description's prose mentions neighbouring ideas, "swaps or a write-off": only names and terms count here)
    for (const t of [issue.name, ...issue.terms]) for (const x of tokenize(t)) bag.add(stem(x.toLowerCase()));
    issueText.set(issue.id, bag);
  }
  const specOf = (r: { stems: string[]; term: string; nameWord: boolean; derived?: boolean }): number => {
    // a compound taken from the name or description: the user's words, but not a phrase they chose as a seed
    if (r.derived === true) return 0.6 * specOf({ ...r, derived: false });
    const words = r.term.split(/\s+/).filter((x) => !STOP_WORDS.has(x.toLowerCase()));
    // a name word: low, a little higher for a proper noun or acronym that is no actor's name ("Mercosur")
    if (r.nameWord) return r.stems[0].startsWith('@') || !isCap(r.term) ? 0.2 : 0.5;
    const content = r.stems.filter((x) => !STOP_WORDS.has(x));
    const specific = content.filter((x) => !GENERIC_STEMS.has(x));
    let s: number;
    if (words.length >= 2 && content.length >= 2 && specific.length >= 1) s = 1;
    else if (words.length >= 2 && content.length >= 2) s = 0.6; // "trade agreement", "final text": a phrase, but of ordinary words
    else if (content[0]?.startsWith('@')) s = 0.5; // a seed that is only an actor's name ("Finland")
    else if (words.length === 1 && (/[A-Z].*[A-Z]|\d/.test(words[0]) || isCap(words[0]))) s = 1;
    else if (specific.length >= 1) s = 0.4;
    else s = 0.2;
    let df = 0;
    for (const bag of issueText.values()) if (content.length > 0 && content.every((x) => bag.has(x))) df++;
    return df > 1 ? s / Math.min(df, 3) : s;
  };
  const termIndex = new Map<string, TermPattern[]>();
  for (const r of raw) {
    // An actor's name inside an issue's name ("Ukraine hands over ...") scores but does not anchor the issue.
    // Nor do the words naming who gives something up ("Developing countries give up ...").
    const anchor = !(r.nameWord && (r.stems[0].startsWith('@') || r.subject === true));
    const pat: TermPattern = { issue: r.issue, stems: r.stems, weight: r.base / (share.get(r.stems.join(' ')) ?? 1), term: r.term, nameWord: r.nameWord, anchor, spec: specOf(r), gap: r.gap, derived: r.derived };
    const list = termIndex.get(r.stems[0]) ?? [];
    list.push(pat);
    termIndex.set(r.stems[0], list);
  }
  for (const list of termIndex.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  pre.termIndex = termIndex;
  for (const list of termIndex.values()) {
    for (const p of list) {
      if (p.nameWord || p.gap === true || p.stems.length !== 2 || p.stems.some((x) => x.startsWith('@'))) continue;
      if (verbLike(p.stems[0])) (pre.passiveIndex.get(p.stems[1]) ?? pre.passiveIndex.set(p.stems[1], []).get(p.stems[1])!).push(p);
      else if (p.derived !== true) (pre.reverseIndex.get(p.stems[1]) ?? pre.reverseIndex.set(p.stems[1], []).get(p.stems[1])!).push(p);
    }
  }
  return pre;
}

// ---------------------------------------------------------------------------------------------------------------
// Per-article analysis

interface SentInfo {
  start: number;
  end: number;
  mentions: Mention[];
  ops: Op[];
  hits: Hit[];
  reporter?: Reporter;
  question: boolean;
  condZones?: [number, number][];
}

function analyzeArticle(c: Compiled, article: Article, explain: boolean): Claim[] {
  const body = (article.text ?? '').replace(/[’]/g, "'").replace(/[“”]/g, '"');
  const doc = nlp().readDoc(body);
  const its = nlp().its;
  const tokens = doc.tokens();
  const words = tokens.out();
  const pos = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  // "... include 1.5C." comes out as "1.5" + "C.": the unit keeps its letter, the full stop ends the sentence
  const toks: Tok[] = words.map((t, i) => tok(i > 0 && spaces[i] === '' && /^[A-Za-z%]{1,2}\.$/.test(t) && /\d$/.test(words[i - 1]) ? t.slice(0, -1) : t, pos[i], spaces[i]));

  // Article-level issue salience (title included) breaks ties between issues that share terms.
  const articleScore = new Map<string, number>();
  // The title only feeds salience, so a plain split is enough (and saves a second wink document per article).
  const titleToks: Tok[] = [];
  for (const t of (article.title ?? '').replace(/[’]/g, "'").match(TITLE_TOKEN) ?? []) {
    titleToks.push(tok(t, WORDISH.test(t) ? 'X' : 'PUNCT', ' '));
  }
  for (const h of findHits(c, titleToks, 0, titleToks.length)) articleScore.set(h.issue, (articleScore.get(h.issue) ?? 0) + 2 * h.weight);

  const sents: SentInfo[] = spans.map(([s, e]) => {
    const end = e + 1;
    // "a draft prepared with the help of ...": a participle after a noun is no readiness ("is prepared to")
    const ops = findOps(toks, s, end).filter((o) => !(o.kind === 'cond' && /^prepared$/i.test(o.label) && !/^(to|for)$/.test(toks[o.end]?.low ?? '')
      && !/^(is|are|was|were|be|been|being|am|'s|'re|remain|remains|remained|seemed|seems|appeared|appears|now|also|still|fully|not|n't)$/.test(toks[o.start - 1]?.low ?? '')));
    if (c.actStems.size > 0) {
      const taken = new Set(ops.map((o) => o.start));
      let added = false;
      for (let i = s; i < end; i++) {
        const tk = toks[i];
        if (tk.pos !== 'VERB' || taken.has(i) || !c.actStems.has((tk.st ??= stem(tk.low)))) continue;
        // "talks on reviving the deal", "the chances of reviving it": a gerund after a preposition names the act
        if (/ing$/.test(tk.low) && i > s && /^(ADP|DET)$/.test(toks[i - 1].pos)) continue;
        ops.push({ kind: 'sup', start: i, end: i + 1, label: tk.text, weak: c.termActs.has(tk.st), act: c.termActs.has(tk.st) ? tk.st : undefined, nameAct: tk.st });
        added = true;
      }
      if (added) ops.sort((a, b) => a.start - b.start);
    }
    const hits = findHits(c, toks, s, end);
    for (const h of hits) articleScore.set(h.issue, (articleScore.get(h.issue) ?? 0) + h.weight);
    let last = end - 1;
    while (last > s && QUOTES.has(toks[last].text)) last--;
    const mentions = findMentions(c, toks, s, end, ops);
    for (const [id, info] of c.issues) if (mentions.some((m) => info.subjects.has(m.actor))) articleScore.set(id, (articleScore.get(id) ?? 0) + 0.25);
    for (const m of mentions) if (m.actor) articleScore.set('@' + m.actor, 1); // actors present anywhere in the story
    return { start: s, end, mentions, ops, hits, question: toks[last]?.text === '?' };
  });

  const best = new Map<string, Claim>();
  let lastActor: string | undefined;
  let lastReporter: string | undefined;
  let lastPerson: string | undefined;
  let recentIssues: { hits: Hit[]; age: number } | undefined;
  let recentClaims: { claims: Claim[]; age: number } | undefined;
  let inQuote = false;
  for (let si = 0; si < sents.length; si++) {
    const S = sents[si];
    // Resolve carried references: nearest actor before in the sentence, else the previous sentence's actor.
    const quoteOpen = inQuote;
    const preReporter = findReporter(toks, S.mentions.some((m) => m.kind === 'carry') ? { ...S, mentions: S.mentions.filter((m) => m.kind !== 'carry') } : S);
    for (const m of S.mentions) {
      if (m.kind !== 'carry') continue;
      const low = toks[m.start].low;
      const title = low === 'the';
      // "his party" etc. resolve like pronouns (title stays false)
      const personal = low === 'he' || low === 'she';
      const first = low === 'we' || low === 'i' || title ? undefined
        : [...S.mentions].reverse().find((o) => o.kind !== 'carry' && o.end <= m.start && o.actor !== '' && !o.possessive && (!personal || o.person));
      m.actor = first?.actor ?? (title ? (preReporter?.actor ?? lastActor) : undefined) ?? preReporter?.actor
        ?? ((low === 'we' || low === 'i') ? (lastReporter ?? lastActor) : personal ? (lastPerson ?? lastActor) : lastActor) ?? '';
    }
    S.reporter = S.mentions.some((m) => m.kind === 'carry') ? findReporter(toks, { ...S, mentions: S.mentions.filter((m) => m.actor !== '') }) : preReporter;
    for (const m of S.mentions) {
      // "The government's policy was to leave the customs union, May said."
      if (m.kind === 'carry' && m.actor === '' && S.reporter?.actor && S.reporter.start > m.start) m.actor = S.reporter.actor;
    }
    S.mentions = S.mentions.filter((m) => m.actor !== '');
    if ((S.reporter?.actor === undefined) && quoteOpen && lastReporter) S.reporter = { actor: lastReporter, third: false, start: -1, end: -1 };
    for (const m of S.mentions) {
      const low = toks[m.start].low;
      if (m.kind === 'carry' && (low === 'we' || low === 'i') && S.reporter?.actor) m.actor = S.reporter.actor;
    }
    for (let i = S.start; i < S.end; i++) if (QUOTES.has(toks[i].text)) inQuote = !inQuote;

    const issueRefs = recentIssues && recentIssues.age <= 2 ? recentIssues.hits : [];
    const refClaims = recentClaims && recentClaims.age <= 2 ? recentClaims.claims : [];
    // Only a sentence with a stance cue can carry a claim; the rest only update the discourse state.
    // "Asked whether ..., X declined to say": the question frames the whole sentence
    const evasive = S.ops.some((o) => o.kind === 'skip' && /^(asked|refus|declin|would not say|did not say)/i.test(o.label));
    // ... and one that names an issue or refers back to one
    let issueish = S.hits.length > 0;
    for (let i = S.start; i < S.end && !issueish; i++) issueish = ISSUE_REFS.has(toks[i].low);
    const holderless = S.mentions.length === 0 && !S.reporter?.actor; // nobody to hold a stance
    const claims = S.question || evasive || !issueish || holderless || !S.ops.some(isCue) ? [] : readSentence(c, toks, S, articleScore, issueRefs, refClaims, si, explain);
    // references look back over the last few sentences' claims ("... called the move unlawful. X welcomed the decision.")
    if (claims.length > 0) recentClaims = { claims: [...(recentClaims && recentClaims.age <= 2 ? recentClaims.claims : []), ...claims].slice(-8), age: 1 };
    else if (recentClaims) recentClaims.age++;
    for (const cl of claims) {
      const key = `${cl.actor}|${cl.issue}`;
      const prev = best.get(key);
      if (!prev || better(cl, prev)) best.set(key, cl);
    }
    const firstActor = S.mentions.find((m) => m.kind !== 'carry')?.actor ?? S.mentions[0]?.actor;
    // "he"/"she" next refer to the person who just spoke or acted, else the first person named
    const persons = S.mentions.filter((m) => m.person && !m.possessive);
    const holderPerson = persons.find((m) => claims.some((cl) => cl.actor === m.actor && cl.attributed));
    const reporterPerson = persons.find((m) => m.start === S.reporter?.start);
    const pick = holderPerson ?? reporterPerson ?? persons[0];
    if (pick) lastPerson = pick.actor;
    lastActor = claims[claims.length - 1]?.actor ?? S.reporter?.actor ?? firstActor ?? lastActor;
    if (S.reporter?.actor) lastReporter = S.reporter.actor;
    else if (firstActor) lastReporter = firstActor;
    if (S.hits.length > 0) recentIssues = { hits: S.hits, age: 1 };
    else if (recentIssues) recentIssues.age++;
  }
  return [...best.values()];
}

/** The best claim for one actor and issue: the surest reading, attributed first among equals. */
const LIGHT_VERBS = /^(is|are|be|was|were|been|becomes?|became|gets?|got|has|have|had|makes?|made|takes?|took|gives?|gave|goes|go|went|comes?|came|does|do|did|uses?|used|stays?|remains?|keeps?|holds?|held|lets?|sets?|setting)$/;
const TITLE_TOKEN = /'s\b|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const WORDISH = /^[A-Za-z0-9\u00C0-\uFFFF]/;

/**
 * How surely a claim beats a competing reading of the same (actor, issue) in the same article. Kept apart from the
 * published confidence: choosing between two readings of one sentence depends on the cue and the holder, not on how
 * generic the issue's words are (which only says how far to trust the claim on its own).
 */
const RANK = new WeakMap<Claim, number>();
function claimRank(c: Claim): number { return RANK.get(c) ?? c.confidence; }

function better(a: Claim, b: Claim): boolean {
  if (Math.abs(claimRank(a) - claimRank(b)) > 0.11) return claimRank(a) > claimRank(b);
  if (a.attributed !== b.attributed) return a.attributed;
  return claimRank(a) > claimRank(b);
}

function findOps(toks: Tok[], s: number, e: number): Op[] {
  const ops: Op[] = [];
  for (let i = s; i < e; i++) {
    if (toks[i].low === 'once' && i > s && /^(PROPN|NOUN|PRON|DET)$/.test(toks[i + 1]?.pos ?? '') && toks[i + 1]?.low !== 'again' && toks[i - 1]?.low !== 'even') {
      // "would return to the limits once Washington lifted its sanctions": a condition
      ops.push({ kind: 'conn', start: i, end: i + 1, label: 'once' });
      continue;
    }
    if ((toks[i].low === 'then' || toks[i].low === 'before') && toks.slice(s, i).some((t) => t.low === 'first')) {
      // "Open the way for us first, then we will ...": a condition
      ops.push({ kind: 'conn', start: i, end: i + 1, label: `first ... ${toks[i].low}` });
      continue;
    }
    if (toks[i].low === 'than' && toks.slice(Math.max(s, i - 10), i).some((t) => t.low === 'rather')) {
      // "would rather be dead than ask for a delay": what follows "than" is refused
      ops.push({ kind: 'neg', start: i, end: i + 1, label: 'rather ... than' });
      continue;
    }
    // "will increase its imports of farm products": more of the thing (a verb only; "an increase in the limit" names it)
    if (toks[i].pos === 'VERB' && /^increas(e|es|ed|ing)$/.test(toks[i].low) && !/^(a|an|the|any|no)$/.test(toks[i - 1]?.low ?? '')) {
      ops.push({ kind: 'sup', start: i, end: i + 1, label: toks[i].text });
      continue;
    }
    const list = PHRASES.get(toks[i].low);
    if (!list) continue;
    for (const p of list) {
      if (i + p.words.length > e) continue;
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = p.words[k].includes(toks[i + k].low);
      if (!ok && p.verb && p.words.length === 2 && /^(over|up|out|back|down|away|off)$/.test(p.words[1][0])) {
        // a phrasal verb split by its object ("hand the recordings over", "give its demand up")
        let k = i + 1;
        while (k < e && k <= i + 4 && /^(DET|NOUN|ADJ|PRON|PROPN|NUM)$/.test(toks[k].pos) && !p.words[1].includes(toks[k].low)) k++;
        if (k > i + 1 && k < e && p.words[1].includes(toks[k].low) && toks.slice(i + 1, k).some((t) => t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'PROPN')) {
          ops.push({ kind: p.kind, start: i, end: i + 1, label: `${toks[i].text} ... ${toks[k].text}`, weak: WEAK_CUES.has(p.label) });
          break;
        }
      }
      if (!ok) continue;
      // a word inside a name ("United States", "Stand By Me") is not a cue
      if (i > s && isCap(toks[i].text) && isCap(toks[i - 1].text) && (toks[i - 1].pos === 'PROPN' || toks[i].pos === 'PROPN') && toks[i].text !== 'May') break;
      // a capitalised verb form in mid-sentence is a name ("Secretary of State John Kerry said"), not a verb
      if (p.verb && i > s && isCap(toks[i].text) && /^[A-Z][a-z]/.test(toks[i].text) && /^[a-z,]/.test(toks[i - 1].text)) break;
      // modal "may" vs the month / a name: only lower-case counts as speculation
      if (p.kind === 'spec' && toks[i].text === 'May') break;
      // "the proposed side letter", "its stalled agreement": a participle used as an adjective is not a stance
      if ((p.kind === 'sup' || p.kind === 'opp' || p.kind === 'giveup') && p.words.length === 1 && /(ed|ing)$/.test(toks[i].low) && i > s
        && /^(the|a|an|its|their|his|her|our|'s|this|that|these|those|newly|jointly)$/.test(toks[i - 1].low) && (toks[i + 1]?.pos === 'NOUN' || toks[i + 1]?.pos === 'ADJ' || toks[i + 1]?.pos === 'PROPN')) break;
      if (p.verb && i > s && (/^(a|an)$/.test(toks[i - 1].low) || (toks[i - 1].low === 'the' && toks[i + 1]?.low === 'of'))) break;
      // "discussed the request", "any extradition request": a stance noun with an article is an object, not a stance
      if (!p.verb && p.words.length === 1 && toks[i].pos === 'NOUN' && toks[i + 1]?.pos === 'NOUN' && !isCap(toks[i + 1].text) && i + 1 < e) break; // "opposition parties"
      // "the opposition Labour Party", "opposition leader Kurti": a modifier of a name, not a stance
      if (p.label === 'opposition' && isCap(toks[i + 1]?.text ?? '')) break;
      // (but "would be a threat", "was a mistake": a predicate noun is a stance)
      if (p.words.length === 1 && (p.kind === 'sup' || p.kind === 'opp') && toks[i].pos === 'NOUN' && i > s + 1
        && /^(the|a|an|this|that|these|those|any|every|each)$/.test(toks[i - 1].low)
        && !/^(be|is|was|are|were|been|remains|remained|seemed|called|became|becomes)$/.test(toks[i - 2].low)) break;
      // "a guarantee against a hard border": a preposition after a noun is not opposition
      if (p.label === 'against' && i > s && (toks[i - 1].pos === 'NOUN' || toks[i - 1].pos === 'PROPN')) break;
      // "including X" lists parts of something else; "must include X" asks for X
      if (p.label === 'include' && toks[i].low === 'including') break;
      // "push back a planned increase", "scaled back", "rolled back": a particle, not the verb "back"
      if (p.label === 'back' && i > s && /^(push|pushed|pushes|pushing|scale|scaled|scaling|roll|rolled|rolling|step|stepped|cut|cutting|set|hold|held|holding|pull|pulled|pulling|bring|brought|turn|turned|put|putting|fight|fought|fighting|come|came|coming|go|went|going|get|got|getting|kick|kicked|pare|pared|wind|wound|dial|dialled|dialed)$/.test(toks[i - 1].low)) break;
      // "withdrawal agreement": a give-up noun used as a modifier gives nothing up
      // ("export restrictions", "transfer fees": a give-up word tagged as a noun before a noun is a modifier too)
      if (p.kind === 'giveup' && p.words.length === 1 && (/(al|ion|ment)$/.test(toks[i].low) || (toks[i].pos === 'NOUN' && !/s$/.test(toks[i].low) && /^(DET|ADJ|NOUN|ADP|PUNCT)$/.test(toks[i - 1]?.pos ?? 'PUNCT'))) && toks[i + 1]?.pos === 'NOUN') break;
      // "its position had not changed": a restatement, not a negation of what follows
      if (p.kind === 'neg' && /^(chang|shift|alter|waver|budg)/.test(toks[i + p.words.length]?.low ?? '')) break;
      ops.push({ kind: p.kind, start: i, end: i + p.words.length, label: toks.slice(i, i + p.words.length).map((t) => t.text).join(' '), weak: WEAK_CUES.has(p.label) });
      // "would not implement it even once it is adopted", "even if": a concession, not a condition
      if (p.kind === 'conn' && toks[i - 1]?.low === 'even') { ops.pop(); break; }
      // "talks on a third programme could begin only if ...": a restrictive condition is itself a (weak) stance cue,
      // for a clause that has no stance verb of its own
      if (p.kind === 'conn' && p.words[0].includes('only')) ops.push({ kind: 'cond', start: i, end: i + p.words.length, label: ops[ops.length - 1].label, weak: true });
      i += p.words.length - 1;
      break;
    }
  }
  return ops;
}

/** Matches an alias at token i (case-aware), without judging whether it names a speaker. */
function matchAliasAt(c: Compiled, toks: Tok[], i: number, e: number): AliasPattern | undefined {
  const tk0 = toks[i];
  // units() and findMentions() both ask for every position; remember the answer on the token
  if (tk0.alias !== undefined && tk0.aliasEnd === e) return tk0.alias || undefined;
  const found = matchAliasUncached(c, toks, i, e);
  tk0.alias = found ?? null;
  tk0.aliasEnd = e;
  return found;
}

function matchAliasUncached(c: Compiled, toks: Tok[], i: number, e: number): AliasPattern | undefined {
  const list = c.aliasIndex.get(toks[i].low);
  if (!list) return undefined;
  for (const p of list) {
    if (i + p.low.length > e) continue;
    let ok = true;
    for (let k = 0; k < p.low.length && ok; k++) {
      const tk = toks[i + k];
      ok = p.exact ? (tk.text === p.toks[k] || (tk.text.toUpperCase() === tk.text && p.toks[k].toUpperCase() === p.toks[k] && tk.low === p.low[k])) : tk.low === p.low[k];
    }
    if (ok) return p;
  }
  return undefined;
}

interface Unit { s: string; start: number; end: number; lit?: string }
/** Stems, with every actor alias collapsed to one "@actor" unit, so "join the alliance" matches "join NATO". */
function units(c: Compiled, toks: Tok[], s: number, e: number): Unit[] {
  const out: Unit[] = [];
  for (let i = s; i < e; i++) {
    const p = matchAliasAt(c, toks, i, e);
    if (p) {
      out.push({ s: '@' + p.actor, start: i, end: i + p.low.length, lit: toks.slice(i, i + p.low.length).map((t) => stem(t.low)).join(' ') });
      i += p.low.length - 1;
      continue;
    }
    if (toks[i].pos === 'PUNCT' && toks[i].text !== '-') continue;
    const tk = toks[i];
    out.push({ s: (tk.st ??= stem(tk.low)), start: i, end: i + 1 });
  }
  return out;
}

function findHits(c: Compiled, toks: Tok[], s: number, e: number): Hit[] {
  const hits: Hit[] = [];
  const us = units(c, toks, s, e);
  for (let i = 0; i < us.length; i++) {
    // the passive of a verb-object seed, found from its object: "the additional duties had to be removed"
    for (const p of c.passiveIndex.get(us[i].s) ?? []) {
      if (!/^(NOUN|PROPN)$/.test(toks[us[i].start].pos)) break;
      let v = i + 1;
      while (v < us.length && v <= i + 5 && !/^[,;:.()]$/.test(us[v].s) && us[v].s !== p.stems[0]) v++;
      if (v < us.length && us[v].s === p.stems[0] && toks[us[v].start].pos === 'VERB' && /(ed|en|wn|lt|ld|ught)$/.test(toks[us[v].start].low)
        && toks.slice(us[i].end, us[v].start).some((t) => /^(be|been|being|is|are|was|were|get|got)$/.test(t.low))) {
        hits.push({ issue: p.issue, start: us[i].start, end: us[v].end, phrase: p.stems.join(' '), weight: p.weight, spec: p.spec, ref: 'none', anchor: p.anchor, nameWord: p.nameWord, refSign: undefined, derived: p.derived });
      }
    }
    // a noun-noun seed said as a verb and its object: "technology transfer" in "to transfer technology"
    for (const p of c.reverseIndex.get(us[i].s) ?? []) {
      if (toks[us[i].start].pos !== 'VERB') break;
      let j = i + 1;
      while (j < us.length && j <= i + 3 && us[j].s !== p.stems[0] && us[j].end === us[j].start + 1 && isModifier(toks, us[j].start, false) && toks[us[j].start].pos !== 'NOUN') j++;
      if (j < us.length && us[j].s === p.stems[0] && /^(NOUN|PROPN)$/.test(toks[us[j].start].pos)) {
        hits.push({ issue: p.issue, start: us[i].start, end: us[j].end, phrase: p.stems.join(' '), weight: p.weight, spec: p.spec, ref: 'none', anchor: p.anchor, nameWord: p.nameWord, refSign: undefined });
      }
    }
    const a = c.termIndex.get(us[i].s);
    const b = us[i].lit !== undefined ? c.termIndex.get(us[i].lit!) : undefined;
    const list = a && b ? [...a, ...b] : a ?? b;
    if (!list) continue;
    let used = 0;
    for (const p of list) {
      if (i + p.stems.length > us.length) continue;
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
          while (j < us.length && us[j].s !== p.stems[k] && us[j].lit !== p.stems[k] && skipped <= 3 && !/^[,;:.()]$/.test(us[j].s)) { j++; skipped++; }
          ok = j < us.length && skipped <= 3 && (us[j].s === p.stems[k] || us[j].lit === p.stems[k]);
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
          while (j + 1 < us.length && skipped < 3 && us[j].s !== p.stems[k] && us[j].lit !== p.stems[k] && us[j].end === us[j].start + 1
            && isModifier(toks, us[j].start, j === first && k === 1) && !(toks[us[j].start].pos === 'NOUN' && us[j + 1].s !== p.stems[k] && us[j + 1].lit !== p.stems[k])) { j++; skipped++; }
          ok = j < us.length && (us[j].s === p.stems[k] || us[j].lit === p.stems[k]) && (j === first || /^(NOUN|PROPN)$/.test(toks[us[j].start].pos));
        }
        ok = ok && skipped >= 1;
        last = j;
      }
      if (!ok) continue;
      // a derived compound used as a modifier ("euro zone leaders", "the euro zone's rescue fund") names something else
      if (p.derived === true && (/^(NOUN|PROPN)$/.test(toks[us[last].end]?.pos ?? '') || toks[us[last].end]?.low === "'s")) continue;
      const start = us[i].start;
      const end = us[last].end;
      // the phrase text is built only when explained; name words compare by their matched stem
      hits.push({ issue: p.issue, start, end, phrase: p.stems.join(' '), weight: p.weight, spec: p.spec, ref: 'none', anchor: p.anchor, nameWord: p.nameWord, refSign: undefined, derived: p.derived });
      // a gapped match does not hide the words it skipped over from other terms
      if (last === i + p.stems.length - 1) used = Math.max(used, p.stems.length);
    }
    if (used > 1) i += used - 1;
  }
  return hits;
}

const MODIFIER_WORDS = /^(its|their|his|her|our|your|my|all|any|every|some|more|further|remaining|existing|additional|new)$/;
/** A word that may sit inside a seed phrase without changing what it names (determiner, adjective, number, name). */
function isModifier(toks: Tok[], i: number, afterHead: boolean): boolean {
  const t = toks[i];
  if (afterHead && t.low === 'of') return true; // "removal of the tariffs"
  if (MODIFIER_WORDS.test(t.low) || t.low === "'s") return true;
  return /^(DET|ADJ|NUM|PROPN|NOUN)$/.test(t.pos) && !PHRASES.has(t.low);
}
/** A seed's first word that is (also) a verb: its object may come first in the passive. */
function verbLike(st: string): boolean {
  return /^(remov|cut|drop|end|cancel|rais|lower|reduc|eas|extend|sign|ratify|approv|accept|reject|recogniz|restor|resum|adopt|grant|impos|hold|buy|sell|return|reform|close|open|freez|suspend|restor|chang|amend|pass|releas|transfer|lift|withdraw)/.test(st);
}

/** An obligation word in [from, to): "must", "should", "ought", "had to", "needs to" (a prescription, in someone's words). */
function modalWithin(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (/^(must|should|ought)$/.test(toks[k].low) || (/^(had|has|have|need|needs|needed)$/.test(toks[k].low) && toks[k + 1]?.low === 'to')) return true;
  }
  return false;
}

/** Nouns naming a restriction: giving one up frees what it restricted. */
const RESTRICTION_NOUNS = /^(restrictions?|curbs?|bans?|embargo(es)?|limits?|limitations?|sanctions|barriers?|blockades?|controls|caps?|quotas?|moratorium|freeze|holds?)$/;

function findMentions(c: Compiled, toks: Tok[], s: number, e: number, ops: Op[]): Mention[] {
  const out: Mention[] = [];
  const opAt = new Map<number, Op>();
  for (const o of ops) opAt.set(o.start, o);
  for (let i = s; i < e; i++) {
    const t = toks[i];
    const matched = matchAliasAt(c, toks, i, e);
    if (matched) {
      const end = i + matched.low.length;
      if (!isActorMention(c, toks, s, i, end, matched, opAt)) { i = end - 1; continue; }
      const possessive = end < e && (toks[end].low === "'s" || toks[end].low === "'");
      if (possessive && /^(supreme|constitutional|high|central|court|courts|judges|judge|prosecutors|prosecutor|police|opposition|media|press|farmers|companies|businesses|unions|protesters)$/.test(toks[end + 1]?.low ?? '')) { i = end - 1; continue; }
      // "Morawiecki's Law and Justice party", "Orban's Fidesz party": the leader's party is a faction, not the government
      if (possessive) {
        let k = end + 1;
        while (k < e && k <= end + 5 && (isCap(toks[k].text) || toks[k].low === 'and')) k++;
        if (k > end + 1 && /^(party|faction|bloc|wing|movement|coalition|caucus)$/.test(toks[k]?.low ?? '')) { i = end - 1; continue; }
      }
      out.push({ actor: matched.actor, start: i, end, alias: matched.alias, kind: 'alias', possessive, person: isPersonAlias(c, matched) });
      i = end - 1;
      continue;
    }
    const dem = c.demonyms.get(t.text);
    if (dem) {
      // "Ukrainian officials", "Irish Prime Minister Leo Varadkar": a demonym before a speaker noun
      let j = i + 1;
      let found = false;
      while (j < e && j <= i + 4) {
        if (SPEAKER_NOUNS.has(toks[j].low)) { found = true; break; }
        if (!isCap(toks[j].text) && toks[j].pos !== 'ADJ') break;
        j++;
      }
      if (found && !(i > s && PLACE_PREPS.has(toks[i - 1].low) && toks[i - 1].low !== 'on')) {
        let end = j + 1;
        while (end < e && (SPEAKER_NOUNS.has(toks[end].low) || (isCap(toks[end].text) && toks[end].pos === 'PROPN'))) end++;
        const possessive = end < e && toks[end].low === "'s";
        const span = toks.slice(i, end);
        out.push({ actor: dem, start: i, end, alias: span.map((x) => x.text).join(' '), kind: 'demonym', possessive, person: span.some((x) => TITLES.has(x.low) && x.low !== 'foreign') });
        i = end - 1;
      }
      continue;
    }
    // "his party", "its government": the owner's actor, resolved like a pronoun
    if (/^(his|her|its|their)$/.test(t.low) && i + 1 < e && /^(party|government|administration|country|ministry)$/.test(toks[i + 1].low)) {
      out.push({ actor: '', start: i, end: i + 2, alias: `${t.text} ${toks[i + 1].text}`, kind: 'carry', possessive: toks[i + 2]?.low === "'s", person: false });
      i++;
      continue;
    }
    // Pronouns and "the president"-style references, resolved later.
    if (CARRY_REFS.has(t.low) && i + 1 < e) {
      const nx = toks[i + 1];
      // "it" is an actor only before a non-copula verb ("it would not withdraw"), not in "it would be conditional"
      const copula = (k: number): boolean => /^(is|was|be|been|being|are|were|'s)$/.test(toks[k]?.low ?? '');
      const stanceNear = [i + 1, i + 2, i + 3].some((k) => { const o = opAt.get(k); return o !== undefined && o.kind !== 'bg' && o.kind !== 'neg' && o.kind !== 'spec'; });
      const itThing = t.low === 'it' && ((copula(i + 1) || (nx.pos === 'AUX' && copula(i + 2))) ? !opAt.has(i + 2) && !opAt.has(i + 3) : !stanceNear);
      if ((nx.pos === 'VERB' || nx.pos === 'AUX' || opAt.has(i + 1)) && !itThing) {
        out.push({ actor: '', start: i, end: i + 1, alias: t.text, kind: 'carry', possessive: false, person: false });
      }
      continue;
    }
    if (t.low === 'the' && i + 1 < e) {
      const mod = /^(prime|foreign|deputy|vice|finance|trade|defence|defense|chief)$/.test(toks[i + 1].low) ? 1 : 0;
      const noun = toks[i + 1 + mod];
      if (noun && CARRY_NOUNS.has(noun.low) && !isCap(noun.text) && toks[i + 2 + mod]?.low !== 'of' && toks[i + 2 + mod]?.pos !== 'NOUN') {
        const end = i + 2 + mod;
        out.push({ actor: '', start: i, end, alias: toks.slice(i, end).map((x) => x.text).join(' '), kind: 'carry', possessive: toks[end]?.low === "'s", person: false });
        i = end - 1;
      }
    }
  }
  return out;
}

const INSTITUTION_WORDS = /^(government|union|council|commission|house|department|party|ministry|street|office|republic|states|kingdom|parliament|assembly|senate|congress|court|bank|organization|organisation|treaty|alliance|administration|kremlin|palace|no|republicans|democrats|caucus|gop|eu|nato|un|us|u\.s\.)$/i;
/** "Boris Johnson", "Johnson" (the surname of a listed full name) are persons; "European Union", "Kremlin" are not. */
function isPersonAlias(c: Compiled, p: AliasPattern): boolean {
  if (p.toks.some((t) => INSTITUTION_WORDS.test(t))) return false;
  if (p.toks.length >= 2) return p.toks.every((t) => isCap(t) || /^(da|de|von|van|der|bin|al)$/.test(t));
  return c.fullNameLast.has(p.toks[0]);
}

function isActorMention(c: Compiled, toks: Tok[], s: number, i: number, end: number, p: AliasPattern, opAt: Map<number, Op>): boolean {
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
  if (next && next.text === '-' && toks[end + 1] && isCap(toks[end + 1].text) && next.sp === '') return false;
  if (next && /^-[A-Z]/.test(next.text)) return false;
  // An alias modifying a common noun is not a speaker: "a White House meeting", "the EU summit".
  if (next && next.pos === 'NOUN' && !isCap(next.text) && !SPEAKER_NOUNS.has(next.low) && !FACTION_NOUNS.has(next.low)
    && !opAt.has(end) && !/s$/.test(next.low)) return false;
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
    if (/^(between|among|amongst)$/.test(toks[k].low)) return false;
  }
  if (h < i && /^(from|in|at)$/.test(toks[h - 1]?.low ?? '')) return false;
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
    if (toks[j].low === 'from' && j > s && opAt.get(j - 1)?.kind.match(/^(sup|opp|cond)$/)) return true;
    if (toks[j].low === 'on' || toks[j].low === 'from') return false;
    return false;
  }
  return true;
}

function findReporter(toks: Tok[], S: SentInfo): Reporter | undefined {
  if (!S.ops.some((o) => o.kind === 'speech')) return undefined;
  for (const op of S.ops) {
    if (op.kind !== 'speech') continue;
    // ", saying ...", ", adding ...": the main clause's subject speaks (not the nearest name: "opposition to Finland and
    // Sweden joining NATO, saying ...")
    if (/ing$/.test(toks[op.start].low) && toks[op.start - 1]?.text === ',') {
      const subj = S.mentions.find((m) => !m.possessive && m.start < op.start);
      if (subj) return { actor: subj.actor, third: false, start: subj.start, end: subj.end };
    }
    // "X said", "X, the foreign minister, said"
    const before = [...S.mentions].reverse().find((m) => m.end <= op.start && op.start - m.end <= 8);
    if (op.label.toLowerCase() !== 'according to' && before && !S.ops.some((o) => o.start >= before.end && o.start < op.start && (o.kind === 'sup' || o.kind === 'opp' || o.kind === 'cond' || o.kind === 'giveup'))) {
      return { actor: before.actor, third: false, start: before.start, end: before.end };
    }
    // "..., said X" / "according to X"
    const prevTok = toks[op.start - 1];
    const tail = op.label.toLowerCase() === 'according to' || (prevTok !== undefined && (prevTok.text === ',' || QUOTES.has(prevTok.text)));
    const after = tail ? S.mentions.find((m) => m.start >= op.end && m.start - op.end <= 2) : undefined;
    if (after) return { actor: after.actor, third: false, start: after.start, end: after.end };
    // third parties: analysts, diplomats, an untracked named person right before or after the verb, or before an
    // appositive ("Panagiotis Lafazanis, the energy minister and leader of ..., told a rally that ...")
    const near = [op.start - 1, op.start - 2, op.end, op.end + 1].filter((k) => k >= S.start && k < S.end);
    if (toks[op.start - 1]?.text === ',') {
      let k = op.start - 2;
      while (k > S.start && k > op.start - 25 && toks[k].text !== ',') k--;
      if (k > S.start && toks[k].text === ',' && !S.mentions.some((m) => m.start > k && m.end <= op.start)) near.unshift(k - 1);
    }
    for (const k of near) {
      const t = toks[k];
      if (S.mentions.some((m) => k >= m.start && k < m.end)) continue;
      if (THIRD_PARTY.has(t.low) || (t.pos === 'PROPN' && isCap(t.text) && k !== S.start && !DAYS.has(t.text) && !MONTHS.has(t.text) && toks[k - 1]?.pos !== 'ADP')) {
        return { third: true, start: k, end: k + 1 };
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading one sentence

interface HolderCues { m: Mention; cues: Op[]; nested: boolean; pending: boolean; co?: Mention[]; until?: number; from?: number; relative?: boolean }

/** One shape for every holder group (optional fields always present keep property access monomorphic). */
function holder(m: Mention, cues: Op[], o: Partial<Omit<HolderCues, 'm' | 'cues'>> = {}): HolderCues {
  return { m, cues, nested: o.nested ?? false, pending: o.pending ?? false, co: o.co, until: o.until, from: o.from, relative: o.relative ?? false };
}

const SUBORDINATORS = new Set(['where', 'when', 'whom', 'whose', 'because', 'after', 'before', 'since', 'whereby']);
const PREDICATE_STOPS = new Set([',', ';', 'because', 'since', 'as', 'which', 'who', 'but', 'and', 'while', 'after',
  'when', 'if', 'unless', 'that', 'whereas', 'although']);

function readSentence(c: Compiled, toks: Tok[], S: SentInfo, articleScore: Map<string, number>, recent: Hit[], prevClaims: Claim[], si: number, explain: boolean): Claim[] {
  const claims: Claim[] = [];
  // Clauses: split at ';', contrastive conjunctions, and "and said" / ", saying" (a new statement by the same subject).
  const bounds: number[] = [S.start];
  const speechAt = new Set(S.ops.filter((o) => o.kind === 'speech').map((o) => o.start));
  for (let i = S.start + 1; i < S.end; i++) {
    const low = toks[i].low;
    // (", but only if ...", ", but only where ...": the condition belongs to the clause before it)
    if (toks[i].text === ';' || (CLAUSE_BREAKS.has(low) && (toks[i - 1].text === ',' || low !== 'while') && !(low === 'but' && toks[i + 1]?.low === 'only'))) bounds.push(i);
    else if (toks[i - 1].text === ',' && toks[i].pos === 'VERB' && /ing$/.test(low) && !speechAt.has(i)) bounds.push(i);
    else if ((low === 'and' || toks[i - 1].text === ',') && speechAt.has(low === 'and' ? i + 1 : i)) bounds.push(i);
    else if (low === 'and' && (toks[i + 1]?.low === 'that' || toks[i + 1]?.pos === 'AUX' || (toks[i + 1]?.pos === 'VERB' && /(ed|s)$/.test(toks[i + 1].low))
      // ", and" starts a new clause, except in a list of bare verbs ("hand over X, drop Y, and provide Z")
      || (toks[i - 1].text === ',' && !(toks[i + 1]?.pos === 'VERB' && !/(ed|s|ing)$/.test(toks[i + 1].low))))) bounds.push(i);
  }
  bounds.push(S.end);
  const sentenceIf = S.ops.find((o) => o.kind === 'conn' && (o.start === S.start || (o.start === S.start + 1 && QUOTES.has(toks[S.start].text))));
  const condZones = conditionZones(toks, S);
  S.condZones = condZones;
  const sentenceText = explain ? text(toks, S.start, S.end) : '';
  const inCond = (i: number): boolean => condZones.some(([a, z]) => i >= a && i < z);

  let lastHolder: Mention | undefined;
  for (let b = 0; b + 1 < bounds.length; b++) {
    const cs = bounds[b];
    const ce = bounds[b + 1];
    const ops = S.ops.filter((o) => o.start >= cs && o.start < ce);
    const mentions = S.mentions.filter((m) => m.start >= cs && m.start < ce && !inCond(m.start));
    const cueAt = new Map<number, Op>();
    // (the restrictive connective itself opens the condition zone but is a cue of the clause before it)
    for (const o of ops) if (isCue(o) && (!inCond(o.start) || (o.kind === 'cond' && ops.some((q) => q.kind === 'conn' && q.start === o.start)))) cueAt.set(o.start, o);
    const mentionAt = new Map<number, Mention>();
    for (const m of mentions) mentionAt.set(m.start, m);

    // Walk: the first mention before a cue holds it; later mentions are embedded subjects, except possessives of a
    // cue noun ("Johnson's demand"), which hold that cue themselves. A subordinate clause or another (untracked)
    // subject closes the current holder.
    const holders: HolderCues[] = [];
    const pending: Op[] = [];
    const consumed = new Set<number>();
    let current: HolderCues | undefined;
    let afterPossessive = -1;
    let speakerOfClause: Mention | undefined;
    // after "before", "because", "then" ... a mention starts a new clause with its own subject
    const newSubjectAt = (k: number): boolean => {
      let j = k - 1;
      if (toks[j]?.low === 'the') j--;
      return j >= cs && /^(before|after|because|when|whenever|until|then|once|so|while|whereas|since)$/.test(toks[j].low);
    };
    const hitAt = (i: number): boolean => S.hits.some((h) => h.start === i);
    // a possessive followed by a plain noun (not a speaker like "government" or "foreign ministry")
    const possessedThing = (k: number): boolean => {
      for (let j = k; j < Math.min(ce, k + 3); j++) {
        const t = toks[j];
        if (SPEAKER_NOUNS.has(t.low) || cueAt.has(j) || mentionAt.has(j)) return false;
        if (t.pos === 'NOUN' && !isCap(t.text)) return true;
        if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
      }
      return false;
    };
    for (let i = cs; i < ce; i++) {
      const m = mentionAt.get(i);
      if (m && i >= 2 && (toks[i - 1].low === 'from' || toks[i - 1].low === 'by') && cueAt.has(i - 2) && !consumed.has(i - 2)) {
        // the agent of a cue noun or passive: "no support from Ankara", "was rejected by the EU"
        const cue = cueAt.get(i - 2)!;
        if (current && current.cues.includes(cue)) current.cues = current.cues.filter((x) => x !== cue);
        // "a journalist wanted by Turkey": a participle's object is the noun right before it
        holders.push(holder(m, [cue], /(ed|en|wn|ght|lt|ld|nt)$/.test(toks[cue.start].low) ? { pending: true, until: cue.start, from: Math.max(cs, cue.start - 3) } : { pending: true }));
        consumed.add(cue.start);
        i = m.end - 1;
        continue;
      }
      if (m) {
        const after = m.possessive ? m.end + 1 : m.end;
        const cueNext = cueAt.get(after) ?? (toks[after] && /^(own|latest|new|renewed|repeated|formal|public|firm|earlier|long-standing)$/.test(toks[after].low) ? cueAt.get(after + 1) : undefined);
        // "the US demand to end enrichment" (a noun), not "the Kremlin demands that ..." (a verb)
        const modifierOfCue = !m.possessive && cueAt.has(m.end) && toks[m.end].pos === 'NOUN' && /^(the|a|an)$/.test(toks[m.start - 1]?.low ?? '')
          && /^(to|for|of|on|,|\.)$/.test(toks[cueAt.get(m.end)!.end]?.low ?? '');
        if ((m.possessive || modifierOfCue) && cueNext) {
          holders.push(holder(m, [cueNext], { nested: true }));
          consumed.add(cueNext.start);
        } else if ((m.possessive && (hitAt(after) || hitAt(after + 1))) || (!m.possessive && hitAt(m.end) && toks[m.start - 1]?.pos !== 'PUNCT' && m.start > cs)
          || (m.possessive && possessedThing(after))) {
          // "Sweden's bid", "Sweden's full membership", "Turkey's concerns": the owner of a thing, not a holder
        } else if (b > 0 && lastHolder && lastHolder.actor !== m.actor && toks[cs].low === 'and' && toks[cs + 1]?.low === 'that' && m.start <= cs + 3 && !speechAt.has(m.end)) {
          // "X said ... and that Iran should ship its stockpile abroad": the subject of X's words, X holds them
          if (!current) { current = holder(lastHolder, [], { from: cs }); holders.push(current); }
        } else if (pending.length > 0 && !speechAt.has(m.end) && !speechAt.has(m.end + 1)) {
          // after an untracked subject's cue ("the union demanded that the government block ..."): embedded
        } else if (current && current.cues.length === 0 && current.m.actor === m.actor && !current.nested) {
          // "The DUP denied that it had dropped ...": the same holder, keep its start so its words count
        } else if (current && current.cues.length === 0 && toks[m.start - 1]?.low === 'and' && current.m.end === m.start - 1) {
          // "Helsinki and Stockholm agreed ...": both hold what follows
          (current.co ??= []).push(m);
        } else if ((toks[m.start - 1]?.pos === 'VERB' && !speechAt.has(m.start - 1) && !cueAt.has(m.start - 1)
          // (with no holder yet, only when something else is the verb's subject: "nothing obliged the government to ...")
          && (current !== undefined || (m.start - 1 > cs && toks.slice(cs, m.start - 1).some((t) => /^(NOUN|PRON|PROPN)$/.test(t.pos) && !/^(that|it)$/.test(t.low)))))
          || toks[m.start - 1]?.low === 'for') {
          // the object of a verb ("invited Kristersson to talks") is not a new subject
        } else if (!current || current.cues.length === 0 || newSubjectAt(m.start)) {
          if (current && current.cues.length > 0) current.until = m.start;
          current = holder(m, []);
          holders.push(current);
        }
        if (m.possessive) afterPossessive = after;
        i = m.end - 1;
        continue;
      }
      const t = toks[i];
      if (current && SUBORDINATORS.has(toks[i].low) && current.cues.length > 0) {
        current.until = i; // "..., where lawmakers oppose the backstop": not this holder's words
        current = undefined;
      }
      if (current && current.cues.length === 0 && i !== afterPossessive) {
        const nx = toks[i + 1];
        const pv = toks[i - 1];
        const objectOfPrep = pv && (pv.pos === 'ADP' || pv.low === 'the' && toks[i - 2]?.pos === 'ADP');
        const inIssue = S.hits.some((x) => i >= x.start && i < x.end); // "said the Donbas was not negotiable"
        const subjectLike = !objectOfPrep && !inIssue && !DAYS.has(t.text) && !MONTHS.has(t.text) && ((t.pos === 'NOUN' && /s$/.test(t.low) && !SPEAKER_NOUNS.has(t.low)) || (t.pos === 'PROPN' && isCap(t.text) && !TITLES.has(t.low)));
        // "The EU and Mercosur concluded ...": a coordinated subject does not replace the holder
        const coordinated = toks[i - 1]?.low === 'and' && current.m.end === i - 1;
        if (SUBORDINATORS.has(t.low) || (subjectLike && !coordinated && nx && (nx.pos === 'VERB' || nx.pos === 'AUX' || cueAt.has(i + 1)))) {
          // "Zelensky said rich countries must ...": the speaker may yet prescribe what that subject must do
          if (!SUBORDINATORS.has(t.low) && S.ops.some((o) => o.kind === 'speech' && o.start >= current!.m.end && o.start < i)) speakerOfClause = current.m;
          current = undefined;
        }
      }
      // "Biden, who for months had refused ..., endorsed the package": the relative clause is background; the main
      // verb after it is the holder's
      if (current && toks[i].text === ',' && /^(who|which)$/.test(toks[i + 1]?.low ?? '') && current.m.end === i) {
        let z = i + 2;
        while (z < ce && toks[z].text !== ',') z++;
        const rel = holder(current.m, [], { until: z, relative: true });
        for (let k = i + 2; k < z; k++) { const q = cueAt.get(k); if (q) rel.cues.push(q); }
        // "who had refused": a past position told as background is no claim; "which wants" is one, not attributed
        const pluperfect = toks.slice(i + 2, z).some((t) => t.low === 'had');
        if (rel.cues.length > 0 && !pluperfect) holders.push(rel);
        const main = holder(current.m, [], { from: z });
        holders.push(main);
        current = main;
        i = z;
        continue;
      }
      let cue = cueAt.get(i);
      if (cue) {
        let k = i - 1;
        while (k > cs && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV' || toks[k].pos === 'PART') && i - k <= 3) k--;
        if (/^(that|which)$/.test(toks[k]?.low ?? '') && (toks[k - 1]?.pos === 'NOUN' || toks[k - 1]?.pos === 'PROPN') && !mentionAt.has(k - 1)
          && !(current && current.m.end === k - 1)) cue = undefined;
      }
      if (cue && toks[cue.end]?.low === 'by' && /ed$/.test(toks[i].low) && !mentionAt.has(cue.end + 1)) cue = undefined;
      if (cue && !consumed.has(i)) {
        if (!current && speakerOfClause && modalWithin(toks, Math.max(cs, i - 2), i + 1)) { current = holder(speakerOfClause, [], { from: i }); holders.push(current); speakerOfClause = undefined; }
        if (current) current.cues.push(cue);
        else if (holders.length === 0) pending.push(cue);
      }
    }
    // Cues with no holder before them go to the sentence's reporter ("..., Erdogan said") or the clause's holder.
    // A clause that continues the previous one ("..., and insisted that ...") keeps its holder.
    const continues = b > 0 && (/^(and|but|,|;)$/.test(toks[cs].low) || (toks[cs - 1]?.text === ',' && !/ing$/.test(toks[cs].low)));
    const relPronoun = pending.length > 0 && /^(who|those|anyone|whoever|others|some)$/.test(toks[pending[0].start - 1]?.low ?? '');
    const untrackedSubject = relPronoun || pending.length > 0 && toks.slice(cs, pending[0].start).some((t, k) => {
      const i = cs + k;
      const nx = toks[i + 1];
      const ownedBy = mentions.some((m) => m.possessive && (i === m.end + 1 || i === m.end + 2))
        || S.hits.some((x) => i >= x.start && i < x.end); // the issue itself as subject ("the backstop crossed ...")
      const document = /^(letter|statement|note|message|communique|document|memo|declaration|text)$/.test(t.low); // speaks for its author
      const adverbial = DAYS.has(t.text) || MONTHS.has(t.text) || toks[i - 1]?.pos === 'ADP'; // "on Thursday triggered"
      return !ownedBy && !document && !adverbial && !mentions.some((m) => i >= m.start && i < m.end) && (t.pos === 'NOUN' || t.pos === 'PROPN') && nx && (nx.pos === 'VERB' || nx.pos === 'AUX' || cueAt.has(i + 1));
    });
    // "China said rich countries had to honour their pledge": a tracked speaker's prescription for an untracked
    // subject is the speaker's own position
    const prescription = pending.length > 0 && S.reporter?.actor !== undefined && !S.reporter.third && S.reporter.start < pending[0].start
      && modalWithin(toks, Math.max(cs, pending[0].start - 2), pending[0].end);
    if (pending.length > 0 && (!untrackedSubject || prescription)) {
      const repM = S.reporter?.actor ? (S.mentions.find((m) => m.start === S.reporter!.start) ?? { actor: S.reporter.actor, start: S.reporter.start, end: S.reporter.end, alias: S.reporter.actor, kind: 'carry' as const, possessive: false, person: false }) : undefined;
      // ("X said Greece had to ... and that there would be no relief": a new "that" clause of X's words is X's own)
      const newThatClause = toks[cs].low === 'and' && toks[cs + 1]?.low === 'that' && repM !== undefined && repM.start < cs && lastHolder !== undefined && lastHolder.actor !== repM.actor;
      const holderM = continues && lastHolder && !newThatClause ? lastHolder : repM;
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
      const zone = h.nested ? [firstCue.start, zoneEnd] : h.from !== undefined ? [h.from, zoneEnd] : !h.pending && h !== firstHolder ? [h.m.start, zoneEnd] : [cs, zoneEnd];
      const from = h.pending ? cs : Math.min(h.m.end, firstCue.start);
      if (ops.some((o) => o.kind === 'skip' && o.start >= from - 1 && o.start <= firstCue.end + 6 && o.start >= zone[0])) continue;
      const issueHits = chooseIssues(c, S, h, zone[0], zone[1], articleScore, recent, [...prevClaims, ...claims], toks, cs);
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
        const hc = holder(co, h.cues, { co: [h.m] });
        for (const hit of chooseIssues(c, S, hc, zone[0], zone[1], articleScore, recent, [...prevClaims, ...claims], toks, cs)) {
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

function isCue(o: Op): boolean {
  return o.kind === 'sup' || o.kind === 'opp' || o.kind === 'cond' || o.kind === 'giveup';
}

/** Spans of if/unless clauses ("If Sweden meets its commitments, ..."): actors inside them are not holders. */
function conditionZones(toks: Tok[], S: SentInfo): [number, number][] {
  const zones: [number, number][] = [];
  // ("until Athens agrees ...", "on whether Athens implemented ...": a clause about a condition or an open question)
  const starts: { start: number; end: number }[] = [];
  for (let i = S.start + 1; i < S.end; i++) {
    if (/^(until|till|whether)$/.test(toks[i].low) && /^(PROPN|NOUN|DET|PRON)$/.test(toks[i + 1]?.pos ?? '')) starts.push({ start: i, end: i + 1 });
  }
  if (!S.ops.some((o) => o.kind === 'conn') && starts.length === 0) return zones;
  for (const o of [...S.ops.filter((q) => q.kind === 'conn' && /^(if|unless|only if|only when|only once|only where|provided|providing|as long as|so long as)$/i.test(q.label)), ...starts]) {
    let z = o.end;
    while (z < S.end && toks[z].text !== ',' && toks[z].text !== ';' && !QUOTES.has(toks[z].text) && toks[z].low !== 'then') z++;
    zones.push([o.start, z]);
  }
  return zones;
}

function chooseIssues(c: Compiled, S: SentInfo, h: HolderCues, zs: number, ze: number, articleScore: Map<string, number>, recent: Hit[], refClaims: Claim[], toks: Tok[], cs: number): Hit[] {
  // Issues inside an if-clause are hypotheses, not the object of the stance ("could accept the deal if the
  // safeguard is binding"), unless the cue itself is in that clause.
  const cueZone = (S.condZones ?? []).find(([a, z]) => h.cues[0].start >= a && h.cues[0].start < z);
  const inOtherZone = (x: Hit): boolean => (S.condZones ?? []).some(([a, z]) => x.start >= a && x.start < z && (!cueZone || cueZone[0] !== a));
  const group = [h.m, ...(h.co ?? [])];
  const hits = S.hits.filter((x) => x.start >= zs && x.start < ze && !group.some((g) => x.start < g.end && x.end > g.start && !h.pending) && !inOtherZone(x));
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
  const named = (issue: string): boolean => [...paired].some((x) => x.issue === issue && !GENERIC_STEMS.has(x.phrase.toLowerCase())
    && !LIGHT_VERBS.test(toks[x.start]?.low ?? ''));
  const candidate = (issue: string): boolean => seeds.has(issue) || ((nameWords.get(issue)?.size ?? 0) >= 2 && named(issue));
  for (const k of [...score.keys()]) if (!candidate(k)) score.delete(k);
  // "... - terms that Kyiv has rejected": the object is the noun before "that", a reference to what came before
  const refBefore = toks[h.m.start - 1]?.low === 'that' ? h.m.start - 2 : h.m.start - 1;
  const objRel = !h.nested && refBefore >= cs && ISSUE_REFS.has(toks[refBefore]?.low ?? '') && toks[refBefore].pos === 'NOUN'
    && h.cues[0].start > h.m.start;
  if (objRel) score.clear();
  const subjectRef = toks.slice(zs, h.cues[0].start).some((t, k) => (t.low === 'it' || t.low === 'this') && !S.mentions.some((m) => m.start === zs + k));
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
    if (pool.length === 0 && claimIssues.length === 0) return [];
    const start = objRel ? refBefore : h.pending ? zs : Math.min(h.cues[0].start, h.m.end);
    for (let i = start; i < ze; i++) {
      if (!ISSUE_REFS.has(toks[i].low) || (i >= h.m.start && i < h.m.end)) continue;
      if (toks[i].low === 'that' && toks[i + 1] && toks[i + 1].pos !== 'PUNCT') continue; // "that" as a conjunction
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
      const plural = PLURAL_REFS.has(toks[i].low) || /^(their|both|all)$/.test(toks[i - 1]?.low ?? '')
        || (toks[i - 1]?.low === "'" && /s$/.test(toks[i - 2]?.low ?? ''));
      // "the deal" prefers an issue whose own terms say "deal" ("trade deal")
      const refStem = stem(toks[i].low);
      const named = issuesSeen.filter((id) => c.issueWords.get(id)?.has(refStem));
      const chosen = plural ? issuesSeen : named.length > 0 ? [named[named.length - 1]]
        : [lastClaimIssue ?? bestBy(issuesSeen, articleScore)];
      // Stance-bearing nouns ("the demands", "the decision") carry their owner's direction; "the bill", "it" name the
      // proposition itself.
      const owned = OWNED_REFS.has(toks[i].low);
      return chosen.map((issue) => ({ issue, start: i, end: i + 1, phrase: toks[i].text, weight: 0.3, ref, anchor: true, nameWord: false, refSign: ref === 'prop' && owned ? claimSign.get(issue) : undefined }));
    }
    // a vote with no object ("Germany also voted in favour.", "Poland voted against, diplomats said") is a vote on
    // what the story is about: the issue just read
    const vote = h.cues.find((q) => /^vot/i.test(q.label) && /^(,|\.|;|and|after|while|as|on|in|at|with|but|alongside)$/i.test(toks[q.end]?.text ?? '.'));
    if (vote) {
      const issuesSeen: string[] = [...claimIssues];
      if (issuesSeen.length === 0) for (const r of pool) if (!issuesSeen.includes(r.issue)) issuesSeen.push(r.issue);
      if (issuesSeen.length === 0) return [];
      const issue = lastClaimIssue ?? bestBy(issuesSeen, articleScore);
      return [{ issue, start: vote.end - 1, end: vote.end, phrase: vote.label, weight: 0.3, ref: 'prop', anchor: true, nameWord: false, refSign: undefined }];
    }
    return [];
  }
  // Each hit goes to the issue that scores best in this clause (ties: the article's dominant issue).
  const present = new Set(S.mentions.map((m) => m.actor));
  const subjectBonus = (issue: string): number => {
    const subj = c.issues.get(issue)?.subjects ?? new Set<string>();
    if (subj.has(h.m.actor)) return 0.75;
    if ([...subj].some((a) => present.has(a))) return 0.5;
    // an issue about an actor the story never mentions is unlikely to be its topic
    return subj.size > 0 && ![...subj].some((a) => articleScore.has('@' + a)) ? -0.75 : 0;
  };
  const rank = (issue: string): number => (score.get(issue) ?? -1) + subjectBonus(issue) + 0.001 * (articleScore.get(issue) ?? 0);
  let maxArticle = 0;
  for (const [k, v] of articleScore) if (!k.startsWith('@')) maxArticle = Math.max(maxArticle, v);
  const winners = new Set<string>();
  const byPos = new Map<number, Hit[]>();
  for (const x of hits) if (score.has(x.issue)) byPos.set(x.start, [...(byPos.get(x.start) ?? []), x]);
  for (const list of byPos.values()) {
    let top = list[0];
    for (const x of list) if (rank(x.issue) > rank(top.issue)) top = x;
    winners.add(top.issue);
    // "both applications", "their accession": one phrase for several tied issues
    const near = toks.slice(Math.max(0, top.start - 3), top.start).map((t) => t.low);
    if (/s$/.test(toks[top.end - 1].low) || near.some((w) => /^(both|their|all|two)$/.test(w))) {
      for (const x of list) if (Math.abs((score.get(x.issue) ?? 0) + subjectBonus(x.issue) - (score.get(top.issue) ?? 0) - subjectBonus(top.issue)) < 0.01) winners.add(x.issue);
    }
  }
  const out: Hit[] = [];
  const picked: Hit[] = [];
  for (const issue of winners) {
    const sc = score.get(issue) ?? 0;
    if (sc < 0.34 && !isDominant(issue, articleScore)) continue;
    // Stories keep to a topic: an issue barely present in the article needs strong local evidence.
    if ((articleScore.get(issue) ?? 0) < 0.2 * maxArticle && sc + Math.max(0, subjectBonus(issue)) < 1.5) continue;
    // a proposition about an actor the story never names is not its topic on the strength of one common word
    // ("the whole alliance" in a story without Ukraine is not about Ukraine's NATO bid)
    if (subjectBonus(issue) < 0 && sc < 1) continue;
    const own = hits.filter((x) => x.issue === issue && x.anchor && (!x.nameWord || paired.has(x))
      && !S.mentions.some((m) => m.actor === h.m.actor && m.start === x.start && m.end === x.end));
    if (own.length === 0) continue;
    // the nearest issue phrase after the cue that is not the cue word itself
    const after = own.filter((x) => x.start >= h.cues[0].start);
    // (a seed that starts with the cue word and goes on, "remove all the additional tariffs", is more than the cue)
    const notCue = (x: Hit): boolean => !h.cues.some((q) => q.start === x.start && (x.nameWord || x.end <= q.end));
    // (a compound derived from the description yields to a seed or name words later in the same clause)
    const firstAfter = after.find(notCue);
    const better = firstAfter?.derived === true ? after.find((x) => notCue(x) && x !== firstAfter && x.derived !== true && x.start - firstAfter.end <= 4) : undefined;
    picked.push(better ?? firstAfter ?? after[0] ?? own.find((x) => !x.nameWord) ?? own[0]);
  }
  picked.sort((a, b) => a.start - b.start);
  const firstCue = h.cues[0].start;
  let prev: Hit | undefined;
  for (const x of picked) {
    if (prev && x.start >= firstCue && prev.start >= firstCue && x.start !== prev.start) {
      const gap = toks.slice(prev.end, x.start).map((t) => t.low);
      const coordinated = gap.some((g) => g === 'and' || g === ',' || g === 'or' || g === 'nor' || g === 'exchange' || g === 'return')
        && (gap.includes('exchange') || gap.includes('return') || !gap.some((g) => /^(with|without|even|despite|after|before|because|since|although|while|which|that|who|over|than|into|against)$/.test(g)));
      if (!coordinated) continue;
    }
    out.push(x);
    prev = x;
  }
  return out;
}

function isDominant(issue: string, articleScore: Map<string, number>): boolean {
  let max = 0;
  for (const [k, v] of articleScore) if (!k.startsWith('@')) max = Math.max(max, v);
  return (articleScore.get(issue) ?? 0) >= max * 0.5 && max > 0;
}

function bestBy(issues: string[], articleScore: Map<string, number>): string {
  let best = issues[issues.length - 1];
  for (const i of issues) if ((articleScore.get(i) ?? 0) > (articleScore.get(best) ?? 0)) best = i;
  return best;
}

function stanceFor(c: Compiled, toks: Tok[], S: SentInfo, ops: Op[], h: HolderCues, hit: Hit, zone: number[], sentenceIf: Op | undefined, si: number, sentenceText: string, explain: boolean, ce: number, listHits?: Hit[]): Claim | undefined {
  const info = c.issues.get(hit.issue)!;
  // the give-up act inside a multi-word seed ("the duties would be removed") is the proposition's own act
  // (a verb-object seed's own verb only: "transfer" in "technology transfer" is part of a thing)
  const ownAct = (o: Op): boolean => o.kind === 'giveup' && o.start >= hit.start && o.end <= hit.end && !hit.nameWord && hit.ref === 'none' && hit.end - hit.start > o.end - o.start
    && stem(toks[o.start].low) === hit.phrase.split(' ')[0] && info.thingWords?.has(stem(toks[o.start].low)) !== true;
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
      if (opposites.has(toks[k].low) && S.hits.some((x) => x.issue === hit.issue && x.start > k && x.start <= k + 2) && (toks[k - 1]?.pos === 'DET' || toks[k - 1]?.pos === 'ADP')) return undefined;
    }
    const after = toks.slice(hit.end, Math.min(ce, hit.end + 4));
    const k = after.findIndex((t) => opposites.has(t.low));
    if (k >= 0 && after.slice(0, k).every((t) => /^(AUX|ADV|PART|VERB)$/.test(t.pos) || /^(be|is|was|were|are|remain|remains|stay|stays)$/.test(t.low))) antonymFlip = true;
  }
  // a cue inside the issue phrase is its own act ("leaving the euro was not an option"): the holder's cue is the next
  // (only when a predicate cue follows the phrase; otherwise the act in the seed is the cue: "would not lift sanctions")
  const inHit = (o: Op): boolean => o.start >= hit.start && o.end <= hit.end && o.start > h.m.end;
  const predicateAfter = hit.ref === 'none' && h.cues.some((o) => o.start >= hit.end && toks.slice(hit.end, o.start).some((t) => /^(is|was|are|were|be|been|would|will|could|can|remains|remained)$/.test(t.low)));
  const firstCue = (predicateAfter ? h.cues.find((o) => !inHit(o)) : undefined) ?? h.cues[0];
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
  const inExchange = ops.find((o) => o.kind === 'conn' && /exchange|return/.test(o.label) && o.start >= firstCue.start && o.start < hit.start);
  let region: Op[];
  let listStart = -1; // a later item of a list quotes only its own part
  if (inExchange) {
    region = ops.filter((o) => o.start >= inExchange.end && o.start < hit.end && (o.kind === 'neg' || o.kind === 'giveup'));
  } else if (hit.start >= firstCue.start) {
    // ops from the holder to the first cue, then the ops local to this issue (not those of an earlier list item)
    const prevOther = (listHits ?? []).filter((x) => x.issue !== hit.issue && x.end <= hit.start && x.start >= firstCue.end).reduce((mx, x) => Math.max(mx, x.end), firstCue.end);
    if (prevOther > firstCue.end) listStart = prevOther;
    region = ops.filter((o) => (o.start >= holderEnd && o.start < firstCue.end) || (o.start >= prevOther && o.start < hit.end));
  } else {
    // predicate after the issue: "the backstop was not open for renegotiation"
    const cueAfter = h.cues.find((o) => o.start >= hit.end) ?? h.cues.find(ownAct);
    if (!cueAfter) return undefined;
    let stop = cueAfter.end;
    while (stop < ce && !PREDICATE_STOPS.has(toks[stop].low)) stop++;
    region = ops.filter((o) => o.start >= hit.end && o.start < stop);
  }
  if (!inExchange && hit.start >= firstCue.start) {
    // "the demand that the backstop be dropped", "the backstop must be scrapped": a passive right after the issue
    let k = hit.end;
    let sawBe = false;
    // a gerund clause as the subject ("handing over the Donbas was not an option"): its predicate is the stance
    const gerundSubject = /ing$/.test(toks[firstCue.start].low) && firstCue.start > h.m.end && !/^(AUX|PART)$/.test(toks[firstCue.start - 1]?.pos ?? '')
      && !/^(is|are|was|were|be|been|of|for|on|about|by|to)$/.test(toks[firstCue.start - 1]?.low ?? '');
    while (k < ce && k < hit.end + 5 && !PREDICATE_STOPS.has(toks[k].low)) {
      // subjunctive or modal passive only ("be dropped", "must be scrapped"); "was rejected" has a larger subject
      if (toks[k].low === 'be' || (gerundSubject && /^(is|was|are|were)$/.test(toks[k].low))) sawBe = true;
      k++;
    }
    // ("... can be implemented without a vote": a preposition after the passive is an adjunct, not the act)
    if (sawBe) region = region.concat(ops.filter((o) => o.start >= hit.end && o.start < k && o.kind !== 'conn' && o.kind !== 'speech' && !/^without$/i.test(o.label)));
  }
  if (!inExchange && hit.start >= firstCue.start) {
    region = region.concat(ops.filter((o) => o.kind === 'cond' && o.start >= hit.end && o.start <= hit.end + 2 && !region.includes(o)));
    // a give-up word closing the issue phrase: "ship its stockpile of enriched uranium abroad"
    let tail = hit.end;
    for (const x of S.hits) if (x.issue === hit.issue && x.start >= tail && x.start <= tail + 2) tail = x.end;
    region = region.concat(ops.filter((o) => o.kind === 'giveup' && /^(abroad|away)$/i.test(o.label) && o.start >= tail && o.start <= tail + 1 && !region.includes(o)));
  }
  // Words inside the matched issue phrase belong to the proposition ("hand over", "without conditions"), and so do those
  // inside another phrase of the same issue ("talks on intellectual property, technology transfer")
  region = region.filter((o) => o.start >= zone[0] && o.start < zone[1] && !(o.start >= hit.start && o.start < hit.end)
    && !(o.kind === 'giveup' && S.hits.some((x) => x.issue === hit.issue && x !== hit && !x.nameWord && x.ref === 'none' && o.start >= x.start && o.end <= x.end && x.end - x.start > o.end - o.start)));
  const hitOps = ops.filter((o) => o.start >= hit.start && o.start < hit.end && (o.kind === 'giveup' || o.kind === 'neg'));
  // A seed term that is itself an act ("ratify", "sign") is the cue when nothing else is.
  // (and so is the give-up act of a multi-word seed that names the giving up: "the duties would be removed")
  if (!inExchange && !region.some(isCue)) {
    region = region.concat(ops.filter((o) => (o.kind === 'sup' || ownAct(o)) && o.start >= hit.start && o.start < hit.end && o.start >= holderEnd));
  }
  // a seed term's act ("postponed the talks") is a cue for its own issue only
  // (not for a deferral: "filling" is the act deferred, whose doing or not the rest of the clause tells)
  const cues = inExchange ? [inExchange] : region.filter((o) => isCue(o) && (o.act === undefined || (c.termActs.get(o.act)?.has(hit.issue) === true && !info.deferral))
    // another issue's own act ("filling" named by another proposition) is no cue here
    && (o.nameAct === undefined || o.act !== undefined || c.nameActs.get(o.nameAct)?.has(hit.issue) === true));
  if (cues.length === 0) return undefined;
  // "sent a letter to the council urging all parties to refrain from X": a participle appeal after the issue phrase
  // is about its own infinitive, not the issue named before it
  if (!inExchange && hit.start >= h.m.end && cues.every((o) => o.start >= hit.end && /ing$/i.test(toks[o.start].low)
    && toks.slice(o.end, Math.min(ce, o.end + 6)).some((t) => t.low === 'to'))) return undefined;
  // "lift restrictions on arms sales", "end the embargo on X": giving up a restriction on the issue's subject matter
  // supports it, unless the restriction is itself what the issue is about ("drops its restrictions on Huawei")
  const nameStems = info.nameStems;
  const liftsRestriction = (o: Op): boolean => o.kind === 'giveup' && o.end <= hit.start && toks.slice(o.end, Math.min(hit.start, o.end + 5)).some((t, k) =>
    RESTRICTION_NOUNS.test(t.low) && /^(on|against|to|for)$/.test(toks[o.end + k + 1]?.low ?? '') && !nameStems.has(stem(t.low)) && c.issueWords.get(hit.issue)?.has(stem(t.low)) !== true);
  const polar = region.filter((o) => (o.kind === 'sup' || o.kind === 'opp' || o.kind === 'cond' || o.kind === 'giveup' || o.kind === 'neg') && !liftsRestriction(o));

  // Old positions told as background ("two months ago she had warned ...") are not news; a time phrase after the
  // stance ("the red line she had set out earlier this year") is not about the stance.
  const bgFrom = h.pending ? zone[0] : Math.min(h.m.start, firstCue.start);
  const durative = (o: Op): boolean => /long|^since |^for (months|years|weeks)/.test(o.label.toLowerCase());
  // ("Until now China had resisted ...": a time phrase opening the sentence frames all of it)
  if (ops.some((o) => o.kind === 'bg' && !durative(o) && ((o.start >= bgFrom && o.start <= Math.max(firstCue.end, hit.end) + 1)
    || (/^until |^up to now/i.test(o.label) && o.start <= S.start + 1 && o.start < bgFrom)))) return undefined;
  // Speculation by third parties or narrators is not a position.
  const rep = S.reporter;
  const ownWords = rep?.actor === h.m.actor;
  const specFrom = h.pending ? zone[0] : Math.max(zone[0], h.m.start - 4);
  const specs = ops.filter((o) => o.kind === 'spec' && o.start >= specFrom && o.start < Math.max(firstCue.start, hit.start));
  if (specs.length > 0 && !ownWords) return undefined;
  // Third parties' forecasts ("analysts said Turkey would approve") are not positions, nor are actors that only
  // appear after a third party's words.
  // (nor is a third party's prescription for the actor: "Lafazanis told a rally that Greece should be ready to ...")
  if (rep?.third && toks.slice(Math.max(zone[0], h.m.end), firstCue.end).some((t) => /^(would|will|could|may|might|should|must|ought)$/.test(t.low))) return undefined;
  if (rep?.third && h.m.start > firstCue.start) return undefined;

  let sign = 1;
  let conditional = false;
  const negs: string[] = [];
  const conds: string[] = [];
  for (let k = 0; k < polar.length; k++) {
    const o = polar[k];
    if (o.kind === 'neg') {
      // "not only", "not just purchases" (everything, not just X: X and more) is not a negation
      if (/^(only|just|merely)$/.test(toks[o.end]?.low ?? '')) continue;
      sign = -sign;
      negs.push(o.label);
    } else if (ownAct(o) || (o.kind === 'giveup' && o.end - o.start === 1 && (info.nameVerbs.has(stem(toks[o.start].low)) ? !info.giveUp : c.actStems.has(stem(toks[o.start].low))))) {
      // the issue's own verb ("suspends the debt limit" in "raises or suspends the debt limit") is the act itself
    } else if (o.kind === 'opp' || o.kind === 'giveup') {
      // "a grave mistake with far-reaching consequences": repeated rejection words say it once
      if (o.kind === 'opp' && k > 0 && polar[k - 1].kind === 'opp') continue;
      sign = -sign;
      // "did not rule out" signals openness, not support
      if (o.kind === 'opp' && /^(rul|exclud|dismiss)/.test(toks[o.start].low) && polar.slice(Math.max(0, k - 2), k).some((p) => p.kind === 'neg' && o.start - p.end <= 2)) {
        conditional = true;
        conds.push(`not ${o.label}`);
      }
    }
    else if (o.kind === 'cond') {
      // "would not accept any text that opened the door to X": the relative clause describes the object; the text
      // letting X in is what is refused
      if (k > 0 && o.start > firstCue.end && /^(that|which)$/.test(toks[o.start - 1]?.low ?? '')) continue;
      if (/negotia/i.test(o.label)) sign = -sign; // negotiating over X puts X in play
      const negated = polar.slice(Math.max(0, k - 2), k).some((p) => p.kind === 'neg' && o.start - p.end <= 3);
      if (!negated) { conditional = true; conds.push(o.label); }
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
      if (o.kind !== 'conn' || o.start < firstCue.start || o.start >= ce) return false;
      // "denied reports that it had dropped X in return for Y": the condition belongs to the denied report
      if (ops.some((n) => n.kind === 'neg' && /^den(y|ied|ies|ying)$/i.test(n.label) && n.start >= zone[0] && n.start < o.start && n.start < hit.start)) return false;
      // (nor a participle describing it: "a safeguard clause allowing it to suspend tariff cuts if imports surge")
      if (hit.start < o.start && toks.slice(hit.end, o.start).some((t) => /^(that|which|who|whose|where|allowing|letting|enabling|permitting|requiring|obliging|giving)$/.test(t.low))) return false;
      // (far after the phrase only within the same stretch of clause: "a time-out from the euro zone for at least five
      // years if it cannot improve its proposals")
      if (hit.start < o.start && o.start - hit.end > 8 && (o.start - hit.end > 14 || toks.slice(hit.end, o.start).some((t) => /^[,;:]$/.test(t.text)))) return false;
      return true;
    });
    if (sentenceIf && sentenceIf.start < h.m.start) conns.push(sentenceIf);
    if (conns.length > 0) { conditional = true; conds.push(...conns.map((o) => o.label)); }
  }
  // "rejected any suggestion that developed countries alone should cut": what is rejected is the exclusivity, not
  // the content, so the content's own direction is not stated here.
  if (polar.some((o) => o.kind === 'opp' || o.kind === 'neg')
    && toks.slice(firstCue.end, Math.min(ce, hit.end + 4)).some((t) => /^(alone|solely|exclusively)$/.test(t.low))) return undefined;
  // Explicit affirm/deny phrases from the watchlist override inference.
  const hitStems = toks.slice(hit.start, Math.min(ce, hit.end + 6)).map((t) => stem(t.low)).join(' ');
  const before = toks.slice(Math.max(zone[0], hit.start - 6), hit.end).map((t) => stem(t.low)).join(' ');
  // A proposition that gives something up reads its "thing" (the NATO bid) with the opposite sign; a phrase that
  // itself gives it up ("hand over") or a reference to the proposition reads as named.
  // (a purpose-clause give-up, "changes its laws to end forced technology transfer": only the words after "end" are the
  // thing, and a give-up word among them, "transfer", is part of the thing)
  const thingHit = info.thingWords !== undefined && hit.ref !== 'prop' && hit.phrase.split(' ').some((w) => info.thingWords!.has(w));
  // a one-word seed used as a verb is the proposition's own act ("demanded that the IAEA close its investigation")
  const actHit = hit.ref === 'none' && !hit.nameWord && hit.end - hit.start === 1 && toks[hit.start].pos === 'VERB'
    && c.termActs.get(stem(toks[hit.start].low))?.has(hit.issue) === true;
  let p = hit.ref === 'prop' ? (hit.refSign ?? 1)
    : actHit ? 1
    : thingHit ? (hitOps.some((o) => o.kind === 'giveup' && !info.thingWords!.has(stem(toks[o.start].low))) ? 1 : -1)
    : !info.giveUp || hitOps.some((o) => o.kind === 'giveup') || (hit.nameWord && info.subjectWords?.has(hit.phrase) === true)
      || (info.thingWords !== undefined && !hit.phrase.split(' ').some((w) => info.thingWords!.has(w))) ? 1
    // the receiving side asking for the thing itself ("Moscow's demand for the Donbas") wants it handed over
    : h.m.actor === info.recipient && !region.some((o) => o.kind === 'giveup' && !region.some((q) => isCue(q) && q.kind !== 'giveup' && q.start >= o.end && q.start <= o.end + 2)) ? 1 : -1;
  if (info.deferral && hit.ref !== 'prop') {
    // a deferral proposition ("X delays the filling until a deal"): the act done "without a deal" is the opposite;
    // the act held back ("wait ... before filling", "refrain from filling until", "hold off") is the delay itself
    const near = toks.slice(Math.max(zone[0], hit.start - 4), Math.min(ce, hit.end + 4)).map((t) => t.low);
    if (toks.slice(hit.start, Math.min(ce, hit.end + 3)).some((t) => t.low === 'without')) p = -1;
    // ("must not begin filling until a deal": the negated act with its deadline is the delay, said once)
    else if (near.some((w) => /^(until|till|before|wait|waiting|refrain|refraining|hold|holding)$/.test(w))) {
      p = polar.some((o) => o.kind === 'neg' && o.end <= hit.start && hit.start - o.end <= 3) ? -1 : 1;
    }
    else p = -1;
  }
  if (info.affirm.some((ph) => ph.length > 0 && (hitStems.includes(ph.join(' ')) || before.includes(ph.join(' '))))) p = 1;
  else if (info.deny.some((ph) => ph.length > 0 && (hitStems.includes(ph.join(' ')) || before.includes(ph.join(' '))))) p = -1;
  // "would not accept an EU crisis regulation that tied its hands": rejecting one version of the thing, named by a
  // restrictive clause, leaves the door open to another: conditional
  let det = hit.start - 1;
  while (det > zone[0] && hit.start - det <= 3 && /^(PROPN|ADJ|NOUN)$/.test(toks[det].pos)) det--;
  const relEnd = Math.min(ce, hit.end + 6);
  if (negs.length > 0 && !conditional && hit.ref === 'none' && /^(a|an|any)$/.test(toks[det]?.low ?? '')
    && /^(that|which)$/.test(toks[hit.end]?.low ?? '') && toks.slice(hit.end + 1, relEnd).some((t) => t.pos === 'VERB')
    && !toks.slice(hit.end + 1, relEnd).some((t) => /^(not|n't|no|never)$/.test(t.low))
    // (a clause that restates the issue itself, "any agreement that binds it", names the issue, not a version of it)
    && !toks.slice(hit.end + 1, relEnd).some((t) => info.nameStems.has(stem(t.low)) && !STOP_WORDS.has(t.low))) {
    conditional = true;
    conds.push(`not ... ${toks[det].low} ${hit.phrase} ${toks[hit.end].low} ...`);
  }
  const value = sign * p * (antonymFlip ? -1 : 1);
  const stance: Stance = conditional ? 'conditional' : value > 0 ? 'support' : 'oppose';

  // "has demanded the delisting since early this year": a standing position restated as background
  const relative = h.relative === true
    || ops.some((o) => o.kind === 'bg' && o.start >= h.m.end && o.start < firstCue.end)
    || ops.some((o) => o.kind === 'bg' && /^(since|for) /.test(o.label.toLowerCase()) && o.start >= firstCue.end && o.start < ce);
  const reportedly = ops.some((o) => o.label.toLowerCase() === 'reportedly');
  // "Schumer said Washington must keep the curbs", "Iran said the United States had to lift its sanctions first": a
  // tracked speaker's prescription for another actor is the speaker's own position, not the other's
  const prescribed = rep !== undefined && !rep.third && rep.actor !== undefined && rep.actor !== h.m.actor && rep.start >= 0 && !h.nested
    && h.m.start > rep.end && modalWithin(toks, h.m.end, Math.min(firstCue.end, ce));
  const holderActor = prescribed ? rep!.actor! : h.m.actor;
  const attributed = !relative && !reportedly && (prescribed || (rep === undefined ? !h.nested : (!rep.third && rep.actor === h.m.actor) || (!rep.third && !h.nested && rep.start > h.m.start && rep.actor === h.m.actor)));
  // Confidence discriminates: a specific issue phrase governed by an explicit stance verb whose subject is the
  // actor scores high; generic words, references, pronoun carries and weak cues ("keep", "should") score low, so
  // that the shift rules only let them move a position with corroboration.
  const anyCue = cues.some((o) => o.kind !== 'giveup');
  const rankConf = 0.5 + (anyCue ? 0.2 : 0) + (attributed ? 0.1 : 0) + (si < 3 ? 0.05 : 0)
    - (hit.ref !== 'none' ? 0.25 : 0) - (h.m.kind === 'carry' ? 0.1 : 0) - (hit.weight < 0.34 ? 0.1 : 0);
  const strong = inExchange !== undefined || cues.some((o) => o.kind !== 'giveup' && o.weak !== true);
  const explicitHolder = h.m.kind !== 'carry';
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
  if (conditional && !inExchange && !sentenceIf && !ops.some((o) => o.kind === 'conn' && o.start >= zone[0] && o.start < zone[1])) confidence = Math.min(confidence, 0.55);
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
  if (explain) {
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
    if (conds.length > 0) ex.condition = conds.join(', ');
    claim.explain = ex;
  }
  return claim;
}

const ADDRESSEE_VERBS = /^(told|tell|tells|telling|notified|notify|notifies|notifying|informed|inform|informs|informing|assured|assure|assures|reassured|urged|urge|urges|urging|asked|ask|asks|asking|pressed|press|presses|pressing|warned|warn|warns|warning)$/;

let genericStems: Set<string> | undefined;
/** Stems of GENERIC_WORDS, built on first use (the stemmer is defined in this module). */
const GENERIC_STEMS = { has: (x: string): boolean => (genericStems ??= new Set(GENERIC_WORDS.map((w) => stem(w)))).has(x) };

function text(toks: Tok[], s: number, e: number): string {
  let out = '';
  for (let i = s; i < e; i++) out += (i === s ? '' : toks[i].sp) + toks[i].text;
  return out.trim();
}
