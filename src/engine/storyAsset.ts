// Checks that a fetched story file is compiled ink this runtime can run, before any screen needs
// it. Valid JSON that is not ink (`{}`, an unknown inkVersion) used to get as far as `new Story()`
// and throw outside the error handling, leaving an empty play screen (issue 18, D1). The check is
// structural: constructing a Story here would cost 60-300 ms of the first load for nothing.

/** The ink JSON versions inkjs 2.4 loads (Story.inkVersionCurrent and its minimum compatible). */
export const INK_VERSION_RANGE = { min: 18, max: 21 } as const;

export type StoryAssetCheck = { ok: true } | { ok: false; reason: string };

export function checkStoryAsset(json: string): StoryAssetCheck {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'the story file is not JSON' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'the story file is not an object' };
  const { inkVersion, root } = data as { inkVersion?: unknown; root?: unknown };
  if (typeof inkVersion !== 'number' || !Number.isInteger(inkVersion)) return { ok: false, reason: 'the story file has no ink version' };
  if (inkVersion < INK_VERSION_RANGE.min || inkVersion > INK_VERSION_RANGE.max) {
    return { ok: false, reason: `the story file is ink version ${inkVersion}; this game runs ${INK_VERSION_RANGE.min}-${INK_VERSION_RANGE.max}` };
  }
  if (!Array.isArray(root) || root.length === 0) return { ok: false, reason: 'the story file has no story in it' };
  return { ok: true };
}
