import { join } from 'node:path';
import { createServiceTokenSource, type ServiceTokenSource } from '@shop/auth/service-token';
import { createTokenVerifier, type TokenVerifier, type VerifierOptions } from '@shop/auth/verifier';
import { serviceClients } from '@shop/config/secrets';
import type { Database } from '@shop/db/database';
import { openDatabase } from '@shop/db/open';
import { PgliteHost } from '@shop/db/pglite';
import type { EventBus } from '@shop/events/bus';
import { migrateInbox } from '@shop/events/inbox';
import { openEventBus } from '@shop/events/open';
import { createOutboxRelay, migrateOutbox, type OutboxRelay } from '@shop/events/outbox';
import type { HttpApp, HttpAppOptions } from '@shop/http/app';
import { engineCheck, type ReadinessChecks } from '@shop/http/health';
import { createLogger, type Logger } from '@shop/logging/logger';
import { initTracing } from '@shop/logging/tracing';
import type { DestinationStream } from 'pino';

/** A started service, as its composition root hands it to `main` or to the one-process runner. */
export interface RunningService {
  name: string;
  app: HttpApp;
  url: string;
  close(): Promise<void>;
  /** Shown once to the person who started the platform. */
  notices: string[];
}

/** What the one-process runner shares between services instead of each opening its own. */
export interface SharedInfra {
  pglite?: PgliteHost;
  bus?: EventBus;
  logDestination?: DestinationStream;
  /** The time the service's own rules read (a test pins it where a date matters); the real clock when absent. */
  clock?: { now(): Date };
}

/** The settings of `serviceSettings()` that the runtime reads. */
export interface CommonConfig {
  port: number;
  host: string;
  dataDir: string;
  logLevel: string;
  corsOrigins: string[];
  rateLimitMax: number;
  trustedProxies: string[];
  rateLimitWindowMs: number;
  otlpEndpoint: string | undefined;
  kafkaBrokers: string | undefined;
  kafkaPartitions: number;
  kafkaReplicationFactor: number;
  kafkaTopicPrefix: string;
  jwtIssuer: string;
  jwtAudience: string;
  jwksUrl: string;
  jwtHs256Secret: string | undefined;
  userServiceUrl: string;
  serviceClientId: string;
  serviceClientSecret: string | undefined;
}

export interface RuntimeOptions {
  service: string;
  config: CommonConfig;
  /** The service's PostgreSQL URL; absent: PGlite. */
  databaseUrl?: string | undefined;
  /** The service's own migrations; absent: the service keeps no relational data. */
  migrations?: URL;
  /** Verify tokens from a key set in process (the user service) instead of the JWKS URL. */
  verifier?: Partial<VerifierOptions>;
  shared?: SharedInfra;
}

export interface Runtime {
  logger: Logger;
  db: Database | undefined;
  bus: EventBus;
  /** Publishes the service's outbox (present when it has a database). */
  relay: OutboxRelay | undefined;
  verifier: TokenVerifier;
  /** Client-credentials tokens for calls to other services. */
  serviceToken: ServiceTokenSource;
  readiness: ReadinessChecks;
  /** The options every service passes to `createHttpApp`. */
  http: Omit<HttpAppOptions, 'service'> & { service: string };
  /** Stops the relay and closes what this runtime opened, in reverse order. */
  close(): Promise<void>;
}

/**
 * Opens what a service needs on the configured engines, or on the embedded defaults, or on the
 * infrastructure shared by the one-process runner. The composition root of each service calls
 * this, builds its adapters and app from it, and listens.
 */
export async function createRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { config, service, shared = {} } = options;
  initTracing({ serviceName: shared.pglite ? 'shop-platform' : service, otlpEndpoint: config.otlpEndpoint });
  const logger = createLogger({
    service,
    level: config.logLevel,
    pretty: process.stdout.isTTY && !shared.logDestination,
    ...(shared.logDestination ? { destination: shared.logDestination } : {}),
  });
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const fn of closers.reverse()) await fn().catch((error: unknown) => logger.error({ err: error }, 'error while closing'));
  };

  try {
    let host = shared.pglite;
    // A service with relational data, run alone on embedded defaults, keeps its own PGlite folder.
    const needsHost = !host && !options.databaseUrl && options.migrations !== undefined;
    if (needsHost) {
      const own = await PgliteHost.open({ dataDir: join(config.dataDir, service, 'pglite') });
      closers.push(() => own.close());
      host = own;
    }

    let db: Database | undefined;
    if (options.migrations) {
      const opened = await openDatabase({
        url: options.databaseUrl,
        host,
        dataDir: config.dataDir,
        schema: service.replace(/-/g, '_'),
        migrations: options.migrations,
        logger,
      });
      closers.push(opened.close);
      db = opened.db;
      await migrateOutbox(db, logger);
      await migrateInbox(db, logger);
    }

    let bus = shared.bus;
    if (!bus) {
      // Alone and without Kafka, a service can only talk to itself: its bus log lives in its own
      // database when it has one (outbox), in memory otherwise (nothing to lose).
      const busDb = config.kafkaBrokers ? undefined : db && host ? await host.database('bus') : db;
      const own = await openEventBus({
        kafkaBrokers: config.kafkaBrokers,
        partitions: config.kafkaPartitions,
        replicas: config.kafkaReplicationFactor,
        topicPrefix: config.kafkaTopicPrefix,
        ...(busDb ? { db: busDb } : {}),
        logger,
        clientId: service,
      });
      closers.push(() => own.close());
      bus = own;
    }

    let relay: OutboxRelay | undefined;
    if (db) {
      relay = createOutboxRelay({ db, bus, logger });
      relay.start();
      closers.push(() => relay!.stop());
    }

    const verifier = createTokenVerifier({
      issuer: config.jwtIssuer,
      audience: config.jwtAudience,
      jwksUrl: config.jwksUrl,
      hs256Secret: config.jwtHs256Secret,
      ...options.verifier,
    });

    const serviceToken = createServiceTokenSource({
      tokenUrl: new URL('/api/v1/auth/token', config.userServiceUrl).toString(),
      clientId: config.serviceClientId,
      clientSecret: config.serviceClientSecret ?? serviceClients(config.dataDir)[config.serviceClientId] ?? '',
    });

    const readiness: ReadinessChecks = { events: engineCheck(bus) };
    if (db) readiness['database'] = engineCheck(db);

    return {
      logger,
      db,
      bus,
      relay,
      verifier,
      serviceToken,
      readiness,
      http: {
        service,
        logger,
        verifier,
        readiness,
        corsOrigins: config.corsOrigins,
        trustedProxies: config.trustedProxies,
        rateLimit: config.rateLimitMax === 0 ? false : { max: config.rateLimitMax, windowMs: config.rateLimitWindowMs },
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
