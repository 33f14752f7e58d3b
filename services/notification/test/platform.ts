import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestIssuer, type TestIssuer } from '@shop/auth/testing';
import { requireEngine } from '@shop/config/engines';
import type { PgliteHost } from '@shop/db/pglite';
import { createTestDatabase, testPgliteHost } from '@shop/db/testing';
import type { EventBus } from '@shop/events/bus';
import { TOPICS, topicOf, type EventData, type EventType } from '@shop/events/catalog';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { createEnvelope, type Envelope } from '@shop/events/envelope';
import { createKafkaBus } from '@shop/events/kafka-bus';
import { createTestClient } from '@shop/http/testing';
import { silentLogger } from '@shop/logging/logger';
import { startMailCatcher } from '@shop/mail-catcher/catcher';
import { mailpitClient } from '@shop/mail-catcher/client';
import type { RunningService } from '@shop/runtime/runtime';
import { startNotificationService } from '../src/main.js';

/** `npm run test:engines`: PostgreSQL, Kafka and Mailpit instead of PGlite, the embedded bus and the embedded catcher. */
export const onEngines = () => process.env['SHOP_TEST_DATABASE'] === 'postgres';
/** On Kafka a fresh consumer group first joins and catches up. */
export const WAIT_MS = onEngines() ? 30_000 : 10_000;

export interface Contact {
  email: string;
  firstName: string;
  phone: string | null;
}

