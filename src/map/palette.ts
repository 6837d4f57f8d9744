// Colours of the plan for each time of day, shifted by the weather (docs: visual-style.md).
// Paper and ink carry every label; rust, blue and green-grey are accents and never the only
// signal (every mark also differs in shape and is named in the legend). Pure: no Phaser.
// The high-contrast theme is one plain sheet for every time and weather: black ink on white,
// labels at 21:1, every line colour at 7:1 or more, no grain, vignette or stains. The time of
// day still shows in the marks (searchlights at night) and in the spoken summary.
import type { Tint, Weather } from './mapState.ts';
import type { MapTheme } from './types.ts';

export interface Palette {
  /** The paper, as the whole map's background. */
  paper: number;
  /** Darker edge of the aged paper (vignette, stains, grain). */
  paperShade: number;
  /** The main pen: outlines, labels. */
  ink: number;
  /** Lighter pen for secondary line-work (barracks, grid, steppe marks). */
  inkSoft: number;
  /** Danger and the dead: sparingly, never alone. */
  rust: number;
  /** Water fill and its line. */
  water: number;
  waterInk: number;
  /** The steppe's marks. */
  steppe: number;
  /** Searchlight glow. */
  light: number;
  /** Label slips: background and text. */
  labelPaper: number;
  labelInk: number;
  /** True for the dark (night) palette: some marks switch from shading to glowing. */
  dark: boolean;
  /** True for plain paper (high contrast): no grain, vignette or stains over the ink. */
  plain: boolean;
}

const base: Record<Tint['time'], Palette> = {
  day: {
    paper: 0xefe3c6, paperShade: 0x8a6a3c, ink: 0x2b2018, inkSoft: 0x6b5a47, rust: 0x8e3a22,
    water: 0xa9bccb, waterInk: 0x3f5f7a, steppe: 0x6f7c62, light: 0xfff1b8,
    labelPaper: 0xf4ead2, labelInk: 0x2b2018, dark: false, plain: false,
  },
  dawn: {
    paper: 0xe9dbd0, paperShade: 0x7a5a5a, ink: 0x2b2023, inkSoft: 0x6a5858, rust: 0x8a3424,
    water: 0xa8b6c8, waterInk: 0x405a78, steppe: 0x6c7764, light: 0xfff1c8,
    labelPaper: 0xf1e6dc, labelInk: 0x2b2023, dark: false, plain: false,
  },
  evening: {
    paper: 0xe5cda3, paperShade: 0x7a4e22, ink: 0x2a1c12, inkSoft: 0x65503a, rust: 0x86301a,
    water: 0x9fb0b8, waterInk: 0x3c5670, steppe: 0x66704f, light: 0xfff0c0,
    labelPaper: 0xeedcb8, labelInk: 0x2a1c12, dark: false, plain: false,
  },
  night: {
    paper: 0x1b2640, paperShade: 0x05080f, ink: 0xe6ddc8, inkSoft: 0x9aa6bc, rust: 0xe39a78,
    water: 0x2f4a74, waterInk: 0x9fbbdc, steppe: 0x7f9488, light: 0xf6e9b4,
    labelPaper: 0x16203a, labelInk: 0xeee6d2, dark: true, plain: false,
  },
};

/**
 * High contrast: the page's contrast theme on the map (src/ui/styles/index.css). Line colours
 * keep their hue where it helps (rust, water, steppe) but are dark enough for 7:1 on white;
 * `paperShade` is black, so the building fills (10-18 % of it) are light greys; the searchlight
 * glow is amber, since a pale yellow vanishes on white.
 */
const contrastPalette: Palette = {
  paper: 0xffffff, paperShade: 0x000000, ink: 0x000000, inkSoft: 0x333333, rust: 0x7a0000,
  water: 0x9cc3e6, waterInk: 0x00306b, steppe: 0x1f3300, light: 0xf0b400,
  labelPaper: 0xffffff, labelInk: 0x000000, dark: false, plain: true,
};

/** How far each weather pulls the paper towards its own colour (light and dark palettes). */
const weatherShift: Record<Weather, { light: number; dark: number; amount: number }> = {
  clear: { light: 0, dark: 0, amount: 0 },
  wind: { light: 0xe2d6bc, dark: 0x1e2840, amount: 0.25 },
  dust: { light: 0xd9bf86, dark: 0x2b2a34, amount: 0.35 },
  heat: { light: 0xf7ecd2, dark: 0x24283c, amount: 0.35 },
  rain: { light: 0xcfccc2, dark: 0x182230, amount: 0.35 },
};

export function mix(a: number, b: number, t: number): number {
  const ch = (c: number, s: number) => (c >> s) & 0xff;
  const m = (s: number) => Math.round(ch(a, s) + (ch(b, s) - ch(a, s)) * t) << s;
  return m(16) | m(8) | m(0);
}

export function paletteFor(tint: Tint, theme: MapTheme = 'paper'): Palette {
  if (theme === 'contrast') return contrastPalette;
  const p = base[tint.time];
  const shift = weatherShift[tint.weather];
  if (shift.amount === 0) return p;
  const towards = p.dark ? shift.dark : shift.light;
  return {
    ...p,
    paper: mix(p.paper, towards, shift.amount),
    labelPaper: mix(p.labelPaper, towards, shift.amount * 0.6),
  };
}

export function cssColor(color: number, alpha = 1): string {
  const hex = `#${color.toString(16).padStart(6, '0')}`;
  if (alpha >= 1) return hex;
  const r = (color >> 16) & 0xff, g = (color >> 8) & 0xff, b = color & 0xff;
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

function luminance(color: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((color >> 16) & 0xff) + 0.7152 * lin((color >> 8) & 0xff) + 0.0722 * lin(color & 0xff);
}

/** WCAG 2 contrast ratio between two opaque colours. */
export function contrast(a: number, b: number): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
