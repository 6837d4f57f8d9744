// Bench section "mapReady" (issue 16, "Measured"): how long after the story's first text the map
// pane shows a drawn map, static or live, and how long until the live map. Median of 5 cold loads
// (a fresh browser context each: empty cache and storage) at 1366x768 and 1920x1080, home mode.
//   BENCH_SKIP_BUILD=1 node tools/bench/run.mjs mapReady     (after `node tools/build/testBuild.mjs`)
//
// In the page, from its first script on: `text` is when the first story line is in the DOM; the
// static plan counts as drawn at the first frame after its <img> has loaded in a visible map host
// (the frame that paints it); the live map when the host gets `data-map-drawn` (set by src/map a
// frame after Phaser's first render). A drawn map is whichever comes first, never before the text.
const LOADS = 5;
const SIZES = [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }];
const TARGET_MS = 100;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value) => Math.round(value * 10) / 10;

function recordTimes() {
  const times = {};
  window.__mapReadyTimes = times;
  const hostVisible = (image) => {
    const host = image.closest('.map-host');
    return !!host && host.getBoundingClientRect().width > 0 && getComputedStyle(image).visibility === 'visible';
  };
  const watch = () => {
    if (times.text === undefined && document.querySelector('.story-text p.line')) times.text = performance.now();
    const host = document.querySelector('#map-host');
    if (times.live === undefined && host?.dataset.mapDrawn) times.live = performance.now();
    const image = document.querySelector('#map-host > .map-static img.map-static-image');
    if (times.plan === undefined && image?.complete && image.naturalWidth > 0 && hostVisible(image) && times.planPending === undefined) {
      times.planPending = performance.now();
      requestAnimationFrame(() => { times.plan = performance.now(); });
    }
  };
  new MutationObserver(watch).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-map-drawn'] });
  document.addEventListener('load', (event) => { if (event.target?.classList?.contains('map-static-image')) watch(); }, true);
}

async function oneLoad(browser, baseUrl, viewport) {
  const context = await browser.newContext({ viewport });
  try {
    await context.addInitScript(recordTimes);
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('.viewpoint.available button').first().click();
    await page.locator('.story-text p.line').first().waitFor();
    await page.locator('#map-host[data-map-drawn]').waitFor({ timeout: 60_000 });
    const times = await page.evaluate(() => window.__mapReadyTimes);
    const drawn = Math.min(times.plan ?? Infinity, times.live ?? Infinity);
    return {
      textToDrawnMs: round(Math.max(0, drawn - times.text)),
      textToStaticMs: times.plan === undefined ? null : round(times.plan - times.text),
      textToLiveMs: round(times.live - times.text),
      renderer: await page.locator('#map-host').getAttribute('data-renderer'),
    };
  } finally {
    await context.close();
  }
}

export async function bench({ browser, baseUrl }) {
  const result = { loads: LOADS, targetMs: TARGET_MS, note: 'ms from the first story text; a drawn map is the static plan painted or the live map, whichever first' };
  for (const viewport of SIZES) {
    const runs = [];
    for (let i = 0; i < LOADS; i += 1) runs.push(await oneLoad(browser, baseUrl, viewport));
    const drawn = runs.map((run) => run.textToDrawnMs);
    const live = runs.map((run) => run.textToLiveMs);
    result[`${viewport.width}x${viewport.height}`] = {
      firstTextToDrawnMap: { medianMs: median(drawn), maxMs: Math.max(...drawn), met: median(drawn) <= TARGET_MS },
      firstTextToLiveMap: { medianMs: median(live), maxMs: Math.max(...live) },
      runs,
    };
  }
  return result;
}
