// Vitest global setup for the unit and story projects: compiles the real story once before any
// test file runs, so the files (in parallel workers) all read the cached result.
import { compiledStory } from './story.ts';

export default function setup(): void {
  compiledStory();
}
