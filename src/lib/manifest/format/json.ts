/** The CLI's JSON output: diagnostics per file and a summary, nothing else. */
import type { AnalysisResult } from '../types.ts';

/** The JSON document, as a string with a trailing newline. */
export function formatJson(result: AnalysisResult): string {
  const files = result.files.map(({ file, diagnostics }) => ({
    file,
    diagnostics: diagnostics.map(({ code, severity, message, line, column, endLine, endColumn, path, resource, docs }) => ({
      code,
      severity,
      message,
      line,
      column,
      endLine,
      endColumn,
      path,
      resource,
      docs,
    })),
  }));
  return `${JSON.stringify({ files, summary: result.summary }, null, 2)}\n`;
}
