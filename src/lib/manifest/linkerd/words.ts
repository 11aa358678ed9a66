/** Small helpers for the wording of Linkerd messages. */

/** "1 Server", "3 Servers". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Quoted words in a sentence: "a", "b" or "c". */
export function alternatives(values: readonly string[]): string {
  return values.map((v, i) => `${i === 0 ? '' : i === values.length - 1 ? ' or ' : ', '}"${v}"`).join('');
}
