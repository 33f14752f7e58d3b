import type { Logger } from '@shop/logging/logger';
import { SpanKind, context, extractContext, inSpan, ROOT_CONTEXT } from '@shop/logging/tracing';
import { withRequestId } from '@shop/logging/context';
import type { DeliveredMessage, MessageHandler, OutgoingMessage } from './bus.js';
import { dlqTopic } from './catalog.js';

export interface DeliveryPolicy {
  maxAttempts: number;
  backoffMs: number;
  maxBackoffMs: number;
}

export function deliveryPolicy(options: { maxAttempts?: number | undefined; backoffMs?: number | undefined }): DeliveryPolicy {
  return { maxAttempts: options.maxAttempts ?? 5, backoffMs: options.backoffMs ?? 200, maxBackoffMs: 10_000 };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Hands one message to a handler inside the producer's trace context, retrying with exponential
 * backoff; after the last attempt the message goes to `<topic>.dlq` with the error. Shared by
 * every bus adapter so retries and dead-lettering behave the same on Kafka and embedded.
 * Resolves `true` when handled, `false` when dead-lettered; rejects only if stopped mid-way.
 */
export async function deliver(
  message: Omit<DeliveredMessage, 'attempt'>,
  handler: MessageHandler,
  policy: DeliveryPolicy,
  groupId: string,
  deadLetter: (topic: string, message: OutgoingMessage) => Promise<void>,
  logger: Logger,
  signal?: AbortSignal,
): Promise<boolean> {
  let parent = extractContext(message.headers, ROOT_CONTEXT);
  const correlation = message.headers['correlation-id'];
  if (correlation) parent = withRequestId(parent, correlation);
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    if (signal?.aborted) throw new Error('consumer stopped');
    try {
      await context.with(parent, () =>
        inSpan(
          groupId,
          `${message.topic} process`,
          {
            kind: SpanKind.CONSUMER,
            attributes: { 'messaging.destination.name': message.topic, 'messaging.consumer.group.name': groupId },
          },
          () => handler({ ...message, attempt }),
        ),
      );
      return true;
    } catch (error) {
      lastError = error;
      context.with(parent, () =>
        logger.warn({ err: error, topic: message.topic, offset: message.offset, attempt, groupId }, 'event handler failed'),
      );
      if (attempt < policy.maxAttempts) {
        await sleep(Math.min(policy.backoffMs * 2 ** (attempt - 1), policy.maxBackoffMs), signal);
      }
    }
  }
  if (signal?.aborted) throw new Error('consumer stopped');
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  await deadLetter(dlqTopic(message.topic), {
    key: message.key ?? '',
    value: message.value,
    headers: {
      ...message.headers,
      'dlq-original-topic': message.topic,
      'dlq-original-offset': message.offset,
      'dlq-consumer-group': groupId,
      'dlq-error': reason.slice(0, 1000),
      'dlq-attempts': String(policy.maxAttempts),
      'dlq-at': new Date().toISOString(),
    },
  });
  logger.error({ topic: message.topic, offset: message.offset, groupId, error: reason }, 'event dead-lettered');
  return false;
}
