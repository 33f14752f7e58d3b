import { Type, type Static, type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import type { Envelope } from './envelope.js';

/**
 * Every event type with its topic and the versioned schema of its `data`, shared by producers
 * and consumers. Data schemas list what a consumer may rely on; producers may add fields.
 * Money is in major units with two decimals, as in the HTTP API.
 */
const Money = Type.Number({ multipleOf: 0.01 });
const Address = Type.Object({
  firstName: Type.String(),
  lastName: Type.String(),
  line1: Type.String(),
  line2: Type.Optional(Type.String()),
  city: Type.String(),
  state: Type.Optional(Type.String()),
  postalCode: Type.String(),
  country: Type.String({ minLength: 2, maxLength: 2 }),
  phone: Type.Optional(Type.String()),
});
const OrderLine = Type.Object({
  productId: Type.String(),
  sku: Type.String(),
  name: Type.String(),
  price: Money,
  quantity: Type.Integer({ minimum: 1 }),
  imageUrl: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});
const OrderRef = {
  orderId: Type.String(),
  orderNumber: Type.String(),
  userId: Type.String(),
  email: Type.String(),
};
const PaymentData = Type.Object({
  paymentId: Type.String(),
  orderId: Type.String(),
  amount: Money,
  currency: Type.String({ minLength: 3, maxLength: 3 }),
  declineCode: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
  userId: Type.Optional(Type.String()),
});

const Instant = Type.String({ format: 'date-time' });
const PersonRole = Type.Union([Type.Literal('customer'), Type.Literal('admin')]);
const AccessChange = { userId: Type.String(), at: Instant, tokensExpireBy: Instant };

export const EVENTS = {
  'order.created': {
    topic: 'order-events',
    data: Type.Object({
      ...OrderRef,
      items: Type.Array(OrderLine, { minItems: 1 }),
      subtotal: Money,
      taxAmount: Money,
      shippingAmount: Money,
      totalAmount: Money,
      currency: Type.Optional(Type.String()),
      shippingAddress: Address,
    }),
  },
  'order.cancelled': { topic: 'order-events', data: Type.Object({ ...OrderRef, reason: Type.String() }) },
  'order.shipped': {
    topic: 'order-events',
    data: Type.Object({ ...OrderRef, trackingNumber: Type.String(), carrier: Type.String() }),
  },
  'order.delivered': { topic: 'order-events', data: Type.Object(OrderRef) },
  'payment.successful': { topic: 'payment-events', data: PaymentData },
  'payment.failed': { topic: 'payment-events', data: PaymentData },
  'payment.refunded': { topic: 'payment-events', data: PaymentData },
  'inventory.changed': {
    topic: 'inventory-events',
    data: Type.Object({
      sku: Type.String(),
      quantity: Type.Integer({ minimum: 0 }),
      reservedQuantity: Type.Integer({ minimum: 0 }),
      availableQuantity: Type.Integer({ minimum: 0 }),
    }),
  },
  'user.registered': {
    topic: 'user-events',
    data: Type.Object({ userId: Type.String(), email: Type.String(), firstName: Type.String() }),
  },
  // Access changes: every service refuses the user's access tokens issued at or before `at` until
  // `tokensExpireBy` (`at` plus the access-token lifetime), when they have expired anyway.
  'user.deactivated': { topic: 'user-events', data: Type.Object(AccessChange) },
  'user.role_changed': {
    topic: 'user-events',
    data: Type.Object({ ...AccessChange, role: PersonRole, previousRole: PersonRole }),
  },
} as const satisfies Record<string, { topic: string; data: TSchema }>;

export type EventType = keyof typeof EVENTS;
export type EventData<T extends EventType> = Static<(typeof EVENTS)[T]['data']>;
export type PlatformEvent<T extends EventType = EventType> = Envelope<T, EventData<T>>;

export const TOPICS = ['order-events', 'payment-events', 'inventory-events', 'user-events'] as const;
export type Topic = (typeof TOPICS)[number];

export function topicOf(type: EventType): Topic {
  return EVENTS[type].topic;
}

export function dlqTopic(topic: string): string {
  return `${topic}.dlq`;
}

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(EVENTS, type);
}

const validators = new Map(Object.entries(EVENTS).map(([type, e]) => [type, Compile(e.data)]));

export class InvalidEventError extends Error {
  constructor(
    readonly type: string,
    readonly problems: string[],
  ) {
    super(`Event ${type} does not match its schema: ${problems.join('; ')}`);
    this.name = 'InvalidEventError';
  }
}

/** Checks an envelope against the schema of its type; throws `InvalidEventError`. */
export function assertValidEvent(envelope: Envelope): asserts envelope is PlatformEvent {
  if (envelope.version !== 1) throw new InvalidEventError(envelope.type, [`unsupported version ${String(envelope.version)}`]);
  const validator = validators.get(envelope.type);
  if (!validator) throw new InvalidEventError(envelope.type, ['unknown event type']);
  if (!validator.Check(envelope.data)) {
    throw new InvalidEventError(
      envelope.type,
      [...validator.Errors(envelope.data)].map((e) => `${e.instancePath || '/'} ${e.message}`),
    );
  }
}

/** Parses a message value into a checked event (consumers call this before acting). */
export function parseEvent(value: string): PlatformEvent {
  const envelope = JSON.parse(value) as Envelope;
  assertValidEvent(envelope);
  return envelope;
}
