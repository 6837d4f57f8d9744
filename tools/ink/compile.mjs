// Compiles the ink story in Node with the inkjs compiler. Shared by the Vite plugin, the
// story checker CLI and the story tests, so every one of them sees the same errors.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { Compiler, CompilerOptions } from 'inkjs/full';

const MESSAGE = /^(ERROR|WARNING|TODO): '([^']*)' line (\d+): (.*)$/s;

/** Splits an inkjs compiler message into its parts (file is resolved against the story root). */
export function parseInkMessage(message, rootDir) {
  const match = MESSAGE.exec(message.trim());
  if (!match) return { kind: 'ERROR', file: null, line: null, text: message };
  const [, kind, file, line, text] = match;
  const absolute = file && file !== '<root>' ? resolve(rootDir, file) : null;
  return { kind, file: absolute, line: Number(line), text: text.trim() };
}

/**
 * Compiles `mainFile`. INCLUDE lines resolve against the main file's folder, as in Inky.
 * Never throws for ink errors: they come back in `errors` with file and line.
 */
export function compileInk(mainFile) {
  const rootDir = dirname(resolve(mainFile));
  const files = new Set([resolve(mainFile)]);
  const messages = [];
  const fileHandler = {
    ResolveInkFilename: (name) => resolve(rootDir, name),
    LoadInkFileContents: (path) => {
      files.add(path);
      if (!existsSync(path)) throw new Error(`File not found: ${relative(rootDir, path)}`);
      return readFileSync(path, 'utf8');
    },
  };
  const options = new CompilerOptions(
    resolve(mainFile), [], true,
    (message) => messages.push(parseInkMessage(message, rootDir)),
    fileHandler,
  );
  const source = readFileSync(mainFile, 'utf8');
  const compiler = new Compiler(source, options);
  let json = null;
  let stats = null;
  try {
    const story = compiler.Compile();
    json = story.ToJson();
    stats = compiler.GenerateStats ? compiler.GenerateStats() : null;
  } catch (error) {
    if (!messages.some((m) => m.kind === 'ERROR')) {
      messages.push({ kind: 'ERROR', file: resolve(mainFile), line: null, text: String(error?.message ?? error) });
    }
  }
  const errors = messages.filter((m) => m.kind === 'ERROR');
  const warnings = messages.filter((m) => m.kind === 'WARNING');
  const todos = messages.filter((m) => m.kind === 'TODO');
  const hash = json ? createHash('sha256').update(json).digest('hex').slice(0, 16) : null;
  return { json: errors.length ? null : json, hash, stats, errors, warnings, todos, files: [...files] };
}

/** One line per message, `file:line: text`, for terminals and the Vite overlay. */
export function formatInkMessage(message, cwd = process.cwd()) {
  const where = message.file ? `${relative(cwd, message.file)}${message.line ? `:${message.line}` : ''}` : 'story';
  return `${where}: ${message.kind.toLowerCase()}: ${message.text}`;
}
