/** Runs the validator on the Istio fixtures and picks out the findings a test is about. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, type Diagnostic } from '../../../../../src/lib/manifest/index.ts';

const DIR = fileURLToPath(new URL('../../../../fixtures/manifest/istio/', import.meta.url));

/** Every diagnostic of one fixture file, analysed alone. */
export function diagnosticsOf(file: string): Diagnostic[] {
  return analyze([{ name: file, text: readFileSync(`${DIR}${file}`, 'utf8') }]).files.flatMap((f) => f.diagnostics);
}

/** Every diagnostic of YAML text, analysed alone. */
export function diagnosticsOfText(text: string): Diagnostic[] {
  return analyze([{ name: 'inline.yaml', text }]).files.flatMap((f) => f.diagnostics);
}

/** The findings with `code`, reduced to what a rule test asserts. */
export function found(diagnostics: readonly Diagnostic[], code: string): Pick<Diagnostic, 'code' | 'severity' | 'line' | 'column'>[] {
  return diagnostics.filter((d) => d.code === code).map(({ severity, line, column }) => ({ code, severity, line, column }));
}

/** The findings with `code` in a fixture file. */
export function foundIn(file: string, code: string): Pick<Diagnostic, 'code' | 'severity' | 'line' | 'column'>[] {
  return found(diagnosticsOf(file), code);
}

/** Messages of the findings with `code`. */
export function messages(diagnostics: readonly Diagnostic[], code: string): string[] {
  return diagnostics.filter((d) => d.code === code).map((d) => d.message);
}
