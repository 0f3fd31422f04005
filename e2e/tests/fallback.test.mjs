// When the app cannot run, or stops, the pre-rendered page stays readable: without WebAssembly, when
// the wasm or the app's JS fails to load (aborted, 404), when start-up throws, and when the app panics
// after hydration (the release build has panic = "abort": a panic is a wasm trap). Each time
// <html data-js="failed"> is set by boot.js (src/web/boot.js), every section's summary and key points
// are visible, nothing waits on a spinner, and the page is not blanked.
//
// The failures are made by the tests from outside (init scripts and request routing); the app has no
// trigger of its own that a reader could reach.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { collectErrors, siteAndBrowser, TIMEOUT_MS } from './support.mjs';

const FAILED = 'html[data-js="failed"]';
const site = siteAndBrowser();
let sections; // [{ id, points }] from the pre-rendered page
let fullText; // the length of the pre-rendered page's visible text without scripts

before(async () => {
  await site.ready;
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.server.url);
  sections = await page.$$eval('section.section', (els) => els.map((el) => ({ id: el.id, points: el.querySelectorAll('li.point').length })));
  fullText = await page.evaluate(() => document.body.innerText.length);
  await context.close();
  assert.ok(sections.length >= 3 && sections.every((s) => s.points > 0), 'the pre-rendered page has sections with key points');
});

/** A fresh page with `init` run before any of the page's scripts and `route` set up for its requests. */
async function open({ init, initArg, route } = {}) {
  const context = await site.browser.newContext();
  context.setDefaultTimeout(TIMEOUT_MS);
  if (init) await context.addInitScript(init, initArg);
  const page = await context.newPage();
  const errors = collectErrors(page);
  if (route) await page.route(route.pattern, route.handler);
  return { page, errors, close: () => context.close() };
}

/** The page is marked failed and everything the pre-renderer wrote is there to read. */
async function assertReadable(page) {
  await page.waitForSelector(FAILED, { state: 'attached' });
  for (const { id, points } of sections) {
    assert.ok(await page.isVisible(`#${id} .section-title`), `${id}: title visible`);
    assert.ok(await page.isVisible(`#${id} .summary`), `${id}: summary visible`);
    const shown = await page.$$eval(`#${id}-body li.point`, (els) => els.filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true })).length);
    assert.equal(shown, points, `${id}: every key point visible`);
  }
  assert.ok(await page.isVisible('h1'), 'headline visible');
  assert.ok(await page.isVisible('.map-text-view'), 'the actors as text, since the map cannot be used');
  // Nothing waits on the app: no busy or progress indicator, no section left collapsed.
  assert.equal(await page.locator('[aria-busy="true"], [role="progressbar"], progress, .spinner, .loading').count(), 0);
  const text = await page.evaluate(() => document.body.innerText.length);
  assert.ok(text >= fullText * 0.9, `the page still reads in full (${text} characters shown; ${fullText} without scripts)`);
}

