// Flesch–Kincaid grade level of English text, so tests can hold patient-facing captions and quiz
// text to reading grade ≤ 8. Syllables come from a small heuristic (vowel groups, minus a silent
// final e, -es, -ed; "-le" keeps its syllable; y before a vowel is a consonant), which is within
// a syllable of a dictionary for almost all everyday words.

/** Syllables in one English word (≥ 1). Numbers count one per digit group ("0.5" → 2). */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (w === '') return 0;
  if (/^[0-9]+$/.test(w)) return Math.max(1, word.split(/[.,]/).length);
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0]).replace(/^y/, '').replace(/y(?=[aeiou])/g, 'j');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

export interface TextCounts { readonly sentences: number; readonly words: number; readonly syllables: number }

export function countText(text: string): TextCounts {
  const words = text.match(/[\p{L}\p{N}'’]+(?:[.,]\p{N}+)*/gu) ?? [];
  // A sentence ends at . ! ? (or a colon/semicolon) followed by a space or the end, not inside "0.5".
  const sentences = text.split(/[.!?;:]+(?=\s|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
  return { sentences: Math.max(1, sentences), words: words.length, syllables: words.reduce((n, w) => n + syllables(w), 0) };
}

/** Flesch–Kincaid grade: 0.39 × words/sentence + 11.8 × syllables/word − 15.59. */
export function fleschKincaidGrade(text: string): number {
  const c = countText(text);
  if (c.words === 0) return 0;
  return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;
}
