export { countCompleted, emptyProgress, parseProgress, PROGRESS_KEY, serializeProgress, setCompleted, type Progress } from './progress.ts';
