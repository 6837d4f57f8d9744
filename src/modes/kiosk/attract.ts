// The attract loop: whenever nobody is playing, a silent loop (nine steps of at least 8 s) of the camp map moving
// through the forty days, with a short caption for each step, the content note, the language
// buttons (the config's languages, each named in its own) and "Touch to begin". Captions stay at least 8 s each, a control pauses them, and under
// reduced motion they do not move on at all (WCAG 2.2.2): the first step stays. The map is mounted exactly as the game mounts it; if it cannot be drawn,
// the captions run on their own. Any tap (released, outside the staff corner) begins a visit.
import type { MapOptions, MapView } from '../../map/types.ts';
import { button, el } from '../../ui/dom.ts';
import { staticPlan } from '../../ui/staticPlan.ts';
import { strings } from '../../ui/strings.ts';
import { language, LANGUAGES, type LanguageCode } from '../../i18n/catalog.ts';
import type { Scheduler, TimerId } from './scheduler.ts';
import { kioskStrings } from './strings.ts';
import { ATTRACT_STEPS } from './timeline.ts';

export type LoadMap = () => Promise<{ mountMap: (container: HTMLElement, options: MapOptions) => Promise<MapView> }>;

export interface AttractOptions {
  scheduler: Scheduler;
  stepMs: number;
  reducedMotion: boolean;
  loadMap?: LoadMap;
  /** The languages the visitor can choose from here (config `languages`); one shows no buttons. */
  languages?: readonly LanguageCode[];
  /** A visitor pressed a language button: switch to it; the loop redraws its text once it resolves. */
  chooseLanguage?(code: LanguageCode): Promise<void>;
  /** A tap that should not begin a visit (the staff corner). */
  ignoreTap(event: MouseEvent): boolean;
  begin(): void;
}

/** A performance mark for the bench (tools/bench/kiosk.mjs); harmless anywhere else. */
function mark(name: string): void {
  try { performance.clearMarks(name); performance.mark(name); } catch { /* no User Timing */ }
}

/** "Language" in each language, so a visitor finds the buttons whatever the screen's language. */
const LANGUAGE_WORD: Record<LanguageCode, string> = { en: 'Language', uk: 'Мова', ru: 'Язык', pseudo: 'Language' };

export class AttractLoop {
  readonly element: HTMLElement;
  private readonly dateLine: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly mapHost: HTMLElement;
  private card: HTMLElement;
  private map: MapView | null = null;
  private step = -1;
  private timer: TimerId | null = null;
  private destroyed = false;
  private begun = false;
  private paused = false;
  private readonly pauseButton: HTMLButtonElement;

  constructor(private readonly options: AttractOptions) {
    const k = kioskStrings();
    this.dateLine = el('p', { className: 'kiosk-step-date' });
    this.caption = el('p', { className: 'kiosk-step-caption' });
    this.mapHost = el('div', { className: 'map-host kiosk-attract-map', id: 'map-host' }, [staticPlan('paper')]);
    this.pauseButton = button(k.pauseCaptions, () => this.setPaused(!this.paused), { className: 'kiosk-pause', id: 'kiosk-pause', attrs: { 'aria-pressed': 'false' } });
    // Pausing is not a tap that begins a visit.
    this.pauseButton.addEventListener('click', (event) => event.stopPropagation());
    this.pauseButton.hidden = options.reducedMotion;
    this.card = this.renderCard();
    this.element = el('main', { className: 'kiosk-attract', id: 'main', attrs: { 'aria-label': k.attractLabel }, dataset: { map: 'loading', language: language().code } }, [
      // Decorative here: inert keeps the canvas out of the focus order and the accessibility tree.
      el('div', { className: 'kiosk-attract-stage', attrs: { inert: true, 'aria-hidden': 'true' } }, [this.mapHost]),
      this.card,
    ]);
    // Act on release: a click fires only when the finger lifts on the same element it touched.
    this.element.addEventListener('click', (event) => {
      if (this.options.ignoreTap(event)) return;
      this.begin();
    });
  }

  /** The card's text in the active language; the caption nodes and the pause control are kept. */
  private renderCard(): HTMLElement {
    const k = kioskStrings();
    const s = strings();
    const begin = button(k.touchToBegin, () => this.begin(), { className: 'primary kiosk-begin', id: 'kiosk-begin' });
    const languages = this.options.languages ?? [];
    return el('div', { className: 'kiosk-attract-card' }, [
      el('p', { className: 'title-kicker', text: s.titleKicker }),
      el('h1', { text: s.appTitle }),
      languages.length > 1 ? this.languageButtons(languages) : null,
      el('div', { className: 'kiosk-step', attrs: { 'aria-live': 'off' } }, [this.dateLine, this.caption, this.pauseButton]),
      begin,
      el('p', { className: 'kiosk-hook', text: k.hook }),
      el('p', { className: 'content-note', attrs: { role: 'note' }, text: s.contentNote }),
      el('p', { className: 'kiosk-meta' }, [
        languages.length > 1 ? null : el('span', { className: 'kiosk-language' }, [`${k.language}: `, el('span', { attrs: { lang: language().htmlLang }, text: s.languageLabel })]),
        el('span', { className: 'kiosk-length', text: k.length }),
      ]),
    ]);
  }

