import { describe, it, expect } from 'vitest';
import { parseWatchlist } from '../../../shared/domain/watchlist.js';
import { createStanceReader, htmlToArticle, type Article } from '../../../shared/domain/reading/stance-reader.js';
import type { Claim } from '../../../shared/domain/types.js';
import { compile } from '../../../shared/domain/reading/compiled-watchlist.js';
import { stem } from '../../../shared/domain/reading/tokens.js';
import { DEFAULT_SHIFT_SETTINGS } from '../../../shared/domain/positions/shift-rules.js';

// A watchlist in the founding story's terms. Two framings of the NATO question are kept in separate watchlists
// so each proposition is read on its own: "Ukraine formally abandons its NATO bid" (a give-up) and its opposite.
const actors = `
actors:
  - id: russia
    name: Russia
    aliases: [Russia, Moscow, Kremlin, the Kremlin, Vladimir Putin, Putin, Dmitry Peskov, Peskov]
  - id: ukraine
    name: Ukraine
    aliases: [Ukraine, Kyiv, Volodymyr Zelensky, Zelensky, Zelenskyy, Zelenskiy]
  - id: usa
    name: United States
    aliases: [United States, US, U.S., Washington, White House, Steve Witkoff, Witkoff]
  - id: uk
    name: UK government
    aliases: [UK government, Theresa May, May, Downing Street]
`;
const common = `
  - id: cede-donbas
    name: Ukraine hands over the parts of the Donbas it still controls
    description: Ukraine withdraws from and cedes the rest of Donetsk and Luhansk to Russia.
    terms: [Donbas, Donetsk, Luhansk, territory]
  - id: security-guarantees
    name: Western allies give Ukraine binding security guarantees
    terms: [security guarantees, binding guarantees]
  - id: ceasefire
    name: An immediate ceasefire before a full peace deal
    terms: [ceasefire, truce]
  - id: language
    name: Ukraine guarantees protections for the Russian language
    terms: [Russian language, language rights]
  - id: backstop
    name: The Irish backstop stays in the withdrawal agreement
    terms: [backstop]
`;
const giveUpFraming = parseWatchlist(`${actors}
issues:
  - id: nato
    name: Ukraine formally abandons its bid to join NATO
    terms: [NATO bid, NATO membership, join NATO, NATO ambitions]
${common}`, 'give-up.yaml');
const joinFraming = parseWatchlist(`${actors}
issues:
  - id: nato
    name: Ukraine joins NATO
    terms: [NATO bid, NATO membership, join NATO, NATO ambitions]
${common}`, 'join.yaml');

const readerA = createStanceReader(giveUpFraming);
const readerB = createStanceReader(joinFraming);

type Expect = [actor: string, issue: string, stance: Claim['stance']];
const tuples = (claims: Claim[]): string[] => claims.map((c) => `${c.actor} ${c.issue} ${c.stance}`).sort();
/** A reader for one inline watchlist, as a function from a text to its claims' tuples. */
const readerOf = (yaml: string, file: string): ((text: string) => string[]) => {
  const reader = createStanceReader(parseWatchlist(yaml, file));
  return (text) => tuples(reader.analyze({ text }));
};
const read = (text: string, title?: string): Claim[] => readerA.analyze(title ? { title, text } : { text });

describe('createStanceReader: both framings of the NATO proposition', () => {
  const cases: [sentence: string, giveUp: Expect, join: Expect][] = [
    ['The Kremlin demanded that Ukraine abandon its bid to join NATO.', ['russia', 'nato', 'support'], ['russia', 'nato', 'oppose']],
    ['Kyiv refused to give up its NATO ambitions.', ['ukraine', 'nato', 'oppose'], ['ukraine', 'nato', 'support']],
    ['Ukraine formally abandoned its NATO bid on Friday.', ['ukraine', 'nato', 'support'], ['ukraine', 'nato', 'oppose']],
    ['Zelensky said Ukraine would keep pursuing NATO membership.', ['ukraine', 'nato', 'oppose'], ['ukraine', 'nato', 'support']],
    ['Kyiv says it is ready to drop its NATO bid in exchange for binding security guarantees.', ['ukraine', 'nato', 'conditional'], ['ukraine', 'nato', 'conditional']],
  ];
  it.each(cases)('%s', (sentence, a, b) => {
    expect(tuples(readerA.analyze({ text: sentence })).filter((t) => t.includes(' nato '))).toEqual([a.join(' ')]);
    expect(tuples(readerB.analyze({ text: sentence })).filter((t) => t.includes(' nato '))).toEqual([b.join(' ')]);
  });
});

