import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, type Diagnostic } from '../../../../../src/lib/manifest/index.ts';
import { istioFamily } from '../../../../../src/lib/manifest/istio/index.ts';

// The shared corpus sits beside the repository (../shared/corpus); CI has it, a user's clone does not.
const CORPUS = fileURLToPath(new URL('../../../../../../shared/corpus/', import.meta.url));
const present = existsSync(`${CORPUS}istio-bookinfo`) && existsSync(`${CORPUS}istio-analyzers/expected.tsv`);
if (!present) console.info(`istio conformance skipped: no corpus at ${CORPUS}`);

const OWN = new Set(istioFamily.rules.map((rule) => rule.code));

function run(files: { name: string; path: string }[]): Diagnostic[] {
  return analyze(files.map(({ name, path }) => ({ name, text: readFileSync(path, 'utf8') }))).files.flatMap((f) => f.diagnostics);
}

interface Row {
  file: string;
  code: string;
  resource: string;
  testCase: string;
}

function expectedRows(): Row[] {
  return readFileSync(`${CORPUS}istio-analyzers/expected.tsv`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [file = '', code = '', resource = '', testCase = ''] = line.split('\t');
      return { file, code, resource, testCase };
    });
}

describe.skipIf(!present)('conformance with the Istio corpus', () => {
  it('reports no error from the Istio family on the bookinfo sample, all files together', () => {
    const dir = `${CORPUS}istio-bookinfo/`;
    const files = readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => ({ name, path: `${dir}${name}` }));
    const errors = run(files).filter((d) => OWN.has(d.code) && d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
  });

  it("finds every message istioctl's analyzer tests expect, for the codes it implements", () => {
    const rows = expectedRows();
    const implemented = rows.filter((row) => OWN.has(row.code));
    const byFile = new Map<string, Diagnostic[]>();
    const diagnosticsOf = (file: string): Diagnostic[] => {
      let found = byFile.get(file);
      if (!found) byFile.set(file, (found = run([{ name: file, path: `${CORPUS}istio-analyzers/${file}` }])));
      return found;
    };
    const missing: string[] = [];
    const wanted = new Map<string, number>();
    for (const row of implemented) {
      const key = `${row.file}\t${row.code}\t${row.resource}`;
      wanted.set(key, (wanted.get(key) ?? 0) + 1);
    }
    let matched = 0;
    for (const [key, count] of wanted) {
      const [file = '', code, resource] = key.split('\t');
      const got = diagnosticsOf(file).filter((d) => d.code === code && d.resource === resource).length;
      matched += Math.min(got, count);
      if (got < count) missing.push(`${key} (want ${count}, got ${got})`);
    }
    const notImplemented = [...new Set(rows.map((row) => row.code).filter((code) => code !== '-' && !OWN.has(code)))].sort();
    console.info(
      `istio conformance: ${matched} of ${implemented.length} expected rows matched; codes not implemented: ${notImplemented.join(', ')}`,
    );
    expect(missing).toEqual([]);
  });

  it('reports nothing where the upstream test expects no message', () => {
    const quiet: Record<string, string[]> = { namedPort: ['IST0118'], 'destinationrule with both cacerts': ['IST0128', 'IST0129'] };
    for (const row of expectedRows().filter((r) => r.code === '-')) {
      const codes = quiet[row.testCase] ?? [];
      const found = run([{ name: row.file, path: `${CORPUS}istio-analyzers/${row.file}` }]).filter((d) => codes.includes(d.code));
      expect(found, row.file).toEqual([]);
    }
  });
});
