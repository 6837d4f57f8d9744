// The bibliography: every work the game cites, from the fact base §10 and addendum §16.
import type { Source } from '../../src/content/schema.ts';

export const sources: Source[] = [];
