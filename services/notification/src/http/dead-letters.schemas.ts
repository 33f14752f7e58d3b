import { instantRangeQuery } from '@shop/http/day-range';
import { ListOf, PageQuery, Strict, Timestamp, Type } from '@shop/http/schemas';

const Status = Type.Union([Type.Literal('dead'), Type.Literal('replayed')], {
  description: '`dead`: given up on; `replayed`: published again on its topic (dead again if it fails again)',
});

export const DeadLetterSchema = Type.Object(
  {
    id: Type.String(),
    eventId: Type.String(),
    eventType: Type.String(),
    topic: Type.String({ description: 'The topic it was published on (its dead letter came from `<topic>.dlq`)' }),
    consumerGroup: Type.String({ description: 'The consumer group that gave up on it' }),
    error: Type.String({ description: "The last attempt's error" }),
    attempts: Type.Union([Type.Integer(), Type.Null()]),
    deadAt: Timestamp,
    payload: Type.Unknown({ description: 'The event envelope as published (text when it was not JSON)' }),
    status: Status,
    replayedAt: Type.Union([Timestamp, Type.Null()], { description: 'The last replay' }),
  },
  { $id: 'DeadLetter' },
);

export const DeadLetterList = ListOf(DeadLetterSchema);

export const DeadLetterListQuery = Strict({
  ...PageQuery,
  topic: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'The original topic, e.g. `order-events`' })),
  consumerGroup: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  eventType: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  status: Type.Optional(Status),
  ...instantRangeQuery('Dead-lettered'),
});

export const DeadLetterParams = Strict({ id: Type.String({ minLength: 1, maxLength: 36 }) });
