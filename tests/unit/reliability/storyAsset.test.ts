// D1: a story asset that is JSON but not ink is refused before any screen builds on it.
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { StoryRunner, StoryRuntimeError } from '../../../src/engine/index.ts';
import { checkStoryAsset, INK_VERSION_RANGE } from '../../../src/engine/storyAsset.ts';
import { compileInline } from '../../helpers/compileInline.ts';

const good = compileInline('Hello.\n* [On] -> END\n');

describe('checkStoryAsset', () => {
  it('accepts a compiled story', () => {
    expect(checkStoryAsset(good)).toEqual({ ok: true });
  });

  it.each([
    ['{}', 'no ink version'],
    ['[]', 'not an object'],
    ['null', 'not an object'],
    ['"story"', 'not an object'],
    ['{"inkVersion":"21","root":[1]}', 'no ink version'],
    ['{"inkVersion":99,"root":[1]}', 'ink version 99'],
    ['{"inkVersion":3,"root":[1]}', 'ink version 3'],
    ['{"inkVersion":21}', 'no story'],
    ['{"inkVersion":21,"root":[]}', 'no story'],
    ['not json', 'not JSON'],
  ])('refuses %s (%s)', (json, reason) => {
    const result = checkStoryAsset(json);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('matches the versions the bundled inkjs runtime loads', () => {
    expect(Story.inkVersionCurrent).toBe(INK_VERSION_RANGE.max);
    expect(new Story(good).inkVersionMinimumCompatible).toBe(INK_VERSION_RANGE.min);
  });
});

describe('StoryRunner on a file that is not ink', () => {
  it('throws a StoryRuntimeError (handled by the screens), not inkjs\'s own error', () => {
    expect(() => new StoryRunner('{}')).toThrow(StoryRuntimeError);
    expect(() => new StoryRunner('{"inkVersion":99,"root":[]}')).toThrow(StoryRuntimeError);
  });
});
