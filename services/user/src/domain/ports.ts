import type { Role } from '@shop/auth/principal';
import type { EventData } from '@shop/events/catalog';
import type { User, UserRole } from './user.js';

export interface UserRegisteredEvent {
  type: 'user.registered';
  subject: string;
  data: EventData<'user.registered'>;
}

/** A change to who a user is (deactivated, a new role): every service refuses their older tokens. */
export type AccessChangeEvent =
  | { type: 'user.deactivated'; subject: string; data: EventData<'user.deactivated'> }
  | { type: 'user.role_changed'; subject: string; data: EventData<'user.role_changed'> };

export type AdminChanges = Partial<Pick<User, 'role' | 'isActive'>>;

export interface UserQuery {
  q?: string | undefined;
  role?: UserRole | undefined;
  page: number;
  limit: number;
}

/** Users and the events their changes cause, written together. */
export interface UserRepository {
  /** Inserts the user and its event atomically; throws `EmailTakenError` on a duplicate email. */
  create(user: User, event?: UserRegisteredEvent): Promise<void>;
  findById(id: string): Promise<User | null>;
  findByEmail(email: string): Promise<User | null>;
  update(
    id: string,
    changes: Partial<Pick<User, 'firstName' | 'lastName' | 'phone' | 'role' | 'isActive' | 'passwordHash'>>,
  ): Promise<User | null>;
  /**
   * An admin's change of role or activation, in one transaction with the events that
   * `eventsOf(before, after)` names for it, the user's row locked meanwhile so `before` is what
   * the change replaced. Null for an unknown user.
   */
  administer(id: string, changes: AdminChanges, eventsOf: (before: User, after: User) => AccessChangeEvent[]): Promise<User | null>;
  list(query: UserQuery): Promise<{ users: User[]; total: number }>;
  countActiveAdmins(): Promise<number>;
}

export interface StoredRefreshToken {
  id: string;
  userId: string;
  familyId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

export type RotateOutcome =
  | { kind: 'rotated'; userId: string }
  /** Already rotated within the grace window, its successor unused: the successor, still sealed. */
  | { kind: 'replayed'; userId: string; sealedSuccessor: string }
  | { kind: 'unknown' }
  | { kind: 'expired' }
  /** A revoked token came back: its whole family is now revoked. */
  | { kind: 'reused'; userId: string };

export interface RefreshTokenRepository {
  insert(token: { id: string; userId: string; familyId: string; hash: string; expiresAt: Date }): Promise<void>;
  /**
   * In one transaction, as a compare-and-set on the token: revokes the live token with this hash and
   * inserts its successor in the same family (keeping the sealed successor on the spent row), or
   * reports why it cannot. A token rotated at or after `replayAfter` whose successor is still live
   * is `replayed`, changing nothing; any other spent token is `reused` and its family revoked.
   */
  rotate(
    hash: string,
    successor: { id: string; hash: string; sealed: string; expiresAt: Date },
    now: Date,
    replayAfter: Date,
  ): Promise<RotateOutcome>;
  /** Revokes the family of this token, whoever holds it (possession of the token is the proof). */
  revokeFamily(hash: string): Promise<void>;
  revokeAllForUser(userId: string): Promise<void>;
}

export interface LoginThrottle {
  /**
   * Atomically counts recent failures for this email and address and, when under the limit,
   * records this attempt as a failure in advance. Returns the seconds to wait when over it.
   */
  reserveAttempt(
    email: string,
    ip: string,
    max: number,
    windowSeconds: number,
  ): Promise<{ allowed: true; attemptId: number } | { allowed: false; retryAfterSeconds: number }>;
  /** A successful login clears the failures of this email and address. */
  clear(email: string, ip: string): Promise<void>;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  email?: string;
}

export interface TokenSigner {
  /** Signs an access token; returns it with its lifetime in seconds. */
  sign(claims: AccessTokenClaims): Promise<{ token: string; expiresIn: number }>;
}

export interface Clock {
  now(): Date;
}
