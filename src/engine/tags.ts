// Parses ink tags ("place: bathhouse", "clear") into a typed record. Unknown tags are kept, not
// thrown: the story tests reject them, and the game must never crash on one.

export interface StoryTags {
  place: string | null;
  notes: string[];
  discuss: string[];
  history: string[];
  contentNotes: string[];
  speaker: string | null;
  ending: string | null;
  clear: boolean;
  toBeContinued: boolean;
  kiosk: boolean;
  unknown: string[];
}

export function emptyTags(): StoryTags {
  return { place: null, notes: [], discuss: [], history: [], contentNotes: [], speaker: null, ending: null, clear: false, toBeContinued: false, kiosk: false, unknown: [] };
}

const ID = /^[a-z][a-z0-9_]*$/;

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
    if (!ID.test(value)) { tags.unknown.push(tag); continue; }
    switch (kind) {
      case 'place': tags.place = value; break;
      case 'note': tags.notes.push(value); break;
      case 'discuss': tags.discuss.push(value); break;
      case 'history': tags.history.push(value); break;
      case 'cn': tags.contentNotes.push(value); break;
      case 'speaker': tags.speaker = value; break;
      case 'ending': tags.ending = value; break;
      default: tags.unknown.push(tag);
    }
  }
  return tags;
}
