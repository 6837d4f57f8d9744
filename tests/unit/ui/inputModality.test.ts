// @vitest-environment happy-dom
// Key hints follow the input the player last used: a key marks "keyboard", a touch "pointer", a mouse nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { watchInputModality } from '../../../src/ui/inputModality.ts';

let stop: (() => void) | null = null;
afterEach(() => { stop?.(); stop = null; delete document.documentElement.dataset.input; });

const pointer = (pointerType: string) => document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType, bubbles: true }));

describe('input modality', () => {
  it('marks keyboard on a key and pointer on a touch, and ignores the mouse', () => {
    stop = watchInputModality();
    const root = document.documentElement;
    expect(root.dataset.input).toBeUndefined();
    pointer('touch');
    expect(root.dataset.input).toBe('pointer');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(root.dataset.input).toBe('keyboard');
    pointer('mouse');
    expect(root.dataset.input).toBe('keyboard');
    stop();
    pointer('touch');
    expect(root.dataset.input, 'stopped').toBe('keyboard');
  });
});
