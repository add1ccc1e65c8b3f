/**
 * Compilation of a watchlist, once per reader: actor aliases and demonyms indexed by first token, each issue's seed
 * terms, name words and derived compounds with their weights and specificity, and what each issue's name says
 * (give-up or deferral, recipient, subject actors, the name's own acts).
 */
import type { Actor, Issue, Watchlist } from '../watchlist.js';
import { ANTONYMS, DEFER_WORDS, DEMAND_HEADS, DEMONYMS, GIVE_UP_WORDS, ISSUE_REFS, NEGOTIATED_TEXT_NOUNS, PARTICIPATION_PHRASES, STOP_WORDS, HEAD_SYNONYM_GROUPS, OFFERED_TEXT_STEMS, TEXT_SYNONYM_STEMS, isStanceWord } from './lexicon.js';
import { PROP_REFS, LIGHT_VERBS, stem, isCap, tok, tokenize, tagged, GENERIC_STEMS, type Tok } from './tokens.js';
import { units, type Unit } from './issue-hits.js';
import { findOps, verbLike, op } from './stance-cues.js';

export interface AliasPattern { actor: string; toks: string[]; low: string[]; exact: boolean; single: boolean; alias: string }
export interface TermPattern { issue: string; stems: string[]; /** the stems joined by spaces (a hit's phrase) */ phrase: string; weight: number; term: string; nameWord: boolean; anchor: boolean; spec: number; gap?: boolean; derived?: boolean }
export interface IssueInfo { nameStems: Set<string>; opposites: Set<string>; thingWords?: Set<string>; issue: Issue; giveUp: boolean; affirm: string[][]; deny: string[][]; subjects: Set<string>; recipient?: string; deferral?: boolean; givesUpADemand?: boolean; givesUpAText?: boolean; outcomeTerms?: Map<string, string>; /** the name bans its object (see banName) */ bans?: boolean; /** stems of the objection the name drops ("drops its veto on ...") */ objectionStems?: Set<string>; nameVerbs: Set<string>; subjectWords?: Set<string>; /** give-up name words read as named: its means, a second predicate */ namedWords?: Set<string>; /** a handover to a recipient, done by a deal (see transferByDeal) */ transferByDeal?: boolean; /** what the name rules out, after "without" */ excludedWords?: Set<string>; /** the one actor that does the name's act (see agent) */ agent?: string }

export interface Compiled {
  aliasIndex: Map<string, AliasPattern[]>;
  demonyms: Map<string, string>; // exact demonym -> actor
  patternsByStem: Map<string, StemPatterns>; // a stem -> the seed patterns it can start, by role (one lookup per unit)
  issues: Map<string, IssueInfo>;
  fullNameLast: Map<string, Set<string>>; // last token of a multi-token person alias -> first tokens
  actStems: Set<string>; // verbs of the issues' names ("trigger", "restore"): doing them supports the issue
  nameActs: Map<string, Set<string>>; // verbs of the issues' names -> the issues that name them
  // of which, one-word seed terms used as verbs ("close", "revive") -> their issues: weak cues for those issues only; and,
  // keyed by their stems joined with spaces, seeds of two or three words that start with their verb ("step down", "leave
  // office"): said with that verb, the phrase is the act (see sentenceFacts)
  termActs: Map<string, Set<string>>;
  issueWords: Map<string, Set<string>>; // stems of each issue's seed terms
  termHeads: Map<string, Set<string>>; // head nouns of each issue's noun-phrase seeds of two words or more ("law" of "heating law")
  issuesWithSubjects: { id: string; subjects: Set<string> }[]; // the issues whose name has a subject actor, in watchlist order
  // one-word seed nouns that name an act ("extension", "restoration"), by the first five letters of their stem: the verb
  // of the same family ("would not extend the deal") is that act, for those issues only (see nominalActAt)
  nominalActs: Map<string, string[]>;
  /**
   * Institution nouns ("guild", "union") -> the actors they can stand for: the head noun of an alias ("Guild" in "Writers
   * Guild of America") or any such noun in the actor's name and its description ("... (the writers' union)").
   */
  headOwners: Map<string, string[]>;
  /**
   * Head nouns of one issue's seeds alone ("corridor" of "grain corridor", "levy" of "salt levy") -> that issue: "the
   * corridor" refers back to it when no seed is named (see chooseIssues). Heads shared by issues, reference words of
   * their own ("the deal") and generic words are left out.
   */
  headRefs: Map<string, string>;
}

/** The seed patterns one stem can start, by role. */
export interface StemPatterns {
  /** Seeds whose first stem it is, longest first. */
  term?: TermPattern[];
  /** Verb-object seeds whose object it is, for the passive ("the duties had to be removed"). */
  passive?: TermPattern[];
  /** Noun-noun seeds whose head it is, for the verb form ("transfer technology"). */
  reverse?: TermPattern[];
}

/** Phrasal give-up verbs whose first word alone gives nothing up ("CN and CPKC call off their lockout", not "calls for"). */
const PHRASAL_GIVE_UP = /^(call|calls|pull|pulls|walk|walks|back|backs|water|waters)\s+(off|out|away|down)\b/i;

/** Head nouns of institutions' names that news uses alone with "the" (the carried "government", "ministry" ... aside). */
const INSTITUTION_HEADS = new Set(['guild', 'union', 'alliance', 'agency', 'bloc', 'council', 'commission', 'court',
  'parliament', 'assembly', 'coalition', 'federation', 'organisation', 'organization', 'association', 'committee', 'board',
  'league', 'forum', 'caucus', 'brotherhood', 'movement', 'front', 'party', 'presidency', 'bureau']);

