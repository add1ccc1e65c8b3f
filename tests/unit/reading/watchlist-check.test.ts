import { describe, it, expect } from 'vitest';
import { parseWatchlist } from '../../../shared/domain/watchlist.js';
import { checkWatchlist } from '../../../shared/domain/reading/watchlist-check.js';

const watchlist = (issues: string, actors = ''): ReturnType<typeof parseWatchlist> =>
  parseWatchlist(
    `
actors:
  - id: russia
    name: Russia
    aliases: [Russia, Moscow, Kremlin, Putin]
  - id: ukraine
    name: Ukraine
    aliases: [Ukraine, Kyiv, Zelensky]
${actors}
issues:
${issues}
baseline:
  - {actor: ukraine, issue: ${/id: (\S+)/.exec(issues)![1]}, stance: oppose}
`,
    'test.yaml',
  );

const termStance = (check: ReturnType<typeof checkWatchlist>, issue: string, term: string) =>
  check.issues.find((i) => i.id === issue)!.terms.find((t) => t.term === term)!.stance;

describe('shiftwatch watchlist: how the reader understands each issue', () => {
  it('reads a give-up name as a giving-up: wanting the thing given up opposes it, "without" it supports it', () => {
    const check = checkWatchlist(
      watchlist(`
  - id: renounce-nato
    name: Ukraine formally abandons its bid to join NATO
    terms: [NATO bid, NATO membership, join NATO, without NATO membership]`),
    );
    const issue = check.issues[0];
    expect(issue.proposition).toBe('give-up');
    expect(issue.because).toContain('"abandons"');
    expect(termStance(check, 'renounce-nato', 'NATO bid')).toBe('oppose');
    expect(termStance(check, 'renounce-nato', 'join NATO')).toBe('oppose');
    expect(termStance(check, 'renounce-nato', 'without NATO membership')).toBe('support');
    expect(issue.terms.find((t) => t.term === 'join NATO')!.probe).toBe('Zorblax called on them to join NATO.');
    expect(issue.baseline).toEqual([{ actor: 'ukraine', stance: 'oppose' }]);
  });

  it('probes a compound the tagger could take for a verb as a thing called for ("salt tax", "trade deal"), a verb phrase as an act ("resume talks", "lift sanctions")', () => {
    const check = checkWatchlist(
      watchlist(`
  - id: salt-tax
    name: Ukraine introduces a salt tax
    terms: [salt tax, trade deal, resume talks, lift sanctions, join NATO]`),
    );
    const probe = (term: string) => check.issues[0].terms.find((t) => t.term === term)!.probe;
    expect(probe('salt tax')).toBe('Zorblax called for salt tax.');
    expect(probe('trade deal')).toBe('Zorblax called for trade deal.');
    expect(probe('resume talks')).toBe('Zorblax called on them to resume talks.');
    expect(probe('lift sanctions')).toBe('Zorblax called on them to lift sanctions.');
    expect(probe('join NATO')).toBe('Zorblax called on them to join NATO.');
  });

  it('lists the verbs of the name and description that the reader takes as the issue\'s acts', () => {
    const check = checkWatchlist(
      watchlist(`
  - id: european-troops
    name: European troops are deployed in Ukraine after a deal
    description: A European reassurance force is stationed on Ukrainian territory to secure a settlement.
    terms: [European troops, reassurance force]`),
    );
    expect(check.issues[0].acts).toEqual(['deployed', 'stationed']); // ("secure" is a stance word of its own)
    // (in a give-up, the acts are the thing's: to "join" NATO, to "train" the army to its standards: doing them keeps the bid)
    const giveUp = checkWatchlist(
      watchlist(`
  - id: renounce-nato
    name: Ukraine formally abandons its bid to join NATO
    description: Ukraine no longer trains its army to NATO standards.
    terms: [NATO bid]`),
    );
    expect(giveUp.issues[0].acts).toEqual(['join', 'trains']);
  });

  it('marks the terms that name the outcome of a giving-up, not the thing given up, and reads them as support', () => {
    const check = checkWatchlist(
      watchlist(`
  - id: cede-donbas
    name: Ukraine hands over the parts of the Donbas it still controls
    terms: [Donbas, territorial concessions]`),
    );
    const terms = check.issues[0].terms;
    expect(terms.find((t) => t.term === 'territorial concessions')).toMatchObject({ stance: 'support', outcome: true });
    expect(terms.find((t) => t.term === 'Donbas')).toMatchObject({ stance: 'oppose' });
    expect(terms.find((t) => t.term === 'Donbas')!.outcome).toBeUndefined();
  });

  it('does not take a participle before its noun for a give-up ("Frozen Russian state assets are used ...")', () => {
    const check = checkWatchlist(
      watchlist(`
  - id: frozen-assets
    name: Frozen Russian state assets are used to fund Ukraine
    terms: [frozen assets, reparations loan, immobilised assets]`),
    );
    expect(check.issues[0].proposition).toBe('affirm');
    for (const term of ['frozen assets', 'reparations loan', 'immobilised assets']) {
      expect(termStance(check, 'frozen-assets', term), term).toBe('support');
    }
  });

  it('says when the polarity field decided and names the recipient', () => {
    const check = checkWatchlist(
      watchlist(`
  - id: neutrality
    name: Ukraine stays neutral
    polarity: give-up
    recipient: russia
    terms: [neutrality]`),
    );
    expect(check.issues[0]).toMatchObject({ proposition: 'give-up', because: 'set by its polarity field (give-up)', recipient: 'russia' });
  });
});

