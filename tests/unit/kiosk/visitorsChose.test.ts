// @vitest-environment happy-dom
// "How visitors chose": shares that add up to 100, the visitor's own choice marked, the split
// hidden until enough visitors, and what prisoners did shown beside it.
import { describe, expect, it } from 'vitest';
import { getContent } from '../../../src/content/registry.ts';
import { emptyTally } from '../../../src/modes/kiosk/counters.ts';
import { howVisitorsChose, shares } from '../../../src/modes/kiosk/visitorsChose.ts';

describe('how visitors chose', () => {
  it('rounds shares to a total of 100', () => {
    expect(shares({ a: 1, b: 1, c: 1 }, 'b').map((share) => share.percent)).toEqual([34, 33, 33]);
    expect(shares({ a: 2, b: 1 }, 'a')).toEqual([{ text: 'a', count: 2, percent: 67, yours: true }, { text: 'b', count: 1, percent: 33, yours: false }]);
    expect(shares({ a: 0, b: 0 }, undefined).map((share) => share.percent)).toEqual([0, 0]);
  });

  it('shows the split beside what prisoners did, or hides it below the minimum', () => {
    const content = getContent();
    const today = emptyTally();
    today.choices.kiosk_demands = { 'Walls down': 3, 'Shorter terms': 1, 'Someone from the top': 0 };
    const yours = new Map([['kiosk_demands', 'Shorter terms']]);
    const panel = howVisitorsChose(content, today, yours, ['kiosk_demands', 'unknown_moment'], 2)!;
    expect(panel.querySelectorAll('.kiosk-moment')).toHaveLength(1);
    expect(panel.querySelector('h4')?.textContent).toBe(content.moments.get('kiosk_demands')!.moment);
    expect([...panel.querySelectorAll('.kiosk-share-percent')].map((node) => node.textContent)).toEqual(['75%', '25%', '0%']);
    expect(panel.querySelector('.kiosk-share.yours')?.textContent).toContain('Shorter terms');
    expect(panel.querySelector('.kiosk-did')?.textContent).toBe(content.moments.get('kiosk_demands')!.whatPrisonersDid);
    const hidden = howVisitorsChose(content, today, yours, ['kiosk_demands'], 5)!;
    expect(hidden.querySelectorAll('.kiosk-share-percent')).toHaveLength(0);
    expect(hidden.textContent).toContain('5 visitors');
    // The visitor's own choice, below the minimum too, in the screen's language.
    const labelled = howVisitorsChose(content, today, yours, ['kiosk_demands'], 5, (counted) => `«${counted}»`)!;
    expect(labelled.querySelector('.kiosk-share.yours')?.textContent).toContain('«Shorter terms»');
    expect(howVisitorsChose(content, emptyTally(), yours, ['kiosk_demands'], 1)).toBeNull();
  });
});
