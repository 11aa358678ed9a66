import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../src/lib/manifest/index.ts';
import { isOurs } from './helpers.ts';

// The shared corpus sits beside the repository in CI; a user's clone does not have it.
const CORPUS = fileURLToPath(new URL('../../../../../../shared/corpus/', import.meta.url));
const BOOKINFO = `${CORPUS}istio-bookinfo/bookinfo.yaml`;
const EMOJIVOTO = `${CORPUS}linkerd-emojivoto`;

// The title says why a test was skipped, so a missing corpus is never mistaken for a pass.
const title = (what: string, path: string): string => (existsSync(path) ? what : `${what} (skipped: ${path} not found)`);
const read = (path: string) => ({ name: path.slice(CORPUS.length), text: readFileSync(path, 'utf8') });
const ourErrors = (sources: { name: string; text: string }[]) =>
  analyze(sources)
    .files.flatMap((file) => file.diagnostics)
    .filter((d) => isOurs(d) && d.severity === 'error');

describe('real-world sample apps', () => {
  it.skipIf(!existsSync(BOOKINFO))(title("gives no Kubernetes errors on Istio's bookinfo", BOOKINFO), () => {
    expect(ourErrors([read(BOOKINFO)])).toEqual([]);
  });

  it.skipIf(!existsSync(EMOJIVOTO))(title("gives no Kubernetes errors on Linkerd's emojivoto", EMOJIVOTO), () => {
    const files = readdirSync(EMOJIVOTO).filter((name) => /\.ya?ml$/.test(name));
    expect(files.length).toBeGreaterThan(0);
    expect(ourErrors(files.map((name) => read(`${EMOJIVOTO}/${name}`)))).toEqual([]);
  });

  it.skipIf(!existsSync(BOOKINFO))(title('finds a workload with the right port for every bookinfo Service', BOOKINFO), () => {
    const codes = analyze([read(BOOKINFO)]).files.flatMap((file) => file.diagnostics.map((d) => d.code));
    expect(codes.filter((code) => code === 'SA3004' || code === 'SA3005')).toEqual([]);
  });
});
