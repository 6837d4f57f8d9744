// The play session: one viewpoint's play, DOM-free. The UI, the map and the modes subscribe to it.
export * from './events.ts';
export * from './screens.ts';
export * from './undo.ts';
export * from './playSession.ts';
