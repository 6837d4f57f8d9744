// Museum kiosk mode: unattended, touch-first, private, offline, self-healing.
//
// attract loop ──tap──► visit (the kiosk cut, in a GameApp with the kiosk policy)
//      ▲                    │ finish · idle warning runs out · "leave the story" · an error
//      └──── page reload ◄──┘   (a fresh page per visitor; the bench's preset resets in-page)
//
// Nothing of a visitor is kept: the visit's settings, journal and story live in a MemoryStorage
// that the reload discards. Only anonymous counters persist (counters.ts).
import type { Content } from '../../content/registry.ts';
import { defaultSettings, MemoryStorage, SafeStorage, SaveSlot, SettingsStore, type Beat, type KeyValueStorage } from '../../engine/index.ts';
import { GameApp, type StoryData } from '../../ui/app.ts';
import type { EndPanelSlot, ModePolicy, SlotAction } from '../policy.ts';
import { defaultViewpoint } from '../../viewpoints/registry.ts';
import { button, el } from '../../ui/dom.ts';
import { closeAllDialogs, menuDialogOpen, openDialog } from '../../ui/dialogs.ts';
import { Journal } from '../../ui/journal.ts';
import { applySettings } from '../../ui/settingsView.ts';
import type { ShownLine } from '../../ui/storyView.ts';
import { useCatalog } from '../../ui/strings.ts';
import { version } from '../../../package.json';
import fileConfig from '../../../kiosk.config.json';
import { AttractLoop, type LoadMap } from './attract.ts';
import { sharedMapLoader } from './sharedMap.ts';
import { presetFromSearch, resolveKioskConfig, startLanguageFor, touchTargetPx, type KioskConfig } from './config.ts';
import { language, type LanguageCode } from '../../i18n/catalog.ts';
import { switchLanguage } from '../../i18n/languages.ts';
import { relocalizeContent } from '../../i18n/story/history.ts';
import { CornerTaps, inCorner } from './cornerTaps.ts';
import { KioskCounters } from './counters.ts';
import { installErrorGuard, type CaughtError } from './errors.ts';
import { installHardening } from './hardening.ts';
import { IdleTimer, type IdleContext } from './idle.ts';
import { IdleOverlay, showRestartNotice } from './overlays.ts';
import { PinGuard } from './pin.ts';
import { grantKioskExit } from '../kioskExit.ts';
import { browserScheduler, type Scheduler, type TimerId } from './scheduler.ts';
import { loadedByReset, resetUrl } from './resetUrl.ts';
import { applyWaitingUpdate, checkForUpdate, offlineStatus, registerServiceWorker } from './serviceWorker.ts';
import { openPinPad, openStaffScreen } from './staff.ts';
import { kioskStrings, kioskUiCatalog } from './strings.ts';
import { howVisitorsChose } from './visitorsChose.ts';
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

interface Visit {
  /** History moment id → the text this visitor chose there. */
  choices: Map<string, string>;
  moments: string[];
  ending: string | null;
  finished: boolean;
}

// The kiosk's own overlays; the game's menus say so themselves (menuDialogOpen), so no other module's classes are read here.
const KIOSK_MENUS = 'dialog[open].kiosk-pin, dialog[open].kiosk-staff, dialog[open].kiosk-leave-dialog';
/** Repeated errors right after a reload back off, so a broken build cannot reload in a tight loop. */
const ERROR_STORM = { count: 5, withinMs: 120_000, delayMs: 60_000 };

function localCounterStorage(): KeyValueStorage {
  try {
    return new SafeStorage(window.localStorage, (error) => console.warn('Kiosk counters not saved:', error));
  } catch {
    return new MemoryStorage();
  }
}

function buildName(): string {
  // This module's file name carries the build's content hash: a fingerprint of the build.
  const file = new URL(import.meta.url).pathname.split('/').pop() ?? '';
  return file.replace(/\.js$/, '');
}

