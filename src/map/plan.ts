// The reconstruction plan, drawn through a Pen: one function per layer, each named as in
// mapState.ts's LayerNames. The Phaser renderer and the SVG fallback both call drawPlan, so
// the two always show the same marks. Pure: no Phaser, no DOM.
import type { LayerName, MapState } from './mapState.ts';
import type { FillStyle, Pen, StrokeStyle } from './pen.ts';
import { dashed } from './pen.ts';
import {
  BUILDINGS, COMPOUND, CONSTRUCTION, GATES, INNER, KEY_CORNER, PERIMETER, PRISON_YARDS, RIVER, RIVER_WIDTH,
  ROADS, SETTLEMENT, TOWERS, WALLS, WALL_BOTTOM, WALL_THICKNESS, WALL_TOP, WORLD, inside, seeded,
  type Building, type Rect, type Wall,
} from './geometry.ts';

export interface DrawOptions {
  /** Plan units per CSS pixel: no line is drawn thinner than about one CSS pixel. */
  unitsPerPixel: number;
  /** Plain paper (high contrast): no old folds across the sheet. */
  plain?: boolean;
}

type Draw = (pen: Pen, state: MapState, line: (w: number) => number, options: DrawOptions) => void;

/** Draw every visible layer of the state, in order. */
export function drawPlan(pen: Pen, state: MapState, options: DrawOptions): void {
  const hairline = 0.9 * options.unitsPerPixel;
  const line = (w: number) => Math.max(w, hairline);
  for (const name of state.layers) {
    pen.layer(name);
    layerDrawers[name](pen, state, line, options);
  }
}

// ---- helpers ---------------------------------------------------------------------------------

const stroke = (width: number, color: StrokeStyle['color'] = 'ink', alpha?: number): StrokeStyle =>
  alpha === undefined ? { width, color } : { width, color, alpha };
const fill = (color: FillStyle['color'], alpha?: number): FillStyle => (alpha === undefined ? { color } : { color, alpha });

function rectPoints(r: Rect): number[] {
  return [r.x, r.y, r.x + r.w, r.y, r.x + r.w, r.y + r.h, r.x, r.y + r.h];
}

/** Diagonal hatching clipped to a rectangle, as segments. */
function hatch(r: Rect, spacing: number, slope = 1): number[] {
  const out: number[] = [];
  // Lines y = x * slope + c, for c across the range that touches the rectangle.
  const cs = [r.y - (r.x + r.w) * slope, r.y + r.h - r.x * slope, r.y - r.x * slope, r.y + r.h - (r.x + r.w) * slope];
  const cMin = Math.min(...cs), cMax = Math.max(...cs);
  for (let c = cMin + spacing / 2; c < cMax; c += spacing) {
    const pts: [number, number][] = [];
    const add = (x: number, y: number) => {
      if (x >= r.x - 1e-6 && x <= r.x + r.w + 1e-6 && y >= r.y - 1e-6 && y <= r.y + r.h + 1e-6) pts.push([x, y]);
    };
    add(r.x, r.x * slope + c);
    add(r.x + r.w, (r.x + r.w) * slope + c);
    add((r.y - c) / slope, r.y);
    add((r.y + r.h - c) / slope, r.y + r.h);
    if (pts.length >= 2) {
      pts.sort((a, b) => a[0] - b[0]);
      const [a, b] = [pts[0]!, pts[pts.length - 1]!];
      if (Math.hypot(b[0] - a[0], b[1] - a[1]) > 0.5) out.push(a[0], a[1], b[0], b[1]);
    }
  }
  return out;
}

/** Runs of a wall left standing between its gaps. */
function runs(gaps: [number, number][]): [number, number][] {
  const sorted = [...gaps].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let y = WALL_TOP;
  for (const [a, b] of sorted) {
    if (a > y) out.push([y, a]);
    y = Math.max(y, b);
  }
  if (y < WALL_BOTTOM) out.push([y, WALL_BOTTOM]);
  return out;
}

function rotated(cx: number, cy: number, w: number, h: number, angle: number, dx = 0): number[] {
  const c = Math.cos(angle), s = Math.sin(angle);
  const corners: [number, number][] = [[dx - w / 2, -h / 2], [dx + w / 2, -h / 2], [dx + w / 2, h / 2], [dx - w / 2, h / 2]];
  return corners.flatMap(([x, y]) => [cx + x * c - y * s, cy + x * s + y * c]);
}

function arcPoints(cx: number, cy: number, r: number, from: number, to: number, steps = 8): number[] {
  const out: number[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = from + ((to - from) * i) / steps;
    out.push(cx + Math.cos(a) * r, cy + Math.sin(a) * r);
  }
  return out;
}

