// @vitest-environment happy-dom
// The dialogs' one answer to "is a dialog open?", and which open dialogs are menus (a kiosk's idle
// timer waits 45 s on a menu and 90 s on reading), so that no mode reads the dialogs' classes.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllDialogs, dialogOpen, menuDialogOpen, openDialog } from '../../../src/ui/dialogs.ts';

// happy-dom's <dialog> has no showModal in every version; open it the simple way.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) { this.setAttribute('open', ''); };

afterEach(() => closeAllDialogs());

describe('dialogs', () => {
  it('says a menu is open only while a menu dialog is open', () => {
    expect(dialogOpen()).toBe(false);
    const reading = openDialog('Endnotes', () => {});
    expect(dialogOpen()).toBe(true);
    expect(menuDialogOpen()).toBe(false);
    const menu = openDialog('Menu', () => {}, { menu: true });
    expect(menuDialogOpen()).toBe(true);
    menu.close();
    expect(menuDialogOpen()).toBe(false);
    expect(dialogOpen()).toBe(true);
    reading.close();
    expect(dialogOpen()).toBe(false);
  });

  it('forgets a menu closed by a mode reset', () => {
    openDialog('Settings', () => {}, { menu: true });
    closeAllDialogs();
    expect(menuDialogOpen()).toBe(false);
  });
});
