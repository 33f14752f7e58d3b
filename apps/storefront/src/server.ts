import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveNextApp, serveWhenMain, type NextApp, type NextAppOptions } from '@shop/next-host/serve';

export type StorefrontOptions = NextAppOptions;
export type Storefront = NextApp;

/** The app folder (the one holding `.next/`), from either `src/server.ts` or `dist/server.js`. */
const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Serves the production build (run `npm run build -w apps/storefront` first); port 3000 unless given, 0 for a free one. */
export function startStorefront(options: StorefrontOptions = {}): Promise<Storefront> {
  return serveNextApp(appDir, 3000, options);
}

await serveWhenMain(import.meta.url, 'Storefront', startStorefront);
