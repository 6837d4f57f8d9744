// Day numbers as a class reads them: "Day 3 · Tuesday, 18 May 1954", or the prologue.
import { storyDate } from '../../i18n/dates.ts';
import { format, strings } from '../../ui/strings.ts';

export function dateOfDay(day: number): string {
  return storyDate(day) ?? strings().prologue;
}

export function dayLabel(day: number): string {
  return day <= 0 ? strings().prologue : format(strings().dayWithDate, { day, date: dateOfDay(day) });
}
