export {
  countCompleted,
  emptyProgress,
  parseProgress,
  progressSummary,
  PROGRESS_KEY,
  serializeProgress,
  setCompleted,
  type Progress,
} from './progress.ts';
export { bestScore, freshQuizState, parseQuizState, quizKey, serializeQuizState, type QuizState } from './quiz-state.ts';
