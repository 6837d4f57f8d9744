// Core numbers: bundle sizes (gzip), time to the first visible choice and to the first story
// text, choice latency (click to new text in the DOM), and memory over many playthroughs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (values) => { const sorted = [...values].sort((a, b) => a - b); return sorted[Math.floor(sorted.length / 2)]; };
const percentile = (values, p) => { const sorted = [...values].sort((a, b) => a - b); return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]; };
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** `url` may carry `?lang=`: the title's buttons are found by id, so the same steps run in every language. */
export async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  // The moment the first story paragraph enters the DOM, from inside the page.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.story-text p.line')) {
        window.__firstTextAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const started = Date.now();
  await page.goto(url);
  await page.locator('#new-game').waitFor({ state: 'visible' });
  const firstChoiceMs = Date.now() - started;
  await page.locator('#new-game').click();
  const clicked = Date.now();
  await page.locator('.viewpoint.available button').first().click();
  await page.locator('.story-text p.line').first().waitFor({ state: 'visible' });
  const beginToTextMs = Date.now() - clicked;
  const navigationToTextMs = Date.now() - started;
  await page.waitForTimeout(300);
  const { scripts, strings, lang } = await page.evaluate(() => {
    const before = performance.getEntriesByType('resource').filter((entry) => entry.startTime < window.__firstTextAt);
    const path = (entry) => new URL(entry.name).pathname;
    return {
      // Every script fetched before the first text (module preloads and imports, boot-watch.js).
      scripts: before.filter((entry) => path(entry).endsWith('.js') || entry.initiatorType === 'script').map(path),
      // The language's story and history strings fetched before the first text
      // (assets/l10n-<lang>-history-<hash>.json, assets/l10n-<lang>-lines-<group>-<hash>.json).
      strings: before.filter((entry) => /\/l10n-[a-z]+-[a-z-]+-[0-9a-f]+\.json$/.test(path(entry))).map(path),
      lang: document.documentElement.lang,
    };
  });
  await context.close();
  return { firstChoiceMs, beginToTextMs, navigationToTextMs, scripts: [...new Set(scripts)], strings: [...new Set(strings)], lang };
}

/** The languages measured for load, English first; `?lang=` selects the others (issue 17). */
const LOAD_LANGUAGES = ['en', 'uk', 'ru'];

/**
 * Runs `measure` under a Chrome trace and returns, for each sample the page marked
 * (`bench:sample` before its click, `bench:sample-end` after), the click's main-thread time:
 * `cpuMs` is the thread's CPU time in the click's dispatch, `wallMs` its wall time. On a shared
 * machine the wall time also counts the moments the thread waited for a core; the CPU time does not.
 */
async function traceClicks(browser, page, measure) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
  let result;
  let failure = null;
  try { result = await measure(); } catch (error) { failure = error; }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  if (failure) throw failure;
  const events = trace.traceEvents ?? trace;
  const marks = events.filter((event) => event.name === 'bench:sample' || event.name === 'bench:sample-end').sort((a, b) => a.ts - b.ts);
  const clicks = events.filter((event) => event.name === 'EventDispatch' && event.ph === 'X' && event.args?.data?.type === 'click');
  const threadTimes = [];
  for (let index = 0; index < marks.length - 1; index += 1) {
    const [start, end] = [marks[index], marks[index + 1]];
    if (start.name !== 'bench:sample' || end.name !== 'bench:sample-end') continue;
    const click = clicks.find((event) => event.ts >= start.ts && event.ts <= end.ts);
    if (!click || typeof click.tdur !== 'number') continue;
    // Where the click's thread time went: the forced style and layout, and garbage collection
    // that fell inside it (V8 collects when an allocation needs room, whoever allocated before).
    const inside = (names) => events
      .filter((event) => names.includes(event.name) && event.ph === 'X' && event.pid === click.pid && event.tid === click.tid && event.ts >= click.ts && event.ts + (event.dur ?? 0) <= click.ts + click.dur)
      .reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0) / 1000, 0);
    threadTimes.push({ cpuMs: click.tdur / 1000, wallMs: click.dur / 1000, styleLayoutMs: inside(['UpdateLayoutTree', 'Layout']), gcMs: inside(['MajorGC', 'MinorGC']) });
  }
  return { result, threadTimes };
}

