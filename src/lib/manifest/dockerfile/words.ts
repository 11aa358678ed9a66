/** Splitting instruction text into words the ways Docker does: at whitespace, or respecting quotes. */

/** A [from, to) range of a text. */
export interface Range {
  from: number;
  to: number;
}

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\f' || c === '\v' || c === '\uFEFF';

/** The first offset at or after `at` that is not whitespace. */
export function skipSpace(text: string, at: number, to = text.length): number {
  let i = at;
  while (i < to && isSpace(text[i])) i++;
  return i;
}

/** The offset after the last non-whitespace character before `to`. */
export function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text[i - 1])) i--;
  return i;
}

/** Words separated by whitespace, quotes not special (how FROM, EXPOSE and shell-form COPY read). */
export function whitespaceWords(text: string, from: number, to: number): Range[] {
  const words: Range[] = [];
  let i = skipSpace(text, from, to);
  while (i < to) {
    const start = i;
    while (i < to && !isSpace(text[i])) i++;
    words.push({ from: start, to: i });
    i = skipSpace(text, i, to);
  }
  return words;
}

/** The end of the word starting at `at`: whitespace ends it, except inside quotes or after the escape character. */
export function quotedWordEnd(text: string, at: number, to: number, escape: string): number {
  let i = at;
  let quote = '';
  while (i < to) {
    const c = text[i];
    if (c === escape && quote !== "'") i += 2;
    else if (quote) {
      if (c === quote) quote = '';
      i++;
    } else if (c === '"' || c === "'") {
      quote = c;
      i++;
    } else if (isSpace(c)) break;
    else i++;
  }
  return Math.min(i, to);
}

/** Words separated by whitespace outside quotes (how ENV, LABEL, ARG and flags read); quotes stay in the words. */
export function quotedWords(text: string, from: number, to: number, escape: string): Range[] {
  const words: Range[] = [];
  let i = skipSpace(text, from, to);
  while (i < to) {
    const end = quotedWordEnd(text, i, to, escape);
    words.push({ from: i, to: end });
    i = skipSpace(text, end, to);
  }
  return words;
}

/** A word with its quotes removed and escapes resolved. */
export function unquote(word: string, escape: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i] ?? '';
    if (c === escape && quote !== "'" && i + 1 < word.length) {
      out += word[++i] ?? '';
    } else if (quote && c === quote) quote = '';
    else if (!quote && (c === '"' || c === "'")) quote = c;
    else out += c;
  }
  return out;
}

/** A heredoc marker found on an instruction line. */
export interface HeredocMarker extends Range {
  name: string;
  chomp: boolean;
  expand: boolean;
}

const HEREDOC = /^\d*<<(-?)([^<]*)$/;

/** The heredoc markers (`<<EOF`, `<<-"EOF"`, `2<<EOF`) of a line, as BuildKit finds them: whole words, outside quotes. */
export function heredocMarkers(text: string, from: number, to: number): HeredocMarker[] {
  const markers: HeredocMarker[] = [];
  for (const word of quotedWords(text, from, to, '\\')) {
    const match = HEREDOC.exec(text.slice(word.from, word.to));
    const rest = match?.[2];
    if (!match || !rest) continue;
    const name = unquote(rest, '\\');
    if (name === '') continue;
    markers.push({ ...word, name, chomp: match[1] === '-', expand: !/["'\\]/.test(rest) });
  }
  return markers;
}
