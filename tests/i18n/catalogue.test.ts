// The catalogues: Spanish has every English key (also checked by the type) and no empty text;
// plurals pick the right form in both languages; the pseudo-locales keep placeholders intact;
// every notice the link parser can raise has a message.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { i18n, switchLanguage, tKey, withManyForms } from '../../src/i18n';
import { pseudoCatalogue, pseudoString } from '../../src/i18n/pseudo';
import { parseAddress } from '../../src/state/url';

const leaves = (node: unknown, path = ''): [string, string][] =>
  typeof node === 'string' ? [[path, node]] : Object.entries(node as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
const placeholders = (s: string): string[] => [...s.matchAll(/\{\{[^}]*\}\}/g)].map((m) => m[0]).sort();

describe('message catalogues', () => {
  const enLeaves = new Map(leaves(en));
  const esLeaves = new Map(leaves(es));
  it('Spanish has exactly the English keys, none empty', () => {
    expect([...esLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    for (const [k, v] of esLeaves) expect(v.trim(), k).not.toBe('');
  });
  it('each Spanish message uses the same placeholders as its English one', () => {
    for (const [k, v] of enLeaves) expect(placeholders(esLeaves.get(k)!), k).toEqual(placeholders(v));
  });
  it('every notice the link parser raises has a message in both languages', async () => {
    const keys = new Set<string>();
    for (const q of ['?scenario=x', '?compare=x', '?t=x', '?t=1e12', '?view=x', '?site=x', '?mode=x', '?lang=x', '?scenario=custom']) {
      for (const n of parseAddress(q).notices) keys.add(n.key);
    }
    for (const key of keys) {
      expect(enLeaves.has(`common.notices.${key}`), key).toBe(true);
      expect(tKey(`common.notices.${key}`, { value: 'v' })).not.toContain('common.notices');
    }
    await switchLanguage('es');
    expect(tKey('common.notices.time', { value: 'v' })).toMatch(/tiempo/);
    await switchLanguage('en');
  });
  it('Spanish plural forms include "many" (un millón de…) copied from "other" when not written', async () => {
    i18n.addResourceBundle('en', 'translation', { test: { holes_one: '{{count}} hole', holes_other: '{{count}} holes' } }, true, true);
    expect(i18n.t('test.holes' as never, { count: 1 })).toBe('1 hole');
    expect(i18n.t('test.holes' as never, { count: 3 })).toBe('3 holes');
  });
});

describe('pseudo-locales', () => {
  it('keep interpolation placeholders and nesting intact, and mark every string', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom('count', 'value'), fc.string(), (a, name, b) => {
      const text = `${a}{{${name}}}${b}`;
      const out = pseudoString(text, 'accented');
      expect(out).toContain(`{{${name}}}`);
      expect(out.startsWith('[') && out.endsWith(']')).toBe(true);
    }));
  });
  it('transform the whole catalogue, leaf by leaf', () => {
    const pseudo = new Map(leaves(pseudoCatalogue(en, 'accented')));
    for (const [k, v] of leaves(en)) expect(pseudo.get(k)).toBe(pseudoString(v, 'accented'));
  });
});

describe('Spanish plural forms', () => {
  it('a message with only one/other gains "many" (un millón de…) from "other", and i18next picks it', async () => {
    const forms = withManyForms({ holes_one: '{{count}} orificio', holes_other: '{{count}} orificios' }) as Record<string, string>;
    expect(forms.holes_many).toBe(forms.holes_other);
    i18n.addResourceBundle('es', 'translation', { test: forms }, true, true);
    await switchLanguage('es');
    expect(i18n.t('test.holes' as never, { count: 1 })).toBe('1 orificio');
    expect(i18n.t('test.holes' as never, { count: 1_000_000 })).toBe('1000000 orificios');
    await switchLanguage('en');
  });
});

describe('scenario names', () => {
  it('every model scenario has a title and description in both languages, and custom runs are named from their settings', async () => {
    const { SCENARIO_IDS, DEFAULT_CUSTOM_TREATMENT, DEFAULT_CUSTOM_WOUND } = await import('../../src/model');
    const { scenarioTitle, scenarioDescription } = await import('../../src/i18n/scenarioText');
    for (const lang of ['en', 'es'] as const) {
      await switchLanguage(lang);
      for (const id of SCENARIO_IDS) {
        expect(scenarioTitle(id, null), id).not.toMatch(/common\.|^$/);
        expect(scenarioDescription(id, null), id).not.toMatch(/common\.|^$/);
      }
    }
    expect(scenarioTitle('custom', { ...DEFAULT_CUSTOM_TREATMENT, depthMm: 1.5 })).toBe('Sus ajustes: pluma, 1,5 mm');
    await switchLanguage('en');
    expect(scenarioTitle('custom', { ...DEFAULT_CUSTOM_WOUND, wound: 'burn', depthMm: 1.3 })).toBe('Your wound: burn, 1.3 mm deep');
  });
});
