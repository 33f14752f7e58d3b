/**
 * Checkout benchmark on real PostgreSQL: many customers checking out at once through the order
 * service's HTTP API, with catalog, inventory, payment and user each in its own process and its own
 * database. Reports orders per second and p50/p99 latency, with `GET /health` on the same order
 * service, same connections, as the baseline of the run; then checks the invariants in the databases:
 * no oversell, every paid order confirmed, every failed order released, one payment per order. The
 * measured load runs several times back to back (`--runs`); the headline is the median run, since
 * this shared machine's speed drifts by ±10% from one minute to the next.
 *
 *   eval "$(infra/engines/up.sh postgres)" && npm run bench:checkout [-- --seconds 20 --runs 3 --customers 64]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Pool } from 'undici';
import { requireEngine } from '@shop/config/engines';
import { SERVICE_CLIENT_IDS, randomSecret } from '@shop/config/secrets';
import { createTestDatabase } from '@shop/db/testing';
import { fetchJson } from '@shop/http/testing';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = option('seconds', 20);
const concurrency = option('customers', 64);
/** The measured load runs this many times back to back; the headline is the median run (a shared machine's speed drifts). */
const rounds = option('runs', 3);
const root = join(import.meta.dirname, '..', '..');
const SCARCE_STOCK = 20;
/** Each service's log (level warn) goes to a file here, printed at the start. */
const logDir = mkdtempSync(join(tmpdir(), 'bench-checkout-logs-'));
process.stderr.write(`service logs in ${logDir}\n`);

interface Product {
  id: string;
  sku: string;
  price: number;
}

interface Service {
  child: ChildProcess;
  url: string;
}

function startService(name: string, env: Record<string, string>): Promise<Service> {
  // BENCH_CPU_PROF=order,inventory writes V8 CPU profiles of those services next to their logs.
  const profile = (process.env['BENCH_CPU_PROF'] ?? '').split(',').includes(name) ? ['--cpu-prof', `--cpu-prof-dir=${logDir}`] : [];
  const child = spawn(
    process.execPath,
    [...profile, '--conditions=source', '--import', 'tsx', join(import.meta.dirname, 'service.ts'), name],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const log = createWriteStream(join(logDir, `${name}.log`));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      log.write(d);
      out += d.toString();
      const match = /READY (\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
}

/** Committed transactions so far in each service's database (a statement outside a transaction counts as one). */
async function transactionsByDatabase(): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string; n: string }>(
      'SELECT datname, xact_commit + xact_rollback AS n FROM pg_stat_database',
    );
    const byName = new Map(rows.map((r) => [r.datname, Number(r.n)]));
    return Object.fromEntries(names.map((n) => [n, byName.get(new URL(databases[n].url).pathname.slice(1)) ?? 0]));
  } finally {
    await client.end();
  }
}

/** CPU seconds (user + system) used so far by a process, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return 0; // the process has exited
  }
}

/** CPU seconds of every PostgreSQL server process on this machine. */
function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').startsWith('postgres')) total += cpuSeconds(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

function cpuSnapshot(named: Record<string, Service>): Record<string, number> {
  return {
    ...Object.fromEntries(Object.entries(named).map(([name, s]) => [name, cpuSeconds(s.child.pid!)])),
    postgres: postgresCpuSeconds(),
    'load generator': cpuSeconds(process.pid),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
}

/** `concurrency` loops calling `op` until the time is up; latency of every call in ms. */
async function load<T>(op: (worker: number) => Promise<T>, forSeconds: number) {
  const until = Date.now() + forSeconds * 1000;
  const results: { ms: number; value: T }[] = [];
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (Date.now() < until) {
        const t = performance.now();
        const value = await op(worker);
        results.push({ ms: performance.now() - t, value });
      }
    }),
  );
  return { results, elapsed: (Date.now() - started) / 1000 };
}

const adminUrl = requireEngine('DATABASE_URL');
const names = ['user', 'inventory', 'payment', 'order'] as const;
const databases = Object.fromEntries(
  await Promise.all(names.map(async (n) => [n, await createTestDatabase(adminUrl, `bench_checkout_${n}`)] as const)),
) as Record<(typeof names)[number], { url: string; drop(): Promise<void> }>;
const services: Service[] = [];
const secrets = Object.fromEntries(SERVICE_CLIENT_IDS.map((id) => [id, randomSecret()]));
const common = {
  SERVICE_CLIENTS: Object.entries(secrets)
    .map(([id, secret]) => `${id}:${secret}`)
    .join(','),
  LOG_LEVEL: 'warn',
  RATE_LIMIT_MAX: '0',
  PORT: '0',
  KAFKA_BROKERS: '',
};
const own = (name: string) => ({
  ...common,
  DATA_DIR: mkdtempSync(join(tmpdir(), `bench-checkout-${name}-`)),
  SERVICE_CLIENT_SECRET: secrets[name] ?? '',
});

