// Benchmark (not a test): the built site against a plain static HTML page of the same text.
// Run by `cargo xtask bench`, which builds dist/ first; or on its own: node e2e/bench.mjs [dist]
//
//   --runs N     page loads per page and measure (default 15, at least 10)
//   --record     also put the results at the top of BENCHMARKS.md
//   --no-lighthouse
//
// The baseline is dist/index.html with every script, modulepreload and preload removed: the same
// pre-rendered text and styles, no JS, no wasm. Both are served from this machine by e2e/server.mjs.
//
// Measured in headless Chromium (Debian's), each load in a fresh browser context (cold cache):
// - transfer: every response's body, raw and gzip -9 (zlib level 9), summed;
// - first contentful paint (Paint Timing);
// - interactive: when <html data-hydrated="true"> appears (the app has hydrated);
// - interaction latency of opening a section and of selecting an actor on the map, by real (trusted)
//   clicks: from the input event's timestamp to after the next frame is painted; and the Event Timing
//   API's entries (PerformanceObserver, type 'event', durationThreshold 16 ms: slower ones only), with
//   the time spent in the event handlers (processingEnd - processingStart) apart;
// - the same for a native <details> on both pages, opened by the browser alone: the floor that this
//   machine's rendering and frame clock put under any interaction's figure;
// medians over the loads. Then Lighthouse 12 (its default mobile preset: simulated slow 4G and 4x CPU
// slowdown) performance and accessibility scores, run programmatically with Debian's Chromium.

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './tests/support.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

function parseArgs(argv) {
  const options = { dist: path.join(ROOT, 'dist'), runs: 15, record: false, lighthouse: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--record') options.record = true;
    else if (arg === '--no-lighthouse') options.lighthouse = false;
    else if (!arg.startsWith('--')) options.dist = path.resolve(arg);
    else throw new Error(`unknown argument ${arg}\nusage: node e2e/bench.mjs [dist] [--runs N] [--record] [--no-lighthouse]`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 10) throw new Error('--runs: at least 10 loads');
  if (!existsSync(path.join(options.dist, 'index.html'))) throw new Error(`${options.dist}/index.html is missing: run \`cargo xtask dist\``);
  return options;
}

/** dist/index.html without scripts, module preloads and preloads, with the files it still uses. */
export function makeBaseline(dist) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'explainer-baseline-'));
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>\s*/gi, '');
  writeFileSync(path.join(dir, 'index.html'), html);
  for (const name of readdirSync(dist)) {
    const file = path.join(dist, name);
    if (statSync(file).isFile() && html.includes(name) && name !== 'index.html') copyFileSync(file, path.join(dir, name));
  }
  return dir;
}

