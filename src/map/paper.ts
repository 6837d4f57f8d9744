// The aged paper under and over the ink, in the DOM: the paper colour is the map's background,
// and a grain, a vignette and a few stains lie over the drawing (pointer-events: none). Kept out
// of the renderers on purpose: full-screen fills are the one thing that is slow on a software
// GPU (a single textured full-screen quad cost about 0.6 s a frame in headless Chromium), while
// the compositor blends these layers for free. Both renderers draw only the ink, on transparency.
// A plain palette (high contrast) has none of them.
import type { Palette } from './palette.ts';
import { cssColor } from './palette.ts';
import type { Viewport } from './viewport.ts';
import { WORLD } from './geometry.ts';

const TILE = 160;

function grainTile(palette: Palette): string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = TILE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  let seed = 11;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < 2400; i++) {
    const dark = rnd() < 0.75;
    ctx.fillStyle = dark ? cssColor(palette.paperShade, 0.05 + rnd() * 0.09) : `rgba(255, 255, 255, ${palette.dark ? 0.03 : 0.14})`;
    ctx.fillRect(Math.floor(rnd() * TILE), Math.floor(rnd() * TILE), 1, 1);
  }
  ctx.strokeStyle = cssColor(palette.paperShade, palette.dark ? 0.12 : 0.07);
  ctx.lineWidth = 0.6;
  for (let i = 0; i < 30; i++) {
    const x = rnd() * TILE, y = rnd() * TILE, a = rnd() * Math.PI, l = 3 + rnd() * 7;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + Math.cos(a) * l, y + Math.sin(a) * l);
    ctx.stroke();
  }
  try {
    return canvas.toDataURL('image/png');
  } catch {
    return '';
  }
}

/** Faint stains on the sheet, as [x%, y%, size%, strength]. */
const STAINS: [number, number, number, number][] = [[86, 20, 9, 0.05], [14, 83, 11, 0.045], [60, 90, 6, 0.04], [94, 80, 5, 0.045], [8, 10, 7, 0.035]];

export class Paper {
  private readonly grain: HTMLDivElement;
  private readonly sheet: HTMLDivElement;
  private tiles = new Map<string, string>();

  constructor(private readonly root: HTMLElement, before: Element | null) {
    this.grain = document.createElement('div');
    this.grain.className = 'kmap-grain';
    this.sheet = document.createElement('div');
    this.sheet.className = 'kmap-sheet';
    for (const el of [this.grain, this.sheet]) {
      el.setAttribute('aria-hidden', 'true');
      root.insertBefore(el, before);
    }
  }

  setPalette(palette: Palette): void {
    this.root.style.backgroundColor = cssColor(palette.paper);
    if (palette.plain) {
      // High contrast: plain paper, nothing over the ink.
      this.grain.style.backgroundImage = 'none';
      this.sheet.style.backgroundImage = 'none';
      return;
    }
    const key = `${palette.paperShade}-${palette.dark}`;
    let tile = this.tiles.get(key);
    if (tile === undefined) {
      tile = grainTile(palette);
      this.tiles.set(key, tile);
    }
    this.grain.style.backgroundImage = tile ? `url("${tile}")` : 'none';
    const shade = palette.paperShade;
    const edge = palette.dark ? 0.42 : 0.28;
    this.sheet.style.backgroundImage = [
      ...STAINS.map(([x, y, size, a]) => `radial-gradient(circle at ${x}% ${y}%, ${cssColor(shade, a)} 0, ${cssColor(shade, a * 0.6)} ${size * 0.6}%, ${cssColor(shade, 0)} ${size}%)`),
      `radial-gradient(ellipse at 50% 50%, ${cssColor(shade, 0)} 45%, ${cssColor(shade, edge * 0.3)} 75%, ${cssColor(shade, edge)} 100%)`,
    ].join(', ');
  }

  layout(view: Viewport): void {
    const s = this.sheet.style;
    s.left = `${view.offsetX}px`;
    s.top = `${view.offsetY}px`;
    s.width = `${WORLD.width * view.scale}px`;
    s.height = `${WORLD.height * view.scale}px`;
  }

  destroy(): void {
    this.grain.remove();
    this.sheet.remove();
  }
}
