import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../src/domain/order.js';
import { ADDRESS, card, clientsFor, http, startPlatform, type Platform } from '../platform.js';
import { startReplica } from './harness.js';

// A race test (*.race.test.ts): `npm test` runs it on PGlite, `engines-db` on PostgreSQL, where the
// two sides' statements really meet. Each pair is fired 100 times, 20 pairs at a time.
const ROUNDS = 5;
const AT_ONCE = 20;

interface Product {
  id: string;
  sku: string;
  name: string;
  price: number;
}
interface PaymentJson {
  status: string;
  amount: number;
  refundedAmount: number;
  refunds: unknown[];
}

/**
 * Why an order's end is inconsistent, or null when it is one of the allowed ends: shipped (or
 * still confirmed) and paid with its stock held, nothing refunded; or cancelled with its stock
 * released and any charge refunded exactly once.
 */
function inconsistency(order: Order & { paymentStatus: string }, payments: PaymentJson[], reservations: string[]): string | null {
  const charges = payments.filter((x) => x.status !== 'failed');
  if (charges.length > 1) return 'charged twice';
  const charge = charges[0];
  if (order.status === 'shipped' || order.status === 'confirmed') {
    const held = order.status === 'shipped' ? 'committed' : 'confirmed';
    if (!charge || charge.status !== 'succeeded' || charge.refundedAmount !== 0) return `${order.status} but refunded or not charged`;
    if (order.paymentStatus !== 'paid') return `${order.status} with paymentStatus ${order.paymentStatus}`;
    if (reservations.length === 0 || reservations.some((s) => s !== held)) return `${order.status} with stock ${reservations.join('/')}`;
    return null;
  }
  if (order.status === 'cancelled') {
    if (reservations.some((s) => s !== 'released' && s !== 'expired')) return `cancelled with stock ${reservations.join('/')}`;
    if (!charge) return null;
    if (charge.status !== 'refunded' || charge.refunds.length !== 1 || charge.refundedAmount !== charge.amount)
      return `cancelled with the charge ${charge.status}, ${charge.refunds.length} refunds`;
    if (order.paymentStatus !== 'refunded') return `cancelled and refunded with paymentStatus ${order.paymentStatus}`;
    return null;
  }
  return `left ${order.status}`;
}

