/**
 * `npm run test:fuzz`: Schemathesis (pinned, installed by install.sh) against the OpenAPI document
 * of every service, with every check, once per caller: anonymous, a customer, the admin and a
 * service token. The platform runs in this process (infra/runner's `startPlatform`) on free ports
 * and a throw-away data folder: on the embedded engines, or on the real ones when the contract's
 * engine variables (DATABASE_URL, KAFKA_BROKERS, REDIS_URL, OPENSEARCH_URL, CATALOG_MONGODB_URL,
 * SMTP_URL) are set, passed through as they are.
 *
 * Fails on any 5xx, any response its own documented schema rejects, any other failed check, and a
 * service that got fewer than FUZZ_MIN_REQUESTS (1000) requests over its four runs. Ends with a
 * table per service; every run's reports (JSON summary, HAR of each request, JUnit, the CLI's
 * output with a curl line per failure) stay in the report folder it names.
 *
 *   npm run test:fuzz [-- --service catalog,cart] [--role admin]
 *   FUZZ_SEED (default fixed), FUZZ_REPORT_DIR, FUZZ_LOG_LEVEL (the services', default silent)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ephemeralPorts } from '@shop/runner/env';
import { startPlatform } from '@shop/runner/main';
import { addUp, readRun, renderTable, type RunResult, type ServiceResult } from './summary.js';
import { ROLES, tokenMinter, type Role, type Tokens } from './tokens.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SERVICES = ['catalog', 'inventory', 'cart', 'order', 'payment', 'user', 'notification'] as const;

const args = process.argv.slice(2);
function pick<T extends string>(all: readonly T[], name: string): T[] {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return [...all];
  return (args[i + 1] ?? '').split(',').map((value) => {
    if (!all.includes(value as T)) throw new Error(`--${name} ${value}: expected some of ${all.join(', ')}`);
    return value as T;
  });
}
const services = pick(SERVICES, 'service');
const roles = pick(ROLES, 'role');

/**
 * Fixed, so a run reproduces: the same seed generates the same cases. Answers (and so the stateful
 * phase's next requests, which follow ids from them) can still differ a little between runs, since
 * two runs go side by side on one platform and one may change what the other reads.
 */
const seed = process.env['FUZZ_SEED'] ?? '20261204';
const minRequests = Number(process.env['FUZZ_MIN_REQUESTS'] ?? 1000);
/**
 * `--max-examples`: cases per operation in the fuzzing phase (and the stateful phase's budget), on
 * top of the coverage phase's (deterministic, a few dozen per operation). A service with few
 * operations gets more each, so that every service passes the floor over its four runs; the whole
 * run stays under 10 minutes on 2 cores.
 */
const CASES_PER_SERVICE_AND_ROLE = 150;
const maxExamplesFor = (operations: number) => Math.min(50, Math.max(10, Math.ceil(CASES_PER_SERVICE_AND_ROLE / operations)));
/**
 * Two schemathesis processes side by side: generating the requests (Python) costs far more than
 * answering them (the services spent 30 s of a 230 s run), so two keep both cores busy.
 */
const PARALLEL = 2;

const reportRoot = resolve(process.env['FUZZ_REPORT_DIR'] ?? mkdtempSync(join(tmpdir(), 'fuzz-report-')));
const admin = { email: process.env['ADMIN_EMAIL'] ?? 'admin@shop.local', password: process.env['ADMIN_PASSWORD'] ?? 'fuzz-admin-password' };

