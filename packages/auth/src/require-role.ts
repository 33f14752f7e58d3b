import { ForbiddenError, UnauthenticatedError, type AppError } from '@shop/errors/errors';
import type { Principal, Role } from './principal.js';

/** The part of a request the guards read; the HTTP kit fills it from the bearer token. */
export interface AuthenticatedRequest {
  auth: Principal | null;
  /** Why a presented token was refused (expired, bad signature...) or could not be checked, reported by the guards. */
  authError: AppError | null;
}

/** A route guard for any signed-in caller: 401 without a valid token. */
export async function requireAuth(request: AuthenticatedRequest): Promise<void> {
  if (!request.auth) throw request.authError ?? new UnauthenticatedError();
}

/** A route guard: 401 without a valid token, 403 when the caller's role is not listed. */
export function requireRole(...roles: Role[]) {
  return async function guard(request: AuthenticatedRequest): Promise<void> {
    await requireAuth(request);
    if (!roles.includes(request.auth!.role)) throw new ForbiddenError();
  };
}

/** The principal of a guarded route (the guard already refused anonymous callers). */
export function principalOf(request: AuthenticatedRequest): Principal {
  if (!request.auth) throw request.authError ?? new UnauthenticatedError();
  return request.auth;
}