  /** One big button per offered language, named in its own language; the current one pressed. */
  private languageButtons(languages: readonly LanguageCode[]): HTMLElement {
    const current = language().code;
    const label = el('p', { className: 'kiosk-languages-label', id: 'kiosk-languages-label' }, languages.flatMap((code, index) => [
      index ? ' · ' : '',
      el('span', { attrs: { lang: LANGUAGES[code].htmlLang }, text: LANGUAGE_WORD[code] }),
    ]));
    const buttons = languages.map((code) => {
      const choose = button(LANGUAGES[code].name, () => { void this.chooseLanguage(code); }, {
        className: 'secondary kiosk-language-button',
        id: `kiosk-language-${code}`,
        attrs: { lang: LANGUAGES[code].htmlLang, 'aria-pressed': String(code === current) },
        dataset: { language: code },
      });
      // Choosing a language is not a tap that begins a visit.
      choose.addEventListener('click', (event) => event.stopPropagation());
      return choose;
    });
    return el('div', { className: 'kiosk-languages', attrs: { role: 'group', 'aria-labelledby': 'kiosk-languages-label' } }, [
      label,
      el('div', { className: 'kiosk-language-buttons' }, buttons),
    ]);
  }

  private async chooseLanguage(code: LanguageCode): Promise<void> {
    if (this.destroyed || !this.options.chooseLanguage) return;
    await this.options.chooseLanguage(code);
    this.retranslate();
  }

  /** Draws the card and the current caption again in the active language, keeping the step, the pause and the focus. */
  retranslate(): void {
    if (this.destroyed) return;
    const focused = document.activeElement instanceof HTMLElement && this.card.contains(document.activeElement) ? document.activeElement.id : null;
    const k = kioskStrings();
    this.pauseButton.textContent = this.paused ? k.playCaptions : k.pauseCaptions;
    const card = this.renderCard();
    this.card.replaceWith(card);
    this.card = card;
    this.element.setAttribute('aria-label', k.attractLabel);
    this.element.dataset.language = language().code;
    this.showCaption(false);
    if (focused) card.querySelector<HTMLElement>(`#${focused}`)?.focus({ preventScroll: true });
  }

  /** Shows the first step at once, then moves on every `stepMs`; fetches the map meanwhile. */
  start(): void {
    this.next();
    this.element.dataset.ready = 'true';
    mark('kiosk-attract-ready');
    this.mountMap();
  }

  get currentStep(): number { return this.step; }
  get isPaused(): boolean { return this.paused; }

  /** Stops or resumes the captions; a resumed loop waits a whole step before moving on. */
  setPaused(paused: boolean): void {
    if (this.destroyed || this.paused === paused) return;
    this.paused = paused;
    const k = kioskStrings();
    this.pauseButton.setAttribute('aria-pressed', String(paused));
    this.pauseButton.textContent = paused ? k.playCaptions : k.pauseCaptions;
    this.element.dataset.paused = String(paused);
    if (this.timer !== null) this.options.scheduler.clearTimeout(this.timer);
    this.timer = null;
    if (!paused) this.schedule();
  }

  private schedule(): void {
    // Reduced motion: the loop holds its first step (docs/kiosk.md).
    if (this.options.reducedMotion || this.paused || this.destroyed) return;
    this.timer = this.options.scheduler.setTimeout(() => this.next(), this.options.stepMs);
  }

  private begin(): void {
    if (this.begun || this.destroyed) return;
    this.begun = true;
    this.options.begin();
  }

  private next(): void {
    if (this.destroyed) return;
    this.step = (this.step + 1) % ATTRACT_STEPS.length;
    this.showCaption(true);
    this.element.dataset.step = String(this.step);
    this.showStepOnMap();
    this.schedule();
  }

  private showCaption(fade: boolean): void {
    const text = kioskStrings().steps[this.step];
    // New nodes each step so the (optional) fade runs again; reduced motion turns it off in CSS.
    // A language change swaps the words in place, without the wipe.
    const className = fade ? 'kiosk-fade' : '';
    this.dateLine.replaceChildren(el('span', { className, text: text?.date ?? '' }));
    this.caption.replaceChildren(el('span', { className, text: text?.caption ?? '' }));
  }

  private showStepOnMap(): void {
    if (!this.map) return;
    try {
      this.map.update(ATTRACT_STEPS[this.step].variables);
      this.map.highlight(null);
    } catch (error) {
      // A map that fails mid-loop is dropped; the captions go on.
      console.warn('Attract map failed:', error);
      this.dropMap();
    }
  }

  private mountMap(): void {
    const load = this.options.loadMap;
    if (!load) { this.element.dataset.map = 'unavailable'; return; }
    load()
      .then(({ mountMap }) => mountMap(this.mapHost, { reducedMotion: this.options.reducedMotion, onChoose: () => {}, onOpenPlace: () => {} }))
      .then((map) => {
        if (this.destroyed) { map.destroy(); return; }
        this.map = map;
        map.setReducedMotion(this.options.reducedMotion);
        this.element.dataset.map = 'shown';
        mark('kiosk-attract-map');
        this.showStepOnMap();
      })
      .catch((error: unknown) => {
        console.warn('Attract map unavailable:', error);
        if (!this.destroyed) this.element.dataset.map = 'unavailable';
      });
  }

  private dropMap(): void {
    const map = this.map;
    this.map = null;
    this.element.dataset.map = 'unavailable';
    try { map?.destroy(); } catch { /* already broken */ }
    this.mapHost.replaceChildren(...this.mapHost.querySelectorAll('.map-static'));
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer !== null) this.options.scheduler.clearTimeout(this.timer);
    this.timer = null;
    const map = this.map;
    this.map = null;
    try { map?.destroy(); } catch (error) { console.warn('Attract map destroy failed:', error); }
  }
}
