// The chronicle: every dated endnote on one timeline, grouped Background / The forty days /
// Aftermath. The forty days are a real timeline, one row a day from the prologue to 26 June,
// with the player's days marked and each endnote on its day. Entries the story has not reached
// show their date and a locked label, not the text. It opens in a wide side panel.
import { storyDate } from '../../i18n/dates.ts';
import { button, el } from '../dom.ts';
import { noteArticle } from '../historyViews.ts';
import { ACTS } from '../progressStrip.ts';
import { format, strings } from '../strings.ts';
import type { HistoryContext } from './context.ts';
import { openSidePanel } from './sidePanel.ts';
import { chronicle, fortyDaysTimeline, type ChronicleEntry, type TimelineDay } from './timeline.ts';

function entryItem(entry: ChronicleEntry, ctx: HistoryContext): HTMLElement {
  const h = strings().history;
  const { note } = entry;
  const time = el('time', { className: 'chronicle-date', attrs: { datetime: note.date.from }, text: note.date.label });
  if (!entry.open) {
    return el('li', { className: 'chronicle-entry locked', dataset: { note: note.id, locked: 'true' } }, [
      el('p', { className: 'chronicle-locked' }, [
        time, ' ',
        el('span', { className: 'badge locked-label', attrs: { title: h.chronicleLockedHelp }, text: h.chronicleLocked }),
      ]),
    ]);
  }
  return el('li', { className: 'chronicle-entry', dataset: { note: note.id } }, [
    el('details', { className: 'note-entry' }, [
      el('summary', {}, [time, el('span', { className: 'visually-hidden', text: ': ' }), ' ', el('span', { className: 'note-summary-title', text: note.title })]),
      noteArticle(note, ctx.content, 'h4', ctx),
    ]),
  ]);
}

function entryList(entries: readonly ChronicleEntry[], ctx: HistoryContext): HTMLElement {
  return el('ol', { className: 'chronicle-list' }, entries.map((entry) => entryItem(entry, ctx)));
}

function legend(): HTMLElement {
  const h = strings().history;
  const item = (swatch: string, text: string) => el('li', {}, [el('span', { className: `timeline-swatch ${swatch}`, attrs: { 'aria-hidden': 'true' } }), text]);
  return el('ul', { className: 'timeline-legend', attrs: { 'aria-label': h.timelineLegend } }, [
    item('reached', h.timelineLegendReached), item('current', h.timelineLegendCurrent), item('', h.timelineLegendAhead),
  ]);
}

/** One day on the timeline: its date, the act it opens, the player's mark and its endnotes. */
function dayItem(row: TimelineDay, ctx: HistoryContext): HTMLElement {
  const s = strings();
  const h = s.history;
  const act = ACTS.findIndex((candidate) => candidate.first === row.day);
  const classes = ['timeline-day', row.reached ? 'reached' : '', row.current ? 'current' : '', row.entries.length ? 'has-notes' : ''].filter(Boolean).join(' ');
  const date = row.iso
    ? el('time', { className: 'timeline-date', attrs: { datetime: row.iso }, text: storyDate(row.day) ?? row.iso })
    : el('span', { className: 'timeline-date', text: h.timelinePrologue });
  return el('li', { className: classes, dataset: { day: String(row.day), reached: String(row.reached), ...(row.current ? { current: 'true' } : {}) } }, [
    act >= 0 ? el('p', { className: 'timeline-act', text: `${s.actNumbers[act]} · ${s.acts[ACTS[act].key]}` }) : null,
    el('p', { className: 'timeline-day-line' }, [
      date,
      row.iso ? el('span', { className: 'timeline-daynum', text: format(h.timelineDay, { day: row.day }) }) : null,
      row.current ? el('span', { className: 'timeline-mark', text: h.timelineCurrent })
        : row.reached ? el('span', { className: 'timeline-mark', text: h.timelineReached }) : null,
    ]),
    row.entries.length ? entryList(row.entries, ctx) : null,
  ]);
}

/** The forty days: one ordered list of 43 days (the prologue first), then the undated entries. */
function fortyDays(entries: readonly ChronicleEntry[], ctx: HistoryContext): HTMLElement[] {
  const h = strings().history;
  const path = ctx.pathDays?.() ?? { days: [], current: null };
  const { days, undated } = fortyDaysTimeline(entries, path.days, path.current);
  const reachedCount = days.filter((row) => row.day > 0 && row.reached).length;
  const rows = days.map((row) => dayItem(row, ctx));
  const current = path.current === null ? undefined : rows[path.current];
  // A long panel: one press takes the reader (and the focus) to the day on screen.
  const jump = current ? button(path.current ? format(h.timelineJump, { day: path.current }) : h.timelineJumpPrologue, () => {
    current.setAttribute('tabindex', '-1');
    current.scrollIntoView({ block: 'center' });
    current.focus({ preventScroll: true });
  }, { className: 'link-button timeline-jump' }) : null;
  return [
    el('p', { className: 'dialog-intro', text: h.timelineIntro }),
    legend(),
    el('p', { className: 'timeline-path-count' }, [
      path.days.length || path.current !== null ? format(h.timelinePathCount, { count: reachedCount }) : h.timelineNoPath,
      jump ? ' ' : null, jump,
    ]),
    el('ol', { className: 'timeline' }, rows),
    undated.length ? el('section', { className: 'timeline-undated', attrs: { 'aria-labelledby': 'timeline-undated-heading' } }, [
      el('h4', { id: 'timeline-undated-heading', text: h.timelineUndated }),
      entryList(undated, ctx),
    ]) : null,
  ].filter((node): node is HTMLElement => node !== null);
}

export function openChronicle(ctx: HistoryContext): void {
  const s = strings();
  const h = s.history;
  openSidePanel(h.chronicle, (body) => {
    const allOpen = ctx.allOpen();
    const eras = chronicle(ctx.content.notes.values(), ctx.unlocked(), allOpen);
    const total = eras.reduce((sum, era) => sum + era.entries.length, 0);
    const open = eras.reduce((sum, era) => sum + era.entries.filter((entry) => entry.open).length, 0);
    body.append(
      el('p', { className: 'dialog-intro', text: h.chronicleIntro }),
      el('p', { className: 'chronicle-count', text: allOpen ? h.chronicleAllOpen : format(h.chronicleCount, { open, total }) }),
    );
    for (const { era, entries } of eras) {
      const headingId = `chronicle-era-${era}`;
      const content = era === 'forty_days' ? fortyDays(entries, ctx)
        : [entries.length ? entryList(entries, ctx) : el('p', { text: h.eraEmpty })];
      body.append(el('section', { className: 'chronicle-era', dataset: { era }, attrs: { 'aria-labelledby': headingId } }, [
        el('h3', { id: headingId, text: h.eras[era] }),
        ...content,
      ]));
    }
  }, { className: 'chronicle-dialog', width: 'wide' });
}
