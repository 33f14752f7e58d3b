import { beforeAll, describe, expect, it } from 'vitest';
import { createDenyList } from '@shop/auth/deny-list';
import { createTokenVerifier } from '@shop/auth/verifier';
import { UnauthenticatedError } from '@shop/errors/errors';
import { AUDIENCE, ISSUER, claims, signingKey, type SigningKey } from './support.js';

const TTL_MS = 900_000;
const seconds = (ms: number) => Math.floor(ms / 1000);

/** A clock the test moves by hand. */
function manualClock(startMs = Date.parse('2026-03-01T12:00:00.500Z')) {
  let t = startMs;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('createDenyList', () => {
  it('when a user is denied, then their tokens issued at or before the change are refused and later ones are not', () => {
    const clock = manualClock();
    const list = createDenyList({ now: clock.now });
    const at = new Date(clock.now());
    list.deny('u-1', at, new Date(at.getTime() + TTL_MS));
    expect(list.refuses('u-1', seconds(at.getTime()) - 60)).toBe(true);
    // The change's own second: `iat` cannot tell a token from before it from one after, so it is refused.
    expect(list.refuses('u-1', seconds(at.getTime()))).toBe(true);
    expect(list.refuses('u-1', seconds(at.getTime()) + 1)).toBe(false);
    expect(list.refuses('u-2', seconds(at.getTime()) - 60)).toBe(false);
  });

  it('when the access-token lifetime has passed since the change, then the entry is gone', () => {
    const clock = manualClock();
    const list = createDenyList({ now: clock.now });
    const at = new Date(clock.now());
    list.deny('u-1', at, new Date(at.getTime() + TTL_MS));
    clock.advance(TTL_MS - 1);
    expect(list.refuses('u-1', seconds(at.getTime()))).toBe(true);
    expect(list.size()).toBe(1);
    clock.advance(1);
    expect(list.refuses('u-1', seconds(at.getTime()))).toBe(false);
    expect(list.size()).toBe(0);
  });

  it('when a change older than the token lifetime is replayed from the log, then nothing is kept', () => {
    const clock = manualClock();
    const list = createDenyList({ now: clock.now });
    const at = new Date(clock.now() - TTL_MS - 1);
    list.deny('u-1', at, new Date(at.getTime() + TTL_MS));
    expect(list.size()).toBe(0);
  });

  it('when changes of one user arrive out of order, then the latest change and the longest expiry stand', () => {
    const clock = manualClock();
    const list = createDenyList({ now: clock.now });
    const later = new Date(clock.now());
    const earlier = new Date(clock.now() - 60_000);
    list.deny('u-1', later, new Date(later.getTime() + TTL_MS));
    list.deny('u-1', earlier, new Date(earlier.getTime() + TTL_MS));
    expect(list.refuses('u-1', seconds(later.getTime()))).toBe(true);
    clock.advance(TTL_MS - 1);
    expect(list.refuses('u-1', seconds(later.getTime()))).toBe(true);
  });

  it('when other entries have expired, then denying someone new forgets them', () => {
    const clock = manualClock();
    const list = createDenyList({ now: clock.now });
    for (let i = 0; i < 100; i++) list.deny(`old-${i}`, new Date(clock.now()), new Date(clock.now() + TTL_MS));
    clock.advance(TTL_MS);
    list.deny('new', new Date(clock.now()), new Date(clock.now() + TTL_MS));
    expect(list.size()).toBe(1);
  });
});

describe('createTokenVerifier with a deny-list', () => {
  let key: SigningKey;
  beforeAll(async () => {
    key = await signingKey('key-a');
  });

  function setup(cacheMs?: number) {
    const list = createDenyList();
    const verifier = createTokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      jwks: { keys: [key.jwk] },
      denyList: list,
      ...(cacheMs !== undefined ? { cacheMs } : {}),
    });
    const token = (sub: string, role = 'customer') =>
      claims({ role }, { subject: sub }).setProtectedHeader({ alg: 'ES256', kid: key.kid }).sign(key.privateKey);
    return { list, verifier, token };
  }

  const denyNow = (list: ReturnType<typeof createDenyList>, userId: string) => list.deny(userId, new Date(), new Date(Date.now() + TTL_MS));

  it('when a remembered token belongs to a user denied since, then it is refused with 401 UNAUTHENTICATED', async () => {
    const { list, verifier, token } = setup();
    const t = await token('user-42', 'admin');
    await expect(verifier.verify(t)).resolves.toMatchObject({ sub: 'user-42', role: 'admin' });
    denyNow(list, 'user-42');
    const error: unknown = await verifier.verify(t).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED' });
    // Refused on every presentation, not only the first.
    await expect(verifier.verify(t)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('when the cache is off, then a denied user is refused too; other users are not', async () => {
    const { list, verifier, token } = setup(0);
    const [denied, other] = await Promise.all([token('user-1'), token('user-2')]);
    denyNow(list, 'user-1');
    await expect(verifier.verify(denied)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(verifier.verify(other)).resolves.toMatchObject({ sub: 'user-2' });
  });
});
