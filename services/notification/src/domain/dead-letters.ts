import { createHash, randomUUID } from 'node:crypto';
import { InvalidStateError, NotFoundError } from '@shop/errors/errors';
import type { DeadLetter, DeadLetterQuery, DeadLetterRepository, NewDeadLetter } from './ports.js';

/** A message as read from a `<topic>.dlq`. */
export interface DeadLetterMessage {
  topic: string;
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * What a dead letter says about itself: the bus's `dlq-*` headers name the topic, group, error,
 * attempts and time. Nothing here throws: a dead letter that is not JSON, or lacks its headers,
 * is still kept (an id derived from its bytes keeps a redelivery from duplicating it).
 */
export function deadLetterOf(message: DeadLetterMessage, now: Date, newId: () => string = randomUUID): NewDeadLetter {
  const h = message.headers;
  let payload: unknown = message.value;
  try {
    payload = JSON.parse(message.value);
  } catch {
    // Kept as text: admins see what arrived; it cannot be replayed.
  }
  const envelope = isRecord(payload) ? payload : {};
  const attempts = Number(h['dlq-attempts']);
  const deadAt = new Date(h['dlq-at'] ?? Number.NaN);
  return {
    id: newId(),
    eventId: (
      text(h['event-id']) ??
      text(envelope['id']) ??
      `sha256:${createHash('sha256').update(message.value).digest('hex').slice(0, 64)}`
    ).slice(0, 100),
    eventType: (text(h['event-type']) ?? text(envelope['type']) ?? 'unknown').slice(0, 100),
    topic: (text(h['dlq-original-topic']) ?? message.topic.replace(/\.dlq$/, '')).slice(0, 100),
    consumerGroup: (text(h['dlq-consumer-group']) ?? 'unknown').slice(0, 200),
    error: text(h['dlq-error']) ?? 'unknown error',
    attempts: Number.isInteger(attempts) && attempts > 0 ? attempts : null,
    deadAt: Number.isNaN(deadAt.getTime()) ? now : deadAt,
    key: message.key ?? '',
    headers: Object.fromEntries(Object.entries(h).filter(([name]) => !name.startsWith('dlq-'))),
    payload,
  };
}

/** Reading dead letters and replaying one (admins). */
export function makeDeadLetters({ repository, clock }: { repository: DeadLetterRepository; clock: { now(): Date } }) {
  async function get(id: string): Promise<DeadLetter> {
    const letter = await repository.get(id);
    if (!letter) throw new NotFoundError('Dead letter');
    return letter;
  }

  return {
    list: (query: DeadLetterQuery) => repository.list(query),
    get,

    /** Publishes the event again on its original topic; each dead letter once (until it dies again). */
    async replay(id: string): Promise<DeadLetter> {
      const replayed = await repository.replay(id, clock.now());
      if (replayed) return replayed;
      const letter = await get(id);
      if (letter.status === 'replayed')
        throw new InvalidStateError(`This dead letter was already replayed at ${letter.replayedAt?.toISOString() ?? 'an earlier time'}.`);
      throw new InvalidStateError('This dead letter is not a JSON event, so it cannot be replayed.');
    },
  };
}

export type DeadLetters = ReturnType<typeof makeDeadLetters>;
