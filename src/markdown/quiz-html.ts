/**
 * A quiz as HTML, complete before any script runs: every question with its answers, a hint and a
 * "Show answer" disclosure with the explanation (so the quiz teaches even without JavaScript), and
 * the compact data the <quiz-widget> element needs to grade, shuffle and save.
 */
import { answerOrder, displayExplanation, quizHash, seededRandom, type Quiz, type QuizQuestion } from '../lib/quiz/index.ts';
import type { CodeBlockRenderer } from './code-cache.ts';
import { escapeHtml, markdownHtml } from './markdown-html.ts';

/** What the widget script reads from the page (kept small: no text, only structure). */
export interface QuizData {
  v: 1;
  id: string;
  hash: string;
  options: { shuffleAnswers: boolean; shuffleQuestions: boolean; nQuestions?: number; passingGrade?: number; enableRetry: boolean };
  questions: { type: QuizQuestion['type']; correct: number[]; count: number }[];
}

const INSTRUCTION = {
  single: 'Choose one answer.',
  multiple: 'Choose every answer that applies.',
  sequence: 'Put the steps in order: use the Move buttons, or drag.',
};

function splitPrompt(prompt: string): { title: string; body: string } {
  const blank = prompt.indexOf('\n\n');
  return blank < 0 ? { title: prompt, body: '' } : { title: prompt.slice(0, blank), body: prompt.slice(blank + 2) };
}

/** The widget's data for a quiz. */
export function quizData(id: string, quiz: Quiz): QuizData {
  const { shuffleAnswers, shuffleQuestions, nQuestions, passingGrade, enableRetry } = quiz.options;
  return {
    v: 1,
    id,
    hash: quizHash(quiz),
    options: {
      shuffleAnswers,
      shuffleQuestions,
      enableRetry,
      ...(nQuestions === undefined ? {} : { nQuestions }),
      ...(passingGrade === undefined ? {} : { passingGrade }),
    },
    questions: quiz.questions.map((q) => ({
      type: q.type,
      count: q.answers.length,
      correct: q.answers.flatMap((a, i) => (a.correct ? [i] : [])),
    })),
  };
}

async function questionHtml(id: string, quiz: Quiz, question: QuizQuestion, index: number, blocks: CodeBlockRenderer): Promise<string> {
  const qid = `${id}-q${index + 1}`;
  const { title, body } = splitPrompt(question.prompt);
  const answers = await Promise.all(question.answers.map((a) => markdownHtml(a.text, blocks, true)));
  const comments = await Promise.all(question.answers.map((a) => (a.comment ? markdownHtml(a.comment, blocks) : Promise.resolve(''))));
  // The page is the no-script fallback too: show a sequence shuffled, or it would give its answer away.
  const order = question.type === 'sequence' ? answerOrder(question, true, seededRandom(index + 1)) : question.answers.map((_, i) => i);
  const items = order.map((i) => {
    const text = answers[i] ?? '';
    const comment = comments[i] ? `<div class="quiz-comment" hidden>${comments[i]}</div>` : '';
    if (question.type === 'sequence') {
      return `<li class="quiz-item" data-answer="${i}"><span class="quiz-grip" aria-hidden="true"></span><span class="quiz-answer-text">${text}</span><span class="quiz-moves"><button type="button" class="quiz-move" data-move="-1">Move up</button><button type="button" class="quiz-move" data-move="1">Move down</button></span>${comment}</li>`;
    }
    const type = question.type === 'single' ? 'radio' : 'checkbox';
    return `<li class="quiz-item" data-answer="${i}"><label><input type="${type}" name="${qid}" value="${i}" autocomplete="off"><span class="quiz-answer-text">${text}</span></label>${comment}</li>`;
  });
  const list =
    question.type === 'sequence'
      ? `<ol class="quiz-answers quiz-sequence">${items.join('')}</ol>`
      : `<ul class="quiz-answers">${items.join('')}</ul>`;
  const solution =
    question.type === 'sequence'
      ? `<p>The right order:</p><ol>${question.answers.map((_, i) => `<li>${answers[i] ?? ''}</li>`).join('')}</ol>`
      : `<p>${question.type === 'single' ? 'The right answer' : 'The right answers'}:</p><ul>${question.answers.flatMap((a, i) => (a.correct ? [`<li>${answers[i] ?? ''}</li>`] : [])).join('') || '<li>none of them</li>'}</ul>`;
  const explanation = question.explanation
    ? `<div class="quiz-explanation">${await markdownHtml(displayExplanation(question.explanation), blocks)}</div>`
    : '';
  const hint = question.hint
    ? `<details class="quiz-hint"><summary>Hint</summary>${await markdownHtml(question.hint, blocks)}</details>`
    : '';
  const count = quiz.questions.length;
  return `<li class="quiz-question" id="${qid}" data-index="${index}" data-type="${question.type}"><fieldset><legend><span class="quiz-number">Question ${index + 1} of ${count}</span> <span class="quiz-title">${await markdownHtml(title, blocks, true)}</span></legend>${body ? `<div class="quiz-prompt">${await markdownHtml(body, blocks)}</div>` : ''}<p class="quiz-instruction">${INSTRUCTION[question.type]}</p>${list}${hint}<div class="quiz-actions"><button type="button" class="quiz-check">Check answer</button></div><div class="quiz-feedback" tabindex="-1" hidden></div><details class="quiz-reveal"><summary>Show answer</summary><div class="quiz-solution">${solution}</div>${explanation}</details></fieldset></li>`;
}

/** The whole quiz as an HTML string, for `set:html` or for turning into hast. */
export async function quizHtml(id: string, quiz: Quiz, blocks: CodeBlockRenderer, heading = 'Check your understanding'): Promise<string> {
  const data = quizData(id, quiz);
  const questions = await Promise.all(quiz.questions.map((q, i) => questionHtml(id, quiz, q, i, blocks)));
  const asked = quiz.options.shuffleQuestions && quiz.options.nQuestions !== undefined ? quiz.options.nQuestions : quiz.questions.length;
  const facts = [
    `${asked} ${asked === 1 ? 'question' : 'questions'}`,
    quiz.options.passingGrade === undefined ? '' : `pass mark ${quiz.options.passingGrade}%`,
  ]
    .filter(Boolean)
    .join(' · ');
  const messages = [
    quiz.options.customPassMsg
      ? `<div class="quiz-pass-message" hidden>${await markdownHtml(quiz.options.customPassMsg, blocks, true)}</div>`
      : '',
    quiz.options.customFailMsg
      ? `<div class="quiz-fail-message" hidden>${await markdownHtml(quiz.options.customFailMsg, blocks, true)}</div>`
      : '',
  ].join('');
  // The data rides in an attribute: no inline script for the CSP to hash, and HTML escaping keeps it inert.
  return `<quiz-widget class="quiz" id="quiz-${escapeHtml(id)}" data-quiz="${escapeHtml(id)}" data-hash="${data.hash}" data-spec="${escapeHtml(JSON.stringify(data))}"><h2 id="quiz-${escapeHtml(id)}-title" class="quiz-heading">${escapeHtml(heading)}</h2><p class="quiz-facts">${facts}</p><ol class="quiz-questions">${questions.join('')}</ol>${messages}<section class="quiz-summary" tabindex="-1" hidden aria-labelledby="quiz-${escapeHtml(id)}-result"></section><div class="sr-only quiz-live" role="status"></div></quiz-widget>`;
}
