// The embed in a real host page on a second origin: our loader and pym.js size the iframe to the
// content; deep links open their section; foreign or malformed messages are ignored; it works
// sandboxed, at 280 px, and under the strict Content-Security-Policy we recommend.

import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from '../server.mjs';
import { collectErrors, launchBrowser, recommendedHeaders, startSiteServer, TIMEOUT_MS } from './support.mjs';

const HOSTS = fileURLToPath(new URL('../hosts/', import.meta.url));
const PYM = fileURLToPath(new URL('../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url));

let browser;
let site; // the explainer, origin A, with the recommended headers (CSP + CORS)
let host; // the news site, origin B
let hostDir;

before(async () => {
  const headers = recommendedHeaders();
  assert.match(headers['Content-Security-Policy'], /default-src 'none'/);
  site = await startSiteServer({ headers });
  hostDir = mkdtempSync(path.join(tmpdir(), 'explainer-host-'));
  for (const file of ['loader.html', 'pym.html', 'host.css', 'host.js']) {
    const text = readFileSync(path.join(HOSTS, file), 'utf8').replaceAll('__EXPLAINER__', site.url);
    writeFileSync(path.join(hostDir, file), text);
  }
  copyFileSync(PYM, path.join(hostDir, 'pym.v1.min.js'));
  host = await startServer({ root: hostDir });
  assert.notEqual(new URL(host.url).origin, new URL(site.url).origin, 'host and explainer on two origins');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

async function openHost(url, { viewport = { width: 1024, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const csp = [];
  page.on('console', (msg) => {
    if (/Content.Security.Policy|Refused to/i.test(msg.text())) csp.push(msg.text());
  });
  await page.goto(url);
  return { page, errors, csp, close: () => context.close() };
}

function loaderHost(src, extra = '') {
  return `${host.url}loader.html?src=${encodeURIComponent(src)}${extra}`;
}

async function explainerFrame(page, selector) {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  await frame.waitForSelector('html[data-hydrated="true"]');
  return { handle, frame };
}

/** Waits until the iframe's height matches its content's height (within 2 px) and returns both. */
async function settled(handle, frame) {
  let last;
  for (let i = 0; i < 100; i++) {
    const iframe = (await handle.boundingBox()).height;
    const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    last = { iframe, content };
    if (Math.abs(iframe - content) <= 2) {
      // No inner scrollbar: the document fits its viewport.
      const inner = await frame.evaluate(() => [document.documentElement.scrollHeight, window.innerHeight]);
      assert.ok(inner[0] <= inner[1] + 2, `no inner scroll (${inner})`);
      return last;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`iframe never matched its content: ${JSON.stringify(last)}`);
}

async function expandAndCollapse(frame, handle) {
  const before = await settled(handle, frame);
  await frame.click('text=Expand all');
  const expanded = await settled(handle, frame);
  assert.ok(expanded.content > before.content + 200, `expanding grows the embed (${before.content} → ${expanded.content})`);
  await frame.click('text=Collapse all');
  const collapsed = await settled(handle, frame);
  assert.ok(Math.abs(collapsed.content - before.content) <= 2, 'collapsing shrinks it back');
}

/** The host's layout shift (CLS, shifts without input) while it scrolls the embed into view. */
async function shiftWhileScrollingTo(page, handle) {
  await page.evaluate(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift' });
  });
  await handle.evaluate((iframe) => window.scrollTo(0, iframe.getBoundingClientRect().top + window.scrollY - 100));
  await new Promise((r) => setTimeout(r, 1500));
  return page.evaluate(() => window.__shift);
}

describe('embed far below the first screen', () => {
  for (const viewport of [{ width: 390, height: 800 }, { width: 1280, height: 800 }]) {
    for (const flavour of ['loader', 'pym']) {
      test(`${flavour}, ${viewport.width} px: sized before the reader scrolls, no layout shift on the way`, async () => {
        let url = loaderHost(`${site.url}embed/`, '&below=2000');
        if (flavour === 'pym') {
          url = `${host.url}pym-below.html`;
          const spacer = '<div aria-hidden="true" class="spacer-2000"></div>';
          writeFileSync(path.join(hostDir, 'pym-below.html'), readFileSync(path.join(HOSTS, 'pym.html'), 'utf8').replace('__SRC__', `${site.url}embed/`).replace('__BELOW__', spacer));
        }
        const { page, errors, close } = await openHost(url, { viewport });
        const { handle, frame } = await explainerFrame(page, flavour === 'pym' ? '#explainer-pym iframe' : '#explainer');
        const box = await handle.boundingBox();
        assert.ok(box.y >= 2000, `the embed starts off the first screen (${box.y} px down)`);
        const sized = await settled(handle, frame);
        assert.equal(await page.evaluate(() => window.scrollY), 0, 'sized with no scrolling');
        assert.ok(sized.content > 2000, `the whole explainer, not the snippet's height (${sized.content} px)`);
        assert.equal(await shiftWhileScrollingTo(page, handle), 0, "the host's layout does not shift");
        await settled(handle, frame);
        assert.deepEqual(errors, []);
        await close();
      });
    }
  }
});

/** The Embed panel's own code, for the whole explainer or one section, with our loader or pym.js. */
async function embedCode({ section = '', flavour = 'loader' } = {}) {
  const { page, close } = await openHost(site.url);
  await page.waitForSelector('html[data-hydrated="true"]');
  await page.click('details.embed > summary');
  if (section) await page.selectOption('#embed-section', section);
  await page.check(`input[name="embed-flavour"][value="${flavour}"]`);
  const code = await page.inputValue('#embed-code');
  await close();
  return code;
}

/** A news article on the host's origin with `code` pasted 2,000 px down, as a producer would. */
function article(name, code) {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Host article</title><link rel="stylesheet" href="host.css"></head><body><article>
<h1>A news article</h1><p>Article text before the embed.</p><div aria-hidden="true" class="spacer-2000"></div>
${code.replace('/path/to/pym.v1.min.js', 'pym.v1.min.js')}
<p>Article text after the embed.</p><div aria-hidden="true" class="spacer-2000"></div></article></body></html>`;
  writeFileSync(path.join(hostDir, name), html);
  return `${host.url}${name}`;
}

/** The ids of the explainer's sections, in order. */
async function sectionIds() {
  const { page, close } = await openHost(site.url);
  const ids = await page.$$eval('section.section', (els) => els.map((el) => el.id));
  await close();
  return ids;
}

/** Waits until the section with this id is open in the embed and its top is in the host's viewport. */
async function inHostView(page, handle, frame, id) {
  await frame.waitForSelector(`#${id}-toggle[aria-expanded="true"]`);
  let last;
  for (let i = 0; i < 50; i++) {
    const frameTop = (await handle.boundingBox()).y;
    const top = frameTop + (await frame.$eval(`#${id}`, (el) => el.getBoundingClientRect().top));
    const height = await page.evaluate(() => window.innerHeight);
    last = { top, height, scrollY: await page.evaluate(() => window.scrollY) };
    if (top >= -2 && top < height / 2) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`the section never came into the host's view: ${JSON.stringify(last)}`);
}

describe("links copied in an embed are the host article's", () => {
  for (const flavour of ['loader', 'pym']) {
    test(`${flavour}: Copy link in the Embed panel's code gives the article's address, which opens the section in view`, async () => {
      const ids = await sectionIds();
      const id = ids[ids.length - 1];
      const url = article(`article-${flavour}.html`, await embedCode({ flavour }));
      if (flavour === 'loader') assert.match(await readFileSync(path.join(hostDir, `article-${flavour}.html`), 'utf8'), /allow="clipboard-write"/);
      const { page, errors, close } = await openHost(url, { viewport: { width: 1280, height: 800 } });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const { handle, frame } = await explainerFrame(page, flavour === 'pym' ? 'iframe' : 'iframe[data-news-explainer]');
      await settled(handle, frame);
      await frame.click(`#${id}-toggle`);
      await frame.click(`#${id} .copy-link`);
      await frame.waitForSelector(`#${id} .share-status:text("Link copied")`);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, `${url}#news-explainer=${id}`, "the article's address, opening the section");
      if (flavour === 'loader') {
        assert.equal(await frame.isHidden(`#${id} .share-fallback`), true, 'the clipboard API copied it: no field');
      } else {
        // pym.js makes its iframe without allow="clipboard-write": the older command copied it from
        // the field, which stays to show the link.
        assert.equal(await frame.inputValue(`#${id} .share-fallback input`), copied);
      }
      await close();

      // A reader who follows the link: a fresh page of the article, scrolled to nothing yet.
      for (const viewport of [{ width: 390, height: 800 }, { width: 1280, height: 800 }]) {
        const opened = await openHost(copied, { viewport });
        const again = await explainerFrame(opened.page, flavour === 'pym' ? 'iframe' : 'iframe[data-news-explainer]');
        const view = await inHostView(opened.page, again.handle, again.frame, id);
        assert.ok(view.scrollY > 2000, `the host scrolled down to the embed (${view.scrollY} px)`);
        await settled(again.handle, again.frame);
        assert.equal(await opened.page.evaluate(() => document.activeElement === document.body), true, 'the host keeps focus');
        assert.deepEqual(opened.errors, []);
        await opened.close();
      }
      assert.deepEqual(errors, []);
    });
  }

  test('a new fragment in the article opens its section in the embed', async () => {
    const ids = await sectionIds();
    const url = article('article-hash.html', await embedCode());
    const { page, errors, close } = await openHost(url);
    const { handle, frame } = await explainerFrame(page, 'iframe[data-news-explainer]');
    await settled(handle, frame);
    await page.evaluate((id) => { location.hash = `news-explainer=${id}`; }, ids[2]);
    await inHostView(page, handle, frame, ids[2]);
    assert.deepEqual(errors, []);
    await close();
  });

  test('host messages of the wrong shape or from another window are ignored', async () => {
    const ids = await sectionIds();
    const id = ids[1];
    // A host with no loader: only the messages below could tell the embed an address.
    const url = article('article-bare.html', `<iframe id="explainer" src="${site.url}embed/" title="Explainer" allow="clipboard-write"></iframe>
<iframe id="other" title="Another embed" srcdoc="<p>unrelated</p>"></iframe>`);
    const { page, errors, close } = await openHost(url);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const { frame } = await explainerFrame(page, '#explainer');
    const host = (u) => ({ type: 'news-explainer:host', url: u });
    const post = (m) => page.evaluate((m) => document.getElementById('explainer').contentWindow.postMessage(m, '*'), m);
    for (const bad of [
      { ...host('https://news.example/a'), extra: 1 },
      { type: 'news-explainer:host', url: 42 },
      { type: 'news-explainer:host' },
      { type: 'news-explainer:hosts', url: 'https://news.example/a' },
      host('javascript:alert(1)'),
      host('data:text/html,<b>hi</b>'),
      host(`https://news.example/${'a'.repeat(3000)}`),
      host('https://news.example/a b'),
      [host('https://news.example/a')],
      JSON.stringify(host('https://news.example/a')),
      null,
    ]) {
      await post(bad);
    }
    // The right shape from a window that is not the embed's parent.
    const other = await (await page.$('#other')).contentFrame();
    await other.evaluate(() => parent.frames[0].postMessage({ type: 'news-explainer:host', url: 'https://evil.example/x' }, '*'));
    await page.waitForTimeout(300);
    const copy = async () => {
      await frame.click(`#${id} .copy-link`);
      await frame.waitForSelector(`#${id} .share-status:text("Link copied")`);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      await frame.$eval(`#${id} .share-status`, (el) => { el.textContent = ''; });
      return text;
    };
    await frame.click(`#${id}-toggle`);
    assert.equal(await copy(), `${site.url}section/${id}/`, 'still our own page for the section');
    assert.equal(frame.url().split('#')[0], `${site.url}embed/`, 'the embed did not navigate');
    // The right message from the parent is heard: the test could have told the difference.
    await post(host('https://news.example/article?x=1#comments'));
    await page.waitForTimeout(300);
    assert.equal(await copy(), `https://news.example/article?x=1#news-explainer=${id}`);
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('embed', () => {
  for (const [name, src] of [['the main page', ''], ["a section's page", 'section/negotiation-rounds/']]) {
    test(`a plain iframe of ${name} with our loader fits its content`, async () => {
      const { page, errors, close } = await openHost(loaderHost(`${site.url}${src}`));
      const { handle, frame } = await explainerFrame(page, '#explainer');
      const sized = await settled(handle, frame);
      assert.ok(sized.content > 2000, `the whole page (${sized.content} px), not the snippet's height`);
      await frame.click('text=Expand all');
      await settled(handle, frame);
      assert.deepEqual(errors, []);
      await close();
    });
  }

  test('"Page for this section" opens a new tab and leaves the iframe where it is', async () => {
    const { page, errors, close } = await openHost(loaderHost(`${site.url}embed/`));
    const { frame } = await explainerFrame(page, '#explainer');
    const toggle = frame.locator('button.section-toggle').first();
    await toggle.click();
    const before = frame.url();
    const link = frame.locator('a.share-page:visible').first();
    const href = await link.getAttribute('href');
    const [popup] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await popup.waitForLoadState();
    assert.equal(new URL(popup.url()).pathname, new URL(href, before).pathname, 'the section page, in a tab of its own');
    assert.equal(frame.url(), before, 'the iframe still shows the embed');
    assert.ok(await frame.isVisible('button.section-toggle'));
    assert.deepEqual(errors, []);
    await close();
  });

  test('our loader sizes the iframe to its content, after load and after expanding and collapsing', async () => {
    const { page, errors, csp, close } = await openHost(loaderHost(`${site.url}embed/`));
    const { handle, frame } = await explainerFrame(page, '#explainer');
    assert.equal(await frame.$$eval('.toc, .skip-link', (els) => els.length), 0, 'no page chrome in the embed');
    assert.ok(await frame.isVisible('text=Open the full explainer'));
    await expandAndCollapse(frame, handle);
    assert.deepEqual(errors, []);
    assert.deepEqual(csp, []);
    await close();
  });

  test('pym.js from npm sizes the iframe unchanged', async () => {
    const hostPage = `${host.url}pym.html`;
    writeFileSync(path.join(hostDir, 'pym.html'), readFileSync(path.join(HOSTS, 'pym.html'), 'utf8').replace('__SRC__', `${site.url}embed/`).replace('__BELOW__', ''));
    const { page, errors, csp, close } = await openHost(hostPage);
    const { handle, frame } = await explainerFrame(page, '#explainer-pym iframe');
    assert.match(frame.url(), /childId=explainer-pym/);
    await expandAndCollapse(frame, handle);
    assert.deepEqual(errors, []);
    assert.deepEqual(csp, []);
    await close();
  });

  test('a deep-linked embed opens at its section without taking focus from the host', async () => {
    const ids = await (async () => {
      const { page, close } = await openHost(loaderHost(`${site.url}embed/`));
      const { frame } = await explainerFrame(page, '#explainer');
      const list = await frame.$$eval('section.section', (els) => els.map((el) => el.id));
      await close();
      return list;
    })();
    for (const src of [`${site.url}embed/?section=${ids[2]}`, `${site.url}embed/#${ids[3]}`]) {
      const { page, errors, close } = await openHost(loaderHost(src));
      const { handle, frame } = await explainerFrame(page, '#explainer');
      const id = src.includes('?section=') ? ids[2] : ids[3];
      await frame.waitForSelector(`#${id}-toggle[aria-expanded="true"]`);
      assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'host keeps focus');
      await settled(handle, frame);
      assert.deepEqual(errors, []);
      await close();
    }
  });

  test("the embed code's one section shows alone, with the whole explainer a click away", async () => {
    const whole = await (async () => {
      const { page, close } = await openHost(loaderHost(`${site.url}embed/`));
      const { handle, frame } = await explainerFrame(page, '#explainer');
      const ids = await frame.$$eval('section.section', (els) => els.map((el) => el.id));
      const { content } = await settled(handle, frame);
      await close();
      return { ids, content };
    })();
    const id = whole.ids[1];
    const { page, errors, close } = await openHost(loaderHost(`${site.url}embed/?section=${id}`));
    const { handle, frame } = await explainerFrame(page, '#explainer');
    await frame.waitForSelector(`#${id}-toggle[aria-expanded="true"]`);
    const one = await settled(handle, frame);
    assert.deepEqual(await frame.$$eval('section.section', (els) => els.filter((el) => el.checkVisibility()).map((el) => el.id)), [id]);
    for (const part of ['#actor-map', '.timeline', '.places']) {
      assert.equal(await frame.isVisible(part), false, `${part} is left out`);
    }
    assert.ok(one.content < whole.content / 2, `the embed is the section's height (${one.content} px, whole ${whole.content} px)`);
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'host keeps focus');
    // The button brings the whole explainer back, in place.
    await frame.click('button.show-all');
    await frame.waitForFunction((n) => [...document.querySelectorAll('section.section')].filter((el) => el.checkVisibility()).length === n, whole.ids.length);
    assert.equal(await frame.isVisible('#actor-map'), true);
    assert.equal(await frame.isVisible('button.show-all'), false);
    assert.equal(await frame.evaluate(() => document.activeElement?.dataset.sections), 'expand', 'focus stays in the controls');
    const all = await settled(handle, frame);
    assert.ok(all.content > one.content * 2, `the whole explainer (${all.content} px)`);
    assert.deepEqual(errors, []);
    await close();
  });

  test('messages from another window, or of the wrong shape, are ignored', async () => {
    const { page, close } = await openHost(loaderHost(`${site.url}embed/`));
    const { handle, frame } = await explainerFrame(page, '#explainer');
    const { iframe } = await settled(handle, frame);
    const height = () => page.$eval('#explainer', (el) => el.getBoundingClientRect().height);
    // From the host window itself, and from an unrelated iframe: right shape, wrong source.
    await page.evaluate(() => window.postMessage({ type: 'news-explainer:height', height: 42 }, '*'));
    await page.evaluate(() => window.postMessage({ type: 'news-explainer:scroll', top: 500 }, '*'));
    const other = await (await page.$('#other')).contentFrame();
    await other.evaluate(() => parent.postMessage({ type: 'news-explainer:height', height: 43 }, '*'));
    await other.evaluate(() => parent.postMessage({ type: 'news-explainer:scroll', top: 500 }, '*'));
    // From the explainer's own window: wrong shapes.
    for (const bad of [
      { type: 'news-explainer:height', height: 44, extra: 1 },
      { type: 'news-explainer:height', height: '45px' },
      { type: 'news-explainer:height', height: 1e9 },
      { type: 'news-explainer:height', height: -5 },
      { type: 'other', height: 46 },
      { type: 'news-explainer:scroll', top: '500' },
      { type: 'news-explainer:scroll', top: 500, extra: 1 },
      { type: 'news-explainer:scroll', height: 500 },
      { type: 'news-explainer:hello', extra: 1 },
      'pymxPYMxexplainerxPYMxheightxPYMx47',
      '{"type":"news-explainer:height","height":48}',
      [48],
      null,
    ]) {
      await frame.evaluate((m) => parent.postMessage(m, '*'), bad);
    }
    await page.waitForTimeout(300);
    assert.ok(Math.abs((await height()) - iframe) <= 2, 'the height did not change');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the host did not scroll');
    assert.equal(await page.$eval('#explainer', (el, url) => el.getAttribute('src').startsWith(url), site.url), true, 'nothing navigated');
    assert.equal(frame.url(), `${site.url}embed/`, 'the embed did not navigate');
    await close();
  });

  test('works in a sandboxed iframe (allow-scripts allow-popups)', async () => {
    const { page, errors, csp, close } = await openHost(loaderHost(`${site.url}embed/`, '&sandbox=allow-scripts%20allow-popups'));
    const { handle, frame } = await explainerFrame(page, '#explainer');
    assert.equal(await frame.evaluate(() => origin), 'null', 'an opaque origin');
    await frame.click('section.section .section-toggle');
    await settled(handle, frame);
    assert.deepEqual(errors, []);
    assert.deepEqual(csp, []);
    await close();
  });

  test('works 280 px wide without horizontal scrolling', async () => {
    const { page, errors, close } = await openHost(loaderHost(`${site.url}embed/`, '&width=280'), { viewport: { width: 360, height: 800 } });
    const { handle, frame } = await explainerFrame(page, '#explainer');
    assert.equal(Math.round((await handle.boundingBox()).width), 280);
    assert.ok(await frame.evaluate(() => document.documentElement.scrollWidth <= 280), 'no horizontal scroll at 280 px');
    await settled(handle, frame);
    assert.deepEqual(errors, []);
    await close();
  });

  test('the full page under the recommended CSP logs no violation', async () => {
    const { page, errors, csp, close } = await openHost(site.url);
    await page.waitForSelector('html[data-hydrated="true"]');
    await page.click('text=Expand all');
    assert.deepEqual(errors, []);
    assert.deepEqual(csp, []);
    await close();
  });
});
