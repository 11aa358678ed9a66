/**
 * Serves the built site the way a static host does: files from dist under the configured base,
 * directory indexes, the 404 page with status 404, and the headers from dist/_headers.
 * Listens on 127.0.0.1 only. `node src/node/serve.ts [--dir dist] [--port 4321] [--base /]`
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../lib/headers/index.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

// Static hosts and CDNs compress text; serving it raw would make every size and timing measured
// through this server (Lighthouse included) worse than production.
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|txt|xml|webmanifest)$/;
const compressed = new Map<string, { mtime: number; br: Buffer; gzip: Buffer }>();

function compressedBody(file: string, accept: string): { body: Buffer; encoding: 'br' | 'gzip' } | undefined {
  if (!COMPRESSIBLE.test(file)) return undefined;
  const wantsBr = /\bbr\b/.test(accept);
  if (!wantsBr && !/\bgzip\b/.test(accept)) return undefined;
  const mtime = statSync(file).mtimeMs;
  let entry = compressed.get(file);
  if (!entry || entry.mtime !== mtime) {
    const raw = readFileSync(file);
    entry = { mtime, br: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }), gzip: gzipSync(raw, { level: 9 }) };
    compressed.set(file, entry);
  }
  return wantsBr ? { body: entry.br, encoding: 'br' } : { body: entry.gzip, encoding: 'gzip' };
}

/** Options for `startServer`. */
export interface ServeOptions {
  dir: string;
  base?: string;
  port?: number;
}

/** A running server and how to stop it. */
export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function fileFor(root: string, relative: string): string | undefined {
  const candidate = normalize(join(root, relative));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  if (!existsSync(candidate)) return undefined;
  const stat = statSync(candidate);
  if (stat.isFile()) return candidate;
  if (stat.isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return undefined;
}

/** Starts the static server; resolves once it listens (port 0 picks a free one). */
export function startServer({ dir, base = '/', port = 4321 }: ServeOptions): Promise<RunningServer> {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const headersFile = join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')).rules : [];

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (prefix !== '/' && `${pathname}/` === prefix) {
      response.writeHead(301, { location: prefix }).end();
      return;
    }
    const inside = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : undefined;
    let file = inside === undefined ? undefined : fileFor(root, inside);
    // Like static hosts: /lessons/x redirects to /lessons/x/ when that is a directory.
    if (file && inside !== undefined && !pathname.endsWith('/') && file.endsWith(`${sep}index.html`) && !inside.endsWith('index.html')) {
      response.writeHead(301, { location: `${pathname}/${url.search}` }).end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = fileFor(root, '404.html');
    }
    // A missing page is answered with 404.html, under that page's headers (framing rules included).
    const sitePath = status === 404 ? '/404.html' : `/${inside ?? ''}`;
    const headers: Record<string, string> = {
      'cache-control': 'no-cache',
      ...headersForPath(rules, sitePath),
      'content-type': TYPES[extname(file ?? '.txt')] ?? 'application/octet-stream',
      vary: 'accept-encoding',
    };
    if (!file) {
      response.writeHead(404, headers).end('Not found');
      return;
    }
    const packed = compressedBody(file, String(request.headers['accept-encoding'] ?? ''));
    if (packed) {
      response.writeHead(status, { ...headers, 'content-encoding': packed.encoding, 'content-length': String(packed.body.length) });
      response.end(request.method === 'HEAD' ? undefined : packed.body);
      return;
    }
    response.writeHead(status, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actualPort}${prefix}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Idle keep-alive connections would hold close() open and keep answering a client.
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string' }, base: { type: 'string' } },
  });
  const base = values.base ?? process.env['BASE_PATH'] ?? '/';
  const port = Number(values.port ?? process.env['PORT'] ?? 4321);
  if (!existsSync(join(values.dir, 'index.html'))) {
    console.error(`Nothing to serve: ${values.dir}/index.html is missing. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const running = await startServer({ dir: values.dir, base, port });
  console.log(`Sidecar Academy is served on ${running.url} (Ctrl+C stops it)`);
}
