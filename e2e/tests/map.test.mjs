// The actor map as a reader uses it: by mouse and touch, by keyboard alone, through its filters, from
// links elsewhere on the page and in the address bar, on a 320 px phone, and as text.
// Set MAP_SHOTS=/tmp/shots to also write screenshots (light and dark, wide and narrow).

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { collectErrors, holdWasm, launchBrowser, startSiteServer, TIMEOUT_MS } from './support.mjs';

const HYDRATED = 'html[data-hydrated="true"]';
let browser;
let server;
/** What the pre-rendered map draws: nodes { id, kind, x, y } and edges { id, from, to, kind }. */
let nodes;
let edges;

before(async () => {
  server = await startSiteServer();
  browser = await launchBrowser();
  const { page, close } = await open();
  nodes = await page.$$eval('svg.frame-wide g.map-node', (els) =>
    els.map((el) => {
      const [x, y] = el.getAttribute('transform').match(/-?[\d.]+/g).map(Number);
      const kind = [...el.classList].find((c) => c.startsWith('kind-')).slice('kind-'.length);
      return { id: el.dataset.actor, kind, x, y };
    }),
  );
  edges = await page.$$eval('svg.frame-wide g.map-edge', (els) =>
    els.map((el) => ({
      id: el.dataset.relation,
      from: el.dataset.from,
      to: el.dataset.to,
      kind: [...el.classList].find((c) => c.startsWith('rel-')).slice('rel-'.length),
    })),
  );
  await close();
  assert.ok(nodes.length >= 5 && edges.length >= 5, 'the story has a map');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page (own context), hydrated, with errors recorded. */
async function open(hash = '', contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url + hash);
  await page.waitForSelector(HYDRATED, { state: 'attached' }).catch((err) => {
    throw new Error(`the page did not hydrate (${err.message}); it reported:\n  ${errors.join('\n  ')}`);
  });
  return {
    page,
    errors,
    async close() {
      assert.deepEqual(errors, [], `the page reported errors:\n  ${errors.join('\n  ')}`);
      await context.close();
    },
  };
}

/** An actor's node in the wide frame (the page holds both frames; the styles show the one that fits). */
const node = (id) => `#map-node-${id}`;
/** The same in the narrow frame, shown below 600 px. */
const narrowNode = (id) => `#map-narrow-node-${id}`;
/** The frame the page shows (`wide`, `narrow`), from inside the page. */
const shownFrame = () =>
  [...document.querySelectorAll('.map-frames > svg.map-svg')].find((s) => s.getBoundingClientRect().width > 0)?.dataset.frame;
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const pressed = (page, id) => page.getAttribute(node(id), 'aria-pressed');
const classes = (page, selector) => page.$eval(selector, (el) => [...el.classList]);
const neighbours = (id) =>
  new Set(edges.flatMap((e) => (e.from === id ? [e.to] : e.to === id ? [e.from] : [])));
/** Waits until the app has re-rendered after an action. */
const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: TIMEOUT_MS });
const selected = (page, id) =>
  until(page, (sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'true', node(id));
const nothingSelected = (page) => until(page, () => !document.querySelector('svg.frame-wide g.map-node.is-selected, g.map-edge.is-selected'));

/**
 * Clicks a drawn line where nothing covers it, as a reader would: its bounding box's centre may miss a
 * curve, and a node or a label may lie over its middle.
 */
async function clickEdge(page, id) {
  const point = await page.$eval(`svg.frame-wide g.map-edge[data-relation="${id}"]`, (edge) => {
    const path = edge.querySelector('path.map-edge-line');
    path.scrollIntoView({ block: 'center' });
    const length = path.getTotalLength();
    const m = path.getScreenCTM();
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
      const p = path.getPointAtLength(length * t);
      const x = p.x * m.a + p.y * m.c + m.e;
      const y = p.x * m.b + p.y * m.d + m.f;
      if (document.elementFromPoint(x, y)?.closest('svg.frame-wide g.map-edge') === edge) return { x, y };
    }
    return null;
  });
  assert.ok(point, `some of line ${id} can be clicked`);
  await page.mouse.click(point.x, point.y);
}

