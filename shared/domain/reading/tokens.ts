/**
 * Tokens and words shared by every step of the reader: the token shape (`Tok`), the wink-nlp loader, the light
 * stemmer and its cache, capitalisation and quoting helpers, and small word sets used by more than one step
 * (months, days, quotes, references to a proposition, light verbs, generic negotiation words).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WORD_FOLDS, GENERIC_WORDS, ISSUE_REFS, DOCUMENT_REFS, CARRY_REFS, OWNER_WORDS, CLAUSE_BREAKS, SUBORDINATORS, isStanceWord, OP_START_WORDS, SPECIAL_OP_WORDS, PHRASE_STARTS, PHRASE_FOLLOWERS, type PhraseStart } from './lexicon.js';
import type { AliasPattern, Compiled, StemPatterns } from './compiled-watchlist.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlpSingleton: Nlp | undefined;
/**
 * The wink model is pure in-memory data; load it once per process, on first use. Only sentence boundaries and part
 * of speech are read, so the pipe skips wink's negation, sentiment and entity passes (about half of `readDoc`'s cost;
 * none of them changes tokens, sentences or tags).
 */
export function nlp(): Nlp {
  nlpSingleton ??= winkNLP(model, ['sbd', 'pos']);
  return nlpSingleton;
}

// The yes/no facts of a Word, one bit each of Word.flags.
const OP_START = 1;
const SPECIAL_OP = 2;
const POSSESSIVE_S = 4;
const UNIT_WITH_STOP = 8;
const ENDS_IN_DIGIT = 16;
const QUOTE = 32;
const ISSUE_REF = 64;
const CARRY_REF = 128;
const OWNER_WORD = 256;
const CLAUSE_BREAK = 512;
const SUBORDINATOR = 1024;
const STANCE_WORD = 2048;
const PHRASE_FOLLOWER = 4096;
const ALL_CAPS = 8192;

/**
 * What is known of a word wherever it stands: its lower case, its stem, and whether findOps can start an op at it.
 * Worked out once per distinct word in the process, not for each of the ~160 tokens of every article (each of those
 * facts was a hash lookup per token).
 *
 * The yes/no facts are bits of one number, read through the getters: a Word is then about half the size (13 fields
 * fewer, 8 bytes each). What an article's words cost is mostly memory traffic, as wink's own pass in between pushes
 * them out of the CPU cache, so a smaller Word is read faster.
 */
export class Word {
  readonly stem: string;
  readonly phrases: PhraseStart | undefined;
  private readonly flags: number;
  /** The last compiled watchlist that looked the word up, and what its alias and demonym indexes hold for it. */
  indexedBy: Compiled | undefined = undefined;
  aliases: AliasPattern[] | undefined = undefined;
  demonym: string | undefined = undefined;
  /** Likewise, the last compiled watchlist that findHits asked, and the seed patterns the word's stem can start there. */
  patternsFrom: Compiled | undefined = undefined;
  patterns: StemPatterns | undefined = undefined;
  /** Likewise for sentenceFacts: whether the stem is an act of an issue's name or term there, else the seed noun it is the verb of. */
  actsFrom: Compiled | undefined = undefined;
  act = false;
  nominalAct: string | undefined = undefined;

  constructor(readonly text: string, readonly low: string) {
    this.stem = stem(low);
    this.phrases = PHRASE_STARTS.get(low);
    this.flags = (OP_START_WORDS.has(low) ? OP_START : 0) | (SPECIAL_OP_WORDS.has(low) ? SPECIAL_OP : 0)
      | (isPossessiveS(text) ? POSSESSIVE_S : 0) | (/^[A-Za-z%]{1,2}\.$/.test(text) ? UNIT_WITH_STOP : 0) | (/\d$/.test(text) ? ENDS_IN_DIGIT : 0)
      | (QUOTES.has(text) ? QUOTE : 0) | (ISSUE_REFS.has(low) ? ISSUE_REF : 0) | (CARRY_REFS.has(low) ? CARRY_REF : 0) | (OWNER_WORDS.has(low) ? OWNER_WORD : 0)
      | (CLAUSE_BREAKS.has(low) ? CLAUSE_BREAK : 0) | (SUBORDINATORS.has(low) ? SUBORDINATOR : 0) | (isStanceWord(low) ? STANCE_WORD : 0)
      | (PHRASE_FOLLOWERS.has(low) ? PHRASE_FOLLOWER : 0) | (text.toUpperCase() === text ? ALL_CAPS : 0);
  }

