// The content straight from story/data, for Node: the story tools and the tests. The browser
// never imports this (a build fetches the same data as JSON: tools/vite/content-plugin.ts).
import * as data from '../../story/data/index.ts';
import { buildContent, provideContent, type Content } from './registry.ts';

let cached: Content | null = null;
/** The content validated from the source files, provided once as the game's content. */
export function bundledContent(): Content {
  cached ??= provideContent(buildContent(data as unknown as Parameters<typeof buildContent>[0]));
  return cached;
}
