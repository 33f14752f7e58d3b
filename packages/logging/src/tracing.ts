import { randomFillSync } from 'node:crypto';
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
import {
  AlwaysOffSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  TracerProvider,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace';
import { withRequestId } from './context.js';

let provider: TracerProvider | undefined;
/** Whether spans go anywhere; when not, request contexts skip the SDK (see `startServerContext`). */
let recording = false;

export interface TracingOptions {
  /** Resource name; in the one-process run every service shares one provider. */
  serviceName: string;
  /** OTLP/HTTP traces endpoint, e.g. http://collector:4318/v1/traces. Absent: spans get ids, nothing is exported. */
  otlpEndpoint?: string | undefined;
  /** Extra processors (tests use an in-memory exporter). */
  processors?: SpanProcessor[];
  /** Share of new traces recorded when exporting (1 = all); a caller's sampling decision is followed. */
  sampleRatio?: number;
}

/**
 * Registers the W3C propagator and a tracer provider once per process. Contexts always carry real
 * trace ids so logs correlate; spans are recorded and leave the process only when an OTLP
 * endpoint (or a test processor) is configured.
 */
export function initTracing(options: TracingOptions): void {
  if (provider) return;
  const processors: SpanProcessor[] = [...(options.processors ?? [])];
  if (options.otlpEndpoint) processors.push(new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: options.otlpEndpoint }) }));
  recording = processors.length > 0;
  provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: processors,
    // With nowhere to send spans, none is recorded: contexts still get ids (logs, traceparent),
    // at a fraction of the cost of a recording span per request.
    // A caller's sampling decision is always followed, so a sampled trace stays whole across services.
    sampler: new ParentBasedSampler({
      root: processors.length > 0 ? new TraceIdRatioBasedSampler(options.sampleRatio ?? 1) : new AlwaysOffSampler(),
    }),
  });
  trace.setGlobalTracerProvider(provider);
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
// Random bytes fetched 4 KiB at a time: one fill (a syscall in OpenSSL) per ~170 requests.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

function randomHex(bytes: number): string {
  if (poolOffset + bytes > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const hex = pool.toString('hex', poolOffset, poolOffset + bytes);
  poolOffset += bytes;
  return hex;
}

/**
 * A request's context while nothing has read its trace. Most requests log nothing and call no
 * one, so their trace ids are drawn (and the span and context objects built) only when first
 * read; any other use turns it into an ordinary context first.
 */
class LazyTraceContext implements Context {
  #materialized: Context | undefined;

  constructor(
    private readonly traceparent: string | string[] | undefined,
    private readonly requestId: string,
  ) {}

  getValue(key: symbol): unknown {
    return this.materialize().getValue(key);
  }

  setValue(key: symbol, value: unknown): Context {
    return this.materialize().setValue(key, value);
  }

  deleteValue(key: symbol): Context {
    return this.materialize().deleteValue(key);
  }

  private materialize(): Context {
    if (this.#materialized) return this.#materialized;
    const match = typeof this.traceparent === 'string' ? TRACEPARENT.exec(this.traceparent) : null;
    const traceId = match && match[1] !== '00000000000000000000000000000000' ? match[1]! : randomHex(16);
    const span = trace.wrapSpanContext({ traceId, spanId: randomHex(8), traceFlags: match ? Number.parseInt(match[3]!, 16) & 1 : 0 });
    this.#materialized = withRequestId(trace.setSpan(ROOT_CONTEXT, span), this.requestId);
    return this.#materialized;
  }
}

/**
 * The context of an incoming request (HTTP or message): the caller's trace continued with a new
 * span, and the request id. When spans are recorded the SDK starts a span, returned so the caller
 * ends it. When they are not, there is no span to end (`null`): the context continues the caller's
 * trace (or starts one) lazily, so logs and outgoing calls still carry the same trace.
 */
export function startServerContext(
  tracerName: string,
  /** Computed only when the span is recorded. */
  spanName: () => string,
  headers: Record<string, string | string[] | undefined>,
  requestId: string,
  options: { kind?: SpanKind; attributes?: Attributes } = {},
): { ctx: Context; span: Span | null } {
  if (!recording && headers['tracestate'] === undefined) {
    return { ctx: new LazyTraceContext(headers['traceparent'], requestId), span: null };
  }
  const parent = headers['traceparent'] === undefined ? ROOT_CONTEXT : extractContext(headers, ROOT_CONTEXT);
  const span = tracer(tracerName).startSpan(
    spanName(),
    { kind: options.kind ?? SpanKind.SERVER, ...(options.attributes ? { attributes: options.attributes } : {}) },
    parent,
  );
  return { ctx: withRequestId(trace.setSpan(ROOT_CONTEXT, span), requestId), span };
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
