/**
 * How the reader understands a watchlist, and what in it is likely to mislead the reader: the check behind
 * `shiftwatch watchlist`. A user writing a watchlist for a new topic sees, before any story arrives, which way each
 * issue's proposition points (a give-up or an affirmation, and why), how a plain demand for each seed term is read,
 * and warnings such as an alias given to two actors or a term the reader files under another issue.
 *
 * Terms are checked by probing the real reader with one-sentence demands by a made-up actor, so what this prints is
 * what the reader does, not a second description of its rules that could drift from them.
 */
import type { Watchlist } from '../watchlist.js';
import type { Stance } from '../types.js';
import { compile } from './compiled-watchlist.js';
import { GIVE_UP_WORDS, DEFER_WORDS, STOP_WORDS, isStanceWord } from './lexicon.js';
import { createStanceReader } from './stance-reader.js';
import { stem, tok, tagged, GENERIC_STEMS } from './tokens.js';
import { units } from './issue-hits.js';

export interface TermReading {
  term: string;
  /** The sentence the reader was given. */
  probe: string;
  /** The stance the reader gave the probe actor on this issue; undefined when it made no claim on it. */
  stance?: Stance;
  /** Issues the probe was read as instead, when not this one. */
  otherIssues: string[];
  /** In a give-up issue: the term names the outcome (the giving-up itself, what it lets happen), not the thing given up. */
  outcome?: boolean;
}

export interface IssueReading {
  id: string;
  name: string;
  /** `give-up`: the proposition gives something up, so wanting the thing itself opposes it. */
  proposition: 'give-up' | 'affirm';
  /** Why the reader took it so, in words. */
  because: string;
  /** The side that receives what is given up (it wants the thing itself). */
  recipient?: string;
  /** Verbs of the name and description that are the issue's own acts: an actor doing one supports it ("collect"). */
  acts: string[];
  terms: TermReading[];
  baseline: { actor: string; stance: Stance }[];
}

export interface WatchlistCheck {
  actors: { id: string; name: string; aliases: string[] }[];
  issues: IssueReading[];
  /** One line each, naming the actor, issue, alias or term concerned. */
  warnings: string[];
}

// A name no real text uses, so the probe's only actor is the one we add.
const PROBE_ACTOR = { id: 'probe-actor', name: 'Zorblax', aliases: ['Zorblax'] };

/**
 * Describes how the reader understands `watchlist` and lists what is likely to mislead it.
 *
 * @example checkWatchlist(loadWatchlist('watchlist.yaml')).warnings.forEach((w) => console.log(w))
 */
