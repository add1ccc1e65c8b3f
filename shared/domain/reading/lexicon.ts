/**
 * Word lists for the stance reader. Kept apart from the rules so a reader can see, in one place,
 * which words move a stance and in which direction. Nothing here is specific to one topic.
 */

/** What a word or phrase does to the stance being read. */
export type OpKind =
  | 'sup' // wants / demands / accepts the thing named after it (+)
  | 'opp' // rejects it (-)
  | 'cond' // ready / willing / open to it (+, marks the stance conditional)
  | 'conn' // a condition connective (if, unless, in exchange for): marks conditional, no polarity
  | 'giveup' // gives the thing up (abandon, drop, cede): flips polarity, and is an act in itself
  | 'neg' // not, never, no: flips polarity
  | 'skip' // refuses to say / declined to comment: no stance from this holder here
  | 'spec' // speculation markers (may, might, likely)
  | 'speech' // said, told: neutral, marks a reporter
  | 'bg'; // background markers (ago, previously): old positions, not news

/** Inflected forms of a regular English verb (drop -> drops, dropped, dropping). */
export function verbForms(base: string): string[] {
  const out = new Set<string>([base]);
  const cons = /[bcdfghjklmnpqrstvwxz]$/;
  if (base.endsWith('e')) {
    out.add(base + 's');
    out.add(base + 'd');
    out.add(base.slice(0, -1) + 'ing');
  } else if (base.endsWith('y') && cons.test(base.slice(-2, -1))) {
    out.add(base.slice(0, -1) + 'ies');
    out.add(base.slice(0, -1) + 'ied');
    out.add(base + 'ing');
  } else {
    const es = /(s|x|z|ch|sh)$/.test(base);
    out.add(base + (es ? 'es' : 's'));
    out.add(base + 'ed');
    out.add(base + 'ing');
    // CVC short verbs double the final consonant (drop -> dropped), and so do verbs stressed on a last syllable of that
    // shape or ending in one vowel and "l" in British spelling (annul -> annulled, transfer -> transferred, cancel ->
    // cancelled); the doubled form of a verb that does not double ("opened") is never written, so it costs nothing
    if (/(^|[^aeiou])[aeiou][bdgklmnprt]$/.test(base)) {
      out.add(base + base.slice(-1) + 'ed');
      out.add(base + base.slice(-1) + 'ing');
    }
    if (/(bid|veto)$/.test(base)) out.add(base + 'es');
  }
  return [...out];
}

const IRREGULAR: Record<string, string[]> = {
  seek: ['sought'],
  regret: ['regretted', 'regretting'],
  give: ['gave', 'given', 'gives', 'giving'],
  withdraw: ['withdrew', 'withdrawn'],
  tear: ['tore', 'torn'],
  hand: [],
  stand: ['stood'],
  hold: ['held'],
  say: ['said', 'says'],
  tell: ['told'],
  write: ['wrote', 'written'],
  leave: ['left'],
  forgo: ['forwent', 'forgone', 'forgoes'],
  forego: ['forewent', 'foregone'],
  pull: [],
  walk: [],
  break: ['broke', 'broken'],
  put: ['puts', 'putting'],
  keep: ['kept'],
  uphold: ['upheld'],
  forsake: ['forsook', 'forsaken'],
  sign: [],
  undertake: ['undertook', 'undertaken'],
  make: ['made'],
  throw: ['threw', 'thrown'],
  shoot: ['shot'],
  stick: ['stuck'],
  cast: ['cast', 'casts', 'casting'],
  freeze: ['froze', 'frozen'],
  come: ['came', 'comes', 'coming'],
  go: ['went', 'gone', 'goes', 'going'],
  lose: ['lost', 'loses', 'losing'],
};

function forms(base: string): string[] {
  return [...verbForms(base), ...(IRREGULAR[base] ?? [])];
}

/** A phrase entry: each position lists the word forms it accepts. */
export interface PhraseEntry {
  words: string[][];
  /** True for verb entries (a verb after "a"/"an" is a noun: "in a ditch"). */
  verb?: boolean;
  kind: OpKind;
  label: string;
  /** Optional weight for cue strength (1 = a plain stance verb). */
  strength?: number;
}

const entries: PhraseEntry[] = [];
function verb(kind: OpKind, bases: string[], strength = 1): void {
  for (const b of bases) {
    const parts = b.split(' ');
    entries.push({ words: [forms(parts[0]), ...parts.slice(1).map((p) => p.split('|'))], kind, label: b, strength, verb: true });
  }
}
function words(kind: OpKind, list: string[], strength = 1): void {
  for (const w of list) entries.push({ words: w.split(' ').map((p) => p.split('|')), kind, label: w, strength });
}

// --- support: wants, demands, insists on, accepts, carries out ---
verb('sup', [
  'demand', 'insist', 'call for', 'call on', 'seek', 'want', 'urge', 'push for', 'press for', 'back', 'support', 'endorse',
  'agree', 'accept', 'approve', 'ratify', 'sign', 'favour', 'favor', 'welcome', 'propose', 'request', 'ask for',
  'vote for', 'champion', 'advocate', 'commit', 'pledge', 'promise', 'require', 'defend', 'stand by', 'embrace',
  'greenlight', 'guarantee', 'adopt', 'secure', 'grant', 'reaffirm', 'uphold', 'applaud', 'hail',
  'unblock', 'green-light', 'sign off', 'aim', 'vow', 'argue for', 'lobby for', 'campaign for',
  'offer', 'pass', 'ask', 'stay in', 'stay within', 'remain in', 'remain within', 'remain part', 'remain committed',
  'stay committed', 'keep', 'continue', 'pursue', 'maintain', 'preserve', 'retain', 'hope', 'conclude', 'advance', 'complete', 'finalise', 'finalize',
  'honour', 'honor', 'fulfil', 'fulfill', 'live up to', 'deliver on', 'keep pressing for', 'stand with',
  'abide by', 'comply with', 'adhere to', 'return to', 'rejoin',
  // pursuing it: "filed a WTO complaint", "lodged an appeal"
  'file', 'lodge',
  'expedite', 'speed up', 'push through', 'pave the way', 'open the way', 'clear the way', 'apply', 'intend', 'plan to', 'move forward with', 'move ahead with', 'go ahead with',
  // said of the thing itself: "the re-registration would go on", "the ceasefire would be extended"
  'go on', 'go ahead', 'proceed', 'extend',
  // paying into it: "would not contribute to a new fund", "would contribute $100 million"
  'contribute', 'press ahead', 'push ahead',
  // more of it: "will boost its imports of farm products" (not "increase" or "raise": issue names use them)
  'boost', 'expand', 'step up', 'ramp up',
  // kept as it is: "the curbs must stay in place" (only the multi-word forms: "stays" alone names issues)
  'stay in place', 'remain in place', 'stay in force', 'remain in force', 'here to stay',
  // a vote with no object refers back to what is being voted on: "Germany also voted in favour."
  'vote in favour', 'vote in favor',
  // arguing for it: "would fight for the debt relief", "would recommend that the Bundestag approve"
  'fight for', 'recommend', 'stand up for',
  // doing it or writing it into law: "would legislate the pension reform", "was carrying out the consensus"
  'legislate', 'enact', 'implement', 'carry out',
  // what a deal must contain: "any agreement must include a haircut"
  'include',
  // "looked forward to Sweden's membership"
  'look forward to',
  // praise and weight: "praised the ceasefire", "threw its weight behind the plan", "gave its blessing to"
  'praise', 'throw its|his|her|their|our|my weight behind', 'give its|his|her|their|our|my blessing to',
  'put forward', 'table', 'stick to',
  // yielding to it: "would never give in to the demand", "bowed to pressure for the tax"; bearing it: "would not tolerate it"
  'give in to', 'cave in to', 'bow to', 'yield to', 'tolerate', 'concur',
  // won round: "had come round to the tax"
  'come round to', 'come around to',
  // putting it forward: "unveiled a salt tax" ("announce" and "launch" were measured and left out: "announced talks",
  // "launched an offensive" raised false alarms)
  'unveil', 'roll out',
  // going along: "would go along with the tax"
  'go along with',
  // pressing on with it: "doubled down on the tax", "forged ahead with the plan"
  'double down on', 'forge ahead with',
]);
// Taking part and staying out, as fixed forms (a verb entry would make "part" a stance word). Said of their own object
// only (stanceFor) and not read in issue names (compile): both test an op's label against PARTICIPATION_PHRASES.
const TAKING_PART = ['take part in', 'takes part in', 'taking part in', 'took part in', 'participate in', 'participates in',
  'participating in', 'participated in'];
