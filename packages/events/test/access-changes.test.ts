import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followAccessChanges } from '@shop/events/access-changes';
import type { EventBus, Subscription } from '@shop/events/bus';
import { topicOf, type EventData, type EventType } from '@shop/events/catalog';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { createEnvelope } from '@shop/events/envelope';
import { silentLogger } from '@shop/logging/logger';
import { eventually } from './bus.contract.js';

interface Denial {
  userId: string;
  at: string;
  until: string;
}

function recorder() {
  const denials: Denial[] = [];
  return {
    denials,
    deny: (userId: string, at: Date, until: Date) => void denials.push({ userId, at: at.toISOString(), until: until.toISOString() }),
  };
}

describe('followAccessChanges', () => {
  let bus: EventBus;
  const subscriptions: Subscription[] = [];
  const follow = async (sink: ReturnType<typeof recorder>) => {
    const sub = await followAccessChanges(bus, sink, 'cart');
    subscriptions.push(sub);
    return sub;
  };

  async function publish<T extends EventType>(type: T, data: EventData<T>): Promise<void> {
    const envelope = createEnvelope({ type, source: 'user', subject: 'u', data });
    await bus.publish(topicOf(type), [{ key: 'u', value: JSON.stringify(envelope), headers: { 'event-type': type } }]);
  }

  beforeAll(async () => {
    bus = await createEmbeddedBus({ logger: silentLogger(), pollMs: 20 });
  });
  afterAll(async () => {
    for (const sub of subscriptions) await sub.close();
    await bus.close();
  });

  it('when two replicas of a service follow, then each learns of every change; one started afterwards learns of it too', async () => {
    const [a, b, late] = [recorder(), recorder(), recorder()];
    await follow(a);
    await follow(b);
    const at = '2026-03-01T12:00:00.500Z';
    const tokensExpireBy = '2026-03-01T12:15:00.500Z';
    await publish('user.registered', { userId: 'u-0', email: 'ada@example.com', firstName: 'Ada' });
    await publish('user.deactivated', { userId: 'u-1', at, tokensExpireBy });
    await publish('user.role_changed', { userId: 'u-2', role: 'customer', previousRole: 'admin', at, tokensExpireBy });
    const expected = [
      { userId: 'u-1', at, until: tokensExpireBy },
      { userId: 'u-2', at, until: tokensExpireBy },
    ];
    await eventually(() => {
      expect(a.denials).toEqual(expected);
      expect(b.denials).toEqual(expected);
    });
    await follow(late);
    await eventually(() => expect(late.denials).toEqual(expected));
  });
});
