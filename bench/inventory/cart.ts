import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { autocannonAnswers, probe, type Answers, type Problems } from '../lib/answers.js';
import { enginesOf, type Engines } from '../lib/engines.js';
import { startScript, stopScript, type Started } from '../lib/process.js';

const PRODUCTS = 50;
const CARTS = 2_000;

async function start(args: string[]): Promise<Started & { url: string }> {
  // PATH and HOME only: the cart gets its Redis URL as an argument, never from this shell.
  const started = await startScript(join(import.meta.dirname, 'cart-server.ts'), args, { env: {}, ready: /READY (\d+)/ });
  return { ...started, url: `http://127.0.0.1:${started.ready}` };
}

export interface CartMeasurement {
  requestsPerSecond: number;
  p99: number;
  answers: Answers;
}

/** Cart adds and reads per second on Redis, through the HTTP API (50 connections); every answer must be a 200. */
export async function benchmarkCart(
  redisUrl: string,
  seconds: number,
  problems: Problems,
): Promise<{ engines: Engines; results: Record<string, CartMeasurement> }> {
  const started: Started[] = [];
  try {
    const stub = await start(['stub']);
    started.push(stub);
    const cart = await start(['cart', redisUrl, stub.url]);
    started.push(cart);
    const engines = await enginesOf(cart.url);
    await probe(stub.url, ['/api/v1/products/p1', '/api/v1/inventory/SKU-1']); // the upstreams answer what the cart asks
    const carts = Array.from({ length: CARTS }, () => `guest_${randomUUID()}`);
    let n = 0;
    const run = async (what: string, requests: autocannon.Request[]): Promise<CartMeasurement> => {
      const result = await autocannon({ url: cart.url, connections: 50, duration: seconds, requests });
      const answers = autocannonAnswers(result, [200]);
      problems.check(what, answers);
      return { requestsPerSecond: Math.round(result.requests.average), p99: result.latency.p99, answers };
    };
    const add = await run('cart add', [
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
    const get = await run('cart get', [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/api/v1/cart/${carts[n++ % CARTS]}` }) }]);
    process.stderr.write(
      `cart add ${add.requestsPerSecond} req/s (p99 ${add.p99} ms), cart get ${get.requestsPerSecond} req/s (p99 ${get.p99} ms)\n`,
    );
    return { engines, results: { 'POST /cart/:id/items (add a line)': add, 'GET /cart/:id': get } };
  } finally {
    for (const s of started.reverse()) await stopScript(s);
  }
}