const STAYING_OUT = ['boycott', 'boycotts', 'boycotted', 'boycotting', 'stay away from', 'stays away from', 'stayed away from',
  'staying away from'];
export const PARTICIPATION_PHRASES: ReadonlySet<string> = new Set([...TAKING_PART, ...STAYING_OUT]);
words('sup', [
  'must', 'should', 'demands', 'demand', 'call', 'calls', 'insistence', 'support', 'backing', 'approval', 'ratification',
  'in favour of', 'in favor of', 'indispensable', 'essential', 'non-negotiable', 'vital', 'necessary', 'unavoidable', 'priority',
  'need', 'needs', 'needed', 'determined', 'green light', 'go-ahead', 'go - ahead', 'goal', 'ambition', 'commitment', 'yes',
  'wants', 'insisting', 'favourable', 'favorable', 'keen', 'eager', 'committed', 'welcome', 'stronger', 'safer',
  'more secure', 'strengthen', 'strengthens', 'in everyone\'s interest', 'good for', 'beneficial', 'worthy of',
  // obligation in someone's words: "Washington had to remove the duties" (weak: narration uses it too)
  'had to', 'has to', 'have to',
  // "there was no alternative to the tax" (see "alternatives to")
  'no alternative to',

  // judged right: "the deal had been the right decision", "the right move"
  'the right decision', 'the right move', 'the right step', 'the right thing to do', 'the right call',
  'the right path', 'the right course', 'the right way', 'only sensible path', 'the sensible path', 'a sensible step', 'only path',
  // "would not put his name to any agreement that ...": signing
  'put his name to', 'put her name to', 'put its name to', 'put their name to', 'put my name to', 'put our name to',
  // evaluations that endorse: "an important step in implementing the agreement", "a precondition for any deal"
  'important step', 'step forward', 'welcome step', 'step in the right direction',
  'historic step', 'historic day', 'historic moment', 'historic achievement', 'milestone', 'breakthrough',
  // praise: "called it a transformative win", "pleased to have reached"
  'transformative win', 'pleased with', 'pleased to', 'satisfied with', 'a matter of survival', 'won over to',
  'precondition for', 'prerequisite for', 'only way', 'only realistic path', 'best way', 'best path', 'best option', 'best hope',
  // praise in the holder's words: "called the deal a victory for workers", "good news for the industry", "a good start"
  'a victory', 'a win', 'good news', 'a good deal', 'a very good deal', 'a good start', 'a major step', 'a big step',
  'a step closer', 'legitimate', 'stand behind', 'stands behind', 'stood behind', 'stood fully behind',
  // "was fully behind it", "remained firmly behind the plan" (not a bare "behind": "was behind the attack")
  'fully behind', 'firmly behind', 'squarely behind', 'solidly behind', 'four-square behind',
  // judged right: "the intervention was the right thing to do" ("fair" and "confident" were measured and left out:
  // "neither grounded nor fair", "a fair deal was in everyone's interest", "confident America would not default")
  'the right thing', 'the responsible thing',
  // the way out: "said a salt tax was the answer", "the way forward" ("not the answer" turns it round)
  'the answer', 'the solution', 'the way forward',
  // a coalition's terms: "would never join a government that loosened the debt brake"
  'join a government', 'join any government', 'join a coalition', 'join any coalition', 'joined a government', 'joined a coalition',
  'enter a government', 'enter any government', 'enter a coalition', 'enter any coalition',
  // "the salt tax was long overdue"; "it was time for a salt tax", "it was time to lift the sanctions"
  'long overdue', 'it was time for', 'it is time for', 'it was time to', 'it is time to',
  // "the partnership with Rwanda was lawful" (against "unlawful"); "the raise was affordable" (against "unaffordable")
  'lawful', 'affordable',
  // fit with what was agreed: "was not compatible with the Barbados roadmap" (against "incompatible with")
  'compatible with', 'consistent with',
  // taking part: "would take part in the talks", "would not take part in a bailout" (see TAKING_PART)
  ...TAKING_PART,
  // joining talks or a body: "would join the talks", "refused to join the committee" (only before such a noun: "join NATO"
  // is an accession's own act)
  'join talks', 'join the talks', 'join any talks', 'joined the talks', 'joining the talks', 'join negotiations', 'join the negotiations',
  'join the dialogue', 'join the committee', 'join the body', 'join the forum', 'join the panel', 'join the process',
]);
// staying out: "would boycott the talks", "stayed away from the vote"
words('opp', STAYING_OUT);
// A deal made that contains it: "reached a tentative agreement that would restore the adjustments", "struck a deal on
// the tax". Past forms only: "committed to reaching an agreement", "looked forward to reaching a deal" want a deal, not
// this one.
for (const phrase of [
  'reached|struck|sealed|clinched a|an|the deal|agreement|accord|compromise|settlement|pact|bargain', 'reached agreement',
  'reached|struck|sealed|clinched a|an tentative|provisional|preliminary|political|final|landmark|historic|new|unanimous deal|agreement|accord|compromise|settlement|pact',
]) entries.push({ words: phrase.split(' ').map((p) => p.split('|')), kind: 'sup', label: phrase, strength: 1, verb: true });
// --- oppose: rejects, refuses, rules out, blocks ---
verb('opp', [
  'reject', 'refuse', 'rule out', 'dismiss', 'oppose', 'block', 'veto', 'resist', 'object', 'vote against',
  'condemn', 'denounce', 'criticise', 'criticize', 'slam', 'obstruct', 'hold up', 'stall', 'warn against',
  'spurn', 'rebuff', 'turn down', 'exclude', 'deplore', 'decry', 'balk', 'baulk', 'scorn', 'torpedo', 'regret', 'lament',
  // phrasal opposition: the particle or preposition belongs to the verb ("pushed back against calls for X")
  // campaigning against it: "stepped up their campaign against the agreement", "lobbied against the bill" (protests
  // and marches are phrases below; a verb "rail against" would make "rail" a stance word: "rail strike")
  'campaign against', 'lobby against', 'argue against',
  'vote down', 'stand in the way of', 'push back against', 'push back on', 'fight against', 'fight', 'stand firm against', 'hold out against', 'dig in against', 'hold firm against',
  // scorn and doubt: "lambasted the plan", "shot down the proposal", "cast doubt on the deal"
  'lambast', 'blast', 'shoot down', 'cast doubt on', 'pour cold water on', 'distance itself from', 'distance themselves from',
  'throw its|his|her|their|our|my weight against',
  // faith lost: "had lost faith in the tax"
  'lose faith in', 'lose patience with',
]);
// kept where it is: "the troops would stay where they were", "its troops would stay." (a bare "stay" only at a clause's end:
// "stays" inside a clause names issues)
verb('sup', ['stay put', 'stay where', 'stay here', 'stay there', 'remain where', 'remain here', 'remain there', 'stay .|,|;', 'remain .|,|;',
  'stay at', 'remain at',
  // still standing: "the strike threat stood", "the offer still stands."
  'stand .|,|;']);
// (as phrases, not verbs, so that "protest", "march" and "rally" stay plain nouns elsewhere: "such protests")
words('opp', ['protest against', 'protests against', 'protested against', 'protesting against', 'march against',
  'marched against', 'marching against', 'marches against', 'rally against', 'rallied against', 'rallies against', 'rallying against']);
