/**
 * A quiz as slides for a trainer, one question per screen, and the matching presenter notes:
 * built at build time from the quiz model, like the quiz itself.
 */
import { answerOrder, displayExplanation, seededRandom, type Quiz } from '../lib/quiz/index.ts';
import type { CodeBlockRenderer } from './code-cache.ts';
import { markdownHtml } from './markdown-html.ts';

/** One question's pieces, rendered. */
export interface RenderedQuestion {
  type: 'single' | 'multiple' | 'sequence';
  title: string;
  body: string;
  /** Answers in display order, with their model index and whether they are right. */
  answers: { index: number; html: string; correct: boolean }[];
  /** The right answer(s) or order, as HTML. */
  solution: string;
  explanation: string;
  hint: string;
}

/** Renders every question of a quiz for presenting. */
export async function renderQuestions(quiz: Quiz, blocks: CodeBlockRenderer): Promise<RenderedQuestion[]> {
  return Promise.all(
    quiz.questions.map(async (q, i) => {
      const blank = q.prompt.indexOf('\n\n');
      const title = blank < 0 ? q.prompt : q.prompt.slice(0, blank);
      const body = blank < 0 ? '' : q.prompt.slice(blank + 2);
      const html = await Promise.all(q.answers.map((a) => markdownHtml(a.text, blocks, true)));
      // Slides show a sequence shuffled (the same way every time), or the slide would give it away.
      const order = q.type === 'sequence' ? answerOrder(q, true, seededRandom(i + 7)) : q.answers.map((_, index) => index);
      const solution =
        q.type === 'sequence'
          ? `<ol>${html.map((h) => `<li>${h}</li>`).join('')}</ol>`
          : `<ul>${q.answers.flatMap((a, index) => (a.correct ? [`<li>${html[index] ?? ''}</li>`] : [])).join('') || '<li>none of them</li>'}</ul>`;
      return {
        type: q.type,
        title: await markdownHtml(title, blocks, true),
        body: body ? await markdownHtml(body, blocks) : '',
        answers: order.map((index) => ({
          index,
          html: html[index] ?? '',
          correct: q.type !== 'sequence' && (q.answers[index]?.correct ?? false),
        })),
        solution,
        explanation: q.explanation ? await markdownHtml(displayExplanation(q.explanation), blocks) : '',
        hint: q.hint ? await markdownHtml(q.hint, blocks) : '',
      };
    }),
  );
}