// ---- the base plan ---------------------------------------------------------------------------

function drawOutside(pen: Pen, line: (w: number) => number): void {
  const rand = seeded(1954);
  // Steppe: small tufts wherever nothing else stands.
  const tufts: number[] = [];
  const avoid: Rect[] = [
    { x: PERIMETER.x - 14, y: PERIMETER.y - 14, w: PERIMETER.w + 28, h: PERIMETER.h + 28 },
    { x: SETTLEMENT.x - 8, y: SETTLEMENT.y - 8, w: SETTLEMENT.w + 16, h: SETTLEMENT.h + 12 },
    { x: 260, y: 10, w: 130, h: 58 }, COMPOUND, KEY_CORNER,
  ];
  for (let i = 0; i < 520 && tufts.length < 220 * 12; i++) {
    const x = 8 + rand() * (WORLD.width - 16), y = 8 + rand() * (WORLD.height - 16);
    if (avoid.some((r) => inside(r, x, y, 4))) continue;
    if (Math.abs(x - riverXAt(y)) < RIVER_WIDTH + 6) continue;
    const s = 2.2 + rand() * 1.6;
    tufts.push(x - s, y, x - s * 0.4, y - s * 1.3, x, y, x, y - s * 1.6, x + s, y, x + s * 0.4, y - s * 1.3);
  }
  pen.segments(tufts, stroke(line(0.8), 'steppe', 0.9));

  // The river: a band of water with its two banks and a few current lines.
  const left: number[] = [], right: number[] = [];
  for (let i = 0; i + 1 < RIVER.length; i += 2) {
    const x = RIVER[i]!, y = RIVER[i + 1]!;
    const w = RIVER_WIDTH * (0.8 + 0.4 * Math.sin(i * 1.7));
    left.push(x - w / 2, y);
    right.push(x + w / 2, y);
  }
  const band = [...left];
  for (let i = right.length - 2; i >= 0; i -= 2) band.push(right[i]!, right[i + 1]!);
  pen.polygon(band, fill('water', 0.55));
  pen.polyline(left, stroke(line(1.1), 'waterInk'));
  pen.polyline(right, stroke(line(1.1), 'waterInk'));
  const current: number[] = [];
  for (let i = 2; i + 3 < RIVER.length; i += 2) {
    const x = RIVER[i]!, y = RIVER[i + 1]!, nx = RIVER[i + 2]!, ny = RIVER[i + 3]!;
    const mx = (x + nx) / 2, my = (y + ny) / 2;
    current.push(mx - 2, my - 8, mx + 1, my + 8);
  }
  pen.segments(current, stroke(line(0.7), 'waterInk', 0.8));

  // Roads.
  for (const road of ROADS) pen.segments(dashed(road, 7, 4), stroke(line(0.9), 'inkSoft'));

  // The settlement: blocks of small houses along streets.
  const houses: number[] = [];
  const houseRand = seeded(7);
  for (let y = SETTLEMENT.y + 4; y < SETTLEMENT.y + SETTLEMENT.h - 8; y += 17) {
    for (let x = SETTLEMENT.x + 4; x < SETTLEMENT.x + SETTLEMENT.w - 10; x += 15) {
      if (houseRand() < 0.22) continue;
      const w = 8 + houseRand() * 4, h = 7 + houseRand() * 3;
      houses.push(x, y, x + w, y, x + w, y, x + w, y + h, x + w, y + h, x, y + h, x, y + h, x, y);
    }
  }
  pen.segments(houses, stroke(line(0.9), 'inkSoft'));

  // Construction sites: foundations (dashed) and a crane.
  for (const site of CONSTRUCTION) pen.segments(dashed([...rectPoints(site), site.x, site.y], 4, 3), stroke(line(0.9), 'ink'));
  pen.polyline([386, 66, 386, 14, 412, 14], stroke(line(1.2), 'ink'));
  pen.segments([386, 22, 394, 14, 380, 66, 392, 66, 412, 14, 412, 24], stroke(line(0.8), 'ink'));

  // The commission's compound: a dotted fence round its headquarters.
  pen.segments(dashed([...rectPoints(COMPOUND), COMPOUND.x, COMPOUND.y], 2, 3), stroke(line(1), 'ink'));
}

function riverXAt(y: number): number {
  for (let i = 0; i + 3 < RIVER.length; i += 2) {
    const y0 = RIVER[i + 1]!, y1 = RIVER[i + 3]!;
    if (y >= y0 && y <= y1) {
      const t = (y - y0) / (y1 - y0 || 1);
      return RIVER[i]! + (RIVER[i + 2]! - RIVER[i]!) * t;
    }
  }
  return -100;
}

