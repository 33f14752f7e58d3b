/** A message as a producer hands it to the bus. */
export interface OutgoingMessage {
  /** Partitioning key: the aggregate id, so one aggregate's messages stay in order. */
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** A message as a consumer receives it. */
export interface DeliveredMessage {
  topic: string;
  key: string | null;
  value: string;
  headers: Record<string, string>;
  /** Broker position, for logs. */
  offset: string;
  partition: number;
  /** 1 for the first delivery to the handler, then 2, 3... within this process's retries. */
  attempt: number;
}

export type MessageHandler = (message: DeliveredMessage) => Promise<void>;

export interface SubscribeOptions {
  /** Consumer group: each group receives every message once (at least once). */
  groupId: string;
  /**
   * Every subscription gets every message, from the oldest the bus retains, as if each were a
   * group of its own (each replica of a service, where a group would share the messages out), and
   * nothing is committed: a restart reads from the oldest again. `groupId` only names it.
   */
  broadcast?: boolean;
  topics: string[];
  handler: MessageHandler;
  /** Attempts before the message goes to `<topic>.dlq` (default 5). */
  maxAttempts?: number;
  /** First retry delay; doubles each attempt (default 200 ms, capped at 10 s). */
  backoffMs?: number;
}

export interface Subscription {
  /** Stops consuming; resolves after the message in hand is finished. */
  close(): Promise<void>;
}

/**
 * The events port: Kafka in production, the embedded durable log in the one-command run.
 * Delivery is at least once: a handler's position is committed only after it succeeds (or the
 * message is dead-lettered), so a crash redelivers.
 */
export interface EventBus {
  readonly kind: 'embedded' | 'kafka';
  /** Creates topics (and their `.dlq`) when missing. The platform creates topics itself. */
  ensureTopics(topics: readonly string[]): Promise<void>;
  /** Resolves once the bus has durably accepted every message, in order. */
  publish(topic: string, messages: readonly OutgoingMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  ping(): Promise<void>;
  /** The broker this bus reached and its version, asked from it (readiness names it). */
  engine(): Promise<string>;
  close(): Promise<void>;
}
