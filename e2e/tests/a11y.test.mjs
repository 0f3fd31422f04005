// Accessibility audit: axe-core (WCAG 2.0/2.1 A and AA, and WCAG 2.2 AA so that target-size runs) in
// headless Chromium over every state a reader can put the page in: default, every section open, an
// actor or a line selected on the map, the map's text view, filters, the timeline and places, the embed
// code panel, a bad link's notice, a section's own page, the embed view (whole, and of one section), dark mode, 320 px, and the
// page without its app. Zero violations; incomplete results fail unless their rule is accepted below,
// with the reason, and then only for the nodes the reason covers.
//
// axe cannot find the background of text drawn in SVG over other shapes, so it leaves those labels
// "incomplete"; svgTextContrast() measures each of them instead (fill against its halo, or against the
// shape painted under it, with every ancestor's opacity applied).

import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collectErrors, siteAndBrowser, TIMEOUT_MS } from './support.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const HYDRATED = 'html[data-hydrated="true"]';

/** Incomplete rules we accept, why, and which nodes the reason covers. Any other incomplete fails. */
const ACCEPTED_INCOMPLETE = {
  'color-contrast': {
    reason:
      'axe cannot determine the background of SVG text drawn over other SVG shapes (the actor map, the ' +
      'locator map): it reports "contains an image node" or "overlapped by another element". Accepted ' +
      'for SVG text only; svgTextContrast() checks every such label against 4.5:1 (3:1 when large) itself.',
    covers: (node) => node.svg || node.decorativeGlyph,
    also:
      'Also accepted: a decorative glyph hidden from assistive technology ("✕" before "Close"), which axe ' +
      'skips as "only non-text characters", when it has exactly the colour and background of the text ' +
      'it sits in (which axe checks).',
  },
};

const site = siteAndBrowser();

