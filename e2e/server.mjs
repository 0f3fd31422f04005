// A tiny static file server for dist/, with no dependencies: what `cargo xtask serve` runs and what
// the end-to-end tests start. It mounts a folder at a URL prefix (`base`), so the site can be tried
// under a sub-path such as /news/explainer/, as a static host would serve it. Like static hosts, it
// sends text and wasm gzipped (level 9) to clients that accept gzip.
//
//   import { startServer } from './server.mjs';
//   const server = await startServer({ root: 'dist', base: '/news/explainer/' });
//   // server.url === 'http://127.0.0.1:<port>/news/explainer/'
//   await server.close();
//
// CLI: node e2e/server.mjs <root> [--port N] [--base /x/]

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** The types a static host compresses: text, and wasm (images and fonts are compressed already). */
export function compressible(type) {
  return /^(text\/|application\/(wasm|json|manifest\+json|xml)|image\/svg\+xml)/.test(type);
}

/** gzip -9 bodies, by file, size and modification time. */
const gzipped = new Map();

async function gzipOf(file, info) {
  const key = `${file}\0${info.size}\0${info.mtimeMs}`;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(await readFile(file), { level: 9 }));
  return gzipped.get(key);
}

export function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** '/news/explainer' → '/news/explainer/'; '' → '/'. */
export function normalizeBase(base) {
  let b = base || '/';
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b;
}

/**
 * Serves the files under `root` at the URL prefix `base` on 127.0.0.1.
 * `port` 0 picks a free port. `headers` are added to every response (e.g. a CSP for a test).
 * Resolves to { url, port, close() } once listening.
 */
export function startServer({ root, base = '/', port = 0, headers = {}, host = '127.0.0.1' }) {
  if (!root) throw new Error('startServer: `root` is required');
  const rootDir = path.resolve(root);
  const prefix = normalizeBase(base);

  const server = http.createServer((req, res) => {
    handle(req, res, rootDir, prefix, headers).catch((err) => {
      if (!res.headersSent) send(res, 500, headers, `Internal error: ${err.message}\n`);
      else res.destroy();
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actualPort = server.address().port;
      resolve({
        url: `http://${host}:${actualPort}${prefix}`,
        port: actualPort,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections?.();
          }),
      });
    });
  });
}

async function handle(req, res, rootDir, prefix, extraHeaders) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, { ...extraHeaders, Allow: 'GET, HEAD' }, 'Method not allowed\n');
  }
  // The raw path, not a parsed URL: we check every segment ourselves after decoding.
  const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0];
  if (rawPath === prefix.slice(0, -1)) {
    return redirect(res, extraHeaders, prefix, req.url.slice(rawPath.length));
  }
  if (!rawPath.startsWith(prefix)) return notFound(res, extraHeaders);

  let rel;
  try {
    rel = decodeURIComponent(rawPath.slice(prefix.length));
  } catch {
    return send(res, 400, extraHeaders, 'Bad request\n');
  }
  const segments = rel.split(/[/\\]/);
  if (rel.includes('\0') || segments.includes('..') || path.isAbsolute(rel)) {
    return send(res, 403, extraHeaders, 'Forbidden\n');
  }
  let file = path.join(rootDir, ...segments);
  if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
    return send(res, 403, extraHeaders, 'Forbidden\n');
  }

  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!rawPath.endsWith('/')) {
      return redirect(res, extraHeaders, `${rawPath}/`, req.url.slice(rawPath.length));
    }
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return notFound(res, extraHeaders);

  const type = contentType(file);
  if (compressible(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    const body = await gzipOf(file, info);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Encoding': 'gzip',
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
      'Cache-Control': 'no-cache',
      ...extraHeaders,
    });
    return res.end(req.method === 'HEAD' ? undefined : body);
  }
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    ...(compressible(type) ? { Vary: 'Accept-Encoding' } : {}),
    ...extraHeaders,
  });
  if (req.method === 'HEAD') return res.end();
  await new Promise((resolve, reject) => {
    createReadStream(file).on('error', reject).on('end', resolve).pipe(res);
  });
}

function send(res, status, headers, body) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function notFound(res, headers) {
  send(res, 404, headers, 'Not found\n');
}

function redirect(res, headers, location, query) {
  send(res, 301, { ...headers, Location: location + query }, `Moved to ${location}\n`);
}

// CLI mode.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const usage = 'usage: node e2e/server.mjs <root> [--port N] [--base /x/]';
  let root;
  let port = 8080;
  let base = '/';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--port') port = Number(args[++i]);
    else if (arg === '--base') base = args[++i];
    else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else if (!arg.startsWith('--') && root === undefined) root = arg;
    else {
      console.error(`unknown argument: ${arg}\n${usage}`);
      process.exit(2);
    }
  }
  if (!root || !Number.isInteger(port) || port < 0 || base === undefined) {
    console.error(usage);
    process.exit(2);
  }
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) {
    console.error(`not a folder: ${root}`);
    process.exit(1);
  }
  const server = await startServer({ root, base, port });
  console.log(`Serving ${root} at ${server.url}`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
