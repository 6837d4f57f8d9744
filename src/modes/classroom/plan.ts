// The teacher's plan on the start screen (segment, gentle wording, how the class votes), kept in
// the tab's sessionStorage so a reload keeps it; a broken or stale record falls back to defaults.
import type { KeyValueStorage } from '../../engine/index.ts';
import { browserStorage } from '../../ui/browserStorage.ts';
import { VOTE_METHODS, type VoteMethod } from './lesson.ts';
import { pathOfSegment, type ClassroomLibrary } from './segments.ts';

export interface Plan { segment: string; gentle: boolean; method: VoteMethod }
const PLAN_KEY = 'kengir.classroom.plan.v1';

/** The tab's sessionStorage (gone when the tab closes), or memory where the browser refuses it. */
export const tabStorage = (): KeyValueStorage => browserStorage('session', 'Lesson not kept in this tab:');

export function readPlan(session: KeyValueStorage, library: ClassroomLibrary): Plan {
  const fallback: Plan = { segment: library.paths[0].segments[0]?.id ?? '', gentle: true, method: 'hands' };
  try {
    const raw = JSON.parse(session.getItem(PLAN_KEY) ?? 'null') as Partial<Plan> | null;
    return {
      segment: raw?.segment && pathOfSegment(library, raw.segment) ? raw.segment : fallback.segment,
      gentle: typeof raw?.gentle === 'boolean' ? raw.gentle : fallback.gentle,
      method: VOTE_METHODS.includes(raw?.method as VoteMethod) ? raw!.method! : fallback.method,
    };
  } catch {
    return fallback;
  }
}

export function savePlan(session: KeyValueStorage, plan: Plan): void {
  session.setItem(PLAN_KEY, JSON.stringify(plan));
}
