import { beforeAll, describe, expect, it } from 'vitest';
import { requestIdOf, withRequestId } from '@shop/logging/context';
import { ROOT_CONTEXT, context, initTracing, trace, tracer } from '@shop/logging/tracing';
import { captureLogs } from './support.js';

beforeAll(() => {
  initTracing({ serviceName: 'test' });
});

describe('request and trace ids on log lines', () => {
  it('when a line is logged inside a request context, then it carries the request id, trace id and span id', () => {
    const { logger, last } = captureLogs();
    const span = tracer('t').startSpan('handle');
    context.with(withRequestId(trace.setSpan(ROOT_CONTEXT, span), 'req-1'), () => logger.info('inside'));
    span.end();
    expect(last()).toMatchObject({
      msg: 'inside',
      requestId: 'req-1',
      traceId: span.spanContext().traceId,
      spanId: span.spanContext().spanId,
    });
    expect(last().traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('when a line is logged after an await inside the context, then it still carries the ids', async () => {
    const { logger, last } = captureLogs();
    const span = tracer('t').startSpan('handle');
    // Resumed from a timer set outside the context: the ids must travel with the await, not the resolver.
    let resume!: () => void;
    const resumed = new Promise<void>((resolve) => (resume = resolve));
    const inside = context.with(withRequestId(trace.setSpan(ROOT_CONTEXT, span), 'req-async'), async () => {
      await resumed;
      logger.info('later');
    });
    context.with(ROOT_CONTEXT, () => setImmediate(resume));
    await inside;
    span.end();
    expect(last()).toMatchObject({ requestId: 'req-async', traceId: span.spanContext().traceId });
  });

  it('when concurrent requests log, then each line carries its own request id', async () => {
    const { logger, lines } = captureLogs();
    // All three are suspended at once, then resumed in the reverse order of their start.
    const resumers: (() => void)[] = [];
    const requests = ['a', 'b', 'c'].map((id) =>
      context.with(withRequestId(ROOT_CONTEXT, `req-${id}`), async () => {
        await new Promise<void>((resolve) => resumers.push(resolve));
        logger.info({ id }, 'work');
      }),
    );
    for (const resume of resumers.reverse()) resume();
    await Promise.all(requests);
    expect(lines.map((l) => `${l.id}:${l.requestId}`)).toEqual(['c:req-c', 'b:req-b', 'a:req-a']);
  });

  it('when a line is logged outside any context, then it has no request or trace ids', () => {
    const { logger, last } = captureLogs();
    context.with(ROOT_CONTEXT, () => logger.info('outside'));
    expect(last()).not.toHaveProperty('requestId');
    expect(last()).not.toHaveProperty('traceId');
    expect(last()).not.toHaveProperty('spanId');
  });

  it('when only a request id is in context (no span), then the line carries the request id alone', () => {
    const { logger, last } = captureLogs();
    context.with(withRequestId(ROOT_CONTEXT, 'req-only'), () => logger.info('x'));
    expect(last().requestId).toBe('req-only');
    expect(last()).not.toHaveProperty('traceId');
  });

  it('when a child logger is used inside a context, then its lines carry the ids too', () => {
    const { logger, last } = captureLogs();
    context.with(withRequestId(ROOT_CONTEXT, 'req-child'), () => logger.child({ component: 'db' }).warn('slow query'));
    expect(last()).toMatchObject({ component: 'db', requestId: 'req-child', level: 'warn' });
  });
});

describe('requestIdOf', () => {
  it('when a context carries a request id, then requestIdOf reads it, and the active context by default', () => {
    const ctx = withRequestId(ROOT_CONTEXT, 'req-9');
    expect(requestIdOf(ctx)).toBe('req-9');
    expect(requestIdOf(ROOT_CONTEXT)).toBeUndefined();
    expect(context.with(ctx, () => requestIdOf())).toBe('req-9');
  });
});
