export { displayExplanation } from './explanation.ts';
export { extractQuizzes, type ExtractedQuiz } from './extract.ts';
export { gradeQuestion, gradeQuiz, type QuestionResponse, type QuizResult } from './grade.ts';
export { quizHash } from './hash.ts';
export { parseQuiz, type ParseResult } from './parse.ts';
export { answerOrder, drawQuestions, groupQuotas, seededRandom, shuffled } from './random.ts';
export { quizSchema } from './schema.ts';
export type { QuestionType, Quiz, QuizAnswer, QuizCode, QuizDiagnostic, QuizOptions, QuizQuestion } from './types.ts';
export { clock, parsePresentMessage, presentChannel, type PresentMessage, type PresentState } from './present.ts';
