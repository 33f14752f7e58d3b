import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveredMessage, EventBus, OutgoingMessage } from '@shop/events/bus';

export interface BusFixture {
  bus: EventBus;
  close(): Promise<void>;
}

const msg = (key: string, value: string, headers: Record<string, string> = {}): OutgoingMessage => ({ key, value, headers });

/** Waits until `check` passes, polling; fails with the last assertion error after `ms`. */
export async function eventually(check: () => void | Promise<void>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** The behaviour every adapter of the events port must have; run on the embedded bus and on Kafka. */
export function busContract(adapter: string, open: () => Promise<BusFixture>): void {
  describe(`events port on ${adapter}`, () => {
    let fixture: BusFixture;
    let bus: EventBus;
    const topic = () => `test-${randomUUID().slice(0, 8)}`;

    beforeAll(async () => {
      fixture = await open();
      bus = fixture.bus;
    });
    afterAll(() => fixture?.close());

    it('when two groups subscribe, then each receives every message with its key and headers', async () => {
      const t = topic();
      await bus.ensureTopics([t]);
      const a: DeliveredMessage[] = [];
      const b: DeliveredMessage[] = [];
      const subA = await bus.subscribe({ groupId: `a-${t}`, topics: [t], handler: async (m) => void a.push(m) });
      const subB = await bus.subscribe({ groupId: `b-${t}`, topics: [t], handler: async (m) => void b.push(m) });
      await bus.publish(t, [msg('k1', 'one', { 'event-id': 'e1' }), msg('k2', 'two', { 'event-id': 'e2' })]);
      await eventually(() => {
        expect(a.map((m) => m.value).sort()).toEqual(['one', 'two']);
        expect(b.map((m) => m.value).sort()).toEqual(['one', 'two']);
      });
      const one = a.find((m) => m.value === 'one')!;
      expect(one.key).toBe('k1');
      expect(one.headers['event-id']).toBe('e1');
      expect(one.topic).toBe(t);
      await Promise.all([subA.close(), subB.close()]);
    });

    it('when many messages share a key, then a group sees them in publish order', async () => {
      const t = topic();
      await bus.ensureTopics([t]);
      const seen: string[] = [];
      const sub = await bus.subscribe({ groupId: `order-${t}`, topics: [t], handler: async (m) => void seen.push(`${m.key}:${m.value}`) });
      for (let batch = 0; batch < 5; batch++) {
        await bus.publish(
          t,
          Array.from({ length: 10 }, (_, i) => msg(i % 2 ? 'odd' : 'even', String(batch * 10 + i))),
        );
      }
      await eventually(() => expect(seen).toHaveLength(50));
      // Each message once (no failure here, so no redelivery), then each key's in order.
      expect(seen.map((s) => Number(s.split(':')[1])).sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
      for (const key of ['odd', 'even']) {
        const values = seen.filter((s) => s.startsWith(`${key}:`)).map((s) => Number(s.split(':')[1]));
        expect(values).toEqual([...values].sort((x, y) => x - y));
      }
      await sub.close();
    });

    it('when a consumer stops before committing, then the message is delivered again to the group', async () => {
      const t = topic();
      const group = `crash-${t}`;
      await bus.ensureTopics([t]);
      let entered!: () => void;
      const inHandler = new Promise<void>((r) => (entered = r));
      const first = await bus.subscribe({
        groupId: group,
        topics: [t],
        backoffMs: 50,
        handler: async () => {
          entered();
          throw new Error('process dies before finishing');
        },
      });
      await bus.publish(t, [msg('k', 'payload')]);
      await inHandler;
      await first.close();
      const redelivered: string[] = [];
      const second = await bus.subscribe({ groupId: group, topics: [t], handler: async (m) => void redelivered.push(m.value) });
      await eventually(() => expect(redelivered).toEqual(['payload']));
      await second.close();
    });

    it('when a handler keeps failing, then after bounded retries the message goes to the DLQ and the next one is handled', async () => {
      const t = topic();
      await bus.ensureTopics([t]);
      const attempts: number[] = [];
      const handled: string[] = [];
      const dead: DeliveredMessage[] = [];
      const sub = await bus.subscribe({
        groupId: `dlq-${t}`,
        topics: [t],
        maxAttempts: 3,
        backoffMs: 20,
        handler: async (m) => {
          if (m.value === 'poison') {
            attempts.push(m.attempt);
            throw new Error('cannot handle poison');
          }
          handled.push(m.value);
        },
      });
      const dlq = await bus.subscribe({ groupId: `dlq-reader-${t}`, topics: [`${t}.dlq`], handler: async (m) => void dead.push(m) });
      await bus.publish(t, [msg('k', 'poison', { 'event-id': 'p1' }), msg('k', 'fine')]);
      await eventually(() => {
        expect(handled).toEqual(['fine']);
        expect(dead).toHaveLength(1);
      });
      expect(attempts).toEqual([1, 2, 3]);
      expect(dead[0]!.value).toBe('poison');
      expect(dead[0]!.headers['dlq-error']).toContain('cannot handle poison');
      expect(dead[0]!.headers['dlq-original-topic']).toBe(t);
      expect(dead[0]!.headers['event-id']).toBe('p1');
      await Promise.all([sub.close(), dlq.close()]);
    });

    it('when a group resubscribes after handling, then it does not see old messages again', async () => {
      const t = topic();
      const group = `resume-${t}`;
      await bus.ensureTopics([t]);
      const seen: string[] = [];
      const first = await bus.subscribe({ groupId: group, topics: [t], handler: async (m) => void seen.push(m.value) });
      await bus.publish(t, [msg('k', '1'), msg('k', '2')]);
      await eventually(() => expect(seen).toEqual(['1', '2']));
      await first.close();
      await bus.publish(t, [msg('k', '3')]);
      const second = await bus.subscribe({ groupId: group, topics: [t], handler: async (m) => void seen.push(m.value) });
      await eventually(() => expect(seen).toEqual(['1', '2', '3']));
      await second.close();
    });

    // `broadcast: true`: each subscriber (each replica of a service) gets every message, the old ones too.
    const replica = (t: string, seen: string[]) =>
      bus.subscribe({ groupId: `replicas-${t}`, broadcast: true, topics: [t], handler: async (m) => void seen.push(m.value) });

    it('when two replicas subscribe under one name, then each gets every message, those published before it started too', async () => {
      const t = topic();
      await bus.ensureTopics([t]);
      await bus.publish(t, [msg('k', 'before')]);
      const a: string[] = [];
      const b: string[] = [];
      const subA = await replica(t, a);
      const subB = await replica(t, b);
      await bus.publish(t, [msg('k', 'after-1'), msg('k', 'after-2')]);
      await eventually(() => {
        expect(a).toEqual(['before', 'after-1', 'after-2']);
        expect(b).toEqual(['before', 'after-1', 'after-2']);
      }, 30_000);
      await Promise.all([subA.close(), subB.close()]);
    });

    it('when a replica restarts, then it reads from the oldest message again (nothing was committed)', async () => {
      const t = topic();
      await bus.ensureTopics([t]);
      const first: string[] = [];
      const sub = await replica(t, first);
      await bus.publish(t, [msg('k', '1'), msg('k', '2')]);
      await eventually(() => expect(first).toEqual(['1', '2']), 30_000);
      await sub.close();
      const again: string[] = [];
      const restarted = await replica(t, again);
      await eventually(() => expect(again).toEqual(['1', '2']), 30_000);
      await restarted.close();
    });

    it('when a consumer group shares the broadcast name, then the group still gets every message once (the broadcast took none)', async () => {
      const t = topic();
      await bus.ensureTopics([t]);
      const broadcast: string[] = [];
      const grouped: string[] = [];
      const sub = await replica(t, broadcast);
      await bus.publish(t, [msg('k', 'x'), msg('k', 'y')]);
      await eventually(() => expect(broadcast).toEqual(['x', 'y']), 30_000);
      const group = await bus.subscribe({ groupId: `replicas-${t}`, topics: [t], handler: async (m) => void grouped.push(m.value) });
      await eventually(() => expect(grouped).toEqual(['x', 'y']), 30_000);
      await Promise.all([sub.close(), group.close()]);
    });
  });
}
