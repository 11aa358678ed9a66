export { analyseTeam, teamCsv, type Participant, type QuestionStat, type QuizReport, type Rejected, type TeamQuiz } from './analyse.ts';
export { cleanName, decodeResult, encodeResult, type CodeProblem, type ResultCode } from './code.ts';
