// The translation pipeline (issue 17, items 1-3, 5): ink lines into PO by id and back, a line with
// inline conditionals translated whole with its placeholders filled from what ink printed, the
// PO merge (kept, fuzzy, obsolete, idempotent), the checks, and one path in every language.
import { afterEach, describe, expect, it } from 'vitest';
import { storyText, useStoryTranslation, fallbackIds, markFallbacks, type StoryTranslation } from '../../../src/engine/storyLanguage.ts';
import { StoryRunner } from '../../../src/engine/storyRunner.ts';
import { matchTemplate, parseTemplate, renderTemplate } from '../../../src/i18n/story/template.ts';
import { localizeContent } from '../../../src/i18n/story/history.ts';
import { bundledContent } from '../../../src/content/bundled.ts';
import { inkText } from '../../../tools/i18n/inkText.ts';
import { extractStory, type Entry } from '../../../tools/i18n/extractStory.ts';
import { compilePo, emptyPo, mergePo, parsePo, poRecords } from '../../../tools/i18n/po.ts';
import { checkLanguage, checkRecord } from '../../../tools/i18n/checks.ts';
import { translationTable } from '../../../tools/i18n/table.ts';
import { stampStory } from '../../../tools/story/ids/stamp.ts';
import { compileInline } from '../../helpers/compileInline.ts';
import { fromSavedLine, fromStoryLine, toSavedLine } from '../../../src/session/screens.ts';

afterEach(() => { useStoryTranslation(null); markFallbacks(''); });

const SOURCE = `VAR gentle = false
VAR letter = "maia"
VAR name = "Maia"
-> start
=== start ===
The rail clangs at five. # place: yard
You walk with {name}, {gentle: the cut healing|the cut itching under its scab}, through the dust.
{letter == "maia": Maia sits with empty hands.|Maia reads a letter.} Men are shouting.
* [Go to the wall # place: wall]
  You go to the wall.
  -> two
* [Stay]
  You stay{gentle:, quietly}.
  -> two
=== two ===
The day ends.
* [Sleep]
  You sleep.
  -> END
`;

/** The inline story with ids stamped, compiled, and its extracted entries. */
function inlineStory() {
  const stamped = stampStory([{ file: 'story/test/inline.ink', source: SOURCE }]).files[0].source;
  return { json: compileInline(stamped), entries: extractStory([{ file: 'story/test/inline.ink', source: stamped }], (file) => file) };
}

/** A stand-in translation: every letter of the text flipped in case, placeholders and keys kept. */
function fakeTranslation(english: string): string {
  const flip = (nodes: ReturnType<typeof parseTemplate>): string => nodes.map((node) => {
    if (node.kind === 'text') return `«${[...node.text].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')}»`;
    if (node.kind === 'arg') return `{${node.name}}`;
    return `{${node.name}, select, ${node.options.map((option) => `${option.key} {${flip(option.nodes)}}`).join(' ')}}`;
  }).join('');
  return flip(parseTemplate(english));
}

function translate(entries: readonly Entry[], language: string): StoryTranslation {
  const records = entries.map((entry) => ({ key: entry.key, english: entry.english, translation: fakeTranslation(entry.english), fuzzy: false, icu: Boolean(entry.placeholders) }));
  return translationTable(records, [], language);
}

