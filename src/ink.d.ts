// `.ink` imports are compiled at build time by tools/vite/ink-plugin.ts: in a build the story
// JSON is a separate file at `url`; in dev and tests it is inlined as `json`.
declare module '*.ink' {
  const story: { url: string | null; json: string | null; hash: string; stats: Record<string, number> | null };
  export default story;
}
