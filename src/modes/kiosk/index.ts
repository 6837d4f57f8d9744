// Museum kiosk mode: unattended, touch-first, private, offline, self-healing.
//
// attract loop ──tap──► visit (the kiosk cut, in a GameApp with the kiosk policy)
//      ▲                    │ finish · idle warning runs out · "leave the story" · an error
//      └──── page reload ◄──┘   (a fresh page per visitor; the bench's preset resets in-page)
//
// This file swaps the attract loop and the visits and wires the parts: visit.ts (the policy),
// idleReset.ts, languageSwitch.ts, staffAccess.ts, errorRecovery.ts.
// Nothing of a visitor is kept: the visit's settings, journal and story live in a MemoryStorage
// that the reload discards. Only anonymous counters persist (counters.ts).
import type { Content } from '../../content/registry.ts';
import type { KeyValueStorage } from '../../engine/index.ts';
import type { GameApp, StoryData } from '../../ui/app.ts';
import { browserStorage } from '../../ui/browserStorage.ts';
import { closeAllDialogs } from '../../ui/dialogs.ts';
import { useCatalog } from '../../ui/strings.ts';
import fileConfig from '../../../kiosk.config.json';
import { language, type LanguageCode } from '../../i18n/catalog.ts';
import type { AttractLoop, LoadMap } from './attract.ts';
import { attractLoop, showAttractLoop } from './attractScreen.ts';
import { presetFromSearch, resolveKioskConfig, startLanguageFor, touchTargetPx, type KioskConfig } from './config.ts';
import { KioskCounters } from './counters.ts';
import { ErrorRecovery } from './errorRecovery.ts';
import { installErrorGuard } from './errors.ts';
import { installHardening } from './hardening.ts';
import { IdleReset } from './idleReset.ts';
import { LanguageSwitch } from './languageSwitch.ts';
import { loadedByReset, resetUrl } from './resetUrl.ts';
import { browserScheduler, type Scheduler } from './scheduler.ts';
import { applyWaitingUpdate, checkForUpdate, registerServiceWorker } from './serviceWorker.ts';
import { sharedMapLoader } from './sharedMap.ts';
import { StaffAccess } from './staffAccess.ts';
import { kioskUiCatalog } from './strings.ts';
import { newVisit, visitApp, type Visit } from './visit.ts';
import './kiosk.css';

export interface KioskDeps {
  root: HTMLElement;
  story: StoryData;
  content: Content;
  loadMap?: LoadMap;
  prefersReducedMotion: boolean;
  /** The page's query string: `kiosk-config=<preset>`. */
  search: string;
  debug: boolean;
  /** Injected in tests; the browser's otherwise. */
  scheduler?: Scheduler;
  counterStorage?: KeyValueStorage;
  reload?: () => void;
  navigate?: (url: string) => void;
  config?: KioskConfig;
}

function buildName(): string {
  // This module's file name carries the build's content hash: a fingerprint of the build.
  const file = new URL(import.meta.url).pathname.split('/').pop() ?? '';
  return file.replace(/\.js$/, '');
}

/** The counters (and the staff's one-use exit pass) in localStorage, or memory where refused. */
const browserCounterStorage = () => browserStorage('local', 'Kiosk counters not saved:');

export class KioskMode {
  readonly config: KioskConfig;
  readonly counters: KioskCounters;
  readonly targetPx: number;
  private readonly scheduler: Scheduler;
  /** One map for the page life, handed between the attract loop and the visit. */
  private readonly loadMap: LoadMap | undefined;
  private readonly idle: IdleReset;
  private readonly staff: StaffAccess;
  private readonly recovery: ErrorRecovery;
  private readonly languages: LanguageSwitch;
  private readonly reducedMotion: boolean;
  /** The language each visit starts in (config, or the launch address's `?lang=`). */
  readonly startLanguage: LanguageCode;
  private app: GameApp | null = null;
  private attract: AttractLoop | null = null;
  private visit: Visit | null = null;
  private ending = false;
  private lastScreenAt = 0;
  private readonly uninstall: (() => void)[] = [];

  constructor(private readonly deps: KioskDeps) {
    this.loadMap = deps.loadMap ? sharedMapLoader(deps.loadMap) : undefined;
    this.scheduler = deps.scheduler ?? browserScheduler;
    this.config = deps.config ?? resolveKioskConfig(fileConfig, presetFromSearch(deps.search), (message) => console.warn(message));
    this.counters = new KioskCounters(deps.counterStorage ?? browserCounterStorage(), this.scheduler, this.config.counters);
    this.targetPx = touchTargetPx(this.config, typeof window !== 'undefined' ? window.devicePixelRatio : 1);
    this.reducedMotion = deps.prefersReducedMotion || this.config.reduceMotion;
    const pageLoadedAt = this.scheduler.now();
    this.startLanguage = startLanguageFor(this.config, deps.search, (message) => console.warn(message));
    this.languages = new LanguageSwitch(deps.content);
    this.idle = new IdleReset(this.scheduler, this.config.idle, () => this.attract !== null, () => this.end('idle'));
    this.staff = new StaffAccess({
      config: this.config, scheduler: this.scheduler, counters: this.counters, idle: this.idle,
      targetPx: this.targetPx, pageLoadedAt, buildName, storyHash: deps.story.hash,
      exitStorage: () => deps.counterStorage ?? browserCounterStorage(),
      navigate: (url) => { if (deps.navigate) deps.navigate(url); else window.location.replace(url); },
      onAttract: () => this.attract !== null,
      reload: () => this.end('staff'),
    });
    this.recovery = new ErrorRecovery({
      config: this.config, counters: this.counters, scheduler: this.scheduler,
      ending: () => this.ending,
      restart: () => { this.ending = false; this.end('error'); },
    });
  }

