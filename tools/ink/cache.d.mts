import type { InkCompileResult } from './compile.mjs';
export function inkSourcesHash(mainFile: string): string;
export function compileInkCached(mainFile: string): InkCompileResult;
