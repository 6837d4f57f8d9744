// @vitest-environment happy-dom
// Following links between history panels stacks them (Escape walks back), but a link to a kind
// already open goes back to that level: reading in circles never piles up panels to close.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllDialogs } from '../../../src/ui/dialogs.ts';
import { openSidePanel } from '../../../src/ui/history/sidePanel.ts';

HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) { this.setAttribute('open', ''); };

afterEach(() => closeAllDialogs());

const open = () => [...document.querySelectorAll('dialog')].map((dialog) => dialog.className.split(' ').at(-1));

describe('side panels', () => {
  it('stacks different kinds and unwinds to a kind already open', () => {
    openSidePanel('Endnotes', () => {}, { className: 'notes-dialog' });
    openSidePanel('Sources differ', () => {}, { className: 'disputes-dialog' });
    openSidePanel('One dispute', () => {}, { className: 'dispute-dialog', width: 'wide' });
    expect(open()).toEqual(['notes-dialog', 'disputes-dialog', 'dispute-dialog']);
    openSidePanel('Endnotes', () => {}, { className: 'notes-dialog' });
    expect(open()).toEqual(['notes-dialog']);
    openSidePanel('Another dispute', () => {}, { className: 'dispute-dialog' });
    openSidePanel('A third dispute', () => {}, { className: 'dispute-dialog' });
    expect(open()).toEqual(['notes-dialog', 'dispute-dialog']);
  });

  it('forgets a panel closed by its own button or a reset', () => {
    const notes = openSidePanel('Endnotes', () => {}, { className: 'notes-dialog' });
    notes.close();
    openSidePanel('Glossary', () => {}, { className: 'glossary-dialog' });
    closeAllDialogs();
    openSidePanel('Glossary', () => {}, { className: 'glossary-dialog' });
    expect(open()).toEqual(['glossary-dialog']);
  });
});
