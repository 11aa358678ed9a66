/** Test helpers: run the whole analyzer on one Dockerfile and keep what a test asserts on. */
import { analyze, type Diagnostic } from '../../../../../src/lib/manifest/index.ts';

/** Every diagnostic for a Dockerfile text. */
export function lint(text: string): Diagnostic[] {
  return analyze([{ name: 'Dockerfile', text }]).files[0]?.diagnostics ?? [];
}

/** Code, level and start position of the diagnostics with one code. */
export function found(text: string, code: string): { code: string; severity: string; line: number; column: number }[] {
  return lint(text)
    .filter((d) => d.code === code)
    .map((d) => ({ code: d.code, severity: d.severity, line: d.line, column: d.column }));
}
