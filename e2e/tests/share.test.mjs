// What a shared link shows: every page's share tags read by open-graph-scraper (the parser that
// link-preview crawlers are modelled on, not our own regexes), its card fetched from the server as a
// 1200×630 PNG under 300 KB, and its oEmbed file fetched and its `html` pasted into a host page on a
// second origin, where it embeds the explainer and sizes itself.
//
// dist/ is built without --site-url here, so the files name addresses relative to themselves (the
// build warns): the test resolves them as a browser does, against the page or the oEmbed file.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import ogs from 'open-graph-scraper';
import { startServer } from '../server.mjs';
import { collectErrors, DIST, launchBrowser, startSiteServer, TIMEOUT_MS } from './support.mjs';

/** WhatsApp drops previews larger than this. */
const PREVIEW_LIMIT = 300_000;

let site;
let host;
let hostDir;
let browser;

/** Every pre-rendered page: the top, one per section, the embed view (paths below the site). */
const PAGES = ['', ...readdirSync(path.join(DIST, 'section')).map((id) => `section/${id}/`), 'embed/'];

before(async () => {
  site = await startSiteServer();
  hostDir = mkdtempSync(path.join(tmpdir(), 'explainer-oembed-host-'));
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

async function get(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, `${url}: ${response.status}`);
  return response;
}

/** The page's share tags as open-graph-scraper reads them, and its oEmbed link as the browser's parser does. */
async function readPage(url) {
  const html = await (await get(url)).text();
  const { error, result } = await ogs({ html, onlyGetOpenGraphInfo: true });
  assert.equal(error, false, `${url}: ${JSON.stringify(result)}`);
  return { html, result };
}

function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The oEmbed discovery link, read by Chromium's HTML parser (and resolved against the page). */
async function oembedLink(url) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const links = await page.$$eval('link[rel="alternate"][type="application/json+oembed"]', (els) => els.map((el) => ({ href: el.href, title: el.title })));
  await context.close();
  return links;
}

