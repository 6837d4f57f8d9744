// `.ink` imports are compiled at build time by tools/vite/ink-plugin.ts.
declare module '*.ink' {
  const story: { json: string; hash: string; stats: Record<string, number> | null };
  export default story;
}
