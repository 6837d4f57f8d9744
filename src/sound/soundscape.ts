// The ambient graph: five layers of filtered noise (and one hum), each under its own gain, all
// under a master gain. Slow LFOs (a few tenths of a hertz) make the wind gust and the voices
// swell, so the loop never sounds like a loop. A new mix is reached by slow ramps.
import { noiseBuffer } from './noise.ts';
import { SILENCE, type Mix } from './scene.ts';

/** Seconds for a change of scene; a violent screen fades out faster. */
export const CROSSFADE_SECONDS = 2.5;
export const FADE_OUT_SECONDS = 0.8;
/** The loudest the soundscape gets at volume 100: ambience stays under the reading. */
const AMBIENCE_CEILING = 0.35;

type Layer = keyof Mix;

/**
 * Each layer's level alone at level 1 before the master gain (linear, full scale 1): halfway in
 * dB between its RMS and its K-weighted RMS, so that a low hum, quieter to the ear than its RMS
 * says, is not pushed up as far. Measured by `npm run sound:levels` (tools/sound/harness.ts,
 * "layers"); measure again after changing a layer.
 */
export const LAYER_LEVEL: Mix = { wind: 0.0745, rain: 0.492, room: 0.0498, voices: 0.0333, hum: 0.174 };
/**
 * Every bed, whatever its layers, reaches this level before the master gain: -16.4 dB, which the
 * master at the default volume (60 % of AMBIENCE_CEILING, -13.6 dB) brings to about -30 dBFS
 * (docs/ARCHITECTURE.md, "Sound levels"). A rainy yard and a quiet barrack then sit at the same level.
 */
export const BED_LEVEL = 0.151;

/**
 * The mix scaled so that its layers together (uncorrelated, so their powers add) reach BED_LEVEL:
 * the scene's levels say how the layers share the bed, not how loud it is. Silence stays silence.
 */
export function balancedMix(mix: Mix): Mix {
  const layers = Object.keys(mix) as Layer[];
  const power = layers.reduce((sum, layer) => sum + (mix[layer] * LAYER_LEVEL[layer]) ** 2, 0);
  if (power <= 0) return mix;
  const scale = BED_LEVEL / Math.sqrt(power);
  return Object.fromEntries(layers.map((layer) => [layer, mix[layer] * scale])) as unknown as Mix;
}

function lfo(context: BaseAudioContext, hertz: number, depth: number, into: AudioParam): OscillatorNode {
  const oscillator = context.createOscillator();
  oscillator.frequency.value = hertz;
  const amount = context.createGain();
  amount.gain.value = depth;
  oscillator.connect(amount).connect(into);
  oscillator.start();
  return oscillator;
}

function filter(context: BaseAudioContext, type: BiquadFilterType, frequency: number, q = 0.7): BiquadFilterNode {
  const node = context.createBiquadFilter();
  node.type = type;
  node.frequency.value = frequency;
  node.Q.value = q;
  return node;
}

function noise(context: BaseAudioContext, offset: number): AudioBufferSourceNode {
  const source = context.createBufferSource();
  source.buffer = noiseBuffer(context);
  source.loop = true;
  source.start(0, offset);
  return source;
}

export class Soundscape {
  readonly output: GainNode;
  private readonly layers: Record<Layer, GainNode>;
  private readonly sources: AudioScheduledSourceNode[] = [];
  private mix: Mix = SILENCE;

  constructor(private readonly context: BaseAudioContext, destination: AudioNode) {
    this.output = context.createGain();
    this.output.gain.value = 0;
    this.output.connect(destination);
    this.layers = {
      wind: this.layer(), rain: this.layer(), room: this.layer(), voices: this.layer(), hum: this.layer(),
    };
    this.buildWind();
    this.buildRain();
    this.buildRoom();
    this.buildVoices();
    this.buildHum();
  }

  /** Master level, 0-1 (the volume setting; 0 when muted). */
  setVolume(level: number, seconds = 0.3): void {
    this.ramp(this.output.gain, Math.max(0, Math.min(1, level)) * AMBIENCE_CEILING, seconds);
  }