describe('createStanceReader: phenomena of issue 4', () => {
  const cases: [phenomenon: string, text: string, expected: string[]][] = [
    // the founding story's key sentence types
    ['readiness with a price', 'Kyiv says it is ready to drop its NATO bid in exchange for binding security guarantees.',
      ['ukraine nato conditional', 'ukraine security-guarantees support']],
    ['a capital as a venue', 'Talks on the NATO question were held in Moscow on Tuesday.', []],
    ['a building as a venue', 'Zelensky met the envoy at the White House to discuss the truce.', []],
    ['a metonym that speaks', 'Washington backed the ceasefire proposal on Monday.', ['usa ceasefire support']],
    ['a list of demands under one cue', 'The Kremlin insists that Ukraine hand over the rest of the Donbas, drop its NATO bid and protect the Russian language.',
      ['russia cede-donbas support', 'russia language support', 'russia nato support']],
    // aliases, spellings, titles, demonyms
    ['a transliteration', 'Zelenskyy said Ukraine would never cede the Donbas.', ['ukraine cede-donbas oppose']],
    ['a title before the name', 'Ukrainian President Volodymyr Zelenskiy rejected any withdrawal from Donetsk.', ['ukraine cede-donbas oppose']],
    ['a demonym before a speaker noun', 'Ukrainian negotiators insisted on binding security guarantees.', ['ukraine security-guarantees support']],
    ['a possessive holder of a stance noun', "Moscow's demand for the whole of the Donbas was rejected.", ['russia cede-donbas support']],
    ['"May" the month', 'Talks on the backstop resumed in May after a pause.', []],
    ['"May" the prime minister', 'May said the government would accept a backstop only if it had an end date.', ['uk backstop conditional']],
    ['"us" is not the US', 'Nobody told us whether the truce would hold.', []],
    // pronouns and short references
    ['a pronoun carried to the next sentence', 'Putin spoke to reporters on Tuesday. He said Russia rejected any ceasefire before a full settlement.', ['russia ceasefire oppose']],
    ['a reference back to the demands', 'The Kremlin insists that Ukraine hand over the Donbas. Ukrainian officials rejected the demands on Monday.',
      ['russia cede-donbas support', 'ukraine cede-donbas oppose']],
    // negation, hedges, double negation
    ['negated rejection', 'Kyiv did not rule out a temporary ceasefire.', ['ukraine ceasefire conditional']],
    ['double negation', 'Zelensky said Ukraine would not sign any deal that does not contain binding security guarantees.', ['ukraine security-guarantees support']],
    ['a denial of a softening', 'The Kremlin denied that it had dropped its demand for the Donbas.', ['russia cede-donbas support']],
    ['a condition with unless', 'Ukraine will not accept a ceasefire unless it receives security guarantees.', ['ukraine ceasefire conditional']],
    ['refusing to say', 'The Kremlin declined to say whether it would accept a ceasefire.', []],
    ['a question', 'Will Kyiv accept a ceasefire before the winter?', []],
    ['analysts speculating', 'Analysts said Moscow might soften its demand for the Donbas.', []],
    ['unnamed officials speculating', 'Officials who spoke on condition of anonymity said Ukraine could eventually accept a truce.', []],
    // one actor's position reported by another, and one actor rejecting another's demand
    ["another's report", 'Turkish President Tayyip Erdogan said Putin had accepted the ceasefire proposal.', ['russia ceasefire support']],
    ["rejecting another's demand", "Kyiv rejected Moscow's demand that Ukraine withdraw from the Donbas.", ['russia cede-donbas support', 'ukraine cede-donbas oppose']],
    ['a faction is not the actor', 'Ukrainian lawmakers in the opposition demanded a ceasefire.', []],
    // clause structure
    ['coordinated subjects both hold the stance', 'Kyiv and Washington rejected the truce proposal.', ['ukraine ceasefire oppose', 'usa ceasefire oppose']],
    ['a subordinate clause has its own subject', 'Putin must now win over his generals, where many officers oppose any ceasefire.', []],
    ['a later subject reads only what follows it', 'Washington backed the truce on Monday, a day after Kyiv rejected any withdrawal from Donetsk.',
      ['ukraine cede-donbas oppose', 'usa ceasefire support']],
    ['a past position in a relative clause is background', 'Putin, who had long rejected a truce, signed the ceasefire on Friday.', ['russia ceasefire support']],
    ['the object of a verb is not a new subject', 'Zelensky invited Putin to accept a truce along the front line.', ['ukraine ceasefire support']],
    ['a coordinated verb keeps the subject', 'Zelensky met the envoy in Paris and rejected any withdrawal from Donetsk.', ['ukraine cede-donbas oppose']],
    ['a stance noun with an article is an object, not a stance', 'Kremlin officials will discuss the request for a ceasefire on Friday.', []],
    ['would rather ... than', 'Zelensky said he would rather resign than hand over the Donbas.', ['ukraine cede-donbas oppose']],
    ['not up for negotiation', 'Zelensky said the Donbas was not up for negotiation.', ['ukraine cede-donbas oppose']],
    ['ready to negotiate over it', 'Zelensky said Kyiv was ready to negotiate over the Donbas.', ['ukraine cede-donbas conditional']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(tuples(read(text))).toEqual([...expected].sort());
  });

  it('marks a position reported by a third party as not attributed', () => {
    const [claim] = read('Turkish President Tayyip Erdogan said Putin had accepted the ceasefire proposal.');
    expect(claim.attributed).toBe(false);
    const [own] = read('Putin said Russia accepted the ceasefire proposal.');
    expect(own.attributed).toBe(true);
  });

  it('marks background narration in a relative clause as not attributed', () => {
    const claims = read('Russia, which wants the whole of the Donbas, sent a delegation to the talks.');
    expect(claims.map((c) => [c.actor, c.issue, c.stance, c.attributed])).toEqual([['russia', 'cede-donbas', 'support', false]]);
  });

  it('does not read claims from a misleading headline', () => {
    const claims = read('Kyiv said it would consider a ceasefire only if Russian troops withdrew first.', 'Kyiv accepts ceasefire');
    expect(tuples(claims)).toEqual(['ukraine ceasefire conditional']);
  });

  it('keeps one claim per actor and issue, preferring the attributed one', () => {
    const claims = read('Russia, which has long opposed a ceasefire, was isolated. Putin said on Friday that Russia rejected any truce.');
    expect(claims.filter((c) => c.actor === 'russia' && c.issue === 'ceasefire')).toHaveLength(1);
    expect(claims[0].attributed).toBe(true);
    expect(claims[0].quote).toContain('rejected any truce');
  });

  it('explains a claim: alias, issue phrase, cue, negation and sentence', () => {
    const [claim] = readerA.analyze({ text: 'Zelensky said Ukraine would never cede the Donbas.' }, { explain: true });
    expect(claim.explain).toMatchObject({ alias: 'Zelensky', issuePhrase: 'Donbas', negation: 'never', sentence: 'Zelensky said Ukraine would never cede the Donbas.' });
    expect(claim.explain?.cue).toContain('cede');
    const [plain] = readerA.analyze({ text: 'Zelensky said Ukraine would never cede the Donbas.' });
    expect(plain.explain).toBeUndefined();
  });

  it('gives a confidence between 0 and 1 and a quote taken from the text', () => {
    const text = 'Kyiv says it is ready to drop its NATO bid in exchange for binding security guarantees.';
    for (const c of read(text)) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(text).toContain(c.quote);
    }
  });

  it('gives a high confidence only to a specific issue phrase under an explicit stance verb of the actor', () => {
    const wl = parseWatchlist(`${actors}
issues:
  - id: talks
    name: Russia and Ukraine negotiate directly
    terms: [direct talks, meeting]
  - id: truce
    name: A truce along the front line
    terms: [truce, guarantees]
  - id: aid
    name: Western allies send guarantees and aid
    terms: [guarantees]
`, 'confidence.yaml');
    const reader = createStanceReader(wl);
    const conf = (text: string): number => {
      const claims = reader.analyze({ text: `Officials met on Monday. ${text}` });
      expect(claims.length).toBeGreaterThan(0);
      return Math.max(...claims.map((c) => c.confidence));
    };
    const high: string[] = [
      'Kyiv said it rejected direct talks with Moscow.', // a two-word seed, explicit cue, the actor speaks
      'The Kremlin demanded direct talks with Kyiv.', // the actor is the subject of an explicit stance verb
    ];
    const low: string[] = [
      'Kyiv said it would accept a meeting with Moscow.', // a generic single word ("meeting")
      'Kyiv said it wanted guarantees.', // a word shared by two issues
      'Kyiv said direct talks would be kept going.', // only a weak cue ("keep")
      'Putin spoke on Monday. He said Russia was open to direct talks.', // bare openness, no stated condition
    ];
    for (const t of high) expect(conf(t), t).toBeGreaterThanOrEqual(0.6);
    for (const t of low) expect(conf(t), t).toBeLessThan(0.6);
  });

  const more: [phenomenon: string, text: string, expected: string[]][] = [
    ['the addressee of a message is not a holder', 'Moscow told Kyiv that it would stop the truce.', []],
    ['a pronoun after an untracked speaker is not an actor', 'Putin spoke on Monday. Several senators said they would reject the truce.', []],
    ['a name word is not a cue ("United States")', 'Kyiv is ready to discuss a truce with the United States, Zelensky said on Monday.', ['ukraine ceasefire conditional']],
    ['"once" opens a condition', 'Kyiv said it would accept a truce once Moscow withdrew its troops.', ['ukraine ceasefire conditional']],
    ['a process under way is not a position', 'Officials spoke in Istanbul, as Kyiv moved towards accepting the truce.', []],
    ['honouring a pledge is support', 'Kyiv said it would honour the truce.', ['ukraine ceasefire support']],
    ['"had not changed" restates, it does not negate', "Kyiv said its position had not changed: it wanted a truce.", ['ukraine ceasefire support']],
    ['a capitalised title word is not a verb ("Secretary of State")', 'Washington will support the truce, Secretary of State Steve Witkoff said.', ['usa ceasefire support']],
    ['"until now" is background', 'Until now Moscow had rejected the truce.', []],
    ['openness inside a relative clause describes the object', 'Kyiv would not accept any text that opened the door to a truce.', ['ukraine ceasefire oppose']],
    ['"the group" carries the previous actor', 'Kyiv spoke on Monday. The group said it wanted a truce.', ['ukraine ceasefire support']],
    ['"without" after a passive is an adjunct', 'Kyiv has argued that a deal without a truce can be signed without a vote.', ['ukraine ceasefire oppose']],
    ['a denial just before the holder\'s clause negates it', 'A spokesman denied that Kyiv had given up its demand for a truce.', ['ukraine ceasefire support']],
    ['a phrasal verb split by its object', 'Zelensky said Kyiv would never hand the Donbas over.', ['ukraine cede-donbas oppose']],
    ['a phrasal opposition verb ("pushed back ... against calls for")', 'Moscow pushed back on Tuesday against calls for a truce.', ['russia ceasefire oppose']],
    ['a condition inside a denied report belongs to the report', 'Kyiv denied reports that it had dropped its NATO bid in return for concessions.', ['ukraine nato oppose']],
    ['rejecting "X alone" says nothing about the content', 'Washington rejected any suggestion that Kyiv alone should accept a truce.', []],
    ['one modifier inside a two-word seed ("binding US security guarantees")', 'Kyiv demanded binding US security guarantees on Monday.', ['ukraine security-guarantees support']],
    ['a third party\'s prescription for an actor, after an appositive, is no position', 'Pavel Ivanov, an analyst and former adviser to the government, told a rally that Kyiv should be ready to accept a truce.', []],
    ['"there would be no X" in an actor\'s words opposes X', 'Putin said there would be no truce before the spring.', ['russia ceasefire oppose']],
    ['"X was not an option" opposes X', 'Zelensky said a truce was not an option.', ['ukraine ceasefire oppose']],
    ['a new "and that" clause with no subject is the speaker\'s, not the previous subject\'s', 'Putin said Kyiv had to withdraw its troops and that there would be no truce.', ['russia ceasefire oppose']],
    ['an actor after "for" is who it is for, not who holds it', 'Putin said there would be no truce for Kyiv.', ['russia ceasefire oppose']],
    ['"push back" a date is no support ("back")', 'Putin said he would push back a planned truce by two weeks.', []],
    ['"not just X" includes X, it does not negate it', 'Zelensky said any deal would have to cover everything, not just a truce.', []],
    ['"but only where" is a condition', 'Kyiv said it would accept a truce, but only where Russian troops had withdrawn.', ['ukraine ceasefire conditional']],
    ['"a major mistake" opposes', 'Zelensky said a truce now would be a major mistake.', ['ukraine ceasefire oppose']],
    ['writing it into law is support', 'Zelensky said Kyiv would legislate the truce by Wednesday.', ['ukraine ceasefire support']],
    ['"must include X" asks for X; "including X" only lists', 'Putin said any deal must include a truce. Zelensky said Kyiv, including on the truce, had made proposals.', ['russia ceasefire support']],
    ['a restrictive condition with no stance verb is conditional', 'Zelensky said talks on a truce could begin only if Russian troops withdrew.', ['ukraine ceasefire conditional']],
    ['an actor inside an "until" clause states no position; the prerequisite is what the holder asks for', 'Moscow will not sign until Kyiv accepts a truce.', ['russia ceasefire support']],
    ['an actor inside a "whether" clause states no position', 'Putin said he would judge the talks on whether Kyiv accepted a truce.', []],
    ['a tracked speaker\'s prescription for another actor is the speaker\'s position', 'Putin said Kyiv must accept a truce.', ['russia ceasefire support']],
    ['... also with "had to"', 'Zelensky said Moscow had to accept a truce first.', ['ukraine ceasefire support']],
    ['... also with the speaker after the clause', 'Moscow had to accept a truce first, Zelensky said.', ['ukraine ceasefire support']],
    ['a gerund issue phrase as the subject of a predicate ("handing over the Donbas was not an option")', 'Zelensky said handing over the Donbas was not an option.', ['ukraine cede-donbas oppose']],
    ['"fight for" supports', 'Zelensky said Kyiv would fight for a truce.', ['ukraine ceasefire support']],
    ['"recommend" supports', 'Putin said he would recommend a truce.', ['russia ceasefire support']],
    ['"a spokesman for X" speaks for X', 'A spokesman for the Kremlin said a truce was not an option.', ['russia ceasefire oppose']],
    ['the object of a verb whose subject is something else holds nothing ("nothing obliged Kyiv to ...")', 'Zelensky said the talks went well and that nothing in the plan obliged Kyiv to accept a truce.', []],
    ['increasing the thing (a verb) supports it', 'Zelensky said Kyiv would increase its support for a truce.', ['ukraine ceasefire support']],
    ['the agent of an irregular participle ("sought by X") holds only that participle\'s object', 'Kyiv signed a truce that bans the handing over of the Donbas, a change long sought by Washington.', ['ukraine ceasefire support']],
    ['a condition further along the same clause still counts', 'Putin has proposed that Kyiv should accept a truce along the whole front line for at least five years if it cannot improve its offer.', ['russia ceasefire conditional']],
    ['a condition inside a participle describing the thing does not', 'Kyiv agreed to a truce clause allowing it to resume fighting if Russia attacks.', ['ukraine ceasefire support']],
    ['a vote with no object is a vote on the issue just read', 'Ministers voted on the truce on Monday. Kyiv voted in favour, and Moscow voted against.', ['russia ceasefire oppose', 'ukraine ceasefire support']],
    ['"the programme", "the regulation" refer back to the issue just read', 'Kyiv proposed a truce on Monday. Putin said he would reject the programme.', ['russia ceasefire oppose', 'ukraine ceasefire support']],
    ['rejecting one version of the thing ("an X that ...") is conditional', 'Zelensky said Kyiv would not accept a truce that froze the front line.', ['ukraine ceasefire conditional']],
    ['a tracked speaker\'s prescription for an untracked subject is the speaker\'s', 'Zelensky said rich countries had to fund the truce monitors.', ['ukraine ceasefire support']],
    ['", saying ..." is the main subject\'s, not the nearest name\'s', 'Putin hardened his opposition to a truce with Kyiv, saying envoys should not bother coming to Moscow to discuss a truce.', ['russia ceasefire oppose']],
    ['a give-up noun ("rollback", "repeal") gives the thing up', 'Zelensky said Kyiv was pressing for a rollback of the truce.', ['ukraine ceasefire oppose']],
    ['a fallback held "in reserve" is conditional', 'Kyiv said it would keep a truce in reserve.', ['ukraine ceasefire conditional']],
  ];
  it.each(more)('%s', (_p, text, expected) => {
    expect(tuples(read(text))).toEqual(expected.sort());
  });

  it('finds a verb-object seed across modifiers, in the passive, as a noun, and through common synonyms', () => {
    const wl = parseWatchlist(`
actors:
  - id: china
    name: China
    aliases: [China, Beijing, Wang Yi]
  - id: usa
    name: United States
    aliases: [United States, Washington, US]
issues:
  - id: lift-tariffs
    name: The United States lifts its tariffs on Chinese goods
    terms: [remove tariffs]
  - id: farm
    name: China buys more US farm goods
    terms: [farm purchases]
`, 'trade.yaml');
    const reader = createStanceReader(wl);
    const cases: [string, string][] = [
      ['Wang Yi said China wanted to remove all the additional tariffs.', 'china lift-tariffs support'],
      ['Wang Yi demanded that Washington remove all the additional duties.', 'china lift-tariffs support'],
      ['Wang Yi demanded the removal of the tariffs.', 'china lift-tariffs support'],
      ['Beijing said it had bought more farm products this year and would keep buying.', 'china farm support'],
    ];
    for (const [text, expected] of cases) {
      const claim = reader.analyze({ text }).find((c) => `${c.actor} ${c.issue} ${c.stance}` === expected);
      expect(claim, text).toBeDefined();
      // a seed phrase, not a lone name word, carries it: specific enough to move a position
      expect(claim!.confidence, text).toBeGreaterThanOrEqual(0.6);
    }
    expect(tuples(reader.analyze({ text: 'Wang Yi said the tariffs were imposed by Washington.' })).filter((t) => t.includes('support'))).toEqual([]);
    // the passive of the seed, found from its object, is the proposition's own act
    expect(tuples(reader.analyze({ text: 'Washington said the duties would be removed.' }))).toEqual(['usa lift-tariffs support']);
  });

  it('takes noun compounds of the description as seeds, but not when they modify another noun', () => {
    const wl = parseWatchlist(`
actors:
  - id: germany
    name: Germany
    aliases: [Germany, Berlin, Angela Merkel, Merkel]
  - id: greece
    name: Greece
    aliases: [Greece, Athens]
issues:
  - id: grexit
    name: Greece temporarily leaves the euro
    description: Greece exits the euro zone for a period.
    terms: [Grexit]
`, 'grexit.yaml');
    const reader = createStanceReader(wl);
    expect(tuples(reader.analyze({ text: 'Merkel said Germany wanted Greece to stay in the euro zone.' }))).toEqual(['germany grexit oppose']);
    expect(tuples(reader.analyze({ text: 'Greece asked the euro zone leaders for a new loan.' }))).toEqual([]);
  });

  it('reads a give-up in a purpose clause of the name on its object only', () => {
    const wl = parseWatchlist(`
actors:
  - id: china
    name: China
    aliases: [China, Beijing]
  - id: eu
    name: European Union
    aliases: [European Union, EU, Brussels]
issues:
  - id: tech
    name: China changes its laws to end forced technology transfer
    terms: [forced technology transfer, technology transfer, foreign investment law]
`, 'tech.yaml');
    const reader = createStanceReader(wl);
    expect(tuples(reader.analyze({ text: 'The EU and China agreed on Tuesday that foreign firms should not be forced to hand over technology or accept forced technology transfer.' }))).toEqual(['china tech support', 'eu tech support']);
    expect(tuples(reader.analyze({ text: 'China passed a foreign investment law on Friday.' }))).toEqual(['china tech support']);
    // the noun-noun seed said as a verb and its object ("technology transfer" as "transfer technology")
    expect(tuples(reader.analyze({ text: 'China said it would never again require firms to transfer technology.' }))).toEqual(['china tech support']);
    expect(tuples(reader.analyze({ text: 'Beijing defended forced technology transfer as a normal business practice.' }))).toEqual(['china tech oppose']);
  });

  it('reads a give-up word used as a noun modifier ("export restrictions") as part of the thing', () => {
    const wl = parseWatchlist(`
actors:
  - id: democrats
    name: Congressional Democrats
    aliases: [Democrats, Chuck Schumer, Schumer]
issues:
  - id: huawei
    name: The United States drops its restrictions on Huawei
    terms: [export restrictions, Huawei]
`, 'huawei.yaml');
    const reader = createStanceReader(wl);
    expect(tuples(reader.analyze({ text: 'Schumer said the export restrictions must be kept.' }))).toEqual(['democrats huawei oppose']);
  });

  it('reads the head noun of the name as a weak seed, lifting a measure as giving it up, and lifting a restriction on a thing as support for the thing', () => {
    const wl = parseWatchlist(`
actors:
  - id: usa
    name: United States
    aliases: [United States, Washington, Trump]
  - id: sweden
    name: Sweden
    aliases: [Sweden, Stockholm]
issues:
  - id: lift-tariffs
    name: The United States lifts its tariffs on Chinese goods
    terms: [tariff rollback]
  - id: arms
    name: Sweden sells weapons to Turkey
    terms: [arms sales]
`, 'measures.yaml');
    const reader = createStanceReader(wl);
    expect(tuples(reader.analyze({ text: 'Trump said the tariffs would stay in place.' }))).toEqual(['usa lift-tariffs oppose']);
    expect(tuples(reader.analyze({ text: 'Trump said the existing duties would remain in force.' }))).toEqual(['usa lift-tariffs oppose']);
    expect(tuples(reader.analyze({ text: 'Trump said Washington would lift the tariffs.' }))).toEqual(['usa lift-tariffs support']);
    const weak = reader.analyze({ text: 'Trump said the tariffs would stay in place.' })[0];
    expect(weak.confidence).toBeLessThan(0.6); // a lone head noun never moves a position by itself
    expect(tuples(reader.analyze({ text: 'Stockholm agreed to lift restrictions on arms sales.' }))).toEqual(['sweden arms support']);
  });

  it('weighs a seed down only for other issues\' names and terms, not for words in their descriptions', () => {
    const wl = parseWatchlist(`
actors:
  - id: greece
    name: Greece
    aliases: [Greece, Athens, Varoufakis]
issues:
  - id: relief
    name: Creditors grant Greece debt relief
    description: Lenders ease the debt burden by longer maturities, swaps or a write-off.
    terms: [debt relief]
  - id: drop-write-off
    name: Greece drops its demand for a debt write-off
    terms: [write-off, haircut]
`, 'writeoff.yaml');
    const claim = createStanceReader(wl).analyze({ text: 'Greece is no longer asking for a write-off, Varoufakis said.' }).find((c) => c.issue === 'drop-write-off');
    expect(claim).toMatchObject({ actor: 'greece', stance: 'support' });
    expect(claim!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('reads opposite policy adjectives, coordinated subjects in a name, concessions and leaders\' parties', () => {
    const wl = parseWatchlist(`
actors:
  - id: poland
    name: Poland
    aliases: [Poland, Warsaw, Mateusz Morawiecki, Morawiecki, Donald Tusk, Tusk]
  - id: hungary
    name: Hungary
    aliases: [Hungary, Budapest, Orban]
issues:
  - id: solidarity
    name: Every EU state takes part in mandatory solidarity by relocating asylum seekers
    terms: [relocation, solidarity mechanism]
  - id: drop-veto
    name: Poland and Hungary drop their demand for a unanimity veto
    terms: [veto, unanimity]
`, 'pact.yaml');
    const reader = createStanceReader(wl);
    const read2 = (text: string) => tuples(reader.analyze({ text }));
    expect(read2('Morawiecki said he wanted to keep relocation voluntary.')).toEqual(['poland solidarity oppose']);
    expect(read2('Poland has stopped taking part in a voluntary relocation scheme, Tusk said.')).toEqual([]);
    // the give-up verb after a coordinated subject still makes the name a give-up: wanting a veto opposes dropping it
    expect(read2('Orban said Hungary wanted a veto.')).toEqual(['hungary drop-veto oppose']);
    // "even once" concedes, it sets no condition
    expect(read2('Tusk said Poland would not implement the relocation even once it is adopted.')).toEqual(['poland solidarity oppose']);
    // a leader's party is a faction
    expect(read2("Morawiecki's Law and Justice party campaigned hard against relocation.")).toEqual([]);
  });

  it('reads "opposition" before a party name as a modifier, and a seed with one modifier inside it', () => {
    const wl = parseWatchlist(`
actors:
  - id: labour
    name: UK Labour Party
    aliases: [Labour, Labour Party]
issues:
  - id: second-referendum
    name: A second referendum on Brexit
    terms: [second referendum, public vote]
`, 'labour.yaml');
    const reader = createStanceReader(wl);
    expect(tuples(reader.analyze({ text: "Britain's opposition Labour Party left the door open to a second Brexit referendum." }))).toEqual(['labour second-referendum conditional']);
    expect(tuples(reader.analyze({ text: 'The opposition Labour Party backed a public vote on Tuesday.' }))).toEqual(['labour second-referendum support']);
  });

  it('never lets a function word or modal listed as a term ("should", "shall") match an issue', () => {
    const wl = parseWatchlist(`${actors}
issues:
  - id: binding
    name: Emission targets are legally binding
    terms: [legally binding, shall, should]
`, 'modal.yaml');
    const reader = createStanceReader(wl);
    expect(tuples(reader.analyze({ text: 'Washington said the agreement should include periodic reviews.' }))).toEqual([]);
    expect(tuples(reader.analyze({ text: 'Washington said the targets should be legally binding.' }))).toEqual(['usa binding support']);
  });

  it('reads a give-up proposition whose subject is no actor, its subject words and its sameness terms', () => {
    const wl = parseWatchlist(`${actors}
issues:
  - id: drop-split
    name: Developing countries give up differentiated treatment
    terms: [differentiated treatment, same footing, distinction between rich and poor]
  - id: set-goal
    name: The agreement sets a limit on warming
    terms: [warming limit]
`, 'give-up-subject.yaml');
    const reader = createStanceReader(wl);
    const read2 = (text: string): string[] => tuples(reader.analyze({ text }));
    // insisting on the thing given up opposes giving it up
    expect(read2('Moscow insisted on differentiated treatment.')).toEqual(['russia drop-split oppose']);
    // a term saying the thing is gone states the proposition itself
    expect(read2('Moscow would not accept a text that put it on the same footing as rich nations.')).toEqual(['russia drop-split oppose']);
    // the subject of the give-up is not the thing given up, and alone it does not name the issue
    expect(read2('Kyiv rejected demands that developing countries give up differentiated treatment.')).toEqual(['ukraine drop-split oppose']);
    expect(read2('Kyiv said the agreement should not deny developing countries the right to grow.')).toEqual([]);
    // a long seed phrase with a few inserted words
    expect(read2('Moscow said it would defend the distinction between the obligations of rich and poor nations.')).toEqual(['russia drop-split oppose']);
    // a figure with its unit at the end of a sentence ("... 1.5C.")
    const wl2 = parseWatchlist(`${actors}
issues:
  - id: limit
    name: A 1.5C warming limit
    terms: [1.5C]
`, 'unit.yaml');
    expect(tuples(createStanceReader(wl2).analyze({ text: 'Kyiv said it would not sign an agreement that did not include 1.5C.' }))).toEqual(['ukraine limit support']);
    // a generic name word and a light verb are no paraphrase of the proposition
    expect(read2('Washington said the agreement should set a long-term goal.')).toEqual([]);
  });

  it('reads a deferral proposition ("X delays the vote until ...") as giving the act up for now', () => {
    const wl = parseWatchlist(`${actors}
issues:
  - id: delay-vote
    name: Ukraine delays the referendum until a ceasefire holds
    terms: [referendum, without a ceasefire]
`, 'deferral.yaml');
    const reader = createStanceReader(wl);
    const read2 = (text: string): string[] => tuples(reader.analyze({ text }));
    // going ahead with the deferred act opposes the delay
    expect(read2('Kyiv said it would go ahead with the referendum in May as planned.')).toEqual(['ukraine delay-vote oppose']);
    // the act held back ("refrain from ... until", "must not ... until") is the delay itself
    expect(read2('Washington urged Kyiv to refrain from holding the referendum until a ceasefire held.')).toEqual(['usa delay-vote support']);
    expect(read2('Kyiv said it must not hold the referendum until a ceasefire holds.')).toEqual(['ukraine delay-vote support']);
    // "should not take place without X": the act done without X is refused
    expect(read2('Washington said the vote should not take place without a ceasefire.')).toEqual(['usa delay-vote support']);
    // a passive name ("Brexit is delayed by ...") names the delay itself, read as named
    const wl2 = parseWatchlist(`${actors}
issues:
  - id: extend
    name: The referendum is delayed by a year
    terms: [referendum delay]
`, 'passive-delay.yaml');
    expect(tuples(createStanceReader(wl2).analyze({ text: 'Moscow demanded a referendum delay.' }))).toEqual(['russia extend support']);
  });

  it('reads no party\'s stance from a meeting between several of them or a list after "from"', () => {
    expect(tuples(read('Two days of talks between the envoys of Ukraine, Russia and the United States ended without agreement on a ceasefire.'))).toEqual([]);
    expect(tuples(read('Ministers from Ukraine, Russia and the United States agreed that a ceasefire should follow.'))).toEqual([]);
    // a single party is still read
    expect(tuples(read('Kyiv said it wanted an immediate ceasefire.'))).toEqual(['ukraine ceasefire support']);
    // a participle after a noun is no readiness; "is prepared to" is
    expect(tuples(read('Kyiv signed a ceasefire text prepared with the help of Turkey.')).map((t) => t.endsWith('conditional'))).not.toContain(true);
    expect(tuples(read('Kyiv said it was prepared to discuss a ceasefire.'))).toEqual(['ukraine ceasefire conditional']);
    // a participle appeal after the issue phrase is about its own infinitive
    expect(tuples(read('Kyiv sent a letter about the Russian language urging all sides to refrain from new attacks.'))).toEqual([]);
    // denying an institution's part in a dispute opposes its taking it up
    const wl = parseWatchlist(`${actors}
issues:
  - id: council
    name: The Security Council takes up the dispute
    terms: [Security Council]
`, 'council.yaml');
    expect(tuples(createStanceReader(wl).analyze({ text: 'Kyiv said the dispute was not a matter for the Security Council.' }))).toEqual(['ukraine council oppose']);
  });

  it('reads a standing position ("has demanded ... for months") as background, not as the actor\'s news', () => {
    const [standing] = read('Moscow has demanded the whole of the Donbas for months.');
    const [news] = read('Moscow demanded the whole of the Donbas on Monday.');
    expect([standing?.stance, standing?.attributed]).toEqual(['support', false]);
    expect([news?.stance, news?.attributed]).toEqual(['support', true]);
  });

  it('uses optional affirm/deny phrases from the watchlist', () => {
    const wl = parseWatchlist(`${actors}
issues:
  - id: neutrality
    name: Ukraine stays out of military alliances
    terms: [neutrality, neutral status, alliances]
    deny: [join alliances]
`, 'affirm.yaml');
    const reader = createStanceReader(wl);
    expect(tuples(reader.analyze({ text: 'Moscow demanded neutral status for Ukraine.' }))).toEqual(['russia neutrality support']);
    expect(tuples(reader.analyze({ text: 'Kyiv insisted on its right to join alliances.' }))).toEqual(['ukraine neutrality oppose']);
  });
});

describe('createStanceReader: session 3 phenomena', () => {
  const withIssues = (issues: string): ReturnType<typeof createStanceReader> => createStanceReader(parseWatchlist(`${actors}
issues:
${issues}`, 'session3.yaml'));

  it('never takes a speaker from the dateline, and an intransitive "ended" gives nothing up', () => {
    // (the country in the dateline would otherwise hold the passive rejection)
    expect(tuples(read('KYIV, Ukraine, May 2 (Wire) - The immediate ceasefire was rejected on Friday.'))).toEqual([]);
    // ("ended" would otherwise give up the Donbas for the Russian officials)
    expect(tuples(read('KYIV, May 2 (Wire) - The first meeting between representatives of the Donbas and Russian officials ended on Thursday after two hours.'))).toEqual([]);
    // the same country as the sentence's subject still speaks
    expect(tuples(read('KYIV, May 2 (Wire) - Ukraine rejected any handover of the Donbas on Thursday.'))).toEqual(['ukraine cede-donbas oppose']);
  });

  it('reads "drops its objection to X" as a double negative: the proposition is X itself', () => {
    const reader = withIssues(`  - id: un-seat
    name: Russia drops its objection to Ukraine joining the United Nations Security Council
    terms: [Security Council seat, UN seat]`);
    expect(tuples(reader.analyze({ text: 'Moscow said it would not agree to Ukraine taking a UN seat.' }))).toEqual(['russia un-seat oppose']);
    expect(tuples(reader.analyze({ text: 'Russia dropped its objection to a Security Council seat for Ukraine on Monday.' }))).toEqual(['russia un-seat support']);
  });
  it('reads bare readiness to do the thing itself as support; readiness to talk, with a condition, or with a condition in the next sentence stays conditional', () => {
    const ceasefire = (text: string): string[] => read(text).filter((c) => c.issue === 'ceasefire').map((c) => `${c.actor} ${c.stance}`);
    const [bare] = read('Zelensky said Ukraine was ready to sign an immediate ceasefire.');
    expect([bare?.stance, bare!.confidence < 0.6]).toEqual(['support', true]);
    expect(ceasefire('Zelensky said Ukraine was ready to discuss an immediate ceasefire.')).toEqual(['ukraine conditional']);
    // ... unless talking is the proposition itself
    const talks = withIssues(`  - id: direct-talks
    name: Kyiv and Moscow meet face to face
    terms: [direct talks, meet directly]`);
    expect(tuples(talks.analyze({ text: 'Zelensky said Kyiv was ready to meet directly with the Russian side.' }))).toEqual(['ukraine direct-talks support']);
    expect(ceasefire('Zelensky said Ukraine was ready to sign an immediate ceasefire if Russia withdrew.')).toEqual(['ukraine conditional']);
    expect(ceasefire('Zelensky said Ukraine was willing to observe a ceasefire, but not one that froze the front line.')).toEqual(['ukraine conditional']);
    expect(ceasefire('Zelensky said Ukraine was ready to sign an immediate ceasefire. He said it would do so provided Russia withdrew its troops.')).toEqual(['ukraine conditional']);
  });
  it('gives a stance to every tracked name in a subject list, even with an untracked name in it, and not to a name before a comma', () => {
    const cease = (text: string): string[] => tuples(read(text).filter((c) => c.issue === 'ceasefire'));
    expect(cease('Putin, Zelensky and Turkish President Recep Tayyip Erdogan called on Friday for an immediate ceasefire.'))
      .toEqual(['russia ceasefire support', 'ukraine ceasefire support']);
    expect(cease('In a letter to Putin, Zelensky called for an immediate ceasefire.')).toEqual(['ukraine ceasefire support']);
    // a stance phrase split by a time adjunct
    expect(cease('Zelensky called on Thursday for an immediate ceasefire.')).toEqual(['ukraine ceasefire support']);
    expect(cease('Zelensky called late on Thursday for an immediate ceasefire.')).toEqual(['ukraine ceasefire support']);
  });
  it('gives the conditional stance to the main clause\'s issue, not to the prerequisite after "once" or "only after"', () => {
    expect(tuples(read('Putin said a ceasefire would be agreed once Ukraine handed over the Donbas.'))).toEqual(['russia ceasefire conditional']);
    expect(tuples(read('Putin said a ceasefire could be signed only after Ukraine withdrew from the Donbas.'))).toEqual(['russia ceasefire conditional']);
    // with no issue of its own in the main clause, the prerequisite is what the holder asks for
    expect(tuples(read('Putin said Russia would stop its offensive once Ukraine handed over the Donbas.'))).toEqual(['russia cede-donbas support']);
    expect(tuples(read('Putin said Russia would keep fighting until Ukraine handed over the Donbas.'))).toEqual(['russia cede-donbas support']);
  });
  it('reads evaluations ("an important step", "counterproductive"), "called on X to", and "without delay" as a manner, not a give-up', () => {
    expect(tuples(read('Peskov said an immediate ceasefire would be counterproductive.'))).toEqual(['russia ceasefire oppose']);
    expect(tuples(read('Witkoff said an immediate ceasefire was an important step.'))).toEqual(['usa ceasefire support']);
    expect(tuples(read('Washington called on Moscow to accept an immediate ceasefire.'))).toEqual(['usa ceasefire support']);
    expect(tuples(read('Zelensky said an immediate ceasefire should be signed without delay.'))).toEqual(['ukraine ceasefire support']);
    expect(tuples(read('Zelensky said an immediate ceasefire should be signed without further delay.'))).toEqual(['ukraine ceasefire support']);
  });

  it('reads a term made of a give-up name\'s second predicate as the proposition itself', () => {
    const reader = withIssues(`  - id: rollback
    name: Russia gives up its claim to the Donbas and returns to the 1991 borders
    terms: [Donbas claim, 1991 borders, return to the borders]`);
    expect(tuples(reader.analyze({ text: 'Washington urged Moscow to return to the 1991 borders.' }))).toEqual(['usa rollback support']);
    expect(tuples(reader.analyze({ text: 'Moscow insisted on its Donbas claim.' }))).toEqual(['russia rollback oppose']);
  });
  it('takes no speaker from an infinitive ("criticising Kyiv for failing to explain ...")', () => {
    // Kyiv is the target of the criticism, not the speaker who reports Russia's act
    const [claim] = read("The Kremlin's Board of Governors passed a ceasefire resolution on Wednesday criticising Kyiv for failing to explain its troop moves.");
    expect([claim?.actor, claim?.attributed]).toEqual(['russia', true]);
  });
  it('reads "one Ukrainian diplomat" as an unnamed individual, not the government speaking', () => {
    expect(tuples(read('One Ukrainian diplomat said Kyiv would reject the ceasefire.'))).toEqual([]);
    expect(tuples(read('Ukrainian officials said Kyiv would reject the ceasefire.'))).toEqual(['ukraine ceasefire oppose']);
  });
  it('reads easing a restriction as giving it up, and leaving a thing in place as keeping it', () => {
    const reader = withIssues(`  - id: lift-sanctions
    name: The United States lifts its sanctions on Russia
    terms: [sanctions on Russia, Russian sanctions]`);
    const read3 = (text: string): string[] => tuples(reader.analyze({ text }));
    expect(read3('Zelensky said easing the sanctions on Russia would be a grave mistake.')).toEqual(['ukraine lift-sanctions oppose']);
    expect(read3('Washington agreed to leave the sanctions on Russia in place.')).toEqual(['usa lift-sanctions oppose']);
    // (a long object too)
    expect(read3('Washington agreed to leave the sanctions on Russia and on its banks, energy firms and shipping companies in place.')).toEqual(['usa lift-sanctions oppose']);
    expect(read3('Zelensky said the sanctions on Russia must stay in place.')).toEqual(['ukraine lift-sanctions oppose']);
  });
  it('reads "would not put his name to any deal that did not include X" as support for X', () => {
    expect(tuples(read('Zelensky said he would not put his name to any deal that did not include binding security guarantees.')))
      .toEqual(['ukraine security-guarantees support']);
  });
  it('resolves "the two governments", "both sides" to the actors just named', () => {
    const text = 'Putin and Zelensky spoke by phone on Monday. In a statement, the two governments said they backed an immediate ceasefire.';
    expect(tuples(read(text))).toEqual(['russia ceasefire support', 'ukraine ceasefire support']);
    expect(tuples(read('Moscow and Kyiv met in Istanbul. Both sides rejected an immediate ceasefire.'))).toEqual(['russia ceasefire oppose', 'ukraine ceasefire oppose']);
    // a document speaks for the actors who issued it, each in its own words
    const joint = read('Putin and Zelensky issued a joint statement on Monday. The statement said both sides backed an immediate ceasefire.');
    expect(joint.map((c) => `${c.actor} ${c.stance} ${c.attributed}`).sort()).toEqual(['russia support true', 'ukraine support true']);
    // with only one actor named before, the group names nobody
    expect(tuples(read('Kyiv sent envoys to Istanbul. Both sides rejected an immediate ceasefire.'))).toEqual([]);
  });
  it('reads a relative clause on any tracked name, or on a list of them, as a standing position, not attributed', () => {
    const claims = read('The plan leaves Russia and Ukraine, which reject an immediate ceasefire, without a way out.');
    expect(claims.map((c) => `${c.actor} ${c.stance} ${c.attributed}`).sort()).toEqual(['russia oppose false', 'ukraine oppose false']);
    const [obj] = read('The envoys met Zelensky, who rejects an immediate ceasefire.');
    expect([obj?.actor, obj?.stance, obj?.attributed]).toEqual(['ukraine', 'oppose', false]);
  });
  it('trusts a pronoun right after its own speaker\'s verb as the speaker, and a seed written as a phrase more than one word', () => {
    const reader = withIssues(`  - id: delay
    name: The talks deadline is extended
    terms: [more time, extension]`);
    const text = 'Zelensky spoke to lawmakers on Monday. He thanked them, and said he would not ask Brussels for more time.';
    const [claim] = reader.analyze({ text }).filter((c) => c.issue === 'delay');
    expect([claim?.actor, claim?.stance]).toEqual(['ukraine', 'oppose']);
    // confident enough to move a position alone (was 0.45: a carried pronoun and a one-word seed)
    expect(claim!.confidence).toBeGreaterThanOrEqual(0.6);
  });
  it.each([
    ['praised', 'support'], ['threw its weight behind', 'support'], ['gave its blessing to', 'support'], ['put forward', 'support'],
    ['lambasted', 'oppose'], ['shot down', 'oppose'], ['cast doubt on', 'oppose'], ['distanced itself from', 'oppose'],
    ['has reservations about', 'oppose'], ['backed away from', 'oppose'], ['called off', 'oppose'], ['froze', 'oppose'],
  ])('reads "Kyiv %s an immediate ceasefire" as %s', (verb, stance) => {
    expect(tuples(read(`Kyiv ${verb} an immediate ceasefire on Monday.`))).toEqual([`ukraine ceasefire ${stance}`]);
  });
  it('reads a participle after a number as an adjective ("four abandoned villages"), not a give-up', () => {
    const reader = withIssues(`  - id: villages
    name: The border villages are returned under the delimitation deal
    terms: [villages, border villages]`);
    expect(tuples(reader.analyze({ text: 'Kyiv agreed on Friday to return four abandoned villages.' }))).toEqual(['ukraine villages support']);
  });

  it('does not read what a demand is a condition for as the thing rejected', () => {
    const text = 'Kyiv said it would not hand over the Donbas, rejecting a demand that Putin set as a condition for an immediate ceasefire.';
    expect(tuples(read(text))).toEqual(['ukraine cede-donbas oppose']);
    // what someone says a thing is a precondition for is conditional on it
    expect(tuples(read('Putin said a handover of the Donbas was a precondition for an immediate ceasefire.'))).toContain('russia cede-donbas support');
  });
});

describe('createStanceReader: elaborations', () => {
  it('keeps ", including X" and ", starting with X" in the clause of the verb they elaborate', () => {
    expect(tuples(read('Zelensky will accept several measures, including an immediate ceasefire, his office said.'))).toEqual(['ukraine ceasefire support']);
    expect(tuples(read('Zelensky will accept several measures, starting with an immediate ceasefire.'))).toEqual(['ukraine ceasefire support']);
    // a participle aside between the subject and its verb is no new clause
    expect(tuples(read('Zelensky, speaking in Kyiv on Monday, rejected any handover of the Donbas.'))).toEqual(['ukraine cede-donbas oppose']);
  });
});

describe('createStanceReader: one claim per actor and issue in a story', () => {
  it('keeps a stated condition over the same actor\'s plain stance, but not bare openness over a refusal', () => {
    const text = 'Zelensky backed an immediate ceasefire on Monday. He said Kyiv could sign the truce only if Russian troops withdrew.';
    expect(tuples(read(text))).toEqual(['ukraine ceasefire conditional']);
    const open = 'Zelensky said he was open to discussing a truce but would not accept an immediate ceasefire.';
    expect(tuples(read(open))).toEqual(['ukraine ceasefire oppose']);
  });
});

describe('isStanceWord', () => {
  it('is true for one-word cues and the verbs of phrasal ones, not for the first word of a noun phrase cue', async () => {
    const { isStanceWord } = await import('../../../shared/domain/reading/lexicon.js');
    expect(['reject', 'demand', 'call', 'back'].map(isStanceWord)).toEqual([true, true, true, true]);
    // "important step", "in favour of", "best way": phrases, but their first words read as plain words elsewhere
    expect(['important', 'in', 'best', 'villages'].map(isStanceWord)).toEqual([false, false, false, false]);
  });
});

describe('htmlToArticle', () => {
  it('takes the title from <title> and the text from the body', () => {
    const a: Article = htmlToArticle('<html><head><title>Kyiv &amp; Moscow</title></head><body><h1>Ignored heading</h1><p>Kyiv rejected the demand.</p><script>x()</script></body></html>');
    expect(a.title).toBe('Kyiv & Moscow');
    expect(a.text).toContain('Kyiv rejected the demand.');
    expect(a.text).not.toContain('x()');
  });

  it('falls back to the first <h1> for the title', () => {
    expect(htmlToArticle('<body><h1>Truce talks</h1><p>Text.</p></body>').title).toBe('Truce talks');
  });

  it('feeds analyze', () => {
    const a = htmlToArticle('<html><head><title>t</title></head><body><p>Kyiv did not rule out a temporary ceasefire.</p></body></html>');
    expect(tuples(readerA.analyze(a))).toEqual(['ukraine ceasefire conditional']);
  });
});

describe('createStanceReader on the founding story with the bundled watchlist', () => {
  it('reads the Kremlin demands and Kyiv rejecting them, and nothing from the venues', async () => {
    const { readFileSync } = await import('node:fs');
    const watchlist = parseWatchlist(readFileSync('config/watchlist.yaml', 'utf8'), 'config/watchlist.yaml');
    const text = readFileSync('../shared/seed/founding-article.txt', 'utf8');
    const claims = createStanceReader(watchlist).analyze({ title: 'Putin to meet Witkoff in Moscow', text });
    expect(tuples(claims)).toEqual([
      'russia cede-donbas support', 'russia renounce-nato support', 'russia russian-language-protections support',
      'ukraine cede-donbas oppose', 'ukraine renounce-nato oppose', 'ukraine russian-language-protections oppose',
    ]);
    for (const c of claims) expect(text).toContain(c.quote);
  });
});

describe('createStanceReader: session 4 phenomena', () => {
  // Both the subject and the object of the proposition are tracked actors: the name's only topic word is its verb.
  const accession = createStanceReader(parseWatchlist(`
actors:
  - {id: sweden, name: Sweden, aliases: [Sweden, Stockholm, Kristersson]}
  - {id: nato, name: NATO, aliases: [NATO, Stoltenberg]}
  - {id: hungary, name: Hungary, aliases: [Hungary, Budapest, Viktor Orban, Orban]}
  - {id: turkey, name: Turkey, aliases: [Turkey, Ankara, Erdogan]}
issues:
  - id: sweden-in-nato
    name: Sweden joins NATO
    terms: [accession protocol]
`, 'session4.yaml'));

  it('reads "X joining <actor>" as the proposition when its name is "<actor> joins <actor>"', () => {
    expect(tuples(accession.analyze({ text: 'Viktor Orban said on Thursday that Hungary supports Sweden and Finland joining NATO.' })))
      .toEqual(['hungary sweden-in-nato support']);
    expect(tuples(accession.analyze({ text: 'Erdogan said Turkey opposed Sweden joining NATO.' }))).toEqual(['turkey sweden-in-nato oppose']);
  });

  // An issue named without its actors, so only the seeds tie a story to it.
  const newMember = (): ReturnType<typeof createStanceReader> => createStanceReader(parseWatchlist(`
actors:
  - {id: sweden, name: Sweden, aliases: [Sweden, Stockholm]}
  - {id: hungary, name: Hungary, aliases: [Hungary, Orban]}
issues:
  - id: sweden-in-nato
    name: The alliance takes in a new member
    terms: [Swedish accession, Sweden NATO membership]
`, 'session4.yaml'));

  it('matches a seed naming an actor and a thing ("Swedish accession") by the actor and the thing alone', () => {
    const reader = newMember();
    expect(tuples(reader.analyze({ text: "Orban said Hungary supports Sweden's accession." }))).toEqual(['hungary sweden-in-nato support']);
    expect(tuples(reader.analyze({ text: "Orban said Hungary now backs Sweden's membership of the alliance." }))).toEqual(['hungary sweden-in-nato support']);
    // (the thing alone, with no owner, is not the seed)
    expect(tuples(reader.analyze({ text: 'Orban said Hungary supports the accession.' }))).toEqual([]);
  });

  it('reads the scope of a thing given up ("a veto over the migration pact") as named, not as the thing', () => {
    const reader = createStanceReader(parseWatchlist(`
actors:
  - {id: poland, name: Poland, aliases: [Poland, Warsaw, Morawiecki]}
  - {id: hungary, name: Hungary, aliases: [Hungary, Budapest, Orban]}
issues:
  - id: mandatory-solidarity
    name: Every member state must help front-line countries under the pact's solidarity mechanism
    terms: [relocation, mandatory solidarity, solidarity mechanism]
  - id: drop-veto
    name: Poland and Hungary drop their demand for a unanimity veto over the migration pact
    terms: [veto, unanimity, consensus, qualified majority, majority vote]
`, 'session4.yaml'));
    // (keeping the veto opposes dropping it; the pact is only what the veto is about)
    expect(tuples(reader.analyze({ text: 'Morawiecki said Poland would keep its veto over the migration pact.' }))).toEqual(['poland drop-veto oppose']);
    expect(tuples(reader.analyze({ text: 'Morawiecki said Poland would drop its veto over the migration pact.' }))).toEqual(['poland drop-veto support']);
  });

  it('reads a story the same whatever the process read before it (wink caches "Sweden\'s" whole once it has met it so)', () => {
    const reader = newMember;
    const story = { text: "Orban said Hungary now backs Sweden's membership of the alliance." };
    const before = tuples(reader().analyze(story));
    // another story, read first, where the possessive comes right before a comma
    reader().analyze({ text: "The Nordic neighbours' bids, Sweden's, Finland's and Norway's, were discussed." });
    expect(tuples(reader().analyze(story))).toEqual(before);
    expect(before).toEqual(['hungary sweden-in-nato support']);
  });

  it('reads "would not say yes to X" as an answer (a refusal), while "would not say whether" stays no claim', () => {
    expect(tuples(accession.analyze({ text: 'Erdogan said Turkey would not say yes to the accession protocol.' })))
      .toEqual(['turkey sweden-in-nato oppose']);
    expect(tuples(accession.analyze({ text: 'Erdogan would not say whether Turkey backed the accession protocol.' }))).toEqual([]);
  });
});

describe('createStanceReader: session 5 phenomena (which way a give-up issue\'s seed terms point)', () => {
  const reader = createStanceReader(parseWatchlist(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Strelsau]}
  - {id: borduria, name: Borduria, aliases: [Borduria, Szohod]}
  - {id: atlantis, name: Atlantis, aliases: [Atlantis]}
issues:
  - id: militia-disarms
    name: The Ruritanian militia gives up its heavy weapons
    terms: [heavy weapons, disarmament, demobilisation, artillery]
  - id: no-reactors
    name: Borduria stops running its border reactors
    terms: [border reactors, zero reactors, nuclear-free zone]
  - id: drop-preconditions
    name: Borduria drops its preconditions for resuming the ferry service
    terms: [preconditions, resume the ferry]
  - id: drop-levy-demand
    name: Ruritania drops its demand for a levy cancellation
    terms: [levy cancellation, cancel the levy]
  - id: lift-port-curbs
    name: Atlantis lifts its curbs on Bordurian ports
    terms: [port curbs, Bordurian ports, roll back the curbs]
  - id: leave-union
    name: Borduria leaves the customs union
    terms: [Borexit, customs union]
  - id: delay-vote
    name: Ruritania abandons the June referendum and extends the consultation
    terms: [referendum, extension]
`, 'session5.yaml'));
  const read5 = (text: string): string[] => tuples(reader.analyze({ text }));

  it('reads a term naming the giving-up itself ("disarmament", "zero reactors", "nuclear-free") as the proposition', () => {
    expect(read5('Borduria demanded the disarmament of the militia, Szohod said.')).toEqual(['borduria militia-disarms support']);
    expect(read5('Strelsau rejected demobilisation.')).toEqual(['ruritania militia-disarms oppose']);
    expect(read5('Atlantis called for zero reactors along the border.')).toEqual(['atlantis no-reactors support']);
    expect(read5('Ruritania proposed a nuclear-free zone.')).toEqual(['ruritania no-reactors support']);
    // (a concession is a giving-up: "demanded territorial concessions" wants the land handed over)
    const land = createStanceReader(parseWatchlist(`
actors:
  - {id: borduria, name: Borduria, aliases: [Borduria, Szohod]}
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Strelsau]}
issues:
  - id: cede-hills
    name: Ruritania hands over the Black Hills to Borduria
    terms: [Black Hills, territorial concessions]
`, 'session5.yaml'));
    expect(tuples(land.analyze({ text: 'Borduria demanded territorial concessions from Strelsau.' }))).toEqual(['borduria cede-hills support']);
    expect(tuples(land.analyze({ text: 'Ruritania rejected any territorial concessions.' }))).toEqual(['ruritania cede-hills oppose']);
    // (a gerund with its object gives it up: "ruled out ceding territory" is no modifier like "export restrictions")
    const territory = createStanceReader(parseWatchlist(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Strelsau]}
issues:
  - id: cede-hills
    name: Ruritania hands over the Black Hills
    terms: [Black Hills, territory]
`, 'session5.yaml'));
    expect(tuples(territory.analyze({ text: 'Ruritania has ruled out ceding territory.' }))).toEqual(['ruritania cede-hills oppose']);
    // (another actor's demand, said by a speaker who adds no stance word of its own, is that actor's position only)
    expect(tuples(land.analyze({ text: "Strelsau said Borduria's demand that Ruritania hand over the Black Hills was unacceptable." })))
      .toEqual(['borduria cede-hills support']);
    // (rejecting the receiving side's demand for the thing rejects the hand-over)
    expect(tuples(land.analyze({ text: "Strelsau dismissed Borduria's demand for the Black Hills." })))
      .toEqual(['borduria cede-hills support', 'ruritania cede-hills oppose']);
    // (the thing given up still reads the other way)
    expect(read5('Strelsau said the militia would keep its heavy weapons.')).toEqual(['ruritania militia-disarms oppose']);
  });

  it('reads a give-up verb the running-text lexicon lacks ("roll back", "cancel"), and "X-exit", in a term as the act', () => {
    expect(read5('Borduria called on Atlantis to roll back the curbs.')).toEqual(['borduria lift-port-curbs support']);
    expect(read5('Szohod called for a Borexit.')).toEqual(['borduria leave-union support']);
    expect(read5('Szohod rejected a Borexit.')).toEqual(['borduria leave-union oppose']);
  });

  it('keeps the content of a demand given up as the thing, even when it is itself a giving-up ("levy cancellation")', () => {
    expect(read5('Strelsau insisted on a levy cancellation.')).toEqual(['ruritania drop-levy-demand oppose']);
    // (a term that names the demand, "cancel the demand", is still the act of giving it up)
    const demand = createStanceReader(parseWatchlist(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Strelsau]}
issues:
  - id: drop-levy-demand
    name: Ruritania drops its demand for a levy cancellation
    terms: [levy cancellation, cancel the demand]
`, 'session5.yaml'));
    expect(tuples(demand.analyze({ text: 'Strelsau agreed to cancel the demand.' }))).toEqual(['ruritania drop-levy-demand support']);
  });

  it('reads the goal of a precondition ("for resuming the ferry service") as named: wanting it wants the preconditions dropped', () => {
    expect(read5('Atlantis urged Borduria to resume the ferry service.')).toEqual(['atlantis drop-preconditions support']);
    expect(read5('Szohod said Borduria would keep its preconditions.')).toEqual(['borduria drop-preconditions oppose']);
  });

  it('reads a derived form of the second predicate\'s verb ("extension" for "extends") as named', () => {
    expect(read5('Strelsau asked for an extension.')).toEqual(['ruritania delay-vote support']);
  });

  it('finds the give-up verb of a headline-style name with no tracked subject ("Fishing fleets halt work ...")', () => {
    const fleets = createStanceReader(parseWatchlist(`
actors:
  - {id: atlantis, name: Atlantis, aliases: [Atlantis]}
  - {id: borduria, name: Borduria, aliases: [Borduria]}
issues:
  - id: fishing-halted
    name: Fishing fleets halt work in the waters Borduria claims
    terms: [fishing licences, trawling]
  - id: funds-clawed-back
    name: Unspent flood relief money is clawed back
    terms: [unspent flood funds]
`, 'session5.yaml'));
    expect(tuples(fleets.analyze({ text: 'Atlantis defended the fishing licences.' }))).toEqual(['atlantis fishing-halted oppose']);
    expect(tuples(fleets.analyze({ text: 'Borduria demanded an end to trawling.' }))).toEqual(['borduria fishing-halted support']);
    expect(tuples(fleets.analyze({ text: 'Atlantis wants to claw back the unspent flood funds.' }))).toEqual(['atlantis funds-clawed-back support']);
  });

  it('reads what a restriction holds back ("chip exports", "free movement") as wanted by those who want it lifted', () => {
    const curbs = createStanceReader(parseWatchlist(`
actors:
  - {id: atlantis, name: Atlantis, aliases: [Atlantis]}
  - {id: borduria, name: Borduria, aliases: [Borduria]}
issues:
  - id: lift-curbs
    name: Atlantis lifts its export curbs on rare metals
    terms: [export curbs, rare metals, metal sales]
  - id: open-crossing
    name: The wall and customs checks at the river crossing are removed
    terms: [customs checks, free movement]
  - id: ease-fishing-curbs
    name: Curbs hampering Bordurian fishing are eased
    terms: [fishing quotas relief, obstacles]
  - id: lift-curbs-first
    name: Atlantis lifts its port curbs before Borduria pays its debts
    terms: [port curbs, gradual approach]
`, 'session5.yaml'));
    const read = (text: string): string[] => tuples(curbs.analyze({ text }));
    expect(read('Borduria demanded more metal sales.')).toEqual(['borduria lift-curbs support']);
    expect(read('Atlantis insisted on its export curbs.')).toEqual(['atlantis lift-curbs oppose']);
    expect(read('Borduria called for free movement across the river.')).toEqual(['borduria open-crossing support']);
    expect(read('Atlantis insisted on customs checks.')).toEqual(['atlantis open-crossing oppose']);
    // ("are eased" in the passive gives the curbs up; the obstacles are the curbs, their relief the easing)
    expect(read('Borduria condemned the obstacles.')).toEqual(['borduria ease-fishing-curbs support']);
    expect(read('Borduria called for fishing quotas relief.')).toEqual(['borduria ease-fishing-curbs support']);
    // (a name about order: its terms are about who moves first, not about what the curbs hold back)
    expect(read('Borduria rejected a gradual approach.')).toEqual(['borduria lift-curbs-first support']);
  });

  it('reads filing or lodging the thing as pursuing it ("filed a complaint" opposes dropping the complaint)', () => {
    const complaint = createStanceReader(parseWatchlist(`
actors:
  - {id: atlantis, name: Atlantis, aliases: [Atlantis]}
issues:
  - id: drop-complaint
    name: Atlantis drops its trade complaint against Borduria
    terms: [trade complaint]
`, 'session5.yaml'));
    expect(tuples(complaint.analyze({ text: 'Atlantis filed a trade complaint against Borduria on Monday.' }))).toEqual(['atlantis drop-complaint oppose']);
  });

  it('reads "its export controls" as a thing, not as the give-up verb "export"', () => {
    const curbs = createStanceReader(parseWatchlist(`
actors:
  - {id: atlantis, name: Atlantis, aliases: [Atlantis]}
issues:
  - id: lift-controls
    name: Atlantis lifts its export controls on chips
    terms: [export controls]
`, 'session5.yaml'));
    expect(tuples(curbs.analyze({ text: 'Atlantis insisted on its export controls.' }))).toEqual(['atlantis lift-controls oppose']);
  });
});

describe('createStanceReader: session 5 phenomena (blame and regret)', () => {
  const reader = createStanceReader(parseWatchlist(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Strelsau]}
  - {id: borduria, name: Borduria, aliases: [Borduria, Szohod]}
  - {id: un, name: United Nations, aliases: [United Nations, UN, Guterres]}
issues:
  - id: corridor-renewed
    name: The Danube Corridor Agreement stays in force and is renewed
    terms: [Danube Corridor Agreement, corridor deal]
`, 'session5.yaml'));
  const read = (text: string): string[] => tuples(reader.analyze({ text }));

  it('turns around the act an actor accuses or blames another of ("accused Borduria of blocking the deal" is for it)', () => {
    expect(read('Ruritania accused Borduria of blocking the corridor deal.')).toEqual(['ruritania corridor-renewed support']);
    expect(read('Szohod blamed Ruritania for backing the corridor deal.')).toEqual(['borduria corridor-renewed oppose']);
    // (an accusation with no act named gives no stance)
    expect(read('Ruritania accused Borduria of bad faith over the corridor deal.')).toEqual([]);
  });

  it('reads the verb of a seed noun ("extend" for "extension") as that issue\'s act', () => {
    const renewal = createStanceReader(parseWatchlist(`
actors:
  - {id: borduria, name: Borduria, aliases: [Borduria, Szohod]}
issues:
  - id: corridor-renewed
    name: The Danube Corridor Agreement stays in force
    terms: [corridor deal, extension]
`, 'session5.yaml'));
    const read2 = (text: string): string[] => tuples(renewal.analyze({ text }));
    expect(read2('Borduria said it would not extend the corridor deal unless its demands were met.')).toEqual(['borduria corridor-renewed conditional']);
    expect(read2('Borduria refused to extend the corridor deal.')).toEqual(['borduria corridor-renewed oppose']);
    expect(read2('Szohod said Borduria would return to the corridor deal once its demands were met.')).toEqual(['borduria corridor-renewed conditional']);
    // ("terminate" gives it up; "no point in" rules it out)
    expect(read2('Borduria announced it was terminating the corridor deal.')).toEqual(['borduria corridor-renewed oppose']);
    expect(read2('Szohod said there was no point in an extension of the corridor deal.')).toEqual(['borduria corridor-renewed oppose']);
  });

  it('reads a denied report as denied all through ("dismissed reports that it was ready to drop X" keeps X)', () => {
    const claim = createStanceReader(parseWatchlist(`
actors:
  - {id: borduria, name: Borduria, aliases: [Borduria, Szohod]}
issues:
  - id: borduria-drops-claim
    name: Borduria drops its claim to the Syldavian islands
    terms: [Syldavian islands, island claim]
`, 'session5.yaml'));
    expect(tuples(claim.analyze({ text: 'Borduria dismissed reports that it was ready to drop the island claim.' }))).toEqual(['borduria borduria-drops-claim oppose']);
    expect(tuples(claim.analyze({ text: 'Borduria denied reports that it was ready to drop the island claim.' }))).toEqual(['borduria borduria-drops-claim oppose']);
  });

  it('reads "with or without X" as regardless of X, nothing given up', () => {
    expect(read('Szohod said Borduria would renew the corridor deal with or without Ruritania.')).toEqual(['borduria corridor-renewed support']);
  });

  it('reads a giving-up that is the subject of a forecast as no one\'s act ("warned that ending the deal would ...")', () => {
    expect(read('Ruritania warned that ending the corridor deal would push up food prices.')).toEqual([]);
    expect(read('Szohod said Borduria was ending the corridor deal.')).toEqual(['borduria corridor-renewed oppose']);
  });

  it('knows the demonyms of smaller countries ("Guyanese officials", "Eritrean troops")', () => {
    const border = createStanceReader(parseWatchlist(`
actors:
  - {id: guyana, name: Guyana, aliases: [Guyana, Georgetown]}
  - {id: panama, name: Panama, aliases: [Panama]}
issues:
  - id: court-ruling
    name: The International Court of Justice settles the border dispute
    terms: [International Court of Justice, ICJ ruling]
`, 'session5.yaml'));
    expect(tuples(border.analyze({ text: 'Guyanese officials said they would accept the ICJ ruling.' }))).toEqual(['guyana court-ruling support']);
    expect(tuples(border.analyze({ text: 'The Panamanian government backed the ICJ ruling.' }))).toEqual(['panama court-ruling support']);
  });

  it('reads regret at another\'s giving-up as support ("regretted the decision to suspend the deal")', () => {
    expect(read("Guterres regretted Borduria's decision to suspend the corridor deal.")).toEqual(['un corridor-renewed support']);
  });
});

