// Flesch–Kincaid grade level of English text, to hold plain-language text to reading grade ≤ 8
// (patients, pupils). Syllables by the usual heuristic: groups of vowels, less a silent final
// "e"/"es"/"ed"; numbers and symbols count one. Rough per word, good enough over a paragraph.

/** Estimated syllables in one English word (at least 1). */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

/** Words: runs of non-space characters with at least one letter or digit. */
export const wordsOf = (text: string): string[] => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Sentences: ended by . ! or ? before a space or the end (so "0.5" is not an ending). */
export const sentenceCount = (text: string): number => Math.max(1, text.match(/[.!?]+(?=\s|$)/g)?.length ?? 0);

/** Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentenceCount(text)) + 11.8 * (syl / words.length) - 15.59;
}