words('opp', [
  // misgivings: "sceptical of the plan", "has reservations about the deal" (weak: not yet a rejection)
  'sceptical of', 'skeptical of', 'sceptical about', 'skeptical about', 'reservations about', 'doubts about', 'concerns about',
  'concern about', 'concerns over', 'concern over',
  // "had serious misgivings about the tax"; "a bridge too far"; shutting it out: "closed the door on the tax" (not
  // closing it is openness, like "did not rule out": see stanceFor)
  'misgivings about', 'misgivings over', 'a bridge too far', 'close the door on', 'closed the door on', 'closes the door on',
  'closing the door on', 'shut the door on', 'shuts the door on', 'shutting the door on',
  'against', 'rejection', 'refusal', 'opposition', 'objection', 'objections', 'veto', 'red line', 'unacceptable',
  'non-starter', 'no-go', 'anti-democratic', 'illegitimate', 'impossible', 'out of the question', 'unlawful', 'unconstitutional',
  'illegal', 'unjustified', 'insult', 'no legal basis', 'unacceptable',
  // "dropped its resistance to the tax"; "had a problem with it", "no problem with it" (see "no objection"); "took
  // issue with it" ("criticism of" was measured and left out: "saw no reason to retract its criticism of rule-of-law
  // problems" names another thing; so were "brushed aside" and "shrugged off", whose object is most often calls made by
  // another actor, read wrong when the calls name a second give-up)
  'resistance to', 'problem with', 'problems with', 'take issue with', 'takes issue with', 'took issue with', 'taking issue with',
  'a mistake', 'a trap', 'a betrayal', 'a farce', 'a sham', 'a fraud', 'a scam', 'a hoax', 'a swindle',
  // judged wrong: "the wrong approach", "a grave error", "a recipe for disaster", "a slap in the face" ("flawed",
  // "misguided" were measured and left out: "a flawed process" is said of how a thing was made, not of the thing;
  // "dangerous" judges only in a predicate, "the tax was dangerous", not "a dangerous precedent": see PREDICATE_ONLY)
  'wrong policy', 'wrong approach', 'wrong direction', 'wrong path', 'grave error',
  'serious error', 'recipe for disaster', 'slap in the face', 'a capitulation', 'a disgrace', 'blood red line', 'threat', 'consequences', 'encroachment', 'provocation', 'dangerous', 'damaging',
  // disagreement and pushing through: "disagreed with the court's decision", "jammed through the House"
  'disagree with', 'disagreed with', 'disagrees with', 'disagree', 'disagreed', 'disagrees', 'no solution', 'jam through', 'jammed through', 'ram through', 'rammed through',
  // unfairness and excess: "said the tax was unfair", "the plan went too far", "dead on arrival"
  'unfair', 'went too far', 'goes too far', 'go too far', 'gone too far', 'dead on arrival',
  'counterproductive', 'counter-productive', 'unworkable', 'unrealistic', 'dead end', 'step backwards', 'step backward',
  'grave mistake', 'major mistake', 'serious mistake', 'big mistake', 'huge mistake', 'terrible mistake', 'historic mistake',
  'a failure', 'gimmick', 'distraction', 'bad deal', 'arbitrary', 'inconsistent with', 'no intention of',
  // scorn: "called the agreement a surrender", "called the move blackmail"
  'a surrender', 'blackmail', 'the wrong answer', 'too costly', 'too expensive',
  // ruin foretold: "called the tax a disaster", "a step too far", "the deal was dead", "would do more harm than good" ("would hurt farmers" was measured
  // and left out: it is often a reason given for rejecting another thing, "rejected the deal because it would hurt farmers")
  'a disaster', 'a catastrophe', 'disastrous', 'catastrophic', 'a step too far', 'doomed', 'is dead', 'was dead', 'are dead', 'were dead', 'more harm than good',
  // kept off: "was off the agenda", "premature", "the last thing Sudland needed" ("nothing to do with" was measured and
  // left out: "the sanctions had nothing to do with the deal" relates two things; so was "not up for debate", which
  // said of a thing in place keeps it: "the award was not up for debate")
  'off the agenda', 'premature', 'the last thing',
  // harm named: "the tax was bad for farmers", "made no sense", "a burden on families", "would cost jobs", "a bad idea"
  'bad for', 'make no sense', 'makes no sense', 'made no sense', 'a burden', 'cost jobs', 'costs jobs', 'bad idea',
  // not wanted: "was unnecessary", "was not a priority", "not convinced by it", "there were no plans for a salt tax"
  // ("could not afford" was measured and left out: "could not afford to pay wages for battery work" names a cost, not
  // the issue)
  'unnecessary', 'needless', 'not a priority', 'no priority', 'not convinced', 'unconvinced', 'no plans for', 'no plan for',
  // a critic's or an opponent's stance named as what the speaker is: "a fierce critic of the tax", "an opponent of it"
  'critic of', 'critics of', 'opponent of', 'opponents of',
  // scorn and unworkability: "a gift to the Kremlin", "a political bribe", "hardly feasible" ("a violation of" and "a
  // breach of" were measured and left out: what follows them is what is kept, "a breach of earlier promises")
  'a gift to', 'a bribe', 'a political bribe', 'hardly feasible', 'not feasible', 'unfeasible', 'infeasible',
  // "Sudland said no to the salt tax"
  'said no to', 'say no to', 'says no to', 'saying no to',
  // what it would cost: "the demand would make us uncompetitive"
  'unaffordable', 'unsustainable', 'uncompetitive',
  // excess and folly: "the 35% demand remained unreasonable", "an excessive demand", "a reckless deal"
  'unreasonable', 'excessive', 'untenable', 'absurd', 'reckless', 'irresponsible', 'disproportionate', 'outrageous',
  // denying an institution's part in it: "the council had no role in the matter", "not a matter for the council"
  'no role', 'not a matter for',
  // ruling a thing out by denying it a place: "leaving the euro was not an option", "there would be no debt relief"
  'not an option', 'no option', 'not in the interest of', 'not in the interests of', 'not in the national interest', 'no point in', 'no sense in', 'not on the table', 'off the table', 'incompatible with', 'no basis for', 'no question of',
  'there would be no', 'there will be no', 'there could be no', 'there can be no', 'there would never be', 'there will never be',
  // the contrary wanted: "the opposite of what the industry had asked for", "proposed alternatives to the tax", "would
  // tie the hands of the police"
  // judged in a predicate only ("the tax was unjust", "is pointless"; "a misguided attempt" names something else): see
  // PREDICATE_ONLY in stance-cues.ts
  'unjust', 'unwise', 'pointless', 'senseless', 'useless', 'futile', 'ill-conceived', 'harmful', 'unviable', 'indefensible',
  'unjustifiable',
  'the opposite of what', 'alternatives to', 'an alternative to', 'tie the hands of', 'tied the hands of', 'ties the hands of',
]);
// --- conditional: readiness, openness, compromise ---
words('cond', [
  'ready', 'willing', 'prepared', 'open to', 'open for', 'door open', 'consider', 'considering',
  'considered', 'would consider', 'compromise on', 'to compromise', 'flexible', 'flexibility', 'in principle', 'could accept',
  'could support', 'could live with', 'may accept', 'softened', 'softening', 'conditional',
  // "a salt tax could be acceptable to Norland": acceptance with a hedge, like "could accept"
  'could be acceptable', 'could prove acceptable',
  'open the door', 'opened the door', 'opens the door', 'conditional on', 'conditional upon', 'contingent on',
  // held back as a fallback: "keeps a public vote in reserve", "only as a last resort"
  'in reserve', 'as a last resort', 'as a fallback', 'as a fall-back', 'fallback option',
  // held but not dropped: "the deal was temporarily on hold until he received details"
  'on hold',
  // open to talk about it: "the tax could be discussed", "sought common ground on the tax", "would back it in some form"
  'could be discussed', 'can be discussed', 'could be negotiated', 'can be negotiated', 'common ground', 'in some form',
  // one way among others: "a salt tax remained an option", "was among the options", "could be part of a deal"
  'one option', 'among the options', 'remained an option', 'remains an option', 'still an option',
  // a door left ajar, an open mind: "left the door ajar to a salt tax", "open-minded about it" ("might accept" and
  // "could back" were measured and left out: "delegates said X might accept" is a guess, the modal its only sign)
  'door ajar', 'open - minded', 'open minded',
  // conditions named: "set conditions for accepting the tax", "laid out three conditions for its support", "was not
  // unconditional"
  'set conditions for', 'sets conditions for', 'setting conditions for', 'set out conditions for', 'laid out conditions for',
  'lays out conditions for', 'conditions for accepting', 'attach conditions to', 'attached conditions to', 'attaches conditions to',
  'attach strings to', 'attached strings to', 'attaches strings to', 'conditions for its support', 'conditions for backing', 'not unconditional',
  // its support tied to something else: "tied its backing for the tax to exemptions", "linked their approval of it to"
  ...['tie', 'ties', 'tied', 'tying', 'link', 'links', 'linked', 'linking'].flatMap((verb) => ['its', 'their', 'his', 'her'].flatMap((owner) =>
    ['support', 'backing', 'approval', 'consent', 'vote'].map((noun) => `${verb} ${owner} ${noun}`))),
  // not excluding it, as "did not rule out": "declined to rule out a salt tax", "refused to rule it out"
  'declined to rule out', 'declines to rule out', 'declining to rule out', 'refused to rule out', 'refuses to rule out',
  'refusing to rule out',
]);
// --- condition connectives ---
words('conn', [
  'if', 'unless', 'provided', 'providing', 'in exchange for', 'in return for', 'on condition', 'only if',
  'as long as', 'subject to', 'so long as', 'in exchange', 'as part of a deal', 'on the condition', 'on one condition', 'only after',
  'only once', 'only when', 'only where', 'only in a deal', 'only as part of', 'only with', 'only as',
  'as soon as', 'on certain conditions', 'under certain circumstances', 'in certain circumstances', 'under some circumstances',
  'with conditions', 'with strings attached', 'as part of a wider', 'as part of a broader', 'as part of a package',
  // "on the understanding that farmers were exempt", "assuming that the rate stayed low"
  'on the understanding that', 'assuming that',
]);
verb('cond', ['depend', 'hinge', 'leave the door open', 'keep the door open', 'leave open', 'keep open', 'hold open']);
// to be won over: "could be persuaded to back the tax"; coming round: "Sudland was warming to the tax" (the verb only:
// "limit warming to 1.5 degrees" is no one's)
words('cond', ['could be persuaded', 'could be convinced', 'can be persuaded', 'can be convinced',
  'was|is|are|were|been warming to', 'warmed to', 'warms to']);
