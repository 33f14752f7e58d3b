export type Channel = 'email' | 'sms';
export type NotificationStatus = 'pending' | 'sent' | 'failed';

/** One message to one recipient on one channel, caused by one event. */
export interface Notification {
  id: string;
  eventId: string;
  eventType: string;
  topic: string;
  channel: Channel;
  recipient: string;
  userId: string | null;
  orderId: string | null;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
  status: NotificationStatus;
  attempts: number;
  error: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface NewNotification extends Pick<
  Notification,
  'id' | 'eventId' | 'eventType' | 'topic' | 'channel' | 'recipient' | 'userId' | 'orderId' | 'subject' | 'bodyText' | 'bodyHtml'
> {
  /** SMS is simulated: logged as sent at once. */
  status: 'pending' | 'sent';
  /** The event as received, kept to dead-letter it if delivery finally fails. */
  event: { value: string; key: string | null; headers: Record<string, string> };
}

export interface NotificationQuery {
  recipient?: string | undefined;
  eventType?: string | undefined;
  orderId?: string | undefined;
  status?: NotificationStatus | undefined;
  channel?: Channel | undefined;
  /** Created at or after. */
  from?: Date | undefined;
  /** Created before. */
  before?: Date | undefined;
  page: number;
  limit: number;
}

export interface NotificationRepository {
  /** Logs those not logged yet for their event and channel; returns how many were new. */
  record(rows: NewNotification[], now: Date): Promise<number>;
  /** Pending emails due now, oldest first, each leased to this sender until `now + leaseMs`. */
  claimDue(now: Date, leaseMs: number, limit: number): Promise<Notification[]>;
  markSent(id: string, attempts: number, now: Date): Promise<void>;
  markRetry(id: string, attempts: number, error: string, nextAttemptAt: Date): Promise<void>;
  /** Marks it failed and, in the same statement, writes its event to `<topic>.dlq` through the outbox. */
  markFailed(id: string, attempts: number, error: string, now: Date): Promise<void>;
  list(query: NotificationQuery): Promise<{ items: Notification[]; total: number }>;
  get(id: string): Promise<Notification | null>;
}

export type DeadLetterStatus = 'dead' | 'replayed';

/** A message a consumer group gave up on, as read from `<topic>.dlq`. */
export interface DeadLetter {
  id: string;
  eventId: string;
  eventType: string;
  /** The topic it was first published on (not the `.dlq`). */
  topic: string;
  consumerGroup: string;
  error: string;
  /** How often the group tried; null when the dead letter does not say. */
  attempts: number | null;
  deadAt: Date;
  key: string;
  /** The original headers, without the dead-lettering ones. */
  headers: Record<string, string>;
  /** The envelope as sent (a value that was not JSON: that text). */
  payload: unknown;
  status: DeadLetterStatus;
  replayedAt: Date | null;
}

export type NewDeadLetter = Omit<DeadLetter, 'status' | 'replayedAt'>;

export interface DeadLetterQuery {
  topic?: string | undefined;
  consumerGroup?: string | undefined;
  eventType?: string | undefined;
  status?: DeadLetterStatus | undefined;
  /** Dead at or after. */
  from?: Date | undefined;
  /** Dead before. */
  before?: Date | undefined;
  page: number;
  limit: number;
}

export interface DeadLetterRepository {
  /**
   * Records a dead letter once per event and consumer group: a redelivered one changes nothing,
   * but one that died again after it was replayed is dead again, with the new error.
   */
  record(letter: NewDeadLetter): Promise<void>;
  list(query: DeadLetterQuery): Promise<{ items: DeadLetter[]; total: number }>;
  get(id: string): Promise<DeadLetter | null>;
  /**
   * In one statement: marks a dead letter whose payload is a JSON event `replayed` and writes the
   * event to its original topic through the outbox (for this service's own group, its failed
   * emails go back to pending as well). Null when there is no such dead letter to replay.
   */
  replay(id: string, now: Date): Promise<DeadLetter | null>;
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): Promise<void>;
}

export interface UserContact {
  email: string;
  firstName: string | null;
  phone: string | null;
}

export interface OrderSummary {
  id: string;
  orderNumber: string;
  userId: string;
  email: string;
}

/** What the events leave out, asked of the services that own it (with the service token). */
export interface Directory {
  /** Null when the user does not exist (any more). */
  user(userId: string): Promise<UserContact | null>;
  order(orderId: string): Promise<OrderSummary | null>;
}

/** Renders a message kind with its data: the email's HTML and plain text from one template, and the SMS line. */
export type Render = (kind: MessageKind, data: Record<string, unknown>) => { subject: string; html: string; text: string; sms: string };

export type MessageKind =
  'order.created' | 'payment.successful' | 'payment.failed' | 'order.shipped' | 'order.delivered' | 'order.cancelled' | 'user.registered';