describe('ink text to translatable text', () => {
  it('turns inline conditionals into ICU selects and printed variables into named placeholders', () => {
    expect(inkText('You walk with {name}, {gentle: healing|itching}.').template).toBe('You walk with {name}, {gentle, select, true { healing} other {itching}}.');
    const nested = inkText('{letter == "mykola": A.|{letter == "mama": B.|C.}} D');
    expect(nested.template).toBe('{letter_is_mykola, select, true { A.} other {{letter_is_mama, select, true { B.} other {C.}}}} D');
    expect(nested.placeholders.map((p) => p.ink).sort()).toEqual(['letter == "mama"', 'letter == "mykola"']);
    expect(inkText('{~Rain|Sun|Wind} today').template).toBe('{seq, select, s1 {Rain} s2 {Sun} other {Wind}} today');
    expect(inkText('{raid.roof:: the jackets}').template).toBe('{raid_roof, select, true {: the jackets} other {}}');
  });

  it('reads back which branch ink took from the English it printed, and fills the translation', () => {
    const english = 'You walk with {name}, {gentle, select, true {the cut healing} other {the cut itching}}, through the dust.';
    const values = matchTemplate(english, 'You walk with Maia, the cut itching, through the dust.');
    expect(values).toEqual({ name: 'Maia', gentle: 'other' });
    const ukrainian = parseTemplate('Ви йдете з {name}, {gentle, select, true {рана гоїться} other {рана свербить}}, крізь пил.');
    expect(renderTemplate(ukrainian, values!)).toBe('Ви йдете з Maia, рана свербить, крізь пил.');
    expect(matchTemplate(english, 'Something else entirely.')).toBeNull();
  });

  it('keeps the translator\'s no-break spaces when it closes the gaps of empty branches', () => {
    const line = parseTemplate('Було 16\u00a0травня\u00a0— {hurt, select, true { рана} other {}} і тиша.');
    expect(renderTemplate(line, { hurt: 'other' })).toBe('Було 16\u00a0травня\u00a0— і тиша.');
    expect(renderTemplate(line, { hurt: 'true' })).toBe('Було 16\u00a0травня\u00a0— рана і тиша.');
  });
});

describe('the story in another language, by id', () => {
  it('extracts every line and choice with its id, context and placeholders', () => {
    const { entries } = inlineStory();
    expect(entries.map((entry) => entry.english)).toEqual([
      'The rail clangs at five.',
      'You walk with {name}, {gentle, select, true { the cut healing} other {the cut itching under its scab}}, through the dust.',
      '{letter_is_maia, select, true { Maia sits with empty hands.} other {Maia reads a letter.}} Men are shouting.',
      'Go to the wall', 'You go to the wall.', 'Stay', 'You stay{gentle, select, true {, quietly} other {}}.',
      'The day ends.', 'Sleep', 'You sleep.',
    ]);
    const walk = entries[1];
    expect(walk.reference).toBe('story/test/inline.ink:7');
    expect(walk.notes.join('\n')).toContain('After: The rail clangs at five.');
    expect(walk.notes.join('\n')).toContain('{gentle}: "true" when the ink condition (gentle) holds');
  });

  it('shows each line and choice in the active language, placeholders filled, and the same path by choice ids in every language', () => {
    const { json, entries } = inlineStory();
    const play = (translation: StoryTranslation | null, gentle: boolean) => {
      useStoryTranslation(translation);
      const runner = new StoryRunner(json, { presets: { gentle } });
      const shown: string[] = [];
      const path: string[] = [];
      let beat = runner.start();
      for (;;) {
        shown.push(...beat.lines.map((line) => line.text));
        if (!beat.choices.length) break;
        const choice = beat.choices.at(-1)!;
        path.push(choice.id!);
        shown.push(choice.text);
        beat = runner.choose(choice.index);
      }
      return { shown, path, log: runner.choiceLog };
    };
    for (const gentle of [false, true]) {
      const english = play(null, gentle);
      for (const language of ['uk', 'ru']) {
        const other = play(translate(entries, language), gentle);
        expect(other.path).toEqual(english.path);
        expect(other.log.map((entry) => entry.text)).toEqual(english.log.map((entry) => entry.text)); // saves keep the English
        expect(other.shown).toHaveLength(english.shown.length);
        for (const text of other.shown) expect(text).toContain('«');
        expect(fallbackIds()).toEqual([]);
      }
    }
    useStoryTranslation(translate(entries, 'uk'));
    expect(new StoryRunner(json, { presets: { gentle: true } }).start().lines[1].text).toBe('«yOU WALK WITH »Maia«, »« THE CUT HEALING»«, THROUGH THE DUST.»');
  });

  it('falls back to English for a missing id, with the development marker', () => {
    useStoryTranslation({ language: 'uk', lines: {}, history: {} });
    markFallbacks('⟦EN⟧ ');
    expect(storyText('h.d01.zzzz', 'Hello.')).toEqual({ text: '⟦EN⟧ Hello.', fallback: true });
    expect(fallbackIds()).toEqual(['h.d01.zzzz']);
    useStoryTranslation(null);
    expect(storyText('h.d01.zzzz', 'Hello.')).toEqual({ text: 'Hello.', fallback: false });
  });

  it('replays an English save by choice text while another language is active', () => {
    const { json, entries } = inlineStory();
    const english = new StoryRunner(json);
    english.start();
    english.choose(1);
    const log = english.choiceLog.map(({ id: _id, ...rest }) => rest);
    useStoryTranslation(translate(entries, 'ru'));
    const report = new StoryRunner(json).replayLog(log);
    expect(report.byText).toBe(1);
  });
});

