// Map numbers for bench/results.json ("map"), in headless Chromium with software WebGL
// (SwiftShader, as on a machine without a GPU):
//  - frame times (requestAnimationFrame deltas) while the map changes tint every 1.5 s (dawn, day,
//    evening, night: each change redraws the plan and, where the map allows it, cross-fades over
//    1.2 s), at three sizes: the map filling a 1920x1080 window (as in the kiosk's attract loop),
//    the map's pane in the side-by-side layout of a 1920x1080 window, and that of a 1366x768 one.
//    Each size runs as the map decides (on a software rasterizer, maps above about 0.6 million
//    device pixels change without a fade) and with the fade forced on (`?maptransitions=on`).
//    Target: p95 <= 16.7 ms.
//  - main-thread CPU over 10 s of a static map (CDP Performance.getMetrics: TaskDuration and
//    ScriptDuration deltas), as % of one core. Target: < 5 %.
// Run: `npm run build && BENCH_SKIP_BUILD=1 node tools/bench/run.mjs map`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

const FRAME_BUDGET_MS = 1000 / 60;
const CHANGE_EVERY_MS = 1500;
const CHANGES = 4;
const STATIC_SECONDS = 10;

/** The story's variables on arrival at a few days (first choice every time): four tints. */
function tintSteps() {
  const { days } = JSON.parse(readFileSync('story/data/segments/halyna.json', 'utf8'));
  const at = (day) => days.find((entry) => entry.day === day).state;
  // 13 dawn, 14 day, 12 evening, 34 night (and back to dawn).
  return [at(13), at(14), at(12), at(34), at(13)];
}

const SIZES = [
  { name: 'fullWindow1920x1080', viewport: { width: 1920, height: 1080 }, fullWindow: true },
  { name: 'pane1920x1080', viewport: { width: 1920, height: 1080 }, fullWindow: false },
  { name: 'pane1366x768', viewport: { width: 1366, height: 768 }, fullWindow: false },
];

/** Opens the game on day 13 with the map drawn; optionally makes the map fill the window. */
async function openMap(browser, baseUrl, size, query) {
  const context = await browser.newContext({ viewport: size.viewport });
  const page = await context.newPage();
  await page.goto(new URL(`?debug${query}`, baseUrl).toString());
  await page.getByRole('button', { name: 'New game' }).waitFor();
  const [first] = tintSteps();
  await page.evaluate((variables) => window.__kengir.startAt({ hub: 'day_13', day: 13, variables }), first);
  await page.locator('#map-host[data-renderer][data-day="13"]').waitFor({ timeout: 60_000 });
  if (size.fullWindow) {
    // Through the CSSOM: the page's CSP allows no inline <style>.
    await page.evaluate(() => {
      Object.assign(document.querySelector('#map-pane').style, { position: 'fixed', inset: '0', zIndex: '50' });
      Object.assign(document.querySelector('#map-host').style, { height: '100vh', position: 'relative', top: '0' });
    });
  }
  await settle(page);
  const info = await page.evaluate(() => {
    const host = document.querySelector('#map-host');
    const root = host.querySelector('.kmap');
    return {
      renderer: host.dataset.renderer,
      mapCssPx: `${root.clientWidth}x${root.clientHeight}`,
      devicePixels: Math.round(root.clientWidth * root.clientHeight * devicePixelRatio ** 2),
      transitions: host.dataset.mapTransitions,
    };
  });
  return { context, page, info };
}

async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 6; i += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
  await page.waitForTimeout(1500);
}

/** rAF deltas while the map changes tint every CHANGE_EVERY_MS, through its MapView. */
async function frameTimes(page) {
  const steps = tintSteps().slice(1);
  return page.evaluate(async ({ steps, every, changes }) => {
    const map = window.__kengirMap;
    const deltas = [];
    let fades = 0;
    const host = document.querySelector('#map-host');
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node.classList?.contains('kmap-fade')) fades += 1;
    });
    observer.observe(host, { childList: true, subtree: true });
    let last = await new Promise((resolve) => requestAnimationFrame(resolve));
    const end = last + every * changes + every * 0.9;
    let nextChange = last;
    let index = 0;
    while (last < end) {
      if (last >= nextChange && index < changes) {
        map.update(steps[index % steps.length]);
        index += 1;
        nextChange += every;
      }
      const now = await new Promise((resolve) => requestAnimationFrame(resolve));
      deltas.push(now - last);
      last = now;
    }
    observer.disconnect();
    return { deltas, fades };
  }, { steps, every: CHANGE_EVERY_MS, changes: CHANGES });
}

function summarize({ deltas, fades }) {
  return {
    frames: deltas.length,
    p50Ms: round(percentile(deltas, 50)),
    p95Ms: round(percentile(deltas, 95)),
    p99Ms: round(percentile(deltas, 99)),
    maxMs: round(Math.max(...deltas)),
    framesOver16_7Ms: deltas.filter((d) => d > FRAME_BUDGET_MS + 0.5).length,
    framesOver33Ms: deltas.filter((d) => d > 2 * FRAME_BUDGET_MS + 0.5).length,
    crossFades: fades,
  };
}

/** Main-thread busy time over STATIC_SECONDS with nothing changing, as % of one core. */
async function staticCpu(context, page) {
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'timeTicks' });
  const read = async () => Object.fromEntries((await session.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await read();
  await page.waitForTimeout(STATIC_SECONDS * 1000);
  const after = await read();
  await session.detach();
  const seconds = after.Timestamp - before.Timestamp;
  const share = (name) => round(((after[name] - before[name]) / seconds) * 100, 3);
  return {
    seconds: round(seconds, 1),
    taskPercentOfCore: share('TaskDuration'),
    scriptPercentOfCore: share('ScriptDuration'),
    layoutPercentOfCore: share('LayoutDuration'),
    recalcStylePercentOfCore: share('RecalcStyleDuration'),
  };
}

export async function bench({ browser, baseUrl }) {
  const animation = {};
  for (const size of SIZES) {
    const auto = await openMap(browser, baseUrl, size, '');
    const autoFrames = summarize(await frameTimes(auto.page));
    await auto.context.close();
    const forced = await openMap(browser, baseUrl, size, '&maptransitions=on');
    const forcedFrames = summarize(await frameTimes(forced.page));
    await forced.context.close();
    animation[size.name] = {
      viewport: `${size.viewport.width}x${size.viewport.height}`,
      ...auto.info,
      asShipped: autoFrames,
      fadeForcedOn: forcedFrames,
    };
  }
  const cpu = {};
  for (const size of SIZES.slice(0, 2)) {
    const { context, page, info } = await openMap(browser, baseUrl, size, '');
    cpu[size.name] = { mapCssPx: info.mapCssPx, renderer: info.renderer, ...(await staticCpu(context, page)) };
    await context.close();
  }
  return {
    note: 'Headless Chromium, --disable-gpu (SwiftShader WebGL). Frame times: rAF deltas while the map changes tint every 1.5 s (4 changes); asShipped = the map decides whether to cross-fade (not above ~0.6 M device px on a software rasterizer); fadeForcedOn = ?maptransitions=on. CPU: main-thread TaskDuration over 10 s of a static map on the play screen.',
    frameTimeTargetP95Ms: 16.7,
    staticCpuTargetPercent: 5,
    animation,
    staticCpu: cpu,
  };
}

// Run directly, it does the same through the shared runner (which builds unless BENCH_SKIP_BUILD).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = spawnSync(process.execPath, ['tools/bench/run.mjs', 'map'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
