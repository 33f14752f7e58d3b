import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTokenVerifier, type TokenVerifier, type VerifierOptions } from '@shop/auth/verifier';
import { UpstreamUnavailableError, UnauthenticatedError } from '@shop/errors/errors';
import { AUDIENCE, ISSUER, deadUrl, jwksServer, signEs256, signHs256, signingKey, unsignedToken, type SigningKey } from './support.js';

let keyA: SigningKey;
let keyB: SigningKey;
let jwks: Awaited<ReturnType<typeof jwksServer>>;
let verifier: TokenVerifier;

const SECRET = 'a-shared-secret-of-at-least-32-characters';

function remoteVerifier(options: Partial<VerifierOptions> = {}): TokenVerifier {
  return createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl: jwks.jwksUrl, ...options });
}

async function refusal(token: string, using = verifier): Promise<UnauthenticatedError> {
  const error: unknown = await using.verify(token).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnauthenticatedError);
  return error as UnauthenticatedError;
}

beforeAll(async () => {
  [keyA, keyB] = await Promise.all([signingKey('key-a'), signingKey('key-b')]);
});

beforeEach(async () => {
  jwks = await jwksServer([keyA]);
  verifier = remoteVerifier();
});

afterEach(async () => {
  vi.useRealTimers();
  await jwks.close();
});

describe('createTokenVerifier with a remote JWKS', () => {
  it('when a valid ES256 token is presented, then its principal is returned', async () => {
    const token = await signEs256(keyA, { role: 'customer', email: 'ada@shop.local', jti: 'jti-1' }, { subject: 'user-42' });
    await expect(verifier.verify(token)).resolves.toEqual({ sub: 'user-42', role: 'customer', email: 'ada@shop.local', jti: 'jti-1' });
  });

  it('when many tokens are verified, then the key set is fetched once', async () => {
    const tokens = await Promise.all([1, 2, 3, 4, 5].map((n) => signEs256(keyA, { role: 'admin' }, { subject: `u-${n}` })));
    const principals = await Promise.all(tokens.map((t) => verifier.verify(t)));
    expect(principals.map((p) => p.sub)).toEqual(['u-1', 'u-2', 'u-3', 'u-4', 'u-5']);
    await verifier.verify(tokens[0]!);
    expect(jwks.fetches).toBe(1);
  });

  it('when an alg "none" token is presented, then it is refused', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = unsignedToken({ sub: 'attacker', role: 'admin', iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 300 });
    expect((await refusal(token)).message).toBe('The access token is not valid.');
  });

  it('when the token has expired, then the refusal says it expired', async () => {
    const token = await signEs256(keyA, { role: 'customer' }, { expiresIn: -60 });
    const error = await refusal(token);
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/expired/);
  });

  it('when the token is for another audience, then it is refused naming the aud claim', async () => {
    const token = await signEs256(keyA, { role: 'customer' }, { audience: 'another-app' });
    expect((await refusal(token)).message).toBe("The access token's aud claim is not accepted.");
  });

  it('when the token comes from another issuer, then it is refused naming the iss claim', async () => {
    const token = await signEs256(keyA, { role: 'customer' }, { issuer: 'https://evil.example' });
    expect((await refusal(token)).message).toBe("The access token's iss claim is not accepted.");
  });

  it('when the token is not valid yet, then it is refused naming the nbf claim', async () => {
    const token = await signEs256(keyA, { role: 'customer' }, { notBefore: 600 });
    expect((await refusal(token)).message).toBe("The access token's nbf claim is not accepted.");
  });

  it('when the payload was altered after signing, then the token is refused', async () => {
    const [header, , signature] = (await signEs256(keyA, { role: 'customer' })).split('.');
    const forged = (await signEs256(keyA, { role: 'admin' })).split('.')[1];
    expect((await refusal(`${header}.${forged}.${signature}`)).message).toBe('The access token is not valid.');
  });

  it('when the token is signed by another key under a known kid, then it is refused', async () => {
    const impostor = { ...(await signingKey('key-a')), kid: 'key-a' };
    expect((await refusal(await signEs256(impostor))).message).toBe('The access token is not valid.');
  });

  it('when the role is not one of customer, admin or service, then the token is refused', async () => {
    const token = await signEs256(keyA, { role: 'superuser' });
    expect((await refusal(token)).message).toBe('The access token is missing its subject or role.');
  });

  it('when the role or the subject is missing, then the token is refused', async () => {
    await refusal(await signEs256(keyA, {}));
    await refusal(await signEs256(keyA, { role: 'admin' }, { subject: null }));
  });

  it('when the text is not a JWT at all, then it is refused', async () => {
    expect((await refusal('not-a-token')).message).toBe('The access token is not valid.');
  });

  it('when the key server is unreachable, then tokens are not accepted and the outage is reported as such (503), not as a bad token', async () => {
    const offline = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl: `${await deadUrl()}/jwks.json` });
    const error = await offline.verify(await signEs256(keyA)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
  });
});

