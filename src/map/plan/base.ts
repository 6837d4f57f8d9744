// The base plan (steppe, settlement, river, the camp, its buildings) and the walls between the
// zones in each of their states.
import { dashed, type Pen } from '../pen.ts';
import type { MapState } from '../mapState.ts';
import {
  BUILDINGS, COMPOUND, CONSTRUCTION, GATES, INNER, KEY_CORNER, PERIMETER, PRISON_YARDS, RIVER, RIVER_WIDTH,
  ROADS, SETTLEMENT, TOWERS, WALLS, WALL_THICKNESS, WORLD, inside, seeded,
  type Building, type Rect, type Wall,
} from '../geometry.ts';
import type { Draw } from './draw.ts';
import { fill, hatch, rectPoints, runs, stroke } from './shapes.ts';

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

export const drawBase: Draw = (pen, _state, line, options) => {
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

export const drawWalls = (mode: MapState['walls']): Draw => (pen, _state, line) => {
  for (const wall of WALLS) {
    if (mode === 'breached') drawWall(pen, wall, wall.breaches, line);
    else if (mode === 'open') drawWall(pen, wall, wall.openings, line);
    else if (mode === 'rebuilt') drawWall(pen, wall, [], line, wall.breaches);
    else drawWall(pen, wall, [], line);
  }
};
