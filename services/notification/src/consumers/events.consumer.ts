import type { EventBus, Subscription } from '@shop/events/bus';
import { parseEvent } from '@shop/events/catalog';
import type { Compose } from '../domain/compose.js';
import type { NotificationRepository } from '../domain/ports.js';
import type { Sender } from '../domain/sender.js';

export const NOTIFICATION_TOPICS = ['order-events', 'payment-events', 'user-events'];

/**
 * Logs what each event owes the customer, then lets the sender deliver it. The log's unique key
 * (event id, channel) makes a redelivered event a no-op. A failure here (a lookup the user or
 * order service cannot answer now) is retried by the bus with backoff, then dead-lettered.
 */
export function subscribeToEvents(deps: {
  bus: EventBus;
  compose: Compose;
  repository: NotificationRepository;
  sender: Sender;
  clock: { now(): Date };
  /** SMS are simulated: stored in the log and written here, never sent. */
  logSms(to: string, text: string): void;
}): Promise<Subscription> {
  return deps.bus.subscribe({
    groupId: 'notification',
    topics: NOTIFICATION_TOPICS,
    handler: async (message) => {
      const event = parseEvent(message.value);
      const rows = await deps.compose({ event, topic: message.topic, key: message.key, value: message.value, headers: message.headers });
      if ((await deps.repository.record(rows, deps.clock.now())) === 0) return; // seen before
      for (const sms of rows.filter((r) => r.channel === 'sms')) deps.logSms(sms.recipient, sms.bodyText);
      void deps.sender.kick();
    },
  });
}
