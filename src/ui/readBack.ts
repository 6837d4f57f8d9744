// The read-back: every screen of the path so far, by day, with the choices taken, from the
// session's path (src/session: pathSoFar). One section per day with its date as a heading; a
// day's text is built only when its section is opened, so a forty-day path opens at once. Lines
// are kept in English with their ids and shown in the active language (storyText).
import type { PathEntry } from '../session/index.ts';
import { storyText } from '../engine/storyLanguage.ts';
import { storyDate } from '../i18n/dates.ts';
import { button, el } from './dom.ts';
import { format, strings } from './strings.ts';

export interface DayOfPath {
  /** The calendar day; null when the entries carry none (a story without a day variable). */
  day: number | null;
  /** The day's screens in order: each the lines read on it, then the choice taken there, if any. */
  screens: { lines: string[]; choice: string | null; documents?: string[] }[];
}

/** What the read-back needs to name and open the document cards the path added. */
export interface ReadBackDocuments {
  title(id: string): string | undefined;
  open?(id: string): void;
}

/**
 * Groups the path into days and screens. A new day starts where the day changes (entries with
 * no day stay with the day before); a new screen starts after a choice or where a line's screen
 * number changes.
 */
export function daysOfPath(entries: readonly PathEntry[]): DayOfPath[] {
  const days: DayOfPath[] = [];
  let previousScreen: number | undefined;
  for (const entry of entries) {
    let current = days[days.length - 1];
    if (!current || (entry.day !== null && entry.day !== current.day && entry.kind === 'line')) {
      current = { day: entry.day ?? current?.day ?? null, screens: [] };
      days.push(current);
      previousScreen = undefined;
    }
    let screen = current.screens[current.screens.length - 1];
    if (entry.kind === 'choice') {
      if (!screen || screen.choice !== null) { screen = { lines: [], choice: null }; current.screens.push(screen); }
      screen.choice = storyText(entry.id, entry.text).text;
      continue;
    }
    if (!screen || screen.choice !== null || (entry.screen !== undefined && entry.screen !== previousScreen)) {
      screen = { lines: [], choice: null };
      current.screens.push(screen);
    }
    previousScreen = entry.screen;
    screen.lines.push(storyText(entry.id, entry.text).text);
    if (entry.documents?.length) (screen.documents ??= []).push(...entry.documents);
  }
  return days;
}

/** "Day 12 · Thursday 27 May 1954", or the prologue's own name. */
export function dayTitle(day: number | null): string {
  const s = strings();
  if (day === null || day < 0) return s.readBack.undated;
  if (day === 0) return s.prologue;
  const date = storyDate(day);
  return date ? format(s.dayWithDate, { day, date }) : format(s.dayLabel, { day });
}

/** The story's "Added to your documents" cue, again: a button to the card when it can be opened. */
function documentCue(id: string, documents: ReadBackDocuments | undefined): HTMLElement | null {
  const title = documents?.title(id);
  if (!title) return null;
  const label = format(strings().documents.added, { title });
  const open = documents?.open;
  return el('p', { className: 'readback-document document-cue', dataset: { document: id } }, [
    open ? button(label, () => open(id), { className: 'link-button', dataset: { document: id } }) : label,
  ]);
}

function renderDay(day: DayOfPath, documents?: ReadBackDocuments): HTMLElement[] {
  const s = strings();
  return day.screens.map((screen) => el('div', { className: 'readback-screen' }, [
    ...screen.lines.map((text) => el('p', { className: 'readback-line', text })),
    ...(screen.documents ?? []).map((id) => documentCue(id, documents)),
    screen.choice !== null ? el('p', { className: 'readback-choice', text: format(s.youChose, { text: screen.choice }) }) : null,
  ]));
}

/** Fills a page with the read-back. The last day is open; the others open on request. */
export function fillReadBack(body: HTMLElement, entries: readonly PathEntry[], documents?: ReadBackDocuments): void {
  const s = strings();
  const days = daysOfPath(entries);
  body.classList.add('readback');
  if (!days.length) { body.append(el('p', { className: 'page-intro', text: s.readBack.empty })); return; }
  const openers: (() => void)[] = [];
  const sections = days.map((day, index) => {
    const id = `readback-day-${index}`;
    const content = el('div', { className: 'readback-day-body', id, attrs: { hidden: true } });
    const choices = day.screens.filter((screen) => screen.choice !== null).length;
    const toggle = el('button', {
      className: 'readback-toggle',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': id },
    }, [
      el('span', { className: 'readback-date', text: dayTitle(day.day) }),
      ' ',
      el('span', { className: 'readback-count', text: format(s.readBack.dayCount, { screens: day.screens.length, choices }) }),
    ]);
    const open = (expanded: boolean) => {
      if (expanded && !content.childElementCount) content.append(...renderDay(day, documents));
      content.hidden = !expanded;
      toggle.setAttribute('aria-expanded', String(expanded));
    };
    toggle.addEventListener('click', () => open(toggle.getAttribute('aria-expanded') !== 'true'));
    openers.push(() => open(true));
    if (index === days.length - 1) open(true);
    return el('section', { className: 'readback-day', dataset: { day: String(day.day ?? '') } }, [el('h2', {}, [toggle]), content]);
  });
  body.append(
    el('p', { className: 'page-intro', text: s.readBack.intro }),
    el('div', { className: 'button-row' }, [button(s.readBack.openAll, () => openers.forEach((open) => open()), { className: 'secondary', id: 'readback-open-all' })]),
    ...sections,
  );
}
