// The quiet interface sounds: a page turn on Continue (a short sweep of filtered noise) and a
// soft tick on a choice (a brief high sine). Each is a few nodes made for the sound and let go.
import { noiseBuffer } from './noise.ts';

/** Interface sounds stay quiet: this is their peak at volume 100. */
const PEAK = 0.18;

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
  envelope.gain.exponentialRampToValueAtTime(PEAK * volume + 0.0001, now + 0.06);
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
  envelope.gain.exponentialRampToValueAtTime(PEAK * 0.5 * volume + 0.0001, now + 0.005);
  envelope.gain.exponentialRampToValueAtTime(0.0001, now + 0.06);
  oscillator.connect(envelope).connect(destination);
  oscillator.start(now);
  oscillator.stop(now + 0.07);
}
