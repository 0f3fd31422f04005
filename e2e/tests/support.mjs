// Shared set-up for the end-to-end tests: the built site (dist/, from `cargo xtask dist`) on a
// local static server, and Debian's Chromium driven by playwright-core (no browser downloads).
//
//   const site = await openSite();        // server + browser + page, errors recorded
//   await site.page.goto(site.url);
//   ...
//   site.assertNoErrors();
//   await site.close();

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built site. E2E_DIST overrides it (e.g. a second build for a sub-path). */
export const DIST = process.env.E2E_DIST ?? path.join(REPO_ROOT, 'dist');
/** The URL prefix dist/ was built for (`cargo xtask dist --public-url`). */
export const BASE = process.env.E2E_BASE ?? '/';
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox', // we run as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
/** Generous: the machine is small and shared with builds. */
export const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 20_000);

export function launchBrowser(options = {}) {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, ...options });
}

/** Serves dist/ (or `root`) at `base`; fails clearly if the site was not built. */
export function startSiteServer({ root = DIST, base = BASE, headers = {} } = {}) {
  assert.ok(
    existsSync(path.join(root, 'index.html')),
    `${root}/index.html is missing: build the site first with \`cargo xtask dist\``,
  );
  return startServer({ root, base, headers });
}

/**
 * The headers of the `/*` block of dist/_headers: what we tell static hosts to send. With `origin`,
 * as a build for a site at that origin writes them (`--site-url`): the origin beside each `'self'`
 * of the Content-Security-Policy (src/page.rs, `headers_for_site`), in place of any it names.
 */
export function recommendedHeaders({ origin } = {}) {
  const text = readFileSync(path.join(DIST, '_headers'), 'utf8');
  const headers = {};
  let inRoot = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (!line.startsWith(' ')) {
      inRoot = line.trim() === '/*';
      continue;
    }
    if (inRoot) {
      const [name, ...value] = line.trim().split(':');
      headers[name] = value.join(':').trim();
    }
  }
  if (origin) {
    const csp = 'Content-Security-Policy';
    headers[csp] = headers[csp].replace(/'self'(?: https?:\/\/[^\s;']+)?/g, `'self' ${origin}`);
  }
  return headers;
}

/**
 * Records everything that went wrong on a page: console errors, uncaught exceptions, failed
 * requests and HTTP error responses.
 */
export function collectErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console error: ${msg.text()} (${msg.location().url || 'inline'})`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.stack || err.message}`));
  page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return errors;
}

/**
 * For a test file: the site on a local server and a browser (`launch`, Chromium by default), started
 * before the file's tests and stopped after them. Returns { server, browser, ready }: `server` and
 * `browser` are set once `ready` resolves (await it in a file's own `before`: top-level hooks do not
 * wait for each other).
 */
export function siteAndBrowser({ launch = launchBrowser } = {}) {
  const handle = { server: null, browser: null };
  handle.ready = new Promise((resolve, reject) => {
    before(async () => {
      try {
        handle.server = await startSiteServer();
        handle.browser = await launch();
        resolve();
      } catch (err) {
        reject(err);
        throw err;
      }
    });
  });
  handle.ready.catch(() => {}); // reported by the hook itself
  after(async () => {
    await handle.browser?.close();
    await handle.server?.close();
  });
  return handle;
}

/**
 * A fresh page in its own context of `browser`, at `url`, with errors recorded; waits for the app to
 * hydrate unless `hydrate` is false. Returns { page, errors, close() }.
 */
export async function openPage(browser, url, { contextOptions = {}, hydrate = true } = {}) {
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  if (hydrate) await page.waitForSelector('html[data-hydrated="true"]');
  return {
    page,
    errors,
    async close() {
      await context.close();
    },
  };
}

/**
 * Starts the server and the browser and opens a page with error collection.
 * Returns { url, server, browser, context, page, errors, assertNoErrors(), close() }.
 */
export async function openSite({ base = BASE, headers = {}, contextOptions = {} } = {}) {
  const server = await startSiteServer({ base, headers });
  let browser;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext(contextOptions);
    context.setDefaultTimeout(TIMEOUT_MS);
    const page = await context.newPage();
    const errors = collectErrors(page);
    return {
      url: server.url,
      server,
      browser,
      context,
      page,
      errors,
      assertNoErrors() {
        assert.deepEqual(errors, [], `the page reported errors:\n  ${errors.join('\n  ')}`);
      },
      async close() {
        await browser.close();
        await server.close();
      },
    };
  } catch (err) {
    await browser?.close();
    await server.close();
    throw err;
  }
}

/**
 * Holds back the page's wasm until the returned function is called: the page as it is before the app
 * runs (call it before `page.goto`).
 */
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
