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
