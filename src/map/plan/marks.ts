// The marks that follow the forty days (barricades to tanks) and the weather.
import { dashed } from '../pen.ts';
import { BUILDINGS, COMPOUND, INNER, KEY_CORNER, PERIMETER, TOWERS, WORLD, inside, seeded } from '../geometry.ts';
import { BALLOONS, BARRICADES, KITES, PICKETS, SPEAKERS, TANKS } from './data.ts';
import type { Draw } from './draw.ts';
import { arcPoints, fill, rotated, stroke } from './shapes.ts';

// ---- marks that follow the forty days ------------------------------------------------------------

export const drawBarricades: Draw = (pen, _state, line) => {
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

export const drawPickets: Draw = (pen, _state, line) => {
  for (const [x, y] of PICKETS) {
    pen.polygon([x, y - 4.5, x + 4.5, y + 3.5, x - 4.5, y + 3.5], fill('paper'), stroke(line(1.3), 'ink'));
    pen.circle(x, y + 0.8, 1.1, fill('ink'));
  }
};

export const drawLoudspeakers: Draw = (pen, _state, line) => {
  for (const s of SPEAKERS) {
    const c = Math.cos(s.angle), n = Math.sin(s.angle);
    const px = -n, py = c; // perpendicular
    const at = (along: number, across: number) => [s.x + c * along + px * across, s.y + n * along + py * across];
    const horn = [...at(-3, -1.6), ...at(2, -4), ...at(2, 4), ...at(-3, 1.6)];
    pen.polygon(horn, fill('paper'), stroke(line(1.2), 'ink'));
    for (const r of [6, 9.5]) pen.polyline(arcPoints(s.x, s.y, r, s.angle - 0.6, s.angle + 0.6, 6), stroke(line(0.9), 'ink'));
  }
};

export const drawKites: Draw = (pen, _state, line) => {
  for (const k of KITES) {
    // The string, from a barrack roof over the fence, sagging a little.
    const mx = (k.x + k.from[0]) / 2 + 8, my = (k.y + k.from[1]) / 2 + 10;
    pen.segments(dashed([k.from[0], k.from[1], mx, my, k.x, k.y + 6], 3, 3), stroke(line(0.7), 'inkSoft'));
    pen.polygon([k.x, k.y - 7, k.x + 5, k.y, k.x, k.y + 6, k.x - 5, k.y], fill('paper'), stroke(line(1.3), 'ink'));
    pen.segments([k.x, k.y - 7, k.x, k.y + 6, k.x - 5, k.y, k.x + 5, k.y], stroke(line(0.6), 'ink'));
    pen.polyline([k.x, k.y + 6, k.x - 2.5, k.y + 9, k.x + 1.5, k.y + 11, k.x - 1.5, k.y + 14], stroke(line(0.8), 'ink'));
  }
};

export const drawBalloons: Draw = (pen, _state, line) => {
  for (const [x, y] of BALLOONS) {
    pen.circle(x, y, 5.5, fill('paper'), stroke(line(1.2), 'ink'));
    pen.segments([x, y + 5.5, x, y + 11], stroke(line(0.7), 'ink'));
    pen.rect(x - 2.5, y + 11, 5, 3.5, fill('paper'), stroke(line(0.8), 'ink'));
  }
};

export const drawHunger: Draw = (pen, _state, line) => {
  // The stores, empty: a cross over the building, and an empty sack beside it.
  for (const b of BUILDINGS.filter((b) => b.place === 'stores' || b.label === 'stores')) {
    const r = { x: b.cx - b.w / 2, y: b.cy - b.h / 2, w: b.w, h: b.h };
    pen.rect(r.x, r.y, r.w, r.h, fill('paper', 0.6), stroke(line(1.6), 'ink'));
    pen.segments([r.x, r.y, r.x + r.w, r.y + r.h, r.x + r.w, r.y, r.x, r.y + r.h], stroke(line(1.8), 'rust'));
    pen.segments([r.x, r.y, r.x + r.w, r.y + r.h, r.x + r.w, r.y, r.x, r.y + r.h], stroke(line(0.6), 'ink'));
  }
};

export const drawSearchlights: Draw = (pen, _state, line) => {
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

export const drawTanks: Draw = (pen, _state, line) => {
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

export const drawWind: Draw = (pen, _state, line) => {
  const rand = seeded(31);
  const streaks: number[] = [];
  for (let i = 0; i < 26; i++) {
    const x = 20 + rand() * 960, y = 20 + rand() * 560;
    if (inside(PERIMETER, x, y, 10) || inside(KEY_CORNER, x, y)) continue;
    streaks.push(x, y, x + 10, y - 2, x + 10, y - 2, x + 18, y + 1);
  }
  pen.segments(streaks, stroke(line(0.8), 'inkSoft', 0.8));
};

export const drawDust: Draw = (pen, _state, line) => {
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

export const drawHeat: Draw = (pen, _state, line) => {
  const rand = seeded(59);
  for (let i = 0; i < 18; i++) {
    const x = 20 + rand() * 940, y = 460 + rand() * 120;
    if (inside(COMPOUND, x, y, 8) || inside(KEY_CORNER, x, y)) continue;
    const pts: number[] = [];
    for (let k = 0; k <= 6; k++) pts.push(x + k * 3.5, y + (k % 2 === 0 ? 0 : -1.4));
    pen.polyline(pts, stroke(line(0.7), 'inkSoft', 0.7));
  }
};

export const drawRain: Draw = (pen, _state, line) => {
  const rand = seeded(71);
  const drops: number[] = [];
  for (let i = 0; i < 520; i++) {
    const x = rand() * WORLD.width, y = rand() * WORLD.height;
    drops.push(x, y, x - 3, y + 9);
  }
  pen.segments(drops, stroke(line(0.8), 'waterInk', 0.7));
};