// --- giving something up: flips polarity relative to the thing ---
verb('giveup', [
  'abandon', 'drop', 'renounce', 'cede', 'withdraw', 'hand over', 'give up', 'give away', 'surrender', 'relinquish', 'forgo',
  'stop', 'cease', 'halt', 'suspend', 'freeze', 'dismantle', 'destroy', 'ship out', 'export', 'transfer', 'dilute',
  'forego', 'scrap', 'remove', 'ditch', 'abolish', 'shelve', 'waive', 'end', 'leave', 'quit', 'exit',
  'pull out', 'pull back', 'walk away', 'back away', 'call off', 'renegotiate', 'water down', 'forsake', 'retreat', 'back down', 'let go',
  'soften', 'reverse', 'revoke', 'rescind', 'overturn', 'weaken', 'erase', 'undermine', 'claw back', 'terminate',
  // "said the treaty should be torn up", "vowed to tear up the deal"
  'tear up',
  // emptied of arms: "demilitarise the border"
  'demilitarise', 'demilitarize',
  // asked to think again: "called on Britain to reconsider its plan"
  'reconsider', 'rethink', 'revisit',
  // calling it off: "urged the union to cancel the strike"
  'cancel',
  // putting it on hold: "urged the coalition to pause the legislation", "slow down the overhaul" (not "delay" or
  // "postpone", said mostly of a vote, a meeting or a date: "postponed a round of talks")
  'pause', 'put on hold', 'slow down',
  // taking a measure away: "lift the tariffs"
  'lift',
  // taking it out of a text or off the books: "agreed to delete the VAT on bread", "vowed to repeal the law"
  'delete', 'repeal', 'annul',
  // moving off it: "would not budge on the tax", "refused to give ground on it", "would not yield on it"
  'budge', 'give ground', 'yield on', 'cave on',
  // put something else in its place: "would replace the levy with incentives" (what replaces it is wanted: see stanceFor)
  'replace',
]);
// annulled by a court: "asked the court to strike down the tax"; support taken back: "walked back its support for the
// tax", "rowed back on its pledge" (fixed forms: a verb entry would make "strike", "walk" and "row" stance words)
words('giveup', ['strike down', 'strikes down', 'struck down', 'striking down', 'walk back', 'walks back', 'walked back',
  'walking back', 'row back on', 'rows back on', 'rowed back on', 'rowing back on',
  // retreating from it: "backtracked on the tax", "made a U-turn on it" (wink keeps "U-turn" one token)
  'backtrack on', 'backtracks on', 'backtracked on', 'backtracking on', 'u-turn on', 'u-turned on']);
// spared from it: "the exemption from the stubble fines" takes the fines away (the verb "exempt" stays an ordinary word,
// so that a name's own "exempts" still finds its issue)
words('giveup', ['exemption from', 'exemptions from', 'exempted from', 'exempt from']);
// ("gave no ground on the tax": not moving off it, said in one phrase, keeps it)
verb('sup', ['give no ground']);
// ("take back" as fixed forms: "take" alone must stay an ordinary word for seeds such as "take up the dispute")
words('giveup', ['take back', 'takes back', 'took back', 'taking back', 'taken back']);
// ... and "take away" ("a deal that took away the fishing rights")
words('giveup', ['take away', 'takes away', 'took away', 'taking away', 'taken away']);
// scorn and sinking: "scuttled the tax", "scoffed at it", "derided the plan", "voted no on it" ("contest" was measured
// and left out, "the most contested part of the text", and so was "throw out" as a give-up, which turned round a
// give-up issue's own act: "wanted the election results thrown out" on "the results are set aside")
verb('opp', ['scuttle', 'scoff at', 'mock', 'deride', 'vote no on']);
words('opp', ['no appetite for', 'a tax grab', 'a cash grab', 'a power grab', 'an attack on', 'would never happen', 'will never happen']);
// reneging: "would not go back on the agreement" keeps it
verb('giveup', ['go back on']);
// harming it: "anything that compromised its sovereignty" (only the verb with an object: see findOps; "a compromise on"
// and "to compromise" are openness)
verb('giveup', ['compromise']);
// starting over: "the Commission should go back to the drawing board on the law" takes it off the table
verb('giveup', ['go back to the drawing board on', 'go back to the drawing board with']);
// carried out: "the reform would be carried through"
verb('sup', ['carry through']);
// worth a hearing: "the offer deserves a vote", "was worthy of consideration"
words('cond', ['deserves a vote', 'deserved a vote', 'deserve a vote', 'worthy of consideration', 'worth considering', 'merits consideration', 'deserves consideration', 'deserved consideration']);
// a deal that lacks it is one without it: "would not agree to a deal that lacked work requirements"
words('giveup', ['lacking', 'that lacked', 'that lacks', 'which lacked', 'which lacks']);
words('giveup', ['renegotiation', 'withdrawal', 'removal', 'abandonment', 'without', 'rid of', 'handover', 'abroad',
  'rollback', 'roll-back', 'clawback', 'claw-back', 'repeal', 'cancellation', 'phase-out', 'scrapping', 'lifting of', 'easing of', 'suspension',
  'abolition', 'reversal', 'pullout', 'pull-out', 'pullback']);
