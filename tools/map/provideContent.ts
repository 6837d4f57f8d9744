// Provides the game's content from story/data before the plan's modules evaluate (Node only).
import { bundledContent } from '../../src/content/bundled.ts';

bundledContent();
