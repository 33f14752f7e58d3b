import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCustomer, startPlatform, until, waitForEmail, type Platform } from '../platform.js';
import { deadLetterTests } from './dead-letters.suite.js';

let p: Platform;
let admin: string;

const customer = (phone: string | null = null) => newCustomer(p, phone);
const emailTo = (email: string, subject: RegExp) => waitForEmail(p, email, subject);

async function logOf(query: string) {
  const r = await p.client.request({ url: `/api/v1/notifications?${query}`, token: admin });
  expect(r.status).toBe(200);
  return r.body as {
    data: { id: string; status: string; attempts: number; channel: string; eventType: string; error: string | null; createdAt: string }[];
    total: number;
  };
}

beforeAll(async () => {
  p = await startPlatform();
  admin = await p.issuer.token({ role: 'admin' });
}, 200_000);
afterAll(() => p?.close());

describe('emails for events', { timeout: 60_000 }, () => {
  it('when an order is created, then the customer gets a confirmation with lines, totals, address and a link, in both parts', async () => {
    const c = customer();
    await p.publish('order.created', c.orderId, c.created);
    const mail = await emailTo(c.email, /confirmed/);
    expect(mail.Subject).toBe(`Order ${c.orderNumber} confirmed`);
    for (const part of [mail.Text, mail.HTML]) {
      expect(part).toContain(c.orderNumber);
      expect(part).toContain('Studio Headphones');
      expect(part).toContain('$160.91');
      expect(part).toContain('12 Analytical Row');
      expect(part).toContain(`http://shop.test/account/orders/${c.orderId}`);
    }
    expect(mail.Text).toContain('$19.00'); // 2 × 9.50
    expect(mail.HTML).not.toContain('{{');
  });

  it('when a payment succeeds or fails, then the email names the order, found at the order service', async () => {
    const c = customer();
    await p.publish('payment.successful', c.orderId, { paymentId: 'pay_1', orderId: c.orderId, amount: 160.91, currency: 'USD' });
    const paid = await emailTo(c.email, /Payment received/);
    expect(paid.Subject).toBe(`Payment received for order ${c.orderNumber}`);
    for (const part of [paid.Text, paid.HTML]) expect(part).toContain('$160.91');

    const d = customer();
    await p.publish('payment.failed', d.orderId, {
      paymentId: 'pay_2',
      orderId: d.orderId,
      amount: 20,
      currency: 'USD',
      declineCode: 'insufficient_funds',
      email: d.email,
    });
    const declined = await emailTo(d.email, /declined/);
    expect(declined.Subject).toBe(`Payment declined for order ${d.orderNumber}`);
    for (const part of [declined.Text, declined.HTML]) {
      expect(part).toContain(d.orderNumber);
      expect(part).toContain('insufficient funds');
    }
  });

  it('when a payment event lacks the address and the order is unknown, then the user service supplies it', async () => {
    const c = customer();
    p.orders.delete(c.orderId);
    await p.publish('payment.successful', c.orderId, {
      paymentId: 'pay_3',
      orderId: c.orderId,
      amount: 5,
      currency: 'USD',
      userId: c.userId,
    });
    const paid = await emailTo(c.email, /Payment received/);
    expect(paid.Subject).toBe('Payment received');
    expect(paid.Text).toContain('$5.00');
  });

  it('when an order ships, is delivered or is cancelled, then each step has its email', async () => {
    const c = customer();
    await p.publish('order.shipped', c.orderId, { ...c.ref, trackingNumber: '1Z999AA10123456784', carrier: 'UPS' });
    const shipped = await emailTo(c.email, /shipped/);
    for (const part of [shipped.Text, shipped.HTML]) {
      expect(part).toContain(c.orderNumber);
      expect(part).toContain('1Z999AA10123456784');
      expect(part).toContain('UPS');
    }
    await p.publish('order.delivered', c.orderId, c.ref);
    const delivered = await emailTo(c.email, /delivered/);
    for (const part of [delivered.Text, delivered.HTML]) expect(part).toContain(c.orderNumber);
    await p.publish('order.cancelled', c.orderId, { ...c.ref, reason: 'customer asked' });
    const cancelled = await emailTo(c.email, /cancelled/);
    for (const part of [cancelled.Text, cancelled.HTML]) {
      expect(part).toContain(c.orderNumber);
      expect(part).toContain('customer asked');
    }
  });

  it('when a user registers, then a welcome email greets them by name', async () => {
    const c = customer();
    await p.publish('user.registered', c.userId, { userId: c.userId, email: c.email, firstName: 'Ada' });
    const welcome = await emailTo(c.email, /Welcome/);
    expect(welcome.Subject).toBe('Welcome to Shop, Ada');
    expect(welcome.Text).toContain('Hi Ada');
  });

  it('when the user has a phone, then a simulated SMS is logged as well (and never reaches the mail server)', async () => {
    const c = customer('+44 20 7946 0000');
    await p.publish('order.shipped', c.orderId, { ...c.ref, trackingNumber: 'TRK-1', carrier: 'DHL' });
    await emailTo(c.email, /shipped/);
    const log = await until(
      () => logOf(`orderId=${c.orderId}`),
      (l) => l.total === 2 && l.data.length === 2,
    );
    expect(log.data.map((x) => x.channel).sort()).toEqual(['email', 'sms']);
    const sms = log.data.find((x) => x.channel === 'sms')!;
    const detail = await p.client.request({ url: `/api/v1/notifications/${sms.id}`, token: admin });
    expect(detail.body).toMatchObject({ recipient: '+44 20 7946 0000', status: 'sent', bodyHtml: null });
    expect(detail.body.bodyText).toContain('TRK-1');
  });
});

