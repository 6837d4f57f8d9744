// Entry point: reads the launch options, loads the story data, and starts the chosen mode.
// The map (Phaser) is fetched only after the first story text is on screen.
import './ui/styles/index.css';
import storyModule from '../story/main.ink';
import contentModule from 'virtual:kengir-content';
import { buildContent, provideContent, type Content } from './content/registry.ts';
import { checkStoryAsset, defaultSettings, SettingsStore, systemClock } from './engine/index.ts';
import { browserStorage } from './ui/browserStorage.ts';
import { GameApp, type StoryData } from './ui/app.ts';
import { HomeSaves, TAB_CHANNEL } from './ui/saves/homeSaves.ts';
import { showFatalError } from './ui/fatal.ts';
import { Journal } from './ui/journal.ts';
import { ProgressStore } from './engine/progressStore.ts';
import { format, strings } from './ui/strings.ts';
import { startLanguage } from './i18n/document.ts';
import { relocalizeContent } from './i18n/story/history.ts';
import { markFallbacks, storyTranslation } from './engine/storyLanguage.ts';
import { parseLaunchOptions, type LaunchOptions } from './urlParams.ts';
import { TEST_SWITCHES } from './buildFlags.ts';
import { takeKioskExit } from './modes/kioskExit.ts';
import { prefetchStaticPlan } from './ui/staticPlan.ts';

// Lazy: the map (and Phaser with it) is a separate chunk fetched after the first story text.
const mapModule = import.meta.glob<typeof import('./map/types.ts') & { mountMap: (container: HTMLElement, options: import('./map/types.ts').MapOptions) => Promise<import('./map/types.ts').MapView> }>('./map/index.ts');

async function loadStory(): Promise<StoryData> {
  let json = storyModule.json;
  if (!json) {
    const response = await fetch(storyModule.url!, { cache: 'force-cache' });
    if (!response.ok) throw new Error(`story file: HTTP ${response.status}`);
    json = await response.text();
  }
  // Valid JSON that is not ink (issue 18, D1) is a load failure, not an empty play screen.
  const check = checkStoryAsset(json);
  if (!check.ok) throw new Error(`story file: ${check.reason}`);
  return { json, hash: storyModule.hash };
}

/** The content data's source: fetched beside the story in a build, inlined in dev. */
async function fetchContentSource(): Promise<NonNullable<typeof contentModule.data>> {
  if (contentModule.data) return contentModule.data;
  const response = await fetch(contentModule.url!, { cache: 'force-cache' });
  if (!response.ok) throw new Error(`content file: HTTP ${response.status}`);
  return await response.json() as NonNullable<typeof contentModule.data>;
}

/** The content data, validated, with the history in the active language (story/l10n/<lang>/history.po) field by field over the English. */
async function loadContent(source: Promise<NonNullable<typeof contentModule.data>>): Promise<Content> {
  const content = buildContent(await source);
  relocalizeContent(content, storyTranslation()?.history ?? null);
  return provideContent(content);
}

function warnAboutLaunchOptions(options: LaunchOptions): void {
  const s = strings();
  for (const name of options.unknown) console.warn(format(s.unknownParameter, { name }));
  for (const problem of options.problems) {
    if (problem.kind === 'duplicate') console.warn(format(s.duplicateParameter, { name: problem.name, used: problem.used }));
    else console.warn(format(s.invalidParameter, { name: problem.name, value: problem.value, expected: s.gentleValues }));
  }
}

