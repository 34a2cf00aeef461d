// Patient-facing English is plain: every plain explanation, reason, outcome, description
// phrase, the disclaimer and the About text reads at Flesch–Kincaid grade 8 or below — and so
// does the canvas's description of every scenario at every stage it passes through.
// Expert text is exempt (it is meant to use the terms). The grade function is the tours' one.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { SCENARIOS } from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import { describeBlock } from '../../src/ui/explain/describe';
import { fleschKincaidGrade } from '../../src/ui/tours/readability';

const MAX_GRADE = 8;
const leaves = (node: unknown, path = ''): [string, string][] =>
  typeof node === 'string' ? [[path, node]] : Object.entries(node as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));

/** Plain-language explanations and descriptions (not labels, titles or expert text). */
const isPlainProse = (key: string): boolean => /\.plain$/.test(key) || /^(describe\.stage|healed\.(describe|why|outcome))\./.test(key)
  || ['disclaimer', 'about.what', 'about.talk', 'about.privacy', 'sources.intro'].includes(key);

describe('plain language (reading grade ≤ 8)', () => {
  const prose = leaves(en.explain).filter(([k]) => isPlainProse(k));
  it('covers the explanations', () => {
    expect(prose.length).toBeGreaterThan(40);
  });
  it.each(prose)('%s', (_key, text) => {
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(MAX_GRADE);
  });
  it('the canvas description of every scenario, at the start of every stage it reaches', () => {
    for (const sc of SCENARIOS) {
      const data = blockDataFor(sc.id, null);
      const start = data.sessionsHours.at(-1) ?? 0;
      for (const span of data.curves.stages) {
        const text = describeBlock(data, start + span.startHours + 0.01);
        expect(fleschKincaidGrade(text), text).toBeLessThanOrEqual(MAX_GRADE);
      }
    }
  });
});
