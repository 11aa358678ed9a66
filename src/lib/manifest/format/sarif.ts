/** SARIF 2.1.0 output, for code-scanning tools (GitHub code scanning, IDE viewers). */
import type { RuleInfo } from '../rules.ts';
import type { AnalysisResult } from '../types.ts';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The SARIF log as a string. `siteUrl` turns rule pages into absolute help links. */
export function formatSarif(result: AnalysisResult, rules: ReadonlyMap<string, RuleInfo>, siteUrl = 'https://sidecar.academy'): string {
  const used = [...new Set(result.files.flatMap((f) => f.diagnostics.map((d) => d.code)))].sort();
  const index = new Map(used.map((code, i) => [code, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sidecar-academy-validate',
            informationUri: `${siteUrl}/playground/rules/`,
            rules: used.map((code) => {
              const rule = rules.get(code);
              return {
                id: code,
                name: rule?.title.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')) ?? code,
                shortDescription: { text: rule?.title ?? code },
                fullDescription: { text: rule?.summary ?? code },
                helpUri: `${siteUrl}/playground/rules/${code}/`,
                defaultConfiguration: { level: LEVEL[rule?.severity ?? 'warning'] },
              };
            }),
          },
        },
        results: result.files.flatMap(({ file, diagnostics }) =>
          diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: index.get(d.code),
            level: LEVEL[d.severity],
            message: { text: d.resource ? `${d.resource}: ${d.message}` : d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file },
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                },
                ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'member' }] } : {}),
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