function fenceWithGates(r: Rect, dash: [number, number] | null): number[] {
  // The rectangle's four sides, with the gates cut out of the bottom side (dashed if asked).
  const top = [r.x, r.y, r.x + r.w, r.y];
  const rightSide = [r.x + r.w, r.y, r.x + r.w, r.y + r.h];
  const leftSide = [r.x, r.y + r.h, r.x, r.y];
  const by = r.y + r.h;
  const bottom: number[] = [];
  let x = r.x + r.w;
  const gates = [...GATES].sort((a, b) => b.x0 - a.x0);
  for (const g of gates) {
    bottom.push(x, by, g.x1, by);
    x = g.x0;
  }
  bottom.push(x, by, r.x, by);
  const sides = [top, rightSide, leftSide];
  const segs: number[] = [];
  for (const s of sides) segs.push(...(dash ? dashed(s, dash[0], dash[1]) : s));
  for (let i = 0; i < bottom.length; i += 4) {
    const s = bottom.slice(i, i + 4);
    segs.push(...(dash ? dashed(s, dash[0], dash[1]) : s));
  }
  return segs;
}

function drawCamp(pen: Pen, line: (w: number) => number): void {
  // The fire zone: the strip between the perimeter and the inner fence, lightly hatched.
  const strips: Rect[] = [
    { x: PERIMETER.x, y: PERIMETER.y, w: PERIMETER.w, h: INNER.y - PERIMETER.y },
    { x: PERIMETER.x, y: INNER.y + INNER.h, w: PERIMETER.w, h: PERIMETER.y + PERIMETER.h - INNER.y - INNER.h },
    { x: PERIMETER.x, y: INNER.y, w: INNER.x - PERIMETER.x, h: INNER.h },
    { x: INNER.x + INNER.w, y: INNER.y, w: PERIMETER.x + PERIMETER.w - INNER.x - INNER.w, h: INNER.h },
  ];
  const fireHatch = strips.flatMap((s) => hatch(s, 7, -1));
  // Leave the gates clear.
  const clear: number[] = [];
  for (let i = 0; i < fireHatch.length; i += 4) {
    const mx = (fireHatch[i]! + fireHatch[i + 2]!) / 2, my = (fireHatch[i + 1]! + fireHatch[i + 3]!) / 2;
    if (my > INNER.y + INNER.h && GATES.some((g) => mx > g.x0 - 3 && mx < g.x1 + 3)) continue;
    clear.push(fireHatch[i]!, fireHatch[i + 1]!, fireHatch[i + 2]!, fireHatch[i + 3]!);
  }
  pen.segments(clear, stroke(line(0.7), 'rust', 0.55));

  // The perimeter fence (solid, with wire ticks) and the inner fence (dashed).
  pen.segments(fenceWithGates(PERIMETER, null), stroke(line(1.8), 'ink'));
  const ticks: number[] = [];
  for (let x = PERIMETER.x + 6; x < PERIMETER.x + PERIMETER.w; x += 9) {
    if (GATES.some((g) => x > g.x0 - 2 && x < g.x1 + 2)) { /* the gate */ } else ticks.push(x - 1.5, PERIMETER.y + PERIMETER.h - 2, x + 1.5, PERIMETER.y + PERIMETER.h + 2);
    ticks.push(x - 1.5, PERIMETER.y - 2, x + 1.5, PERIMETER.y + 2);
  }
  for (let y = PERIMETER.y + 6; y < PERIMETER.y + PERIMETER.h; y += 9) {
    ticks.push(PERIMETER.x - 2, y - 1.5, PERIMETER.x + 2, y + 1.5, PERIMETER.x + PERIMETER.w - 2, y - 1.5, PERIMETER.x + PERIMETER.w + 2, y + 1.5);
  }
  pen.segments(ticks, stroke(line(0.8), 'ink'));
  pen.segments(fenceWithGates(INNER, [6, 4]), stroke(line(1.2), 'ink'));

  // Gates: a gap in both fences, closed by bars.
  for (const g of GATES) {
    const bars: number[] = [];
    for (const y of [INNER.y + INNER.h, PERIMETER.y + PERIMETER.h]) {
      bars.push(g.x0, y - 3, g.x0, y + 3, g.x1, y - 3, g.x1, y + 3);
      for (let x = g.x0 + 4; x < g.x1 - 1; x += 4) bars.push(x, y - 2, x, y + 2);
      bars.push(g.x0, y, g.x1, y);
    }
    pen.segments(bars, stroke(line(1.1), 'ink'));
  }

  // The prisons' own fences.
  for (const yard of PRISON_YARDS) pen.polyline(rectPoints(yard), stroke(line(1.2), 'ink'), true);

  // Buildings.
  for (const b of BUILDINGS) drawBuilding(pen, b, line);

  // Watchtowers: small squares on the fence.
  for (const [x, y] of TOWERS) {
    pen.rect(x - 5, y - 5, 10, 10, fill('paper'), stroke(line(1.5), 'ink'));
    pen.segments([x - 5, y - 5, x + 5, y + 5, x + 5, y - 5, x - 5, y + 5], stroke(line(0.7), 'ink'));
  }
}

