import { beforeAll, describe, expect, it } from 'vitest';
import {
  ROOT_CONTEXT,
  SpanStatusCode,
  context,
  currentTraceIds,
  extractContext,
  inSpan,
  initTracing,
  injectContext,
  trace,
  tracer,
  type Span,
} from '@shop/logging/tracing';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

beforeAll(() => {
  initTracing({ serviceName: 'test' });
});

describe('injectContext and extractContext', () => {
  it('when a span context is injected and extracted again, then the trace and span ids survive the round trip', () => {
    const span = tracer('t').startSpan('outgoing');
    const headers = injectContext({}, trace.setSpan(ROOT_CONTEXT, span));
    span.end();
    const { traceId, spanId } = span.spanContext();
    // Not exporting, a new trace is not sampled (flags 00); its ids still travel.
    expect(headers['traceparent']).toBe(`00-${traceId}-${spanId}-00`);
    expect(currentTraceIds(extractContext(headers, ROOT_CONTEXT))).toEqual({ traceId, spanId });
  });

  it('when incoming headers carry a traceparent, then the extracted context continues that trace', () => {
    const ctx = extractContext({ traceparent: TRACEPARENT, 'content-type': 'application/json' }, ROOT_CONTEXT);
    expect(currentTraceIds(ctx)).toEqual({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' });
    expect(injectContext({}, ctx)).toEqual({ traceparent: TRACEPARENT });
  });

  it('when a tracestate comes with the traceparent, then it is passed on too', () => {
    const ctx = extractContext({ traceparent: TRACEPARENT, tracestate: 'vendor=abc' }, ROOT_CONTEXT);
    expect(injectContext({}, ctx)).toEqual({ traceparent: TRACEPARENT, tracestate: 'vendor=abc' });
  });

  it('when the headers are multi-valued (as Kafka headers may be), then the first traceparent is used', () => {
    const ctx = extractContext({ traceparent: [TRACEPARENT, '00-ffffffffffffffffffffffffffffffff-ffffffffffffffff-01'] }, ROOT_CONTEXT);
    expect(currentTraceIds(ctx)?.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it.each([
    ['no traceparent', {}],
    ['a malformed traceparent', { traceparent: 'not-a-trace' }],
    ['an all-zero trace id', { traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01' }],
  ])('when the headers carry %s, then no trace is continued', (_what, headers) => {
    const ctx = extractContext(headers, ROOT_CONTEXT);
    expect(currentTraceIds(ctx)).toBeUndefined();
    expect(injectContext({}, ctx)).toEqual({});
  });

  it('when injecting without a context, then the active context is used', () => {
    const span = tracer('t').startSpan('active');
    const headers = context.with(trace.setSpan(ROOT_CONTEXT, span), () => injectContext({ accept: 'application/json' }));
    span.end();
    expect(headers).toEqual({
      accept: 'application/json',
      traceparent: `00-${span.spanContext().traceId}-${span.spanContext().spanId}-00`,
    });
  });
});

describe('inSpan', () => {
  it('when work runs in a span under a parent, then the span is active inside and belongs to the parent trace', async () => {
    const parent = extractContext({ traceparent: TRACEPARENT.replace(/-01$/, '-00') }, ROOT_CONTEXT);
    let seen: { traceId: string; spanId: string } | undefined;
    let inner: Span | undefined;
    const result = await inSpan('t', 'work', { parent }, async (span) => {
      inner = span;
      seen = currentTraceIds();
      return 42;
    });
    expect(result).toBe(42);
    expect(seen?.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(seen?.spanId).toBe(inner!.spanContext().spanId);
    expect(seen?.spanId).not.toBe('00f067aa0ba902b7');
    expect(inner!.isRecording()).toBe(false);
  });

  it('when the work of a sampled trace throws, then the error is rethrown and the span is ended with an error status', async () => {
    let inner: Span | undefined;
    const failure = new Error('payment provider down');
    // The caller sampled this trace (flags 01), so the span records even without an exporter.
    const parent = extractContext({ traceparent: TRACEPARENT }, ROOT_CONTEXT);
    await expect(
      inSpan('t', 'work', { parent }, async (span) => {
        inner = span;
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(inner!.isRecording()).toBe(false);
    expect((inner as unknown as { status: { code: SpanStatusCode } }).status.code).toBe(SpanStatusCode.ERROR);
  });

  it('when no parent is given, then the span is a child of the active context', async () => {
    const outer = tracer('t').startSpan('outer');
    const traceId = await context.with(trace.setSpan(ROOT_CONTEXT, outer), () =>
      inSpan('t', 'child', {}, async () => currentTraceIds()?.traceId),
    );
    outer.end();
    expect(traceId).toBe(outer.spanContext().traceId);
  });
});