describe('share tags, cards and oEmbed', () => {
  test('every page has the tags platforms read, and its card is a 1200×630 PNG under 300 KB', async () => {
    assert.ok(PAGES.length >= 3, `pages: ${PAGES}`);
    const cards = new Map();
    for (const pagePath of PAGES) {
      const url = new URL(pagePath, site.url).href;
      const { result } = await readPage(url);
      assert.equal(result.twitterCard, 'summary_large_image', pagePath);
      assert.ok(result.ogTitle && result.ogDescription && result.ogSiteName, `${pagePath}: title, description, site name`);
      assert.match(result.articlePublishedTime ?? '', /^\d{4}(-\d{2}(-\d{2})?)?$/, `${pagePath}: article:published_time`);
      assert.equal(result.ogImage?.length, 1, `${pagePath}: one og:image`);
      const [image] = result.ogImage;
      assert.equal(image.type, 'image/png');
      assert.equal(Number(image.width), 1200);
      assert.equal(Number(image.height), 630);
      assert.ok(image.alt && image.alt.length > 20, `${pagePath}: og:image:alt says what the card shows (${image.alt})`);
      assert.equal(result.twitterImage?.[0]?.url, image.url, 'twitter:image is the same card');
      assert.equal(result.twitterImage?.[0]?.alt, image.alt, 'twitter:image:alt is the same text');

      const cardUrl = new URL(image.url, url).href;
      const response = await get(cardUrl);
      assert.equal(response.headers.get('content-type'), 'image/png', `${cardUrl} is served as a PNG`);
      const bytes = Buffer.from(await response.arrayBuffer());
      assert.deepEqual(pngSize(bytes), { width: 1200, height: 630 }, cardUrl);
      assert.ok(bytes.length < PREVIEW_LIMIT, `${cardUrl}: ${bytes.length} bytes`);
      cards.set(cardUrl, bytes.length);
      if (pagePath.startsWith('section/')) assert.ok(image.alt.includes(result.ogTitle.split(' · ')[0]), `${pagePath}: the alt names the section (${image.alt})`);
    }
    // Each section has a card of its own; the embed view shares the top page's.
    assert.equal(cards.size, PAGES.length - 1, [...cards.keys()].join('\n'));
  });

  test("every page's oEmbed file is a rich embed of that page, with its card as the thumbnail", async () => {
    for (const pagePath of PAGES) {
      const url = new URL(pagePath, site.url).href;
      const { result } = await readPage(url);
      const links = await oembedLink(url);
      assert.equal(links.length, 1, `${pagePath}: one oEmbed link`);
      const response = await get(links[0].href);
      assert.equal(response.headers.get('content-type'), 'application/json', `${links[0].href} is served as JSON`);
      const oembed = await response.json();
      assert.equal(oembed.version, '1.0');
      assert.equal(oembed.type, 'rich');
      assert.equal(oembed.title, result.ogTitle);
      assert.equal(links[0].title, result.ogTitle);
      assert.equal(oembed.provider_name, result.ogSiteName);
      assert.ok(Number.isInteger(oembed.width) && Number.isInteger(oembed.height) && oembed.width > 0 && oembed.height > 0);
      assert.equal(new URL(oembed.thumbnail_url, links[0].href).href, new URL(result.ogImage[0].url, url).href, 'the thumbnail is the card');
      assert.deepEqual([oembed.thumbnail_width, oembed.thumbnail_height], [1200, 630]);
      assert.match(oembed.html, /^<iframe data-news-explainer src="[^"]*embed\/[^"]*"[^>]*><\/iframe>\n<script src="[^"]*embed\.js" async><\/script>$/);
      const id = pagePath.match(/^section\/([^/]+)\/$/)?.[1];
      if (id) assert.ok(oembed.html.includes(`embed/?section=${id}"`), `${pagePath}: the embed is of that section`);
      else assert.ok(!oembed.html.includes('?section='), `${pagePath}: the embed is of the whole explainer`);
    }
  });

  test("a section's oEmbed html, pasted into a page on another origin, embeds that section and sizes itself", async () => {
    const pagePath = PAGES.find((p) => p.startsWith('section/'));
    const id = pagePath.split('/')[1];
    const [link] = await oembedLink(new URL(pagePath, site.url).href);
    const oembed = await (await get(link.href)).json();
    // What a consumer does with a rich response: put its html in the page as it is. <base> resolves its
    // relative addresses against the oEmbed file, as a published build's absolute ones need no help.
    writeFileSync(
      path.join(hostDir, 'oembed.html'),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><base href="${link.href}"><title>Host</title></head>` +
        `<body><article><h1>An article</h1><p>Before.</p>${oembed.html}<p>After.</p></article></body></html>`,
    );
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    context.setDefaultTimeout(TIMEOUT_MS);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.url}oembed.html`);
    const handle = await page.waitForSelector('iframe[data-news-explainer]');
    const frame = await handle.contentFrame();
    await frame.waitForSelector('html[data-hydrated="true"]');
    assert.equal(new URL(frame.url()).origin, new URL(site.url).origin, 'the embed comes from the explainer');
    await frame.waitForSelector(`#${id}-toggle[aria-expanded="true"]`);
    let sizes;
    for (let i = 0; i < 100; i++) {
      const iframe = (await handle.boundingBox()).height;
      const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      sizes = { iframe, content };
      if (Math.abs(iframe - content) <= 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(Math.abs(sizes.iframe - sizes.content) <= 2, `the iframe fits its content: ${JSON.stringify(sizes)}`);
    assert.notEqual(Math.round(sizes.iframe), 900, 'resized from the embed code’s starting height');
    assert.deepEqual(await frame.$$eval('section.section', (els) => els.filter((el) => el.checkVisibility()).map((el) => el.id)), [id]);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
