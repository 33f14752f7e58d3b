import proxy from '@fastify/http-proxy';
import { CLIENT_ADDRESS_HEADER, verifyClientAddress } from '@shop/auth/client-address';
import { AppError, UpstreamUnavailableError } from '@shop/errors/errors';
import { createHttpApp, type HttpApp, type HttpAppOptions } from '@shop/http/app';
import { registerInternals } from '@shop/http/internals';
import { problemFor } from '@shop/http/problem';
import { injectContext } from '@shop/logging/tracing';
import { contextManager } from '@shop/logging/context';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyRequest } from 'fastify';
import type { ServiceRoute } from './routes.js';

export interface GatewayDeps {
  http: HttpAppOptions;
  routes: readonly ServiceRoute[];
  /** Base URL of each service by name. */
  upstreams: Record<string, string>;
  upstreamTimeoutMs: number;
  /** Shared with the web apps, which vouch for their shoppers' addresses with it (`@shop/auth/client-address`). */
  clientAddressSecret?: string | undefined;
}

/** What an operator sees of one service: its readiness answer, or why it gave none. */
interface ServiceHealth {
  status: 'ok' | 'unavailable';
  latencyMs: number;
  detail?: unknown;
}

async function probe(baseUrl: string): Promise<ServiceHealth> {
  const started = performance.now();
  try {
    const response = await fetch(new URL('/health/ready', baseUrl), { signal: AbortSignal.timeout(2_000) });
    const detail: unknown = await response.json().catch(() => undefined);
    return { status: response.ok ? 'ok' : 'unavailable', latencyMs: Math.round(performance.now() - started), detail };
  } catch (error) {
    return { status: 'unavailable', latencyMs: Math.round(performance.now() - started), detail: (error as Error).message };
  }
}

async function probeAll(deps: GatewayDeps): Promise<{ healthy: boolean; services: Record<string, ServiceHealth> }> {
  const names = deps.routes.map((r) => r.service);
  const results = await Promise.all(names.map((name) => probe(deps.upstreams[name]!)));
  return { healthy: results.every((r) => r.status === 'ok'), services: Object.fromEntries(names.map((name, i) => [name, results[i]!])) };
}

/**
 * The public `/health`: up or down per service and nothing else. An upstream's error text, engines
 * and latency are for operators (the internal `/health`); the schema drops anything more.
 */
const PublicHealth = {
  type: 'object',
  additionalProperties: false,
  required: ['status', 'services'],
  properties: {
    status: { type: 'string', enum: ['ok', 'degraded'] },
    services: { type: 'object', additionalProperties: { type: 'string', enum: ['up', 'down'] } },
  },
} as const;

/**
 * Headers the gateway adds for the service: the request id, our trace context, and the client's
 * address, which replaces whatever `X-Forwarded-For` the client sent (the services trust the gateway's).
 */
function forwardHeaders(
  request: Pick<FastifyRequest, 'id' | 'clientAddress' | 'protocol' | 'host'>,
  headers: IncomingHttpHeaders,
): IncomingHttpHeaders {
  const { [CLIENT_ADDRESS_HEADER]: _vouched, ...rest } = headers;
  const out: IncomingHttpHeaders = {
    ...rest,
    'x-request-id': request.id,
    'x-forwarded-for': request.clientAddress,
    'x-forwarded-proto': request.protocol,
    'x-forwarded-host': request.host,
  };
  const trace: Record<string, string> = {};
  injectContext(trace, contextManager.active());
  return { ...out, ...trace };
}

export interface Gateway {
  /** The public port: the routes table, `/health` (up or down per service), `/health/live`, `/health/ready`. */
  edge: HttpApp;
  /** For operators (loopback by default): the edge's `/metrics`, `/docs`, `/openapi.json`, and every service's readiness at `/health`. */
  internal: HttpApp;
}

/** The single public entry, which routes each `/api/v1/<prefix>` to its service, and its internal side. */
export async function buildGateway(deps: GatewayDeps): Promise<Gateway> {
  // The public edge believes no X-Forwarded-For unless told whose (`TRUSTED_PROXIES`).
  const app = await createHttpApp({
    trustedProxies: [],
    ...deps.http,
    description: 'Routes /api/v1/* to the services.',
    exposeInternals: false,
  });
  const secret = deps.clientAddressSecret;
  if (secret) {
    // A web app calling for a shopper: believe the address it signed (before the rate limit keys on it).
    app.addHook('onRequest', (request, _reply, done) => {
      const header = request.headers[CLIENT_ADDRESS_HEADER];
      const vouched = typeof header === 'string' ? verifyClientAddress(header, secret) : undefined;
      if (vouched) request.clientAddress = vouched;
      done();
    });
  }

  for (const route of deps.routes) {
    const upstream = deps.upstreams[route.service];
    if (!upstream) throw new Error(`No upstream URL for ${route.service}`);
    for (const prefix of route.prefixes) {
      await app.register(proxy, {
        upstream,
        prefix,
        rewritePrefix: prefix,
        disableRequestLogging: true,
        http: { requestOptions: { timeout: deps.upstreamTimeoutMs } },
        replyOptions: {
          rewriteRequestHeaders: forwardHeaders,
          onError: (reply, { error }) => {
            const appError = error instanceof AppError ? error : new UpstreamUnavailableError(route.service, error);
            reply.log.warn({ err: error, service: route.service }, 'upstream failed');
            void reply
              .code(503)
              .header('retry-after', '1')
              .type('application/problem+json')
              .send(
                problemFor(
                  appError.code === 'UPSTREAM_UNAVAILABLE' ? appError : new UpstreamUnavailableError(route.service),
                  reply.request.id,
                ),
              );
          },
        },
      });
    }
  }

  app.get(
    '/health',
    { schema: { summary: 'Whether each service is up', response: { 200: PublicHealth, 503: PublicHealth } }, config: { rateLimit: false } },
    async (_request, reply) => {
      const { healthy, services } = await probeAll(deps);
      const upOrDown = Object.fromEntries(
        Object.entries(services).map(([name, s]) => [name, s.status === 'ok' ? ('up' as const) : ('down' as const)]),
      );
      return reply.code(healthy ? 200 : 503).send({ status: healthy ? 'ok' : 'degraded', services: upOrDown });
    },
  );
  await app.ready();

  const internal = await createHttpApp({
    ...deps.http,
    corsOrigins: [],
    rateLimit: false,
    exposeInternals: false,
  });
  await registerInternals(internal, app);
  internal.get('/health', { schema: { hide: true } as object }, async (_request, reply) => {
    const { healthy, services } = await probeAll(deps);
    return reply.code(healthy ? 200 : 503).send({ status: healthy ? 'ok' : 'degraded', services });
  });
  await internal.ready();
  return { edge: app, internal };
}
