// The page by keyboard alone: from the top, Tab and Shift+Tab reach every control in order, and Enter,
// Space, the arrow keys and Escape use each of them. After every key press the focus must be visible
// (an outline or box-shadow from getComputedStyle, or, on the actor map's SVG nodes, their drawn focus
// ring) and in view, and must not fall back to <body> after an action that keeps it.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collectErrors, siteAndBrowser, TIMEOUT_MS } from './support.mjs';

const HYDRATED = 'html[data-hydrated="true"]';
/** The most Tab presses a walk may take before we call it a trap. */
const MAX_STEPS = 250;

const site = siteAndBrowser();

async function open(path = '', contextOptions = {}) {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], ...contextOptions });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(site.server.url + path);
  await page.waitForSelector(HYDRATED, { state: 'attached' });
  return {
    page,
    async close() {
      assert.deepEqual(errors, [], `the page reported errors:\n  ${errors.join('\n  ')}`);
      await context.close();
    },
  };
}

/**
 * A key for an element that stays the same while the element lives: tag, id, accessible-ish name and
 * a serial number kept on the element itself (so a re-created element is a different one).
 */
const KEY = `(el) => {
  window.__keySerial ??= 0;
  el.__key ??= ++window.__keySerial;
  const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' (' + el.__key + ') "' + name + '"';
}`;

/** What has focus: its key, whether the focus is drawn (and how), and whether it is in view. */
function focused(page) {
  return page.evaluate((keySource) => {
    const keyOf = eval(keySource);
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { body: true, key: 'body' };
    const key = keyOf(el);
    const style = getComputedStyle(el);
    const transparent = (c) => /rgba\(.*,\s*0\)$/.test(c) || c === 'transparent';
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && !transparent(style.outlineColor);
    const shadow = style.boxShadow !== 'none';
    // The actor map's nodes are SVG groups: they draw their own ring instead of an outline.
    const ring = el.querySelector(':scope > .map-node-ring');
    const drawnRing = !!ring && getComputedStyle(ring).visibility === 'visible' && Number(getComputedStyle(ring).strokeWidth.replace('px', '')) >= 2;
    const box = el.getBoundingClientRect();
    const inView = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth && (box.width > 0 || box.height > 0);
    return { body: false, key, id: el.id, tag: el.tagName.toLowerCase(), visible: outline || shadow || drawnRing, how: outline ? 'outline' : shadow ? 'box-shadow' : drawnRing ? 'ring' : 'none', inView };
  }, KEY);
}

/** Asserts that focus is on an element, drawn and in view (after any smooth scroll); returns it. */
async function assertFocusShown(page, after) {
  let f = await focused(page);
  for (let i = 0; i < 40 && !f.body && !f.inView; i++) {
    await page.waitForTimeout(50);
    f = await focused(page);
  }
  assert.equal(f.body, false, `focus fell back to <body> after ${after}`);
  assert.ok(f.visible, `no visible focus indicator on ${f.key} after ${after}`);
  assert.ok(f.inView, `${f.key} has focus but is out of view after ${after}`);
  return f;
}

/** Presses `key` and checks that focus stays shown (and, unless told otherwise, where it was). */
async function press(page, key, { stays = true } = {}) {
  const before = await focused(page);
  await page.keyboard.press(key);
  await page.waitForTimeout(30);
  const now = await assertFocusShown(page, `${key} on ${before.key}`);
  if (stays) assert.equal(now.key, before.key, `${key} moved focus from ${before.key} to ${now.key}`);
  return now;
}

/** Tabs (or Shift+Tabs) from where focus is until `selector` has it, checking every stop. */
async function tabTo(page, selector, { back = false } = {}) {
  for (let i = 0; i < MAX_STEPS; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await assertFocusShown(page, back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel), selector)) return f;
  }
  assert.fail(`${selector} not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${MAX_STEPS} steps`);
}

/** Every element that should be a Tab stop now: focusable, shown, not disabled, not inert. */
function expectedTabStops(page) {
  return page.evaluate((keySource) => {
    const keyOf = eval(keySource);
    const candidates = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]');
    return [...candidates]
      .filter((el) => el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }))
      // A radio group is one stop: its checked radio.
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
      .map(keyOf);
  }, KEY);
}

const attr = (page, selector, name) => page.getAttribute(selector, name);
const activeMatches = (page, selector) => page.evaluate((sel) => !!document.activeElement?.matches(sel), selector);