describe('createStanceReader: session 5 phenomena (evaluations and compliance)', () => {
  const reader = createStanceReader(parseWatchlist(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Strelsau]}
  - {id: borduria, name: Borduria, aliases: [Borduria, Szohod, Kurvi-Tasch]}
issues:
  - id: ceasefire
    name: A full ceasefire takes effect before a final peace deal
    terms: [ceasefire, truce]
  - id: peace-treaty
    name: Ruritania and Borduria sign a peace treaty
    terms: [peace treaty]
`, 'session5.yaml'));
  const read = (text: string): string[] => tuples(reader.analyze({ text }));

  it('explains a refused version of the thing in the words of the text, not in stems', () => {
    const [claim] = reader.analyze({ text: 'Strelsau said Ruritania would never accept a ceasefire that left Bordurian troops on its soil.' }, { explain: true });
    expect(claim.stance).toBe('conditional');
    expect(claim.explain?.condition).toContain('a ceasefire that');
  });

  it('carries "he" to the last speaker when an adverb sits before the verb ("He also said ...")', () => {
    const story = { text: 'Kurvi-Tasch spoke to reporters in Szohod on Monday.\n\nHe also said the peace treaty was a betrayal.' };
    expect(tuples(reader.analyze(story))).toEqual(['borduria peace-treaty oppose']);
  });

  it('carries "its ministers", "their negotiators" to the owner, but not a past told as background ("For years ... had")', () => {
    expect(tuples(reader.analyze({ text: 'Borduria has refused to budge.\n\nIts ministers have said the peace treaty was a trap.' })))
      .toEqual(['borduria peace-treaty oppose']);
    expect(tuples(reader.analyze({ text: 'Borduria has refused to budge.\n\nFor years its negotiators had argued that the peace treaty was a trap.' })))
      .toEqual([]);
  });

  it('reads ", according to X" after a prescription for another actor as X\'s own position', () => {
    expect(read('Ruritania must sign the peace treaty, according to Kurvi-Tasch.')).toEqual(['borduria peace-treaty support']);
    expect(read('Ruritania must sign the peace treaty, Kurvi-Tasch said.')).toEqual(['borduria peace-treaty support']);
    expect(read('Ruritania must sign the peace treaty, said Kurvi-Tasch.')).toEqual(['borduria peace-treaty support']);
    expect(read('"Ruritania must sign the peace treaty," Kurvi-Tasch said.')).toEqual(['borduria peace-treaty support']);
    // (a suggestion is the speaker's proposal, never the other actor's own position)
    expect(read('Ruritania should sign the peace treaty, Kurvi-Tasch suggested.')).toEqual(['borduria peace-treaty support']);
  });

  it('reads "not X without Y" as X on a condition ("no ceasefire without a peace treaty")', () => {
    expect(read('Szohod said Borduria could not accept a ceasefire without a peace treaty.')).toEqual(['borduria ceasefire conditional']);
    expect(read('Szohod said there would be no ceasefire without a peace treaty.')).toEqual(['borduria ceasefire conditional']);
    // (a manner is no condition, and a comma ends the phrase)
    expect(read('Szohod said Borduria would not accept a ceasefire, without saying why.')).toEqual(['borduria ceasefire oppose']);
  });

  it('reads a praising predicate ("a historic step", "a breakthrough") as support', () => {
    expect(read('Kurvi-Tasch called the peace treaty a historic step.')).toEqual(['borduria peace-treaty support']);
    expect(read('Strelsau said the peace treaty was a breakthrough.')).toEqual(['ruritania peace-treaty support']);
  });

  it('reads a damning predicate noun ("a trap", "a betrayal") as rejection', () => {
    expect(read('Ruritania called the ceasefire proposal a trap.')).toEqual(['ruritania ceasefire oppose']);
    expect(read('Kurvi-Tasch said the peace treaty was a betrayal.')).toEqual(['borduria peace-treaty oppose']);
  });

  it('reads abiding by or complying with it as support, conditional when tied to the other side', () => {
    expect(read('Borduria said it would comply with the truce.')).toEqual(['borduria ceasefire support']);
    expect(read('Borduria said it would abide by the ceasefire as long as Ruritania did.')).toEqual(['borduria ceasefire conditional']);
  });
});

describe('createStanceReader: session 6 phenomena (a give-up said of the issue\'s thing)', () => {
  const read = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Strelsau, Ruritanian delegation leader]}
  - {id: borduria, name: Borduria, aliases: [Borduria, Szohod]}
issues:
  - id: garrison-leaves
    name: Borduria withdraws its garrison from the island
    terms: [Bordurian garrison, garrison, Bordurian soldiers]
  - id: veto-abolished
    name: The old treaty's right of veto is abolished
    terms: [right of veto, veto rights]
  - id: grain-flows
    name: Curbs on Bordurian grain shipments are eased
    terms: [obstacles, grain shipments]
`, 'session6.yaml');

  it('reads a give-up noun opening a clause with its predicate ("a full withdrawal of X was out of the question")', () => {
    expect(read('Szohod told reporters that a full withdrawal of Bordurian soldiers was out of the question.')).toEqual(['borduria garrison-leaves oppose']);
    expect(read('Szohod said a complete withdrawal of the Bordurian garrison was unacceptable.')).toEqual(['borduria garrison-leaves oppose']);
    // (the give-up noun as an object is still the act wanted)
    expect(read('Strelsau demanded a full withdrawal of the Bordurian garrison.')).toEqual(['ruritania garrison-leaves support']);
  });

  it('reads a give-up predicated of the thing after a wish ("wanted the garrison withdrawn", "called for the veto to end")', () => {
    expect(read('Strelsau said Ruritania still wanted the Bordurian garrison withdrawn from the island.')).toEqual(['ruritania garrison-leaves support']);
    expect(read('Strelsau said it would not drop its call for the right of veto to end.')).toEqual(['ruritania veto-abolished support']);
    // (over a coordinated phrase of another issue too)
    expect(read('Strelsau would not drop its call for the Bordurian garrison and veto rights to end.')).toEqual(['ruritania garrison-leaves support', 'ruritania veto-abolished support']);
    // (without the give-up, keeping the thing is wanted)
    expect(read('Szohod said Borduria wanted the Bordurian garrison kept on the island.')).toEqual(['borduria garrison-leaves oppose']);
  });

  it('reads an obligation closing its clause ("the right of veto had to end") as a giving-up', () => {
    expect(read('Strelsau said the right of veto had to end.')).toEqual(['ruritania veto-abolished support']);
    // ("ended on Thursday" is still no act)
    expect(read('Szohod said the talks on the right of veto ended on Thursday.')).toEqual([]);
  });

  it('does not read a give-up verb\'s plural noun ("exports", "transfers") as an act', () => {
    expect(read('Strelsau said it was committed to removing the remaining obstacles to exports of Bordurian grain.')).toEqual(['ruritania grain-flows support']);
  });

  it('reads a bare "close" seed of a give-up issue as the giving-up itself ("the inquiry had to be closed")', () => {
    const probe = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Strelsau]}
issues:
  - id: drop-inquiry
    name: The agency drops its inquiry into the border incident
    terms: [inquiry, border incident, close]
`, 'session6e.yaml');
    expect(probe('Strelsau said the inquiry had to be closed for any deal to last.')).toEqual(['ruritania drop-inquiry support']);
    // (the inquiry itself is still the thing given up)
    expect(probe('Strelsau demanded a full inquiry into the border incident.')).toEqual(['ruritania drop-inquiry oppose']);
  });

  it('matches the plural of an alias that ends in a speaker noun ("delegation leaders")', () => {
    expect(read('The Ruritanian delegation leaders demanded a full withdrawal of the Bordurian garrison.')).toEqual(['ruritania garrison-leaves support']);
  });
});

describe('createStanceReader: session 6 phenomena (conditions and manners)', () => {
  const read = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Strelsau]}
  - {id: who, name: World Health Organization, aliases: [World Health Organization, WHO]}
issues:
  - id: vaccine-share
    name: Manufacturers set aside a fixed share of vaccines for poorer countries
    terms: [vaccine share, benefit-sharing system, set-aside]
  - id: corridor-renewed
    name: The corridor deal is extended
    terms: [corridor deal, extension]
`, 'session6b.yaml');

  it('reads ", but only if" as the main clause\'s own condition, however far from the issue', () => {
    expect(read('Strelsau still backed a benefit-sharing system with a fixed share for the poorest states, but only if it came with legal certainty for companies.')).toEqual(['ruritania vaccine-share conditional']);
    // ("WHO", the organisation, does not open a relative clause)
    expect(read('Strelsau still backed a benefit-sharing system with a fixed share for WHO, but only if it came with legal certainty for companies.')).toEqual(['ruritania vaccine-share conditional']);
    expect(read('Strelsau backed a benefit-sharing system with a fixed share for WHO.')).toEqual(['ruritania vaccine-share support']);
  });

  it('reads the issue\'s own verb as the act when a cue after it sits in a relative clause ("would not renegotiate what had been agreed")', () => {
    const talks = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Strelsau]}
issues:
  - id: reopen-accord
    name: The peace accord is renegotiated
    terms: [renegotiate, renegotiation, reopen the accord]
`, 'session6c.yaml');
    expect(talks('Strelsau said Ruritania would not renegotiate what had already been agreed.')).toEqual(['ruritania reopen-accord oppose']);
    expect(talks('Strelsau said Ruritania would renegotiate what had been agreed.')).toEqual(['ruritania reopen-accord support']);
  });

  it('reads acceptance with the holder\'s own demands kept ("agreed to X, but its demands still stood") as conditional', () => {
    expect(read('Strelsau said Ruritania had agreed to the extension, but that its demands over grain exports still stood.')).toEqual(['ruritania corridor-renewed conditional']);
    expect(read('Strelsau said Ruritania had agreed to the extension, but that talks would resume in May.')).toEqual(['ruritania corridor-renewed support']);
  });

  it('reads "without" + gerund after the issue as a manner, not a giving-up ("announced the extension without giving a length")', () => {
    expect(read('Strelsau announced the extension without giving a length.')).toEqual([]);
    // (nor does it turn a stance taken before it around)
    expect(read('Strelsau backed the extension without giving a length.')).toEqual(['ruritania corridor-renewed support']);
  });
});

describe('createStanceReader: session 6 phenomena (names and reduced relatives)', () => {
  const read = readerOf(`
actors:
  - {id: rebels, name: Rebels, aliases: [Rebel Front, Marquez]}
  - {id: no-campaign, name: No campaign, aliases: [No campaign, Uribe]}
issues:
  - id: prison-time
    name: Rebel leaders serve time in prison
    terms: [prison, jail, behind bars]
  - id: seats
    name: Rebel leaders get guaranteed seats in Congress
    terms: [guaranteed seats, seats in Congress]
`, 'session6d.yaml');

  it('does not read a word of an actor\'s name as a negation ("the No campaign\'s demand")', () => {
    expect(read('Marquez rejected the No campaign\'s demand that rebel leaders go to prison.')).toEqual(['no-campaign prison-time support', 'rebels prison-time oppose']);
  });

  it('does not give a holder opening a subordinate clause the issue of the main clause ("X slipped after Y asked for more time")', () => {
    expect(read('A deal on seats in Congress slipped again after the Rebel Front asked for more time.')).toEqual([]);
    expect(read('The Rebel Front asked for seats in Congress.')).toEqual(['rebels seats support']);
  });

  it('does not read a participle describing a text as the holder\'s stance ("the text agreed in Havana gave ...")', () => {
    expect(read('Uribe said the text agreed in Havana gave rebel leaders seats in Congress.')).toEqual([]);
    expect(read('Uribe said the Rebel Front agreed in Havana to seats in Congress.')).toEqual(['rebels seats support']);
  });
});

describe('createStanceReader: session 6 phenomena (who speaks)', () => {
  const reader = createStanceReader(parseWatchlist(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Strelsau, Rudolf]}
  - {id: borduria, name: Borduria, aliases: [Borduria, Bordurian side, Szohod]}
issues:
  - id: rotation
    name: The federal presidency rotates between the two communities
    terms: [rotating presidency, rotation, political equality]
`, 'session6f.yaml'));
  const read = (text: string): string[] => tuples(reader.analyze({ text }));

  it('gives a prescription for another actor to its speaker, across a long appositive ("X, speaking to reporters in a hotel, said Y would have to ...")', () => {
    expect(read('Rudolf, speaking to reporters in a Manhattan hotel, said the Bordurian side would have to show it accepted political equality.')).toEqual(['ruritania rotation support']);
    expect(read('Rudolf said the Bordurian side would have to show it accepted political equality.')).toEqual(['ruritania rotation support']);
  });

  it('reads "Turkey\'s Foreign Ministry" as the owner speaking, capitalised or not', () => {
    expect(read('Ruritania\'s Foreign Ministry welcomed the rotating presidency.')).toEqual(['ruritania rotation support']);
    expect(read('Ruritania\'s foreign ministry welcomed the rotating presidency.')).toEqual(['ruritania rotation support']);
  });

  it('reads a vote with no object on the issue just read, two sentences on ("Germany also voted in favour.")', () => {
    expect(tuples(reader.analyze({ text: 'Parliament adopted the rotating presidency on Wednesday. Borduria voted against. Ruritania also voted in favour.' })))
      .toEqual(['borduria rotation oppose', 'ruritania rotation support']);
  });

  it('reads "..., said X" as X speaking only when X closes the clause, not when X starts the clause said', () => {
    expect(read('The presidency must rotate, said Szohod.')).toEqual(['borduria rotation support']);
  });
});

describe('createStanceReader: session 6 phenomena (a reference to the story\'s main issue)', () => {
  const reader = createStanceReader(parseWatchlist(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Rudolf]}
issues:
  - id: peace-treaty
    name: Ruritania and Borduria sign a peace treaty
    terms: [peace treaty]
  - id: transit-route
    name: A transit route opens under Ruritanian sovereignty
    terms: [transit route, sovereignty]
`, 'session6g.yaml'));

  it('reads a name-derived head word before another word of the name ("the production target") as the issue', () => {
    const cap = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania]}
issues:
  - id: output-cap
    name: The treaty sets a binding global target to cut primary plastic production
    terms: [production cap]
`, 'session6h.yaml');
    expect(cap('Ruritania backed the production target.')).toEqual(['ruritania output-cap support']);
    // (a modifier of some other noun still names something else)
    expect(cap('Ruritania backed the production facilities.')).toEqual([]);
  });

  it('reads the verb of a one-word seed noun as naming its issue when nothing else does ("to mediate" for "mediation")', () => {
    const med = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania]}
  - {id: borduria, name: Borduria, aliases: [Borduria]}
issues:
  - id: outside-mediation
    name: Outside powers act as mediators in the dam talks
    terms: [mediation, mediators]
`, 'session6i.yaml');
    expect(med('Ruritania asked the United Nations to mediate. Borduria said it supported the proposal.'))
      .toContain('borduria outside-mediation support');
  });

  it('reads the claims of an analysis piece ("Analysis: ...", "EXPLAINER: ...") as reported, never the actor\'s own news', () => {
    const text = 'Rudolf said Ruritania would sign the peace treaty.';
    expect(reader.analyze({ title: 'Analysis: a treaty within reach', text }).map((c) => [c.actor, c.issue, c.stance, c.attributed])).toEqual([['ruritania', 'peace-treaty', 'support', false]]);
    expect(reader.analyze({ title: 'EXPLAINER: what is left to settle', text }).map((c) => c.attributed)).toEqual([false]);
    expect(reader.analyze({ title: 'Ruritania ready to sign treaty', text }).map((c) => c.attributed)).toEqual([true]);
  });

  it('reads "no" on the issue as the subject of a predicate as negating it ("no dedicated fund was needed")', () => {
    const fund = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania]}
issues:
  - id: fund
    name: The treaty creates a dedicated fund for poorer countries
    terms: [dedicated fund]
`, 'session6k.yaml');
    expect(fund('Ruritania said no dedicated fund was needed.')).toEqual(['ruritania fund oppose']);
    expect(fund('Ruritania said a dedicated fund was needed.')).toEqual(['ruritania fund support']);
  });

  it('matches a seed ending in a word for the negotiated text by its synonyms ("binding agreement" in "a binding treaty")', () => {
    const deal = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania]}
issues:
  - id: binding-deal
    name: A legally binding agreement on the dam is concluded
    terms: [binding agreement, return to the deal]
`, 'session6l.yaml');
    expect(deal('Ruritania demanded a binding treaty on the dam.')).toEqual(['ruritania binding-deal support']);
    expect(deal('Ruritania rejected a binding pact.')).toEqual(['ruritania binding-deal oppose']);
    // (not a verb phrase's object: "return to the deal" names one text)
    expect(deal('Ruritania urged everyone to return to the accord on fisheries.')).toEqual([]);
  });

  it('takes a lone distinctive name noun right after the cue as the issue when nothing else names one ("backed the solidarity regulation")', () => {
    const pact = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania]}
issues:
  - id: solidarity
    name: Every member state takes part in mandatory solidarity with front-line states
    terms: [mandatory solidarity, relocation]
`, 'session6m.yaml');
    expect(pact('Ruritania backed the solidarity regulation.')).toEqual(['ruritania solidarity support']);
    expect(pact('Ruritania rejected the solidarity regulation.')).toEqual(['ruritania solidarity oppose']);
    // (not far from the cue, and not a generic word)
    expect(pact('Ruritania backed the new rules on fishing quotas agreed with solidarity in mind.')).toEqual([]);
  });

  it('reads the phrase of an issue set against another ("should target waste, not production") as the one the stance is about', () => {
    const cap = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania]}
issues:
  - id: output-cap
    name: The treaty sets a binding global target to cut primary plastic production
    terms: [production cap]
`, 'session6j.yaml');
    expect(cap('Ruritania said the treaty should target waste, not production.')).toEqual(['ruritania output-cap oppose']);
    expect(cap('Ruritania said the treaty should target production.')).toEqual(['ruritania output-cap support']);
  });

  it('takes "the treaty" for the story\'s main issue whose terms say "treaty" when the issue just read does not', () => {
    const text = 'The peace treaty dominated a week of talks in the capital. Its text, diplomats said, runs to forty pages.\n\n'
      + 'Rudolf said the transit route would respect Ruritania\'s sovereignty and called for the treaty to be signed without delay.';
    expect(tuples(reader.analyze({ text }))).toContain('ruritania peace-treaty support');
    expect(tuples(reader.analyze({ text }))).not.toContain('ruritania transit-route support');
  });
});

describe('createStanceReader: session 7 phenomena', () => {
  const law = readerOf(`
actors:
  - {id: hardliners, name: Hardliners, aliases: [Dorn]}
issues:
  - id: border-bill
    name: Parliament passes the Border Bill
    terms: [Border Bill]
  - id: leave-charter
    name: Ruritania leaves the Charter of Rights
    terms: [Charter of Rights]
`, 'session7a.yaml');

  it('keeps ", including X" inside a condition ("back it only if it excluded claims, including under the Charter")', () => {
    const text = 'The government published its Border Bill on Monday. '
      + 'Dorn said he would back it only if it were strengthened to exclude claims, including those under the Charter of Rights.';
    expect(law(text)).toEqual(['hardliners border-bill conditional']);
    // (a clause after a plain comma is outside the condition)
    expect(law('Dorn said he would back the Border Bill only if it were tougher, and rejected the Charter of Rights.'))
      .toEqual(['hardliners border-bill conditional', 'hardliners leave-charter support']);
  });

  it('reads the issue\'s thing as the subject of a give-up verb with its own object as what it would do, not a stance ("the bill would not stop challenges")', () => {
    expect(law('Dorn said the Border Bill would not stop individual challenges.')).toEqual([]);
    expect(law('Dorn said the Border Bill would end appeals.')).toEqual([]);
    // (the thing given up itself, and harm done by it, are still read)
    expect(law('Dorn said parliament would not drop the Border Bill.')).toEqual(['hardliners border-bill support']);
    expect(law('Dorn said the Border Bill would undermine the courts.')).toEqual(['hardliners border-bill oppose']);
  });

  it('reads an issue name\'s trailing condition as no part of its matter ("refunds the payments if no migrants are sent")', () => {
    const pair = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Dorn]}
issues:
  - id: removals
    name: Ruritania sends migrants to Borduria under the partnership
    terms: [Borduria scheme]
  - id: refund
    name: Borduria refunds Ruritania's payments if no migrants are sent
    terms: [refund]
`, 'session7b.yaml');
    expect(pair('Dorn said he backed sending migrants to Borduria.')).toEqual(['ruritania removals support']);
    expect(pair('Dorn said Borduria should refund the payments.')).toEqual(['ruritania refund support']);
  });

  it('reads a softening denied or negated as the demand standing ("denied reports that it had softened its demand for X")', () => {
    const text = 'Dorn denied reports that he had softened his demand for the Border Bill.';
    expect(law(text)).toEqual(['hardliners border-bill support']);
    expect(law('Dorn said he had not softened his demand for the Border Bill.')).toEqual(['hardliners border-bill support']);
    expect(law('Dorn softened his demand for the Border Bill.')).toEqual(['hardliners border-bill conditional']);
    expect(law('Dorn said he would not soften his opposition to the Border Bill.')).toEqual(['hardliners border-bill oppose']);
  });

  it('reads "a failure", "a gimmick" and "a distraction" said of the thing as opposition', () => {
    expect(law('Dorn said the Border Bill had been a failure from the start.')).toEqual(['hardliners border-bill oppose']);
    expect(law('Dorn called the Border Bill an expensive gimmick.')).toEqual(['hardliners border-bill oppose']);
    expect(law('Dorn said the Border Bill was a distraction from the real work.')).toEqual(['hardliners border-bill oppose']);
  });

  it('reads "X needed to be strengthened" and "X needs major amendments" as wanting X only once changed: conditional', () => {
    expect(law('Dorn said the Border Bill needed to be substantially strengthened.')).toEqual(['hardliners border-bill conditional']);
    expect(law('Dorn said the Border Bill needed major amendments.')).toEqual(['hardliners border-bill conditional']);
    expect(law('Dorn said the Border Bill had to be passed quickly.')).toEqual(['hardliners border-bill support']);
    // (not when changing is the proposition itself)
    const charter = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Dorn]}
issues:
  - id: charter-change
    name: Borduria changes its charter
    terms: [charter]
`, 'session7c.yaml');
    expect(charter('Dorn said the charter must be changed.')).toEqual(['ruritania charter-change support']);
  });

  it('counts a condition stated in the holder\'s next sentence as stated: the conditional is sure enough to move a position alone', () => {
    const lawReader = createStanceReader(parseWatchlist(`
actors:
  - {id: hardliners, name: Hardliners, aliases: [Dorn]}
issues:
  - id: border-bill
    name: Parliament passes the Border Bill
    terms: [Border Bill]
`, 'session7d.yaml'));
    const withCondition = lawReader.analyze({ text: 'Dorn said he was prepared to back the Border Bill. He said he would do so provided that the courts kept their powers.' });
    const bare = lawReader.analyze({ text: 'Dorn said he was prepared to discuss the Border Bill. He did not say when.' });
    expect(withCondition.map((cl) => cl.stance)).toEqual(['conditional']);
    expect(withCondition[0].confidence).toBeGreaterThanOrEqual(DEFAULT_SHIFT_SETTINGS.minConfidence);
    // (openness with no condition anywhere stays below the bar: it may as well restate support)
    expect(bare.map((cl) => cl.stance)).toEqual(['conditional']);
    expect(bare[0].confidence).toBeLessThan(DEFAULT_SHIFT_SETTINGS.minConfidence);
  });

  it('reads "X would go on / go ahead / proceed / be extended" said of the thing as wanting it to happen', () => {
    const truce = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Dorn]}
issues:
  - id: ceasefire
    name: A bilateral ceasefire holds
    terms: [ceasefire, truce]
  - id: registration
    name: Drivers switch to new licence plates
    terms: [re-registration, new plates]
`, 'session7e.yaml');
    expect(truce('Dorn said the re-registration would go on.')).toEqual(['ruritania registration support']);
    expect(truce('Dorn said the re-registration would proceed as planned.')).toEqual(['ruritania registration support']);
    expect(truce('Dorn said the ceasefire would be extended until October.')).toEqual(['ruritania ceasefire support']);
    expect(truce('Dorn said the ceasefire would not be extended.')).toEqual(['ruritania ceasefire oppose']);
    // (paying into it: "would not contribute to a new fund")
    const fund = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Dorn]}
issues:
  - id: fund
    name: Rich countries pay into a dedicated fund
    terms: [dedicated fund, plastics fund]
`, 'session7f.yaml');
    expect(fund('Dorn said Ruritania would not contribute to a new plastics fund.')).toEqual(['ruritania fund oppose']);
  });

  it('counts a spelled-out condition on a give-up verb ("would hand the recordings over only if ...") as an explicit stance', () => {
    const tapes = createStanceReader(parseWatchlist(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Dorn]}
issues:
  - id: recordings
    name: Ruritania hands the camera recordings over to the inspectors
    terms: [camera recordings, recordings]
`, 'session7g.yaml'));
    const [claim] = tapes.analyze({ text: 'Dorn said Ruritania would hand the recordings over only if sanctions were lifted.' });
    expect(claim.stance).toBe('conditional');
    expect(claim.confidence).toBeGreaterThanOrEqual(DEFAULT_SHIFT_SETTINGS.minConfidence);
    // (the give-up verb alone stays a weak cue)
    const [plain] = tapes.analyze({ text: 'Dorn said Ruritania would hand the recordings over.' });
    expect(plain.stance).toBe('support');
    expect(plain.confidence).toBeLessThan(claim.confidence);
  });

  it('reads every coordinated speaker ("Ruritania and Borduria said ...") as saying it in its own words', () => {
    const pair = createStanceReader(parseWatchlist(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania]}
  - {id: borduria, name: Borduria, aliases: [Borduria]}
  - {id: syldavia, name: Syldavia, aliases: [Syldavia]}
issues:
  - id: review
    name: The treaty includes a five-yearly review
    terms: [five-yearly review]
`, 'session7h.yaml'));
    const claims = pair.analyze({ text: 'Syldavia, Ruritania and Borduria said on Monday that the treaty should include a five-yearly review.' });
    expect(claims.map((cl) => `${cl.actor} ${cl.stance} ${cl.attributed}`).sort()).toEqual(['borduria support true', 'ruritania support true', 'syldavia support true']);
  });

  it('reads "the solidarity regulation" as the text of the issue its modifier names, not of the issue that owns "regulation"', () => {
    const pact = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania]}
issues:
  - id: solidarity
    name: Every member state takes part in mandatory solidarity with front-line states
    terms: [mandatory solidarity, relocation]
  - id: crisis-rules
    name: A crisis regulation lets states deviate from asylum rules in emergencies
    terms: [crisis regulation, force majeure]
`, 'session7i.yaml');
    expect(pact('Ruritania voted against the solidarity regulation.')).toEqual(['ruritania solidarity oppose']);
    expect(pact('Ruritania backed the crisis regulation.')).toEqual(['ruritania crisis-rules support']);
  });

  it('takes "the scheme" for the story\'s main issue when nothing just read names an issue and the main issue\'s own words say "scheme"', () => {
    const scheme = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Dorn]}
  - {id: opposition, name: Opposition, aliases: [Opposition Party, Kell]}
issues:
  - id: removals
    name: Ruritania sends asylum seekers to Borduria under the partnership
    terms: [Borduria scheme, asylum partnership, flights to Borduria]
  - id: refund
    name: Borduria refunds the payments
    terms: [refund]
`, 'session7j.yaml');
    const text = 'Talks on the partnership with Borduria ended on Friday. Diplomats said the text ran to ten pages.\n\n'
      + 'Kell called the scheme unworkable and unethical.';
    expect(scheme(text)).toContain('opposition removals oppose');
    // (not a word the main issue's own terms lack)
    expect(scheme(text.replace('the scheme unworkable', 'the weather unworkable'))).not.toContain('opposition removals oppose');
  });

  it('reads "the draft", "the document", "the resolution" as references back to the issue just named', () => {
    const censure = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania]}
issues:
  - id: censure
    name: The board censures Borduria
    terms: [censure resolution, censuring Borduria]
`, 'session7k.yaml');
    for (const ref of ['draft', 'document', 'resolution', 'memorandum', 'texts']) {
      expect(censure(`Three states tabled a censure resolution on Monday. Ruritania is backing the ${ref}, diplomats said.`), ref)
        .toEqual(['ruritania censure support']);
    }
  });

  it('takes a definite name noun of the story\'s single main issue ("the corridor") as that issue when nothing else names one', () => {
    const grain = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Dorn]}
issues:
  - id: corridor
    name: The grain corridor through the straits stays open
    terms: [grain corridor, grain deal]
  - id: fees
    name: Borduria waives port fees
    terms: [port fees]
`, 'session7l.yaml');
    const story = 'Ships used the grain corridor again on Monday. Exporters said cargo volumes were rising.\n\n';
    expect(grain(story + 'Dorn said the corridor should stay open.'))
      .toContain('ruritania corridor support');
    // (not an indefinite mention, and not when the story is about something else)
    expect(grain(story + 'Dorn said a corridor should stay open.'))
      .not.toContain('ruritania corridor support');
    expect(grain('Port fees dominated the talks on Monday. The fees have doubled since spring.\n\nDorn said the corridor should stay open.'))
      .not.toContain('ruritania corridor support');
  });

  it('reads "there was no evidence showing X was needed" as denying what is said of X', () => {
    expect(law('Dorn said there was "no evidence" showing the Border Bill was needed.')).toEqual(['hardliners border-bill oppose']);
    expect(law('Dorn said the Border Bill was needed.')).toEqual(['hardliners border-bill support']);
  });

  it('reads "X was a red line" as insisting on X, and "X crossed a red line" as refusing it', () => {
    expect(law('Dorn repeated that the Border Bill was a red line.')).toEqual(['hardliners border-bill support']);
    expect(law('Dorn said the Border Bill crossed a red line.')).toEqual(['hardliners border-bill oppose']);
  });

  it('reads "called on X to reconsider Y" as wanting Y dropped', () => {
    expect(law('Dorn called on parliament to reconsider the Border Bill.')).toEqual(['hardliners border-bill oppose']);
    expect(law('Dorn said parliament would not rethink the Border Bill.')).toEqual(['hardliners border-bill support']);
  });

  it('reads "but only with X" as a condition, not "deal only with X"', () => {
    expect(law('Dorn said he could accept the Border Bill, but only with a sunset clause.')).toEqual(['hardliners border-bill conditional']);
    expect(law('Dorn said he could vote for the Border Bill only with the amendments.')).toEqual(['hardliners border-bill conditional']);
    expect(law('Dorn said the Border Bill would deal only with asylum claims, and backed it.')).toEqual(['hardliners border-bill support']);
  });

  it('resolves "the union", "the guild" to the actor named last whose name ends in that noun, not to the nearest actor', () => {
    const strike = readerOf(`
