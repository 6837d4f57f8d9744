// The lesson being taught: the segment, the class's votes with their tallies, the prompts met.
// Pure data, no DOM. Kept in memory and mirrored in sessionStorage (gone when the tab closes), so
// a reload mid-lesson keeps the debrief; nothing else is stored and nothing leaves the device.
import * as v from 'valibot';
import type { Content } from '../../content/registry.ts';
import type { KeyValueStorage } from '../../engine/index.ts';

export const VOTE_METHODS = ['hands', 'numbers', 'teacher'] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];

const voteSchema = v.object({
  day: v.number(),
  /** The line the class read just before the choice. */
  context: v.string(),
  method: v.picklist(VOTE_METHODS),
  options: v.array(v.object({ text: v.string(), votes: v.nullable(v.number()) })),
  /** Position of the option taken. */
  chosen: v.number(),
  /** The class was split evenly and the teacher decided between the leaders. */
  tie: v.boolean(),
  moment: v.nullable(v.string()),
  note: v.nullable(v.string()),
});
export type VoteRecord = v.InferOutput<typeof voteSchema>;

const lessonSchema = v.object({
  /** The segments played, in order (a lesson may go on into the next one). */
  segments: v.array(v.string()),
  rehearsal: v.boolean(),
  gentle: v.boolean(),
  method: v.picklist(VOTE_METHODS),
  firstDay: v.number(),
  lastDay: v.number(),
  votes: v.array(voteSchema),
  /** Discussion prompts the lesson reached (`# discuss:`), in order. */
  prompts: v.array(v.string()),
  /** Prompts whose "what really happened" was revealed. */
  revealed: v.array(v.string()),
  /** Endnotes the lesson reached. */
  notes: v.array(v.string()),
  ending: v.nullable(v.string()),
  finished: v.boolean(),
});
export type LessonRecord = v.InferOutput<typeof lessonSchema>;

export const LESSON_KEY = 'kengir.classroom.lesson.v1';

export function newLesson(segment: string, firstDay: number, options: { gentle: boolean; method: VoteMethod; rehearsal: boolean }): LessonRecord {
  return { segments: [segment], rehearsal: options.rehearsal, gentle: options.gentle, method: options.method, firstDay, lastDay: firstDay, votes: [], prompts: [], revealed: [], notes: [], ending: null, finished: false };
}

export function saveLesson(storage: KeyValueStorage, lesson: LessonRecord): void {
  storage.setItem(LESSON_KEY, JSON.stringify(lesson));
}

export function loadLesson(storage: KeyValueStorage): LessonRecord | null {
  try {
    const parsed = v.safeParse(lessonSchema, JSON.parse(storage.getItem(LESSON_KEY) ?? 'null'));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

export function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** The positions with the most votes: one winner, or a tie the teacher breaks. No votes at all is a tie of all. */
export function leaders(tallies: readonly number[]): number[] {
  const counts = tallies.map((count) => (Number.isFinite(count) && count > 0 ? Math.floor(count) : 0));
  const most = Math.max(0, ...counts);
  return counts.map((count, position) => (count === most ? position : -1)).filter((position) => position >= 0);
}

/** A tally typed by the teacher: a whole number from 0 to 999, anything else counts as 0. */
export function parseTally(text: string): number {
  const value = Number.parseInt(text.trim(), 10);
  return Number.isFinite(value) && value >= 0 ? Math.min(value, 999) : 0;
}

/**
 * Three follow-up questions from the prompts of the scenes actually played: first the prompts the
 * lesson met, then the other prompts of the days it played, then the segment's, and only if
 * those are fewer than three, the prompts of the nearest days; different historical-thinking
 * skills first where there is a choice.
 */
export function followUpPrompts(content: Content, met: readonly string[], daysPlayed: readonly string[], segmentPrompts: readonly string[], nearby: readonly string[] = [], count = 3): string[] {
  const pools = [met, daysPlayed, segmentPrompts, nearby].map((pool) => pool.filter((id) => content.prompts.has(id)));
  const picked: string[] = [];
  const skills = new Set<string>();
  for (const pool of pools) {
    // New skills first, then the rest of the pool, in story order.
    for (const pass of [true, false]) {
      for (const id of pool) {
        if (picked.length >= count) return picked;
        if (picked.includes(id)) continue;
        const skill = content.prompts.get(id)!.skill;
        if (pass && skills.has(skill)) continue;
        picked.push(id);
        skills.add(skill);
      }
    }
  }
  return picked;
}

/** Every source the lesson's votes and discussions cite, deduplicated, in order of first citation. */
export function lessonSources(content: Content, lesson: LessonRecord, followUps: readonly string[]): string[] {
  const notes: string[] = [];
  for (const vote of lesson.votes) {
    const momentNote = vote.moment ? content.moments.get(vote.moment)?.note : undefined;
    for (const id of [momentNote, vote.note]) if (id) addOnce(notes, id);
  }
  for (const id of [...lesson.prompts, ...followUps]) {
    const note = content.prompts.get(id)?.note;
    if (note) addOnce(notes, note);
  }
  for (const id of lesson.notes) addOnce(notes, id);
  const sources: string[] = [];
  for (const id of notes) for (const source of content.notes.get(id)?.sources ?? []) if (content.sources.has(source)) addOnce(sources, source);
  return sources;
}
