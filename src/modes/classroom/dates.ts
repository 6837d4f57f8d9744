// Day numbers as a class reads them: "Day 3 · Tuesday 18 May 1954", or the prologue.
import { calendarDay } from '../../engine/index.ts';
import { strings } from '../../ui/strings.ts';

export function dateOfDay(day: number): string {
  const s = strings();
  const date = calendarDay(day);
  if (day <= 0 || date.dayOfMonth === null || date.month === null || date.weekday === null) return s.prologue;
  return `${s.weekdays[date.weekday]} ${date.dayOfMonth} ${s.months[date.month]} ${date.year}`;
}

export function dayLabel(day: number): string {
  return day <= 0 ? strings().prologue : `Day ${day} · ${dateOfDay(day)}`;
}