actors:
  - {id: writers, name: Writers Guild of America (the writers' union), aliases: [Writers Guild, WGA]}
  - {id: actors, name: Screen Actors Guild, aliases: [SAG-AFTRA, actors' union]}
  - {id: studios, name: Studio alliance, aliases: [the studios, AMPTP]}
issues:
  - id: staffing
    name: Studios guarantee a minimum number of writers in writers' rooms
    terms: [minimum staffing]
`, 'session7m.yaml');
    // (the studios are the nearest actor; the union that speaks is the one named before)
    expect(strike('The Writers Guild met the AMPTP on Monday.\n\nThe union told members that the studios must guarantee minimum staffing.'))
      .toEqual(['writers staffing support']);
    expect(strike('SAG-AFTRA met the AMPTP on Monday.\n\nThe guild told members that the studios must guarantee minimum staffing.'))
      .toEqual(['actors staffing support']);
    // (its own bodies speak for it: "its members", "its negotiating committee")
    expect(strike('The Writers Guild rejected the offer.\n\nIts members would keep pressing for minimum staffing, it said.'))
      .toEqual(['writers staffing support']);
    expect(strike('The Writers Guild rejected the offer.\n\nIts negotiating committee said the studios still had to agree to minimum staffing.'))
      .toEqual(['writers staffing support']);
    // (no owner named yet, and two unions tracked: no one)
    expect(strike('The union told members that the studios must guarantee minimum staffing.')).toEqual(['studios staffing support']);
    const oneUnion = readerOf(`
actors:
  - {id: writers, name: Writers Guild of America (the writers' union), aliases: [Writers Guild, WGA]}
  - {id: studios, name: Studio alliance, aliases: [the studios, AMPTP]}
issues:
  - id: staffing
    name: Studios guarantee a minimum number of writers in writers' rooms
    terms: [minimum staffing]
`, 'session7m2.yaml');
    // (but with one union tracked, "the union" is that union before it is named: session 10 measured this fallback)
    expect(oneUnion('The union told members that the studios must guarantee minimum staffing.')).toEqual(['writers staffing support']);
  });

  it('prefers a longer alias after "the" to a "the ..." alias that would cut it short ("The Alliance of Motion Picture ...")', () => {
    const studios = readerOf(`
actors:
  - {id: studios, name: Studio alliance, aliases: [Alliance of Motion Picture and Television Producers, the alliance]}
issues:
  - id: ai-limits
    name: Studios agree that AI cannot write scripts
    terms: [artificial intelligence]
`, 'session7n.yaml');
    expect(studios('The Alliance of Motion Picture and Television Producers rejected limits on artificial intelligence.')).toEqual(['studios ai-limits oppose']);
    expect(studios('The alliance rejected limits on artificial intelligence.')).toEqual(['studios ai-limits oppose']);
  });

  it('reads "would press ahead with X" and "X was lawful" as support', () => {
    expect(law('Dorn said parliament would press ahead with the Border Bill.')).toEqual(['hardliners border-bill support']);
    expect(law('Dorn said the Border Bill was lawful.')).toEqual(['hardliners border-bill support']);
    expect(law('Dorn said the Border Bill was unlawful.')).toEqual(['hardliners border-bill oppose']);
  });
});

/** Two countries and a levy the council gives up: read by the session-8 and session-9 tests. */
const levyWatchlist = `
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Dorn]}
  - {id: borduria, name: Borduria, aliases: [Borduria, Vlad]}
issues:
  - id: drop-levy
    name: The council drops its proposed levy on foreign trawlers
    terms: [trawler levy, levy on trawlers]
`;

describe('createStanceReader: session 8 phenomena', () => {
  const levy = readerOf(levyWatchlist, 'session8a.yaml');

  it('reads "X must go" as wanting X removed, but not "must go further" or "must go on"', () => {
    expect(levy('Dorn said the trawler levy must go.')).toEqual(['ruritania drop-levy support']);
    expect(levy('Dorn said the trawler levy has to go, because it would only move the catch to other fleets.')).toEqual(['ruritania drop-levy support']);
    // (without the removal, "must" wants the levy kept)
    expect(levy('Dorn said the trawler levy must stay.')).toEqual(['ruritania drop-levy oppose']);
    expect(levy('Dorn said the talks on the trawler levy must go on.')).not.toContain('ruritania drop-levy support');
  });
  it('reads a demand noun referring to an issue that gives up a demand as the demand itself ("the union\'s proposal ... could not accept the proposal")', () => {
    const demands = readerOf(`
actors:
  - {id: union, name: Dockers union, aliases: [the dockers]}
  - {id: port, name: Port authority, aliases: [port authority, Halvorsen]}
issues:
  - id: union-drops-bonus
    name: The dockers drop their demand for a night-shift bonus
    terms: [night-shift bonus]
`, 'session8b.yaml');
    expect(demands('The dockers\' proposal for a night-shift bonus reached the port authority on Monday. Halvorsen said the port authority could not accept the proposal.'))
      .toContain('port union-drops-bonus support');
    // (a position just read still says whose demand is meant: "rejected the demand" of the other side)
    expect(demands('The port authority demanded that the dockers drop their night-shift bonus. The dockers rejected the demand.'))
      .toEqual(['port union-drops-bonus support', 'union union-drops-bonus oppose']);
  });

  it('takes "the three countries" as the tracked members of a list of three names just before', () => {
    expect(levy('Ruritania, Borduria and Syldavia raised concerns on Monday. The three countries want the trawler levy removed.'))
      .toEqual(['borduria drop-levy support', 'ruritania drop-levy support']);
    expect(levy('Ruritania, Elbonia and Syldavia raised concerns on Monday. The three countries want the trawler levy removed.'))
      .toEqual(['ruritania drop-levy support']);
    // ("They" opening the next sentence speaks for each tracked name of the list)
    expect(levy('Ruritania, Borduria and Syldavia issued a joint statement on Monday. They want the trawler levy removed.'))
      .toEqual(['borduria drop-levy support', 'ruritania drop-levy support']);
    // (a list of another length is not the group)
    expect(levy('Ruritania, Elbonia, Syldavia and Lugash raised concerns on Monday. The three countries want the trawler levy removed.'))
      .toEqual([]);
  });
  it('reads a reference noun with its own complement as naming something new, not as a reference back ("the request to bring in a mediator")', () => {
    const talks = readerOf(`
actors:
  - {id: union, name: Dockers union, aliases: [the dockers]}
issues:
  - id: extension
    name: The dockers' contract is extended while talks continue
    terms: [contract extension]
`, 'session8c.yaml');
    const before = 'The port asked on Monday for a contract extension. ';
    expect(talks(`${before}The dockers agreed to the request.`)).toEqual(['union extension support']);
    expect(talks(`${before}The dockers agreed to the request to bring in a federal mediator.`)).toEqual([]);
    expect(talks(`${before}The dockers agreed to the request for a federal mediator.`)).toEqual([]);
    // (a time adjunct is no complement)
    expect(talks(`${before}The dockers agreed to the request for now.`)).toEqual(['union extension support']);
    expect(talks(`${before}The dockers agreed to the request for a week.`)).toEqual(['union extension support']);
  });

  it('reads a text noun referring to an issue that gives up a text as that text ("called on London to abandon the plan" for "drops the bill")', () => {
    const bill = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Dorn]}
  - {id: borduria, name: Borduria, aliases: [Borduria, Vlad]}
issues:
  - id: drop-bill
    name: Ruritania abandons the Fisheries Override Bill
    terms: [Fisheries Override Bill]
`, 'session8d.yaml');
    const before = 'Ruritania published the Fisheries Override Bill on Monday. ';
    expect(bill(`${before}Vlad called on Dorn to abandon the plan.`)).toEqual(['borduria drop-bill support']);
    expect(bill(`${before}Vlad said Borduria rejected the bill.`)).toEqual(['borduria drop-bill support']);
    expect(bill(`${before}Dorn said the legislation must not be ditched.`)).toEqual(['ruritania drop-bill oppose']);
  });
  const fees = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Dorn]}
  - {id: borduria, name: Borduria, aliases: [Borduria, Vlad]}
issues:
  - id: drop-fees
    name: All fees on goods moving from Borduria to Ruritania are removed
    terms: [harbour fees]
  - id: drop-levy
    name: The council drops its proposed levy on foreign trawlers
    terms: [trawler levy]
`, 'session8e.yaml');

  it('reads a passive give-up name after a reduced relative ("All fees on goods moving from ... are removed") as giving up its subject', () => {
    expect(fees('Vlad insisted that some harbour fees must stay.')).toEqual(['borduria drop-fees oppose']);
    expect(fees('Dorn said the harbour fees must go.')).toEqual(['ruritania drop-fees support']);
    // (the words before the passive verb are the thing, not who gives it up)
    expect(fees('Vlad insisted that all fees on goods must stay.')).toEqual(['borduria drop-fees oppose']);
  });

  it('reads "without X\'s agreement" as doing it unilaterally, not as giving something up', () => {
    expect(fees('Dorn said Ruritania would keep the trawler levy without Borduria\'s agreement.')).toEqual(['ruritania drop-levy oppose']);
    expect(fees('Dorn said Ruritania would impose the trawler levy without the consent of Borduria.')).not.toContain('ruritania drop-levy support');
    expect(fees('Dorn will bring forward the trawler levy without Borduria\'s agreement, Vlad said.')).not.toContain('ruritania drop-levy support');
    // ("would not ... without X's agreement" still makes the agreement a condition)
    expect(fees('Dorn said Ruritania would not drop the trawler levy without Borduria\'s agreement.')).toEqual(['ruritania drop-levy conditional']);
    // (and when the agreement is the issue itself, it is wanted: "would not go back to work without consent")
    const cranes = readerOf(`
actors:
  - {id: union, name: Dockers union, aliases: [the dockers, Holm]}
issues:
  - id: consent
    name: The port needs the dockers' consent for automated cranes
    terms: [consent]
`, 'session8q.yaml');
    expect(cranes('Holm said the dockers would not go back to work without consent for automated cranes.')).toEqual(['union consent support']);
    // (without the levy itself is still a giving-up)
    expect(fees('Dorn said Ruritania could live without the trawler levy.')).not.toContain('ruritania drop-levy oppose');
  });
  const war = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Dorn]}
  - {id: borduria, name: Borduria, aliases: [Borduria, Vlad], demonyms: [Bordurian]}
issues:
  - id: troops-leave
    name: Bordurian troops withdraw from Ruritania
    terms: [Bordurian troops]
  - id: talks
    name: Both sides settle the war through peace talks
    terms: [peace talks]
  - id: drop-levy
    name: The council drops its proposed levy on foreign trawlers
    terms: [trawler levy]
`, 'session8f.yaml');

  it('matches a seed ending in a word for troops by its synonyms ("Borduria\'s army", "the Bordurian soldiers")', () => {
    expect(war('Dorn said Borduria\'s army must leave.')).toEqual(['ruritania troops-leave support']);
    expect(war('Dorn said the Bordurian soldiers must leave at once.')).toEqual(['ruritania troops-leave support']);
  });

  it('reads "only as X did Y" as a condition, but not "only as a last resort"', () => {
    expect(war('Dorn said Ruritania would drop the trawler levy only as Borduria withdrew its boats.')).toEqual(['ruritania drop-levy conditional']);
    expect(war('Dorn said Ruritania would drop the trawler levy only as a last resort.')).not.toContain('ruritania drop-levy support');
    expect(war('Dorn said Ruritania backed the trawler levy only as a bargaining chip.')).toEqual(['ruritania drop-levy oppose']);
  });
  it('reads "keep X under review" as no commitment, "take X back" as giving it up and "concluded that" by its clause', () => {
    expect(war('Dorn said Ruritania would keep the trawler levy under review.')).toEqual([]);
    expect(war('Dorn said Ruritania would keep the trawler levy.')).toEqual(['ruritania drop-levy oppose']);
    expect(war('Dorn said Ruritania was taking back the trawler levy.')).toEqual(['ruritania drop-levy support']);
    expect(war('Dorn said Ruritania had concluded that the trawler levy could not continue.')).toEqual(['ruritania drop-levy support']);
  });
  it('finds a headline-style give-up verb tagged as a noun ("The union drops Bob Vance as ... and fields a substitute")', () => {
    const port = readerOf(`
actors:
  - {id: union, name: Dockers union, aliases: [the union, Holm]}
  - {id: board, name: Port board, aliases: [the board, Strand]}
issues:
  - id: drop-vance
    name: The union drops Bob Vance as its candidate and fields a substitute
    terms: [Vance candidacy]
  - id: disarm
    name: The militia gives up its heavy weapons
    terms: [heavy weapons, Harbour agreement]
`, 'session8g.yaml');
    expect(port('Strand said the Vance candidacy must go.')).toEqual(['board drop-vance support']);
    expect(port('Strand said the militia must keep its heavy weapons.')).toEqual(['board disarm oppose']);
  });
  it('reads a name word before a word for talks as the talks\' topic ("contract talks"), and a commitment received as someone else\'s', () => {
    const dock = readerOf(`
actors:
  - {id: union, name: Dockers union, aliases: [the dockers, Holm]}
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Dorn]}
issues:
  - id: extension
    name: The dockers' contract is extended while talks continue
    terms: [contract extension]
  - id: gas-ban
    name: The council bans imports of Bordurian gas
    terms: [gas ban]
`, 'session8h.yaml');
    expect(dock('The dockers agreed to join the final day of contract talks, but said they would not extend the contract again.')).toEqual(['union extension oppose']);
    expect(dock('Dorn said Ruritania had received guarantees that it could import gas by sea if the pipeline failed.')).toEqual([]);
  });
  it('reads a company changing hands by the synonyms of the seed\'s head ("purchase of Zork Games", "buy Zork Games", "the takeover of Zork") and not an apposition describing a name', () => {
    const merger = readerOf(`
actors:
  - {id: acme, name: Acme Corp, aliases: [Acme]}
  - {id: zork, name: Zork Games, aliases: [Zork Games, Zork]}
  - {id: board, name: Trade Board, aliases: [Trade Board]}
issues:
  - id: deal-cleared
    name: Acme's acquisition of Zork Games is cleared to go ahead
    terms: [Zork acquisition]
  - id: saga-deals
    name: Rival console makers sign deals to keep Quest Saga on their platforms
    terms: [Quest Saga]
`, 'session8j.yaml');
    expect(merger('The Trade Board sued to block Acme\'s purchase of Zork Games.')).toEqual(['board deal-cleared oppose']);
    expect(merger('Acme agreed to buy Zork Games, the publisher of Quest Saga, for $5 billion.')).toEqual(['acme deal-cleared support']);
    expect(merger('Acme said it remained committed to the takeover of Zork.')).toEqual(['acme deal-cleared support']);
    // (Quest Saga itself is still read where it is the object)
    expect(merger('Acme said it would keep Quest Saga on rival consoles.')).toEqual(['acme saga-deals support']);
  });
  it('reads a later conjunct with its own finite verb as the act on the issue, and another percentage as not the issue\'s', () => {
    const pay = readerOf(`
actors:
  - {id: union, name: Dockers union, aliases: [the union, Holm]}
  - {id: carmaker, name: Carmaker, aliases: [the carmaker, Ostrava Motors]}
issues:
  - id: raise
    name: The carmaker grants a 40% pay rise
    terms: [40% raise, 40 percent, pay rise]
  - id: end-tiers
    name: The carmaker ends wage tiers
    terms: [wage tiers]
`, 'session8k.yaml');
    expect(pay('Ostrava Motors said it had reached the limit of what it could pay without hurting its plans and again rejected the union\'s 40 percent demand.'))
      .toEqual(['carmaker raise oppose']);
    // (a bare verb sharing the first one's "to" is no new conjunct)
    expect(pay('Ostrava Motors refused to sign and ratify the 40 percent raise.')).toEqual(['carmaker raise oppose']);
    expect(pay('Ostrava Motors said it had offered a 20 percent raise.')).toEqual([]);
    expect(pay('Ostrava Motors said it would grant a 20 percent pay rise.')).toEqual([]);
    expect(pay('Ostrava Motors said it had offered a 40 percent raise.')).toEqual(['carmaker raise support']);
  });
  it('reads "gives up control of X" as giving X up, not as lifting a restriction on X', () => {
    const pass = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Dorn], demonyms: [Ruritanian]}
  - {id: borduria, name: Borduria, aliases: [Borduria, Vlad]}
issues:
  - id: kesh
    name: Ruritania gives up control of the Kesh pass
    terms: [Kesh pass, Kesh crossing]
`, 'session8l.yaml');
    expect(pass('Vlad said Borduria rejected any Ruritanian presence at the Kesh pass.')).toEqual(['borduria kesh support']);
    expect(pass('Dorn said Ruritania would keep its troops along the Kesh pass.')).toEqual(['ruritania kesh oppose']);
  });
  it('matches a seed ending in a word for a text by "plan" and "proposal" too ("ceasefire deal", "the ceasefire plan")', () => {
    const truce = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Dorn]}
  - {id: borduria, name: Borduria, aliases: [Borduria, Vlad]}
issues:
  - id: truce
    name: Ruritania and Borduria conclude the ceasefire deal
    terms: [ceasefire deal]
`, 'session8m.yaml');
    expect(truce('Vlad urged Dorn to accept the ceasefire plan as written.')).toEqual(['borduria truce support']);
    expect(truce('Dorn rejected the ceasefire proposal.')).toEqual(['ruritania truce oppose']);
    // (one way only: a seed ending in "plan" does not match "agreement")
    // ("climate agreement" is no variant of the seed "climate plan"; at most the name word "climate" is read)
    const pledges = createStanceReader(parseWatchlist(`
actors:
  - {id: borduria, name: Borduria, aliases: [Borduria, Vlad]}
issues:
  - id: plans
    name: Every country files a national climate plan
    terms: [climate plan]
`, 'session8r.yaml'));
    const phrases = (text: string): (string | undefined)[] => pledges.analyze({ text }, { explain: true }).map((cl) => cl.explain?.issuePhrase);
    expect(phrases('Vlad said Borduria rejected the climate agreement.')).not.toContain('climate agreement');
    expect(phrases('Vlad said Borduria rejected the climate plan.')).toEqual(['climate plan']);
  });
  it('reads "proposed changes to X" as conditional and a threat "would quit the government if X" as opposing X', () => {
    const coalition = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Dorn]}
  - {id: hardliners, name: Hardliners, aliases: [Krast]}
issues:
  - id: truce
    name: Ruritania and Borduria conclude the ceasefire deal
    terms: [ceasefire deal]
`, 'session8n.yaml');
    expect(coalition('Dorn said Ruritania had proposed numerous changes to the ceasefire deal.')).toEqual(['ruritania truce conditional']);
    expect(coalition('Krast said his party would quit the government if the ceasefire deal went ahead.')).toEqual(['hardliners truce oppose']);
    // (an offer on a condition stays a condition)
    expect(coalition('Krast said his party would back the ceasefire deal if the prisoners came home.')).toEqual(['hardliners truce conditional']);
  });
  it('reads an issue phrase inside a clause set off by commas (", which built their economies on the trawler levy,") as description', () => {
    expect(levy('Dorn said rich fleets, which built their fortunes on the trawler levy, had to take the lead.')).toEqual([]);
    // (the holder's own cue outside such a clause still reads the phrase after it)
    expect(levy('Dorn, who spoke in the capital, said the trawler levy must go.')).toEqual(['ruritania drop-levy support']);
  });
  it('never takes an actor named inside the issue phrase as its holder ("to halt Microsoft\'s purchase of Activision Blizzard")', async () => {
    const { readFileSync } = await import('node:fs');
    const path = 'eval/microsoft-activision-2023/watchlist.yaml';
    const merger = createStanceReader(parseWatchlist(readFileSync(path, 'utf8'), path));
    const text = 'A lawyer for the Federal Trade Commission urged an appeals court on Wednesday to overturn a refusal to halt '
      + 'Microsoft\'s purchase of Activision Blizzard, arguing that the lower court had erred.';
    expect(tuples(merger.analyze({ text })).filter((t) => t.startsWith('activision '))).toEqual([]);
    // (the actor as the subject of its own clause still speaks)
    expect(tuples(merger.analyze({ text: 'Activision said it backed the purchase of Activision Blizzard.' }))).toEqual(['activision deal-cleared support']);
  });
  it('reads a stance noun owned by another actor ("the union\'s demand") as no stance of the holder\'s, and what a thing would cost as opposing it', () => {
    const wage = readerOf(`
actors:
  - {id: union, name: Dockers union (the union), aliases: [Dockers union, Holm]}
  - {id: carmaker, name: Carmaker, aliases: [Ostrava Motors]}
issues:
  - id: raise
    name: The carmaker grants a 40% pay rise
    terms: [40% raise, 40 percent, pay rise]
`, 'session8o.yaml');
    expect(wage('Ostrava Motors said the Dockers union\'s 40 percent demand would make the company uncompetitive.')).toEqual(['carmaker raise oppose']);
    expect(wage('Ostrava Motors said the Dockers union\'s 40 percent demand would put the company\'s future at risk.')).toEqual([]);
    expect(wage('Ostrava Motors said the 40 percent raise was unaffordable.')).toEqual(['carmaker raise oppose']);
    // (the holder's own demand is still its stance)
    expect(wage('Holm said the Dockers union\'s demand for a 40 percent raise stood.')).toEqual(['union raise support']);
  });
});









describe('createStanceReader: session 9 phenomena', () => {
  const bakery = readerOf(`
actors:
  - {id: bakers, name: Bakers' union, aliases: [bakers' union, Odile Marsh, Marsh]}
  - {id: crumb, name: Crumb and Sons, aliases: [Crumb and Sons, Crumb, Ivo Pell, Pell]}
  - {id: loafco, name: Loafco, aliases: [Loafco, Dana Reyes, Reyes]}
  - {id: ministry, name: Ministry of Labour, aliases: [labour ministry, Tomas Greer, Greer]}
  - {id: lind, name: Ada Lind, aliases: [Ada Lind, Lind]}
  - {id: pair, name: France and Germany, aliases: [Franco-German pair]}
issues:
  - id: night-premium
    name: The bakeries pay a night-shift premium
    terms: [night-shift premium, night premium]
`, 'session9a.yaml');

  it('takes "the company" for the tracked company named last, never for a union, a ministry or a person', () => {
    expect(bakery('Crumb and Sons made its offer on Monday. The company said a night-shift premium was unaffordable.'))
      .toEqual(['crumb night-premium oppose']);
    // (the company named last, not the union that spoke in between)
    expect(bakery('Loafco made its offer on Monday. Marsh called the offer an insult. The company said a night-shift premium was unaffordable.'))
      .toEqual(['loafco night-premium oppose']);
    // (no company named yet: the union and the ministry are no company)
    expect(bakery('Marsh met Greer on Monday. The company said a night-shift premium was unaffordable.')).toEqual([]);
    // (nor is a person: a two-word name whose last word is an alias of its own)
    expect(bakery('Lind spoke to bakers on Monday. The company said a night-shift premium was unaffordable.')).toEqual([]);
    // (nor a pair of countries)
    expect(bakery('The Franco-German pair spoke to bakers on Monday. The company said a night-shift premium was unaffordable.')).toEqual([]);
  });
  it('reads "not affordable" as the opposite of "affordable"', () => {
    expect(bakery('Pell said a night-shift premium was not affordable.')).toEqual(['crumb night-premium oppose']);
    expect(bakery('Marsh said a night-shift premium was affordable for every bakery.')).toEqual(['bakers night-premium support']);
  });
  it('reads "requests from X and Y for Z" as each agent\'s own request, apart from the verb that turns it down', () => {
    const rail = readerOf(`
actors:
  - {id: north-rail, name: Northline, aliases: [Northline]}
  - {id: east-rail, name: Eastway, aliases: [Eastway]}
  - {id: ministry, name: Ministry of Transport, aliases: [transport minister, Ilse Varga, Varga]}
issues:
  - id: mediation
    name: The dispute goes to binding mediation
    terms: [binding mediation, mediation]
`, 'session9b.yaml');
    expect(rail('Varga rejected requests from Northline for binding mediation.'))
      .toEqual(['ministry mediation oppose', 'north-rail mediation support']);
    // (every agent of the noun, not only the first)
    expect(rail('Varga turned down requests from Northline and Eastway that the dispute go to binding mediation.'))
      .toEqual(['east-rail mediation support', 'ministry mediation oppose', 'north-rail mediation support']);
    // (a negated noun keeps its negation)
    expect(rail('There was no support from Northline for binding mediation.')).toEqual(['north-rail mediation oppose']);
  });
  it('reads "turn down" as rejecting', () => {
    expect(bakery('Crumb and Sons turned down a night-shift premium.')).toEqual(['crumb night-premium oppose']);
    // (the union whose call it was is the only tracked union: its call is its position, reported by Reyes)
    expect(bakery('Reyes said Loafco had turned down the union\'s call for a night-shift premium.'))
      .toEqual(['bakers night-premium support', 'loafco night-premium oppose']);
  });
  it('reads a phrasal give-up verb in an issue\'s name ("call off") as giving the thing up, but not "calls for"', () => {
    const lockout = readerOf(`
actors:
  - {id: north-rail, name: Northline, aliases: [Northline]}
  - {id: crews, name: Crews' union, aliases: [crews' union, Ada Holm, Holm]}
issues:
  - id: call-off-lockout
    name: Northline and Eastway call off their lockout of station staff
    terms: [lockout, lock out]
  - id: premium
    name: The crews' union calls for a night-shift premium
    terms: [night-shift premium]
`, 'session9c.yaml');
    expect(lockout('Northline said on Friday it had ended its lockout.')).toEqual(['north-rail call-off-lockout support']);
    expect(lockout('Northline refused to end its lockout.')).toEqual(['north-rail call-off-lockout oppose']);
    expect(lockout('Holm said a night-shift premium was essential.')).toEqual(['crews premium support']);
  });
  it('keeps a subject list going through a name with its article ("Ruritania, Elbonia, the Netherlands and Syldavia want ...") and through six names', () => {
    const levy = readerOf(levyWatchlist, 'session9d.yaml');
    expect(levy('Ruritania, Elbonia, the Netherlands and Syldavia want the trawler levy removed.')).toEqual(['ruritania drop-levy support']);
    expect(levy('Ruritania, Elbonia, the Netherlands, Syldavia, Carpania and Borduria want the trawler levy removed.'))
      .toEqual(['borduria drop-levy support', 'ruritania drop-levy support']);
  });
  it('reads "compatible with" as support, so "not compatible with" opposes, and "arbitrary", "no intention of" as opposing', () => {
    expect(bakery('Greer said a night-shift premium was not compatible with the ministry\'s budget rules.')).toEqual(['ministry night-premium oppose']);
    expect(bakery('Greer said a night-shift premium was compatible with the budget rules.')).toEqual(['ministry night-premium support']);
    expect(bakery('Pell said the demand for a night-shift premium was arbitrary.')).toEqual(['crumb night-premium oppose']);
    expect(bakery('Reyes said Loafco had no intention of paying a night-shift premium.')).toEqual(['loafco night-premium oppose']);
  });
  it('reads no position into a fronted clause of time ("A week after X said ..., ..."), even with a dateline', () => {
    const levy = readerOf(levyWatchlist, 'session9e.yaml');
    expect(levy('A week after Ruritania said it wanted the trawler levy removed, the council had still not met.')).toEqual([]);
    expect(levy('OSLO, May 2 (Wire) - A week after Ruritania said it wanted the trawler levy removed, the council had still not met.')).toEqual([]);
    // (the main clause still speaks: "After the talks, Ruritania said ...")
    expect(levy('After the talks in Oslo, Ruritania said it wanted the trawler levy removed.')).toEqual(['ruritania drop-levy support']);
    expect(levy('After the meeting Ruritania said the trawler levy must go, adding that the council should act.')).toEqual(['ruritania drop-levy support']);
  });
  it('reads a modal right after an issue phrase that is also a stance word as the predicate ("the system of guarantees had to go")', () => {
    const guarantees = readerOf(`
actors:
  - {id: ruritania, name: Ruritania, aliases: [Ruritania, Dorn]}
issues:
  - id: abolish-guarantees
    name: The old guarantees of the 1920 treaty are abolished
    terms: [guarantees, treaty of guarantee]
`, 'session9f.yaml');
    expect(guarantees('Dorn said the system of guarantees had to go.')).toEqual(['ruritania abolish-guarantees support']);
    expect(guarantees('Dorn said the guarantees must stay.')).toEqual(['ruritania abolish-guarantees oppose']);
  });
});

describe('createStanceReader: session 10 phenomena', () => {
  const port = readerOf(`
actors:
  - {id: greens, name: Green Party, aliases: [Green Party, Mara Voss, Voss]}
  - {id: cabinet, name: Cabinet of Norland, aliases: [Norland cabinet, Piet Aral, Aral]}
  - {id: dockers, name: Dockers' Federation (dock workers' union), aliases: [Dockers' Federation, Ruud Kaan, Kaan]}
  - {id: shippers, name: Shippers' Council, aliases: [Shippers' Council, Lena Ost, Ost]}
issues:
  - id: freeze-reform
    name: The cabinet freezes the court reform bills for talks
    terms: [pause the reform, freeze the reform, delay]
  - id: crane-ban
    name: The port agreement bans automated cranes
    terms: [automated cranes, automation]
  - id: wage-demand
    name: The union drops its demand for a 40 percent raise
    terms: [40 percent, raise]
  - id: end-strike
    name: The dockers call off their strike
    terms: [strike, walkout]
`, 'session10a.yaml');

  it('reads "pause" and "slow down" as giving the thing up', () => {
    expect(port('Voss called on the cabinet to pause the reform.')).toEqual(['greens freeze-reform support']);
    expect(port('Voss urged the cabinet to slow down the court reform.')).toEqual(['greens freeze-reform support']);
    expect(port('Aral said the cabinet would not pause the reform.')).toEqual(['cabinet freeze-reform oppose']);
  });
  it('reads a one-word seed that is itself a deferral ("delay") as the proposition, not as the thing given up', () => {
    expect(port('Voss called for a delay.')).toEqual(['greens freeze-reform support']);
    expect(port('Aral said he would not accept any delay.')).toEqual(['cabinet freeze-reform oppose']);
  });
  it('reads "a halt to", "a freeze on" as giving up what follows', () => {
    expect(port('Voss called for a halt to the court reform.')).toEqual(['greens freeze-reform support']);
    expect(port('Voss demanded a freeze on the court reform.')).toEqual(['greens freeze-reform support']);
  });
  it('takes "the union" before any union is named for the only tracked actor it can stand for', () => {
    expect(port('Ost said the union\'s demand for a 40 percent raise was unrealistic.'))
      .toEqual(['dockers wage-demand oppose', 'shippers wage-demand support']);
  });
  it('reads a ban in an issue\'s name as giving up its object, and a ban in the text as giving up what it bans', () => {
    expect(port('Kaan demanded a total ban on automation.')).toEqual(['dockers crane-ban support']);
    expect(port('Kaan said the dockers would never accept automated cranes.')).toEqual(['dockers crane-ban support']);
    expect(port('Ost said automation was vital to keep the ports competitive.')).toEqual(['shippers crane-ban oppose']);
    expect(port('Ost rejected a ban on automated cranes.')).toEqual(['shippers crane-ban oppose']);
    expect(port('Kaan wants automated cranes banned outright.')).toEqual(['dockers crane-ban support']);
    const bans = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Ada Berg, Berg]}
issues:
  - id: burning-ban
    name: Norland bans flag burnings at protests
    terms: [flag burnings, public order law]
  - id: account-ban
    name: Norland bans foreign bank accounts
    terms: [foreign bank accounts]
`, 'session10e.yaml');
    // (a term naming the measure that carries the ban states the proposition)
    expect(bans('Berg backed the public order law.')).toEqual(['sudland burning-ban support']);
    // (a word that only starts like a ban word, "bank", is part of the thing banned)
    expect(bans('Berg defended foreign bank accounts.')).toEqual(['sudland account-ban oppose']);
  });
  it('reads "it" or "them" right after a give-up verb as the thing given up ("urged the dockers to end it")', () => {
    expect(port('Aral said the strike was hurting trade and urged the dockers to end it.')).toEqual(['cabinet end-strike support']);
    expect(port('Aral said the strikes were hurting trade and called on the federation to end them.')).toEqual(['cabinet end-strike support']);
  });
  it('reads "unreasonable", "excessive", "reckless" as opposing', () => {
    expect(port('Ost said a 40 percent raise was unreasonable.')).toEqual(['shippers wage-demand support']);
    expect(port('Aral called the court reform reckless.')).toEqual(['cabinet freeze-reform support']);
  });
  it('reads praise and scorn said of a thing ("a victory for", "good news", "a good start", "legitimate"; "a surrender", "blackmail")', () => {
    const pact = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Ada Berg, Berg]}
issues:
  - id: river-pact
    name: Norland and Sudland sign the river pact
    terms: [river pact]
