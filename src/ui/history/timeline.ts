// The chronicle's arithmetic, free of the DOM: partial dates as day ranges, the three eras, and
// which entries a player may read. Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD" (schema.ts).
import type { Note } from '../../content/schema.ts';

export const ERAS = ['background', 'forty_days', 'aftermath'] as const;
export type Era = (typeof ERAS)[number];

/** The uprising, counted inclusively: Sunday 16 May to Saturday 26 June 1954. */
export const UPRISING_START = '1954-05-16';
export const UPRISING_END = '1954-06-26';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a partial date can mean: "1954-06" → 1954-06-01 to 1954-06-30. */
export function dayRange(date: string): { start: string; end: string } {
  const [year, month, day] = date.split('-');
  if (day) return { start: date, end: date };
  if (month) return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}` };
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The days a note's date covers, from the start of `from` to the end of `to` (or of `from`). */
export function noteSpan(note: Pick<Note, 'date'>): { start: string; end: string } {
  const from = dayRange(note.date.from);
  const to = dayRange(note.date.to ?? note.date.from);
  return { start: from.start, end: to.end < from.end ? from.end : to.end };
}

const DAY_MS = 86_400_000;
function dayNumber(iso: string): number { return Date.parse(`${iso}T00:00:00Z`) / DAY_MS; }

/** Days shared by two inclusive ranges (0 when they do not meet). */
function overlap(a: { start: string; end: string }, b: { start: string; end: string }): number {
  const start = Math.max(dayNumber(a.start), dayNumber(b.start));
  const end = Math.min(dayNumber(a.end), dayNumber(b.end));
  return end < start ? 0 : end - start + 1;
}

const ERA_SPANS: Record<Era, { start: string; end: string }> = {
  background: { start: '0001-01-01', end: '1954-05-15' },
  forty_days: { start: UPRISING_START, end: UPRISING_END },
  aftermath: { start: '1954-06-27', end: '9999-12-31' },
};

/**
 * The era a note belongs to. A note that starts on a known day of the forty days belongs to them;
 * otherwise the era its dates overlap most (ties go to the earlier era). So "June 1954" is the
 * forty days, "late June – July 1954" the aftermath, and "1948–1954" the background.
 */
export function eraOf(note: Pick<Note, 'date'>): Era {
  const { from } = note.date;
  if (from.length === 10 && from >= UPRISING_START && from <= UPRISING_END) return 'forty_days';
  const span = noteSpan(note);
  let best: Era = 'background';
  let bestDays = -1;
  for (const era of ERAS) {
    const days = overlap(span, ERA_SPANS[era]);
    if (days > bestDays) { best = era; bestDays = days; }
  }
  return best;
}

/** Story order on the timeline: by first day, then by last day, then by title. */
export function compareNotes(a: Note, b: Note): number {
  const spanA = noteSpan(a);
  const spanB = noteSpan(b);
  return spanA.start.localeCompare(spanB.start) || spanA.end.localeCompare(spanB.end) || a.title.localeCompare(b.title);
}

export interface ChronicleEntry { note: Note; open: boolean }
export interface ChronicleEra { era: Era; entries: ChronicleEntry[] }

/**
 * Every dated note, grouped by era and in date order. An entry is open when the player has
 * reached its note, or when everything is open (classroom mode, or after an ending).
 */
export function chronicle(notes: Iterable<Note>, unlocked: Iterable<string>, allOpen: boolean): ChronicleEra[] {
  const reached = new Set(unlocked);
  const groups = new Map<Era, ChronicleEntry[]>(ERAS.map((era) => [era, []]));
  for (const note of [...notes].sort(compareNotes)) {
    groups.get(eraOf(note))!.push({ note, open: allOpen || reached.has(note.id) });
  }
  return ERAS.map((era) => ({ era, entries: groups.get(era)! }));
}

/** The story's days: 0 is the prologue (early May), 1 is 16 May 1954, 42 is 26 June 1954. */
export const STORY_DAYS = 42;

/** The story day of an ISO date within the uprising, or null outside it. */
export function storyDayOf(iso: string): number | null {
  if (iso.length !== 10 || iso < UPRISING_START || iso > UPRISING_END) return null;
  return dayNumber(iso) - dayNumber(UPRISING_START) + 1;
}

/** The ISO date of story day 1..42 (null for the prologue). */
export function isoOfStoryDay(day: number): string | null {
  if (day < 1 || day > STORY_DAYS) return null;
  return new Date((dayNumber(UPRISING_START) + day - 1) * DAY_MS).toISOString().slice(0, 10);
}

export interface TimelineDay {
  day: number;
  /** ISO date; null for the prologue. */
  iso: string | null;
  /** The player's path reached this day (a choice was made on it, or it is on screen). */
  reached: boolean;
  current: boolean;
  entries: ChronicleEntry[];
}

/**
 * The forty days as a timeline: the prologue and days 1..42, each with the forty-days entries
 * that start on it, and the player's days marked. Entries without an exact day (a month, a
 * range of weeks) are returned apart: placing "June 1954" on 1 June would claim a date.
 */
export function fortyDaysTimeline(entries: readonly ChronicleEntry[], reached: Iterable<number>, current: number | null): { days: TimelineDay[]; undated: ChronicleEntry[] } {
  const reachedDays = new Set(reached);
  if (current !== null) reachedDays.add(current);
  const days: TimelineDay[] = Array.from({ length: STORY_DAYS + 1 }, (_, day) => ({
    day, iso: isoOfStoryDay(day), reached: reachedDays.has(day), current: day === current, entries: [],
  }));
  const undated: ChronicleEntry[] = [];
  for (const entry of entries) {
    const day = storyDayOf(entry.note.date.from);
    if (day === null) undated.push(entry); else days[day].entries.push(entry);
  }
  return { days, undated };
}
