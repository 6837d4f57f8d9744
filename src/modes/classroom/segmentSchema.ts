// A classroom segment as written in story/data/segments.ts. Apart from segments.ts, which reads
// that file, so that the written data can import its type without an import cycle.
import * as v from 'valibot';

const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/));
const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const day = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(42));

/** A segment as written: what a teacher reads on the start screen and in the guide. */
export const segmentSchema = v.strictObject({
  id,
  title: text,
  /** First and last day (hubs day_NN) of the segment. */
  from: day,
  to: day,
  /** "16–19 May 1954". */
  dates: text,
  /** Two lines: what happens, and what the class does with it. */
  summary: v.pipe(v.array(text), v.length(2)),
  /** The learning focus: a historical-thinking aim in one sentence. */
  focus: text,
  /** Content notes for the teacher, in plain words. */
  contentNotes: v.array(text),
});
export type SegmentInput = v.InferInput<typeof segmentSchema>;
