// The static server itself (e2e/server.mjs): content types, sub-path mount, 404s, traversal.
// Needs no build: it serves a small folder it writes to a temporary directory.

import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { normalizeBase, startServer } from '../server.mjs';

const FILES = {
  'index.html': '<!doctype html><title>root</title>',
  'app-1234.js': 'export default 1;',
  'app-1234_bg.wasm': Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]),
  'style.css': 'body{}',
  'map.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'icon.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  'data.json': '{"ok":true}',
  'section/one/index.html': '<!doctype html><title>one</title>',
};

let dir;
let root;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'explainer-server-'));
  root = path.join(dir, 'site');
  for (const [name, body] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), body);
  }
  // A file beside the served folder, which traversal must not reach.
  await writeFile(path.join(dir, 'secret.txt'), 'secret');
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A raw GET (fetch would normalise `..` segments away before sending). */
function get(url, rawPath = new URL(url).pathname, method = 'GET', headers = {}) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('served at /', () => {
  let server;
  before(async () => {
    server = await startServer({ root });
  });
  after(() => server.close());

  test('url is on 127.0.0.1 with a real port', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.ok(server.port > 0);
  });

  const types = {
    '/': 'text/html; charset=utf-8',
    '/index.html': 'text/html; charset=utf-8',
    '/app-1234.js': 'text/javascript; charset=utf-8',
    '/app-1234_bg.wasm': 'application/wasm',
    '/style.css': 'text/css; charset=utf-8',
    '/map.svg': 'image/svg+xml',
    '/icon.png': 'image/png',
    '/data.json': 'application/json',
  };
  for (const [p, type] of Object.entries(types)) {
    test(`${p} is served as ${type}`, async () => {
      const res = await get(server.url, p);
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-type'], type);
      assert.equal(Number(res.headers['content-length']), res.body.length);
    });
  }

  test('text and wasm come gzipped to a client that accepts it, and decode to the same bytes', async () => {
    for (const p of ['/index.html', '/app-1234.js', '/app-1234_bg.wasm', '/style.css', '/map.svg']) {
      const res = await get(server.url, p, 'GET', { 'Accept-Encoding': 'gzip, deflate, br' });
      assert.equal(res.headers['content-encoding'], 'gzip', p);
      assert.equal(res.headers.vary, 'Accept-Encoding', p);
      assert.equal(Number(res.headers['content-length']), res.body.length, p);
      assert.deepEqual(gunzipSync(res.body), Buffer.from(FILES[p.slice(1)]), p);
    }
    const png = await get(server.url, '/icon.png', 'GET', { 'Accept-Encoding': 'gzip' });
    assert.equal(png.headers['content-encoding'], undefined, 'images are not compressed again');
    const plain = await get(server.url, '/app-1234_bg.wasm');
    assert.equal(plain.headers['content-encoding'], undefined, 'nothing is gzipped for a client that does not ask');
  });

  test('wasm bytes arrive intact', async () => {
    const res = await get(server.url, '/app-1234_bg.wasm');
    assert.deepEqual(res.body, FILES['app-1234_bg.wasm']);
  });

  test('a folder serves its index.html', async () => {
    const res = await get(server.url, '/section/one/');
    assert.equal(res.status, 200);
    assert.match(res.body.toString(), /<title>one<\/title>/);
  });

  test('a folder without its slash redirects to it', async () => {
    const res = await get(server.url, '/section/one?x=1');
    assert.equal(res.status, 301);
    assert.equal(res.headers.location, '/section/one/?x=1');
  });

  test('query strings are ignored', async () => {
    const res = await get(server.url, '/style.css?v=2');
    assert.equal(res.status, 200);
  });

  test('a missing file is 404', async () => {
    assert.equal((await get(server.url, '/nope.js')).status, 404);
    assert.equal((await get(server.url, '/section/two/')).status, 404);
  });

  test('HEAD has headers and no body', async () => {
    const res = await get(server.url, '/style.css', 'HEAD');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/css; charset=utf-8');
    assert.equal(res.body.length, 0);
  });

  test('other methods are refused', async () => {
    assert.equal((await get(server.url, '/', 'POST')).status, 405);
  });

  for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/section/..%2f..%2f..%2fsecret.txt', '/%2fetc%2fpasswd', '/..%5csecret.txt']) {
    test(`path traversal is rejected: ${p}`, async () => {
      const res = await get(server.url, p);
      assert.ok([400, 403, 404].includes(res.status), `status ${res.status}`);
      assert.doesNotMatch(res.body.toString(), /secret|root:/);
    });
  }

  test('a malformed escape is 400', async () => {
    assert.equal((await get(server.url, '/%E0%A4%A')).status, 400);
  });
});

describe('served at a sub-path', () => {
  let server;
  before(async () => {
    server = await startServer({ root, base: '/news/explainer' });
  });
  after(() => server.close());

  test('url ends with the base', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/news\/explainer\/$/);
  });

  test('files are under the base', async () => {
    const index = await get(server.url, '/news/explainer/');
    assert.equal(index.status, 200);
    assert.match(index.body.toString(), /<title>root<\/title>/);
    const wasm = await get(server.url, '/news/explainer/app-1234_bg.wasm');
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers['content-type'], 'application/wasm');
  });

  test('the base without its slash redirects', async () => {
    const res = await get(server.url, '/news/explainer');
    assert.equal(res.status, 301);
    assert.equal(res.headers.location, '/news/explainer/');
  });

  test('nothing is served outside the base', async () => {
    assert.equal((await get(server.url, '/')).status, 404);
    assert.equal((await get(server.url, '/index.html')).status, 404);
    assert.equal((await get(server.url, '/news/')).status, 404);
    assert.equal((await get(server.url, '/news/explainerX/index.html')).status, 404);
  });

  test('traversal out of the base is rejected', async () => {
    const res = await get(server.url, '/news/explainer/..%2f..%2fsecret.txt');
    assert.ok([400, 403, 404].includes(res.status));
  });
});

describe('options', () => {
  test('extra headers go on every response, 404s included', async () => {
    const csp = "default-src 'self'";
    const server = await startServer({ root, headers: { 'Content-Security-Policy': csp } });
    try {
      assert.equal((await get(server.url, '/')).headers['content-security-policy'], csp);
      assert.equal((await get(server.url, '/missing')).headers['content-security-policy'], csp);
    } finally {
      await server.close();
    }
  });

  test('a fixed port is used', async () => {
    const probe = await startServer({ root });
    const port = probe.port;
    await probe.close();
    const server = await startServer({ root, port });
    try {
      assert.equal(server.port, port);
    } finally {
      await server.close();
    }
  });

  test('close() stops listening', async () => {
    const server = await startServer({ root });
    await server.close();
    await assert.rejects(get(server.url, '/'));
  });

  test('normalizeBase', () => {
    assert.equal(normalizeBase(''), '/');
    assert.equal(normalizeBase('/'), '/');
    assert.equal(normalizeBase('news'), '/news/');
    assert.equal(normalizeBase('/news/explainer'), '/news/explainer/');
    assert.equal(normalizeBase('/news/explainer/'), '/news/explainer/');
  });
});
