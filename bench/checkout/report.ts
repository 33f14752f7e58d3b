import { enginesLine } from '../lib/engines.js';
import { problemsLine } from '../lib/results.js';
import type { SessionResult } from './session.js';

const BUS_TITLE = { kafka: 'outbox relayed to Kafka', embedded: 'embedded bus (no broker)' } as const;

const join = (record: Record<string, number | string>) =>
  Object.entries(record)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

/** bench/results/checkout-latest.md: one column per bus, side by side. */
export function checkoutMarkdown(meta: {
  at: string;
  cpus: number;
  concurrency: number;
  rounds: number;
  seconds: number;
  sessions: SessionResult[];
  problems: string[];
}): string[] {
  const { sessions } = meta;
  const row = (label: string, cell: (s: SessionResult) => string) => `| ${label} | ${sessions.map(cell).join(' | ')} |`;
  const cpuTotal = (s: SessionResult) => Math.round(Object.values(s.cpuMsPerCheckout).reduce((a, b) => a + b, 0) * 10) / 10;
  return [
    `# Checkout benchmark (${meta.at})`,
    '',
    `Node ${process.version}, ${meta.cpus} CPUs. ${meta.concurrency} concurrent checkouts, ${meta.rounds} runs of ${meta.seconds} s back to back per bus, ` +
      "through the order service's HTTP API; catalog, inventory, payment, user and order each in its own process. " +
      'Mix: 90% good cards, 5% declined (402), 5% a processing error retried; 10% of orders include one of five skus stocked at ' +
      `${sessions[0]?.scarce.stockEach ?? 0} (409 once sold out). Any other answer, or none, fails the run.`,
    '',
    ...sessions.map(
      (s) => `Engines with ${BUS_TITLE[s.bus]}, as the services report them (\`GET /health/ready\`): ${enginesLine(s.engines)}.`,
    ),
    '',
    `| measure | ${sessions.map((s) => BUS_TITLE[s.bus]).join(' | ')} |`,
    `|---|${sessions.map(() => '---:').join('|')}|`,
    row('baseline: GET /api/v1/orders/:id (own order, authenticated), same connections', (s) => `${s.baseline.requestsPerSecond} req/s`),
    row('checkouts answered', (s) => `${s.checkout.attemptsPerSecond} /s (${s.checkout.ofBaseline} of the baseline)`),
    row(
      'confirmed orders, median run',
      (s) => `**${s.checkout.confirmedOrdersPerSecond} /s** (runs: ${s.checkout.confirmedOrdersPerSecondByRun.join(', ')})`,
    ),
    row('latency, all answers', (s) => `p50 ${s.checkout.latencyMs.p50} ms, p99 ${s.checkout.latencyMs.p99} ms`),
    row('latency, confirmed orders', (s) => `p50 ${s.checkout.latencyMs.confirmedP50} ms, p99 ${s.checkout.latencyMs.confirmedP99} ms`),
    row(
      'answers by status',
      (s) =>
        join(s.checkout.byStatus) +
        (s.checkout.unexpected || s.checkout.errors ? ` (**${s.checkout.unexpected} unexpected, ${s.checkout.errors} errors**)` : ''),
    ),
    row('orders in the database', (s) => `${s.orders.total} (${s.orders.confirmed} confirmed, ${s.orders.cancelled} cancelled)`),
    row('scarce skus sold', (s) => s.scarce.soldEach.join(', ')),
    row('PostgreSQL transactions per checkout, by database', (s) => join(s.transactionsPerCheckout)),
    row('CPU ms per checkout, by process', (s) => `${join(s.cpuMsPerCheckout)} (total ${cpuTotal(s)})`),
    row('invariants', (s) => (s.invariants.ok ? 'all hold' : `**VIOLATED**: ${join(s.invariants.violations)}`)),
    '',
    `Invariants checked: ${Object.keys(sessions[0]?.invariants.violations ?? {}).join(', ')}.`,
    '',
    problemsLine(meta.problems),
    '',
  ];
}