describe('by mouse', () => {
  test('selecting an actor keeps it and its neighbours bright, fades the rest, and explains it', async () => {
    const { page, close } = await open();
    const id = 'ttp';
    await page.click(node(id));
    await selected(page, id);
    assert.ok((await classes(page, node(id))).includes('is-selected'));
    const lit = neighbours(id);
    assert.ok(lit.size > 0);
    for (const n of nodes.filter((n) => n.id !== id)) {
      const c = await classes(page, node(n.id));
      assert.equal(c.includes('is-neighbour'), lit.has(n.id), `${n.id}: ${c}`);
      assert.equal(c.includes('is-faded'), !lit.has(n.id), `${n.id}: ${c}`);
    }
    for (const e of edges) {
      const c = await classes(page, `svg.frame-wide g.map-edge[data-relation="${e.id}"]`);
      assert.equal(c.includes('is-faded'), e.from !== id && e.to !== id, `${e.id}`);
    }
    // Faded for real: the shape's computed opacity drops (the label stays readable, in the muted colour).
    const faded = nodes.find((n) => n.id !== id && !lit.has(n.id));
    assert.ok(Number(await page.$eval(`${node(faded.id)} .map-node-shape`, (el) => getComputedStyle(el).opacity)) < 0.5);
    assert.equal(await page.textContent('#map-detail-title'), 'Tehrik-i-Taliban Pakistan');
    assert.match(await page.textContent('#map-detail .background'), /^Background: /);
    assert.equal(await page.locator('#map-detail li.map-detail-relation').count(), edges.filter((e) => e.from === id || e.to === id).length);
    // Each relation is drawn in its kind's colour, as on the map, and says it in words copied from the text view.
    for (const item of await page.locator('#map-detail li.map-detail-relation').all()) {
      const relation = await item.locator('button.relation-button').getAttribute('data-relation');
      const edge = `svg.frame-wide g.map-edge[data-relation="${relation}"]`;
      const colour = await page.$eval(edge, (el) => getComputedStyle(el).color);
      assert.equal(await item.evaluate((el) => getComputedStyle(el).borderLeftColor), colour, relation);
      assert.notEqual(colour, await page.$eval('#map-detail', (el) => getComputedStyle(el).color), `${relation}: a colour of its own`);
      assert.equal(await item.locator('button.relation-button').textContent(), await page.textContent(`#relation-${relation} .relation-sentence`));
    }
    assert.equal(new URL(page.url()).hash, '#actor-ttp', 'the address bar can share the selection');
    // Two quotes show; the others wait, closed, behind a disclosure that opens with a click.
    assert.equal(await page.locator('#map-detail figure.map-quote:visible').count(), 2);
    const more = page.locator('#map-detail details.map-more-quotes');
    const hidden = await more.locator('figure.map-quote').count();
    assert.equal(await more.locator('summary').textContent(), `${hidden} more quotes`);
    await more.locator('summary').click();
    assert.equal(await page.locator('#map-detail figure.map-quote:visible').count(), 2 + hidden);
    // A second click on the selected actor clears it.
    await page.click(node(id));
    await nothingSelected(page);
    assert.equal(new URL(page.url()).hash, '');
    assert.equal(await page.locator('svg.frame-wide g.map-node.is-faded').count(), 0);
    await close();
  });

  test('selecting a line explains that relation', async () => {
    const { page, close } = await open();
    const edge = edges.find((e) => e.id === 'pakistan-designates-ttp') ?? edges[0];
    await clickEdge(page, edge.id);
    await until(page, (id) => document.querySelector(`svg.frame-wide g.map-edge[data-relation="${id}"]`)?.classList.contains('is-selected'), edge.id);
    assert.equal(await page.getAttribute(node(edge.from), 'aria-pressed'), 'false', 'an edge selects no actor');
    assert.ok((await classes(page, node(edge.from))).includes('is-neighbour'));
    assert.ok((await classes(page, node(edge.to))).includes('is-neighbour'));
    const title = (await page.textContent(edge.kind === 'designates-enemy' ? '#map-detail-title' : '#map-detail-title')).trim();
    assert.ok(title.length > 0);
    const sentence = await page.textContent('#map-detail .map-detail-sentence');
    assert.equal(sentence, await page.textContent(`svg.frame-wide g.map-edge[data-relation="${edge.id}"] title`), 'the sentence of that line');
    assert.ok(await page.locator('#map-detail .map-detail-sections a.section-link').count() >= 1);
    assert.equal(await page.locator(`svg.frame-wide g.map-edge.is-faded`).count(), edges.length - 1);
    // From the panel, the relation's ends are one click away.
    await page.click(`#map-detail button.map-detail-actor[data-actor="${edge.to}"]`);
    await selected(page, edge.to);
    assert.equal(await focusedId(page), 'map-detail-title', 'focus moves to the new heading, not lost');
    await close();
  });

  test('the close button clears the selection and returns focus to the map', async () => {
    const { page, close } = await open();
    await page.click(node('pakistan'));
    await selected(page, 'pakistan');
    await page.click('#map-detail .map-detail-close');
    await nothingSelected(page);
    assert.equal(await focusedId(page), 'map-node-pakistan');
    assert.match(await page.textContent('#map-detail'), /Select an actor/);
    await close();
  });
});

