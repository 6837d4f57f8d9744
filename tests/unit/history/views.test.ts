// @vitest-environment happy-dom
// The history views in a DOM: locked chronicle entries hide their text, dispute reflections stay
// in memory only, glossary terms carry their language, "your path" is built from the log.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Content } from '../../../src/content/registry.ts';
import type { Dispute, GlossaryEntry, Moment, Note, Source } from '../../../src/content/schema.ts';
import type { HistoryContext } from '../../../src/ui/history/context.ts';
import { openChronicle } from '../../../src/ui/history/chronicle.ts';
import { forgetReflections, numberSources, openDisputes } from '../../../src/ui/history/disputes.ts';
import { openGlossary } from '../../../src/ui/history/glossary.ts';
import { openYourPath } from '../../../src/ui/history/yourPath.ts';
import { openAbout, openNotesDrawer } from '../../../src/ui/historyViews.ts';

// happy-dom's <dialog> may lack showModal; the views only need it to open.
if (!HTMLDialogElement.prototype.showModal) HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) { this.setAttribute('open', ''); };

const source = (id: string, n: number): Source => ({ id, factBaseNumber: n, title: `Work ${n}`, kind: 'scholarly', reliability: 'Fair.' });
const note = (id: string, from: string, body: string): Note => ({ id, title: `Title ${id}`, date: { from, label: `Label ${id}` }, body, sources: ['s1'] });
const notes = [note('early', '1950', 'Early body text.'), note('raid', '1954-05-16', 'Raid body text.'), note('trial', '1955-08', 'Trial body text.')];
const dispute: Dispute = {
  id: 'tanks', title: 'How many tanks?', question: 'How many tanks came?',
  accounts: [
    { who: 'The MVD', says: 'Five.', sources: ['s1', 's2'] },
    { who: 'A memoir', says: 'Six.', sources: ['s2'] },
  ],
  whyTheyDiffer: 'Memory grows details.', askPlayer: 'Which do you find more convincing?', note: 'raid',
};
const glossary: GlossaryEntry[] = [
  { id: 'zek', term: 'zek', lang: 'ru', forms: ['zek', 'zeks'], definition: 'A prisoner.' },
  { id: 'khozdvor', term: 'khozdvor (service yard)', lang: 'ru', forms: ['khozdvor', 'service yard'], definition: 'The yard with the stores.' },
  { id: 'forest', term: 'Forest Brothers', lang: 'en', forms: ['Forest Brothers'], definition: 'Baltic partisans.' },
];
const moment: Moment = { id: 'walls', moment: 'When the walls went up', whatPrisonersDid: 'They broke them down.', note: 'raid' };
const content = {
  notes: new Map(notes.map((n) => [n.id, n])), sources: new Map([['s1', source('s1', 1)], ['s2', source('s2', 2)]]),
  prompts: new Map(), moments: new Map([[moment.id, moment]]), glossary: new Map(glossary.map((g) => [g.id, g])),
  disputes: new Map([[dispute.id, dispute]]), people: new Map(), places: new Map(), endings: new Map(),
} as unknown as Content;

function context(unlocked: string[], allOpen = false): HistoryContext & { opened: string[] } {
  const ctx: HistoryContext & { opened: string[] } = {
    content, opened: [],
    unlocked: () => unlocked, allOpen: () => allOpen,
    openNote: (id) => { ctx.opened.push(`note:${id}`); },
    chronicle: () => openChronicle(ctx),
    disputes: (focus) => openDisputes(ctx, focus),
    glossary: () => openGlossary(ctx),
  };
  return ctx;
}
const topDialog = () => [...document.querySelectorAll('dialog')].at(-1)!;

afterEach(() => { document.body.replaceChildren(); forgetReflections(); vi.restoreAllMocks(); });

