// The content data (notes, sources' authors, titles, publication lines and reliability lines, glossary, disputes, people, places,
// endings, prompts, history moments, document cards) in the active language: each shown field looked up by its
// key `<kind>:<id>:<field>` (story/l10n/<lang>/history.po, written by tools/i18n/extractHistory.ts
// from the same table), falling back to English field by field. DOM-free.
import type { Content } from '../../content/registry.ts';
import type { DocumentPassage } from '../../content/schema.ts';

/** The fields a reader sees, per kind. `date.label` is a nested field; `forms` a list joined by " | ". */
export const HISTORY_FIELDS = {
  note: ['title', 'date.label', 'body', 'disputed'],
  source: ['author', 'title', 'published', 'reliability'],
  prompt: ['question', 'reveal'],
  moment: ['moment', 'whatPrisonersDid'],
  glossary: ['term', 'forms', 'definition'],
  dispute: ['title', 'question', 'whyTheyDiffer', 'askPlayer'],
  person: ['name', 'description'],
  place: ['label', 'description'],
  ending: ['title', 'summary'],
  document: ['title', 'date.label', 'issuer', 'provenance', 'context'],
} as const;
export type HistoryKind = keyof typeof HISTORY_FIELDS;

/** A field's English text, or null when the item has none. */
export function fieldText(item: object, field: string): string | null {
  const value = field.split('.').reduce<unknown>((inner, part) => (inner && typeof inner === 'object' ? (inner as Record<string, unknown>)[part] : undefined), item);
  if (Array.isArray(value)) return value.join(' | ');
  return typeof value === 'string' && value.trim() ? value : null;
}

function translateItem<T extends { id: string }>(kind: HistoryKind, item: T, table: Record<string, string>): T {
  let out: T = item;
  for (const field of HISTORY_FIELDS[kind]) {
    const translated = table[`${kind}:${item.id}:${field}`];
    if (translated === undefined) continue;
    const value: unknown = field === 'forms' ? translated.split('|').map((form) => form.trim()).filter(Boolean) : translated;
    const [head, tail] = field.split('.');
    const record = out as Record<string, unknown>;
    out = (tail ? { ...record, [head]: { ...(record[head] as object), [tail]: value } } : { ...record, [head]: value }) as T;
  }
  if (kind === 'dispute') {
    const dispute = out as unknown as { accounts: { who: string; says: string }[] };
    const accounts = dispute.accounts.map((account, n) => ({
      ...account,
      who: table[`dispute:${item.id}:account.${n}.who`] ?? account.who,
      says: table[`dispute:${item.id}:account.${n}.says`] ?? account.says,
    }));
    out = { ...out, accounts } as T;
  }
  if (kind === 'document') {
    // A card's passages: `passage.<n>.text`, its points `passage.<n>.item.<m>`, its quoted phrases `passage.<n>.quote.<m>`.
    const doc = out as unknown as { passages: DocumentPassage[] };
    const at = (key: string, english: string) => table[`document:${item.id}:${key}`] ?? english;
    const passages = doc.passages.map((passage, n) => ({
      ...passage,
      text: at(`passage.${n}.text`, passage.text),
      ...(passage.items ? { items: passage.items.map((line, m) => at(`passage.${n}.item.${m}`, line)) } : {}),
      ...(passage.quotes ? { quotes: passage.quotes.map((quote, m) => at(`passage.${n}.quote.${m}`, quote)) } : {}),
    }));
    out = { ...out, passages } as T;
  }
  return out;
}

function translateMap<T extends { id: string }>(kind: HistoryKind, items: Map<string, T>, table: Record<string, string>): Map<string, T> {
  return new Map([...items].map(([id, item]) => [id, translateItem(kind, item, table)]));
}

const KINDS: [keyof Content, HistoryKind][] = [
  ['notes', 'note'], ['sources', 'source'], ['prompts', 'prompt'], ['moments', 'moment'], ['glossary', 'glossary'],
  ['disputes', 'dispute'], ['people', 'person'], ['places', 'place'], ['endings', 'ending'], ['documents', 'document'],
];

/** The content in a language (`table` from its history.po), as a new object; the English content when table is null. */
export function localizeContent(english: Content, table: Record<string, string> | null): Content {
  if (!table || !Object.keys(table).length) return english;
  return Object.fromEntries(KINDS.map(([field, kind]) => [field, translateMap(kind, english[field] as Map<string, { id: string }>, table)])) as unknown as Content;
}

/** The English items of each registry, kept the first time a registry is switched. */
const englishItems = new WeakMap<Map<string, { id: string }>, Map<string, { id: string }>>();

/**
 * Switches the game's content to a language in place (the same Maps, new items), so every view
 * that holds the content (the history layer, the notes drawer) shows the new language; null
 * switches back to English.
 */
export function relocalizeContent(content: Content, table: Record<string, string> | null): void {
  for (const [field, kind] of KINDS) {
    const items = content[field] as Map<string, { id: string }>;
    let english = englishItems.get(items);
    if (!english) { english = new Map(items); englishItems.set(items, english); }
    for (const [id, item] of english) items.set(id, table ? translateItem(kind, item, table) : item);
  }
}
