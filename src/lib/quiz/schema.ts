/** The quiz model as a zod schema: parseQuiz checks its own output against it, and other tools can reuse it. */
import * as z from 'zod';
import type { Quiz } from './types.ts';

const line = z.int().min(1).describe('1-based line in the file where it is written.');
const column = z.int().min(1).describe('1-based column where it is written.');
const markdown = z.string().trim().min(1);

/** One answer. */
export const answerSchema = z
  .object({
    text: markdown.describe('The answer as Markdown, as written.'),
    correct: z.boolean().describe('Whether the answer is correct; always true in a sequence, whose written order is the solution.'),
    comment: markdown.exactOptional().describe('Markdown shown after checking when the learner chose this answer.'),
    line: line,
    column: column,
  })
  .strict();

/** One question, with the rules each question type must follow. */
export const questionSchema = z
  .object({
    type: z
      .enum(['single', 'multiple', 'sequence'])
      .describe('single: one [x]; multiple: select exactly the [x] set; sequence: put in order.'),
    prompt: markdown.describe('The heading text, then the question body, as Markdown.'),
    answers: z.array(answerSchema).min(2).describe('The answers in written order; responses refer to them by index.'),
    hint: markdown.exactOptional().describe('Markdown from the blockquotes before the answers, offered before checking.'),
    explanation: markdown.exactOptional().describe('Markdown from the blockquotes after the answers, shown after checking.'),
    line: line,
    column: column,
  })
  .strict()
  .check((ctx) => {
    const { type, answers } = ctx.value;
    const correct = answers.filter((answer) => answer.correct).length;
    if (type === 'single' && correct !== 1)
      ctx.issues.push({ code: 'custom', message: 'a single-choice question has exactly one correct answer', input: ctx.value });
    if (type === 'sequence' && correct !== answers.length)
      ctx.issues.push({ code: 'custom', message: 'every item of a sequence is correct', input: ctx.value });
  });

/** The options block, with defaults applied. */
export const optionsSchema = z
  .object({
    shuffleAnswers: z.boolean().describe('Show answers in a random order (sequences are always shuffled).'),
    shuffleQuestions: z.boolean().describe('Show questions in a random order.'),
    nQuestions: z.int().min(1).exactOptional().describe('When shuffling questions, draw this many of them.'),
    questionGroups: z
      .array(z.int().min(1))
      .min(1)
      .exactOptional()
      .describe('Sizes of consecutive groups of questions, in written order; a draw of nQuestions takes from every group.'),
    passingGrade: z.number().min(0).max(100).exactOptional().describe('Percentage needed to pass; without it there is no pass or fail.'),
    customPassMsg: markdown.exactOptional().describe('Message shown on passing.'),
    customFailMsg: markdown.exactOptional().describe('Message shown on failing.'),
    enableRetry: z.boolean().describe('Let the learner start the quiz again.'),
    primaryColor: z.string().min(1).exactOptional().describe('CSS color of buttons and highlights.'),
    secondaryColor: z.string().min(1).exactOptional().describe('CSS color of backgrounds.'),
    textColor: z.string().min(1).exactOptional().describe('CSS color of text.'),
    locale: z.string().min(2).exactOptional().describe('Language of the widget labels, such as "en" or "de".'),
  })
  .strict();

/** A whole quiz. */
export const quizSchema: z.ZodType<Quiz> = z
  .object({
    options: optionsSchema.describe('Options from the block between `---` lines before the first question.'),
    questions: z.array(questionSchema).min(1).describe('The questions in written order.'),
  })
  .strict()
  .check((ctx) => {
    const { nQuestions } = ctx.value.options;
    if (nQuestions !== undefined && nQuestions > ctx.value.questions.length) {
      ctx.issues.push({ code: 'custom', message: 'nQuestions is larger than the number of questions', input: ctx.value });
    }
  });