export class KioskMode {
  readonly config: KioskConfig;
  readonly counters: KioskCounters;
  readonly targetPx: number;
  private readonly scheduler: Scheduler;
  /** One map for the page life, handed between the attract loop and the visit. */
  private readonly loadMap: LoadMap | undefined;
  private readonly idle: IdleTimer;
  private readonly overlay = new IdleOverlay();
  private readonly corner: CornerTaps;
  private readonly pin: PinGuard;
  private readonly reducedMotion: boolean;
  private readonly pageLoadedAt: number;
  /** The language each visit starts in (config, or the launch address's `?lang=`). */
  readonly startLanguage: LanguageCode;
  /** The language switch in progress, if any: a visit begins only once it has finished. */
  private switching: Promise<void> | null = null;
  private switchToken = 0;
  private app: GameApp | null = null;
  private attract: AttractLoop | null = null;
  private visit: Visit | null = null;
  /** A choice's English (the key it is counted by) → its text in the language it was shown in. */
  private readonly choiceLabels = new Map<string, string>();
  private ending = false;
  private errorTimer: TimerId | null = null;
  private staffOpen = false;
  private lastScreenAt = 0;
  private lastActivity = 0;
  private readonly uninstall: (() => void)[] = [];

  constructor(private readonly deps: KioskDeps) {
    this.loadMap = deps.loadMap ? sharedMapLoader(deps.loadMap) : undefined;
    this.scheduler = deps.scheduler ?? browserScheduler;
    this.config = deps.config ?? resolveKioskConfig(fileConfig, presetFromSearch(deps.search), (message) => console.warn(message));
    this.counters = new KioskCounters(deps.counterStorage ?? localCounterStorage(), this.scheduler, this.config.counters);
    this.targetPx = touchTargetPx(this.config, typeof window !== 'undefined' ? window.devicePixelRatio : 1);
    this.reducedMotion = deps.prefersReducedMotion || this.config.reduceMotion;
    this.pageLoadedAt = this.scheduler.now();
    this.startLanguage = startLanguageFor(this.config, deps.search, (message) => console.warn(message));
    const { idle, staff } = this.config;
    this.idle = new IdleTimer(this.scheduler, { readingMs: idle.readingSeconds * 1000, menuMs: idle.menuSeconds * 1000, warningMs: idle.warningSeconds * 1000 }, () => this.idleContext(), {
      warn: (seconds) => this.overlay.open(seconds, () => this.stillHere()),
      tick: (seconds) => this.overlay.update(seconds),
      expire: () => this.end('idle'),
    });
    this.corner = new CornerTaps(this.scheduler, staff.taps, staff.tapWindowSeconds * 1000);
    this.pin = new PinGuard(this.config.pin, this.scheduler, {
      failuresBeforeLockout: staff.failuresBeforeLockout, lockoutMs: staff.lockoutSeconds * 1000, maxLockoutMs: staff.maxLockoutSeconds * 1000,
    }, { load: () => this.counters.pinState(), save: (state) => this.counters.setPinState(state) });
  }

  /** Installs the guards and shows the attract loop (once the start language is loaded). */
  start(): Promise<void> {
    useCatalog(kioskUiCatalog());
    this.uninstall.push(installErrorGuard((error) => this.caught(error)));
    this.uninstall.push(installHardening({
      targetPx: this.targetPx, textPx: this.config.textSizePx, tapGuardMs: this.config.tapGuardMs,
      lastScreenAt: () => this.lastScreenAt, now: () => this.scheduler.now(),
    }));
    this.listen();
    const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    this.counters.sessionStart(navigation?.type !== 'reload' && !loadedByReset(window.location.search));
    if (!import.meta.env.DEV) {
      void registerServiceWorker(() => this.updateReady()).then(() => { this.updateReady(); checkForUpdate(); });
    }
    return this.showAttract();
  }

