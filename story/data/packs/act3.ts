// Content pack: notes, discussion prompts, history moments and glossary terms for act3.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [],
  prompts: [],
  moments: [],
  glossary: [],
};
