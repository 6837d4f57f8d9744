// The content data's shown text (story/data: notes, sources' reliability lines, prompts, history
// moments, glossary, disputes, people, places, endings, document cards) as entries keyed `<kind>:<id>:<field>`.
// Sources' titles are extracted with a note that a published title stays as published; ids, dates and coordinates are not text. The runtime
// applies the same keys and fields (src/i18n/story/history.ts).
import { fieldText, HISTORY_FIELDS } from '../../src/i18n/story/history.ts';
import type { Entry } from './extractStory.ts';

type Item = Record<string, unknown> & { id: string };

// A published title stays as published; only the descriptive words around it are the translator's.
const AS_PUBLISHED = 'a published title stays as published (Latin script, original language); translate only descriptive words and glosses';

const NOTES: Partial<Record<keyof typeof HISTORY_FIELDS, string | string[]>> = {
  glossary: 'forms: the spellings as they appear in the translated story text, separated by " | " (the first use in a scene becomes a link).',
  source: [`author: ${AS_PUBLISHED}.`, `title: ${AS_PUBLISHED}.`, `published: ${AS_PUBLISHED}.`, 'reliability: one line on how far to trust this source.'],
  person: 'name: real people in the language\'s standard spelling (the term list).',
  document: 'provenance: what the card quotes and what it paraphrases; keep saying so. A quoted phrase stays word for word the same in the passage (in the language\'s quotation marks) and in its `quote` entry.',
};

export interface HistoryData {
  sources: readonly Item[];
  people: readonly Item[];
  places: readonly Item[];
  endings: readonly Item[];
  documents?: readonly Item[];
  packs: Record<string, { notes?: Item[]; prompts?: Item[]; moments?: Item[]; glossary?: Item[]; disputes?: Item[] }>;
}

export function extractHistory(data: HistoryData): Entry[] {
  const entries: Entry[] = [];
  const add = (kind: keyof typeof HISTORY_FIELDS, items: readonly Item[] | undefined, where: string) => {
    for (const item of items ?? []) {
      for (const field of HISTORY_FIELDS[kind]) {
        const text = fieldText(item, field);
        if (!text) continue;
        const notes = [`${kind} ${item.id}: ${field}`];
        notes.push(...[NOTES[kind] ?? []].flat().filter((note) => note.startsWith(`${field}:`)));
        entries.push({ key: `${kind}:${item.id}:${field}`, english: text, reference: where, notes });
      }
      if (kind === 'document') {
        (item.passages as { form: string; text: string; items?: string[]; quotes?: string[] }[]).forEach((passage, n) => {
          const form = `passage ${n + 1} (${passage.form})`;
          entries.push({ key: `document:${item.id}:passage.${n}.text`, english: passage.text, reference: where, notes: [`document ${item.id}: ${form}`] });
          passage.items?.forEach((line, m) => entries.push({ key: `document:${item.id}:passage.${n}.item.${m}`, english: line, reference: where, notes: [`document ${item.id}: ${form}, point ${m + 1}`] }));
          passage.quotes?.forEach((quote, m) => entries.push({ key: `document:${item.id}:passage.${n}.quote.${m}`, english: quote, reference: where, notes: [`document ${item.id}: ${form}, quoted phrase ${m + 1}: the same words as inside the quotation marks of the translated passage`] }));
        });
      }
      if (kind === 'dispute') {
        (item.accounts as { who: string; says: string }[]).forEach((account, n) => {
          entries.push({ key: `dispute:${item.id}:account.${n}.who`, english: account.who, reference: where, notes: [`dispute ${item.id}: who gives account ${n + 1}`] });
          entries.push({ key: `dispute:${item.id}:account.${n}.says`, english: account.says, reference: where, notes: [`dispute ${item.id}: what account ${n + 1} says`] });
        });
      }
    }
  };
  add('source', data.sources, 'story/data/sources.ts');
  add('person', data.people, 'story/data/people.ts');
  add('place', data.places, 'story/data/places.ts');
  add('ending', data.endings, 'story/data/endings.ts');
  add('document', data.documents, 'story/data/documents.ts');
  for (const [name, pack] of Object.entries(data.packs)) {
    const where = `story/data/packs/${name}.ts`;
    add('note', pack.notes, where);
    add('prompt', pack.prompts, where);
    add('moment', pack.moments, where);
    add('glossary', pack.glossary, where);
    add('dispute', pack.disputes, where);
  }
  return entries;
}