function drawBuilding(pen: Pen, b: Building, line: (w: number) => number): void {
  const r = { x: b.cx - b.w / 2, y: b.cy - b.h / 2, w: b.w, h: b.h };
  switch (b.kind) {
    case 'barrack':
      pen.rect(r.x, r.y, r.w, r.h, fill('paperShade', 0.1), stroke(line(1), 'ink'));
      pen.segments([r.x + 2, r.y + r.h / 2, r.x + r.w - 2, r.y + r.h / 2], stroke(line(0.5), 'inkSoft', 0.8));
      break;
    case 'hall':
      pen.rect(r.x, r.y, r.w, r.h, fill('paperShade', 0.14), stroke(line(1.4), 'ink'));
      pen.polyline(rectPoints({ x: r.x + 2.5, y: r.y + 2.5, w: r.w - 5, h: r.h - 5 }), stroke(line(0.6), 'ink'), true);
      break;
    case 'service':
      pen.rect(r.x, r.y, r.w, r.h, fill('paperShade', 0.12), stroke(line(1.3), 'ink'));
      pen.segments(hatch(r, 6, 1), stroke(line(0.5), 'inkSoft', 0.7));
      break;
    case 'prison':
      pen.rect(r.x, r.y, r.w, r.h, fill('paperShade', 0.18), stroke(line(2), 'ink'));
      pen.segments([...hatch(r, 5, 1), ...hatch(r, 5, -1)], stroke(line(0.5), 'ink', 0.6));
      break;
    case 'guard':
    case 'office':
      pen.rect(r.x, r.y, r.w, r.h, fill('paperShade', 0.14), stroke(line(1.6), 'ink'));
      pen.segments(hatch(r, 4, -1), stroke(line(0.5), 'inkSoft', 0.8));
      break;
  }
}

function drawFrame(pen: Pen, line: (w: number) => number, plain: boolean): void {
  // The sheet's border (a double rule) and two old folds (not on plain paper).
  pen.polyline(rectPoints({ x: 4, y: 4, w: WORLD.width - 8, h: WORLD.height - 8 }), stroke(line(1.4), 'ink'), true);
  pen.polyline(rectPoints({ x: 8, y: 8, w: WORLD.width - 16, h: WORLD.height - 16 }), stroke(line(0.6), 'ink'), true);
  if (plain) return;
  pen.segments([WORLD.width / 2, 8, WORLD.width / 2, WORLD.height - 8, 8, WORLD.height / 2, WORLD.width - 8, WORLD.height / 2],
    stroke(line(1), 'paperShade', 0.16));
}

const drawBase: Draw = (pen, _state, line, options) => {
  drawFrame(pen, line, options.plain ?? false);
  drawOutside(pen, line);
  drawCamp(pen, line);
};

// ---- the walls between the zones ---------------------------------------------------------------

function drawWall(pen: Pen, wall: Wall, gaps: [number, number][], line: (w: number) => number, patches: [number, number][] = []): void {
  const half = WALL_THICKNESS / 2;
  const outline: number[] = [];
  const hatching: number[] = [];
  for (const [a, b] of runs(gaps)) {
    outline.push(wall.x - half, a, wall.x - half, b, wall.x + half, a, wall.x + half, b);
    hatching.push(...hatch({ x: wall.x - half, y: a, w: WALL_THICKNESS, h: b - a }, 4.5, -1));
  }
  pen.segments(outline, stroke(line(1.1), 'ink'));
  pen.segments(hatching, stroke(line(0.8), 'ink', 0.85));

  // Broken ends: jagged, with rubble in the gap.
  const rand = seeded(Math.round(wall.x));
  for (const [a, b] of gaps) {
    pen.polyline([wall.x - half, a, wall.x - 1, a + 2.5, wall.x + 1, a - 1, wall.x + half, a + 2], stroke(line(1.1), 'ink'));
    pen.polyline([wall.x - half, b, wall.x - 1, b - 2, wall.x + 1, b + 1.5, wall.x + half, b - 2.5], stroke(line(1.1), 'ink'));
    const rubble: number[] = [];
    const count = Math.max(3, Math.round((b - a) / 4));
    for (let i = 0; i < count; i++) {
      const x = wall.x + (rand() - 0.5) * 16, y = a + 3 + rand() * (b - a - 6);
      const s = 0.8 + rand() * 1.4;
      rubble.push(x - s, y, x + s, y + s * 0.6);
    }
    pen.segments(rubble, stroke(line(1.6), 'ink', 0.75));
  }

  // New brickwork where the breaches were closed: cross-hatched, in a heavier outline.
  for (const [a, b] of patches) {
    const r = { x: wall.x - half - 1, y: a - 2, w: WALL_THICKNESS + 2, h: b - a + 4 };
    pen.rect(r.x, r.y, r.w, r.h, fill('paper'), stroke(line(1.6), 'ink'));
    pen.segments([...hatch(r, 2.6, 1), ...hatch(r, 2.6, -1)], stroke(line(0.6), 'ink', 0.9));
  }
}

