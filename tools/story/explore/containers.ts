// What the explorer must visit: the story's named knots and stitches (not functions).

/** Names of knots and stitches (not generated containers) in the compiled story. */
export function namedContainers(json: string, functionNames: Set<string>): string[] {
  const root = JSON.parse(json).root as unknown[];
  const named = root[root.length - 1] as Record<string, unknown> | null;
  const result: string[] = [];
  const generated = /^(c-\d+|g-\d+|s|b|#f|#n|global decl)$/;
  for (const [knot, body] of Object.entries(named ?? {})) {
    if (generated.test(knot) || functionNames.has(knot)) continue;
    result.push(knot);
    const inner = Array.isArray(body) ? body[body.length - 1] : null;
    if (inner && typeof inner === 'object') {
      for (const stitch of Object.keys(inner as object)) if (!generated.test(stitch)) result.push(`${knot}.${stitch}`);
    }
  }
  return result;
}

/** Names of `=== function x ===` knots in ink sources. */
export function functionNamesIn(sources: string[]): Set<string> {
  const names = new Set<string>();
  for (const source of sources) for (const match of source.matchAll(/^\s*={2,}\s*function\s+([A-Za-z_][\w]*)/gm)) names.add(match[1]);
  return names;
}
