import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseTeam,
  cleanName,
  decodeResult,
  encodeResult,
  teamCsv,
  type ResultCode,
  type TeamQuiz,
} from '../../../../src/lib/team/index.ts';

const quiz: TeamQuiz = {
  id: 'mesh-basics',
  hash: 'abc123',
  title: 'Mesh basics',
  passingGrade: 50,
  questions: [
    { type: 'single', title: 'Q1', answers: ['a', 'b', 'c'], correct: [1] },
    { type: 'multiple', title: 'Q2', answers: ['x', 'y', 'z'], correct: [0, 2] },
    { type: 'sequence', title: 'Q3', answers: ['first', 'second', 'third'], correct: [0, 1, 2] },
  ],
};
const quizzes = new Map([[quiz.id, quiz]]);
const code = (name: string, answers: number[][], hash = quiz.hash): string =>
  encodeResult({ quiz: quiz.id, hash, name, responses: answers.map((answer, question) => ({ question, answer })) });

describe('encodeResult and decodeResult', () => {
  it('round-trips a result, also from a link', () => {
    const result: ResultCode = {
      quiz: 'mesh-basics',
      hash: 'abc123',
      name: 'Zoë K.',
      responses: [
        { question: 0, answer: [1] },
        { question: 11, answer: [3, 2, 1, 0] },
      ],
    };
    const text = encodeResult(result);
    expect(text).toMatch(/^SA1-[A-Za-z0-9_-]+-[0-9a-f]{8}$/);
    expect(decodeResult(text)).toEqual({ result });
    expect(decodeResult(`https://academy.example/team/#code=${text}`)).toEqual({ result });
  });

  it('reads codes whose payload contains the separator', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.array(fc.nat(30), { maxLength: 6 }), { maxLength: 12 }), (name, answers) => {
        const result: ResultCode = {
          quiz: 'q',
          hash: 'h',
          name: cleanName(name),
          responses: answers.map((answer, question) => ({ question, answer })),
        };
        expect(decodeResult(encodeResult(result))).toEqual({ result });
      }),
    );
  });

  it('catches a mangled code by its checksum', () => {
    const text = code('Ana', [[1], [0, 2], [0, 1, 2]]);
    const broken = text.replace(/-(.)/, (_, c: string) => `-${c === 'A' ? 'B' : 'A'}`);
    expect(decodeResult(broken)).toEqual({ problem: 'checksum' });
    expect(decodeResult('hello')).toEqual({ problem: 'not-a-code' });
    expect(decodeResult('SA1-zzz')).toEqual({ problem: 'malformed' });
  });

  it('keeps names tidy and short', () => {
    expect(cleanName('  Ana|Lee\n')).toBe('Ana Lee');
    expect(cleanName('x'.repeat(80))).toHaveLength(40);
  });

  it('never throws on any input', () => {
    fc.assert(fc.property(fc.string(), (text) => void decodeResult(text)));
  });
});

describe('analyseTeam', () => {
  it('counts participants, grades them and spots the hardest question', () => {
    const lines = [
      code('Ana', [[1], [0, 2], [0, 1, 2]]),
      code('Ben', [[0], [0, 2], [1, 0, 2]]),
      code('', [[2], [0], [0, 1, 2]]),
      code('', [[1], [0, 2], [2, 1, 0]]),
    ].join('\n');
    const { reports, rejected } = analyseTeam(lines, quizzes);
    expect(rejected).toEqual([]);
    const [r] = reports;
    expect(r?.participants.map((p) => [p.name, p.score, p.percent, p.passed])).toEqual([
      ['Ana', 3, 100, true],
      ['Ben', 1, 33, false],
      ['Anonymous 1', 1, 33, false],
      ['Anonymous 2', 2, 67, true],
    ]);
    expect(r?.questions.map((q) => [q.title, q.percent])).toEqual([
      ['Q1', 50],
      ['Q3', 50],
      ['Q2', 75],
    ]);
    expect(r?.questions[0]?.wrong).toEqual([
      { answer: 'a', count: 1 },
      { answer: 'c', count: 1 },
    ]);
    expect(r?.questions.find((q) => q.title === 'Q2')?.wrong).toEqual([{ answer: '(missed a right answer)', count: 1 }]);
    expect(r?.distribution.find((d) => d.label === '30–39%')?.count).toBe(2);
  });

  it('reports, and does not count, other versions, mangled codes, duplicates and unknown quizzes', () => {
    const ana = code('Ana', [[1], [0, 2], [0, 1, 2]]);
    const lines = [
      ana,
      ana,
      code('Ana', [[0], [0], [0, 1, 2]]),
      code('Cy', [[1]], 'oldhash'),
      'SA1-bm9wZQ-00000000',
      encodeResult({ quiz: 'unknown', hash: 'h', name: '', responses: [] }),
      code('Dee', [[7]]),
      'just a note',
    ].join('\n');
    const { reports, rejected } = analyseTeam(lines, quizzes);
    expect(reports[0]?.participants).toHaveLength(1);
    expect(rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'duplicate of line 1'],
      [3, 'a second result from "Ana" (line 1 is counted)'],
      [4, 'made with another version of "Mesh basics": ask for a new code'],
      [5, 'the code is damaged (its checksum does not match): ask for it again'],
      [6, 'no quiz "unknown" on this site'],
      [7, 'does not fit "Mesh basics": the code is damaged'],
      [8, 'not a result code or result link'],
    ]);
  });
});

describe('teamCsv', () => {
  it('writes a row per participant and defuses spreadsheet formulas in names', () => {
    const { reports } = analyseTeam([code('=HYPERLINK("x")', [[1], [0, 2], [0, 1, 2]]), code('Ben', [[0]])].join('\n'), quizzes);
    expect(teamCsv(reports[0]!)).toBe(
      'name,score,max,percent,passed,q1,q2,q3\r\n"\'=HYPERLINK(""x"")",3,3,100,yes,1,1,1\r\nBen,0,1,0,no,0,,\r\n',
    );
  });
});
