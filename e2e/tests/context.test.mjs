// The context views as a reader uses them: the timeline of events and the locator map of places, by
// mouse and keyboard, their deep links, the links into the rest of the explainer, narrow screens, and
// screenshots (1280 and 320 px, light and dark) written to /tmp/shots/ for a look.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, openPage, startSiteServer, TIMEOUT_MS } from './support.mjs';

const SHOTS = process.env.E2E_SHOTS ?? '/tmp/shots';
let browser;
let server;
let events; // [{ id, actors: [id], sections: [id], place }], read from the pre-rendered page
let places; // [{ id, name, sections: [id], events: [id] }]

before(async () => {
  server = await startSiteServer();
  browser = await launchBrowser();
  const { page, close } = await open('', { hydrate: false });
  events = await page.$$eval('li.event', (els) =>
    els.map((el) => ({
      id: el.id.replace(/^event-/, ''),
      actors: [...el.querySelectorAll('a.actor-link')].map((a) => a.dataset.actor),
      sections: [...el.querySelectorAll('a.section-link')].map((a) => a.getAttribute('href').slice(1)),
      place: el.querySelector('a.place-link')?.getAttribute('href').replace(/^#place-/, '') ?? null,
    })),
  );
  places = await page.$$eval('li.place', (els) =>
    els.map((el) => ({
      id: el.id.replace(/^place-/, ''),
      name: el.querySelector('.place-name').textContent,
      sections: [...el.querySelectorAll('a.section-link')].map((a) => a.getAttribute('href').slice(1)),
      events: [...el.querySelectorAll('a.event-link')].map((a) => a.getAttribute('href').replace(/^#event-/, '')),
    })),
  );
  await close();
  assert.ok(events.length >= 3, 'the story has events');
  assert.ok(places.length >= 3, 'the story has places');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page (own context) on the site, with errors recorded. */
const open = (path = '', options = {}) => openPage(browser, server.url + path, options);

const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: TIMEOUT_MS });
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
/** Waits until the element with this id has focus. */
const focusOn = (page, id) => until(page, (id) => document.activeElement?.id === id, id);
const hash = (page) => new URL(page.url()).hash;
const expanded = (page, selector) => page.getAttribute(selector, 'aria-expanded');
const hasClass = (page, selector, name) => page.$eval(selector, (el, name) => el.classList.contains(name), name);
const eventButton = (id) => `#event-${id}-button`;
const placeButton = (id) => `#place-${id}-button`;
const marker = (id) => `g.locator-marker[data-place="${id}"]`;
/** The actor is marked selected on the map (node) or in its text view (entry). */
const actorSelected = (page, id) =>
  until(
    page,
    (id) => document.querySelector(`#map-node-${id}.is-selected, #actor-${id}.is-selected, [data-actor-selected="${id}"]`),
    id,
  );
/** Whether an element is in the viewport (at least partly). */
const inView = (page, selector) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  });

describe('timeline', () => {
  test('by mouse: an event opens, is marked and goes in the URL; another replaces it; a second click closes it', async () => {
    const { page, errors, close } = await open();
    const [a, b] = [events[2], events[4]];
    const historyLength = await page.evaluate(() => history.length);
    assert.equal(await page.isVisible(`#event-${a.id}-details`), false);
    assert.ok(await page.isVisible(`#event-${a.id} .event-description`), 'the one-line description is always shown');
    await page.click(eventButton(a.id));
    assert.equal(await expanded(page, eventButton(a.id)), 'true');
    assert.ok(await page.isVisible(`#event-${a.id}-details`));
    assert.ok(await hasClass(page, `#event-${a.id}`, 'is-selected'));
    assert.equal(hash(page), `#event-${a.id}`);
    await page.click(eventButton(b.id));
    assert.equal(await expanded(page, eventButton(a.id)), 'false');
    assert.equal(await page.isVisible(`#event-${a.id}-details`), false);
    assert.ok(await hasClass(page, `#event-${b.id}`, 'is-selected'));
    assert.equal(await page.locator('li.event.is-selected').count(), 1, 'one event at a time');
    assert.equal(hash(page), `#event-${b.id}`);
    await page.click(eventButton(b.id));
    assert.equal(await expanded(page, eventButton(b.id)), 'false');
    assert.equal(await page.locator('li.event.is-selected').count(), 0);
    assert.equal(hash(page), '', 'closing the event removes it from the URL');
    assert.equal(await page.evaluate(() => history.length), historyLength, 'no history entries pile up');
    assert.deepEqual(errors, []);
    await close();
  });

  test('by keyboard: Tab goes from event to event in order, Enter opens, Tab enters the details, Space closes', async () => {
    const { page, errors, close } = await open();
    await page.focus(eventButton(events[0].id));
    for (const event of events.slice(1)) {
      await page.keyboard.press('Tab');
      assert.equal(await focusedId(page), `event-${event.id}-button`, 'the next event, in date order');
    }
    const { id, actors } = events[1];
    await page.focus(eventButton(id));
    await page.keyboard.press('Enter');
    assert.equal(await expanded(page, eventButton(id)), 'true');
    assert.equal(hash(page), `#event-${id}`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.dataset.actor);
    assert.equal(focused, actors[0], 'the first link in the details is the first actor');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focusedId(page), `event-${id}-button`);
    await page.keyboard.press('Space');
    assert.equal(await expanded(page, eventButton(id)), 'false');
    assert.equal(await focusedId(page), `event-${id}-button`, 'focus stays on the button');
    assert.deepEqual(errors, []);
    await close();
  });

  test('#event-<id> on load opens that event, scrolls to it and focuses its button', async () => {
    const { id } = events[events.length - 2];
    const { page, errors, close } = await open(`#event-${id}`);
    await focusOn(page, `event-${id}-button`);
    assert.equal(await expanded(page, eventButton(id)), 'true');
    assert.ok(await page.isVisible(`#event-${id}-details`));
    assert.ok(await inView(page, eventButton(id)), 'scrolled into view');
    assert.deepEqual(errors, []);
    await close();
  });

  test('an actor on the timeline selects that actor on the map', async () => {
    const event = events.find((e) => e.actors.length > 1);
    const actor = event.actors[1];
    const { page, errors, close } = await open();
    await page.click(eventButton(event.id));
    await page.click(`#event-${event.id}-details a.actor-link[data-actor="${actor}"]`);
    await actorSelected(page, actor);
    assert.equal(hash(page), `#actor-${actor}`);
    assert.deepEqual(errors, []);
    await close();
  });

  test('a section link opens the section and focuses its heading', async () => {
    const event = events.find((e) => e.sections.length > 0);
    const section = event.sections[0];
    const { page, errors, close } = await open();
    await page.click(eventButton(event.id));
    await page.click(`#event-${event.id}-details a.section-link[href="#${section}"]`);
    await focusOn(page, `${section}-toggle`);
    assert.equal(await expanded(page, `#${section}-toggle`), 'true');
    assert.equal(hash(page), `#${section}`);
    assert.deepEqual(errors, []);
    await close();
  });

  test('"Where" opens the place on the map', async () => {
    const event = events.find((e) => e.place);
    const { page, errors, close } = await open();
    await page.click(eventButton(event.id));
    await page.click(`#event-${event.id}-details a.place-link`);
    await focusOn(page, `place-${event.place}-button`);
    assert.equal(hash(page), `#place-${event.place}`);
    assert.equal(await expanded(page, placeButton(event.place)), 'true');
    assert.ok(await hasClass(page, marker(event.place), 'is-selected'));
    assert.deepEqual(errors, []);
    await close();
  });

  test('horizontal on wide screens, vertical on narrow ones, with the same list', async () => {
    for (const [width, direction] of [[1280, 'row'], [320, 'column']]) {
      const { page, errors, close } = await open('', { contextOptions: { viewport: { width, height: 900 } } });
      const boxes = await page.$$eval('li.event', (els) => els.map((el) => el.getBoundingClientRect().toJSON()));
      assert.equal(boxes.length, events.length);
      for (let i = 1; i < boxes.length; i++) {
        const [p, q] = [boxes[i - 1], boxes[i]];
        if (direction === 'row') {
          assert.ok(Math.abs(p.top - q.top) < 1 && q.left >= p.right - 1, `${width}: event ${i} to the right of ${i - 1}`);
        } else {
          assert.ok(Math.abs(p.left - q.left) < 1 && q.top >= p.bottom - 1, `${width}: event ${i} below ${i - 1}`);
        }
      }
      assert.deepEqual(errors, []);
      await close();
    }
  });
});