describe('shiftwatch watchlist: warnings', () => {
  it('has none for a clean watchlist', () => {
    const check = checkWatchlist(
      watchlist(`
  - id: ceasefire
    name: An immediate ceasefire before a full peace deal
    terms: [ceasefire, truce]`),
    );
    expect(check.warnings).toEqual([]);
  });

  it('names an alias given to two actors, a lower-case one-word alias, and a term under two issues', () => {
    const check = checkWatchlist(
      watchlist(
        `
  - id: ceasefire
    name: An immediate ceasefire before a full peace deal
    terms: [ceasefire, truce]
  - id: energy-truce
    name: Both sides stop striking energy infrastructure
    terms: [energy strikes, truce]`,
        `
  - id: europe
    name: European leaders
    aliases: [Europe, the coalition of the willing, Moscow, europeans]`,
      ),
    );
    // (a lower-case phrase, "the coalition of the willing", is a deliberate metonym)
    expect(check.warnings.some((w) => w.includes('coalition of the willing'))).toBe(false);
    expect(check.warnings).toEqual(
      expect.arrayContaining([
        'alias "moscow" is given to russia and europe: a mention of it is credited to the first listed',
        'actor europe: alias "europeans" is a lower-case single word, so every "europeans" in a story is read as europe',
        'term "truce" is listed under ceasefire and energy-truce: the reader cannot tell them apart by it',
      ]),
    );
  });

  it('names a term the reader files under another issue, with the probe sentence', () => {
    const check = checkWatchlist(
      watchlist(`
  - id: ceasefire
    name: An immediate ceasefire before a full peace deal
    terms: [ceasefire]
  - id: troops
    name: European troops are deployed in Ukraine after a deal
    terms: [European troops, ceasefire]`),
    );
    expect(check.issues[1].terms.find((t) => t.term === 'ceasefire')).toEqual({
      term: 'ceasefire',
      probe: 'Zorblax called for ceasefire.',
      otherIssues: ['ceasefire'],
    });
    expect(check.warnings).toContain('issue troops: term "ceasefire" is read as ceasefire in "Zorblax called for ceasefire."');
    expect(check.warnings.some((w) => w.includes('"European troops"'))).toBe(false);
  });

  it('warns about a name with no topic word, a name that forbids something, and a generic one-word term', () => {
    const check = checkWatchlist(
      watchlist(
        `
  - id: ukraine-in-nato
    name: Ukraine joins NATO
    terms: [NATO membership]
  - id: church-ban
    name: Ukraine bans the Moscow-linked church
    terms: [Moscow-linked church, deal]
  - id: rally-ban
    name: Rallies at the church are banned
    terms: [rallies at the church]
  - id: church-ban-explicit
    name: Ukraine outlaws the Russian church branch
    polarity: give-up
    affirm: [outlaw]
    terms: [church branch]`,
        `
  - id: nato
    name: NATO
    aliases: [NATO, the alliance]`,
      ),
    );
    expect(check.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^issue ukraine-in-nato: its name has no topic word besides actors and its verb/),
        expect.stringMatching(/^issue rally-ban: its name forbids something \("banned"\) but is read as named/),
        expect.stringMatching(/^issue church-ban: term "deal" is an ordinary negotiation word/),
      ]),
    );
    // a name with a topic word, and a prohibition whose direction the user set, are not warned about
    expect(check.warnings.some((w) => w.startsWith('issue church-ban: its name has no topic word'))).toBe(false);
    expect(check.warnings.some((w) => w.startsWith('issue church-ban-explicit'))).toBe(false);
    // a ban the reader finds ("Ukraine bans ...") is read as giving its object up, and not warned about
    expect(check.warnings.some((w) => w.startsWith('issue church-ban: its name forbids'))).toBe(false);
    const churchBan = check.issues.find((i) => i.id === 'church-ban')!;
    expect(churchBan.proposition).toBe('give-up');
    expect(churchBan.because).toMatch(/^its name bans something \("bans"\)/);
    expect(churchBan.terms.find((t) => t.term === 'Moscow-linked church')!.stance).toBe('oppose');
  });
});
