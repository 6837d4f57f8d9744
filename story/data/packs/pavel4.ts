// Content pack for Pavel's path, writer p4 (see docs/briefs/pavel-arc.md): endnotes, discussion
// prompts, history moments and glossary terms his days add. Facts only from the fact base and its
// two addenda, in our own words; where sources differ, the note says who says what.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [],
};
