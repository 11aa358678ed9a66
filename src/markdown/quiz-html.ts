/**
 * A quiz as HTML, complete before any script runs: every question with its answers, a hint and a
 * "Show answer" disclosure with the explanation (so the quiz teaches even without JavaScript), and
 * the compact data the <quiz-widget> element needs to grade, shuffle and save.
 */
import { answerOrder, displayExplanation, quizHash, seededRandom, type Quiz, type QuizQuestion } from '../lib/quiz/index.ts';
import { quizPalette } from '../lib/quiz/palette.ts';
import type { PaletteVar } from '../lib/quiz/palette.ts';
import type { CodeBlockRenderer } from './code-cache.ts';
import { embedCode, type EmbedUrls } from '../lib/embed/index.ts';
import { escapeHtml, markdownHtml } from './markdown-html.ts';

/** What the widget script reads from the page (kept small: no text, only structure). */
export interface QuizData {
  v: 1;
  id: string;
  hash: string;
  options: {
    shuffleAnswers: boolean;
    shuffleQuestions: boolean;
    nQuestions?: number;
    questionGroups?: number[];
    passingGrade?: number;
    enableRetry: boolean;
  };
  questions: { type: QuizQuestion['type']; correct: number[]; count: number }[];
  /** The author's colours as custom properties, where they stay legible (lib/quiz/palette.ts). */
  palette?: Partial<Record<PaletteVar, string>>;
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
  const { shuffleAnswers, shuffleQuestions, nQuestions, questionGroups, passingGrade, enableRetry } = quiz.options;
  const palette = quizPalette(quiz.options).vars;
  return {
    v: 1,
    id,
    hash: quizHash(quiz),
    options: {
      shuffleAnswers,
      shuffleQuestions,
      enableRetry,
      ...(nQuestions === undefined ? {} : { nQuestions }),
      ...(questionGroups === undefined ? {} : { questionGroups }),
      ...(passingGrade === undefined ? {} : { passingGrade }),
    },
    questions: quiz.questions.map((q) => ({
      type: q.type,
      count: q.answers.length,
      correct: q.answers.flatMap((a, i) => (a.correct ? [i] : [])),
    })),
    ...(Object.keys(palette).length === 0 ? {} : { palette }),
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

/** Options for `quizHtml`. */
export interface QuizHtmlOptions {
  heading?: string | undefined;
  /** The team page of the site, for result links learners send their trainer. */
  teamUrl?: string | undefined;
  /** The site's base path: adds links for trainers (slides, handout, answer key, team results, SCORM). */
  trainerBase?: string | undefined;
  /** Where the quiz can be embedded from; adds the "Embed" button and its dialog. */
  embed?: { urls: EmbedUrls; title: string } | undefined;
}

function trainerLinks(id: string, base: string): string {
  const link = (path: string, text: string): string => `<li><a href="${escapeHtml(base + path)}">${text}</a></li>`;
  return `<details class="quiz-trainer"><summary>For trainers</summary><ul>${[
    link(`present/${id}/`, 'Present to a room'),
    link(`handout/${id}/`, 'Printable handout'),
    link(`handout/${id}/answers/`, 'Answer key'),
    link('team/', 'Team results'),
    link(`scorm/${id}.zip`, 'SCORM 1.2 package for a learning platform'),
  ].join('')}</ul></details>`;
}

async function embedDialog(id: string, embed: { urls: EmbedUrls; title: string }, blocks: CodeBlockRenderer): Promise<string> {
  const code = await markdownHtml(`\`\`\`html title="Embed code"\n${embedCode(embed.urls, embed.title)}\n\`\`\``, blocks);
  const heading = `quiz-${escapeHtml(id)}-embed-title`;
  return `<button type="button" class="quiz-embed-open" aria-haspopup="dialog">Embed</button><dialog class="quiz-embed" aria-labelledby="${heading}"><h3 id="${heading}">Embed this quiz</h3><p>Paste this into your own page, wiki or learning platform. The quiz sizes itself, and your page can listen for <code>quiz:answered</code> and <code>quiz:completed</code> events on the iframe.</p>${code}<p class="quiz-embed-preview-label">Preview</p><iframe class="quiz-embed-preview" data-src="${escapeHtml(embed.urls.page)}" title="Preview: ${escapeHtml(embed.title)}" sandbox="allow-scripts" loading="lazy"></iframe><form method="dialog"><button class="quiz-embed-close">Close</button></form></dialog>`;
}

/** The whole quiz as an HTML string, for `set:html` or for turning into hast. */
export async function quizHtml(id: string, quiz: Quiz, blocks: CodeBlockRenderer, options: QuizHtmlOptions = {}): Promise<string> {
  const heading = options.heading ?? 'Check your understanding';
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
  return `<quiz-widget class="quiz" id="quiz-${escapeHtml(id)}" data-quiz="${escapeHtml(id)}" data-hash="${data.hash}" data-spec="${escapeHtml(JSON.stringify(data))}"${options.teamUrl ? ` data-team="${escapeHtml(options.teamUrl)}"` : ''}><div class="quiz-head"><h2 id="quiz-${escapeHtml(id)}-title" class="quiz-heading">${escapeHtml(heading)}</h2>${options.embed ? await embedDialog(id, options.embed, blocks) : ''}${options.trainerBase ? trainerLinks(id, options.trainerBase) : ''}</div><p class="quiz-facts">${facts}</p><ol class="quiz-questions">${questions.join('')}</ol>${messages}<section class="quiz-summary" tabindex="-1" hidden aria-labelledby="quiz-${escapeHtml(id)}-result"></section><div class="sr-only quiz-live" role="status"></div></quiz-widget>`;
}
