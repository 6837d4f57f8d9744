// The strip of the forty-two days under the play header: five acts, one cell a day, the days
// behind you filled and today marked, so that "day 12" reads as a place in the forty days.
// Screen readers get one sentence ("Day 12 of 42. Act II: The broken promise."), not 43 cells.
import { el } from './dom.ts';
import { format, strings } from './strings.ts';

/** The acts of every path (the story's files follow them: story/<viewpoint>/01_walls.ink ...). */
export const ACTS = [
  { key: 'walls', first: 0, last: 4 },
  { key: 'promise', first: 5, last: 12 },
  { key: 'republic', first: 13, last: 30 },
  { key: 'siege', first: 31, last: 41 },
  { key: 'dawn', first: 42, last: 42 },
] as const;

export const LAST_DAY = 42;

export function actOf(day: number): { index: number; key: (typeof ACTS)[number]['key'] } | null {
  const index = ACTS.findIndex((act) => day >= act.first && day <= act.last);
  return index < 0 ? null : { index, key: ACTS[index].key };
}

export class ProgressStrip {
  readonly element: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly cells: HTMLElement[] = [];

  constructor() {
    const s = strings();
    this.summary = el('p', { className: 'visually-hidden' });
    const acts = ACTS.map((act) => {
      const days = [];
      for (let day = act.first; day <= act.last; day += 1) {
        const cell = el('span', { className: 'progress-day', dataset: { day: String(day) } });
        this.cells[day] = cell;
        days.push(cell);
      }
      const item = el('li', { className: `progress-act progress-act-${act.key}` }, [
        el('span', { className: 'progress-act-name', text: s.acts[act.key] }),
        el('span', { className: 'progress-days' }, days),
      ]);
      // Each act is as wide as its days (set through the CSSOM: the CSP forbids style attributes).
      item.style.flexGrow = String(act.last - act.first + 1);
      return item;
    });
    this.element = el('div', { className: 'progress-strip', id: 'progress-strip' }, [
      this.summary,
      el('ol', { className: 'progress-acts', attrs: { 'aria-hidden': 'true' } }, acts),
    ]);
    this.element.hidden = true;
  }

  /** Shows where the day falls; hides the strip before the story has a day. */
  show(day: number): void {
    const act = actOf(day);
    this.element.hidden = act === null;
    if (!act) return;
    const s = strings();
    this.element.dataset.day = String(day);
    this.cells.forEach((cell, index) => {
      cell.classList.toggle('past', index < day);
      cell.classList.toggle('today', index === day);
    });
    this.element.querySelectorAll('.progress-act').forEach((node, index) => node.classList.toggle('current', index === act.index));
    this.summary.textContent = format(day === 0 ? s.progressPrologue : s.progressDay, { day, last: LAST_DAY, act: s.actNumbers[act.index], name: s.acts[act.key] });
  }
}
