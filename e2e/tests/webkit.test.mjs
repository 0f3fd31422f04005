// A third engine: the core of the explainer in WebKit (Safari's engine, every iPhone browser), as
// Debian's WebKitGTK: its WebDriver (WebKitWebDriver) drives MiniBrowser, driven by
// selenium-webdriver. MiniBrowser needs a display: the test starts its own Xvfb when DISPLAY is not
// set. Load and hydration, a section by mouse and keyboard, the actor map by pointer and keyboard, a
// deep link, a section's share page, the embed view, the embed in a sandboxed iframe on another
// origin under the recommended headers, and screenshots at 1280 and 390 px written to
// E2E_SHOTS (/tmp/shots) for a look.
//
// WebKitWebDriver cannot report console messages, so each page is checked instead for what the app
// says of itself: hydrated, and still `<html data-js="on">` (boot.js marks "failed" on a load error
// or a panic), with no resource that answered with an error status.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Builder, By, Key, until } from 'selenium-webdriver';
import { startServer } from '../server.mjs';
import { recommendedHeaders, startSiteServer, TIMEOUT_MS } from './support.mjs';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = process.env.XVFB ?? '/usr/bin/Xvfb';
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/shots';
const HOSTS = fileURLToPath(new URL('../hosts/', import.meta.url));
const HYDRATED = 'html[data-hydrated="true"]';
const SETUP = '`cargo xtask setup` installs webkit2gtk-driver and xvfb';

let site; // the explainer, with the recommended headers for its own origin
let host; // a news site on a second origin, for the sandboxed embed
let hostDir;
let driver;
const children = []; // Xvfb and WebKitWebDriver, stopped after the tests
let sections; // ids, from the pre-rendered HTML as served

/** Starts `command`, recorded for `after`; its standard error is kept for a failure's message. */
function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  child.log = '';
  child.stderr.on('data', (d) => (child.log = (child.log + d).slice(-4000)));
  children.push(child);
  return child;
}