describe('the chronicle', () => {
  it('groups by era and shows locked entries by date only', () => {
    openChronicle(context(['raid']));
    const dialog = topDialog();
    expect([...dialog.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Background, 1948–1954', 'The forty days, 16 May – 26 June 1954', 'Aftermath, 1954–1960']);
    const locked = dialog.querySelector<HTMLElement>('[data-note="early"]')!;
    expect(locked.dataset.locked).toBe('true');
    expect(locked.textContent).toContain('Label early');
    expect(locked.textContent).toContain('Not reached yet');
    expect(locked.textContent).not.toContain('Early body');
    expect(locked.textContent).not.toContain('Title early');
    expect(dialog.querySelector('[data-note="raid"]')!.textContent).toContain('Raid body text.');
    expect(dialog.textContent).toContain('1 of 3 entries open.');
  });

  it('opens every entry in classroom mode or after an ending', () => {
    openChronicle(context([], true));
    const dialog = topDialog();
    expect(dialog.querySelectorAll('[data-locked]').length).toBe(0);
    expect(dialog.textContent).toContain('Trial body text.');
    expect(dialog.textContent).toContain('Every entry is open.');
  });
});

describe('disputed facts', () => {
  it('numbers sources once per card', () => {
    expect([...numberSources(dispute)]).toEqual([['s1', 1], ['s2', 2]]);
  });

  it('sets the accounts side by side, and keeps the reflection in memory only', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const ctx = context(['raid']);
    openDisputes(ctx, 'tanks');
    let dialog = topDialog();
    expect(dialog.querySelector('h2')!.textContent).toBe('Sources differ: How many tanks?');
    const accounts = dialog.querySelectorAll('.accounts > li');
    expect(accounts.length).toBe(2);
    expect([...accounts[0].querySelectorAll('.citations li')].map((li) => li.getAttribute('value'))).toEqual(['1', '2']);
    expect([...accounts[1].querySelectorAll('.citations li')].map((li) => li.getAttribute('value'))).toEqual(['2']);
    const buttons = dialog.querySelectorAll<HTMLButtonElement>('button.convincing');
    buttons[1].click();
    expect([...buttons].map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    const textarea = dialog.querySelector('textarea')!;
    expect(dialog.querySelector(`label[for="${textarea.id}"]`)!.textContent).toBe('Why?');
    textarea.value = 'Five is in the order itself.';
    textarea.dispatchEvent(new Event('input'));
    expect(dialog.textContent).not.toMatch(/correct answer is|right answer/i);
    dialog.querySelector<HTMLButtonElement>('.dialog-close')!.click();
    // Reopened in the same page: the reflection is still there; nothing was stored or sent.
    openDisputes(ctx, 'tanks');
    dialog = topDialog();
    expect(dialog.querySelector('textarea')!.value).toBe('Five is in the order itself.');
    expect(dialog.querySelectorAll('button.convincing')[1].getAttribute('aria-pressed')).toBe('true');
    expect(setItem).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
    dialog.querySelector<HTMLButtonElement>('.dispute-note button')!.click();
    expect(ctx.opened).toEqual(['note:raid']);
  });

  it('are linked from the note a dispute names, from the drawer and from About', () => {
    const ctx = context(['raid']);
    openNotesDrawer(content, ['raid'], 'raid', ctx);
    const drawer = topDialog();
    expect(drawer.querySelectorAll('.history-nav button').length).toBe(3);
    drawer.querySelector<HTMLButtonElement>('[data-note="raid"] [data-dispute="tanks"]')!.click();
    expect(topDialog().querySelector('h2')!.textContent).toBe('Sources differ: How many tanks?');
    document.body.replaceChildren();
    openAbout(content, ctx);
    const about = topDialog();
    expect([...about.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(expect.arrayContaining(['Who made this game, and how', 'What is reconstruction', 'Method: sources and disputes', 'Sources differ', 'Content notes and age guidance', 'Accessibility']));
    about.querySelector<HTMLButtonElement>('[data-dispute="tanks"]')!.click();
    expect(topDialog().classList.contains('dispute-dialog')).toBe(true);
  });
});

describe('the glossary', () => {
  it('lists every term alphabetically, the foreign spelling marked with its language', () => {
    openGlossary(context([]));
    const dialog = topDialog();
    const rows = [...dialog.querySelectorAll<HTMLElement>('.glossary-row')];
    expect(rows.map((row) => row.dataset.term)).toEqual(['forest', 'khozdvor', 'zek']);
    const khozdvor = rows[1].querySelector('dfn')!;
    expect(khozdvor.querySelector('[lang="ru"]')!.textContent).toBe('khozdvor');
    expect(khozdvor.textContent).toBe('khozdvor (service yard)');
    expect(rows[1].textContent).toContain('Russian');
    expect(rows[1].querySelector('dd')!.textContent).toBe('The yard with the stores.');
    const filter = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
    filter.value = 'prisoner';
    filter.dispatchEvent(new Event('input'));
    expect(rows.filter((row) => !row.hidden).map((row) => row.dataset.term)).toEqual(['zek']);
    expect(dialog.querySelector('.glossary-count')!.textContent).toBe('1 of 3 terms');
  });
});

describe('your path and the history', () => {
  it('sets each choice beside what prisoners did, with the endnote', () => {
    const ctx = context([], true);
    const root = document.body.appendChild(document.createElement('div'));
    root.append(document.createElement('p'));
    openYourPath(ctx, [{ index: 0, text: 'Wait', day: 1 }, { index: 1, text: 'Sing', day: 8, history: ['walls'] }], 'Jonas', root);
    // A full page with its heading, over the screen it hides until "Back".
    const page = root.querySelector<HTMLElement>('main.full-page')!;
    expect(page.querySelector('h1')!.textContent).toBe('Your path and the history');
    expect(document.activeElement).toBe(page.querySelector('h1'));
    expect(root.querySelector('p')!.hidden).toBe(true);
    const items = page.querySelectorAll('.path-moment');
    expect(items.length).toBe(1);
    expect(items[0].querySelector('h2')!.textContent).toBe('When the walls went up');
    expect(items[0].textContent).toContain('You chose: Sing');
    expect(items[0].textContent).toContain('They broke them down.');
    items[0].querySelector<HTMLButtonElement>('[data-note="raid"]')!.click();
    expect(ctx.opened).toEqual(['note:raid']);
    page.querySelector<HTMLButtonElement>('.page-back')!.click();
    expect(root.querySelector('main.full-page')).toBeNull();
    expect(root.querySelector('p')!.hidden).toBe(false);
    root.remove();
  });

  it('says so when no key decision was passed', () => {
    const root = document.body.appendChild(document.createElement('div'));
    openYourPath(context([], true), [], 'Jonas', root);
    expect(root.querySelector('.page-intro')!.textContent).toContain('At some moments Jonas had to decide');
    expect(root.querySelector('.path-empty')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('.page-back')!.click();
    root.remove();
  });
});