describe('saves do not depend on the language', () => {
  it('a saved transcript line keeps the English and its id, and is shown again in the active language', () => {
    const { json, entries } = inlineStory();
    useStoryTranslation(translate(entries, 'uk'));
    const line = new StoryRunner(json).start().lines[0];
    expect(line.text).toBe('«tHE RAIL CLANGS AT FIVE.»');
    const saved = toSavedLine(fromStoryLine(line));
    expect(saved).toMatchObject({ id: line.id, text: 'The rail clangs at five.' });
    useStoryTranslation(translate(entries, 'ru'));
    expect(fromSavedLine(saved).text).toBe('«tHE RAIL CLANGS AT FIVE.»');
    useStoryTranslation(null);
    expect(fromSavedLine(saved).text).toBe('The rail clangs at five.');
    // An older save's line (no id, no English field) still shows as written.
    expect(fromSavedLine({ text: 'Old text.', tags: [] }).text).toBe('Old text.');
  });
});

describe('PO files', () => {
  const entry = (key: string, english: string): Entry => ({ key, english, reference: 'story/x.ink:1', notes: ['Line in day_01'] });

  it('keeps translations, marks a changed English line fuzzy, makes a removed id obsolete, and a second run changes nothing', () => {
    const first = compilePo(mergePo(emptyPo('uk', 'story'), [entry('h.a', 'One.'), entry('h.b', 'Two.')]));
    expect(compilePo(mergePo(parsePo(first), [entry('h.a', 'One.'), entry('h.b', 'Two.')]))).toBe(first);
    const translatedPo = first.replace('msgid "One."\nmsgstr ""', 'msgid "One."\nmsgstr "Один."').replace('msgid "Two."\nmsgstr ""', 'msgid "Two."\nmsgstr "Два."');
    const next = compilePo(mergePo(parsePo(translatedPo), [entry('h.a', 'One, changed.')]));
    expect(next).toContain('#, fuzzy\n#| msgid "One."\nmsgctxt "h.a"\nmsgid "One, changed."\nmsgstr "Один."');
    expect(next).toContain('#~ msgctxt "h.b"\n#~ msgid "Two."\n#~ msgstr "Два."');
    expect(compilePo(mergePo(parsePo(next), [entry('h.a', 'One, changed.')]))).toBe(next);
    const records = poRecords(parsePo(next));
    expect(records).toEqual([{ key: 'h.a', english: 'One, changed.', translation: 'Один.', fuzzy: true, icu: false }]);
    // A fuzzy entry is not shipped: the line falls back to English.
    expect(translationTable(records, [], 'uk').lines).toEqual({});
    // The id comes back: its translation is restored from the obsolete entry.
    const back = poRecords(parsePo(compilePo(mergePo(parsePo(next), [entry('h.a', 'One, changed.'), entry('h.b', 'Two.')]))));
    expect(back[1]).toEqual({ key: 'h.b', english: 'Two.', translation: 'Два.', fuzzy: false, icu: false });
  });
});

