// Kiosk numbers for bench/results.json ("kiosk"): time from page load to the attract loop (cold:
// a fresh browser profile; warm: served by the service worker), median of 5; and the JS heap
// after 50 visits within one page life against after the first (the `bench` preset resets in the
// page instead of reloading, so leaks would pile up), measured twice: as shipped, and with V8's
// compiling tiers off, which separates the machine code V8 adds as code gets hot from what the
// page keeps (docs/kiosk.md, "Memory"). Run with `npm run bench:kiosk` (or as part
// of `npm run bench`); run directly, it does the same.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const median = (values) => { const sorted = [...values].sort((a, b) => a - b); return sorted[Math.floor(sorted.length / 2)]; };
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const VIEWPORT = { width: 1280, height: 720 };

async function attractTime(page) {
  await page.locator('.kiosk-attract[data-ready]').waitFor({ timeout: 60_000 });
  const ready = await page.evaluate(() => performance.getEntriesByName('kiosk-attract-ready')[0]?.startTime ?? null);
  await page.waitForFunction(() => document.querySelector('.kiosk-attract')?.dataset.map !== 'loading', undefined, { timeout: 60_000 });
  const map = await page.evaluate(() => performance.getEntriesByName('kiosk-attract-map')[0]?.startTime ?? null);
  return { ready, map };
}

async function loadTimes(browser, baseUrl, runs) {
  const url = new URL('?mode=kiosk', baseUrl).toString();
  const cold = [];
  const coldMap = [];
  const warm = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true });
    const page = await context.newPage();
    await page.goto(url);
    const first = await attractTime(page);
    cold.push(first.ready);
    if (first.map !== null) coldMap.push(first.map);
    // Warm: the same kiosk after a reset, with the service worker serving every file.
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 60_000 }).catch(() => {});
    await page.reload();
    warm.push((await attractTime(page)).ready);
    await context.close();
  }
  return {
    attractColdMs: round(median(cold)), attractColdRunsMs: cold.map((v) => round(v)),
    attractMapColdMs: coldMap.length ? round(median(coldMap)) : null,
    attractWarmMs: round(median(warm)), attractWarmRunsMs: warm.map((v) => round(v)),
  };
}

