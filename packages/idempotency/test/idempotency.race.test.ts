import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChargeApp, type ChargeApp } from './harness.js';

// A race test (*.race.test.ts): `npm test` runs it on PGlite, `engines-db` on PostgreSQL, where the
// claims of a key really run at the same time.
describe('Idempotency-Key under concurrent requests', () => {
  let app: ChargeApp;
  beforeAll(async () => {
    app = await startChargeApp();
  });
  afterAll(() => app.close());

  it('when ten requests with one key arrive together, then the work runs once and all get the same answer', async () => {
    const before = app.executions();
    const held = app.hold();
    const all = Promise.all(Array.from({ length: 10 }, () => app.charge('k-race', 300)));
    // The first to claim the key holds it in the work; the others find it in progress and wait for its answer.
    await held.entered;
    held.release();
    const answers = await all;
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 201));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(9);
    expect(app.executions() - before).toBe(1);
  });

  it('when requests with distinct keys arrive together, then each runs its work once', async () => {
    const before = app.executions();
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => app.charge(`k-distinct-${i}`, i + 1)));
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 201));
    expect(answers.map((a) => a.json().amount)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(app.executions() - before).toBe(10);
  });
});