  private listen(): void {
    const activity = () => {
      const now = this.scheduler.now();
      if (now - this.lastActivity < 200) return;
      this.lastActivity = now;
      this.idle.activity();
    };
    const events = ['pointerdown', 'keydown', 'wheel', 'touchmove', 'scroll'] as const;
    for (const type of events) document.addEventListener(type, activity, { capture: true, passive: true });
    this.uninstall.push(() => { for (const type of events) document.removeEventListener(type, activity, { capture: true }); });
    // Opening or closing a dialog changes the idle context (reading or menu).
    const refresh = () => this.scheduler.setTimeout(() => this.idle.refresh(), 0);
    document.addEventListener('click', refresh, { capture: true, passive: true });
    this.uninstall.push(() => document.removeEventListener('click', refresh, { capture: true }));

    const onPointerUp = (event: PointerEvent) => {
      const { corner, cornerPx } = this.config.staff;
      if (!inCorner(event.clientX, event.clientY, corner, cornerPx, window.innerWidth, window.innerHeight)) { this.corner.miss(); return; }
      if (this.corner.tap()) this.openStaff();
    };
    document.addEventListener('pointerup', onPointerUp, { capture: true, passive: true });
    this.uninstall.push(() => document.removeEventListener('pointerup', onPointerUp, { capture: true }));
  }

  /** Stops everything (tests). */
  stop(): void {
    this.idle.stop();
    this.overlay.close();
    this.attract?.destroy();
    this.app?.destroy();
    if (this.errorTimer !== null) this.scheduler.clearTimeout(this.errorTimer);
    for (const remove of this.uninstall.splice(0)) remove();
  }

  get screen(): 'attract' | 'visit' { return this.attract ? 'attract' : 'visit'; }

  private idleContext(): IdleContext {
    if (menuDialogOpen() || document.querySelector(KIOSK_MENUS)) return 'menu';
    if (this.attract) return 'off';
    return 'reading';
  }

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

  /**
   * Switches the interface, the story and the history to `code` (its files are fetched the first
   * time) and the kiosk's wording of the shared interface with them. The last request wins.
   */
  useLanguage(code: LanguageCode): Promise<void> {
    const token = ++this.switchToken;
    const previous = this.switching ?? Promise.resolve();
    const switching = previous.then(async () => {
      if (token !== this.switchToken) return;
      try {
        const translation = await switchLanguage(code);
        relocalizeContent(this.deps.content, translation?.history ?? null);
      } catch (error) {
        // The language's files could not be loaded: the kiosk stays in the language it has.
        console.warn('Kiosk language not loaded:', error);
      }
      useCatalog(kioskUiCatalog());
    });
    this.switching = switching;
    void switching.then(() => { if (this.switching === switching) this.switching = null; });
    return switching;
  }

  private drawAttract(): void {
    applySettings(defaultSettings(this.reducedMotion));
    const { staff } = this.config;
    const attract = new AttractLoop({
      scheduler: this.scheduler,
      stepMs: this.config.attract.stepSeconds * 1000,
      reducedMotion: this.reducedMotion,
      loadMap: this.loadMap,
      languages: this.config.languages,
      chooseLanguage: (code) => this.useLanguage(code),
      ignoreTap: (event) => this.staffOpen || (event.detail !== 0 && inCorner(event.clientX, event.clientY, staff.corner, staff.cornerPx, window.innerWidth, window.innerHeight)),
      begin: () => this.beginVisit(),
    });
    this.attract = attract;
    this.deps.root.replaceChildren(attract.element);
    this.deps.root.dataset.screen = 'attract';
    attract.start();
    attract.element.querySelector<HTMLElement>('#kiosk-begin')?.focus({ preventScroll: true });
  }

