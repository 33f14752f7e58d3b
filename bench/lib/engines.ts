/** Check name → the engine and version the service says it reached, e.g. `{ database: 'PostgreSQL 15.18' }`. */
export type Engines = Record<string, string>;

interface Readiness {
  status?: string;
  checks?: Record<string, string>;
  engines?: Engines;
}

/** The engines of a readiness answer; fails unless it is ready and names an engine for every check. */
function namedEngines(where: string, httpStatus: number, body: Readiness): Engines {
  if (httpStatus !== 200 || body.status !== 'ok') throw new Error(`${where} is not ready (${httpStatus}): ${JSON.stringify(body)}`);
  const unnamed = Object.keys(body.checks ?? {}).filter((check) => !body.engines?.[check]);
  if (unnamed.length > 0) throw new Error(`${where} names no engine for ${unnamed.join(', ')}: ${JSON.stringify(body)}`);
  return body.engines ?? {};
}

/**
 * The engines a running service reached, asked from it (`GET /health/ready`, whose checks ask
 * the engines themselves). Fails unless the service is ready and names an engine for every check:
 * a report must not name an engine nobody checked.
 */
export async function enginesOf(serviceUrl: string): Promise<Engines> {
  const response = await fetch(new URL('/health/ready', serviceUrl));
  return namedEngines(serviceUrl, response.status, (await response.json().catch(() => ({}))) as Readiness);
}

/**
 * The engines of every service behind a gateway, from `GET /health` on its internal port
 * (GATEWAY_INTERNAL_PORT), which carries each service's readiness; the public `/health` says only
 * up or down.
 */
export async function enginesViaGateway(gatewayInternalUrl: string): Promise<Record<string, Engines>> {
  const response = await fetch(new URL('/health', gatewayInternalUrl));
  const body = (await response.json().catch(() => ({}))) as { status?: string; services?: Record<string, { detail?: Readiness }> };
  if (response.status !== 200 || body.status !== 'ok')
    throw new Error(`${gatewayInternalUrl}/health: ${response.status} ${JSON.stringify(body)}`);
  return Object.fromEntries(
    Object.entries(body.services ?? {}).map(([name, s]) => [
      name,
      namedEngines(`${name} behind ${gatewayInternalUrl}`, 200, s.detail ?? {}),
    ]),
  );
}

/** Every service's engines, asked in parallel. */
export async function enginesOfAll(services: Record<string, string>): Promise<Record<string, Engines>> {
  const names = Object.keys(services);
  const engines = await Promise.all(names.map((name) => enginesOf(services[name]!)));
  return Object.fromEntries(names.map((name, i) => [name, engines[i]!]));
}

/**
 * One line for a report, each engine once with what used it:
 * `PostgreSQL 15.18 (database of user, order); Kafka 4.1 (events of every service)`.
 */
export function enginesLine(byService: Record<string, Engines>, noun = 'service'): string {
  const services = Object.keys(byService);
  const users = new Map<string, Map<string, string[]>>(); // engine → check → services
  for (const [service, engines] of Object.entries(byService)) {
    for (const [check, engine] of Object.entries(engines)) {
      const byCheck = users.get(engine) ?? new Map<string, string[]>();
      byCheck.set(check, [...(byCheck.get(check) ?? []), service]);
      users.set(engine, byCheck);
    }
  }
  const of = (names: string[]) => (names.length === services.length && services.length > 1 ? `every ${noun}` : names.join(', '));
  return [...users.entries()]
    .map(([engine, byCheck]) => `${engine} (${[...byCheck.entries()].map(([check, names]) => `${check} of ${of(names)}`).join('; ')})`)
    .join('; ');
}
