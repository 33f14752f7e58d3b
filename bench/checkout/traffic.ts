/**
 * The customers' side of the checkout benchmark: registered customers, the checkout mix, the
 * baseline read, and the loop that drives either at a fixed concurrency, counting every answer.
 */
import { randomUUID } from 'node:crypto';
import { Pool } from 'undici';
import { fetchJson } from '@shop/http/testing';
import type { AnswerCounter } from '../lib/answers.js';

export interface Product {
  id: string;
  sku: string;
  price: number;
}

const GOOD_CARD = '4242424242424242';
const DECLINED_CARD = '4000000000000002';
/** Fails its first attempt; the saga retries and the order goes through. */
const PROCESSING_ERROR_CARD = '4000000000000119';
/**
 * What the mix may answer: 201 (confirmed, the processing-error card included), 402
 * PAYMENT_DECLINED for the declined card only, 409 INSUFFICIENT_STOCK only for an order with a
 * scarce sku. Anything else (a 5xx, a 409 or 402 for another reason, no answer) fails the run.
 */
export const CHECKOUT_STATUSES = [201, 402, 409] as const;

export interface Attempt {
  worker: number;
  status: number;
  orderId: string | undefined;
  ms: number;
}

/** Bare undici on keep-alive connections: the customers' side costs as little as it can. */
export function orderClient(url: string) {
  const pool = new Pool(url);
  const call = async (method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: unknown) => {
    const response = await pool.request({
      method,
      path,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await response.body.text();
    return { status: response.statusCode, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
  };
  return { call, close: () => pool.close() };
}

export async function registerCustomers(userUrl: string, count: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const registered = await fetchJson(`${userUrl}/api/v1/auth/register`, {
        method: 'POST',
        body: {
          email: `bench-${i}-${randomUUID().slice(0, 8)}@example.com`,
          password: 'bench-password',
          firstName: 'Bench',
          lastName: `C${i}`,
        },
      });
      if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
      return registered.body['accessToken'] as string;
    }),
  );
}

/** `concurrency` loops calling `op` until the time is up; every answer and transport error is counted. */
export async function drive(
  concurrency: number,
  seconds: number,
  counter: AnswerCounter,
  op: (worker: number) => Promise<{ status: number; body: Record<string, unknown>; ok?: boolean; orderId?: string }>,
): Promise<{ attempts: Attempt[]; elapsed: number }> {
  const until = Date.now() + seconds * 1000;
  const attempts: Attempt[] = [];
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (Date.now() < until) {
        const t = performance.now();
        try {
          const answer = await op(worker);
          counter.answer(answer.status, answer.body, answer.ok);
          attempts.push({ worker, status: answer.status, orderId: answer.orderId, ms: performance.now() - t });
        } catch (error) {
          counter.error(error);
        }
      }
    }),
  );
  return { attempts, elapsed: (Date.now() - started) / 1000 };
}

type Call = ReturnType<typeof orderClient>['call'];

/** The checkout mix: 90% good cards, 5% declined, 5% a processing error; 10% of orders add a scarce sku. */
export function checkoutOp(call: Call, customers: string[], plenty: Product[], scarce: Product[]) {
  const address = { firstName: 'Bench', lastName: 'Customer', line1: '1 Load St', city: 'Springfield', postalCode: '12345', country: 'US' };
  const expYear = new Date().getFullYear() + 2;
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  let n = 0;
  return async (worker: number) => {
    n++;
    const roll = n % 20;
    const cardNumber = roll === 0 ? DECLINED_CARD : roll === 1 ? PROCESSING_ERROR_CARD : GOOD_CARD;
    const withScarce = n % 10 === 3;
    const lines = [pick(plenty), ...(n % 2 ? [pick(plenty)] : []), ...(withScarce ? [pick(scarce)] : [])];
    const items = [...new Map(lines.map((p) => [p.id, { productId: p.id, quantity: 1 }])).values()];
    const { status, body } = await call(
      'POST',
      '/api/v1/orders',
      { authorization: `Bearer ${customers[worker % customers.length]}`, 'idempotency-key': randomUUID() },
      { items, shippingAddress: address, paymentMethod: { type: 'card', cardNumber, expMonth: 12, expYear, cvc: '123' } },
    );
    const ok =
      status === 201 ||
      (status === 402 && cardNumber === DECLINED_CARD && body['code'] === 'PAYMENT_DECLINED') ||
      (status === 409 && withScarce && body['code'] === 'INSUFFICIENT_STOCK');
    return { status, body, ok, orderId: (body['id'] ?? body['orderId']) as string | undefined };
  };
}

/**
 * The baseline: each worker reads one of its customer's confirmed orders (`GET /api/v1/orders/:id`,
 * authenticated), the cheapest real read of the order service, on the same connections.
 */
export function baselineOp(call: Call, customers: string[], orderOf: (customer: number) => string) {
  return async (worker: number) => {
    const customer = worker % customers.length;
    const { status, body } = await call('GET', `/api/v1/orders/${orderOf(customer)}`, { authorization: `Bearer ${customers[customer]}` });
    return { status, body, ok: status === 200 && body['id'] === orderOf(customer) };
  };
}
