// Setup for the unit and story projects: the game's content, validated from story/data and
// provided as main.ts provides the JSON a build fetches (src/content/registry.ts).
import { bundledContent } from '../../src/content/bundled.ts';

bundledContent();
