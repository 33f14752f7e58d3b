/**
 * Catalog benchmark: product list, product detail and search, with 1,000 and 10,000 products,
 * each beside a bare Fastify route serving the same bytes from memory, measured in the same run
 * with autocannon (50 connections). Writes bench/results/catalog-<date>.json and catalog-latest.md.
 *
 *   npm run bench:catalog [-- --duration 10 --sizes 1000,10000]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createEmbeddedStore } from '@shop/catalog-service/adapters/embedded/catalog-store';
import { createEmbeddedSearchIndex } from '@shop/catalog-service/adapters/embedded/search-index';
import { DEMO_CATEGORIES } from '@shop/demo-data/catalog-data';
import { generateProducts } from '@shop/demo-data/generator';
import { seedCatalog } from '@shop/catalog-service/demo/seed';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const duration = Number(option('duration', '10'));
const sizes = option('sizes', '1000,10000').split(',').map(Number);
const connections = 50;
const root = join(import.meta.dirname, '..', '..');
const SEARCH_TERMS = ['headphones', 'hedphones', 'wireless', 'laptop', 'coffee', 'tent', 'speaker', 'steel', 'pro', 'black'];

function startServer(mode: 'catalog' | 'bare', arg: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(import.meta.dirname, 'server.ts'), mode, arg], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /READY (\d+)/.exec(out);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
}

function stopServer(server: { child: ChildProcess }): Promise<void> {
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

interface Measurement {
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  non2xx: number;
}

async function load(url: string, paths: string[]): Promise<Measurement> {
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function seed(size: number): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-catalog-${size}-`));
  const store = await createEmbeddedStore({ path: join(dataDir, 'catalog', 'catalog.jsonl') });
  await seedCatalog(store, { categories: DEMO_CATEGORIES, products: generateProducts(size, 42) });
  await store.close();
  return dataDir;
}

const results: Record<string, unknown>[] = [];
for (const size of sizes) {
  process.stderr.write(`\n== ${size} products ==\n`);
  const dataDir = await seed(size);
  const catalog = await startServer('catalog', dataDir);
  const list = await (await fetch(`${catalog.url}/api/v1/products?limit=20`)).json();
  const detailSlugs = (list as { data: { slug: string }[] }).data.slice(0, 10).map((p) => p.slug);
  const endpoints: Record<string, string[]> = {
    list: ['/api/v1/products?limit=20', '/api/v1/products?limit=20&page=2', '/api/v1/products?limit=20&sort=price_asc'],
    detail: detailSlugs.map((slug) => `/api/v1/products/${slug}`),
    search: SEARCH_TERMS.map((q) => `/api/v1/search?q=${q}&limit=20`),
  };
  // The bare server answers every path with exactly the bytes the catalog gave.
  const bodies: Record<string, string> = {};
  for (const paths of Object.values(endpoints)) {
    for (const path of paths) bodies[path] = await (await fetch(`${catalog.url}${path}`)).text();
  }
  const bodiesFile = join(dataDir, 'bodies.json');
  writeFileSync(bodiesFile, JSON.stringify(bodies));
  const bare = await startServer('bare', bodiesFile);

  for (const [name, paths] of Object.entries(endpoints)) {
    await load(catalog.url, paths.slice(0, 1)); // warm-up
    const service = await load(catalog.url, paths);
    const baseline = await load(bare.url, paths);
    const ratio = service.requestsPerSecond / baseline.requestsPerSecond;
    results.push({ products: size, endpoint: name, service, baseline, ratio: Math.round(ratio * 100) / 100 });
    process.stderr.write(
      `${name.padEnd(7)} service ${String(service.requestsPerSecond).padStart(6)} req/s p99 ${service.latencyMs.p99} ms | ` +
        `bare ${String(baseline.requestsPerSecond).padStart(6)} req/s | ratio ${ratio.toFixed(2)}\n`,
    );
  }
  await stopServer(catalog);
  await stopServer(bare);
}

/**
 * The HTTP runs repeat ten queries, which the index's result cache answers after the first time.
 * This measures the index itself on queries it has not seen: 300 distinct words and typos from
 * the generated names, in process, at the largest size.
 */
async function coldSearch(size: number) {
  const index = createEmbeddedSearchIndex();
  const products = generateProducts(size, 42);
  const now = new Date();
  async function* documents() {
    let i = 0;
    for (const d of products) {
      const product = {
        id: `p${i++}`,
        sku: d.sku,
        name: d.name,
        slug: d.slug,
        description: d.description,
        priceCents: d.priceCents,
        categoryId: d.categorySlug,
        brand: d.brand,
        imageUrl: null,
        specifications: d.specifications,
        isActive: true,
        inventoryQuantity: d.stock,
        inventoryUpdatedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      yield { product, categoryName: d.categorySlug, categoryPath: [d.categorySlug] };
    }
  }
  await index.rebuild(documents());
  const words = [...new Set(products.flatMap((p) => p.name.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length >= 4))];
  const queries = Array.from({ length: 300 }, (_, i) => {
    const word = words[(i * 7919) % words.length]!;
    // Every third query has a typo (a dropped letter), every fifth is a prefix.
    return i % 3 === 0 ? word.slice(0, 1) + word.slice(2) : i % 5 === 0 ? word.slice(0, 3) : word;
  });
  const times: number[] = [];
  for (const q of queries) {
    const started = performance.now();
    await index.search({ q, sort: 'relevance', page: 1, limit: 20 });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 100) / 100;
  return { products: size, queries: queries.length, ms: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) } };
}
const cold = await coldSearch(Math.max(...sizes));
process.stderr.write(
  `cold search (${cold.products} products, ${cold.queries} distinct queries): p50 ${cold.ms.p50} ms, p99 ${cold.ms.p99} ms\n`,
);

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
const report = {
  benchmark: 'catalog',
  at: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  connections,
  durationSeconds: duration,
  results,
};
writeFileSync(join(root, 'bench', 'results', `catalog-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);

const target = (r: Record<string, unknown>) => {
  const service = r['service'] as Measurement;
  if (r['endpoint'] === 'search')
    return service.latencyMs.p99 < 25 ? `p99 ${service.latencyMs.p99} ms < 25 ms: met` : `p99 ${service.latencyMs.p99} ms ≥ 25 ms: MISSED`;
  return (r['ratio'] as number) >= 0.5 ? `${r['ratio']} ≥ 0.50: met` : `${r['ratio']} < 0.50: MISSED`;
};
const lines = [
  `# Catalog benchmark (${report.at})`,
  '',
  `autocannon, ${connections} connections, ${duration} s per run, Node ${report.node}, ${report.cpus} CPUs; embedded store and index.`,
  '',
  '| products | endpoint | service req/s | service p99 ms | bare req/s | ratio | target |',
  '|---:|---|---:|---:|---:|---:|---|',
  ...results.map((r) => {
    const service = r['service'] as Measurement;
    const baseline = r['baseline'] as Measurement;
    return `| ${r['products']} | ${r['endpoint']} | ${service.requestsPerSecond} | ${service.latencyMs.p99} | ${baseline.requestsPerSecond} | ${r['ratio']} | ${target(r)} |`;
  }),
  '',
  `Search over the index without its result cache (${cold.queries} distinct queries, ${cold.products} products, in process): p50 ${cold.ms.p50} ms, p95 ${cold.ms.p95} ms, p99 ${cold.ms.p99} ms.`,
  '',
];
writeFileSync(join(root, 'bench', 'results', 'catalog-latest.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
