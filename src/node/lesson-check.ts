/**
 * `npm run lesson:check -- <files...>`: everything the build and the content tests check in a lesson,
 * in a second and with positions: frontmatter, quizzes, diagrams (rendered into the cache when new),
 * and every YAML and Dockerfile snippet against the validator (a snippet broken on purpose declares
 * its codes: ```yaml expect="IST0101,SA3006"). Prints `file:line:col message`; exit 1 on problems.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  checkLessonFrontmatter,
  extractFences,
  extractFrontmatter,
  formatDiagnostic,
  ruleExampleProblems,
  rulePageSchema,
} from '../lib/content/index.ts';
import { diagramAccessibilityProblems, readDiagramSource } from '../lib/diagram/index.ts';
import { RULES } from '../lib/manifest/index.ts';
import { snippetExpectation, snippetResult } from './snippet-result.ts';
import { shortcodesToFences, parseQuizAt, quizIdFromMeta, defaultQuizId } from '../markdown/quiz-fence.ts';
import { createDiagramService } from './diagram-cache.ts';

/** Problems of a rule page (content/rules/<CODE>.md): frontmatter, a known code, examples that behave. */
function checkRulePage(file: string, source: string): void {
  const block = extractFrontmatter(source);
  const data = rulePageSchema.safeParse(block ? parseYaml(block.yaml) : undefined);
  if (!data.success) {
    problems.push(
      `${file}:1:1 rule page frontmatter: ${data.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`).join('; ')}`,
    );
    return;
  }
  const code = data.data.code;
  if (basename(file, '.md') !== code) problems.push(`${file}:2:1 rule page for ${code} must be named ${code}.md`);
  if (!RULES.has(code)) problems.push(`${file}:2:1 ${code} is not a code the validator emits`);
  for (const other of data.data.related)
    if (!RULES.has(other)) problems.push(`${file}:2:1 related code ${other} is not a code the validator emits`);
  for (const p of ruleExampleProblems(code, source, (e) => snippetResult(e.lang, e.title, e.body), !data.data.noExample))
    problems.push(`${file}:${p.line}:1 ${p.message}`);
}

const problems: string[] = [];
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run lesson:check -- <lesson.mdx...>');
  process.exit(2);
}
const diagrams = createDiagramService();
for (const file of files) {
  if (/(?:^|\/)rules\/[^/]+\.md$/.test(file)) {
    checkRulePage(file, readFileSync(file, 'utf8'));
    continue;
  }
  const source = shortcodesToFences(readFileSync(file, 'utf8'));
  for (const d of checkLessonFrontmatter(file, source).diagnostics) problems.push(formatDiagnostic(d));
  let quizzes = 0;
  for (const fence of extractFences(source)) {
    const lang = fence.lang.toLowerCase();
    if (lang === 'quizdown') {
      quizzes++;
      const id =
        quizIdFromMeta(fence.meta) ??
        defaultQuizId(
          file
            .split('/')
            .pop()
            ?.replace(/\.mdx?$/, '') ?? 'lesson',
          quizzes,
        );
      const parsed = parseQuizAt(fence.body, fence.line + 1, id);
      for (const e of [...parsed.errors, ...parsed.warnings])
        problems.push(`${file}:${e.line}:${e.column} quiz ${e.severity}: ${e.message}`);
    } else if (lang === 'mermaid') {
      const diagram = readDiagramSource(fence.body);
      for (const p of diagramAccessibilityProblems(diagram)) problems.push(`${file}:${fence.line}:1 ${p}`);
      const outcome = await diagrams.get(diagram.text);
      if (!outcome.ok) problems.push(`${file}:${fence.line + outcome.line}:1 Mermaid: ${outcome.message.split('\n')[0]}`);
    } else {
      const snippet = snippetExpectation(fence);
      if (snippet && snippet.found.join(',') !== snippet.expected.join(',')) {
        problems.push(
          `${file}:${fence.line}:1 snippet${snippet.title ? ` ${snippet.title}` : ''}: validator reports [${snippet.found.join(', ')}], fence declares expect="${snippet.expected.join(',')}"`,
        );
      }
    }
  }
}
await diagrams.close();
for (const problem of problems) console.log(problem);
console.log(problems.length === 0 ? `✔ ${files.length} file(s) checked, no problems` : `✘ ${problems.length} problem(s)`);
process.exitCode = problems.length === 0 ? 0 : 1;