/** Waits until no CSS transition or animation is running (faded map nodes fade in 150 ms). */
async function settle(page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

const click = async (page, selector) => {
  await page.click(selector);
  await settle(page);
};

/**
 * Every state to audit: where to go, how to open the page (viewport, colour scheme, scripts), and what
 * to do before the audit. `ready` is what to wait for after loading (the hydrated app by default).
 */
const STATES = [
  { name: 'default' },
  { name: 'every section expanded', act: (p) => click(p, 'text=Expand all') },
  {
    name: 'an actor selected on the map',
    act: async (p) => {
      await click(p, 'g.map-node[data-actor="ttp"]:visible');
      await p.waitForSelector('g.map-node[data-actor="ttp"][aria-pressed="true"]:visible');
    },
  },
  {
    name: 'a line selected on the map (from the actor panel)',
    act: async (p) => {
      await click(p, 'g.map-node[data-actor="ttp"]:visible');
      await click(p, '#map-detail .relation-button >> nth=0');
      await p.waitForSelector('g.map-edge.is-selected:visible');
    },
  },
  { name: 'the text view of the map', act: (p) => click(p, 'button.map-view-button[data-view="text"]') },
  { name: 'map filters applied', act: (p) => click(p, '.filter-button >> nth=0') },
  { name: 'a timeline event open', act: (p) => click(p, '.event-button >> nth=2') },
  { name: 'a place open', act: (p) => click(p, '.place-button >> nth=1') },
  { name: 'the embed code panel open', act: (p) => click(p, 'details.embed > summary') },
  { name: "a bad link's notice", path: '#no-such-section' },
  { name: "a section's own page", path: 'section/negotiation-rounds/' },
  { name: 'the embed view', path: 'embed/' },
  { name: 'the embed view, every section expanded', path: 'embed/', act: (p) => click(p, 'text=Expand all') },
  {
    name: 'an embed of one section, dark mode',
    path: 'embed/?section=negotiation-rounds',
    context: { colorScheme: 'dark' },
    act: (p) => p.waitForSelector('button.show-all'),
  },
  { name: 'dark mode', context: { colorScheme: 'dark' } },
  {
    name: 'dark mode, every section expanded and an actor selected',
    context: { colorScheme: 'dark' },
    act: async (p) => {
      await click(p, 'text=Expand all');
      await click(p, 'g.map-node[data-actor="pakistan"]:visible');
    },
  },
  {
    name: 'dark mode, text view, an event and a place open',
    context: { colorScheme: 'dark' },
    act: async (p) => {
      await click(p, 'button.map-view-button[data-view="text"]');
      await click(p, '.event-button >> nth=0');
      await click(p, '.place-button >> nth=0');
    },
  },
  { name: 'dark mode embed', path: 'embed/', context: { colorScheme: 'dark' } },
  { name: '320 px wide', context: { viewport: { width: 320, height: 640 } } },
  {
    name: '320 px wide, every section expanded and an actor selected',
    context: { viewport: { width: 320, height: 640 } },
    act: async (p) => {
      await click(p, 'text=Expand all');
      await click(p, 'g.map-node[data-actor="ttp"]:visible');
    },
  },
  {
    name: '320 px wide, dark, text view, an event and a place open',
    context: { viewport: { width: 320, height: 640 }, colorScheme: 'dark' },
    act: async (p) => {
      await click(p, 'button.map-view-button[data-view="text"]');
      await click(p, '.event-button >> nth=1');
      await click(p, '.place-button >> nth=1');
    },
  },
  {
    name: 'without the app (no WebAssembly): the pre-rendered page',
    init: () => delete window.WebAssembly,
    ready: 'html[data-js="failed"]',
  },
];

async function openState({ path = '', context = {}, init, ready = HYDRATED }) {
  const ctx = await site.browser.newContext(context);
  ctx.setDefaultTimeout(TIMEOUT_MS);
  if (init) await ctx.addInitScript(init);
  const page = await ctx.newPage();
  const errors = collectErrors(page);
  await page.goto(site.server.url + path);
  await page.waitForSelector(ready, { state: 'attached' });
  await settle(page);
  return { page, errors, close: () => ctx.close() };
}

/** For each incomplete node: is it SVG? (Only then can the accepted reason cover it.) */
async function describeNodes(page, nodes) {
  return Promise.all(
    nodes.map(async (node) => {
      const selector = node.target.at(-1);
      const { svg, decorativeGlyph } = await page.evaluate((sel) => {
        const el = document.querySelector(sel);
        const parent = el?.parentElement;
        const same = (a, b) => ['color', 'opacity'].every((p) => getComputedStyle(a)[p] === getComputedStyle(b)[p]);
        return {
          svg: el instanceof SVGElement,
          decorativeGlyph:
            !!el?.closest('[aria-hidden="true"]') && !/[\p{L}\p{N}]/u.test(el.textContent) && !!parent && same(el, parent) && !!parent.textContent.replace(el.textContent, '').trim(),
        };
      }, selector);
      return { selector, svg, decorativeGlyph, message: node.any[0]?.message ?? node.failureSummary };
    }),
  );
}

/**
 * The contrast of every visible SVG text on the page, as drawn: the text's fill against its halo (a
 * stroke painted under the fill, 2 px or wider) or else against the shape or box painted under it,
 * both composited with every ancestor's opacity. Returns those below 4.5:1 (3:1 for large text).
 */
function svgTextContrast(page) {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    /** Any CSS colour (rgb(), color(srgb …), color-mix results) as [r, g, b, a] in 0..1, or null. */
    const rgba = (css) => {
      if (!css || css === 'none' || css.startsWith('url(')) return null;
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = 'rgba(0, 0, 0, 0)';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return a === 0 ? null : [r / 255, g / 255, b / 255, a / 255];
    };
    const over = (top, alpha, under) => [0, 1, 2].map((i) => top[i] * alpha + under[i] * (1 - alpha));
    const luminance = (c) =>
      c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a, b) => {
      const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
      return (x + 0.05) / (y + 0.05);
    };
    const opacity = (el) => {
      let o = 1;
      for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    /** The colour painted under a point, ignoring `skip` and anything unpainted. */
    const backdrop = (x, y, skip) => {
      for (const el of document.elementsFromPoint(x, y)) {
        if (skip.contains(el)) continue;
        const style = getComputedStyle(el);
        const paint = el instanceof SVGElement && !(el instanceof SVGSVGElement) ? rgba(style.fill) : rgba(style.backgroundColor);
        if (!paint || el instanceof SVGGElement || el instanceof SVGTextElement) continue;
        const alpha = paint[3] * (el instanceof SVGElement ? Number(style.fillOpacity) : 1) * opacity(el);
        if (alpha >= 0.99) return paint.slice(0, 3);
      }
      return rgba(getComputedStyle(document.body).backgroundColor)?.slice(0, 3) ?? [1, 1, 1];
    };
    const failures = [];
    let checked = 0;
    for (const text of document.querySelectorAll('svg text')) {
      const box = text.getBoundingClientRect();
      const style = getComputedStyle(text);
      if (!text.textContent.trim() || box.width === 0 || style.visibility !== 'visible' || style.display === 'none') continue;
      if (text.closest('[hidden], [style*="display: none"]')) continue;
      const alpha = opacity(text) * Number(style.fillOpacity);
      if (alpha === 0) continue;
      const fill = rgba(style.fill);
      if (!fill) continue;
      checked++;
      const scale = text.getScreenCTM()?.a ?? 1;
      const px = parseFloat(style.fontSize) * scale;
      const large = px >= 24 || (px >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      const halo = style.paintOrder.startsWith('stroke') && parseFloat(style.strokeWidth) * scale >= 2 ? rgba(style.stroke) : null;
      let worst = Infinity;
      for (const [fx, fy] of [[0.5, 0.5], [0.25, 0.3], [0.75, 0.3], [0.25, 0.7], [0.75, 0.7]]) {
        const under = backdrop(box.left + box.width * fx, box.top + box.height * fy, text);
        const ground = halo && halo[3] === 1 ? over(halo, alpha, under) : under;
        worst = Math.min(worst, ratio(over(fill, alpha * fill[3], under), ground));
      }
      if (worst < needed) {
        const where = text.closest('[id]');
        failures.push(`"${text.textContent.trim()}" in #${where?.id}: ${worst.toFixed(2)}:1 < ${needed}:1 (${px.toFixed(1)} px)`);
      }
    }
    return { checked, failures };
  });
}

