// The in-game menu: save to a file, load one, the glossary, disputed facts, about, back to the title.
import { button, el } from './dom.ts';
import { openDialog } from './dialogs.ts';
import { strings } from './strings.ts';

export interface MenuActions {
  saves: boolean;
  exportSave(): void;
  importSave(file: File): void;
  /** The read-back of the path so far (while a game is on screen). */
  readBack?(): void;
  glossary(): void;
  disputes(): void;
  about(): void;
  toTitle(): void;
  /** A mode's own menu entries (home mode's Saves), given the menu's close(). */
  extra?(close: () => void): HTMLElement[];
}

export function openGameMenu(actions: MenuActions): void {
  const s = strings();
  openDialog(s.menu, (body, close) => {
    const fileInput = el('input', { className: 'visually-hidden', id: 'import-save', attrs: { type: 'file', accept: '.json,application/json', 'aria-label': s.loadFromFile } });
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (!file) return;
      close();
      actions.importSave(file);
    });
    body.append(el('div', { className: 'menu-actions' }, [
      actions.saves ? button(s.saveToFile, () => { actions.exportSave(); close(); }, { className: 'secondary', id: 'export-save' }) : null,
      actions.saves ? button(s.loadFromFile, () => fileInput.click(), { className: 'secondary', id: 'load-save' }) : null,
      actions.saves ? fileInput : null,
      ...(actions.extra?.(close) ?? []),
      actions.readBack ? button(s.readBack.open, () => { close(); actions.readBack?.(); }, { className: 'secondary', id: 'menu-readback' }) : null,
      button(s.history.glossaryTitle, () => actions.glossary(), { className: 'secondary', id: 'menu-glossary' }),
      button(s.history.disputesTitle, () => actions.disputes(), { className: 'secondary', id: 'menu-disputes' }),
      button(s.aboutSources, () => actions.about(), { className: 'secondary' }),
      button(s.toTitle, () => { close(); actions.toTitle(); }, { className: 'secondary', id: 'menu-to-title' }),
    ]));
  }, { className: 'menu-dialog', menu: true });
}
