import type { FastifyInstance } from 'fastify';

/**
 * A named readiness check resolves when the dependency answers and throws when it does not. It may
 * resolve to `{ engine }` to name what it reached; any other value (a driver's 'PONG') names nothing.
 */
export type ReadinessChecks = Record<string, () => Promise<unknown>>;

/** What a readiness check resolves to when it names the engine it reached, e.g. `PostgreSQL 15.18`. */
export interface EngineReached {
  engine: string;
}

/** A dependency that answers a ping and can say which engine (and version) it is. */
export interface DescribesEngine {
  ping(): Promise<unknown>;
  engine(): Promise<string>;
}

/**
 * The readiness check of a dependency: pings it every time, and names its engine, asked once (a
 * version does not change under a running process, and asking costs a round trip or more).
 */
export function engineCheck(target: DescribesEngine): () => Promise<EngineReached> {
  let engine: string | undefined;
  return async () => {
    await target.ping();
    engine ??= await target.engine();
    return { engine };
  };
}

const CHECK_TIMEOUT_MS = 2_000;

function engineOf(value: unknown): string | undefined {
  const engine = typeof value === 'object' && value !== null ? (value as Partial<EngineReached>).engine : undefined;
  return typeof engine === 'string' ? engine : undefined;
}

async function runCheck(check: () => Promise<unknown>): Promise<{ state: string; engine?: string | undefined }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const value = await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { state: 'ok', engine: engineOf(value) };
  } catch (error) {
    return { state: `down: ${(error as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}

export function registerHealth(app: FastifyInstance, checks: ReadinessChecks): void {
  const noLimit = { rateLimit: false };
  app.get('/health/live', { schema: { hide: true }, config: noLimit }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { schema: { hide: true }, config: noLimit }, async (_request, reply) => {
    const names = Object.keys(checks);
    const results = await Promise.all(names.map((name) => runCheck(checks[name]!)));
    const report = Object.fromEntries(names.map((name, i) => [name, results[i]!.state]));
    const named = names.flatMap((name, i) => (results[i]!.engine === undefined ? [] : [[name, results[i]!.engine] as const]));
    const ready = results.every((r) => r.state === 'ok');
    return reply
      .code(ready ? 200 : 503)
      .send({ status: ready ? 'ok' : 'unavailable', checks: report, ...(named.length > 0 ? { engines: Object.fromEntries(named) } : {}) });
  });
}
