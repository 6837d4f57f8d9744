// A documented person speaks only as a source records (bible §2; issue 15): the explorer records
// every line tagged `# speaker:` and whether it carries a `# note:`, and the story check fails a
// documented speaker's line without one. Shown on a small inline story, good and broken.
import { describe, expect, it } from 'vitest';
import { exploreStory, functionNamesIn } from '../../../tools/story/explore.ts';
import { unnotedDocumentedSpeech } from '../../../tools/story/checks.ts';
import { compileInline } from '../../helpers/compileInline.ts';

const PEOPLE = new Map([['kuznetsov', { kind: 'documented' }], ['tarasov', { kind: 'fictional' }]]);

function spoken(body: string) {
  const source = `VAR day = 0
-> day_00
=== day_00 ===
~ day = 0
${body}
The end. # ending: stayed
-> END
`;
  return exploreStory(compileInline(source), functionNamesIn([source]), { hubForDay: (day) => `day_${String(day).padStart(2, '0')}` }).spokenLines;
}

describe('lines spoken by documented people', () => {
  it('passes a documented speaker with a note on the line, or on a tag line above it', () => {
    const lines = spoken(`He reads the demands in a level voice. # speaker: kuznetsov # note: may27_demands
# speaker: kuznetsov
# note: kuznetsov
He speaks of his family.
Tarasov says nothing. # speaker: tarasov`);
    expect(lines).toHaveLength(3);
    expect(unnotedDocumentedSpeech(lines, PEOPLE)).toEqual([]);
  });

  it('fails a documented speaker without a note, and only that line', () => {
    const lines = spoken(`He reads the demands. # speaker: kuznetsov
Tarasov shrugs. # speaker: tarasov`);
    expect(unnotedDocumentedSpeech(lines, PEOPLE).map((line) => line.text)).toEqual(['He reads the demands.']);
  });
});
