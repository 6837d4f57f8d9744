// The one switch for the line-id check. True: `npm run story:check` and the story tests fail on a
// line or choice without an id (`npm run story:ids` stamps them). False only while a story is not
// stamped yet: then they check the ids that are written (format, duplicates) and count the rest.
export const REQUIRE_LINE_IDS = true;
