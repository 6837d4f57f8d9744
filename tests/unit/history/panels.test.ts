// @vitest-environment happy-dom
// Side panels, the forty days as a timeline with the player's days, and document cards in a DOM:
// quotations are <q> and marked, paraphrase is labelled, only cards read are listed.
import { afterEach, describe, expect, it } from 'vitest';
import type { Content } from '../../../src/content/registry.ts';
import type { DocumentCard, Note, Source } from '../../../src/content/schema.ts';
import { documentCard, openDocuments, readableDocuments, withQuotes } from '../../../src/ui/documents/index.ts';
import { openChronicle } from '../../../src/ui/history/chronicle.ts';
import type { HistoryContext } from '../../../src/ui/history/context.ts';
import { openGlossary } from '../../../src/ui/history/glossary.ts';
import { chronicle, fortyDaysTimeline, isoOfStoryDay, storyDayOf } from '../../../src/ui/history/timeline.ts';
import { openNotesDrawer } from '../../../src/ui/historyViews.ts';

if (!HTMLDialogElement.prototype.showModal) HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) { this.setAttribute('open', ''); };

const source: Source = { id: 's1', factBaseNumber: 1, title: 'Work 1', kind: 'archival', reliability: 'Fair.' };
const note = (id: string, from: string): Note => ({ id, title: `Title ${id}`, date: { from, label: `Label ${id}` }, body: `${id} body.`, sources: ['s1'] });
const notes = [note('raid', '1954-05-16'), note('demands', '1954-05-27'), note('june', '1954-06'), note('early', '1950')];
const order: DocumentCard = {
  id: 'order', kind: 'order', title: 'An order', date: { from: '1954-06', label: 'June 1954' }, issuer: 'The authorities.',
  passages: [{ form: 'paraphrased', text: 'By a \u201cGulag order\u201d, all go to Magadan.', quotes: ['Gulag order'] }],
  provenance: 'Paraphrased, with \u201cGulag order\u201d quoted.', sources: ['s1'], note: 'june',
};
const list: DocumentCard = {
  id: 'list', kind: 'demands', title: 'A list', date: { from: '1954-05-27', label: '27 May 1954' }, issuer: 'The commission.',
  passages: [{ form: 'paraphrased', text: 'They ask:', items: ['One thing.', 'Another.'] }],
  provenance: 'Paraphrased; nothing on this card is quoted.', sources: ['s1'],
};
const content = {
  notes: new Map(notes.map((n) => [n.id, n])), sources: new Map([['s1', source]]), prompts: new Map(), moments: new Map(),
  glossary: new Map(), disputes: new Map(), people: new Map(), places: new Map(), endings: new Map(),
  documents: new Map([[list.id, list], [order.id, order]]),
} as unknown as Content;

function context(options: { unlocked?: string[]; documents?: string[]; allOpen?: boolean; days?: number[]; current?: number | null } = {}): HistoryContext & { opened: string[] } {
  const ctx: HistoryContext & { opened: string[] } = {
    content, opened: [],
    unlocked: () => options.unlocked ?? [], allOpen: () => options.allOpen ?? false,
    documentsUnlocked: () => options.documents ?? [],
    pathDays: () => ({ days: options.days ?? [], current: options.current ?? null }),
    openNote: (id) => { ctx.opened.push(id); },
    chronicle: () => openChronicle(ctx), disputes: () => undefined, glossary: () => openGlossary(ctx),
    documents: (focus) => openDocuments(ctx, focus),
  };
  return ctx;
}
const topDialog = () => [...document.querySelectorAll('dialog')].at(-1)!;
afterEach(() => { document.body.replaceChildren(); });

describe('side panels', () => {
  it('open the side views as labelled modal dialogs docked to the side', () => {
    const ctx = context();
    openGlossary(ctx);
    const glossary = topDialog();
    expect(glossary.classList.contains('side-panel')).toBe(true);
    expect(document.getElementById(glossary.getAttribute('aria-labelledby')!)?.textContent).toBe('Glossary');
    openChronicle(ctx);
    expect(topDialog().classList.contains('side-panel-wide')).toBe(true);
    openNotesDrawer(content, [], undefined, ctx);
    expect(topDialog().classList.contains('side-panel')).toBe(true);
  });
});

