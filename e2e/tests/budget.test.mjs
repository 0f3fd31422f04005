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
import { BUDGET_BYTES, measure as measureAt, table } from '../sizes.mjs';
import { collectErrors, siteAndBrowser, TIMEOUT_MS } from './support.mjs';

const site = siteAndBrowser();

const measure = (path) => measureAt(site.browser, new URL(path, site.server.url).href, { timeout: TIMEOUT_MS, collectErrors });

const pages = ['', 'section/', 'embed/'];

test(`everything a page loads is at most ${BUDGET_BYTES.toLocaleString('en')} bytes gzip -9 (130 KB)`, async (t) => {
  const main = await measure('');
  for (const path of pages) {
    // A section's share page: the first section's.
    const measured = path === '' ? main : await measure(path === 'section/' ? `section/${main.sections[0]}/` : path);
    const { files, errors, total } = measured;
    const shown = table(measured);
    t.diagnostic(`/${path}: raw, gzip -9, request`);
    for (const line of shown.split('\n')) t.diagnostic(line);

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
    assert.ok(total <= BUDGET_BYTES, `/${path}: over the budget by ${total - BUDGET_BYTES} bytes (${total} > ${BUDGET_BYTES}):\n${shown}`);
  }
});
