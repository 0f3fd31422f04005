// What a page of a built site loads, as the browser's network requests see it (the HTML, the CSS,
// the boot script, the app's JS and wasm, the favicon), with each file's size raw and gzip -9 (zlib
// level 9). The size budget test (tests/budget.test.mjs) asserts it; `cargo xtask test` also prints it
// for the build without the size-built standard library, which is a fallback, not held to the budget.
//
// CLI: node e2e/sizes.mjs <dist folder> [page path, default: the main page]

import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The budget: 130 KB, gzip -9, over everything a page loads. */
export const BUDGET_BYTES = 130_000;

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Every response the page at `url` makes in a new context of `browser` (playwright-core) until the
 * app has hydrated and the network is quiet: { files: [{ url, raw, gzip }], total, errors, sections }.
 */
export async function measure(browser, url, { timeout = 20_000, collectErrors = () => [] } = {}) {
  const context = await browser.newContext();
  context.setDefaultTimeout(timeout);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(url);
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
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  return { files, total, errors, sections };
}

/** The files of a measure as a table: raw, gzip -9, path; then the total against the budget. */
export function table({ files, total }) {
  return files
    .map((f) => `${kib(f.raw).padStart(10)} ${kib(f.gzip).padStart(10)}  ${new URL(f.url).pathname}`)
    .concat(
      `${''.padStart(10)} ${kib(total).padStart(10)}  total, ${total} bytes: ${
        total <= BUDGET_BYTES ? `${BUDGET_BYTES - total} under` : `${total - BUDGET_BYTES} over`
      } the budget of ${BUDGET_BYTES}`,
    )
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root, pagePath = ''] = process.argv.slice(2);
  if (!root) {
    console.error('usage: node e2e/sizes.mjs <dist folder> [page path]');
    process.exit(2);
  }
  const { launchBrowser, startSiteServer } = await import('./tests/support.mjs');
  const server = await startSiteServer({ root, base: '/' });
  const browser = await launchBrowser();
  try {
    const measured = await measure(browser, new URL(pagePath, server.url).href);
    console.log(`${root}/${pagePath}: raw, gzip -9, request`);
    console.log(table(measured));
  } finally {
    await browser.close();
    await server.close();
  }
}