const median = (values) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** Installed before the page's own scripts: records when the app marks itself hydrated. */
function instrument() {
  window.__bench = { hydrated: null, latencies: [], events: [], lcp: null };
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    const el = last.element;
    const name = el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList?.length ? `.${[...el.classList].join('.')}` : ''}` : '(removed)';
    window.__bench.lcp = { time: last.startTime, element: name };
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver(() => {
    if (window.__bench.hydrated === null && document.documentElement.getAttribute('data-hydrated') === 'true') {
      window.__bench.hydrated = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] }); // <html> may not exist yet
  // Input → next painted frame, for trusted clicks (the capture listener on window runs first).
  addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__bench.latencies.push(performance.now() - start)));
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__bench.events.push({ name: e.name, duration: e.duration, processing: e.processingEnd - e.processingStart, interactionId: e.interactionId });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

async function measureLoad(browser, url, { app }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(url, { waitUntil: 'load' });
  if (app) await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached', timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(async () => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const nav = performance.getEntriesByType('navigation')[0];
    return { fcp, lcp: window.__bench.lcp?.time ?? null, lcpElement: window.__bench.lcp?.element ?? '—', hydrated: window.__bench.hydrated, load: nav.loadEventEnd };
  });
  const result = { ...timing, openSection: null, selectActor: null, openSectionEvent: null, selectActorEvent: null };
  const interact = async (selector, settled) => {
      await page.evaluate(() => {
        window.__bench.latencies = [];
        window.__bench.events = [];
      });
      await page.click(selector);
      await page.waitForFunction(settled, null, { timeout: 10_000 });
      await page.waitForFunction(() => window.__bench.latencies.length > 0);
      await page.waitForTimeout(100); // let Event Timing deliver its entries
      return page.evaluate(() => ({
        latency: window.__bench.latencies[0],
        event: Math.max(0, ...window.__bench.events.filter((e) => e.interactionId > 0).map((e) => e.duration)),
        // Script time: the handlers of the interaction's events (pointerdown to click), summed.
        processing: window.__bench.events.filter((e) => e.interactionId > 0).reduce((sum, e) => sum + e.processing, 0),
      }));
  };
  if (app) {
    const section = await page.$eval('section.section', (el) => el.id);
    const open = await interact(`#${section}-toggle`, () => document.querySelector('.section-toggle[aria-expanded="true"]') !== null);
    const actor = await interact('g.map-node[data-actor]', () => document.querySelector('g.map-node[aria-pressed="true"]') !== null);
    Object.assign(result, {
      openSection: open.latency,
      openSectionEvent: open.event,
      openSectionScript: open.processing,
      selectActor: actor.latency,
      selectActorEvent: actor.event,
      selectActorScript: actor.processing,
    });
  }
  // The reference on both pages: a native <details> opened by the browser alone, no script at all
  // (what the machine's frame clock and rendering make the floor of any interaction's figure).
  await page.evaluate(() => document.querySelector('details:not([open]) > summary')?.setAttribute('data-bench', ''));
  const native = await interact('summary[data-bench]', () => document.querySelector('summary[data-bench]').parentElement.open);
  Object.assign(result, { nativeDetails: native.latency, nativeDetailsEvent: native.event });
  const files = [];
  for (const r of responses) {
    const body = await r.body().catch(() => Buffer.alloc(0));
    files.push({ path: new URL(r.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  await context.close();
  return { ...result, files };
}

async function benchPage(browser, url, runs, app) {
  const loads = [];
  await measureLoad(browser, url, { app }); // warm-up: the server's file cache, Chromium's code caches are per context
  for (let i = 0; i < runs; i++) {
    loads.push(await measureLoad(browser, url, { app }));
    process.stdout.write('.');
  }
  // Each resource once (the favicon is asked for again when the app rewrites the address).
  const files = loads[0].files.filter((f, i, all) => all.findIndex((g) => g.path === f.path) === i);
  const requests = loads[0].files.length;
  const m = (key) => median(loads.map((l) => l[key]));
  return {
    files,
    requests,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    fcp: m('fcp'),
    lcp: m('lcp'),
    lcpElements: [...new Set(loads.map((l) => l.lcpElement))].join(', '),
    hydrated: m('hydrated'),
    load: m('load'),
    openSection: m('openSection'),
    selectActor: m('selectActor'),
    nativeDetails: m('nativeDetails'),
    openSectionScript: m('openSectionScript'),
    selectActorScript: m('selectActorScript'),
    nativeDetailsEvent: median(loads.map((l) => l.nativeDetailsEvent)),
    openSectionEvent: median(loads.map((l) => l.openSectionEvent)),
    selectActorEvent: median(loads.map((l) => l.selectActorEvent)),
    eventEntries: {
      openSection: loads.filter((l) => l.openSectionEvent > 0).length,
      selectActor: loads.filter((l) => l.selectActorEvent > 0).length,
      nativeDetails: loads.filter((l) => l.nativeDetailsEvent > 0).length,
    },
  };
}

async function lighthouseScores(url, runs = 3) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const results = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
    try {
      // No config: Lighthouse's default, the mobile preset (Moto G Power, slow 4G, 4x CPU slowdown, simulated).
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const a = lhr.audits;
      results.push({
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        fcp: a['first-contentful-paint'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        si: a['speed-index'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        version: lhr.lighthouseVersion,
        failedA11y: Object.values(a).filter((x) => lhr.categories.accessibility.auditRefs.some((r) => r.id === x.id && r.weight > 0) && x.score !== null && x.score < 1).map((x) => x.id),
      });
    } finally {
      await chrome.kill();
    }
    process.stdout.write('.');
  }
  const m = (key) => median(results.map((r) => r[key]));
  return {
    runs,
    version: results[0].version,
    performance: m('performance'),
    accessibility: m('accessibility'),
    fcp: m('fcp'),
    lcp: m('lcp'),
    tbt: m('tbt'),
    si: m('si'),
    cls: m('cls'),
    failedA11y: [...new Set(results.flatMap((r) => r.failedA11y))],
  };
}

function machine(chromiumVersion) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  let nproc = os.availableParallelism?.() ?? os.cpus().length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {}
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    nproc,
    cpu: model,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion,
  };
}

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '—');
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const ev = (v, n, runs) => (n === 0 ? '< 16 ms (no entry)' : `${v.toFixed(0)} ms (${n}/${runs} loads ≥ 16 ms)`);

