import { pathToFileURL } from 'node:url';
import type { Env } from '@shop/config/config';
import type { HttpApp } from '@shop/http/app';
import { closeOnSignals, listen } from '@shop/http/serve';
import { createLogger } from '@shop/logging/logger';
import { initTracing } from '@shop/logging/tracing';
import type { DestinationStream } from 'pino';
import { buildGateway } from './app.js';
import { loadGatewayConfig } from './config.js';
import { SERVICE_ROUTES } from './routes.js';

export interface RunningGateway {
  name: string;
  app: HttpApp;
  url: string;
  /** Where operators reach `/metrics`, `/docs` and the detailed `/health` (GATEWAY_INTERNAL_PORT). */
  internalUrl: string;
  close(): Promise<void>;
}

export async function startGateway(env: Env = process.env, shared: { logDestination?: DestinationStream } = {}): Promise<RunningGateway> {
  const config = loadGatewayConfig(env);
  initTracing({ serviceName: 'gateway', otlpEndpoint: config.otlpEndpoint });
  const logger = createLogger({
    service: 'gateway',
    level: config.logLevel,
    pretty: process.stdout.isTTY && !shared.logDestination,
    ...(shared.logDestination ? { destination: shared.logDestination } : {}),
  });
  const { edge, internal } = await buildGateway({
    http: {
      service: 'gateway',
      logger,
      corsOrigins: config.corsOrigins,
      trustedProxies: config.trustedProxies,
      rateLimit: config.rateLimitMax === 0 ? false : { max: config.rateLimitMax, windowMs: config.rateLimitWindowMs },
    },
    routes: SERVICE_ROUTES,
    upstreams: config.upstreams,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    clientAddressSecret: config.clientAddressSecret,
  });
  const close = async () => {
    await edge.close();
    await internal.close();
  };
  try {
    const url = await listen(edge, config.port, config.host);
    const internalUrl = await listen(internal, config.internalPort, config.internalHost);
    return { name: 'gateway', app: edge, url, internalUrl, close };
  } catch (error) {
    await close();
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const gateway = await startGateway();
  gateway.app.log.info({ url: gateway.url, internalUrl: gateway.internalUrl }, 'gateway listening');
  closeOnSignals(gateway.app.log as never, () => gateway.close());
}