  private beginVisit(): void {
    if (this.staffOpen) return;
    // A tap right after a language button: the visit starts once that language has loaded.
    if (this.switching) {
      const attract = this.attract;
      void this.switching.then(() => { if (this.attract === attract && !this.visit) this.beginVisit(); });
      return;
    }
    this.attract?.destroy();
    this.attract = null;
    const storage = new MemoryStorage();
    // Sound follows the config: off unless it sets a volume (docs/kiosk.md).
    const settings = new SettingsStore(storage, { ...defaultSettings(this.reducedMotion), sound: this.config.sound > 0, volume: this.config.sound || 60 });
    this.choiceLabels.clear();
    this.visit = { choices: new Map(), moments: [], ending: null, finished: false };
    this.app = new GameApp({
      root: this.deps.root,
      story: this.deps.story,
      content: this.deps.content,
      settings,
      saves: new SaveSlot(storage),
      journal: new Journal(storage),
      clock: this.scheduler,
      policy: this.policy(),
      loadMap: this.loadMap,
    });
    if (this.deps.debug) (window as unknown as { __kengir: GameApp }).__kengir = this.app;
    this.counters.visitStarted();
    this.app.startNew();
    this.idle.start();
  }

  private policy(): ModePolicy {
    // The kiosk plays the first viewpoint's short cut (its flag and its own day variable come from the registry).
    const cut = defaultViewpoint().kioskCut;
    return {
      name: 'kiosk',
      saves: false,
      presets: cut ? { [cut.flag]: true } : {},
      dayVariable: cut?.dayVariable,
      beforeChoose: (index, beat) => { this.recordChoice(index, beat); return false; },
      screenShown: (lines) => this.screenShown(lines),
      endPanel: (actions) => this.endPanel(actions),
      toTitle: () => { this.confirmLeave(); return true; },
    };
  }

  private recordChoice(index: number, beat: Beat): void {
    const visit = this.visit;
    const choice = beat.choices.find((candidate) => candidate.index === index);
    if (!visit || !choice) return;
    for (const moment of choice.tags.history) {
      // Counted by the English the ink printed, so visitors in every language add up; shown in the visitor's language.
      const candidates = beat.choices.filter((candidate) => candidate.tags.history.includes(moment));
      for (const candidate of candidates) this.choiceLabels.set(candidate.english ?? candidate.text, candidate.text);
      this.counters.choiceMade(moment, choice.english ?? choice.text, candidates.map((candidate) => candidate.english ?? candidate.text));
      visit.choices.set(moment, choice.english ?? choice.text);
      if (!visit.moments.includes(moment)) visit.moments.push(moment);
    }
  }

  private screenShown(lines: ShownLine[]): void {
    this.lastScreenAt = this.scheduler.now();
    for (const line of lines) if (line.tags.ending && this.visit) this.visit.ending = line.tags.ending;
    this.idle.refresh();
  }

  /** The end-panel slot: how other visitors chose, and "Finish" in place of "Back to the title screen". */
  private endPanel(actions: SlotAction[]): EndPanelSlot {
    const visit = this.visit;
    if (!visit) return { actions };
    if (!visit.finished) {
      visit.finished = true;
      this.counters.visitFinished(visit.ending);
    }
    const k = kioskStrings();
    const finish: SlotAction = { label: k.finish, run: () => this.end('finished'), className: 'primary kiosk-finish', id: 'kiosk-finish', describedBy: 'kiosk-finish-help' };
    return {
      before: howVisitorsChose(this.deps.content, this.counters.today(), visit.choices, visit.moments, this.config.howVisitorsChose.minVisitors, (english) => this.choiceLabels.get(english) ?? english),
      actions: actions.map((action) => (action.id === 'end-to-title' ? finish : action)),
      after: el('p', { className: 'kiosk-finish-help', id: 'kiosk-finish-help', text: k.finishHelp }),
    };
  }