describe('axe-core audit (WCAG 2.2 AA tags), every state', () => {
  for (const state of STATES) {
    test(state.name, async (t) => {
      const { page, errors, close } = await openState(state);
      try {
        await state.act?.(page);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const violations = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n      ')}`,
        );
        const unexplained = [];
        let accepted = 0;
        for (const item of results.incomplete) {
          const rule = ACCEPTED_INCOMPLETE[item.id];
          for (const node of await describeNodes(page, item.nodes)) {
            if (rule?.covers(node)) accepted++;
            else unexplained.push(`${item.id}: ${node.selector}: ${node.message}`);
          }
        }
        const svg = await svgTextContrast(page);
        t.diagnostic(
          `${state.name}: ${results.violations.length} violations, ${results.incomplete.length} incomplete rules ` +
            `(${results.incomplete.map((i) => `${i.id} ×${i.nodes.length}`).join(', ') || 'none'}; ${accepted} nodes accepted), ` +
            `${results.passes.length} rules passed, ${svg.checked} SVG labels measured`,
        );
        const problems = [
          ...violations.map((v) => `axe violation ${v}`),
          ...unexplained.map((u) => `incomplete, no accepted reason covers it: ${u}`),
          ...svg.failures.map((f) => `SVG text below the contrast minimum: ${f}`),
        ];
        assert.deepEqual(problems, [], `accessibility problems:\n    ${problems.join('\n    ')}`);
        if (state.name === 'default') {
          assert.ok(results.passes.some((r) => r.id === 'target-size'), 'the WCAG 2.2 target-size rule ran and passed');
          assert.ok(svg.checked > 10, 'the map labels were measured');
        }
        assert.deepEqual(errors, [], `the page reported errors:\n  ${errors.join('\n  ')}`);
      } finally {
        await close();
      }
    });
  }
});