const drawWalls = (mode: MapState['walls']): Draw => (pen, _state, line) => {
  for (const wall of WALLS) {
    if (mode === 'breached') drawWall(pen, wall, wall.breaches, line);
    else if (mode === 'open') drawWall(pen, wall, wall.openings, line);
    else if (mode === 'rebuilt') drawWall(pen, wall, [], line, wall.breaches);
    else drawWall(pen, wall, [], line);
  }
};

// ---- marks that follow the forty days ------------------------------------------------------------

const BARRICADES: [number, number][] = [[610, 414], [345, 414]];

const drawBarricades: Draw = (pen, _state, line) => {
  // Short heavy strokes in a shallow arc inside each gate, facing the guardhouse.
  const strokes: number[] = [];
  for (const [cx, cy] of BARRICADES) {
    for (let i = -3; i <= 3; i++) {
      const x = cx + i * 7, y = cy - Math.abs(i) * 1.8;
      strokes.push(x - 1.6, y + 2, x + 1.6, y - 2);
    }
  }
  // The guardhouse itself: barricaded on the zone's side.
  strokes.push(596, 449, 603, 449, 617, 449, 624, 449);
  pen.segments(strokes, stroke(line(3.4), 'ink'));
};

const PICKETS: [number, number][] = [[168, 134], [430, 134], [690, 134], [842, 196], [842, 396], [470, 412], [214, 412], [160, 300]];

const drawPickets: Draw = (pen, _state, line) => {
  for (const [x, y] of PICKETS) {
    pen.polygon([x, y - 4.5, x + 4.5, y + 3.5, x - 4.5, y + 3.5], fill('paper'), stroke(line(1.3), 'ink'));
    pen.circle(x, y + 0.8, 1.1, fill('ink'));
  }
};

const SPEAKERS: { x: number; y: number; angle: number }[] = [
  { x: 470, y: 184, angle: -Math.PI / 2 },
  { x: 346, y: 146, angle: -Math.PI / 2 },
  { x: 640, y: 354, angle: Math.PI / 2 },
  { x: 212, y: 150, angle: -Math.PI * 0.7 },
];

const drawLoudspeakers: Draw = (pen, _state, line) => {
  for (const s of SPEAKERS) {
    const c = Math.cos(s.angle), n = Math.sin(s.angle);
    const px = -n, py = c; // perpendicular
    const at = (along: number, across: number) => [s.x + c * along + px * across, s.y + n * along + py * across];
    const horn = [...at(-3, -1.6), ...at(2, -4), ...at(2, 4), ...at(-3, 1.6)];
    pen.polygon(horn, fill('paper'), stroke(line(1.2), 'ink'));
    for (const r of [6, 9.5]) pen.polyline(arcPoints(s.x, s.y, r, s.angle - 0.6, s.angle + 0.6, 6), stroke(line(0.9), 'ink'));
  }
};

const KITES: { x: number; y: number; from: [number, number] }[] = [
  { x: 150, y: 40, from: [200, 213] },
  { x: 214, y: 62, from: [254, 243] },
  { x: 246, y: 30, from: [432, 155] },
  { x: 118, y: 74, from: [178, 183] },
  { x: 330, y: 84, from: [522, 155] },
];