  /** findOps can start an op here; one of its special cases (SPECIAL_OP_WORDS). */
  get opStart(): boolean { return (this.flags & OP_START) !== 0; }
  get specialOp(): boolean { return (this.flags & SPECIAL_OP) !== 0; }
  /** "'s" (a possessive that tagged() set apart); a unit with a full stop ("C." in "1.5C."); ends in a digit. */
  get possessiveS(): boolean { return (this.flags & POSSESSIVE_S) !== 0; }
  get unitWithStop(): boolean { return (this.flags & UNIT_WITH_STOP) !== 0; }
  get endsInDigit(): boolean { return (this.flags & ENDS_IN_DIGIT) !== 0; }
  /** Membership in the word lists that the reader tests at every token: QUOTES, ISSUE_REFS, CARRY_REFS, OWNER_WORDS, CLAUSE_BREAKS, SUBORDINATORS. */
  get quote(): boolean { return (this.flags & QUOTE) !== 0; }
  get issueRef(): boolean { return (this.flags & ISSUE_REF) !== 0; }
  get carryRef(): boolean { return (this.flags & CARRY_REF) !== 0; }
  get ownerWord(): boolean { return (this.flags & OWNER_WORD) !== 0; }
  get clauseBreak(): boolean { return (this.flags & CLAUSE_BREAK) !== 0; }
  get subordinator(): boolean { return (this.flags & SUBORDINATOR) !== 0; }
  /** A stance word by itself (lexicon's isStanceWord); a word that can continue a phrase (PHRASE_FOLLOWERS). */
  get stanceWord(): boolean { return (this.flags & STANCE_WORD) !== 0; }
  get phraseFollower(): boolean { return (this.flags & PHRASE_FOLLOWER) !== 0; }
  /** The text is its own upper case ("EU", "NATO", ","): how case-aware aliases match a word in capitals. */
  get allCaps(): boolean { return (this.flags & ALL_CAPS) !== 0; }
}
/**
 * One token of a text: its Word (text, lower case and stem, shared by every token of that word), its tag and the
 * spaces before it. The word's own facts are read through the Word rather than copied onto every token: a token is
 * then five fields, not eight, and building an article's tokens touches no Word (what an article costs is mostly
 * memory traffic; see Word).
 */
export class Tok {
  /** The alias matchAliasAt found starting here for the span ending at aliasEnd (null: none; undefined: not asked). */
  alias: AliasPattern | null | undefined = undefined;
  aliasEnd = -1;
  constructor(readonly word: Word, public pos: string, readonly sp: string) {}
  get text(): string { return this.word.text; }
  get low(): string { return this.word.low; }
  get st(): string { return this.word.stem; }
}
const words = new Map<string, Word>();
function wordOf(text: string): Word {
  let w = words.get(text);
  if (w === undefined) {
    w = new Word(text, text.toLowerCase());
    if (words.size > 50_000) words.clear(); // bounded, like the stem cache
    words.set(text, w);
  }
  return w;
}

export const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December']);
export const DAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
export const QUOTES = new Set(['"', '“', '”', '«', '»']);
export const PROP_REFS = new Set(['it', 'deal', 'plan', 'proposal', 'proposals', 'demand', 'demands', 'idea', 'agreement',
  'decision', 'approval', 'vote', 'announcement', 'pact', 'legislation', 'law', 'motion', 'amendment',
  'request', 'offer', 'terms', 'conditions', 'move', 'step', 'measure', 'bill', 'text', 'package', 'treaty', 'accord',
  'this', 'that', 'them', 'those', 'these', 'arrangement', 'framework', 'scheme', 'change', 'concession', 'compromise', 'programme', 'program', 'regulation',
  ...DOCUMENT_REFS]);
