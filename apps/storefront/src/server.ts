import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nextModule from 'next';

// `next` is CommonJS: under NodeNext the default import is `module.exports`, which is the factory itself.
type CreateNext = typeof nextModule.default;
const next: CreateNext = (nextModule as unknown as { default?: CreateNext }).default ?? (nextModule as unknown as CreateNext);

export interface StorefrontOptions {
  /** 0 picks a free port. Default 3000. */
  port?: number;
  host?: string;
  /** Where the storefront's server side reaches the platform. Default GATEWAY_URL or http://127.0.0.1:8080. */
  gatewayUrl?: string;
}

export interface Storefront {
  url: string;
  close(): Promise<void>;
}

/** The app folder (the one holding `.next/`), from either `src/server.ts` or `dist/server.js`. */
const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Serves the production build in `.next/` (run `npm run build -w apps/storefront` first) on node:http.
 * The app reads GATEWAY_URL at request time, so this sets it for the process.
 */
export async function startStorefront(options: StorefrontOptions = {}): Promise<Storefront> {
  const host = options.host ?? '127.0.0.1';
  process.env['GATEWAY_URL'] = options.gatewayUrl ?? process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:8080';
  process.env['NEXT_TELEMETRY_DISABLED'] = '1';
  // Listen first: Next needs the real port (a redirect from a server action fetches the target from itself).
  const ready: { handle?: (req: IncomingMessage, res: ServerResponse) => Promise<void> } = {};
  const server = createServer((req, res) => {
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
    server.listen(options.port ?? 3000, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 3000);
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const storefront = await startStorefront({
    port: Number(process.env['PORT'] ?? 3000),
    host: process.env['HOST'] ?? '127.0.0.1',
  });
  process.stdout.write(`Storefront ${storefront.url} (gateway ${process.env['GATEWAY_URL']})\n`);
  const stop = () => void storefront.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
