// The size budget, checked as sizes (not timings): everything a page loads, as the browser's network
// requests see it (the HTML, the CSS, the boot script, the app's JS and wasm, the favicon), compressed
// with gzip -9 (zlib level 9), must be at most 130 KB: read strictly, 130,000 bytes (126.95 KiB).
// Checked for the main page, a section's share page and the embed view.
//
// History: 237 KiB at first; 165 KiB after the frozen parts, the size-built standard library and
// minified assets; 147.5 KiB after the actor map's drawing was frozen (CI asserted ceilings above
// the size of the day); 126.2 KiB on 2026-11-26 (the panel copying its text from the page, two
// components left, no run-time classes, short import and export names), when the budget became the
// assertion.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { collectErrors, siteAndBrowser, TIMEOUT_MS } from './support.mjs';

/** The budget: 130 KB, gzip -9, over everything a page loads. */
export const BUDGET_BYTES = 130_000;

const site = siteAndBrowser();

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Every response a page makes until the app has hydrated and the network is quiet, with its sizes. */
async function measure(path) {
  const context = await site.browser.newContext();
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(new URL(path, site.server.url).href);
  await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  // Headless Chromium may skip the favicon; a reader's browser fetches it.
  const icon = await page.$eval('link[rel~="icon"]', (l) => l.href).catch(() => null);
  if (icon && !responses.some((r) => r.url() === icon)) responses.push(await page.request.get(icon));
  const sections = await page.$$eval('section.section[data-section]', (all) => all.map((s) => s.dataset.section));

  const files = [];
  for (const response of responses) {
    const body = await response.body();
    files.push({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  await context.close();
  return { files, errors, sections };
}

const pages = ['', 'section/', 'embed/'];

test(`everything a page loads is at most ${BUDGET_BYTES.toLocaleString('en')} bytes gzip -9 (130 KB)`, async (t) => {
  const main = await measure('');
  for (const path of pages) {
    // A section's share page: the first section's.
    const { files, errors } = path === '' ? main : await measure(path === 'section/' ? `section/${main.sections[0]}/` : path);
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    const table = files
      .map((f) => `${kib(f.raw).padStart(10)} ${kib(f.gzip).padStart(10)}  ${new URL(f.url).pathname}`)
      .concat(`${''.padStart(10)} ${kib(total).padStart(10)}  total, ${total} bytes: ${total <= BUDGET_BYTES ? `${BUDGET_BYTES - total} under` : `${total - BUDGET_BYTES} over`} the budget`)
      .join('\n');
    t.diagnostic(`/${path}: raw, gzip -9, request`);
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
      assert.ok(names.some((n) => pattern.test(n)), `/${path}: ${what} is among the measured requests:\n${names.join('\n')}`);
    }
    assert.ok(files.every((f) => new URL(f.url).origin === new URL(site.server.url).origin), 'everything from the site itself');
    assert.deepEqual(errors, []);
    assert.ok(total <= BUDGET_BYTES, `/${path}: over the budget by ${total - BUDGET_BYTES} bytes (${total} > ${BUDGET_BYTES}):\n${table}`);
  }
});
