import { describe, it, expect } from 'vitest';
import {
  alertId,
  applyEvidence,
  buildAlert,
  DEFAULT_SHIFT_SETTINGS,
  newPosition,
  shiftDirection,
  shiftSeverity,
  type ShiftDecision,
  type ShiftSettings,
} from '../../../shared/domain/positions/shift-rules.js';
import type { Evidence, Position, Stance } from '../../../shared/domain/types.js';

const ACTOR = 'turkey';
const ISSUE = 'sweden-joins-nato';
const T0 = Date.parse('2022-05-16T09:00:00Z');
const hours = (h: number) => new Date(T0 + h * 3_600_000).toISOString();

/**
 * Most scenarios below test other rules using a reversal (oppose -> support) as the move, so they let one confident
 * source reverse a stance; the default (two independent sources) has its own tests under "reversals".
 */
const ONE_SOURCE_REVERSALS: ShiftSettings = { ...DEFAULT_SHIFT_SETTINGS, reversalMinSources: 1 };

/** Evidence published `h` hours after T0, with a real sentence as its quote. */
function ev(storyId: string, h: number, stance: Stance, over: Partial<Evidence> = {}): Evidence {
  const quotes: Record<Stance, string> = {
    oppose: 'Erdogan said Turkey would not say yes to Sweden joining NATO while it hosted militants.',
    conditional: 'Turkey will approve Sweden\'s membership only if Stockholm keeps the promises made in Madrid, Erdogan said.',
    support: 'Erdogan agreed to send Sweden\'s accession protocol to the Turkish parliament as soon as possible.',
  };
  return {
    storyId,
    url: `https://news.example/${storyId}`,
    title: `Story ${storyId}`,
    source: `outlet-${storyId}`,
    published: hours(h),
    quote: quotes[stance],
    stance,
    confidence: 0.9,
    attributed: true,
    ...over,
  };
}

interface Step {
  e: Evidence;
  /** Expected shift after this step, as "from>to", or undefined for none. */
  shift?: string;
  stance?: Stance;
}

/** Runs evidence through applyEvidence in order, each at its publication time. */
function run(steps: Evidence[], baseline?: Stance, settings: ShiftSettings = ONE_SOURCE_REVERSALS) {
  let position: Position | undefined;
  const shifts: ShiftDecision[] = [];
  const trace: { shift?: string; stance?: Stance }[] = [];
  for (const e of steps) {
    const out = applyEvidence(position, e, { actor: ACTOR, issue: ISSUE, baseline, now: new Date(e.published), settings });
    position = out.position;
    if (out.shift) shifts.push(out.shift);
    trace.push({ shift: out.shift ? `${out.shift.from}>${out.shift.to}` : undefined, stance: position.stance });
  }
  return { position: position!, shifts, trace };
}

function expectTrace(steps: Step[], baseline?: Stance, settings?: ShiftSettings) {
  const { trace, position, shifts } = run(steps.map((s) => s.e), baseline, settings);
  steps.forEach((s, i) => {
    expect(trace[i].shift, `step ${i} (${s.e.storyId})`).toBe(s.shift);
    if (s.stance !== undefined) expect(trace[i].stance, `stance after step ${i}`).toBe(s.stance);
  });
  return { position, shifts };
}

