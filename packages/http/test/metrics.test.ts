import fc from 'fast-check';
import { Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { RequestDurationHistogram } from '../src/metrics.js';

const BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

const observation = fc.record({
  method: fc.constantFrom('GET', 'POST'),
  route: fc.constantFrom('/things/:id', '/things', 'unmatched'),
  status: fc.constantFrom(200, 404, 500),
  // Bounds themselves included: a value equal to a bound falls in that bound's bucket.
  seconds: fc.oneof(fc.constantFrom(0, ...BUCKETS), fc.double({ min: 0, max: 10, noNaN: true })),
});

type Observation = typeof observation extends fc.Arbitrary<infer T> ? T : never;

async function render(register: (registry: Registry) => (o: Observation) => void, values: Observation[]) {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'test' });
  const observe = register(registry);
  for (const o of values) observe(o);
  return (await registry.metrics()).split('\n').map(normalise).sort();
}

/** A sample line with its labels in name order (their order carries no meaning). */
function normalise(line: string): string {
  const match = /^(\w+)\{(.*)\} (.+)$/.exec(line);
  if (!match) return line;
  const labels = match[2]!.split(/,(?=\w+=")/).sort();
  return `${match[1]}{${labels.join(',')}} ${match[3]}`;
}

describe('request duration histogram', () => {
  it('when any durations are observed, then /metrics reads exactly as prom-client’s own histogram would', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(observation, { maxLength: 60 }), async (observations) => {
        const ours = await render((registry) => {
          const h = new RequestDurationHistogram();
          registry.registerMetric(h as never);
          return (o) => h.observe(o.method, o.route, o.status, o.seconds);
        }, observations);
        const reference = await render((registry) => {
          const h = new Histogram({
            name: 'http_request_duration_seconds',
            help: 'HTTP request duration by method, route and status code',
            labelNames: ['method', 'route', 'status_code'],
            buckets: BUCKETS,
            registers: [registry],
          });
          return (o) => h.labels({ method: o.method, route: o.route, status_code: String(o.status) }).observe(o.seconds);
        }, observations);
        expect(ours).toEqual(reference);
      }),
      { numRuns: 200 },
    );
  });

  it('when the registry is reset, then the series are gone', async () => {
    const registry = new Registry();
    const h = new RequestDurationHistogram();
    registry.registerMetric(h as never);
    h.observe('GET', '/x', 200, 0.01);
    registry.resetMetrics();
    expect(await registry.metrics()).not.toContain('route="/x"');
  });
});