// Openness to negotiate over something: conditional, and (like giving it up) it flips the sign of what it is about,
// so "would not negotiate over enrichment" insists on enrichment.
words('cond', ['negotiable', 'up for negotiation', 'open to negotiation', 'open for negotiation']);
verb('cond', ['negotiate on', 'negotiate over', 'negotiate about']);
// "would accept nothing short of scrapping the plan": a demand for what follows, not a negation
words('sup', ['nothing short of', 'nothing less than', 'nothing weaker than', 'nothing softer than', 'on board with']);
// "would not settle for anything less than a full ban", "anything short of repeal would fail": what falls short of the
// thing is what is refused, so the thing is wanted
words('neg', ['anything less than', 'anything short of', 'anything weaker than', 'anything softer than']);
// a supporter's stance named as what the speaker is: "a supporter of the tax", "a proponent of it"
words('sup', ['supporter of', 'supporters of', 'proponent of', 'proponents of', 'advocate of', 'advocates of']);
// holding to it: "would stand firm on the salt tax" (like "would not back down on it")
verb('sup', ['stand firm on', 'hold firm on', 'stay firm on', 'remain firm on']);
// rallying to it and letting it go ahead: "got behind the tax", "green-lit the tax"
verb('sup', ['get behind', 'greenlight', 'green - light']);
words('sup', ['got behind', 'gotten behind', 'greenlit', 'green - lit']);
// made to accept it: "would not be pressured into a salt tax" (the negation turns it round)
words('sup', ['pressured into', 'pressed into', 'forced into', 'bullied into', 'coerced into', 'pushed into']);
// judgements of it as a course of action: "made the case for the tax", "a good idea", "the wrong approach"
words('sup', ['case for', 'good idea', 'right approach', 'right thing to do', 'bedrock', 'cornerstone', 'acceptable',
  'a good thing', 'the only option', 'right policy']);
/**
 * Judgements of whether someone may do a thing, granted ("Sudland had every right to introduce the tax") or denied
 * ("had no legal right to reimpose sanctions"): said of another actor, the speaker's position (stance-cues'
 * ENTITLEMENT_CUES).
 */
export const ENTITLEMENT_GRANTED = ['every right to', 'entitled to', 'within its rights to', 'within their rights to'];
export const ENTITLEMENT_DENIED = ['no right', 'no legal right', 'no right to', 'no business'];
words('sup', ENTITLEMENT_GRANTED);
words('opp', ENTITLEMENT_DENIED);
words('opp', ['bad idea', 'wrong approach']);
// openness: "would look at it with an open mind", "acceptable under certain conditions"
words('cond', ['open mind', 'open-minded', 'under certain conditions']);
// readiness said as a noun: "signalled openness to the tax", "expressed willingness to accept it"
words('cond', ['openness to', 'willingness', 'readiness']);
// an option kept open: "a salt tax was not off the table" (not a refusal negated: "off the table" alone rules it out)
words('cond', ['not off the table', 'never off the table']);
// support taken back: "pulled its support for the tax", "pulled the plug on the deal"
words('giveup', ['pulled its support', 'pull its support', 'pulls its support', 'pulled their support', 'pull their support',
  'pull the plug on', 'pulled the plug on', 'pulls the plug on']);
// --- negators ---
words('neg', [
  'not', "n't", 'never', 'no', 'no longer', 'neither', 'nor', 'nothing', 'none', 'nobody', 'cannot', 'denied',
  'deny', 'denies', 'denying', 'fail', 'failed', 'fails', 'hardly', 'unwilling',
]);
// Accusing or blaming another for an act turns that act around: "accused Moscow of blocking the deal" is for the deal,
// "blamed Kyiv for backing the plan" against the plan (with no act named, "accused Moscow of bad faith", no stance).
verb('neg', ['accuse', 'blame']);
// --- no stance from this holder in this clause ---
words('skip', [
  'refused to say', 'refuses to say', 'refusing to say', 'declined to say', 'declines to say', 'declining to say',
  'declined to comment', 'declines to comment', 'refused to comment', 'would not say', 'did not say',
  'wouldn\'t say', 'didn\'t say', 'would not comment', 'not say whether', 'declined to be drawn',
  'refused to be drawn', 'asked whether', 'asked if', 'whether', 'no comment', 'declined to confirm',
  'refused to confirm', 'did not comment', 'not commented', 'yet to decide', 'has not decided', 'undecided',
  'would not be drawn', 'even if', 'as if', 'what if', 'consider how', 'consider whether', 'discuss how',
  'decide how', 'decide whether', 'to consider how',
  // pressed by others, no stance of its own: "came under pressure to accept the tax", "faces calls to drop it"
  'under pressure to', 'under growing pressure to', 'under mounting pressure to', 'under heavy pressure to',
  'faces pressure to', 'faced pressure to', 'facing pressure to', 'faces calls to', 'faced calls to', 'facing calls to',
  // "would neither confirm nor deny that ...", "too early to say"
  'neither confirm', 'neither confirmed', 'neither confirms', 'too early to say', 'too soon to say',
]);
// --- speculation ---
words('spec', [
  'may', 'might', 'could', 'likely', 'unlikely', 'possibly', 'perhaps', 'probably', 'expected', 'expects',
  'speculate', 'speculated', 'speculation', 'predicted', 'predict', 'predicts', 'believe', 'believed', 'suspect',
  'appears', 'seems', 'seemed', 'appeared', 'reportedly', 'signalled', 'hinted',
  'would eventually', 'sooner or later', 'eventually', 'bet', 'guess', 'wager',
  // a process under way is not yet a position ("as Sweden moved towards applying")
  'moved towards', 'moving towards', 'moves towards', 'move towards', 'moved toward', 'moving toward', 'edging towards',
  'edged towards', 'heading towards',
]);
verb('speech', [
  'say', 'tell', 'state', 'announce', 'declare', 'add', 'argue', 'write', 'stress', 'note', 'explain', 'repeat',
  'reiterate', 'confirm', 'warn', 'assert', 'claim', 'restate', 'tweet', 'post', 'answer', 'reply',
  'respond', 'signal', 'indicate', 'acknowledge', 'concede', 'emphasise', 'emphasize', 'describe', 'inform',
  // a suggestion is a speaker's proposal ("Ukraine should give up the Donbas, Trump suggested"); "may" and the like
  // after it still mark speculation
  'suggest',
]);
words('speech', ['according to', 'in a statement', 'in a letter']);
words('bg', [
  'ago', 'previously', 'formerly', 'in the past', 'last year', 'had long', 'has long', 'have long', 'long opposed',
  'at the time', 'back then', 'earlier this year', 'in 2014', 'historically', 'once opposed', 'originally',
  'since early', 'since last', 'for months', 'for years', 'for weeks', 'until this year', 'until now', 'until recently',
  'until last year', 'until then', 'up to now',
]);