describe('the app cannot start', () => {
  test('without WebAssembly: marked failed before the first paint, all text readable', async () => {
    const { page, errors, close } = await open({ init: () => delete window.WebAssembly });
    await page.goto(site.server.url, { waitUntil: 'commit' });
    await page.waitForSelector('h1', { state: 'attached' });
    assert.equal(await page.getAttribute('html', 'data-js'), 'failed', 'boot.js, in <head>, marks it before <body> exists');
    await assertReadable(page);
    await page.waitForTimeout(300);
    assert.equal(await page.getAttribute('html', 'data-hydrated'), null);
    assert.deepEqual(errors, []);
    await close();
  });

  for (const [kind, handler] of [
    ['aborted', (route) => route.abort('failed')],
    ['a 404', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' })],
  ]) {
    test(`the wasm request ${kind}: marked failed, all text readable`, async () => {
      const { page, errors, close } = await open({ route: { pattern: '**/*.wasm', handler } });
      await page.goto(site.server.url);
      await assertReadable(page);
      assert.equal(await page.getAttribute('html', 'data-hydrated'), null, 'never hydrated');
      assert.ok(errors.length > 0 && errors.every((e) => /\.wasm/.test(e)), `only the wasm request failed:\n  ${errors.join('\n  ')}`);
      await close();
    });
  }

  test("the app's JS a 404: marked failed, all text readable", async () => {
    const { page, errors, close } = await open({
      route: { pattern: /\/app-[^/]*\.js$/, handler: (route) => route.fulfill({ status: 404, body: 'Not found' }) },
    });
    await page.goto(site.server.url);
    await assertReadable(page);
    assert.ok(errors.every((e) => /app-[^/]*\.js/.test(e)), errors.join('\n'));
    await close();
  });

  test('an exception thrown into the app while it starts: marked failed, all text readable', async () => {
    // The app reads its mount element's attributes first thing: make that throw, once.
    const { page, close } = await open({
      init: () => {
        const original = Element.prototype.getAttribute;
        let armed = true;
        Element.prototype.getAttribute = function (name) {
          if (armed && this.id === 'app') {
            armed = false;
            throw new Error('test: sabotaged getAttribute');
          }
          return original.call(this, name);
        };
      },
    });
    await page.goto(site.server.url);
    await assertReadable(page);
    await close();
  });
});

describe('the app panics', () => {
  test('a panic on a click after hydration: marked failed, the page stays and reads in full', async () => {
    const { page, errors, close } = await open();
    await page.goto(site.server.url);
    await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
    const headline = await page.textContent('h1');
    // The next node the app inserts throws; yew's `.expect()` on it panics, which is a wasm trap.
    // Selecting an actor makes yew draw the detail panel's nodes.
    await page.evaluate(() => {
      const original = Node.prototype.insertBefore;
      Node.prototype.insertBefore = function () {
        Node.prototype.insertBefore = original;
        throw new Error('test: sabotaged insertBefore');
      };
    });
    await page.click('g.map-node:visible >> nth=0');
    await assertReadable(page);
    assert.equal(await page.textContent('h1'), headline);
    assert.ok(
      errors.some((e) => /uncaught: RuntimeError: unreachable/.test(e)),
      `the failure was a wasm trap (a panic under panic = "abort"):\n  ${errors.join('\n  ')}`,
    );
    await close();
  });

  test('a panic in the embed view: marked failed there too', async () => {
    const { page, close } = await open();
    await page.goto(`${site.server.url}embed/`);
    await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
    await page.evaluate(() => {
      const original = Node.prototype.insertBefore;
      Node.prototype.insertBefore = function () {
        Node.prototype.insertBefore = original;
        throw new Error('test: sabotaged insertBefore');
      };
    });
    await page.click('g.map-node:visible >> nth=0');
    await page.waitForSelector(FAILED, { state: 'attached' });
    for (const { id } of sections) assert.ok(await page.isVisible(`#${id}-body li.point`), `${id}: key points visible`);
    await close();
  });

  test('an error on the page that is not the app leaves the app running', async () => {
    const { page, close } = await open();
    await page.goto(site.server.url);
    await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('a host page or extension script failing');
      });
      Promise.reject(new Error('an unrelated rejection'));
    });
    await page.waitForTimeout(300);
    assert.equal(await page.getAttribute('html', 'data-js'), 'on');
    await page.click(`#${sections[0].id}-toggle`);
    assert.equal(await page.getAttribute(`#${sections[0].id}-toggle`, 'aria-expanded'), 'true');
    await close();
  });
});

describe('without scripts', () => {
  test("the app's controls show as their text and take no focus, and the map shows the frame that fits", async () => {
    for (const width of [1280, 390]) {
      const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 844 } });
      const page = await context.newPage();
      await page.goto(site.server.url);
      // Tab through the whole page, until it comes round again: only links and native disclosures.
      const others = [];
      for (let i = 0; i < 500; i++) {
        await page.keyboard.press('Tab');
        const reached = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return 'nothing';
          if (el.dataset.reached) return null;
          el.dataset.reached = 'yes';
          return el.matches('a[href], summary') ? 'native' : el.outerHTML.slice(0, 120);
        });
        if (reached === null) break;
        if (reached !== 'native' && reached !== 'nothing') others.push(reached);
      }
      assert.deepEqual(others, [], `at ${width} px, only links and disclosures take focus`);
      // What the controls say is there to read.
      assert.ok(await page.isVisible(`#${sections[0].id} .section-title`), 'a section toggle\'s title');
      assert.ok(await page.isVisible('.filter-button .filter-label >> nth=0'), 'the legend, as a key');
      assert.equal(await page.locator('details.embed').isVisible(), false, 'no Embed panel, which needs the app');
      const frame = await page.evaluate(() => [...document.querySelectorAll('.map-frames > svg.map-svg')].find((s) => s.getBoundingClientRect().width > 0)?.dataset.frame);
      assert.equal(frame, width < 600 ? 'narrow' : 'wide', `at ${width} px, the frame that fits`);
      await context.close();
    }
  });
});