/**
 * A fresh page at the first story text of a new game, with the map loaded and settled: a player
 * reads for some seconds before the first choice, and the map's one-time load (Phaser parsed,
 * WebGL started) is not the cost of a choice.
 */
async function newGameAtFirstText(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.locator('.viewpoint.available button').first().click();
  await page.locator('.story-text p.line').first().waitFor();
  await page.locator('#map-host[data-renderer]').waitFor({ timeout: 30000 }).catch(() => {});
  await page.waitForTimeout(1000);
  return { context, page };
}

/** Choice latency: the click's synchronous work, from the click to the new text in the DOM. */
export async function choiceLatency(browser, baseUrl, count) {
  const { context, page } = await newGameAtFirstText(browser, baseUrl);
  const { result: samples, threadTimes } = await traceClicks(browser, page, () => page.evaluate(async (wanted) => {
    // Wait as a reader does between two actions, until what the last one deferred past the paint
    // (the autosave, the undo snapshot's ink state, the map's redraw) has run. Without it the
    // loop clicked Continue and the next choice in one task, and the deferred work of several
    // screens piled up around the samples; no player clicks faster than a frame.
    const settled = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const times = [];
    // Per sample: screens read in this game before the click, and the earlier screens in the column (issue 16).
    const where = [];
    let screensRead = 1;
    let guard = 0;
    while (times.length < wanted && guard < 20000) {
      guard += 1;
      const more = document.querySelector('.story-controls .continue');
      if (more) { more.click(); screensRead += 1; await settled(); continue; }
      const choices = [...document.querySelectorAll('.choices .choice')];
      if (!choices.length) {
        const title = document.querySelector('#end-to-title');
        if (title) { title.click(); document.querySelector('#new-game')?.click(); document.querySelector('#confirm-new-yes')?.click(); document.querySelector('.viewpoint.available button')?.click(); screensRead = 1; await settled(); continue; }
        await new Promise((resolve) => setTimeout(resolve, 10));
        continue;
      }
      const pick = choices[times.length % choices.length];
      const before = document.querySelector('.story-text');
      performance.mark('bench:sample');
      const start = performance.now();
      pick.click();
      const text = document.querySelector('.story-text');
      const shown = Boolean(text && text === before && text.textContent);
      if (shown) times.push(performance.now() - start);
      performance.mark(shown ? 'bench:sample-end' : 'bench:not-a-sample');
      if (shown) where.push({ screensRead, column: document.querySelector('.story-earlier')?.childElementCount ?? 0 });
      screensRead += 1;
      await settled();
    }
    return { times, where };
  }, count));
  await context.close();
  return { samples: samples.times, where: samples.where, threadTimes };
}

/** Undo: take a choice, then time "Undo last choice" until the previous screen is back (a snapshot restore, no replay). */
export async function undoLatency(browser, baseUrl, count) {
  const { context, page } = await newGameAtFirstText(browser, baseUrl);
  const { result: samples, threadTimes } = await traceClicks(browser, page, () => page.evaluate(async (wanted) => {
    const settled = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const times = [];
    let guard = 0;
    let taken = 0;
    while (times.length < wanted && guard < 20000) {
      guard += 1;
      const more = document.querySelector('.story-controls .continue');
      if (more) { more.click(); await settled(); continue; }
      const choices = [...document.querySelectorAll('.choices .choice')];
      if (!choices.length) { await new Promise((resolve) => setTimeout(resolve, 10)); continue; }
      taken += 1;
      choices[taken % choices.length].click();
      await settled();
      const undo = document.querySelector('#undo-choice');
      if (!undo || undo.disabled) continue;
      performance.mark('bench:sample');
      const start = performance.now();
      undo.click();
      const shown = Boolean(document.querySelector('.choices .choice'));
      if (shown) times.push(performance.now() - start);
      performance.mark(shown ? 'bench:sample-end' : 'bench:not-a-sample');
      await settled();
      // Go on with another choice so the samples cover the whole story, not one screen.
      const again = [...document.querySelectorAll('.choices .choice')];
      again[(taken + 1) % again.length]?.click();
      await settled();
    }
    return times;
  }, count));
  await context.close();
  return { samples, threadTimes };
}

