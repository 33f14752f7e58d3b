import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['node_modules', '.next', 'dist', 'e2e']);

/** The newest modification time of the files under `path` (a file or a folder). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((latest, name) => (SKIP.has(name) ? latest : Math.max(latest, newest(join(path, name)))), info.mtimeMs);
}

/**
 * Builds a web app (`next build`) when it has no build or its sources changed since, so
 * `npm start` serves what the checkout contains. Returns false when the build failed.
 */
export function ensureAppBuild(root: string, name: 'storefront' | 'admin', log: (line: string) => void): boolean {
  const app = join(root, 'apps', name);
  const built = join(app, '.next', 'BUILD_ID');
  const sources = Math.max(newest(app), newest(join(root, 'packages', 'api-client', 'src')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return true;
  log(`  Building the ${name} (next build; once per change, about 30 s)...`);
  const result = spawnSync('npm', ['run', 'build', '-w', `apps/${name}`], { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}