export const LIGHT_VERBS = /^(is|are|be|was|were|been|becomes?|became|gets?|got|has|have|had|makes?|made|takes?|took|gives?|gave|goes|go|went|comes?|came|does|do|did|uses?|used|stays?|remains?|keeps?|holds?|held|lets?|sets?|setting)$/;

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

/** A token's stem (worked out once per distinct word, on its Word). */
export function stemOf(tk: Tok): string {
  return tk.word.stem;
}

/** The stems of toks[from, to) joined by spaces (how multi-word stems are compared). */
export function stemsJoined(toks: Tok[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) out += (k === from ? '' : ' ') + stemOf(toks[k]);
  return out;
}

/** The words of toks[from, to) joined by single spaces (an op's label, a mention's alias); from < to. */
export function wordsJoined(toks: Tok[], from: number, to: number): string {
  let out = toks[from].text;
  for (let k = from + 1; k < to; k++) out += ' ' + toks[k].text;
  return out;
}

/**
 * The last of `list` (spans of a sentence or clause, in the order found: mentions, ops) that starts at token i, or
 * undefined. Such lists hold a handful of items, so a scan costs less than a map built for every sentence.
 */
export function startingAt<T extends { start: number }>(list: T[], i: number): T | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (list[k].start === i) return list[k];
  return undefined;
}

/** Whether s opens with an ASCII capital (a char code test: it runs for most tokens of every sentence). */
export function isCap(s: string): boolean {
  const c = s.charCodeAt(0); // (NaN for '')
  return c >= 65 && c <= 90;
}

export function tok(text: string, pos: string, sp: string): Tok {
  return tokOf(wordOf(text), pos, sp);
}
function tokOf(word: Word, pos: string, sp: string): Tok {
  return new Tok(word, pos, sp);
}

/**
 * Words by wink's id for them (its.uniqueId: an index into the wink instance's lexicon, which gives a word one id and
 * never reuses it). An array read per token instead of a string-keyed map lookup; bounded like the word table.
 */
const wordsById: (Word | undefined)[] = [];
const MAX_WORD_ID = 1 << 20;

/** Words, tags, preceding spaces and sentence spans (first and last token index) of a text. */
export interface Tagged { words: string[]; pos: string[]; spaces: string[]; spans: [number, number][] }

/** Words whose "'s" is "is" or "has" ("it's", "he's"): wink reads those as contractions, left as they are. */
const CONTRACTING = new Set(['it', 'he', 'she', 'that', 'what', 'there', 'here', 'who', 'where', 'how', 'let', 'this', 'everyone', 'nobody', 'one']);

/**
 * Where a possessive "'s" may stand (then checked by hand in splitPossessives). Finding the apostrophes first and
 * walking back over the word costs far less than a Unicode regex tried at every word of every text.
 */
const APOSTROPHE_S = /['’][sS]/g;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the code point is a letter or digit in any script (\p{L}, \p{N}). */
function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** Where the code point that ends just before index `end` starts (a surrogate pair is one code point). */
function codePointStartBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return end - 2;
  }
  return end - 1;
}

/** "'s" or "’s" (either case of s), as wink returns the possessive token. */
function isPossessiveS(w: string): boolean {
  return w.length === 2 && (w[0] === "'" || w[0] === '’') && (w[1] === 's' || w[1] === 'S');
}

