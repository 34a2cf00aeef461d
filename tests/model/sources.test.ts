// Pins the sources table (REFERENCE.md evidence tags) and that every source id the model's code
// or comments point at exists in it, so the app's Sources panel never shows a dangling citation.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_LABEL, SOURCES, source, type EvidenceTag, type SourceId } from '../../src/model';

const modelDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/model');
const modelFiles = readdirSync(modelDir).filter((f) => f.endsWith('.ts')).map((f) => path.join(modelDir, f));
const IDS = new Set<string>(SOURCES.map((s) => s.id));
const TAGS: readonly EvidenceTag[] = ['V', 'S', 'M', 'S/M', 'S?', 'D'];

/** Hyphenated words in citation-like positions that are plain English, not source ids. */
const NOT_SOURCE_IDS = new Set(['property-tested']);

function commentsOf(text: string): string[] {
  const out: string[] = [];
  const scan = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  for (let kind = scan.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scan.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) out.push(scan.getTokenText());
  }
  return out;
}

/** Author-year ids anywhere in the text, e.g. kalluri2011, schwarz-laaff2011, facial-study-2021. */
const AUTHOR_YEAR = /\b[a-z]+(?:-[a-z]+)*-?(?:19|20)\d{2}\b/g;
/** Citation groups in comments: "(capillary-loops)", "(normal-collagen, oliveira2009)", "(contraindications [S])". */
const CITATION_GROUP = /\(([a-z][a-z0-9-]*(?:, [a-z][a-z0-9-]*)*)( \[[A-Z/?]+\])?\)/g;
/** A comment that opens with an id and a colon: "// deitch1983: …", "/** model-migration: …". */
const LEADING_ID = /^(?:\/\/|\/\*\*?)\s*([a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]+(?:19|20)\d{2}):/;
const looksLikeId = (tok: string): boolean => /-/.test(tok) || /(?:19|20)\d{2}$/.test(tok);

function referencedInComments(file: string): string[] {
  const found: string[] = [];
  for (const c of commentsOf(readFileSync(file, 'utf8'))) {
    found.push(...(c.match(AUTHOR_YEAR) ?? []));
    // With an evidence tag every word is an id; without one, only id-shaped words (hyphen or year).
    for (const m of c.matchAll(CITATION_GROUP)) found.push(...m[1].split(', ').filter((tok) => m[2] !== undefined || looksLikeId(tok)));
    const lead = LEADING_ID.exec(c.trim());
    if (lead) found.push(lead[1]);
  }
  return found.filter((id) => !NOT_SOURCE_IDS.has(id));
}

/** String literals the type checker places where a SourceId is expected (source:, sources:, source(…)). */
function sourceIdLiterals(): { file: string; text: string }[] {
  const program = ts.createProgram(modelFiles, { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const isSourceIdType = (t: ts.Type | undefined): boolean =>
    !!t && t.isUnion() && t.types.length > 10 && t.types.every((m) => m.isStringLiteral()) && t.types.some((m) => m.isStringLiteral() && IDS.has(m.value));
  const out: { file: string; text: string }[] = [];
  for (const file of modelFiles) {
    const sf = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) && isSourceIdType(checker.getContextualType(node))) out.push({ file: path.basename(file), text: node.text });
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe('sources table', () => {
  it('has unique ids', () => {
    const ids = SOURCES.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every entry a non-empty topic, finding and citation', () => {
    for (const s of SOURCES) {
      expect(s.topic.trim(), s.id).not.toBe('');
      expect(s.finding.trim(), s.id).not.toBe('');
      expect(s.citation.trim(), s.id).not.toBe('');
    }
  });

  it('tags every entry with one of the evidence tags V, S, M, S/M, S?, D', () => {
    for (const s of SOURCES) expect(TAGS, s.id).toContain(s.evidence);
  });

  it('has a plain-language label for every evidence tag', () => {
    for (const tag of TAGS) expect(EVIDENCE_LABEL[tag]).toMatch(/\w/);
  });

  it('looks every id up with source() and throws on an unknown id', () => {
    for (const s of SOURCES) expect(source(s.id as SourceId)).toBe(s);
    expect(() => source('no-such-source' as SourceId)).toThrow(/unknown source/);
  });

  it('marks the "400% collagen" claim as unconfirmed, with a caveat', () => {
    const claims = SOURCES.filter((s) => /400\s*%/.test(`${s.topic} ${s.finding}`));
    expect(claims).toHaveLength(1);
    expect(claims[0].caveat).toMatch(/unconfirmed/i);
    expect(claims[0].finding).toMatch(/not confirmed/i);
  });

  it('tags model derivations D and labels the pen dose as a derivation, not a source', () => {
    expect(source('pen-dose-derived').evidence).toBe('D');
    expect(source('pen-dose-derived').citation).toMatch(/derivation/i);
    expect(source('model-kinetics').evidence).toBe('D');
  });
});

describe('source ids referenced from src/model', () => {
  it('finds the model files to scan', () => {
    expect(modelFiles.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['tissue.ts', 'devices.ts', 'kinetics.ts', 'response.ts']));
  });

  it.each(modelFiles.map((f) => [path.basename(f), f]))('every source id cited in a comment of %s exists', (_name, file) => {
    const missing = [...new Set(referencedInComments(file))].filter((id) => !IDS.has(id));
    expect(missing).toEqual([]);
  });

  it('cites sources in comments across the model (the scan is not vacuous)', () => {
    const all = new Set(modelFiles.filter((f) => !f.endsWith('sources.ts')).flatMap(referencedInComments));
    expect(all.size).toBeGreaterThanOrEqual(20);
    expect([...all]).toEqual(expect.arrayContaining(['kalluri2011', 'gill2008', 'capillary-loops', 'model-migration']));
  });

  it('every string literal used as a SourceId in code exists in SOURCES', { timeout: 120_000 }, () => {
    const literals = sourceIdLiterals().filter((l) => l.file !== 'sources.ts');
    expect(literals.length).toBeGreaterThanOrEqual(30);
    expect(literals.filter((l) => !IDS.has(l.text))).toEqual([]);
  });
});
