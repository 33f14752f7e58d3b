import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { addressBehindProxies, CLIENT_ADDRESS_HEADER, proxyMatcher, signClientAddress } from '@shop/auth/client-address';
import { cidrs, loadConfig, secret } from '@shop/config/config';
import nextModule from 'next';

// `next` is CommonJS: under NodeNext the default import is `module.exports`, which is the factory itself.
type CreateNext = typeof nextModule.default;
const next: CreateNext = (nextModule as unknown as { default?: CreateNext }).default ?? (nextModule as unknown as CreateNext);

export interface NextAppOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Where the app's server side reaches the platform. Default GATEWAY_URL or http://127.0.0.1:8080. */
  gatewayUrl?: string;
  /** Signs the browser's address for the gateway. Default CLIENT_ADDRESS_SECRET; without one the app vouches for nobody. */
  clientAddressSecret?: string;
}

const addressSettings = {
  secret: secret('CLIENT_ADDRESS_SECRET', { minLength: 32 }),
  trustedProxies: cidrs('TRUSTED_PROXIES', [], 'the proxies in front of the app (an ingress) whose X-Forwarded-For it believes'),
};

/**
 * Signs the browser's address into the request (`x-shop-client-address`, see
 * `@shop/auth/client-address`) for the app's calls to the gateway, replacing whatever the browser
 * sent under that name. Without `CLIENT_ADDRESS_SECRET` it only removes the header.
 */
export function browserAddressVoucher(env: Record<string, string | undefined> = process.env): (req: IncomingMessage) => void {
  const config = loadConfig(addressSettings, env);
  const trusted = proxyMatcher(config.trustedProxies);
  return (req) => {
    delete req.headers[CLIENT_ADDRESS_HEADER];
    if (!config.secret) return;
    const forwarded = req.headers['x-forwarded-for'];
    const address = addressBehindProxies(
      req.socket.remoteAddress ?? '',
      Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
      trusted,
    );
    req.headers[CLIENT_ADDRESS_HEADER] = signClientAddress(address, config.secret);
  };
}

export interface NextApp {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a Next.js app's production build (`<appDir>/.next`, from `next build`) on node:http.
 * The app reads GATEWAY_URL at request time, so this sets it for the process.
 */
export async function serveNextApp(appDir: string, defaultPort: number, options: NextAppOptions = {}): Promise<NextApp> {
  const host = options.host ?? '127.0.0.1';
  process.env['GATEWAY_URL'] = options.gatewayUrl ?? process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:8080';
  process.env['NEXT_TELEMETRY_DISABLED'] = '1';
  // Listen first: Next needs the real port (a redirect from a server action fetches the target from itself).
  const ready: { handle?: (req: IncomingMessage, res: ServerResponse) => Promise<void> } = {};
  const secretSet = options.clientAddressSecret ? { CLIENT_ADDRESS_SECRET: options.clientAddressSecret } : {};
  const vouch = browserAddressVoucher({ ...process.env, ...secretSet });
  const server = createServer((req, res) => {
    vouch(req);
    if (!ready.handle) {
      res.statusCode = 503;
      res.end();
      return;
    }
    ready.handle(req, res).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? defaultPort, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? defaultPort);
  const app = next({ dev: false, dir: appDir, hostname: host, port });
  try {
    await app.prepare();
  } catch (error) {
    server.close();
    throw error;
  }
  ready.handle = app.getRequestHandler();
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}

/** Runs `start` when `moduleUrl` is the process's entry point (`node dist/server.js`), until SIGINT/SIGTERM. */
export async function serveWhenMain(moduleUrl: string, name: string, start: (options: NextAppOptions) => Promise<NextApp>): Promise<void> {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  const app = await start({
    ...(process.env['PORT'] ? { port: Number(process.env['PORT']) } : {}),
    host: process.env['HOST'] ?? '127.0.0.1',
  });
  process.stdout.write(`${name} ${app.url} (gateway ${process.env['GATEWAY_URL']})\n`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
