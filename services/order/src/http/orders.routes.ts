import { principalOf, requireRole } from '@shop/auth/require-role';
import type { HttpApp } from '@shop/http/app';
import { createdRange, dayRange } from '@shop/http/day-range';
import { BearerAuth } from '@shop/http/schemas';
import { answerWithWrite, type createIdempotency } from '@shop/idempotency/idempotency';
import type { Checkout } from '../domain/checkout.js';
import type { Order } from '../domain/order.js';
import type { OrderStats } from '../domain/order-stats.js';
import type { Orders } from '../domain/orders.js';
import { amountsInUnits, fromCents, lineInUnits } from '../domain/totals.js';
import {
  CancelBody,
  OrderList,
  OrderListQuery,
  OrderParams,
  OrderSchema,
  OrderStatsQuery,
  OrderStatsSchema,
  PlaceOrderBody,
  QuoteBody,
  QuoteSchema,
  ShipBody,
} from './orders.schemas.js';

const tags = ['orders'];
const security = BearerAuth;

export function orderView(o: Order) {
  return {
    id: o.id,
    orderNumber: o.orderNumber,
    userId: o.userId,
    email: o.email,
    items: o.items.map((i) => ({ id: i.id, ...lineInUnits(i) })),
    ...amountsInUnits(o),
    status: o.status,
    paymentStatus: o.paymentStatus,
    paymentMethod: o.paymentMethod,
    paymentId: o.paymentId,
    shippingAddress: o.shippingAddress as unknown as Record<string, unknown>,
    billingAddress: o.billingAddress as unknown as Record<string, unknown>,
    shippingMethod: o.shippingMethod,
    trackingNumber: o.trackingNumber,
    carrier: o.carrier,
    cancelReason: o.cancelReason,
    statusHistory: o.statusHistory.map((h) => ({ status: h.status, at: h.at.toISOString(), note: h.note })),
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

function statsView(s: OrderStats & { from: string; to: string }) {
  return {
    from: s.from,
    to: s.to,
    orders: s.orders,
    revenue: fromCents(s.revenueCents),
    averageOrderValue: fromCents(s.averageOrderValueCents),
    byStatus: s.byStatus,
    byDay: s.byDay.map((d) => ({ date: d.date, orders: d.orders, revenue: fromCents(d.revenueCents) })),
  };
}

export function registerOrderRoutes(
  app: HttpApp,
  deps: { checkout: Checkout; orders: Orders; idempotency: ReturnType<typeof createIdempotency>; clock: { now(): Date } },
): void {
  const { checkout, orders, idempotency, clock } = deps;

  app.post(
    '/api/v1/orders',
    {
      preHandler: [requireRole('customer', 'admin'), idempotency.preHandler],
      onSend: idempotency.onSend,
      schema: {
        tags,
        security,
        summary: 'Check out: price, reserve, charge, confirm (Idempotency-Key honoured)',
        body: PlaceOrderBody,
        response: { 201: OrderSchema },
      },
    },
    async (request, reply) => {
      const caller = principalOf(request);
      const held = request.idempotency;
      // The confirmed order's answer is serialised before the confirmation is written, so that the
      // key's record of it goes in the same statement (one commit, not two) and is what is sent.
      const answer = answerWithWrite(request, reply, 201, orderView);
      const order = await checkout.placeOrder(
        { id: caller.sub, email: caller.email },
        request.body,
        held ? { key: held.key, firstUse: held.firstUse } : null,
        answer.receipt,
      );
      return answer.send(order);
    },
  );

  app.post(
    '/api/v1/orders/quote',
    {
      preHandler: requireRole('customer', 'admin'),
      schema: {
        tags,
        security,
        summary: "What checking out would cost now (the cart's or the given lines), without placing an order",
        body: QuoteBody,
        response: { 200: QuoteSchema },
      },
    },
    async (request) => {
      const caller = principalOf(request);
      const q = await checkout.quote({ id: caller.sub, email: caller.email }, request.body);
      return {
        items: q.lines.map((line) => lineInUnits(line)),
        shippingMethod: q.shippingMethod,
        ...amountsInUnits(q),
      };
    },
  );

  app.get(
    '/api/v1/orders',
    {
      preHandler: requireRole('customer', 'admin'),
      schema: {
        tags,
        security,
        summary: 'Orders, newest first (customers: their own)',
        querystring: OrderListQuery,
        response: { 200: OrderList },
      },
    },
    async (request) => {
      const { page = 1, limit = 20, status, userId, email } = request.query;
      const { items, total } = await orders.list(principalOf(request), {
        page,
        limit,
        status,
        userId,
        email,
        ...createdRange(request.query),
      });
      return { data: items.map(orderView), page, limit, total };
    },
  );

  // Registered before `/:id` so the OpenAPI document (and the response checker) lists it first;
  // the router itself always prefers the static segment.
  app.get(
    '/api/v1/orders/stats',
    {
      preHandler: requireRole('admin'),
      schema: {
        tags,
        security,
        summary: 'Orders and revenue per UTC day over a range (default: the last 30 days)',
        querystring: OrderStatsQuery,
        response: { 200: OrderStatsSchema },
      },
    },
    async (request) => statsView(await orders.stats(dayRange(request.query, clock.now()))),
  );

  app.get(
    '/api/v1/orders/:id',
    {
      preHandler: requireRole('customer', 'admin', 'service'),
      schema: { tags, security, summary: 'One order (its owner or an admin)', params: OrderParams, response: { 200: OrderSchema } },
    },
    async (request) => orderView(await orders.get(request.params.id, principalOf(request))),
  );

  app.post(
    '/api/v1/orders/:id/cancel',
    {
      preHandler: requireRole('customer', 'admin'),
      schema: {
        // The reason is optional, so no body at all is fine (handled as `{}`).
        optionalBody: true,
        tags,
        security,
        summary: 'Cancel while pending or confirmed: refund and release',
        params: OrderParams,
        body: CancelBody,
        response: { 200: OrderSchema },
      },
    },
    async (request) => {
      const caller = principalOf(request);
      const reason = request.body.reason ?? (caller.role === 'admin' ? 'cancelled by the shop' : 'cancelled by the customer');
      return orderView(await orders.cancel(request.params.id, caller, reason));
    },
  );

  app.post(
    '/api/v1/orders/:id/ship',
    {
      preHandler: requireRole('admin'),
      schema: {
        tags,
        security,
        summary: 'Ship a confirmed order (commits its stock)',
        params: OrderParams,
        body: ShipBody,
        response: { 200: OrderSchema },
      },
    },
    async (request) =>
      orderView(await orders.ship(request.params.id, principalOf(request), request.body.trackingNumber, request.body.carrier)),
  );

  app.post(
    '/api/v1/orders/:id/deliver',
    {
      preHandler: requireRole('admin'),
      schema: { tags, security, summary: 'Mark a shipped order delivered', params: OrderParams, response: { 200: OrderSchema } },
    },
    async (request) => orderView(await orders.deliver(request.params.id, principalOf(request))),
  );
}
