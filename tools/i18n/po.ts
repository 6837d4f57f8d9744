// Writing the extracted entries into a language's PO file without losing a translator's work:
// - msgctxt is the id (or content key); msgid the English; a kept msgstr stays;
// - an English text that changed keeps its translation but marks it fuzzy, with the old English
//   as `#| msgid` (Poedit and Weblate show the difference); fuzzy entries fall back at run time;
// - an id that left the story becomes obsolete (`#~`) if it had a translation, and comes back
//   from there if the id returns;
// - the output depends only on the entries and the old file (no dates), so a second run
//   changes nothing.
import gettextParser, { type PoEntry, type PoSection, type PoTable } from 'gettext-parser';
import type { Entry } from './extractStory.ts';

export const PO_LANGUAGES = ['uk', 'ru'] as const;
export type PoLanguage = (typeof PO_LANGUAGES)[number];

/** CLDR-consistent gettext plural rule for Ukrainian and Russian (one, few, many). */
const PLURAL_FORMS = 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);';

export function parsePo(text: string): PoTable {
  return gettextParser.po.parse(text);
}

export function emptyPo(language: string, domain: string): PoTable {
  return {
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': `kengir-forty-days ${domain}`,
      Language: language,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'Plural-Forms': PLURAL_FORMS,
      'X-Source-Language': 'en',
    },
    translations: { '': { '': { msgid: '', msgstr: [''] } } },
  };
}

const flags = (entry: PoEntry | undefined) => new Set((entry?.comments?.flag ?? '').split(',').map((flag) => flag.trim()).filter(Boolean));
const translated = (entry: PoEntry | undefined) => Boolean(entry?.msgstr?.[0]);

function only(section: PoSection | undefined, key: string): PoEntry | undefined {
  const byId = section?.[key];
  return byId ? Object.values(byId)[0] : undefined;
}

/** The new PO table: `entries` in their order, translations carried over from `old`. */
export function mergePo(old: PoTable, entries: readonly Entry[]): PoTable {
  const table: PoTable = { charset: 'utf-8', headers: { ...old.headers }, translations: { '': old.translations[''] ?? { '': { msgid: '', msgstr: [''] } } } };
  const obsolete: PoSection = {};
  const seen = new Set<string>();
  for (const entry of entries) {
    seen.add(entry.key);
    const before = only(old.translations, entry.key) ?? only(old.obsolete, entry.key);
    const entryFlags = flags(before);
    entryFlags.delete('icu-message-format');
    let previous = before?.comments?.previous;
    if (before && translated(before) && before.msgid !== entry.english) {
      entryFlags.add('fuzzy');
      // Keep the English the translation was made from, not the one before that.
      if (!previous) previous = `msgid ${JSON.stringify(before.msgid)}`;
    }
    if (!translated(before)) { entryFlags.delete('fuzzy'); previous = undefined; }
    if (!entryFlags.has('fuzzy')) previous = undefined;
    if (entry.placeholders?.length) entryFlags.add('icu-message-format');
    const comments = {
      ...(before?.comments?.translator ? { translator: before.comments.translator } : {}),
      reference: entry.reference,
      extracted: entry.notes.join('\n'),
      ...(entryFlags.size ? { flag: [...entryFlags].sort().join(', ') } : {}),
      ...(previous ? { previous } : {}),
    };
    table.translations[entry.key] = { [entry.english]: { msgctxt: entry.key, msgid: entry.english, msgstr: [before?.msgstr?.[0] ?? ''], comments } };
  }
  for (const section of [old.translations, old.obsolete ?? {}]) {
    for (const [key, byId] of Object.entries(section)) {
      if (!key || seen.has(key) || obsolete[key]) continue;
      const entry = Object.values(byId)[0];
      if (!translated(entry)) continue;
      obsolete[key] = { [entry.msgid]: { msgctxt: key, msgid: entry.msgid, msgstr: entry.msgstr, ...(entry.comments?.translator ? { comments: { translator: entry.comments.translator } } : {}) } };
    }
  }
  if (Object.keys(obsolete).length) table.obsolete = Object.fromEntries(Object.entries(obsolete).sort(([a], [b]) => a.localeCompare(b)));
  return table;
}

export function compilePo(table: PoTable): string {
  return new TextDecoder().decode(gettextParser.po.compile(table, { foldLength: 0, sort: false }));
}

/** One entry of a PO file as the build and the checks read it. */
/** `optional`: placeholders filled with English printed by an ink function; a translation may rephrase without them. */
export interface PoRecord { key: string; english: string; translation: string; fuzzy: boolean; icu: boolean; optional?: string[] }

const FUNCTION_PLACEHOLDER = /^\{(\w+)\}: text printed by the ink function/;

export function poRecords(table: PoTable): PoRecord[] {
  const records: PoRecord[] = [];
  for (const [key, byId] of Object.entries(table.translations)) {
    if (!key) continue;
    for (const entry of Object.values(byId)) {
      const entryFlags = flags(entry);
      const optional = (entry.comments?.extracted ?? '').split('\n').flatMap((line) => FUNCTION_PLACEHOLDER.exec(line.trim())?.[1] ?? []);
      records.push({ key, english: entry.msgid, translation: entry.msgstr?.[0] ?? '', fuzzy: entryFlags.has('fuzzy'), icu: entryFlags.has('icu-message-format'), ...(optional.length ? { optional } : {}) });
    }
  }
  return records;
}
