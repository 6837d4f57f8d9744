// Where the marks of the forty days stand on the plan (plan units; geometry.ts has the camp
// itself). The positions are reconstruction.

export const BARRICADES: [number, number][] = [[610, 414], [345, 414]];

export const PICKETS: [number, number][] = [[168, 134], [430, 134], [690, 134], [842, 196], [842, 396], [470, 412], [214, 412], [160, 300]];

export const SPEAKERS: { x: number; y: number; angle: number }[] = [
  { x: 470, y: 184, angle: -Math.PI / 2 },
  { x: 346, y: 146, angle: -Math.PI / 2 },
  { x: 640, y: 354, angle: Math.PI / 2 },
  { x: 212, y: 150, angle: -Math.PI * 0.7 },
];

export const KITES: { x: number; y: number; from: [number, number] }[] = [
  { x: 150, y: 40, from: [200, 213] },
  { x: 214, y: 62, from: [254, 243] },
  { x: 246, y: 30, from: [432, 155] },
  { x: 118, y: 74, from: [178, 183] },
  { x: 330, y: 84, from: [522, 155] },
];

export const BALLOONS: [number, number][] = [[104, 28], [190, 18], [272, 70]];

export const TANKS: { x: number; y: number; angle: number }[] = [
  { x: 610, y: 500, angle: -Math.PI / 2 },
  { x: 610, y: 440, angle: -Math.PI / 2 },
  { x: 598, y: 386, angle: -Math.PI * 0.62 },
  { x: 664, y: 300, angle: -Math.PI * 0.35 },
  { x: 560, y: 232, angle: -Math.PI * 0.75 },
];
