/**
 * Inventory benchmark on real PostgreSQL: reservations per second (one sku, and three skus all or
 * nothing) against a plain single-row UPDATE loop on the same database in the same run — the
 * ceiling of what one row-locking write per operation can do. Then cart adds and reads per second
 * on Redis, through the cart service's HTTP API. The engines named are those the database and the
 * cart service report; any failed operation or non-200 answer fails the run (exit 1).
 *
 *   eval "$(infra/engines/up.sh postgres redis)" && npm run bench:inventory [-- --seconds 10]
 */
import { join } from 'node:path';
import { requireEngine } from '@shop/config/engines';
import { migrate } from '@shop/db/migrate';
import { openPostgres } from '@shop/db/postgres';
import { createTestDatabase } from '@shop/db/testing';
import { migrateOutbox } from '@shop/events/outbox';
import { createInventoryRepository } from '@shop/inventory-service/adapters/postgres/inventory.repository';
import { makeInventory } from '@shop/inventory-service/domain/inventory';
import { Problems } from '../lib/answers.js';
import { enginesLine } from '../lib/engines.js';
import { dropDatabase, problemsLine, reportHeader, writeResults } from '../lib/results.js';
import { benchmarkCart } from './cart.js';

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1] || 10);
const workers = 16;
const SKUS = 200;
const root = join(import.meta.dirname, '..', '..');
const problems = new Problems();

interface Throughput {
  perSecond: number;
  count: number;
  errors: number;
  firstError?: string;
}

/** Runs `op` from `workers` concurrent loops for the duration; every failed operation is a problem of the run. */
async function throughput(what: string, op: (worker: number, i: number) => Promise<void>): Promise<Throughput> {
  const until = Date.now() + seconds * 1000;
  const result: Throughput = { perSecond: 0, count: 0, errors: 0 };
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; Date.now() < until; i++) {
        try {
          await op(worker, i);
          result.count++;
        } catch (error) {
          result.errors++;
          result.firstError ??= (error as Error).message;
        }
      }
    }),
  );
  result.perSecond = Math.round(result.count / seconds);
  if (result.errors > 0 || result.count === 0)
    problems.add(`${what}: ${result.count} done, ${result.errors} failed; first: ${result.firstError}`);
  return result;
}

const database = await createTestDatabase(requireEngine('DATABASE_URL'), 'bench_inventory');
const db = await openPostgres({ url: database.url, poolSize: workers });
let postgres: { engine: string; plainUpdate: Throughput; reserveOneSku: Throughput; reserveThreeSkus: Throughput };
try {
  const engine = await db.engine();
  await migrate(db, join(root, 'services', 'inventory', 'migrations'));
  await migrateOutbox(db);
  const inventory = makeInventory({
    repository: createInventoryRepository(db),
    clock: { now: () => new Date() },
    reservationTtlSeconds: 900,
    lowStockThreshold: 5,
  });
  for (let s = 0; s < SKUS; s++) await inventory.put(`BENCH-${s}`, 10_000_000);
  await db.exec(
    'CREATE TABLE bench_counter (id integer PRIMARY KEY, n bigint NOT NULL); INSERT INTO bench_counter SELECT g, 0 FROM generate_series(0, 199) g;',
  );

  process.stderr.write(`${engine}, ${workers} concurrent workers, ${seconds} s each\n`);
  // The baseline must update exactly one row each time, or it measures nothing.
  const plainUpdate = await throughput('plain UPDATE', async (w, i) => {
    const { rowCount } = await db.query('UPDATE bench_counter SET n = n + 1 WHERE id = $1', [(w * 7919 + i) % SKUS]);
    if (rowCount !== 1) throw new Error(`the baseline UPDATE changed ${rowCount} rows`);
  });
  const reserve = (orderId: string, skus: number[]) =>
    inventory.reserve(
      orderId,
      skus.map((s) => ({ sku: `BENCH-${s % SKUS}`, quantity: 1 })),
    );
  const reserveOneSku = await throughput('reserve one sku', (w, i) => reserve(`o-${w}-${i}`, [w * 7919 + i]).then(() => undefined));
  const reserveThreeSkus = await throughput('reserve three skus', (w, i) =>
    reserve(
      `m-${w}-${i}`,
      [0, 1, 2].map((k) => w * 7919 + i * 3 + k * 67),
    ).then(() => undefined),
  );
  for (const [name, r] of Object.entries({ plainUpdate, reserveOneSku, reserveThreeSkus })) {
    process.stderr.write(`${name.padEnd(18)} ${r.perSecond}/s (${(r.perSecond / plainUpdate.perSecond).toFixed(2)} of the ceiling)\n`);
  }
  postgres = { engine, plainUpdate, reserveOneSku, reserveThreeSkus };
} finally {
  await db.close();
  await dropDatabase(database, 'the bench_inventory database');
}

const cart = await benchmarkCart(requireEngine('REDIS_URL'), seconds, problems);

const report = {
  ...reportHeader('inventory'),
  postgres: { workers, seconds, skus: SKUS, ...postgres },
  cart,
  problems: problems.list,
  ok: problems.list.length === 0,
};
const ofCeiling = (n: number) => (n / postgres.plainUpdate.perSecond).toFixed(2);
writeResults('inventory', report, [
  `# Inventory and cart benchmark (${report.at})`,
  '',
  `Node ${process.version}, ${report.cpus} CPUs. ${postgres.engine} (as the server reports it): ${workers} concurrent workers, ${seconds} s per run, on the same database.`,
  '',
  '| operation | per second | of the plain UPDATE |',
  '|---|---:|---:|',
  `| plain single-row UPDATE (the ceiling) | ${postgres.plainUpdate.perSecond} | 1.00 |`,
  `| reserve one sku (lock, check, update, reservation row, outbox event) | ${postgres.reserveOneSku.perSecond} | ${ofCeiling(postgres.reserveOneSku.perSecond)} |`,
  `| reserve three skus, all or nothing | ${postgres.reserveThreeSkus.perSecond} | ${ofCeiling(postgres.reserveThreeSkus.perSecond)} |`,
  '',
  `Cart service (HTTP, autocannon, 50 connections, ${seconds} s; catalog and inventory answered by in-memory stubs). ` +
    `Engines, as the cart reports them (\`GET /health/ready\`): ${enginesLine({ cart: cart.engines })}.`,
  '',
  '| request | req/s | p99 ms |',
  '|---|---:|---:|',
  ...Object.entries(cart.results).map(([name, m]) => `| ${name} | ${m.requestsPerSecond} | ${m.p99} |`),
  '',
  problemsLine(problems.list),
  '',
]);
problems.exitIfAny();
