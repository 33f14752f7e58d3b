import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ephemeralPorts } from '@shop/runner/env';

const root = join(import.meta.dirname, '..', '..');
/** The storefront's composition root; the self-starting mode needs it. */
export const STOREFRONT_SERVER = join(root, 'apps', 'storefront', 'src', 'server.ts');

export interface Target {
  storefrontUrl: string;
  gatewayUrl: string;
  /** The gateway's internal port, where every service's readiness (and engines) is read. */
  gatewayInternalUrl: string;
  close(): Promise<void>;
}

interface Closable {
  close(): Promise<void>;
}
interface StartedStorefront extends Partial<Closable> {
  url?: string;
}
type StartStorefront = (options: { port: number; host: string; gatewayUrl: string }) => Promise<StartedStorefront>;

/**
 * Starts every backend service in this process (all ports 0, a throwaway DATA_DIR, exactly those
 * settings: nothing from this shell, so always the embedded defaults), then the storefront's
 * production server in front of the gateway. `build` runs `next build` first: measuring a stale `.next/`
 * would grade yesterday's code (without it, the build is only made when there is none).
 */
export async function startTarget(build: boolean): Promise<Target> {
  if (!existsSync(STOREFRONT_SERVER)) {
    throw new Error(
      `${STOREFRONT_SERVER} does not exist yet: start a storefront yourself and pass --url http://127.0.0.1:3000 --gateway http://127.0.0.1:<port> --gateway-internal http://127.0.0.1:<internal port>`,
    );
  }
  if (build || !existsSync(join(root, 'apps', 'storefront', '.next', 'BUILD_ID'))) {
    const started = performance.now();
    execFileSync('npm', ['run', 'build', '-w', 'apps/storefront'], { cwd: root, stdio: ['ignore', process.stderr, 'inherit'] });
    process.stderr.write(`storefront built in ${Math.round(performance.now() - started)} ms\n`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const { startPlatform } = await import('@shop/runner/main');
  const platform = await startPlatform({
    ...ephemeralPorts(),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  });
  const toClose: Closable[] = [platform];
  const close = async () => {
    for (const c of toClose.reverse()) await c.close().catch((error: unknown) => process.stderr.write(`close failed: ${String(error)}\n`));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    // Imported by path so this file type-checks before the storefront exists.
    const module = (await import(pathToFileURL(STOREFRONT_SERVER).href)) as { startStorefront?: StartStorefront };
    if (typeof module.startStorefront !== 'function') throw new Error(`${STOREFRONT_SERVER} does not export startStorefront`);
    const storefront = await module.startStorefront({ port: 0, host: '127.0.0.1', gatewayUrl: platform.gatewayUrl });
    if (typeof storefront.close === 'function') toClose.push(storefront as Closable);
    if (typeof storefront.url !== 'string') throw new Error('startStorefront() did not return { url }');
    return { storefrontUrl: storefront.url, gatewayUrl: platform.gatewayUrl, gatewayInternalUrl: platform.gatewayInternalUrl, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface Page {
  name: string;
  path: string;
}

/**
 * Home, one category and one product, found through the gateway: the category is the first product's,
 * so the category page is sure to list something.
 */
export async function discoverPages(gatewayUrl: string, categoryPath: string, productPath: string): Promise<Page[]> {
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${gatewayUrl}${path}`);
    if (!response.ok) throw new Error(`GET ${gatewayUrl}${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  const categories = (await get<{ data: { id: string; slug: string }[] }>('/api/v1/categories')).data;
  const [product] = (await get<{ data: { slug: string; categoryId: string }[] }>('/api/v1/products?limit=1')).data;
  if (!product) throw new Error('the catalog has no products');
  const category = categories.find((c) => c.id === product.categoryId) ?? categories[0];
  if (!category) throw new Error('the catalog has no categories');
  return [
    { name: 'home', path: '/' },
    { name: `category ${category.slug}`, path: categoryPath.replace('{slug}', category.slug) },
    { name: `product ${product.slug}`, path: productPath.replace('{slug}', product.slug) },
  ];
}
