/**
 * One full set of checkout runs on one bus: a fresh platform, warm-up, the baseline, the measured
 * runs back to back, then the invariants. Every answer is counted against what it may be.
 */
import pg from 'pg';
import { fetchJson } from '@shop/http/testing';
import { AnswerCounter, type Problems } from '../lib/answers.js';
import { median, percentile } from '../lib/results.js';
import { checkInvariants, type Invariants } from './invariants.js';
import { cpuMsPer, cpuSnapshot, transactionsByDatabase } from './measure.js';
import { startPlatform, type Bus, type PlatformOptions } from './platform.js';
import { CHECKOUT_STATUSES, baselineOp, checkoutOp, drive, orderClient, registerCustomers, type Product } from './traffic.js';

export const SCARCE_STOCK = 20;

export interface SessionOptions extends Omit<PlatformOptions, 'bus'> {
  seconds: number;
  rounds: number;
  concurrency: number;
  problems: Problems;
}

export type SessionResult = Awaited<ReturnType<typeof runSession>>;

/** The engines a run on `bus` must have reached, or it measured something else than it says. */
function assertEngines(bus: Bus, engines: Record<string, Record<string, string>>): void {
  for (const [service, named] of Object.entries(engines)) {
    const events = named['events'] ?? '';
    if (bus === 'kafka' ? !events.startsWith('Kafka') : !events.startsWith('embedded bus')) {
      throw new Error(`--bus ${bus}, but the ${service} service's events go to ${events || 'nothing named'}`);
    }
    if (named['database'] !== undefined && !named['database'].startsWith('PostgreSQL')) {
      throw new Error(`the ${service} service's database is ${named['database']}, not PostgreSQL`);
    }
  }
}

export async function runSession(bus: Bus, options: SessionOptions) {
  const { seconds, rounds, concurrency, problems } = options;
  const platform = await startPlatform({ ...options, bus });
  try {
    assertEngines(bus, platform.engines);
    // Products: most with plenty of stock, five scarce ones that run out during the run.
    const listed = await fetchJson(`${platform.urls.catalog}/api/v1/products?limit=100&sort=price_asc`);
    if (listed.status !== 200) throw new Error(`product list: ${listed.status}`);
    const products = listed.body['data'] as Product[];
    const scarce = products.slice(0, 5);
    const plenty = products.slice(5);
    const inventoryDb = new pg.Client({ connectionString: platform.databases.inventory.url });
    await inventoryDb.connect();
    await inventoryDb.query('UPDATE inventory SET quantity = 1000000, reserved_quantity = 0');
    await inventoryDb.query('UPDATE inventory SET quantity = $1 WHERE sku = ANY($2)', [SCARCE_STOCK, scarce.map((p) => p.sku)]);
    await inventoryDb.end();

    const customers = await registerCustomers(platform.urls.user, Math.min(concurrency, 32));
    const client = orderClient(platform.urls.order);
    const checkout = checkoutOp(client.call, customers, plenty, scarce);
    process.stderr.write(
      `[${bus}] ${products.length} products, ${customers.length} customers, ${concurrency} concurrent, ${rounds} × ${seconds} s\n`,
    );

    // Warm-up: JIT, pools, caches, the scarce skus sold out; and an order of each customer to read back.
    const warmAnswers = new AnswerCounter(CHECKOUT_STATUSES);
    const warm = await drive(concurrency, 10, warmAnswers, checkout);
    problems.check(`[${bus}] warm-up checkouts`, warmAnswers);
    const orderOfCustomer = new Map<number, string>();
    for (const a of warm.attempts) if (a.status === 201 && a.orderId) orderOfCustomer.set(a.worker % customers.length, a.orderId);
    if (orderOfCustomer.size < customers.length) throw new Error(`[${bus}] some customers confirmed no order in the warm-up`);

    const baselineAnswers = new AnswerCounter([200]);
    const baseline = await drive(
      concurrency,
      seconds,
      baselineAnswers,
      baselineOp(client.call, customers, (c) => orderOfCustomer.get(c)!),
    );
    problems.require(`[${bus}] baseline GET /api/v1/orders/:id`, baselineAnswers);

    const withKafka = bus === 'kafka';
    const cpuBefore = cpuSnapshot(platform.pids, withKafka);
    const xactBefore = await transactionsByDatabase(options.adminUrl, platform.databases);
    const answers = new AnswerCounter(CHECKOUT_STATUSES);
    const measured = [];
    for (let i = 0; i < rounds; i++) measured.push(await drive(concurrency, seconds, answers, checkout));
    const cpuAfter = cpuSnapshot(platform.pids, withKafka);
    const xactAfter = await transactionsByDatabase(options.adminUrl, platform.databases);
    await client.close();
    problems.check(`[${bus}] measured checkouts`, answers);

    const attempts = measured.flatMap((m) => m.attempts);
    const elapsed = measured.reduce((sum, m) => sum + m.elapsed, 0);
    const confirmedPerRound = measured.map((m) => Math.round(m.attempts.filter((a) => a.status === 201).length / m.elapsed));
    const confirmedMs = attempts
      .filter((a) => a.status === 201)
      .map((a) => a.ms)
      .sort((a, b) => a - b);
    const allMs = attempts.map((a) => a.ms).sort((a, b) => a - b);
    const baselinePerSecond = Math.round(baseline.attempts.length / baseline.elapsed);
    const attemptsPerSecond = Math.round(attempts.length / elapsed);
    const invariants: Invariants = await checkInvariants(
      platform.databases,
      attempts,
      scarce.map((p) => p.sku),
    );
    if (!invariants.ok) problems.add(`[${bus}] invariants violated: ${JSON.stringify(invariants.violations)}`);

    return {
      bus,
      engines: platform.engines,
      customers: customers.length,
      baseline: {
        name: "GET /api/v1/orders/:id (a customer's own confirmed order, authenticated) on the order service",
        requestsPerSecond: baselinePerSecond,
        latencyMs: {
          p50: percentile(
            baseline.attempts.map((a) => a.ms).sort((a, b) => a - b),
            50,
          ),
        },
        answers: { byStatus: baselineAnswers.byStatus, unexpected: baselineAnswers.unexpected, errors: baselineAnswers.errors },
      },
      checkout: {
        attempts: attempts.length,
        attemptsPerSecond,
        confirmedOrdersPerSecond: median(confirmedPerRound),
        confirmedOrdersPerSecondByRun: confirmedPerRound,
        ofBaseline: Number((attemptsPerSecond / baselinePerSecond).toFixed(3)),
        byStatus: answers.byStatus,
        unexpected: answers.unexpected,
        errors: answers.errors,
        latencyMs: {
          p50: percentile(allMs, 50),
          p99: percentile(allMs, 99),
          confirmedP50: percentile(confirmedMs, 50),
          confirmedP99: percentile(confirmedMs, 99),
        },
      },
      cpuMsPerCheckout: cpuMsPer(cpuBefore, cpuAfter, attempts.length),
      transactionsPerCheckout: Object.fromEntries(
        Object.keys(xactAfter).map((n) => [n, Math.round(((xactAfter[n]! - xactBefore[n]!) / attempts.length) * 10) / 10]),
      ),
      scarce: { stockEach: SCARCE_STOCK, soldEach: invariants.scarceSold },
      orders: invariants.orders,
      invariants: { ok: invariants.ok, violations: invariants.violations },
    };
  } finally {
    await platform.stop();
  }
}
