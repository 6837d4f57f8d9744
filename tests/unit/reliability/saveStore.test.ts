// Slots, the atomic write, the backup before a new game, and the set-aside shelf (issue 18: D2, D5).
import { describe, expect, it } from 'vitest';
import { createSave, MemoryStorage, StoryRunner, serializeSave, AUTOSAVE_KEY, type KeyValueStorage, type SaveEnvelope } from '../../../src/engine/index.ts';
import { GuardedAutosave, SaveStore, SET_ASIDE_KEY, SET_ASIDE_LIMIT, SLOT_KEYS, saveDay } from '../../../src/engine/saveStore.ts';
import { compileInline } from '../../helpers/compileInline.ts';

const story = compileInline(`
VAR day = -1
-> day_01
=== day_01 ===
~ day = 1
Night. Someone knocks.
* [Wait] You wait. -> day_02
* [Open the door] You open it. -> day_02
=== day_02 ===
~ day = 2
Morning.
* [Sleep] You sleep. -> END
`);
let now = 5_000;
const clock = { now: () => now };

function saveAt(choices: number[]): SaveEnvelope {
  const runner = new StoryRunner(story);
  let beat = runner.start();
  for (const index of choices) beat = runner.choose(index);
  return createSave(runner, { storyHash: 'h', viewpoint: 'halyna' }, { lines: beat.lines.map((line) => ({ text: line.text, tags: line.rawTags, variables: line.variables })), screen: 0 }, clock);
}

/** A storage whose writes to keys matching `failing` throw, or store only half the text (`tears` times). */
class FaultyStorage extends MemoryStorage {
  tears = Infinity;
  constructor(public mode: 'ok' | 'throw' | 'tear' = 'ok', public failing: RegExp = /./) { super(); }
  override setItem(key: string, value: string): void {
    if (this.mode === 'throw' && this.failing.test(key)) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const tear = this.mode === 'tear' && this.failing.test(key) && this.tears-- > 0;
    super.setItem(key, tear ? value.slice(0, value.length / 2) : value);
  }
}

