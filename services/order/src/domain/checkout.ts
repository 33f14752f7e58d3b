import { randomUUID } from 'node:crypto';
import { InvalidStateError, UpstreamUnavailableError, ValidationError } from '@shop/errors/errors';
import { assertUsableCard, type CardInput } from './card.js';
import type { Effects } from './effects.js';
import { OrderCancelledError, OrderOutOfStockError, PaymentDeclinedError } from './errors.js';
import { orderEvents } from './events.js';
import type { Address, Order, ShippingMethod } from './order.js';
import type {
  CartPort,
  CatalogPort,
  ChargeOutcome,
  CheckoutAnswer,
  Failpoint,
  InventoryPort,
  OrderChanges,
  OrderRepository,
  PaymentPort,
  ReserveOutcome,
  UserPort,
} from './ports.js';
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
  items?: { productId: string; quantity: number }[] | undefined;
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
 * The checkout saga (contract section 7), each step with its compensation beside it:
 *   price the lines → create the order (pending)
 *   reserve all lines            ↔ release the reservation
 *   charge the total             ↔ refund the payment
 *   confirm the reservation and the order (order.created), then clear the cart.
 * Whatever fails, the order ends confirmed or cancelled; when an answer is lost (a crash, a
 * timeout) the order stays pending and the recovery job decides from the payment's truth. Once
 * the order holds a charge, it is given back only by the cancellation that won the order's
 * compare-and-set (effects.ts), whoever started it: a customer, the recovery job, or this saga.
 */
