// @vitest-environment happy-dom
// The kiosk controller in a simulated page with time fast-forwarded: attract loop, a visit in
// one tap, the idle warning and Continue, the reset, the error path and the staff gesture.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../../src/content/registry.ts';
import { MemoryStorage } from '../../../src/engine/index.ts';
import { resolveKioskConfig } from '../../../src/modes/kiosk/config.ts';
import { COUNTERS_KEY } from '../../../src/modes/kiosk/counters.ts';
import { KioskMode } from '../../../src/modes/kiosk/index.ts';
import { compiledStory } from '../../helpers/story.ts';
import fileConfig from '../../../kiosk.config.json';
import { FakeScheduler } from './fakeScheduler.ts';

let json = '';
beforeAll(() => { json = compiledStory().json!; }, 60_000);

let kiosk: KioskMode | null = null;
afterEach(() => { kiosk?.stop(); kiosk = null; document.body.replaceChildren(); });

function setup(overrides: Record<string, unknown> = {}) {
  document.body.replaceChildren();
  const root = document.createElement('div');
  root.id = 'app';
  document.body.append(root);
  const scheduler = new FakeScheduler();
  const storage = new MemoryStorage();
  const reloads: number[] = [];
  const config = { ...resolveKioskConfig(fileConfig), ...overrides };
  kiosk = new KioskMode({
    root, story: { json, hash: 'test' }, content: getContent(), prefersReducedMotion: false, search: '', debug: false,
    scheduler, counterStorage: storage, reload: () => reloads.push(scheduler.now()), config,
  });
  kiosk.start();
  return { root, scheduler, storage, reloads, kiosk };
}

const tapAt = (x: number, y: number) => {
  document.dispatchEvent(new PointerEvent('pointerup', { clientX: x, clientY: y, bubbles: true }));
};

