import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  context,
  propagation,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace';
import './context.js';

let provider: TracerProvider | undefined;

export interface TracingOptions {
  /** Resource name; in the one-process run every service shares one provider. */
  serviceName: string;
  /** OTLP/HTTP traces endpoint, e.g. http://collector:4318/v1/traces. Absent: spans get ids, nothing is exported. */
  otlpEndpoint?: string | undefined;
  /** Extra processors (tests use an in-memory exporter). */
  processors?: SpanProcessor[];
}

/**
 * Registers the W3C propagator and a tracer provider once per process. Spans always carry real
 * ids so logs correlate; they leave the process only when an OTLP endpoint is configured.
 */
export function initTracing(options: TracingOptions): void {
  if (provider) return;
  const processors: SpanProcessor[] = [...(options.processors ?? [])];
  if (options.otlpEndpoint) processors.push(new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: options.otlpEndpoint }) }));
  provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: processors,
  });
  trace.setGlobalTracerProvider(provider);
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
}

export async function shutdownTracing(): Promise<void> {
  await provider?.shutdown();
}

export function tracer(name: string): Tracer {
  return trace.getTracer(name);
}

type Carrier = Record<string, string | string[] | undefined>;

/** Reads `traceparent`/`tracestate` from incoming headers (HTTP or Kafka). */
export function extractContext(headers: Carrier, base: Context = context.active()): Context {
  return propagation.extract(base, headers, {
    get: (carrier, key) => carrier[key],
    keys: (carrier) => Object.keys(carrier),
  });
}

/** Writes `traceparent`/`tracestate` of `ctx` into outgoing headers. */
export function injectContext(headers: Record<string, string>, ctx: Context = context.active()): Record<string, string> {
  propagation.inject(ctx, headers, { set: (carrier, key, value) => (carrier[key] = value) });
  return headers;
}

export function currentTraceIds(ctx: Context = context.active()): { traceId: string; spanId: string } | undefined {
  const spanContext = trace.getSpanContext(ctx);
  if (!spanContext || !trace.isSpanContextValid(spanContext)) return undefined;
  return { traceId: spanContext.traceId, spanId: spanContext.spanId };
}

/** Runs `fn` in a new span, ending it and recording a thrown error. */
export async function inSpan<T>(
  tracerName: string,
  name: string,
  options: { kind?: SpanKind; attributes?: Attributes; parent?: Context },
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = options.parent ?? context.active();
  const span = tracer(tracerName).startSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, ...(options.attributes ? { attributes: options.attributes } : {}) },
    parent,
  );
  try {
    return await context.with(trace.setSpan(parent, span), () => fn(span));
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}

export { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, trace };
export type { Context, Span };
