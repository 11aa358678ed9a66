/** The exec form: a JSON array of strings, read with the position of every item. */
import type { Range } from './words.ts';

/** A JSON string item with its decoded value and its range, quotes included. */
export interface JsonItem extends Range {
  value: string;
}

/** A valid array of strings; a valid array holding something else (Docker refuses it); or no JSON array at all. */
export type JsonArray = { kind: 'strings'; items: JsonItem[] } | { kind: 'not-strings' } | { kind: 'invalid' };

const MAX_DEPTH = 64;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Reader {
  at: number;
  readonly text: string;
  readonly to: number;

  constructor(text: string, from: number, to: number) {
    this.text = text;
    this.at = from;
    this.to = to;
  }

  space(): void {
    while (this.at < this.to && ' \t\r\n'.includes(this.text[this.at] ?? 'x')) this.at++;
  }

  /** A JSON string at the cursor, decoded; undefined (cursor anywhere) when it is not one. */
  string(): string | undefined {
    if (this.text[this.at] !== '"') return undefined;
    let out = '';
    for (this.at++; this.at < this.to; this.at++) {
      const c = this.text[this.at] ?? '';
      if (c === '"') {
        this.at++;
        return out;
      }
      if (c < ' ') return undefined;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const next = this.text[++this.at] ?? '';
      if (next === 'u') {
        const hex = this.text.slice(this.at + 1, this.at + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
        out += String.fromCharCode(parseInt(hex, 16));
        this.at += 4;
      } else if (next in ESCAPES) out += ESCAPES[next];
      else return undefined;
    }
    return undefined;
  }

  /** Skips any JSON value; false when there is none. */
  value(depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    const c = this.text[this.at];
    if (c === '"') return this.string() !== undefined;
    if (c === '[' || c === '{') {
      const close = c === '[' ? ']' : '}';
      this.at++;
      this.space();
      if (this.text[this.at] === close) {
        this.at++;
        return true;
      }
      for (;;) {
        if (close === '}') {
          if (this.string() === undefined) return false;
          this.space();
          if (this.text[this.at++] !== ':') return false;
          this.space();
        }
        if (!this.value(depth + 1)) return false;
        this.space();
        const next = this.text[this.at++];
        if (next === close) return true;
        if (next !== ',') return false;
        this.space();
      }
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      this.text.slice(this.at, Math.min(this.to, this.at + 400)),
    );
    if (!literal) return false;
    this.at += literal[0].length;
    return true;
  }
}

/** Reads [from, to) as a JSON array, the way Docker decides between exec form and shell form. */
export function parseJsonArray(text: string, from: number, to: number): JsonArray {
  const reader = new Reader(text, from, to);
  reader.space();
  if (text[reader.at] !== '[') return { kind: 'invalid' };
  reader.at++;
  reader.space();
  const items: JsonItem[] = [];
  let onlyStrings = true;
  if (text[reader.at] === ']') reader.at++;
  else {
    for (;;) {
      const start = reader.at;
      if (text[start] === '"') {
        const value = reader.string();
        if (value === undefined) return { kind: 'invalid' };
        items.push({ from: start, to: reader.at, value });
      } else if (reader.value(1)) onlyStrings = false;
      else return { kind: 'invalid' };
      reader.space();
      const next = text[reader.at++];
      if (next === ']') break;
      if (next !== ',' || reader.at > to) return { kind: 'invalid' };
      reader.space();
    }
  }
  reader.space();
  if (reader.at !== to) return { kind: 'invalid' };
  return onlyStrings ? { kind: 'strings', items } : { kind: 'not-strings' };
}
