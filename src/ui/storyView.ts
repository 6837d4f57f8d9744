// The story panel: screens split at `# clear`, a Continue button between screens, choices as
// real buttons (keys 1-9), content notes, endnote links and glossary terms. The day's earlier
// screens stay above the new one as a quieter column; each new screen opens with a (visually
// hidden) heading that takes the focus, so a screen reader starts reading there (#16). It
// renders Beats and reports the player's intent; it never touches ink.
import type { Content } from '../content/registry.ts';
import type { Beat } from '../engine/index.ts';
import type { MapMarker } from '../map/types.ts';
import { splitScreens, type SessionLine } from '../session/index.ts';
import { button, clear, el } from './dom.ts';
import { glossaryMatcher, renderWithGlossary, type GlossaryMatcher } from './glossaryText.ts';
import { format, strings } from './strings.ts';

/** A line as shown: the session's line (id, text, tags, the variables as it was shown). */
export type ShownLine = SessionLine;
export { splitScreens };

export interface StoryViewHooks {
  choose(index: number): void;
  /** The screen shown changed (for the autosave and the map). */
  screenShown(screen: number, lines: ShownLine[]): void;
  openNote(id: string): void;
  /** Optional: a note link was drawn (the session already reports notes unlocked). */
  noteReached?(id: string): void;
  /** Optional: opens a document card the story has just added to the journal (`# document:`). */
  openDocument?(id: string): void;
  place(placeId: string | null): void;
  markers(markers: MapMarker[]): void;
  /** The panel to show when the story has ended (ending, epilogue links, title). */
  endPanel(beat: Beat): HTMLElement;
  /** True while a dialog is open: keys then belong to the dialog. */
  keysBlocked(): boolean;
  /** Optional: false when the player turned number keys off (settings; WCAG 2.1.4). */
  choiceKeys?(): boolean;
  /** Optional: the story day a line belongs to (the column of earlier screens starts again each day). */
  dayOf?(line: ShownLine): number | null;
  /** Optional: a mode may intercept a choice (classroom vote). Return true when handled. */
  beforeChoose?(index: number, beat: Beat): boolean;
  /** Optional: the mode's keys besides 1-9, Enter and Space (one keyboard map, same guards). */
  keyMap?: Record<string, () => void>;
  /** Slot: drawn after the screen's text, once the screen is reported shown (a classroom pause point). */
  pausePoint?(lines: ShownLine[]): HTMLElement | null;
  /** Slot: drawn with the choices (a vote bar before the list, previews after it). */
  decorateChoices?(beat: Beat): { before?: HTMLElement | null; after?: HTMLElement | null };
  /** Continue was asked for (button, Enter, Space, a remote): a mode may hold it (a pause point first). True when held. */
  beforeContinue?(): boolean;
}

