// Sound (issue 16, item 7): an ambient soundscape that follows the screen shown and a few quiet
// interface sounds, synthesised with the Web Audio API. The play screen loads this module after
// the first story text (a dynamic import) and tells it what it shows; the engine and the session
// never see it. Nothing sounds before a user's gesture (unlock.ts), and violent screens are silent.
import type { Settings } from '../engine/index.ts';
import { pageTurn, tick } from './interfaceSounds.ts';
import { chooseMix, isViolentScreen, SILENCE, type ScreenFacts } from './scene.ts';
import { FADE_OUT_SECONDS, Soundscape } from './soundscape.ts';
import { AudioUnlock, browserAudioContext, type AudioContextFactory } from './unlock.ts';

export type { ScreenFacts } from './scene.ts';

/** The settings the sound reads: on/off and volume, and a change feed. */
export interface SoundSettings {
  readonly value: Pick<Settings, 'sound' | 'volume'>;
  subscribe(listener: (settings: Pick<Settings, 'sound' | 'volume'>) => void): () => void;
}

export interface SoundController {
  /** The screen now shown (its variables, place and content notes). */
  show(facts: ScreenFacts): void;
  /** Continue was pressed: a page turn. */
  pageTurn(): void;
  /** A choice was taken: a soft tick. */
  tick(): void;
  destroy(): void;
}

export interface SoundOptions {
  /** Where gestures are listened for (the window). */
  target?: EventTarget;
  factory?: AudioContextFactory;
  defer?: (run: () => void) => void;
  /** The document whose visibility suspends the sound (a hidden tab is silent). */
  page?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> | null;
}

export function createSound(settings: SoundSettings, options: SoundOptions = {}): SoundController {
  let scape: Soundscape | null = null;
  let silent = false;
  let facts: ScreenFacts | null = null;
  const level = () => (settings.value.sound ? settings.value.volume / 100 : 0);

  const unlock = new AudioUnlock(
    options.target ?? window,
    options.factory ?? browserAudioContext,
    () => settings.value.sound,
    (context) => {
      scape = new Soundscape(context, context.destination);
      if (facts) scape.setMix(silent ? SILENCE : chooseMix(facts), 2);
      scape.setVolume(level(), 2);
    },
    options.defer,
  );

  const page = options.page ?? (typeof document === 'undefined' ? null : document);
  const onVisibility = () => { if (page?.visibilityState === 'hidden') unlock.suspend(); };
  page?.addEventListener('visibilitychange', onVisibility);

  const unsubscribe = settings.subscribe(() => {
    unlock.ensure();
    scape?.setVolume(level());
  });

  const interfaceOut = (): { context: AudioContext; volume: number } | null => {
    const context = unlock.audio;
    if (!context || context.state !== 'running' || silent || !settings.value.sound) return null;
    return { context, volume: settings.value.volume / 100 };
  };

  return {
    show(next) {
      facts = next;
      silent = isViolentScreen(next);
      scape?.setMix(silent ? SILENCE : chooseMix(next), silent ? FADE_OUT_SECONDS : undefined);
    },
    pageTurn() {
      const out = interfaceOut();
      if (out) pageTurn(out.context, out.context.destination, out.volume);
    },
    tick() {
      const out = interfaceOut();
      if (out) tick(out.context, out.context.destination, out.volume);
    },
    destroy() {
      unsubscribe();
      page?.removeEventListener('visibilitychange', onVisibility);
      scape?.destroy();
      scape = null;
      unlock.destroy();
    },
  };
}
