/**
 * The trainer's view of a session: result codes pasted one per line become participants, a score
 * distribution, per-question success sorted hardest first, and the wrong answers chosen most.
 * Codes for another version of a quiz, mangled codes and duplicates are reported, never counted.
 */
import { gradeQuestion } from '../quiz/grade.ts';
import type { QuizQuestion } from '../quiz/types.ts';
import { decodeResult, type ResultCode } from './code.ts';

/** What the page knows of a quiz: enough to grade and to name answers. */
export interface TeamQuiz {
  id: string;
  hash: string;
  title: string;
  passingGrade?: number | undefined;
  questions: { type: QuizQuestion['type']; title: string; answers: string[]; correct: number[] }[];
}

/** One counted learner. */
export interface Participant {
  name: string;
  line: number;
  score: number;
  max: number;
  percent: number;
  passed: boolean | undefined;
  /** Right or wrong per question index of the quiz; undefined where the question was not drawn. */
  correct: (boolean | undefined)[];
}

/** A line that was not counted, and why. */
export interface Rejected {
  line: number;
  text: string;
  reason: string;
}

/** How one question went. */
export interface QuestionStat {
  index: number;
  title: string;
  asked: number;
  right: number;
  percent: number;
  wrong: { answer: string; count: number }[];
}

/** Everything about one quiz's results. */
export interface QuizReport {
  quiz: TeamQuiz;
  participants: Participant[];
  distribution: { label: string; count: number }[];
  questions: QuestionStat[];
}

const REASONS = {
  'not-a-code': 'not a result code or result link',
  checksum: 'the code is damaged (its checksum does not match): ask for it again',
  malformed: 'the code is damaged: ask for it again',
} as const;

function asQuestion(q: TeamQuiz['questions'][number]): QuizQuestion {
  return {
    type: q.type,
    prompt: '',
    line: 0,
    column: 0,
    answers: q.answers.map((text, i) => ({ text, correct: q.type === 'sequence' || q.correct.includes(i), line: 0, column: 0 })),
  };
}

function fits(result: ResultCode, quiz: TeamQuiz): boolean {
  const seen = new Set<number>();
  return result.responses.every(({ question, answer }) => {
    const q = quiz.questions[question];
    if (!q || seen.has(question)) return false;
    seen.add(question);
    return answer.every((a) => a >= 0 && a < q.answers.length);
  });
}

/** Reads pasted codes against the site's quizzes. */
export function analyseTeam(text: string, quizzes: ReadonlyMap<string, TeamQuiz>): { reports: QuizReport[]; rejected: Rejected[] } {
  const rejected: Rejected[] = [];
  const seenCodes = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const byQuiz = new Map<string, Participant[]>();
  const responses = new Map<Participant, ResultCode>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (!trimmed) return;
    const shown = trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
    const decoded = decodeResult(trimmed);
    if ('problem' in decoded) return void rejected.push({ line, text: shown, reason: REASONS[decoded.problem] });
    const { result } = decoded;
    const quiz = quizzes.get(result.quiz);
    if (!quiz) return void rejected.push({ line, text: shown, reason: `no quiz "${result.quiz}" on this site` });
    if (quiz.hash !== result.hash)
      return void rejected.push({ line, text: shown, reason: `made with another version of "${quiz.title}": ask for a new code` });
    if (!fits(result, quiz)) return void rejected.push({ line, text: shown, reason: `does not fit "${quiz.title}": the code is damaged` });
    const codeKey = `${result.quiz}|${result.hash}|${JSON.stringify(result.responses)}|${result.name}`;
    const first = seenCodes.get(codeKey);
    if (first !== undefined) return void rejected.push({ line, text: shown, reason: `duplicate of line ${first}` });
    seenCodes.set(codeKey, line);
    if (result.name) {
      const nameKey = `${result.quiz}|${result.name.toLowerCase()}`;
      const earlier = seenNames.get(nameKey);
      if (earlier !== undefined)
        return void rejected.push({ line, text: shown, reason: `a second result from "${result.name}" (line ${earlier} is counted)` });
      seenNames.set(nameKey, line);
    }
    const correct: (boolean | undefined)[] = quiz.questions.map(() => undefined);
    for (const { question, answer } of result.responses) {
      const q = quiz.questions[question];
      if (q) correct[question] = gradeQuestion(asQuestion(q), answer);
    }
    const max = result.responses.length;
    const score = correct.filter((c) => c === true).length;
    const percent = max === 0 ? 0 : Math.round((score / max) * 100);
    const list = byQuiz.get(quiz.id) ?? [];
    const participant: Participant = {
      name: result.name || `Anonymous ${list.filter((p) => p.name.startsWith('Anonymous')).length + 1}`,
      line,
      score,
      max,
      percent,
      passed: quiz.passingGrade === undefined ? undefined : percent >= quiz.passingGrade,
      correct,
    };
    list.push(participant);
    byQuiz.set(quiz.id, list);
    responses.set(participant, result);
  });
  const reports = [...byQuiz].map(([id, participants]) => report(quizzes.get(id) as TeamQuiz, participants, responses));
  return { reports, rejected };
}

function report(quiz: TeamQuiz, participants: Participant[], responses: ReadonlyMap<Participant, ResultCode>): QuizReport {
  const distribution = Array.from({ length: 10 }, (_, i) => ({ label: i === 9 ? '90–100%' : `${i * 10}–${i * 10 + 9}%`, count: 0 }));
  for (const p of participants) {
    const bucket = distribution[Math.min(9, Math.floor(p.percent / 10))];
    if (bucket) bucket.count++;
  }
  const questions: QuestionStat[] = quiz.questions.map((q, index) => {
    const wrong = new Map<string, number>();
    let asked = 0;
    let right = 0;
    for (const p of participants) {
      if (p.correct[index] === undefined) continue;
      asked++;
      if (p.correct[index]) {
        right++;
        continue;
      }
      const answer = responses.get(p)?.responses.find((r) => r.question === index)?.answer ?? [];
      const labels =
        q.type === 'sequence'
          ? [answer.map((a) => q.answers[a] ?? '?').join(' → ')]
          : answer.filter((a) => !q.correct.includes(a)).map((a) => q.answers[a] ?? '?');
      if (labels.length === 0 && q.type !== 'sequence') labels.push('(missed a right answer)');
      for (const label of labels) wrong.set(label, (wrong.get(label) ?? 0) + 1);
    }
    const top = [...wrong].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
    return {
      index,
      title: q.title,
      asked,
      right,
      percent: asked === 0 ? 0 : Math.round((right / asked) * 100),
      wrong: top.map(([answer, count]) => ({ answer, count })),
    };
  });
  const hardestFirst = questions.filter((q) => q.asked > 0).sort((a, b) => a.percent - b.percent || a.index - b.index);
  return { quiz, participants, distribution, questions: hardestFirst };
}

/** The participants as CSV, one row each, with a column per question (1 right, 0 wrong, empty not asked). */
export function teamCsv(report: QuizReport): string {
  const quote = (value: string): string =>
    /[",\n]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : value;
  const header = ['name', 'score', 'max', 'percent', 'passed', ...report.quiz.questions.map((_, i) => `q${i + 1}`)];
  const rows = report.participants.map((p) => [
    quote(p.name),
    String(p.score),
    String(p.max),
    String(p.percent),
    p.passed === undefined ? '' : p.passed ? 'yes' : 'no',
    ...p.correct.map((c) => (c === undefined ? '' : c ? '1' : '0')),
  ]);
  return `${[header, ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`;
}
