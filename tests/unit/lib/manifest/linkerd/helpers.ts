/** Reading the Linkerd fixtures and picking out the findings a test is about. */
import { readFileSync } from 'node:fs';
import { analyze, type Diagnostic, type SourceFile } from '../../../../../src/lib/manifest/index.ts';
import { LINKERD_RULES } from '../../../../../src/lib/manifest/linkerd/rules.ts';
import { LINKERD_SCHEMAS } from '../../../../../src/lib/manifest/linkerd/schemas/index.ts';

const FIXTURES = new URL('../../../../fixtures/manifest/linkerd/', import.meta.url);

/** A fixture file as a source, named as it is on disk. */
export function fixture(name: string): SourceFile {
  return { name, text: readFileSync(new URL(name, FIXTURES), 'utf8') };
}

/** Where and how bad a finding is: what the rule tests pin. */
export type Found = Pick<Diagnostic, 'code' | 'severity' | 'line' | 'column'>;

const LINKERD_CODES = new Set(LINKERD_RULES.map((rule) => rule.code));
const LINKERD_KINDS = new Set(LINKERD_SCHEMAS.map((schema) => schema.kind));
const SCHEMA_CODES = new Set(['SA1009', 'SA2001', 'SA2002', 'SA2003', 'SA2004']);

/** True for a finding of the Linkerd family: its own codes, and schema findings about its kinds. */
export function fromLinkerd(diagnostic: Diagnostic): boolean {
  if (LINKERD_CODES.has(diagnostic.code)) return true;
  return SCHEMA_CODES.has(diagnostic.code) && LINKERD_KINDS.has(diagnostic.resource.split(' ')[0] ?? '');
}

/** Every diagnostic of analysing the sources together. */
export function diagnosticsOf(...sources: SourceFile[]): Diagnostic[] {
  return analyze(sources).files.flatMap((file) => file.diagnostics);
}

/** The findings with one of `codes`, reduced to code, level and position. */
export function findings(sources: SourceFile | SourceFile[], ...codes: string[]): Found[] {
  const list = Array.isArray(sources) ? sources : [sources];
  return diagnosticsOf(...list)
    .filter((d) => codes.includes(d.code))
    .map(({ code, severity, line, column }) => ({ code, severity, line, column }));
}

/** The messages of the findings with one of `codes`, for inline snapshots. */
export function messages(sources: SourceFile | SourceFile[], ...codes: string[]): string[] {
  const list = Array.isArray(sources) ? sources : [sources];
  return diagnosticsOf(...list)
    .filter((d) => codes.includes(d.code))
    .map((d) => `${d.line}:${d.column} ${d.message}`);
}

/** Inline YAML as a source. */
export function yaml(text: string, name = 'inline.yaml'): SourceFile {
  return { name, text };
}
