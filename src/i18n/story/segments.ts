// The classroom segments' written text (story/data/segments.ts: title, dates, summary, focus,
// content notes) in the active language: each field looked up by its key
// `segment:<viewpoint>.<id>:<field>` (story/l10n/<lang>/history.po, written by
// tools/i18n/extractSegments.ts from the same list), falling back to English field by field.
// The key choices carry the ink's ids and are looked up in the story table instead. DOM-free.
import type { SegmentInput } from '../../modes/classroom/segmentSchema.ts';

export interface SegmentField { field: string; english: string }

/** Every shown field of a written segment, in order: `summary.<n>` and `contentNote.<n>` per line. */
export function segmentFields(segment: SegmentInput): SegmentField[] {
  return [
    { field: 'title', english: segment.title },
    { field: 'dates', english: segment.dates },
    ...segment.summary.map((line, n) => ({ field: `summary.${n}`, english: line })),
    { field: 'focus', english: segment.focus },
    ...segment.contentNotes.map((line, n) => ({ field: `contentNote.${n}`, english: line })),
  ];
}

export function segmentKey(viewpoint: string, segmentId: string, field: string): string {
  return `segment:${viewpoint}.${segmentId}:${field}`;
}

/** A written segment's fields in a language: `lookup(key, english)` returns the translation or the English. */
export function localizeSegment<T extends SegmentInput>(viewpoint: string, segment: T, lookup: (key: string, english: string) => string): T {
  const at = (field: string, english: string) => lookup(segmentKey(viewpoint, segment.id, field), english);
  return {
    ...segment,
    title: at('title', segment.title),
    dates: at('dates', segment.dates),
    summary: segment.summary.map((line, n) => at(`summary.${n}`, line)),
    focus: at('focus', segment.focus),
    contentNotes: segment.contentNotes.map((line, n) => at(`contentNote.${n}`, line)),
  };
}
