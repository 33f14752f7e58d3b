import type { DeadLetterStatus } from '@shop/api-client/types';

/** The platform's topics (contract section 9); each has a `<topic>.dlq`. */
export const TOPICS = ['order-events', 'payment-events', 'inventory-events', 'user-events'] as const;
export const DEAD_LETTER_STATUSES: DeadLetterStatus[] = ['dead', 'replayed'];

/** The order an event is about, when its payload names one (a link for staff). */
export function orderIdOf(payload: unknown): string | null {
  const data = typeof payload === 'object' && payload !== null ? (payload as { data?: { orderId?: unknown } }).data : undefined;
  return typeof data?.orderId === 'string' ? data.orderId : null;
}
