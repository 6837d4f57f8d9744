// The chronicle: every dated endnote on one timeline, grouped Background / The forty days /
// Aftermath. Entries the story has not reached show their date and a locked label, not the text.
import { el } from '../dom.ts';
import { openDialog } from '../dialogs.ts';
import { noteArticle } from '../historyViews.ts';
import { format, strings } from '../strings.ts';
import type { HistoryContext } from './context.ts';
import { chronicle, type ChronicleEntry } from './timeline.ts';

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

export function openChronicle(ctx: HistoryContext): void {
  const s = strings();
  const h = s.history;
  openDialog(h.chronicle, (body) => {
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
      body.append(el('section', { className: 'chronicle-era', dataset: { era }, attrs: { 'aria-labelledby': headingId } }, [
        el('h3', { id: headingId, text: h.eras[era] }),
        entries.length
          ? el('ol', { className: 'chronicle-list' }, entries.map((entry) => entryItem(entry, ctx)))
          : el('p', { text: h.eraEmpty }),
      ]));
    }
  }, { className: 'chronicle-dialog' });
}
