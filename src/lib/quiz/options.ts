/** The options block: `---` lines before the first question, read with `yaml` and checked option by option. */
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { closestMatch } from '../text/index.ts';
import type { QuizDiagnostic, QuizOptions, Span } from './types.ts';

type OptionName = keyof QuizOptions;
type Check = (value: unknown) => boolean;

const isBoolean: Check = (value) => typeof value === 'boolean';
const isCount: Check = (value) => Number.isInteger(value) && (value as number) >= 1;
const isCounts: Check = (value) => Array.isArray(value) && value.length > 0 && value.length <= 100 && value.every((item) => isCount(item));
const isPercent: Check = (value) => typeof value === 'number' && value >= 0 && value <= 100;
const isText: Check = (value) => typeof value === 'string' && value.trim() !== '';
// Colours end up in a style attribute: allow what CSS colours need and nothing that could close the declaration.
const isColor: Check = (value) => typeof value === 'string' && value.length <= 64 && /^[#\w\s(),.%+\-/]+$/.test(value);
const isLocale: Check = (value) => typeof value === 'string' && /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(value);

const specs: Record<OptionName, { snake: string; check: Check; expected: string }> = {
  shuffleAnswers: { snake: 'shuffle_answers', check: isBoolean, expected: 'true or false' },
  shuffleQuestions: { snake: 'shuffle_questions', check: isBoolean, expected: 'true or false' },
  nQuestions: { snake: 'n_questions', check: isCount, expected: 'a whole number of questions, 1 or more' },
  questionGroups: { snake: 'question_groups', check: isCounts, expected: 'a list of group sizes in written order, such as [6, 6, 5]' },
  passingGrade: { snake: 'passing_grade', check: isPercent, expected: 'a percentage from 0 to 100, without the % sign' },
  customPassMsg: { snake: 'custom_pass_msg', check: isText, expected: 'text' },
  customFailMsg: { snake: 'custom_fail_msg', check: isText, expected: 'text' },
  enableRetry: { snake: 'enable_retry', check: isBoolean, expected: 'true or false' },
  primaryColor: { snake: 'primary_color', check: isColor, expected: 'a CSS color such as steelblue or "#4682b4"' },
  secondaryColor: { snake: 'secondary_color', check: isColor, expected: 'a CSS color such as "#f2f2f2"' },
  textColor: { snake: 'text_color', check: isColor, expected: 'a CSS color such as black' },
  locale: { snake: 'locale', check: isLocale, expected: 'a language code such as "en" or "de"' },
};

const names = Object.keys(specs) as OptionName[];
const bySpelling = new Map<string, OptionName>(names.flatMap((name) => [[name, name] as const, [specs[name].snake, name] as const]));

/** quizdown's defaults. */
export function defaultOptions(): QuizOptions {
  return { shuffleAnswers: true, shuffleQuestions: false, enableRetry: true };
}

/** What the options block yields: the options, their problems, where each option was written, and the text without the block. */
export interface OptionsBlock {
  options: QuizOptions;
  diagnostics: QuizDiagnostic[];
  spans: Partial<Record<OptionName, Span>>;
  body: string;
}

const fence = /^ {0,3}---[ \t]*$/;

/** Reads the options block when the text opens with one; the block's lines are blanked in `body` so lines stay put. */
export function readOptions(text: string): OptionsBlock {
  const result: OptionsBlock = { options: defaultOptions(), diagnostics: [], spans: {}, body: text };
  const lines = text.split('\n');
  const open = lines.findIndex((line) => line.trim() !== '');
  if (open === -1 || !fence.test(lines[open] ?? '')) return result;
  const close = lines.findIndex((line, index) => index > open && fence.test(line));
  // Without a closing line it is a thematic break, as in quizdown-js.
  if (close === -1) return result;
  result.body = lines.map((line, index) => (index >= open && index <= close ? '' : line)).join('\n');
  readYaml(lines.slice(open + 1, close).join('\n'), open + 2, result);
  // One key order whatever the author wrote, so that JSON output and hashes read the same.
  const options = result.options as Partial<Record<OptionName, unknown>>;
  result.options = Object.fromEntries(
    names.flatMap((name) => (options[name] === undefined ? [] : [[name, options[name]]])),
  ) as unknown as QuizOptions;
  return result;
}

function readYaml(yaml: string, firstLine: number, result: OptionsBlock): void {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const span = (range: readonly number[] | null | undefined): Span => {
    const start = counter.linePos(range?.[0] ?? 0);
    const end = counter.linePos(range?.[1] ?? range?.[0] ?? 0);
    return { line: start.line + firstLine - 1, column: start.col, endLine: end.line + firstLine - 1, endColumn: end.col };
  };
  const report = (code: QuizDiagnostic['code'], message: string, where: Span) =>
    result.diagnostics.push({ code, severity: 'error', message, ...where });

  for (const error of doc.errors) report('options-yaml', `options: ${error.message.split('\n')[0] ?? 'invalid YAML'}`, span(error.pos));
  if (doc.errors.length > 0 || doc.contents === null) return;
  if (!isMap(doc.contents)) {
    report('options-yaml', 'the options block holds `name: value` lines, such as `shuffleAnswers: false`', span(doc.contents.range));
    return;
  }
  const seen = new Map<OptionName, string>();
  for (const pair of doc.contents.items) {
    const keyNode = isNode(pair.key) ? pair.key : undefined;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(pair.key);
    const keySpan = span(keyNode?.range);
    const name = bySpelling.get(key);
    if (name === undefined) {
      const hint = closestMatch(key, bySpelling.keys());
      report(
        'options-unknown',
        hint ? `unknown option "${key}"; did you mean "${hint}"?` : `unknown option "${key}"; known options are ${names.join(', ')}`,
        keySpan,
      );
      continue;
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      report('options-duplicate', `"${earlier}" and "${key}" are the same option; keep one`, keySpan);
      continue;
    }
    seen.set(name, key);
    const valueNode = isNode(pair.value) ? pair.value : undefined;
    const value: unknown = valueNode ? valueNode.toJS(doc) : null;
    const where = valueNode?.range ? span(valueNode.range) : keySpan;
    result.spans[name] = where;
    if (!specs[name].check(value)) {
      report('options-value', `${key} must be ${specs[name].expected}; got ${describe(value)}`, where);
      continue;
    }
    Object.assign(result.options, { [name]: typeof value === 'string' ? value.trim() : value });
  }
}

function describe(value: unknown): string {
  // `color: #fff` is a YAML comment, so the value is empty: say how to write it.
  if (value === null || value === undefined) return 'nothing (quote a value that starts with #)';
  return JSON.stringify(value) ?? String(value);
}