async function boot(): Promise<void> {
  const root = document.getElementById('app')!;
  const buildMode = (import.meta.env.VITE_MODE as 'home' | 'kiosk' | 'classroom' | undefined) ?? 'home';
  const options = parseLaunchOptions(window.location.search, buildMode, TEST_SWITCHES);
  // The story is the same in every language: its fetch need not wait for the language's files.
  const storyLoading = loadStory();
  storyLoading.catch(() => { /* awaited below */ });
  // Nor the content's: only its relocalizing waits for the language (a translated language's
  // strings used to hold back this fetch, ~50-100 ms of the Ukrainian first text).
  const contentSource = fetchContentSource();
  contentSource.catch(() => { /* awaited below */ });
  // In development a line without a translation shows a marker before its English.
  if (import.meta.env.DEV) markFallbacks('⟦EN⟧ ');
  // Home mode draws its title before a translated language's story lines are in (each path's
  // first text waits for its own: GameApp.whenLinesIn); the kiosk and the classroom wait for all.
  const linesLater = options.mode === 'home' && buildMode !== 'kiosk';
  const unknownLanguage = await startLanguage(options.lang, document.documentElement, linesLater ? 'later' : 'wait');
  if (unknownLanguage) options.unknown.push(`lang=${unknownLanguage}`);
  warnAboutLaunchOptions(options);
  // A kiosk build leaves kiosk mode only with the staff screen's one-use pass (after the PIN).
  if (buildMode === 'kiosk' && options.mode !== 'kiosk' && !takeKioskExit(browserStorage('local', 'Storage unavailable:', { probe: true }), systemClock)) {
    console.warn(strings().kioskExitRefused);
    options.mode = 'kiosk';
  }
  // At once, not when the kiosk's own code has loaded: its no-pinch rules (index.css) must hold
  // from the first touch on a freshly loaded page.
  if (options.mode === 'kiosk') document.documentElement.dataset.mode = 'kiosk';
  else if (document.documentElement.dataset.mode === 'kiosk') delete document.documentElement.dataset.mode;

  let story: StoryData;
  let content;
  try {
    [story, content] = await Promise.all([storyLoading, loadContent(contentSource)]);
  } catch (error) {
    console.error(error);
    showFatalError(root);
    // An unattended kiosk tries again by itself.
    if (options.mode === 'kiosk') setTimeout(() => window.location.reload(), 15_000);
    return;
  }
  prefetchStaticPlan();
  const prefersReducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const loadMap = () => {
    const load = mapModule['./map/index.ts'];
    return load ? load() : Promise.reject(new Error('the map module is missing from this build'));
  };
  if (options.mode === 'kiosk') {
    // Museum kiosk (src/modes/kiosk): attract loop, the kiosk cut, idle reset, nothing kept of a visitor.
    try {
      const { startKiosk } = await import('./modes/kiosk/index.ts');
      startKiosk({ root, story, content, loadMap, prefersReducedMotion, search: window.location.search, debug: TEST_SWITCHES && (options.debug || import.meta.env.DEV) });
    } catch (error) {
      console.error(error);
      showFatalError(root);
      setTimeout(() => window.location.reload(), 15_000);
    }
    return;
  }
  if (options.mode === 'classroom') {
    // Classroom (src/modes/classroom): projected play, pause points, class votes, debrief, teacher guide.
    try {
      const { startClassroom } = await import('./modes/classroom/index.ts');
      startClassroom({ root, story, content, loadMap, prefersReducedMotion, debug: TEST_SWITCHES && (options.debug || import.meta.env.DEV) });
    } catch (error) {
      console.error(error);
      showFatalError(root);
    }
    return;
  }
  // Home mode's saves (issue 18, src/ui/saves): slots, storage that says when it fails, one writer across tabs.
  const homeSaves = new HomeSaves({
    openStorage: () => window.localStorage,
    channel: typeof BroadcastChannel === 'function' ? new BroadcastChannel(TAB_CHANNEL) : null,
    tabId: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
    clock: systemClock,
  });
  const storage = homeSaves.storage;
  const settings = new SettingsStore(storage, defaultSettings(prefersReducedMotion));
  if (options.gentle !== null) settings.update({ gentle: options.gentle });

  const app = new GameApp({
    root, story, content, settings,
    saves: homeSaves.autosave,
    homeSaves,
    journal: new Journal(storage),
    progress: new ProgressStore(storage),
    clock: systemClock,
    loadMap,
  });
  homeSaves.attach(app);
  if (TEST_SWITCHES && (options.debug || import.meta.env.DEV)) (window as unknown as { __kengir: GameApp }).__kengir = app;
  app.showTitle();
}

void boot();
