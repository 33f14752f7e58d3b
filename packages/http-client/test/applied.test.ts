import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamUnavailableError } from '@shop/errors/errors';
import { createServiceClient } from '@shop/http-client/client';
import { rejection, upstream, type Upstream } from './support.js';

describe('whether a failed call may have had an effect', () => {
  let server: Upstream | undefined;
  afterEach(async () => server?.close());

  const post = (baseUrl: string, timeoutMs = 2_000) =>
    rejection(
      createServiceClient({ upstream: 'payment', baseUrl, timeoutMs, retries: 0 }).post('/charges', { amount: 1 }),
    ) as Promise<UpstreamUnavailableError>;

  it('when the connection is refused, then the call certainly had no effect', async () => {
    // Port 1, where nothing listens: a port just closed could be taken by another process in the meantime.
    const error = await post('http://127.0.0.1:1');
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(error.certainlyNotApplied).toBe(true);
  });

  it('when the service answers 503, then the call certainly had no effect', async () => {
    server = await upstream({ status: 503, body: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect((await post(server.url)).certainlyNotApplied).toBe(true);
  });

  it('when the answer never comes, then the call may have been carried out', async () => {
    server = await upstream({ status: 200, hang: true });
    expect((await post(server.url, 150)).certainlyNotApplied).toBe(false);
  });
});
