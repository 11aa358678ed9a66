import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/node/serve.ts';

let server: RunningServer;
const origin = () => server.url.replace(/\/academy\/$/, '');

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-'));
  mkdirSync(join(dir, 'lessons/a'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(dir, 'lessons/a/index.html'), '<h1>a</h1>');
  writeFileSync(join(dir, '404.html'), '<h1>not found</h1>');
  writeFileSync(join(dir, '_headers'), '/*\n  X-Frame-Options: DENY\n/lessons/*\n  X-Test: lesson\n');
  writeFileSync(join(tmpdir(), 'secret.txt'), 'secret');
  server = await startServer({ dir, base: '/academy/', port: 0 });
});
afterAll(() => server.close());

describe('startServer', () => {
  it('listens on 127.0.0.1 and serves directory indexes under the base', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/academy\/$/);
    const response = await fetch(`${server.url}lessons/a/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<h1>a</h1>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('applies the headers of every matching _headers rule', async () => {
    const response = await fetch(`${server.url}lessons/a/`);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-test')).toBe('lesson');
  });

  it('answers unknown paths with the 404 page and status 404', async () => {
    const response = await fetch(`${server.url}nope/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>not found</h1>');
    expect((await fetch(`${origin()}/outside-base/`)).status).toBe(404);
  });

  it('redirects a directory without its trailing slash, like static hosts', async () => {
    const response = await fetch(`${server.url}lessons/a`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/academy/lessons/a/');
  });

  it('never serves files outside the folder', async () => {
    for (const path of ['..%2Fsecret.txt', '%2e%2e/%2e%2e/secret.txt', '..%5csecret.txt']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
    expect((await fetch(`${server.url}%E0%A4%A`)).status).toBe(400);
  });
});

describe('compression', () => {
  it('sends text compressed when the client accepts it, like a CDN', async () => {
    const { request } = await import('node:http');
    const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
      request(`${server.url}lessons/a/`, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
        response.resume();
        resolve(response.headers);
      })
        .on('error', reject)
        .end();
    });
    expect(headers['content-encoding']).toBe('br');
    expect(headers['vary']).toBe('accept-encoding');
  });
});
