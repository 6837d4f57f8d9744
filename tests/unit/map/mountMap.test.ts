// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://localhost/?maprenderer=plan"}
//
// mountMap through its contract (src/map/types.ts), on the SVG plan renderer (no WebGL here):
// the data attributes tests read, the marker and note buttons, the key, cleanup.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mountMap } from '../../../src/map/index.ts';
import type { MapView } from '../../../src/map/types.ts';
import { historyVariables } from './fixtures.ts';

// happy-dom does no layout: give the map a size.
beforeAll(() => {
  const size = (px: number) => ({ configurable: true, get(this: HTMLElement) { return this.classList.contains('kmap') ? px : 0; } });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', size(800));
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', size(540));
});

// Long enough for the scheduled redraw (a frame, then a task) on a busy machine.
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

let view: MapView | null = null;
afterEach(() => { view?.destroy(); view = null; document.body.replaceChildren(); });

async function mount() {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const onChoose = vi.fn();
  const onOpenPlace = vi.fn();
  view = await mountMap(container, { reducedMotion: true, onChoose, onOpenPlace });
  return { container, onChoose, onOpenPlace, view };
}

describe('mountMap', () => {
  it('falls back to the SVG plan and says so', async () => {
    const { container, view } = await mount();
    expect(view.rendererName()).toBe('plan');
    expect(container.dataset.renderer).toBe('plan');
  });

  it('publishes the drawn day and layers, and draws them', async () => {
    const { container, view } = await mount();
    view.update(historyVariables[9]!);
    expect(container.dataset.day).toBe('9');
    expect(container.dataset.layers).toBe('plan walls-open');
    await settle();
    expect(container.querySelector('svg [data-layer="walls-open"]')).not.toBeNull();
    expect(container.querySelector('svg [data-layer="tanks"]')).toBeNull();
    view.update(historyVariables[42]!);
    expect(container.dataset.layers?.split(' ')).toContain('tanks');
    expect(container.dataset.time).toBe('night');
    await settle();
    expect(container.querySelector('svg [data-layer="tanks"]')).not.toBeNull();
    expect(container.querySelector('.kmap-canvas')?.getAttribute('aria-label')).toMatch(/Tanks/);
  });

  it('highlights a known place, with a ring and its label', async () => {
    const { container, view } = await mount();
    view.highlight('guardhouse');
    expect(container.dataset.highlight).toBe('guardhouse');
    await settle();
    expect(container.querySelector('svg [data-layer="highlight"]')).not.toBeNull();
    expect(container.querySelector('svg')?.textContent).toContain('Guardhouse');
    view.highlight('nowhere');
    expect(container.dataset.highlight).toBeUndefined();
    view.highlight(null);
    expect(container.dataset.highlight).toBeUndefined();
  });

  it('makes every marker a named button that takes the choice', async () => {
    const { container, view, onChoose } = await mount();
    view.setMarkers([
      { placeId: 'stores', choiceIndex: 1, text: 'Count the sacks' },
      { placeId: 'guardhouse', choiceIndex: 0, text: 'Watch the gate' },
      { placeId: 'not_a_place', choiceIndex: 2, text: 'Nowhere' },
    ]);
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('button.kmap-marker')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Watch the gate (on the map: Guardhouse (vakhta))',
      'Count the sacks (on the map: Food stores)',
    ]);
    expect(buttons.map((b) => b.textContent)).toEqual(['1', '2']);
    buttons[1]!.click();
    expect(onChoose).toHaveBeenCalledWith(1);
    view.setMarkers([]);
    expect(container.querySelectorAll('button.kmap-marker')).toHaveLength(0);
  });

  it('shows the choice text on focus and hides it on Escape', async () => {
    const { container, view } = await mount();
    view.setMarkers([{ placeId: 'stores', choiceIndex: 0, text: 'Count the sacks' }]);
    const button = container.querySelector<HTMLButtonElement>('button.kmap-marker')!;
    button.dispatchEvent(new FocusEvent('focus'));
    const tip = container.querySelector<HTMLElement>('.kmap-tip')!;
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toContain('Count the sacks');
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(tip.hidden).toBe(true);
  });

  it('opens places with notes: one button per zone, with how many notes it holds', async () => {
    const { container, view, onOpenPlace } = await mount();
    view.setNotePlaces(['river', 'river', 'hospital', 'bakery', 'stores']);
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('button.kmap-note')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['2 endnotes: Kara-Kengir river', '3 endnotes: Service yard (khozdvor)']);
    expect(buttons.map((b) => b.textContent)).toEqual(['2', '3']);
    buttons[0]!.click();
    expect(onOpenPlace).toHaveBeenCalledWith('river');
    view.setNotePlaces(['hospital']);
    expect([...container.querySelectorAll('button.kmap-note')].map((b) => b.getAttribute('aria-label'))).toEqual(['1 endnote: Hospital']);
  });

  it('shows the reconstruction note, the approximate scale and a legend', async () => {
    const { container, view } = await mount();
    view.update(historyVariables[42]!);
    expect(container.textContent).toContain('Reconstruction: positions inside the zones are approximate');
    expect(container.textContent).toContain('approximate');
    const legendButton = container.querySelector<HTMLButtonElement>('.kmap-legend-button')!;
    legendButton.click();
    expect(legendButton.getAttribute('aria-expanded')).toBe('true');
    const items = [...container.querySelectorAll<HTMLElement>('.kmap-legend-item')].map((li) => li.dataset.legend);
    expect(items).toEqual(expect.arrayContaining(['tank', 'searchlight', 'perimeter']));
  });

  it('switches to the high-contrast theme and back at once, without a cross-fade', async () => {
    const { container, view } = await mount();
    view.update(historyVariables[42]!);
    await settle();
    const root = container.querySelector<HTMLElement>('.kmap')!;
    expect(container.dataset.mapTheme).toBe('paper');
    expect(root.dataset.palette).toBe('dark');
    view.setTheme('contrast');
    expect(container.dataset.mapTheme).toBe('contrast');
    expect(root.dataset.palette).toBe('contrast');
    expect(root.style.getPropertyValue('--kmap-ink')).toBe('#000000');
    expect(root.style.getPropertyValue('--kmap-label-paper')).toBe('#ffffff');
    expect(container.querySelector<HTMLElement>('.kmap-grain')!.style.backgroundImage).toBe('none');
    expect(container.querySelector<HTMLElement>('.kmap-sheet')!.style.backgroundImage).toBe('none');
    await settle();
    expect(container.querySelector('.kmap-fade')).toBeNull();
    // The labels are redrawn in black.
    expect([...container.querySelectorAll('svg text')].every((t) => t.getAttribute('fill') === '#000000')).toBe(true);
    view.setTheme('paper');
    expect(container.dataset.mapTheme).toBe('paper');
    expect(root.dataset.palette).toBe('dark');
  });

  it('starts in the page theme when none is given', async () => {
    document.documentElement.dataset.theme = 'contrast';
    try {
      const { container } = await mount();
      expect(container.dataset.mapTheme).toBe('contrast');
    } finally {
      delete document.documentElement.dataset.theme;
    }
  });

  it('reports transitions off with reduced motion', async () => {
    const { container, view } = await mount();
    expect(container.dataset.mapTransitions).toBe('off');
    view.setReducedMotion(false);
    expect(container.dataset.mapTransitions).toBe('on');
    view.setReducedMotion(true);
    expect(container.dataset.mapTransitions).toBe('off');
  });

  it('cleans up after itself', async () => {
    const { container, view } = await mount();
    view.update(historyVariables[1]!);
    view.highlight('bathhouse');
    view.destroy();
    expect(container.children).toHaveLength(0);
    expect(Object.keys(container.dataset)).toEqual([]);
  });
});
