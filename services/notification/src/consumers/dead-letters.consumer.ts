import type { EventBus, Subscription } from '@shop/events/bus';
import { dlqTopic, TOPICS } from '@shop/events/catalog';
import { deadLetterOf } from '../domain/dead-letters.js';
import type { DeadLetterRepository } from '../domain/ports.js';

export const DEAD_LETTER_GROUP = 'notification-dead-letters';

/**
 * Keeps every dead letter of the platform's topics for admins. Reading one never fails on its
 * content (see `deadLetterOf`); only a database outage fails, and that is retried patiently so
 * a dead letter is not dead-lettered in turn.
 */
export function subscribeToDeadLetters(deps: {
  bus: EventBus;
  repository: DeadLetterRepository;
  clock: { now(): Date };
}): Promise<Subscription> {
  return deps.bus.subscribe({
    groupId: DEAD_LETTER_GROUP,
    topics: TOPICS.map(dlqTopic),
    maxAttempts: 20,
    handler: async (message) => deps.repository.record(deadLetterOf(message, deps.clock.now())),
  });
}
