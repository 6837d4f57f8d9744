// Parses ink tags ("place: bathhouse", "clear") into a typed record. Unknown tags are kept, not
// thrown: the story tests reject them, and the game must never crash on one.

export interface StoryTags {
  /** The stable id stamped by the build (`# id:h.d03.a1f2`); null in unstamped ink. */
  id: string | null;
  place: string | null;
  notes: string[];
  discuss: string[];
  history: string[];
  /** Document cards the line unlocks (`# document: id`). */
  documents: string[];
  contentNotes: string[];
  speaker: string | null;
  ending: string | null;
  clear: boolean;
  toBeContinued: boolean;
  kiosk: boolean;
  unknown: string[];
}

export function emptyTags(): StoryTags {
  return { id: null, place: null, notes: [], discuss: [], history: [], documents: [], contentNotes: [], speaker: null, ending: null, clear: false, toBeContinued: false, kiosk: false, unknown: [] };
}

const ID = /^[a-z][a-z0-9_]*$/;
/** Stamped line and choice ids: dotted lowercase parts, such as `h.d03.a1f2`. */
const STABLE_ID = /^[a-z0-9][a-z0-9_]*(\.[a-z0-9_]+)*$/;

export function parseTags(raw: readonly string[] | null | undefined): StoryTags {
  const tags = emptyTags();
  for (const entry of raw ?? []) {
    const tag = entry.trim();
    if (!tag) continue;
    if (tag === 'clear') { tags.clear = true; continue; }
    if (tag === 'tbc') { tags.toBeContinued = true; continue; }
    if (tag === 'kiosk') { tags.kiosk = true; continue; }
    const colon = tag.indexOf(':');
    const kind = colon < 0 ? tag : tag.slice(0, colon).trim();
    const value = colon < 0 ? '' : tag.slice(colon + 1).trim();
    if (kind === 'id') {
      if (STABLE_ID.test(value)) tags.id = value; else tags.unknown.push(tag);
      continue;
    }
    if (!ID.test(value)) { tags.unknown.push(tag); continue; }
    switch (kind) {
      case 'place': tags.place = value; break;
      case 'note': tags.notes.push(value); break;
      case 'discuss': tags.discuss.push(value); break;
      case 'history': tags.history.push(value); break;
      case 'document': tags.documents.push(value); break;
      case 'cn': tags.contentNotes.push(value); break;
      case 'speaker': tags.speaker = value; break;
      case 'ending': tags.ending = value; break;
      default: tags.unknown.push(tag);
    }
  }
  return tags;
}
