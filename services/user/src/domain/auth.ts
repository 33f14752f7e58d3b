import { randomUUID, timingSafeEqual, createHash } from 'node:crypto';
import { RateLimitedError, UnauthenticatedError } from '@shop/errors/errors';
import type { Principal } from '@shop/auth/principal';
import { AccountDeactivatedError, EmailTakenError, InvalidCredentialsError, InvalidRefreshTokenError } from './errors.js';
import type { Clock, LoginThrottle, PasswordHasher, RefreshTokenRepository, TokenSigner, UserRepository } from './ports.js';
import { hashRefreshToken, newRefreshToken, openSuccessor, sealSuccessor } from './refresh-token.js';
import { normalizeEmail, toView, type User, type UserView } from './user.js';

export interface AuthResult {
  user: UserView;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface AuthDeps {
  users: UserRepository;
  refreshTokens: RefreshTokenRepository;
  throttle: LoginThrottle;
  hasher: PasswordHasher;
  signer: TokenSigner;
  clock: Clock;
  /** Client id → secret of the services allowed to get tokens. */
  serviceClients: () => Record<string, string>;
  refreshTtlSeconds: number;
  /** Seconds after a rotation during which the same token gets the same successor again. */
  refreshReuseGraceSeconds: number;
  loginMaxFailures: number;
  loginWindowSeconds: number;
  source: string;
}

export interface Registration {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  phone?: string | undefined;
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function makeAuth(deps: AuthDeps) {
  const { users, refreshTokens, hasher, signer, clock } = deps;
  // Verifying against a real hash when the email is unknown keeps both failures equally slow.
  const dummyHash = hasher.hash(randomUUID());

  async function issue(user: User, familyId: string = randomUUID()): Promise<AuthResult> {
    const refresh = newRefreshToken();
    await refreshTokens.insert({
      id: refresh.id,
      userId: user.id,
      familyId,
      hash: refresh.hash,
      expiresAt: new Date(clock.now().getTime() + deps.refreshTtlSeconds * 1000),
    });
    const access = await signer.sign({ sub: user.id, role: user.role, email: user.email });
    return { user: toView(user), accessToken: access.token, refreshToken: refresh.token, expiresIn: access.expiresIn };
  }

  return {
    async register(input: Registration): Promise<AuthResult> {
      const email = normalizeEmail(input.email);
      if (await users.findByEmail(email)) throw new EmailTakenError();
      const now = clock.now();
      const user: User = {
        id: randomUUID(),
        email,
        passwordHash: await hasher.hash(input.password),
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        phone: input.phone?.trim() || null,
        role: 'customer',
        isActive: true,
        createdAt: now,
        updatedAt: now,
      };
      await users.create(user, {
        type: 'user.registered',
        subject: user.id,
        data: { userId: user.id, email: user.email, firstName: user.firstName },
      });
      return issue(user);
    },

    async login(input: { email: string; password: string; ip: string }): Promise<AuthResult> {
      const email = normalizeEmail(input.email);
      const slot = await deps.throttle.reserveAttempt(email, input.ip, deps.loginMaxFailures, deps.loginWindowSeconds);
      if (!slot.allowed) {
        throw new RateLimitedError('Too many failed sign-in attempts. Try again later.', slot.retryAfterSeconds);
      }
      const user = await users.findByEmail(email);
      const ok = await hasher.verify(user?.passwordHash ?? (await dummyHash), input.password);
      if (!user || !ok) throw new InvalidCredentialsError();
      await deps.throttle.clear(email, input.ip);
      if (!user.isActive) throw new AccountDeactivatedError();
      return issue(user);
    },

    async refresh(refreshToken: string): Promise<AuthResult> {
      const now = clock.now();
      const successor = newRefreshToken();
      const outcome = await refreshTokens.rotate(
        hashRefreshToken(refreshToken),
        {
          id: successor.id,
          hash: successor.hash,
          sealed: sealSuccessor(refreshToken, successor.token),
          expiresAt: new Date(now.getTime() + deps.refreshTtlSeconds * 1000),
        },
        now,
        // Pages, prefetches and server actions refresh in parallel with one cookie: a repeat within
        // the grace window gets the same successor instead of ending the session as a reuse.
        new Date(now.getTime() - deps.refreshReuseGraceSeconds * 1000),
      );
      let token = successor.token;
      switch (outcome.kind) {
        case 'unknown':
          throw new InvalidRefreshTokenError();
        case 'expired':
          throw new InvalidRefreshTokenError('The refresh token has expired. Sign in again.');
        case 'reused':
          throw new InvalidRefreshTokenError('The refresh token was already used; every session of this sign-in has been ended.');
        case 'replayed': {
          const opened = openSuccessor(refreshToken, outcome.sealedSuccessor);
          if (!opened) throw new InvalidRefreshTokenError();
          token = opened;
        }
      }
      const user = await users.findById(outcome.userId);
      if (!user || !user.isActive) {
        if (user) await refreshTokens.revokeAllForUser(user.id);
        throw new AccountDeactivatedError();
      }
      const access = await signer.sign({ sub: user.id, role: user.role, email: user.email });
      return { user: toView(user), accessToken: access.token, refreshToken: token, expiresIn: access.expiresIn };
    },

    /** Ends the sign-in this refresh token belongs to: holding the token is proof enough (RFC 7009). */
    async logout(refreshToken: string): Promise<void> {
      await refreshTokens.revokeFamily(hashRefreshToken(refreshToken));
    },

    /** Whether an already-verified principal still stands (its account exists and is active). */
    async validate(principal: Principal): Promise<{ id: string; email: string | null; role: Principal['role'] }> {
      if (principal.role === 'service') return { id: principal.sub, email: null, role: 'service' };
      const user = await users.findById(principal.sub);
      if (!user || !user.isActive) throw new UnauthenticatedError('The account behind this token is no longer active.');
      return { id: user.id, email: user.email, role: user.role };
    },

    async serviceToken(clientId: string, clientSecret: string): Promise<{ accessToken: string; expiresIn: number }> {
      const expected = deps.serviceClients()[clientId];
      // Compare even for unknown clients so timing does not reveal which ids exist.
      const ok = sameSecret(expected ?? randomUUID(), clientSecret) && expected !== undefined;
      if (!ok) throw new UnauthenticatedError('Unknown client or wrong secret.');
      const access = await signer.sign({ sub: clientId, role: 'service' });
      return { accessToken: access.token, expiresIn: access.expiresIn };
    },
  };
}

export type Auth = ReturnType<typeof makeAuth>;