describe('places', () => {
  test('by mouse on the map: a marker or its label selects the place in the list and on the map', async () => {
    const { page, errors, close } = await open('', { contextOptions: { viewport: { width: 1280, height: 900 } } });
    // The two places furthest apart on the drawing are clear of their neighbours.
    const pos = await page.$$eval('g.locator-marker', (els) =>
      els.map((el) => ({ id: el.dataset.place, ...el.getBoundingClientRect().toJSON() })),
    );
    const west = pos.reduce((a, b) => (b.x < a.x ? b : a));
    await page.click(`${marker(west.id)} circle.locator-pin`);
    assert.equal(hash(page), `#place-${west.id}`);
    assert.ok(await hasClass(page, marker(west.id), 'is-selected'));
    assert.ok(await hasClass(page, `#place-${west.id}`, 'is-selected'));
    assert.equal(await expanded(page, placeButton(west.id)), 'true');
    assert.ok(await page.isVisible(`#place-${west.id}-details .place-description`));
    const other = places.find((p) => p.id !== west.id);
    await page.click(`g.locator-set-wide text.locator-label[data-place="${other.id}"]`);
    assert.ok(await hasClass(page, marker(other.id), 'is-selected'));
    assert.equal(await hasClass(page, marker(west.id), 'is-selected'), false, 'one place at a time');
    assert.equal(await page.locator('g.locator-marker.is-selected').count(), 1);
    await page.click(`g.locator-set-wide text.locator-label[data-place="${other.id}"]`);
    assert.equal(await page.locator('g.locator-marker.is-selected').count(), 0, 'a second click clears it');
    assert.equal(hash(page), '');
    assert.deepEqual(errors, []);
    await close();
  });

  test('by keyboard in the list: Enter opens a place (and marks it on the map), Space closes it', async () => {
    const { page, errors, close } = await open();
    const { id } = places[2];
    await page.focus(placeButton(places[0].id));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), `place-${id}-button`, 'the list buttons are in order, the map is not in the way');
    await page.keyboard.press('Enter');
    assert.equal(await expanded(page, placeButton(id)), 'true');
    assert.ok(await hasClass(page, marker(id), 'is-selected'));
    assert.equal(hash(page), `#place-${id}`);
    await page.keyboard.press('Space');
    assert.equal(await expanded(page, placeButton(id)), 'false');
    assert.equal(await hasClass(page, marker(id), 'is-selected'), false);
    assert.deepEqual(errors, []);
    await close();
  });

  test('#place-<id> on load opens that place, marks it on the map and focuses it', async () => {
    const { id } = places[places.length - 1];
    const { page, errors, close } = await open(`#place-${id}`);
    await focusOn(page, `place-${id}-button`);
    assert.equal(await expanded(page, placeButton(id)), 'true');
    assert.ok(await hasClass(page, marker(id), 'is-selected'));
    assert.ok(await inView(page, placeButton(id)));
    assert.deepEqual(errors, []);
    await close();
  });

  test("a place's section link opens the section; its event link opens the event", async () => {
    const place = places.find((p) => p.sections.length && p.events.length);
    const { page, errors, close } = await open();
    await page.click(placeButton(place.id));
    await page.click(`#place-${place.id}-details a.section-link[href="#${place.sections[0]}"]`);
    await focusOn(page, `${place.sections[0]}-toggle`);
    assert.equal(await expanded(page, `#${place.sections[0]}-toggle`), 'true');
    assert.equal(hash(page), `#${place.sections[0]}`);
    await page.click(`#place-${place.id}-details a.event-link[href="#event-${place.events[0]}"]`);
    await focusOn(page, `event-${place.events[0]}-button`);
    assert.equal(await expanded(page, eventButton(place.events[0])), 'true');
    assert.equal(hash(page), `#event-${place.events[0]}`);
    assert.deepEqual(errors, []);
    await close();
  });

  for (const width of [1280, 320]) {
    test(`${width} px: the labels shown do not overlap each other or the markers, and targets are big enough`, async () => {
      const { page, errors, close } = await open('', { contextOptions: { viewport: { width, height: 900 } } });
      const set = width > 480 ? 'wide' : 'narrow';
      assert.ok(await page.isVisible(`g.locator-set-${set}`));
      assert.equal(await page.isVisible(`g.locator-set-${set === 'wide' ? 'narrow' : 'wide'}`), false);
      const boxes = await page.$$eval(`g.locator-set-${set} text`, (els) =>
        els.map((el) => ({ text: el.textContent, ...el.getBoundingClientRect().toJSON() })),
      );
      const pins = await page.$$eval('circle.locator-pin', (els) =>
        els.map((el) => ({ text: `pin ${el.closest('g.locator-marker').dataset.place}`, ...el.getBoundingClientRect().toJSON() })),
      );
      const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      for (const [i, a] of boxes.entries()) {
        for (const b of [...boxes.slice(i + 1), ...pins]) assert.ok(!overlap(a, b), `"${a.text}" overlaps "${b.text}"`);
      }
      assert.ok(boxes.filter((b) => b.text && !/km$/.test(b.text)).length >= places.length, 'every place is labelled');
      const svg = await page.$eval('svg.locator-map', (el) => el.getBoundingClientRect().toJSON());
      for (const b of boxes) assert.ok(b.left >= svg.left - 0.5 && b.right <= svg.right + 0.5, `"${b.text}" stays in the map`);
      // Markers' hit areas and the list's buttons are at least 24 x 24 px.
      const hits = await page.$$eval('circle.locator-hit', (els) => els.map((el) => el.getBoundingClientRect().toJSON()));
      for (const h of hits) assert.ok(h.width >= 24 && h.height >= 24, `marker target ${h.width}x${h.height}`);
      const buttons = await page.$$eval('button.place-button, button.event-button', (els) => els.map((el) => el.getBoundingClientRect().toJSON()));
      for (const b of buttons) assert.ok(b.width >= 24 && b.height >= 24, `button ${b.width}x${b.height}`);
      assert.deepEqual(errors, []);
      await close();
    });
  }
});