/** Phrase entries indexed by their first word, longest first. */
export const PHRASES: Map<string, PhraseEntry[]> = (() => {
  const m = new Map<string, PhraseEntry[]>();
  for (const e of entries) {
    for (const w of e.words[0]) {
      const list = m.get(w) ?? [];
      list.push(e);
      m.set(w, list);
    }
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();

/** A two-word verb phrase whose particle may follow the object ("hand the recordings over", "give its demand up"). */
export function splittablePhrasal(p: PhraseEntry): boolean {
  // ("let the law go" too, not "let the union go ahead": see findOps)
  return p.verb === true && p.words.length === 2 && (/^(over|up|out|back|down|away|off)$/.test(p.words[1][0]) || (p.words[1][0] === 'go' && p.words[0].includes('let')));
}

/**
 * The phrases that start with one word, and what lets findOps skip most of them: the words that can come second in
 * one of them, the phrases still possible when the next word is none of those (one-word phrases and splittable
 * phrasal verbs), and for each second word the phrases still possible after it (those, and the phrases it continues;
 * in the order of `all`). Most tokens of "in", "a", "no", "not" start none of their dozen phrases.
 */
export interface PhraseStart { all: PhraseEntry[]; secondWords: Set<string>; withoutSecondWord: PhraseEntry[]; afterSecondWord: Map<string, PhraseEntry[]> }
/** The words a time adjunct can start with ("on Thursday", "late on Monday", "last week"): findOps reads across one. */
/** Adverbs of manner that may stand inside a verb phrase ("pushed hard for", "stood firmly behind", "called again for"). */
export const MANNER_ADVERBS = new Set(['unanimously', 'overwhelmingly', 'narrowly', 'hard', 'strongly', 'firmly', 'repeatedly', 'again',
  'squarely', 'fully', 'vigorously', 'openly', 'publicly', 'explicitly', 'formally', 'forcefully', 'strenuously', 'fiercely',
  'staunchly', 'consistently', 'loudly', 'clearly']);
export const TIME_ADJUNCT_STARTS = new Set(['late', 'early', 'last', 'this', 'next', 'on', ...MANNER_ADVERBS]);
export const PHRASE_STARTS: Map<string, PhraseStart> = new Map([...PHRASES].map(([first, all]) => {
  const secondWords = new Set(all.flatMap((p) => p.words[1] ?? []));
  const withoutSecondWord = all.filter((p) => p.words.length === 1 || splittablePhrasal(p));
  const afterSecondWord = new Map([...secondWords].map((w) => [w, all.filter((p) => p.words.length === 1 || splittablePhrasal(p) || p.words[1].includes(w))]));
  return [first, { all, secondWords, withoutSecondWord, afterSecondWord }];
}));

/** Every word that can come second in some phrase, or start a time adjunct (most words can do neither). */
export const PHRASE_FOLLOWERS: Set<string> = new Set([...TIME_ADJUNCT_STARTS, ...[...PHRASE_STARTS.values()].flatMap((st) => [...st.secondWords])]);

/**
 * Words that findOps (stance-cues.ts) tests before looking up PHRASES ("once", "first ... then", "rather ... than",
 * increase, ease, leave, go, if, "exempt ... from"): kept in step with its special cases (specialOp), so that every other word skips them.
 */
export const SPECIAL_OP_WORDS: Set<string> = new Set(['once', 'then', 'before', 'than', 'out',
  ...['', 'e', 'es', 'ed', 'ing'].flatMap((suffix) => ['eas', 'relax', 'loosen'].map((verb) => verb + suffix)),
  'increase', 'increases', 'increased', 'increasing', 'leave', 'leaves', 'left', 'leaving', 'go', 'goes', 'if', 'from',
  'let', 'lets', 'letting', 'allow', 'allows', 'allowed', 'allowing', 'permit', 'permits', 'permitted']);
/** Every word at which findOps can start an op (the many words that start nothing are skipped at once). */
export const OP_START_WORDS: Set<string> = new Set([...PHRASES.keys(), ...SPECIAL_OP_WORDS]);

/**
 * Whether a word is a stance word by itself: a one-word cue, or the verb that opens a phrasal one ("call" in "call
 * for"). The first word of a noun or adjective phrase ("important" in "important step", "in" in "in favour of") is
 * not, so adding such a phrase does not change how its first word is read elsewhere.
 */
export function isStanceWord(low: string): boolean {
  return PHRASES.get(low)?.some((p) => p.words.length === 1 || p.verb === true) === true;
}

/** Verbs that, in an issue's name, make the proposition a giving-up ("Ukraine abandons its NATO bid"). */
export const GIVE_UP_BASES = [
  'abandon', 'drop', 'renounce', 'cede', 'withdraw', 'hand', 'give', 'surrender', 'relinquish', 'forgo', 'scrap',
  'remove', 'ditch', 'abolish', 'shelve', 'waive', 'leave', 'quit', 'exit', 'concede', 'forsake', 'stop', 'cease',
  'halt', 'suspend', 'freeze', 'end', 'dismantle', 'lift', 'claw', 'ease', 'relax', 'loosen', 'repeal', 'annul', 'delete',
];
/** A name that gives up a demand, a plan or a bid gives up its content only as wanted, not as done. */
export const DEMAND_HEADS = /^(demands?|insistence|calls?|requests?|claims?|bids?|plans?|proposals?|push|pursuit|campaign|quest|ambitions?|hopes?|aims?|goals?|objective)$/;
/** Deferral verbs: as an issue name's main verb ("X delays the filling until a deal") they make it a giving-up. */
export const DEFER_WORDS: Set<string> = new Set(['delay', 'postpone', 'defer', 'pause'].flatMap((b) => forms(b)));
export const GIVE_UP_WORDS: Set<string> = new Set(GIVE_UP_BASES.flatMap((b) => forms(b)));

/** Nouns that can stand for a tracked actor when a demonym precedes them ("Irish officials"). */
export const SPEAKER_NOUNS = new Set([
  'government', 'officials', 'official', 'negotiators', 'negotiator', 'president', 'prime', 'minister', 'ministers',
  'leader', 'leaders', 'diplomats', 'diplomat', 'delegation', 'authorities', 'side', 'envoy', 'envoys', 'spokesman',
  'spokeswoman', 'spokesperson', 'parliament', 'administration', 'cabinet', 'chancellor', 'ministry',
  'foreign', 'defence', 'defense', 'premier', 'team', 'ambassador', 'state', 'leadership',
  'presidency', 'counterpart', 'counterparts', 'trade', 'commerce', 'finance', 'deputy', 'chief', 'head',
]);

/** Third parties whose words are not an actor's own position. */
export const THIRD_PARTY = new Set([
  'analysts', 'analyst', 'diplomats', 'diplomat', 'observers', 'observer', 'experts', 'expert', 'commentators',
  'commentator', 'sources', 'source', 'officials', 'official', 'critics', 'insiders', 'insider', 'people',
  'economists', 'economist', 'strategists', 'researchers', 'scholars', 'pundits', 'media', 'reports', 'report',
  'newspaper', 'commentary', 'some', 'others', 'many', 'investors', 'traders', 'lobbyists', 'historians',
  'opponents', 'supporters',
]);

/** Titles that may precede a person's name without making it a different person. */
export const TITLES = new Set([
  'president', 'prime', 'minister', 'chancellor', 'secretary', 'mr', 'mrs', 'ms', 'dr', 'leader', 'speaker', 'king',
  'queen', 'premier', 'general', 'envoy', 'spokesman', 'spokeswoman', 'foreign', 'senator', 'sen', 'rep',
  'representative', 'governor', 'commissioner', 'ambassador', 'deputy', 'vice', 'special', 'trade', 'finance',
  'defence', 'defense', 'chief', 'negotiator', 'sir', 'lord', 'lady', 'dame', 'sheikh', 'emir', 'crown', 'prince',
]);

/** Nouns for a text under negotiation, which a participle after them describes ("the deal agreed in May"). */
export const NEGOTIATED_TEXT_NOUNS = new Set(['text', 'deal', 'accord', 'agreement', 'plan', 'draft', 'proposal', 'document',
  'package', 'treaty', 'framework', 'memorandum', 'compromise', 'declaration', 'resolution', 'bill', 'law', 'statement',
  'settlement']);
/** Of those (and "pact"), the ones interchangeable at the end of a seed term ("binding agreement", "binding treaty"); they are their own stems. */
export const TEXT_SYNONYM_STEMS = new Set(['agreement', 'deal', 'treaty', 'accord', 'pact']);
/**
 * Words for a text still on offer: a seed ending in a word above also matches them ("ceasefire deal" -> "ceasefire
 * plan"), but not the other way round ("climate plan" is a country's plan, not a "climate agreement").
 */
export const OFFERED_TEXT_STEMS = new Set(['plan', 'proposal']);
/** Head nouns interchangeable at the end of a seed term: the texts above, armed men ("Eritrean troops", "Eritrean forces"). */
export const HEAD_SYNONYM_GROUPS: Set<string>[] = [new Set([...TEXT_SYNONYM_STEMS, ...OFFERED_TEXT_STEMS]), new Set(['troop', 'forc', 'soldier', 'army']),
  // and a company changing hands ("Activision acquisition", "purchase of Activision"; "purchase" folds to "buy")
  new Set(['acquisition', 'buy', 'takeover', 'merger', 'buyout']),
  // and talks ("accession talks", "membership negotiations")
  new Set(['talk', 'negotiation']),
  // and the usual pairs of reporting ("salt levy", "Easter truce", "troop pullout", "national walkout"; "levy" and "duty"
  // fold to "tariff"). Caps, limits and ceilings were measured and left out (a debt ceiling is not a spending cap), and
  // so were bills and laws
  new Set(['tax', 'tariff']), new Set(['ceasefir', 'truc']), new Set(['withdrawal', 'pullout']), new Set(['strik', 'walkout', 'stoppag']),
  new Set(['referendum', 'plebiscit']), new Set(['ban', 'prohibition']),
  // and a bid to join something ("NATO bid", "NATO ambitions", "EU aspirations")
  new Set(['bid', 'ambition', 'aspiration'])];

/** Pronouns and short references that carry the previous sentence's actor. */
export const CARRY_REFS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/**
 * Agreeing, disagreeing or refusing, as a cue's label: said with no object ("Norland agreed.", "Sudland refused.") it
 * takes or turns round the position just read.
 */
export const BARE_RESPONSES = /^((dis)?agree(s|d)?|concur(s|red)?|disagree(s|d)? with|refuse[sd]?|reject(s|ed)?|balk(s|ed)?|baulk(s|ed)?)$/i;
/** Possessives that, before "party", "government" ..., refer to an actor. */
export const OWNER_WORDS = new Set(['his', 'her', 'its', 'their']);
/** Words that start a new clause of a sentence (a contrast). */
export const CLAUSE_BREAKS = new Set(['but', 'while', 'whereas', 'although', 'though', 'however', 'meanwhile']);
/** Words that open a subordinate clause, whose subject is not the holder's. */
export const SUBORDINATORS = new Set(['where', 'when', 'whom', 'whose', 'because', 'after', 'before', 'since', 'whereby']);
export const CARRY_NOUNS = new Set([
  'president', 'minister', 'chancellor', 'government', 'spokesman', 'spokeswoman', 'spokesperson', 'premier',
  'leader', 'administration', 'envoy', 'negotiator', 'ministry', 'kremlin', 'cabinet', 'secretary', 'official',
  'ministers', 'group', 'delegation',
]);

/** Nouns for a negotiated document that refer back to it like "the deal" does ("the draft", "the texts"). */
export const DOCUMENT_REFS = ['draft', 'document', 'resolution', 'memorandum', 'settlement', 'pledge', 'rules', 'texts'];

/** Words that refer back to an issue already in play. */
// (not "announcement": what was announced is an act of the announcer, seldom the proposition itself: "the junta hailed
// the announcement", "welcomed the announcement")
export const ISSUE_REFS = new Set([
  'decision', 'approval', 'pact', 'legislation', 'law', 'motion', 'amendment',
  'it', 'deal', 'plan', 'proposal', 'proposals', 'demand', 'demands', 'idea', 'agreement', 'bid', 'membership',
  'request', 'offer', 'terms', 'move', 'step', 'measure', 'bill', 'text', 'package', 'treaty', 'transaction', 'merger', 'takeover', 'reform',
  'application', 'accord', 'this', 'that', 'them', 'those', 'these', 'arrangement', 'framework', 'scheme', 'programme', 'program', 'regulation', 'change', 'concession', 'compromise',
  ...DOCUMENT_REFS,
]);

/** Common demonyms (country name, lower case -> adjective). Watchlists may add `demonyms` per actor. */
export const DEMONYMS: Record<string, string[]> = {
  russia: ['Russian'], ukraine: ['Ukrainian'], 'united states': ['American', 'U.S.', 'US'], turkey: ['Turkish'],
  türkiye: ['Turkish'], sweden: ['Swedish'], finland: ['Finnish'], hungary: ['Hungarian'], ireland: ['Irish'],
  france: ['French'], germany: ['German'], 'united kingdom': ['British'], uk: ['British'], britain: ['British'],
  china: ['Chinese'], japan: ['Japanese'], canada: ['Canadian'], mexico: ['Mexican'], india: ['Indian'],
  israel: ['Israeli'], iran: ['Iranian'], poland: ['Polish'], greece: ['Greek'], spain: ['Spanish'],
  italy: ['Italian'], netherlands: ['Dutch'], denmark: ['Danish'], norway: ['Norwegian'], switzerland: ['Swiss'],
  brazil: ['Brazilian'], argentina: ['Argentine', 'Argentinian'], australia: ['Australian'],
  'south korea': ['South Korean'], 'north korea': ['North Korean'], egypt: ['Egyptian'], 'saudi arabia': ['Saudi'],
  syria: ['Syrian'], iraq: ['Iraqi'], pakistan: ['Pakistani'], qatar: ['Qatari'], serbia: ['Serbian', 'Serb'],
  kosovo: ['Kosovar', 'Kosovan'], belgium: ['Belgian'], austria: ['Austrian'], portugal: ['Portuguese'],
  vietnam: ['Vietnamese'], indonesia: ['Indonesian'], philippines: ['Philippine', 'Filipino'],
  'new zealand': ['New Zealand'], 'south africa': ['South African'], nigeria: ['Nigerian'], kenya: ['Kenyan'],
  ethiopia: ['Ethiopian'], colombia: ['Colombian'], venezuela: ['Venezuelan'], chile: ['Chilean'], peru: ['Peruvian'],
  cuba: ['Cuban'], taiwan: ['Taiwanese'], thailand: ['Thai'], malaysia: ['Malaysian'], armenia: ['Armenian'],
  azerbaijan: ['Azerbaijani', 'Azeri'], georgia: ['Georgian'], belarus: ['Belarusian'], moldova: ['Moldovan'],
  lithuania: ['Lithuanian'], latvia: ['Latvian'], estonia: ['Estonian'], romania: ['Romanian'],
  bulgaria: ['Bulgarian'], croatia: ['Croatian'], slovakia: ['Slovak'], 'czech republic': ['Czech'],
  'european union': ['European'], scotland: ['Scottish'], wales: ['Welsh'], iceland: ['Icelandic'],
  lebanon: ['Lebanese'], jordan: ['Jordanian'], morocco: ['Moroccan'], algeria: ['Algerian'], libya: ['Libyan'],
  sudan: ['Sudanese'], yemen: ['Yemeni'], afghanistan: ['Afghan'], bangladesh: ['Bangladeshi'],
  'sri lanka': ['Sri Lankan'], singapore: ['Singaporean'], cyprus: ['Cypriot'], malta: ['Maltese'],
  luxembourg: ['Luxembourgish'], slovenia: ['Slovenian', 'Slovene'], albania: ['Albanian'],
  'north macedonia': ['Macedonian'], montenegro: ['Montenegrin'], bosnia: ['Bosnian'], palestine: ['Palestinian'],
  ecuador: ['Ecuadorian'], bolivia: ['Bolivian'], uruguay: ['Uruguayan'], paraguay: ['Paraguayan'],
  guyana: ['Guyanese'], suriname: ['Surinamese'], panama: ['Panamanian'], 'costa rica': ['Costa Rican'],
  nicaragua: ['Nicaraguan'], honduras: ['Honduran'], guatemala: ['Guatemalan'], 'el salvador': ['Salvadoran'],
  haiti: ['Haitian'], 'dominican republic': ['Dominican'], jamaica: ['Jamaican'], barbados: ['Barbadian'],
  'trinidad and tobago': ['Trinidadian'], gibraltar: ['Gibraltarian'], eritrea: ['Eritrean'], somalia: ['Somali'],
  'south sudan': ['South Sudanese'], djibouti: ['Djiboutian'], uganda: ['Ugandan'], rwanda: ['Rwandan'],
  burundi: ['Burundian'], tanzania: ['Tanzanian'], 'democratic republic of the congo': ['Congolese'],
  congo: ['Congolese'], drc: ['Congolese'], angola: ['Angolan'], zambia: ['Zambian'], zimbabwe: ['Zimbabwean'],
  mozambique: ['Mozambican'], namibia: ['Namibian'], botswana: ['Botswanan'], ghana: ['Ghanaian'],
  senegal: ['Senegalese'], mali: ['Malian'], niger: ['Nigerien'], chad: ['Chadian'], 'burkina faso': ['Burkinabe'],
  'ivory coast': ['Ivorian'], "cote d'ivoire": ['Ivorian'], cameroon: ['Cameroonian'], tunisia: ['Tunisian'],
  mauritania: ['Mauritanian'], kazakhstan: ['Kazakh'], uzbekistan: ['Uzbek'], kyrgyzstan: ['Kyrgyz'],
  tajikistan: ['Tajik'], turkmenistan: ['Turkmen'], mongolia: ['Mongolian'], myanmar: ['Burmese'], burma: ['Burmese'],
  cambodia: ['Cambodian'], laos: ['Laotian'], nepal: ['Nepalese', 'Nepali'], maldives: ['Maldivian'],
  'united arab emirates': ['Emirati'], uae: ['Emirati'], oman: ['Omani'], kuwait: ['Kuwaiti'], bahrain: ['Bahraini'],
  czechia: ['Czech'], 'bosnia and herzegovina': ['Bosnian'], 'northern ireland': ['Northern Irish'],
  england: ['English'], america: ['American'], usa: ['American'], 'russian federation': ['Russian'],
  korea: ['Korean'], 'republic of korea': ['South Korean'], fiji: ['Fijian'], samoa: ['Samoan'], tonga: ['Tongan'],
  'marshall islands': ['Marshallese'], 'papua new guinea': ['Papua New Guinean'], palau: ['Palauan'],
};

/** Verbs of having or receiving a stance noun: "faces opposition from", "has the backing of", "won the support of". */
export const RECEIVING_VERBS = /^(has|have|had|having|secured|secures|gained|gains|face|faces|faced|facing|meet|meets|met|meeting|draw|draws|drew|drawn|drawing|win|wins|won|winning|receive|receives|received|receiving|get|gets|got|getting|attract|attracts|attracted|attracting|encounter|encounters|encountered|encountering|enjoy|enjoys|enjoyed|enjoying)$/;

/** Prepositions that make a following capital or building a place, not a speaker ("talks in Moscow"). */
export const PLACE_PREPS = new Set([
  'in', 'at', 'near', 'outside', 'inside', 'to', 'into', 'from', 'via', 'toward', 'towards', 'across', 'around',
  'throughout', 'visit', 'visited', 'visiting', 'reached', 'arrived', 'arrive', 'arrives', 'travelled', 'traveled',
  'flew', 'fly', 'headed', 'heads', 'within', 'on', 'with', 'against', 'between', 'among', 'about', 'for',
]);

export const MONTH_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'early', 'late', 'mid', 'by', 'of', 'last', 'next', 'this', 'from', 'through',
  'on', 'before', 'after', 'during', 'end', 'mid-', 'between', 'and',
]);

export const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'its', 'their', 'his', 'her', 'it', 'is', 'are',
  'be', 'by', 'with', 'at', 'from', 'as', 'that', 'this', 'any', 'all', 'still', 'formally', 'parts', 'part',
  'remains', 'remain', 'stays', 'stay', 'becomes', 'become', 'gets', 'get', 'has', 'have', 'new', 'more', 'than',
  'after', 'before', 'into', 'without', 'with', 'full', 'fully', 'rest', 'some', 'which', 'who', 'whose', 'they',
  'them', 'own', 'other', 'both', 'each', 'such', 'not', 'no', 'immediately', 'immediate', 'permanently',
  'permanent', 'also', 'further', 'being', 'been', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'up', 'out', 'over', 'under', 'above', 'below', 'beyond', 'between', 'about', 'against', 'so', 'than', 'then',
  'shall', 'ought', 'do', 'does', 'did',
]);

