// The quiet interface sounds: a page turn on Continue (a short sweep of filtered noise) and a
// soft tick on a choice (a brief high sine). Each is a few nodes made for the sound and let go.
import { noiseBuffer } from './noise.ts';

/**
 * Each sound's envelope peak at volume 100, set so that the sound itself peaks near -14 dBFS
 * (-12 at most; measured by `npm run sound:levels`, docs/ARCHITECTURE.md, "Sound levels"): the page turn's band of noise
 * keeps about a third of the envelope, the tick's sine all of it.
 */
const PAGE_TURN_PEAK = 0.52;
const TICK_PEAK = 0.2;

export function pageTurn(context: BaseAudioContext, destination: AudioNode, volume: number): void {
  const now = context.currentTime;
  const source = context.createBufferSource();
  source.buffer = noiseBuffer(context);
  const band = context.createBiquadFilter();
  band.type = 'bandpass';
  band.Q.value = 1.2;
  band.frequency.setValueAtTime(900, now);
  band.frequency.exponentialRampToValueAtTime(3500, now + 0.22);
  const envelope = context.createGain();
  envelope.gain.setValueAtTime(0.0001, now);
  envelope.gain.exponentialRampToValueAtTime(PAGE_TURN_PEAK * volume + 0.0001, now + 0.06);
  envelope.gain.exponentialRampToValueAtTime(0.0001, now + 0.3);
  source.connect(band).connect(envelope).connect(destination);
  source.start(now, Math.random() * 2);
  source.stop(now + 0.32);
}

export function tick(context: BaseAudioContext, destination: AudioNode, volume: number): void {
  const now = context.currentTime;
  const oscillator = context.createOscillator();
  oscillator.frequency.value = 1700;
  const envelope = context.createGain();
  envelope.gain.setValueAtTime(0.0001, now);
  envelope.gain.exponentialRampToValueAtTime(TICK_PEAK * volume + 0.0001, now + 0.005);
  envelope.gain.exponentialRampToValueAtTime(0.0001, now + 0.06);
  oscillator.connect(envelope).connect(destination);
  oscillator.start(now);
  oscillator.stop(now + 0.07);
}