describe('narrow screens, no scripts, and a look', () => {
  test('320 px with an event and a place open: no horizontal scroll', async () => {
    const event = events.find((e) => e.actors.length > 2) ?? events[0];
    const { page, errors, close } = await open(`#event-${event.id}`, { contextOptions: { viewport: { width: 320, height: 700 } } });
    await focusOn(page, `event-${event.id}-button`);
    await page.click(placeButton(places[0].id));
    assert.ok(await page.isVisible(`#place-${places[0].id}-details`));
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= 320, `scrollWidth ${scroll}`);
    assert.deepEqual(errors, []);
    await close();
  });

  test('without scripts every event and place shows its details', async () => {
    const { page, close } = await open('', { contextOptions: { javaScriptEnabled: false }, hydrate: false });
    for (const { id } of events) assert.ok(await page.isVisible(`#event-${id}-details`), id);
    for (const { id } of places) assert.ok(await page.isVisible(`#place-${id}-details`), id);
    assert.equal(await page.isVisible('.context-hint'), false, 'no "choose" hint when nothing can be chosen');
    await close();
  });

  test('screenshots: 1280 and 320 px, light and dark, with an event and a place chosen', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const event = events[2];
    const place = places[1];
    for (const width of [1280, 320]) {
      for (const colorScheme of ['light', 'dark']) {
        const { page, errors, close } = await open(`#event-${event.id}`, { contextOptions: { viewport: { width, height: 900 } } });
        await page.emulateMedia({ colorScheme });
        await focusOn(page, `event-${event.id}-button`);
        await page.click(placeButton(place.id));
        await page.evaluate(() => document.activeElement?.blur());
        await page.locator('section.timeline').screenshot({ path: `${SHOTS}/context-timeline-${width}-${colorScheme}.png` });
        await page.locator('section.places').screenshot({ path: `${SHOTS}/context-places-${width}-${colorScheme}.png` });
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scroll <= width, `${width} ${colorScheme}: scrollWidth ${scroll}`);
        assert.deepEqual(errors, []);
        await close();
      }
    }
  });
});
