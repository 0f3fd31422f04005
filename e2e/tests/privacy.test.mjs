// Privacy: reading the explainer asks nothing of any server but the one that serves it. Every request
// the browser makes (pages, frames, scripts, styles, wasm, fonts, images, beacons, websockets) must go
// to the page's own origin, on the main page, a section's page and the embed, through every
// interaction: expand all, select an actor and a line, filters, the text view, the timeline, places,
// terms, copy link, the embed code panel and a bad link's notice.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collectErrors, siteAndBrowser, TIMEOUT_MS } from './support.mjs';

const HYDRATED = 'html[data-hydrated="true"]';
const site = siteAndBrowser();
const origin = () => new URL(site.server.url).origin;

/** Opens `path` recording every request of the context (all its pages and frames) and websocket. */
async function open(path, contextOptions = {}) {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], ...contextOptions });
  context.setDefaultTimeout(TIMEOUT_MS);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('websocket', (ws) => requests.push(ws.url()));
  const errors = collectErrors(page);
  await page.goto(site.server.url + path);
  await page.waitForSelector(HYDRATED, { state: 'attached' });
  return { page, requests, errors, close: () => context.close() };
}

/** Requests that leave the page's origin (data: and blob: URLs never leave the browser). */
function foreign(requests) {
  return requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin());
}

/** Resources named in the DOM (scripts, styles, preloads, icons, images, frames, media) on other origins. */
function foreignInDom(page) {
  return page.evaluate((origin) => {
    const urls = [
      ...[...document.querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src]')].map((e) => e.src),
      ...[...document.querySelectorAll('link[href]')].filter((l) => l.rel !== 'canonical').map((l) => l.href),
      ...[...document.querySelectorAll('img[srcset], source[srcset]')].flatMap((e) => e.srcset.split(',').map((s) => new URL(s.trim().split(/\s+/)[0], location.href).href)),
      ...[...document.querySelectorAll('object[data]')].map((e) => e.data),
    ];
    return urls.filter((u) => u && !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
  }, origin());
}

/** Does everything a reader can do on the page, by mouse. */
async function useEverything(page, { embed = false } = {}) {
  await page.click('text=Expand all');
  await page.click('g.map-node[data-actor="ttp"]:visible');
  await page.click('#map-detail .relation-button >> nth=0');
  await page.click('#map-detail .map-detail-close');
  await page.click('.filter-button >> nth=0');
  await page.click('.filter-button >> nth=0');
  await page.click('button.map-view-button[data-view="text"]');
  await page.click('button.map-view-button[data-view="map"]');
  await page.click('.event-button >> nth=1');
  await page.click('.place-button >> nth=1');
  await page.click('details.term > summary >> nth=0');
  await page.click('section.section .copy-link >> nth=0');
  await page.click('section.section a.actor-link >> nth=0');
  await page.click('text=Collapse all');
  if (!embed) {
    await page.click('details.embed > summary');
    await page.selectOption('details.embed select', { index: 2 });
    await page.click('details.embed input[type="radio"] >> nth=1');
    await page.click('details.embed .text-button');
  }
  await page.mouse.wheel(0, 20000);
  await page.waitForTimeout(500);
}

describe('no request leaves the page’s origin', () => {
  test('the main page, with every interaction', async () => {
    const { page, requests, errors, close } = await open('');
    await useEverything(page);
    assert.deepEqual(foreign(requests), [], 'requests to other origins');
    assert.deepEqual(await foreignInDom(page), [], 'resources on other origins named in the page');
    assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the recording saw the app load');
    assert.deepEqual(errors, []);
    await close();
  });

  test("a section's own page, with every interaction", async () => {
    const { page, requests, errors, close } = await open('section/negotiation-rounds/');
    await useEverything(page);
    assert.deepEqual(foreign(requests), []);
    assert.deepEqual(await foreignInDom(page), []);
    assert.deepEqual(errors, []);
    await close();
  });

  test('the embed view, with every interaction', async () => {
    const { page, requests, errors, close } = await open('embed/');
    await useEverything(page, { embed: true });
    assert.deepEqual(foreign(requests), []);
    assert.deepEqual(await foreignInDom(page), []);
    assert.deepEqual(errors, []);
    await close();
  });

  test("a bad link's notice, dark mode, 320 px wide", async () => {
    const { page, requests, errors, close } = await open('#no-such-section', { colorScheme: 'dark', viewport: { width: 320, height: 640 } });
    await page.click('.notice button');
    await page.click('text=Expand all');
    await page.click('g.map-node[data-actor="pakistan"]:visible');
    await page.waitForTimeout(300);
    assert.deepEqual(foreign(requests), []);
    assert.deepEqual(errors, []);
    await close();
  });
});
