// @vitest-environment happy-dom
// The strip of the forty-two days: the acts cover 0..42 once each, today and the days behind are
// marked, and a screen reader hears one sentence.
import { describe, expect, it } from 'vitest';
import { ACTS, LAST_DAY, ProgressStrip, actOf } from '../../../src/ui/progressStrip.ts';

describe('progress strip', () => {
  it('has five acts that cover every day from the prologue to 26 June exactly once', () => {
    const days = ACTS.flatMap((act) => Array.from({ length: act.last - act.first + 1 }, (_, i) => act.first + i));
    expect(days).toEqual(Array.from({ length: LAST_DAY + 1 }, (_, i) => i));
    expect(actOf(12)?.key).toBe('promise');
    expect(actOf(13)?.key).toBe('republic');
    expect(actOf(-1)).toBeNull();
  });

  it('marks today and the days behind, and says where you are in words', () => {
    const strip = new ProgressStrip();
    expect(strip.element.hidden, 'no day yet').toBe(true);
    strip.show(12);
    expect(strip.element.hidden).toBe(false);
    expect(strip.element.querySelectorAll('.progress-day.past')).toHaveLength(12);
    expect(strip.element.querySelector('.progress-day.today')?.getAttribute('data-day')).toBe('12');
    expect(strip.element.querySelector('.progress-act.current .progress-act-name')?.textContent).toBe('The broken promise');
    expect(strip.element.querySelector('.visually-hidden')?.textContent).toBe('Day 12 of 42. Act II: The broken promise.');
    expect(strip.element.querySelector('ol')?.getAttribute('aria-hidden')).toBe('true');
    strip.show(0);
    expect(strip.element.querySelector('.visually-hidden')?.textContent).toBe('Prologue, before day 1 of 42. Act I: The walls.');
    strip.show(-1);
    expect(strip.element.hidden).toBe(true);
  });
});