const drawKites: Draw = (pen, _state, line) => {
  for (const k of KITES) {
    // The string, from a barrack roof over the fence, sagging a little.
    const mx = (k.x + k.from[0]) / 2 + 8, my = (k.y + k.from[1]) / 2 + 10;
    pen.segments(dashed([k.from[0], k.from[1], mx, my, k.x, k.y + 6], 3, 3), stroke(line(0.7), 'inkSoft'));
    pen.polygon([k.x, k.y - 7, k.x + 5, k.y, k.x, k.y + 6, k.x - 5, k.y], fill('paper'), stroke(line(1.3), 'ink'));
    pen.segments([k.x, k.y - 7, k.x, k.y + 6, k.x - 5, k.y, k.x + 5, k.y], stroke(line(0.6), 'ink'));
    pen.polyline([k.x, k.y + 6, k.x - 2.5, k.y + 9, k.x + 1.5, k.y + 11, k.x - 1.5, k.y + 14], stroke(line(0.8), 'ink'));
  }
};

const BALLOONS: [number, number][] = [[104, 28], [190, 18], [272, 70]];

const drawBalloons: Draw = (pen, _state, line) => {
  for (const [x, y] of BALLOONS) {
    pen.circle(x, y, 5.5, fill('paper'), stroke(line(1.2), 'ink'));
    pen.segments([x, y + 5.5, x, y + 11], stroke(line(0.7), 'ink'));
    pen.rect(x - 2.5, y + 11, 5, 3.5, fill('paper'), stroke(line(0.8), 'ink'));
  }
};

const drawHunger: Draw = (pen, _state, line) => {
  // The stores, empty: a cross over the building, and an empty sack beside it.
  for (const b of BUILDINGS.filter((b) => b.place === 'stores' || b.label === 'Stores')) {
    const r = { x: b.cx - b.w / 2, y: b.cy - b.h / 2, w: b.w, h: b.h };
    pen.rect(r.x, r.y, r.w, r.h, fill('paper', 0.6), stroke(line(1.6), 'ink'));
    pen.segments([r.x, r.y, r.x + r.w, r.y + r.h, r.x + r.w, r.y, r.x, r.y + r.h], stroke(line(1.8), 'rust'));
    pen.segments([r.x, r.y, r.x + r.w, r.y + r.h, r.x + r.w, r.y, r.x, r.y + r.h], stroke(line(0.6), 'ink'));
  }
};

const drawSearchlights: Draw = (pen, _state, line) => {
  const cx = INNER.x + INNER.w / 2, cy = INNER.y + INNER.h / 2;
  TOWERS.forEach(([x, y], i) => {
    const toward = Math.atan2(cy - y, cx - x) + (i % 2 === 0 ? 0.35 : -0.3);
    const length = 120;
    for (const [spread, alpha] of [[0.2, 0.1], [0.13, 0.1], [0.07, 0.12]] as const) {
      pen.polygon([
        x, y,
        x + Math.cos(toward - spread) * length, y + Math.sin(toward - spread) * length,
        x + Math.cos(toward + spread) * length, y + Math.sin(toward + spread) * length,
      ], fill('light', alpha));
    }
    pen.circle(x, y, 2.2, fill('light'), stroke(line(0.8), 'ink'));
  });
};

const TANKS: { x: number; y: number; angle: number }[] = [
  { x: 610, y: 500, angle: -Math.PI / 2 },
  { x: 610, y: 440, angle: -Math.PI / 2 },
  { x: 598, y: 386, angle: -Math.PI * 0.62 },
  { x: 664, y: 300, angle: -Math.PI * 0.35 },
  { x: 560, y: 232, angle: -Math.PI * 0.75 },
];

const drawTanks: Draw = (pen, _state, line) => {
  // Tracks from the gate, then five plain blocks: hull, turret, gun.
  pen.segments([
    ...dashed([610, 486, 610, 452, 604, 400, 598, 386], 4, 3),
    ...dashed([610, 430, 640, 340, 664, 300], 4, 3),
    ...dashed([604, 400, 580, 300, 560, 232], 4, 3),
  ], stroke(line(0.8), 'ink', 0.8));
  for (const t of TANKS) {
    pen.polygon(rotated(t.x, t.y, 20, 12, t.angle), fill('ink'), stroke(line(1), 'ink'));
    pen.polygon(rotated(t.x, t.y, 8, 7, t.angle, -1), fill('paper'), stroke(line(1), 'ink'));
    const c = Math.cos(t.angle), s = Math.sin(t.angle);
    pen.segments([t.x + c * 3, t.y + s * 3, t.x + c * 16, t.y + s * 16], stroke(line(2), 'ink'));
  }
};

// ---- weather ---------------------------------------------------------------------------------------

