// The id stamper: gives every text line and choice of the ink sources a stable id tag, and checks
// that they all have one. Idempotent: an id is written on its line, so editing or moving the line
// keeps it; only a line without one (new) or with a copy of an earlier line's id (pasted) gets a
// new id. Nothing else in a file changes.
import { createHash } from 'node:crypto';
import { ID_FORMAT, renderLine, scanInk, type Slot, type Warning } from './scan.ts';

export interface InkFile { file: string; source: string }
export interface Located { file: string; line: number }
export interface StampResult {
  files: (InkFile & { changed: boolean })[];
  /** Slots that had no id and got one. */
  issued: (Located & { id: string })[];
  /** Slots whose id was already used earlier in the story (a copy) and got a new one. */
  reissued: (Located & { id: string; was: string })[];
  warnings: (Located & { message: string })[];
}

/**
 * The first part of an id, from the file: `h` for Halyna's path, `k` for the kiosk cut, `ep` for
 * the epilogue. A new viewpoint's folder gets its initial here.
 */
export function filePrefix(file: string): string {
  const path = file.replace(/\\/g, '/');
  const folder = /\/(\w+)\/[^/]+\.ink$/.exec(path)?.[1];
  if (folder && folder !== 'story') return folder[0].toLowerCase();
  const base = /([\w-]+)\.ink$/.exec(path)?.[1] ?? 'x';
  const known: Record<string, string> = { kiosk: 'k', epilogue: 'ep', main: 'm', functions: 'fn' };
  return known[base] ?? base.replace(/[^a-z0-9]/gi, '').slice(0, 4).toLowerCase();
}

/** The middle part of an id, from the knot: `d03` for `day_03`, else the knot's name, short. */
export function knotPart(knot: string): string {
  const name = knot.split('.')[0];
  const day = /^day_(\d+)$/.exec(name);
  if (day) return `d${day[1]}`;
  return name.replace(/^kiosk_/, '').replace(/[^a-z0-9]/gi, '').slice(0, 10).toLowerCase() || 'top';
}

function newId(file: string, slot: Slot, text: string, taken: Set<string>): string {
  const stem = `${filePrefix(file)}.${knotPart(slot.knot)}`;
  for (let attempt = 0; ; attempt += 1) {
    const hash = createHash('sha256').update(`${stem}|${text}|${slot.kind}|${attempt}`).digest('hex');
    const id = `${stem}.${hash.slice(0, attempt < 64 ? 4 : 6)}`;
    if (!taken.has(id)) return id;
  }
}

/** Stamps ids on every slot of the files (in story order: the order given). */
export function stampStory(files: readonly InkFile[]): StampResult {
  const scans = files.map(({ source }) => scanInk(source));
  // Every id already written anywhere is taken, so a new id never collides with a later line's.
  const taken = new Set<string>();
  for (const scan of scans) for (const slot of scan.slots) if (slot.id) taken.add(slot.id);

  const seen = new Set<string>();
  const result: StampResult = { files: [], issued: [], reissued: [], warnings: [] };
  files.forEach(({ file, source }, fileIndex) => {
    const scan = scans[fileIndex];
    const rawLines = source.split('\n');
    let changed = false;
    scan.lines.forEach((scanned, lineIndex) => {
      if (!scanned) return;
      for (const slot of scanned.slots) {
        const where = { file, line: lineIndex + 1 };
        if (slot.id && !seen.has(slot.id) && ID_FORMAT.test(slot.id)) { seen.add(slot.id); continue; }
        const was = slot.id;
        slot.id = newId(file, slot, scanned.code.trim(), taken);
        taken.add(slot.id);
        seen.add(slot.id);
        if (was) result.reissued.push({ ...where, id: slot.id, was });
        else result.issued.push({ ...where, id: slot.id });
      }
      const rendered = renderLine(scanned);
      if (rendered !== rawLines[lineIndex]) { rawLines[lineIndex] = rendered; changed = true; }
    });
    result.warnings.push(...scan.warnings.map((warning: Warning) => ({ file, line: warning.line + 1, message: warning.message })));
    result.files.push({ file, source: changed ? rawLines.join('\n') : source, changed });
  });
  return result;
}

export interface IdProblems {
  missing: Located[];
  duplicates: (Located & { id: string; first: Located })[];
  malformed: (Located & { id: string })[];
  /** Text that cannot carry an id (glued to another line with `<>` or a divert at its end). */
  unstampable: Located[];
  count: number;
}

/** Every slot without an id, with a malformed id, or with an id used before. */
export function checkIds(files: readonly InkFile[]): IdProblems {
  const problems: IdProblems = { missing: [], duplicates: [], malformed: [], unstampable: [], count: 0 };
  const first = new Map<string, Located>();
  for (const { file, source } of files) {
    const scan = scanInk(source);
    problems.unstampable.push(...scan.unstampable.map((line) => ({ file, line: line + 1 })));
    for (const slot of scan.slots) {
      const where = { file, line: slot.line + 1 };
      if (!slot.id) { problems.missing.push(where); continue; }
      problems.count += 1;
      if (!ID_FORMAT.test(slot.id)) problems.malformed.push({ ...where, id: slot.id });
      const earlier = first.get(slot.id);
      if (earlier) problems.duplicates.push({ ...where, id: slot.id, first: earlier });
      else first.set(slot.id, where);
    }
  }
  return problems;
}

/** One message per problem, `file:line: ...`, for story:check and the tests. */
export function formatIdProblems(problems: IdProblems, relative: (file: string) => string = (file) => file): string[] {
  return [
    ...problems.missing.map((p) => `${relative(p.file)}:${p.line}: a line or choice has no id (run npm run story:ids)`),
    ...problems.malformed.map((p) => `${relative(p.file)}:${p.line}: id "${p.id}" is not in the stamper's format (run npm run story:ids)`),
    ...problems.unstampable.map((p) => `${relative(p.file)}:${p.line}: text glued to another line (with <> or a divert at its end) cannot carry an id: write it as one line`),
    ...problems.duplicates.map((p) => `${relative(p.file)}:${p.line}: id "${p.id}" is also used at ${relative(p.first.file)}:${p.first.line} (run npm run story:ids)`),
  ];
}
