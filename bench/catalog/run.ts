/**
 * Catalog benchmark: product list, product detail and search, with 1,000 and 10,000 products, each
 * beside a bare Fastify route serving the same bytes from memory, measured in the same run with
 * autocannon (50 connections). Search is judged over HTTP on a rotating set of distinct queries
 * (words, typos, prefixes, facets) with the catalog's result cache off, and measured again with it
 * on (CATALOG_SEARCH_CACHE_SIZE). The engines are the ones the catalog reports in /health/ready.
 * Exits non-zero when any answer is not a 200 or a request gets no answer.
 * Writes bench/results/catalog-<date>.json and catalog-latest.md.
 *
 *   npm run bench:catalog [-- --duration 10 --sizes 1000,10000 --queries 600]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createEmbeddedStore } from '@shop/catalog-service/adapters/embedded/catalog-store';
import { seedCatalog } from '@shop/catalog-service/demo/seed';
import { DEMO_CATEGORIES } from '@shop/demo-data/catalog-data';
import { generateProducts } from '@shop/demo-data/generator';
import { autocannonAnswers, probe, Problems } from '../lib/answers.js';
import { enginesOf, type Engines } from '../lib/engines.js';
import { startScript, stopScript } from '../lib/process.js';
import { reportHeader, writeResults } from '../lib/results.js';
import { searchPaths } from './queries.js';
import { catalogMarkdown, type Measurement, type Row } from './report.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const duration = Number(option('duration', '10'));
const sizes = option('sizes', '1000,10000').split(',').map(Number);
/** Distinct search requests per size; fewer than the cache holds (1,000), so "cache on" is all hits. */
const queryCount = Number(option('queries', '600'));
const connections = 50;
const problems = new Problems();

async function startServer(mode: 'catalog' | 'bare', ...serverArgs: string[]) {
  const started = await startScript(join(import.meta.dirname, 'server.ts'), [mode, ...serverArgs], { env: {}, ready: /READY (\d+)/ });
  return { ...started, url: `http://127.0.0.1:${started.ready}` };
}

/** autocannon over `paths`, in turn across all connections (no path repeats before every one was asked). */
async function load(what: string, url: string, paths: readonly string[], seconds = duration): Promise<Measurement> {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
  });
  const answers = autocannonAnswers(result, [200]);
  problems.check(what, answers);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    answers,
  };
}

async function seed(size: number): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-catalog-${size}-`));
  const store = await createEmbeddedStore({ path: join(dataDir, 'catalog', 'catalog.jsonl') });
  await seedCatalog(store, { categories: DEMO_CATEGORIES, products: generateProducts(size, 42) });
  await store.close();
  return dataDir;
}

/** List, detail and search (cache off and on) at one catalog size, each beside the bare server. */
async function measureSize(size: number): Promise<Row[]> {
  process.stderr.write(`\n== ${size} products ==\n`);
  const dataDir = await seed(size);
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];
  const start = async (...serverArgs: Parameters<typeof startServer>) => {
    const server = await startServer(...serverArgs);
    servers.push(server);
    return server;
  };
  try {
    // Two catalogs on the same data: as shipped (result cache on) and with the cache off.
    const cached = await start('catalog', dataDir, '1000');
    const uncached = await start('catalog', dataDir, '0');
    engines[`catalog (${size} products, cache on)`] = await enginesOf(cached.url);
    engines[`catalog (${size} products, cache off)`] = await enginesOf(uncached.url);
    const list = (await (await fetch(`${cached.url}/api/v1/products?limit=20`)).json()) as { data: { slug: string }[] };
    const endpoints = {
      list: ['/api/v1/products?limit=20', '/api/v1/products?limit=20&page=2', '/api/v1/products?limit=20&sort=price_asc'],
      detail: list.data.slice(0, 10).map((p) => `/api/v1/products/${p.slug}`),
      search: searchPaths(generateProducts(size, 42), queryCount),
    };
    // The bare server answers every path with exactly the bytes the catalog gave (which also fills
    // the result cache of `cached` with every search: "cache on" below is all hits).
    const bodies: Record<string, string> = {};
    for (const paths of Object.values(endpoints)) {
      for (const path of paths) {
        const response = await fetch(`${cached.url}${path}`);
        if (response.status !== 200) throw new Error(`GET ${path} on the catalog answered ${response.status}`);
        bodies[path] = await response.text();
      }
    }
    const bodiesFile = join(dataDir, 'bodies.json');
    writeFileSync(bodiesFile, JSON.stringify(bodies));
    const bare = await start('bare', bodiesFile);
    await probe(bare.url, Object.keys(bodies)); // a baseline that 404s would make every ratio a lie

    const targets = [
      { endpoint: 'list', server: cached, paths: endpoints.list },
      { endpoint: 'detail', server: cached, paths: endpoints.detail },
      { endpoint: 'search, cache off', server: uncached, paths: endpoints.search },
      { endpoint: 'search, cache on', server: cached, paths: endpoints.search },
    ];
    const rows: Row[] = [];
    const baselines = new Map<readonly string[], Measurement>();
    for (const { endpoint, server, paths } of targets) {
      await load(`${size} ${endpoint} warm-up`, server.url, paths.slice(0, 1), Math.min(3, duration)); // JIT, pools
      const service = await load(`${size} ${endpoint}`, server.url, paths);
      const baseline = baselines.get(paths) ?? (await load(`${size} ${endpoint} bare baseline`, bare.url, paths));
      baselines.set(paths, baseline);
      const ratio = Math.round((service.requestsPerSecond / baseline.requestsPerSecond) * 100) / 100;
      rows.push({ products: size, endpoint, distinctPaths: paths.length, service, baseline, ratio });
      process.stderr.write(
        `${endpoint.padEnd(17)} service ${String(service.requestsPerSecond).padStart(6)} req/s p99 ${service.latencyMs.p99} ms | ` +
          `bare ${String(baseline.requestsPerSecond).padStart(6)} req/s | ratio ${ratio.toFixed(2)}\n`,
      );
    }
    return rows;
  } finally {
    for (const server of servers) await stopScript(server);
  }
}

const engines: Record<string, Engines> = {};
const results: Row[] = [];
for (const size of sizes) results.push(...(await measureSize(size)));

const report = {
  ...reportHeader('catalog'),
  connections,
  durationSeconds: duration,
  engines,
  results,
  problems: problems.list,
  ok: problems.list.length === 0,
};
writeResults(
  'catalog',
  report,
  catalogMarkdown({ at: report.at, cpus: report.cpus, connections, duration, engines, results, problems: problems.list }),
);
problems.exitIfAny();
