// Smoke test of the built site: it loads without errors, hydrates, shows the story, and a section
// opens. Expects dist/ from `cargo xtask dist` (run by `cargo xtask test`).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openSite, TIMEOUT_MS } from './support.mjs';

/** What the app renders (src/ui/): adjust here if the markup changes. */
const SELECTORS = {
  /** Set on <html> by the app once hydration has finished. */
  hydrated: 'html[data-hydrated="true"]',
  title: 'h1',
  /** One element per section of the statement (src/ui/section.rs). */
  section: '[data-section]',
  /** The heading of a section, inside it. */
  sectionHeading: '.section-heading, h2, h3',
  /** The accordion toggle of a section, inside it. */
  sectionToggle: 'button[aria-expanded]',
};
const EXPECTED_SECTIONS = 7;

let site;

before(async () => {
  site = await openSite();
  await site.page.goto(site.url);
});

after(() => site?.close());

test('the page hydrates', async () => {
  await site.page.waitForSelector(SELECTORS.hydrated, { state: 'attached', timeout: TIMEOUT_MS });
});

test('the title is shown', async () => {
  const title = (await site.page.locator(SELECTORS.title).first().textContent())?.trim();
  assert.ok(title, 'the <h1> is empty');
});

test(`there are ${EXPECTED_SECTIONS} sections, each with a heading`, async () => {
  const sections = site.page.locator(SELECTORS.section);
  assert.equal(await sections.count(), EXPECTED_SECTIONS);
  for (let i = 0; i < EXPECTED_SECTIONS; i++) {
    const heading = (await sections.nth(i).locator(SELECTORS.sectionHeading).first().textContent())?.trim();
    assert.ok(heading, `section ${i + 1} has an empty heading`);
  }
});

test("the first section's toggle opens it", async () => {
  await site.page.waitForSelector(SELECTORS.hydrated, { state: 'attached' });
  const toggle = site.page.locator(SELECTORS.section).first().locator(SELECTORS.sectionToggle).first();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  await site.page.waitForFunction(
    ([section, button]) => document.querySelector(section)?.querySelector(button)?.getAttribute('aria-expanded') === 'true',
    [SELECTORS.section, SELECTORS.sectionToggle],
  );
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
});

test('no console errors, uncaught exceptions or failed requests', () => {
  site.assertNoErrors();
});