/** A display for MiniBrowser: DISPLAY if set, else a new Xvfb on the first free display number. */
function display() {
  if (process.env.DISPLAY) return Promise.resolve(process.env.DISPLAY);
  assert.ok(existsSync(XVFB), `${XVFB} is missing: ${SETUP}`);
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks the number and writes it to fd 3 once it accepts clients.
    const xvfb = start(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let number = '';
    xvfb.stdio[3].on('data', (d) => {
      number += d;
      if (number.includes('\n')) resolve(`:${number.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${xvfb.log}`)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** WebKitWebDriver on a free port, answering once its status says ready. */
async function webdriver(env) {
  assert.ok(existsSync(WEBKIT_DRIVER), `${WEBKIT_DRIVER} is missing: ${SETUP}`);
  assert.ok(existsSync(MINIBROWSER), `${MINIBROWSER} is missing: ${SETUP}`);
  const port = await freePort();
  const child = start(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { env });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    const ready = await fetch(`${url}/status`).then((r) => r.json()).then((s) => s.value?.ready, () => false);
    if (ready) return url;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not start: ${child.log}`);
}

before(async () => {
  // The explainer with the headers we recommend, as a build for its own address writes them (the
  // origin beside 'self': WebKit matches 'self' against nothing in a sandboxed frame).
  const headers = {};
  site = await startSiteServer({ headers });
  Object.assign(headers, recommendedHeaders({ origin: new URL(site.url).origin }));
  assert.match(headers['Content-Security-Policy'], /default-src 'none'/);
  hostDir = mkdtempSync(path.join(tmpdir(), 'explainer-webkit-host-'));
  for (const file of ['loader.html', 'host.css', 'host.js']) {
    writeFileSync(path.join(hostDir, file), readFileSync(path.join(HOSTS, file), 'utf8').replaceAll('__EXPLAINER__', site.url));
  }
  // A phone-sized window onto the explainer (MiniBrowser's own window is wider than a phone).
  writeFileSync(
    path.join(hostDir, 'phone.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>390 px</title></head>` +
      `<body><iframe id="phone" title="The explainer at 390 px" src="${site.url}" width="390" height="844"></iframe></body></html>`,
  );
  host = await startServer({ root: hostDir });

  const env = { ...process.env, DISPLAY: await display() };
  const server = await webdriver(env);
  driver = await new Builder()
    .usingServer(server)
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
    .build();
  await driver.manage().setTimeouts({ script: TIMEOUT_MS, pageLoad: TIMEOUT_MS * 3 });
  await driver.manage().window().setRect({ width: 1280, height: 900 });

  const html = await (await fetch(site.url)).text();
  sections = [...html.matchAll(/<section [^>]*data-section="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(sections.length >= 3, 'the served page has sections');
});

after(async () => {
  await driver?.quit().catch(() => {});
  for (const child of children.reverse()) child.kill();
  await site?.close();
  await host?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

const css = (selector) => By.css(selector);
const wait = (condition, message) => driver.wait(condition, TIMEOUT_MS, message);
const script = (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
const waitFor = (fn, message, ...args) => wait(() => script(fn, ...args), message);
const attr = (selector, name) => script((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name);
const hash = () => script(() => location.hash);

/** Loads `path` of the site afresh (not as a same-document move) and waits for the app, unless told otherwise. */
async function open(path = '', { hydrate = true } = {}) {
  await driver.get('about:blank');
  await driver.get(site.url + path);
  if (hydrate) await wait(until.elementLocated(css(HYDRATED)), `${path || '/'} hydrates`);
}

/** The app still runs (no load error, no panic) and every resource of the page loaded. */
async function assertHealthy() {
  const health = await script(() => ({
    js: document.documentElement.dataset.js,
    // Where the engine gives a resource's status (responseStatus is newer than some WebKits).
    failed: performance
      .getEntriesByType('resource')
      .filter((e) => (e.responseStatus ?? 200) >= 400)
      .map((e) => e.name),
  }));
  assert.equal(health.js, 'on', 'the app did not fail');
  assert.deepEqual(health.failed, [], 'every resource loaded');
}

/** A node of the actor map in the frame the page shows. */
async function shownNode(actor) {
  const frame = await script(() => [...document.querySelectorAll('.map-frames > svg.map-svg')].find((s) => s.getBoundingClientRect().width > 0)?.dataset.frame);
  assert.ok(frame, 'a frame of the map is shown');
  return { frame, selector: `svg.frame-${frame} g.map-node[data-actor="${actor}"]` };
}

/**
 * A click with the pointer at the middle of an element. WebDriver's element click on an SVG `<g>`
 * (or in a frame) can do nothing in WebKitGTK; pointer actions at the shape itself work.
 */
async function pointAndClick(element) {
  await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
  await driver.actions({ async: true }).move({ origin: element }).click().perform();
}

describe('WebKit (WebKitGTK MiniBrowser)', () => {
  test('loads and hydrates the pre-rendered page in place', async () => {
    await open();
    const caps = await driver.getCapabilities();
    assert.equal(caps.get('browserName'), 'MiniBrowser');
    assert.match(await script(() => navigator.userAgent), /AppleWebKit/);
    assert.equal(await attr('html', 'data-js'), 'on');
    // Hydration adopted the server's nodes: nothing duplicated or dropped.
    assert.equal(await script(() => document.querySelectorAll('section.section').length), sections.length);
    assert.equal(await script(() => document.querySelectorAll('h1').length), 1);
    assert.equal(await script(() => document.querySelectorAll('#app > *').length), 1);
    assert.ok((await script(() => document.querySelector('h1').textContent)).length > 10);
    await assertHealthy();
  });

  test('a section opens and closes by mouse and keyboard, and the address follows', async () => {
    await open();
    const id = sections[1];
    assert.equal(await attr(`#${id}-toggle`, 'aria-expanded'), 'false');
    await driver.findElement(css(`#${id}-toggle`)).click();
    await wait(until.elementLocated(css(`#${id}-toggle[aria-expanded="true"]`)), 'opens on click');
    assert.equal(await script((s) => document.getElementById(s).hidden, `${id}-body`), false);
    assert.ok(await script((s) => document.querySelector(s).getBoundingClientRect().height > 0, `#${id}-body li.point`), 'key points shown');
    assert.equal(await hash(), `#${id}`);
    const next = await driver.findElement(css(`#${sections[2]}-toggle`));
    await next.sendKeys(Key.ENTER);
    await wait(until.elementLocated(css(`#${sections[2]}-toggle[aria-expanded="true"]`)), 'opens on Enter');
    await driver.actions({ async: true }).sendKeys(Key.SPACE).perform();
    await wait(until.elementLocated(css(`#${sections[2]}-toggle[aria-expanded="false"]`)), 'closes on Space');
    await assertHealthy();
  });

  test('selecting an actor on the map by pointer lights its neighbours, explains it, and Escape clears', async () => {
    await open();
    const { frame, selector } = await shownNode('ttp');
    assert.equal(frame, 'wide', 'the wide frame at 1280 px');
    await pointAndClick(await driver.findElement(css(`${selector} .map-node-shape`)));
    await wait(until.elementLocated(css(`${selector}[aria-pressed="true"]`)), 'the node is pressed');
    assert.ok(await script(() => document.querySelectorAll('svg.frame-wide g.map-node.is-faded').length) > 0, 'others fade');
    assert.ok(await script(() => document.querySelectorAll('svg.frame-wide g.map-node.is-neighbour').length) > 0, 'neighbours stay lit');
    assert.match(await script(() => document.getElementById('map-detail-title').textContent), /Taliban/);
    assert.equal(await hash(), '#actor-ttp');
    await driver.actions({ async: true }).sendKeys(Key.ESCAPE).perform();
    await waitFor(() => !document.querySelector('g.map-node[aria-pressed="true"]'), 'Escape clears');
    assert.equal(await hash(), '');
    await assertHealthy();
  });

  test('the map by keyboard: arrows move between nodes, Enter selects, Escape clears', async () => {
    await open();
    const { selector } = await shownNode('ttp');
    await script((s) => document.querySelector(s).focus(), selector);
    await driver.actions({ async: true }).sendKeys(Key.ARROW_RIGHT).perform();
    const moved = await script(() => document.activeElement?.id ?? '');
    assert.match(moved, /^map-node-/);
    assert.notEqual(moved, 'map-node-ttp', 'focus moved');
    await driver.actions({ async: true }).sendKeys(Key.ENTER).perform();
    await waitFor((id) => document.getElementById(id)?.getAttribute('aria-pressed') === 'true', 'Enter selects', moved);
    assert.equal(await hash(), `#actor-${moved.slice('map-node-'.length)}`);
    await driver.actions({ async: true }).sendKeys(Key.ESCAPE).perform();
    await waitFor(() => !document.querySelector('g.map-node[aria-pressed="true"]'), 'Escape clears');
    await assertHealthy();
  });

  test('a deep link #<section-id> opens the section, scrolls to it and focuses its toggle', async () => {
    const id = sections.at(-1);
    await open(`#${id}`);
    await waitFor((id) => document.activeElement?.id === `${id}-toggle`, 'the toggle has focus', id);
    assert.equal(await attr(`#${id}-toggle`, 'aria-expanded'), 'true');
    await waitFor((id) => Math.abs(document.getElementById(id).getBoundingClientRect().top) < 200, 'scrolled to it', id);
    await assertHealthy();
  });

  test('a deep link #actor-<id> selects the actor and focuses its node', async () => {
    await open('#actor-ttp');
    await waitFor(() => document.activeElement?.id === 'map-node-ttp', 'the node has focus');
    assert.equal(await attr('#map-node-ttp', 'aria-pressed'), 'true');
    await assertHealthy();
  });

  test("a section's share page opens that section, with its own title", async () => {
    const id = sections[1];
    await open(`section/${id}/`);
    assert.equal(await attr(`#${id}-toggle`, 'aria-expanded'), 'true');
    const title = await script((id) => document.getElementById(`${id}-title`).textContent.trim(), id);
    assert.ok((await driver.getTitle()).startsWith(title), 'the page is titled after the section');
    await assertHealthy();
  });

  test('the embed view hydrates and opens its deep-linked section', async () => {
    const id = sections[2];
    await open(`embed/?section=${id}`);
    await wait(until.elementLocated(css(`#${id}-toggle[aria-expanded="true"]`)));
    assert.equal(await script(() => document.querySelectorAll('.toc, .skip-link').length), 0);
    await assertHealthy();
  });

  test('the embed works in a sandboxed iframe on another origin under the recommended headers', async () => {
    const sandbox = encodeURIComponent('allow-scripts allow-popups');
    await driver.get(`${host.url}loader.html?src=${encodeURIComponent(`${site.url}embed/`)}&sandbox=${sandbox}`);
    const iframe = await driver.wait(until.elementLocated(css('#explainer')), TIMEOUT_MS);
    // The host page's iframe starts 300 px high; the embed reports its height to our loader.
    await waitFor(() => document.getElementById('explainer').getBoundingClientRect().height > 600, 'the loader sized the frame');
    const height = () => script(() => document.getElementById('explainer').getBoundingClientRect().height);
    await driver.switchTo().frame(iframe);
    try {
      await wait(until.elementLocated(css(HYDRATED)), 'the sandboxed embed hydrates');
      await driver.switchTo().defaultContent();
      const closed = await height();
      await driver.switchTo().frame(iframe);
      assert.equal(await script(() => origin), 'null', 'an opaque origin');
      // The stylesheet applied (the CSP let it in): sections are styled boxes, not bare text.
      assert.notEqual(await script(() => getComputedStyle(document.querySelector('.section-toggle')).cursor), 'auto');
      // WebDriver's clicks and focus do not reach into a cross-origin frame in WebKitGTK (pointer
      // moves fall outside the top window, focus() is refused): the click is dispatched in the frame.
      await script(() => document.querySelector('section.section .section-toggle').click());
      await wait(until.elementLocated(css('section.section .section-toggle[aria-expanded="true"]')), 'a section opens in the frame');
      await assertHealthy();
      await driver.switchTo().defaultContent();
      // The frame grows with the open section.
      await wait(async () => (await height()) > closed + 100, `the frame follows its content (from ${closed} px)`);
    } finally {
      await driver.switchTo().defaultContent();
    }
  });

  test('screenshots at 1280 and 390 px: the page fits its width, the map shows the frame that fits', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await open();
    assert.ok(await script(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll at 1280 px');
    writeFileSync(`${SHOTS}/webkit-1280.png`, await driver.takeScreenshot(), 'base64');
    await script(() => document.getElementById('actor-map').scrollIntoView());
    writeFileSync(`${SHOTS}/webkit-1280-map.png`, await driver.takeScreenshot(), 'base64');
    // MiniBrowser's window has a minimum width wider than a phone: the page goes in a 390 px iframe.
    await driver.get(`${host.url}phone.html`);
    const frame = await driver.findElement(css('#phone'));
    await driver.switchTo().frame(frame);
    try {
      await wait(until.elementLocated(css(HYDRATED)), 'the page hydrates at 390 px');
      assert.equal(await script(() => innerWidth), 390);
      assert.ok(await script(() => document.documentElement.scrollWidth <= 390), 'no sideways scroll at 390 px');
      assert.equal((await shownNode('ttp')).frame, 'narrow', 'the narrow frame at 390 px');
      await assertHealthy();
      await driver.switchTo().defaultContent();
      // The window's screenshot (the frame at its top left): an element's does not follow the frame's scrolling.
      writeFileSync(`${SHOTS}/webkit-390.png`, await driver.takeScreenshot(), 'base64');
      await driver.switchTo().frame(frame);
      await script(() => document.querySelector('.toc').scrollIntoView());
      await driver.switchTo().defaultContent();
      writeFileSync(`${SHOTS}/webkit-390-toc.png`, await driver.takeScreenshot(), 'base64');
      await driver.switchTo().frame(frame);
      await script(() => document.getElementById('actor-map').scrollIntoView());
      await driver.switchTo().defaultContent();
      writeFileSync(`${SHOTS}/webkit-390-map.png`, await driver.takeScreenshot(), 'base64');
    } finally {
      await driver.switchTo().defaultContent();
    }
  });
});