describe('Function: applyEvidence', () => {
  describe('starting a position', () => {
    it('starts at the baseline with fromBaseline, version 0, and a restatement confirms it without a shift', () => {
      const start = newPosition(ACTOR, ISSUE, 'oppose');
      expect(start).toMatchObject({ stance: 'oppose', fromBaseline: true, version: 0, evidence: [], pending: [] });
      const { position } = expectTrace([{ e: ev('a', 0, 'oppose'), shift: undefined, stance: 'oppose' }], 'oppose');
      expect(position.fromBaseline).toBe(false);
      expect(position.evidence.map((e) => e.storyId)).toEqual(['a']);
      expect(position.version).toBe(0);
    });

    it('a reported restatement does not confirm the baseline', () => {
      const { position } = run([ev('a', 0, 'oppose', { attributed: false })], 'oppose');
      expect(position.fromBaseline).toBe(true);
    });

    it.each([
      ['confident attributed', {}, 'oppose'],
      ['low-confidence attributed', { confidence: 0.2 }, 'conditional'],
    ] as const)('a first observation with no baseline (%s) sets the stance without a shift', (_n, over, stance) => {
      const { position, shifts } = run([ev('a', 0, stance, over)]);
      expect(shifts).toEqual([]);
      expect(position.stance).toBe(stance);
      expect(position.since).toBe(hours(0));
    });

    it('a reported first observation waits in pending and sets no stance', () => {
      const { position, shifts } = run([ev('a', 0, 'oppose', { attributed: false })]);
      expect(shifts).toEqual([]);
      expect(position.stance).toBeUndefined();
      expect(position.pending.map((e) => e.storyId)).toEqual(['a']);
    });

    it('a first observation that differs from the baseline is a shift', () => {
      const { shifts, position } = run([ev('a', 0, 'conditional')], 'oppose');
      expect(shifts).toHaveLength(1);
      expect(shifts[0]).toMatchObject({ from: 'oppose', to: 'conditional', basis: 'confident' });
      expect(position).toMatchObject({ stance: 'conditional', since: hours(0), fromBaseline: false });
      expect(position.lastShift).toMatchObject({ from: 'oppose', to: 'conditional', at: hours(0) });
    });
  });

  describe('weighing evidence', () => {
    it.each<[string, Step[]]>([
      [
        'reported claims never move the stance alone, however confident or numerous',
        [
          { e: ev('a', 0, 'support', { attributed: false, confidence: 0.99 }), stance: 'oppose' },
          { e: ev('b', 1, 'support', { attributed: false, confidence: 0.99 }), stance: 'oppose' },
          { e: ev('c', 2, 'support', { attributed: false, confidence: 0.99 }), stance: 'oppose' },
        ],
      ],
      [
        'a single attributed confident claim shifts',
        [{ e: ev('a', 0, 'conditional', { confidence: 0.6 }), shift: 'oppose>conditional', stance: 'conditional' }],
      ],
      [
        'a low-confidence attributed claim waits; an independent attributed one within the window shifts',
        [
          { e: ev('a', 0, 'conditional', { confidence: 0.4 }), stance: 'oppose' },
          { e: ev('b', 30, 'conditional', { confidence: 0.4 }), shift: 'oppose>conditional' },
        ],
      ],
      [
        'a low-confidence attributed claim is corroborated by an independent reported one',
        [
          { e: ev('a', 0, 'conditional', { confidence: 0.4 }), stance: 'oppose' },
          { e: ev('b', 5, 'conditional', { attributed: false, confidence: 0.5 }), shift: 'oppose>conditional' },
        ],
      ],
      [
        'a reported claim first, then a low-confidence attributed one: corroborated',
        [
          { e: ev('a', 0, 'conditional', { attributed: false }), stance: 'oppose' },
          { e: ev('b', 5, 'conditional', { confidence: 0.4 }), shift: 'oppose>conditional' },
        ],
      ],
      [
        'a near-duplicate copy never corroborates its original',
        [
          { e: ev('a', 0, 'conditional', { confidence: 0.4 }) },
          { e: ev('a-copy', 3, 'conditional', { confidence: 0.4, duplicateOf: 'a' }), stance: 'oppose' },
          { e: ev('a-copy2', 4, 'conditional', { confidence: 0.5, duplicateOf: 'a' }), stance: 'oppose' },
        ],
      ],
      [
        'corroboration outside the window does not count',
        [
          { e: ev('a', 0, 'conditional', { confidence: 0.4 }) },
          { e: ev('b', 73, 'conditional', { confidence: 0.4 }), stance: 'oppose' },
          { e: ev('c', 80, 'conditional', { confidence: 0.4 }), shift: 'oppose>conditional' },
        ],
      ],
      [
        'two weak reported claims are not enough without an attributed one',
        [
          { e: ev('a', 0, 'support', { attributed: false, confidence: 0.4 }) },
          { e: ev('b', 2, 'support', { attributed: false, confidence: 0.4 }), stance: 'oppose' },
        ],
      ],
      [
        'a confident restatement of the old stance contradicts a pending hint',
        [
          { e: ev('a', 0, 'conditional', { confidence: 0.4 }) },
          { e: ev('b', 2, 'oppose', { confidence: 0.9 }) },
          { e: ev('c', 4, 'conditional', { confidence: 0.4 }), stance: 'oppose' },
        ],
      ],
      [
        'a confident claim read in the story\'s lead shifts alone (sentence 3, the last of the first four)',
        [{ e: ev('a', 0, 'conditional', { sentence: 3 }), shift: 'oppose>conditional' }],
      ],
      [
        'a confident claim read further down a story (its fifth sentence) waits; a second story corroborates it',
        [
          { e: ev('a', 0, 'conditional', { sentence: 4, confidence: 0.95 }), stance: 'oppose' },
          { e: ev('b', 6, 'conditional', { sentence: 7, confidence: 0.95 }), shift: 'oppose>conditional' },
        ],
      ],
      [
        'restatements strengthen and never shift',
        [
          { e: ev('a', 0, 'oppose') },
          { e: ev('b', 1, 'oppose', { attributed: false }) },
          { e: ev('c', 2, 'oppose', { confidence: 0.3 }), stance: 'oppose' },
        ],
      ],
    ])('%s', (_name, steps) => {
      expectTrace(steps, 'oppose');
    });

    it('deciding[0] is the earliest attributed item of a corroborated shift, whatever arrives last', () => {
      const { shifts } = run(
        [
          ev('reported', 0, 'conditional', { attributed: false }),
          ev('said', 2, 'conditional', { confidence: 0.4 }),
        ],
        'oppose',
      );
      expect(shifts[0].basis).toBe('corroborated');
      expect(shifts[0].deciding.map((e) => e.storyId)).toEqual(['said', 'reported']);
    });
  });

  describe('one shift, reported many times', () => {
    it('later copies and follow-ups of the same move attach to the position and do not shift again', () => {
      const steps = [
        ev('vilnius', 0, 'support'),
        ev('vilnius-copy', 2, 'support', { duplicateOf: 'vilnius' }),
        ...['b', 'c', 'd', 'e', 'f'].map((id, i) => ev(id, 3 + i, 'support', { attributed: i % 2 === 0 })),
      ];
      const { shifts, position } = run(steps, 'conditional');
      expect(shifts).toHaveLength(1);
      expect(position.evidence.map((e) => e.storyId)).toEqual(['vilnius', 'vilnius-copy', 'b', 'c', 'd', 'e', 'f']);
    });

    it('caps evidence and keeps the item that decided the stance', () => {
      const settings = { ...ONE_SOURCE_REVERSALS, maxEvidence: 3 };
      const steps = [ev('decider', 0, 'support'), ...[1, 2, 3, 4].map((h) => ev(`r${h}`, h, 'support'))];
      const { position } = run(steps, 'oppose', settings);
      expect(position.evidence.map((e) => e.storyId)).toEqual(['decider', 'r3', 'r4']);
    });

    it('applying the same evidence twice is a no-op (retries)', () => {
      const e = ev('a', 0, 'support');
      const ctx = { actor: ACTOR, issue: ISSUE, baseline: 'oppose' as const, now: new Date(e.published), settings: ONE_SOURCE_REVERSALS };
      const first = applyEvidence(undefined, e, ctx);
      const second = applyEvidence(first.position, e, ctx);
      expect(first.shift).toBeDefined();
      expect(second.shift).toBeUndefined();
      expect(second.position).toEqual(first.position);
    });
  });

  describe('moving back quickly', () => {
    it.each<[string, Step[]]>([
      [
        "the actor's own confident denial inside the window moves it back at once",
        [
          { e: ev('a', 0, 'conditional'), shift: 'oppose>conditional' },
          { e: ev('b', 8, 'oppose', { confidence: 0.95 }), shift: 'conditional>oppose' },
        ],
      ],
      [
        'a weak attributed claim for the old stance inside the window does not undo a shift, even corroborated',
        [
          { e: ev('a', 0, 'conditional'), shift: 'oppose>conditional' },
          { e: ev('b', 10, 'oppose', { confidence: 0.4 }), stance: 'conditional' },
          { e: ev('c', 12, 'oppose', { confidence: 0.45 }), stance: 'conditional' },
        ],
      ],
      [
        'a reported claim for the old stance inside the window does not undo a shift',
        [
          { e: ev('a', 0, 'conditional'), shift: 'oppose>conditional' },
          { e: ev('b', 10, 'oppose', { attributed: false, confidence: 0.95 }), stance: 'conditional' },
        ],
      ],
      [
        'after the window, weak evidence corroborated by an independent source is a real reversal',
        [
          { e: ev('a', 0, 'conditional'), shift: 'oppose>conditional' },
          { e: ev('b', 200, 'oppose', { confidence: 0.4 }), stance: 'conditional' },
          { e: ev('c', 202, 'oppose', { confidence: 0.45 }), shift: 'conditional>oppose' },
        ],
      ],
      [
        'a further move (not back) inside the window is a normal shift',
        [
          { e: ev('a', 0, 'conditional'), shift: 'oppose>conditional' },
          { e: ev('b', 5, 'support'), shift: 'conditional>support' },
        ],
      ],
      [
        'the story that decided a shift cannot undo it with a second reading',
        [
          { e: ev('a', 0, 'support'), shift: 'oppose>support' },
          { e: ev('a', 0, 'oppose'), stance: 'support' },
        ],
      ],
    ])('%s', (_name, steps) => {
      expectTrace(steps, 'oppose');
    });

    // Feeds where recaps misread as the actor's words are common can ask for a second source.
    const twoSources = { ...ONE_SOURCE_REVERSALS, flipBackMinSources: 2 };
    it.each<[string, Step[]]>([
      [
        'one confident attributed claim for the old stance inside the window does not undo a shift',
        [
          { e: ev('a', 0, 'conditional'), shift: 'oppose>conditional' },
          { e: ev('b', 10, 'oppose', { confidence: 0.95 }), stance: 'conditional' },
        ],
      ],
      [
        'two independent confident attributed sources inside the window do move it back',
        [
          { e: ev('a', 0, 'conditional'), shift: 'oppose>conditional' },
          { e: ev('b', 10, 'oppose') },
          { e: ev('c', 12, 'oppose'), shift: 'conditional>oppose' },
        ],
      ],
      [
        'a copy of the first contrary story is not the second source',
        [
          { e: ev('a', 0, 'conditional'), shift: 'oppose>conditional' },
          { e: ev('b', 10, 'oppose') },
          { e: ev('b-copy', 12, 'oppose', { duplicateOf: 'b' }), stance: 'conditional' },
        ],
      ],
      [
        'a reported claim is not a second source for a flip-back',
        [
          { e: ev('a', 0, 'conditional'), shift: 'oppose>conditional' },
          { e: ev('b', 10, 'oppose') },
          { e: ev('c', 12, 'oppose', { attributed: false }), stance: 'conditional' },
        ],
      ],
      [
        'a real reversal after the window alerts again on one confident statement',
        [
          { e: ev('a', 0, 'conditional'), shift: 'oppose>conditional' },
          { e: ev('b', 200, 'oppose'), shift: 'conditional>oppose' },
        ],
      ],
    ])('with flipBackMinSources 2: %s', (_name, steps) => {
      expectTrace(steps, 'oppose', twoSources);
    });

    it('a story that corroborated a shift cannot raise a second one with another reading', () => {
      expectTrace(
        [
          { e: ev('a', 0, 'conditional', { confidence: 0.4 }) },
          { e: ev('b', 2, 'conditional', { confidence: 0.5 }), shift: 'oppose>conditional' },
          { e: ev('b', 2, 'support', { confidence: 0.9 }), stance: 'conditional' },
          { e: ev('c', 3, 'support', { confidence: 0.9 }), shift: 'conditional>support' },
        ],
        'oppose',
      );
    });

    it('an article that restates the old stance and announces the move still shifts', () => {
      expectTrace(
        [
          { e: ev('old', 0, 'oppose') },
          { e: ev('madrid', 100, 'oppose') },
          { e: ev('madrid', 100, 'conditional'), shift: 'oppose>conditional' },
        ],
        'oppose',
      );
    });

    it('two contradicting readings of a first story do not alert against each other', () => {
      expectTrace([{ e: ev('a', 0, 'support') }, { e: ev('a', 0, 'oppose'), stance: 'support' }]);
    });

    it('evidence published before the current stance took hold never moves it', () => {
      expectTrace(
        [
          { e: ev('new', 300, 'support'), shift: 'oppose>support' },
          { e: ev('late-old', 250, 'oppose'), stance: 'support' },
          { e: ev('late-old2', 251, 'oppose'), stance: 'support' },
        ],
        'oppose',
      );
    });
  });

  describe('determinism', () => {
    const steps = [
      ev('a', 0, 'conditional', { confidence: 0.4 }),
      ev('b', 2, 'conditional', { attributed: false }),
      ev('c', 4, 'conditional'),
      ev('d', 100, 'support'),
    ];

    it('the same inputs give the same outputs and the input is not mutated', () => {
      const frozen = JSON.stringify(steps);
      const one = run(steps, 'oppose');
      const two = run(JSON.parse(frozen) as Evidence[], 'oppose');
      expect(two).toEqual(one);
      expect(JSON.stringify(steps)).toBe(frozen);
      expect(one.shifts.map((s) => `${s.from}>${s.to}`)).toEqual(['oppose>conditional', 'conditional>support']);
    });

    it('returns the input version unchanged (stores bump it)', () => {
      const pos = { ...newPosition(ACTOR, ISSUE, 'oppose'), version: 7 };
      const out = applyEvidence(pos, ev('a', 0, 'support'), {
        actor: ACTOR, issue: ISSUE, now: new Date(hours(0)), settings: ONE_SOURCE_REVERSALS,
      });
      expect(out.position.version).toBe(7);
      expect(out.shift).toBeDefined();
      expect(pos.stance).toBe('oppose');
    });
  });
});

