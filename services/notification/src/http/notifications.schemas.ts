import { CreatedRangeQuery } from '@shop/http/day-range';
import { ListOf, PageQuery, Strict, Timestamp, Type } from '@shop/http/schemas';

const NullableString = Type.Union([Type.String(), Type.Null()]);
const Status = Type.Union([Type.Literal('pending'), Type.Literal('sent'), Type.Literal('failed')], {
  description: '`pending`: not delivered yet (retrying with backoff); `sent`; `failed`: gave up, event dead-lettered',
});
const Channel = Type.Union([Type.Literal('email'), Type.Literal('sms')]);

export const NotificationSchema = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  eventType: Type.String(),
  channel: Channel,
  recipient: Type.String(),
  orderId: NullableString,
  subject: Type.String(),
  status: Status,
  attempts: Type.Integer(),
  error: NullableString,
  createdAt: Timestamp,
  sentAt: Type.Union([Timestamp, Type.Null()]),
});

export const NotificationDetail = Type.Object({
  ...NotificationSchema.properties,
  userId: NullableString,
  bodyText: Type.String(),
  bodyHtml: NullableString,
});

export const NotificationList = ListOf(NotificationSchema);

export const NotificationListQuery = Strict({
  ...PageQuery,
  recipient: Type.Optional(Type.String({ minLength: 1, maxLength: 320 })),
  eventType: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  orderId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  status: Type.Optional(Status),
  channel: Type.Optional(Channel),
  ...CreatedRangeQuery,
});

export const NotificationParams = Strict({ id: Type.String({ minLength: 1, maxLength: 36 }) });
