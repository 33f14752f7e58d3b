import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import autocannon from 'autocannon';

const PRODUCTS = 50;
const CARTS = 2_000;

function start(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(import.meta.dirname, 'cart-server.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /READY (\d+)/.exec(out);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`cart benchmark process exited with ${code}`)));
  });
}

/** Cart adds and reads per second on Redis, through the HTTP API (50 connections). */
export async function benchmarkCart(redisUrl: string, seconds: number) {
  const stub = await start(['stub']);
  const cart = await start(['cart', redisUrl, stub.url]);
  const carts = Array.from({ length: CARTS }, () => `guest_${randomUUID()}`);
  let n = 0;
  const run = (requests: autocannon.Request[]) =>
    autocannon({ url: cart.url, connections: 50, duration: seconds, requests }).then((r) => ({
      requestsPerSecond: Math.round(r.requests.average),
      p99: r.latency.p99,
      non2xx: r.non2xx,
    }));
  const add = await run([
    {
      method: 'POST',
      setupRequest: (req) => {
        n++;
        return {
          ...req,
          path: `/api/v1/cart/${carts[n % CARTS]}/items`,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ productId: `p${n % PRODUCTS}`, quantity: 1 }),
        };
      },
    },
  ]);
  const get = await run([{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/api/v1/cart/${carts[n++ % CARTS]}` }) }]);
  for (const p of [cart, stub]) p.child.kill('SIGTERM');
  process.stderr.write(
    `cart add ${add.requestsPerSecond} req/s (p99 ${add.p99} ms), cart get ${get.requestsPerSecond} req/s (p99 ${get.p99} ms)\n`,
  );
  return { 'POST /cart/:id/items (add a line)': add, 'GET /cart/:id': get };
}
