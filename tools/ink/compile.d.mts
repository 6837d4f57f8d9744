export interface InkMessage { kind: 'ERROR' | 'WARNING' | 'TODO'; file: string | null; line: number | null; text: string }
export interface InkStats { words: number; knots: number; stitches: number; functions: number; choices: number; gathers: number; diverts: number }
export interface InkCompileResult {
  json: string | null; hash: string | null; stats: InkStats | null;
  errors: InkMessage[]; warnings: InkMessage[]; todos: InkMessage[]; files: string[];
}
export function parseInkMessage(message: string, rootDir: string): InkMessage;
export function compileInk(mainFile: string): InkCompileResult;
export function formatInkMessage(message: InkMessage, cwd?: string): string;
