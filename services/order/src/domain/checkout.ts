import { randomUUID } from 'node:crypto';
import { ValidationError } from '@shop/errors/errors';
import { assertUsableCard, type CardInput } from './card.js';
import type { Effects } from './effects.js';
import { OrderCancelledError, PaymentDeclinedError } from './errors.js';
import type { Address, Order, ShippingMethod } from './order.js';
import type { CartPort, CatalogPort, Failpoint, InventoryPort, OrderRepository, PaymentPort, Receipt, UserPort } from './ports.js';
import { priceLines, type WantedLine } from './pricing.js';
import { cancelPending } from './saga/cancel.js';
import { chargeStep } from './saga/charge.js';
import { confirmStep } from './saga/confirm.js';
import { reserveStep } from './saga/reserve.js';
import { computeTotals } from './totals.js';

export interface CheckoutDeps {
  orders: OrderRepository;
  catalog: CatalogPort;
  inventory: InventoryPort;
  payments: PaymentPort;
  cart: CartPort;
  users: UserPort;
  /** What a cancellation owes (refund, release) once it has won; shared with the order lifecycle. */
  effects: Effects;
  clock: { now(): Date };
  taxRate: number;
  currency: string;
  reservationTtlSeconds: number;
  failpoint: Failpoint;
  /** Logs what a compensation could not undo, for an operator to see. */
  warn(message: string, details: Record<string, unknown>): void;
}

export interface PlaceOrderInput {
  items?: WantedLine[] | undefined;
  shippingAddress: Address;
  billingAddress?: Address | undefined;
  shippingMethod?: ShippingMethod | undefined;
  paymentMethod: CardInput;
}

export interface Customer {
  id: string;
  email?: string | undefined;
}

/**
 * The checkout saga (contract section 7), each step in saga/ with its compensation beside it:
 *   price the lines → create the order (pending)
 *   reserve all lines            ↔ release the reservation      (saga/reserve.ts)
 *   charge the total             ↔ refund the payment           (saga/charge.ts)
 *   confirm the reservation and the order (order.created), then clear the cart (saga/confirm.ts).
 * Whatever fails, the order ends confirmed or cancelled; when an answer is lost (a crash, a
 * timeout) the order stays pending and the recovery job decides from the payment's truth. Once
 * the order holds a charge, it is given back only by the cancellation that won the order's
 * compare-and-set (effects.ts), whoever started it: a customer, the recovery job, or this saga.
 */
export function makeCheckout(deps: CheckoutDeps) {
  const { orders, catalog, payments, effects, clock } = deps;
  const cancel = cancelPending(deps);
  const reserve = reserveStep({ ...deps, cancel });
  const charge = chargeStep(deps);
  const confirm = confirmStep({ ...deps, cancel, reserve });

  /** The charge did not go through: the stock given back and the order cancelled. */
  async function abandon(order: Order, reason: string): Promise<void> {
    await reserve.compensate(order);
    await cancel(order, reason, { paymentStatus: 'failed' }, false);
  }

  /**
   * `idempotency.firstUse` false: the key was held by a request whose process died, so an order
   * with this key may exist; it is finished rather than a second one started. `receipt`, the
   * caller's, is stored with the order's confirmation.
   */
  async function placeOrder(
    customer: Customer,
    input: PlaceOrderInput,
    idempotency: { key: string; firstUse: boolean } | null,
    receipt?: Receipt<Order>,
  ): Promise<Order> {
    assertUsableCard(input.paymentMethod, clock.now());
    if (idempotency && !idempotency.firstUse) {
      const existing = await orders.findByIdempotencyKey(customer.id, idempotency.key);
      if (existing) return finishExisting(existing);
    }
    const { order, earlier } = await createOrder(customer, input, idempotency?.key ?? null);
    if (earlier) return finishExisting(order);

    await reserve.run(order);
    deps.failpoint('after-reserve');

    const verdict = await charge.run(order, input.paymentMethod);
    if (verdict.kind === 'refused') {
      await abandon(order, verdict.reason);
      throw verdict.error;
    }
    deps.failpoint('after-charge');
    if (verdict.kind === 'declined') {
      await abandon(order, verdict.reason);
      throw new PaymentDeclinedError(order.id, verdict.declineCode, verdict.message);
    }
    return confirm(order, verdict.paymentId, receipt);
  }

  /** The order priced and stored as pending; `earlier`: the key already had one, which is given instead. */
  async function createOrder(
    customer: Customer,
    input: PlaceOrderInput,
    idempotencyKey: string | null,
  ): Promise<{ order: Order; earlier: boolean }> {
    const fromCart = input.items === undefined;
    const lines = await priceLines(catalog, input.items ?? (await deps.cart.items(customer.id)));
    const email = customer.email ?? (await deps.users.email(customer.id));
    if (!email) throw new ValidationError('The account has no email address.', [{ path: '/', message: 'an email address is needed' }]);
    const shippingMethod = input.shippingMethod ?? 'standard';
    const created = await orders.create(
      {
        id: randomUUID(),
        userId: customer.id,
        email,
        items: lines,
        currency: deps.currency,
        ...computeTotals(lines, shippingMethod, deps.taxRate),
        shippingAddress: input.shippingAddress,
        billingAddress: input.billingAddress ?? input.shippingAddress,
        shippingMethod,
        fromCart,
        idempotencyKey,
      },
      clock.now(),
    );
    if (created) return { order: created, earlier: false };
    // The key's first request failed with a 5xx after creating its order: that one is finished.
    return { order: (await orders.findByIdempotencyKey(customer.id, idempotencyKey!))!, earlier: true };
  }

  /**
   * Brings a pending order to its end from what the payment service knows (the recovery job,
   * and a client retrying with the same Idempotency-Key after a crash).
   */
  async function recover(order: Order): Promise<Order> {
    const charged = await payments.findCharge(order.id);
    if (charged && charged.status !== 'failed') return confirm(order, charged.paymentId);
    // Not charged: cancel it, and once that has won, release its stock.
    const now = clock.now();
    const cancelled = await cancel(order, 'checkout did not finish', { paymentStatus: 'failed' }, true, now);
    if (!cancelled) return (await orders.get(order.id)) ?? order; // moved by another hand, which settles it
    return effects.settle(cancelled, now);
  }

  async function finishExisting(order: Order): Promise<Order> {
    const settled = order.status === 'pending' ? await recover(order) : order;
    if (settled.status === 'cancelled') throw new OrderCancelledError(order.id, settled.cancelReason);
    return settled;
  }

  /**
   * What checking out would cost now (the storefront's review step): the same pricing and totals
   * as `placeOrder`, without creating anything. The order itself is priced again when placed.
   */
  async function quote(customer: Customer, input: Pick<PlaceOrderInput, 'items' | 'shippingMethod'>) {
    const lines = await priceLines(catalog, input.items ?? (await deps.cart.items(customer.id)));
    const shippingMethod = input.shippingMethod ?? 'standard';
    return { lines, shippingMethod, currency: deps.currency, ...computeTotals(lines, shippingMethod, deps.taxRate) };
  }

  return { placeOrder, quote, recover, complete: confirm };
}

export type Checkout = ReturnType<typeof makeCheckout>;
