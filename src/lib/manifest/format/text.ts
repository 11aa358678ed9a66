/** The CLI's text output, in istioctl analyze's shape: `Error [IST0101] (Kind ns/name file:line:col) message`. */
import type { AnalysisResult, Diagnostic } from '../types.ts';

const LEVEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** One diagnostic as a line. */
export function formatDiagnosticLine(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  return `${LEVEL[d.severity]} [${d.code}] (${d.resource ? `${d.resource} ${where}` : where}) ${d.message}`;
}

/** Every diagnostic as a line, then a summary line. */
export function formatText(result: AnalysisResult): string {
  const lines = result.files.flatMap((file) => file.diagnostics.map(formatDiagnosticLine));
  const { errors, warnings, infos } = result.summary;
  if (lines.length === 0) return '✔ No validation issues found when analyzing the input.\n';
  return `${lines.join('\n')}\n\n${errors} error(s), ${warnings} warning(s), ${infos} info(s)\n`;
}