describe('exactly one email per event', { timeout: 60_000 }, () => {
  it('when the same event is delivered twice, then one email is sent and one notification logged', async () => {
    const c = customer();
    const event = await p.publish('order.delivered', c.orderId, c.ref);
    await emailTo(c.email, /delivered/);
    await p.republish(event);
    await p.publish('order.cancelled', c.orderId, { ...c.ref, reason: 'marker' }); // after the duplicate on the same key
    await emailTo(c.email, /cancelled/);
    const delivered = (await p.mail.list()).filter((m) => m.To.some((t) => t.Address === c.email) && /delivered/.test(m.Subject));
    expect(delivered).toHaveLength(1);
    expect((await logOf(`orderId=${c.orderId}&eventType=order.delivered`)).total).toBe(1);
  });
});

describe('when SMTP is down', { timeout: 60_000 }, () => {
  it('then sending is retried with backoff, the event is dead-lettered and logged failed, other events are still taken in, and delivery resumes when SMTP is back', async () => {
    const dlq: string[] = [];
    const subscription = await p.bus.subscribe({
      groupId: `dlq-watch-${randomUUID()}`,
      topics: ['order-events.dlq'],
      handler: async (m) => void dlq.push(m.value),
    });
    try {
      await p.smtp.down();
      const lost = customer();
      const lostEvent = await p.publish('order.shipped', lost.orderId, { ...lost.ref, trackingNumber: 'TRK-LOST', carrier: 'UPS' });
      const failed = await until(
        () => logOf(`orderId=${lost.orderId}`),
        (l) => l.data[0]?.status === 'failed',
      );
      expect(failed.data[0]).toMatchObject({ status: 'failed', attempts: 3 });
      // The last attempt's reason, as the mailer gave it: nothing listens while SMTP is down.
      expect(failed.data[0]!.error).toMatch(/ECONNREFUSED/);
      await until(
        async () => dlq,
        (d) => d.some((v) => v.includes(lostEvent.id)),
      );
      expect(JSON.parse(dlq.find((v) => v.includes(lostEvent.id))!)).toMatchObject({ id: lostEvent.id, type: 'order.shipped' });

      // Still down: a new event is logged (pending), not lost and not blocking anything.
      const later = customer();
      await p.publish('order.delivered', later.orderId, later.ref);
      const pending = await until(
        () => logOf(`orderId=${later.orderId}`),
        (l) => l.total === 1 && l.data.length === 1,
      );
      expect(pending.data[0]!.status).toBe('pending');

      await p.smtp.up();
      await emailTo(later.email, /delivered/);
      const sent = await until(
        () => logOf(`orderId=${later.orderId}`),
        (l) => l.data[0]?.status === 'sent',
      );
      expect(sent.data[0]!.status).toBe('sent');
      const fresh = customer();
      await p.publish('order.delivered', fresh.orderId, fresh.ref);
      await emailTo(fresh.email, /delivered/);
    } finally {
      await p.smtp.up().catch(() => undefined);
      await subscription.close();
    }
  }, 90_000);
});

