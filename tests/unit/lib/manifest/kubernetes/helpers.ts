/** Test helpers: run the validator on fixtures or inline YAML and pick out the Kubernetes family's findings. */
import { readFileSync } from 'node:fs';
import { analyze, type Diagnostic } from '../../../../../src/lib/manifest/index.ts';

const FIXTURES = new URL('../../../../fixtures/manifest/kubernetes/', import.meta.url);

/** The text of a fixture. */
export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** Every diagnostic for the fixtures, analysed together as one input. */
export function check(...names: string[]): Diagnostic[] {
  return analyze(names.map((name) => ({ name, text: fixture(name) }))).files.flatMap((file) => file.diagnostics);
}

/** Every diagnostic for inline YAML. */
export function checkText(text: string): Diagnostic[] {
  return analyze([{ name: 'inline.yaml', text }]).files.flatMap((file) => file.diagnostics);
}

/** True for the codes this family emits: the schema codes and the workload checks. */
export function isOurs(diagnostic: Diagnostic): boolean {
  return /^SA(200[1-4]|30\d\d)$/.test(diagnostic.code);
}

/** Code, level and start of each diagnostic with `code`, in order. */
export function at(diagnostics: readonly Diagnostic[], code: string): { code: string; severity: string; line: number; column: number }[] {
  return diagnostics.filter((d) => d.code === code).map(({ severity, line, column }) => ({ code, severity, line, column }));
}

/** The diagnostics with `code`. */
export function only(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}