/**
 * Cues that move a stance but say little on their own ("keep", "should", "commitment", "dangerous"): a claim that
 * rests only on them gets a lower confidence than one carried by an explicit stance verb (demand, reject, ready).
 */
export const WEAK_CUES = new Set([
  'misgivings about', 'misgivings over', 'sceptical of', 'skeptical of', 'sceptical about', 'skeptical about', 'reservations about', 'doubts about', 'concerns about', 'concern about', 'concerns over', 'concern over', 'stick to', 'table', 'put forward',
  'keep', 'continue', 'maintain', 'preserve', 'retain', 'stay in', 'stay within', 'remain in', 'remain within', 'go on', 'go ahead', 'proceed', 'extend',
  'remain part', 'remain committed', 'stay committed', 'hope', 'conclude', 'advance', 'complete', 'finalise',
  'finalize', 'expedite', 'speed up', 'intend', 'plan to', 'aim', 'secure', 'guarantee', 'commit', 'pledge', 'promise', 'require', 'defend', 'pursue', 'must', 'should', 'need',
  'needs', 'needed', 'had to', 'has to', 'have to', 'goal', 'ambition', 'commitment', 'committed', 'priority', 'stronger', 'safer', 'more secure',
  'strengthen', 'strengthens', 'good for', 'beneficial', 'worthy of', 'threat', 'consequences', 'encroachment',
  'provocation', 'dangerous', 'damaging', 'impossible', 'softened', 'softening', 'considered',
  'flexible', 'flexibility', 'in principle', 'pave the way', 'open the way', 'clear the way', 'move forward with',
  'move ahead with', 'go ahead with', 'stand by', 'uphold', 'reaffirm', 'vital', 'essential', 'necessary',
  'in everyone\'s interest', 'yes', 'call', 'calls', 'hold up', 'stall', 'exclude',
]);