  private confirmLeave(): void {
    const k = kioskStrings();
    openDialog(k.leaveTitle, (body, close) => {
      body.append(
        el('p', { text: k.leaveBody }),
        el('div', { className: 'button-row' }, [
          button(k.leaveNo, close, { className: 'secondary', id: 'kiosk-leave-no', attrs: { autofocus: true } }),
          button(k.leaveYes, () => { close(); this.end('left'); }, { className: 'primary', id: 'kiosk-leave-yes' }),
        ]),
      );
    }, { className: 'kiosk-leave-dialog' });
  }

  private stillHere(): void {
    this.overlay.close();
    this.idle.continue();
  }

  /** Ends the visit (or a staff session) and returns to the attract loop: a fresh page. */
  end(reason: 'finished' | 'idle' | 'left' | 'error' | 'staff'): void {
    if (this.ending) return;
    this.ending = true;
    if (reason === 'idle' && this.visit) this.counters.idleReset();
    this.idle.stop();
    this.overlay.close();
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
    this.staffOpen = false;
    this.showAttract();
  }

  // ---- self-healing ----

  private caught(error: CaughtError): void {
    console.warn('Kiosk caught an error; returning to the attract loop.', error.message);
    this.counters.error(error.kind, error.message, error.where);
    if (this.errorTimer !== null || this.ending) return;
    const now = this.scheduler.now();
    const recent = this.counters.errorLog().filter((entry) => now - Date.parse(entry.at) < ERROR_STORM.withinMs).length;
    const delay = recent >= ERROR_STORM.count ? ERROR_STORM.delayMs : this.config.errors.returnSeconds * 1000;
    try { showRestartNotice(); } catch { /* the page may be too broken to show it */ }
    this.errorTimer = this.scheduler.setTimeout(() => {
      this.errorTimer = null;
      document.querySelector('dialog.kiosk-restart')?.remove();
      this.ending = false;
      this.end('error');
    }, delay);
  }

  private updateReady(): void {
    if (!this.attract || this.staffOpen) return;
    applyWaitingUpdate(() => this.reload(), () => !!this.attract && !this.staffOpen);
  }

  // ---- staff ----

  private openStaff(): void {
    if (this.staffOpen) return;
    this.staffOpen = true;
    this.overlay.close();
    if (this.idle.state !== 'watching') this.idle.start();
    openPinPad({
      guard: this.pin,
      scheduler: this.scheduler,
      failuresBeforeLockout: this.config.staff.failuresBeforeLockout,
      success: () => this.showStaffScreen(),
      closed: () => this.staffClosed(),
    });
    this.idle.refresh();
  }

  private showStaffScreen(): void {
    const { idle } = this.config;
    openStaffScreen({
      build: [version, __KENGIR_BUILD_STAMP__, buildName(), `story ${this.deps.story.hash.slice(0, 8)}`].filter(Boolean).join(' \u00b7 '),
      offline: offlineStatus(),
      sessionStartedAt: this.counters.read().sessionStartedAt,
      pageLoadedAt: this.pageLoadedAt,
      counters: this.counters,
      targetPx: this.targetPx,
      thresholds: { reading: idle.readingSeconds, menu: idle.menuSeconds, warning: idle.warningSeconds },
      preset: this.config.preset,
      now: this.scheduler.now(),
    }, {
      reload: () => this.end('staff'),
      leave: () => {
        // issue 18 D6: the one-use pass that lets a kiosk build open home mode (src/modes/kioskExit.ts).
        grantKioskExit(this.deps.counterStorage ?? localCounterStorage(), this.scheduler);
        const url = new URL(window.location.href);
        url.search = '?mode=home';
        if (this.deps.navigate) this.deps.navigate(url.toString());
        else window.location.replace(url.toString());
      },
      closed: () => this.staffClosed(),
    });
    this.idle.refresh();
  }

  private staffClosed(): void {
    this.staffOpen = false;
    if (this.attract) this.idle.stop();
    else this.idle.refresh();
  }
}

export function startKiosk(deps: KioskDeps): KioskMode {
  const kiosk = new KioskMode(deps);
  kiosk.start();
  return kiosk;
}
