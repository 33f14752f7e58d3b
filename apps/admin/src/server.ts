import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveNextApp, serveWhenMain, type NextApp, type NextAppOptions } from '@shop/next-host/serve';

export type AdminOptions = NextAppOptions;
export type AdminApp = NextApp;

/** The app folder (the one holding `.next/`), from either `src/server.ts` or `dist/server.js`. */
const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Serves the production build (run `npm run build -w apps/admin` first); port 3100 unless given, 0 for a free one. */
export function startAdmin(options: AdminOptions = {}): Promise<AdminApp> {
  return serveNextApp(appDir, 3100, options);
}

await serveWhenMain(import.meta.url, 'Admin', startAdmin);