const drawWind: Draw = (pen, _state, line) => {
  const rand = seeded(31);
  const streaks: number[] = [];
  for (let i = 0; i < 26; i++) {
    const x = 20 + rand() * 960, y = 20 + rand() * 560;
    if (inside(PERIMETER, x, y, 10) || inside(KEY_CORNER, x, y)) continue;
    streaks.push(x, y, x + 10, y - 2, x + 10, y - 2, x + 18, y + 1);
  }
  pen.segments(streaks, stroke(line(0.8), 'inkSoft', 0.8));
};

const drawDust: Draw = (pen, _state, line) => {
  const rand = seeded(47);
  const specks: number[] = [];
  // Wind-driven dust: specks in drifting bands across the whole sheet.
  for (let i = 0; i < 1100; i++) {
    const band = Math.floor(rand() * 5);
    const x = rand() * WORLD.width;
    const y = (band * 130 + x * 0.18 + rand() * 70) % WORLD.height;
    specks.push(x, y, x + 1.6, y + 0.5);
  }
  pen.segments(specks, stroke(line(1.3), 'paperShade', 0.55));
};

const drawHeat: Draw = (pen, _state, line) => {
  const rand = seeded(59);
  for (let i = 0; i < 18; i++) {
    const x = 20 + rand() * 940, y = 460 + rand() * 120;
    if (inside(COMPOUND, x, y, 8) || inside(KEY_CORNER, x, y)) continue;
    const pts: number[] = [];
    for (let k = 0; k <= 6; k++) pts.push(x + k * 3.5, y + (k % 2 === 0 ? 0 : -1.4));
    pen.polyline(pts, stroke(line(0.7), 'inkSoft', 0.7));
  }
};

const drawRain: Draw = (pen, _state, line) => {
  const rand = seeded(71);
  const drops: number[] = [];
  for (let i = 0; i < 520; i++) {
    const x = rand() * WORLD.width, y = rand() * WORLD.height;
    drops.push(x, y, x - 3, y + 9);
  }
  pen.segments(drops, stroke(line(0.8), 'waterInk', 0.7));
};

const layerDrawers: Record<LayerName, Draw> = {
  plan: drawBase,
  'weather-heat': drawHeat,
  'weather-dust': drawDust,
  'weather-wind': drawWind,
  'weather-rain': drawRain,
  'walls-intact': drawWalls('intact'),
  'walls-breached': drawWalls('breached'),
  'walls-rebuilt': drawWalls('rebuilt'),
  'walls-open': drawWalls('open'),
  hunger: drawHunger,
  barricades: drawBarricades,
  pickets: drawPickets,
  loudspeakers: drawLoudspeakers,
  kites: drawKites,
  balloons: drawBalloons,
  searchlights: drawSearchlights,
  tanks: drawTanks,
};

// ---- legend symbols ----------------------------------------------------------------------------------

/** Legend entries: a symbol drawn in a 28 x 16 box, and its words. */
export interface LegendEntry { id: string; text: string; layer: LayerName | 'always'; draw(pen: Pen): void }

