// The sound controller with a fake AudioContext: nothing is made before a gesture, mute and
// volume are honoured, violent screens fade to silence and play no interface sounds.
import { describe, expect, it } from 'vitest';
import { defaultSettings, MemoryStorage, SettingsStore } from '../../../src/engine/index.ts';
import { createSound, type ScreenFacts } from '../../../src/sound/index.ts';
import { SILENCE } from '../../../src/sound/scene.ts';
import { balancedMix, BED_LEVEL, LAYER_LEVEL, Soundscape } from '../../../src/sound/soundscape.ts';
import { asAudio, FakeAudioContext, type FakeNode } from './fakeAudio.ts';

const calm: ScreenFacts = { variables: { time_of_day: 'day', weather: 'wind' }, place: 'women_zone', contentNotes: [], day: 5 };
const violent: ScreenFacts = { ...calm, contentNotes: ['violence'] };

function setup(sound = true, page: { visibilityState: DocumentVisibilityState } & EventTarget = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState })) {
  const settings = new SettingsStore(new MemoryStorage(), { ...defaultSettings(false), sound, volume: 50 });
  const target = new EventTarget();
  const contexts: FakeAudioContext[] = [];
  let endGesture: (() => void) | null = null;
  const controller = createSound(settings, {
    target,
    factory: () => { const context = new FakeAudioContext(); contexts.push(context); return asAudio(context); },
    defer: (run) => { endGesture = run; },
    page,
  });
  const gesture = (type = 'click') => { target.dispatchEvent(new Event(type)); endGesture?.(); endGesture = null; };
  return { settings, target, contexts, controller, gesture, page, during: (run: () => void) => { target.dispatchEvent(new Event('keydown')); run(); endGesture?.(); } };
}

const sourcesStarted = (context: FakeAudioContext) => context.made.filter((node) => node.started).length;

describe('sound controller', () => {
  it('makes no AudioContext before a gesture, then one on the first gesture', () => {
    const { contexts, controller, gesture } = setup();
    controller.show(calm);
    controller.pageTurn();
    controller.tick();
    expect(contexts).toHaveLength(0);
    gesture();
    gesture('keydown');
    expect(contexts).toHaveLength(1);
    controller.destroy();
    expect(contexts[0].state).toBe('closed');
  });

  it('muted: no context even on gestures; unmuting by a click makes it, a change outside a gesture does not', () => {
    const { settings, contexts, gesture, during, controller } = setup(false);
    gesture();
    expect(contexts).toHaveLength(0);
    settings.update({ sound: true });
    expect(contexts).toHaveLength(0);
    settings.update({ sound: false });
    during(() => settings.update({ sound: true }));
    expect(contexts).toHaveLength(1);
    controller.destroy();
  });

  it('mute and volume set the master level', () => {
    const { settings, contexts, gesture, controller } = setup();
    gesture();
    const master = contexts[0].made[0];
    expect(master.gain.target).toBeGreaterThan(0);
    const half = master.gain.target;
    settings.update({ volume: 100 });
    expect(master.gain.target).toBeCloseTo(half * 2);
    settings.update({ sound: false });
    expect(master.gain.target).toBe(0);
    controller.destroy();
  });

  it('plays interface sounds on calm screens only', () => {
    const { contexts, gesture, controller } = setup();
    gesture();
    const context = contexts[0];
    controller.show(calm);
    let before = sourcesStarted(context);
    controller.pageTurn();
    controller.tick();
    expect(sourcesStarted(context)).toBe(before + 2);
    controller.show(violent);
    before = sourcesStarted(context);
    controller.pageTurn();
    controller.tick();
    expect(sourcesStarted(context)).toBe(before);
    controller.destroy();
  });

  it('a hidden page suspends the sound; the next gesture resumes it', () => {
    const { contexts, gesture, controller, page } = setup();
    gesture();
    page.visibilityState = 'hidden';
    page.dispatchEvent(new Event('visibilitychange'));
    expect(contexts[0].state).toBe('suspended');
    page.visibilityState = 'visible';
    page.dispatchEvent(new Event('visibilitychange'));
    expect(contexts[0].state).toBe('suspended');
    gesture();
    expect(contexts[0].state).toBe('running');
    controller.destroy();
  });
});

describe('soundscape graph', () => {
  const layerGains = (context: FakeAudioContext, master: FakeNode) => context.made.filter((node) => node.kind === 'gain' && node.connections.includes(master));

  it('ramps its five layers to the mix, balanced to the beds\' common level, and to silence', () => {
    const context = new FakeAudioContext();
    const scape = new Soundscape(asAudio(context), asAudio(context).destination);
    const master = context.made[0];
    const layers = layerGains(context, master);
    expect(layers).toHaveLength(5);
    const mix = { wind: 0.8, rain: 0, room: 0.3, voices: 0.2, hum: 0.1 };
    scape.setMix(mix);
    const balanced = balancedMix(mix);
    expect(layers.map((gain) => gain.gain.target)).toEqual([balanced.wind, balanced.rain, balanced.room, balanced.voices, balanced.hum]);
    // The layers keep their proportions; together they reach the beds' level.
    expect(balanced.wind / balanced.room).toBeCloseTo(0.8 / 0.3, 9);
    const level = Math.sqrt((Object.keys(mix) as (keyof typeof mix)[]).reduce((sum, layer) => sum + (balanced[layer] * LAYER_LEVEL[layer]) ** 2, 0));
    expect(level).toBeCloseTo(BED_LEVEL, 9);
    expect(balancedMix(SILENCE)).toEqual(SILENCE);
    scape.setMix(SILENCE);
    expect(layers.every((gain) => gain.gain.target === 0)).toBe(true);
    scape.destroy();
    expect(context.made.filter((node) => node.started).every((node) => node.stopped)).toBe(true);
  });
});

describe('sound settings', () => {
  it('repair: a bad volume or sound flag falls back, the rest is kept', async () => {
    const { repairSettings } = await import('../../../src/engine/index.ts');
    const defaults = defaultSettings(false);
    expect(defaults).toMatchObject({ sound: true, volume: 60 });
    expect(repairSettings({ sound: 'no', volume: 140, theme: 'contrast' }, defaults)).toEqual({ ...defaults, theme: 'contrast' });
    expect(repairSettings({ sound: false, volume: 12.5 }, defaults)).toEqual({ ...defaults, sound: false });
    expect(repairSettings({ volume: 0 }, defaults).volume).toBe(0);
    // Settings saved before sound existed keep their fields and get the defaults.
    expect(repairSettings({ textSize: 150 }, defaults)).toEqual({ ...defaults, textSize: 150 });
  });

  it('remembered across a reload', () => {
    const storage = new MemoryStorage();
    new SettingsStore(storage, defaultSettings(false)).update({ sound: false, volume: 30 });
    expect(new SettingsStore(storage, defaultSettings(false)).value).toMatchObject({ sound: false, volume: 30 });
  });
});