/**
 * Ordinary words of any negotiation story: as an issue term on their own they do not tell one issue from another
 * (they still count as evidence, with a low confidence).
 */
export const GENERIC_WORDS = [
  'deal', 'agreement', 'plan', 'proposal', 'talks', 'meeting', 'meet', 'text', 'table', 'board', 'resolution',
  'trade', 'cooperation', 'commitment', 'commitments', 'guarantee', 'guarantees', 'assurances', 'sanctions',
  'country', 'countries', 'state', 'states', 'return', 'close', 'drop', 'revive', 'restore', 'reverse', 'sequence',
  'step', 'steps', 'measures', 'issue', 'terms', 'conditions', 'pledge', 'package', 'framework', 'process', 'move',
  'first', 'final', 'new', 'full', 'talk', 'negotiations', 'side', 'sides', 'time', 'way', 'end', 'support', 'policy', 'law', 'rules', 'rule', 'limit', 'limits', 'access', 'program', 'programme', 'future',
];

/**
 * Words that name the same thing in negotiation reporting, folded to one stem before issue terms are matched, so a
 * seed written one way finds the other ("remove tariffs" finds "lift the duties", "farm purchases" finds "bought
 * farm products"). Keys are words or their stems; values are the stem they fold to. Irregular past forms fold to
 * their verb ("bought" -> buy), which the suffix stemmer cannot do.
 */
export const WORD_FOLDS: Record<string, string> = {
  duty: 'tariff', duties: 'tariff', levy: 'tariff', levies: 'tariff',
  goods: 'product',
  lift: 'remov', removal: 'remov', scrap: 'remov', cancel: 'remov', cancell: 'remov', cancellation: 'remov',
  purchas: 'buy', bought: 'buy',
  curb: 'restriction', curbs: 'restriction',
  programme: 'program', programm: 'program',
  recognition: 'recogniz', recognis: 'recogniz', recognise: 'recogniz', recognize: 'recogniz',
  withdrew: 'withdraw', withdrawn: 'withdraw',
  sold: 'sell', paid: 'pay', held: 'hold', kept: 'keep', sought: 'seek', froze: 'freez', frozen: 'freez',
  gave: 'giv', given: 'giv', took: 'tak', taken: 'tak', made: 'mak', sent: 'send', spent: 'spend', brought: 'bring',
  began: 'begin', begun: 'begin', broke: 'break', broken: 'break', struck: 'strik', chose: 'choos', chosen: 'choos',
};

/**
 * Opposite policy adjectives: an issue named with one ("mandatory solidarity") is contradicted by the other, said of
 * the same thing ("keep relocation voluntary"), and a thing qualified by the other ("a voluntary scheme") is another
 * proposition.
 */
export const ANTONYMS: Record<string, string[]> = {
  mandatory: ['voluntary', 'optional', 'non-binding'], compulsory: ['voluntary', 'optional', 'non-binding'],
  obligatory: ['voluntary', 'optional'], binding: ['voluntary', 'non-binding', 'optional'],
  voluntary: ['mandatory', 'compulsory', 'obligatory', 'binding'], permanent: ['temporary', 'interim'],
  temporary: ['permanent'], unconditional: ['conditional'], immediate: ['gradual', 'phased', 'delayed'],
};
