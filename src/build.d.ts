/** Set at build time by vite.config.ts from KENGIR_BUILD_STAMP; empty when unset. */
declare const __KENGIR_BUILD_STAMP__: string;
