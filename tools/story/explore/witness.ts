// Concrete, seeded playthroughs from the start: they confirm which endings are really reached
// (the exploration proper works on value domains, a superset of the reachable states).
import { newTally, START, type DayWalker } from './dayWalker.ts';
import type { Exit, Valuation } from './types.ts';

export function witnessEndings(walker: DayWalker, initial: Valuation, walks: number, wanted: ReadonlySet<string> = new Set()): { witnessed: Map<string, number>; walks: number } {
  const witnessed = new Map<string, number>();
  // Once every ending the exploration reached has been seen, more walks cannot change the check.
  const allSeen = () => wanted.size > 0 && [...wanted].every((id) => witnessed.has(id));
  let seed = 1954;
  walker.recordSightings = false;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  let walk = 0;
  for (; walk < walks && !allSeen(); walk += 1) {
    walker.begin(START, initial);
    const words = newTally();
    let exit: Exit | null = null;
    for (let steps = 0; steps < 5000; steps += 1) {
      exit = walker.advance(99, START, [], words);
      if (exit?.kind === 'hub') continue;
      if (exit || !walker.story.currentChoices.length) break;
      walker.story.ChooseChoiceIndex(walker.story.currentChoices[Math.floor(random() * walker.story.currentChoices.length)].index);
    }
    if (exit?.kind === 'ending') witnessed.set(exit.id, (witnessed.get(exit.id) ?? 0) + 1);
  }
  walker.recordSightings = true;
  return { witnessed, walks: walk };
}
