import { describe, expect, it } from 'vitest';
import { readTokens, tagged } from '../../../shared/domain/reading/tokens.js';

describe('tagged: wink tokens, made independent of what wink read before', () => {
  it('splits a possessive off its word and keeps the sentence spans on the new token indexes', () => {
    // (a possessive before a comma is what makes wink keep the word whole in later documents)
    tagged("Sweden's, Finland's and Norway's bids.");
    const t = tagged("Sweden's bid stalled. Finland's did not.");
    expect(t.words).toEqual(['Sweden', "'s", 'bid', 'stalled', '.', 'Finland', "'s", 'did', 'not', '.']);
    expect(t.pos.slice(0, 2)).toEqual(['PROPN', 'PART']);
    expect(t.spaces.slice(0, 3)).toEqual(['', '', ' ']);
    expect(t.spans).toEqual([[0, 4], [5, 9]]);
  });

  it('leaves the "\'s" of "it\'s" / "he\'s" to wink (a verb, not a possessive) and words that merely end in s alone', () => {
    const t = tagged("It's over, and he's sure the talks ended.");
    expect(t.words).toEqual(['It', "'s", 'over', ',', 'and', 'he', "'s", 'sure', 'the', 'talks', 'ended', '.']);
    // (set apart by us, "'s" would be tagged PART)
    expect([t.pos[1], t.pos[6]]).toEqual(['AUX', 'AUX']);
    expect(t.spaces[1]).toBe('');
  });
});

describe('readTokens: sentence spans', () => {
  it('ends a sentence at an answer "no." before a capitalised word, not at "No. 10"', () => {
    const sentences = (text: string) => {
      const { toks, spans } = readTokens(text);
      return spans.map(([s, e]) => toks.slice(s, e + 1).map((t) => t.text).join(' '));
    };
    expect(sentences('Sudland said no. Norland then proposed a salt tax.')).toEqual(['Sudland said no .', 'Norland then proposed a salt tax .']);
    expect(sentences('He lives at No. 10 Downing Street.')).toEqual(['He lives at No. 10 Downing Street .']);
  });
});
