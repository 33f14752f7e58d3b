import { accessSync, constants } from 'node:fs';

/** Where Debian's `chromium` package puts the browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for every headless Chromium launch in this repo (Lighthouse, playwright-core), measured on
 * the CI machine (docs: stack-notes, "Browser"). `--no-sandbox` because CI runs as root and only ever
 * loads our own pages; the rest stop Chromium from phoning home, which would hang or slow runs on a
 * machine that reaches nothing but package registries.
 */
export const CHROMIUM_ARGS: readonly string[] = Object.freeze([
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/**
 * The Chromium executable to launch: `CHROMIUM_PATH` if set, else Debian's. Throws, naming the
 * install command, when it is missing, so no tool falls back to downloading a browser of its own.
 *
 *   chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] }) // playwright-core
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env['CHROMIUM_PATH'] || DEBIAN_CHROMIUM;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    const hint = env['CHROMIUM_PATH'] ? `CHROMIUM_PATH=${path} is not an executable file` : `${path} is missing`;
    throw new Error(`${hint}. Install Debian's Chromium with: bash infra/browser/install.sh (as root), or set CHROMIUM_PATH.`);
  }
  return path;
}