const st = execFileSync('bash', [join(HERE, 'install.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

const dataDir = mkdtempSync(join(tmpdir(), 'fuzz-data-'));
const startedAt = Date.now();
const platform = await startPlatform({
  ...process.env,
  ...ephemeralPorts(),
  DATA_DIR: dataDir,
  LOG_LEVEL: process.env['FUZZ_LOG_LEVEL'] ?? 'silent',
  ADMIN_EMAIL: admin.email,
  ADMIN_PASSWORD: admin.password,
  // One address sends thousands of requests a minute: the limiter would answer 429 to most.
  RATE_LIMIT_MAX: '0',
});
const log = (line: string) => process.stderr.write(`[fuzz] ${line}\n`);
const mintTokens = await tokenMinter(platform.services['user']!, admin, dataDir);

/**
 * The phases each caller runs. Coverage (every boundary and every kind of wrong value of every
 * parameter, deterministic) costs the most to generate and answers the same for most callers,
 * since validation runs before the role guards: it runs as the admin, who passes every guard, and
 * as nobody, who reaches the public routes. Everyone gets the random fuzzing phase; the callers
 * with an account also get the stateful one (sequences following ids from one answer to the next).
 */
const PHASES: Record<Role, string> = {
  admin: 'examples,coverage,fuzzing,stateful',
  anonymous: 'examples,coverage,fuzzing',
  customer: 'examples,fuzzing,stateful',
  service: 'examples,fuzzing,stateful',
};

/** One schemathesis run of one service as one caller; its reports go to `dir`. */
function schemathesis(base: string, dir: string, role: Role, token: string | undefined, maxExamples: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const argv = [
    ...['--config-file', join(HERE, 'schemathesis.toml')],
    ...['run', `${base}/openapi.json`, '--url', base],
    // Every check; the rules no JSON Schema can state are allowed per operation in schemathesis.toml.
    ...['--checks', 'all'],
    ...['--phases', PHASES[role], '--max-examples', String(maxExamples), '--seed', seed],
    // One worker: with more, Python 3.11's `ast.parse` (Hypothesis describing its strategies) can
    // fail with "AST constructor recursion depth mismatch" across threads. Parallel runs instead.
    ...['--workers', '1'],
    ...['--request-timeout', '10'],
    // Keep looking after a failure, so the counts are of the whole run; no shrinking (time).
    '--continue-on-failure',
    '--no-shrink',
    // No example database: a run must not depend on what an earlier run found.
    ...['--generation-database', 'none'],
    ...['--report', 'json,har,junit', '--report-dir', dir],
    ...['--no-color', '--warnings', 'off'],
    ...(token ? ['--header', `Authorization: Bearer ${token}`] : []),
  ];
  return new Promise((done, fail) => {
    // In the report folder: whatever schemathesis writes beside itself stays out of the checkout.
    const child = spawn(st, argv, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', fail);
    child.on('close', () => {
      writeFileSync(join(dir, 'output.txt'), Buffer.concat(output));
      done();
    });
  });
}

async function operationsOf(base: string): Promise<number> {
  const document = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, object> };
  return Object.values(document.paths).reduce((n, operations) => n + Object.keys(operations).length, 0);
}

const maxExamples = new Map<string, number>();

/** Tokens minted one set at a time (each set rotates the refresh tokens of the last). */
let minting: Promise<unknown> = Promise.resolve();
function freshTokens(): Promise<Tokens> {
  const next = minting.then(() => mintTokens());
  minting = next.catch(() => undefined);
  return next;
}

/** One service as one caller, with tokens minted just before (access tokens live 15 minutes). */
async function fuzz(service: string, role: Role): Promise<RunResult> {
  const tokens = await freshTokens();
  const base = platform.services[service];
  if (!base) throw new Error(`the platform has no ${service} service`);
  if (!maxExamples.has(service)) maxExamples.set(service, maxExamplesFor(await operationsOf(base)));
  const dir = join(reportRoot, service, role);
  const began = Date.now();
  await schemathesis(base, dir, role, tokens[role], maxExamples.get(service)!);
  const run = readRun(dir);
  log(
    `${service} as ${role}: ${run.requests} requests, ${run.serverErrors} 5xx, ${run.schemaViolations} schema violations, ${run.otherFailures} other (${Math.round((Date.now() - began) / 1000)} s)`,
  );
  return run;
}

/** Runs every (service, role) pair of the batch, PARALLEL at a time. */
async function fuzzAll(batch: readonly string[]): Promise<Map<string, RunResult[]>> {
  const queue = batch.flatMap((service) => roles.map((role) => ({ service, role })));
  const runs = new Map<string, RunResult[]>(batch.map((service) => [service, []]));
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) runs.get(next.service)!.push(await fuzz(next.service, next.role));
    }),
  );
  return runs;
}

/**
 * The user service goes last, after the others have finished: fuzzed as the admin, it may
 * deactivate or demote the admin (the stateful phase follows the profile's id into
 * PATCH /users/{id}), which would turn every admin run after it into 401s.
 */
async function fuzzServices(): Promise<ServiceResult[]> {
  try {
    const first = await fuzzAll(services.filter((service) => service !== 'user'));
    const last = services.includes('user') ? await fuzzAll(['user']) : new Map<string, RunResult[]>();
    return services.map((service) => addUp(service, first.get(service) ?? last.get(service) ?? []));
  } finally {
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
const results = await fuzzServices();

const problems: string[] = [];
for (const result of results) {
  if (result.requests < minRequests && roles.length === ROLES.length)
    problems.push(`${result.service}: only ${result.requests} requests (at least ${minRequests} expected)`);
  for (const finding of result.findings) problems.push(`${result.service}: ${finding}`);
}
const engines = Object.keys(process.env).some((name) =>
  /(^|_)DATABASE_URL$|^(KAFKA_BROKERS|REDIS_URL|OPENSEARCH_URL|CATALOG_MONGODB_URL)$/.test(name),
);
process.stdout.write(
  `\nSchemathesis over ${results.length} services as ${roles.join(', ')}, seed ${seed}, ${engines ? 'real engines' : 'embedded engines'}, ${Math.round((Date.now() - startedAt) / 1000)} s\n\n`,
);
process.stdout.write(`${renderTable(results)}\n\n`);
if (problems.length > 0) process.stdout.write(`Findings:\n${problems.map((p) => `  - ${p}`).join('\n')}\n\n`);
process.stdout.write(`Reports (JSON, HAR, JUnit, output with curl lines): ${reportRoot}\n`);
process.exitCode = problems.length > 0 || results.some((r) => r.serverErrors + r.schemaViolations + r.otherFailures > 0) ? 1 : 0;
