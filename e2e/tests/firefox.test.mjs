// A second engine: the core of the explainer in Debian's Firefox ESR, driven by puppeteer-core over
// WebDriver BiDi (no browser download). Load and hydration, opening a section, selecting on the actor
// map, a deep link to a section, and the embed view.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { siteAndBrowser, TIMEOUT_MS } from './support.mjs';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const HYDRATED = 'html[data-hydrated="true"]';

const site = siteAndBrowser({
  launch() {
    assert.ok(existsSync(FIREFOX), `${FIREFOX} is missing: \`cargo xtask setup\` installs firefox-esr`);
    return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocolTimeout: TIMEOUT_MS * 3 });
  },
});
let sections; // ids, from the pre-rendered HTML as served

before(async () => {
  await site.ready;
  const html = await (await fetch(site.server.url)).text();
  sections = [...html.matchAll(/<section [^>]*data-section="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(sections.length >= 3, 'the served page has sections');
});

/** A fresh page in its own browser context, with errors recorded; hydrated unless told otherwise. */
async function open(path = '') {
  const context = await site.browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  const errors = [];
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console error: ${msg.text()}`);
  });
  page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()}`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(site.server.url + path);
  await page.waitForSelector(HYDRATED);
  return {
    page,
    async close() {
      assert.deepEqual(errors, [], `Firefox reported errors:\n  ${errors.join('\n  ')}`);
      await context.close();
    },
  };
}

const attr = (page, selector, name) => page.$eval(selector, (el, name) => el.getAttribute(name), name);
const hash = (page) => page.evaluate(() => location.hash);

describe('Firefox ESR', () => {
  test('loads and hydrates the pre-rendered page in place', async () => {
    const { page, close } = await open();
    assert.match(await site.browser.version(), /firefox/i);
    assert.equal(await attr(page, 'html', 'data-js'), 'on');
    // Hydration adopted the server's nodes: nothing duplicated or dropped.
    assert.equal(await page.$$eval('section.section', (els) => els.length), sections.length);
    assert.equal(await page.$$eval('h1', (els) => els.length), 1);
    assert.equal(await page.$$eval('#app > *', (els) => els.length), 1);
    assert.ok((await page.$eval('h1', (el) => el.textContent)).length > 10);
    await close();
  });

  test('a section opens and closes by mouse and keyboard, and the address follows', async () => {
    const { page, close } = await open();
    const id = sections[1];
    assert.equal(await attr(page, `#${id}-toggle`, 'aria-expanded'), 'false');
    await page.click(`#${id}-toggle`);
    await page.waitForSelector(`#${id}-toggle[aria-expanded="true"]`);
    assert.equal(await page.$eval(`#${id}-body`, (el) => el.hasAttribute('hidden')), false);
    assert.ok(await page.$eval(`#${id}-body li.point`, (el) => el.getBoundingClientRect().height > 0), 'key points shown');
    assert.equal(await hash(page), `#${id}`);
    await page.focus(`#${sections[2]}-toggle`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#${sections[2]}-toggle[aria-expanded="true"]`);
    await page.keyboard.press(' ');
    await page.waitForSelector(`#${sections[2]}-toggle[aria-expanded="false"]`);
    await close();
  });

  test('selecting an actor on the map lights its neighbours, explains it, and Escape clears', async () => {
    const { page, close } = await open();
    await page.click('g.map-node[data-actor="ttp"]');
    await page.waitForSelector('g.map-node[data-actor="ttp"][aria-pressed="true"]');
    assert.ok(await page.$$eval('g.map-node.is-faded', (els) => els.length) > 0, 'others fade');
    assert.ok(await page.$$eval('g.map-node.is-neighbour', (els) => els.length) > 0, 'neighbours stay lit');
    assert.match(await page.$eval('#map-detail-title', (el) => el.textContent), /Taliban/);
    assert.equal(await hash(page), '#actor-ttp');
    // Keyboard: arrows move along the nodes, Escape clears the selection.
    await page.$eval('g.map-node[data-actor="ttp"]', (el) => el.focus()); // SVG: puppeteer's focus() takes HTML only
    await page.keyboard.press('ArrowRight');
    const moved = await page.evaluate(() => document.activeElement?.id ?? '');
    assert.match(moved, /^map-node-/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('g.map-node[aria-pressed="true"]', { hidden: true });
    assert.equal(await hash(page), '');
    await close();
  });

  test('a deep link #<section-id> opens the section, scrolls to it and focuses its toggle', async () => {
    const id = sections.at(-1);
    const { page, close } = await open(`#${id}`);
    await page.waitForFunction((id) => document.activeElement?.id === `${id}-toggle`, {}, id);
    assert.equal(await attr(page, `#${id}-toggle`, 'aria-expanded'), 'true');
    await page.waitForFunction((id) => Math.abs(document.getElementById(id).getBoundingClientRect().top) < 200, {}, id);
    await close();
  });

  test('the embed view hydrates and opens its deep-linked section', async () => {
    const id = sections[2];
    const { page, close } = await open(`embed/?section=${id}`);
    await page.waitForSelector(`#${id}-toggle[aria-expanded="true"]`);
    assert.equal(await page.$$eval('.toc, .skip-link', (els) => els.length), 0);
    await close();
  });
});