/** One visit by script: begin, wait for the visit's map, play to the end (choices vary), finish. */
async function visit(page, index) {
  await page.locator('.kiosk-attract[data-ready]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('.kiosk-attract')?.dataset.map !== 'loading', undefined, { timeout: 60_000 });
  await page.locator('#kiosk-begin').click();
  await page.locator('#map-host[data-renderer], .map-unavailable').first().waitFor({ timeout: 60_000 });
  await page.evaluate(async (seed) => {
    let n = seed;
    for (let guard = 0; guard < 2000; guard += 1) {
      if (document.querySelector('#kiosk-finish')) return;
      const more = document.querySelector('.story-controls .continue');
      if (more) { more.click(); continue; }
      const choices = [...document.querySelectorAll('.choices .choice')];
      if (choices.length) { choices[n % choices.length].click(); n = Math.floor(n / 2) + 7 * n % 5; continue; }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the visit did not end');
  }, index);
  await page.locator('#kiosk-finish').click();
}

/**
 * The heap by kind, from a heap snapshot: V8's compiled code (it grows as more story paths get
 * optimised, and is not data the page keeps) and the browser's performance-timeline entries
 * (bounded buffers) apart from everything else.
 */
async function heapComposition(session) {
  const chunks = [];
  const onChunk = (event) => chunks.push(event.chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((name) => fields.indexOf(name));
  const timeline = /^(Performance|LargestContentfulPaint|InteractionContentfulPaint|LayoutShift|TaskAttributionTiming|blink::ScriptTimingInfo)/;
  let total = 0; let code = 0; let perf = 0; let native = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const size = snapshot.nodes[i + sizeAt];
    const type = types[snapshot.nodes[i + typeAt]];
    total += size;
    if (type === 'code') code += size;
    else if (type === 'native' && timeline.test(snapshot.strings[snapshot.nodes[i + nameAt]])) perf += size;
    else if (type === 'native' || type === 'synthetic') native += size;
  }
  // jsData: objects, strings, closures and arrays in V8's heap: what the page's code keeps.
  return { total, code, perf, data: total - code - perf, jsData: total - code - perf - native };
}

async function heapGrowth(browser, baseUrl, visits, { composition = true } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL('?mode=kiosk&kiosk-config=bench', baseUrl).toString());
  const session = await context.newCDPSession(page);
  const measure = async () => {
    await page.locator('.kiosk-attract[data-ready]').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('.kiosk-attract')?.dataset.map !== 'loading', undefined, { timeout: 60_000 });
    await page.waitForTimeout(500);
    for (let i = 0; i < 3; i += 1) await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    const dom = await session.send('Memory.getDOMCounters');
    return { heap: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
  };
  const started = Date.now();
  const loads = [];
  page.on('load', () => loads.push(Date.now())); // reloads after the first load: must stay 0
  await visit(page, 0);
  const afterFirst = await measure();
  const firstComposition = composition ? await heapComposition(session) : null;
  const samples = [{ visit: 1, heapMB: round(afterFirst.heap / 1048576, 2) }];
  for (let index = 1; index < visits; index += 1) {
    await visit(page, index);
    if ((index + 1) % 10 === 0) samples.push({ visit: index + 1, heapMB: round((await measure()).heap / 1048576, 2) });
  }
  const afterAll = await measure();
  const lastComposition = composition ? await heapComposition(session) : null;
  const mb = (bytes) => round(bytes / 1048576, 2);
  const counters = await page.evaluate(() => JSON.parse(localStorage.getItem('kengir.kiosk.counters.v1') ?? 'null')?.total ?? null);
  await context.close();
  const growth = (before, after) => round(((after - before) / before) * 100, 1);
  return {
    visits,
    reloads: loads.length,
    heapAfterFirstVisitMB: round(afterFirst.heap / 1048576, 2),
    heapAfterLastVisitMB: round(afterAll.heap / 1048576, 2),
    heapGrowthPercent: growth(afterFirst.heap, afterAll.heap),
    heapGrowthUnder10Percent: (afterAll.heap - afterFirst.heap) / afterFirst.heap < 0.1,
    heapGrowthFromVisit10Percent: growth(samples.find((s) => s.visit === 10)?.heapMB ?? NaN, afterAll.heap / 1048576),
    snapshot: firstComposition && lastComposition && {
      note: 'heap snapshot self sizes: V8 compiled code, the browser\'s performance-timeline entries, Blink\'s own objects, and jsData = the objects, strings, closures and arrays the page keeps in V8\'s heap',
      afterFirst: { totalMB: mb(firstComposition.total), compiledCodeMB: mb(firstComposition.code), timelineMB: mb(firstComposition.perf), dataMB: mb(firstComposition.data), jsDataMB: mb(firstComposition.jsData) },
      afterLast: { totalMB: mb(lastComposition.total), compiledCodeMB: mb(lastComposition.code), timelineMB: mb(lastComposition.perf), dataMB: mb(lastComposition.data), jsDataMB: mb(lastComposition.jsData) },
      dataGrowthPercent: growth(firstComposition.data, lastComposition.data),
      jsDataGrowthPercent: growth(firstComposition.jsData, lastComposition.jsData),
    },
    domNodes: { afterFirst: afterFirst.nodes, afterLast: afterAll.nodes },
    eventListeners: { afterFirst: afterFirst.listeners, afterLast: afterAll.listeners },
    samples,
    secondsPerVisit: round((Date.now() - started) / 1000 / visits, 2),
    visitsCounted: counters ? { started: counters.visitsStarted, finished: counters.visitsFinished } : null,
    pageErrors: errors,
  };
}

export async function bench({ browser, baseUrl, launchBrowser }) {
  const visits = Number(process.env.KIOSK_BENCH_VISITS ?? 50);
  const load = await loadTimes(browser, baseUrl, 5);
  const memory = await heapGrowth(browser, baseUrl, visits);
  // The same 50 visits with V8's compiling tiers (Sparkplug, Maglev, TurboFan) off: the machine
  // code V8 adds as more of the code gets hot is then absent, and what is left is what the page
  // itself keeps. A control for the run above, not a way to ship: the kiosk runs with the JIT.
  const interpreterOnly = await launchBrowser('--no-sparkplug --no-maglev --no-turbofan');
  let memoryInterpreterOnly;
  try {
    const run = await heapGrowth(interpreterOnly, baseUrl, visits, { composition: false });
    memoryInterpreterOnly = {
      note: 'V8 flags --no-sparkplug --no-maglev --no-turbofan (bytecode interpreter only)',
      heapAfterFirstVisitMB: run.heapAfterFirstVisitMB, heapAfterLastVisitMB: run.heapAfterLastVisitMB,
      heapGrowthPercent: run.heapGrowthPercent, heapGrowthUnder10Percent: run.heapGrowthUnder10Percent,
      samples: run.samples, eventListeners: run.eventListeners, pageErrors: run.pageErrors,
    };
  } finally {
    await interpreterOnly.close();
  }
  return {
    viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
    map: 'WebGL (SwiftShader in headless Chromium)',
    ...load,
    memory,
    memoryInterpreterOnly,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = spawnSync(process.execPath, ['tools/bench/run.mjs', 'kiosk'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