describe('Function: alertId', () => {
  it('is a deterministic sha256 hex that changes with every part', () => {
    const id = alertId('turkey', 'sweden-joins-nato', 'conditional', 'support', 's1');
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(alertId('turkey', 'sweden-joins-nato', 'conditional', 'support', 's1')).toBe(id);
    const variants = [
      alertId('hungary', 'sweden-joins-nato', 'conditional', 'support', 's1'),
      alertId('turkey', 'finland-joins-nato', 'conditional', 'support', 's1'),
      alertId('turkey', 'sweden-joins-nato', 'oppose', 'support', 's1'),
      alertId('turkey', 'sweden-joins-nato', 'conditional', 'oppose', 's1'),
      alertId('turkey', 'sweden-joins-nato', 'conditional', 'support', 's2'),
    ];
    expect(new Set([id, ...variants]).size).toBe(6);
  });
});

describe('Function: shiftDirection', () => {
  it.each<[Stance, Stance, string]>([
    ['oppose', 'conditional', 'softening'],
    ['oppose', 'support', 'softening'],
    ['conditional', 'support', 'softening'],
    ['support', 'conditional', 'hardening'],
    ['support', 'oppose', 'hardening'],
    ['conditional', 'oppose', 'hardening'],
  ])('%s -> %s is %s', (from, to, dir) => {
    expect(shiftDirection(from, to)).toBe(dir);
  });
});

