import proxy from '@fastify/http-proxy';
import { AppError, UpstreamUnavailableError } from '@shop/errors/errors';
import { createHttpApp, type HttpApp, type HttpAppOptions } from '@shop/http/app';
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
}

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

/** Headers the gateway adds for the service: the request id, our trace context, the client address. */
function forwardHeaders(
  request: Pick<FastifyRequest, 'id' | 'ip' | 'protocol' | 'host'>,
  headers: IncomingHttpHeaders,
): IncomingHttpHeaders {
  const forwarded = headers['x-forwarded-for'];
  const out: IncomingHttpHeaders = {
    ...headers,
    'x-request-id': request.id,
    'x-forwarded-for': forwarded ? `${String(forwarded)}, ${request.ip}` : request.ip,
    'x-forwarded-proto': request.protocol,
    'x-forwarded-host': request.host,
  };
  const trace: Record<string, string> = {};
  injectContext(trace, contextManager.active());
  return { ...out, ...trace };
}

/** The single public entry: routes each `/api/v1/<prefix>` to its service and reports their health. */
export async function buildGateway(deps: GatewayDeps): Promise<HttpApp> {
  const app = await createHttpApp({ ...deps.http, description: 'Routes /api/v1/* to the services.' });

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

  app.get('/health', { schema: { hide: true } as object, config: { rateLimit: false } }, async (_request, reply) => {
    const names = deps.routes.map((r) => r.service);
    const results = await Promise.all(names.map((name) => probe(deps.upstreams[name]!)));
    const services = Object.fromEntries(names.map((name, i) => [name, results[i]]));
    const healthy = results.every((r) => r.status === 'ok');
    return reply.code(healthy ? 200 : 503).send({ status: healthy ? 'ok' : 'degraded', services });
  });

  await app.ready();
  return app;
}