`, 'session10c.yaml');
    expect(pact('Aral called the river pact a victory for both peoples.')).toEqual(['norland river-pact support']);
    expect(pact('Aral said the river pact was good news for farmers.')).toEqual(['norland river-pact support']);
    expect(pact('Berg called the river pact a good start.')).toEqual(['sudland river-pact support']);
    expect(pact('Berg said the river pact was legitimate.')).toEqual(['sudland river-pact support']);
    expect(pact('Berg called the river pact a surrender.')).toEqual(['sudland river-pact oppose']);
    expect(pact('Berg called the river pact blackmail.')).toEqual(['sudland river-pact oppose']);
    expect(pact('Berg said the river pact was too costly.')).toEqual(['sudland river-pact oppose']);
    expect(pact('Aral said the river pact was the right thing to do.')).toEqual(['norland river-pact support']);
  });
  it('reads "it" as a subject ("Norland said it would keep working ...") as the speaker, not a reference back to an issue', () => {
    const pact = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Ada Berg, Berg]}
issues:
  - id: river-pact
    name: Norland and Sudland sign the river pact
    terms: [river pact]
`, 'session10d.yaml');
    expect(pact('Sudland rejected the river pact on Monday. Norland said it would keep working with its neighbours.')).toEqual(['sudland river-pact oppose']);
    // (the object after the subject is still a reference: "said it would sign the pact")
    expect(pact('Sudland rejected the river pact on Monday. Norland said it would sign the pact.')).toEqual(['norland river-pact support', 'sudland river-pact oppose']);
    expect(pact('Sudland rejected the river pact on Monday. Norland said it still backed it.')).toEqual(['norland river-pact support', 'sudland river-pact oppose']);
  });
  it('reads "fight" with an object as opposing, "cancel" and "revisit" as giving the thing up', () => {
    expect(port('Voss said the Green Party would fight the court reform.')).toEqual(['greens freeze-reform support']);
    expect(port('Voss said the Green Party would fight for the court reform.')).toEqual(['greens freeze-reform oppose']);
    expect(port('Aral urged the federation to cancel the strike.')).toEqual(['cabinet end-strike support']);
    expect(port('Aral said the cabinet would not revisit the court reform.')).toEqual(['cabinet freeze-reform oppose']);
  });
});

describe('createStanceReader: session 11 phenomena', () => {
  const pact = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Ada Berg, Berg]}
  - {id: farmers, name: Farmers' league, aliases: [Farmers' League, Ivo Sand, Sand]}
issues:
  - id: river-pact
    name: Norland and Sudland sign the river pact
    terms: [river pact]
`, 'session11a.yaml');
  it('reads "them" after "urged", "asked", "called on" and before "to" as the people asked, not a reference back', () => {
    expect(pact('Sudland rejected the river pact. Sand wrote to the ministers, urging them to think of farmers first.')).toEqual(['sudland river-pact oppose']);
    expect(pact('Sudland rejected the river pact. Sand wrote to the ministers and asked them not to give up on farmers.')).toEqual(['sudland river-pact oppose']);
    // (after a verb that does not direct people, "them" still refers back: "ready to sign them")
    expect(pact('Sudland rejected the river pact texts. Sand said the league was ready to sign them.')).toEqual(['farmers river-pact support', 'sudland river-pact oppose']);
  });
  it('does not read "the announcement" as a reference back to the issue just named', () => {
    expect(pact('Sudland rejected the river pact on Monday. The Farmers\' League hailed the announcement.')).toEqual(['sudland river-pact oppose']);
  });
  it('reads "the deal", when several issues just read say "deal", as the one the story is most about', () => {
    const deals = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Ada Berg, Berg]}
issues:
  - id: river-pact
    name: Norland and Sudland sign the river deal
    terms: [river deal, river pact]
  - id: fishing-deals
    name: Sudland signs fishing deals with its neighbours
    terms: [fishing deals]
`, 'session11b.yaml');
    expect(deals('Sudland rejected the river pact. The river deal would share the water of the Ost. Berg said the river pact was unfair but signed fishing deals with Ostland. Aral said Norland still backed the deal.'))
      .toEqual(['norland river-pact support', 'sudland fishing-deals support', 'sudland river-pact oppose']);
  });
  it('reads a tracked speaker\'s permission under a condition ("said the rebels could run the province provided ...") as the speaker\'s conditional position', () => {
    const rule = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: rebels, name: Coast Front, aliases: [Coast Front, the rebels]}
issues:
  - id: rebels-run-province
    name: The Coast Front runs the interim provincial council
    terms: [interim provincial council, provincial council]
`, 'session11c.yaml');
    expect(rule('Aral said the Coast Front could run the interim provincial council provided it shared power with other parties.')).toEqual(['norland rebels-run-province conditional']);
    expect(rule('Aral said the Coast Front can run the interim provincial council as long as it shares power.')).toEqual(['norland rebels-run-province conditional']);
    // (a guess stays a guess: no condition, or nobody tracked speaking)
    expect(rule('Aral said the Coast Front could run the interim provincial council.')).toEqual([]);
    expect(rule('Analysts said the Coast Front could run the interim provincial council if it shared power.')).toEqual([]);
  });
  it('reads a passive give-up after what is asked as a prerequisite or in return ("until the amnesty law was withdrawn")', () => {
    const law = readerOf(`
actors:
  - {id: vox, name: Blue Party, aliases: [Blue Party, Ida Moen, Moen]}
issues:
  - id: amnesty-law
    name: Parliament passes the amnesty law
    terms: [amnesty law]
`, 'session11d.yaml');
    expect(law('Moen said the Blue Party would keep protesting until the amnesty law was withdrawn.')).toEqual(['vox amnesty-law oppose']);
    expect(law('Moen said the Blue Party would back the budget in return for the amnesty law being scrapped.')).toEqual(['vox amnesty-law oppose']);
    // (without the give-up, the prerequisite is asked for as it stands)
    expect(law('Moen said the Blue Party would keep protesting until the amnesty law was passed.')).toEqual(['vox amnesty-law support']);
  });
  it('does not read "on the table" as openness ("the offer remained on the table" restates an offer); "off the table" still rules out', () => {
    expect(pact('Aral said the river pact remained on the table.')).toEqual([]);
    expect(pact('Aral said the river pact was not on the table.')).toEqual(['norland river-pact oppose']);
    expect(pact('Aral said the river pact was off the table.')).toEqual(['norland river-pact oppose']);
  });
  it('reads "they" after a list of tracked names as each of them, within the sentence and after an opening phrase', () => {
    const three = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Ada Berg, Berg]}
  - {id: ostland, name: Ostland, aliases: [Ostland]}
issues:
  - id: river-pact
    name: Norland and Sudland sign the river pact
    terms: [river pact]
  - id: truce
    name: A truce on the border
    terms: [border truce]
`, 'session11e.yaml');
    expect(three('Norland and Sudland said on Monday they backed a border truce.')).toEqual(['norland truce support', 'sudland truce support']);
    expect(three('Norland and Sudland met in Vienna. In a joint statement, they said the river pact must be signed.'))
      .toEqual(['norland river-pact support', 'sudland river-pact support']);
    // (a name after the list is the one "they" may stand for, not the list)
    expect(three('Norland and Sudland met Ostland officials, who said they backed a border truce.')).not.toContain('norland truce support');
  });
  it('reads a name after "a spokesman for" as the subject of the verb that follows, not as an object after "for"', () => {
    expect(pact('A spokesman for Norland urged Sudland to sign the river pact.')).toEqual(['norland river-pact support']);
    // ("called for Sudland to sign": Sudland is what is called for, not a new subject)
    expect(pact('Aral called for Sudland to sign the river pact.')).toEqual(['norland river-pact support']);
  });
  it('reads a restriction the holder adds after "but" ("wanted a river pact, but would only sign one that ...") as conditional', () => {
    expect(pact('Aral said Norland wanted a river pact as much as anyone, but would only sign one that protected its farmers.')).toEqual(['norland river-pact conditional']);
    expect(pact('Aral said Norland backed the river pact but would first consult its farmers.')).toEqual(['norland river-pact conditional']);
    // (a restriction said of another actor is not the holder's: "but Sudland only ...")
    expect(pact('Aral said Norland backed the river pact, but Sudland only wanted talks.')).toContain('norland river-pact support');
  });
});

// a country and a party with a salt tax, read by several session-12 tests
const SALT_TAX_WATCHLIST = `
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: blues, name: Blue Party, aliases: [Blue Party, Ada Berg, Berg, the Blues]}
issues:
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax]
`;

// most of the session-12 and session-13 tests read two countries, Norland and Sudland, and state only their issues
const northSouth = (issues: string, file: string) => readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Ada Berg, Berg]}
issues:
${issues}`, file);

describe('createStanceReader: session 12 phenomena', () => {
  const pension = northSouth(`
  - id: pension-age
    name: Norland raises the pension age to 70
    terms: [pension age]
`, 'session12a.yaml');
  it('reads "nothing short of" and "nothing less than" as a demand for what follows, not as a negation', () => {
    expect(pension('Berg said nothing short of withdrawing the pension age rise would satisfy Sudland.')).toEqual(['sudland pension-age oppose']);
    expect(pension('Berg said Sudland would accept nothing less than scrapping the pension age rise.')).toEqual(['sudland pension-age oppose']);
    // (a plain "nothing" still negates)
    expect(pension('Berg said nothing would make Sudland accept the pension age rise.')).toEqual(['sudland pension-age oppose']);
  });
  it('reads a passive give-up after the rest of the issue\'s noun phrase ("until the rise in the pension age to 70 was withdrawn")', () => {
    expect(pension('Berg said Sudland would keep striking until the rise in the pension age to 70 was withdrawn.')).toEqual(['sudland pension-age oppose']);
  });
  it('reads a seed naming what a dropped demand was the price of ("as the price of reopening the bridge") as the proposition itself', () => {
    const bridge = northSouth(`
  - id: drop-fee
    name: Norland drops its demand for a border fee as the price of reopening the bridge
    terms: [reopen the bridge, border fee]
`, 'session12b.yaml');
    expect(bridge('Berg demanded that Norland reopen the bridge at once.')).toEqual(['sudland drop-fee support']);
    expect(bridge('Aral rejected calls to reopen the bridge.')).toEqual(['norland drop-fee oppose']);
    // (the demand's own content still reads as the thing given up)
    expect(bridge('Aral insisted on the border fee.')).toEqual(['norland drop-fee oppose']);
  });
  it('reads a seed naming a dropped objection ("veto", "blockade") as the opposite of the proposition, and lifting it as the proposition', () => {
    const talks = northSouth(`
  - id: drop-veto
    name: Sudland drops its veto on opening trade talks with Norland
    terms: [veto, lift the veto, trade talks, blockade]
`, 'session12c.yaml');
    expect(talks('Berg said Sudland would keep its veto.')).toEqual(['sudland drop-veto oppose']);
    expect(talks('Aral urged Sudland to end its blockade of the trade talks.')).toEqual(['norland drop-veto support']);
    expect(talks('Sudland refused to lift the veto.')).toEqual(['sudland drop-veto oppose']);
    expect(talks('Sudland agreed on Monday to open trade talks.')).toEqual(['sudland drop-veto support']);
  });
  it('reads "delete" and "repeal" as giving up, and a name that repeals something as giving it up, its means read as named', () => {
    const tax = northSouth(`
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax, tax on salt]
  - id: repeal-fuel-law
    name: Parliament repeals the fuel law through the Sudland party's bill
    terms: [fuel law]
`, 'session12d.yaml');
    expect(tax('Aral said Norland had agreed to delete the tax on salt from the budget.')).toEqual(['norland salt-tax oppose']);
    expect(tax('Berg said Sudland would repeal the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(tax('Berg said Sudland wanted the fuel law repealed.')).toEqual(['sudland repeal-fuel-law support']);
    expect(tax('Aral said Norland would keep the fuel law.')).toEqual(['norland repeal-fuel-law oppose']);
    expect(tax('Aral said Norland would back the bill repealing the fuel law.')).toContain('norland repeal-fuel-law support');
  });
  it('reads an active "vote down" as rejecting, but not a past defeat in the passive', () => {
    const tax = northSouth(`
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax]
`, 'session12e.yaml');
    expect(tax('Berg urged lawmakers to vote down the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(tax('Berg said Sudland would vote down the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(tax('Presenting her new plan six days after her budget was voted down, Aral also dismissed suggestions that she should ask Sudland to help scrap the salt tax.'))
      .toEqual(['norland salt-tax support']);
  });
  it('reads a seed that puts off what a give-up name abandons ("later start", "delay the rules") as the proposition', () => {
    const start = northSouth(`
  - id: drop-start
    name: Norland abandons the January start of the boiler rules
    terms: [later start, delay the rules, boiler rules]
`, 'session12f.yaml');
    expect(start('Berg said Sudland accepted the later start for old homes.')).toEqual(['sudland drop-start support']);
    expect(start('Aral rejected calls to delay the rules.')).toEqual(['norland drop-start oppose']);
    expect(start('Aral ruled out a later start.')).toEqual(['norland drop-start oppose']);
    expect(start('Aral said Norland would keep the boiler rules.')).toEqual(['norland drop-start oppose']);
  });
  it('does not read the "no" of "no-confidence" in a seed as stating a give-up proposition', () => {
    const vote = northSouth(`
  - id: skip-vote
    name: The government abandons a vote in parliament and passes the budget by decree
    terms: [by decree, without a vote, no-confidence motion]
`, 'session12g.yaml');
    expect(vote('Berg said Sudland would file a no-confidence motion.')).toEqual(['sudland skip-vote oppose']);
    // (a seed with a real "no" or "without" still states the proposition)
    expect(vote('Aral said Norland would pass the budget without a vote.')).toEqual(['norland skip-vote support']);
  });
  it('reads "stand in the way of" as opposing', () => {
    const tax = northSouth(`
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax]
`, 'session12h.yaml');
    expect(tax('Aral said Norland would not stand in the way of the salt tax.')).toEqual(['norland salt-tax support']);
    expect(tax('Berg said Sudland would stand in the way of the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads the second predicate of a give-up name ("abandons its boycott and takes up its seats") as named, up to a place', () => {
    const seats = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: front, name: Coast Front, aliases: [Coast Front, Ivo Sand, Sand]}
issues:
  - id: end-boycott
    name: The Coast Front abandons its boycott and takes up its seats in the assembly
    terms: [boycott, sworn in]
`, 'session12i.yaml');
    expect(seats('Aral said Norland wanted every party to take its seats.')).toEqual(['norland end-boycott support']);
    // (the place is still the thing the boycott keeps away from: "would fight the budget in the assembly" is no act on it)
    expect(seats('Sand said the Coast Front would fight the budget in the assembly.')).not.toContain('front end-boycott oppose');
  });
  it('reads "voted ... for" across a tally or a manner ("voted 352-65 on Wednesday for"), and "up to a year" as no giving-up', () => {
    const tax = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral, Norland assembly]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Ada Berg, Berg]}
issues:
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax]
`, 'session12j.yaml');
    expect(tax('The Norland assembly voted 352-65 on Wednesday for a bill that would bring in the salt tax.')).toEqual(['norland salt-tax support']);
    expect(tax('The Norland assembly voted 50 to 0 for a bill bringing in the salt tax.')).toEqual(['norland salt-tax support']);
    expect(tax('The Norland assembly voted overwhelmingly for a bill bringing in the salt tax.')).toEqual(['norland salt-tax support']);
    expect(tax('The Norland assembly voted to approve a law giving Sudland up to a year to bring in the salt tax.')).toEqual(['norland salt-tax support']);
  });
  it('reads a seed that sells or divests as the giving-up itself, and a condition inside a dismissed report as no condition of the holder', () => {
    const port = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: acme, name: Acme, aliases: [Acme, Ivo Sand]}
issues:
  - id: acme-sells
    name: Acme gives up ownership of its port business
    terms: [sale, sell the port, divest, port business]
`, 'session12k.yaml');
    expect(port('Norland demanded a sale of the port business.')).toEqual(['norland acme-sells support']);
    expect(port('Acme refused to divest.')).toEqual(['acme acme-sells oppose']);
    // (the thing itself still reads as the thing kept)
    expect(port('Acme said it would keep the port business.')).toEqual(['acme acme-sells oppose']);
    expect(port('Acme on Tuesday dismissed as pure fiction a media report that officials were weighing a sale of the port business if the court ruled against it.'))
      .toEqual(['acme acme-sells oppose']);
    // (the holder's own condition still counts)
    expect(port('Acme said it was ready to sell the port if the price was right.')).toEqual(['acme acme-sells conditional']);
  });
  it('reads "opposition" before a role ("Opposition leader", "opposition lawmakers") as no stance', () => {
    const tax = readerOf(`${SALT_TAX_WATCHLIST}  - id: fuel-tax
    name: A 5% tax on fuel is introduced
    terms: [fuel tax]
`, 'session12l.yaml');
    expect(tax('Opposition leader Ada Berg said the salt tax was a mess and that the Blues would vote for it only if it were halved.')).toEqual(['blues salt-tax conditional']);
    expect(tax('Opposition lawmakers said the Blue Party would back the salt tax.')).toEqual(['blues salt-tax support']);
  });
  it('reads "the transaction", "the merger" and "the takeover" as references back to the deal just named', () => {
    const buy = readerOf(`
actors:
  - {id: acme, name: Acme, aliases: [Acme, Ivo Sand]}
  - {id: norco, name: Norco, aliases: [Norco, Lea Holm]}
issues:
  - id: acme-buys-norco
    name: Acme buys Norco at $20 a share
    terms: [buy Norco, $20 a share]
`, 'session12m.yaml');
    expect(buy('Acme offered to buy Norco on Monday. Norco said it remained committed to completing the transaction at the agreed price.'))
      .toEqual(['acme acme-buys-norco support', 'norco acme-buys-norco support']);
    expect(buy('Acme offered to buy Norco on Monday. Holm said Norco would fight the takeover.'))
      .toEqual(['acme acme-buys-norco support', 'norco acme-buys-norco oppose']);
  });
  it('reads "the law" after positions on its parts as the one issue in the story whose seeds name that text ("salt law")', () => {
    const law = northSouth(`
  - id: law-passes
    name: Parliament adopts the salt law
    terms: [salt law, salt levy law]
  - id: drop-early-start
    name: Norland abandons the January start of the salt levy for small shops
    terms: [later start, small shops]
`, 'session12n.yaml');
    expect(law('The Salt Post reported on the salt law on Monday. Aral said Norland accepted a later start for small shops. Berg said Sudland would pass the law swiftly.'))
      .toEqual(['norland drop-early-start support', 'sudland law-passes support']);
    // (and "it" after "the law" in the same sentence is that law)
    expect(law('The Salt Post reported on the salt law on Monday. Aral said Norland accepted a later start for small shops. Berg said the law was a mess and that Sudland would vote against it.'))
      .toEqual(['norland drop-early-start support', 'sudland law-passes oppose']);
  });
  it('reads "the reform" as a reference only to an issue whose seeds call it a reform ("pension reform")', () => {
    const wl = (extra: string) => `
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Ada Berg, Berg]}
issues:${extra}
  - id: union-talks
    name: Unions meet the government for talks
    terms: [talks with unions, meeting with unions]
`;
    const withPension = readerOf(wl(`
  - id: pension-age
    name: Norland's pension age rises to 70
    terms: [pension age, pension reform]`), 'session12o.yaml');
    expect(withPension('The pension age plan went to parliament. Aral agreed to talks with unions on Monday. Berg said Sudland would ask Aral to withdraw the reform.'))
      .toEqual(['norland union-talks support', 'sudland pension-age oppose']);
    // (nor a modifier: "a full reform deal" is a deal)
    expect(withPension('The pension age plan went to parliament. Aral agreed to talks with unions on Monday. Berg said there would be no money without a full reform deal.'))
      .not.toContain('sudland pension-age support');
    // (not the last position read: "the reform" is no name for the talks)
    const talksOnly = readerOf(wl(''), 'session12p.yaml');
    expect(talksOnly('Aral agreed to talks with unions on Monday. Berg said Sudland would ask Aral to withdraw the reform.')).toEqual(['norland union-talks support']);
  });
  it('reads "to" + a verb in a give-up name as no recipient ("abandons its agreement to buy Norco"), and a second predicate after a pronoun ("and amends its constitution") as named', () => {
    const deal = readerOf(`
actors:
  - {id: acme, name: Acme, aliases: [Acme, Ivo Sand]}
  - {id: norco, name: Norco, aliases: [Norco, Lea Holm]}
issues:
  - id: acme-quits-deal
    name: Acme abandons its agreement to buy Norco
    description: Acme walks away from the signed merger agreement by terminating it.
    terms: [walk away, termination]
`, 'session12q.yaml');
    expect(deal('Acme said on Friday it was terminating the merger agreement. Norco said it intended to close the deal and enforce the merger agreement.'))
      .toEqual(['acme acme-quits-deal support', 'norco acme-quits-deal oppose']);
    const rename = northSouth(`
  - id: drop-old-name
    name: Norland abandons its old name and amends its constitution to become New Norland
    terms: [constitutional amendments, old name]
`, 'session12r.yaml');
    expect(rename('Aral said Norland would pass the constitutional amendments.')).toEqual(['norland drop-old-name support']);
    expect(rename('Berg said Norland must keep its old name.')).toEqual(['sudland drop-old-name oppose']);
  });
  it('reads "lawmakers from" a party, or a list of parties, as those parties', () => {
    const tax = readerOf(`
actors:
  - {id: norland, name: Norland Party, aliases: [Norland Party, Piet Aral, Aral]}
  - {id: blues, name: Blue Party, aliases: [Blue Party, Ada Berg, Berg, the Blues]}
  - {id: greens, name: Green Party, aliases: [Green Party, the Greens]}
issues:
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax]
`, 'session12s.yaml');
    expect(tax('Lawmakers from the Blue Party voted for the salt tax.')).toEqual(['blues salt-tax support']);
    expect(tax('Lawmakers from the Blue Party and the Greens voted for the salt tax.')).toEqual(['blues salt-tax support', 'greens salt-tax support']);
    // (a place is still a place: "protesters from Norland Party" is no party's vote)
    expect(tax('Protesters from the Blue Party offices marched against the salt tax.')).toEqual([]);
  });
  it('reads a deal "on hold" (after "was", "remains") as held on a condition, but not "put ... on hold" nor "with talks on hold"', () => {
    const hold = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: acme, name: Acme, aliases: [Acme, Ivo Sand]}
issues:
  - id: acme-buys-norco
    name: Acme buys Norco Mining at $20 a share
    terms: [buy Norco Mining, $20 a share]
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax]
`, 'session12t.yaml');
    expect(hold('Acme said its deal to buy Norco Mining was "temporarily on hold" until it received details on spam accounts.')).toEqual(['acme acme-buys-norco conditional']);
    expect(hold('Aral said Norland had put the salt tax on hold.')).not.toContain('norland salt-tax conditional');
    expect(hold('Aral spoke in Paris on Monday, with talks on the salt tax on hold since June.')).toEqual([]);
  });
  it('reads a stance noun describing the holder in apposition ("Ada Berg, a longtime champion of the salt tax, said") as background, not attributed', () => {
    const reader = createStanceReader(parseWatchlist(SALT_TAX_WATCHLIST, 'session12u.yaml'));
    expect(reader.analyze({ text: 'Ada Berg, a longtime champion of the salt tax, said on Monday that talks would resume.' }))
      .toEqual([expect.objectContaining({ actor: 'blues', issue: 'salt-tax', stance: 'support', attributed: false })]);
    // (her own words still are hers)
    expect(reader.analyze({ text: 'Ada Berg said on Monday that the Blues backed the salt tax.' }))
      .toEqual([expect.objectContaining({ actor: 'blues', issue: 'salt-tax', stance: 'support', attributed: true })]);
  });
  it('reads others\' calls judged by the holder ("calls to scrap the salt tax were irresponsible") by the judgement', () => {
    const tax = readerOf(SALT_TAX_WATCHLIST, 'session12v.yaml');
    expect(tax('Aral said calls to scrap the salt tax were irresponsible.')).toEqual(['norland salt-tax support']);
    expect(tax('Ada Berg said calls to bring in the salt tax were not in the interest of the country.')).toEqual(['blues salt-tax oppose']);
  });
});

describe('createStanceReader: session 13 phenomena', () => {
  const isles = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Sudlandic government, Ada Berg, Berg]}
  - {id: westria, name: Westria, aliases: [Westria, Westrian government]}
  - {id: blues, name: Blue Party, aliases: [Blue Party, the Blues]}
issues:
  - id: isles-handover
    name: Norland hands sovereignty over the Salt Isles to Sudland
    terms: [Salt Isles, sovereignty, isles deal, treaty]
`, 'session13a.yaml');
  it('reads a handover to a recipient as done by its deal: the deal named, or the thing as what the deal is about, is the proposition', () => {
    expect(isles('Norland and Sudland signed the treaty on Thursday.')).toEqual(['norland isles-handover support', 'sudland isles-handover support']);
    expect(isles('The Blues said they would oppose the isles deal.')).toEqual(['blues isles-handover oppose']);
    expect(isles('Westria welcomed the agreement between Norland and Sudland on the Salt Isles.')).toEqual(['westria isles-handover support']);
    expect(isles('The Blues condemned the agreement to hand the Salt Isles to Sudland.')).toEqual(['blues isles-handover oppose']);
    // (the thing itself is still the thing handed over: keeping it opposes)
    expect(isles('The Blues said Norland must keep sovereignty over the isles.')).toEqual(['blues isles-handover oppose']);
  });
  it('reads the thing handed by a plain verb to the recipient ("agreed to give Sudland sovereignty") or as the recipient\'s ("Sudlandic sovereignty") as the proposition', () => {
    expect(isles('Norland agreed on Thursday to give Sudland sovereignty over the Salt Isles.')).toEqual(['norland isles-handover support']);
    expect(isles('Westria reaffirmed its support for Sudlandic sovereignty over the isles.')).toEqual(['westria isles-handover support']);
    // (a giving-up verb already turns the thing around: "agreed to cede the Salt Isles")
    expect(isles('Norland agreed to cede the Salt Isles to Sudland.')).toEqual(['norland isles-handover support']);
  });
  it('matches a case-aware alias written with a lower-case first word ("the Blues") when it opens the sentence ("The Blues said")', () => {
    expect(isles('The Blues said they would oppose the treaty.')).toEqual(['blues isles-handover oppose']);
    // (elsewhere its case still counts)
    expect(isles('Aral said the blues of the sea would oppose nothing; Norland backed the treaty.')).toEqual(['norland isles-handover support']);
  });
  it('reads a party named in the plural as a singular adjective before its leader or spokesman ("the Free Greens leader" -> "the Free Green leader")', () => {
    const fee = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: free-greens, name: Free Greens, aliases: [Free Greens]}
  - {id: tories, name: Tory party, aliases: [Tories]}
issues:
  - id: toll
    name: Norland introduces a road toll
    terms: [road toll]
`, 'session13b.yaml');
    expect(fee('The Free Green leader said the road toll was unacceptable.')).toEqual(['free-greens toll oppose']);
    expect(fee('A Tory spokesman said the party backed the road toll.')).toEqual(['tories toll support']);
  });
  it('reads the words after a passive give-up verb in the name ("The levy is suspended for the 2030 budget by declaring a crisis") as named, not as the thing given up', () => {
    const levy = northSouth(`
  - id: levy-suspension
    name: The salt levy is suspended for the 2030 budget by declaring a crisis
    terms: [suspend the salt levy]
`, 'session13c.yaml');
    const levyWithSeed = northSouth(`
  - id: levy-suspension
    name: The salt levy is suspended for the 2030 budget by declaring a crisis
    terms: [suspend the salt levy, crisis declaration]
`, 'session13c2.yaml');
    expect(levy('Aral said Norland supported declaring a crisis.')).toEqual(['norland levy-suspension support']);
    expect(levy('Berg raised doubts about the 2030 budget.')).toEqual(['sudland levy-suspension oppose']);
    // (and so does a seed made of them)
    expect(levyWithSeed('Berg said Sudland would never accept a crisis declaration.')).toEqual(['sudland levy-suspension oppose']);
    // (the thing before the verb is still the thing given up)
    expect(levy('Berg said the salt levy must stay.')).toEqual(['sudland levy-suspension oppose']);
  });
  it('reads "out of" after keep, stay, get, move, remain or push ("keep their troops out of the port", "stay out of the dispute") as leaving it', () => {
    const port = northSouth(`
  - id: port-exit
    name: Norland withdraws its troops from the port of Vell
    terms: [port of Vell]
  - id: mediation
    name: Sudland mediates between Norland and Westria
    terms: [mediation, mediate]
`, 'session13d.yaml');
    expect(port('Berg said Norland must keep its troops out of the port of Vell.')).toEqual(['sudland port-exit support']);
    expect(port('Berg said Norland should get out of the port of Vell.')).toEqual(['sudland port-exit support']);
    expect(port('Aral urged Sudland to stay out of the mediation.')).toEqual(['norland mediation oppose']);
    // ("leave X out of Y" already gives X up by its own verb)
    expect(port('Berg demanded that the port of Vell be left out of the plan.')).toEqual(['sudland port-exit support']);
  });
  it('does not read a preposition of the name ("above", "below", "beyond") as a name word, so it hides no reference back; "the package" refers to all the issues just named', () => {
    const fund = northSouth(`
  - id: defence-exemption
    name: Defence spending above 2% of output is exempted from the budget cap
    terms: [defence spending]
  - id: road-fund
    name: A road fund is created outside the budget cap
    terms: [road fund]
`, 'session13e.yaml');
    expect(fund('The assembly voted to exempt defence spending and create a road fund. The measure passed with 70 votes, well above the majority needed. Aral voted for the package.'))
      .toEqual(['norland defence-exemption support', 'norland road-fund support']);
  });
  it('does not read a one-word country alias ending a party name before its leader ("Reform Norland leader Ivo Tal said") as the country', () => {
    const levy = northSouth(`
  - id: salt-levy
    name: Norland introduces a salt levy
    terms: [salt levy]
`, 'session13f.yaml');
    expect(levy('Reform Norland leader Ivo Tal said his party would scrap the salt levy.')).toEqual([]);
    // (a title before the alias is no party name)
    expect(levy('President Aral said Norland would keep the salt levy.')).toEqual(['norland salt-levy support']);
  });
  it('reads the holder\'s own coming to power ("if he returned to office", "if it came to power") as when, not as a condition', () => {
    const levy = northSouth(`
  - id: salt-levy
    name: Norland introduces a salt levy
    terms: [salt levy]
`, 'session13g.yaml');
    expect(levy('Berg said she would scrap the salt levy if she returned to office.')).toEqual(['sudland salt-levy oppose']);
    expect(levy('Berg said Sudland would back the salt levy if it came to power.')).toEqual(['sudland salt-levy support']);
    // (a condition on the thing itself still is one)
    expect(levy('Berg said she would back the salt levy if it was halved.')).toEqual(['sudland salt-levy conditional']);
  });
  it('reads "tear up" (and "torn up", "tear the deal up") as giving up', () => {
    expect(isles('Berg vowed to tear up the treaty.')).toEqual(['sudland isles-handover oppose']);
    expect(isles('The Blues said the treaty should be torn up.')).toEqual(['blues isles-handover oppose']);
    expect(isles('The Blues said they would tear the isles deal up.')).toEqual(['blues isles-handover oppose']);
  });
  it('reads "once" with a past perfect after a past act ("agreed to back the levy, once Sudland had agreed to halve it") as a condition already met', () => {
    const levy = northSouth(`
  - id: salt-levy
    name: Norland introduces a salt levy
    terms: [salt levy]
`, 'session13h.yaml');
    expect(levy('Aral agreed on Friday to back the salt levy, once the coalition partners had agreed to halve it.')).toEqual(['norland salt-levy support']);
    // (after "would", reported speech, it is still a condition)
    expect(levy('Aral said Norland would back the salt levy once the coalition partners had agreed to halve it.')).toEqual(['norland salt-levy conditional']);
  });
  it('reads campaigning, lobbying, protesting or marching against a thing as opposing it, while "protests" stays a plain noun', () => {
    expect(isles('The Blues stepped up their campaign against the isles deal on Tuesday.')).toEqual(['blues isles-handover oppose']);
    expect(isles('The Blues lobbied against the treaty.')).toEqual(['blues isles-handover oppose']);
    expect(isles('The Blues marched against the treaty in the capital.')).toEqual(['blues isles-handover oppose']);
    const ban = northSouth(`
  - id: rally-ban
    name: Norland bans rallies at protests
    terms: [rally ban]
`, 'session13i.yaml');
    // ("protests" and "rallies", words of the name, still count as its words)
    expect(ban('Aral said Norland had no plans to outlaw rallies at protests.')).toEqual(['norland rally-ban oppose']);
  });
  it('reads a judgement of an opposing act that names the issue ("the order blocking the levy was unlawful") as supporting what it blocked', () => {
    const levy = northSouth(`
  - id: salt-levy
    name: Norland introduces a salt levy
    terms: [salt levy]
`, 'session13j.yaml');
    expect(levy('Aral said on Tuesday that the court order blocking the salt levy was unlawful.')).toEqual(['norland salt-levy support']);
    // (two rejection words of one stance still say it once)
    expect(levy('Aral rejected the salt levy, calling it unlawful.')).toEqual(['norland salt-levy oppose']);
  });
  it('reads a place seed describing a company ("the Vell company", "the Vell-based miner") as no mention of the issue', () => {
    const hq = northSouth(`
  - id: hq-in-vell
    name: Sudland Steel keeps its headquarters in Vell
    terms: [Vell, headquarters]
`, 'session13k.yaml');
    expect(hq('Aral said he opposed the bid for the Vell company.')).toEqual([]);
    expect(hq('Aral said he opposed the bid for the Vell-based miner.')).toEqual([]);
    // (the place itself still names it)
    expect(hq('Aral said the company must stay in Vell.')).toEqual(['norland hq-in-vell support']);
  });
  it('reads "the deal" with nothing just read as the one issue, among the story\'s tied top issues, whose own words say "deal"', () => {
    const steel = readerOf(`
actors:
  - {id: norsteel, name: Norsteel, aliases: [Norsteel]}
  - {id: sudsteel, name: Sudsteel, aliases: [Sudsteel]}
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
issues:
  - id: takeover
    name: Norsteel's takeover of Sudsteel goes ahead
    terms: [takeover deal]
  - id: hq
    name: Sudsteel keeps its headquarters in Vell
    terms: [headquarters]
`, 'session13l.yaml');
    expect(steel('Aral met Norsteel and Sudsteel executives on Monday. Sudsteel said it remained committed to the deal.')).toEqual(['sudsteel takeover support']);
  });
  it('reads a name\'s verb said as a noun ("is exempted" -> "the defence exemption") as that name word', () => {
    const cap = northSouth(`
  - id: defence-exemption
    name: Defence spending is exempted from the budget cap
    terms: [exempt defence]
  - id: defence-rise
    name: Defence spending rises to three percent of output
    terms: [three percent]
`, 'session13m.yaml');
    expect(cap('Aral said Norland would vote against the defence exemption.')).toEqual(['norland defence-exemption oppose']);
  });
  it('reads a preposition said again after "and" ("vote against the salt levy and against the road fund") as coordinating both objects', () => {
    const two = northSouth(`
  - id: salt-levy
    name: Norland introduces a salt levy
    terms: [salt levy]
  - id: road-fund
    name: A road fund is created
    terms: [road fund]
`, 'session13n.yaml');
    expect(two('Berg said Sudland would vote against the salt levy and against the road fund.').sort()).toEqual(['sudland road-fund oppose', 'sudland salt-levy oppose']);
    // (a scope after one object still is one: "a levy against the road fund" names no second object)
    expect(two('Berg said Sudland backed the salt levy against the road fund.')).toEqual(['sudland salt-levy support']);
  });
  it('reads a rejection of an opposing act whose object is the issue ("opposed actions that obstruct the supply runs", "condemned the rejection of") as a double negative', () => {
    const runs = northSouth(`
  - id: supply-runs
    name: Supply runs reach the outpost without obstruction
    terms: [supply runs]
`, 'session13o.yaml');
    expect(runs('Aral opposed actions that obstruct the supply runs.')).toEqual(['norland supply-runs support']);
    // (and Sudland's own rejection, reported by Norland)
    expect(runs("Aral condemned Sudland's rejection of the supply runs.")).toEqual(['norland supply-runs support', 'sudland supply-runs oppose']);
    // (two rejection words of one stance still say it once)
    expect(runs('Berg rejected and condemned the supply runs.')).toEqual(['sudland supply-runs oppose']);
  });
  it('reads what a name rules out after "without" ("... reach the outpost without obstruction"), named alone, as the opposite of the proposition', () => {
    const runs = northSouth(`
  - id: supply-runs
    name: Supply runs reach the outpost without obstruction
    terms: [supply runs]
`, 'session13p.yaml');
    expect(runs('Aral objected to the obstruction.')).toEqual(['norland supply-runs support']);
    expect(runs('Berg defended the obstruction.')).toEqual(['sudland supply-runs oppose']);
  });
});


describe('createStanceReader: session 14 phenomena', () => {
  // most of these tests read one plain issue, Norland and Sudland's salt tax
  const salt = northSouth(`
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax]
`, 'session14-salt.yaml');
  const leaderAndParty = createStanceReader(parseWatchlist(`