export function makeCheckout(deps: CheckoutDeps) {
  const { orders, catalog, inventory, payments, effects, clock } = deps;

  const reserveStep = {
    run: (order: Order) =>
      inventory.reserve(
        order.id,
        order.items.map((i) => ({ sku: i.sku, quantity: i.quantity })),
        deps.reservationTtlSeconds,
      ),
    compensate: (order: Order) =>
      inventory
        .release(order.id)
        .catch((error: unknown) => deps.warn('reservation not released; it will expire', { orderId: order.id, error: String(error) })),
  };

  const chargeStep = {
    run: (order: Order, card: CardInput): Promise<ChargeOutcome> =>
      payments.charge({
        orderId: order.id,
        amountCents: order.totalCents,
        currency: order.currency,
        card,
        customerId: order.userId,
        email: order.email,
      }),
    // Its compensation, the refund, belongs to the cancellation (effects.ts, `undoCheckout`): it
    // runs only once a cancellation has won the order, whoever asked for it.
  };

  /** pending → cancelled; `owesFrom`: the cancellation owes a refund and a release, marked owed as of then. */
  async function cancel(order: Order, reason: string, changes: OrderChanges, publish: boolean, owesFrom?: Date): Promise<Order | null> {
    return orders.transition(order.id, {
      from: ['pending'],
      to: 'cancelled',
      changes: { ...changes, cancelReason: reason },
      note: reason,
      event: publish ? orderEvents.cancelled(order, reason) : null,
      now: owesFrom ?? clock.now(),
      owesEffects: owesFrom !== undefined,
    });
  }

  async function priceLines(lines: { productId: string; quantity: number }[]) {
    const seen = new Set<string>();
    lines.forEach((line, i) => {
      if (seen.has(line.productId))
        throw new ValidationError('Each product may appear once.', [{ path: `/items/${i}/productId`, message: 'is repeated' }]);
      seen.add(line.productId);
    });
    const products = await catalog.getProducts(lines.map((line) => line.productId));
    return lines.map((line, i) => {
      const product = products.get(line.productId);
      if (!product || !product.isActive) {
        throw new ValidationError('A product is not available.', [{ path: `/items/${i}/productId`, message: 'is not available' }]);
      }
      return {
        productId: product.id,
        sku: product.sku,
        name: product.name,
        priceCents: product.priceCents,
        quantity: line.quantity,
        imageUrl: product.imageUrl,
      };
    });
  }

  /** A charged order's stock held for good: its reservation confirmed, or taken again if it lapsed. */
  async function holdStock(order: Order): Promise<ReserveOutcome> {
    try {
      await inventory.confirm(order.id);
      return { ok: true };
    } catch (error) {
      if (!(error instanceof InvalidStateError)) throw error; // inventory down: stays pending, recovery finishes it
      const again = await reserveStep.run(order);
      if (again.ok) await inventory.confirm(order.id);
      return again;
    }
  }

  /**
   * The charge went through: hold the stock for good and confirm the order. When the stock is gone
   * the order is cancelled holding the charge, and the cancellation, having won, refunds it.
   */
  async function complete(order: Order, paymentId: string, answer?: (confirmed: Order) => CheckoutAnswer | null): Promise<Order> {
    const held = await holdStock(order);
    if (!held.ok) {
      const now = clock.now();
      const cancelled = await cancel(order, `stock no longer available: ${held.skus.join(', ')}`, { paymentId }, true, now);
      if (!cancelled) return lostTo(order, paymentId);
      await effects.settle(cancelled, now);
      throw new OrderOutOfStockError(order.id, held.skus);
    }
    const confirmed = await orders.move(
      order,
      {
        from: ['pending'],
        to: 'confirmed',
        changes: { paymentStatus: 'paid', paymentId, paymentMethod: 'card' },
        note: 'payment received',
        event: orderEvents.created(order),
        now: clock.now(),
      },
      answer,
    );
    if (!confirmed) return lostTo(order, paymentId);
    if (confirmed.fromCart) {
      await deps.cart
        .clear(order.userId)
        .catch((error: unknown) => deps.warn('cart not cleared after checkout', { orderId: order.id, error: String(error) }));
    }
    return confirmed;
  }

  /**
   * The order moved while this checkout held `paymentId`. Finished by another hand (the recovery
   * job) with this very charge: that is the answer. Cancelled: the cancellation won, so the
   * undoing is its own; it is handed this charge (recorded and marked owed in one statement, so
   * the recovery job refunds it if this process stops now) and its effects run again.
   */
  async function lostTo(order: Order, paymentId: string): Promise<Order> {
    const current = await orders.get(order.id);
    if (current && current.status !== 'cancelled') return current;
    const now = clock.now();
    const owed = await orders.owe(order.id, { paymentId }, now);
    if (owed) await effects.settle(owed, now);
    throw new OrderCancelledError(order.id, current?.cancelReason ?? null);
  }

  /** The charge's answer was lost: ask the payment service what happened. Undefined: it cannot tell now. */
  async function chargeAfterLostAnswer(order: Order): Promise<{ paymentId: string } | null | undefined> {
    try {
      const found = await payments.findCharge(order.id);
      return found && found.status !== 'failed' ? { paymentId: found.paymentId } : null;
    } catch {
      return undefined;
    }
  }

  /**
   * `idempotency.firstUse` false: the key was held by a request whose process died, so an order
   * with this key may exist; it is finished rather than a second one started. `answer` gives the
   * caller's answer for the confirmed order, recorded with the confirmation.
   */
  async function placeOrder(
    customer: Customer,
    input: PlaceOrderInput,
    idempotency: { key: string; firstUse: boolean } | null,
    answer?: (confirmed: Order) => CheckoutAnswer | null,
  ): Promise<Order> {
    assertUsableCard(input.paymentMethod, clock.now());
    const idempotencyKey = idempotency?.key ?? null;
    if (idempotency && !idempotency.firstUse) {
      const existing = await orders.findByIdempotencyKey(customer.id, idempotency.key);
      if (existing) return finishExisting(existing);
    }
    const fromCart = input.items === undefined;
    const wanted = input.items ?? (await deps.cart.items(customer.id));
    if (wanted.length === 0) throw new ValidationError('The cart is empty.', [{ path: '/items', message: 'no items to order' }]);
    const lines = await priceLines(wanted);
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
    if (!created) {
      // The key's first request failed with a 5xx after creating its order: finish that one.
      const existing = await orders.findByIdempotencyKey(customer.id, idempotencyKey!);
      return finishExisting(existing!);
    }
    const order = created;

    let reserved;
    try {
      reserved = await reserveStep.run(order);
    } catch (error) {
      await cancel(order, 'inventory unavailable', { paymentStatus: 'failed' }, false);
      throw error;
    }
    if (!reserved.ok) {
      await cancel(order, `insufficient stock: ${reserved.skus.join(', ')}`, { paymentStatus: 'failed' }, false);
      throw new OrderOutOfStockError(order.id, reserved.skus);
    }
    deps.failpoint('after-reserve');

    let outcome: ChargeOutcome;
    try {
      outcome = await chargeStep.run(order, input.paymentMethod);
    } catch (error) {
      if (!(error instanceof UpstreamUnavailableError)) {
        // Refused outright (a 4xx): nothing was charged.
        await reserveStep.compensate(order);
        await cancel(order, 'payment refused', { paymentStatus: 'failed' }, false);
        throw error;
      }
      const known = error.certainlyNotApplied ? null : await chargeAfterLostAnswer(order);
      if (known === undefined) throw error; // cannot tell whether it charged: pending until recovery
      if (known === null) {
        await reserveStep.compensate(order);
        await cancel(order, 'payment service unavailable', { paymentStatus: 'failed' }, false);
        throw error;
      }
      outcome = { status: 'succeeded', paymentId: known.paymentId, brand: null, last4: null };
    }
    deps.failpoint('after-charge');

    if (outcome.status === 'failed') {
      await reserveStep.compensate(order);
      await cancel(order, `payment declined${outcome.declineCode ? `: ${outcome.declineCode}` : ''}`, { paymentStatus: 'failed' }, false);
      throw new PaymentDeclinedError(order.id, outcome.declineCode, outcome.message);
    }
    return complete(order, outcome.paymentId, answer);
  }

  /**
   * Brings a pending order to its end from what the payment service knows (the recovery job,
   * and a client retrying with the same Idempotency-Key after a crash).
   */
  async function recover(order: Order): Promise<Order> {
    const charged = await payments.findCharge(order.id);
    if (charged && charged.status !== 'failed') return complete(order, charged.paymentId);
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
    const wanted = input.items ?? (await deps.cart.items(customer.id));
    if (wanted.length === 0) throw new ValidationError('The cart is empty.', [{ path: '/items', message: 'no items to order' }]);
    const lines = await priceLines(wanted);
    const shippingMethod = input.shippingMethod ?? 'standard';
    return { lines, shippingMethod, currency: deps.currency, ...computeTotals(lines, shippingMethod, deps.taxRate) };
  }

  return { placeOrder, quote, recover, complete };
}

export type Checkout = ReturnType<typeof makeCheckout>;
