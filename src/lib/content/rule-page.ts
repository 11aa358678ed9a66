/**
 * Rule pages (content/rules/<CODE>.md): the frontmatter schema, and the check that each page's
 * failing example really gets its code from the validator and its fixed example does not. The
 * validator is passed in, so this module stays free of it and the content tests can share it.
 */
import * as z from 'zod';
import { parseCodeMeta } from '../code/meta.ts';
import { extractFences } from './fences.ts';

/** The frontmatter of a rule page. */
export const rulePageSchema = z
  .object({
    code: z
      .string()
      .regex(/^(?:SA\d{4}|IST\d{4}|DL\d{4})$/, 'a validator code like SA3001, IST0101 or DL3007')
      .describe('The code the page explains; must be the file name and a code the validator can emit.'),
    related: z
      .array(z.string().regex(/^(?:SA|IST|DL)\d{4}$/))
      .default([])
      .describe('Codes of related rules, linked at the foot of the page.'),
    noExample: z
      .string()
      .min(10)
      .optional()
      .describe('Why the page cannot show examples (a file too large or not text); only then may it have none.'),
  })
  .strict();

/** A rule page's frontmatter after parsing. */
export type RulePageData = z.infer<typeof rulePageSchema>;

/** What running the validator on one example gives: every code, and the codes of errors and warnings. */
export interface ExampleResult {
  all: readonly string[];
  counted: readonly string[];
}

/** One example of a rule page, as the content check and the page see it. */
export interface RuleExample {
  role: 'failing' | 'fixed';
  lang: string;
  title: string | undefined;
  body: string;
  line: number;
  expect: string[];
}

/** The examples of a rule page: fences whose meta says example="failing" or example="fixed". */
export function ruleExamples(markdown: string): RuleExample[] {
  const examples: RuleExample[] = [];
  for (const fence of extractFences(markdown)) {
    const { meta } = parseCodeMeta(fence.meta, fence.body.split('\n').length);
    const role = meta.attributes['example'];
    if (role !== 'failing' && role !== 'fixed') continue;
    const expect = (meta.attributes['expect'] ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean)
      .sort();
    examples.push({ role, lang: fence.lang.toLowerCase(), title: meta.title, body: fence.body, line: fence.line, expect });
  }
  return examples;
}

/**
 * Problems with a rule page's examples: at least one of each; the failing ones report `code`, and
 * exactly the errors and warnings their `expect` declares; the fixed ones do not report `code` and
 * have no errors or warnings at all.
 */
export function ruleExampleProblems(
  code: string,
  markdown: string,
  run: (example: RuleExample) => ExampleResult,
  examplesRequired = true,
): { line: number; message: string }[] {
  const examples = ruleExamples(markdown);
  const problems: { line: number; message: string }[] = [];
  for (const role of ['failing', 'fixed'] as const) {
    if (examplesRequired && !examples.some((e) => e.role === role))
      problems.push({ line: 1, message: `no ${role} example (a fence with example="${role}")` });
  }
  for (const example of examples) {
    const result = run(example);
    const counted = [...new Set(result.counted)].sort();
    if (example.role === 'failing') {
      if (!result.all.includes(code))
        problems.push({ line: example.line, message: `failing example does not report ${code}; it reports [${counted.join(', ')}]` });
      if (counted.join(',') !== example.expect.join(','))
        problems.push({
          line: example.line,
          message: `failing example reports [${counted.join(', ')}], fence declares expect="${example.expect.join(',')}"`,
        });
    } else {
      if (result.all.includes(code)) problems.push({ line: example.line, message: `fixed example still reports ${code}` });
      if (counted.length > 0)
        problems.push({ line: example.line, message: `fixed example reports [${counted.join(', ')}]; it should be clean` });
    }
  }
  return problems;
}