describe('a cancel racing a shipment, a checkout completion and the recovery job', () => {
  let p: Platform;
  let c: Awaited<ReturnType<typeof clientsFor>>;
  let product: Product;
  let replica: Awaited<ReturnType<typeof startReplica>>;
  /** The cancel each checkout of the replica fires when it reaches the step its race names. */
  const armed = new Map<string, { at: 'charge' | 'stock confirmed'; token: string; orderId?: string; cancel?: Promise<number> }>();
  const byOrder = new Map<string, string>();
  /** What to do when the replica reaches a step for this order (the recovery races). */
  const atStep = new Map<string, () => void>();

  beforeAll(async () => {
    p = await startPlatform();
    c = await clientsFor(p, p.order);
    const list = await http(p.catalog.url, 'GET', '/api/v1/products?limit=100');
    product = (list.body['data'] as (Product & { inventoryQuantity: number })[]).find((x) => x.inventoryQuantity >= 10)!;
    await http(p.inventory.url, 'PUT', `/api/v1/inventory/${product.sku}`, c.admin, { quantity: 5_000 });
    replica = await startReplica(p, {
      charging: (request) => {
        const race = armed.get(request.customerId)!;
        race.orderId = request.orderId;
        byOrder.set(request.orderId, request.customerId);
        if (race.at === 'charge') race.cancel = cancel(request.orderId, race.token);
      },
      stockConfirmed: (orderId) => {
        const race = armed.get(byOrder.get(orderId) ?? '');
        if (race?.at === 'stock confirmed') race.cancel = cancel(orderId, race.token);
        atStep.get(orderId)?.();
      },
      chargeLookedUp: (orderId) => atStep.get(orderId)?.(),
    });
  }, 120_000);
  afterAll(() => p?.close());

  const customer = async () => {
    const id = crypto.randomUUID();
    return { id, token: await p.issuer.token({ role: 'customer', sub: id, email: 'ada@example.com' }) };
  };
  const cancel = async (orderId: string, token: string) =>
    (await c.request({ method: 'POST', url: `/api/v1/orders/${orderId}/cancel`, token, payload: { reason: 'changed my mind' } })).status;
  const ship = async (orderId: string) =>
    (
      await c.request({
        method: 'POST',
        url: `/api/v1/orders/${orderId}/ship`,
        token: c.admin,
        payload: { trackingNumber: '1Z999AA10123456784', carrier: 'UPS' },
      })
    ).status;
  const placed = async (token: string): Promise<string> => {
    const answer = await c.request({
      method: 'POST',
      url: '/api/v1/orders',
      token,
      payload: { items: [{ productId: product.id, quantity: 1 }], shippingAddress: ADDRESS, paymentMethod: card('4242424242424242') },
    });
    expect(answer.status).toBe(201);
    return answer.body.id as string;
  };

  /** The order as it ended, and why that end is inconsistent (null: it is not). */
  async function end(orderId: string) {
    const [order, payments, reservations] = await Promise.all([
      c.request({ url: `/api/v1/orders/${orderId}`, token: c.admin }),
      http(p.payment.url, 'GET', `/api/v1/payments?orderId=${orderId}`, c.admin),
      http(p.inventory.url, 'GET', `/api/v1/inventory/reservations/${orderId}`, c.service),
    ]);
    const states = ((reservations.body['items'] ?? []) as { status: string }[]).map((r) => r.status);
    return { status: order.body.status as string, why: inconsistency(order.body, payments.body['data'] as PaymentJson[], states) };
  }

  /** Fires `race` 100 times, 20 at a time, and tallies how the orders ended. */
  async function fire(race: () => Promise<{ orderId: string; cancelled: number; answersAgree: string | null }>) {
    const tally: Record<string, number> = {};
    const wrong: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const ran = await Promise.all(Array.from({ length: AT_ONCE }, race));
      for (const { orderId, cancelled, answersAgree } of ran) {
        const { status, why } = await end(orderId);
        tally[status] = (tally[status] ?? 0) + 1;
        tally[`cancel answered ${cancelled}`] = (tally[`cancel answered ${cancelled}`] ?? 0) + 1;
        const problem =
          why ?? answersAgree ?? (cancelled === 200 && status !== 'cancelled' ? `cancel answered 200, order ${status}` : null);
        if (problem) {
          tally['inconsistent'] = (tally['inconsistent'] ?? 0) + 1;
          wrong.push(`${orderId}: ${problem}`);
        }
      }
    }
    return { tally, wrong };
  }

  it('when a customer cancels while staff ship, then the order ends shipped and paid or cancelled and refunded once, never both', async () => {
    const { tally, wrong } = await fire(async () => {
      const who = await customer();
      const orderId = await placed(who.token);
      const [cancelled, shipped] = await Promise.all([cancel(orderId, who.token), ship(orderId)]);
      // Exactly one of the two wins; the other is told the order changed.
      const answersAgree = [cancelled, shipped].sort().join(',') === '200,409' ? null : `answers cancel ${cancelled}, ship ${shipped}`;
      return { orderId, cancelled, answersAgree };
    });
    expect(wrong, JSON.stringify(tally)).toEqual([]);
    expect((tally['shipped'] ?? 0) + (tally['cancelled'] ?? 0)).toBe(ROUNDS * AT_ONCE);
  });

  it('when a customer cancels while the checkout charges or confirms, then the order ends confirmed and paid or cancelled with the charge refunded once', async () => {
    let n = 0;
    const { tally, wrong } = await fire(async () => {
      const who = await customer();
      const race: { at: 'charge' | 'stock confirmed'; token: string; orderId?: string; cancel?: Promise<number> } = {
        at: n++ % 2 === 0 ? 'charge' : 'stock confirmed',
        token: who.token,
      };
      armed.set(who.id, race);
      const checkout = await replica.checkout
        .placeOrder(
          { id: who.id, email: 'ada@example.com' },
          { items: [{ productId: product.id, quantity: 1 }], shippingAddress: ADDRESS, paymentMethod: card('4242424242424242') },
          null,
        )
        .then(
          (order) => order.status,
          (error: { code?: string }) => error.code ?? String(error),
        );
      const cancelled = await race.cancel!;
      // The cancel won (the checkout is refused), lost (409), or came once the order was confirmed.
      const agree = checkout === 'confirmed' ? cancelled === 409 || cancelled === 200 : checkout === 'INVALID_STATE' && cancelled === 200;
      return { orderId: race.orderId!, cancelled, answersAgree: agree ? null : `answers checkout ${checkout}, cancel ${cancelled}` };
    });
    expect(wrong, JSON.stringify(tally)).toEqual([]);
  });

  it('when a customer cancels while the recovery job settles the abandoned checkout, then the order ends confirmed and paid or cancelled with any charge refunded once', async () => {
    let n = 0;
    const { tally, wrong } = await fire(async () => {
      const i = n++;
      const who = await customer();
      const abandoned = await replica.abandonedCheckout(
        who.id,
        { id: product.id, sku: product.sku, name: product.name, priceCents: Math.round(product.price * 100) },
        i % 2 === 0,
      );
      // Half the cancels go out with the recovery, half once it has decided: as it is about to
      // confirm a charged order (its stock confirmed), or to cancel one that was not charged.
      let cancelling: Promise<number> | undefined;
      const fireCancel = () => (cancelling ??= cancel(abandoned.id, who.token));
      if (Math.floor(i / 2) % 2 === 0) void fireCancel();
      else atStep.set(abandoned.id, () => void fireCancel());
      const recovered = await replica.checkout.recover(abandoned).then(
        (order) => order.status,
        (error: { code?: string }) => error.code ?? String(error),
      );
      const cancelled = await fireCancel();
      // The cancel won (the recovery is refused or finds it cancelled), lost to the recovery's own
      // cancellation or confirmation (409), or came once the recovery had confirmed the order.
      const agree =
        cancelled === 200
          ? ['cancelled', 'INVALID_STATE', 'confirmed'].includes(recovered)
          : cancelled === 409 && ['cancelled', 'confirmed'].includes(recovered);
      return { orderId: abandoned.id, cancelled, answersAgree: agree ? null : `answers recovery ${recovered}, cancel ${cancelled}` };
    });
    expect(wrong, JSON.stringify(tally)).toEqual([]);
  });
});
