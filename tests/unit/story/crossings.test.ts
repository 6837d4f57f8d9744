// The crossing-fact check and the static assignment check on small inline stories: each rule
// passes on a good example and fails on a deliberately broken one.
import { describe, expect, it } from 'vitest';
import { assignedVariables, declaredGlobals, functionEffects, functionsIn } from '../../../tools/story/assignments.ts';
import { checkCrossings, validateCrossings, type CrossingInput } from '../../../tools/story/crossings.ts';
import { exploreStory, functionNamesIn } from '../../../tools/story/explore.ts';
import { compileInline } from '../../helpers/compileInline.ts';

const DATA: CrossingInput[] = [{
  id: 'c1', day: 2, time: 'night', owner: 'halyna', viewpoints: ['halyna', 'jonas'], places: ['barrack', 'wall'], present: ['halyna', 'jonas'],
  facts: [
    { id: 'c1.intro', what: 'He says who he is.', always: true, said: 'I am Jonas.' },
    { id: 'c1.answer', what: 'Her answer to the ask.', variants: { yes: 'Yes,', no: 'Tell him no.' } },
  ],
  knowledge: { halyna: 'Her answer and why.', jonas: 'Who sent him.' },
}];
const crossings = validateCrossings(DATA);

/** A two-viewpoint story whose day 2 is Halyna's as given, and Jonas's as given. */
function story(halyna: string, jonas: string): string {
  return compileInline(`VAR viewpoint = "halyna"
VAR day = 0
-> start
=== start ===
{ viewpoint:
- "jonas": -> j_day_01
}
-> day_01
=== day_01 ===
~ day = 1
Day one.
-> day_02
=== day_02 ===
~ day = 2
${halyna}
=== j_day_01 ===
~ day = 1
His day one.
-> j_day_02
=== j_day_02 ===
~ day = 2
${jonas}
=== the_end ===
The end. # ending: stayed
-> END
`);
}

const HALYNA = `# place: barrack
# crossing: c1
A knock at the window.
# fact: c1.intro
"I am Jonas. From Kaunas."
* [Yes]
  # fact: c1.answer.yes
  "Yes," you say.
* [No]
  # fact: c1.answer
  "Tell him no." you say.
- -> the_end`;
const JONAS = `# place: wall
# crossing: c1
You knock at her window.
# fact: c1.intro
"I am Jonas. Her brother sent me," you say.
# fact: c1.answer.yes
"Yes," she says.
-> the_end`;

function check(halyna: string, jonas: string, data = crossings) {
  const json = story(halyna, jonas);
  const runs = (['halyna', 'jonas'] as const).map((viewpoint) => ({
    viewpoint,
    result: exploreStory(json, functionNamesIn([]), { presets: { viewpoint }, hubForDay: (day) => `${viewpoint === 'jonas' ? 'j_' : ''}day_${String(day).padStart(2, '0')}`, witnessWalks: 2 }),
  }));
  return checkCrossings(data, runs);
}