describe('Function: shiftSeverity', () => {
  const paraphrase = ev('p', 0, 'conditional');
  const direct = ev('q', 0, 'conditional', { quote: 'Erdogan said: "We will not say yes" to Sweden until it acts.' });
  it.each<[string, Partial<ShiftDecision>, string]>([
    ['whole-scale jump', { from: 'oppose', to: 'support', deciding: [paraphrase], basis: 'corroborated' }, 'high'],
    ['one step, confident direct quote', { from: 'oppose', to: 'conditional', deciding: [direct], basis: 'confident' }, 'high'],
    ['one step, confident paraphrase', { from: 'oppose', to: 'conditional', deciding: [paraphrase], basis: 'confident' }, 'medium'],
    ['one step, flip-back', { from: 'conditional', to: 'oppose', deciding: [direct], basis: 'flip-back' }, 'medium'],
    ['one step, corroborated', { from: 'support', to: 'conditional', deciding: [direct], basis: 'corroborated' }, 'low'],
  ])('%s is %s', (_n, d, severity) => {
    expect(shiftSeverity(d as ShiftDecision)).toBe(severity);
  });
});

describe('Function: buildAlert', () => {
  it('fills the alert contract from the decision', () => {
    const { shifts } = run(
      [ev('old', 0, 'conditional'), ev('said', 100, 'support', { confidence: 0.4 }), ev('reported', 101, 'support', { attributed: false, confidence: 0.5 })],
      'conditional',
    );
    const alert = buildAlert(shifts[0], { actor: ACTOR, issue: ISSUE, actorName: 'Turkey', issueName: 'Sweden becomes a member of NATO' });
    expect(alert).toMatchObject({
      id: alertId(ACTOR, ISSUE, 'conditional', 'support', 'said'),
      actor: ACTOR,
      issue: ISSUE,
      from: 'conditional',
      to: 'support',
      at: hours(100),
      actorName: 'Turkey',
      issueName: 'Sweden becomes a member of NATO',
      direction: 'softening',
      severity: 'low',
    });
    expect(alert.confidence).toBeCloseTo(1 - 0.6 * 0.75, 3);
    expect(alert.evidence.map((e) => e.url)).toEqual(['https://news.example/said', 'https://news.example/reported']);
    expect(alert.previous?.map((e) => e.url)).toEqual(['https://news.example/old']);
    expect(alert.basis).toBe('corroborated');
    expect(alert.evidence[0]).toMatchObject({ title: 'Story said', source: 'outlet-said', published: hours(100), confidence: 0.4, attributed: true });
    expect(alert.evidence[1]).toMatchObject({ attributed: false });
  });

  describe('reversals (support <-> oppose) under the default settings', () => {
    const run2 = (steps: Step[], baseline?: Stance) => expectTrace(steps, baseline, DEFAULT_SHIFT_SETTINGS);

    it('one confident source does not reverse a stance; a second independent one within the window does', () => {
      run2([
        { e: ev('a', 0, 'support'), shift: undefined, stance: 'oppose' },
        { e: ev('b', 20, 'support'), shift: 'oppose>support', stance: 'support' },
      ], 'oppose');
    });

    it('a near-duplicate copy of the same story does not corroborate a reversal', () => {
      run2([
        { e: ev('a', 0, 'support'), stance: 'oppose' },
        { e: ev('a-copy', 1, 'support', { duplicateOf: 'a' }), shift: undefined, stance: 'oppose' },
      ], 'oppose');
    });

    it('a second source after the corroboration window does not count', () => {
      run2([
        { e: ev('a', 0, 'support'), stance: 'oppose' },
        { e: ev('b', 24 * 4, 'support'), shift: undefined, stance: 'oppose' },
      ], 'oppose');
    });

    it('moves to and from conditional still need only one confident source', () => {
      run2([
        { e: ev('a', 0, 'conditional'), shift: 'oppose>conditional', stance: 'conditional' },
        { e: ev('b', 100, 'support'), shift: 'conditional>support', stance: 'support' },
      ], 'oppose');
    });

    it('a reversal is decided on its own basis by the actor\'s own confident word, even when a weaker story came first', () => {
      const { shifts } = run(
        [ev('a', 0, 'support', { confidence: 0.4 }), ev('b', 6, 'support', { attributed: false }), ev('c', 12, 'support')],
        'oppose',
        DEFAULT_SHIFT_SETTINGS,
      );
      expect(shifts).toHaveLength(1);
      expect(shifts[0].basis).toBe('reversal');
      expect(shifts[0].deciding.map((e) => e.storyId)).toEqual(['c', 'a', 'b']);
    });

    it('reported claims corroborate but cannot reverse alone', () => {
      run2([
        { e: ev('a', 0, 'support', { attributed: false }), stance: 'oppose' },
        { e: ev('b', 5, 'support', { attributed: false }), shift: undefined, stance: 'oppose' },
        { e: ev('c', 10, 'support'), shift: 'oppose>support', stance: 'support' },
      ], 'oppose');
    });
  });
});
