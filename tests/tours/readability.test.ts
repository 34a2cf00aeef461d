// The Flesch–Kincaid grade used to hold tour text to grade ≤ 8: syllable counts of common words,
// the formula on known sentences, and sane bounds for any input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countText, fleschKincaidGrade, syllables } from '../../src/ui/tours/readability';

describe('readability', () => {
  it('counts syllables of everyday and medical words within the heuristic’s reach', () => {
    const cases: [string, number][] = [
      ['skin', 1], ['the', 1], ['cake', 1], ['table', 2], ['water', 2], ['layers', 2], ['collagen', 3],
      ['dermis', 2], ['epidermis', 4], ['fibroblasts', 3], ['inflammation', 4], ['protein', 2], ['normal', 2],
      ['closed', 1], ['stronger', 2], ['every', 3], ['Skin.', 1],
    ];
    for (const [word, n] of cases) expect(syllables(word), word).toBe(n);
  });

  it('splits sentences at end marks but not inside decimals', () => {
    expect(countText('A needle 0.5 mm long. It stops here!').sentences).toBe(2);
    expect(countText('A needle 0.5 mm long. It stops here!').words).toBe(8);
  });

  it('grades simple text low and dense text high', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was a big cat.')).toBeLessThan(2);
    const dense = 'Re-epithelialisation proceeds concomitantly with fibroblast proliferation and neovascularisation, '
      + 'whereupon collagen deposition and subsequent remodelling determine the eventual architecture of the regenerated dermis.';
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(16);
  });

  it('matches the formula on a hand-counted sentence', () => {
    // 6 words, 1 sentence, 8 syllables (skin 1, is 1, built 1, in 1, lay-ers 2, to-day 2).
    expect(fleschKincaidGrade('Skin is built in layers today.')).toBeCloseTo(0.39 * 6 + 11.8 * (8 / 6) - 15.59, 6);
  });

  it('is finite for any text and 0 for text with no words', () => {
    fc.assert(fc.property(fc.string(), (s) => Number.isFinite(fleschKincaidGrade(s))));
    expect(fleschKincaidGrade('')).toBe(0);
    expect(fleschKincaidGrade(' … !? ')).toBe(0);
  });
});
