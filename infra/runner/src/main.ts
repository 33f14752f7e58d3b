import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Env, loadConfig, optionalStr, oneOf, port, str } from '@shop/config/config';
import { clientAddressSecret, serviceClients } from '@shop/config/secrets';
import { PgliteHost } from '@shop/db/pglite';
import type { EventBus } from '@shop/events/bus';
import { openEventBus } from '@shop/events/open';
import { startGateway } from '@shop/gateway/main';
import { closeOnSignals } from '@shop/http/serve';
import { createLogger } from '@shop/logging/logger';
import { startUserService } from '@shop/user-service/main';
import { startCatalogService } from '@shop/catalog-service/main';
import { startInventoryService } from '@shop/inventory-service/main';
import { startCartService } from '@shop/cart-service/main';
import { startPaymentService } from '@shop/payment-service/main';
import { startOrderService } from '@shop/order-service/main';
import { startNotificationService } from '@shop/notification-service/main';
import { startMailCatcher } from '@shop/mail-catcher/catcher';
import { startStorefront } from '@shop/storefront/server';
import pino from 'pino';
import { startAdminProcess } from '@shop/admin/process';
import { ensureAppBuild } from './app-build.js';

const runnerSchema = {
  dataDir: str('DATA_DIR', './.data'),
  host: str('HOST', '127.0.0.1'),
  gatewayPort: port('GATEWAY_PORT', 8080),
  gatewayInternalPort: port('GATEWAY_INTERNAL_PORT', 9080),
  userPort: port('USER_PORT', 8006),
  catalogPort: port('CATALOG_PORT', 8001),
  inventoryPort: port('INVENTORY_PORT', 8002),
  cartPort: port('CART_PORT', 8003),
  orderPort: port('ORDER_PORT', 8004),
  paymentPort: port('PAYMENT_PORT', 8005),
  notificationPort: port('NOTIFICATION_PORT', 8007),
  smtpUrl: optionalStr('SMTP_URL', 'an SMTP server; without it the embedded mail catcher runs on MAIL_SMTP_PORT / MAIL_WEB_PORT'),
  mailSmtpPort: port('MAIL_SMTP_PORT', 1025),
  mailWebPort: port('MAIL_WEB_PORT', 8025),
  storefrontPort: port('STOREFRONT_PORT', 3000),
  storefront: oneOf('STOREFRONT', ['on', 'off'] as const, 'on'),
  adminPort: port('ADMIN_PORT', 3100),
  admin: oneOf('ADMIN', ['on', 'off'] as const, 'on'),
  logLevel: oneOf('LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const, 'info'),
  kafkaBrokers: optionalStr('KAFKA_BROKERS'),
};

interface Started {
  name: string;
  url: string;
  close(): Promise<void>;
}

export interface Platform {
  gatewayUrl: string;
  /** The gateway's internal port: `/metrics`, `/docs` and every service's readiness at `/health`. */
  gatewayInternalUrl: string;
  services: Record<string, string>;
  /** What the web apps sign their users' addresses with for the gateway (`CLIENT_ADDRESS_SECRET`). */
  clientAddressSecret: string;
  notices: string[];
  close(): Promise<void>;
}

/**
 * Starts every service that exists, in one process, on the embedded defaults (one PGlite with a
 * schema per service, one durable embedded bus), then the gateway in front of them.
 */
export async function startPlatform(env: Env = process.env): Promise<Platform> {
  const config = loadConfig(runnerSchema, env);
  const dataDir = resolve(config.dataDir);
  const destination = process.stdout.isTTY
    ? pino.transport({ target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } })
    : pino.destination(1);
  const logger = createLogger({ service: 'runner', level: config.logLevel, destination });
  const started: Started[] = [];
  let host: PgliteHost | undefined;
  let bus: EventBus | undefined;

  const close = async () => {
    for (const s of started.reverse())
      await s.close().catch((error: unknown) => logger.error({ err: error, service: s.name }, 'close failed'));
    await bus?.close();
    await host?.close();
  };

  try {
    host = await PgliteHost.open({ dataDir: join(dataDir, 'pglite') });
    bus = await openEventBus({ kafkaBrokers: config.kafkaBrokers, db: await host.database('bus'), logger, clientId: 'runner' });
    serviceClients(dataDir); // generated once, read by every service below
    const addressSecret = clientAddressSecret(dataDir, env['CLIENT_ADDRESS_SECRET']);
    const shared = { pglite: host, bus, logDestination: destination };
    const common = { ...env, DATA_DIR: dataDir, HOST: config.host, LOG_LEVEL: config.logLevel };

    const user = await startUserService({ ...common, PORT: String(config.userPort) }, shared);
    started.push(user);
    // Every other service verifies tokens against the user service's keys and asks it for service tokens.
    const withUser = { ...common, USER_SERVICE_URL: user.url, JWKS_URL: `${user.url}/.well-known/jwks.json` };
    const catalog = await startCatalogService({ CATALOG_DEMO_DATA: 'true', ...withUser, PORT: String(config.catalogPort) }, shared);
    started.push(catalog);
    const inventory = await startInventoryService({ INVENTORY_DEMO_DATA: 'true', ...withUser, PORT: String(config.inventoryPort) }, shared);
    started.push(inventory);
    const cart = await startCartService(
      { ...withUser, CATALOG_SERVICE_URL: catalog.url, INVENTORY_SERVICE_URL: inventory.url, PORT: String(config.cartPort) },
      shared,
    );
    started.push(cart);
    const payment = await startPaymentService({ ...withUser, PORT: String(config.paymentPort) }, shared);
    started.push(payment);
    const order = await startOrderService(
      {
        ...withUser,
        CATALOG_SERVICE_URL: catalog.url,
        INVENTORY_SERVICE_URL: inventory.url,
        CART_SERVICE_URL: cart.url,
        PAYMENT_SERVICE_URL: payment.url,
        PORT: String(config.orderPort),
      },
      shared,
    );
    started.push(order);
    let smtpUrl = config.smtpUrl;
    if (!smtpUrl) {
      // Nowhere to send mail: catch it, with a page to read it on.
      const catcher = await startMailCatcher({
        smtpPort: config.mailSmtpPort,
        httpPort: config.mailWebPort,
        host: config.host,
        dataDir: join(dataDir, 'mail'),
        logger: logger.child({ service: 'mail-catcher' }),
      });
      started.push({ name: 'mail', url: catcher.httpUrl, close: catcher.close });
      smtpUrl = catcher.smtpUrl;
    }
    const notification = await startNotificationService(
      { ...withUser, SMTP_URL: smtpUrl, ORDER_SERVICE_URL: order.url, PORT: String(config.notificationPort) },
      shared,
    );
    started.push(notification);
    const gateway = await startGateway(
      {
        ...common,
        PORT: String(config.gatewayPort),
        GATEWAY_INTERNAL_PORT: String(config.gatewayInternalPort),
        CLIENT_ADDRESS_SECRET: addressSecret,
        USER_SERVICE_URL: user.url,
        CATALOG_SERVICE_URL: catalog.url,
        INVENTORY_SERVICE_URL: inventory.url,
        CART_SERVICE_URL: cart.url,
        ORDER_SERVICE_URL: order.url,
        PAYMENT_SERVICE_URL: payment.url,
        NOTIFICATION_SERVICE_URL: notification.url,
      },
      { logDestination: destination },
    );
    started.push(gateway);

    return {
      gatewayUrl: gateway.url,
      gatewayInternalUrl: gateway.internalUrl,
      services: Object.fromEntries(started.map((s) => [s.name, s.url])),
      clientAddressSecret: addressSecret,
      notices: user.notices,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

const BANNER_NOTES: Record<string, string> = {
  mail: 'every email the platform sent',
  storefront: 'the shop',
  admin: 'staff: sign in with the admin account below',
};

function banner(platform: Platform, dataDir: string): string {
  const lines = [
    '',
    '  Shop platform is running',
    '',
    `  Gateway        ${platform.gatewayUrl}   (health: ${platform.gatewayUrl}/health)`,
    `  Internal       ${platform.gatewayInternalUrl}   (operators: /metrics, /docs, readiness of every service at /health)`,
    ...Object.entries(platform.services)
      .filter(([name]) => name !== 'gateway')
      .map(
        ([name, url]) => `  ${(name === 'mail' ? 'emails' : name).padEnd(14)} ${url}   (${BANNER_NOTES[name] ?? `API docs: ${url}/docs`})`,
      ),
    '',
    ...(platform.notices.length
      ? platform.notices.map((n) => `  ${n}`)
      : [`  Admin: admin@shop.local, password in ${join(dataDir, 'admin-password.txt')}`]),
    '  Press Ctrl-C to stop.',
    '',
  ];
  return lines.join('\n');
}

/** `npm start`: the services, then the storefront in front of the gateway (built first when stale). */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig(runnerSchema);
  const root = resolve(import.meta.dirname, '..', '..', '..');
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const withStorefront = config.storefront === 'on' && ensureAppBuild(root, 'storefront', log);
  const withAdmin = config.admin === 'on' && ensureAppBuild(root, 'admin', log);
  const platform = await startPlatform();
  const closers = [() => platform.close()];
  // The web apps vouch for their users' addresses to the gateway with the platform's key.
  const apps = { host: config.host, gatewayUrl: platform.gatewayUrl, clientAddressSecret: platform.clientAddressSecret };
  if (withStorefront) {
    const storefront = await startStorefront({ ...apps, port: config.storefrontPort });
    closers.unshift(() => storefront.close());
    platform.services['storefront'] = storefront.url;
  } else if (config.storefront === 'on') {
    platform.notices.push('The storefront did not build; see the output above. The services are running.');
  }
  if (withAdmin) {
    // Its own process: two Next.js servers cannot share one (see apps/admin/src/process.ts).
    const admin = await startAdminProcess({ ...apps, port: config.adminPort });
    closers.unshift(() => admin.close());
    platform.services['admin'] = admin.url;
  } else if (config.admin === 'on') {
    platform.notices.push('The admin app did not build; see the output above.');
  }
  process.stdout.write(`${banner(platform, resolve(config.dataDir))}\n`);
  process.stdout.write(`  ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n\n`);
  closeOnSignals(createLogger({ service: 'runner' }), async () => {
    for (const close of closers) await close();
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
