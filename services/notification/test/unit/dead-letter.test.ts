import { describe, expect, it } from 'vitest';
import { deadLetterOf } from '../../src/domain/dead-letters.js';

const now = new Date('2026-05-01T10:00:00.000Z');
const id = () => 'dl-1';

describe('deadLetterOf', () => {
  it('when the bus dead-lettered a message, then its headers name the topic, group, error, attempts and time, and are not kept', () => {
    const letter = deadLetterOf(
      {
        topic: 'order-events.dlq',
        key: 'ord-1',
        value: JSON.stringify({ id: 'e-1', type: 'order.created', data: { orderId: 'ord-1' } }),
        headers: {
          'event-id': 'e-1',
          'event-type': 'order.created',
          traceparent: '00-abc-def-01',
          'dlq-original-topic': 'order-events',
          'dlq-original-offset': '42',
          'dlq-consumer-group': 'inventory',
          'dlq-error': 'boom',
          'dlq-attempts': '5',
          'dlq-at': '2026-04-30T08:00:00.000Z',
        },
      },
      now,
      id,
    );
    expect(letter).toEqual({
      id: 'dl-1',
      eventId: 'e-1',
      eventType: 'order.created',
      topic: 'order-events',
      consumerGroup: 'inventory',
      error: 'boom',
      attempts: 5,
      deadAt: new Date('2026-04-30T08:00:00.000Z'),
      key: 'ord-1',
      headers: { 'event-id': 'e-1', 'event-type': 'order.created', traceparent: '00-abc-def-01' },
      payload: { id: 'e-1', type: 'order.created', data: { orderId: 'ord-1' } },
    });
  });

  it('when the headers are missing, then the envelope, the dlq topic and the time of receipt stand in', () => {
    const letter = deadLetterOf(
      { topic: 'user-events.dlq', key: null, value: '{"id":"e-2","type":"user.registered"}', headers: {} },
      now,
      id,
    );
    expect(letter).toMatchObject({
      eventId: 'e-2',
      eventType: 'user.registered',
      topic: 'user-events',
      consumerGroup: 'unknown',
      error: 'unknown error',
      attempts: null,
      deadAt: now,
      key: '',
    });
  });

  it('when the value is not JSON, then it is kept as text under an id derived from its bytes', () => {
    const a = deadLetterOf({ topic: 'payment-events.dlq', key: 'k', value: 'not json', headers: { 'dlq-at': 'yesterday' } }, now, id);
    const b = deadLetterOf({ topic: 'payment-events.dlq', key: 'k', value: 'not json', headers: {} }, now, id);
    expect(a).toMatchObject({ payload: 'not json', eventType: 'unknown', deadAt: now });
    expect(a.eventId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.eventId).toBe(a.eventId);
  });
});