actors:
  - {id: aral, name: Piet Aral, aliases: [Piet Aral]}
  - {id: blues, name: Blue Party, aliases: [Blue Party, the Blues]}
issues:
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax]
`, 'session14a.yaml'));
  const said = (text: string) => leaderAndParty.analyze({ text }).map((c) => `${c.actor} ${c.issue} ${c.stance} ${c.attributed}`);
  it('reads the speaker before an appositive that names an organisation ("Piet Aral, the leader of the Blue Party, said") as the one speaking', () => {
    expect(said('Piet Aral, the leader of the Blue Party, said he would back the salt tax.')).toEqual(['aral salt-tax support true']);
    expect(said('Piet Aral, leader of the Blue Party, said he would back the salt tax.')).toEqual(['aral salt-tax support true']);
    // (the party speaking is still the party)
    expect(said('The Blue Party said it would back the salt tax.')).toEqual(['blues salt-tax support true']);
  });
  it('reads a hyphenated given name ("Kim Min-jun") as a person, whom "he" can refer back to', () => {
    const two = readerOf(`
actors:
  - {id: aral, name: Piet Aral, aliases: [Piet Aral]}
  - {id: kim, name: Kim Min-jun, aliases: [Kim Min-jun]}
issues:
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax]
`, 'session14b.yaml');
    expect(two('Kim Min-jun met Piet Aral on Monday. Kim Min-jun said he was tired. He said he would back the salt tax.')).toEqual(['kim salt-tax support']);
  });
  it('reads "against" after a stance noun ("its stance against the salt tax", "a vote against it") as opposition', () => {
    expect(salt("Berg said Sudland's official stance against the salt tax remained in place.")).toEqual(['sudland salt-tax oppose']);
    expect(salt("Berg said Sudland's position against the salt tax had not changed.")).toEqual(['sudland salt-tax oppose']);
  });
  it('reads another person doing the act of a name that says who does it ("Ada Berg resigned" on "President Piet Aral resigns") as no stance', () => {
    const resigns = northSouth(`
  - id: aral-resigns
    name: President Piet Aral resigns before his term ends
    terms: [resign, resignation]
`, 'session14d.yaml');
    expect(resigns('Ada Berg resigned as party leader on Monday.')).toEqual([]);
    expect(resigns('Piet Aral resigned on Monday.')).toEqual(['norland aral-resigns support']);
    // (and a call on him to do it is still a stance)
    expect(resigns('Ada Berg said Aral should resign.')).toEqual(['sudland aral-resigns support']);
  });
  it('reads taking part again ("cast ballots", "take part in the vote") as the outcome of abandoning a boycott or strike, not the thing given up', () => {
    const boycott = northSouth(`
  - id: ends-boycott
    name: Norland abandons its boycott of the budget vote
    terms: [boycott, walk out, take part in the vote, cast ballots]
`, 'session14e.yaml');
    expect(boycott('Berg urged Norland to take part in the vote.')).toEqual(['sudland ends-boycott support']);
    expect(boycott('Berg urged lawmakers to cast ballots.')).toEqual(['sudland ends-boycott support']);
    // (the boycott itself is still the thing given up)
    expect(boycott('Aral said Norland would keep up its boycott.')).toEqual(['norland ends-boycott oppose']);
  });
  it('reads no issue phrase in a description\'s pair that names people ("party lawmakers" from "Ruling-party lawmakers stop walking out")', () => {
    const boycott = northSouth(`
  - id: ends-boycott
    name: Norland abandons its boycott of the budget vote
    description: Ruling-party lawmakers stop walking out and take part in the budget vote.
    terms: [boycott, walk out, take part in the vote, cast ballots]
`, 'session14f.yaml');
    expect(boycott("Ada Berg spoke. She urged the party's lawmakers to attend Saturday's vote and cast their ballots in favour.")).toEqual(['sudland ends-boycott support']);
  });
  it('reads a tracked speaker calling the proposition unavoidable as support', () => {
    expect(salt('Berg said the salt tax was now unavoidable.')).toEqual(['sudland salt-tax support']);
  });
  it('reads a name that puts a ban on something as a noun ("imposes a moratorium on new mining concessions") as banning it', () => {
    const moratorium = northSouth(`
  - id: mining-moratorium
    name: Norland imposes a moratorium on new salt mining concessions
    terms: [moratorium, new concessions, mining concessions]
`, 'session14h.yaml');
    expect(moratorium('Berg demanded new mining concessions.')).toEqual(['sudland mining-moratorium oppose']);
    expect(moratorium('Aral said Norland would grant no new mining concessions.')).toEqual(['norland mining-moratorium support']);
    expect(moratorium('Berg backed the moratorium.')).toEqual(['sudland mining-moratorium support']);
  });
  it('reads "it" after a give-up issue\'s thing named earlier in the sentence ("approved the contract ... and signed it") as that thing', () => {
    const contract = northSouth(`
  - id: scrap-contract
    name: Norland scraps the salt contract
    terms: [salt contract]
`, 'session14i.yaml');
    expect(contract('Lawmakers approved the salt contract on Friday, and Piet Aral signed it into law within hours.')).toEqual(['norland scrap-contract oppose']);
  });
  it('reads calling the proposition unconstitutional as opposition, like "unlawful"', () => {
    expect(salt('Berg said the salt tax was unconstitutional.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads a judgement declared of the issue after another cue ("asked the court to declare the salt tax unconstitutional") as part of the stance', () => {
    const salt = northSouth(`
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax]
  - id: scrap-law
    name: Norland repeals the salt law
    terms: [salt law, unconstitutional]
`, 'session14k.yaml');
    expect(salt('Berg asked the court to declare the salt tax unconstitutional.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg asked the court to rule the salt tax illegal.')).toEqual(['sudland salt-tax oppose']);
    // (a give-up issue's thing judged so: its giving-up is wanted, even when the judgement word is also a seed)
    expect(salt('Berg asked the court to declare the salt law unconstitutional.')).toEqual(['sudland scrap-law support']);
  });
  it('reads "talks" and "negotiations" at the end of a seed as the same thing ("accession talks", "accession negotiations")', () => {
    const talks = northSouth(`
  - id: accession-talks
    name: The union opens accession negotiations with Norland
    terms: [accession negotiations]
`, 'session14l.yaml');
    expect(talks('Berg said Sudland backed the accession talks with Norland.')).toEqual(['sudland accession-talks support']);
  });
  it('reads praise ("a victory for", "a win for", "pleased with"), disagreement, pushing through and "regarded as a threat" as stances', () => {
    expect(salt('Berg hailed the salt tax as a victory for the people.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland was pleased with the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland disagreed with the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax had been jammed through parliament.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg regarded the salt tax as a threat.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads rejecting someone\'s account of the issue ("rejected Norland\'s account of the salt tax") as no stance on it', () => {
    expect(salt("Berg rejected Norland's account of the new salt tax.")).toEqual([]);
    expect(salt('Berg rejected the new salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads "the end of X" and "an end to X" as giving X up, but not a time ("at the end of the meeting") nor a relative clause\'s act', () => {
    expect(salt('Berg welcomed the end of the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg called for an end to the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg backed the salt tax at the end of the meeting.')).toEqual(['sudland salt-tax support']);
    // (a time between the cue and the issue gives nothing up)
    expect(salt('Berg said Sudland would back, by the end of June, the salt tax.')).toEqual(['sudland salt-tax support']);
  });
  it('reads a giving-up said as a noun with its object ("the repeal of", "the scrapping of", "the abolition of") as giving it up', () => {
    for (const noun of ['repeal', 'scrapping', 'dropping', 'abolition', 'reversal']) {
      expect(salt(`Berg welcomed the ${noun} of the salt tax.`)).toEqual(['sudland salt-tax oppose']);
    }
    // (moving a thing is not giving it up: "the export of salt" is salt going out)
    const trade = northSouth(`
  - id: salt-trade
    name: Norland sells its salt abroad
    terms: [salt]
`, 'session14q.yaml');
    expect(trade('Berg welcomed the export of salt.')).toEqual(['sudland salt-trade support']);
  });
  it('reads "unfair", "went too far" and "dead on arrival" said of the issue as opposition', () => {
    expect(salt('Berg said the salt tax was unfair.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax went too far.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was dead on arrival.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads "unwilling", judgements of a course of action ("a good idea", "the wrong approach", "the case for"), an open mind and support pulled', () => {
    expect(salt('Berg said Sudland was unwilling to accept the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was a good idea.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said the salt tax was the wrong approach.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg made the case for the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said there was no case for the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland would look at the salt tax with an open mind.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland had pulled its support for the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads "here to stay" said of a give-up issue\'s thing as keeping it', () => {
    const keep = northSouth(`
  - id: salt-tax
    name: Norland abandons its salt tax
    terms: [salt tax]
`, 'session14t.yaml');
    expect(keep('Aral said the salt tax was here to stay.')).toEqual(['norland salt-tax oppose']);
  });
  it('reads a negation of another cue before a condition word ("was not opposed in principle to") as that cue\'s, not the condition\'s', () => {
    expect(salt('Berg said Sudland was not opposed in principle to the salt tax.')).toEqual(['sudland salt-tax conditional']);
    // (a negation right before the condition word still negates it)
    expect(salt('Berg said Sudland was not ready to accept the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
});

// The two toy issues the session-15 and session-16 probes read: a plain one, and a give-up (troops withdrawn).
const SALT_TAX_ISSUE = `
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax]
`;
const TROOPS_OUT_ISSUE = `
  - id: troops-out
    name: Sudland withdraws its troops from the border
    terms: [border troops, troop withdrawal]
