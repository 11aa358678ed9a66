/**
 * `npm run validate -- [--format text|json|sarif] <files...>`: validates Kubernetes, Istio and
 * Linkerd manifests and Dockerfiles, analysed together as one set. Exit 0 without errors, 1 with
 * errors, 2 on bad usage or an unreadable file. `-` reads standard input.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, decodeSource, formatJson, formatSarif, formatText, RULES, type SourceFile } from '../lib/manifest/index.ts';

const USAGE = 'usage: npm run validate -- [--format text|json|sarif] <file...>   (- reads standard input)';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

let parsed: ReturnType<
  typeof parseArgs<{ options: { format: { type: 'string'; short: 'f' }; help: { type: 'boolean'; short: 'h' } }; allowPositionals: true }>
>;
try {
  parsed = parseArgs({
    options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (parsed.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const format = parsed.values.format ?? 'text';
if (!['text', 'json', 'sarif'].includes(format)) fail(`unknown format "${format}"\n${USAGE}`);
if (parsed.positionals.length === 0) fail(USAGE);

const sources: SourceFile[] = parsed.positionals.map((file) => {
  try {
    return decodeSource(file === '-' ? '<stdin>' : file, file === '-' ? readFileSync(0) : readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error)}`);
  }
});

const result = analyze(sources);
const output = format === 'json' ? formatJson(result) : format === 'sarif' ? formatSarif(result, RULES) : formatText(result);
process.stdout.write(output);
process.exitCode = result.summary.errors > 0 ? 1 : 0;