  /** Moves to a scene's mix, balanced to the beds' common level (balancedMix). */
  setMix(mix: Mix, seconds = CROSSFADE_SECONDS): void {
    this.mix = mix;
    this.setLayerLevels(balancedMix(mix), seconds);
  }

  /** Sets the layers' gains as given, unbalanced (the level measurement's calibration). */
  setLayerLevels(levels: Mix, seconds = CROSSFADE_SECONDS): void {
    for (const layer of Object.keys(this.layers) as Layer[]) this.ramp(this.layers[layer].gain, levels[layer], seconds);
  }

  /** The master gain as given, 0-1, without the volume's ceiling (the level measurement's calibration). */
  setMasterGain(gain: number): void { this.ramp(this.output.gain, gain, 0); }

  get currentMix(): Mix { return this.mix; }

  destroy(): void {
    for (const source of this.sources) { try { source.stop(); } catch { /* never started */ } }
    this.output.disconnect();
  }

  private ramp(param: AudioParam, value: number, seconds: number): void {
    const now = this.context.currentTime;
    param.cancelScheduledValues(now);
    param.setValueAtTime(param.value, now);
    // setTargetAtTime approaches exponentially; a third of the time is one time constant.
    param.setTargetAtTime(value, now, Math.max(0.01, seconds / 3));
  }

  private layer(): GainNode {
    const gain = this.context.createGain();
    gain.gain.value = 0;
    gain.connect(this.output);
    return gain;
  }

  private keep<T extends AudioScheduledSourceNode>(node: T): T { this.sources.push(node); return node; }

  /** Low rushing noise whose brightness and level wander: gusts over the steppe. */
  private buildWind(): void {
    const c = this.context;
    const tone = filter(c, 'lowpass', 500, 1.2);
    const gust = c.createGain();
    gust.gain.value = 0.6;
    this.keep(noise(c, 0)).connect(tone).connect(gust).connect(this.layers.wind);
    this.keep(lfo(c, 0.07, 300, tone.frequency));
    this.keep(lfo(c, 0.13, 0.3, gust.gain));
  }

  /** Bright hiss under a gentle lowpass: rain on a roof and on the dust. */
  private buildRain(): void {
    const c = this.context;
    this.keep(noise(c, 0.7)).connect(filter(c, 'highpass', 1500)).connect(filter(c, 'lowpass', 7000)).connect(this.layers.rain);
  }

  /** A closed room: low, even noise, breathing very slowly. */
  private buildRoom(): void {
    const c = this.context;
    const breath = c.createGain();
    breath.gain.value = 0.8;
    this.keep(noise(c, 1.3)).connect(filter(c, 'lowpass', 180)).connect(breath).connect(this.layers.room);
    this.keep(lfo(c, 0.05, 0.15, breath.gain));
  }

  /** A speech-band of noise that swells at talking pace, far off: no words, only voices. */
  private buildVoices(): void {
    const c = this.context;
    const band = filter(c, 'bandpass', 600, 3);
    const swell = c.createGain();
    swell.gain.value = 0.4;
    this.keep(noise(c, 2.1)).connect(band).connect(filter(c, 'lowpass', 1200)).connect(swell).connect(this.layers.voices);
    this.keep(lfo(c, 2.3, 0.25, swell.gain));
    this.keep(lfo(c, 0.31, 0.15, swell.gain));
    this.keep(lfo(c, 0.4, 150, band.frequency));
  }

  /** Mains hum (50 Hz and its harmonics) of an amplifier left on, faintly wavering. */
  private buildHum(): void {
    const c = this.context;
    const body = c.createGain();
    body.gain.value = 0.25;
    for (const [hertz, level] of [[50, 1], [100, 0.5], [150, 0.25]] as const) {
      const oscillator = this.keep(c.createOscillator());
      oscillator.frequency.value = hertz;
      const gain = c.createGain();
      gain.gain.value = level;
      oscillator.connect(gain).connect(body);
      oscillator.start();
    }
    body.connect(filter(c, 'lowpass', 400)).connect(this.layers.hum);
    this.keep(lfo(c, 0.2, 0.05, body.gain));
  }
}
