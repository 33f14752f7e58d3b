import { randomUUID } from 'node:crypto';
import { requestIdOf } from '@shop/logging/context';

/** The envelope of every event on every topic (contract section 9). */
export interface Envelope<T extends string = string, D = unknown> {
  id: string;
  type: T;
  /** The service that emitted it. */
  source: string;
  time: string;
  /** The aggregate id: order id, sku, user id. Also the message key. */
  subject: string;
  correlationId: string;
  version: 1;
  data: D;
}

export function createEnvelope<T extends string, D>(input: {
  type: T;
  source: string;
  subject: string;
  data: D;
  correlationId?: string | undefined;
  time?: Date;
}): Envelope<T, D> {
  return {
    id: randomUUID(),
    type: input.type,
    source: input.source,
    time: (input.time ?? new Date()).toISOString(),
    subject: input.subject,
    correlationId: input.correlationId ?? requestIdOf() ?? randomUUID(),
    version: 1,
    data: input.data,
  };
}
