/** The quiz model and its diagnostics: plain data shared by the parser, the grader and the widget. */

/** How a question is answered: one choice, a set of choices, or an order. */
export type QuestionType = 'single' | 'multiple' | 'sequence';

/** One answer as written; for a sequence, `correct` is always true and the written order is the solution. */
export interface QuizAnswer {
  text: string;
  correct: boolean;
  comment?: string;
  line: number;
  column: number;
}

/** One question: its Markdown prompt, its answers in written order, and optional hint and explanation. */
export interface QuizQuestion {
  type: QuestionType;
  prompt: string;
  answers: QuizAnswer[];
  hint?: string;
  explanation?: string;
  line: number;
  column: number;
}

/** The options block of a quiz, with quizdown's defaults applied. */
export interface QuizOptions {
  shuffleAnswers: boolean;
  shuffleQuestions: boolean;
  nQuestions?: number;
  /** Sizes of consecutive groups of questions (say, one per module): a draw of nQuestions takes from every group. */
  questionGroups?: number[];
  passingGrade?: number;
  customPassMsg?: string;
  customFailMsg?: string;
  enableRetry: boolean;
  primaryColor?: string;
  secondaryColor?: string;
  textColor?: string;
  locale?: string;
}

/** A parsed quiz. */
export interface Quiz {
  options: QuizOptions;
  questions: QuizQuestion[];
}

/** Stable codes, one per kind of problem. */
export type QuizCode =
  | 'options-yaml'
  | 'options-unknown'
  | 'options-value'
  | 'options-duplicate'
  | 'options-n-questions'
  | 'options-groups'
  | 'options-ignored'
  | 'options-color'
  | 'quiz-empty'
  | 'text-before-question'
  | 'question-empty'
  | 'answers-missing'
  | 'answers-too-few'
  | 'answers-unboxed'
  | 'answers-mixed'
  | 'answer-empty'
  | 'single-correct'
  | 'multiple-none-correct'
  | 'content-after-answers'
  | 'quiz-invalid';

/** One problem, shaped for editors: 1-based lines and columns, the end exclusive. */
export interface QuizDiagnostic {
  code: QuizCode;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A span of the quiz text (1-based, end exclusive). */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
