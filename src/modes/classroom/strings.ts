// Classroom mode's strings (start screen, pause cards, votes, debrief, teacher guide) in the
// active language (English: src/i18n/en/classroom.ts).
import { namespace } from '../../i18n/catalog.ts';
import { classroom } from '../../i18n/en/classroom.ts';

export type ClassroomStrings = typeof classroom;
/** English, for tests and code that needs the source text. */
export const classroomStrings: ClassroomStrings = classroom;
export const cs = namespace('classroom', classroom);