describe('translation checks', () => {
  const record = (english: string, translation: string, icu = /[{}]/.test(english)) => ({ key: 'h.x', english, translation, fuzzy: false, icu });
  const terms = [{ id: 'lagpunkt', en: 'lagpunkt', uk: 'лагпункт', ukStem: 'лагпункт', ru: 'лагпункт', ruStem: 'лагпункт' }];

  it('finds copied English, placeholders and select keys that differ, markup that differs, and a missing term', () => {
    expect(checkRecord(record('Hello.', 'Hello.'), 'uk', [])).toEqual(['the translation is the English copied']);
    expect(checkRecord(record('1954', '1954'), 'uk', [])).toEqual([]);
    expect(checkRecord(record('With {name}.', 'З {імʼя}.'), 'uk', [])[0]).toMatch(/placeholders differ/);
    expect(checkRecord(record('{g, select, true {a} other {b}}', '{g, select, yes {а} other {б}}'), 'uk', [])[0]).toMatch(/select keys the English lacks: yes/);
    expect(checkRecord(record('{g, select, true {a} other {b}}', '{g, select, true {а}'), 'uk', [])[0]).toMatch(/does not parse/);
    expect(checkRecord(record('<i>Go</i>', 'Іди'), 'uk', [])[0]).toMatch(/markup differs/);
    expect(checkRecord(record('Go.', 'Іди. # place: wall'), 'uk', [])[0]).toMatch(/ink tags differ/);
    expect(checkRecord(record('The 3rd lagpunkt.', 'Третій табір.'), 'uk', terms)[0]).toMatch(/term "lagpunkt"/);
    expect(checkRecord(record('The 3rd lagpunkt.', 'Третій лагпункт.'), 'uk', terms)).toEqual([]);
  });

  it('lets a source\u2019s author, title and publication line stay as published, and only those', () => {
    const at = (key: string, english: string, translation: string) => ({ ...record(english, translation), key });
    expect(checkRecord(at('source:qalam:title', 'The Kengir Uprising', 'The Kengir Uprising'), 'uk', [])).toEqual([]);
    expect(checkRecord(at('source:qalam:author', 'Qalam', 'Qalam'), 'uk', [])).toEqual([]);
    expect(checkRecord(at('source:latkovskis_2005:published', 'Lituanus 51', 'Lituanus 51'), 'uk', [])).toEqual([]);
    expect(checkRecord(at('source:x:title', 'A history of the lagpunkt', 'A history of the lagpunkt'), 'uk', terms)).toEqual([]);
    expect(checkRecord(at('source:qalam:reliability', 'Weak.', 'Weak.'), 'uk', [])).toEqual(['the translation is the English copied']);
    expect(checkRecord(at('note:x:title', 'The lagpunkt', 'Табір'), 'uk', terms)[0]).toMatch(/term "lagpunkt"/);
  });

  it('reads terms in the prose only: not in a placeholder\u2019s name, not in a web address', () => {
    expect(checkRecord(record('{lagpunkt_ge_1, select, true {Yes.} other {No.}}', '{lagpunkt_ge_1, select, true {Так.} other {Ні.}}'), 'uk', terms)).toEqual([]);
    expect(checkRecord(record('See lagpunkt.example.org.', 'Див. сайт.'), 'uk', terms)).toEqual([]);
    expect(checkRecord(record('{x, select, true {The lagpunkt.} other {No.}}', '{x, select, true {Табір.} other {Ні.}}'), 'uk', terms)[0]).toMatch(/term "lagpunkt"/);
  });

  it('lets a translation rephrase away an ink function\u2019s English output, and nothing else', () => {
    const withFunction = { ...record('You {said} aloud, {name}.', 'Ти не змовчала, {name}.'), optional: ['said'] };
    expect(checkRecord(withFunction, 'uk', [])).toEqual([]);
    expect(checkRecord({ ...withFunction, translation: 'Ти {said}, {name}.' }, 'uk', [])).toEqual([]);
    expect(checkRecord({ ...withFunction, translation: 'Ти не змовчала.' }, 'uk', [])[0]).toMatch(/placeholders differ/);
    expect(checkRecord({ ...withFunction, translation: 'Ти {said}, {name}, {more}.' }, 'uk', [])[0]).toMatch(/placeholders differ/);
  });

  it('counts an empty, fuzzy or broken translation as a fallback, never as translated', () => {
    const report = checkLanguage('ru', {
      story: [record('One.', 'Один.'), record('Two.', ''), { ...record('Three.', 'Три.'), fuzzy: true }, record('Four.', 'Four.')],
      history: [],
    }, []);
    expect(report.domains[0]).toEqual({ domain: 'story', total: 4, translated: 1, fallback: ['h.x', 'h.x', 'h.x'], fuzzy: ['h.x'] });
    expect(report.errors).toHaveLength(1);
  });
});

describe('history strings', () => {
  it('localises content fields by key, falling back field by field', () => {
    const english = bundledContent();
    const [id, note] = [...english.notes][0];
    const glossary = [...english.glossary.values()][0];
    const content = localizeContent(english, { [`note:${id}:title`]: 'Назва', [`glossary:${glossary.id}:forms`]: 'зек | зека' });
    expect(content.notes.get(id)!.title).toBe('Назва');
    expect(content.notes.get(id)!.body).toBe(note.body);
    expect(content.glossary.get(glossary.id)!.forms).toEqual(['зек', 'зека']);
    expect(localizeContent(english, null)).toBe(english);
  });
});
