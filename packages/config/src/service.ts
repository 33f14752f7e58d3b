import { cidrs, int, list, oneOf, optionalStr, optionalUrl, port, secret, str, url } from './config.js';

/**
 * The settings every service shares, spread into each service's own schema. `name` prefixes the
 * variables that differ per service in the one-process run (`USER_DATABASE_URL`...).
 */
export function serviceSettings(name: string, defaultPort: number) {
  const upper = name.toUpperCase();
  return {
    port: port('PORT', defaultPort),
    host: str('HOST', '127.0.0.1', 'interface to listen on (0.0.0.0 in containers)'),
    dataDir: str('DATA_DIR', './.data', 'folder for embedded stores and generated secrets'),
    logLevel: oneOf('LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const, 'info'),
    corsOrigins: list('CORS_ORIGINS', ['http://localhost:3000', 'http://localhost:3100']),
    rateLimitMax: int('RATE_LIMIT_MAX', 600, { min: 0 }),
    trustedProxies: cidrs(
      'TRUSTED_PROXIES',
      ['127.0.0.1/8', '::1'],
      'the proxies whose X-Forwarded-For a service believes: the gateway (loopback in the one-process run)',
    ),
    rateLimitWindowMs: int('RATE_LIMIT_WINDOW_MS', 60_000, { min: 1 }),
    otlpEndpoint: optionalUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', ['http', 'https']),
    kafkaBrokers: optionalStr('KAFKA_BROKERS', 'comma-separated host:port list; empty for the embedded bus'),
    kafkaPartitions: int('KAFKA_TOPIC_PARTITIONS', 3, { min: 1 }),
    kafkaReplicationFactor: int('KAFKA_REPLICATION_FACTOR', 1, { min: 1 }),
    kafkaTopicPrefix: str(
      'KAFKA_TOPIC_PREFIX',
      '',
      'put before every topic and consumer group name on the broker; platforms sharing a cluster each take their own',
    ),
    jwtIssuer: str('JWT_ISSUER', 'shop-platform'),
    jwtAudience: str('JWT_AUDIENCE', 'shop-platform'),
    jwksUrl: url('JWKS_URL', 'http://127.0.0.1:8006/.well-known/jwks.json'),
    jwtHs256Secret: secret('JWT_HS256_SECRET', { minLength: 32 }),
    userServiceUrl: url('USER_SERVICE_URL', 'http://127.0.0.1:8006'),
    serviceClientId: str('SERVICE_CLIENT_ID', name),
    serviceClientSecret: secret(['SERVICE_CLIENT_SECRET', `${upper}_SERVICE_CLIENT_SECRET`]),
  };
}
