/**
 * Inventory benchmark on real PostgreSQL: reservations per second (one sku, and three skus all or
 * nothing) against a plain single-row UPDATE loop on the same database in the same run — the
 * ceiling of what one row-locking write per operation can do. Then cart adds and reads per second
 * on Redis, through the cart service's HTTP API.
 *
 *   eval "$(infra/engines/up.sh postgres redis)" && npm run bench:inventory [-- --seconds 10]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { requireEngine } from '@shop/config/engines';
import { migrate } from '@shop/db/migrate';
import { openPostgres } from '@shop/db/postgres';
import { createTestDatabase } from '@shop/db/testing';
import { migrateOutbox } from '@shop/events/outbox';
import { createInventoryRepository } from '@shop/inventory-service/adapters/postgres/inventory.repository';
import { makeInventory } from '@shop/inventory-service/domain/inventory';
import { benchmarkCart } from './cart.js';

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1] || 10);
const workers = 16;
const root = join(import.meta.dirname, '..', '..');

/** Runs `op` from `workers` concurrent loops for the duration; returns operations per second. */
async function throughput(op: (worker: number, i: number) => Promise<void>): Promise<{ perSecond: number; count: number; errors: number }> {
  const until = Date.now() + seconds * 1000;
  let count = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; Date.now() < until; i++) {
        try {
          await op(worker, i);
          count++;
        } catch {
          errors++;
        }
      }
    }),
  );
  return { perSecond: Math.round(count / seconds), count, errors };
}

const database = await createTestDatabase(requireEngine('DATABASE_URL'), 'bench_inventory');
const db = await openPostgres({ url: database.url, poolSize: workers });
const results: Record<string, unknown> = {};
try {
  await migrate(db, join(root, 'services', 'inventory', 'migrations'));
  await migrateOutbox(db);
  const inventory = makeInventory({
    repository: createInventoryRepository(db),
    clock: { now: () => new Date() },
    reservationTtlSeconds: 900,
    lowStockThreshold: 5,
  });
  const SKUS = 200;
  for (let s = 0; s < SKUS; s++) await inventory.put(`BENCH-${s}`, 10_000_000);
  await db.exec(
    'CREATE TABLE bench_counter (id integer PRIMARY KEY, n bigint NOT NULL); INSERT INTO bench_counter SELECT g, 0 FROM generate_series(0, 199) g;',
  );

  process.stderr.write(`PostgreSQL, ${workers} concurrent workers, ${seconds} s each\n`);
  const ceiling = await throughput((w, i) =>
    db.query('UPDATE bench_counter SET n = n + 1 WHERE id = $1', [(w * 7919 + i) % SKUS]).then(() => undefined),
  );
  process.stderr.write(`plain single-row UPDATE     ${ceiling.perSecond}/s\n`);
  const single = await throughput((w, i) =>
    inventory.reserve(`o-${w}-${i}`, [{ sku: `BENCH-${(w * 7919 + i) % SKUS}`, quantity: 1 }]).then(() => undefined),
  );
  process.stderr.write(
    `reserve one sku            ${single.perSecond}/s (${(single.perSecond / ceiling.perSecond).toFixed(2)} of the ceiling)\n`,
  );
  const multi = await throughput((w, i) =>
    inventory
      .reserve(
        `m-${w}-${i}`,
        [0, 1, 2].map((k) => ({ sku: `BENCH-${(w * 7919 + i * 3 + k * 67) % SKUS}`, quantity: 1 })),
      )
      .then(() => undefined),
  );
  process.stderr.write(
    `reserve three skus         ${multi.perSecond}/s (${(multi.perSecond / ceiling.perSecond).toFixed(2)} of the ceiling)\n`,
  );
  results['postgres'] = { workers, seconds, skus: SKUS, plainUpdate: ceiling, reserveOneSku: single, reserveThreeSkus: multi };
} finally {
  await db.close();
  await database.drop();
}

results['cart'] = await benchmarkCart(requireEngine('REDIS_URL'), seconds);

const at = new Date().toISOString();
const report = { benchmark: 'inventory', at, node: process.version, cpus: cpus().length, ...results };
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', `inventory-${at.replace(/[:.]/g, '-')}.json`), `${JSON.stringify(report, null, 2)}\n`);
const pg = results['postgres'] as {
  plainUpdate: { perSecond: number };
  reserveOneSku: { perSecond: number; errors: number };
  reserveThreeSkus: { perSecond: number; errors: number };
};
const cart = results['cart'] as Record<string, { requestsPerSecond: number; p99: number }>;
const lines = [
  `# Inventory and cart benchmark (${at})`,
  '',
  `Node ${process.version}, ${report.cpus} CPUs. PostgreSQL 15: ${workers} concurrent workers, ${seconds} s per run, on the same database.`,
  '',
  '| operation | per second | of the plain UPDATE |',
  '|---|---:|---:|',
  `| plain single-row UPDATE (the ceiling) | ${pg.plainUpdate.perSecond} | 1.00 |`,
  `| reserve one sku (lock, check, update, reservation row, outbox event) | ${pg.reserveOneSku.perSecond} | ${(pg.reserveOneSku.perSecond / pg.plainUpdate.perSecond).toFixed(2)} |`,
  `| reserve three skus, all or nothing | ${pg.reserveThreeSkus.perSecond} | ${(pg.reserveThreeSkus.perSecond / pg.plainUpdate.perSecond).toFixed(2)} |`,
  '',
  `Cart service on Redis 7 (HTTP, autocannon, 50 connections, ${seconds} s; catalog and inventory answered by in-memory stubs):`,
  '',
  '| request | req/s | p99 ms |',
  '|---|---:|---:|',
  ...Object.entries(cart).map(([name, m]) => `| ${name} | ${m.requestsPerSecond} | ${m.p99} |`),
  '',
];
writeFileSync(join(root, 'bench', 'results', 'inventory-latest.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