describe('the forty days as a timeline', () => {
  it('counts story days from 16 May and leaves undated entries apart', () => {
    expect(storyDayOf('1954-05-16')).toBe(1);
    expect(storyDayOf('1954-06-26')).toBe(42);
    expect(storyDayOf('1954-06')).toBeNull();
    expect(storyDayOf('1954-06-27')).toBeNull();
    expect(isoOfStoryDay(12)).toBe('1954-05-27');
    expect(isoOfStoryDay(0)).toBeNull();
    const forty = chronicle(notes, ['raid'], false).find((era) => era.era === 'forty_days')!.entries;
    const { days, undated } = fortyDaysTimeline(forty, [0, 1, 2], 3);
    expect(days).toHaveLength(43);
    expect(days.filter((day) => day.reached).map((day) => day.day)).toEqual([0, 1, 2, 3]);
    expect(days[3].current).toBe(true);
    expect(days[1].entries.map((entry) => [entry.note.id, entry.open])).toEqual([['raid', true]]);
    expect(days[12].entries.map((entry) => [entry.note.id, entry.open])).toEqual([['demands', false]]);
    expect(undated.map((entry) => entry.note.id)).toEqual(['june']);
  });

  it('is an ordered list of the prologue and 42 days with the player\'s days marked', () => {
    openChronicle(context({ unlocked: ['raid'], days: [0, 1, 2], current: 2 }));
    const panel = topDialog();
    const rows = [...panel.querySelectorAll<HTMLElement>('ol.timeline > li')];
    expect(rows).toHaveLength(43);
    expect(rows[0].textContent).toContain('Prologue');
    expect(rows[1].querySelector('time')?.getAttribute('datetime')).toBe('1954-05-16');
    expect(rows.filter((row) => row.dataset.reached === 'true').map((row) => row.dataset.day)).toEqual(['0', '1', '2']);
    expect(rows[2].dataset.current).toBe('true');
    expect(rows[2].textContent).toContain('You are here');
    expect(rows[1].textContent).toContain('Reached');
    expect(rows[5].textContent).not.toContain('Reached');
    expect(rows[1].querySelector('[data-note="raid"]:not(.locked)')).not.toBeNull();
    expect(rows[12].querySelector('[data-note="demands"]')?.getAttribute('data-locked')).toBe('true');
    expect(panel.querySelector('.timeline-undated [data-note="june"]')).not.toBeNull();
    expect(panel.textContent).toContain('Your path has reached 2 days of the forty-two.');
    const jump = panel.querySelector<HTMLButtonElement>('.timeline-jump')!;
    expect(jump.textContent).toBe('Go to day 2');
    Element.prototype.scrollIntoView ??= () => undefined;
    jump.click();
    expect(document.activeElement).toBe(rows[2]);
  });

  it('says how to see your days when no game is open', () => {
    openChronicle(context());
    expect(topDialog().textContent).toContain('Start or continue a game');
    expect(topDialog().querySelectorAll('ol.timeline > li.reached')).toHaveLength(0);
    expect(topDialog().querySelector('.timeline-jump')).toBeNull();
  });
});

describe('document cards', () => {
  it('wrap quoted phrases in <q>, keeping their marks', () => {
    const parts = withQuotes('By a \u201cGulag order\u201d, all go.', ['Gulag order']);
    expect(parts).toHaveLength(3);
    expect((parts[1] as HTMLElement).tagName).toBe('Q');
    expect((parts[1] as HTMLElement).textContent).toBe('\u201cGulag order\u201d');
    // Ukrainian and Russian mark a quotation «…».
    const russian = withQuotes('Объявлен \u00abприказ ГУЛАГа\u00bb: всех на Магадан.', ['приказ ГУЛАГа']);
    expect(russian.map((part) => (typeof part === 'string' ? part : `<q>${part.textContent}</q>`))).toEqual(['Объявлен ', '<q>\u00abприказ ГУЛАГа\u00bb</q>', ': всех на Магадан.']);
  });

  it('typeset the text as DOM with its form, stamp, provenance and sources', () => {
    const opened: string[] = [];
    const card = documentCard(order, content, { onNote: (id) => opened.push(id) });
    expect(card.querySelector('.doc-title')?.textContent).toBe('An order');
    expect(card.querySelector('.doc-form')?.textContent).toMatch(/^Paraphrase/);
    expect(card.querySelector('q.doc-quote')?.textContent).toBe('\u201cGulag order\u201d');
    expect(card.querySelector('.doc-stamp')?.textContent).toBe('Paraphrase, quotations marked');
    expect(card.querySelector('.doc-provenance')?.textContent).toContain('Gulag order');
    expect(card.querySelector('.doc-sources li')?.textContent).toContain('Work 1');
    card.querySelector<HTMLButtonElement>('.doc-note-link button')!.click();
    expect(opened).toEqual(['june']);
    const demands = documentCard(list, content);
    expect([...demands.querySelectorAll('.doc-text ol li')].map((li) => li.textContent)).toEqual(['One thing.', 'Another.']);
    expect(demands.querySelector('q')).toBeNull();
    expect(demands.querySelector('.doc-stamp')?.textContent).toBe('Paraphrase');
  });

  it('list only the cards read, in the order read, unless everything is open', () => {
    expect(readableDocuments(context({ documents: ['order'] })).map((doc) => doc.id)).toEqual(['order']);
    expect(readableDocuments(context({ documents: ['gone', 'order', 'list'] })).map((doc) => doc.id)).toEqual(['order', 'list']);
    expect(readableDocuments(context({ allOpen: true })).map((doc) => doc.id)).toEqual(['list', 'order']);
    const ctx = context({ documents: ['order'] });
    openDocuments(ctx);
    const panel = topDialog();
    expect([...panel.querySelectorAll('.document-list button')].map((button) => button.textContent)).toEqual(['An order']);
    expect(panel.textContent).toContain('1 more document not reached yet.');
    (panel.querySelector('.document-list button') as HTMLButtonElement).click();
    expect(topDialog().querySelector('[data-document="order"] .doc-title')?.textContent).toBe('An order');
    openDocuments(ctx, 'list');
    expect(topDialog().classList.contains('documents-dialog')).toBe(true);
  });

  it('appear in the journal (the notes drawer) as a section of their own', () => {
    const ctx = { ...context({ documents: ['list'] }), documentsSection: () => document.createElement('ul') };
    openNotesDrawer(content, ['raid'], undefined, ctx);
    const drawer = topDialog();
    expect(drawer.querySelector('#journal-documents-heading')?.textContent).toBe('Documents');
    expect([...drawer.querySelectorAll('.history-nav button')].map((button) => button.textContent)).toContain('Documents');
  });
});
