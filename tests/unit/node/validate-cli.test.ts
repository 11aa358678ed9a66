import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'validate-cli-'));
const CLEAN = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: orders\ndata:\n  level: info\n';
const BROKEN =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\nspec:\n  template:\n    metadata:\n      labels: {app: orders}\n    spec:\n      containers:\n        - name: orders\n          image: ghcr.io/example/orders:1.4.2\n';
writeFileSync(join(dir, 'clean.yaml'), CLEAN);
writeFileSync(join(dir, 'broken.yaml'), BROKEN);

function validate(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['src/node/validate-cli.ts', ...args], { cwd: root, encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run validate', () => {
  it('exits 0 and says so for clean input', () => {
    const { status, stdout } = validate([join(dir, 'clean.yaml')]);
    expect(status).toBe(0);
    expect(stdout).toContain('No validation issues found');
  });

  it('exits 1 with errors, naming code, resource and file:line:column', () => {
    const { status, stdout } = validate([join(dir, 'clean.yaml'), join(dir, 'broken.yaml')]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^Error \[SA3001\] \(Deployment orders .*broken\.yaml:5:1\)/m);
  });

  it('reads standard input with -, and writes JSON and SARIF that parse', () => {
    const json = validate(['--format', 'json', '-'], BROKEN);
    expect(json.status).toBe(1);
    expect((JSON.parse(json.stdout) as { summary: { errors: number } }).summary.errors).toBeGreaterThan(0);
    const sarif = validate(['-f', 'sarif', join(dir, 'broken.yaml')]);
    const log = JSON.parse(sarif.stdout) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results.map((r) => r.ruleId)).toContain('SA3001');
  });

  it('exits 2 with a message for a missing file, a directory, an unknown format or no file', () => {
    const missing = validate([join(dir, 'nope.yaml')]);
    expect(missing).toMatchObject({ status: 2, stdout: '' });
    expect(missing.stderr).toContain('no such file');
    expect(validate([dir]).stderr).toContain('it is a directory');
    expect(validate(['--format', 'xml', join(dir, 'clean.yaml')])).toMatchObject({ status: 2 });
    expect(validate(['--bogus'])).toMatchObject({ status: 2 });
    expect(validate([]).stderr).toContain('usage:');
  });
});
