import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { AdminApp, AdminOptions } from './server.js';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Starts the admin app in a child process (`node dist/server.js`) and resolves once it listens.
 *
 * Why not in this process: two Next.js servers cannot share one Node process. Next keeps its
 * manifests and Turbopack's chunk loading in process-wide state, so beside the storefront a request
 * to one app loads the other's chunks (`ChunkLoadError: Failed to load chunk ...`). Use this wherever
 * the storefront already runs in-process (`npm start`, browser tests).
 */
export async function startAdminProcess(options: AdminOptions & { timeoutMs?: number } = {}): Promise<AdminApp> {
  const child = spawn(process.execPath, [join(appDir, 'dist', 'server.js')], {
    cwd: appDir,
    env: {
      ...process.env,
      PORT: String(options.port ?? 3100),
      HOST: options.host ?? '127.0.0.1',
      GATEWAY_URL: options.gatewayUrl ?? process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:8080',
      NEXT_TELEMETRY_DISABLED: '1',
      ...(options.clientAddressSecret ? { CLIENT_ADDRESS_SECRET: options.clientAddressSecret } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the admin app did not start within the timeout')), options.timeoutMs ?? 60_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^Admin (http:\/\/\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      } else process.stdout.write(`[admin] ${line}\n`);
    });
    void exited.then(([code]) => {
      clearTimeout(timer);
      reject(new Error(`the admin app exited with ${String(code)} before it listened (run \`npm run build -w apps/admin\` first?)`));
    });
  });
  return {
    url,
    close: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