export function checkWatchlist(watchlist: Watchlist): WatchlistCheck {
  const compiled = compile(watchlist);
  const reader = createStanceReader({ ...watchlist, actors: [...watchlist.actors, PROBE_ACTOR], baseline: [] });
  const warnings: string[] = [];

  const aliasOwners = new Map<string, Set<string>>();
  for (const actor of watchlist.actors) {
    for (const alias of actor.aliases) {
      const key = alias.trim().toLowerCase();
      (aliasOwners.get(key) ?? aliasOwners.set(key, new Set()).get(key)!).add(actor.id);
      // (a lower-case phrase, "the alliance", is a deliberate metonym; a lower-case single word is every use of it)
      if (!/[A-Z]/.test(alias) && !/\s/.test(alias.trim())) {
        warnings.push(`actor ${actor.id}: alias "${alias}" is a lower-case single word, so every "${alias}" in a story is read as ${actor.id}`);
      }
    }
  }
  for (const [alias, owners] of aliasOwners) {
    if (owners.size > 1) warnings.push(`alias "${alias}" is given to ${[...owners].join(' and ')}: a mention of it is credited to the first listed`);
  }

  const termOwners = new Map<string, Set<string>>();
  for (const issue of watchlist.issues) {
    for (const term of issue.terms) {
      const key = term.trim().toLowerCase();
      (termOwners.get(key) ?? termOwners.set(key, new Set()).get(key)!).add(issue.id);
    }
  }
  for (const [term, owners] of termOwners) {
    if (owners.size > 1) warnings.push(`term "${term}" is listed under ${[...owners].join(' and ')}: the reader cannot tell them apart by it`);
  }

  const issues: IssueReading[] = watchlist.issues.map((issue) => {
    const info = compiled.issues.get(issue.id)!;
    const outcomes = new Set(info.outcomeTerms?.values());
    const terms = issue.terms.map((term) => ({ ...probeTerm(reader, issue.id, term), ...(outcomes.has(term) ? { outcome: true } : {}) }));
    for (const t of terms) {
      if (t.stance !== undefined) continue;
      warnings.push(
        t.otherIssues.length > 0
          ? `issue ${issue.id}: term "${t.term}" is read as ${t.otherIssues.join(', ')} in "${t.probe}"`
          : `issue ${issue.id}: term "${t.term}" gives no claim on it in "${t.probe}" (alone, the reader does not take it for this issue)`,
      );
    }
    warnings.push(...nameWarnings(issue, compiled));
    for (const term of issue.terms) {
      if (/^[a-z]+$/.test(term.trim()) && GENERIC_STEMS.has(stem(term.trim()))) {
        warnings.push(`issue ${issue.id}: term "${term}" is an ordinary negotiation word: alone it does not say which issue, so claims resting on it get a low confidence (a phrase names the issue better)`);
      }
    }
    return {
      id: issue.id,
      name: issue.name,
      proposition: info.giveUp ? 'give-up' : 'affirm',
      because: propositionReason(issue, info.giveUp, info.deferral === true, info.bans === true),
      ...(info.recipient ? { recipient: info.recipient } : {}),
      acts: ownActs(issue.id, [issue.name, issue.description ?? ''], compiled),
      terms,
      baseline: watchlist.baseline.filter((b) => b.issue === issue.id).map((b) => ({ actor: b.actor, stance: b.stance })),
    };
  });

  return {
    actors: watchlist.actors.map((a) => ({ id: a.id, name: a.name, aliases: a.aliases })),
    issues,
    warnings,
  };
}

/** The verbs of these texts (an issue's name and description) that the reader takes as the issue's acts. */
function ownActs(issueId: string, texts: string[], compiled: ReturnType<typeof compile>): string[] {
  const acts = new Set<string>();
  for (const text of texts) {
    const { words, pos } = tagged(text);
    words.forEach((w, k) => { if (pos[k] === 'VERB' && compiled.nameActs.get(stem(w.toLowerCase()))?.has(issueId) === true) acts.add(w.toLowerCase()); });
  }
  return [...acts];
}

/**
 * How a plain demand for `term` is read: a noun phrase is "called for" ("Zorblax called for a NATO bid" has one
 * article less, which the reader does not need); a verb phrase is what the actor calls on others to do.
 */
function probeTerm(reader: ReturnType<typeof createStanceReader>, issueId: string, term: string): TermReading {
  const probe = startsWithVerb(term) ? `Zorblax called on them to ${term}.` : `Zorblax called for ${term}.`;
  const claims = reader.analyze({ text: probe }).filter((c) => c.actor === PROBE_ACTOR.id);
  const own = claims.find((c) => c.issue === issueId);
  const otherIssues = [...new Set(claims.filter((c) => c.issue !== issueId).map((c) => c.issue))];
  return own ? { term, probe, stance: own.stance, otherIssues } : { term, probe, otherIssues };
}

/**
 * "join NATO", "cede", "hand over" (the tagger decides, after "to"), not "NATO bid", "frozen assets" or "filling"; nor a
 * compound the tagger also reads as a verb after "to" ("salt tax", "trade deal": after "the" its first word is a
 * modifier), unless that word is a stance or give-up word ("lift sanctions").
 */
