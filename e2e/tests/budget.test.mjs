// The size budget, checked as sizes (not timings): everything the main page loads, as the browser's
// network requests see it (the HTML, the CSS, the boot script, the app's JS and wasm, the favicon),
// compressed with gzip -9 (zlib level 9).
//
// The goal is 130 KiB, and the page does not meet it yet (237 KiB at first; 172 KiB on 2026-11-26
// after the frozen parts and the size-built standard library: the wasm is 130 KiB of it; 165 KiB
// with one minified stylesheet, minified JS and the locator outline in whole units). Until it does,
// CI asserts a ceiling just above today's size, so that nothing grows unnoticed, and prints the
// distance to the goal. Lower CEILING_BYTES as the page shrinks; when it reaches GOAL_BYTES, assert
// the goal.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { collectErrors, siteAndBrowser, TIMEOUT_MS } from './support.mjs';

/** The goal: 130 KiB, gzip -9, over everything the main page loads. */
export const GOAL_BYTES = 130 * 1024;
/** Today's ceiling, asserted in CI: the size measured when it was set plus about 5 KiB. */
export const CEILING_BYTES = 153 * 1024;

const site = siteAndBrowser();

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

test(`everything the main page loads is at most ${CEILING_BYTES / 1024} KiB gzip -9 (goal ${GOAL_BYTES / 1024} KiB)`, async (t) => {
  const context = await site.browser.newContext();
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(site.server.url);
  await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  // Headless Chromium may skip the favicon; a reader's browser fetches it.
  const icon = await page.$eval('link[rel~="icon"]', (l) => l.href).catch(() => null);
  if (icon && !responses.some((r) => r.url() === icon)) responses.push(await page.request.get(icon));

  const files = [];
  for (const response of responses) {
    const body = await response.body();
    files.push({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  await context.close();
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  const table = files
    .map((f) => `${kib(f.raw).padStart(10)} ${kib(f.gzip).padStart(10)}  ${new URL(f.url).pathname}`)
    .concat(`${''.padStart(10)} ${kib(total).padStart(10)}  total (ceiling ${kib(CEILING_BYTES)}, goal ${kib(GOAL_BYTES)}: ${total <= GOAL_BYTES ? 'met' : `${kib(total - GOAL_BYTES)} over`})`)
    .join('\n');
  t.diagnostic('       raw    gzip -9  request');
  for (const line of table.split('\n')) t.diagnostic(line);

  const names = files.map((f) => new URL(f.url).pathname);
  for (const [what, pattern] of [
    ['the page', /\/$/],
    ['the CSS', /\.css$/],
    ['the boot script', /\/boot-[^/]*\.js$/],
    ["the app's JS", /\/app-[^/]*\.js$/],
    ['the wasm', /\.wasm$/],
    ['the favicon', /favicon[^/]*$/],
  ]) {
    assert.ok(names.some((n) => pattern.test(n)), `${what} is among the measured requests:\n${names.join('\n')}`);
  }
  assert.ok(files.every((f) => new URL(f.url).origin === new URL(site.server.url).origin), 'everything from the site itself');
  assert.deepEqual(errors, []);
  assert.ok(total <= CEILING_BYTES, `over the ceiling by ${kib(total - CEILING_BYTES)} (${total} > ${CEILING_BYTES} bytes):\n${table}`);
});
