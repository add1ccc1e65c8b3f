import { describe, expect, it } from 'vitest';
import { scoreClaims, sentenceOf } from '../../../scripts/eval.js';

const claim = (actor: string, issue: string, stance: 'support' | 'oppose' | 'conditional', quote = 'q') => ({ actor, issue, stance, quote });

describe('npm run eval: claim scoring', () => {
  it('compares (article, actor, issue, stance) tuples, micro-averaged over articles', () => {
    const expected = {
      '001': [claim('russia', 'nato', 'support'), claim('ukraine', 'nato', 'oppose')],
      '002': [claim('ukraine', 'nato', 'conditional')],
      '003': [],
    };
    const predicted = {
      '001': [claim('russia', 'nato', 'support'), claim('ukraine', 'nato', 'support')], // one right, one wrong stance
      '002': [claim('ukraine', 'nato', 'conditional')],
      '003': [claim('usa', 'nato', 'support')], // a claim where there is none
    };
    const score = scoreClaims(expected, predicted);
    expect(score.overall).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(score.overall.precision).toBeCloseTo(0.5);
    expect(score.overall.recall).toBeCloseTo(2 / 3);
    expect(score.overall.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    // a wrong stance is a miss under the labelled stance and a false claim under the predicted one
    expect(score.perStance.oppose).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(score.perStance.support).toMatchObject({ tp: 1, fp: 2, fn: 0 });
    expect(score.misses.map((m) => `${m.article} ${m.actor} ${m.stance}`)).toEqual(['001 ukraine oppose']);
    expect(score.falseClaims.map((m) => `${m.article} ${m.actor} ${m.stance}`).sort()).toEqual(['001 ukraine support', '003 usa support']);
  });

  it('counts a claim predicted twice in one article once', () => {
    const score = scoreClaims({ '001': [claim('eu', 'backstop', 'support')] }, { '001': [claim('eu', 'backstop', 'support'), claim('eu', 'backstop', 'support')] });
    expect(score.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('finds the sentence around a quote for the miss listing', () => {
    const text = 'Talks were held in Moscow. Kyiv said it was ready to drop the bid. Nothing else.';
    expect(sentenceOf(text, 'ready to drop')).toBe('Kyiv said it was ready to drop the bid.');
  });
});
