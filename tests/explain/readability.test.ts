// The Flesch–Kincaid grade function itself: syllable counts on known words, the grade of known
// easy and hard text, and that longer sentences and longer words raise the grade.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fleschKincaidGrade, sentenceCount, syllables, wordsOf } from '../../src/ui/explain/readability';

describe('readability', () => {
  it('counts syllables of common words', () => {
    const known: [string, number][] = [['cat', 1], ['skin', 1], ['make', 1], ['water', 2], ['table', 2], ['healing', 2],
      ['collagen', 3], ['platelets', 2], ['inflammation', 4], ['the', 1], ['0.5', 1], ['cells,', 1]];
    for (const [w, n] of known) expect(syllables(w), w).toBeGreaterThanOrEqual(n - 1);
    for (const [w, n] of known) expect(syllables(w), w).toBeLessThanOrEqual(n + 1);
    expect(syllables('cat')).toBe(1);
    expect(syllables('water')).toBe(2);
  });
  it('splits words and sentences, not at decimal points', () => {
    expect(wordsOf('A 0.5 mm cut – then a clot.')).toEqual(['A', '0.5', 'mm', 'cut', 'then', 'a', 'clot.']);
    expect(sentenceCount('It is 0.5 mm deep. It heals! Does it?')).toBe(3);
    expect(sentenceCount('no end mark')).toBe(1);
  });
  it('grades easy text low and dense technical text high', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was warm.')).toBeLessThan(2);
    expect(fleschKincaidGrade('Re-epithelialisation proceeds concomitantly with angiogenesis, whereupon myofibroblast differentiation precipitates extracellular matrix contraction and consequent fibrotic remodelling.')).toBeGreaterThan(16);
    expect(fleschKincaidGrade('')).toBe(0);
  });
  it('joining two sentences into one raises the grade; so do longer words', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('skin', 'cells', 'red', 'clot', 'heal'), { minLength: 2, maxLength: 12 }), (words) => {
      const sentence = words.join(' ');
      const two = `${sentence}. ${sentence}.`;
      const one = `${sentence} and ${sentence}.`;
      expect(fleschKincaidGrade(one)).toBeGreaterThan(fleschKincaidGrade(two));
      expect(fleschKincaidGrade(`${words.map(() => 'inflammation').join(' ')}.`)).toBeGreaterThan(fleschKincaidGrade(`${sentence}.`));
    }));
  });
});
