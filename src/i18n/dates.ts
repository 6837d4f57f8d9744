// Dates of the story's calendar in the active language, with Intl.DateTimeFormat (no month or
// weekday names in the catalogs). Always in UTC: the calendar's dates are days, not instants.
import { calendarDay } from '../engine/index.ts';
import { language } from './catalog.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language().intlLocale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(language().intlLocale, { timeZone: 'UTC', ...options });
    formatters.set(key, found);
  }
  return found;
}

const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** "Tuesday 18 May 1954" for a story day, or null for the prologue and before. */
export function storyDate(day: number, style: 'long' | 'date' = 'long'): string | null {
  const date = calendarDay(day);
  if (!date.isoDate) return null;
  return formatter(style === 'long'
    ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
    : { day: 'numeric', month: 'long', year: 'numeric' }).format(utc(date.isoDate));
}

/** The weekday of a story day, "Tuesday". */
export function storyWeekday(day: number): string | null {
  const date = calendarDay(day);
  return date.isoDate ? formatter({ weekday: 'long' }).format(utc(date.isoDate)) : null;
}

/** Weekday names, Sunday first, and month names, January first, in the active language. */
export function weekdayNames(): string[] {
  // 1954-05-16 was a Sunday.
  return Array.from({ length: 7 }, (_, n) => formatter({ weekday: 'long' }).format(new Date(Date.UTC(1954, 4, 16 + n))));
}
export function monthNames(): string[] {
  return Array.from({ length: 12 }, (_, n) => formatter({ month: 'long' }).format(new Date(Date.UTC(1954, n, 15))));
}
