// The story's calendar: day 1 is Sunday 16 May 1954, day 42 is Saturday 26 June 1954.

export const FIRST_DAY_UTC = Date.UTC(1954, 4, 16);
export const LAST_DAY = 42;

export interface CalendarDay {
  /** -1 before the story starts, 0 for the prologue, 1..42 for the uprising. */
  day: number;
  /** ISO date, or null for the prologue ("early May 1954"). */
  isoDate: string | null;
  weekday: number | null;
  dayOfMonth: number | null;
  /** 0-based month. */
  month: number | null;
  year: number;
}

export function calendarDay(day: number): CalendarDay {
  if (!Number.isInteger(day) || day < 1) return { day: Math.max(-1, Math.trunc(day) || 0), isoDate: null, weekday: null, dayOfMonth: null, month: 4, year: 1954 };
  const clamped = Math.min(day, LAST_DAY);
  const date = new Date(FIRST_DAY_UTC + (clamped - 1) * 86_400_000);
  return {
    day: clamped,
    isoDate: date.toISOString().slice(0, 10),
    weekday: date.getUTCDay(),
    dayOfMonth: date.getUTCDate(),
    month: date.getUTCMonth(),
    year: date.getUTCFullYear(),
  };
}
