/** Splits the Markdown into questions at each top-level heading and reads each one's parts. */
import type { Heading, List, Root, RootContent } from 'mdast';
import { readAnswers } from './answers.ts';
import { joinBlocks, quoteContent, sliceNode, spanOf, type Source } from './source.ts';
import type { QuizDiagnostic, QuizQuestion } from './types.ts';

interface Group {
  heading: Heading;
  nodes: RootContent[];
}

// Rules and HTML comments show nothing a learner could miss, so they may separate questions.
function isSeparator(node: RootContent): boolean {
  return node.type === 'thematicBreak' || (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim()));
}

function looksLikeHeading(source: Source, node: RootContent): boolean {
  return node.type === 'paragraph' && /^#{1,6}[^#\s]/.test(sliceNode(source, node, 0));
}

const kinds: Partial<Record<RootContent['type'], string>> = { paragraph: 'text', code: 'a code block', list: 'a list', html: 'HTML' };

function afterAnswersMessage(source: Source, node: RootContent): string {
  if (looksLikeHeading(source, node)) return 'this looks like a new question: write a space after the # to make it a heading';
  if (node.type === 'list') {
    return 'a second list after the answers: give every answer the same bullet (or numbering) style, or put this in a blockquote (`> `) to make it the explanation';
  }
  return `${kinds[node.type] ?? 'content'} after the answers: put it in a blockquote (\`> \`) to make it the explanation, or move it above the answers`;
}

function headingText(source: Source, heading: Heading): string {
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  if (!first || !last) return '';
  return source.text.slice(first.position?.start.offset ?? 0, last.position?.end.offset ?? 0).trim();
}

function readQuestion(source: Source, group: Group, diagnostics: QuizDiagnostic[]): QuizQuestion | undefined {
  const { heading } = group;
  const title = headingText(source, heading);
  if (title === '') {
    diagnostics.push({
      code: 'question-empty',
      severity: 'error',
      message: 'this question has no text: write it after the #',
      ...spanOf(heading),
    });
  }
  const body: string[] = [];
  const hints: string[] = [];
  const explanations: string[] = [];
  let list: List | undefined;
  for (const node of group.nodes) {
    if (node.type === 'blockquote') (list ? explanations : hints).push(quoteContent(source, node, 0));
    else if (!list && node.type === 'list') list = node;
    else if (!list) body.push(sliceNode(source, node, 0));
    else if (!isSeparator(node)) {
      diagnostics.push({ code: 'content-after-answers', severity: 'error', message: afterAnswersMessage(source, node), ...spanOf(node) });
    }
  }
  if (!list) {
    const message =
      'this question has no answers: add a list of `- [ ]` / `- [x]` items, `1. [ ]` items (single choice) or `1.` items (a sequence)';
    diagnostics.push({ code: 'answers-missing', severity: 'error', message, ...spanOf(heading) });
    return undefined;
  }
  const read = readAnswers(source, list, diagnostics);
  if (!read || title === '') return undefined;
  const { line, column } = spanOf(heading);
  const question: QuizQuestion = { type: read.type, prompt: joinBlocks([title, ...body]), answers: read.answers, line, column };
  const hint = joinBlocks(hints);
  const explanation = joinBlocks(explanations);
  if (hint !== '') question.hint = hint;
  if (explanation !== '') question.explanation = explanation;
  return question;
}

/** Reads every question; problems go to `diagnostics`. Returns the questions read and how many headings there were. */
export function readQuestions(source: Source, root: Root, diagnostics: QuizDiagnostic[]): { questions: QuizQuestion[]; count: number } {
  const groups: Group[] = [];
  const preamble: RootContent[] = [];
  for (const node of root.children) {
    const group = groups[groups.length - 1];
    if (node.type === 'heading') groups.push({ heading: node, nodes: [] });
    else if (group) group.nodes.push(node);
    else if (!isSeparator(node)) preamble.push(node);
  }
  // Without any heading, "no questions" (reported by the caller) says it all.
  if (groups.length > 0) {
    for (const node of preamble) {
      const heading = looksLikeHeading(source, node);
      if (!heading && node !== preamble[0]) continue;
      const message = heading
        ? 'this looks like a question: write a space after the # to make it a heading'
        : 'text before the first question: start each question with a heading (`# ...`); options go between two `---` lines';
      diagnostics.push({ code: 'text-before-question', severity: 'error', message, ...spanOf(node) });
    }
  }
  const questions = groups.flatMap((group) => readQuestion(source, group, diagnostics) ?? []);
  return { questions, count: groups.length };
}
