// The one switch for the line-id check. While it is false, `npm run story:check` and the story
// tests only check ids that are written (format, duplicates) and report missing ones as a count;
// once the story is stamped (`npm run story:ids`), it is true and a missing id fails them.
export const REQUIRE_LINE_IDS = false;
