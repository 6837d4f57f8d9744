// `.ink` imports are compiled at build time by tools/vite/ink-plugin.ts: in a build the story
// JSON is a separate file at `url`; in dev and tests it is inlined as `json`.
declare module '*.ink' {
  const story: { url: string | null; json: string | null; hash: string; stats: Record<string, number> | null };
  export default story;
}

// The content data (tools/vite/content-plugin.ts): a JSON file's address in a build, the data itself in dev and tests.
declare module 'virtual:kengir-content' {
  const content: { url: string | null; data: import('./content/registry.ts').ContentSource | null };
  export default content;
}

// One language's story and history strings (tools/vite/l10n-plugin.ts): JSON files' addresses in a
// build (the history, and the lines by id group), the data in dev and tests.
declare module 'virtual:kengir-l10n/*' {
  type Lines = import('./engine/storyLanguage.ts').StoryTranslation['lines'];
  const table: {
    language: string;
    history: { url: string | null; data: Record<string, string> | null };
    lines: { group: string; count: number; url: string | null; data: Lines | null }[];
  };
  export default table;
}

// Every language's file addresses in a build (tools/vite/l10n-plugin.ts); empty in dev.
declare module 'virtual:kengir-l10n-files' {
  const files: Partial<Record<string, (typeof import('virtual:kengir-l10n/uk'))['default']>>;
  export default files;
}