export interface Platform {
  issuer: TestIssuer;
  bus: EventBus;
  service: RunningService;
  /** Where the stand-in user and order services answer. */
  directoryUrl: string;
  client: ReturnType<typeof createTestClient>;
  mail: ReturnType<typeof mailpitClient>;
  users: Map<string, Contact>;
  orders: Map<string, { id: string; orderNumber: string; userId: string; email: string }>;
  /** Cuts the service's SMTP connection path (SMTP "down") or restores it. */
  smtp: { down(): Promise<void>; up(): Promise<void> };
  publish<T extends EventType>(type: T, subject: string, data: EventData<T>): Promise<Envelope<T, EventData<T>>>;
  republish(envelope: Envelope<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/**
 * Listens on `port` (0: any free one). The service knows the relay by its port, so coming back
 * means that same port: while something else holds it (another test process may take a port
 * the moment it is free), it retries until a deadline, then fails naming the port.
 */
async function listenAgain(server: Server, port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || Date.now() > deadline) {
        throw new Error(`the SMTP relay could not listen on port ${port} again`, { cause: error });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** A TCP relay in front of the SMTP catcher, so a test can take SMTP away and bring it back on the same port. */
async function smtpRelay(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const up = async () => {
    if (server) return;
    const next = createTcpServer((client) => {
      const upstream = connect(target.port, target.host);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await listenAgain(next, port);
    server = next;
    port = (next.address() as AddressInfo).port;
  };
  const down = async () => {
    if (!server) return;
    for (const s of sockets) s.destroy();
    const closing = server;
    server = undefined;
    await new Promise<void>((resolve) => closing.close(() => resolve()));
  };
  await up();
  return { url: () => `smtp://127.0.0.1:${port}`, up, down };
}

/** The user and order services as far as this service asks them, plus the token endpoint of the issuer. */
async function directoryStub(issuer: TestIssuer, users: Platform['users'], orders: Platform['orders']) {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' });
      res.end(JSON.stringify(body));
    };
    const url = req.url ?? '';
    const user = /^\/api\/v1\/users\/([^/?]+)$/.exec(url);
    if (user) {
      const u = users.get(decodeURIComponent(user[1]!));
      return u ? send(200, { id: user[1], role: 'customer', ...u }) : send(404, { code: 'NOT_FOUND', status: 404 });
    }
    const order = /^\/api\/v1\/orders\/([^/?]+)$/.exec(url);
    if (order) {
      const o = orders.get(decodeURIComponent(order[1]!));
      return o ? send(200, o) : send(404, { code: 'NOT_FOUND', status: 404 });
    }
    // Everything else (the service-token grant) is the issuer's.
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k)),
      ) as Record<string, string>;
      void fetch(`${issuer.url}${url}`, {
        method: req.method ?? 'GET',
        headers,
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      }).then(async (r) => {
        res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/json' });
        res.end(Buffer.from(await r.arrayBuffer()));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function startPlatform(env: Record<string, string> = {}): Promise<Platform> {
  const issuer = await startTestIssuer();
  const users: Platform['users'] = new Map();
  const orders: Platform['orders'] = new Map();
  const stub = await directoryStub(issuer, users, orders);
  const closers: (() => Promise<void>)[] = [issuer.close, stub.close];

  let mailUrl: string;
  let smtpTarget: { host: string; port: number };
  if (onEngines()) {
    mailUrl = requireEngine('SMTP_CATCHER_API');
    const smtp = new URL(requireEngine('SMTP_URL'));
    smtpTarget = { host: smtp.hostname, port: Number(smtp.port) };
  } else {
    const catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
    closers.push(catcher.close);
    mailUrl = catcher.httpUrl;
    const smtp = new URL(catcher.smtpUrl);
    smtpTarget = { host: smtp.hostname, port: Number(smtp.port) };
  }
  const relay = await smtpRelay(smtpTarget);
  closers.push(relay.down);

  let host: PgliteHost | undefined;
  let database: Record<string, string> = {};
  if (onEngines()) {
    const created = await createTestDatabase(requireEngine('DATABASE_URL'), 'notification');
    closers.push(created.drop);
    database = { DATABASE_URL: created.url };
  } else {
    host = await testPgliteHost();
    closers.push(() => host!.close());
  }
  const bus = onEngines()
    ? createKafkaBus({
        brokers: requireEngine('KAFKA_BROKERS').split(','),
        clientId: 'notification-tests',
        logger: silentLogger(),
        // Topics of this platform alone: the service takes in every order, payment and user event,
        // and other test files publish thousands of them to the shared broker meanwhile.
        topicPrefix: `notification-test-${randomUUID()}.`,
      })
    : await createEmbeddedBus({ logger: silentLogger(), pollMs: 20 });
  await bus.ensureTopics(TOPICS);
  closers.push(() => bus.close());

  const service = await startNotificationService(
    {
      PORT: '0',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'notification-')),
      JWKS_URL: issuer.jwksUrl,
      USER_SERVICE_URL: stub.url,
      ORDER_SERVICE_URL: stub.url,
      SMTP_URL: relay.url(),
      STOREFRONT_URL: 'http://shop.test',
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
      RATE_LIMIT_MAX: '0',
      NOTIFICATION_RETRY_BASE_MS: '50',
      NOTIFICATION_RETRY_MAX_MS: '200',
      NOTIFICATION_MAX_ATTEMPTS: '3',
      ...database,
      ...env,
    },
    { ...(host ? { pglite: host } : {}), bus },
  );
  closers.push(service.close);

  const publishEnvelope = (envelope: Envelope<string, unknown>) =>
    bus.publish(topicOf(envelope.type as EventType), [
      { key: envelope.subject, value: JSON.stringify(envelope), headers: { 'event-id': envelope.id, 'event-type': envelope.type } },
    ]);

  const platform: Platform = {
    issuer,
    bus,
    service,
    directoryUrl: stub.url,
    client: createTestClient(service.app),
    mail: mailpitClient(mailUrl),
    users,
    orders,
    smtp: { down: relay.down, up: relay.up },
    async publish(type, subject, data) {
      const envelope = createEnvelope({ type, source: 'test', subject, data });
      await publishEnvelope(envelope);
      return envelope;
    },
    republish: publishEnvelope,
    async close() {
      for (const close of closers.reverse()) await close().catch(() => undefined);
    },
  };
  if (onEngines()) await caughtUp(platform);
  return platform;
}

/**
 * On Kafka the service's consumer group starts from the topics' beginning, behind whatever earlier
 * runs left there: wait until an event published now has been handled, so tests time their own.
 */
async function caughtUp(p: Platform): Promise<void> {
  const userId = `probe-${Date.now()}`;
  p.users.set(userId, { email: `${userId}@example.com`, firstName: 'Probe', phone: null });
  const envelope = await p.publish('user.registered', userId, { userId, email: `${userId}@example.com`, firstName: 'Probe' });
  const admin = await p.issuer.token({ role: 'admin' });
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const log = await p.client.request({ url: `/api/v1/notifications?recipient=${userId}%40example.com`, token: admin });
    if (log.body.total > 0) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the notification service did not handle event ${envelope.id} within 150 s`);
}

const ADDRESS = { firstName: 'Ada', lastName: 'Lovelace', line1: '12 Analytical Row', city: 'London', postalCode: 'N1 9GU', country: 'GB' };
let customers = 0;

/** A customer of this run: unique address and order number, so a shared Mailpit cannot confuse tests. */
export function newCustomer(p: Platform, phone: string | null = null) {
  const run = `${Date.now().toString(36)}${(customers++).toString(36)}`;
  const userId = randomUUID();
  const email = `ada.${run}@example.com`;
  p.users.set(userId, { email, firstName: 'Ada', phone });
  const orderId = randomUUID();
  const orderNumber = `ORD-${run.toUpperCase()}`;
  p.orders.set(orderId, { id: orderId, orderNumber, userId, email });
  const ref = { orderId, orderNumber, userId, email };
  const created: EventData<'order.created'> = {
    ...ref,
    items: [
      { productId: 'p1', sku: 'AUD-1', name: 'Studio Headphones', price: 129.99, quantity: 1 },
      { productId: 'p2', sku: 'CBL-2', name: 'Braided Cable', price: 9.5, quantity: 2 },
    ],
    subtotal: 148.99,
    taxAmount: 11.92,
    shippingAmount: 0,
    totalAmount: 160.91,
    currency: 'USD',
    shippingAddress: ADDRESS,
  };
  return { userId, email, orderId, orderNumber, ref, created };
}

export function waitForEmail(p: Platform, email: string, subject: RegExp) {
  return p.mail.waitFor((m) => m.To.some((t) => t.Address === email) && subject.test(m.Subject), { timeoutMs: WAIT_MS });
}

/** Reads until `done` holds or the time is up; returns the last value read (the test's expectations then say what is wrong). */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}