describe('Tab order', () => {
  test('Tab from the top reaches every control, in order, with focus shown; Shift+Tab walks back', async () => {
    const { page, close } = await open();
    // Open every disclosure first, so that their controls are in the walk too.
    await page.click('text=Expand all');
    await page.click('details.embed > summary');
    await page.$$eval('details.term', (all) => all.forEach((d) => (d.open = true)));
    // Start from the top: a click on the page's corner moves the sequential focus starting point there.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.click(1, 1);
    const forward = [];
    for (let i = 0; i < MAX_STEPS; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.body || forward.includes(f.key)) break; // past the last control, or round again
      assert.ok(f.visible, `no visible focus indicator on ${f.key} (Tab stop ${i + 1})`);
      assert.ok(f.inView, `${f.key} is focused out of view (Tab stop ${i + 1})`);
      forward.push(f.key);
    }
    assert.ok(forward.length < MAX_STEPS, 'Tab comes to an end (no trap)');
    const expected = await expectedTabStops(page);
    assert.deepEqual(forward, expected, 'Tab visits exactly the focusable controls, in document order');
    // The map is one Tab stop (its other nodes are reached with the arrow keys).
    assert.equal(forward.filter((k) => k.startsWith('g#map-node-')).length, 1);

    const backward = [];
    await page.keyboard.press('Shift+Tab'); // back from past the end onto the last control
    for (let i = 0; i < forward.length; i++) {
      const f = await focused(page);
      assert.equal(f.body, false, `Shift+Tab lost focus after ${backward.at(-1)}`);
      assert.ok(f.visible, `no visible focus indicator on ${f.key} (Shift+Tab)`);
      backward.push(f.key);
      if (i < forward.length - 1) await page.keyboard.press('Shift+Tab');
    }
    assert.deepEqual(backward, [...forward].reverse(), 'Shift+Tab visits the same stops in reverse');
    await close();
  });
});