describe('KioskMode', () => {
  it('shows the attract loop and moves through the days', () => {
    const { root, scheduler } = setup();
    expect(root.dataset.screen).toBe('attract');
    const attract = root.querySelector<HTMLElement>('.kiosk-attract')!;
    expect(attract.dataset.step).toBe('0');
    expect(attract.textContent).toContain('Touch to begin');
    expect(attract.textContent).toContain('Content note');
    expect(attract.textContent).toContain('English');
    scheduler.advance(7999);
    expect(attract.dataset.step, 'a caption stays at least 8 s').toBe('0');
    scheduler.advance(1);
    expect(attract.dataset.step).toBe('1');
    scheduler.advance(8 * 8000);
    expect(attract.dataset.step).toBe('0');
    expect(document.documentElement.dataset.mode).toBe('kiosk');
  });

  it('pauses the captions on request without beginning a visit, and resumes them', () => {
    const { root, scheduler } = setup();
    const attract = root.querySelector<HTMLElement>('.kiosk-attract')!;
    const pause = root.querySelector<HTMLButtonElement>('#kiosk-pause')!;
    expect(pause.hidden).toBe(false);
    pause.click();
    expect(root.dataset.screen, 'pausing is not a tap that begins').toBe('attract');
    expect(pause.getAttribute('aria-pressed')).toBe('true');
    expect(pause.textContent).toBe('Play the captions');
    scheduler.advance(60_000);
    expect(attract.dataset.step).toBe('0');
    pause.click();
    expect(pause.getAttribute('aria-pressed')).toBe('false');
    scheduler.advance(8000);
    expect(attract.dataset.step).toBe('1');
  });

  it('holds the first caption under reduced motion (no cycling, no pause control needed)', () => {
    const { root, scheduler } = setup({ reduceMotion: true });
    const attract = root.querySelector<HTMLElement>('.kiosk-attract')!;
    expect(root.querySelector<HTMLButtonElement>('#kiosk-pause')!.hidden).toBe(true);
    scheduler.advance(120_000);
    expect(attract.dataset.step).toBe('0');
  });

  it('sound follows the config: silent by default, on at the configured volume', () => {
    const soundOf = (overrides: Record<string, unknown>) => {
      const { root } = setup(overrides);
      root.querySelector<HTMLElement>('.kiosk-attract')!.click();
      const pressed = root.querySelector('#toggle-sound')!.getAttribute('aria-pressed');
      kiosk?.stop();
      return pressed;
    };
    expect(soundOf({})).toBe('false');
    expect(soundOf({ sound: 40 })).toBe('true');
  });

  it('starts the kiosk cut in one tap, warns after 90 s idle, Continue keeps the place, then resets', () => {
    const { root, scheduler, storage, reloads } = setup();
    root.querySelector<HTMLElement>('.kiosk-attract')!.click();
    expect(root.dataset.screen).toBe('play');
    const text = root.querySelector('.story-text')!.textContent;
    expect(text).toContain('Early May 1954');
    expect(root.querySelector('.viewpoint-screen')).toBeNull();
    expect(JSON.parse(storage.getItem(COUNTERS_KEY)!).total.visitsStarted).toBe(1);

    scheduler.advance(89_000);
    expect(document.querySelector('dialog.kiosk-idle')).toBeNull();
    scheduler.advance(1_000);
    const overlay = document.querySelector<HTMLDialogElement>('dialog.kiosk-idle')!;
    expect(overlay.textContent).toContain('Are you still there?');
    expect(overlay.dataset.secondsLeft).toBe('30');
    scheduler.advance(10_000);
    expect(overlay.dataset.secondsLeft).toBe('20');
    overlay.querySelector<HTMLButtonElement>('#kiosk-idle-continue')!.click();
    expect(document.querySelector('dialog.kiosk-idle')).toBeNull();
    expect(root.querySelector('.story-text')!.textContent).toBe(text);

    scheduler.advance(90_000 + 29_000);
    expect(reloads).toEqual([]);
    scheduler.advance(1_000);
    expect(reloads).toHaveLength(1);
    expect(JSON.parse(storage.getItem(COUNTERS_KEY)!).total.resets).toBe(1);
  });

  it('reading never times out while the visitor acts', () => {
    const { root, scheduler, reloads } = setup();
    root.querySelector<HTMLElement>('.kiosk-attract')!.click();
    for (let i = 0; i < 30; i += 1) {
      scheduler.advance(60_000);
      document.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    }
    expect(document.querySelector('dialog.kiosk-idle')).toBeNull();
    expect(reloads).toEqual([]);
  });

  it('an uncaught error is logged and the kiosk returns to the attract loop within 5 s', () => {
    const { root, scheduler, storage, reloads } = setup();
    root.querySelector<HTMLElement>('.kiosk-attract')!.click();
    window.dispatchEvent(new ErrorEvent('error', { message: 'x', error: new Error('x'), filename: 'http://127.0.0.1/assets/index-abc.js?q=1', lineno: 3, colno: 9 }));
    scheduler.advance(1999);
    expect(reloads).toEqual([]);
    scheduler.advance(1);
    expect(reloads).toHaveLength(1);
    const data = JSON.parse(storage.getItem(COUNTERS_KEY)!);
    expect(data.total.errors).toBe(1);
    expect(data.errorLog[0]).toMatchObject({ kind: 'error', message: 'Error: x', where: 'index-abc.js:3:9' });
  });

  it('opens the PIN pad on five corner taps; wrong PINs lock it; the right one opens the staff screen', () => {
    const { root, scheduler } = setup();
    for (let i = 0; i < 4; i += 1) tapAt(5, 5);
    expect(document.querySelector('dialog.kiosk-pin')).toBeNull();
    tapAt(5, 5);
    const pad = document.querySelector<HTMLDialogElement>('dialog.kiosk-pin')!;
    expect(pad).not.toBeNull();
    expect(root.dataset.screen).toBe('attract');
    const press = (digits: string) => {
      for (const digit of digits) pad.querySelector<HTMLButtonElement>(`[data-digit="${digit}"]`)!.click();
      pad.querySelector<HTMLButtonElement>('#kiosk-pin-ok')!.click();
    };
    press('1111');
    press('2222');
    expect(pad.querySelector('.kiosk-pin-message')!.textContent).toContain('1 more');
    press('3333');
    expect(pad.dataset.locked).toBe('true');
    expect(pad.querySelector<HTMLButtonElement>('[data-digit="2"]')!.disabled).toBe(true);
    scheduler.advance(30_000);
    expect(pad.dataset.locked).toBe('false');
    press('2468');
    expect(document.querySelector('dialog.kiosk-pin')).toBeNull();
    const staff = document.querySelector<HTMLDialogElement>('dialog.kiosk-staff')!;
    expect(staff.querySelector('[data-key="visits-today"] dd')!.textContent).toBe('0 / 0');
    expect(staff.querySelector('[data-key="build"] dd')!.textContent).toContain('0.1.0');
    // The staff screen is a menu: it times out too, back to the attract loop.
    scheduler.advance(45_000);
    expect(document.querySelector('dialog.kiosk-idle')).not.toBeNull();
  });
});
