// Validated, indexed content: every registry the story's tags point into. The data itself
// (story/data) is not imported here: a build ships it as a JSON file fetched beside the story
// (tools/vite/content-plugin.ts), so the entry script carries code, not 55 KB of notes; Node
// tools and tests use src/content/bundled.ts.
import * as v from 'valibot';
import {
  contentPackSchema, documentSchema, endingSchema, personSchema, placeSchema, sourceSchema,
  type Dispute, type DocumentCard, type Ending, type GlossaryEntry, type Moment, type Note, type Person, type Place, type Prompt, type Source,
} from './schema.ts';

export interface Content {
  notes: Map<string, Note>;
  sources: Map<string, Source>;
  prompts: Map<string, Prompt>;
  moments: Map<string, Moment>;
  glossary: Map<string, GlossaryEntry>;
  disputes: Map<string, Dispute>;
  people: Map<string, Person>;
  places: Map<string, Place>;
  endings: Map<string, Ending>;
  /** Document cards (`# document:`), in story order. */
  documents: Map<string, DocumentCard>;
}

export class ContentError extends Error {}

function indexById<T extends { id: string }>(kind: string, items: T[], into = new Map<string, T>()): Map<string, T> {
  for (const item of items) {
    if (into.has(item.id)) throw new ContentError(`${kind}: duplicate id "${item.id}"`);
    into.set(item.id, item);
  }
  return into;
}

function parseAll<S extends v.GenericSchema>(kind: string, schema: S, items: unknown[]): v.InferOutput<S>[] {
  return items.map((item, index) => {
    const result = v.safeParse(schema, item);
    if (!result.success) {
      const label = (item as { id?: string })?.id ?? `#${index}`;
      throw new ContentError(`${kind} ${label}: ${v.summarize(result.issues)}`);
    }
    return result.output;
  });
}

/** The raw data as story/data/index.ts exports it (or the JSON file a build makes of it). */
export interface ContentSource {
  sources: unknown[];
  people: unknown[];
  places: unknown[];
  endings: unknown[];
  packs: Record<string, unknown>;
  /** Document cards (story/data/documents.ts); absent in older content files. */
  documents?: unknown[];
}

/** Validates every registry and indexes it by id. Throws a ContentError naming the bad entry. */
export function buildContent(source: ContentSource): Content {
  const content: Content = {
    notes: new Map(), prompts: new Map(), moments: new Map(), glossary: new Map(), disputes: new Map(),
    sources: indexById('source', parseAll('source', sourceSchema, source.sources)),
    people: indexById('person', parseAll('person', personSchema, source.people)),
    places: indexById('place', parseAll('place', placeSchema, source.places)),
    endings: indexById('ending', parseAll('ending', endingSchema, source.endings)),
    documents: indexById('document', parseAll('document', documentSchema, source.documents ?? [])),
  };
  for (const [name, raw] of Object.entries(source.packs)) {
    const result = v.safeParse(contentPackSchema, raw);
    if (!result.success) {
      // Name the entry: "pack act1: note shootings_may: ..." rather than a bare path.
      const path = result.issues[0]?.path ?? [];
      const [list, index] = [path[0]?.key, path[1]?.key];
      const entry = typeof list === 'string' && typeof index === 'number' ? (raw as Record<string, { id?: string }[]>)[list]?.[index] : undefined;
      const label = entry ? `${String(list).replace(/s$/, '')} ${entry.id ?? `#${index}`}: ` : '';
      throw new ContentError(`pack ${name}: ${label}${v.summarize(result.issues)}`);
    }
    indexById('note', result.output.notes, content.notes);
    indexById('prompt', result.output.prompts, content.prompts);
    indexById('history moment', result.output.moments, content.moments);
    indexById('glossary term', result.output.glossary, content.glossary);
    indexById('dispute', result.output.disputes, content.disputes);
  }
  return content;
}

let provided: Content | null = null;
/** Makes validated content the game's content (main.ts after loading it; tests' setup). */
export function provideContent(content: Content): Content {
  provided = content;
  return content;
}

/** The game's content, once it has been loaded and provided. */
export function getContent(): Content {
  if (!provided) throw new ContentError('content is not loaded yet');
  return provided;
}
