import { describe, expect, it } from 'vitest';
import type { Principal } from '@shop/auth/principal';
import { principalOf, requireAuth, requireRole, type AuthenticatedRequest } from '@shop/auth/require-role';
import { ForbiddenError, UnauthenticatedError } from '@shop/errors/errors';

const anonymous: AuthenticatedRequest = { auth: null, authError: null };
const as = (principal: Principal): AuthenticatedRequest => ({ auth: principal, authError: null });
const refused = (detail: string): AuthenticatedRequest => ({ auth: null, authError: new UnauthenticatedError(detail) });

const customer = as({ sub: 'c-1', role: 'customer' });
const admin = as({ sub: 'a-1', role: 'admin' });
const service = as({ sub: 'orders', role: 'service' });

describe('requireAuth', () => {
  it('when nobody is signed in, then it refuses with a 401 UNAUTHENTICATED error', async () => {
    await expect(requireAuth(anonymous)).rejects.toThrow(UnauthenticatedError);
    await expect(requireAuth(anonymous)).rejects.toThrow('Authentication is required.');
  });

  it('when the presented token was refused, then the refusal reason is reported', async () => {
    const request = refused('The access token has expired.');
    await expect(requireAuth(request)).rejects.toBe(request.authError);
  });

  it('when anyone is signed in, then it lets them through', async () => {
    for (const request of [customer, admin, service]) await expect(requireAuth(request)).resolves.toBeUndefined();
  });
});

describe('requireRole', () => {
  it('when the caller has a listed role, then it lets them through', async () => {
    const guard = requireRole('admin', 'service');
    await expect(guard(admin)).resolves.toBeUndefined();
    await expect(guard(service)).resolves.toBeUndefined();
  });

  it('when the caller has another role, then it refuses with a 403 FORBIDDEN error', async () => {
    const error = await requireRole('admin')(customer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).code).toBe('FORBIDDEN');
  });

  it('when nobody is signed in, then it refuses with 401, not 403', async () => {
    await expect(requireRole('admin')(anonymous)).rejects.toThrow(UnauthenticatedError);
  });

  it('when the presented token was refused, then the 401 carries the refusal reason', async () => {
    await expect(requireRole('customer')(refused('The access token was signed by an unknown key.'))).rejects.toThrow(
      'The access token was signed by an unknown key.',
    );
  });

  it('when no role is listed, then even a signed-in caller is refused', async () => {
    await expect(requireRole()(admin)).rejects.toThrow(ForbiddenError);
  });
});

describe('principalOf', () => {
  it('when the caller is signed in, then it returns their principal', () => {
    expect(principalOf(admin)).toEqual({ sub: 'a-1', role: 'admin' });
  });

  it('when the caller is anonymous, then it throws the refusal reason or a plain 401', () => {
    expect(() => principalOf(anonymous)).toThrow(UnauthenticatedError);
    expect(() => principalOf(refused('The access token has expired.'))).toThrow('The access token has expired.');
  });
});
