import type { Order } from '../../src/domain/order.js';
import { cartClient, catalogClient, inventoryClient, paymentClient, userClient } from '../../src/adapters/http/clients.js';
import { createOrderRepository } from '../../src/adapters/postgres/orders.repository.js';
import { makeCheckout } from '../../src/domain/checkout.js';
import { makeEffects } from '../../src/domain/effects.js';
import { makeOrders } from '../../src/domain/orders.js';
import type { ChargeRequest, InventoryPort, PaymentPort } from '../../src/domain/ports.js';
import { computeTotals } from '../../src/domain/totals.js';
import { ADDRESS, type Platform } from '../platform.js';

/** Called as the replica's checkout reaches a step. */
export interface ReplicaHooks {
  /** As the charge goes out. */
  charging?(request: ChargeRequest): void;
  /** After the order's reservation is confirmed, as the checkout is about to confirm the order. */
  stockConfirmed?(orderId: string): void;
  /** After the payment service has said whether the order was charged. */
  chargeLookedUp?(orderId: string): void;
  /** Before a refund or a stock commit goes out; throwing makes it fail as if the service were down. */
  refunding?(paymentId: string): void;
  committing?(orderId: string): void;
}

/**
 * A second replica of the order service's domain in this process, on its own handle to the same
 * database and calling the same inventory and payment services: what the service's recovery job
 * and checkout run, driven directly so a test can fire them at the moment it wants.
 */
export async function startReplica(p: Platform, hooks: ReplicaHooks = {}) {
  const db = await p.orderDatabase();
  const token = await p.issuer.token({ role: 'service', sub: 'order-replica' });
  const options = { token: async () => token, timeoutMs: 10_000 };
  const orders = createOrderRepository(db);
  const realInventory = inventoryClient(p.inventory.url, options);
  const realPayments = paymentClient(p.payment.url, options);
  const inventory: InventoryPort = {
    ...realInventory,
    confirm: async (orderId) => {
      await realInventory.confirm(orderId);
      hooks.stockConfirmed?.(orderId);
    },
    commit: async (orderId) => (hooks.committing?.(orderId), realInventory.commit(orderId)),
  };
  const payments: PaymentPort = {
    ...realPayments,
    charge: (request) => (hooks.charging?.(request), realPayments.charge(request)),
    refund: async (paymentId, reason) => (hooks.refunding?.(paymentId), realPayments.refund(paymentId, reason)),
    findCharge: async (orderId) => {
      const found = await realPayments.findCharge(orderId);
      hooks.chargeLookedUp?.(orderId);
      return found;
    },
  };
  const clock = { now: () => new Date() };
  const warn = () => undefined;
  const effects = makeEffects({ orders, inventory, payments, clock, warn });
  const checkout = makeCheckout({
    orders,
    catalog: catalogClient(p.catalog.url, options),
    inventory,
    payments,
    cart: cartClient(p.cart.url, options),
    users: userClient(p.issuer.url, options),
    effects,
    clock,
    taxRate: 0.08,
    currency: 'USD',
    reservationTtlSeconds: 900,
    failpoint: () => undefined,
    warn,
  });
  const lifecycle = makeOrders({ orders, checkout, effects, clock });

  /**
   * A checkout whose process died after reserving (`charged: false`) or after charging: the order
   * pending with its stock reserved, and charged or not, as the crash test's failpoints leave it.
   */
  async function abandonedCheckout(
    userId: string,
    product: { id: string; sku: string; name: string; priceCents: number },
    charged: boolean,
  ): Promise<Order> {
    const items = [
      { productId: product.id, sku: product.sku, name: product.name, priceCents: product.priceCents, quantity: 1, imageUrl: null },
    ];
    const order = (await orders.create(
      {
        id: crypto.randomUUID(),
        userId,
        email: 'ada@example.com',
        items,
        currency: 'USD',
        ...computeTotals(items, 'standard', 0.08),
        shippingAddress: ADDRESS,
        billingAddress: ADDRESS,
        shippingMethod: 'standard',
        fromCart: false,
        idempotencyKey: null,
      },
      clock.now(),
    ))!;
    const reserved = await realInventory.reserve(order.id, [{ sku: product.sku, quantity: 1 }], 900);
    if (!reserved.ok) throw new Error(`no stock for ${product.sku}`);
    if (charged) {
      const card = {
        type: 'card' as const,
        cardNumber: '4242424242424242',
        expMonth: 12,
        expYear: new Date().getFullYear() + 2,
        cvc: '123',
      };
      const outcome = await realPayments.charge({
        orderId: order.id,
        amountCents: order.totalCents,
        currency: 'USD',
        card,
        customerId: userId,
        email: order.email,
      });
      if (outcome.status !== 'succeeded') throw new Error(`charge of ${order.id} ${outcome.status}`);
    }
    return order;
  }

  return { orders, checkout, lifecycle, abandonedCheckout };
}
