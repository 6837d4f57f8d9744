// Compiles a small inline ink story for engine tests (the compiler runs in Node only).
import { Compiler } from 'inkjs/full';

export function compileInline(source: string): string {
  const compiler = new Compiler(source);
  try {
    return compiler.Compile().ToJson() as string;
  } catch (error) {
    throw new Error(`inline ink failed to compile: ${compiler.errors.join('\n') || String(error)}`);
  }
}