function startsWithVerb(term: string): boolean {
  const first = term.trim().split(/\s+/)[0];
  if (tagged(`They want to ${term}.`).pos[3] !== 'VERB' || /(ing|ed)$/i.test(first)) return false;
  const { pos } = tagged(`They discussed the ${term} on Monday.`);
  const compound = (pos[3] === 'ADJ' || pos[3] === 'NOUN') && pos[4] === 'NOUN' && !COMMON_VERBS.test(first);
  return !compound || GIVE_UP_WORDS.has(first.toLowerCase()) || isStanceWord(first.toLowerCase());
}
/** Verbs that open seed phrases and that the tagger takes for nouns after "the" ("resume talks", "cut ties"). */
const COMMON_VERBS = /^(take|dissolve|serve|order|curb|elect|separate|narrow|resume|cut|link|end|stop|restore|reopen|hold|open|close|raise|sign|ratify|extend|renew|start|begin|ban|cap|limit|freeze|fund|build|keep|return|release|impose|allow|grant|pay|sell|buy|share|set|reach|hand)$/i;

/** Verbs that forbid a thing: in a name they make the terms name the thing forbidden, unless the user says so. */
const PROHIBITIONS = /^(bans?|banned|prohibits?|prohibited|outlaws?|outlawed|forbids?|criminali[sz]es?|criminali[sz]ed)$/i;

/** What in an issue's name is likely to mislead the reader. */
function nameWarnings(issue: Watchlist['issues'][number], compiled: ReturnType<typeof compile>): string[] {
  const out: string[] = [];
  const { words, pos } = tagged(issue.name);
  const toks = words.map((w, k) => tok(w, pos[k], ' '));
  const actorSpans = units(compiled, toks, 0, toks.length).filter((u) => u.s.startsWith('@'));
  // (the tagger may call "bans" a plural noun; right after the subject it is the verb)
  const prohibition = toks.find((t, k) => PROHIBITIONS.test(t.text) && (t.pos === 'VERB' || actorSpans.some((u) => u.end === k && u.start <= 1)));
  // (a ban the reader finds is read as giving its object up: no warning)
  if (prohibition && typeof issue.polarity !== 'string' && compiled.issues.get(issue.id)?.bans !== true) {
    out.push(`issue ${issue.id}: its name forbids something ("${prohibition.text}") but is read as named, so wanting a term reads as support; ` +
      'if the terms name the thing forbidden, set `polarity: give-up` and list the words for the act itself under `affirm`');
  }
  // A name made only of actors and a verb ("Sweden joins NATO") gives the reader no topic word of its own.
  const topic = toks.filter((t, k) => /^[a-z0-9]/i.test(t.text) && !STOP_WORDS.has(t.low) && !actorSpans.some((u) => k >= u.start && k < u.end)
    && t.pos !== 'VERB' && t.pos !== 'AUX' && !compiled.demonyms.has(t.text));
  if (topic.length === 0) {
    out.push(`issue ${issue.id}: its name has no topic word besides actors and its verb; add terms for how reports name the thing ` +
      '(for "Sweden joins NATO": membership, accession, ratification)');
  }
  return out;
}

function propositionReason(issue: Watchlist['issues'][number], giveUp: boolean, deferral: boolean, bans: boolean): string {
  if (typeof issue.polarity === 'string') return `set by its polarity field (${issue.polarity})`;
  const words = issue.name.toLowerCase().match(/[a-z]+/g) ?? [];
  if (deferral) return `its subject defers an act ("${words.find((w) => DEFER_WORDS.has(w)) ?? 'delays'}")`;
  if (bans) return `its name bans something ("${words.find((w) => PROHIBITIONS.test(w)) ?? 'bans'}"): what it bans is the thing given up, and a term naming the ban states it`;
  const giveUpWord = words.find((w) => GIVE_UP_WORDS.has(w));
  if (giveUp) return giveUpWord ? `its name gives something up ("${giveUpWord}")` : 'its name gives something up';
  return giveUpWord ? `"${giveUpWord}" in its name is not read as giving something up here, so it reads as named` : 'no give-up verb in its name, so it reads as named';
}
