// Runs in Chromium (bundled by tools/sound/measure.mjs): renders each ambient bed and each
// interface sound of src/sound offline (OfflineAudioContext, the game's own graph and gains) and
// measures it. Noise is seeded so that the numbers are the same on every run.
import { pageTurn, tick } from '../../src/sound/interfaceSounds.ts';
import { chooseMix, SILENCE, type Mix, type ScreenFacts } from '../../src/sound/scene.ts';
import { Soundscape } from '../../src/sound/soundscape.ts';

const RATE = 48_000;
/** The volume setting's default (src/engine/settings.ts: 60). */
export const DEFAULT_VOLUME = 0.6;

/** The beds the issue names, each as a screen that the scene picks it for. */
const BEDS: Record<string, ScreenFacts> = {
  'steppe wind': { variables: { time_of_day: 'day', weather: 'wind' }, place: null, contentNotes: [], day: 5 },
  'yard by day': { variables: { time_of_day: 'day', weather: 'clear' }, place: null, contentNotes: [], day: 5 },
  'barrack at night': { variables: { time_of_day: 'night', weather: 'clear' }, place: 'women_barrack', contentNotes: [], day: 5 },
  'loudspeakers': { variables: { time_of_day: 'day', weather: 'clear', loudspeakers: true }, place: null, contentNotes: [], day: 20 },
  'rain': { variables: { time_of_day: 'day', weather: 'rain' }, place: null, contentNotes: [], day: 30 },
  'rain indoors': { variables: { time_of_day: 'evening', weather: 'rain' }, place: 'women_barrack', contentNotes: [], day: 30 },
};

export interface Level {
  name: string;
  kind: 'bed' | 'interface';
  volume: number;
  /** Root mean square over the measured span, dBFS. */
  rmsDb: number;
  peakDb: number;
  /** BS.1770 K-weighted mean square, ungated (LKFS over the span): an approximate loudness. */
  loudness: number;
  seconds: number;
}

function seedRandom(seed: number): void {
  let state = seed >>> 0;
  Math.random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const db = (value: number): number => (value > 0 ? 20 * Math.log10(value) : -Infinity);
const round = (value: number): number => Math.round(value * 10) / 10;

/** A biquad over a buffer (direct form I). */
function biquad(input: Float32Array, b: readonly number[], a: readonly number[]): Float32Array {
  const out = new Float32Array(input.length);
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  for (let i = 0; i < input.length; i += 1) {
    const x = input[i]!;
    const y = b[0]! * x + b[1]! * x1 + b[2]! * x2 - a[1]! * y1 - a[2]! * y2;
    out[i] = y; x2 = x1; x1 = x; y2 = y1; y1 = y;
  }
  return out;
}

/** ITU-R BS.1770 K-weighting at 48 kHz: the head's shelf, then the RLB high-pass. */
function kWeighted(samples: Float32Array): Float32Array {
  const shelf = biquad(samples, [1.53512485958697, -2.69169618940638, 1.19839281085285], [1, -1.69065929318241, 0.73248077421585]);
  return biquad(shelf, [1, -2, 1], [1, -1.99004745483398, 0.99007225036621]);
}

function meanSquare(samples: Float32Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  return sum / samples.length;
}

function measure(samples: Float32Array, name: string, kind: Level['kind'], volume: number): Level {
  let sum = 0, peak = 0;
  for (const s of samples) { sum += s * s; peak = Math.max(peak, Math.abs(s)); }
  const k = meanSquare(kWeighted(samples)) * samples.length;
  return {
    name, kind, volume,
    rmsDb: round(db(Math.sqrt(sum / samples.length))), peakDb: round(db(peak)),
    loudness: round(-0.691 + 10 * Math.log10(k / samples.length)),
    seconds: round(samples.length / RATE),
  };
}

/** A bed at a volume: 24 s rendered (the slowest LFO is 0.05 Hz), measured after its 1 s fade-in. */
async function renderBed(facts: ScreenFacts, volume: number): Promise<Float32Array> {
  seedRandom(1954);
  const context = new OfflineAudioContext(1, RATE * 25, RATE);
  const scape = new Soundscape(context, context.destination);
  scape.setVolume(volume, 0);
  scape.setMix(chooseMix(facts), 0);
  const buffer = await context.startRendering();
  return buffer.getChannelData(0).slice(RATE);
}

/** An interface sound at a volume, measured over its own length (first to last audible sample). */
async function renderInterface(play: typeof pageTurn, volume: number): Promise<Float32Array> {
  seedRandom(1954);
  const context = new OfflineAudioContext(1, RATE, RATE);
  play(context, context.destination, volume);
  const data = (await context.startRendering()).getChannelData(0);
  let first = 0, last = data.length - 1;
  while (first < data.length && Math.abs(data[first]!) < 1e-4) first += 1;
  while (last > first && Math.abs(data[last]!) < 1e-4) last -= 1;
  return data.slice(first, last + 1);
}

/** Each layer alone at level 1, the master at 1: the level that src/sound/soundscape.ts's LAYER_LEVEL records. */
export async function measureLayers(): Promise<Record<keyof Mix, number>> {
  const out = {} as Record<keyof Mix, number>;
  for (const layer of Object.keys(SILENCE) as (keyof Mix)[]) {
    seedRandom(1954);
    const context = new OfflineAudioContext(1, RATE * 25, RATE);
    const scape = new Soundscape(context, context.destination);
    scape.setMasterGain(1);
    scape.setLayerLevels({ ...SILENCE, [layer]: 1 }, 0);
    const samples = (await context.startRendering()).getChannelData(0).slice(RATE);
    // Halfway (in dB) between the plain RMS and the K-weighted one: balanced on this, the beds
    // agree within a dB or two on both measures (a low hum is quieter to the ear than its RMS).
    const rms = Math.sqrt(meanSquare(samples)), weighted = Math.sqrt(meanSquare(kWeighted(samples)));
    out[layer] = Number(Math.sqrt(rms * weighted).toPrecision(3));
  }
  return out;
}

/** Every bed and interface sound at the default volume, and at 100 (for clipping). */
export async function measureLevels(): Promise<Level[]> {
  const out: Level[] = [];
  for (const volume of [DEFAULT_VOLUME, 1]) {
    for (const [name, facts] of Object.entries(BEDS)) out.push(measure(await renderBed(facts, volume), name, 'bed', volume));
    out.push(measure(await renderInterface(pageTurn, volume), 'page turn', 'interface', volume));
    out.push(measure(await renderInterface(tick, volume), 'choice tick', 'interface', volume));
  }
  return out;
}
