import { requireRole } from '@shop/auth/require-role';
import type { HttpApp } from '@shop/http/app';
import { BearerAuth } from '@shop/http/schemas';
import type { Inventory } from '../domain/inventory.js';
import type { Reservation, ReservationStatus, StockRecord } from '../domain/stock.js';
import {
  OrderParams,
  OrderReservationsSchema,
  PutStockBody,
  ReleaseOneBody,
  ReservationList,
  ReservationListQuery,
  ReservationSchema,
  ReserveManyBody,
  ReserveOneBody,
  SkuParams,
  SkuReservations,
  SkuReservationsQuery,
  StockList,
  StockListQuery,
  StockSchema,
} from './inventory.schemas.js';

const tags = ['inventory'];
const security = BearerAuth;
const admin = requireRole('admin');
const staff = requireRole('admin', 'service');

const stockView = (s: StockRecord) => ({ ...s, updatedAt: s.updatedAt.toISOString() });

const reservationView = (r: Reservation) => ({
  reservationId: r.id,
  orderId: r.orderId,
  sku: r.sku,
  quantity: r.quantity,
  status: r.status,
  expiresAt: r.expiresAt?.toISOString() ?? null,
});

const recordView = (r: Reservation) => ({
  id: r.id,
  orderId: r.orderId,
  sku: r.sku,
  quantity: r.quantity,
  status: r.status,
  expiresAt: r.expiresAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

function orderView(orderId: string, reservations: Reservation[]) {
  const active = reservations.flatMap((r) => (r.status === 'active' && r.expiresAt ? [r.expiresAt.getTime()] : []));
  return {
    orderId,
    items: reservations.map(reservationView),
    expiresAt: active.length > 0 ? new Date(Math.min(...active)).toISOString() : null,
  };
}

export function registerInventoryRoutes(app: HttpApp, inventory: Inventory): void {
  app.get(
    '/api/v1/inventory',
    {
      preHandler: admin,
      schema: {
        tags,
        security,
        summary: 'Stock of every sku (low stock first with lowStock=true)',
        querystring: StockListQuery,
        response: { 200: StockList },
      },
    },
    async (request) => {
      const { page = 1, limit = 20, lowStock = false, sku } = request.query;
      const { items, total } = await inventory.list({ lowStock, sku, page, limit });
      return { data: items.map(stockView), page, limit, total };
    },
  );

  // Registered before `/inventory/:sku`: the router prefers the static path anyway, and the OpenAPI
  // document (which tests check answers against) then lists it first.
  app.get(
    '/api/v1/inventory/reservations',
    {
      preHandler: admin,
      schema: {
        tags,
        security,
        summary: 'Reservations across skus, newest first (`status` defaults to `active`)',
        querystring: ReservationListQuery,
        response: { 200: ReservationList },
      },
    },
    async (request) => {
      const { page = 1, limit = 20, ...filters } = request.query;
      const { items, total } = await inventory.listReservations({ ...filters, page, limit });
      return { data: items.map(recordView), page, limit, total };
    },
  );

  app.get(
    '/api/v1/inventory/:sku',
    { schema: { tags, summary: 'Stock of one sku', params: SkuParams, response: { 200: StockSchema } } },
    async (request) => stockView(await inventory.get(request.params.sku)),
  );

  app.put(
    '/api/v1/inventory/:sku',
    {
      preHandler: staff,
      schema: {
        tags,
        security,
        summary: 'Set the on-hand quantity (creates the sku)',
        params: SkuParams,
        body: PutStockBody,
        response: { 200: StockSchema },
      },
    },
    async (request) => stockView(await inventory.put(request.params.sku, request.body.quantity, request.body.location)),
  );

  app.get(
    '/api/v1/inventory/:sku/reservations',
    {
      preHandler: admin,
      schema: {
        tags,
        security,
        summary: 'Reservations holding a sku (active and confirmed by default)',
        params: SkuParams,
        querystring: SkuReservationsQuery,
        response: { 200: SkuReservations },
      },
    },
    async (request) => {
      const statuses: ReservationStatus[] = request.query.status ? [request.query.status as ReservationStatus] : ['active', 'confirmed'];
      return { data: (await inventory.reservationsOfSku(request.params.sku, statuses)).map(reservationView) };
    },
  );

  app.post(
    '/api/v1/inventory/:sku/reserve',
    {
      preHandler: staff,
      schema: {
        tags,
        security,
        summary: 'Reserve stock of one sku for an order',
        params: SkuParams,
        body: ReserveOneBody,
        response: { 200: ReservationSchema, 201: ReservationSchema },
      },
    },
    async (request, reply) => {
      const { reservations, created } = await inventory.reserve(request.body.orderId, [
        { sku: request.params.sku, quantity: request.body.quantity },
      ]);
      return reply.code(created ? 201 : 200).send(reservationView(reservations[0]!));
    },
  );

  app.post(
    '/api/v1/inventory/:sku/release',
    {
      preHandler: staff,
      schema: {
        tags,
        security,
        summary: "Release an order's reservation of one sku",
        params: SkuParams,
        body: ReleaseOneBody,
        response: { 200: OrderReservationsSchema },
      },
    },
    async (request) => orderView(request.body.orderId, await inventory.release(request.body.orderId, request.params.sku)),
  );

  app.post(
    '/api/v1/inventory/reservations',
    {
      preHandler: staff,
      schema: {
        tags,
        security,
        summary: 'Reserve several skus for an order, all or nothing',
        body: ReserveManyBody,
        response: { 200: OrderReservationsSchema, 201: OrderReservationsSchema },
      },
    },
    async (request, reply) => {
      const { reservations, created } = await inventory.reserve(request.body.orderId, request.body.items, request.body.ttlSeconds);
      return reply.code(created ? 201 : 200).send(orderView(request.body.orderId, reservations));
    },
  );

  app.get(
    '/api/v1/inventory/reservations/:orderId',
    {
      preHandler: staff,
      schema: { tags, security, summary: "An order's reservations", params: OrderParams, response: { 200: OrderReservationsSchema } },
    },
    async (request) => orderView(request.params.orderId, await inventory.reservationsOfOrder(request.params.orderId)),
  );

  for (const [action, summary] of [
    ['release', 'Release every reservation of the order (cancellation)'],
    ['confirm', 'Keep the reservations until shipment (payment succeeded)'],
    ['commit', 'Shipment: the reserved units leave the stock'],
  ] as const) {
    app.post(
      `/api/v1/inventory/reservations/:orderId/${action}`,
      { preHandler: staff, schema: { tags, security, summary, params: OrderParams, response: { 200: OrderReservationsSchema } } },
      async (request) => orderView(request.params.orderId, await inventory[action](request.params.orderId)),
    );
  }
}
