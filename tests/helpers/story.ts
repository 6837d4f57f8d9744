// The real story, compiled once per test run: the story and unit projects' global setup fills
// the cache (tools/ink/cache.mjs), and each test file reads it from there.
import { compileInkCached } from '../../tools/ink/cache.mjs';

export const STORY_MAIN = 'story/main.ink';

export function compiledStory() {
  return compileInkCached(STORY_MAIN);
}
