/**
 * Result codes: what a learner hands their trainer after a quiz, without any server. A code holds
 * the quiz id, the quiz's content hash, the learner's answers and an optional name they typed;
 * nothing else. It is compact, URL-safe and carries a CRC-32 so a mangled paste is caught.
 *
 * Form: `SA1-<base64url of "id|hash|answers|name">-<crc32 as 8 hex digits>`; answers are
 * `question:answer,answer;...` with indices of the quiz model in base 36.
 */

/** One learner's result as the code carries it. */
export interface ResultCode {
  quiz: string;
  hash: string;
  /** Display name the learner typed; "" when they gave none. */
  name: string;
  /** Response per question index of the model (drawn questions only). */
  responses: { question: number; answer: number[] }[];
}

const PREFIX = 'SA1';
const MAX_NAME = 40;

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Cleans a typed name: trimmed, no separators or control characters, at most 40 characters. */
export function cleanName(name: string): string {
  return name
    .replace(/[|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME);
}

/** The code for a result. */
export function encodeResult(result: ResultCode): string {
  const answers = result.responses.map((r) => `${r.question.toString(36)}:${r.answer.map((a) => a.toString(36)).join(',')}`).join(';');
  const bytes = new TextEncoder().encode([result.quiz, result.hash, answers, cleanName(result.name)].join('|'));
  return `${PREFIX}-${toBase64Url(bytes)}-${crc32(bytes).toString(16).padStart(8, '0')}`;
}

/** Why a code could not be read. */
export type CodeProblem = 'not-a-code' | 'checksum' | 'malformed';

/** Reads a code (or a link carrying one in `#code=`); anything else gives a problem, never an error. */
export function decodeResult(input: string): { result: ResultCode } | { problem: CodeProblem } {
  const text = input.trim();
  const found = /(?:^|[#&?]code=)(SA1-[A-Za-z0-9_-]+-[0-9a-f]{8})(?:$|&)/.exec(text) ?? /^(SA1-[A-Za-z0-9_-]+-[0-9a-f]{8})$/.exec(text);
  if (!found?.[1]) return { problem: text.startsWith(PREFIX) || text.includes('code=') ? 'malformed' : 'not-a-code' };
  // base64url uses "-" itself: the checksum is what follows the last one.
  const last = found[1].lastIndexOf('-');
  const payload = found[1].slice(PREFIX.length + 1, last);
  const checksum = found[1].slice(last + 1);
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length > 4096) return { problem: 'malformed' };
  if (crc32(bytes).toString(16).padStart(8, '0') !== checksum) return { problem: 'checksum' };
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'malformed' };
  }
  const [quiz = '', hash = '', answers = '', name = '', ...rest] = decoded.split('|');
  if (rest.length > 0 || !/^[a-z0-9-]{1,100}$/.test(quiz) || !/^[a-z0-9]{1,20}$/.test(hash)) return { problem: 'malformed' };
  const responses: ResultCode['responses'] = [];
  for (const part of answers ? answers.split(';') : []) {
    const match = /^([0-9a-z]{1,3}):([0-9a-z]{1,3}(?:,[0-9a-z]{1,3}){0,49})?$/.exec(part);
    if (!match?.[1]) return { problem: 'malformed' };
    responses.push({
      question: Number.parseInt(match[1], 36),
      answer: match[2] ? match[2].split(',').map((a) => Number.parseInt(a, 36)) : [],
    });
  }
  return { result: { quiz, hash, name: cleanName(name), responses } };
}