async function memoryOverPlaythroughs(browser, baseUrl, playthroughs) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  const session = await context.newCDPSession(page);
  const heap = async () => {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  };
  const playOnce = () => page.evaluate(async () => {
    document.querySelector('#new-game')?.click(); document.querySelector('#confirm-new-yes')?.click();
    document.querySelector('.viewpoint.available button')?.click();
    let guard = 0;
    while (!document.querySelector('.end-panel') && guard < 20000) {
      guard += 1;
      const more = document.querySelector('.story-controls .continue');
      if (more) { more.click(); continue; }
      const choices = [...document.querySelectorAll('.choices .choice')];
      if (choices.length) { choices[guard % choices.length].click(); continue; }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    document.querySelector('#end-to-title')?.click();
  });
  // Warm up: one playthrough, then let the map (Phaser) load and settle before the baseline.
  await playOnce();
  await page.getByRole('button', { name: 'New game' }).click();
  await page.locator('.viewpoint.available button').first().click();
  await page.locator('#map-host[data-renderer]').waitFor({ timeout: 30000 }).catch(() => {});
  await page.waitForTimeout(1500);
  await page.evaluate(() => document.querySelector('#open-menu')?.click());
  await page.evaluate(() => document.querySelector('#menu-to-title')?.click());
  await playOnce();
  await page.waitForTimeout(1500);
  const afterFirst = await heap();
  for (let index = 2; index < playthroughs; index += 1) await playOnce();
  await page.waitForTimeout(1500);
  const afterMany = await heap();
  await context.close();
  return { playthroughs, note: 'heap after a warm-up playthrough with the map loaded, then after the rest', heapAfterFirstBytes: afterFirst, heapAfterAllBytes: afterMany, growthPercent: round(((afterMany - afterFirst) / afterFirst) * 100, 1) };
}

/**
 * Wall-clock percentiles of the samples, and the same of the main thread's CPU time in them:
 * with the share of it spent in forced style and layout, and in garbage collection that fell
 * inside a click (`gc`: how many clicks had any, and the CPU p95 without it).
 */
export function figures({ samples, threadTimes }) {
  const cpu = threadTimes.map((time) => time.cpuMs);
  const withGc = threadTimes.filter((time) => time.gcMs > 0);
  return {
    samples: samples.length,
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    maxMs: round(Math.max(...samples)),
    mainThreadCpu: cpu.length ? {
      samples: cpu.length, p50Ms: round(percentile(cpu, 50)), p95Ms: round(percentile(cpu, 95)), maxMs: round(Math.max(...cpu)),
      styleLayout: { p50Ms: round(percentile(threadTimes.map((time) => time.styleLayoutMs), 50)), p95Ms: round(percentile(threadTimes.map((time) => time.styleLayoutMs), 95)) },
      gc: { clicks: withGc.length, maxMs: round(Math.max(0, ...withGc.map((time) => time.gcMs))), p95WithoutGcMs: round(percentile(threadTimes.map((time) => time.cpuMs - time.gcMs), 95)) },
    } : null,
  };
}

/** Issue 16 asks for the p95 with the scrolling column after 40 screens: the samples taken after 40 screens of a game. */
export function afterScreens({ samples, where, threadTimes = [] }, screens) {
  const late = samples.filter((_, index) => where[index]?.screensRead >= screens);
  // The trace marks the same clicks in the same order, so its CPU times pair with the samples.
  const lateCpu = threadTimes.length === samples.length ? threadTimes.filter((_, index) => where[index]?.screensRead >= screens).map((time) => time.cpuMs) : [];
  return {
    screens,
    samples: late.length,
    p95Ms: late.length ? round(percentile(late, 95)) : null,
    mainThreadCpuP95Ms: lateCpu.length ? round(percentile(lateCpu, 95)) : null,
    largestColumn: Math.max(0, ...where.map((place) => place.column)),
    note: 'the column of earlier screens starts again each day, so it holds at most one day of screens',
  };
}

/**
 * Per language: the load medians, the ratio of its time to first story text to English's (same
 * run, interleaved), the JS fetched before the first text, and the story plus the language's
 * strings (gzip) against the 120 KB target for JS.
 */
