// The explain catalogue covers the model: every stage has a name, a description phrase and a
// plain and an expert explanation; every transition id in the model's table, every outcome and
// every source id has its entries in English and Spanish; caveats are exactly the model's.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { OUTCOME_RANK, SOURCES, STAGES, TRANSITIONS, source, type Outcome } from '../../src/model';
import { STAGE_SOURCES, CURVE_SOURCE } from '../../src/ui/explain/stageSources';
import { NUMBER_KEYS } from '../../src/ui/explain/modelNumbers';

const catalogues = { en: en.explain, es: es.explain } as const;
type Node = Readonly<Record<string, unknown>>;
const at = (node: unknown, ...path: string[]): unknown => path.reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Node)[k] : undefined), node);
const filled = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;

describe.each(Object.entries(catalogues))('explain catalogue (%s)', (_lang, cat) => {
  it('every healing stage has a name, a description phrase and a plain and expert explanation', () => {
    for (const s of STAGES) {
      expect(filled(at(cat, 'stages', s)), s).toBe(true);
      expect(filled(at(cat, 'describe', 'stage', s)), s).toBe(true);
      expect(filled(at(cat, 'now', s, 'plain')), s).toBe(true);
      expect(filled(at(cat, 'now', s, 'expert')), s).toBe(true);
    }
    expect(Object.keys(cat.stages).sort()).toEqual([...STAGES].sort());
  });
  it('every transition id in the model has a plain and an expert reason, plus the start', () => {
    for (const id of [...TRANSITIONS.map((tr) => tr.id), 'start']) {
      expect(filled(at(cat, 'transitions', id, 'plain')), id).toBe(true);
      expect(filled(at(cat, 'transitions', id, 'expert')), id).toBe(true);
    }
    expect(Object.keys(cat.transitions).sort()).toEqual([...TRANSITIONS.map((tr) => tr.id), 'start'].sort());
  });
  it('every outcome (no scar and each scar type) has a plain and an expert text', () => {
    for (const o of Object.keys(OUTCOME_RANK) as Outcome[]) {
      expect(filled(at(cat, 'outcomes', o, 'plain')), o).toBe(true);
      expect(filled(at(cat, 'outcomes', o, 'expert')), o).toBe(true);
    }
  });
  it('every source id has a topic and a finding; caveats are exactly the sources with one', () => {
    for (const s of SOURCES) {
      expect(filled(at(cat, 'sources', 'items', s.id, 'topic')), s.id).toBe(true);
      expect(filled(at(cat, 'sources', 'items', s.id, 'finding')), s.id).toBe(true);
    }
    expect(Object.keys(cat.sources.items).sort()).toEqual(SOURCES.map((s) => s.id).sort());
    expect(Object.keys(cat.sources.caveats).sort()).toEqual(SOURCES.filter((s) => s.caveat).map((s) => s.id).sort());
    for (const id of Object.keys(cat.sources.caveats)) expect(filled(at(cat, 'sources', 'caveats', id)), id).toBe(true);
  });
  it('every source cited by a description, not a dated paper, has its citation in the catalogue', () => {
    for (const s of SOURCES.filter((src) => !/\b(19|20)\d\d\b/.test(src.citation))) {
      if (/^[A-Z][a-z]+, [A-Z]/.test(s.citation)) continue; // an undated paper ("Gauglitz, Mol Med")
      expect(filled(at(cat, 'sources', 'citations', s.id)), s.id).toBe(true);
    }
    for (const id of Object.keys(cat.sources.citations)) expect(SOURCES.some((s) => s.id === id), id).toBe(true);
  });
  it('every evidence tag and every number shown has a label', () => {
    for (const s of SOURCES) expect(filled(at(cat, 'sources', 'evidence', s.evidence)), s.evidence).toBe(true);
    for (const k of NUMBER_KEYS) expect(filled(at(cat, 'numbers', k)), k).toBe(true);
  });
});

describe('explain catalogue and the model', () => {
  it('English shows the model\'s own source text and transition reasons (one truth for the app and the CLI)', () => {
    for (const s of SOURCES) {
      expect(en.explain.sources.items[s.id as keyof typeof en.explain.sources.items]).toEqual({ topic: s.topic, finding: s.finding });
      if (s.caveat) expect(at(en.explain, 'sources', 'caveats', s.id)).toBe(s.caveat);
      const cited = at(en.explain, 'sources', 'citations', s.id);
      if (cited !== undefined) expect(cited).toBe(s.citation);
    }
    for (const tr of TRANSITIONS) expect(at(en.explain, 'transitions', tr.id, 'expert')).toBe(tr.reason);
  });
  it('Spanish is translated, not copied from English', () => {
    const same = SOURCES.filter((s) => at(es.explain, 'sources', 'items', s.id, 'finding') === s.finding && /[a-z]{4}/.test(s.finding));
    expect(same.map((s) => s.id)).toEqual([]);
    for (const st of STAGES) expect(at(es.explain, 'now', st, 'plain')).not.toBe(at(en.explain, 'now', st, 'plain'));
  });
  it('the stage source ids exist in the model', () => {
    for (const ids of Object.values(STAGE_SOURCES)) for (const id of [...ids, CURVE_SOURCE]) expect(() => source(id)).not.toThrow();
  });
});
