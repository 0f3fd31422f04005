// The engine in another language and direction: the Urdu fixture story
// (crates/story/tests/fixtures/stories/pul), built as a site of its own by `cargo xtask test` into
// E2E_URDU_DIST. In Chromium: the page is marked Urdu and right to left and laid out that way, axe
// finds no violation (light and dark, 1280 and 320 px, a section open and an actor selected), a
// keyboard-only reader can reach and open a section and move on the map in screen directions, and
// nothing scrolls sideways at 320 px. Screenshots at 1280 and 320 px, light and dark, go to
// E2E_SHOTS (/tmp/shots) for a look.

import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { collectErrors, launchBrowser, REPO_ROOT, startSiteServer, TIMEOUT_MS } from './support.mjs';

const DIST = process.env.E2E_URDU_DIST ?? path.join(REPO_ROOT, 'target/xtask/urdu/dist');
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/shots';
const HYDRATED = 'html[data-hydrated="true"]';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server;
let browser;

before(async () => {
  assert.ok(
    existsSync(path.join(DIST, 'index.html')),
    `no Urdu site at ${DIST}: \`cargo xtask test\` builds it (or: cargo xtask dist --story crates/story/tests/fixtures/stories/pul --dist ${DIST})`,
  );
  server = await startSiteServer({ root: DIST, base: '/' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open({ viewport = { width: 1280, height: 900 }, colorScheme = 'light', url = server.url } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await page.waitForSelector(HYDRATED, { state: 'attached' });
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  return { page, errors, close: () => context.close() };
}

describe('an Urdu story, right to left', () => {
  test('the page is marked Urdu and right to left, and laid out from the right', async () => {
    const { page, errors, close } = await open();
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ur', 'rtl']);
    assert.equal(await page.$eval('div.explainer', (el) => getComputedStyle(el).direction), 'rtl');
    // The headline and a section's title start at the right; a section's toggle sits at its left end.
    const headline = await page.$eval('h1', (el) => {
      const r = document.createRange();
      r.selectNodeContents(el);
      const text = r.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { textRight: text.right, boxRight: box.right, textLeft: text.left, boxLeft: box.left };
    });
    assert.ok(Math.abs(headline.textRight - headline.boxRight) < 2, `the headline starts at the right (${JSON.stringify(headline)})`);
    const [title, toggle] = await Promise.all([
      page.locator('section.section .section-title').first().boundingBox(),
      page.locator('section.section .toggle-icon').first().boundingBox(),
    ]);
    assert.ok(toggle.x < title.x, `the toggle is at the row's left end (${toggle.x} < ${title.x})`);
    // A quote said in English keeps its language and reads left to right.
    const quotes = await page.$$eval('blockquote[lang]', (els) => els.map((q) => [q.lang, getComputedStyle(q).direction]));
    assert.ok(quotes.length > 0 && quotes.every(([lang, dir]) => lang === 'en' && dir === 'ltr'), JSON.stringify(quotes));
    assert.deepEqual(errors, []);
    await close();
  });

  for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`axe finds no violation, ${viewport.width} px ${colorScheme}, with a section open and an actor selected`, async () => {
        const { page, errors, close } = await open({ viewport, colorScheme });
        const audit = async (what) => {
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          assert.deepEqual(violations.map((v) => `${what}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
        };
        await audit('as loaded');
        await page.locator('section.section .section-toggle').first().click();
        await page.locator('g.map-node:visible').first().click();
        await page.waitForSelector('#map-detail[data-selected="true"]');
        await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
        await audit('a section open, an actor selected');
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SHOTS, `urdu-${viewport.width}-${colorScheme}.png`), fullPage: true });
        assert.deepEqual(errors, []);
        await close();
      });
    }
  }

  test('a keyboard-only reader opens a section and moves on the map in screen directions', async () => {
    const { page, errors, close } = await open();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'sections-title');
    // On to the first section's toggle, and open it.
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement.matches('.section-toggle'))); i++) {
      await page.keyboard.press('Tab');
    }
    const toggle = await page.evaluate(() => document.activeElement.id);
    assert.match(toggle, /-toggle$/);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#${toggle}[aria-expanded="true"]`);
    // The map: focus its tab stop, then ArrowRight goes to an actor further right on the screen
    // (the drawing keeps its positions in either direction), ArrowLeft back.
    await page.locator('g.map-node[tabindex="0"]:visible').first().focus();
    const x = () => page.evaluate(() => document.activeElement.getBoundingClientRect().x);
    const start = await x();
    await page.keyboard.press('ArrowRight');
    const right = await x();
    if (right !== start) assert.ok(right > start, `ArrowRight moved right (${start} → ${right})`);
    await page.keyboard.press('ArrowLeft');
    const left = await x();
    assert.ok(left < right || right === start, `ArrowLeft moved left (${right} → ${left})`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#map-detail[data-selected="true"]');
    // The live region says what was selected, in Urdu.
    assert.match(await page.$eval('.actor-map p[role="status"]', (el) => el.textContent), /[\u0600-\u06FF]/);
    assert.deepEqual(errors, []);
    await close();
  });

  test('at 320 px nothing scrolls sideways, with every section expanded', async () => {
    const { page, errors, close } = await open({ viewport: { width: 320, height: 640 } });
    await page.locator('button[data-sections="expand"]').click();
    await page.waitForSelector('section.section .section-toggle[aria-expanded="true"]');
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scroll at 320 px');
    assert.deepEqual(errors, []);
    await close();
  });
});