describe('SaveStore', () => {
  it('lists the autosave, three manual slots and the backup, with viewpoint, day, date and when saved', () => {
    const store = new SaveStore(new MemoryStorage(), clock);
    expect(store.list().map((slot) => [slot.id, slot.state])).toEqual([['autosave', 'empty'], ['slot-1', 'empty'], ['slot-2', 'empty'], ['slot-3', 'empty'], ['backup', 'empty']]);
    expect(store.write('slot-2', saveAt([1])).ok).toBe(true);
    expect(store.summary('slot-2')).toMatchObject({ state: 'ok', viewpoint: 'halyna', day: 2, date: { isoDate: '1954-05-17' }, savedAt: 5_000 });
  });

  it('never replaces a good save with a torn or failed write', () => {
    for (const mode of ['throw', 'tear'] as const) {
      const storage = new FaultyStorage();
      const store = new SaveStore(storage, clock);
      const good = saveAt([]);
      store.write('autosave', good);
      storage.mode = mode;
      expect(store.write('autosave', saveAt([1]))).toEqual({ ok: false, reason: 'storage' });
      expect(storage.getItem(AUTOSAVE_KEY)).toBe(serializeSave(good));
      expect(storage.keys()).toEqual([AUTOSAVE_KEY]);
    }
  });

  it('keeps the old save when only the final copy tears, and refuses text that is not a save', () => {
    const storage = new FaultyStorage('ok');
    const store = new SaveStore(storage, clock);
    const good = saveAt([]);
    store.write('autosave', good);
    storage.mode = 'tear';
    storage.failing = /^kengir\.autosave\.v1$/;
    storage.tears = 1;
    expect(store.write('autosave', saveAt([1])).ok).toBe(false);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(serializeSave(good));
    expect(store.writeText('slot-1', '{"format":"kengir-forty-days/save@1"')).toEqual({ ok: false, reason: 'invalid' });
    expect(store.exists('slot-1')).toBe(false);
  });

  it('reads a save whose write stopped between its two phases from the staged copy', () => {
    const storage = new MemoryStorage();
    const staged = serializeSave(saveAt([1]));
    storage.setItem(`${SLOT_KEYS['slot-1']}.staging`, staged);
    expect(new SaveStore(storage, clock).read('slot-1')).toMatchObject({ ok: true });
    // The page closed while the slot itself was half written.
    storage.setItem(SLOT_KEYS['slot-1'], staged.slice(0, 100));
    expect(new SaveStore(storage, clock).text('slot-1')).toBe(staged);
  });

  it('keeps the previous game as the backup (D2)', () => {
    const store = new SaveStore(new MemoryStorage(), clock);
    const previous = saveAt([1]);
    store.write('autosave', previous);
    expect(store.keepBackup()).toBe(true);
    store.write('autosave', saveAt([]));
    expect(store.text('backup')).toBe(serializeSave(previous));
  });

  it('sets an unreadable save aside instead of deleting it, and it can be exported (D5)', () => {
    const storage = new MemoryStorage();
    const store = new SaveStore(storage, clock);
    const newer = '{"format":"kengir-forty-days/save@2","inkState":"{}"}';
    storage.setItem(AUTOSAVE_KEY, newer);
    expect(store.summary('autosave')).toMatchObject({ state: 'unreadable', problem: 'foreign' });
    expect(store.setAside('autosave', 'foreign')).toBe(true);
    expect(store.exists('autosave')).toBe(false);
    expect(store.setAsideSaves()).toEqual([{ from: 'autosave', problem: 'foreign', at: 5_000, text: newer }]);
    for (let i = 0; i < SET_ASIDE_LIMIT + 2; i += 1) {
      now += 1;
      storage.setItem(AUTOSAVE_KEY, `broken ${i}`);
      store.setAside('autosave', 'not_json');
    }
    expect(store.setAsideSaves()).toHaveLength(SET_ASIDE_LIMIT);
    store.forgetSetAside(store.setAsideSaves()[0]!.at);
    expect(store.setAsideSaves()).toHaveLength(SET_ASIDE_LIMIT - 1);
  });

  it('leaves the slot alone when the shelf cannot be written', () => {
    const storage = new FaultyStorage('throw', new RegExp(SET_ASIDE_KEY.replace(/\./g, '\\.')));
    const store = new SaveStore(storage, clock);
    storage.setItem(AUTOSAVE_KEY, 'broken');
    expect(store.setAside('autosave', 'not_json')).toBe(false);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe('broken');
  });

  it('sets a broken autosave aside rather than backing it up over a good backup', () => {
    const storage = new MemoryStorage();
    const store = new SaveStore(storage, clock);
    const backup = saveAt([1]);
    store.write('backup', backup);
    storage.setItem(AUTOSAVE_KEY, 'broken');
    expect(store.keepBackup()).toBe(true);
    expect(store.text('backup')).toBe(serializeSave(backup));
    expect(store.setAsideSaves()[0]).toMatchObject({ text: 'broken' });
  });

  it('takes the day from the last line shown, then the checkpoint', () => {
    const save = saveAt([1]);
    expect(saveDay(save)).toBe(2);
    save.transcript.lines = [];
    expect(saveDay(save)).toBe(2);
  });
});

describe('GuardedAutosave', () => {
  it('holds writes back while another tab writes, and writes them when this tab takes over', () => {
    const storage: KeyValueStorage = new MemoryStorage();
    let writer = false;
    const autosave = new GuardedAutosave(new SaveStore(storage, clock), () => writer);
    autosave.write(saveAt([]));
    expect(autosave.exists()).toBe(false);
    expect(autosave.pending).not.toBeNull();
    writer = true;
    autosave.flush();
    expect(autosave.read()).toMatchObject({ ok: true });
    expect(autosave.pending).toBeNull();
  });

  it('sets the autosave aside when the screens clear it', () => {
    const storage = new MemoryStorage();
    const store = new SaveStore(storage, clock);
    storage.setItem(AUTOSAVE_KEY, '{"format":"kengir-forty-days/save@1"}');
    new GuardedAutosave(store).clear();
    expect(store.exists('autosave')).toBe(false);
    expect(store.setAsideSaves()[0]).toMatchObject({ from: 'autosave', problem: 'invalid' });
  });
});