`;

describe('createStanceReader: session 15 phenomena', () => {
  const northSouthReader = createStanceReader(parseWatchlist(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Ada Berg, Berg]}
issues:
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax]
`, 'session15-attributed.yaml'));
  // most of these tests read one plain issue, Norland and Sudland's salt tax
  const salt = northSouth(SALT_TAX_ISSUE, 'session15-salt.yaml');
  // a give-up issue (troops withdrawn) and a name that drops a threat
  const troops = northSouth(TROOPS_OUT_ISSUE, 'session15-troops.yaml');
  const strike = northSouth(`
  - id: drop-strike-threat
    name: The Sudland unions drop their threat of a national strike
    terms: [national strike, walkout]
`, 'session15-threat.yaml');
  it('reads the predicate of a clause the cue verb takes without "that" ("insisted the salt tax would not go ahead")', () => {
    expect(salt('Berg insisted the salt tax would not go ahead.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg insisted the salt tax would go ahead.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg insisted the salt tax would be scrapped.')).toEqual(['sudland salt-tax oppose']);
    // (a predicate in the issue's own words is the proposition, not what the holder wants of it)
    const limits = northSouth(`
  - id: ai-limits
    name: AI cannot write or rewrite scripts
    terms: [AI]
`, 'session15-ai.yaml');
    expect(limits('Berg agreed that AI cannot write or rewrite scripts.')).toEqual(['sudland ai-limits support']);
  });
  it('reads a stance noun that names what the object is called ("called the salt tax a non-starter") as the stance', () => {
    expect(salt('Berg called the salt tax a non-starter.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg branded the salt tax a non-starter.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads "pull back", split by its object or not, as giving up', () => {
    expect(troops('Berg said Sudland would pull back its border troops.')).toEqual(['sudland troops-out support']);
    expect(troops('Berg said Sudland would not pull back its border troops.')).toEqual(['sudland troops-out oppose']);
    expect(troops('Berg said Sudland would pull its border troops back.')).toEqual(['sudland troops-out support']);
    // ("back" alone still backs)
    expect(troops('Berg said Sudland would back a troop withdrawal.')).toEqual(['sudland troops-out support']);
  });
  it('reads the issue\'s thing staying where it is ("would stay where they were", "would stay put", a bare "would stay.") as keeping it', () => {
    expect(troops('Berg said the border troops would stay where they were.')).toEqual(['sudland troops-out oppose']);
    expect(troops('Berg said the border troops were staying put.')).toEqual(['sudland troops-out oppose']);
    expect(troops('Berg said the border troops would stay.')).toEqual(['sudland troops-out oppose']);
    expect(salt('Berg said the salt tax would remain, whatever Norland said.')).toEqual(['sudland salt-tax support']);
    expect(troops('Berg said the border troops would stay at their posts.')).toEqual(['sudland troops-out oppose']);
  });
  it('reads a verb phrase with an adverb of manner inside it ("pushed hard for", "stood firmly behind", "called again for")', () => {
    expect(salt('Berg pushed hard for the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland stood firmly behind the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg called again for the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg campaigned vigorously against the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads "threw his weight behind", "gave her blessing to" and "threw its weight against" with any possessive', () => {
    expect(salt('Berg threw his weight behind the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg gave her blessing to the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg threw his weight against the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads a holder who is the subject of a passive stance verb ("was asked about", "was urged to back", "was accused of") as holding nothing', () => {
    expect(salt('Berg was asked about the salt tax on Monday.')).toEqual([]);
    expect(salt('Berg was urged to back the salt tax.')).toEqual([]);
    expect(salt('Berg has repeatedly been criticised over the salt tax.')).toEqual([]);
    expect(salt('Sudland was accused of blocking the salt tax.')).toEqual([]);
    // (an adjective of the holder's own mind is the holder's stance)
    expect(salt('Berg said Sudland was opposed to the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland was committed to the salt tax.')).toEqual(['sudland salt-tax support']);
    // (a passive whose subject is the issue still reads the holder's words: "the salt tax would be signed once ...")
    expect(salt('Berg said the salt tax would be approved once bakers were exempt.')).toEqual(['sudland salt-tax conditional']);
  });
  it('reads "its fighters", "its diplomats", "its lawyers" before a verb as the owner acting or pleading', () => {
    expect(salt('Sudland said its fighters would never accept a salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Sudland said its lawyers would argue against the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Sudland said its diplomats would reject the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads a judgement of another actor\'s entitlement ("said Norland had no legal right to", "had every right to") as the speaker\'s position', () => {
    expect(salt('Berg said Norland had no legal right to introduce the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Norland had every right to introduce the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Norland was entitled to introduce the salt tax.')).toEqual(['sudland salt-tax support']);
    // (the other actor's own wish is still its position, reported)
    expect(salt('Berg said Norland wanted to introduce the salt tax.')).toEqual(['norland salt-tax support']);
    // (judged by no one the reader knows, it is nobody's position; claimed by the actor itself, it is its own)
    expect(salt('Norland had no legal right to introduce the salt tax, lawyers said.')).toEqual([]);
    expect(salt('Norland said it had every right to introduce the salt tax.')).toEqual(['norland salt-tax support']);
  });
  it('reads a name that drops a threat ("drop their threat of a national strike") as giving up the thing threatened, not an objection', () => {
    expect(strike('Berg said Sudland had agreed to call off the walkout.')).toEqual(['sudland drop-strike-threat support']);
    expect(strike('Berg said Sudland wanted a national strike.')).toEqual(['sudland drop-strike-threat oppose']);
  });
  it('reads bare readiness to do what the proposition gives up or blocks ("ready to strike", "ready to veto it") as opposition', () => {
    expect(strike('Berg said Sudland was ready to launch a national strike.')).toEqual(['sudland drop-strike-threat oppose']);
    expect(salt('Berg said Sudland was ready to veto the salt tax.')).toEqual(['sudland salt-tax oppose']);
    // (readiness to give something up is still a compromise; readiness to do the thing itself is support)
    expect(salt('Berg said Sudland was prepared to soften the salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland was ready to sign the salt tax.')).toEqual(['sudland salt-tax support']);
  });
  it('reads "not off the table" as an option kept open (conditional), and "off the table" alone as ruling it out', () => {
    expect(salt('Berg said a salt tax was not off the table.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said a salt tax was off the table.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads a stance "signalled" in so many words ("signalled openness to", "signalled its support for") as stated, and readiness said as a noun', () => {
    expect(salt('Berg signalled openness to a salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg signalled support for the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg signalled his opposition to the salt tax.')).toEqual(['sudland salt-tax oppose']);
    // (a hint is still no position)
    expect(salt('Berg signalled that Sudland might accept a salt tax.')).toEqual([]);
    expect(salt('Berg expressed willingness to accept a salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg expressed willingness to accept a salt tax if bakers were exempt.')).toEqual(['sudland salt-tax conditional']);
  });
  it('reads a guess by an anonymous voice of the actor ("a Sudlandic official, speaking on condition of anonymity, said ... might") as no position', () => {
    expect(salt('A Sudland official, speaking on condition of anonymity, said the salt tax might be accepted.')).toEqual([]);
    expect(salt('A Sudland official, who was not authorised to speak publicly, said Sudland could accept the salt tax.')).toEqual([]);
    // (said outright, it is still Sudland's)
    expect(salt('A Sudland official, speaking on condition of anonymity, said Sudland would accept the salt tax.')).toEqual(['sudland salt-tax support']);
  });
  it('reads a report judged untrue after its clause ("said reports that Sudland backed the salt tax were false") as denying what it says', () => {
    expect(salt('Berg said reports that Sudland backed the salt tax were false.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said reports that Sudland opposed the salt tax were untrue.')).toEqual(['sudland salt-tax support']);
    // (a report not judged untrue says what it says)
    expect(salt('Berg said reports that Sudland backed the salt tax were accurate.')).toEqual(['sudland salt-tax support']);
  });
  it('reads unnamed sources described by what they know ("two people familiar with the talks said") as third parties', () => {
    const attributed = (text: string) => northSouthReader.analyze({ text }).map((c) => `${c.actor} ${c.stance} ${c.attributed}`);
    expect(attributed('Sudland has accepted the salt tax, two people familiar with the talks said.')).toEqual(['sudland support false']);
    expect(attributed('Sudland has accepted the salt tax, sources close to the government said.')).toEqual(['sudland support false']);
    expect(attributed('Sudland has accepted the salt tax, Berg said.')).toEqual(['sudland support true']);
  });
  it('reads yielding and bearing ("give in to", "bowed to demands for", "would not tolerate"), "satisfied with" and "a matter of survival"', () => {
    expect(salt('Berg said Sudland would never give in to the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland had bowed to demands for a salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland would not tolerate a salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland was satisfied with the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said the salt tax was a matter of survival for Sudland.')).toEqual(['sudland salt-tax support']);
  });
  it('reads agreeing or disagreeing with no object ("Norland agreed.", "Norland disagreed.") as taking or turning round the position just read', () => {
    expect(salt('Norland called for a salt tax on Monday. Sudland agreed.')).toEqual(['norland salt-tax support', 'sudland salt-tax support']);
    expect(salt('Norland rejected the salt tax on Monday. Sudland agreed.')).toEqual(['norland salt-tax oppose', 'sudland salt-tax oppose']);
    expect(salt('Norland called for a salt tax on Monday. Sudland disagreed.')).toEqual(['norland salt-tax support', 'sudland salt-tax oppose']);
    // (not an infinitive, a passive, nor a disagreement about a thing)
    expect(salt('Norland called for a salt tax on Monday. Berg said they had not even agreed to disagree.')).toEqual(['norland salt-tax support']);
    expect(salt('Norland called for a salt tax on Monday. Berg said nothing was agreed until everything was agreed.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral and Berg still disagree over the salt tax.')).toEqual([]);
  });
  it('reads "neither X nor Y" as both holding the negated predicate, and a name after "unlike" as holding nothing', () => {
    expect(salt('Neither Norland nor Sudland would accept the salt tax.')).toEqual(['norland salt-tax oppose', 'sudland salt-tax oppose']);
    expect(salt('Norland, unlike Sudland, backed the salt tax.')).toEqual(['norland salt-tax support']);
  });
  it('reads a position won round or lost ("had come round to", "had been won over to", "had lost faith in")', () => {
    expect(salt('Berg said Sudland had come round to the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland had been won over to the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland had lost faith in the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads "fully behind", "firmly behind" as support, not a bare "behind"', () => {
    expect(salt('Berg said Sudland was fully behind the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said the salt tax was behind the price rises.')).toEqual([]);
  });
});

describe('createStanceReader: session 16 phenomena', () => {
  const salt = northSouth(SALT_TAX_ISSUE, 'session16-salt.yaml');
  const troops = northSouth(TROOPS_OUT_ISSUE, 'session16-troops.yaml');
  // both issues at once, for readings that must keep them apart
  const both = northSouth(SALT_TAX_ISSUE + TROOPS_OUT_ISSUE, 'session16-both.yaml');
  it('reads a hint that opens a clause ("signalled that it could accept") like "said": the speaker\'s own hedged position', () => {
    expect(troops('Berg signalled that Sudland could accept a troop withdrawal if monitors were deployed.')).toEqual(['sudland troops-out conditional']);
    expect(troops('Sudland signalled it could accept a troop withdrawal.')).toEqual(['sudland troops-out conditional']);
    expect(salt('Berg hinted that Sudland would fight the salt tax.')).toEqual(['sudland salt-tax oppose']);
    // (a hint with no clause is still only a hint)
    expect(salt('Berg signalled a shift on the salt tax.')).toEqual([]);
  });
  it('reads "for as long as necessary", "as long as it takes" as a length of time, not a condition', () => {
    expect(troops('Berg said the troops would remain at the border for as long as necessary.')).toEqual(['sudland troops-out oppose']);
    expect(troops('Berg said the troops would stay at the border as long as it takes.')).toEqual(['sudland troops-out oppose']);
    expect(troops('Berg said the troops would stay at the border for as long as the crisis lasted.')).toEqual(['sudland troops-out oppose']);
    expect(troops('Berg said Sudland would withdraw its troops from the border as long as it was safe.')).toEqual(['sudland troops-out conditional']);
  });
  it('prefers an explicit cue to a weak one ("should") between readings of the same actor and issue ranked about equal', () => {
    const cap = northSouth(`
  - id: production-cap
    name: The treaty sets a binding global target to cut salt production
    terms: [production cap, production cuts]
  - id: salt-fund
    name: The treaty creates a salt fund
    terms: [salt fund]
`, 'session16-cap.yaml');
    expect(cap('Sudland said on Thursday that the salt treaty should focus on recycling, and that it could not accept binding global targets for cutting production.'))
      .toEqual(['sudland production-cap oppose']);
  });
  it('reads ruin foretold ("a disaster", "a step too far", "was dead", "more harm than good") as opposition, "long overdue" as support', () => {
    expect(salt('Berg called the salt tax a disaster.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was a step too far.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was dead.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax would do more harm than good.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was doomed.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was long overdue.')).toEqual(['sudland salt-tax support']);
  });
  it('matches a seed by its usual reporting synonym head ("salt levy" for "salt tax", "troop pullout" for "troop withdrawal")', () => {
    expect(salt('Berg said Sudland opposed the salt levy.')).toEqual(['sudland salt-tax oppose']);
    expect(troops('Berg said Sudland backed a troop pullout.')).toEqual(['sudland troops-out support']);
    const truce = northSouth(`
  - id: easter-ceasefire
    name: An Easter ceasefire on the border
    terms: [Easter ceasefire]
`, 'session16-truce.yaml');
    expect(truce('Berg said Sudland would reject an Easter truce.')).toEqual(['sudland easter-ceasefire oppose']);
  });
  it('reads "off the agenda", "premature", "the last thing" as opposition, "the answer", "the way forward" as support, and "made it a priority"', () => {
    expect(troops('Berg said a troop withdrawal was off the agenda.')).toEqual(['sudland troops-out oppose']);
    expect(troops('Berg said a troop withdrawal would be premature.')).toEqual(['sudland troops-out oppose']);
    expect(salt('Berg said a salt tax was the last thing Sudland needed.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said a salt tax was the answer.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said a salt tax was not the answer.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg made the salt tax a priority.')).toEqual(['sudland salt-tax support']);
  });
  it('does not read a stance verb with an object of its own onto the issue of a verb coordinated after it ("would end its blockade and withdraw its troops")', () => {
    expect(troops('Berg said Sudland would end its blockade and withdraw its troops from the border.')).toEqual(['sudland troops-out support']);
    expect(salt('Berg said Sudland would scrap the fuel levy and drop the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland would reject the fuel levy and accept the salt tax.')).toEqual(['sudland salt-tax support']);
    // (a negation is shared)
    expect(salt('Berg said Sudland would not raise the fuel levy or accept the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads "demilitarise" as giving up', () => {
    expect(troops('Berg rejected Norland\'s demand to demilitarise the border.')).toEqual(['norland troops-out support', 'sudland troops-out oppose']);
  });
  it('does not take a give-up noun inside another issue\'s phrase as a cue ("preferred a troop withdrawal to a salt tax" is no giving up of the tax), and reads "X rather than Y" as both', () => {
    expect(both('Berg said Sudland preferred a troop withdrawal to a salt tax.')).not.toContain('sudland salt-tax oppose');
    // ("rather than" sets the second against the first, and turns it round)
    expect(both('Berg said Sudland wanted a troop withdrawal rather than a salt tax.')).toEqual(['sudland salt-tax oppose', 'sudland troops-out support']);
    expect(both('Berg said Sudland would back a troop withdrawal and a salt tax.')).toEqual(['sudland salt-tax support', 'sudland troops-out support']);
  });
  it('gives a participle clause after a comma ("Berg backed the tax, rejecting any withdrawal") to the subject that opens the clause before', () => {
    expect(both('Berg backed the salt tax, rejecting any troop withdrawal.')).toEqual(['sudland salt-tax support', 'sudland troops-out oppose']);
    // (not a name inside the clause before: its subject is untracked)
    expect(both('A judge blocked the extradition wanted by Berg, rejecting any troop withdrawal.')).toEqual([]);
  });
  it('reads "said no to" as opposition', () => {
    expect(salt('Sudland said no to the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland would never say no to the salt tax.')).toEqual(['sudland salt-tax support']);
  });
});

describe('createStanceReader: session 17 phenomena', () => {
  const salt = northSouth(SALT_TAX_ISSUE, 'session17-salt.yaml');
  const troops = northSouth(TROOPS_OUT_ISSUE, 'session17-troops.yaml');
  it('reads a deal reached or struck that contains the issue as both parties\' support, not a deal hoped for', () => {
    expect(salt('Norland and Sudland reached a tentative agreement on Tuesday that would introduce a salt tax.'))
      .toEqual(['norland salt-tax support', 'sudland salt-tax support']);
    expect(salt('Norland and Sudland struck a deal to introduce a salt tax.')).toEqual(['norland salt-tax support', 'sudland salt-tax support']);
    // (wanting a deal is not backing what it may contain)
    expect(salt('Berg said Sudland looked forward to reaching a deal on the salt tax.')).toEqual([]);
  });
  it('reads "such a rule", "such demands" as a reference to the issue just named', () => {
    expect(salt('Berg demanded a salt tax. Norland would not accept such a rule, Aral said.'))
      .toEqual(['norland salt-tax oppose', 'sudland salt-tax support']);
    expect(salt('Berg demanded a salt tax. Aral said Norland would never accept such demands.'))
      .toEqual(['norland salt-tax oppose', 'sudland salt-tax support']);
  });
  it('reads harm named ("bad for farmers", "made no sense", "a burden", "would cost jobs") as opposition, "the best path", "the bedrock" as support', () => {
    expect(salt('Berg said the salt tax was bad for farmers.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax made no sense.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax would be a burden on families.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax would cost jobs.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was not bad for farmers.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said the salt tax remained the best path to growth.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said the salt tax was the bedrock of any deal.')).toEqual(['sudland salt-tax support']);
  });
  it('reads a finite passive with its agent ("the tax was rejected by Sudland") as the agent\'s stance, not a reduced relative ("a tax proposed by Sudland")', () => {
    expect(salt('The salt tax was rejected by Sudland on Tuesday.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('The salt tax is backed by Sudland.')).toEqual(['sudland salt-tax support']);
    expect(troops('A troop withdrawal was rejected by Sudland.')).toEqual(['sudland troops-out oppose']);
    // (over auxiliaries, and for each agent)
    expect(salt('The salt tax has been backed by Sudland.')).toEqual(['sudland salt-tax support']);
    expect(salt('The salt tax was opposed by Sudland and Norland.')).toEqual(['norland salt-tax oppose', 'sudland salt-tax oppose']);
  });
  it('reads "unnecessary", "not a priority", "not convinced", "no plans for" as opposition and "acceptable" as support', () => {
    expect(salt('Berg said the salt tax was unnecessary.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was not a priority.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland was not convinced by the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said there were no plans for a salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was acceptable.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said the salt tax was not acceptable.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads "as soon as" + another\'s act after "would" as a condition, not "as soon as possible" or "as soon as it reached his desk"', () => {
    expect(salt('Berg said Sudland would vote for the salt tax as soon as Norland dropped its objection.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland wanted the salt tax introduced as soon as possible.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland would sign the salt tax as soon as it reached his desk.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland would repeal the salt tax as soon as it won power.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland would back the salt tax on one condition: that Norland cut its tariffs.')).toEqual(['sudland salt-tax conditional']);
  });
  it('reads "could be discussed", "common ground", "in some form" as openness and "would not be pressured into" as opposition', () => {
    expect(salt('Berg said the salt tax could be discussed.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland was seeking common ground on the salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland would back the salt tax in some form.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland would not be pressured into a salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(troops('Berg said Sudland would not be bullied into keeping its border troops.')).toEqual(['sudland troops-out support']);
  });
  it('does not read the thing\'s own passage as a condition ("would sign the tax if parliament passed it", "once it reached his desk")', () => {
    expect(salt('Berg said Sudland would sign the salt tax if parliament passed it.')).toEqual(['sudland salt-tax support']);
    expect(salt('"If they pass it, I\'ll sign it," Berg said of the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said he would sign the salt tax once it reached his desk.')).toEqual(['sudland salt-tax support']);
    // (a test it must pass is a condition)
    expect(salt('Berg said Sudland would back the salt tax if it passed a review.')).toEqual(['sudland salt-tax conditional']);
  });
  it('reads "considered X a mistake", "considers X unfair" as the judgement, not as openness ("would consider X")', () => {
    expect(salt('Berg said Sudland considered the salt tax a mistake.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland considers the salt tax unfair.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland considered the salt tax legally sound.')).toEqual([]);
    expect(salt('Berg said Sudland would consider the salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland was considering a salt tax.')).toEqual(['sudland salt-tax conditional']);
  });
  it('reads holding firm ("would stand firm on", "would not budge on", "refused to give ground on") as keeping the thing', () => {
    expect(salt('Aral said Norland would stand firm on the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said Norland would not budge on the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral refused to give ground on the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said Norland would not yield on the salt tax.')).toEqual(['norland salt-tax support']);
  });
  it('reads "a fraud", "a scam" as opposition', () => {
    expect(salt('Berg gave a speech on Monday. He said the salt tax was a fraud on voters.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg called the salt tax a scam.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads a refusal with no object ("Berg refused.") as turning round the position just read', () => {
    expect(salt('Aral demanded a salt tax. Berg refused.')).toEqual(['norland salt-tax support', 'sudland salt-tax oppose']);
    expect(salt('Aral demanded a salt tax. Berg refused, Sudland said.')).toEqual(['norland salt-tax support', 'sudland salt-tax oppose']);
    // (a refusal to answer is none)
    expect(salt('Aral demanded a salt tax. Berg refused to comment.')).toEqual(['norland salt-tax support']);
  });
  it('reads unveiling or rolling out a measure as support', () => {
    expect(salt('Aral unveiled a salt tax on Monday.')).toEqual(['norland salt-tax support']);
    expect(salt('Berg said Sudland would roll out the salt tax in May.')).toEqual(['sudland salt-tax support']);
  });
  it('reads "remained an option", "among the options", "on certain conditions", "as part of a wider package" as conditional', () => {
    expect(salt('Berg said a salt tax remained an option.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said a salt tax was among the options.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said a salt tax was not an option.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland would back a salt tax on certain conditions.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland could back a salt tax as part of a wider package.')).toEqual(['sudland salt-tax conditional']);
  });
  it('reads "go along with" and "on board with" as support', () => {
    expect(salt('Berg said Sudland would go along with the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland would not go along with the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland was on board with the salt tax.')).toEqual(['sudland salt-tax support']);
  });
  it('reads "the wrong policy", "a grave error", "a recipe for disaster" as opposition and "a good thing", "the only option" as support', () => {
    expect(salt('Berg said the salt tax was the wrong policy.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg warned that a salt tax would be a grave error.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was a recipe for disaster.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was a good thing.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said the salt tax was the only option.')).toEqual(['sudland salt-tax support']);
  });
});

describe('createStanceReader: session 18 phenomena', () => {
  const salt = northSouth(SALT_TAX_ISSUE, 'session18-salt.yaml');
  it('reads no stance cue in the dateline\'s outlet name ("(Signal Ledger)")', () => {
    expect(salt('GENEVA, Aug 6 (Signal Ledger) - Norland will not support any salt tax.')).toEqual(['norland salt-tax oppose']);
    expect(salt('GENEVA, Aug 6 (Signal Ledger) - Berg said Sudland would back the salt tax.')).toEqual(['sudland salt-tax support']);
  });
  it('reads a refusal of an opposing act ("refused to block the tax") as support, a repeated rejection once', () => {
    expect(salt('Berg said Sudland refused to block the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland would not allow Norland to block the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland opposed the salt tax and vowed to block it.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads a deal that lacks the thing as one without it ("would not agree to a deal that lacked a salt tax")', () => {
    expect(salt('Berg said Sudland would not agree to a deal that lacked a salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland would reject any deal lacking a salt tax.')).toEqual(['sudland salt-tax support']);
  });
  it('reads "would not go back on" as keeping it and "carried through" as support', () => {
    expect(salt('Berg said Sudland would not go back on the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland went back on the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax would be carried through.')).toEqual(['sudland salt-tax support']);
  });
  it('reads "a gift to", "a political bribe", "hardly feasible" as opposition', () => {
    expect(salt('Berg said a salt tax would be a gift to Norland.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was a political bribe.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was hardly feasible.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads "deserved a vote", "worthy of consideration" as openness', () => {
    expect(salt('Berg said the salt tax deserved a vote.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said the salt tax was worthy of consideration.')).toEqual(['sudland salt-tax conditional']);
  });
  it('reads "if he forms government", "if he wins power" as when the holder comes to power, not a condition', () => {
    expect(salt('Aral promised to introduce a salt tax if he forms government.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral promised to introduce a salt tax if he wins power.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said he would back a salt tax if Berg won the election.')).toEqual(['norland salt-tax conditional']);
  });
  it('reads "left the door ajar", "open-minded", "under certain circumstances" as openness', () => {
    expect(salt('Berg left the door ajar to a salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland was open-minded about a salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said a salt tax could be acceptable under certain circumstances.')).toEqual(['sudland salt-tax conditional']);
  });
  it('reads scuttling, scoffing, deriding, "no appetite for", "a tax grab", "an attack on", "would never happen" as opposition', () => {
    expect(salt('Sudland scuttled the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg scoffed at the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg derided the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland would vote no on the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Sudland has no appetite for a salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was a tax grab.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was an attack on families.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax would never happen.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads "gave no ground on" as keeping the thing, on either framing', () => {
    expect(salt('Berg gave no ground on the salt tax.')).toEqual(['sudland salt-tax support']);
    const dropDemand = northSouth(`
  - id: drop-salt-demand
    name: Sudland drops its demand for a salt tax
    terms: [salt tax]`, 'session18-drop.yaml');
    expect(dropDemand("Berg gave no ground on Sudland's demand for a salt tax.")).toEqual(['sudland drop-salt-demand oppose']);
  });
  it('reads a give-up verb\'s noun before another noun ("lift export curbs") as a kind of thing, not a second giving-up', () => {
    const curbs = northSouth(`
  - id: lift-curbs
    name: Norland lifts its export curbs on salt
    terms: [export curbs, salt curbs]`, 'session18-curbs.yaml');
    expect(curbs('Aral said Norland would lift export curbs on salt.')).toEqual(['norland lift-curbs support']);
    expect(curbs('Aral said Norland would keep its export curbs.')).toEqual(['norland lift-curbs oppose']);
  });
  it('reads "declined/refused to rule out" as openness and "neither confirm nor deny", "too early to say" as no answer', () => {
    expect(salt('Berg declined to rule out a salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg refused to rule out a salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg would neither confirm nor deny that Sudland would back a salt tax.')).toEqual([]);
    expect(salt('Berg said it was too early to say whether Sudland would back a salt tax.')).toEqual([]);
  });
  it('reads "came under pressure to", "faced calls to" as others\' demands, no stance of the one pressed', () => {
    expect(salt('Sudland came under pressure to accept the salt tax.')).toEqual([]);
    expect(salt('Sudland faced calls to drop the salt tax.')).toEqual([]);
    expect(salt('Sudland, under pressure to drop the salt tax, said it would keep it.')).toEqual(['sudland salt-tax support']);
  });
  it('reads a condition fronted in the reported clause ("said that if X, Sudland would accept it") as conditional', () => {
    expect(salt('Berg said that if Norland cut tariffs, Sudland would accept the salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said that if Norland attacked, Sudland would still back the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said that if he won power, Sudland would introduce a salt tax.')).toEqual(['sudland salt-tax support']);
  });
  it('reads conditions named ("set conditions for accepting", "not unconditional") as conditional', () => {
    expect(salt('Berg set conditions for accepting the salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg set conditions for a salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt("Berg said Sudland's backing for the salt tax was not unconditional.")).toEqual(['sudland salt-tax conditional']);
  });
  it('reads "Sudland\'s opposition to" as its stance and "a critic / an opponent / a supporter of" as what the speaker holds', () => {
    expect(salt("Sudland's opposition to the salt tax hardened on Monday.")).toEqual(['sudland salt-tax oppose']);
    // (an opposition party named with an adjective is still not the country: "Sudland's largest opposition party")
    expect(salt("Sudland's largest opposition party said it welcomed the salt tax.")).toEqual([]);
    expect(salt('Berg has been a fierce critic of the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg has been an opponent of the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg has long been a supporter of the salt tax.')).toEqual(['sudland salt-tax support']);
  });
  it('reads a denial of another\'s claim about the denier ("Berg denied Aral\'s claim that Sudland backed it") as the denier\'s own word', () => {
    const reader = createStanceReader(parseWatchlist(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Ada Berg, Berg]}
issues:${SALT_TAX_ISSUE}`, 'session18-deny.yaml'));
    const [denied] = reader.analyze({ text: "Berg denied Aral's claim that Sudland backed the salt tax." });
    expect([denied.actor, denied.stance, denied.attributed]).toEqual(['sudland', 'oppose', true]);
    // (the claim itself, not denied, is Norland's report of Sudland)
    const [claimed] = reader.analyze({ text: 'Aral claimed that Sudland backed the salt tax.' });
    expect([claimed.actor, claimed.stance, claimed.attributed]).toEqual(['sudland', 'support', false]);
  });
  it('reads the holder\'s own hedge on accepting ("Berg suggested Sudland might accept it") as openness, a guess by others as nothing', () => {
    expect(salt('Berg suggested Sudland might accept the salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland may accept the salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Analysts said Sudland might accept the salt tax.')).toEqual([]);
    expect(salt('Berg said Sudland might reject the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
});

describe('createStanceReader: session 19 phenomena', () => {
  const salt = northSouth(SALT_TAX_ISSUE, 'session19-salt.yaml');
  const intervention = northSouth(`
  - id: intervene
    name: Norland intervenes to end the rail stoppage
    terms: [intervene, step in]
  - id: arbitration
    name: Binding arbitration is imposed on the rail dispute
    terms: [binding arbitration]
`, 'session19-intervene.yaml');
  it('reads a give-up in a purpose clause after the issue\'s own verb ("stepped in to end the shutdown") as the act done', () => {
    expect(intervention('Norland stepped in to end the shutdown of the railways.')).toEqual(['norland intervene support']);
    expect(intervention('Norland on Thursday stepped in to end the rail strike.')).toEqual(['norland intervene support']);
  });
  it('reads no give-up across a clause of its own ("to end the shutdown, as Aral directed the board to impose binding arbitration")', () => {
    expect(intervention('Norland stepped in to end the shutdown, as Aral directed the board to impose binding arbitration.'))
      .toEqual(['norland arbitration support', 'norland intervene support']);
  });
  it('reads "the only way to end the crisis was to introduce the salt tax" as support: the give-up has its own object', () => {
    expect(salt('Berg said the only way to end the crisis was to introduce the salt tax.')).toEqual(['sudland salt-tax support']);
  });
  it('reads a vote down wished for or awaited ("must be voted down", "until it was voted down") as opposition', () => {
    expect(salt('Berg said the salt tax must be voted down.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland would keep protesting until the salt tax was voted down.')).toEqual(['sudland salt-tax oppose']);
    // (a past defeat is told, no one's position)
    expect(salt('Berg said the salt tax was voted down.')).toEqual([]);
  });
  it('reads "go back to the drawing board on" as giving it up', () => {
    expect(salt('Berg said Norland should go back to the drawing board on the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads harm done to the thing ("anything that compromised its sovereignty") as giving it up, "a compromise" and "compromise on" as no harm', () => {
    const sovereignty = northSouth(`
  - id: sovereignty
    name: The treaty protects Sudland's sovereignty
    terms: [sovereignty]
`, 'session19-sovereignty.yaml');
    expect(sovereignty('Berg said Sudland would not agree to anything that compromised its sovereignty.')).toEqual(['sudland sovereignty support']);
    expect(sovereignty('Berg said the treaty would compromise the sovereignty of Sudland.')).toEqual(['sudland sovereignty oppose']);
    expect(salt('Berg said Sudland was ready to compromise on the salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland welcomed the compromise the two sides reached on the salt tax.')).toEqual(['sudland salt-tax support']);
  });
  it('reads "let the salt tax go" as giving it up, "let Norland go ahead with it" as no giving-up', () => {
    expect(salt('Berg said Norland should let the salt tax go.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Norland should let the union go ahead with the salt tax.')).toEqual(['sudland salt-tax support']);
  });
  it('reads "the opposite of what Sudland had asked for", "alternatives to", "would tie the hands of" as opposition', () => {
    expect(salt('Berg said a salt tax was the opposite of what Sudland had asked for.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg asked Norland to suggest alternatives to a salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said there was no alternative to a salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said a salt tax would tie the hands of farmers.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads a name with an irregular participle after its subject ("Checks on goods sent to Eastia are scrapped") as giving the checks up', () => {
    const checks = northSouth(`
  - id: scrap-checks
    name: Checks on goods sent to Eastia are scrapped
    terms: [checks on goods]
`, 'session19-checks.yaml');
    expect(checks('Berg said checks on goods should stay.')).toEqual(['sudland scrap-checks oppose']);
    expect(checks('Berg said the checks on goods must end.')).toEqual(['sudland scrap-checks support']);
  });
  it('reads a thing that "still stood" as kept and "the right decision" as support', () => {
    const threat = northSouth(`
  - id: strike-threat-dropped
    name: The unions drop their strike threat
    terms: [strike threat]
`, 'session19-threat.yaml');
    expect(threat('Berg said the strike threat stood.')).toEqual(['sudland strike-threat-dropped oppose']);
    expect(salt('Berg said the salt tax had been the right decision.')).toEqual(['sudland salt-tax support']);
  });
  it('reads the head noun of one issue\'s seed alone ("the corridor" for "grain corridor") as that issue, not a head too common or shared', () => {
    const grain = northSouth(`
  - id: grain-deal
    name: The grain initiative stays in force and is renewed
    terms: [grain corridor, extension]
  - id: pay-talks
    name: Norland reopens pay talks with the unions
    terms: [pay talks]
`, 'session19-corridor.yaml');
    // (once the story has named it)
    const named = 'Aral said the grain corridor had been extended. ';
    expect(grain(named + 'Berg said Sudland would keep working for the corridor to continue.')).toEqual(['norland grain-deal support', 'sudland grain-deal support']);
    expect(grain(named + 'Berg said Sudland opposed the corridor.')).toEqual(['norland grain-deal support', 'sudland grain-deal oppose']);
    // (only plain nouns that can stand alone: not a vote, a body, a time or a reference word of its own)
    const heads = compile(parseWatchlist(`
actors:
  - {id: norland, name: Norland, aliases: [Norland]}
issues:
  - {id: grain, name: The grain initiative is renewed, terms: [grain corridor, confidence vote, truce period, peace deal]}
`, 'session19-heads.yaml')).headRefs;
    expect([...heads.keys()]).toEqual(['corridor']);
    // (nor a head another issue's seed says too, not as its head: "levy" of "salt levy" beside "levy rebate")
    const sharedWord = compile(parseWatchlist(`
actors:
  - {id: norland, name: Norland, aliases: [Norland]}
issues:
  - {id: salt, name: A salt levy is introduced, terms: [salt levy]}
  - {id: rebate, name: Farmers get a rebate, terms: [levy rebate]}
`, 'session19-heads2.yaml')).headRefs;
    expect(sharedWord.has(stem('levy'))).toBe(false);
    expect(sharedWord.has(stem('rebate'))).toBe(true);
    const shared = northSouth(`
  - id: salt-levy
    name: A salt levy is introduced
    terms: [salt levy]
  - id: sugar-levy
    name: A sugar levy is introduced
    terms: [sugar levy]
`, 'session19-levies.yaml');
    expect(shared('Aral said the salt levy and the sugar levy were both planned. Berg said Sudland opposed the levy.').filter((x) => x.startsWith('sudland'))).toEqual([]);
  });
  it('reads "wanted the deal to continue" as the deal wished on, "a deal to end the strike" as another deal', () => {
    const grain = northSouth(`
  - id: grain-deal
    name: The grain deal stays in force and is renewed
    terms: [grain deal]
`, 'session19-deal.yaml');
    expect(grain('Aral said the grain deal had been extended. Berg said Sudland wanted the deal to continue.'))
      .toEqual(['norland grain-deal support', 'sudland grain-deal support']);
    expect(grain('Aral said the grain deal had been extended. Berg said Sudland wanted a deal to end the strike.'))
      .toEqual(['norland grain-deal support']);
  });
  it('reads "unjust", "pointless", "futile", "harmful" as opposition in a predicate only ("the tax was unjust", not "a futile gesture")', () => {
    expect(salt('Berg said the salt tax was unjust.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax remained entirely pointless.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was not harmful.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said the futile talks on the salt tax had ended.')).toEqual([]);
  });
  it('reads "on the understanding that" and "assuming that" as conditions', () => {
    expect(salt('Berg said Sudland would back the salt tax on the understanding that farmers were exempt.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland would back the salt tax assuming that farmers were exempt.')).toEqual(['sudland salt-tax conditional']);
  });
  it('reads "misgivings about", "a bridge too far", "closed the door on" as opposition, "the go-ahead" as support', () => {
    expect(salt('Berg said Sudland had serious misgivings about the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax was a bridge too far.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg closed the door on the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg gave the salt tax the go-ahead.')).toEqual(['sudland salt-tax support']);
  });
  it('reads "had not closed the door on", "was warming to", "could be persuaded to back" as openness, not "limit warming to"', () => {
    expect(salt('Berg said Sudland had not closed the door on the salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland was warming to the salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said Sudland could be persuaded to back the salt tax.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Berg said the salt tax would help limit warming to 1.5 degrees.')).toEqual([]);
  });
  it('reads the agent of a stance the subject receives ("the tax faces opposition from Sudland", "met fierce opposition from") as that agent\'s stance on the subject', () => {
    expect(salt('The salt tax faces opposition from Sudland.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('The salt tax met fierce opposition from Sudland.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('The salt tax won backing from Sudland.')).toEqual(['sudland salt-tax support']);
  });
});

describe('createStanceReader: session 20 phenomena', () => {
  const exemption = northSouth(`
  - id: salt-exemption
    name: Norland exempts Sudland from its salt tariffs
    terms: [salt tariffs, exemption]
  - id: fishing-exemption
    name: Small fishing boats are exempted from the fishing levy
    terms: [fishing levy, small fishing boats, decriminalise]
  - id: fund
    name: A rebuilding fund is set up
    terms: [rebuilding fund]
`, 'session20-exemption.yaml');
  it('reads an exemption name ("exempts Sudland from its salt tariffs") as taking away what follows "from"', () => {
    expect(exemption('Berg called the salt tariffs totally unacceptable.')).toEqual(['sudland salt-exemption support']);
    expect(exemption('Aral said the salt tariffs would stay in place.')).toEqual(['norland salt-exemption oppose']);
    expect(exemption('Berg welcomed the end of the salt tariffs.')).toEqual(['sudland salt-exemption support']);
    // (the passive: what is exempted reads as named, the levy is the thing)
    expect(exemption('Berg said the fishing levy must stay.')).toEqual(['sudland fishing-exemption oppose']);
    // (a word said of the exempted too, "fishing", is no part of the thing)
    expect(exemption('Berg said Sudland backed the plan for small fishing boats.')).toEqual(['sudland fishing-exemption support']);
  });
  it('reads "exempt X from Y" and "the exemption from Y" in the text as taking Y away, over whoever is exempted', () => {
    expect(exemption('Aral agreed to exempt Sudland from the salt tariffs.')).toEqual(['norland salt-exemption support']);
    expect(exemption('Aral refused to exempt Sudland from the salt tariffs.')).toEqual(['norland salt-exemption oppose']);
    expect(exemption('Berg welcomed the exemption from the fishing levy.')).toEqual(['sudland fishing-exemption support']);
    expect(exemption('Berg said the exemption from the fishing levy met one of Sudland\'s demands.')).toEqual(['sudland fishing-exemption support']);
  });
  it('still finds an exemption issue by its own verb said as a noun ("voted against the exemption")', () => {
    expect(exemption('Berg said Sudland would vote against the exemption for small fishing boats.')).toEqual(['sudland fishing-exemption oppose']);
  });
  it('does not turn a second predicate after the exempting round ("exempt small boats from the levy and set up a fund")', () => {
    expect(exemption('Berg agreed to back the plan to exempt small fishing boats from the fishing levy and set up a rebuilding fund.'))
      .toEqual(['sudland fishing-exemption support', 'sudland fund support']);
  });
  const strike = northSouth(`
  - id: national-strike
    name: The Sudland unions hold a national strike
    terms: [national strike, strike]
`, 'session20-strikes.yaml');
  it('reads "go back on strike" as no reneging on anything', () => {
    expect(strike('Berg said Sudland had to go back on strike.')).toEqual(['sudland national-strike support']);
    expect(strike('Berg said Sudland would not go back on the national strike.')).toEqual(['sudland national-strike support']);
  });
  it('reads "dangerous" as opposition in a predicate only ("the tax was dangerous", not "a dangerous precedent")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session20-salt.yaml');
    expect(salt('Berg said the salt tax was dangerous.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the dangerous talks on the salt tax had ended.')).toEqual([]);
  });
  it('reads a leaving that states a result ("left Sudland disappointed", "left it open") as no giving-up', () => {
    const union = northSouth(`
  - id: leave-union
    name: Sudland leaves the customs union
    terms: [customs union]
`, 'session20-union.yaml');
    expect(union('Berg said Sudland would leave the customs union.')).toEqual(['sudland leave-union support']);
    expect(union('Berg said the customs union left Sudland bitterly disappointed.')).toEqual([]);
    const deal = northSouth(`
  - id: leave-deal
    name: Norland leaves the fishing deal
    terms: [fishing deal]
`, 'session20-deal.yaml');
    expect(deal('Aral said the fishing deal left its fishermen poorer.')).toEqual([]);
    expect(union('Berg said the talks left the customs union open.')).toEqual([]);
    expect(union('Berg said Sudland, like the left, backed the customs union.')).toEqual(['sudland leave-union oppose']);
    // (leaving out excludes: a giving-up)
    expect(union('Berg said Sudland would not accept a treaty that left out the customs union.')).toEqual(['sudland leave-union oppose']);
  });
  it('reads the one asked a question ("Aral, asked about the salt tax, said ...", "asked Berg about it") as asking for nothing', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session20-salt.yaml');
    expect(salt('Aral, asked about the salt tax, said the figures would be published soon.')).toEqual([]);
    expect(salt('Asked whether the salt tax would pass, Aral said the vote was in May.')).toEqual([]);
    expect(salt('Aral asked Berg about the salt tax.')).toEqual([]);
    expect(salt('Berg said Sudland had done everything asked of it on the salt tax.')).toEqual([]);
    // (a request stays one)
    expect(salt('Aral asked Sudland to accept the salt tax.')).toEqual(['norland salt-tax support']);
  });
  it('reads "without trouble", "without charge", "without offering evidence" as a manner, nothing given up', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session20-salt.yaml');
    expect(salt('Aral said the salt tax should pass without incident.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said the salt tax should pass without trouble.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said the salt tax should pass without evidence of harm.')).toEqual(['norland salt-tax support']);
  });
  it('reads a requirement on any version of the thing ("any salt tax would have to exempt farmers") as conditional', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session20-salt.yaml');
    expect(salt('Aral said any salt tax would have to exempt farmers.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Aral said any salt tax must exempt farmers.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Aral said the salt tax must pass.')).toEqual(['norland salt-tax support']);
  });
  it('reads the thing wanted only in a limited form ("the exemption must be temporary", "had to be orderly") as conditional', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session20-salt.yaml');
    expect(salt('Aral said the salt tax must be temporary and short.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Aral said the salt tax had to be orderly.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Aral said Norland agreed to a salt tax only, for two years.')).toEqual(['norland salt-tax conditional']);
  });
  it('reads a requirement the holder puts on another actor first ("but Sudland would first have to cut its tariffs") as conditional', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session20-salt.yaml');
    expect(salt('Aral said Norland wanted the salt tax introduced but repeated that Sudland would first have to cut its tariffs.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Aral said Norland backed the salt tax, but Sudland must first cut its tariffs.')).toEqual(['norland salt-tax conditional']);
    // (another actor's own restriction is not the holder's)
    expect(salt('Aral said Norland backed the salt tax, but Sudland only wanted a sugar levy.')).toEqual(['norland salt-tax support']);
  });
  it('reads a capacity to block told ("enough seats to block", "cannot block it") as no position', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session20-salt.yaml');
    expect(salt('Berg said Sudland had enough seats to block the salt tax.')).toEqual([]);
    expect(salt('Berg said Sudland could delay the salt tax but cannot block it.')).toEqual([]);
    expect(salt("Berg said Sudland could delay the salt tax but can't block it.")).toEqual([]);
    expect(salt('Berg said Sudland had enough votes to veto the salt tax.')).toEqual([]);
    expect(salt('Berg said Sudland would block the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads a seed verb that names the giving-up of an exemption\'s thing ("decriminalise") as taking the thing away', () => {
    expect(exemption('Aral agreed to decriminalise fishing levy evasion.')).toEqual(['norland fishing-exemption support']);
    expect(exemption('Aral refused to decriminalise fishing levy evasion.')).toEqual(['norland fishing-exemption oppose']);
  });
});

describe('createStanceReader: session 21 phenomena', () => {
  it('reads a group formed "against" the thing ("a blocking minority against the salt tax") as opposing it', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session21-salt.yaml');
    expect(salt('Sudland is trying to assemble a blocking minority against the salt tax, diplomats said.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland would lead the resistance against the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads "ready" said of a thing ("the salt tax bill was ready") as no readiness to compromise', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session21-salt.yaml');
    expect(salt('Berg said the salt tax bill was almost ready.')).toEqual([]);
    expect(salt('Berg said Sudland wanted the salt tax and that the bill was almost ready.')).toEqual(['sudland salt-tax support']);
    // (a holder's readiness takes "to" or "for")
    expect(salt('Berg said Sudland was ready for talks on the salt tax.')).toEqual(['sudland salt-tax conditional']);
  });
  it('reads a sentence up to a later ", but" clause whose evasion is about something else', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session21-salt.yaml');
    expect(salt('Berg said Sudland backed the salt tax, but he did not say whether Sudland would cut its tariffs.')).toEqual(['sudland salt-tax support']);
    // (an evasion about the same thing, or one that refers back, still frames the whole sentence)
    expect(salt('Berg said Sudland backed the salt tax, but he did not say when the salt tax would start.')).toEqual([]);
    expect(salt('Berg said Sudland backed the salt tax, but he did not say how it would be collected.')).toEqual([]);
    expect(salt('Asked whether Sudland would cut its tariffs, Berg said Sudland backed the salt tax, but he did not say whether Norland agreed.')).toEqual([]);
  });
  it('reads up to a plain "but" too, and past an evasion about another issue ("but declined to say when the levy would start")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session21-salt.yaml');
    expect(salt('Berg said Sudland backed the salt tax but did not say whether Norland agreed.')).toEqual(['sudland salt-tax support']);
    const two = northSouth(`
  - id: salt-tax
    name: A 10% tax on salt is introduced
    terms: [salt tax]
  - id: sugar-levy
    name: A levy on sugar is introduced
    terms: [sugar levy]
`, 'session21-two.yaml');
    expect(two('Berg said Sudland backed the salt tax, but declined to say when the sugar levy would start.')).toEqual(['sudland salt-tax support']);
    expect(two('Berg said Sudland backed the salt tax, but declined to say when the salt tax would start.')).toEqual([]);
  });
  it('reads a reference back by the thing\'s own word ("the tariffs") as the thing an exemption takes away', () => {
    const exemption = northSouth(`
  - id: salt-exemption
    name: Norland exempts Sudland from its salt tariffs
    terms: [salt tariffs, exemption]
`, 'session21-exemption.yaml');
    expect(exemption('The salt tariffs rose on Monday. Berg called the tariffs unacceptable.')).toEqual(['sudland salt-exemption support']);
    expect(exemption('The salt tariffs rose on Monday. Berg said the tariffs must stay.')).toEqual(['sudland salt-exemption oppose']);
  });
  it('reads a harm in a relative clause ("anything that undermined the salt tax") as a verb, not a participle adjective', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session21-salt.yaml');
    expect(salt('Berg said Sudland would not agree to anything that undermined the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland would not agree to anything that weakened salt tax rules.')).toEqual(['sudland salt-tax support']);
  });
  it('reads a give-up predicated of the thing past the rest of its noun phrase ("wanted the salt tax plan dropped")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session21-salt.yaml');
    expect(salt('Berg said Sudland wanted the salt tax plan dropped.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland wanted the salt tax bill scrapped.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads concerns named as someone\'s ("would address their concerns about the salt tax") as no concern voiced here', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session21-salt.yaml');
    expect(salt('Aral said Norland would address the concerns about the salt tax.')).toEqual([]);
    expect(salt("Aral said Norland would address Sudland's concerns about the salt tax.")).toEqual([]);
    expect(salt('Berg said Sudland had raised concerns about the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads a dismissal of office holders ("dismissed his entire cabinet") as no rejection', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session21-salt.yaml');
    expect(salt('Aral, under pressure over the salt tax, dismissed almost his entire cabinet.')).toEqual([]);
    expect(salt('Aral dismissed the salt tax as a gimmick.')).toEqual(['norland salt-tax oppose']);
  });
  it('reads a seed verb said of the thing in the passive ("the salt tax would not be dropped", "drop" a seed) on the thing', () => {
    const salt = northSouth(`
  - id: salt-tax-dropped
    name: Norland drops its salt tax
    terms: [salt tax, drop]
`, 'session21-dropped.yaml');
    expect(salt('Aral said the salt tax would not be dropped.')).toEqual(['norland salt-tax-dropped oppose']);
    expect(salt('Aral said the salt tax would be dropped.')).toEqual(['norland salt-tax-dropped support']);
  });
  it('reads a capitalised word inside the sentence as a name\'s, not an issue\'s act ("talks on the AI Act hit a wall after ...")', () => {
    const act = northSouth(`
  - id: binding-rules
    name: Foundation models face binding rules under the AI Act
    terms: [binding rules, foundation models]
`, 'session21-act.yaml');
    expect(act('Talks on the AI Act hit a wall after Sudland objected to any binding rules for foundation models.')).toEqual(['sudland binding-rules oppose']);
  });
  it('reads the doubled past of a verb stressed on its last syllable or ending in "l" ("annulled")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session21-salt.yaml');
    expect(salt('Berg said Sudland would keep protesting until the salt tax was annulled.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax should be annulled.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads the irregular past of "uphold" ("upheld")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session21-salt.yaml');
    expect(salt('Berg said Sudland had upheld the salt tax.')).toEqual(['sudland salt-tax support']);
  });
});

describe('createStanceReader: session 22 phenomena', () => {
  const reader = createStanceReader(parseWatchlist(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Ada Berg, Berg]}
issues:
${SALT_TAX_ISSUE}`, 'session22-lead.yaml'));
  const sentences = (text: string) => reader.analyze({ title: 'Salt', text })
    .map((c) => `${c.actor} ${c.stance} ${c.sentence}`).sort();
  it('tells which sentence of the story carries each claim (0 = the lead), the first one that reads its stance', () => {
    expect(sentences('Talks went on. Aral said Norland rejected the salt tax. Weather was fine. Berg said Sudland backed the salt tax.'))
      .toEqual(['norland oppose 1', 'sudland support 3']);
    // (a surer reading of the same stance further down keeps the first sentence: the lead carries the news)
    expect(sentences('The salt tax came up again. Norland opposed it, officials said. Weather was fine. Aral said Norland rejected the salt tax.'))
      .toEqual(['norland oppose 1']);
    // (... also when another stance was read in between)
    expect(sentences('The salt tax came up again. Norland opposed it, officials said. Aral said Norland would keep the salt tax. Aral said Norland rejected the salt tax.'))
      .toEqual(['norland oppose 1']);
  });
  it('reads a condition after a relative clause that follows the issue\'s own predicate as the predicate\'s ("could pass the parliament that meets in May only if ...")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session22-salt.yaml');
    expect(salt('Aral said the salt tax could pass the parliament that meets in May only if Sudland cut its tariffs.')).toEqual(['norland salt-tax conditional']);
    // (a relative clause on the issue's phrase itself keeps its condition: "a salt tax that would rise only if ...")
    expect(salt('Aral said Norland would back a salt tax that would rise only if prices fell.')).toEqual(['norland salt-tax support']);
  });
  it('reads "opposition" naming a side of politics ("Opposition negotiator Ada Berg", "the opposition\'s candidate") as no opposition', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session22-salt.yaml');
    expect(salt('Opposition negotiator Ada Berg said the ruling broke the spirit of the salt tax.')).toEqual([]);
    expect(salt("Berg said the opposition's candidate would debate the salt tax.")).toEqual([]);
    expect(salt('Berg restated Sudland\'s opposition to the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
});

describe('createStanceReader: session 23 phenomena', () => {
  const scrap = northSouth(`
  - id: scrap-salt-tax
    name: Norland scraps the salt tax
    terms: [salt tax]`, 'session23-scrap.yaml');
  it('reads what must or is wanted to end or go as given up, whatever follows it ("wanted the strikes to end through a settlement", "must now end")', () => {
    expect(scrap('Aral said he wanted the salt tax to end through a negotiated settlement.')).toEqual(['norland scrap-salt-tax support']);
    expect(scrap('Aral wants the salt tax to end soon.')).toEqual(['norland scrap-salt-tax support']);
    expect(scrap('Aral said the salt tax must now end.')).toEqual(['norland scrap-salt-tax support']);
    expect(scrap('Aral said the salt tax should simply go.')).toEqual(['norland scrap-salt-tax support']);
    // (a schedule or a forecast is no wish: "due to end on Friday"; nor is "end up")
    expect(scrap('Aral said the salt tax was due to end on Friday.')).toEqual([]);
    expect(scrap('Aral said the salt tax should end up lower.')).not.toContain('norland scrap-salt-tax support');
  });
  it('reads the verbs of an issue\'s description as its acts ("The government will collect a tax on salt": "would collect the salt tax" supports it)', () => {
    const described = northSouth(`
  - id: salt-tax
    name: A 10% tax on salt is introduced
    description: The government will collect a tax of 10% on each kilo of salt sold.
    terms: [salt tax]
  - id: scrap-levy
    name: Norland scraps the fish levy
    description: The government no longer charges a levy on each tonne of fish landed.
    terms: [fish levy]`, 'session23-described.yaml');
    expect(described('Aral said Norland would collect the salt tax from May.')).toEqual(['norland salt-tax support']);
    expect(described('Berg said Sudland would never collect a salt tax.')).toEqual(['sudland salt-tax oppose']);
    // (a give-up's description tells what the thing given up does: charging the levy keeps it, against scrapping it)
    expect(described('Aral said Norland would charge the fish levy from May.')).toEqual(['norland scrap-levy oppose']);
  });
  it('reads an "unless" or "only if" clause set on something untracked as what the holder asks for ("would not agree to lift the limit unless it came with X")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session23-salt.yaml');
    expect(salt('Aral said he would not agree to lift the tariffs unless it came with a salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said Norland would back the budget only if it came with a salt tax.')).toEqual(['norland salt-tax support']);
    // (set on the tracked issue itself, or on a reference back to one, the condition makes that stance conditional)
    const rebate = northSouth(`${SALT_TAX_ISSUE}
  - id: farm-rebate
    name: Sudland pays a rebate to salt farmers
    terms: [farm rebate]`, 'session23-rebate.yaml');
    expect(rebate('Aral said Norland would back the salt tax only if Sudland paid a farm rebate.')).toEqual(['norland salt-tax conditional']);
    expect(rebate('Aral said the salt tax could work only if Sudland agreed to a farm rebate.')).not.toContain('norland farm-rebate support');
    expect(rebate('The salt tax was tabled again. Aral said Norland would back it only if it came with a farm rebate.')).toEqual(['norland salt-tax conditional']);
  });
});

describe('createStanceReader: session 24 phenomena', () => {
  const salt = northSouth(SALT_TAX_ISSUE, 'session24-salt.yaml');
  it('reads what an acceptance is withheld for by "unless" as objected to ("would back the budget unless it came with a salt tax")', () => {
    expect(salt('Aral said Norland would back the budget unless it came with a salt tax.')).toEqual(['norland salt-tax oppose']);
    // (a refusal or a threat before "unless" asks for it instead)
    expect(salt('Aral said Norland would not back the budget unless it came with a salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said Norland would block the budget unless it came with a salt tax.')).toEqual(['norland salt-tax support']);
  });
  it('reads an "only if" clause on an issue as asked for when the words before it name other issues only in passing ("votes would go to Sudland only if ...")', () => {
    const deal = northSouth(`${SALT_TAX_ISSUE}
  - id: trade-deal
    name: Norland and Sudland sign a trade deal
    terms: [trade deal]`, 'session24-deal.yaml');
    expect(deal('Aral said Norland\'s votes would go to Sudland only if the salt tax was introduced.')).toEqual(['norland salt-tax support']);
    // (a reference word inside a phrase that names another issue, "deal" in "the trade deal", refers back to nothing)
    expect(deal('Aral said Norland\'s votes would go to the trade deal only if the salt tax was introduced.')).toContain('norland salt-tax support');
    // (still conditional when the issue itself comes before the clause)
    expect(deal('Aral said Norland would accept the salt tax only if the trade deal was signed.')).toContain('norland salt-tax conditional');
  });
  it('reads a "provided" clause set on something untracked as asked for, with "then" inside it an adverb ("offered three years, provided Sudland then introduced the salt tax")', () => {
    expect(salt('Aral said Norland had offered three years, provided Sudland then introduced the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said Norland would back the budget provided it came with a salt tax.')).toEqual(['norland salt-tax support']);
  });
  it('reads a fronted "if ... then" in a reported clause as a condition, as with a comma ("said that if Sudland cut its tariffs then Norland would back the salt tax")', () => {
    expect(salt('Aral said that if Sudland cut its tariffs then Norland would back the salt tax.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Aral said that if Sudland cut its tariffs, Norland would back the salt tax.')).toEqual(['norland salt-tax conditional']);
  });
  it('does not take the "that" opening a reported clause for a reference back to an issue ("said that Norland would back the budget only if ...")', () => {
    expect(salt('Aral said that Norland would back the budget only if it came with a salt tax.')).toEqual(['norland salt-tax support']);
  });
});

describe('createStanceReader: session 24 exclusions', () => {
  const salt = northSouth(SALT_TAX_ISSUE, 'session24-exclusions.yaml');
  it('reads what "other than" sets aside as excluded ("urged them to come forward with proposals other than the salt tax")', () => {
    expect(salt('Aral urged Berg to come forward with proposals other than the salt tax.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Aral called for options other than a salt tax.')).toEqual(['norland salt-tax oppose']);
    // (nothing else, or no other option: what is left is wanted)
    expect(salt('Aral said Norland would accept nothing other than the salt tax.')).toEqual(['norland salt-tax support']);
  });
});

describe('createStanceReader: session 25 phenomena', () => {
  it('does not take a give-up description\'s own give-up verb for what the thing does ("The inquiry ... is closed": "had to be closed" wants it dropped)', () => {
    const inquiry = northSouth(`
  - id: drop-inquiry
    name: Norland drops its inquiry into the salt mines
    description: The inquiry into the salt mines is closed without findings.
    terms: [inquiry, salt mines, close]`, 'session25-inquiry.yaml');
    expect(inquiry('Berg said the inquiry into the salt mines had to be closed.')).toEqual(['sudland drop-inquiry support']);
    expect(inquiry('Berg said the salt mines inquiry must be closed.')).toEqual(['sudland drop-inquiry support']);
  });
  it('reads a relative clause on a name after a preposition as that actor\'s position, not a place ("negotiated with Norland, which wants ...")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session25-relative.yaml');
    expect(salt('The position must now be negotiated with Norland, which wants the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Berg spoke to Norland, which wants the salt tax.')).toEqual(['norland salt-tax support']);
  });
  it('reads "Norland and other salt producers" as Norland with others of its kind, not a new untracked subject', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session25-others.yaml');
    expect(salt('Aral said Norland and other salt producers would never accept a salt tax.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Norland and fellow producers have opposed any salt tax.')).toEqual(['norland salt-tax oppose']);
    // (and a relative clause on them is the name's too)
    expect(salt('The deal would isolate Norland and other salt producers, which have opposed any salt tax.')).toEqual(['norland salt-tax oppose']);
  });
  it('reads a list that opens with the speaker\'s own actor as all its members ("Aral said Norland and Sudland would never accept ...")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session25-own-list.yaml');
    expect(salt('Aral said Norland and Sudland would never accept a salt tax.')).toEqual(['norland salt-tax oppose', 'sudland salt-tax oppose']);
  });
  it('reads an epithet on the thing after a verb acting on it as no second turn ("must withdraw what he called an illegal salt tax")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session25-epithet.yaml');
    expect(salt('Aral said Sudland must withdraw what he called an illegal salt tax.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Aral said Sudland must withdraw the unfair salt tax.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Aral reluctantly accepted the unfair salt tax.')).toEqual(['norland salt-tax support']);
    // (with no verb, the epithet is the judgement)
    expect(salt('Aral called the salt tax unfair.')).toEqual(['norland salt-tax oppose']);
  });
  it('reads "take away" as giving the thing up ("would not accept a deal that took away the salt tax")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session25-take-away.yaml');
    expect(salt('Aral said Norland would not accept a deal that took away the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said Norland wanted to take away the salt tax.')).toEqual(['norland salt-tax oppose']);
  });
  it('reads a reference back by a ban noun to a ban issue as the ban itself ("was rejecting the embargo")', () => {
    const ban = northSouth(`
  - id: salt-ban
    name: Norland bans imports of Sudland salt
    terms: [salt embargo, ban on salt imports]`, 'session25-ban.yaml');
    expect(ban('Norland proposed a salt embargo on Monday. Berg said Sudland was rejecting the embargo.')).toEqual(['norland salt-ban support', 'sudland salt-ban oppose']);
    expect(ban('Norland proposed a salt embargo on Monday. Berg said Sudland backed the embargo.')).toEqual(['norland salt-ban support', 'sudland salt-ban support']);
  });
  it('reads a trade refused ("would not accept the salt tax in exchange for a trade deal") as a refusal, not a condition', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session25-refused-trade.yaml');
    expect(salt('Aral said Norland would not accept the salt tax in exchange for a trade deal.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Aral said Norland would not drop its objection to the salt tax in exchange for a meeting.')).toEqual(['norland salt-tax oppose']);
    // (and so is "there would be no X if ...": the thing refused in a case)
    expect(salt('Aral said there would be no salt tax if Sudland voted no.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Aral said Norland would back the salt tax if Sudland voted yes.')).toEqual(['norland salt-tax conditional']);
    // (a trade offered is still conditional)
    expect(salt('Aral said Norland would accept the salt tax in exchange for a trade deal.')).toEqual(['norland salt-tax conditional']);
  });
  it('reads a proviso closing the sentence after a comma (", as long as ...") as the main stance\'s condition, however far', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session25-proviso.yaml');
    expect(salt('Aral said a return to the salt tax would be the best way to fund the schools, as long as Sudland paid its share.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Aral said a return to the salt tax would be the best way to fund the schools.')).toEqual(['norland salt-tax support']);
  });
  it('reads a condition fronted in the speaker\'s own reported clause as conditional when the speaker stays the holder ("Aral said that as long as ..., Norland would back ...")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session25-own-fronted.yaml');
    expect(salt('Aral said that as long as Sudland paid its share, Norland would back the salt tax.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Aral said Norland would back the salt tax.')).toEqual(['norland salt-tax support']);
  });
  it('reads a thing wanted "kept out of" something as given up ("wanted the salt tax kept out of the budget")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session25-kept-out.yaml');
    expect(salt('Berg said Sudland wanted the salt tax kept out of the budget.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland wanted the salt tax kept.')).toEqual(['sudland salt-tax support']);
  });
});

describe('createStanceReader: session 26 phenomena', () => {
  it('reads a clause signalled across a time adjunct like one signalled right away ("signalled on Monday that it could lift its veto")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session26-signalled.yaml');
    expect(salt('Aral signalled on Monday that Norland could accept the salt tax, but only if Sudland paid half.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Aral hinted on Tuesday that Norland would back the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral signalled last week that Norland would never accept the salt tax.')).toEqual(['norland salt-tax oppose']);
    // (a hedge stays a hint)
    expect(salt('Aral signalled on Monday that Norland might accept the salt tax.')).toEqual([]);
  });
  it('reads the agent of a stance noun after "of" when the subject has or receives it ("has the backing of Norland")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session26-backing-of.yaml');
    expect(salt('The salt tax has the backing of Norland.')).toEqual(['norland salt-tax support']);
    expect(salt('The salt tax won the support of Norland.')).toEqual(['norland salt-tax support']);
    // (not one only needed: "needs the approval of Norland")
    expect(salt('The salt tax needs the approval of Norland.')).toEqual([]);
  });
  it('reads acceptance of only one version of the thing, named by a restrictive clause, as conditional ("would only vote for a salt tax that protected farmers")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session26-only-version.yaml');
    expect(salt('Aral said Norland would only vote for a salt tax that protected farmers.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Aral said Norland would back only a salt tax it could enforce.')).toEqual(['norland salt-tax conditional']);
    // (without "only", or without the clause, it is plain support)
    expect(salt('Aral said Norland would back a salt tax that exempted farmers.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said Norland would only back the salt tax.')).toEqual(['norland salt-tax support']);
  });
  it('reads a phrase split by the party it is done with ("would not negotiate with Sudland over the salt tax")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session26-with-party.yaml');
    expect(salt('Aral said Norland would negotiate with Sudland about the salt tax.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Aral said Norland would compromise with the Sudland government on the salt tax.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Aral said Norland would not negotiate with Sudland over the salt tax.')).toEqual(['norland salt-tax support']);
  });
  it('reads "looked forward to" the thing as wanting it, not "looked forward to working with" someone', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session26-look-forward.yaml');
    expect(salt('Aral said Norland looked forward to the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said Norland looked forward to signing the salt tax into law.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said Norland looked forward to working with Sudland on the salt tax.')).toEqual([]);
  });
  it('reads "ambitions" and "aspirations" as the bid a seed names ("NATO bid": "would never give up its NATO aspirations")', () => {
    // (the union is an actor too, as NATO is: its name is no issue word then)
    const bid = readerOf(`
actors:
  - {id: norland, name: Norland, aliases: [Norland, Piet Aral, Aral]}
  - {id: sudland, name: Sudland, aliases: [Sudland, Ada Berg, Berg]}
  - {id: union, name: Salt Union, aliases: [Salt Union]}
issues:
  - id: drop-salt-bid
    name: Norland abandons its bid to join the Salt Union
    terms: [Salt Union bid, Salt Union membership]`, 'session26-aspirations.yaml');
    expect(bid('Aral said Norland would never give up its Salt Union aspirations.')).toEqual(['norland drop-salt-bid oppose']);
    expect(bid('Aral said Norland could drop its Salt Union ambitions if Sudland offered guarantees.')).toEqual(['norland drop-salt-bid conditional']);
  });
  it('reads "could be acceptable" as acceptance with a hedge, like "could accept"', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session26-could-be-acceptable.yaml');
    expect(salt('Aral said a salt tax could be acceptable to Norland.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Aral said a salt tax was acceptable to Norland.')).toEqual(['norland salt-tax support']);
  });
});

describe('createStanceReader: session 27 phenomena', () => {
  it('reads a legal action the holder brings against the thing as opposing it ("filed a lawsuit against the salt tax")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session27-lawsuit.yaml');
    expect(salt('Aral said Norland had filed a lawsuit against the salt tax.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Norland lodged an appeal against the salt tax on Monday.')).toEqual(['norland salt-tax oppose']);
  });
  it('does not read the lawsuits a court decides as its own ("met to decide the lawsuits against the mining contract")', async () => {
    const { readFileSync } = await import('node:fs');
    const path = 'eval/panama-copper-mine-2023/watchlist.yaml';
    const mine = createStanceReader(parseWatchlist(readFileSync(path, 'utf8'), path));
    const text = 'The Supreme Court met on Friday to decide the lawsuits against the mining contract.';
    expect(tuples(mine.analyze({ text })).filter((t) => t.startsWith('supreme-court ') && t.endsWith(' oppose'))).toEqual([]);
    // (the holder who brings them opposes it)
    expect(tuples(mine.analyze({ text: 'First Quantum said it had filed a lawsuit against the repeal.' }))).toContain('first-quantum repeal-contract oppose');
  });
  it('reads striking the thing down and walking back support for it as giving it up', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session27-strike-down.yaml');
    expect(salt('Aral said Norland had asked the court to strike down the salt tax.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Norland walked back its support for the salt tax on Monday.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Norland rowed back on its support for the salt tax.')).toEqual(['norland salt-tax oppose']);
  });
});
describe('createStanceReader: session 27 phenomena (2)', () => {
  it('reads "it was time for" the thing as wanting it', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session27-time-for.yaml');
    expect(salt('Aral said it was time for a salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said it was time to scrap the salt tax.')).toEqual(['norland salt-tax oppose']);
  });
});
describe('createStanceReader: session 27 phenomena (3)', () => {
  it('reads joining a government or coalition that would do the thing as wanting it ("would never join a government that introduced a salt tax")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session27-join-government.yaml');
    expect(salt('Aral said Norland would never join a government that introduced a salt tax.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Aral said Norland would only enter a coalition that introduced a salt tax.')).toEqual(['norland salt-tax support']);
  });
});
describe('createStanceReader: session 27 phenomena (4)', () => {
  it('reads "give away" as giving the thing up ("would veto a deal that gave away the salt tax")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session27-give-away.yaml');
    expect(salt('Aral said Norland would veto any deal that gave away the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral said Norland had agreed to give away the salt tax.')).toEqual(['norland salt-tax oppose']);
  });
});
describe('createStanceReader: session 27 phenomena (5)', () => {
  it('does not read another person\'s own resignation, reported by themselves, as the act a name gives to someone else ("Berg said she was resigning")', () => {
    const resigns = readerOf(`
actors:
  - {id: aral, name: President Piet Aral, aliases: [Piet Aral, Aral]}
  - {id: berg, name: Ada Berg, aliases: [Ada Berg, Berg]}
issues:
  - {id: aral-resigns, name: "President Piet Aral resigns before his term ends", terms: [resign, resignation]}
baseline: []
`, 'session27-own-resignation.yaml');
    expect(resigns('Ada Berg said she was resigning as party leader.')).toEqual([]);
    expect(resigns('Ada Berg said she would resign as party leader.')).toEqual([]);
    // (asking the named person to do it is a stance)
    expect(resigns('Ada Berg said Aral should resign.')).toEqual(['berg aral-resigns support']);
  });
});
describe('createStanceReader: session 28 phenomena', () => {
  const TALKS_ISSUE = `
  - id: salt-talks
    name: Norland and Sudland hold talks on the salt dispute
    terms: [salt talks, talks]
`;
  it('reads taking part as wanting the thing taken part in, and a boycott or staying away as opposing it', () => {
    const talks = northSouth(TALKS_ISSUE, 'session28-take-part.yaml');
    expect(talks('Berg said Sudland would take part in the talks.')).toEqual(['sudland salt-talks support']);
    expect(talks('Berg said Sudland would not take part in the talks.')).toEqual(['sudland salt-talks oppose']);
    expect(talks('Berg said Sudland would boycott the talks.')).toEqual(['sudland salt-talks oppose']);
    expect(talks('Berg said Sudland would stay away from the talks.')).toEqual(['sudland salt-talks oppose']);
    expect(talks('Berg said Sudland would join the talks.')).toEqual(['sudland salt-talks support']);
    // (only of its own object: exercises taken part in "in response to" the thing say nothing of it)
    expect(talks('Berg ordered troops to take part in what she called defensive exercises in response to the talks.')).toEqual([]);
  });
  it('reads a refusal that lasts until another actor acts as conditional ("would not back the salt tax until Norland cut income taxes")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session28-until.yaml');
    expect(salt('Berg said Sudland would not back the salt tax until Norland cut income taxes.')).toEqual(['sudland salt-tax conditional']);
    // (an "until" naming a time is a refusal for that long)
    expect(salt('Berg said Sudland would not back the salt tax until after the election.')).toEqual(['sudland salt-tax oppose']);
  });
});
describe('createStanceReader: session 28 phenomena (2)', () => {
  it('reads a pronoun right after the one told as the teller ("Berg told Aral she would back the salt tax")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session28-teller.yaml');
    expect(salt('Berg told Aral she would back the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said she had assured Aral she would not block the salt tax.')).toEqual(['sudland salt-tax support']);
    // (a pronoun further on is resolved as before)
    expect(salt('Berg met Aral, and he said he would back the salt tax.')).toEqual(['norland salt-tax support']);
  });
});
describe('createStanceReader: session 28 phenomena (3)', () => {
  it('reads a thing wanted gone as given up ("wants the salt tax gone"), not a thing said to be gone', () => {
    const give = northSouth(`
  - id: drop-salt-tax
    name: Norland scraps its salt tax
    terms: [salt tax]
`, 'session28-gone.yaml');
    expect(give('Berg said Sudland wanted the salt tax gone.')).toEqual(['sudland drop-salt-tax support']);
    expect(give('Berg said the salt tax was gone.')).toEqual([]);
  });
  it('reads rejecting a lawsuit or a protest against the thing as defending it ("rejected the lawsuits against the salt tax")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session28-against.yaml');
    expect(salt('Berg said Sudland rejected the lawsuits against the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg condemned the protests against the salt tax.')).toEqual(['sudland salt-tax support']);
    // (bringing the lawsuit still opposes it)
    expect(salt('Berg said Sudland had filed a lawsuit against the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
});
describe('createStanceReader: session 29 phenomena', () => {
  it('reads refusing anything short of the thing as wanting it ("would not accept anything less than the salt tax")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session29-short-of.yaml');
    expect(salt('Berg said Sudland would not accept anything less than the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland would reject anything short of the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said anything less than the salt tax was unacceptable.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland would accept nothing weaker than the salt tax.')).toEqual(['sudland salt-tax support']);
    // (a plain refusal is still one)
    expect(salt('Berg said Sudland would not accept the salt tax.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads a thing that must go "at once" or "for good" as removed, like one that must go', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session29-go.yaml');
    expect(salt('Berg said the salt tax must go at once.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax had to go for good.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax must go immediately.')).toEqual(['sudland salt-tax oppose']);
  });
  it('reads "the right path" and "a sensible step" as endorsing the thing', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session29-path.yaml');
    expect(salt('Berg said the salt tax was the right path.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said the salt tax was a sensible step.')).toEqual(['sudland salt-tax support']);
  });
});
describe('createStanceReader: session 29 phenomena (2)', () => {
  it('reads "X was among the governments that voted against it" as X voting against it', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session29-among.yaml');
    expect(salt('Berg said Sudland was among six governments that voted against the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Sudland was among ten member states that voted in favour of the salt tax.')).toEqual(['sudland salt-tax support']);
    // (a kind that is not the holder's own says nothing of it)
    expect(salt('Sudland met the governments that voted against the salt tax.')).toEqual([]);
  });
});
// two tracked taxes, for sentences that name both
const SALT_AND_SUGAR_ISSUES = `${SALT_TAX_ISSUE}
  - id: sugar-levy
    name: A levy on sugar is introduced
    terms: [sugar levy]
`;
describe('createStanceReader: session 29 phenomena (3)', () => {
  it('reads a verb before a plain list of tracked things as said of each ("agreed to scrap the sugar levy and the salt tax")', () => {
    const both = northSouth(SALT_AND_SUGAR_ISSUES, 'session29-list.yaml');
    expect(both('Berg said Sudland agreed to scrap the sugar levy and the salt tax.')).toEqual(['sudland salt-tax oppose', 'sudland sugar-levy oppose']);
    expect(both('Berg said Sudland wanted to abolish both the sugar levy and the salt tax.')).toEqual(['sudland salt-tax oppose', 'sudland sugar-levy oppose']);
    // (a verb of its own for the later item still decides it)
    expect(both('Berg said Sudland would keep the sugar levy but scrap the salt tax.')).toEqual(['sudland salt-tax oppose', 'sudland sugar-levy support']);
  });
});
describe('createStanceReader: session 29 phenomena (4)', () => {
  it('reads a later tracked subject with a predicate of its own by that predicate ("the sugar levy was dead and the salt tax was the way forward")', () => {
    const both = northSouth(SALT_AND_SUGAR_ISSUES, 'session29-conjoined.yaml');
    expect(both('Berg said the sugar levy was dead and the salt tax was the only way forward.')).toEqual(['sudland salt-tax support', 'sudland sugar-levy oppose']);
    expect(both('Berg said the sugar levy should be scrapped and the salt tax introduced.')).toEqual(['sudland salt-tax support', 'sudland sugar-levy oppose']);
    // (one predicate over a list is said of each)
    expect(both('Berg said Sudland rejected the sugar levy and the salt tax.')).toEqual(['sudland salt-tax oppose', 'sudland sugar-levy oppose']);
  });
});
describe('createStanceReader: session 29 phenomena (5)', () => {
  it('reads replacing the thing as giving it up, and the thing that replaces another as wanted', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session29-replace.yaml');
    expect(salt('Berg said Sudland would replace the salt tax with incentives.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said the salt tax should be replaced by a levy.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland backed a plan to replace the tariff with a salt tax.')).toEqual(['sudland salt-tax support']);
    // (a replacing with an object of its own says nothing of a thing named before it)
    expect(salt('Sudland gave farmers in the salt tax zone a month to replace their tractors.')).toEqual([]);
  });
  it('reads replacing as the act itself when the issue is a replacing ("Norland replaces its salt tax with a levy")', () => {
    const swap = northSouth(`
  - id: swap
    name: Norland switches from its salt tax to a sugar levy
    description: Norland replaces its salt tax with a sugar levy.
    terms: [salt tax, sugar levy]
`, 'session29-replace-issue.yaml');
    expect(swap('Berg said Sudland wanted Norland to replace the salt tax.')).toEqual(['sudland swap support']);
  });
});
describe('createStanceReader: session 29 phenomena (6)', () => {
  it('reads the main clause after a fronted concession on its own ("While Sudland opposes the sugar levy, it backs the salt tax")', () => {
    const both = northSouth(SALT_AND_SUGAR_ISSUES, 'session29-concession.yaml');
    expect(both('While Sudland opposes the sugar levy, it backs the salt tax.')).toEqual(['sudland salt-tax support', 'sudland sugar-levy oppose']);
    expect(both('Although Sudland opposed the sugar levy, it said it would back the salt tax.')).toEqual(['sudland salt-tax support', 'sudland sugar-levy oppose']);
  });
});
describe('createStanceReader: session 29 phenomena (7)', () => {
  it('reads "providing" after "and" or an auxiliary as the verb, not a condition ("would keep backing the salt tax and providing funds")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session29-providing.yaml');
    expect(salt('Berg said Sudland would keep backing the salt tax and providing funds.')).toEqual(['sudland salt-tax support']);
    // (a condition stays one)
    expect(salt('Berg said Sudland would back the salt tax providing the exporters were exempt.')).toEqual(['sudland salt-tax conditional']);
  });
});
describe('createStanceReader: session 30 phenomena', () => {
  it('reads a seed that starts with its verb ("step down") as the act itself when the sentence uses that verb', () => {
    const resign = northSouth(`
  - id: aral-resigns
    name: Piet Aral resigns as premier of Norland
    terms: [resignation, step down, leave office]
`, 'session30-phrase-act.yaml');
    expect(resign('Aral said he would not step down.')).toEqual(['norland aral-resigns oppose']);
    expect(resign('Berg demanded that Aral step down.')).toEqual(['sudland aral-resigns support']);
    expect(resign('Aral announced he would step down in March.')).toEqual(['norland aral-resigns support']);
    // (the noun of a seed's verb is no act: "a step down the road" says nothing)
    expect(resign('Berg called the meeting a step down the road to talks.')).toEqual([]);
  });
  it('reads letting a thing expire or lapse as giving it up, and refusing to let it as keeping it', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session30-lapse.yaml');
    expect(salt('Berg said Sudland would let the salt tax expire.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Aral urged Sudland to let the salt tax lapse.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Berg said the salt tax would be allowed to lapse.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Berg said Sudland would not let the salt tax lapse.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said the salt tax should not be allowed to expire.')).toEqual(['sudland salt-tax support']);
    // (an expiry date is no stance)
    expect(salt('Berg said the salt tax expires in June.')).toEqual([]);
  });
  it('reads "cast its vote" and "that favour" as the verbs wink tags as nouns', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session30-retag.yaml');
    expect(salt('Sudland cast its vote in favour of the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Sudland cast its vote against the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Sudland is among the governments that favour the salt tax.')).toEqual(['sudland salt-tax support']);
    // (a favour done is no stance)
    expect(salt('Sudland did Norland a favour on the salt tax.')).toEqual([]);
  });
  it('reads support tied or linked to something else as conditional ("tied its backing for the salt tax to exemptions")', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session30-tied.yaml');
    expect(salt('Sudland tied its backing for the salt tax to exemptions for farmers.')).toEqual(['sudland salt-tax conditional']);
    expect(salt('Sudland linked its support for the salt tax to exemptions for farmers.')).toEqual(['sudland salt-tax conditional']);
  });
  it('reads "got behind" and "green-lit" as support', () => {
    const salt = northSouth(SALT_TAX_ISSUE, 'session30-behind.yaml');
    expect(salt('Sudland got behind the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('Berg said Sudland would not get behind the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('Sudland green-lit the salt tax.')).toEqual(['sudland salt-tax support']);
  });
  it('reads no act in an -ing word the tagger calls a verb inside a seed ("cloud streaming rights")', () => {
    const rights = northSouth(`
  - id: rights
    name: Norland gives up the cloud streaming rights to Sudland games
    description: Norland sells or transfers the cloud streaming rights to its PC and console games to an independent third party.
    terms: [cloud streaming rights, divestiture]
`, 'session30-inside-seed.yaml');
    // ("streaming" was read as keeping the rights: selling them read as refusing to give them up)
    expect(rights('Aral said Norland would sell the cloud streaming rights for its PC and console games to a rival.')).not.toContain('norland rights oppose');
    expect(rights('Aral said Norland would keep the cloud streaming rights.')).toEqual(['norland rights oppose']);
  });
  it('reads things that "were dead" like one that was', () => {
    const both = northSouth(SALT_AND_SUGAR_ISSUES, 'session30-dead.yaml');
    expect(both('Berg said the sugar levy and the salt tax were dead.')).toEqual(['sudland salt-tax oppose', 'sudland sugar-levy oppose']);
  });
});