function report({ host, app, base, lhApp, lhBase, runs }) {
  const rows = [
    ['Transfer, raw (response bodies, each resource once)', kib(app.raw), kib(base.raw)],
    ['Transfer, gzip -9', kib(app.gzip), kib(base.gzip)],
    ['Requests (resources)', `${app.requests} (${app.files.length})`, `${base.requests} (${base.files.length})`],
    ['First contentful paint (median)', ms(app.fcp), ms(base.fcp)],
    ['Largest contentful paint (median)', ms(app.lcp), ms(base.lcp)],
    ['LCP element', `\`${app.lcpElements}\``, `\`${base.lcpElements}\``],
    ['Load event end (median)', ms(app.load), ms(base.load)],
    ['Interactive: `data-hydrated` set (median)', ms(app.hydrated), 'n/a (no app: static from the first paint)'],
    ['Open a section: click → next paint (median)', ms(app.openSection), 'n/a (every section is always open)'],
    ['Select an actor: click → next paint (median)', ms(app.selectActor), 'n/a (no map interaction)'],
    ['Open a section: Event Timing duration (median)', ev(app.openSectionEvent, app.eventEntries.openSection, runs), 'n/a'],
    ['Select an actor: Event Timing duration (median)', ev(app.selectActorEvent, app.eventEntries.selectActor, runs), 'n/a'],
    ['Open a section / select an actor: script in the event handlers (Event Timing processing, median)', `${app.openSectionScript.toFixed(1)} ms / ${app.selectActorScript.toFixed(1)} ms`, 'n/a'],
    ['Reference, a native `<details>` (no script): click → next paint (median)', ms(app.nativeDetails), ms(base.nativeDetails)],
    ['Reference, a native `<details>` (no script): Event Timing duration (median)', ev(app.nativeDetailsEvent, app.eventEntries.nativeDetails, runs), ev(base.nativeDetailsEvent, base.eventEntries.nativeDetails, runs)],
  ];
  if (lhApp && lhBase) {
    rows.push(
      [`Lighthouse ${lhApp.version} performance (mobile, median of ${lhApp.runs})`, String(lhApp.performance), String(lhBase.performance)],
      [`Lighthouse ${lhApp.version} accessibility (mobile)`, String(lhApp.accessibility), String(lhBase.accessibility)],
      ['Lighthouse FCP / LCP (simulated)', `${ms(lhApp.fcp)} / ${ms(lhApp.lcp)}`, `${ms(lhBase.fcp)} / ${ms(lhBase.lcp)}`],
      ['Lighthouse TBT / Speed Index / CLS', `${ms(lhApp.tbt)} / ${ms(lhApp.si)} / ${lhApp.cls.toFixed(3)}`, `${ms(lhBase.tbt)} / ${ms(lhBase.si)} / ${lhBase.cls.toFixed(3)}`],
    );
  }
  const files = (r) => r.files.map((f) => `| \`${f.path}\` | ${kib(f.raw)} | ${kib(f.gzip)} |`).join('\n');
  return `## ${host.date}

Machine: ${host.nproc} CPUs (\`nproc\`), ${host.cpu}, ${host.memory} memory, load average ${host.load} at the start;
${host.os}, Node ${host.node}, ${host.chromium} (headless). ${runs} loads per page, each in a fresh browser
context (cold cache), medians; served from this machine (loopback, gzip as a static host sends it, no throttling).

| | explainer (\`dist/\`) | baseline (static HTML, no JS, no wasm) |
| --- | --- | --- |
${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}
${lhApp?.failedA11y.length ? `\nLighthouse accessibility audits not passed (explainer): ${lhApp.failedA11y.join(', ')}\n` : ''}
<details><summary>What the explainer loads</summary>

| request | raw | gzip -9 |
| --- | --- | --- |
${files(app)}

</details>
`;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const baselineDir = makeBaseline(options.dist);
  const appServer = await startServer({ root: options.dist });
  const baseServer = await startServer({ root: baselineDir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const host = machine(`Chromium ${browser.version()}`);
    process.stdout.write(`explainer: ${appServer.url} `);
    const app = await benchPage(browser, appServer.url, options.runs, true);
    process.stdout.write(`\nbaseline:  ${baseServer.url} `);
    const base = await benchPage(browser, baseServer.url, options.runs, false);
    let lhApp = null;
    let lhBase = null;
    if (options.lighthouse) {
      process.stdout.write('\nLighthouse (explainer) ');
      lhApp = await lighthouseScores(appServer.url);
      process.stdout.write('\nLighthouse (baseline) ');
      lhBase = await lighthouseScores(baseServer.url);
    }
    const text = report({ host, app, base, lhApp, lhBase, runs: options.runs });
    console.log(`\n\n${text}`);
    if (options.record) {
      const file = path.join(ROOT, 'BENCHMARKS.md');
      const intro = '# Benchmarks\n\nRecorded by `cargo xtask bench --record` (e2e/bench.mjs), newest first.\n\n';
      const old = existsSync(file) ? readFileSync(file, 'utf8').replace(/^# Benchmarks\n[\s\S]*?(?=^## )/m, '') : '';
      writeFileSync(file, intro + text + (old.startsWith('## ') ? `\n${old}` : ''));
      console.log(`recorded in ${file}`);
    }
  } finally {
    await browser.close();
    await appServer.close();
    await baseServer.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`bench: ${err.message}`);
    process.exit(1);
  });
}