describe('by keyboard', () => {
  test('the map is one tab stop, and arrow keys reach every node', async () => {
    const { page, close } = await open();
    assert.equal(await page.locator('svg.frame-wide g.map-node[tabindex="0"]').count(), 1);
    await page.focus('.map-view-button[data-view="text"]');
    await page.keyboard.press('Tab');
    const start = await focusedId(page);
    assert.match(start, /^map-node-/, 'Tab goes from the view switch into the map');
    // Breadth-first over the arrow keys, from every node reached so far.
    const reached = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const from = queue.shift();
      for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
        await page.focus(`#${from}`);
        await page.keyboard.press(key);
        const to = await focusedId(page);
        assert.match(to, /^map-node-/, `${key} from ${from} stays on the map`);
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    assert.deepEqual([...reached].sort(), nodes.map((n) => `map-node-${n.id}`).sort(), 'every node is reachable');
    // The tab stop follows the keyboard, and only one node ever holds it.
    await page.focus(`#${start}`);
    await page.keyboard.press('End');
    const last = [...nodes].sort((a, b) => a.y - b.y || a.x - b.x).at(-1);
    assert.equal(await focusedId(page), `map-node-${last.id}`, 'End goes to the last node in reading order');
    await until(page, (id) => document.getElementById(id)?.getAttribute('tabindex') === '0', `map-node-${last.id}`);
    assert.equal(await page.locator('svg.frame-wide g.map-node[tabindex="0"]').count(), 1);
    // Focus is visible: the ring around the focused node shows.
    assert.equal(await page.$eval(`#map-node-${last.id} .map-node-ring`, (el) => getComputedStyle(el).visibility), 'visible');
    await page.keyboard.press('Home');
    const first = [...nodes].sort((a, b) => a.y - b.y || a.x - b.x)[0];
    assert.equal(await focusedId(page), `map-node-${first.id}`, 'Home goes to the first');
    // Tabbing out and back in returns to the node last reached.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), `map-node-${first.id}`);
    await close();
  });

  test('arrow keys go the way they point', async () => {
    const { page, close } = await open();
    const middle = [...nodes].sort((a, b) => Math.hypot(a.x - 400, a.y - 260) - Math.hypot(b.x - 400, b.y - 260))[0];
    for (const [key, ok] of [
      ['ArrowRight', (n) => n.x > middle.x],
      ['ArrowLeft', (n) => n.x < middle.x],
      ['ArrowUp', (n) => n.y < middle.y],
      ['ArrowDown', (n) => n.y > middle.y],
    ]) {
      await page.focus(node(middle.id));
      await page.keyboard.press(key);
      const id = (await focusedId(page)).slice('map-node-'.length);
      assert.ok(ok(nodes.find((n) => n.id === id)), `${key} from ${middle.id} went to ${id}`);
    }
    await close();
  });

  test('Enter and Space select, Escape clears', async () => {
    const { page, close } = await open();
    const [a, b] = [nodes[0].id, nodes[1].id];
    await page.focus(node(a));
    await page.keyboard.press('Enter');
    await selected(page, a);
    await page.focus(node(b));
    const scroll = await page.evaluate(() => window.scrollY);
    await page.keyboard.press(' ');
    await selected(page, b);
    assert.equal(await pressed(page, a), 'false', 'one selection at a time');
    assert.equal(await page.evaluate(() => window.scrollY), scroll, 'Space does not scroll the page');
    await page.keyboard.press('Escape');
    await nothingSelected(page);
    assert.equal(await focusedId(page), `map-node-${b}`, 'focus stays put');
    // Escape from inside the panel clears too, and brings focus back to the map.
    await page.keyboard.press('Enter');
    await selected(page, b);
    await page.focus('#map-detail .map-detail-close');
    await page.keyboard.press('Escape');
    await nothingSelected(page);
    assert.equal(await focusedId(page), `map-node-${b}`);
    await close();
  });

  test('a relation in the panel selects its line, for those who cannot click a line', async () => {
    const { page, close } = await open();
    await page.focus(node('pakistan'));
    await page.keyboard.press('Enter');
    await selected(page, 'pakistan');
    const relation = await page.getAttribute('#map-detail button.relation-button', 'data-relation');
    await page.focus('#map-detail button.relation-button');
    await page.keyboard.press('Enter');
    await until(page, (id) => document.querySelector(`svg.frame-wide g.map-edge[data-relation="${id}"]`)?.classList.contains('is-selected'), relation);
    assert.equal(await focusedId(page), 'map-detail-title');
    // The panel is the relation's alone: nothing of the actor's panel (its kind, copied in) is left.
    assert.match(await page.textContent('#map-detail .map-detail-kind'), /^Relation/);
    assert.equal(await page.locator('#map-detail .map-detail-kind svg').count(), 1, 'one sample: the line');
    assert.equal(await page.textContent('#map-detail .map-detail-sentence'), await page.textContent(`#relation-${relation} .relation-sentence`));
    // And back to an actor from its end: a fresh panel again.
    await page.click('#map-detail button.map-detail-actor >> nth=1');
    await until(page, () => document.querySelector('#map-detail .map-detail-kind svg.shape-sample') !== null);
    assert.equal(await page.locator('#map-detail .map-detail-kind svg').count(), 1, 'one sample: the shape');
    await close();
  });
});

