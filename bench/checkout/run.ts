/**
 * Checkout benchmark on real PostgreSQL: many customers checking out at once through the order
 * service's HTTP API, with catalog, inventory, payment and user each in its own process and its own
 * database. For each bus (`--bus kafka|embedded|both`, default both) a full set of runs on a fresh
 * platform: with the outbox relaying to a real Kafka broker as a shop runs it, and on the embedded
 * bus (no broker) for comparison. Each set reports orders per second and p50/p99 latency beside a
 * baseline on the same order service and connections (`GET /api/v1/orders/:id` of a customer's own
 * order), the engines the services say they reached, and the invariants read from the databases.
 * The measured load runs several times back to back (`--runs`); the headline is the median run.
 *
 * Exits non-zero when a baseline or a checkout answers anything the mix does not expect (see
 * CHECKOUT_STATUSES), when a request gets no answer, or when an invariant does not hold.
 *
 *   eval "$(infra/engines/up.sh postgres kafka)" && npm run bench:checkout [-- --bus both --seconds 20 --runs 3 --customers 64]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireEngine } from '@shop/config/engines';
import { Problems } from '../lib/answers.js';
import { reportHeader, writeResults } from '../lib/results.js';
import type { Bus } from './platform.js';
import { checkoutMarkdown } from './report.js';
import { runSession, type SessionResult } from './session.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const seconds = Number(option('seconds', '20'));
const concurrency = Number(option('customers', '64'));
/** The measured load runs this many times back to back; the headline is the median run (a shared machine's speed drifts). */
const rounds = Number(option('runs', '3'));
const busOption = option('bus', 'both');
const BUSES: Record<string, Bus[]> = { both: ['kafka', 'embedded'], kafka: ['kafka'], embedded: ['embedded'] };
const buses = BUSES[busOption];
if (!buses) throw new Error(`--bus ${busOption}: expected kafka, embedded or both`);

/** Each service's log (level warn) goes to a file here, printed at the start. */
const logDir = mkdtempSync(join(tmpdir(), 'bench-checkout-logs-'));
process.stderr.write(`service logs in ${logDir}\n`);

const problems = new Problems();
const sessions: SessionResult[] = [];
const common = {
  adminUrl: requireEngine('DATABASE_URL'),
  ...(buses.includes('kafka') ? { kafkaBrokers: requireEngine('KAFKA_BROKERS') } : {}),
  logDir,
  // BENCH_CPU_PROF=order,inventory writes V8 CPU profiles of those services next to their logs.
  profile: (process.env['BENCH_CPU_PROF'] ?? '').split(','),
  seconds,
  rounds,
  concurrency,
  problems,
};
for (const bus of buses) sessions.push(await runSession(bus, common));

const report = {
  ...reportHeader('checkout'),
  seconds,
  runs: rounds,
  concurrency,
  buses: Object.fromEntries(sessions.map((s) => [s.bus, s])),
  problems: problems.list,
  ok: problems.list.length === 0,
};
writeResults(
  'checkout',
  report,
  checkoutMarkdown({ at: report.at, cpus: report.cpus, concurrency, rounds, seconds, sessions, problems: problems.list }),
);
problems.exitIfAny();
