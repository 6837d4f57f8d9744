// Lint: TypeScript-aware recommended rules, plus the project's boundaries: the browser bundle
// takes only the inkjs runtime (the compiler's typings claim exports the runtime lacks), and
// the engine (with the session and the viewpoint registry) imports neither Phaser nor the DOM.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', '.scratch/**', 'coverage/**', 'bench/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'inkjs/full', message: 'The browser bundle ships only the inkjs runtime: import { Story } from "inkjs".' },
          { name: 'inkjs', importNames: ['Compiler', 'CompilerOptions', 'PosixFileHandler', 'JsonFileHandler', 'InkParser'], message: 'The inkjs runtime has no compiler; ink is compiled at build time.' },
        ],
        patterns: [{ group: ['inkjs/compiler/*', 'inkjs/full/*', '**/tools/*'], message: 'No compiler or build tools in src/.' }],
      }],
    },
  },
  {
    // The engine and its DOM-free siblings: the play session and the viewpoint registry.
    files: ['src/engine/**/*.ts', 'src/session/**/*.ts', 'src/viewpoints/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'phaser', message: 'The engine knows nothing of the screen.' },
          { name: 'inkjs/full', message: 'The browser bundle ships only the inkjs runtime.' },
        ],
        patterns: [{ group: ['**/ui/*', '**/map/*', '**/modes/*', 'inkjs/compiler/*'], message: 'The engine imports no adapters.' }],
      }],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'sessionStorage', 'navigator'],
    },
  },
);
