// The classroom segments' written text (story/data/segments.ts: title, dates, the two summary
// lines, the learning focus, each content note) as entries keyed `segment:<viewpoint>.<id>:<field>`.
// Ids and day numbers are not text. The runtime applies the same keys (src/i18n/story/segments.ts).
import type { SegmentInput } from '../../src/modes/classroom/segmentSchema.ts';
import { segmentFields, segmentKey } from '../../src/i18n/story/segments.ts';
import type { Entry } from './extractStory.ts';

const NOTES: Record<string, string> = {
  title: 'the lesson\'s title, on the teacher\'s segment picker and in the guide (sentence case, short).',
  dates: 'the segment\'s dates as a class reads them (day, month in the genitive, year with р./г.).',
  'summary.0': 'what happens in the segment, for the teacher.',
  'summary.1': 'what the class does with it ("the class" as the subject).',
  focus: 'the learning focus: a historical-thinking aim, "Kind: aim" as in English.',
};

const WHERE = 'story/data/segments.ts';

export function extractSegments(byViewpoint: Readonly<Record<string, readonly SegmentInput[]>>): Entry[] {
  return Object.entries(byViewpoint).flatMap(([viewpoint, segments]) => segments.flatMap((segment) => segmentFields(segment).map(({ field, english }) => {
    const note = NOTES[field] ?? (field.startsWith('contentNote.') ? 'a content note for the teacher, in plain words.' : null);
    return { key: segmentKey(viewpoint, segment.id, field), english, reference: WHERE, notes: [`segment ${viewpoint}.${segment.id}: ${field}`, ...(note ? [note] : [])] };
  })));
}
