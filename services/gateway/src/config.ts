import { type Env, cidrs, int, list, loadConfig, oneOf, optionalUrl, port, secret, str, url } from '@shop/config/config';
import { SERVICE_ROUTES } from './routes.js';

function upstreamSettings() {
  return Object.fromEntries(SERVICE_ROUTES.map((r) => [r.service, url(r.urlVar, r.defaultUrl)]));
}

export const gatewayConfigSchema = {
  port: port('PORT', 8080),
  host: str('HOST', '127.0.0.1', 'interface to listen on (0.0.0.0 in containers)'),
  // The internal port serves the gateway's /metrics, /docs, /openapi.json and every service's
  // readiness detail at /health; the public port serves none of them. Keep it off the public network.
  internalPort: port('GATEWAY_INTERNAL_PORT', 9080),
  internalHost: str('GATEWAY_INTERNAL_HOST', '127.0.0.1', 'interface of the internal port (a private one, never public)'),
  logLevel: oneOf('LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const, 'info'),
  corsOrigins: list('CORS_ORIGINS', ['http://localhost:3000', 'http://localhost:3100']),
  rateLimitMax: int('RATE_LIMIT_MAX', 600, { min: 0 }),
  // Nobody by default: a client's X-Forwarded-For is replaced, never appended to. List the load
  // balancer in front of the gateway here, if there is one.
  trustedProxies: cidrs('TRUSTED_PROXIES', [], 'the proxies in front of the gateway whose X-Forwarded-For it believes'),
  clientAddressSecret: secret('CLIENT_ADDRESS_SECRET', { minLength: 32 }),
  rateLimitWindowMs: int('RATE_LIMIT_WINDOW_MS', 60_000, { min: 1 }),
  upstreamTimeoutMs: int('GATEWAY_UPSTREAM_TIMEOUT_MS', 30_000, { min: 100 }),
  otlpEndpoint: optionalUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', ['http', 'https']),
};

export function loadGatewayConfig(env: Env = process.env) {
  const base = loadConfig(gatewayConfigSchema, env);
  const upstreams = loadConfig(upstreamSettings(), env) as Record<string, string>;
  return Object.freeze({ ...base, upstreams });
}

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