export const LEGEND: LegendEntry[] = [
  { id: 'perimeter', text: 'Perimeter fence', layer: 'always', draw: (pen) => {
    pen.segments([2, 8, 26, 8], stroke(1.8));
    pen.segments([5, 6, 8, 10, 14, 6, 17, 10, 23, 6, 26, 10], stroke(0.8));
  } },
  { id: 'fire_zone', text: 'Fire zone (inner fence dashed)', layer: 'always', draw: (pen) => {
    pen.segments(hatch({ x: 2, y: 3, w: 24, h: 7 }, 4, -1), stroke(0.7, 'rust', 0.7));
    pen.segments([2, 3, 26, 3], stroke(1.6));
    pen.segments(dashed([2, 11, 26, 11], 4, 3), stroke(1.1));
  } },
  { id: 'wall', text: 'Saman wall between zones', layer: 'always', draw: (pen) => {
    pen.segments([2, 5, 26, 5, 2, 11, 26, 11], stroke(1));
    pen.segments(hatch({ x: 2, y: 5, w: 24, h: 6 }, 4, -1), stroke(0.8));
  } },
  { id: 'breach', text: 'Wall broken through', layer: 'walls-breached', draw: (pen) => drawLegendBreach(pen) },
  { id: 'open', text: 'Walls broken open: zones united', layer: 'walls-open', draw: (pen) => drawLegendBreach(pen) },
  { id: 'rebuilt', text: 'Wall rebuilt (new brickwork)', layer: 'walls-rebuilt', draw: (pen) => {
    pen.segments([2, 5, 10, 5, 2, 11, 10, 11, 18, 5, 26, 5, 18, 11, 26, 11], stroke(1));
    pen.rect(10, 4, 8, 8, fill('paper'), stroke(1.5));
    pen.segments([...hatch({ x: 10, y: 4, w: 8, h: 8 }, 2.6, 1), ...hatch({ x: 10, y: 4, w: 8, h: 8 }, 2.6, -1)], stroke(0.6));
  } },
  { id: 'tower', text: 'Watchtower (places not recorded)', layer: 'always', draw: (pen) => {
    pen.rect(9, 3, 10, 10, fill('paper'), stroke(1.5));
    pen.segments([9, 3, 19, 13, 19, 3, 9, 13], stroke(0.7));
  } },
  { id: 'gate', text: 'Gate', layer: 'always', draw: (pen) => {
    pen.segments([2, 8, 8, 8, 20, 8, 26, 8], stroke(1.8));
    pen.segments([8, 5, 8, 11, 20, 5, 20, 11, 12, 6, 12, 10, 16, 6, 16, 10, 8, 8, 20, 8], stroke(1.1));
  } },
  { id: 'building', text: 'Barrack, hall, workshop (approximate)', layer: 'always', draw: (pen) => {
    pen.rect(3, 4, 22, 8, fill('paperShade', 0.1), stroke(1));
  } },
  { id: 'barricade', text: 'Barricade', layer: 'barricades', draw: (pen) => {
    pen.segments([4, 11, 7, 5, 12.5, 11, 15.5, 5, 21, 11, 24, 5], stroke(3));
  } },
  { id: 'picket', text: 'Picket (prisoners\u2019 watch)', layer: 'pickets', draw: (pen) => {
    pen.polygon([14, 3, 19, 12, 9, 12], fill('paper'), stroke(1.3));
    pen.circle(14, 9, 1.1, fill('ink'));
  } },
  { id: 'loudspeaker', text: 'Prisoners\u2019 loudspeaker', layer: 'loudspeakers', draw: (pen) => {
    pen.polygon([6, 6.4, 11, 4, 11, 12, 6, 9.6], fill('paper'), stroke(1.2));
    for (const r of [6, 9.5]) pen.polyline(arcPoints(8, 8, r, -0.6, 0.6, 6), stroke(0.9));
  } },
  { id: 'kite', text: 'Kite with leaflets', layer: 'kites', draw: (pen) => {
    pen.polygon([14, 1, 19, 7, 14, 13, 9, 7], fill('paper'), stroke(1.3));
    pen.segments([14, 1, 14, 13, 9, 7, 19, 7], stroke(0.6));
  } },
  { id: 'balloon', text: 'Balloon with leaflets', layer: 'balloons', draw: (pen) => {
    pen.circle(14, 6, 4.5, fill('paper'), stroke(1.2));
    pen.segments([14, 10.5, 14, 13], stroke(0.7));
  } },
  { id: 'hunger', text: 'Food stores empty: bread cut', layer: 'hunger', draw: (pen) => {
    pen.rect(6, 2, 16, 12, fill('paper', 0.6), stroke(1.6));
    pen.segments([6, 2, 22, 14, 22, 2, 6, 14], stroke(1.8, 'rust'));
    pen.segments([6, 2, 22, 14, 22, 2, 6, 14], stroke(0.6));
  } },
  { id: 'searchlight', text: 'Searchlight', layer: 'searchlights', draw: (pen) => {
    pen.polygon([3, 8, 26, 1, 26, 15], fill('light', 0.35));
    pen.circle(4, 8, 2.2, fill('light'), stroke(0.8));
  } },
  { id: 'tank', text: 'Tank (five T-34s)', layer: 'tanks', draw: (pen) => {
    pen.polygon(rotated(12, 8, 18, 10, 0), fill('ink'), stroke(1));
    pen.polygon(rotated(12, 8, 7, 6, 0, -1), fill('paper'), stroke(1));
    pen.segments([15, 8, 27, 8], stroke(2));
  } },
];

function drawLegendBreach(pen: Pen): void {
  pen.segments([2, 5, 10, 5, 2, 11, 10, 11, 18, 5, 26, 5, 18, 11, 26, 11], stroke(1));
  pen.polyline([10, 5, 8, 7, 11, 9, 10, 11], stroke(1.1));
  pen.polyline([18, 5, 20, 7, 17, 9, 18, 11], stroke(1.1));
  pen.segments([13, 7, 14.5, 8, 14, 10, 15.5, 10.5], stroke(1.6, 'ink', 0.75));
}

/** The legend entries for a state: the base symbols and those of its visible layers. */
export function legendFor(state: MapState): LegendEntry[] {
  const visible = new Set<string>(state.layers);
  return LEGEND.filter((e) => e.layer === 'always' || visible.has(e.layer));
}