describe('crossing-fact check', () => {
  it('passes when every path keeps the facts', () => {
    expect(check(HALYNA, JONAS)).toEqual([]);
  });

  it('passes when the other viewpoint shows no crossing at all (its path is not written yet)', () => {
    expect(check(HALYNA, 'Nothing yet.\n-> the_end')).toEqual([]);
  });

  it('fails when a path shows the crossing and misses an always fact', () => {
    const problems = check(HALYNA, JONAS.replace('# fact: c1.intro\n', ''));
    expect(problems.join('\n')).toMatch(/\[jonas\] j_day_02: a path shows crossing c1 but not its fact c1.intro/);
  });

  it('fails when only some paths miss it', () => {
    const branching = `# place: wall
# crossing: c1
You knock.
* [Say your name]
  # fact: c1.intro
  "I am Jonas."
* [Say nothing]
  You say nothing.
- # fact: c1.answer.yes
"Yes," she says.
-> the_end`;
    expect(check(HALYNA, branching).join('\n')).toMatch(/a path shows crossing c1 but not its fact c1.intro/);
  });

  it('fails when the words differ', () => {
    expect(check(HALYNA, JONAS.replace('"I am Jonas. Her', '"I\'m Jonas. Her')).join('\n')).toMatch(/c1.intro must say "I am Jonas." verbatim/);
  });

  it('fails on a variant that is not in the file, or whose words differ', () => {
    expect(check(HALYNA, JONAS.replace('c1.answer.yes', 'c1.answer.maybe')).join('\n')).toMatch(/shows variant "maybe" of c1.answer, which is not in/);
    expect(check(HALYNA, JONAS.replace('"Yes," she says.', '"Aye," she says.')).join('\n')).toMatch(/variant c1.answer.yes must say "Yes," verbatim/);
  });

  it('fails when the owner never shows a variant, or never shows its crossing', () => {
    const noBranch = HALYNA.replace(/\* \[No\][\s\S]*?- -> the_end/, '- -> the_end');
    expect(check(noBranch, JONAS).join('\n')).toMatch(/\[halyna\] never shows variant\(s\) no of c1.answer/);
    expect(check('Nothing.\n-> the_end', JONAS).join('\n')).toMatch(/\[halyna\] never shows crossing c1/);
  });

  it('fails on the wrong day, the wrong place, or an unknown id', () => {
    const moved = [{ ...DATA[0], day: 1 }];
    expect(check(HALYNA, JONAS, validateCrossings(moved)).join('\n')).toMatch(/c1.intro is on day 2, crossing c1 on day 1/);
    expect(check(HALYNA, JONAS.replace('# place: wall', '# place: tower')).join('\n')).toMatch(/\[jonas\] c1 is at place tower/);
    expect(check(HALYNA, JONAS.replace('# fact: c1.intro', '# fact: c9.intro')).join('\n')).toMatch(/# fact: c9.intro names nothing/);
  });

  it('fails when a viewpoint the crossing does not list shows it', () => {
    const onlyHalyna = [{ ...DATA[0], viewpoints: ['halyna', 'pavel'] }];
    expect(check(HALYNA, JONAS, validateCrossings(onlyHalyna)).join('\n')).toMatch(/\[jonas\] shows crossing c1, which does not list this viewpoint/);
  });

  it('validates the data', () => {
    expect(() => validateCrossings([{ ...DATA[0], facts: [{ id: 'c2.intro', what: 'Misnamed fact here.', always: true }] }])).toThrow(/not named after it/);
    expect(() => validateCrossings([{ ...DATA[0], owner: 'pavel' }])).toThrow(/owner pavel is not among/);
    expect(() => validateCrossings([DATA[0], DATA[0]])).toThrow(/listed twice/);
    expect(() => validateCrossings(DATA, new Set(['barrack']))).toThrow(/no place "wall"/);
  });
});

describe('assigned variables (crossings.md §3.5)', () => {
  const functions = functionsIn([`=== function up(ref value, amount) ===
~ value = value + amount
=== function bond_up(ref bond) ===
~ up(bond, 1)
=== function hope_down() ===
~ hope = hope - 1
=== function words() ===
~ temp said = 1
~ return "x"`]);
  const effects = functionEffects(functions);
  const globals = declaredGlobals(['VAR hope = 5\nVAR bond_jonas = 0\nVAR bond_halyna = 0\nVAR j_duty = "none"\nVAR seen = 0']);

  it('follows ref parameters and functions that assign globals, and ignores temps and reads', () => {
    expect(effects.get('bond_up')!.refs).toEqual(new Set([0]));
    expect(effects.get('hope_down')!.globals).toEqual(new Set(['hope']));
    expect(effects.get('words')!.globals.size).toBe(0);
    const source = `~ bond_up(bond_halyna)
* [Go]
  ~ j_duty = "bench"
  ~ hope_down()
{bond_jonas >= 2: text}
~ temp local = 3
~ seen++`;
    expect([...assignedVariables(source, effects, globals)].sort()).toEqual(['bond_halyna', 'hope', 'j_duty', 'seen']);
  });

  it('finds a variable of another path assigned through a helper (the test that guards the paths fails)', () => {
    const jonas = assignedVariables('~ bond_up(bond_jonas)', effects, globals);
    const halyna = assignedVariables('~ bond_up(bond_jonas)\n~ hope_down()', effects, globals);
    expect([...jonas].filter((name) => halyna.has(name))).toEqual(['bond_jonas']);
  });
});