describe('key rotation', () => {
  it('when a token names an unknown kid after the cooldown, then the key set is refetched and the new key accepted', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await verifier.verify(await signEs256(keyA));
    expect(jwks.fetches).toBe(1);

    jwks.keys = [keyB];
    vi.setSystemTime(Date.now() + 6_000);
    const principal = await verifier.verify(await signEs256(keyB, { role: 'admin' }, { subject: 'rotated' }));

    expect(principal).toMatchObject({ sub: 'rotated', role: 'admin' });
    expect(jwks.fetches).toBe(2);
  });

  it('when unknown kids arrive within the 5 s cooldown, then the key set is not refetched for each', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await verifier.verify(await signEs256(keyA));
    jwks.keys = [keyA, keyB];
    vi.setSystemTime(Date.now() + 1_000);
    for (let i = 0; i < 3; i++) {
      expect((await refusal(await signEs256(keyB))).message).toBe('The access token was signed by an unknown key.');
    }
    expect(jwks.fetches).toBe(1);
  });

  it('when the first token presented already uses the new key, then one fetch is enough', async () => {
    jwks.keys = [keyA, keyB];
    await expect(verifier.verify(await signEs256(keyB))).resolves.toMatchObject({ sub: 'user-1' });
    await expect(verifier.verify(await signEs256(keyA))).resolves.toMatchObject({ sub: 'user-1' });
    expect(jwks.fetches).toBe(1);
  });
});

describe('HS256', () => {
  it('when HS256 is not configured, then an HS256 token is refused', async () => {
    expect((await refusal(await signHs256(SECRET))).message).toBe('The access token is not valid.');
  });

  it('when HS256 is configured, then an HS256 token signed with the secret is accepted', async () => {
    const hs = remoteVerifier({ hs256Secret: SECRET });
    await expect(hs.verify(await signHs256(SECRET, { role: 'service' }))).resolves.toMatchObject({ sub: 'user-1', role: 'service' });
  });

  it('when HS256 is configured, then ES256 tokens are still accepted', async () => {
    const hs = remoteVerifier({ hs256Secret: SECRET });
    await expect(hs.verify(await signEs256(keyA))).resolves.toMatchObject({ role: 'customer' });
  });

  it('when an HS256 token is signed with another secret, then it is refused', async () => {
    const hs = remoteVerifier({ hs256Secret: SECRET });
    await refusal(await signHs256('some-other-secret-of-32-characters!!'), hs);
  });
});

describe('createTokenVerifier with an in-process key set', () => {
  it('when the key set is a function, then a rotation is seen on the next verification', async () => {
    let keys = [keyA.jwk];
    const local = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwks: () => ({ keys }) });
    await expect(local.verify(await signEs256(keyA))).resolves.toMatchObject({ role: 'customer' });
    await refusal(await signEs256(keyB), local);
    keys = [keyB.jwk];
    await expect(local.verify(await signEs256(keyB))).resolves.toMatchObject({ role: 'customer' });
  });

  it('when neither a key set nor a JWKS URL is given, then creating the verifier fails', () => {
    expect(() => createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE })).toThrow(/jwksUrl or jwks/);
  });
});

afterAll(() => {
  vi.useRealTimers();
});

describe('remembered tokens', () => {
  function localVerifier(options: Partial<VerifierOptions> = {}) {
    const state = { keys: [keyA.jwk] };
    return { state, verifier: createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwks: () => ({ keys: state.keys }), ...options }) };
  }

  it('when one token is presented again, then its signature is not checked again until the cache window ends', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { state, verifier: local } = localVerifier({ cacheMs: 60_000 });
    const token = await signEs256(keyA, { role: 'service' }, { subject: 'order', expiresIn: 3600 });
    await local.verify(token);
    state.keys = []; // key A withdrawn: only a remembered token still passes
    await expect(local.verify(token)).resolves.toMatchObject({ sub: 'order', role: 'service' });
    vi.setSystemTime(Date.now() + 61_000);
    expect((await refusal(token, local)).message).toBe('The access token was signed by an unknown key.');
  });

  it('when a remembered token expires, then it is refused like any expired token', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { verifier: local } = localVerifier();
    const token = await signEs256(keyA, { role: 'customer' }, { expiresIn: 30 });
    await local.verify(token);
    vi.setSystemTime(Date.now() + 31_000);
    expect((await refusal(token, local)).message).toMatch(/expired/);
  });

  it('when the cache is off, then every presentation is verified', async () => {
    const { state, verifier: local } = localVerifier({ cacheMs: 0 });
    const token = await signEs256(keyA, { role: 'customer' });
    await local.verify(token);
    state.keys = [];
    await refusal(token, local);
  });

  it('when more tokens arrive than the cache holds, then the oldest is verified again', async () => {
    const { state, verifier: local } = localVerifier({ cacheSize: 2 });
    const tokens = await Promise.all(['a', 'b', 'c'].map((sub) => signEs256(keyA, { role: 'customer' }, { subject: sub })));
    for (const token of tokens) await local.verify(token);
    state.keys = [];
    await refusal(tokens[0]!, local);
    await expect(local.verify(tokens[2]!)).resolves.toMatchObject({ sub: 'c' });
  });
});