describe('filters', () => {
  /** The nodes or lines shown: not hidden by a filter, and laid out. */
  const shown = (page, selector) =>
    page.$$eval(selector, (els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.dataset.actor ?? el.dataset.relation));

  test('a relation type hides its lines, and the others stay where they were; pressing again shows them', async () => {
    const { page, close } = await open();
    const kind = 'accuses';
    const count = edges.filter((e) => e.kind === kind).length;
    assert.ok(count > 0);
    const button = `button.filter-button[data-filter="relation"][data-kind="${kind}"]`;
    assert.equal(await page.getAttribute(button, 'aria-pressed'), 'true');
    const lines = () => page.$$eval('svg.frame-wide g.map-edge:not(.is-hidden) path.map-edge-line', (els) => els.map((el) => el.getAttribute('d')));
    const before = await lines();
    await page.click(button);
    await until(page, (k) => document.querySelectorAll(`svg.frame-wide g.map-edge.rel-${k}:not(.is-hidden)`).length === 0, kind);
    assert.equal(await page.getAttribute(button, 'aria-pressed'), 'false');
    assert.deepEqual(await shown(page, 'svg.frame-wide g.map-edge'), edges.filter((e) => e.kind !== kind).map((e) => e.id));
    assert.equal((await shown(page, 'svg.frame-wide g.map-node')).length, nodes.length, 'actors stay');
    for (const d of await lines()) assert.ok(before.includes(d), 'a line left shown is drawn as before');
    assert.equal(await page.locator('.relations-table tbody tr:not([hidden])').count(), edges.length - count, 'the text view follows');
    await page.click(button);
    await until(page, () => document.querySelectorAll('svg.frame-wide g.map-edge.is-hidden').length === 0);
    assert.equal((await shown(page, 'svg.frame-wide g.map-edge')).length, edges.length);
    await close();
  });

  test('an actor kind hides its nodes and their lines; "Show everything" brings them back', async () => {
    const { page, close } = await open();
    const kind = 'population';
    const hidden = new Set(nodes.filter((n) => n.kind === kind).map((n) => n.id));
    assert.ok(hidden.size > 0);
    await page.click(`button.filter-button[data-filter="actor"][data-kind="${kind}"]`);
    await until(page, (n) => document.querySelectorAll('svg.frame-wide g.map-node.is-hidden').length === n, hidden.size);
    assert.deepEqual(await shown(page, 'svg.frame-wide g.map-node'), nodes.filter((n) => !hidden.has(n.id)).map((n) => n.id));
    const left = edges.filter((e) => !hidden.has(e.from) && !hidden.has(e.to)).length;
    assert.equal((await shown(page, 'svg.frame-wide g.map-edge')).length, left);
    assert.equal(await page.locator('svg.frame-wide g.map-node[tabindex="0"]:not(.is-hidden)').count(), 1, 'the tab stop stays on a shown node');
    assert.equal(await page.locator('svg.frame-wide g.map-node[tabindex="0"]').count(), 1);
    await page.click('button.filter-reset');
    await until(page, () => document.querySelectorAll('.map-svg .is-hidden').length === 0);
    assert.ok(await page.isHidden('button.filter-reset'), 'nothing left to reset');
    assert.ok(await page.evaluate(() => document.activeElement.matches('.map-legend .filter-button')), 'focus moves to the first filter, not lost');
    assert.equal(await page.locator('.filter-button[aria-pressed="false"]').count(), 0);
    assert.equal((await shown(page, 'svg.frame-wide g.map-node')).length, nodes.length);
    assert.equal((await shown(page, 'svg.frame-wide g.map-edge')).length, edges.length);
    await close();
  });
});

