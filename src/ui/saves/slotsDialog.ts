// The Saves dialog (home mode): the autosave, three slots of the player's own and the backup of
// the previous game, each with viewpoint, day, date and when it was saved; load, save here,
// export and import per slot; and the saves set aside because they could not be opened.
import { parseSave, type SaveEnvelope } from '../../engine/saves.ts';
import { MANUAL_SLOTS, type SaveStore, type SlotId, type SlotSummary } from '../../engine/saveStore.ts';
import { button, el } from '../dom.ts';
import { notify, openDialog } from '../dialogs.ts';
import { format, strings } from '../strings.ts';
import { downloadText, readSaveFile } from './files.ts';

export interface SlotsDialogDeps {
  store: SaveStore;
  /** The game on screen, when there is one (enables "Save here"). */
  current: () => SaveEnvelope | null;
  /** Opens a save for play; the dialog has closed by then. */
  load: (save: SaveEnvelope, from: SlotId) => void;
  /** False in a tab that does not write (another tab does): nothing may change storage. */
  mayWrite: () => boolean;
}

export function whenSaved(savedAt: number): string {
  if (!savedAt) return '—';
  return new Date(savedAt).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function describeSlot(summary: SlotSummary): string {
  const s = strings().slots;
  if (summary.state === 'empty') return s.empty;
  if (summary.state === 'unreadable') return s.unreadable;
  const months = strings().months;
  const date = summary.date?.isoDate && summary.date.month !== null && summary.date.dayOfMonth !== null
    ? format(s.dateDay, { date: `${summary.date.dayOfMonth} ${months[summary.date.month]} ${summary.date.year}`, day: summary.day ?? 0 })
    : s.prologue;
  return format(s.summary, { viewpoint: s.viewpoints[summary.viewpoint ?? ''] ?? summary.viewpoint ?? '', date, when: whenSaved(summary.savedAt ?? 0) });
}

export function fileNameFor(id: SlotId | 'set-aside', summary?: SlotSummary): string {
  return `kengir-save-${id}${summary?.day !== undefined ? `-day-${summary.day}` : ''}.json`;
}

export function openSlotsDialog(deps: SlotsDialogDeps): void {
  const s = strings();
  openDialog(s.slots.title, (body, close) => {
    const status = el('div', { className: 'status', attrs: { role: 'status' } });
    const list = el('ul', { className: 'slot-list' });
    const shelf = el('div', { className: 'set-aside' });

    const render = () => {
      list.replaceChildren(...deps.store.list().map((summary) => slotItem(summary)));
      const setAside = deps.store.setAsideSaves();
      shelf.replaceChildren(...(setAside.length ? [
        el('h3', { text: s.slots.setAsideTitle }),
        el('p', { text: s.slots.setAsideIntro }),
        el('ul', { className: 'set-aside-list' }, setAside.map((entry) => el('li', { className: 'slot', dataset: { at: String(entry.at) } }, [
          el('p', { text: format(s.slots.setAsideItem, { slot: s.slots.names[entry.from] ?? entry.from, when: whenSaved(entry.at) }) }),
          el('div', { className: 'button-row' }, [
            button(s.slots.export, () => downloadText(fileNameFor('set-aside'), entry.text), { className: 'secondary', attrs: { 'data-action': 'export' } }),
            deps.mayWrite() ? button(s.slots.forget, () => { deps.store.forgetSetAside(entry.at); render(); }, { className: 'tertiary', attrs: { 'data-action': 'forget' } }) : null,
          ]),
        ]))),
      ] : []));
    };

    const slotItem = (summary: SlotSummary): HTMLElement => {
      const name = s.slots.names[summary.id] ?? summary.id;
      const fileInput = el('input', { className: 'visually-hidden', attrs: { type: 'file', accept: '.json,application/json', 'aria-label': format(s.slots.importLabel, { slot: name }), 'data-action': 'import-file' } });
      fileInput.addEventListener('change', () => {
        const file = fileInput.files?.[0];
        if (file) void importInto(summary.id, name, file);
        fileInput.value = '';
      });
      const current = deps.current();
      const manual = (MANUAL_SLOTS as readonly string[]).includes(summary.id);
      return el('li', { className: 'slot', dataset: { slot: summary.id, state: summary.state } }, [
        el('h3', { text: name }),
        el('p', { className: 'slot-summary', text: describeSlot(summary) }),
        el('div', { className: 'button-row' }, [
          summary.state === 'ok' ? button(s.slots.load, () => load(summary.id), { className: 'primary', attrs: { 'data-action': 'load' } }) : null,
          manual && current && deps.mayWrite() ? button(s.slots.saveHere, () => saveInto(summary.id, name, current), { className: 'secondary', attrs: { 'data-action': 'save' } }) : null,
          summary.state !== 'empty' ? button(s.slots.export, () => downloadText(fileNameFor(summary.id, summary), deps.store.text(summary.id) ?? ''), { className: 'secondary', attrs: { 'data-action': 'export' } }) : null,
          manual && deps.mayWrite() ? button(s.slots.import, () => fileInput.click(), { className: 'secondary', attrs: { 'data-action': 'import' } }) : null,
          manual ? fileInput : null,
        ]),
      ]);
    };

    const load = (id: SlotId) => {
      const parsed = deps.store.read(id);
      if (!parsed?.ok) { render(); return; }
      close();
      deps.load(parsed.save, id);
    };
    const saveInto = (id: SlotId, name: string, save: SaveEnvelope) => {
      const result = deps.store.write(id, save);
      notify(status, result.ok ? format(s.slots.savedHere, { slot: name }) : s.slots.notSaved, result.ok ? 'info' : 'problem');
      render();
    };
    const importInto = async (id: SlotId, name: string, file: File) => {
      const { text, tooLarge } = await readSaveFile(file);
      const parsed = tooLarge ? { ok: false as const, problem: 'too_large' } : parseSave(text);
      if (!parsed.ok) { notify(status, s.saveProblems[parsed.problem] ?? s.saveProblems.invalid!, 'problem'); return; }
      const result = deps.store.writeText(id, text);
      notify(status, result.ok ? format(s.slots.importedHere, { slot: name }) : s.slots.notSaved, result.ok ? 'info' : 'problem');
      render();
    };

    render();
    body.append(el('p', { text: s.slots.intro }), status, list, shelf);
  }, { className: 'slots-dialog' });
}

/** "Start a new game?" over an existing game: it is kept as the backup either way. */
export function confirmNewGame(where: string, proceed: () => void): void {
  const s = strings().slots;
  openDialog(s.confirmNewTitle, (body, close) => {
    body.append(
      el('p', { text: format(s.confirmNewBody, { where }) }),
      el('div', { className: 'button-row' }, [
        button(s.confirmNewNo, close, { className: 'secondary', id: 'confirm-new-no', attrs: { autofocus: true } }),
        button(s.confirmNewYes, () => { close(); proceed(); }, { className: 'primary', id: 'confirm-new-yes' }),
      ]),
    );
  }, { className: 'confirm-new-dialog' });
}