describe('using every control from the keyboard', () => {
  test('the skip link moves focus to the sections without touching the address', async () => {
    const { page, close } = await open();
    const f = await tabTo(page, '.skip-link');
    assert.equal(f.tag, 'a');
    await press(page, 'Enter', { stays: false });
    assert.ok(await activeMatches(page, '#sections-title'), 'focus is on the sections heading');
    assert.equal(new URL(page.url()).hash, '');
    assert.equal((await page.textContent('.notice-region')).trim(), '', 'no "could not follow" notice');
    // The next Tab continues from there: the first control of the sections.
    await tabTo(page, 'button');
    assert.equal((await page.evaluate(() => document.activeElement.textContent)).trim(), 'Expand all');
    await close();
  });

  test('a table-of-contents link opens its section and focuses the section toggle', async () => {
    const { page, close } = await open();
    await tabTo(page, '.toc a');
    await tabTo(page, '.toc li:nth-child(3) a');
    const id = (await attr(page, '.toc li:nth-child(3) a', 'href')).slice(1);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.id === `${id}-toggle`, id);
    await assertFocusShown(page, 'Enter on a table-of-contents link');
    assert.equal(await attr(page, `#${id}-toggle`, 'aria-expanded'), 'true');
    await close();
  });

  test('map view switch: Enter and Space change the view, focus stays', async () => {
    const { page, close } = await open();
    await tabTo(page, 'button.map-view-button[data-view="text"]');
    await press(page, 'Enter');
    assert.equal(await attr(page, 'button.map-view-button[data-view="text"]', 'aria-pressed'), 'true');
    assert.ok(await page.isVisible('.map-text-view'));
    await tabTo(page, 'button.map-view-button[data-view="map"]', { back: true });
    await press(page, 'Space');
    assert.equal(await attr(page, 'button.map-view-button[data-view="map"]', 'aria-pressed'), 'true');
    assert.ok(await page.isVisible('svg.map-svg'));
    await close();
  });

  test('actor map: one Tab stop, arrows and Home/End move, Enter and Space select, Escape clears', async () => {
    const { page, close } = await open();
    const first = await tabTo(page, 'g.map-node');
    assert.equal(first.how, 'ring', 'the node draws its focus ring');
    const seen = new Set([first.id]);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'End', 'Home', 'ArrowDown', 'ArrowRight']) {
      const f = await press(page, key, { stays: false });
      assert.match(f.id, /^map-node-/, `${key} keeps focus on the map`);
      seen.add(f.id);
    }
    assert.ok(seen.size >= 4, `the arrows move between nodes (visited ${[...seen].join(', ')})`);
    const here = (await focused(page)).id;
    await press(page, 'Enter');
    assert.equal(await attr(page, `#${here}`, 'aria-pressed'), 'true', 'Enter selects the actor');
    assert.ok(await page.isVisible('#map-detail .map-detail-close'));
    assert.equal(new URL(page.url()).hash, `#actor-${here.slice('map-node-'.length)}`);
    // Into the panel: its controls are the next Tab stops; Escape there clears and returns to the map.
    await tabTo(page, '#map-detail .relation-button');
    await press(page, 'Enter', { stays: false });
    assert.equal(await page.locator('svg.frame-wide g.map-edge.is-selected').count(), 1, 'Enter on a relation selects its line');
    assert.ok(await activeMatches(page, '#map-detail *'), 'focus moves to the panel, which now explains the line');
    await press(page, 'Escape', { stays: false });
    assert.ok(await activeMatches(page, 'g.map-node'), 'Escape in the panel puts focus back on the map');
    assert.equal(await page.locator('g.map-node.is-selected, g.map-edge.is-selected').count(), 0, 'nothing selected');
    // Space selects too, and Escape on the node clears.
    await press(page, 'Space');
    // The wide frame is the one shown (and marked like the narrow one, which is not).
    assert.equal(await page.locator('svg.frame-wide g.map-node[aria-pressed="true"]').count(), 1);
    await press(page, 'Escape');
    assert.equal(await page.locator('g.map-node[aria-pressed="true"]').count(), 0);
    // The Close button, with Enter.
    await press(page, 'Enter');
    await tabTo(page, '#map-detail .map-detail-close');
    await press(page, 'Enter', { stays: false });
    assert.ok(await activeMatches(page, 'g.map-node'), 'Close puts focus back on the map');
    assert.equal(await page.locator('g.map-node[aria-pressed="true"]').count(), 0);
    await close();
  });

  test("actor map panel: Enter and Space open and close an actor's further quotes", async () => {
    const { page, close } = await open('#actor-pakistan');
    await page.waitForSelector('#map-detail details.map-more-quotes');
    await tabTo(page, '#map-detail details.map-more-quotes > summary');
    await press(page, 'Enter');
    assert.equal(await page.$eval('#map-detail details.map-more-quotes', (d) => d.open), true, 'Enter opens the quotes');
    // The first link inside is the next Tab stop: the quotes' section links are reachable.
    await page.keyboard.press('Tab');
    await assertFocusShown(page, 'Tab into the quotes');
    assert.ok(await activeMatches(page, '#map-detail details.map-more-quotes a.section-link'));
    await tabTo(page, '#map-detail details.map-more-quotes > summary', { back: true });
    await press(page, 'Space');
    assert.equal(await page.$eval('#map-detail details.map-more-quotes', (d) => d.open), false, 'Space closes them');
    await close();
  });

  test('legend filters: Space and Enter toggle them, focus stays', async () => {
    const { page, close } = await open();
    const button = await tabTo(page, '.filter-button');
    const before = await page.evaluate(() => document.activeElement.getAttribute('aria-pressed'));
    await press(page, 'Space');
    assert.notEqual(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), before);
    await press(page, 'Enter');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), before);
    assert.equal((await focused(page)).key, button.key);
    await close();
  });

  test('sections: expand all, collapse all, toggles, actor links, terms and copy link', async () => {
    const { page, close } = await open();
    await tabTo(page, '.sections-controls button');
    await press(page, 'Enter');
    assert.equal(await page.locator('.section-toggle[aria-expanded="false"]').count(), 0, 'Expand all opens every section');
    await press(page, 'Enter'); // pressing it again does nothing, and keeps focus
    await tabTo(page, '.sections-controls button:nth-child(2)');
    await press(page, 'Space');
    assert.equal(await page.locator('.section-toggle[aria-expanded="true"]').count(), 0, 'Collapse all closes them');
    const toggle = await tabTo(page, '.section-toggle');
    await press(page, 'Enter');
    assert.equal(await attr(page, `#${toggle.id}`, 'aria-expanded'), 'true');
    await press(page, 'Space');
    assert.equal(await attr(page, `#${toggle.id}`, 'aria-expanded'), 'false');
    await press(page, 'Enter');
    const id = toggle.id.replace(/-toggle$/, '');
    // Inside the open section: a term (a native disclosure), then the copy-link button.
    await tabTo(page, `#${id}-body details.term > summary`);
    await press(page, 'Enter');
    assert.equal(await page.$eval(`#${id}-body details.term`, (d) => d.open), true);
    await press(page, 'Space');
    assert.equal(await page.$eval(`#${id}-body details.term`, (d) => d.open), false);
    await tabTo(page, `#${id}-body .copy-link`);
    await press(page, 'Enter');
    await page.waitForSelector(`#${id}-body .share-status:has-text("Link copied")`);
    await assertFocusShown(page, 'copying the link');
    // Back to an actor link with Shift+Tab: Enter shows the actor on the map and focuses its node.
    await tabTo(page, `#${id}-body a.actor-link`, { back: true });
    const actor = await page.evaluate(() => document.activeElement.dataset.actor);
    await page.keyboard.press('Enter');
    await page.waitForFunction((a) => document.activeElement?.id === `map-node-${a}`, actor);
    await assertFocusShown(page, 'Enter on an actor link');
    assert.equal(await attr(page, `#map-node-${actor}`, 'aria-pressed'), 'true');
    await press(page, 'Escape');
    assert.equal(await attr(page, `#map-node-${actor}`, 'aria-pressed'), 'false');
    await close();
  });

  for (const { view, button, link } of [
    { view: 'timeline: an event', button: '.event-button', link: '.event-details .section-link' },
    { view: 'places: a place', button: '.place-button', link: '.place-details .section-link' },
  ]) {
    test(`${view}: Enter and Space show and hide it; a section link in it opens the section`, async () => {
      const { page, close } = await open();
      const shown = await tabTo(page, button);
      await press(page, 'Enter');
      assert.equal(await attr(page, `#${shown.id}`, 'aria-expanded'), 'true');
      await press(page, 'Space');
      assert.equal(await attr(page, `#${shown.id}`, 'aria-expanded'), 'false');
      await press(page, 'Space');
      await tabTo(page, link);
      const section = (await page.evaluate(() => document.activeElement.getAttribute('href'))).slice(1);
      await page.keyboard.press('Enter');
      await page.waitForFunction((s) => document.activeElement?.id === `${s}-toggle`, section);
      await assertFocusShown(page, `Enter on a section link (${view})`);
      assert.equal(await attr(page, `#${section}-toggle`, 'aria-expanded'), 'true');
      await close();
    });
  }

  test('embed code: the disclosure, the select and radios with arrow keys, and the copy button', async () => {
    const { page, close } = await open();
    await tabTo(page, 'details.embed > summary', { back: true });
    await press(page, 'Enter');
    assert.equal(await page.$eval('details.embed', (d) => d.open), true);
    const code = () => page.inputValue('#embed-code');
    const whole = await code();
    await tabTo(page, 'details.embed select');
    await press(page, 'ArrowDown');
    assert.match(await code(), /embed\/\?section=/, 'a section chosen with the arrow key');
    await tabTo(page, 'details.embed input[type="radio"]');
    await press(page, 'ArrowDown', { stays: false });
    assert.match(await code(), /data-pym-src=/, 'pym.js chosen with the arrow key');
    await press(page, 'ArrowUp', { stays: false });
    assert.doesNotMatch(await code(), /data-pym-src=/);
    await tabTo(page, 'details.embed .text-button');
    await press(page, 'Enter');
    await page.waitForSelector('.embed .share-status:has-text("copied")');
    assert.notEqual(await code(), whole);
    await tabTo(page, 'details.embed > summary', { back: true });
    await press(page, 'Space');
    assert.equal(await page.$eval('details.embed', (d) => d.open), false);
    await close();
  });

  test("a bad link's notice: Dismiss with Enter keeps focus on the page", async () => {
    const { page, close } = await open('#no-such-section');
    await tabTo(page, '.notice button');
    await press(page, 'Enter', { stays: false });
    assert.equal((await page.textContent('.notice-region')).trim(), '');
    assert.ok(await activeMatches(page, 'h1'), 'focus goes to the headline above the notice');
    // And Tab goes on from there.
    await tabTo(page, '.toc a');
    await close();
  });

  test('at 320 px wide, the walk to the map and a selection work the same', async () => {
    const { page, close } = await open('', { viewport: { width: 320, height: 640 } });
    await tabTo(page, 'g.map-node');
    await press(page, 'ArrowDown', { stays: false });
    await press(page, 'Enter');
    // The narrow frame is the one shown (and marked like the wide one, which is not).
    assert.equal(await page.locator('svg.frame-narrow g.map-node[aria-pressed="true"]').count(), 1);
    await press(page, 'Escape');
    await close();
  });
});

test('no keyboard trap: Tab always moves on within a few steps', { timeout: TIMEOUT_MS * 6 }, async () => {
  const { page, close } = await open();
  await page.click('text=Expand all');
  await page.mouse.click(1, 1);
  let last = '';
  for (let i = 0; i < MAX_STEPS; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.body) break;
    assert.notEqual(f.key, last, `Tab stayed on ${f.key}`);
    last = f.key;
  }
  await close();
});