describe('GET /api/v1/notifications', { timeout: 60_000 }, () => {
  it('when an admin filters by recipient, type, order and status, then only matching entries come back, newest first', async () => {
    const c = customer();
    await p.publish('order.created', c.orderId, c.created);
    await p.publish('order.shipped', c.orderId, { ...c.ref, trackingNumber: 'T-9', carrier: 'UPS' });
    await emailTo(c.email, /shipped/);
    const all = await until(
      () => logOf(`recipient=${encodeURIComponent(c.email)}&status=sent`),
      (l) => l.total === 2 && l.data.length === 2,
    );
    expect(all.data.map((x) => x.eventType)).toEqual(['order.shipped', 'order.created']);
    expect((await logOf(`recipient=${encodeURIComponent(c.email)}&eventType=order.created`)).total).toBe(1);
    expect((await logOf(`orderId=${c.orderId}&status=failed`)).total).toBe(0);
    const page = await logOf(`recipient=${encodeURIComponent(c.email)}&limit=1&page=2`);
    expect(page).toMatchObject({ total: 2, page: 2, limit: 1 });
    expect(page.data[0]!.eventType).toBe('order.created');

    const detail = await p.client.request({ url: `/api/v1/notifications/${all.data[1]!.id}`, token: admin });
    expect(detail.body.bodyHtml).toContain(c.orderNumber);
    expect(detail.body.bodyText).toContain(c.orderNumber);
  });

  it('when an admin filters by creation time, then from is inclusive and to exclusive, and from not before to is 400 naming from', async () => {
    const c = customer();
    await p.publish('user.registered', c.userId, { userId: c.userId, email: c.email, firstName: 'Ada' });
    const logged = await until(
      () => logOf(`recipient=${encodeURIComponent(c.email)}`),
      (l) => l.total === 1 && l.data.length === 1,
    );
    const created = Date.parse(logged.data[0]!.createdAt);
    const at = (offsetMs: number) => encodeURIComponent(new Date(created + offsetMs).toISOString());
    const mine = `recipient=${encodeURIComponent(c.email)}`;
    expect((await logOf(`${mine}&from=${at(0)}&to=${at(1)}`)).total).toBe(1);
    expect((await logOf(`${mine}&from=${at(0)}`)).total).toBe(1);
    expect((await logOf(`${mine}&from=${at(1)}`)).total).toBe(0);
    expect((await logOf(`${mine}&to=${at(1)}`)).total).toBe(1);
    expect((await logOf(`${mine}&to=${at(0)}`)).total).toBe(0);

    for (const bad of [`from=${at(1)}&to=${at(0)}`, `from=${at(0)}&to=${at(0)}`, 'from=2026-02-30T00:00:00Z', 'to=2026-03-01']) {
      const r = await p.client.request({ url: `/api/v1/notifications?${bad}`, token: admin });
      expect(r.status, bad).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
    const reversed = await p.client.request({ url: `/api/v1/notifications?from=${at(1)}&to=${at(0)}`, token: admin });
    expect(reversed.body.errors).toEqual([{ path: '/querystring/from', message: 'must be before to' }]);
  });

  it('when a customer asks, then 403; without a token, 401; with a bad filter, 400', async () => {
    const customerToken = await p.issuer.token({ role: 'customer' });
    expect((await p.client.request({ url: '/api/v1/notifications', token: customerToken })).status).toBe(403);
    expect((await p.client.request({ url: '/api/v1/notifications' })).status).toBe(401);
    const bad = await p.client.request({ url: '/api/v1/notifications?status=lost', token: admin });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((await p.client.request({ url: `/api/v1/notifications/${randomUUID()}`, token: admin })).status).toBe(404);
  });
});

// On Kafka every notification service of a run joins the same consumer groups, so a second test
// file starting its own service in parallel would take some of this one's partitions: the dead
// letter tests run here, on this file's service.
deadLetterTests(() => ({ p, admin }));