describe('createStanceReader: session 31 phenomena', () => {
  const salt = northSouth(SALT_TAX_ISSUE, 'session31-salt.yaml');
  const scrap = northSouth(`
  - id: scrap-salt-tax
    name: Norland scraps its salt tax
    terms: [salt tax]
`, 'session31-scrap.yaml');
  it('reads backtracking or a U-turn on a thing as giving it up, and doubling down or forging ahead as pressing on', () => {
    expect(salt('Norland backtracked on the salt tax on Monday.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Aral said Norland would not backtrack on the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Norland made a U-turn on the salt tax.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Norland doubled down on the salt tax on Monday.')).toEqual(['norland salt-tax support']);
    expect(salt('Norland forged ahead with the salt tax.')).toEqual(['norland salt-tax support']);
    expect(scrap('Norland backtracked on the salt tax on Monday.')).toEqual(['norland scrap-salt-tax support']);
    expect(scrap('Norland doubled down on the salt tax on Monday.')).toEqual(['norland scrap-salt-tax oppose']);
  });
  it('reads conditions or strings attached to a thing as conditional', () => {
    expect(salt('Norland attached conditions to the salt tax.')).toEqual(['norland salt-tax conditional']);
    expect(salt('Norland attached strings to its support for the salt tax.')).toEqual(['norland salt-tax conditional']);
  });
  it('reads resistance to, problems with and taking issue with a thing as opposing it, and their absence or dropping as support', () => {
    expect(salt('Norland dropped its resistance to the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Norland said it had a problem with the salt tax.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Norland said it had no problem with the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Norland took issue with the salt tax.')).toEqual(['norland salt-tax oppose']);
  });
  it('reads rejecting concerns about or objections to a thing as backing it', () => {
    expect(salt('Aral dismissed concerns about the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral rejected objections to the salt tax.')).toEqual(['norland salt-tax support']);
    expect(salt('Aral rejected Sudland\'s objections to the salt tax.')).toEqual(['norland salt-tax support', 'sudland salt-tax oppose']);
    expect(scrap('Aral dismissed concerns about the salt tax.')).toEqual(['norland scrap-salt-tax oppose']);
    // (voicing them is opposing; rejecting the thing for a reason is still rejecting it)
    expect(salt('Aral voiced concerns about the salt tax.')).toEqual(['norland salt-tax oppose']);
    expect(salt('Aral rejected the salt tax, citing concerns about the cost.')).toEqual(['norland salt-tax oppose']);
  });
  it('reads a statement or a letter "from" an actor as that actor speaking, not as a place', () => {
    expect(salt('A statement from Sudland said the salt tax was unacceptable.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('A statement from Sudland said it was ready to accept the salt tax.')).toEqual(['sudland salt-tax support']);
    expect(salt('A letter from Berg said Sudland would not accept the salt tax.')).toEqual(['sudland salt-tax oppose']);
    expect(salt('A statement from the Sudland government said the salt tax was unacceptable.')).toEqual(['sudland salt-tax oppose']);
    // (one who comes from a place is no statement of it)
    expect(salt('Aral flew in from Sudland and said the salt tax was unacceptable.')).toEqual(['norland salt-tax oppose']);
  });
  it('reads "on condition of anonymity" as the terms of an interview, not a condition on the stance', () => {
    expect(salt('Sudland is ready to accept the salt tax, a Sudland official said on condition of anonymity.')).toEqual(['sudland salt-tax support']);
    expect(salt('Sudland would accept the salt tax on condition that farmers were exempt.')).toEqual(['sudland salt-tax conditional']);
  });
  it('reads the sender of "calls from X to ..." by the calls alone, not by the verb that rejects them', () => {
    expect(salt('Norland rejected calls from Sudland to scrap the salt tax.')).toEqual(['norland salt-tax support', 'sudland salt-tax oppose']);
    expect(salt('Norland rejected calls from Sudland for a salt tax.')).toEqual(['norland salt-tax oppose', 'sudland salt-tax support']);
    // (after an adverb or a particle: "rejected outright", "turned down")
    expect(salt('Norland rejected outright calls from Sudland to scrap the salt tax.')).toEqual(['norland salt-tax support', 'sudland salt-tax oppose']);
    expect(salt('Norland turned down calls from Sudland to scrap the salt tax.')).toEqual(['norland salt-tax support', 'sudland salt-tax oppose']);
    // (as a noun tagged as such: "demands from Sudland")
    expect(salt('Norland rejected demands from Sudland to scrap the salt tax.')).toEqual(['norland salt-tax support', 'sudland salt-tax oppose']);
  });
});