/** The text with every possessive "'s" set apart by a space (see tagged()). */
function splitPossessives(text: string): string {
  // A possessive is a whole word (letters or digits in any script) right before "'s", with no letter or digit after
  // the "s"; the words in CONTRACTING keep theirs ("it's" is "it is").
  let out = '';
  let copied = 0; // text before this index is in out
  let previousEnd = 0; // where the last possessive (set apart or not) ended
  // (an exec loop rather than matchAll, which copies the regex and makes an iterator and a result for each match)
  APOSTROPHE_S.lastIndex = 0;
  for (let m = APOSTROPHE_S.exec(text); m !== null; m = APOSTROPHE_S.exec(text)) {
    const at = m.index;
    const after = at + 2;
    if (after < text.length && isLetterOrDigit(text.codePointAt(after)!)) continue;
    let wordStart = at;
    while (wordStart > 0) {
      const k = codePointStartBefore(text, wordStart);
      if (!isLetterOrDigit(text.codePointAt(k)!)) break;
      wordStart = k;
    }
    // (no word, or one that runs back into the last possessive: the "s" of "x's's" is not a word)
    if (wordStart === at || wordStart < previousEnd) continue;
    previousEnd = after;
    if (CONTRACTING.has(text.slice(wordStart, at).toLowerCase())) continue;
    out += text.slice(copied, at) + ' ';
    copied = at;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * wink-nlp's tokens and tags, with a possessive always read as its own token ("Sweden's" -> "Sweden" + "'s"). wink keeps
 * the words it meets in a cache shared by every document of the instance, and once it has taken "Sweden's" whole
 * (before a comma, say) it keeps it whole, and tags it differently, in every later document: without this, a story
 * would read differently depending on what the process read before it, and a replay would not reproduce a live run.
 * The possessive is set apart with a space before wink reads the text, so wink never meets it whole; the space is
 * taken out again after.
 *
 * @example tagged("Sweden's bid stalled.").words  // ["Sweden", "'s", "bid", "stalled", "."]
 */
export function tagged(text: string): Tagged {
  const apart = splitPossessives(text);
  const doc = nlp().readDoc(apart);
  const its = nlp().its;
  const tokens = doc.tokens();
  const words = tokens.out();
  const pos = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  if (apart !== text) for (let i = 1; i < words.length; i++) if (isPossessiveS(words[i]) && spaces[i] === ' ') spaces[i] = '';
  return { words, pos, spaces, spans };
}

/**
 * The reader's tokens of a text (tagged() as Toks) and its sentence spans, from one read of wink's output: each token's
 * Word comes by wink's id, so wink's words are read out only when a word is new to the process.
 */
export function readTokens(text: string): { toks: Tok[]; spans: [number, number][] } {
  const apart = splitPossessives(text);
  const doc = nlp().readDoc(apart);
  const its = nlp().its;
  const tokens = doc.tokens();
  const ids = tokens.out(its.uniqueId) as unknown as number[];
  const pos = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  let texts: string[] | undefined;
  const toks: Tok[] = [];
  let previous: Word | undefined;
  // (compared once, not per token: splitPossessives returns the text itself when it sets nothing apart)
  const possessivesSplit = apart !== text;
  let sawNoStop = false; // a "no." token, which may end a sentence wink ran on (see splitAnswerStops)
  let retag: number[] | undefined; // verbs wink tagged as nouns (see retagVerbs)
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    let word = id < wordsById.length ? wordsById[id] : undefined;
    if (word === undefined) {
      texts ??= tokens.out();
      word = wordOf(texts[i]);
      if (id < MAX_WORD_ID) {
        while (wordsById.length <= id) wordsById.push(undefined);
        wordsById[id] = word;
      }
    }
    // (the possessive's space was put there by splitPossessives)
    const sp = possessivesSplit && i > 0 && word.possessiveS && spaces[i] === ' ' ? '' : spaces[i];
    // "... include 1.5C." comes out as "1.5" + "C.": the unit keeps its letter, the full stop ends the sentence
    const read = previous !== undefined && sp === '' && word.unitWithStop && previous.endsInDigit ? wordOf(word.text.slice(0, -1)) : word;
    toks.push(tokOf(read, pos[i], sp));
    if (pos[i] === 'NOUN' && VERBS_TAGGED_AS_NOUNS.has(read.low)) (retag ??= []).push(i);
    previous = word;
    if (word.low === 'no.') sawNoStop = true;
  }
  if (retag !== undefined) retagVerbs(toks, retag);
  return sawNoStop ? splitAnswerStops(toks, spans) : { toks, spans };
}

/** Verbs wink's model often tags as nouns: "cast" ("Sudland cast its vote for"), "favour" ("governments that favour the tax"). */
const VERBS_TAGGED_AS_NOUNS = new Set(['cast', 'favour', 'favours', 'favor', 'favors']);

/**
 * Tags as verbs the words of VERBS_TAGGED_AS_NOUNS at `at` that wink tagged as nouns where the context makes them verbs:
 * "cast" before "its / their / a vote" or "ballots"; "favour" after "that", "who", "which" or a pronoun subject and before
 * its object ("the governments that favour the tax"; not "in favour of", "a favour to").
 */
function retagVerbs(toks: Tok[], at: number[]): void {
  for (const i of at) {
    const t = toks[i];
    const next = toks[i + 1];
    if (t.low === 'cast') {
      const k = /^(DET|PRON)$/.test(next?.pos ?? '') ? i + 2 : i + 1;
      if (/^(votes?|ballots?)$/.test(toks[k]?.low ?? '')) t.pos = 'VERB';
    } else if (/^(that|who|which|they|we|i|also|still|strongly)$/.test(toks[i - 1]?.low ?? '') && /^(DET|ADJ|NOUN|PROPN|PRON)$/.test(next?.pos ?? '')) {
      t.pos = 'VERB';
    }
  }
}

/** Whether toks[i] is a "no." that ends its sentence: before a capitalised word that is not a figure ("No. 10"). */
function answerStopAt(toks: Tok[], i: number): boolean {
  return toks[i].low === 'no.' && i + 1 < toks.length && /^[A-Z][a-z]/.test(toks[i + 1].text);
}

/**
 * "Sudland said no. Norland then ...": wink reads "no." as the abbreviation of "number" and runs the two sentences
 * together. Such a "no." becomes "no" and "." and its sentence ends there. (Called only when a "no." token was seen.)
 */
function splitAnswerStops(toks: Tok[], spans: [number, number][]): { toks: Tok[]; spans: [number, number][] } {
  const out: Tok[] = [];
  const newIndex: number[] = []; // old token index -> new index (of its first part)
  const stops: number[] = []; // new indexes of the inserted full stops
  for (let i = 0; i < toks.length; i++) {
    newIndex.push(out.length);
    if (answerStopAt(toks, i)) {
      out.push(tokOf(wordOf(toks[i].text.slice(0, -1)), 'DET', toks[i].sp), tokOf(wordOf('.'), 'PUNCT', ''));
      stops.push(out.length - 1);
    } else out.push(toks[i]);
  }
  const newSpans: [number, number][] = [];
  for (const [s, e] of spans) {
    let start = newIndex[s];
    const end = e + 1 < newIndex.length ? newIndex[e + 1] - 1 : out.length - 1;
    for (const stop of stops) if (stop >= start && stop < end) { newSpans.push([start, stop]); start = stop + 1; }
    newSpans.push([start, end]);
  }
  return { toks: out, spans: newSpans };
}

export function tokenize(text: string): string[] {
  return tagged(text).words;
}

let genericStems: Set<string> | undefined;
/** Stems of GENERIC_WORDS, built on first use (the stemmer is defined in this module). */
export const GENERIC_STEMS = { has: (x: string): boolean => (genericStems ??= new Set(GENERIC_WORDS.map((w) => stem(w)))).has(x) };

export function text(toks: Tok[], s: number, e: number): string {
  let out = '';
  for (let i = s; i < e; i++) out += (i === s ? '' : toks[i].sp) + toks[i].text;
  return out.trim();
}
