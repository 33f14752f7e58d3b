import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, requireEngine } from '@shop/config/engines';
import { ADDRESS, card, http, onEngines, startPlatform, type Platform } from '../platform.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');
/** How long a spawned order service may take to listen: tsx compiles it as it loads, over 60 s with two test runs on two cores. */
const START_MS = 150_000;
/** How long recovery may take to settle an order and its stock. Each test starts two services and waits twice: 420 s. */
const SETTLE_MS = 60_000;

interface OrderProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * The order service as a real process of its own, so a crash is a crash (SIGKILL), not a throw.
 * It sees `env` and nothing of the shell's environment; on the engines, the broker the platform uses.
 */
async function startOrderProcess(env: Record<string, string>): Promise<OrderProcess> {
  const engines: Record<string, string> = onEngines() ? { KAFKA_BROKERS: requireEngine('KAFKA_BROKERS') } : {};
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'services/order/src/main.ts'], {
    cwd: root,
    env: childEnv({ ...engines, ...env, LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let out = '';
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`order service did not start in ${START_MS} ms:\n${out}`)), START_MS);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then(() => reject(new Error(`order service exited:\n${out}`)));
  });
  return { child, url, exited };
}

describe('checkout survives the order service being killed mid-saga', () => {
  let p: Platform;
  let customer: string;
  let admin: string;
  let product: { id: string; sku: string };
  const running: ChildProcess[] = [];

  beforeAll(async () => {
    p = await startPlatform({ startOrder: false });
    customer = await p.issuer.token({ role: 'customer', sub: crypto.randomUUID(), email: 'crash@example.com' });
    admin = await p.issuer.token({ role: 'admin' });
    const list = await http(p.catalog.url, 'GET', '/api/v1/products?limit=50');
    product = (list.body['data'] as { id: string; sku: string; inventoryQuantity: number }[]).find((x) => x.inventoryQuantity >= 10)!;
  }, 120_000);
  afterAll(async () => {
    for (const child of running) child.kill('SIGKILL');
    await p?.close();
  });

  const stock = async () => (await http(p.inventory.url, 'GET', `/api/v1/inventory/${product.sku}`)).body as { reservedQuantity: number };

  /** Crashes a checkout at `failpoint`, restarts the service and waits until it has settled the order and the stock holds `reservedAfter`. */
  async function crashThenRecover(failpoint: 'after-reserve' | 'after-charge', reservedAfter: number) {
    const env = { ...p.orderEnv, DATA_DIR: mkdtempSync(join(tmpdir(), 'order-crash-')) };
    const doomed = await startOrderProcess({ ...env, ORDER_FAILPOINT: failpoint });
    running.push(doomed.child);
    const checkout = http(doomed.url, 'POST', '/api/v1/orders', customer, {
      items: [{ productId: product.id, quantity: 2 }],
      shippingAddress: ADDRESS,
      paymentMethod: card('4242424242424242'),
    });
    await expect(checkout).rejects.toThrow();
    expect((await doomed.exited).signal).toBe('SIGKILL');

    const pending = (await http(p.payment.url, 'GET', '/api/v1/payments?limit=100', admin)).body['data'] as unknown[];
    const restarted = await startOrderProcess({ ...env, ORDER_RECOVERY_AFTER_MS: '0' });
    running.push(restarted.child);
    let order: Record<string, any> = {};
    await expect
      .poll(
        async () => {
          order = (await http(restarted.url, 'GET', '/api/v1/orders?limit=1', customer)).body['data'][0];
          return order?.['status'];
        },
        { timeout: SETTLE_MS, interval: 200 },
      )
      .not.toBe('pending');
    // A cancellation wins first and its effects (the release) run after it: wait for them before
    // stopping the service that runs them.
    await expect.poll(async () => (await stock()).reservedQuantity, { timeout: SETTLE_MS, interval: 200 }).toBe(reservedAfter);
    const payments = (await http(p.payment.url, 'GET', `/api/v1/payments?orderId=${order['id']}`, admin)).body['data'] as {
      status: string;
    }[];
    restarted.child.kill('SIGTERM');
    await restarted.exited;
    return { order, payments, paymentsBefore: pending.length };
  }

  it('when the process dies after reserving and before charging, then on restart the order is cancelled, its stock released and nothing charged', async () => {
    const before = await stock();
    const { order, payments } = await crashThenRecover('after-reserve', before.reservedQuantity);
    expect(order).toMatchObject({ status: 'cancelled', paymentStatus: 'failed' });
    expect(payments).toEqual([]);
    expect((await stock()).reservedQuantity).toBe(before.reservedQuantity);
  }, 420_000);

  it('when the process dies after charging and before confirming, then on restart the order is confirmed with its stock reserved and one charge', async () => {
    const before = await stock();
    const { order, payments } = await crashThenRecover('after-charge', before.reservedQuantity + 2);
    expect(order).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
    expect(payments.map((x) => x.status)).toEqual(['succeeded']);
    expect((await stock()).reservedQuantity).toBe(before.reservedQuantity + 2);
    const reservation = await http(p.inventory.url, 'GET', `/api/v1/inventory/reservations/${order['id']}`, admin);
    expect(reservation.body['items'].map((i: { status: string }) => i.status)).toEqual(['confirmed']);
  }, 420_000);
});
