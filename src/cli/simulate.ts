// `npm run -s simulate -- …`: the model without a browser. Prints only the result on stdout;
// bad input exits with status 2 and one line on stderr saying what is allowed.
import { patientPlan, SCENARIOS, simulate } from '../model';
import { planText } from '../i18n/planText';
import { parseArgs, UsageError } from './args';
import { toCsv } from './format';

const HELP = `usage: npm run -s simulate -- --list
       npm run -s simulate -- --scenario ID [--days N] [--format json|csv] [--seed S]
       npm run -s simulate -- --device roller|pen --depth MM [--passes N] [--site SITE] [--sessions N --interval-days D]
       npm run -s simulate -- --indication icepick|boxcar|rolling|fine-lines|stretch-marks|stretch-marks-red|pores [device flags override its protocol]
       npm run -s simulate -- --wound cut|burn|acne --depth MM [--width MM] [--length MM] [--site SITE]
       npm run -s simulate -- --scenario ID (or a custom run) --plan [--skin-type 1..6]   what to expect, day by day (JSON)
       flags: --keloid-prone --active-acne --anticoagulant`;

export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const req = parseArgs(argv);
    if (req.help) { out(HELP + '\n'); return 0; }
    if (req.list) { out(SCENARIOS.map((s) => `${s.id}\t${s.description}`).join('\n') + '\n'); return 0; }
    if (req.plan) {
      const p = patientPlan(req.scenario!, req.skinType === undefined ? {} : { skinType: req.skinType });
      out(JSON.stringify({ scenario: p.scenario, ...planText(p) }) + '\n');
      return 0;
    }
    const result = simulate(req.scenario!, { days: req.days, seed: req.seed });
    out(req.format === 'csv' ? toCsv(result) : JSON.stringify(result) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) { err(`simulate: ${e.message}\n`); return 2; }
    throw e;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
