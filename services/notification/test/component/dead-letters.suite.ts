import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DeliveredMessage } from '@shop/events/bus';
import { createEnvelope } from '@shop/events/envelope';
import { newCustomer, until, waitForEmail, type Platform } from '../platform.js';

interface DeadLetterView {
  id: string;
  eventId: string;
  eventType: string;
  topic: string;
  consumerGroup: string;
  error: string;
  attempts: number | null;
  deadAt: string;
  payload: unknown;
  status: 'dead' | 'replayed';
  replayedAt: string | null;
}

/** The dead-letter endpoints, on the service of the file that calls this (see notifications.test.ts). */
export function deadLetterTests(platform: () => { p: Platform; admin: string }): void {
  const get = (url: string, token = platform().admin) => platform().p.client.request({ url, token });
  const replay = (id: string, token = platform().admin) =>
    platform().p.client.request({ method: 'POST', url: `/api/v1/notifications/dead-letters/${id}/replay`, token });

  async function list(query: string): Promise<{ data: DeadLetterView[]; total: number; page: number; limit: number }> {
    const r = await get(`/api/v1/notifications/dead-letters?${query}`);
    expect(r.status).toBe(200);
    return r.body;
  }

  /** Stock events for a consumer of another service that fails on one sku until told otherwise. */
  async function failingConsumer() {
    const { p } = platform();
    const group = `inventory-test-${randomUUID()}`;
    const sku = `DLQ-${randomUUID().slice(0, 8)}`;
    const received: DeliveredMessage[] = [];
    const state = { failing: true };
    const subscription = await p.bus.subscribe({
      groupId: group,
      topics: ['inventory-events'],
      maxAttempts: 2,
      backoffMs: 10,
      handler: async (m) => {
        if (m.key !== sku) return;
        received.push(m);
        if (state.failing) throw new Error(`cannot apply stock of ${sku}`);
      },
    });
    const event = await p.publish('inventory.changed', sku, { sku, quantity: 5, reservedQuantity: 1, availableQuantity: 4 });
    return { group, sku, received, state, event, close: () => subscription.close() };
  }

  describe('dead letters', { timeout: 60_000 }, () => {
    it('when a consumer of another service keeps failing on an event, then after its retries the dead letter is listed with its topic, group, error and payload; replaying it delivers it to that consumer again, once', async () => {
      const consumer = await failingConsumer();
      try {
        const dead = await until(
          () => list(`consumerGroup=${consumer.group}`),
          (l) => l.total === 1 && l.data.length === 1,
        );
        expect(consumer.received).toHaveLength(2);
        expect(dead.data[0]).toMatchObject({
          eventId: consumer.event.id,
          eventType: 'inventory.changed',
          topic: 'inventory-events',
          consumerGroup: consumer.group,
          error: `cannot apply stock of ${consumer.sku}`,
          attempts: 2,
          status: 'dead',
          replayedAt: null,
          payload: { id: consumer.event.id, type: 'inventory.changed', data: { sku: consumer.sku, availableQuantity: 4 } },
        });
        const letter = dead.data[0]!;
        const detail = await get(`/api/v1/notifications/dead-letters/${letter.id}`);
        expect(detail.status).toBe(200);
        expect(detail.body).toEqual(letter);

        consumer.state.failing = false;
        const replayed = await replay(letter.id);
        expect(replayed.status).toBe(200);
        expect(replayed.body).toMatchObject({ id: letter.id, status: 'replayed' });
        expect(Date.parse(replayed.body.replayedAt)).toBeGreaterThanOrEqual(Date.parse(letter.deadAt));
        await until(
          async () => consumer.received.length,
          (n) => n === 3,
        );
        expect(consumer.received).toHaveLength(3);
        expect(JSON.parse(consumer.received[2]!.value)).toMatchObject({ id: consumer.event.id, data: { sku: consumer.sku } });
        expect(consumer.received[2]!.headers['event-id']).toBe(consumer.event.id);

        const again = await replay(letter.id);
        expect(again.status).toBe(409);
        expect(again.body.code).toBe('INVALID_STATE');
        expect(again.headers['content-type']).toContain('application/problem+json');
        expect((await list(`consumerGroup=${consumer.group}`)).data[0]).toMatchObject({ status: 'replayed' });
        expect((await list(`consumerGroup=${consumer.group}&status=dead`)).total).toBe(0);
      } finally {
        await consumer.close();
      }
    });

    it('when the same dead letter is delivered twice, then it is one row; one that is not JSON is kept but cannot be replayed', async () => {
      const { p } = platform();
      const group = `dup-${randomUUID()}`;
      const event = createEnvelope({
        type: 'payment.failed',
        source: 'test',
        subject: 'ord-dup',
        data: { paymentId: 'pay-dup', orderId: 'ord-dup', amount: 5, currency: 'USD' },
      });
      const headers = {
        'event-id': event.id,
        'event-type': event.type,
        'dlq-original-topic': 'payment-events',
        'dlq-consumer-group': group,
        'dlq-error': 'order service down',
        'dlq-attempts': '5',
        'dlq-at': new Date().toISOString(),
      };
      const value = JSON.stringify(event);
      await p.bus.publish('payment-events.dlq', [{ key: 'ord-dup', value, headers }]);
      await p.bus.publish('payment-events.dlq', [{ key: 'ord-dup', value, headers }]);
      // Then one that is not JSON and says nothing about itself, on the same key (read after the two).
      const raw = `garbage ${randomUUID()}`;
      await p.bus.publish('payment-events.dlq', [{ key: 'ord-dup', value: raw, headers: {} }]);

      const unknown = await until(
        () => list('consumerGroup=unknown&topic=payment-events&limit=100'),
        (l) => l.data.some((d) => d.payload === raw),
      );
      const garbage = unknown.data.find((d) => d.payload === raw)!;
      expect(garbage).toMatchObject({ eventType: 'unknown', topic: 'payment-events', attempts: null, status: 'dead' });
      expect(garbage.eventId).toMatch(/^sha256:[0-9a-f]{64}$/);
      const refused = await replay(garbage.id);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('INVALID_STATE');
      expect((await get(`/api/v1/notifications/dead-letters/${garbage.id}`)).body.status).toBe('dead');

      const dup = await list(`consumerGroup=${group}`);
      expect(dup.total).toBe(1);
      expect(dup.data[0]).toMatchObject({ eventId: event.id, eventType: 'payment.failed', error: 'order service down', attempts: 5 });
    });

    it('when an email this service gave up on is replayed, then it goes out once SMTP is back', async () => {
      const { p } = platform();
      const c = newCustomer(p);
      await p.smtp.down();
      try {
        const event = await p.publish('order.delivered', c.orderId, c.ref);
        const dead = await until(
          () => list('consumerGroup=notification&eventType=order.delivered&limit=100'),
          (l) => l.data.some((d) => d.eventId === event.id),
        );
        const letter = dead.data.find((d) => d.eventId === event.id)!;
        expect(letter).toMatchObject({ topic: 'order-events', attempts: 3, status: 'dead' });
        await p.smtp.up();
        expect((await replay(letter.id)).status).toBe(200);
        await waitForEmail(p, c.email, /delivered/);
        const log = await until(
          async () => (await get(`/api/v1/notifications?orderId=${c.orderId}`)).body,
          (l: { data: { status: string }[] }) => l.data[0]?.status === 'sent',
        );
        expect(log.data[0]).toMatchObject({ status: 'sent', channel: 'email' });
      } finally {
        await p.smtp.up();
      }
    });

    it('when an admin filters, then only matching dead letters come back, newest first, a page at a time', async () => {
      const { p } = platform();
      const group = `filters-${randomUUID()}`;
      const at = (iso: string, type: string, topic: string) => {
        const event = createEnvelope({ type, source: 'test', subject: 'k', data: {} });
        return p.bus.publish(`${topic}.dlq`, [
          {
            key: 'k',
            value: JSON.stringify(event),
            headers: {
              'event-id': event.id,
              'event-type': type,
              'dlq-original-topic': topic,
              'dlq-consumer-group': group,
              'dlq-error': 'x',
              'dlq-at': iso,
            },
          },
        ]);
      };
      await at('2025-03-01T23:59:59.000Z', 'order.created', 'order-events');
      await at('2025-03-02T00:00:00.000Z', 'user.registered', 'user-events');
      await at('2025-03-03T12:00:00.000Z', 'order.shipped', 'order-events');
      const all = await until(
        () => list(`consumerGroup=${group}`),
        (l) => l.total === 3 && l.data.length === 3,
      );
      expect(all.data.map((d) => d.eventType)).toEqual(['order.shipped', 'user.registered', 'order.created']);
      expect((await list(`consumerGroup=${group}&topic=order-events`)).data.map((d) => d.eventType)).toEqual([
        'order.shipped',
        'order.created',
      ]);
      expect((await list(`consumerGroup=${group}&eventType=user.registered`)).total).toBe(1);
      // `from` and `to` are instants on deadAt: from inclusive, to exclusive.
      expect(
        (await list(`consumerGroup=${group}&from=2025-03-02T00:00:00.000Z&to=2025-03-03T00:00:00.000Z`)).data.map((d) => d.eventType),
      ).toEqual(['user.registered']);
      expect((await list(`consumerGroup=${group}&to=2025-03-02T00:00:00.000Z`)).data.map((d) => d.eventType)).toEqual(['order.created']);
      expect((await list(`consumerGroup=${group}&from=2025-03-02T00:00:00.000Z`)).total).toBe(2);
      expect(
        (await list(`consumerGroup=${group}&from=2025-03-01T23:59:59.000Z&to=2025-03-03T12:00:00.000Z`)).data.map((d) => d.eventType),
      ).toEqual(['user.registered', 'order.created']);
      const second = await list(`consumerGroup=${group}&limit=2&page=2`);
      expect(second).toMatchObject({ total: 3, page: 2, limit: 2 });
      expect(second.data.map((d) => d.eventType)).toEqual(['order.created']);
    });

    it('when a customer or nobody asks, then 403 or 401; bad input is 400 or 404 and changes nothing', async () => {
      const { p, admin } = platform();
      const customer = await p.issuer.token({ role: 'customer' });
      // A dead letter of this test's own, so the refused replays below are tried on one that exists.
      const group = `access-${randomUUID()}`;
      const event = createEnvelope({
        type: 'payment.failed',
        source: 'test',
        subject: 'ord-access',
        data: { paymentId: 'pay-access', orderId: 'ord-access', amount: 5, currency: 'USD' },
      });
      await p.bus.publish('payment-events.dlq', [
        {
          key: 'ord-access',
          value: JSON.stringify(event),
          headers: { 'event-id': event.id, 'event-type': event.type, 'dlq-original-topic': 'payment-events', 'dlq-consumer-group': group },
        },
      ]);
      const id = (
        await until(
          () => list(`consumerGroup=${group}`),
          (l) => l.total === 1 && l.data.length === 1,
        )
      ).data[0]!.id;
      for (const url of ['/api/v1/notifications/dead-letters', `/api/v1/notifications/dead-letters/${id}`]) {
        expect((await get(url, customer)).status).toBe(403);
        expect((await p.client.request({ url })).status).toBe(401);
      }
      expect((await replay(id, customer)).status).toBe(403);
      expect((await p.client.request({ method: 'POST', url: `/api/v1/notifications/dead-letters/${id}/replay` })).status).toBe(401);
      expect((await get(`/api/v1/notifications/dead-letters/${id}`, admin)).body).toMatchObject({ status: 'dead', replayedAt: null });

      for (const query of [
        'limit=101',
        'page=0',
        'status=lost',
        'from=yesterday',
        'from=2025-03-02',
        'from=2025-03-02T00:00:00Z&to=2025-03-01T00:00:00Z',
        'colour=red',
      ]) {
        const r = await get(`/api/v1/notifications/dead-letters?${query}`);
        expect(r.status, query).toBe(400);
        expect(r.headers['content-type']).toContain('application/problem+json');
      }
      const reversed = await get('/api/v1/notifications/dead-letters?from=2025-03-02T00:00:00Z&to=2025-03-02T00:00:00Z');
      expect(reversed.body.errors).toEqual([{ path: '/querystring/from', message: 'must be before to' }]);
      expect((await get(`/api/v1/notifications/dead-letters/${randomUUID()}`)).status).toBe(404);
      expect((await replay(randomUUID())).status).toBe(404);
      expect((await replay('x'.repeat(37))).status).toBe(400);
    });
  });
}