describe('cross-links', () => {
  test('an actor link in a section selects the actor on the map and focuses it', async () => {
    const { page, close } = await open();
    const section = await page.$eval('section.section:has(a.actor-link)', (el) => el.id);
    await page.click(`#${section}-toggle`);
    const link = page.locator(`#${section}-body a.actor-link`).first();
    const actor = await link.getAttribute('data-actor');
    await link.click();
    await selected(page, actor);
    await until(page, (id) => document.activeElement?.id === id, `map-node-${actor}`);
    assert.equal(new URL(page.url()).hash, `#actor-${actor}`);
    await close();
  });

  test('a section link in the detail panel opens that section', async () => {
    const { page, close } = await open();
    await page.click(node('bla'));
    await selected(page, 'bla');
    const link = page.locator('#map-detail li.map-detail-relation a.section-link').first();
    const section = (await link.getAttribute('href')).slice(1);
    assert.equal(await page.getAttribute(`#${section}-toggle`, 'aria-expanded'), 'false');
    await link.click();
    await until(page, (id) => document.getElementById(`${id}-toggle`)?.getAttribute('aria-expanded') === 'true', section);
    await until(page, (id) => document.activeElement?.id === `${id}-toggle`, section);
    assert.equal(new URL(page.url()).hash, `#${section}`);
    await close();
  });

  test('#actor-<id> selects that actor when the page loads', async () => {
    const { page, close } = await open('#actor-bla');
    await selected(page, 'bla');
    assert.equal(await page.textContent('#map-detail-title'), 'Balochistan Liberation Army');
    await until(page, () => document.activeElement?.id === 'map-node-bla');
    assert.equal(await page.getAttribute(node('bla'), 'tabindex'), '0');
    await close();
  });
});

describe('the text view', () => {
  test('is a click away and says the same; links then focus the text entry', async () => {
    const { page, close } = await open();
    assert.equal(await page.isVisible('.map-text-view'), false);
    await page.click('.map-view-button[data-view="text"]');
    await until(page, () => !document.querySelector('.map-text-view').hidden);
    assert.equal(await page.isVisible('.map-text-view .relations-table'), true);
    assert.equal(await page.isVisible('svg.map-svg'), false);
    assert.equal(await page.getAttribute('.map-view-button[data-view="text"]', 'aria-pressed'), 'true');
    assert.equal(await page.locator('.map-text-view li.actor-entry').count(), nodes.length);
    assert.equal(await page.locator('.map-text-view td.relation-sentence').count(), edges.length);
    const section = await page.$eval('section.section:has(a.actor-link)', (el) => el.id);
    await page.click(`#${section}-toggle`);
    const link = page.locator(`#${section}-body a.actor-link`).first();
    const actor = await link.getAttribute('data-actor');
    await link.click();
    await until(page, (id) => document.activeElement?.id === id, `actor-${actor}`);
    assert.ok((await classes(page, `#actor-${actor}`)).includes('is-selected'));
    await page.click('.map-view-button[data-view="map"]');
    await until(page, () => !document.querySelector('.map-graph').hidden);
    assert.equal(await page.isVisible('svg.map-svg'), true);
    await close();
  });
});