export function languageFigures(byLanguage, story, sizeOf) {
  const english = median(byLanguage.en.map((load) => load.navigationToTextMs));
  const englishBegin = median(byLanguage.en.map((load) => load.beginToTextMs));
  return Object.fromEntries(Object.entries(byLanguage).map(([language, loads]) => {
    const navigation = median(loads.map((load) => load.navigationToTextMs));
    const begin = median(loads.map((load) => load.beginToTextMs));
    const scripts = [...new Set(loads.flatMap((load) => load.scripts.map((path) => path.split('/').pop())))];
    const strings = [...new Set(loads.flatMap((load) => load.strings.map((path) => path.split('/').pop())))];
    const jsBefore = sizeOf(scripts);
    return [language, {
      navigationToFirstStoryTextMsMedian: navigation,
      beginToFirstStoryTextMsMedian: begin,
      firstVisibleChoiceMsMedian: median(loads.map((load) => load.firstChoiceMs)),
      ratioToEnglish: round(navigation / english, 3),
      beginRatioToEnglish: round(begin / englishBegin, 3),
      runs: loads.map(({ firstChoiceMs, navigationToTextMs, beginToTextMs }) => ({ firstChoiceMs, navigationToTextMs, beginToTextMs })),
      jsBeforeFirstTextGzipBytes: jsBefore,
      jsBeforeFirstTextFiles: scripts,
      jsWithinTarget: jsBefore <= 120 * 1024,
      stringsFiles: strings,
      stringsGzipBytes: sizeOf(strings),
      storyPlusStringsGzipBytes: sizeOf([...story, ...strings]),
    }];
  }));
}

export async function bench({ browser, baseUrl }) {
  const assets = join('dist', 'assets');
  const files = readdirSync(assets);
  const js = files.filter((file) => file.endsWith('.js'));
  const css = files.filter((file) => file.endsWith('.css'));
  const story = files.filter((file) => file.startsWith('story-') && file.endsWith('.json'));
  // Built chunks are in assets/; public files (boot-watch.js) are at the top of dist/.
  const sizeOf = (list) => list.reduce((sum, file) => sum + gzipSize(existsSync(join(assets, file)) ? join(assets, file) : join('dist', file)), 0);

  // Cold loads in every language, interleaved (en, uk, ru, en, uk, ru, ...) so that a busy moment
  // on the shared machine falls on all of them alike: time to first story text in Ukrainian
  // within 10% of English, in the same run (issue 17).
  const byLanguage = Object.fromEntries(LOAD_LANGUAGES.map((language) => [language, []]));
  for (let run = 0; run < 5; run += 1) {
    for (const language of LOAD_LANGUAGES) {
      const load = await coldLoad(browser, language === 'en' ? baseUrl : `${baseUrl}?lang=${language}`);
      if (load.lang !== language) throw new Error(`a load with ?lang=${language} showed <html lang="${load.lang}">`);
      byLanguage[language].push(load);
    }
  }
  const loads = byLanguage.en;
  const before = loads[0].scripts.map((path) => path.split('/').pop());
  const latency = await choiceLatency(browser, baseUrl, 50);
  const undo = await undoLatency(browser, baseUrl, 30);
  const memory = await memoryOverPlaythroughs(browser, baseUrl, 20);
  return {
    bundle: {
      jsBeforeFirstTextGzipBytes: sizeOf(before),
      jsBeforeFirstTextFiles: before,
      wholeAppJsGzipBytes: sizeOf(js),
      cssGzipBytes: sizeOf(css),
      storyJsonGzipBytes: sizeOf(story),
      target: 'JS before the first story text <= 120 KB gzip (in every language: load.byLanguage)',
    },
    load: {
      firstVisibleChoiceMsMedian: median(loads.map((load) => load.firstChoiceMs)),
      navigationToFirstStoryTextMsMedian: median(loads.map((load) => load.navigationToTextMs)),
      beginToFirstStoryTextMsMedian: median(loads.map((load) => load.beginToTextMs)),
      runs: loads.map(({ firstChoiceMs, navigationToTextMs }) => ({ firstChoiceMs, navigationToTextMs })),
      byLanguage: languageFigures(byLanguage, story, sizeOf),
    },
    choiceLatency: {
      note: 'the click\'s synchronous work, from the click to the new text in the DOM, paced as a reader (after the map has loaded, each action once the last one\'s deferred work has run); mainThreadCpu: the thread\'s CPU time in the same clicks (Chrome trace), which waiting for a core on a loaded machine does not inflate; see machine.loadAverage1m5m15m',
      ...figures(latency),
      afterFortyScreens: afterScreens(latency, 40),
      target: 'p95 <= 16 ms',
      undo: { ...figures(undo), target: 'p95 <= 50 ms' },
    },
    memory,
  };
}