let report: Record<string, unknown>;
try {
  const user = await startService('user', { ...own('user'), USER_DATABASE_URL: databases.user.url });
  services.push(user);
  const withUser = { USER_SERVICE_URL: user.url, JWKS_URL: `${user.url}/.well-known/jwks.json` };
  const [catalog, inventory, payment] = await Promise.all([
    startService('catalog', { ...own('catalog'), ...withUser, CATALOG_DEMO_DATA: 'true' }),
    startService('inventory', {
      ...own('inventory'),
      ...withUser,
      INVENTORY_DATABASE_URL: databases.inventory.url,
      INVENTORY_DEMO_DATA: 'true',
    }),
    startService('payment', { ...own('payment'), ...withUser, PAYMENT_DATABASE_URL: databases.payment.url }),
  ]);
  services.push(catalog!, inventory!, payment!);
  const order = await startService('order', {
    ...own('order'),
    ...withUser,
    ORDER_DATABASE_URL: databases.order.url,
    CATALOG_SERVICE_URL: catalog!.url,
    INVENTORY_SERVICE_URL: inventory!.url,
    PAYMENT_SERVICE_URL: payment!.url,
    CART_SERVICE_URL: 'http://127.0.0.1:9',
  });
  services.push(order);

  // Products: most with plenty of stock, five scarce ones that run out during the run.
  const listed = await fetchJson(`${catalog!.url}/api/v1/products?limit=100&sort=price_asc`);
  const products = listed.body['data'] as Product[];
  const scarce = products.slice(0, 5);
  const plenty = products.slice(5);
  const inventoryDb = new pg.Client({ connectionString: databases.inventory.url });
  await inventoryDb.connect();
  await inventoryDb.query('UPDATE inventory SET quantity = 1000000, reserved_quantity = 0');
  await inventoryDb.query('UPDATE inventory SET quantity = $1 WHERE sku = ANY($2)', [SCARCE_STOCK, scarce.map((p) => p.sku)]);

  const customers = await Promise.all(
    Array.from({ length: Math.min(concurrency, 32) }, async (_, i) => {
      const registered = await fetchJson(`${user.url}/api/v1/auth/register`, {
        method: 'POST',
        body: {
          email: `bench-${i}-${randomUUID().slice(0, 8)}@example.com`,
          password: 'bench-password',
          firstName: 'Bench',
          lastName: `C${i}`,
        },
      });
      if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
      return registered.body['accessToken'] as string;
    }),
  );

  const address = { firstName: 'Bench', lastName: 'Customer', line1: '1 Load St', city: 'Springfield', postalCode: '12345', country: 'US' };
  const expYear = new Date().getFullYear() + 2;
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  // The customers' side costs as little as it can, so the machine's time goes to the platform: bare
  // undici on keep-alive connections (no fetch, no tracing, no retries: a 5xx is counted as such).
  const orderApi = new Pool(order.url);
  const call = async (method: 'GET' | 'POST', path: string, headers: Record<string, string> = {}, body?: unknown) => {
    const response = await orderApi.request({
      method,
      path,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await response.body.text();
    return { status: response.statusCode, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
  };
  let n = 0;
  let firstServerError = '';
  const checkout = async (worker: number) => {
    n++;
    // 90% good cards, 5% declined, 5% a processing error the saga retries through.
    const roll = n % 20;
    const cardNumber = roll === 0 ? '4000000000000002' : roll === 1 ? '4000000000000119' : '4242424242424242';
    const lines = [pick(plenty), ...(n % 2 ? [pick(plenty)] : []), ...(n % 10 === 3 ? [pick(scarce)] : [])];
    const items = [...new Map(lines.map((p) => [p.id, { productId: p.id, quantity: 1 }])).values()];
    const result = await call(
      'POST',
      '/api/v1/orders',
      { authorization: `Bearer ${customers[worker % customers.length]}`, 'idempotency-key': randomUUID() },
      { items, shippingAddress: address, paymentMethod: { type: 'card', cardNumber, expMonth: 12, expYear, cvc: '123' } },
    );
    if (result.status >= 500 && !firstServerError) {
      firstServerError = JSON.stringify(result.body);
      process.stderr.write(`first server error: ${firstServerError}\n`);
    }
    return { status: result.status, orderId: (result.body['id'] ?? result.body['orderId']) as string | undefined, cardNumber };
  };

  process.stderr.write(
    `${products.length} products, ${customers.length} customers, ${concurrency} concurrent checkouts, ${rounds} × ${seconds} s\n`,
  );
  await load(checkout, 10); // warm-up: JIT, pools, caches, and the scarce skus sold out before measuring
  const health = await load(() => call('GET', '/health').then((r) => r.status), seconds);
  const named = { user, catalog: catalog!, inventory: inventory!, payment: payment!, order };
  const cpuBefore = cpuSnapshot(named);
  const xactBefore = await transactionsByDatabase();
  const measured = [];
  for (let i = 0; i < rounds; i++) measured.push(await load(checkout, seconds));
  const run = { results: measured.flatMap((m) => m.results), elapsed: measured.reduce((sum, m) => sum + m.elapsed, 0) };
  const confirmedPerRound = measured.map((m) => Math.round(m.results.filter((r) => r.value.status === 201).length / m.elapsed));
  const medianConfirmed = [...confirmedPerRound].sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
  const cpuAfter = cpuSnapshot(named);
  const xactAfter = await transactionsByDatabase();
  await orderApi.close();

  const byStatus: Record<number, number> = {};
  for (const r of run.results) byStatus[r.value.status] = (byStatus[r.value.status] ?? 0) + 1;
  const confirmedMs = run.results
    .filter((r) => r.value.status === 201)
    .map((r) => r.ms)
    .sort((a, b) => a - b);
  const allMs = run.results.map((r) => r.ms).sort((a, b) => a - b);
  const healthPerSecond = Math.round(health.results.length / health.elapsed);
  const ordersPerSecond = medianConfirmed;
  const attemptsPerSecond = Math.round(run.results.length / run.elapsed);

  // Where the machine's time went: CPU milliseconds per answered checkout, by process.
  const cpuMsPerCheckout = Object.fromEntries(
    Object.keys(cpuAfter).map((k) => [k, Math.round(((cpuAfter[k]! - cpuBefore[k]!) * 1000 * 10) / run.results.length) / 10]),
  );

  const transactionsPerCheckout = Object.fromEntries(
    names.map((n) => [n, Math.round(((xactAfter[n]! - xactBefore[n]!) / run.results.length) * 10) / 10]),
  );

  // Invariants, read from the services' own databases.
  const orderDb = new pg.Client({ connectionString: databases.order.url });
  const paymentDb = new pg.Client({ connectionString: databases.payment.url });
  await Promise.all([orderDb.connect(), paymentDb.connect()]);
  const orders = (await orderDb.query<{ id: string; status: string; total_cents: string }>('SELECT id, status, total_cents FROM orders'))
    .rows;
  const items = (
    await orderDb.query<{ sku: string; quantity: number }>(
      "SELECT i.sku, sum(i.quantity)::int AS quantity FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.status = 'confirmed' GROUP BY i.sku",
    )
  ).rows;
  const payments = (
    await paymentDb.query<{ order_id: string; status: string; amount_cents: string }>('SELECT order_id, status, amount_cents FROM payments')
  ).rows;
  const stock = (
    await inventoryDb.query<{ sku: string; quantity: number; reserved_quantity: number }>(
      'SELECT sku, quantity, reserved_quantity FROM inventory',
    )
  ).rows;
  const holding = (
    await inventoryDb.query<{ order_id: string }>("SELECT DISTINCT order_id FROM reservations WHERE status IN ('active', 'confirmed')")
  ).rows.map((r) => r.order_id);
  await Promise.all([orderDb.end(), paymentDb.end(), inventoryDb.end()]);

  const status = new Map(orders.map((o) => [o.id, o]));
  const paid = new Map<string, typeof payments>();
  for (const p of payments.filter((p) => p.status === 'succeeded')) paid.set(p.order_id, [...(paid.get(p.order_id) ?? []), p]);
  const orderedPerSku = new Map(items.map((i) => [i.sku, i.quantity]));
  const holdingSet = new Set(holding);
  const violations = {
    pendingOrders: orders.filter((o) => o.status === 'pending').length,
    confirmedAnswerNotConfirmed: run.results.filter((r) => r.value.status === 201 && status.get(r.value.orderId!)?.status !== 'confirmed')
      .length,
    paidButNotConfirmed: [...paid.keys()].filter((id) => status.get(id)?.status !== 'confirmed').length,
    confirmedWithoutOnePayment: orders.filter((o) => o.status === 'confirmed' && paid.get(o.id)?.length !== 1).length,
    paymentAmountDiffers: orders.filter((o) => o.status === 'confirmed' && paid.get(o.id)?.[0]?.amount_cents !== o.total_cents).length,
    moreThanOnePaymentPerOrder: [...paid.values()].filter((ps) => ps.length > 1).length,
    failedOrderStillHoldsStock: orders.filter((o) => o.status === 'cancelled' && holdingSet.has(o.id)).length,
    reservedDiffersFromConfirmedOrders: stock.filter((s) => s.reserved_quantity !== (orderedPerSku.get(s.sku) ?? 0)).length,
    oversold: stock.filter((s) => s.reserved_quantity > s.quantity).length,
  };
  const scarceSold = scarce.map((p) => orderedPerSku.get(p.sku) ?? 0);
  const ok = confirmedMs.length > 0 && Object.values(violations).every((v) => v === 0);

  report = {
    benchmark: 'checkout',
    at: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    seconds,
    runs: rounds,
    concurrency,
    customers: customers.length,
    baseline: { name: 'GET /health on the order service', requestsPerSecond: healthPerSecond },
    checkout: {
      attempts: run.results.length,
      attemptsPerSecond,
      confirmedOrdersPerSecond: ordersPerSecond,
      confirmedOrdersPerSecondByRun: confirmedPerRound,
      ofBaseline: Number((attemptsPerSecond / healthPerSecond).toFixed(3)),
      byStatus,
      latencyMs: {
        p50: percentile(allMs, 50),
        p99: percentile(allMs, 99),
        confirmedP50: percentile(confirmedMs, 50),
        confirmedP99: percentile(confirmedMs, 99),
      },
    },
    cpuMsPerCheckout,
    transactionsPerCheckout,
    scarce: { stockEach: SCARCE_STOCK, soldEach: scarceSold },
    orders: {
      total: orders.length,
      confirmed: orders.filter((o) => o.status === 'confirmed').length,
      cancelled: orders.filter((o) => o.status === 'cancelled').length,
    },
    invariants: { ok, violations },
  };
} finally {
  for (const s of services.reverse()) {
    s.child.kill('SIGTERM');
    await new Promise((r) => s.child.once('exit', r));
  }
  for (const d of Object.values(databases)) await d.drop().catch(() => undefined);
}

const r = report as {
  at: string;
  cpus: number;
  baseline: { requestsPerSecond: number };
  checkout: {
    attemptsPerSecond: number;
    confirmedOrdersPerSecond: number;
    confirmedOrdersPerSecondByRun: number[];
    ofBaseline: number;
    byStatus: Record<string, number>;
    latencyMs: Record<string, number>;
  };
  scarce: { soldEach: number[] };
  cpuMsPerCheckout: Record<string, number>;
  transactionsPerCheckout: Record<string, number>;
  orders: { total: number; confirmed: number; cancelled: number };
  invariants: { ok: boolean; violations: Record<string, number> };
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', `checkout-${r.at.replace(/[:.]/g, '-')}.json`), `${JSON.stringify(report, null, 2)}\n`);
const lines = [
  `# Checkout benchmark (${r.at})`,
  '',
  `Node ${process.version}, ${r.cpus} CPUs, PostgreSQL 15. ${concurrency} concurrent checkouts, ${rounds} runs of ${seconds} s back to back, through the order service's HTTP API; catalog, inventory, payment, user and order each in its own process (and database). Mix: 90% good cards, 5% declined, 5% a processing error retried; 10% of orders include one of five skus stocked at ${SCARCE_STOCK}.`,
  '',
  '| measure | value |',
  '|---|---:|',
  `| baseline: GET /health on the order service | ${r.baseline.requestsPerSecond} req/s |`,
  `| checkouts answered | ${r.checkout.attemptsPerSecond} /s (${r.checkout.ofBaseline} of the baseline) |`,
  `| confirmed orders, median run | **${r.checkout.confirmedOrdersPerSecond} /s** (target ≥ 200; runs: ${r.checkout.confirmedOrdersPerSecondByRun.join(', ')}) |`,
  `| latency, all answers | p50 ${r.checkout.latencyMs['p50']} ms, p99 ${r.checkout.latencyMs['p99']} ms |`,
  `| latency, confirmed orders | p50 ${r.checkout.latencyMs['confirmedP50']} ms, p99 ${r.checkout.latencyMs['confirmedP99']} ms |`,
  `| answers by status | ${Object.entries(r.checkout.byStatus)
    .map(([s, c]) => `${s}: ${c}`)
    .join(', ')} |`,
  `| orders in the database | ${r.orders.total} (${r.orders.confirmed} confirmed, ${r.orders.cancelled} cancelled) |`,
  `| scarce skus sold (stock ${SCARCE_STOCK} each) | ${r.scarce.soldEach.join(', ')} |`,
  `| PostgreSQL transactions per checkout, by database | ${Object.entries(r.transactionsPerCheckout)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')} |`,
  `| CPU ms per checkout, by process | ${Object.entries(r.cpuMsPerCheckout)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')} (total ${Math.round(Object.values(r.cpuMsPerCheckout).reduce((a, b) => a + b, 0) * 10) / 10}) |`,
  '',
  `Invariants: **${r.invariants.ok ? 'all hold' : 'VIOLATED'}** — ${Object.entries(r.invariants.violations)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}.`,
  '',
];
writeFileSync(join(root, 'bench', 'results', 'checkout-latest.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
if (!r.invariants.ok) process.exitCode = 1;
