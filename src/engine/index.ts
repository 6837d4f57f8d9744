// The engine: pure TypeScript, no DOM, no Phaser. Everything the screen needs comes through here.
export * from './storyRunner.ts';
export * from './tags.ts';
export * from './calendar.ts';
export * from './storage.ts';
export * from './saves.ts';
export * from './settings.ts';
export * from './storyAsset.ts';