describe('on a 320 px phone', () => {
  test('no sideways scrolling, a tall frame, large targets, and tapping works', async () => {
    const { page, close } = await open('', { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    assert.equal(await page.evaluate(shownFrame), 'narrow');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scroll');
    const svg = await page.locator('svg.frame-narrow').boundingBox();
    assert.ok(svg.width <= 320 && svg.height > svg.width, `portrait map: ${JSON.stringify(svg)}`);
    for (const n of nodes) {
      const box = await page.locator(`${narrowNode(n.id)} .map-node-hit`).boundingBox();
      assert.ok(box.width >= 24 && box.height >= 24, `${n.id} target ${box.width}×${box.height}`);
      assert.ok(box.x >= 0 && box.x + box.width <= 320, `${n.id} is on screen`);
    }
    const labelSize = await page.$eval('svg.frame-narrow .map-node-label', (el) => el.getBoundingClientRect().height);
    assert.ok(labelSize >= 10, `labels stay legible (${labelSize}px high)`);
    await page.tap(narrowNode('ttp'));
    await until(page, (sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'true', narrowNode('ttp'));
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'still none with the panel open');
    await close();
  });

  test('the page shows the narrow frame before the app runs, and nothing moves when it starts', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true });
    context.setDefaultTimeout(TIMEOUT_MS);
    const page = await context.newPage();
    const errors = collectErrors(page);
    // Hold the wasm back, to see the page as it is before the app runs.
    const release = await holdWasm(page);
    await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    const measure = () =>
      page.evaluate(() => {
        const shown = [...document.querySelectorAll('.map-frames > svg.map-svg')].find((s) => s.getBoundingClientRect().width > 0);
        return {
          frame: shown?.dataset.frame,
          map: shown?.getBoundingClientRect().height,
          below: document.querySelector('section.sections').getBoundingClientRect().top + scrollY,
        };
      });
    const first = await measure();
    assert.equal(first.frame, 'narrow', 'the styles pick the narrow frame, with no script');
    release();
    await page.waitForSelector(HYDRATED, { state: 'attached' });
    const then = await measure();
    assert.deepEqual(then, first, 'the same frame, the same box, and what follows the map where it was');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('screenshots', { skip: !process.env.MAP_SHOTS }, () => {
  test('default, selected and filtered; wide and narrow; light and dark', async () => {
    const dir = process.env.MAP_SHOTS;
    mkdirSync(dir, { recursive: true });
    for (const width of [1280, 320]) {
      for (const scheme of ['light', 'dark']) {
        const { page, close } = await open('', { viewport: { width, height: width > 500 ? 900 : 720 }, colorScheme: scheme });
        const frame = width > 500 ? 'wide' : 'narrow';
        assert.equal(await page.evaluate(shownFrame), frame);
        const at = width > 500 ? node : narrowNode;
        const shot = (name) => page.locator('#actor-map').screenshot({ path: path.join(dir, `map-${name}-${width}-${scheme}.png`) });
        await shot('default');
        await page.click(at('ttp'));
        await until(page, (sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'true', at('ttp'));
        await page.mouse.move(0, 0);
        await shot('selected');
        await page.click(at('ttp'));
        await nothingSelected(page);
        await page.click('button.filter-button[data-filter="relation"][data-kind="accuses"]');
        await page.click('button.filter-button[data-filter="actor"][data-kind="population"]');
        await until(page, () => document.querySelectorAll('svg.frame-wide g.map-edge.rel-accuses:not(.is-hidden)').length === 0);
        await page.focus(`svg.frame-${frame} g.map-node[tabindex="0"]`);
        await page.keyboard.press('ArrowDown');
        await shot('filtered');
        await close();
      }
    }
  });
});
