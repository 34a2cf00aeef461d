// axe-core in a Playwright page, for the WCAG 2.2 AA sweep. Injected through the DevTools
// protocol (page.evaluate), which the app's Content-Security-Policy does not govern, so the
// production build is checked as shipped.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface AxeViolation { id: string; impact: string | null; help: string; targets: string[] }

/** Runs axe on the whole document (or only the part `include` selects) and returns the violations, each with the elements at fault. */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ([tags, part]) => {
    const axe = (window as unknown as { axe: { run(ctx: Document | { include: string[][] }, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(part ? { include: [[part]] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target.join(' '))) }));
  }, [[...WCAG_TAGS], include ?? ''] as const);
}
