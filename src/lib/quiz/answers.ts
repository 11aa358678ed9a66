/** The answer list of a question: which kind of question it makes, and every answer with its comment. */
import type { List, ListItem } from 'mdast';
import { itemContent, joinBlocks, quoteContent, sliceNode, spanOf, type Source } from './source.ts';
import type { QuestionType, QuizAnswer, QuizDiagnostic, Span } from './types.ts';

interface Item {
  node: ListItem;
  boxed: boolean;
  checked: boolean;
  text: string;
  comment: string;
}

function readItem(source: Source, node: ListItem): Item {
  const content = itemContent(source, node);
  // micromark does not make `- [ ]` with no text a task item; it is still a boxed (empty) answer.
  const box = /^\[([ xX])\](?=[ \t\n]|$)/.exec(source.text.slice(content.offset, content.offset + 4));
  const boxed = typeof node.checked === 'boolean' || box !== null;
  const texts: string[] = [];
  const comments: string[] = [];
  node.children.forEach((child, index) => {
    if (child.type === 'blockquote') {
      comments.push(quoteContent(source, child, content.indent));
      return;
    }
    const start = child.position?.start.offset ?? 0;
    const from = index === 0 && boxed && start <= content.offset ? content.offset + 3 : start;
    texts.push(sliceNode(source, child, content.indent, from));
  });
  return {
    node,
    boxed,
    checked: node.checked ?? (box !== null && box[1] !== ' '),
    text: joinBlocks(texts),
    comment: joinBlocks(comments),
  };
}

/** Reads the first list of a question; `undefined` when the list has an error (reported in `diagnostics`). */
export function readAnswers(
  source: Source,
  list: List,
  diagnostics: QuizDiagnostic[],
): { type: QuestionType; answers: QuizAnswer[] } | undefined {
  const before = diagnostics.length;
  const report = (code: QuizDiagnostic['code'], message: string, where: Span, severity: 'error' | 'warning' = 'error') =>
    diagnostics.push({ code, severity, message, ...where });
  const items = list.children.map((node) => readItem(source, node));
  const first = items[0];
  if (items.length < 2) report('answers-too-few', `a question needs at least 2 answers; this one has ${items.length}`, spanOf(list));
  const odd = items.find((item) => item.boxed !== first?.boxed);
  if (first && odd) {
    const message = first.boxed
      ? 'this answer has no box: start it with `[ ]` or `[x]` like the others'
      : 'this answer has a box but the first one does not: box every answer, or none for a sequence';
    report('answers-mixed', message, spanOf(odd.node));
  } else if (first && !first.boxed && !list.ordered) {
    report('answers-unboxed', 'answers need a box (`- [ ]` or `- [x]`); for a sequence, number the items (`1.`) instead', spanOf(list));
  }
  for (const item of items) {
    if (item.text === '')
      report('answer-empty', `this answer is empty: write its text after the ${item.boxed ? 'box' : 'number'}`, spanOf(item.node));
  }
  const boxed = first?.boxed ?? false;
  const type: QuestionType = boxed ? (list.ordered ? 'single' : 'multiple') : 'sequence';
  const checked = items.filter((item) => item.checked);
  if (type === 'single' && checked.length !== 1) {
    const lines = checked.map((item) => spanOf(item.node).line + source.firstLine - 1);
    const message =
      checked.length === 0
        ? 'a single-choice question needs exactly one [x]; this one has none (use `- [ ]` items when several or none are correct)'
        : `a single-choice question needs exactly one [x]; this one has ${checked.length} (lines ${lines.join(', ')}); use \`- [ ]\` items for multiple choice`;
    report('single-correct', message, checked[1] ? spanOf(checked[1].node) : spanOf(list));
  }
  if (type === 'multiple' && checked.length === 0 && items.length > 0) {
    report(
      'multiple-none-correct',
      'no answer is marked [x], so only selecting nothing is correct; mark the correct answers with [x]',
      spanOf(list),
      'warning',
    );
  }
  if (diagnostics.slice(before).some((diagnostic) => diagnostic.severity === 'error')) return undefined;
  const answers = items.map((item): QuizAnswer => {
    const { line, column } = spanOf(item.node);
    const answer: QuizAnswer = { text: item.text, correct: type === 'sequence' || item.checked, line, column };
    if (item.comment !== '') answer.comment = item.comment;
    return answer;
  });
  return { type, answers };
}
