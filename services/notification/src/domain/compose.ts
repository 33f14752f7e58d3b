import { randomUUID } from 'node:crypto';
import type { PlatformEvent } from '@shop/events/catalog';
import type { Directory, MessageKind, NewNotification, Render, UserContact } from './ports.js';

export const NOTIFIED: readonly MessageKind[] = [
  'order.created',
  'payment.successful',
  'payment.failed',
  'order.shipped',
  'order.delivered',
  'order.cancelled',
  'user.registered',
];

export interface Received {
  event: PlatformEvent;
  topic: string;
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

interface Facts {
  email: string;
  userId: string | null;
  orderId: string | null;
  data: Record<string, unknown>;
}

/**
 * Turns an event into the messages it owes the customer: an email always, an SMS when the user
 * has a phone number. What the event lacks (the address of a payment's customer, an order's
 * number, a phone) is asked of the user and order services.
 */
export function makeComposer(deps: { directory: Directory; render: Render; storefrontUrl: string }) {
  const { directory, render } = deps;
  const orderUrl = (orderId: string) => `${deps.storefrontUrl}/account/orders/${encodeURIComponent(orderId)}`;

  async function facts(event: PlatformEvent, user: (userId: string) => Promise<UserContact | null>): Promise<Facts | null> {
    const d = event.data as Record<string, unknown>;
    const shopUrl = deps.storefrontUrl;
    switch (event.type) {
      case 'user.registered':
        return { email: String(d['email']), userId: String(d['userId']), orderId: null, data: { ...d, shopUrl } };
      case 'order.created':
      case 'order.shipped':
      case 'order.delivered':
      case 'order.cancelled': {
        const orderId = String(d['orderId']);
        return { email: String(d['email']), userId: String(d['userId']), orderId, data: { ...d, orderUrl: orderUrl(orderId), shopUrl } };
      }
      case 'payment.successful':
      case 'payment.failed': {
        const orderId = String(d['orderId']);
        const order = await directory.order(orderId);
        const userId = (d['userId'] as string | undefined) ?? order?.userId ?? null;
        // The address: from the event, else the user service, else the order.
        const email = (d['email'] as string | undefined) ?? (userId ? (await user(userId))?.email : undefined) ?? order?.email;
        if (!email) return null; // nobody to tell (the order and its customer are gone)
        return { email, userId, orderId, data: { ...d, orderNumber: order?.orderNumber ?? null, orderUrl: orderUrl(orderId), shopUrl } };
      }
      default:
        return null;
    }
  }

  return async function compose(received: Received): Promise<NewNotification[]> {
    const { event } = received;
    if (!NOTIFIED.includes(event.type as MessageKind)) return [];
    // One lookup per user and event, whether the address or the phone asked for it first.
    const users = new Map<string, Promise<UserContact | null>>();
    const user = (userId: string) => {
      let found = users.get(userId);
      if (!found) users.set(userId, (found = directory.user(userId)));
      return found;
    };
    const known = await facts(event, user);
    if (!known) return [];
    const contact: UserContact | null = known.userId ? await user(known.userId) : null;
    const firstName = contact?.firstName ?? (known.data['shippingAddress'] as { firstName?: string } | undefined)?.firstName ?? null;
    const message = render(event.type as MessageKind, { ...known.data, firstName });
    const base = {
      eventId: event.id,
      eventType: event.type,
      topic: received.topic,
      userId: known.userId,
      orderId: known.orderId,
      event: { value: received.value, key: received.key, headers: received.headers },
    };
    const out: NewNotification[] = [
      {
        ...base,
        id: randomUUID(),
        channel: 'email',
        recipient: known.email,
        subject: message.subject,
        bodyText: message.text,
        bodyHtml: message.html,
        status: 'pending',
      },
    ];
    if (contact?.phone) {
      out.push({
        ...base,
        id: randomUUID(),
        channel: 'sms',
        recipient: contact.phone,
        subject: message.subject,
        bodyText: message.sms,
        bodyHtml: null,
        status: 'sent',
      });
    }
    return out;
  };
}

export type Compose = ReturnType<typeof makeComposer>;
