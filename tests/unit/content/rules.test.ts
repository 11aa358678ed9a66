/**
 * Rule pages: one per code the validator emits (and none for codes it does not), each with a
 * failing example that reports its code and a fixed example that is clean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractFrontmatter, ruleExampleProblems, rulePageSchema } from '../../../src/lib/content/index.ts';
import { RULES } from '../../../src/lib/manifest/index.ts';
import { snippetResult } from '../../../src/node/snippet-result.ts';

const DIR = new URL('../../../content/rules/', import.meta.url);
const pages = readdirSync(DIR)
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const text = readFileSync(new URL(name, DIR), 'utf8');
    return { name, text, data: rulePageSchema.safeParse(parse(extractFrontmatter(text)?.yaml ?? '')) };
  });

describe('rule pages', () => {
  it('exist for every code the validator emits, and only for those', () => {
    const documented = pages.map((p) => p.name.replace(/\.md$/, '')).sort();
    expect(documented).toEqual([...RULES.keys()].sort());
  });

  it('have valid frontmatter naming their own code and real related codes', () => {
    const wrong = pages.flatMap((p) => {
      if (!p.data.success) return [`${p.name}: ${p.data.error.message}`];
      const { code, related } = p.data.data;
      return [
        ...(code === p.name.replace(/\.md$/, '') ? [] : [`${p.name}: code ${code}`]),
        ...related.filter((r) => !RULES.has(r)).map((r) => `${p.name}: related ${r}`),
      ];
    });
    expect(wrong).toEqual([]);
  });

  it('show a failing example that reports the code and a fixed example that is clean', () => {
    const wrong = pages.flatMap((p) => {
      if (!p.data.success) return [];
      return ruleExampleProblems(p.data.data.code, p.text, (e) => snippetResult(e.lang, e.title, e.body), !p.data.data.noExample).map(
        (problem) => `${p.name}:${problem.line} ${problem.message}`,
      );
    });
    expect(wrong).toEqual([]);
  });
});
