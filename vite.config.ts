import { defineConfig } from 'vitest/config';
import { inkPlugin } from './tools/vite/ink-plugin.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'story', include: ['tests/story/**/*.test.ts'], environment: 'node', testTimeout: 300_000 } },
    ],
  },
});
