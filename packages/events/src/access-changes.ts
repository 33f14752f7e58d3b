import type { EventBus, Subscription } from './bus.js';
import { parseEvent, topicOf, type EventData } from './catalog.js';

/** What a service keeps of an access change (`@shop/auth/deny-list` is one). */
export interface AccessChangeSink {
  deny(userId: string, at: Date, until: Date): void;
}

const ACCESS_CHANGES = new Set(['user.deactivated', 'user.role_changed']);

/**
 * Feeds `sink` with every deactivation and role change, in this replica: a broadcast, since a
 * consumer group would give each event to one replica only, read from the oldest retained event,
 * so a replica started late still learns of the changes whose tokens live on (older ones the
 * sink drops). Close the subscription with the service.
 */
export function followAccessChanges(bus: EventBus, sink: AccessChangeSink, service: string): Promise<Subscription> {
  return bus.subscribe({
    groupId: `${service}.access-changes`,
    broadcast: true,
    topics: [topicOf('user.deactivated')],
    handler: async (message) => {
      // The outbox names the type in a header: the topic's other events are not even parsed.
      const type = message.headers['event-type'];
      if (type !== undefined && !ACCESS_CHANGES.has(type)) return;
      const event = parseEvent(message.value);
      if (!ACCESS_CHANGES.has(event.type)) return;
      const data = event.data as EventData<'user.deactivated'>; // both types carry these
      sink.deny(data.userId, new Date(data.at), new Date(data.tokensExpireBy));
    },
  });
}