/** Who speaks for a party named by its adjective ("the Free Democrat leader"). */
const PARTY_VOICES = ['leader', 'co-leader', 'chief', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson'];

/** A participle, regular or one of the common irregular ones ("sent", "held", "paid"). */
const PARTICIPLE = /(ing|ed)$|^(sent|made|held|built|brought|bought|sold|paid|kept|left|put|set|cut|spent|won|lost|told|found|led|caught|taught|fought|dealt|sought|shown|known|seen|done|given|taken|written|driven|drawn|grown|thrown|chosen|frozen|stolen|broken|spoken)$/;

/** Head nouns too common to stand for one seed alone: meetings, votes, bodies, sides, times, amounts, generic things. */
const LONE_HEAD_STOPS = /^(votes?|elections?|governments?|commissions?|courts?|powers?|days?|months?|weeks?|years?|hours?|percent|billions?|millions?|times?|talks?|negotiations?|meetings?|summits?|process|processes|wars?|peace|crisis|crises|disputes?|strikes?|results?|money|funds?|rights?|bod(y|ies)|systems?|offices?|councils?|assembl(y|ies)|committees?|parliaments?|unions?|part(y|ies)|compan(y|ies)|groups?|members?|people|levels?|parts?|cases?|states?|countr(y|ies)|nations?|regions?|areas?|issues?|questions?|matters?|points?|positions?|statements?|reports?|actions?|measures?|steps?|moves?|changes?|rules?|security|reviews?|lists?|claims?|dates?|periods?|status|base|bases|forces?|border|borders|ministers?|presidents?|leaders?|officials?|support|use|role|sides?|terms?|talks|dialogue|relations?|order|project|round|form|track|line|limit|limits|share|shares|cost|costs|price|prices|amount|number|offer|demand|plan|deal|agreement|treaty|pact|accord|framework|package|proposal)$/;

/** Particles of phrasal verbs ("step down", "phase in"), which mark the word before them as a verb in a seed. */
const PARTICLES = /^(down|up|out|off|in|back|aside|over|away)$/;

export function compile(w: Watchlist): Compiled {
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
    for (const a of names) {
      add(actor, a);
      // "Turkish Cypriot leader" also names its plural, "Turkish Cypriot leaders" (and "officials", "negotiators")
      const plural = /^(.+ (?:leader|official|negotiator|diplomat|minister|envoy|delegate|representative))$/i.exec(a);
      if (plural) add(actor, `${plural[1]}s`);
      // a party named in the plural ("Free Democrats", "Conservatives", "Tories") is a singular adjective before its
      // leader or its spokesman ("the Free Democrat leader", "a Tory spokesman")
      const party = /^((?:[A-Z][\w-]* )*[A-Z][a-z-]+?)(ies|s)$/.exec(a);
      if (party && !/(ss|us|is)$/.test(a) && a.split(' ').length <= 3) {
        const singular = party[1] + (party[2] === 'ies' ? 'y' : '');
        for (const role of PARTY_VOICES) add(actor, `${singular} ${role}`);
      }
    }
    const extra = Array.isArray(actor.demonyms) ? (actor.demonyms as unknown[]).map(String) : [];
    const dem = new Set<string>(extra);
    for (const n of names) for (const d of DEMONYMS[n.toLowerCase()] ?? []) dem.add(d);
    // a country's adjective from its own aliases ("Mauritian government" -> "Mauritian officials", "Mauritian sovereignty")
    for (const n of names) {
      const adj = /^([A-Z][a-z]+(?:an|ese|ish|ic|i))\s+(?:government|officials|authorities)$/.exec(n);
      if (adj && !names.includes(adj[1])) dem.add(adj[1]);
    }
    for (const d of dem) if (!demonyms.has(d)) demonyms.set(d, actor.id);
  }
  // "the union", "the agency": an institution noun with "the" refers back to an actor it names (see headOwners)
  const headOwners = new Map<string, string[]>();
  const own = (head: string, actor: Actor): void => {
    const owners = headOwners.get(head) ?? [];
    if (INSTITUTION_HEADS.has(head) && !owners.includes(actor.id)) headOwners.set(head, [...owners, actor.id]);
  };
  for (const actor of w.actors) {
    // (the name's own description counts: "Writers Guild of America (the writers' union ...)" is a union)
    for (const word of actor.name.split(/[\s(),]+/)) own(word.toLowerCase().replace(/[^a-z]/g, ''), actor);
    for (const a of actor.aliases) {
      const words = a.trim().split(/\s+/);
      if (words.length < 2) continue;
      const of = words.findIndex((x, k) => k > 0 && x.toLowerCase() === 'of');
      own((of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase().replace(/[^a-z]/g, ''), actor);
    }
  }
  // "the company said": a company is a tracked name that is not a country, a government, an institution or a person
  const institutions = new Set([...headOwners.values()].flat());
  for (const actor of w.actors) {
    if (!isCompany(actor, institutions)) continue;
    for (const noun of ['company', 'firm']) headOwners.set(noun, [...(headOwners.get(noun) ?? []), actor.id]);
  }
  for (const list of aliasIndex.values()) list.sort((a, b) => b.low.length - a.low.length);

  // Issue terms: seeds (weight 1) and the name's content words (weight 0.5), each divided by how many issues share it.
  const raw: { issue: string; stems: string[]; term: string; nameWord: boolean; base: number; gap?: boolean; subject?: boolean; derived?: boolean }[] = [];
  const issues = new Map<string, IssueInfo>();
  const actStems = new Set<string>();
  const issueWords = new Map<string, Set<string>>();
  const termHeads = new Map<string, Set<string>>();
  const loneHeads = new Map<string, Set<string>>(); // head stem -> the issues whose seeds it heads (see headRefs)
  const termActs = new Map<string, Set<string>>();
  const nameActs = new Map<string, Set<string>>();
  const nominalActs = new Map<string, string[]>();
  const pre: Compiled = { aliasIndex, demonyms, patternsByStem: new Map(), issues, fullNameLast, actStems, nameActs, termActs, issueWords, termHeads, issuesWithSubjects: [], nominalActs, headOwners, headRefs: new Map() };
  const unitsOf = (text: string): { u: Unit[]; toks: Tok[] } => {
    const { words, pos } = tagged(text);
    const tk: Tok[] = words.map((t, i) => tok(t, pos[i], ' '));
    return { u: units(pre, tk, 0, tk.length), toks: tk };
  };
  // every issue's words (name, description, terms), stemmed once: a word another issue also uses names neither
  const propositions = new Map(w.issues.map((o) => [o.id, propositionOf(o.name)]));
  const vocabulary = new Map(w.issues.map((o) => [o.id, new Set([propositions.get(o.id)!, o.description ?? '', ...o.terms].flatMap((t) => tokenize(t).map((x) => stem(x.toLowerCase()))))]));
  for (const issue of w.issues) {
    const name = propositions.get(issue.id)!;
    const nameToks = tokenize(name);
    const nameUnits = unitsOf(name);
    // each seed term read once: for its direction below and for its patterns
    const termUnits = issue.terms.map(unitsOf);
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
      // (an untracked name among them too: "Northline and Eastway call off ...")
      while (k + 1 < nt.length && /^(and|or|,)$/.test(nt[k].low)) {
        const next = nameUnits.u.find((x) => x.start === k + 1 && x.s.startsWith('@'));
        if (next) { k = next.end; continue; }
        if (!isCap(nt[k + 1].text) || nt[k + 1].pos !== 'PROPN') break;
        k++;
        while (k < nt.length && isCap(nt[k].text) && nt[k].pos === 'PROPN') k++;
      }
      while (k < nt.length && /ly$/.test(nt[k].low)) k++;
      // (the actor as a modifier of the subject noun: "The Sudland unions drop their threat ...")
      if (k + 1 < nt.length && nt[k].pos === 'NOUN' && /s$/.test(nt[k].low) && GIVE_UP_WORDS.has(nt[k + 1].low)) k++;
      if (k < nt.length && /^[a-z]/.test(nt[k].text)) { firstVerb = k; nt[k].pos = 'VERB'; }
    }
    // A headline-style name with no tracked subject may have its verb tagged as a noun: a give-up word right after the
    // subject noun is the verb ("Oil companies halt work"). Early in the name and before a name or a determiner
    // ("The opposition drops Maria Corina Machado as ... and fields a substitute"), it wins over any later verb.
    // (a subject noun tagged as an adjective after "The": "The union drops its demand ...")
    const giveUpAfterNoun = (k: number, next: RegExp): boolean => k > 0 && GIVE_UP_WORDS.has(nt[k].low)
      && (/^(NOUN|PROPN)$/.test(nt[k - 1].pos) || (k === 2 && nt[k - 1].pos === 'ADJ' && nt[0].pos === 'DET')) && next.test(nt[k + 1]?.pos ?? '');
    if (firstVerb < 0) {
      const early = nt.findIndex((t, k) => k <= 3 && /s$/.test(t.low) && t.pos === 'NOUN' && giveUpAfterNoun(k, /^(DET|PRON|PROPN)$/));
      if (early >= 0) { firstVerb = early; nt[early].pos = 'VERB'; }
    }
    // (irregular participles too: "Checks on goods sent to Eastia are scrapped")
    // a participle modifying the subject noun ("Developing countries give up ...") is not the main verb, nor is a
    // reduced relative before a passive main verb ("All checks on goods moving from ... are removed")
    const passiveAt = nt.findIndex((t, k) => k > 1 && /^(is|are)$/.test(nt[k - 1].low) && /(ed|en|wn)$/.test(t.low));
    if (firstVerb < 0) firstVerb = nt.findIndex((t, k) => t.pos === 'VERB' && !(/(ing|ed)$/.test(t.low) && /^(NOUN|PROPN)$/.test(nt[k + 1]?.pos ?? ''))
      && !(passiveAt > k && PARTICIPLE.test(t.low) && /^(NOUN|PROPN)$/.test(nt[k - 1]?.pos ?? '')));
    if (firstVerb < 0) {
      firstVerb = nt.findIndex((_, k) => giveUpAfterNoun(k, /^(DET|PRON|NOUN|ADJ|NUM)$/));
      if (firstVerb >= 0) nt[firstVerb].pos = 'VERB';
    }
    // (a boycott named is the thing an abstention gives up, "abandons its boycott and takes up its seats", not an
    // objection to what follows: see ABSTENTION_THINGS)
    const allNameOps = findOps(nt, 0, nt.length).filter((o) => !PARTICIPATION_PHRASES.has(o.label));
    // a restriction eased in the passive ("Curbs hampering grain exports are eased") gives the restriction up
    const eased = nt.findIndex((t, k) => k > 1 && /^(eased|relaxed|loosened)$/.test(t.low) && /^(is|are|be|been|was|were)$/.test(nt[k - 1].low)
      && nt.slice(0, k).some((x) => RESTRICTION_HEADS.test(x.low)));
    if (eased > 0 && !allNameOps.some((o) => o.start === eased)) allNameOps.push(op('giveup', eased, eased + 1, nt[eased].text, false));
    // Giving up an objection, a veto or a boycott ("Serbia drops its objection to Kosovo joining ...") is a double
    // negative: the proposition is what was objected to, read as named.
    // (not a threat: "drop their threat of a national strike" gives up the strike threatened)
    const droppedObjection = allNameOps.some((o) => o.kind === 'giveup' && allNameOps.some((q) => q.kind === 'opp' && !NOT_OBJECTIONS.test(nt[q.start].low)
      && q.start > o.start && nt.slice(o.end, q.start).every((t) => /^(its|their|his|her|the|all|any|a)$/.test(t.low))));
    // (its own word for the objection, and the usual others: a seed "veto" or "blockade" names the objection, which
    // those who keep it support and those who lift it give up)
    const objectionStems = droppedObjection && typeof issue.polarity !== 'string'
      ? new Set([...OBJECTION_NOUNS, ...allNameOps.filter((q) => q.kind === 'opp').map((q) => nt[q.start].low)].map(stem)) : undefined;
    // A participle before its noun ("Frozen Russian state assets are used ...") describes the thing, it is no act.
    const attributive = (k: number): boolean => /(ed|en)$/.test(nt[k].low) && /^(NOUN|PROPN|ADJ)$/.test(nt[k + 1]?.pos ?? '');
    const nameOps = droppedObjection ? [] : allNameOps.filter((o) => o.kind === 'giveup' && (GIVE_UP_WORDS.has(nt[o.start].low) || PHRASAL_GIVE_UP.test(o.label))
      && (firstVerb < 0 || o.start <= firstVerb) && !attributive(o.start));
    // an actor deferring its own act ("Ethiopia delays the filling until a deal") gives the act up for now; a passive
    // ("Brexit is delayed by ...") names the delay itself
    const deferral = subjUnit !== undefined && subjUnit.start <= 2 && firstVerb === subjUnit.end + [...nt.slice(subjUnit.end)].findIndex((t) => !/ly$/.test(t.low))
      && DEFER_WORDS.has(nt[firstVerb].low);
    // A give-up in a purpose clause after the main verb ("China changes its laws to end forced technology transfer"):
    // the words after it are the thing given up; the rest ("its laws", "the foreign investment law") reads as named.
    const purposeOp = nameOps.length === 0 && !droppedObjection && !deferral && firstVerb >= 0
      ? allNameOps.find((o) => o.kind === 'giveup' && o.start > firstVerb && nt[o.start - 1]?.low === 'to' && GIVE_UP_WORDS.has(nt[o.start].low))
      : undefined;
    // An exemption ("The United States exempts Canada from its steel tariffs", "Defence spending is exempted from the
    // debt brake") takes away what follows "from" for the rest: that is the thing; who or what is exempted reads as named.
    const exemptAt = nameOps.length === 0 && !droppedObjection && !deferral && !purposeOp
      ? nt.findIndex((t, k) => /^exempt(s|ed)?$/.test(t.low) && (k === firstVerb || /^(is|are|be)$/.test(nt[k - 1]?.low ?? ''))) : -1;
    const exemptFrom = exemptAt >= 0 ? nt.findIndex((t, k) => k > exemptAt && t.low === 'from') : -1;
    const thingFrom = purposeOp ? purposeOp.end : exemptFrom >= 0 ? exemptFrom + 1 : -1;
    // (a word also said of the exempted, "AI systems ... exempted from the AI Act", is not the thing)
    const exemptedWords = new Set(exemptFrom >= 0 ? nameUnits.u.filter((x) => x.end <= exemptAt).map((x) => x.s) : []);
    const thingWords = thingFrom >= 0 && typeof issue.polarity !== 'string'
      ? new Set(nameUnits.u.filter((x) => x.start >= thingFrom && !x.s.startsWith('@') && !STOP_WORDS.has(x.s) && !exemptedWords.has(x.s)).map((x) => x.s)) : undefined;
    // A ban ("The master contract bans automated equipment", "Sweden bans Quran burnings") takes its object away: the
    // object is the thing given up, and a term naming the ban itself states the proposition (see banTerm).
    // (the tagger may call "bans" after a subject noun a plural noun: "The master contract bans ...")
    const banAt = nt.findIndex((t, k) => BAN_VERBS.test(t.low) && (k === firstVerb || (k >= 1 && k <= 4 && (firstVerb < 0 || k < firstVerb)
      && /^(NOUN|PROPN)$/.test(nt[k - 1].pos) && /^(DET|PRON|ADJ|NOUN|PROPN|VERB|NUM)$/.test(nt[k + 1]?.pos ?? ''))));
    // (and so does a ban put on it as a noun: "Panama imposes a moratorium on new mining concessions")
    const banNounAt = nt.findIndex((t, k) => BAN_NOUNS.test(t.low) && nt[k + 1]?.low === 'on' && k > 0
      && nt.slice(0, k).some((x) => IMPOSING_VERBS.test(x.low)) && nt.slice(0, k).every((x) => !GIVE_UP_WORDS.has(x.low)));
    const banName = typeof issue.polarity !== 'string' && nameOps.length === 0 && !deferral && (banAt >= 0 || banNounAt >= 0);
    const giveUp = typeof issue.polarity === 'string' ? issue.polarity === 'give-up' : nameOps.length > 0 || deferral || thingWords !== undefined || banName;
    // The name's own verbs are acts that support it when an actor does them ("triggered the snapback").
    // (in a deferral, "delays the first filling", the act deferred is no act for the proposition)
    const addAct = (st: string): void => {
      actStems.add(st);
      (nameActs.get(st) ?? nameActs.set(st, new Set()).get(st)!).add(issue.id);
    };
    // (an "-ing" word inside one of the issue's seeds, neither its first nor its last word, modifies the noun after it
    // there, whatever the tagger says: "streaming" in "cloud streaming rights" is no act; every inner word was measured
    // and cost claims)
    const insideSeeds = new Set(termUnits.flatMap((tu) => tu.toks.slice(1).filter((x, k) => /ing$/.test(x.low) && k + 2 < tu.toks.length).map((x) => stem(x.low))));
    for (const t of deferral ? [nt[firstVerb]] : nt) {
      if (t.pos !== 'VERB' || isStanceWord(t.low) || LIGHT_VERBS.test(t.low) || insideSeeds.has(stem(t.low))) continue;
      addAct(stem(t.low));
    }
    // ... and so are the verbs of its description ("The government will collect a tax of 10% on salt": "Norland would
    // collect the salt tax" supports it); a give-up's description tells, like its name, what the thing given up does
    // ("no longer collects the levy"), so doing that keeps the thing (a deferral's tells what is put off: left out)
    if (!deferral && issue.description) {
      const d = tagged(issue.description);
      for (let k = 0; k < d.words.length; k++) {
        const low = d.words[k].toLowerCase();
        if (d.pos[k] !== 'VERB' || isStanceWord(low) || LIGHT_VERBS.test(low) || GIVE_UP_WORDS.has(low) || actStems.has(stem(low)) || insideSeeds.has(stem(low))) continue;
        // (nor, in a give-up, a verb that names the giving up itself: "The investigation ... is closed" tells how the
        // investigation is dropped, and closing it is no act of keeping it)
        if (giveUp && TERM_GIVE_UP.test(low)) continue;
        addAct(stem(low));
      }
    }
    // The side that receives what is given up ("cedes ... to Russia") wants the thing itself.
    let recipient = typeof issue.recipient === 'string' ? issue.recipient : undefined;
    if (giveUp && !recipient) {
      for (const text of [name, issue.description ?? '']) {
        const u = unitsOf(text);
        const g = findOps(u.toks, 0, u.toks.length).find((o) => o.kind === 'giveup');
        if (!g) continue;
        const to = u.toks.findIndex((t, k) => k >= g.end && t.low === 'to');
        // (not an infinitive: "abandons his agreement to buy Twitter" gives nothing to Twitter)
        const infinitive = to >= 0 && u.toks[to + 1]?.pos === 'VERB';
        const actorUnit = to >= 0 && !infinitive ? u.u.find((x) => x.start > to && x.start <= to + 2 && x.s.startsWith('@')) : undefined;
        if (actorUnit) { recipient = actorUnit.s.slice(1); break; }
      }
    }
    const phraseList = (key: string): string[][] => Array.isArray(issue[key])
      ? (issue[key] as unknown[]).map((s) => tokenize(String(s)).map(stem)) : [];
    // The actors named in the proposition ("Sweden becomes a member of NATO") tie an issue to its story.
    const subjects = new Set<string>();
    const nameActors = nameUnits.u.filter((x) => x.s.startsWith('@'));
    if (nameActors.length > 0) subjects.add(nameActors[0].s.slice(1));
    // Who does the name's act ("President Yoon Suk Yeol resigns"): its only actor, named before its first verb
    const agent = !giveUp && firstVerb > 0 && nameActors.length === 1 && nameActors[0].start < firstVerb ? nameActors[0].s.slice(1) : undefined;
    const nameVerbs = new Set(nt.filter((t) => t.pos === 'VERB' && !(droppedObjection && GIVE_UP_WORDS.has(t.low))).map((t) => stem(t.low)));
    // In a give-up name, the words before the give-up verb are who gives up ("Developing countries give up ..."),
    // not the thing given up: a mention of them is read as named.
    const subjectWords = new Set<string>();
    // name words of a give-up name that still read as named (its means, a second predicate), unlike its thing
    const namedWords = new Set<string>();
    // (in the passive, "All checks on goods ... are removed", they are the thing itself)
    const passiveName = nameOps.length > 0 && nameOps[0].start > 0 && /^(is|are|be|been)$/.test(nt[nameOps[0].start - 1].low);
    if (giveUp && nameOps.length > 0 && !passiveName) for (const un of nameUnits.u) if (un.end <= nameOps[0].start && !un.s.startsWith('@')) subjectWords.add(un.s);
    // (and in the passive, what follows the verb is no part of the thing: "The debt brake is suspended for the 2025 budget
    // by declaring an emergency" gives up the debt brake; "declare an emergency" and "the 2025 budget" read as named)
    if (giveUp && passiveName) for (const un of nameUnits.u) if (un.start >= nameOps[0].end && !un.s.startsWith('@')) namedWords.add(un.s);
    // ... nor are the words of a scope after the thing ("drop their veto over the migration pact": the pact is what the
    // veto is about, wanted by those who want the veto gone)
    // (likewise what a restriction or a condition is on or for: "lifts its export curbs on chip materials", "drops its
    // conditions for rejoining the grain deal")
    const scopeWords = new Set<string>();
    // (and a seed made of the words after a passive name's verb, "emergency declaration", states the proposition)
    if (giveUp && passiveName) for (const w of namedWords) if (!STOP_WORDS.has(w)) scopeWords.add(w);
    if (giveUp && nameOps.length > 0) {
      const over = nt.findIndex((t, k) => k > nameOps[0].end && (t.low === 'over'
        || (/^(on|for|against)$/.test(t.low) && SCOPED_HEADS.test(nt[k - 1].low))));
      if (over > 0) for (const un of nameUnits.u) if (un.start > over && !un.s.startsWith('@')) subjectWords.add(un.s);
      // a goal ("conditions for rejoining"), unlike a target ("curbs on Huawei"), is what the other side wants: a term
      // made of its words states the proposition
      if (over > 0 && nt[over].low === 'for') for (const un of nameUnits.u) if (un.start > over && !un.s.startsWith('@')) scopeWords.add(un.s);
      // so is what the thing given up was the price of ("drops his demand for wall money as the price of reopening the
      // government"): a term made of those words ("reopen the government") states the proposition
      const price = nt.findIndex((t, k) => k > nameOps[0].end && /^(price|condition|precondition)$/.test(t.low)
        && nt[k - 1]?.low === 'the' && nt[k - 2]?.low === 'as' && /^(of|for)$/.test(nt[k + 1]?.low ?? ''));
      if (price > 0) for (const un of nameUnits.u) if (un.start > price + 1 && !un.s.startsWith('@')) scopeWords.add(un.s);
      // the means of the giving-up ("repeals the rise to 64 through the LIOT group's bill") reads as named: backing
      // the bill backs the repeal
      const means = nt.findIndex((t, k) => k > nameOps[0].end && /^(through|via)$/.test(t.low));
      if (means > 0) for (const un of nameUnits.u) if (un.start > means && !un.s.startsWith('@')) namedWords.add(un.s);
    }
    // What the name gives up: a demand or a plan ("drops its demand for a debt write-off", "abandons its plan to annex")
    // or the thing itself ("gives up its heavy weapons"). Only for the thing itself does a term naming the act of giving
    // it up ("disarmament") state the proposition; a demand's content may itself be a giving-up ("debt cancellation").
    let objectHead = nameOps.length > 0 ? nameOps[0].end : -1;
    while (objectHead >= 0 && objectHead < nt.length && /^(DET|PRON|ADJ|NUM|ADV)$/.test(nt[objectHead].pos)) objectHead++;
    const givesUpADemand = objectHead >= 0 && DEMAND_HEADS.test(nt[objectHead]?.low ?? '');
    // ... or a text ("abandons the Northern Ireland Protocol Bill"): the last noun of that object
    let objectEnd = objectHead;
    // (a capitalised title's words are its words whatever their tags: "the Fisheries Override Bill")
    const inTitle = (t: Tok | undefined): boolean => t !== undefined && (/^(NOUN|PROPN)$/.test(t.pos) || isCap(t.text));
    while (objectEnd >= 0 && objectEnd + 1 < nt.length && inTitle(nt[objectEnd + 1])) objectEnd++;
    const givesUpAText = objectEnd >= 0 && inTitle(nt[objectEnd]) && NEGOTIATED_TEXT_NOUNS.has(nt[objectEnd].low);
    // A term saying the thing is gone ("same footing", "treated alike", "equal treatment") states the proposition itself.
    const affirm = phraseList('affirm');
    // (not for a deferral: doing the act "without a deal" is the opposite of delaying it)
    if (giveUp && !deferral && !Array.isArray(issue.affirm)) {
      for (const term of issue.terms) {
        if (/(?<![\w-])(same|alike|equal|equally|identical|uniform|without|no)(?![\w-])/i.test(term)) affirm.push(tokenize(term).map(stem));
      }
      // The give-up scopes over its object, not over a second predicate ("Iran gives up enrichment above 3.67% and
      // returns to the deal's limits"): a term made of that predicate's words states the proposition itself.
      const and = nameOps.length > 0 ? nt.findIndex((t, k) => k > nameOps[0].end && t.low === 'and'
        // (the tagger may call a third-person verb a plural noun: "and returns to the limits")
        // (or a pronoun: "and amends its constitution")
        && (nt[k + 1]?.pos === 'VERB' || (/s$/.test(nt[k + 1]?.low ?? '') && /^(ADP|DET|PART|PRON)$/.test(nt[k + 2]?.pos ?? '')))) : -1;
      if (and > 0) {
        const conjunct = new Set(nt.slice(and + 1).filter((t) => !STOP_WORDS.has(t.low)).map((t) => stem(t.low)));
        for (const term of issue.terms) if (termWithin(term, conjunct)) affirm.push(tokenize(String(term)).map(stem));
        // (and so do the predicate's own words: "wanted every party to take its seats" for "abandons its boycott and
        // takes up its seats")
        // (up to a place or time, "in parliament"; not when that predicate is another giving-up: "and freezes the bills")
        const placed = nt.findIndex((t, k) => k > and + 2 && t.pos === 'ADP');
        if (!GIVE_UP_WORDS.has(nt[and + 1].low)) {
          for (const un of nameUnits.u) if (un.start > and && (placed < 0 || un.start < placed) && !un.s.startsWith('@')) namedWords.add(un.s);
        }
      }
    }
    // The thing given up, when it is a restriction ("lifts its export curbs on chip materials", "the fence and physical
    // checks at the frontier are removed"): a term that names no restriction and no giving-up names what the restriction
    // holds back ("chip materials", "free movement", "allowed to run"), which those who want it gone want.
    let restrictionThing = false;
    // (not when the name is about order, "lifts its sanctions before Iran returns to compliance": its terms are about
    // who moves first, "step-by-step", not about what the sanctions hold back)
    if (giveUp && nameOps.length > 0 && !givesUpADemand && !nt.some((t) => /^(before|after|until|first)$/.test(t.low))) {
      const giving = nameOps[0];
      const passive = giving.start > 0 && /^(is|are|be|been|was|were)$/.test(nt[giving.start - 1].low);
      let k = passive ? 0 : giving.end;
      const stop = passive ? giving.start - 1 : nt.length;
      while (k < stop && /^(DET|PRON|NUM|ADJ)$/.test(nt[k].pos) && !/^(that|which|who)$/.test(nt[k].low)) k++;
      for (; k < stop && (/^(NOUN|PROPN|ADJ|NUM|DET)$/.test(nt[k].pos) || nt[k].low === 'and'); k++) {
        const nounLike = /^(NOUN|PROPN)$/.test(nt[k].pos);
        // ("control of the corridor" is holding it, not a restriction like "export controls")
        if (nounLike && !/^(NOUN|PROPN)$/.test(nt[k + 1]?.pos ?? '') && RESTRICTION_HEADS.test(nt[k].low)
          && !(nt[k].low === 'control' && /^(of|over)$/.test(nt[k + 1]?.low ?? ''))) restrictionThing = true;
      }
    }
    // Terms that name the outcome of the giving-up, not the thing given up (matched against the issue phrase itself,
    // so a neighbouring term is not turned around): the giving-up itself ("disarmament", "zero enrichment",
    // "non-aggression", "Grexit", "roll back tariffs"), the goal of a precondition ("rejoin" for "drops its conditions
    // for rejoining the deal").
    // (by the term's stems, as its hits name it, to the term as written)
    const outcomeTerms = new Map<string, string>();
    // (ending a refusal to take part, "abandons its boycott of the vote", has taking part as its outcome: "cast ballots")
    const abstentionThing = giveUp && nameOps.length > 0 && nt.some((t, k) => k >= nameOps[0].end && ABSTENTION_THINGS.test(t.low));
    if (giveUp && !deferral && typeof issue.polarity !== 'string') {
      issue.terms.forEach((term, t) => {
        // (in a ban, only a term naming the ban states it: "mining concessions" are the thing banned, however much
        // "concessions" sounds like giving something up)
        const outcome = banName ? banTerm(term)
          : ((!givesUpADemand || namesTheDemand(term)) && termGivesUp(term)) || (scopeWords.size > 0 && termWithin(term, scopeWords))
            || (restrictionThing && holdsBack(term, termUnits[t])) || (abstentionThing && TAKING_PART.test(term.toLowerCase()));
        if (outcome) outcomeTerms.set(termStems(termUnits[t]).join(' '), term);
      });
    }
    // What the name rules out ("Supply runs reach the outpost without Chinese obstruction"): a mention of it, or a seed
    // made of its words, names the opposite of the proposition
    const without = nt.findIndex((t) => t.low === 'without');
    const excludedWords = without >= 0 && typeof issue.polarity !== 'string'
      ? new Set(nameUnits.u.filter((x) => x.start > without && !x.s.startsWith('@') && !STOP_WORDS.has(x.s)).map((x) => x.s)) : undefined;
    // A handover to a receiving side ("Britain hands sovereignty over the Chagos Islands to Mauritius") is done by a
    // deal: the deal, named by a seed ("Chagos deal", "treaty") or in the text, is the proposition, not the thing handed
    // over (not when the name gives up a text itself: "withdraws from the Paris agreement")
    const transferByDeal = giveUp && recipient !== undefined && typeof issue.polarity !== 'string' && !givesUpADemand
      && !nt.some((t) => NEGOTIATED_TEXT_NOUNS.has(t.low) || TEXT_SYNONYM_STEMS.has(t.low));
    const nameStems = new Set(nameToks.map((x) => stem(x.toLowerCase())));
    issues.set(issue.id, { agent, excludedWords: excludedWords !== undefined && excludedWords.size > 0 ? excludedWords : undefined, transferByDeal, nameStems, opposites: new Set([...nameStems].flatMap((x) => ANTONYMS[x] ?? [])), issue, giveUp, affirm, deny: phraseList('deny'), subjects, recipient, deferral: deferral && typeof issue.polarity !== 'string', givesUpADemand: givesUpADemand && typeof issue.polarity !== 'string', givesUpAText: givesUpAText && typeof issue.polarity !== 'string', outcomeTerms, bans: banName, objectionStems, nameVerbs, subjectWords, namedWords, thingWords });
    const seen = new Set<string>();
    for (const [t, term] of issue.terms.entries()) {
      // A term that is only an actor's name ("Sweden") matches that word, not every alias of the actor.
      const tu = termUnits[t];
      const stems = termStems(tu);
      const key = stems.join(' ');
      // a term made only of function words or modals ("shall", "should") names no issue: it would match any sentence
      if (tu.toks.length > 0 && tu.toks.every((t) => STOP_WORDS.has(t.low) || !/[a-z0-9]/i.test(t.low))) continue;
      if (stems.length === 0 || seen.has(key)) continue;
      seen.add(key);
      raw.push({ issue: issue.id, stems, term, nameWord: false, base: 1, gap: stems.length >= 3 && tu.toks[0]?.pos !== 'VERB' && !isStanceWord(tu.toks[0]?.low ?? '') && !nameVerbs.has(stems[0]) && !actStems.has(stems[0])
        && !/^(to|into|up|off|out|on|back|away|down)$/.test(tu.toks[1]?.low ?? '') });
      for (const st of stems) (issueWords.get(issue.id) ?? issueWords.set(issue.id, new Set()).get(issue.id)!).add(st);
      const nounPhrase = stems.length >= 2 && !tu.toks.some((x) => x.pos === 'VERB');
      if (nounPhrase) (termHeads.get(issue.id) ?? termHeads.set(issue.id, new Set()).get(issue.id)!).add(stems[stems.length - 1]);
      // (a head noun that may stand alone for the seed: a plain noun word, not a word for any meeting, vote, body or time)
      // (the head of "levy on trawlers" is "levy", before the preposition)
      const adp = tu.toks.findIndex((x) => x.pos === 'ADP');
      const headTok = adp > 0 ? tu.toks[adp - 1] : tu.toks[tu.toks.length - 1];
      if (nounPhrase && headTok?.pos === 'NOUN' && /^[a-z]{4,}$/.test(headTok.low) && !LONE_HEAD_STOPS.test(headTok.low)
        && !isStanceWord(headTok.low) && !GIVE_UP_WORDS.has(headTok.low)
        && !ISSUE_REFS.has(headTok.low) && !ISSUE_REFS.has(headTok.low.replace(/s$/, ''))) {
        const h = stem(headTok.low);
        (loneHeads.get(h) ?? loneHeads.set(h, new Set()).get(h)!).add(issue.id);
      }
      // A seed ending in a word for the negotiated text ("binding agreement") also matches its synonyms ("binding
      // treaty", "binding deal"), a little weaker; so does one ending in a word for troops ("Eritrean forces").
      const lastStem = stems[stems.length - 1];
      const synonyms = OFFERED_TEXT_STEMS.has(lastStem) ? undefined : HEAD_SYNONYM_GROUPS.find((g) => g.has(lastStem));
      // (a noun phrase only: "return to the deal" is an act on one particular text)
      if (stems.length >= 2 && synonyms && tu.toks[tu.toks.length - 1]?.pos === 'NOUN'
        && /^(ADJ|NOUN|PROPN)$/.test(tu.toks[tu.toks.length - 2]?.pos ?? '')) {
        for (const alt of synonyms) {
          const variant = [...stems.slice(0, -1), alt];
          if (alt === lastStem || seen.has(variant.join(' '))) continue;
          seen.add(variant.join(' '));
          raw.push({ issue: issue.id, stems: variant, term: `${tu.toks.slice(0, -1).map((t) => t.text).join(' ')} ${alt}`, nameWord: false, base: 0.8, derived: true });
        }
      }
      // A seed naming an actor and a thing ("Swedish accession", "Sweden NATO membership") also matches the actor and
      // the thing's head noun alone ("Sweden's accession", "Sweden's membership of NATO"), a little weaker.
      const demonymOwner = tu.toks.map((t) => demonyms.get(t.text)).find((a) => a !== undefined);
      const owner = tu.u.find((x) => x.s.startsWith('@'))?.s ?? (demonymOwner !== undefined ? `@${demonymOwner}` : undefined);
      const headUnit = [...tu.u].reverse().find((x) => !x.s.startsWith('@') && tu.toks[x.start]?.pos === 'NOUN' && x.end - x.start === 1);
      if (owner && headUnit && tu.u.length >= 2 && headUnit.start === tu.toks.length - 1 && !STOP_WORDS.has(tu.toks[headUnit.start].low) && !isStanceWord(tu.toks[headUnit.start].low)) {
        // (and its synonyms: "Eritrea's army" for "Eritrean troops")
        const heads = headUnit.s === lastStem && synonyms ? [headUnit.s, ...[...synonyms].filter((x) => x !== headUnit.s)] : [headUnit.s];
        for (const head of heads) {
          const word = head === headUnit.s ? tu.toks[headUnit.start].text : head;
          // (and "the accession of Sweden", "purchase of Activision Blizzard")
          // (and the verb with its object: "buy Activision Blizzard")
          const forms: (readonly [string[], string])[] = [[[owner, head], `${owner.slice(1)}'s ${word}`], [[head, 'of', owner], `${word} of ${owner.slice(1)}`]];
          if (head === 'buy') forms.push([[head, owner], `${word} ${owner.slice(1)}`]);
          for (const [derived, term] of forms) {
            if (seen.has(derived.join(' '))) continue;
            seen.add(derived.join(' '));
            raw.push({ issue: issue.id, stems: [...derived], term, nameWord: false, base: 0.6, derived: true });
          }
        }
      }
      // a one-word seed noun that names an act ("extension", "restoration"): its verb is the act (read with nominalActAt)
      // (not in a give-up issue, whose nouns name the thing given up: "enrichment" for "Iran gives up enrichment")
      if (!giveUp && stems.length === 1 && /^[a-z]+(sion|tion|ment|al|ance|ence)$/.test(term) && !isStanceWord(term) && tu.toks[0]?.pos === 'NOUN') {
        (termActs.get(stems[0]) ?? termActs.set(stems[0], new Set()).get(stems[0])!).add(issue.id);
        const list = nominalActs.get(stems[0].slice(0, 5)) ?? [];
        if (!list.includes(stems[0])) list.push(stems[0]);
        nominalActs.set(stems[0].slice(0, 5), list);
      }
      // a one-word seed that names the act ("close", "revive"): doing it, used as a verb, is the act itself
      if (stems.length === 1 && /^[a-z]+$/.test(term) && !isStanceWord(term) && !GIVE_UP_WORDS.has(term) && tu.toks[0]?.pos === 'VERB' && (!actStems.has(stems[0]) || termActs.has(stems[0]))) {
        actStems.add(stems[0]);
        (termActs.get(stems[0]) ?? termActs.set(stems[0], new Set()).get(stems[0])!).add(issue.id);
      }
      // a seed of two or three words that starts with its verb ("step down", "leave office", "impeach Yoon"): where the
      // sentence uses that word as its verb, the phrase is the act itself ("said he would not step down"), as a one-word
      // seed verb is (alone, "step down" tags its verb as a noun: a particle after the first word marks it too)
      const first = tu.toks[0];
      if (!giveUp && stems.length >= 2 && stems.length <= 3 && first !== undefined && /^[a-z]+$/.test(first.low)
        && (first.pos === 'VERB' || PARTICLES.test(tu.toks[1]?.low ?? '')) && !LIGHT_VERBS.test(first.low)
        && !STOP_WORDS.has(first.low) && !GIVE_UP_WORDS.has(first.low) && findOps(tu.toks, 0, tu.toks.length).length === 0) {
        (termActs.get(key) ?? termActs.set(key, new Set()).get(key)!).add(issue.id);
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
      if (head >= 0 && !STOP_WORDS.has(nt[head].low) && !GENERIC_STEMS.has(hs) && !isStanceWord(nt[head].low) && !PROP_REFS.has(nt[head].low)
        && !w.issues.some((o) => o.id !== issue.id && vocabulary.get(o.id)!.has(hs))
        && !seen.has(hs)) {
        seen.add(hs);
        raw.push({ issue: issue.id, stems: [hs], term: nt[head].text, nameWord: false, base: 0.5, derived: true });
      }
    }
    // A name whose object is an actor ("Sweden joins NATO", "Kosovo joins the Council of Europe") has no topic word
    // but its verb: the verb with that object ("joining NATO") is a seed, like a compound taken from the name.
    if (firstVerb >= 0 && !isStanceWord(nt[firstVerb].low) && !LIGHT_VERBS.test(nt[firstVerb].low) && !GIVE_UP_WORDS.has(nt[firstVerb].low)) {
      const object = nameUnits.u.find((x) => x.start > firstVerb && nt.slice(firstVerb + 1, x.start).every((t) => t.pos === 'DET'));
      if (object?.s.startsWith('@')) {
        const stems = [stem(nt[firstVerb].low), object.s];
        const key = stems.join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          raw.push({ issue: issue.id, stems, term: nt.slice(firstVerb, object.end).map((t) => t.text).join(' '), nameWord: false, base: 0.6, derived: true });
        }
      }
    }
    // Noun compounds of the name and description ("euro zone", "rescue loan", "export ban") are seeds too, a little
    // weaker than the listed terms: the user described the issue in those words.
    for (const text of [name, issue.description ?? '']) {
      const { u, toks: dt } = unitsOf(text);
      for (let k = 0; k + 1 < u.length; k++) {
        const a = u[k];
        const b = u[k + 1];
        if (a.s.startsWith('@') || b.s.startsWith('@') || a.end !== b.start || a.end - a.start !== 1 || b.end - b.start !== 1) continue;
        const ta = dt[a.start];
        const tb = dt[b.start];
        if (!/^(NOUN|PROPN|ADJ)$/.test(ta.pos) || tb.pos !== 'NOUN') continue;
        if ([ta, tb].some((t) => STOP_WORDS.has(t.low) || isStanceWord(t.low) || GIVE_UP_WORDS.has(t.low) || !/^[a-z]/i.test(t.low))) continue;
        if (GENERIC_STEMS.has(a.s) && GENERIC_STEMS.has(b.s)) continue;
        // ("Ruling-party lawmakers stop walking out": people, the ones urged or asked, not the proposition)
        if (PEOPLE_HEADS.test(tb.low)) continue;
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
      if (!isActor && isStanceWord(low) && !isCap(t)) continue; // stance words in a name are not topic words
      if (seen.has(un.s)) continue;
      seen.add(un.s);
      raw.push({ issue: issue.id, stems: [un.s], term: t, nameWord: true, base: isActor ? 0.25 : 0.5, subject: subjectWords.has(un.s) });
      // a name's verb said as a noun is the same name word: "is exempted" -> "the defence exemption"
      // (not in a give-up name, whose verbs after the give-up are its thing: "stops enriching uranium"; an exemption's own
      // verb is no part of its thing)
      const thing = issues.get(issue.id)?.thingWords;
      if (!isActor && (!giveUp || (thing !== undefined && !thing.has(un.s))) && un.end - un.start === 1 && nameUnits.toks[un.start].pos === 'VERB') {
        for (const noun of nominalisations(un.s)) {
          if (seen.has(noun)) continue;
          seen.add(noun);
          raw.push({ issue: issue.id, stems: [noun], term: t, nameWord: true, base: 0.5, subject: subjectWords.has(un.s) });
        }
      }
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
    for (const t of [propositions.get(issue.id)!, ...issue.terms]) for (const x of tokenize(t)) bag.add(stem(x.toLowerCase()));
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
    // a seed the user wrote as a phrase ("more time", "further delay"): more than its one content word
    else if (specific.length >= 1 && r.term.trim().split(/\s+/).length >= 2) s = 0.6;
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
    const pat: TermPattern = { issue: r.issue, stems: r.stems, phrase: r.stems.join(' '), weight: r.base / (share.get(r.stems.join(' ')) ?? 1), term: r.term, nameWord: r.nameWord, anchor, spec: specOf(r), gap: r.gap, derived: r.derived };
    const list = termIndex.get(r.stems[0]) ?? [];
    list.push(pat);
    termIndex.set(r.stems[0], list);
  }
  const byStem = (stemKey: string): StemPatterns => pre.patternsByStem.get(stemKey) ?? pre.patternsByStem.set(stemKey, {}).get(stemKey)!;
  for (const [stemKey, list] of termIndex) byStem(stemKey).term = list.sort((a, b) => b.stems.length - a.stems.length);
  for (const list of termIndex.values()) {
    for (const p of list) {
      if (p.nameWord || p.gap === true || p.stems.length !== 2 || p.stems.some((x) => x.startsWith('@'))) continue;
      const entry = byStem(p.stems[1]);
      if (verbLike(p.stems[0])) (entry.passive ??= []).push(p);
      else if (p.derived !== true) (entry.reverse ??= []).push(p);
    }
  }
  for (const [id, info] of issues) if (info.subjects.size > 0) pre.issuesWithSubjects.push({ id, subjects: info.subjects });
  for (const [h, ids] of loneHeads) {
    // (a head that is also another issue's word, "levy" of "salt levy" beside "sugar levy" or "levy rebate", names no one
    // issue; this also leaves out a head that heads two issues' seeds)
    const [id] = ids;
    if (ISSUE_REFS.has(h) || GENERIC_STEMS.has(h) || [...issueWords].some(([other, ws]) => other !== id && ws.has(h))) continue;
    pre.headRefs.set(h, id);
  }
  return pre;
}

/** Nouns naming an objection that a name may drop ("drops its veto", "ends its blockade"). */
const OBJECTION_NOUNS = ['veto', 'vetoes', 'objection', 'objections', 'blockade', 'boycott', 'block'];
/** Oppose words that, given up, give up what they name rather than an objection to it ("drops its threat of a strike"). */
const NOT_OBJECTIONS = /^(threats?|consequences|provocations?|insults?|encroachments?|dangers?)$/;
/** Heads whose "on", "for" or "against" phrase is a scope, not the thing: "curbs on chip materials", "conditions for rejoining". */
const SCOPED_HEADS = /^(restrictions?|curbs?|bans?|embargo(es)?|limits?|sanctions|barriers?|blockades?|controls|caps?|quotas?|tariffs|duties|checks|conditions|preconditions|prerequisites|requirements)$/;
/** Words of a seed term that name the act of giving something up (checked on the term, never on running text). */
const TERM_GIVE_UP = /^(cancel(s|led|ling|ation)?|decriminali[sz](e|es|ed|ing|ation)|rollback|roll-back|disarm(s|ed|ing|ament)?|demobili[sz](e|es|ed|ing|ation)|demilitari[sz](e|es|ed|ing|ation)|denucleari[sz](e|es|ed|ing|ation)|decommission(s|ed|ing)?|delist(s|ed|ing)?|decoupl(e|es|ed|ing)|de-?escalation|dismantl(e|es|ed|ing|ement)|clos(e|es|ed|ing|ure)|concessions?|sell|sells|selling|sold|sale|divest(s|ed|ing|iture|ment)?|disposal|zero|[a-z]+xit|non-[a-z]+|[a-z]+-free)$/;
const TERM_GIVE_UP_PAIRS = /\b(roll(s|ed|ing)? back|step(s|ped|ping)? (aside|down)|stand(s|ing)? (aside|down)|phas(e|es|ed|ing) out|free of|end to)\b/;

/**
 * Whether a seed term names the giving-up itself: a give-up word or phrase the running-text lexicon lacks ("cancel",
 * "disarmament"), or a privative ("zero", "non-", "-free"). Give-up words the lexicon has are read in the text.
 */
function termGivesUp(term: string): boolean {
  const low = term.toLowerCase();
  // (a one-word seed that is a give-up or deferral word, "delay", "freeze", is read as a noun in the text, where the
  // verb lexicon does not see it)
  const single = low.split(/\s+/).length === 1 && (GIVE_UP_WORDS.has(low) || DEFER_WORDS.has(low));
  // (putting off is giving up for now: "later start", "delay the rules" for "abandons the January start")
  return single || TERM_GIVE_UP_PAIRS.test(low) || low.split(/\s+/).some((w) => TERM_GIVE_UP.test(w) || DEFER_WORDS.has(w) || /^(later|postponement|deferral)$/.test(w));
}

/** Head nouns that name people ("party lawmakers", "union members"): a description's pair ending in one names no proposition. */
const PEOPLE_HEADS = /^(lawmakers|legislators|mps|deputies|senators|members|officials|leaders|workers|voters|delegates|representatives|ministers|activists|supporters|negotiators|people|citizens|residents)$/;

/** Things given up that are a refusal to take part ("abandons its boycott", "abandon their strike action"). */
const ABSTENTION_THINGS = /^(boycotts?|walkouts?|walk-outs?|strikes?|abstentions?|stoppages?|sit-ins?)$/;
/** A term that names taking part again, the outcome of ending such a refusal ("take part in the vote", "cast ballots"). */
const TAKING_PART = /^(take part|taking part|takes part|participat\w*|attend\w*|cast\w*|take up|takes up|return\w* to|resum\w*|vote in)\b/;

/** A ban as a noun, put on its object ("a moratorium on new concessions", "an embargo on Russian oil"). */
const BAN_NOUNS = /^(moratorium|ban|embargo|freeze)$/;
/** Verbs that put such a ban in place ("imposes a moratorium on"). */
const IMPOSING_VERBS = /^(imposes?|introduces?|declares?|adopts?|enacts?|puts?|places?|approves?|passes)$/;

/** A name's main verb that bans its object. */
const BAN_VERBS = /^(bans?|prohibits?|outlaws?|forbids?|bars|criminali[sz]es?)$/;
/** A term of a ban issue that names the ban or the measure carrying it ("oil embargo", "sixth sanctions package"), not the thing banned. */
function banTerm(term: string): boolean {
  return /\b(bans?|banning|embargo(es)?|moratori(um|a|ums)|freeze|prohibit\w*|outlaw\w*|sanctions?|package|laws?|legislation|restrictions?|curbs?|rules?)\b/i.test(term);
}

/** Heads of a thing that holds something back: lifting, easing or removing it lets that something happen. */
const RESTRICTION_HEADS = /^(bans?|curbs?|restrictions?|controls?|sanctions|tariffs?|duties|checks?|fences?|walls?|barriers?|blockades?|embargo(es)?|limits?|caps?|quotas?|lists?|blacklists?|listings?|designations?|disqualifications?|obstacles?|hurdles?|moratori(um|a))$/i;

/**
 * An issue's name without a trailing condition: "Rwanda refunds the UK's payments if no asylum seekers are sent" is a
 * proposition about refunds; the words of its condition name another issue's matter, not this one's.
 *
 * @example propositionOf('Rwanda refunds the payments if no one is sent') // 'Rwanda refunds the payments'
 */
export function propositionOf(name: string): string {
  return name.replace(/,?\s+(?:if|unless|provided(?: that)?|as long as|so long as)\s.*$/i, '');
}

/** Whether a term of a restriction issue names what the restriction holds back: no restriction, no giving-up, no actor. */
function holdsBack(term: string, tu: { u: Unit[]; toks: Tok[] }): boolean {
  if (tu.u.length === 0 || tu.u.every((x) => x.s.startsWith('@'))) return false;
  // ("sanctions relief": the restriction's easing, said with a noun)
  if (tu.toks.some((t, k) => RESTRICTION_HEADS.test(t.low) && /^(relief|easing|lifting|removal)$/.test(tu.toks[k + 1]?.low ?? ''))) return true;
  if (tu.toks.some((t) => RESTRICTION_HEADS.test(t.low) || GIVE_UP_WORDS.has(t.low))) return false;
  return findOps(tu.toks, 0, tu.toks.length).every((o) => o.kind !== 'giveup');
}

/** Whether a term names the demand itself ("drop the demand"), not only its content. */
function namesTheDemand(term: string): boolean {
  return term.toLowerCase().split(/\s+/).some((w) => DEMAND_HEADS.test(w));
}

/** The stems of the nouns a verb stem may make ("exempt" -> "exemption", "ratify" -> "ratification"). */
function nominalisations(v: string): string[] {
  if (v.length < 4) return [];
  const words = [`${v}ion`, `${v}ation`, `${v}al`, `${v}ment`];
  if (/d$/.test(v)) words.push(`${v.slice(0, -1)}sion`);
  if (/fy$/.test(v)) words.push(`${v.slice(0, -1)}ication`);
  if (/e$/.test(v)) words.push(`${v.slice(0, -1)}ion`, `${v.slice(0, -1)}ation`, `${v}ment`);
  return words.map((w) => stem(w)).filter((w) => w !== v);
}

/**
 * Whether every content word of a term is among `words` (stems), allowing a derived form of the same word ("extension"
 * for "extend": a common stem of five letters or more, missing at most one letter of the shorter).
 */
function termWithin(term: string, words: Set<string>): boolean {
  const stems = tokenize(String(term)).filter((w) => !STOP_WORDS.has(w.toLowerCase())).map((w) => stem(w.toLowerCase()));
  return stems.length > 0 && stems.every((x) => words.has(x) || [...words].some((w) => sameWordFamily(x, w)));
}

function sameWordFamily(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  let k = 0;
  while (k < shorter && a[k] === b[k]) k++;
  return k >= 5 && k >= shorter - 1;
}

/** A seed term's stems as its pattern matches them (a term that is only an actor's name matches that word). */
function termStems(tu: { u: Unit[]; toks: Tok[] }): string[] {
  return (tu.u.length === 1 && tu.u[0].s.startsWith('@') ? tu.toks.map((t) => stem(t.low)) : tu.u.map((x) => x.s)).filter((s) => s !== '');
}

/**
 * The key under which an article's issue scores record that an actor is present ("@ukraine"), made once per actor
 * rather than concatenated again at every mention.
 *
 * @example presenceKey('ukraine') // '@ukraine'
 */
export function presenceKey(actor: string): string {
  let key = PRESENCE_KEYS.get(actor);
  if (key === undefined) {
    key = '@' + actor;
    if (PRESENCE_KEYS.size > 10_000) PRESENCE_KEYS.clear(); // bounded: watchlists change over a process's life
    PRESENCE_KEYS.set(actor, key);
  }
  return key;
}
const PRESENCE_KEYS = new Map<string, string>();

/** The seed noun whose act a verb stem names ("extend" for "extension"), if any. */
export function nominalActAt(c: Compiled, verbStem: string): string | undefined {
  const list = verbStem.length >= 5 ? c.nominalActs.get(verbStem.slice(0, 5)) : undefined;
  return list?.find((noun) => noun !== verbStem && sameWordFamily(noun, verbStem));
}

/** Words in a name or alias that make it a state, a government or a public body rather than a company. */
const PUBLIC_BODY = /\b(government|administration|white house|ministry|ministers?|president|prime minister|chancellor|parliament|congress|senate|kremlin|downing street|state department|authority|regulator|nations|fund|bank|court|democrats|republicans|opposition|rebels|army|forces|plaintiffs|workers|members|mps|lawmakers)\b/i;

/**
 * Whether "the company" may stand for this actor: its name says so ("The Walt Disney Company", "... Inc"), or it is a
 * capitalised name ("General Motors", "Stellantis (Chrysler, Jeep, Ram)") that names no country (a demonym), no
 * institution (`institutions`: the owners of "the union" and the other head nouns), no public body and no person
 * ("Donald Trump" with "Trump" alone as an alias).
 *
 * @example isCompany({ id: 'gm', name: 'General Motors', aliases: ['GM', 'Mary Barra'] }, new Set()) // true
 */
function isCompany(actor: Actor, institutions: Set<string>): boolean {
  if (/\b(company|companies|firms?|corporation)\b/i.test(actor.name) || /\b(Inc|Corp|Ltd|plc|LLC)\b/.test(actor.name)) return true;
  const name = actor.name.replace(/\(.*?\)/g, '').trim();
  const words = name.split(/\s+/).filter((x) => !/^(of|and|the|&)$/i.test(x));
  if (words.length === 0 || !words.every((x) => isCap(x))) return false;
  if (institutions.has(actor.id) || Array.isArray(actor.demonyms)) return false;
  const all = [actor.name, ...actor.aliases];
  if (all.some((a) => DEMONYMS[a.toLowerCase()] !== undefined || PUBLIC_BODY.test(a))) return false;
  if (words.some((x) => DEMONYMS[x.toLowerCase().replace(/,$/, '')] !== undefined)) return false; // ("France, Germany and the UK")
  const aliases = new Set(actor.aliases.map((a) => a.toLowerCase()));
  return !(words.length >= 2 && aliases.has(words[words.length - 1].toLowerCase()));
}