  /** Installs the guards and shows the attract loop (once the start language is loaded). */
  start(): Promise<void> {
    useCatalog(kioskUiCatalog());
    this.uninstall.push(installErrorGuard((error) => this.recovery.caught(error)));
    this.uninstall.push(installHardening({
      targetPx: this.targetPx, textPx: this.config.textSizePx, tapGuardMs: this.config.tapGuardMs,
      lastScreenAt: () => this.lastScreenAt, now: () => this.scheduler.now(),
    }));
    this.uninstall.push(this.idle.watch());
    this.uninstall.push(this.staff.listen());
    const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    this.counters.sessionStart(navigation?.type !== 'reload' && !loadedByReset(window.location.search));
    if (!import.meta.env.DEV) {
      void registerServiceWorker(() => this.updateReady()).then(() => { this.updateReady(); checkForUpdate(); });
    }
    return this.showAttract();
  }

  /** Stops everything (tests). */
  stop(): void {
    this.idle.stop();
    this.idle.closeWarning();
    this.attract?.destroy();
    this.app?.destroy();
    this.recovery.stop();
    for (const remove of this.uninstall.splice(0)) remove();
  }

  get screen(): 'attract' | 'visit' { return this.attract ? 'attract' : 'visit'; }

  // ---- attract loop and visits ----

  /**
   * The attract loop in the start language: the previous visitor's language does not carry over
   * (a reload starts from the launch address; the bench's in-page reset switches back here).
   */
  showAttract(): Promise<void> {
    this.idle.stop();
    this.visit = null;
    this.ending = false;
    // The pseudo-locale (development) is left alone.
    const current = language().code;
    if (current !== this.startLanguage && current !== 'pseudo') {
      return this.useLanguage(this.startLanguage).then(() => { if (!this.visit && !this.attract) this.drawAttract(); });
    }
    this.drawAttract();
    return Promise.resolve();
  }

  /** Switches the interface, the story and the history to `code`; the last request wins. */
  useLanguage(code: LanguageCode): Promise<void> {
    return this.languages.use(code);
  }

  private drawAttract(): void {
    const attract = attractLoop({
      config: this.config, scheduler: this.scheduler, reducedMotion: this.reducedMotion, loadMap: this.loadMap,
      chooseLanguage: (code) => this.useLanguage(code),
      staffOpen: () => this.staff.open,
      begin: () => this.beginVisit(),
    });
    this.attract = attract;
    showAttractLoop(this.deps.root, attract);
  }

  private beginVisit(): void {
    if (this.staff.open) return;
    // A tap right after a language button: the visit starts once that language has loaded.
    const switching = this.languages.inProgress;
    if (switching) {
      const attract = this.attract;
      void switching.then(() => { if (this.attract === attract && !this.visit) this.beginVisit(); });
      return;
    }
    this.attract?.destroy();
    this.attract = null;
    this.visit = newVisit();
    const { root, story, content } = this.deps;
    this.app = visitApp({ root, story, content, clock: this.scheduler, loadMap: this.loadMap, reducedMotion: this.reducedMotion, sound: this.config.sound }, {
      visit: () => this.visit,
      counters: this.counters,
      content,
      minVisitors: this.config.howVisitorsChose.minVisitors,
      screenShown: () => { this.lastScreenAt = this.scheduler.now(); this.idle.refresh(); },
      end: (reason) => this.end(reason),
    });
    if (this.deps.debug) (window as unknown as { __kengir: GameApp }).__kengir = this.app;
    this.counters.visitStarted();
    this.app.startNew();
    this.idle.start();
  }

  /** Ends the visit (or a staff session) and returns to the attract loop: a fresh page. */
  end(reason: 'finished' | 'idle' | 'left' | 'error' | 'staff'): void {
    if (this.ending) return;
    this.ending = true;
    if (reason === 'idle' && this.visit) this.counters.idleReset();
    this.idle.stop();
    this.idle.closeWarning();
    if (!this.config.inPageReset || reason === 'staff') { this.reload(); return; }
    this.resetInPage();
  }

  private reload(): void {
    if (this.deps.reload) this.deps.reload();
    else window.location.replace(resetUrl(window.location.href));
  }

  /** The bench's stand-in for a reload: everything of the visit is dropped in the page. */
  private resetInPage(): void {
    closeAllDialogs();
    this.app?.destroy();
    this.app = null;
    if (this.deps.debug) delete (window as unknown as { __kengir?: GameApp }).__kengir;
    this.deps.root.replaceChildren();
    this.staff.forget();
    this.showAttract();
  }

  /** A new version is cached: it is switched on only while the attract loop shows and no staff is in. */
  private updateReady(): void {
    if (!this.attract || this.staff.open) return;
    applyWaitingUpdate(() => this.reload(), () => !!this.attract && !this.staff.open);
  }
}

export function startKiosk(deps: KioskDeps): KioskMode {
  const kiosk = new KioskMode(deps);
  kiosk.start();
  return kiosk;
}
