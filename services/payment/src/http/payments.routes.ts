import { principalOf, requireAuth, requireRole } from '@shop/auth/require-role';
import type { HttpApp } from '@shop/http/app';
import { createdRange, dayRange } from '@shop/http/day-range';
import { BearerAuth } from '@shop/http/schemas';
import { answerWithWrite, type createIdempotency } from '@shop/idempotency/idempotency';
import { toCents } from '../domain/payment.js';
import type { Payments } from '../domain/payments.js';
import {
  CreatePaymentBody,
  IdempotencyHeaders,
  PaymentList,
  PaymentListQuery,
  PaymentParams,
  PaymentSchema,
  PaymentStatsQuery,
  PaymentStatsSchema,
  RefundBody,
} from './payments.schemas.js';
import { paymentStatsView, paymentView } from './payments.view.js';

const tags = ['payments'];
const security = BearerAuth;
const staff = requireRole('admin', 'service');

export function registerPaymentRoutes(
  app: HttpApp,
  payments: Payments,
  idempotency: ReturnType<typeof createIdempotency>,
  clock: { now(): Date },
): void {
  app.decorateRequest('idempotency', null);

  app.post(
    '/api/v1/payments',
    {
      // The guard first: a refused caller never claims a key.
      preHandler: [staff, idempotency.preHandler],
      onSend: idempotency.onSend,
      schema: {
        tags,
        security,
        summary: 'Charge an order (201 whether the card went through or was declined)',
        headers: IdempotencyHeaders,
        body: CreatePaymentBody,
        response: { 201: PaymentSchema },
      },
    },
    async (request, reply) => {
      const { orderId, amount, currency = 'USD', paymentMethod, customerId, email } = request.body;
      // The answer is serialised as the payment is stored, so that the key's record of it is
      // written by the same statement (one commit, not two) and is exactly what is sent.
      const answer = answerWithWrite(request, reply, 201, paymentView);
      const payment = await payments.charge(
        { orderId, amountCents: toCents(amount), currency: currency.toUpperCase(), card: paymentMethod, customerId, email },
        answer.receipt,
      );
      return answer.send(payment);
    },
  );

  app.get(
    '/api/v1/payments',
    {
      preHandler: staff,
      schema: { tags, security, summary: 'Payments, newest first', querystring: PaymentListQuery, response: { 200: PaymentList } },
    },
    async (request) => {
      const { page = 1, limit = 20, orderId, status } = request.query;
      const { items, total } = await payments.list({ orderId, status, ...createdRange(request.query), page, limit });
      return { data: items.map(paymentView), page, limit, total };
    },
  );

  // Before `/:id`, so the OpenAPI document (and the response checker) meets it first; the router
  // itself always prefers the static segment.
  app.get(
    '/api/v1/payments/stats',
    {
      preHandler: staff,
      schema: {
        tags,
        security,
        summary: 'Money captured and refunded per UTC day over a range (default: the last 30 days)',
        querystring: PaymentStatsQuery,
        response: { 200: PaymentStatsSchema },
      },
    },
    async (request) => paymentStatsView(await payments.stats(dayRange(request.query, clock.now()))),
  );

  app.get(
    '/api/v1/payments/:id',
    {
      preHandler: requireAuth,
      schema: {
        tags,
        security,
        summary: "One payment (admins, services, and the order's owner)",
        params: PaymentParams,
        response: { 200: PaymentSchema },
      },
    },
    async (request) => paymentView(await payments.get(request.params.id, principalOf(request))),
  );

  app.post(
    '/api/v1/payments/:id/refund',
    {
      preHandler: [staff, idempotency.preHandler],
      onSend: idempotency.onSend,
      schema: {
        tags,
        security,
        summary: 'Refund all that remains, or part of it (no body: the rest)',
        // No body at all means "refund the rest", like `{}`.
        optionalBody: true,
        headers: IdempotencyHeaders,
        params: PaymentParams,
        body: RefundBody,
        response: { 200: PaymentSchema },
      },
    },
    async (request) => {
      const { amount, reason } = request.body;
      return paymentView(
        await payments.refund(request.params.id, { amountCents: amount === undefined ? undefined : toCents(amount), reason }),
      );
    },
  );
}