export class StoryView {
  readonly element: HTMLElement;
  private readonly text: HTMLElement;
  private readonly earlier: HTMLElement;
  private readonly controls: HTMLElement;
  /** A polite live region: says that a document was added without moving the focus. */
  private readonly announcer: HTMLElement;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The day the column of earlier screens belongs to, and how many of them are this beat's. */
  private columnDay: number | null = null;
  private earlierOfBeat = 0;
  private readonly glossary: GlossaryMatcher | null;
  private beat: Beat | null = null;
  private screens: ShownLine[][] = [[]];
  private screen = 0;
  private echo: string | null = null;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);

  constructor(private readonly content: Content, private readonly hooks: StoryViewHooks) {
    this.text = el('div', { className: 'story-text' });
    this.earlier = el('div', { className: 'story-earlier' });
    this.controls = el('div', { className: 'story-controls' });
    this.announcer = el('div', { className: 'visually-hidden story-announcer', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.element = el('div', { className: 'story-view' }, [this.earlier, this.text, this.controls, this.announcer]);
    this.glossary = glossaryMatcher(content.glossary.values());
    document.addEventListener('keydown', this.onKey);
  }

  destroy(): void {
    document.removeEventListener('keydown', this.onKey);
    clearTimeout(this.announceTimer);
  }

  get currentScreen(): number { return this.screen; }
  get currentBeat(): Beat | null { return this.beat; }

  /** Shows a beat from its first screen (or a saved screen, with the saved lines). */
  show(beat: Beat, options: { echo?: string | null; lines?: ShownLine[]; screen?: number } = {}): void {
    const lines = options.lines?.length ? options.lines : beat.lines.map((line) => ({ id: line.id, text: line.text, tags: line.tags, rawTags: line.rawTags, variables: line.variables }));
    const day = lines[0] ? this.hooks.dayOf?.(lines[0]) ?? null : null;
    // After a choice on the same day the column goes on; a new day, a restore or an undo starts it again.
    const continuing = Boolean(options.echo) && this.beat !== null && day !== null && day === this.columnDay;
    if (continuing) this.archive(this.screens[this.screen] ?? []);
    else this.earlier.replaceChildren();
    this.columnDay = day;
    this.earlierOfBeat = 0;
    this.beat = beat;
    this.echo = options.echo ?? null;
    this.screens = splitScreens(lines);
    this.screen = Math.min(Math.max(0, options.screen ?? 0), this.screens.length - 1);
    // A restored later screen: the beat's screens before it go into the column.
    for (let index = 0; index < this.screen; index += 1) { this.archive(this.screens[index]); this.earlierOfBeat += 1; }
    this.render();
  }

  /** Adds a screen read to the column above, as plain quieter text. */
  private archive(lines: ShownLine[]): void {
    if (!lines.length) return;
    this.earlier.append(el('div', { className: 'earlier-screen' }, lines.filter((line) => line.text.trim()).map((line) => el('p', { className: 'line', text: line.text }))));
  }

  allLines(): ShownLine[] { return this.screens.flat(); }

  /** Focus back on the first choice or Continue (after a message, a closed card). */
  focusControls(): void {
    this.controls.querySelector<HTMLElement>('.choices button, .continue, .end-panel button')?.focus({ preventScroll: true });
  }

  showError(title: string, body: string, actions: { label: string; run: () => void }[]): void {
    clear(this.controls);
    const panel = el('div', { className: 'story-error', attrs: { role: 'alert' } }, [
      el('h2', { text: title }),
      el('p', { text: body }),
      el('div', { className: 'button-row' }, actions.map((action) => button(action.label, action.run, { className: 'primary' }))),
    ]);
    this.controls.append(panel);
    panel.querySelector('button')?.focus();
  }

  private render(): void {
    const s = strings();
    const lines = this.screens[this.screen] ?? [];
    const used = new Set<string>();
    const fragment = document.createDocumentFragment();
    const memorial = lines.some((line) => line.tags.ending && this.content.endings.get(line.tags.ending)?.memorial);
    this.text.classList.toggle('memorial', memorial);
    if (this.screen === 0 && this.echo) {
      fragment.append(el('p', { className: 'echo' }, [el('span', { className: 'visually-hidden', text: format(s.youChose, { text: '' }) }), this.echo]));
    }
    let place: string | null = null;
    const added: string[] = [];
    for (const line of lines) {
      if (line.tags.contentNotes.length) {
        const kinds = line.tags.contentNotes.map((kind) => s.cnKinds[kind] ?? kind).join(', ');
        fragment.append(el('p', { className: 'content-note', attrs: { role: 'note' } }, [format(s.contentNoteBanner, { kinds })]));
      }
      if (line.tags.ending) {
        const ending = this.content.endings.get(line.tags.ending);
        if (ending) fragment.append(el('h2', { className: 'ending-title', text: ending.memorial ? s.memorialTitle : format(s.endingHeading, { title: ending.title }) }));
      }
      const speaker = line.tags.speaker ? this.content.people.get(line.tags.speaker) : undefined;
      const paragraph = el('p', { className: speaker?.kind === 'documented' ? 'line documented' : 'line' });
      if (speaker?.kind === 'documented') {
        paragraph.append(el('span', { className: 'speaker-label', text: format(s.documentedSpeaker, { name: speaker.name }) }), ' ');
      }
      const definitions = renderWithGlossary(paragraph, line.text, this.glossary, used);
      fragment.append(paragraph, ...definitions);
      for (const noteId of line.tags.notes) {
        const note = this.content.notes.get(noteId);
        if (!note) continue;
        this.hooks.noteReached?.(noteId);
        fragment.append(el('p', { className: 'note-link' }, [
          button(format(s.noteUnlocked, { title: note.title }), () => this.hooks.openNote(noteId), { className: 'link-button', dataset: { note: noteId } }),
        ]));
      }
      for (const documentId of line.tags.documents) {
        const cue = this.documentCue(documentId);
        if (cue) { fragment.append(cue); added.push(cue.textContent ?? ''); }
      }
      if (line.tags.place) place = line.tags.place;
    }
    const heading = el('h2', { className: 'visually-hidden screen-heading', attrs: { tabindex: '-1' }, text: this.screenHeading(lines) });
    this.text.replaceChildren(heading, fragment);
    this.text.dataset.screen = String(this.screen);
    this.hooks.place(place);
    this.hooks.screenShown(this.screen, lines);
    const pause = this.hooks.pausePoint?.(lines);
    if (pause) this.text.append(pause);
    this.renderControls();
    // Focus goes to the new screen's heading (the end panel keeps its own first button), and the
    // new screen comes into view below the column (the header is sticky: see scroll-margin).
    if (this.showing !== 'end') heading.focus({ preventScroll: true });
    if (this.earlier.childElementCount) this.text.scrollIntoView?.({ block: 'start' });
    this.announce(added.join(' '));
  }

  /** "Added to your documents: <title>", a button that opens the card; null for an unknown card. */
  private documentCue(id: string): HTMLElement | null {
    const doc = this.content.documents.get(id);
    if (!doc) return null;
    const label = format(strings().documents.added, { title: doc.title });
    const open = this.hooks.openDocument;
    return el('p', { className: 'document-cue', dataset: { document: id } }, [
      open ? button(label, () => open(id), { className: 'link-button', dataset: { document: id } }) : label,
    ]);
  }

  /**
   * Puts `message` in the polite live region a moment after the screen (the focus has gone to the
   * new heading first), or empties it: the cue is read after the screen, never over it.
   */
  private announce(message: string): void {
    clearTimeout(this.announceTimer);
    this.announcer.textContent = '';
    if (message) this.announceTimer = setTimeout(() => { this.announcer.textContent = message; }, 250);
  }

  private screenHeading(lines: ShownLine[]): string {
    const s = strings();
    const day = lines[0] ? this.hooks.dayOf?.(lines[0]) ?? null : null;
    const screen = this.screen + 1;
    const count = this.screens.length;
    if (day === null || day < 0) return format(s.screenHeading, { screen, count });
    return format(day === 0 ? s.screenHeadingPrologue : s.screenHeadingDay, { day, screen, count });
  }

  private renderControls(): void {
    const s = strings();
    clear(this.controls);
    const beat = this.beat;
    if (!beat) return;
    const more = this.screen < this.screens.length - 1;
    if (more) {
      this.hooks.markers([]);
      const next = button(s.continueReading, () => this.nextScreen(), { className: 'continue primary', attrs: { 'aria-keyshortcuts': 'Enter Space' } });
      next.append(el('span', { className: 'key-hint', attrs: { 'aria-hidden': 'true' }, text: s.continueHint }));
      this.controls.append(next);
      return;
    }
    if (beat.choices.length) {
      const list = el('ol', { className: 'choices', attrs: { 'aria-label': s.choicesLabel } });
      beat.choices.forEach((choice, position) => {
        const key = position < 9 ? String(position + 1) : '';
        const item = el('button', {
          className: 'choice',
          attrs: { type: 'button', 'aria-keyshortcuts': key || undefined },
          dataset: { choiceIndex: String(choice.index) },
        }, [
          key ? el('span', { className: 'choice-key', attrs: { 'aria-hidden': 'true' }, text: key }) : null,
          el('span', { className: 'choice-text', text: choice.text }),
        ]);
        item.addEventListener('click', () => this.take(choice.index));
        list.append(el('li', {}, [item]));
      });
      const decoration = this.hooks.decorateChoices?.(beat);
      this.controls.append(...[decoration?.before, list, decoration?.after].filter((part): part is HTMLElement => Boolean(part)));
      this.hooks.markers(beat.choices.filter((choice) => choice.tags.place).map((choice) => ({ placeId: choice.tags.place!, choiceIndex: choice.index, text: choice.text })));
      return;
    }
    this.hooks.markers([]);
    const panel = this.hooks.endPanel(beat);
    this.controls.append(panel);
    panel.querySelector<HTMLElement>('button, a')?.focus({ preventScroll: true });
  }

  /** What the controls show: more screens of this beat, choices, or the end panel. */
  get showing(): 'more' | 'choices' | 'end' | 'nothing' {
    if (!this.beat) return 'nothing';
    if (this.screen < this.screens.length - 1) return 'more';
    return this.beat.choices.length ? 'choices' : 'end';
  }

  nextScreen(): void {
    if (this.screen >= this.screens.length - 1) return;
    if (this.hooks.beforeContinue?.()) return;
    this.archive(this.screens[this.screen]);
    this.earlierOfBeat += 1;
    this.screen += 1;
    this.echo = null;
    this.render();
  }

  /** Back one screen within the beat shown (a presenter's remote). */
  previousScreen(): void {
    if (this.screen === 0 || !this.beat) return;
    if (this.earlierOfBeat > 0) { this.earlier.lastElementChild?.remove(); this.earlierOfBeat -= 1; }
    this.screen -= 1;
    this.echo = null;
    this.render();
  }

  /** Takes a choice by its ink index (from a button, a key or a map marker). */
  take(index: number): void {
    const beat = this.beat;
    if (!beat || this.screen < this.screens.length - 1) return;
    if (!beat.choices.some((choice) => choice.index === index)) return;
    if (this.hooks.beforeChoose?.(index, beat)) return;
    this.hooks.choose(index);
  }

  /** Focus is in the story, or on nothing in particular (the page body). */
  private ownsFocus(target: HTMLElement | null): boolean {
    if (!target || target === document.body || target === document.documentElement) return true;
    // The story's landmark (the skip link's target) counts as the story.
    return (this.element.closest('main') ?? this.element).contains(target);
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || this.hooks.keysBlocked()) return;
    if (!this.element.isConnected) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
    const beat = this.beat;
    if (!beat) return;
    const more = this.screen < this.screens.length - 1;
    if (/^[1-9]$/.test(event.key) && !more) {
      // WCAG 2.1.4: single keys act only where the story has focus (or nothing has), and can be turned off.
      if (this.hooks.choiceKeys?.() === false || !this.ownsFocus(target)) return;
      const choice = beat.choices[Number(event.key) - 1];
      if (choice) { event.preventDefault(); this.take(choice.index); }
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && more) {
      if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return;
      event.preventDefault();
      this.nextScreen();
      return;
    }
    const extra = this.hooks.keyMap?.[event.key];
    if (extra) { event.preventDefault(); extra(); }
  }
}
