import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Registry, collectDefaultMetrics, type MetricValueWithName } from 'prom-client';

const BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] as const;

interface Series {
  labels: Record<string, string>;
  /** Per bucket (not cumulative), the last one for above every bound. */
  counts: Float64Array;
  sum: number;
  count: number;
}

/**
 * The request-duration histogram, shaped as prom-client renders it. prom-client's own histogram
 * checks and hashes the labels on every observation even through a labelled child, which cost
 * more than the rest of the response hook; here an observation is a map lookup and two additions.
 */
export class RequestDurationHistogram {
  readonly name = 'http_request_duration_seconds';
  readonly help = 'HTTP request duration by method, route and status code';
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly series = new Map<string, Series>();

  observe(method: string, route: string, statusCode: number, seconds: number): void {
    const key = `${method} ${statusCode} ${route}`;
    let series = this.series.get(key);
    if (!series) {
      series = {
        labels: { method, route, status_code: String(statusCode) },
        counts: new Float64Array(BUCKETS.length + 1),
        sum: 0,
        count: 0,
      };
      this.series.set(key, series);
    }
    let i = 0;
    while (i < BUCKETS.length && seconds > BUCKETS[i]!) i++;
    series.counts[i]! += 1;
    series.sum += seconds;
    series.count += 1;
  }

  /** What prom-client's registry renders (cumulative `_bucket` lines with `le`, then `_sum`, `_count`). */
  get(): Promise<{ name: string; help: string; type: string; aggregator: string; values: MetricValueWithName<string>[] }> {
    const values: MetricValueWithName<string>[] = [];
    for (const { labels, counts, sum, count } of this.series.values()) {
      let cumulative = 0;
      BUCKETS.forEach((le, i) => {
        cumulative += counts[i]!;
        values.push({ metricName: `${this.name}_bucket`, labels: { ...labels, le }, value: cumulative });
      });
      values.push({ metricName: `${this.name}_bucket`, labels: { ...labels, le: '+Inf' }, value: count });
      values.push({ metricName: `${this.name}_sum`, labels, value: sum });
      values.push({ metricName: `${this.name}_count`, labels, value: count });
    }
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values });
  }

  reset(): void {
    this.series.clear();
  }
}

/**
 * One registry per service (several services share a process in the one-command run), with the
 * process defaults and a request-duration histogram by route template and status.
 */
export function registerMetrics(app: FastifyInstance, service: string): (request: FastifyRequest, reply: FastifyReply) => void {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const duration = new RequestDurationHistogram();
  registry.registerMetric(duration as never);
  // Served at `/metrics` by registerInternals, on this app or on the gateway's internal port.
  app.decorate('metrics', registry);
  // Called from the app's single onResponse hook.
  return (request, reply) =>
    duration.observe(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Registry;
  }
}
