// Sections as a reader uses them: open and close, deep links, bad links, sharing, no scripts, print,
// and each section's own share page (also under a sub-path).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { collectErrors, holdWasm, launchBrowser, openPage, startSiteServer, TIMEOUT_MS } from './support.mjs';

let browser;
let server;
let sections; // [{ id, title, summary }], read from the pre-rendered page

before(async () => {
  server = await startSiteServer();
  browser = await launchBrowser();
  const { page, close } = await open();
  sections = await page.$$eval('section.section', (els) =>
    els.map((el) => ({
      id: el.id,
      title: el.querySelector('.section-title').textContent,
      summary: el.querySelector('.summary').textContent,
    })),
  );
  await close();
  assert.ok(sections.length >= 3, 'the story has sections');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page (own context), with errors recorded. */
const open = (path = '', { base = server.url, ...options } = {}) => openPage(browser, base + path, options);

/** The page, hydrated, in a browser with a share sheet that records what it is given, or with none. */
async function openWithShareSheet(hasOne) {
  const context = await browser.newContext();
  context.setDefaultTimeout(TIMEOUT_MS);
  await context.addInitScript((hasOne) => {
    window.__shared = [];
    const share = hasOne ? async (data) => { window.__shared.push(data); } : undefined;
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
  }, hasOne);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url);
  await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
  return { page, errors, close: () => context.close() };
}

const expanded = (page, id) => page.getAttribute(`#${id}-toggle`, 'aria-expanded');
const bodyHidden = (page, id) => page.$eval(`#${id}-body`, (el) => el.hasAttribute('hidden'));
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('opening and closing', () => {
  test('by mouse: the toggle flips aria-expanded, shows the body and updates the URL in place', async () => {
    const { page, errors, close } = await open();
    const [first, second] = sections;
    const historyLength = await page.evaluate(() => history.length);
    assert.equal(await expanded(page, first.id), 'false');
    assert.equal(await bodyHidden(page, first.id), true);
    await page.click(`#${first.id}-toggle`);
    assert.equal(await expanded(page, first.id), 'true');
    assert.equal(await bodyHidden(page, first.id), false);
    assert.ok(await page.isVisible(`#${first.id}-body li.point`));
    assert.equal(new URL(page.url()).hash, `#${first.id}`);
    await page.click(`#${second.id}-toggle`);
    assert.equal(new URL(page.url()).hash, `#${second.id}`);
    await page.click(`#${second.id}-toggle`);
    assert.equal(await expanded(page, second.id), 'false');
    assert.equal(new URL(page.url()).hash, '', 'closing the section in the URL removes the fragment');
    assert.equal(await page.evaluate(() => history.length), historyLength, 'no history entries pile up');
    assert.deepEqual(errors, []);
    await close();
  });

  test('by keyboard: Enter opens, Space closes, focus stays on the toggle', async () => {
    const { page, errors, close } = await open();
    const { id } = sections[2];
    await page.focus(`#${id}-toggle`);
    // The app renders after the key's event, in its own task: wait for it rather than race it.
    const becomes = (value) => page.waitForSelector(`#${id}-toggle[aria-expanded="${value}"]`, { state: 'attached' });
    await page.keyboard.press('Enter');
    await becomes('true');
    await page.keyboard.press('Space');
    await becomes('false');
    assert.equal(await focusedId(page), `${id}-toggle`);
    assert.deepEqual(errors, []);
    await close();
  });

  test('expand all and collapse all', async () => {
    const { page, errors, close } = await open();
    await page.click('text=Expand all');
    for (const { id } of sections) assert.equal(await expanded(page, id), 'true', id);
    assert.ok(await page.isDisabled('text=Expand all'));
    await page.click('text=Collapse all');
    for (const { id } of sections) assert.equal(await expanded(page, id), 'false', id);
    assert.deepEqual(errors, []);
    await close();
  });

  test('closed sections stay in the page, hidden until found', async () => {
    const { page, close } = await open();
    for (const { id } of sections) {
      assert.equal(await page.getAttribute(`#${id}-body`, 'hidden'), 'until-found');
      assert.ok((await page.$$(`#${id}-body li.point`)).length >= 1);
    }
    // Find-in-page reveals a hidden="until-found" body and fires `beforematch`; the app then opens it.
    const { id } = sections[1];
    await page.$eval(`#${id}-body`, (el) => {
      el.removeAttribute('hidden');
      el.dispatchEvent(new Event('beforematch'));
    });
    assert.equal(await expanded(page, id), 'true');
    await close();
  });
});

describe('deep links', () => {
  test('#<section-id> on load opens the section, scrolls to it and focuses its heading toggle', async () => {
    const { id } = sections[sections.length - 1];
    const { page, errors, close } = await open(`#${id}`);
    await page.waitForFunction((id) => document.activeElement?.id === `${id}-toggle`, id);
    assert.equal(await expanded(page, id), 'true');
    const top = await page.$eval(`#${id}`, (el) => el.getBoundingClientRect().top);
    assert.ok(top >= -2 && top < 200, `section scrolled into view (top ${top})`);
    assert.deepEqual(errors, []);
    await close();
  });

  test('hashchange and back/forward follow the fragment', async () => {
    const [a, b] = [sections[1], sections[3]];
    const { page, errors, close } = await open();
    await page.evaluate((id) => (location.hash = id), a.id);
    await page.waitForFunction((id) => document.activeElement?.id === `${id}-toggle`, a.id);
    await page.evaluate((id) => (location.hash = id), b.id);
    await page.waitForFunction((id) => document.activeElement?.id === `${id}-toggle`, b.id);
    assert.equal(await expanded(page, b.id), 'true');
    await page.goBack();
    await page.waitForFunction((id) => document.activeElement?.id === `${id}-toggle`, a.id);
    assert.equal(new URL(page.url()).hash, `#${a.id}`);
    await page.goForward();
    await page.waitForFunction((id) => document.activeElement?.id === `${id}-toggle`, b.id);
    assert.deepEqual(errors, []);
    await close();
  });

  test('a fragment naming an element of the page (#main, a heading) is followed by the browser, with no notice', async () => {
    for (const fragment of ['#main', '#sections-title']) {
      const { page, errors, close } = await open(fragment);
      assert.equal((await page.textContent('.notice-region')).trim(), '', `${fragment} is no bad link`);
      assert.deepEqual(errors, []);
      await close();
    }
  });

  const BAD = {
    unknown: '#no-such-section',
    'unknown actor': '#actor-nobody',
    uppercase: '#TALKS',
    'percent junk': '#%zz%',
    'broken escape': '#abc%4',
    'invalid utf-8': '#%ff%fe',
    'script-like': '#<script>alert(1)</script>',
    'encoded script': '#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    'javascript scheme': '#javascript:alert(1)',
    'path traversal': '#../../etc/passwd',
    'very long': `#${'a'.repeat(5000)}`,
    'non-ascii': '#séction',
    'nul byte': '#%00',
    'query-like': '#?section=x',
  };
  for (const [kind, fragment] of Object.entries(BAD)) {
    test(`a bad fragment (${kind}) shows a calm notice and the normal page`, async () => {
      const { page, errors, close } = await open(fragment);
      const notice = await page.textContent('.notice-region');
      assert.match(notice, /so the whole explainer is shown/);
      for (const { id } of sections) assert.equal(await expanded(page, id), 'false');
      assert.equal(await page.$$eval('img, script:not([src])', (els) => els.length), 0, 'nothing injected');
      await page.click('.notice-region button');
      assert.equal((await page.textContent('.notice-region')).trim(), '');
      assert.deepEqual(errors, []);
      await close();
    });
  }
});

describe('sharing', () => {
  test('copy link copies the section page address and says so politely', async () => {
    const { page, errors, close } = await open('', {
      contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
    });
    const { id } = sections[0];
    await page.click(`#${id}-toggle`);
    await page.click(`#${id}-body .copy-link`);
    await page.waitForSelector(`#${id}-body .share-status:has-text("Link copied")`);
    assert.equal(await page.getAttribute(`#${id}-body .share-status`, 'role'), 'status');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${server.url}section/${id}/`);
    assert.deepEqual(errors, []);
    await close();
  });

  test('where the clipboard is refused, the link is shown selected in a read-only field', async () => {
    const { page, errors, close } = await open();
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    const { id } = sections[1];
    await page.click(`#${id}-toggle`);
    await page.click(`#${id}-body .copy-link`);
    const field = `#${id}-link`;
    await page.waitForSelector(field);
    assert.equal(await page.$eval(field, (el) => el.readOnly), true);
    assert.equal(await page.inputValue(field), `${server.url}section/${id}/`);
    const selected = await page.$eval(field, (el) => [el.selectionStart, el.selectionEnd, el.value.length, document.activeElement === el]);
    assert.deepEqual(selected, [0, selected[2], selected[2], true]);
    assert.deepEqual(errors, []);
    await close();
  });

  test('where the browser has a share sheet, a Share button opens it with the section page', async () => {
    // Headless Chromium has none: a stand-in records what it is given.
    const { page, errors, close } = await openWithShareSheet(true);
    const { id, title } = sections[2];
    await page.click(`#${id}-toggle`);
    await page.click(`#${id}-body .share-native`);
    await page.waitForFunction(() => window.__shared.length === 1);
    assert.deepEqual(await page.evaluate(() => window.__shared[0]), { title, url: `${server.url}section/${id}/` });
    assert.deepEqual(errors, []);
    await close();
  });

  test('without a share sheet there is no Share button', async () => {
    const { page, close } = await openWithShareSheet(false);
    const { id } = sections[2];
    await page.click(`#${id}-toggle`);
    assert.ok(await page.isVisible(`#${id}-body .copy-link`));
    assert.equal(await page.isVisible(`#${id}-body .share-native`), false);
    await close();
  });

  test('each section has its own pre-rendered share page that opens it and hydrates cleanly', async () => {
    for (const { id, title, summary } of sections) {
      const { page, errors, close } = await open(`section/${id}/`);
      const headline = await page.textContent('h1');
      assert.equal(await page.getAttribute('meta[property="og:title"]', 'content'), `${title} · ${headline}`);
      assert.ok((await page.title()).startsWith(title), `title of ${id}`);
      assert.ok((await page.getAttribute('meta[property="og:title"]', 'content')).startsWith(title));
      assert.equal(await page.getAttribute('meta[property="og:description"]', 'content'), summary);
      assert.equal(await page.getAttribute('meta[name="description"]', 'content'), summary);
      assert.equal(await page.getAttribute('meta[name="twitter:title"]', 'content'), await page.getAttribute('meta[property="og:title"]', 'content'));
      assert.equal(await expanded(page, id), 'true');
      assert.equal(await bodyHidden(page, id), false);
      // The reader lands on the shared section, as with a link to #<id>: its toggle has focus and the
      // section is at the top of the view (below its scroll margin, or as far as the page scrolls);
      // the address stays the page's own.
      await page.waitForFunction((s) => document.activeElement?.id === `${s}-toggle`, id);
      await page.waitForFunction((s) => {
        const top = document.getElementById(s).getBoundingClientRect().top;
        const margin = parseFloat(getComputedStyle(document.getElementById(s)).scrollMarginTop) || 0;
        return Math.abs(top - margin) < 2 || (top > 0 && innerHeight + scrollY >= document.documentElement.scrollHeight - 1);
      }, id);
      assert.equal(new URL(page.url()).hash, '');
      assert.deepEqual(errors, [], `share page of ${id}`);
      await close();
    }
  });

  test('a share page leaves alone a reader who scrolled while the app loaded', async () => {
    const { id } = sections[3];
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    context.setDefaultTimeout(TIMEOUT_MS);
    const page = await context.newPage();
    const errors = collectErrors(page);
    const release = await holdWasm(page);
    await page.goto(`${server.url}section/${id}/`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => window.scrollTo(0, 300));
    release();
    await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => scrollY), 300, 'the page stays where the reader put it');
    assert.notEqual(await focusedId(page), `${id}-toggle`);
    assert.equal(await expanded(page, id), 'true');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('share pages work under a sub-path', async () => {
    const sub = await startSiteServer({ base: '/news/explainer/' });
    try {
      const { id } = sections[2];
      const { page, errors, close } = await open(`section/${id}/`, { base: sub.url });
      assert.equal(await expanded(page, id), 'true');
      await page.click(`#${sections[0].id}-toggle`);
      assert.equal(await expanded(page, sections[0].id), 'true');
      assert.equal(await page.getAttribute(`#${id}-body a.share-page`, 'href'), `../../section/${id}/`);
      assert.deepEqual(errors, []);
      await close();
      const top = await open('', { base: sub.url });
      assert.equal(await top.page.getAttribute(`#${id}-body a.share-page`, 'href'), `./section/${id}/`);
      assert.deepEqual(top.errors, []);
      await top.close();
    } finally {
      await sub.close();
    }
  });
});

describe('without the app', () => {
  test('with JavaScript disabled, every title, summary and key point is there and visible', async () => {
    const { page, close } = await open('', { contextOptions: { javaScriptEnabled: false }, hydrate: false });
    assert.equal(await page.getAttribute('html', 'data-js'), null);
    for (const { id } of sections) {
      assert.ok(await page.isVisible(`#${id} .section-title`));
      assert.ok(await page.isVisible(`#${id} .summary`));
      assert.ok(await page.isVisible(`#${id}-body li.point`), `key points of ${id} visible without scripts`);
    }
    await close();
  });

  test('printing shows every section expanded, without controls', async () => {
    const { page, close } = await open();
    await page.emulateMedia({ media: 'print' });
    for (const { id } of sections) {
      assert.ok(await page.isVisible(`#${id}-body li.point`), `${id} printed open`);
      assert.equal(await page.isVisible(`#${id}-body .copy-link`), false);
    }
    assert.equal(await page.isVisible('text=Expand all'), false);
    // Nor the actor map's view switch and how to use it, which paper cannot do.
    assert.equal(await page.isVisible('.map-toolbar'), false);
    assert.equal(await page.isVisible('button.map-view-button'), false);
    await close();
  });
});
